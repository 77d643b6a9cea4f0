"""Hostile input: each file gives a clear PolcompareError or a lossless parse.

One table of inputs a real user may hand us (wrong encodings, binary files, a
saved web page, a truncated file, a 50 MB file...). Each row says what must
happen: a given :class:`~polcompare.errors.PolcompareError` subclass whose
message names the file, or a lossless parse (every non-blank source line in
exactly one place, its text found in what holds it). The same files go
through the command line: exit status 0 or 2, one line of error, never a
traceback.

:func:`assert_lossless` is the check of ``tests/test_golden.py``, for any
document and any encoding; ``test_properties.py`` and ``test_corpus.py`` use it.
"""

from __future__ import annotations

import codecs
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import polcompare
from polcompare import errors
from polcompare.cli import main
from polcompare.document import LINE_ROLES, Document, read_bytes
from polcompare.io import decode

from .conftest import SEED_FILES

# --- the lossless check ---------------------------------------------------------------


def _squash(text: str) -> str:
    """Drop white space, hyphens and soft hyphens (what joining lines may change)."""
    return "".join(text.split()).replace("-", "").replace("\u00ad", "")


def assert_lossless(doc: Document, source: str | None = None) -> None:
    """Assert that every non-blank line of ``source`` lands in exactly one place.

    ``source`` is the decoded text of the document (default: the file at
    ``doc.path`` decoded as :func:`polcompare.read` decodes it). Each line has
    one role; a non-blank line's text (white space and hyphens aside) is found
    in the item, heading, footnote, furniture or unparsed block named by its
    ``ref``; an item's lines are exactly the lines between its ``start_line``
    and ``end_line`` that name it.
    """
    if source is None:
        source = decode(doc.path.read_bytes(), source=doc.path).text
    lines = source.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    holders = {
        r.item_id: _squash(f"{r.marker} {r.text}")
        for r in doc.items[["item_id", "marker", "text"]].itertuples()
    }
    # Footnote marks are taken out of item text (the footnotes column keeps them).
    marks = {r.item_id: [m for m in r.footnotes.split(";") if m] for r in doc.items.itertuples()}
    for table, key in ((doc.headings, "heading_id"), (doc.unparsed, "block_id")):
        holders.update(zip(table[key], map(_squash, table["text"]), strict=True))
    for r in doc.footnotes.itertuples():
        holders[r.footnote_id] = _squash(f"{r.number} {r.text}")
    furniture = dict(zip(doc.furniture["line"], doc.furniture["text"], strict=True))

    assert doc.lines["text"].tolist() == lines
    assert doc.lines["line"].tolist() == list(range(1, len(lines) + 1))
    columns = (doc.lines[c].tolist() for c in ("line", "role", "ref", "text"))
    for no, role, ref, text in zip(*columns, strict=True):
        if not text.strip():
            assert role == "blank", (no, role, text)
            continue
        assert role in LINE_ROLES, (no, role, text)
        holder = _squash(furniture[no]) if role == "furniture" else holders[ref]
        line = _squash(text)
        for mark in marks.get(ref, []):
            line, holder = line.replace(mark, ""), holder.replace(mark, "")
        assert line in holder, (no, text[:200])
    blocks = len(doc.items) + len(doc.headings) + len(doc.unparsed) + len(doc.footnotes)
    assert len(holders) == blocks, "two blocks share an id"
    item_lines = doc.lines[doc.lines["role"] == "item"].groupby("ref")["line"].agg(["min", "max"])
    spans = doc.items.set_index("item_id")[["start_line", "end_line"]]
    assert (item_lines["min"] == spans.loc[item_lines.index, "start_line"]).all()
    assert (item_lines["max"] == spans.loc[item_lines.index, "end_line"]).all()


# --- the inputs -----------------------------------------------------------------------

LV = SEED_FILES["position_lv"].read_text(encoding="utf-8")
DA = SEED_FILES["position_da"].read_text(encoding="utf-8")
NORWAY = SEED_FILES["norway"].read_text(encoding="utf-8")
BELARUS = SEED_FILES["belarus"].read_text(encoding="utf-8")


