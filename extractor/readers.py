"""Input formats -> a stream of `Paper` (or `Rejected`): daily-papers pages, JSONL, CSV, TSV.

Everything streams: files are read line by line as bytes and each line is decoded on its own,
so one undecodable line costs one record, not the file, and a multi-GB JSONL snapshot never
sits in memory. Bad input never ends the stream: every unusable record becomes a
`Rejected(origin="path:line", reason=...)` and reading goes on with its neighbours.

Titles and abstracts are kept exactly as written (only surrounding whitespace is stripped):
the database stores ORIGINAL text and all offsets point into it; normalization is later.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import os
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from .models import Paper, Rejected

try:  # several times faster on large JSONL snapshots; optional
    import orjson

    _loads: Callable[[bytes | str], Any] = orjson.loads
    _JSONError: type[Exception] = orjson.JSONDecodeError
except ImportError:  # pragma: no cover - depends on the environment
    _loads = json.loads
    _JSONError = json.JSONDecodeError

__all__ = ["FORMATS", "READERS", "Record", "read_inputs", "read_path", "title_id"]

Record = Paper | Rejected

HEAD_BYTES = 64 * 1024  # enough for any header line and a page's boilerplate
BOM = b"\xef\xbb\xbf"
GZIP_MAGIC = b"\x1f\x8b"
# Big enough for any real abstract (a 1 MB one must pass), small enough that a runaway quote in
# a huge CSV fails as one rejected record instead of swallowing the file into memory.
CSV_FIELD_LIMIT = 64 * 1024 * 1024
SKIP_IN_DIRS = {".md"}  # READMEs and notes that live beside a corpus; skipped quietly in directories

_NON_WORD = re.compile(r"\W+")


def title_id(title: str) -> str:
    """The id of a paper that has none: stable across case, spacing and punctuation changes.

    `"t:" + sha1(normalized)[:16]`, normalized = NFC, lowercase, word characters only (the same
    matching the gold files use), so the same paper from two sources replaces instead of doubling.
    """
    key = _NON_WORD.sub("", unicodedata.normalize("NFC", title).lower())
    return "t:" + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# --- small shared helpers ----------------------------------------------------------------


def _reject(origin: str, reason: str) -> Rejected:
    return Rejected(origin=origin, reason=reason)


_TEXT_FIELDS = ("id", "title", "abstract", "source", "published", "url", "authors")


def _paper(origin: str, **fields: Any) -> Record:
    """A validated `Paper`, or a `Rejected` saying which field was unusable (never an exception).

    A JSON escape like "\\udc80" yields a lone surrogate that no database can store as UTF-8;
    catching it here keeps the failure on this record instead of crashing the writer later.
    """
    for key in _TEXT_FIELDS:
        if isinstance(value := fields.get(key), str) and _has_surrogates(value):
            return _reject(origin, f"{key} is not valid Unicode text (lone surrogate)")
    try:
        return Paper(origin=origin, **fields)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(p) for p in err.get("loc", ())) or "record"
        return _reject(origin, f"unusable {where}: {err.get('msg', 'invalid value')}")


def _has_surrogates(text: str) -> bool:
    """True where `surrogateescape` decoding had to escape bytes that are not UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _scalar_text(value: Any) -> str | None:
    """A JSON/CSV scalar as stripped text; None for missing, blank or non-scalar values."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return value.strip() or None
    return None


_ID_NUMBER = re.compile(r'"id"\s*:\s*(-?[0-9][0-9.eE+-]*)')


def _number_as_written(line: str, value: float) -> str | float:
    """A numeric id as written: an arXiv id such as 2401.10 parsed as a float would lose its zero."""
    found = _ID_NUMBER.findall(line)
    return found[0] if len(found) == 1 else value


def _suffixes(path: Path) -> str:
    """The extension that names the format, looking through a trailing `.gz`."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[1]


def _first_line(head: bytes) -> str:
    line = head.removeprefix(BOM).split(b"\n", 1)[0]
    return line.decode("utf-8", "replace").strip("\r\n ")


def _header_has_text_columns(fields: Iterable[str]) -> bool:
    names = {f.strip().strip('"').strip().lower() for f in fields}
    return {"title", "abstract"} <= names


