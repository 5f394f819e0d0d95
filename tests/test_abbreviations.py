"""The Schwartz-Hearst detector: pairs found, non-pairs left alone, offsets always exact."""

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.abbreviations import best_long_form, doc_text, find_abbreviations


def pairs(text):
    return [(a.short, a.long) for a in find_abbreviations(text)]


def test_long_form_then_acronym():
    text = "We propose a hierarchical gated convolutional network (HGCN) for graphs."
    assert pairs(text) == [("HGCN", "hierarchical gated convolutional network")]


def test_shortest_long_form_is_chosen():
    assert pairs("Retrieval-Augmented Large Language Models (LLMs) are popular.") == [
        ("LLMs", "Large Language Models")
    ]


def test_reverse_order_name_then_long_form():
    assert pairs("We then introduce Hiformer (Heterogeneous Interaction Transformer) to improve it.") == [
        ("Hiformer", "Heterogeneous Interaction Transformer")
    ]


def test_title_case_fallback_when_letters_do_not_align():
    assert pairs("We propose Model-Based Cross-Task Transfer (XTRA), a framework.") == [
        ("XTRA", "Model-Based Cross-Task Transfer")
    ]


def test_lists_citations_and_figures_are_not_definitions():
    assert pairs("adapting transformer-based architecture models (mBERT, mT5) for summarization") == []
    assert pairs("as shown before (Smith et al., 2020) and (see Table 2)") == []
    assert pairs("a new baseline dataset (76.5k article, summary pairs) in Urdu") == []
    assert pairs("accuracy improves (from 3 to 5) in rows (or columns)") == []


def test_venue_years_and_capitalised_lists_are_not_definitions():
    # the title-case fallback spells nothing: a venue and year, or a list of names, is no long form's short form
    assert pairs("our winning solution for the 8th UG2+ Challenge (CVPR 2026) Track 1") == []
    assert pairs("In SISBB, YOLOv8m (SGD) converges fastest.") == []
    # a name with commas whose initials spell the short form stays one
    assert pairs("Construct, Merge, Solve & Adapt with Reinforcement Learning (RL-CMSA) wins.") == [
        ("RL-CMSA", "Construct, Merge, Solve & Adapt with Reinforcement Learning")]
    assert pairs("Model-Based Cross-Task Transfer (XTRA) and Explainable AI (XAI) remain.") == [
        ("XTRA", "Model-Based Cross-Task Transfer"), ("XAI", "Explainable AI")]


def test_long_form_stays_in_its_clause():
    text = "Results are strong. Transfer works (TW) well."
    assert pairs(text) == [("TW", "Transfer works")]


def test_best_long_form_matches_first_letter_at_a_word_start():
    assert best_long_form("HGCN", "a hierarchical gated convolutional network") == 2
    assert best_long_form("XY", "nothing matching here") is None


def test_component_sets_doc_extension():
    nlp = spacy.blank("en")
    nlp.add_pipe("sciclaims_abbreviations")
    doc = nlp("Reinforcement Learning (RL) is studied.")
    assert [(a.short, a.long) for a in doc._.sc_abbreviations] == [("RL", "Reinforcement Learning")]
    assert doc_text(doc) == doc.text


WORDS = st.sampled_from(
    ["the", "Deep", "Graph", "network", "(", ")", "(GN)", "(DGN)", "(a, b)", "Net", ",", ".", "-", "model",
     "Large", "Language", "Models", "(LLMs)", "x(", "((", "))", "Zero", "(ZERO)", "\n", "é", "(Dé)", "; "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=30), st.sampled_from([" ", "", "  "]))
def test_offsets_always_slice_the_text_to_the_strings(words, sep):
    text = sep.join(words)
    for a in find_abbreviations(text):
        assert text[a.short_start : a.short_end] == a.short
        assert text[a.long_start : a.long_end] == a.long
        assert a.short and a.long and len(a.long) > len(a.short)
        assert a.long_end <= a.short_start or a.short_end <= a.long_start


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_any_text_gives_exact_offsets(text):
    for a in find_abbreviations(text):
        assert text[a.short_start : a.short_end] == a.short
        assert text[a.long_start : a.long_end] == a.long


def test_a_digit_read_as_a_repeated_letter_or_a_word():
    assert pairs("we propose Detection by Difference of Differences (D3), a method") == [
        ("D3", "Detection by Difference of Differences")
    ]
    assert pairs("We introduce T3 (Testing Trustworthy Thinking), a benchmark.") == [
        ("T3", "Testing Trustworthy Thinking")
    ]
    assert pairs("we introduce Anchor Alignment and Adaptive Weighting (A3W). It") == [
        ("A3W", "Anchor Alignment and Adaptive Weighting")
    ]
    assert pairs("Natural Language Inference for Patient Recruitment (NLI4PR) is new.") == [
        ("NLI4PR", "Natural Language Inference for Patient Recruitment")
    ]
    assert pairs("text-to-image (T2I) models") == []  # a lower-case task, not a name
    assert pairs("the Llama2 (Large Language Model Meta AI) family") == []  # a mixed-case name keeps its digit
