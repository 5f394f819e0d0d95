"""Where the rule files live, and a hash of them that tells when stored results are stale.

`rules/` sits at the top of the repository (data, not code) and is installed as the package
`extractor.rules`, so a wheel carries it; in a checkout or editable install both resolve.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_REPO_RULES = Path(__file__).resolve().parent.parent / "rules"  # a checkout or editable install
_INSTALLED_RULES = Path(__file__).resolve().parent / "rules"  # a wheel: installed as extractor/rules


@cache
def rules_dir() -> Path:
    for candidate in (_REPO_RULES, _INSTALLED_RULES):
        if (candidate / "units.tsv").is_file():
            return candidate
    raise FileNotFoundError(f"the rules/ folder is missing: looked in {_REPO_RULES} and {_INSTALLED_RULES}")


def rules_path(name: str) -> Path:
    return rules_dir() / name


def read_lines(name: str) -> list[str]:
    """Non-blank lines of a rules file, `#` comment lines dropped."""
    text = rules_path(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated rules file whose first non-comment line is the header."""
    lines = read_lines(name)
    header = lines[0].split("\t")
    return [dict(zip(header, (cell.strip() for cell in line.split("\t")))) for line in lines[1:]]


@cache
def rules_hash() -> str:
    """sha1 over every rule file's name and bytes, so a rule edit re-extracts stored papers."""
    digest = hashlib.sha1()
    for path in sorted(rules_dir().rglob("*")):
        if path.is_file() and path.suffix in {".tsv", ".txt", ".jsonl", ".json", ".csv"}:
            digest.update(path.relative_to(rules_dir()).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
