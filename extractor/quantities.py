"""The quantities layer: every figure in a sentence, found and normalized.

One compiled regex (built from `rules/units.tsv` and `rules/number_words.tsv`) is tried where a
figure can start: at digit runs, and at the tokens a lexeme flag marks as number words. Each hit is
an atom (a number with its scale and unit). A little Python per atom then drops digits that belong
to names, references, dates and enumerations, looks back for a qualifier, and joins neighbouring
atoms into ranges ("15-30%"), changes ("from 97.35% to 98.23%") and lists ("25.48%, 21.69%, and
33.28% respectively"). spaCy's Matcher is not used for figures because they live inside tokens
("2.8x", "7B", "65.8%") and across them ("1.2-billion-parameter"), where a regex over the text is
both simpler and cheaper than token patterns.

The spaCy component `sciclaims_quantities` (this module) hands the figures of every sentence to
`extractor.claims`, which decides which are claims, and stores the result as `doc._.sc_quantities`.
Sentences without a candidate token cost one array read: their text is never rebuilt.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache

import regex
from spacy.attrs import IDX, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .abbreviations import doc_text
from .lexicons import Unit, cue_of, load_claim_words, load_common_words, load_not_figures, load_number_words, load_qualifiers, load_unit_conversions, load_units
from .models import FoundQuantity, construct
from .text import ext_key, free_flag as _free_flag, sentence_starts, token_array, token_offsets

SCALE_LETTERS = {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "bn": 1e9, "T": 1e12, "b": 1e9, "m": 1e6}  # b, m: only before "parameters"


def _compile(pattern: str, flags: int = 0):
    """The stdlib `re` where it can compile the pattern (faster on these short, anchored scans),
    else the `regex` module."""
    try:
        return re.compile(pattern, flags)
    except re.error:
        return regex.compile(pattern, flags)

for _name in ("sc_quantities", "sc_mentions", "sc_title_end"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_EXT_QUANTITIES, _EXT_TITLE_END = (ext_key(name) for name in ("sc_quantities", "sc_title_end"))


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
        # built from fields this module already normalized: skip pydantic's validation pass
        return construct(
            FoundQuantity,
            {
                "value": self.value,
                "low": self.low,
                "high": self.high,
                "from_value": self.from_value,
                "unit": self.unit,
                "qualifier": self.qualifier,
                "start": self.start,
                "end": self.end,
                "rule": self.rule,
                "claim": None,
            },
        )




# --- the regex, built once from the rule files --------------------------------------------


def _alternation(surfaces: list[str], boundary: bool = True) -> str:
    parts = []
    for surface in sorted(set(surfaces), key=len, reverse=True):
        piece = regex.escape(surface).replace(r"\ ", r"\s+")
        if boundary and surface[-1].isalnum():
            piece += r"(?![^\W_])"
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
    return units.get(surface) or units.get(surface.casefold()) or units.get(" ".join(surface.casefold().split()))


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
    scale = (rf"(?:(?P<sl>bn|[kKMBT]|[bm](?=[\s-]+(?i:parameters?|params)\b))(?![A-Za-z0-9])|[\s-](?P<sw>(?i:{scale_words}))"
             # "only 1.81 M parameters": a scale letter written apart, before what it counts
             r"|\s(?P<sl>[KMB])(?=\s+(?i:parameters?|params|tokens?)\b))")
    unit = (
        rf"(?:(?:(?P<ut>{_units_by_join('tight')})"
        rf"|[ \-]?(?P<ua>{_units_by_join('any')})"
        rf"|[ \-](?P<us>{_units_by_join('spaced')})"
        rf"|\s(?P<uw>{_units_by_join('space')})"
        rf"|-(?P<uh>{_units_by_join('hyphen')}))"
        # "2.54 h-mIoU", "two K-VQA benchmarks", "0.91 s-BLEU": a unit that ends in a letter, joined by a hyphen
        # to a capitalised word, is the first letter of a name ("dB-Hz" is a unit of its own; "19%-AI" a dash)
        r"(?!(?<=[^\W\d_])-(?!Hz\b)\p{Ll}*\p{Lu}))"
    )
    # "72.34% ± 4.66%", "0.7781 plus or minus 0.0365": a spread belongs to its figure, never a figure of its own
    # (also bracketed, "0.97 (±0.013)", and as a LaTeX subscript, "$43.5_{\pm1.6}\%$", which the text layer reads "43.5_±1.6%")
    spread = (r"(?:(?:\s?(?:±|\+/-|\+-)\s?|\s(?i:plus\s+or\s+minus|plus/minus)\s)\d+(?:\.\d+)?"
              r"|\s?\(\s?(?:±|\+/-)\s?\d+(?:\.\d+)?\s?%?\)|_\{?±\d+(?:\.\d+)?\}?)")
    ordinal = (
        rf"(?P<ord>\d+(?:st|nd|rd|th)|(?i:{'|'.join(ordinals)}))(?=\s?(?i:place|position|rank|spot)\b)"
        rf"|(?<=\b(?i:rank(?:ed|s|ing)?|placed|placing|finished)\s)(?P<ord2>\d+(?:st|nd|rd|th)?(?![\w.,%]|\s?%)|(?i:{'|'.join(ordinals)}))\b"
    )
    body = (
        rf"(?:(?<=Delta|delta|Δ|∆|(?<![A-Za-z])sim)|(?<=\d\\?%/|\d[kKMBT]/|\d\.\d+/|\bvs\.)|(?<![\w.\\^ˆ/@#:×]))(?:{ordinal}"
        rf"|(?P<xpre>[x×](?=\d))?(?P<sign>[+\-](?=\.?\d))?(?:{number}){spread}?{scale}?{unit}?{spread}?(?!(?!sim\d)[A-Za-z0-9_&]|[.,:]\d|\s?×\s?\d)"
        rf"|(?i:(?<![\w-])(?:{word_number})){scale}?{unit}?(?![A-Za-z0-9_]))"
    )
    return regex.compile(body)


@cache
def _atom_groups() -> tuple[str, ...]:
    """The atom regex's group names in group order: every group is named, so zipped with
    `Match.groups()` they make its `groupdict()`."""
    pattern = atom_pattern()
    names = {index: name for name, index in pattern.groupindex.items()}
    assert sorted(names) == list(range(1, pattern.groups + 1)), "an unnamed group in the atom regex"
    return tuple(names[i] for i in range(1, pattern.groups + 1))


def _qualifier_regex(phrases: list[str]) -> regex.Pattern:
    # searched backwards from the figure: the engine starts at the end instead of trying every position
    return regex.compile(rf"(?:^|(?<=[^\w]))(?P<q>(?i:{_alternation(phrases)}))\s*$", regex.REVERSE)


@cache
def _lookback_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    lex = _lexicon()
    qualifier = _qualifier_regex(list(lex["qb"]))
    prefix = regex.compile(rf"(?P<p>{_alternation(list(lex['prefix']))})\s?$", regex.IGNORECASE | regex.REVERSE)
    words_after = [p for p in lex["qa"] if p[:1].isalpha()]
    after = regex.compile(rf"(?:\s(?P<qa>(?i:{_alternation(words_after)}))|(?P<plus>\+)(?![\w+\d]))")
    return qualifier, prefix, after


@lru_cache(maxsize=4096)
def _qualifier_lookback(last_word: str) -> regex.Pattern | None:
    """The qualifier look-back regex for a figure whose text before it ends with `last_word` (case-folded, cut at
    the last space), with only the phrases that can end there: one whose last word ends `last_word` ("of": "a
    maximum of", "in excess of"). Trying all of them costs ~10 µs a figure; None when no phrase can end there.
    The cut holds for a plain ASCII word (`casefold` and the regex's (?i) agree, no other whitespace splits it);
    any other word gets the whole regex."""
    if not last_word.isascii() or len(last_word.split()) != 1:
        return _lookback_patterns()[0]
    ends = _qualifier_ends()
    if not last_word.endswith(tuple(ends)):
        return None
    return _qualifier_subset(tuple(p for end, phrases in ends.items() if last_word.endswith(end) for p in phrases))


@cache
def _qualifier_ends() -> dict[str, list[str]]:
    """Last word (case-folded) -> the qualifier phrases ending with it."""
    ends: dict[str, list[str]] = {}
    for phrase in _lexicon()["qb"]:
        ends.setdefault(phrase.split()[-1].casefold(), []).append(phrase)
    return ends


@cache
def _qualifier_subset(phrases: tuple[str, ...]) -> regex.Pattern:
    return _qualifier_regex(list(phrases))


@cache
def _lookback_ends() -> dict[str, frozenset[str]]:
    """Last words and characters that can end a qualifier or a prefix unit: the cheap test that
    decides whether the look-back regexes run at all."""
    lex = _lexicon()
    out: dict[str, set[str]] = {"qualifier_words": set(), "qualifier_chars": set(), "prefix_words": set(), "prefix_chars": set()}
    for kind, phrases in (("qualifier", lex["qb"]), ("prefix", lex["prefix"])):
        for phrase in phrases:
            last = phrase.split()[-1].casefold()
            if last[-1].isalpha():
                out[f"{kind}_words"].add(last)
            else:
                out[f"{kind}_chars"].add(last[-1])
                out[f"{kind}_words"].add(last)
    return {k: frozenset(v) for k, v in out.items()}


_NEXT_WORD = _compile(r"^\s*([A-Za-z][\w./-]*)")
_LETTER = _compile(r"[A-Za-z]")
_DELTA = ("Delta", "delta", "Δ", "∆")
_COUNT_STOP = frozenset(
    "and or of to in on for the a an by with at from than as is are was were be that this these which while "
    "but vs vs. versus times fold".split()
)
_CITATION_TAIL = _compile(r"[\d,\s\-–]*\]")
_DECADE = _compile(r"\d{3}0s")
_SHORT_DECADE = _compile(r"\d0s")
_YEAR_NOUN = _compile(r"^\s+[a-z]+s\b")


def _parse_number(g: dict) -> tuple[float, bool]:
    """(value, written as an integer) for the numeric alternatives of the atom regex (`g`: the
    match's `groupdict()`)."""
    if (plain := g["plain"]) is not None:
        text = plain.replace(",", "")
        return float(text), "." not in text
    if g["mant"] is not None:
        value = float(g["mant"]) * 10 ** int(g["exp"])
        return value, value.is_integer()
    if g["exp2"] is not None:
        value = 10.0 ** int(g["exp2"])
        return value, value.is_integer()
    if (sci := g["sci"]) is not None:
        return float(sci), False
    if g["fn"] is not None:
        denominator = float(g["fd"])
        return (float(g["fn"]) / denominator if denominator else 0.0), False
    whole, decimals = g["colon"].split(":")
    return float(f"{whole}.{decimals}"), False


_WORD_SPLIT = _compile(r"[\s-]+")


def _word_value(text: str) -> float | None:
    """Value of a written cardinal: "twenty-five" 25, "two hundred thousand" 200000."""
    words = _lexicon()["words"]
    total, current = 0.0, 0.0
    for part in _WORD_SPLIT.split(text.casefold()):
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
    # a newline only counts after the last space: look for it there, not back to the text's start
    k = text.rfind(" ", 0, start)
    if (nl := text.rfind("\n", k + 1, start)) != -1:
        k = nl
    return text[k + 1 : start]


_FACTOR_DASH = _compile(r"[+~]?\d[\d.,]*(?:[x×]|times)\s?[-–—~]\s?")
_SIZE_DASH = _compile(r"\(?\d[\d.]*[KMBT]\s?(?:--|[-–—~])")  # "1B-7B", "3B--7B", "270M–1B": the second end of a range of sizes


# "(Cohen's d=1.28", "r=0.87", "(F1=0.700)", "AUROC=0.78": a name glued to "=" gives the value after it, read as
# "F1 = 0.700" is (the claims layer decides what it is)
_ASSIGN = _compile(r"[(\[]?[^\W\d_][\w@.'-]*=")
_SLASH_PAIR_PREFIX = _compile(r"\d\.\d+/$")  # "92.02/": the first of a pair of scores written with a slash
_SCALE_TOP = _compile(r"(?:1|5|7|10|100)\.0+")  # "/5.0": the top of a rating scale
_VERSION_DASH = _compile(r"\d+(?:\.\d+)?[KMBT]?-")  # "3.1-" of "LLaMA 3.1-8B", "9B-" of "Gemma 9B-2B"
# "340M/1.3B parameters", "(vs.62.61%": a figure glued to the one before it or to "vs.", not to a name
_FIGURE_GLUE = _compile(r"(?:[+~]?\d[\d.,]*[kKMBT]/)+|\(?vs\.")


def _is_identifier(prefix: str) -> bool:
    """Digits inside a name: "Llama-3", "ResNet-50", "ImageNet-1k", "pass@1", a URL; not the
    second end of a range of factors ("2.7x-4.0x")."""
    return (bool(prefix) and _LETTER.search(prefix) is not None and prefix not in ("US$",)
            and not _FACTOR_DASH.fullmatch(prefix) and not _FIGURE_GLUE.fullmatch(prefix) and not _ASSIGN.fullmatch(prefix)
            and not _SIZE_DASH.fullmatch(prefix))


def _skip_reason(text: str, seg_start: int, fig: Figure) -> str | None:
    """Why a numeric atom is not a figure, or None when it is one."""
    start, end = fig.num_start, fig.end
    prefix = _token_prefix(text, fig.start)
    if prefix.endswith(_DELTA) and not _is_identifier(prefix[: -len(next(d for d in _DELTA if prefix.endswith(d)))]):
        fig.sign = "Δ"  # "(Delta11%)", "Δ3.4%": a change
    elif _is_identifier(prefix) and not _SIM_PREFIX.fullmatch(prefix) and not (
            prefix.endswith("(") and fig.unit is not None and prefix[:-1].isalpha()):  # "pathways(29.9%": a lost space
        return "identifier"
    elif _SLASH_PAIR_PREFIX.search(prefix) and (fig.integer or _SCALE_TOP.fullmatch(text, fig.num_start, fig.end)):
        return "scale"  # "4.57/5.0", "87.27/100 points": the top of the scale a score is read on, no figure of its own
    elif _SLASH_PAIR_PREFIX.fullmatch(prefix) and _name_like(w := _word_before(text, seg_start, fig.start - len(prefix))) and not _is_metric_word(w):
        return "name"  # "SQuAD 1.1/2.0": the second of two versions of a name
    elif prefix.endswith(("_{", "_")):
        return "identifier"  # "$π_{0.5}$", "$x_1$": a LaTeX subscript indexes a name
    elif fig.scaled and fig.unit is None and _VERSION_DASH.fullmatch(prefix) and (
            _name_like(w := _word_before(text, seg_start, fig.start - len(prefix)))
            and not _is_metric_word(w) and w.casefold() not in load_common_words()):
        return "name"  # "LLaMA 3.1-8B", "Qwen 2.5-7B": the size closes the name of a version ("Using 1.5-7B models" is a range)
    before = text[max(seg_start, start - 40) : start]
    after = text[end : end + 30]
    if fig.unit == "s" and fig.integer and fig.value is not None and 1000 <= fig.value <= 2099 and _DECADE.fullmatch(text, start, end) and (
            fig.value % 100 or before.rstrip().casefold().endswith(("the", "early", "late", "mid", "-"))):
        return "date"  # "the 1990s", "1470s-1690s": a decade, not seconds
    if fig.unit == "s" and fig.integer and _SHORT_DECADE.fullmatch(text, start, end) and before.endswith(("'", "’")):
        return "date"  # "in the '80s": a decade
    has_unit = fig.unit is not None
    head, _, prev_word = before.rstrip(" ([").rpartition(" ")
    prev_word = prev_word.lstrip("([")
    if before[-1:] not in (" ", "\n", "(", "["):
        prev_word, head = "", before
    not_figures = load_not_figures()
    # a decimal bracketed right after a word is what the word scored: "the baseline EVA-02 model (0.84878)", "GRPO (43.01)"
    # (not before "by"/"with": "surpasses X (59.4) by +0.7", "surpassing X (77.4) with 7x fewer parameters" read their
    # comparison with X from the verb, past the bracket)
    bracketed_level = (before.endswith("(") and after[:1] == ")" and "." in text[start:end] and "/" not in text[start:end].replace("+/-", "")
                       and not _BY_AFTER_BRACKET.match(after))  # (a decimal: not a rank, "12/43 (21/32)")
    if prev_word and not has_unit:
        reason = not_figures["before"].get(prev_word.casefold())
        if reason and not (reason == "name" and bracketed_level):  # (a reference stays one: "Eq. (3.2)")
            return reason
    # the next-word lookup only matters for a figure without a unit: skip its regex otherwise
    if not has_unit and (nxt := _NEXT_WORD.match(after)) and not_figures["after"].get(nxt.group(1).casefold()):
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
    if (prev_word and (not has_unit or (fig.scaled and fig.unit is None)) and not fig.word and not _SCORE_DIGITS.fullmatch(text, start, end)
            and not (fig.scaled and before.endswith("("))  # "15 LLMs (410M-70B parameters)": a bracket opens the sizes, no name
            and not bracketed_level):
        if _BARE_NUMBER.fullmatch(prev_word):
            # "Llama 3.2 3B" continues a name; "threshold 0.5 (0.40 +/- 0.24)": a number alone names nothing
            word_before = head.rpartition(" ")[2]
            named = bool(word_before) and _name_like(word_before) and not _is_metric_word(word_before)
        else:
            # "ROUGE-1 F 17.2": one capital after a metric names its variant (F, P, R), not a model
            named = _name_like(prev_word) and not _is_metric_word(prev_word) and not (
                len(prev_word) == 1 and _is_metric_word(head.rpartition(" ")[2]))
        if named:
            at_sentence_start = head.strip() == "" and start - 40 < seg_start
            if not (at_sentence_start and prev_word[1:].islower() and _common_word(prev_word)):  # "Around 3.5", not "Qwen 2.5-32B"
                return "name"
    return None


_BY_AFTER_BRACKET = _compile(r"\)\s+(?:by|with)\b")
# "TruFor 0.599", "BERT 0.85": a fraction or three decimals after a name is its score, never a version
_SCORE_DIGITS = _compile(r"0\.\d{2,}|\d+\.\d{3,}")
_BARE_NUMBER = _compile(r"[\d.,]+")


def _word_before(text: str, seg_start: int, at: int) -> str:
    """The word that ends before `at` (brackets opening it dropped): the name a version or size may close."""
    return text[max(seg_start, at - 30) : at].rstrip().rpartition(" ")[2].lstrip("([")


def _common_word(word: str) -> bool:
    """"Around", "Three-fifths": every part an ordinary English word (a plural's singular counts), so no name."""
    common = load_common_words()
    return all(p in common or p[:-1] in common for p in word.casefold().split("-"))


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


_TILDE = regex.compile(r"~|\\sim\b|∼")
_SHARE_OF = regex.compile(r"\s+of\b")
_WITHIN_OF = regex.compile(r"\s+(?:[\w@*-]+\s+)?(?:points?\s+|pts\s+)?of\s")  # "within 4 FID points of the teacher"
_BY_BEFORE = regex.compile(r"\bby\s+(?:(?:nearly|almost|about|approximately|roughly|around|over|more\s+than|up\s+to|at\s+least)\s+)?$")
_HALF_OF_THAT = regex.compile(r"\s+(?:that|those)\s+of\b")
_UNIT_FRACTION_UNITS = frozenset(("params", "FLOPs", "tokens", "MACs"))
_HALF_END = regex.compile(r"(?i)\s*(?:[,.;:)]|$|(?:while|whilst|and|or|but|with|without|in|on|at|for|during|through|via|across|compared|relative|when|to|from|over|as|thanks|per|under)\b)")
_NOT_SHARE_BEFORE = regex.compile(r"(?i)\b(?:the|first|second|latter|former|other|a)\s+$")
_WORD_AFTER = regex.compile(r"[\s-]+[A-Za-z]")
_CROSS_VALIDATION = regex.compile(r"(?i)[\s-]*(?:stratified\s+|nested\s+|repeated\s+|subject[\s-]level\s+)?(?:cross|CV\b|validation|splits?\b)")
_NOUN_AFTER_PLURAL = regex.compile(r"\s*(?:[,.;:)]|(?:from|of|in|with|and|or|as|that|which|are|were|is)\b)")
# a plural multiplier word is a verb ("doubles the throughput") only with a word that says so: a qualifier before
# it ("nearly doubles"), a determiner after it, or a measure within the next words ("doubles convergence speed");
# else it is the plural noun ("KB triples", "RDF triples to text", "doubles tennis")
_VERB_BEFORE_PLURAL = regex.compile(r"(?i)\b(?:nearly|almost|roughly|approximately|about|more\s+than|at\s+most|at\s+least|"
                                    r"effectively|essentially|further|also|than)\s+$")
_OBJECT_AFTER_PLURAL = regex.compile(r"(?i)\s+(?:the|its|their|our|his|her|a|an|this|that|these|those|both|each|every)\b")
_NEXT_WORDS = regex.compile(r"\s+([\w-]+)(?:\s+([\w-]+))?(?:\s+([\w-]+))?")


@cache
def _measure_words() -> frozenset[str]:
    """The last word of every metric surface in rules/metrics.tsv ("speed", "throughput", "accuracy")."""
    return frozenset(v.split()[-1] for v in _metric_words())


def _plural_verb(text: str, start: int, end: int) -> bool:
    """Whether "doubles"/"triples" at start..end is the verb of a change, not a plural noun."""
    if _VERB_BEFORE_PLURAL.search(text, max(0, start - 16), start) or _OBJECT_AFTER_PLURAL.match(text, end):
        return True
    m = _NEXT_WORDS.match(text, end)
    return m is not None and any(w is not None and w.casefold() in _measure_words() for w in m.groups())


def _words_alternation(role: str) -> str:
    """A regex alternation of the words of a rules/claim_words.tsv role, longest first."""
    return "|".join(sorted(map(regex.escape, load_claim_words()[role].words), key=len, reverse=True))


@cache
def _field_words() -> regex.Pattern:
    return _compile(r"(?i)(?<!\w)(?:%s)(?!\w)" % _words_alternation("field_word"))


def _speaks_of_mri(text: str) -> bool:
    """Whether a document with a "NT" figure speaks of MRI (rules/claim_words.tsv `field_word`): the paper,
    not the sentence, as "Restricting the model to 1.5T increased the 1.5T NMSE" names no scanner."""
    return _field_words().search(text) is not None


def _build(text: str, seg_start: int, m: regex.Match) -> tuple[Figure | None, str | None]:
    """One regex hit -> a Figure, or (None, reason) when the digits are not a figure."""
    lex = _lexicon()
    start, end = m.start(), m.end()
    g = dict(zip(_atom_groups(), m.groups()))  # `m.groupdict()`, which costs ~5 µs in `regex`, ~20x this
    if g["ord"] is not None or g["ord2"] is not None:
        surface = (g["ord"] or g["ord2"]).casefold()
        entry = lex["words"].get(surface)
        value = entry.value if entry else float(surface.rstrip("stndrh"))
        return Figure(start, end, start, value, unit="count", rule="q:ordinal", integer=True), None
    fig = Figure(start, end, start, None)
    scale = 1.0
    written = g["wstand"] or g["word"]
    if written is not None and not (written.islower() or written.istitle() or written.isupper()):
        return None, "name"  # "FiVE", "OneFormer"-like spellings are names
    if g["wstand"] is not None:
        entry = lex["words"][" ".join(g["wstand"].casefold().split())]
        if entry.kind == "multiplier" and entry.word.endswith("s") and entry.word != "halves" and (
                _NOUN_AFTER_PLURAL.match(text, end) or not _plural_verb(text, start, end)):
            return None, "noun"  # "ambiguous triples from the input", "doubles as": a noun, not a change
        fig.value, fig.word = entry.value, True
        if entry.kind == "multiplier":
            fig.unit, fig.direction, fig.rule = "x", entry.direction, "q:multiplier_word"
        else:
            fig.rule = "q:fraction_word"
            if entry.kind != "fraction":
                pass
            elif entry.value == 0.5 and _HALF_OF_THAT.match(text, end):
                fig.unit, fig.direction, fig.value = "x", "decrease", 2.0  # "a gap less than half that of larger models"
            elif entry.value == 0.5 and _BY_BEFORE.search(text, max(0, start - 24), start):
                # "cut the memory by half" halves it: 2x, a decrease (the guide's "halves memory");
                # "by half a centimeter", "by half steps", "by half-space" are no change by half
                if not _HALF_END.match(text, end):
                    return None, "part"
                fig.unit, fig.direction, fig.value = "x", "decrease", 2.0
            elif _SHARE_OF.match(text, end) or _BY_BEFORE.search(text, max(0, start - 24), start):
                # "about half of its failure cases", "reduces the cost by two-thirds": a share, in percent
                if _NOT_SHARE_BEFORE.search(text, max(0, start - 8), start):
                    return None, "part"  # "the first half of training": a part, not a share
                fig.value, fig.unit = entry.value * 100, "percent"
            elif entry.word == "half" or (entry.word.startswith(("a ", "an ")) and _WORD_AFTER.match(text, end)):
                return None, "ordinal"  # "a third generator", "a quarter century", "half-precision": no share
    elif g["word"] is not None:
        surface = g["word"]
        if surface.casefold() == "one" and not (g["ua"] or g["us"] or g["uh"] or g["uw"] or g["sw"]):
            return None, "pronoun"
        fig.value, fig.word, fig.integer, fig.rule = _word_value(surface), True, True, "q:number_word"
        if fig.value is None:
            return None, "word"
    else:
        fig.value, fig.integer = _parse_number(g)
        if g["fn"] is not None:
            if float(g["fn"]) > float(g["fd"]) and g["fd"] != "0" and not (g["ut"] or g["ua"] or g["us"] or g["uh"] or g["uw"]):
                return None, "name"  # "24/7", "9/11": a numerator above its denominator and no unit is a name, no share
            fig.rule = "q:fraction"
        elif g["mant"] is not None or g["exp2"] is not None or g["sci"] is not None:
            fig.rule = "q:scientific"
        if g["sign"]:
            fig.sign = g["sign"]
            fig.num_start = start + 1
            fig.start = start
            if fig.sign == "-":
                fig.value = -fig.value
    unit_surface = g["ut"] or g["ua"] or g["us"] or g["uh"] or g["uw"]
    if (sl := g["sl"]) is not None:
        if sl == "T" and unit_surface is None and _speaks_of_mri(text):
            fig.unit, fig.integer = "T", False  # "a 3T MRI scanner": a magnetic field in tesla, not 3 trillion
        else:
            scale, fig.scaled, fig.integer = SCALE_LETTERS[sl], True, False
    elif (sw := g["sw"]) is not None:
        scale, fig.scaled, fig.integer = lex["words"][sw.casefold()].value, True, False
    if fig.scaled:
        fig.extra["scale"] = scale
    if (g["us"] is not None and unit_surface.casefold() == "folds" and not _BY_BEFORE.search(text, max(0, start - 4), start)) or (
            g["uw"] == "pt" and not _cue_follows(text, end)):
        # "by two folds" is 2 x, "across five folds" counts cross-validation folds; "a 10 pt boost" is pp, "12 pt font" no
        unit_surface, end = None, (m.start("us") if g["us"] is not None else m.start("uw")) - 1
        fig.end = end
    if unit_surface is not None:
        unit = _unit(unit_surface)
        if unit is None or unit.unit == "-":
            if not (unit is not None and _SUB_BIT.fullmatch(text, max(0, start - 4), start) and not text[max(0, start - 5) : start - 4].isalnum()
                    and unit_surface.casefold() == "bit"):
                return None, "format"
            # "sub-3-bit quantization", "at sub-8-bit weights": a bound on the bit-width, not a format name
            unit = _unit("bits")
            fig.start, fig.qualifier, fig.extra["bit_width"] = start - 4, "under", True
        if unit.unit == "x" and unit_surface in ("x", "X", "×") and _SIZE_AFTER.match(text, end):
            return None, "size"  # "2× 2", "3 × 3 kernels": a matrix or grid size, not a factor
        fig.unit = unit.unit
        if unit.unit == "x" and unit_surface.casefold() == "fold" and _CROSS_VALIDATION.match(text, end):
            fig.unit = "count"  # "5-fold cross-validation", "a 10-fold CV": the number of folds, set-up, no factor
        if unit.scale is None:
            fig.value = 10.0 ** fig.value
        else:
            scale *= unit.scale
        fig.integer = fig.integer and fig.unit not in ("x",)
    if scale != 1.0 and fig.value is not None:
        fig.value = _round(fig.value * scale)
    fig.extra["unit_surface"] = unit_surface
    if g["xpre"] is not None:
        # "x2 faster inference latency", "x112 faster": a factor written before the number, like "2x faster";
        # only before a change cue ("x2 coordinates", "x1, x2" are variables)
        if unit_surface is not None or not _cue_follows(text, end):
            return None, "identifier"
        fig.unit, fig.integer, fig.num_start = "x", False, fig.num_start + 1
    # look back: a prefix unit ("$10", "a factor of 3") and a qualifier ("up to", "~"); the regexes
    # run only when the last word before the figure can end one
    lo = max(seg_start, start - 40)
    before = text[lo:start].rstrip()
    last_word = before[before.rfind(" ") + 1 :].casefold()
    ends = _lookback_ends()
    if fig.unit is None and (before[-1:] in ends["prefix_chars"] or last_word in ends["prefix_words"]):
        if p := _lookback_patterns()[1].search(text, lo, start):
            unit = lex["prefix"].get(p.group("p")) or lex["prefix"].get(p.group("p").casefold())
            in_math = p.group("p") == "$" and (text.count("$", seg_start, p.start()) % 2 == 1 or "$" in text[end : end + 12])
            if unit is not None and not in_math:
                fig.unit, fig.start = unit.unit, p.start()
                fig.integer = False
    if fig.start != start:  # a prefix unit moved the start
        before = text[lo : fig.start].rstrip()
        last_word = before[before.rfind(" ") + 1 :].casefold()
    if before[-1:] in ends["qualifier_chars"] or last_word in ends["qualifier_words"]:
        if (qualifier := _qualifier_lookback(last_word)) is not None and (q := qualifier.search(text, lo, fig.start)) is not None:
            phrase = " ".join(q.group("q").casefold().split())
            if phrase == "sub-" and fig.unit is None and not fig.scaled:
                return None, "identifier"  # "sub-100ms", "sub-1%" bound a measure; "Sub-10" names something
            # "within 0.2%", "within 24 hours", "within 0.01 PPL", "within 4 FID points of" bound a measure; "within
            # three topics" is a preposition, and so is "near three major airports" (a place), while "near 100%",
            # "near 0.96" approximate
            if not ((phrase == "within" and (fig.integer or fig.scaled or fig.unit is not None) and not _WITHIN_OF.match(text, end)
                     or phrase == "near" and fig.integer) and fig.unit in (None, "count")):
                fig.qualifier = lex["qb"][phrase]
                fig.start = q.start("q")
    if text[end : end + 1] == "+" or text[end : end + 4].casefold() == " or ":
        if (a := _lookback_patterns()[2].match(text, end, min(len(text), end + 12))) is not None:
            if a.group("qa"):
                fig.qualifier = fig.qualifier or lex["qa"][" ".join(a.group("qa").casefold().split())]
            elif fig.integer and fig.unit is None:
                fig.qualifier = fig.qualifier or "over"
            fig.end = a.end()
    if g["fn"] == "1" and not g["sign"] and g["fd"] != "0" and (
            fig.unit in _UNIT_FRACTION_UNITS or (fig.unit is None and _BY_BEFORE.search(text, max(0, fig.start - 4), fig.start))):
        # "with only 1/4 parameters and 1/3 FLOPs", "reduced the time ... by approximately 1/17": a unit
        # fraction of a cost is that many times less (the guide's "halves memory" = 2x, decrease); the
        # unit word stays outside the figure, so it names the metric
        fig.value, fig.unit, fig.direction, fig.integer = float(g["fd"]), "x", "decrease", False
        fig.end = start + 2 + len(g["fd"])
    reason = _skip_reason(text, seg_start, fig)
    if reason is not None:
        return None, reason
    if fig.unit is None:
        _infer_unit(text, fig)
    return fig, None


def _cue_follows(text: str, end: int) -> bool:
    """The next word is a change cue of rules/directions.tsv ("faster", "speedup", "fewer")."""
    nxt = _NEXT_WORD.match(text[end : end + 30])
    return nxt is not None and cue_of(nxt.group(1).casefold()) is not None


def _round(value: float) -> float:
    """Undo float noise from scaling: 1.2 * 1e9 is 1200000000.0000002."""
    return float(f"{value:.12g}")


_COMPOUND = _compile(r"^-([A-Za-z][A-Za-z]+)")
_MODEL_NOUN = _compile(r"^[\s-]*(?:-?parameter\w*\s+)?(?:\w+(?:-\w+)*[\s-]+(?:(?:and|or)\s+\w+[\s-]+)?)?(?:models?|LLMs?|LMs?|variants?|versions?|checkpoints?|networks?|transformers?)\b", regex.IGNORECASE)  # "a 2.7B small-scale model"
_SCALED_NOUN = _compile(r"[\s-]+(?:[a-z][\w-]*\s+)?(tokens?|parameters?|params)\b", regex.IGNORECASE)
_SIZE_LINK = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|/)"  # "340M/1.3B parameters"
_SIZE_ATOM = r"\d+(?:\.\d+)?(?:\s?(?:[KMBT]|bn)|[\s-](?i:thousand|million|billion|trillion))(?![\w])"
_SCALED_CHAIN = _compile(rf"(?:{_SIZE_LINK}{_SIZE_ATOM})+")
_SCALED_LIST_AFTER_NOUN = _compile(
    rf"(?i:\b(?:parameters?|params|model\s+sizes?)\s+(?:across|of|from|between|ranging\s+from|including|such\s+as|\(|:)?\s*)"
    rf"(?:{_SIZE_ATOM}(?:{_SIZE_LINK}|\s+to\s+))*$")
_UNIT_LIKE = _compile(r"^\s?([A-Za-zµμ°ÅΩ][A-Za-zµμΩ]*(?:/[A-Za-zµμ]+(?:\^?[23²³])?|\^?[23²³])?)(?![\w/^])")


_DATA_BEFORE = _compile(rf"(?i)\b(?:{_words_alternation('byte_container')})s?(?:\s+sizes?)?(?:\s+of)?\s+$")  # "a payload of 900B": bytes
_FUNCTION_WORDS = "the|a|an|and|or|of|in|on|for|to|with"  # never a modifier between a figure and its noun
_NAME_DASH = _compile(r"[\w.]-")
_NAME_BRACKET_BEFORE = _compile(r"(?<![\w.-])[A-Za-z][\w.\-/]*(?:[A-Z0-9][\w.\-/]*)?\s\($")
_NOT_COUNTED = rf"(?:{_words_alternation('compared_model')}|its|is|was|has|does|this|thus|as|us|plus|across|less|unless|whereas|always|perhaps|sometimes)\b"
_NOT_MODIFIER = rf"(?:{_FUNCTION_WORDS}|its|their|our|that|which|while|is|are|was|were|has|have|can|demonstrat\w*|show\w*|achiev\w*|outperform\w*|surpass\w*|reach\w*|exhibit\w*|perform\w*)\b"
_COUNTED_AFTER = _compile(  # "3B shares", "5B packed multimodal tokens", "a 5B training set"; not "1B demonstrate its effectiveness"
    rf"\$?[\s-]+(?:(?!{_NOT_MODIFIER})[a-z][\w-]*\s+){{0,3}}?(?:(?!{_NOT_COUNTED})[a-z]+s\b|(?:training|data|dataset|corpus)\b)")


def _bare_billions(text: str, fig: Figure) -> bool:
    """"our 8B LongRM", "(3B and 7B)", "8B-MLLMs": a glued "B" that counts nothing named after it is a model's
    size in billions of parameters (what abstracts mean by it); "3B shares" counts shares."""
    return (text[fig.end - 1 : fig.end] == "B" and text[fig.end - 2 : fig.end - 1].isdigit()
            and not (_NAME_DASH.match(text, max(0, fig.start - 2), fig.start)  # "LLaMA 3.1-8B": a name's size
                     and not _SIZE_DASH.fullmatch(_token_prefix(text, fig.start)))  # "(1.5B-8B)": a range's second end
            and _COUNTED_AFTER.match(text, fig.end) is None and _DATA_BEFORE.search(text, max(0, fig.start - 40), fig.start) is None)


_SPEEDUP_AFTER = _compile(rf"^\s+(?:(?!(?:{_FUNCTION_WORDS})\b)[a-z][\w-]*\s+){{0,2}}?(?:speed-?up|acceleration)\b(?!s|\s+[a-z]+s\b)", regex.IGNORECASE)  # not "acceleration strategies"


_TOKENS_AFTER = _compile(rf"^\s+(?:(?!(?:{_FUNCTION_WORDS}|from|per|more|fewer|less|special)\b)[a-z][\w-]*\s+){{1,2}}tokens\b")


def _infer_unit(text: str, fig: Figure) -> None:
    """Counts, model sizes and (rarely, via quantulum3) units the rule files do not know."""
    after = text[fig.end : fig.end + 40]
    if fig.scaled:
        if (noun := _SCALED_NOUN.match(after)) is not None:
            fig.unit = "tokens" if noun.group(1).casefold().startswith("token") else "params"
        elif fig.value and fig.value >= 1e3 and (chain := _SCALED_CHAIN.match(text, fig.end)) is not None and (
                (noun := _SCALED_NOUN.match(text[chain.end() : chain.end() + 40])) is not None
                or (fig.value >= 1e8 and _MODEL_NOUN.match(text[chain.end() : chain.end() + 40]))):
            # "1B and 4B parameters", "350M, 1B and 3B tokens", "2B and 8B models": a coordinated size takes the list's noun
            fig.unit = "tokens" if noun is not None and noun.group(1).casefold().startswith("token") else "params"
        elif fig.value and fig.value >= 1e6 and _SCALED_LIST_AFTER_NOUN.search(text, max(0, fig.start - 80), fig.start) is not None:
            fig.unit = "params"  # "numbers of parameters across 350M, 1B, 2B, and 3B", "model sizes of 125M and 1.3B"
        elif fig.value and fig.value >= 1e8 and _MODEL_NOUN.match(after):
            fig.unit = "params"
        elif fig.value and fig.value >= 1e8 and _bare_billions(text, fig):
            fig.unit, fig.extra["bare_size"] = "params", True
        elif (fig.value and fig.value >= 1e6 and text[fig.end - 1 : fig.end] in ("M", "B") and text[fig.end : fig.end + 1] in (")", ",")
              and _NAME_BRACKET_BEFORE.search(text, max(0, fig.start - 40), fig.start)):
            fig.unit, fig.extra["bare_size"] = "params", True  # "U-net (24.5M)", "DeepSeek-R1 (671B)": the named model's size
        else:
            fig.unit = "count"
        return
    if not fig.word and _SPEEDUP_AFTER.match(after):
        fig.unit, fig.integer = "x", False  # "a 1.8 wall-clock speedup", "up to 5 acceleration": a factor whose "×" was lost
        return
    if c := _COMPOUND.match(after):
        fig.compound = c.group(1).casefold()
        if fig.compound == "point" and _cue_follows(text, fig.end + c.end()):
            # "a 7.7-point improvement in mIoU": points of a change; "a 5-point scale" names a scale
            fig.unit, fig.end, fig.compound = "pp", fig.end + c.end(), None
            return
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
            fig.unit = "tokens" if _TOKENS_AFTER.match(after) else "count"  # "64 discrete tokens", "576 visual tokens"


# quantulum3 entities whose words are ordinary nouns in abstracts ("point", "pair", "dozen")
_NOT_PHYSICAL = frozenset({"dimensionless", "typographical element", "instance frequency"})


@cache
def _quantulum_units() -> tuple[dict[str, str], dict[str, str]]:
    """quantulum3's unit vocabulary (symbol -> entity, surface -> entity), read from its data file.

    Only the data is used: quantulum3's parser spends seconds building itself on first use, far
    too much for a fallback; its table is one small JSON file, read the first time a figure is
    followed by a word our rules do not know.
    """
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        return {}, {}
    path = Path(next(iter(spec.submodule_search_locations))) / "units.json"
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, {}
    symbols: dict[str, str] = {}
    surfaces: dict[str, str] = {}
    for unit in table.values():
        entity = unit.get("entity", "")
        if entity in _NOT_PHYSICAL:
            continue
        for symbol in unit.get("symbols", []):
            symbols.setdefault(symbol, entity)
        for surface in unit.get("surfaces", []):
            surfaces.setdefault(surface.casefold(), entity)
    return symbols, surfaces


@lru_cache(maxsize=1 << 14)  # keyed by any surface: bounded, for runs over millions of abstracts
def _quantulum_unit(surface: str) -> str | None:
    """A unit our rules do not know but quantulum3's table does: "5 mmHg", "3 km2", "9.8 m/s^2"."""
    symbols, surfaces = _quantulum_units()

    def symbol(part: str) -> str | None:
        if part in symbols:
            return symbols[part]
        base = part.rstrip("23²³").rstrip("^")
        return symbols.get(base) if base != part and symbols.get(base) in ("length", "time") else None

    if "/" in surface:
        top, _, bottom = surface.partition("/")
        return surface if symbol(top) and symbol(bottom) else None
    # all-capital words after a number are acronyms ("13,952 CT scans"), not symbols
    if symbol(surface) and not surface.isupper() and (len(surface) >= 3 or surface != surface.casefold() or not surface.isascii()):
        return surface
    word = surface.casefold()
    if len(word) >= 5 and (word in surfaces or word.rstrip("s") in surfaces or word.removesuffix("es") in surfaces):
        return surface
    return None


# --- joining atoms: ranges, changes, lists -----------------------------------------------------

_RANGE_ADJECTIVES = _words_alternation("range_adjective")  # "to an impressive +14.1"
_RANGE_GAP = _compile(rf"^\s*(?:-|–|—|~|sim|to(?:\s+(?:just|only|merely|a\s+mere|an?\s+(?:{_RANGE_ADJECTIVES})))?|and|→|->)\s*$")
# "from a baseline of A to a maximum relative score of B": one noun phrase of up to four words on each side
_FROM_NOUN_OF = _compile(r"(?i)\bfrom\s+(?P<np>(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+){0,3})\s+of\s+$")
_BASELINE_NOUN = _compile(r"(?i)\b(?:baseline|default|original|vanilla)\b")  # "from a baseline of A": where the change starts
_TO_NOUN_OF = _compile(r"(?i)^\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,4}of\s+$")
_UP_FROM = _compile(r"^\s*(?:[,(]\s*(?:up|down)\s+|\(\s*)from\s+(?:just\s+|only\s+)?$")  # ", up from", "to 0.569 (from"
_TO_RANGE_AFTER = _compile(r"\s*to\s+[-+]?\d[\d.]*\s?%?\s?[-–—]\s?\d")  # "from 0.53-0.62 to 0.81-0.88": two ranges
_RANGE_TO = _compile(r"\)?\s*to\s+\Z")
_TO_NEXT = _compile(r"\s*(?:to|→|->)\s")  # "up to 50% (from 38% to 57%)": the bracket holds a change of its own
_NEXT_CHANGE_GAP = _compile(r"[^;:.()\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:from\s+)?")
_FROM_BEFORE_RANGE = _compile(r"(?i)\bfrom\s+(?:[\w-]+\s+){0,3}\(?$")
_LABEL_GAP = _compile(r"^\s*\((?=[^()]*[A-Za-z]{2})(?P<label>[^()]{2,50})\)\s*(?P<to>to|→|->)\s*$")
_SETTING_GAP = _compile(r"(?i)^\s+(?:at|with|under|in|on|for|using|without|after|before)\s+(?:[^()\d,;:.%]|(?<![\w.])(?:19|20)\d\d(?![\w.]))"
                        r"{1,50}?\s+(?P<to>to|→|->)\s*$")  # ("from 28% in 2014 to 64% in 2024": a year is a setting too)
# "from a 52.54% zero-shot baseline to 17.59%": the words that end the noun phrase the start figure opens (not a
# size's: "from a 235B teacher model to 2B student models" names two models)
_NOUN_GAP = _compile(r"^\s+(?:[a-z][\w-]*\s+){1,3}(?P<to>to)\s+$")
_FROM_ARTICLE = _compile(r"(?i)\bfrom\s+(?:a|an|the)\s+$")
_LIST_GAP = _compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$|^/$")  # "2.01%/1.27%", "340M/1.3B parameters"
_BEFORE_RANGE = _compile(r"(?i)\b(?P<w>between|from)(?:(?<=from)\s+(?:a|an|the))?\s*$")
# "ranging from", "spanning model sizes from", "rescaled camera intrinsics from", "on a continuous scale from", "across
# the full spectrum from", "model sizes from", "at distances from": a span, not a change
_RANGING = _compile(r"(?i)\b(?:rang\w*|vary\w*|varies|varied|spanning|spans?|rescal\w*|scales?|spectrum|sizes|distances"
                    r"|lengths|cover(?:s|ing)?)\s+(?:[\w-]+\s+){0,3}$")
_RESPECTIVELY_LATER = _compile(r"[^;.]*?\brespectively\b", regex.IGNORECASE)
_RESPECTIVELY = _compile(r"[\s,]*(?:\([^)]*\)\s*)?,?\s*respectively", regex.IGNORECASE)


def _join(text: str, seg_start: int, figs: list[Figure]) -> list[Figure]:
    """Merge "A-B", "from A to B", "between A and B"; mark list groups and spread their unit."""
    out: list[Figure] = []
    sizes = load_unit_conversions()  # unit -> (dimension, size): rules/unit_conversions.tsv
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
            label = None
            if gap.endswith("-") and b.qualifier == "over" and text[b.start : b.start + 1] == ">":
                gap, b.qualifier = gap + ">", None  # "3.30 -> 3.03": an arrow, not a range and a "> 3.03" bound
            tilde = b.qualifier == "about" and not gap.strip() and _TILDE.match(text, b.start) is not None and a.value is not None
            if tilde:
                gap = "~"  # "1.25~1.56 times": the tilde joins a range, it does not qualify the second figure
            if (not _RANGE_GAP.match(gap) and ((p := _LABEL_GAP.match(gap)) is not None or (p := _SETTING_GAP.match(gap)) is not None
                                                or ((p := _NOUN_GAP.match(gap)) is not None and a.unit not in ("params", "tokens", "count")
                                                    and _FROM_ARTICLE.search(text, max(seg_start, a.start - 16), a.start)))
                    and (lead := _BEFORE_RANGE.search(text, max(seg_start, a.start - 16), a.start)) is not None
                    and lead.group("w").casefold() == "from"):
                # "from 9.3% (SFT-only baseline) to 15.8%": the bracket names where the change starts; "from 8.36 at
                # initialization to 2.80": the start's setting
                if "label" in p.re.groupindex:
                    label = (a.end + p.start("label"), a.end + p.end("label"))
                gap = " " + p.group("to") + " "
            convert = 1.0
            if (a.unit != b.unit and a.unit in sizes and b.unit in sizes and sizes[a.unit][0] == sizes[b.unit][0]
                    and (lead := _BEFORE_RANGE.search(text, max(seg_start, a.start - 12), a.start)) is not None
                    and lead.group("w").casefold() == "from"):
                # "from 3 days to just 76 minutes": one change, its start in the end's unit
                convert = sizes[a.unit][1] / sizes[b.unit][1]
            if (a.scaled and b.scaled and {a.unit, b.unit} in ({"count", "params"}, {"count", "tokens"}) and (a.value or 0) <= (b.value or 0)
                    and (gap in ("-", "--", "–", "—") or (gap.strip() == "to" and _RANGING.search(text, max(seg_start, a.start - 45), a.start)))):
                # "410M-70B parameters", "(2B-13B sizes)", "ranging from 100M to 8B parameters": both ends of a range of
                # sizes are the same kind of size
                a.unit = b.unit = a.unit if a.unit != "count" else b.unit
                if a.extra.get("bare_size"):
                    b.extra["bare_size"] = True
            if _RANGE_GAP.match(gap) and (a.unit is None or a.unit == b.unit or convert != 1.0) and a.value is not None and b_value is not None:
                lead = _BEFORE_RANGE.search(text, max(seg_start, a.start - 16), a.start)
                word = lead.group("w").casefold() if lead else ""
                connective = gap.strip()
                if connective != "and" or word == "between":
                    value_a = _scaled_like(a, b) * convert
                    merged = Figure(a.start, b.end, a.num_start, None, unit=b.unit, qualifier=a.qualifier or (None if tilde else b.qualifier))
                    merged.scaled, merged.word, merged.direction = b.scaled, b.word, b.direction
                    merged.extra = dict(b.extra)
                    if label is not None:
                        merged.extra["from_label"] = label
                    arrow = connective in ("→", "->")
                    if (word == "from" or arrow) and not (connective in ("-", "–", "—") and _TO_RANGE_AFTER.match(text, b.end)) and not _RANGING.search(text, max(seg_start, a.start - 45), lead.start() if lead else a.start):
                        merged.value, merged.from_value, merged.rule = b_value, value_a, "q:from_to"
                    else:
                        merged.low, merged.high, merged.rule = value_a, b_value, "q:range"
                        if connective == "to" and not word:
                            merged.extra["bare_to"] = True
                        if merged.low > merged.high and (connective in ("-", "–", "—") or merged.low < 0
                                                           or word == "from" and merged.high >= 0):
                            # "-0.53 to -0.64": negatives are written by size; "varying X across the spectrum from 1.0 to
                            # 0.0": a span written downwards (not one across zero: "ranges from +56.8% to -74.4%"); low <= high
                            merged.low, merged.high = merged.high, merged.low
                        elif merged.low > merged.high and not word and not _RANGING.search(text, max(seg_start, a.start - 45), a.start):
                            # "WER 16.57% to 3.15% (+80.99%)": a span never runs downwards, so "A to B" is a fall from A to B
                            merged.value, merged.from_value, merged.rule = b_value, value_a, "q:from_to"
                            merged.low = merged.high = None
                    if lead is not None and word:
                        merged.start = lead.start("w") if word == "between" else merged.start
                    out.append(merged)
                    i += 2
                    continue
            if (a.unit == b.unit and a.value is not None and b.value is not None and a.low is None and b.low is None
                    and a.from_value is None and b.from_value is None and a.qualifier is None and _TO_NOUN_OF.match(gap)
                    and (lead := _FROM_NOUN_OF.search(text, max(seg_start, a.start - 50), a.start)) is not None
                    and not _RANGING.search(text, max(seg_start, lead.start() - 45), lead.start())):
                # "from a baseline of 57.88% to a maximum relative score of 98.61%": one change, as "from A to B"
                merged = Figure(a.start, b.end, a.num_start, b.value, unit=b.unit, qualifier=b.qualifier)
                merged.scaled, merged.extra = b.scaled, dict(b.extra)
                merged.from_value, merged.rule = a.value, "q:from_noun_to"
                if _BASELINE_NOUN.search(lead.group("np")):
                    merged.extra["from_label"] = lead.span("np")
                out.append(merged)
                i += 2
                continue
            if (a.unit == b.unit and a.value is not None and b.value is not None and a.low is None and b.low is None
                    and a.from_value is None and b.from_value is None and _UP_FROM.match(gap) and not _TO_NEXT.match(text, b.end)):
                # "a top-1 exact match of 69.3%, up from 58.8%", "to 0.569 (from 0.534)": one change to A from B, not two levels
                a.from_value, a.end, a.rule = b.value, b.end, "q:up_from"
                if gap.lstrip().startswith("(") and text[b.end : b.end + 1] == ")":
                    a.end += 1  # "to 0.569 (from 0.534)": the bracket closes with the change
                out.append(a)
                i += 2
                continue
        out.append(a)
        i += 1
    for k in range(len(out) - 1, 0, -1):
        a, b = out[k - 1], out[k]
        if (a.low is not None and b.low is not None and a.unit == b.unit and _RANGE_TO.match(text, a.end, b.start)
                and (lead := _FROM_BEFORE_RANGE.search(text, max(seg_start, a.start - 40), a.start)) is not None
                and not _RANGING.search(text, max(seg_start, lead.start() - 45), lead.start())):
            # "raises AUC from near-chance levels (0.53-0.62) to 0.81-0.88": one change to the second range
            b.start, b.num_start, b.rule, b.extra["from_range"] = a.start, a.num_start, "q:range_change", (a.low, a.high)
            del out[k - 1]
        elif (a.value is not None and a.low is None and a.from_value is None and b.low is not None and b.from_value is None
              and a.unit == b.unit and _RANGE_TO.match(text, a.end, b.start)
              and (lead := _BEFORE_RANGE.search(text, max(seg_start, a.start - 16), a.start)) is not None and lead.group("w").casefold() == "from"
              and not _RANGING.search(text, max(seg_start, lead.start() - 45), lead.start())):
            # "raises execution feasibility from roughly 3% to 17-24%": one change, from a figure to a range
            b.start, b.num_start, b.from_value, b.rule, b.extra["from_range"] = a.start, a.num_start, a.value, "q:from_to", (a.value, a.value)
            del out[k - 1]
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if (b.extra.get("bare_to") and b.rule == "q:range" and a.rule == "q:from_to" and a.unit == b.unit and b.low < b.high
                and _NEXT_CHANGE_GAP.fullmatch(text, a.end, b.start)):
            # "from 65.7% to 71.4% on A and 68.4% to 73.2% on B": the second pair is a change like the first
            b.value, b.from_value, b.low, b.high, b.rule = b.high, b.low, None, None, "q:from_to"
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
            if not respectively:
                # "by 5.6%, 8.0% and 6.5% in mR@50 for A, B and C, respectively": later in the clause
                limit = out[j + 1].start if j + 1 < len(out) else min(len(text), last.end + 160)
                respectively = _RESPECTIVELY_LATER.match(text, last.end, limit) is not None
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
    if b.scaled and not a.scaled and b.extra.get("scale") and a.unit is None and (
            b.value is None or a.value * b.extra["scale"] <= b.value):  # "51-22K": 51 to 22,000, never 51,000 down to 22,000
        return _round(a.value * b.extra["scale"])
    return a.value


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in text[start:end] (one sentence, normally), in order; for use without spaCy."""
    end = len(text) if end is None else end
    words = [p for m in _WORD_TOKEN.finditer(text, start, end) for p in _word_positions(text, m.start(), m.group())]
    return find_in_segment(text, start, end, words)


_WORD_TOKEN = _compile(r"[A-Za-z]+")


# --- the spaCy component ----------------------------------------------------------------------

_DIGITS = re.compile(r"\d+")


def _has_digit(word: str) -> bool:
    return _DIGITS.search(word) is not None


def _is_number_word(word: str) -> bool:
    return word.casefold() in _number_tokens()


def _flagged(word: str) -> bool:
    """The lexeme flag: a word the quantities or claims layer reads (a digit, a number word, or any
    of `claims.token_roles`).

    spaCy computes it for every new word of the corpus, so it is one set lookup and one
    `startswith` on tables built once from the same rules (`_flag_table`), not a walk through
    each role's stems; tests/test_quantities.py checks it against that definition.
    """
    words, stems, none = _flag_table()
    low = word.casefold()
    return (low in words or low.startswith(stems)) and low not in none or _DIGITS.search(word) is not None


@cache
def _flag_table() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    from .claims import no_role_words, role_words

    words, stems = role_words()
    return words | frozenset(_number_tokens()), stems, no_role_words() - frozenset(_number_tokens())


@cache
def _number_tokens() -> dict[str, tuple[str, ...]]:
    """Tokens that can start or end a written figure -> prefixes to try before them.

    "an order of magnitude" is found from its token "order" with the prefix "an ", "a third"
    from "third" with "a ".
    """
    table: dict[str, set[str]] = {}
    for w in load_number_words():
        parts = w.word.split()
        if len(parts) == 1:
            table.setdefault(parts[0].split("-")[0], set()).add("")
        else:  # "an order of magnitude", "a third": found from the last word, never from "a"
            table.setdefault(parts[-1], set()).add(" ".join(parts[:-1]) + " ")
    return {word: tuple(sorted(prefixes)) for word, prefixes in table.items()}


class _Strings(dict):
    """orth id -> token text, filled from the vocab's StringStore on first use (a dict lookup is
    cheaper than the store's)."""

    def __init__(self, store):
        super().__init__()
        self.store = store

    def __missing__(self, key: int) -> str:
        value = self[key] = self.store[key]
        return value


def _digit_starts(text: str, start: int, end: int):
    """Where a numeric figure can begin: digit runs not glued to a word ("Llama3"), with a sign
    or a leading decimal point in front when there is one."""
    for m in _DIGITS.finditer(text, start, end):
        i = m.start()
        prev = text[i - 1] if i > start else " "
        if prev == "." or prev in "+-":
            before = text[i - 2] if i - 1 > start else " "
            if not (before.isalnum() or before == "_"):
                i -= 1
            elif prev == "-" and before in "xX×" and i - 2 > start and text[i - 3].isdigit():
                pass  # "2.7x-4.0x": the second end of a range of factors
            elif prev == "-" and before in "KMBT" and i - 2 > start and text[i - 3].isdigit():
                pass  # "1B-7B": the second end of a range of sizes
            elif prev == "-" and text.endswith("times", start, i - 1) and i - 7 >= start and text[i - 7].isdigit():
                pass  # "10times-1000times": a LaTeX \times that lost its backslash, the same range of factors
            elif prev == "-" and before.isalpha() and not text.endswith(_DELTA, start, i - 1) and not _SUB_BEFORE.search(text, max(start, i - 5), i):
                continue  # "Llama-3", "ResNet-50": digits of a name (what `_is_identifier` would say)
        elif prev in "x×" and (i - 1 == start or not (text[i - 2].isalnum() or text[i - 2] in "_\\.")):
            i -= 1  # "x2 faster": a factor written before its number (`_build` keeps it only before a cue)
        elif prev.isalnum() or prev == "_":
            if not text.endswith(_DELTA, start, i) and not _SIM_BEFORE.search(text, max(start, i - 4), i):
                continue  # "sim0.6", "1.25sim1.56": a stripped LaTeX \sim glued to the figure is read like "~"
        yield i


_SIM_BEFORE = _compile(r"(?<![A-Za-z])sim$")
_SUB_BIT = _compile(r"(?i)sub-")
_SUB_BEFORE = _compile(r"(?<![A-Za-z0-9])(?i:sub)-$")  # "sub-3-bit", "sub-100ms": the digits start a figure (a bound)
_SIM_PREFIX = _compile(r"\d[\d.,]*(?:%|x|×|times)?sim")


def find_in_segment(text: str, seg_start: int, seg_end: int, word_starts: list[int] | None = None) -> list[Figure]:
    """Figures of one sentence: the atom regex tried only where a number can start."""
    pattern = atom_pattern()
    starts = list(_digit_starts(text, seg_start, seg_end))
    if word_starts:
        words = word_starts[bisect_left(word_starts, seg_start) : bisect_left(word_starts, seg_end)]
        if words:
            starts = sorted(set(starts).union(words))
    figs: list[Figure] = []
    consumed = seg_start
    reference_end = -1  # "Figs. 3 and 7", "Eqs. (9.2) and (9.10)": the list continues the reference
    for pos in starts:
        if pos < consumed:
            continue
        m = pattern.match(text, pos, seg_end)
        if m is None:
            continue
        consumed = m.end()
        if reference_end >= 0 and _REFERENCE_LIST.fullmatch(text, reference_end, m.start()):
            reference_end = m.end()
            continue
        fig, reason = _build(text, seg_start, m)
        if fig is not None:
            figs.append(fig)
            reference_end = -1
        elif reason == "size":
            consumed = _SIZE_AFTER.match(text, m.end()).end()  # the size's other numbers go with it
        elif reason in ("reference", "date"):
            reference_end = m.end()
    if figs and any(f.rule == "q:ordinal" for f in figs):
        figs = _listed_ranks(text, seg_end, figs)
    return _join(text, seg_start, figs) if len(figs) > 1 else figs


# "ranked 1st in Arabic and Basque, 2nd in German, and 3rd in Czech": the ordinals listed after a rank are ranks
_LISTED_RANK = _compile(r"(?<![\w.])(\d{1,3})(?:st|nd|rd|th)(?=\s+(?:place\s+)?(?:in|on|for|among|at|across)\b)")
_RANK_LIST_GAP = _compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)\Z")


def _listed_ranks(text: str, seg_end: int, figs: list[Figure]) -> list[Figure]:
    """Ranks that continue a list after a rank figure: each within 80 characters of the one before it, after a
    list comma or "and", with no other figure between them."""
    out: list[Figure] = []
    for k, fig in enumerate(figs):
        out.append(fig)
        if fig.rule != "q:ordinal":
            continue
        limit = figs[k + 1].start if k + 1 < len(figs) else seg_end
        last = fig.end
        for m in _LISTED_RANK.finditer(text, fig.end, limit):
            if m.start() - last > 80 or not _RANK_LIST_GAP.search(text, last, m.start()):
                break
            out.append(Figure(m.start(), m.end(), m.start(), float(m.group(1)), unit="count", rule="q:ordinal", integer=True))
            last = m.end()
    return out


_NAME_HEAD = _compile(r"\s+([A-Z][a-z]+)\b")
_NOT_NAMING_UNITS = frozenset((None, "count", "percent", "pp", "x", "params", "tokens", "score", "FLOPs"))


def _unit_names(text: str, segments: list) -> frozenset[str]:
    """Figures glued to a unit that the document uses as a name: "the 3W Dataset" (a Title-Case generic head
    of `generic_name` in rules/claim_words.tsv right after it) is no 3 watts, nor is "the 3W community" later."""
    heads = load_claim_words()["generic_name"].words
    names = {text[f.start : f.end] for _, _, figs in segments for f in figs
             if f.integer and f.unit not in _NOT_NAMING_UNITS and f.low is None and f.from_value is None and f.qualifier is None
             and f.start == f.num_start and not text[f.start : f.end].isdigit() and " " not in text[f.start : f.end]
             and (h := _NAME_HEAD.match(text, f.end)) is not None and h.group(1).casefold() in heads}
    return frozenset(names)


# a number or a one-letter variable ("$2\times m$"; not "a", "I", "w.r.t."); not a factor itself ("2.01x 3.81x")
_SIZE_SIDE = r"(?:\d+(?:\.\d+)?|[b-zB-HJ-Z](?![\w/]|\.\w))"
_SIZE_AFTER = _compile(rf"\s?{_SIZE_SIDE}(?:\s?[x×]\s?{_SIZE_SIDE})*(?!\d|\.\d|[x×%])")
_REFERENCE_LIST = _compile(r"[\s,()\[\]&–-]*(?:and|to|or)?[\s,()\[\]&–-]*")


def _word_positions(text: str, idx: int, word: str) -> list[int]:
    out = []
    for prefix in _number_tokens().get(word.casefold(), ()):
        k = idx - len(prefix)
        if k >= 0 and text[k:idx].casefold() == prefix:
            out.append(k)
    return out


@Language.factory("sciclaims_quantities")
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    return QuantitiesComponent(nlp)


class QuantitiesComponent:
    """Sets `doc._.sc_quantities`: every figure of every sentence, with `claim` set on the claims.

    Two lexeme flags (digits; number words) mark candidate tokens, so a document or sentence
    without any figure costs one array lookup and its text is never rebuilt.
    """

    KINDS_LIMIT = 50_000  # distinct strings remembered per cache (~10 MB each); a million abstracts hold millions of figures

    def __init__(self, nlp: Language) -> None:
        from . import claims

        self._claims = claims
        atom_pattern()
        _atom_groups()
        _lookback_patterns()
        _number_tokens()
        claims.warm_up()
        # one lexeme flag marks every word either layer looks at; which role it plays is
        # looked up per distinct string (`_kind`), so a plain word costs nothing per token
        self.flag = _free_flag(nlp.vocab)
        nlp.vocab.add_flag(_flagged, self.flag)
        self.tables = claims.Tables(nlp)
        self._kinds: dict[int, tuple[bool, bool, bool, bool, bool]] = {}
        self._strings = _Strings(nlp.vocab.strings)

    def _kind(self, strings, orth: int) -> tuple[bool, bool, bool, bool, bool]:
        """(digit, number word, cue, blocker, speed word) for one token string."""
        kind = self._kinds.get(orth)
        if kind is None:
            if len(self._kinds) > self.KINDS_LIMIT:  # every distinct figure string lands here: stay flat
                self._kinds.clear()
            word = strings[orth]
            kind = self._kinds[orth] = (_has_digit(word), _is_number_word(word), *self._claims.token_roles(word))
        return kind

    def __call__(self, doc: Doc) -> Doc:
        arr = token_array(doc, [self.flag, SENT_START, IDX, ORTH])
        flagged = arr[:, 0].nonzero()[0]
        if not len(flagged):
            doc.user_data[_EXT_QUANTITIES] = []
            return doc
        if len(self._strings) > self.KINDS_LIMIT:  # every word read near a figure lands here: stay flat
            self._strings.clear()
        strings = self._strings if doc.vocab.strings is self._strings.store else doc.vocab.strings
        cache_get = self._kinds.get
        orth_list = arr[flagged, 3].tolist()
        flagged = flagged.tolist()
        kinds = [cache_get(o) or self._kind(strings, o) for o in orth_list]
        marked = [i for i, k in zip(flagged, kinds) if k[0] or k[1]]
        if not marked:
            doc.user_data[_EXT_QUANTITIES] = []
            return doc
        text = doc_text(doc)  # joined once per doc (pipeline.make_doc stores it)
        spans = self._spans(doc, arr, marked, doc.user_data.get(_EXT_TITLE_END))
        idx = token_offsets(doc)[0]
        word_starts: list[int] = []
        for i, o, k in zip(flagged, orth_list, kinds):
            if k[1]:
                word_starts += _word_positions(text, idx[i], strings[o])
        if len(word_starts) > 1:
            word_starts.sort()
        # figures first: a doc whose candidate tokens make no figure (a quarter of them: "GPT-4",
        # years, citations) never pays for the metric matcher and the mention index
        segments = [(seg_start, seg_end, figs) for seg_start, seg_end in spans
                    if (figs := find_in_segment(text, seg_start, seg_end, word_starts))]
        if (names := _unit_names(text, segments)):
            segments = [(a, b, kept) for a, b, figs in segments if (kept := [f for f in figs if text[f.start : f.end] not in names])]
        if not segments:
            doc.user_data[_EXT_QUANTITIES] = []
            return doc
        hits = self.tables.hits(doc, arr, flagged, kinds, text, strings, spans)
        context = self._claims.DocContext(doc, text, hits)
        found: list[FoundQuantity] = []
        for seg_start, seg_end, figs in segments:
            found.extend(self._claims.attach(context, seg_start, seg_end, figs))
        self._claims.fill_contexts(context, found, spans)
        doc.user_data[_EXT_QUANTITIES] = found
        return doc

    @staticmethod
    def _spans(doc: Doc, arr, marked: list[int], title_end: int | None) -> list[tuple[int, int]]:
        """The sentences that hold a candidate token, as (start, end) character spans split at the
        title's end. The text itself is `doc_text(doc)`, built once per doc."""
        n = len(doc)
        if "sents" in doc.user_hooks:
            bounds = [(s.start, s.end) for s in doc.sents]
        else:
            starts = sentence_starts(doc)  # as the segmenter left them (0 first), else read from the table
            if starts is None:
                starts = (arr[:, 1] == 1).nonzero()[0].tolist()
                if not starts or starts[0] != 0:
                    starts.insert(0, 0)
            bounds = list(zip(starts, starts[1:] + [n]))
        idx, lengths = token_offsets(doc)  # lists: cheaper to index than the array's columns
        spans: list[tuple[int, int]] = []
        k = 0
        for a, b in bounds:
            while k < len(marked) and marked[k] < a:
                k += 1
            if not (k < len(marked) and marked[k] < b):
                continue
            s = idx[a]
            # the sentence's text without the whitespace that follows it
            e = idx[b - 1] + lengths[b - 1]
            if title_end is not None and s < title_end < e:
                spans += [(s, title_end), (title_end, e)]
            else:
                spans.append((s, e))
        return spans
