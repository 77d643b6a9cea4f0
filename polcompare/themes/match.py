"""The matching engine: patterns compiled to numpy tables, texts tokenised in batches.

The matching rule, the same for every language:

1. The item text and every pattern are tokenised alike (:mod:`polcompare.tokens`).
2. A pattern word without ``*``/``?`` matches a token with the same stem
   (Snowball for da/nb/en..., the Latvian light stemmer for lv); a word with a
   wildcard is a glob on the lowercase token. A phrase matches consecutive
   tokens. Only the patterns (and the stemmer) of the item's own language are
   used. An item whose language the dictionary lacks (or ``und``) is not
   matched at all, unless the caller names fallback languages: then it is
   matched with those languages' patterns (:func:`polcompare.themes.tag`'s
   ``fallback_lang``).
3. A dictionary with a ``negation`` rule drops a match with a negation word
   of its language within ``span`` tokens before or after it, unless the
   pattern itself holds one ("does not recognise"); such a match replaces
   the other matches that start at its first token ("erkennt ... nicht an"
   is not also "erkennt").
   A dictionary with a ``position`` rule (``rules: position: window: N``
   in its file, ``languages:`` for other N per language; the shipped
   ``stance`` has N = 5) counts a match only where
   an operative verb stands: within the first N tokens of the item or of a
   clause (after ``. ; : , ! ?``). "Padome stingri nosoda" counts; the noun
   "atbalsts" deep inside a sentence does not. Patterns the rule lists under
   ``anywhere`` count wherever they stand ("... notes with grave concern").
4. An item carries a theme when at least one match of that theme counts.
   Every counted match is listed in the evidence table.
"""

from __future__ import annotations

import fnmatch
import functools
import itertools
import operator
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..tokens import TOKEN, normalize, stemmer
from .dictionary import Dictionary

_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")
_CLAUSE_END = re.compile(r"[.;:,!?]")

_BATCH_ROWS = 10_000  # items tagged together (see _find)
_WIDE = 8  # matches over more chunks get their text cut out one by one
_HYPHENS = frozenset("-\u2010\u2011")  # hyphen-minus, hyphen, non-breaking hyphen
_KEY_LIMIT = 2**62  # _group_ids keeps its int64 keys below this


# --- compiled matchers ----------------------------------------------------------


