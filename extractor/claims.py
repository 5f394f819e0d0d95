"""The claims layer: which figures report a result, and what each one says.

A claim is a figure that reports a result or a property of a method (a gain or loss against
something, an achieved metric value, a cost or efficiency figure, the proposed model's size);
set-up numbers ("five datasets", "64 GPUs") stay plain quantities. For every figure the rules
read a few words around it:

- right after it ("2.8x faster", "77.6% Dice", "25% reduction in latency"), which wins, then
- before it, within its clause ("reduces memory by 40%", "accuracy of 99.2%", "outperforms X by"),
- and, for a figure that says nothing itself ("... by 15% MAE, 13% MAE and 10% MAE"), the claim
  before it in the same sentence.

Cue words, metrics, qualifiers and units are data in `rules/` (see `extractor.lexicons`); this
module is the glue no library offers for a blank pipeline: phrase edges around a number.
Every attribute records the rule that set it in `FoundClaim.why`, for `sciclaims explain`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, lru_cache

import regex
from spacy.tokens import Doc

from .abbreviations import best_long_form, doc_text
from .lexicons import (
    Metric,
    cue_of as _cue_of,
    cue_table as _cue_table,
    exact_variant as _exact_variant,
    find_metric,
    load_claim_words,
    load_directions,
    load_metrics,
    load_number_words,
    load_setup_units,
    match_metrics,
    metric_index,
    words_of,
)
from .models import EntityRef, FoundClaim, FoundMention, FoundQuantity, construct as _construct, entity_ref
from .text import ext_key, token_offsets

__all__ = ["DocContext", "attach", "load_metrics", "warm_up"]

# Caches keyed by a word stay bounded: over millions of abstracts the vocabulary keeps growing, memory must not.
_WORD_CACHE = 1 << 16


def _compile(pattern: str, flags: int = 0):
    """The stdlib `re` where it can compile the pattern (several times faster on the short scans
    this module makes), else the `regex` module (variable-width look-behinds)."""
    try:
        return re.compile(pattern, flags)
    except re.error:
        return regex.compile(pattern, flags)


WINDOW = 160  # characters read on each side of a figure; a clause rarely runs longer

# Words that end a phrase read after a cue ("than X", "on X", "improves X by").
_BASELINE_KEEP = frozenset({"from", "of", "and", "or", "trained", "without", "with"})  # "or": "than random or fixed placements"
_PHRASE_END = frozenset("- -- — – ( [".split())
# (a range too, "1.15%-2%", "0.15-0.2"; not a name's "Kacem 1-4")
_FIGURE_TOKEN = re.compile(r"[+\-~]?[\d.,]+(?:%|x|×)?|[+\-~]?(?=[\d.,%x×-]*[.%x×])[\d.,]+(?:%|x|×)?[-–][+\-]?[\d.,]+(?:%|x|×)?")
_PRONOUN_SUBJECT = _compile(
    r"(?i)\b(?:we|our|ours|it|its|this (?:work|paper|method|approach|model|framework|system)|"
    r"the proposed|proposed (?:method|approach|model|framework))\b"
)
_CLAUSE_CUT = _compile(r";|(?<!\b(?:vs|e\.g|i\.e|al|etc|cf|approx|resp|Fig|Eq|Sec|No))\.\s|\s(?:while|whereas|but|-{1,2}|[—–])\s")
_BASELINE_CUE = re.compile(
    r"(?i)(?<![\w-])(?:(?<!rather\s)(?<!other\s)than(?!\s+(?:\d|doubl|tripl|quadrupl|twice|thrice|half|halv|a\s+(?:factor|third|quarter|half)\b))|compared\s+(?:to|with)|comparing\s+(?:to|with)|relative\s+to|"
    r"in\s+(?:comparison|contrast)\s+(?:to|with)|vs\.?|versus|against|(?<!averaged\s)(?<!aggregated\s)(?<!pooled\s)(?<!computed\s)(?<!summed\s)(?<!\bby\s)over)\s+"
)
_LEAD_BASELINE = re.compile(
    r"(?i)\s*(?:\((?:[ivx]{1,4}|\d|[a-h])\)\s*)?(?:(?:when\s+)?(?:compared\s+(?:to|with|against)|comparing\s+(?:to|with)|relative\s+to|"
    r"(?:in|by)\s+(?:comparison|contrast)\s+(?:to|with)|against|versus|over)|"
    # "Moreover, compared with X, ...", "Results show that, compared to X, ...": after an opening adverb or a reporting
    # verb's "that", an explicit comparison still opens the clause that holds the figures (the lookahead, the verbs'
    # first letters, lets the lazy scan pass other positions at half the cost)
    r"(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s+|[^;]{0,200}?\b(?=[tsdrfic])(?:that|shows?|showed|demonstrates?|demonstrated|reveals?|revealed|"
    r"finds?|found|indicates?|indicated|confirms?|confirmed),?\s+)(?:when\s+)?(?:compared\s+(?:to|with|against)|relative\s+to|"
    r"in\s+comparison\s+(?:to|with)))\s+"
)
_OUTDO = r"outperform\w*|surpass\w*|beat\w*|exceed\w*"  # the verbs that say one thing does better than another
_COMPARED_WORDS = r"compared\s+(?:to|with)|than|versus|vs\.?|against"
_COMPARISON_WORDS = rf"over|relative\s+to|{_COMPARED_WORDS}"  # also what a margin is over ("over X", "relative to X")
_BASELINE_VERB = re.compile(
    r"(?i)(?<![\w-])(?:outperform\w*|underperform\w*|surpass\w*|(?:pareto-)?dominates|beat\w*|exceed\w*|outpac\w*|outscor\w*|outshin\w*|"
    r"(?:lag\w*|fall\w*|fell)\s+behind|trail\w*|speed\w*\s+up|accelerat\w*|"
    r"improv\w*\s+(?:on|upon)|(?:improv\w*|boost\w*|enhanc\w*)(?=\s+[A-Z][\w.\-]*'s\b))\s+"
)
_AS_ADJ_AS = _compile(r"\s+as\s+([a-z]{3,})\s+as\s+")
_IMPROVE_ON = _compile(r"(?i)improv\w*\s+(?:on|upon)\s")
_IMPROVEMENT_ON = _compile(r"(?i)improvements?\s+on\s")
_COMPARISON_CUE = _compile(r"(?i)^(?:outperform|surpass|beat|exceed|overshadow|underperform|outpac|outscor|outshin|lags|lagg|trail)")
_STRONG_CONTEXT = re.compile(r"(?i)(?<![\w-])(?:on|in|across|at)\s+(?:(?:the|a|an|our|their)\s+)?")
_MODEL_CONTEXT = re.compile(r"(?<![\w-])of\s+(?:(?:the|a|an)\s+)?")
_WEAK_CONTEXT = re.compile(r"(?i)(?<![\w-])(?:for|with|using|including|from|under)\s+(?:(?:the|a|an|our|their)\s+)?")
_SCORE_BEFORE = re.compile(r"(?i)(?:\s+(?:of|at|is|was|reaches|reached|=|:|score\s+of)|\s*[=:])?\s*$")  # "MR: 391", "FID: 12"
_RANGING_TAIL = _compile(r"([A-Za-z][\w-]*(?:\s[a-z][\w-]*)?)\s+\S+\s+(?:\S+\s+)?$")
_HYPER = _compile(
    r"(?i)(?:rate|threshold|temperature|lambda|alpha|beta|gamma|coefficient|weight|ratio|size|"
    r"=|λ|α|β|γ|τ|top-p|top-k|\bk|\bp|\bn)\s*(?:of|=|:)?\s*$"
)
# "temperature tuning (0.2-0.5)", "IoU thresholds of 0.5 and 0.5 to 0.95": values of a setting, not results
_SETTING_VALUES = _compile(r"(?i)\b(?:temperatures?|thresholds?|learning\s+rates?|dropout|lambda|alpha|beta|gamma|top-p|top-k)"
                           r"(?:(?:\s+[a-z]+)?\s*\(|\s*(?:of|=|:)\s*(?:[\d.]+\s*(?:,\s*|and\s+|or\s+))+)\s*$")
_APPOSITION = _compile(r",\s+([A-Z][\w.\-/]*\d[\w.\-/]*|[A-Z][a-z]*[A-Z][\w.\-/]*),")
_WORD = re.compile(r"\S+")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CONTEXT_END = _compile(r"[,;()]|(?<!\b(?:vs|e\.g|i\.e|al|etc|cf|approx|resp|Fig|Eq|Sec|No))\.\s")
_NEXT_WORD = _compile(r"\s([a-z][a-z-]+)\b")
_RANK_NOUN = _compile(r"\s?([A-Za-z]+)")
_WORDS_ONLY = _compile(r"[A-Za-z][\w\- ]{1,40}(?:@\d+)?")  # "MRR@10 reduction"
_LABEL_COLON = _compile(r"[A-Za-z][\w\-]*:\s*$")
_LIST_JOIN = _compile(r",|\(|\band\b|\bor\b")
_PAREN_NAME = _compile(r"\s*\(([A-Z][\w.\-/]*(?:\s[A-Z0-9][\w.\-/]*){0,2})\)")
_WORDS = load_claim_words()
_STOP = _WORDS["stop"]
_DETERMINERS = _WORDS["determiner"].words
_GENERIC_NAMES = _WORDS["generic_name"]
_DATASET_HEADS = _WORDS["dataset_head"]
_MODIFIED_NOUNS = _WORDS["modified_noun"]
_MODIFIERS = _WORDS["metric_modifier"]
_BLOCKERS = _WORDS["blocker"]
_SPEED_WORDS = _WORDS["speed_word"]
_SCORING = _WORDS["score_verb"]
_RANGING = _WORDS["range_verb"]
_SPAN_UNITS = _WORDS["span_unit"]
_SETUP_UNITS = load_setup_units()
_BOUNDED_SPAN_UNITS = frozenset(("days", "weeks"))  # "in less than one day": a bounded duration is a result
_RATE_UNITS = _WORDS["rate_unit"]
_HARDWARE_WORDS = "|".join(sorted((regex.escape(w) for w in _WORDS["hardware"].words), key=len, reverse=True))
_HARDWARE = _compile(rf"(?i)\s*(?:of\s+)?(?:\w+\s+)?(?:{_HARDWARE_WORDS})\b")
_HARDWARE_BEFORE = _compile(rf"(?i)\b(?:{_HARDWARE_WORDS})\s+(?:with|of|having)\s+$")
_RESULT_VERB = _WORDS["result_verb"]
_CLAUSE_VERBS = _WORDS["clause_verb"]
_CONTEXT_NAMES = _WORDS["context_name"]
_INTRODUCING = _WORDS["introducing_verb"]
_UNIT_METRICS = frozenset({"FLOPs", "MACs", "params", "tokens"})
_CONTEXT_TYPES = frozenset({"dataset", "benchmark"})
_UNIT_WORD = _compile(r"[\s\d-]([A-Za-z]+)$")
_UNIT_PLURAL = {"parameter": "parameters", "param": "parameters", "token": "tokens"}
# "outperform X significantly": an adverb after the compared thing is not part of it
_BASELINE_ADVERB = _compile(
    r"(?:\s+(?:significantly|substantially|consistently|considerably|notably|markedly|greatly|dramatically|remarkably"
    r"|clearly|largely|slightly|drastically|noticeably|uniformly|strongly|sharply|steadily|handily|overall))+$", re.I)
# "whereas Y increases it by 79.40%": a pronoun names the metric of the claim before
_PRONOUN_METRICS = frozenset(("it", "them", "this", "that", "these", "those", "its"))
_ONLY = _WORDS["only"]
_PARTITIVE_REFERENCE = _WORDS["partitive_reference"]


def _reference_whole(phrase: str) -> bool:
    """The whole a share is taken of is a compared thing when it is a reference one ("the original dataset",
    "the full-depth baseline", "the typically needed resources", "the teacher's accuracy") or a name
    ("the better of FFT and LoRA"); not a plain population ("its failure cases", "the data", "the performance")."""
    words = phrase.replace("-", " ").split()
    return (any(w in _PARTITIVE_REFERENCE for w in words) or "'s" in phrase
            or any(any(ch.isupper() for ch in w) for w in words[1:] if w[:1].isalpha()) or any(ch.isdigit() for ch in phrase))


def _resource_whole(phrase: str) -> bool:
    """"the GFLOPs", "the model size", "the labeled data": a plain cost measure (lower is better), with no reference
    word ("the original tokens", "the full attention latency") nor owner ("the model's parameters") that names a
    compared thing."""
    words = phrase.replace("-", " ").split()
    if len(words) < 2 or words[0].casefold() not in ("the", "its", "their", "all") or "'s" in phrase or "’s" in phrase:
        return False
    if any(w.casefold() in _PARTITIVE_REFERENCE for w in words):
        return False
    metric = find_metric(" ".join(words[1:])) or find_metric(words[-1])
    return metric is not None and metric.better == "lower"


class _Hit:
    """A word-table match with the bits of the `regex.Match` API the rules use."""

    __slots__ = ("_start", "_end", "_text", "lastgroup", "metric")

    def __init__(self, start: int, end: int, text: str, effect: str | None = None, metric: Metric | None = None):
        self._start, self._end, self._text, self.lastgroup, self.metric = start, end, text, effect, metric

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


# an -ly adverb after a change verb says how it changed ("drops sharply"), not what; nouns that end so are kept
_ADVERB = _compile(r"[a-z]{3,}ly")
_LY_NOUNS = frozenset(("anomaly", "family", "assembly", "supply", "reply", "monopoly", "rally", "butterfly", "jelly", "belly"))


def _is_adverb(word: str) -> bool:
    return _ADVERB.fullmatch(word) is not None and word not in _LY_NOUNS
# "cutting-edge methods", "more-or-less": a cue word glued into a compound adjective says no change; "More importantly,",
# "more specifically,": a comparative before an adverb and a comma opens a sentence, it says no change
_NOT_CUE_AFTER = _compile(r"-(?:edge|or-less)\b|(?<=[Mm]ore|[Mm]ost)\s+[a-z]{3,}ly,")


def _is_blocker(low: str) -> bool:
    """Words after a cue that turn the figure into a level: "improves X, achieving 95%"."""
    return low in _BLOCKERS


@lru_cache(maxsize=_WORD_CACHE)
def _speed_word(low: str) -> str | None:
    entry = _SPEED_WORDS.match(low)
    if entry is None:
        return None
    if entry.startswith("converg"):
        return "convergence"
    if entry in ("fine-tun", "finetun", "tune", "tuning"):
        return "fine-tuning"
    if entry == "prefill":
        return "prefilling"
    return low


class _Segment:
    """The metrics, cues, blockers and speed words of one sentence, each list sorted by position."""

    __slots__ = ("metrics", "cues", "blockers", "speed")

    def __init__(self, metrics: list[_Hit], cues: list[_Hit], blockers: list[int], speed: list[tuple[int, int, str]]):
        self.metrics, self.cues, self.blockers, self.speed = metrics, cues, blockers, speed

    @classmethod
    def from_text(cls, text: str, start: int, end: int) -> _Segment:
        """Without a spaCy doc: words by regex (`lexicons.words_of`), looked up in the same tables."""
        words = words_of(text, start, end)
        metrics = [_Hit(s, e, text[s:e], metric=m) for s, e, m in match_metrics(words) if not _names_other_noun(text, e)]
        cue_words, _, multi = _cue_table()
        cues, blockers, speed = [], [], []
        for i, (s, e, w) in enumerate(words):
            low = w.casefold()
            for parts in multi.get(low, ()):
                if i + len(parts) <= len(words) and all(words[i + j][2].casefold() == parts[j] for j in range(1, len(parts))):
                    last = words[i + len(parts) - 1][1]
                    cues.append(_Hit(s, last, text[s:last], cue_words[" ".join(parts)]))
                    break
            else:
                if (effect := _cue_of(low)) is not None and not _NOT_CUE_AFTER.match(text, e):
                    cues.append(_Hit(s, e, w, effect))
            if _is_blocker(low):
                blockers.append(s)
            if (word := _speed_word(low)) is not None:
                speed.append((s, e, word))
        return cls(metrics, cues, blockers, speed)

    @staticmethod
    def _first(hits: list[_Hit], start: int, end: int) -> _Hit | None:
        for h in hits:
            if h._start >= start:
                return h if h._end <= end else None
        return None

    @staticmethod
    def _last(hits: list[_Hit], start: int, end: int) -> _Hit | None:
        for h in reversed(hits):
            if h._end <= end:
                return h if h._start >= start else None
        return None

    def first_metric(self, start: int, end: int) -> _Hit | None:
        return self._first(self.metrics, start, end)

    def last_metric(self, start: int, end: int) -> _Hit | None:
        return self._last(self.metrics, start, end)

    def first_cue(self, start: int, end: int) -> _Hit | None:
        return self._first(self.cues, start, end)

    def last_cue(self, start: int, end: int) -> _Hit | None:
        return self._last(self.cues, start, end)

    def blocked(self, start: int, end: int) -> bool:
        return any(start <= b < end for b in self.blockers)

    def speed_word(self, start: int, end: int, last: bool = False) -> str | None:
        words = [w for s, e, w in self.speed if s >= start and e <= end]
        return (words[-1] if last else words[0]) if words else None


def token_roles(word: str) -> tuple[bool, bool, bool]:
    """(cue or first word of a multi-word cue, blocker, speed word) for one token string."""
    low = word.casefold()
    words, stems = role_words()
    if low not in words and not low.startswith(stems):
        return _NO_ROLE  # most words (figures above all): no table walk
    return (_cue_of(low) is not None or low in _cue_table()[2], _is_blocker(low), _speed_word(low) is not None)


_NO_ROLE = (False, False, False)


@cache
def role_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The case-folded whole words and the stems `token_roles` says yes to, from the same tables:
    a word has some role iff its case-folded form is one of the words or starts with a stem."""
    cue_words, cue_stems, multi = _cue_table()
    words = set(cue_words) | set(multi) | _BLOCKERS.words | _SPEED_WORDS.words
    stems = {stem for stem, _ in cue_stems} | set(_BLOCKERS.stems) | set(_SPEED_WORDS.stems)
    return frozenset(words), tuple(sorted(stems))


@cache
def no_role_words() -> frozenset[str]:
    """Words a role's stem would take that have no role ("dropout" is no drop* cue; rules/directions.tsv, effect none)."""
    return frozenset(w for w, effect in _cue_table()[0].items() if effect == "none" and token_roles(w) == _NO_ROLE)


class Tables:
    """The metric table compiled against one pipeline's vocab as two spaCy PhraseMatchers
    (case-folded and exact); with the token roles the quantities component reads from one
    lexeme flag, a document costs one matcher call instead of a Python scan of its words."""

    def __init__(self, nlp) -> None:
        from spacy.matcher import PhraseMatcher

        vocab = nlp.vocab
        # one matcher on LOWER for every variant: short acronyms and mixed-case variants (AP, mAP)
        # that must match exactly are checked against their surface after the match
        self.folded = PhraseMatcher(vocab, attr="LOWER")
        self.metric_of: dict[int, Metric] = {}
        self.exact_surfaces: dict[int, frozenset[str]] = {}
        self.longest = 1  # tokens of the longest variant: how far past the last figure sentence a match can reach
        for metric in load_metrics():
            key = vocab.strings.add("metric:" + metric.name)
            self.metric_of[key] = metric
            folded = [nlp.make_doc(v) for v in metric.variants if not _exact_variant(v)]
            exact = [v for v in metric.variants if _exact_variant(v)]
            exact_docs = [nlp.make_doc(v) for v in exact]
            self.longest = max([self.longest] + [len(d) for d in folded + exact_docs])
            if folded:
                self.folded.add("metric:" + metric.name, folded)
            if exact:
                exact_key = vocab.strings.add("metric_exact:" + metric.name)
                self.metric_of[exact_key] = metric
                self.exact_surfaces[exact_key] = frozenset(exact)
                self.folded.add("metric_exact:" + metric.name, exact_docs)

    def hits(self, doc, arr, flagged: list[int], kinds: list[tuple], text: str, strings=None, spans=None) -> _DocHits:
        """Every metric, cue, blocker and speed word of the doc, by character position.

        `arr` has IDX in column 2 and ORTH in column 3; `kinds[k]` are the roles of token
        `flagged[k]` (digit, number word, cue, blocker, speed word). With `spans` (the character
        spans of the sentences that hold figures), only hits inside them are built.
        """
        strings = strings if strings is not None else doc.vocab.strings
        orth = arr[:, 3]
        idx, lengths = token_offsets(doc)  # lists: cheaper to index than the array's columns
        lo, hi = (spans[0][0], spans[-1][1]) if spans else (0, len(text))

        def end_of(i: int) -> int:
            return idx[i] + lengths[i]

        if spans:  # match only from the first figure sentence to the last (and a variant's length past it)
            first = bisect_left(idx, lo)
            matches = self.folded(doc[first : min(len(doc), bisect_left(idx, hi) - 1 + self.longest)])
        else:
            matches = self.folded(doc)
        exact = self.exact_surfaces
        if exact:
            matches = [m for m in matches if m[0] not in exact or text[idx[m[1]] : end_of(m[2] - 1)] in exact[m[0]]]
        matches.sort(key=lambda m: (m[1], -(m[2] - m[1])))
        metrics = []
        last_end = -1
        for key, a, b in matches:
            if a < last_end:
                continue
            s = idx[a]
            if s < lo or s >= hi:
                continue
            e = end_of(b - 1)
            last_end = b
            if _names_other_noun(text, e):
                continue  # "on reward modeling benchmarks", "sparse reward tasks": a modifier of another noun
            metrics.append(_Hit(s, e, text[s:e], metric=self.metric_of[key]))
        cue_words, _, multi = _cue_table()
        cues, blockers, speed = [], [], []
        n = len(doc)
        for i, (_, _, cue, blocker, fast) in zip(flagged, kinds):
            if not (cue or blocker or fast):
                continue
            s = idx[i]
            if s < lo or s >= hi:
                continue
            low = strings[int(orth[i])].casefold()
            if cue:
                for parts in multi.get(low, ()):
                    k = len(parts)
                    if i + k <= n and all(strings[int(orth[i + j])].casefold() == parts[j] for j in range(1, k)):
                        e = end_of(i + k - 1)
                        cues.append(_Hit(s, e, text[s:e], cue_words[" ".join(parts)]))
                        break
                else:
                    if (effect := _cue_of(low)) is not None and not _NOT_CUE_AFTER.match(text, s + len(low)):
                        cues.append(_Hit(s, s + len(low), text[s : s + len(low)], effect))
            if blocker:
                blockers.append(s)
            if fast and (not low.startswith("tun") or text[max(0, s - 5) : s].casefold() == "fine-"):
                speed.append((s, s + len(low), _speed_word(low)))
        return _DocHits(metrics, cues, blockers, speed)


_NEXT_PLAIN_WORD = _compile(r"[ -]([a-z]+)\b(?!-)")
_METRIC_MODIFIED = _WORDS["metric_modified_noun"]


def _names_other_noun(text: str, end: int) -> bool:
    """A lexicon metric right before a noun of the `metric_modified_noun` role (rules/claim_words.tsv) modifies
    it ("reward modeling benchmarks", "sparse reward tasks"): it is no measure there."""
    m = _NEXT_PLAIN_WORD.match(text, end)
    return m is not None and m.group(1) in _METRIC_MODIFIED


class _DocHits:
    """Doc-level hit lists; `segment` cuts out one sentence's share."""

    __slots__ = ("metrics", "cues", "blockers", "speed", "_m", "_c", "_b", "_s")

    def __init__(self, metrics, cues, blockers, speed):
        self.metrics, self.cues, self.blockers, self.speed = metrics, cues, blockers, speed
        self._m = [h._start for h in metrics]
        self._c = [h._start for h in cues]
        self._b = blockers
        self._s = [w[0] for w in speed]

    def segment(self, start: int, end: int) -> _Segment:
        bl = bisect_left
        return _Segment(
            self.metrics[bl(self._m, start) : bl(self._m, end)],
            self.cues[bl(self._c, start) : bl(self._c, end)],
            self.blockers[bl(self._b, start) : bl(self._b, end)],
            self.speed[bl(self._s, start) : bl(self._s, end)],
        )


@cache
def _cue_aspects() -> tuple[tuple[str, str, bool], ...]:
    return tuple((c.cue.rstrip("*"), c.aspect, c.cue.endswith("*")) for c in load_directions() if c.aspect)


@lru_cache(maxsize=4096)  # a few hundred metric and cue words make nearly every call
def _cue_aspect(word: str) -> str | None:
    """The metric a cue names by itself: "faster" and "speedups" measure speed."""
    low = " ".join(word.casefold().split())
    for stem, aspect, prefix in _cue_aspects():
        if low == stem or (prefix and low.startswith(stem)):
            return aspect
    return None


def warm_up() -> None:
    """Load every table when the component is built, not on the first document."""
    _cue_table()
    _cue_aspects()
    metric_index()
    _result_after_pattern()  # ~60 ms to compile: once in the parent, not in every forked worker


# --- per-document context ----------------------------------------------------------------------

_TITLE_NAME = _compile(r"\s*([A-Z][\w\-+.]*[A-Za-z0-9+](?:\s[A-Z][\w\-+.]*){0,2})\s*(?::|--|—|–\s)")


class DocContext:
    """What claim rules need from the whole document: mentions by position, the proposed method."""

    __slots__ = ("text", "mentions", "starts", "proposed", "proposed_ref", "title_end", "hits", "datasets")

    def __init__(self, doc: Doc, text: str, hits: _DocHits | None = None):
        self.text = text  # the doc text, blank outside the sentences that hold figures
        self.hits = hits  # metrics and cues found on the doc's tokens; None: find them in the text
        found = doc.user_data.get(ext_key("sc_mentions")) if Doc.has_extension("sc_mentions") else None
        self.mentions: list[FoundMention] = sorted(found or (), key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]
        self.datasets = [m for m in self.mentions if m.type in _CONTEXT_TYPES]  # for `_dataset_in_clause`
        self.title_end = doc.user_data.get(ext_key("sc_title_end")) if Doc.has_extension("sc_title_end") else None
        self.proposed: str | None = None
        self.proposed_ref: EntityRef | None = None
        # the proposed method may be named anywhere in the paper, so it is read from the full text:
        # `self.text` is blank outside the sentences that hold figures
        full = doc_text(doc)
        for m in self.mentions:
            if m.role == "proposed" and m.type == "method":  # not a dataset the paper builds
                self.proposed = full[m.start : m.end]
                self.proposed_ref = _ref(m, full)
                break
        if self.proposed is None and self.title_end:
            if ((t := _TITLE_NAME.match(full, 0, self.title_end)) and len(t.group(1)) <= 40
                    and ((m := self.mention_at(*t.span(1))) is None and " " not in t.group(1) or m is not None and m.type == "method")):
                # not "HiNER: A Large Hindi NER Dataset", a dataset the paper builds, nor a phrase the entity layer
                # took for no name ("Probabilistic Assumptions Matter: ...", "When Context Hurts: ...")
                self.proposed = t.group(1)

    def mention_at(self, start: int, end: int) -> FoundMention | None:
        """The mention that starts at `start` and ends near `end`, if the entity layer found one."""
        i = bisect_left(self.starts, start)
        while i < len(self.mentions) and self.mentions[i].start == start:
            if self.mentions[i].end <= end + 12:
                return self.mentions[i]
            i += 1
        return None

    def mentions_in(self, start: int, end: int) -> list[FoundMention]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out


@lru_cache(maxsize=_WORD_CACHE)
def _metric_ref(name: str) -> EntityRef:
    return EntityRef(type="metric", name=name)


def _ref(mention: FoundMention | None, text: str) -> EntityRef | None:
    if mention is None:
        return None
    return entity_ref(mention.type, mention.entity or text[mention.start : mention.end])


# --- phrases around a figure -------------------------------------------------------------------


@lru_cache(maxsize=_WORD_CACHE)
def _name_like(word: str) -> bool:
    if not word[:1].isalnum():
        return False
    return word[:1].isupper() or any(c.isdigit() for c in word) or any(c.isupper() for c in word[1:])


def _phrase(text: str, pos: int, limit: int, keep: frozenset = frozenset()) -> tuple[int, int] | None:
    """The phrase starting at `pos`: words up to a stop word or punctuation (at most 7 words)."""
    words: list[tuple[int, int]] = []
    for w in _WORD.finditer(text, pos, limit):
        token = w.group()
        if token in _PHRASE_END or token[0] in "([{\"'“":
            break
        bare = _bare(token, w.end() >= limit - 1)
        low = bare.casefold()
        if not bare or (low in _STOP and (low not in keep or (low == "or" and not words)) and not (low == "leading" and not _TO_NEXT.match(text, w.end()) and (words or _WORD_AFTER.match(text, w.end())))):
            break  # "leading to" ends a phrase; "prior leading defenses" keeps the adjective
        if _FIGURE_TOKEN.fullmatch(bare) and (
            not words or not _PLAIN_NUMBER.fullmatch(bare) or text[words[-1][0] : words[-1][1]].casefold() in ("a", "an", "and", "by", "to")
            or "." in bare and not _name_like(prev := text[words[-1][0] : words[-1][1]]) and prev.casefold() not in _DETERMINERS
        ):
            # a figure ends the phrase; a plain number inside it stays ("the 11 million images", "GPT 3.5"), not "and
            # a 12 dB" nor a decimal after a common word ("the baseline 8.4 FPS": the baseline's own figure)
            break
        if words and low in _cardinal_words() and text[words[-1][0] : words[-1][1]].casefold() in ("and", "by"):
            break  # "than DSIR and two orders of magnitude faster than D4": the next figure starts
        if len(words) > 1 and _opens_clause(text, words[-1], low):
            break  # "than DSIR and reduces memory": a verb after "and" starts a new clause
        if words and (low == "yet" or low.endswith("ing") and text[words[-1][0] : words[-1][1]].casefold() == "and"
                      and _DETERMINER_NEXT.match(text, w.end())):
            break  # "over RL4VLM and validating the effectiveness", "than the best dataset yet exceeds": a new clause
        if words and low == "with" and (_RESULT_AFTER.match(text, w.end()) or _DIGIT_NEXT.match(text, w.end())):
            break  # "outperforming X with average improvements of 0.2", "X with an F1 score of 77%"
        words.append((w.start(), w.start() + len(bare)))
        if len(bare) != len(token) or len(words) >= 7:
            break
    while words and (text[words[-1][0] : words[-1][1]].casefold() in keep | _DETERMINERS | {"and"}
                     or _FIGURE_TOKEN.fullmatch(text[words[-1][0] : words[-1][1]])
                     or len(words) > 1 and text[words[-1][0] : words[-1][1]].casefold() in _TRAILING_PARTICIPLES
                     and not text[words[-2][0] : words[-2][1]].endswith("ly")):  # (not "the commonly used")
        words.pop()  # "methods based (on 7B models)", "CL methods applied (to MAE)": the participle opens what follows
    return (words[0][0], words[-1][1]) if words else None


_TO_NEXT = _compile(r"\s+to\b")
_DETERMINER_NEXT = _compile(r"\s+(?:the|a|an|its|their|our|this|these)\b", re.I)
_TRAILING_PARTICIPLES = _WORDS["trailing_participle"].words
# "FewVLM with 740M PLM parameters", "MLLM with an average 8.31% gain": the figure starts
_DIGIT_NEXT = _compile(r"\s+(?:only\s+|just\s+|an?\s+(?:average\s+|overall\s+|mean\s+)?)?\$?\d")


@cache
def _number_words(*kinds: str) -> frozenset[str]:
    """Single-word numbers of these kinds in rules/number_words.tsv ("two", "twice", "billion")."""
    return frozenset(w.word for w in load_number_words() if w.kind in kinds and " " not in w.word)


def _cardinal_words() -> frozenset[str]:
    """Single-word numbers ("two", "ten") and multipliers ("twice")."""
    return _number_words("cardinal", "multiplier")


@cache
def _result_after_pattern() -> regex.Pattern:
    variants = sorted({v for m in load_metrics() for v in m.variants if len(v) > 2}, key=len, reverse=True)
    metrics = "|".join(regex.escape(v) for v in variants)
    return _compile(
        rf"(?i)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+)?(?:(?:{metrics})\b|(?:improvement|gain|increase|reduction|boost|margin|drop)s?\b)"
    )


class _ResultAfter:
    """Lazy: the metric table is read on first use."""

    def match(self, text: str, pos: int):
        return _result_after_pattern().match(text, pos)


_RESULT_AFTER = _ResultAfter()


def _opens_clause(text: str, last: tuple[int, int], low: str) -> bool:
    """After "and"/"or", a verb ("reduces", "requires", "achieving") or a cue verb in -s/-ing starts
    a coordinated clause, so the phrase before it ends there."""
    if text[last[0] : last[1]].casefold() not in ("and", "or"):
        return False
    if low in _CLAUSE_VERBS:
        return True
    return low.endswith(("s", "ing")) and not low.endswith("ss") and _cue_of(low) is not None


_AND_VERB = _compile(r"\s*,?\s*(?:and|or|but)\s+([a-z][\w-]*)")


def _new_clause_between(text: str, start: int, end: int) -> bool:
    """"faster than DSIR and reduces memory by 40%": "and" plus a verb between a comparison and a
    figure; the comparison belongs to the clause before."""
    m = _AND_VERB.match(text, start, end)
    if m is None:
        return False
    low = m.group(1)
    return low in _CLAUSE_VERBS or (low.endswith(("s", "ing")) and not low.endswith("ss") and _cue_of(low) is not None)


def _level_clause_between(text: str, start: int, end: int) -> bool:
    """"and achieved", "and reaches": a coordinated verb that states a level, not a change."""
    m = _AND_VERB.match(text, start, end)
    return m is not None and m.group(1) in _CLAUSE_VERBS and _cue_of(m.group(1)) is None


@lru_cache(maxsize=_WORD_CACHE)
def _bare(token: str, at_end: bool) -> str:
    """A token without trailing punctuation; a final period goes unless it ends an abbreviation."""
    bare = token.rstrip(",;:)]}\"'”")
    if bare.endswith(".") and (at_end or bare.count(".") == 1 and bare[-2:-1].islower()):
        bare = bare[:-1]
    elif bare.endswith(".") and bare[-2:-1] in (")", "]", '"'):
        bare = bare[:-1]  # "(GLUE, SQuAD, and RACE)."
    return bare.rstrip(",;:)]}\"'”") if bare[-1:] in ")]}\"'”" else bare


def _name_phrase(text: str, pos: int, limit: int, generic: bool = False) -> tuple[int, int] | None:
    """Names right at `pos`: "CIFAR-100", "Medical MNIST", "iNat 2019", "Llama-3.1, Qwen-2.5, and Gemma-3".

    A name followed by another noun modifies it ("on Ask-LLM data") and is no context. With
    `generic`, instead a short lower-case phrase ending in a dataset word ("our internal
    benchmark", "five industrial datasets") or followed by a name in brackets ("a billion-sized
    model (Qwen1.5-1.8B)").
    """
    words: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []
    closed = False  # the last word ended with punctuation
    first_comma = None  # a comma list of names only counts when it ends in "and X"
    joined = False
    if generic:
        limit = min(len(text), limit + 40)  # a name in brackets may follow the clause's end
    for w in _WORD.finditer(text, pos, limit):
        token = w.group()
        if generic and token[0] == "(" and words and (p := _PAREN_NAME.match(text, w.start() - 1)):
            return p.span(1)
        if token in _PHRASE_END or token[0] in "([{\"'“":
            closed = True
            break
        bare = _bare(token, w.end() >= limit - 1)
        if not bare:
            break
        low = bare.casefold()
        span = (w.start(), w.start() + len(bare))
        if generic:
            if low in _DATASET_HEADS and words:
                nxt = _WORD.match(text, w.end() + 1) if text[w.end() : w.end() + 1] == " " else None
                if nxt is not None and _bare(nxt.group(), False).casefold() in _DATASET_HEADS:
                    words.append(span)
                    continue  # "five benchmark datasets"
                if (lead := _NAMES_FOLLOW.match(text, span[1])) is not None and (
                    named := _name_phrase(text, lead.end(), min(len(text), lead.end() + 120))
                ) is not None and text[named[0] : named[1]].count(" ") >= 1:
                    return named  # "three benchmarks - KITTI, nuScenes, and Argoverse 2 -": the names
                return words[0][0], span[1]
            if not words and _COUNT_LEAD.fullmatch(bare) and len(bare) == len(token):
                words.append(span)
                continue  # "on our 33-task core suite", "across 22 held-out tasks": a count opens the phrase
            if low in _STOP or (_name_like(bare) and not (words and bare.isupper())) or len(words) >= 3 or len(bare) != len(token):
                return None  # an acronym inside is kept: "multiple short-form QA benchmarks"
            words.append(span)
            continue
        if low in ("and", "or") and words:
            pending.append(span)
            continue
        if low.endswith(_ADJECTIVE_ENDINGS):
            break  # "LLM-based agents", "GPT-style models": an adjective, not a name
        numeric = _FIGURE_TOKEN.fullmatch(bare) is not None
        if numeric and not (words and not closed and _PLAIN_NUMBER.fullmatch(bare)):
            break  # a figure, unless a version or year right after a name ("iNat 2019")
        if not numeric and (not _name_like(bare) or low in _GENERIC_NAMES):
            if words and not closed and not pending and low in _MODIFIED_NOUNS:
                return None  # "Ask-LLM data": the name modifies a noun
            break
        joined = joined or bool(pending)
        words.extend(pending)
        pending = []
        words.append(span)
        closed = len(bare) != len(token)
        if closed and token.endswith(",") and joined:
            break  # "on HY-WorldPlay and Matrix-Game-3.0, Light Interaction achieves": the list ended at "and"
        if closed and token.endswith(",") and first_comma is None:
            first_comma = len(words)
        if closed and not token.endswith(","):
            break
        if len(words) >= 7:
            break
    if first_comma is not None and not joined:
        words = words[:first_comma]  # "On FSC, CoDi outperforms": not a list
    if generic or not words or (len(words) == 1 and _is_stop_name(text[words[0][0] : words[0][1]])):
        return None  # a lone "GPU" or "PyTorch" is no evaluation context
    return words[0][0], words[-1][1]


@cache
def _stop_names() -> frozenset[str]:
    """Hardware, platforms and generic acronyms (rules/stop_names.txt, shared with the entity layer)."""
    from .canonical import entity_key
    from .rules_data import read_lines, rules_path

    if not rules_path("stop_names.txt").is_file():
        return frozenset()
    return frozenset(entity_key(line.strip()) for line in read_lines("stop_names.txt"))


@lru_cache(maxsize=_WORD_CACHE)
def _is_stop_name(word: str) -> bool:
    from .canonical import entity_key

    return word not in _CONTEXT_NAMES and entity_key(word) in _stop_names()


def _near(text: str, start: int, limit: int) -> int:
    """End of the short phrase right after a figure: its first comma, bracket or comparison word."""
    end = start
    count = 0
    for w in _WORD.finditer(text, start, limit):
        token = w.group()
        low = token.casefold().rstrip(",;:.)")
        if low == "relative" and not text.startswith(" to", w.end()):
            pass  # "a 5.2x relative speed-up": an adjective, not "relative to X"
        elif token[0] in "([" or token in _PHRASE_END or _COMPARISON_CUE.match(low) or low in (
            "than", "compared", "relative", "versus", "vs", "against", "while", "whereas", "when", "respectively",
            "on", "across", "for", "at", "using", "with", "without", "and", "but", "over", "by", "from", "to",
            "which", "that", "as", "among", "within", "despite", "although", "though", "because", "since", "unless",
        ):
            break
        end = w.end()
        count += 1
        if token[-1] in ",;:)" or (token[-1] == "." and w.end() >= limit - 1) or count >= 6:
            end = w.end() - (1 if token[-1] in ",;:.)" else 0)
            break
    return end


def _post_clause(text: str, start: int, limit: int) -> int:
    """End of the text after a figure that can still say where it was measured."""
    m = _CONTEXT_END.search(text, start, limit)
    return m.start() if m else limit


def _last(pattern: regex.Pattern, text: str, start: int, end: int) -> regex.Match | None:
    """The last match in text[start:end]."""
    last = None
    for last in pattern.finditer(text, start, end):
        pass
    return last


def _skip_words(text: str, pos: int, words: frozenset | tuple) -> int:
    while True:
        m = _NEXT_WORD.match(text, pos)
        if m is None or m.group(1).casefold() not in words:
            return pos
        pos = m.end()


def _direction_of(effect: str, metric: Metric | None) -> str:
    if effect in ("increase", "decrease"):
        return effect
    lower_is_better = metric is not None and metric.better == "lower"
    if effect == "better":
        return "decrease" if lower_is_better else "increase"
    return "increase" if lower_is_better else "decrease"


# --- the claim decision and its attributes ---------------------------------------------------


class _Claim:
    """Attributes of one figure's claim while they are being decided."""

    __slots__ = ("direction", "effect", "cue", "metric", "metric_obj", "metric_end", "baseline", "baseline_ref",
                 "context", "context_ref", "subject", "subject_ref", "why", "kind")

    def __init__(self):
        self.direction = self.effect = self.cue = self.metric = self.metric_obj = None
        self.metric_end = 0  # where the metric's words end in the text, when read from them (set_metric)
        self.baseline = self.baseline_ref = self.context = self.context_ref = None
        self.subject = self.subject_ref = self.kind = None
        self.why: dict[str, str] = {}

    def set_metric(self, text: str, start: int, end: int, metric: Metric | None, rule: str) -> None:
        if metric is None:
            while (w := _METRIC_LEAD.match(text, start, end)) is not None:
                start = w.end()  # "45.7% in Cosine Distance", "4.3 per 1,000 bed exposure-hours": the words after the function word
            words = text[start:end].split()
            if not words or all(x.casefold() in _STOP or x.casefold() in _NOT_METRIC_WORDS or x.casefold() in _DETERMINERS for x in words) or (
                    words[0].casefold() in _NOT_METRIC_WORDS):
                return  # "0.4 or lower", "where strong baselines": no measure named
            if (len(words) == 1 and (words[0] in _ADJECTIVE_ALONE or _ADJECTIVE_SUFFIX.fullmatch(words[0])
                                     or _is_adverb(words[0].casefold()))
                    and not _FIGURE_MORE_BEFORE.search(text, max(0, start - 40), start)):
                return  # "79% found the debate mode more effective", "+20% in the more challenging 5-shot setting": no
                # measure (not "8-40% more repetitive", "11% more faithful": the property the figure measures)
        metric = metric if metric is not None else find_metric(text[start:end])
        surface = text[start:end]
        if (metric is None or metric.name == "score") and (named := _score_of(surface)) is not None:
            metric = named  # "the FID score", "Intersection over Union (IoU) scores": FID's, IoU's
        # "SmolTulu scores 67.7%": the verb names a score; otherwise the metric as written ("errors")
        self.metric, self.metric_obj = ("score" if surface in _SCORING else surface), metric
        self.metric_end = end
        self.why["metric"] = rule

    def set_effect(self, cue: regex.Match, rule: str) -> None:
        self.effect, self.cue = cue.lastgroup, cue
        self.why["direction"] = f"{rule}:{' '.join(cue.group().casefold().split())}"


# words that, in the gap after an outdo verb, open a clause of the gap's own (the outdone levels below need none)
_CLAUSE_WORDS = r"with|by|while|and|achiev\w*|reach\w*|attain\w*|scor\w*|yield\w*"
_OUTDONE_LEVEL_GAP = _compile(rf"(?i)\s+(?!(?:[^\d;:,.()]*?\s)?(?:{_CLAUSE_WORDS})\b)"
                                r"[^\d;:,.()]{1,80}?(?:\s\([^()]{1,40}\)\s+at|\s+at|\s+of|['’]s\s+[\w@-]+(?:\s+[\w@-]+)?\s+of)\s+(?:only\s+|just\s+)?")
# the outdone thing's own level right after it, in brackets or after its possessive: "outperforming SOTA models such
# as Deepseek-V3 (81%)", "surpassing the spatial-only model's 80.45%"
_OUTDONE_OWN_LEVEL_GAP = _compile(rf"(?i)\s+(?!(?:[^\d;:,.()]*?\s)?(?:{_CLAUSE_WORDS}|on|in|for|across|under|at)\b)"
                                  r"[^;:,()%]{1,80}?(?:\s\(|['’]s\s+)")  # (digits in names: "Deepseek-V3 (81%)";
# not a setting's bracket, "outperforms others on PlanetScope (0.79 mIoU)"; the caller refuses a pair, "(84% vs. 79%)",
# and a margin, "(up to 26% on average)")
_VS_IN_BRACKET = _compile(r"[^()]{0,24}?\b(?:vs\.?|versus)\s")
# the next outdone thing with its level after one read so: " and the fused histology-clinical baseline at "
_NEXT_OUTDONE = _compile(r"(?i)\s*\)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[^\d;:,.()]|(?<=[\w/-])[\d.+](?=\w|[+\s])|(?<=\s)\d+\.\d+(?=\s))"
                         r"{1,80}?(?:\s+(?:at|of)\s+|\s+\()")  # (digits inside a name: ", DINOv2+reg (0.774)", "Gemini 2.5 Pro (0.67)")
_THE_GAP = _compile(r"(?i)\s+the\s+")
_OUTDO_CUE = _compile(rf"(?i)(?:{_OUTDO}|top\w*)")
_NEGATION_BEFORE = _compile(r"(?i)\b(?:not|never|no(?:\s+[\w-]+)?|none\s+of(?:\s+[\w-]+){1,4}|fail(?:s|ed)?\s+to|cannot|\w+n't)\s+(?:(?:yet|even|still)\s+)?$")
_OR_CUE = _compile(r"\s*or\s+")
_FIGURE_OR = _compile(r"\d\s*(?:\\?%|\)|\s[a-zA-Z%]{1,3})?\s*or\s+$")
# function words a phrase read as a metric may open with, and words that alone (or first) never name a measure
_METRIC_LEAD = _compile(r"(?i)(?:in|on|of|and|or)\s+(?=\S)")
_NOT_METRIC_WORDS = _WORDS["not_metric"]
_ADJECTIVE_ALONE = _WORDS["adjective_alone"]
_FIGURE_MORE_BEFORE = _compile(r"\d(?:\s*(?:\\?%|x|×|times|-?fold|percent|pp|points?|p\.p\.))?\s+(?:more|less)\s+$")
_ADJECTIVE_SUFFIX = _compile(r"(?i)[a-z]{2,}(?:ive|ble|ous|ful)")  # (and an adverb: `_is_adverb`)
_PREP_END = _compile(r"(?i)\b(?:on|in|across|over|for)\s+(?:(?:the|all|our)\s+)?$")


class _Figure:
    """One figure with the edges of the text its rules read."""

    __slots__ = ("fig", "seg", "pre", "clause", "near", "post", "ctx_end")

    def __init__(self, text: str, seg: _Segment, cuts: list[tuple[int, int]], fig, left: int, right: int):
        self.fig, self.seg = fig, seg
        self.pre = max(left, fig.start - WINDOW)
        clause = self.pre
        post_end = min(right, fig.end + WINDOW)
        post = post_end
        cut = fig.end + WINDOW
        for a, b in cuts:  # the sentence's clause breaks, in order
            if a >= self.pre and b <= fig.start:
                clause = b
            elif a >= fig.end:
                post, cut = min(a, post_end), min(a, cut)
                break
        self.clause, self.post = clause, post
        tail = _paren_tail(text, fig, post)
        self.near = _near(text, tail, post)
        # "by 3% on four benchmarks": a count that opens the context phrase does not end it
        reach = min(cut, len(text)) if right < cut and _PREP_END.search(text, max(fig.end, right - 20), right) else post
        self.ctx_end = _post_clause(text, tail, reach)
        if fig.unit not in ("percent", "score", "pp"):
            pass  # "37 billion parameters (20 billion active)": a size and its part, not a score's twin
        elif (twin := _METRIC_TWIN.match(text, fig.end, reach)) is not None and self.ctx_end <= twin.start(1):
            self.ctx_end = _post_clause(text, twin.end(), reach)  # "3.56% F1 (2.76% Acc) for basic tasks": past the twin
        elif ((close := _METRIC_TWIN_CLOSE.match(text, fig.end, reach)) is not None and self.ctx_end < close.end()
                and _TWIN_HEAD.search(text, max(0, fig.start - 40), fig.start) is not None):
            self.ctx_end = _post_clause(text, close.end(), reach)  # the twin itself: "(2.76% Acc) for basic tasks"
        if text[self.ctx_end : self.ctx_end + 1] == "(" and (m := _CITATION.match(text, self.ctx_end)) is not None:
            # "compared to CAST (Tan et al., 2023a) on the DocRED benchmark": a citation does not end the phrase
            stop = right if right >= m.end() else m.end() + WINDOW  # a year inside the citation is no next figure
            nxt = next((a for a, b in cuts if a >= m.end()), stop)
            self.ctx_end = _post_clause(text, m.end(), min(nxt, stop, m.end() + WINDOW))


# "(Tan et al., 2023a)", "(Yao and Li, 2019)", "(Devlin, 2019; ...)": a citation in brackets
_CITATION = re.compile(r"\((?:[A-Z][\w'-]+(?:\s+(?:et\s+al\.?|and|&)(?:\s+[A-Z][\w'-]+)?)?,?\s+(?:19|20)\d\d[a-z]?(?:;[^()]{0,80})?)\)")


# "3.56% F1 (2.76% Acc)": a figure's metric word(s), then its twin in another metric in brackets
_TWIN_WORD = r"[A-Za-z][\w@.-]*"
_TWIN_WORDS = rf" {_TWIN_WORD}(?: {_TWIN_WORD})? ?"  # " F1 ", " Acc": the metric word(s) before the bracket
_TWIN_FIGURE = r"\d[\d.,]*\s?(?:\\?%|x|×|pp)?"
_TWIN_CLOSE = rf"(?: {_TWIN_WORD}){{1,2}} ?\)"  # " Acc)": the twin's metric and the closing bracket
_METRIC_TWIN_OPEN = _compile(rf"{_TWIN_WORDS}\( ?")
_METRIC_TWIN_CLOSE = _compile(_TWIN_CLOSE)
_TWIN_HEAD = _compile(rf"{_TWIN_FIGURE}(?={_TWIN_WORDS}\( ?$)")
_METRIC_TWIN = _compile(rf"{_TWIN_WORDS}(\() ?[~+\-]?{_TWIN_FIGURE}{_TWIN_CLOSE}")
_PAREN_FIGURE = re.compile(r"\s?\(\s?[~≈+\-]?\d[\d.,]*\s?(?:\\?%|x|×|pp|points?)?\s?\)")


def _paren_tail(text: str, fig, limit: int) -> int:
    """Where the words about a figure start: after its closing bracket when it is bracketed
    ("goes down (63%) on the test set") and after a bracketed twin figure ("a 1.4x (40%) speedup")."""
    end = fig.end
    if text[end : end + 1] == ")" and text[max(0, fig.start - 2) : fig.start].strip() == "(":
        end += 1
    if (m := _PAREN_FIGURE.match(text, end, limit)) is not None:
        end = m.end()
    return end


def _adverb_cue(cue) -> bool:
    """"increasingly", "exceedingly", "doubly": an adverb a cue stem happens to match says how, not that
    the figure's quantity changed."""
    return cue.group().casefold().endswith("ly")


_MOVE_PARTICIPLE = _WORDS["move_participle"].words  # "peaking at just 35%"
_PLAIN_PARTICIPLE = _compile(r",\s+(?:[a-z]+ly\s+)?([a-z]{3,}ing)\b[^,;()]*$")
_NEXT_HEAD = _compile(r"\s+([a-z][\w-]*)")


def _modifies_compared(text: str, cue, end: int) -> bool:
    """"stronger models", "larger baselines": a comparative adjective right before a compared head ("models",
    "methods") names which things, when another cue comes before it."""
    low = cue.group().casefold()
    return (low.endswith(("er", "est")) and (m := _NEXT_HEAD.match(text, cue.end(), end)) is not None
            and m.group(1).casefold() in _COMPARED_HEADS)


def _read_after(text: str, f: _Figure, c: _Claim) -> None:
    """Metric and cue right after the figure: "2.8x faster", "30% lower latency", "77.6% Dice"."""
    fig = f.fig
    if fig.rule == "q:ordinal":
        m = _RANK_NOUN.match(text, fig.end)
        if m and m.group(1).casefold() in ("place", "position", "rank", "spot", "ranking", "positions", "places"):
            c.set_metric(text, m.start(1), m.end(1), None, "metric:rank")
        else:  # "ranked 11 compared with all participants"
            c.metric, c.metric_obj = "rank", None
            c.why["metric"] = "metric:rank"
        return
    cue = f.seg.first_cue(fig.end, f.near)
    while cue is not None and _adverb_cue(cue):
        cue = f.seg.first_cue(cue.end(), f.near)  # "three increasingly complex categories": no change
    if cue is not None and _OR_CUE.fullmatch(text, _paren_tail(text, fig, cue.start()), cue.start()):
        cue = None  # "F1 scores of 0.4 or lower", "errors of around 5% or lower": a bound on a level, not a change
    if cue is None and fig.unit == "x" and (m := _AS_ADJ_AS.match(text, fig.end)) is not None:
        # "approximately four times as fast as ConvNeXt": the comparative the adjective stands for ("faster")
        adj = m.group(1).casefold()
        comp = next((w for w in (adj + "er", adj + "r", adj[:-1] + "ier") if _cue_of(w) is not None and _cue_aspect(w)), None)
        if comp is not None:
            c.set_effect(_Hit(m.start(1), m.end(1), comp, _cue_of(comp)), "dir:as_as")
            c.metric, c.metric_obj = _speed_aspect(text, _cue_aspect(comp), f), find_metric(_cue_aspect(comp))
            c.why["metric"] = f"metric:cue:{comp}"
            return
    metric = f.seg.first_metric(fig.end, f.near)
    if cue is not None and metric is not None and fig.unit in (None, "count") and cue.start() == metric.start() == _skip_space(text, fig.end):
        cue = None  # "0.35 loss": a bare score, and the word after it names the metric, not a change
    if cue is not None:
        c.set_effect(cue, "dir:after")
    if metric is not None and (_cue_aspect(metric.group()) is not None or (cue is not None and cue.start() == metric.start())) and (
        m := _IN_OF.match(text, metric.end())
    ):
        named = f.seg.first_metric(m.end(), f.post)
        if named is not None and named.start() == m.end():
            metric = named  # "1.3x speedup in throughput" measures throughput
    if metric is not None:
        s = _extend_left(text, metric.start(), fig.end)
        if s > fig.end and not _COMPARED_FIGURE_BEFORE.search(text, max(0, fig.start - 16), fig.start) and (gap := _PLAIN_GAP.fullmatch(text, _skip_space(text, _paren_tail(text, fig, s)), s)) is not None and all(
                w not in _STOP and w not in _DETERMINERS and w not in _NOT_MEASURE and _cue_of(w) is None for w in gap.group().split()):
            s = gap.start()  # "2.4B non-embedding parameter variants": the words between the figure and the measure name it
        c.set_metric(text, s, metric.end(), metric.metric, "metric:after")
        if fig.unit == "params" and (plural := _UNIT_PLURAL.get(c.metric.rsplit(None, 1)[-1].casefold())) is not None:
            c.metric = c.metric[: len(c.metric) - len(c.metric.rsplit(None, 1)[-1])] + plural  # a size counts parameters
        if cue is None and metric.metric is not None and metric.metric.kind == "speed" and (effect := _cue_of(metric.group().casefold())) is not None:
            # "a 5.2x relative speed-up": the metric word is itself the cue
            c.set_effect(_Hit(metric.start(), metric.end(), metric.group(), effect), "dir:after")
            cue = c.cue
    elif cue is not None and (on := _ON_METRIC.match(text, cue.end(), f.post)) is not None and (
            named := f.seg.first_metric(on.end(), f.post)) is not None and named.start() == on.end():
        # "more than 9% gains on NDCG@10", "a 2.1% improvement in BLEU": the cue's measure named right after it
        c.set_metric(text, named.start(), named.end(), named.metric, "metric:cue_on")
    elif cue is not None:
        # "44% higher visual fidelity", "25% model size reduction", "53 times reduction in parameters"
        after = _phrase(text, _skip_words(text, cue.end(), ("in", "of", "the", "a", "an")), f.near)
        before_cue = text[fig.end : cue.start()].strip(" -")
        if after is not None and text[after[0] : after[1]].rsplit(None, 1)[-1].casefold() in _DATASET_HEADS:
            pass  # "a 5.97% improvement in safety-critical alignment tasks": where, not what
        elif after is not None and c.effect in ("better", "worse") and text[after[0] : after[1]].casefold() in _COMPARED_HEADS:
            pass  # "up to 2.6% stronger model": the thing that does better, not what is measured
        elif after is not None:
            c.set_metric(text, after[0], after[1], None, "metric:after_cue")
        elif before_cue and _WORDS_ONLY.fullmatch(before_cue) and not all(w in _MODIFIERS for w in before_cue.split()):
            # "25% model size reduction"; not "a 70% relative improvement", whose modifier names nothing
            start = fig.end + text[fig.end : cue.start()].index(before_cue)
            c.set_metric(text, start, start + len(before_cue), None, "metric:before_cue")
    if c.metric is None and cue is not None and (aspect := _cue_aspect(cue.group())) and (
        fig.unit not in (None, "count") or cue.start() == _skip_space(text, fig.end)
    ):
        # a bare number takes the cue's aspect only from the very next word ("16/32 experts much smaller": no)
        c.metric, c.metric_obj = _speed_aspect(text, aspect, f), find_metric(aspect)
        c.why["metric"] = f"metric:cue:{cue.group().casefold()}"
    elif c.metric is not None and ((aspect := _cue_aspect(c.metric)) or (metric is not None and (aspect := _cue_aspect(metric.group())))):
        c.metric = _speed_aspect(text, aspect, f)  # "speedups", "relative speed-up" measure speed
    if c.metric is None and cue is not None and (b := _BRACKET_AFTER.match(text, f.near)) is not None:
        named = f.seg.first_metric(b.end(), b.end() + 40)
        if named is not None and named.start() == b.end():
            c.set_metric(text, named.start(), named.end(), named.metric, "metric:bracket_after")  # "a 3.69 points improvement (ROUGE-L 74.68)"
    if c.metric is None and cue is None and fig.unit in ("percent", "score") and (t := _TITLE_METRIC_AFTER.match(text, fig.end, f.post)):
        c.set_metric(text, t.start(1), t.end(1), None, "metric:title_after")  # "43.9% Quality Ratio on NP-Bench"
    if c.metric is None and fig.unit in _RATE_UNITS:
        c.metric, c.metric_obj = _speed_aspect(text, "speed", f, after=True), find_metric("throughput")
        c.why["metric"] = "metric:rate_unit"


_OBJECT_GAP = _compile(r"\s*(?:\([^()]{1,20}\))?\s*")  # "accuracy (Acc) by"
# a title-case name of two or three plain words right after a score, then a setting or a break
_TITLE_METRIC_AFTER = re.compile(r" ((?:[A-Z][a-z]{2,} ){1,2}[A-Z][a-z]{2,})(?=\s+(?:on|in|for|across|at|with|and|over|than)\b|\s*[,.;)]|$)")


def _skip_space(text: str, pos: int) -> int:
    return pos + 1 if text[pos : pos + 1] == " " else pos


def _speed_aspect(text: str, aspect: str, f: _Figure, after: bool = False) -> str:
    """"converging 70% faster" measures convergence speed; "fine-tune 20% faster", fine-tuning speed."""
    if aspect != "speed":
        return aspect
    word = f.seg.speed_word(f.fig.end, f.near + 1) if after else None
    if word is None:
        word = f.seg.speed_word(max(f.clause, f.fig.start - 60), f.fig.start, last=True)
    if word is None:
        word = f.seg.speed_word(f.fig.end, min(f.post, f.fig.end + 30))
    return aspect if word is None else f"{word} {aspect}"


_SCORE_NOUN_BY = _compile(r"(?i)scores?\s+(?:by|from|to)\s+(?:(?:up\s+to|about|approximately|around|over|nearly|more\s+than|an?\s+average\s+of|on\s+average)\s+)?(?:an?\s+)?$")


def _score_noun_object(text: str, seg: _Segment, start: int, end: int) -> bool:
    """"improves the Dice score by 10.31%", "raises content scores by 45%": the only blocker between the cue and
    the figure is the noun "score(s)" that ends the cue's object right before "by"/"from"/"to", not the verb
    of a level ("improves X, scoring 95%")."""
    inside = [b for b in seg.blockers if start <= b < end]
    if len(inside) != 1:
        return False
    if text[inside[0] - 1 : inside[0]] in (" ", "-") and _SCORE_NOUN_BY.fullmatch(text, inside[0], end) is not None:
        return True
    # "increasing Pearson correlation with expert evaluations by 0.07", "improves alignment with a target ranking by 14%":
    # "with" completes a noun, and "by" gives the change's size
    return text[inside[0] - 2 : inside[0] - 1].isalpha() and text[inside[0] - 1] == " " and _WITH_NOUN_BY.fullmatch(text, inside[0], end) is not None


_WITH_NOUN_BY = _compile(r"(?i)with\s+[^,;:()\d]{1,50}?\s+by\s+(?:(?:up\s*to|about|approximately|around|over|nearly|more\s+than|an?\s+average\s+of)\s+)?\$?$")


def _read_before(text: str, f: _Figure, c: _Claim) -> None:
    """Cue and metric before the figure, within its clause.

    "reduces memory by 40%" (object of the cue), "accuracy ... increases by 3.9%" (subject of a
    cue followed by by/from/of), "outperforms X by 2%" (performance, unless a metric is named).
    """
    fig = f.fig
    start, end = f.clause, fig.start
    cue = None
    if c.effect is None:
        cue = f.seg.last_cue(start, end)
        while cue is not None and (_adverb_cue(cue) or _modifies_compared(text, cue, end)):
            # "increasingly proposed as metrics, yet report AUROC exceeding 0.96"; "hurts stronger models (up to 5.6%)":
            # a comparative that picks out the compared models says nothing of the change
            cue = f.seg.last_cue(start, cue.start())
        if cue is not None and _FIGURE_OR.search(text, max(0, cue.start() - 12), cue.start()):
            cue = None  # "0.809 or lower for the best LLMs, (0.906 vs 0.773": the earlier figure's bound
        if cue is not None and cue.group().casefold() in _AFTER_NOUN_CUES and (earlier := f.seg.last_cue(start, cue.start())) is not None:
            cue = earlier  # "reduces the overhead by 30%": the verb says the change, the noun is its object
        if cue is not None and f.seg.blocked(cue.end(), end) and (r := _CUE_NOUN_REACHES.match(text, cue.end(), end)) is not None \
                and _REACH_CUE_NOUN.search(cue.group()) and not f.seg.blocked(r.end(), end):
            pass  # "peak enhancements reached 3.56%", "the maximum improvement reaches 12.4%": the change's own size
        elif cue is not None and f.seg.blocked(cue.end(), end) and not (
                _BASELINE_VERB.match(text, cue.start()) and _WITH_SIZE.search(text, cue.end(), end) and not f.seg.blocked(cue.end(), _WITH_SIZE.search(text, cue.end(), end).start())) \
                and not _score_noun_object(text, f.seg, cue.end(), end):
            cue = None  # (not "outperforms GPT-3 with 175B parameters by 3.2%": the size describes the compared model)
        if (cue is not None and fig.unit != "x" and (p := _PLAIN_PARTICIPLE.search(text, cue.end(), end)) is not None
                and _cue_of(p.group(1).casefold()) is None and not _is_blocker(p.group(1).casefold())
                and p.group(1).casefold() not in _MOVE_PARTICIPLE and not _BY_END.search(text, max(0, fig.start - 4), fig.start + 1)):
            # "improves long-horizon task performance, successfully correcting 90% of student misconceptions": the
            # participle after the comma starts the figure's own predicate, which says no change
            c.why["direction"] = "dir:none:other_participle"
            cue = None
        if (cue is not None and _OUTDO_CUE.fullmatch(cue.group()) and (
                _OUTDONE_LEVEL_GAP.fullmatch(text, cue.end(), fig.start)
                or _THE_GAP.fullmatch(text, cue.end(), fig.start) and _OF_AFTER.match(text, fig.end)
                or not fig.sign and fig.qualifier is None and _OUTDONE_OWN_LEVEL_GAP.fullmatch(text, cue.end(), fig.start)
                and not _VS_IN_BRACKET.match(text, fig.end))):
            # "outperforming the strongest baseline (Claude 3.7 Sonnet) at 84.62%", "a non-specialist human baseline
            # of 60.0%", "the best model's OA of 67%", "far surpassing the 13.4% of a text-only model": the level of
            # what is outdone, no change and no comparison of its own
            c.why["direction"] = "dir:none:compared_level"
            if (c.metric is None and (subject := f.seg.last_metric(start, cue.start())) is not None
                    and (subject.metric is None or subject.metric.name != "data")):  # not "with two thirds of training data"
                # "85.4% accuracy, surpassing the custom CNN baseline of 74.3%": the measure both are compared in
                c.set_metric(text, _extend_left(text, subject.start(), start), subject.end(), subject.metric, "metric:before_comparison")
            cue = None
        if (cue is not None and _OUTDO_CUE.fullmatch(cue.group())
                and _NEGATION_BEFORE.search(text, max(0, cue.start() - 60), cue.start())):
            # "no model exceeds 66% overall", "F1 scores do not exceed 0.57", "none of the tested approaches exceed
            # 40%": a ceiling no one reached, a level and not a change
            c.why["direction"] = "dir:none:negated"
            cue = None
        if cue is not None and fig.qualifier in ("over", "under") and _THRESHOLD_VERB.fullmatch(cue.group()) and not text[cue.end() : end].strip():
            # "AUC never rises above 0.59", "baselines fall below 5%": a threshold passed, not a change
            c.why["direction"] = "dir:none:threshold"
            cue = None
        if (cue is not None and not fig.sign and fig.unit != "x" and _OPEN_LEVEL.search(text, cue.end(), end) and not _THAN_AFTER.match(text, fig.end)
                and not _bracketed_change(text, fig, cue, end)):
            # "superior accuracy (32.03%)", "high computational cost (554.66s runtime, 12.73T FLOPs)":
            # an unsigned figure in brackets after the cue's phrase states a level, not the change
            c.why["direction"] = "dir:none:bracketed_level"
            cue = None
        if cue is not None:
            c.set_effect(cue, "dir:before")
    if c.metric is not None:
        return
    # the pattern ends in "(" and at most one space (and `$` may sit before a final newline): no "(" in the
    # last three characters, no match, so the 60-character search is skipped
    if "(" in text[max(start, end - 3) : end] and (bracket := _BRACKET_BEFORE.search(text, max(start, end - 60), end)) is not None:
        # "knowledge memorisation (+9.8%)": a signed figure in brackets says how the words before it changed
        metric = f.seg.last_metric(start, bracket.start(1) + 1)
        if metric is not None and metric.end() == bracket.end(1):
            c.set_metric(text, _extend_left(text, metric.start(), start), metric.end(), metric.metric, "metric:bracket_before")
            return
        if (fig.sign in ("+", "-", "Δ") and (words := _phrase_back(text, start, bracket.end(1))) is not None
                and "baseline" not in text[words[0] : words[1]].casefold()
                and text[words[0] : words[1]].rsplit(None, 1)[-1].casefold() not in _COMPARED_HEADS
                and not _COMPARED_BEFORE.search(text, max(0, words[0] - 40), words[0])):
            # not "dominates the baseline (+0.9 pp)", "outperforms its SFT-initialized counterpart (+28.83 points)":
            # a compared thing, not what changed
            c.set_metric(text, words[0], words[1], None, "metric:bracket_before")
            return
    named = f.seg.last_metric(start, end)
    if named is not None and named.metric is not None and named.metric.name == "parameters" and _GLUED_TO_FIGURE.search(text, max(0, named.start() - 14), named.start()):
        named = None  # "outperforms GPT-3 with 175B parameters by 3.2%": another figure's unit
    if named is not None and text[named.end() : end].strip().casefold() in ("", "of", ":", "=", "is", "was", "("):
        # ("excels in recall (84.85%)", "balanced performance in IoU (64.20%)": a lexicon metric right before the bracket)
        c.set_metric(text, _extend_left(text, named.start(), start), named.end(), named.metric, "metric:before")
        return
    tail = text[max(start, end - 60) : end].split()[-3:]
    if tail and tail[-1].casefold() == "of":
        tail = tail[:-1]
    if tail and tail[-1].casefold() in _SCORING:
        c.metric, c.metric_obj = "score", find_metric("score")
        c.why["metric"] = "metric:scoring"
        return
    cue = cue or (c.cue if c.cue is not None and start <= c.cue.start() < fig.start else None)
    if cue is None:
        metric = f.seg.last_metric(start, end)
        if metric is not None and c.why.get("direction", "").startswith("dir:after"):
            metric = None  # "... of the training data results in a 3.69% points improvement": not its metric
        elif metric is not None and metric.metric is not None and metric.metric.name == "parameters" and _GLUED_TO_FIGURE.search(
                text, max(0, metric.start() - 14), metric.start()):
            metric = None  # "outperforms GPT-3 with 175B parameters by 3.2%": another figure's unit
        elif metric is not None and start == f.pre and start > 0 and not text[start : metric.start()].strip() and "," in text[metric.end() : end]:
            metric = None  # "with 13 GB peak memory on X, and as fast as 210 ms": the figure before owns it
        elif metric is not None and _FIGURE_END.search(text, max(0, f.pre - 3), f.pre) and _SETTING_BEFORE.search(text, start, metric.start()):
            metric = None  # "by 6% for in-domain data and 3% for ...": the setting of the figure before
        elif metric is not None and "," in text[metric.end() : end] and f.seg.blocked(metric.end(), end) and _NEW_SUBJECT.search(text, metric.end(), end):
            metric = None  # "Leveraging the curated data ..., we develop X, a model that achieves 19.46%": another clause's noun
        if (metric is not None and text[metric.start() - 1 : metric.start()] == "(" and text[metric.end() : metric.end() + 1] == ")"
                and (long := f.seg.last_metric(start, metric.start() - 1)) is not None and not text[long.end() : metric.start() - 1].strip()
                and long.metric is not None and metric.metric is not None and long.metric.name != metric.metric.name
                and _abbreviates(metric.group(), text[start : metric.start() - 1])):
            metric = long  # "memory recall (MR) of ...": the bracket abbreviates the phrase before it, not another metric
        if metric is not None:
            s = _extend_left(text, metric.start(), start)
            c.set_metric(text, s, metric.end(), metric.metric, "metric:before")
        elif _ranging(tail) and (m := _RANGING_TAIL.search(text, max(start, end - 60), end)) is not None:
            c.set_metric(text, m.start(1), m.end(1), None, "metric:ranging")
        return
    metric = f.seg.last_metric(cue.end(), end)
    if metric is not None and _GLUED_TO_FIGURE.search(text, max(0, metric.start() - 12), metric.start()):
        metric = None  # "outperforms the 80B-parameter Flamingo model by 8.5%": another figure's unit
    elif metric is not None and metric.metric is not None and metric.metric.name == "data" and c.effect in ("better", "worse"):
        metric = None  # "exceeding unfiltered top-tier data by 6.7%": the data compared with, not the measure
    elif (metric is not None and _COMPARISON_CUE.match(cue.group()) and (nxt := _MODIFIED_NOUN_AFTER.match(text, metric.end(), end)) is not None
          and nxt.group(1).casefold() not in _STOP and _cue_of(nxt.group(1).casefold()) is None and find_metric(nxt.group(1)) is None):
        metric = None  # "surpasses memory systems such as ReasoningBank by up to 11.5%": a modifier of the compared thing
    if metric is not None:
        s = _extend_left(text, metric.start(), cue.end())
        if (c.effect in ("better", "worse") and metric.metric is not None and metric.metric.better == "lower"
                and (nxt := _NOUN_AFTER_METRIC.match(text, metric.end(), end)) is not None
                and nxt.group(1).casefold() not in _STOP and _cue_of(nxt.group(1).casefold()) is None):
            # "improves stock volatility and price movement prediction by 5-12%": a lower-better word that
            # modifies a noun is not the measure, so its better direction does not turn "improves" around
            c.set_metric(text, s, nxt.end(), None, "metric:after_cue")
            return
        c.set_metric(text, s, metric.end(), metric.metric, "metric:after_cue")
        if (b := _BASELINE_IN_OBJECT.fullmatch(text, _skip_space(text, cue.end()), s)) is not None:
            c.baseline, c.why["baseline"] = b.group(1), "baseline:in_object"  # "improves the baseline accuracy by 5%"
        return
    if (aspect := _cue_aspect(cue.group())) is not None:
        c.metric, c.metric_obj = _speed_aspect(text, aspect, f, after=True), find_metric(aspect)
        c.why["metric"] = f"metric:cue:{cue.group().casefold()}"
        return
    subject = f.seg.last_metric(start, cue.start())
    if subject is not None and _RELATIVE_OR_WITHOUT.search(text, max(0, subject.start() - 30), cue.start()):
        subject = None  # "without using any synthetic data ..., which outperforms X by 1.30 points": not what is compared
    if subject is not None and subject.metric is not None and subject.metric.name == "data" and c.effect in ("better", "worse"):
        subject = None  # "filtered data ... improves by 22.3%": the data is what does better, not what is measured
    if subject is not None and "," in text[subject.end() : cue.start()] and _SETTING_OPENER.search(text, max(0, subject.start() - 60), subject.start()):
        subject = None  # "On mid-tier data, our best filter improves ... by 12.1%": the opening setting, not the subject
    if subject is not None and subject.start() > 1 and text[subject.start() - 1] == "-" and text[subject.start() - 2].isalpha() \
            and _WORD_AFTER.match(text, subject.end()):
        subject = None  # "high-fidelity results that outperform X": a compound adjective, not the metric
    if _COMPARISON_CUE.match(cue.group()):
        if subject is not None:
            s = _extend_left(text, subject.start(), start)
            c.set_metric(text, s, subject.end(), subject.metric, "metric:before_comparison")
        else:
            c.metric, c.metric_obj = "performance", find_metric("performance")
            c.why["metric"] = "metric:comparison"
        return
    passive = _CUE_THEN_FIGURE.match(text, cue.end(), end) is not None or (
        _REACH_CUE_NOUN.search(cue.group()) is not None and _CUE_NOUN_REACHES.match(text, cue.end(), end) is not None)  # "the error reduction reached 40%"
    obj = None if passive or _FIGURE_BETWEEN.search(text, cue.end(), end) or _FIGURE_CUE.search(text, max(0, cue.start() - 30), cue.start()) else _phrase(text, _skip_words(text, cue.end(), _DETERMINERS | {"in", "of", "on"}), end)
    if obj is not None and text[obj[0] : obj[1]].split()[0].casefold() in _RANGE_VERBS:
        obj = None  # "with gains ranging from +11% to +32%": the span's verb, not what it measures
    elif obj is not None and _is_adverb(text[obj[0] : obj[1]].split()[0]):
        obj = None  # "drops sharply to 3.83", "increased nearly sixfold": how it changed, not what
    if obj is not None:
        if (b := _BASELINE_IN_OBJECT.match(text, obj[0], obj[1])) is not None and b.end() < obj[1]:
            # "decreasing the competitive baseline runtimes by 6%": the baseline's own metric
            c.baseline, c.why["baseline"] = text[b.start(1) : b.end(1)], "baseline:in_object"
            c.set_metric(text, b.end(), obj[1], None, "metric:cue_object")
        elif (c.effect in ("better", "worse") and fig.from_value is None and c.baseline is None
              and text[obj[0] : obj[1]].rsplit(None, 1)[-1].casefold() in _COMPARED_HEADS):
            # "CoRP improves the base model by 8.1 points": the model improved on is the compared thing
            c.baseline, c.why["baseline"] = text[obj[0] : obj[1]], "baseline:cue_object"
        elif (c.effect in ("better", "worse") and fig.from_value is None and c.baseline is None
              and (sota := _SOTA_RESULTS.match(text, obj[0], obj[1])) is not None):
            # "improving the state-of-the-art results of task 2 of the FiQA dataset by 16%": the results improved
            # on are the compared thing
            c.baseline, c.why["baseline"] = text[sota.start() : sota.end()], "baseline:cue_object_results"
        else:
            c.set_metric(text, obj[0], obj[1], None, "metric:cue_object")
    elif subject is not None and not _GLUED_TO_FIGURE.search(text, max(0, subject.start() - 14), subject.start()):
        # ("With 738M PLM parameters, X achieves an improvement of 9.1%": the unit of another figure is no subject)
        s = _extend_left(text, subject.start(), start)
        c.set_metric(text, s, subject.end(), subject.metric, "metric:cue_subject")
    elif passive and (m := _PASSIVE_SUBJECT.search(text, max(start, cue.start() - 80), cue.start())) is not None:
        if m.group(1).split()[0].casefold() not in _STOP:
            c.set_metric(text, m.start(1), m.end(1), None, "metric:passive_subject")  # "the average length ... is reduced by 48%"


# "the non-hallucination caption rate on a held-out test set increases from", "mean tier falls from": an
# intransitive change verb (or a passive one) right before "from A to B"; its subject is what changed
_CHANGE_VERB_FROM = _compile(
    r"\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:increas(?:es|ed|ing)|improv(?:es|ed|ing)|ris(?:es|ing)|rose|drop(?:s|ped|ping)|fall(?:s|ing)?|fell|decreas(?:es|ed|ing)"
    r"|declin(?:es|ed|ing)|grow(?:s|ing)?|grew|jump(?:s|ed|ing)|climb(?:s|ed|ing)|goes|went|going|shr[iau]nk(?:s|ing)?"
    r"|surg(?:es|ed|ing)|soar(?:s|ed|ing)|plummet(?:s|ed|ing)|dip(?:s|ped|ping)|reduced|raised|boosted|lowered)"
    r"\s+(?:[a-z]+ly\s+)?from\s+$")
_CHANGE_SUBJECT_CUT = _compile(r"[,;:()\[\]]|\.\s|\s(?:on|in|for|across|at|with|under|over|of|among|between|when|after)\s")
_CHANGE_SUBJECT_WORD = _compile(r"[A-Za-z][\w@-]*(?:['’]s)?")
_CHANGE_SUBJECT_LEAD = frozenset(("the", "its", "their", "our", "and", "or", "but", "while", "whereas", "then", "yet", "however",
                                  "thus", "hence", "so", "also", "meanwhile", "notably", "overall"))
_CHANGE_SUBJECT_NOT = _WORDS["not_change_subject"].words


# "rhyme density increased by", "breast cancer mortality has decreased by", "the success rate can increase to": the
# same intransitive change verbs right before "by" or "to" and the figure (its qualifier is part of the figure)
_CHANGE_VERB_BY = _compile(
    r"\s+(?:(?:is|are|was|were|has|have|had|has\s+been|have\s+been|can|could|may|might|will|would)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:increas(?:es|ed|e)|rises|rose|drop(?:s|ped)|falls|fell|decreas(?:es|ed)"
    r"|declin(?:es|ed)|grows|grew|jump(?:s|ed)|climb(?:s|ed)|shr[iau]nk(?:s)?"
    r"|surg(?:es|ed)|soar(?:s|ed)|plummet(?:s|ed)|dip(?:s|ped)|reduced|raised|boosted|lowered)"
    r"\s+(?:[a-z]+ly\s+)?\(?(?:by|to)\s+$")


def _change_subject(text: str, lo: int, end: int, verb: regex.Pattern = _CHANGE_VERB_FROM) -> tuple[int, int] | None:
    """The noun phrase a change verb right before "from A to B" has as its subject ("the GEO-BLEU score improved
    from", "severe-collusion incidence drops from"), without a prepositional tail ("on a held-out test set"),
    a leading determiner or conjunction; None for a method or a pronoun ("our model improves from")."""
    m = verb.search(text, lo, end)
    if m is None:
        return None
    left = lo
    for cut in _CHANGE_SUBJECT_CUT.finditer(text, lo, m.start()):
        if cut.group().strip() in ",;:()[]." :
            left = cut.end()
    first = _CHANGE_SUBJECT_CUT.search(text, left, m.start())
    right = first.start() if first is not None else m.start()
    words = [w for w in _CHANGE_SUBJECT_WORD.finditer(text, left, right)]
    if not words or text[left:right].strip() != text[words[0].start() : words[-1].end()] or any(
            text[a.end() : b.start()].strip() for a, b in zip(words, words[1:])):
        return None  # a figure, a symbol or a stray mark in the phrase ("Passkey >4k")
    if words[0].group().casefold() in ("a", "an"):
        return None  # "an RL-only agent improves from": a thing, not a measure
    while words and words[0].group().casefold() in _CHANGE_SUBJECT_LEAD:
        words = words[1:]
    owner = [i for i, w in enumerate(words) if w.group().casefold().endswith(("'s", "’s"))]
    words = words[owner[-1] + 1 :] if owner else words  # "GPT-5's safety rate": the rate, not its owner
    if not 1 <= len(words) <= 4:
        return None
    head = words[-1].group()
    if (not head[0].islower() or head.casefold() in _CHANGE_SUBJECT_NOT or head.casefold() in _STOP
            or any(w.group().casefold() in _STOP or w.group().casefold() in _CHANGE_SUBJECT_NOT for w in words)):
        return None
    return words[0].start(), words[-1].end()


_SETTING_PREP_BEFORE = _compile(r"(?i)\b(?:at|under)\s+(?:[\w-]+\s+){0,2}$")


def _bracketed_change(text: str, fig, cue, end: int) -> bool:
    """"higher acceptance rates across all tasks (up to 15%)", "reductions in computational cost (up to 60%)":
    a bracketed "up to" bound after the cue is the size of the change, not a level (not "At higher
    compression ratios (up to 90%)", a setting)."""
    return (fig.qualifier == "up_to" and fig.from_value is None
            and _SETTING_PREP_BEFORE.search(text, max(0, cue.start() - 40), cue.start()) is None)


_FACTOR_THEN_BRACKET = _compile(r"(?i)(?:\d\s?(?:x|×)|\btimes|\bfold|\bmagnitude|\btwice|\bdouble|\btriple)\s?\(\s?$")


# "On mid-tier data, ...": a metric word inside a phrase that opens the sentence with a preposition
_SETTING_OPENER = _compile(r"(?i)(?:^|[.;:]\s+|\(\w{1,4}\)\s*)(?:on|in|for|across|under|at|from|over|among)\s+[^,;:.()]*$")
# "a 3.2% gain on X and a 7% lead": a figure between the cue and this one; the cue's object is not its metric
_FIGURE_BETWEEN = _compile(r"\d[\d.,]*\s?(?:\\?%|x\b|×|pp\b|points?\b)")
_FIGURE_CUE = _compile(r"\d[\d.,]*\s?(?:\\?%|x\b|×|pp\b|points?\b)\s+(?:(?!(?:and|or|but|while|then|whereas)\b)[\w-]+\s+)?$")
_NEW_SUBJECT = _compile(r"(?i)\b(?:we|that|which|who)\b")
_BRACKET_AFTER = _compile(r"\s?\(\s?")
_BASELINE_IN_OBJECT = _compile(r"(?i)((?:the\s+)?(?:[a-z][\w-]*\s+)?baselines?)(?:'s?)?\s+")
_PASSIVE_SUBJECT = _compile(
    r"(?:^|(?<=[\s,(]))(?:the|its|their|our)\s+([a-z][\w-]*(?:\s[a-z][\w-]*){0,2}?)(?:\s+of\s+[^,;()]{1,50}?)?"
    r"\s+(?:is|are|was|were|can\s+be|could\s+be|has\s+been|have\s+been|gets|got)\s+(?:[a-z]+ly\s+)?$"
)
# a cue noun as the subject of reach ("enhancements reached", "the improvement can reach up to"), right before the figure's words
_PEAK_BEFORE = _compile(r"(?i)\b(?:peak|maximum|max|maximal)\s+(?:relative\s+|absolute\s+)?$")
_REACH_CUE_NOUN = _compile(r"(?i)(?:ments?|tions?|gains?|speedups?|speed-ups?|increases?|decreases?|drops?|boosts?)$")
_CUE_NOUN_REACHES = _compile(r"(?i)\s+(?:(?:can|could|may)\s+)?reach(?:es|ed|ing)?\s+(?:(?:up\s+to|about|around|approximately|over|nearly)\s+)?$")
_THRESHOLD_VERB = _compile(r"(?i)ris(?:e|es|ing)|rose|fall(?:s|ing)?|fell")
_THAN_AFTER = _compile(r"[^()]{0,12}\)\s*than\b")
_OPEN_LEVEL = _compile(r"[A-Za-z]\s?\((?![^()]*\b(?:by|from|to)\b)[^()]*$")
_BRACKET_BEFORE = _compile(r"([A-Za-z][\w-]*)\s?\(\s?$")
_COMPARED_BEFORE = _compile(rf"(?i)(?:\b(?:than|over|vs\.?|versus|against)|{_OUTDO}|dominat\w*)"
                            r"\s+(?:the\s+|an?\s+|our\s+|its\s+)?$")


# an item of a list of measures: ", graph consistency (", "and expert validation (", ", overlap < ", "; recall = "
_LIST_ITEM_BEFORE = _compile(r"(?:(?:(?<=[)\d%])\s?[,;]\s(?:and\s)?|(?<=[)\d%]),?\sand\s|\(\s?|:\s|\b(?:such\s+as|including)\s))(?!and\s|or\s)((?:[a-z][a-z-]+\s){0,2}[a-z][a-z-]{2,})\s?(\(\s?|[=:]\s?)?$")
# a lexicon metric followed by its own figure: "precision (85.20%", "ROC AUC = 0.99", "MRR: 0.411"
_METRIC_ITEM_AFTER = _compile(r"\s?(?:\(\s?|[=:]\s?)[~<>≈]?\$?\d")


def _list_item(text: str, f: _Figure) -> tuple[int, int] | None:
    """The plain words naming an unsigned figure in a list of measures, when another item is a lexicon metric."""
    fig = f.fig
    item = _LIST_ITEM_BEFORE.search(text, max(0, fig.start - 50), fig.start)
    if (fig.sign or item is None or not (item.group(2) or text[fig.start : fig.start + 1] in "<>≤≥")
            or find_metric(item.group(1)) is not None or item.group(1).split()[0] in _LEVEL_WORDS
            or any(w in _STOP or w in _DETERMINERS or w in _NOT_MEASURE or _cue_of(w) is not None for w in item.group(1).split())):
        return None
    if any(h.start() < item.end(1) and h.end() > item.start(1) for h in f.seg.metrics):
        return None  # "moderate precision (0.799)": a lexicon metric with a level word
    if any(h.end() <= item.start(1) - 2 and item.start(1) - h.end() < 200 and _METRIC_ITEM_AFTER.match(text, h.end())
           and h.metric is not None and h.metric.kind in ("quality", "error") and h.metric.name != "performance" for h in f.seg.metrics):
        return item.span(1)
    return None


def _phrase_back(text: str, floor: int, end: int) -> tuple[int, int] | None:
    """Up to 4 lower-case words ending at `end`, back to a comma, "and" or a stop or cue word."""
    words = list(_WORD.finditer(text, max(floor, end - 60), end))
    out: tuple[int, int] | None = None
    for w in reversed(words[-4:]):
        token = w.group()
        if token[-1] in ",;:(" or not token[0].islower() or token.casefold() in _STOP or _cue_of(token.casefold()):
            break
        out = (w.start(), end)
    return out


def _ranging(tail: list[str]) -> bool:
    """"flip rates range from 17.5% to 97.3%": the words before the figure end in range (from)."""
    if tail and tail[-1].casefold() in ("from", "between"):
        tail = tail[:-1]
    return bool(tail) and tail[-1].casefold() in _RANGING


_SPREAD_QUALIFIERS = frozenset({"up_to", "about"})
_BY_END = _compile(r"(?i)\bby\s")
# "an improvement of 0.19", "a drop of 0.12": a change noun, "of", the figure
_CHANGE_NOUN_OF = _compile(r"(?i)(?:improvement|gain|increase|boost|drop|reduction|decrease|decline|rise)s?\s+of\s+")
_OVER_AFTER = _compile(r"(?i)\s+(?:over|compared\s+(?:to|with)|relative\s+to)\s")
_AND_BETWEEN = _compile(r"(?:,\s*|\s)and\s")
_CONTEXT_CUE_IN = _compile(r"(?i)(?<![\w-])(?:on|across|for|at|under|than|over|compared|versus|vs\.?|against|respectively)\b|\bin\s+(?:the\s+)?(?-i:[A-Z])")
_COORDINATED = _compile(r"^(?:[^\d]|(?<=[A-Za-z]-?\d{0,3})\d)*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:a|an|by)\s+)?$")
_IN_OF = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?")
# "in terms of top-1 accuracy", "measured using Mean Average Precision (MAP)", "as measured by F1"
_IN_TERMS_OF = re.compile(r"\b(?:in\s+terms\s+of|measured\s+(?:using|with|by|in)|evaluated\s+(?:using|with|by|in\s+terms\s+of)|when\s+considering)\s+(?:the\s+|their\s+|its\s+)?")
# "more than 9% gains on NDCG@10": a cue noun followed by on/in/for and a lexicon metric
_ON_METRIC = _compile(r"\s+(?:on|in|for)\s+(?:the\s+)?")
_NO_DATA_UNITS = frozenset(("px", "m", "mm", "cm", "km", "nm", "µm", "Hz", "kHz", "MHz", "GHz", "dB", "°", "degree", "years"))
_TIME_OF_WHAT = _compile(r"\s+(?:of|used|taken|required|needed|spent|by|for|it)\b")  # "10% of the time of X", "of the time used by X"
_PARTITIVE = _compile(r"\s+(?:(?:performance|accuracy|quality)\s+)?of\s+((?:the|all|their|its)\s+)")
# between the items of "by 16% on MRR, 17% on NDCG, and 21% on Precision@1": the first figure's metric and a separator
_METRIC_ITEM_GAP = _compile(r"\s+(?:on|in)\s+(?P<m>[^\s,;()][^,;()]{0,40}?)(?:,\s*(?:and\s+)?|\s+and\s+)")


def _metric_item_gap(ctx: DocContext, start: int, end: int) -> bool:
    """True when the gap between two figures holds nothing but a known metric after "on"/"in" and a list separator:
    the items of one list, measured in one setting, "on" naming their metrics rather than a setting of their own."""
    m = _METRIC_ITEM_GAP.fullmatch(ctx.text, start, end)
    return m is not None and (find_metric(m.group("m")) is not None or _is_metric_mention(ctx, (m.start("m"), m.end("m"))))


def _cue_outside_metrics(seg: _Segment, matches) -> regex.Match | None:
    """The first comparison cue not inside a metric's name ("intersection over union")."""
    for m in matches:
        at = m.start()
        if _VS_FIGURE.match(m.group()) and _FIGURE_NEXT.match(m.string, m.end()) and not _FIGURE_FOR.match(m.string, m.end()):
            continue  # "88% less memory (2.4GB vs. 20GB) than X": a pair of levels, the comparison comes after
        if not any(h._start <= at < h._end for h in seg.metrics):
            return m
    return None


# every alternative of _BASELINE_CUE holds one of these (compared after `casefold`, which also folds the
# "ſ" and "K" that `(?i)` matches to "s" and "k"): a window without them holds no cue, and its scan is skipped
_BASELINE_CUE_STEMS = ("than", "compar", "relat", "contrast", "vs", "versus", "aga", "over")


def _may_have_baseline_cue(text: str, start: int, end: int) -> bool:
    window = text[start:end].casefold()
    return any(stem in window for stem in _BASELINE_CUE_STEMS)


_VS_FIGURE = re.compile(r"(?i)(?:vs\.?|versus)\s+$")
_FIGURE_NEXT = re.compile(r"\$?[~<>]?\d")


_OF_AFTER = _compile(r"\s+(?:(?P<gap>gap|margin|difference|deviation|distance)\s+|(?:[\w@*-]+\s+)?(?:points?|pts)\s+|[A-Z][\w@*-]*\s+)?of\s+")  # "within 1.5% gap of the best results"
_CUE_THEN_FIGURE = _compile(r"(?i)\s*(?:\(|(?:by|from|to|of|with)\b|$)")


_MEASURE_HEADS = _WORDS["measure_head"]
# "<noun phrase> (ABBR) of|:|=|was|is|(" right before the figure; the phrase is read word by word back from its head
_MEASURE_GAP = _compile(r"(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})(?:\s*\([^()]{1,20}\))?"
                        r"(?:\s+(?:of|was|were|is|are)|\s*[:=]|\s*\()?(?:\s+(?:only|just|merely))?\s*$")
# between a measure_head figure and the next one of a list: "of 58.0% and 84.9%", "(95.1%), 96.2%"
_MEASURE_LIST_GAP = _compile(r"\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)\(?")


def _measure_before(text: str, fig, c: _Claim, floor: int, measured: list[tuple[int, int, int]]) -> None:
    """Reads the measure a figure names right before it: a noun phrase headed by a measure noun."""
    if measured and measured[-1][0] <= fig.start and _MEASURE_LIST_GAP.fullmatch(text, measured[-1][0], fig.start):
        s, e = measured[-1][1:]
        c.set_metric(text, s, e, None, "metric:measure_head")
        measured.append((fig.end, s, e))
        return
    lo = max(floor, fig.start - 80)
    window = text[lo : fig.start].casefold()
    if not any(w in window for w in _MEASURE_HEADS.words) and not any(s in window for s in _MEASURE_HEADS.stems):
        return  # no measure noun to head the phrase: skip the search (~250 µs, it backtracks at every start)
    m = _MEASURE_GAP.search(text, lo, fig.start)
    if m is None:
        return
    words = list(_WORD.finditer(text, m.start("np"), m.end("np")))
    head = words[-1].group()
    if head.rsplit("-", 1)[-1].casefold() not in _MEASURE_HEADS:
        return
    title = head[0].isupper()
    start = words[-1].start()
    for w in reversed(words[:-1]):
        low = w.group().casefold()
        if (low in _STOP or low in _DETERMINERS or low in _LEVEL_WORDS or low.endswith("ly") or (_cue_of(low) is not None and not low.endswith("ion"))
                or low in _SCORING or w.group()[0].isupper() != title):
            break
        start = w.start()
    if start > floor and text[start - 1] == "-":
        return  # the head is the tail of a longer hyphenated word
    c.set_metric(text, start, m.end("np"), None, "metric:measure_head")
    if c.metric is not None:
        measured.append((fig.end, start, m.end("np")))


def _extend_left(text: str, start: int, floor: int) -> int:
    """Modifiers in front of a metric belong to it: "pre-training costs", "instance segmentation performance"."""
    if start > floor + 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        # "physical-violation rates": the metric's first word is the tail of a hyphenated word
        # ("low-latency" is a level, not part of the name)
        head = max(floor, text.rfind(" ", floor, start) + 1)
        if start - 1 - head >= 4 and _cue_of(text[head : start - 1].casefold()) is None:
            start = head
    elif (m := _TITLE_WORD.search(text, max(floor, start - 30), start)) is not None and _TITLE_START.match(text, start):
        start = m.start(1)  # "the best Value Accuracy", "37.5% Hard Item Accuracy": a title-case metric name keeps its first words
    for _ in range(2):
        m = _LAST_WORD.search(text, max(floor, start - 30), start)
        if m is None or m.group(1).casefold() not in _MODIFIERS:
            break
        start = m.start(1)
    if (m := _NOUN_RUN.search(text, max(floor, start - 50), start)) is not None:
        # "an average positioning error", "a relative beam map construction error": the whole noun phrase
        # after a determiner (leading level words dropped: "the first worst-group accuracy")
        words = m.group(1).split()
        lead = 0
        while lead < len(words) and (words[lead] in _LEVEL_WORDS or words[lead].endswith("ly")):
            lead += 1
        if lead < len(words) and all(
                w in _RUN_OK or (_cue_of(w) is None and w not in _LEVEL_WORDS and w not in _STOP and w not in _DETERMINERS
                                 and not w.startswith("baseline") and not w.endswith(("ly", "s"))) for w in words[lead:]):
            start = m.start(1) if not lead else text.index(words[lead], m.start(1) + sum(map(len, words[:lead])))
    if text[start : start + 5].casefold() in ("score", "perfo"):
        # "the FID score", "a Dice coefficient score", "BLEU performance": the named metric's score
        words = text[max(floor, start - 40) : start].split()
        if words and len(words[-1]) > 1 and words[-1].endswith("-"):
            words[-1] = words[-1][:-1]  # "a weighted F1-score"
        for k in (3, 2, 1):
            if len(words) >= k and find_metric(" ".join(words[-k:])) is not None:
                start = text.rindex(words[-k], max(floor, start - 40), start)
                break
        else:  # no known metric before it: perhaps one defined by its acronym ("Exact Match (EM) score")
            if text[start : start + 5].casefold() == "score":
                named = _defined_before(text, start, floor)
                if named == start and not _SCORES_FIGURE.match(text, start) and (
                        m := _NAME_BEFORE_SCORE.search(text, max(floor, start - 30), start)) is not None and all(
                        w.casefold() not in _STOP and w.casefold() not in _DETERMINERS for w in m.group(1).split()):
                    named = m.start(1)  # "a FEVER score", "Pearson scores", "an AU-ROC score": the name it is the score of
                start = named
    return start


_SCORES_FIGURE = re.compile(r"(?i)scores?\s+[~+\-$\d]")  # "SmolTulu scores 67.7%": the verb
_NAME_BEFORE_SCORE = re.compile(r"(?<![\w-])((?:[A-Z][\w'’]*(?:-[\w']+)*[\s-]){1,2})$")


_SCORE_OF = re.compile(r"(?P<name>.+?)(?:\s+\((?P<short>[^()]+)\))?[\s-]+scores?", re.IGNORECASE)


def _score_of(surface: str) -> Metric | None:
    """The known metric a score phrase names before "score(s)", by its name or by the acronym in brackets."""
    if (m := _SCORE_OF.fullmatch(surface)) is None:
        return None
    return find_metric(m.group("name")) or (find_metric(m.group("short")) if m.group("short") else None)


def _part_of_metric(c: _Claim, surface: str) -> bool:
    """The name is part of the claim's metric ("30% improvement in IQA metrics"), not the benchmark the
    metric is the score on ("+1.6 GLUE score": GLUE is still the setting)."""
    if c.metric is None or surface not in c.metric:
        return False
    return (m := _SCORE_OF.fullmatch(c.metric)) is None or m.group("name") != surface


_DEFINED_ACRONYM = re.compile(r"\(([A-Za-z][\w@.-]{0,9})\)\s+$")


def _defined_before(text: str, start: int, floor: int) -> int:
    """"Exact Match (EM) score", "Intersection over Union (IoU) scores": a score named by the acronym defined
    right before it takes the long form and the acronym along (where the acronym's letters spell the long form)."""
    if (m := _DEFINED_ACRONYM.search(text, max(floor, start - 14), start)) is None:
        return start
    window = max(floor, m.start() - 80)
    long = text[window : m.start()].rstrip()
    if (k := best_long_form(m.group(1), long)) is None:
        return start
    return window + k


_LAST_WORD = re.compile(r"([A-Za-z][\w-]*)\s+$")
_WORD_AFTER = re.compile(r"\s+[a-z]{3,}")
_NOUN_AFTER_METRIC = re.compile(r"(?:\s+[a-z]{3,}(?<!ing))?\s+([a-z]{3,}(?<!ing)(?<!ed))(?=\s+(?:by|of|from|to|in|on|for)\b)")
_RELATIVE_OR_WITHOUT = re.compile(r"\bwithout\b|,\s+(?:which|that)\b")
_GLUED_TO_FIGURE = re.compile(r"\d(?:\.\d+)?\s?[KMBT]?(?:-|\s(?:[A-Z]{2,}\s)?)$")
_NOUN_RUN = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)\s+((?:[a-z][a-z-]+\s+){1,4})$")
_RUN_OK = frozenset(("relative", "absolute", "average", "mean", "overall", "median"))
_LEVEL_WORDS = frozenset(("high", "low", "good", "best", "strong", "competitive", "superior", "state-of-the-art",
                          "remarkable", "excellent", "comparable", "similar", "new", "same", "final", "total", "impressive",
                          "significant", "substantial", "considerable", "notable", "large", "small", "minimal", "near-perfect",
                          "perfect", "robust", "reported", "estimated", "measured", "achieved", "obtained", "resulting",
                          "sota", "top", "leading", "record", "unprecedented", "favorable", "promising", "satisfactory",
                          "first", "second", "third", "only", "initial", "highest", "lowest"))
_TITLE_WORD = re.compile(r"(?<=[a-z,%] )((?:[A-Z][a-z]{2,} ){1,2})$")
_TITLE_START = re.compile(r"[A-Z][a-z]{2,}\b")


_OPERATOR = _compile(r"[<>≤≥=]")


def _read_direction(text: str, fig, c: _Claim) -> None:
    if fig.direction is not None:
        c.direction = fig.direction
        c.why["direction"] = "dir:multiplier_word"
    elif fig.from_value is not None and fig.value is not None and fig.value != fig.from_value:
        c.direction = "increase" if fig.value > fig.from_value else "decrease"
        c.why["direction"] = "dir:from_to"
    elif fig.sign in ("+", "-") and c.effect in ("better", "worse") and c.cue is not None and fig.start - c.cue.end() > 12:
        # "gains: +4.10% ad GMV, +1.66% ad cost": a sign beside the figure says literally how it moved,
        # where a far-off "gains" only says it was good
        c.direction = "increase" if fig.sign == "+" else "decrease"
        c.why["direction"] = "dir:sign"
    elif c.effect is not None:
        c.direction = _direction_of(c.effect, c.metric_obj)
        if c.effect in ("better", "worse"):
            c.why["direction"] += f"+{c.metric_obj.better if c.metric_obj else 'higher'}"
    elif (was := fig.extra.get("from_range")) is not None and (fig.low > was[1] or fig.high < was[0]):
        c.direction = "increase" if fig.low > was[1] else "decrease"  # "from (0.53-0.62) to 0.81-0.88"
        c.why["direction"] = "dir:from_range"
    elif fig.low is not None and fig.high is not None and fig.low > fig.high and fig.unit in ("percent", "score", None):
        # "(Qwen3-32B: 54% to 7%)": a range written from high to low is a change, not a span
        c.direction = "decrease"
        c.why["direction"] = "dir:descending_range"
    elif fig.qualifier is not None and fig.sign and _OPERATOR.search(text, fig.start, fig.num_start):
        pass  # "kappa <= +0.018": a signed bound is a level, not a change
    elif fig.sign in ("+", "Δ") or (not fig.sign and fig.low is not None and _PLUS_RANGE.match(text, fig.start)):
        c.direction = "increase"  # "+0.5%", "+32--34 percentage points", "+1.8 to +15.0 pp"
        c.why["direction"] = "dir:sign"
    elif fig.sign == "-":
        c.direction = "decrease"
        c.why["direction"] = "dir:sign"


_GAPPED_METRIC = _compile(r"(?i)(?:,\s+and\b|,|\band)\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?P<np>[a-z][\w@.+-]*(?:\s+[a-z][\w@.+-]*){0,2})(?:\s+such\s+as\s+[\w@.+-]+(?:\s+[\w@.+-]+)?)?\s+(?:by|from)\s+"
                          r"(?:up\s+to\s+|about\s+|over\s+|nearly\s+|approximately\s+|roughly\s+)?$")
_ABOVE_BELOW = _compile(r"(?i)\s+(above|below|ahead\s+of|behind)\s+(?=(?:the|a|an|all|its|their|our|[A-Z])\b)")
_FIGURE_FOR = _compile(r"[~+\-$]?\d[\d.,]*\s*(?:\\?%|pp\b|points?\b)?\s+(?:for|by|from)\s+")
_PLUS_RANGE = _compile(r"(?:\$|~|\\sim\s?)*\+\s?\d")
_OVER_X_BY = re.compile(r"(?:^|[,;]\s|\s(?:and|but)\s)over\s+[^,;.()]{2,40}?\s+by\s+$")
_BY_NEXT = re.compile(r"\s+by\s+(?:up to\s+|about\s+|over\s+|nearly\s+)?[~+\-$]?\d")


# "higher than DeiT-S by 3.6%", "better than the baseline by up to 2 points": than + a short phrase + by, right before the figure
_THAN_BY_BEFORE = _compile(r"(?i)(?<![\w-])(?<!rather\s)than\s+(?P<x>[^,;:()\d]{1,40}?)\s+by\s+(?:(?:up\s+to|about|around|nearly|over|more\s+than|almost|roughly|approximately)\s+)?$")


def _read_baseline(ctx: DocContext, pre: _Figure, post: _Figure, c: _Claim, seg_start: int, clause_end: int) -> None:
    """What it is compared with: "than X", "over X", "compared to X" after the figure (to the end of
    its clause), "outperforms X by", "improves X's", "compared to X of 25%" right before it, or a
    sentence that opens with "Compared to X,"."""
    text, fig = ctx.text, post.fig
    found = rule = None
    first = pre.fig
    if (label := first.extra.get("from_label")) is not None:
        found, rule = label, "baseline:from_label"  # "from 9.3% (SFT-only baseline) to 15.8%"
    elif text[first.start : first.start + 7].casefold() == "within " and (m := _OF_AFTER.match(text, fig.end, clause_end)):
        found, rule = _phrase(text, m.end(), clause_end, keep=_BASELINE_KEEP), "baseline:within_of"
        if m.group("gap") and c.metric is None:
            c.set_metric(text, m.start("gap"), m.end("gap"), None, "metric:within_gap")
    if found is None and c.why.get("direction", "").startswith("dir:as_as") and (m := _AS_ADJ_AS.match(text, fig.end)) is not None:
        found, rule = _phrase(text, m.end(), clause_end, keep=_BASELINE_KEEP), "baseline:as_as"  # "four times as fast as ConvNeXt"
    if found is None and (m := _THAN_BY_BEFORE.search(text, max(pre.clause, first.start - 60), first.start)) is not None:
        # "much higher than DeiT-S by 3.6%, and even slightly better than Swin-B": the comparison right before "by"
        # is this figure's; one after it belongs to what follows
        found, rule = _phrase(text, m.start("x"), m.end("x"), keep=_BASELINE_KEEP), "baseline:than_by"
        if found is not None and found[1] != m.end("x"):
            found = None  # "faster than DSIR and reduces memory by 40%": "by" belongs to another verb
    if found is None and _may_have_baseline_cue(text, fig.end, clause_end) and (m := _cue_outside_metrics(post.seg, _BASELINE_CUE.finditer(text, fig.end, clause_end))) is not None:
        found, rule = _phrase(text, m.end(), clause_end, keep=_BASELINE_KEEP), "baseline:after"
        if found is None and (g := _FIGURE_FOR.match(text, m.end(), clause_end)) is not None:
            found = _phrase(text, g.end(), clause_end, keep=_BASELINE_KEEP)  # "0.63 versus 0.91 for the next-best baseline"
        if found is not None and m.start() > fig.end and _BY_NEXT.match(text, found[1]):
            found = None  # "by 5-9% and over other baselines by up to 20%": that comparison is the next figure's
        elif (c.effect is None and fig.from_value is None and m.start() > post.post and post.seg.first_cue(fig.end, m.start()) is not None
                and _RELATIVE.search(text, fig.end, m.start())):
            # "a CER of 18.4%, representing improvements of 26.4% over X": a level; the later change is compared
            found = None
        elif found is not None and c.effect is None and fig.from_value is None and _OTHER_CLAUSE.search(text, fig.end, m.start()):
            found = None  # "Macro-F1 stays below 50%, ..., and robot contact is harder than X": another clause's comparison
        elif (found is not None and c.effect is None and fig.from_value is None and (cue := post.seg.first_cue(fig.end, m.start())) is not None
                and (d := _DIGIT.search(text, fig.end, cue.start())) is not None and not _PAREN_FIGURE.match(text, fig.end)
                and not _APPOSED_FIGURE.fullmatch(text, fig.end, d.start())):
            # "in under 1 second with 13 GB peak memory, ..., about 6x faster than X": a level; the comparison
            # is the later figure's
            found = None
        elif found is not None and _WITH_FIGURE.search(text, fig.end, m.start()):
            found = None  # "84-87% accuracy ..., with 29/30 comparisons against X significant": the later figure's comparison
        elif found is not None and m.start() > fig.end and _NEXT_PREDICATE.search(text, fig.end, m.start()):
            found = None  # "reduces regret by 30-40% in standard settings, maintains robust performance against X": the next predicate's
        elif found is not None and m.start() > fig.end and _AND_LEVEL.search(text, fig.end, m.start()):
            found = None  # "improves X by 2.4-6.5 and obtains up to 4.3 points over Y": the next clause's comparison
        elif (found is not None and c.effect is not None and m.start() > fig.end and "," in text[fig.end : m.start()]
              and _BY_END.search(text, max(0, first.start - 4), first.start + 1)
              and _last(_BASELINE_VERB, text, pre.clause, first.start) is not None):
            found = None  # "outperform X by up to 15.4% ..., surpassing models larger than Y": X, named before "by"
    if found is None and (m := _SIMILAR_AS.match(text, fig.end, clause_end)) is not None and _SIMILAR_BEFORE.search(
            text, max(seg_start, first.start - 40), first.start):
        # "achieve similar latency (less than 4ms difference) as traditional BM25": the figure is the gap to it
        found, rule = _phrase(text, m.end(), clause_end, keep=_BASELINE_KEEP), "baseline:similar_as"
    if found is None and (m := _BASELINE_VERB.match(text, post.near + 1 if text[post.near : post.near + 1] == " " else post.near)) is not None:
        # "25% of the data surpass the SOTA performance": the figure is in the subject of a comparison
        found, rule = _phrase(text, m.end(), clause_end, keep=_BASELINE_KEEP), "baseline:verb_after"
    if found is None and (verb := _last(_BASELINE_VERB, text, pre.clause, first.start)) is not None:
        found, rule = _phrase(text, verb.end(), first.start, keep=_BASELINE_KEEP), "baseline:verb_object"
        if (found is not None and verb.group()[:5].casefold() == "under"
                and not _BY_END.search(text, max(found[1], first.start - 30), first.start)):
            found = None  # "underperforms X by 55 points" is the gap; "underperform X (66.54%)", "... (> 80%)": X's level, a setting
        elif found is not None and _level_clause_between(text, found[1], first.start):
            found = None  # "outperformed the baseline and achieved F1 micro 87%": a level, compared with nothing
        elif (found is not None and c.effect is None and c.direction is None and fig.from_value is None and not fig.sign
              and _LEVEL_PARTICIPLE_BETWEEN.search(text, found[1], first.start) is not None and not _SHARE_OF_AFTER.match(text, fig.end)
              and not _VS_GAP.match(text, fig.end)):
            # "outperforms the baseline ResUNet, achieving Dice coefficients of 0.903": a level, not the gap
            # (not "surpasses X, with only 1/10 of the parameters", a share of what X uses, nor "reaching 51.3% vs. 46.3%")
            found = None
        elif (found is not None and _IMPROVE_ON.match(verb.group()) and (on := ctx.mention_at(*found)) is not None
              and on.type in _CONTEXT_TYPES):
            found = None  # "9.79% improvement on Charades-STA and 30.77% improvement on ActivityNet": where, not over what
        elif found is not None and _IMPROVEMENT_ON.match(verb.group()):
            # "+16.2% average improvement on reward modeling benchmarks, +9.6% on tool-use tasks", "a 35.9% improvement
            # on Qwen2.5-7B": the noun's "on" says where (or to what) the gain applies, not what it is over
            found = None
        elif found is not None and _speed_word(text[found[0] : found[1]].split()[0].casefold()) is not None:
            found = None  # "speeds up training deep networks by 1.7x": what is sped up, not a baseline
        elif (found is not None and _SPEED_VERB.match(verb.group()) and not any(ch.isupper() for ch in text[found[0] : found[1]])
              and not _COMPARED_HEADS.intersection(text[found[0] : found[1]].casefold().split())):
            found = None  # "accelerates chest report drafting by 29.6%": a process sped up, not a compared system
        if found is not None and (k := text.find("'s", found[0], found[1] + 2)) != -1:
            found, rule = (found[0], k), "baseline:possessive"  # "improves ELECTRA's average performance"
    if found is None and fig.unit == "percent" and _PARTITIVE.match(text, fig.end, clause_end) and c.effect is None:
        pass  # "recovers at least 95% of the target AR model's performance": the whole it is a share of (below)
    elif found is None and _may_have_baseline_cue(text, pre.clause, first.start) and (m := _cue_outside_metrics(pre.seg, reversed(list(_BASELINE_CUE.finditer(text, pre.clause, first.start))))) is not None:
        found = _phrase(text, m.end(), first.start, keep=_BASELINE_KEEP)
        if found is not None and (first.start - found[1] > 24 or _new_clause_between(text, found[1], first.start)):
            found = None  # a comparison that belongs to another figure of the clause
        elif (found is not None and c.effect is None and c.direction is None and fig.from_value is None and not fig.sign
              and _LEVEL_PARTICIPLE_BETWEEN.search(text, found[1], first.start) is not None and not _SHARE_OF_AFTER.match(text, fig.end)
              and _BASELINE_CUE.search(text, fig.end, clause_end) is None):
            # "improves robustness against defended models, achieving 53.55% ASR": a level (not "..., achieving up
            # to 98.12%, compared to 96.88% achieved by ResNet-50")
            found = None
        rule = "baseline:before"
    if found is None and (m := _LEAD_BASELINE.match(text, seg_start)) is not None and ";" not in text[seg_start : first.start]:
        found, rule = _phrase(text, m.end(), first.start, keep=_BASELINE_KEEP), "baseline:sentence"
        if found is not None and _ADVERB_ONLY.fullmatch(text, *found):
            found = None  # "compared to always using the most advanced methods": a way of working, cut at "using"
        if found is not None and (a := _APPOSITION.match(text, found[1])) is not None:
            found = a.span(1)  # "Compared to its base model, Qwen2-VL-2B, ..."
    if found is None and c.effect is not None and _may_have_baseline_cue(text, seg_start, pre.clause) and (m := _last(_BASELINE_CUE, text, seg_start, pre.clause)) is not None:
        found, rule = _phrase(text, m.end(), pre.clause, keep=_BASELINE_KEEP), "baseline:earlier_clause"
    if (found is None and c.effect is not None and (p := _PARTICIPLE_AFTER_COMPARISON.search(text, max(seg_start, fig.start - 60), fig.start)) is not None
            and (m := _last(_COMPARISON_VERB, text, seg_start, p.start())) is not None
            and not _OTHER_COMPARISON.search(text, m.end(), fig.start)):
        # "surpasses the performance of a vanilla baseline ..., achieving a 10x reduction in compute": the change
        # a participle after a comparison reports is over what was compared with
        o = _OF_HEAD.match(text, m.end())
        found, rule = _phrase(text, o.end() if o else m.end(), p.start(), keep=_BASELINE_KEEP), "baseline:comparison_participle"
    if found is None and fig.unit == "percent" and (m := _PARTITIVE.match(text, fig.end, clause_end)) is not None:
        # "using only 5-15% of the typically needed resources": the whole the share is taken of
        found, rule = _phrase(text, m.start(1), clause_end, keep=_BASELINE_KEEP - {"without", "with"}), "baseline:partitive"
        if found is not None and (k := text.find("'s", found[0], found[1] + 2)) > found[0] + 4:
            found = (found[0], k)  # "90% of the teacher's accuracy": the teacher is what it is a share of
        elif found is not None and (u := _USED_BY.match(text, found[0], clause_end)) is not None and (
                by := _phrase(text, u.end(), clause_end, keep=_BASELINE_KEEP)) is not None:
            # "less than 0.5% of the time used by the exact solution procedure": a share of what X takes
            if c.why.get("metric") in (None, "metric:default"):
                c.set_metric(text, u.start(1), u.end(1), None, "metric:partitive")
            found, rule = by, "baseline:partitive_by"
        if found is not None and c.why.get("metric") in (None, "metric:default"):
            head = _phrase(text, m.end(), clause_end)
            if head is not None and not (text[head[0] : head[1]].casefold() == "time" and m.group(1).casefold().startswith("the")
                                         and not _TIME_OF_WHAT.match(text, head[1])):
                # not "fail more than 20% of the time", "converged 99% of the time": how often, not a time measured
                c.set_metric(text, head[0], head[1], None, "metric:partitive")
        if (found is not None and rule == "baseline:partitive" and not _reference_whole(text[found[0] : found[1]])
                and not any(w in _ONLY for w in text[max(seg_start, fig.start - 12) : fig.start].split()[-1:])):
            # "about half of its failure cases", "remove 50% of the data": a share of a whole, no comparison
            # ("using only 3.9% of the data" still compares with using all of it)
            found = None
        elif found is not None and rule == "baseline:partitive" and _resource_whole(text[found[0] : found[1]]):
            found = None  # "in less than half of the GFLOPs", "using just 1.2% of the model size": the share is the measure
    if (found is None and fig.unit == "x" and c.effect is None and c.metric is None and (fig.value or 0) > 1
            and (m := _TIMES_THE.match(text, fig.end, clause_end)) is not None):
        # "achieves 1.7x the unaugmented baseline": a multiple of the compared thing
        found, rule = _phrase(text, m.start(1), clause_end, keep=_BASELINE_KEEP), "baseline:times_the"
        if found is not None and find_metric(text[found[0] : found[1]]) is None:
            c.direction = "increase"
            c.why["direction"] = "dir:times_the"
        else:
            found = None
    if (found is None and fig.unit == "x" and c.metric is not None and c.why.get("metric") == "metric:after"
            and (m := _TIMES_METRIC_OF.match(text, fig.end, clause_end)) is not None and text[m.start(1) : m.end(1)].endswith(c.metric)):
        # "approximately twice the detection efficiency of conventional image processing": X's measure, doubled
        found, rule = _phrase(text, m.end(), clause_end, keep=_BASELINE_KEEP - {"of"}), "baseline:times_metric_of"
        if found is not None and (v := _AND_CUE_VERB.search(text, found[0], found[1])) is not None and _cue_of(v.group(1).casefold()):
            found = (found[0], v.start())  # "... of conventional image processing and reduced the time": the next predicate
    if found is None:
        return
    if rule == "baseline:before" and (g := _OWN_LEVEL_GAP.fullmatch(text, found[1], first.start)) is not None and (
            "(" in g.group() or c.effect is None) and fig.sign not in ("+", "-"):
        return  # "over a GRPO baseline (F1 = 0.609)", "against a human ceiling of 91.7%": the baseline's own level
    if (rule == "baseline:before" and c.effect is None and fig.sign not in ("+", "-")
            and _OWN_LEVEL_AT.fullmatch(text, found[1], first.start) is not None):
        return  # "compared to the best baseline at 61.54%, 46.15%, and 23.08%", "compared to Trafilatura's 63.6%" (session 18)
    if rule == "baseline:within_of" and c.direction is None and c.why.get("metric") != "metric:within_gap":  # "within a 1.5% gap": a level
        c.direction = "decrease"  # "accuracy within 0.2% of the baseline": at most that much lower
        c.why["direction"] = "dir:within_of"
    s, e = found
    if (m := post.seg.last_metric(s + 1, e)) is not None and m.end() == e and m.metric.name not in ("performance", "score"):
        head = text[s : m.start()].split()
        if head and (head[-1].casefold() in ("baseline", "baselines") or _name_like(head[-1])):
            e = len(text[s : m.start()].rstrip()) + s  # "outperforms the baseline mAP by 1.9%": the baseline, not its metric
    if text[s:e].casefold() in ("time", "the time", "years", "the years", "the course", "the past", "cases", "the cases"):
        return
    if (text[s:e].rsplit(None, 1)[-1].casefold() in _EXAMPLE_HEADS and (x := _ONE_EXAMPLE.match(text, e)) is not None
            and not _FIGURE_START.match(text, x.start(1))):
        s, e = x.span(1)  # "over methods such as GPTQ", "existing table detection models such as Table Transformer by 10.1%"
    if _FIGURE_CONTEXT.fullmatch(text, s, e) or _FIGURE_START.match(text, s):
        return  # "compared with N=8 for PME", "(vs. <0.4% for random controls)": a value, not a compared thing
    if (words := text[s:e].casefold().split()) and (
            words[-1] in _SPAN_HEADS or len(words) <= 2 and words[-1] in _cardinal_words()
            or words[0] in _cardinal_words() and len(words) > 1 and words[1] in _number_words("scale")):
        return  # "a user base of over one billion globally", "over a five-month period from July": an amount or a span
    if text[s:e].casefold() in _PRONOUN_BASELINES and (m := _last(_ANTECEDENT_VERB, text, seg_start, s - 1)) is not None \
            and (a := _phrase(text, m.end(), s, keep=_BASELINE_KEEP - {"and"})) is not None:
        s, e = a  # "matches the strongest sub-quadratic models (e.g. Mamba) ... and outperforms them": what "them" is
        rule = "baseline:antecedent"
    elif (d := _DEMONSTRATIVE.fullmatch(text, s, e)) is not None and (
            n := _last(_compile(rf"\b{re.escape(d.group(1))}\b"), text, seg_start, s)) is not None and (
            a := _phrase_back(text, seg_start, n.end())) is not None and a[0] < n.start():
        s, e = a  # "which compare our approach to six explanation algorithms, show that L2E is 5x faster than these algorithms"
        rule = "baseline:antecedent"
    mention = ctx.mention_at(s, e)
    c.baseline, c.baseline_ref = text[s:e], _ref(mention, text)
    c.why["baseline"] = rule


# "outperforms X, achieving a 97.2% detection rate", "outperforms X, with a test score mean of 97.28%": after the
# comparison's object, a participle or "with" that states a level; the figure it reports is compared with nothing
_LEVEL_PARTICIPLE_BETWEEN = _compile(r"(?i),\s+(?:while\s+|and\s+)?(?:achiev|reach|attain|obtain|yield|record|scor|deliver)\w*\b|,\s+with\b")
_SHARE_OF_AFTER = _compile(r"\s*(?:\)\s*)?of\s")
_PARTICIPLE_AFTER_COMPARISON = _compile(r"(?i)(?:,\s+(?:while\s+)?|\s+while\s+|,?\s+and\s+(?=(?:[a-z]+\s+)?(?:reduces|saves|cuts|lowers|decreases|requires|uses|consumes)\b))"
                                        r"(?:(?:further|also|significantly|substantially|simultaneously)\s+)?"
                                        r"(?:reduces|saves|cuts|lowers|decreases|requires|uses|consumes|achieving|converging|reducing|yielding|resulting\s+in|leading\s+to|saving|cutting|requiring|using"
                                        r"|costing|consuming|needing|training|running|being|having|demonstrating|showing|delivering|providing)\b(?:[^,;()]|\([^,;()]{1,40}\))*$")
_COMPARISON_VERB = _compile(r"(?i)(?<![\w-])(?:outperform\w*|surpass\w*|exceed\w*|beat(?:s|ing)?|match(?:es|ing)?|compared\s+(?:to|with)"
                            r"|(?:competitive|comparable|on\s+par)\s+(?:performance\s+)?(?:with|to)|(?<!rather\s)than|over)\s+")
# "approximately twice the detection efficiency of conventional image processing": a factor of X's measure
_TIMES_METRIC_OF = _compile(r"\s+the\s+([^,;()]{1,50}?)\s+of\s+")
_AND_CUE_VERB = _compile(r"\s+(?:and|or)\s+([a-z]+)\b")
_OTHER_COMPARISON = _compile(r"(?i)\b(?:than|over|compared|relative|versus|vs)\b|[;:]")
_OF_HEAD = _compile(r"(?i)(?:the\s+)?(?:[a-z][\w-]*\s+)?(?:performance|accuracy|results?|quality)\s+of\s+")
_USED_BY = _compile(r"(?:the|its|their)\s+([A-Za-z][\w-]*(?:\s[a-z][\w-]*)?)\s+(?:used|required|taken|needed|spent|consumed|incurred)\s+by\s+")
_DEMONSTRATIVE = re.compile(r"(?:these|those)\s+([a-z][\w-]{2,})")
_PRONOUN_BASELINES = frozenset(("them", "it", "these", "those"))
_ANTECEDENT_VERB = _compile(rf"(?i)(?<![\w-])(?:match(?:es|ed|ing)?|rival\w*|{_OUTDO}|than|against|versus|vs\.?"
                            r"|compared\s+(?:to|with)|on\s+par\s+with|comparable\s+to)\s+")
_SIMILAR_AS = _compile(r"[^(),;]{0,30}\)\s+as\s+")
_SIMILAR_BEFORE = _compile(r"(?i)\b(?:similar|comparable|the\s+same|equal|equivalent)\s+(?:[\w-]+\s+){0,2}\(\s*$")
_WITH_FIGURE = _compile(r",\s+with\s+[^,;()]*?\d")
_DIGIT = _compile(r"\d")
_MEMORY_UNITS = frozenset(("GB", "MB", "KB", "TB", "GiB", "MiB"))
_FREQUENCY_UNITS = frozenset(("Hz", "kHz", "MHz", "GHz"))
_SCORE_UNITS = frozenset((None, "percent", "pp", "score", "count", "x"))
_POSSESSIVE_FIGURE = _compile(r"['’]s\s+[~$]?\d")
_RANGE_VERBS = frozenset(("ranging", "ranges", "range", "varying", "varies", "spanning", "spans"))
_TIME_UNITS = frozenset(("s", "ms", "second", "min", "h", "hours", "µs", "us"))
_PAREN_SETTING_WORDS = _compile(r"\s?\((?!on\b|vs\b|from\b|resp)([A-Za-z][A-Za-z\-]+(?:\s[A-Za-z][A-Za-z\-]+){0,2})\)")
# "2.26% (IAM-A, en), 1.81% (RIMES, fr)", "AUCs of 0.9495 (B2), 0.7436 (B5)": a name in brackets right after a figure
_PAREN_NAME_ITEM = _compile(r"\s?\((?!on\b|vs\b|from\b|resp)([A-Za-z][\w.\-+/]*(?:\s[A-Za-z0-9][\w.\-+/]*){0,2})(?:\)|[,;]\s?[^()]{1,20}\))")
# contexts read from the sentence around a list, which the name bracketed right after each figure replaces
_YIELDS_TO_BRACKET_ITEM = frozenset((None, "context:experiments_opening", "context:dataset_in_clause", "context:shared_forward", "context:dataset_later"))
_NOT_PAREN_SETTING = frozenset(("absolute", "relative", "average", "averaged", "avg", "mean", "median", "respectively", "approx",
                                "approximately", "ours", "baseline", "overall", "total", "combined", "best", "worst", "chance",
                                "significant", "statistically significant", "p", "absolute gain", "relative gain", "absolute improvement",
                                "relative improvement", "lower is better", "higher is better", "est", "estimated", "reported"))
_CUE_NOUN = _compile(r"(?i)(?:reductions?|improvements?|gains?|drops?|boosts?|degradations?|declines?|speedups?|increments?)")
_ACRONYM_BEFORE_CUE = _compile(r"\b([A-Z][A-Za-z]?[A-Z]{1,4})\s+$")
_WITH_SIZE = _compile(r"\bwith\s+(?:more\s+than\s+|over\s+|about\s+|only\s+)?\d[\d.]*\s?[KMBT]\s?(?:parameters|params)\b[^,;]*$")
_SIZE_SPAN = _compile(r"\$?\d+(?:\.\d+)?\$?\s?[BM]\s+to\s+\$?\d+(?:\.\d+)?\$?\s?[BM]\b")
_SPEED_VERB = re.compile(r"(?i)(?:speed\w*\s+up|accelerat\w*)\s+$")
_SOTA_RESULTS = _compile(r"(?i)(?:the\s+)?(?:previous\s+|prior\s+|current\s+|existing\s+)?(?:state-of-the-art|sota|best(?:-known)?)\s+(?:results?|performance|scores?)\b")
# between two changes of a list that share a comparison written after the last: no clause break, no other comparison
_LIST_GAP_BREAK = _compile(r"(?i)[;:()\[\]]|\.\s|\b(?:than|over|compared|comparing|relative|versus|vs|against|while|whereas|but|though|although|which|when)\b")
_TRAILING_CUE = _compile(r"(?i)(?:than|over|compared\s+(?:to|with)|relative\s+to|versus|vs\.?|against)\s*$")
# "60% of valid links": "of" and a bare noun phrase (one with a determiner is read by `_PARTITIVE`)
_BARE_PARTITIVE = _compile(r"\)?\s+of\s+(?=[A-Za-z])(?!(?:the|a|an|all|their|its|our|his|her|these|those|this|that|them|it|which|what|each|every|any|some|both)\b)")
_BARE_PARTITIVE_NOT = _WORDS["counted_generic"].words
# "methods such as GPTQ", "counterparts such as Hybrid-Segmentor by 1.5%": a generic compared thing with one named
# example; the example is what the figure was measured against (not a list of examples: "such as SFT and DPO")
_EXAMPLE_HEADS = _WORDS["example_head"].words
_ONE_EXAMPLE = _compile(r",?\s+(?:such\s+as|e\.g\.,?|like)\s+((?:the\s+)?[A-Z](?:[\w\-/+]|\.(?=\w))*(?:\s[A-Z0-9](?:[\w\-/+]|\.(?=\w))*){0,2}"
                        r"(?:\s(?:optimizer|model|method|algorithm))?)(?=\s+by\b|\s*[.;)]|\s*,\s+(?:while|and\s+(?:is|achieves|reduces|requires|uses))\b|\s+(?:on|in|while|with|across|at)\b|$)")
_COMPARED_HEADS = _WORDS["compared_head"].words
_PAREN_METRIC = _compile(r"\s?\(([A-Za-z][\w@\-. ]{0,24}?)\)")
_CONTEXT_METRIC_TAIL = _compile(r"\s+(?:performance|accuracy|results?|scores?)$")
_MODEL_SIZES_BEFORE = _compile(r"(?i)\b(?:models?|LLMs?|sizes?|scales?|variants?)\s+(?:ranging\s+|spanning\s+|varying\s+)?(?:from\s+)?$")
_OTHER_CLAUSE = _compile(r",\s+(?:and|but|while|whereas)\s+(?!than\b)[\w-]+|,\s+[\w-]+(?:\s[\w-]+){0,3}\s(?:is|are|was|were|remains?|stays?)\b")
_SUBJECT_VERB_AFTER = _compile(r"\}?\s+(?:\w+ly\s+)?(?:achieves|reaches|attains|obtains|outperforms|surpasses|improves|yields|delivers|shows|demonstrates|is|has|reduces|requires|uses)\b")
_ACRONYM = _compile(r"[A-Z][A-Za-z]?[A-Z]{1,5}(?:@\d+|-\d)?")
_APPOSED_FIGURE = _compile(r"[^,;()\d]{0,40},\s+(?:about\s+|nearly\s+|roughly\s+|over\s+|up\s+to\s+)?[~$]?")  # "0.99M parameters, 25% fewer than X"
_IN_NAME = _compile(r"\s?(?:\$?\\uparrow\$?|↑|\$?\\downarrow\$?|↓)?\s*in\s+([A-Za-z][\w@.\-]*(?:\s[A-Z][\w@.\-]*)?)")
_LEVEL_THEN_MARGIN = _compile(
    r"[^,;()]{0,120},\s+(?:thereby\s+|thus\s+|which\s+|that\s+)?[a-z]+(?:ing|s|ed)\s+[^,;()\d]{1,80}?\s+by\s+"
    r"(?:a\s+(?:\w+\s+)?margin\s+of\s+|up\s+to\s+|about\s+|over\s+|nearly\s+|an?\s+average\s+of\s+)?\$?")
_SPAN_HEADS = frozenset(("period", "periods", "window", "windows", "span", "horizon", "interval", "intervals"))
_FIGURE_START = _compile(r"(?:[<>≤≥~$]|\\sim|\\approx)*\s?[+-]?\d")
_OWN_LEVEL_AT = _compile(r"(?:\s+\d+(?:\.\d+)*)?\s*(?:at|['’]s)?\s+(?:[+-]?\d[\d.,]*\s?%?(?:,\s*|,?\s+and\s+)){0,6}")
_OWN_LEVEL_GAP = _compile(r"\s*(?:\((?:[^()=:]{1,20}[=:]\s*)?|of\s+)")
_RELATIVE = _compile(r"(?i),\s(?:representing|which|corresponding|amounting|i\.e\.|an?\s)\b")
_ADJECTIVES = _compile(r"(?:(?!(?:and|or|of|the|a|an|our|their)\b)[a-z][a-z-]+\s){1,2}(?=[A-Z0-9])")
_CONTEXT_KINDS = (("strong", _STRONG_CONTEXT), ("weak", _WEAK_CONTEXT), ("model", _MODEL_CONTEXT))
_CONTEXT_PATTERNS = dict(_CONTEXT_KINDS)


class _ContextCues:
    """The context cue words of one sentence ("on", "for", "of" ...), each with the name or
    generic phrase after it, found once and shared by every figure of the sentence."""

    __slots__ = ("text", "start", "end", "_cues", "_phrases")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self._cues: dict[str, list[int]] = {}
        self._phrases: dict[tuple[int, bool], tuple[int, int] | None] = {}

    def positions(self, kind: str) -> list[int]:
        """Where the words after each cue of this kind start (found on first need)."""
        found = self._cues.get(kind)
        if found is None:
            found = self._cues[kind] = [m.end() for m in _CONTEXT_PATTERNS[kind].finditer(self.text, self.start, self.end)]
        return found

    def phrase(self, pos: int, limit: int, generic: bool) -> tuple[int, int] | None:
        key = (pos, generic)
        if key not in self._phrases:
            found = _name_phrase(self.text, pos, self.end, generic=generic)
            if found is None and not generic and (m := _ADJECTIVES.match(self.text, pos, self.end)) is not None:
                # "on the challenging DFDC dataset": a name after an adjective or two, before a dataset word
                named = _name_phrase(self.text, m.end(), self.end)
                if named is not None and (h := _WORD.match(self.text, named[1] + 1)) and _bare(h.group(), False).casefold() in _DATASET_HEADS:
                    found = named
            self._phrases[key] = found
        found = self._phrases[key]
        if found is not None and found[1] > limit:
            found = _name_phrase(self.text, pos, limit, generic=generic)
        return found


_ON_AFTER_FIGURE = _compile(r"\s+on\s+")
_METRIC_HEADS = frozenset(("metric", "metrics", "measure", "measures", "score", "scores"))
_NAME_LIST_GOES_ON = _compile(r",\s*(?:and\s+)?(?:the\s+)?[A-Z0-9]|\s+and\s+(?:the\s+)?[A-Z]")


def _own_on_phrase(ctx: DocContext, fig, limit: int) -> tuple[int, int] | None:
    """The phrase after an "on" right after the figure, from its first capitalised or digit-bearing word on, when it
    has one and names no metric ("on the challenging Post-2021 Set", not "on average" or "on both tasks")."""
    text = ctx.text
    if (fig.respectively or (m := _ON_AFTER_FIGURE.match(text, fig.end, limit)) is None or (span := _phrase(text, m.end(), limit)) is None
            or _NAME_LIST_GOES_ON.match(text, span[1])):
        return None  # "on Covid-19, Tuberculosis, ... respectively": a list, the respective reader's
    for w in _WORD.finditer(text, span[0], span[1]):
        if w.group()[0].isupper() or any(ch.isdigit() for ch in w.group()):
            s, e = w.start(), span[1]
            if (find_metric(text[s:e]) is None and not _is_metric_mention(ctx, (s, e)) and not _is_proposed(ctx, text, (s, e))
                    and text[s:e].rsplit(None, 1)[-1].casefold() not in _METRIC_HEADS):  # "on the p@15 metric"
                return s, e
            return None
    return None


def _read_context(ctx: DocContext, f: _Figure, c: _Claim, seg_start: int, cues: _ContextCues) -> None:
    """Where it was measured: a name after on/in/across/at (then for/with/using/including/from),
    after the figure first, then before it; failing a name, "on five industrial datasets"."""
    text, fig = ctx.text, f.fig
    semi = text.rfind(";", seg_start, fig.start)
    # "(2) X with JSON-only prompting reaches 96.6%; (3) the 0.8B model achieves 94.75%": a ";" ends the items before
    after, before = (fig.end, f.ctx_end), (seg_start if semi == -1 else semi + 1, fig.start)
    if (m := _PAREN_SETTING.match(text, fig.end)) is not None and (close := text.find(")", m.end(), m.end() + 80)) != -1:
        # "by up to 7.3% (on NIH Chest X-ray)": a bracketed setting right after the figure is its own
        named = _name_phrase(text, m.end(), close)
        if named is not None and find_metric(text[named[0] : named[1]]) is None:
            c.context, c.context_ref = text[named[0] : named[1]], _ref(ctx.mention_at(*named), text)
            c.why["context"] = "context:bracket_after"
            return
    if fig.unit in ("percent", "score") and (m := _NAME_BRACKET.search(text, max(seg_start, fig.start - 60), fig.start)) is not None:
        # "solve rates on Sudoku-Shah (~100%) and Zebra (95.9%)", "puzzles like Sudoku-Extreme (96.1%)": a name
        # (not a method's) right before the figure's bracket, after a list word, is where it was measured
        mention = ctx.mention_at(*m.span(1))
        surface = m.group(1)
        if ((mention.type in ("dataset", "benchmark") if mention is not None else _LIST_LEAD.search(text, max(seg_start, m.start(1) - 160), m.start(1)))
                and find_metric(surface) is None
                and not _is_stop_name(surface) and not _is_proposed(ctx, text, m.span(1)) and surface != c.baseline):
            c.context, c.context_ref = surface, _ref(mention, text)
            c.why["context"] = "context:name_bracket"
            return
    named = None
    if text[fig.end : fig.end + 1] == " " and (script := _METRIC_SCRIPT_AFTER.match(text, fig.end, f.ctx_end)) is not None and _metric_shaped(script.group(1)):
        named = script.span(1)  # "36.2 AP$_r$", "10.50% AP_{3D}": the name's own bracket included
    if text[fig.end : fig.end + 1] == " " and (named := named or _name_phrase(text, fig.end + 1, f.ctx_end)) is not None:
        s, e = named
        shaped = _metric_shaped(text[s:e])
        if shaped and c.why.get("metric") in (None, "metric:inherited", "metric:default", "metric:before"):
            # "3.94 gFID", "33.6% mAP@0.50:0.95", "66.5% gIoU and ...", "36.2 AP$_r$ on LVIS": a metric-shaped
            # name right after the figure is what it measures, whatever follows it
            m = _METRIC_SCRIPT.fullmatch(text, s, e)
            c.metric, c.metric_obj = text[s:e], find_metric(text[s:e]) or (find_metric(m.group(1)) if m else None)
            c.why["metric"] = "metric:name_after"
        elif e == f.ctx_end or text[e : e + 1] in (",", ")", ";"):
            if find_metric(text[s:e]) is None and not _FIGURE_CONTEXT.fullmatch(text, s, e):
                c.context, c.context_ref = text[s:e], _ref(ctx.mention_at(s, e), text)
                c.why["context"] = "context:name_after"
                return
    if (text[fig.end : fig.end + 1] == " " and (m := _SETTING_CUE.match(text, fig.end + 1)) is not None and m.group().split()[0].casefold() == "on"
            and (found := _setting_phrase(text, fig, c, f, after)) is not None and found[0] == m.end() and not _is_metric_mention(ctx, found)):
        # "reaches 63.9% on competition math, 75.7% on code": a lower-case task right after the figure
        c.context, c.context_ref = text[found[0] : found[1]], _ref(ctx.mention_at(*found), text)
        c.why["context"] = "context:on_after"
        return
    tries = (
        ("strong", after, False, "context:after"),
        ("weak", after, False, "context:after"),
        ("strong", after, True, "context:after_generic"),
        ("weak", after, True, "context:after_generic"),
        ("model", after, False, "context:after_model"),
        ("strong", before, False, "context:before"),
        ("weak", before, False, "context:before"),
        ("model", before, False, "context:before_model"),
        ("strong", before, True, "context:before_generic"),
        ("weak", before, True, "context:before_generic"),
    )
    if (c.why.get("metric") == "metric:after" and c.cue is not None and c.why.get("direction", "").startswith("dir:before")
            and not _COMPARISON_CUE.match(c.cue.group())):
        # "improved POS tagging by 8% F1": with the metric named after the figure, the cue's object
        # is what it was measured on
        obj = _phrase(text, _skip_words(text, c.cue.end(), _DETERMINERS), fig.start)
        if obj is not None and not _BY_BEFORE.fullmatch(text, obj[1], fig.start) and (t := _OBJECT_TAIL.match(text, obj[1], fig.start)):
            obj = (obj[0], t.end())  # "improves novel view synthesis for reflective facades by 13.15 dB in PSNR"
        if (obj is not None and _BY_BEFORE.fullmatch(text, obj[1], fig.start) and c.baseline is None
                and (head := text[obj[0] : obj[1]].rsplit(None, 1)[-1].casefold()) in _COMPARED_HEADS
                and (c.effect in ("better", "worse") or head in ("sota", "state-of-the-art"))):
            # "boosts the SoTA by over 50% F1": the compared thing, not a setting
            c.baseline, c.baseline_ref = text[obj[0] : obj[1]], _ref(ctx.mention_at(*obj), text)
            c.why["baseline"] = "baseline:cue_object"
            obj = None
        if obj is not None and _BY_BEFORE.fullmatch(text, obj[1], fig.start) and find_metric(text[obj[0] : obj[1]]) is None:
            s, e = obj
            c.context, c.context_ref = text[s:e], _ref(ctx.mention_at(s, e), text)
            c.why["context"] = "context:cue_object"
            return
    if (found := _dataset_by(ctx, f, c, seg_start)) is not None:
        # "improving MedQA accuracy by 23.5% and MedXpertQA by 32.0%", "MMLU-Pro (0-shot) by 9.1%": the benchmark improved
        c.context, c.context_ref = text[found.start : found.end], _ref(found, text)
        c.why["context"] = "context:dataset_by"
        return
    if (found := _label_before(ctx, f, c, seg_start)) is not None and found.type in _CONTEXT_TYPES:
        # "(HellaSwag +7.6%)", "(MMLU: 45.2)": the benchmark the figure is written under
        c.context, c.context_ref = text[found.start : found.end], _ref(found, text)
        c.why["context"] = "context:label_before"
        return
    if (found := _task_after(ctx, f, c)) is not None:
        # "+0.8% for named entity recognition", "a 7.7-point improvement in mIoU for moment retrieval": the
        # task the entity layer names right after the figure's own words is where it was measured
        c.context, c.context_ref = text[found[0] : found[1]], _ref(found[2], text)
        c.why["context"] = "context:task_after"
        return
    for kind, (start, end), generic, rule in tries:
        if rule == "context:before" and (own := _own_on_phrase(ctx, fig, f.ctx_end)) is not None:
            # "44% on the C# dataset and 100% on the Java dataset", "6.0% on Qwen3-8B and 5.8% on Qwen3-4B backbones":
            # a figure followed by its own "on <Name ...>" was measured there, not where a figure before it was
            s, e = own
            c.context, c.context_ref = text[s:e], _ref(ctx.mention_at(s, e), text)
            c.why["context"] = "context:on_name_after"
            return
        if rule == "context:before_generic" and (found := _setting_phrase(text, fig, c, f, after)) is not None and not _is_metric_mention(ctx, found):
            # "in continual pre-training", "for the tiny model size": a short lower-case phrase that
            # ends the figure's clause names the setting it was measured in
            s, e = found
            c.context, c.context_ref = text[s:e], _ref(ctx.mention_at(s, e), text)
            c.why["context"] = "context:after_setting"
            return
        if rule == "context:before_generic" and (found := _clause_opening(text, seg_start, fig.start, c) or _opening_setting(text, seg_start, fig.start, c)
                                                 or _opening_data(ctx, seg_start, fig.start)) is not None:
            # "For semantic role labeling, ... improving F1 by 1.5 points": a phrase that opens the
            # sentence sets the scene for every figure after it
            s, e = found
            c.context, c.context_ref = text[s:e], _ref(ctx.mention_at(s, e), text)
            c.why["context"] = "context:opening"
            return
        found = None
        every = cues.positions(kind)
        positions = every[bisect_left(every, start) : bisect_left(every, end)]
        for pos in positions if start >= fig.end else reversed(positions):
            found = cues.phrase(pos, end, generic)
            if found is not None and kind == "model" and not any(ch.isdigit() for ch in text[found[0] : found[1]]):
                found = None  # "of X" names a measured model only as "of LlaMA 7B", "of GPT-4"
            if found is not None and _TRAINED_ON.search(text, max(0, pos - 30), pos):
                found = None  # "models trained on COCO": training data, not where the figure was measured
            if found is not None and start < fig.start and _TRAINED_LEAD.search(text, max(start, pos - 120), pos):
                found = None  # "Trained via X on 150,454 samples across four scenarios, Y achieves": the training set-up
            if found is not None and start >= fig.end and _AND_AUXILIARY.search(text, fig.end, pos):
                found = None  # "with an EPDMS score of 51.31 and was honored with the Innovation Award": a new clause's
            if found is not None and not generic and _is_proposed(ctx, text, found):
                found = None  # "143 fps with FocusTrack (SRA)": the paper's own method is the subject
            if found is not None and generic and ((first := _first_word(text[found[0] : found[1]])) in _VAGUE or (
                    first in ("multiple", "numerous") and text[found[0] : found[1]].islower())):
                found = None  # "for certain tasks", "in both settings", "on multiple benchmarks": no particular setting
            if found is not None and start < fig.start and _OTHER_PARTICIPLE.search(text, max(start, found[0] - 160), found[0]) \
                    and _WHILE_BETWEEN.search(text, found[1], fig.start):
                found = None  # "outperforming X and remaining competitive with Y on Z, while activating 3B ...": Z is the participle's
            if (found is not None and start < fig.start and (c.metric_obj is None or c.metric_obj.kind in ("quality", "error"))
                    and (w := _WHILE_BETWEEN.search(text, found[1], fig.start)) is not None
                    and not _EXPERIMENTS_LEAD.search(text, max(start, found[0] - 80), found[0])
                    and not fig.respectively and (_FIGURE_THEN_SETTING.search(text, max(start, found[0] - 120), found[0])
                                                  or _A_FIGURE.search(text, found[1], w.start()) and _A_FIGURE.search(text, start, found[0]))):
                found = None  # "by 1.49 points over PT in QA tasks, while enhancing math accuracy by 10.75 points": QA is the first clause's
                # (a cost keeps it: "2.3% improvement on the MathVista ..., while reducing inference latency by 51.4%")
            if found is not None and kind == "weak" and _COMPARED_INCLUDING.search(text, max(start, pos - 160), pos):
                found = None  # "over state-of-the-art chatbots, including ChatGPT, ChatPDF, and NotebookLM": compared systems
            if found is not None:
                surface = text[found[0] : found[1]]
                if (find_metric(surface) is None and surface != c.baseline and not _modifies_metric(text, f, found[1])
                        and not _FIGURE_CONTEXT.fullmatch(surface) and not _metric_shaped(surface)
                        and not _opens_metric(text, f, found[0], found[1]) and not _METRICS_HEAD.search(surface)
                        and not _is_metric_mention(ctx, found)):
                    break
                found = None
        if found is None:
            continue
        s, e = found
        if generic and text[max(0, s - 4) : s].casefold() == "our ":
            s -= 4  # "on our internal benchmark": the possessive is part of the name
        mention = ctx.mention_at(s, e)
        c.context, c.context_ref = text[s:e], _ref(mention, text)
        c.why["context"] = rule
        return
    if (found := _name_of_bracket(ctx, f, c, seg_start)) is not None:
        # "models like TransE (MR: 391, MRR: 0.411) and RotatE (MR: 263, MRR: 0.395)": the name whose bracket lists its scores
        c.context, c.context_ref = text[found.start : found.end], _ref(found, text)
        c.why["context"] = "context:name_of_bracket"
        return
    if (found := _label_before(ctx, f, c, seg_start)) is not None and not any(fig.end <= m.start < cues.end for m in ctx.datasets):
        # "(Sonnet 4.5: 95.7 percent accuracy vs Sonnet 4: 93.0 percent)": failing a benchmark (here or later in the
        # sentence: "(PEGASUS: 47.21, BART: 45.14 on XSUM)"), the model it is written under
        c.context, c.context_ref = text[found.start : found.end], _ref(found, text)
        c.why["context"] = "context:label_before"
        return
    _dataset_in_clause(ctx, f, c)
    if c.context is None and fig.unit not in _UNIT_METRICS:
        # "Extensive experiments on five industrial datasets show that ...": failing a nearer setting, what the
        # sentence's experiments ran on (not for a model size or token count, a property of the model)
        _context_from_experiments(ctx, c, seg_start, fig.start)


# the cue right before a task named after the figure: "for moment retrieval", "on the question answering task"
_TASK_CUE = _compile(r"(?i)(?<![\w-])(?:for|on|in|across)\s+(?:(?:the|a|an|both|our)\s+)?"
                     r"(?P<count>(?:multiple|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?\Z")
_TASK_END = _compile(r"(?i)(\s+(?:tasks?|benchmarks?|settings?)(?![\w-]))?(?:\s*(?:[,;.)]|$)|\s+(?:and|with|while|whereas|compared|than|when|without|but|respectively|over|relative)\b)")
_ANY_CUE = _compile(r"(?i)(?<![\w-])(?:on|in|across|at|for|with|using|under|over|than|compared|relative|vs\.?)\s")


def _task_after(ctx: DocContext, f: _Figure, c: _Claim) -> tuple[int, int, FoundMention] | None:
    """A task mention ("text classification") after the figure and its metric, opened by for/on/in/across, before
    any other cue of the clause ("+8.8% for text classification", "7.7 points in mIoU for moment retrieval")."""
    text, fig = ctx.text, f.fig
    for m in ctx.mentions_in(fig.end, f.ctx_end):
        if m.type != "task":
            continue
        cue = _TASK_CUE.search(text, max(fig.end, m.start - 16), m.start)
        if cue is None or (end := _TASK_END.match(text, m.end)) is None:
            return None
        gap = text[fig.end : cue.start()]
        if c.metric:
            gap = re.sub(rf"(?i)\b(?:(?:in|on)\s+(?:the\s+|terms\s+of\s+)?)?{re.escape(c.metric)}", " ", gap)  # "in mIoU for X"
        if any(ch.isdigit() for ch in gap) or "," in gap or _ANY_CUE.search(gap + " ") or _first_word(text[m.start : m.end]) in _VAGUE:
            return None
        # "on multiple language modeling tasks", "on the video denoising task": the count and the head word with it
        return (cue.start("count") if cue.group("count") else m.start), end.end(1) if end.group(1) else m.end, m
    return None


_LIST_BEFORE = _compile(r",?\s*(?:,|\band|\bor|&)\s+")  # "MedQA and MedMCQA", "VITATECS, MVBench, and Video-MME"
_BY_GAP = _compile(r"(?:\s?\([^()]{1,20}\))?\s+by\s+(?:(?:up\s+to|about|around|nearly|over|more\s+than|an\s+average\s+of|a\s+further)\s+)?[~$+]*\Z")
_OUTDO_IN_CLAUSE = _compile(rf"(?i)\b(?:{_OUTDO})\b")  # "outperforms X with +19.05 on Y": the sign is the gain
_OUTDO_BEFORE = _compile(rf"(?i)\b(?:{_OUTDO}|than|over|against|versus|vs\.?)\b[^,;]{{0,40}}\Z")  # "surpassing prior models such as PERQA"


def _dataset_by(ctx: DocContext, f: _Figure, c: _Claim, seg_start: int) -> FoundMention | None:
    """A dataset or benchmark mention right before "by" and the figure ("and MedXpertQA by 32.0%"), not one outdone."""
    text, fig = ctx.text, f.fig
    for m in reversed(ctx.datasets):
        if m.end > fig.start:
            continue
        if m.start < max(seg_start, fig.start - 60):
            return None
        if not _BY_GAP.fullmatch(text, m.end, fig.start):
            return None
        if _OUTDO_BEFORE.search(text, max(seg_start, m.start - 40), m.start) or _is_proposed(ctx, text, (m.start, m.end)):
            return None
        if fig.respectively or any(d.end <= m.start and _LIST_BEFORE.fullmatch(text, d.end, m.start) for d in ctx.datasets):
            return None  # "on KITTI and Spring by 8.7% and 65.8%, respectively", "improving MedQA and MedMCQA by ~1%": a list's
        surface = text[m.start : m.end]
        if surface == c.baseline or find_metric(surface) is not None or _part_of_metric(c, surface):
            return None  # "reducing PaperBench by 6.41 points": read as the metric, which a later rule moves to the context
        if (op := _opening_setting(text, seg_start, fig.start, c)) is not None and any(op[0] <= d.start < op[1] for d in ctx.datasets):
            return None  # "On AccidentBench, training lifts Cosmos-Reason2 by +10.7": the opening's named setting
        return m
    return None


_BRACKET_METRIC_LABEL = _compile(r"(?:[^()]*?[,;]\s*)?[A-Za-z][\w@.\-]*(?:\s[\w@.\-]+){0,2}\s*[:=]\s*[~$]?\Z")  # "(MR: 391, MRR: "


def _name_of_bracket(ctx: DocContext, f: _Figure, c: _Claim, seg_start: int) -> FoundMention | None:
    """A model or dataset mention right before the bracket that holds the figure as "metric: figure" ("TransE (MR: 391")."""
    text, fig = ctx.text, f.fig
    open_at = text.rfind("(", max(seg_start, fig.start - 60), fig.start)
    if open_at < 1 or ")" in text[open_at : fig.start] or not _BRACKET_METRIC_LABEL.fullmatch(text, open_at + 1, fig.start):
        return None
    label = text[open_at + 1 : fig.start].rsplit(",", 1)[-1].rsplit(";", 1)[-1].strip(" :=~$")
    if find_metric(label) is None and not _metric_shaped(label):
        return None  # the label must be a measure ("MR", "MRR"), not a name ("(Qwen3.5-plus: ...")
    end = open_at - 1 if text[open_at - 1] == " " else open_at
    for m in reversed(ctx.mentions_in(max(seg_start, end - 60), end)):
        if m.end != end:
            continue
        if m.type in _CONTEXT_TYPES or (m.type == "method" and m.role != "proposed" and not _is_proposed(ctx, text, (m.start, m.end))):
            surface = text[m.start : m.end]
            if surface != c.baseline and find_metric(surface) is None:
                return m
        return None
    return None


# a name written right before a figure as its label, after a bracket, a list comma or "vs": "(MMLU +8.1%", "vs Sonnet 4: 93.0"
_LABEL_BEFORE = _compile(r"(?:\(|[,;]\s|\b(?:vs\.?|versus)\s)\s*([A-Z][\w.\-]*(?:\s[\w.\-]+){0,2}?)\s*(:)?\s*\Z")


def _label_before(ctx: DocContext, f: _Figure, c: _Claim, seg_start: int) -> FoundMention | None:
    """A dataset or benchmark mention right before the figure as its label ("(HellaSwag +7.6%)", "(MMLU: 45.2"),
    or a model's with a colon ("Sonnet 4.5: 95.7 percent"): where the figure was measured."""
    text, fig = ctx.text, f.fig
    m = _LABEL_BEFORE.search(text, max(seg_start, fig.start - 50), fig.start)
    if m is None:
        return None
    mention = ctx.mention_at(*m.span(1))
    if mention is None or mention.end != m.end(1):
        return None
    surface = text[mention.start : mention.end]
    if find_metric(surface) is not None or _metric_shaped(surface) or surface == c.baseline or _is_proposed(ctx, text, m.span(1)):
        return None
    if mention.type in _CONTEXT_TYPES or (mention.type == "method" and m.group(2)):
        return mention
    return None


# (a dataset word may close the name: "on the Chinese SLR500 (reaching 97.1%) and Turkish AUTSL datasets (97.07% accuracy)")
_NAME_BRACKET = re.compile(r"(?:\b(?:on|and|like|including|in)\s|,\s)((?:[A-Z][\w.]*\s(?=[A-Z][\w.]*(?:-[\w.]+)*\s(?:datasets?|benchmarks?|corpus|subsets?)\s?\())?"
                           r"[A-Z][\w.]*(?:-[\w.]+)*)(?:\s(?:datasets?|benchmarks?|corpus|subsets?))?\s?\(\s?(?:~|\$|\\sim|≈|\s)*\Z")
# "on Sudoku-Shah (~100%) and ", "like ": the words before an unnamed list item, back to where the list starts
_LIST_LEAD = re.compile(r"\b(?:on|like|including|across)\s+(?:[A-Z][\w.-]*\s?\([^()]{1,20}\)(?:,\s|,?\s+and\s+))*\Z")
_PAREN_SETTING = _compile(r"\s?\((?:on|in|for|across)\s+(?:the\s+)?")
# "450M", "1024x1024", "45-61%", "720p+": a figure, not a place where one was measured
_FIGURE_CONTEXT = _compile(r"\$?\d(?![\d.,]*\s?[A-Za-z]*[A-Za-z]{3})[^\s]*|(?i:top|pass|rank|recall|hits)[-@]\d[^\s]*"
                           r"|\\?\(?\$?[A-Za-z_]{1,3}\s?=\s?\d[^\s]*")  # "K=10", "\(N=5\)": a setting value
_METRIC_AT = _compile(r"[A-Za-z][\w-]*@[\d.:]+")


# "AP$_r$", "AP_{3D}", "AP$^{box}$": a lexicon metric with a LaTeX sub- or superscript
_SCRIPT = r"\$?[_^](?:\{[^{}\s]{1,12}\}|[A-Za-z0-9.]{1,6})\$?"  # "$_r$", "_{3D}", "^{box}"
_METRIC_SCRIPT = _compile(rf"([A-Za-z][\w-]*?){_SCRIPT}")
# the same name right after a figure, as a whole: "36.2 AP$_r$ on LVIS"
_METRIC_SCRIPT_AFTER = _compile(rf" ([A-Za-z][\w-]*?{_SCRIPT})(?![\w{{}}$])")


def _metric_shaped(surface: str) -> bool:
    """"mAP@0.50:0.95", "gFID" (a prefixed FID), "AP$_r$": a metric's abbreviation, not a context."""
    if _METRIC_AT.fullmatch(surface):
        return True
    if (m := _METRIC_SCRIPT.fullmatch(surface)) is not None and (find_metric(m.group(1)) is not None or _metric_shaped(m.group(1))):
        return True
    return len(surface) > 2 and surface[0].islower() and surface[1].isupper() and find_metric(surface[1:]) is not None


def _is_proposed(ctx: DocContext, text: str, span: tuple[int, int]) -> bool:
    """The name is the paper's own method (named in the title or marked proposed by the entity layer)."""
    surface = text[span[0] : span[1]]
    if ctx.proposed is not None and (surface == ctx.proposed or surface.startswith(ctx.proposed + " ")):
        return True
    mention = ctx.mention_at(span[0], span[1])
    return mention is not None and mention.role == "proposed" and mention.type == "method"


# contexts read from farther away than a dataset that names the figure's metric ("GSM8K accuracy"), which replaces them
_YIELDS_TO_METRIC_NAME = frozenset((None, "context:before", "context:before_generic", "context:before_model", "context:opening",
                                    "context:experiments_opening", "context:dataset_in_clause", "context:model_of", "context:applied_to"))


def _dataset_of_metric(ctx: DocContext, metric: str, head: _Figure, tail: _Figure) -> FoundMention | None:
    """The dataset or benchmark mention written right before the claim's metric, in the words before the
    figure ("improving MedQA accuracy by 23.5%") or right after it ("reaches 74.9 JumpScore mAP")."""
    text = ctx.text
    floor = max(head.pre, head.clause)
    for m in reversed(ctx.datasets):
        if m.start < floor:
            break
        if not (m.end <= head.fig.start or (m.start == tail.fig.end + 1 and text[tail.fig.end] == " ")):
            continue
        if text.startswith(" " + metric, m.end) or text.startswith("'s " + metric, m.end):
            if _TRAINED_ON_NEAR.search(text, max(0, m.start - 50), m.start):
                return None  # "trained on X": training data
            return m
    return None


def _dataset_in_clause(ctx: DocContext, f: _Figure, c: _Claim) -> None:
    """"MultiWOZ shows 78.2% accuracy", "the 57 MMLU subjects ... range from": with no cue word, a
    dataset or benchmark the entity layer found in the figure's clause is where it was measured."""
    if not ctx.datasets:
        return
    text, fig = ctx.text, f.fig
    found = [m for m in ctx.datasets if m.start >= f.clause and m.end <= fig.start]
    if not found:
        found = [m for m in ctx.datasets if m.start >= fig.end and m.end <= f.ctx_end][:1]
    for m in reversed(found):
        surface = text[m.start : m.end]
        if c.baseline is not None and (surface in c.baseline or c.baseline in surface):
            continue
        if _part_of_metric(c, surface):
            continue
        if _TRAINED_ON_NEAR.search(text, max(0, m.start - 50), m.start) or _TRAINED_ON_FAR.search(text, max(0, m.start - 140), m.start):
            continue  # "when training on 40% of the OSS-Instruct dataset", "trained X and Y on the ..., 10M-word Z dataset": training data
        if surface == ctx.proposed or (m.role == "proposed" and _SUBJECT_VERB_AFTER.match(text, m.end)):
            continue  # "SLAP achieves superior performance with 20-40% less data": the paper's own system, not a setting
        before = text[max(f.clause, m.start - 30) : m.start].split()
        if any(w.casefold() in _INTRODUCING for w in before[-3:]):
            continue  # "we construct MaxFlip, a challenge set that amplifies flips by 23.6pp": what is built
        c.context, c.context_ref = surface, _ref(m, text)
        c.why["context"] = "context:dataset_in_clause"
        return


# the words right before a dataset named later in the sentence: "on the SketchGraphs dataset", "on the challenge Bench2Drive"
_LATER_DATASET_CUE = _compile(r"(?i)(?<![\w-])(?:on|across)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}\Z")
_LATER_STOP = _compile(r"(?i);|\b(?:than|compared|versus|vs\.?|against|par\s+with)\s")
_LATER_OTHER_CUE = _compile(r"(?<![\w-])(?:on|across|at)\s+(?:the\s+)?[A-Z]")  # "0.849 on Gene-Turing and 0.830 on GeneHop"


def _dataset_later(ctx: DocContext, f: _Figure, c: _Claim, seg_start: int, seg_end: int) -> None:
    """"reducing FID from 16.04 to 7.80 ..., establishing a new state of the art on the SketchGraphs dataset",
    "tripling accuracy (from 21.8% to 72.5%) on ScanNet": with no setting in the figure's own clause, the first
    dataset or benchmark named later in the sentence after on/across is where it was measured."""
    text, fig = ctx.text, f.fig
    later = [m for m in ctx.datasets if m.start >= f.ctx_end and m.end <= seg_end]
    if not later or _OPENING_PHRASE.match(text, seg_start, fig.start):
        return  # "With a 128K extended context window, Kimi-VL ... on LongVideoBench": the opening phrase's figure is set-up
    m = later[0]
    if ((stop := _LATER_STOP.search(text, fig.end, m.start)) is not None and not (
            stop.group().strip().casefold() == "compared" and not _LATER_STOP.search(text, stop.end(), m.start)
            and not _LATER_CLAUSE.search(text, fig.end, m.start))
            or any(n.start < m.start for n in ctx.datasets if fig.end <= n.start < f.ctx_end)):
        # (a comparison of the figure's own clause does not end it: "95.13% F-score compared to EfficientNet with ... on
        # RSNA screening mammography breast cancer dataset", "68x compute payload reduction ... when compared to RNN, CNN,
        # and MLP models on FashionMNIST and MNIST datasets"; a "while" clause does: "a 31X speedup compared to X, while
        # also attaining the highest overall score on VBench")
        return
    if (cue := _LATER_DATASET_CUE.search(text, max(fig.end, m.start - 40), m.start)) is None or _LATER_OTHER_CUE.search(text, fig.end, cue.start()):
        return
    if _RESPECTIVELY_WORD.search(text, fig.end, seg_end):
        return  # "by 2.45%, 0.45%, and 1.04%, and ... on HyKo, HSI-Drive, and Hyperspectral City, respectively": the list reader's
    surface = text[m.start : m.end]
    if (surface == ctx.proposed or m.role == "proposed" or (c.baseline is not None and surface in c.baseline)
            or _part_of_metric(c, surface) or _TRAINED_ON_NEAR.search(text, max(0, m.start - 50), m.start)
            or _TRAINED_ON_FAR.search(text, max(0, m.start - 140), m.start) or any(ch.isdigit() for ch in text[m.end : m.end + 1])):
        return
    if len(words := surface.split()) > 1 and words[-1].casefold() in ("dataset", "datasets", "benchmark", "benchmarks", "corpus"):
        surface = surface[: surface.rindex(" ")]  # "XSUM Dataset": the mention's generic tail is no part of the name
    c.context, c.context_ref = surface, _ref(m, text)
    c.why["context"] = "context:dataset_later"


_LATER_CLAUSE = _compile(r"(?i)\b(?:while|whereas)\b")
_OPENING_PHRASE = _compile(r"\s*(?:With|Using|Under|At|Given|By|Through|After)\s[^,;]*\Z")
_RESPECTIVELY_WORD = _compile(r"(?i)\brespectively\b")
_QUALIFIER_ONLY = frozenset("about around approximately approx. nearly roughly almost over under only just some".split())
_OBJECT_TAIL = re.compile(r"\s+(?:for|on|in)\s+(?:(?:the|a|an)\s+)?[a-z][\w-]*(?:\s+(?!by\b)[a-z][\w-]*){0,3}(?=\s+by\s)")
_BY_BEFORE = _compile(r"\s+by\s+(?:(?:up\s+to|about|around|nearly|over|more\s+than|an\s+average\s+of)\s+)?")
_BY_BEFORE_FIGURE = _compile(_BY_BEFORE.pattern + r"[+$]*$")  # the same, searched for in the words right before a figure
_SETTING_CUE = re.compile(r"(?i)(?<![\w-])(?:in|on|for|under)\s+(?:(?:the|a|an)\s+)?(?=[a-z])")
_SETTING_END = re.compile(r"(?i)\s*(?:[,;.)]|$|(?:and|with|while|whereas|compared|than|when|without|but|respectively)\b)")
_NOT_SETTING = frozenset(
    "average total general practice particular addition terms most many all some each turn contrast "
    "comparison aggregate expectation absolute relative overall sum summary short fact".split()
) | _WORDS["not_setting"].words


_LARGER_AFTER = _compile(r"\s*(?:(?:larger|bigger)(?:\s+(?P<name>[A-Z][\w.\-]*(?:\s[A-Z0-9][\w.\-]*)?))?|more\s+(?P<params>param(?:eter)?s))\b")
_OUTDONE_LEAD = _compile(rf"(?i)\b(?:{_OUTDO}|rival\w*|match\w*|comparable\s+to|competitive\s+with"
                         r"|on\s+par\s+with|than|over|against)\s+(?:(?:the|a|an)\s+)?(?:(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+"
                         r"(?:(?:that|which)\s+(?:are|were)\s+|with\s+)?)?(?:up\s+to\s+|about\s+|over\s+|nearly\s+)?$")
_SIZE_COMPARATIVE = _compile(r"(?i)\s*(?:larger|smaller|bigger|tinier)\s+models?\b")
# "a 14B Diffusion Transformer model", "Our 3B dense and MoE models": up to three words, then a model head noun
_SIZE_HEAD_AFTER = _compile(r"(?:[\s-]+[\w-]+){1,4}")
_SIZE_HEADS = _WORDS["size_head"]


def _size_head_after(text: str, end: int) -> bool:
    """A model head noun (rules/claim_words.tsv size_head) within the four words right after a size, before any
    punctuation or a word of the stop role ("a 14B open model"; not "7B trained on ... models")."""
    m = _SIZE_HEAD_AFTER.match(text, end)
    if m is None:
        return False
    words = m.group().replace("-", " ").split()
    if any(word.casefold().startswith("param") for word in words):
        return False  # "0.56 million network parameters", "2.8B activated LLM parameters": a parameter count
    for word in words:
        if word in _SIZE_HEADS:
            return True
        if word in _STOP and word.casefold() != "and":
            return False
    return False
_FIGURE_LIST_ONLY = _compile(r"(?:\s*(?:,|and|or|to)?\s*[\d.,]+\s?[%xKMBT]?)+")
_QUALITY_NOUN = _compile(r"^[a-z][a-z-]*(?:ness|ity)$")  # "compactness", "generalizability", "robustness": qualities


_OPENING = _compile(
    r"(?i)\s*(?:(?:furthermore|moreover|additionally|notably|finally|lastly|second|third|specifically),\s+)?"
    r"(?:(?:in|on|for|across|under|at)\s+)(?:(?:the|a|an|our)\s+)?([\w$](?:[^,;:()]|(?<=\d),(?=\d{3}\b)){1,70}?)(?:\s\([^()]{1,60}\))?,\s"
)  # "Under a controlled noisy-write stress (75% synthetic distractors), ...": a bracket after the phrase is its gloss;
#    "On a 1,000-image test set, ...": a thousands comma is inside the phrase


_TERMS_OPENING = _compile(
    r"(?i)\s*(?:(?:in\s+particular|notably|specifically|furthermore|moreover|additionally|finally|overall),\s+)?"
    r"in\s+terms\s+of\s+[^,;:()]{1,60}?\s+(?:on|in|for|across|under)\s+(?:the\s+|a\s+|an\s+)?([\w$][^,;:()]{1,60}?),\s"
)
_OPENING_DATA = _compile(r"(?i)\s*(?:using|analy[sz]ing|evaluating\s+on|experimenting\s+(?:on|with)|testing\s+on)\s+(?:the\s+|a\s+|an\s+)?"
                         r"([\w$][^,;:()]{1,60}?),\s")


_EXPERIMENT_WORDS = "|".join(sorted((regex.escape(w) for w in _WORDS["experiment_noun"].words), key=len, reverse=True))
_FINDING_WORDS = "|".join(sorted((regex.escape(w) for w in _WORDS["finding_verb"].words), key=len, reverse=True))
# "Extensive experiments on five industrial datasets show that ...", "Evaluations on both public and external datasets
# demonstrate ...": the data the experiments of the sentence's subject ran on, before the verb that reports them
_EXPERIMENTS_OPENING = _compile(
    rf"(?i)\s*(?:(?:furthermore|moreover|additionally|finally|notably|overall|specifically|importantly),\s+)?(?:[a-z][\w-]*\s+){{0,2}}"
    rf"(?:{_EXPERIMENT_WORDS})\s+(?:(?:conducted|performed|carried\s+out)\s+)?(?:on|across|over|using|in)\s+"
    rf"(?:(?:the|a|an|our)\s+)?([\w$](?:[^;:()]|\([^()]{{1,30}}\)){{1,90}}?)\s+(?:{_FINDING_WORDS})\b")
_EXPERIMENTS_PRONOUN = _compile(r"(?i)\b(?:we|our|it|its|they|their|that|which|who)\b")
_TRAILING_ADVERB = _compile(r"(?:\s+(?:further|also|consistently|clearly|collectively|jointly|together|[a-z]+ly))+$")
_EXPERIMENTS_NOT_FIRST = _WORDS["experiments_not_first"].words
_EXPERIMENTS_NOT_LAST = _WORDS["experiments_not_last"].words
_LIST_TAIL = _compile(r",[^,]*\b(?:and|or)\s[^,]*$")  # "on Pascal VOC, COCO, and VG-256": a list, its last item after "and"


def _opening_experiments(ctx: DocContext, seg_start: int, fig_start: int) -> tuple[int, int] | None:
    """"Experiments on five industrial datasets show ...", "Experimental results on eight LLMs reveal ...": the data
    or models the sentence's experiments ran on, when the phrase reads as a short setting (no clause of its own)."""
    m = _EXPERIMENTS_OPENING.match(ctx.text, seg_start, fig_start)
    if m is None:
        return None
    s, e = m.span(1)
    if (adverb := _TRAILING_ADVERB.search(ctx.text, s, e)) is not None:
        e = adverb.start()  # "on a landslide segmentation benchmark further demonstrates": not part of the setting
    phrase = ctx.text[s:e]
    words = phrase.split()
    if not words or (len(words) > 10 or _EXPERIMENTS_PRONOUN.search(ctx.text, m.start(), e) or words[0].casefold() in _EXPERIMENTS_NOT_FIRST
            or words[-1].casefold() in _EXPERIMENTS_NOT_LAST):
        return None  # "We ran experiments on X and show ...": the writers' clause, not a setting
    if "," in phrase and not _LIST_TAIL.search(phrase):
        return None  # "Through experiments across nine models, CIPHER demonstrates": the subject after a comma
    if len(words) <= 2 and words[-1].casefold() in _DATASET_HEADS and (len(words) == 1 or words[0].casefold() in ("the", "a", "an", "our", "this", "that")):
        return None  # "Evaluations on the dataset show ...": a bare generic head names no particular setting ("these datasets" do)
    if any(_FIGURE_TOKEN.fullmatch(w) and (i > 0 or "." in w or "%" in w) for i, w in enumerate(words)):
        return None  # "on 10 languages" is a setting; "on 40% of the data" is not
    if find_metric(phrase) is not None:
        return None
    return s, e


def _context_from_experiments(ctx: DocContext, c: _Claim, seg_start: int, fig_start: int) -> None:
    """Set the claim's context to what the sentence's opening experiments ran on, when it opens with them."""
    if (found := _opening_experiments(ctx, seg_start, fig_start)) is not None:
        c.context, c.context_ref = ctx.text[found[0] : found[1]], _ref(ctx.mention_at(*found), ctx.text)
        c.why["context"] = "context:experiments_opening"


def _opening_data(ctx: DocContext, seg_start: int, fig_start: int) -> tuple[int, int] | None:
    """"Analyzing a subset of LAION, we show ...", "Using two public benchmarks, ...": the data a sentence opens
    with is where its figures were measured, when it names a dataset (a mention, or a dataset head word)."""
    m = _OPENING_DATA.match(ctx.text, seg_start, fig_start)
    if m is None:
        return None
    s, e = m.span(1)
    words = ctx.text[s:e].split()
    if len(words) > 6 or any(_FIGURE_TOKEN.fullmatch(w) for w in words):
        return None
    named = [x for x in ctx.mentions_in(s, e) if x.type in _CONTEXT_TYPES]
    if named:
        return named[-1].start, named[-1].end
    return (s, e) if words[-1].casefold() in _DATASET_HEADS else None


def _clause_opening(text: str, seg_start: int, fig_start: int, c: _Claim) -> tuple[int, int] | None:
    """"...: for single-city prediction, the score improved from 0.34 to 0.75; for multi-city prediction, from 0.34 to 0.56":
    a setting phrase that opens the figure's clause after a colon or semicolon, as one that opens the sentence."""
    cut = max(text.rfind(";", seg_start, fig_start), text.rfind(":", seg_start, fig_start))
    if cut == -1 or not text.startswith(" ", cut + 1):
        return None
    return _opening_setting(text, cut + 1, fig_start, c)


def _opening_setting(text: str, seg_start: int, fig_start: int, c: _Claim) -> tuple[int, int] | None:
    """"In vision-based robot learning, ...", "Under varying observation rate settings, ...": a
    prepositional phrase of 1-6 words that opens the sentence and ends at a comma, unless it is a
    discourse opener ("In addition", "For example", "In this paper") or a year."""
    if (t := _TERMS_OPENING.match(text, seg_start, fig_start)) is not None:
        # "In particular, in terms of inference speed on mobile devices, ...": the measure's setting
        setting = text[t.start(1) : t.end(1)]
        if (len(setting.split()) <= 5 and find_metric(setting) is None and setting.split()[0].casefold() not in _NOT_SETTING
                and not any(_FIGURE_TOKEN.fullmatch(w) for w in setting.split())):
            return t.span(1)
        return None
    m = _OPENING.match(text, seg_start, fig_start)
    if m is None:
        return None
    s, e = m.span(1)
    words = text[s:e].split()
    if not 1 <= len(words) <= 6 or words[0].casefold() in _NOT_SETTING or words[-1].casefold() in _NOT_SETTING:
        return None
    if _QUALITY_NOUN.search(words[-1]):
        return None  # "For compactness,", "For generalizability,": a quality the sentence is about, no setting
    if any(_FIGURE_TOKEN.fullmatch(w) or "=" in w for w in words) or any(
            _cue_of(w.casefold()) and (i in (0, len(words) - 1) or words[i + 1].casefold() in ("than", "to", "over", "against", "with", "of"))
            for i, w in enumerate(words)):  # "In scenarios with larger batch sizes,": an adjective, not a comparison
        return None  # "In 2023,", "Compared with ...": a date or a comparison, not a setting
    surface = text[s:e]
    if find_metric(surface) is not None or surface == c.baseline:
        return None
    if len(words) <= 2 and words[-1].casefold() in _DATASET_HEADS and (len(words) == 1 or words[0].casefold() in _DETERMINERS):
        return None  # "On the dataset, ...": a bare generic head names no particular setting
    return s, e


_SKIPPED_SETTING = _compile(r"[^\s,;()]*(?:\s[^\s,;()]+){0,3}?(?=\s+(?:for|on|in|under)\s)")


def _setting_phrase(text: str, fig, c: _Claim, f: _Figure, after: tuple[int, int]) -> tuple[int, int] | None:
    """A lower-case phrase of 1-4 words right after the figure's own words ("a 45% throughput
    improvement in continual pre-training", "38% faster for the tiny model size, ...")."""
    m = _SETTING_CUE.search(text, fig.end, after[1])
    if m is not None and not fig.respectively and (skip := _SKIPPED_SETTING.match(text, m.end())) is not None and (
            c.metric and text.startswith(c.metric, m.end()) and skip.end() - m.end() == len(c.metric)):
        m = _SETTING_CUE.search(text, skip.end(), after[1])  # "2.6 dB improvement in PSNR for image": past the metric
    if m is None or "," in text[fig.end : m.start()]:
        return None
    words = []
    for w in _WORD.finditer(text, m.end(), min(after[1], m.end() + 60)):
        bare = _bare(w.group(), False)
        low = bare.casefold()
        if not bare or low in _STOP or not bare[0].islower() or _FIGURE_TOKEN.fullmatch(bare):
            break
        words.append((w.start(), w.start() + len(bare)))
        if len(bare) != len(w.group()) or len(words) > 4:
            break
    if not words or len(words) > 4:
        return None
    s, e = words[0][0], words[-1][1]
    if not _SETTING_END.match(text, e) or text[s:e].split()[0].casefold() in _NOT_SETTING:
        return None
    surface = text[s:e]
    if find_metric(surface) is not None or surface.split()[-1].casefold() in _NOT_SETTING or surface.endswith("ly"):
        return None
    if c.metric and (c.metric in surface or surface in c.metric):
        return None  # "faster in batch inference speed": the metric, not a setting
    if _METRICS_HEAD.search(surface):
        return None  # "+30.1 on benchmark metrics": measures, not a setting
    return s, e


def _is_metric_mention(ctx: DocContext, span: tuple[int, int]) -> bool:
    """"by 57.7% on temporal consistency", "12.5% in perceptual quality": the entity layer reads the phrase as a metric."""
    mention = ctx.mention_at(span[0], span[1])
    # the whole phrase: not "on STS17 and STS22", "across spatial quality tasks" (a metric word opening a setting)
    return mention is not None and mention.type == "metric" and mention.end >= span[1]


_METRICS_HEAD = _compile(r"(?<![\w-])metrics?$")  # "on three segmentation metrics", "in semantic consistency metrics": measures


def _opens_metric(text: str, f: _Figure, start: int, end: int) -> bool:
    """"in Intersection over Union (IoU)", "in Spearman correlation": the name is the first word of a metric, not a context."""
    if any(h._start < start < h._end for h in f.seg.metrics):
        return True  # "the Area Under the Receiver Operating Characteristic Curve": inside a metric's name
    first = f.seg.first_metric(start, start + 80)
    if first is None or first.start() != start:
        return False
    # "in F1-score and IoU for cropland segmentation": a list of metrics; not "in Score Evaluation setting"
    return first.end() > end or text.startswith((" and ", ", "), first.end())


def _modifies_metric(text: str, f: _Figure, end: int) -> bool:
    """"in CO2 emission", "on GPU memory": the name is part of a metric phrase, not a context."""
    at = end + 1 if text[end : end + 1] == " " else end
    return any(h._start == at for h in f.seg.metrics)


def _read_subject(ctx: DocContext, c: _Claim, seg_start: int, start: int) -> None:
    text = ctx.text
    methods = [m for m in ctx.mentions_in(seg_start, start) if m.type == "method"]
    for m in methods:
        if m.role == "proposed" and text[m.start : m.end] != c.baseline:
            c.subject, c.subject_ref = text[m.start : m.end], _ref(m, text)
            c.why["subject"] = "subject:proposed_mention"
            return
    if ctx.proposed and (_PRONOUN_SUBJECT.search(text, seg_start, start) or ctx.proposed in text[seg_start:start]):
        c.subject, c.subject_ref = ctx.proposed, ctx.proposed_ref
        c.why["subject"] = "subject:proposed"
        return
    for m in methods:
        surface = text[m.start : m.end]
        if surface in (c.baseline, c.context) or c.baseline is not None and surface in c.baseline:
            continue
        if c.direction is not None and _COMPARED_OBJECT.search(text, max(seg_start, m.start - 80), m.start):
            continue  # "outperforming the FINCH baseline by 9%", "improves over a direct SAM2 auto segmentation
            # baseline": what a change is measured against is no subject; a level stays its own ("outperforming
            # Prithvi (0.24)") (session 18)
        c.subject, c.subject_ref = surface, _ref(m, text)
        c.why["subject"] = "subject:mention"
        return


# the object of a comparison, from its cue to the name, inside one clause
_COMPARED_OBJECT = _compile(rf"(?i)(?<![\w-])(?:{_OUTDO}|{_COMPARISON_WORDS})\s+[^,;:()]{{0,60}}$")
_APPLIED_TO = _compile(r"(?<![\w-])(?i:appl(?:y|ies|ying|ied))\b[^,;()]{0,80}?\bto\s+(?:(?i:an?|the|its|our|their)\s+)?(?:[a-z][\w-]*\s+){0,2}"
                       r"(?P<n>[A-Z][\w.+-]*[\w+](?:\s\([A-Z][\w-]*\))?)(?=\s+(?:models?|LLMs?|backbones?)\b|\s*,"
                       # "Applying PROM to MobileNetV2 reduces ...": the gerund subject's model, right before the verb
                       r"|\s+(?:reduces|improves|increases|achieves|yields|boosts|lowers|cuts|raises|enhances|speeds|accelerates|saves"
                       r"|delivers|attains|reaches|gives|results|leads|brings)\b)")
_APPLIED_TO_MORE = _compile(r",\s+(?:and\s+)?to\s+([A-Z][\w.+-]*[\w+])")
_MODEL_NAME_SHAPE = _compile(r"\d|[-.][A-Za-z]|^\S[^A-Z\s]*[A-Z]")  # "Qwen2.5-VL", "BERT-base", "MoPa"; not "Transformers"
_MODEL_SIZE_OF = _compile(r"(?i)\bmodel\s+sizes?\s+(?:of|up\s+to|reaching)\s+(?:about\s+|over\s+|only\s+)?$")
_SIZED_NAME = _compile(r"[-\s]\d+(?:\.\d+)?[BMT]\b")  # "Llama-2-70B", "DS-MoE-6B", "Falcon 180B": a model named with its size
_FIGURE_LIST_GAP = _compile(r"(?:\s*,?\s*(?:and|or)?\s*\d[\d.]*)*\s*-?")
_SIZE_RANGE_BEFORE = _compile(r"(?i)\b(?:from|between)\s+\S+\s+(?:to|and)\s+$")
_SPAN_START_BEFORE = _compile(r"(?i)\b(?:from|between)\s+$")
_COUNT_BEFORE = _compile(r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+$")
_LIST_COMMA = _compile(r",\s*$")
# "95% CI", "95% bootstrap confidence interval": the level of an interval, not a result
_INTERVAL_AFTER = _compile(r"(?i)\s*(?:bootstrap(?:ped)?\s+|bayesian\s+|(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+)?(?:CIs?\b|confidence\b|credible\b)")
_INTERVAL_BOUND = _compile(r"(?i)(?:\bCIs?|confidence\s+intervals?|credible\s+intervals?)\s*[:=]?\s*[\[(]\s*(?:[-+]?[\d.]+\s*%?\s*(?:,|to|-|–)\s*)?$")
# "at 80% coverage", "at 90% sparsity", "a pass at 1 fps": the operating point a result is read at
_ON_BEFORE = _compile(r"(?i)\b(?:on|for|in)\s+(?:only\s+|just\s+)?$")
_SHARE_OF_DATA = _compile(r"(?i)\s+of\s+(?:the\s+|all\s+)?(?:[a-z-]+\s+)?(?:data|samples|instances|examples|cases|images|queries|questions|items|test\s+set|dataset)\b")
_IN_CASES = _compile(r"(?i)\s+of\s+(?:the\s+|all\s+)?(?:cases|instances)\b")  # "truthful outputs in 87% of cases": how often, a result
# "(b) in 75 percent of instances, ...", "in over 85% of test cases": how often it happens, a result wherever it stands
_IN_SHARE_BEFORE = _compile(r"(?i)(?<![\w-])in\s+(?:only\s+|just\s+)?$")
_OF_CASES = _compile(r"(?i)\s+of\s+(?:the\s+|all\s+|these\s+)?(?:[a-z-]+\s+)?(?:cases|instances)\b")
_NOUN_IN_BEFORE = _compile(r"(?<![\w-])((?:[a-z][a-z-]{2,}\s){0,2}[a-z][a-z-]{2,})\s+in\s+$")
_AT_BEFORE = _compile(r"(?i)\bat\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?$")
_CONDITION_AFTER = _compile(r"(?i)\s*(?:coverage|sparsity|recall|budgets?|compression|pruning|noise|occlusion|masking|FPR|false[- ]positive\s+rate)\b")
# "runs at 30 fps", "achieving real-time inference at 25 fps": a frame rate the method reaches
# ("detecting up to 50 faces at 25 FPS"; not "clips recorded at 30 fps", the footage's rate)
_SAMPLING_AFTER = _compile(r"(?i)\s*(?:[a-z-]+\s+)?(?:sampl|record|acqui|captur)\w*")
_RATE_CLAIM_BEFORE = _compile(r"(?i)\b(?:run\w*|achiev\w*|reach\w*|attain\w*|deliver\w*|real[- ]time|infer\w*|speed\w*|throughput|detect\w*|operat\w*|perform\w*|process\w*|render\w*)\b"
                              r"(?:(?!\b(?:sampl|record|captur|extract|film|shot|acquir)\w*)[^,;:()]){0,40}$")


def _own_model_size(text: str, seg_start: int, fig_start: int) -> bool:
    """"our 8B LongRM", "we introduce CoT-VLA, a 7B VLA": the paper's own model is the one of this size."""
    before = text[seg_start:fig_start].split()
    return any(w.casefold() == "our" for w in before[-3:]) or any(w.casefold().strip(",;:") in _INTRODUCING for w in before)


_RATINGS_AFTER = _compile(r"\s+(?:[\w()-]+\s+){0,4}?(?:ratings|annotations|labels|judg(?:e)?ments)\b"
                         r"|\s+(?:[\w-]+\s+){0,3}?[\w-]*[Ss]cores(?:\s+\([A-Z]+s?\))?(?:\s+(?:collected|assessed|gathered|obtained|from|across|for)\b|[,.;)])")


def _claim_kind(text: str, f: _Figure, c: _Claim, seg_start: int, seg_has_we: Callable[[], bool]) -> str | None:
    """The rule that makes this figure a claim, or None for a set-up number."""
    fig, unit = f.fig, f.fig.unit
    said_after = c.why.get("direction", "").startswith("dir:after")
    # a count changes only when the cue follows it directly: "3 fewer layers", not "Five Centuries ... rise"
    said_next = said_after and c.cue is not None and not text[fig.end : c.cue.start()].strip(" -")
    if said_next and unit in (None, "count") and _NOMINAL_CUE.search(c.cue.group()) and _PLURAL_NOUN_AFTER.match(text, c.cue.end()):
        said_next = False  # "three mitigation strategies", "two improvement techniques": a noun modifier, not a change
    if fig.rule == "q:ordinal":
        return "claim:rank"
    if unit in _SETUP_UNITS or (unit == "°" and fig.value == 360):
        return None  # "a 3T MRI scanner"; a full turn names a view, never a result: "360° video", "Mip-NeRF 360°"
    if fig.from_value is not None:
        return "claim:change"
    if unit == "percent" and _INTERVAL_AFTER.match(text, fig.end):
        return None  # "95% CI [0.525, 0.553]"
    if _INTERVAL_BOUND.search(text, max(seg_start, fig.start - 40), fig.start):
        return None  # "CI [0.525, 0.553]": the bounds of an interval, not results of their own
    if (c.effect is None and unit == "percent" and _ON_BEFORE.search(text, max(seg_start, fig.start - 12), fig.start)
            and _SHARE_OF_DATA.match(text, fig.end) and not (_IN_CASES.match(text, fig.end) and _NOUN_IN_BEFORE.search(text, max(seg_start, fig.start - 60), fig.start))
            and not (_IN_SHARE_BEFORE.search(text, max(seg_start, fig.start - 12), fig.start) and _OF_CASES.match(text, fig.end))):
        return None  # "correlations of up to 0.8 on 80% of the data": the share a result holds on, not a result
    if c.effect is None and _AT_BEFORE.search(text, max(seg_start, fig.start - 30), fig.start):
        if _CONDITION_AFTER.match(text, fig.end):
            return None  # "at 80% coverage": the operating point, not a result
        if unit == "fps" and fig.integer and not _RATE_CLAIM_BEFORE.search(text, max(seg_start, fig.start - 60), fig.start):
            return None  # "sampling frames at 1 fps" is set-up; "runs at 30 fps" a result, and so is a measured "at 16.18 FPS"
        if (unit == "Hz" and _RATE_CLAIM_BEFORE.search(text, max(seg_start, fig.start - 60), fig.start)
                and not _SAMPLING_AFTER.match(text, fig.end)):
            return "claim:measure"  # "operates at approximately 36 Hz", "running at 8.84 Hz": how fast the system runs
        if unit in _FREQUENCY_UNITS:
            return None  # "throughput at 1 GHz": the clock the result is read at; "EEG recorded at 256 Hz"
    if unit == "x" and fig.word and fig.direction is None and c.effect is None and c.metric is None:
        return None  # "the novelty of this work is threefold"
    if c.effect is None and (_LIMIT_BEFORE.search(text, max(seg_start, fig.start - 30), fig.start)
                             or (fig.qualifier and text[max(seg_start, fig.start - 3) : fig.start].casefold() == "no ")):
        return None  # "limited to at most 8 GB of memory", "no larger than 1 MB": a constraint of the set-up, not a result
    if unit in ("percent", "pp", "x"):
        return f"claim:{unit}"
    if unit == "bit" and (fig.extra.get("bit_width") or " per " in (surface := fig.extra.get("unit_surface") or "")):
        # "sub-3-bit quantization", "approximately 1-bit per parameter": a bit-width, a result of the method
        c.metric, c.metric_obj = ("bit-width", None) if fig.extra.get("bit_width") else ("bits per " + surface.rpartition(" ")[2].casefold(), None)
        c.why["metric"] = "metric:bit_width"
        return "claim:bit_width"
    if unit is None or unit == "count":
        if fig.compound is not None or fig.word:
            return "claim:count_change" if said_next else None
        if (not fig.integer and not fig.scaled and fig.sign in ("+", "-") and c.effect is not None and c.why.get("direction", "").startswith("dir:before")
                and c.why.get("metric") not in ("metric:after", "metric:before")
                and (nm := _SIGNED_NAME_AFTER.match(text, fig.end)) is not None and find_metric(nm.group(1)) is None and nm.group(1).casefold() not in _STOP):
            c.metric, c.metric_obj, c.why["metric"] = nm.group(1), None, "metric:name_after_signed"
            return "claim:score_change"  # "a quality improvement of +5.82 XCOMET-XL": the name after a signed change is its metric
        scored = c.metric_obj is not None and c.metric_obj.kind in ("quality", "error", "rate")
        if (scored and c.why.get("metric") == "metric:after" and _metric_right_after(text, f)
                and not ((fig.integer or fig.scaled) and not fig.sign and (fig.value or 0) >= 30 and _RATINGS_AFTER.match(text, f.fig.end))):
            return "claim:score_metric_after"  # (not "4,000 Mean Opinion Scores (MOS) collected", "1.5k MOS ratings":
            # a count of collected scores)
        if _metric_before(text, f):
            return "claim:score_metric_before"
        if (not fig.integer and not fig.scaled and fig.value is not None and c.why.get("metric") == "metric:inherited"
                and _level_metric(text, f, c, seg_start)):
            return "claim:score_level"  # "... of 0.850 and the highest rule of thirds alignment of 0.817": its own metric
        if (not fig.integer and not fig.scaled and (fig.value is not None or (fig.low is not None and c.metric_obj is not None and "." in text[fig.num_start : fig.end]))
                and (c.metric is not None or c.why.get("direction") == "dir:none:compared_level")  # "the baseline of 0.6461"
                and not _HYPER.search(text, max(seg_start, fig.start - 20), fig.start)
                and not _SETTING_VALUES.search(text, max(seg_start, fig.start - 40), fig.start)):
            # "ROC AUC values of 0.88 to 0.93": a range of scores too; "temperature tuning (0.2-0.5)" is a setting
            return "claim:score"
        if not fig.integer and _LABEL_COLON.search(text, max(seg_start, fig.start - 30), fig.start):
            return "claim:score_listed"
        if unit == "count" and said_next:
            return "claim:count_change"
        if fig.sign in ("+", "-") and not fig.integer and _BASELINE_CUE.match(text, fig.end + 1):
            return "claim:signed_change"  # "+0.127 over the strongest baseline": a score change over X
        if (fig.sign in ("+", "-") and not fig.scaled and fig.value is not None and _SIGNED_CHANGE_END.match(text, fig.end)
                and (c.effect is not None or fig.sign == "+" and not fig.integer and _OUTDO_IN_CLAUSE.search(text, _clause_floor(text, seg_start, fig.start), fig.start))
                and not _STATISTIC_BEFORE.search(text, max(seg_start, fig.start - 16), fig.start)):
            # "FG-ARI gains of +6.8 on YouTube-VIS", "outperforms the strongest baseline by +68.", "outperforms X with
            # +19.05 on DailyOmni"
            if c.effect is None:
                c.direction, c.why["direction"] = "increase", "dir:sign_after_comparison"
            return "claim:signed_change"
        if (not fig.integer and not fig.scaled and fig.value is not None and c.effect is not None and c.cue is not None
                and _CHANGE_NOUN_OF.fullmatch(text, c.cue.start(), fig.start) and _ON_NAME_AFTER.match(text, fig.end)):
            return "claim:score_change"  # "a gain of 0.378 on MM-MT-Bench": a change of the benchmark's own score
        if fig.low is not None and not fig.scaled and c.effect is not None and _PLUS_RANGE.match(text, fig.start) and "." in text[fig.num_start : fig.end]:
            return "claim:score_change"  # "improvements ranging from +2.1 to an impressive +14.1": a range of score gains
        if not fig.integer and said_after and c.cue is not None and _FIGURE_LIST_GAP.fullmatch(text, fig.end, c.cue.start()):
            return "claim:score_change"  # "achieves 6.87 and 2.32 gains over Diffusion-DPO"
        if unit == "count" and any(w in _RESULT_VERB for w in text[max(seg_start, fig.start - 30) : fig.start].split()[-2:]) and not _LIST_COMMA.search(text, max(seg_start, fig.start - 3), fig.start):
            return "claim:count_result"
        if unit == "count" and fig.integer and _ONLY_NEEDS.search(text, max(seg_start, fig.start - 30), fig.start) and not _HARDWARE.match(text, fig.end):
            return "claim:count_result"  # "which only requires 4 codebooks"
        if (not fig.integer and not fig.scaled and c.effect is not None and c.why.get("direction", "").startswith("dir:before")
                and c.metric_obj is not None and c.metric_obj.kind in ("quality", "error") and _BY_END.search(text, max(seg_start, fig.start - 4), fig.start + 1)):
            return "claim:score_change"  # "improves the exact set match accuracy of different parsers by 2.4-6.5"
        if (not fig.integer and not fig.scaled and fig.value is not None and c.effect is not None and c.metric is None
                and c.cue is not None and _CHANGE_NOUN_OF.fullmatch(text, c.cue.start(), fig.start)
                and (m := f.seg.last_metric(_clause_floor(text, seg_start, c.cue.start()), c.cue.start()) or f.seg.first_metric(fig.end, f.post)) is not None
                and m.metric.kind in ("quality", "error")):
            # "an AUC of 0.85, an absolute improvement of 0.19 compared to ...": a bare change of the sentence's score
            c.set_metric(text, m.start(), m.end(), m.metric, "metric:sentence_score")
            return "claim:score_change"
        if not fig.integer and not fig.scaled and _OUT_OF_SCALE.match(text, fig.end):
            return "claim:score_scale"  # "mean scores, 4.43-4.99/5", "rated 3.8/5": a rating on a scale
        if not fig.integer and not fig.scaled and fig.value is not None and _level_metric(text, f, c, seg_start):
            return "claim:score_level"  # "achieves the highest horizon detection rate of 0.850", "reaches 4.72 on X"
        if not fig.integer and not fig.scaled and _STATISTIC_BEFORE.search(text, max(seg_start, fig.start - 16), fig.start):
            # "(Cohen's d = 0.95)", "Pearson r = 0.819", "$\kappa=0.742$", "(t = 22.5, ...)": a measured statistic, a level
            # whose sign is its value ("r = -0.87" is no decrease)
            c.direction = c.effect = c.cue = None
            c.why["direction"] = "dir:none:statistic"
            return "claim:statistic"
        return None
    only = any(w in _ONLY for w in text[max(seg_start, fig.start - 20) : fig.start].split()[-2:])
    if unit == "params":
        if not (said_after or only) and (_SIZE_RANGE_BEFORE.search(text, max(seg_start, fig.start - 30), fig.start)
                                         or ((fig.low is not None or fig.from_value is not None) and _SPAN_START_BEFORE.search(text, max(seg_start, fig.start - 12), fig.start))):
            return None  # "six VLMs ranging from 450M to 8B parameters": the sizes of the models evaluated
        if not (said_after or only) and _COUNT_BEFORE.search(text, max(seg_start, fig.start - 20), fig.start):
            return None  # "we evaluate three 7-9B models": the sizes of a set of evaluated models
        if fig.extra.get("bare_size") and not (said_after or only or _own_model_size(text, seg_start, fig.start)):
            return None  # "We test Qwen2.5 at 0.5B and 7B": a bare size of the models used, no claim
        if (fig.low is not None and fig.value is None and 1e8 <= fig.low < (fig.high or 0) and not (said_after or only)
                and not any(w.casefold() == "our" for w in text[seg_start : fig.start].split()[-3:])):
            return None  # "on par with 7B-13B LLMs", "evaluating these methods on 3B--7B parameter code models": sizes of models used
        return "claim:model_size" if said_after or only or seg_has_we() else None
    if unit == "tokens":
        return "claim:tokens_change" if said_after or only else None
    if _HARDWARE.match(text, fig.end) or _HARDWARE_BEFORE.search(text, max(seg_start, fig.start - 30), fig.start):
        return None
    if (c.metric_obj is not None and c.metric_obj.name == "data" and unit in _NO_DATA_UNITS and c.cue is None
            and c.why.get("metric") in ("metric:after", "metric:before")):
        # "very high spatial resolution (1.5 m) Earth observation data", "data ... resized to 224 x 224 pixels",
        # "in low-frequency settings (e.g., 20Hz)": a length, pixel size or frequency is no amount of data, and the
        # figure whose only measure word was "data" describes the set-up
        c.metric = c.metric_obj = None
        c.why.pop("metric", None)
        return None
    if unit in _SPAN_UNITS or text[fig.num_start : fig.end].find("-") > 0:
        # "over the last 30 years", "a 24-hour timeframe": spans and N-unit modifiers say a result
        # only with a cue or a metric right after them ("3 days less training time")
        if fig.qualifier in ("under", "up_to") and unit in _BOUNDED_SPAN_UNITS and fig.low is None and fig.from_value is None:
            return "claim:measure"  # "trained in less than one day", "within two weeks": how long it takes, a bound
        return "claim:measure" if said_next or c.why.get("metric") == "metric:after" else None
    if c.metric is None and c.cue is None and not only and _MEASURE_SETUP_BEFORE.search(text, max(seg_start, fig.start - 12), fig.start):
        return None  # "at 10 m resolution", "a 500 m confidence layer": set-up, not a result
    if ((c.why.get("metric") in (None, "metric:before", "metric:inherited", "metric:default")
         or (c.why.get("metric") == "metric:after" and c.metric_obj is not None and c.metric_obj.name == "data"))
            and c.cue is None and not only and _MEASURE_OF.match(text, fig.end)):
        # "collect over 55 hours of footage", "400 hours of driving data", "40GB of textual data": the size of
        # the material, set-up, not a result ("requires just 2,000 hours of data" is one: `only`)
        return None
    return "claim:measure"


# an effect size, correlation, agreement or test statistic written as a symbol and "=" (not "k = 0.5", "τ = 0.7", "λ = 0.1": settings)
_STATISTIC_BEFORE = _compile(r"(?:(?<![A-Za-z\\])(?:d|d'|t|r|R\^?\{?2\}?|R²)|\\(?:rho|kappa)|[ρκ])\s*(?:=|\\approx|≈)\s*\$?\s*[~≈]?$")
_PAIR_VS_AFTER = _compile(r"\s*(?:vs\.?|versus)\s+\$?[~≈]?[-+]?\d[\d.,]*(?![\d.,]*(?:[%×]|\\%|x\b|[A-Za-z]))")
_PAIR_VS_BEFORE = _compile(r"(?<![\d.,]\s?(?:[%×]|\\%|x|[A-Za-z]))(?:vs\.?|versus)\s+\$?[~≈]?$")
_PAIR_FIGURE_BEFORE = _compile(r"\d[\d.,]*\s+(?:[a-z-]+\s+)?(?:vs\.?|versus)\s+\$?[~≈]?$")
_VARIABLE_BEFORE = _compile(r"(?<![A-Za-z])[A-Za-z]\s*[=:]\s*$|[=<>≤≥]\s*$(?<![A-Za-z]{3}\s?=\s?)")


def _versus_pair(text: str, fig, seg_start: int) -> bool:
    """"(0.85 vs. 0.50)", "(mean 7.62 vs. 7.16)": a bare number set against another bare number by "vs."
    is a measured level and the level it is compared with (not "N=48 vs. N=12", nor a setting's values)."""
    lo = max(seg_start, fig.start - 40)
    if _PAIR_VS_AFTER.match(text, fig.end):
        before = text[lo : fig.start]
    elif (m := _PAIR_FIGURE_BEFORE.search(text, lo, fig.start)) is not None and _PAIR_VS_BEFORE.search(text, lo, fig.start) is not None:
        before = text[lo : m.start()]
    else:
        return False
    if fig.integer and not _PAIR_BRACKET.search(before):
        return False  # "We use 3 vs 5 layers": whole numbers compared outside brackets are set-up
    return not (_VARIABLE_BEFORE.search(before) or _SETTING_VALUES.search(before) or _HYPER_WORD.search(before))


_PAIR_BRACKET = _compile(r"\(\s*(?:e\.g\.,?\s*)?(?:[A-Za-z][\w.-]*\s*[:=]?\s*)?$")  # "(median 3 vs. 2", "(e.g., 10,418 vs. 100"


_HYPER_WORD = _compile(r"(?i)(?:rate|threshold|temperature|lambda|alpha|beta|gamma|top-p|top-k|\bk|\bn|size)\s*(?:of|=|:)?\s*$")


# "achieves the highest horizon detection rate of 0.850", "reaches 4.72", "yields a content WER of": a level verb's score
_LEVEL_SCORE_BEFORE = _compile(
    r"(?i)\b(?:achiev|reach|attain|obtain|record|yield)\w*\s+(?:[^;:()]{0,60}?\d[^;:()]{0,30}?\s+and\s+(?=(?:a|an|the)\s))?(?:(?:a|an|the)\s+(?:(?:highest|best|lowest|top|new|record)\s+)?"
    r"(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)\s+of\s+)?(?:only\s+|just\s+|nearly\s+|approximately\s+|about\s+|around\s+)?$"
)


_NEW_VERB_BEFORE = _compile(r"(?i),\s+(?:and|while|but)\s+(?:also\s+)?([a-z]{3,}s)\s+(?:(?:at\s+least|up\s+to|about|over|nearly|only|roughly)\s+)?$")
_NEXT_PREDICATE = _compile(r",\s+(?:and\s+)?(?:also\s+)?(?:maintains|scales|enables|preserves|retains|remains|keeps|achieves|reaches|requires"
                           r"|uses|shows|yields|offers|provides|delivers|attains|obtains|generalizes|supports)\b")
_AND_LEVEL = _compile(r"(?i)\b(?:and|while|but)\s+(?:also\s+)?(?:achiev|reach|attain|obtain|yield|record|deliver)\w*\s")
_FIRST_PLACE = _compile(r"\s+place\b")
_IDIOM_BEFORE = re.compile(r"(?:^|[,;:]\s?)$")  # "In the second place", ", in the first place": a sentence adverb
_PARALLEL_GAP = _compile(r"(?i)\s+(for|on|in)\s+[^,;()\d]{1,40}?,?\s+and\s+")
_MODIFIED_NOUN_AFTER = re.compile(r"\s+([a-z]{3,})\b(?!-)")
_NOMINAL_CUE = _compile(r"(?i)(?:tion|ment|ance|ing|ed)$")  # "two advanced agents", "three enhanced variants": a modifier
_PLURAL_NOUN_AFTER = _compile(r"\s+(?:[a-z]{3,}|[A-Z][A-Za-z0-9-]*[A-Z0-9])s\b")  # "agents", "MLLMs"
# what may follow a signed change that is a claim: a place, a comparison, the sentence's end; not a noun ("the +1 lag bias")
_SIGNED_CHANGE_END = _compile(r"\$?(?:\s*(?:[.;,)]|$)|\s+(?:on|in|over|across|for|and|compared|relative|vs\.?|versus|against|than)\b)")
_ON_NAME_AFTER = _compile(r"\$?\s+on\s+(?:the\s+)?[A-Z]")
_SIGNED_NAME_AFTER = _compile(r"\s([A-Z][\w-]*[A-Z0-9][\w-]*|[A-Z][a-z]+-[a-z]+)(?=[\s.,;:)]|$)")
_OUT_OF_SCALE = _compile(r"/(?:5|7|10|100)\b(?!\d)")
_LIMIT_BEFORE = _compile(r"(?i)\b(?:limited|restricted|capped|constrained|bounded)\s+to\s+(?:a\s+maximum\s+of\s+)?$")
_SETTING_VALUE = _compile(r"(?i)\b(?:learning\s+rates?|thresholds?|temperatures?|dropout|weight\s+decay|batch\s+sizes?|momentum|"
                          r"lambda|alpha|beta|gamma|epsilon|step\s+sizes?|margin|sparsity|ratio|budget|p-values?)\b")
_VERSUS_GAP = _compile(r"(?i)(?:/\d+)?\s*,?\s*(?:(vs\.?|versus|compared\s+(?:with|to))|,|and|,\s*and)\s+(?:only\s+|just\s+)?")


def _abbreviates(short: str, before: str) -> bool:
    """"memory recall (MR)": the acronym's letters are the initials of as many words right before it."""
    letters = "".join(ch for ch in short if ch.isalpha()).casefold()
    words = before.split()[-len(letters) :] if letters else []
    return len(words) == len(letters) and letters == "".join(w[0] for w in words).casefold()


def _clause_floor(text: str, start: int, end: int) -> int:
    """Where the clause that ends at `end` begins: after the last "; ", ". ", "but", "while" or dash."""
    floor = start
    for m in _CLAUSE_CUT.finditer(text, start, end):
        floor = m.end()
    return floor


def _level_metric(text: str, f: _Figure, c: _Claim, seg_start: int) -> bool:
    """A figure right after a level verb ("achieves 0.980 downstream success", "reaches the highest X of
    0.85"): sets the metric it names (if none, or only one inherited) and says whether it is such a level."""
    fig = f.fig
    if c.effect is not None or (m := _LEVEL_SCORE_BEFORE.search(text, max(seg_start, fig.start - 120), fig.start)) is None:
        return False
    if _SETTING_VALUE.search(text, max(seg_start, m.start() - 40), fig.start):
        return False  # "the learning rate reaches 0.001", "achieves a dropout of 0.1": a setting, not a result
    if m.group("noun") and (c.metric is None or c.why.get("metric") == "metric:inherited"):
        c.set_metric(text, m.start("noun"), m.end("noun"), None, "metric:level_of")
    elif (c.metric is None and not m.group("noun") and _WORD_AFTER.match(text, fig.end)
          and (noun := _phrase(text, _skip_space(text, fig.end), f.near)) is not None):
        c.set_metric(text, noun[0], noun[1], None, "metric:level_after")
    return True


def _metric_right_after(text: str, f: _Figure) -> bool:
    """"46.35 ROUGE-1", "0.93 AUC": the metric is the very next word."""
    end = f.fig.end
    at = end + (1 if text[end : end + 1] == " " else 0)
    m = f.seg.first_metric(end, f.near + 1)
    return m is not None and m.start() == at


def _metric_before(text: str, f: _Figure) -> bool:
    """"BLEU 35.2", "Dice score of 0.85", "F1: 0.93": a metric right before a bare figure."""
    fig = f.fig
    lo = max(f.clause, fig.start - 40)
    m = _SCORE_BEFORE.search(text, lo, fig.start)
    tail_end = m.start() if m else fig.start
    last = f.seg.last_metric(lo, tail_end)
    return last is not None and last.end() == tail_end and last.metric.kind in ("quality", "error", "rate")


def _inherit(text: str, prev: _Figure, prev_claim: _Claim, f: _Figure, c: _Claim) -> None:
    """"by 15% MAE, 13% MAE and 10% MAE", "+2.44% on A and +2.16% on B": say what the last one said."""
    gap = text[prev.fig.end : f.fig.start]
    if len(gap) > 60 or _CLAUSE_CUT.search(gap) or not _LIST_JOIN.search(gap):
        return
    if f.seg.first_cue(prev.fig.end, f.fig.start):
        return
    if (b := _BASELINE_CUE.search(gap)) is not None and not (
            _PARALLEL_COMPARISON_GAP.fullmatch(gap, b.end())
            and (_PARALLEL_COMPARISON_AFTER.match(text, f.fig.end)
                 or _SETTING_WORD.search(gap) and _PARALLEL_SETTING_AFTER.match(text, f.fig.end))):
        # (but "by 14.21 F1 over its baseline, and 1.14 F1 over SciFive-Large": one change over two things; "gains
        # of 6.4 points over GRPO on agentic tasks, and 7.0 points on mathematical reasoning": over one thing in two settings)
        return
    if c.effect is None and prev_claim.effect is not None and c.why.get("direction") is None and _LEVEL_VERB.search(gap):
        c.why["direction"] = "dir:none:level_verb"  # "reduces X from 0.85 to 0.78, ... achieves 0.826 mIoU": a new level
    if c.effect is None and prev_claim.effect is not None and c.why.get("direction") is None:
        c.effect, c.cue = prev_claim.effect, prev_claim.cue
        c.why["direction"] = "dir:inherited"
    if c.metric is None and prev_claim.metric is not None and not (
            prev.fig.unit != f.fig.unit and prev.fig.unit not in _SCORE_UNITS and f.fig.unit not in _SCORE_UNITS):
        # (not "13 GB peak memory ..., and as fast as 210 ms": a time does not measure memory)
        c.metric, c.metric_obj = prev_claim.metric, prev_claim.metric_obj
        c.why["metric"] = "metric:inherited"


# (a digit only inside a name: "Llama-3B", "Qwen-1.5B"; not "... 5 ...", a figure of its own)
_PARALLEL_COMPARISON_GAP = _compile(r"(?:[^,;()\d]|(?<=[A-Za-z.\-\d])\d){1,50}?(?:,\s*(?:and\s+)?|\s+and\s+)")
# the words that name what a figure is compared with, right before it ("than the", "compared with"); the context reader
# below (_COMPARED_RIGHT_BEFORE) takes these, the sized-subject guard also "relative to" and "over"
_COMPARISON_CUE_END = _compile(rf"(?i)\b(?:{_COMPARISON_WORDS})\s+(?:the\s+)?$")
_SETTING_WORD = _compile(r"\s(?:on|in|for|across)\s")
_PARALLEL_SETTING_AFTER = _compile(r"(?:\s+(?:points?|pts|pp|percentage\s+points))?\s+(?:on|in|for|across)\s")
_PARALLEL_COMPARISON_AFTER = _compile(rf"(?:\s*%|\s+[\w@.-]+){{0,4}}?\s+(?:{_COMPARISON_WORDS})\s")  # also "vs. RAG"


# the rest of a "with" list item and the comma before the next figure: " faster inference, ", " lower memory, and "
_WITH_LIST_GAP = _compile(r"\s?[a-z][\w-]*(?:\s[A-Za-z][\w-]*){0,3}?(?:,\s(?:and\s)?|\sand\s)(?:an?\s)?")
_FIGURE_END = _compile(r"[\d%x×]\s?$")
_LEVEL_VERB = _compile(r"(?i)\b(?:achiev|reach|attain|obtain|yield|record|deliver)\w*\b")
_ADJECTIVE_ENDINGS = ("-based", "-like", "-style", "-specific", "-level", "-aware", "-driven", "-free", "-scale", "-wise", "-oriented", "-centric")
_NAMES_FOLLOW = _compile(r"\s?(?:\(|:\s|\s[-–—]\s|,\s(?:including|namely|i\.e\.,?)\s)")
_TRAINED_LEAD = _compile(r"(?i)\b(?:trained|pre-?trained|fine-?tuned)\b(?:[^,;.]|[,.](?=\d))*$")
_TRAINED_ON_NEAR = _compile(r"(?i)\b(?:trained|training|pre-?trained|pre-?training|fine-?tuned|fine-?tuning)\s+(?:on|with|using)\b[^,;.]*$")
_TRAINED_ON_FAR = _compile(r"(?i)\b(?:trained|pre-?trained|fine-?tuned)\s(?:(?!(?:evaluat|test|validat|benchmark|achiev|reach|outperform|then|and\s+\w+ed\b))[^;.]){0,80}?"
                           r"\s(?:on|with|using)\s(?:(?!(?:evaluat|test|validat|then|and\s+\w+ed\b))[^;.]){0,60}$")
_TRAINED_ON = _compile(r"(?i)\b(?:trained|pre-?trained|fine-?tuned|tuned|learned|distilled|train(?:s|ing)?|pre-?train(?:s|ing)?|fine-?tun(?:e|es|ing))\s+(?:only\s+)?(?:on|with|using|from)\s+(?:(?:the|a|an|our|their)\s+)?$")
_VAGUE = _WORDS["vague"].words
_AND_AUXILIARY = _compile(r"(?i)\b(?:and|but)\s+(?:was|were|is|are|has|have|had|will|can)\b")
_TIMES_THE = _compile(r"\$?\s+(?:that\s+of\s+)?(the\s+[a-z])")
_VS_GAP = _compile(r"\$?\s*(?:[a-z][a-z-]*\s+)?(?:vs\.?|versus)\s+\$?")
_COMPARED_LEVEL_GAP = _compile(r"\$?\s*,?\s*\(?\s*(?:compared\s+(?:with|to)|vs\.?|versus|against|relative\s+to)\\?\s+(?:only\s+|just\s+)?[<>~≈$]*")
_VS_PAIR_GAP = _compile(r"\$?\s*(?:vs\.?|versus)\\?\s+(?:only\s+)?\$?")  # "51.3% vs.\ 46.3%"
_BRACKET_FROM_GAP = _compile(r"(?:\s+[\w@.-]+){0,5}\s*\(\s*(?:from\s+)?\$?")  # " SegF1 improvement (from ", " (": right after
_COMPARED_BRACKET_GAP = _compile(r"[^;:()\d]{0,50}?,\s+(?:outperforming|surpassing|exceeding|beating|matching|approaching|rivaling|"
                                 r"compared\s+(?:to|with)|versus|vs\.?|against)\s+[^;:(),%]{1,40}?\s*\(\s*\$?")
_NEXT_BRACKET_ITEM = _compile(r"\$?\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)[^;:(),%]{1,40}?\s*\(\s*\$?")
_MENTION_END = _compile(r"\s*(?:[,;:)]|\.(?:\s|$)|$|\s(?:and|or|while|with|compared|over|than|on|across|for)\b)")
_SIZED = r"\d+(?:\.\d+)?\s?(?:[BMT]|[Bb]illion|[Mm]illion|[Tt]rillion)(?:[- ]param(?:eter)?s?)?\s+(?:[A-Z][\w.-]*\s+)?(?:models?|LLMs?|variants?|versions?)"
_SIZED_MODEL_AFTER = _compile(rf"\s+(?:for|on|with|in|at)\s+(?:the|a|an|our)\s+(?P<model>{_SIZED})\b")
_SIZED_MODEL_BY = _compile(rf"\b(?:of|for|on|and)\s+(?:the|a|an|our)\s+(?P<model>{_SIZED})\s+by\s+(?:(?:up\s+to|about|around|nearly|over|more\s+than)\s+)?$")
_MODEL_NOT_METRIC = frozenset(("metric:cue_object", "metric:vs_pair_of_change"))
_ON_METRIC_YIELDS = frozenset((None, "metric:comparison", "metric:inherited", "metric:cue_object", "metric:default"))
_FIGURE_ON = _compile(r"\s(?:on|in)\s+(?:the\s+)?")
_MEASURE_AFTER = _compile(r"(?:both\s+)?(?=[A-Za-z])")
_MEASURE_WORD = _compile(r"[A-Za-z][\w@-]*")
_MEASURE_SPACE = _compile(r"\s+")


def _measure_after(text: str, pos: int) -> _Hit | None:
    """A phrase of up to 4 words at `pos` headed by a lower-case measure noun and ending where a mention may end."""
    if (lead := _MEASURE_AFTER.match(text, pos)) is None:
        return None
    start = end = lead.end()
    for k in range(4):
        w = _MEASURE_WORD.match(text, end)
        if w is None:
            return None
        low = w.group().casefold()
        if (low in _STOP or low in _DETERMINERS or low in _LEVEL_WORDS) and not (k and low == "and"):
            return None
        end = w.end()
        if low in _MEASURE_HEADS and w.group().islower() and _MENTION_END.match(text, end):
            return _Hit(start, end, text[start:end])
        if not (sp := _MEASURE_SPACE.match(text, end)):
            return None
        end = sp.end()
    return None


_SUBSET_WORDS = _WORDS["subset_word"].words
_GENERIC_SHARED_YIELDS = frozenset(("context:experiments_opening", "context:before_generic"))
_VS_PAIR_YIELDS = frozenset(("context:experiments_opening", "context:opening", "context:before", "context:before_generic", "context:dataset_in_clause"))
_VS_SETTING_CUE = _compile(r"\$?\s*(?:[^\s,;()]+\s+){0,3}?(?:on|across|in|at)\s+(?:the\s+)?")  # " per epoch on ", " on the "


def _vs_pair_setting(text: str, gap: str, nxt: _Claim, second_end: int) -> bool:
    """Two figures joined by "vs." whose second is followed, after at most a few words and on/across/in/at, by the
    setting it was read with ("51.3% vs. 46.3% on OlympiadBench"): the pair's setting."""
    return (_VS_PAIR_GAP.fullmatch(gap) is not None and nxt.why.get("context") in ("context:after", "context:after_generic")
            and (at := text.find(nxt.context, second_end)) != -1 and _VS_SETTING_CUE.fullmatch(text, second_end, at) is not None)

_PAIR_OPEN = _compile(r"\(\s?\$?$")
_AFTER_NOUN_CUES = frozenset(("overhead", "overheads", "advantage", "advantages"))
_MEASURE_OF = _compile(r"\s+of\s+(?!the\b|its\b|their\b)[a-z]")
_MEASURE_SETUP_BEFORE = _compile(r"(?i)\b(?:at|an?)\s+$")
_OTHER_PARTICIPLE = _compile(r",\s+[a-z]+ing\b[^,;]*$")
_WHILE_BETWEEN = _compile(r",\s+(?:while|whereas)\b")
# "improving F1 by 1.49 points over PT in QA tasks, while enhancing ...": a setting that follows another figure of its own
# clause, before a ", while" that opens the figure's clause
_A_FIGURE = _compile(r"\d(?:[\d.,]*\d)?\s?(?:\\?%|x\b|×|points?\b|pp\b|percent\b)")
_FIGURE_THEN_SETTING = _compile(_A_FIGURE.pattern + r"[^,;:()]*$")
_EXPERIMENTS_LEAD = _compile(r"(?i)\b(?:experiments?|results?|evaluations?|tests?|studies|analys[ie]s|trials?|benchmarks?|evaluated|tested|conducted)\b[^,;]{0,50}$")
# "improvements over state-of-the-art chatbots, including ChatGPT, ChatPDF, and NotebookLM": the compared systems' examples
_COMPARED_INCLUDING = _compile(r"(?i)\b(?:over|than|compared\s+(?:to|with)|against|versus|outperform\w*|surpass\w*|beat\w*|exceed\w*)\s"
                               r"[^;:.()]{0,80}?,?\s+including\s+(?:(?:the|a|an|our|their)\s+)?$")
_SETTING_BEFORE = _compile(r"(?i)\b(?:for|on|in|across|under)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?$")
# a figure (not a name's digit: "DeepSeek-R1 (65.3%)", "GPT-4 (71%)", "Flux (0.8)") right before a bracket
_NUMBER_END = _compile(r"(?<![\w.\-])[+\-]?\d[\d.,]*(?:[eE][+\-]?\d+)?\s?(?:\\?%|[x×])?\s?$")
_OPEN_BRACKET = _compile(r"\(\s?(?:[A-Za-z][\w.\-]*\s?[:=]?\s?)?$")


def _bracketed_level(text: str, f: _Figure, c: _Claim, prev: _Claim) -> None:
    """"outperforming feature concatenation (71.83%)", "a 3.69 points improvement (ROUGE-L 74.68)": an
    unsigned figure in brackets after a compared thing, or after another claim's cue, is that thing's
    level: no direction and no baseline of its own."""
    fig = f.fig
    if fig.sign or fig.from_value is not None or text[fig.end : fig.end + 2].strip()[:1] != ")":
        return  # "(from 12.69% to 1.80%)": a from/to figure states its own change
    bracket = _OPEN_BRACKET.search(text, max(0, fig.start - 20), fig.start)
    if bracket is None or _NUMBER_END.search(text, max(0, bracket.start() - 24), bracket.start()):
        return  # "a 1.4x (40%) speedup": the same change written twice
    if fig.unit == "x" and _FACTOR_THEN_BRACKET.search(text, max(0, bracket.start() - 12), bracket.end()):
        return  # "reduces energy cost by more than an order of magnitude (23.9x)": that factor, exactly
    shared_cue = c.cue is not None and c.cue is prev.cue
    after_baseline = c.why.get("baseline") == "baseline:verb_object" and c.baseline is not None and (
        text[: bracket.start()].rstrip().endswith(c.baseline)
    )
    if not (shared_cue or after_baseline):
        return
    c.direction = c.effect = c.cue = None
    c.baseline = c.baseline_ref = None
    c.why.pop("direction", None)
    c.why.pop("baseline", None)
    c.why["direction"] = "dir:none:bracketed_level"
    if after_baseline and prev.metric is not None and c.why.get("metric") in ("metric:comparison", None):
        c.metric, c.metric_obj = prev.metric, prev.metric_obj
        c.why["metric"] = "metric:level_of_previous"


_LIST_BASELINE_RULES = frozenset(("baseline:verb_object", "baseline:comparison_participle", "baseline:list", "baseline:with_list"))
# a participle of outdoing that closes the sentence after the figures: ", consistently outperforming X"
_TRAILING_OUTDO = _compile(r"(?i),\s+(?:and\s+)?(?:[a-z]+ly\s+)?(?:outperforming|surpassing|beating|outpacing)\s+(?:(?:all|both)\s+)?")
_ADVERB_ONLY = _compile(r"(?i)always|never|simply|only|just|[a-z]+ly")
# "superior accuracy rates of 94%", "superior performance metrics, including ... (EPE) of 0.88": a comparative adjective
# before a measure's level; the figure is a level, compared with nothing
_LEVEL_OF_BEFORE = _compile(r"\bof\b|[=:]")
_LEVEL_ADJECTIVES = _WORDS["level_adjective"]
_ITEM_GAP = _compile(r"[^;:()]{0,80}")


def _parallel_gap(text: str, start: int, end: int) -> bool:
    """The words between two figures of one list: a join ("and", a comma) and the first one's measure or setting,
    with no verb that starts a new predicate, no clause cut and no comparison of its own."""
    gap = text[start:end]
    if not _ITEM_GAP.fullmatch(gap) or _CLAUSE_CUT.search(gap) or not _LIST_JOIN.search(gap) or _BASELINE_CUE.search(gap):
        return False
    raw = gap.split()
    words = [w.strip(",").casefold() for w in raw]
    # (a finite cue verb starts a predicate of its own: "outperforms X by 13% ... and boosts accuracy by 4% for GPT-4o",
    # "and demonstrated a 10% improvement"; after a comma only a cue participle continues the list: "by 2.94% in A,
    # improving recall by 2.86%", not "2MW output, allowing for about 15%")
    return not any(w in _CLAUSE_VERBS or w in ("while", "whereas", "but", "which", "that", "with") or _LEVEL_VERB.fullmatch(w)
                   or (w.endswith(("s", "ed")) and _cue_of(w) is not None) or (i and words[i - 1] == "and" and w.endswith(("ed", "es")))
                   or (w.endswith("ing") and i and raw[i - 1].endswith(",") and _cue_of(w) is None) for i, w in enumerate(words))


def _bracket_items(ctx: DocContext, figs: list, claims: list, in_title: bool) -> None:
    """"error rates of 2.26% (IAM-A, en), 1.81% (RIMES, fr), and 3.46% (Bentham, en)", "gains of 6.5% (LLaVA) and 4.0%
    (Qwen2VL)": with two or more figures of the sentence each followed by a bracketed name, each name is where its
    figure was measured (not a metric, the paper's own method or a word such as "relative")."""
    if in_title:
        return
    text = ctx.text
    found = []
    for fig, c in zip(figs, claims):
        m = _PAREN_NAME_ITEM.match(text, fig.end)
        if m is None:
            continue
        name = m.group(1)
        if (not _name_like(name.split()[0]) or find_metric(name) is not None or _metric_shaped(name) or name.casefold() in _NOT_PAREN_SETTING
                or name.split()[0].casefold() in _NOT_SETTING or _FIGURE_CONTEXT.fullmatch(name) or _is_proposed(ctx, text, m.span(1))):
            continue
        found.append((c, m))
    if len(found) < 2:
        return
    for c, m in found:
        if c is None or c.why.get("context") not in _YIELDS_TO_BRACKET_ITEM or m.group(1) in (c.baseline, c.metric):
            continue
        c.context, c.context_ref = m.group(1), _ref(ctx.mention_at(*m.span(1)), text)
        c.why["context"] = "context:bracket_item"


def _read_as_previous(c: _Claim, prev: _Claim, rule: str) -> None:
    """The next level of a parallel list or a slash pair measures what the one before it measures, the same way."""
    c.metric, c.metric_obj, c.why["metric"] = prev.metric, prev.metric_obj, f"metric:{rule}"
    c.direction, c.effect = prev.direction, prev.effect
    c.why["direction"] = f"dir:{rule}"


def _inherit_after(prev_claim: _Claim, c: _Claim) -> None:
    if c.baseline is None and prev_claim.baseline is not None:
        c.baseline, c.baseline_ref = prev_claim.baseline, prev_claim.baseline_ref
        c.why["baseline"] = "baseline:inherited"


_LIST_ITEM = r"(?:the\s+)?((?!\d[\d.,]*(?:[%x×]|\\%|\s|,|$))(?:[A-Z0-9]|[a-z](?=[a-z]{0,3}[A-Z]))[\w.\-/+@]*(?:\s[A-Z0-9][\w.\-/+@]*){0,2})"


@cache
def _list_pattern(n: int) -> regex.Pattern:
    """"on A, B and C", "than A and B", "datasets A and B": a lead word and `n` names; up to two lower-case
    words may stand before the first name ("on the challenging A, B and C datasets", "across both 3B and 7B");
    a preposition may open the sentence ("On A, B and C, ...")."""
    middle = r",\s*".join([_LIST_ITEM] * (n - 1))
    both = r"(?:both\s+)?" if n == 2 else ""
    return _compile(
        rf"(?P<lead>\b(?:[Oo]n|[Ii]n|[Aa]cross|[Ff]or|than|over|compared\s+(?:to|with)|versus|vs\.?|against"
        rf"|(?:{_OUTDO})(?:\s+[^,;()]{{1,60}}?,?\s+(?:such\s+as|including))?)\s+"
        rf"|\b(?:datasets|benchmarks|tasks)(?:\s*(?:--?|[—–:(,])\s*|\s+(?=[A-Z])))"
        rf"(?:the\s+)?{both}{_LIST_ADJECTIVES}{middle},?\s+(?:and|or)\s+{_LIST_ITEM}"
    )


_LIST_ADJECTIVES = r"(?:(?!(?:of|and|or|the|an?|as|to|by|with|from|our|their|its|both|all|each)\b)[a-z][a-z-]*\s+){0,2}?"


@cache
def _subject_list_pattern(n: int) -> regex.Pattern:
    middle = r",\s*".join([_LIST_ITEM] * (n - 1))
    return _compile(
        rf"(?:^|(?<=[,:;]\s)|\b(?:the|[Tt]he)\s+){middle},?\s+and\s+{_LIST_ITEM}"
        rf"(?:\s+(?:models|variants|versions|systems|backbones|LLMs))?\s+(?:achiev|reach|attain|obtain|yield|scor|record)\w*\b"
    )


def _first_word(surface: str) -> str:
    """The phrase's first word past a leading count ("6 different datasets" -> different)."""
    words = surface.casefold().split()
    return words[1] if len(words) > 1 and _COUNT_LEAD.fullmatch(words[0]) else words[0]


_MODEL_NAME = r"[A-Z][\w.]*(?:-[\w.]+)*(?:\s[A-Z0-9][\w.-]*)?"
_MODEL_OF_BY = re.compile(
    rf"\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:[a-z][\w-]*\s+){{1,3}}(?:of|for)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}"
    rf"(?P<name>{_MODEL_NAME}(?:\s+and\s+{_MODEL_NAME})?)|(?P<pos>{_MODEL_NAME})['’]s\s+(?:[\w-]+\s+){{0,3}}?)"
    r"(?(pos)|\s+)by\s+(?:[a-z]+\s+){0,3}\Z"
)


_COUNT_LEAD = re.compile(r"[1-9]\d{0,2}(?:-[a-z]+)?")
# "in 5-shot and 10-shot settings", "for the whole tumor (WT), the tumor core (TC), and ...": an acronym in brackets is left out
_LOWER_ITEM = r"(?:the\s+)?((?:[a-z]|\d+-[a-z])[\w-]*(?:\s(?!and\b|or\b)[a-z][\w-]*){0,2}?)(?:\s\([A-Z][A-Za-z]{0,5}\))?"


@cache
def _lower_list_pattern(n: int) -> regex.Pattern:
    """"0.43, 0.41, and 0.27 kPa for the exponential vacuum, ramp surcharge, and cyclic surcharge cases,
    respectively": lower-case settings right after the figures, a generic head after the last one."""
    middle = r",\s*".join([_LOWER_ITEM] * (n - 1))
    return _compile(
        rf"[^,;()]{{0,30}}?(?P<lead>\b(?:on|in|across|for)\s+)(?:the\s+)?{middle},?\s+(?:and|or)\s+{_LOWER_ITEM}"
        rf"(?:\s+(?:cases|settings|scenarios|conditions|tasks|domains|datasets|benchmarks|regimes|splits))?,?\s+respectively\b"
    )


# "9 out of 26 games", "on 9 of 12 cases" (a plain "of" only before the total's digits)
_OUT_OF = re.compile(r"\s+(?:out\s+of\s+(?:the\s+|all\s+)?(?:\d|[a-z]+\b(?<!\bthe))|of\s+(?:the\s+)?\d)")
_OUT_OF_TOTAL = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?\S+\s+")
_OUT_OF_WORDS = rf"{_OUTDO}|win\w*|won|improv\w*|solv\w*|dominat\w*|better|superior|state[\s-]of[\s-]the[\s-]art|SOTA|best|top"
_OUT_OF_VERB = _compile(rf"(?i)\b(?:{_OUT_OF_WORDS})\b[^.;:]*$")
# "On 10 out of 12 tasks, CARD shows better or comparable performance": the gain is said after the total
_OUT_OF_VERB_AFTER = _compile(rf"(?i)\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?\S+\s+[^.;:]{{0,60}}?\b(?:{_OUT_OF_WORDS})\b")
_SUCH_AS_LEAD = re.compile(r"\b(?:such\s+as|including)\s*$")
_COMPARISON_VERB_LEAD = re.compile(rf"(?:{_OUTDO})\b")
_POINTS_AFTER = re.compile(r"\s+points?\b")
_METRIC_LIST_GAP = _compile(r",?\s*(?:,|and|&)\s*")
_METRIC_LIST_END = _compile(r"\s*(?:scores?\s+)?(?:of|by|at|were|are|was|is|reach(?:es|ed)?|:|=)?\s*$")


def _respective_metrics(text: str, members: list[_Figure], claims: list[_Claim], seg_start: int) -> None:
    """"accuracy, sensitivity and specificity of 97.79%, 99.86% and 95.72%, respectively": the i-th
    figure measures the i-th metric of a list that ends right before the figures."""
    n, first = len(members), members[0].fig.start
    hits = [h for h in members[0].seg.metrics if seg_start <= h._start and h._end <= first][-n:]
    if len(hits) != n or not _METRIC_LIST_END.match(text[hits[-1]._end : first]):
        return
    if not all(_METRIC_LIST_GAP.fullmatch(text, hits[i]._end, hits[i + 1]._start) for i in range(n - 1)):
        return
    before = [h for h in members[0].seg.metrics if seg_start <= h._start and h._end <= hits[0]._start]
    if before and _METRIC_LIST_GAP.fullmatch(text, before[-1]._end, hits[0]._start):
        return  # a longer list than the figures: no item-by-item reading
    for h, c in zip(hits, claims):
        c.set_metric(text, h._start, h._end, h.metric, "metric:respectively")


def _metric_list(ctx: DocContext, text: str, items: list[tuple[int, int]]) -> bool:
    """"in MAE and MSE", "in IoU, nIoU, Pd, and Fa": every item a metric, or (in a list of three or more) most of them
    and the others short acronyms that no dataset, benchmark or task mention names."""
    metric = [(m := find_metric(text[s:e])) is not None and m.name != "performance" or _metric_shaped(text[s:e]) for s, e in items]
    if all(metric):
        return True
    return (len(items) >= 3 and 2 * sum(metric) >= len(items)
            and all(ok or (_SHORT_ACRONYM.fullmatch(text, s, e) is not None and ((m := ctx.mention_at(s, e)) is None or m.type == "metric"))
                    for ok, (s, e) in zip(metric, items)))


_ON_AFTER_LIST = _compile(r"\s+(?:on|across)\s+(?:the\s+)?")
_SHORT_ACRONYM = _compile(r"[A-Za-z]{1,2}[A-Z][A-Za-z]{0,2}|[A-Z][a-z]")  # "Pd", "Fa", "nIoU", "AUPR"


def _respectively(ctx: DocContext, members: list[_Figure], claims: list[_Claim], seg_start: int, seg_end: int) -> None:
    """"on A and B ... 1% and 2% respectively": the i-th figure is bound to the i-th item."""
    n = len(members)
    text = ctx.text
    _respective_metrics(text, members, claims, seg_start)
    pattern = _list_pattern(n)
    tail = members[-1]
    found = pattern.search(text, tail.fig.end, tail.post)
    if found is not None and _SUCH_AS_LEAD.search(found.group("lead")):
        found = None  # "achieves 86.11% and 92.64%, respectively, outperforming methods including X and Y": examples, not the list
    if found is None:
        found = _last(pattern, text, seg_start, members[0].fig.start)
    lower = False
    if found is None:
        found = _lower_list_pattern(n).match(text, tail.fig.end)
        lower = found is not None
    if found is None:
        # "the Wav2Vec2-large and Whisper-medium models achieve equal error rates of 4.1% and 6.5% respectively":
        # the models the figures were measured on, when the sentence names no dataset for them
        found = _last(_subject_list_pattern(n), text, seg_start, members[0].fig.start)
        if found is None or any(c.context is not None for c in claims):
            return
        for i, c in enumerate(claims):
            s, e = found.span(i + 1)
            if _is_proposed(ctx, text, (s, e)):
                return
        for i, c in enumerate(claims):
            s, e = found.span(i + 1)
            c.context, c.context_ref = text[s:e], _ref(ctx.mention_at(s, e), text)
            c.why["context"] = "context:respectively_subject"
        return
    lead = found.group("lead").strip().casefold()
    role = "context" if lead.split()[0].rstrip("-—–:(,") in ("on", "in", "across", "for", "datasets", "benchmarks", "tasks") else "baseline"
    items = [_strip_stop(text, *found.span(i + 2)) for i in range(n)]
    if role == "context" and lead.split()[0] in ("in", "on", "for") and _metric_list(ctx, text, items):
        # "improvements of 33.57% and 14.79% in MAE and MSE, respectively": a list of metrics, one for each figure
        # (not over a measure named right after the figures: "21.03% and 23.06% BD-rate savings when measured in PSNR
        # and MS-SSIM, respectively"); the names are no settings either way
        listed = text[items[0][0] : items[-1][1]]
        named_after = (claims[0].why.get("metric") in ("metric:after", "metric:before_cue", "metric:after_cue", "metric:cue_on")
                       and claims[0].metric not in [text[a:b] for a, b in items])
        for (s, e), c in zip(items, claims):
            if not named_after:
                c.set_metric(text, s, e, find_metric(text[s:e]), "metric:respectively_after")
            if c.context is not None and c.context in listed:
                c.context = c.context_ref = None
                c.why["context"] = "context:none:metric"
                _context_from_experiments(ctx, c, seg_start, members[0].fig.start)
            if c.context is None and (on := _ON_AFTER_LIST.match(text, items[-1][1])) is not None and (
                    named := _name_phrase(text, on.end(), seg_end)) is not None and find_metric(text[named[0] : named[1]]) is None:
                # "9.74% and 13.02% in IoU and nIoU on the NUAA-SIRST subset, and ...": the setting named right after the metrics
                c.context, c.context_ref = text[named[0] : named[1]], _ref(ctx.mention_at(*named), text)
                c.why["context"] = "context:after_metric_list"
        return
    for i, c in enumerate(claims):
        s, e = found.span(i + 2)  # group 1 is the lead word
        if text[e - 1] == "." and e - s > 2:
            e -= 1  # "surpassing YOLOv5n and YOLOX Nano.": the sentence's full stop
        ref = _ref(ctx.mention_at(s, e), text)
        if role == "context":
            if lead == "for" and (not lower or c.context_ref is not None and c.context_ref.type in ("dataset", "benchmark")) and c.why.get(
                    "context", "").startswith(("context:before", "context:opening", "context:dataset")):
                continue  # "on XRF55, accuracy for WiFi, RFID, and mmWave ...": the setting stays XRF55 (a lower-case list right
                # after the figures replaces anything else: "combining VLMs with LLMs improved ... by 8.34%, 3.52% and 26.24% for
                # sarcasm, offensive and sentiment classification, respectively" are three tasks)
            c.context, c.context_ref = text[s:e], ref
        else:
            c.baseline, c.baseline_ref = text[s:e], ref
            if (c.direction is None and "direction" not in c.why and _COMPARISON_VERB_LEAD.match(lead)
                    and _BY_END.search(text, max(seg_start, members[0].fig.start - 4), members[0].fig.start + 1)):
                # "surpasses frameworks such as A, B and C, by 87%, 131% and 138%, respectively": beyond the
                # figures' window, the verb that opens the list still says they are gains over it
                c.direction = _direction_of("better", c.metric_obj)
                c.why["direction"] = "dir:respectively_comparison"
        c.why[role] = f"{role}:respectively"
    if role == "baseline" and _COMPARISON_VERB_LEAD.match(lead) and all(c.context is None for c in claims) and (
            m := _last(_SUBJECT_SETTING, text, seg_start, found.end())) is not None and m.end() <= found.start() + 1 and not _is_proposed(ctx, text, m.span(1)):
        # "The end-to-end performance of X for a forward BERT transformer surpasses A, B and C by ...,
        # respectively": the model or data the subject names is where all of them were measured
        for c in claims:
            c.context, c.context_ref = m.group(1), _ref(ctx.mention_at(*m.span(1)), text)
            c.why["context"] = "context:respectively_subject_setting"


_GROUP_JOIN = _compile(r"[^;.()\d]{0,80}?,?\s+and\s+[^;.()\d]{0,60}\Z")  # ", and over learnable methods by "


def _setting_list_after(text: str, tail: _Figure, n: int) -> bool:
    """A list of exactly `n` names after on/across/in right after the last figure's clause (no other figure between)."""
    found = _list_pattern(n).search(text, tail.fig.end, tail.post)
    if found is None or found.group("lead").split()[0].casefold() not in ("on", "across", "in"):
        return False
    if _LONE_DIGIT.search(text, tail.fig.end, found.start()) or _LIST_PATTERN_MORE.match(text, found.end()):
        return False  # a figure between, or a longer list ("on A, B, C and D" read as three)
    return True


_LONE_DIGIT = _compile(r"(?<![\w.\-])\d")  # a figure, not the digits of a name ("VTM-12.1")
_LIST_PATTERN_MORE = _compile(r",?\s+(?:and|or)\s+[A-Z]|,\s*[A-Z]")


def _strip_stop(text: str, s: int, e: int) -> tuple[int, int]:
    """A list item's span without the sentence's full stop ("and SSIM.")."""
    return (s, e - 1) if text[e - 1] == "." and e - s > 2 else (s, e)


_SUBJECT_SETTING = _compile(r"\b(?:for|on|with)\s+(?:a|an|the)?\s*(?:[a-z][\w-]*\s+){0,2}([A-Z][\w.-]*[A-Z0-9][\w.-]*)(?=\s+(?:[a-z][\w-]*\s+)?(?:surpass|outperform|exceed|beat)\w*\b)")


def _plain_count(text: str, seg: _Segment, fig, seg_start: int) -> bool:
    """A whole count with no cue or metric next to it and no result verb before it: never a claim
    (`_claim_kind` would say None), so its phrases are not read at all."""
    if fig.unit not in (None, "count") or not fig.integer or fig.rule == "q:ordinal" or fig.from_value is not None:
        return False
    if fig.direction is not None or fig.sign:
        return False
    lo, hi = fig.start - 45, fig.end + 40
    for h in seg.cues:
        if fig.end <= h._start < hi:
            return False
    for h in seg.metrics:
        if fig.end <= h._start < hi or lo <= h._end <= fig.start:
            return False
    if _ONLY_NEEDS.search(text, max(seg_start, fig.start - 30), fig.start):
        return False  # "which only requires 4 codebooks": a cost of the method (see `_claim_kind`)
    if fig.unit is None and _versus_pair(text, fig, seg_start):
        return False  # "(median 3 vs. 2)": a pair of levels (the "claim:score_pair" rule)
    return not any(w in _RESULT_VERB for w in text[max(seg_start, fig.start - 30) : fig.start].split()[-2:])


# "only requires 4 codebooks", "needs just 3 iterations": how little a method needs is a result
_ONLY_NEEDS = _compile(r"(?i)\b(?:(?:only|just|merely)\s+(?:requir(?:es|ed|ing|e)|needs?|needed|needing)|(?:requir(?:es|ed|ing|e)|needs?|needed|needing)\s+(?:only|just|merely))\s+$")


_CUT_CANDIDATE = re.compile(r";|\.\s|\s(?:while|whereas|but|-{1,2}|[—–])\s")  # one "\s" branch: half the time of three
_CUT_ABBREVIATION = re.compile(r"(?:^|\W)(?:vs|e\.g|i\.e|al|etc|cf|approx|resp|Fig|Eq|Sec|No)$")


def _clause_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans `_CLAUSE_CUT` finds in text[start:end], found with the stdlib `re` (several times
    faster on a sentence with no break, the common case) and checked for abbreviations after."""
    out = []
    for m in _CUT_CANDIDATE.finditer(text, start, end):
        a = m.start()
        if text[a] == "." and _CUT_ABBREVIATION.search(text[max(0, a - 7) : a]):
            continue
        out.append(m.span())
    return out


_COUNT_WORD_AFTER = re.compile(r"(?:-|\s)[A-Za-z]")


_COMPARED_SIZE = re.compile(
    rf"(?i)(?:\b(?:{_OUTDO}|than|over|against|versus|vs\.?|with|to)\s+(?:the|a|an|its|their)\s+)$")
_COMPARED_WITH_SIZE = re.compile(
    rf"(?i)\b(?:{_OUTDO}|than|over|against|versus|vs\.?)\s+[^,;()]{{1,50}}?\s+with\s+"
    r"(?:more\s+than\s+|over\s+|up\s+to\s+|about\s+|roughly\s+|nearly\s+)?$")
_SIZE_ADJECTIVE = re.compile(r"-?(?:parameter|param)s?$", re.I)


_POSSESSIVE_MODEL_AFTER = _compile(r"[\s-](?:parameter\s+)?(?:models?|LLMs?|teachers?|baselines?|counterparts?|variants?)['’]s?(?!\w)")


def _compared_size(text: str, fig, seg_start: int) -> bool:
    """"outperforms the 80B-parameter Flamingo model by 8.5%": the compared model's size, part of its name phrase."""
    if fig.unit != "params":
        return False
    if _COMPARED_WITH_SIZE.search(text, max(seg_start, fig.start - 70), fig.start) is not None:
        return True  # "outperforms existing LLMs with more than 20B parameters"
    if _POSSESSIVE_MODEL_AFTER.match(text, fig.end) is not None:
        return True  # "we maintain 96.7% of the 11B model's performance": the reference model's size
    return (_SIZE_ADJECTIVE.search(text, fig.start, fig.end) is not None
            and _COMPARED_SIZE.search(text, max(seg_start, fig.start - 40), fig.start) is not None
            and _COUNT_WORD_AFTER.match(text, fig.end) is not None)


def _bare_count_inside(text: str, fig, until: int) -> bool:
    """A whole count with no unit, sign or qualifier, a word right after it and no break before the
    next figure: part of a phrase ("at 4 NFEs"), not a figure whose words end the next one's."""
    if _compared_size(text, fig, 0) and not any(ch in text[fig.end : until] for ch in ",;:()"):
        return True
    return (fig.unit in (None, "count") and fig.integer and not fig.sign and fig.qualifier is None and fig.from_value is None
            and fig.low is None and _COUNT_WORD_AFTER.match(text, fig.end) is not None
            and not any(ch in text[fig.end : until] for ch in ",;:()"))


def attach(ctx: DocContext, seg_start: int, seg_end: int, figs: list, prev_start: int | None = None) -> list[FoundQuantity]:
    """Decide which figures of one sentence are claims; return them all as `FoundQuantity`."""
    text = ctx.text
    n = len(figs)
    seg = ctx.hits.segment(seg_start, seg_end) if ctx.hits is not None else _Segment.from_text(text, seg_start, seg_end)
    cuts = _clause_cuts(text, seg_start, seg_end)
    rights = [figs[i + 1].start if i + 1 < n else seg_end for i in range(n)]
    for i in range(n - 1):
        # "a 1.4x (40%) speedup": the bracketed twin does not end the words read after the first
        if (_PAREN_FIGURE.fullmatch(text, figs[i].end, figs[i + 1].end + 1) or _PAREN_FIGURE.fullmatch(text, figs[i].end, figs[i + 1].end + 2)
                or (_METRIC_TWIN_OPEN.fullmatch(text, figs[i].end, figs[i + 1].start) and _METRIC_TWIN_CLOSE.match(text, figs[i + 1].end))):
            rights[i] = rights[i + 1]  # "3.56% F1 (2.76% Acc) for basic tasks": also a twin with its metric
    frames: list[_Figure | None] = [None] * n

    def frame(i: int) -> _Figure:
        f = frames[i]
        if f is None:
            j = i - 1
            while j >= 0 and _bare_count_inside(text, figs[j], figs[i].start):
                j -= 1  # "cuts two-plant regret by 43.6%", "reducing PPL at 4 NFEs by 89%": a bare count inside the phrase
            f = frames[i] = _Figure(text, seg, cuts, figs[i], figs[j].end if j >= 0 else seg_start, rights[i])
        return f

    in_title = ctx.title_end is not None and seg_end <= ctx.title_end
    heads: dict[int, int] = {}
    tails: dict[int, int] = {}
    for i, fig in enumerate(figs):
        heads.setdefault(fig.group, i)
        tails[fig.group] = i
    has_we: list[bool] = []

    def seg_has_we() -> bool:
        # read by one rule of `_claim_kind` (model sizes) only: the sentence-wide search runs on first need
        if not has_we:
            has_we.append(bool(_PRONOUN_SUBJECT.search(text, seg_start, seg_end)) or (
                ctx.proposed is not None and ctx.proposed in text[seg_start:seg_end]))
        return has_we[0]
    def clause_end(f: _Figure) -> int:
        for a, _ in cuts:  # the sentence's clause breaks, found once above
            if a >= f.fig.end:
                return a
        return seg_end

    claims: list[_Claim | None] = []
    last_claim: tuple[_Figure, _Claim] | None = None
    context_cues: _ContextCues | None = None
    for i, fig in enumerate(figs):
        # "beats humans in 9 out of 26 games": a count of wins out of a total, after a comparison or gain verb
        out_of = (fig.unit in (None, "count") and fig.integer and fig.from_value is None and (o := _OUT_OF.match(text, fig.end)) is not None
                  # a plain "9 of 12" takes its verb from its own clause only: not "..., while we use 8 of the 12 tasks"
                  and (_OUT_OF_VERB.search(text, max(seg_start, fig.start - 100, 0 if o.group().lstrip().startswith("out")
                                                     else text.rfind(",", 0, fig.start) + 1), fig.start) is not None
                       or _OUT_OF_VERB_AFTER.match(text, fig.end) is not None))
        if not out_of and heads[fig.group] == tails[fig.group] and _plain_count(text, seg, fig, seg_start):
            claims.append(None)  # "five datasets", "64 GPUs": no word around it can make it a claim
            continue
        if _compared_size(text, fig, seg_start):
            claims.append(None)  # "outperforms the 80B-parameter Flamingo model": the compared model's size
            continue
        f = frame(i)
        c = _Claim()
        head, tail = frame(heads[fig.group]), frame(tails[fig.group])
        _read_after(text, f, c)
        if c.metric is None and tail is not f:
            _read_after(text, tail, c)  # "25.48%, 21.69%, and 33.28% reduction in latency"
        if c.metric is None and (t := _IN_TERMS_OF.search(text, fig.end, min(clause_end(f), fig.end + 150))) is not None and (
                (named := seg.first_metric(t.end(), t.end() + 60)) is not None and named.start() == t.end()
                and not _BASELINE_CUE.search(text, fig.end, t.start())):
            # "by up to 1.0% for ResNet-32, ... and 0.7% for DenseNet-121 in terms of top-1 accuracy"
            c.set_metric(text, named.start(), named.end(), named.metric, "metric:in_terms_of")
        if c.metric is None and fig.unit in _UNIT_METRICS and (u := _UNIT_WORD.search(text, fig.num_start, fig.end)):
            # "12.73T FLOPs", "7B parameters": the unit written after the figure is what it measures
            if (named := find_metric(u.group(1))) is not None:
                # "a 9B-parameter model" measures parameters
                c.metric, c.metric_obj = _UNIT_PLURAL.get(u.group(1).casefold(), u.group(1)), named
                c.why["metric"] = "metric:unit"
                if fig.unit == "params" and _MODEL_SIZE_OF.search(text, max(seg_start, fig.start - 24), fig.start):
                    c.metric, c.metric_obj = "model size", find_metric("model size")  # "a model size of 7B parameters": the named measure
                    c.why["metric"] = "metric:model_size_of"
        _read_before(text, head, c)
        if c.metric is None and fig.from_value is not None and (span := _change_subject(text, max(seg_start, fig.start - 120), fig.start)):
            c.set_metric(text, span[0], span[1], None, "metric:change_subject")  # "the GEO-BLEU score improved from 0.34 to 0.75"
        if (c.metric is None or c.why.get("metric") in ("metric:before", "metric:bracket_before") or (
                c.why.get("metric") == "metric:after" and text[fig.end : fig.end + 1] == ")")) and (item := _list_item(text, f)) is not None:
            # "precision (85.20%), recall (87.30%), graph consistency (82.50%)", "(ROC AUC = 0.99, overlap < 7%)": in a list
            # of measures with their figures, plain words in a lexicon metric's place name a measure too (over a metric
            # read after the closing bracket: "and expert validation (89.50%) affirm its robustness")
            c.set_metric(text, item[0], item[1], None, "metric:list_item")
        if c.metric and _cue_aspect(c.metric.rsplit(None, 1)[-1]) == "speed":
            c.metric = _speed_aspect(text, "speed", f)  # "inference latency speedup of 3.46x" measures inference speed
        if last_claim is not None:
            _inherit(text, last_claim[0], last_claim[1], head, c)
            if (c.effect is None and "direction" not in c.why and last_claim[1].why.get("direction") == "dir:none:compared_level"
                    and _NEXT_OUTDONE.fullmatch(text, last_claim[0].fig.end, fig.start)):
                c.why["direction"] = "dir:none:compared_level"  # "... baseline at 0.894 and the fused baseline at 0.897"
        gapped = None
        # the pattern needs "by" or "from" (any case) in its window: a literal test skips the search otherwise
        gap_lo = max(seg_start, head.fig.start - 50)
        if (("by" in (window := text[gap_lo : head.fig.start].lower()) or "from" in window)
                and (g := _GAPPED_METRIC.search(text, gap_lo, head.fig.start)) is not None) \
                and not any(w.casefold() in _STOP or _cue_of(w.casefold()) is not None for w in g.group("np").split()):
            if (last_claim is not None and last_claim[1].why.get("baseline") in ("baseline:verb_object", "baseline:gapped")
                    and (named := find_metric(g.group("np"))) is not None):
                # "outperforms X, improving the final score by +0.0871 and accuracy by +5.6%": a metric, not a compared thing
                c.set_metric(text, g.start("np"), g.end("np"), named, "metric:gapped")
                c.baseline, c.baseline_ref = last_claim[1].baseline, last_claim[1].baseline_ref
                c.why["baseline"] = "baseline:inherited"
            elif (last_claim is not None and last_claim[1].why.get("baseline") in ("baseline:verb_object", "baseline:gapped")
                    and last_claim[1].why.get("metric") in ("metric:cue_object", "metric:gapped")):
                # "outperforms X, reducing average travel time by 5.34 percent, average queue length by 5.14 percent":
                # the first "by" followed the cue verb's measured object, so the parallel phrase is a measure too
                c.set_metric(text, g.start("np"), g.end("np"), None, "metric:gapped")
                c.baseline, c.baseline_ref = last_claim[1].baseline, last_claim[1].baseline_ref
                c.why["baseline"] = "baseline:inherited"
            elif last_claim is not None and last_claim[1].why.get("baseline") in ("baseline:verb_object", "baseline:gapped"):
                gapped = g.span("np")  # "outperforming X by ~12% and classical methods by over 30%": the compared thing
            elif c.why.get("metric") == "metric:inherited" and (g.group("np")[:1].islower() or "@" in g.group("np")):
                c.set_metric(text, g.start("np"), g.end("np"), None, "metric:gapped")  # "cuts costs by 50% and timelines by 65%"
        _read_direction(text, fig, c)
        if (c.cue is not None and c.cue.end() < fig.start and c.why.get("direction", "").startswith("dir:before")
                and (v := _NEW_VERB_BEFORE.search(text, max(c.cue.end(), fig.start - 40), fig.start)) is not None
                and _cue_of(v.group(1).casefold()) is None and v.group(1).casefold() not in _STOP):
            # "a 5x speedup over X, and recovers at least 95% of Y's performance": another verb's object
            c.direction = c.effect = c.cue = None
            c.why["direction"] = "dir:none:new_verb"
        if c.direction is None and "direction" not in c.why and fig.unit in ("percent", "pp", "x") and _BY_END.search(
            text, max(seg_start, fig.start - 4), fig.start + 1
        ) and _OVER_AFTER.match(text, fig.end):
            # "the effectiveness of our scheme ... by 30% over state-of-the-art baselines": a margin over X
            c.direction = "increase"
            c.why["direction"] = "dir:by_over"
        elif c.direction is None and "direction" not in c.why and fig.unit in ("percent", "pp", "x") and _OVER_X_BY.search(
            text, max(seg_start, head.fig.start - 50), head.fig.start
        ):
            # "and over other agentic baselines by up to 20%": a margin over X, stated before the figure (or before
            # the first of a list: "over learnable methods by 1.18%, 1.56%, and 0.81%")
            c.direction = "increase"
            c.why["direction"] = "dir:over_by"
        if (c.direction is None and "direction" not in c.why and fig.unit == "x" and fig.from_value is None and (fig.value or fig.high or 0) > 1
                and c.why.get("metric") == "metric:after" and c.metric_obj is not None and c.metric_obj.better == "higher"):
            c.direction = "increase"  # "achieving 50x inference throughput": a multiple of a higher-better measure
            c.why["direction"] = "dir:factor_of_metric"
        elif (c.direction is None and "direction" not in c.why and fig.unit == "x" and fig.from_value is None and fig.value is not None
                and 0 < fig.value < 1 and c.why.get("metric") == "metric:after"):
            c.direction = "decrease"  # "only 0.22x the memory consumption": a fraction of the measure, whatever its better side
            c.why["direction"] = "dir:fraction_of_metric"
        kind = _claim_kind(text, f, c, seg_start, seg_has_we)
        if (kind is None and last_claim is not None and fig.unit in (None, "score") and not fig.integer and fig.value is not None
                and last_claim[0].fig.unit in (None, "score") and last_claim[1].metric is not None
                and ((v := _VERSUS_GAP.fullmatch(text, last_claim[0].fig.end, fig.start)) is not None
                     and (v.group(1) or last_claim[1].why.get("claim") == "claim:versus_level"))):
            # "(BLEU 0.96 vs 0.34)", "3.40/5, compared with 2.44 and 1.70 for the two baselines": the compared level
            kind = "claim:versus_level"
            c.metric, c.metric_obj, c.why["metric"] = last_claim[1].metric, last_claim[1].metric_obj, "metric:versus"
            c.direction = c.effect = None
            c.why["direction"] = "dir:none:versus"
        if (kind is None and last_claim is not None and fig.unit in (None, "score") and not fig.integer and fig.value is not None
                and last_claim[0].fig.unit in (None, "score") and last_claim[1].why.get("claim", "").startswith("claim:score")
                and (p := _PARALLEL_GAP.fullmatch(text, last_claim[0].fig.end, fig.start)) is not None
                and text.startswith(p.group(1), fig.end + 1)):
            # "achieves 29.0 for en-de and 40.3 for en-fr": the next of a parallel list of levels
            kind = "claim:score_parallel"
            _read_as_previous(c, last_claim[1], "parallel")
        if (kind is None and last_claim is not None and fig.unit in (None, "score") and not fig.integer and fig.value is not None
                and last_claim[0].fig.unit in (None, "score") and last_claim[0].fig.end == fig.start - 1 and text[fig.start - 1] == "/"
                and last_claim[1].why.get("claim", "").startswith("claim:score")):
            # "buses at 80.53/76.34": the second of a pair of scores written with a slash, read as the first
            kind = "claim:score_slash_pair"
            _read_as_previous(c, last_claim[1], "slash_pair")
        if kind is None and fig.unit is None and _versus_pair(text, fig, seg_start):
            kind = "claim:score_pair"  # "(mean 7.62 vs. 7.16)", "(Spearman = 0.667 vs. 0.676)": two measured levels side by side
        if out_of:
            kind = "claim:count_out_of"
            c.direction = c.effect = None  # a level: how many of them
            c.why["direction"] = "dir:none:out_of"
            if (total := _OUT_OF_TOTAL.match(text, fig.end)) is not None and (
                    noun := _phrase(text, total.end(), min(seg_end, total.end() + 80))) is not None:
                word = text[noun[0] : noun[1]].rsplit(None, 1)[-1]
                c.set_metric(text, noun[1] - len(word), noun[1], None, "metric:out_of")  # "9 out of 26 games": games
        if kind is None:
            claims.append(None)
            continue
        c.why["claim"] = kind
        if kind == "claim:percent" and c.metric is None:
            _level_metric(text, f, c, seg_start)  # "achieves 92.6% writing-speaking consistency"
        if fig.unit == "pp" and fig.word and c.effect is None and c.metric is None and (
                fig.qualifier is None or text[max(seg_start, fig.start - 4) : fig.start].casefold() == "the "):  # "the above two points"
            claims.append(None)  # "these two points", "three points on a ray": not a score change
            continue
        if fig.from_value is not None and _MODEL_SIZES_BEFORE.search(text, max(seg_start, fig.start - 30), fig.start) and _SIZE_SPAN.fullmatch(text, fig.start, fig.end):
            claims.append(None)  # "five language models from 0.5B to 8B": the evaluated sizes, set-up
            continue
        if (kind == "claim:rank" and (place := _FIRST_PLACE.match(text, fig.end)) is not None
                and text[max(seg_start, fig.start - 7) : fig.start].casefold() == "in the "
                and (fig.value == 1 or text[place.end() : place.end() + 1] == ","
                     or _IDIOM_BEFORE.search(text, max(seg_start, fig.start - 9), fig.start - 7))):
            # "why they occur in the first place", "In the second place, ...": an idiom, not a rank ("came in the
            # fourth place among 30" is one)
            claims.append(None)
            continue
        if kind == "claim:rank" and c.direction is not None:
            c.direction = c.effect = None  # "outperforming X and ranking first": a rank is a level
            c.why["direction"] = "dir:none:rank"
        needs = kind == "claim:count_result" and _ONLY_NEEDS.search(text, max(seg_start, fig.start - 30), fig.start) is not None
        if needs and c.effect is not None and c.why.get("direction", "").startswith("dir:before"):
            c.direction = c.effect = c.cue = None  # "outperforms X ... despite requiring only 4 codebooks": what it needs, a level
            c.why["direction"] = "dir:none:only_needs"
        if kind == "claim:count_result" and (c.metric is None or (c.why.get("metric") != "metric:after" and needs)) and (
                noun := _phrase(text, _skip_space(text, fig.end), f.near)) is not None:
            c.set_metric(text, noun[0], noun[1], None, "metric:counted")  # "finds 100 new bugs" counts new bugs
        above = _ABOVE_BELOW.match(text, tail.fig.end, clause_end(tail)) if fig.unit in ("percent", "pp", "score", None) and fig.from_value is None else None
        if above is not None and c.effect is None and not fig.sign:
            # "96.75% F1, only 0.20 points below the rank-32 baseline", "15.5 points above the next best method"
            c.direction = "increase" if above.group(1).casefold() in ("above", "ahead") else "decrease"
            c.why["direction"] = "dir:above_below"
        if not in_title:
            _read_baseline(ctx, head, tail, c, seg_start, clause_end(tail))
            if gapped is not None:
                c.baseline, c.baseline_ref = text[gapped[0] : gapped[1]], _ref(ctx.mention_at(*gapped), text)
                c.why["baseline"] = "baseline:gapped"
            if above is not None and c.baseline is None and (b := _phrase(text, above.end(), clause_end(tail), keep=_BASELINE_KEEP)) is not None:
                c.baseline, c.baseline_ref = text[b[0] : b[1]], _ref(ctx.mention_at(b[0], b[1]), text)
                c.why["baseline"] = "baseline:above_below"
            if c.baseline is not None and c.baseline.endswith(("'s", "’s")) and len(c.baseline) > 3:
                c.baseline = c.baseline[:-2]  # "(vs. GRPO's 40.1%)": the compared thing is GRPO
            if c.baseline is not None and (b := _BASELINE_ADVERB.search(c.baseline)) is not None and b.start() > 0:
                c.baseline = c.baseline[: b.start()]
            if c.baseline is not None and c.baseline.casefold() in _QUALIFIER_ONLY:
                c.baseline = c.baseline_ref = None  # "compared with about 30 in X": the compared thing is a figure
                c.why["baseline"] = "baseline:none:figure"
            if c.metric is not None and c.metric.casefold() in _PRONOUN_METRICS:
                if last_claim is not None and last_claim[1].metric is not None:
                    c.metric, c.metric_obj = last_claim[1].metric, last_claim[1].metric_obj
                    c.why["metric"] = "metric:pronoun"
                else:
                    c.metric = c.metric_obj = None
                    c.why.pop("metric", None)
            if last_claim is not None and "inherited" in c.why.get("direction", "") + c.why.get("metric", ""):
                _inherit_after(last_claim[1], c)
            elif (last_claim is not None and c.baseline is None and last_claim[1].why.get("baseline") in ("baseline:verb_object", "baseline:with_list")
                  and c.why.get("direction", "").startswith("dir:after") and last_claim[1].why.get("direction", "").startswith("dir:after")
                  and _WITH_LIST_GAP.fullmatch(text, last_claim[0].fig.end, fig.start)):
                # "outperforms COAP with 10x faster inference, 6x lower GPU memory usage": the items of the "with" list share X
                c.baseline, c.baseline_ref = last_claim[1].baseline, last_claim[1].baseline_ref
                c.why["baseline"] = "baseline:with_list"
            elif (last_claim is not None and c.baseline is None and c.direction is not None and last_claim[1].direction is not None
                  and last_claim[1].why.get("baseline") in _LIST_BASELINE_RULES
                  and _parallel_gap(text, last_claim[0].fig.end, head.fig.start)):
                # "surpassing previous approaches by +16.3 AP on OmniLabel and +14.9 AP on D3", "outperforms X, achieving
                # up to 7.5% improvement in A and up to 7.8% gain in B": the next change of the same list is over X too
                c.baseline, c.baseline_ref = last_claim[1].baseline, last_claim[1].baseline_ref
                c.why["baseline"] = "baseline:list"
            if (c.baseline is None and c.direction is not None and c.why.get("baseline") is None
                    and not (c.cue is not None and c.cue.group().casefold() in _LEVEL_ADJECTIVES and c.cue.end() <= fig.start
                             and _LEVEL_OF_BEFORE.search(text, c.cue.end(), fig.start))
                    and (t := _TRAILING_OUTDO.search(text, fig.end, seg_end)) is not None
                    and not _BASELINE_CUE.search(text, fig.end, t.start()) and not _CLAUSE_CUT.search(text, fig.end, t.start())
                    and (b := _phrase(text, t.end(), seg_end, keep=_BASELINE_KEEP)) is not None
                    and not _BY_NEXT.match(text, b[1]) and not _DIGIT.search(text, b[0], b[1])
                    and not _FIGURE_START.match(text, _skip_space(text, b[1]))):
                # "improves macro-F1 by 9%, 12%, and 5%, respectively, consistently outperforming conventional augmentation
                # strategies": a participle closing the sentence names what the changes are over
                c.baseline, c.baseline_ref = text[b[0] : b[1]], _ref(ctx.mention_at(*b), text)
                c.why["baseline"] = "baseline:trailing_participle"
            if last_claim is not None:
                _bracketed_level(text, f, c, last_claim[1])
                if (c.why.get("direction") == "dir:none:bracketed_level" and fig.unit == "x" and last_claim[0].fig.from_value is not None
                        and _PAIR_OPEN.search(text, last_claim[0].fig.end, fig.start) and text[last_claim[0].fig.end : fig.start].strip() in ("(", "($")):
                    # "compressing the backbone from 14.3 GB to 2.7 GB (5.3x)": the change again, as a factor
                    c.direction, c.why["direction"] = last_claim[1].direction, "dir:from_to_factor"
            if context_cues is None:
                context_cues = _ContextCues(text, seg_start, seg_end)
            _read_context(ctx, f if f is tail else tail, c, seg_start, context_cues)
            if (c.context is None and c.cue is not None and c.cue.end() < fig.start and c.why.get("direction", "").startswith("dir:before")
                    and (m := _MODEL_OF_BY.match(text, c.cue.end(), fig.start)) is not None
                    and find_metric(name := m.group("name") or m.group("pos")) is None and not _is_stop_name(name)
                    and not _is_proposed(ctx, text, span := m.span("name" if m.group("name") else "pos"))):
                # "improve mean performance of model-based algorithm EfficientZero by 23%", "improves Llama-3's accuracy
                # by 5%": the model whose figure it is
                c.context, c.context_ref = name, _ref(ctx.mention_at(*span), text)
                c.why["context"] = "context:model_of"
            elif (c.context is None and last_claim is not None and last_claim[1].why.get("context") == "context:model_of"
                  and c.cue is not None and last_claim[1].cue is not None and c.cue.start() == last_claim[1].cue.start()):
                # "... EfficientZero by 23%, and by as much as 71% in some instances": the same cue, the same model
                c.context, c.context_ref = last_claim[1].context, last_claim[1].context_ref
                c.why["context"] = "context:model_of"
            if c.context is not None and c.baseline is not None and len(c.context) < len(c.baseline) and c.context in c.baseline:
                c.context = c.context_ref = None  # "98.0% performance of the hybrid retriever of BM25 and DPR": part of the baseline
                c.why["context"] = "context:none:in_baseline"
            if c.context is not None and c.context == c.metric:
                c.context = c.context_ref = None  # "37.5% Hard Item Accuracy": the name after it is the metric
            if c.context is not None and _FIGURE_LIST_ONLY.fullmatch(c.context):
                c.context = c.context_ref = None  # "across 350M, 1B, 2B, and 3B": figures (model sizes) are no setting
                c.why["context"] = "context:none:figures"
            if (fig.unit == "params" and c.context is not None and not any(ch.isdigit() for ch in c.context)
                    and not (c.context_ref is not None and c.context_ref.type in _CONTEXT_TYPES)):
                # "1B and 4B parameters designed to address challenges in multimodal learning", "inference in LLMs with
                # up to 175B parameters": a model's size is a property of the model, measured on no setting
                # (a named dataset or a sized model name, "LLaMA2-7B", still is one)
                c.context = c.context_ref = None
                c.why["context"] = "context:none:model_size"
            if c.context is not None and c.context.count("{") > c.context.count("}"):
                c.context += "}" * (c.context.count("{") - c.context.count("}"))  # "on $π_{0.5}$": the subscript's brace
            if c.context is not None and _POSSESSIVE_FIGURE.search(c.context):
                c.context = c.context_ref = None  # "from ECMWF's 71.8 to 75.9": a compared level, not a setting
                c.why["context"] = "context:none:figure"
            if c.context is not None and c.context.rstrip(" $").endswith("="):
                c.context = c.context_ref = None  # "at FMR=0.01%", "IoU$=0.7$": a variable set to a value, no named setting
                c.why["context"] = "context:none:assignment"
            if c.context is not None and (tail_m := _CONTEXT_METRIC_TAIL.search(c.context)) is not None and any(
                    ch.isupper() for ch in c.context[: tail_m.start()]):
                c.context = c.context[: tail_m.start()]  # "boosting FBHM performance by ~30 Macro-F1 points": FBHM
            if (last_claim is not None and c.why.get("metric") == "metric:inherited" and c.why.get("context") == "context:after"
                    and (m_in := _IN_NAME.match(text, fig.end)) is not None and m_in.group(1) == c.context
                    and (p_in := _IN_NAME.match(text, last_claim[0].fig.end)) is not None and p_in.group(1) == last_claim[1].metric):
                # "by 3.02% in Acc, 3.89% in Noisy, and 4.53% in GSR": a list of "in <metric>" names metrics
                c.metric, c.metric_obj = c.context, find_metric(c.context)
                c.why["metric"] = "metric:in_list"
                c.context, c.context_ref = last_claim[1].context, last_claim[1].context_ref
                c.why["context"] = "context:in_list"
            if (c.effect is not None and c.why.get("context") in ("context:after", "context:after_setting")
                    and (c.why.get("metric") in (None, "metric:default", "metric:comparison") or c.metric == "performance")
                    and (m_in := _IN_NAME.match(text, fig.end)) is not None and m_in.group(1) == c.context
                    and ((c.why["context"] == "context:after" and _ACRONYM.fullmatch(c.context)
                          and ctx.mention_at(m_in.start(1), m_in.end(1)) is None)
                         or _metric_shaped(c.context.removesuffix(".")))):
                # "improvements of 4.18% in GSR": after a change, "in" + an acronym that names no dataset is the metric;
                # so is a prefixed lexicon acronym ("1.2% in hIoU.", which the entity layer may take for a name)
                c.metric = c.context.removesuffix(".")
                c.metric_obj = find_metric(c.metric)
                c.why["metric"] = "metric:in_acronym"
                c.context = c.context_ref = None
                c.why.pop("context", None)
                _dataset_in_clause(ctx, f, c)  # "On the GazeSearch benchmark, X outperforms Y by 22% in SED"
                if c.context is None:
                    _context_from_experiments(ctx, c, seg_start, fig.start)
            if (last_claim is not None and c.why.get("metric") == "metric:comparison" and last_claim[1].direction is None
                    and last_claim[1].metric not in (None, "performance") and c.baseline is not None
                    and _LEVEL_THEN_MARGIN.fullmatch(text, last_claim[0].fig.end, fig.start)):
                # "attains a success rate of 52.8%, exceeding the baseline by 7.3 points": the margin is in
                # the level's metric, on the level's setting
                prev_c = last_claim[1]
                c.metric, c.metric_obj = prev_c.metric, prev_c.metric_obj
                c.why["metric"] = "metric:level_before"
                if c.context is None and prev_c.context is not None:
                    c.context, c.context_ref = prev_c.context, prev_c.context_ref
                    c.why["context"] = "context:level_before"
        if (not in_title and c.metric and find_metric(c.metric) is None and (named := next((
                m for m in ctx.datasets if seg_start <= m.start and m.end <= head.fig.start and text[m.start : m.end] == c.metric), None)) is not None):
            # "improves on Winoground from 49.5% to 54.8%", "reducing PaperBench by 6.41 points": a benchmark read as
            # the metric before the figure is where it was measured; its measure is unnamed (one after the figure, "an
            # 8.3% increase in CVR", is more likely a metric the entity layer took for a name)
            c.metric = c.metric_obj = None
            c.why.pop("metric", None)
            if c.why.get("context") in _YIELDS_TO_METRIC_NAME:
                c.context, c.context_ref = text[named.start : named.end], _ref(named, text)
                c.why["context"] = "context:metric_was_dataset"
        if (not in_title and c.metric and c.why.get("context") in _YIELDS_TO_METRIC_NAME
                and (named := _dataset_of_metric(ctx, c.metric, head, f)) is not None):
            # "reducing LAMBADA perplexity by 11.7%", "boosts ImageNet top-1 accuracy by 6.5%", "74.9 JumpScore mAP": the
            # dataset or benchmark that names the figure's own metric is where it was measured
            c.context, c.context_ref = text[named.start : named.end], _ref(named, text)
            c.why["context"] = "context:metric_of"
        if not in_title and c.context is None and fig.unit not in _UNIT_METRICS and (
                (sized := _SIZED_MODEL_AFTER.match(text, fig.end, min(seg_end, fig.end + 80))) is not None
                or (sized := _SIZED_MODEL_BY.search(text, max(seg_start, fig.start - 80), fig.start)) is not None):
            # "reducing token usage by 30% for the 32B model", "the training time of ... the 7B model by 72%": a model
            # named by its size is what the figure was measured on
            c.context, c.context_ref = sized.group("model"), _ref(ctx.mention_at(*sized.span("model")), text)
            c.why["context"] = "context:sized_model"
        _read_subject(ctx, c, seg_start, fig.start)
        if (c.context is None and c.subject_ref is not None and c.why.get("subject") in ("subject:mention", "subject:proposed_mention")
                and _SIZED_NAME.search(c.subject)
                and (near := [m for m in ctx.mentions_in(seg_start, fig.start) if m.type == "method"]) and text[near[-1].start : near[-1].end] == c.subject
                and not _COMPARISON_CUE_END.search(text, max(seg_start, near[-1].start - 30), near[-1].start)):
            # "Llama-2-70B achieved a 48.4% speedup": a sized model named last before the figure is what it was measured on
            # (not "by 77.2% relative to Llama-3B and 57.2% ...": what the first figure was compared with)
            c.context, c.context_ref = c.subject, c.subject_ref
            c.why["context"] = "context:sized_subject"
        if c.context is None and (a := _last(_APPLIED_TO, text, seg_start, fig.start)) is not None and _MODEL_NAME_SHAPE.search(a.group("n")):
            # "by applying the learned rates to an off-the-shelf ViT-H (MAE) model, we achieve a 40% FLOPs reduction",
            # "When applied to Qwen2.5-VL, HAWK retains 96.0%": the model a method is applied to is what the figure was measured on
            span = a.span("n")
            if (more := _last(_APPLIED_TO_MORE, text, a.end("n"), fig.start)) is not None:
                span = more.span(1)  # "applying it to A reduces X from 77.5% to 5.9%, to B from 89.7% to 5.6%": B for the second
            c.context, c.context_ref = text[span[0] : span[1]], _ref(ctx.mention_at(*span), text)
            c.why["context"] = "context:applied_to"
        claims.append(c)
        if c.why.get("metric") != "metric:out_of":
            last_claim = (f, c)  # "led 11 out of 13 tracks, with 95.07% for Croatian": the tracks counted are no measure to pass on
    i = 0
    while i < n:
        j = tails[figs[i].group]
        if j > i and figs[i].respectively and not in_title and all(claims[k] is not None for k in range(i, j + 1)):
            _respectively(ctx, [frame(k) for k in range(i, j + 1)], claims[i : j + 1], seg_start, seg_end)
        elif (j > i and not figs[i].respectively and not in_title and all(claims[k] is not None for k in range(i, j + 1))
              and _lower_list_pattern(j - i + 1).match(text, figs[j].end) is not None):
            # "by 7.3% and 5.6% in 5-shot and 10-shot settings, respectively": the figures inside the list ("5", "10") kept
            # the quantity reader from seeing the "respectively"
            _respectively(ctx, [frame(k) for k in range(i, j + 1)], claims[i : j + 1], seg_start, seg_end)
        elif j > i and not in_title and all(claims[k] is not None for k in range(i, j + 1)) and _setting_list_after(text, frame(j), j - i + 1):
            # "BD-rate reductions of 14.4%, 15.7%, and 15.1% against VTM-12.1 on the Kodak, CLIC, and Tecnick datasets": as
            # many settings listed after the figures as there are figures, without "respectively", pair up all the same
            _respectively(ctx, [frame(k) for k in range(i, j + 1)], claims[i : j + 1], seg_start, seg_end)
        elif j > i and not in_title and all(claims[k] is not None for k in range(i, j + 1)):
            # "improves memory and FLOPs by 42% and 54%": as many metrics listed right before the figures as there are
            # figures pair up without "respectively" too
            _respective_metrics(ctx.text, [frame(k) for k in range(i, j + 1)], claims[i : j + 1], seg_start)
        i = j + 1
    i = 0
    while i < n and not in_title:
        # "improving over conventional methods by 2.45%, 0.45%, and 1.04%, and over learnable methods by 1.18%, 1.56%, and
        # 0.81% on HyKo, HSI-Drive, and Hyperspectral City, respectively": a group of as many figures right before a
        # "respectively" group takes the same settings, item by item, when it has none of its own
        j = tails[figs[i].group]
        k = j + 1
        if j > i and k < n and not figs[i].respectively and figs[k].respectively and tails[figs[k].group] - k == j - i:
            nxt_claims, own = claims[k : tails[figs[k].group] + 1], claims[i : j + 1]
            if (all(c is not None and c.context is None for c in own) and all(c is not None and c.why.get("context") == "context:respectively" for c in nxt_claims)
                    and len(set(c.context for c in nxt_claims)) == len(nxt_claims) and _GROUP_JOIN.match(text, figs[j].end, figs[k].start)):
                for c, d in zip(own, nxt_claims):
                    c.context, c.context_ref = d.context, d.context_ref
                    c.why["context"] = "context:respectively_shared"
        i = j + 1
    for k in range(n - 2, -1, -1):
        # "a 12.95% gain in accuracy and a 3.56% boost in F1 over X on ScienceQA": coordinated claims
        # share the setting named after the last of them
        c, nxt = claims[k], claims[k + 1]
        if c is None or nxt is None or nxt.context is None or in_title:
            continue
        if nxt.why.get("context") not in ("context:after", "context:after_generic", "context:task_after", "context:shared"):
            continue
        gap = text[figs[k].end : figs[k + 1].start]
        if c.context is not None:
            if c.why.get("context") in _VS_PAIR_YIELDS and _vs_pair_setting(text, gap, nxt, figs[k + 1].end):
                # "Evaluations in both real-world and simulated environments show ... 78.5% vs. 65.0% progress in
                # real-world tasks, ... 74.8% vs. 58.8% in the Simpler simulator": the pair's own setting is nearer than
                # the sentence's opening or a setting named before it
                c.context, c.context_ref = nxt.context, nxt.context_ref
                c.why["context"] = "context:vs_shared"
            elif (c.why.get("context") in _GENERIC_SHARED_YIELDS and nxt.context_ref is not None and nxt.context_ref.type in _CONTEXT_TYPES
                    and len(gap) <= 90 and _AND_BETWEEN.search(gap) and not _CLAUSE_CUT.search(gap) and not _CONTEXT_CUE_IN.search(gap)):
                # "Extensive experiments on standard benchmarks ..., achieving 97.9% pixel-level AUROC and 97.5% image-level
                # AUROC on the MVTec AD dataset": the pair's named dataset is nearer than the sentence's generic opening
                c.context, c.context_ref = nxt.context, nxt.context_ref
                c.why["context"] = "context:shared"
            continue
        if len(gap) <= 90 and _AND_BETWEEN.search(gap) and not _CLAUSE_CUT.search(gap) and not _CONTEXT_CUE_IN.search(gap):
            c.context, c.context_ref = nxt.context, nxt.context_ref
            c.why["context"] = "context:shared"
        elif _vs_pair_setting(text, gap, nxt, figs[k + 1].end):
            # "reaching 51.3% vs. 46.3% on OlympiadBench", "21.23s vs. 108.44s per epoch on MNIST": the two levels of a
            # comparison were measured on the setting named after the second
            c.context, c.context_ref = nxt.context, nxt.context_ref
            c.why["context"] = "context:vs_shared"
    for k in range(1, n):
        # "outperforms X on the Atari 100k benchmark with a median score of 0.790 and beats humans in 9 out of
        # 26 games": a setting named before the first of coordinated claims holds for the next one too
        c, prev = claims[k], claims[k - 1]
        if c is None or prev is None or c.context is not None or prev.context is None or in_title:
            continue
        if prev.why.get("context") not in ("context:before", "context:before_generic", "context:opening", "context:dataset_in_clause",
                                           "context:shared_forward"):
            continue
        gap = text[figs[k - 1].end : figs[k].start]
        if ((len(gap) <= 90 and _AND_BETWEEN.search(gap) and not _CLAUSE_CUT.search(gap) and not _CONTEXT_CUE_IN.search(gap))
                or _metric_item_gap(ctx, figs[k - 1].end, figs[k].start)):
            c.context, c.context_ref = prev.context, prev.context_ref
            c.why["context"] = "context:shared_forward"
    for k in range(n):
        # "peak enhancements reached 3.56%", "the maximum improvement of 12.4%": a change named as the largest is a bound
        c = claims[k]
        if (c is not None and figs[k].qualifier is None and c.cue is not None and c.effect is not None and c.cue.start() < figs[k].start
                and _REACH_CUE_NOUN.search(c.cue.group()) and _PEAK_BEFORE.search(text, max(0, c.cue.start() - 20), c.cue.start())):
            figs[k].qualifier = "up_to"
            c.why["qualifier"] = "qualifier:peak_cue"
    for k in range(1, n):
        # "up to 12% GFLOPs reduction, 8.9% latency reduction, and 10.8% energy savings": the
        # qualifier of the first of coordinated claims covers the rest
        prev, fig = figs[k - 1], figs[k]
        if claims[k] is None or claims[k - 1] is None or fig.qualifier is not None or prev.qualifier not in _SPREAD_QUALIFIERS:
            continue
        if text.startswith(("within ", "Within "), prev.start):
            continue  # "in 100% of 2-agent cases within 1.4 iterations, 80% of 3-agent cases": it bounds its own figure
        gap = text[prev.end : fig.start]
        if len(gap) <= 70 and _COORDINATED.search(gap) and not _CLAUSE_CUT.search(gap) and not _BASELINE_CUE.search(gap):
            fig.qualifier = prev.qualifier
            claims[k].why["qualifier"] = "qualifier:coordinated"
    for k in range(n - 1):
        # "(0% constrained vs. 43% unconstrained hallucination rate)": the pair shares the metric named after the second
        c, nxt = claims[k], claims[k + 1]
        if (c is not None and nxt is not None and nxt.why.get("metric") == "metric:after" and c.why.get("metric") in (None, "metric:before")
                and figs[k].unit == figs[k + 1].unit and _VS_GAP.fullmatch(text, figs[k].end, figs[k + 1].start)):
            c.metric, c.metric_obj = nxt.metric, nxt.metric_obj
            c.why["metric"] = "metric:vs_pair"
    for k in range(n - 2, -1, -1):
        # "by over 16% in ScanMatch and 22% in SED": a list of "in <name>" after figures is a list of metrics
        c, nxt = claims[k], claims[k + 1]
        if (c is None or nxt is None or nxt.why.get("metric") not in ("metric:in_acronym", "metric:in_list")
                or c.why.get("context") not in ("context:after", "context:after_setting") or c.metric not in ("performance", None)):
            continue
        if (m_in := _IN_NAME.match(text, figs[k].end)) is not None and m_in.group(1) == c.context and len(text[figs[k].end : figs[k + 1].start]) < 60:
            c.metric, c.metric_obj = c.context, find_metric(c.context)
            c.why["metric"] = "metric:in_list"
            c.context, c.context_ref = nxt.context, nxt.context_ref
            c.why["context"] = "context:in_list"
        elif c.context is not None and c.context.removesuffix(".") == nxt.metric and _AND_BETWEEN.fullmatch(text, figs[k].end, figs[k + 1].start):
            # "improvements of 0.9% and 1.2% in hIoU": the pair shares the metric the second one's "in" names
            c.metric, c.metric_obj = nxt.metric, nxt.metric_obj
            c.why["metric"] = "metric:in_list"
            c.context, c.context_ref = nxt.context, nxt.context_ref
            c.why["context"] = "context:in_list"
    for k in range(1, n - 1):
        # "a maximum accuracy improvement of 4.9 points (71.4% vs 67.0% on InternVL2-26B)": the bracketed
        # pair after a change are the two levels it compares: no direction, no baseline, the change's metric
        prev, c, nxt = claims[k - 1], claims[k], claims[k + 1]
        if prev is None or c is None or nxt is None or not _PAIR_OPEN.search(text, max(seg_start, figs[k].start - 3), figs[k].start):
            continue
        if figs[k].from_value is not None or not _VS_GAP.fullmatch(text, figs[k].end, figs[k + 1].start):
            continue
        if ")" not in text[figs[k + 1].end : clause_end(frame(k + 1))] or prev.direction is None:
            continue
        for q in (c, nxt):
            q.direction = q.effect = q.cue = None
            q.baseline = q.baseline_ref = None
            q.why.pop("baseline", None)
            q.why["direction"] = "dir:none:vs_pair"
            if prev.metric is not None and q.why.get("metric") in (None, "metric:default", "metric:inherited", "metric:comparison", "metric:vs_pair"):
                q.metric, q.metric_obj = prev.metric, prev.metric_obj
                q.why["metric"] = "metric:vs_pair_of_change"
        if nxt.context is not None and text.find(nxt.context, figs[k + 1].end) >= 0:
            c.context, c.context_ref = nxt.context, nxt.context_ref
            c.why["context"] = "context:shared"
    for k in range(len(figs) - 1, 0, -1):
        ck = claims[k]
        if ck is None or ck.effect is None or ck.why.get("baseline") != "baseline:after":
            continue
        gap = text[figs[k].end : max(figs[k].end, text.find(ck.baseline, figs[k].end))]
        if _LIST_GAP_BREAK.search(_TRAILING_CUE.sub("", gap)):
            continue
        for j in range(k - 1, -1, -1):
            # "improves X by 10%, preserves Y by 22%, ..., and reduces Z by 55% relative to strong unlearning
            # baselines": a comparison after the last item of a list of changes is the whole list's
            cj = claims[j]
            if (cj is None or cj.effect is None or cj.baseline is not None or "," not in text[figs[j].end : figs[j + 1].start]
                    or _LIST_GAP_BREAK.search(text, figs[j].end, figs[j + 1].start)):
                break  # (not "improves X by 2.4-6.5 and obtains up to 4.3 points over Y": two predicates, no list)
            cj.baseline, cj.baseline_ref = ck.baseline, ck.baseline_ref
            cj.why["baseline"] = "baseline:list_after"
    for fig, c in zip(figs, claims):
        if (c is not None and (c.metric in (None, "performance") or c.why.get("metric") == "metric:comparison") and (pm := _PAREN_METRIC.match(text, fig.end)) is not None
                and (named := find_metric(pm.group(1))) is not None):
            c.metric, c.metric_obj = pm.group(1), named  # "scoring only 17.1% (mIoU)": the bracket names the metric
            c.why["metric"] = "metric:bracket_after"
    _bracket_items(ctx, figs, claims, in_title)
    for fig, c in zip(figs, claims):
        if c is None or in_title:
            continue
        if c.metric is not None and fig.unit in _TIME_UNITS and c.metric.endswith(" speed"):
            # "a 3.5x inference speedup (0.08s vs. 0.29s)": a time in seconds measures the time, not the speed
            c.metric, c.metric_obj = c.metric[: -len("speed")] + "time", find_metric(c.metric[: -len("speed")] + "time")
            c.why["metric"] = c.why.get("metric", "") + "+time"
        if c.context is None and (pb := _PAREN_SETTING_WORDS.match(text, fig.end)) is not None and find_metric(pb.group(1)) is None \
                and pb.group(1).casefold() not in _NOT_PAREN_SETTING:
            # "MER reductions up to 89.6% (in-distribution)", "11.8% (multimodal)": the bracket names the setting
            c.context, c.context_ref = pb.group(1), None
            c.why["context"] = "context:bracket_words"
        if c.metric is None and c.effect is not None and c.cue is not None and _CUE_NOUN.fullmatch(c.cue.group()) and (ac := _ACRONYM_BEFORE_CUE.search(text, max(seg_start, c.cue.start() - 12), c.cue.start())) is not None:
            # "yields MER reductions up to 89.6%": an acronym right before a cue noun is what it measures
            c.metric, c.metric_obj = ac.group(1), find_metric(ac.group(1))
            c.why["metric"] = "metric:acronym_before_cue"
    if not in_title:
        _named_measures(text, seg, figs, claims, seg_start)
    for k in range(1, n):
        # "achieves 97.0% task success, compared with 80.1% for X", "reach 66-75% accuracy, compared to >90% for humans":
        # the compared level is in the measure named after the first figure
        c, prev = claims[k], claims[k - 1]
        if c is None or prev is None or c.metric is not None or prev.metric in (None, "performance") or figs[k].unit != figs[k - 1].unit:
            continue
        gap = text[figs[k - 1].end : figs[k].start]
        if gap.startswith(" " + prev.metric):
            gap = gap[len(prev.metric) + 1 :]  # "97.0% task success, compared with 80.1%"
        elif not text[: figs[k - 1].start].rstrip().removesuffix(" of").removesuffix(":").rstrip().endswith(prev.metric):
            continue  # "reducing ASR to 22% compared to 31.9%" too; a measure read from farther away does not carry
        if figs[k].unit in _CARRY_UNITS and _COMPARED_LEVEL_GAP.fullmatch(gap):
            c.metric, c.metric_obj = prev.metric, prev.metric_obj
            c.why["metric"] = "metric:compared_level"
    for k in range(1, n):
        # "a 29.2% SegF1 improvement (from 21.8% to 51.00%)", "a score of 37.1%, outperforming GPT-5 (35.1%)": the
        # bracketed levels of a change, or a compared model's bracketed level, are in the measure of the figure before
        c, prev = claims[k], claims[k - 1]
        if (c is None or prev is None or in_title or c.why.get("metric") not in _ON_METRIC_YIELDS or prev.metric in (None, "performance")
                or prev.why.get("metric") in _ON_METRIC_YIELDS or figs[k].unit not in _CARRY_UNITS or figs[k - 1].unit not in _CARRY_UNITS):
            continue
        gap = text[figs[k - 1].end : figs[k].start]
        if ((_BRACKET_FROM_GAP.fullmatch(gap) and (figs[k].from_value is not None or figs[k - 1].from_value is None))
                or _COMPARED_BRACKET_GAP.fullmatch(gap)
                or (prev.why.get("metric") == "metric:bracket_pair" and _NEXT_BRACKET_ITEM.fullmatch(gap))):  # ", GPT4o (37.1%)"
            c.metric, c.metric_obj = prev.metric, prev.metric_obj
            c.why["metric"] = "metric:bracket_pair"
    for fig, c in zip(figs, claims):
        # "by 16% on MRR", "+12.0% on Pass@1", "4.6% in semantic consistency", "up to 30% on the AUPRC metric": a lexicon
        # metric right after the figure and "on"/"in" is what it measures, over a default or a compared thing's words
        if (c is None or in_title or c.why.get("metric") not in _ON_METRIC_YIELDS or fig.unit not in _CARRY_UNITS
                or (on := _FIGURE_ON.match(text, fig.end)) is None):
            continue
        named, at = seg.first_metric(on.end(), min(seg_end, on.end() + 80)), on.end()
        if named is None or named.start() != on.end():
            # "12.5% in perceptual quality", "32% in mAP@5": a metric the entity layer found, as a whole phrase
            mention = ctx.mention_at(on.end(), on.end() + 60)
            named = (_Hit(mention.start, mention.end, text[mention.start : mention.end], metric=find_metric(text[mention.start : mention.end]))
                     if mention is not None and mention.type == "metric" and _MENTION_END.match(text, mention.end) else None)
            if named is None:
                # "by 7.5 percent in CLIP similarity score", "2% in both semantic and token-level scores": a phrase
                # headed by a measure noun (rules/claim_words.tsv measure_head)
                named = _measure_after(text, on.end())
                at = named.start() if named is not None else at  # ("in both ...")
        if named is None or named.start() != at or (nxt := _NEXT_WORD.match(text, named.end())) is not None and (
                nxt.group(1).casefold() in _DATASET_HEADS or nxt.group(1).casefold() in _SUBSET_WORDS):
            continue  # "on the Accuracy subset", "in F1 tasks": a setting named after a metric word
        c.set_metric(text, named.start(), named.end(), named.metric, "metric:on_after")
        if c.context is not None and (c.context in c.metric or c.metric in c.context):
            c.context = c.context_ref = None  # "in Intersection over Union": the metric, read before as a setting
            c.why["context"] = "context:none:metric"
    measured: list[tuple[int, int, int]] = []  # (figure end, metric start, metric end) of the measure_head readings
    models = None
    for fig, c in zip(figs, claims):
        if c is not None and c.metric is not None and c.metric_obj is None and c.why.get("metric") in _MODEL_NOT_METRIC:
            if models is None:
                models = {text[m.start : m.end] for m in ctx.mentions_in(seg_start, seg_end) if m.type == "method"}
            if c.metric in models:
                # "boosts Qwen2.5-VL-7B by +22.5%", "compressing Z-Image turbo from 6B to 4B": the model changed,
                # not what is measured; the figure's unit or the default names the measure
                c.metric = c.metric_obj = None
                del c.why["metric"]
        if (c is not None and fig.unit == "percent" and c.why.get("metric") in (None, "metric:inherited")
                and (m := _BARE_PARTITIVE.match(text, fig.end)) is not None
                and (np := _phrase(text, m.end(), min(len(text), m.end() + 60))) is not None
                and len(text[np[0] : np[1]].split()) <= 4 and text[np[0] : np[1]].split()[0].casefold() not in _BARE_PARTITIVE_NOT
                and not _FIGURE_START.match(text, np[0])):
            # "reject 60% of valid links", "over 80% of visual content in streaming videos": the things counted,
            # written without a determiner, are what the share measures
            c.set_metric(text, np[0], np[1], None, "metric:bare_partitive")
        if c is not None and c.metric is None and not in_title and fig.unit in ("percent", "pp", "score"):
            # "semantic hit rates (SH@100) of 58.0% and 84.9%", "near-ceiling win-rates (95.1%-99.8%)", "human-machine
            # agreement 96.1%": a noun phrase headed by a measure noun (rules/claim_words.tsv measure_head) right before
            # the figure is what it measures
            _measure_before(text, fig, c, seg_start, measured)
        if (c is not None and c.metric is None and not in_title and fig.from_value is None
                and (span := _change_subject(text, max(seg_start, fig.start - 120), fig.start, _CHANGE_VERB_BY)) is not None):
            # "Rhyme density increased by 34.2%", "breast cancer mortality has decreased by 40%": the subject of an
            # intransitive change verb is what changed
            c.set_metric(text, span[0], span[1], None, "metric:change_subject_by")
        if (c is not None and c.metric is None and fig.unit in ("percent", "pp", "score")
                and (by := _BY_BEFORE_FIGURE.search(text, max(seg_start, fig.start - 40), fig.start)) is not None
                and (named := seg.last_metric(max(seg_start, by.start() - 60), by.start())) is not None
                and _OBJECT_GAP.fullmatch(text, named.end(), by.start()) and (named.metric is None or named.metric.name != "data")):
            # "improves QA accuracy by +23.5% and +21.1% absolute gains": when nothing else names the measure, the
            # verb's object right before "by" does (not "upon a ... text spotter trained with plenty of labeled data")
            c.set_metric(text, _extend_left(text, named.start(), max(seg_start, by.start() - 60)), named.end(), named.metric, "metric:object_before_by")
        if c is not None and c.metric is None and (fig.unit in ("percent", "pp") or c.why["claim"].startswith("claim:score")
                                                   or (fig.unit == "x" and c.effect in ("better", "worse"))):
            # ("2-3x relative improvements against X": an improvement factor with no measure named)
            # a result figure that names no metric reports performance ("achieves 50% on VizWiz")
            c.metric, c.metric_obj = "performance", find_metric("performance")
            c.why["metric"] = "metric:default"
        elif c is not None and c.metric is None and not in_title and (fig.unit in _TIME_UNITS or fig.unit in _MEMORY_UNITS or fig.unit in _BOUNDED_SPAN_UNITS):
            # "as fast as 210 ms", "in under 1 second": a result in seconds measures a time, one in GB a memory
            c.metric = "memory" if fig.unit in _MEMORY_UNITS else "time"
            c.metric_obj = find_metric(c.metric)
            c.why["metric"] = "metric:unit_default"
        elif c is not None and c.metric is None and fig.unit in ("params", "tokens"):
            # "our 3B model": a model size measures parameters, a token count tokens
            c.metric = "parameters" if fig.unit == "params" else "tokens"
            c.metric_obj = find_metric(c.metric)
            c.why["metric"] = "metric:unit_default"
    for k in range(n):
        # a figure no rule found a setting for: the dataset named later in the sentence ("... on the SketchGraphs dataset")
        if claims[k] is not None and claims[k].context is None and not in_title and figs[k].unit not in _UNIT_METRICS:
            _dataset_later(ctx, frame(k), claims[k], seg_start, seg_end)
    out: list[FoundQuantity] = []
    loss_names: list[regex.Match] = []  # cues that turned out to name a loss measure
    for fig, c in zip(figs, claims):
        found = fig.to_found()
        if c is not None and c.why.get("direction") == "dir:none:compared_level" and c.baseline is not None:
            c.baseline = c.baseline_ref = None  # the outdone thing's own level is compared with nothing
            c.why["baseline"] = "baseline:none:compared_level"
        if c is not None and c.baseline is not None and c.why["claim"] == "claim:model_size":
            # "our 3B model outperforms X", "with only 7M parameters, 3.1% higher than X": a model's size is a
            # property it has, compared with nothing; the comparison is the other figure's or the sentence's
            c.baseline = c.baseline_ref = None
            c.why["baseline"] = "baseline:none:model_size"
        if (c is not None and c.direction is not None and c.why["claim"] == "claim:model_size" and fig.from_value is None
                and not fig.sign and not c.why.get("direction", "").startswith("dir:after")
                and text[max(seg_start, fig.start - 3) : fig.start].casefold() != "by "
                and text[max(seg_start, fig.start - 5) : fig.start].casefold() != "from "):  # "from more than 300 million (M) to 1.6 M"
            # "our post-trained 3B parameter model outperforms ...", "surpassing much larger 32B models": the size of a
            # model the sentence's verb speaks of is a level ("40M fewer parameters", "by 1.2M", "+3.6M" are changes);
            # decided last, so that a figure after it still takes the verb's change ("strengthens a 7B VLM by 3.3%")
            c.direction = None
            c.why["direction"] = "dir:none:model_size"
        if (c is not None and c.cue is not None and c.direction is not None and fig.from_value is None and not fig.sign
                and (c.cue in loss_names or fig.unit not in ("percent", "pp") and c.metric is not None and (loss := _LOSS_NAME.search(c.metric)) is not None
                     and c.metric_end - len(c.metric) <= c.cue.start() < c.metric_end
                     and find_metric(c.metric[: loss.start()]) is None
                     and text[max(seg_start, fig.start - 3) : fig.start].casefold() != "by ")):
            # "a training loss of 3.17", "reaches 3.6 pretraining loss": the cue word names the measure, a level
            # ("an accuracy loss of 2%", "73% average loss" are changes; "by 0.3" a change of the loss), and so for the
            # figures after it that took its cue ("..., and a final perplexity of 21.80")
            loss_names.append(c.cue)
            c.direction = c.effect = c.cue = None
            c.why["direction"] = "dir:none:loss_name"
        if (c is not None and fig.unit == "params" and c.why.get("metric") not in ("metric:unit", "metric:model_size_of")
                and _size_head_after(text, fig.end)):
            # "a 14B open model", "using only a 14B LLM": a bare size before the model it describes is the model's size
            c.metric, c.metric_obj = "model size", find_metric("model size")
            c.why["metric"] = "metric:model_size_head"
        if c is not None and c.metric is not None and c.metric.casefold() in ("model", "models") and _SIZE_COMPARATIVE.match(text, fig.end):
            # "8x larger models on the same hardware", "a 60x smaller model": what changes is the model's size
            c.metric, c.metric_obj = "model size", find_metric("model size")
            c.why["metric"] = "metric:model_size"
        if c is not None and fig.unit == "x" and (big := _LARGER_AFTER.match(text, fig.end)) is not None and (
                lead := _OUTDONE_LEAD.search(text, max(seg_start, fig.start - 90), fig.start)) is not None:
            # "outperforms the 10x larger Qwen2.5-VL-72B", "comparable to baselines that are 2x larger", "exceeds
            # models up to 57x larger": the compared model is the larger one, so the claim's own model is smaller
            c.direction, c.effect = "decrease", None
            c.why["direction"] = "dir:compared_larger"
            c.metric, c.metric_obj = ("parameters", find_metric("parameters")) if big.group("params") else ("model size", find_metric("model size"))
            c.why["metric"] = "metric:compared_larger"
            s, e = big.span("name") if big.group("name") else lead.span("np") if lead.group("np") else (None, None)
            if s is not None:
                c.baseline, c.baseline_ref = text[s:e], _ref(ctx.mention_at(s, e), text)
                c.why["baseline"] = "baseline:compared_larger"
        if c is not None:
            values = found.__dict__  # every field is set already (`quantities.construct`): plain dict writes
            if values["unit"] is None and c.why["claim"] == "claim:count_out_of":
                values["unit"] = "count"  # "on 9 of 12 cases"
            elif values["unit"] is None or (values["unit"] == "count" and c.why["claim"].startswith("claim:score")):
                # "by 6.22 accuracy points": the metric named between the figure and "points" counts points
                values["unit"] = "pp" if (c.why.get("metric") == "metric:after" and text.startswith(c.metric, fig.end + 1)
                                          and _POINTS_AFTER.match(text, fig.end + 1 + len(c.metric))) else "score"
            # what `FoundClaim.model_construct(...)` builds, without its per-call bookkeeping
            values["claim"] = _construct(FoundClaim, {
                "direction": c.direction,
                "metric": c.metric,
                "metric_ref": _metric_ref(c.metric_obj.name) if c.metric_obj is not None else None,
                "subject": c.subject,
                "subject_ref": c.subject_ref,
                "baseline": c.baseline,
                "baseline_ref": c.baseline_ref,
                "context": c.context,
                "context_ref": c.context_ref,
                "rule": c.why["claim"],
                "why": c.why,
            })
        out.append(found)
    return out


# "saves up to 46% token budget", "89.7% charge neutrality": one to three plain lower-case words right after a
# percent figure, ended by a break, a preposition or a comparison word
_NOUN_AFTER_PERCENT = _compile(r" ((?:[A-Z]{2,6}\s)?(?:[a-z][a-z-]{2,}\s){0,2}?[a-z][a-z-]{2,})(?=\s*(?:[,;:.)]|$)|\s+[-–—(]|\s+(?:on|in|for|of|at|across|over|than|compared|relative|versus|vs\.?|with|when|while|and|or|by|from|to|after|before|per|under|during|within|using|without|but|via|whereas|among|between)\b)")
_COMPARED_FIGURE_BEFORE = _compile(r"(?i)\b(?:compared\s+(?:to|with)|versus|vs\.?|than)\s+(?:only\s+|just\s+)?$")
_NOT_MEASURE = _WORDS["not_measure"].words
_CARRY_UNITS = frozenset(("percent", "pp", "score"))
_NAMED_HERE = frozenset(("metric:noun_after", "metric:noun_of", "metric:list", "metric:in_cases"))
_PLAIN_GAP = _compile(r"(?:[a-z][a-z-]{2,}\s){1,2}")
# "achieved GPU throughputs of 38.38%", "strong scaling efficiencies of 89%": a noun phrase, then "of", then the figure
_NOUN_OF_BEFORE = _compile(r"(?<![\w-])((?:[A-Z]{2,6}\s)?(?:[a-z][a-z-]{2,}\s){0,2}[a-z][a-z-]{2,})\s+of\s+$")
_LIST_GAP = _compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_ONLY_SHARE_BEFORE = _compile(r"(?i)(?<!\bto\s)(?<!\bfrom\s)\b(?:only|just|merely|mere)\s+$")
_SHARE_AFTER = _compile(r"\s+of\b")
_CARRY_KINDS = frozenset(("quality", "error"))
_CARRY_FROM = frozenset(("metric:default", "metric:comparison"))


def _measure_words(words: list[str]) -> bool:
    """Plain words that can name a measure: no phrase-edge, vague, cue or non-measure word, and a head that
    is no verb or adverb ("scaling efficiency", "balanced electronegativity"; not "evaluated", "away")."""
    return bool(words) and not any(
        w in _STOP or w in _VAGUE or w in _DETERMINERS or w in _NOT_MEASURE or _cue_of(w) is not None for w in words
    ) and not words[-1].endswith(("ly", "ed", "ing")) and words[-1] not in _DATASET_HEADS and not (len(words) == 1 and "-" in words[0])


def _singular_head(phrase: str) -> str:
    head, _, last = phrase.rpartition(" ")
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3 and not last[:-1].isupper():
        last = last[:-1]
    return f"{head} {last}" if head else last


def _no_metric_between(seg: _Segment, start: int, end: int, metric_end: int) -> bool:
    """No metric named in start..end, past the words that continue the carried metric ("98% EM accuracy ...")."""
    start = min(start, end)
    while (m := seg.first_metric(start, end)) is not None:
        if m.start() > metric_end + 1:
            return False
        start = metric_end = m.end()
    return True


def _named_measures(text: str, seg: _Segment, figs: list, claims: list, seg_start: int) -> None:
    """What a percent figure with no metric measures, before it falls back to `performance`.

    "saves up to 46% token budget": the noun phrase right after the figure (not a setting, a cue, a verb);
    "achieved GPU throughputs of 38.38%, 36.14%, and 31.96%": the noun phrase before "of", for the whole list;
    "hits the top-1 accuracy of 83.4% ..., much higher than DeiT-S by 3.6%": a task score named for an earlier
    figure of the same sentence (a quality or error metric, percent/pp/score) measures the later ones that name none;
    "at merely 6% of the total training data": a share after only/just/merely is a level, no change.
    """
    carried: _Claim | None = None
    carried_bare = False
    listed: _Claim | None = None
    for k, (fig, c) in enumerate(zip(figs, claims)):
        if c is None:
            listed = None
            continue
        before = c.metric
        if (c.metric is None or c.why.get("metric") == "metric:inherited") and fig.unit == "percent" and c.why.get("claim") == "claim:percent":
            if ((m := _NOUN_AFTER_PERCENT.match(text, _paren_tail(text, fig, len(text)))) is not None
                    and _measure_words([w for w in m.group(1).split() if not w.isupper()]) and find_metric(m.group(1).split()[0]) is None
                    and not _COMPARED_FIGURE_BEFORE.search(text, max(0, fig.start - 16), fig.start)):
                # (not "35% zero-shot", a setting label, nor "compared to 55% non-private", the compared system)
                c.set_metric(text, m.start(1), m.end(1), None, "metric:noun_after")
            elif ((c.metric is None or c.why.get("metric") == "metric:inherited") and (m := _NOUN_OF_BEFORE.search(text, max(seg_start, fig.start - 60), fig.start)) is not None
                  and _measure_words([w for w in m.group(1).split() if not w.isupper()])
                  and not _SETTING_VALUE.search(m.group(1))):
                c.set_metric(text, m.start(1), m.end(1), None, "metric:noun_of")
                c.metric = _singular_head(c.metric)  # "strong scaling efficiencies of 89% and 87%": each figure is one efficiency
        if (c.why.get("metric") in (None, "metric:before", "metric:default", "metric:inherited") and fig.unit == "percent" and c.effect is None
                and _IN_CASES.match(text, fig.end) and (m := _NOUN_IN_BEFORE.search(text, max(seg_start, fig.start - 60), fig.start)) is not None
                and len(words := m.group(1).split()) > 1 and words[0].endswith("ing") and _measure_words(words[1:]) and words[-1].endswith("s")):
            # "delivering truthful outputs in 87% of cases": the object of the participle is what is counted
            c.set_metric(text, m.end(1) - len(" ".join(words[1:])), m.end(1), None, "metric:in_cases")
        if c.metric is None and listed is not None and fig.unit == figs[k - 1].unit and _LIST_GAP.fullmatch(text, figs[k - 1].end, fig.start):
            c.metric, c.metric_obj = listed.metric, listed.metric_obj  # "of 38.38%, 36.14%, and 31.96%"
            c.why["metric"] = "metric:list"
        if ((c.metric is None or c.why.get("metric") in _CARRY_FROM
                or (c.why.get("metric") == "metric:inherited" and figs[k - 1].unit in _UNIT_METRICS))
                and fig.unit in ("percent", "pp") and carried is not None and (fig.unit == "pp" or not carried_bare)
                and _no_metric_between(seg, max(figs[k - 1].end, carried.metric_end), fig.start, carried.metric_end)
                and not _SHARE_AFTER.match(text, fig.end)):  # ("processing only 43.5% of the frames": what the share counts)
            # (the gap is read past the carried metric's own words: "98% EM accuracy in English but only 47% in Camlang")
            # (also over a size's unit inherited from the figure right before: "by 21.70% on 7B-parameter models and
            # 36.95% on 32B-parameter models")
            c.metric, c.metric_obj = carried.metric, carried.metric_obj
            c.why["metric"] = "metric:sentence"
        if c.metric != before and c.effect in ("better", "worse") and c.why.get("direction", "").startswith(("dir:before", "dir:after", "dir:inherited")):
            c.direction = _direction_of(c.effect, c.metric_obj)  # the better direction of the measure now named
        if (c.effect is not None and fig.unit == "percent" and _ONLY_SHARE_BEFORE.search(text, max(seg_start, fig.start - 12), fig.start)
                and _SHARE_AFTER.match(text, fig.end)):
            c.direction = c.effect = c.cue = None  # "at merely 6% of the total training data": a share, a level
            c.why["direction"] = "dir:none:only_share"
        listed = c if c.why.get("metric") in ("metric:noun_of", "metric:noun_after", "metric:list") else None
        if (c.metric_obj is not None and c.metric_obj.kind in _CARRY_KINDS
                and (fig.unit in _CARRY_UNITS or (fig.unit is None and c.why.get("claim", "").startswith("claim:score")))  # "F1 of 0.94-0.96"
                and c.why.get("metric") not in _CARRY_FROM and c.metric.casefold() not in ("performance", "score", "scores")):
            carried, carried_bare = c, fig.unit is None  # a bare score carries to point changes only ("by 1 point", not "97.58%")
        elif c.metric is not None and c.metric != (carried.metric if carried is not None else None) and fig.unit not in _UNIT_METRICS:
            carried = None  # another measure named in between: the earlier one no longer carries


_DOC_CONTEXT_TIME = frozenset({"s", "ms", "second", "h", "min", "hours"})
_DOC_CONTEXT_UNITS = frozenset({"percent", "pp", "score"})


def _carry_comparison_metric(text: str, found: list[FoundQuantity], spans: list[tuple[int, int]]) -> None:
    """"X outperforms prior methods by an average of 3.1% AUC. On the DFDC dataset, X exceeds the previous
    best by 6%": a comparison that names no metric, in the sentence right after one whose last claim is a
    comparison in the same unit with a named metric, is measured in that metric."""
    prev = None
    for q in found:
        c = q.claim
        if c is None:
            continue
        if (prev is not None and c.why.get("metric") == "metric:comparison" and q.unit == prev.unit and c.direction == prev.claim.direction
                and prev.claim.baseline is not None and c.baseline is not None):
            k = bisect_left(spans, (q.start + 1,)) - 1  # the index of q's sentence; the one before it is k - 1
            if (k >= 1 and spans[k - 1][0] <= prev.start < spans[k - 1][1] and spans[k][0] <= q.start < spans[k][1]
                    and not text[spans[k - 1][1] : spans[k][0]].strip()):  # the very next sentence
                c.metric, c.metric_ref = prev.claim.metric, prev.claim.metric_ref
                c.why["metric"] = "metric:previous_comparison"
        named = c.metric_ref is not None and c.why.get("metric") not in ("metric:default", "metric:comparison") and c.metric != "performance"
        prev = q if named and c.baseline is not None and c.direction is not None else None


# a loss named by what it is computed on: "training loss", "validation losses" (not a bare "loss": "a loss of 2%")
_LOSS_NAME = _compile(r"(?i)(?<=\S)\s+loss(?:es)?$")
# a sentence that opens on its setting: "On MP-1, ...", "For the 7B model, ..."
_SETTING_OPENING = _compile(r"(?P<cue>On|For|In|Across|Under)\s+[^,;.]{1,60},\s")
_NAMED_LEVEL_METRIC = frozenset(("metric:before", "metric:after", "metric:sentence", "metric:noun_of", "metric:noun_after"))


def _carry_parallel_metric(text: str, found: list[FoundQuantity], spans: list[tuple[int, int]]) -> None:
    """"On MP-1, we achieve success rates of 92.31% ... . On MP-3, we reach 76.92%": a level that names no metric, in
    a sentence that opens on its setting as the sentence right before it does, is measured in the one metric that
    sentence names for its levels in the same unit."""
    sentence_of = [bisect_left(spans, (q.start + 1,)) - 1 for q in found]
    for k in sorted({s for s, q in zip(sentence_of, found) if q.claim is not None and q.claim.why.get("metric") == "metric:default"}):
        if k < 1 or spans[k][0] - spans[k - 1][1] > 2:
            continue  # not the very next sentence
        this, before = _SETTING_OPENING.match(text, spans[k][0]), _SETTING_OPENING.match(text, spans[k - 1][0])
        if this is None or before is None or this.group("cue") != before.group("cue"):
            continue
        named = [q for s, q in zip(sentence_of, found) if s == k - 1 and q.claim is not None and q.claim.direction is None
                 and q.claim.why.get("metric") in _NAMED_LEVEL_METRIC]
        if len({q.claim.metric.casefold() for q in named}) != 1:
            continue
        for s, q in zip(sentence_of, found):
            c = q.claim
            if s == k and c is not None and c.why.get("metric") == "metric:default" and c.direction is None and q.unit == named[0].unit:
                c.metric, c.metric_ref = named[0].claim.metric, named[0].claim.metric_ref
                c.why["metric"] = "metric:parallel_sentence"


def fill_contexts(ctx: DocContext, found: list[FoundQuantity], spans: list[tuple[int, int]]) -> None:
    """A claim whose sentence names no setting was measured on the dataset or benchmark the abstract
    last named before it ("Experiments on WebArena ... . X attains 52.8%"), else the first named
    after it; the title and the paper's own datasets under construction are not read."""
    if ctx.title_end is not None and found and found[0].end <= ctx.title_end:
        # "Training BERT in 76 minutes" with "... reduced from 3 days to just 76 minutes" below: the
        # abstract states the title's figure again, one claim (a title figure the abstract lacks stays)
        said = {(q.value, q.unit) for q in found if q.claim is not None and q.start >= ctx.title_end and q.value is not None}
        for q in found:
            if q.end > ctx.title_end:
                break
            if q.claim is not None and q.value is not None and (q.value, q.unit) in said:
                q.__dict__["claim"] = None
    _carry_comparison_metric(ctx.text, found, spans)
    _carry_parallel_metric(ctx.text, found, spans)
    if not ctx.datasets:
        return
    text = ctx.text
    usable = []
    for m in ctx.datasets:
        if ctx.title_end is not None and m.start < ctx.title_end:
            continue
        surface = text[m.start : m.end]
        if not surface.strip() or _metric_shaped(surface):
            continue  # a benchmark the paper builds stays: its results are measured on it ("46.6% on RM-Bench")
        before = text[max(0, m.start - 40) : m.start].split()
        if any(w.casefold() in _INTRODUCING for w in before[-3:]):
            continue  # "we introduce CounterLogic, ...": what the paper builds
        if _TRAINED_ON_NEAR.search(text, max(0, m.start - 50), m.start):
            continue  # "trained on X": training data
        if (w := _NEXT_WORD.match(text, m.end)) is not None and w.group(1) in _MODIFIED_NOUNS:
            continue  # "from SMPL skeleton trajectories": a name modifying a noun is no setting
        usable.append(m)
    if not usable:
        return
    for q in found:
        c = q.claim
        if c is None or c.context is not None or (ctx.title_end is not None and q.start < ctx.title_end):
            continue
        if c.why.get("baseline") == "baseline:similar_as":
            # "similar latency (less than 4ms difference) as X": a gap to a compared thing is read in its own sentence
            # (a change of a task score takes a plainly named earlier dataset: `_sole_setting` below; "5x fewer
            # parameters", "+7.1pp flip rate" measure no task score and take none)
            continue
        named = find_metric(c.metric_ref.name) if c.metric_ref is not None else None
        if c.rule == "claim:rank":
            pass  # "ranked 11", "achieved 1st position": a place in the shared task named before
        elif q.unit in _DOC_CONTEXT_UNITS:
            if named is None and c.why.get("metric") in _NAMED_HERE:
                pass  # "classify about 53% galaxies": a measure the text names, a percent level as `performance` was
            elif named is None or named.kind not in ("quality", "error"):
                continue  # only a task score ("accuracy", "Pass@1", "performance") is measured on a benchmark
        elif q.unit in _DOC_CONTEXT_TIME:
            if named is None or named.kind not in ("cost", "speed"):
                continue  # "143.66s runtime": a run time measured on the benchmark
        else:
            continue
        sent_start = next((a for a, b in spans if a <= q.start < b), q.start)
        before = [m for m in usable if m.end <= sent_start]  # the sentence's own names were weighed by `attach`
        if not before:
            continue  # "... achieves 100x reduction. We validate on RADIal, CARRADA and Radatron": no one setting
        m = before[-1]
        surface = text[m.start : m.end]
        if (c.baseline and (surface in c.baseline or c.baseline in surface)) or _part_of_metric(c, surface):
            continue
        if c.direction is not None and (not _sole_setting(ctx, m, spans) or _OWN_GENERIC_SETTING.search(text, sent_start, q.start)
                                        or _OWN_GENERIC_SETTING.search(text, q.end, next((b for a, b in spans if a <= q.start < b), q.end))):
            continue  # (not "brings 15.3% and 17.8% WER reduction on those two datasets respectively": a setting of its own)
        c.context, c.context_ref = surface, _ref(m, text)
        c.why["context"] = "context:document"


_BRACKETED_PAIR = _compile(r"\s*\(\s*")
_FAMILY_AFTER = _compile(r"\s+(?:datasets|benchmarks|corpora)\b")
_COMPARED_RIGHT_BEFORE = _compile(rf"(?i)\b(?:{_COMPARED_WORDS})\s+(?:the\s+)?$")
_OWN_GENERIC_SETTING = _compile(r"(?i)\b(?:on|across|in)\s+(?:those|these|both|all|each|the\s+(?:two|three|four|five|same))\b"
                                r"|\b(?:on|across)\s+(?:(?:a|an|the|our)\s+)?(?:[\w-]+\s+){0,3}(?:datasets?|data|set|samples|benchmarks?|questions|splits?|subsets?)\b")
# "one million Sentinel-2 samples", "MMLU questions", "SWE bench Lite": the name modifies a noun (a change takes no such name)
_MODIFIED_AFTER = _compile(r"(?i)\s+(?:samples|questions|performance|bench|prompting|imagery|relevance|time\s+series|notes)\b")
_EXAMPLE_BEFORE = _compile(r"(?i)\b(?:like|such\s+as|e\.g\.,?|including)\s+(?:the\s+)?$")


def _sole_setting(ctx: DocContext, m: FoundMention, spans: list[tuple[int, int]]) -> bool:
    """A change takes an earlier sentence's dataset only when that sentence plainly names one setting: not one of a list
    ("on two APR benchmarks: HumanEval-Java and Defects4J"), an example ("datasets like IMD20"), a family ("video HPE
    datasets"), a modifier ("the ImageNet-pretrained model", "Sentinel-2 samples"), a compared model ("Compared to
    MedGemma 1 4B") or data trained on ("pretrained on ... a cleaned NepBERTa corpus")."""
    text = ctx.text
    # the sentence around the name (`spans` holds only the sentences with a figure)
    a, b = next(((a, b) for a, b in spans if a <= m.start < b), (text.rfind(". ", 0, m.start) + 1, text.find(". ", m.end) % (len(text) + 1)))
    surface = text[m.start : m.end]
    if any(d.start >= a and d.end <= b and text[d.start : d.end] != surface and not _BRACKETED_PAIR.fullmatch(
            text, min(d.end, m.end), max(d.start, m.start)) for d in ctx.datasets):
        return False  # (a name and its bracketed acronym are one: "the India Pathology Breast Cancer Dataset (IPD-Breast)")
    if _EXAMPLE_BEFORE.search(text, max(a, m.start - 20), m.start) or text[m.end : m.end + 1] == "-" or _FAMILY_AFTER.match(text, m.end) or _MODIFIED_AFTER.match(text, m.end):
        return False
    if _COMPARED_RIGHT_BEFORE.search(text, max(a, m.start - 20), m.start):
        return False  # "Compared to MedGemma 1 4B, ...": the compared model
    return _TRAINED_BEFORE.search(text, a, m.start) is None


_TRAINED_BEFORE = _compile(r"(?i)\b(?:trained|pre-?trained|fine-?tuned)\s+(?:on|with|using)\b")

