"""Evaluate polcompare.series: kept / changed / new / dropped against a hand reading.

The gold (``eval/series/gold.csv``, rules in ``eval/series/README.md``) labels every
paragraph of consecutive statements of the sample series (``notebooks/data/series/``) by
reading; ``eval/series/heldout1/gold.csv`` labels a second series by the same rules
(four EU statements to Protocol V of the CCW, 2019-2024), labelled by someone who never
ran polcompare and scored apart: no rule was written after reading it;
``eval/series/heldout2/`` a third (five EU statements on the Day against Nuclear Tests,
2012-2025, years apart; its first score in its ``FIRST_SCORE.md``) and
``eval/series/heldout3/`` a fourth (five on oceans and the law of the sea, 2007-2025,
scored first after the rule written on the third). Paragraphs are
counted from the first salutation ("Mr. President,", "Mr. Chairman,"), or from a printed
"1." before it: a block of text (blank-line separated, or one per line), a line that
starts with a digit or a lowercase letter continuing the one before (the stray line break
of the June 2024 file) unless it starts with a printed number ("1. ", "  2. "). This script maps
each item polcompare made to the gold paragraph holding its first source line; items
before the first salutation (the page's heading block, which the gold does not label)
are counted and left out.

A row is ``(earlier paragraph, later paragraph, status)`` with an empty side for
``new`` / ``dropped``; two items of one paragraph that give the same row count once.
Precision and recall are over these rows, exactly matched (micro), and per status;
``pairing`` ignores the status (was the paragraph paired with the right partner, or
left unpaired when it should be). Also without the salutation rows.

    python eval/series_run.py [--write]      # --write: eval/series/results.md
"""

from __future__ import annotations

import csv
import re
import sys
import time
from pathlib import Path

import pandas as pd

