"""Theme coverage: per section and document, gaps, flow between sections, shared themes.

Every function takes tagged items (:class:`polcompare.themes.Tagged`) or a
profile and returns a tidy DataFrame whose columns its docstring lists (and a
``*_COLUMNS`` constant names).
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from ..errors import PolcompareError
from ..items import KEY, split_themes
from ..themes import Tagged
from ..themes.tag import UNREAD
from ..tokens import TOKEN

__all__ = [
    "POSITION_SECTIONS",
    "THIN_SHARE",
    "COVERAGE_COLUMNS",
    "GAPS_COLUMNS",
    "FLOW_COLUMNS",
    "PROFILE_COLUMNS",
    "SHARED_COLUMNS",
    "coverage",
    "gaps",
    "section_flow",
    "document_profile",
    "shared_themes",
]

#: The three sections of a position paper, in order.
POSITION_SECTIONS = ("review", "declaration", "action_plan")

#: Below this share of a section's items a theme present in it is "thin".
THIN_SHARE = 0.1

_DOCUMENT = ["doc_id", "lang", "doc_type"]
_COUNTS = [
    "taxonomy",
    "theme",
    "group",
    "n_items",
    "items_with_theme",
    "share",
    "evidence",
    "n_read",
]
COVERAGE_COLUMNS = [*_DOCUMENT, "section", *_COUNTS]
GAPS_COLUMNS = [
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
FLOW_COLUMNS = ["theme", "group", *POSITION_SECTIONS, "flow"]
PROFILE_COLUMNS = [*_DOCUMENT, *_COUNTS, "evidence_per_1000_words"]
SHARED_COLUMNS = ["theme", "group", "items_a", "share_a", "items_b", "share_b", "status"]


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
        for theme in split_themes(themes)
    ]
    counts = Counter(zip(tagged.evidence["item_id"], tagged.evidence["theme"], strict=True))
    return pd.DataFrame(
        {
            "item_id": pd.array([p[0] for p in pairs], dtype="str"),
            "theme": pd.array([p[1] for p in pairs], dtype="str"),
            "evidence": pd.array([counts.get(p, 0) for p in pairs], dtype="int64"),
        }
    )


def _with_read(items: pd.DataFrame) -> pd.DataFrame:
    """Add ``read``: 1 when the dictionary read the item (its ``tag_status``), else 0."""
    status = items["tag_status"] if "tag_status" in items else pd.Series("", index=items.index)
    return items.assign(read=(~status.isin(UNREAD)).astype("int64"))


def _count_themes(tagged: Tagged, groups: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Cross each group of items with every theme; count items and evidence.

    ``groups`` has one row per group, the ``by`` columns, ``n_items`` and ``n_read``.
    Adds ``theme, group, order, items_with_theme, evidence, share, taxonomy``; ``share`` is
    of the ``n_read`` items, NaN when the dictionary read none.
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
    # An item the dictionary could not read (a language it lacks, or undetermined) has no
    # themes because it was not read: the share is of the items read, none read is NaN.
    out["share"] = out["items_with_theme"] / out["n_read"].where(out["n_read"] > 0)
    out["taxonomy"] = tagged.items["taxonomy"].iloc[0] if len(tagged.items) else ""
    return out


def coverage(tagged: Tagged) -> pd.DataFrame:
    """Theme coverage per document, section and theme (zeros included).

    Returns
    -------
    DataFrame
        ``doc_id, lang, doc_type, section, taxonomy, theme, group, n_items``
        (items in the section), ``items_with_theme, share`` (of the section's
        items the dictionary read; NaN when it read none: a language it lacks),
        ``evidence`` (matches counted), ``n_read`` (the items read).
    """
    sections = (
        _with_read(tagged.items)
        .groupby(["doc_id", "lang", "doc_type", "section"], sort=False)
        .agg(n_items=("item_id", "size"), n_read=("read", "sum"))
        .reset_index()
    )
    return _count_themes(tagged, sections, ["doc_id", "section"])[COVERAGE_COLUMNS]


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
        long.assign(key=long["number"] + long["letter"])
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
    themes = _themes_of(tagged).set_index("theme")["order"]
    return (
        cov.assign(_s=cov["section"].map(order), _t=cov["theme"].map(themes))
        .sort_values(["_s", "_t"])[GAPS_COLUMNS]
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
        No rows when the document has none of ``sections`` (a resolution chosen as the
        paper): its themes are not "absent" from sections it does not have.
    """
    cov = coverage(tagged)
    cov = cov[cov["section"].isin(sections)]
    if not tagged.items["section"].isin(sections).any():
        return pd.DataFrame(
            {
                c: pd.Series(dtype="int64" if c in sections else object)
                for c in ["theme", "group", *sections, "flow"]
            }
        )
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
        items_with_theme, share, evidence, n_read, evidence_per_1000_words``;
        ``share`` and ``evidence_per_1000_words`` are of the ``n_read`` items the
        dictionary read (not those of a language it lacks), NaN when it read none.
    """
    items = _with_read(tagged.items)
    docs = (
        items.assign(words=items["text"].map(lambda t: len(TOKEN.findall(t))) * items["read"])
        .groupby(["doc_id", "lang", "doc_type"], sort=False)
        .agg(n_items=("item_id", "size"), n_read=("read", "sum"), words=("words", "sum"))
        .reset_index()
    )
    out = _count_themes(tagged, docs, ["doc_id"])
    out["evidence_per_1000_words"] = 1000 * out["evidence"] / out["words"].where(out["words"] > 0)
    return out[PROFILE_COLUMNS]


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
    return out[SHARED_COLUMNS]
