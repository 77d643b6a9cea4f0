"""Words: item similarity (TF-IDF cosine over stems) and keyness (log-likelihood G2).

Both compare texts of one language, with the tagger's stems (stop words and
numbers removed).
"""

from __future__ import annotations

import functools
import math
from collections import Counter

import pandas as pd

from ..errors import PolcompareError
from ..items import item_labels
from ..tokens import TOKEN, normalize, stemmer

__all__ = [
    "PAIRS_COLUMNS",
    "KEYNESS_COLUMNS",
    "stems",
    "similarity_matrix",
    "similar_pairs",
    "top_similar_pairs",
    "keyness",
    "document_similarity",
    "document_keyness",
]

PAIRS_COLUMNS = ["rank", "score", "item_id_a", "item_id_b", "key_a", "key_b", "text_a", "text_b"]
KEYNESS_COLUMNS = ["term", "word", "n_target", "n_reference", "g2", "chi2", "p", "direction"]


@functools.cache
def _stopwords(lang: str) -> frozenset[str]:
    import stopwordsiso

    code = {"nb": "no", "nn": "no"}.get(lang, lang)
    return frozenset(stopwordsiso.stopwords(code)) if stopwordsiso.has_lang(code) else frozenset()


def _words(text: str, lang: str) -> list[str]:
    """Tokens of a text without stop words or numbers."""
    stop = _stopwords(lang)
    return [w for w in TOKEN.findall(normalize(text)) if w not in stop and not w.isdigit()]


def stems(text: str, lang: str) -> list[str]:
    """Stemmed tokens without stop words or numbers (the tagger's tokens and stems)."""
    stem = stemmer(lang)
    return [stem(w) for w in _words(text, lang)]


def _one_language(*frames: pd.DataFrame) -> str:
    langs = set().union(*(set(f["lang"]) for f in frames))
    if len(langs) != 1:
        raise PolcompareError(
            "items", f"word comparisons need texts in one language; got {', '.join(sorted(langs))}"
        )
    return langs.pop()