# --- daily-papers pages --------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
_DATE_LINE = re.compile(
    r"^(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?P<day>\d{1,2})"
    r"(?:, (?P<year>\d{4}))?(?: (?P<votes>\d+))?$"
)
_AUTHORS_LINE = re.compile(r"^•\s*(\d+)\s+authors?$")
_VOTES_LINE = re.compile(r"^\d+$")
_HEADER_LINES = {"new", "Subscribe", "Daily Papers", "byAK and the research community"}
_DAILY_MARKERS = (b"Get trending papers in your email inbox", b"byAK and the research community")


def _is_header(text: str) -> bool:
    return text in _HEADER_LINES or text.startswith("Get trending papers") or bool(
        _DATE_LINE.match(text) or _VOTES_LINE.match(text)
    )


def _looks_like_abstract(text: str) -> bool:
    """Sentences rather than a title; used only to re-align a page that lost a line."""
    return len(text) > 300 or ". " in text or text.rstrip(")\"'\u201d\u2019").endswith(".")


class DailyPapersReader:
    """A paper-listing page: title line, abstract paragraph, then optional metadata lines.

    Pages come with or without blank lines between items (and the first title may be glued to
    the "Subscribe" button text), so items are found by line kind, not by blank lines: metadata
    lines (`• N authors`, `·`, a date with optional upvotes, a bare upvote count) are recognized,
    every other line is text, and consecutive text lines pair up as title + abstract. A text line
    followed by `·` is the submitting organization. Where a line went missing (a title without
    its abstract, an abstract without its title), pairing would shift for the rest of the page;
    instead the stray line is rejected and pairing re-aligns on the next title.
    """

    name = "daily-papers"
    extensions = (".txt",)

    @staticmethod
    def sniff(head: bytes) -> bool:
        return any(marker in head for marker in _DAILY_MARKERS)

    @classmethod
    def detect(cls, path: Path, head: bytes) -> bool:
        return cls.sniff(head) or _suffixes(path) in cls.extensions

    @classmethod
    def read(cls, path: Path, stream: IO[bytes]) -> Iterator[Record]:
        where = str(path)
        seen: set[str] = set()
        cur: dict[str, Any] | None = None  # the paper whose metadata lines may still follow
        pend: tuple[int, str] | None = None  # a text line not yet known to be title or org
        in_header, header_seen = True, False

        def finish(paper: dict[str, Any]) -> Iterator[Record]:
            origin = f"{where}:{paper['line']}"
            if _has_surrogates(paper["title"]) or _has_surrogates(paper["abstract"]):
                yield _reject(origin, "not UTF-8 text")
                return
            pid = title_id(paper["title"])
            if pid in seen:  # listed twice on one page: once is enough (the store dedupes across files)
                return
            seen.add(pid)
            yield _paper(origin, id=pid, title=paper["title"], abstract=paper["abstract"], source=cls.name,
                         published=paper.get("published"), extra=paper["extra"])

        for lineno, raw in enumerate(stream, 1):
            if lineno == 1:
                raw = raw.removeprefix(BOM)
            text = raw.decode("utf-8", "surrogateescape").strip()
            if not text:
                continue
            if in_header:
                rest = text.removeprefix("Subscribe").strip()
                if header_seen and rest != text and rest and not rest[0].islower():
                    text = rest  # the first title glued to the button: "SubscribeZIP-FIT: ..."
                if _is_header(text):
                    header_seen = True
                    continue
                in_header = False

            meta = _DATE_LINE.match(text) or _AUTHORS_LINE.match(text) or _VOTES_LINE.match(text) or text == "·"
            if not meta:
                if pend is None:
                    pend = (lineno, text)
                    continue
                stray = None
                if _looks_like_abstract(pend[1]) and len(pend[1]) > len(text):
                    stray = "abstract paragraph without a title line"
                elif not _looks_like_abstract(text):  # two titles in a row: the first lost its abstract
                    stray = "title line without an abstract"
                if stray:
                    yield _reject(f"{where}:{pend[0]}", stray)
                    if cur is not None:  # lines after a stray one are not cur's metadata
                        yield from finish(cur)
                        cur = None
                    pend = (lineno, text)
                    continue
                if cur is not None:
                    yield from finish(cur)
                cur = {"line": pend[0], "title": pend[1], "abstract": text, "extra": {}}
                pend = None
                continue

            if pend is not None:
                if text == "·":  # pend is an organization line; without a paper it has no owner
                    if cur is not None and "organization" not in cur["extra"]:
                        cur["extra"]["organization"] = pend[1]
                else:
                    yield _reject(f"{where}:{pend[0]}", "title line without an abstract")
                    if cur is not None:  # the metadata that follows is the rejected title's, not cur's
                        yield from finish(cur)
                        cur = None
                pend = None
            if cur is None:
                continue
            extra = cur["extra"]
            if m := _AUTHORS_LINE.match(text):
                extra["author_count"] = int(m.group(1))
            elif m := _DATE_LINE.match(text):
                if "date" not in extra:
                    extra["date"] = text if not m["votes"] else text[: m.start("votes")].rstrip()
                    if m["year"]:
                        try:
                            cur["published"] = date(int(m["year"]), _MONTHS[m["mon"]], int(m["day"])).isoformat()
                        except ValueError:
                            pass
                if m["votes"]:
                    extra["upvotes"] = int(m["votes"])
            elif _VOTES_LINE.match(text):
                extra["upvotes"] = int(text)

        if pend is not None:
            yield _reject(f"{where}:{pend[0]}", "title line without an abstract")
        if cur is not None:
            yield from finish(cur)


