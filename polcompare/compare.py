"""Comparisons: theme coverage and gaps, profiles, similarity, keyness, versions.

Every function takes tagged items (:class:`polcompare.themes.Tagged`) or items
tables and returns a tidy DataFrame whose columns its docstring lists; charts,
widgets and the report consume them. :func:`compare_corpus` runs them all on a
set of documents, recognising the roles (position paper, its other language
version, conclusions) from the documents' types, languages and keys.
"""

from __future__ import annotations

import functools
import math
from collections import Counter

import numpy as np
import pandas as pd

from .document import concat_items
from .errors import PolcompareError
from .facts import compare_facts, fact_summary
from .themes import Tagged, tag
from .tokens import TOKEN, normalize, stemmer

__all__ = [
    "KEY",
    "POSITION_SECTIONS",
    "coverage",
    "gaps",
    "section_flow",
    "document_profile",
    "shared_themes",
    "align_versions",
    "theme_agreement",
    "similarity_matrix",
    "top_similar_pairs",
    "keyness",
    "tag_corpus",
    "compare_corpus",
]

#: The key of an item within a document.
KEY = ["section", "number", "letter"]

#: The three sections of a position paper, in order.
POSITION_SECTIONS = ("review", "declaration", "action_plan")

#: Below this share of a section's items a theme present in it is "thin".
THIN_SHARE = 0.1


def _themes_of(tagged: Tagged) -> pd.DataFrame:
    """Theme IDs with their group and order: ``theme, group, order``."""
    d = tagged.dictionary
    return pd.DataFrame(
        {"theme": list(d.themes), "group": [d.groups.get(t, "") for t in d.themes]}
    ).assign(order=lambda f: range(len(f)))


def _long(tagged: Tagged) -> pd.DataFrame:
    """One row per item and theme it carries, with its evidence count.

    Built row by row so that an empty result (no theme anywhere) keeps the
    same string columns as a full one.
    """
    items = tagged.items
    pairs = [
        (item_id, theme)
        for item_id, themes in zip(items["item_id"], items["themes"], strict=True)
        for theme in themes.split(";")
        if theme
    ]
    counts = Counter(zip(tagged.evidence["item_id"], tagged.evidence["theme"], strict=True))
    return pd.DataFrame(
        {
            "item_id": pd.array([p[0] for p in pairs], dtype="str"),
            "theme": pd.array([p[1] for p in pairs], dtype="str"),
            "evidence": pd.array([counts.get(p, 0) for p in pairs], dtype="int64"),
        }
    )


