"""The Document: a source file read, cleaned and itemised, with every line traced."""

from __future__ import annotations

import bisect
import collections
import dataclasses
import hashlib
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .clean import Cleaned, clean, join_lines
from .errors import PolcompareWarning
from .io import Text, decode, detect_language, item_languages, load_text, neighbours
from .items import doc_id_from_name, item_key
from .languages import known_languages, normalize_language
from .parse import Block, Structure, parse_lines
from .parse.meta import read_meta

if TYPE_CHECKING:  # imported where a table is built: reading a document needs no pandas
    import pandas as pd

__all__ = ["Document", "read", "read_bytes", "concat_items", "ITEM_COLUMNS", "LINE_ROLES"]

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
    "label",
]

#: Where a source line can end up. Every non-blank line is in exactly one.
LINE_ROLES = ("item", "heading", "furniture", "footnote", "unparsed")


#: Heading kinds :meth:`Document.no_items_reason` names in words (the others are "other").
_HEADING_WORDS = {"contents": "table of contents", "title": "title", "omission": "omission"}

#: The other roles a line of a document with no items can have, as counted nouns.
_ROLE_NOUNS = {
    "furniture": "furniture line",
    "footnote": "footnote line",
    "unparsed": "unparsed line",
}


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _table(name: str, doc: str) -> property:
    """One of the Document's secondary tables, built on first use (see ``_tables``)."""

    def get(self: Document) -> pd.DataFrame:
        return self._tables[name]

    get.__doc__ = doc
    return property(get)


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
        ``position_paper``, ``conclusions``, ``statement``, ``legal_act``,
        ``national_law``, ``un_document``, ``resolution``, ``project_annex``,
        ``web_page`` or ``generic``, recognised from the text
        (``doc_type_reason`` says how).
    items : DataFrame
        One row per item; columns :data:`ITEM_COLUMNS`. ``number`` is a
        string ("3", "1.2.3", or "p4" for the fourth unnumbered paragraph),
        ``letter`` is empty when there is none; ``item_id`` is
        ``doc_id:section:number[letter]`` (a key met again in the same
        document, as when a text is pasted twice, takes ``section~2``,
        ``section~3``...); ``start_line``/``end_line`` are 1-based source lines.
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
    source_sha256 : str
        SHA-256 of the decoded text (UTF-8): which text the tables come from,
        whether it was read from a file or from bytes.
    replaced : int
        Invalid byte sequences decoded as U+FFFD (``errors="replace"``, or a
        UTF-8 file cut inside its last character); 0 when every byte decoded.
    """

    path: Path
    doc_id: str
    lang: str
    lang_detected: str
    lang_confidence: float
    encoding: str
    doc_type: str
    _layout: _Layout = field(repr=False, compare=False)
    source_format: str = "text"
    source_sha256: str = ""
    doc_type_reason: str = ""
    meta: dict = field(default_factory=dict, compare=False)
    replaced: int = 0

    # The tables are built on first use: a corpus run needs only the item
    # rows (see :func:`concat_items`), and building six DataFrames per file
    # cost more than parsing it. ``cached_property`` stores into the
    # instance's __dict__, which a frozen dataclass allows; the five tables
    # other than ``items`` are built together, once per Document.

    @cached_property
    def items(self) -> pd.DataFrame:
        """One row per item (see the class docstring), built on first use."""
        return items_frame([item_rows(self)])

    headings = _table("headings", "Headings and sub-headings, built on first use.")
    footnotes = _table("footnotes", "Footnotes and the items that carry their marks.")
    furniture = _table("furniture", "Page furniture taken out of the text, built on first use.")
    unparsed = _table("unparsed", "Text that belongs to no item or heading, built on first use.")
    lines = _table("lines", "Every source line with its role, built on first use.")

    @cached_property
    def _tables(self) -> dict[str, pd.DataFrame]:
        return self._layout.tables(self.doc_id)

    def no_items_reason(self) -> str:
        """Say where the text of a document with no items went; ``""`` when it has items.

        A document that yields no item contributes nothing to any count or chart, so
        the reader is told what its lines became instead, e.g. ``none of its 62 lines of
        text opens an item: 46 heading lines (41 table of contents, 5 other), 13 furniture
        lines, 3 unparsed lines``.
        """
        if len(self.items):
            return ""
        lines = self.lines
        text = lines[lines["role"] != "blank"]
        if text.empty:
            return "it has no line of text"
        kinds = dict(zip(self.headings["heading_id"], self.headings["kind"], strict=True))
        parts = []
        heads = text.loc[text["role"] == "heading", "ref"].map(kinds).fillna("heading")
        if len(heads):
            named = {k: int(n) for k, n in heads.value_counts().items() if k in _HEADING_WORDS}
            detail = [f"{n} {_HEADING_WORDS[k]}" for k, n in named.items()]
            other = len(heads) - sum(named.values())
            if other and detail:
                detail.append(f"{other} other")
            parts.append(
                _count(len(heads), "heading line") + (f" ({', '.join(detail)})" if detail else "")
            )
        for role, noun in _ROLE_NOUNS.items():
            n = int((text["role"] == role).sum())
            if n:
                parts.append(_count(n, noun))
        return f"none of its {_count(len(text), 'line')} of text opens an item: " + ", ".join(parts)

    def summary(self) -> dict:
        """Return the counts a reader checks first: items per section, what was set aside."""
        return {
            "doc_id": self.doc_id,
            "lang": self.lang,
            "doc_type": self.doc_type,
            "doc_type_reason": self.doc_type_reason,
            "meta": dict(self.meta),
            "encoding": self.encoding,
            "replaced": self.replaced,
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
    errors: str = "strict",
) -> Document:
    """Read, clean and itemise a document.

    Parameters
    ----------
    path : str or Path
        A plain-text file (UTF-8 with or without BOM, UTF-16 with or without
        BOM, Windows-1252, -1257, -1250, -1251, -1253, ISO-8859-13, ISO-8859-2, Latin-1;
        any line ends) or a web page
        saved as HTML (read as its text).
    lang : str, optional
        The document's language (ISO 639-1, any case: ``LV``, ``no`` for
        ``nb``); wins over detection. An unknown code raises
        :class:`~polcompare.languages.UnsupportedLanguageError`.
    encoding : str, optional
        Force a codec instead of detecting one.
    doc_id : str, optional
        Identifier for the tables; defaults to the file name without ``.txt``
        (or ``.html``, ``.htm``).
    errors : {"strict", "replace"}
        ``strict`` (the default): bytes that cannot be decoded raise
        :class:`~polcompare.errors.DecodingError`. ``replace``: they become
        U+FFFD, counted in :attr:`Document.replaced` and reported in a
        :class:`~polcompare.errors.PolcompareWarning` naming the file.

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
    lang = _given_language(lang, path)
    return _build(path, load_text(path, encoding=encoding, errors=errors), lang=lang, doc_id=doc_id)


