"""The per-language words polcompare.facts reads, from the language files.

Each ``polcompare/data/languages/<code>.yml`` holds, beside the parser's
``structure:`` words, the tables the fact extractors read (``months``,
``number_words``, ``scales``, ``currency``...). :mod:`polcompare.languages`
reads the files; this module picks the facts' part.
"""

from __future__ import annotations

import functools

from ..languages import UnsupportedLanguageError, known_languages, language_data

_ALIASES = {"nn": "nb", "no": "nb"}  # Nynorsk and "Norwegian" read Bokmål's number words
_NOT_FACTS = frozenset(
    {"code", "name", "own_names", "aliases", "countries", "nearest", "letters", "structure"}
)


def language_code(lang: str) -> str:
    """Return the code whose words a language uses: ``"nb-NO"``, ``"nn"`` -> ``"nb"``."""
    code = (lang or "").strip().lower().replace("_", "-").split("-")[0]
    return _ALIASES.get(code, code)


def language_codes() -> tuple[str, ...]:
    """Return the codes whose language file has words for the facts, in alphabetical order."""
    return tuple(code for code in known_languages() if _facts_part(code))


def language_words(code: str) -> dict:
    """Return a language's word tables (``{}`` for a language without them); do not modify."""
    return _facts_part(language_code(code))


@functools.cache  # per code: "nn" and "nb" share one table
def _facts_part(code: str) -> dict:
    if not code.isalpha():
        return {}
    try:
        data = language_data(code)
    except UnsupportedLanguageError:
        return {}
    return {key: value for key, value in data.items() if key not in _NOT_FACTS}
