"""Theme dictionaries (quanteda-style YAML) and matching, with evidence.

A dictionary file has one section per language; inside, keys nest and the leaf
keys are theme IDs whose values are patterns::

    lv:
      main:
        survey_clearance:
          - atmīn*              # a glob, matched on the lowercase word form
          - mīnēt* teritorij*   # a phrase: consecutive tokens
          - atmīnēšana          # no wildcard: matched by stem

The matching rule, the same for every language:

1. The item text and every pattern are tokenised alike (:mod:`polcompare.tokens`).
2. A pattern word without ``*``/``?`` matches a token with the same stem
   (Snowball for da/nb/en..., the Latvian light stemmer for lv); a word with a
   wildcard is a glob on the lowercase token. A phrase matches consecutive
   tokens. Patterns of the item's language are used; an item whose language
   the dictionary lacks (or ``und``) is matched against every language.
3. For the ``stance`` taxonomy a match counts only where an operative verb
   stands: within the first :data:`STANCE_WINDOW` tokens of the item or of a
   clause (after ``. ; : ,``). "Padome stingri nosoda" counts; the noun
   "atbalsts" deep inside a sentence does not.
4. An item carries a theme when at least one match of that theme counts.
   Every counted match is listed in the evidence table.
"""

from __future__ import annotations

import fnmatch
import functools
import hashlib
import importlib.resources
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import accumulate, compress
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import yaml

from .errors import DictionaryError
from .tokens import STEMMER_LANGUAGES, TOKEN, normalize, stemmer

__all__ = [
    "Dictionary",
    "Tagged",
    "TAXONOMIES",
    "STANCE_WINDOW",
    "load_dictionary",
    "tag",
    "item_themes",
]

#: The taxonomies shipped with polcompare (``polcompare/data/dictionaries/*.yml``).
TAXONOMIES = ("oap", "policy", "stance")

#: A stance match counts within this many tokens of an item's or clause's start.
STANCE_WINDOW = 5

_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")
_KNOWN = ", ".join(sorted(STEMMER_LANGUAGES))
_CLAUSE_END = re.compile(r"[.;:,!?]")
_PATTERN_OK = re.compile(r"[^\W_]|[*? '’\-]")  # letters, digits, wildcards, separators

_KEYS = ("doc_id", "item_id", "section", "number", "letter")
EVIDENCE_COLUMNS = [
    "doc_id",
    "item_id",
    "section",
    "number",
    "letter",
    "lang",
    "taxonomy",
    "theme",
    "group",
    "match",
    "pattern",
    "start",
    "end",
    "dictionary",
    "dictionary_sha256",
]


