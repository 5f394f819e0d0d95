"""Readers: every input format, detection, directories, .gz, and bad input that must not stop the stream."""

import gzip
import inspect
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.models import Paper, Rejected
from extractor.readers import FORMATS, READERS, read_inputs, title_id

from .conftest import FIXTURES, SEEDS

FORMATS_DIR = FIXTURES / "formats"
BAD = FORMATS_DIR / "bad"
GOLD = FIXTURES / "gold" / "corpus_abstracts.jsonl"


def records(*paths, fmt=None):
    return list(read_inputs(list(paths), fmt))


def papers(*paths, fmt=None):
    out = records(*paths, fmt=fmt)
    assert all(isinstance(r, Paper) for r in out), [r for r in out if isinstance(r, Rejected)]
    return out


def shape(recs):
    """Records without the file part of `origin`, to compare the same content read from two files."""
    return [r.model_copy(update={"origin": r.origin.rsplit(":", 1)[-1]}) for r in recs]


def label(record) -> str:
    return record.reason if isinstance(record, Rejected) else record.title


def where(record) -> str:
    """`origin` relative to the format fixtures, as `dir/file:line` (or `dir/file` for a whole file)."""
    path, sep, line = record.origin.rpartition(":")
    if not sep or not line.isdigit():
        path, line = record.origin, ""
    rel = Path(path).relative_to(FORMATS_DIR).as_posix()
    return f"{rel}:{line}" if line else rel


# --- the catalogue -------------------------------------------------------------------------


def test_formats_are_the_cli_choices():
    assert FORMATS == ["daily-papers", "jsonl", "csv", "tsv"]
    assert set(READERS) == set(FORMATS)


def test_read_inputs_streams():
    stream = read_inputs([FORMATS_DIR / "arxiv.jsonl"])
    assert inspect.isgenerator(stream)
    assert next(stream).id == "2503.13939"


FIXTURE_FORMATS = [
    ("arxiv.jsonl", "jsonl", 5),
    ("arxiv.jsonl.gz", "jsonl", 5),
    ("papers.csv", "csv", 4),
    ("papers.tsv", "tsv", 4),
    ("dir/a_page.txt", "daily-papers", 3),
    ("dir/sub/c.csv", "csv", 2),
    ("dir/sub/d.tsv.gz", "tsv", 2),
    ("dir/sub/records", "jsonl", 1),  # no extension: detected from content
]


@pytest.mark.parametrize("name, fmt, count", FIXTURE_FORMATS)
def test_every_fixture_through_its_reader_and_through_detection(name, fmt, count):
    path = FORMATS_DIR / name
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rb") as fh:
        head = fh.read(65536)
        fh.seek(0)
        assert READERS[fmt].detect(path, head)
        direct = list(READERS[fmt].read(path, fh))
    assert len(direct) == count and all(isinstance(r, Paper) for r in direct)
    assert papers(path) == direct  # detection picked the same reader
    assert papers(path, fmt=fmt) == direct
    assert {p.source for p in direct} <= {fmt, "arxiv", "acl-anthology"}


@pytest.mark.parametrize("name, fmt, _count", FIXTURE_FORMATS)
def test_other_readers_do_not_claim_the_fixture_by_content(name, fmt, _count):
    path = FORMATS_DIR / name
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rb") as fh:
        head = fh.read(65536)
    assert [n for n, r in READERS.items() if r.sniff(head)] in ([fmt], [])


# --- JSONL -----------------------------------------------------------------------------------


