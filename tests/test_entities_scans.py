"""The entity recognizer's shortcuts answer as the full tests they stand for (a fourth performance pass)."""

import sys
import unicodedata

import regex
from hypothesis import given, settings
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
