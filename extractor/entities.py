"""Methods, datasets, benchmarks, metrics and tasks named in a paper, typed, and the paper's own marked.

Names come from three kinds of evidence, all in rules/: gazetteers (PhraseMatcher), name shapes
("DiskGNN", "XRF55", "Llama-3") and acronym definitions from the abbreviation component. A shape
alone is not a name: an all-capital word (NLP, RFID) or a capitalised word (Ginex) needs a
context cue ("such as", "compared with", "on the ... datasets"); mixed-case and digit shapes
need none. Context then types a name (dataset/benchmark/method) and tells the paper's own
(`proposed`) from others' (`mentioned`): a proposal verb or "our" before it, "is proposed" or
"is a novel ..." after it, and the title ("Name: ...", "Name for ..." when the abstract names it
too). Decisions are per paper, so every mention of a name gets the same type, role and entity.

Entity naming: an acronym defined in the paper names its entity, and its long form is an alias
of it ("XTRA" for "Model-Based Cross-Task Transfer (XTRA)"): methods and datasets are cited by
acronym across papers far more consistently than by their spelled-out form. Other mentions are
named as written; `canonical.entity_key` merges spelling variants across the corpus. Metrics
take the canonical name of the shared metric lexicon (`lexicons.load_metrics`).
"""

from __future__ import annotations

import json
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

import regex
from spacy.language import Language
import numpy
from spacy.attrs import SENT_START
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .abbreviations import doc_text
from .canonical import entity_key
from .lexicons import load_common_words, load_entity_words
from .models import Abbreviation, Alias, EntityRef, FoundMention, alias, construct, entity_ref
from .text import ext_key, sentence_starts, token_offsets
from .rules_data import read_lines, read_tsv

for _name in ("sc_mentions", "sc_aliases", "sc_abbreviations", "sc_title_end"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

NAMED = ("method", "dataset", "benchmark")
# Equal spans: the more specific source wins.
PRIORITY = {"metric": 5, "abbreviation": 4, "proposed": 4, "gazetteer": 3, "shape": 1, "task": 0}
# shapes whose name may go on in Title-Case words after a naming verb: "We present Frost Training", "we propose
# BLMM Crystal Transformer", "we introduce ACFamNet Pro", "we propose LayerNorm Scaling"
_RUN_SHAPES = frozenset(("shape.title", "shape.caps", "shape.mixed"))
_ENTITY_WORDS = load_entity_words()  # rules/entity_words.tsv


def _words_as_written(role: str) -> frozenset[str]:
    """The words of one rules/entity_words.tsv role as written (for case-sensitive roles)."""
    return frozenset(row["word"] for row in read_tsv("entity_words.tsv") if row["role"] == role)


def _alternation(words) -> str:
    """A regex alternation of words, escaped, longest first."""
    return "|".join(map(regex.escape, sorted(words, key=lambda w: (-len(w), w))))


def _as_written_alternation(role: str) -> str:
    """A regex alternation of one case-sensitive role's words."""
    return _alternation(_words_as_written(role))


class _TriedAt:
    """A pattern whose `search` and `finditer` answer as its own but try it only at the positions `starts(text, pos,
    end)` gives, in increasing order, where every match of it must start. The regex module tries a pattern at every
    character, and one opening with an alternation of words costs it 10-100 µs over an abstract."""

    __slots__ = ("starts", "pattern")

    def __init__(self, starts, pattern: str):
        self.starts = starts
        self.pattern = regex.compile(pattern)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        done, match = pos, self.pattern.match
        for i in self.starts(text, pos, end):
            if i >= done and (m := match(text, i, end)) is not None:
                done = m.end()  # finditer does not look inside a match (none is empty)
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return next(self.finditer(text, pos, endpos), None)


def _occurrences(text: str, literal: str, pos: int = 0, end: int | None = None):
    """Every start of `literal` in text[pos:end], by `str.find`: the cheap scan before a regex that needs it."""
    end = len(text) if end is None else end
    i = text.find(literal, pos, end)
    while i >= 0:
        yield i
        i = text.find(literal, i + 1, end)


def _word_starts(*words: str):
    """Where any of `words` occurs (as written): the starts of a pattern opening with one of them."""

    def starts(text: str, pos: int, end: int) -> list[int]:
        return sorted(i for w in words for i in _occurrences(text, w, pos, end))

    return starts


_WORD_THEN_COLON = regex.compile(r"(?r)[\w-]+\s*")  # searched backwards from a colon


def _word_before_colon(text: str, pos: int, end: int):
    """Where the run of word characters right before a colon (spaces between) starts: the starts of a pattern
    matching a whole such word (a look-behind for a word character before it) and the colon after it."""
    i = text.find(":", pos, end)
    while i >= 0:
        run = _WORD_THEN_COLON.search(text, pos, i)
        if run is not None and run.end() == i:
            yield run.start()
        i = text.find(":", i + 1, end)


_LIST_GAP = regex.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/|&\s*)\s*")
_APPOSITIVE = regex.compile(r", an? ")
_PAREN_GAP = regex.compile(r" ?\([^()]{1,80}\)")
# an appositive whose head noun types the name before it: ", a(n) ...", ", the first ..." (TYPE votes only)
_TYPE_APPOSITIVE = regex.compile(r" ?(?:[,:]| [-–—]) (?:an?|the (?:first|largest|only|large-scale|new|novel)) ")  # also "GIQ , a ...", "TextuRig: a ...", "PhysXNet - the first ..."
# the same after a list of names: a count or nothing, then up to three modifiers before a plural head ("A and B, two
# new benchmarks that ...", "A and B, two novel multi-task datasets that ...")
_PLURAL_APPOSITIVE = regex.compile(r" ?, (?:(?:two|three|four|five|both) )?(?=(?:(?![\w-]*ing )[a-z][\w-]* ){0,3}?(?P<head>[a-z]+s)"
                                    r"(?: (?:that|which|for|to|with)\b|[,.;(]))")
# "Arbor is a ...", "Morfette, a ...": a capitalised name opening a sentence and described (_title_is_a)
_IS_A = regex.compile(r"(?<![\w-])([A-Z][\w]*(?:-\w+)*)(?: is|,) an? ")
_IS_A_AT = regex.compile(r"(?: is|,) an? ")  # where an _IS_A match's name ends: a cheap literal scan
_RUN_BEFORE = regex.compile(r"(?r)[\w-]+")  # searched backwards: the run of word characters before a point
_INTRO_PREPS = _ENTITY_WORDS["intro_prep"].words
# platforms of stop_names.txt that name a dataset right before a data head ("the Twitter dataset", "Reddit corpus")
_DATA_PLATFORMS = _ENTITY_WORDS["data_platform"].words
_HARDWARE_AFTER = regex.compile(rf"[ \t]+(?i:{_alternation(_ENTITY_WORDS['hardware_head'].words)})\b")  # "Titan X GPUs"
_PHRASE_ENDS = _ENTITY_WORDS["phrase_end"].words
# "Name: a Large Subcategorization Lexicon for ...": the description after a title's prefix heads in a data noun
_BENCH_NAME = regex.compile(r"Bench\b|Bench(?=[-\d])|-bench\b|Arena\b|Leaderboard\b")  # "VLADriveBench", "MM-Bench-2"
_TITLE_DATA = regex.compile(r"\s*(?:(?:An?|The|an?)\s+)?(?:(?!(?:for|of|with|from|on|in|to|via|and)\b)[\w/.-]+,?\s+){0,5}?"
                            r"(Corpus|Corpora|Treebanks?|Lexicon|Datasets?|Data Set|Benchmarks?|Database|Collection"
                            r"|corpus|corpora|datasets?|benchmarks?)(?![\w-])")  # also "A Fine-Grained, Expert-Verified
# Benchmark for ...", "a new Persian sentiment analysis dataset on Twitter"
# the head of a Title-Case long form (or the noun after its acronym) naming a part of the paper's method
_AFTER_DEFINITION = regex.compile(r"\)\s+([A-Za-z]+)\b")  # "(LARY) Benchmark", "(Sentimatic) methodology"
_DATA_HEADS = _ENTITY_WORDS["data_head_after_acronym"].words
# a lower-case data head that ends the name's phrase ("(RSRT) dataset, a new ...", "(PIO) benchmark that"), not
# one inside a longer noun ("(PO) dataset construction strategy")
_DATA_HEAD_END = regex.compile(r"\s*(?:[,.;:)(]|$|\s(?:that|which|for|to|with|of|and|in|on|from|as|by|is|was|are|were|has|"
                               r"comprising|containing|consisting|covering|including|designed|built|collected|constructed|"
                               r"created|derived|spanning|featuring)\b)")
_BIT_CONFIG = regex.compile(r"W\d{1,2}A\d{1,2}(?:KV\d{1,2})?")
_GROUP_NOUNS = _ENTITY_WORDS["group_noun"].words
_DATA_THINGS = _ENTITY_WORDS["data_thing"].words  # "a pretraining data resource"
_LATEX_WRAP = regex.compile(r"\\[a-z]+\{([^{}\\]+)\}")
# the last word of a long form that names a measure ("... Success Rate (ASR)", "... Distance (FID)"), singular
_MEASURE_LAST_WORDS = _ENTITY_WORDS["measure_last_word"].words
_BENCH_NOT_NAME = _ENTITY_WORDS["bench_not_name"].words  # "test-bench", "work-bench": no benchmark's name
# a verb that builds data right before a pair's long form: "we develop the ... (DSIA) dataset"
_BUILT_BEFORE = regex.compile(r"(?i)\b(?:construct|build|built|develop|introduc|present|creat|collect|curat|releas|compil|"
                              r"propos|contribut)\w*\s+(?:(?:a|an|the|our|new|novel|first|large-scale|high-quality|"
                              r"comprehensive|public(?:ly available)?)\s+){0,3}$")
_APPOSITIVE_KEY = "\x00"  # votes[_APPOSITIVE_KEY + key]: the types an appositive gave the name, apart
_NOT_NAME_PARTS = _ENTITY_WORDS["not_name_part"].words  # "LLM-based IIE pipeline"
_ADJ_JOINS = _ENTITY_WORDS["adj_join"].words  # coordinated modifiers before an appositive's head noun
_TOOL_NOUNS = _ENTITY_WORDS["tool_noun"].words  # singular: "(SCR) methods", "(CTDE) techniques" name families
_OLD_PART_HEADS = _ENTITY_WORDS["part_head"].words
# (session 11) also unit ... decoder, right after "a/an" ("a Spike Convolution Unit (SCU)") or after "the" before a verb
# or a clause ("the Stepped Text Encoder (STE) integrates"; not "to constrain the Action Unit (AU) learning")
_PART_HEADS = _OLD_PART_HEADS | _ENTITY_WORDS["part_head_article"].words
_PART_ARTICLE = regex.compile(r"(?<![\w-])(?:an?|the)\s+(?:(?:novel|new|dedicated|lightweight|learnable)\s+)?$")
_PART_AFTER_THE = regex.compile(rf"\)\s*(?:[,;:]|[a-z]+s\b|(?:{_alternation(_ENTITY_WORDS['part_head_article'].words)})\b)")
_VENUE_BEFORE = regex.compile(r"\b(?:published|presented|accepted|appear(?:s|ed|ing)?)\s+(?:at|in|to|on)\s+(?:the\s+)?$")
_OTHERS_PARTS = ("including", "such as", "e.g.", "existing", "original", "prior", "previous", "baseline", "like ",
                 "standard", "conventional", "popular", "widely")


def _others_parts(lead: str) -> bool:
    """"attention mechanisms, including GAM", "the original X (OX) module": the pair is someone else's part. Read
    in the pair's own clause ("fuses the original image ..., followed by a Task-Adaptive Prior Injection (TAPI)
    module" is the paper's), or the whole lead where a list goes on ("such as A, B, and the C (CM) module")."""
    cut = max(lead.rfind(", "), lead.rfind("; "), lead.rfind(": "))
    clause = lead[cut + 2 :] if cut >= 0 else lead
    if not clause.strip() or clause.startswith(("and ", "or ")):
        clause = lead
    return any(w in clause for w in _OTHERS_PARTS)


_LOWER_JOINS = _ENTITY_WORDS["lower_join"].words
# a size or tier written onto a proposed name ("PERIA-8B", "Pythagoras-Prover-32B"): the paper's own model too
_SIZE_TAIL = regex.compile(r"\d{1,4}(?:\.\d)?[bmk]|large|base|small|mini|tiny|lite|xl")
_VERSION = regex.compile(r"(?: [vV]?\d{1,2}(?:\.\d{1,2})?(?: \d{1,3}(?:\.\d)?[BM])?| \d{1,3}(?:\.\d)?[BM])"
                         r"(?![\w%×.]|\.\d| ?(?:%|x\b|times|points|pp\b|ms\b|s\b|GB|MB))")
# "a GMI-based joint design", "a Shiryaev-type policy": a name as a modifier, not the thing proposed
_MODIFIER_TAIL = regex.compile(r"-(?:based|type|like|style|driven|guided|aware|inspired|enhanced|assisted|powered"
                               r"|specific|free|compatible|centric|derived|augmented|conditioned|enabled|oriented)\b")
# After "our"/"the proposed" a verb or adverb ends the noun phrase: "our pipeline uses YOLOv8-Nano", "the proposed
# prior substantially improves CFR reconstruction" name no own thing after it.
_OUR_VERBS = _ENTITY_WORDS["our_verb"].words
_STOP_AFTER_TRIGGER = _ENTITY_WORDS["stop_after_trigger"].words
# an ordinary word with an acronym's letters capitalised ("gEnerative", "HARmonizing"), not two joined words ("MixUp")
_CAMEL = regex.compile(r"(?:[A-Z][a-z]+){2,}")
_LAST_CAPITAL = regex.compile(r"[A-Z][a-z]+[A-Z]")
_OPEN_QUOTES = {'"', "“", "``"}
_KIND_OF = _ENTITY_WORDS["kind_of"].words  # "an improved CFG"
_PREPOSITIONS = _ENTITY_WORDS["preposition"].words
_SKIP_AFTER_TRIGGER = _ENTITY_WORDS["skip_after_trigger"].words
_PREFIXES = _ENTITY_WORDS["prefix"].words
# Lower-case endings that belong to a model's name ("BERT-base", "Llama-3-instruct").
_VARIANT_WORDS = _ENTITY_WORDS["variant_word"].words
# Before "on" these make it no evaluation context: "based on FooNet", "we focus on LambdaRank".
_NOT_EVAL_ON = _ENTITY_WORDS["not_eval_on"].words
# Before "called"/"we term" these name no method: the name is a task, a phenomenon or a data set.
_NOT_METHOD_NOUNS = _ENTITY_WORDS["not_method_noun"].words
_NAMING = _ENTITY_WORDS["naming_verb"].words
_SUBJECTS = _ENTITY_WORDS["own_subject"].words
# After these, a PROPOSE verb may take its subject from earlier in the sentence ("we argue that ... and
# propose X", "we address this by introducing X"); the look-back stops at a sentence mark.
_COORDINATORS = _ENTITY_WORDS["coordinator"].words  # "to": "we aim to propose X"
_SUBJECT_REACH = 30
_WE = {"we"}  # the only subject read that far back ("prior work ... and proposed X" is not ours)
_SENT_BREAKS = {".", ";", ":", "?", "!"}
# "(1) Dynamic Range Expansion, which ...": a Title-Case run of 2-5 words after an enumeration marker, then a clause
_ENUM_PART = regex.compile(r"\((?:[1-9]|i{1,3}|iv|[a-d])\)\s+([A-Z][\w]*(?:-[\w]+)*(?:\s+[A-Z][\w]*(?:-[\w]+)*){1,4})"
                           r"(?=,\s+(?:which|that|where|a|an|[a-z]{3,}ing)\s|\s+\([A-Z])")
_PART_OPENING = regex.compile(r"\s*(?:(?:First|Firstly|Second|Secondly|Third|Thirdly|Then|Next|Finally|Lastly|Additionally|"
                              r"Moreover|Furthermore|Besides|Specifically|Meanwhile|In addition|Subsequently),?\s+)?")
_PART_VERB = regex.compile(r"(?:then |further |also |first |finally )?[a-z]{3,}(?<!ss)s(?![\w-])(?! (?:are|were|have|of|and|or)\b)")
# "(EMR) then refines", not a plural noun: "Low-frequency (LF) slices are encoded first"
_DIM_WORD = regex.compile(r"[1-9]D")  # "3D", "4D" inside a Title-Case name run
_BUILT_ON = _ENTITY_WORDS["built_on"].words
_OWN_PARTICIPLES = _ENTITY_WORDS["own_participle"].words  # "our proposed Instance-level Contrastive Distillation (ICD)"
_FOR_AND = regex.compile(r" for [^,.;:()]{1,50}? and (?!an? |the )(?=[A-Z])")
_GATHER_VERBS = _ENTITY_WORDS["gather_verb"].words
_BUILD_VERBS = _ENTITY_WORDS["build_verb"]  # "we construct a new synthetic dataset, RPHarmony"
# a verb, "a(n)", up to six words with no preposition or clause word, a singular data head and a comma, right before
# a name: the name is the data set the sentence builds ("we introduce a real-world dataset, RealMisSR, to ...")
_BUILT_DATA = regex.compile(
    r"(?<![\w-])([A-Za-z]+)\s+(?:also\s+)?an?\s+(?:(?!(?:on|in|of|for|from|with|to|by|and|or|which|that|using)\s)"
    r"[\w-]+\s+){0,6}?(dataset|data set|benchmark|corpus|database|testbed)\s?,\s+(?:(?:called|named|dubbed|termed)\s+)?$")
# the cheap test `_BUILT_DATA` needs to pass, so that the costly one runs only near ", " after a data word
_BUILT_DATA_HINT = regex.compile(r"(?:dataset|data set|benchmark|corpus|database|testbed)\s?,")
_OUR_EARLIER = _ENTITY_WORDS["our_earlier"].words
_EARLIER = _ENTITY_WORDS["others_marker"].words  # "Recently, X is proposed", "Several techniques such as PRAC were proposed"
_SPLIT = regex.compile(r"[\s-]+")
_OWN_LONG_FORM = regex.compile(r"[A-Z][\w-]*(?: (?:of|for|and|with|in|on|to|the|[A-Z][\w-]*))*(?<!s) [A-Z][\w-]*(?<!s)")
_CAPS_S = regex.compile(r"\b[A-Z0-9][A-Z0-9-]*[A-Z]S\b")  # "MASS", "DMS": an acronym, not a plural
_CAPS_S_AT = regex.compile(r"(?<=[A-Z])S")  # what _CAPS_S needs: a literal scan, 8x faster than its own
_DEFINED_AFTER = regex.compile(r" \(([\w-]+)\)")  # "Key-Value (KV)": the acronym a run defines
_LOWER_PART = regex.compile(r"-[a-z]")  # "DPO-tuned", "CLIP-based": a known name in a compound modifier
_PAREN_ACRONYM = regex.compile(r" \([^()]{1,60}\)")  # "(GRPO)", "(Low-Rank Adaptation)" after a name
_COMPOUND_TAIL = regex.compile(r"(?:-[\w.]+)*")  # the rest of a hyphenated compound
_WORD_OF = regex.compile(r"(\w+) of ")  # "University of Maryland": a stop word, then "of"
_STEM = regex.compile(r"[\d.]+$")
_DETERMINERS = _ENTITY_WORDS["determiner"].words
# between "our" and a listed name: up to three lower-case words that do not make it the paper's own
_APPLIED_GAP = regex.compile(rf"(?:\s+(?!(?:{_alternation(_ENTITY_WORDS['not_applied'].words)})\b)"
                             r"[a-z][\w-]*){0,3}\s+")
_TRIGGERS = frozenset({"PROPOSE", "CALLED", "OUR", "PASSIVE", "INTRODUCES"})
_CUES = frozenset({"LIST", "CALLED", "PROPOSE", "OUR"})
_BEFORE_LABELS = _CUES | {"DATA_BEFORE", "ON", "ON_THE", "DATA_LIST", "DATA_LIST_COMMA"}  # read where a name starts
# before "benchmarks X" the word makes "benchmarks" a verb ("a testbed that benchmarks LLMs"), not a data head
_VERB_SUBJECTS = _ENTITY_WORDS["verb_subject"].words
_OPENING_PREPS = _ENTITY_WORDS["opening_prep"].words
_AFTER_LABELS = frozenset({"DATA_AFTER", "METHOD_AFTER"})  # read where a name ends
_EMPTY: frozenset[str] = frozenset()
_START = attrgetter("start")
_TITLE_PREFIX = regex.compile(r"\s*([^:]{2,60}?)(?:\s*:(?:\s|(?<=\):)(?=[A-Z]))|\s+(?:--|-|–|—)\s)")
# "Intelligence Impact Quotient (IIQ): A Framework ...": a title prefix defining its acronym
# "a simple and effective SnapshotRL baseline algorithm, S3RL, which": a description, its head noun, the name
_HEAD_APPOSITIVE = regex.compile(r"(?:an?|the)\s+(?P<words>(?:[\w/-]+,?\s+){0,7}?)(?P<head>[a-z]+),\s+(?:the\s+)?")
_HEAD_APPOSITIVE_END = regex.compile(r"\s*(?:[,.;:(]|(?:which|that|to|for|with)\b)")
_NOT_LONG_FORM = regex.compile(r"(?i)(?<![\w-])(?:using|leveraging|exploiting|based|towards?)(?![\w])")  # what it uses or does
# (not a hyphen part: "EVDI++: Event-based Video Deblurring and Interpolation via ..." spells its name)
_SCALED = _ENTITY_WORDS["scaled"].words
_AFTER_ON_LIST = _ENTITY_WORDS["after_data_list"].words  # may follow a list of data
# A metric acronym with a lower-case letter or a hyphenated word before it is a variant of the metric, no method
# ("mF1", "mDice", "tIoU", "SegF1", "BERTScore-F1", "Self-BLEU"; not "-IoU": "Wise-IoU" is a loss)
_METRIC_VARIANT = regex.compile(r"(?:[a-z]|Seg)(?:F1|IoU|Acc|AUC|AP|Dice|SSIM|PSNR|BLEU)|[A-Za-z][\w]*-(?:F1|BLEU)")
_MODEL_TIER = regex.compile(rf"[ -](?:{_as_written_alternation('model_tier')})(?:-\d+(?:\.\d+)?)?(?![\w-])")
_VARIANT_NOT_NAME = _ENTITY_WORDS["variant_not_name"].words
# a hyphenated part after a model's name that belongs to it: a size, a version, a patch tag, a variant word or a
# capitalised word that is no adjective tail ("Gemma-3-4B-it", "Llama 3.1-8B", "ViT-B/16", "Whisper v3-large",
# "o3-mini-high", "Qwen-Image", "Llama-Guard", "Swin-Transformer"; not "CLIP-Guided", "BERT-Based")
_HYPHEN_VARIANT = regex.compile(
    r"-(?:\d+(?:\.\d+)?[BMKT](?!\w|\.\w)|[vV]\d+(?:\.\d+)*(?!\w|\.\w)|[A-Z]/\d+(?!\w|\.\w)"
    rf"|(?i:{_alternation(_ENTITY_WORDS['variant_word'].words | {'it', 'high', 'low'})})(?!\w|\.\w)"
    rf"|(?!(?i:{_alternation(_ENTITY_WORDS['adj_tail'].words | _VARIANT_NOT_NAME)})(?![\w]))"
    r"[A-Z][a-z]+(?<!ed)(?<!ing)(?!\w|-|\.\w))")  # (not "Minos-Corpus", "Alpaca-Eval", "Search-Inspired")
_BENCHMARK_TIER = regex.compile(rf" (?:{_as_written_alternation('benchmark_tier')})(?![\w?-])")
_BEATS = _ENTITY_WORDS["compared_lead"].words
_ON_LIST_HEADS = _ENTITY_WORDS["data_head"].words
_SIZE_SUFFIX = regex.compile(r"\d(?:\.\d+)?[BM]$")  # "Infinity-8B", "Qwen2.5 7B": a model's size ends its name
_MODEL_SCALE = regex.compile(r"\d[BbTt]\s+$")  # "1.3b parameters": a model's scale in billions
# what a title says right before the paper's own long form: "... Models with Linear State-Space Layers",
# "... via Standardized Loss Aggregation", "HYPERPOSE: Hyperbolic Kinematic ..." (not "for"/"in"/"of": what it works on)
# a numbered task of a dated shared-task edition is part of its name: "SemEval-2018 Task 1", "SemEval 2018 Task 10"
_UNSET = object()
_EDITION_END = regex.compile(r"(?<!\d)(?:19|20)\d\d$")
_EDITION_TASK = regex.compile(r" Task \d{1,2}(?![\d.,]\d)\b")
_BUILT_ON_LEAD = regex.compile(r"(?<![\w-])(?:built|based|relies|relying|builds|building)\s+(?:up)?on\s+(?:the\s+)?$")
_PAIR_INSIDE = regex.compile(r"\)\s+(?:[A-Z][a-z]|(?:layers|models|networks|modules|blocks|methods|techniques|algorithms|operators)\b)")
# what stands right before a pair that is a part of the method just proposed (session 11)
# (not after a verb of use, "leveraging Singular Value Decomposition (SVD)": what it takes from others)
_PAIR_LEAD = regex.compile(r"(?<![\w-])(?:an?|introduc(?:es|ing)|featur(?:es|ing)|compris(?:es|ing)|equipped with)\s+"
                           r"(?:(?:novel|new|dedicated|lightweight|learnable)\s+)?$")
# "PRPO introduces Robust Visual Dependency (RVD)", "MAKER incorporates a Knowledge-based Self-paced Learning (KSL)
# module": the paper's own method, or its proposal sentence, names a part it is built of (session 18; not after a verb
# of use: "integrates Video Joint-Embedding Predictive Architecture (V-JEPA)", "leverages Domain Incremental Learning
# (DIL)", "leveraging Singular Value Decomposition (SVD)" take others' methods about as often as they name their own)
_OWN_USE_LEAD = regex.compile(r"(?<![\w-])(?:introduc(?:es|ing)|incorporat(?:es|ing)|to\s+implement)\s+(?:an?\s+)?"
                              r"(?:(?:novel|new|dedicated|lightweight|learnable|enhanced)\s+)?$")
_OWN_SUBJECT_END = regex.compile(r"(?<![\w-])(?P<name>[^\s,;:()]+|[Oo]ur\s+\w+)\s+(?:(?:first|further|also|then|additionally|"
                                 r"effectively|explicitly)\s+)?$")


def _own_uses(written: str, lead: str, proposed: set[str]) -> bool:
    if (m := _OWN_USE_LEAD.search(written)) is None:
        return False
    if _WE_PROPOSE.search(lead):
        return True
    subject = _OWN_SUBJECT_END.search(written, 0, m.start())
    return subject is not None and (subject.group("name").lower().startswith("our")
                                    or entity_key(subject.group("name")) in proposed)


_TITLE_WITH_BEFORE = regex.compile(r"(?<![\w-])(?:with|via|using|through)\s+$")
_SLOGAN_LEAD = regex.compile(r"(?:[A-Z][a-z]+ing|Towards?|Beyond|On|When|Why|How|What)\b")
_STUDY_TITLE = regex.compile(r"(?:Investigating|Evaluating|Probing|Understanding|Analy[sz]ing|Assessing|Examining|"
                             r"Exploring|Benchmarking|Revisiting|Comparing|Measuring|On|Towards?|How|What|When|Why|Can|Do|Does|Is|Are)\b")
_TITLE_PAIR_BEFORE = regex.compile(r"(?:(?<![\w-])(?:with|via|using|through)|:|--)\s+$")
_OUR_RUN_STOPS = _ENTITY_WORDS["our_run_stop"].words  # "our Results Show"
_SIM_FIGURE = regex.compile(r"(?:\d[\d.]*)?sim\d")
_POSSESSIVE_AT = regex.compile(r"['’]s(?!\w)")
_NEXT_WORD = regex.compile(r" ([a-z]+)(?![\w-])")
_TITLE_SEGMENT = regex.compile(r"(?::|\s(?:--|-|–|—)(?=\s))\s+")  # a later part of a title: "Size Isnt All You Need -- A ..."
_TITLE_ACRONYM = regex.compile(r"\s+\(([A-Z][A-Za-z0-9-]{1,11})\)$")
_NON_SPACE = regex.compile(r"\S+")
_POSSESSIVE = ("'s ", "\u2019s ")
# One word ending so is an adjective from a name ("Gaussian", "Jacobian", "Laplacian", "Euclidean"), not a name.
_EPONYM_ENDS = tuple(sorted(_ENTITY_WORDS["eponym_end"].words))
_eponym = lambda name: name.isalpha() and name.lower().endswith(_EPONYM_ENDS)  # noqa: E731
_ADJ_TAILS = _ENTITY_WORDS["adj_tail"].words
_CLAUSE_MARKS = (",", "?", "!", "'", "\u2019")  # in a title's prefix: a clause or slogan, not a name
_NOVEL_FIRST = (",", " is", " are")  # how NOVEL_AFTER (entity_patterns.jsonl) can start: a cheap test before the regex
# "..., a" / "... and an": the token "and" or "," then the token "a"/"an" (a second thing proposed).
_AND_NAME = regex.compile(r"(?: and the (?=[A-Z])| and |, | & )(?!an? )")  # "Loop-Retry and Formula-Retry", "the Memory
# Knowledge Reservoir and the Retriever Trigger"
_CHALLENGE_HEAD = regex.compile(r" (?:[Cc]hallenge|Shared Task|shared task)(?: \d{4})?$")  # SHAPE_CHALLENGE's head
_YEAR_WORD = regex.compile(r"(?:19[89]|20[0-3])\d")
_CHALLENGE_NAME = regex.compile(r"\d|[A-Z][\w'-]*[A-Z]")  # a word with a figure or two capitals ("AIMS-TBI", "BabyLM")
_NAME_DATA_HEAD = regex.compile(r"[\w)][ -](Benchmarks?|Datasets?|Corpus|Corpora|Treebank|Database)$")
_DATA_HEAD = regex.compile(r" (?:Dataset|Data Set|Corpus|Database|Collection|Treebank)$")  # SHAPE_DATA's own head
_AT_VENUE = regex.compile(r"([A-Z][\w-]{1,30})@[A-Z]")
_CLOSES = regex.compile(r"\s*(?:[,;:.()]|$|is\b|which\b)")  # what may follow an appositive name
_SECOND = regex.compile(r"(?i)(?:,|(?<![\w-])and(?![\w-]))\s*(?:\(\w{1,3}\)\s*)?(an?)(?![\w-])")
# Type votes per name: a list indexed by these slots.
_METHOD, _DATASET, _BENCHMARK, _TASK, _CUE = range(5)
_SLOT = {"method": _METHOD, "dataset": _DATASET, "benchmark": _BENCHMARK, "task": _TASK, "cue": _CUE}
_TYPES = ("method", "dataset", "benchmark", "task")
_NO_VOTES = (0, 0, 0, 0, 0)
# Gazetteer names at start-up (~18k of them): compiled once, not looked up in regex's cache per name.
_SHORT_CAPS = regex.compile(r"[A-Z]{2,4}s?")
_CAPITALISED = regex.compile(r"[A-Z][a-z]+")
_HYPHEN_DIGIT = regex.compile(r"[A-Za-z]-\d|\d-[A-Za-z]")
_HYPHEN_DIGIT_AT = regex.compile(r"(?<=[A-Za-z])-(?=\d)|(?<=\d)-(?=[A-Za-z])")
_SPACE_DIGIT = regex.compile(r"[A-Za-z] \d")
_SPACE_DIGIT_AT = regex.compile(r"(?<=[A-Za-z]) (?=\d)")
_TITLE_VERSION = regex.compile(r"v?\d{1,2}(?:\.\d{1,2})?")  # "SPLADE v2: ...", "Qwen 2.5: ..."
# Phrases after which the paper names its own thing without a proposal verb: "We address this bottleneck with
# Chain-of-Zoom (CoZ), a ...", "We instantiate this framework with SUPO", "our main contribution is CRPA", "our key
# innovation is VENUS, a large-scale dataset".
_OWN_WITH_VERBS = ("address", "tackle", "solve", "overcome", "mitigate", "resolve", "remedy")
_INSTANTIATE_VERBS = ("instantiate", "operationalize")
_OWN_WITH = regex.compile(
    rf"\b(?:[Ww]e (?:{'|'.join(_OWN_WITH_VERBS)}) (?:this|these|that|those|both|such|the)\b"
    rf"[^.,;:()]{{0,40}}? (?:with|via|through)|[Ww]e (?:{'|'.join(_INSTANTIATE_VERBS)}) (?:this|these|the|our|it|[A-Z][\w-]+)\b"
    r"[^.,;:()]{0,40}? (?:with|as|in|via|through)|\b(?:main|key|primary|core|central) (?:contribution|innovation) is)"
    r" (?:the )?(?=[A-Z])")