def _count_themes(tagged: Tagged, groups: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Cross each group of items with every theme; count items and evidence.

    ``groups`` has one row per group, the ``by`` columns and ``n_items``.
    Adds ``theme, group, order, items_with_theme, evidence, share, taxonomy``.
    """
    grid = groups.merge(_themes_of(tagged), how="cross")
    hits = _long(tagged).merge(tagged.items[["item_id", *by]], on="item_id")
    counts = (
        hits.groupby([*by, "theme"])
        .agg(items_with_theme=("item_id", "nunique"), evidence=("evidence", "sum"))
        .reset_index()
    )
    out = grid.merge(counts, on=[*by, "theme"], how="left")
    out[["items_with_theme", "evidence"]] = (
        out[["items_with_theme", "evidence"]].fillna(0).astype("int64")
    )
    out["share"] = out["items_with_theme"] / out["n_items"]
    out["taxonomy"] = tagged.items["taxonomy"].iloc[0] if len(tagged.items) else ""
    return out


def coverage(tagged: Tagged) -> pd.DataFrame:
    """Theme coverage per document, section and theme (zeros included).

    Returns
    -------
    DataFrame
        ``doc_id, lang, doc_type, section, taxonomy, theme, group, n_items``
        (items in the section), ``items_with_theme, share`` (of the section's
        items), ``evidence`` (matches counted).
    """
    sections = (
        tagged.items.groupby(["doc_id", "lang", "doc_type", "section"], sort=False)
        .size()
        .rename("n_items")
        .reset_index()
    )
    out = _count_themes(tagged, sections, ["doc_id", "section"])
    return out[
        [
            "doc_id",
            "lang",
            "doc_type",
            "section",
            "taxonomy",
            "theme",
            "group",
            "n_items",
            "items_with_theme",
            "share",
            "evidence",
        ]
    ]


def _short_key(number: str, letter: str) -> str:
    return f"{number}{letter}"


def gaps(tagged: Tagged, *, sections: tuple[str, ...] = POSITION_SECTIONS) -> pd.DataFrame:
    """Which themes each section leaves absent or thin, and which items carry each.

    Parameters
    ----------
    tagged : Tagged
        Tagged items of one document (a position paper).
    sections : tuple of str
        The sections to examine, in order.

    Returns
    -------
    DataFrame
        ``doc_id, section, theme, group, n_items, items_with_theme, share,
        status`` (``absent``, ``thin``: present in fewer than
        :data:`THIN_SHARE` of the items or in one item only, ``covered``),
        ``items`` (the item numbers carrying it, e.g. ``3b;3c``).
    """
    cov = coverage(tagged)
    cov = cov[cov["section"].isin(sections)].copy()
    long = _long(tagged).merge(tagged.items[["item_id", *KEY]], on="item_id")
    carriers = (
        long.assign(
            key=[_short_key(n, x) for n, x in zip(long["number"], long["letter"], strict=True)]
        )
        .groupby(["section", "theme"])["key"]
        .agg(";".join)
        .rename("items")
        .reset_index()
    )
    cov = cov.merge(carriers, on=["section", "theme"], how="left").fillna({"items": ""})
    cov["status"] = np.select(
        [
            cov["items_with_theme"] == 0,
            (cov["items_with_theme"] == 1) | (cov["share"] < THIN_SHARE),
        ],
        ["absent", "thin"],
        "covered",
    )
    order = {s: k for k, s in enumerate(sections)}
    cov = cov.sort_values(
        ["section", "theme"], key=lambda c: c.map(order) if c.name == "section" else c
    )
    cols = [
        "doc_id",
        "section",
        "theme",
        "group",
        "n_items",
        "items_with_theme",
        "share",
        "status",
        "items",
    ]
    themes = _themes_of(tagged).set_index("theme")["order"]
    return (
        cov.assign(_s=cov["section"].map(order), _t=cov["theme"].map(themes))
        .sort_values(["_s", "_t"])[cols]
        .reset_index(drop=True)
    )


def section_flow(tagged: Tagged, *, sections: tuple[str, ...] = POSITION_SECTIONS) -> pd.DataFrame:
    """How themes move between the position paper's sections.

    Returns
    -------
    DataFrame
        One row per theme: ``theme, group``, one count column per section
        (items carrying the theme), and ``flow``: ``carried`` (in the first
        and the last section), ``dropped`` (in the first, not the last),
        ``added`` (in the last, not the first), ``middle_only``, ``absent``.
    """
    cov = coverage(tagged)
    cov = cov[cov["section"].isin(sections)]
    wide = cov.pivot_table(
        index="theme", columns="section", values="items_with_theme", aggfunc="sum", fill_value=0
    )
    wide = wide.reindex(columns=list(sections), fill_value=0)
    themes = _themes_of(tagged)
    out = themes.merge(wide.reset_index(), on="theme", how="left").fillna(0)
    first, last = out[sections[0]] > 0, out[sections[-1]] > 0
    middle = out[list(sections[1:-1])].sum(axis=1) > 0
    out["flow"] = np.select(
        [first & last, first & ~last, ~first & last, middle],
        ["carried", "dropped", "added", "middle_only"],
        "absent",
    )
    for s in sections:
        out[s] = out[s].astype("int64")
    return out[["theme", "group", *sections, "flow"]]


def document_profile(tagged: Tagged) -> pd.DataFrame:
    """How much each document speaks of each theme.

    Returns
    -------
    DataFrame
        ``doc_id, lang, doc_type, taxonomy, theme, group, n_items,
        items_with_theme, share, evidence, evidence_per_1000_words``.
    """
    items = tagged.items
    docs = (
        items.assign(words=items["text"].map(lambda t: len(TOKEN.findall(t))))
        .groupby(["doc_id", "lang", "doc_type"], sort=False)
        .agg(n_items=("item_id", "size"), words=("words", "sum"))
        .reset_index()
    )
    out = _count_themes(tagged, docs, ["doc_id"])
    out["evidence_per_1000_words"] = 1000 * out["evidence"] / out["words"].where(out["words"] > 0)
    return out[
        [
            "doc_id",
            "lang",
            "doc_type",
            "taxonomy",
            "theme",
            "group",
            "n_items",
            "items_with_theme",
            "share",
            "evidence",
            "evidence_per_1000_words",
        ]
    ]


def shared_themes(profile: pd.DataFrame, doc_a: str, doc_b: str) -> pd.DataFrame:
    """Themes two documents share or keep to themselves, side by side.

    Parameters
    ----------
    profile : DataFrame
        From :func:`document_profile`.
    doc_a, doc_b : str
        ``doc_id`` values.

    Returns
    -------
    DataFrame
        ``theme, group, items_a, share_a, items_b, share_b, status``
        (``shared``, ``only_a``, ``only_b``, ``neither``).
    """

    def side(doc):
        part = profile[profile["doc_id"] == doc]
        if part.empty:
            raise PolcompareError(doc, "not in the profile")
        return part.set_index("theme")[["group", "items_with_theme", "share"]]

    a, b = side(doc_a), side(doc_b)
    out = a.join(b[["items_with_theme", "share"]], suffixes=("_a", "_b")).reset_index()
    out = out.rename(columns={"items_with_theme_a": "items_a", "items_with_theme_b": "items_b"})
    in_a, in_b = out["items_a"] > 0, out["items_b"] > 0
    out["status"] = np.select([in_a & in_b, in_a, in_b], ["shared", "only_a", "only_b"], "neither")
    return out[["theme", "group", "items_a", "share_a", "items_b", "share_b", "status"]]


# --- language versions --------------------------------------------------------------


def align_versions(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """Align two versions' items by key; list missing, extra and re-ordered items.

    Returns
    -------
    DataFrame
        ``section, number, letter, item_id_a, item_id_b, pos_a, pos_b,
        status``: ``aligned``, ``reordered`` (both have it, at different
        ranks among the shared keys), ``missing_in_b``, ``extra_in_b``.
    """
    left = a[[*KEY, "item_id"]].assign(pos_a=range(len(a)))
    right = b[[*KEY, "item_id"]].assign(pos_b=range(len(b)))
    out = left.merge(right, on=KEY, how="outer", suffixes=("_a", "_b"), sort=False)
    both = out["item_id_a"].notna() & out["item_id_b"].notna()
    rank_a = out.loc[both, "pos_a"].rank()
    rank_b = out.loc[both, "pos_b"].rank()
    out["status"] = np.where(out["item_id_b"].isna(), "missing_in_b", "extra_in_b")
    out.loc[both, "status"] = np.where(rank_a == rank_b, "aligned", "reordered")
    out = out.sort_values(["pos_a", "pos_b"], na_position="last").reset_index(drop=True)
    for col in ("pos_a", "pos_b"):
        out[col] = out[col].astype("Int64")
    return out[[*KEY, "item_id_a", "item_id_b", "pos_a", "pos_b", "status"]]


def _theme_set(value: str) -> frozenset[str]:
    return frozenset(t for t in value.split(";") if t)


def theme_agreement(a: Tagged, b: Tagged) -> pd.DataFrame:
    """Theme agreement of two versions, per aligned item.

    Returns
    -------
    DataFrame
        ``section, number, letter, themes_a, themes_b, only_a, only_b,
        jaccard`` (1.0 when both have no theme).
    """
    left = a.items[[*KEY, "themes"]]
    right = b.items[[*KEY, "themes"]]
    out = left.merge(right, on=KEY, suffixes=("_a", "_b"))
    sa = out["themes_a"].map(_theme_set)
    sb = out["themes_b"].map(_theme_set)
    out["only_a"] = [";".join(sorted(x - y)) for x, y in zip(sa, sb, strict=True)]
    out["only_b"] = [";".join(sorted(y - x)) for x, y in zip(sa, sb, strict=True)]
    out["jaccard"] = [
        1.0 if not (x | y) else len(x & y) / len(x | y) for x, y in zip(sa, sb, strict=True)
    ]
    return out[[*KEY, "themes_a", "themes_b", "only_a", "only_b", "jaccard"]]


# --- words: similarity and keyness ----------------------------------------------------


@functools.cache
def _stopwords(lang: str) -> frozenset[str]:
    import stopwordsiso

    code = {"nb": "no", "nn": "no"}.get(lang, lang)
    return frozenset(stopwordsiso.stopwords(code)) if stopwordsiso.has_lang(code) else frozenset()


def stems(text: str, lang: str) -> list[str]:
    """Stemmed tokens without stop words or numbers (the tagger's tokens and stems)."""
    stop, stem = _stopwords(lang), stemmer(lang)
    return [stem(w) for w in TOKEN.findall(normalize(text)) if w not in stop and not w.isdigit()]


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


def top_similar_pairs(a: pd.DataFrame, b: pd.DataFrame, *, top: int = 10) -> pd.DataFrame:
    """Find the most similar item pairs across two documents of one language.

    Returns
    -------
    DataFrame
        ``rank, score, item_id_a, item_id_b, key_a, key_b, text_a, text_b``,
        best first.
    """
    matrix = similarity_matrix(a, b)
    long = matrix.stack().rename("score").rename_axis(["item_id_a", "item_id_b"]).reset_index()
    long = long.sort_values("score", ascending=False, kind="stable").head(top)

    def keys(frame):
        return frame.set_index("item_id").apply(
            lambda r: f"{r['section']} {r['number']}{r['letter']}", axis=1
        )

    texts_a, texts_b = a.set_index("item_id")["text"], b.set_index("item_id")["text"]
    long["key_a"] = long["item_id_a"].map(keys(a))
    long["key_b"] = long["item_id_b"].map(keys(b))
    long["text_a"] = long["item_id_a"].map(texts_a)
    long["text_b"] = long["item_id_b"].map(texts_b)
    long.insert(0, "rank", range(1, len(long) + 1))
    return long.reset_index(drop=True)[
        ["rank", "score", "item_id_a", "item_id_b", "key_a", "key_b", "text_a", "text_b"]
    ]


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
        more frequent there, else ``reference``), sorted by signed G2: the
        ``top`` most distinctive of each side.
    """
    from scipy.stats import chi2 as chi2_dist

    lang = _one_language(target, reference)
    stop, stem = _stopwords(lang), stemmer(lang)

    def count(frame):
        stems_, forms = Counter(), Counter()
        for text in frame["text"]:
            for w in TOKEN.findall(normalize(text)):
                if w in stop or w.isdigit():
                    continue
                s = stem(w)
                stems_[s] += 1
                forms[(s, w)] += 1
        return stems_, forms

    ct, ft = count(target)
    cr, fr = count(reference)
    nt, nr = sum(ct.values()), sum(cr.values())
    if not nt or not nr:
        raise PolcompareError("items", "keyness needs words in both the target and the reference")
    rows = []
    forms = ft + fr
    best = {}
    for (s, w), n in forms.items():
        if n > best.get(s, (0, ""))[0]:
            best[s] = (n, w)
    for term in set(ct) | set(cr):
        a, b = ct.get(term, 0), cr.get(term, 0)
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
        more = a / nt >= b / nr
        rows.append(
            {
                "term": term,
                "word": best[term][1],
                "n_target": a,
                "n_reference": b,
                "g2": g2 if more else -g2,
                "chi2": chi2,
                "p": float(chi2_dist.sf(chi2, 1)),
                "direction": "target" if more else "reference",
            }
        )
    table = pd.DataFrame(rows).sort_values("g2", ascending=False, kind="stable")
    head = table[table["direction"] == "target"].head(top)
    tail = table[table["direction"] == "reference"].tail(top)
    return pd.concat([head, tail], ignore_index=True)


# --- the whole corpus -------------------------------------------------------------------


def tag_corpus(docs) -> dict[str, Tagged]:
    """Tag the items of all documents with every shipped taxonomy.

    Returns
    -------
    dict of str to Tagged
        Keyed by taxonomy (``oap``, ``policy``, ``stance``).
    """
    if not docs:
        raise PolcompareError("documents", "nothing to compare")
    items = concat_items(docs)
    return {t: tag(items, taxonomy=t) for t in ("oap", "policy", "stance")}


def compare_corpus(docs, *, tagged: dict[str, Tagged] | None = None) -> dict[str, pd.DataFrame]:
    """Run every comparison that applies to a set of documents.

    Roles are recognised from the documents, not their names: a
    ``position_paper`` is the main document (one with conclusions in its
    language if there are several, else the first); another position paper
    in a different language with the same item keys is its other language
    version; a ``conclusions`` document
    in the main document's language is compared with it word by word.

    Parameters
    ----------
    docs : list of Document
    tagged : dict, optional
        :func:`tag_corpus` of the same documents, when the caller has it
        already (the report does); computed otherwise.

    Returns
    -------
    dict of str to DataFrame
        Always ``profile_oap``, ``profile_policy``, ``profile_stance`` and
        ``coverage_oap`` (all documents); with a position paper ``gaps``,
        ``section_flow``; with a second version ``alignment``,
        ``theme_agreement``, ``facts`` and ``facts_summary``
        (:mod:`polcompare.facts`); with conclusions ``shared_policy``, ``shared_stance``,
        ``similar_pairs``, ``keyness``.
    """
    if not docs:
        raise PolcompareError("documents", "nothing to compare")
    tagged = tagged if tagged is not None else tag_corpus(docs)
    out = {f"profile_{t}": document_profile(x) for t, x in tagged.items()}
    out["coverage_oap"] = coverage(tagged["oap"])

    papers = [d for d in docs if d.doc_type == "position_paper"]
    if not papers:
        return out
    # The main paper is one with conclusions in its language to set beside it.
    concluded = {d.lang for d in docs if d.doc_type == "conclusions"}
    main = next((p for p in papers if p.lang in concluded), papers[0])

    def subset(taxonomy, doc):
        t = tagged[taxonomy]
        mask = t.items["doc_id"] == doc.doc_id
        return Tagged(
            t.items[mask].reset_index(drop=True),
            t.evidence[t.evidence["doc_id"] == doc.doc_id].reset_index(drop=True),
            t.dictionary,
        )

    out["gaps"] = gaps(subset("oap", main))
    out["section_flow"] = section_flow(subset("oap", main))

    keys = set(map(tuple, main.items[KEY].to_numpy()))
    versions = [
        d
        for d in papers
        if d.lang != main.lang and set(map(tuple, d.items[KEY].to_numpy())) == keys
    ]
    if versions:
        other = versions[0]
        out["alignment"] = align_versions(main.items, other.items)
        out["theme_agreement"] = theme_agreement(subset("oap", main), subset("oap", other))
        out["facts"] = compare_facts(main.items, other.items)
        out["facts_summary"] = fact_summary(out["facts"])

    conclusions = [d for d in docs if d.doc_type == "conclusions" and d.lang == main.lang]
    if conclusions:
        concl = conclusions[0]
        pair = [p for p in (out["profile_policy"], out["profile_stance"])]
        out["shared_policy"] = shared_themes(pair[0], main.doc_id, concl.doc_id)
        out["shared_stance"] = shared_themes(pair[1], main.doc_id, concl.doc_id)
        out["similar_pairs"] = top_similar_pairs(main.items, concl.items)
        out["keyness"] = keyness(main.items, concl.items)
    return out
