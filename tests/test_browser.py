"""End to end in a real headless Chromium: the claims page, a facet, the highlighted evidence.

Uses Debian's /usr/bin/chromium (no browser download); `.ci/run` installs it. A missing browser
fails this test with the install command, never a silent pass. Set SCICLAIMS_SCREENSHOT=PATH
to keep the screenshot (the README's picture is made that way).
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium() -> str:
    path = os.environ.get("SCICLAIMS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Chromium is not installed: run `apt-get install chromium` (Debian) or set SCICLAIMS_CHROMIUM")
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(seeds_db, tmp_path):
    db = tmp_path / "seeds.db"
    shutil.copy(seeds_db, db)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", "serve", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"sciclaims serve exited: {proc.stdout.read().decode(errors='replace')}")
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("sciclaims serve did not answer within 30 s")
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def test_claims_page_facet_and_evidence(server, tmp_path):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("playwright is not installed: pip install '.[test]'")
    chromium = _chromium()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(server + "/seeds/claims_view")
        assert page.locator("mark").count() > 0, "no highlighted evidence on the claims page"
        facet = page.locator(".facet-info a", has_text="percent").first
        facet.click()
        page.wait_for_url("**unit=percent**")
        units = page.locator("td.col-unit").all_inner_texts()
        assert units and {u.strip() for u in units} == {"percent"}
        first = page.locator("td.col-sentence mark").first
        claim = page.locator("td.col-claim").first.inner_text().strip()
        assert first.inner_text().strip() == claim
        shot = Path(os.environ.get("SCICLAIMS_SCREENSHOT") or tmp_path / "claims_page.png")
        page.locator("table.rows-and-columns").scroll_into_view_if_needed()
        page.screenshot(path=str(shot), full_page=True, clip={"x": 0, "y": 0, "width": 1400, "height": 1500})
        assert shot.stat().st_size > 10_000
        browser.close()
