"""benchmarks/agreement.py: a second annotation scored with the extractor's own matching rules."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("agreement", ROOT / "benchmarks" / "agreement.py")
agreement = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement)

PART = ROOT / "fixtures" / "gold" / "parts" / "dev_a.jsonl"


def _scores(report):
    return {a.area: (a.tp, a.fp, a.fn) for a in report.areas}


def test_an_annotation_agrees_fully_with_itself():
    report = agreement.agreement(PART, PART)
    assert report.papers_in_db == report.papers == 20
    for area in report.areas:
        assert area.fp == area.fn == 0, area
    assert report.matched_claims > 0
    assert all(a.correct == a.total for a in report.attributes)


def test_disagreements_are_counted_per_area_and_attribute(tmp_path):
    records = [json.loads(line) for line in PART.read_text(encoding="utf-8").splitlines()]
    first = next(r for r in records if r["claims"] and r["metrics"])
    dropped_metric = first["metrics"].pop()
    first["claims"][0]["direction"] = {"increase": "decrease"}.get(first["claims"][0]["direction"], "increase")
    moved = first["claims"].pop()  # the second annotator saw one claim fewer
    second = tmp_path / "second.jsonl"
    second.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    base = _scores(agreement.agreement(PART, PART))
    report = agreement.agreement(PART, second)
    scores = _scores(report)
    assert scores["metrics"] == (base["metrics"][0] - 1, 0, 1), dropped_metric
    assert scores["claims"][2] == 1, moved
    direction = next(a for a in report.attributes if a.attribute == "direction")
    assert direction.correct == direction.total - (1 if first["claims"] else 0)
    assert scores["datasets"] == base["datasets"]
