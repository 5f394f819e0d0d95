"""Datasette plugin: show a claim's or mention's evidence as its sentence with the span in <mark>.

Registered through the `datasette` entry point, so plain `datasette claims.db` gets it too once
sciclaims is installed. Cells of the `text` column in `claims`, `quantities` and `mentions`, and
of any `sentence` column next to `start` and `end` (`claims_view`, canned queries), become the sentence with the span highlighted and a
link to the paper's row.
"""

from __future__ import annotations

from html import escape

from datasette import hookimpl
from markupsafe import Markup

SPAN_TABLES = ("claims", "quantities", "mentions")
CONTEXT = 160  # characters of sentence kept either side of a span


def evidence_html(sentence: str, start: int, end: int, paper_id: str | None, base_url: str = "/") -> Markup:
    """The sentence with [start, end) wrapped in <mark>, trimmed to CONTEXT chars either side."""
    left_start = max(0, start - CONTEXT)
    right_end = min(len(sentence), end + CONTEXT)
    before = ("…" if left_start else "") + sentence[left_start:start]
    after = sentence[end:right_end] + ("…" if right_end < len(sentence) else "")
    html = (
        f'<span class="sciclaims-evidence">{escape(before)}<mark>{escape(sentence[start:end])}</mark>'
        f"{escape(after)}</span>"
    )
    if paper_id:
        from urllib.parse import quote

        html += f' <a class="sciclaims-paper" href="{base_url}papers/{quote(paper_id, safe="")}">paper</a>'
    return Markup(html)


def _plain(value):
    """Table pages hand foreign-key cells over expanded as {"value": ..., "label": ...}."""
    return value.get("value") if isinstance(value, dict) else value


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column == "sentence" and isinstance(value, str):
        keys = row.keys()
        if "start" in keys and "end" in keys and isinstance(row["start"], int) and isinstance(row["end"], int):
            base = datasette.urls.database(database) + "/"
            return evidence_html(value, row["start"], row["end"], _plain(row["paper_id"]) if "paper_id" in keys else None, base)
    if table in SPAN_TABLES and column == "text" and isinstance(value, str):
        keys = row.keys()
        if "sentence_id" not in keys:
            return None
        sentence_id, start, end = _plain(row["sentence_id"]), _plain(row["start"]), _plain(row["end"])
        paper_id = _plain(row["paper_id"]) if "paper_id" in keys else None

        async def inner():
            db = datasette.get_database(database)
            result = await db.execute("select text from sentences where id = ?", [sentence_id])
            first = result.first()
            if first is None:
                return None
            return evidence_html(first[0], start, end, paper_id, datasette.urls.database(database) + "/")

        return inner
    return None
