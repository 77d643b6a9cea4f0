"""Evaluate polcompare.align: strict precision, recall and F1 of item pairs (Vecalign-style).

Each case is two language versions of one text. The gold pairs are the items sharing
a key (section, number, letter); then the numbering, letters and headings are removed
and the second side's items shuffled, so only content pairs them. A predicted pair
counts only if it is exactly a gold pair; unpaired gold items are misses.
Also the speed: items aligned per second, and the first call's cost (model start).

    python eval/align_run.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd

import polcompare

ROOT = Path(__file__).resolve().parent.parent
align_module = sys.modules["polcompare.compare.align"]

CASES = [
    (
        "position paper lv-da",
        "seeds/eu-apmbc-position-2024.lv.txt",
        "seeds/eu-apmbc-position-2024.da.txt",
    ),
    (
        "EP rule 120 pl-ro",
        "eval/align/ep-rules-of-procedure-2009-07-rule-120.pl.txt",
        "eval/align/ep-rules-of-procedure-2009-07-rule-120.ro.txt",
    ),
    (
        "Decision 2009/937 es-lv",
        "eval/align/eu-council-decision-2009-937.es.txt",
        "eval/align/eu-council-decision-2009-937-consolidated-2014.lv.txt",
    ),
]


def unnumbered(items: pd.DataFrame, seed: int | None) -> pd.DataFrame:
    """Remove numbering, letters and headings; shuffle when a seed is given."""
    out = items.copy()
    out["number"] = [f"p{k + 1}" for k in range(len(out))]
    out["letter"], out["section"], out["heading"] = "", "body", ""
    return out.sample(frac=1, random_state=seed).reset_index(drop=True) if seed else out


def score(a, b) -> dict:
    """Strict P/R/F1 of align on the unnumbered, shuffled pair."""
    keys = ["section", "number", "letter"]
    gold_rows = a.items.merge(b.items, on=keys, suffixes=("_a", "_b"))
    gold = set(zip(gold_rows["item_id_a"], gold_rows["item_id_b"], strict=True))
    pairs = polcompare.align(unnumbered(a.items, None), unnumbered(b.items, 7))
    kept = pairs[(pairs["a_item_id"] != "") & (pairs["b_item_id"] != "")]
    pred = set(zip(kept["a_item_id"], kept["b_item_id"], strict=True))
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return {
        "items": f"{len(a.items)}/{len(b.items)}",
        "gold": len(gold),
        "predicted": len(pred),
        "P": round(p, 3),
        "R": round(r, 3),
        "F1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
    }


def speed() -> dict:
    """Items aligned per second (embeddings not cached) and the first call's cost."""
    a = polcompare.read(ROOT / CASES[0][1])
    b = polcompare.read(ROOT / CASES[0][2])
    align_module._MEMORY.clear()
    align_module._e5_model.cache_clear()
    start = time.perf_counter()
    align_module._e5_model()
    model_start = time.perf_counter() - start
    start = time.perf_counter()
    polcompare.align(a, b)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    polcompare.align(a, b)
    warm = time.perf_counter() - start
    n = len(a.items) + len(b.items)
    return {
        "items": n,
        "model_start_s": round(model_start, 2),
        "first_align_s": round(model_start + cold, 2),
        "items_per_s": round(n / cold, 1),
        "cached_align_s": round(warm, 2),
    }


def main() -> int:
    """Print one line per case and the speed."""
    rows = []
    for name, x, y in CASES:
        a, b = polcompare.read(ROOT / x), polcompare.read(ROOT / y)
        rows.append({"case": name, **score(a, b)})
    table = pd.DataFrame(rows)
    print(table.to_string(index=False))
    multi = table.iloc[1:]
    tp = (multi["R"] * multi["gold"]).sum()
    p = tp / multi["predicted"].sum()
    r = tp / multi["gold"].sum()
    print(f"multilingual set (pooled): P={p:.3f} R={r:.3f} F1={2 * p * r / (p + r):.3f}")
    print("speed:", speed())
    return 0


if __name__ == "__main__":
    sys.exit(main())
