"""The `sciclaims` command line: DB path first, as in sqlite-utils and the x-to-sqlite tools."""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__

err = Console(stderr=True)
out = Console()

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sciclaims")
def cli() -> None:
    """Methods, datasets, metrics and quantitative claims from paper abstracts, into SQLite.

    \b
    Start with:
      sciclaims extract claims.db fixtures/seeds/
      sciclaims query claims.db "select text, value, unit, direction, metric from claims limit 10"
      sciclaims serve claims.db
    """


def _readonly(db_path: str) -> sqlite3.Connection:
    if not Path(db_path).exists():
        raise click.UsageError(f"no database at {db_path}: build one with `sciclaims extract {db_path} INPUT`")
    conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


@cli.command()
@click.argument("db", type=click.Path(dir_okay=False))
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["daily-papers", "jsonl", "csv", "tsv"]), help="Input format; detected from extension and content when omitted.")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes (default: the number of cores).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Stop after this many input papers.")
@click.option("--force", is_flag=True, help="Re-extract papers even when stored with the same content and rules.")
@click.option("--batch-size", type=click.IntRange(min=1), default=256, show_default=True, help="Papers per batch (one transaction each).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary table.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True, help="local: worker processes on this machine; dask: the same extraction on a Dask cluster (pip install 'sciclaims[dask]').")
@click.option("--scheduler", metavar="ADDRESS", default=None, help="With --engine dask: the scheduler (tcp://host:8786 or a scheduler file); default: a local cluster of --workers processes.")
@click.option("--shards-dir", type=click.Path(file_okay=False), default=None, help="With --engine dask: where shard files go, on a filesystem every worker sees (default: DB.shards/ beside DB).")
def extract(db, inputs, fmt, workers, limit, force, batch_size, quiet, engine, scheduler, shards_dir):
    """Build or update DB from INPUT files or directories.

    Inputs may be paper-listing pages, arXiv-style JSONL, CSV/TSV with title and abstract
    columns, directories of those, or .gz of any. Papers already stored with the same content
    and rules are skipped, so an interrupted run is finished by running it again.

    \b
    Example:
      sciclaims extract claims.db fixtures/seeds/
      sciclaims extract arxiv.db arxiv-metadata.jsonl.gz --workers 4 --limit 10000
      sciclaims extract big.db corpus/ --engine dask --scheduler tcp://10.0.0.5:8786 --shards-dir /shared/big.shards
    Exit status: 0 ok, 1 some records rejected (the rest stored), 2 usage error or no usable input.
    """
    from .runner import run_extract

    if engine == "local" and (scheduler or shards_dir):
        raise click.UsageError("--scheduler and --shards-dir go with --engine dask")
    if engine == "dask":
        try:
            from .dask_engine import require_dask

            require_dask()
        except RuntimeError as error:
            raise click.UsageError(str(error))
    rejected: list[str] = []

    def on_reject(r):
        rejected.append(r.origin)
        err.print(f"[yellow]{r.origin}[/]: {r.reason}", highlight=False, soft_wrap=True)

    progress = Progress(
        SpinnerColumn(), TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=err, disable=quiet, transient=False,
    )
    task = progress.add_task("extract", total=limit, rate="")

    def on_batch(summary):
        done = summary.papers + summary.skipped
        rate = f"{done / summary.seconds:,.0f} papers/s" if summary.seconds else ""
        progress.update(task, completed=done, rate=rate)

    try:
        with progress:
            summary = run_extract(db, list(inputs), fmt=fmt, workers=workers, limit=limit, force=force,
                                  batch_size=batch_size, on_batch=on_batch, on_reject=on_reject,
                                  engine=engine, scheduler=scheduler, shards_dir=shards_dir)
    except KeyboardInterrupt:
        err.print("[red]interrupted[/]: whole papers stored so far are kept; run the same command again to finish.")
        sys.exit(130)
    if not quiet:
        table = Table("", "count", title=f"sciclaims extract → {db}", show_header=False)
        for name in ("papers", "skipped", "sentences", "mentions", "quantities", "claims", "rejected"):
            table.add_row(name, f"{getattr(summary, name):,}")
        table.add_row("seconds", f"{summary.seconds:.2f}")
        err.print(table)
    if summary.papers == 0 and summary.skipped == 0:
        err.print("[red]no usable papers[/] in the input" + (" (every record was rejected)" if rejected else ""))
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_REJECTED if rejected else EXIT_OK)