# --- JSONL ----------------------------------------------------------------------------------

_JSONL_FIELDS = {"id", "title", "abstract", "source", "url", "authors", "published"}
_JSON_TYPES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}
_KNOWN_COLUMNS = _JSONL_FIELDS | {"update_date", "year"}  # matched case-insensitively in CSV headers


def _authors(value: Any) -> str | None:
    """arXiv gives a string; other dumps a list of names (or of {"name": ...} objects)."""
    if isinstance(value, list):
        names = []
        for item in value:
            if isinstance(item, dict):
                item = item.get("name")
            elif isinstance(item, list):  # arXiv `authors_parsed` style: [last, first, suffix]
                item = " ".join(str(p) for p in item[1::-1] if p)
            if text := _scalar_text(item):
                names.append(text)
        return ", ".join(names) or None
    return _scalar_text(value)


def _record_fields(rec: dict[str, Any], fmt: str) -> dict[str, Any] | str:
    """Paper fields from one JSON object or CSV row, or the reason it is unusable.

    Keys without a `Paper` field (categories, doi, year, anything else) go to `extra` as they are.
    """
    title, abstract = rec.get("title"), rec.get("abstract")
    if title is not None and not isinstance(title, str):
        return "title is not text"
    if abstract is not None and not isinstance(abstract, str):
        return "abstract is not text"
    title = (title or "").strip()
    abstract = (abstract or "").strip()
    if not title:
        return "missing title"
    if not abstract:
        return "missing or empty abstract"
    published = _scalar_text(rec.get("published"))
    used = set(_JSONL_FIELDS)
    if published is None and (published := _scalar_text(rec.get("update_date"))) is not None:
        used.add("update_date")
    if published is None:
        published = _scalar_text(rec.get("year"))  # year also stays in extra: it is its own fact
    extra = {k: v for k, v in rec.items() if k not in used and v is not None}  # a null says nothing
    for key in ("source", "url", "published"):  # non-text values kept, not lost
        if rec.get(key) is not None and _scalar_text(rec[key]) is None and not isinstance(rec[key], str):
            extra[key] = rec[key]
    return {
        "id": _scalar_text(rec.get("id")) or title_id(title),
        "title": title,
        "abstract": abstract,
        "source": _scalar_text(rec.get("source")) or fmt,
        "published": published,
        "url": _scalar_text(rec.get("url")),
        "authors": _authors(rec.get("authors")),
        "extra": extra,
    }


