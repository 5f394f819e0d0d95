"""Acronym definitions ("hierarchical gated convolutional network (HGCN)") with plain doc offsets.

The detector is Schwartz & Hearst's (PSB 2003) algorithm, hand-written because it is a
character-level alignment between two strings, which no spaCy matcher expresses, and because
the usual packaged version (scispaCy) pins an old spaCy and numpy. Two additions fit abstracts:
the reverse order "Hiformer (Heterogeneous Interaction Transformer)", and a Title-Case fallback
for names whose letters do not align ("Model-Based Cross-Task Transfer (XTRA)").
"""

from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .models import Abbreviation, abbreviation
from .text import ext_key

for _name in ("sc_abbreviations", "sc_title_end"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_PAREN = regex.compile(r"\(([^()\n]{1,80})\)")
_WORD = regex.compile(r"\S+")
# Where a long form cannot reach back across: clause punctuation, other brackets, a line break.
_BARRIER = regex.compile(r"[;:!?()\[\]{}\n]|\.\s|,\s(?:and|or|but|while|which)\s")
_SMALL = {"of", "for", "and", "the", "in", "on", "with", "to", "via", "a", "an", "by", "from", "&"}
_CUT = regex.compile(r"[;,]\s")  # "(mBERT, mT5)": a list, "(HGCN; Smith 2020)": more than a short form
_PARTS = regex.compile(r"[\s-]+")
_NAMELY = regex.compile(r", namely ([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9-]*)(?=[\s,.;:)])")  # an acronym: two capitals
_NOT_SHORT = regex.compile(r"(?i)^(?:e\.?g|i\.?e|cf|see|ours|resp|respectively|et al|fig|eq|table|sec)\b")
_VENUE_YEAR = regex.compile(r"[A-Za-z][\w-]* (?:19|20)\d\d")  # "Challenge (CVPR 2026)": where and when, no short form


def _short_ok(short: str) -> bool:
    """A plausible short form: 2-10 characters, at most two words, a capital, not a figure."""
    return (
        2 <= len(short) <= 10
        and short[0].isalnum()
        and len(short.split()) <= 2
        and any(c.isupper() for c in short)
        and any(c.isalpha() for c in short)
        and not _NOT_SHORT.match(short)
        and not _VENUE_YEAR.fullmatch(short)
    )


def best_long_form(short: str, long: str) -> int | None:
    """Schwartz-Hearst: where in `long` the shortest long form for `short` starts, or None.

    Every letter and digit of `short` must occur in `long` in order, read right to left, and
    the first one must start a word of `long`.
    """
    s = len(short) - 1
    i = len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return long.rfind(" ", 0, i + 1) + 1


_SPELLED_DIGIT = regex.compile(r"(?<=[A-Za-z])[2-4](?!\d)")  # "D3", "NLI4PR", "R2D": a digit read as a word


def _digit_readings(short: str) -> list[str]:
    """Ways a digit after a letter is spelled in a long form: the letter repeated ("D3": Detection by Difference of
    Differences, "T3": Testing Trustworthy Thinking) or a word's first letter (2 = to/two, 4 = for/four)."""
    if not short.isupper():
        return []  # "Llama2": a mixed-case name keeps its digit
    repeated = _SPELLED_DIGIT.sub(lambda m: short[m.start() - 1] * (int(m.group()) - 1), short)
    worded = _SPELLED_DIGIT.sub(lambda m: {"2": "t", "3": "t", "4": "f"}[m.group()], short)
    return [repeated, worded]


def _readings(short: str) -> tuple[list[str], int]:
    """The digit readings of a short form, and how many words its long form may have (Schwartz-Hearst's
    min(|A| + 5, 2|A|), counted on the longest reading)."""
    readings = _digit_readings(short) if _SPELLED_DIGIT.search(short) else []
    size = max(len(short), *map(len, readings)) if readings else len(short)
    return readings, min(size + 5, size * 2)


def _spells_reading(readings, long: str) -> bool:
    """The long form's word initials are a reading: the repeated one without its small words, the worded one with
    them ("for" is the 4 of NLI4PR); a Title-Case long form only ("Natural Language Inference for Patient
    Recruitment (NLI4PR)", not "text-to-image (T2I)", a task)."""
    long = long.strip(" ,\"'")
    if not readings or not all(w[:1].isupper() for w in long.split() if w.lower() not in _SMALL):
        return False
    words = [w for w in _PARTS.split(long) if w]
    repeated, worded = readings
    return (repeated.lower() == "".join(w[0] for w in words if w.lower() not in _SMALL).lower()
            or worded.lower() == "".join(w[0] for w in words).lower())


def _window(text: str, end: int, max_words: int) -> list[tuple[int, int]]:
    """The (start, end) of up to `max_words` words before `end`, within one clause."""
    lo = max(0, end - 16 * max_words)
    barrier = lo
    for m in _BARRIER.finditer(text, lo, end):
        barrier = m.end()
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, barrier, end)]
    return words[-max_words:]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not (text[start].isalnum() or text[start] == "\\"):
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _titlecase_start(text: str, words: list[tuple[int, int]], short: str) -> int | None:
    """Start of the run of capitalised words just before the paren, if it could be the name."""
    caps = [c for c in short if c.isupper()]
    start = None
    n_caps = 0
    for ws, we in reversed(words):
        word = text[ws:we].strip(",\"'")
        if word[:1].isupper():
            start = ws
            n_caps += 1
        elif word.lower() in _SMALL and start is not None:
            continue
        else:
            break
    if start is None or n_caps < 2 or n_caps > len(caps) + 2 or len(caps) < 2:
        return None
    return start