@cli.command()
@click.argument("db", type=click.Path(dir_okay=False))
@click.argument("sql")
@click.option("--json", "as_json", is_flag=True, help="Rows as a JSON array.")
@click.option("--csv", "as_csv", is_flag=True, help="Rows as CSV with a header.")
def query(db, sql, as_json, as_csv):
    """Run read-only SQL against DB and print the rows.

    \b
    Example:
      sciclaims query claims.db "select metric, count(*) n from claims group by metric order by n desc"
      sciclaims query claims.db "select * from claims where unit = 'x' order by value desc" --csv
    Statements that write are refused: the database is opened read-only.
    """
    conn = _readonly(db)
    try:
        cursor = conn.execute(sql)
        rows = cursor.fetchall()
    except sqlite3.OperationalError as error:
        if "readonly" in str(error) or "read-only" in str(error):
            raise click.UsageError(f"query is read-only and this statement writes ({error}); use sqlite3 or sqlite-utils to change the database")
        raise click.UsageError(f"SQL error: {error}")
    except sqlite3.Error as error:
        raise click.UsageError(f"SQL error: {error}")
    columns = [d[0] for d in cursor.description or []]
    if as_json:
        click.echo(json.dumps([dict(zip(columns, tuple(r))) for r in rows], ensure_ascii=False, indent=2))
    elif as_csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(tuple(r) for r in rows)
    else:
        table = Table(*columns)
        for r in rows:
            table.add_row(*("" if v is None else str(v) for v in tuple(r)))
        out.print(table)


@cli.command()
@click.argument("db", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-", help="File to write (default: stdout).")
def export(db, fmt, output):
    """Export one record per paper, with its entities and claims.

    \b
    Example:
      sciclaims export claims.db > claims.jsonl
      sciclaims export claims.db --format csv -o claims.csv
    Output is ordered by paper id, so the same database always exports the same bytes.
    """
    from .export import export_records

    conn = _readonly(db)
    records = export_records(conn)
    if fmt == "jsonl":
        for record in records:
            output.write(record.model_dump_json() + "\n")
    else:
        writer = csv.writer(output)
        writer.writerow(["paper_id", "title", "claim", "value", "low", "high", "from_value", "unit", "direction",
                         "metric", "qualifier", "subject", "baseline", "context", "sentence"])
        for record in records:
            for c in record.claims:
                writer.writerow([record.id, record.title, c.text, c.value, c.low, c.high, c.from_value, c.unit,
                                 c.direction, c.metric, c.qualifier, c.subject, c.baseline, c.context, c.sentence])


@cli.command()
@click.argument("db", type=click.Path(dir_okay=False))
@click.argument("paper_id")
def show(db, paper_id):
    """Show one paper with its mentions and claims highlighted.

    \b
    Example:
      sciclaims show claims.db 2503.13939
      sciclaims query claims.db "select id, title from papers where title like '%Mamba%'"   # find an id
    """
    from .show import render_paper

    conn = _readonly(db)
    if not render_paper(conn, paper_id, out):
        raise click.UsageError(f"no paper with id {paper_id!r} in {db}")


@cli.command()
@click.argument("text")
@click.option("--title", default="", help="Treat this as the paper's title (proposed methods are often named there).")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
def explain(text, title, as_json):
    """Show what the extractors find in TEXT, and which rule gave each part.

    \b
    Example:
      sciclaims explain "Our method is 2.8x faster than DSIR and saves 86.8% memory on GLUE."
    """
    from .show import explain_text

    explain_text(text, title, out, as_json=as_json)


@cli.command("eval")
@click.argument("db", type=click.Path(dir_okay=False), required=False)
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="The report as JSON (per-paper details with --detail).")
@click.option("--detail", is_flag=True, help="List misses, false positives and attribute errors per paper.")
@click.option("--rules", "show_rules", is_flag=True, help="Print the matching rules and exit.")
def eval_(db, gold, as_json, detail, show_rules):
    """Score DB against gold annotations: precision, recall and F1 per area.

    Areas: claims (by figure), methods, proposed methods, datasets and benchmarks, metrics;
    for matched claims, the accuracy of unit, direction, metric, baseline, qualifier, context.

    \b
    Example:
      sciclaims extract gold.db fixtures/seeds fixtures/gold/corpus_abstracts.jsonl
      sciclaims eval gold.db fixtures/gold/dev.jsonl --detail
      sciclaims eval --rules        # how gold and extracted items are matched
    """
    from .evaluate import MATCHING_RULES, evaluate, render

    if show_rules:
        click.echo(MATCHING_RULES)
        return
    if not db or not gold:
        raise click.UsageError("eval needs DB and at least one GOLD.jsonl (or --rules)")
    _readonly(db).close()
    report = evaluate(db, list(gold))
    if as_json:
        click.echo(report.model_dump_json(indent=2, exclude=None if detail else {"per_paper"}))
    else:
        render(report, out, detail=detail)


