"""Quantities layer: figures found and normalized, with and without spaCy, and what is not a figure."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.lexicons import load_number_words, load_qualifiers, load_units
from extractor.quantities import find_figures

from .conftest import quantities_nlp


@pytest.fixture(scope="module")
def nlp():
    return quantities_nlp()


def figures(text: str) -> list[tuple]:
    return [(text[f.start : f.end], f.value, f.low, f.high, f.from_value, f.unit, f.qualifier) for f in find_figures(text)]


# (sentence, span, value, unit): one figure each
SINGLE = [
    ("a gain of 12 points", "12 points", 12, "pp"),
    ("a gain of 12 percentage points", "12 percentage points", 12, "pp"),
    ("accuracy rises 3 pp", "3 pp", 3, "pp"),
    ("it is 3.36X faster", "3.36X", 3.36, "x"),
    ("a 2-fold gain", "2-fold", 2, "x"),
    ("a twofold gain", "twofold", 2, "x"),
    ("roughly twice as fast", "roughly twice", 2, "x"),
    ("1,234,567 images", "1,234,567", 1234567, "count"),
    ("0.5 s per step", "0.5 s", 0.5, "s"),
    ("costs $10 per run", "$10", 10, "USD"),
    ("a 13B model", "13B", 1.3e10, "params"),
    ("a 2.7B small-scale model", "2.7B", 2.7e9, "params"),  # a hyphenated modifier before the model noun
    ("trained on 15T tokens", "15T tokens", 1.5e13, "tokens"),
    ("a window of 64K tokens", "64K tokens", 64000, "tokens"),
    ("learning rate 2.5e-4", "2.5e-4", 2.5e-4, None),
    ("about 3 × 10^4 samples", "about 3 × 10^4", 3e4, "count"),
    ("needs 200 MB", "200 MB", 200, "MB"),
    ("saves 1.2 kWh", "1.2 kWh", 1.2, "kWh"),
    ("reaches 60 FPS", "60 FPS", 60, "fps"),
    ("a 1.5-hour session", "1.5-hour", 1.5, "h"),
    ("at 2.4 GHz", "2.4 GHz", 2.4, "GHz"),
    ("up to 5.3times", "up to 5.3times", 5.3, "x"),
    ("improved by up to 4:52%", "up to 4:52%", 4.52, "percent"),
    # a glued "B" that counts nothing named after it is a model size; a counted noun, data or bytes keep it a count
    ("our 8B LongRM beats it", "8B", 8e9, "params"),
    ("the small (7B) variant agrees", "7B", 7e9, "params"),
    ("among 8B-MLLMs in document tasks", "8B", 8e9, "params"),
    ("it beats 70B baselines", "70B", 7e10, "params"),
    ("the firm sold 3B shares", "3B", 3e9, "count"),
    ("on 5B packed multimodal tokens", "5B", 5e9, "count"),
    ("at a 5B training dataset size", "5B", 5e9, "count"),
    ("scales to 1B and demonstrates its effectiveness", "1B", 1e9, "params"),
    ("with a payload of 900B per frame", "900B", 9e11, "count"),
    ("worth 5 billion today", "5 billion", 5e9, "count"),  # a written scale word is no "B"
    ("reduces complexity by nearly half under sharing", "nearly half", 2, "x"),  # a qualified "by half" halves it too
    ("a gap less than half that of larger models", "less than half", 2, "x"),
    ("rainfall of 11.54 mm/h", "11.54 mm/h", 11.54, "mm/h"),
    ("improves by +10.9 J&F on MeViS", "+10.9", 10.9, None),  # "J&F" is a metric, not joules
    ("it uses 5 J of energy", "5 J", 5, "J"),
    ("Around 3.5 million images are used", "Around 3.5 million", 3.5e6, "count"),  # a sentence-initial common word names nothing
    # "sub-" bounds a measure from above
    ("with sub-100ms latency", "sub-100ms", 100, "ms"),
    ("keeps sub-5 percent error", "sub-5 percent", 5, "percent"),
    ("best among sub-30B models", "sub-30B", 3e10, "params"),
    ("at sub-3-bit weights", "sub-3-bit", 3, "bit"),
    # a factor whose "×" was lost before "speedup"
    ("achieves a 1.8 wall-clock speedup", "1.8", 1.8, "x"),
    ("yields up to 5 acceleration", "up to 5", 5, "x"),
    ("we list 3 speedups", "3", 3, "count"),
    ("uses 2 acceleration strategies", "2", 2, "count"),
    # a statistic written glued to its symbol is its value, as "d = 1.28" is
    ("a large effect (Cohen's d=1.28, p<0.001)", "1.28", 1.28, None),
    ("correlates strongly (r=0.786)", "0.786", 0.786, None),
    ("the best result (F1=0.700)", "0.700", 0.7, None),  # any name glued to "=": "F1 = 0.700" glued
    ("reaches AUROC=0.78 on MIMIC-IV", "0.78", 0.78, None),
    # tokens named with a modifier are tokens
    ("compresses it to 64 discrete tokens", "64", 64, "tokens"),
    ("uses 3 visual token compression methods", "3", 3, "count"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), SINGLE, ids=[s for _, s, _, _ in SINGLE])
def test_single_figures(text, span, value, unit):
    (found,) = figures(text)
    assert found[0] == span
    assert found[1] == pytest.approx(value)
    assert found[5] == unit


@pytest.mark.parametrize(
    "text",
    [
        "Llama-3", "ResNet-50 backbones", "GPT-4o", "3D scenes", "F1", "YOLOv8", "Qwen2.5", "CIFAR-10", "SQuAD 2.0 results",
        "a 16-bit format", "in 2023 we", "Table 3 shows", "see Fig. 2", "Section 4 shows", "as in [12]", "(1) speed",
        "1) speed", "top-1", "pass@1", "ImageNet-1k", "Llama-3.1-8B", "https://x.org/a12", "L2 norm", "May 2024",
        "24 September", "224×224 crops", "3x3 kernels", "one of them", "the first step", "COVID-19 data",
        "on Sub-10 tasks", "tune LLaMA 3.1-8B on X", "and Qwen 2.5-7B wins", "a 24/7 service", "beyond the 80/20 rule",
        "Qwen 2.5-32B beats all baselines", "Gemini 2.0 demonstrates less bias", "Moxin 7B is introduced",
    ],
)
def test_not_figures(text):
    assert figures(text) == []


def test_a_downward_to_without_from_is_a_fall():
    assert figures("with FAD 0.79 to 0.74 on VGGSound") == [("0.79 to 0.74", 0.74, None, None, 0.79, None, None)]
    assert figures("scores range 54% to 7% across tasks")[0][2:4] == (54, 7)  # a stated span stays a span


def test_near_approximates_a_measure_but_not_a_place():
    assert figures("achieves near 100% accuracy")[0][6] == "about"
    assert figures("flights near 3 major airports")[0][6] is None


def test_range_from_to_and_lists():
    assert figures("gains of 15-30% and from 97.35% to 98.23%") == [
        ("15-30%", None, 15, 30, None, "percent", None),
        ("97.35% to 98.23%", 98.23, None, None, 97.35, "percent", None),
    ]
    assert figures("1-2B models") == [("1-2B", None, 1e9, 2e9, None, "params", None)]
    listed = figures("by 4.2, 3.1 and 2.0 pp")
    assert [(f[1], f[5]) for f in listed] == [(4.2, "pp"), (3.1, "pp"), (2.0, "pp")]


# (text, the figures found as (span, value, low, high, unit)): figures glued to the one before them or to a word
GLUED = [
    ("by up to 2.01%/1.27% in detection", [("up to 2.01%", 2.01, None, None, "percent"), ("1.27%", 1.27, None, None, "percent")]),
    ("train models with 340M/1.3B parameters", [("340M", 3.4e8, None, None, "params"),
                                                ("1.3B parameters", 1.3e9, None, None, "params")]),
    ("(20.4% vs.1.6% accuracy drop)", [("20.4%", 20.4, None, None, "percent"), ("1.6%", 1.6, None, None, "percent")]),
    ("through the pathways(29.9% recovery)", [("29.9%", 29.9, None, None, "percent")]),
    ("51-22K parameters for others", [("51-22K parameters", None, 51, 22000, "params")]),  # never 51K down to 22K
    ("Mistral-7B/24B and Qwen-2.5-7B/72B", []),  # sizes inside names stay names
    # a range of sizes whose ends both carry their scale letter, and the size in brackets after a model's name
    ("we train 1B-7B models", [("1B-7B", None, 1e9, 7e9, "params")]),
    ("on 3B–7B parameter code models", [("3B–7B parameter", None, 3e9, 7e9, "params")]),  # "--" becomes "–" in the text module
    ("across 15 LLMs (410M-70B parameters)", [("15", 15, None, None, "count"), ("410M-70B parameters", None, 4.1e8, 7e10, "params")]),
    ("across model sizes (1.5B-8B), outperforming", [("1.5B-8B", None, 1.5e9, 8e9, "params")]),
    ("contexts of 100K-1M tokens", [("100K-1M tokens", None, 1e5, 1e6, "tokens")]),
    ("models ranging from 100M to 8B parameters", [("100M to 8B parameters", None, 1e8, 8e9, "params")]),
    ("better than U-net (24.5M) and LaMa (51M)", [("24.5M", 2.45e7, None, None, "params"), ("51M", 5.1e7, None, None, "params")]),
    ("the ODA-Mixture (100k & 500k) sets", [("100k", 1e5, None, None, "count"), ("500k", 5e5, None, None, "count")]),
    ("Gemma 9B-2B surpasses Gemma 2B-2B", []),
    # two scores written with a slash are two figures; a scale's top and a name's second version are not
    ("for cars at 92.02/90.51, buses", [("92.02", 92.02, None, None, None), ("90.51", 90.51, None, None, None)]),
    ("a mean Likert score of 4.57/5.0 overall", [("4.57", 4.57, None, None, None)]),
    ("an average score of 87.27/100 points", [("87.27", 87.27, None, None, None)]),
    ("We report SQuAD 1.1/2.0 results", []),  # "9B-2B" closes the name of an encoder-decoder pair
    ("the Conv(3) block and v1/v2 splits", []),
]


@pytest.mark.parametrize(("text", "expected"), GLUED, ids=[t for t, _ in GLUED])
def test_glued_figures(text, expected):
    assert [(f[0], f[1], f[2], f[3], f[5]) for f in figures(text)] == expected


RANK_LISTS = [
    ("Our system ranked 1st in Arabic and Basque, 2nd in German, and 3rd in Czech.", ["1st", "2nd", "3rd"]),
    ("our team ranked 1st in the first subtask and 4th in the second one", ["1st", "4th"]),
    ("it placed 6th in a field of 23 teams and 2nd among open models", ["6th", "23"]),  # another figure ends the list
    ("we are 1st in Hindi; the 2nd in line is ours", []),  # no rank word: no rank
    ("the 2nd in line and the 3rd in line", []),
]


@pytest.mark.parametrize(("text", "spans"), RANK_LISTS, ids=[t for t, _ in RANK_LISTS])
def test_ranks_listed_after_a_rank(text, spans):
    assert [f[0] for f in figures(text)] == spans


def test_qualifiers_from_the_rules_file():
    for phrase, qualifier, position in load_qualifiers():
        if not phrase[0].isalpha():
            continue
        text = f"a gain of {phrase} 12%" if position == "before" else f"a gain of 12 {phrase}"
        found = figures(text)
        assert len(found) == 1 and found[0][6] == qualifier, (phrase, found)


def test_every_unit_row_is_read():
    for unit in load_units():
        if unit.unit == "-" or unit.join == "prefix":
            continue
        sep = "" if unit.join == "tight" else ("-" if unit.join == "hyphen" else " ")  # any/spaced/space: a space
        text = f"it takes by 7{sep}{unit.surface} more"  # "by": "by two folds" (not "five folds" of cross-validation)
        found = figures(text)
        assert found and found[0][5] == unit.unit, (unit.surface, found)


def test_number_words_from_the_rules_file():
    for word in load_number_words():
        if word.kind == "fraction":  # a share: "we saw a third of the items" = 33.3%
            found = figures(f"we saw {word.word} of the items")
            assert found and found[0][1] == pytest.approx(word.value * 100) and found[0][5] == "percent", (word.word, found)
        elif word.kind in ("cardinal", "multiplier") and word.word not in ("one", "dozen"):
            # a plural multiplier is a verb only with its object ("it doubles the items"); "we saw doubles items" no
            plural_verb = word.kind == "multiplier" and word.word.endswith("s") and word.word != "halves"
            found = figures(f"it {word.word} the items" if plural_verb else f"we saw {word.word} items")
            assert found and found[0][1] == pytest.approx(word.value), (word.word, found)


def test_fraction_word_is_a_share_only_before_of_or_after_by():
    assert [(f[1], f[5]) for f in figures("it cuts the cost by two-thirds")] == [(pytest.approx(200 / 3), "percent")]
    assert figures("a third generator reads the first half of the input in half-precision") == []


def test_component_and_text_function_agree(nlp):
    text = "We train a 1.2-billion-parameter model. It is 2.8x faster than DSIR and uses two orders of magnitude less memory."
    doc = nlp(text)
    assert [(doc.text[q.start : q.end], q.value, q.unit) for q in doc._.sc_quantities] == [
        (f[0], f[1], f[5]) for f in figures(text)
    ]


def test_the_per_string_caches_are_bounded_and_forgetting_changes_nothing(nlp):
    quantities = nlp.get_pipe("sciclaims_quantities")
    texts = [f"Accuracy rose by {i}.{i % 7}% to {90 + i % 9}.5 and latency fell {i % 5 + 2}x." for i in range(60)]
    before = [[(q.start, q.end, q.value, q.unit) for q in nlp(t)._.sc_quantities] for t in texts]
    limit, quantities.KINDS_LIMIT = quantities.KINDS_LIMIT, 10
    quantities._kinds.clear()
    try:
        after = []
        for t in texts:
            after.append([(q.start, q.end, q.value, q.unit) for q in nlp(t)._.sc_quantities])
            assert len(quantities._kinds) <= 11  # emptied whenever a new string finds it past the limit
            assert len(quantities._strings) <= 10 + len(t.split())  # emptied per doc past the limit
    finally:
        quantities.KINDS_LIMIT = limit
    assert after == before


def test_candidate_tokens_without_a_figure_make_no_claim_layer(nlp, monkeypatch):
    """A doc whose digits and number words make no figure ("GPT-4", a year, "(1)") skips the metric
    matcher and the claim rules; a doc with one figure still runs them."""
    quantities = nlp.get_pipe("sciclaims_quantities")
    calls = []
    monkeypatch.setattr(quantities.tables, "hits", lambda *a, **k: calls.append(1) or type(quantities.tables).hits(quantities.tables, *a, **k))
    assert nlp("GPT-4 was released in 2023. (1) One model uses Llama-3.")._.sc_quantities == []
    assert calls == []
    assert [q.claim is not None for q in nlp("GPT-4 is 2.8x faster than DSIR.")._.sc_quantities] == [True]
    assert calls == [1]


@settings(max_examples=200, deadline=None)
@given(
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from([("%", "percent"), ("x", "x"), (" ms", "ms"), (" GB", "GB"), (" times", "x"), (" pp", "pp")]),
)
def test_written_figures_read_back(number, unit):
    surface, canonical = unit
    text = f"the new method is {number}{surface} better"
    (found,) = figures(text)
    assert found[1] == pytest.approx(float(number)) and found[5] == canonical


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("ab1 2.%x-,()[]~+BkM") + ["up to ", " and ", "Table ", "GPT-", "two ", "fold"]), max_size=30).map("".join))
def test_offsets_are_always_inside_the_doc(nlp, text):
    doc = nlp(text)
    for q in doc._.sc_quantities:
        assert 0 <= q.start < q.end <= len(doc.text)
        assert doc.text[q.start : q.end].strip() == doc.text[q.start : q.end]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["from ", " to ", " and ", ", ", "(", ")", "12.5", "3", "51.56", "%", "-", " in 2014 ", "from 5 to 9",
                                 "9.5 to 3", "up ", "down ", "a ", " zero-shot baseline ", "roughly ", "between ", "ranging "]), max_size=24).map("".join))
@example("from 51.56 to 39.82 (and 51.56 to 43.59)")
def test_joining_changes_and_ranges_never_fails(nlp, text):
    """"from A to B", ranges, "(from A)", "A to B" after a change, in any order: the joins never raise and keep offsets."""
    doc = nlp("Accuracy rose " + text + ".")
    for q in doc._.sc_quantities:
        assert 0 <= q.start < q.end <= len(doc.text)
        assert q.value is not None or (q.low is not None and q.high is not None)


def _roles_by_definition(word: str) -> tuple[bool, bool, bool]:
    """`claims.token_roles` the long way: each role's own table (cue, blocker, speed word)."""
    from extractor.claims import _cue_of, _cue_table, _is_blocker, _speed_word

    low = word.casefold()
    return (_cue_of(low) is not None or low in _cue_table()[2], _is_blocker(low), _speed_word(low) is not None)


