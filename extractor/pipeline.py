"""Papers in, rows or `PaperResult`s out: the one engine-agnostic core that every backend calls.

A paper becomes ONE spaCy Doc (normalized title, a blank line, normalized abstract) so that
paper-level rules (the proposed method named in the title, "our method" later on) see the
whole paper. Components report spans in normalized-doc offsets; this module maps them back
through each section's offset map to sentence-relative offsets into the ORIGINAL text.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import get_args

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .models import (
    Alias,
    Claim,
    Direction,
    EntityRef,
    EntityType,
    FoundClaim,
    FoundMention,
    FoundQuantity,
    Mention,
    Paper,
    PaperResult,
    Qualifier,
    Quantity,
    Role,
    Sentence,
)
from .abbreviations import doc_text
from .rules_data import rules_hash
from .text import Normalized, add_affixes, add_special_cases, ext_key, normalize, sentence_chars, tokenize

SEPARATOR = "\n\n"
_TITLE_END = ext_key("sc_title_end")

# Component order matters: entities feed the claim attributes (subject, baseline, context).
COMPONENTS = ("sciclaims_segmenter", "sciclaims_abbreviations", "sciclaims_entities", "sciclaims_quantities")

# spaCy's tokenizer caches how each whitespace-separated chunk splits, up to 10,000 chunks by
# default, and caches nothing inside a memory zone (runner._MemoryZone): what the first papers
# of a process leave in the cache serves the whole run. The 10,000 priming papers of arXiv cs
# hold ~109k distinct chunks; caching them leaves 6% of the later chunks to split afresh (12%
# after 1,000 papers), for ~16 MB. Tokens are the same: the cache only memoizes the splitting.
TOKENIZER_CACHE = 150_000


def _register_components() -> None:
    # Importing a component module registers its factory with spaCy.
    from . import text  # noqa: F401
    for module in ("abbreviations", "entities", "quantities", "claims"):
        try:
            __import__(f"{__package__}.{module}")
        except ModuleNotFoundError as error:
            if error.name != f"{__package__}.{module}":
                raise


def build_nlp(components: Iterable[str] = COMPONENTS) -> Language:
    """The blank English pipeline with the project's rule-based components, built from rules/."""
    _register_components()
    nlp = spacy.blank("en")
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    add_affixes(nlp)
    add_special_cases(nlp)
    for name in components:
        if name in Language.factories:
            nlp.add_pipe(name)
    return nlp


@cache
def shared_nlp() -> Language:
    """One pipeline per process: loading it costs far more than a batch of papers."""
    return build_nlp()


# The modules whose code decides what a paper's rows are: a change to any of them makes stored rows stale even
# when neither the version nor a rule file changed (a `git pull` of a development checkout).
_EXTRACTION_MODULES = ("text", "abbreviations", "canonical", "lexicons", "rules_data", "entities", "quantities",
                       "claims", "models", "pipeline")


@cache
def code_hash() -> str:
    """sha1 over the extraction modules' source, the twin of `rules_hash` for code."""
    digest = hashlib.sha1()
    for name in _EXTRACTION_MODULES:
        digest.update(Path(__file__).with_name(f"{name}.py").read_bytes())
    return digest.hexdigest()[:12]


def extraction_hash() -> str:
    """Stored results are stale when the code version, the extraction code or any rule file changed."""
    return f"{__version__}+{rules_hash()}+{code_hash()}"


def content_hash(paper: Paper) -> str:
    """What extraction reads: a paper whose title and abstract are unchanged is not redone.

    Metadata-only changes (url, date, ...) are applied by `--force`; keeping them out of the
    hash also stops a paper listed twice with different metadata from being redone every run.
    """
    return _content_hash(paper.title, paper.abstract)


@lru_cache(maxsize=2048)
def _content_hash(title: str, abstract: str) -> str:
    """Memoized: a run hashes each paper twice (the skip check, then its rows), a batch apart."""
    return hashlib.sha1(f"{title}\x00{abstract}".encode("utf-8")).hexdigest()[:16]