def _seed_blob() -> bytes:
    return b"\n".join(p.read_bytes() for p in SEED_FILES.values()) + b"\n"


def big_file(path: Path, megabytes: float) -> Path:
    """Write the seeds over and over into ``path`` until it holds ``megabytes`` MB."""
    blob = _seed_blob()
    with path.open("wb") as fh:
        for _ in range(int(megabytes * 1e6) // len(blob) + 1):
            fh.write(blob)
    return path


def _html_page() -> bytes:
    paragraphs = [p for p in NORWAY.split("\n\n") if p.strip()]
    body = "\n".join(
        f'<h2 class="title">{p}</h2>'
        if len(p) < 60
        else f"<p>{p.replace('Norge', '<b>Norge</b>')}</p>"
        for p in paragraphs
    )
    return (
        '<!DOCTYPE html>\n<html lang="nb"><head><meta charset="utf-8">\n'
        "<title>Minekonvensjonen - regjeringen.no</title>\n"
        "<style>p { color: #333; } .x > h2 { margin: 0 }</style>\n"
        "<script>var tracking = '<p>not text</p>'; if (a < b && c) { go(); }</script>\n"
        '</head>\n<body><nav><ul><li><a href="/">Forside</a></li><li>Tema</li></ul></nav>\n'
        f"<main>\n{body}\n<!-- a comment, not text -->\n"
        "<p>Tall &amp; fakta: 3 &lt; 5 &#8211; &quot;Oslo&quot;&nbsp;2019</p>\n"
        "</main></body></html>\n"
    ).encode()


NESTED = """Rīcības plāns

1. Vispārīgie noteikumi.
1.1. Darbības joma aptver visas dalībvalstis.
1.1.1. Valstis ziņo par progresu katru gadu.
1.1.1.1. Ziņojumos iekļauj datus par atmīnēšanu.
1.1.1.1.1. Dati ir sadalīti pēc dzimuma un vecuma.
2. Finansēšana.
2.1. Eiropas Savienība atbalsta palīdzību cietušajiem.
Rezultāts Nr. 1: Mīnas ir iznīcinātas.
Iznākums Nr. 1.1.: Krājumi ir iznīcināti.
Darbība Nr. 1.1.1.: Apmācības.
Darbība Nr. 1.1.1.1.: Apakšdarbība.
Darbība Nr. 1.1.1.1.1.: Vēl dziļāk.
Nr. 7
Nr. 1.2.3.4.5.6.7.8.9.: pārāk dziļi
"""

MIXED = (
    "Padome stingri nosoda Krievijas agresijas karu pret Ukrainu un atbalsta "
    "atmīnēšanu un palīdzību cietušajiem visā pasaulē.\n\n"
    "Rådet fordømmer på det kraftigste Ruslands angrebskrig mod Ukraine og støtter "
    "minerydning og bistand til ofre over hele verden.\n"
)

MARKUP = """1. Padome nosoda <script>alert("x")</script> un <b>atbalsta</b> {{ user.name }}.
2. Veidne {% if debug %}slepeni{% endif %} un ${HOME} un <!-- komentārs --> paliek teksts.
3. <html><body>Nav tīmekļa lapa</body></html> &amp; &lt;p&gt; {{#each}} {{/each}}
"""


@dataclass(frozen=True)
class Case:
    """A hostile input: how to make it and what must happen."""

    name: str
    make: Callable[[Path], Path]
    #: error classes allowed (a clear PolcompareError), or () for a lossless parse
    errors: tuple[type[errors.PolcompareError], ...] = ()
    #: extra checks on the parsed document
    check: Callable[[Document], None] | None = None
    cli: bool = True
    #: a PolcompareWarning the read must give (the command line prints it as one line)
    warning: str = ""
    #: a warning line only the command line gives (a document that yields no item)
    cli_warning: str = ""


def _bytes(data: bytes, name: str = "doc.txt") -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path

    return make


def _same_items_as(seed: str) -> Callable[[Document], None]:
    def check(doc: Document) -> None:
        expected = polcompare.read(SEED_FILES[seed]).items
        cols = ["section", "number", "letter", "text", "start_line", "end_line"]
        assert doc.items[cols].equals(expected[cols])

    return check


def _encoding(name: str, then: Callable[[Document], None]) -> Callable[[Document], None]:
    def check(doc: Document) -> None:
        assert doc.encoding == name
        then(doc)

    return check


def _no_markup(doc: Document) -> None:
    assert doc.source_format == "html" and doc.doc_id in ("page", "doc")
    everything = " ".join(doc.lines["text"])
    for tag in ("<p>", "<b>", "<h2", "<script", "tracking", "color:", "<!--", "&amp;"):
        assert tag not in everything
    assert "Minekonvensjonen - regjeringen.no" in everything  # the title is text
    assert 'Tall & fakta: 3 < 5 – "Oslo"\u00a02019' in everything
    assert doc.doc_type == "web_page"
    assert doc.items[doc.items["kind"] == "news"]["date"].tolist()[:3] == [
        "2019-06-25",
        "2018-11-30",
        "2018-04-28",
    ]


def _markup_kept(doc: Document) -> None:
    assert doc.source_format == "text"
    text = " ".join(doc.items["text"])
    for piece in ('<script>alert("x")</script>', "{{ user.name }}", "{% if debug %}", "&amp;"):
        assert piece in text
    assert doc.items["number"].tolist() == ["1", "2", "3"]


def _read_as_text(doc: Document) -> None:
    """An unclosed <script> would swallow the rest of the page: read as text instead."""
    assert doc.source_format == "text" and "Vairs nav" in doc.items["text"].iloc[-1]


def _kinds(*expected: str) -> Callable[[Document], None]:
    def check(doc: Document) -> None:
        assert set(doc.items["kind"]) == set(expected)

    return check


def _nested(doc: Document) -> None:
    labelled = doc.items[doc.items["kind"].isin(["result", "output", "activity", "level4"])]
    assert "1.1.1.1" in labelled["number"].tolist()
    assert doc.items[doc.items["number"] == "1"]["text"].str.contains("1.1.1.1.1.").any()


def _cut(doc: Document) -> None:
    assert doc.encoding == "utf_8" and doc.replaced == 1
    assert doc.items["text"].iloc[-1].endswith("\ufffd")


def _two_footnotes_numbered_1(doc: Document) -> None:
    """Found by fuzzing: both footnotes were "fn1", the first one's lines pointed at the second."""
    assert doc.footnotes["footnote_id"].tolist() == ["fn1", "fn1~2"]
    assert doc.lines.set_index("line").loc[[3, 7], "ref"].tolist() == ["fn1", "fn1~2"]


FOOTNOTES = (
    "1. Teksts ar atsauci1.\n" + " " * 20 + "\n1 Pirmā piezīme.\n\n"
    "2. Vēl teksts ar atsauci1.\n" + " " * 20 + "\n1 Otrā piezīme.\n"
)


def _rng_bytes(n: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(n)


_CUT = LV.encode()[: LV.encode().index("ā".encode(), 9000) + 1]  # ends inside an "ā"

CASES = [
    Case("empty", _bytes(b""), (errors.EmptyDocumentError,)),
    Case(
        "whitespace only",
        _bytes(" \n\t\r\n \x0c\n\u00a0\n\u2028\n".encode()),
        (errors.EmptyDocumentError,),
    ),
    Case("binary random", _bytes(_rng_bytes(4096)), (errors.BinaryFileError, errors.DecodingError)),
    Case(
        "binary without NUL",
        _bytes(bytes(range(1, 256)) * 16),
        (errors.BinaryFileError, errors.DecodingError),
    ),
    Case(
        "gzip of a seed",
        _bytes(__import__("gzip").compress(LV.encode(), mtime=0)),
        (errors.BinaryFileError, errors.DecodingError),
    ),
    Case(
        "pdf",
        _bytes(
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 5 >>\nstream\n"
            + _rng_bytes(2000, 1)
            + b"\nendstream\nendobj\n%%EOF\n"
        ),
        (errors.BinaryFileError, errors.DecodingError),
    ),
    Case(
        "utf-16 with BOM",
        _bytes(LV.encode("utf-16")),
        check=_encoding("utf_16", _same_items_as("position_lv")),
    ),
    Case(
        "utf-16-be with BOM",
        _bytes(codecs.BOM_UTF16_BE + DA.encode("utf-16-be")),
        check=_same_items_as("position_da"),
    ),
    Case(
        "utf-16 without BOM",
        _bytes(LV.encode("utf-16-le")),
        check=_encoding("utf_16_le", _same_items_as("position_lv")),
    ),
    Case("utf-32 with BOM", _bytes(DA.encode("utf-32")), check=_same_items_as("position_da")),
    Case(
        "windows-1257",
        _bytes(LV.encode("cp1257")),
        check=_encoding("cp1257", _same_items_as("position_lv")),
    ),
    Case(
        "windows-1257 crlf",
        _bytes(BELARUS.replace("\n", "\r\n").encode("cp1257")),
        check=_encoding("cp1257", _same_items_as("belarus")),
    ),
    Case("latin-1", _bytes(DA.encode("latin-1")), check=_same_items_as("position_da")),
    Case(
        "utf-8 BOM",
        _bytes(codecs.BOM_UTF8 + LV.encode()),
        check=_encoding("utf_8_sig", _same_items_as("position_lv")),
    ),
    Case("crlf", _bytes(DA.replace("\n", "\r\n").encode()), check=_same_items_as("position_da")),
    Case("cr only", _bytes(DA.replace("\n", "\r").encode()), check=_same_items_as("position_da")),
    Case(
        "NUL bytes",
        _bytes(LV[:5000].encode() + b"\x00\x00" + LV[5000:].encode()),
        (errors.BinaryFileError,),
    ),
    Case("1 MB line", _bytes(("Padome atbalsta atmīnēšanu. " * 37000).encode())),
    Case("1 MB word then more lines", _bytes(b"x" * 1_000_000 + b"\nkonven-\ncija\n")),
    Case("html page", _bytes(_html_page(), "page.html"), check=_no_markup),
    Case(
        "html page saved as .txt",
        _bytes(_html_page().replace(b"<!DOCTYPE html>\n", b"")),
        check=_no_markup,
    ),
    Case(
        "html with an unclosed script",
        _bytes(b"<html><body><p>1. Teksts.</p><script>var a = 1;\n<p>2. Vairs nav skripts.</p>\n"),
        check=_read_as_text,
    ),
    Case(
        "no numbering",
        _bytes(re.sub(r"\d\d\.\d\d\.\d{4}", "jūnijs", NORWAY).encode()),
        check=_kinds("paragraph"),
    ),
    Case("numbering five deep", _bytes(NESTED.encode()), check=_nested),
    Case("mixed languages", _bytes(MIXED.encode())),
    Case("cut off mid-item", _bytes(_CUT), check=_cut, warning="1 invalid byte replaced"),
    Case("markup and templates", _bytes(MARKUP.encode()), check=_markup_kept),
    Case(
        "control characters",
        _bytes(("1. Teksts\x0c ar lapas\x0b pārtraukumu\u2028 un\x85 NEL.\n" * 3).encode()),
    ),
    Case(
        "only furniture",
        _bytes(b"9442/24   jub/JUB/aul 2\nPIELIKUMS RELEX.5  LV\n"),
        cli_warning="no items: none of its 2 lines of text opens an item: 2 furniture lines",
    ),
    Case("only markers", _bytes(b"1.\n2.\na.\n1)\nI-\n\n3.\n")),
    Case(
        "combining and rtl",
        _bytes("1. A\u0304 e\u0301 \u05e9\u05dc\u05d5\u05dd \U0001f600 \u200b\u00ad.\n".encode()),
    ),
    Case("footnotes sharing a number", _bytes(FOOTNOTES.encode()), check=_two_footnotes_numbered_1),
    Case("directory named x.txt", lambda tmp: _mkdir(tmp / "x.txt"), (errors.NotAFileError,)),
    Case("missing file", lambda tmp: tmp / "nowhere.txt", (errors.MissingFileError,)),
    # issue 17
    Case(
        "symbolic link loop",
        lambda tmp: _symlink(tmp / "loop.txt", "loop.txt"),
        (errors.UnreadableFileError,),
    ),
    Case(
        "broken symbolic link",
        lambda tmp: _symlink(tmp / "gone.txt", "nowhere.txt"),
        (errors.MissingFileError,),
    ),
    Case(
        "one invalid byte in UTF-8",
        _bytes(LV.encode()[:5000] + b"\xff" + LV.encode()[5000:]),
        (errors.DecodingError,),
    ),
]


def _symlink(path: Path, target: str) -> Path:
    path.symlink_to(target)
    return path


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input(tmp_path, case):
    path = case.make(tmp_path)
    if case.errors:
        with pytest.raises(case.errors) as info:
            polcompare.read(path)
        assert isinstance(info.value, errors.PolcompareError)
        assert str(path) in str(info.value) and info.value.source == str(path)
        return
    if case.warning:
        with pytest.warns(errors.PolcompareWarning, match=case.warning):
            doc = polcompare.read(path)
    else:
        doc = polcompare.read(path)
    assert_lossless(doc)
    if case.check:
        case.check(doc)


@pytest.mark.parametrize("case", [c for c in CASES if c.cli], ids=[c.name for c in CASES if c.cli])
def test_hostile_input_on_the_command_line(tmp_path, capsys, case):
    path = case.make(tmp_path)
    status = main(["items", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    if case.errors:
        assert status == 2
        assert err.count("\n") == 1 and err.startswith("polcompare: error: ") and str(path) in err
    else:
        expected = case.warning or case.cli_warning
        warned = f"polcompare: warning: {path}: {expected}" if expected else ""
        assert status == 0 and err.startswith(warned) and err.count("\n") == bool(warned)
        assert out.startswith("doc_id,")


@pytest.mark.slow
def test_fifty_megabytes_parse_losslessly(tmp_path):
    """The seeds repeated to 50 MB: nothing lost (its time is a goal of make bench)."""
    path = big_file(tmp_path / "big.txt", 50)
    doc = polcompare.read(path)
    copies = path.read_bytes().count(b"PIELIKUMS RELEX.5")
    assert len(doc.items) > 90_000 and copies > 500
    assert_lossless(doc)


def test_read_bytes_matches_read(tmp_path):
    path = tmp_path / "belarus.txt"
    path.write_bytes(SEED_FILES["belarus"].read_bytes())
    from_disk = polcompare.read(path)
    in_memory = read_bytes(path.read_bytes(), name="belarus.txt")
    assert in_memory.doc_id == from_disk.doc_id == "belarus"
    assert in_memory.items.equals(from_disk.items)
    assert in_memory.lines.equals(from_disk.lines)
    with pytest.raises(errors.BinaryFileError, match="<bytes>"):
        read_bytes(b"\x00\x01")


def test_long_word_followed_by_lines():
    """Regression: joining after a 20,000-character word took 5 s (quadratic regex).

    The time is a goal of make bench (``join_long_word_seconds``).
    """
    from polcompare.clean import join_lines

    joined = join_lines(["x" * 200_000 + "-", "y" * 200_000, "konven-", "cija"] * 5)
    assert joined.endswith("konvencija")


def test_cut_utf8_versus_a_last_windows_1257_letter():
    """A last lone lead byte is a cut UTF-8 letter only if UTF-8 letters come before it."""
    cut = decode("Latvijā kara".encode() + "ā".encode()[:1])
    assert (cut.encoding, cut.text) == ("utf_8", "Latvijā kara\ufffd")
    baltic = decode(b"Latvija kara" + "ā".encode("cp1257"))
    assert (baltic.encoding, baltic.text) == ("cp1257", "Latvija karaā")
