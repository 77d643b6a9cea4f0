"""Tagging: items in, items with their themes and the evidence of every match out."""

from __future__ import annotations

import copy
import re
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..document import Document
from ..errors import DictionaryError, UntaggedLanguageWarning
from ..languages import nearest_language
from ..tokens import TOKEN
from .dictionary import (
    TAXONOMIES,
    Dictionary,
    _load_shipped,
    context_dictionary,
    load_dictionary,
    names_dictionary,
)
from .match import _find, _Found, _group_ids

_KEYS = ("doc_id", "item_id", "section", "number", "letter")

#: Values of the items' ``tag_status`` column.
TAGGED = "tagged"  # matched with its own language's patterns
NO_DICTIONARY = "no_dictionary_for_language"  # the dictionary lacks the item's language
UNDETERMINED = "language_undetermined"  # the item's language is ``und`` (or missing)
FALLBACK = "tagged_with_fallback"  # matched with the fallback_lang patterns the caller named
#: read, but the dictionary's ``context`` rule held its themes back: the item's document
#: (or, by the rule's ``items`` settings, its neighbourhood) has none of the context words
#: (the shipped ``oap``: no word for mines), so its "no theme" means "not applied"
OUT_OF_CONTEXT = "out_of_context"
TAG_STATUSES = (TAGGED, NO_DICTIONARY, UNDETERMINED, FALLBACK, OUT_OF_CONTEXT)
#: The statuses of an item no dictionary read: its themes say nothing of its text.
UNREAD = (NO_DICTIONARY, UNDETERMINED)
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


class Tagged(NamedTuple):
    """What :func:`tag` returns.

    Attributes
    ----------
    items : DataFrame
        The input items plus ``taxonomy``, ``themes`` (theme IDs joined by
        ``;`` in dictionary order, empty when none), ``n_matches``,
        ``tag_status`` (``tagged``; ``no_dictionary_for_language`` or
        ``language_undetermined`` for items that were not matched;
        ``tagged_with_fallback`` for those matched with ``fallback_lang``;
        ``out_of_context`` for those read but outside the dictionary's
        ``context`` rule: the shipped ``oap`` applies Oslo themes only where
        mines are spoken of),
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

    @property
    def carrying(self) -> int:
        """How many items carry one of the taxonomy's themes."""
        return int((self.items["themes"] != "").sum())

    def __repr__(self) -> str:
        """One line: the taxonomy, how many items carry a theme, and the evidence's size."""
        return (
            f"<Tagged {self.dictionary.name!r}: {self.carrying} of {len(self.items)} items carry"
            f" a theme, {len(self.evidence)} evidence rows>"
        )