class _Layout:
    """Where each section sits in the doc text, and how doc spans map to sentences.

    Sentences are kept as `SENTENCE_FIELDS` tuples: the hot path builds rows, not models.
    """

    __slots__ = ("paper", "title", "abstract", "abstract_offset", "sentences", "_starts", "_ends")

    def __init__(self, paper: Paper, title: Normalized, abstract: Normalized):
        self.paper = paper
        self.title = title
        self.abstract = abstract
        self.abstract_offset = len(title.text) + len(SEPARATOR)
        self.sentences: list[tuple] = []
        self._starts: list[int] = []  # doc offset where each sentence starts
        self._ends: list[int] = []

    def add_sentences(self, chars: Iterable[tuple[int, int]]) -> None:
        """Add the sentences at these (doc start, doc end) offsets, in order, as original text.

        A section that normalization left as it was (most of them) maps offsets by a shift,
        without a `Normalized.span` call per sentence."""
        paper = self.paper
        paper_id = paper.id
        sentences, starts, ends, offset = self.sentences, self._starts, self._ends, self.abstract_offset
        for doc_start, doc_end in chars:
            if doc_start < offset:
                section, base, norm, original = "title", 0, self.title, paper.title
            else:
                section, base, norm, original = "abstract", offset, self.abstract, paper.abstract
            start, end = doc_start - base, min(doc_end, base + len(norm.text)) - base
            ostart, oend = (start, end) if norm.segments is None and 0 <= start <= end else norm.span(start, end)
            while ostart < oend and original[ostart].isspace():
                ostart += 1
            while oend > ostart and original[oend - 1].isspace():
                oend -= 1
            if ostart >= oend:
                continue
            idx = len(sentences)
            sentences.append((f"{paper_id}:{idx}", paper_id, section, idx, ostart, oend, original[ostart:oend]))
            starts.append(doc_start)
            ends.append(doc_end)

    def locate(self, doc_start: int, doc_end: int) -> tuple[int, int, int] | None:
        """(sentence index, start, end) relative to that sentence's original text."""
        i = bisect_right(self._starts, doc_start) - 1
        if i < 0 or doc_end > self._ends[i]:
            return None
        sentence = self.sentences[i]
        if doc_start < self.abstract_offset:
            norm, base = self.title, 0
        else:
            norm, base = self.abstract, self.abstract_offset
        ostart, oend = doc_start - base, doc_end - base
        if norm.segments is not None or not ostart <= oend <= len(norm.text):
            ostart, oend = norm.span(ostart, oend)
        start, end = ostart - sentence[4], oend - sentence[4]
        if start < 0 or end > len(sentence[6]) or start >= end:
            return None
        return i, start, end


def make_doc(nlp: Language, paper: Paper) -> tuple[Doc, _Layout]:
    title, abstract = normalize(paper.title), normalize(paper.abstract)
    layout = _Layout(paper, title, abstract)
    text = title.text + SEPARATOR + abstract.text
    doc = tokenize(nlp, text)
    doc.user_data[_TITLE_END] = len(title.text)  # `doc._.sc_title_end = ...`, without an Underscore object
    # spaCy rebuilds doc.text from every token on each access; components read this copy instead.
    doc.user_data["sc_text"] = (len(doc), text)
    return doc, layout


# --- rows: what a processed doc becomes ----------------------------------------------------
#
# The hot path (worker processes, `process_rows`) builds plain tuples straight from the
# components' spans; `to_result` turns the same tuples into validated `PaperResult` models for
# callers that want models. Layouts, in order:
#
#   PackedResult    (packed paper, content hash, sentences, mentions, quantities, aliases)
#   packed paper    PAPER_FIELDS
#   sentence        SENTENCE_FIELDS
#   mention         MENTION_FIELDS
#   quantity        QUANTITY_FIELDS, `claim` being None or CLAIM_FIELDS with each *_ref as
#                   None or (type, name)
#   alias           ALIAS_FIELDS

PAPER_FIELDS = ("id", "title", "abstract", "source", "published", "url", "authors", "extra", "origin")
SENTENCE_FIELDS = ("id", "paper_id", "section", "idx", "start", "end", "text")
MENTION_FIELDS = ("sentence", "type", "text", "start", "end", "role", "rule", "entity")
QUANTITY_FIELDS = ("sentence", "text", "start", "end", "value", "low", "high", "from_value", "unit", "qualifier",
                   "rule", "claim")
CLAIM_FIELDS = ("direction", "metric", "metric_ref", "subject", "subject_ref", "baseline", "baseline_ref",
                "context", "context_ref", "rule")
ALIAS_FIELDS = ("type", "alias", "entity")

PackedPaper = tuple  # PAPER_FIELDS, in order
PackedResult = tuple  # (packed paper, content hash, sentences, mentions, quantities, aliases)

# What the models would refuse, checked by hand where the rows skip them: components build
# FoundQuantity/FoundClaim without validation (quantities.construct, model_construct).
_QUALIFIERS = frozenset(get_args(Qualifier)) | {None}
_DIRECTIONS = frozenset(get_args(Direction)) | {None}
_TYPES = frozenset(get_args(EntityType))
_ROLES = frozenset(get_args(Role)) | {None}


def pack_paper(paper: Paper) -> PackedPaper:
    return (paper.id, paper.title, paper.abstract, paper.source, paper.published, paper.url, paper.authors,
            paper.extra, paper.origin)


def _float(value) -> float | None:
    """What pydantic makes of a `float | None` field: an int becomes a float."""
    if value is None or type(value) is float:
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"not a number: {value!r}")
    return float(value)


def _ref(ref) -> tuple | None:
    return (ref.type, ref.name) if ref is not None else None


