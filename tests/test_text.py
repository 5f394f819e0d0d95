"""extractor.text: normalization and its offset map, tokenizer special cases, sentences."""

import unicodedata

import pytest
import spacy
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from extractor import rules_data
from extractor.text import Normalized, abbreviations, add_affixes, add_special_cases, normalize


@pytest.fixture(scope="module")
def nlp():
    """Exactly the sequence extractor.pipeline uses."""
    nlp = spacy.blank("en")
    add_affixes(nlp)
    add_special_cases(nlp)
    nlp.add_pipe("sciclaims_segmenter")
    return nlp


# --- normalization: what the clean text looks like ---------------------------------------

CLEAN = [
    (r"accuracy of 65.8\% on", "accuracy of 65.8% on"),
    (r"a $10^{-3}$ rate and 10^{-3}", "a 10^-3 rate and 10^-3"),
    (r"10$^3$ samples, 5 m$^3$, M$^2$D, R^{2}", "10^3 samples, 5 m3, M2D, R2"),
    (r"$2\times$ faster, 512$\times$512", "2× faster, 512×512"),
    (r"$\sim$5\% and \sim 3 and ~3x and (~21\%)", "~5% and ~ 3 and ~3x and (~21%)"),
    (r"see Fig.~3 and Table~\ref{t}, generation~(RAG)", "see Fig. 3 and Table , generation (RAG)"),
    (r"\textbf{Personalize Anything}, \emph{new}, \textit{x}", "Personalize Anything, new, x"),
    (r"\textbf{\underline{Bold}} and $\textbf{A}$dapt", "Bold and Adapt"),
    (r"R\&D, snake\_case, \$5 costs", "R&D, snake_case, $5 costs"),
    ("costs $5 and $10, $48-$74", "costs $5 and $10, $48-$74"),
    (r"\href{https://x.org}{our code} at \url{https://y.org/~a}", "our code at https://y.org/~a"),
    (r"benchmark~\cite{yang2024}, and \citep[p.~3]{b} more", "benchmark , and more"),
    (r"Do\~nana, S\~ao, \c{c}a, \'{e}t\'e, Mu\~niz", "Doñana, São, ça, été, Muñiz"),
    (r"360{\deg} view, 0.5$^{\circ}$ error, {\em emph} text", "360° view, 0.5° error, emph text"),
    (r"\(10.61\%\) over \[x\]", "10.61% over x"),
    (r"1\,600 s at 5\,ms", "1600 s at 5 ms"),
    (r"22{,}879 images from 1{,}250 sites, a {,} b", "22,879 images from 1,250 sites, a {,} b"),
    (r"pages 15--30, a---b, -->", "pages 15-30, a—b, -->"),
    (r"\eg, \ie the $\alpha$ and $\mu$s", "e.g., i.e. the α and μs"),
    ("ﬁne-tuning ﬂows eﬀect oﬃce baﬄe", "fine-tuning flows effect office baffle"),
    ("15–30% and −3 and a—b", "15-30% and -3 and a—b"),
    ("it’s “quoted” ‘single’", "it's \"quoted\" 'single'"),
    ("non\u00a0breaking\u2009thin\u202fnarrow\u3000ideographic", "non breaking thin narrow ideographic"),
    ("zero\u200bwidth soft\u00adhyphen \ufeffbom", "zerowidth softhyphen bom"),
    ("line\nbreak   and\ttab\r\n end", "line break and tab end"),
    ("  leading and trailing \n", "leading and trailing"),
    ("a \\cite{x} b and a \u200b b", "a b and a b"),
    ("about ∼5 GB", "about ~5 GB"),
    (r"$\mathcal{O}(n^2)$ time", "O(n2) time"),
    (r"unknown \projectname and \frac{1}{2} stay", r"unknown \projectname and \frac{1}{2} stay"),
]


@pytest.mark.parametrize("original, clean", CLEAN)
def test_clean_text(original, clean):
    assert normalize(original).text == clean


def test_plain_text_is_identity():
    text = "We propose X, which improves accuracy by 3.5 points (65.8% vs. 62.3%) on ImageNet."
    norm = normalize(text)
    assert norm.is_identity and norm.text is text and norm.segments is None
    assert norm.span(3, 10) == (3, 10) and norm.offset(len(text)) == len(text)


# --- normalization: the offset map ---------------------------------------------------------


def original_of(norm: Normalized, clean_sub: str) -> str:
    i = norm.text.index(clean_sub)
    start, end = norm.span(i, i + len(clean_sub))
    return norm.original[start:end]


