"""rules/entity_words.tsv: every role is documented in the file's header, and the entity layer reads its word lists
from it (session 11: the former Python sets of extractor/entities.py)."""

import re

import pytest

from extractor import entities
from extractor.lexicons import load_entity_words
from extractor.rules_data import read_lines, read_tsv, rules_path


def test_every_role_is_documented_in_the_header():
    header = [line for line in rules_path("entity_words.tsv").read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    documented = {m.group(1) for line in header if (m := re.match(r"#   (\w+): ", line))}
    used = {row["role"] for row in read_tsv("entity_words.tsv")}
    assert used == documented
    assert len(read_lines("entity_words.tsv")) == len(read_tsv("entity_words.tsv")) + 1  # no blank or stray rows


@pytest.mark.parametrize("name, role", [
    ("_PHRASE_ENDS", "phrase_end"),
    ("_STOP_AFTER_TRIGGER", "stop_after_trigger"),
    ("_SKIP_AFTER_TRIGGER", "skip_after_trigger"),
    ("_OUR_EARLIER", "our_earlier"),
    ("_MEASURE_NOUNS", "measure_noun"),
    ("_DETERMINERS", "determiner"),
])
def test_lists_are_read_from_their_role(name, role):
    assert getattr(entities, name) == load_entity_words()[role].words


@pytest.mark.parametrize("pattern, text, found", [
    ("_MODEL_TIER", " Pro", True),       # "Gemini 2.5 Pro"
    ("_MODEL_TIER", " mini", True),      # "o4 mini"
    ("_MODEL_TIER", " pro", False),      # case-sensitive role: "pro" is no tier
    ("_MODEL_TIER", " Sonnet-like", False),
    ("_EARLIER_IN", "as shown by Smith et al, ", True),
    ("_EARLIER_IN", "recently proposed", True),
    ("_EARLIER_IN", "Recently proposed", False),  # lower-case only, as before
    ("_EARLIER_IN", "methods [12] such as", True),  # the reference mark stays in code
    ("_EARLIER_IN", "the preexisting", False),
])
def test_word_regexes_built_from_roles(pattern, text, found):
    compiled = getattr(entities, pattern)
    hit = compiled.match(text) if pattern == "_MODEL_TIER" else compiled.search(text)
    assert (hit is not None) == found


def test_case_and_ending_roles():
    assert "Improved" in entities._KIND_FIRST and "improved" not in entities._KIND_FIRST
    assert "richness".endswith(entities._MEASURE_ENDS) and "Gaussian".lower().endswith(entities._EPONYM_ENDS)
