"""Read files: checks, encodings, byte-order marks, line ends, language.

``load_text`` turns a path into text (or a clear :class:`PolcompareError`);
``detect_language`` guesses the language offline. ``read`` in
:mod:`polcompare.document` builds on both.
"""

from __future__ import annotations

import codecs
import functools
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import charset_normalizer

from .errors import (
    BinaryFileError,
    DecodingError,
    EmptyDocumentError,
    MissingFileError,
    NotAFileError,
    PolcompareError,
    UnreadableFileError,
)

__all__ = ["Text", "load_text", "decode", "detect_language", "atomic_write", "LANGUAGES"]

#: Languages polcompare has dictionaries and stemmers for.
LANGUAGES = ("lv", "da", "nb", "en")

# Encodings tried, in order, when the bytes are not UTF-8 and carry no BOM.
# Windows-1257 is the Baltic code page, Windows-1252 the Western European one;
# Latin-1 is covered by 1252 except for C1 control characters.
_FALLBACK_ENCODINGS = ("cp1257", "cp1252", "latin_1")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf_32"),
    (codecs.BOM_UTF32_BE, "utf_32"),
    (codecs.BOM_UTF8, "utf_8_sig"),
    (codecs.BOM_UTF16_LE, "utf_16"),
    (codecs.BOM_UTF16_BE, "utf_16"),
)

# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Text:
    r"""Decoded text of a file.

    Attributes
    ----------
    text : str
        The text with line ends normalised to ``\\n`` and any BOM removed.
    encoding : str
        The codec name that decoded the bytes.
    """

    text: str
    encoding: str


def load_text(path: str | Path, *, encoding: str | None = None) -> Text:
    """Read a text file, detecting its encoding.

    Parameters
    ----------
    path : str or Path
        The file to read.
    encoding : str, optional
        Force this codec instead of detecting one.

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
        raise MissingFileError(path, "no such file")
    if not path.is_file():
        kind = "a directory" if path.is_dir() else "not a regular file"
        raise NotAFileError(path, f"is {kind}, expected a text file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(path, f"cannot be read ({exc.strerror or exc})") from exc
    return decode(data, source=path, encoding=encoding)


def decode(data: bytes, *, source: str | Path = "<bytes>", encoding: str | None = None) -> Text:
    """Decode bytes into :class:`Text` (see :func:`load_text`).

    The text is NFC-normalised (so "ā" is one character however it was
    written). The order of attempts: a forced ``encoding``; a byte-order mark (UTF-8,
    UTF-16, UTF-32); strict UTF-8; charset-normalizer's best guess among
    Windows-1257, Windows-1252 and Latin-1.
    """
    if not data:
        raise EmptyDocumentError(source, "the file is empty")
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except LookupError as exc:
            raise DecodingError(source, f"unknown encoding {encoding!r}") from exc
        except UnicodeDecodeError as exc:
            raise DecodingError(
                source, f"bytes at offset {exc.start} are not valid {encoding}"
            ) from exc
        return _finish(text, encoding, source)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _finish(data.decode(codec), codec, source)
            except UnicodeDecodeError as exc:
                raise DecodingError(
                    source, f"starts with a {codec} byte-order mark but is not valid {codec}"
                ) from exc
    if b"\x00" in data:
        raise BinaryFileError(source, "contains NUL bytes; it looks like a binary file")
    try:
        return _finish(data.decode("utf_8"), "utf_8", source)
    except UnicodeDecodeError:
        pass
    matches = list(charset_normalizer.from_bytes(data, cp_isolation=list(_FALLBACK_ENCODINGS)))
    if not matches:
        raise DecodingError(
            source, "is neither UTF-8 nor Windows-1257, Windows-1252 or Latin-1 text"
        )
    # charset-normalizer cannot tell the Baltic from the Western code page on
    # short texts (both decode without "chaos"); the letters decide: Latvian
    # read as 1252 shows a-circumflex, eth, thorn...; Danish read as 1257 shows
    # e-ogonek, u-ogonek, i-ogonek. Ties keep charset-normalizer's order.
    decoded = [(str(m), m.encoding) for m in matches]
    text, codec = min(decoded, key=lambda pair: _foreign_letters(pair[0]))
    return _finish(text, codec, source)


# Letters of the alphabets of LANGUAGES (plus e-acute, common in Danish and
# Norwegian loan words such as "Komite").
_NATIVE_LETTERS = frozenset("āčēģīķļņšūžæøåé")


def _foreign_letters(text: str) -> int:
    """Count letters outside ASCII and the alphabets polcompare supports."""
    return sum(
        1 for ch in text if ch.isalpha() and not ch.isascii() and ch.lower() not in _NATIVE_LETTERS
    )


def _finish(text: str, encoding: str, source: str | Path) -> Text:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise EmptyDocumentError(source, "holds only white space")
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(8, len(text) // 100):
        raise BinaryFileError(source, f"contains {controls} control characters; not a text file")
    return Text(text, encoding)


# --- language -----------------------------------------------------------------

# py3langid's model says "no" for Norwegian; we report Bokmal as "nb".
_LANGID_ALIASES = {"no": "nb"}

#: Below this normalised probability the answer is ``und`` (undetermined).
#: Chosen on tests/data/langid_eval.tsv and the seed items (see the README).
MIN_CONFIDENCE = 0.6
#: Texts with fewer letters than this are ``und``.
MIN_LETTERS = 20


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


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
        :data:`MIN_CONFIDENCE`.
    """
    letters = sum(1 for ch in text if ch.isalpha())
    if letters < MIN_LETTERS:
        return "und", 0.0
    sample = unicodedata.normalize("NFC", text[:20000])
    lang, prob = _identifier().classify(sample)
    lang = _LANGID_ALIASES.get(lang, lang)
    if prob < MIN_CONFIDENCE:
        return "und", float(prob)
    return lang, float(prob)


# --- writing ------------------------------------------------------------------


def atomic_write(
    path: str | Path, write: Callable[[TextIO], object], *, inputs: Iterable[str | Path] = ()
) -> Path:
    """Write a text file atomically, never over an input document.

    ``write`` receives an open UTF-8 text file; what it writes goes to a
    temporary file in the target folder (created if missing), which then
    replaces ``path`` in one rename: a reader never sees half a file and a
    failed run leaves the previous one in place. The file gets the usual
    permissions (0644 less the umask).

    Raises
    ------
    PolcompareError
        When ``path`` is a folder or one of ``inputs``, or cannot be written.
    """
    path = Path(path)
    if path.is_dir():
        raise PolcompareError(path, "is a folder; give a file name")
    for source in inputs:
        source = Path(source)
        same = path.exists() and source.exists() and os.path.samefile(path, source)
        if same or path.resolve() == source.resolve():
            raise PolcompareError(path, "is an input document; refusing to overwrite it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise PolcompareError(path, f"cannot write: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            write(fh)
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
