"""Datasette over a real seed database, through Datasette's own test client."""

import asyncio
import json

import pytest

from extractor.datasette_config import QUERIES, TABLES, combined, config, make_datasette, metadata
from extractor.datasette_plugin import evidence_html


def get(ds, path):
    return asyncio.run(ds.client.get(path))


@pytest.fixture(scope="module")
def ds(seeds_db):
    return make_datasette(seeds_db)


def test_plugin_is_registered(ds):
    plugins = {p["name"] for p in get(ds, "/-/plugins.json").json()}
    assert any("sciclaims" in name or "datasette_plugin" in name for name in plugins), plugins


def test_every_contract_table_and_column_is_described(seeds_db):
    import sqlite_utils

    db = sqlite_utils.Database(seeds_db)
    for table in ("papers", "sentences", "entities", "entity_aliases", "mentions", "quantities", "claims"):
        described = TABLES[table]["columns"]
        assert set(db[table].columns_dict) <= set(described), table
        assert TABLES[table]["description"]


def test_table_page_has_description_and_facets(ds):
    response = get(ds, "/seeds/claims.json?_extra=facet_results")
    assert response.status_code == 200
    html = get(ds, "/seeds/claims").text
    assert TABLES["claims"]["description"] in html
    assert "facet-info" in html or 'class="facet' in html


def test_claims_view_renders_marked_evidence(ds):
    html = get(ds, "/seeds/claims_view").text
    assert "<mark>" in html and "sciclaims-evidence" in html


def test_claims_table_text_cells_are_highlighted_and_link_the_paper(ds):
    html = get(ds, "/seeds/claims?_size=5").text
    assert "<mark>" in html and 'class="sciclaims-paper"' in html


def test_canned_queries_run(ds):
    params = {"claims_on_dataset": "dataset=ImageNet", "compared_against": "baseline=LoRA",
              "proposed_on_dataset": "dataset=GLUE"}
    assert len(QUERIES) >= 5
    for name in QUERIES:
        response = get(ds, f"/seeds/{name}.json?{params.get(name, '')}&_shape=array")
        assert response.status_code == 200, (name, response.text[:300])
        assert isinstance(response.json(), list)


def test_largest_speedups_are_sorted(ds):
    rows = get(ds, "/seeds/largest_speedups.json?_shape=array").json()
    values = [r["factor"] for r in rows]
    assert rows and None not in values
    assert values == sorted(values, reverse=True)


def test_new_datasets_lists_proposed_datasets_with_their_papers(ds):
    rows = get(ds, "/seeds/new_datasets.json?_shape=array").json()
    assert rows and {r["type"] for r in rows} <= {"dataset", "benchmark"}
    assert all(r["introduced_by"] and r["papers"] >= 1 for r in rows)


def test_entities_view_counts_papers(ds):
    rows = get(ds, "/seeds/entities_view.json?_shape=array&_size=5&_sort_desc=papers").json()
    assert rows and all(r["papers"] >= 1 for r in rows)


def test_metadata_splits_for_datasette_1():
    meta, conf = metadata("x"), config("x")
    assert "queries" not in json.dumps(meta) and "facets" not in json.dumps(meta)
    assert conf["databases"]["x"]["queries"] and "description" not in json.dumps(conf["databases"]["x"]["tables"])
    merged = combined("x")["databases"]["x"]
    assert merged["queries"] == conf["databases"]["x"]["queries"]


def test_evidence_html_escapes_and_marks():
    html = str(evidence_html("a <b> 2.8x faster", 6, 10, "p/1"))
    assert "&lt;b&gt;" in html and "<mark>2.8x</mark>" in html and "papers/p%2F1" in html