def test_jsonl_keeps_original_text_and_maps_arxiv_fields():
    raw = [json.loads(line) for line in (FORMATS_DIR / "arxiv.jsonl").read_text(encoding="utf-8").splitlines()]
    got = papers(FORMATS_DIR / "arxiv.jsonl")
    assert [p.id for p in got] == [r["id"] for r in raw]
    for p, r in zip(got, raw):
        assert p.title == r["title"].strip() and p.abstract == r["abstract"].strip()
    med = got[0]  # snapshot-shaped: hard-wrapped text, space-separated categories, update_date
    assert "\n  Vision-Language Models" in med.title  # inner newlines and double spaces kept as in the input
    assert med.abstract.startswith("Vision-language models (VLMs)") and "\n" in med.abstract
    assert med.published == "2025-03-19" and med.source == "jsonl"
    assert med.extra == {"categories": "cs.CV"}  # nulls (doi, submitter...) say nothing and are dropped
    assert med.origin == f"{FORMATS_DIR / 'arxiv.jsonl'}:1"
    earth = got[2]
    assert earth.source == "arxiv" and earth.published == "2025"  # from year, which also stays in extra
    assert earth.extra == {"categories": ["cs.CV"], "year": 2025, "first_seen": "2025-04-09"}
    talk = got[3]
    assert talk.url == "https://arxiv.org/abs/2504.14621" and talk.published == "2025-04-22"


def test_gz_equals_plain():
    plain = papers(FORMATS_DIR / "arxiv.jsonl")
    packed = papers(FORMATS_DIR / "arxiv.jsonl.gz")
    assert shape(packed) == shape(plain)
    assert packed[0].origin.endswith("arxiv.jsonl.gz:1")


def test_gzip_found_by_magic_bytes_and_format_by_inner_name(tmp_path):
    (tmp_path / "papers.csv.gz").write_bytes(gzip.compress((FORMATS_DIR / "papers.csv").read_bytes()))
    (tmp_path / "download.bin").write_bytes((FORMATS_DIR / "arxiv.jsonl.gz").read_bytes())
    assert shape(papers(tmp_path / "papers.csv.gz")) == shape(papers(FORMATS_DIR / "papers.csv"))
    assert shape(papers(tmp_path / "download.bin")) == shape(papers(FORMATS_DIR / "arxiv.jsonl"))


def test_jsonl_authors_ids_and_odd_values(tmp_path):
    rows = [
        {"id": 1234, "title": "A  Title", "abstract": " Some text.\n", "authors": ["Ada Lovelace", {"name": "Alan Turing"}]},
        {"title": "No Id Here", "abstract": "Text.", "authors": "A. One, B. Two", "doi": "10.1/x", "url": None},
        {"id": "", "title": "Blank Id", "abstract": "Text.", "url": ["not", "a", "url"]},
    ]
    path = tmp_path / "odd.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    a, b, c = papers(path)
    assert (a.id, a.title, a.abstract, a.authors) == ("1234", "A  Title", "Some text.", "Ada Lovelace, Alan Turing")
    assert (b.id, b.authors, b.extra) == (title_id("No Id Here"), "A. One, B. Two", {"doi": "10.1/x"})
    assert c.id == title_id("Blank Id") and c.url is None and c.extra == {"url": ["not", "a", "url"]}


def test_utf8_bom_and_crlf_are_fine(tmp_path):
    rec = {"id": "x1", "title": "Bom", "abstract": "Starts with a byte order mark."}
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps(rec).encode() + b"\r\n")
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbfTitle,ABSTRACT\r\nBom,\"Two\r\nlines.\"\r\nNext,Row.\r\n")
    assert papers(tmp_path / "bom.jsonl")[0].abstract == "Starts with a byte order mark."
    one, two = papers(tmp_path / "bom.csv")
    assert (one.title, one.abstract, one.origin.rsplit(":", 1)[1]) == ("Bom", "Two\r\nlines.", "2")
    assert (two.title, two.origin.rsplit(":", 1)[1]) == ("Next", "4")


# --- CSV / TSV -------------------------------------------------------------------------------


def test_csv_fields_extra_and_record_start_lines():
    got = papers(FORMATS_DIR / "papers.csv")
    gold = {r["id"]: r for r in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines())}
    assert [where(p) for p in got] == ["papers.csv:2", "papers.csv:3", "papers.csv:20", "papers.csv:21"]
    tiara = got[1]  # its abstract spans lines 3-19, hard-wrapped inside quotes
    assert tiara.abstract.count("\n") == 16 and " ".join(tiara.abstract.split("\n")) == gold[tiara.id]["abstract"]
    first = got[0]
    assert first.title == gold[first.id]["title"] and first.abstract == gold[first.id]["abstract"]
    assert first.source == "acl-anthology" and first.published == "2005"
    assert first.url == "https://aclanthology.org/2005.jeptalnrecital-long.38/"
    assert first.extra == {"venue": "jeptalnrecital"}  # empty cells (doi) are left out
    assert got[2].extra == {"venue": "acl;ijcnlp", "doi": "10.18653/v1/2021.acl-long.415"}