@dataclass(frozen=True, eq=False)  # hashed by identity: compiled matchers are cached per object
class Dictionary:
    """A validated theme dictionary.

    Attributes
    ----------
    name : str
        The file name without ``.yml`` (``oap`` for the shipped one).
    sha256 : str
        Hex digest of the file's bytes: which version of a dictionary produced
        a result.
    source : str
    themes : tuple of str
        Theme IDs in file order.
    groups : dict
        Theme ID -> the keys above it joined by ``/`` (``main``,
        ``cross_cutting``, or ``""``).
    patterns : dict
        Language -> theme ID -> tuple of patterns.
    """

    name: str
    sha256: str
    source: str
    themes: tuple[str, ...]
    groups: dict[str, str]
    patterns: dict[str, dict[str, tuple[str, ...]]] = field(repr=False)

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages the dictionary has a section for."""
        return tuple(self.patterns)


class Tagged(NamedTuple):
    """What :func:`tag` returns.

    Attributes
    ----------
    items : DataFrame
        The input items plus ``taxonomy``, ``themes`` (theme IDs joined by
        ``;`` in dictionary order, empty when none), ``n_matches``,
        ``dictionary`` and ``dictionary_sha256``.
    evidence : DataFrame
        One row per counted match: ``doc_id, item_id, section, number,
        letter, lang, taxonomy, theme, group, match`` (the text as it appears
        in the item), ``pattern, start, end`` (character offsets in the
        item's ``text``), ``dictionary, dictionary_sha256``.
    dictionary : Dictionary
    """

    items: pd.DataFrame
    evidence: pd.DataFrame
    dictionary: Dictionary


# --- loading and validation ---------------------------------------------------


def load_dictionary(source: str | Path = "oap") -> Dictionary:
    """Load and validate a dictionary: a shipped taxonomy name or a YAML file.

    Parameters
    ----------
    source : str or Path
        ``"oap"``, ``"policy"``, ``"stance"`` or the path of a YAML file in
        the same format.

    Returns
    -------
    Dictionary

    Raises
    ------
    DictionaryError
        Naming the file and what is wrong (unreadable, not YAML, empty or
        unnamed key, unknown language, empty or bad pattern...).
    """
    if isinstance(source, str) and source in TAXONOMIES:
        return _load_shipped(source)
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DictionaryError(path, f"cannot read dictionary ({exc.strerror or exc})") from exc
    name = path.name.removesuffix(".yml").removesuffix(".yaml")
    return parse_dictionary(data, name=name, source=str(path))


@functools.cache
def _load_shipped(name: str) -> Dictionary:
    ref = importlib.resources.files("polcompare") / "data" / "dictionaries" / f"{name}.yml"
    return parse_dictionary(ref.read_bytes(), name=name, source=f"polcompare:{name}.yml")


def parse_dictionary(data: bytes, *, name: str, source: str) -> Dictionary:
    """Validate YAML bytes as a dictionary (see :func:`load_dictionary`)."""
    try:
        tree = yaml.safe_load(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise DictionaryError(source, "is not UTF-8 text") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise DictionaryError(source, f"is not valid YAML{where}") from exc
    if not isinstance(tree, dict) or not tree:
        raise DictionaryError(source, "must map language codes (lv, da, nb, en...) to themes")

    patterns: dict[str, dict[str, tuple[str, ...]]] = {}
    groups: dict[str, str] = {}
    order: list[str] = []
    for lang, body in tree.items():
        if not isinstance(lang, str) or lang not in STEMMER_LANGUAGES:
            raise DictionaryError(
                source,
                f"unknown language {lang!r} (expected one of {_KNOWN})",
            )
        leaves: dict[str, tuple[str, ...]] = {}
        _walk(body, [lang], leaves, groups, source)
        patterns[lang] = leaves
        for theme in leaves:
            if theme not in order:
                order.append(theme)
    for lang, leaves in patterns.items():
        missing = [t for t in order if t not in leaves]
        if missing:
            raise DictionaryError(source, f"language {lang!r} lacks theme(s) {', '.join(missing)}")
    return Dictionary(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        source=source,
        themes=tuple(order),
        groups=groups,
        patterns=patterns,
    )


def _walk(node, path, leaves, groups, source) -> None:
    where = "/".join(path)
    if not isinstance(node, dict) or not node:
        raise DictionaryError(source, f"key {where!r} is empty; expected themes or groups")
    for key, value in node.items():
        if key is None or not str(key).strip():
            raise DictionaryError(source, f"a key under {where!r} has no name")
        key = str(key)
        here = f"{where}/{key}"
        if isinstance(value, dict):
            _walk(value, [*path, key], leaves, groups, source)
            continue
        if not isinstance(value, list) or not value:
            raise DictionaryError(source, f"key {here!r} has no patterns")
        if key in leaves:
            raise DictionaryError(source, f"theme {key!r} appears twice under {path[0]!r}")
        group = "/".join(path[1:])
        if groups.setdefault(key, group) != group:
            raise DictionaryError(source, f"theme {key!r} is in group {groups[key]!r} elsewhere")
        clean = []
        for pattern in value:
            if not isinstance(pattern, str) or not pattern.strip():
                raise DictionaryError(source, f"key {here!r} has an empty or non-text pattern")
            bad = "".join(sorted({ch for ch in pattern if not _PATTERN_OK.match(ch)}))
            if bad or not TOKEN.search(pattern):
                raise DictionaryError(
                    source, f"key {here!r}: bad pattern {pattern!r} (allowed: words, * and ?)"
                )
            clean.append(pattern)
        leaves[key] = tuple(clean)


# --- compiled matchers ----------------------------------------------------------


@dataclass
class _Compiled:
    """One language's patterns, indexed for matching.

    Every pattern is a sequence of elements; an element is a stem or a glob.
    ``stems`` maps a stem to element ids; globs with a literal prefix are
    indexed by it; the few with a leading wildcard are tried on every new
    word type. Patterns are indexed by their first element (``singles``
    for one-word patterns, ``phrases`` for the rest). ``word_elements``
    caches, per word type, the elements it
    satisfies, so each distinct word is examined once.
    """

    lang: str
    stems: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    prefixed: dict[str, list[tuple[int, re.Pattern[str]]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    leading: list[tuple[int, re.Pattern[str]]] = field(default_factory=list)
    singles: dict[int, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    phrases: dict[int, list[tuple[str, str, tuple[int, ...]]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    word_elements: dict[str, frozenset[int]] = field(default_factory=dict)
    max_prefix: int = 0


@functools.cache
def _compile(dictionary: Dictionary, lang: str) -> _Compiled:
    stem = stemmer(lang)
    compiled = _Compiled(lang)
    element_ids: dict[tuple[str, str], int] = {}
    for theme, patterns in dictionary.patterns[lang].items():
        for pattern in patterns:
            elements = []
            for word in normalize(pattern).replace("’", "'").split():
                for part in _split_word(word):
                    kind = "glob" if ("*" in part or "?" in part) else "stem"
                    key = (kind, part if kind == "glob" else stem(part))
                    if key not in element_ids:
                        eid = element_ids[key] = len(element_ids)
                        _index_element(compiled, eid, *key)
                    elements.append(element_ids[key])
            if len(elements) == 1:
                compiled.singles[elements[0]].append((theme, pattern))
            else:
                compiled.phrases[elements[0]].append((theme, pattern, tuple(elements)))
    return compiled


def _split_word(word: str) -> list[str]:
    """Split a pattern word into token-sized parts, keeping wildcards attached."""
    return [p for p in re.split(r"[^\w*?]+|_", word) if p]


def _index_element(compiled: _Compiled, eid: int, kind: str, value: str) -> None:
    if kind == "stem":
        compiled.stems[value].append(eid)
        return
    regex = re.compile(fnmatch.translate(value))
    prefix = re.match(r"[^*?]*", value).group(0)
    if prefix:
        compiled.prefixed[prefix].append((eid, regex))
        compiled.max_prefix = max(compiled.max_prefix, len(prefix))
    else:
        compiled.leading.append((eid, regex))


def _elements_of(compiled: _Compiled, word: str) -> frozenset[int]:
    """Return the elements a word type satisfies (computed once per type)."""
    found = compiled.word_elements.get(word)
    if found is not None:
        return found
    hits = set(compiled.stems.get(stemmer(compiled.lang)(word), ()))
    for k in range(1, min(len(word), compiled.max_prefix) + 1):
        for eid, regex in compiled.prefixed.get(word[:k], ()):
            if regex.match(word):
                hits.add(eid)
    for eid, regex in compiled.leading:
        if regex.match(word):
            hits.add(eid)
    found = compiled.word_elements[word] = frozenset(hits)
    return found


def _match_tokens(compiled: _Compiled, words: list[str]):
    """Yield ``(theme, pattern, first_token, last_token)`` for every match."""
    # map/compress run in C: most words are cached and most match nothing.
    sets = list(map(compiled.word_elements.get, words))
    if None in sets:
        sets = [
            s if s is not None else _elements_of(compiled, w)
            for s, w in zip(sets, words, strict=True)
        ]
    n = len(words)
    singles, phrases = compiled.singles, compiled.phrases
    for i in compress(range(n), sets):
        for eid in sets[i]:
            for theme, pattern in singles.get(eid, ()):
                yield theme, pattern, i, i
            for theme, pattern, elements in phrases.get(eid, ()):
                end = i + len(elements)
                if end <= n and all(elements[k] in sets[i + k] for k in range(1, len(elements))):
                    yield theme, pattern, i, end - 1


# --- tagging ---------------------------------------------------------------------


def tag(
    items: pd.DataFrame,
    *,
    taxonomy: str = "oap",
    dictionary: str | Path | Dictionary | None = None,
) -> Tagged:
    """Tag items with themes and list the evidence.

    Parameters
    ----------
    items : DataFrame
        Needs ``text`` and ``lang``; key columns (``doc_id, item_id,
        section, number, letter``) are carried into the evidence when present.
    taxonomy : str
        ``oap``, ``policy`` or ``stance``. Names the result; with no
        ``dictionary`` it also picks the shipped dictionary. ``stance``
        switches on the operative-verb position rule.
    dictionary : str, Path or Dictionary, optional
        A user dictionary (file path, or one loaded with
        :func:`load_dictionary`) in place of the shipped one.

    Returns
    -------
    Tagged
        ``(items, evidence, dictionary)``; see :class:`Tagged` for columns.
    """
    if dictionary is None:
        if taxonomy not in TAXONOMIES:
            raise DictionaryError(
                taxonomy, f"unknown taxonomy (expected {', '.join(TAXONOMIES)} or a dictionary)"
            )
        dictionary = _load_shipped(taxonomy)
    elif not isinstance(dictionary, Dictionary):
        dictionary = load_dictionary(dictionary)
    positional = taxonomy == "stance"
    rank = {t: k for k, t in enumerate(dictionary.themes)}

    texts = [t if isinstance(t, str) else "" for t in items["text"].tolist()]
    langs = [x if isinstance(x, str) and x else "und" for x in items["lang"].tolist()]
    themes_col, counts = [], []
    hits: dict[str, list] = {c: [] for c in ("row", "theme", "pattern", "match", "start", "end")}
    for row, (text, lang) in enumerate(zip(texts, langs, strict=True)):
        found = _tag_text(text, lang, dictionary, positional)
        themes_col.append(";".join(sorted({m[0] for m in found}, key=rank.__getitem__)))
        counts.append(len(found))
        for theme, pattern, start, end in found:
            hits["row"].append(row)
            hits["theme"].append(theme)
            hits["pattern"].append(pattern)
            hits["match"].append(text[start:end])
            hits["start"].append(start)
            hits["end"].append(end)

    out = items.copy()
    out["taxonomy"] = taxonomy
    out["themes"] = themes_col
    out["n_matches"] = counts
    out["dictionary"] = dictionary.name
    out["dictionary_sha256"] = dictionary.sha256

    keys = [c for c in _KEYS if c in items]
    evidence = items[keys].take(hits["row"]).reset_index(drop=True)
    evidence["lang"] = [langs[r] for r in hits["row"]]
    evidence["taxonomy"] = taxonomy
    evidence["theme"] = hits["theme"]
    evidence["group"] = [dictionary.groups.get(t, "") for t in hits["theme"]]
    evidence["match"] = hits["match"]
    evidence["pattern"] = hits["pattern"]
    evidence["start"] = pd.array(hits["start"], dtype="int64")
    evidence["end"] = pd.array(hits["end"], dtype="int64")
    evidence["dictionary"] = dictionary.name
    evidence["dictionary_sha256"] = dictionary.sha256
    for frame in (out, evidence):
        frame.attrs.update(
            taxonomy=taxonomy, dictionary=dictionary.name, dictionary_sha256=dictionary.sha256
        )
    return Tagged(out, evidence, dictionary)


def _tag_text(
    text: str, lang: str, dictionary: Dictionary, positional: bool
) -> list[tuple[str, str, int, int]]:
    """Find the matches in one text: ``(theme, pattern, start_char, end_char)``."""
    if not text:
        return []
    lowered = text.lower()
    if len(lowered) != len(text):  # rare case-mapping changes length: keep offsets true
        lowered = "".join(ch.lower()[:1] or ch for ch in text)
    # One regex pass gives gaps and tokens alternating: [gap, token, gap, ...].
    parts = _TOKEN_SPLIT.split(lowered)
    words = parts[1::2]
    if not words:
        return []
    langs = [lang] if lang in dictionary.patterns else list(dictionary.patterns)
    matches = [m for code in langs for m in _match_tokens(_compile(dictionary, code), words)]
    if not matches:
        return []
    # Cumulative lengths of the parts are the token offsets (no loop per token).
    offsets = list(accumulate(map(len, parts), initial=0))
    clause_pos = _clause_positions(parts[0::2]) if positional else None
    seen: set[tuple[str, int, int]] = set()
    found = []
    for theme, pattern, first, last in matches:
        if clause_pos is not None and clause_pos[first] >= STANCE_WINDOW:
            continue
        key = (theme, first, last)
        if key in seen:
            continue
        seen.add(key)
        found.append((theme, pattern, offsets[2 * first + 1], offsets[2 * last + 2]))
    found.sort(key=lambda m: (m[2], m[3]))
    return found


def _clause_positions(gaps: list[str]) -> list[int]:
    """For each token, count the tokens before it in its clause.

    ``gaps[i]`` is the text before token ``i``; a clause ends at ``. ; : , ! ?``.
    """
    out, pos = [], 0
    for gap in gaps[:-1]:
        if _CLAUSE_END.search(gap):
            pos = 0
        out.append(pos)
        pos += 1
    return out


def item_themes(tagged: Tagged) -> pd.DataFrame:
    """One row per item and theme: ``item_id, taxonomy, theme, group, n_matches``.

    Items without a theme do not appear.
    """
    ev = tagged.evidence
    if ev.empty:
        return pd.DataFrame(columns=["item_id", "taxonomy", "theme", "group", "n_matches"])
    return (
        ev.groupby(["item_id", "taxonomy", "theme", "group"], sort=False)
        .size()
        .rename("n_matches")
        .reset_index()
    )