def _capitals_start(text: str, words: list[tuple[int, int]], short: str) -> int | None:
    """Start of the shortest run of words before the paren whose capitals are exactly the short form's capitals,
    in order, the first of them opening the run ("inTerpretable nEuraL cLustering (TELL)", "Panel of LLm
    evaluators (PoLL)"); None when there is none or the short form has fewer than two capitals."""
    caps = "".join(c for c in short if c.isupper())
    if len(caps) < 2 or any(c.isdigit() and c not in "24" for c in short):
        return None  # "VideoSafetyBench (VSB-77k)": a size tag the long form does not spell ("R2D": 2 = "to")
    got = ""
    for ws, we in reversed(words):
        got = "".join(c for c in text[ws:we] if c.isupper()) + got
        if len(got) > len(caps) or not caps.endswith(got):
            return None
        if got == caps:
            word = text[ws:we]
            first = next(i for i, c in enumerate(word) if c.isupper())
            return ws if first <= 2 and word[:first].isalpha() or first == 0 else None
    return None


def _initials_cover(long: str, short: str) -> bool:
    """Every capital of the short form is the first letter of a word of the long form."""
    initials = {w[0] for w in _PARTS.split(long.replace(",", " ")) if w[:1].isupper()}
    return all(c in initials for c in short if c.isupper())


