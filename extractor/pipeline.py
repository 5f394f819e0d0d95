"""Papers in, `PaperResult`s out: the one engine-agnostic core that every backend calls.

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
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .models import (
    Claim,
    FoundClaim,
    FoundMention,
    FoundQuantity,
    Mention,
    Paper,
    PaperResult,
    Quantity,
    Sentence,
)
from .abbreviations import doc_text
from .rules_data import rules_hash
from .text import Normalized, add_special_cases, normalize

SEPARATOR = "\n\n"

# Component order matters: entities feed the claim attributes (subject, baseline, context).
COMPONENTS = ("sciclaims_segmenter", "sciclaims_abbreviations", "sciclaims_entities", "sciclaims_quantities")


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
    add_special_cases(nlp)
    for name in components:
        if name in Language.factories:
            nlp.add_pipe(name)
    return nlp


@cache
def shared_nlp() -> Language:
    """One pipeline per process: loading it costs far more than a batch of papers."""
    return build_nlp()


def extraction_hash() -> str:
    """Stored results are stale when the code version or any rule file changed."""
    return f"{__version__}+{rules_hash()}"


def content_hash(paper: Paper) -> str:
    """What extraction reads: a paper whose title and abstract are unchanged is not redone.

    Metadata-only changes (url, date, ...) are applied by `--force`; keeping them out of the
    hash also stops a paper listed twice with different metadata from being redone every run.
    """
    return hashlib.sha1(f"{paper.title}\x00{paper.abstract}".encode("utf-8")).hexdigest()[:16]


class _Layout:
    """Where each section sits in the doc text, and how doc spans map to sentences."""

    def __init__(self, paper: Paper, title: Normalized, abstract: Normalized):
        self.paper = paper
        self.norms = {"title": title, "abstract": abstract}
        self.originals = {"title": paper.title, "abstract": paper.abstract}
        self.abstract_offset = len(title.text) + len(SEPARATOR)
        self.sentences: list[Sentence] = []
        self._starts: list[int] = []  # doc offset where each sentence starts
        self._ends: list[int] = []

    def section_at(self, doc_offset: int) -> tuple[str, int]:
        if doc_offset < self.abstract_offset:
            return "title", 0
        return "abstract", self.abstract_offset

    def add_sentence(self, doc_start: int, doc_end: int) -> None:
        section, base = self.section_at(doc_start)
        norm = self.norms[section]
        ostart, oend = norm.span(doc_start - base, min(doc_end, base + len(norm.text)) - base)
        original = self.originals[section]
        while ostart < oend and original[ostart].isspace():
            ostart += 1
        while oend > ostart and original[oend - 1].isspace():
            oend -= 1
        if ostart >= oend:
            return
        idx = len(self.sentences)
        self.sentences.append(
            Sentence(
                id=f"{self.paper.id}:{idx}",
                paper_id=self.paper.id,
                section=section,
                idx=idx,
                start=ostart,
                end=oend,
                text=original[ostart:oend],
            )
        )
        self._starts.append(doc_start)
        self._ends.append(doc_end)

    def locate(self, doc_start: int, doc_end: int) -> tuple[int, int, int] | None:
        """(sentence index, start, end) relative to that sentence's original text."""
        i = bisect_right(self._starts, doc_start) - 1
        if i < 0 or doc_end > self._ends[i]:
            return None
        sentence = self.sentences[i]
        section, base = self.section_at(doc_start)
        ostart, oend = self.norms[section].span(doc_start - base, doc_end - base)
        start, end = ostart - sentence.start, oend - sentence.start
        if start < 0 or end > len(sentence.text) or start >= end:
            return None
        return i, start, end


def make_doc(nlp: Language, paper: Paper) -> tuple[Doc, _Layout]:
    title, abstract = normalize(paper.title), normalize(paper.abstract)
    layout = _Layout(paper, title, abstract)
    text = title.text + SEPARATOR + abstract.text
    doc = nlp.make_doc(text)
    doc._.sc_title_end = len(title.text)
    # spaCy rebuilds doc.text from every token on each access; components read this copy instead.
    doc.user_data["sc_text"] = (len(doc), text)
    return doc, layout


def _mentions(layout: _Layout, found: Iterable[FoundMention], doc: Doc) -> Iterator[Mention]:
    normalized = doc_text(doc)
    for m in found:
        where = layout.locate(m.start, m.end)
        if where is None:
            continue
        i, start, end = where
        yield Mention(
            sentence=i,
            type=m.type,
            text=layout.sentences[i].text[start:end],
            start=start,
            end=end,
            role=m.role,
            rule=m.rule,
            entity=m.entity or normalized[m.start : m.end],
        )


def _quantities(layout: _Layout, found: Iterable[FoundQuantity]) -> Iterator[Quantity]:
    for q in found:
        where = layout.locate(q.start, q.end)
        if where is None:
            continue
        i, start, end = where
        claim = _claim(q.claim) if q.claim is not None else None
        yield Quantity(
            sentence=i,
            text=layout.sentences[i].text[start:end],
            start=start,
            end=end,
            value=q.value,
            low=q.low,
            high=q.high,
            from_value=q.from_value,
            unit=q.unit,
            qualifier=q.qualifier,
            rule=q.rule,
            claim=claim,
        )


def _claim(found: FoundClaim) -> Claim:
    return Claim(**found.model_dump(exclude={"why"}))


def _layer(doc: Doc, name: str) -> list:
    """What a component left on the doc; empty where that component is not in the pipeline."""
    return (getattr(doc._, name) or []) if Doc.has_extension(name) else []


def to_result(doc: Doc, layout: _Layout) -> PaperResult:
    """Map one processed doc back to original offsets."""
    for sent in doc.sents:
        layout.add_sentence(sent.start_char, sent.end_char)
    found_mentions = _layer(doc, "sc_mentions")
    found_quantities = _layer(doc, "sc_quantities")
    aliases = _layer(doc, "sc_aliases")
    return PaperResult(
        paper=layout.paper,
        content_hash=content_hash(layout.paper),
        sentences=layout.sentences,
        mentions=list(_mentions(layout, found_mentions, doc)),
        quantities=list(_quantities(layout, found_quantities)),
        aliases=aliases,
    )


def process(papers: Iterable[Paper], nlp: Language | None = None, batch_size: int = 64) -> Iterator[PaperResult]:
    """The pure core: papers to results, streaming, in input order."""
    nlp = nlp or shared_nlp()
    layouts: deque[_Layout] = deque()

    def docs() -> Iterator[Doc]:
        for paper in papers:
            doc, layout = make_doc(nlp, paper)
            layouts.append(layout)
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield to_result(doc, layouts.popleft())


def process_batch(papers: list[Paper]) -> list[PaperResult]:
    """Entry point for worker processes and distributed engines: no Docs leave the process."""
    return list(process(papers))
