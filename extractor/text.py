r"""The text layer: normalization with an offset map, tokenizer special cases, sentences.

How the pipeline builds and uses it (the tests use exactly this sequence):

    nlp = spacy.blank("en")
    add_special_cases(nlp)                  # abbreviations stay one token
    nlp.add_pipe("sciclaims_segmenter")     # factory registered by importing this module
    title, abstract = normalize(paper.title), normalize(paper.abstract)
    doc = tokenize(nlp, title.text + "\n\n" + abstract.text)  # nlp.make_doc, in pieces past MAX_RUN
    doc._.sc_title_end = len(title.text)    # the title is one sentence, never split
    doc = nlp(doc)
    abstract.span(a, b)                     # clean-text span -> span of paper.abstract

Normalization
-------------
Extractors read clean text; the database stores offsets into the original. `normalize`
rewrites what rules/normalization.tsv lists and keeps everything else character for
character. Kinds of rows in that table:

- `space`: whitespace other than " " (newline, tab, no-break/thin/narrow spaces, all
  other Zs). Every run of whitespace becomes one " "; leading and trailing runs go.
- `drop`: zero-width characters and the soft hyphen, removed.
- `char`: one character to a string: curly quotes to straight, ligatures to letters,
  U+2212 minus and the hyphen/figure/en dashes to "-" (so "15–30%" reads "15-30%" and
  tokenizes like an ASCII range; the em dash "—" is kept, it separates clauses).
- `command`: a LaTeX control word/symbol and its text (`\%` -> `%`, `\times` -> `×`,
  `\sim` -> `~`, greek letters, `\eg` -> `e.g.`). Unknown commands are left as written.
- `spacing`: `\,` `\quad` `\\`...: one space, nothing between two digits (`1\,600`).
- `wrap`: a command whose last braced argument is kept (`\textbf{x}` -> `x`,
  `\href{url}{x}` -> `x`); `delete`: a command dropped with its arguments (`\cite{k}`).
- `accent`: `\'e`, `\'{e}`, `\c{c}` -> é, ç; `declaration`: `{\em x}` -> `x`.
- `superscript`: what `^\circ`-style superscripts read as (`0.5^{\circ}` -> `0.5°`).

Rules written in code because they need context: `$...$`, `$$...$$`, `\(...\)` and
`\[...\]` lose their delimiters (math is told from prices as pandoc does: no space just
inside the delimiters; `$5-$10` is money, `$\sim$5` is math); `{\cmd ...}` groups lose
their braces; a superscript keeps its caret after a digit or before a sign (`10^{-3}` and
`10$^{-3}$` -> `10^-3`, so powers stay readable) and loses it otherwise (`m$^3$` ->
`m3`, `R^{2}` -> `R2`); `~` between two non-space characters is a LaTeX tie and becomes
a space (`Fig.~3` -> `Fig. 3`), elsewhere it means "approximately" and stays (`~3x`);
`---` -> `—` and `--` -> `-` (TeX dashes, kept when part of an arrow like `-->`); `{,}` between
digits is math mode's thousands separator (`22{,}879` -> `22,879`).

Offsets. `Normalized.span(a, b)` maps a clean span to the original: a bound inside a
rewritten piece snaps outward to the whole piece (clean `65.8%` -> original `65.8\%`);
removed markup at the edges is left out, except that a span covering the whole content
of a LaTeX group gets the group's delimiters too (`$10^{-3}$`, `\textbf{UniReg}`).
Guarantees (tested with hypothesis in tests/test_text.py):

- every span lies within the original with start <= end, starts and ends grow with a
  and b, and non-empty spans nest: [a, b) inside [a', b') maps inside the image of
  [a', b') (an empty span maps to a point: there is no place for it that nests in both
  of its neighbours when markup was removed there);
- if no rule fires, the text is returned as is and the map is the identity;
- for a < b where a is a word start and b a word end of the clean text (words are
  maximal runs of non-space characters) and neither falls strictly inside one rewritten
  piece or a LaTeX group's content: normalize(original[span(a, b)]).text == text[a:b]
  (exactly, no stripping needed). Sentence and token bounds inside `$...$` can break it.

Sentences
---------
`sciclaims_segmenter` sets `is_sent_start` on every token with a few attribute checks per
token (flags cached per vocabulary entry). A sentence ends after ".", "!", "?", "…",
"..." or an abbreviation-like token ending in "." that is not listed as non-terminal in
rules/abbreviations.txt (dotted acronyms such as "U.S." are never terminal), plus any
closing brackets and quotes attached to it, when the next token starts with an uppercase
letter, a digit, a quote, an opening bracket or a backslash (an unexpanded macro such as
`\mname`, usually the paper's method). Whitespace tokens never start a sentence;
with `Doc._.sc_title_end` set, the title is one sentence and the first non-space token at
or after that offset starts the next one (so the "\n\n" the pipeline puts between title
and abstract stays with the title and the first abstract sentence maps into the abstract).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cache
from typing import NamedTuple

import numpy as np
from spacy.attrs import IDX, LENGTH, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

from . import rules_data

__all__ = ["Normalized", "normalize", "add_affixes", "add_special_cases", "Segmenter", "abbreviations"]

NORMALIZATION_FILE = "normalization.tsv"
ABBREVIATIONS_FILE = "abbreviations.txt"

_DIGITS = frozenset("0123456789")
_TIE_AFTER = frozenset(".,;:%)]}$'\"")
_MAX_DEPTH = 32  # deeper LaTeX nesting is left as written rather than recursed into
_CTRL = re.compile(r"\\(?:[A-Za-z]+|.?)", re.S)
_BRACE = re.compile(r"\\.|[{}]", re.S)
_INLINE_MATH = re.compile(r"\$(?=[^\s$])(?:[^$\\]|\\.){1,1000}?(?<=\S)\$", re.S)
_DISPLAY_MATH = re.compile(r"\$\$(?:[^$\\]|\\.){1,2000}?\$\$", re.S)


def _cell_text(cell: str) -> str:
    """Table cells name invisible characters as U+XXXX (space-separated for several)."""
    if cell.startswith("U+"):
        return "".join(chr(int(code[2:], 16)) for code in cell.split())
    return cell


class _Table:
    """rules/normalization.tsv, compiled once: lookup dicts and the trigger regex."""

    def __init__(self, rows: list[dict[str, str]]):
        self.spaces: set[str] = set()
        self.drops: set[str] = set()
        self.chars: dict[str, str] = {}
        self.commands: dict[str, str] = {}
        self.spacing: set[str] = set()
        self.wraps: dict[str, int] = {}
        self.deletes: dict[str, int] = {}
        self.accents: dict[str, str] = {}
        self.declarations: set[str] = set()
        self.superscripts: dict[str, str] = {}
        adds = {"space": self.spaces, "drop": self.drops, "spacing": self.spacing, "declaration": self.declarations}
        texts = {"char": self.chars, "command": self.commands, "accent": self.accents, "superscript": self.superscripts}
        counts = {"wrap": self.wraps, "delete": self.deletes}
        for row in rows:
            kind, find = row["kind"], _cell_text(row["find"])
            if kind in adds:
                adds[kind].add(find)
            elif kind in texts:
                texts[kind][find] = _cell_text(row.get("replace", ""))
            elif kind in counts:
                counts[kind][find] = int(row.get("args") or 0)
            else:
                raise ValueError(f"{NORMALIZATION_FILE}: unknown kind {kind!r}")
        self.spacey = frozenset(self.spaces | {" "})
        self.run_chars = frozenset(self.spacey | self.drops)
        self.char_map = str.maketrans(self.chars)
        self.handlers = {ch: _Builder.on_char for ch in self.chars}
        self.handlers.update({ch: _Builder.on_run for ch in self.run_chars})
        self.handlers.update({"\\": _Builder.on_command, "$": _Builder.on_dollar, "~": _Builder.on_tilde,
                              "^": _Builder.on_caret, "{": _Builder.on_brace, "-": _Builder.on_dash})
        # One character class finds every trigger but "  " and "--", which str.find looks for:
        # a bare class scans about four times faster than an alternation.
        self.trigger = re.compile(f"[{re.escape(''.join(sorted(set(self.handlers) - {' ', '-'})))}]")


@cache
def _table() -> _Table:
    return _Table(rules_data.read_tsv(NORMALIZATION_FILE))


class Normalized:
    """Clean text for the extractors plus the map back to the original text.

    `segments` is None for the identity map; otherwise (clean_start, orig_start,
    clean_len, orig_len, replaced) pieces in order, tiling both texts (a removed piece
    has clean_len 0). `groups` are the LaTeX groups as (content_clean_start, content_clean_end,
    orig_start, orig_end), delimiters included in the original range.
    """

    __slots__ = ("original", "text", "segments", "groups", "_starts", "_opens", "_closes")

    def __init__(self, original: str, text: str, segments=None, groups=()):
        self.original = original
        self.text = text
        self.segments = segments
        self.groups = tuple(groups)
        self._starts = [s[0] for s in segments] if segments is not None else None
        self._opens: dict[int, list[tuple[int, int]]] = {}
        self._closes: dict[int, list[tuple[int, int]]] = {}
        for cstart, cend, ostart, oend in self.groups:
            self._opens.setdefault(cstart, []).append((cend, ostart))
            self._closes.setdefault(cend, []).append((cstart, oend))

    @property
    def is_identity(self) -> bool:
        return self.segments is None

    def __repr__(self) -> str:
        return f"Normalized({self.text!r}, identity={self.is_identity})"

    def _check(self, start: int, end: int) -> None:
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside clean text of length {len(self.text)}")

    def _start(self, p: int) -> int:
        cs, os_, cl, ol, replaced = self.segments[bisect_right(self._starts, p) - 1]
        if p < cs + cl:
            return os_ if replaced else os_ + p - cs
        return os_ + ol

    def _end(self, p: int) -> int:
        cs, os_, cl, ol, replaced = self.segments[bisect_right(self._starts, p - 1) - 1]
        return os_ + ol if replaced else os_ + p - cs

    def offset(self, i: int) -> int:
        """Original index of clean index `i` (for `i == len(text)`: end of the last piece)."""
        self._check(i, i)
        if self.segments is None:
            return i
        if i < len(self.text):
            return self._start(i)
        return self._end(i) if i else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original (start, end) of the clean span [start, end)."""
        self._check(start, end)
        if self.segments is None:
            return start, end
        if start == end:
            p = self.offset(start)
            return p, p
        s, e = self._start(start), self._end(end)
        for cend, ostart in self._opens.get(start, ()):
            if cend <= end and ostart < s:
                s = ostart
        for cstart, oend in self._closes.get(end, ()):
            if cstart >= start and oend > e:
                e = oend
        return s, e


