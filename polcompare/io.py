"""Read files: checks, encodings, byte-order marks, line ends, language.

``load_text`` turns a path into text (or a clear :class:`PolcompareError`);
``detect_language`` guesses the language offline. ``read`` in
:mod:`polcompare.document` builds on both.
"""

from __future__ import annotations

import codecs
import collections
import errno
import fnmatch
import functools
import os
import re
import tempfile
import unicodedata
import warnings
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TextIO

from .errors import (
    BinaryFileError,
    DecodingError,
    EmptyDocumentError,
    MissingFileError,
    NotAFileError,
    PolcompareError,
    PolcompareWarning,
    UnreadableFileError,
)
from .languages import alphabets

__all__ = [
    "Text",
    "load_text",
    "decode",
    "html_to_text",
    "detect_language",
    "atomic_write",
    "atomic_write_file",
    "LANGUAGES",
    "ERRORS",
]

#: Languages polcompare has dictionaries and stemmers for.
LANGUAGES = ("lv", "da", "nb", "en")

# Encodings tried when the bytes are not UTF-8 and carry no BOM, in the order that decides
# a tie: the Windows code pages of the EU's languages (Windows-1252 Western European,
# 1257 Baltic, 1250 Central European, 1251 Cyrillic, 1253 Greek), the ISO ones their
# letters share but their quotation marks and a few letters do not (ISO-8859-13 Baltic:
# Latvian's „ ” are bytes Windows-1257 leaves undefined; ISO-8859-2 Central European:
# Polish ą, ś, ź are ±, ¶, Ľ in Windows-1250), then Latin-1 (covered by 1252 except for
# C1 control characters).
_FALLBACK_ENCODINGS = (
    "cp1252",
    "cp1257",
    "cp1250",
    "cp1251",
    "cp1253",
    "iso8859_13",
    "iso8859_2",
    "latin_1",
)
#: How a message names each of them.
_CODEC_NAMES = {
    "cp1252": "Windows-1252",
    "cp1257": "Windows-1257",
    "cp1250": "Windows-1250",
    "cp1251": "Windows-1251",
    "cp1253": "Windows-1253",
    "iso8859_13": "ISO-8859-13",
    "iso8859_2": "ISO-8859-2",
    "latin_1": "Latin-1",
}
_FALLBACK_NAMES = "Windows-1252, -1257, -1250, -1251, -1253, ISO-8859-13, ISO-8859-2 or Latin-1"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf_32"),
    (codecs.BOM_UTF32_BE, "utf_32"),
    (codecs.BOM_UTF8, "utf_8_sig"),
    (codecs.BOM_UTF16_LE, "utf_16"),
    (codecs.BOM_UTF16_BE, "utf_16"),
)

# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# Invisible characters that word processors and web pages put inside words: the soft
# hyphen (U+00AD, "&shy;"), the zero-width space (U+200B), the word joiner (U+2060) and
# a byte-order mark inside the text (U+FEFF). They split a word in two for the dictionaries
# and the search ("clear\u00adance" is not "clearance"), so they are taken out; a soft
# hyphen that ends a line becomes a hyphen, so that the line joins the next as a word
# broken at the line's end does. Zero-width (non-)joiners and direction marks are kept:
# they change how some scripts are written.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_SOFT_HYPHEN_AT_LINE_END = re.compile("\u00ad[ \t\u00ad\u200b\u2060\ufeff]*$", re.MULTILINE)


@dataclass(frozen=True)
class Text:
    r"""Decoded text of a file.

    Attributes
    ----------
    text : str
        The text with line ends normalised to ``\\n`` and any BOM removed.
    encoding : str
        The codec name that decoded the bytes.
    format : str
        ``text``, or ``html`` when the bytes were a web page (an HTML
        document): then ``text`` is the page's text (see :func:`html_to_text`).
    replaced : int
        Invalid byte sequences replaced by U+FFFD (``errors="replace"``, or
        a UTF-8 file cut inside its last character); 0 when every byte decoded.
    """

    text: str
    encoding: str
    format: str = "text"
    replaced: int = 0


#: What ``errors=`` may be: reject undecodable bytes, or replace them by U+FFFD.
ERRORS = ("strict", "replace")

_LENIENT_HINT = "; read it with errors='replace' (--errors replace) to get U+FFFD for bad bytes"