def read_bytes(
    data: bytes,
    *,
    name: str = "<bytes>",
    lang: str | None = None,
    encoding: str | None = None,
    doc_id: str | None = None,
    errors: str = "strict",
) -> Document:
    """Read, clean and itemise a document held in memory (see :func:`read`).

    Parameters
    ----------
    data : bytes
        The file's bytes.
    name : str
        What errors and :attr:`Document.path` call the document; ``doc_id``
        defaults to it without ``.txt`` (or ``.html``, ``.htm``).
    lang, encoding, doc_id, errors
        As for :func:`read`.

    Returns
    -------
    Document

    Raises
    ------
    PolcompareError
        A subclass naming ``name`` and the problem (binary, empty, undecodable).
    """
    lang = _given_language(lang, name)
    return _build(
        Path(name),
        decode(data, source=name, encoding=encoding, errors=errors),
        lang=lang,
        doc_id=doc_id,
    )


def _given_language(lang: str | None, source: str | Path) -> str | None:
    """Normalise a language the caller gave (``LV`` -> ``lv``); an unknown code raises.

    Detected languages are not passed through here: detection may say
    ``und`` or a language without a file, and that is a result, not an error.
    """
    return None if lang is None else normalize_language(lang, source=str(source))


def _build(path: Path, decoded: Text, *, lang: str | None, doc_id: str | None) -> Document:
    source_lines = decoded.text.split("\n")
    if source_lines and source_lines[-1] == "":
        source_lines.pop()  # the newline that ends the last line
    cleaned = clean(source_lines)
    structure = parse_lines(cleaned.content, cleaned.chapter_numbers, cleaned.paragraph_breaks)
    content = "\n".join(ln.text for ln in cleaned.content)
    detected, confidence = detect_language(content)
    doc_id = doc_id or doc_id_from_name(path.name)
    doc_lang, item_langs = _item_languages(structure, content, lang, detected)
    document = _assemble(
        path,
        doc_id,
        doc_lang,
        item_langs,
        detected,
        confidence,
        decoded.encoding,
        source_lines,
        cleaned,
        structure,
    )
    if lang is not None and _reads_as_another(lang, detected, confidence):
        warnings.warn(
            f"{path}: the language was given as {lang}, but the text reads as {detected} "
            f"(p = {confidence:.2f}); it is parsed and tagged as {lang}",
            PolcompareWarning,
            stacklevel=3,
        )
    if decoded.replaced:
        warnings.warn(
            f"{path}: {decoded.replaced} invalid "
            f"{'byte' if decoded.replaced == 1 else 'bytes'} replaced by U+FFFD",
            PolcompareWarning,
            stacklevel=3,
        )
    notices = {ln.no for ln, kind in cleaned.furniture if kind == "page_notice"}
    return dataclasses.replace(
        document,
        replaced=decoded.replaced,
        source_format=decoded.format,
        source_sha256=hashlib.sha256(decoded.text.encode("utf-8")).hexdigest(),
        meta=read_meta(
            # a site's notice about the page states no date of the document's own
            # ("Innehållet publicerades under perioden 3 oktober 2014 till ...")
            ["" if no in notices else text for no, text in enumerate(source_lines, start=1)],
            [ln.text for ln, _ in cleaned.furniture],
            structure.blocks,
            document.lang,
            structure.doc_type,
        ),
    )