def normalize(original: str) -> Normalized:
    """Clean text and offset map for one title or abstract (see the module docstring)."""
    table = _table()
    if (table.trigger.search(original) is None and "  " not in original and "--" not in original
            and original[:1] != " " and original[-1:] != " "):
        return Normalized(original, original)
    builder = _Builder(original, table)
    builder.scan(0, len(original))
    return builder.result()


def _close_brace(src: str, p: int, end: int) -> int:
    """Index of the brace closing the one at `p`, or -1 (escaped braces skipped)."""
    depth = 0
    for m in _BRACE.finditer(src, p, min(end, p + 4000)):
        ch = m.group()
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if not depth:
                return m.start()
    return -1


class _Builder:
    """One left-to-right pass: `keep` copies, `put` rewrites, handlers decide per trigger.

    `sp` is true when the clean text so far is empty or ends with a space; a space that
    would follow it is dropped, so removed markup never leaves two spaces behind.
    """

    __slots__ = ("src", "table", "out", "segs", "groups", "c", "o", "sp", "changed", "depth")

    def __init__(self, src: str, table: _Table):
        self.src = src
        self.table = table
        self.out: list[str] = []
        self.segs: list[tuple[int, int, int, int, bool]] = []
        self.groups: list[tuple[int, int, int, int]] = []
        self.c = 0  # clean length so far
        self.o = 0  # original consumed so far
        self.sp = True
        self.changed = False
        self.depth = 0

    def keep(self, upto: int) -> None:
        o = self.o
        if upto <= o:
            return
        if self.sp and self.src[o] == " ":
            self.put(o + 1, "")
            o += 1
            if upto == o:
                return
        n = upto - o
        self.segs.append((self.c, o, n, n, False))
        piece = self.src[o:upto]
        self.out.append(piece)
        self.c += n
        self.o = upto
        self.sp = piece[-1] == " "

    def put(self, upto: int, repl: str) -> None:
        if repl == " " and self.sp:
            repl = ""
        n = len(repl)
        self.segs.append((self.c, self.o, n, upto - self.o, True))
        if n:
            self.out.append(repl)
            self.c += n
            self.sp = repl[-1] == " "
        self.o = upto
        self.changed = True

    def scan(self, pos: int, end: int) -> None:
        src, search, handlers = self.src, self.table.trigger.search, self.table.handlers
        spaces, dashes = src.find("  ", pos, end), src.find("--", pos, end)
        while True:
            m = search(src, pos, end)
            i = m.start() if m else end
            if 0 <= spaces < pos:
                spaces = src.find("  ", pos, end)
            if 0 <= spaces < i:
                i = spaces
            if 0 <= dashes < pos:
                dashes = src.find("--", pos, end)
            if 0 <= dashes < i:
                i = dashes
            if i >= end:
                break
            pos = handlers[src[i]](self, i, end)
        self.keep(end)

    def group(self, i: int, open_end: int, close_start: int, close_end: int) -> int:
        """Drop a group's delimiters and normalize its content; returns where it ends."""
        self.keep(i)
        self.put(open_end, "")
        start = self.c
        self.depth += 1
        self.scan(open_end, close_start)
        self.depth -= 1
        self.groups.append((start, self.c, i, close_end))
        self.put(close_end, "")
        return close_end

    def result(self) -> Normalized:
        if not self.changed:
            return Normalized(self.src, self.src)
        text = "".join(self.out)
        segs = self.segs
        if text.endswith(" "):
            last = len(text) - 1
            text = text[:last]
            k = max(i for i, s in enumerate(segs) if s[2])
            cs, os_, cl, ol, replaced = segs[k]
            if replaced:
                segs[k] = (cs, os_, cl - 1, ol, True)
            elif cl == 1:
                segs[k] = (cs, os_, 0, 1, True)
            else:
                segs[k:k + 1] = [(cs, os_, cl - 1, ol - 1, False), (last, os_ + ol - 1, 0, 1, True)]
                k += 1
            segs[k + 1:] = [(s[0] - 1,) + s[1:] for s in segs[k + 1:]]
            self.groups = [(min(a, last), min(b, last), c, d) for a, b, c, d in self.groups]
        return Normalized(self.src, text, segs, self.groups)

    # --- handlers: called at a trigger character, return where scanning resumes ---------

    def on_char(self, i: int, end: int) -> int:
        self.keep(i)
        self.put(i + 1, self.table.chars[self.src[i]])
        return i + 1

    def on_run(self, i: int, end: int) -> int:
        src, run_chars = self.src, self.table.run_chars
        j = i + 1
        while j < end and src[j] in run_chars:
            j += 1
        spacey = self.table.spacey
        self.keep(i)
        self.put(j, " " if any(ch in spacey for ch in src[i:j]) else "")
        return j

    def on_command(self, i: int, end: int) -> int:
        src, table = self.src, self.table
        k = _CTRL.match(src, i, end).end()
        name = src[i:k]
        repl = table.commands.get(name)
        if repl is not None:
            self.keep(i)
            self.put(k, repl)
            return k
        if name in table.spacing or (len(name) == 2 and name[1].isspace()):
            between_digits = i > 0 and src[i - 1] in _DIGITS and k < end and src[k] in _DIGITS
            self.keep(i)
            self.put(k, "" if between_digits else " ")
            return k
        if self.depth < _MAX_DEPTH:
            if name in table.wraps:
                return self.wrap(i, k, end, table.wraps[name])
            if name in ("\\(", "\\["):
                close = src.find("\\)" if name == "\\(" else "\\]", k, min(end, k + 2000))
                return self.group(i, k, close, close + 2) if close >= 0 else k
        if name in table.deletes:
            return self.delete(i, k, end, table.deletes[name])
        if name in table.accents:
            return self.accent(i, k, end, name, table.accents[name])
        return max(k, i + 1)

    def wrap(self, i: int, k: int, end: int, nargs: int) -> int:
        src, p = self.src, k
        for arg in range(nargs):
            if p >= end or src[p] != "{":
                return k
            close = _close_brace(src, p, end)
            if close < 0:
                return k
            if arg < nargs - 1:
                p = close + 1
        return self.group(i, p + 1, close, close + 1)

    def delete(self, i: int, k: int, end: int, nargs: int) -> int:
        src, p = self.src, k
        if p < end and src[p] == "[":  # optional argument, as in \cite[p.~3]{key}
            close = src.find("]", p, min(end, p + 200))
            if close >= 0:
                p = close + 1
        for _ in range(nargs):
            if p >= end or src[p] != "{":
                return k
            close = _close_brace(src, p, end)
            if close < 0:
                return k
            p = close + 1
        self.keep(i)
        self.put(p, "")
        return p

    def accent(self, i: int, k: int, end: int, name: str, combining: str) -> int:
        src, letter, stop = self.src, None, k
        if k < end and src[k] == "{":
            close = src.find("}", k + 1, min(end, k + 5))
            inner = src[k + 1:close] if close > 0 else ""
            if len(inner) == 1 and inner.isalpha() or inner in ("\\i", "\\j"):
                letter, stop = inner[-1], close + 1
        elif not name[1].isalpha():  # \'e takes a bare letter; \c needs braces
            if k < end and src[k].isalpha():
                letter, stop = src[k], k + 1
            elif src.startswith(("\\i", "\\j"), k, end) and not (k + 2 < end and src[k + 2].isalpha()):
                letter, stop = src[k + 1], k + 2
        if letter is None:
            if name[1].isalpha():
                return k
            self.keep(i)
            self.put(k, name[1])  # \~ on its own is just the character
            return k
        self.keep(i)
        self.put(stop, unicodedata.normalize("NFC", letter + combining))
        return stop

    def on_dollar(self, i: int, end: int) -> int:
        if self.depth >= _MAX_DEPTH:
            return i + 1
        src = self.src
        if src.startswith("$$", i, end):
            m = _DISPLAY_MATH.match(src, i, end)
            if m:
                return self.group(i, i + 2, m.end() - 2, m.end())
        m = _INLINE_MATH.match(src, i, end)
        if m and not (src[i + 1] in _DIGITS and m.end() < end and src[m.end()] in _DIGITS):  # $5-$10 is money
            return self.group(i, i + 1, m.end() - 1, m.end())
        return i + 1

    def on_brace(self, i: int, end: int) -> int:
        src = self.src
        if src.startswith("{,}", i, end) and i > 0 and src[i - 1] in _DIGITS and i + 3 < end and src[i + 3] in _DIGITS:
            self.keep(i)
            self.put(i + 3, ",")
            return i + 3
        if self.depth >= _MAX_DEPTH or not src.startswith("\\", i + 1, end):
            return i + 1
        close = _close_brace(src, i, end)
        if close < 0:
            return i + 1
        m = _CTRL.match(src, i + 1, close)
        p = i + 1
        if m.group() in self.table.declarations:
            p = m.end()
            while p < close and src[p] == " ":
                p += 1
        return self.group(i, p, close, close + 1)

    def on_tilde(self, i: int, end: int) -> int:
        src = self.src
        if i > 0 and i + 1 < end:
            prev, nxt = src[i - 1], src[i + 1]
            if (prev.isalnum() or prev in _TIE_AFTER) and not nxt.isspace() and nxt != "~":
                self.keep(i)
                self.put(i + 1, " ")
        return i + 1

    def on_caret(self, i: int, end: int) -> int:
        src, table = self.src, self.table
        j = i + 1
        if j >= end:
            return j
        c = src[j]
        if c == "{":
            close = src.find("}", j + 1, min(end, j + 40))
            if close < 0 or "{" in src[j + 1:close]:
                return j
            content, stop = src[j + 1:close].strip(), close + 1
        elif c == "\\":
            stop = _CTRL.match(src, j, end).end()
            content = src[j:stop]
        elif c.isalnum() or c == "*":
            content, stop = c, j + 1
        else:
            return j
        repl = table.superscripts.get(content)
        if repl is None:
            if not content or "\\" in content or "$" in content:
                return j
            content = content.translate(table.char_map)
            after_digit = i > 0 and (src[i - 1] in _DIGITS or (src[i - 1] == "$" and i > 1 and src[i - 2] in _DIGITS))
            if after_digit or content[0] in "+-":
                if c != "{":
                    return stop  # 10^3 already reads as a power
                repl = "^" + content
            else:
                repl = content
        self.keep(i)
        self.put(stop, repl)
        return stop

    def on_dash(self, i: int, end: int) -> int:
        src = self.src
        j = i + 2
        while j < end and src[j] == "-":
            j += 1
        if j - i == 3:
            repl = "\u2014"
        elif j - i == 2 and not (i > 0 and src[i - 1] in "<!") and not (j < end and src[j] == ">"):
            repl = "-"
        else:
            return j
        self.keep(i)
        self.put(j, repl)
        return j