@pytest.mark.parametrize("original, clean_sub, expected", [
    (r"accuracy of 65.8\% on", "65.8%", r"65.8\%"),
    (r"with 22{,}879 images", "22,879", r"22{,}879"),
    (r"accuracy of 65.8\% on", "%", r"\%"),
    (r"a $10^{-3}$ rate", "10^-3", r"$10^{-3}$"),
    (r"a $10^{-3}$ rate", "10", "10"),
    (r"Fig.~3 $\sim$5\% and", "~5%", r"$\sim$5\%"),
    (r"we \textbf{Personalize Anything}, x", "Personalize Anything", r"\textbf{Personalize Anything}"),
    (r"we \textbf{Personalize Anything}, x", "Anything", "Anything"),
    (r"$k$-means", "k-means", "$k$-means"),
    (r"$k$-means", "-means", "-means"),
    ("a ﬁne day", "fine", "ﬁ" + "ne"),
    ("a ﬁne day", "f", "ﬁ"),  # a bound inside a rewritten piece snaps outward
    ("a ﬁne day", "i", "ﬁ"),
    ("line\n\nbreak", "line break", "line\n\nbreak"),
    ("  padded  ", "padded", "padded"),
    ("x \\cite{a} y", "x y", "x \\cite{a} y"),
])
def test_span_maps_back(original, clean_sub, expected):
    assert original_of(normalize(original), clean_sub) == expected


def test_span_rejects_bad_bounds():
    for text in ("plain", r"65\%"):
        norm = normalize(text)
        with pytest.raises(ValueError):
            norm.span(2, 1)
        with pytest.raises(ValueError):
            norm.span(0, len(norm.text) + 1)


# Hypothesis: strings built from the pieces abstracts are made of, LaTeX and unicode included.
WORDS = ["method", "results", "Fig.", "e.g.", "GPT-4", "3.5", "65.8", "10", "x", "(a)", "A", "we", ".", ",", "-", "(", ")", "5"]
LATEX = ["\\%", "$^3$", "\\times", "$\\sim$", "~", "$10^{-3}$", "^{2}", "^3", "^{-1}", "\\textbf{", "\\emph{", "\\textit{",
         "}", "{", "$", "$$", "\\&", "\\_", "\\,", "\\'e", "\\~n", "\\c{c}", "\\(", "\\)", "{\\em ", "\\cite{k}", "\\href{u}{",
         "\\", "\\alpha", "\\foo", "--", "---", "\\\\", "\\$", "^{\\circ}", "{\\deg}", "\\eg", "\\etal", "[", "]"]
UNICODE = ["×", "−", "–", "—", "\u00a0", "\u2009", "\u202f", "ﬁ", "ﬂ", "ﬀ", "ﬃ", "ﬄ", "\u200b", "\u00ad", "’", "“", "”", "∼",
           "\n", "\t", "  "]
PIECES = WORDS + LATEX + UNICODE
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.just(" ")), max_size=40).map("".join)
char_soup = st.text(alphabet=st.sampled_from(sorted(set("".join(PIECES)))), max_size=40)
abstract_like = st.one_of(texts, char_soup)


def clean_bounds(norm: Normalized) -> tuple[list[int], list[int]]:
    """Word starts and ends of the clean text outside rewritten pieces and LaTeX group content."""
    text, n = norm.text, len(norm.text)
    inside = set()
    for cs, _, cl, _, replaced in norm.segments or ():
        if replaced:
            inside.update(range(cs + 1, cs + cl))
    for cstart, cend, _, _ in norm.groups:
        inside.update(range(cstart + 1, cend))
    starts = [i for i in range(n) if text[i] != " " and (i == 0 or text[i - 1] == " ") and i not in inside]
    ends = [i for i in range(1, n + 1) if text[i - 1] != " " and (i == n or text[i] == " ") and i not in inside]
    return starts, ends


@settings(max_examples=200, deadline=None)
@given(abstract_like, st.randoms(use_true_random=False))
def test_spans_are_bounded_and_nest(original, rng):
    norm = normalize(original)
    n, size = len(norm.text), len(original)
    offsets = [norm.offset(i) for i in range(n + 1)]
    assert all(0 <= p <= size for p in offsets)
    assert offsets == sorted(offsets)
    for _ in range(25):
        a, b, c, d = sorted(rng.randint(0, n) for _ in range(4))
        if b == c:  # an empty span has no position that nests in both [x, b) and [b, y)
            continue
        outer, inner = norm.span(a, d), norm.span(b, c)
        assert 0 <= outer[0] <= outer[1] <= size
        assert outer[0] <= inner[0] <= inner[1] <= outer[1]
        assert norm.span(a, c)[0] <= norm.span(b, c)[0] and norm.span(a, c)[1] <= norm.span(a, d)[1]