class JsonlReader:
    """One JSON object a line (the arXiv metadata snapshot's shape); blank lines are ignored."""

    name = "jsonl"
    extensions = (".jsonl", ".ndjson", ".jsonlines")

    @staticmethod
    def sniff(head: bytes) -> bool:
        return head.removeprefix(BOM).lstrip().startswith(b"{")

    @classmethod
    def detect(cls, path: Path, head: bytes) -> bool:
        return cls.sniff(head) or _suffixes(path) in cls.extensions

    @classmethod
    def read(cls, path: Path, stream: IO[bytes]) -> Iterator[Record]:
        where = str(path)
        for lineno, raw in enumerate(stream, 1):
            if lineno == 1:
                raw = raw.removeprefix(BOM)
            if not raw.strip():
                continue
            origin = f"{where}:{lineno}"
            try:
                line = raw.rstrip(b"\r\n").decode("utf-8")
            except UnicodeDecodeError:
                yield _reject(origin, "not UTF-8 text")
                continue
            try:
                rec = _loads(line)
            except _JSONError as e:
                msg = str(getattr(e, "msg", "") or e).split(":")[0].removesuffix(" at")
                col = getattr(e, "colno", None)
                yield _reject(origin, f"malformed JSON ({msg}{f', column {col}' if col else ''})")
                continue
            if not isinstance(rec, dict):
                yield _reject(origin, f"JSON {_JSON_TYPES.get(type(rec), 'value')}, not an object")
                continue
            if isinstance(rec.get("id"), float):
                rec["id"] = _number_as_written(line, rec["id"])
            fields = _record_fields(rec, cls.name)
            yield _reject(origin, fields) if isinstance(fields, str) else _paper(origin, **fields)


# --- CSV / TSV ------------------------------------------------------------------------------


class CsvReader:
    """A header row with `title` and `abstract` (any case), optional id/source/url/published/authors.

    Parsed with the csv module, so quoted fields may hold commas, quotes and newlines; the origin
    is the line a record starts on. Columns beyond the known ones go to `extra`.
    """

    name = "csv"
    delimiter = ","
    extensions = (".csv",)

    @classmethod
    def sniff(cls, head: bytes) -> bool:
        line = _first_line(head)
        if cls.delimiter not in line:
            return False
        try:
            fields = next(csv.reader([line], delimiter=cls.delimiter))
        except (csv.Error, StopIteration):
            return False
        return _header_has_text_columns(fields)

    @classmethod
    def detect(cls, path: Path, head: bytes) -> bool:
        return cls.sniff(head) or _suffixes(path) in cls.extensions

    @classmethod
    def read(cls, path: Path, stream: IO[bytes]) -> Iterator[Record]:
        if csv.field_size_limit() < CSV_FIELD_LIMIT:
            csv.field_size_limit(CSV_FIELD_LIMIT)
        where = str(path)
        bad = [0]  # lines that were not UTF-8, counted as the csv module pulls them

        def lines() -> Iterator[str]:
            for n, raw in enumerate(stream, 1):
                if n == 1:
                    raw = raw.removeprefix(BOM)
                try:
                    yield raw.decode("utf-8")
                except UnicodeDecodeError:
                    bad[0] += 1
                    yield raw.decode("utf-8", "surrogateescape")

        reader = csv.reader(lines(), delimiter=cls.delimiter)
        header: list[str] | None = None
        while True:
            start, seen_bad = reader.line_num + 1, bad[0]
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                yield _reject(f"{where}:{start}", f"malformed {cls.name.upper()} ({e})")
                continue
            if not any(f.strip() for f in row):
                continue
            origin = f"{where}:{start}"
            if bad[0] != seen_bad:
                yield _reject(origin, "not UTF-8 text")
                if header is None:
                    return
                continue
            if header is None:
                header = [f.strip() for f in row]
                if not _header_has_text_columns(header):
                    missing = [c for c in ("title", "abstract") if c not in {h.lower() for h in header}]
                    yield _reject(origin, f"header has no {' or '.join(repr(c) for c in missing)} column")
                    return
                continue
            if len(row) > len(header):
                yield _reject(origin, f"{len(row)} fields but the header has {len(header)}")
                continue
            rec: dict[str, Any] = {}
            for name, value in zip(header, row):
                key = name.lower() if name.lower() in _KNOWN_COLUMNS else name
                if key not in rec and value.strip():
                    rec[key] = value
            fields = _record_fields(rec, cls.name)
            yield _reject(origin, fields) if isinstance(fields, str) else _paper(origin, **fields)
        if header is None:
            yield _reject(f"{where}:1", "no header row")


class TsvReader(CsvReader):
    """CSV's rules with tabs; quoting as the csv module writes it (pandas' to_csv(sep="\\t"))."""

    name = "tsv"
    delimiter = "\t"
    extensions = (".tsv", ".tab")


# --- dispatch -------------------------------------------------------------------------------