# --- tokenizer special cases --------------------------------------------------------------


class Abbreviations(NamedTuple):
    """rules/abbreviations.txt: every listed token, and those that never end a sentence."""

    tokens: tuple[str, ...]
    nonterminal: frozenset[str]


@cache
def abbreviations() -> Abbreviations:
    tokens: list[str] = []
    nonterminal: set[str] = set()
    for line in rules_data.read_lines(ABBREVIATIONS_FILE):
        entry, _, mark = line.partition("\t")
        for word in entry.split():
            if word.endswith(".") and word not in tokens:
                tokens.append(word)
                if mark.strip() != "terminal":
                    nonterminal.add(word)
    return Abbreviations(tuple(tokens), frozenset(nonterminal))


INFIXES_FILE = "tokenizer_infixes.txt"
SUFFIXES_FILE = "tokenizer_suffixes.txt"


def add_affixes(nlp: Language) -> None:
    """spaCy's English infixes and suffixes plus rules/tokenizer_infixes.txt and rules/tokenizer_suffixes.txt."""
    if extra := rules_data.read_lines(INFIXES_FILE):
        nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *extra]).finditer
    if extra := rules_data.read_lines(SUFFIXES_FILE):
        nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, *extra]).search


# Whitespace-free stretches longer than this reach spaCy's tokenizer in pieces. It strips a stretch's
# prefixes and suffixes one at a time, rescanning the rest each time, so its cost grows with the square
# of the stretch's length: 9,000 nested brackets take 8 s. The longest stretch in 135k real abstracts
# (Chinese text in the ACL Anthology) has 592 characters; a longer one is a dump or markup gone wrong.
MAX_RUN = 1_000
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))


