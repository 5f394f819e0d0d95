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