def _item_languages(
    structure: Structure, content: str, given: str | None, lang: str
) -> tuple[str, list[str]]:
    """Return the document's language and each item's (see :func:`~polcompare.io.item_languages`).

    A language the caller gave is every item's. An item too short or unclear to tell
    takes its parent's language ("(a) to continue the tasks ..." under an English
    paragraph of a Greek gazette), or the document's. A text detection leaves
    undetermined (``lang``) takes the language of more than half of its items' letters,
    if one has that much.
    """
    items = [b for b in structure.blocks if b.role == "item"]
    texts = [b.text for b in items]
    found = None if given else item_languages(texts, lang, content, known_languages())
    if found is None:
        return given or lang, [given or lang] * len(items)
    if lang == "und":
        letters: collections.Counter[str] = collections.Counter()
        for block, its in zip(items, found, strict=True):
            letters[its or "und"] += sum(map(str.isalpha, block.text))
        best, most = letters.most_common(1)[0] if letters else ("und", 0)
        if best != "und" and most * 2 > sum(letters.values()):
            lang = best
    of_block: dict[int, str] = {}
    for block, its in zip(items, found, strict=True):
        up = block.up
        of_block[id(block)] = its or (of_block.get(id(up), lang) if up else lang)
    return lang, [of_block[id(block)] for block in items]


#: How sure the detector must be before a language given by the caller is
#: said to disagree with the text.
_DISAGREE_CONFIDENCE = 0.95


def _reads_as_another(given: str, detected: str, confidence: float) -> bool:
    """Whether the text clearly reads as another language than the one given."""
    if detected in ("und", given) or confidence < _DISAGREE_CONFIDENCE:
        return False
    # a language given within a group the model confuses is not second-guessed
    return not neighbours(given, detected)


def _item_id(doc_id: str, section: str, block: Block) -> str:
    """Return ``doc:section:`` + the key of ``block``: "doc:body:4a", "doc:articles:2.1b"."""
    return f"{doc_id}:{section}:{item_key(block.number, block.letter)}"