def tokenize(nlp: Language, text: str) -> Doc:
    """`nlp.make_doc(text)`, with every whitespace-free stretch cut into pieces of MAX_RUN characters
    (a token boundary at each cut, the text unchanged)."""
    if _LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    pieces, start = [], 0
    for m in _LONG_RUN.finditer(text):
        for cut in range(m.start() + MAX_RUN, m.end(), MAX_RUN):
            pieces.append(text[start:cut])
            start = cut
    pieces.append(text[start:])
    return Doc.from_docs([nlp.make_doc(piece) for piece in pieces], ensure_whitespace=False)


def add_special_cases(nlp: Language) -> list[str]:
    """Make every listed abbreviation one token; returns those spaCy did not already keep whole."""
    added = []
    for abbr in abbreviations().tokens:
        if [t.text for t in nlp.tokenizer(abbr)] != [abbr]:
            nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
            added.append(abbr)
    return added


# --- sentence segmenter -------------------------------------------------------------------

if not Doc.has_extension("sc_title_end"):
    Doc.set_extension("sc_title_end", default=None, force=False)

_END, _PUNCT, _START, _CLOSE, _QUOTE, _SPACE, _STEM = 1, 2, 4, 8, 16, 32, 64
_TERMINAL_CHARS = frozenset(".!?…")
_QUOTES = frozenset({'"', "'", "''", "``", "“", "”", "‘", "’", "«", "»"})
_STARTERS = frozenset("\"'“‘«`([{\\")  # quotes, brackets, and \macro (custom method names)
_CLOSING = frozenset({")", "]", "}"})
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")
_ATTRS = [ORTH, SPACY, IDX, LENGTH, SENT_START]  # the segmenter's columns, then every custom lexeme flag
_SPARE_FLAGS = range(19, 64)  # spaCy's lexeme flag bits left for custom flags
_TABLE = "sc_tokens"  # doc.user_data key of the token table the segmenter leaves for later components
_OFFSETS = "sc_offsets"  # doc.user_data key of `token_offsets`
_UNSET = np.uint64(2**64 - 1)  # SENT_START -1 ("not a start") in a uint64 column
# A sentence longer than this is cut (at a token boundary): what the claims layer does per sentence grows
# faster than its figures do (2,000 figures in one sentence take seconds). The longest sentence in 135k real
# abstracts has 1,752 characters; a longer one is a table or a dump with no sentence ends.
MAX_SENTENCE = 3_000


