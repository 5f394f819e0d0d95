"""Datasette metadata and configuration for a sciclaims database, generated from the contract.

Datasette 0.65 reads everything from one metadata file; Datasette 1.0 splits descriptive
metadata (titles, descriptions) from configuration (facets, sorts, label columns, canned
queries). `metadata()` and `config()` return the two halves; `combined()` merges them for 0.x.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

TITLE = "sciclaims"
DESCRIPTION = (
    "Methods, datasets, benchmarks, metrics and quantitative claims extracted from paper abstracts. "
    "Every claim and mention points at the exact characters of its source sentence: the highlighted "
    "span is the evidence."
)

TABLES: dict[str, dict] = {
    "papers": {
        "description": "One row per paper, as read from the input (title and abstract are the original text).",
        "columns": {
            "id": "The input's id, or a stable hash of the normalized title (t:…) where it had none.",
            "title": "Title, exactly as in the input.", "abstract": "Abstract, exactly as in the input.",
            "source": "Where the record came from (the input's source field or its format).",
            "published": "Publication date where the input gave one.", "url": "Link to the paper where known.",
            "authors": "Authors as given by the input.", "extra": "Other input fields, as JSON.",
            "content_hash": "Hash of the stored fields: an unchanged paper is skipped on re-runs.",
            "extraction_hash": "Code version, rules hash and extraction-code hash the paper was extracted with.",
            "run_id": "The run that last wrote this paper.",
        },
        "sort_desc": "published", "facets": ["source"], "label_column": "title",
    },
    "sentences": {
        "description": "Sentences of titles and abstracts; start/end are offsets into the paper's original title or abstract.",
        "columns": {
            "id": "paper id : sentence index.", "paper_id": "The paper.", "section": "title or abstract.",
            "idx": "Position in the paper (the title is 0).", "start": "Offset of the first character in the section.",
            "end": "Offset just past the last character.", "text": "The sentence, equal to its slice of the section.",
        },
        "sort": "id", "facets": ["section"], "label_column": "text",
    },
    "entities": {
        "description": "Canonical methods, datasets, benchmarks, metrics and tasks across the corpus; spelling variants merge.",
        "columns": {"id": "Entity id.", "type": "method, dataset, benchmark, metric or task.",
                    "name": "Canonical name (the first spelling seen).", "key": "Case-, hyphen- and space-insensitive key."},
        "facets": ["type"], "label_column": "name", "sort": "name",
    },
    "entity_aliases": {
        "description": "Every spelling and acronym under which an entity was mentioned.",
        "columns": {"alias": "The text as written.", "entity_id": "The entity it names."},
    },
    "mentions": {
        "description": "Each place a paper names an entity; the text cell shows it highlighted in its sentence.",
        "columns": {
            "id": "Mention id.", "paper_id": "The paper.", "sentence_id": "The sentence it is in.",
            "entity_id": "The canonical entity.", "type": "method, dataset, benchmark, metric or task.",
            "text": "The mention as written (sentence[start:end]).", "start": "Offset in the sentence.",
            "end": "Offset just past the mention.",
            "role": "For methods: proposed (introduced by this paper) or mentioned. For datasets and benchmarks: "
                    "proposed when this paper builds it, else empty.", "rule": "The rule that found it.",
        },
        "facets": ["type", "role", "rule"], "sort": "id",
    },
    "quantities": {
        "description": "Every figure with meaning the extractor recognized (claims and set-up numbers alike), normalized.",
        "columns": {
            "id": "Quantity id.", "paper_id": "The paper.", "sentence_id": "The sentence it is in.",
            "text": "The figure as written.", "start": "Offset in the sentence.", "end": "Offset just past the figure.",
            "value": "The figure in its unit (NULL for a range).", "low": "Range low end.", "high": "Range high end.",
            "from_value": "The starting figure of a change 'from A to B'.",
            "unit": "percent, pp, x, params, tokens, FLOPs, count, score, or a physical/data unit.",
            "qualifier": "up_to, at_least, about, over, under.", "claim_id": "The claim this figure is, if any.",
            "rule": "The rule that found it.",
        },
        "facets": ["unit", "qualifier", "rule"], "sort": "id",
    },
    "claims": {
        "description": "Quantitative result statements: what a method achieves, gains or costs; the text cell shows the evidence.",
        "columns": {
            "id": "Claim id.", "paper_id": "The paper.", "sentence_id": "The sentence it is in.",
            "text": "The claim's figure as written (sentence[start:end]).", "start": "Offset in the sentence.",
            "end": "Offset just past the figure.", "value": "The figure in its unit (NULL for a range).",
            "low": "Range low end.", "high": "Range high end.", "from_value": "The starting figure of 'from A to B'.",
            "unit": "percent, pp, x (factor), params, tokens, FLOPs, count, score, or a physical/data unit.",
            "direction": "increase or decrease of the measured quantity; NULL for an absolute level.",
            "metric": "What is measured, in words from the sentence.", "metric_id": "The metric entity.",
            "qualifier": "up_to, at_least, about, over, under.", "subject": "The method the claim is about.",
            "subject_id": "Its entity.", "baseline": "What it is compared against.", "baseline_id": "Its entity.",
            "context": "Dataset, benchmark or model it was measured on.", "context_id": "Its entity.",
            "rule": "The rule that decided it is a claim.",
        },
        "facets": ["unit", "direction", "metric", "qualifier"], "sort": "id",
    },
    "claims_view": {
        "description": "Claims with their paper title, highlighted sentence and entity names: the place to start.",
        "facets": ["unit", "direction", "qualifier", "metric"], "facet_size": 6,
    },
    "entities_view": {
        "description": "Per entity: how many papers mention or propose it, and how many claims are about it, against it or on it.",
        "facets": ["type"], "sort_desc": "papers",
    },
    "runs": {"description": "One row per `sciclaims extract` invocation, with its counts.", "sort_desc": "id"},
    "rejects": {"description": "Input records that could not be used, with file:line and the reason.", "facets": ["reason"]},
}

QUERIES: dict[str, dict] = {
    "largest_speedups": {
        "title": "Largest speed-ups",
        "description": "Multiplicative speed or throughput gains, largest first.",
        "sql": """select paper_id, paper_title, claim, coalesce(value, high) as factor, low, high, metric, baseline,
       context, sentence, start, end