def test_tsv_header_case_insensitive_and_ids_from_titles():
    got = papers(FORMATS_DIR / "papers.tsv")
    assert all(p.id == title_id(p.title) and p.source == "tsv" for p in got)
    assert got[0].title == "Data Augmentation Technology for Dysarthria Assistive Systems"
    assert got[0].published == "2021" and got[0].extra == {"year": "2021", "Venue": "rocling"}


# --- directories ----------------------------------------------------------------------------

DIR_ORDER = [
    "dir/a_page.txt:13", "dir/a_page.txt:21", "dir/a_page.txt:29",
    "dir/b.jsonl:1", "dir/b.jsonl:2",
    "dir/sub/c.csv:2", "dir/sub/c.csv:3",
    "dir/sub/d.tsv.gz:2", "dir/sub/d.tsv.gz:3",
    "dir/sub/records:1",
    "dir/z_last.jsonl:1",
]


def test_directory_recursion_is_sorted_and_skips_hidden_and_notes():
    first = papers(FORMATS_DIR / "dir")
    assert [where(p) for p in first] == DIR_ORDER  # README.md and .hidden.jsonl quietly skipped
    assert papers(FORMATS_DIR / "dir") == first
    assert papers(str(FORMATS_DIR / "dir")) == first
    assert {p.source for p in first} == {"daily-papers", "jsonl", "tsv", "acl-anthology", "arxiv"}  # c.csv has a source column


def test_inputs_keep_their_given_order():
    got = papers(FORMATS_DIR / "papers.tsv", FORMATS_DIR / "dir" / "b.jsonl")
    assert [where(p) for p in got] == [f"papers.tsv:{n}" for n in range(2, 6)] + ["dir/b.jsonl:1", "dir/b.jsonl:2"]


def test_page_in_directory_keeps_metadata():
    survey, plutus, contrast = papers(FORMATS_DIR / "dir" / "a_page.txt")
    assert survey.extra == {"author_count": 9, "date": "Feb 15, 2024"} and survey.published == "2024-02-15"
    assert plutus.extra == {"organization": "TheFinAI The Fin AI", "date": "Feb 25", "upvotes": 2}
    assert plutus.published is None  # no year on the page
    assert contrast.title.startswith("Contrast: A Hybrid Architecture")


# --- daily-papers seed pages -----------------------------------------------------------------

BOILERPLATE = {"new", "Subscribe", "Daily Papers", "byAK and the research community",
               "Get trending papers in your email inbox!", "Get trending papers in your email inbox once a day!"}


@pytest.fixture(scope="module")
def seed_papers():
    return papers(SEEDS)


def test_seed_pages_give_528_distinct_papers(seed_papers):
    ids = [p.id for p in seed_papers]
    assert len(set(ids)) == 528
    per_page = {}
    for p in seed_papers:
        per_page.setdefault(p.origin.rsplit(":", 1)[0], []).append(p.id)
    assert all(len(v) == len(set(v)) for v in per_page.values())  # once per page
    assert all(p.source == "daily-papers" and p.id == title_id(p.title) for p in seed_papers)


def test_seed_spot_checks(seed_papers):
    by_title = {p.title: p for p in seed_papers}
    mamba = by_title["MambaClinix: Hierarchical Gated Convolution and Mamba-Based U-Net for Enhanced 3D Medical Image Segmentation"]
    assert mamba.abstract.startswith("Deep learning, particularly convolutional neural networks (CNNs) and Transformers,")
    assert mamba.abstract.endswith("achieves high segmentation accuracy while maintaining low model complexity.")
    assert mamba.extra == {"author_count": 7, "date": "Sep 19, 2024"} and mamba.published == "2024-09-19"
    assert mamba.origin.endswith("000_3f6011161cfb9a11.txt:13")
    zip_fit = by_title["ZIP-FIT: Embedding-Free Data Selection via Compression-Based Alignment"]  # glued to "Subscribe"
    assert zip_fit.origin.endswith("001_a102ab973857bcb3.txt:3")
    assert zip_fit.abstract.startswith("Data selection is crucial for optimizing language model (LM) performance")
    assert "up to 85.1\\% faster than baselines" in zip_fit.abstract  # LaTeX kept as written
    assert "Large Language Model Distilling Medication Recommendation Model" in by_title
    assert by_title["Pointer Networks"].extra["date"] == "Jun 9, 2015"


