"""Language versions: align two versions' items by key; compare their themes item by item."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..items import KEY, theme_set
from ..themes import Tagged

__all__ = ["ALIGNMENT_COLUMNS", "AGREEMENT_COLUMNS", "align_versions", "theme_agreement"]

ALIGNMENT_COLUMNS = [*KEY, "item_id_a", "item_id_b", "pos_a", "pos_b", "status"]
AGREEMENT_COLUMNS = [*KEY, "themes_a", "themes_b", "only_a", "only_b", "jaccard"]


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
    return out[ALIGNMENT_COLUMNS]


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
    sa = out["themes_a"].map(theme_set)
    sb = out["themes_b"].map(theme_set)
    out["only_a"] = [";".join(sorted(x - y)) for x, y in zip(sa, sb, strict=True)]
    out["only_b"] = [";".join(sorted(y - x)) for x, y in zip(sa, sb, strict=True)]
    out["jaccard"] = [
        1.0 if not (x | y) else len(x & y) / len(x | y) for x, y in zip(sa, sb, strict=True)
    ]
    return out[AGREEMENT_COLUMNS]
