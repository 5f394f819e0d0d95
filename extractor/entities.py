"""Methods, datasets, benchmarks, metrics and tasks named in a paper, typed, and the paper's own marked.

Names come from three kinds of evidence, all in rules/: gazetteers (PhraseMatcher), name shapes
("DiskGNN", "XRF55", "Llama-3") and acronym definitions from the abbreviation component. A shape
alone is not a name: an all-capital word (NLP, RFID) or a capitalised word (Ginex) needs a
context cue ("such as", "compared with", "on the ... datasets"); mixed-case and digit shapes
need none. Context then types a name (dataset/benchmark/method) and tells the paper's own
(`proposed`) from others' (`mentioned`). Decisions are per paper, so every mention of a name
gets the same type, role and entity.

Entity naming: an acronym defined in the paper names its entity, and its long form is an alias
of it ("XTRA" for "Model-Based Cross-Task Transfer (XTRA)"): methods and datasets are cited by
acronym across papers far more consistently than by their spelled-out form. Other mentions are
named as written; `canonical.entity_key` merges spelling variants across the corpus. Metrics
take the canonical name of the shared metric lexicon (`lexicons.load_metrics`).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass

import regex
from spacy.language import Language
import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .abbreviations import doc_text
from .canonical import entity_key
from .models import Abbreviation, Alias, EntityRef, FoundMention
from .rules_data import read_lines, read_tsv

for _name in ("sc_mentions", "sc_aliases", "sc_abbreviations", "sc_title_end"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

NAMED = ("method", "dataset", "benchmark")
# Equal spans: the more specific source wins.
PRIORITY = {"metric": 5, "abbreviation": 4, "proposed": 4, "gazetteer": 3, "shape": 1, "task": 0}
_LIST_GAP = regex.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/|&\s*)\s*")
_APPOSITIVE = regex.compile(r", an? ")
_VERSION = regex.compile(r"(?: v?\d{1,2}(?:\.\d{1,2})?(?: \d{1,3}(?:\.\d)?[BM])?| \d{1,3}(?:\.\d)?[BM])"
                         r"(?![\w%×.]|\.\d| ?(?:%|x\b|times|points|pp\b|ms\b|s\b|GB|MB))")
_STOP_AFTER_TRIGGER = {"to", "that", "which", "who", "for", "in", "on", "of", "by", "from", "with", "as", "and", "is",
                       "are", "was", "were", "how", "whether", "what", "where", "when", "it", "its", "their", "these",
                       "this", "them", "using", "via", "over", "into", "than", "while", "at", "results"}
_SKIP_AFTER_TRIGGER = {"a", "an", "the", "novel", "new", "simple", "yet", "effective", "efficient", "first", "general",
                       "unified", "lightweight", "scalable", "robust", "principled", "practical", "powerful",
                       "generic", "flexible", "modular", "versatile", "innovative", "improved", "original", "two",
                       "three", "our", "own", "fast", "accurate", "end-to-end", "plug-and-play", "training-free",
                       "straightforward", "elegant", "systematic", "comprehensive", "large-scale", "high-quality",
                       "open-source", "fully", "highly", "very", "and", "method", "model", "framework", "approach",
                       "system", "technique", "algorithm", "architecture", "module", "strategy", "scheme", "paradigm",
                       "benchmark", "dataset", "tool", "library", "network", "pipeline", "agent", "platform", ",",
                       "called", "named", "dubbed", "termed", "coined", "namely", "family", "suite", "series"}
_PREFIXES = {"sub", "pre", "post", "non", "multi", "semi", "anti", "over", "under", "self", "cross", "co", "re", "de",
             "un", "inter", "intra", "meta", "ultra", "super", "hyper", "mid", "bi", "tri", "quasi", "pseudo"}
# Lower-case endings that belong to a model's name ("BERT-base", "Llama-3-instruct").
_VARIANT_WORDS = {"base", "large", "small", "tiny", "mini", "medium", "xl", "xxl", "instruct", "chat", "turbo", "pro",
                  "ultra", "lite", "plus", "uncased", "cased", "distilled", "preview", "flash", "nano", "max", "coder"}
_SUBJECTS = {"we", "i", "paper", "work", "study", "article", "letter", "report", "chapter", "thesis", "research"}
_SPLIT = regex.compile(r"[\s-]+")
_STEM = regex.compile(r"[\d.]+$")
_DETERMINERS = {"a", "an", "the", "our", "this", "these", "its", "their", "two", "three", "several"}


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


class EntityRecognizer:
    """Sets `doc._.sc_mentions` and `doc._.sc_aliases`; every matcher is built once, here."""

    def __init__(self, nlp: Language):
        vocab = nlp.vocab
        self.strings = vocab.strings
        self.cs = PhraseMatcher(vocab, attr="ORTH")
        self.ci = PhraseMatcher(vocab, attr="LOWER")
        self.known: dict[str, str] = {}  # entity_key -> type, for typing shapes and long forms
        batches: dict[tuple[str, str], list[str]] = defaultdict(list)
        curated = read_tsv("gazetteer_curated.tsv")
        mine = {entity_key(row["name"]) for row in curated}  # hand-curated: overrides the derived lists
        for row in curated:
            batches[(row["type"], row["match"])].append(row["name"])
        for row in read_tsv("gazetteer_methods.tsv"):
            if entity_key(row["name"]) not in mine:
                batches[("method", self._strength(row))].append(row["name"])
        for row in read_tsv("gazetteer_datasets.tsv"):
            if entity_key(row["name"]) not in mine:
                batches[(row["type"], self._strength(row))].append(row["name"])
        for row in read_tsv("gazetteer_tasks.tsv"):
            batches[("task", "ci")].append(row["name"])
        self.generic = {entity_key(x) for x in read_lines("generic_methods.txt")}
        self.stop = {entity_key(x) for x in read_lines("stop_names.txt")}
        self.common = set(read_lines("common_words.txt"))
        for (type_, mode), names in batches.items():
            names = [n for n in names if not self._generic(entity_key(n))]
            for n in names:
                self.known.setdefault(entity_key(n), type_)
            rule = {"benchmark": "datasets", "method": "methods", "dataset": "datasets", "task": "tasks"}[type_]
            label = f"{type_}|gazetteer.{rule}" + ("|weak" if mode == "weak" else "")
            matcher = self.ci if mode == "ci" else self.cs
            matcher.add(label, list(nlp.tokenizer.pipe(self._variants(names))))
        # Metrics: the shared lexicon; short capital forms (AP, EM) only as written.
        self.metric_name: dict[str, str] = {}
        for name, forms in _load_metrics():
            for form in forms:
                self.metric_name.setdefault(form if _short_caps(form) else form.casefold(), name)
            label = f"metric|lexicon.metrics|{name}"
            exact = [f for f in forms if _short_caps(f)]
            folded = [f for f in forms if not _short_caps(f)]
            if exact:
                self.cs.add(label, list(nlp.tokenizer.pipe(exact)))
            if folded:
                self.ci.add(label, list(nlp.tokenizer.pipe(folded)))
        self.metric_policy = {r["surface"].casefold(): r["policy"] for r in read_tsv("metric_mentions.tsv")}
        self.heads: dict[str, tuple[str, str]] = {r["word"]: (r["type"], r["strength"]) for r in read_tsv("entity_heads.tsv")}
        self.context = PhraseMatcher(vocab, attr="LOWER")
        self.shapes: list[tuple[str, regex.Pattern]] = []
        self.suffix: dict[str, regex.Pattern] = {}
        phrases: dict[str, list[str]] = defaultdict(list)
        for line in read_lines("entity_patterns.jsonl"):
            rule = json.loads(line)
            if "pattern" in rule:
                phrases[rule["label"]].append(rule["pattern"])
            elif rule["label"].startswith("SHAPE_"):  # stdlib re: faster on these simple scans
                self.shapes.append((rule["label"], re.compile(rule["regex"])))
            else:
                self.suffix[rule["label"]] = regex.compile(rule["regex"])
        for label, patterns in phrases.items():
            self.context.add(label, list(nlp.tokenizer.pipe(patterns)))
        self.measure = self.suffix.pop("MEASURE")
        # Tokenizing ~15k names filled the tokenizer's bounded cache, and a full cache stops caching
        # the words of real abstracts: tokenizing then runs 3x slower. Start it afresh.
        nlp.tokenizer.rules = nlp.tokenizer.rules
        self.marker = re.compile(self.suffix.pop("MIXED_MARKER").pattern)

    @staticmethod
    def _strength(row: dict[str, str]) -> str:
        """cs / ci as the list says; `weak` for short capital names a context must confirm (HAR, GPS)."""
        name, weight = row["name"], int(row.get("weight") or 0)
        if regex.fullmatch(r"[A-Z]{2,4}s?", name) and weight < 100 or regex.fullmatch(r"[A-Z][a-z]+", name) and weight < 50:
            return "weak"
        return row["match"]

    @staticmethod
    def _variants(names: list[str]) -> list[str]:
        """Each name plus its hyphen/space twin ("Llama-3" and "Llama 3")."""
        out = set(names)
        for n in names:
            if regex.search(r"[A-Za-z]-\d|\d-[A-Za-z]", n):
                out.add(regex.sub(r"(?<=[A-Za-z])-(?=\d)|(?<=\d)-(?=[A-Za-z])", " ", n))
            elif regex.search(r"[A-Za-z] \d", n):
                out.add(regex.sub(r"(?<=[A-Za-z]) (?=\d)", "-", n))
        return sorted(out)

    def _metric_ok(self, doc: Doc, text: str, s: int, e: int, surface: str, in_title: bool) -> bool:
        # Within about 50 characters of the word, not across a sentence end.
        """A vague metric word counts only where a figure or a change is reported next to it."""
        policy = self.metric_policy.get(surface.casefold())
        if policy == "never" or policy == "measured" and in_title:
            return False  # a title's "Batch Size", "Memory Units" name things; they report nothing
        if e < len(doc) and doc[e].lower_ in ("model", "models"):
            return False  # "a 135M parameter model": a size class, not a measure
        if policy is None:
            return True
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        lo = text.rfind(". ", max(0, start - 50), start) + 1 or max(0, start - 50)
        hi = text.find(". ", end, end + 50)
        hi = hi if hi >= 0 else min(len(text), end + 50)
        return bool(self.measure.search(text, lo, start) or self.measure.search(text, end, hi))

    @staticmethod
    def _subject(doc: Doc, s: int) -> bool:
        """"we (first) propose", "this paper presents": the paper is the one introducing."""
        for tok in doc[max(0, s - 3) : s]:
            if tok.lower_ in _SUBJECTS:
                return True
        return False

    def _shape_ok(self, surface: str) -> bool:
        """Not a compound adjective ("ID-based", "sub-2B"), a variable ("L1") or a stop name + digits."""
        if all(sum(c.isalpha() for c in part) < 2 for part in surface.split("-")):
            return False
        parts = surface.split("-")
        if len(parts) > 1:
            first, last = parts[0], parts[-1]
            if first.islower() and (first in self.common or first in _PREFIXES):
                return False
            if last.islower() and last in self.common and last not in _VARIANT_WORDS:
                return False
        stem = entity_key(_STEM.sub("", surface))
        return not (stem and stem in self.stop)

    def _generic(self, key: str) -> bool:
        return key in self.generic or (key.endswith("s") and key[:-1] in self.generic)

    def _blocked(self, key: str) -> bool:
        return self._generic(key) or key in self.stop or (key.endswith("s") and key[:-1] in self.stop)

    # ------------------------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        mentions, aliases = self.find(doc)
        doc._.sc_mentions = mentions
        doc._.sc_aliases = aliases
        return doc

    def find(self, doc: Doc) -> tuple[list[FoundMention], list[Alias]]:
        text = doc_text(doc)
        title_end = doc._.sc_title_end or 0
        strings = self.strings
        cands: list[Cand] = []

        # Context: which cue labels end right before / start right after each token boundary.
        ends: dict[int, set[str]] = defaultdict(set)
        starts: dict[int, set[str]] = defaultdict(set)
        triggers: list[tuple[str, int, int]] = []
        for mid, s, e in self.context(doc):
            label = strings[mid]
            if label == "PROPOSE" and not self._subject(doc, s):
                continue
            ends[e].add(label)
            starts[s].add(label)
            if label in ("PROPOSE", "CALLED", "OUR", "PASSIVE", "INTRODUCES"):
                triggers.append((label, s, e))
        sent_of = _Sentences(doc)

        tok_at = _TokenIndex(doc)
        idx, length = tok_at.starts, tok_at.lengths
        for mid, s, e in list(self.cs(doc)) + list(self.ci(doc)):
            parts = strings[mid].split("|")
            start, end = idx[s], idx[e - 1] + length[e - 1]
            surface = text[start:end]
            if parts[0] == "metric":
                if _in_compound(text, start, end) or not self._metric_ok(doc, text, s, e, surface, start < title_end):
                    continue
                cands.append(Cand(start, end, "metric", parts[1], "metric", entity_key(surface), entity=parts[2]))
            else:
                source = "task" if parts[0] == "task" else "gazetteer"
                cands.append(Cand(start, end, parts[0], parts[1], source, entity_key(surface),
                                  needs_cue=len(parts) > 2))

        for label, pattern in self.shapes:
            for m in pattern.finditer(text):
                start, end = m.span()
                surface = m.group()
                if label == "SHAPE_MIXED" and not self.marker.search(surface):
                    continue
                if label == "SHAPE_TITLE":
                    if start < title_end or surface.lower() in self.common:
                        continue
                    needs_cue = not _VERSION.match(text, end)  # "Tulu 3", "Gemma 2": a versioned name
                else:
                    needs_cue = label != "SHAPE_MIXED"
                    if not self._shape_ok(surface):
                        continue
                cands.append(Cand(start, end, None, "shape." + label[6:].lower(), "shape", entity_key(surface),
                                  needs_cue=needs_cue))

        abbreviations: list[Abbreviation] = doc._.sc_abbreviations or []
        pairs: dict[str, str] = {}  # key of long form or short form -> key of the short form
        for a in abbreviations:
            cands.extend(self._abbreviation(a, text, pairs))

        proposed: set[str] = set()
        cands.extend(self._proposals(doc, text, triggers, cands, tok_at, sent_of, proposed))
        if title_end:
            cands.extend(self._title(text[:title_end], proposed))

        chosen = _resolve(cands)
        chosen = [c for c in chosen if c.source in ("metric", "task") or not self._blocked(c.key)]
        votes = self._type_votes(doc, text, chosen, tok_at, ends, starts)
        for short_key in set(pairs.values()):
            for k, v in pairs.items():
                if v == short_key and k in proposed:
                    proposed.add(short_key)
        for k, v in pairs.items():
            if v in proposed:
                proposed.add(k)

        mentions: list[FoundMention] = []
        for c in chosen:
            if c.source == "metric":
                mentions.append(FoundMention(start=c.start, end=c.end, type="metric", rule=c.rule, entity=c.entity))
                continue
            type_ = self._decide_type(c, votes, proposed)
            if type_ is None:
                continue
            end = c.end
            if type_ in NAMED and c.source != "task":
                v = _VERSION.match(text, end)
                if v and not text[c.start:end][-1:].isdigit():
                    end = v.end()
            role = None
            if type_ == "method":
                role = "proposed" if c.key in proposed or pairs.get(c.key) in proposed else "mentioned"
            entity = c.entity
            if c.key in pairs:
                entity = self._short_text(abbreviations, pairs[c.key])
            mentions.append(FoundMention(start=c.start, end=end, type=type_, role=role, rule=c.rule, entity=entity))
        aliases = self._aliases(abbreviations, mentions, text)
        return mentions, aliases

    # --- evidence ---------------------------------------------------------------------------

    def _abbreviation(self, a: Abbreviation, text: str, pairs: dict[str, str]) -> list[Cand]:
        """The long form and every use of the short form, typed by the long form's head noun."""
        long_key, short_key = entity_key(a.long), entity_key(a.short)
        if self._blocked(long_key) or self._blocked(short_key):
            return []
        if a.long.casefold() in self.metric_name or a.short in self.metric_name:
            return []  # the metric lexicon reports these
        # The paper's own definition types the pair before any list does: "(HAR)" here is a task.
        head = _SPLIT.split(a.long.lower())[-1]
        head_type, strength = self.heads.get(head, (None, "weak"))
        type_ = self.known.get(long_key)
        strong = type_ is not None or strength == "strong"
        if type_ is None and strength == "strong":
            type_ = head_type
        type_ = type_ or self.known.get(short_key) or head_type
        strong = strong or short_key in self.known
        if type_ is None:
            type_ = "method"
        pairs[long_key] = short_key
        pairs[short_key] = short_key
        rule = "abbreviation" if strong else "abbreviation.weak"
        out = [Cand(a.long_start, a.long_end, type_, rule, "abbreviation", long_key, needs_cue=not strong)]
        n = len(a.short)
        i = text.find(a.short)
        while i >= 0:
            before, after = text[i - 1 : i] if i else " ", text[i + n : i + n + 2]
            if not (before.isalnum() or before == "-" or after[:1].isalnum() or after[:1] == "-" and after[1:].isalnum()):
                out.append(Cand(i, i + n, type_, rule, "abbreviation", short_key, needs_cue=not strong))
            i = text.find(a.short, i + n)
        return out

    def _proposals(self, doc, text, triggers, cands, tok_at, sent_of, proposed) -> list[Cand]:
        """Names the paper introduces: after PROPOSE/CALLED, after "our", in an appositive."""
        by_start = sorted((c for c in cands if c.source not in ("metric", "task")), key=lambda c: c.start)
        starts = [c.start for c in by_start]
        by_end = {c.end: c for c in by_start}
        new: list[Cand] = []
        we_sents = {sent_of(s) for label, s, _ in triggers if label in ("PROPOSE", "OUR", "PASSIVE")}
        for label, s, e in sorted(triggers, key=lambda t: (t[0] == "INTRODUCES", t[1])):
            if label == "CALLED" and sent_of(s) not in we_sents:
                continue
            if label == "PASSIVE":  # "a Cascade Group Strip Mixing Module (CGSMM) is proposed"
                c = self._cand_before(doc, s, by_end)
                if c is not None:
                    proposed.add(c.key)
                continue
            if label == "INTRODUCES":  # "Earth-Adapter introduces a novel ... process"
                c = self._cand_before(doc, s, by_end)
                if c is None or c.key not in proposed:
                    continue
            found = self._scan(doc, e, label, by_start, starts, new, proposed)
            if found is None or label not in ("PROPOSE", "INTRODUCES"):
                continue
            # "... and an uncertainty weighted aggregation algorithm": a second thing proposed.
            sent = sent_of(s)
            for i in range(found, min(found + 25, len(doc) - 1)):
                if sent_of(i) != sent:
                    break
                if doc[i].lower_ in {"and", ","} and doc[i + 1].lower_ in {"a", "an"}:
                    self._scan(doc, i + 1, label, by_start, starts, new, proposed)
                    break
        # Appositive "NAME, a novel framework ..." after "we propose" in the same sentence.
        propose_at = {sent_of(s): s for label, s, _ in triggers if label in ("PROPOSE", "PASSIVE")}
        for c in by_start:
            if _APPOSITIVE.match(text, c.end) and not self._blocked(c.key):
                tok = tok_at(c.start)
                if propose_at.get(sent_of(tok), len(doc)) < tok:
                    proposed.add(c.key)
        return new

    def _cand_before(self, doc: Doc, i: int, by_end: dict[int, Cand]) -> Cand | None:
        """The candidate ending just before token i, past a closing "(ACRONYM)"."""
        j = i - 1
        while j > 0 and i - j <= 2 and doc[j].is_lower and doc[j].lower_ in self.heads:
            j -= 1  # "a ... (MCL) method is proposed"
        if j >= 0 and doc[j].text == ")":
            while j > 0 and doc[j].text != "(" and j > i - 6:
                j -= 1
            j -= 1
        if j < 0:
            return None
        return by_end.get(doc[j].idx + len(doc[j].text))

    def _scan(self, doc, e, label, by_start, starts, new, proposed) -> int | None:
        """Mark the first name after a trigger as proposed; the token index where it starts."""
        limit = 6 if label == "OUR" else 12
        first_free = None
        i = e
        while i < len(doc) and i < e + limit:
            tok = doc[i]
            low = tok.lower_
            c = _cand_at(by_start, starts, tok.idx)
            if c is not None and c.type not in ("metric", "task") and not self._blocked(c.key):
                if label == "INTRODUCES" and c.source == "gazetteer":
                    return None
                proposed.add(c.key)
                return i
            if tok.is_title and i > e or tok.text[:1].isupper() and label in ("CALLED", "PROPOSE"):
                name = self._name_run(doc, i)
                if name is not None:
                    new.append(name)
                    proposed.add(name.key)
                    return i
                return None
            if low in _STOP_AFTER_TRIGGER or (tok.is_punct and low not in {",", "-"}):
                break
            if label == "OUR" and not (tok.is_lower or low == ","):
                break
            if first_free is None and low not in _SKIP_AFTER_TRIGGER and not tok.is_punct:
                first_free = i
            i += 1
        if first_free is not None and label in ("PROPOSE", "INTRODUCES"):
            phrase = self._phrase(doc, first_free)
            if phrase is not None:
                new.append(phrase)
                proposed.add(phrase.key)
                return first_free
        return None

    def _name_run(self, doc: Doc, i: int) -> Cand | None:
        """A capitalised run ("Density sampling", "Strip MLP layer") as the name just introduced."""
        j = i
        while j < len(doc) and j < i + 5 and (doc[j].text[:1].isupper() or doc[j].text == "-" and j + 1 < len(doc)
                                               and doc[j + 1].text[:1].isupper()):
            j += 1
        name_end = j
        if j < len(doc) and doc[j].lower_ in self.heads and doc[j].is_lower:
            j += 1
        span = doc[i:j]
        if not span or span.text.lower() in self.common or self._blocked(entity_key(doc[i:name_end].text)):
            return None
        return Cand(span.start_char, span.end_char, None, "proposed.name", "proposed", entity_key(span.text))

    def _phrase(self, doc: Doc, i: int) -> Cand | None:
        """A descriptive name right after "we propose a": two or more modifiers and a strong head noun."""
        j = i
        while j < len(doc) and j < i + 6 and doc[j].is_alpha or j < len(doc) and doc[j].text == "-":
            j += 1
        words = [t for t in doc[i:j] if t.text != "-"]
        for k in range(len(words), 2, -1):
            head = words[k - 1].lower_
            if head in self.heads and self.heads[head] == ("method", "strong") and not words[k - 1].is_stop:
                span = doc[i : words[k - 1].i + 1]
                key = entity_key(span.text)
                if self._generic(key) or any(t.is_stop for t in span):
                    return None
                return Cand(span.start_char, span.end_char, "method", "proposed.phrase", "proposed", key)
        return None

    def _title(self, title: str, proposed: set[str]) -> list[Cand]:
        """"Name: what it does" and "Name at SemEval ...": the title's prefix names the paper's method."""
        m = regex.match(r"\s*([^:]{2,60}?)(?:\s*:\s|\s+(?:--|-|–|—)\s)", title)
        if not m:
            return []
        prefix = m.group(1)
        first = regex.match(r"\S+", prefix).group()
        words = prefix.split()
        if len(words) > 1 and words[1].lower() in {"at", "@"}:
            name, start = first, m.start(1)
        elif len(words) <= 4 and all(w[:1].isupper() or w.lower() in {"of", "for", "and", "the", "-"} for w in words):
            name, start = prefix, m.start(1)
            if all(w.lower() in self.common for w in regex.split(r"[\s-]+", prefix) if w):
                return []
        else:
            return []
        key = entity_key(name)
        if self._blocked(key) or len(key) < 2:
            return []
        proposed.add(key)
        return [Cand(start, start + len(name), None, "proposed.title", "proposed", key)]

    def _type_votes(self, doc, text, chosen, tok_at, ends, starts) -> dict[str, dict[str, int]]:
        """Per name: votes for each type from its neighbours, summed over the paper."""
        votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        named = [c for c in chosen if c.source not in ("metric", "task")]
        groups: list[list[Cand]] = []
        for c in named:
            if groups and _LIST_GAP.fullmatch(text, groups[-1][-1].end, c.start):
                groups[-1].append(c)
            else:
                groups.append([c])
        for group in groups:
            first = tok_at(group[0].start)
            last = tok_at(group[-1].end - 1) + 1
            before, after = ends.get(first, set()), starts.get(last, set())
            ev: dict[str, int] = defaultdict(int)
            if "DATA_AFTER" in after:
                head = doc[last].lower_ if last < len(doc) else ""
                ev["benchmark" if head.startswith("benchmark") or head in {"suite", "leaderboard"} else "dataset"] += 3
            if "METHOD_AFTER" in after:
                ev["method"] += 2
            if "DATA_BEFORE" in before:
                ev["dataset"] += 3
            if "ON" in before:
                ev["dataset"] += 1
            if before & {"LIST", "CALLED", "PROPOSE", "OUR"}:
                ev["cue"] += 1
            if _APPOSITIVE.match(text, group[-1].end):
                head = self._appositive_head(doc, last + 2)
                if head:
                    ev[head] += 2
            for c in group:
                for t, n in ev.items():
                    votes[c.key][t] += n
        for c in named:
            if c.source in ("gazetteer", "abbreviation") and c.type:
                votes[c.key][c.type] += 5 if not c.needs_cue else 1
                votes[c.key]["cue"] += 0 if c.needs_cue else 1
            elif c.source == "proposed":
                votes[c.key]["cue"] += 1
            surface = text[c.start : c.end]
            if self.suffix["SUFFIX_DATASET"].search(surface):
                votes[c.key]["dataset"] += 1
            if self.suffix["SUFFIX_METHOD"].search(surface):
                votes[c.key]["method"] += 1
            base = _SPLIT.split(surface)[0]
            if base != surface and entity_key(base) in self.known:
                votes[c.key][self.known[entity_key(base)]] += 2
        return votes

    def _appositive_head(self, doc: Doc, i: int) -> str | None:
        for tok in doc[i : i + 7]:
            if tok.is_punct:
                break
            if tok.lower_ in self.heads:
                type_, _ = self.heads[tok.lower_]
                if type_ in NAMED:
                    return type_
        return None

    def _decide_type(self, c: Cand, votes: dict[str, dict[str, int]], proposed: set[str]) -> str | None:
        if c.source == "task":
            return "task"
        v = votes.get(c.key, {})
        if c.needs_cue and not (c.key in proposed or v.get("cue") or v.get("dataset") or v.get("benchmark")
                                or v.get("method", 0) >= 2):
            return None
        if c.source in ("gazetteer", "abbreviation") and not c.needs_cue:
            return c.type
        scores = {t: v.get(t, 0) for t in ("method", "dataset", "benchmark", "task")}
        if c.type:
            scores[c.type] += 1
        best = max(scores, key=lambda t: (scores[t], t == "method"))
        if best == "dataset" and scores["benchmark"]:
            best = "benchmark"
        return best

    @staticmethod
    def _short_text(abbreviations: list[Abbreviation], short_key: str) -> str:
        for a in abbreviations:
            if entity_key(a.short) == short_key:
                return a.short
        return short_key

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
            out.append(Alias(type=m.type, alias=a.long, entity=m.entity or a.short))
        return out


