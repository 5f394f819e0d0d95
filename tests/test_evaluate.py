"""The scorer behind `sciclaims eval`, on small hand-made databases.

The databases are written here with plain sqlite3 in the shape of DESIGN.md's contract, so
these tests pin the matching rules without depending on the extractor or the store.
"""

import json
import re
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from extractor.evaluate import (
    MATCHING_RULES,
    EvalError,
    EvalReport,
    GoldError,
    entities_match,
    entity_words,
    evaluate,
    match_strength,
    normalize_unit,
    render,
    title_key,
)

DDL = """
create table papers (id text primary key, title text, abstract text, source text, published text,
                     url text, authors text, extra text);
create table sentences (id text primary key, paper_id text, section text, idx integer, start integer,
                        [end] integer, text text);
create table entities (id integer primary key, type text, name text, unique(type, name));
create table entity_aliases (alias text, entity_id integer);
create table mentions (id integer primary key, paper_id text, sentence_id text, entity_id integer, type text,
                       text text, start integer, [end] integer, role text, rule text);
create table quantities (id integer primary key, paper_id text, sentence_id text, text text, start integer,
                         [end] integer, value real, low real, high real, from_value real, unit text,
                         qualifier text, claim_id integer);
create table claims (id integer primary key, paper_id text, sentence_id text, text text, start integer,
                     [end] integer, value real, low real, high real, from_value real, unit text, direction text,
                     metric text, metric_id integer, qualifier text, subject text, subject_id integer,
                     baseline text, baseline_id integer, context text, context_id integer, rule text);
"""

CLAIM_FIELDS = ("value", "low", "high", "from_value", "unit", "direction", "metric", "qualifier", "baseline",
                "context")


def _sentences(paper_id, title, abstract):
    out = [(f"{paper_id}:t0", "title", 0, 0, len(title), title)]
    for idx, m in enumerate(re.finditer(r"[^ ].*?(?:[.!?](?= |$)|$)", abstract)):
        out.append((f"{paper_id}:a{idx}", "abstract", idx, m.start(), m.end(), m.group()))
    return out


def _locate(sentences, title, abstract, needle, nth=0):
    """(sentence id, start, end) of the nth occurrence of needle in the abstract (else the title)."""
    for section, text in (("abstract", abstract), ("title", title)):
        starts = [m.start() for m in re.finditer(re.escape(needle), text)]
        if len(starts) > nth:
            pos = starts[nth]
            for sid, sec, _, start, end, _ in sentences:
                if sec == section and start <= pos < end:
                    return sid, pos - start, pos - start + len(needle)
    # not in the text (entity-normalization tests): attach to the first sentence
    return sentences[0][0], 0, len(needle)


def build_db(path, papers, claim_order=None, mention_order=None):
    """A contract-shaped database; the orders permute row insertion (and thus row ids)."""
    conn = sqlite3.connect(path)
    conn.executescript(DDL)
    claim_rows, mention_rows = [], []
    for paper in papers:
        pid, title, abstract = paper["id"], paper["title"], paper["abstract"]
        conn.execute("insert into papers (id, title, abstract) values (?, ?, ?)", (pid, title, abstract))
        sentences = _sentences(pid, title, abstract)
        conn.executemany("insert into sentences values (?, ?, ?, ?, ?, ?, ?)",
                         [(sid, pid, sec, idx, s, e, t) for sid, sec, idx, s, e, t in sentences])
        for type_, text, role in paper.get("mentions", []):
            sid, start, end = _locate(sentences, title, abstract, text)
            mention_rows.append((pid, sid, type_, text, start, end, role))
        for claim in paper.get("claims", []):
            sid, start, end = _locate(sentences, title, abstract, claim["at"], claim.get("nth", 0))
            claim_rows.append((pid, sid, claim["at"], start, end, *(claim.get(f) for f in CLAIM_FIELDS)))
    for i in claim_order or range(len(claim_rows)):
        cur = conn.execute(
            f"insert into claims (paper_id, sentence_id, text, start, [end], {', '.join(CLAIM_FIELDS)}, rule) "
            f"values ({', '.join('?' * (5 + len(CLAIM_FIELDS)))}, 'test')", claim_rows[i])
        conn.execute("insert into quantities (paper_id, sentence_id, text, start, [end], value, claim_id) "
                     "values (?, ?, ?, ?, ?, ?, ?)", (*claim_rows[i][:6], cur.lastrowid))
    for i in mention_order or range(len(mention_rows)):
        pid, sid, type_, text, start, end, role = mention_rows[i]
        conn.execute("insert or ignore into entities (type, name) values (?, ?)", (type_, text))
        (eid,) = conn.execute("select id from entities where type = ? and name = ?", (type_, text)).fetchone()
        conn.execute("insert into mentions (paper_id, sentence_id, entity_id, type, text, start, [end], role, rule) "
                     "values (?, ?, ?, ?, ?, ?, ?, ?, 'test')", (pid, sid, eid, type_, text, start, end, role))
    conn.commit()
    conn.close()
    return path