_OWN_WITH_AFTER_WE = tuple(f"{verb} " for verb in _OWN_WITH_VERBS + _INSTANTIATE_VERBS)  # what "we " must precede


def _may_own_with(text: str) -> bool:
    """The literal gate of `_OWN_WITH`: true wherever it can match."""
    return _we_before(text, _OWN_WITH_AFTER_WE) or " contribution is " in text or " innovation is " in text


_DEFINED_APPOSITIVE = regex.compile(r" \([^()\s]{2,15}\),? (?:an? |which |that )")  # "... (DIPE), a simple ..."
_KIND_NOUNS = _ENTITY_WORDS["kind_noun"].words  # "a new class of ... models, NAME"
_GREEK_NAMES = ("ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "THETA", "LAMBDA", "SIGMA", "OMEGA")
_CAPS_WORD = regex.compile(r"(?<![\w-])[A-Z]{3,}(?![\w-])")
_GREEK_CAPS = regex.compile(rf"(?<![\w\\-])({'|'.join(_GREEK_NAMES)})(?![\w-])")
_TITLE_LEAD_RUN = regex.compile(r"(?!(?:An?|The)\s)(?P<run>[A-Z][a-z]+(?:-[A-Za-z]+)*(?:\s+[A-Z][a-z]+(?:-[A-Za-z]+)*){1,4})"
                             r"(?=\s*:|\s+(?:for|of|in|with|via|on|to|as|from|under|and)\s)")  # "Ranked Entropy Minimization for"
_DESCRIPTIVE_LEAD = _ENTITY_WORDS["descriptive_lead"].words
_NAMED_BEFORE = regex.compile(r"(?:[a-z]: |(?<![\w-])(?:called|termed|named|dubbed) )$")
_WE_NAMES = regex.compile(r"(?i:(?<![\w-])we) (?:\w+ly )?(?:propose|introduce|present|call|term|name|coin|dub)(?: the)? ")
_INTRO_VERB = regex.compile(r"(?<![\w-])(?:propose|proposes|introduce|introduces|introducing|present|presents) ")
_LOWER_APPOSITIVE = regex.compile(r",\s+an?\s+(?P<words>(?:[\w-]+[\s,]+){0,6}[\w-]+)")
# a list of the paper's own parts follows: "consists of three components: a Scene Manager, an Answer Retriever, ..."
_PARTS_NOUNS = ("modules", "components", "stages", "innovations", "agents", "parts", "mechanisms", "strategies",
                "designs", "blocks", "branches", "steps", "phases", "units", "sub-modules", "submodules", "elements",
                "pipelines", "networks", "sub-networks", "subnetworks", "losses", "objectives", "encoders", "decoders",
                "heads", "adapters", "schemes", "methods", "variants", "techniques", "approaches", "algorithms")
_PARTS_LIST = _TriedAt(_word_before_colon,  # (session 11: methods ...)
                       r"(?<![\w-])(?:" + "|".join(_PARTS_NOUNS) + r")\s*:\s+")
_COMPARE_LEAD = regex.compile(r"(?i)(?<![\w-])(?:compar(?:e|es|ed|ing|ison|ative)|evaluat(?:e|es|ed|ing|ion)|benchmark(?:s|ed|ing)?)(?![\w-])")
# (session 11) a name in apposition to "a new/novel ... dataset/benchmark/corpus": the paper's own data
_NEW_OR_NOVEL = _word_starts("new", "novel")
_ARTICLE_BEFORE = regex.compile(r"(?r)(?<![\w-])an?\s+")  # matched backwards: "a"/"an" and the spaces after it


def _article_before_new(text: str, pos: int, end: int):
    """Where a _NEW_DATA_NAME match may start: a whole "a"/"an" right before "new" or "novel"."""
    for i in _NEW_OR_NOVEL(text, pos, end):
        if (article := _ARTICLE_BEFORE.match(text, pos, i)) is not None:
            yield article.start()


_NEW_DATA_NAME = _TriedAt(_article_before_new,
                          r"(?<![\w-])an?\s+(?:new|novel)\s+(?:[\w-]+\s+){0,3}?(?:dataset|benchmark|corpus|"
                          r"data set|test set|testbed),\s+(?:(?:called|named|dubbed|termed)\s+)?(?P<name>[A-Z\d])")
_THIS_PAPER_LEAD = regex.compile(r"(?:In )?[Tt]his (?:paper|work|study|article)\b")
_LIST_ITEM = regex.compile(r"(?:\(?(?:[1-9]|i{1,3}|iv|[a-d])\)\s*)?(?:(?:[Aa]n?|[Tt]he)\s+)?(?=[A-Z])")
_PARTS_COUNT = regex.compile(r"(?i)(?<![\w-])(?:two|three|four|five|six|several|multiple|following|key|core|main|novel|"
                             r"new|\d)(?:\s+[\w-]+){0,2}\s+$")  # right before the parts noun of _PARTS_LIST
_HAS_PARTS = regex.compile(r"(?<![\w-])(?:has|have|uses|use|using|introduces?|introducing|proposes?|proposing|designs?|"
                           r"develops?|presents?|includes?|including|employs?|adopts?|features?|featuring|with|of|"
                           r"comprises|comprising|contains|containing|integrates|combines|consists|leverages)(?![\w-])")
_NEXT_ITEM = regex.compile(r";\s*(?:and\s+)?|,\s*(?:and\s+)?(?=(?:\(?(?:[1-9]|i{1,3}|iv)\)\s*)?(?:(?:an?|the)\s+)?[A-Z])"
                           r"|\s+and\s+(?=(?:(?:an?|the)\s+)?[A-Z])|\s(?=\(?(?:[1-9]|i{1,3}|iv)\)\s)")
_REVIEW_WORDS = regex.compile(r"(?i)(?<![\w-])(?:review|reviews|survey|surveys|existing|prior|previous|taxonomy|"
                              r"categori[sz]e|systematize)(?![\w-])")
_SOFTWARE_NOUNS = _ENTITY_WORDS["software_noun"].words
_KNOWN_KIND = _ENTITY_WORDS["known_kind"].words
_LOWER_NAME = regex.compile(r"[a-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*")  # "semi-PD", "mCLM", "fastabx", "debug-gym"
_NUMERAL_LEAD = regex.compile(r"^\d{1,2}[A-Z]-?")  # the "3D"/"4D-" opening a SHAPE_NUMERAL name ("3D-LLDM")
_LOWER_CODENAME = regex.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*-v?\d[\w.]*")  # "jina-clip-v2", "gpt-oss-20b"
_MEASURE_AFTER = regex.compile(r" (?:scores?|metrics?|values?)\b")  # "the FID score": the word before is a measure
_FOR_SHORT = regex.compile(r"(?:,? or | \()([\w-]{2,30}) for short\b")
# a capital or digit tail after a hyphen ("-DPO", "-MoE", "-T"), a one- or two-letter tag ("MHR-z"), a version ("-v2")
_VARIANT_TAIL = regex.compile(r"[A-Z0-9][A-Za-z0-9.]{0,7}|[a-z]{1,2}|v\d[\d.]*")
_LIST_GOES_ON = regex.compile(r",? (?:and|or) (?:more|others|so on|many more)\b|,? etc\b")
# what introduces the instrument of an unnamed proposal: "we propose instead to evaluate models using a Panel ..."
_INSTRUMENT_BEFORE = regex.compile(r"(?<![\w-])(?:using|with|via|through|by|called|named|termed|dubbed)(?: an?| the)? $")
_NEXT_CAPITAL = regex.compile(r"\s+[A-Z]")
# "in terms of" lists (`_in_terms_of`): an item is one to three lower-case words, no function word; the list ends at
# punctuation or a function word that starts the rest of the clause.
_TERM_STOP = (r"(?:and|or|the|a|an|its|their|our|of|in|on|for|to|with|by|at|as|from|while|which|that|than|both|"
              r"either|not|only|but|when|where|compared|over|under|across|against|without|is|are|was|were|be)\b")
_TERM_WORD = rf"(?!{_TERM_STOP})[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
_TERMS_OF = regex.compile(r"\bin terms of\s+(?:(?:both|either|the|its|their|our|overall)\s+)?")
# a comparison or a gain "in" a list: "outperforms state-of-the-art methods in", "superior performance in", "gains in"
_BETTER_IN = regex.compile(r"\b(?:outperform\w*|surpass\w*|superior(?:ity)?|advantages?|gains?|improvements?|better|excel\w*)"
                           r"\b[^.;:()]{0,60}?\s(?:in|across)\s+(?:(?:both|the|its|their|our|overall)\s+)?")
_PLURAL_ACRONYM = regex.compile(r"(?:[A-Z]{1,4}-)?[A-Z]{2,6}s")
_TERM_ITEM = regex.compile(rf"{_TERM_WORD}(?:\s+{_TERM_WORD}){{0,2}}(?![\w-])")
_TERM_JOIN = regex.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and/or)\s+)(?:(?:the|its|their)\s+)?")
_TERMS_END = regex.compile(r"\s*(?:[.,;:)]|$|(?:while|with|compared|than|on|over|across|for|against|when|at|under|by|as|and|but|which|without|in|to|from|among|of)\b)")
_MEASURE_ENDS = tuple(sorted(_ENTITY_WORDS["measure_end"].words))  # "semantic richness", "generalizability", "photorealism"
_NOT_NAME_FIRST = _ENTITY_WORDS["not_name_first"].words
_MEASURE_WORD = regex.compile(r"\b(?:metrics?|measures?)\b")  # a sentence that calls a defined name a measure
_MEASURE_NOUNS = _ENTITY_WORDS["measure_noun"].words
# what a sentence about the paper's own method says it is made of (strong: what it has; weak: what it may also
# take from others, "The network employs Dynamic Snake Convolution (DSCConv)"), and who the sentence is about
_PARTS_CUE = regex.compile(r"(?<![\w-])(?:(?P<strong>comprises|comprising|consists? of|consisting of|(?:is )?composed of|"
                           r"contains|containing|(?:features|featuring)(?=:|\s+(?:an?|the|two|three|four|five|several|\d))|"
                           r"operates through|is equipped with|(?:is )?made up of|introduces(?=:|\s+(?:two|three|four|five|several"
                           r"|\d|key|novel|new)\b))"
                           r"|integrates|integrating|incorporates|incorporating|employs|combines|is built (?:on|upon))"
                           r"(?![\w-])")
_OUR_SUBJECT = regex.compile(r"(?i)(?<![\w-])(?:(?P<own>our|the proposed)|the (?:framework|model|system|method|approach|"
                             r"architecture|pipeline|network))(?![\w-])")
_ITEM_MARK = regex.compile(r"\((?:[1-9]|i{1,3}|iv|[a-d])\)|(?<![\w(])(?:[1-9]|i{1,3}|iv)\)")  # also "ii)"
_CLAUSE_WORD = regex.compile(r"(?<![\w-])(?:that|which|where|who|whose|when|to)(?![\w-])")
_NOVEL_BEFORE = regex.compile(r"(?<![\w-])(?:an? novel|an? new|an innovative)\s+$")  # right before a defined long form
_EARLIER_IN = regex.compile(r"(?<![\w-])(?:" + "|".join(map(regex.escape, sorted(_ENTITY_WORDS["earlier_in"].words)))
                         + r")(?![\w-])|\[\d")  # or a reference mark "[12]"
_PARTS_NOUN = regex.compile(r"(?<![\w-])(?:components?|modules?|parts|stages|innovations|contributions|key designs?)"
                            r"(?![\w-])")
_TITLE_REPORT = regex.compile(r"(?!Technical\b|Tech\b)(?P<name>[^:\s][^:]{0,50}?\w)\s*:?\s+(?:Technical|Tech\.?)\s+Report"
                              r"(?=\s*$|\s*:)")
_TITLE_STUDY = regex.compile(r"\s*(?:(?:An?|The)\s+(?:[\w-]+\s+){0,3}?(?:Study|Analysis|Investigation|Evaluation|Survey|"
                             r"Examination|Assessment|Exploration|Look|Review|Audit|Case Study|Comparison)|Evaluating|"
                             r"Analy[sz]ing|Probing|Investigating|Assessing|Examining|Auditing|Understanding)"
                             r"(?=\s+(?:of|on|in|into|for|to|with|from|across|through|the|its|how|what|why|whether)\b|\s*[:,?]|\s*$)")
