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
import importlib.util
import re
import sys
import threading
import types
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
        base = _snowball().SnowballStemmer(_SNOWBALL[lang]).stem
    else:

        def base(word: str) -> str:
            return word

    return functools.lru_cache(maxsize=200_000)(base)


_LOADING = threading.Lock()


@functools.cache
def _snowball() -> types.ModuleType:
    """NLTK's ``nltk.stem.snowball``, loaded without the rest of NLTK.

    ``import nltk`` runs ``nltk/__init__.py``, which imports scipy, scikit-learn
    and most of NLTK (1.5-4 s on a 2-core machine); the Snowball stemmers need
    none of it. Unless NLTK is imported already, the module file itself is
    executed here, with NLTK's package and its ``corpus`` (only used by
    ``ignore_stopwords=True``, which polcompare never passes) as empty
    stand-ins while it loads; the stand-ins and the NLTK modules it pulled in
    are then taken out of ``sys.modules``, so a later ``import nltk`` loads
    NLTK whole, as usual. The stemming code is NLTK's own (same stems:
    ``tests/test_tokens.py`` compares both on the seeds' and evaluation
    texts' words).
    """
    if "nltk" in sys.modules:
        from nltk.stem import snowball

        return snowball
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        from nltk.stem import snowball  # not installed: ImportError as before

        return snowball
    root = list(spec.submodule_search_locations)[0]
    with _LOADING:
        before = set(sys.modules)
        try:
            for name, folder in (("nltk", root), ("nltk.stem", f"{root}/stem")):
                package = types.ModuleType(name)
                package.__path__ = [folder]
                sys.modules[name] = package
            corpus = types.ModuleType("nltk.corpus")
            corpus.stopwords = None  # type: ignore[attr-defined]
            sys.modules["nltk.corpus"] = corpus
            found = importlib.util.spec_from_file_location(
                "nltk.stem.snowball", f"{root}/stem/snowball.py"
            )
            assert found is not None and found.loader is not None
            module = importlib.util.module_from_spec(found)
            sys.modules["nltk.stem.snowball"] = module
            found.loader.exec_module(module)
        finally:
            for name in set(sys.modules) - before:
                if name == "nltk" or name.startswith("nltk."):
                    del sys.modules[name]
    return module


def stem(word: str, lang: str) -> str:
    """Stem one lowercase word."""
    return stemmer(lang)(word)