def ext_key(name: str) -> tuple:
    """Where spaCy keeps a Doc extension's value: `doc._.name` is `doc.user_data[ext_key(name)]` for
    an extension with a default and no getter. The hot path reads and writes it there, since building
    an Underscore object per access costs more than the lookup."""
    return ("._.", name, None, None)


_TITLE_END = ext_key("sc_title_end")


def token_array(doc: Doc, attrs: list[int]):
    """`doc.to_array(attrs)`, cut from the table the segmenter stored (one `to_array` call per doc
    instead of one per component: the call's fixed cost outweighs its columns) when it holds them."""
    entry = doc.user_data.get(_TABLE)
    if entry is not None and entry[0] == len(doc):
        columns = entry[2]
        if all(a in columns for a in attrs):
            return entry[1][:, [columns[a] for a in attrs]]
    return doc.to_array(attrs)


def sentence_starts(doc: Doc) -> list[int] | None:
    """Token index of every sentence start (0 first), as the segmenter set them; None when it did not
    run on this doc. The same list as `[s.start for s in doc.sents]`, without a Span per sentence."""
    entry = doc.user_data.get(_TABLE)
    return entry[3] if entry is not None and entry[0] == len(doc) else None


def token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """(idx, length) of every token as lists, converted once per doc for every component that reads them."""
    entry = doc.user_data.get(_OFFSETS)
    if entry is None or len(entry[0]) != len(doc):
        table = doc.user_data.get(_TABLE)
        if table is not None and table[0] == len(doc):  # two columns of the segmenter's table, uncopied
            arr, columns = table[1], table[2]
            idx, length = arr[:, columns[IDX]].tolist(), arr[:, columns[LENGTH]].tolist()
        elif len(doc):
            idx, length = doc.to_array([IDX, LENGTH]).T.tolist()
        else:
            idx, length = [], []
        entry = doc.user_data[_OFFSETS] = (idx, length)
    return entry


