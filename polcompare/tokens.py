r"""Tokens and stems, shared by theme matching and the comparisons.

A token is a run of letters or digits (``[^\\W_]+`` on NFC text), so hyphens and
apostrophes split words: "Siem Reap-Angkor" gives ``siem``, ``reap``,
``angkor``. Stems come from NLTK's Snowball stemmers and, for Latvian, the
LatvianStemmer package (a port of Lucene's light stemmer, which strips case
endings: atmīnēšana, atmīnēšanu, atmīnēšanai -> ``atmīnēšan``). Stems are
cached per word type.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

__all__ = ["TOKEN", "tokenize", "token_spans", "stemmer", "stem", "STEMMER_LANGUAGES"]

TOKEN = re.compile(r"[^\W_]+")

# ISO 639-1 code -> NLTK Snowball stemmer name.
_SNOWBALL = {
    "da": "danish",
    "nb": "norwegian",
    "nn": "norwegian",
    "no": "norwegian",
    "en": "english",
    "sv": "swedish",
    "de": "german",
    "nl": "dutch",
    "fi": "finnish",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "ro": "romanian",
    "hu": "hungarian",
    "ru": "russian",
}

#: Languages with a stemmer (others are matched on lowercase word forms).
STEMMER_LANGUAGES = frozenset(_SNOWBALL) | {"lv"}


def normalize(text: str) -> str:
    """Return NFC-normalised, lowercased text (what tokens are made of)."""
    return unicodedata.normalize("NFC", text).lower()


def tokenize(text: str) -> list[str]:
    """Lowercase tokens of ``text``."""
    return TOKEN.findall(normalize(text))


def token_spans(text: str) -> list[tuple[int, int]]:
    """Character offsets ``(start, end)`` of each token in ``text`` itself.

    ``text`` should be NFC already (documents read by polcompare are not
    re-normalised, so offsets into them are offsets into the source).
    """
    return [m.span() for m in TOKEN.finditer(text)]


@functools.cache
def stemmer(lang: str) -> Callable[[str], str]:
    """Return a cached stemming function for ``lang`` (identity where there is none)."""
    if lang == "lv":
        from LatvianStemmer import stem as lv_stem

        base: Callable[[str], str] = lv_stem
    elif lang in _SNOWBALL:
        from nltk.stem.snowball import SnowballStemmer

        base = SnowballStemmer(_SNOWBALL[lang]).stem
    else:

        def base(word: str) -> str:
            return word

    return functools.lru_cache(maxsize=200_000)(base)


def stem(word: str, lang: str) -> str:
    """Stem one lowercase word."""
    return stemmer(lang)(word)