def load_text(path: str | Path, *, encoding: str | None = None, errors: str = "strict") -> Text:
    """Read a text file, detecting its encoding.

    Parameters
    ----------
    path : str or Path
        The file to read.
    encoding : str, optional
        Force this codec instead of detecting one.
    errors : {"strict", "replace"}
        ``replace``: bytes that are not valid in the codec become U+FFFD,
        counted in :attr:`Text.replaced`, instead of a :class:`DecodingError`.

    Returns
    -------
    Text

    Raises
    ------
    MissingFileError, NotAFileError, UnreadableFileError, BinaryFileError,
    EmptyDocumentError, DecodingError
        Subclasses of :class:`~polcompare.errors.PolcompareError`, each naming
        the file and the reason.
    """
    path = Path(path)
    if not path.exists():
        raise _missing(path)
    if not path.is_file():
        kind = "a directory" if path.is_dir() else "not a regular file"
        raise NotAFileError(path, f"is {kind}, expected a text file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(path, f"cannot be read ({exc.strerror or exc})") from exc
    return decode(data, source=path, encoding=encoding, errors=errors)


def _missing(path: Path) -> PolcompareError:
    """Return the error for a path that leads to no file: missing, a broken link, a loop."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return UnreadableFileError(path, "is a symbolic link loop (it leads back to itself)")
    if path.is_symlink():
        return MissingFileError(
            path, f"is a symbolic link to {os.readlink(path)}, which does not exist"
        )
    return MissingFileError(path, "no such file")


def decode(
    data: bytes,
    *,
    source: str | Path = "<bytes>",
    encoding: str | None = None,
    errors: str = "strict",
) -> Text:
    """Decode bytes into :class:`Text` (see :func:`load_text`).

    The text is NFC-normalised (so "ā" is one character however it was
    written). The order of attempts: a forced ``encoding``; a byte-order mark (UTF-8,
    UTF-16, UTF-32); strict UTF-8 (UTF-8 with a few bad bytes, see ``_mostly_utf8``, is a
    :class:`DecodingError`, not a code page's text); among the decodings charset-normalizer finds
    in Windows-1252, -1257, -1250, -1251, -1253, ISO-8859-13, ISO-8859-2 and Latin-1, the
    one whose letters
    belong to the alphabet of the language it reads as.

    A file cut off inside its last UTF-8 character is still UTF-8 (the broken
    character becomes U+FFFD, counted in :attr:`Text.replaced`) if UTF-8
    letters come before it. UTF-16 without
    a byte-order mark is recognised by its zero bytes (one in every two, for
    text in Latin letters). A web page (text starting with ``<!DOCTYPE html``
    or ``<html``) becomes its text, see :func:`html_to_text`.

    With ``errors="replace"``, bytes invalid in the codec become U+FFFD
    (counted in :attr:`Text.replaced`): in a forced encoding or one a
    byte-order mark names; else UTF-8 when more of its multi-byte letters
    decode than fail (one bad byte in a UTF-8 file), else the code pages as
    above, else UTF-8 with replacements.
    """
    if errors not in ERRORS:
        raise PolcompareError(source, f"unknown errors={errors!r} (expected strict or replace)")
    if not data:
        raise EmptyDocumentError(source, "the file is empty")
    if data.startswith(b"PAR1") and data.endswith(b"PAR1"):
        # `report corpus.parquet` said "contains NUL bytes; it looks like a binary file"
        raise BinaryFileError(
            source,
            "is a Parquet file (as polcompare corpus writes), not a text; give the folders of "
            "texts, or in Python polcompare.compare(items=pandas.read_parquet(...))",
        )
    kind = _office_or_pdf(data)
    if kind is not None:
        raise BinaryFileError(
            source, f"is {kind}, not plain text; save it as plain text (.txt, UTF-8) first"
        )
    if encoding is not None:
        try:
            text, replaced = _decode(data, encoding, errors)
        except LookupError as exc:
            raise DecodingError(source, f"unknown encoding {encoding!r}") from exc
        except UnicodeDecodeError as exc:
            raise DecodingError(
                source, f"bytes at offset {exc.start} are not valid {encoding}{_LENIENT_HINT}"
            ) from exc
        return _finish(text, encoding, source, replaced)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text, replaced = _decode(data, codec, errors)
            except UnicodeDecodeError as exc:
                raise DecodingError(
                    source,
                    f"starts with a {codec} byte-order mark but is not valid {codec}"
                    + _LENIENT_HINT,
                ) from exc
            return _finish(text, codec, source, replaced)
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise BinaryFileError(source, "contains NUL bytes; it looks like a binary file")
        return _finish(data.decode(codec), codec, source)
    try:
        return _finish(data.decode("utf_8"), "utf_8", source)
    except UnicodeDecodeError as exc:
        cut = exc.end == len(data) and exc.reason == "unexpected end of data"
        if cut and not data[: exc.start].isascii():
            # A file cut off inside its last character (a truncated download
            # or copy), whose other non-ASCII letters are UTF-8: the broken
            # character shows as U+FFFD. (With nothing but ASCII before it,
            # the last byte may be a Windows-1257 letter: see below.)
            return _finish(data[: exc.start].decode("utf_8") + "\ufffd", "utf_8", source, 1)
        offset = exc.start
    text, replaced = _decode(data, "utf_8", "replace")
    if _mostly_utf8(text, replaced):
        # UTF-8 with a stray byte (a Latin-1 "é" pasted in): a code page would decode it
        # all, silently, as "Ĺ˝eljko KomĹˇiÄ‡"
        if errors == "replace":
            return _finish(text, "utf_8", source, replaced)
        raise DecodingError(
            source,
            f"is UTF-8 but for {replaced} invalid byte{'s' if replaced > 1 else ''} "
            f"(the first at offset {offset}){_LENIENT_HINT}",
        )
    import charset_normalizer  # 15 ms to import: only for text that is not UTF-8

    matches = list(charset_normalizer.from_bytes(data, cp_isolation=list(_FALLBACK_ENCODINGS)))
    if not matches:
        if errors == "replace":
            return _finish(text, "utf_8", source, replaced)
        raise DecodingError(
            source,
            f"is neither UTF-8 nor {_FALLBACK_NAMES} text "
            f"(byte {offset} is not valid UTF-8){_LENIENT_HINT}",
        )
    # charset-normalizer cannot tell one code page from another on short texts
    # (several decode without "chaos"); the letters decide: Latvian read as 1252
    # shows a-circumflex, eth, thorn...; Danish read as 1257 shows e-ogonek,
    # u-ogonek; Czech read as 1252 shows o-slash, i-grave ("Pøedchozí"); Polish read
    # as 1257 shows superscript three ("przyjź³a").
    decoded = [(str(m), m.encoding) for m in matches]
    ranked = sorted(((_misfit(*pair), *pair) for pair in decoded), key=lambda r: r[0])
    (foreign, undetermined, *_), text, codec = ranked[0]
    # other code pages that read other letters as few of them stray: a close call
    rivals = [c for m, t, c in ranked[1:] if t != text and (undetermined or m[0] == foreign)]
    # charset-normalizer reports one of the code pages that decode the bytes alike (German
    # reads the same in Windows-1250 as in 1252): name the first of them in our order.
    for earlier in _FALLBACK_ENCODINGS[: _FALLBACK_ENCODINGS.index(codec)]:
        try:
            if data.decode(earlier) == text:
                codec = earlier
                break
        except UnicodeDecodeError:
            continue
    if rivals and (foreign or undetermined):
        why = (
            "too little text to tell its language"
            if undetermined
            else f"{_CODEC_NAMES.get(rivals[0], rivals[0])} reads it with as few stray letters"
        )
        warnings.warn(
            f"{source}: not UTF-8; read as {_CODEC_NAMES.get(codec, codec)}, a guess ({why}),"
            f" which reads {_shown(text)}; if that is wrong, save the file as UTF-8 or give "
            "its encoding (read(path, encoding=...))",
            PolcompareWarning,
            stacklevel=3,
        )
    return _finish(text, codec, source)


def _shown(text: str) -> str:
    """Return the first three words beyond ASCII in ``text``, quoted, for a message."""
    words = list(dict.fromkeys(re.findall(r"\S*[^\x00-\x7f]\S*", text)))[:3]
    return ", ".join(f'"{w[:40]}"' for w in words)


def _decode(data: bytes, codec: str, errors: str) -> tuple[str, int]:
    """Return ``data`` decoded and how many U+FFFD ``errors="replace"`` put in."""
    text = data.decode(codec, errors)
    if errors == "strict" or "\ufffd" not in text:
        return text, 0
    # U+FFFD the file itself holds survive "ignore"; the difference is what was replaced.
    return text, text.count("\ufffd") - data.decode(codec, "ignore").count("\ufffd")


def _mostly_utf8(text: str, replaced: int) -> bool:
    """Whether a leniently decoded UTF-8 text has more good non-ASCII letters than bad bytes.

    Or a few bad bytes beside a UTF-8 dash or quotation mark: its three bytes read in a code
    page are themselves garbled ("â€“"), never a text's own letters.
    """
    good = sum(1 for ch in text if not ch.isascii() and ch != "\ufffd")
    if good > replaced:
        return True
    return replaced <= 3 and any("\u2010" <= ch <= "\u20cf" for ch in text)


# Characters beyond ASCII that any of these languages' texts hold (dashes, quotation marks,
# the euro, the section sign, the acute accent typed for an apostrophe...): they tell no
# code page from another.
_SHARED_SIGNS = frozenset(
    "\u00a0\u2013\u2014\u2011\u201e\u201c\u201d\u201a\u2018\u2019«»…•€§°©®±×·¶™´"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SIGN_IN_WORD = re.compile(r"(?<=[^\W\d_])[±¶·×°©®™´§¤](?=[^\W\d_])")
_NON_ASCII_WORD = re.compile(r"[^\W\d_]*[^\x00-\x7f][^\W\d_]*")


def _misfit(text: str, codec: str) -> tuple[int, bool, int, int, float, int, int]:
    """Rank a decoding of bytes that are not UTF-8: the lowest is the likeliest.

    First the characters beyond ASCII that are not letters of the language the decoded
    text reads as (a code page read as another gives letters of no one language: Czech
    read as Windows-1252 has o-slash beside i-grave), then whether that language is
    undetermined, then the words that mix Latin letters with Greek or Cyrillic ones
    ("Franзais": an English text read as Windows-1251), then the same count as the first
    for the best-fitting language (the ``letters`` of each language file), then how sure
    the language detector is (Greek read as Windows-1251 is Russian, but barely), then the letters
    outside the dictionaries' languages (:data:`LANGUAGES`: a text too short to tell its
    language is more likely one of them), then :data:`_FALLBACK_ENCODINGS`' order.
    """
    order = _FALLBACK_ENCODINGS.index(codec) if codec in _FALLBACK_ENCODINGS else 99
    counts = collections.Counter(
        ch.lower() for ch in _NON_ASCII.findall(text) if ch not in _SHARED_SIGNS
    )
    # a sign between two letters is a letter misread: Polish ISO-8859-2 read as Windows-1250
    # gives "maj±cych", "większo¶ć" (ą, ś), which passed as text of shared signs
    counts.update(_SIGN_IN_WORD.findall(text))
    if not counts:
        return (0, False, 0, 0, 0.0, 0, order)

    def foreign(alphabet: frozenset[str]) -> int:
        return sum(n for ch, n in counts.items() if ch not in alphabet)

    letters = alphabets()
    best = min(map(foreign, letters.values()))
    lang, prob = detect_language(text)
    undetermined = lang not in letters
    own = best if undetermined else foreign(letters[lang])
    mixed = sum(1 for word in _NON_ASCII_WORD.findall(text) if _mixes_scripts(word))
    sure = 0.0 if undetermined else -round(prob, 2)  # a real difference, not noise
    core = frozenset().union(*(letters[code] for code in LANGUAGES))
    return (own, undetermined, mixed, best, sure, foreign(core), order)


def _mixes_scripts(word: str) -> bool:
    """Whether a word holds Latin letters and Greek or Cyrillic ones."""
    latin = any(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in word)
    return latin and any("\u0370" <= ch <= "\u04ff" for ch in word)


def _office_or_pdf(data: bytes) -> str | None:
    """Name the format of a word-processor file or PDF saved under a text name, else None.

    Read by its signature: a PDF, a ZIP archive (Word .docx, OpenDocument,
    Excel .xlsx), an old Office file (.doc, .xls), an RTF file.
    """
    if data.startswith(b"%PDF-"):
        return "a PDF file"
    if data.startswith(b"{\\rtf"):
        return "an RTF file (rich text)"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "an old Word or Excel file (.doc, .xls)"
    if data.startswith(b"PK\x03\x04"):
        head = data[:4096]
        if b"word/" in head:
            return "a Word document (.docx)"
        if b"opendocument" in head:
            return "an OpenDocument file (.odt, .ods)"
        if b"xl/" in head:
            return "an Excel workbook (.xlsx)"
        return "a ZIP archive (a .docx or .odt file?)"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf_16_le``/``utf_16_be`` if ``data`` reads as UTF-16 text without a BOM, else None.

    Text in Latin letters has a zero in one byte of nearly every pair (the
    high byte) and almost never in the other, and reads as letters without
    control characters; binary data does not keep to that.
    """
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    pairs = len(data) // 2
    for codec, high, low in (("utf_16_le", odd, even), ("utf_16_be", even, odd)):
        if high >= 0.5 * pairs and low <= 0.01 * pairs:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            visible = "".join(text.split())
            letters = sum(map(str.isalpha, visible))
            return codec if not _CONTROL.search(text) and letters >= 0.5 * len(visible) else None
    return None


def _finish(text: str, encoding: str, source: str | Path, replaced: int = 0) -> Text:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = _visible(unicodedata.normalize("NFC", text))
    if not text.strip():
        raise EmptyDocumentError(source, "holds only white space")
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(8, len(text) // 100):
        raise BinaryFileError(source, f"contains {controls} control characters; not a text file")
    if _HTML_START.match(text):
        page = html_to_text(text)
        if page is not None:
            page = _visible(page)  # "&shy;" and "&#8203;" are decoded by html_to_text
            if not page.strip():
                raise EmptyDocumentError(source, "is a web page (HTML) without any text")
            return Text(page, encoding, "html", replaced)
    return Text(text, encoding, replaced=replaced)


def _visible(text: str) -> str:
    """Return ``text`` without the invisible characters of :data:`_INVISIBLE`."""
    if not _INVISIBLE.search(text):
        return text
    text = _SOFT_HYPHEN_AT_LINE_END.sub("-", text)
    return _INVISIBLE.sub("", text)


# --- web pages ------------------------------------------------------------------

# A web page starts with its doctype or <html> (after white space, an XML
# declaration or comments). Markup inside plain text ("<script>" quoted in a
# paragraph) does not make a web page.
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])",
    re.IGNORECASE | re.DOTALL,
)