def sentence_chars(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence, as `doc.sents` gives them."""
    starts = sentence_starts(doc)
    if starts is None or "sents" in doc.user_hooks:
        return [(s.start_char, s.end_char) for s in doc.sents]
    idx, length = token_offsets(doc)
    ends = starts[1:] + [len(idx)]
    return [(idx[a], idx[b - 1] + length[b - 1]) for a, b in zip(starts, ends)]


class _Flags(dict):
    """orth id -> flag bits, computed once per vocabulary entry.

    Entries outlive spaCy's memory zones (an orth id is a hash of the text, stable across
    them), so the segmenter empties it past `LIMIT` words: memory stays flat over any corpus.
    """

    LIMIT = 300_000

    def __init__(self, strings, nonterminal: frozenset[str]):
        super().__init__()
        self.strings = strings
        self.nonterminal = nonterminal

    def __missing__(self, orth: int) -> int:
        flags = self[orth] = self.classify(self.strings[orth])
        return flags

    def classify(self, text: str) -> int:
        if not text or text.isspace():
            return _SPACE
        flags = 0
        first = text[0]
        if first.isupper() or first.isdigit() or first in _STARTERS:
            flags |= _START
        if text in _CLOSING:
            flags |= _CLOSE
        if text in _QUOTES:
            flags |= _QUOTE
        if all(ch in _TERMINAL_CHARS for ch in text):
            flags |= _END | _PUNCT
        elif text[-1] == "." and text not in self.nonterminal and not _DOTTED_ACRONYM.fullmatch(text):
            flags |= _END
        if text + "." in self.nonterminal:
            flags |= _STEM  # "Fig" + "." where the tokenizer split an abbreviation
        return flags


def free_flag(vocab) -> int:
    """The lowest of spaCy's spare lexeme flags (19-63) not taken yet."""
    for bit in _SPARE_FLAGS:
        if bit not in vocab.lex_attr_getters:
            return bit
    raise ValueError("no free lexeme flag left in this vocab")