def test_seed_titles_and_abstracts_are_exact_lines(seed_papers):
    cache = {}
    for p in seed_papers:
        path, line = p.origin.rsplit(":", 1)
        lines = cache.setdefault(path, Path(path).read_text(encoding="utf-8").split("\n"))
        title_line = lines[int(line) - 1].strip()
        assert title_line in (p.title, "Subscribe" + p.title)
        following = next(x for x in lines[int(line):] if x.strip())
        assert following.strip() == p.abstract
        assert "Subscribe" not in p.title and p.abstract not in BOILERPLATE and p.title not in BOILERPLATE
        assert not re.match(r"^(•|·|[A-Z][a-z]{2} \d{1,2}\b)", p.abstract)
        assert len(p.abstract) > len(p.title)


def test_page_without_a_line_realigns(tmp_path):
    """In a page without blank lines a lost abstract would shift every pair after it."""
    lines = (SEEDS / "001_a102ab973857bcb3.txt").read_text(encoding="utf-8").split("\n")[:14]
    lost_abstract = lines[:5] + lines[6:]  # line 6: the abstract of the second paper
    (tmp_path / "a.txt").write_text("\n".join(lost_abstract), encoding="utf-8")
    lost_title = lines[:6] + lines[7:]  # line 7: the title of the third paper
    (tmp_path / "b.txt").write_text("\n".join(lost_title), encoding="utf-8")
    titles = {n: lines[n] for n in (4, 6, 8, 10, 12)}

    def summary(path):
        return sorted(((r.origin.rsplit(":", 1)[1], label(r)) for r in records(path)), key=lambda x: int(x[0]))

    assert summary(tmp_path / "a.txt") == [
        ("3", lines[2].removeprefix("Subscribe")), ("5", "title line without an abstract"),
        ("6", titles[6]), ("8", titles[8]), ("10", titles[10]), ("12", titles[12])]
    assert summary(tmp_path / "b.txt") == [
        ("3", lines[2].removeprefix("Subscribe")), ("5", titles[4]),
        ("7", "abstract paragraph without a title line"), ("8", titles[8]), ("10", titles[10]), ("12", titles[12])]


def test_page_title_without_abstract_does_not_lend_its_metadata(tmp_path):
    lines = (FORMATS_DIR / "dir" / "a_page.txt").read_text(encoding="utf-8").split("\n")
    assert lines[22].startswith("Despite Greece")
    (tmp_path / "page.txt").write_text("\n".join(lines[:22] + lines[23:]), encoding="utf-8")
    got = records(tmp_path / "page.txt")
    assert [(r.origin.rsplit(":", 1)[1], label(r)) for r in got] == [
        ("21", "title line without an abstract"), ("13", lines[12]), ("28", lines[28])]
    assert got[1].extra == {"author_count": 9, "date": "Feb 15, 2024"}  # not Plutus' organization or date


# --- bad input -------------------------------------------------------------------------------


def test_bad_jsonl_rejects_each_bad_line_and_keeps_neighbours():
    got = records(BAD / "bad.jsonl")
    assert [type(r).__name__ for r in got] == ["Paper", "Rejected", "Rejected", "Rejected", "Paper"]
    assert [where(r) for r in got] == [f"bad/bad.jsonl:{n}" for n in range(1, 6)]
    assert got[1].reason.startswith("malformed JSON")
    assert got[2].reason == "missing or empty abstract"
    assert got[3].reason == "JSON array, not an object"
    assert (got[0].id, got[4].id) == ("2512.20153", "2604.25533")


