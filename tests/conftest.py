import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = FIXTURES / "seeds"


def quantities_nlp():
    """The quantities component alone, behind spaCy's stock sentencizer, as its tests drive it."""
    import spacy

    import extractor.quantities  # noqa: F401  (registers the factory)

    from extractor.text import add_affixes

    nlp = spacy.blank("en")
    add_affixes(nlp)  # the project's tokenizer affixes: "F1=0.700" and "mIoU." split as in the pipeline
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sciclaims_quantities")
    return nlp


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