from claims_view
where unit = 'x' and coalesce(direction, 'increase') = 'increase'
  and (metric is null or metric like '%speed%' or metric like '%throughput%' or metric like '%fast%')
order by factor desc limit 100""",
    },
    "biggest_savings": {
        "title": "Biggest memory or parameter savings",
        "description": "Reductions of memory, parameters, FLOPs or model size, largest first.",
        "sql": """select paper_id, paper_title, claim, value, unit, metric, baseline, sentence, start, end
from claims_view
where direction = 'decrease'
  and (metric like '%memory%' or metric like '%param%' or metric like '%flop%' or metric like '%size%'
       or unit in ('params', 'GB', 'MB'))
order by case unit when 'x' then value * 100 else value end desc limit 100""",
    },
    "claims_on_dataset": {
        "title": "Claims on a dataset or benchmark",
        "description": "Every claim measured on a dataset or benchmark whose name contains :dataset.",
        "sql": """select paper_id, paper_title, claim, value, unit, direction, metric, baseline, context, sentence, start, end
from claims_view
where context like '%' || :dataset || '%' or context_entity like '%' || :dataset || '%'
order by metric, value desc""",
    },
    "compared_against": {
        "title": "Methods compared against a baseline",
        "description": "Which methods claim results against a baseline whose name contains :baseline.",
        "sql": """select coalesce(subject_entity, subject) as method, paper_id, paper_title, claim, value, unit,
       direction, metric, baseline, sentence, start, end