def tag(
    items: pd.DataFrame | Document,
    *,
    taxonomy: str | None = None,
    dictionary: str | Path | Dictionary | None = None,
    fallback_lang: str | Sequence[str] | None = None,
) -> Tagged:
    """Tag items with themes and list the evidence.

    Parameters
    ----------
    items : DataFrame or Document
        Needs ``text`` and ``lang``; key columns (``doc_id, item_id,
        section, number, letter``) are carried into the evidence when present.
        A document read with :func:`polcompare.read` stands for its ``items``.
    taxonomy : str, optional
        ``oap`` (the default), ``policy`` or ``stance`` (see :data:`TAXONOMIES`).
        Names the result; with no ``dictionary`` it also picks the shipped
        dictionary. With a ``dictionary`` and no ``taxonomy``, the result is
        named after the dictionary (its file name), not "oap". The
        dictionary's own ``rules`` (the shipped ``stance`` has the
        operative-verb position rule) decide how matches count.
    dictionary : str, Path or Dictionary, optional
        A user dictionary (file path, or one loaded with
        :func:`load_dictionary`) in place of the shipped one.
    fallback_lang : str or sequence of str, optional
        Languages of the dictionary whose patterns match the items whose own
        language it lacks (or is ``und``). By default such items are not
        matched: they get no themes, ``tag_status`` says why, and one
        :class:`~polcompare.errors.UntaggedLanguageWarning` per document and
        language names them (one warning in all, counting documents and items
        per language, when more than :data:`WARN_PER_DOCUMENT` documents'
        items are concerned). An item of a language the dictionary has is
        always matched with that language's patterns (and stemmer) only.

    Returns
    -------
    Tagged
        ``(items, evidence, dictionary)``; see :class:`Tagged` for columns.
    """
    if not isinstance(items, pd.DataFrame):
        frame = getattr(items, "items", None)  # a Document: tag(doc) as tag(doc.items)
        if not isinstance(frame, pd.DataFrame):
            raise TypeError(
                f"tag() needs a document's items (a DataFrame) or a document, not "
                f"{type(items).__name__}"
            )
        items = frame
    if dictionary is not None and not isinstance(dictionary, Dictionary):
        dictionary = load_dictionary(dictionary)
    if taxonomy is None:  # a user's own themes are not Oslo themes
        taxonomy = "oap" if dictionary is None else dictionary.name
    dictionary, langs, status, found = _match_items(items, taxonomy, dictionary, fallback_lang)
    rows = found.row

    # what pandas makes of a list of str (pyarrow str, or object when string
    # inference is off): the new text columns are built as that directly
    string_dtype = pd.Series(["x"]).dtype
    n = len(langs)
    # Each table is built once from its columns: adding them one by one costs
    # pandas a copy of the column index each time (milliseconds per call,
    # paid again by every chunk of a corpus).
    if n:
        n_matches = np.bincount(rows, minlength=n).astype(np.int64)
    else:  # as pandas makes of empty lists
        n_matches = _EMPTY
    added = {
        "taxonomy": taxonomy,
        "themes": _themes_values(found, n, dictionary, string_dtype),
        "n_matches": n_matches,
        "tag_status": _strings(pa.array(status, type=pa.large_string()), string_dtype),
        "dictionary": dictionary.name,
        "dictionary_sha256": dictionary.sha256,
    }
    out = _with_columns(items, added)

    keys = [c for c in _KEYS if c in items]
    columns = {key: items[key].array.take(rows) for key in keys}
    if len(rows):
        themes = pa.array(dictionary.themes, type=pa.large_string())
        groups = [dictionary.groups.get(t, "") for t in dictionary.themes]
        groups = pa.array(groups, type=pa.large_string())
        columns["lang"] = _strings(pa.array(langs, type=pa.large_string()).take(rows), string_dtype)
        columns["taxonomy"] = taxonomy
        columns["theme"] = _strings(themes.take(found.theme), string_dtype)
        columns["group"] = _strings(groups.take(found.theme), string_dtype)
        columns["match"] = _strings(found.match, string_dtype)
        columns["pattern"] = _strings(found.patterns.take(found.pattern), string_dtype)
    else:  # as pandas makes of empty lists
        columns["lang"] = _EMPTY
        columns["taxonomy"] = taxonomy
        for column in ("theme", "group", "match", "pattern"):
            columns[column] = _EMPTY
    columns["start"] = found.start.astype(np.int64)
    columns["end"] = found.end.astype(np.int64)
    columns["dictionary"] = dictionary.name
    columns["dictionary_sha256"] = dictionary.sha256
    evidence = _carry(pd.DataFrame(columns, index=pd.RangeIndex(len(rows))), items)
    if items.columns.dtype == object:  # the column index's type, as items[keys] keeps it
        evidence.columns = evidence.columns.astype(object)
    for frame in (out, evidence):
        frame.attrs.update(
            taxonomy=taxonomy, dictionary=dictionary.name, dictionary_sha256=dictionary.sha256
        )
    return Tagged(out, evidence, dictionary)


def _match_items(
    items: pd.DataFrame, taxonomy: str, dictionary: Dictionary | None, fallback_lang, shared=None
):
    """Match the items as :func:`tag` does: return ``(dictionary, langs, status, found)``.

    ``dictionary`` is a loaded one (:func:`tag` loads a path) or None: the shipped ``taxonomy``.

    Warns (:func:`_warn_untagged`) as if from :func:`tag`'s caller.
    ``shared``: the items' tokens, kept between calls on the same items
    (see :func:`~polcompare.themes.match._find`).
    """
    if dictionary is None:
        if taxonomy not in TAXONOMIES:
            raise DictionaryError(
                taxonomy, f"unknown taxonomy (expected {', '.join(TAXONOMIES)} or a dictionary)"
            )
        dictionary = _load_shipped(taxonomy)

    texts = _arrow_texts(items["text"])
    if texts is None:
        texts = [t if isinstance(t, str) else "" for t in items["text"].tolist()]
    langs = _langs(items)
    fallback = _fallback(fallback_lang, dictionary)
    status = _statuses(langs, dictionary, fallback)
    if not fallback:
        _warn_untagged(items, langs, status, taxonomy, dictionary)
    found = _find(texts, langs, dictionary, fallback, shared)
    if dictionary.proper_names or dictionary.exceptions:
        found = _outside_names(found, texts, langs, dictionary, fallback, shared)
    if dictionary.context:
        found, held = _in_context(found, items, texts, langs, dictionary, fallback, shared)
        status = [
            OUT_OF_CONTEXT if h and st in (TAGGED, FALLBACK) else st
            for st, h in zip(status, held.tolist(), strict=True)
        ]
    if dictionary.anaphora:
        found = _resolve_anaphora(found, items, texts, langs, dictionary)
    if dictionary.elsewhere:
        found = _named_elsewhere(found, items, langs, dictionary)
    if dictionary.lead_in is not None:
        found = _from_lead_ins(found, items, texts, langs, dictionary)
    return dictionary, langs, status, _one_per_place(found)


