"""The quantities layer: every figure in a sentence, found and normalized.

One compiled regex (built from `rules/units.tsv` and `rules/number_words.tsv`) runs once over the
doc text; each hit is an atom (a number with its scale and unit). A little Python per atom then
drops digits that belong to names, references, dates and enumerations, looks back for a qualifier,
and joins neighbouring atoms into ranges ("15-30%"), changes ("from 97.35% to 98.23%") and lists
("25.48%, 21.69%, and 33.28% respectively"). spaCy's Matcher is not used here because figures
live inside tokens ("2.8x", "7B", "65.8%") and across them ("1.2-billion-parameter"); one regex over
the text is both simpler and several times cheaper than re-tokenizing per token.

The spaCy component `sciclaims_quantities` (this module) hands the figures of every sentence to
`extractor.claims`, which decides which are claims, and stores the result as `doc._.sc_quantities`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .lexicons import Unit, load_not_figures, load_number_words, load_qualifiers, load_units
from .models import FoundQuantity

SCALE_LETTERS = {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "bn": 1e9, "T": 1e12}

for _name in ("sc_quantities", "sc_mentions", "sc_title_end"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass(slots=True)
class Figure:
    """A figure while it is being built; becomes a `FoundQuantity` at the end."""

    start: int  # span in doc text, qualifier included
    end: int
    num_start: int  # where the number itself begins (after a qualifier or prefix unit)
    value: float | None
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    from_value: float | None = None
    qualifier: str | None = None
    rule: str = "q:number"
    sign: str = ""
    scaled: bool = False  # a scale word or letter was applied ("7B", "1.2 billion")
    integer: bool = False  # written as a whole number without decimals
    word: bool = False  # written in words ("five", "twice")
    direction: str | None = None  # a verb-like multiplier says it ("halves", "doubles")
    compound: str | None = None  # "four-level": the noun of an N-noun compound
    group: int = -1  # list id: figures joined by commas/and share it
    respectively: bool = False
    extra: dict = field(default_factory=dict)

    def to_found(self) -> FoundQuantity:
        return FoundQuantity(
            start=self.start,
            end=self.end,
            value=self.value,
            low=self.low,
            high=self.high,
            from_value=self.from_value,
            unit=self.unit,
            qualifier=self.qualifier,
            rule=self.rule,
        )


# --- the regex, built once from the rule files --------------------------------------------


def _alternation(surfaces: list[str], boundary: bool = True) -> str:
    parts = []
    for surface in sorted(set(surfaces), key=len, reverse=True):
        piece = regex.escape(surface).replace(r"\ ", r"\s+")
        if boundary and surface[-1].isalnum():
            piece += r"(?![A-Za-z0-9])"
        parts.append(piece)
    return "|".join(parts)


def _units_by_join(join: str) -> str:
    """Alternation of the units joined this way, longest first across both case modes."""
    units = sorted({(u.surface, u.exact) for u in load_units() if u.join == join}, key=lambda u: len(u[0]), reverse=True)
    parts = [_alternation([surface]) if exact else f"(?i:{_alternation([surface])})" for surface, exact in units]
    return "|".join(parts) or "(?!)"


@cache
def _lexicon() -> dict:
    """Lookups the per-atom Python needs, keyed as the regex reports them."""
    units: dict[str, Unit] = {}
    prefix: dict[str, Unit] = {}
    for u in load_units():
        table = prefix if u.join == "prefix" else units
        table.setdefault(u.surface if u.exact else u.surface.casefold(), u)
    words = {w.word: w for w in load_number_words()}
    qualifiers_before = {p: q for p, q, pos in load_qualifiers() if pos == "before"}
    qualifiers_after = {p: q for p, q, pos in load_qualifiers() if pos == "after"}
    return {"units": units, "prefix": prefix, "words": words, "qb": qualifiers_before, "qa": qualifiers_after}


def _unit(surface: str) -> Unit | None:
    units = _lexicon()["units"]
    return units.get(surface) or units.get(surface.casefold()) or units.get(regex.sub(r"\s+", " ", surface.casefold()))


@cache
def atom_pattern() -> regex.Pattern:
    """The one regex: a number (digits, scientific, fraction or words), its scale and its unit."""
    words = load_number_words()
    small = [w.word for w in words if w.kind == "cardinal" and w.value < 20 and " " not in w.word]
    tens = [w.word for w in words if w.kind == "cardinal" and w.value >= 20 and w.value % 10 == 0]
    scales = [w.word for w in words if w.kind == "scale"]
    standalone = [w.word for w in words if w.kind in ("fraction", "multiplier") or " " in w.word]
    ordinals = [w.word for w in words if w.kind == "ordinal"]
    card = f"(?:{'|'.join(tens)})(?:[\\s-](?:{'|'.join(small)}))?|{'|'.join(small)}|dozen"
    word_number = (
        rf"(?P<wstand>{_alternation(standalone)})"
        rf"|(?P<word>(?:{card})(?:[\s-](?:{'|'.join(scales)}))*)(?![\w])"
    )
    digits = r"(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:\.\d+)?|\.\d+"
    exponent = r"[\^ˆ]\s?\{?\s?(?P<exp>[-+]?\d+)\s?\}?"
    number = (
        rf"(?P<mant>\d+(?:\.\d+)?)\s?[×x·*]\s?10\s?{exponent}"
        rf"|10\s?{exponent.replace('exp', 'exp2')}"
        r"|(?P<sci>\d+(?:\.\d+)?[eE][-+]?\d+)"
        r"|(?P<fn>\d+)/(?P<fd>\d+)(?![/\d])"
        r"|(?P<colon>\d+:\d+)(?=\s?\\?%)"
        rf"|(?P<plain>{digits})"
    )
    scale_words = _alternation([w.word for w in words if w.kind == "scale" and w.value >= 1000])
    scale = rf"(?:(?P<sl>bn|[kKMBT])(?![A-Za-z0-9])|[\s-](?P<sw>(?i:{scale_words})))"
    unit = (
        rf"(?:(?P<ut>{_units_by_join('tight')})"
        rf"|[ \-]?(?P<ua>{_units_by_join('any')})"
        rf"|[ \-](?P<us>{_units_by_join('spaced')})"
        rf"|-(?P<uh>{_units_by_join('hyphen')}))"
    )
    spread = r"(?:\s?(?:±|\+/-|\+-)\s?\d+(?:\.\d+)?)"
    ordinal = (
        rf"(?P<ord>\d+(?:st|nd|rd|th)|(?i:{'|'.join(ordinals)}))(?=\s?(?i:place|position|rank|spot)\b)"
        rf"|(?<=\b(?i:rank(?:ed|s|ing)?)\s)(?P<ord2>(?i:{'|'.join(ordinals)}))\b"
    )
    body = (
        rf"(?:(?<=Delta|delta|Δ|∆)|(?<![\w.\\^ˆ/@#:×]))(?:{ordinal}"
        rf"|(?P<sign>[+\-](?=\.?\d))?(?:{number}){spread}?{scale}?{unit}?{spread}?(?![A-Za-z0-9_]|[.,:]\d|\s?×\s?\d)"
        rf"|(?i:(?<![\w-])(?:{word_number})){scale}?{unit}?(?![A-Za-z0-9_]))"
    )
    return regex.compile(body)


@cache
def _lookback_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    lex = _lexicon()
    qualifier = regex.compile(rf"(?:^|(?<=[^\w]))(?P<q>(?i:{_alternation(list(lex['qb']))}))\s*$")
    prefix = regex.compile(rf"(?P<p>{_alternation(list(lex['prefix']))})\s?$", regex.IGNORECASE)
    words_after = [p for p in lex["qa"] if p[:1].isalpha()]
    after = regex.compile(rf"(?:\s(?P<qa>(?i:{_alternation(words_after)}))|(?P<plus>\+)(?![\w+\d]))")
    return qualifier, prefix, after


_PREV_WORD = regex.compile(r"(\S+)\s+$")
_NEXT_WORD = regex.compile(r"^\s*([A-Za-z][\w./-]*)")
_LETTER = regex.compile(r"[A-Za-z]")
_DELTA = ("Delta", "delta", "Δ", "∆")
_COUNT_STOP = frozenset(
    "and or of to in on for the a an by with at from than as is are was were be that this these which while "
    "but vs vs. versus times fold".split()
)
_CITATION_TAIL = regex.compile(r"[\d,\s\-–]*\]")
_YEAR_NOUN = regex.compile(r"^\s+[a-z]+s\b")


def _parse_number(m: regex.Match) -> tuple[float, bool]:
    """(value, written as an integer) for the numeric alternatives of the atom regex."""
    if (plain := m.group("plain")) is not None:
        text = plain.replace(",", "")
        return float(text), "." not in text
    if m.group("mant") is not None:
        return float(m.group("mant")) * 10 ** int(m.group("exp")), False
    if m.group("exp2") is not None:
        return 10.0 ** int(m.group("exp2")), False
    if (sci := m.group("sci")) is not None:
        return float(sci), False
    if m.group("fn") is not None:
        denominator = float(m.group("fd"))
        return (float(m.group("fn")) / denominator if denominator else 0.0), False
    whole, decimals = m.group("colon").split(":")
    return float(f"{whole}.{decimals}"), False


def _word_value(text: str) -> float | None:
    """Value of a written cardinal: "twenty-five" 25, "two hundred thousand" 200000."""
    words = _lexicon()["words"]
    total, current = 0.0, 0.0
    for part in regex.split(r"[\s-]+", text.casefold()):
        entry = words.get(part)
        if entry is None:
            return None
        if entry.kind == "scale":
            current = (current or 1.0) * entry.value
            if entry.value >= 1000:
                total, current = total + current, 0.0
        else:
            current += entry.value
    return total + current


def _token_prefix(text: str, start: int) -> str:
    k = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start))
    return text[k + 1 : start]


def _is_identifier(prefix: str) -> bool:
    """Digits inside a name: "Llama-3", "ResNet-50", "ImageNet-1k", "pass@1", a URL."""
    return bool(prefix) and _LETTER.search(prefix) is not None and prefix not in ("US$",)


def _skip_reason(text: str, seg_start: int, fig: Figure, m: regex.Match) -> str | None:
    """Why a numeric atom is not a figure, or None when it is one."""
    start, end = fig.num_start, fig.end
    prefix = _token_prefix(text, fig.start)
    if prefix.endswith(_DELTA) and not _is_identifier(prefix[: -len(next(d for d in _DELTA if prefix.endswith(d)))]):
        fig.sign = "Δ"  # "(Delta11%)", "Δ3.4%": a change
    elif _is_identifier(prefix):
        return "identifier"
    before = text[max(seg_start, start - 40) : start]
    after = text[end : end + 30]
    has_unit = fig.unit is not None
    prev = _PREV_WORD.search(before)
    prev_word = prev.group(1) if prev else ""
    not_figures = load_not_figures()
    if prev_word and not has_unit:
        reason = not_figures["before"].get(prev_word.casefold())
        if reason:
            return reason
    nxt = _NEXT_WORD.match(after)
    if nxt and not has_unit and not_figures["after"].get(nxt.group(1).casefold()):
        return "date"
    # enumeration markers "(1)", "1)" and citations "[12]", "[3, 4]"
    if not has_unit and fig.integer:
        token = before[max(before.rfind(" "), before.rfind("\n")) + 1 :]
        if after[:1] == ")" and (token == "(" or "(" not in token) and fig.value is not None and fig.value < 30:
            return "enumeration"
        if "[" in before[-12:] and "]" not in before[before.rfind("[") :] and _CITATION_TAIL.match(text, end):
            return "citation"
        if fig.value is not None and 1900 <= fig.value <= 2039 and not fig.scaled and not _YEAR_NOUN.match(after):
            return "year"
    # a version or name digit: "SQuAD 2.0", "Llama 3", "LlaMA 7B", "GPT 4"
    if prev_word and (not has_unit or (fig.scaled and fig.unit is None)) and not fig.word:
        if _name_like(prev_word) and not _is_metric_word(prev_word):
            at_sentence_start = before[: len(before) - len(prev.group(0))].strip() == ""
            if not (at_sentence_start and prev_word[1:].islower()):
                return "name"
    return None


def _name_like(word: str) -> bool:
    """A token that names something: "SQuAD", "Llama", "GPT-4", "LlaMA" (not "the", not "of")."""
    if not word[:1].isalnum() or not word[-1:].isalnum():
        return False
    return word[:1].isupper() or any(c.isdigit() for c in word) or any(c.isupper() for c in word[1:])


@cache
def _metric_words() -> frozenset[str]:
    from .lexicons import load_metrics

    return frozenset(v.casefold() for m in load_metrics() for v in m.variants)


def _is_metric_word(word: str) -> bool:
    return word.casefold() in _metric_words()


def _build(text: str, seg_start: int, m: regex.Match) -> tuple[Figure | None, str | None]:
    """One regex hit -> a Figure, or (None, reason) when the digits are not a figure."""
    lex = _lexicon()
    start, end = m.start(), m.end()
    if m.group("ord") is not None or m.group("ord2") is not None:
        surface = (m.group("ord") or m.group("ord2")).casefold()
        entry = lex["words"].get(surface)
        value = entry.value if entry else float(regex.match(r"\d+", surface).group())
        return Figure(start, end, start, value, unit="count", rule="q:ordinal", integer=True), None
    fig = Figure(start, end, start, None)
    scale = 1.0
    if m.group("wstand") is not None:
        entry = lex["words"][regex.sub(r"\s+", " ", m.group("wstand").casefold())]
        fig.value, fig.word = entry.value, True
        if entry.kind == "multiplier":
            fig.unit, fig.direction, fig.rule = "x", entry.direction, "q:multiplier_word"
        else:
            fig.rule = "q:fraction_word"
    elif m.group("word") is not None:
        surface = m.group("word")
        if surface.casefold() == "one" and not (m.group("ua") or m.group("us") or m.group("uh") or m.group("sw")):
            return None, "pronoun"
        fig.value, fig.word, fig.integer, fig.rule = _word_value(surface), True, True, "q:number_word"
        if fig.value is None:
            return None, "word"
    else:
        fig.value, fig.integer = _parse_number(m)
        if m.group("fn") is not None:
            fig.rule = "q:fraction"
        elif m.group("mant") is not None or m.group("exp2") is not None or m.group("sci") is not None:
            fig.rule = "q:scientific"
        if m.group("sign"):
            fig.sign = m.group("sign")
            fig.num_start = start + 1
            fig.start = start
            if fig.sign == "-":
                fig.value = -fig.value
    if (sl := m.group("sl")) is not None:
        scale, fig.scaled, fig.integer = SCALE_LETTERS[sl], True, False
    elif (sw := m.group("sw")) is not None:
        scale, fig.scaled, fig.integer = lex["words"][sw.casefold()].value, True, False
    if fig.scaled:
        fig.extra["scale"] = scale
    unit_surface = m.group("ut") or m.group("ua") or m.group("us") or m.group("uh")
    if unit_surface is not None:
        unit = _unit(unit_surface)
        if unit is None or unit.unit == "-":
            return None, "format"
        fig.unit = unit.unit
        if unit.scale is None:
            fig.value = 10.0 ** fig.value
        else:
            scale *= unit.scale
        fig.integer = fig.integer and unit.unit not in ("x",)
    if scale != 1.0 and fig.value is not None:
        fig.value = _round(fig.value * scale)
    fig.extra["unit_surface"] = unit_surface
    # look back: a prefix unit ("$10", "a factor of 3") and a qualifier ("up to", "~")
    qualifier_re, prefix_re, after_re = _lookback_patterns()
    lo = max(seg_start, start - 40)
    if fig.unit is None and (p := prefix_re.search(text, lo, start)):
        unit = lex["prefix"].get(p.group("p")) or lex["prefix"].get(p.group("p").casefold())
        if unit is not None and not (p.group("p") == "$" and text[end : end + 1] == "$"):
            fig.unit, fig.start = unit.unit, p.start()
            fig.integer = False
    if (q := qualifier_re.search(text, lo, fig.start)) is not None:
        fig.qualifier = lex["qb"][regex.sub(r"\s+", " ", q.group("q").casefold())]
        fig.start = q.start("q")
    if (a := after_re.match(text, end, min(len(text), end + 12))) is not None:
        if a.group("qa"):
            fig.qualifier = fig.qualifier or lex["qa"][regex.sub(r"\s+", " ", a.group("qa").casefold())]
        elif fig.integer and fig.unit is None:
            fig.qualifier = fig.qualifier or "over"
        fig.end = a.end()
    reason = _skip_reason(text, seg_start, fig, m)
    if reason is not None:
        return None, reason
    if fig.unit is None:
        _infer_unit(text, fig)
    return fig, None


def _round(value: float) -> float:
    """Undo float noise from scaling: 1.2 * 1e9 is 1200000000.0000002."""
    return float(f"{value:.12g}")


_COMPOUND = regex.compile(r"^-([A-Za-z][A-Za-z]+)")
_MODEL_NOUN = regex.compile(r"^[\s-]*(?:-?parameter\w*\s+)?(?:\w+[\s-]+)?(?:models?|LLMs?|LMs?|variants?|versions?|checkpoints?|networks?|transformers?)\b", regex.IGNORECASE)
_UNIT_LIKE = regex.compile(r"^\s?([A-Za-zµμ°Å][A-Za-z]{0,3}(?:/[A-Za-z]{1,4}|\^?[23²³]))(?![\w/])")


def _infer_unit(text: str, fig: Figure) -> None:
    """Counts, model sizes and (rarely, via quantulum3) units the rule files do not know."""
    after = text[fig.end : fig.end + 40]
    if fig.scaled:
        fig.unit = "params" if fig.value and fig.value >= 1e8 and _MODEL_NOUN.match(after) else "count"
        return
    if c := _COMPOUND.match(after):
        fig.compound = c.group(1).casefold()
        if fig.integer:
            fig.unit = "count"
        return
    if (u := _UNIT_LIKE.match(after)) is not None:
        unit = _quantulum_unit(u.group(1))
        if unit:
            fig.unit, fig.end, fig.rule = unit, fig.end + u.end(), "q:quantulum3"
            return
    if fig.integer:
        nxt = _NEXT_WORD.match(after)
        if nxt and nxt.group(1).casefold() not in _COUNT_STOP and after[:1] == " ":
            fig.unit = "count"


@cache
def _quantulum_unit(surface: str) -> str | None:
    """A unit our rules do not know, named by quantulum3 (imported only when first needed)."""
    try:
        from quantulum3 import parser
    except ImportError:  # pragma: no cover - quantulum3 is a declared dependency
        return None
    try:
        found = parser.parse(f"2 {surface}")
    except Exception:  # quantulum3 raises on odd input; an unknown unit is the answer then
        return None
    for q in found:
        if q.unit and q.unit.name not in ("dimensionless", "") and q.surface.strip() != "2":
            return surface
    return None


# --- joining atoms: ranges, changes, lists -----------------------------------------------------

_RANGE_GAP = regex.compile(r"^\s*(?:-|–|—|~|to|and|→|->)\s*$")
_LIST_GAP = regex.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$")
_BEFORE_RANGE = regex.compile(r"(?i)\b(?P<w>between|from)\s*$")
_RANGING = regex.compile(r"(?i)\b(?:rang\w*|vary\w*|varies|varied|spanning|spans?)\s+$")
_RESPECTIVELY = regex.compile(r"[\s,]*(?:\([^)]*\)\s*)?,?\s*respectively", regex.IGNORECASE)


def _join(text: str, seg_start: int, figs: list[Figure]) -> list[Figure]:
    """Merge "A-B", "from A to B", "between A and B"; mark list groups and spread their unit."""
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        if i + 1 < len(figs):
            b = figs[i + 1]
            gap = text[a.end : b.start]
            if b.sign == "-" and gap == "":
                gap, b_value = "-", -b.value if b.value is not None else None
            else:
                b_value = b.value
            if _RANGE_GAP.match(gap) and (a.unit is None or a.unit == b.unit) and a.value is not None and b_value is not None:
                lead = _BEFORE_RANGE.search(text, max(seg_start, a.start - 12), a.start)
                word = lead.group("w").casefold() if lead else ""
                connective = gap.strip()
                if connective != "and" or word == "between":
                    value_a = _scaled_like(a, b)
                    merged = Figure(a.start, b.end, a.num_start, None, unit=b.unit, qualifier=a.qualifier or b.qualifier)
                    merged.scaled, merged.word, merged.direction = b.scaled, b.word, b.direction
                    merged.extra = b.extra
                    arrow = connective in ("→", "->")
                    if (word == "from" or arrow) and not _RANGING.search(text, max(seg_start, a.start - 30), lead.start() if lead else a.start):
                        merged.value, merged.from_value, merged.rule = b_value, value_a, "q:from_to"
                    else:
                        merged.low, merged.high, merged.rule = value_a, b_value, "q:range"
                        if merged.low > merged.high and connective in ("-", "–", "—"):
                            merged.low, merged.high = merged.high, merged.low
                    if lead is not None and word:
                        merged.start = lead.start("w") if word == "between" else merged.start
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    # lists: "4.2, 3.1 and 2.0 points" share the last member's unit
    group = 0
    for k, fig in enumerate(out):
        if k and _LIST_GAP.match(text[out[k - 1].end : fig.start]):
            fig.group = out[k - 1].group
        else:
            group += 1
            fig.group = group
    k = 0
    while k < len(out):
        j = k
        while j + 1 < len(out) and out[j + 1].group == out[k].group:
            j += 1
        if j > k:
            last = out[j]
            respectively = bool(_RESPECTIVELY.match(text, last.end))
            for fig in out[k : j + 1]:
                fig.respectively = respectively
                if fig is not last and fig.unit == "percent" and last.unit == "pp":
                    fig.unit = "pp"  # "by 2.8% and 3.2% absolute points"
                if fig is last or fig.unit is not None or fig.rule != "q:number" or last.unit in (None, "count"):
                    continue
                fig.unit = last.unit
                if last.scaled and not fig.scaled and last.extra.get("scale"):
                    fig.value = _round(fig.value * last.extra["scale"])
        k = j + 1
    return out


def _scaled_like(a: Figure, b: Figure) -> float | None:
    """"1-2B": the first figure takes the second's scale when it has none of its own."""
    if a.value is None:
        return None
    if b.scaled and not a.scaled and b.extra.get("scale") and a.unit is None:
        return _round(a.value * b.extra["scale"])
    return a.value


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in text[start:end] (one sentence, normally), in order."""
    end = len(text) if end is None else end
    figs = []
    for m in atom_pattern().finditer(text, start, end):
        fig, _reason = _build(text, start, m)
        if fig is not None:
            figs.append(fig)
    return _join(text, start, figs) if len(figs) > 1 else figs


def segments(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans, split where the title ends so no window reaches across it."""
    title_end = doc._.sc_title_end if Doc.has_extension("sc_title_end") else None
    spans = []
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        if title_end is not None and s < title_end < e:
            spans.append((s, title_end))
            spans.append((title_end, e))
        else:
            spans.append((s, e))
    return spans