def write_gold(path, *records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


TITLE = "ZIP-FIT: Embedding-Free Data Selection via Compression-Based Alignment"
ABSTRACT = (
    "We propose ZIP-FIT, a data selection method for language models. "
    "ZIP-FIT is up to 85.1% faster than DSIR on GLUE. "
    "It improves accuracy from 97.35% to 98.23% over BERT-Large. "
    "Selection time drops by 15-30% across five benchmark datasets. "
    "The selected data reach a BLEU of 35.2 [3]."
)


def gold_record():
    return {
        "title": TITLE,
        "methods_proposed": ["ZIP-FIT"],
        "methods": ["DSIR", "BERT-Large"],
        "methods_generic_ok": ["language models"],
        "datasets": ["GLUE"],
        "metrics": ["accuracy", "selection time", "BLEU"],
        "claims": [
            {"quote": "up to 85.1% faster than DSIR", "value": 85.1, "low": None, "high": None, "from": None,
             "unit": "percent", "direction": "increase", "aspect": "speed", "baseline": "DSIR",
             "qualifier": "up_to", "context": "GLUE"},
            {"quote": "from 97.35% to 98.23%", "value": 98.23, "from": 97.35, "unit": "percent",
             "direction": "increase", "aspect": "accuracy", "baseline": "BERT-Large"},
            {"quote": "drops by 15-30%", "value": None, "low": 15, "high": 30, "unit": "percent",
             "direction": "decrease", "aspect": "selection time"},
            {"quote": "BLEU of 35.2", "value": 35.2, "unit": "score", "aspect": "BLEU"},
        ],
        "facts": [{"quote": "five benchmark datasets", "value": 5, "unit": "count"}],
    }


def perfect_paper():
    return {
        "id": "p1", "title": TITLE, "abstract": ABSTRACT,
        "mentions": [
            ("method", "ZIP-FIT", "proposed"), ("method", "DSIR", "mentioned"),
            ("method", "BERT-Large", "mentioned"), ("dataset", "GLUE", None),
            ("metric", "accuracy", None), ("metric", "Selection time", None), ("metric", "BLEU", None),
        ],
        "claims": [
            {"at": "85.1%", "value": 85.1, "unit": "percent", "direction": "increase", "metric": "speed",
             "baseline": "DSIR", "qualifier": "up_to", "context": "GLUE"},
            {"at": "from 97.35% to 98.23%", "value": 98.23, "from_value": 97.35, "unit": "percent",
             "direction": "increase", "metric": "accuracy", "baseline": "BERT-Large"},
            {"at": "15-30%", "low": 15.0, "high": 30.0, "unit": "percent", "direction": "decrease",
             "metric": "selection time"},
            {"at": "35.2", "value": 35.2, "unit": "score", "metric": "BLEU"},
        ],
    }


def run(tmp_path, papers, *gold_records, **orders):
    db = build_db(tmp_path / "x.db", papers, **orders)
    gold = write_gold(tmp_path / "gold.jsonl", *(gold_records or [gold_record()]))
    return evaluate(db, [gold])


def counts(report, area):
    a = report.area(area)
    return a.tp, a.fp, a.fn


def accuracies(report):
    return {a.attribute: a.accuracy for a in report.attributes}


PERFECT_ACCURACY = dict.fromkeys(("unit", "direction", "metric", "baseline", "qualifier", "context"), 1.0)


# --- whole-report behaviour --------------------------------------------------------------------


def test_perfect_database_scores_one_everywhere(tmp_path):
    report = run(tmp_path, [perfect_paper()])
    for area in report.areas:
        assert (area.precision, area.recall, area.f1, area.fp, area.fn) == (1.0, 1.0, 1.0, 0, 0), area
    assert counts(report, "claims") == (4, 0, 0)
    assert counts(report, "methods") == (3, 0, 0)
    assert counts(report, "methods_proposed") == (1, 0, 0)
    assert accuracies(report) == PERFECT_ACCURACY
    assert (report.papers, report.papers_in_db, report.missing_papers, report.warnings) == (1, 1, [], [])


def test_missing_claim_lowers_recall_only(tmp_path):
    paper = perfect_paper()
    del paper["claims"][3]
    report = run(tmp_path, [paper])
    claims = report.area("claims")
    assert (claims.tp, claims.fp, claims.fn, claims.precision, claims.recall) == (3, 0, 1, 1.0, 0.75)
    assert accuracies(report) == PERFECT_ACCURACY
    missed = report.per_paper[0].missed_claims
    assert [(m.quote, m.value, m.unit) for m in missed] == [("BLEU of 35.2", 35.2, "score")]


def test_extra_claim_lowers_precision_only(tmp_path):
    paper = perfect_paper()
    paper["claims"].append({"at": "97.35%", "value": 97.35, "unit": "percent"})  # the from-figure on its own
    report = run(tmp_path, [paper])
    claims = report.area("claims")
    assert (claims.tp, claims.fp, claims.fn, claims.precision, claims.recall) == (4, 1, 0, 0.8, 1.0)
    fp = report.per_paper[0].false_positive_claims
    assert [(c.text, c.value, c.unit) for c in fp] == [("97.35%", 97.35, "percent")]
    assert fp[0].sentence == "It improves accuracy from 97.35% to 98.23% over BERT-Large."


def test_claim_matching_a_fact_is_neutral(tmp_path):
    paper = perfect_paper()
    paper["claims"].append({"at": "five", "value": 5.0, "unit": "count"})
    report = run(tmp_path, [paper])
    assert counts(report, "claims") == (4, 0, 0)
    assert report.area("claims").neutral == 1


def test_fact_takes_its_own_sentence_before_a_claim_elsewhere(tmp_path):
    abstract = "We train on 5 datasets. Accuracy rises by 5 points."
    paper = {"id": "p", "title": "Fives", "abstract": abstract,
             "claims": [{"at": "5", "value": 5.0, "unit": "count"}]}  # only the set-up number was found
    gold = {"title": "Fives", "claims": [{"quote": "rises by 5 points", "value": 5, "unit": "pp",
                                          "direction": "increase", "aspect": "accuracy"}],
            "facts": [{"quote": "5 datasets", "value": 5, "unit": "count"}]}
    report = run(tmp_path, [paper], gold)
    assert counts(report, "claims") == (0, 0, 1)
    assert report.area("claims").neutral == 1


def test_fact_quote_overlap_beats_a_claim_in_the_same_sentence(tmp_path):
    abstract = "On 5 datasets it gains 5 points, with 5 tasks."
    paper = {"id": "p", "title": "Fives", "abstract": abstract, "claims": [
        {"at": "5", "nth": 0, "value": 5.0, "unit": "count"},   # the fact's number
        {"at": "5", "nth": 2, "value": 5.0, "unit": "count"},   # another set-up number, same figure
    ]}
    gold = {"title": "Fives", "claims": [{"quote": "gains 5 points", "value": 5, "unit": "pp"}],
            "facts": [{"quote": "5 datasets", "value": 5, "unit": "count"}]}
    report = run(tmp_path, [paper], gold)
    # the claim takes the "5 tasks" row (same sentence, no overlap), the fact the "5 datasets" row
    assert counts(report, "claims") == (1, 0, 0) and report.area("claims").neutral == 1
    del paper["claims"][1]
    report = evaluate(build_db(tmp_path / "one.db", [paper]), [tmp_path / "gold.jsonl"])
    assert counts(report, "claims") == (0, 0, 1) and report.area("claims").neutral == 1


def test_a_fact_absorbs_any_number_of_db_claims(tmp_path):
    paper = {"id": "p", "title": "Fives", "abstract": "We use 5 datasets and 5 tasks.", "claims": [
        {"at": "5", "nth": 0, "value": 5.0, "unit": "count"}, {"at": "5", "nth": 1, "value": 5.0, "unit": "count"}]}
    gold = {"title": "Fives", "facts": [{"quote": "5 datasets", "value": 5, "unit": "count"}]}
    report = run(tmp_path, [paper], gold)
    assert counts(report, "claims") == (0, 0, 0) and report.area("claims").neutral == 2


def test_wrong_direction_lowers_direction_accuracy_only(tmp_path):
    paper = perfect_paper()
    paper["claims"][0]["direction"] = "decrease"
    report = run(tmp_path, [paper])
    assert report.area("claims").f1 == 1.0
    assert accuracies(report) == {**PERFECT_ACCURACY, "direction": 0.75}
    (mismatch,) = report.per_paper[0].attribute_mismatches
    assert (mismatch.attribute, mismatch.gold, mismatch.db) == ("direction", "increase", "decrease")


def test_range_is_matched_by_low_and_high(tmp_path):
    paper = perfect_paper()
    report = run(tmp_path, [paper])
    assert report.per_paper[0].missed_claims == []
    paper["claims"][2] = {"at": "15-30%", "value": 30.0, "unit": "percent", "direction": "decrease",
                          "metric": "selection time"}
    report = evaluate(build_db(tmp_path / "value.db", [paper]), [tmp_path / "gold.jsonl"])
    assert counts(report, "claims") == (3, 1, 1)
    assert [m.quote for m in report.per_paper[0].missed_claims] == ["drops by 15-30%"]


def test_change_is_matched_by_value_and_from_value(tmp_path):
    paper = perfect_paper()
    paper["claims"][1]["from_value"] = 90.0
    report = run(tmp_path, [paper])
    assert counts(report, "claims") == (3, 1, 1)
    paper["claims"][1]["from_value"] = 97.35 * (1 + 1e-8)  # within the 1e-6 relative tolerance
    report = evaluate(build_db(tmp_path / "close.db", [paper]), [tmp_path / "gold.jsonl"])
    assert counts(report, "claims") == (4, 0, 0)


def test_same_sentence_claim_is_preferred_over_one_elsewhere(tmp_path):
    abstract = "A is 5% faster. B is 5% smaller."
    gold = {"title": "Two fives", "claims": [{"quote": "B is 5% smaller", "value": 5, "unit": "percent",
                                              "direction": "decrease"}]}
    elsewhere = {"at": "5%", "nth": 0, "value": 5.0, "unit": "percent", "direction": "increase"}
    here = {"at": "5%", "nth": 1, "value": 5.0, "unit": "percent", "direction": "decrease"}

    only_elsewhere = run(tmp_path, [{"id": "p", "title": "Two fives", "abstract": abstract,
                                     "claims": [elsewhere]}], gold)
    assert counts(only_elsewhere, "claims") == (1, 0, 0)  # anywhere in the paper when nothing is closer

    both = evaluate(build_db(tmp_path / "both.db", [{"id": "p", "title": "Two fives", "abstract": abstract,
                                                    "claims": [elsewhere, here]}]), [tmp_path / "gold.jsonl"])
    assert counts(both, "claims") == (1, 1, 0)
    assert both.attribute("direction").accuracy == 1.0  # the same-sentence one was matched
    assert [c.sentence for c in both.per_paper[0].false_positive_claims] == ["A is 5% faster."]


def test_quote_sentence_wins_even_outside_the_quote_span(tmp_path):
    abstract = "A is 5% faster. B is 5% smaller and costs 5% less."
    gold = {"title": "Fives", "claims": [{"quote": "costs 5% less", "value": 5, "unit": "percent",
                                          "direction": "decrease"}]}
    paper = {"id": "p", "title": "Fives", "abstract": abstract, "claims": [
        {"at": "5%", "nth": 0, "value": 5.0, "unit": "percent", "direction": "increase"},
        {"at": "5%", "nth": 1, "value": 5.0, "unit": "percent", "direction": "decrease"},
    ]}
    report = run(tmp_path, [paper], gold)
    assert counts(report, "claims") == (1, 1, 0)
    assert report.attribute("direction").accuracy == 1.0
    assert [c.sentence for c in report.per_paper[0].false_positive_claims] == ["A is 5% faster."]


def test_units_are_compared_after_normalization(tmp_path):
    paper = perfect_paper()
    for claim in paper["claims"][:3]:
        claim["unit"] = "%"
    paper["claims"][3]["unit"] = "x"
    report = run(tmp_path, [paper])
    assert counts(report, "claims") == (4, 0, 0)  # the unit never gates a match
    assert report.attribute("unit").accuracy == 0.75
    assert normalize_unit("%") == normalize_unit("Percent") == "percent"
    assert normalize_unit("percentage points") == normalize_unit("pp")
    assert normalize_unit("×") == normalize_unit("times") == "x"
    assert normalize_unit("days") == normalize_unit("day") == "day"
    assert normalize_unit("hours") == normalize_unit("h") == "h"
    assert normalize_unit("ms") != normalize_unit("s") != normalize_unit("min")


def test_text_attributes_null_and_containment(tmp_path):
    paper = perfect_paper()
    paper["claims"][3]["metric"] = "BLEU score"     # contains gold aspect "BLEU": correct
    paper["claims"][2]["baseline"] = "DSIR"         # gold baseline is null: wrong
    paper["claims"][0]["context"] = None            # gold context GLUE: wrong
    report = run(tmp_path, [paper])
    assert accuracies(report) == {**PERFECT_ACCURACY, "baseline": 0.75, "context": 0.75}


def test_metric_words_compare_in_the_singular(tmp_path):
    paper = perfect_paper()
    paper["claims"][1]["metric"] = "accuracies"     # gold aspect "accuracy": the same measure
    paper["claims"][2]["metric"] = "selection times"
    assert accuracies(run(tmp_path, [paper])) == PERFECT_ACCURACY
    paper["claims"][1]["metric"] = "accuracy loss"  # contains "accuracy": correct; "loss" stays "loss"
    paper["claims"][2]["metric"] = "selection rates"  # not "selection time": wrong
    assert accuracies(evaluate(build_db(tmp_path / "two.db", [paper]), [tmp_path / "gold.jsonl"])) == {
        **PERFECT_ACCURACY, "metric": 0.75}


@pytest.mark.parametrize("written, metric, ok", [
    ("a bilingual evaluation understudy (BLEU) of 35.2", "bilingual evaluation understudy", True),
    ("a BLEU (bilingual evaluation understudy) of 35.2", "bilingual evaluation understudy", True),
    ("a bilingual evaluation understudy of 35.2", "bilingual evaluation understudy", False),  # no pair in the text
    ("an overall translation score (BLEU) of 35.2", "overall translation score", False),  # initials are not BLEU's
])
def test_an_acronym_the_paper_defines_names_its_long_form(tmp_path, written, metric, ok):
    paper = perfect_paper()
    paper["abstract"] = ABSTRACT.replace("a BLEU of 35.2", written)
    paper["claims"][3]["metric"] = metric  # gold aspect "BLEU"
    assert accuracies(run(tmp_path, [paper])) == {**PERFECT_ACCURACY, "metric": 1.0 if ok else 0.75}


def test_generic_methods_are_neutral(tmp_path):
    paper = perfect_paper()
    paper["mentions"].append(("method", "language models", "mentioned"))
    report = run(tmp_path, [paper])
    assert counts(report, "methods") == (3, 0, 0)
    assert report.area("methods").neutral == 1
    paper["mentions"].append(("method", "gzip", "mentioned"))
    report = evaluate(build_db(tmp_path / "gzip.db", [paper]), [tmp_path / "gold.jsonl"])
    assert counts(report, "methods") == (3, 1, 0)
    assert report.per_paper[0].entities[0].spurious == ["gzip"]


def test_proposed_area_scores_roles(tmp_path):
    paper = perfect_paper()
    paper["mentions"][1] = ("method", "DSIR", "proposed")
    report = run(tmp_path, [paper])
    assert counts(report, "methods") == (3, 0, 0)
    assert counts(report, "methods_proposed") == (1, 1, 0)


def test_a_dataset_the_paper_builds_counts_as_proposed(tmp_path):
    # the gold lists a paper's own benchmark in methods_proposed (and in datasets); the database types it
    # benchmark with role proposed: it is scored in both method areas and in datasets
    gold = gold_record()
    gold["methods_proposed"].append("FooBench")
    gold["datasets"].append("FooBench")
    paper = perfect_paper()
    paper["mentions"].append(("benchmark", "FooBench", "proposed"))
    report = run(tmp_path, [paper], gold)
    assert counts(report, "methods_proposed") == (2, 0, 0)
    assert counts(report, "methods") == (4, 0, 0)
    assert counts(report, "datasets") == (2, 0, 0)  # GLUE and FooBench
    paper["mentions"][-1] = ("benchmark", "FooBench", None)  # typed right, but not known to be the paper's own
    (tmp_path / "2").mkdir()
    report = run(tmp_path / "2", [paper], gold)
    assert counts(report, "methods_proposed") == (1, 0, 1)


def test_datasets_include_benchmarks_and_entities_normalize(tmp_path):
    paper = perfect_paper()
    paper["mentions"] = [
        ("method", "zip fit", "proposed"),          # case, hyphen, whitespace
        ("method", "DSIR selection", "mentioned"),   # contains "DSIR"
        ("method", "BERT", "mentioned"),             # contained in "BERT-Large"
        ("benchmark", "GLUE", None),
        ("metric", "ACCURACY", None), ("metric", "selection  time", None), ("metric", "BLEU", None),
    ]
    report = run(tmp_path, [paper])
    for area in ("methods", "methods_proposed", "datasets", "metrics"):
        assert report.area(area).f1 == 1.0, area


def test_entity_string_rules():
    assert match_strength("BERT-Large", "bert  large") == (0, 0)
    assert entities_match("Llama-3", "Llama 3") and entities_match("Llama3", "llama-3")
    assert entities_match("BERT", "BERT-Large")
    assert entities_match("GLUE benchmark", "GLUE")
    assert entities_match("LoRA/PiSSA", "PiSSA")
    assert not entities_match("Net", "ResNet")
    assert not entities_match("GPT-3", "GPT-4")
    assert not entities_match("3", "Llama-3")  # the contained side needs a letter
    # a mention keeps the LaTeX it was written in; the gold writes the name
    assert match_strength(r"\textsc{QuantEvolver}", "QuantEvolver") == (0, 0)
    assert match_strength(r"$\textbf{MDial}$", "MDial") == (0, 0)  # math mode around the macro
    assert entity_words(r"M$^3$ViT") == ("m$3$vit",)  # a "$" inside a name stays; a superscript's caret goes
    # the text layer writes "R^{2}" and "R^2" as "R2"; gold writes them as the paper does
    assert match_strength("r^2", "R2") == (0, 0) and match_strength("R^{2}", "R2") == (0, 0)
    assert entities_match("R^2 for recall@8 change", "R2")
    assert match_strength(r"\textbf{SELFI}-2", "SELFI-2") == (0, 0)
    assert not entities_match(r"\textbf{SELFI}", "SELFIE")


def test_entities_pair_one_to_one(tmp_path):
    paper = {"id": "p", "title": "Qwen", "abstract": "Qwen2-VL beats all.",
             "mentions": [("method", "Qwen2-VL", "mentioned"), ("method", "qwen2 vl", "mentioned")]}
    gold = {"title": "Qwen", "methods": ["Qwen2-VL-2B", "Qwen2-VL-72B"]}
    report = run(tmp_path, [paper], gold)
    assert counts(report, "methods") == (1, 0, 1)  # two DB spellings are one string; it credits one gold name


def test_missing_gold_paper_counts_as_misses(tmp_path):
    absent = {"title": "A paper nobody extracted", "methods": ["X-Net"], "datasets": ["MNIST"],
              "claims": [{"quote": "by 3%", "value": 3, "unit": "percent"}]}
    report = run(tmp_path, [perfect_paper()], gold_record(), absent)
    assert (report.papers, report.papers_in_db) == (2, 1)
    assert report.missing_papers == ["A paper nobody extracted"]
    assert counts(report, "claims") == (4, 0, 1)
    assert counts(report, "methods") == (3, 0, 1)
    assert counts(report, "datasets") == (1, 0, 1)
    assert report.per_paper[1].in_db is False


def test_only_gold_papers_are_scored_and_titles_normalize(tmp_path):
    other = {"id": "p2", "title": "Unannotated", "abstract": "It is 9% better.",
             "claims": [{"at": "9%", "value": 9.0, "unit": "percent"}]}
    gold = gold_record()
    gold["title"] = "zip fit  embedding free data selection via compression based alignment"
    report = run(tmp_path, [perfect_paper(), other], gold)
    assert report.papers == 1 and report.area("claims").fp == 0
    assert report.per_paper[0].paper_id == "p1"
    assert title_key("ZIP-FIT: Embedding!") == title_key("zip fit embedding")


def test_duplicate_db_titles_pick_the_paper_with_the_quotes(tmp_path):
    stale = {"id": "a-stale", "title": TITLE, "abstract": "Nothing quoted here."}
    report = run(tmp_path, [stale, perfect_paper()])
    assert report.per_paper[0].paper_id == "p1"
    assert "2 papers in the database have this title" in report.warnings[0]


def test_quote_not_in_paper_is_warned_and_still_matched_by_figure(tmp_path):
    gold = gold_record()
    gold["claims"][3]["quote"] = "BLEU score of 35.2"
    report = run(tmp_path, [perfect_paper()], gold)
    assert counts(report, "claims") == (4, 0, 0)
    assert any("BLEU score of 35.2" in w for w in report.warnings)


def test_bad_gold_lines_name_file_line_and_reason(tmp_path):
    db = build_db(tmp_path / "x.db", [perfect_paper()])
    gold = tmp_path / "bad.jsonl"
    cases = [
        ('{"title": "x", "claims": [{"quote": "q", "unit": "percent"}]}', "claims[0]: a claim needs a value"),
        ('{"title": "x", "claims": [{"quote": "q", "valeu": 3, "value": 3, "unit": "x"}]}', "claims[0].valeu"),
        ('{"title": "x", "claims": [{"quote": "q", "value": 3, "unit": "x", "direction": "up"}]}',
         "claims[0].direction"),
        ('{"title": "x", ', "not valid JSON"),
        ('["x"]', "valid dictionary"),
    ]
    for line, reason in cases:
        gold.write_text(json.dumps(gold_record()) + "\n\n" + line + "\n", encoding="utf-8")
        with pytest.raises(GoldError) as error:
            evaluate(db, [gold])
        assert str(error.value.message).startswith(f"{gold}:3: "), error.value.message
        assert reason in error.value.message
        assert error.value.exit_code == 2
    write_gold(gold, gold_record(), gold_record())
    with pytest.raises(GoldError, match=r":2: the same paper is already annotated at .*:1"):
        evaluate(db, [gold])


def test_database_is_read_only_and_must_exist(tmp_path):
    missing = tmp_path / "missing.db"
    gold = write_gold(tmp_path / "gold.jsonl", gold_record())
    with pytest.raises(EvalError, match="no database"):
        evaluate(missing, [gold])
    assert not missing.exists()
    not_sciclaims = tmp_path / "other.db"
    sqlite3.connect(not_sciclaims).executescript("create table t (x); ")
    with pytest.raises(EvalError, match="no table papers"):
        evaluate(not_sciclaims, [gold])
    db = build_db(tmp_path / "x.db", [perfect_paper()])
    before = db.read_bytes()
    evaluate(db, [gold])
    assert db.read_bytes() == before


def test_json_round_trips(tmp_path):
    paper = perfect_paper()
    paper["claims"][0]["direction"] = None
    paper["claims"].pop()
    report = run(tmp_path, [paper])
    text = report.model_dump_json(indent=2)
    assert EvalReport.model_validate_json(text) == report
    data = json.loads(text)
    assert {a["area"] for a in data["areas"]} == {"claims", "methods", "methods_proposed", "datasets", "metrics"}
    assert {"precision", "recall", "f1", "tp", "fp", "fn"} <= set(data["areas"][0])
    assert data["per_paper"][0]["missed_claims"][0]["quote"] == "BLEU of 35.2"


def test_undefined_ratios_are_null(tmp_path):
    paper = {"id": "p", "title": "Empty", "abstract": "Nothing here."}
    report = run(tmp_path, [paper], {"title": "Empty"})
    claims = report.area("claims")
    assert (claims.precision, claims.recall, claims.f1) == (None, None, None)
    assert report.attribute("unit").accuracy is None


def test_render_summary_and_detail(tmp_path):
    paper = perfect_paper()
    paper["claims"][3]["value"] = 35.0   # missed 35.2 and a false positive "35.2" -> shows the [3] sentence
    paper["claims"][0]["qualifier"] = "about"
    paper["mentions"].pop()
    report = run(tmp_path, [paper], gold_record(), {"title": "Absent [draft]"})
    console = Console(record=True, width=200, color_system=None)
    render(report, console, detail=False)
    summary = console.export_text()
    assert "claims (by figure)" in summary and "datasets + benchmarks" in summary
    assert "missed gold claims" not in summary and "Absent [draft]" in summary
    render(report, console, detail=True)
    text = console.export_text()
    for expected in ("missed gold claims", "BLEU of 35.2", "false-positive claims",
                     "The selected data reach a BLEU of 35.2 [3].", "attribute mismatches", "up_to", "about",
                     "BLEU", "not in the database"):
        assert expected in text, expected


def test_matching_rules_are_documented():
    import extractor.evaluate as module

    assert MATCHING_RULES in module.__doc__
    for phrase in ("1e-6", "from_value", "methods_generic_ok", "facts", "one-to-one", "lower-casing"):
        assert phrase in MATCHING_RULES


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_row_order_never_changes_the_scores(data):
    paper = perfect_paper()
    paper["claims"][0]["direction"] = "decrease"
    paper["claims"] += [
        {"at": "97.35%", "value": 97.35, "unit": "percent"},
        {"at": "five", "value": 5.0, "unit": "count"},
        {"at": "85.1%", "value": 85.1, "unit": "x"},  # same figure, same span region: one is fp
    ]
    paper["claims"][-1]["at"] = "up to 85.1%"
    paper["mentions"] += [("method", "language models", "mentioned"), ("method", "gzip", "proposed")]
    claim_order = data.draw(st.permutations(range(len(paper["claims"]))))
    mention_order = data.draw(st.permutations(range(len(paper["mentions"]))))

    def summary(report):
        p = report.per_paper[0]
        return (report.areas, report.attributes,
                [(c.text, c.value, c.unit) for c in p.false_positive_claims],
                p.missed_claims, [m.model_dump(exclude={"db_text"}) for m in p.attribute_mismatches], p.entities)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        write_gold(tmp / "gold.jsonl", gold_record())
        base = evaluate(build_db(tmp / "a.db", [paper]), [tmp / "gold.jsonl"])
        permuted = evaluate(build_db(tmp / "b.db", [paper], claim_order=list(claim_order),
                                     mention_order=list(mention_order)), [tmp / "gold.jsonl"])
    assert summary(permuted) == summary(base)
    assert counts(base, "claims") == (4, 2, 0)
