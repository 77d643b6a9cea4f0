"""Per-language word tables: ``polcompare/data/languages/<code>.yml``, read once."""

from __future__ import annotations

import functools
import importlib.resources

import yaml

_FOLDER = importlib.resources.files("polcompare") / "data" / "languages"
_ALIASES = {"nn": "nb", "no": "nb"}  # Nynorsk and "Norwegian" read Bokmål's words


def language_code(lang: str) -> str:
    """Return the code whose words a language uses: ``"nb-NO"``, ``"nn"`` -> ``"nb"``."""
    code = (lang or "").strip().lower().replace("_", "-").split("-")[0]
    return _ALIASES.get(code, code)


def language_codes() -> tuple[str, ...]:
    """Return the codes that have a word file, in alphabetical order."""
    return tuple(sorted(f.name[:-4] for f in _FOLDER.iterdir() if f.name.endswith(".yml")))


def language_words(code: str) -> dict:
    """Return a language's word tables (``{}`` for a language without a file); do not modify."""
    return _read(language_code(code))


@functools.cache  # per file: "nn" and "nb" share one read
def _read(code: str) -> dict:
    ref = _FOLDER / f"{code}.yml"
    if not code.isalpha() or not ref.is_file():
        return {}
    return yaml.safe_load(ref.read_text(encoding="utf-8")) or {}
