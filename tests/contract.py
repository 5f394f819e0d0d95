"""The rules of DESIGN.md's database contract, as the shared checker states them.

Kept inside the project so the tests need nothing outside the checkout; a benchmark-marked
test runs the shared checker itself when it is present.
"""

import sqlite3

REQUIRED = {
    "papers": ["id", "title", "abstract", "source", "published", "url", "authors", "extra"],
    "sentences": ["id", "paper_id", "section", "idx", "start", "end", "text"],
    "entities": ["id", "type", "name"],
    "entity_aliases": ["alias", "entity_id"],
    "mentions": ["id", "paper_id", "sentence_id", "entity_id", "type", "text", "start", "end", "role", "rule"],
    "quantities": ["id", "paper_id", "sentence_id", "text", "start", "end", "value", "low", "high",
                   "from_value", "unit", "qualifier", "claim_id"],
    "claims": ["id", "paper_id", "sentence_id", "text", "start", "end", "value", "low", "high", "from_value",
               "unit", "direction", "metric", "metric_id", "qualifier", "subject", "subject_id", "baseline",
               "baseline_id", "context", "context_id", "rule"],
    "runs": ["id", "started", "finished", "version", "rules_hash", "source", "papers", "sentences", "mentions",
             "claims"],
}

CHECKS = {
    "sentence text equals its slice of the paper's title/abstract":
        """select s.id from sentences s join papers p on p.id = s.paper_id
           where s.text is not substr(case s.section when 'title' then p.title else p.abstract end,
                                      s.start + 1, s.end - s.start)
              or s.section not in ('title', 'abstract')""",
    "mention text equals its slice of the sentence":
        """select m.id from mentions m left join sentences s on s.id = m.sentence_id
           where s.id is null or m.text is not substr(s.text, m.start + 1, m.end - m.start) or m.start >= m.end""",
    "quantity text equals its slice of the sentence":
        """select q.id from quantities q left join sentences s on s.id = q.sentence_id
           where s.id is null or q.text is not substr(s.text, q.start + 1, q.end - q.start) or q.start >= q.end""",
    "claim text equals its slice of the sentence":
        """select c.id from claims c left join sentences s on s.id = c.sentence_id
           where s.id is null or c.text is not substr(s.text, c.start + 1, c.end - c.start) or c.start >= c.end""",
    "rows belong to the paper of their sentence":
        """select 'mention ' || m.id from mentions m join sentences s on s.id = m.sentence_id where m.paper_id is not s.paper_id
           union all select 'claim ' || c.id from claims c join sentences s on s.id = c.sentence_id where c.paper_id is not s.paper_id
           union all select 'quantity ' || q.id from quantities q join sentences s on s.id = q.sentence_id where q.paper_id is not s.paper_id""",
    "mention type is method|dataset|benchmark|metric|task":
        "select id from mentions where type not in ('method', 'dataset', 'benchmark', 'metric', 'task')",
    "method role is proposed|mentioned":
        "select id from mentions where type = 'method' and coalesce(role, '') not in ('proposed', 'mentioned')",
    "mention entity exists and has the mention's type":
        "select m.id from mentions m left join entities e on e.id = m.entity_id where e.id is null or e.type is not m.type",
    "claim direction is increase|decrease|NULL":
        "select id from claims where direction is not null and direction not in ('increase', 'decrease')",
    "qualifier is up_to|at_least|about|over|under|NULL":
        """select 'claim ' || id from claims where qualifier is not null and qualifier not in ('up_to', 'at_least', 'about', 'over', 'under')
           union all select 'quantity ' || id from quantities where qualifier is not null and qualifier not in ('up_to', 'at_least', 'about', 'over', 'under')""",
    "claim has a figure: value, or low and high":
        "select id from claims where value is null and (low is null or high is null)",
    "figures are numbers":
        """select 'claim ' || id from claims where typeof(value) not in ('real', 'integer', 'null') or typeof(low) not in ('real', 'integer', 'null') or typeof(high) not in ('real', 'integer', 'null')
           union all select 'quantity ' || id from quantities where typeof(value) not in ('real', 'integer', 'null')""",
    "claim unit is set": "select id from claims where unit is null or unit = ''",
    "every claim has its quantity row":
        "select c.id from claims c where not exists (select 1 from quantities q where q.claim_id = c.id)",
    "entity ids in claims resolve":
        """select c.id from claims c where (c.metric_id is not null and not exists (select 1 from entities e where e.id = c.metric_id))
           or (c.subject_id is not null and not exists (select 1 from entities e where e.id = c.subject_id))
           or (c.baseline_id is not null and not exists (select 1 from entities e where e.id = c.baseline_id))
           or (c.context_id is not null and not exists (select 1 from entities e where e.id = c.context_id))""",
    "no duplicate rows for one span":
        """select paper_id || ':' || sentence_id || ':' || start from claims group by paper_id, sentence_id, start, end having count(*) > 1
           union all select paper_id || ':' || sentence_id || ':' || start from mentions group by paper_id, sentence_id, start, end, type having count(*) > 1""",
}


def contract_problems(path) -> list[str]:
    """Every broken rule, as the shared checker would print it; empty when the contract holds."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    problems = []
    tables = {r[0] for r in db.execute("select name from sqlite_master where type in ('table', 'view')")}
    for table, cols in REQUIRED.items():
        if table not in tables:
            problems.append(f"missing table: {table}")
            continue
        have = {r[1] for r in db.execute(f"pragma table_info([{table}])")}
        if missing := [c for c in cols if c not in have]:
            problems.append(f"table {table} lacks columns: {', '.join(missing)}")
    if problems:
        return problems
    fts = [t for t in tables if t.endswith("_fts")]
    if not any(t.startswith("sentences") for t in fts) or not any(t.startswith("papers") for t in fts):
        problems.append("full-text search missing on sentences and/or papers")
    for name, sql in CHECKS.items():
        rows = [r[0] for r in db.execute(sql).fetchmany(4)]
        if rows:
            problems.append(f"broken: {name} (e.g. {', '.join(map(str, rows[:3]))})")
    if db.execute("select count(*) from papers").fetchone()[0] == 0:
        problems.append("no papers: nothing was checked")
    db.close()
    return problems