def _mention_rows(layout: _Layout, found: Iterable[FoundMention], doc: Doc) -> list[tuple]:
    normalized = doc_text(doc)
    sentences = layout.sentences
    rows = []
    for m in found:
        where = layout.locate(m.start, m.end)
        if where is None:
            continue
        i, start, end = where
        entity = m.entity or normalized[m.start : m.end]
        if not entity:
            raise ValueError(f"mention {m.start}-{m.end} ({m.rule}) has an empty entity name")
        if m.type not in _TYPES or m.role not in _ROLES:
            raise ValueError(f"mention {m.start}-{m.end}: type {m.type!r}, role {m.role!r}")
        rows.append((i, m.type, sentences[i][6][start:end], start, end, m.role, m.rule, entity))
    return rows


def _claim_row(c: FoundClaim) -> tuple:
    if c.direction not in _DIRECTIONS:
        raise ValueError(f"claim direction {c.direction!r}")
    return (c.direction, c.metric, _ref(c.metric_ref), c.subject, _ref(c.subject_ref), c.baseline,
            _ref(c.baseline_ref), c.context, _ref(c.context_ref), c.rule)


def _quantity_rows(layout: _Layout, found: Iterable[FoundQuantity]) -> list[tuple]:
    sentences = layout.sentences
    rows = []
    for q in found:
        where = layout.locate(q.start, q.end)
        if where is None:
            continue
        i, start, end = where
        if q.qualifier not in _QUALIFIERS:
            raise ValueError(f"quantity qualifier {q.qualifier!r}")
        rows.append((i, sentences[i][6][start:end], start, end, _float(q.value), _float(q.low), _float(q.high),
                     _float(q.from_value), q.unit, q.qualifier, q.rule,
                     _claim_row(q.claim) if q.claim is not None else None))
    return rows


def _layer(doc: Doc, name: str) -> list:
    """What a component left on the doc (`text.ext_key`); empty where that component is not in the pipeline."""
    return (doc.user_data.get(ext_key(name)) or []) if Doc.has_extension(name) else []


def to_rows(doc: Doc, layout: _Layout) -> PackedResult:
    """Map one processed doc back to original offsets, as plain rows (see the layouts above)."""
    layout.add_sentences(sentence_chars(doc))
    paper = layout.paper
    return (
        pack_paper(paper),
        content_hash(paper),
        layout.sentences,
        _mention_rows(layout, _layer(doc, "sc_mentions"), doc),
        _quantity_rows(layout, _layer(doc, "sc_quantities")),
        [(a.type, a.alias, a.entity) for a in _layer(doc, "sc_aliases")],
    )


def _entity_ref(ref: tuple | None) -> EntityRef | None:
    return None if ref is None else EntityRef(type=ref[0], name=ref[1])


def result_of(rows: PackedResult, paper: Paper) -> PaperResult:
    """The validated models of one paper's rows."""
    _, chash, sentences, mentions, quantities, aliases = rows
    out = []
    for q in quantities:
        values = dict(zip(QUANTITY_FIELDS, q))
        c = values["claim"]
        if c is not None:
            claim = dict(zip(CLAIM_FIELDS, c))
            for key in ("metric_ref", "subject_ref", "baseline_ref", "context_ref"):
                claim[key] = _entity_ref(claim[key])
            values["claim"] = Claim(**claim)
        out.append(Quantity(**values))
    return PaperResult(
        paper=paper,
        content_hash=chash,
        sentences=[Sentence(**dict(zip(SENTENCE_FIELDS, s))) for s in sentences],
        mentions=[Mention(**dict(zip(MENTION_FIELDS, m))) for m in mentions],
        quantities=out,
        aliases=[Alias(**dict(zip(ALIAS_FIELDS, a))) for a in aliases],
    )


def to_result(doc: Doc, layout: _Layout) -> PaperResult:
    """Map one processed doc back to original offsets, as validated models."""
    return result_of(to_rows(doc, layout), layout.paper)


def _processed(papers: Iterable[Paper], nlp: Language | None, batch_size: int) -> Iterator[tuple[Doc, _Layout]]:
    nlp = nlp or shared_nlp()
    layouts: deque[_Layout] = deque()

    def docs() -> Iterator[Doc]:
        for paper in papers:
            doc, layout = make_doc(nlp, paper)
            layouts.append(layout)
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield doc, layouts.popleft()


def process(papers: Iterable[Paper], nlp: Language | None = None, batch_size: int = 64) -> Iterator[PaperResult]:
    """The pure core: papers to results, streaming, in input order."""
    for doc, layout in _processed(papers, nlp, batch_size):
        yield to_result(doc, layout)


def process_rows(papers: Iterable[Paper], nlp: Language | None = None, batch_size: int = 64) -> list[PackedResult]:
    """`process` as plain rows, without building a model per sentence, mention and figure: what
    worker processes run (the rows cross the process boundary as they are)."""
    return [to_rows(doc, layout) for doc, layout in _processed(papers, nlp, batch_size)]


def process_batch(papers: list[Paper]) -> list[PaperResult]:
    """Entry point for callers that want models: no Docs leave the process."""
    return list(process(papers))
