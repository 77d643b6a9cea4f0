"""Language versions: align two versions' items; compare their themes and facts item by item.

Items are paired by key, or by content (:func:`polcompare.align`) when the keys do not match.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..facts import compare_facts
from ..items import KEY, theme_set
from ..themes import Tagged
from ..themes.tag import OUT_OF_CONTEXT, UNREAD

__all__ = [
    "ALIGNMENT_COLUMNS",
    "AGREEMENT_COLUMNS",
    "PAIR_COLUMNS",
    "align_versions",
    "keyed_like",
    "keys_match",
    "paired_items",
    "theme_agreement",
]

ALIGNMENT_COLUMNS = [*KEY, "item_id_a", "item_id_b", "pos_a", "pos_b", "status", "by", "score"]
AGREEMENT_COLUMNS = ["taxonomy", *KEY, "themes_a", "themes_b", "only_a", "only_b", "jaccard"]
#: Columns of :func:`paired_items`.
PAIR_COLUMNS = [
    "item_id_a",
    "item_id_b",
    "status",
    "by",
    "score",
    "text_a",
    "text_b",
    "facts_only_a",
    "facts_only_b",
    "reason",
]
#: Keys match when at least this share of the smaller version's keys are in the other.
KEYS_SHARED = 0.5
#: Versions numbered alike but of different lengths are checked by content: a content
#: pair scoring at least this (align's strong pair) that joins items of different keys
#: means the numbering shifted (an item left out, the rest renumbered), and the versions
#: are paired by content instead.
SHIFT_SCORE = 1.0


def keys_match(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """Whether two versions number their items alike (so that keys can pair them).

    False when either side's items are mostly unnumbered (``p1, p2...``: their
    keys are positions, not identities) or fewer than :data:`KEYS_SHARED` of the
    smaller side's keys are in the other.
    """
    if a.empty or b.empty:
        return True  # nothing to pair by content either
    for items in (a, b):
        numbers = items["number"].fillna("").astype(str)
        if (numbers.str.fullmatch(r"p\d+") | (numbers == "")).mean() > 0.5:
            return False

    def keys(items: pd.DataFrame) -> set[tuple[str, str, str]]:
        return set(zip(*(items[k].fillna("").astype(str) for k in KEY), strict=True))

    ka, kb = keys(a), keys(b)
    return len(ka & kb) >= KEYS_SHARED * min(len(ka), len(kb))


def align_versions(
    a: pd.DataFrame, b: pd.DataFrame, *, by: str = "auto", method: str = "auto"
) -> pd.DataFrame:
    """Align two versions' items; list missing, extra and re-ordered items.

    Parameters
    ----------
    a, b : DataFrame
        The two versions' items.
    by : {"auto", "key", "content"}
        ``key`` pairs the items sharing ``section, number, letter``;
        ``content`` pairs them with :func:`polcompare.align` (what they say,
        across languages: for a copy whose numbering was lost or differs);
        ``auto`` uses keys when :func:`keys_match`, else content (items with
        text needed).
    method : str
        ``align``'s content evidence, for ``by="content"``.

    Returns
    -------
    DataFrame
        ``section, number, letter, item_id_a, item_id_b, pos_a, pos_b,
        status, by, score``: status ``aligned``, ``reordered`` (both have it,
        at different ranks among the paired items), ``missing_in_b``,
        ``extra_in_b`` or, by content only, ``split`` (a second item paired
        with the same item of the other version). ``by`` says how the row was
        paired (``key`` or ``content``); ``score`` is ``align``'s (empty by key).
        By content, the key columns are those of ``a``'s item (``b``'s for an
        item only in ``b``).
    """
    if by not in ("auto", "key", "content"):
        raise ValueError(f"by={by!r} is not one of auto, key, content")
    has_text = "text" in a.columns and "text" in b.columns
    if by == "content" or (by == "auto" and has_text and not keys_match(a, b)):
        return _by_content(a, b, method)
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
    out["by"], out["score"] = "key", np.nan
    if by == "auto" and has_text and len(a) != len(b):
        shifted = _shifted(out, a, b, method)
        if shifted is not None:
            return shifted
    return out[ALIGNMENT_COLUMNS]


def _shifted(by_key: pd.DataFrame, a: pd.DataFrame, b: pd.DataFrame, method: str):
    """Return the pairing by content when it contradicts the keys, else ``None``.

    Two versions of different lengths numbered alike can pair the wrong items by key: a
    recital left out of one and the rest renumbered pairs every later recital with the
    next one. A strong content pair (:data:`SHIFT_SCORE`) joining two items the keys keep
    apart says so; then the content pairing is the alignment (``by`` says ``content``).
    """
    import warnings

    from ..errors import PolcompareWarning

    with warnings.catch_warnings():  # e.g. align's fallback without the embedding model
        warnings.simplefilter("ignore", PolcompareWarning)
        content = _by_content(a, b, method)
    both = by_key.dropna(subset=["item_id_a", "item_id_b"])
    keyed = set(zip(both["item_id_a"], both["item_id_b"], strict=True))
    strong = content[
        content["status"].isin(["aligned", "reordered"]) & (content["score"] >= SHIFT_SCORE)
    ]
    against = [
        (ia, ib)
        for ia, ib in zip(strong["item_id_a"], strong["item_id_b"], strict=True)
        if (ia, ib) not in keyed
    ]
    return content if against else None


def keyed_like(alignment: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """Return ``b``'s items under the keys of the items of ``a`` they are paired with.

    The facts and theme-agreement tables pair the versions' items by key; for an
    alignment by content (a copy whose numbering was lost or shifted) that paired
    nothing, or the wrong items: every fact of a Latvian copy without its recital
    numbers was a ``mismatch``, "item missing". Each item of ``b`` paired one to one
    (``aligned`` or ``reordered``) takes its partner's ``section, number, letter``; an
    unpaired one keeps its own key, its section marked ``~b`` if ``a`` has that key.
    Unchanged for an alignment by key.
    """
    if alignment.empty or not (alignment["by"] == "content").any():
        return b
    one = alignment[alignment["status"].isin(["aligned", "reordered"])]
    one = one.dropna(subset=["item_id_a", "item_id_b"])
    keys = {ib: tuple(r) for ib, *r in one[["item_id_b", *KEY]].itertuples(index=False)}
    # every key of a's items, paired or not: an unpaired item of b that shares one (both
    # documents' unnumbered "body/p1") is no partner of it (new user 36: the themes and facts
    # of two statements the alignment paired nowhere were compared item by item)
    of_a = alignment.dropna(subset=["item_id_a"])[KEY]
    taken = set(keys.values()) | {_key(r) for r in of_a.itertuples(index=False)}
    out = b.copy()
    for n, item_id in enumerate(out["item_id"]):
        if item_id in keys:
            new = keys[item_id]
        else:
            own = _key(out[k].iloc[n] for k in KEY)
            new = (f"{own[0]}~b", *own[1:]) if own in taken else own
        for col, value in zip(KEY, new, strict=True):
            out.iloc[n, out.columns.get_loc(col)] = value
    return out


def _key(values) -> tuple[str, ...]:
    """Return ``section, number, letter`` values as strings, "" for a missing one."""
    return tuple("" if pd.isna(v) else str(v) for v in values)


def _by_content(a: pd.DataFrame, b: pd.DataFrame, method: str) -> pd.DataFrame:
    from .align import align

    a = a[a["text"].fillna("").str.strip() != ""].reset_index(drop=True)
    b = b[b["text"].fillna("").str.strip() != ""].reset_index(drop=True)
    pairs = align(a, b, method=method)
    pos_a = {item: n for n, item in enumerate(a["item_id"])}
    pos_b = {item: n for n, item in enumerate(b["item_id"])}
    key_a = {r.item_id: tuple(r[k] for k in KEY) for _, r in a.iterrows()}
    key_b = {r.item_id: tuple(r[k] for k in KEY) for _, r in b.iterrows()}
    rows = []
    for p in pairs.itertuples(index=False):
        ia, ib = p.a_item_id or None, p.b_item_id or None
        key = key_a[ia] if ia else key_b[ib]
        status = {"a only": "missing_in_b", "b only": "extra_in_b", "split": "split"}.get(
            p.link, "aligned"
        )
        rows.append(
            {
                **dict(zip(KEY, key, strict=True)),
                "item_id_a": ia,
                "item_id_b": ib,
                "pos_a": pos_a.get(ia),
                "pos_b": pos_b.get(ib),
                "status": status,
                "by": "content",
                "score": p.score,
            }
        )
    out = pd.DataFrame(rows, columns=ALIGNMENT_COLUMNS)
    one = out["status"] == "aligned"
    out.loc[one, "status"] = np.where(
        out.loc[one, "pos_a"].rank().to_numpy() == out.loc[one, "pos_b"].rank().to_numpy(),
        "aligned",
        "reordered",
    )
    for col in ("pos_a", "pos_b"):
        out[col] = out[col].astype("Int64")
    return out


def paired_items(alignment: pd.DataFrame, a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """Both texts of every row of an alignment, and the facts only one of them states.

    Parameters
    ----------
    alignment : DataFrame
        :func:`align_versions` of ``a`` and ``b``.
    a, b : DataFrame
        The two versions' items (``item_id, text``; ``lang`` to read numbers).

    Returns
    -------
    DataFrame
        :data:`PAIR_COLUMNS`, one row per alignment row: ``facts_only_a`` and
        ``facts_only_b`` are the surfaces (as written in each text, ``|``
        between them) of the numbers, dates, amounts and articles that one
        version states and the other does not, after
        :func:`polcompare.facts.compare_facts` reconciled form-only
        differences; ``reason`` says why, ``;`` between facts. Empty for an
        item without a partner.
    """
    text_a = dict(zip(a["item_id"], a["text"], strict=True))
    text_b = dict(zip(b["item_id"], b["text"], strict=True))
    both = alignment[alignment["item_id_a"].notna() & alignment["item_id_b"].notna()]
    both = both.reset_index()

    def side(items: pd.DataFrame, col: str) -> pd.DataFrame:
        keep = items.set_index("item_id").loc[both[col]].reset_index()
        keep["section"], keep["number"], keep["letter"] = "pair", both["index"].astype(str), ""
        return keep

    facts = compare_facts(side(a, "item_id_a"), side(b, "item_id_b")) if len(both) else None
    only: dict[int, tuple[list[str], list[str], list[str]]] = {}
    if facts is not None and len(facts):
        for r in facts[facts["status"] != "match"].itertuples(index=False):
            got = only.setdefault(int(r.number), ([], [], []))
            for part, surface in ((got[0], r.surface_a), (got[1], r.surface_b)):
                part += [s for s in str(surface or "").split(" | ") if s]
            got[2].append(str(r.reason))
    rows = []
    for n, r in alignment.iterrows():
        ia, ib = r["item_id_a"], r["item_id_b"]
        fa, fb, why = only.get(int(n), ([], [], []))
        rows.append(
            {
                "item_id_a": ia if isinstance(ia, str) else "",
                "item_id_b": ib if isinstance(ib, str) else "",
                "status": r["status"],
                "by": r["by"],
                "score": r["score"],
                "text_a": text_a.get(ia, "") if isinstance(ia, str) else "",
                "text_b": text_b.get(ib, "") if isinstance(ib, str) else "",
                "facts_only_a": " | ".join(dict.fromkeys(fa)),
                "facts_only_b": " | ".join(dict.fromkeys(fb)),
                "reason": "; ".join(why),
            }
        )
    return pd.DataFrame(rows, columns=PAIR_COLUMNS)


def theme_agreement(a: Tagged, b: Tagged) -> pd.DataFrame:
    """Theme agreement of two versions, per aligned item.

    Only items both dictionaries read are compared: an item in a language the dictionary
    lacks, or whose language is undetermined (``tag_status``), has no themes because it
    was not matched, not because it states none (a Czech version beside an English one
    "differed" in every item with an Oslo theme).

    Nor are items the dictionary's ``context`` rule held back in both versions
    (``out_of_context``): no pattern was applied to either, so their two empty sets
    say nothing (a Danish version whose items were held back "agreed" on all of them).
    An item held back in one version only is kept: the rule read the two differently.

    Returns
    -------
    DataFrame
        ``taxonomy, section, number, letter, themes_a, themes_b, only_a, only_b,
        jaccard`` (1.0 when both have no theme).
    """
    taxonomy = a.items["taxonomy"].iloc[0] if len(a.items) else a.dictionary.name
    left = _matched(a.items)
    right = _matched(b.items)
    out = left[[*KEY, "themes"]].merge(right[[*KEY, "themes"]], on=KEY, suffixes=("_a", "_b"))
    if "tag_status" in left and "tag_status" in right:
        held = _held_back(left).merge(_held_back(right), on=KEY).assign(_held=True)
        out = out.merge(held, on=KEY, how="left")
        out = out[out["_held"].isna()].reset_index(drop=True)
    sa = out["themes_a"].map(theme_set)
    sb = out["themes_b"].map(theme_set)
    out["only_a"] = [";".join(sorted(x - y)) for x, y in zip(sa, sb, strict=True)]
    out["only_b"] = [";".join(sorted(y - x)) for x, y in zip(sa, sb, strict=True)]
    out["jaccard"] = [
        1.0 if not (x | y) else len(x & y) / len(x | y) for x, y in zip(sa, sb, strict=True)
    ]
    out["taxonomy"] = taxonomy
    return out[AGREEMENT_COLUMNS]


def _held_back(items: pd.DataFrame) -> pd.DataFrame:
    """Return the keys of the items the ``context`` rule held back."""
    return items.loc[items["tag_status"] == OUT_OF_CONTEXT, KEY].drop_duplicates()


def _matched(items: pd.DataFrame) -> pd.DataFrame:
    """Return the items a dictionary matched (all of them when ``tag_status`` is absent)."""
    if "tag_status" not in items:
        return items
    return items[~items["tag_status"].isin(UNREAD)]