@settings(max_examples=200, deadline=None)
@given(abstract_like)
@example(r"\textbf{Personalize Anything} a $10^{-3}$ b $\sim$5\% c")
@example("a ﬁne\u00a0day, Fig.~3 \\etal x")
def test_word_aligned_spans_normalize_back(original):
    norm = normalize(original)
    starts, ends = clean_bounds(norm)
    for a in starts:
        for b in ends:
            if a < b:
                start, end = norm.span(a, b)
                assert normalize(original[start:end]).text == norm.text[a:b], (a, b, original[start:end])


@settings(max_examples=200, deadline=None)
@given(abstract_like)
def test_segments_describe_the_rewrite(original):
    norm = normalize(original)
    assert (norm.text == original) == norm.is_identity
    if norm.is_identity:
        return
    pos = opos = 0
    for cs, os_, cl, ol, replaced in norm.segments:
        assert (cs, os_) == (pos, opos)
        if not replaced:
            assert norm.text[cs:cs + cl] == original[os_:os_ + ol]
        pos, opos = pos + cl, opos + ol
    assert (pos, opos) == (len(norm.text), len(original))
    assert " " * 2 not in norm.text and norm.text == norm.text.strip(" ")


def table_characters() -> str:
    rows = rules_data.read_tsv("normalization.tsv")
    return "".join(chr(int(r["find"][2:], 16)) for r in rows if r["find"].startswith("U+"))


# Words of any characters but the table's and the LaTeX/markup triggers, one space apart.
plain_words = st.text(alphabet=st.characters(blacklist_characters=table_characters() + "\\$~^{-",
                                             blacklist_categories=("Z", "Cc", "Cf", "Cs")), min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.lists(plain_words, max_size=15).map(" ".join))
def test_identity_without_replaceable_patterns(original):
    norm = normalize(original)
    assert norm.is_identity and norm.text == original
    n = len(original)
    assert all(norm.span(a, b) == (a, b) for a in range(0, n + 1, 2) for b in range(a, n + 1, 3))


def test_table_covers_all_whitespace():
    rows = rules_data.read_tsv("normalization.tsv")
    spaces = {chr(int(r["find"][2:], 16)) for r in rows if r["kind"] == "space"}
    wanted = {chr(i) for i in range(0x3001) if chr(i).isspace() or unicodedata.category(chr(i)) == "Zs"} - {" "}
    assert wanted <= spaces


# --- tokenizer special cases ----------------------------------------------------------------


def test_blank_english_already_keeps_some_abbreviations():
    # What add_special_cases relies on spaCy for (and what it must add), as of spaCy 3.8.
    plain_nlp = spacy.blank("en")
    assert [t.text for t in plain_nlp("see e.g. the vs. that i.e. Dr. Prof. Inc.")] == [
        "see", "e.g.", "the", "vs.", "that", "i.e.", "Dr.", "Prof.", "Inc."]
    assert [t.text for t in plain_nlp("see Fig. 3 and i.i.d. x et al. y")] == [
        "see", "Fig", ".", "3", "and", "i.i.d", ".", "x", "et", "al", ".", "y"]


def test_abbreviations_stay_single_tokens(nlp):
    for abbr in abbreviations().tokens:
        for context in (f"see {abbr} 3 more", f"as ({abbr} 2), and", f"as {abbr}, and"):
            assert abbr in [t.text for t in nlp(context)], context
    assert "al." in abbreviations().nonterminal and "etc." not in abbreviations().nonterminal
    added = add_special_cases(spacy.blank("en"))
    assert "Fig." in added and "i.i.d." in added and "al." in added and "e.g." not in added


@pytest.mark.parametrize("text, words", [
    ("reaching 45.1 mIoU.", ["reaching", "45.1", "mIoU", "."]),  # spaCy alone keeps "mIoU." whole
    ("than ViT. We", ["than", "ViT", ".", "We"]),
    ("with CoT.", ["with", "CoT", "."]),
    ("we propose Concept-Enhanced P2P.", ["we", "propose", "Concept", "-", "Enhanced", "P2P", "."]),
    ("in the U.S. and", ["in", "the", "U.S.", "and"]),  # a dotted acronym stays whole
    ("J. K. Rowling", ["J.", "K.", "Rowling"]),  # an initial stays whole
    ("see Fig. 3A.", ["see", "Fig.", "3A", "."]),
])
def test_final_period_splits_off_a_name_ending_in_one_capital(nlp, text, words):
    assert [t.text for t in nlp.make_doc(text)] == words