def find_abbreviations(text: str) -> list[Abbreviation]:
    """Every acronym definition in `text`, in order; offsets slice `text` to the strings."""
    found: list[Abbreviation] = []
    for m in _PAREN.finditer(text):
        inner_start, inner_end = m.span(1)
        inner = m.group(1)
        cut = _CUT.search(inner)
        short_end = inner_start + (cut.start() if cut else len(inner))
        s_start, s_end = _trim(text, inner_start, short_end)
        short = text[s_start:s_end]
        paren = m.start()
        listed = cut and _short_ok(inner[cut.end():].strip())  # "(mBERT, mT5)" lists names
        if _short_ok(short) and not listed:
            readings, max_words = _readings(short)
            words = _window(text, paren, max_words)
            if words:
                w_start = words[0][0]
                candidate = text[w_start:paren]
                offset = best_long_form(short, candidate)
                if offset is None and readings:
                    offset = next((ws - w_start for ws, _ in reversed(words) if _spells_reading(readings, text[ws:paren])),
                                  None)
                rule_start = w_start + offset if offset is not None else _titlecase_start(text, words, short)
                if offset is None and rule_start is not None and ", " in text[rule_start:paren] and not _initials_cover(text[rule_start:paren], short):
                    rule_start = None  # "In SISBB, YOLOv8m (SGD)": capitalised words that spell nothing are a list, no long form
                    # (not "Construct, Merge, Solve & Adapt with Reinforcement Learning (RL-CMSA)": its initials spell it)
                caps_start = (_capitals_start(text, words, short)  # only when the long form found opens in lower case
                              if rule_start is None or text[rule_start].islower() else None)
                if (caps_start is not None and (rule_start is None or caps_start > rule_start)
                        and len(_PARTS.split(text[caps_start:paren].strip())) > 1 and paren - caps_start > len(short) + 2):
                    # (a run of two or more words longer than the short form: "bidirectional SSM (bi-SSM)" keeps its
                    # Schwartz-Hearst long form)
                    rule_start = caps_start  # "called inTerpretable nEuraL cLustering (TELL)": its capitals spell it
                if rule_start is not None:
                    l_start, l_end = _trim(text, rule_start, paren)
                    long = text[l_start:l_end]
                    if len(long) > len(short) and short.lower() not in long.lower().split():
                        found.append(abbreviation(short, long, s_start, s_end, l_start, l_end))
                        continue
        # Reverse order: "Hiformer (Heterogeneous Interaction Transformer)".
        if len(inner.split()) < 2 or cut:
            continue
        before = _window(text, paren, 1)
        if not before:
            continue
        s_start, s_end = _trim(text, *before[0])
        short = text[s_start:s_end]
        readings, max_words = _readings(short)
        if not _short_ok(short) or " " in short or len(inner.split()) > max_words:
            continue
        l_start, l_end = _trim(text, inner_start, inner_end)
        long = text[l_start:l_end]
        if len(long) > len(short) and (best_long_form(short, long) == 0 or _spells_reading(readings, long)):
            found.append(abbreviation(short, long, s_start, s_end, l_start, l_end))
    if ", namely " in text:  # "we propose to improve the KD with Imperfect Data, namely KID, which ...": a definition
        for m in _NAMELY.finditer(text):
            short = m.group(1)
            words = _window(text, m.start(), min(len(short) + 5, len(short) * 2))
            offset = best_long_form(short, text[words[0][0] : m.start()]) if words and _short_ok(short) else None
            if offset is None:
                continue
            l_start, l_end = _trim(text, words[0][0] + offset, m.start())
            long = text[l_start:l_end]
            if len(long) > len(short) and " " in long and long[:1].isupper():
                found.append(abbreviation(short, long, m.start(1), m.end(1), l_start, l_end))
        found.sort(key=lambda a: a.short_start)
    return found


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per doc: spaCy rebuilds it from every token on each access."""
    cached = doc.user_data.get("sc_text")
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data["sc_text"] = (len(doc), doc.text)
    return cached[1]


_EXT_ABBREVIATIONS = ext_key("sc_abbreviations")


class AbbreviationDetector:
    """Sets `doc._.sc_abbreviations`; stateless, so one instance serves every doc."""

    def __call__(self, doc: Doc) -> Doc:
        # What `doc._.sc_abbreviations = ...` does, without building an Underscore object per doc.
        doc.user_data[_EXT_ABBREVIATIONS] = find_abbreviations(doc_text(doc))
        return doc


@Language.factory("sciclaims_abbreviations")
def make_abbreviation_detector(nlp: Language, name: str) -> AbbreviationDetector:
    return AbbreviationDetector()
