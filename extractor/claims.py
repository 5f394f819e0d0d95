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

from bisect import bisect_left
from functools import cache

import regex
from spacy.tokens import Doc

from .lexicons import Metric, find_metric, load_directions, load_metrics, metric_pattern
from .models import EntityRef, FoundClaim, FoundMention, FoundQuantity

__all__ = ["DocContext", "attach", "load_metrics", "warm_up"]

WINDOW = 160  # characters read on each side of a figure; a clause rarely runs longer

# Words that end a phrase read after a cue ("than X", "on X", "improves X by").
_STOP = frozenset(
    """by on in at for while with across under when where which who that respectively using without to
    of or but whereas achieving achieves achieved reaching reaches demonstrating demonstrates showing shows
    as is are was were has have had be been being and than compared relative versus vs vs. against over
    from through via thanks due despite during after before since if although though whilst thereby
    making leading resulting enabling yielding outperforming surpassing can could may might will would
    should must does do did not also only still even further""".split()
)
_BASELINE_KEEP = frozenset({"from", "of", "and", "trained", "without", "with"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "these", "those", "this", "that"})
_GENERIC_NAMES = frozenset(
    "dataset datasets benchmark benchmarks task tasks model models data corpus split set suite "
    "challenge leaderboard subset testbed setting settings".split()
)
_PHRASE_END = frozenset("- -- — – ( [".split())
_DATASET_HEADS = frozenset("dataset datasets benchmark benchmarks tasks corpus corpora suite testbed".split())
_FIGURE_TOKEN = regex.compile(r"[+\-~]?[\d.,]+(?:%|x|×)?")
_PRONOUN_SUBJECT = regex.compile(
    r"(?i)\b(?:we|our|ours|it|its|this (?:work|paper|method|approach|model|framework|system)|"
    r"the proposed|proposed (?:method|approach|model|framework))\b"
)
_BLOCKERS = regex.compile(
    r"(?i)(?<![\w-])(?:achiev\w*|reach\w*|attain\w*|obtain\w*|scor(?:e|es|ed|ing)|record\w*|deliver\w*|"
    r"maintain\w*|retain\w*|preserv\w*|keep\w*|while|whereas|with(?:\s+an?)?|of\s+(?:only|just))(?![\w-])"
)
_CLAUSE_CUT = regex.compile(r";|\.\s|\s(?:while|whereas|but)\s|\s-{1,2}\s|\s[—–]\s")
_BASELINE_CUE = regex.compile(
    r"(?i)(?<![\w-])(?:than|compared\s+(?:to|with)|comparing\s+(?:to|with)|relative\s+to|"
    r"in\s+(?:comparison|contrast)\s+(?:to|with)|vs\.?|versus|against|over)\s+"
)
_LEAD_BASELINE = regex.compile(
    r"(?i)\s*(?:when\s+)?(?:compared\s+(?:to|with)|comparing\s+(?:to|with)|relative\s+to|"
    r"in\s+(?:comparison|contrast)\s+(?:to|with)|against|versus|over)\s+"
)
_BASELINE_VERB = regex.compile(
    r"(?i)(?<![\w-])(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|speed\w*\s+up|accelerat\w*|"
    r"improv\w*\s+(?:on|upon)|(?:improv\w*|boost\w*|enhanc\w*)(?=\s+[A-Z][\w.\-]*'s\b))\s+"
)
_COMPARISON_CUE = regex.compile(r"(?i)^(?:outperform|surpass|beat|exceed|overshadow|underperform)")
_STRONG_CONTEXT = regex.compile(r"(?i)(?<![\w-])(?:on|in|across|at)\s+(?:(?:the|a|an|our|their)\s+)?")
_WEAK_CONTEXT = regex.compile(r"(?i)(?<![\w-])(?:for|with|using|including|from|under)\s+(?:(?:the|a|an|our|their)\s+)?")
_SCORE_BEFORE = regex.compile(r"(?i)(?:\s+(?:of|at|is|was|reaches|reached|=|:|score\s+of))?\s*$")
_SCORING = regex.compile(r"(?i)(?<![\w-])scor(?:ing|es|ed|e)\s+(?:of\s+)?$")
_RANGING = regex.compile(r"(?i)([A-Za-z][\w-]*(?:\s[a-z][\w-]*)?)\s+(?:range|ranges|ranging|ranged|vary|varies|varying)\s+(?:from\s+|between\s+)?$")
_HYPER = regex.compile(
    r"(?i)(?:rate|threshold|temperature|lambda|alpha|beta|gamma|coefficient|weight|ratio|size|"
    r"=|λ|α|β|γ|τ|top-p|top-k|\bk|\bp|\bn)\s*(?:of|=|:)?\s*$"
)
_HARDWARE = regex.compile(r"(?i)\s*(?:of\s+)?(?:\w+\s+)?(?:GPUs?|TPUs?|cards?|nodes?|devices?|RAM|VRAM|A100s?|H100s?|V100s?)\b")
_SPEED_MODIFIER = regex.compile(
    r"(?i)(?<![\w-])(inference|training|decoding|generation|convergence|converg\w+|selection|prefill\w*|encoding|"
    r"sampling|fine-tun\w+|finetun\w+)(?![\w-])"
)
_RESULT_COUNT = regex.compile(r"(?i)(?<![\w-])(?:finds|found|discover\w*|detect\w*|uncover\w*|identif\w+|solv\w+|fix\w*)\s+(?:\w+\s+)?$")
_APPOSITION = regex.compile(r",\s+([A-Z][\w.\-/]*\d[\w.\-/]*|[A-Z][a-z]*[A-Z][\w.\-/]*),")
_WORD = regex.compile(r"\S+")
_PAREN_NAME = regex.compile(r"\s*\(([A-Z][\w.\-/]*(?:\s[A-Z0-9][\w.\-/]*){0,2})\)")
_RATE_UNITS = frozenset({"tokens/s", "tokens/sec", "fps", "it/s", "samples/s", "images/s", "QPS", "TFLOPS"})


