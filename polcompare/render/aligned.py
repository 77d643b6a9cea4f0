"""The report's "items side by side" view of two language versions.

Both texts of every aligned pair (by key, or by content when the keys do not match),
unpaired items marked, and the numbers, dates, amounts and articles that one version
states and the other does not highlighted in the text where they are written
(:func:`polcompare.compare.versions.paired_items`). Text stays plain: the template
escapes it.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..compare.versions import paired_items
from ..items import item_label

__all__ = ["aligned_pairs"]

_STATUS = {
    "aligned": "paired",
    "reordered": "paired, in another place",
    "split": "second part of a split item",
    "missing_in_b": "no partner in {b}",
    "extra_in_b": "no partner in {a}",
}


def _segments(text: str, surfaces: str) -> list[dict[str, Any]]:
    """Split ``text`` into plain and highlighted runs (each fact surface, first occurrence)."""
    spans: list[tuple[int, int]] = []
    for surface in dict.fromkeys(s.strip() for s in surfaces.split(" | ")):
        for part in surface.split(" + "):
            start = text.find(part) if part else -1
            while start >= 0 and any(a < start + len(part) and start < b for a, b in spans):
                start = text.find(part, start + 1)
            if start >= 0:
                spans.append((start, start + len(part)))
    out, at = [], 0
    for a, b in sorted(spans):
        if a > at:
            out.append({"text": text[at:a], "fact": False})
        out.append({"text": text[a:b], "fact": True})
        at = b
    if at < len(text):
        out.append({"text": text[at:], "fact": False})
    return out


def aligned_pairs(
    alignment: pd.DataFrame, a: pd.DataFrame, b: pd.DataFrame, names: tuple[str, str]
) -> dict[str, Any]:
    """Return the view of two versions' aligned items for the report template.

    Parameters
    ----------
    alignment : DataFrame
        :func:`polcompare.compare.versions.align_versions` of ``a`` and ``b``.
    a, b : DataFrame
        The two versions' items.
    names : tuple of str
        How the page names the two versions (their ``doc_id``).

    Returns
    -------
    dict
        ``rows`` (one per alignment row: ``key_a``, ``key_b``, ``status``,
        ``note``, ``score``, ``segs_a``, ``segs_b``, ``facts``), ``by`` (how
        the items were paired), ``unpaired`` and ``with_facts`` (counts).
    """
    pairs = paired_items(alignment, a, b)
    label_a = {r.item_id: item_label(r.section, r.number, r.letter) for r in a.itertuples()}
    label_b = {r.item_id: item_label(r.section, r.number, r.letter) for r in b.itertuples()}
    rows = []
    for r in pairs.itertuples(index=False):
        note = _STATUS.get(r.status, r.status).format(a=names[0], b=names[1])
        rows.append(
            {
                "key_a": label_a.get(r.item_id_a, ""),
                "key_b": label_b.get(r.item_id_b, ""),
                "status": r.status,
                "note": note,
                "score": None if pd.isna(r.score) else float(r.score),
                "segs_a": _segments(r.text_a, r.facts_only_a),
                "segs_b": _segments(r.text_b, r.facts_only_b),
                "facts": r.reason,
            }
        )
    by = sorted(set(alignment["by"].dropna())) if "by" in alignment else ["key"]
    return {
        "rows": rows,
        "by": by,
        "unpaired": int(pairs["status"].isin(["missing_in_b", "extra_in_b"]).sum()),
        "with_facts": int((pairs["reason"] != "").sum()),
    }