@cli.command()
@click.argument("db", type=click.Path(exists=True, dir_okay=False))
@click.option("--port", "-p", type=int, default=8001, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="0.0.0.0 to listen on every interface.")
@click.option("--print-metadata", is_flag=True, help="Print the generated Datasette metadata and exit.")
def serve(db, port, host, print_metadata):
    """Browse DB in Datasette, read-only, with descriptions, facets, canned queries and highlighted evidence.

    \b
    Example:
      sciclaims serve claims.db            # then open http://127.0.0.1:8001/claims/claims_view
      sciclaims serve claims.db --port 9000
    Plain `datasette claims.db` works too: the evidence plugin is registered on install.
    """
    import signal
    import tempfile

    from datasette.cli import cli as datasette_cli

    from .datasette_config import combined, serve_args

    if print_metadata:
        click.echo(json.dumps(combined(Path(db).stem), indent=2))
        return
    # uvicorn shuts down on SIGTERM and then raises it again; as SystemExit it lets the
    # temporary directory go instead of killing the process with it still on disk.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    with tempfile.TemporaryDirectory(prefix="sciclaims-serve-") as workdir:
        datasette_cli.main(args=serve_args(db, Path(workdir), port, host), prog_name="sciclaims serve")


@cli.command()
@click.argument("corpus", required=False, type=click.Path(exists=True))
@click.option("--sizes", default="1000,10000,all", show_default=True, help="Corpus sizes to measure, comma-separated (all = the whole corpus; 10k works).")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="The N of the N-worker run (default: the number of cores).")
@click.option("--quantulum-sample", type=click.IntRange(min=1), default=500, show_default=True, help="Abstracts quantulum3 parses (it does ~100/s).")
@click.option("--markdown", "markdown_path", type=click.Path(dir_okay=False), default=None, help="Also write the scaling table into this file (e.g. BENCHMARKS.md), between the scale markers.")
@click.option("--json", "as_json", is_flag=True, help="Print the measurements as JSON.")
def bench(corpus, sizes, workers, quantulum_sample, markdown_path, as_json):
    """Throughput and memory: bare spaCy, end to end with 1 and N workers, quantulum3.

    A benchmark, not a test: it takes minutes on the full corpus. CORPUS defaults to the
    75k arXiv abstracts in ../shared/corpora when present, else the bundled seed pages.

    \b
    Example:
      sciclaims bench --sizes 1000
      sciclaims bench --sizes 1000,10000,all --markdown BENCHMARKS.md
    """
    from dataclasses import asdict

    from .bench import default_corpus, markdown, parse_sizes, rows, run_bench, update_markdown, verdicts
    from .runner import default_workers

    try:
        size_list = parse_sizes(sizes)
    except ValueError as error:
        raise click.UsageError(f"--sizes: {error}")
    corpus_path = Path(corpus) if corpus else default_corpus()
    workers = workers or default_workers()
    results = run_bench(corpus_path, size_list, workers, quantulum_sample,
                        log=lambda message: err.print(f"[dim]{message}[/]", highlight=False))
    if as_json:
        click.echo(json.dumps([asdict(r) for r in results], indent=2))
    else:
        head, body = rows(results)
        table = Table(*head, title=f"sciclaims bench: {corpus_path.name}")
        for row in body:
            table.add_row(*row)
        out.print(table)
        for line in verdicts(results):
            out.print(f"  {line}", highlight=False)
    if markdown_path:
        command = "sciclaims bench " + " ".join(sys.argv[2:]) if len(sys.argv) > 2 else "sciclaims bench"
        update_markdown(Path(markdown_path), markdown(results, corpus_path, command))
        err.print(f"scaling table written to {markdown_path}")


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