from claims_view
where baseline like '%' || :baseline || '%' or baseline_entity like '%' || :baseline || '%'
order by method""",
    },
    "new_datasets": {
        "title": "Datasets and benchmarks papers introduce",
        "description": "Datasets and benchmarks a paper builds (role proposed), with the papers that mention them.",
        "sql": """select e.name, e.type, group_concat(distinct p.title) as introduced_by,
       (select count(distinct m2.paper_id) from mentions m2 where m2.entity_id = e.id) as papers
from mentions m
join entities e on e.id = m.entity_id
join papers p on p.id = m.paper_id
where m.type in ('dataset', 'benchmark') and m.role = 'proposed'
group by e.id order by papers desc, e.name""",
    },
    "proposed_on_dataset": {
        "title": "Papers proposing a method evaluated on a dataset",
        "description": "Papers that propose a method and mention a dataset or benchmark whose name contains :dataset.",
        "sql": """select p.id as paper_id, p.title, group_concat(distinct em.name) as proposed, ed.name as dataset
from mentions mp
join entities em on em.id = mp.entity_id
join mentions md on md.paper_id = mp.paper_id and md.type in ('dataset', 'benchmark')
join entities ed on ed.id = md.entity_id
join papers p on p.id = mp.paper_id
where mp.type = 'method' and mp.role = 'proposed' and ed.name like '%' || :dataset || '%'
group by p.id, ed.name order by p.title""",
    },
}


def metadata(database: str) -> dict:
    """Descriptive metadata (Datasette 1.0's metadata.json)."""
    tables = {
        name: {k: v for k, v in spec.items() if k in ("description", "columns")} for name, spec in TABLES.items()
    }
    return {"title": TITLE, "description": DESCRIPTION, "databases": {database: {"tables": tables}}}


def config(database: str) -> dict:
    """Behaviour (Datasette 1.0's datasette.yaml): facets, sorts, label columns, canned queries."""
    tables = {
        name: {k: v for k, v in spec.items() if k in ("facets", "facet_size", "sort", "sort_desc", "label_column")}
        for name, spec in TABLES.items()
    }
    return {"databases": {database: {"tables": tables, "queries": copy.deepcopy(QUERIES)}}}


def combined(database: str) -> dict:
    """Everything in one metadata document, the shape Datasette 0.x reads."""
    merged = metadata(database)
    merged["databases"][database] = {"tables": copy.deepcopy(TABLES), "queries": copy.deepcopy(QUERIES)}
    return merged


def datasette_major() -> int:
    from datasette.version import __version__

    return int(__version__.split(".")[0])


def serve_args(db_path: str, workdir: Path, port: int, host: str) -> list[str]:
    """Arguments for the `datasette serve` command: read-only, with this project's metadata."""
    name = Path(db_path).stem
    args = ["serve", "--immutable", str(db_path), "--port", str(port), "--host", host]
    if datasette_major() >= 1:
        (workdir / "metadata.json").write_text(json.dumps(metadata(name), indent=2))
        (workdir / "datasette.json").write_text(json.dumps(config(name), indent=2))
        args += ["--metadata", str(workdir / "metadata.json"), "--config", str(workdir / "datasette.json")]
    else:
        (workdir / "metadata.json").write_text(json.dumps(combined(name), indent=2))
        args += ["--metadata", str(workdir / "metadata.json")]
    return args + ["--setting", "sql_time_limit_ms", "3000", "--setting", "facet_time_limit_ms", "500"]


def make_datasette(db_path: str | Path):
    """An in-process Datasette over `db_path` with this project's metadata (for tests and scripts)."""
    from datasette.app import Datasette

    name = Path(db_path).stem
    if datasette_major() >= 1:
        return Datasette(immutables=[str(db_path)], metadata=metadata(name), config=config(name))
    return Datasette(immutables=[str(db_path)], metadata=combined(name),
                     settings={"sql_time_limit_ms": 3000, "facet_time_limit_ms": 500})
