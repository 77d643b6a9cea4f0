"""The Document: a source file read, cleaned and itemised, with every line traced."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .clean import Cleaned, clean, join_lines
from .io import Text, decode, detect_language, load_text
from .parse import Block, Structure, parse_lines

__all__ = ["Document", "read", "read_bytes", "ITEM_COLUMNS", "LINE_ROLES"]

#: Columns of :attr:`Document.items`, in order.
ITEM_COLUMNS = [
    "doc_id",
    "lang",
    "doc_type",
    "item_id",
    "part",
    "section",
    "number",
    "letter",
    "level",
    "kind",
    "parent",
    "heading",
    "marker",
    "text",
    "date",
    "footnotes",
    "start_line",
    "end_line",
]

#: Where a source line can end up. Every non-blank line is in exactly one.
LINE_ROLES = ("item", "heading", "furniture", "footnote", "unparsed")


@dataclass(frozen=True)
class Document:
    """A parsed source document.

    Attributes
    ----------
    path : Path
    doc_id : str
        Identifier used in every table (the file name without ``.txt``
        unless given).
    lang : str
        ISO 639-1 code used for matching (``lang=`` if given, else detected).
    lang_detected : str
        What language detection said (``und`` when unsure).
    lang_confidence : float
    encoding : str
    doc_type : str
        ``position_paper``, ``conclusions``, ``project_annex``, ``web_page`` or
        ``generic``, recognised from the text.
    items : DataFrame
        One row per item; columns :data:`ITEM_COLUMNS`. ``number`` is a
        string ("3", "1.2.3", or "p4" for the fourth unnumbered paragraph),
        ``letter`` is empty when there is none; ``item_id`` is
        ``doc_id:section:number[letter]``; ``start_line``/``end_line`` are
        1-based source lines.
    headings : DataFrame
        ``doc_id, heading_id, kind, part, section, text, start_line, end_line``.
    footnotes : DataFrame
        ``doc_id, footnote_id, number, text, item_id, start_line, end_line``;
        ``footnote_id`` is ``fn<number>`` (``fn1~2`` for a second footnote
        numbered 1), ``item_id`` the item whose text carries the footnote mark.
    furniture : DataFrame
        ``doc_id, line, kind, text``: page furniture taken out of the text.
    unparsed : DataFrame
        ``doc_id, block_id, part, section, reason, text, start_line,
        end_line``: text that belongs to no item or heading.
    lines : DataFrame
        ``doc_id, line, role, ref, text``: every source line, its role
        (``blank`` or one of :data:`LINE_ROLES`) and the id of what holds it.
    source_format : str
        ``text``, or ``html`` for a web page: then the "source lines" are the
        lines of the page's text (:func:`polcompare.io.html_to_text`), not of
        the HTML file.
    """

    path: Path
    doc_id: str
    lang: str
    lang_detected: str
    lang_confidence: float
    encoding: str
    doc_type: str
    items: pd.DataFrame
    headings: pd.DataFrame
    footnotes: pd.DataFrame
    furniture: pd.DataFrame
    unparsed: pd.DataFrame
    lines: pd.DataFrame
    source_format: str = "text"

    def summary(self) -> dict:
        """Return the counts a reader checks first: items per section, what was set aside."""
        return {
            "doc_id": self.doc_id,
            "lang": self.lang,
            "doc_type": self.doc_type,
            "encoding": self.encoding,
            "items": len(self.items),
            "sections": self.items.groupby("section", sort=False).size().to_dict(),
            "headings": len(self.headings),
            "footnotes": len(self.footnotes),
            "furniture": len(self.furniture),
            "unparsed_lines": int((self.lines["role"] == "unparsed").sum()),
        }


def read(
    path: str | Path,
    *,
    lang: str | None = None,
    encoding: str | None = None,
    doc_id: str | None = None,
) -> Document:
    """Read, clean and itemise a document.

    Parameters
    ----------
    path : str or Path
        A plain-text file (UTF-8 with or without BOM, UTF-16 with or without
        BOM, Windows-1257, Windows-1252/Latin-1; any line ends) or a web page
        saved as HTML (read as its text).
    lang : str, optional
        The document's language; wins over detection.
    encoding : str, optional
        Force a codec instead of detecting one.
    doc_id : str, optional
        Identifier for the tables; defaults to the file name without ``.txt``
        (or ``.html``, ``.htm``).

    Returns
    -------
    Document

    Raises
    ------
    PolcompareError
        A subclass naming the file and the problem (missing, a directory,
        binary, empty, undecodable).
    """
    path = Path(path)
    return _build(path, load_text(path, encoding=encoding), lang=lang, doc_id=doc_id)


def read_bytes(
    data: bytes,
    *,
    name: str = "<bytes>",
    lang: str | None = None,
    encoding: str | None = None,
    doc_id: str | None = None,
) -> Document:
    """Read, clean and itemise a document held in memory (see :func:`read`).

    Parameters
    ----------
    data : bytes
        The file's bytes.
    name : str
        What errors and :attr:`Document.path` call the document; ``doc_id``
        defaults to it without ``.txt`` (or ``.html``, ``.htm``).
    lang, encoding, doc_id
        As for :func:`read`.

    Returns
    -------
    Document

    Raises
    ------
    PolcompareError
        A subclass naming ``name`` and the problem (binary, empty, undecodable).
    """
    return _build(
        Path(name), decode(data, source=name, encoding=encoding), lang=lang, doc_id=doc_id
    )


def _build(path: Path, decoded: Text, *, lang: str | None, doc_id: str | None) -> Document:
    source_lines = decoded.text.split("\n")
    if source_lines and source_lines[-1] == "":
        source_lines.pop()  # the newline that ends the last line
    cleaned = clean(source_lines)
    structure = parse_lines(cleaned.content)
    content = "\n".join(ln.text for ln in cleaned.content)
    detected, confidence = detect_language(content)
    doc_id = doc_id or re.sub(r"\.(?:txt|html?)$", "", path.name, flags=re.IGNORECASE)
    document = _assemble(
        path,
        doc_id,
        lang or detected,
        detected,
        confidence,
        decoded.encoding,
        source_lines,
        cleaned,
        structure,
    )
    if decoded.format != "text":
        document = dataclasses.replace(document, source_format=decoded.format)
    return document


def _item_id(doc_id: str, block: Block, plus: int = 0) -> str:
    return f"{doc_id}:{block.section}{'+' * plus}:{block.number}{block.letter}"


def _assemble(
    path: Path,
    doc_id: str,
    lang: str,
    detected: str,
    confidence: float,
    encoding: str,
    source_lines: list[str],
    cleaned: Cleaned,
    structure: Structure,
) -> Document:
    role = {no: r for no, r in cleaned.roles.items()}
    ref: dict[int, str] = {}
    items, headings, unparsed = [], [], []
    seen: set[str] = set()
    pluses: dict[tuple[str, str, str], int] = {}  # how many "+" each repeated key took last
    parents: dict[tuple[str, str], str] = {}
    for block in structure.blocks:
        if block.role == "item":
            key = (block.section, block.number, block.letter)
            item_id = _item_id(doc_id, block)
            if item_id in seen:  # never two items with one id: "section+", "section++"...
                plus = pluses.get(key, 0)
                while item_id in seen:
                    plus += 1
                    item_id = _item_id(doc_id, block, plus)
                pluses[key] = plus
                block.section += "+" * plus
            seen.add(item_id)
            if block.level == 1 or block.kind in ("result", "item"):
                parents[(block.section, block.number)] = item_id
            parent = ""
            if block.kind == "subitem":
                parent = parents.get((block.section, block.number), "")
            elif "." in block.number:
                parent = parents.get((block.section, block.number.rsplit(".", 1)[0]), "")
            if block.kind in ("output", "activity") or "." in block.number:
                parents[(block.section, block.number)] = item_id
            items.append(
                {
                    "doc_id": doc_id,
                    "lang": lang,
                    "doc_type": structure.doc_type,
                    "item_id": item_id,
                    "part": block.part,
                    "section": block.section,
                    "number": block.number,
                    "letter": block.letter,
                    "level": block.level,
                    "kind": block.kind,
                    "parent": parent,
                    "heading": block.heading,
                    "marker": block.marker,
                    "text": block.text,
                    "date": block.date,
                    "footnotes": "",
                    "start_line": block.start_line,
                    "end_line": block.end_line,
                }
            )
            target = item_id
        elif block.role == "heading":
            target = f"h{len(headings) + 1}"
            headings.append(
                {
                    "doc_id": doc_id,
                    "heading_id": target,
                    "kind": block.kind,
                    "part": block.part,
                    "section": block.section,
                    "text": join_text(block),
                    "start_line": block.start_line,
                    "end_line": block.end_line,
                }
            )
        else:
            target = f"u{len(unparsed) + 1}"
            unparsed.append(
                {
                    "doc_id": doc_id,
                    "block_id": target,
                    "part": block.part,
                    "section": block.section,
                    "reason": block.reason,
                    "text": block.text,
                    "start_line": block.start_line,
                    "end_line": block.end_line,
                }
            )
        for ln in block.lines:
            role[ln.no] = block.role
            ref[ln.no] = target

    notes = []
    owners = _FootnoteOwners(items)
    row_of = {item["item_id"]: i for i, item in enumerate(items)}
    repeats: dict[str, int] = {}
    for fn in cleaned.footnotes:
        owner = owners.find(fn.number, fn.lines[0].no)
        repeats[fn.number] = repeats.get(fn.number, 0) + 1
        note_id = f"fn{fn.number}" + (f"~{repeats[fn.number]}" if repeats[fn.number] > 1 else "")
        notes.append(
            {
                "doc_id": doc_id,
                "footnote_id": note_id,
                "number": fn.number,
                "text": fn.text,
                "item_id": owner,
                "start_line": fn.lines[0].no,
                "end_line": fn.lines[-1].no,
            }
        )
        for ln in fn.lines:
            ref[ln.no] = note_id
        if owner:
            item = items[row_of[owner]]
            item["footnotes"] = ";".join(filter(None, [item["footnotes"], fn.number]))
    items_df = pd.DataFrame(items, columns=ITEM_COLUMNS)
    for ln, kind in cleaned.furniture:
        ref[ln.no] = kind

    lines_df = pd.DataFrame(
        {
            "doc_id": doc_id,
            "line": range(1, len(source_lines) + 1),
            "role": [role.get(no, "blank") for no in range(1, len(source_lines) + 1)],
            "ref": [ref.get(no, "") for no in range(1, len(source_lines) + 1)],
            "text": source_lines,
        }
    )
    return Document(
        path=path,
        doc_id=doc_id,
        lang=lang,
        lang_detected=detected,
        lang_confidence=confidence,
        encoding=encoding,
        doc_type=structure.doc_type,
        items=items_df,
        headings=pd.DataFrame(
            headings,
            columns=[
                "doc_id",
                "heading_id",
                "kind",
                "part",
                "section",
                "text",
                "start_line",
                "end_line",
            ],
        ),
        footnotes=pd.DataFrame(
            notes,
            columns=[
                "doc_id",
                "footnote_id",
                "number",
                "text",
                "item_id",
                "start_line",
                "end_line",
            ],
        ),
        furniture=pd.DataFrame(
            [
                {"doc_id": doc_id, "line": ln.no, "kind": kind, "text": ln.text.strip()}
                for ln, kind in cleaned.furniture
            ],
            columns=["doc_id", "line", "kind", "text"],
        ),
        unparsed=pd.DataFrame(
            unparsed,
            columns=[
                "doc_id",
                "block_id",
                "part",
                "section",
                "reason",
                "text",
                "start_line",
                "end_line",
            ],
        ),
        lines=lines_df,
    )


def join_text(block: Block) -> str:
    """Return a heading's full text, marker included ("1) Attiecībā uz ...")."""
    return join_lines([ln.text for ln in block.lines])


