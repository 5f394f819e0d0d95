"""The gold annotations are well-formed and point at papers the fixtures corpus holds."""

import json
import re

import pytest

from extractor.readers import read_inputs

from .conftest import FIXTURES

GOLD = FIXTURES / "gold"
SPLITS = ("dev.jsonl", "dev_arxiv.jsonl", "test.jsonl", "test_arxiv.jsonl")
KEYS = ["title", "methods_proposed", "methods", "methods_generic_ok", "datasets", "metrics", "claims", "facts"]


def title_key(title: str) -> str:
    return re.sub(r"\W", "", title.lower())


@pytest.fixture(scope="module")
def corpus():
    papers = read_inputs([FIXTURES / "seeds", GOLD / "corpus_abstracts.jsonl"])
    return {title_key(p.title): p for p in papers if hasattr(p, "abstract")}


def records(split):
    with open(GOLD / split, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_sizes_and_sources(corpus):
    dev, test, test_arxiv = records("dev.jsonl"), records("test.jsonl"), records("test_arxiv.jsonl")
    dev_arxiv = records("dev_arxiv.jsonl")
    assert len(dev) >= 40 and len(test) >= 40 and len(test_arxiv) >= 100 and len(dev_arxiv) >= 100
    titles = [title_key(r["title"]) for r in dev + dev_arxiv + test + test_arxiv]
    assert len(set(titles)) == len(titles), "a paper is in two splits or twice in one"
    from_corpus = {title_key(json.loads(l)["title"]) for l in open(GOLD / "corpus_abstracts.jsonl", encoding="utf-8")}
    assert sum(t in from_corpus for t in titles) >= 30
    assert sum(t not in from_corpus for t in titles) >= 50
    assert sum(1 for r in dev + test if not r["claims"]) >= 4, "some abstracts without figures"


@pytest.mark.parametrize("split", SPLITS)
def test_every_string_is_in_its_paper(split, corpus):
    for record in records(split):
        assert list(record) == KEYS, record["title"]
        paper = corpus.get(title_key(record["title"]))
        assert paper is not None, f"{split}: {record['title']!r} is not in the fixtures corpus"
        text = paper.title + "\n" + paper.abstract
        for area in KEYS[1:6]:
            for name in record[area]:
                assert name in text, f"{split}: {area} {name!r} not in {record['title']!r}"
        for item in record["claims"] + record["facts"]:
            assert item["quote"] in text, f"{split}: quote {item['quote']!r} not in {record['title']!r}"


@pytest.mark.parametrize("split", SPLITS)
def test_claim_fields_use_the_format_vocabulary(split):
    for record in records(split):
        for claim in record["claims"]:
            assert claim["direction"] in (None, "increase", "decrease")
            assert claim["qualifier"] in (None, "up_to", "at_least", "about", "over", "under")
            assert claim["value"] is not None or (claim["low"] is not None and claim["high"] is not None)
            assert claim["unit"]