@dataclass
class _Compiled:
    """One language's patterns, indexed for matching.

    Every pattern is a sequence of elements; an element is a stem or a glob.
    ``stems`` maps a stem to element ids; globs with a literal prefix are
    indexed by it; the few with a leading wildcard are tried on every new
    word type. Each pattern is an *entry* (``entries[k]`` is its ``(theme,
    pattern)``, ``entry_elements[k]`` its element ids); entries are indexed by
    their first element (``singles`` for one-word patterns, ``phrases`` for
    the rest), in file order. ``word_elements`` caches, per word type, the
    elements it satisfies, so each distinct word is examined once.

    The same, as numpy arrays for matching: ``entry_theme`` (the theme's
    position in the dictionary), ``entry_length``, ``element_table`` (entry
    -> its element ids, padded with -1), and ``singles``/``phrases`` again
    as CSR tables over elements (``*_ptr``, ``*_n``, ``*_entries``).
    """

    lang: str
    stems: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    prefixed: dict[str, list[tuple[int, Callable[[str], bool]]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    leading: list[tuple[int, Callable[[str], bool]]] = field(default_factory=list)
    glob_sources: list[str] = field(default_factory=list)  # one regex source per glob
    entries: list[tuple[str, str]] = field(default_factory=list)
    entry_elements: list[tuple[int, ...]] = field(default_factory=list)
    singles: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    phrases: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    n_elements: int = 0
    entry_theme: np.ndarray | None = None
    entry_length: np.ndarray | None = None
    element_table: np.ndarray | None = None
    single_ptr: np.ndarray | None = None
    single_n: np.ndarray | None = None
    single_entries: np.ndarray | None = None
    phrase_ptr: np.ndarray | None = None
    phrase_n: np.ndarray | None = None
    phrase_entries: np.ndarray | None = None
    word_elements: dict[str, frozenset[int]] = field(default_factory=dict)
    max_prefix: int = 0
    any_glob: re.Pattern[str] | None = None  # matches a word that some glob matches
    element_sets: dict[tuple[int, ...], frozenset[int]] = field(default_factory=dict)
    derived: dict = field(default_factory=dict)  # tables made from the entries once, by name


#: A pattern word whose stem is shorter than this (and than the word) is matched as
#: written: a stem of one or two letters would match unrelated short words.
_SHORTEST_STEM = 3


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
                    if kind == "stem" and len(key[1]) < _SHORTEST_STEM < len(part):
                        # "ieds" stems to "i", the pronoun's stem: compare the word itself
                        key = ("glob", part)
                    if key not in element_ids:
                        eid = element_ids[key] = len(element_ids)
                        _index_element(compiled, eid, *key)
                    elements.append(element_ids[key])
            entry = len(compiled.entries)
            compiled.entries.append((theme, pattern))
            compiled.entry_elements.append(tuple(elements))
            index = compiled.singles if len(elements) == 1 else compiled.phrases
            index[elements[0]].append(entry)
    _tabulate(compiled, len(element_ids), dictionary.themes)
    return compiled


def _tabulate(compiled: _Compiled, n_elements: int, themes: tuple[str, ...]) -> None:
    """Fill in the numpy tables of ``compiled`` (see :class:`_Compiled`)."""
    compiled.n_elements = n_elements
    if compiled.glob_sources:
        compiled.any_glob = re.compile("|".join(compiled.glob_sources))
    rank = {t: k for k, t in enumerate(themes)}
    compiled.entry_theme = np.array([rank[t] for t, _ in compiled.entries], dtype=np.intp)
    compiled.entry_length = np.array([len(e) for e in compiled.entry_elements], dtype=np.intp)
    compiled.element_table = np.full(
        (len(compiled.entries), compiled.entry_length.max()), -1, dtype=np.intp
    )
    for k, elements in enumerate(compiled.entry_elements):
        compiled.element_table[k, : len(elements)] = elements
    compiled.single_n, compiled.single_ptr, compiled.single_entries = _csr(
        compiled.singles, n_elements
    )
    compiled.phrase_n, compiled.phrase_ptr, compiled.phrase_entries = _csr(
        compiled.phrases, n_elements
    )


def _csr(index: dict[int, list[int]], n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Lay out ``index`` (key ``0..n-1`` -> list) as ``(counts, ptr, flat values)``."""
    counts = np.array([len(index.get(k, ())) for k in range(n)], dtype=np.intp)
    flat = np.array([v for k in range(n) for v in index.get(k, ())], dtype=np.intp)
    return counts, np.cumsum(counts) - counts, flat


def _split_word(word: str) -> list[str]:
    """Split a pattern word into token-sized parts, keeping wildcards attached."""
    return [p for p in re.split(r"[^\w*?]+|_", word) if p]


def _index_element(compiled: _Compiled, eid: int, kind: str, value: str) -> None:
    if kind == "stem":
        compiled.stems[value].append(eid)
        return
    test, source = _glob_test(value)
    compiled.glob_sources.append(source)
    prefix = re.match(r"[^*?]*", value).group(0)
    if prefix:
        compiled.prefixed[prefix].append((eid, test))
        compiled.max_prefix = max(compiled.max_prefix, len(prefix))
    else:
        compiled.leading.append((eid, test))


def _glob_test(value: str) -> tuple[Callable[[str], bool], str]:
    """Return a test of a lowercase word for the glob ``value``, and a regex source for it.

    The common shapes are string tests, the same as ``fnmatch`` on a word:
    ``abc*`` a prefix, ``*abc`` a suffix, ``*abc*`` a substring (most shipped
    globs are these, and compiling one regex for each was a third of the time
    to load a dictionary); any other glob (``støtt?r``, ``a*b*``) is a regex.
    The regex source serves the one pattern that tells whether any glob matches.
    """
    body = value.strip("*")
    if "*" not in body and "?" not in body and body:
        if value == body + "*":
            return operator.methodcaller("startswith", body), re.escape(body)
        if value == "*" + body:
            return operator.methodcaller("endswith", body), ".*" + re.escape(body) + r"\Z"
        if value == "*" + body + "*":
            return (lambda word: body in word), ".*" + re.escape(body)
    regex = re.compile(fnmatch.translate(value))
    return regex.match, regex.pattern


_NO_ELEMENTS: frozenset[int] = frozenset()


def _elements_of(compiled: _Compiled, word: str) -> frozenset[int]:
    """Return the elements a word type satisfies (computed once per type)."""
    found = compiled.word_elements.get(word)
    if found is not None:
        return found
    hits = set(compiled.stems.get(stemmer(compiled.lang)(word), ()))
    if compiled.any_glob is not None and compiled.any_glob.match(word):
        # (most words: no glob matches, one regex says so, not one per glob)
        _add_globs(compiled, word, hits)
    # Word types share one set per distinct set (most: the empty one): a set
    # per word was a third of a corpus run's memory. Sets are shared only when
    # they iterate alike, as the order of a word's elements orders matches.
    found = frozenset(hits) if hits else _NO_ELEMENTS
    found = compiled.element_sets.setdefault(tuple(found), found)
    compiled.word_elements[word] = found
    return found


def _add_globs(compiled: _Compiled, word: str, hits: set[int]) -> None:
    """Add to ``hits`` the glob elements ``word`` matches, prefixed globs first."""
    for k in range(1, min(len(word), compiled.max_prefix) + 1):
        for eid, test in compiled.prefixed.get(word[:k], ()):
            if test(word):
                hits.add(eid)
    for eid, test in compiled.leading:
        if test(word):
            hits.add(eid)


# --- tokenising many texts at once -----------------------------------------------------
#
# Tagging works on many items of one language together (a batch, see _find).
# Every text is split on spaces into *chunks*: most chunks are one word, the
# rest carry punctuation ("teritorijas.", "anti-personnel"). A corpus repeats
# the same chunks over and over, so only the distinct chunks are lowercased
# and tokenised (with the TOKEN regex), and everything per token is then done
# with numpy, indexed by token number. Offsets are counted as if the texts
# were joined with one space, which ends every token; each text's first token
# number (``row_first``) keeps a phrase or the stance window inside its own
# item.


def _lower_keep_length(text: str) -> str:
    """Lowercase ``text`` character by character (one character each, offsets stay true)."""
    return "".join(ch.lower()[:1] or ch for ch in text)


def _expand(ptr: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unroll runs: ``owner`` and ``ptr[owner] + k`` for ``k < counts[owner]``.

    For owners ``i`` with ``counts[i]`` items stored from ``ptr[i]`` in a flat
    table (CSR layout), return for every item its owner and its table index,
    in owner order.
    """
    owner = np.repeat(np.arange(len(counts)), counts)
    run_start = np.cumsum(counts) - counts  # position of each owner's first item
    flat = np.arange(len(owner)) + np.repeat(ptr - run_start, counts)
    return owner, flat


def _dense_ids(values: list[str]) -> tuple[list[str], np.ndarray]:
    """Return the distinct strings (first-seen order) and each value's index among them."""
    # One C-level pass: setdefault gives each string the count() value of its
    # first occurrence; those positions are then renumbered 0, 1, 2...
    first_seen: dict[str, int] = {}
    first = np.fromiter(
        map(first_seen.setdefault, values, itertools.count()), dtype=np.intp, count=len(values)
    )
    number = np.zeros(len(values), dtype=np.intp)
    number[list(first_seen.values())] = np.arange(len(first_seen))
    return list(first_seen), number[first]


def _group_ids(columns: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Give the distinct rows of a table (equal-length integer columns) numbers.

    Returns
    -------
    group : ndarray
        For every row, the number of its distinct row (equal rows, equal
        number); numbers follow the lexicographic order of the rows.
    examples : ndarray
        For every distinct row, the first row that has it.

    The columns are folded into one int64 key (``key * span + value``);
    when that would overflow, the key so far is renumbered densely first.
    """
    key = np.zeros(len(columns[0]), dtype=np.int64)
    if not len(key):
        return key, key
    size = 1  # key < size
    for column in columns:
        if column.dtype.kind == "u" and int(column.max()) > _KEY_LIMIT:
            column = np.unique(column, return_inverse=True)[1].reshape(-1)
        column = column.astype(np.int64)
        low = int(column.min())
        span = int(column.max()) - low + 1
        if size * span > _KEY_LIMIT:
            distinct, key = np.unique(key, return_inverse=True)
            key, size = key.reshape(-1), len(distinct)
        if size * span > _KEY_LIMIT:  # a very wide column: renumber it too
            distinct, column = np.unique(column, return_inverse=True)
            column, low, span = column.reshape(-1), 0, len(distinct)
        key = key * span + (column - low)
        size *= span
    _, examples, group = np.unique(key, return_index=True, return_inverse=True)
    return group.reshape(-1), examples


def _split_chunks(texts: pa.Array | list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Split every text on ``" "`` (like ``str.split(" ")``).

    Parameters
    ----------
    texts : pyarrow string array or list of str
        Arrow strings are split and numbered by Arrow (no Python string per
        chunk); a list is split by Python.

    Returns
    -------
    types : list of str
        The distinct chunks, as written.
    chunk_type : ndarray
        Every chunk's index in ``types``, text after text.
    row_chunk : ndarray
        Index of each text's first chunk, then the number of chunks (every
        text has at least one chunk, ``""`` for an empty text).
    """
    if isinstance(texts, pa.Array):
        # Split the UTF-8 bytes: a space byte is never part of another
        # character, and bytes split faster than strings.
        lists = pc.split_pattern(texts.cast(pa.large_binary()), b" ")
        encoded = pc.dictionary_encode(pc.list_flatten(lists))
        offsets = lists.offsets.to_numpy()
        return (
            encoded.dictionary.cast(pa.large_string()).to_pylist(),
            encoded.indices.to_numpy().astype(np.intp),
            (offsets - offsets[0]).astype(np.intp),
        )
    types, chunk_type = _dense_ids(" ".join(texts).split(" "))
    n_chunks = np.fromiter(map(str.count, texts, itertools.repeat(" ")), np.intp, len(texts)) + 1
    return types, chunk_type, np.append(0, np.cumsum(n_chunks))


def _lowercase(
    types: list[str], chunk_type: np.ndarray, row_chunk: np.ndarray
) -> tuple[list[str], np.ndarray]:
    """Lowercase the chunks as each text would be lowercased as a whole.

    A space stops the case context (the final-sigma rule), so lowering each
    distinct chunk equals lowering the text, except in a text where a
    character's lowercase has another length (``İ``): such a text is lowered
    character by character to keep offsets true, and so are all its chunks.

    Returns
    -------
    lowered : list of str
        Distinct lowercase chunks.
    chunk_lower : ndarray
        Every chunk's index in ``lowered``.
    """
    lowered = list(map(str.lower, types))
    lengths = np.fromiter(map(len, types), dtype=np.intp, count=len(types))
    changed = np.flatnonzero(lengths != np.fromiter(map(len, lowered), np.intp, len(lowered)))
    if len(changed):
        chunk_type = chunk_type.copy()
        hit = np.flatnonzero(np.isin(chunk_type, changed))
        rows = np.unique(np.searchsorted(row_chunk, hit, side="right") - 1)
        _, chunks = _expand(row_chunk[rows], row_chunk[rows + 1] - row_chunk[rows])
        used = np.unique(chunk_type[chunks])
        # those texts' chunks get types of their own, lowered char by char
        remap = np.arange(len(types))
        remap[used] = np.arange(len(lowered), len(lowered) + len(used))
        lowered.extend(_lower_keep_length(types[t]) for t in used.tolist())
        chunk_type[chunks] = remap[chunk_type[chunks]]
    # chunks differing only in case share one lowercase type
    distinct, number = _dense_ids(lowered)
    return distinct, number[chunk_type]


@dataclass
class _Tokens:
    """The tokens of several texts, with offsets as if the texts were joined by ``" "``.

    Attributes
    ----------
    words : list of str
        Distinct lowercase word types; ``wid`` indexes into it.
    wid : ndarray
        Word type of every token, in text order.
    row_first : ndarray
        Index of each text's first token, plus the number of tokens at the end:
        text ``r`` has the tokens ``row_first[r]:row_first[r + 1]``.
    row_start : ndarray
        Character offset of each text in the joined texts.
    clause_ends : ndarray or None
        Sorted character offsets of ``. ; : , ! ?`` in the joined texts (only
        when asked for).
    """

    words: list[str]
    wid: np.ndarray
    row_first: np.ndarray
    row_start: np.ndarray
    clause_ends: np.ndarray | None
    _chunk_start: np.ndarray  # character offset of every chunk
    _chunk_first: np.ndarray  # every chunk's first token
    _chunk_ptr: np.ndarray  # where every chunk's tokens are in the per-type tables below
    _flat_start: np.ndarray  # token start within its chunk
    _flat_end: np.ndarray  # token end within its chunk
    _types: list[str]  # distinct chunks as written
    _chunk_type: np.ndarray  # every chunk's index in _types

    def _locate(self, tokens: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Return each token's chunk and its index in the per-type tables."""
        # 'right': chunks without tokens share their first token with the next
        chunk = np.searchsorted(self._chunk_first, tokens, side="right") - 1
        return chunk, self._chunk_ptr[chunk] + (tokens - self._chunk_first[chunk])

    def starts(self, tokens: np.ndarray) -> np.ndarray:
        """Return the character offsets (in the joined texts) where the tokens start."""
        chunk, flat = self._locate(tokens)
        return self._chunk_start[chunk] + self._flat_start[flat]

    def ends(self, tokens: np.ndarray) -> np.ndarray:
        """Return the character offsets (in the joined texts) where the tokens end."""
        chunk, flat = self._locate(tokens)
        return self._chunk_start[chunk] + self._flat_end[flat]

    def hyphen_prefix(self, tokens: np.ndarray) -> np.ndarray:
        """Whether each token is the first part of a hyphenated word ("ikke-statlige", "non-state").

        Such a part is not a word of its own: a negation there negates nothing.
        """
        chunk, flat = self._locate(tokens)
        end = self._flat_end[flat]
        out = np.zeros(len(tokens), dtype=bool)
        types = self._chunk_type[chunk].tolist()
        for i, (c, e) in enumerate(zip(types, end.tolist(), strict=True)):
            text = self._types[c]
            out[i] = e + 1 < len(text) and text[e] in _HYPHENS and text[e + 1].isalnum()
        return out

    def are(self, at: np.ndarray, words: frozenset[str]) -> np.ndarray:
        """Whether the tokens ``at`` are among ``words``.

        Few tokens are looked up one by one; more, through a mask over the
        word types, made once per word list and batch.
        """
        vocabulary = self.words
        masks = self.__dict__.setdefault("_masks", {})
        mask = masks.get(words)
        if mask is None and len(at) < len(vocabulary) // 4:
            return np.fromiter(
                (vocabulary[w] in words for w in self.wid[at].tolist()), dtype=bool, count=len(at)
            )
        if mask is None:
            mask = masks[words] = np.fromiter(
                (w in words for w in vocabulary), dtype=bool, count=len(vocabulary)
            )
        return mask[self.wid[at]]

    def rows(self, tokens: np.ndarray) -> np.ndarray:
        """Return the text (row) each of the given tokens belongs to."""
        # 'right': a text without tokens shares its row_first with the next one.
        return np.searchsorted(self.row_first, tokens, side="right") - 1

    def texts(self, first: np.ndarray, last: np.ndarray) -> pa.Array:
        """Return the text as written from the start of ``first`` to the end of ``last``.

        Matches repeat, so each distinct one (same chunks, same offsets in
        them) is cut out once, from its chunks joined by spaces.
        """
        if not len(first):
            return pa.array([], type=pa.large_string())
        (c1, flat1), (c2, flat2) = self._locate(first), self._locate(last)
        start, end = self._flat_start[flat1], self._flat_end[flat2]
        # Key: the chunks (type of each, -1 past the last) and the offsets.
        # Matches over more than _WIDE chunks (long runs of spaces) are each
        # a group of their own.
        width = c2 - c1 + 1
        wide = width > _WIDE
        columns = [start, end, np.where(wide, np.arange(len(first)), -1)]
        for j in range(min(int(width.max()), _WIDE)):
            columns.append(np.where(width > j, self._chunk_type[np.minimum(c1 + j, c2)], -1))
        group, examples = _group_ids(columns)
        texts = []
        for k in examples.tolist():
            chunks = [self._types[t] for t in self._chunk_type[c1[k] : c2[k] + 1].tolist()]
            text = " ".join(chunks)
            texts.append(text[start[k] : len(text) - len(chunks[-1]) + end[k]])
        return pa.array(texts, type=pa.large_string()).take(group)


def _tokenize(texts: pa.Array | list[str], clauses: bool) -> _Tokens:
    """Tokenise ``texts`` together (see the comment above); ``clauses``: find clause ends."""
    types, chunk_type, row_chunk = _split_chunks(texts)
    lowered, chunk_lower = _lowercase(types, chunk_type, row_chunk)

    # Tokenise each distinct lowercase chunk once, all with one regex split
    # of the chunks joined by spaces. The tokens come out chunk type after
    # chunk type: type k's are flat_*[type_ptr[k] : type_ptr[k] + type_ntok[k]].
    type_len = np.fromiter(map(len, lowered), dtype=np.intp, count=len(lowered))
    type_start = np.cumsum(type_len + 1) - (type_len + 1)  # offset in the joined chunks
    joined = " ".join(lowered)
    parts = _TOKEN_SPLIT.split(joined)  # [gap, token, gap, ..., token, gap]
    words, flat_wid = _dense_ids(parts[1::2])
    # one string per word type in the process: the word caches of every
    # taxonomy and batch keep it once, not once each
    words = list(map(sys.intern, words))
    part_end = np.cumsum(np.fromiter(map(len, parts), dtype=np.intp, count=len(parts)))
    flat_start, flat_end = part_end[0:-1:2], part_end[1::2]  # token j is parts[2j + 1]
    owner = np.searchsorted(type_start, flat_start, side="right") - 1
    flat_start, flat_end = flat_start - type_start[owner], flat_end - type_start[owner]
    type_ntok = np.bincount(owner, minlength=len(lowered))
    type_ptr = np.cumsum(type_ntok) - type_ntok
    if clauses:
        ends = np.fromiter((m.start() for m in _CLAUSE_END.finditer(joined)), dtype=np.intp)
        owner = np.searchsorted(type_start, ends, side="right") - 1
        flat_clause = ends - type_start[owner]
        type_ncl = np.bincount(owner, minlength=len(lowered))
        type_cptr = np.cumsum(type_ncl) - type_ncl

    chunk_len = type_len[chunk_lower] + 1  # + the space after it
    chunk_start = np.cumsum(chunk_len) - chunk_len
    del chunk_len
    chunk_ntok = type_ntok[chunk_lower]
    chunk_ptr = type_ptr[chunk_lower]
    wid = flat_wid[_expand(chunk_ptr, chunk_ntok)[1]]
    chunk_first = np.cumsum(chunk_ntok) - chunk_ntok
    row_first = np.append(chunk_first[row_chunk[:-1]], len(wid))

    clause_ends = None
    if clauses:
        owner, flat = _expand(type_cptr[chunk_lower], type_ncl[chunk_lower])
        clause_ends = chunk_start[owner] + flat_clause[flat]
    return _Tokens(
        words=words,
        wid=wid,
        row_first=row_first,
        row_start=chunk_start[row_chunk[:-1]],
        clause_ends=clause_ends,
        _chunk_start=chunk_start,
        _chunk_first=chunk_first,
        _chunk_ptr=chunk_ptr,
        _flat_start=flat_start,
        _flat_end=flat_end,
        _types=types,
        _chunk_type=chunk_type,
    )


# --- matching ----------------------------------------------------------------------


def _match(tokens: _Tokens, compiled: _Compiled) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Find every match of one language's patterns in ``tokens``.

    Returns
    -------
    first, last, entry : ndarray
        First and last token of each match and its entry in
        ``compiled.entries``. The single-word matches at one token come in the
        order of the word's elements (as ``word_elements`` iterates them) and
        then of the file, and so do the phrase matches starting there (which
        all end later); phrases follow the single words overall.
    """
    words = tokens.words
    sets = list(map(compiled.word_elements.get, words))
    if None in sets:
        sets = [
            s if s is not None else _elements_of(compiled, w)
            for s, w in zip(sets, words, strict=True)
        ]
    # (word, element) pairs: each word's elements in word_elements order.
    n_words, n_el = len(words), compiled.n_elements
    sizes = np.fromiter(map(len, sets), dtype=np.intp, count=n_words)
    pair_word = np.repeat(np.arange(n_words), sizes)
    pair_element = np.fromiter(itertools.chain.from_iterable(sets), np.intp, int(sizes.sum()))
    member_keys = np.sort(pair_word * n_el + pair_element)  # "word satisfies element"
    wid = tokens.wid

    # Single words: every token whose word starts one, with each of its entries.
    pairs = (wid, pair_word, pair_element, n_words)
    s_first, s_entry = _starts(
        *pairs, compiled.single_ptr, compiled.single_n, compiled.single_entries
    )

    # Phrases: candidates (first token, entry), then element k checked at
    # token first + k for all candidates at once, dropping failures.
    p_first, p_entry = _starts(
        *pairs, compiled.phrase_ptr, compiled.phrase_n, compiled.phrase_entries
    )
    p_len = compiled.entry_length[p_entry]
    # a phrase must end inside the item it starts in
    ok = p_first + p_len <= tokens.row_first[tokens.rows(p_first) + 1]
    for k in range(1, int(p_len.max(initial=0))):
        alive = np.flatnonzero(ok & (p_len > k))
        if not len(alive):
            break
        need = compiled.element_table[p_entry[alive], k]
        keys = wid[p_first[alive] + k] * n_el + need
        ok[alive] = _contains(member_keys, keys)
    p_first, p_entry, p_len = p_first[ok], p_entry[ok], p_len[ok]

    first = np.concatenate([s_first, p_first])
    last = np.concatenate([s_first, p_first + p_len - 1])
    entry = np.concatenate([s_entry, p_entry])
    return first, last, entry


def _starts(
    wid: np.ndarray,
    pair_word: np.ndarray,
    pair_element: np.ndarray,
    n_words: int,
    ptr: np.ndarray,
    counts: np.ndarray,
    entries: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Every token whose word starts an entry of one index, once per such entry.

    The index is ``(ptr, counts, entries)``, element -> entries (CSR). Per
    word type, its entries are contiguous: the pairs come grouped by word, so
    its elements come in ``word_elements`` order, and each element's entries
    in file order. Returns the tokens and the entries, in token order.
    """
    owner, flat = _expand(ptr[pair_element], counts[pair_element])
    n = np.bincount(pair_word[owner], minlength=n_words)  # entries per word type
    word_entries = entries[flat]
    at = np.flatnonzero(n[wid])
    owner, flat = _expand((np.cumsum(n) - n)[wid[at]], n[wid[at]])
    return at[owner], word_entries[flat]


def _contains(sorted_keys: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Whether each of ``keys`` is in ``sorted_keys``."""
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return sorted_keys[at] == keys


def _operative(tokens: _Tokens, first: np.ndarray, window: int) -> np.ndarray:
    """Whether each token is within ``window`` tokens of a clause start.

    A clause starts at the item's first token and after ``. ; : , ! ?``.
    Token ``t`` is in the window when fewer than ``window`` tokens of
    its item precede it, or when a clause end lies between the end of token
    ``t - window`` and the start of ``t`` (tokens hold no punctuation,
    so searching that whole stretch finds exactly the gaps in between).
    """
    back = first - window
    near_start = back < tokens.row_first[tokens.rows(first)]
    back = np.maximum(back, 0)
    ends = tokens.clause_ends
    between = np.searchsorted(ends, tokens.starts(first)) - np.searchsorted(ends, tokens.ends(back))
    return near_start | (between > 0)


#: How far back (tokens) a verb coordinated by "and" looks for the relative pronoun that
#: opened its clause ("..., which demands that the parties halt the siege and calls for").
_COORDINATED_REACH = 30


def _clause_opener(tokens: _Tokens, first: np.ndarray, window: int) -> np.ndarray:
    """Return the first token of each token's clause, when fewer than ``window`` back.

    A clause opens at the item's first token and after ``. ; : , ! ?``
    (see :func:`_operative`); ``-1`` where no clause opens within the window.
    """
    if not len(first):
        return np.full(0, -1, dtype=first.dtype)
    lo = tokens.row_first[tokens.rows(first)]
    cand = first[:, None] - np.arange(window)  # the window's tokens, nearest first
    inside = cand >= lo[:, None]
    flat = np.maximum(cand, 0).reshape(-1)
    ends = tokens.clause_ends
    gap = np.searchsorted(ends, tokens.starts(flat)) - np.searchsorted(
        ends, tokens.ends(np.maximum(flat - 1, 0))
    )
    opens = inside & ((cand == lo[:, None]) | (gap.reshape(cand.shape) > 0))
    nearest = opens.argmax(axis=1)
    return np.where(opens.any(axis=1), cand[np.arange(len(first)), nearest], -1)


_RIGHT_BEFORE = (1, 2)  # how far before a verb a relative pronoun with no comma may stand


def _in_relative_clause(
    tokens: _Tokens, first: np.ndarray, window: int, words: frozenset[str]
) -> np.ndarray:
    """Whether each match stands in a clause opened by a relative pronoun ("..., kas ...").

    Such a clause says what another does ("partneri, kas apliecinātu atbalstu";
    "ISIL/Daesh, kas šiītus uzskata par neticīgajiem"): its verbs are not the
    issuer's speech acts. Only clauses opening within ``window`` tokens of
    the match are looked at (farther ones do not make a match operative).
    """
    found = np.zeros(len(first), dtype=bool)
    lo = tokens.row_first[tokens.rows(first)]
    near = np.zeros(len(first), dtype=bool)  # such a word within the window before the match
    for k in range(1, window):
        ok = np.flatnonzero(first - k > lo)
        near[ok] |= tokens.are(first[ok] - k, words)
    some = np.flatnonzero(near)
    found[some] = _in_relative_clause_at(tokens, first[some], window, words)
    # a relative pronoun right before the verb (or one word before: "som olagligen stöder")
    # opens a clause with no comma too: "d'entités ou d'organismes qui appuient"; not one
    # a comma parts from it ("The EU, which calls, supports": the main verb)
    opener = _clause_opener(tokens, first, max(_RIGHT_BEFORE) + 1)
    for k in _RIGHT_BEFORE:
        ok = np.flatnonzero((first - k > lo) & ((opener < 0) | (opener <= first - k)))
        found[ok] |= tokens.are(first[ok] - k, words)
    return found


def _in_relative_clause_at(
    tokens: _Tokens, first: np.ndarray, window: int, words: frozenset[str]
) -> np.ndarray:
    """:func:`_in_relative_clause` for matches with such a word shortly before them."""
    opener = _clause_opener(tokens, first, window)
    found = np.zeros(len(first), dtype=bool)
    # only clauses after a punctuation mark: an item's first word is not a relative pronoun
    # ("Som statspart ..." is "As a State Party ..."); nor is the match's own first word
    ok = np.flatnonzero(opener > tokens.row_first[tokens.rows(first)])
    ok = ok[opener[ok] < first[ok]]
    found[ok] = tokens.are(opener[ok], words)
    return found


def _complement(
    tokens: _Tokens,
    first: np.ndarray,
    last: np.ndarray,
    theme: np.ndarray,
    markers: frozenset[str],
) -> np.ndarray:
    """Whether each match is the complement of a match of another theme just before it.

    It is when one or two of ``markers`` (infinitive markers and the
    prepositions before them: "to", "til at") and nothing else stand between
    them, or, in a language given no markers (Latvian marks the infinitive by
    its ending), when it starts right after that match:
    "Regjeringen vil fortsette å støtte", "atkārtoti apstiprināja apņemšanos
    atbalstīt" state a commitment, not also support. (Right after is not
    enough where markers exist: "bekräftigt ihre Forderung" is two acts.)
    """
    found = np.zeros(len(first), dtype=bool)
    if not len(first):
        return found
    n_themes = int(theme.max()) + 1
    ends = np.sort(last)
    ends_theme = np.sort(last * n_themes + theme)
    lo = tokens.row_first[tokens.rows(first)]

    def other_ends_at(at: np.ndarray, own: np.ndarray) -> np.ndarray:
        n_all = np.searchsorted(ends, at, side="right") - np.searchsorted(ends, at)
        key = at * n_themes + own
        n_same = np.searchsorted(ends_theme, key, side="right") - np.searchsorted(ends_theme, key)
        return n_all > n_same

    if not markers:  # a language without infinitive markers: right after it
        ok = first - 1 >= lo
        found[ok] = other_ends_at(first[ok] - 1, theme[ok])
        return found
    between = np.ones(len(first), dtype=bool)  # the words between are all markers so far
    for gap in (1, 2):  # "å støtte", "til at tage"
        ok = np.flatnonzero(between & (first - gap - 1 >= lo) & ~found)
        ok = ok[tokens.are(first[ok] - gap, markers)]
        between[:] = False
        between[ok] = True
        found[ok] = other_ends_at(first[ok] - gap - 1, theme[ok])
    return found


def _preceded_by(tokens: _Tokens, first: np.ndarray, words: frozenset[str]) -> np.ndarray:
    """Whether the token before each match (in its own item) is one of ``words``."""
    before = first - 1
    ok = before >= tokens.row_first[tokens.rows(first)]
    found = np.zeros(len(first), dtype=bool)
    found[ok] = tokens.are(before[ok], words)
    return found


def _negated(
    tokens: _Tokens, first: np.ndarray, last: np.ndarray, span: int, words: frozenset[str]
) -> np.ndarray:
    """Whether a negation word stands within ``span`` tokens before or after each match, or in it.

    Only tokens of the match's own item and clause count ("does not recognise",
    "anerkender ikke", "ne reconnaît pas"): in "gir grunn til alvorlig bekymring,
    ikke minst ..." ("not least") the comma ends what "ikke" could negate.
    """
    row = tokens.rows(first)
    lo, hi = tokens.row_first[row], tokens.row_first[row + 1]
    found = np.zeros(len(first), dtype=bool)
    for k in range(1, span + 1):
        for near, ok, after in (
            (first - k, first - k >= lo, False),
            (last + k, last + k < hi, True),
        ):
            hit = np.flatnonzero(ok)
            hit = hit[tokens.are(near[hit], words)]
            if len(hit):
                hit = hit[~tokens.hyphen_prefix(near[hit])]
            if len(hit) and tokens.clause_ends is not None:
                # the characters between the match and the negation word hold no clause end
                a = tokens.ends(last[hit]) if after else tokens.ends(near[hit])
                b = tokens.starts(near[hit]) if after else tokens.starts(first[hit])
                ends = tokens.clause_ends
                hit = hit[np.searchsorted(ends, a) == np.searchsorted(ends, b)]
            found[hit] = True
    # a negation word a pattern's wildcard took: "ger inget stöd" matched "ger * stöd"
    inside = last - first
    for k in range(1, int(inside.max(initial=0))):
        hit = np.flatnonzero(inside > k)
        found[hit[tokens.are(first[hit] + k, words)]] = True
    return found


def _listed(compiled: _Compiled, patterns: frozenset[str]) -> np.ndarray:
    """Whether each entry's pattern is one of ``patterns`` (made once per language and list)."""
    key = ("listed", patterns)
    if key not in compiled.derived:
        compiled.derived[key] = np.fromiter(
            (p in patterns for _, p in compiled.entries), dtype=bool, count=len(compiled.entries)
        )
    return compiled.derived[key]


def _holds_negation(compiled: _Compiled, words: frozenset[str]) -> np.ndarray:
    """Whether each entry's pattern itself holds a negation word (it is not cancelled).

    Made once per language and word list, not once per batch of items.
    """
    key = ("negation", words)
    if key not in compiled.derived:
        split = (set(normalize(p).replace("’", "'").split()) for _, p in compiled.entries)
        compiled.derived[key] = np.fromiter(
            (bool(w & words) for w in split), dtype=bool, count=len(compiled.entries)
        )
    return compiled.derived[key]


def _pattern_list(compiled: _Compiled) -> list[str]:
    """Return the entries' patterns, in entry order (made once per language)."""
    if "patterns" not in compiled.derived:
        compiled.derived["patterns"] = [p for _, p in compiled.entries]
    return compiled.derived["patterns"]


class _Found(NamedTuple):
    """The counted matches of all items, in evidence order.

    ``row`` is the item's position, ``start``/``end`` character offsets in its
    text, ``theme`` an index into ``Dictionary.themes``, ``pattern`` an index
    into ``patterns`` and ``match`` the matched text.
    """

    row: np.ndarray
    start: np.ndarray
    end: np.ndarray
    theme: np.ndarray
    pattern: np.ndarray
    patterns: pa.Array
    match: pa.Array


def _positioned(
    tokens: _Tokens,
    compiled: _Compiled,
    dictionary: Dictionary,
    code: str,
    first: np.ndarray,
    last: np.ndarray,
    entry: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Keep the matches that the ``position`` rule counts (all, without the rule)."""
    window = dictionary.window(code)
    if window is None:
        return first, last, entry
    anywhere = dictionary.anywhere.get(code)
    listed = _listed(compiled, anywhere)[entry] if anywhere else np.zeros(len(entry), bool)
    keep = _operative(tokens, first, window)
    relative = dictionary.relative_words.get(code)
    if relative:
        counted = np.flatnonzero(keep)  # only these can lose their place
        keep[counted] = ~_in_relative_clause(tokens, first[counted], window, relative)
    after = dictionary.after_words.get(code)
    if after:
        coordinated = _preceded_by(tokens, first, after) & ~keep
        conjunctions = dictionary.coordinator_words.get(code)
        if relative and conjunctions:
            # "resolution 2736, which demands ... and calls for": the relative clause's
            # verbs are another's, those coordinated by "and" too, however far its
            # pronoun ("which we condemn" stays ours: "we" is no conjunction)
            some = np.flatnonzero(coordinated & _preceded_by(tokens, first, conjunctions))
            coordinated[some] = ~_in_relative_clause_at(
                tokens, first[some], _COORDINATED_REACH, relative
            )
        keep |= coordinated
    determiners = dictionary.determiner_words.get(code)
    if determiners:  # "Les demandes d'autorisation": a noun, not the issuer's verb
        keep &= ~_preceded_by(tokens, first, determiners)
    if relative and listed.any():
        # counted anywhere, but not in another's relative clause ("the Committee's
        # observations, which call on China": the Committee calls, new user 53)
        some = np.flatnonzero(listed)
        listed[some] = ~_in_relative_clause(tokens, first[some], window, relative)
    keep |= listed
    first, last, entry, listed = first[keep], last[keep], entry[keep], listed[keep]
    markers = dictionary.complement_words.get(code)
    if markers is not None:
        keep = listed | ~_complement(tokens, first, last, compiled.entry_theme[entry], markers)
        first, last, entry = first[keep], last[keep], entry[keep]
    return first, last, entry


def _find(
    texts: pa.Array | list[str],
    langs: list[str],
    dictionary: Dictionary,
    fallback: tuple[str, ...] = (),
    shared: dict | None = None,
) -> _Found:
    """Match every text and return the counted matches (see :class:`_Found`).

    Items are matched in batches of up to ``_BATCH_ROWS`` items (which bounds
    the memory used): per language of the dictionary, each with its own
    patterns only. Items whose language the dictionary lacks are matched with
    the ``fallback`` languages' patterns, or (none named) not at all. The
    matches are ordered by item, start and end; matches of the same span
    keep the order of the dictionary's languages, then the order :func:`_match`
    gives them. A theme found twice for the same span is listed once, with
    its first pattern.

    ``shared``, a dict kept by the caller for the same ``texts`` and
    ``langs``, keeps each batch's tokens for the next dictionary (the
    tokens do not depend on the dictionary: a corpus chunk's texts are
    tokenised once for all its taxonomies, not once each).
    """
    positional = dictionary.position_window is not None
    # batch number: the language's position in the dictionary, or -1
    known = {lang: k for k, lang in enumerate(dictionary.patterns)}
    batch_of = np.fromiter(map(known.get, langs, itertools.repeat(-1)), np.intp, len(langs))
    batches = []
    for lang, k in [*known.items(), (None, -1)]:
        if lang is None and not fallback:
            break  # no language of its own, none asked for: no matching
        rows = np.flatnonzero(batch_of == k)
        batches.extend((lang, rows[i : i + _BATCH_ROWS]) for i in range(0, len(rows), _BATCH_ROWS))
    patterns: list[str] = []  # the entries' patterns of every language used, one after another
    parts: dict[str, list] = {c: [] for c in ("row", "start", "end", "theme", "pattern")}
    matches: list[pa.Array] = []
    for lang, rows in batches:
        if len(rows) == len(texts):
            source = texts
        elif isinstance(texts, pa.Array):
            source = texts.take(rows)
        else:
            source = [texts[r] for r in rows.tolist()]
        key = rows.tobytes()
        tokens = shared.get(key) if shared is not None else None
        if tokens is None:
            # shared: with the clause ends, which the dictionaries with a position rule need
            tokens = _tokenize(source, clauses=positional or shared is not None)
            if shared is not None:
                shared[key] = tokens
        for code in [lang] if lang is not None else list(fallback):
            compiled = _compile(dictionary, code)
            first, last, entry = _match(tokens, compiled)
            first, last, entry = _positioned(tokens, compiled, dictionary, code, first, last, entry)
            negation = dictionary.negation_words.get(code)
            if negation:
                holds = _holds_negation(compiled, negation)[entry]
                keep = holds | ~_negated(tokens, first, last, dictionary.negation_span, negation)
                # a negated form listed in the dictionary replaces the plain verb it starts at
                keep &= holds | ~np.isin(first, first[holds & keep])
                first, last, entry = first[keep], last[keep], entry[keep]
            local = tokens.rows(first)
            parts["row"].append(rows[local])
            parts["start"].append(tokens.starts(first) - tokens.row_start[local])
            parts["end"].append(tokens.ends(last) - tokens.row_start[local])
            matches.append(tokens.texts(first, last))
            parts["theme"].append(compiled.entry_theme[entry])
            parts["pattern"].append(len(patterns) + entry)
            patterns.extend(_pattern_list(compiled))
        del tokens  # before the next batch's are made

    row, start, end, theme, pattern = (
        np.concatenate(parts[c]) if parts[c] else np.zeros(0, dtype=np.intp)
        for c in ("row", "start", "end", "theme", "pattern")
    )
    # Order by (row, start, end): _group_ids numbers in that order, and a
    # stable sort keeps equal spans in language-then-pattern order.
    order = np.argsort(_group_ids([row, start, end])[0], kind="stable")
    row, start, end, theme, pattern = (a[order] for a in (row, start, end, theme, pattern))
    # The same theme twice on one span: keep the first.
    keep = np.sort(_group_ids([row, start, end, theme])[1])
    match = pa.concat_arrays(matches) if matches else pa.array([], type=pa.large_string())
    return _Found(
        row=row[keep],
        start=start[keep],
        end=end[keep],
        theme=theme[keep],
        pattern=pattern[keep],
        patterns=pa.array(patterns, type=pa.large_string()),
        match=match.take(order[keep]),
    )