def _one_per_place(found: _Found) -> _Found:
    """Keep one match of a theme per place in an item: the first, and the longest there.

    "atkārtoti apstiprina savus" matched "atkārtoti apstiprina", "apstiprina" and
    "apstiprina savus" for one act of reaffirming: counted three times, the nested and
    overlapping matches inflated ``n_matches`` and the evidence per 1,000 words. Matches
    of different themes at one place all stay.
    """
    n = len(found.row)
    if n < 2:
        return found
    order = np.lexsort((-found.end, found.start, found.theme, found.row))
    rows, themes = found.row[order].tolist(), found.theme[order].tolist()
    starts, ends = found.start[order].tolist(), found.end[order].tolist()
    keep = np.zeros(n, dtype=bool)
    key, end = None, -1
    for k in range(n):
        if (rows[k], themes[k]) != key:
            key, end = (rows[k], themes[k]), -1
        if starts[k] >= end:
            keep[order[k]] = True
            end = ends[k]
    if keep.all():
        return found
    idx = np.flatnonzero(keep)  # in the evidence's order
    return _Found(
        found.row[idx],
        found.start[idx],
        found.end[idx],
        found.theme[idx],
        found.pattern[idx],
        found.patterns,
        found.match.take(pa.array(idx)),
    )


def _themes_values(found, n: int, dictionary: Dictionary, string_dtype):
    """Return the ``themes`` column of :func:`tag`'s items (each row's themes joined by ``;``)."""
    if not n:
        return _EMPTY  # as pandas makes of an empty list
    return _strings(_theme_lists(found.row, found.theme, n, dictionary.themes), string_dtype)


def themes_column(items: pd.DataFrame, taxonomy: str, shared: dict | None = None):
    """Return ``tag(items, taxonomy=taxonomy).items["themes"]``'s values, without the tables.

    For :func:`~polcompare.parallel.build_corpus`, which keeps only that
    column of each taxonomy: the items and evidence tables are not built.
    Warns as :func:`tag` does. ``shared``: a dict for the tokens of these
    items, passed again with the same items for the next taxonomy, which
    then does not tokenise them again.
    """
    dictionary, langs, _, found = _match_items(items, taxonomy, None, None, shared)
    return _themes_values(found, len(langs), dictionary, pd.Series(["x"]).dtype)


#: The column pandas makes of an empty list (float64).
_EMPTY = np.array([], dtype=np.float64)


def _with_columns(items: pd.DataFrame, added: dict) -> pd.DataFrame:
    """Copy ``items`` with ``added``'s columns set, as ``copy()`` and ``out[k] = v`` make it.

    The new columns go on in one concatenation (the index, repeated labels
    and all, is the items'); when one of them is already there (items tagged
    before) or the column labels are not plain strings, one by one.
    """
    extra = pd.DataFrame(added, index=items.index)
    if (
        items.columns.is_unique
        and items.columns.dtype == extra.columns.dtype  # else concat would change it
        and not any(key in items.columns for key in added)
    ):
        return _carry(pd.concat([items, extra], axis=1), items)
    out = items.copy()
    for key, value in added.items():
        out[key] = value
    return out