def test_csv_without_abstract_column():
    assert records(BAD / "no_abstract.csv") == [
        Rejected(origin=f"{BAD / 'no_abstract.csv'}:1", reason="header has no 'abstract' column")]


def test_csv_blank_abstract_and_misaligned_row():
    got = records(BAD / "blank_abstract.csv")
    assert [(where(r), getattr(r, "reason", "ok")) for r in got] == [
        ("bad/blank_abstract.csv:2", "ok"),
        ("bad/blank_abstract.csv:3", "missing or empty abstract"),
        ("bad/blank_abstract.csv:4", "ok"),
        ("bad/blank_abstract.csv:5", "6 fields but the header has 3"),
        ("bad/blank_abstract.csv:6", "ok"),
    ]


def test_undecodable_line_is_rejected_not_mojibake():
    got = records(BAD / "latin1.jsonl")
    assert [(where(r), getattr(r, "reason", "ok")) for r in got] == [
        ("bad/latin1.jsonl:1", "ok"), ("bad/latin1.jsonl:2", "not UTF-8 text"), ("bad/latin1.jsonl:3", "ok")]


def test_lone_surrogate_escape_in_json_is_rejected(tmp_path):
    path = tmp_path / "esc.jsonl"
    path.write_text('{"id": "a", "title": "Bad \\udc80 escape", "abstract": "Text."}\n'
                    '{"id": "b", "title": "Good", "abstract": "Text \\u00e9 \\ud83d\\ude00."}\n', encoding="utf-8")
    bad, good = records(path)
    assert bad == Rejected(origin=f"{path}:1", reason="title is not valid Unicode text (lone surrogate)")
    assert good.abstract == "Text \u00e9 \U0001f600."


def test_undecodable_csv_record_and_page(tmp_path):
    (tmp_path / "x.csv").write_bytes(b"title,abstract\nGood,One.\nCaf\xe9,Two.\nAlso good,Three.\n")
    got = records(tmp_path / "x.csv")
    assert [label(r) for r in got] == ["Good", "not UTF-8 text", "Also good"]
    page = (FORMATS_DIR / "dir" / "a_page.txt").read_bytes().replace(b"Greek Finance", b"Greek Financ\xe9")
    (tmp_path / "page.txt").write_bytes(page)
    got = records(tmp_path / "page.txt")
    assert [getattr(r, "reason", "ok") for r in got] == ["ok", "not UTF-8 text", "ok"]


@pytest.mark.parametrize("name, reason", [
    ("empty.jsonl", "empty file"),
    ("binary.bin", "binary file, not a supported format"),
])
def test_unusable_files(name, reason):
    assert records(BAD / name) == [Rejected(origin=str(BAD / name), reason=reason)]


def test_whole_bad_directory_streams_to_the_end():
    got = records(BAD)
    assert sum(isinstance(r, Paper) for r in got) == 2 + 3 + 2
    assert {where(r).split(":")[0] for r in got} == {
        "bad/bad.jsonl", "bad/binary.bin", "bad/blank_abstract.csv", "bad/empty.jsonl", "bad/latin1.jsonl",
        "bad/no_abstract.csv"}


def test_one_megabyte_abstract_is_accepted(tmp_path):
    abstract = ("We measure throughput. " * 46000)[:1_000_000].strip()
    (tmp_path / "big.jsonl").write_text(json.dumps({"id": "big", "title": "Big", "abstract": abstract}) + "\n")
    with (tmp_path / "big.csv").open("w", newline="") as fh:
        fh.write('title,abstract\nBig,"' + abstract + '"\nSmall,After it.\n')
    assert papers(tmp_path / "big.jsonl")[0].abstract == abstract
    big, small = papers(tmp_path / "big.csv")
    assert big.abstract == abstract and small.abstract == "After it."