from polcompare.compare.align import default_cache_dir
from polcompare.compare.series import STATUSES, series

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "notebooks" / "data" / "series"
GOLD = ROOT / "eval" / "series" / "gold.csv"
HELD_OUT = ROOT / "eval" / "series" / "heldout1"  # its gold.csv beside the statements
HELD_OUT_2 = ROOT / "eval" / "series" / "heldout2"  # statements 3-4 years apart, 2012-2025
HELD_OUT_3 = ROOT / "eval" / "series" / "heldout3"  # 3-6 years apart, 2007-2025
HELD_OUT_4 = ROOT / "eval" / "series" / "heldout4"  # 3-4 years apart, 2015-2025, not arms
HELD_OUT_5 = ROOT / "eval" / "series" / "heldout5"  # 3 years apart, 2016-2025, openings
HELD_OUT_6 = ROOT / "eval" / "series" / "heldout6"  # 4-9 years apart, 2006-2023, openings
HELD_OUT_7 = ROOT / "eval" / "series" / "heldout7"  # 1.5-16 years apart, 2005-2025, no salutation
HELD_OUT_8 = ROOT / "eval" / "series" / "heldout8"  # 4.5-8 years apart, 2006-2024, openings
HELD_OUT_9 = ROOT / "eval" / "series" / "heldout9"  # 2-10 years apart, 2006-2023, openings
HELD_OUT_10 = ROOT / "eval" / "series" / "heldout10"  # 2-8 years apart, 2006-2019, openings
HELD_OUT_11 = ROOT / "eval" / "series" / "heldout11"  # 5-7 years apart, 2006-2025, openings
HELD_OUT_12 = ROOT / "eval" / "series" / "heldout12"  # 2-10 years apart, 2008-2023, openings
SETS = (
    ("Sample series", DATA, GOLD, "notebooks/data/series/"),
    (
        "Held-out series 1 (never tuned on)",
        HELD_OUT,
        HELD_OUT / "gold.csv",
        "eval/series/heldout1/",
    ),
    (
        "Held-out series 2 (never tuned on)",
        HELD_OUT_2,
        HELD_OUT_2 / "gold.csv",
        "eval/series/heldout2/",
    ),
    (
        "Held-out series 3 (never tuned on)",
        HELD_OUT_3,
        HELD_OUT_3 / "gold.csv",
        "eval/series/heldout3/",
    ),
    (
        "Held-out series 4 (never tuned on)",
        HELD_OUT_4,
        HELD_OUT_4 / "gold.csv",
        "eval/series/heldout4/",
    ),
    (
        "Held-out series 5 (never tuned on)",
        HELD_OUT_5,
        HELD_OUT_5 / "gold.csv",
        "eval/series/heldout5/",
    ),
    (
        "Held-out series 6 (never tuned on)",
        HELD_OUT_6,
        HELD_OUT_6 / "gold.csv",
        "eval/series/heldout6/",
    ),
    (
        "Held-out series 7 (never tuned on)",
        HELD_OUT_7,
        HELD_OUT_7 / "gold.csv",
        "eval/series/heldout7/",
    ),
    (
        "Held-out series 8 (never tuned on)",
        HELD_OUT_8,
        HELD_OUT_8 / "gold.csv",
        "eval/series/heldout8/",
    ),
    (
        "Held-out series 9 (never tuned on)",
        HELD_OUT_9,
        HELD_OUT_9 / "gold.csv",
        "eval/series/heldout9/",
    ),
    (
        "Held-out series 10 (never tuned on)",
        HELD_OUT_10,
        HELD_OUT_10 / "gold.csv",
        "eval/series/heldout10/",
    ),
    (
        "Held-out series 11 (never tuned on)",
        HELD_OUT_11,
        HELD_OUT_11 / "gold.csv",
        "eval/series/heldout11/",
    ),
    (
        "Held-out series 12 (never tuned on)",
        HELD_OUT_12,
        HELD_OUT_12 / "gold.csv",
        "eval/series/heldout12/",
    ),
)
RESULTS = ROOT / "eval" / "series" / "results.md"
#: a paragraph's printed number ("1. I have the honour", "  1. In 2016"), not "8.5 million"
NUMBERED = re.compile(r"^\s*\d{1,2}\.\s")
#: a list's item, a paragraph of its own though no blank line parts it from the last
BULLETED = re.compile(r"^\s*[•▪●]\s")
#: whom a salutation addresses: "Mr. President", "Madam Chair", "Excellencies", "Ladies and ..."
_ADDRESSEE = (
    r"(?:(?:Mr|Mrs|Ms)\.?\s+|Madam\s+)?(?:President|Chair(?:man|woman|person)?|Secretary-General)"
    r"|Excellenc(?:ies|es|y)|Distinguished\s+[A-Za-z]+(?:\s+[A-Za-z]+)?"
    r"|[Ll]adies\s+and\s+[Gg]entlemen|(?:[Dd]ear\s+)?[Cc]olleagues"
)
#: a line that only addresses the room: "Mr. President,", "Excellencies, ladies and gentlemen,"
SALUTATION = re.compile(rf"^\s*(?:{_ADDRESSEE})(?:\s*,\s*(?:and\s+)?(?:{_ADDRESSEE}))*\s*,\s*$")


def _body_line(path: Path) -> int | None:
    """Return the 0-based line where a statement's body starts, from the set's body_lines.csv.

    A series whose statements open with no salutation (held-out series 7), or with their
    courtesy and alignment above it (held-out series 9), names the first line of each body in
    its README; ``body_lines.csv`` (``file,line``) copies it.
    """
    table = path.parent / "body_lines.csv"
    if not table.exists():
        return None
    starts = {r["file"]: int(r["line"]) - 1 for r in csv.DictReader(open(table, encoding="utf-8"))}
    return starts.get(path.name)


def _in_body_heading(lines: list[str], k: int) -> bool:
    """Tell a heading inside a body: a short line alone between blank lines, no final stop."""
    line = lines[k].strip()
    if k + 1 >= len(lines) or not any(rest.strip() for rest in lines[k + 1 :]):
        return False  # the last line: an opening cut short ("Mr. Presi", "The Europe")
    alone = (k == 0 or not lines[k - 1].strip()) and not lines[k + 1].strip()
    return (
        alone
        and len(line.split()) <= 4
        and not line.endswith((".", ",", ":", ";", "!", "?"))
        and not re.match(rf"(?:{_ADDRESSEE})\b", line)  # "Mr Chair" with its comma lost
    )