def _carry(frame: pd.DataFrame, items: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the ``attrs`` and flags of ``items``, as pandas carries them to a copy."""
    frame.attrs = copy.deepcopy(items.attrs)
    frame.flags.allows_duplicate_labels = items.flags.allows_duplicate_labels
    return frame


def _in_context(found, items, texts, langs, dictionary, fallback, shared=None):
    """Keep the matches of documents where the ``context`` rule's patterns match.

    Returns ``(found, held)``: the matches kept, and per item whether the rule held
    its themes back (its language is gated and its document, or neighbourhood, fails).
    """
    ctx = context_dictionary(dictionary)
    hits = _context_rows(_find(texts, langs, ctx, fallback, shared))
    docs = items["doc_id"].astype(str).to_numpy() if "doc_id" in items else np.arange(len(langs))
    gated = np.array([lang in dictionary.context for lang in langs], dtype=bool)
    # a set, not np.isin: on object arrays isin compares every pair (12 s for 1,000 documents)
    hit_docs = set(docs[hits].tolist())
    ok = ~gated | np.fromiter((d in hit_docs for d in docs.tolist()), dtype=bool, count=len(docs))
    if dictionary.context_share is not None and len(docs):
        ok &= ~gated | _near_context(docs, hits, dictionary)
    keep = ok[found.row]
    return _kept(found, keep), ~ok


def _context_rows(found: _Found) -> np.ndarray:
    """Return the rows of the context matches no ``except`` match covers ("coal mine")."""
    is_context = found.theme == 0  # themes ("context", "except")
    if is_context.all():
        return found.row
    covers = _kept(found, ~is_context)
    return found.row[is_context & ~_inside(found, covers)]


def _inside(found: _Found, covers: _Found) -> np.ndarray:
    """Tell, per match of ``found``, whether a match of ``covers`` in its item spans it."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for row, start, end in zip(
        covers.row.tolist(), covers.start.tolist(), covers.end.tolist(), strict=True
    ):
        spans.setdefault(row, []).append((start, end))
    inside = np.zeros(len(found.row), dtype=bool)
    # only the matches in an item with a cover can be inside one
    for i in np.flatnonzero(np.isin(found.row, list(spans))).tolist():
        start, end = int(found.start[i]), int(found.end[i])
        inside[i] = any(a <= start and end <= b for a, b in spans[int(found.row[i])])
    return inside


def _outside_names(found, texts, langs, dictionary, fallback, shared=None):
    """Drop the matches inside a phrase of the ``proper_names`` or ``except`` rule.

    ("Demokratische Republik" names a state; an "extension request" asks no one.)
    """
    phrases = names_dictionary(dictionary)
    # the fallback languages that have phrases (a language without any has none to drop)
    fallback = tuple(code for code in fallback if code in phrases.patterns)
    names = _find(texts, langs, phrases, fallback, shared)
    return _kept(found, ~_inside(found, names))


def _kept(found, keep):
    """Return the matches of ``found`` where ``keep`` is true."""
    return found._replace(
        row=found.row[keep],
        start=found.start[keep],
        end=found.end[keep],
        theme=found.theme[keep],
        pattern=found.pattern[keep],
        match=found.match.filter(pa.array(keep)),
    )


#: The word right after a match, only spaces between ("parter i konventionen, om ..." has none).
_NEXT_WORD = re.compile(rf"\s+({TOKEN.pattern})")