def _may_end(text: str) -> bool:
    """Lexeme flag: the last character can end a sentence (a superset of the `_END` tokens)."""
    return text[-1:] in _TERMINAL_CHARS


class Segmenter:
    """Rule-based sentence boundaries for abstracts (see the module docstring).

    A lexeme flag (`_may_end`, computed by spaCy once per word) picks the few tokens that can end a
    sentence; only they and the tokens right around them are classified (`_Flags`), not every token.
    """

    def __init__(self, vocab, nonterminal: frozenset[str] | None = None):
        self.flags = _Flags(vocab.strings, abbreviations().nonterminal if nonterminal is None else nonterminal)
        self.dot = vocab.strings.add(".")
        self.may_end = free_flag(vocab)
        vocab.add_flag(_may_end, self.may_end)
        self.vocab = vocab
        self._columns()

    def _columns(self) -> None:
        """The table's columns: `_ATTRS` and every custom lexeme flag (components add theirs later)."""
        getters = self.vocab.lex_attr_getters
        self.attrs = [*_ATTRS, *(bit for bit in _SPARE_FLAGS if bit in getters)]
        self.columns = {a: i for i, a in enumerate(self.attrs)}
        self.end_column = self.columns[self.may_end]
        self._getters = len(getters)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        if len(self.vocab.lex_attr_getters) != self._getters:
            self._columns()
        arr = doc.to_array(self.attrs)  # SENT_START is read as unset here, and filled in below
        orths = arr[:, 0].tolist()
        flags = self.flags
        if len(flags) > flags.LIMIT:
            flags.clear()
        starts = [-1] * n
        starts[0] = 1
        sents = [0]  # the indices set to 1 in `starts`
        begin = 0
        title_end = doc.user_data.get(_TITLE_END)  # `doc._.sc_title_end`, without an Underscore object
        if title_end is not None:
            begin = int(np.searchsorted(arr[:, 2], title_end))
            while begin < n and flags[orths[begin]] & _SPACE:
                begin += 1
            if 0 < begin < n:
                starts[begin] = 1
                sents.append(begin)
        candidates = np.flatnonzero(arr[begin:, self.end_column]).tolist()
        ends = [i + begin for i in candidates if flags[orths[i + begin]] & _END]
        if ends:
            space_after = arr[:, 1].tolist()
            dot = self.dot
            for i in ends:
                if i > begin and flags[orths[i - 1]] & _STEM and orths[i] == dot and not space_after[i - 1]:
                    continue
                j = i + 1
                while j < n:
                    f = flags[orths[j]]
                    if f & (_PUNCT | _CLOSE | _SPACE) or (f & _QUOTE and not space_after[j - 1]):
                        j += 1
                    else:
                        break
                if j < n and flags[orths[j]] & _START and starts[j] != 1:
                    starts[j] = 1
                    sents.append(j)
        sents.sort()
        if arr[n - 1, 2] > MAX_SENTENCE:
            sents = self._cap(arr[:, 2], sents, orths)
        sent_starts = np.full(n, _UNSET, dtype=np.uint64)  # `starts` as to_array gives it: -1 wraps around
        sent_starts[sents] = 1
        doc.from_array([SENT_START], sent_starts)
        arr[:, self.columns[SENT_START]] = sent_starts
        doc.user_data[_TABLE] = (n, arr, self.columns, sents)
        return doc

    def _cap(self, idx, sents: list[int], orths: list[int]) -> list[int]:
        """`sents` plus a start at the first non-space token past every MAX_SENTENCE characters of a sentence."""
        n, flags = len(orths), self.flags
        bounds = [*sents[1:], n]
        out = []
        for first, stop in zip(sents, bounds):
            out.append(first)
            k = first
            while True:
                k = int(np.searchsorted(idx, idx[k] + MAX_SENTENCE))
                while k < stop and flags[orths[k]] & _SPACE:
                    k += 1
                if k >= stop:
                    break
                out.append(k)
        return out


@Language.factory("sciclaims_segmenter")
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    return Segmenter(nlp.vocab)
