"""The literal tests that skip claim regexes (a quantities pass, session 7) never skip a match."""

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import claims

# cue letters in both cases, the characters `(?i)` folds onto ASCII letters ("ſ", Kelvin "K", dotless "ı"), spaces, "."
_ALPHABET = "thanTHANcompredCOMPREDlivLIVsgSGusUSxXovOV \u017f\u212a\u0131\u0130.-"


@settings(max_examples=3000, deadline=None)
@given(st.text(_ALPHABET, max_size=30))
def test_baseline_cue_gate_keeps_every_match(text):
    if claims._BASELINE_CUE.search(text) is not None:
        assert claims._may_have_baseline_cue(text, 0, len(text))


def test_baseline_cue_gate_on_every_cue():
    for cue in ("than ", "compared to ", "Comparing with ", "relative to ", "in comparison with ", "in contrast to ",
                "vs. ", "VS ", "versus ", "against ", "over ", "Over "):
        text = f"it is better {cue}X"
        assert claims._BASELINE_CUE.search(text) is not None
        assert claims._may_have_baseline_cue(text, 0, len(text))


def test_stems_fold_every_character_ignorecase_matches():
    # a stem letter that `(?i)` matches in another character must still be found after `casefold`
    letters = sorted(set("".join(claims._BASELINE_CUE_STEMS)))
    any_letter = re.compile("(?i)[" + "".join(letters) + "]")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if any_letter.fullmatch(ch):
            for letter in letters:
                if re.fullmatch("(?i)" + letter, ch):
                    assert letter in ch.casefold(), (letter, hex(code))


def test_gapped_metric_and_bracket_gates():
    for ch in ("\u017f", "\u212a", "\u0131", "\u0130"):  # no folded character spells "by" or "from"
        for word in ("by", "from"):
            for i in range(len(word)):
                variant = word[:i] + ch + word[i + 1 :]
                assert re.fullmatch("(?i)" + word, variant) is None or word in variant.lower()
    for text in ("accuracy (", "accuracy ( ", "accuracy (\n", "accuracy ( \n"):
        assert claims._BRACKET_BEFORE.search(text) is not None
        assert "(" in text[-3:]