# --- sentence segmenter ---------------------------------------------------------------------


def sentences(nlp, text):
    return [s.text for s in nlp(text).sents]


def test_pipeline_sequence_registers_the_component(nlp):
    assert "sciclaims_segmenter" in Language.factories and nlp.pipe_names == ["sciclaims_segmenter"]
    doc = nlp("One. Two.")
    assert all(t.is_sent_start is not None for t in doc)


@pytest.mark.parametrize("text, expected", [
    ("Accuracy rises from 3.5 to 4.2 points. We also release code.",
     ["Accuracy rises from 3.5 to 4.2 points.", "We also release code."]),
    ("Methods, e.g. BERT, and tasks, i.e. NER, differ. Smith et al. Showed it first. X vs. Y is close.",
     ["Methods, e.g. BERT, and tasks, i.e. NER, differ.", "Smith et al. Showed it first.", "X vs. Y is close."]),
    ("As shown in Fig. 3 and Eq. 2, it works (Fig. 2). Sec. 4 concludes.",
     ["As shown in Fig. 3 and Eq. 2, it works (Fig. 2).", "Sec. 4 concludes."]),
    ("Samples are i.i.d. Gaussian w.r.t. X. Version v1.2.3 and 2.0 are out.",
     ["Samples are i.i.d. Gaussian w.r.t. X.", "Version v1.2.3 and 2.0 are out."]),
    ("Data from the U.S. Census and the U.K. Office agree. See No. 5 now.",
     ["Data from the U.S. Census and the U.K. Office agree.", "See No. 5 now."]),
    ("Code: https://github.com/x/y.git. Mail a.b@c.org. Done.",
     ["Code: https://github.com/x/y.git.", "Mail a.b@c.org.", "Done."]),
    ("It is ~3.5x faster (see Table 1). 2024 results follow. \"Quoted\" titles start sentences.",
     ["It is ~3.5x faster (see Table 1).", "2024 results follow.", "\"Quoted\" titles start sentences."]),
    ("Error drops by 12%. Memory halves (from 8 GB to 4 GB). (A) is an option.",
     ["Error drops by 12%.", "Memory halves (from 8 GB to 4 GB).", "(A) is an option."]),
    ("He said \"it works.\" The end. Really? Yes! Well... Then more.",
     ["He said \"it works.\"", "The end.", "Really?", "Yes!", "Well...", "Then more."]),
    ("It ends with a lowercase word. then continues. We stop etc. Then resume.",
     ["It ends with a lowercase word. then continues.", "We stop etc.", "Then resume."]),
    ("Costs approx. 5 GB, cf. Ref. 7 and the dimension d. We show it.",
     ["Costs approx. 5 GB, cf. Ref. 7 and the dimension d.", "We show it."]),
])
def test_sentence_boundaries(nlp, text, expected):
    assert sentences(nlp, text) == expected


def test_split_abbreviation_is_not_terminal_without_special_cases():
    bare = spacy.blank("en")
    bare.add_pipe("sciclaims_segmenter")
    assert [s.text for s in bare("As in Fig. 3 and i.i.d. Gaussian noise. Next.").sents] == [
        "As in Fig. 3 and i.i.d. Gaussian noise.", "Next."]


def test_title_is_one_sentence_and_abstract_starts_after_the_separator(nlp):
    title, abstract = "Dots. In A Title? Yes", "First sentence here. Second one."
    doc = nlp.make_doc(title + "\n\n" + abstract)
    doc._.sc_title_end = len(title)
    doc = nlp(doc)
    sents = list(doc.sents)
    assert [s.text for s in sents] == [title + "\n\n", "First sentence here.", "Second one."]
    assert sents[1].start_char == len(title) + 2


def test_empty_title(nlp):
    doc = nlp.make_doc("\n\nAbstract only. Two.")
    doc._.sc_title_end = 0
    assert [s.text for s in nlp(doc).sents] == ["\n\n", "Abstract only.", "Two."]


def test_empty_doc(nlp):
    assert len(nlp("")) == 0


def test_sentences_map_back_to_original(nlp):
    original = (r"We propose \textbf{FastX}, a method that is $\sim$3.5$\times$ faster (Fig.~2)."
                "\nIt reaches 65.8\\% accuracy, i.e. +2.1 points. See \\url{https://x.org/y.git}. $K$-means is slower.")
    norm = normalize(original)
    spans = [norm.span(s.start_char, s.end_char) for s in nlp(norm.text).sents]
    assert [original[a:b] for a, b in spans] == [
        r"We propose \textbf{FastX}, a method that is $\sim$3.5$\times$ faster (Fig.~2).",
        "It reaches 65.8\\% accuracy, i.e. +2.1 points.",
        "See \\url{https://x.org/y.git}.",
        "$K$-means is slower.",
    ]