# Sniffing order matters only for content that two formats could claim; JSON first (cheapest,
# unambiguous), then the header-based tabular formats, then the page markers.
READERS = {r.name: r for r in (JsonlReader, TsvReader, CsvReader, DailyPapersReader)}
FORMATS = ["daily-papers", "jsonl", "csv", "tsv"]


def _open(path: Path) -> IO[bytes]:
    """A binary stream of the file's text, decompressed when it is gzip (by magic, not by name)."""
    fh = open(path, "rb")
    if fh.read(2) == GZIP_MAGIC:
        fh.close()
        return gzip.open(path, "rb")
    fh.seek(0)
    return fh


def _read_head(stream: IO[bytes]) -> bytes:
    """The first HEAD_BYTES; for a truncated small .gz, what could be decompressed (the reader
    then yields the records in it and reports the damage where it stops)."""
    chunks: list[bytes] = []
    size = 0
    try:
        while size < HEAD_BYTES and (chunk := stream.read(min(8192, HEAD_BYTES - size))):
            chunks.append(chunk)
            size += len(chunk)
    except (EOFError, zlib.error, gzip.BadGzipFile):
        if not chunks:
            raise
    return b"".join(chunks)


def _choose(path: Path, head: bytes) -> str | None:
    """Content first (a `.txt` holding JSONL is JSONL), then the extension alone."""
    for name, reader in READERS.items():
        if reader.sniff(head):
            return name
    ext = _suffixes(path)
    for name, reader in READERS.items():
        if ext in reader.extensions:
            return name
    return None


def read_path(path: Path, fmt: str | None = None) -> Iterator[Record]:
    """One file's records; anything that makes the whole file unusable is one `Rejected`."""
    where = str(path)
    try:
        stream = _open(path)
    except OSError as e:
        yield _reject(where, f"cannot read: {e.strerror or e}")
        return
    with stream:
        try:
            head = _read_head(stream)
            stream.seek(0)
        except (OSError, EOFError, zlib.error) as e:
            compressed = isinstance(stream, gzip.GzipFile)
            yield _reject(where, "not a valid gzip file" if compressed else f"cannot read: {e}")
            return
        body = head.removeprefix(BOM)
        if not body.strip():
            yield _reject(where, "empty file")
            return
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            yield _reject(where, "UTF-16 text, not UTF-8 text")
            return
        if b"\x00" in head:
            yield _reject(where, "binary file, not a supported format")
            return
        name = fmt or _choose(path, head)
        if name is None:
            formats = ", ".join(FORMATS)
            yield _reject(where, f"unrecognized format (expected one of {formats}; use --format)")
            return
        try:
            yield from READERS[name].read(path, stream)
        except (EOFError, zlib.error, gzip.BadGzipFile):
            yield _reject(where, "truncated or corrupt gzip data; records before it were read")
        except OSError as e:
            yield _reject(where, f"read error: {e.strerror or e}")


def _walk(directory: Path) -> Iterator[Path]:
    """Files under `directory` in name order, depth first; hidden entries and notes skipped."""
    seen: set[tuple[int, int]] = set()

    def walk(d: Path) -> Iterator[Path]:
        try:
            st = d.stat()
            if (st.st_dev, st.st_ino) in seen:  # a symlink loop
                return
            seen.add((st.st_dev, st.st_ino))
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                yield from walk(Path(entry.path))
            elif _suffixes(Path(entry.name)) not in SKIP_IN_DIRS:
                yield Path(entry.path)

    yield from walk(directory)


def read_inputs(paths: Iterable[Path | str] | Path | str, fmt: str | None = None) -> Iterator[Record]:
    """Every record of every input, in order: files as given, directories recursively in sorted order.

    `fmt` (one of `FORMATS`) overrides detection for every file. Each unusable file or record is
    a `Rejected`; nothing in the input ends the stream.
    """
    if fmt is not None and fmt not in READERS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return _read_all([Path(p) for p in paths], fmt)


def _read_all(paths: list[Path], fmt: str | None) -> Iterator[Record]:
    for path in paths:
        if path.is_dir():
            for file in _walk(path):
                yield from read_path(file, fmt)
        elif path.exists():
            yield from read_path(path, fmt)
        else:
            yield _reject(str(path), "no such file or directory")
