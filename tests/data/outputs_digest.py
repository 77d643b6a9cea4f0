"""Write or check the digest of polcompare's outputs on the seeds and the evaluation sets.

    .venv/bin/python tests/data/outputs_digest.py          # rewrite tests/data/outputs_digest.tsv
    .venv/bin/python tests/data/outputs_digest.py --check  # compare, print the differences

One line per item: the document, its language, type and detected language, then the item's
id, kind, language, a hash of its text, and for each taxonomy (oap, policy, stance) its themes
and a hash of its evidence (theme, pattern, match, start, end of every match, in order). The
documents are every ``*.txt`` of ``seeds/``, ``eval/parse/docs/`` and the held-out sets
``eval/parse/holdout*/`` read with :func:`polcompare.read`; the items of
``eval/themes/*.csv`` are tagged as ``eval/themes_run.py`` tags them (the items of one
source form one document).
tests/test_outputs_pinned.py recomputes it: a speed change must leave it as it is.
"""

from __future__ import annotations

import csv
import hashlib
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIGEST = Path(__file__).with_suffix(".tsv")
FOLDERS = (
    "seeds",
    "eval/parse/docs",
    "eval/parse/holdout",
    "eval/parse/holdout2",
    "eval/parse/holdout3",
    "eval/parse/holdout4",
    "eval/parse/holdout5",
    "eval/parse/holdout6",
    "eval/parse/holdout7",
    "eval/parse/holdout8",
    "eval/parse/holdout9",
    "eval/parse/holdout10",
    "eval/parse/holdout11",
    "eval/parse/holdout12",
    "eval/parse/holdout13",
    "eval/parse/holdout14",
    "eval/parse/holdout15",
    "eval/parse/holdout16",
    "eval/parse/holdout17",
    "eval/parse/holdout18",
    "eval/parse/holdout19",
    "eval/parse/holdout20",
    "eval/parse/holdout21",
    "eval/parse/holdout22",
    "eval/parse/holdout23",
    "eval/parse/holdout24",
    "eval/parse/holdout25",
    "eval/parse/holdout26",
    "eval/parse/holdout27",
    "eval/parse/holdout28",
    "eval/parse/holdout29",
    "eval/parse/holdout30",
    "eval/parse/holdout31",
    "eval/parse/holdout32",
    "eval/parse/holdout33",
    "eval/parse/holdout34",
    "eval/parse/holdout35",
    "eval/parse/holdout36",
    "eval/parse/holdout37",
    "eval/parse/holdout38",
    "eval/parse/holdout39",
    "eval/parse/holdout40",
    "eval/parse/holdout41",
    "eval/parse/holdout42",
    "eval/parse/holdout43",
    "eval/parse/holdout44",
    "eval/parse/holdout45",
    "eval/parse/holdout46",
    "eval/parse/holdout47",
    "eval/parse/holdout48",
    "eval/parse/holdout49",
    "eval/parse/holdout50",
    "eval/parse/holdout51",
    "eval/parse/holdout52",
    "eval/parse/holdout53",
    "eval/parse/holdout54",
    "eval/parse/holdout55",
    "eval/parse/holdout56",
    "eval/parse/holdout57",
    "eval/parse/holdout58",
    "eval/parse/holdout59",
    "eval/parse/holdout60",
    "eval/parse/holdout61",
    "eval/parse/holdout62",
    "eval/parse/holdout63",
    "eval/parse/holdout64",
    "eval/parse/holdout65",
    "eval/parse/holdout66",
    "eval/parse/holdout67",
    "eval/parse/holdout68",
    "eval/parse/holdout69",
    "eval/parse/holdout70",
    "eval/parse/holdout71",
    "eval/parse/holdout72",
    "eval/parse/holdout73",
    "eval/parse/holdout74",
    "eval/parse/holdout75",
    "eval/parse/holdout76",
    "eval/parse/holdout77",
    "eval/parse/holdout78",
    "eval/parse/holdout79",
    "eval/parse/holdout80",
    "eval/parse/holdout81",
    "eval/parse/holdout82",
    "eval/parse/holdout83",
    "eval/parse/holdout84",
    "eval/parse/holdout85",
    "eval/parse/holdout86",
    "eval/parse/holdout87",
    "eval/parse/holdout88",
    "eval/parse/holdout89",
    "eval/parse/holdout90",
    "eval/parse/holdout91",
    "eval/parse/holdout92",
    "eval/parse/holdout93",
    "eval/parse/holdout94",
    "eval/parse/holdout95",
    "eval/parse/holdout96",
    "eval/parse/holdout97",
    "eval/parse/holdout98",
    "eval/parse/holdout99",
    "eval/parse/holdout100",
    "eval/parse/holdout101",
    "eval/parse/holdout102",
    "eval/parse/holdout103",
)
TAXONOMIES = ("oap", "policy", "stance")


