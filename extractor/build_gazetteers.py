"""Derive the compact gazetteers in rules/ from the raw lists in ../shared/gazetteers.

Run by a developer (``python -m extractor.build_gazetteers [SHARED]``; ``... mine [SHARED]`` for the
names mined from the shared abstract corpora), never at run time or in
tests: the outputs are committed, so the shipped rules do not depend on ../shared. The raw lists
are large and noisy (placeholders, common words, tokenized spans such as "CIFAR - 1 0", a
paper's private acronyms); every filter below exists to keep a name from firing where it means
something else. rules/README.md ("Entity rules") states the sources, licences and these steps.
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

from .canonical import entity_key
from .evaluate import title_key
from .lexicons import load_metrics
from .rules_data import read_lines, rules_path
from .rules_data import read_tsv as read_rules_tsv

WORD = regex.compile(r"[A-Za-z][A-Za-z0-9]*(?:['’][a-z]+)?")
SENT_END = regex.compile(r"[.!?:]\s*$")

# A benchmark suite (rather than a plain dataset) by its name.
BENCHMARK_NAME = regex.compile(r"(?i:bench|arena|leaderboard|\bsuite\b)|GLUE|Eval\b|^(?:MMLU|HELM|BEIR|MTEB|VTAB|WILDS|XTREME|D4RL|MuJoCo)\b")
# Spans that are descriptions, citations or placeholders, not names.
JUNK = regex.compile(
    r"(?i)^(?:n/?a|none|other|others|ours|our|anonymous|unknown|human|baseline|test|dev|val|train)$"
    r"|et al|\(deleted|[<>{}\[\]@#*+=|\\]|\b(?:19|20)\d\d\)|^\W|\W$|https?:|\.\.\.|^\d[\d.,]*[kKmM]?$"
    r"|\b(?:single model|ensemble|baseline|sub>)\b"
)
DATASET_SUFFIX = regex.compile(r"(?i)\s+(?:data ?sets?|corpus|corpora|benchmarks?|database|challenge)$")
# Words whose presence makes a surface form descriptive rather than a name.
SPLIT_WORDS = {"test", "val", "dev", "train", "training", "validation", "set", "split", "hard", "easy", "medium",
               "moderate", "full", "subset", "task"}
# a year or version after a name: "ICLR 2025", "ICLR'25"
_YEAR_TAIL = regex.compile(r"(?:\s+(?:19|20)\d\d|['’]\d\d)$")
# the task run on a dataset, after the dataset's name: "ImageNet classification", "CIFAR-10 Image Recognition"
TASK_TAIL = regex.compile(r"(?i)\s+(?:[\w-]+\s+){0,3}(?:classification|detection|segmentation|recognition|retrieval|"
                          r"generation|translation|parsing|tracking|captioning|reconstruction|estimation|answering)$")
DESCRIPTIVE = {"our", "their", "the", "a", "an", "this", "these", "proposed", "existing", "new", "novel", "previous"}


def tidy(surface: str, rejoin_digits: bool = False) -> str:
    """Undo the benchmarks' tokenization so a name reads as in running text."""
    s = surface.strip().strip('"').strip()
    if rejoin_digits:  # SciER splits numbers into digits: "CIFAR - 1 0"
        s = regex.sub(r"(?<=\d) (?=\d)", "", s)
    s = regex.sub(r"\s*([-/])\s*", r"\1", s)
    s = regex.sub(r"\s+([,.;:)\]'])", r"\1", s)
    s = regex.sub(r"([(\[])\s+", r"\1", s)
    return regex.sub(r"\s+", " ", s)