def similarity_matrix(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """TF-IDF cosine similarity of every item of ``a`` with every item of ``b``.

    Both tables must be in one language. Terms are the tagger's stems
    (stop words and numbers removed); IDF is computed over both tables.

    Returns
    -------
    DataFrame
        Indexed by ``a``'s ``item_id``, one column per ``b`` ``item_id``.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    lang = _one_language(a, b)
    vectorizer = TfidfVectorizer(analyzer=lambda text: stems(text, lang))
    matrix = vectorizer.fit_transform(list(a["text"]) + list(b["text"]))
    scores = cosine_similarity(matrix[: len(a)], matrix[len(a) :])
    return pd.DataFrame(scores, index=list(a["item_id"]), columns=list(b["item_id"]))


def similar_pairs(
    matrix: pd.DataFrame, a: pd.DataFrame, b: pd.DataFrame, *, top: int = 10
) -> pd.DataFrame:
    """List the ``top`` best pairs of a :func:`similarity_matrix` of ``a`` and ``b``.

    A pair whose items share no stem (cosine 0) is not similar and is never
    listed: fewer than ``top`` rows then, none when no pair shares a word.

    Returns
    -------
    DataFrame
        ``rank, score, item_id_a, item_id_b, key_a, key_b, text_a, text_b``.
    """
    long = matrix.stack().rename("score").rename_axis(["item_id_a", "item_id_b"]).reset_index()
    long = long[long["score"] > 0]
    long = long.sort_values("score", ascending=False, kind="stable").head(top)
    for side, frame in (("a", a), ("b", b)):
        by_id = frame.set_index("item_id")
        long[f"key_{side}"] = long[f"item_id_{side}"].map(item_labels(by_id))
    for side, frame in (("a", a), ("b", b)):
        long[f"text_{side}"] = long[f"item_id_{side}"].map(frame.set_index("item_id")["text"])
    long.insert(0, "rank", range(1, len(long) + 1))
    return long.reset_index(drop=True)[PAIRS_COLUMNS]


def top_similar_pairs(a: pd.DataFrame, b: pd.DataFrame, *, top: int = 10) -> pd.DataFrame:
    """Find the most similar item pairs across two documents of one language.

    Returns
    -------
    DataFrame
        ``rank, score, item_id_a, item_id_b, key_a, key_b, text_a, text_b``,
        best first.
    """
    return similar_pairs(similarity_matrix(a, b), a, b, top=top)


def _counts(frame: pd.DataFrame, lang: str) -> tuple[Counter, Counter]:
    """Stem counts and (stem, word) counts of a table's texts."""
    stem = stemmer(lang)
    stems_: Counter = Counter()
    forms: Counter = Counter()
    for text in frame["text"]:
        for w in _words(text, lang):
            s = stem(w)
            stems_[s] += 1
            forms[(s, w)] += 1
    return stems_, forms


def _g2_chi2(a: int, b: int, nt: int, nr: int) -> tuple[float, float]:
    """G2 and chi-square of a term's 2x2 table (``a`` of ``nt``, ``b`` of ``nr``)."""
    c, d = nt - a, nr - b
    total = a + b + c + d
    expected = [
        (a + b) * (a + c) / total,
        (a + b) * (b + d) / total,
        (c + d) * (a + c) / total,
        (c + d) * (b + d) / total,
    ]
    observed = [a, b, c, d]
    g2 = 2 * sum(o * math.log(o / e) for o, e in zip(observed, expected, strict=True) if o)
    chi2 = sum((o - e) ** 2 / e for o, e in zip(observed, expected, strict=True) if e)
    return g2, chi2


def keyness(target: pd.DataFrame, reference: pd.DataFrame, *, top: int = 25) -> pd.DataFrame:
    """Distinctive terms of ``target`` against ``reference`` (one language).

    Log-likelihood G2 (Dunning 1993) on each term's 2x2 table of counts, as
    quanteda's ``textstat_keyness(measure = "lr")`` without correction, with
    the chi-square statistic and its p-value beside it. Terms are the
    tagger's stems; stop words (stopwords-iso) and numbers are removed.

    Returns
    -------
    DataFrame
        ``term`` (the stem), ``word`` (its most frequent form), ``n_target,
        n_reference, g2, chi2, p, direction`` (``target`` when relatively
        more frequent there, else ``reference``), sorted by signed G2 (terms
        of equal G2 by term): the ``top`` most distinctive of each side.
    """
    lang = _one_language(target, reference)
    return _keyness(*_counts(target, lang), *_counts(reference, lang), top=top)


def _keyness(ct: Counter, ft: Counter, cr: Counter, fr: Counter, *, top: int) -> pd.DataFrame:
    """:func:`keyness` from the stem and form counts of both sides."""
    nt, nr = sum(ct.values()), sum(cr.values())
    if not nt or not nr:
        raise PolcompareError("items", "keyness needs words in both the target and the reference")
    terms = sorted(set(ct) | set(cr))
    a = [ct.get(t, 0) for t in terms]
    b = [cr.get(t, 0) for t in terms]
    return _keyness_table(terms, a, b, nt, nr, lambda ts: _best_forms(ts, ft + fr), top=top)


def _best_forms(terms: set[str], forms: Counter) -> dict[str, str]:
    """Each term's most frequent form in ``forms`` (the first met of equally frequent ones)."""
    best: dict[str, tuple[int, str]] = {}
    for (s, w), n in forms.items():
        if s in terms and n > best.get(s, (0, ""))[0]:
            best[s] = (n, w)
    return {s: w for s, (_, w) in best.items()}


def _approx_g2(a, b, nt: int, nr: int):
    """G2 of every term at once (numpy; within rounding of :func:`_g2_chi2`), and "more"."""
    import numpy as np

    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    c, d = nt - a, nr - b
    total = float(nt + nr)
    g2 = np.zeros_like(a)
    with np.errstate(divide="ignore", invalid="ignore"):
        for o, e in (
            (a, (a + b) * (a + c) / total),
            (b, (a + b) * (b + d) / total),
            (c, (c + d) * (a + c) / total),
            (d, (c + d) * (b + d) / total),
        ):
            g2 += np.where(o > 0, o * np.log(o / e), 0.0)
    more = a / nt >= b / nr  # as float division in Python: exact
    return 2 * g2, more


def _keyness_table(
    terms: list[str], a: list[int], b: list[int], nt: int, nr: int, forms, *, top: int
) -> pd.DataFrame:
    """Return the ``top`` most distinctive terms of each side, as ranking every term would.

    Ranking needs every term's G2: numpy computes them all, to within rounding,
    and only the terms that could rank (within a margin far wider than the
    rounding) get the exact statistics of :func:`_g2_chi2`, their p-value and
    their form. The order is then the exact one: signed G2 descending, equal
    values in term order (a stable sort of the terms in alphabetical order),
    the ``top`` first of the target side and the ``top`` last of the reference.
    """
    import numpy as np
    from scipy.stats import chi2 as chi2_dist

    approx, more = _approx_g2(a, b, nt, nr)
    signed = np.where(more, approx, -approx)
    margin = 1e-6 + 1e-9 * float(np.abs(approx).max(initial=0.0))
    target = np.flatnonzero(more)
    reference = np.flatnonzero(~more)
    chosen = []
    if len(target) and top > 0:
        k = min(top, len(target))
        edge = np.partition(signed[target], len(target) - k)[len(target) - k]
        chosen.append(target[signed[target] >= edge - margin])
    if len(reference) and top > 0:
        k = min(top, len(reference))
        edge = np.partition(signed[reference], k - 1)[k - 1]
        chosen.append(reference[signed[reference] <= edge + margin])
    rows = []
    for i in sorted(np.concatenate(chosen).tolist()) if chosen else []:
        g2, chi2 = _g2_chi2(a[i], b[i], nt, nr)
        up = bool(more[i])
        rows.append((terms[i], a[i], b[i], g2 if up else -g2, chi2, up))
    rows.sort(key=lambda r: -r[3])  # stable: equal G2 stay in term order
    head = [r for r in rows if r[5]][: max(top, 0)]
    tail = [r for r in rows if not r[5]][-top:] if top > 0 else []
    best = forms({r[0] for r in head + tail})
    out = [
        {
            "term": term,
            "word": best[term],
            "n_target": n_t,
            "n_reference": n_r,
            "g2": g2,
            "chi2": chi2,
            "p": float(chi2_dist.sf(chi2, 1)),
            "direction": "target" if up else "reference",
        }
        for term, n_t, n_r, g2, chi2, up in head + tail
    ]
    if not out:  # the columns' types as a table of rows would have them
        row = ["", "", 0, 0, 0.0, 0.0, 0.0, ""]
        return pd.DataFrame([row], columns=KEYNESS_COLUMNS).iloc[:0]
    return pd.DataFrame(out, columns=KEYNESS_COLUMNS)


def _by_language(items: pd.DataFrame) -> dict[str, list[tuple[str, pd.DataFrame]]]:
    """Language -> [(doc_id, its items)] for the languages with two or more documents."""
    groups: dict[str, list[tuple[str, pd.DataFrame]]] = {}
    for doc_id, part in items.groupby("doc_id", sort=False):
        groups.setdefault(str(part["lang"].iloc[0]), []).append((str(doc_id), part))
    return {lang: docs for lang, docs in groups.items() if len(docs) > 1}


def document_similarity(items: pd.DataFrame) -> pd.DataFrame:
    """TF-IDF cosine of whole documents, within each language.

    Returns
    -------
    DataFrame
        ``doc_a, doc_b, lang, cosine``: each pair of documents in one
        language once (``doc_a`` the one that comes first in ``items``), the
        most similar pairs of a language first; empty when no two documents
        share a language.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    frames = []
    for lang, docs in _by_language(items).items():
        texts = [" ".join(part["text"]) for _, part in docs]
        vectorizer = TfidfVectorizer(analyzer=lambda text, lang=lang: stems(text, lang))
        try:
            scores = cosine_similarity(vectorizer.fit_transform(texts))
        except ValueError:  # no words at all (empty vocabulary)
            continue
        rows = [
            {"doc_a": a, "doc_b": b, "lang": lang, "cosine": float(scores[i, j])}
            for i, (a, _) in enumerate(docs)
            for j, (b, _) in enumerate(docs)
            if i < j
        ]
        frame = pd.DataFrame(rows, columns=["doc_a", "doc_b", "lang", "cosine"])
        frames.append(frame.sort_values("cosine", ascending=False, kind="stable"))
    if not frames:
        return pd.DataFrame(columns=["doc_a", "doc_b", "lang", "cosine"])
    return pd.concat(frames, ignore_index=True)


def document_keyness(items: pd.DataFrame, *, top: int = 15) -> pd.DataFrame:
    """Keyness of each document against the other documents of its language.

    Returns
    -------
    DataFrame
        ``doc_id, lang, reference`` (number of documents it is set against)
        and :data:`KEYNESS_COLUMNS`; no rows for a document alone in its
        language or without words.
    """
    frames = []
    for lang, docs in _by_language(items).items():
        counts = {doc_id: _counts(part, lang) for doc_id, part in docs}
        all_stems: Counter = sum((c[0] for c in counts.values()), Counter())
        all_forms: Counter = sum((c[1] for c in counts.values()), Counter())
        # Every document against the rest: the reference is the language's counts
        # less the document's, so the terms are always the language's, and a
        # term's forms, counted on both sides, are the language's (in the order
        # ``ft + (all_forms - ft)`` meets them: the document's first).
        terms = sorted(all_stems)
        total = sum(all_stems.values())
        every = [all_stems[t] for t in terms]
        by_stem: dict[str, list[tuple[str, str]]] = {}
        for form in all_forms:
            by_stem.setdefault(form[0], []).append(form)
        for doc_id, _ in docs:
            ct, ft = counts[doc_id]
            nt = sum(ct.values())
            if not nt or not total - nt:  # no words on one side
                continue
            a = [ct.get(t, 0) for t in terms]
            b = [n - m for n, m in zip(every, a, strict=True)]

            def forms(chosen, ft=ft, all_forms=all_forms, by_stem=by_stem):
                ordered = Counter()
                for form in ft:  # the document's forms first, then the others in order
                    if form[0] in chosen:
                        ordered[form] = all_forms[form]
                for stem in chosen:
                    for form in by_stem[stem]:
                        if form not in ordered:
                            ordered[form] = all_forms[form]
                return _best_forms(chosen, ordered)

            table = _keyness_table(terms, a, b, nt, total - nt, forms, top=top)
            table.insert(0, "reference", len(docs) - 1)
            table.insert(0, "lang", lang)
            table.insert(0, "doc_id", doc_id)
            frames.append(table)
    if not frames:
        return pd.DataFrame(columns=["doc_id", "lang", "reference", *KEYNESS_COLUMNS])
    return pd.concat(frames, ignore_index=True)