# Elements whose start and end break the line; those in _PARAGRAPHS also
# leave a blank line, as a page saved as text from a browser does.
_PARAGRAPHS = frozenset(
    "address article aside blockquote body caption details dialog dl fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup main nav ol p pre section summary "
    "table title ul".split()
)
_LINES = _PARAGRAPHS | frozenset("br dd div dt hr li option tr head html".split())
_CELLS = frozenset(("td", "th"))
# Not text: program code and inert templates.
_CODE = frozenset(("script", "style", "template"))
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


class _PageText(HTMLParser):
    """Collect a page's text: one line per block element, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.code = 0  # depth inside script, style, template
        self.pre = 0  # depth inside pre (white space kept)

    def handle_starttag(self, tag: str, attrs) -> None:  # noqa: D102
        self._tag(tag, +1)

    def handle_endtag(self, tag: str) -> None:  # noqa: D102
        self._tag(tag, -1)

    def handle_startendtag(self, tag: str, attrs) -> None:  # noqa: D102
        if tag in _LINES:
            self.parts.append("\n")

    def _tag(self, tag: str, step: int) -> None:
        if tag in _CODE:
            self.code = max(0, self.code + step)
        elif tag == "pre":
            self.pre = max(0, self.pre + step)
        if tag in _PARAGRAPHS:
            self.parts.append("\n\n")
        elif tag in _LINES:
            self.parts.append("\n")
        elif tag in _CELLS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:  # noqa: D102
        if self.code:
            return
        self.parts.append(data if self.pre else _HTML_SPACE.sub(" ", data))


#: Documents saved in a format polcompare does not read, named when a folder holds them.
NOT_PLAIN_TEXT = frozenset({".doc", ".docx", ".odt", ".pdf", ".rtf", ".pages", ".htm", ".html"})


def files_below(folder: str | Path, pattern: str = "*.txt") -> list[Path]:
    """Entries named like ``pattern`` (in any case) at any depth below ``folder``, sorted.

    Folders that cannot be listed are in the list too, and so are folders named
    like a document (``x.txt``): reading them names the problem, rather than
    their documents going missing without a word. Documents saved as Word, PDF or
    HTML files below it are named in one :class:`PolcompareWarning`: they are not read.
    """
    found: list[Path] = []
    unlisted: list[Path] = []
    other: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=lambda e: unlisted.append(Path(e.filename))):
        # any case: Windows and old DOS tools name files ``PAPER.TXT``
        found.extend(
            Path(root, n) for n in (*dirs, *files) if fnmatch.fnmatch(n.lower(), pattern.lower())
        )
        other.extend(Path(root, n) for n in files if Path(n).suffix.lower() in NOT_PLAIN_TEXT)
    if other:  # a user who saved documents as Word or PDF files learns they were not read
        names = ", ".join(p.relative_to(folder).as_posix() for p in sorted(other)[:3])
        more = f" and {len(other) - 3} more" if len(other) > 3 else ""
        warnings.warn(
            f"{folder}: {len(other)} document file{'s' if len(other) > 1 else ''} not read "
            f"({names}{more}): only {pattern} files are; save a document as plain text "
            "(UTF-8) to read it",
            PolcompareWarning,
            stacklevel=2,
        )
    # a folder named like a document (``x.txt``) that cannot be listed is both: once
    return sorted(set(found).union(unlisted))


def list_folder(path: str | Path, *, consequence: str = "") -> list[str]:
    """Return the names in a folder, sorted.

    Raises
    ------
    UnreadableFileError
        The folder cannot be listed ("folder cannot be listed (Permission
        denied)", then ``consequence``, e.g. "; no document in it was read").
    """
    try:
        with os.scandir(path) as entries:
            return sorted(entry.name for entry in entries)
    except OSError as exc:
        raise UnreadableFileError(
            path, f"folder cannot be listed ({exc.strerror or exc}){consequence}"
        ) from exc


def html_to_text(page: str) -> str | None:
    """Turn a web page (HTML) into plain text lines, or None if it is not one.

    Each block element (``p``, ``h1``-``h6``, ``li``, ``div``, ``tr``, ``br``,
    the ``title``...) starts a line, paragraphs and headings are set apart by a
    blank line; inline markup (``b``, ``a``, ``span``...) disappears and
    character references are decoded (``&amp;`` is ``&``). White space runs
    collapse to one space, except inside ``pre``. What is not text is left
    out: tags and their attributes, comments, the doctype, and the content of
    ``script``, ``style`` and ``template``. A page that ends inside one of
    those (an unclosed ``<script>`` would swallow the rest of the page) gives
    None: it is then read as plain text, markup and all, rather than lose text.

    Parameters
    ----------
    page : str

    Returns
    -------
    str or None
    """
    parser = _PageText()
    try:
        parser.feed(page)
        parser.close()
    except AssertionError:  # html.parser gives up on some malformed declarations
        return None
    if parser.code:
        return None
    lines = [line.strip(" ") for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


# --- language -----------------------------------------------------------------

# py3langid's model says "no" for Norwegian; we report Bokmal as "nb".
_LANGID_ALIASES = {"no": "nb"}

#: Below this normalised probability the answer is ``und`` (undetermined).
#: Chosen on tests/data/langid_eval.tsv and the seed items (see the README).
MIN_CONFIDENCE = 0.6
#: Language is guessed from this many characters, taken in three equal windows
#: at the start, middle and end of a longer text (so a cover note in another
#: language cannot decide alone). The model's cost grows with the sample; on
#: random 300-character windows of the seeds it was never wrong (1,000 windows,
#: lowest probability 0.85).
SAMPLE_CHARS = 900
#: Texts with fewer letters than this are ``und``.
MIN_LETTERS = 20


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    model = _unpacked_model(Path(MODEL_DIR) / MODEL_FILE)
    if model is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ptc, pc, classes, nextmove, row, output = model
    identifier = LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=())
    # py3langid turns every row offset into ``row << 8`` in a Python list when it is built
    # (104,583 numbers, 10-20 ms of each process's start-up and 4 MB of its memory): the
    # same numbers, made by numpy and read through a memoryview, as the DFA walk reads them.
    import numpy as np

    identifier.tk_row = row
    identifier._rowbase = memoryview(np.left_shift(np.asarray(row, dtype=np.int64), 8))
    return identifier


#: The arrays of py3langid's model, as :func:`_unpacked_model` keeps them.
_MODEL_ARRAYS = ("ptc", "pc", "nextmove", "nextmove_row", "out_feat")
#: The model's arrays mapped from the cache (numpy memmaps), for :func:`release_model_pages`.
_MAPPED: list = []


def release_model_pages() -> None:
    """Unmap the pages of the language model this process has read; the next text maps them again.

    The model is mapped from the cache (68 MB, see :func:`_unpacked_model`), and
    every page a text's detection touches stays in the process's resident memory:
    over a corpus that is tens of MB, growing with the number of documents until
    the whole model is in. Told to let them go (``madvise(MADV_DONTNEED)``), the
    process keeps none; they stay in the system's file cache, so reading them
    again costs a page fault, not a disk read. ``polcompare.parallel`` calls this
    after each chunk of documents, bounding that memory by the chunk.
    """
    import mmap

    advice = getattr(mmap, "MADV_DONTNEED", None)
    if advice is None:  # pragma: no cover - not Linux or macOS
        return
    for array in _MAPPED:
        mapped = getattr(array, "_mmap", None)
        if mapped is not None:
            try:
                mapped.madvise(advice)
            except (OSError, ValueError):  # pragma: no cover - closed or not supported
                pass


def langid_cache_dir() -> Path | None:
    """Where the language model is kept unpacked, or None (``POLCOMPARE_LANGID_CACHE=off``).

    ``$POLCOMPARE_LANGID_CACHE``, else ``$XDG_CACHE_HOME/polcompare/langid``
    (``~/.cache/polcompare/langid``).
    """
    given = os.environ.get("POLCOMPARE_LANGID_CACHE")
    if given:
        return None if given.lower() in ("off", "0", "no", "none") else Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "polcompare" / "langid"


def _unpacked_model(packed: Path):
    """py3langid's model from an unpacked copy on disk, mapped into memory; None: unavailable.

    py3langid ships its model LZMA-compressed (4.6 MB); unpacking it takes
    about 0.5 s of every process that detects a language. The first process
    writes the arrays, uncompressed (68 MB), into :func:`langid_cache_dir`
    under a name made of the package version and the compressed file's
    SHA-256; later ones map them (``numpy.load(mmap_mode="r")``), so only
    the pages a text touches are read, and processes share them. The arrays
    are the same as ``py3langid.modelio.load_model`` returns, so results are
    identical. Any problem with the cache (read-only home, a full disk, a
    damaged file) falls back to unpacking in memory.
    """
    import json

    import numpy as np

    folder = langid_cache_dir()
    if folder is None:
        return None
    try:
        where = folder / _model_folder(packed, folder)
        classes = json.loads((where / "classes.json").read_text(encoding="utf-8"))
        arrays = {k: np.load(where / f"{k}.npy", mmap_mode="r") for k in _MODEL_ARRAYS}
        _MAPPED[:] = arrays.values()
        return (
            arrays["ptc"],
            np.asarray(arrays["pc"]),
            classes,
            memoryview(arrays["nextmove"]),
            memoryview(arrays["nextmove_row"]),
            memoryview(arrays["out_feat"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _model_folder(packed: Path, folder: Path) -> str:
    """Return the name of the unpacked copy of ``packed`` in ``folder``; unpack it if needed.

    The name is made of py3langid's version and the packed file's SHA-256. Hashing
    the 4.6 MB file (15 ms) and asking for the version (3 ms) at every start-up is
    spared by ``index.json``, which maps the packed file's path, size and
    modification time to that name; a file that changed (a new py3langid) is
    hashed again. An index that cannot be read or written only costs the hash.
    """
    import hashlib
    import json
    from importlib.metadata import version

    stat = packed.stat()
    key = f"{packed.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    index_file = folder / "index.json"
    try:
        index = json.loads(index_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        index = {}
    name = index.get(key) if isinstance(index, dict) else None
    if isinstance(name, str) and (folder / name / "classes.json").is_file():
        return name
    digest = hashlib.sha256(packed.read_bytes()).hexdigest()[:16]
    name = f"py3langid-{version('py3langid')}-{digest}"
    if not (folder / name / "classes.json").is_file():
        _unpack_model(packed, folder / name)
    if not isinstance(index, dict) or len(index) > 16:  # one entry per installation seen
        index = {}
    index[key] = name
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(index, fh)
        os.replace(tmp, index_file)
    except OSError:
        pass
    return name


def _unpack_model(packed: Path, where: Path) -> None:
    """Write the model's arrays to ``where`` (``classes.json`` last: it marks a whole copy)."""
    import io
    import json
    import lzma

    import numpy as np

    where.mkdir(parents=True, exist_ok=True)
    with np.load(io.BytesIO(lzma.decompress(packed.read_bytes())), allow_pickle=False) as data:
        for key in _MODEL_ARRAYS:
            fd, tmp = tempfile.mkstemp(dir=where, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                np.save(fh, data[key], allow_pickle=False)
            os.replace(tmp, where / f"{key}.npy")
        classes = json.dumps(data["classes"].tolist())
    fd, tmp = tempfile.mkstemp(dir=where, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(classes)
    os.replace(tmp, where / "classes.json")


def detect_language(text: str) -> tuple[str, float]:
    """Guess the language of ``text`` offline.

    Uses py3langid's bundled naive-Bayes model (97 languages, no download).

    Parameters
    ----------
    text : str

    Returns
    -------
    (str, float)
        An ISO 639-1 code (``nb`` for Norwegian Bokmal) and the model's
        normalised probability; ``("und", p)`` when the text has fewer than
        :data:`MIN_LETTERS` letters or the best probability is below
        :data:`MIN_CONFIDENCE`. A text longer than :data:`SAMPLE_CHARS` is
        judged on its start, middle and end.
    """
    if not _has_letters(text, MIN_LETTERS):
        return "und", 0.0
    sample = unicodedata.normalize("NFC", _sample(text))
    identifier = _identifier()
    lang, prob = identifier.classify(sample)
    if prob < MIN_CONFIDENCE and lang in _VARIETY_OF:
        lang, prob = _with_varieties(identifier.rank(sample), lang)
    lang = _LANGID_ALIASES.get(lang, lang)
    if prob < MIN_CONFIDENCE:
        return "und", float(prob)
    return lang, float(prob)


#: An item is read in a language of its own only when the model is this sure of it ...
ITEM_CONFIDENCE = 0.95
#: ... and the item has at least this many letters.
ITEM_MIN_LETTERS = 60
#: Languages the model confuses with one another on short texts: an item is not moved
#: from one to another of the same group.
NEIGHBOURS = ({"da", "nb", "nn"}, {"hr", "bs", "sr"}, {"cs", "sk"})


def neighbours(one: str, other: str) -> bool:
    """Tell two languages of one group of :data:`NEIGHBOURS` (the model confuses them)."""
    return any(one in group and other in group for group in NEIGHBOURS)


def item_languages(
    texts: Sequence[str], lang: str, text: str, known: Container[str]
) -> list[str | None] | None:
    """Say which items of a text whose language is ``lang`` read as a language of their own.

    An EU statement at the UN may give one paragraph in French; a text of two
    languages may come out ``und`` as a whole. None (every item in ``lang``)
    unless the text is ``und`` or one of its windows (start, middle, end) reads
    as another language; then, for each item, the language of ``known`` its own
    text reads as (at least :data:`ITEM_CONFIDENCE`, :data:`ITEM_MIN_LETTERS`
    letters; ``lang`` for a neighbour of ``lang``), or None when it is too short
    or unclear to tell. Checking each item of every text would cost about a
    third of the reading time.
    """
    if lang != "und" and not _windows_disagree(text, lang):
        return None
    langs: list[str | None] = []
    for item in texts:
        found, prob = detect_language(item) if _has_letters(item, ITEM_MIN_LETTERS) else ("und", 0)
        if prob < ITEM_CONFIDENCE or found not in known:
            langs.append(None)
        elif neighbours(found, lang):
            langs.append(lang)
        else:
            langs.append(found)
    return langs


def _windows_disagree(text: str, lang: str) -> bool:
    """Whether a window of ``text`` reads as a language other than ``lang``."""
    if len(text) <= SAMPLE_CHARS:
        return False  # judged whole: ``lang`` is what it reads as
    identifier = _identifier()
    for window in _windows(text):
        found, prob = identifier.classify(unicodedata.normalize("NFC", window))
        found = _LANGID_ALIASES.get(found, found)
        if found != lang and prob >= ITEM_CONFIDENCE and not neighbours(found, lang):
            return True
    return False


#: Varieties the model tells apart and polcompare does not, counted with the language:
#: Croatian official texts come out hr 0.56 / bs 0.44, English ones in capitals pcm
#: (Nigerian Pidgin) 0.48 / en 0.23. A text whose best guess is the language itself, or
#: Pidgin, is that language when the two together pass :data:`MIN_CONFIDENCE`; one whose best
#: guess is Bosnian stays Bosnian (no language file: not read with Croatian rules).
_VARIETY_OF = {"hr": ("hr", "bs"), "en": ("en", "pcm"), "pcm": ("en", "pcm")}


def _with_varieties(ranked: list[tuple[str, float]], best: str) -> tuple[str, float]:
    """Return ``best``'s language and the summed probability of it and its varieties."""
    family = _VARIETY_OF[best]
    return family[0], float(sum(p for code, p in ranked if code in family))


def _sample(text: str) -> str:
    """Return ``text``, or three windows of it (start, middle, end) if it is long."""
    if len(text) <= SAMPLE_CHARS:
        return text
    return "\n".join(_windows(text))


def _windows(text: str) -> tuple[str, str, str]:
    """Return the start, middle and end of a long text, a third of :data:`SAMPLE_CHARS` each."""
    size = SAMPLE_CHARS // 3
    middle = (len(text) - size) // 2
    return text[:size], text[middle : middle + size], text[-size:]


def _has_letters(text: str, count: int) -> bool:
    """Whether ``text`` has at least ``count`` letters (stops counting there)."""
    seen = 0
    for start in range(0, len(text), 512):
        seen += sum(map(str.isalpha, text[start : start + 512]))
        if seen >= count:
            return True
    return False


# --- writing ------------------------------------------------------------------


def atomic_write(
    path: str | Path, write: Callable[[TextIO], object], *, inputs: Iterable[str | Path] = ()
) -> Path:
    """Write a text file atomically, never over an input document.

    ``write`` receives an open UTF-8 text file. See :func:`atomic_write_file`
    for the guarantees.
    """

    def to_file(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            write(fh)

    return atomic_write_file(path, to_file, inputs=inputs)


def _resolved(path: Path) -> Path:
    """Return ``path`` resolved; a symbolic link loop (RuntimeError, OSError) stays as given."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino


def _same_path_as(path: Path) -> Callable[[str | Path], bool]:
    """Return a test of whether writing ``path`` would write over a source (links, loops allowed).

    ``path`` is looked at once, not once per source (a corpus has thousands): a source
    that exists is the same file or not; one that does not (a loop, a missing file) is
    compared by resolved path, as an existing file cannot resolve where nothing is.
    """
    target_id = _file_id(path)
    resolved: list[Path] = []

    def same(source: str | Path) -> bool:
        source = Path(source)
        source_id = _file_id(source)
        if source_id is not None:
            return source_id == target_id
        if not resolved:
            resolved.append(_resolved(path))
        return _resolved(source) == resolved[0]

    return same


def atomic_write_file(
    path: str | Path, write: Callable[[str], object], *, inputs: Iterable[str | Path] = ()
) -> Path:
    """Write a file atomically through a writer that takes a file name.

    ``write`` gets the name of a temporary file in the target folder (created
    if missing), which then replaces ``path`` in one rename: a reader never
    sees half a file and a failed run leaves the previous one in place. The
    file gets the usual permissions (0666 less the umask). Parquet writers and
    other libraries that want a file name use this directly.

    Raises
    ------
    PolcompareError
        When ``path`` is a folder or one of ``inputs``, or cannot be written.
    """
    path = Path(path)
    if path.is_dir():
        raise PolcompareError(path, "is a folder; give a file name")
    if any(map(_same_path_as(path), inputs)):
        raise PolcompareError(path, "is an input document; refusing to overwrite it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
    except OSError as exc:
        raise PolcompareError(path, f"cannot write: {exc.strerror or exc}") from exc
    try:
        write(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise PolcompareError(path, f"cannot write: {exc.strerror or exc}") from exc
        raise
    return path