def _h(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _tagged(items, prefix: list[list[str]]) -> list[str]:
    """One line per item of ``items``: ``prefix`` (one list per item) and its tags."""
    from polcompare.themes import tag

    cols = [list(p) for p in prefix]
    for taxonomy in TAXONOMIES:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = tag(items, taxonomy=taxonomy)
        evidence: dict[str, list[str]] = {}
        ev = result.evidence
        for row in zip(
            ev["item_id"],
            ev["theme"],
            ev["pattern"],
            ev["match"],
            ev["start"],
            ev["end"],
            strict=True,
        ):
            evidence.setdefault(str(row[0]), []).append("|".join(map(str, row[1:])))
        for k, (item_id, themes, status) in enumerate(
            zip(
                result.items["item_id"],
                result.items["themes"],
                result.items["tag_status"],
                strict=True,
            )
        ):
            cols[k] += [f"{themes or '-'}", status, _h("\n".join(evidence.get(str(item_id), [])))]
    return ["\t".join(c) for c in cols]


def lines() -> list[str]:
    """The digest, one line per item (documents in path order, then the theme sets)."""
    import pandas as pd

    import polcompare

    out = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).glob("*.txt")):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                doc = polcompare.read(path)
            head = [
                f"{folder}/{path.name}",
                doc.lang,
                doc.doc_type,
                doc.lang_detected,
                f"{doc.lang_confidence:.3f}",  # the last digits differ between CPUs
            ]
            items = doc.items
            out.append("\t".join([*head, "#", str(len(items))]))
            prefix = [
                [*head, str(i), str(k), str(lg), _h(str(t))]
                for i, k, lg, t in zip(
                    items["item_id"], items["kind"], items["lang"], items["text"], strict=True
                )
            ]
            out += _tagged(items, prefix)
    for path in sorted((ROOT / "eval/themes").glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as f:
            gold = pd.DataFrame(list(csv.DictReader(f)))
        items = gold[["item_id", "lang", "text"]].assign(
            doc_id=gold["item_id"].str.split(":").str[0]
        )
        prefix = [
            [f"eval/themes/{path.name}", str(i), str(lg), _h(str(t))]
            for i, lg, t in zip(items["item_id"], items["lang"], items["text"], strict=True)
        ]
        out += _tagged(items, prefix)
    return out


def main(argv: list[str]) -> int:
    now = lines()
    if "--check" in argv:
        before = DIGEST.read_text(encoding="utf-8").splitlines()
        diff = [(a, b) for a, b in zip(before, now, strict=False) if a != b]
        for a, b in diff[:20]:
            print(f"- {a}\n+ {b}")
        if len(before) != len(now):
            print(f"{len(before)} lines pinned, {len(now)} now")
        return 1 if diff or len(before) != len(now) else 0
    DIGEST.write_text("\n".join(now) + "\n", encoding="utf-8")
    print(f"{DIGEST}: {len(now)} lines")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