def _flagged_by_definition(word: str) -> bool:
    """What the lexeme flag means: a digit, a number word, or a role the claims layer reads."""
    from extractor.quantities import _has_digit, _is_number_word

    return _has_digit(word) or _is_number_word(word) or any(_roles_by_definition(word))


def _rule_words() -> list[str]:
    from extractor.claims import role_words
    from extractor.quantities import _number_tokens

    words, stems = role_words()
    out = []
    for w in [*words, *stems, *_number_tokens()]:
        out += [w, w.upper(), w.title(), w + "s", w + "ed", w[:-1], w[1:], "x" + w, w + "-based", w + "1"]
    return out


def test_lexeme_flag_matches_its_definition_on_the_rules_words(nlp):
    """The fast flag (one set lookup and one startswith) never drops a word the quantities or claims
    layer reads, nor flags one they do not: checked on every rules word, variants of them, and every
    word the pipeline's vocabulary holds."""
    from extractor.quantities import _flagged

    words = _rule_words() + [nlp.vocab.strings[lex.orth] for lex in nlp.vocab]
    words += ["", "1", "²", "٣", "ONE", "Twice", "x2", "3x", "ſ"]
    wrong = [w for w in words if _flagged(w) != _flagged_by_definition(w)]
    assert not wrong, wrong[:20]
    from extractor.claims import token_roles

    wrong = [w for w in words if token_roles(w) != _roles_by_definition(w)]
    assert not wrong, wrong[:20]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=12), st.sampled_from(_rule_words()).flatmap(
    lambda w: st.tuples(st.text(max_size=3), st.just(w), st.text(max_size=3)).map("".join))))
def test_lexeme_flag_matches_its_definition(word):
    from extractor.claims import token_roles
    from extractor.quantities import _flagged

    assert _flagged(word) == _flagged_by_definition(word)
    assert token_roles(word) == _roles_by_definition(word)


def test_atom_groups_zip_to_the_groupdict():
    """`_build` reads an atom's groups as `dict(zip(_atom_groups(), m.groups()))`: the same as `m.groupdict()`."""
    import json
    from pathlib import Path

    from extractor.quantities import _atom_groups, atom_pattern

    texts = [t for t, *_ in SINGLE] + [json.loads(line)["text"] for line in
                                       (Path(__file__).parent / "data" / "claims_cases.jsonl").read_text().splitlines() if line.strip()]
    seen = 0
    for text in texts:
        for pos in range(len(text)):
            if (m := atom_pattern().match(text, pos)) is not None:
                assert dict(zip(_atom_groups(), m.groups())) == m.groupdict()
                seen += 1
    assert seen > 500