@Language.factory("sciclaims_quantities")
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    return QuantitiesComponent()


class QuantitiesComponent:
    """Sets `doc._.sc_quantities`: every figure of every sentence, with `claim` set on the claims."""

    def __init__(self) -> None:
        from . import claims

        self._claims = claims
        atom_pattern()
        _lookback_patterns()
        claims.warm_up()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        pattern = atom_pattern()
        hits = list(pattern.finditer(text))
        if not hits:
            doc._.sc_quantities = []
            return doc
        spans = segments(doc)
        starts = [s for s, _ in spans]
        by_segment: dict[int, list[regex.Match]] = {}
        for m in hits:
            i = bisect_right(starts, m.start()) - 1
            if i >= 0 and m.end() <= spans[i][1]:
                by_segment.setdefault(i, []).append(m)
        found: list[FoundQuantity] = []
        context = self._claims.DocContext(doc, spans)
        for i in sorted(by_segment):
            seg_start, seg_end = spans[i]
            figs = [f for m in by_segment[i] if (f := _build(text, seg_start, m)[0]) is not None]
            if len(figs) > 1:
                figs = _join(text, seg_start, figs)
            if figs:
                prev_start = spans[i - 1][0] if i else None
                found.extend(self._claims.attach(context, seg_start, seg_end, figs, prev_start))
        doc._.sc_quantities = found
        return doc
