import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = FIXTURES / "seeds"


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> Path:
    """The seed corpus extracted once per session, through the real runner."""
    from extractor.runner import run_extract

    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    run_extract(path, [SEEDS], workers=1)
    return path


@pytest.fixture
def seeds_copy(seeds_db, tmp_path) -> Path:
    """A private copy of the seed database for tests that write to it."""
    path = tmp_path / "seeds.db"
    shutil.copy(seeds_db, path)
    return path