class _TokenIndex:
    """Character offset -> index of the token containing it (one array read, no token objects)."""

    def __init__(self, doc: Doc):
        array = doc.to_array([IDX, LENGTH])
        self.starts = array[:, 0].tolist()
        self.lengths = array[:, 1].tolist()

    def __call__(self, char: int) -> int:
        return max(bisect_right(self.starts, char) - 1, 0)


class _Sentences:
    """Token index -> sentence number; one sentence when the doc has no sentence boundaries."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.starts: list[int] | None = None  # read on first use: most docs need no sentence

    def __call__(self, token: int) -> int:
        if self.starts is None:
            self.starts = numpy.flatnonzero(self.doc.to_array(SENT_START) == 1).tolist() or [0]
        return bisect_right(self.starts, token)


def _in_compound(text: str, start: int, end: int) -> bool:
    """Part of a hyphenated word ("Parameter-efficient", "data-driven")."""
    return text.startswith("-", end) and text[end + 1 : end + 2].isalpha() or (
        start > 1 and text[start - 1] == "-" and text[start - 2].isalpha())


def _cand_at(by_start: list[Cand], starts: list[int], char: int) -> Cand | None:
    i = bisect_right(starts, char) - 1
    while i >= 0 and by_start[i].start == char:
        return by_start[i]
    return None


def _resolve(cands: list[Cand]) -> list[Cand]:
    """Longest match wins; equal spans go to the more specific source; one type per span."""
    ranked = sorted(cands, key=lambda c: (-(c.end - c.start), -PRIORITY[c.source], c.start))
    taken: list[tuple[int, int]] = []
    chosen: list[Cand] = []
    for c in ranked:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
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
                    best = (score, EntityRef(type=m.type, name=m.entity or surface))
    return best[1] if best else None


@Language.factory("sciclaims_entities")
def make_entity_recognizer(nlp: Language, name: str) -> EntityRecognizer:
    return EntityRecognizer(nlp)
