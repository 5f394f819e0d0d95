"""The entity recognizer's shortcuts answer as the full tests they stand for (a fourth performance pass)."""

import sys
import unicodedata

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor import entities

# words and bounds: letters (also a combining mark and a non-Latin letter), "s", "-", "_", digits, spaces
_ALPHABET = "abS s-_1 é\u0301\u4e2d.'"


@settings(max_examples=3000, deadline=None)
@given(st.text(_ALPHABET, max_size=30), st.text(_ALPHABET, min_size=1, max_size=4), st.booleans())
def test_word_at_is_the_bounded_search(text, word, plural):
    pattern = rf"(?<![\w-]){regex.escape(word)}{'s?' if plural else ''}(?![\w-])"
    m = regex.search(pattern, text)
    assert entities._word_at(text, word, plural) == (m.start() if m else -1)


def test_is_punct_shortcut_over_every_character():
    full = lambda w: all(unicodedata.category(c).startswith("P") for c in w)  # noqa: E731
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert entities._is_punct(ch) == full(ch)
        assert entities._is_punct(ch + "a") == full(ch + "a")
    for word in ("", "-", "--", "...", "a-", "-a", "(1)", "“", "é", "1.5"):
        assert entities._is_punct(word) == full(word)


def test_shape_gates_hold_for_the_rules_as_written():
    """Both SHAPE_DATA rules carry their literal gates ("needs" in entity_patterns.jsonl), and every gold text
    (also with "Data" capitalised) that a regex matches holds one of its literals."""
    import json
    from pathlib import Path

    from extractor.rules_data import read_lines

    shapes = [json.loads(line) for line in read_lines("entity_patterns.jsonl") if '"SHAPE_DATA"' in line]
    assert len(shapes) == 2 and all(rule.get("needs") for rule in shapes)
    gold = Path(__file__).resolve().parents[1] / "fixtures" / "gold" / "corpus_abstracts.jsonl"
    texts = [f"{r['title']}\n\n{r['abstract']}" for r in map(json.loads, gold.read_text().splitlines())]
    for rule in shapes:
        pattern, needs = regex.compile(rule["regex"]), rule["needs"]
        for text in texts + [t.replace(" data", " Data") for t in texts]:
            if pattern.search(text) is not None:
                assert any(n in text for n in needs)


# Literal gates before full-text regexes in `EntityRecognizer.find` (session 12): each answers yes wherever its
# pattern matches, and the anchored colon scan answers exactly as the search it stands for.
_GATE_PIECES = ["a ", "an ", "An ", "our ", "we ", "We ", "new ", "novel ", "the ", "this ", "Dense", "Feature", "X1",
                "loss", "module", "units", "block", "}", "$", "\\textit{", " of ", " ", "  ", "\n", "\u00a0", "-", "x",
                "é", "(", ")", ",", ":", ".", "modules", "sub-modules", "stages", "address ", "instantiate ",
                "with ", "contribution is ", "innovation is ", "key ", "main ", "memory", " and ", "compute", "energy costs", "method", " (",
                "Variance Horizon", "SIGMA", "BETA", "A", "\\", "MAS", "S", "3D", "datasets", "corpora", "data sets",
                " such as ", "NIH", "BraTS-2019", " or "]
_gate_text = st.lists(st.sampled_from(_GATE_PIECES), max_size=24).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_gate_text, st.integers(0, 6))
@example("It has three modules : a Planner, and sub-modules:\n x", 0)
@example("x-modules: a", 0)
@example("two datasets, Left Atrial, NIH Pancreas and BraTS-2019. Three corpora such as A and B", 0)
def test_tried_at_finds_what_the_pattern_finds(text, pos):
    """`_TriedAt` tries its pattern only where a match can start: the same matches as the pattern tried everywhere."""
    for tried in (entities._PARTS_LIST, entities._DATA_COMMA_LIST):
        spans = [m.span() for m in tried.finditer(text, pos)]
        assert spans == [m.span() for m in tried.pattern.finditer(text, pos)]
        assert (tried.search(text, pos) is None) == (not spans)


@settings(max_examples=3000, deadline=None)
@given(_gate_text)
@example("We address this gap with Chain-of-Zoom (CoZ). Our main contribution is CRPA.")
@example("Our key innovation is VENUS")
@example("we instantiate X1 as Dense")
@example("an \\textit{Dense Feature} loss and our novel Dense X1  module, a Dense\u00a0Feature}$\nblock")
@example("memory and compute costs; a novel method (Variance Horizon) for SIGMA")
def test_literal_gates_hold_where_the_patterns_match(text):
    if entities._OWN_WITH.search(text):
        assert entities._may_own_with(text)
    if entities._HEADED_PART.search(text):
        assert entities._named_head(text)
    if entities._SHARED_HEAD.search(text):
        assert entities._ends_before(text, " and ", entities._SHARING)
    if entities._NOVEL_PAREN.search(text):
        assert entities._ends_before(text, " (", entities._NOVEL_HEADS)
    if entities._GREEK_CAPS.search(text):
        assert any(name in text for name in entities._GREEK_NAMES)
    if entities._CAPS_S.search(text):
        assert entities._CAPS_S_AT.search(text)



_NEW_PIECES = ["a ", "an ", "A ", "ban ", "new ", "novel ", "newly ", "renewed ", "dataset, ", "benchmark,\n",
               "data set, ", "called ", "Foo", "3D", " ", "\n", "-", "x", "é", ",", "."]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_NEW_PIECES), max_size=16).map("".join), st.integers(0, 6))
@example("a new dataset, Foo and an  novel x benchmark,\ncalled 3D; a new new dataset, Foo", 0)
def test_new_data_scan_is_finditer(text, pos):
    spans = lambda matches: [(m.span(), m.span("name")) for m in matches]  # noqa: E731
    tried = entities._NEW_DATA_NAME
    assert spans(tried.finditer(text, pos)) == spans(tried.pattern.finditer(text, pos))


_WORD_PIECES = ["ab", "x1", "-", "Ab", "_", "é", "1", " ", "  ", "\n", ".", "(", "'"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=12).map("".join), st.integers(0, 40))
@example("image quality ", 0)
@example("false-positive \n", 0)
def test_word_before_patterns_search_backwards_as_forwards(text, lo):
    """_HEAD_MODIFIER, _NOUN_MODIFIER and _WORD_BEFORE are searched backwards: the same match as forwards."""
    for pattern in (entities._HEAD_MODIFIER, entities._NOUN_MODIFIER, entities._WORD_BEFORE):
        forwards = regex.compile(pattern.pattern.removeprefix("(?r)"))
        spans = lambda m: m and (m.span(), m.regs)  # noqa: E731
        for hi in range(min(lo, len(text)), len(text) + 1):
            assert spans(pattern.search(text, lo, hi)) == spans(forwards.search(text, lo, hi))