def paragraphs(path: Path) -> dict[int, str]:
    """Map each source line (1-based) of the body to its gold paragraph ``pN``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    # the labeller's first line of the body, where the set names it (a statement with no
    # salutation, or one whose opening courtesy and alignment stand above its salutation)
    start = _body_line(path)
    if start is None:
        start = next((k for k, line in enumerate(lines) if SALUTATION.match(line)), None)
    if start is None:
        raise SystemExit(f"{path.name}: no salutation line; cannot count paragraphs")
    # a statement that numbers its paragraphs may open with "1." before the salutation
    first = next((k for k, line in enumerate(lines[:start]) if NUMBERED.match(line)), start)
    start = min(start, first)
    blank_separated = any(not line.strip() for line in lines[start:])
    out: dict[int, str] = {}
    n, open_block = 0, False
    for k in range(start, len(lines)):
        line = lines[k]
        if not line.strip():
            open_block = False
            continue
        # a salutation is a line of its own, even where no blank line parts it from the last
        numbered = bool(NUMBERED.match(line) or BULLETED.match(line) or SALUTATION.match(line))
        if blank_separated and not numbered and _in_body_heading(lines, k):
            continue  # "UNAMA", "Peace process": a heading inside the body, no paragraph
        # a stray line break; where paragraphs are blank-separated, the open block decides
        continues = (
            bool(re.match(r"^\s*[0-9a-z]", line)) and n > 0 and not numbered and not blank_separated
        )
        if numbered or not (continues or (blank_separated and open_block)):
            n += 1
        open_block = True
        out[k + 1] = f"p{n}"
    return out


def predicted(flows: pd.DataFrame, items: pd.DataFrame, folder: Path = DATA) -> tuple[set, int]:
    """Return the series' rows as (earlier_doc, earlier_para, later_doc, later_para, status)."""
    where = {}
    left_out = 0
    for doc_id, group in items.groupby("doc_id"):
        paras = paragraphs(folder / f"{doc_id}.txt")
        for item_id, line in zip(group["item_id"], group["start_line"], strict=True):
            where[item_id] = paras.get(int(line), "")
            left_out += int(where[item_id] == "")
    rows = set()
    for r in flows.itertuples(index=False):
        e = where.get(r.earlier_item_id, "") if r.earlier_item_id else ""
        lat = where.get(r.later_item_id, "") if r.later_item_id else ""
        if not e and not lat:
            continue  # heading-block items: not labelled
        rows.add((r.earlier_doc if e else "", e, r.later_doc if lat else "", lat, r.status))
    return rows, left_out


def gold_rows(gold: pd.DataFrame) -> set:
    """Return the gold rows as tuples like :func:`predicted`'s."""
    g = gold.fillna("")
    return set(
        zip(
            g["earlier_doc"],
            g["earlier_para"],
            g["later_doc"],
            g["later_para"],
            g["status"],
            strict=True,
        )
    )


def prf(pred: set, gold: set) -> tuple[float, float, int, int, int]:
    """Return precision, recall, right, predicted, gold."""
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, tp, len(pred), len(gold)


def table(pred: set, gold: set) -> list[list]:
    """Return the rows of a results table: all, pairing, each status."""
    out = []
    p, r, tp, n_pred, n_gold = prf(pred, gold)
    out.append(["all rows", p, r, tp, n_pred, n_gold])
    strip = {(a, b, c, d) for a, b, c, d, _ in pred}
    gstrip = {(a, b, c, d) for a, b, c, d, _ in gold}
    p, r, tp, n_pred, n_gold = prf(strip, gstrip)
    out.append(["pairing (status ignored)", p, r, tp, n_pred, n_gold])
    for status in STATUSES:
        ps = {x for x in pred if x[4] == status}
        gs = {x for x in gold if x[4] == status}
        p, r, tp, n_pred, n_gold = prf(ps, gs)
        out.append([status, p, r, tp, n_pred, n_gold])
    return out


