"""Languages: one normalised code, and the words each language gives the parser.

Every language polcompare knows has a data file ``data/languages/<code>.yml``
(ISO 639-1 code; ``nb`` and ``nn`` for Norwegian). The file names the
language, the other codes it is known by (``no`` -> ``nb``, ``deu`` -> ``de``)
and the structure words a grammar needs: the word for "Article", "Annex",
"Whereas", "Having regard to", chapter words, the closing formulas of legal
acts and month names. Adding a language is adding such a file.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Iterator

from ._yaml import load_shipped
from .errors import PolcompareError

__all__ = [
    "UNDETERMINED",
    "UnsupportedLanguageError",
    "alphabets",
    "country_hint",
    "known_languages",
    "language_data",
    "lower_words",
    "month_table",
    "nearest_language",
    "normalize_language",
    "number_first_article_words",
    "structure_words",
    "words_pattern",
]

#: The code for "language not determined".
UNDETERMINED = "und"

_CODE = re.compile(r"[a-z]{2,3}")


class UnsupportedLanguageError(PolcompareError, ValueError):
    """A language code that polcompare has no data file for."""


@functools.cache
def _files() -> dict[str, dict]:
    folder = importlib.resources.files("polcompare") / "data" / "languages"
    out: dict[str, dict] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yml"):
            continue
        data = load_shipped(entry.read_text(encoding="utf-8"))
        code = entry.name[: -len(".yml")]
        if not isinstance(data, dict) or data.get("code") != code:
            raise PolcompareError(entry.name, f"a language file must say 'code: {code}'")
        out[code] = data
    return out


@functools.cache
def _aliases() -> dict[str, str]:
    table = {}
    for code, data in _files().items():
        table[code] = code
        for alias in data.get("aliases") or ():
            table[str(alias).lower()] = code
    return table


def known_languages() -> tuple[str, ...]:
    """Return the codes that have a language file, sorted."""
    return tuple(_files())


def normalize_language(code: str, *, source: str = "", unfiled: str = "") -> str:
    """Return the canonical code for ``code`` (``"LV"`` -> ``lv``, ``no`` -> ``nb``).

    ``und`` (undetermined) is returned as it is. A region suffix is dropped
    (``en-GB`` -> ``en``).

    Raises
    ------
    UnsupportedLanguageError
        For a code polcompare has no language file for; the message names
        ``source`` (a file) when given, and the known codes, and ends with ``unfiled``
        for a language code (not for a string that is none).
    """
    low = str(code).strip().lower().replace("_", "-").split("-", 1)[0]
    if low == UNDETERMINED:
        return UNDETERMINED
    found = _aliases().get(low)
    if found is None:
        what = "is not a language code" if not _CODE.fullmatch(low) else "has no language file"
        spoken = country_hint(low)
        hint = f", {spoken}" if spoken else ""
        raise UnsupportedLanguageError(
            source or "language",
            f"{code!r} {what}{hint} (known: {', '.join(known_languages())}; "
            "add polcompare/data/languages/<code>.yml for another)"
            # (not after a country code: the detector never reads a text as "SE")
            + (unfiled if _CODE.fullmatch(low) and not spoken else ""),
        )
    return found


# A code that is a country's in a language file (UK) and also the ISO 639-1 code of a
# language the language detector reports: a Ukrainian text is read as "uk", and telling its
# reader that "uk" is a country code and to mean English sent them to tag it as English.
_LANGUAGE_NOT_COUNTRY = {"uk": "Ukrainian"}


def country_hint(code: str) -> str:
    """Return "it is a country code: did you mean sv (Swedish)?" for ``SE``, else ``""``.

    For ``uk``, the code of Ukrainian (which the language detector reports) as well as
    of a country, the language comes first.
    """
    spoken = [
        f"{c} ({data.get('name', c)})"
        for c, data in _files().items()
        if str(code).strip().upper() in (data.get("countries") or ())
    ]
    language = _LANGUAGE_NOT_COUNTRY.get(str(code).strip().lower())
    if language:
        country = f"; as a country code, {' or '.join(spoken)}" if spoken else ""
        return f"it is the code of {language}{country}"
    return f"it is a country code: did you mean {' or '.join(spoken)}?" if spoken else ""


def nearest_language(code: str) -> str | None:
    """Return the language a language file names as reading it best (nn: nb), or None."""
    data = _files().get(str(code).strip().lower())
    near = (data or {}).get("nearest")
    return str(near) if near else None


def language_data(code: str) -> dict:
    """Return the parsed language file of ``code`` (any alias); ``und`` has none."""
    found = _files().get(normalize_language(code))
    if found is None:  # "und": the language could not be determined
        raise UnsupportedLanguageError("language", f"{code!r} is undetermined: no language file")
    return found


@functools.cache
def own_names() -> frozenset[str]:
    """Return every language's name in itself ("English", "Français"), casefolded.

    From each language file's ``own_names``: a site's language menu prints them.
    """
    return frozenset(
        str(name).casefold() for data in _files().values() for name in data.get("own_names") or ()
    )


@functools.cache
def alphabets() -> dict[str, frozenset[str]]:
    """Return each language's letters beyond ASCII, lower case (its file's ``letters``).

    :func:`polcompare.io.decode` reads a file that is not UTF-8 in the code page whose
    letters belong to the alphabet of the language the text reads as.
    """
    out = {}
    for code, data in _files().items():
        letters = data.get("letters", "")
        if not isinstance(letters, str):
            raise PolcompareError(f"{code}.yml", "'letters' must be a string of letters")
        out[code] = frozenset(letters.lower())
    return out


@functools.cache
def structure_words(kind: str) -> tuple[str, ...]:
    """Return the words of ``kind`` (``article``, ``annex``...) in every language.

    Longest first, so that an alternation of them prefers "Artikkel" to
    "Artikel"-like prefixes. A word with an apostrophe comes with the
    typographic one too ("Conseil de l'Union" and "Conseil de l’Union").
    """
    words: set[str] = set()
    for w in _listed("structure", kind):
        words.add(w)
        # the typographic apostrophe, as EUR-Lex prints French acts ("L’UNION")
        words.add(w.replace("'", "\u2019"))
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _listed(section: str, key: str) -> Iterator[str]:
    """Yield the words every language file lists under ``section: key:``, as strings.

    A bare no, yes, off or ~ in YAML is a boolean or null, not a word: a one-line error
    naming the file.
    """
    for code, data in _files().items():
        for w in (data.get(section) or {}).get(key) or ():
            if isinstance(w, bool) or w is None:
                raise PolcompareError(
                    f"{code}.yml", f"{section} {key!r} holds {w!r}, not a word: put it in quotes"
                )
            yield str(w)


@functools.cache
def lower_words(kind: str) -> tuple[str, ...]:
    """Return :func:`structure_words` in lower case, to compare words read in any case."""
    return tuple(w.lower() for w in structure_words(kind))


def words_pattern(kind: str) -> str:
    """Return a regex alternation of the ``kind`` words of every language, longest first."""
    return "|".join(re.escape(w) for w in structure_words(kind))


@functools.cache
def article_words(key: str) -> tuple[str, ...]:
    """Return every language file's ``articles: <key>`` words, lower case, longest first.

    ``joins`` are the words that join a list's last member ("and", "και", "och"):
    the parser reads them at a point's end, the facts in "Articles 5 and 7".
    """
    words = {w.lower() for w in _listed("articles", key)}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def number_first_article_words() -> tuple[str, ...]:
    """Return the article words written after the number ("5. cikk", "1 artikla")."""
    words: set[str] = set()
    for data in _files().values():
        structure = data.get("structure") or {}
        if structure.get("article_number_first"):
            words.update(structure.get("article") or ())
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def month_table(lang: str | None = None) -> tuple[tuple[str, int], ...]:
    """Return ``(stem, month)`` pairs of every language (or of ``lang``), longest stem first.

    Languages may share a stem for different months: "listopad" is November in Polish and
    Czech, October in Croatian.
    """
    pairs: set[tuple[str, int]] = set()
    files = _files()
    for data in files.values() if lang is None else [files.get(lang) or {}]:
        for month, forms in enumerate((data.get("structure") or {}).get("months") or (), 1):
            for form in forms:
                pairs.add((str(form).lower(), month))
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p)))