_KIND_FIRST = _words_as_written("kind_first")
# (session 11) a Title-Case part named by its head noun, no acronym: "we employ a Dense Feature Alignment loss",
# "an Uncertainty-Guided Coordinate Fusion module is deployed", "a \\textit{Mutual Event Agreement Evaluation} module"
_HEADED_PART_HEADS = ("module", "block", "unit", "layer", "mechanism", "loss", "strategy", "branch", "component")
_HEADED_PART = regex.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ur)\s+(?:(?:novel|new|dedicated|lightweight|learnable|simple|"
                             r"innovative|tailored|carefully designed)\s+)?(?:\$?\\text(?:it|bf|sc)\{|\\emph\{)?"
                             r"(?P<name>[A-Z][\w'-]*(?:\s+(?:(?:of|and|for|with|to)\s+)?[A-Z0-9][\w'-]*){1,5})\}?\$?"
                             rf"\s+(?P<head>{'|'.join(_HEADED_PART_HEADS)})(?![\w-])(?!\s*\()")
_WE_PROPOSE = regex.compile(r"(?<![\w-])we (?:\w+ly )?(?:propose|introduce|present|design|develop)\b")
_TITLE_RUN_AFTER = regex.compile(r"(?:(?<![\w-])(?:via|with|using|through)|:)\s+(?P<run>[A-Z][\w]*(?:-[\w]+)*"
                                 r"(?:\s+(?:(?:of|and)\s+)?[A-Z][\w]*(?:-[\w]+)*){1,5})(?![\w-])")
_LONG_PREP = regex.compile(r" (?:with|for|via|from|using|under|in|on) ")
_DATA_PAREN = regex.compile(r"(?<![\w-])(?:datasets|benchmarks|corpora|data sets) \(([^()]{3,200})\)")
# "two datasets, Left Atrial, NIH Pancreas and BraTS-2019.": a closed list of capitalised names after a plural data
# noun and a comma, ending at punctuation or a clause word
_DATA_COMMA_LIST = _TriedAt(
    _word_starts("datasets", "benchmarks", "corpora", "data sets"),
    r"(?<![\w-])(?:(?:datasets|benchmarks|corpora|data sets)(?:,|:|,? such as|,? including|,? like|,? namely,?|,? e\.g\.,?)"
    r"|(?:datasets|corpora|data sets)) ((?:[A-Z][\w.+-]*(?: [A-Z0-9][\w.+-]*){0,3}, ){0,8}"
    r"[A-Z][\w.+-]*(?: [A-Z0-9][\w.+-]*){0,3},? (?:and|or) [A-Z][\w+-]*(?:\.\w[\w+-]*)*(?: [A-Z0-9][\w+-]*"
    r"(?:\.\w[\w+-]*)*){0,3})(?=[,;:)]|\.(?:\s|$)|\s\(|\s(?:show|shows|showed|demonstrate|demonstrates|reveal|reveals|"
    r"confirm|confirms|indicate|indicates|validate|validates|verify|prove|highlight|suggest|achiev\w*|outperform\w*|"
    r"using|with|where|which|that|to|for|as|under|across|from|are|were|is|was)\b)")
_CLOSED_GAP = regex.compile(r"\b(?:and|or)\s*$")  # the gap before a list's last item: "A, B, and C"
_DATA_NOUNS = tuple(sorted(_ENTITY_WORDS["data_noun"].words))
_PAREN_MEMBER = regex.compile(r"(?<![\w.-])[A-Z][\w.+-]*(?: [A-Z0-9][\w.+-]*){0,3}(?![\w-])")
_PAREN_JOINS = regex.compile(r"(?:\s*(?:,|,? and|,? or|&)\s*)+")
_CASE_SPLIT = regex.compile(r"\d[A-Za-z]|[A-Za-z]\d")  # where the tokenizer may cut one case and not the other
_INTRODUCES_LAST = lambda t: (t[0] == "INTRODUCES", t[1])  # noqa: E731  triggers in text order, INTRODUCES last


def _mention(start: int, end: int, type: str, role: str | None, rule: str, entity: str | None) -> FoundMention:
    """A mention built unvalidated (its fields come from the rules' own tables and int offsets);
    `pipeline.to_rows` checks type and role by hand, as it does for quantities and claims."""
    return construct(FoundMention, {"start": start, "end": end, "type": type, "role": role, "rule": rule,
                                    "entity": entity})


_EXT_TITLE_END, _EXT_ABBREVIATIONS, _EXT_MENTIONS, _EXT_ALIASES = (
    ext_key(name) for name in ("sc_title_end", "sc_abbreviations", "sc_mentions", "sc_aliases"))


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    type: str | None  # None: typed from context later
    rule: str
    source: str  # a PRIORITY key
    key: str
    needs_cue: bool = False
    entity: str | None = None


def _load_metrics() -> list[tuple[str, tuple[str, ...]]]:
    """(canonical name, surface forms) from the shared metric lexicon; empty if not there yet."""
    try:
        from .lexicons import load_metrics
    except ImportError:
        return []
    rows = []
    for m in load_metrics():
        name = getattr(m, "name", None) or getattr(m, "canonical", None)
        forms = getattr(m, "variants", None) or getattr(m, "surface_forms", None) or (name,)
        rows.append((name, tuple(forms)))
    return rows


def _short_caps(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return len(letters) <= 3 and all(c.isupper() for c in letters)


def _exact_metric(surface: str) -> bool:
    """A metric spelling matched case for case: short capitals (AP, EM) and lower-first mixed case (mAP)."""
    letters = [c for c in surface if c.isalpha()]
    return _short_caps(surface) or bool(letters) and letters[0].islower() and any(c.isupper() for c in letters)


class EntityRecognizer:
    """Sets `doc._.sc_mentions` and `doc._.sc_aliases`; every matcher is built once, here.

    Per doc the work is one PhraseMatcher pass (context cues, gazetteers and metrics share it:
    case-sensitive names match on LOWER and are checked against their exact spellings), three
    regex scans for name shapes, and plain character offsets from one `Doc.to_array` call: no
    Token or Span objects. What depends only on a surface string (its key, whether its shape is
    a name, its suffix votes) is computed once per process and cached.
    """

    def __init__(self, nlp: Language):
        vocab = nlp.vocab
        self.strings = vocab.strings
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        # match id -> ("ctx", LABEL, read before a name, a proposal trigger)
        #          or ("name", type, rule, source, needs_cue, entity, exact spellings or None)
        self.info: dict[int, tuple] = {}
        self.known: dict[str, str] = {}  # entity_key -> type, for typing shapes and long forms
        self.known_as: dict[str, set[str]] = defaultdict(set)  # entity_key -> spellings (lower-cased: any case)
        self.stop_words = nlp.Defaults.stop_words
        batches: dict[tuple[str, str], list[str]] = defaultdict(list)
        curated = read_tsv("gazetteer_curated.tsv")
        mine = {entity_key(row["name"]): row for row in curated}  # hand-curated: overrides the derived lists
        spelled = {row["name"].lower() for row in curated}
        for row in curated:
            batches[(row["type"], row["match"])].append(row["name"])
        for file in ("gazetteer_methods.tsv", "gazetteer_datasets.tsv", "gazetteer_mined.tsv"):
            for row in read_tsv(file):
                own = mine.get(entity_key(row["name"]))
                if own is None:
                    batches[(row.get("type", "method"), self._strength(row))].append(row["name"])
                elif row["name"].lower() not in spelled:  # "VQA v2" for the curated "VQAv2": its type, this spelling
                    batches[(own["type"], "ci")].append(row["name"])
        for row in read_tsv("gazetteer_tasks.tsv"):
            batches[("task", "ci")].append(row["name"])
        self.generic = {entity_key(x) for x in read_lines("generic_methods.txt")}
        self.stop = {entity_key(x) for x in read_lines("stop_names.txt")}
        self.languages = set(read_lines("languages.txt")) | {"English", "Chinese"}  # these two: stop_names.txt
        # a language written in capitals is an acronym of the paper's own ("EWE: An Agentic Framework", "(TWI)")
        self._language_only = {entity_key(x) for x in self.languages} - self.stop
        self.stop.update(self._language_only)  # entities only: claims keep "on Urdu"
        self.common = load_common_words()
        self.metric_heads = set(read_lines("metric_defined_heads.txt"))  # "Group Unfairness Score (GUS)": a metric
        for (type_, mode), names in batches.items():
            names = [n for n in names if not self._generic(entity_key(n)) and not _eponym(n)]
            for n in names:
                self.known.setdefault(entity_key(n), type_)
                self.known_as[entity_key(n)].add(n.lower() if mode == "ci" else n)
            rule = {"benchmark": "datasets", "method": "methods", "dataset": "datasets", "task": "tasks"}[type_]
            # a curated task (case-sensitive: only gazetteer_curated.tsv has those) outranks a shape on its span
            source = "task" if type_ == "task" and mode != "cs" else "gazetteer"
            variants = self._variants(names)
            if mode == "ci":  # "ADE20K" tokenizes as "ADE20 K", "ADE20k" as one token: each case's tokens
                variants += [c for v in variants if _CASE_SPLIT.search(v) for c in (v.lower(), v.upper()) if c != v]
            self._add(f"{type_}|gazetteer.{rule}|{mode}", ("name", type_, f"gazetteer.{rule}", source, mode == "weak",
                                                             None), variants, exact=mode != "ci", nlp=nlp)
        # Metrics: the shared lexicon; short capital forms (AP, EM) only as written.
        # Lower-first mixed case (mAP, rFID) too: "feature map", "RFID" are no metric.
        self.metric_name: dict[str, str] = {}
        self.metric_plural: dict[str, str] = {}  # "attachment scores" -> "attachment score", for its policy
        for name, forms in _load_metrics():
            for form in forms:
                self.metric_name.setdefault(form if _exact_metric(form) else form.casefold(), name)
            exact = [f for f in forms if _exact_metric(f)]
            folded = [f for f in forms if not _exact_metric(f)]
            # A multi-word score in the plural ("unlabeled attachment scores"); "costs", "rates" are too often
            # background ("reduce computational costs", "fixed compression rates").
            for f in list(folded):
                last = f.rsplit(" ", 1)[-1]
                if " " in f and last in _PLURAL_HEADS:
                    plural = (f + "s").casefold()
                    if plural not in self.metric_name:
                        self.metric_name[plural] = name
                        self.metric_plural[plural] = f.casefold()
                        folded.append(f + "s")
            info = ("name", "metric", "lexicon.metrics", "metric", False, name)
            if exact:
                self._add(f"metric|lexicon.metrics|{name}|cs", info, exact, exact=True, nlp=nlp)
            if folded:
                self._add(f"metric|lexicon.metrics|{name}|ci", info, folded, exact=False, nlp=nlp)
        self.metric_policy = {r["surface"].casefold(): r["policy"] for r in read_tsv("metric_mentions.tsv")}
        # Measure heads (policy `head`): "quality", "rates" are a metric mention only with a noun modifier before
        # them ("image quality", "flip rates"); the lexicon's heads ("overhead") are matched with it already.
        heads = [w for w, p in self.metric_policy.items() if p == "head" and w not in self.metric_name]
        if heads:
            self._add("metric|metric.head", ("name", "metric", "metric.head", "metric", False, None), heads,
                      exact=False, nlp=nlp)
        modifiers = read_tsv("metric_modifiers.tsv")
        self.not_modifier = frozenset(r["word"] for r in modifiers if r["kind"] == "not")
        self.noun_ing = frozenset(r["word"] for r in modifiers if r["kind"] == "noun")
        self.term_heads = frozenset(r["word"] for r in modifiers if r["kind"] == "term_head")  # "in terms of ..."
        self.heads: dict[str, tuple[str, str]] = {r["word"]: (r["type"], r["strength"]) for r in read_tsv("entity_heads.tsv")}
        # label, rule, regex, has a "start" group, literals one of which the text must hold for the regex to match
        self.shapes: list[tuple[str, str, regex.Pattern, bool, tuple[str, ...] | None]] = []
        self.suffix: dict[str, regex.Pattern] = {}
        phrases: dict[str, list[str]] = defaultdict(list)
        for line in read_lines("entity_patterns.jsonl"):
            rule = json.loads(line)
            if "pattern" in rule:
                phrases[rule["label"]].append(rule["pattern"])
                continue
            compiled = regex.compile(rule["regex"])
            if rule["label"].startswith("SHAPE_"):
                grouped = compiled.groupindex.get("start") == 1
                needs = rule.get("needs")  # literals one of which the text must hold for the regex to match
                self.shapes.append((rule["label"], "shape." + rule["label"][6:].lower(), compiled, grouped,
                                    tuple(needs) if needs else None))
            else:
                self.suffix[rule["label"]] = compiled
        # Cues read after a name (DATA_AFTER, METHOD_AFTER) are looked up where a name ends; the
        # others are matched everywhere: the labels before a name, and the proposal triggers.
        self.after_cues: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for label, patterns in phrases.items():
            if label in _AFTER_LABELS:
                for doc in nlp.tokenizer.pipe(patterns):
                    self.after_cues[tuple(t.lower_ for t in doc)].add(label)
                continue
            self._add(f"ctx|{label}", ("ctx", label, label in _BEFORE_LABELS, label in _TRIGGERS), patterns,
                      exact=False, nlp=nlp)
        # Policy `not`: a phrase holding a metric word that names something else ("batch size", "can speed up").
        # In the shared matcher too: one pass over the doc, not two. Added last, so the other labels' matches
        # keep their order (ties between equal spans go to the earlier one); find() reads these first.
        self._add("not_metric", ("not",), [s for s, p in self.metric_policy.items() if p == "not"], exact=False,
                  nlp=nlp)
        self.not_metric_id = self.strings["not_metric"]
        self.after_firsts = {k[0] for k in self.after_cues if len(k) > 1}  # "data" of "data set"
        self.measure = self.suffix.pop("MEASURE")
        self.marker = self.suffix.pop("MIXED_MARKER")
        self.data_join = self.suffix.pop("DATA_JOIN")
        self.title_kind = self.suffix.pop("TITLE_KIND")
        self.title_description = self.suffix.pop("TITLE_DESCRIPTION")
        self.title_spelled = self.suffix.pop("TITLE_SPELLED")
        self.title_lead = self.suffix.pop("TITLE_LEAD")
        self.novel_after = self.suffix.pop("NOVEL_AFTER")
        # Tokenizing ~15k names filled the tokenizer's bounded cache, and a full cache stops caching
        # the words of real abstracts: tokenizing then runs 3x slower. Start it afresh.
        nlp.tokenizer.rules = nlp.tokenizer.rules
        # Facts that depend only on a string, computed once per process (bounded: see _key).
        self._keys: dict[str, str] = {}  # surface -> entity_key
        self._shape_keys: dict[str, dict[str, str | None]] = {label: {} for label, *_ in self.shapes}
        self._votes_of: dict[str, tuple[tuple[int, int], ...]] = {}  # surface -> votes from its spelling
        self._blocked_of: dict[str, bool] = {}  # key -> _blocked(key)
        self._own_acronyms: set[str] = set()  # generic acronyms this paper defines as a name of its own
        self._caps_s: set[str] | None = None  # keys of all-capital words ending in "S" in this paper ("MASS",
        # "DMS"), read on first need: only a blocked key asks
        self._text = ""
        self._spelled_as: dict[str, str] = {}  # per doc: key of a title run -> key of the proposed name it spells

    def _add(self, label: str, info: tuple, phrases: list[str], exact: bool, nlp: Language) -> None:
        """Phrases under one label of the shared LOWER matcher; `exact`: the text must also match one
        phrase case for case (compared without whitespace, which ORTH matching ignores too)."""
        key = self.strings.add(label)
        forms = frozenset("".join(p.split()) for p in phrases) if exact else None
        if info[0] == "name":
            info = info + (forms,)
        self.info[key] = info
        self.matcher.add(label, list(nlp.tokenizer.pipe(phrases)))

    @staticmethod
    def _strength(row: dict[str, str]) -> str:
        """cs / ci as the list says; `weak` for short capital names a context must confirm (HAR, GPS)."""
        name, weight = row["name"], int(row.get("weight") or 0)
        if _SHORT_CAPS.fullmatch(name) and weight < 100 or _CAPITALISED.fullmatch(name) and weight < 50:
            return "weak"
        return row["match"]

    @staticmethod
    def _variants(names: list[str]) -> list[str]:
        """Each name plus its hyphen/space twin ("Llama-3" and "Llama 3")."""
        out = set(names)
        for n in names:
            if _HYPHEN_DIGIT.search(n):
                out.add(_HYPHEN_DIGIT_AT.sub(" ", n))
            elif _SPACE_DIGIT.search(n):
                out.add(_SPACE_DIGIT_AT.sub("-", n))
        return sorted(out)

    # --- per-surface facts, cached across docs -------------------------------------------------

    def _key(self, surface: str) -> str:
        keys = self._keys
        if len(keys) > 100_000:  # a bound for very long runs: start the caches afresh
            keys.clear()
            self._votes_of.clear()
            self._blocked_of.clear()
            for cache in self._shape_keys.values():
                cache.clear()
        k = keys[surface] = entity_key(surface)
        return k

    def _acrostic_word(self, text: str, start: int, end: int) -> bool:
        """A common word of 6+ letters written with an acronym's letters in capitals, next to another capitalised
        word of the same long form: "dual-stage gEnerative Network", "Human experTise", "Large lAnguage model"."""
        surface = text[start:end]
        if len(surface) < 6 or not surface.isalpha() or surface.lower() not in self.common:
            return False
        if surface.islower() or surface.isupper() or surface.istitle() or _CAMEL.fullmatch(surface):
            return False
        if _LAST_CAPITAL.fullmatch(surface) or entity_key(surface) in self.known:
            return False  # "RotatE", "TransE": a knowledge-graph model's name; a listed name
        before = text[max(0, start - 40) : start].split()[-1:] if text[start - 1 : start].isspace() else []
        after = text[end : end + 40].split()[:1] if text[end : end + 1].isspace() else []
        return any(ch.isupper() for word in before + after for ch in word)

    def _shape_name(self, label: str, surface: str) -> str | None:
        """The key of a shape match that can be a name, else None (depends on the surface only)."""
        key: str | None = self._keys.get(surface) or self._key(surface)
        if label == "SHAPE_BENCH":  # no shape test: "tau-bench", "glotocr-bench" are names in lower case
            if surface.rsplit("-", 1)[0].casefold() in _BENCH_NOT_NAME or key in self.known or self._blocked(key):
                key = None  # "a test-bench": equipment; a known name is found as such
        elif label == "SHAPE_TITLE":
            if surface.lower() in self.common or _eponym(surface) or key in _DATA_PLATFORMS:
                key = None  # a platform is a stop name; only SHAPE_DATA takes it ("the Twitter dataset")
        elif (label == "SHAPE_MIXED" and not self.marker.search(surface)
              or not self._shape_ok(surface) and not (label == "SHAPE_DATA" and key in _DATA_PLATFORMS)):
            key = None
        elif label == "SHAPE_MIXED" and _PLURAL_ACRONYM.fullmatch(surface) and key not in self.known and entity_key(surface[:-1]) not in self.known:
            key = None  # "SNRs", "BSs", "WERs", "O-RUs": an acronym in the plural counts things of a kind, no name (a known
            # model's plural stays: "ST-GCNs")
        elif label == "SHAPE_NUMERAL" and (key in self.known or self._generic(tail := entity_key(_NUMERAL_LEAD.sub("", surface)))
                                           or tail in self.known):
            key = None  # "3D-CNN", "3D-UNet", "2D-GAN": a family or a known model in 3D, not a name of its own
        elif label == "SHAPE_CHALLENGE" and key not in self.known and (m := _CHALLENGE_HEAD.search(surface)) and (not any(
                _CHALLENGE_NAME.search(w) for w in surface[: m.start()].split()) or sum(
                not _YEAR_WORD.fullmatch(w) for w in surface[: m.start()].split()) < 2):
            key = None  # "the Hard Systematicity Challenge", "The First Challenge": a challenge is named by an
            # acronym or a figure ("the NTIRE 2025 Efficient Super-Resolution Challenge", "the Responsible AI
            # challenge"); one word before the head is a name of its own, found as such ("the PUMA challenge")
        elif label == "SHAPE_DATA" and surface.endswith(("'s", "\u2019s")):
            key = None  # "from Harvard Library's collections": an owner, not the collection's name
        elif label == "SHAPE_DATA" and (_eponym(surface) or all(
                (self._blocked(entity_key(w)) and entity_key(w) not in _DATA_PLATFORMS) or _eponym(w)
                for w in _DATA_HEAD.sub("", surface).split())):
            key = None  # "the English corpus", "the Gaussian collection": a language or an adjective, no name
        self._shape_keys[label][surface] = key
        return key

    def _surface_votes(self, surface: str) -> tuple[tuple[int, int], ...]:
        """Votes a name earns from its own spelling: a typing suffix, a known base ("Llama-3-8B")."""
        votes = []
        m = self.suffix["SUFFIX_DATASET"].search(surface)
        if m is not None and m.start() > 0:  # a suffix, not the whole name: "Eval" alone is a word ("Train, Eval")
            votes.append((_DATASET, 1))
        m = self.suffix["SUFFIX_METHOD"].search(surface)
        if m is not None and m.start() > 0:
            votes.append((_METHOD, 1))
        base = _SPLIT.split(surface)[0]
        if base == surface or entity_key(base) not in self.known:
            base = _VERSION_TAIL.sub("", surface)  # "Celeb-DF-v2", "ColBERT-v2": a version of a known name
        if base != surface and entity_key(base) in self.known and self._known_spelling(base):
            votes.append((_SLOT[self.known[entity_key(base)]], 2))
        elif "-" in surface:  # a known method as the last part: "Alpha-CLIP", "RT-DETR" are variants of it
            tail = surface.rsplit("-", 1)[1]
            if len(tail) >= 3 and tail[0].isupper() and self.known.get(entity_key(tail)) == "method":
                votes.append((_METHOD, 2))
        if (h := _NAME_DATA_HEAD.search(surface)) is not None:  # "Southeast Asia Embedding Benchmark",
            votes.append((_BENCHMARK if h.group(1).startswith("Bench") else _DATASET, 3))  # "Child Micro-Expression
            # Dataset": a name ending in a capitalised data head names data, also where the title proposes it
        out = self._votes_of[surface] = tuple(votes)
        return out

    def _known_spelling(self, base: str) -> bool:
        """A known name written as the list has it: "Cosmos" is no spelling of the case-exact "COSMOS" dataset,
        so "Cosmos-Reason1-8B" takes no dataset vote from it."""
        spellings = self.known_as.get(entity_key(base))
        return not spellings or base in spellings or base.lower() in spellings

    def _metric_ok(self, view: _View, s: int, e: int, start: int, end: int, surface: str,
                   in_title: bool) -> bool | None:
        """A vague metric word counts only where a figure or a change is reported next to it; None: a
        `listed` word without one, which counts when listed with another metric ("precision and recall")."""
        folded = surface.casefold()
        policy = self.metric_policy.get(folded)
        if policy is None and folded in self.metric_plural:  # a plural we added: as its singular, at least measured
            policy = self.metric_policy.get(self.metric_plural[folded]) or "measured"
        if policy == "never" or policy in ("measured", "listed", "achieved") and in_title:
            return False  # a title's "Batch Size", "Memory Units" name things; they report nothing
        if _NAME_HEAD.match(view.text, end):
            return False  # "a 135M parameter model", "a memory framework", "ASR fine-tuning": it names a thing
        if e + 1 < view.n and view.lower(e) == ")" and view.lower(e + 1) in ("model", "models"):
            return False  # "ViT-H (MAE) model": a method's name
        if folded in _SCALED and _MODEL_SCALE.search(view.text, max(0, start - 12), start):
            return False  # "175B parameters", "1B and 4B parameters": a model's scale, not a measured cost
        if policy is None:
            return True
        if policy == "achieved":  # "runs at 30 FPS"; not "recorded at 30 fps", "standard FPs" (false positives)
            if len(surface) > 1 and surface[:-1].isupper() and surface[-1] == "s" or _SETUP_RATE.search(
                    view.text, max(0, start - 45), start):
                return False
            policy = "measured"
        # Within about 50 characters of the word, not across a sentence end.
        text = view.text
        lo, hi = _near_window(text, start, end)
        if policy in ("figure", "figure_head"):  # only a reported figure: "99.9% performance", "performance (+4.7%)"
            return self._own_figure(text, lo, start, True) or self._own_figure(text, end, hi, False) or None
        if self._measured(text, lo, start) or self._measured(text, end, hi):
            return True
        return None if policy == "listed" else False

    def _head_start(self, text: str, start: int, end: int, in_title: bool, figure: bool = False) -> int | None:
        """Where a measure head's mention starts: at the noun modifier right before it ("rendering quality", "flip
        rates", "false-positive rates"), when a figure or change word is near (as for policy `measured`); None: no
        noun modifier (a grading word, a verb or a participle, rules/metric_modifiers.tsv: "high quality", "improving
        quality", "data quality"), a lexicon surface ("success rate"), a title, or a phrase naming a thing.
        figure (policy `head_figure`): only next to a figure of its own, a change word is not enough ("a modularity
        score of 0.944"; not "high attention scores", "computes relevance scores")."""
        if in_title or _NAME_HEAD.match(text, end):
            return None
        m = _HEAD_MODIFIER.search(text, max(0, start - 40), start)
        if m is None or not self._head_modifier(m.group(1)):
            return None
        head_start = m.start(1)
        phrase = text[head_start:end].casefold()
        if phrase in self.metric_name:
            return None  # "success rate": the lexicon's
        if "-" not in m.group(1) and (outer := self._outer_modifier(text, head_start)) is not None:
            head_start = outer  # "image restoration quality", "depth perception performance": the whole noun
            phrase = text[head_start:end].casefold()  # compound says what is measured
        if phrase[-1] == "s":
            one = phrase[:-1]
            if one in self.metric_name and self.metric_policy.get(one) is not None:
                return None  # "fixed compression rates": as its singular, a setting unless measured
            before = _HEAD_MODIFIER.search(text, max(0, head_start - 40), head_start)
            if before is not None and f"{before.group(1)} {one}".casefold() in self.metric_name:
                head_start = before.start(1)  # "false alarm rates": a lexicon metric in the plural
        lo, hi = _near_window(text, head_start, end)
        if figure:
            if _VERB_SCORES.match(text, end):
                return None  # "the best system scores around 56%": a verb
            own = self._own_figure(text, lo, head_start, True, _NUMBER) or self._own_figure(text, end, hi, False, _NUMBER)
            return head_start if own else None
        if self._measured(text, lo, head_start) or self._measured(text, end, hi):
            return head_start
        return None

    def _head_modifier(self, word: str) -> bool:
        """A noun modifier of a measure head (the guard of `_head_start`): no grading word, verb, participle or
        function word (rules/metric_modifiers.tsv), no -ly/-ed/-s word, no -ize/-ise/-able/-ible/-ous/-less word."""
        parts = word.split("-")
        last = parts[-1]
        if word in self.not_modifier or any(p in self.not_modifier for p in parts):
            return False
        if last.endswith(("ly", "ed")) and not last.endswith("eed") or last.endswith(_NOT_NOUN_ENDS):
            return False  # "degraded quality", "significantly", "minimize overhead", "commendable performance"
        if last.endswith("ing") and word not in self.noun_ing and last not in self.noun_ing:
            return False  # "improving quality", "maintaining consistency", "varying rates"
        if last.endswith("s") and not last.endswith(("ss", "us", "is", "ics")):
            return False  # "improves quality", "its consistency", "models rates"
        return True

    def _outer_modifier(self, text: str, start: int) -> int | None:
        """Where a second noun modifier before a measure head's modifier (at `start`) starts ("image | restoration
        quality", "depth | perception performance"), under the same guard; None: none, a change word, a metric word, a
        lexicon pair, or a word after "to" or a modal, a base-form verb ("to capture evolutionary consistency")."""
        outer = _HEAD_MODIFIER.search(text, max(0, start - 40), start)
        if outer is None or not self._head_modifier(outer.group(1)) or self.measure.fullmatch(outer.group(1)):
            return None  # (a change word stays outside: "increase discriminative performance")
        policy = self.metric_policy.get(outer.group(1), "" if outer.group(1) in self.metric_name else None)
        if policy in ("", "head", "figure_head", "head_figure"):
            return None  # "translation quality estimation scores": a measure of its own (not "error detection rate")
        if f"{outer.group(1)} {text[start:].split(' ', 1)[0]}".casefold() in self.metric_name:
            return None
        before = _HEAD_MODIFIER.search(text, max(0, outer.start(1) - 40), outer.start(1))
        if before is not None and before.group(1) in _VERB_LEADS:
            return None
        return outer.start(1)

    def _metric_pair(self, text: str, start: int, end: int) -> bool:
        """A metric word hyphenated to another one before a trade-off ("accuracy-efficiency trade-off", "Speed-Accuracy
        Curves")."""
        names = self.metric_name
        if text.startswith("-", end):
            m = _WORD_AT.match(text, end + 1)
            after = m.end() if m else end
        else:
            m = _WORD_BEFORE.search(text, max(0, start - 40), start - 1)
            after = end
        if m is None or not _TRADE_OFF.match(text, after):
            return False  # "parameter-efficiency" is one property, not two metrics
        w = m.group()
        return w.casefold() in names and self.metric_policy.get(w.casefold()) not in ("never", "not")

    def _measured(self, text: str, lo: int, hi: int) -> bool:
        """A figure or change word in text[lo:hi]; an enumeration marker "(2)" is neither."""
        for m in self.measure.finditer(text, lo, hi):
            if m.group().isdigit():
                if text.startswith(")", m.end()) and (m.start() == 0 or text[m.start() - 1] in "( \n"):
                    continue
                if _NAME_DIGIT.match(text, max(0, m.start() - 12), m.end() + 2):
                    continue  # a digit in a name or identifier: "3D scene", "GPT-4", "ResNet-50"
            return True
        return False

    def _own_figure(self, text: str, lo: int, hi: int, before_word: bool, figure: regex.Pattern | None = None) -> bool:
        """A figure in text[lo:hi] that is not another metric's ("superior performance, achieving 98.3%
        accuracy": the figure is the accuracy's). figure: what counts as one, a percent or factor unless given."""
        for m in (figure or _FIGURE).finditer(text, lo, hi):
            if before_word and (m.end() == hi or text[m.end() : hi].isspace()):
                return True  # right before the metric word: "99.9% performance"
            names = self.metric_name
            after = [w.strip(".,;:()") for w in text[m.end() : m.end() + 40].split()[:2]]
            if after and any(w in names or w.casefold() in names for w in (after[0], " ".join(after))):
                continue  # "... 98.3% accuracy"
            before = [w.strip(".,;:()") for w in text[lo : m.start()].split()[-3:]]
            if any(w in names or w.casefold() in names for w in before):
                continue  # "improving F1 by 1.5 points"
            return True
        return False

    def _shape_ok(self, surface: str) -> bool:
        """Not a compound adjective ("ID-based", "sub-2B"), a variable ("L1") or a stop name + digits."""
        if _SIM_FIGURE.match(surface):
            return False  # "sim0.6", "1.25sim1.56": a LaTeX \sim that lost its backslash, between figures
        if all(sum(c.isalpha() for c in part) < 2 for part in surface.split("-")) or _BIT_CONFIG.fullmatch(surface):
            return False  # "W4A4", "W4A16KV4": a quantization bit setting
        parts = surface.split("-")
        if len(parts) > 1:
            if all(p in self.languages for p in parts):
                return False  # "Kazakh-Russian", "English-German": a language pair
            first, last = parts[0], parts[-1]
            if first.islower() and (first in self.common or first in _PREFIXES):
                return False
            if (last.islower() and last in self.common and last not in _VARIANT_WORDS and not last[-1].isdigit()
                    or last.lower() in _ADJ_TAILS):
                return False  # "LLM-Based", "AI-Generated" (title case): a compound adjective; not "Search-o1"
        stem = entity_key(written := _STEM.sub("", surface))
        if stem in self._language_only and any(ch.isupper() for ch in written[1:]):
            return True  # "PaLI-3": inner capitals make a name, not the language Pali ("French1", "Danish-26" are)
        return not (stem and stem in self.stop)

    def _numeral(self, surface: str) -> bool:
        """A whole SHAPE_NUMERAL name ("3DPR", "4D-Bench") that can be the paper's own (a title prefix)."""
        return any(label == "SHAPE_NUMERAL" and pattern.fullmatch(surface) for label, _, pattern, *_ in self.shapes) and (
            self._shape_ok(surface) and not self._generic(entity_key(_NUMERAL_LEAD.sub("", surface))))
        # (a known tail too: "3D-ADAM: A Dataset for ..." names no Adam)

    def _generic(self, key: str) -> bool:
        return key in self.generic or (key.endswith("s") and key[:-1] in self.generic)

    def _caps_of_doc(self) -> set[str]:
        if self._caps_s is None:
            text = self._text
            self._caps_s = {entity_key(w) for w in _CAPS_S.findall(text)} if _CAPS_S_AT.search(text) else set()
        return self._caps_s

    def _blocked(self, key: str, surface: str = "") -> bool:
        if key in self._own_acronyms:
            return False
        blocked = self._blocked_of.get(key)
        if blocked is None:
            blocked = self._blocked_of[key] = (self._generic(key) or key in self.stop
                                               or "\\" in key or "=" in key  # LaTeX: "C=2mE_8\\cap"
                                               or (key.endswith("s") and key[:-1] in self.stop))
        if (blocked and (surface[-2:].isupper() and surface[-1:] == "S" or not surface and key in self._caps_of_doc())
                and key not in self.generic and key not in self.stop):
            return False  # "MASS", "DMS", "ARS": an acronym of its own, not the plural of a generic "MAS", "DM", "AR"
        return blocked

    # ------------------------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        mentions, aliases = self.find(doc)
        user_data = doc.user_data  # what `doc._.x = v` does, without building an Underscore per access
        user_data[_EXT_MENTIONS] = mentions
        user_data[_EXT_ALIASES] = aliases
        return doc

    def find(self, doc: Doc) -> tuple[list[FoundMention], list[Alias]]:
        text = doc_text(doc)
        title_end = doc.user_data.get(_EXT_TITLE_END) or 0
        view = _View(doc, text)
        self._own_acronyms.clear()
        if "A" in text and any(map(text.__contains__, _GREEK_NAMES)) and (greek := _GREEK_CAPS.findall(text)):  # "DELTA: ...", "we introduce SIGMA, a ...": an
            self._own_acronyms.update(g.lower() for g in greek)  # acronym, not the letter (a stop name when written Delta)
        if caps := {w.lower() for w in _CAPS_WORD.findall(text)} & self._language_only:
            self._own_acronyms.update(caps)  # "IDO: Incongruity-aware ...", "BALTIC: A Benchmark": not Ido, not Baltic
        self._caps_s, self._text = None, text
        idx, length = view.idx, view.length
        info_of = self.info
        keys = self._keys

        # One matcher pass: context cues (which labels end right before each token) and names;
        # case-sensitive names first, as a tie between equal spans goes to the earlier candidate.
        ends: dict[int, set[str]] = {}
        triggers: list[tuple[str, int, int]] = []
        exact_cands: list[Cand] = []
        cands: list[Cand] = []
        listed: list[Cand] = []  # metric words that count only in a list of metrics
        metric_spans: list[tuple[int, int]] = []
        rejected: list[tuple[int, int]] = []  # metric surfaces judged no mention here
        named_acronyms: set[str] = set()  # metric acronyms that name a thing in this paper ("CER framework")
        matches = self.matcher(doc)
        not_id = self.not_metric_id
        not_metric = [(ns, ne) for mid, ns, ne in matches if mid == not_id]
        for mid, s, e in matches:
            info = info_of[mid]
            if info[0] == "not":
                continue
            if info[0] == "ctx":
                _, label, before, trigger = info
                if label == "PROPOSE":  # "we (first) propose", "this paper presents": the paper introduces
                    prev = text[idx[s - 1] : idx[s - 1] + length[s - 1]].lower() if s else ""
                    if text[idx[s] + length[s] - 3 : idx[s] + length[s]] == "ing" and prev != "by":
                        continue  # a gerund counts only as "we ... by introducing X"
                    # "we argue ... and propose X", "we address this by introducing X": the subject
                    # earlier in the sentence, back to its start
                    reach = _SUBJECT_REACH if prev in _COORDINATORS else 3
                    if prev == "to":
                        view.to_clause.add(s)  # "we aim to propose X": a name only, never a description
                    subjects = _SUBJECTS if reach == 3 else _WE
                    for i in range(s - 1, max(0, s - reach) - 1, -1):
                        w = text[idx[i] : idx[i] + length[i]]
                        if w.lower() in subjects:
                            break
                        if w in _SENT_BREAKS:
                            break
                    else:
                        continue
                    if w in _SENT_BREAKS:
                        continue
                if label in ("ON", "ON_THE") and any(text[idx[k] : idx[k] + length[k]].lower() in _NOT_EVAL_ON
                                         for k in range(max(0, s - 3), s)):
                    continue  # "based on SSNMF", "we base our model on SSNMF": what a method builds on, no evaluation
                if label in ("DATA_LIST", "DATA_LIST_COMMA"):
                    prev = text[idx[s - 1] : idx[s - 1] + length[s - 1]] if s else ""
                    prev2 = text[idx[s - 2] : idx[s - 2] + length[s - 2]] if s > 1 else ""
                    if not prev or prev.lower() in _VERB_SUBJECTS or prev[:1].isupper() and label == "DATA_LIST" and (
                            not (prev2[:1].islower() or prev2[:1].isdigit()) or prev2.lower() in _VERB_SUBJECTS):
                        continue  # "a testbed that benchmarks LLMs", "Neuromem benchmarks GPT-4": a verb
                    if label == "DATA_LIST_COMMA":
                        first = s
                        while first > 0 and view.sent(first - 1) == view.sent(s):
                            first -= 1
                        if text[idx[first] : idx[first] + length[first]].lower() in _OPENING_PREPS and "," not in (
                                text[idx[first] : idx[s]]):
                            continue  # "Across three benchmarks, Foo and Bar achieve ...": the list is a subject
                if before:
                    if e in ends:
                        ends[e].add(label)
                    else:
                        ends[e] = {label}
                if trigger:
                    triggers.append((label, s, e))
                continue
            _, type_, rule, source, needs_cue, entity, exact = info
            start, end = idx[s], idx[e - 1] + length[e - 1]
            surface = text[start:end]
            if exact is not None and surface not in exact and "".join(surface.split()) not in exact:
                continue
            if source == "metric" and text[end : end + 1].isalnum():
                continue  # "CLIP-T5" is a model, not the CLIP-T metric with a digit after it
            if source == "metric":
                if any(ns <= s and e <= ne for ns, ne in not_metric):
                    continue
                if _in_compound(text, start, end):
                    if rule == "metric.head" or not self._metric_pair(text, start, end):
                        continue
                    ok = True  # "the accuracy-efficiency trade-off", "Speed-Accuracy": both are metrics
                elif self.metric_policy.get(surface.casefold()) in ("head", "head_figure"):
                    head_start = self._head_start(text, start, end, start < title_end,
                                                  self.metric_policy[surface.casefold()] == "head_figure")
                    ok = head_start is not None
                    if ok:
                        start = head_start  # "image quality", "flip rates": the modifier says what is measured
                        surface = text[start:end]
                else:
                    ok = self._metric_ok(view, s, e, start, end, surface, start < title_end)
                    if not ok and surface in _COMPOUND_HEADS and not _NAME_HEAD.match(text, end):
                        nm = _NOUN_MODIFIER.search(text, max(0, start - 25), start)
                        if (nm is not None and (nm.group(1).endswith(_NOUN_ENDS) or nm.group(1) in _NOUN_MODIFIERS)
                                and nm.group(1) not in self.not_modifier  # "enhance performance": a verb in -ance
                                and text[nm.start(1) : end].casefold() not in self.metric_name):  # judged as a whole
                            ok, start = True, nm.start(1)  # "labelling cost", "estimation error": a measured quantity
                            start = self._outer_modifier(text, start) or start  # "depth perception performance"
                            surface = text[start:end]
                    if not ok and self.metric_policy.get(surface.casefold()) == "figure_head":
                        head_start = self._head_start(text, start, end, start < title_end)
                        if head_start is not None:
                            ok, start = True, head_start
                            surface = text[start:end]
                if ok is False and surface.isupper() and _NAME_HEAD.match(text, end):
                    named_acronyms.add(surface)  # "the CER framework": CER names it all through the paper
                if not ok:
                    if ok is None:
                        listed.append(Cand(start, end, type_, rule, source, keys.get(surface) or self._key(surface),
                                           needs_cue, entity))
                    else:
                        rejected.append((start, end))
                    continue
                nm = _NOUN_MODIFIER.search(text, max(0, start - 25), start)
                if nm is not None and self.metric_policy.get(f"{nm.group(1)} {surface}".casefold()) == "joined":
                    start = nm.start(1)  # "degraded model accuracy", "step accuracy increases": one measure
                    surface = text[start:end]
                nx = _NEXT_WORD.match(text, end)
                if nx is not None and self.metric_policy.get(f"{surface} {nx.group(1)}".casefold()) == "joined":
                    end = nx.end(1)  # "improved run-time efficiency", "inference time efficiency": one measure
                    surface = text[start:end]
                    entity = self.metric_name.get(nx.group(1).casefold(), entity)  # named by its head
                if nm is not None and nm.group(1) in ("training", "inference") and " " in surface:
                    start = nm.start(1)  # "training memory footprint": what is measured, as written
                    surface = text[start:end]
                mod = _HYPHEN_MODIFIER.search(text, max(0, start - 40), start)
                if (mod is not None and not _NOT_MODIFIER.intersection(mod.group(1).split("-"))
                        and not mod.group(1).endswith(_GRADING_ENDS)):
                    start = mod.start(1)  # "sentence-level accuracy", "long-horizon F1", "top-5 accuracy"
                    surface = text[start:end]
                metric_spans.append((start, end))
            (exact_cands if exact is not None else cands).append(
                Cand(start, end, type_, rule, source, keys.get(surface) or self._key(surface), needs_cue, entity))
        for m in _metric_suffixed(text):  # "MRR@100", "Recall@10", "mAP0.5:0.95": a metric at a cut-off
            base, start, end = m.group(1), m.start(), m.end()
            if m.group(2)[0] != "@" and (base.islower() or "-" in base):
                continue  # "step2": a cut-off follows an acronym ("mAP0.5", "AP50"), not a word; "CLIP-T5" is a model
            name = self.metric_name.get(base if _exact_metric(base) else base.casefold())
            if name is None and m.group(2)[0] == "@":
                name = self.metric_name.get(f"{base}@k".casefold())  # "pass@32": the lexicon's "pass@k"
            rule = "lexicon.metrics"
            if (name is None and _CUTOFF_ONLY.fullmatch(m.group(2)) and sum(c.isalpha() for c in base) >= 2
                    and start >= title_end and "-" not in base and entity_key(base) not in self.known
                    and not self._blocked(entity_key(base))
                    and not any(a.short.startswith(base) for a in doc.user_data.get(_EXT_ABBREVIATIONS) or ())):
                name, rule = text[start:end], "metric.cutoff"  # "Hit@5", "RRA@5", "typecheck@10": a ranked metric
                # (not one the paper defines, "Hallucination Controlled Accuracy at k% (HCAcc@k%)": its own proposal)
            if name is None or any(s < end and start < e for s, e in metric_spans) or _NAME_HEAD.match(text, end):
                continue
            surface = text[start:end]
            metric_spans.append((start, end))
            exact_cands.append(Cand(start, end, "metric", rule, "metric",
                                    keys.get(surface) or self._key(surface), False, name))
        for a in doc.user_data.get(_EXT_ABBREVIATIONS) or ():
            if (a.short in self.metric_name and a.long.casefold() not in self.metric_name
                    and (a.long.split()[-1].casefold() in self.heads
                         or " " in a.long and a.long[:1].casefold() == a.short[:1].casefold() and not self._measure_like(a.long)
                         and not any(ch.isdigit() for ch in a.long))):  # (not "98.62% mean AP (a +3.09% improvement)")
                named_acronyms.add(a.short)  # "KD with Imperfect Data, namely KID": the paper's name, not a metric;
                # "Moving Object Segmentation (MOS)", "Masked Autoencoder (MAE)": the paper's MOS is no opinion score
        if named_acronyms:
            exact_cands = [c for c in exact_cands if c.source != "metric" or _last_part(text[c.start : c.end]) not in named_acronyms]
            listed = [c for c in listed if _last_part(text[c.start : c.end]) not in named_acronyms]
        if listed:
            kept = _listed_metrics(text, listed, metric_spans)
            cands.extend(kept)
            kept_spans = {(c.start, c.end) for c in kept}  # one not listed is no mention, nor a word inside it:
            rejected.extend((c.start, c.end) for c in listed  # "narrowing the accuracy gap" gives no "accuracy"
                            if (c.start, c.end) not in kept_spans)
        plural = self.metric_plural
        if plural:  # "compression ratio ... fixed compression ratios": one metric, named as in the singular
            said = {text[c.start : c.end].casefold() for c in cands if c.source == "metric"}
            if any(p in plural and plural[p] in said for p in said):
                cands = [c for c in cands if c.source != "metric"
                         or plural.get(text[c.start : c.end].casefold()) not in said]
        if rejected:  # a metric word inside a longer one judged no mention ("computational cost grows") is none
            cands = [c for c in cands if c.source != "metric" or not any(
                rs <= c.start and c.end <= re_ and re_ - rs > c.end - c.start for rs, re_ in rejected)]
        cands = exact_cands + cands
        if _ends_before(text, " and ", _SHARING):  # "memory and computational costs": two vague words sharing one
            # cost head, one metric
            for m in _SHARED_HEAD.finditer(text):
                name = self.metric_name.get(m.group(2).casefold()) or self.metric_name.get(m.group(3).casefold())
                if name is not None and m.group(1).casefold() in self.metric_name and m.start() >= title_end:
                    cands.append(Cand(m.start(), m.end(), "metric", "lexicon.metrics", "metric",
                                      self._key(m.group()), False, name))

        if "in terms of " in text:  # "in terms of accuracy, pruning ratio and operating efficiency": measures
            cands.extend(self._in_terms_of(text, title_end, cands, _TERMS_OF))
        if " in " in text:  # "outperforms state-of-the-art methods in realism, expressiveness, and emotional fidelity"
            cands.extend(self._in_terms_of(text, title_end, cands, _BETTER_IN, with_metric=True))

        for label, rule, pattern, grouped, needs in self.shapes:
            if needs is not None and not any(map(text.__contains__, needs)):
                continue  # (a literal scan: a fraction of the regex's, which tries its look-behind at every capital)
            title = label == "SHAPE_TITLE"
            data = label in ("SHAPE_DATA", "SHAPE_CHALLENGE")
            shape_keys = self._shape_keys[label]
            for m in pattern.finditer(text):
                start, end = m.start(1) if grouped else m.start(), m.end()
                if title and (start < title_end or text.startswith(_POSSESSIVE, end)):
                    continue  # "Fano's inequality", "Maxwell's equations": a person's
                surface = text[start:end]
                key = shape_keys[surface] if surface in shape_keys else self._shape_name(label, surface)
                if key is None:
                    continue
                if label == "SHAPE_MIXED" and self._acrostic_word(text, start, end):
                    continue  # "Structured TOpology Preserving LAtents": a long form's letter spelling, no name
                type_ = None
                if title:
                    # "Tulu 3", "Gemma 2": a versioned name (not "Depth Anything V2"'s last word: a capital V counts only
                    # after a name found otherwise)
                    needs_cue = _with_version(text, end) == end or text.startswith(" V", end)
                elif data:  # "the Adult dataset": the head noun after it is the cue and the type
                    needs_cue, type_ = False, "dataset"
                elif label == "SHAPE_BENCH":  # "tau-bench", "$τ^2$-Bench": the suffix types it
                    needs_cue, type_ = False, "benchmark"
                else:
                    needs_cue = label != "SHAPE_MIXED"
                cands.append(Cand(start, end, type_, rule, "shape", key, needs_cue))

        if "s (" in text or any(map(text.__contains__, _DATA_NOUNS)):
            # "four highly competitive benchmarks (Moving MNIST, Human3.6M, Weather, KITTI)"
            cands.extend(self._data_parenthesis(text, title_end))
        abbreviations: list[Abbreviation] = doc.user_data.get(_EXT_ABBREVIATIONS) or []
        pairs: dict[str, str] = {}  # key of long form or short form -> key of the short form
        for a in abbreviations:
            cands.extend(self._abbreviation(a, text, pairs))

        if "e " in text and _may_own_with(text) and _OWN_WITH.search(text, title_end):
            # "We address this bottleneck with Chain-of-Zoom (CoZ)", "our main contribution is Cross-Resolution ... (CRPA)"
            for m in _OWN_WITH.finditer(text, title_end):
                i = view.at(m.end())
                if i < view.n and view.idx[i] == m.end():
                    triggers.append(("OWN_WITH", i, i))
        proposed: set[str] = set()
        if triggers:
            cands.extend(self._proposals(view, triggers, cands, proposed))
        if view.unnamed and abbreviations:
            self._unnamed_pairs(view, abbreviations, proposed)
        if proposed and " for short" in text:  # "Inception Transformer, or iFormer for short": one thing, two names
            for m in _FOR_SHORT.finditer(text):
                if any(c.end == m.start() and c.key in proposed for c in cands):
                    proposed.add(self._key(m.group(1)))
        if title_end:
            cands.extend(self._title(text[:title_end], text, proposed, cands, abbreviations))
            if " is a" in text or ", a" in text:
                cands.extend(self._title_is_a(text[:title_end], text, title_end, proposed))
        if title_end and triggers and "e " in text:
            cands.extend(self._title_lower(text, title_end, proposed))
        if title_end and triggers and abbreviations:
            self._title_pairs(text, title_end, abbreviations, proposed)
        if title_end and proposed and (_TITLE_RUN_AFTER.search(text, 0, title_end)
                                       or _TITLE_LEAD_RUN.match(text, 0, title_end)):
            cands.extend(self._title_spells_own(text, title_end, proposed, cands))
        if proposed and ") " in text:
            cands.extend(self._enumerated_parts(text, title_end, proposed))
        if (proposed or view.unnamed) and ": " in text and _PARTS_LIST.search(text, title_end):
            cands.extend(self._listed_parts(view, title_end, proposed))
        if (proposed or view.unnamed) and _named_head(text) and _HEADED_PART.search(text, title_end):
            cands.extend(self._headed_parts(text, title_end, proposed))
        if "ew " in text or "ovel " in text:  # (session 11) "along with a new dataset, PERGData", "on a new
            for m in _NEW_DATA_NAME.finditer(text, title_end):  # benchmark, PhyX-AF": data the paper builds
                lead = text[max(text.rfind(". ", 0, m.start()), title_end) : m.start()].lower()
                if _EARLIER_IN.search(lead) or any(w in lead for w in _OTHERS_PARTS):
                    continue
                for c in cands:
                    if (c.start == m.start("name") and c.key not in self.known and not self._blocked(c.key)
                            and c.source not in ("metric", "task")):
                        proposed.add(c.key)
        repeated = [c for c in cands if c.source == "proposed" and c.rule in ("proposed.name", "proposed.title")
                    or c.source == "abbreviation" and c.key in proposed and c.key in pairs and pairs[c.key] != c.key
                    and " " in text[c.start : c.end]]  # a proposed long form, again: "LexiContrastive Grounding"
        if repeated:
            cands.extend(_repeats(text, repeated))
        if "a novel" in text or "a new" in text or "an novel" in text:  # "FooNet is a novel framework": the paper's own
            novel = self.novel_after.match
            for c in cands:
                at = c.end + 1 if text.startswith("), ", c.end) else c.end  # "Did-You-Lie (DYL), a new method"
                if (text.startswith(_NOVEL_FIRST, at) and c.key not in proposed and novel(text, at)
                        and not (c.start and (text[c.start - 1].isalnum() or text[c.start - 1] == "-"))  # "CAF-Mamba":
                        # the tail of a longer name, not the name
                        and c.source not in ("metric", "task") and not self._blocked(c.key, text[c.start : c.end])):
                    proposed.add(c.key)
            # "a novel ... technique (Variance Horizon)"
            for m in _NOVEL_PAREN.finditer(text, title_end) if _ends_before(text, " (", _NOVEL_HEADS) else ():
                key = entity_key(m.group(1))
                if key not in self.known and not self._blocked(key) and m.group(1).lower() not in self.common:
                    proposed.add(key)
                    named = Cand(m.start(1), m.end(1), None, "proposed.name", "proposed", key)
                    cands.append(named)
                    cands.extend(_repeats(text, [named]))

        also_metric = self._defined_metrics(text, cands, abbreviations, proposed)
        if proposed:  # "we introduce CoMet, a framework", "DICE: ...": the paper's own name, not the COMET or Dice metric
            cands = [c for c in cands if c.source != "metric" or c.key not in proposed or text[c.start : c.end].islower()
                     or _MEASURE_AFTER.match(text, c.end)]  # (but "With our dataset, the FID score is reduced": a metric)
        chosen = [c for c in _resolve(cands, len(text)) if c.source in ("metric", "task") or not self._blocked(c.key, text[c.start : c.end])
                  and not (c.source == "shape" and _METRIC_VARIANT.fullmatch(text, c.start, c.end))  # "mF1", "SegF1"
                  and not _HARDWARE_AFTER.match(text, c.end)  # "ten Titan X GPUs", "on Xeon processors": hardware
                  or c.key in _DATA_PLATFORMS and c.source == "shape" and c.type == "dataset"]  # "the Twitter dataset"
        votes = self._type_votes(view, chosen, ends)
        if title_end and self._spelled_as:  # "MiLQ: ... with Mixed Language Queries": typed as MiLQ is
            for run_key, name_key in self._spelled_as.items():
                if name_key in votes:
                    votes[run_key] = list(votes[name_key])
            self._spelled_as.clear()
        for c in chosen:
            if c.rule == "proposed.title" and c.type in ("dataset", "benchmark") and c.source == "proposed":
                votes.setdefault(c.key, [0, 0, 0, 0, 0])[_SLOT[c.type]] += 3  # the title says what it is; outweighs a spelling vote
        if proposed and abbreviations:  # 'the "Haibu Mathematical-Medical Intelligent Agent" (MMIA)': a proposed
            ends = {c.end: c.start for c in cands if c.key in proposed and c.source == "proposed"}  # name ending in a long form
            for a in abbreviations:
                if ends.get(a.long_end, a.long_start + 1) < a.long_start:
                    proposed.add(entity_key(a.short))
        for short_key in set(pairs.values()):
            for k, v in pairs.items():
                if v == short_key and k in proposed:
                    proposed.add(short_key)
        for k, v in pairs.items():
            if v in proposed:
                proposed.add(k)
        if abbreviations and (proposed or view.unnamed or "novel " in text or "new " in text or "innovative " in text):
            # "ECA employs ... a Mixture of Query (MoQ) module": parts
            for a in abbreviations:
                long_key, short_key = entity_key(a.long), entity_key(a.short)
                if (short_key in proposed or pairs.get(long_key) != short_key or short_key in self.known
                        or long_key in self.known):
                    continue
                words = [w for w in _SPLIT.split(a.long) if w]
                after = text[a.short_end + 1 : a.short_end + 12].split(" ", 2)[1:2]
                written = text[text.rfind(". ", 0, a.long_start) + 1 : a.long_start]
                lead = written.lower()
                head = words[-1].lower() if words[-1].lower() in _PART_HEADS else after[0].strip(",.;") if after else ""
                if (proposed and head in _PART_HEADS
                        and (head in _OLD_PART_HEADS or _PART_ARTICLE.search(lead)
                             and (not lead.endswith("the ") or _PART_AFTER_THE.match(text, a.short_end)))
                        and all(w[:1].isupper() or w in _LOWER_JOINS for w in (words[:-1] if words[-1] in _PART_HEADS
                                                                                 else words))
                        and words[0][:1].isupper()  # (also "a High-Low Frequency Extraction module (HLFE)")
                        and not _others_parts(lead)):  # "attention mechanisms, including GAM"
                    proposed.add(short_key)
                    proposed.add(long_key)
                elif (_NOVEL_BEFORE.search(lead) and a.long[:1].isupper() and not self._generic(long_key)
                      and not text.startswith("-", a.short_end + 1)  # "a novel Lyapunov Exponent (LE)-guided ...": a modifier
                      and not self._blocked(long_key) and not self._blocked(short_key)
                      and not _others_parts(lead) and not _EARLIER_IN.search(lead)
                      and not any(w.strip(",.;") in _NOT_METHOD_NOUNS  # "a new Text-Frame-to-Motion
                                  for w in text[a.short_end + 1 : a.short_end + 30].split()[:2])
                      # (TF2M) generation task"
                      and not any(w in self.languages for w in words)  # "a novel Russian Sign Language (RSL) dataset"
                      and a.long.casefold() not in self.metric_name):  # "a novel Mutual Information (MI) estimator"
                    proposed.add(short_key)  # "where a novel Latent Q-Former (LQ-Former) acts as ...", "via a novel
                    proposed.add(long_key)  # Geometry-guided Cross-view Attention (GCA) mechanism": the paper's own
                elif ((proposed or view.unnamed) and (spaced := a.long.split())
                      and all(w[:1].isupper() or w in _LOWER_JOINS for w in spaced[:-1])
                      and spaced[0][:1].isupper()
                      and (spaced[-1][:1].isupper() or self.heads.get(spaced[-1].lower(), ("",))[0] == "method")
                      and not self._generic(long_key) and not self._blocked(long_key) and not self._blocked(short_key)
                      and self._our_parts(written, proposed)):
                    proposed.add(short_key)  # "The framework comprises three modules: the Multimodal Attention
                    proposed.add(long_key)  # module (MANM), the Graph-based Feature Reconstruction Module (GFRM), ..."
                elif (proposed and (first_own := min((c.start for c in cands if c.key in proposed
                                                      and c.start >= title_end), default=len(text))) < a.long_start
                      and text.rfind(". ", 0, first_own) < text.rfind(". ", 0, a.long_start)
                      and _PART_OPENING.fullmatch(written) and text.startswith(") ", a.short_end)
                      and _PART_VERB.match(text, a.short_end + 2)
                      and a.long[:1].isupper() and not a.long.endswith("s") and " " in a.long
                      and not a.long.startswith(("The ", "A ", "An "))  # "The Visual Geometry Transformer (VGGT) is slow"
                      and all(w[:1].isupper() or w[:1].isdigit() or w in _LOWER_JOINS for w in a.long.split())
                      and not self._generic(long_key) and not self._blocked(long_key) and not self._blocked(short_key)):
                    proposed.add(short_key)  # "... we propose LeAD-M3D. ... Finally, Confidence-Gated 3D Inference
                    proposed.add(long_key)  # (CGI3D) accelerates detection ...": a part of the paper's own, named as
                    # a sentence's subject after the sentence that proposed the method
                elif (proposed and (spaced := a.long.split()) and len(spaced) >= 2
                      and not (a.short.endswith("s") and a.long.endswith("s"))  # "Abstract Syntax Trees (ASTs)"
                      and not _PAIR_INSIDE.match(text, a.short_end)  # "a Breadth-First Search (BFS) Reasoning Flow"
                      and not text.startswith("-", a.short_end + 1)  # "a novel Lyapunov Exponent (LE)-guided approach"
                      and all(w[:1].isupper() or w in _LOWER_JOINS for w in spaced) and spaced[0][:1].isupper()
                      and (_WE_PROPOSE.search(lead) and _PAIR_LEAD.search(written)
                           and any(entity_key(w.strip(",;:()\\{}")) in proposed for w in written.split()[2:])
                           or not a.short.endswith("s") and _own_uses(written, lead, proposed))  # (not "incorporating
                      # Activities of Daily Living (ADLs)": a plural names a kind of thing)
                      and not _EARLIER_IN.search(lead)
                      and not _others_parts(lead) and not _BUILT_ON_LEAD.search(written)
                      and self._head_type(a.long) in ("method", "")
                      and not any(w.strip(",.;") in _NOT_METHOD_NOUNS
                                  for w in text[a.short_end + 1 : a.short_end + 30].split()[:2])
                      and not any(w in self.languages for w in spaced)
                      and a.long.casefold() not in self.metric_name and not self._generic(long_key)
                      and not self._blocked(long_key) and not self._blocked(short_key)):
                    proposed.add(short_key)  # (session 11) "we introduce VolumetricSMPL, a neural volumetric body
                    proposed.add(long_key)  # model that leverages Neural Blend Weights (NBW)", "we propose
                    # EventRefer, a ... framework that ... through a Mixture of Event-Attribute Experts (MoEE)": a
                    # Title-Case pair after the proposed name in its proposal sentence, as what it uses or is made of
        if proposed:  # "PERIA-8B", "Pythagoras-Prover-4B": a size of the proposed model is the paper's own
            stems = [p for p in proposed if len(p) >= 3]
            for c in chosen:
                if c.key not in proposed and c.source not in ("metric", "task"):
                    for p in stems:
                        if c.key.startswith(p) and _SIZE_TAIL.fullmatch(c.key, len(p)) and not c.key[len(p) - 1].isdigit():
                            proposed.add(c.key)
                            break
                    else:
                        dash_at = text.rfind("-", c.start, c.end)
                        if dash_at < 0:
                            continue
                        stem, tail = text[c.start : dash_at], text[dash_at + 1 : c.end]
                        if (_VARIANT_TAIL.fullmatch(tail) and tail.lower() not in _ADJ_TAILS
                                and tail.lower() not in _NOT_NAME_PARTS and len(stem) >= 3
                                and (self._keys.get(stem) or self._key(stem)) in proposed
                                and entity_key(tail) not in pairs):  # "Hankel-DMD" with "... (DMD)": a DMD
                            proposed.add(c.key)  # "MiniCPM-DPO", "MiniCPM-MoE", "GTR-T": variants of the paper's own
                            if c.key in pairs:  # "Generative Tabular Text Retrieval (GTR-T)": its long form too
                                proposed.update(k for k, v in pairs.items() if v == c.key)

        known = self.known
        unknown = {entity_key(a.short) for a in abbreviations  # pairs typed by their head noun only
                   if entity_key(a.short) not in known and entity_key(a.long) not in known}
        short_text: dict[str, str] = {}  # key of a short form -> the short form as first defined
        method_headed: set[str] = set()  # keys of short forms whose (first) long form ends in a method head noun
        for a in abbreviations:
            short_key = entity_key(a.short)
            if short_key not in short_text and self._head_type(a.long) == "method":
                method_headed.add(short_key)
            short_text.setdefault(short_key, a.short)
        mentions: list[FoundMention] = []
        datasets: dict[str, list[FoundMention]] = {}  # key -> its dataset/benchmark mentions, for DATA_JOIN
        covered = -1  # the end of an edition's task joined to its name: "Task 1" is no mention of its own
        for c in chosen:
            if c.start < covered:
                continue
            if c.source == "metric":
                mentions.append(_mention(start=c.start, end=c.end, type="metric", role=None, rule=c.rule, entity=c.entity))
                continue
            if c.source == "proposed" and (w := _WORD_OF.match(text, c.start)) and entity_key(w.group(1)) in self.stop:
                continue  # "the University of Edinburgh's ... systems": an institution, named by a stop word
            type_ = self._decide_type(c, votes, proposed)
            if type_ is None:
                continue
            if type_ == "task" and c.source == "abbreviation" and c.key in proposed and pairs.get(c.key) in unknown:
                type_ = "method"  # "termed YOLO-AMC (YOLO with Attention Mechanisms for Crack Detection)": ours
            elif (type_ in ("dataset", "benchmark") and c.source == "abbreviation" and c.type == "method"
                  and pairs.get(c.key) in proposed and pairs.get(c.key) in unknown
                  and pairs[c.key] in method_headed
                  and _APPOSITIVE_KEY + c.key not in votes):
                type_ = "method"  # "we propose ... Long Short Distance Attention (LSDA)": its own definition, not
                # a context vote ("LSDA splits the self-attention module")
            elif (type_ == "method" and (b := _BENCH_NAME.search(text, c.start, c.end)) is not None
                  and b.span() != (c.start, c.end) and " " not in text[c.start : c.end]):
                type_ = "benchmark"  # "ClawBench, an evaluation framework", "a question answering benchmark, Q-Bench-Video":
                # a name that says Bench or Arena is one, whatever its appositive calls it (not "Chatbot Arena"-like phrases)
            end = c.end
            entity = c.entity
            if type_ in NAMED and c.source != "task":
                end = _with_version(text, end)
                if type_ != "method" and end == c.end and text.startswith(" ", end) and not text[end - 1].isdigit():
                    y = _YEAR.match(text, end)  # "TREC 2002", "CLEF-IP 2010": a dataset's edition is part of its name
                    end = y.end() if y else end
                if type_ != "method" and text.startswith(" Task ", end) and _EDITION_END.search(text, c.start, end):
                    t = _EDITION_TASK.match(text, end)  # "SemEval-2018 Task 1": a shared task of an edition
                    if t:
                        end = covered = t.end()
                if type_ == "method" and c.source in ("gazetteer", "shape"):
                    t = _MODEL_TIER.match(text, end)  # "Gemini 2.5 Pro", "GPT-4o Mini", "Claude 3.7 Sonnet", "Gemini
                    if t:  # 2.5-Pro": the tier is part of the model's name, no mention of its own ("Claude Sonnet 3.5",
                        end = covered = _with_version(text, t.end())  # "Claude Sonnet-4.5": and a version after it)
                    while (h := _HYPHEN_VARIANT.match(text, end)) is not None:
                        end = covered = h.end()  # "Gemma-3-4B-it", "Qwen-Image", "ViT-B/16": the model's own variant
                elif type_ != "method" and (t := _BENCHMARK_TIER.match(text, end)):
                    end = covered = t.end()  # "SWE-Bench Lite", "SWE-bench Verified": the subset is part of the name
            role = None
            if type_ == "method":
                role = "proposed" if c.key in proposed or pairs.get(c.key) in proposed else "mentioned"
            elif type_ in ("dataset", "benchmark") and (c.key in proposed or pairs.get(c.key) in proposed):
                role = "proposed"  # "we introduce RM-Bench, a benchmark ...": a dataset the paper builds
            if c.key in pairs:
                entity = short_text.get(pairs[c.key], pairs[c.key])
            if type_ in ("dataset", "benchmark") and _VENUE_BEFORE.search(text, max(0, c.start - 40), c.start):
                continue  # "MEBin (published in CVPR2025)", "published at CoNLL 2023": a venue, not data
            start = c.start
            if type_ in ("dataset", "benchmark") and c.start > 2 and text[c.start - 1] == " ":
                lang = text[text.rfind(" ", 0, c.start - 1) + 1 : c.start - 1]
                if lang in self.languages:  # "Chinese PropBank", "English Wikipedia": the language names the resource
                    start = c.start - len(lang) - 1
            if text.startswith("\\", start):  # "\\textbf{HuiYanEarth-SAR}": the name inside the markup
                m = _LATEX_WRAP.fullmatch(text, start, end)
                if m is None:
                    continue
                start, end = m.start(1), m.end(1)
            mention = _mention(start=start, end=end, type=type_, role=role, rule=c.rule, entity=entity)
            mentions.append(mention)
            if also_metric and type_ == "method" and c.key in also_metric:  # the paper's own measure, a metric too
                mentions.append(_mention(start=start, end=end, type="metric", role=None, rule="metric.defined",
                                         entity=None))
            if type_ in ("dataset", "benchmark") and pairs.get(c.key, c.key) == c.key:
                datasets.setdefault(c.key, []).append(mention)
        if short_text:
            self._one_type_per_pair(mentions, datasets, {v: k for k, v in short_text.items()}, method_headed)
        if datasets:
            self._join_heads(text, datasets)
        aliases = self._aliases(abbreviations, mentions, text) if abbreviations else []
        return mentions, aliases

    def _in_terms_of(self, text: str, title_end: int, cands: list[Cand], lead: regex.Pattern, with_metric: bool = False) -> list[Cand]:
        """The lower-case noun phrases listed after "in terms of" that are headed by a measure noun are what a
        comparison measures ("in terms of accuracy, pruning ratio and operating efficiency", "in terms of semantic
        richness"): each is a metric mention unless it is a graded or verb-like phrase, a word the metric lexicon
        restrains, or the list runs on into a longer phrase; a head is a `term_head` of rules/metric_modifiers.tsv,
        a word in -ness/-ity/-cy/-ism/-ance or a lexicon metric ("in terms of data and algorithm" names none).
        `with_metric`: a list after "outperforms X in", "superior in" ... counts only with a metric mention among its
        items and another item beside it ("in realism, expressiveness, and emotional fidelity")."""
        out: list[Cand] = []
        taken = [(c.start, c.end) for c in cands if c.source == "metric"]
        for m in lead.finditer(text, title_end):
            items, pos = [], m.end()
            while (it := _TERM_ITEM.match(text, pos)) is not None:
                items.append((it.start(), it.end()))
                j = _TERM_JOIN.match(text, it.end())
                if j is None:
                    break
                pos = j.end()
            pos = items[-1][1] if items else pos
            if not items or not _TERMS_END.match(text, pos):
                continue  # "in terms of poses and body shapes, failing ...": no plain list of measures
            if with_metric and (len(items) < 2 or not any(s < b and a < e for a, b in items for s, e in taken)):
                continue  # "outperforms X in classification and detection": tasks, unless a listed item is a measure
            for a, b in items:
                surface = text[a:b]
                words = surface.split()
                if (self.metric_policy.get(surface.casefold()) in ("never", "not") or words[0] in self.not_modifier
                        or words[-1].endswith(("ly", "ing", "ed")) or any(s < b and a < e for s, e in taken)
                        or words[0].endswith(("ing", "ed")) and words[0] not in self.noun_ing  # "failing ..."
                        or words[-1] not in self.term_heads and not words[-1].endswith(_MEASURE_ENDS)
                        and surface.casefold() not in self.metric_name):  # "in terms of data and algorithm"
                    continue
                if with_metric and (words[-1].casefold() in ("metric", "metrics")
                                    or len(words) > 1 and words[0].endswith("s") and not words[0].endswith("ss")):
                    continue  # "in both quantitative metrics and visual quality": no measure's name; "and exhibits
                    # greater sensitivity": a verb's phrase
                out.append(Cand(a, b, "metric", "metric.in_terms_of", "metric", self._key(surface), False, None))
        return out

    def _defined_metrics(self, text: str, cands: list[Cand], abbreviations: list[Abbreviation],
                         proposed: set[str]) -> set[str]:
        """A defined name headed by a measure noun (rules/metric_defined_heads.txt) is a metric, no method: an
        acronym's long form and its uses ("Group Unfairness Score (GUS)", "similarity-based normalized statistics
        rate (SNSR)") and a name the paper introduces ("novel metrics, namely the GLCM Score and ..."); not a name
        the lists know, nor one the metric lexicon reports already."""
        heads = self.metric_heads
        keys: set[str] = set()
        own: set[str] = set()  # the paper's own measure stays its proposal ("we design a Collaborative Importance
        # Metric (CIM) that ..."), a metric too where its sentence calls it one ("novel metrics, namely the GLCM Score")
        for a in abbreviations:
            words = _SPLIT.split(a.long.lower())
            if words[-1] not in heads or "\\" in a.long or a.long.casefold() in self.metric_name:
                continue
            long_key, short_key = entity_key(a.long), entity_key(a.short)
            if long_key in self.known or short_key in self.known:
                continue
            after = _AFTER_DEFINITION.match(text, a.short_end)
            if after is not None and (after.group(1).lower() in self.heads or _NAME_HEAD.match(text, a.short_end)
                                      or len(after.group(1)) > 5 and after.group(1).endswith(("er", "ers", "or", "ors"))):
                continue  # "a minimum mean squared error (MMSE) denoiser": the measure names a part of a method
            keys.update((long_key, short_key))
            if long_key in proposed or short_key in proposed or any(
                    c.source == "proposed" and c.key in (long_key, short_key) for c in cands):
                own.update((long_key, short_key))
        for c in cands:
            if c.source == "proposed" and c.key not in self.known:
                words = text[c.start : c.end].split()
                if (len(words) > 1 and words[-1].lower() in heads and words[-1][:1].isupper()
                        and words[0].lower() not in _NOT_NAME_FIRST):  # not "Beyond Accuracy: What Matters ..."
                    keys.add(c.key)  # "the GLCM Score", "Real-Time Accuracy": a Title-Case name of a measure
                    own.add(c.key)
        if not keys:
            return set()
        also: set[str] = set()
        for c in cands:
            if c.key in own and c.source in ("abbreviation", "proposed") and c.key not in also:
                lo = max(text.rfind(". ", 0, c.start), 0)
                hi = text.find(". ", c.end)
                hi = len(text) if hi < 0 else hi
                if _MEASURE_WORD.search(text[lo : c.start]) or _MEASURE_WORD.search(text, c.end, hi):
                    also.add(c.key)
            elif c.key in keys and c.key not in own and c.source in ("abbreviation", "proposed"):
                c.type, c.rule, c.source, c.needs_cue, c.entity = "metric", "metric.defined", "metric", False, None
        for a in abbreviations:
            pair = (entity_key(a.long), entity_key(a.short))
            if also.intersection(pair):
                also.update(pair)
        return also

    def _head_type(self, long: str) -> str:
        """The type `entity_heads.tsv` gives the last word of a long form ("" when it names none)."""
        return self.heads.get(_SPLIT.split(long.lower())[-1], ("",))[0]

    def _one_type_per_pair(self, mentions: list[FoundMention], datasets: dict[str, list[FoundMention]],
                           short_keys: dict[str, str], method_headed: set[str]) -> None:
        """A long form and its acronym are one entity, so one type: "the MiMIC (Multi-Modal Indian Earnings
        Calls) dataset" made the acronym a dataset (its context) and the long form a method (no head noun).
        A method head on the long form makes the pair a method; otherwise the data type a member got wins."""
        groups: dict[str, list[FoundMention]] = defaultdict(list)
        for m in mentions:
            if m.entity in short_keys and m.type in ("method", "dataset", "benchmark"):
                groups[m.entity].append(m)
        for short, members in groups.items():
            types = {m.type for m in members}
            if "method" not in types or len(types) == 1:
                continue
            if short_keys[short] in method_headed:
                target = "method"
            else:
                target = "benchmark" if "benchmark" in types else "dataset"
            role = None
            if target == "method":
                role = "proposed" if any(m.role == "proposed" for m in members) else "mentioned"
            for m in members:
                if m.type != target:
                    if m.type != "method":  # a data mention no more: no head noun joined to it
                        for found in datasets.values():
                            if m in found:
                                found.remove(m)
                    m.type, m.role = target, role
                elif target == "method":
                    m.role = role

    def _data_parenthesis(self, text: str, title_end: int) -> list[Cand]:
        """Every member of a parenthesised list of two or more capitalised names right after a plural data noun is
        a dataset, even a common word ("benchmarks (Moving MNIST, Human3.6M, Weather, KITTI)"); not a list holding a
        lower-case word, a figure, a known method or a stop name."""
        out = []
        for m in _DATA_PAREN.finditer(text, title_end):
            members = [(g.start(), g.end()) for g in _PAREN_MEMBER.finditer(text, m.start(1), m.end(1))]
            rest = _PAREN_MEMBER.sub("", m.group(1))
            if len(members) < 2 or rest.strip(" ,&") and not _PAREN_JOINS.fullmatch(rest):
                continue  # a lower-case word or a figure: no plain list of names
            keys = [self._keys.get(text[a:b]) or self._key(text[a:b]) for a, b in members]
            if any(self.known.get(k) == "method" or self._blocked(k) for k in keys):
                continue
            out.extend(Cand(a, b, "dataset", "shape.data", "shape", k) for (a, b), k in zip(members, keys))
        if any(map(text.__contains__, _DATA_NOUNS)):  # "two fetal ultrasound datasets, FUGC and PSFH, show ...": the
            # same after a comma or cue, or a bare "datasets" (not "benchmarks": "a testbed that benchmarks Foo and Bar")
            for m in _DATA_COMMA_LIST.finditer(text, title_end):
                lead = text[max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1 : m.start()]
                if lead.split(" ", 2)[1:2] and lead.split()[0].lower() in _OPENING_PREPS and "," not in lead and (
                        not text.startswith(",", m.end())):
                    continue  # "Across 23 benchmarks, Foo-8B and Foo-14B outperform ...": the list is a subject
                members = [(g.start(), g.end()) for g in _PAREN_MEMBER.finditer(text, m.start(1), m.end(1))]
                rest = _PAREN_MEMBER.sub("", m.group(1))
                if len(members) < 2 or rest.strip(" ,&") and not _PAREN_JOINS.fullmatch(rest):
                    continue
                keys = [self._keys.get(text[a:b]) or self._key(text[a:b]) for a, b in members]
                if any(self.known.get(k) == "method" or self._blocked(k) for k in keys):
                    continue
                out.extend(Cand(a, b, "dataset", "shape.data", "shape", k) for (a, b), k in zip(members, keys))
        return out

    def _join_heads(self, text: str, datasets: dict[str, list[FoundMention]]) -> None:
        """A dataset name whose every mention is followed by a head noun ("the Europarl corpus") takes
        the head into its spans (TDMSci writes it so); its entity stays the bare name. A name also
        written bare keeps its bare spans, so one paper names one thing one way; a defined long form
        (not passed here) is never extended."""
        match = self.data_join.match
        for found in datasets.values():
            ends = [match(text, m.end) for m in found]
            if all(ends):
                for m, j in zip(found, ends):
                    m.entity = m.entity or text[m.start : m.end]  # "Europarl corpus" is the entity Europarl
                    m.end = j.end()

    # --- evidence ---------------------------------------------------------------------------

    def _abbreviation(self, a: Abbreviation, text: str, pairs: dict[str, str]) -> list[Cand]:
        """The long form and every use of the short form, typed by the long form's head noun."""
        long_key, short_key = entity_key(a.long), entity_key(a.short)
        if (self._generic(short_key) and short_key not in self.stop and not self._blocked(long_key)
                and _OWN_LONG_FORM.fullmatch(a.long) and not a.short.endswith("s")
                and not any(self._generic(entity_key(" ".join(words[k:]))) for words in [a.long.split()]
                            for k in range(1, len(words)) if k < len(words) - 1 or "-" in words[k])):
            self._own_acronyms.add(short_key)  # "The Atomic Reasoner (AR)", "Spatial Attention Enhancement (SAE)":
            # a name of the paper's own, not the family the acronym usually names (a plural pair is a family, and
            # so is a long form ending in one: "Convolution Neural Network (CNN)", "Speech Language Model (SLM)",
            # "LiDAR-based Vehicle-to-Everything (V2X)")
        if self._blocked(long_key) or self._blocked(short_key):
            return []
        if a.long.casefold() in self.metric_name or (a.short in self.metric_name
                                                      and a.long.split()[-1].casefold() not in self.heads):
            return []  # the metric lexicon reports these; not "KD with Imperfect Data, namely KID" (a named thing)
        if a.long.islower() and " " not in a.long and short_key in self.known:
            return []  # "formal mathematics (MATH)": a known name glossed by a word, no definition
        if "\\" in a.long or "\\" in a.short:
            return []  # LaTeX markup ("\\textbf{L}ayer-importance ... (\\textbf{LDEPrompt})"): the bare name is found as a shape
        # The paper's own definition types the pair before any list does: "(HAR)" here is a task.
        head = _SPLIT.split(a.long.lower())[-1]
        head_type, strength = self.heads.get(head, (None, "weak"))
        if head_type is not None and strength == "weak" and (p := _LONG_PREP.search(a.long)) is not None:
            # "KD with Imperfect Data (KID)": the head is the noun before the preposition, not a weak head after it
            before = _SPLIT.split(a.long[: p.start()].lower())[-1]
            head_type, strength = self.heads.get(before, (None, "weak"))
        type_ = self.known.get(long_key)
        strong = type_ is not None or strength == "strong"
        if type_ is None and strength == "strong":
            type_ = head_type
        short_type = self.known.get(short_key)
        if (type_ is None and short_type in ("dataset", "benchmark") and a.long[1:].islower() and " " in a.long
                and strength != "strong"):
            short_type = None  # "multi-agent debate (MAD)", "retrieval-augmented fine-tuning (RAFT)": a lower-case
            # long form defines the paper's concept, not the dataset a gazetteer spells so (names are capitalised)
        if type_ is None and short_type in ("dataset", "benchmark") and head_type == "method" and " " in a.long:
            short_type = None  # "Common Vulnerability Scoring System (CVSS)", "Speech Instruction Fine-Tuning (SIFT)":
            # a long form ending in a method noun defines a method, not the dataset a gazetteer spells so
        type_ = type_ or short_type or head_type
        strong = strong or short_type is not None
        after = _AFTER_DEFINITION.match(text, a.short_end)
        if after is not None and a.long_end <= a.short_start:
            # The noun right after the definition names what the pair is: "the Latent Action Representation
            # Yielding (LARY) Benchmark" is a benchmark (a capitalised data head, not after a task: "(VQA)
            # benchmarks" name a task), "the ... Preference Datasets (Sentimatic) methodology" a method (a method
            # noun only overrides a data head: "(KG) embedding" keeps its long form's type). A singular data head
            # in lower case types it too: "the Remote Sensing Rich Text (RSRT) dataset" (not a task's name: "a
            # machine reading comprehension (MRC) dataset" is data for the task, "a Russian Sign Language (RSL)
            # dataset" for the language).
            next_type, next_strength = self.heads.get(after.group(1).lower(), (None, "weak"))
            if (next_strength == "strong" and next_type in ("dataset", "benchmark")
                    and (after.group(1)[0].isupper() or after.group(1) in _DATA_HEADS and _DATA_HEAD_END.match(text, after.end())
                         and "task" not in (self.known.get(long_key), self.known.get(short_key), short_type)
                         and not a.long.casefold().endswith(("language", "languages")))
                    and (head_type != "task" or a.long[:1].isupper() and _BUILT_BEFORE.search(text, max(0, a.long_start - 60), a.long_start))
                    # ("we develop the Dynamic Scene Image Alignment (DSIA) dataset": a task word ends the name of the
                    # data the paper builds; not "a machine reading comprehension (MRC) dataset" used for the task)
                    or next_type == "method" and head_type in ("dataset", "benchmark")
                    or next_type == "method" and next_strength == "strong" and self.known.get(long_key) is None
                    and short_type in ("dataset", "benchmark") and head_type is None and a.long[:1].isupper()
                    # "our Differential Token Drop (DTD) module": not the DTD dataset
                    or after.group(1) in _TOOL_NOUNS and (head_type is None or head_type == "method")
                    and a.long[:1].isupper() and not strong):  # "Hierarchical Affinity Clustering (HAC) algorithm",
                # "a Mixture of Low-Rank Adaptation (MoLoRA) technique" (not "(VLA) models": a family)
                type_, strong = next_type, True
        if type_ is None:
            type_ = "method"
        pairs[long_key] = short_key
        pairs[short_key] = short_key
        rule = "abbreviation" if strong else "abbreviation.weak"
        out = [Cand(a.long_start, a.long_end, type_, rule, "abbreviation", long_key, not strong)]
        n = len(a.short)
        i = text.find(a.short)
        while i >= 0:
            before, after = text[i - 1 : i] if i else " ", text[i + n : i + n + 2]
            if not (before.isalnum() or before == "-" or after[:1].isalnum() or after[:1] == "-" and after[1:].isalnum()):
                out.append(Cand(i, i + n, type_, rule, "abbreviation", short_key, not strong))
            i = text.find(a.short, i + n)
        return out

    def _proposals(self, view: _View, triggers, cands, proposed) -> list[Cand]:
        """Names the paper introduces: after PROPOSE/CALLED, after "our", in an appositive."""
        text = view.text
        by_start = sorted((c for c in cands if c.source not in ("metric", "task")), key=_START)
        at_start = {c.start: c for c in by_start}  # the last candidate starting at a character
        by_end = {c.end: c for c in by_start}
        new: list[Cand] = []
        sent_of = view.sent
        we_sents = None  # sentences with a PROPOSE/OUR/PASSIVE cue, read for CALLED only
        if len(triggers) > 1:
            triggers = sorted(triggers, key=_INTRODUCES_LAST)
        for label, s, e in triggers:
            own = True
            if label == "OWN_WITH":  # a name right after "we address this ... with", "our main contribution is"
                had = set(proposed)
                found = self._scan(view, e, "CALLED", at_start, new, proposed)
                c = at_start.get(view.idx[found]) if found is not None else None
                if c is None and found is not None and new and new[-1].start == view.idx[found]:
                    c = new[-1]
                if c is not None and c.key not in had and (c.key in self.known or not _HEAD_APPOSITIVE_END.match(text, c.end)):
                    proposed.discard(c.key)  # "we tackle this with GPT-4o": a known model applied, not the paper's own;
                    # "with SURE Guided Posterior Sampling (SGPS)": a part of a longer name, no name of its own
                continue
            if label == "CALLED":
                if we_sents is None:
                    we_sents = {sent_of(t) for lab, t, _ in triggers if lab in ("PROPOSE", "OUR", "PASSIVE")
                                and (view.lower(t) not in _GATHER_VERBS or not _EARLIER_IN.search(
                                    text, text.rfind(". ", 0, view.idx[t]) + 1,
                                    view.end(min(view.sent_end(t), view.n) - 1)))}
                    # ("we collect a corpus named EANames"; not "we ... collect insults via Telegram using an existing
                    # chatbot, named Fiero")
                own = sent_of(s) in we_sents
                if not own and not (view.lower(s) in _NAMING and self._this_paper(view, s)):
                    continue
            elif label == "PASSIVE":  # "a Cascade Group Strip Mixing Module (CGSMM) is proposed"
                sent = sent_of(s)
                if any(view.lower(k) in _EARLIER for k in range(max(0, s - 25), s) if sent_of(k) == sent):
                    continue  # "Recently, Stitchable Neural Networks (SN-Net) is proposed": others' work
                c = self._cand_before(view, s, by_end) or self._run_before(view, s)
                if (c is not None and c.key in self.known and c.source in ("gazetteer", "shape")
                        and not any(o.key == c.key and o.source == "abbreviation" for o in cands)):
                    continue  # "State Space Models, notably Mamba, is introduced to ...": a known name the abstract
                    # does not define is applied here ("Brightness Perception network (BP-Net) ... BP-Net is
                    # proposed" stays the paper's own)
                if c is not None:
                    if c.source == "proposed":  # "the Multi-view Cross Former module is proposed"
                        new.append(c)
                    proposed.add(c.key)
                continue
            elif label == "INTRODUCES":  # "Earth-Adapter introduces a novel ... process"
                c = self._cand_before(view, s, by_end)
                if (c is None or c.key not in proposed) and new and s:  # a proposal's name, again: "we introduce
                    end = view.end(s - 1)  # Earth-Adapter, ... Earth-Adapter introduces"
                    c = next((n for n in new if text.endswith(text[n.start : n.end], 0, end)
                              and not text[end - (n.end - n.start) - 1 : end - (n.end - n.start)].isalnum()), c)
                if c is None or c.key not in proposed:
                    continue
            if label in ("CALLED", "PROPOSE") and view.lower(s) in _NAMING and any(
                    view.lower(k) in _NOT_METHOD_NOUNS for k in range(max(0, s - 3), s)):
                continue  # "tasks called Cross-Entropy Games", "a failure we term Cross-Style Collapse"
            scan_label = "PROPOSE_TO" if label == "PROPOSE" and s in view.to_clause else label
            describes = label == "PROPOSE" and view.lower(s).startswith("describ")
            gathers = label == "PROPOSE" and view.lower(s) in _GATHER_VERBS
            had = set(proposed) if describes or gathers or label == "OUR" else None
            found = self._scan(view, e, scan_label, at_start, new, proposed)
            if found is not None and label == "OUR":
                # "our fine-tuned Mistral 7B", "our ViT approach": a listed model the abstract does not define is one
                # the paper applies, not its own (not "our proposed KITTI-Weather benchmark", "Our new method, HELM")
                at = view.idx[found]
                named = new[-1] if new and new[-1].start == at else at_start.get(at)
                if (named is not None and named.key not in had and _APPLIED_GAP.fullmatch(text, view.end(e - 1), at)
                        and any(o.start == at and o.source == "gazetteer" and o.key in self.known for o in by_start)
                        and not any(o.key == named.key and o.source == "abbreviation" for o in cands)):
                    proposed.discard(named.key)
                    continue
            if found is not None and gathers:
                # "we compile GaussianVerse, a large-scale dataset", "we collect a new dataset, Flat-2D, with ...";
                # not a name modifying what is gathered: "collects Google Maps reviews", "compile 120k RGBA images"
                named = new[-1] if new and new[-1].start == view.idx[found] else at_start.get(view.idx[found])
                nxt = _NEXT_WORD.match(text, named.end) if named is not None else None
                if nxt is not None and nxt.group(1) not in self.heads and nxt.group(1) not in _PHRASE_ENDS:
                    if named.key not in had:
                        proposed.discard(named.key)
                        if new and new[-1] is named:
                            new.pop()
                    continue
            if found is not None and describes:
                # "This paper describes LexiContrastive Grounding (LCG), a ...": a name defined or described right
                # after it; not "we describe the Theory of Mind literature"
                named = at_start.get(view.idx[found]) or (new[-1] if new and new[-1].start == view.idx[found] else None)
                if named is None or not text.startswith((" (", ", a", ", the", ", which"), named.end):
                    if named is not None and named.key not in had:
                        proposed.discard(named.key)
                        if new and new[-1] is named:
                            new.pop()
                    continue
            if found is None and label == "PROPOSE":  # "we establish a new class of ... models ...: Probabilistic
                stop = min(view.sent_end(s), e + 30)  # Circuits (PCs)": the name after a colon ending the phrase
                idx, length = view.idx, view.length
                k = next((k for k in range(e, stop) if length[k] == 1 and text[idx[k]] in ":;."), stop)
                if (k + 1 < stop and view.word(k) == ":" and view.word(k + 1)[:1].isupper()
                        and view.lower(k - 1) not in _MEASURE_NOUNS  # "... system ... through two metrics: Boundary .."
                        and any(self.heads.get(view.lower(t), ("",))[0] == "method" for t in range(e, k))):
                    # a method head noun before the colon; not "two new metrics: Area Under ..."
                    found = self._scan(view, k + 1, "CALLED", at_start, new, proposed)
            if found is None and label == "PROPOSE":
                found = self._head_appositive(view, e, at_start, new, proposed)
                if found is None:
                    found = self._lower_appositive(view, e, new, proposed)
                if found is None:
                    view.unnamed.append(s)
            if found is not None and label == "CALLED" and (not own or not any(  # "In this paper, ... a method
                    lab in ("PROPOSE", "OUR", "PASSIVE") and sent_of(t) == sent_of(s) and view.lower(t) not in _GATHER_VERBS
                    for lab, t, _ in triggers)):  # called BERT"; "we annotate ... a standard corpus, namely Europarl"
                c = at_start.get(view.idx[found])
                if c is not None and c.key in self.known:
                    proposed.discard(c.key)
            if found is None or label not in ("PROPOSE", "INTRODUCES") and not (label == "CALLED" and own):
                continue  # ("We build two TLS-SS datasets, called TCGA-COAD and INHOUSE-PAAD": both; not "(namely
                # Denmark, France, ...)": the first is no name of the paper's own)
            named = at_start.get(view.idx[found]) or (new[-1] if new and new[-1].start == view.idx[found] else None)
            if named is not None and label == "CALLED" and named.key not in proposed:
                continue
            if named is not None:
                pm = _PAREN_GAP.match(text, named.end) if text.startswith(" (", named.end) else None
                g = _AND_NAME.match(text, pm.end() if pm else named.end)  # also past "(CEL)": "we propose Cross-scale
                # Embedding Layer (CEL) and Long Short Distance Attention (LSDA)"
                other = at_start.get(g.end()) if g is not None else None
                if g is None and (f := _FOR_AND.match(text, named.end)) is not None:
                    other = at_start.get(f.end())  # "we construct AdaRPSet for the Actor Model and AdaSMSet for ...":
                    if other is not None and not text.startswith(" for ", other.end):  # parallel "X for ... and Y for"
                        other = None
                if other is None and g is not None and text[g.end() : g.end() + 1].isupper():
                    other = self._name_run(view, view.at(g.end()))  # "Loop-Retry and Formula-Retry"
                    if other is not None:
                        new.append(other)
                if (other is not None and other.source not in ("metric", "task") and other.key not in self.known
                        and not self._blocked(other.key) and not _MODIFIER_TAIL.match(text, other.end)):
                    proposed.add(other.key)
            if label == "CALLED":
                continue
            # "... and an uncertainty weighted aggregation algorithm": a second thing proposed.
            # Tokens found .. limit-1 may be the "and"/","; one regex search over their text, not a token loop.
            limit = min(found + 25, view.n - 1, view.sent_end(s))
            if limit > found:
                m = _SECOND.search(text, view.idx[found], view.end(limit))
                second = label
                if m is not None and text[m.start()] == ",":
                    # "release BioMedArena, an open-source toolkit": an appositive describes the name found;
                    # only a name in it is a second thing ("LoBoFit, a method built upon a novel Foo Blending")
                    named = at_start.get(view.idx[found]) or (new[-1] if new and new[-1].start == view.idx[found]
                                                              else None)
                    if named is not None and (m.start() == named.end or _PAREN_GAP.fullmatch(text, named.end, m.start())):
                        second = "APPOSITIVE"  # also past "(ACRONYM)": "OP-Mix (On-Policy Mix), a data mixing .."
                if m is not None:
                    i = view.at(m.start(1))  # the "a"/"an" token
                    if i <= limit:
                        spelled = self._spelled(view, i, text[named.start : named.end]) if second == "APPOSITIVE" else None
                        if spelled is not None:  # "EAPO, an Entropy-driven Adaptive Policy Optimization method"
                            new.append(spelled)
                            proposed.add(spelled.key)
                        else:
                            self._scan(view, i, second, at_start, new, proposed)
        if ", the " in text:  # "we propose CodeARC, the Code Abstraction and Reasoning Challenge, a new ...":
            for c in [*new, *by_start]:  # the long form its initials spell
                if c.key in proposed and text.startswith(", the ", c.end):
                    spelled = self._spelled(view, view.at(c.end + 2), text[c.start : c.end])
                    if spelled is not None and spelled.key not in proposed:
                        new.append(spelled)
                        proposed.add(spelled.key)
        # Appositive "NAME, a novel framework ..." after "we propose" in the same sentence.
        appositives = ([c for c in by_start if text.startswith(", a", c.end) and _APPOSITIVE.match(text, c.end)]
                       if ", a " in text or ", an " in text else [])
        if appositives:
            propose_at = {sent_of(s): s for label, s, _ in triggers if label in ("PROPOSE", "PASSIVE")}
            for c in appositives:
                if not self._blocked(c.key, text[c.start : c.end]) and c.key not in self.known:
                    tok = view.at(c.start)
                    if propose_at.get(sent_of(tok), view.n) < tok and view.lower(tok - 1) not in _BUILT_ON:
                        proposed.add(c.key)  # (not "a framework built on LTX-2, a joint audio-visual model")
        return new

    def _unnamed_pairs(self, view: _View, abbreviations, proposed: set[str]) -> None:
        """"We propose instead to evaluate models using a Panel of LLm evaluators (PoLL)": after a proposal verb that
        named nothing, an acronym defined later in its sentence and used again in the abstract is the paper's own;
        its long form capitalised ("a feedforward sequential memory network (FSMN)" describes a known technique); not
        a known name, a family (plural), a task or a generic term."""
        text = view.text
        for s in view.unnamed:
            sent, lo = view.sent(s), view.end(s)
            hi = view.end(view.sent_end(s) - 1) if view.sent_end(s) > s else len(text)
            for a in abbreviations:
                if not (lo < a.long_start and a.short_end <= hi):
                    continue
                long_key, short_key = entity_key(a.long), entity_key(a.short)
                head = self._head_type(a.long)
                if (not a.long[:1].isupper() or long_key in self.known or short_key in self.known
                        or head in ("task", "dataset", "benchmark")  # (a lower-case long form: a described technique)
                        or a.short.endswith("s") and a.long.endswith("s") or self._blocked(long_key)
                        or self._blocked(short_key) or a.long.casefold() in self.metric_name
                        or text.find(a.short, a.short_end) < 0 or view.sent(view.at(a.long_start)) != sent):
                    continue
                if not _INSTRUMENT_BEFORE.search(text, max(0, a.long_start - 24), a.long_start):
                    continue  # "a novel approach to Chest X-ray (CXR) Visual Question Answering": the topic
                if _NEXT_CAPITAL.match(text, a.short_end + 1):
                    continue  # "(CXR) Visual Question Answering": the acronym modifies a following name
                proposed.update((long_key, short_key))

    def _spelled(self, view: _View, i: int, short: str) -> Cand | None:
        """In "NAME, a/an ...", a capitalised run after token i whose initials spell NAME's capitals: its long
        form, without the head noun after it ("PEAM, a Parametric Embodied Agent Memory framework")."""
        capitals = "".join(ch for ch in short if ch.isupper())
        if len(capitals) < 2:
            return None
        n = view.n
        k = i + 1
        while k < min(n, i + 5) and not view.word(k)[:1].isupper():
            if _is_punct(view.word(k)) and view.word(k) != "-":
                return None
            k += 1
        first = j = k
        initials = []
        while j < n and j < first + 12:
            word = view.word(j)
            if word[:1].isupper():
                initials.append(word[0])
            elif not (word == "-" or view.idx[j] == view.end(j - 1) and view.word(j - 1) == "-" and word.isalpha()
                      or word in ("of", "and") and j + 1 < n and view.word(j + 1)[:1].isupper()):
                break  # "Entropy-driven": a glued lower-case part belongs to the run; "Code Abstraction and Reasoning"
            j += 1
        while j > first and not view.word(j - 1)[:1].isupper() and not view.word(j - 2) == "-":
            j -= 1
        if j <= first or "".join(initials) != capitals:
            return None
        span = view.span(first, j)
        return Cand(view.idx[first], view.end(j - 1), None, "proposed.name", "proposed", entity_key(span))

    def _enumerated_parts(self, text: str, title_end: int, proposed: set[str]) -> list[Cand]:
        """"COAT addresses ... through two key innovations: (1) Dynamic Range Expansion, which ...": a Title-Case
        run after an enumeration marker, described by a relative clause, an -ing clause or an appositive, in a
        sentence opening with the proposed name or "We"/"Our" or where "we propose/introduce/..." stands before it,
        is a proposed part."""
        out = []
        listing = False  # an earlier item of the list was taken: "(2) Generative Intermediate Fusion (GIF), which ..."
        for m in _ENUM_PART.finditer(text, title_end):  # opening the next sentence continues it
            start = max(text.rfind(". ", 0, m.start()), title_end - 2) + 2
            first = _NON_SPACE.search(text, start, m.start())  # (the first sentence starts after the title's "\n\n")
            if not (listing and first is None or first is not None and (
                    entity_key(first.group().rstrip(",")) in proposed or first.group() in ("We", "Our")
                    or _WE_PROPOSE.search(text, start, m.start()))):
                listing = False
                continue  # (or "To address these limitations, we introduce a new architecture ..., featuring: (1) ...")
            listing = True
            key = entity_key(m.group(1))
            if key in self.known or self._blocked(key) or _eponym(m.group(1)):
                continue
            proposed.add(key)
            out.append(Cand(m.start(1), m.end(1), None, "proposed.name", "proposed", key))
        return out

    def _listed_parts(self, view: _View, title_end: int, proposed: set[str]) -> list[Cand]:
        """"Our framework consists of three components: a Scene Manager, an Answer Retriever, and a Discovery
        Pipeline", "MemAgent uses two agents: a Memory Manager that ..., and an Answer Agent ...": Title-Case runs of two
        or more words opening the items of a list after a parts noun and a colon, in a sentence about the paper's own
        method (opening with We/Our or a proposed name, or holding "we propose", "our", "the proposed", "the
        framework ..."); not in a review ("we review ... four stages: (1) Content Identification, ..."), not a known,
        generic or common name."""
        text = view.text
        out = []
        for m in _PARTS_LIST.finditer(text, title_end):
            start = max(text.rfind(". ", 0, m.start()), title_end - 2) + 2
            lead = text[start : m.start()]
            first = lead.split(None, 1)[0].rstrip(",") if lead.strip() else ""
            if not _PARTS_COUNT.search(lead):
                continue  # "two key innovations:", "the following modules:"; not "for embodied agents: Human-In-Scene ..."
            if (not (first in ("We", "Our") or entity_key(first) in proposed or _WE_PROPOSE.search(lead)
                     or _OUR_SUBJECT.search(lead) or _THIS_PAPER_LEAD.match(lead.lstrip()))  # (session 11: "This paper
                    # introduces two training strategies: (a) Progressive Prefix Retention, ...")
                    or _REVIEW_WORDS.search(lead) or _REVIEW_WORDS.search(text, 0, title_end)
                    or _COMPARE_LEAD.search(lead)  # "We conducted a comparative evaluation of three ... approaches:"
                    or not _HAS_PARTS.search(lead)):
                continue  # (nor "Our framework deconstructs task complexity into two quantifiable components: ...")
            end = text.find(". ", m.end())
            end = len(text) if end < 0 else end
            pos = m.end()
            for k in range(8):
                item = _LIST_ITEM.match(text, pos, end)
                if item is None:
                    break
                i = view.at(item.end())
                run = self._name_run(view, i) if i < view.n and view.idx[i] == item.end() else None
                if run is not None and text[run.start : run.end].rsplit(" ", 1)[-1].islower() and " " in text[run.start : run.end]:
                    end_at = text.rindex(" ", run.start, run.end)  # the name without its head noun: "Critique-Post-Edit
                    run = Cand(run.start, end_at, None, run.rule, run.source, entity_key(text[run.start : end_at]))
                    # mechanism" names the paper's "Critique-Post-Edit"
                if run is None and k == 0 and item.end() == item.start():
                    break  # a list of names opens with one, or with "a"/"(1)": not "three key innovations: First, based
                    # on ... Optical Flow"
                if run is not None:
                    name = text[run.start : run.end]
                    acronym = _PAREN_ACRONYM.match(text, run.end)
                    if (len([w for w in _SPLIT.split(name) if w]) >= 2 and run.key not in self.known
                            and not self._generic(run.key) and not self._blocked(run.key)
                            and name.lower() not in self.common and not _eponym(name)
                            and not (acronym and entity_key(acronym.group().strip(" ()")) in self.known)):
                        # (not "Feature-wise Linear Modulation (FiLM)": a known method used as a part)
                        proposed.add(run.key)
                        out.append(run)
                    pos = run.end
                nxt = _NEXT_ITEM.search(text, pos, end)
                if nxt is None:
                    break
                pos = nxt.end()
        return out

    def _headed_parts(self, text: str, title_end: int, proposed: set[str]) -> list[Cand]:
        """(session 11) In a paper that proposes something, "a/an/our [novel] Title-Case Run <part head>" (module,
        block, unit, layer, mechanism, loss, strategy, branch, component) with no acronym after it names a part of
        the paper's own method ("a Dense Feature Alignment loss", "an Uncertainty-Guided Coordinate Fusion module",
        "a \\textit{Cross-modal Salient Anchor Identification} module"); the span is the run without the head noun.
        Not in a sentence about others' work (such as, existing, previous, ...), not a known, generic, common or
        blocked name, not a name used as a modifier ("a GMI-based fusion module")."""
        out = []
        for m in _HEADED_PART.finditer(text, title_end):
            name = m.group("name")
            words = name.split()
            if any(w[:1].islower() and w not in _LOWER_JOINS for w in words) or len(words) < 2:
                continue
            if _MODIFIER_TAIL.search(words[-1]) or words[-1].endswith("-based"):
                continue  # "a ConvNeXt V2-based encoder": what the part is built on
            if words[0] in _KIND_FIRST or any(w.isupper() and self._generic(entity_key(w)) for w in words):
                continue  # "an Improved Eliminate Before Align strategy": a kind of another; "an LLM Agent module"
            start = max(text.rfind(". ", 0, m.start()), title_end - 2) + 2
            lead = text[start : m.start()].lower()
            if any(w in lead for w in _OTHERS_PARTS) or _EARLIER_IN.search(lead) or _REVIEW_WORDS.search(lead):
                continue
            key = entity_key(name)
            if (key in self.known or self._generic(key) or self._blocked(key) or name.lower() in self.common
                    or _eponym(name) or any(entity_key(w) in self.known for w in words if len(w) > 2
                                            and not w[1:].islower())):
                continue  # (not "a Swin Transformer block", nor a known name inside: "a CLIP Semantic Alignment module")
            proposed.add(key)
            out.append(Cand(m.start("name"), m.end("name"), None, "proposed.name", "proposed", key))
        return out

    @staticmethod
    def _our_parts(lead: str, proposed: set[str]) -> bool:
        """The sentence so far says what the paper's own method is made of: "Our framework integrates two key
        components: (1) a ...", "The framework comprises ...", "IFA-Net ... consists of ..."; not others' parts
        ("existing methods ... such as")."""
        written, lead = lead, lead.lower()  # (the proposed name is matched as written: "THAT introduces: (1) ...")
        cue = _PARTS_CUE.search(lead)
        if cue is None or any(w in lead for w in _OTHERS_PARTS):
            return False
        between = lead[cue.end() :]
        items = [m.end() for m in _ITEM_MARK.finditer(between)]
        if items:
            between = between[items[-1] :]  # "consists of: (1) ... modules that map ..., and (2) Degradation ..."
        else:  # "consists of two core modules: Block Effect Eraser (B2E), which uses ..., and Open Data Aggregation
            sep = max(between.rfind(", and "), between.rfind("; "), between.rfind(" and "))  # (ODA)": the next item
            if sep >= 0 and ")" in between[:sep]:  # of the list (also "integrates X (CMSA) to capture ... and Y (MFSA)")
                between = between[sep + 2 :]
        if len(between) > 160 or _CLAUSE_WORD.search(between):
            return False  # "employs CLIP to process ... that generate ... in an Audio Virtual Reality (AVR) system"
        subject = lead[: cue.start()]
        who = _OUR_SUBJECT.search(subject)
        said = written[: cue.start()].split()
        own = who is not None and who.group("own") or cue.group("strong") and any(  # (a proposed name with a having
            entity_key(w.strip(",;:()")) in proposed for w in said[-2:] + (said[:1] if "," not in written[: cue.start()]
                                                                           else []) if w[:1].isupper()) or (
            # verb: "THAT introduces: (1) ..."; not "MING-MOE employs a Mixture of Low-Rank Adaptation (MoLoRA) ...")
            proposed and _WE_PROPOSE.search(subject) and subject.rstrip().endswith(", which"))
        # ("we propose a UCOD method ... called UCOD-DPL, which contains an Adaptive Pseudo-label Module (APM)")
        return bool(own or who is not None and (cue.group("strong") or _PARTS_NOUN.search(lead, cue.end())))

    @staticmethod
    def _this_paper(view: _View, i: int) -> bool:
        """The sentence of token i opens with "In this paper/work/study,": the paper's own ("In this paper, we
        start from ..., inspiring a ... approach termed SWS")."""
        sent, k = view.sent(i), i
        while k > 0 and i - k < 80 and view.sent(k - 1) == sent:
            k -= 1
        return (k + 2 < i and view.lower(k) == "in" and view.lower(k + 1) == "this"
                and view.lower(k + 2) in _SUBJECTS)

    def _run_before(self, view: _View, i: int) -> Cand | None:
        """A Title-Case run of two or more words (and its head noun) after "the"/"a"/"an"/"our", right before
        the passive cue at token i: "the Multi-view Cross Former module is proposed"."""
        j = i - 1
        if j > 0 and view.word(j).islower() and view.lower(j) in self.heads:
            j -= 1
        k, words = j, 0
        while k > 0 and i - k < 9 and (view.word(k)[:1].isupper() or view.word(k) == "-"
                                       or view.word(k).isalpha() and view.word(k - 1) == "-"):
            words += view.word(k)[:1].isupper()
            k -= 1
        if words < 2 or k == j or view.lower(k) not in ("the", "a", "an", "our") or view.word(k + 1) == "-":
            return None
        c = self._name_run(view, k + 1)
        return c if c is not None and c.end == view.end(i - 1) else None

    def _cand_before(self, view: _View, i: int, by_end: dict[int, Cand]) -> Cand | None:
        """The candidate ending just before token i, past a closing "(ACRONYM)"."""
        j = i - 1
        if j > 0 and view.word(j) == ",":
            j -= 1  # "a novel hybrid framework, CE-RS-SBCIT, is introduced"
        while j > 0 and i - j <= 2 and view.word(j).islower() and view.lower(j) in self.heads:
            j -= 1  # "a ... (MCL) method is proposed"
        if j >= 0 and view.word(j) == ")":
            while j > 0 and view.word(j) != "(" and j > i - 6:
                j -= 1
            j -= 1
        if j < 0:
            return None
        return by_end.get(view.end(j))

    def _scan(self, view: _View, e, label, at_start, new, proposed) -> int | None:
        """Mark the first name after a trigger as proposed; the token index where it starts."""
        limit = 6 if label == "OUR" else 12
        first_free = None
        appositive_head_seen = False
        text, idx, length = view.text, view.idx, view.length
        for i in range(e, min(view.n, e + (10 if label == "OUR" else limit))):
            start = idx[i]
            word = text[start : start + length[i]]
            low = word.lower()
            if low in _OUR_EARLIER and word.islower():
                return None  # "we build upon our previous model, jina-clip-v1": the authors' earlier work (not "we
                # propose Prior-Corrected Token Reduction (PriorTR)": a name's first word)
            if label == "OUR" and self.heads.get(low, ("",))[0] == "method":
                # "our proposed ... method, BM25Chunk, ...": the name right after the phrase's first head noun
                if not appositive_head_seen and i + 2 < view.n and view.word(i + 1) == ",":
                    c = at_start.get(idx[i + 2])
                    if c is None and view.word(i + 2)[:1].isupper():  # "The resulting simple, yet effective and
                        c = self._name_run(view, i + 2)  # general algorithm, Pre-trained Distillation, brings ..."
                        if c is not None and (c.key in self.known or not _CLOSES.match(text, c.end)):
                            c = None
                        if c is not None:
                            new.append(c)
                    if c is not None and c.type not in ("metric", "task") and not self._blocked(c.key, text[c.start : c.end]):
                        proposed.add(c.key)
                        return i + 2
                appositive_head_seen = True
            if i >= e + limit:  # past the window only a head's appositive counts ("our ... method, NAME")
                if not appositive_head_seen and (word.islower() and low not in _STOP_AFTER_TRIGGER or low == "-"):
                    continue
                break
            if (label in ("PROPOSE", "PROPOSE_TO") and low.endswith("ing") and len(low) > 5 and word.isalpha()
                    and word.islower() and (i == e or i == e + 1 and view.lower(e).endswith("ly"))
                    and low not in _SKIP_AFTER_TRIGGER and not (i + 1 < view.n and view.word(i + 1) == "-")):
                return None  # "we propose directly transferring CLIP's feature space": what it uses, no name
            c = at_start.get(start)
            if c is not None and (c.type not in ("metric", "task") or c.type == "task" and (
                    c.rule == "abbreviation.weak" or c.rule == "abbreviation" and c.key not in self.known
                    and label in ("PROPOSE", "PROPOSE_TO") and text.startswith(" (", c.end)
                    and " " in text[c.start : c.end] and word[:1].isupper())) and not self._blocked(c.key, text[c.start : c.end]):
                # (an acronym the paper defines right after "we propose" is no task: "we first propose Multi-level
                # Mask Generation (MMG) that ...")
                if label == "INTRODUCES" and c.source == "gazetteer":
                    return None
                if c.key in self.known and _POSSESSIVE_AT.match(text, c.end):
                    return None  # "we propose ... CLIP's feature space": the known model owns what is proposed
                if c.key in self.known and _BUILT_ON_LEAD.search(text, max(0, start - 30), start):
                    return None  # "AFS-Search, a training-free framework built upon FLUX.1-dev": what it builds on
                if self.known.get(c.key) == "method" and self._known_part(view, c, e):
                    continue  # "we introduce a nested UNet architecture", "our multi-scale Mamba block": a known
                    # name the paper builds on; "we introduce Mamba to point cloud perception": one it applies
                if label != "OUR" and self._modifier(view, c, e):
                    continue
                if c.rule == "abbreviation.weak" and (label == "APPOSITIVE" or i > e and view.word(i - 1).islower()
                                                      and view.lower(i - 1) not in _SKIP_AFTER_TRIGGER
                                                      and view.lower(i - 1) not in _OWN_PARTICIPLES
                                                      and not (_DEFINED_APPOSITIVE.match(text, c.end)
                                                               and view.lower(i - 1) not in _PREPOSITIONS
                                                               and view.lower(i - 1) not in _STOP_AFTER_TRIGGER)):
                    return None  # "we introduce residualized temporal SAEs", "TARQ, a label-free PTQ framework" (but
                    # "we propose inter-modal Distance Invariant Position Encoding (DIPE), a simple ... mechanism":
                    # defined and described, the name of what is proposed)
                if (c.rule == "shape.title" and first_free is not None and label == "PROPOSE" and i + 1 < view.n
                        and self.heads.get(view.word(i + 1)) == ("method", "strong")):
                    phrase = self._phrase(view, first_free)  # "a modern Hopfield network": the whole description
                    if phrase is not None and phrase.end == view.end(i + 1):
                        new.append(phrase)
                        proposed.add(phrase.key)
                        proposed.add(c.key)
                        return first_free
                if (c.rule in _RUN_SHAPES and i + 1 < view.n and view.idx[i + 1] == c.end + 1
                        and (view.word(i + 1).istitle() or len(view.word(i + 1)) > 1 and view.word(i + 1).isupper()
                             and view.word(i + 1).isalpha())  # "We introduce Shakti VLM, a family of ..."
                        and label in ("PROPOSE", "PROPOSE_TO", "CALLED")):
                    name = self._name_run(view, i)  # "We present Frost Training": the whole run, not "Frost"
                    last = _SPLIT.split(text[name.start : name.end])[-1].lower() if name is not None else ""
                    if c.rule != "shape.title" and self.heads.get(last, ("",))[0] in ("dataset", "benchmark"):
                        name = None  # "we introduce the TriForm Benchmark": data, typed by its head elsewhere
                    if name is not None:
                        new.append(name)
                        proposed.add(name.key)
                        if view.word(i + 1).isupper():
                            proposed.add(c.key)  # "Shakti VLM ... Shakti models": the family's name too
                        return i
                proposed.add(c.key)
                return i
            if (word.istitle() and i > e or word[:1].isupper() and label in ("CALLED", "PROPOSE", "PROPOSE_TO")
                    or label == "OUR" and word.istitle() and i + 1 < view.n and view.word(i + 1).istitle()
                    and view.idx[i + 1] == view.end(i) + 1):  # "our Relative Attention Score metric": a name

                name = self._name_run(view, i)
                if (name is not None and label == "OUR" and appositive_head_seen and view.word(i - 1) == ","
                        and not _CLOSES.match(text, name.end)):
                    return None  # "To validate the proposed method, Bland-Altman analysis was performed"
                if name is not None and label == "OUR" and i == e and any(
                        w.lower() in _OUR_RUN_STOPS for w in _SPLIT.split(text[name.start : name.end])):
                    return None  # "our Method Against BERT", "Our Results Show ...": title-cased words, no name
                if name is not None:
                    new.append(name)
                    proposed.add(name.key)
                    return i
                if self._blocked(entity_key(word)) and i + 1 < view.n and view.word(i + 1).islower():
                    continue  # "a new GUI instruction grounding benchmark UI-I2E-Bench": a stop name modifies
                return None
            punct = _is_punct(word)
            if low in _OPEN_QUOTES and i + 1 < view.n and view.idx[i + 1] == start + 1:
                continue  # 'we introduce the "Haibu Mathematical-Medical Intelligent Agent" (MMIA)'
            if label == "INTRODUCES" and i < e + 4 and (low in {":", "(", ")"} or low.isdigit()):
                continue  # "SELFI consists of: (1) a Forgery-Aware Identity Adapter (FAIA)"
            if label in ("PROPOSE", "PROPOSE_TO") and i < e + 3 and _enumeration_mark(view, i):
                continue  # "we propose i) Top-down Attention Guidance (TAG) and ii) ...", "we introduce (1) ..."
            if low == ":" and i > e and self.heads.get(view.lower(i - 1), ("",))[0] == "method":
                continue  # "a new model fine-tuning method: Reinforcement Learning with ... (RLDAF)"
            if (low == "and" and i > e and view.lower(i - 1) in _SKIP_AFTER_TRIGGER and view.word(i - 1).isalpha()
                    and view.lower(i - 1) not in self.heads and view.lower(i - 1) not in _DETERMINERS
                    and view.lower(i - 1) not in ("and", "called", "named", "dubbed", "termed", "coined", "namely")
                    and i + 1 < view.n and view.word(i + 1).islower() and view.word(i + 1).isalpha()
                    and view.word(i + 1) not in _DETERMINERS
                    and not (label == "PROPOSE" and _HEAD_APPOSITIVE.match(text, idx[e]))):  # (that one names after it)
                continue  # "a novel and general-purpose Inception Transformer": coordinated modifiers
            if low in _STOP_AFTER_TRIGGER or (punct and low not in {",", "-"}):
                break
            if label == "OUR" and (not (word.islower() or low in {",", "-"}) or low in _OUR_VERBS):
                break
            if first_free is None and low not in _SKIP_AFTER_TRIGGER and not punct:
                first_free = i
                if label == "CALLED":
                    break  # "released as shared tasks during the FinNLP workshop": a name follows "called" at once
        if first_free is not None and label in ("PROPOSE", "INTRODUCES"):
            phrase = self._phrase(view, first_free)
            if phrase is not None:
                new.append(phrase)
                proposed.add(phrase.key)
                return first_free
        return None

    def _head_appositive(self, view: _View, e: int, at_start, new, proposed) -> int | None:
        """"we propose a simple and effective SnapshotRL baseline algorithm, S3RL, which ...": the name set off
        by commas right after a description ending in a method head noun; the token index where it starts."""
        if e >= view.n:
            return None
        m = _HEAD_APPOSITIVE.match(view.text, view.idx[e])
        words = m.group("words").split() if m is not None else ()
        if m is None or self.heads.get(m.group("head"), ("",))[0] not in NAMED or any(
                w.lower() in _STOP_AFTER_TRIGGER and w.lower() != "and"
                and not (w == "of" and k and words[k - 1] in _KIND_NOUNS) for k, w in enumerate(words)):
            return None  # (but "we propose a new class of language models, Large Memory Language Models (LMLM)")
        i = view.at(m.end())
        if i >= view.n or view.idx[i] != m.end():
            return None
        c = at_start.get(m.end())
        if c is not None and c.type in ("metric", "task"):
            return None
        if c is None and view.word(i)[:1].isupper():
            c = self._name_run(view, i)
            if c is not None:
                new.append(c)
        if c is None or self._blocked(c.key, view.text[c.start : c.end]) or c.key in self.known or not _HEAD_APPOSITIVE_END.match(view.text, c.end):
            return None
        proposed.add(c.key)
        return i

    def _lower_appositive(self, view: _View, e: int, new, proposed) -> int | None:
        """"We propose motion label smoothing, a novel method ...", "we release urlhealth, an open-source tool": a
        lower-case name of one to four words right after the proposal verb, set off by an appositive with a method or
        data head noun within seven words; not a determiner, a gerund alone, a generic family or a known name."""
        text, n = view.text, view.n
        j = e
        while j < n and j - e < 8 and ((w := view.word(j)).isalpha() and w.islower()
                                       or w == "-" and j > e and view.idx[j] == view.end(j - 1)):
            j += 1
        words = [w for w in map(view.lower, range(e, j)) if w != "-"]
        if not words or len(words) > 4 or j >= n or view.word(j) != "," or view.word(j - 1) == "-":
            return None
        if (words[0] in _DETERMINERS or words[0] in _SKIP_AFTER_TRIGGER or any(w in _STOP_AFTER_TRIGGER for w in words)
                or len(words) == 1 and words[0].endswith("ing") or words[0].endswith("ly")):
            return None  # "we propose a ...", "we introduce pruning, a ...", "we present here, a ..."
        a = _LOWER_APPOSITIVE.match(text, view.end(j - 1))
        if a is None or a.group("words").split(None, 1)[0].lower() in _KNOWN_KIND:
            return None  # "..., a widely used ...": others' thing, described
        head = None
        for w in a.group("words").split():
            if w in _STOP_AFTER_TRIGGER:
                break  # the appositive's own head comes first: "a quantitative measure of the model's ..." names no model
            head = self.heads.get(w.strip(",;:.").lower()) or (("method", "weak") if w in _SOFTWARE_NOUNS else None)
            if head:
                break  # ("we release urlhealth, an open-source tool for ...": a tool is named here, not typed elsewhere)
        if not head or head[0] not in NAMED:
            return None
        span = view.span(e, j)
        key = entity_key(span)
        if (self._generic(key) or self._blocked(key) or key in self.known or span in self.common
                or words[-1] in self.heads or words[-1].rstrip("s") in self.heads):
            return None  # (a description ending in its head noun: "automatic evaluation methods, a tailored dataset ...")
        c = Cand(view.idx[e], view.end(j - 1), None if head[0] == "method" else head[0], "proposed.name", "proposed", key)
        new.append(c)
        proposed.add(key)
        return e

    def _known_part(self, view: _View, c: Cand, e: int) -> bool:
        """A known name that a lower-case noun or a hyphen part follows ("a nested UNet architecture", "a
        hybrid Mamba-Transformer framework") modifies what is proposed; one "introduced to/into" a field is
        applied there ("we introduce Mamba to pillar-based ... perception")."""
        text = view.text
        if c.start and (text[c.start - 1].isalnum() or text[c.start - 1] == "-"):
            return True  # "we propose coupled-GRPO", "fine-CLIP": the known name is the tail of a new one
        if _LOWER_PART.match(text, c.end):
            return True  # "our DPO-tuned LLM", "our proposed CLIP-based Frechet distance": a compound modifier
        end = c.end
        if (p := _PAREN_ACRONYM.match(text, end)) is not None:
            end = p.end()  # "a Group Relative Policy Optimization (GRPO) framework", "introduce DPO (...) into"
        if text.startswith("-", end):  # "a hybrid Mamba-Transformer framework" (not "we propose Chimera-Seg, ...")
            end = _COMPOUND_TAIL.match(text, end).end()
        if not text.startswith(" ", end):
            return False
        nxt = view.at(end + 1)
        if nxt >= view.n or view.idx[nxt] != end + 1:
            return False
        word = view.word(nxt)
        if word in ("to", "into") and not text.startswith("-", c.end):
            return e > 0 and view.lower(e - 1).startswith("introduc")
        return (word.isalpha() and word.islower() and word not in _STOP_AFTER_TRIGGER and word not in _OUR_VERBS
                and word not in _PREPOSITIONS and word not in _DETERMINERS)

    def _modifier(self, view: _View, c: Cand, e: int) -> bool:
        """A name modifying the noun of an unnamed description: "a GMI-based joint design" (always), "a
        training-free ERP viewpoint curator", "an SDL software architecture" (after "a"/"an", when the next
        word is no method head: "a novel FooNet framework" still names FooNet)."""
        text = view.text
        if _MODIFIER_TAIL.match(text, c.end):
            return True
        if view.lower(e) not in ("a", "an") or not text.startswith(" ", c.end):
            return False
        nxt = view.at(c.end + 1)
        if nxt >= view.n or view.idx[nxt] != c.end + 1:
            return False
        word = view.word(nxt)
        before = view.lower(view.at(c.start) - 1)
        if c.key not in self.known and before not in _KIND_OF and (
                word in _STOP_AFTER_TRIGGER or word in _PREPOSITIONS or self.heads.get(before, ("",))[0] == "method"):
            return False  # "a geometric perturbation strategy GeoDP within ...": a new name, not a modifier (but "a
            # novel texture-aware StarGAN for ...": a known name's variant; "CFG-Zero*, an improved CFG with ...": a kind)
        return word.isalpha() and word.islower() and word not in self.heads

    def _name_run(self, view: _View, i: int) -> Cand | None:
        """A capitalised run ("Density sampling", "Strip MLP layer") as the name just introduced."""
        n = view.n
        if i and view.idx[i] == view.end(i - 1) and view.word(i - 1)[-1:].isalnum():
            return None  # "29K", "73.8K": the tail of a figure, not a name
        j = i
        words = 0
        inner = False  # read through a lower-case hyphen part
        while j < n and words < 5 and (view.word(j)[:1].isupper() or view.word(j) == "-" and j + 1 < n
                                        and (view.word(j + 1)[:1].isupper()
                                             or j + 2 < n and view.word(j + 1).isalpha() and view.word(j + 1).islower()
                                             and view.word(j + 1) not in _NOT_NAME_PARTS
                                             and view.word(j + 2)[:1].isupper())
                                        or j > i and view.word(j - 1) == "-" and view.word(j).isalpha()
                                        and j + 1 < n and (view.word(j + 1)[:1].isupper() or view.word(j + 1) == "-"
                                                           and j + 2 < n and view.word(j + 2)[:1].isupper())
                                        or view.word(j) == "-" and j + 3 < n and view.word(j + 1).isalpha()
                                        and view.word(j + 1).islower() and view.word(j + 2) == "-"
                                        and view.word(j + 3)[:1].isupper()  # "X-to-Maritime", "Chain-of-Thought"
                                        or j > i and view.word(j) == "of" and view.word(j - 1)[:1].isupper()
                                        and j + 1 < n and view.word(j + 1)[:1].isupper()
                                        or j > i and _DIM_WORD.fullmatch(view.word(j)) and j + 1 < n
                                        and view.word(j + 1)[:1].isupper()):  # "Disentangled 4D Gaussian Splatting"
            # "a novel Mixture of Frequency Adaptation process": "of" inside a Title-Case run
            # "Unified Channel-wise Conditioning": a lower-case hyphen part inside a Title-Case run
            if view.word(j).islower() and view.word(j) != "of":
                inner = True
            words += view.word(j) != "-" and view.word(j)[:1].isupper()
            j += 1
        name_end = j
        if inner and j < n and view.word(j) == "-" and view.idx[j] == view.end(j - 1):
            return None  # "Token-group Dual-constraint activation ...": cut inside a compound, no name
        if len(view.span(i, name_end)) < 2:
            return None  # "a U-shaped network", "A holistic benchmark", "A/B tests": one letter names nothing
        if _MODIFIER_TAIL.match(view.text, view.end(j - 1)):
            return None  # "a Shiryaev-type policy"
        if (j > i and j + 1 < n and view.word(j) == "-" and view.idx[j] == view.end(j - 1)
                and view.idx[j + 1] == view.end(j) and view.word(j + 1).isalpha() and view.word(j + 1).islower()
                and view.word(j + 1) not in _NOT_NAME_PARTS and (j + 2 == n or _is_punct(view.word(j + 2))
                                                                 and view.word(j + 2) != "-")):
            j += 2  # a glued lower-case tail ends the name: "we introduce Plutus-ben, the first ... Benchmark"
            name_end = j
        elif (j < n and view.word(j) == "-" and view.idx[j] == view.end(j - 1) and j + 1 < n
              and view.idx[j + 1] == view.end(j) and view.word(j + 1).isalpha() and view.word(j + 1).islower()
              and view.word(j + 1) not in _DETERMINERS and view.word(j + 1) not in _STOP_AFTER_TRIGGER
              and not (j + 3 < n and view.word(j + 2) == "-" and view.word(j + 3)[:1].isupper())):
            return None  # "a KL-regularized mechanism", "a Q-function-based guidance", "a superior Pareto-frontier": a modifier
        if j < n and view.word(j).islower() and view.lower(j) in self.heads:
            if self.heads[view.lower(j)][0] in ("dataset", "benchmark"):
                return None  # "a novel V&L benchmark - ColorFoil": data is no proposed method; its name is typed elsewhere
            j += 1
        if j <= i:
            return None
        span = view.span(i, j)
        appositive = j == name_end and _APPOSITIVE.match(view.text, view.end(j - 1))  # "we propose Stitch, a ..."
        if "(" in span and ")" not in span:
            return None  # "we establish Omega(log log d) lower bounds": a formula, no name
        if span.lower() in self.common and not appositive or self._blocked(entity_key(view.span(i, name_end))):
            return None
        if _eponym(span) or i and view.idx[i] == view.end(i - 1) and view.word(i - 1) == "-":
            return None  # "sub-Gaussian tail bounds": an adjective, or the tail of a compound
        if all(p in self.languages for p in view.span(i, name_end).split("-")):
            return None  # "a ... Kazakh-Russian language pair": languages, no name
        if ((d := _DEFINED_AFTER.match(view.text, view.end(name_end - 1))) and self._generic(entity_key(d.group(1)))
                and entity_key(d.group(1)) not in self._own_acronyms
                and self.heads.get(view.lower(name_end - 1), ("",))[0] != "method"):
            return None  # "a Vision-Language Action (VLA) model", "a Key-Value (KV) Cache": a generic term spelled out
            # (not a run with its own head noun: "Latent Dynamics Model (LDM)")
        return Cand(view.idx[i], view.end(j - 1), None, "proposed.name", "proposed", entity_key(span))

    def _phrase(self, view: _View, i: int) -> Cand | None:
        """A descriptive name right after "we propose a": two or more modifiers and a strong head noun."""
        n = view.n
        j = i
        while j < n and j < i + 6 and view.word(j).isalpha() or j < n and view.word(j) == "-":
            j += 1
        words = [k for k in range(i, j) if view.word(k) != "-"]
        stop = self.stop_words
        for k in range(len(words), 2, -1):
            w = words[k - 1]
            head = view.lower(w)
            if self.heads.get(head) == ("method", "strong") and head not in stop:
                span = view.span(i, w + 1)
                key = entity_key(span)
                if self._generic(key) or any(view.lower(t) in stop for t in range(i, w + 1)):
                    return None
                return Cand(view.idx[i], view.end(w), "method", "proposed.phrase", "proposed", key)
        return None

    def _title(self, title: str, text: str, proposed: set[str], cands: list[Cand], abbreviations=()) -> list[Cand]:
        """"Name: what it does" and "Name at SemEval ...": the title's prefix names the paper's method.

        Also "Name for ..." when the abstract names the same thing (a shape or a defined acronym), a
        prefix of common words when the description says what it is ("Layer-Wise Quantization: A ...
        Method"), and the description spelling the name out ("AdaRadar: Rate Adaptive Spectral
        Compression for ...")."""
        r = _TITLE_REPORT.match(title)
        if r is not None and len(r.group("name").split()) <= 5 and not self._blocked(key := entity_key(r.group("name"))):
            proposed.add(key)  # "Gemma 3 Technical Report", "Hala Technical Report: ...": the model reported on, even
            return [Cand(0, r.end("name"), None, "proposed.title", "proposed", key)]  # a known one
        m = _TITLE_PREFIX.match(title)
        if not m:
            return self._title_lead(title, text, proposed, cands) or self._title_whole(title, text, proposed)
        prefix = m.group(1)
        body_form = _UNSET  # where the abstract writes the prefix in Title Case, computed once
        a = _TITLE_ACRONYM.search(prefix)
        if a is not None:
            return self._title_acronym(prefix, a, m.start(1), proposed)
        words = prefix.split()
        lead = 0
        if words[0] == "The" and len(words) > 2 and f"{prefix[4:]} (" in text[len(title):]:
            prefix, words, lead = prefix[4:], words[1:], 4  # "The Theory of Mind Utility: ..." + "... (ToM-U)"
        if len(words) > 1 and words[1].lower() in {"at", "@"} and not (
                words[0].lower() in self.common and words[0][1:].islower() and len(words) > 2
                and words[2][1:].islower() and words[2].isalpha()):  # "Efficiency at Scale: ...": no team, no venue
            # (but "Neural at ArchEHR-QA 2026: ...": a venue's name)
            name, start = _NON_SPACE.match(prefix).group(), m.start(1) + lead
        elif _AT_VENUE.match(prefix):  # "RATHAN@DravidianLangTech 2025: ...": a team's system at a venue
            name, start = _AT_VENUE.match(prefix).group(1), m.start(1) + lead
        elif (len(words) <= 4 and all(w[:1].isupper() or w.lower() in {"of", "for", "and", "the", "-"}
                                      or k and _TITLE_VERSION.fullmatch(w) for k, w in enumerate(words))
              or len(words) == 1 and (_LOWER_CODENAME.fullmatch(prefix) or prefix[:1].isdigit() and self._numeral(prefix)
                                      or _LOWER_NAME.fullmatch(prefix) and _written_again(prefix, text, len(title))
                                      and (not prefix.isalpha() or not prefix.islower() or prefix not in self.common))
              ) and not any(ch in prefix for ch in _CLAUSE_MARKS):  # "3DPR: ...", "4D-Bench: ...": a digit-led name;
            # "semi-PD: ...", "mCLM: ...", "fastabx: ..." that the abstract writes again: a lower-case code name
            # "SPLADE v2: ...": a version after the name; "jina-clip-v2: ...": a lower-case code name with a version;
            # a comma, "?", "!" or an apostrophe: "Render, Don't Decode: ...", a slogan
            name, start = prefix, m.start(1) + lead
            if (all(w.lower() in self.common and (w.isupper() or not any(ch.isupper() or ch.isdigit() for ch in w[1:]))
                    for w in _SPLIT.split(prefix) if w)  # "VaLID: ...", "Emotion-o1: ...": inner capitals, digits coin a name
                    and (not self.title_kind.match(title, m.end()) or _SLOGAN_LEAD.match(name))
                    # ("Revealing Personality Traits: A New Benchmark ...", "Towards Better X: A Framework ...": a
                    # slogan before the description, not its name)
                    and entity_key(name) not in proposed  # "Stitch: ..." with "we propose Stitch, a ..." below
                    and not lead  # "The Theory of Mind Utility: ..." with "(ToM-U)" defined below
                    and not (len(words) == 1 and len(name) >= 4 and name.isupper())  # "MATCH: ...": an acronym
                    and not (len(words) > 1 and self._introduced_lower(name, text, len(title)))
                    and not (len(words) == 1 and ("-" in name or len(name) >= 3 and name.isupper())
                             and _written_again(name, text, len(title)))  # "Copy-as-Decode: ...", "RIG: ..."
                    # written again as is in the abstract: a name, not a slogan
                    and (body_form := self._titled_in_body(name, text, len(title))) is None):
                return []  # (but "Large Concept Models: ..." + "The Large Concept Model is ...": a name)
        else:
            return []
        key = entity_key(name)
        if self._blocked(key) or len(key) < 2 or key in self.known and _TITLE_STUDY.match(title, m.end()):
            return []  # "GPT-4: A Study of Its Reasoning ...": a known model studied, not proposed
        last = _SPLIT.split(name)[-1].lower()
        if body_form is _UNSET:
            body_form = self._titled_in_body(name, text, len(title)) if " " in name else None
        versioned = len(words) == 2 and _TITLE_VERSION.fullmatch(words[1])  # "SPLADE v2": one name, one version
        if words[0] in ("A", "An", "The") or (" " in name and not versioned and name not in text[len(title):]
                                               and body_form is None
                                               and key not in proposed
                                               and (not self.title_kind.match(title, m.end())
                                                    or any(w.islower() and w != "-" for w in words))
                                               and (self.heads.get(last, ("",))[0] != "method" or last.endswith("s"))
                                               and not any(_spells(a.short, name, True) for a in abbreviations
                                                           if entity_key(a.short) in proposed
                                                           or entity_key(a.long) in proposed)
                                               and not self._introduced_lower(name, text, len(title))):
            # (but "Vision Mamba: ..." + "we propose ... (Vim)": the prefix spells the paper's own acronym)
            return []  # "A CCGbank for Turkish: ...", "Elo Uncovered: ...", "Post Turing: ..." (but "Quokka Net: ..."),
            # "Seeing Through the Tool: A Controlled Benchmark ...": a lower-case word makes it a slogan
        proposed.add(key)
        kind = _TITLE_DATA.match(title, m.end())  # "AnCora: Multilevel Annotated Corpora for ...": a dataset
        type_ = None if kind is None else "benchmark" if kind.group(1).lower().startswith("bench") else "dataset"
        if type_ is None and _BENCH_NAME.search(name):
            type_ = "benchmark"  # "VLADriveBench: Evaluating ...": the benchmark the paper builds (not "Plutus: Benchmarking
            # LLMs ...", a model family with its benchmark, nor "ThoughtTerminator: Benchmarking, Calibrating ...")
        out = [Cand(start, start + len(name), type_, "proposed.title", "proposed", key)]
        if body_form is not None and text[body_form[0] : body_form[1]] != name:  # the abstract's other number
            other = entity_key(text[body_form[0] : body_form[1]])
            proposed.add(other)
            out.append(Cand(body_form[0], body_form[1], type_, "proposed.title", "proposed", other))
        if start == m.start(1) + lead and name != prefix:  # "Team at SemEval-2018 Task 1: Name - what it does": the system's name
            m2 = _TITLE_PREFIX.match(title, m.end())
            second = m2.group(1) if m2 else ""
            if second[:1].isupper() and second.isalnum() and second.lower() not in self.common:
                proposed.add(entity_key(second))
                out.append(Cand(m2.start(1), m2.end(1), None, "proposed.title", "proposed", entity_key(second)))
        d = self.title_description.match(title, m.end())
        if d is not None:
            out.extend(self._title_description(name, d.group("run"), d.start("run"), proposed))
        if len(out) == 1 and (" " not in name or versioned):
            out.extend(self._title_spelled(title, words[0] if versioned else name, m.end(), proposed))
        return out

    def _title_lower(self, text: str, title_end: int, proposed: set[str]) -> list[Cand]:
        """The title's leading Title-Case run of two to five words written in lower case right after "we
        propose/introduce/present/call" ("Ranked Entropy Minimization for ..." + "We propose ranked entropy
        minimization to ...", "Active Testing: ..." + "a new framework ... that we call active testing"): the
        paper's own, both spellings; not a known name, task or generic family. Also a run after via/with/using/
        through or ":" in the title written in lower case after a colon or called/termed/named/dubbed in a sentence
        where "we propose/introduce/present" comes first ("... via Mixture of Encodings" + "we propose a novel defense
        mechanism: mixture of encodings, which ...")."""
        runs = []
        m = _TITLE_LEAD_RUN.match(text, 0, title_end)
        if m is not None:
            runs.append((m, False))
        runs.extend((r, True) for r in _TITLE_RUN_AFTER.finditer(text, 0, title_end))
        for m, later in runs:
            run = m.group("run")
            key = entity_key(run)
            if run.split(None, 1)[0].lower() in _DESCRIPTIVE_LEAD or run.split(None, 1)[0].endswith("ing"):
                continue  # "Novel Diffusion Models for ..." + "we propose novel diffusion models": a description
            if (key in proposed or key in self.known or key.endswith("s") and key[:-1] in self.known
                    or self._blocked(key) or len(run.split()) < 2):
                continue
            low = run.lower()
            if not later:
                for w in _WE_NAMES.finditer(text, title_end):
                    if text.startswith(low, w.end()) and not _WORD_CHAR.match(text, w.end() + len(low)):
                        proposed.add(key)
                        return [Cand(m.start("run"), m.end("run"), None, "proposed.title", "proposed", key),
                                Cand(w.end(), w.end() + len(low), None, "proposed.name", "proposed", key)]
            at = text.find(low, title_end)
            while at >= 0:
                end = at + len(low)
                sent = text.rfind(". ", title_end, at) + 1 or title_end
                if (not _WORD_CHAR.match(text, end) and _CLOSES.match(text, end) and _NAMED_BEFORE.search(text, sent, at)
                        and _WE_PROPOSE.search(text, sent, at)):
                    proposed.add(key)
                    return [Cand(m.start("run"), m.end("run"), None, "proposed.title", "proposed", key),
                            Cand(at, end, None, "proposed.name", "proposed", key)]
                at = text.find(low, end)
        return []

    def _introduced_lower(self, name: str, text: str, body: int) -> bool:
        """The abstract introduces a multi-word title prefix in lower case as a method: "Cluster Paths: ..." + "We
        propose cluster paths, a post-hoc interpretability method ..." (not "We introduce the game changer problem",
        "We introduce semantic deceptions: situations ..."): a proposal verb, the name, an appositive with a method
        head within seven words."""
        low = name.lower()
        if low not in text[body:].lower():
            return False
        for m in _INTRO_VERB.finditer(text, body):
            if text.startswith(low, m.end()) and (a := _LOWER_APPOSITIVE.match(text, m.end() + len(low))):
                for w in a.group("words").split():
                    head = self.heads.get(w.strip(",;:.").lower())
                    if head:
                        return head[0] == "method"
        return False

    def _title_whole(self, title: str, text: str, proposed: set[str]) -> list[Cand]:
        """A whole title of two to four Title-Case words that the abstract writes again, as is, is the paper's own
        ("Matryoshka Representation Learning" + "Our main contribution is Matryoshka Representation Learning (MRL)",
        "Inception Transformer"); not a known name, task or family (then it is the topic)."""
        words = title.split()
        if not (1 < len(words) <= 4 and all(w[:1].isupper() or w in ("of", "and") for w in words)
                and words[0][:1].isupper() and words[-1][:1].isupper()) or any(ch in title for ch in _CLAUSE_MARKS):
            return []
        key = entity_key(title)
        if (key in self.known or key.endswith("s") and key[:-1] in self.known or self._blocked(key)
                or self._titled_in_body(title, text, len(title)) is None):
            return []
        proposed.add(key)
        return [Cand(0, len(title), None, "proposed.title", "proposed", key)]

    def _titled_in_body(self, name: str, text: str, body: int) -> tuple[int, int] | None:
        """The abstract writing a title's multi-word prefix in Title Case, as is or in the other number ("Large
        Concept Models: ..." + "The Large Concept Model is trained ..."): a name, not a topic ("Federated
        Learning: ..." is a known task; a topic is written in lower case), nor part of a longer Title-Case run
        ("the NTIRE 2026 Robust Deepfake Detection Challenge"). Its span, or None."""
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return None
        key = entity_key(name)
        if key in self.known or key.endswith("s") and key[:-1] in self.known or self._blocked(key):
            return None
        for form in (name, name[:-1] if name.endswith("s") else name + "s"):
            i = text.find(form, body)
            while i >= 0:
                j = i + len(form)
                before, after = text[i - 1], text[j : j + 2]
                if not (before.isalnum() or before in "-_" or after[:1].isalnum() or after[:1] in "-_"
                        or after[:1] == " " and after[1:].isupper()):
                    return i, j
                i = text.find(form, j)
        return None

    def _title_spelled(self, title: str, name: str, at: int, proposed: set[str]) -> list[Cand]:
        """A run that spells the name's letters in order, from its first word on, is the name written out,
        also with of/as/and inside, after "A/An/The" or after a later ":"/"--" ("L2MAC: Large Language Model
        Automatic Computer for ...", "NOLA: Networks as Linear Combination of Low Rank Random Basis",
        "CURA: Size Isnt All You Need -- A Compact Universal Architecture for ...")."""
        starts = [at] + [g.end() for g in _TITLE_SEGMENT.finditer(title, at)]
        for pos in starts:
            d = self.title_spelled.match(title, pos) or _spelled_before_verb(title, pos, name)
            if d is None:
                continue
            run = d.group("run")
            by_caps = False
            if not _spells(name, run):
                stem = entity_key(name.rsplit("-", 1)[0])  # "LLM-Gomoku: A Large Language Model-Based System": a
                if self._generic(stem) or not _spells_capitals(name, run):  # generic acronym applied, not spelled
                    continue
                by_caps = True
            if _NOT_LONG_FORM.search(run) or run.split(None, 1)[0].endswith("ing"):
                continue  # (and "UFT: Unifying Supervised and Reinforcement Fine-Tuning": what it does, not its name)
            key = entity_key(run)
            if self._blocked(key) or run.lower() in self.common or key in self.known:
                return []
            proposed.add(key)
            type_ = "method"
            if by_caps:  # "MuSeD: A Multimodal Spanish Dataset for ...", "MultiBLiMP 1.0: A Massively Multilingual
                words = run.split()  # Benchmark of Linguistic Minimal Pairs": data; not a data word inside a
                data = [k for k, w in enumerate(words) if w.lower() in _LONG_DATA]  # description ("MBE-ARI: A
                if data and data[-1] < len(words) - 1 and words[data[-1] + 1] != "of":  # Multimodal Dataset
                    return []  # Mapping Bi-directional Engagement in ...")
                if data:
                    type_ = "benchmark" if words[data[-1]].lower() == "benchmark" else "dataset"
            return [Cand(d.start("run"), d.end("run"), type_, "proposed.title", "proposed", key)]
        return []

    def _title_pairs(self, text: str, title_end: int, abbreviations, proposed: set[str]) -> None:
        """An acronym the abstract defines with a Title-Case long form that the title names (also as a plural) is
        the paper's own, in a paper that proposes something: "The Linear State-Space Layer (LSSL) maps ..." under
        "Combining Recurrent, ... Models with Linear State-Space Layers". Not a known name, a family or a task."""
        title = text[:title_end].lower()
        for a in abbreviations:
            long = a.long
            if a.short_start < title_end or not long[:1].isupper() or " " not in long or "\\" in long:
                continue
            long_key, short_key = entity_key(long), entity_key(a.short)
            if (long_key in proposed or long_key in self.known or short_key in self.known or self._generic(long_key)
                    or self._generic(short_key) or self._blocked(long_key) or self._blocked(short_key)
                    or self._head_type(long) not in ("method", "")):
                continue
            if a.short.endswith("s") and long.endswith("s"):
                continue  # "Diffusion Transformers (DiTs)", "Concept Bottleneck Models (CBMs)": a family
            at = _word_at(title, long.lower(), plural=True)
            if at >= 0 and self._head_type(long) == "":  # (session 11) no head noun: only the instrument of the
                sentence = max(text.rfind(". ", title_end, a.long_start), title_end)
                if (_TITLE_WITH_BEFORE.search(title, 0, at) and not _STUDY_TITLE.match(text)  # title, "MedVSR: ...
                        and all(w[:1].isupper() or w in _LOWER_JOINS for w in long.split())  # with Cross State-Space
                        and not _NEXT_CAPITAL.match(title, at + len(long))  # Propagation" + "It first employs Cross
                        and sentence > title_end  # State-Space Propagation (CSSP)"; not a lower-case long form
                        and not _EARLIER_IN.search(text, sentence, a.long_start)  # ("a Fourier neural operator (FNO)"),
                        and not any(w in text[sentence : a.long_start] for w in _OTHERS_PARTS)  # a longer title
                        and not _BUILT_ON_LEAD.search(text, sentence, a.long_start)  # run ("via Vector Neuron
                        and not _PAIR_INSIDE.match(text, a.short_end)):
                    proposed.update((long_key, short_key))  # Anchor Transformer"), the opening sentence's topic
                    # ("Generalized Category Discovery (GCD) aims to ..."), others' ("built upon the Vector Neuron
                    # (VN) network"), a study ("Investigating ... Through Moral Foundations Theory"), a pair inside
                    # a longer name or before a plural head ("the Latent Gemstone Spectral Imaging (GSI) Alignment
                    # Framework", "We experiment with Test-Time Training (TTT) layers": a family)
            elif at >= 0 and (_TITLE_PAIR_BEFORE.search(title, 0, at) or not title[:at].strip()):
                proposed.update((long_key, short_key))  # not "Token Pruning for Visual Geometry Transformer"

    def _title_spells_own(self, text: str, title_end: int, proposed: set[str], cands: list[Cand]) -> list[Cand]:
        """A Title-Case run after via/with/using/through or ":" in the title, or leading it, that spells a name the abstract
        proposes is that name written out ("Efficient Prompting via Dynamic In-Context Learning" + "we propose
        DynaICL, a recipe ..."); not a known name or task."""
        self._spelled_as.clear()
        names = {text[c.start : c.end] for c in cands if c.key in proposed and c.start >= title_end
                 and c.source in ("shape", "proposed")}
        names = [n for n in names if " " not in n and sum(ch.isalpha() for ch in n) >= 4]
        if not names:
            return []  # no name to spell: the title's runs go unread
        runs = [m for m in _TITLE_RUN_AFTER.finditer(text, 0, title_end)]
        lead = _TITLE_LEAD_RUN.match(text, 0, title_end)  # (session 11) also the title's leading run: "Representation
        if lead is not None:  # Bending for ..." + "This paper introduces RepBend, a novel approach"
            runs.insert(0, lead)
        wanted = {"".join(w[0] for w in _SPLIT.split(m.group("run")) if w[:1].isupper()) for m in runs}
        wanted |= {w[:-1] for w in wanted if len(w) > 3}  # (session 11) a head noun after the spelled words
        names = [n for n in names if "".join(ch for ch in n if ch.isupper()) in wanted]
        if not names:
            return []
        out = []
        for m in runs:
            run = m.group("run")
            key = entity_key(run)
            if (key in proposed or key[:-1] in proposed or key in self.known or self._blocked(key)
                    or _NOT_LONG_FORM.search(run) or run.split(None, 1)[0].endswith("ing")):
                continue  # (the other number of a proposed name; "Generating ...": what it does)
            initials = "".join(w[0] for w in _SPLIT.split(run) if w[:1].isupper())
            last = _SPLIT.split(run)[-1].lower()
            head = len(initials) > 3 and self.heads.get(last, ("",))[0] == "method"  # "Learnable Quantum Efficiency
            spelled = next((n for n in names if (initials == (caps := "".join(ch for ch in n if ch.isupper()))  # Filters"
                                                 or head and initials[:-1] == caps)  # + "(LQE)"
                            and _spells(n, run, True)), None)
            if spelled is not None:  # its capitals open the run's words ("ReSim" is no "Reliable World Simulation")
                self._spelled_as[key] = entity_key(spelled)  # typed as the name it spells out
                proposed.add(key)
                out.append(Cand(m.start("run"), m.end("run"), None, "proposed.title", "proposed", key))
        return out

    def _title_is_a(self, title: str, text: str, title_end: int, proposed: set[str]) -> list[Cand]:
        """"Arbor is a multi-agent framework ..." opening a sentence of the abstract, with "Arbor" in the title
        ("Arbor: Tree Search ...", "Learning Morphology with Morfette"): the paper's own, even a common word."""
        out = []
        for m in _is_a(text, title_end):
            name = m.group(1)
            before = text[title_end : m.start()].rstrip()
            if before and before[-1] not in ".!?":
                continue  # not a sentence's opening word
            key = entity_key(name)
            if (key in proposed or key in self.known or len(key) < 3 or self._blocked(key)
                    or name in self.languages or _word_at(title, name) < 0):
                continue
            head = None
            for word in text[m.end() : text.find(". ", m.end()) % (len(text) + 1)].split()[:8]:  # not "1.2-billion"
                head = self.heads.get(word.strip(",;:").lower())
                if head:
                    break
            if not head or head[0] not in NAMED:
                continue
            proposed.add(key)
            out.append(Cand(m.start(1), m.end(1), None if head[0] == "method" else head[0], "proposed.title",
                            "proposed", key))
        return out

    def _title_acronym(self, prefix: str, a, start: int, proposed: set[str]) -> list[Cand]:
        """"Emotion-Attended Stateful Memory (EASM): ...": the long form and its acronym are the paper's own
        when the long form is a short Title-Case run starting with the acronym's first letter."""
        long_form, acronym = prefix[: a.start()], a.group(1)
        words = long_form.split()
        if not (1 < len(words) <= 6 and long_form[:1] == acronym[:1] and all(
                w[:1].isupper() or w.lower() in {"of", "for", "and", "the", "in", "via", "with"} for w in words)):
            return []
        out = []
        for name, at in ((long_form, start), (acronym, start + a.start(1))):
            key = entity_key(name)
            if not self._blocked(key) and len(key) >= 2:
                proposed.add(key)
                out.append(Cand(at, at + len(name), None, "proposed.title", "proposed", key))
        return out

    def _title_description(self, name: str, run: str, start: int, proposed: set[str]) -> list[Cand]:
        """The run after "Name: " is the name spelled out when it carries the name's capitals in order
        ("DOGe: Defensive Output Generation") or ends in a method head ("Split Feed-Forward Network")."""
        words = [w for w in _SPLIT.split(run) if w]
        if words[0].lower().endswith("ing"):  # "Enabling ...", "Bridging ...": what it does, not its name
            return []
        capitals = [c for c in name if c.isupper()]
        initials = iter(w[0].upper() for w in words)
        spelled = len(capitals) >= max(2, len(words)) and all(c in initials for c in capitals)
        last = words[-1].lower()
        head = self.heads.get(last)
        if not (spelled or head and head[0] == "method" and head[1] == "strong"):
            return []
        key = entity_key(run)
        if (self._blocked(key) or run.lower() in self.common or self.known.get(key) in NAMED
                or self.known.get(key[:-1]) in NAMED):
            return []  # ("Swin UNETR: Swin Transformers for ...": the known model it builds on)
        proposed.add(key)
        type_ = head[0] if head and head[0] in NAMED else "method"
        return [Cand(start, start + len(run), type_, "proposed.title", "proposed", key)]

    def _title_lead(self, title: str, text: str, proposed: set[str], cands: list[Cand]) -> list[Cand]:
        """"TopicBERT for Energy Efficient ...": a leading name the abstract also names is the paper's own
        (not a listed name: "BERT for Joint Intent Classification" applies BERT)."""
        m = self.title_lead.match(title)
        if m is None:
            return []
        key = entity_key(m.group("name"))
        end = len(title)
        if self._blocked(key) or key in self.known or m.group("name") not in text[end:] or not any(
                c.key == key and c.start >= end and c.source in ("shape", "abbreviation") for c in cands):
            return []
        proposed.add(key)
        return [Cand(m.start("name"), m.end("name"), None, "proposed.title", "proposed", key)]

    def _type_votes(self, view: _View, chosen, ends) -> dict[str, list[int]]:
        """Per name: votes for each type (slots _METHOD.._CUE) from its neighbours, summed over the paper."""
        text = view.text
        votes: dict[str, list[int]] = {}
        named = [c for c in chosen if c.source not in ("metric", "task")]
        named_by_end = {c.end: c for c in named}
        groups: list[list[Cand]] = []
        for c in named:
            gap_start = groups[-1][-1].end if groups else -99
            if (c.start - gap_start <= 12 and _LIST_GAP.fullmatch(text, gap_start, c.start)  # a list: "A, B and C"
                    and not (text[gap_start:c.start].strip() == "," and not _LIST_GAP.match(text, c.end)
                             and (len(groups[-1]) == 1 and self._opens_sentence(view, groups[-1][0].start)
                                  or self._intro_phrase(view, groups[-1][0].start)
                                  or len(groups[-1]) > 1 and _CLOSED_GAP.search(  # "..., and Multi-turn Edits,
                                      text, groups[-1][-2].end, groups[-1][-1].start)))):  # CapsFake outperforms"
                groups[-1].append(c)
            else:
                groups.append([c])
        for group in groups:
            first = view.at(group[0].start)
            last = view.at(group[-1].end - 1) + 1
            before, after = ends.get(first, _EMPTY), self._after(view, last)
            if not after and text.startswith(" ", group[-1].end):
                # past a version or an edition: "the Social-IQ 2.0 benchmark", "the PolyHope-M 2025 benchmark"
                vend = _with_version(text, group[-1].end)
                if vend == group[-1].end and not text[vend - 1].isdigit():
                    y = _YEAR.match(text, vend)
                    vend = y.end() if y else vend
                if vend > group[-1].end:
                    after = self._after(view, view.at(vend - 1) + 1)
                    if after:
                        last = view.at(vend - 1) + 1
            ev: list[tuple[int, int]] = []
            if (not after and last + 1 < view.n and view.word(last).islower()
                    and self.heads.get(view.word(last), ("",))[0] == "task"
                    and view.lower(last + 1) in ("benchmark", "benchmarks")):
                # a task word between: "the Daily-Omni reasoning benchmark", "the LoCoMo QA benchmark"
                ev.append((_BENCHMARK, 3))
            if after:
                head = view.lower(last) if last < view.n else ""
                task_data = (all(c.rule == "abbreviation.weak" for c in group) and first > 0
                             and (head.endswith("s") or view.word(first - 1)[:1].islower()
                                  and view.lower(first - 1) not in _DETERMINERS
                                  and view.lower(first - 1) not in _LOWER_JOINS))
                if "DATA_AFTER" in after and task_data:
                    # a weakly defined acronym before a plural data head or after a modifier: "three standard VTG
                    # benchmarks", "the first aerial SSC benchmark" name a task's data ("Video temporal grounding
                    # (VTG)"), not a dataset called so
                    ev.append((_TASK, 3))
                elif "DATA_AFTER" in after and not (head in ("task", "tasks") and all(
                        c.source == "shape" and _SHORT_CAPS.fullmatch(text, c.start, c.end) for c in group)):
                    # not an unknown acronym before "task": "the GEC task", "an RTE task" name tasks
                    ev.append((_BENCHMARK if head.startswith("benchmark") or head in {"suite", "leaderboard"}
                               else _DATASET, 3))
                if "METHOD_AFTER" in after:
                    ev.append((_METHOD, 2))
            if ("DATA_BEFORE" not in before and _BUILT_DATA_HINT.search(text, max(0, group[0].start - 40), group[0].start)
                    and (bm := _BUILT_DATA.search(text, max(0, group[0].start - 120), group[0].start)) and bm.group(1) in _BUILD_VERBS):
                # "we construct a new synthetic dataset, RPHarmony": the data set the sentence builds
                ev.append((_BENCHMARK if bm.group(2) == "benchmark" else _DATASET, 3))
            if before:
                if "DATA_BEFORE" in before:
                    if (any(c.type == "method" and c.source == "gazetteer" and not c.needs_cue for c in group)
                            and not any(c.type in ("dataset", "benchmark") and c.source == "gazetteer" for c in group)):
                        ev.append((_METHOD, 2))  # "our benchmarks such as Claude-3.5-Sonnet, Llama-3.1 405B, GPT-4o":
                        # a list of known models lists models, whatever noun stands before it
                    else:
                        ev.append((_DATASET, 3))
                if "DATA_LIST" in before or "DATA_LIST_COMMA" in before and len(group) > 1 and regex.search(
                        r"\b(?:and|or)\s*$", text[group[-2].end : group[-1].start]):
                    # "the math datasets GSMHard and MATH", "two datasets, PoliGen and EconoLex": a name or
                    # closed list right after a plural data head (after a comma only a list of two or more)
                    if not (any(c.type == "method" and c.source == "gazetteer" and not c.needs_cue for c in group)
                            and not any(c.type in ("dataset", "benchmark") and c.source == "gazetteer" for c in group)):
                        head = text[max(0, group[0].start - 14) : group[0].start]
                        ev.append((_BENCHMARK if "benchmarks" in head else _DATASET, 3))
                listed_on = ("ON_THE" in before and len(group) > 1
                             and not any(_SIZE_SUFFIX.search(text, c.start, c.end) for c in group)
                             and not (last < view.n and view.word(last)[:1].islower()
                                      and view.lower(last) not in _AFTER_ON_LIST
                                      and not any(view.lower(k) in _ON_LIST_HEADS  # "the BDW and UAVVaste litter
                                                  for k in range(last + 1, min(last + 4, view.n)))))  # detection datasets"
                if ("ON" in before or listed_on) and not self._modifies(view, last) and not any(
                        c.type == "method" and c.source == "gazetteer" and not c.needs_cue for c in group):
                    # not "on W4A4 and W3A3 quantization", "on SVG generation" (the names modify a task or
                    # method noun), nor a list holding a known method ("on CodeBERT and GraphCodeBERT"); a list
                    # after "on the" outweighs one spelling vote ("on the Dress4D, CloSe and a new dataset"), not a
                    # list of sized models ("on the Infinity-2B and Infinity-8B models") nor one before another
                    # lower-case word ("on the Obstetrics and Gynecology discipline"); a bare "on" list stays weak
                    # ("Experiments on CogVideo-Controlnet, Wan2.1-Controlnet, and Flux": models)
                    ev.append((_DATASET, 2 if listed_on else 1))
                if before & _CUES:
                    ev.append((_CUE, 1))
            if (len(group) > 1 and before and ("ON" in before or "ON_THE" in before)
                    and any(c.type in ("dataset", "benchmark") and not c.needs_cue and c.source == "gazetteer"
                            for c in group)):
                # "experiments on Kinetics-400, SSv2, Epic-Kitchens, Diving48 and Charades": a list evaluated
                # on, with a known dataset in it, lists datasets
                ev.append((_DATASET, 2))
            elif (len(group) == 2 and text[group[0].end : group[1].start] == " and "
                  and any(c.type in ("dataset", "benchmark") and not c.needs_cue and c.source == "gazetteer"
                          for c in group)
                  and any(c.source == "shape" for c in group)
                  and not any(c.type == "method" and c.source == "gazetteer" for c in group)
                  and not (first > 0 and view.lower(first - 1) in _BEATS)):
                # "using T2I-CompBench++ and GenEval": a shape paired with a known benchmark is one too (not what
                # the paper's method beats: "outperforms PALMS and F3Loc" are methods)
                ev.append((_DATASET, 2))
            elif (len(group) > 2 and any(c.type in ("dataset", "benchmark") and not c.needs_cue
                                         and c.source == "gazetteer" for c in group)
                  and not any(c.type == "method" and c.source == "gazetteer" for c in group)
                  and (text[group[-2].end:group[-1].start].strip() != "," or text.startswith(")", group[-1].end)
                       or _LIST_GOES_ON.match(text, group[-1].end))):  # "LibriTTS, VCTK, AISHELL, and more"
                # "benchmarks including ChartQA, OpenCQA, and ChartX", "(MNIST, SVHN, FooSet)": a closed list of
                # three or more with a known dataset and no known method in it lists datasets (not "in Minecraft
                # and ALFWorld, WALL-E achieves": a bare comma before the last name may end a phrase)
                ev.append((_DATASET, 2))
            targets = group
            tail = group[-1].end
            if text.startswith(")", tail):  # "LoHoSearch (Long-Horizon Search Agents), a challenging benchmark"
                tail += 1
                outer = named_by_end.get(text.rfind(" (", 0, group[0].start))
                if outer is not None:
                    targets = [outer, *group]
            elif text.startswith(" (", tail):  # "Foo (Full Form), a ...": past the acronym's definition
                pm = _PAREN_GAP.match(text, tail)
                tail = pm.end() if pm else tail
            if text.startswith((", ", " , ", ": ", " - ", " – ", " — "), tail):
                am = _TYPE_APPOSITIVE.match(text, tail)
                if am is None and len(targets) > 1 and (pm := _PLURAL_APPOSITIVE.match(text, tail)) is not None and (
                        self.heads.get(pm.group("head")[:-1], ("",))[0] in NAMED):
                    am = pm  # "DescripBox and DescripBox-1024, benchmarks that ...", "A and B, two new datasets for ..."
                head = None
                if am is not None:  # the phrase's last head: "EnterpriseClawBench, an enterprise agent benchmark"
                    head = self._last_head(view, view.at(am.end()))
                    both = self._paired_heads(view, view.at(am.end())) if (
                        head and len(targets) == 2 and text[targets[0].end : targets[1].start] == " and ") else None
                    if both is not None:  # "MLGym and MLGym-Bench, a new framework and benchmark": respectively
                        for c, h in zip(targets, both):
                            for key in (c.key, _APPOSITIVE_KEY + c.key):
                                (votes.get(key) or votes.setdefault(key, [0, 0, 0, 0, 0]))[_SLOT[h]] += (
                                    3 if key == c.key else 1)
                        head = None
                if head:  # "MorphoHELM, a comprehensive open benchmark", "PaperGuard, the first ... benchmark":
                    ev.append((_SLOT[head], 3))  # outweighs a spelling vote per mention
                    for c in targets:  # kept apart too: it types a proposed name over a gazetteer's type
                        a = votes.setdefault(_APPOSITIVE_KEY + c.key, [0, 0, 0, 0, 0])
                        a[_SLOT[head]] += 1
            if ev:
                for c in targets:
                    v = votes.get(c.key) or votes.setdefault(c.key, [0, 0, 0, 0, 0])
                    for t, k in ev:
                        v[t] += k
        votes_of = self._votes_of
        weak_seen: set[str] = set()
        spelled: set[str] = set()
        for c in named:
            v = votes.get(c.key) or votes.setdefault(c.key, [0, 0, 0, 0, 0])
            if c.source in ("gazetteer", "abbreviation") and c.type:
                if c.needs_cue:
                    # A weakly typed acronym pair votes once per paper: using "OOD" or "KG (knowledge graph)"
                    # again is no evidence that it names a method; a context cue still is.
                    if c.source != "abbreviation" or c.key not in weak_seen:
                        v[_SLOT[c.type]] += 1
                        if c.source == "abbreviation":
                            weak_seen.add(c.key)
                else:
                    v[_SLOT[c.type]] += 5
                    v[_CUE] += 1
            elif c.source == "proposed":
                v[_CUE] += 1
            surface = text[c.start : c.end]
            if surface in spelled:
                continue  # a spelling votes once per paper, not once per mention
            spelled.add(surface)
            own = votes_of.get(surface)
            if own is None:
                own = self._surface_votes(surface)
            for t, k in own:
                v[t] += k
        return votes

    def _modifies(self, view: _View, i: int) -> bool:
        """Token i, right after a name or list, is a lower-case task or method head noun the names modify."""
        if i >= view.n:
            return False
        word = view.word(i)
        if word in ("and", "or"):  # "on NL2Code and mathematical reasoning tasks"
            for k in range(i + 1, min(i + 5, view.n)):
                w = view.word(k)
                if not w[:1].islower():
                    return False
                if w in ("task", "tasks") or self.heads.get(w, ("",))[0] == "task":
                    return True
            return False
        return word[:1].islower() and self.heads.get(word, ("",))[0] in ("task", "method")

    @staticmethod
    def _intro_phrase(view: _View, start: int) -> bool:
        """A list opening its sentence after "On"/"Across" or "Instantiated on" ("Instantiated on DeRIS-L and
        DeRIS-B, Venice-H1 achieves ..."): a bare comma after it ends the phrase, not the list."""
        i = view.at(start)
        first = i - 1 if i >= 1 and view.lower(i - 1) in _INTRO_PREPS else -1
        if first < 0:
            return False
        if first >= 1 and view.word(first - 1).endswith("ed") and view.word(first - 1)[:1].isupper():
            first -= 1  # "Instantiated on", "Evaluated on"
        return view.word(first)[:1].isupper() and (first == 0 or view.sent(first) != view.sent(first - 1))

    @staticmethod
    def _opens_sentence(view: _View, start: int) -> bool:
        """A name right after a sentence's opening word ("On TF-Bench, InciteResearch achieves ..."): a
        bare comma after it ends an introductory phrase, not a list."""
        i = view.at(start)
        return i >= 1 and view.sent(i - 1) != (view.sent(i - 2) if i >= 2 else -1) and view.word(i - 1)[:1].isupper()

    def _after(self, view: _View, i: int) -> set[str] | frozenset[str]:
        """Labels of the after-name cues that start at token i ("dataset", "model", "data set")."""
        if i >= view.n:
            return _EMPTY
        word = view.lower(i)
        out = self.after_cues.get((word,), _EMPTY)
        if word in self.after_firsts:
            for key, labels in self.after_cues.items():
                if len(key) > 1 and key[0] == word and i + len(key) <= view.n and key == tuple(
                        view.lower(k) for k in range(i, i + len(key))):
                    out = out | labels
        return out

    def _paired_heads(self, view: _View, i: int) -> tuple[str, str] | None:
        """The types of "<head> and <head>" in an appositive ("a new framework and benchmark"), when they differ."""
        for k in range(i, min(i + 8, view.n - 2)):
            word = view.lower(k)
            first = self.heads.get(word)
            if first is not None:
                second = self.heads.get(view.lower(k + 2)) if view.lower(k + 1) == "and" else None
                if second is None or first[0] not in NAMED or second[0] not in NAMED or first[0] == second[0]:
                    return None
                return first[0], second[0]
            if _is_punct(view.word(k)) or word in _PHRASE_ENDS:
                return None
        return None

    def _last_head(self, view: _View, i: int) -> str | None:
        """The type of the phrase's last head noun ("a data mixing algorithm that ..." is a method)."""
        found = None
        for k in range(i, min(i + 14, view.n)):
            word = view.word(k)
            if found is None and word in _ADJ_JOINS and k + 1 < view.n and view.word(k + 1)[:1].islower():
                continue  # "a large scale, fine-grained dataset", "the largest and most diverse ... dataset"
            if word == "of" and k > i and view.lower(k - 1) in _GROUP_NOUNS:
                continue  # "a suite of advanced models": the head is what the suite holds
            if word in _PHRASE_ENDS and (k > i and view.word(k - 1) == "-" or k + 1 < view.n and view.word(k + 1) == "-"):
                continue  # inside a hyphenated compound: "a new text-to-image benchmark", "an in-the-wild dataset"
            if found is not None and word in ("and", "or") and self._data_head_after(view, k + 1):
                continue  # coordinated modifiers: "a known-item search and reasoning benchmark"
            if _is_punct(word) and word != "-" or word in _PHRASE_ENDS:
                break
            if word == "-" and k > i and view.text[view.idx[k] - 1 : view.idx[k]] == " ":
                break  # a spaced dash closes the phrase: "GaitPT - a transformer-based architecture - on a dataset"
            if (found is not None and len(word) > 4 and word.endswith("ed") and word.islower()
                    and self.heads.get(view.lower(k - 1), ("",))[0] in NAMED):
                break  # a participle right after the head opens a clause: "a reasoning dataset annotated through
                # a multi-expert debating pipeline" is a dataset
            if (found is not None and len(word) > 5 and word.endswith("ing") and word.islower()
                    and view.word(k - 1) != "-" and view.word(k + 1)[:1].islower()
                    and view.lower(k + 1) not in self.heads):
                break  # a participle after the head opens a clause: "a collection of 2,000 diagrams enabling
                # this pipeline" is a dataset (not "a reasoning benchmark": no head before it; not "a multimodal
                # agent tuning dataset": a head right after it)
            if (found == "dataset" and view.lower(k - 1) == "data" and word.islower() and word.isalpha()
                    and word not in self.heads and word not in _PHRASE_ENDS and word not in _DATA_THINGS
                    and not word.endswith(("ed", "ing", "s"))):
                found = None  # "data" modifying a noun: "a synthetic data curation recipe", "a universal data format"
            head = self.heads.get(word.lower())
            if head and head[0] in NAMED and not (k + 1 < view.n and view.word(k + 1) == "-"):
                found = head[0]  # not inside a compound: "support-set-calibrated"
        return found

    def _data_head_after(self, view: _View, i: int) -> bool:
        """Within three lower-case words from token i, the first head noun is a data head ("reasoning benchmark")."""
        for k in range(i, min(i + 3, view.n)):
            word = view.word(k)
            if not (word.islower() or word == "-"):
                return False
            head = self.heads.get(word)
            if head is not None and head[0] != "task":  # a task word modifies: "search and reasoning benchmark"
                return head[0] in ("dataset", "benchmark")
        return False

    def _measure_like(self, long: str) -> bool:
        """A long form that names a measure: a lexicon metric ends it ("Structural Similarity Index (SSIM)" ends in
        one too when the lexicon spells it otherwise), or a measure word does ("Attack Success Rate")."""
        words = long.casefold().replace("-", " ").split()
        written = long.split()  # capitals kept as written: "ROC", "FID" are exact lexicon variants
        return (any(" ".join(words[k:]) in self.metric_name for k in range(max(0, len(words) - 5), len(words)))
                or any(" ".join(written[k:]) in self.metric_name for k in range(max(0, len(written) - 5), len(written)))
                or bool(words) and (words[-1] in _MEASURE_LAST_WORDS or words[-1][:-1] in _MEASURE_LAST_WORDS))

    @staticmethod
    def _decide_type(c: Cand, votes: dict[str, list[int]], proposed: set[str]) -> str | None:
        if c.source == "task":
            return "task"
        a = votes.get(_APPOSITIVE_KEY + c.key)
        if a is not None and c.key in proposed:
            # "we propose PACO, a ... decision framework": the paper's own description outweighs a known
            # dataset of the same name (and a known method name for a new dataset)
            best = max(range(4), key=lambda t: (a[t], -t))
            if a[best] > sum(a[:4]) - a[best]:
                return _TYPES[best]
        v = votes.get(c.key) or _NO_VOTES
        if c.needs_cue and not (c.key in proposed or v[_CUE] or v[_DATASET] or v[_BENCHMARK] or v[_METHOD] >= 2):
            return None
        if c.rule == "shape.numeral" and c.key not in proposed:
            return None  # "3DPR", "4D-Bench": a name only where the paper proposes it ("a 3D-MRI volume" is none)
        if c.source in ("gazetteer", "abbreviation") and not c.needs_cue:
            return c.type
        scores = list(v[:4])
        if c.type:
            scores[_SLOT[c.type]] += 1
        # The highest score; a tie goes to method, then to the earlier type.
        best = _METHOD
        for t in (_DATASET, _BENCHMARK, _TASK):
            if scores[t] > scores[best]:
                best = t
        if best == _DATASET and scores[_BENCHMARK]:
            best = _BENCHMARK
        if best == _TASK and c.key in proposed:
            best = _METHOD  # "we propose ROVER (Routing ... Reasoning)": the paper's own is a method, not a task
        return _TYPES[best]

    @staticmethod
    def _aliases(abbreviations: list[Abbreviation], mentions: list[FoundMention], text: str) -> list[Alias]:
        """Long form -> acronym, for every defined pair that was reported."""
        by_span = {(m.start, m.end): m for m in mentions}
        out: list[Alias] = []
        seen = set()
        for a in abbreviations:
            m = by_span.get((a.long_start, a.long_end))
            if m is None or m.type == "metric" or (m.type, a.long) in seen:
                continue
            seen.add((m.type, a.long))
            out.append(alias(m.type, a.long, m.entity or a.short))
        return out


def _last_part(surface: str) -> str:
    """"single-image MOS" -> "MOS": the acronym a modifier was joined to."""
    return surface.rsplit(None, 1)[-1].rsplit("-", 1)[-1]


def _enumeration_mark(view: "_View", i: int) -> bool:
    """Token i is part of an item mark "(1)", "1)", "(i)", "ii)" (not "(G)I-DLE", "(under CC BY 4.0)")."""
    def numeral(k: int) -> bool:
        return 0 <= k < view.n and ((w := view.lower(k)).isdigit() and len(w) == 1 or w in ("i", "ii", "iii", "iv"))

    def closes(k: int) -> bool:
        return k < view.n and view.word(k) == ")"

    low = view.lower(i)
    if low == "(":
        return numeral(i + 1) and closes(i + 2)
    if low == ")":
        return numeral(i - 1)
    return numeral(i) and closes(i + 1)


class _View:
    """A doc's tokens as character offsets into its text (one `to_array` call, no Token objects)."""

    __slots__ = ("doc", "text", "idx", "length", "n", "_sent_starts", "to_clause", "unnamed")

    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        self.text = text
        self.idx: list[int]
        self.length: list[int]
        self.idx, self.length = token_offsets(doc)  # shared with pipeline.to_rows
        self.n = len(self.idx)
        self.to_clause: set[int] = set()  # PROPOSE triggers after "to" ("we aim to propose X")
        self.unnamed: list[int] = []  # PROPOSE triggers after which no name was found ("we propose instead to ...")
        self._sent_starts: list[int] | None = None  # read on first use: docs without a cue need none

    def word(self, i: int) -> str:
        start = self.idx[i]
        return self.text[start : start + self.length[i]]

    def lower(self, i: int) -> str:
        start = self.idx[i]
        return self.text[start : start + self.length[i]].lower()

    def end(self, i: int) -> int:
        return self.idx[i] + self.length[i]

    def span(self, i: int, j: int) -> str:
        """The text of tokens i..j-1, as `doc[i:j].text`."""
        return self.text[self.idx[i] : self.idx[j - 1] + self.length[j - 1]] if j > i else ""

    def at(self, char: int) -> int:
        """Index of the token containing character `char`."""
        return max(bisect_right(self.idx, char) - 1, 0)

    def sent(self, token: int) -> int:
        """Sentence number of a token; one sentence when the doc has no sentence boundaries."""
        if self._sent_starts is None:
            starts = sentence_starts(self.doc)  # as the segmenter left them, else read from the doc
            if starts is None:
                starts = numpy.flatnonzero(self.doc.to_array(SENT_START) == 1).tolist() if self.n else []
            self._sent_starts = starts or [0]
        return bisect_right(self._sent_starts, token)

    def sent_end(self, token: int) -> int:
        """Index of the first token after the sentence of `token` (n for the last sentence)."""
        number = self.sent(token)
        starts = self._sent_starts
        return starts[number] if number < len(starts) else self.n


@lru_cache(maxsize=8192)
def _spells(name: str, run: str, any_case: bool = False) -> bool:
    """The name's letters, in order, within the run (a digit repeats the letter before it: "L2MAC" is
    LLMAC), its first letter opening the run and at least two of them opening words. A mixed-case name
    spells nothing (`any_case`: it may, "Vim" in "Vision Mamba")."""
    letters = []
    for ch in name:
        if ch.isalpha():
            letters.append(ch.lower())
        elif ch in "23" and letters:
            letters.extend(letters[-1:] * (int(ch) - 1))
    if (len(letters) < 3 or not any_case and any(ch.islower() for ch in name) or not run[:1].isupper()
            or run[0].lower() != letters[0]):  # "ReSim: Reliable World Simulation": mixed case spells its capitals
        return False
    low = run.lower()
    starts = [i == 0 or not low[i - 1].isalnum() for i in range(len(low))]

    @lru_cache(maxsize=None)
    def best(k: int, i: int) -> int:  # most word-opening letters for letters[k:] from low[i:]; -1: no alignment
        if k == len(letters):
            return 0
        out = -1
        j = low.find(letters[k], i)
        while j >= 0:
            rest = best(k + 1, j + 1)
            if rest >= 0:
                out = max(out, rest + starts[j])
            j = low.find(letters[k], j + 1)
        return out

    # the best alignment, not the leftmost one: "PAL" in "Pluralistic Alignment" takes the A opening a word
    return best(1, 1) + 1 >= 2


_TITLE_WORDS = regex.compile(r"(?P<run>[A-Z][\w]*(?:-[\w]+)*(?:\s+(?:(?:of|as|and|by)\s+)?[A-Z][\w]*(?:-[\w]+)*){1,6})"
                          r"\s+[A-Z][a-z]+s\s(?!(?:from|of|for|in|on|with|to|via|and|or|at|by)\b)")


def _spells_capitals(name: str, run: str) -> bool:
    """(session 11) A mixed-case or suffixed name whose capitals each open a word of the run (hyphen parts count;
    of/as/and stand for none), in order, from its first word, the run at most two words longer: "LadderMoE:
    Ladder-Side Mixture of Experts Adapters for ...", "DST-Net: A Dual-Stream Transformer with ...", "ABoN: Adaptive
    Best-of-N Alignment"; the part after the last hyphen may name the task or a family ("-Net", "-SGG"). Not a
    capital inside a word ("HieraRS: A Hierarchical Segmentation Paradigm", "GaSLight: Gaussian Splats for ..."),
    nor two capitals ("ReSim: Reliable World Simulation")."""
    stem = name.rsplit("-", 1)[0] if "-" in name[1:] else name
    if stem.endswith("Net") and len(stem) > 5:  # "SFMNet: Sparse Focal Modulation for ..."
        stem = stem[:-3]
    caps = [ch.lower() for ch in stem if ch.isupper()]
    if len(caps) < 3 or not any(ch.isupper() for ch in name[1:]) or any(ch.isdigit() for ch in stem):
        return False
    if stem == name and not any(ch.islower() for ch in name):
        return False  # an all-capital name: `_spells`
    tokens = run.split()
    if len(tokens) > len(caps) + 2:
        return False
    initials = [(i, part[0].lower()) for i, t in enumerate(tokens) if t.lower() not in _LONG_JOINS
                for part in t.split("-") if part]
    if not initials or initials[0][1] != caps[0]:
        return False
    k, last = 0, -1
    for i, ch in initials:
        if k < len(caps) and ch == caps[k]:
            k, last = k + 1, i
    # at most two words after the last capital's word, no of/as/and among them ("CLoPA: Continual Low Parameter
    # Adaptation of Interactive Segmentation ...": the long form ends before "of")
    return k == len(caps) and len(tokens) - last <= 3 and not any(t.lower() in _LONG_JOINS for t in tokens[last:])


_LONG_JOINS = frozenset(("of", "as", "and"))
_LONG_DATA = frozenset(("dataset", "benchmark", "corpus"))


def _spelled_before_verb(title: str, pos: int, name: str):
    """"WALL-E: World Alignment by Rule Learning Improves World Model-based LLM Agents": a Title-Case run (of/as/and/by
    inside) right before a verb in the third person ("Improves", "Enables"), when it spells the name."""
    m = _TITLE_WORDS.match(title, pos)
    if m is None or m.group("run").split(None, 1)[0].endswith("ing"):
        return None  # "GALA: Generating Animatable Layered Assets from ...": what it does; "Assets from": a noun
    return m if _spells(name, m.group("run")) else None


def _is_punct(word: str) -> bool:
    """spaCy's `is_punct`: every character is Unicode punctuation.

    Most words open with a letter or digit, and no letter or digit is punctuation (their categories
    are L* and N*): those answer no without a category lookup per character."""
    if word[:1].isalnum():
        return False
    return all(unicodedata.category(c).startswith("P") for c in word)


_TRADE_OFF = regex.compile(r"\s*(?:trade-?offs?|trade offs?|balance|frontiers?|curves?|pareto)\b", regex.IGNORECASE)
_WORD_AT = regex.compile(r"[^\W\d_]+")
_WORD_BEFORE = regex.compile(r"(?r)(?<![\w-])[^\W\d_]+(?=$)")
# The digit at the end of this slice is part of a name: after letters ("GPT-4", "F1", "ResNet-50") or a
# dimension ("3D", "2D"); used with the slice ending two characters after the digit.
_NAME_DIGIT = regex.compile(r".*?(?:[^\W\d_]-?[\d.]*\d|(?<![\w.])\d[dD](?!\w)).{0,2}$", regex.DOTALL)
# "reduce labelling cost", "an estimation error", "segmentation performance", "communication efficiency" (session 11):
# a noun before a vague cost, error, performance or efficiency word names what is measured ("segmentation errors" are
# mistakes counted)
_COMPOUND_HEADS = _ENTITY_WORDS["compound_head"].words  # not "errors": mistakes counted
_NOUN_MODIFIER = regex.compile(r"(?r)(?<![\w-])([a-z]+) $")
def _near_window(text: str, start: int, end: int) -> tuple[int, int]:
    """About 50 characters either side of text[start:end], not across a sentence end: where a metric word's
    figure or change word must stand."""
    lo = text.rfind(". ", max(0, start - 50), start) + 1 or max(0, start - 50)
    hi = text.find(". ", end, end + 50)
    return lo, hi if hi >= 0 else min(len(text), end + 50)


# the word right before a measure head (policy `head`), hyphenated or not: "image quality", "false-positive rates"
# (searched backwards from the head, as are _WORD_BEFORE and _NOUN_MODIFIER: a match is the whole word that ends
# the window, so a backward search finds the same one, 2-4x faster than trying every start in the window)
_NOT_NOUN_ENDS = tuple(sorted(_ENTITY_WORDS["not_noun_end"].words))  # no noun modifier of a measure head
_HEAD_MODIFIER = regex.compile(r"(?r)(?<![\w-])([a-z][a-z0-9]*(?:-[a-z0-9]+)*) $")
_NOUN_ENDS = tuple(sorted(_ENTITY_WORDS["noun_end"].words))
_NOUN_MODIFIERS = _ENTITY_WORDS["noun_modifier"].words
# A lower-case hyphenated modifier is part of the metric's wording ("question-type generalization"), unless
# it only grades or places the figure ("state-of-the-art accuracy", "near-perfect recall", "human-level").
_HYPHEN_MODIFIER = regex.compile(r"(?<![\w-])([a-z][a-z0-9]*(?:-[a-z0-9]+)+) $")
_NOT_MODIFIER = _ENTITY_WORDS["not_modifier"].words
_GRADING_ENDS = tuple(sorted(_ENTITY_WORDS["grading_end"].words))  # "record-breaking", "baseline-comparable", "well-balanced"
# a word after which the next one is a verb, not a measure's second noun ("to capture evolutionary consistency")
_VERB_LEADS = _ENTITY_WORDS["verb_lead"].words
_PLURAL_HEADS = _ENTITY_WORDS["plural_head"].words

# A head after a metric word that makes the phrase name a thing: "parameter model", "memory framework",
# "ASR fine-tuning", "hallucination benchmarks" ("ViT-H (MAE) model" too).
_NAME_HEAD = regex.compile(
    r"\)?\s+(?:models?|frameworks?|modules?|mechanisms?|architectures?|networks?|benchmarks?|detectors?|banks?"
    r"|attacks?|layers?|predictors?|estimators?|systems?|pipelines?|agents?|components?|units?|tokens?|datasets?"
    r"|fine-?tuning|finetuning|encoders?|decoders?|blocks?|graphs?|caches?)\b", regex.IGNORECASE)

# "memory and computational costs": a vague word and a modified cost head sharing it
_SHARING = ("memory", "storage", "time", "energy", "power", "compute", "communication")
_SHARED_HEAD = regex.compile(rf"(?<![\w-])({'|'.join(_SHARING)}) and "
                             r"((?!(?:lower|higher|less|more|low|high|reduced|extra)\b)[a-z]+ (costs?|overheads?|"
                             r"requirements?|usage|consumption|footprints?|demands?))\b")
# "a novel auto-adaptive data reduction technique (Variance Horizon)": a Title-Case name in parentheses right after a
# new thing's description ending in a method head noun
_NOVEL_HEADS = ("method", "technique", "approach", "algorithm", "framework", "model", "architecture", "strategy",
                "mechanism", "module", "scheme", "system", "pipeline", "loss")
_NOVEL_PAREN = regex.compile(rf"\ban? (?:novel|new) [^().;:,]{{0,60}}?\b(?:{'|'.join(_NOVEL_HEADS)}) "
                             r"\(([A-Z][\w-]*[a-z][\w-]*(?: [A-Z][\w-]*){0,4})\)")
# A metric with a cut-off or threshold written onto it: "MRR@100", "Recall@10", "mAP0.5:0.95", "BLEU4".
_METRIC_SUFFIXED = regex.compile(
    r"(?<![\w@.-])([A-Za-z][A-Za-z-]*)(@(?:\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)?|[kKnN]\b)|\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)?)"
    r"(?![\w@]|\.\d)")
# A cut-off after a word that is no lexicon metric ("Hit@5", "RRA@5", "typecheck@10", "faithful@k"): a rank or
# threshold of 1-3 digits or k; "IGS@8192" (a method at a size) is none.
_CUTOFF_ONLY = regex.compile(r"@(?:\d{1,3}(?:\.\d+)?|[kKnN])")
# Where its cut-off can start: "@" or a digit right after a letter or hyphen (a cheap scan; the full pattern, run
# at every letter, cost a fifth of this stage). The digits only: a class holding "@" too scans at half the speed.
_SUFFIX_AT = regex.compile(r"(?<=[A-Za-z-])\d")
_RUN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-")


def _metric_suffixed(text: str):
    """The matches of `_METRIC_SUFFIXED.finditer(text)`, tried only where a cut-off can start.

    A match starts where a run of letters and hyphens starts (inside a run the look-behind fails) and its
    cut-off starts where that run ends, so the pattern is run once per run that ends before "@" or a digit.
    """
    cuts = [a.start() for a in _SUFFIX_AT.finditer(text)]
    at = text.find("@")
    if at >= 0:
        while at >= 0:
            if at and text[at - 1] in _RUN_CHARS:
                cuts.append(at)
            at = text.find("@", at + 1)
        cuts.sort()
    done = 0  # end of the last match: finditer does not look inside it
    for cut in cuts:
        start = cut - 1
        while start > done and text[start - 1] in _RUN_CHARS:
            start -= 1
        if start < done:
            continue
        m = _METRIC_SUFFIXED.match(text, start)
        if m is not None:
            done = m.end()
            yield m

# A frame rate of the input, not a result (policy `achieved`): "clips recorded at 30 fps", "sampled at 1 FPS",
# "a frame rate of 25 frames per second", "FPS shooting" games.
_SETUP_RATE = regex.compile(r"(?i)\b(?:sampl|record|captur|extract|film|shot|acquir|annotat|frame[- ]rate|image[sd]?\b|video)"
                            r"[^,;:()]{0,40}$|(?:^|[(,;:])\s*$")
# Any figure, for a score's head ("a modularity score of 0.944"), not a digit of a name ("GPT-4", "3D") nor a
# marker "(2)"; and a following word that makes "scores" a verb ("the system scores around 56%").
_NUMBER = regex.compile(r"(?<![\w.(-])[+-]?\d+(?:\.\d+)?(?![\w)])(?:\s*(?:\\?%|×))?")
_VERB_SCORES = regex.compile(r" (?:[+-]?\d|around|about|approximately|nearly|only|over|above|below|under|up to|just|roughly"
                             r"|highest|lowest|higher|lower|well|poorly|best|worst|better|worse|at|on|in)\b")
# A percent or factor figure ("99.9%", "+4.7\\%", "2.8x", "3-fold"), for metric words of policy `figure`.
_FIGURE = regex.compile(r"(?<![\w.-])[+-]?\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?\s*(?:\\?%|x\b|×|-fold\b|pp\b|points?\b)")


# a list gap, and a lower-case noun modifier of the next metric ("hardware efficiency, model accuracy", "fidelity and
# rendering performance"; after a bare comma not a participle: "errors, improving F1")
_FUNCTION = r"(?:the|a|an|its|their|our|of|in|on|for|to|with|by|at|as|from|while|which|that|than|also|even|then)\s"
_METRIC_GAP = regex.compile(rf"(?:\s*\([^()]{{1,12}}\))?\s*(?:(?:,\s*)?(?:and|or)\s+(?:(?!{_FUNCTION})[a-z]+\s)?|"
                            rf",\s*(?:(?!{_FUNCTION}|[a-z]+(?:ing|ed|ly)\s)[a-z]+\s)?|/\s*|&\s*)")


def _listed_metrics(text: str, listed: list[Cand], spans: list[tuple[int, int]]) -> list[Cand]:
    """The `listed` metric words joined to another metric by a list gap ("precision, recall and F1")."""
    spans = spans + [(c.start, c.end) for c in listed]
    out = []
    for c in listed:
        for start, end in spans:
            if (end <= c.start and end > c.start - 24 and _METRIC_GAP.fullmatch(text, end, c.start)
                    or start >= c.end and start < c.end + 24 and _METRIC_GAP.fullmatch(text, c.end, start)):
                out.append(c)
                break
    return out


_YEAR = regex.compile(r" (?:19[89]\d|20[0-3]\d)(?![\w%×]|[.,]\d| ?(?:%|x\b|times|points))")


def _repeats(text: str, found: list[Cand]) -> list[Cand]:
    """Every other occurrence of a name the paper introduces ("we introduce Qwen-Image-Bench ... Qwen-Image-Bench
    reliably ..."): a multi-word or hyphenated name is no shape or gazetteer name, so nothing else finds it again."""
    out = []
    seen = {(c.start, c.end) for c in found}
    for c in found:
        surface = text[c.start : c.end]
        if len(surface) < 4 or surface.islower() and not _LOWER_CODENAME.fullmatch(surface):
            continue  # (but "jina-clip-v2": a lower-case code name with a version)
        n = len(surface)
        i = text.find(surface)
        while i >= 0:
            before, after = text[i - 1 : i] if i else " ", text[i + n : i + n + 1]
            if (i, i + n) not in seen and not (before.isalnum() or before == "-" or after.isalnum() or after == "-"):
                seen.add((i, i + n))
                out.append(Cand(i, i + n, c.type, c.rule, "proposed", c.key))
            i = text.find(surface, i + n)
    return out


def _written_again(name: str, text: str, body: int) -> bool:
    """The abstract (from `body` on) writes `name` again as is, as a whole word ("Copy-as-Decode", "semi-PD")."""
    i = text.find(name, body)
    while i >= 0:
        j = i + len(name)
        if not (text[i - 1].isalnum() or text[i - 1] in "-_" or text[j : j + 1].isalnum() or text[j : j + 1] in "-_"
                or text[j : j + 2] in (".a", ".b", ".c", ".d", ".e", ".f", ".g", ".h", ".i", ".j", ".k", ".l", ".m",
                                       ".n", ".o", ".p", ".q", ".r", ".s", ".t", ".u", ".v", ".w", ".x", ".y", ".z")):
            return True
        i = text.find(name, j)
    return False


_NAME_WORD_BEFORE = regex.compile(r"(?r)(?<![\w'-])[A-Z0-9][\w'-]*\}?\$?\s+")  # matched backwards, as _HEADED_PART's last name word


def _named_head(text: str) -> bool:
    """Whether a head of `_HEADED_PART` follows a word opening with a capital or digit: a literal scan per
    head that the pattern needs, before it is tried at every article."""
    return any(_NAME_WORD_BEFORE.match(text, 0, i) for head in _HEADED_PART_HEADS for i in _occurrences(text, head))


def _ends_before(text: str, literal: str, words: tuple[str, ...]) -> bool:
    """Whether one of `words` ends right before `literal` somewhere in text: a literal scan, before a regex that
    needs it."""
    return any(text.endswith(words, 0, i) for i in _occurrences(text, literal))


def _we_before(text: str, words: tuple[str, ...]) -> bool:
    """Whether "we " or "We " stands right before one of `words`: a literal scan, before a regex that needs it."""
    return any(text.startswith(words, i + 3) for we in ("we ", "We ") for i in _occurrences(text, we))


def _is_a(text: str, pos: int):
    """The matches of `_IS_A.finditer(text, pos)`, tried only before an " is a" or ", a".

    A name runs up to its " is a"/", a" and, by the look-behind, starts where the run of word
    characters before it starts: the pattern is run there only, not at every capital of the abstract.
    """
    done = pos  # end of the last match: finditer does not look inside it
    for a in _IS_A_AT.finditer(text, pos):
        end = a.start()
        run = _RUN_BEFORE.search(text, done, end)
        if run is None or run.end() != end:
            continue
        m = _IS_A.match(text, run.start())
        if m is not None:
            done = m.end()
            yield m


_WORD_CHAR = regex.compile(r"[\w-]")  # the class of the (?<![\w-]) / (?![\w-]) bounds below


def _word_at(text: str, word: str, plural: bool = False) -> int:
    r"""Where `regex.search(rf"(?<![\w-]){regex.escape(word)}(?![\w-])", text)` starts (with `s?` after the word
    when `plural`), or -1. The same test as a literal scan with the same bounds: a pattern built per word missed
    regex's cache and was compiled each time (~50 µs, 5% of this stage inside a run). The leftmost occurrence
    whose bounds hold, as `search` finds; with `s?`, an "s" after the word is taken when the bound after it
    holds, and without it the bound fails at once ("s" is a word character)."""
    n = len(word)
    bound = _WORD_CHAR.match
    i = text.find(word)
    while i >= 0:
        if not (i and bound(text, i - 1)):
            j = i + n
            if plural and text.startswith("s", j):
                j += 1
            if not bound(text, j):
                return i
        i = text.find(word, i + 1)
    return -1


def _with_version(text: str, end: int) -> int:
    """A name's end past a version written after it ("SQuAD 2.0", "Llama 3 8B", "DeepSeek V3.1")."""
    following = text[end + 1 : end + 2]
    if not (following.isdigit() or following in ("v", "V")) or text[end : end + 1] != " ":
        return end  # what _VERSION needs first: a space, then a digit or "v" ("DeepSeek V3.1")
    v = _VERSION.match(text, end)
    return v.end() if v and not text[end - 1].isdigit() else end


_VERSION_TAIL = regex.compile(r"-v\d+(?:\.\d+)*$")


def _in_compound(text: str, start: int, end: int) -> bool:
    """Part of a hyphenated word ("Parameter-efficient", "data-driven")."""
    return text.startswith("-", end) and text[end + 1 : end + 2].isalpha() or (
        start > 1 and text[start - 1] == "-" and text[start - 2].isalpha())


def _resolve(cands: list[Cand], size: int) -> list[Cand]:
    """Longest match wins; equal spans go to the more specific source; one type per span."""
    ranked = sorted(cands, key=lambda c: (c.start - c.end, -PRIORITY[c.source], c.start))
    taken = bytearray(size + 1)  # 1 where a chosen candidate covers the character
    chosen: list[Cand] = []
    for c in ranked:
        if taken.find(1, c.start, c.end) >= 0:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=_START)
    return chosen


def resolve_entity(doc: Doc, name: str | None, types: tuple[str, ...] = NAMED) -> EntityRef | None:
    """The entity a name written in this paper refers to, if the entity layer found it.

    For the claims extractor: a subject, baseline or context phrase resolves when it is, or
    contains, a mention's surface form or entity name.
    """
    if not name:
        return None
    mentions: list[FoundMention] = doc._.sc_mentions or []
    text = doc_text(doc)
    target = entity_key(name)
    best: tuple[int, EntityRef] | None = None
    for m in mentions:
        if m.type not in types:
            continue
        surface = text[m.start : m.end]
        for candidate in (surface, m.entity or surface):
            k = entity_key(candidate)
            if k and (k == target or k in target):
                score = len(k) + (1000 if k == target else 0)
                if best is None or score > best[0]:
                    best = (score, entity_ref(m.type, m.entity or surface))
    return best[1] if best else None


@Language.factory("sciclaims_entities")
def make_entity_recognizer(nlp: Language, name: str) -> EntityRecognizer:
    return EntityRecognizer(nlp)