def _date(doc_id: str) -> str:
    found = re.search(r"\d{4}-\d\d-\d\d", doc_id)
    return found.group(0) if found else doc_id


def main(argv: list[str]) -> int:
    """Score each series against its gold; print (and with --write, write) the results."""
    if "-h" in argv or "--help" in argv:
        print("usage: python eval/series_run.py [--write]")
        return 0
    lines = ["# Series: kept / changed / new / dropped against the hand reading", ""]
    for title, folder, gold_path, shown in SETS:
        scored = score(title, folder, gold_path, shown)
        if scored is None:
            return 1
        lines += scored
    text = "\n".join(lines) + "\n"
    print(text)
    if "--write" in argv:
        RESULTS.write_text(text, encoding="utf-8")
    return 0


def score(title: str, folder: Path, gold_path: Path, shown: str) -> list[str] | None:
    """Return the results section of one series (None: its gold does not fit the series)."""
    started = time.perf_counter()
    result = series([folder], cache_dir=default_cache_dir())
    seconds = time.perf_counter() - started
    gold = pd.read_csv(gold_path, dtype=str)
    pred, left_out = predicted(result.flows, result.items, folder)
    steps = {
        (e, lat)
        for e, lat in zip(
            result.flow_counts["earlier_doc"], result.flow_counts["later_doc"], strict=True
        )
    }
    gold_steps = set(zip(gold["earlier_doc"].fillna(""), gold["later_doc"].fillna(""), strict=True))
    missing = {s for s in gold_steps if all(s) and s not in steps}
    if missing:
        print(
            f"{gold_path}: gold pairs not consecutive in the series: {sorted(missing)}",
            file=sys.stderr,
        )
        return None
    g = gold_rows(gold)
    salut = gold["note"].fillna("").str.match(r"^(?:second )?salutation")
    g_nosal = gold_rows(gold[~salut])
    sal_keys = {(a, b) for a, b, *_ in gold_rows(gold[salut])} | {
        (c, d) for _, _, c, d, _ in gold_rows(gold[salut])
    }
    p_nosal = {x for x in pred if (x[0], x[1]) not in sal_keys and (x[2], x[3]) not in sal_keys}
    lines = [
        f"## {title}",
        "",
        "`python eval/series_run.py --write` (also in `make eval`); series of "
        f"{len(result.documents)} documents in `{shown}`, {len(gold)} gold rows "
        "over "
        f"{len({s for s in gold_steps if all(s)})} pairs of consecutive statements; "
        f"{left_out} items of the page "
        "heading blocks (not labelled) left out; built in "
        f"{seconds:.1f} s (embeddings cached on disk after the first run).",
        "",
    ]
    tables = [("All gold rows", (pred, g))]
    if salut.any():
        tables.append(("Without the salutation rows", (p_nosal, g_nosal)))
    for name_, (pp, gg) in tables:
        lines += [
            f"### {name_}",
            "",
            "| rows | precision | recall | right | predicted | gold |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for name, p, r, tp, n_pred, n_gold in table(pp, gg):
            lines.append(f"| {name} | {p:.3f} | {r:.3f} | {tp} | {n_pred} | {n_gold} |")
        lines.append("")
    wrong = sorted(pred - g)
    missed = sorted(g - pred)
    lines += [
        "### Rows that differ",
        "",
        "| side | earlier | later | status |",
        "|---|---|---|---|",
    ]
    for side, rows in (("predicted, not in gold", wrong), ("gold, not predicted", missed)):
        for e_doc, e, l_doc, lat, status in rows:
            lines.append(f"| {side} | {_date(e_doc)} {e} | {_date(l_doc)} {lat} | {status} |")
    return [*lines, ""]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
