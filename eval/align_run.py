"""Evaluate polcompare.align: strict precision, recall and F1 of item pairs (Vecalign-style).

Two sets:

* the position paper, Latvian against Danish, with numbers, letters and headings removed
  and the Danish items shuffled (54 items each; gold: the items sharing a key);
* the multilingual set in ``eval/align/``: openings of official texts in 2-5 language
  versions each. Every two versions of a document are one case. The gold pairs are the
  numbered units (recitals, articles, paragraphs) that carry the same number in both
  versions; units the parser numbered itself (citations, unnumbered paragraphs ``p1``)
  are left out of both sides, as there is no printed number to check them against. Then
  the numbering is removed and the second side shuffled, so only content pairs them.

A predicted pair counts only if it is exactly a gold pair; unpaired gold items are misses;
a unit present in one version only (an opening cut earlier in the other language) must stay
unpaired, or it is a false pair. The documents are split into a development part (the
texts the method was built on) and a held-out part, reported apart and pooled.
Also the speed: items aligned per second, and the first call's cost (model start).

    python eval/align_run.py [--write]     # --write: eval/align/results.md
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import os
import re
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

import polcompare

ROOT = Path(__file__).resolve().parent.parent
ALIGN = ROOT / "eval" / "align"
align_module = importlib.import_module("polcompare.compare.align")

PAPER = ("seeds/eu-apmbc-position-2024.lv.txt", "seeds/eu-apmbc-position-2024.da.txt")

#: document id -> (part, languages in file order). "dev": used while building the method.
DOCUMENTS = {
    "ep-rules-of-procedure-2009-07-rule-120": ("dev", ["en", "de", "et", "pl", "ro"]),
    "eu-council-decision-2009-937": ("dev", ["en", "es", "lv"]),
    "eu-cfsp-decision-2010-576": ("test", ["fr", "da", "de"]),
    "eu-cfsp-decision-2024-1204": ("test", ["en", "lv", "sk", "et", "hu"]),
    "eu-cfsp-decision-2009-570": ("test", ["it", "fr"]),
    # added after the method's last change: blind
    "eu-cfsp-joint-action-2009-571": ("test", ["en", "sv", "ro", "pt"]),
}
#: Files whose name differs from ``<id>.<lang>.txt``.
FILES = {
    ("eu-council-decision-2009-937", "lv"): "eu-council-decision-2009-937-consolidated-2014.lv.txt",
}
#: The English rule 120 page heads the rule 'Rule 120 :', which the parser does not read as an
#: article heading (its paragraphs come out as body:1-8); the other versions give 120.1-120.8.
#: Its printed paragraph numbers are the same, so its keys are rewritten to theirs.
KEY_REWRITE = {
    ("ep-rules-of-procedure-2009-07-rule-120", "en"): (r"^body:(\d+):$", r"articles:120.\1:"),
}
NUMBERED = ("recitals", "articles")


def _path(doc_id: str, lang: str) -> Path:
    return ALIGN / FILES.get((doc_id, lang), f"{doc_id}.{lang}.txt")


#: How a unit's text may end when the opening was not cut inside it.
_COMPLETE = re.compile(r"[.;:,!?»”’\")|]\s*$")


def numbered_units(doc_id: str, lang: str, *, keep_cut: bool = False) -> pd.DataFrame:
    """Return the items of one version that carry a printed number, with a ``gold`` key.

    The last unit of an opening that ends mid-sentence (cut by the end of the stored
    page, e.g. 'ÜRO sankt') is left out unless ``keep_cut``, as in the theme gold sets.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = polcompare.read(_path(doc_id, lang))
    items = doc.items.copy()
    items["gold"] = items["section"] + ":" + items["number"] + ":" + items["letter"]
    rewrite = KEY_REWRITE.get((doc_id, lang))
    if rewrite:
        items["gold"] = items["gold"].str.replace(rewrite[0], rewrite[1], regex=True)
    keep = items["gold"].str.split(":").str[0].isin(NUMBERED) & (items["text"].str.strip() != "")
    items = items[keep].reset_index(drop=True)
    if not keep_cut and len(items) and not _COMPLETE.search(items["text"].iloc[-1]):
        items = items.iloc[:-1]
    return items