# --- bounds on pathological input: text no abstract has, which would cost quadratic time ---

@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="([{)]}-:/.,%x1 ", max_size=60), st.sampled_from(["[{(", "x", "a1-"]), st.integers(0, 3500),
       st.text(alphabet="ab) ", max_size=30))
def test_tokenize_cuts_only_overlong_stretches(head, unit, run, tail):
    """The text is unchanged, no token is longer than MAX_RUN, and text without an overlong stretch
    tokenizes exactly as `nlp.make_doc` does."""
    from extractor.text import MAX_RUN, tokenize

    nlp = spacy.blank("en")
    text = head + unit * (run // len(unit)) + tail
    doc = tokenize(nlp, text)
    assert doc.text == text
    assert all(len(t.text) <= MAX_RUN for t in doc)
    if max(map(len, text.split()), default=0) <= MAX_RUN:
        assert [t.text for t in doc] == [t.text for t in nlp.make_doc(text)]


def test_overlong_stretch_is_cut_at_every_max_run(nlp):
    from extractor.text import MAX_RUN, tokenize

    text = "Values " + "x" * (2 * MAX_RUN + 5) + " end"
    assert [len(t.text) for t in tokenize(nlp, text)] == [6, MAX_RUN, MAX_RUN, 5, 3]


def test_sentence_without_end_is_cut_past_max_sentence(nlp):
    """A dump with no sentence end (here 2,000 figures) becomes several sentences, none longer than
    MAX_SENTENCE plus one token, each starting on a word; real sentences are far shorter and untouched."""
    from extractor.text import MAX_SENTENCE

    text = "Scores are " + ", ".join(f"{i}.5%" for i in range(2000)) + " respectively. Next sentence."
    sents = list(nlp(text).sents)
    assert "".join(s.text_with_ws for s in sents) == text
    assert len(sents) >= len(text) // MAX_SENTENCE + 2
    assert all(len(s.text) <= MAX_SENTENCE + 10 and not s[0].is_space for s in sents)
    assert sents[-1].text == "Next sentence."


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=8), st.text(alphabet=".!?…)]\"'”’ Aa1\n", max_size=6),
                 st.sampled_from(list(abbreviations().tokens))))
def test_segmenter_prefilter_keeps_every_sentence_end(word):
    """The lexeme flag that picks the tokens the segmenter classifies never drops one that can end
    a sentence."""
    from extractor.text import _END, _Flags, _may_end

    flags = _Flags({}, abbreviations().nonterminal).classify(word)
    assert not flags & _END or _may_end(word)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["We", "propose", "FooNet", "(FN)", ".", "It", "improves", "accuracy", "by", "3.4%",
                                 "over", "BERT", "e.g.", "Fig.", "3", "two", "times", "faster", "!", "\n", "U.S."]),
                max_size=40).map(" ".join))
def test_segmenter_token_table_is_what_to_array_gives(words):
    """Later components cut their columns from the table the segmenter stores instead of calling
    `Doc.to_array` again: the columns must be the same, sentence starts included."""
    from spacy.attrs import IDX, LENGTH, ORTH, SENT_START

    from extractor.pipeline import Paper, make_doc, shared_nlp
    from extractor.text import token_array

    nlp = shared_nlp()
    doc = nlp(make_doc(nlp, Paper(id="t", title="A Title: FooNet", abstract=words or "x"))[0])
    flags = [bit for bit in range(19, 64) if bit in nlp.vocab.lex_attr_getters]
    assert doc.user_data.get("sc_tokens") is not None
    for attrs in ([*flags, SENT_START, IDX, ORTH], [IDX, LENGTH, SENT_START]):
        a, b = token_array(doc, attrs), doc.to_array(attrs)
        assert a.dtype == b.dtype and a.shape == b.shape and (a == b).all()


def test_ext_key_is_where_spacy_stores_an_extension_value():
    import spacy
    from spacy.tokens import Doc

    from extractor.text import ext_key

    if not Doc.has_extension("sc_test_ext_key"):
        Doc.set_extension("sc_test_ext_key", default=None)
    doc = spacy.blank("en")("a b")
    doc._.sc_test_ext_key = [1]
    assert doc.user_data[ext_key("sc_test_ext_key")] == [1]
    doc.user_data[ext_key("sc_test_ext_key")] = [2]
    assert doc._.sc_test_ext_key == [2]