def _resolve_anaphora(found, items, texts, langs, dictionary: Dictionary):
    """Apply the ``anaphora`` rule: keep a match of its patterns only where it refers back.

    Such a match ("the Convention", "Konvensjonens") counts when the word
    right after it (only spaces between) does not go on with a name ("the
    Convention on the Rights of ..."), and when the document (items sharing
    a ``doc_id``) has a match of the same theme by another pattern, in this
    item or another: the treaty is named there. Items matched with a
    fallback language use every language's lists.
    """
    if not len(found.row):
        return found
    every = frozenset().union(*dictionary.anaphora.values())
    every_name = frozenset().union(*dictionary.anaphora_names.values())
    patterns = found.patterns.to_pylist()
    # by pattern text first (any language's list), then by the item's own language
    listed_any = np.fromiter((p in every for p in patterns), dtype=bool, count=len(patterns))
    is_anaphor = listed_any[found.pattern]
    if not is_anaphor.any():
        return found
    candidates = np.flatnonzero(is_anaphor)
    cand_lang = np.array([langs[r] for r in found.row[candidates].tolist()], dtype=object)
    for lang in set(cand_lang.tolist()):
        listed = dictionary.anaphora.get(lang, every if lang not in dictionary.patterns else ())
        own = np.fromiter((p in listed for p in patterns), dtype=bool, count=len(patterns))
        here = candidates[cand_lang == lang]
        is_anaphor[here] = own[found.pattern[here]]
    keep = ~is_anaphor
    if "doc_id" in items:
        doc = pd.factorize(items["doc_id"].astype(str))[0]
    else:
        doc = np.arange(len(langs))
    n_themes = len(dictionary.themes)
    key = doc[found.row] * n_themes + found.theme  # (document, theme) of every match
    named = np.unique(key[keep])
    if dictionary.anaphora_share:
        # the treaty is the document's subject: enough of its items name it
        items_named = np.unique(found.row[keep] * n_themes + found.theme[keep])
        pairs = doc[items_named // n_themes] * n_themes + items_named % n_themes
        named, count = np.unique(pairs, return_counts=True)
        size = np.bincount(doc, minlength=int(doc.max(initial=0)) + 1)
        named = named[count >= dictionary.anaphora_share * size[named // n_themes]]
    anaphors = np.flatnonzero(is_anaphor)
    referring = anaphors[np.isin(key[anaphors], named)]  # the document names the treaty
    names_of = {
        lang: dictionary.anaphora_names.get(
            lang, every_name if lang not in dictionary.patterns else frozenset()
        )
        for lang in set(langs[r] for r in found.row[referring].tolist())
    }
    text_of: dict[int, str] = {}
    goes_on = []
    for row, end in zip(found.row[referring].tolist(), found.end[referring].tolist(), strict=True):
        text = text_of.get(row)
        if text is None:
            text = text_of[row] = _text(texts, row)
        after = _NEXT_WORD.match(text, end)
        # "the Convention on ...": a name goes on, not a reference back
        goes_on.append(after is not None and after.group(1).lower() in names_of[langs[row]])
    keep[referring] = ~np.array(goes_on, dtype=bool)
    return _kept(found, keep)


def _named_elsewhere(found, items, langs, dictionary: Dictionary):
    """Apply the ``elsewhere`` rule: keep a match of its patterns only where the theme is named.

    "Russia's troops" counts as the war against Ukraine in a document (items sharing a
    ``doc_id``) that another pattern of the theme matches ("war of aggression"), not in one
    on Georgia. Items matched with a fallback language use every language's lists.
    """
    if not len(found.row):
        return found
    every = frozenset().union(*dictionary.elsewhere.values())
    patterns = found.patterns.to_pylist()
    row_lang = np.array([langs[r] for r in found.row.tolist()], dtype=object)
    listed = np.zeros(len(found.row), dtype=bool)
    for lang in set(row_lang.tolist()):
        own = dictionary.elsewhere.get(lang, every if lang not in dictionary.patterns else ())
        is_own = np.fromiter((p in own for p in patterns), dtype=bool, count=len(patterns))
        here = row_lang == lang
        listed[here] = is_own[found.pattern[here]]
    if not listed.any():
        return found
    if "doc_id" in items:
        doc = pd.factorize(items["doc_id"].astype(str))[0]
    else:
        doc = np.arange(len(langs))
    key = doc[found.row] * len(dictionary.themes) + found.theme  # (document, theme)
    keep = ~listed | np.isin(key, key[~listed])
    return _kept(found, keep)


_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_MARKER = re.compile(r"^\s*(?:[(\[]?(?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,5})[.)\]]|[•·\-–—*])?\s*")


def _text(texts, row: int) -> str:
    value = texts[row]
    return value if isinstance(value, str) else (value.as_py() or "")


def _from_lead_ins(found, items, texts, langs, dictionary: Dictionary):
    """Give points that finish a lead-in the themes of its last sentence (the ``lead_in`` rule).

    A lead-in is an item whose text ends with a colon and that has matches in
    its last sentence. The items after it in its document continue it while
    each starts with a lowercase letter or one of the rule's words for its
    language ("to"); those with no match of their own get the lead-in's last
    sentence's matches, as evidence rows with ``start = end = 0`` (the words
    are in the lead-in, not in the point).
    """
    n = len(langs)
    if not n or not len(found.row):
        return found
    if isinstance(texts, pa.Array):
        ends = pc.match_substring_regex(texts, r":\s*$").to_numpy(zero_copy_only=False)
    else:
        ends = np.fromiter((t.rstrip().endswith(":") for t in texts), dtype=bool, count=n)
    has = np.zeros(n, dtype=bool)
    has[found.row] = True
    leads = np.flatnonzero(ends & has)
    if not len(leads):
        return found
    docs = items["doc_id"].astype(str).tolist() if "doc_id" in items else [""] * n
    first_of = np.searchsorted(found.row, np.arange(n + 1))  # found is ordered by row
    add_row, add_from = [], []
    for lead in leads.tolist():
        text = _text(texts, lead)
        cut = max((m.end() for m in _SENTENCE_END.finditer(text)), default=0)
        sources = [k for k in range(first_of[lead], first_of[lead + 1]) if found.start[k] >= cut]
        if not sources:
            continue
        row = lead + 1
        while row < n and docs[row] == docs[lead] and langs[row] == langs[lead]:
            words = _MARKER.sub("", _text(texts, row), count=1)
            token = TOKEN.match(words.lower())
            starts = dictionary.lead_in.get(langs[row], frozenset())
            if not words or not (words[0].islower() or (token and token.group(0) in starts)):
                break
            if not has[row]:
                add_row.extend([row] * len(sources))
                add_from.extend(sources)
            row += 1
    if not add_row:
        return found
    take = np.array(add_from, dtype=np.intp)
    zero = np.zeros(len(take), dtype=found.start.dtype)
    row = np.concatenate([found.row, np.array(add_row, dtype=found.row.dtype)])
    start = np.concatenate([found.start, zero])
    end = np.concatenate([found.end, zero])
    theme = np.concatenate([found.theme, found.theme[take]])
    pattern = np.concatenate([found.pattern, found.pattern[take]])
    match = pa.concat_arrays([found.match, found.match.take(pa.array(take))])
    order = np.argsort(_group_ids([row, start, end])[0], kind="stable")
    row, start, end, theme, pattern = (a[order] for a in (row, start, end, theme, pattern))
    keep = np.sort(_group_ids([row, start, end, theme])[1])  # a theme once per span
    return found._replace(
        row=row[keep],
        start=start[keep],
        end=end[keep],
        theme=theme[keep],
        pattern=pattern[keep],
        match=match.take(pa.array(order[keep])),
    )


def _near_context(docs: np.ndarray, hits: np.ndarray, dictionary: Dictionary) -> np.ndarray:
    """Whether each item passes the ``context`` rule's item settings.

    An item passes when the share of its document's items that match the
    context patterns is at least ``context_share``, or when it or an item
    within ``context_neighbours`` positions of it (in its document, in
    order) matches.
    """
    doc_ids, doc = np.unique(docs.astype(str), return_inverse=True)
    doc = doc.reshape(-1)
    matched = np.zeros(len(docs), dtype=bool)
    matched[hits] = True
    size = np.bincount(doc, minlength=len(doc_ids))
    share = np.bincount(doc, weights=matched, minlength=len(doc_ids)) / size
    ok = share[doc] >= dictionary.context_share
    order = np.argsort(doc, kind="stable")  # each document's items together, in order
    sorted_doc, sorted_hit = doc[order], matched[order]
    near = sorted_hit.copy()
    for k in range(1, dictionary.context_neighbours + 1):
        same = sorted_doc[k:] == sorted_doc[:-k]
        near[k:] |= same & sorted_hit[:-k]
        near[:-k] |= same & sorted_hit[k:]
    ok[order] |= near
    return ok


def _fallback(fallback_lang: str | Sequence[str] | None, dictionary: Dictionary) -> tuple[str, ...]:
    """Return the fallback languages asked for, checked against the dictionary."""
    if fallback_lang is None:
        return ()
    codes = (fallback_lang,) if isinstance(fallback_lang, str) else tuple(fallback_lang)
    for code in codes:
        if code not in dictionary.patterns:
            raise DictionaryError(
                dictionary.source,
                f"fallback_lang {code!r}: the dictionary has no such section "
                f"(it has {', '.join(dictionary.languages)})",
            )
    return codes


def _statuses(langs: list[str], dictionary: Dictionary, fallback: tuple[str, ...]) -> list[str]:
    """Return each item's ``tag_status`` (see :class:`Tagged`)."""
    known = dictionary.patterns
    return [
        TAGGED
        if lang in known
        else FALLBACK
        if fallback
        else UNDETERMINED
        if lang == "und"
        else NO_DICTIONARY
        for lang in langs
    ]


#: :func:`tag` warns once per document and language whose items it could not
#: match for up to this many documents; above, once per call, counting
#: documents and items per language.
WARN_PER_DOCUMENT = 5


def _langs(items: pd.DataFrame) -> list[str]:
    """Each item's language as matching sees it (``und`` when missing)."""
    return [x if isinstance(x, str) and x else "und" for x in items["lang"].tolist()]


def untagged_items(items: pd.DataFrame, taxonomy: str) -> dict[tuple[str, str], int]:
    """Count the items the shipped ``taxonomy`` dictionary does not match by ``(doc_id, lang)``.

    Those :func:`tag` (no ``fallback_lang``) gives a ``tag_status`` other
    than ``tagged`` and warns about; counted without matching anything, for
    :func:`~polcompare.parallel.build_corpus`, which warns once per run.
    """
    langs = _langs(items)
    return untagged_counts(items, langs, _statuses(langs, _load_shipped(taxonomy), ()))


def untagged_counts(
    items: pd.DataFrame, langs: list[str], status: list[str]
) -> dict[tuple[str, str], int]:
    """Count the items not read (``tag_status`` in :data:`UNREAD`) by ``(doc_id, lang)``.

    In the order the pairs first occur; ``doc_id`` is ``(items)`` without that column.
    """
    docs = items["doc_id"].tolist() if "doc_id" in items else ["(items)"] * len(langs)
    counts: dict[tuple[str, str], int] = {}
    for doc, lang, state in zip(docs, langs, status, strict=True):
        if state in UNREAD:
            counts[(str(doc), lang)] = counts.get((str(doc), lang), 0) + 1
    return counts


def by_language(counts: dict[tuple[str, str], int]) -> dict[str, tuple[int, int]]:
    """``(doc_id, lang) -> items`` as ``lang -> (documents, items)``, most documents first."""
    out: dict[str, list[int]] = {}
    for (_, lang), n in counts.items():
        docs_items = out.setdefault(lang, [0, 0])
        docs_items[0] += 1
        docs_items[1] += n
    ordered = sorted(out.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
    return {lang: (d, n) for lang, (d, n) in ordered}


def describe_languages(langs: dict[str, tuple[int, int]]) -> str:
    """``es 4 documents (30 items), und (undetermined) 1 document (2 items)``."""
    parts = []
    for lang, (docs, n) in langs.items():
        name = "und (language undetermined)" if lang == "und" else lang
        parts.append(
            f"{name} {docs} document{'' if docs == 1 else 's'} ({n} item{'' if n == 1 else 's'})"
        )
    return ", ".join(parts)


#: How many documents of undetermined language the count of many documents names.
UNDETERMINED_NAMED = 3


def _undetermined_names(counts: dict[tuple[str, str], int]) -> str:
    """Name the documents of undetermined language (a misread text), the others counted.

    ``; undetermined: a.en, b`` or ``...: a, b, c and 2 more``; empty when there is none.
    """
    names = list(dict.fromkeys(doc for doc, lang in counts if lang == "und"))
    if not names:
        return ""
    shown = ", ".join(names[:UNDETERMINED_NAMED])
    rest = len(names) - UNDETERMINED_NAMED
    return f"; undetermined: {shown}" + (f" and {rest} more" if rest > 0 else "")


def _warn_untagged(
    items: pd.DataFrame, langs: list[str], status: list[str], taxonomy: str, dictionary: Dictionary
) -> None:
    """Warn about the items not matched: per document and language, or once (many documents)."""
    counts = untagged_counts(items, langs, status)
    has = ", ".join(dictionary.languages)
    docs = {doc for doc, _ in counts}
    if len(docs) > WARN_PER_DOCUMENT:
        n = sum(counts.values())
        warnings.warn(
            f"{n} item(s) of {len(docs)} documents get no {taxonomy} themes, their language "
            f"missing from the {taxonomy} dictionary (it has {has}) or undetermined: "
            f"{describe_languages(by_language(counts))}{_undetermined_names(counts)}; "
            "the items' tag_status says which; " + FALLBACK_HINT,
            UntaggedLanguageWarning,
            stacklevel=4,  # tag's caller: tag -> _match_items -> here
        )
        return
    for (doc, lang), n in counts.items():
        if lang == "und":
            why = f"language undetermined ('und'): {n} item(s) get no {taxonomy} themes"
        else:
            why = (
                f"language {lang!r}: the {taxonomy} dictionary has no {lang!r} section "
                f"(it has {has}): {n} item(s) get no themes"
            )
        near = nearest_language(lang)
        if near in dictionary.languages:  # nn: "pass fallback_lang='nb' ..."
            advice = (
                f"pass fallback_lang='{near}' to match them with the nearest language's patterns"
            )
        else:
            advice = FALLBACK_HINT
        warnings.warn(
            f"{doc}: {why}; {advice}",
            UntaggedLanguageWarning,
            stacklevel=4,  # tag's caller: tag -> _match_items -> here
        )


#: The longest untagged-language warning :func:`untagged_line` writes: document names are
#: given while they fit (the command line's line, ``polcompare: warning: `` and ``--lang
#: CODE`` for ``lang=``, stays within 200).
UNTAGGED_LINE_MAX = 172
#: What a warning about items in a language the dictionary lacks advises (the command line
#: names its option instead).
FALLBACK_HINT = "pass fallback_lang= to match them with another language's patterns"
#: What :func:`untagged_line` advises when a language is undetermined (the command line
#: says ``--lang CODE`` instead).
UNTAGGED_HINT = "misread? give the language with lang="
#: ... and when every language was told: the text was read right, the dictionaries lack it
#: (advising ``--lang`` there suggested forcing a wrong language onto a Polish text).
UNTAGGED_ADD = "a dictionary can add it (extends:)"


def _lacking_per_language(
    counts: Mapping[str, Mapping[tuple[str, str], int]], lacking: Sequence[str]
) -> dict[str, str]:
    """Language -> the taxonomies (``policy/stance``) that left its items without themes."""
    out: dict[str, list[str]] = {}
    for taxonomy in lacking:
        for lang in dict.fromkeys(lang for _, lang in counts[taxonomy]):
            out.setdefault(lang, []).append(taxonomy)
    return {lang: "/".join(names) for lang, names in out.items()}


def untagged_line(
    counts: Mapping[str, Mapping[tuple[str, str], int]],
    languages: Mapping[str, Sequence[str]],
) -> str | None:
    """Return one short line about the items no dictionary matched in a run (None: none).

    ``counts`` is taxonomy -> ``(doc_id, lang)`` -> items not matched (as
    :func:`untagged_counts`), ``languages`` taxonomy -> its dictionary's
    languages, for every taxonomy of the run. E.g. ``11 items get no themes in
    el, nl (the dictionaries have lv, da, nb, sv, en, de, fr): a.nl, b.el; a dictionary
    can add it (extends:)``: the documents named while the line stays within
    :data:`UNTAGGED_LINE_MAX` characters, else counted. With an item of undetermined
    language, the advice is :data:`UNTAGGED_HINT` (misread?).
    """
    lacking = [t for t in languages if counts.get(t)]
    if not lacking:
        return None
    merged: dict[tuple[str, str], int] = {}
    for taxonomy in lacking:  # the same items in every taxonomy: counted once
        for pair, n in counts[taxonomy].items():
            merged[pair] = max(merged.get(pair, 0), n)
    n_items = sum(merged.values())
    docs = list(dict.fromkeys(doc for doc, _ in merged))
    named = [lang for lang in by_language(merged) if lang != "und"]
    undetermined = any(lang == "und" for _, lang in merged)
    langs = ", ".join(named[:6])  # the most frequent, the others counted
    if len(named) > 6:
        langs += f" and {len(named) - 6} more"
    if undetermined:
        langs += (" and " if named else "") + "an undetermined language"
    which = "themes" if len(lacking) == len(languages) else f"{'/'.join(lacking)} themes"
    per_lang = _lacking_per_language(counts, lacking)
    if len(set(per_lang.values())) > 1:
        # your own dictionary in place of one taxonomy reads other languages than the rest:
        # "no policy/stance themes in sv, da" said that sv was read by neither, which the
        # user's policy file did read; each language says which taxonomies lack it
        which = "themes of some taxonomies"
        langs = ", ".join(f"{lang} ({per_lang[lang]})" for lang in named[:6])
        if len(named) > 6:
            langs += f" and {len(named) - 6} more"
        if undetermined:
            langs += f"{' and ' if named else ''}an undetermined language"
    has = {", ".join(languages[t]) for t in lacking}
    where = ""
    if len(has) == 1:  # the languages the dictionaries have, when they have the same
        where = " (the dictionaries have " if len(lacking) > 1 else " (the dictionary has "
        where += f"{has.pop()})"
    items = "1 item gets" if n_items == 1 else f"{n_items} items get"
    head = f"{items} no {which} in {langs}{where}: "
    tail = f"; {UNTAGGED_HINT if undetermined else UNTAGGED_ADD}"
    for k in range(len(docs), 0, -1):  # as many names as fit, the rest counted
        rest = len(docs) - k
        names = ", ".join(docs[:k]) + (f" and {rest} more" if rest else "")
        if len(head) + len(names) + len(tail) <= UNTAGGED_LINE_MAX:
            return head + names + tail
    return f"{head}{len(docs)} document{'' if len(docs) == 1 else 's'}{tail}"


def _arrow_texts(column: pd.Series) -> pa.Array | None:
    """Return the texts as one Arrow string array (``""`` where missing), if stored in Arrow."""
    dtype = column.dtype
    if not (isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow"):
        return None
    texts = pa.array(column)  # no copy: the column's own chunks
    if isinstance(texts, pa.ChunkedArray):
        texts = texts.combine_chunks()
    return pc.fill_null(texts, "")


def _theme_lists(
    row: np.ndarray, theme: np.ndarray, n_rows: int, themes: tuple[str, ...]
) -> pa.Array:
    """Each row's themes joined by ``;`` in dictionary order (``""`` when none).

    Each row's set of themes is a bit mask (one uint64 word per 64 themes);
    the string is built once per distinct mask.
    """
    masks = np.zeros((n_rows, (len(themes) + 63) // 64), dtype=np.uint64)
    bits = np.left_shift(np.uint64(1), (theme % 64).astype(np.uint64))
    np.bitwise_or.at(masks, (row, theme // 64), bits)
    group, examples = _group_ids(list(masks.T))
    names = []
    for words in masks[examples].tolist():
        names.append(";".join(t for k, t in enumerate(themes) if words[k // 64] >> (k % 64) & 1))
    return pa.array(names, type=pa.large_string()).take(group)


def _strings(values: pa.Array, dtype):
    """``values`` as the column pandas makes of a list of the same strings (``dtype``)."""
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow":
        return pd.array(values, dtype=dtype)
    return values.to_pylist()


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