class Usage:
    """How each word and short phrase is cased in real abstracts: the common-word test."""

    def __init__(self, corpora: list[Path], phrases: set[str], limit: int | None = None):
        self.lower: Counter[str] = Counter()  # occurrences written all lower-case, mid-sentence
        self.other: Counter[str] = Counter()  # occurrences with a capital, mid-sentence
        self.phrase_lower: Counter[str] = Counter()
        self.phrase_other: Counter[str] = Counter()
        wanted = {p.lower(): len(p.split()) for p in phrases}
        max_n = max(wanted.values(), default=1)
        for path in corpora:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                for i, line in enumerate(fh):
                    if limit and i >= limit:
                        break
                    record = json.loads(line)
                    self._count(record.get("abstract") or "", wanted, max_n)

    def _count(self, text: str, wanted: dict[str, int], max_n: int) -> None:
        matches = list(WORD.finditer(text))
        words = [m.group() for m in matches]
        for i, m in enumerate(matches):
            w = words[i]
            initial = i == 0 or bool(SENT_END.search(text[matches[i - 1].end() : m.start()]))
            if not initial:
                (self.lower if w.islower() else self.other)[w.lower()] += 1
            for n in range(2, max_n + 1):
                if i + n > len(words):
                    break
                phrase = " ".join(words[i : i + n])
                low = phrase.lower()
                if low in wanted and not initial:
                    (self.phrase_lower if phrase.islower() else self.phrase_other)[low] += 1

    def descriptive(self, name: str, generic: set[str], stop: set[str] = frozenset(),
                    languages: set[str] = frozenset()) -> bool:
        """Every word an ordinary lower-case word (or a generic family): a description, not a name. An
        all-capital or digit stop name or a language counts as ordinary ("RGB image", "MR images", "RGB-D
        images", "English sentence", "Brain MRI segmentation": a modality, a dimension or a language with
        lower-case common nouns describes data, it names none; "3D Poses in the Wild", "Common Objects in 3D"
        capitalise theirs: names)."""
        tokens = name.split()
        acronyms = {t for t in tokens if t.upper() == t and entity_key(t) in stop or entity_key(t) in languages}
        if not acronyms or not all(t.islower() or t.isdigit() or i == 0 and t[1:].islower()
                                   for i, t in enumerate(tokens) if t not in acronyms):
            acronyms = set()
        parts = [p for t in tokens if t not in acronyms for p in t.split("-") if p]
        for part in parts:
            low = part.lower()
            if part.isdigit() or low in generic:
                continue
            if not (WORD.fullmatch(part) and self.lower[low] >= 3 and self.lower[low] >= self.other[low]):
                return False
        return True

    def common(self, name: str) -> bool:
        """True when `name` is mostly written as an ordinary lower-case word or phrase."""
        words = WORD.findall(name)
        if not words or len(words) != len(name.replace("-", " ").split()):
            return False  # digits, symbols or odd tokens: never an ordinary word
        low = " ".join(words).lower()
        if len(words) == 1:
            lower, other = self.lower[low], self.other[low]
        else:
            lower, other = self.phrase_lower[low], self.phrase_other[low]
        return lower >= 3 and lower >= other


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def collect(shared: Path) -> dict[str, dict[str, Counter]]:
    """name -> type -> source -> weight, from every raw list."""
    g = shared / "gazetteers"
    found: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))

    def add(name: str, type_: str, source: str, weight: int = 1) -> None:
        name = tidy(name)
        if type_ == "dataset":
            name = DATASET_SUFFIX.sub("", name)
        if name:
            found[name][type_][source] += max(weight, 1)

    for row in read_tsv(g / "pwc_methods_2022" / "methods.tsv"):
        n = int(row["num_papers"] or 0)
        add(row["name"], "method", "pwc_methods", n)
        if row["full_name"] and row["full_name"] != row["name"]:
            add(row["full_name"], "method", "pwc_methods", n)
    for row in read_tsv(g / "sota_extractor_tasks" / "flat_results.tsv"):
        add(regex.sub(r"\s*\((?:single|ensemble|\d{4}).*?\)\s*$", "", row["model_name"]), "method", "sota_models")
        for part in row["dataset"].split(" / "):
            add(part, "dataset", "sota_datasets")
    t = g / "pwc_tasks_2025"
    for row in read_tsv(t / "dataset_names_from_tasks.tsv"):
        add(row["name"], "dataset", "pwc_datasets", int(row["task_rows"]))
    for row in read_tsv(t / "benchmark_names_from_tasks.tsv"):
        add(row["name"], "dataset", "pwc_benchmarks", int(row["task_rows"]))
    for line in (t / "task_names.txt").read_text(encoding="utf-8").splitlines():
        add(line, "task", "pwc_tasks")
    kb = g / "ibm_nlp_tdms_kb"
    for line in (kb / "datasetKB.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) > 1:
            add(regex.sub(r"\s*\(.*?\)\s*$", "", parts[1]), "dataset", "tdms_kb")
    for line in (kb / "taskKB.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) > 1:
            add(parts[1].replace("_", " "), "task", "tdms_kb")
    b = g / "benchmark_train_surface_forms"
    for row in read_tsv(b / "surface_forms.tsv"):
        type_ = row["our_type"].rstrip("?")
        if row["our_type"] == "dataset?" or type_ not in {"method", "dataset", "task"}:
            continue  # SciERC "Material" is mostly generic material, not named datasets
        name = tidy(row["surface"], rejoin_digits=row["source"] == "scier_train")
        add(name, type_, row["source"], int(row["count"]))
    for row in read_tsv(b / "scirex_train_canonical_entities.tsv"):
        if row["our_type"] in {"method", "dataset", "task"}:
            add(row["name_underscores_as_spaces"], row["our_type"], "scirex_canonical", int(row["n_relations"]))
    return found


CURATED = {"pwc_methods", "sota_models", "pwc_datasets", "pwc_benchmarks", "sota_datasets", "tdms_kb", "pwc_tasks",
           "scirex_canonical"}


def name_like(name: str) -> bool:
    """A capital past the first letter, a digit, or a capitalised multi-word name."""
    core = name[1:]
    return any(c.isupper() or c.isdigit() for c in core) or (name[:1].isupper() and " " in name)


def keep(name: str, type_: str, sources: Counter, usage: Usage, generic: set[str], stop: set[str],
         languages: set[str] = frozenset(), metrics: set[str] = frozenset()) -> str | None:
    """Why a name is dropped, or None when it is kept."""
    key = entity_key(name)
    words = name.split()
    if len(key) < 2 or JUNK.search(name) or len(words) > 6 or len(name) > 60:
        return "junk"
    if name.count("(") != name.count(")") or name.count("[") != name.count("]"):
        return "junk"  # a span cut inside brackets: "conditional random field (CRF", "SSS) problem"
    if key in generic or key in stop or entity_key(_YEAR_TAIL.sub("", name)) in stop:
        return "generic"  # "ICLR 2025": a stop name (here a venue) with a year is no dataset either
    if words[0].lower() in DESCRIPTIVE or "_" in name or words[-1].lower() in SPLIT_WORDS:
        return "descriptive"
    if type_ != "task" and regex.search(r"[\s-]", name) and usage.descriptive(name, generic):
        return "descriptive"  # "Weight Decay", "Feature Pyramid Network": capitalised common words
    if type_ != "task" and " " in name and usage.descriptive(name, generic, stop, languages):
        return "descriptive-data"  # "RGB image", "MR images", "3D data" (build drops "RGB-D Data" with "RGB-D data")
    if type_ != "task" and all(entity_key(p) in languages for p in regex.split(r"-(?:to-)?|/", name)):
        return "language-pair"  # "English-German", "English-to-French": a translation direction's data
    curated = sum(n for s, n in sources.items() if s in CURATED)
    total = sum(sources.values())
    if type_ != "task":
        if not name_like(name) and not (name[:1].isupper() and len(name) >= 4):
            return "lower-case"  # methods and datasets are names; lower-case forms are families
        if usage.common(name):
            return "common"
        upper_short = regex.fullmatch(r"[A-Z]{2,3}s?", name)
        if upper_short and (curated == 0 or total < 3):
            return "short-acronym"  # SR, AT, FM: a paper's private abbreviation
        if curated == 0 and total < 2:
            return "rare"
        if len(key) < 3 and not any(c.isdigit() for c in name) or sum(c.isalpha() for c in name) < 2:
            return "short"  # "L1", "M": a paper's variable, not a name
    else:
        if len(key) < 4 or (curated == 0 and total < 3) or len(words) > 5:
            return "rare"
        if len(words) == 1:
            return "single-word"  # "inference" is too vague; "MMLU" is a leaderboard, not a task
        if key in metrics:
            return "metric"  # "inference time", "computational efficiency": the metric lexicon reads these
        if words[-1] in GENERIC_TASK_HEADS:
            return "generic-task"  # "downstream tasks", "real-world applications", "ablation studies": no task's name
    return None


# plural heads, in lower case, of phrases that name no particular task (not a Title-Case task: "Object Detection In
# Aerial Images"; nor "dialog systems", "topic models": tasks named by what they build)
GENERIC_TASK_HEADS = {"tasks", "applications", "studies", "images", "scenarios", "settings", "problems", "domains",
                      "approaches", "techniques", "experiments", "results"}


def match_mode(name: str, usage: Usage) -> str:
    """`cs` matches case-sensitively; `ci` also matches other casings ("XSUM" for "XSum")."""
    letters = regex.sub(r"[^A-Za-z]", "", name)
    if len(letters) < 4 or usage.lower[name.lower()] > 0:
        return "cs"
    return "ci"


METHOD_HEAD_TAIL = regex.compile(r" (?:models?|architectures?|networks?|algorithm|framework|systems?|method)$")


def build(shared: Path, out: Path, limit: int | None = None) -> dict[str, int]:
    found = collect(shared)
    generic = {entity_key(x) for x in read_lines("generic_methods.txt")}
    languages = {entity_key(x) for x in read_lines("languages.txt")} | {"english", "chinese"}
    stop = {entity_key(x) for x in read_lines("stop_names.txt")} | languages
    not_metric = {entity_key(r["surface"]) for r in read_rules_tsv("metric_mentions.tsv") if r["policy"] == "not"}
    # cost, speed and size measures: a task's name is never one ("inference time"); a quality score may be a task's
    # name too ("semantic textual similarity")
    metrics = {entity_key(v) for m in load_metrics() if m.kind != "quality" for v in m.variants} - not_metric
    corpora = sorted((shared / "corpora").glob("*/*.jsonl.gz"))
    phrases = {n for n in found if " " in n and len(n.split()) <= 4}
    usage = Usage(corpora, phrases, limit)

    by_key: dict[tuple[str, str], tuple[str, int]] = {}
    rows: dict[str, list[tuple[str, ...]]] = {"method": [], "dataset": [], "task": []}
    dropped: Counter[str] = Counter()
    described: set[str] = set()  # lower-cased spellings dropped as "descriptive-data": no dataset casing of them stays
    for name, types in found.items():
        # One type per name: curated lists outweigh benchmark surface forms, counts break ties.
        def weight(t: str) -> tuple[int, int]:
            s = types[t]
            return (sum(n for src, n in s.items() if src in CURATED) > 0, sum(s.values()))

        type_ = max(types, key=weight)
        if type_ == "task" and {"method", "dataset"} & set(types) and weight("task")[0] == 0:
            continue
        reason = keep(name, type_, types[type_], usage, generic, stop, languages, metrics)
        if reason:
            dropped[reason] += 1
            described |= {name.lower()} if reason == "descriptive-data" else set()
            continue
        total = sum(types[type_].values())
        kt = (type_, name.lower())  # spelling variants stay: each tokenizes differently
        if kt in by_key and by_key[kt][1] >= total:
            continue
        by_key[kt] = (name, total)
    for kt, (name, _n) in list(by_key.items()):
        if kt[0] == "dataset" and name.lower() in described:  # methods keep "3D Morphable Model"
            del by_key[kt]
            dropped["descriptive-data"] += 1
    datasets = {entity_key(name) for (type_, _), (name, _n) in by_key.items() if type_ == "dataset"}
    for kt, (name, _n) in list(by_key.items()):
        # "ImageNet classification", "MS COCO Detection": a listed dataset's name plus a task; the bare name is
        # the dataset, the phrase is the task (and hides the dataset's name where it matches)
        if kt[0] == "dataset" and (m := TASK_TAIL.search(name)) and m.start() and entity_key(name[: m.start()]) in datasets:
            del by_key[kt]
            dropped["dataset-task"] += 1
    methods = {name for (type_, _), (name, _n) in by_key.items() if type_ == "method"}
    for kt, (name, _n) in list(by_key.items()):
        # "BERT model", "U-Net architecture": a listed method plus a lower-case head; the bare name is the mention
        if kt[0] == "method" and (m := METHOD_HEAD_TAIL.search(name)) and name[: m.start()] in methods:
            del by_key[kt]
            dropped["method-head"] += 1
    for (type_, _), (name, total) in by_key.items():
        sources = ",".join(sorted(found[name][type_]))
        mode = "ci" if type_ == "task" else match_mode(name, usage)
        if type_ == "dataset":
            kind = "benchmark" if BENCHMARK_NAME.search(name) else "dataset"
            rows["dataset"].append((name, kind, mode, str(total), sources))
        else:
            rows[type_].append((name, mode, str(total), sources))
    headers = {
        "method": ("name", "match", "weight", "sources"),
        "dataset": ("name", "type", "match", "weight", "sources"),
        "task": ("name", "match", "weight", "sources"),
    }
    files = {"method": "gazetteer_methods.tsv", "dataset": "gazetteer_datasets.tsv", "task": "gazetteer_tasks.tsv"}
    for type_, file in files.items():
        body = sorted(rows[type_], key=lambda r: (-int(r[-2]), r[0]))
        with (out / file).open("w", encoding="utf-8") as fh:
            fh.write(f"# {type_} names derived by extractor/build_gazetteers.py from ../shared/gazetteers; "
                     "see rules/README.md. match: cs = exact case, ci = any case.\n")
            fh.write("\t".join(headers[type_]) + "\n")
            for r in body:
                fh.write("\t".join(r) + "\n")
    common = sorted(w for w, n in usage.lower.items() if n >= 5 and n >= usage.other[w] and len(w) > 1)
    with (out / "common_words.txt").open("w", encoding="utf-8") as fh:
        fh.write("# Words written in lower case in most of their mid-sentence uses in the shared abstract corpora "
                 "(>= 5 times); derived by extractor/build_gazetteers.py. A capitalised one is not a name by shape.\n")
        fh.write("\n".join(common) + "\n")
    counts = {t: len(r) for t, r in rows.items()} | {"common_words": len(common)}
    print(json.dumps({"kept": counts, "dropped": dropped}, indent=1))
    return counts


# "the Libri2Mix dataset", "the NTU RGB+D 60 benchmark", "the WHAM! corpus": "the", a name-like run, a singular data
# head (a plural head is mostly a task's or a domain's datasets: "KGQA datasets")
_MINED_TOKEN = r"(?:[A-Z0-9][\w+!/&-]*(?:\.\d+)?|[a-z]+[A-Z0-9][\w+!/&-]*)"  # "Tanks&Temples" is one token
_MINED_NAME = rf"{_MINED_TOKEN}(?: (?:\\?& )?{_MINED_TOKEN}){{0,3}}"  # "Tanks & Temples": "&" inside, never a start
MINED_CUE = regex.compile(rf"(?<![\w-])[Tt]he ({_MINED_NAME}) (dataset|benchmark|corpus|data set)\b")
MINED_METHOD_CUE = regex.compile(rf"(?<![\w-])({_MINED_NAME}) (?:models?|tools?|framework|method|network|architecture|algorithm)\b")
# A list of two or more name-like runs next to a plural data head: "on the MuSiQue, HotpotQA and 2WikiMultiHopQA
# datasets", "benchmarks such as GPQA-Diamond and AIME25", "datasets (LoveDA, Potsdam and Vaihingen)". One name
# with a plural head is not enough ("KGQA datasets"), two or more named side by side are the datasets themselves.
_MINED_SEP = r"(?:, (?:and |or )?| and | or |; )"
_MINED_LIST = rf"(?P<list>{_MINED_NAME}(?:{_MINED_SEP}{_MINED_NAME}){{1,8}})"
_MINED_PLURAL = r"(?P<head>datasets|benchmarks|corpora|data sets|benchmark datasets)"
MINED_LIST_CUES = (
    regex.compile(rf"(?<![\w-]){_MINED_LIST} {_MINED_PLURAL}\b"),
    regex.compile(rf"\b{_MINED_PLURAL}(?:,? (?:such as|including|namely|like|i\.e\.,?|e\.g\.,?)|:) {_MINED_LIST}"
                  r"(?=[.,;)]| (?:and|show|demonstrate|reveal|indicate|confirm)\b)"),
    regex.compile(rf"\b{_MINED_PLURAL} \((?:i\.e\.,? |e\.g\.,? |including )?{_MINED_LIST}\)"),
)


# two-letter language codes as translation directions write them ("En-De", "WMT14 En-Fr" stays: it has a name)
LANGUAGE_CODES = frozenset("En De Fr Ro Zh Ja Ko Ru Es It Pt Ar Hi Cs Tr Fi Et Lv Lt Kk Gu Ne Si Ps Km Vi Th Id Uk Pl Nl Sv Da".split())


def listed_names(text: str, known: set[str]) -> dict[str, str]:
    """name -> "listed benchmark" or "listed dataset" (the list's head) for every data-head list in `text`; a
    known name with "and" inside ("Tanks and Temples") stays whole."""
    names: dict[str, str] = {}
    for cue in MINED_LIST_CUES:
        for m in cue.finditer(text):
            kind = "listed benchmark" if m.group("head").startswith("benchmarks") else "listed dataset"
            parts = regex.split(f"({_MINED_SEP})", m.group("list"))
            i = 0
            while i < len(parts):
                both = " and ".join(parts[i : i + 3 : 2])
                if i + 2 < len(parts) and parts[i + 1] == " and " and entity_key(both) in known:
                    names.setdefault(both, kind)
                    i += 4
                    continue
                if name := parts[i].rstrip(".,/"):
                    names.setdefault(name, kind)
                i += 2
    return names


def mine_datasets(corpora: list[Path], exclude_titles: set[str], known: set[str] = frozenset(),
                  min_papers: int = 3, min_listed: int = 2) -> dict[str, Counter]:
    """name -> {dataset|benchmark|listed dataset|listed benchmark: papers}: names that the corpora write right
    before a singular data head in at least `min_papers` different abstracts, or in such abstracts and data-head
    lists together in at least
    `min_listed`, and before a method head (model, tool, framework, ...) in fewer than half as many. Abstracts
    whose title is in `exclude_titles` (our gold; `evaluate.title_key`s) are skipped, so that no held-out abstract
    teaches the list a name. `known`: entity keys of listed names, kept whole when a list holds them."""
    heads: dict[str, Counter] = defaultdict(Counter)
    tools: Counter[str] = Counter()  # "the TotalSegmentator model", "the X tool": papers naming it as a method
    for path in corpora:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                if title_key(record.get("title") or "") in exclude_titles:
                    continue
                text = record.get("abstract") or ""
                seen: dict[str, str] = {}
                for m in MINED_CUE.finditer(text):
                    name = m.group(1).rstrip(".,/")
                    seen.setdefault(name, "benchmark" if m.group(2) == "benchmark" else "dataset")
                for name, kind in listed_names(text, known).items():
                    seen.setdefault(name, kind)
                for name, kind in seen.items():
                    heads[name][kind] += 1
                tools.update({m.group(1) for m in MINED_METHOD_CUE.finditer(text)})

    def enough(c: Counter) -> bool:
        single = c["dataset"] + c["benchmark"]
        return single >= min_papers or single < sum(c.values()) >= min_listed

    return {n: c for n, c in heads.items() if enough(c) and tools[n] * 2 < sum(c.values())}


def mine(shared: Path, out: Path, gold: Path) -> int:
    """Write `gazetteer_mined.tsv`: dataset and benchmark names the shared abstract corpora name with a
    data head, not already in the derived or curated lists, through the same filters as `build`."""
    corpora = sorted((shared / "corpora").glob("*/*.jsonl.gz"))
    records = (json.loads(line) for path in sorted(gold.rglob("*.jsonl"))
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    exclude = {title_key(r["title"]) for r in records if "title" in r}
    listed = {entity_key(r["name"]) for f in ("gazetteer_datasets.tsv", "gazetteer_methods.tsv", "gazetteer_tasks.tsv",
                                             "gazetteer_curated.tsv") for r in read_rules_tsv(f)}
    found = mine_datasets(corpora, exclude, listed)
    generic = {entity_key(x) for x in read_lines("generic_methods.txt")}
    stop = {entity_key(x) for x in read_lines("stop_names.txt")} | {entity_key(x) for x in read_lines("languages.txt")}
    usage = Usage(corpora, {n for n in found if " " in n and len(n.split()) <= 4})
    languages = {entity_key(x) for x in read_lines("languages.txt")} | {"english", "chinese"}  # not "Hi-ToM"
    rows, dropped = [], Counter()
    for name, kinds in found.items():
        if entity_key(name) in listed:
            dropped["listed"] += 1
            continue
        papers = sum(kinds.values())
        reason = keep(name, "dataset", Counter({"corpus_mined": papers}), usage, generic, stop, languages)
        if reason is None and (name.split()[-1].isdigit() and len(name.split()) == 1 or name.isupper() and len(name) <= 3):
            reason = "short-acronym"  # "2019", "MRI": a year or a topic's acronym before "dataset"
        if reason is None and all(entity_key(w) in languages or w in LANGUAGE_CODES for w in regex.split(r"-(?:to-)?", name)):
            reason = "language-pair"  # "Tamil-English datasets": a language pair's data, not a dataset's name
        if reason:
            dropped[reason] += 1
            continue
        benchmark, dataset = kinds["benchmark"] + kinds["listed benchmark"], kinds["dataset"] + kinds["listed dataset"]
        kind = "benchmark" if benchmark > dataset or BENCHMARK_NAME.search(name) else "dataset"
        rows.append((name, kind, "cs", str(papers), "corpus_mined"))
    # "Bird" beside "BIRD" (the text-to-SQL benchmark, 27 abstracts to 3): a capitalised English word spelling an
    # all-capital name matches "Bird's-Eye View" and "Bird Flock Tracking", not the benchmark
    capitals = {entity_key(r[0]): int(r[3]) for r in rows if r[0].isupper()}
    spelled = [r for r in rows if r[0].isalpha() and r[0][1:].islower() and usage.lower[r[0].lower()] >= 3
               and capitals.get(entity_key(r[0]), 0) > int(r[3])]
    dropped["capitalised-word"] += len(spelled)
    rows = [r for r in rows if r not in spelled]
    rows.sort(key=lambda r: (-int(r[3]), r[0]))
    with (out / "gazetteer_mined.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# dataset and benchmark names mined by `python -m extractor.build_gazetteers mine` from the shared "
                 "abstract corpora (\"the NAME dataset/benchmark/corpus\" in >= 3 abstracts, or named in a list "
                 "beside a plural data head in >= 2, gold abstracts skipped); see rules/README.md. weight: abstracts. "
                 "match: cs = exact case.\n")
        fh.write("name\ttype\tmatch\tweight\tsources\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print(json.dumps({"kept": len(rows), "dropped": dropped}, indent=1))
    return len(rows)


def main() -> None:
    args = sys.argv[1:]
    mining = bool(args) and args[0] == "mine"
    args = args[1:] if mining else args
    shared = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared"
    if mining:
        mine(shared, rules_path(""), Path(__file__).resolve().parents[1] / "fixtures" / "gold")
        return
    limit = int(args[1]) if len(args) > 1 else None
    build(shared, rules_path(""), limit)


if __name__ == "__main__":
    main()
