"""The shared language between stages: readers, pipeline, extractors and store pass these.

Offsets: extractors work on a spaCy Doc built from *normalized* text and report `start`/`end`
into that text (`DocSpan`-style, via the `Found*` models). The pipeline maps them back through
the offset map and emits the final models below, whose `start`/`end` are relative to the
sentence's ORIGINAL text, exactly as the database stores them.
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

Section = Literal["title", "abstract"]
EntityType = Literal["method", "dataset", "benchmark", "metric", "task"]
Role = Literal["proposed", "mentioned"]
Direction = Literal["increase", "decrease"]
Qualifier = Literal["up_to", "at_least", "about", "over", "under"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


_setattr = object.__setattr__


def construct(cls, values: dict):
    """`cls.model_construct(**values)` without its per-call bookkeeping: `values` must name every
    field of `cls` in declaration order, with trusted (already normalized) values."""
    obj = cls.__new__(cls)
    _setattr(obj, "__dict__", values)
    _setattr(obj, "__pydantic_fields_set__", set(values))
    _setattr(obj, "__pydantic_extra__", None)
    _setattr(obj, "__pydantic_private__", None)
    return obj


class Paper(_Model):
    """One input record, as read; `origin` is `file:line` for error messages and provenance."""

    id: str
    title: str
    abstract: str
    source: str | None = None
    published: str | None = None
    url: str | None = None
    authors: str | None = None
    extra: dict[str, Any] = Field(default_factory=dict)
    origin: str | None = None


class Rejected(_Model):
    """An input record that could not be used; reported as `origin: reason` and counted."""

    origin: str
    reason: str


class EntityRef(_Model):
    """A pointer to a canonical entity by type and name; the store resolves it to `entities.id`."""

    type: EntityType
    name: str


# --- what extractors report, in normalized-doc character offsets -------------------------


class FoundMention(_Model):
    start: int
    end: int
    type: EntityType
    role: Role | None = None
    rule: str
    entity: str | None = None  # canonical name if not the surface text (e.g. acronym -> long form)


class Figure(_Model):
    """A normalized figure: `value`, or `low`/`high` for a range; `from_value` for "from A to B"."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    from_value: float | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None


class ClaimAttributes(_Model):
    """What makes a figure a claim: what it measures, about what, against what, on what."""

    direction: Direction | None = None
    metric: str | None = None
    metric_ref: EntityRef | None = None
    subject: str | None = None
    subject_ref: EntityRef | None = None
    baseline: str | None = None
    baseline_ref: EntityRef | None = None
    context: str | None = None
    context_ref: EntityRef | None = None
    rule: str


class FoundClaim(ClaimAttributes):
    """The claim attributes of a quantity; figures and span come from the owning quantity."""

    why: dict[str, str] = Field(default_factory=dict)  # attribute -> rule that set it (explain)


class FoundQuantity(Figure):
    start: int
    end: int
    rule: str
    claim: FoundClaim | None = None


class Abbreviation(_Model):
    """A Schwartz-Hearst pair found in the doc: `short` defined by `long` (doc offsets)."""

    short: str
    long: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int


# --- what the pipeline emits, in sentence-relative ORIGINAL offsets -----------------------


class Sentence(_Model):
    id: str
    paper_id: str
    section: Section
    idx: int
    start: int
    end: int
    text: str


class Mention(_Model):
    sentence: int  # index into PaperResult.sentences
    type: EntityType
    text: str
    start: int
    end: int
    role: Role | None = None
    rule: str
    entity: str = Field(min_length=1)  # canonical name within this paper; the store merges across the corpus


class Claim(ClaimAttributes):
    pass


class Quantity(Figure):
    sentence: int  # index into PaperResult.sentences
    text: str
    start: int
    end: int
    rule: str
    claim: Claim | None = None


class Alias(_Model):
    """`alias` (an acronym or variant as written) names the entity `type`/`entity`."""

    type: EntityType
    alias: str
    entity: str


class PaperResult(_Model):
    """Everything extracted from one paper: the unit the store writes in one transaction."""

    paper: Paper
    content_hash: str
    sentences: list[Sentence]
    mentions: list[Mention] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    aliases: list[Alias] = Field(default_factory=list)


class RunSummary(_Model):
    papers: int = 0
    skipped: int = 0
    sentences: int = 0
    mentions: int = 0
    quantities: int = 0
    claims: int = 0
    rejected: int = 0
    seconds: float = 0.0


# --- what `sciclaims export` writes, one record per paper ----------------------------------


class ExportMention(_Model):
    text: str
    entity: str
    role: Role | None = None
    sentence: int
    start: int


class ExportClaim(_Model):
    text: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    from_value: float | None = None
    unit: str
    direction: Direction | None = None
    metric: str | None = None
    qualifier: Qualifier | None = None
    subject: str | None = None
    baseline: str | None = None
    context: str | None = None
    rule: str | None = None
    sentence_idx: int
    sentence: str


class ExportRecord(_Model):
    id: str
    title: str
    abstract: str
    source: str | None = None
    published: str | None = None
    url: str | None = None
    authors: str | None = None
    extra: dict[str, Any] = Field(default_factory=dict)
    entities: dict[EntityType, list[ExportMention]] = Field(default_factory=dict)
    claims: list[ExportClaim] = Field(default_factory=list)


# --- unvalidated builders for the hot path ---------------------------------------------------
# Validating a model costs more than building it; these skip validation only where it would
# return the values unchanged (plain str and int fields, a known entity type), and validate
# otherwise, so any error is the one the model itself raises.

_ENTITY_TYPES = frozenset(get_args(EntityType))


def entity_ref(type_: str, name: str) -> EntityRef:
    """`EntityRef(type=type_, name=name)`."""
    if type(type_) is str and type_ in _ENTITY_TYPES and type(name) is str:
        return construct(EntityRef, {"type": type_, "name": name})
    return EntityRef(type=type_, name=name)


def alias(type_: str, alias_: str, entity: str) -> Alias:
    """`Alias(type=type_, alias=alias_, entity=entity)`."""
    if type(type_) is str and type_ in _ENTITY_TYPES and type(alias_) is str and type(entity) is str:
        return construct(Alias, {"type": type_, "alias": alias_, "entity": entity})
    return Alias(type=type_, alias=alias_, entity=entity)


def abbreviation(short: str, long: str, short_start: int, short_end: int, long_start: int, long_end: int) -> Abbreviation:
    """`Abbreviation(...)` from the detector's own slices and offsets."""
    values = {"short": short, "long": long, "short_start": short_start, "short_end": short_end,
              "long_start": long_start, "long_end": long_end}
    if all(type(v) is (str if k in ("short", "long") else int) for k, v in values.items()):
        return construct(Abbreviation, values)
    return Abbreviation(**values)