def concat_items(docs: Iterable[Document]) -> pd.DataFrame:
    """Return the items of many documents as one table, in the given order.

    The same rows as ``pd.concat([d.items for d in docs], ignore_index=True)``
    (columns :data:`ITEM_COLUMNS`), built as one DataFrame from the parsed
    rows: for a corpus of small files this is several times faster than
    building and concatenating one table per document.

    Parameters
    ----------
    docs : iterable of Document

    Returns
    -------
    DataFrame
    """
    return items_frame(map(item_rows, docs))


def item_rows(doc: Document) -> ItemRows:
    """Return a document's item rows without building a DataFrame.

    For code that collects the items of many documents and wants to let each
    Document go before building one table (see ``polcompare.parallel``);
    :func:`items_frame` turns a list of these into a table.
    """
    return ItemRows(doc.doc_id, doc.lang, doc.doc_type, doc._layout.items)


class ItemRows(NamedTuple):
    """A document's items as plain rows (see :func:`item_rows`)."""

    doc_id: str
    lang: str
    doc_type: str
    rows: list[dict]


def items_frame(parts: Iterable[ItemRows]) -> pd.DataFrame:
    """Build one items table (columns :data:`ITEM_COLUMNS`) from :func:`item_rows` results."""
    import pandas as pd

    columns: dict[str, list] = {name: [] for name in ITEM_COLUMNS}
    for doc_id, _doc_lang, doc_type, rows in parts:
        for name, value in (("doc_id", doc_id), ("doc_type", doc_type)):
            columns[name].extend([value] * len(rows))
        columns["lang"].extend([row["lang"] for row in rows])  # the document's, or the item's own
        for name in ITEM_COLUMNS[3:]:
            columns[name].extend([row[name] for row in rows])
    if not columns["item_id"]:
        return pd.DataFrame(columns=ITEM_COLUMNS)
    return pd.DataFrame(columns, columns=ITEM_COLUMNS)


_HEADING_COLUMNS = [
    "doc_id",
    "heading_id",
    "kind",
    "part",
    "section",
    "text",
    "start_line",
    "end_line",
]
_FOOTNOTE_COLUMNS = ["doc_id", "footnote_id", "number", "text", "item_id", "start_line", "end_line"]
_FURNITURE_COLUMNS = ["doc_id", "line", "kind", "text"]
_UNPARSED_COLUMNS = [
    "doc_id",
    "block_id",
    "part",
    "section",
    "reason",
    "text",
    "start_line",
    "end_line",
]


class _Layout:
    """Where every source line went, kept to build the secondary tables on demand.

    Holds the cleaner's and parser's output and the id given to each block;
    :meth:`tables` turns them into the ``headings``, ``footnotes``,
    ``furniture``, ``unparsed`` and ``lines`` DataFrames (the Document
    keeps them).
    """

    def __init__(
        self,
        source_lines: list[str],
        cleaned: Cleaned,
        blocks: list[tuple[Block, str]],
        items: list[dict],
        notes: list[tuple],
    ) -> None:
        self.source_lines = source_lines
        self.cleaned = cleaned
        self.blocks = blocks  # (block, the id of what holds its lines)
        self.items = items  # item rows without doc_id, lang, doc_type
        self.notes = notes  # footnote rows without doc_id

    def tables(self, doc_id: str) -> dict[str, pd.DataFrame]:
        """Build the five secondary tables, with ``doc_id`` in each."""
        import pandas as pd

        role = dict(self.cleaned.roles)
        ref: dict[int, str] = {}
        headings, unparsed = [], []
        for block, target in self.blocks:
            if block.role == "heading":
                headings.append(
                    (
                        doc_id,
                        target,
                        block.kind,
                        block.part,
                        block.section,
                        join_text(block),
                        block.start_line,
                        block.end_line,
                    )
                )
            elif block.role != "item":
                unparsed.append(
                    (
                        doc_id,
                        target,
                        block.part,
                        block.section,
                        block.reason,
                        block.text,
                        block.start_line,
                        block.end_line,
                    )
                )
            for ln in block.lines:
                role[ln.no] = block.role
                ref[ln.no] = target
        for fn, note in zip(self.cleaned.footnotes, self.notes, strict=True):
            for ln in fn.lines:
                ref[ln.no] = note[0]
        for ln, kind in self.cleaned.furniture:
            ref[ln.no] = kind
        numbers = range(1, len(self.source_lines) + 1)
        return {
            "headings": pd.DataFrame(headings, columns=_HEADING_COLUMNS),
            "footnotes": pd.DataFrame(
                [(doc_id, *note) for note in self.notes], columns=_FOOTNOTE_COLUMNS
            ),
            "furniture": pd.DataFrame(
                [(doc_id, ln.no, kind, ln.text.strip()) for ln, kind in self.cleaned.furniture],
                columns=_FURNITURE_COLUMNS,
            ),
            "unparsed": pd.DataFrame(unparsed, columns=_UNPARSED_COLUMNS),
            "lines": pd.DataFrame(
                {
                    "doc_id": doc_id,
                    "line": numbers,
                    "role": [role.get(no, "blank") for no in numbers],
                    "ref": [ref.get(no, "") for no in numbers],
                    "text": self.source_lines,
                }
            ),
        }