def unnumbered(items: pd.DataFrame, seed: int | None) -> pd.DataFrame:
    """Remove numbering, letters and headings; shuffle when a seed is given."""
    out = items.copy()
    out["number"] = [f"p{k + 1}" for k in range(len(out))]
    out["letter"], out["section"], out["heading"] = "", "body", ""
    return out.sample(frac=1, random_state=seed).reset_index(drop=True) if seed else out


def score(a: pd.DataFrame, b: pd.DataFrame, key: str, **kwargs) -> dict:
    """Strict P/R/F1 of align on the unnumbered, shuffled pair (gold: same ``key``)."""
    gold_rows = a.merge(b, on=key, suffixes=("_a", "_b"))
    gold = set(zip(gold_rows["item_id_a"], gold_rows["item_id_b"], strict=True))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pairs = polcompare.align(unnumbered(a, None), unnumbered(b, 7), **kwargs)
    kept = pairs[(pairs["a_item_id"] != "") & (pairs["b_item_id"] != "")]
    pred = set(zip(kept["a_item_id"], kept["b_item_id"], strict=True))
    tp = len(pred & gold)
    return {"items": f"{len(a)}/{len(b)}", "gold": len(gold), "predicted": len(pred), "tp": tp}


def prf(row: dict) -> dict:
    """Add strict precision, recall and F1 to a row of counts."""
    p = row["tp"] / row["predicted"] if row["predicted"] else 1.0
    r = row["tp"] / row["gold"] if row["gold"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {**row, "P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)}


def paper_case(**kwargs) -> dict:
    """Score the position paper, lv against shuffled unnumbered da."""
    a, b = (polcompare.read(ROOT / p) for p in PAPER)
    ia, ib = a.items.copy(), b.items.copy()
    for t in (ia, ib):
        t["gold"] = t["section"] + ":" + t["number"] + ":" + t["letter"]
    return prf({"case": "position paper lv-da", **score(ia, ib, "gold", **kwargs)})


def multilingual_cases(*, keep_cut: bool = False, **kwargs) -> pd.DataFrame:
    """Score every two language versions of every document of the set."""
    rows = []
    for doc_id, (part, langs) in DOCUMENTS.items():
        units = {lang: numbered_units(doc_id, lang, keep_cut=keep_cut) for lang in langs}
        for x, y in itertools.combinations(langs, 2):
            row = score(units[x], units[y], "gold", **kwargs)
            rows.append(prf({"part": part, "document": doc_id, "pair": f"{x}-{y}", **row}))
    return pd.DataFrame(rows)


def pooled(table: pd.DataFrame) -> dict:
    """Pool the counts of several cases."""
    return prf(
        {
            "gold": int(table["gold"].sum()),
            "predicted": int(table["predicted"].sum()),
            "tp": int(table["tp"].sum()),
        }
    )


def speed() -> dict:
    """Two 60-item documents: items aligned per second, and the first call's cost."""
    a, b = sixty_item_documents()
    align_module._MEMORY.clear()
    align_module._e5_model.cache_clear()
    start = time.perf_counter()
    align_module._e5_model()
    model_start = time.perf_counter() - start
    start, cpu = time.perf_counter(), time.process_time()
    polcompare.align(a, b)
    cold, cpu = time.perf_counter() - start, time.process_time() - cpu
    start = time.perf_counter()
    polcompare.align(a, b)
    warm = time.perf_counter() - start
    n = len(a) + len(b)
    return {
        "items": n,
        "model_start_s": round(model_start, 2),
        "first_align_s": round(model_start + cold, 2),
        "items_per_s": round(n / cold, 1),
        "cached_align_s": round(warm, 2),
        "first_align_cpu_s": round(cpu, 2),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }


def sixty_item_documents() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return the position paper's 54 items in lv and da, each with 6 items of another text."""
    lv, da = (polcompare.read(ROOT / p).items for p in PAPER)
    belarus = polcompare.read(ROOT / "seeds/belarus-conclusions.lv.txt").items.head(6)
    norway = polcompare.read(ROOT / "seeds/norway-mbc-presidency.nb.txt").items.head(6)
    return (
        pd.concat([lv, belarus], ignore_index=True),
        pd.concat([da, norway], ignore_index=True),
    )


def markdown(
    paper: dict, table: pd.DataFrame, parts: dict, parts_cut: dict, speed_row: dict
) -> str:
    """Return the results as Markdown (eval/align/results.md)."""
    cols = ["part", "document", "pair", "items", "gold", "predicted", "P", "R", "F1"]
    lines = [
        "# Alignment: measured figures",
        "",
        "Written by `make eval` (`eval/align_run.py --write`). Strict pairs: a predicted pair",
        "counts only if it is exactly a gold pair. Numbering removed, second side shuffled.",
        "",
        "## Position paper, lv against shuffled unnumbered da (54 items each)",
        "",
        f"P={paper['P']:.3f} R={paper['R']:.3f} F1={paper['F1']:.3f} "
        f"({paper['tp']} of {paper['gold']} gold pairs, {paper['predicted']} predicted)",
        "",
        "## Multilingual set (eval/align/), every two language versions of a document",
        "",
        "| " + " | ".join(cols) + " |",
        "|" + "---|" * len(cols),
    ]
    for row in table[cols].itertuples(index=False):
        lines.append("| " + " | ".join(str(v) for v in row) + " |")
    lines += ["", "| part | gold | predicted | P | R | F1 |", "|---|---|---|---|---|---|"]
    for name, row in parts.items():
        lines.append(
            f"| {name} | {row['gold']} | {row['predicted']} | {row['P']:.3f} "
            f"| {row['R']:.3f} | {row['F1']:.3f} |"
        )
    lines += [
        "",
        "The same, with the last unit of every opening that ends mid-sentence kept (fragments",
        "such as 'ÜRO sankt' or 'A Tanács 2021. december 13-án elfogad'):",
        "",
        "| part | gold | predicted | P | R | F1 |",
        "|---|---|---|---|---|---|",
    ]
    for name, row in parts_cut.items():
        lines.append(
            f"| {name} | {row['gold']} | {row['predicted']} | {row['P']:.3f} "
            f"| {row['R']:.3f} | {row['F1']:.3f} |"
        )
    lines += [
        "",
        "## Speed (two 60-item documents: the position paper lv and da, 6 items of another",
        "seed text added to each)",
        "",
        ", ".join(f"{k}: {v}" for k, v in speed_row.items()),
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the figures; with --write also eval/align/results.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write eval/align/results.md")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed figure")
    args = parser.parse_args(argv)
    paper = paper_case()
    print(
        f"position paper lv-da (shuffled, unnumbered): P={paper['P']} R={paper['R']} "
        f"F1={paper['F1']}"
    )
    table = multilingual_cases()
    with pd.option_context("display.width", 200):
        print(table.drop(columns=["tp"]).to_string(index=False))
    parts = {
        "dev": pooled(table[table["part"] == "dev"]),
        "test (held out)": pooled(table[table["part"] == "test"]),
        "all": pooled(table),
    }
    for name, row in parts.items():
        print(f"multilingual {name} (pooled): P={row['P']:.3f} R={row['R']:.3f} F1={row['F1']:.3f}")
    cut = multilingual_cases(keep_cut=True)
    parts_cut = {
        "dev": pooled(cut[cut["part"] == "dev"]),
        "test (held out)": pooled(cut[cut["part"] == "test"]),
        "all": pooled(cut),
    }
    for name, row in parts_cut.items():
        print(
            f"... with the units cut by the opening's end kept, {name}: P={row['P']:.3f} "
            f"R={row['R']:.3f} F1={row['F1']:.3f}"
        )
    speed_row = speed() if not args.no_speed else {}
    print("speed:", speed_row)
    if args.write:
        (ALIGN / "results.md").write_text(
            markdown(paper, table, parts, parts_cut, speed_row), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