@cache
def _cue_pattern() -> regex.Pattern:
    """One regex over every cue of rules/directions.tsv; the named group is its effect."""
    groups: dict[str, list[str]] = {}
    for cue in load_directions():
        body = regex.escape(cue.cue.rstrip("*")).replace(r"\ ", r"\s+")
        body += r"[\w-]*" if cue.cue.endswith("*") else ""
        groups.setdefault(cue.effect, []).append(body)
    parts = [f"(?P<{effect}>{'|'.join(sorted(alts, key=len, reverse=True))})" for effect, alts in groups.items()]
    return regex.compile(rf"(?i)(?<![\w-])(?:{'|'.join(parts)})(?![\w])")


@cache
def _cue_aspects() -> tuple[tuple[str, str, bool], ...]:
    return tuple((c.cue.rstrip("*"), c.aspect, c.cue.endswith("*")) for c in load_directions() if c.aspect)


def _cue_aspect(word: str) -> str | None:
    """The metric a cue names by itself: "faster" and "speedups" measure speed."""
    low = " ".join(word.casefold().split())
    for stem, aspect, prefix in _cue_aspects():
        if low == stem or (prefix and low.startswith(stem)):
            return aspect
    return None


def warm_up() -> None:
    """Compile every pattern when the component is built, not on the first document."""
    _cue_pattern()
    _cue_aspects()
    metric_pattern()


# --- per-document context ----------------------------------------------------------------------

_TITLE_NAME = regex.compile(r"\s*([A-Z][\w\-+.]*[A-Za-z0-9+](?:\s[A-Z][\w\-+.]*){0,2})\s*(?::|--|—|–\s)")


class DocContext:
    """What claim rules need from the whole document: mentions by position, the proposed method."""

    __slots__ = ("text", "mentions", "starts", "proposed", "proposed_ref", "title_end", "segments")

    def __init__(self, doc: Doc, segments: list[tuple[int, int]] | None = None):
        self.text = doc.text
        self.segments = segments or []
        found = doc._.sc_mentions if Doc.has_extension("sc_mentions") else None
        self.mentions: list[FoundMention] = sorted(found or (), key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]
        self.title_end = doc._.sc_title_end if Doc.has_extension("sc_title_end") else None
        self.proposed: str | None = None
        self.proposed_ref: EntityRef | None = None
        for m in self.mentions:
            if m.role == "proposed":
                self.proposed = self.text[m.start : m.end]
                self.proposed_ref = _ref(m, self.text)
                break
        if self.proposed is None and self.title_end:
            if (t := _TITLE_NAME.match(self.text, 0, self.title_end)) and len(t.group(1)) <= 40:
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


def _ref(mention: FoundMention | None, text: str) -> EntityRef | None:
    if mention is None:
        return None
    return EntityRef(type=mention.type, name=mention.entity or text[mention.start : mention.end])