def test_truncated_gzip_keeps_records_before_the_damage(tmp_path):
    plain = (FORMATS_DIR / "arxiv.jsonl").read_bytes()
    for copies in (1, 20):  # damage inside the sniffed head, and far beyond it
        data = gzip.compress(plain * copies)
        (tmp_path / "cut.jsonl.gz").write_bytes(data[:-40])
        got = records(tmp_path / "cut.jsonl.gz")
        assert got[-1] == Rejected(origin=str(tmp_path / "cut.jsonl.gz"),
                                   reason="truncated or corrupt gzip data; records before it were read")
        assert len(got) - 1 >= 4 * copies and all(isinstance(r, Paper) for r in got[:-1])
    (tmp_path / "fake.gz").write_bytes(b"\x1f\x8bnot really gzip")
    assert records(tmp_path / "fake.gz") == [Rejected(origin=str(tmp_path / "fake.gz"), reason="not a valid gzip file")]


def test_undetectable_and_missing_inputs(tmp_path):
    (tmp_path / "notes.dat").write_text("just some words\nnothing like a corpus\n")
    (tmp_path / "README.md").write_text("# corpus\n")
    got = records(tmp_path / "notes.dat", tmp_path / "missing.jsonl", tmp_path)
    assert [(r.origin, r.reason.split(" (")[0]) for r in got] == [
        (str(tmp_path / "notes.dat"), "unrecognized format"),
        (str(tmp_path / "missing.jsonl"), "no such file or directory"),
        (str(tmp_path / "notes.dat"), "unrecognized format"),  # README.md in a directory: skipped
    ]


# --- format override -------------------------------------------------------------------------


def test_format_overrides_detection(tmp_path):
    page = tmp_path / "listing.dat"  # no extension hint, no page header
    lines = (SEEDS / "001_a102ab973857bcb3.txt").read_text(encoding="utf-8").split("\n")[4:10]
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert records(page)[0].reason.startswith("unrecognized format")
    got = papers(page, fmt="daily-papers")
    assert [p.title for p in got] == [lines[0], lines[2], lines[4]]
    forced = records(FORMATS_DIR / "arxiv.jsonl", fmt="csv")  # no sniffing at all when forced
    assert len(forced) == 1 and "header has no" in forced[0].reason
    with pytest.raises(ValueError):
        read_inputs([page], fmt="xml")


# --- ids -------------------------------------------------------------------------------------


def test_title_id_shape():
    assert title_id("ZIP-FIT: Embedding-Free Data Selection") == title_id("zip fit embedding free data selection")
    assert re.fullmatch(r"t:[0-9a-f]{16}", title_id("Anything"))
    assert title_id("Model A") != title_id("Model B")
    assert title_id("Caf\u00e9") == title_id("Cafe\u0301")  # composed and decomposed accents


WORDS = st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éüñøçÉÜ", min_size=1,
                         max_size=8), min_size=1, max_size=8)
SEPARATOR = st.text(alphabet=" -:,.;!?()[]'\"/\t\n–—", min_size=1, max_size=3)


@given(WORDS, st.lists(SEPARATOR, min_size=8, max_size=8), st.lists(SEPARATOR, min_size=8, max_size=8),
       st.sampled_from([str.upper, str.lower, str.title, str.swapcase, str]))
def test_title_id_is_stable_under_case_and_punctuation(words, seps_a, seps_b, recase):
    a = "".join(w + s for w, s in zip(words, seps_a))
    b = recase(seps_b[-1] + "".join(w + s for w, s in zip(words, seps_b)))
    assert title_id(a) == title_id(b)


def test_jsonl_numeric_arxiv_id_keeps_its_digits(tmp_path):
    """arXiv dumps sometimes write ids as bare numbers: 2401.10 must not become 2401.1."""
    path = tmp_path / "ids.jsonl"
    path.write_text(
        '{"id": 2401.10, "title": "T1", "abstract": "A."}\n'
        '{"id" : 1706.03762, "title": "T2", "abstract": "A.", "meta": {"x": 1}}\n'
        '{"id": 7.50, "title": "T3", "abstract": "A.", "refs": [{"id": 3.0}]}\n',
        encoding="utf-8",
    )
    a, b, c = papers(path)
    assert (a.id, b.id) == ("2401.10", "1706.03762")
    assert c.id == "7.5"  # the number is ambiguous in the line (a nested "id" too): its value is kept