class _FootnoteOwners:
    """Find the first item before a footnote whose text carries its mark.

    A mark glued to a word ("destruktion1.") wins over one after a space
    ("iznīcināšanu 1."), which could also be a number in the text. Items come
    in source order, so the first item carrying a mark anywhere is the first
    before the footnote, if any is: each number's search runs once per
    document, not once per footnote (a long document stays linear).
    """

    def __init__(self, items: list[dict]) -> None:
        self.items = items
        self.first: dict[tuple[str, str], int | None] = {}

    def _first(self, number: str, how: str) -> int | None:
        key = (number, how)
        if key not in self.first:
            if how == "glued":
                pattern = re.compile(rf"(?<=[^\W\d_]){number}(?=[\s.,;:)]|$)")
            else:
                pattern = re.compile(rf"(?<=[^\W\d_] ){number}(?=[.,;:)])")
            self.first[key] = next(
                (i for i, item in enumerate(self.items) if pattern.search(item["text"])), None
            )
        return self.first[key]

    def find(self, number: str, line_no: int) -> str:
        """Return the owner's ``item_id``, or "" when no item before ``line_no`` carries it."""
        for how in ("glued", "spaced"):
            i = self._first(number, how)
            if i is not None and self.items[i]["start_line"] < line_no:
                return self.items[i]["item_id"]
        return ""