# --- phrases around a figure -------------------------------------------------------------------


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
        if not bare or (low in _STOP and low not in keep) or _FIGURE_TOKEN.fullmatch(bare):
            break
        words.append((w.start(), w.start() + len(bare)))
        if len(bare) != len(token) or len(words) >= 7:
            break
    while words and text[words[-1][0] : words[-1][1]].casefold() in keep | _DETERMINERS | {"and"}:
        words.pop()
    return (words[0][0], words[-1][1]) if words else None


def _bare(token: str, at_end: bool) -> str:
    """A token without trailing punctuation; a final period goes unless it ends an abbreviation."""
    bare = token.rstrip(",;:)]}\"'”")
    if bare.endswith(".") and (at_end or bare.count(".") == 1 and bare[-2:-1].islower()):
        bare = bare[:-1]
    return bare


def _name_phrase(text: str, pos: int, limit: int, generic: bool = False) -> tuple[int, int] | None:
    """Names right at `pos`: "CIFAR-100", "Medical MNIST", "iNat 2019", "Llama-3.1, Qwen-2.5, and Gemma-3".

    With `generic`, instead a short lower-case phrase ending in a dataset word ("our internal
    benchmark", "five industrial datasets").
    """
    words: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []
    for w in _WORD.finditer(text, pos, limit):
        token = w.group()
        if token in _PHRASE_END or token[0] in "([{\"'“":
            break
        bare = _bare(token, w.end() >= limit - 1)
        if not bare:
            break
        low = bare.casefold()
        span = (w.start(), w.start() + len(bare))
        if generic:
            if low in _DATASET_HEADS:
                words.append(span)
                return words[0][0], span[1]
            if low in _STOP or _name_like(bare) or len(words) >= 3:
                return None
            words.append(span)
            continue
        if low == "and" and words:
            pending.append(span)
            continue
        numeric = _FIGURE_TOKEN.fullmatch(bare) is not None
        if numeric and not (words and regex.fullmatch(r"\d+(?:\.\d+)?", bare)):
            break  # a figure, unless a version or year right after a name ("iNat 2019")
        if not numeric and (not _name_like(bare) or low in _GENERIC_NAMES or _is_stop_name(bare)):
            break
        words.extend(pending)
        pending = []
        words.append(span)
        if len(bare) != len(token) and not token.endswith(","):
            break
        if len(words) >= 7:
            break
    return (words[0][0], words[-1][1]) if words else None


@cache
def _stop_names() -> frozenset[str]:
    """Hardware, platforms and generic acronyms (rules/stop_names.txt, shared with the entity layer)."""
    from .canonical import entity_key
    from .rules_data import read_lines, rules_path

    if not rules_path("stop_names.txt").is_file():
        return frozenset()
    return frozenset(entity_key(line.strip()) for line in read_lines("stop_names.txt"))


def _is_stop_name(word: str) -> bool:
    from .canonical import entity_key

    return entity_key(word) in _stop_names()


