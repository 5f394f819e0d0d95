"""Terminal views: a stored paper with its evidence highlighted, and `explain` for free text."""

from __future__ import annotations

import json
import sqlite3

from rich.console import Console
from rich.table import Table
from rich.text import Text

STYLES = {
    "claim": "bold black on green",
    "quantity": "underline green",
    "method": "bold cyan",
    "dataset": "bold magenta",
    "benchmark": "bold magenta",
    "metric": "bold yellow",
    "task": "italic blue",
}


def _highlight(text: str, spans: list[tuple[int, int, str]]) -> Text:
    rich_text = Text(text)
    for start, end, kind in sorted(spans, key=lambda s: (s[0], -s[1])):
        rich_text.stylize(STYLES.get(kind, "bold"), start, end)
    return rich_text


def render_paper(conn: sqlite3.Connection, paper_id: str, console: Console) -> bool:
    paper = conn.execute("select id, title, url, published from papers where id = ?", (paper_id,)).fetchone()
    if paper is None:
        return False
    console.rule(f"[bold]{paper['id']}[/]  {paper['published'] or ''}  {paper['url'] or ''}")
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for m in conn.execute("select sentence_id, start, end, type from mentions where paper_id = ?", (paper_id,)):
        spans.setdefault(m[0], []).append((m[1], m[2], m[3]))
    for q in conn.execute("select sentence_id, start, end, claim_id from quantities where paper_id = ?", (paper_id,)):
        spans.setdefault(q[0], []).append((q[1], q[2], "claim" if q[3] else "quantity"))
    for s in conn.execute("select id, section, text from sentences where paper_id = ? order by idx", (paper_id,)):
        line = _highlight(s["text"], spans.get(s["id"], []))
        if s["section"] == "title":
            line.stylize("bold")
        console.print(line)
    claims = conn.execute(
        """select c.text, c.value, c.low, c.high, c.from_value, c.unit, c.direction, c.metric, c.qualifier,
                  c.subject, c.baseline, c.context, c.rule from claims c
           join sentences s on s.id = c.sentence_id where c.paper_id = ? order by s.idx, c.start""",
        (paper_id,),
    ).fetchall()
    if claims:
        console.print(_claims_table([dict(c) for c in claims]))
    mentions = conn.execute(
        """select m.type, m.role, e.name, count(*) n from mentions m join entities e on e.id = m.entity_id
           where m.paper_id = ? group by m.type, m.role, e.name order by m.type, e.name""",
        (paper_id,),
    ).fetchall()
    if mentions:
        table = Table("type", "role", "entity", "mentions", title="entities")
        for m in mentions:
            table.add_row(m["type"], m["role"] or "", m["name"], str(m["n"]))
        console.print(table)
    return True


def _figure(c: dict) -> str:
    if c.get("value") is None and c.get("low") is not None:
        return f"{c['low']:g}–{c['high']:g}"
    figure = f"{c['value']:g}" if c.get("value") is not None else ""
    if c.get("from_value") is not None:
        figure = f"{c['from_value']:g} → {figure}"
    return figure


def _claims_table(claims: list[dict], why: bool = False) -> Table:
    columns = ["text", "figure", "unit", "direction", "metric", "qualifier", "subject", "baseline", "context", "rule"]
    table = Table(*columns, title="claims")
    for c in claims:
        cells = [c["text"], _figure(c)] + [str(c.get(k) or "") for k in columns[2:]]
        if why and c.get("why"):
            cells[-1] = cells[-1] + "\n" + "\n".join(f"{k}: {v}" for k, v in c["why"].items())
        table.add_row(*cells)
    return table


CLAIM_ATTRIBUTES = ("unit", "direction", "metric", "qualifier", "subject", "baseline", "context")


def _claim_card(claim: dict) -> Table:
    """One claim as attribute | value | rule rows: readable in any terminal width."""
    table = Table("attribute", "value", "rule", title=f"claim: {claim['text']}  ({_figure(claim)})", title_justify="left")
    why = claim.get("why") or {}
    for name in CLAIM_ATTRIBUTES:
        rule = why.get(name) or why.get(name[:3]) or ""
        table.add_row(name, str(claim.get(name) or ""), rule)
    table.add_row("claim", "yes", claim.get("rule") or "")
    return table


def explain_text(text: str, title: str, console: Console, as_json: bool = False) -> None:
    """Run the pipeline over one piece of text and show every finding with its rule."""
    from .models import Paper
    from .pipeline import make_doc, shared_nlp

    nlp = shared_nlp()
    doc, _ = make_doc(nlp, Paper(id="explain", title=title, abstract=text))
    doc = nlp(doc)
    quantities = list(getattr(doc._, "sc_quantities", None) or [])
    mentions = list(getattr(doc._, "sc_mentions", None) or [])
    found = {
        "sentences": [s.text for s in doc.sents if s.text.strip()],
        "quantities": [
            {"text": doc.text[q.start:q.end], **q.model_dump(exclude={"claim"}), "claim": q.claim is not None}
            for q in quantities
        ],
        "claims": [
            {"text": doc.text[q.start:q.end], **q.model_dump(exclude={"claim"}), **q.claim.model_dump()}
            for q in quantities if q.claim is not None
        ],
        "mentions": [{"text": doc.text[m.start:m.end], **m.model_dump()} for m in mentions],
    }
    if as_json:
        console.print_json(json.dumps(found, ensure_ascii=False))
        return
    spans = [(m.start, m.end, m.type) for m in mentions]
    spans += [(q.start, q.end, "claim" if q.claim else "quantity") for q in quantities]
    console.print(_highlight(doc.text, spans))
    console.print(f"[dim]{len(found['sentences'])} sentence(s)[/]")
    if quantities:
        table = Table("text", "figure", "unit", "qualifier", "claim", "rule", title="quantities")
        for q in found["quantities"]:
            table.add_row(q["text"], _figure(q), q["unit"] or "", q["qualifier"] or "", "yes" if q["claim"] else "no", q["rule"])
        console.print(table)
    for c in found["claims"]:
        console.print(_claim_card(c))
    if mentions:
        table = Table("text", "type", "role", "entity", "rule", title="mentions")
        for m in found["mentions"]:
            table.add_row(m["text"], m["type"], m["role"] or "", m["entity"] or m["text"], m["rule"])
        console.print(table)
    if not (quantities or mentions):
        console.print("nothing found: no figure or known name in this text")