def _assemble(
    path: Path,
    doc_id: str,
    lang: str,
    item_langs: list[str],
    detected: str,
    confidence: float,
    encoding: str,
    source_lines: list[str],
    cleaned: Cleaned,
    structure: Structure,
) -> Document:
    items: list[dict] = []
    blocks: list[tuple[Block, str]] = []
    n_headings = n_unparsed = 0
    seen: set[str] = set()
    last_k: dict[tuple[str, str, str], int] = {}  # the last "~k" each repeated key took
    parents: dict[tuple[str, str], str] = {}
    id_of: dict[int, str] = {}  # id(block) -> item_id, for blocks that say their parent
    section_of: dict[int, str] = {}  # id(block) -> its section, "articles~2" for a repeat
    for block in structure.blocks:
        if block.role == "item":
            key = (section := block.section, block.number, block.letter)
            above = section_of.get(id(block.up), "") if block.up is not None else ""
            if above.startswith(f"{section}~"):  # under "articles~2:1.3": "articles~2:1.3i"
                section = above
            item_id = _item_id(doc_id, section, block)
            if item_id in seen:  # never two items with one id: "intro~2", "intro~3"...
                k = last_k.get(key, 1)
                while item_id in seen:
                    k += 1
                    section = f"{block.section}~{k}"
                    item_id = _item_id(doc_id, section, block)
                last_k[key] = k
            seen.add(item_id)
            id_of[id(block)] = item_id
            section_of[id(block)] = section
            parent = ""
            if block.up is not None:
                parent = id_of.get(id(block.up), "")
            elif "." in block.number and not block.style:  # labelled hierarchies: 1.2 in 1
                parent = parents.get((section, block.number.rsplit(".", 1)[0]), "")
            if not block.style and not block.letter:
                parents[(section, block.number)] = item_id
            items.append(
                {
                    "lang": item_langs[len(items)],
                    "item_id": item_id,
                    "part": block.part,
                    "section": section,
                    "number": block.number,
                    "letter": block.letter,
                    "level": block.level,
                    "kind": block.kind,
                    "parent": parent,
                    "heading": _unmarked(block.heading),
                    "marker": block.marker,
                    "text": block.text,
                    "date": block.date,
                    "footnotes": "",
                    "start_line": block.start_line,
                    "end_line": block.end_line,
                    "label": block.label,
                }
            )
            target = item_id
        elif block.role == "heading":
            n_headings += 1
            target = f"h{n_headings}"
        else:
            n_unparsed += 1
            target = f"u{n_unparsed}"
        blocks.append((block, target))

    notes = []
    owners = _FootnoteOwners(items)
    row_of = {item["item_id"]: i for i, item in enumerate(items)}
    repeats: dict[str, int] = {}
    for fn in cleaned.footnotes:
        owner = owners.find(fn.number, fn.lines[0].no, fn.lines[0].text.startswith("[^"))
        repeats[fn.number] = repeats.get(fn.number, 0) + 1
        note_id = f"fn{fn.number}" + (f"~{repeats[fn.number]}" if repeats[fn.number] > 1 else "")
        notes.append((note_id, fn.number, fn.text, owner, fn.lines[0].no, fn.lines[-1].no))
        if owner:
            item = items[row_of[owner]]
            item["footnotes"] = ";".join(filter(None, [item["footnotes"], fn.number]))

    return Document(
        path=path,
        doc_id=doc_id,
        lang=lang,
        lang_detected=detected,
        lang_confidence=confidence,
        encoding=encoding,
        doc_type=structure.doc_type,
        doc_type_reason=f"{structure.grammar} grammar: {structure.reason}",
        _layout=_Layout(source_lines, cleaned, blocks, items, notes),
    )