def _near(text: str, start: int, limit: int) -> int:
    """End of the short phrase right after a figure: its first comma, bracket or comparison word."""
    end = start
    count = 0
    for w in _WORD.finditer(text, start, limit):
        token = w.group()
        low = token.casefold().rstrip(",;:.)")
        if token[0] in "([" or token in _PHRASE_END or low in (
            "than", "compared", "relative", "versus", "vs", "against", "while", "whereas", "when", "respectively",
            "on", "across", "for", "at", "using", "with", "without", "and", "but", "over", "by", "from", "to",
            "which", "that", "as", "among", "within",
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
    m = regex.compile(r"[,;()]|\.\s").search(text, start, limit)
    return m.start() if m else limit


def _last(pattern: regex.Pattern, text: str, start: int, end: int) -> regex.Match | None:
    last = None
    for last in pattern.finditer(text, start, end):
        pass
    return last


def _skip_words(text: str, pos: int, words: frozenset | tuple) -> int:
    while True:
        m = regex.compile(r"\s*([\w-]+)\s+").match(text, pos)
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


def _canonical_surface(surface: str, metric: Metric | None) -> str:
    """A plural of a one-word metric reads as the metric: "accuracies" is accuracy."""
    if metric is not None and " " not in metric.name:
        low, name = surface.casefold(), metric.name.casefold()
        if low != name and low in (name + "s", name[:-1] + "ies", name + "es"):
            return metric.name
    return surface


# --- the claim decision and its attributes ---------------------------------------------------


class _Claim:
    """Attributes of one figure's claim while they are being decided."""

    __slots__ = ("direction", "effect", "cue", "metric", "metric_obj", "baseline", "baseline_ref",
                 "context", "context_ref", "subject", "subject_ref", "why", "kind")

    def __init__(self):
        self.direction = self.effect = self.cue = self.metric = self.metric_obj = None
        self.baseline = self.baseline_ref = self.context = self.context_ref = None
        self.subject = self.subject_ref = self.kind = None
        self.why: dict[str, str] = {}

    def set_metric(self, text: str, start: int, end: int, metric: Metric | None, rule: str) -> None:
        metric = metric if metric is not None else find_metric(text[start:end])
        self.metric, self.metric_obj = _canonical_surface(text[start:end], metric), metric
        self.why["metric"] = rule

    def set_effect(self, cue: regex.Match, rule: str) -> None:
        self.effect, self.cue = cue.lastgroup, cue
        self.why["direction"] = f"{rule}:{' '.join(cue.group().casefold().split())}"


class _Figure:
    """One figure with the edges of the text its rules read."""

    __slots__ = ("fig", "pre", "clause", "near", "post", "ctx_end")

    def __init__(self, text: str, fig, left: int, right: int):
        self.fig = fig
        self.pre = max(left, fig.start - WINDOW)
        clause = self.pre
        for cut in _CLAUSE_CUT.finditer(text, self.pre, fig.start):
            clause = cut.end()
        self.clause = clause
        post_end = min(right, fig.end + WINDOW)
        cut = _CLAUSE_CUT.search(text, fig.end, post_end)
        self.post = cut.start() if cut else post_end
        self.near = _near(text, fig.end, self.post)
        self.ctx_end = _post_clause(text, fig.end, self.post)


def _read_after(text: str, f: _Figure, c: _Claim) -> None:
    """Metric and cue right after the figure: "2.8x faster", "30% lower latency", "77.6% Dice"."""
    fig = f.fig
    if fig.rule == "q:ordinal":
        m = regex.compile(r"\s?([A-Za-z]+)").match(text, fig.end)
        if m:
            c.set_metric(text, m.start(1), m.end(1), None, "metric:rank")
        return
    cue = _cue_pattern().search(text, fig.end, f.near)
    if cue is not None:
        c.set_effect(cue, "dir:after")
    metric = metric_pattern().search(text, fig.end, f.near)
    if metric is not None:
        c.set_metric(text, metric.start(), metric.end(), find_metric(metric.group()), "metric:after")
    elif cue is not None:
        # "44% higher visual fidelity", "25% model size reduction", "53 times reduction in parameters"
        after = _phrase(text, _skip_words(text, cue.end(), ("in", "of", "the", "a", "an")), f.near)
        before_cue = text[fig.end : cue.start()].strip(" -")
        if after is not None:
            c.set_metric(text, after[0], after[1], None, "metric:after_cue")
        elif before_cue and regex.fullmatch(r"[A-Za-z][\w\- ]{1,40}", before_cue):
            start = fig.end + text[fig.end : cue.start()].index(before_cue)
            c.set_metric(text, start, start + len(before_cue), None, "metric:before_cue")
    if c.metric is None and cue is not None and (aspect := _cue_aspect(cue.group())):
        c.metric, c.metric_obj = _speed_aspect(text, aspect, f), find_metric(aspect)
        c.why["metric"] = f"metric:cue:{cue.group().casefold()}"
    elif c.metric is not None and (aspect := _cue_aspect(c.metric)):
        c.metric = _speed_aspect(text, aspect, f)  # "speedups" measure speed
    if c.metric is None and fig.unit in _RATE_UNITS:
        c.metric, c.metric_obj = _speed_aspect(text, "speed", f, after=True), find_metric("throughput")
        c.why["metric"] = "metric:rate_unit"


def _speed_aspect(text: str, aspect: str, f: _Figure, after: bool = False) -> str:
    """"converging 70% faster" measures convergence speed; "fine-tune 20% faster", fine-tuning speed."""
    if aspect != "speed":
        return aspect
    m = _SPEED_MODIFIER.search(text, f.fig.end, f.near + 1) if after else None
    if m is None:
        m = _last(_SPEED_MODIFIER, text, max(f.clause, f.fig.start - 60), f.fig.start)
    if m is None:
        m = _SPEED_MODIFIER.search(text, f.fig.end, min(f.post, f.fig.end + 30))
    if m is None:
        return aspect
    word = m.group(1).casefold()
    if word.startswith("converg"):
        word = "convergence"
    elif word.startswith(("fine-tun", "finetun")):
        word = "fine-tuning"
    elif word.startswith("prefill"):
        word = "prefilling"
    return f"{word} {aspect}"


def _read_before(text: str, f: _Figure, c: _Claim) -> None:
    """Cue and metric before the figure, within its clause.

    "reduces memory by 40%" (object of the cue), "accuracy ... increases by 3.9%" (subject of a
    cue followed by by/from/of), "outperforms X by 2%" (performance, unless a metric is named).
    """
    fig = f.fig
    start, end = f.clause, fig.start
    cue = None
    if c.effect is None:
        cue = _last(_cue_pattern(), text, start, end)
        if cue is not None and _BLOCKERS.search(text, cue.end(), end):
            cue = None
        if cue is not None:
            c.set_effect(cue, "dir:before")
    if c.metric is not None:
        return
    if _SCORING.search(text, max(start, end - 16), end) is not None:
        c.metric, c.metric_obj = "score", find_metric("score")
        c.why["metric"] = "metric:scoring"
        return
    cue = cue or (c.cue if c.cue is not None and start <= c.cue.start() < fig.start else None)
    if cue is None:
        metric = _last(metric_pattern(), text, start, end)
        if metric is not None:
            s = _extend_left(text, metric.start(), start)
            c.set_metric(text, s, metric.end(), find_metric(metric.group()), "metric:before")
        elif (m := _RANGING.search(text, max(start, end - 50), end)) is not None:
            c.set_metric(text, m.start(1), m.end(1), None, "metric:ranging")
        return
    metric = _last(metric_pattern(), text, cue.end(), end)
    if metric is not None:
        s = _extend_left(text, metric.start(), cue.end())
        c.set_metric(text, s, metric.end(), find_metric(metric.group()), "metric:after_cue")
        return
    if (aspect := _cue_aspect(cue.group())) is not None:
        c.metric, c.metric_obj = _speed_aspect(text, aspect, f, after=True), find_metric(aspect)
        c.why["metric"] = f"metric:cue:{cue.group().casefold()}"
        return
    subject = _last(metric_pattern(), text, start, cue.start())
    if _COMPARISON_CUE.match(cue.group()):
        if subject is not None:
            s = _extend_left(text, subject.start(), start)
            c.set_metric(text, s, subject.end(), find_metric(subject.group()), "metric:before_comparison")
        else:
            c.metric, c.metric_obj = "performance", find_metric("performance")
            c.why["metric"] = "metric:comparison"
        return
    passive = _CUE_THEN_FIGURE.match(text, cue.end(), end) is not None
    obj = None if passive else _phrase(text, _skip_words(text, cue.end(), _DETERMINERS | {"in", "of", "on"}), end)
    if obj is not None:
        c.set_metric(text, obj[0], obj[1], None, "metric:cue_object")
    elif subject is not None:
        s = _extend_left(text, subject.start(), start)
        c.set_metric(text, s, subject.end(), find_metric(subject.group()), "metric:cue_subject")


_CUE_THEN_FIGURE = regex.compile(r"(?i)\s*(?:\(|(?:by|from|to|of|with)\b|$)")
_MODIFIERS = frozenset(
    """training inference test validation peak average mean overall total end-to-end pre-training fine-tuning
    finetuning energy computational classification segmentation detection key engagement top-1 top-5 model
    gpu relative absolute macro micro weighted zero-shot few-shot instance semantic visual prefill prefilling
    decoding generation storage communication""".split()
)


def _extend_left(text: str, start: int, floor: int) -> int:
    """Modifiers in front of a metric belong to it: "pre-training costs", "instance segmentation performance"."""
    for _ in range(2):
        m = _LAST_WORD.search(text, max(floor, start - 30), start)
        if m is None or m.group(1).casefold() not in _MODIFIERS:
            break
        start = m.start(1)
    return start


_LAST_WORD = regex.compile(r"([A-Za-z][\w-]*)\s+$")


def _read_direction(fig, c: _Claim) -> None:
    if fig.direction is not None:
        c.direction = fig.direction
        c.why["direction"] = "dir:multiplier_word"
    elif fig.from_value is not None and fig.value is not None and fig.value != fig.from_value:
        c.direction = "increase" if fig.value > fig.from_value else "decrease"
        c.why["direction"] = "dir:from_to"
    elif c.effect is not None:
        c.direction = _direction_of(c.effect, c.metric_obj)
        if c.effect in ("better", "worse"):
            c.why["direction"] += f"+{c.metric_obj.better if c.metric_obj else 'higher'}"
    elif fig.sign in ("+", "Δ"):
        c.direction = "increase"
        c.why["direction"] = "dir:sign"
    elif fig.sign == "-":
        c.direction = "decrease"
        c.why["direction"] = "dir:sign"


def _read_baseline(ctx: DocContext, pre: _Figure, post: _Figure, c: _Claim, seg_start: int, clause_end: int) -> None:
    """What it is compared with: "than X", "over X", "compared to X" after the figure (to the end of
    its clause), "outperforms X by", "improves X's", "compared to X of 25%" right before it, or a
    sentence that opens with "Compared to X,"."""
    text, fig = ctx.text, post.fig
    found = rule = None
    if (m := _BASELINE_CUE.search(text, fig.end, clause_end)) is not None:
        found, rule = _phrase(text, m.end(), clause_end, keep=_BASELINE_KEEP), "baseline:after"
    first = pre.fig
    if found is None and (verb := _last(_BASELINE_VERB, text, pre.clause, first.start)) is not None:
        found, rule = _phrase(text, verb.end(), first.start, keep=_BASELINE_KEEP), "baseline:verb_object"
        if found is not None and text[found[1] : found[1] + 2] == "'s":
            rule = "baseline:possessive"
    if found is None and (m := _last(_BASELINE_CUE, text, pre.clause, first.start)) is not None:
        found = _phrase(text, m.end(), first.start, keep=_BASELINE_KEEP)
        if found is not None and first.start - found[1] > 24:
            found = None  # a comparison that belongs to another figure of the clause
        rule = "baseline:before"
    if found is None and (m := _LEAD_BASELINE.match(text, seg_start)) is not None:
        found, rule = _phrase(text, m.end(), first.start, keep=_BASELINE_KEEP), "baseline:sentence"
        if found is not None and (a := _APPOSITION.match(text, found[1])) is not None:
            found = a.span(1)  # "Compared to its base model, Qwen2-VL-2B, ..."
    if found is None and c.effect is not None and (m := _last(_BASELINE_CUE, text, seg_start, pre.clause)) is not None:
        found, rule = _phrase(text, m.end(), pre.clause, keep=_BASELINE_KEEP), "baseline:earlier_clause"
    if found is None:
        return
    s, e = found
    if text[s:e].casefold() in ("time", "years", "the years", "the course", "the past"):
        return
    mention = ctx.mention_at(s, e)
    c.baseline, c.baseline_ref = text[s:e], _ref(mention, text)
    c.why["baseline"] = rule


def _read_context(ctx: DocContext, f: _Figure, c: _Claim, seg_start: int) -> None:
    """Where it was measured: a name after on/in/across/at (then for/with/using/including/from),
    after the figure first, then before it; failing a name, "on five industrial datasets"."""
    text, fig = ctx.text, f.fig
    tries = (
        (_STRONG_CONTEXT, fig.end, f.ctx_end, False, "context:after"),
        (_WEAK_CONTEXT, fig.end, f.ctx_end, False, "context:after"),
        (_STRONG_CONTEXT, seg_start, fig.start, False, "context:before"),
        (_WEAK_CONTEXT, seg_start, fig.start, False, "context:before"),
        (_STRONG_CONTEXT, fig.end, f.ctx_end, True, "context:after_generic"),
        (_STRONG_CONTEXT, seg_start, fig.start, True, "context:before_generic"),
    )
    for pattern, start, end, generic, rule in tries:
        found = None
        cues = list(pattern.finditer(text, start, end))
        for cue in cues if start >= fig.end else reversed(cues):
            found = _name_phrase(text, cue.end(), end, generic=generic)
            if found is not None and generic and (p := _PAREN_NAME.match(text, found[1])) and p.end(1) <= end:
                found, rule = p.span(1), rule.replace("generic", "parenthesis")  # "a billion-sized model (Qwen1.5-1.8B)"
            if found is not None:
                surface = text[found[0] : found[1]]
                if find_metric(surface) is None and surface != c.baseline:
                    break
                found = None
        if found is None:
            continue
        s, e = found
        mention = ctx.mention_at(s, e)
        c.context, c.context_ref = text[s:e], _ref(mention, text)
        c.why["context"] = rule
        return


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
        if surface not in (c.baseline, c.context):
            c.subject, c.subject_ref = surface, _ref(m, text)
            c.why["subject"] = "subject:mention"
            return


def _claim_kind(text: str, f: _Figure, c: _Claim, seg_start: int, seg_has_we: bool) -> str | None:
    """The rule that makes this figure a claim, or None for a set-up number."""
    fig, unit = f.fig, f.fig.unit
    said_after = c.why.get("direction", "").startswith("dir:after")
    if fig.rule == "q:ordinal":
        return "claim:rank"
    if fig.from_value is not None:
        return "claim:change"
    if unit in ("percent", "pp", "x"):
        return f"claim:{unit}"
    if unit is None or unit == "count":
        if fig.compound is not None or fig.word:
            return "claim:count_change" if said_after else None
        if c.why.get("metric") == "metric:after" and text[fig.end : fig.end + 2].strip() == text[fig.end : fig.end + 2].strip(" ") and _metric_right_after(text, fig):
            return "claim:score_metric_after"
        if _metric_before(text, f):
            return "claim:score_metric_before"
        if not fig.integer and fig.value is not None and c.metric is not None and not _HYPER.search(text, max(seg_start, fig.start - 20), fig.start):
            return "claim:score"
        if not fig.integer and regex.search(r"[A-Za-z][\w\-]*:\s*$", text[max(seg_start, fig.start - 30) : fig.start]):
            return "claim:score_listed"
        if unit == "count" and said_after:
            return "claim:count_change"
        if unit == "count" and _RESULT_COUNT.search(text, max(seg_start, fig.start - 30), fig.start):
            return "claim:count_result"
        return None
    if unit == "params":
        return "claim:model_size" if said_after or seg_has_we else None
    if unit == "tokens":
        return "claim:tokens_change" if said_after else None
    if _HARDWARE.match(text, fig.end):
        return None
    return "claim:measure"


def _metric_right_after(text: str, fig) -> bool:
    m = metric_pattern().match(text, fig.end + (1 if text[fig.end : fig.end + 1] == " " else 0))
    return m is not None


def _metric_before(text: str, f: _Figure) -> bool:
    """"BLEU 35.2", "Dice score of 0.85", "F1: 0.93": a metric right before a bare figure."""
    fig = f.fig
    pre = text[max(f.clause, fig.start - 40) : fig.start]
    m = _SCORE_BEFORE.search(pre)
    tail = pre[: m.start()] if m else pre
    last = _last(metric_pattern(), tail, 0, len(tail))
    return last is not None and last.end() == len(tail)


def _inherit(text: str, prev: _Figure, prev_claim: _Claim, f: _Figure, c: _Claim) -> None:
    """"by 15% MAE, 13% MAE and 10% MAE", "+2.44% on A and +2.16% on B": say what the last one said."""
    gap = text[prev.fig.end : f.fig.start]
    if len(gap) > 60 or _CLAUSE_CUT.search(gap) or not regex.search(r",|\band\b|\bor\b", gap):
        return
    if _cue_pattern().search(gap) or _BASELINE_CUE.search(gap):
        return
    if c.effect is None and prev_claim.effect is not None and c.why.get("direction") is None:
        c.effect, c.cue = prev_claim.effect, prev_claim.cue
        c.why["direction"] = "dir:inherited"
    if c.metric is None and prev_claim.metric is not None:
        c.metric, c.metric_obj = prev_claim.metric, prev_claim.metric_obj
        c.why["metric"] = "metric:inherited"


def _inherit_after(prev_claim: _Claim, c: _Claim) -> None:
    if c.baseline is None and prev_claim.baseline is not None:
        c.baseline, c.baseline_ref = prev_claim.baseline, prev_claim.baseline_ref
        c.why["baseline"] = "baseline:inherited"


_LIST_ITEM = r"(?:the\s+)?([A-Z0-9][\w.\-/+@]*(?:\s[A-Z0-9][\w.\-/+@]*){0,2})"


@cache
def _list_pattern(n: int) -> regex.Pattern:
    middle = r",\s*".join([_LIST_ITEM] * (n - 1))
    return regex.compile(
        rf"(?P<lead>\b(?:on|in|across|than|over|compared\s+(?:to|with)|versus|vs\.?|against|outperform\w*)\s+)"
        rf"(?:the\s+)?{middle},?\s+(?:and|or)\s+{_LIST_ITEM}"
    )


def _respectively(ctx: DocContext, members: list[_Figure], claims: list[_Claim], seg_start: int, seg_end: int) -> None:
    """"on A and B ... 1% and 2% respectively": the i-th figure is bound to the i-th item."""
    n = len(members)
    text = ctx.text
    pattern = _list_pattern(n)
    tail = members[-1]
    found = pattern.search(text, tail.fig.end, tail.post)
    if found is None:
        found = _last(pattern, text, seg_start, members[0].fig.start)
    if found is None:
        return
    lead = found.group("lead").strip().casefold()
    role = "context" if lead in ("on", "in", "across") else "baseline"
    for i, c in enumerate(claims):
        s, e = found.span(i + 1)
        ref = _ref(ctx.mention_at(s, e), text)
        if role == "context":
            c.context, c.context_ref = text[s:e], ref
        else:
            c.baseline, c.baseline_ref = text[s:e], ref
        c.why[role] = f"{role}:respectively"


def attach(ctx: DocContext, seg_start: int, seg_end: int, figs: list, prev_start: int | None = None) -> list[FoundQuantity]:
    """Decide which figures of one sentence are claims; return them all as `FoundQuantity`."""
    text = ctx.text
    n = len(figs)
    frames = [
        _Figure(text, fig, figs[i - 1].end if i else seg_start, figs[i + 1].start if i + 1 < n else seg_end)
        for i, fig in enumerate(figs)
    ]
    in_title = ctx.title_end is not None and seg_end <= ctx.title_end
    heads: dict[int, int] = {}
    tails: dict[int, int] = {}
    for i, fig in enumerate(figs):
        heads.setdefault(fig.group, i)
        tails[fig.group] = i
    seg_has_we = bool(_PRONOUN_SUBJECT.search(text, seg_start, seg_end)) or (
        ctx.proposed is not None and ctx.proposed in text[seg_start:seg_end]
    )
    def clause_end(f: _Figure) -> int:
        cut = _CLAUSE_CUT.search(text, f.fig.end, seg_end)
        return cut.start() if cut else seg_end

    claims: list[_Claim | None] = []
    last_claim: tuple[_Figure, _Claim] | None = None
    for i, f in enumerate(frames):
        fig = f.fig
        c = _Claim()
        head, tail = frames[heads[fig.group]], frames[tails[fig.group]]
        _read_after(text, f, c)
        if c.metric is None and tail is not f:
            _read_after(text, tail, c)  # "25.48%, 21.69%, and 33.28% reduction in latency"
        _read_before(text, head, c)
        if last_claim is not None:
            _inherit(text, last_claim[0], last_claim[1], head, c)
        _read_direction(fig, c)
        kind = _claim_kind(text, f, c, seg_start, seg_has_we)
        if kind is None:
            claims.append(None)
            continue
        c.why["claim"] = kind
        if not in_title:
            _read_baseline(ctx, head, tail, c, seg_start, clause_end(tail))
            if last_claim is not None and "inherited" in c.why.get("direction", "") + c.why.get("metric", ""):
                _inherit_after(last_claim[1], c)
            _read_context(ctx, f if f is tail else tail, c, seg_start)
        _read_subject(ctx, c, seg_start, fig.start)
        claims.append(c)
        last_claim = (f, c)
    i = 0
    while i < n:
        j = tails[figs[i].group]
        if j > i and figs[i].respectively and not in_title and all(claims[k] is not None for k in range(i, j + 1)):
            _respectively(ctx, frames[i : j + 1], claims[i : j + 1], seg_start, seg_end)
        i = j + 1
    out: list[FoundQuantity] = []
    for fig, c in zip(figs, claims):
        found = fig.to_found()
        if c is not None:
            if found.unit is None or (found.unit == "count" and c.why["claim"].startswith("claim:score")):
                found.unit = "score"
            found.claim = FoundClaim(
                direction=c.direction,
                metric=c.metric,
                metric_ref=EntityRef(type="metric", name=c.metric_obj.name) if c.metric_obj is not None else None,
                subject=c.subject,
                subject_ref=c.subject_ref,
                baseline=c.baseline,
                baseline_ref=c.baseline_ref,
                context=c.context,
                context_ref=c.context_ref,
                rule=c.why["claim"],
                why=c.why,
            )
        out.append(found)
    return out