#: A Markdown heading's mark at the start of a heading's line: "## ČÁST PRVNÍ".
_HEADING_MARK = re.compile(r"(?:^|(?<=\s))#{1,6} +")


def _unmarked(heading: str) -> str:
    """Return an item's heading without a Markdown copy's marks ("#### Předmět úpravy")."""
    return _HEADING_MARK.sub("", heading) if "# " in heading else heading


def join_text(block: Block) -> str:
    """Return a heading's full text, marker included ("1) Attiecībā uz ...")."""
    return join_lines([ln.text for ln in block.lines])


class _FootnoteOwners:
    """Find the nearest item before a footnote whose text carries its mark.

    A mark glued to a word ("destruktion1.") wins over one after a space
    ("iznīcināšanu 1."), which could also be a number in the text. The items
    carrying each mark are found once per number and document and searched by
    bisection, so a long document with many footnotes stays fast, and a
    second footnote numbered 1 (a text pasted twice) goes to the second item.
    """

    def __init__(self, items: list[dict]) -> None:
        self.items = items
        self.starts = [item["start_line"] for item in items]  # increasing: source order
        self.carriers: dict[tuple[str, str], list[int]] = {}

    @staticmethod
    def _pattern(number: str, how: str) -> re.Pattern[str]:
        number = re.escape(number)  # "*", "**": a note marked with asterisks
        if how == "markdown":  # "... 2001/931/CFSP [^1]." calls the note "[^1]: OJ L 344"
            return re.compile(rf"\s?\[\^{number}\]")
        if how == "link":  # a Markdown copy's "Lawrey[1](#f1) to Tange": the link goes
            return re.compile(rf"\[{number}\]\s?\(#[\w-]*?{number}\)")
        if how == "sup":  # Fedlex's converted "<sup>5</sup>" calling the note "[^5]: SR 946.202"
            return re.compile(rf"<sup>{number}</sup>")
        if how == "glued":  # "destruktion1. EU", "agenda** "
            return re.compile(rf"(?<=[^\W\d_]){number}(?=[\s.,;:)]|$)")
        return re.compile(rf"(?<=[^\W\d_]) {number}(?=[.,;:)](?:\s+[^\W\d_a-z]|$))")  # "... 1. ES"

    def _carriers(self, number: str, how: str) -> list[int]:
        key = (number, how)
        if key not in self.carriers:
            pattern = self._pattern(number, how)
            self.carriers[key] = [
                i for i, item in enumerate(self.items) if pattern.search(item["text"])
            ]
        return self.carriers[key]

    def find(self, number: str, line_no: int, markdown: bool = False) -> str:
        """Return the owner's ``item_id``, or "" when no item before ``line_no`` carries it.

        The mark is taken out of the owner's text ("destruktion1. EU" ->
        "destruktion. EU"); the item's ``footnotes`` column keeps it.
        """
        before = bisect.bisect_left(self.starts, line_no)  # items starting before the note
        # a Markdown note ("[^5]: SR 946.202") is called by its own mark or a converter's
        # superscript, never by a bare number in the text ("tritt am 5. Dezember 2014")
        hows = ("markdown", "link", "sup") if markdown else ("markdown", "link", "glued", "spaced")
        for how in hows:
            carriers = self._carriers(number, how)
            k = bisect.bisect_left(carriers, before)
            if k:
                item = self.items[carriers[k - 1]]
                marks = list(self._pattern(number, how).finditer(item["text"]))
                # more than one: which is the mark is not certain; a superscript stays (it may
                # be a paragraph's number the copy left in the text)
                if len(marks) == 1 and how != "sup":
                    m = marks[0]
                    item["text"] = item["text"][: m.start()] + item["text"][m.end() :]
                return item["item_id"]
        return ""
