"""Score the theme dictionaries against the hand-coded gold sets: ``make eval``.

``eval/themes/<lang>.csv`` (en, de, fr, lv, da, nb, sv: those present; see
``eval/themes/README.md``) hold
items of public official texts coded by hand with the ``oap``, ``policy`` and
``stance`` theme IDs (``;``-joined; an empty cell is a real "no theme").
Every item is tagged with the shipped dictionaries (its own language only)
and scored per taxonomy and language: precision, recall and F1 over (item,
theme) pairs (micro-averaged), and the recall of ``concern_regret``.

The items are split in two halves by a hash of their ids (``zlib.crc32(item_id)
% 2``: 1 is ``dev``, 0 is ``test``). Patterns may be tuned on the dev half's
errors (``--show-errors``, dev only); the test half is never looked at while
tuning. Every folder under ``eval/themes/`` (``council/``: Council conclusions;
``unseen/``, ``unseen2/``: texts coded after a round of dictionary changes) holds ``<lang>.csv``
files coded later by someone else: each folder is a group of its own, never
tuned on. ``unseen/`` and ``unseen2/`` were each scored once as a whole (their
FIRST_SCORE.md), then split in halves by the same hash: ``unseen-dev`` and
``unseen2-dev`` may be tuned on, ``unseen-test`` and ``unseen2-test`` never. The
groups are printed apart, and the seeds' figures (the lv/da gold of ``tests/data``)
after them; ``--write`` also writes ``eval/themes/results.md``.

Usage: python eval/themes_run.py [--write] [--show-errors] [--taxonomy T] [--lang L]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import warnings
import zlib
from pathlib import Path

import pandas as pd

import polcompare
from polcompare.themes import tag

HERE = Path(__file__).parent / "themes"
ROOT = Path(__file__).resolve().parent.parent
#: Languages with a gold set, in table order (a missing file is left out).
LANGS = ("en", "de", "fr", "lv", "da", "nb", "sv")
TAXONOMIES = ("oap", "policy", "stance")
#: Folders whose first score is recorded (FIRST_SCORE.md) and which were then split
#: in halves like the main sets: ``unseen-dev`` may be tuned on, ``unseen-test`` never.
#: (``unseen3`` and ``unseen4`` were split when ``unseen5`` was scored, ``unseen5`` when
#: ``unseen6`` was, ``unseen6`` when ``unseen7`` was, ``unseen7`` when its first score was
#: in and ``unseen8`` being coded, ``unseen8`` when ``unseen9`` was scored,
#: ``unseen9`` when ``unseen10`` was, ``unseen10`` when ``unseen11`` was, ``unseen11`` when
#: ``unseen12`` was, ``unseen12`` when ``unseen13`` was, ``unseen13`` when ``unseen14``
#: was, and so on: ``unseen34`` when ``unseen35`` was.)
SPLIT_AFTER_FIRST_SCORE = frozenset(
    {
        "unseen",
        "unseen2",
        "unseen3",
        "unseen4",
        "unseen5",
        "unseen6",
        "unseen7",
        "unseen8",
        "unseen9",
        "unseen10",
        "unseen11",
        "unseen12",
        "unseen13",
        "unseen14",
        "unseen15",
        "unseen16",
        "unseen17",
        "unseen18",
        "unseen19",
        "unseen20",
        "unseen21",
        "unseen22",
        "unseen23",
        "unseen24",
        "unseen25",
        "unseen26",
        "unseen27",
        "unseen28",
        "unseen29",
        "unseen30",
        "unseen31",
        "unseen32",
        "unseen33",
        "unseen34",
    }
)


def _newest_split() -> str:
    """Return the newest of :data:`SPLIT_AFTER_FIRST_SCORE` ("unseen9")."""
    return max(SPLIT_AFTER_FIRST_SCORE, key=_set_order)


def _set_order(name: str) -> tuple[str, int]:
    """Order sets by name, then number: "unseen2" before "unseen10" ("unseen" is 1)."""
    stem = name.rstrip("0123456789")
    return stem, int(name[len(stem) :] or 1)


#: Languages whose set in ``eval/themes/`` was tuned on whole (every item's errors read while
#: its section was written), so that it has no test half: its held-out partner is an unseen
#: set (sv: ``unseen35``).
TUNED_WHOLE = frozenset({"sv"})


def half(item_id: str) -> str:
    """Return ``dev`` or ``test`` for an item id (stable as the set grows)."""
    return "dev" if zlib.crc32(item_id.encode("utf-8")) % 2 else "test"


def gold_langs() -> tuple[str, ...]:
    """Return the languages of :data:`LANGS` that have a gold set file."""
    return tuple(lang for lang in LANGS if (HERE / f"{lang}.csv").exists())


def load_gold() -> pd.DataFrame:
    """Return every gold item: ``item_id, lang, text, half`` and one column per taxonomy.

    ``half`` is ``dev`` or ``test`` for the sets in ``eval/themes/`` (``dev`` for the
    whole of a :data:`TUNED_WHOLE` language's set), and the
    folder's name for the sets of a folder under it (``council``, ``unseen``:
    coded by someone else, never tuned on).
    """
    frames = []
    for lang in gold_langs():
        with open(HERE / f"{lang}.csv", encoding="utf-8", newline="") as f:
            frame = pd.DataFrame(list(csv.DictReader(f)))
        frame["half"] = "dev" if lang in TUNED_WHOLE else frame["item_id"].map(half)
        frames.append(frame)
    for group in held_out_groups():
        for lang in LANGS:
            path = HERE / group / f"{lang}.csv"
            if path.exists():
                with open(path, encoding="utf-8", newline="") as f:
                    frame = pd.DataFrame(list(csv.DictReader(f))).assign(half=group)
                if frame.empty:  # a language the coder found no text in: its header only
                    continue
                if group in SPLIT_AFTER_FIRST_SCORE:
                    frame["half"] = group + "-" + frame["item_id"].map(half)
                frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def held_out_groups() -> list[str]:
    """Return the folders of gold sets never tuned on (``council``, ``unseen``), sorted."""
    names = [p.name for p in HERE.iterdir() if p.is_dir() and any(p.glob("*.csv"))]
    return sorted(names, key=_set_order)


def group_order() -> list[str]:
    """Return every group name in table order: the never-tuned ones, then test and dev."""
    out = []
    for g in held_out_groups():
        out += [f"{g}-test", f"{g}-dev"] if g in SPLIT_AFTER_FIRST_SCORE else [g]
    return [*out, "test", "dev"]


def halves(gold: pd.DataFrame) -> list[str]:
    """Return the groups present, the never-tuned ones first, then test and dev."""
    return [h for h in group_order() if (gold["half"] == h).any()]


def tunable(group: str) -> bool:
    """Tell whether a group's errors may be read while tuning (a dev half)."""
    return group == "dev" or group.endswith("-dev")


def _set(cell: str) -> set[str]:
    return {t.strip() for t in str(cell).split(";") if t.strip()}


def predict(gold: pd.DataFrame, taxonomy: str) -> tuple[list[set[str]], pd.DataFrame]:
    """Tag the gold items; return each item's themes and the evidence."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        items = gold[["item_id", "lang", "text"]].assign(
            doc_id=gold["item_id"].str.split(":").str[0]  # the items of one source: a document
        )
        result = tag(items, taxonomy=taxonomy)
    return [_set(t) for t in result.items["themes"]], result.evidence


def scores(truth: list[set[str]], guess: list[set[str]], theme: str | None = None) -> dict:
    """Micro precision, recall, F1 over (item, theme) pairs (one theme, or all)."""
    if theme is not None:
        truth = [t & {theme} for t in truth]
        guess = [g & {theme} for g in guess]
    tp = sum(len(t & g) for t, g in zip(truth, guess, strict=True))
    fp = sum(len(g - t) for t, g in zip(truth, guess, strict=True))
    fn = sum(len(t - g) for t, g in zip(truth, guess, strict=True))
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")
    return {"n": len(truth), "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f1}


def table(gold: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """Score every half x taxonomy x language (and all languages together)."""
    rows, predicted = [], {}
    langs = [lang for lang in LANGS if (gold["lang"] == lang).any()]
    for taxonomy in TAXONOMIES:
        guess, evidence = predict(gold, taxonomy)
        predicted[taxonomy] = (guess, evidence)
        truth = [_set(t) for t in gold[taxonomy]]
        for h in halves(gold):
            for lang in (*langs, "all"):
                pick = (gold["half"] == h) & ((gold["lang"] == lang) if lang != "all" else True)
                idx = list(pick[pick].index)
                t, g = [truth[i] for i in idx], [guess[i] for i in idx]
                row = {"half": h, "taxonomy": taxonomy, "lang": lang, **scores(t, g)}
                if taxonomy == "stance":
                    row["concern_recall"] = scores(t, g, "concern_regret")["recall"]
                rows.append(row)
    return pd.DataFrame(rows), predicted


def seed_figures() -> pd.DataFrame:
    """Return the seeds' figures (tests/data gold, lv/da), as tests/test_themes.py pins them."""
    seeds = ROOT / "seeds"
    data = ROOT / "tests" / "data"
    runs = [
        ("eu-apmbc-position-2024.lv.txt", "oap", "gold_oap.csv"),
        ("eu-apmbc-position-2024.da.txt", "oap", "gold_oap.csv"),
        ("belarus-conclusions.lv.txt", "policy", "gold_policy.csv"),
    ]
    rows = []
    for name, taxonomy, gold_file in runs:
        items = tag(polcompare.read(seeds / name).items, taxonomy=taxonomy).items
        gold = pd.read_csv(data / gold_file, dtype=str, keep_default_na=False)
        labels: dict = {}
        for r in gold.itertuples():
            labels.setdefault((r.section, r.number, r.letter), set()).update(_set(r.theme))
        keys = [(r.section, r.number, r.letter) for r in items.itertuples()]
        truth = [labels.get(k, set()) for k in keys]
        guess = [_set(t) for t in items["themes"]]
        rows.append({"seed": name, "taxonomy": taxonomy, **scores(truth, guess)})
    return pd.DataFrame(rows)


def show_errors(gold: pd.DataFrame, predicted: dict, only: set[str], langs: set[str]) -> None:
    """Print the dev half's errors: missed and extra themes, with the words that matched."""
    for taxonomy in TAXONOMIES:
        if only and taxonomy not in only:
            continue
        guess, evidence = predicted[taxonomy]
        for i, row in gold.iterrows():
            if not tunable(row["half"]) or (langs and row["lang"] not in langs):
                continue
            truth = _set(row[taxonomy])
            missed, extra = truth - guess[i], guess[i] - truth
            if not (missed or extra):
                continue
            ev = evidence[evidence["item_id"] == row["item_id"]]
            words = "; ".join(f"{t}={m}" for t, m in zip(ev["theme"], ev["match"], strict=True))
            print(f"[{taxonomy}] {row['item_id']} ({row['lang']})")
            print(f"   missed: {sorted(missed)}  extra: {sorted(extra)}  matched: {words}")
            print(f"   {row['text'][:400]}")


def second_readings(gold: pd.DataFrame, predicted: dict) -> pd.DataFrame:
    """Score two human coders against each other, and the dictionary against each.

    A folder with a ``second_coder/`` of the same items (coded blind to the
    first coding) gives the ceiling a dictionary can be judged against: how
    far two careful readers agree. F1 is symmetric between two coders.
    """
    rows = []
    for group in held_out_groups():
        folder = HERE / group / "second_coder"
        second: dict[str, dict] = {}
        for lang in LANGS:
            if (folder / f"{lang}.csv").exists():
                with open(folder / f"{lang}.csv", encoding="utf-8", newline="") as f:
                    second.update({r["item_id"]: r for r in csv.DictReader(f)})
        if not second:
            continue
        pick = gold["half"].str.fullmatch(rf"{group}(-dev|-test)?") & gold["item_id"].isin(second)
        idx = list(pick[pick].index)
        for taxonomy in TAXONOMIES:
            guess = predicted[taxonomy][0]
            for lang in (*LANGS, "all"):
                at = [i for i in idx if lang == "all" or gold.at[i, "lang"] == lang]
                if not at:
                    continue
                first = [_set(gold.at[i, taxonomy]) for i in at]
                other = [_set(second[gold.at[i, "item_id"]][taxonomy]) for i in at]
                dictionary = [guess[i] for i in at]
                rows.append(
                    {
                        "set": group,
                        "taxonomy": taxonomy,
                        "lang": lang,
                        "n": len(at),
                        "coders_f1": scores(first, other)["f1"],
                        "dict_vs_first_f1": scores(first, dictionary)["f1"],
                        "dict_vs_second_f1": scores(other, dictionary)["f1"],
                    }
                )
    return pd.DataFrame(rows)


_FIRST_ROW = re.compile(
    r"^\s*(oap|policy|stance)\s+(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s", re.MULTILINE
)


def first_scores() -> tuple[pd.DataFrame, list[str]]:
    """Return tp, fp, fn per taxonomy and language of every set's FIRST_SCORE.md, and the sets.

    Each unseen set was scored once, whole, before anyone read its items or errors; its
    FIRST_SCORE.md keeps that table. Pooled, they are the figures to expect on fresh text.
    """
    rows, sets = [], []
    for group in held_out_groups():
        path = HERE / group / "FIRST_SCORE.md"
        if not path.exists():
            continue
        sets.append(group)
        for m in _FIRST_ROW.finditer(path.read_text(encoding="utf-8")):
            taxonomy, lang, n, tp, fp, fn = m.groups()
            rows.append(
                {"set": group, "taxonomy": taxonomy, "lang": lang, "n": int(n)}
                | {"tp": int(tp), "fp": int(fp), "fn": int(fn)}
            )
    return pd.DataFrame(rows), sets


def pooled_f1(counts: pd.DataFrame) -> pd.DataFrame:
    """F1 per taxonomy (rows) and language (columns) from summed tp, fp, fn."""
    total = counts.groupby(["taxonomy", "lang"], sort=False)[["tp", "fp", "fn"]].sum()
    f1 = 2 * total["tp"] / (2 * total["tp"] + total["fp"] + total["fn"])
    table = f1.unstack("lang").reindex(index=list(TAXONOMIES))
    table = table.reindex(columns=[c for c in (*LANGS, "all") if c in table.columns])
    table.index.name, table.columns.name = None, None
    return table


def pooled_summary(results: pd.DataFrame) -> str:
    """Pool the unseen sets: at their first score, and now on the halves never tuned on."""
    counts, sets = first_scores()
    if counts.empty:
        return ""
    items = int(counts[(counts["taxonomy"] == "oap") & (counts["lang"] == "all")]["n"].sum())
    never_groups = [
        g for g in (*(f"{s}-test" for s in sets), *sets, "council") if (results["half"] == g).any()
    ]
    never = results[results["half"].isin(never_groups)]
    never_items = int(never[(never["taxonomy"] == "oap") & (never["lang"] == "all")]["n"].sum())
    fmt = {"float_format": lambda v: f"{v:.3f}"}
    return (
        f"## the unseen sets pooled\n\nF1 at first score, {len(sets)} unseen sets "
        f"({', '.join(sets)}; {items} items), each scored once whole before its items or "
        "errors were read (its FIRST_SCORE.md), tp, fp and fn summed:\n"
        + pooled_f1(counts).to_string(**fmt)
        + f"\n\nF1 now, on what was never tuned on ({never_items} items: "
        f"{', '.join(never_groups)}):\n" + pooled_f1(never).to_string(**fmt) + "\n"
    )


def summary(results: pd.DataFrame) -> str:
    """F1 per taxonomy (rows) and language (columns), test half then dev half."""
    out = []
    for h in [h for h in group_order() if (results["half"] == h).any()]:
        part = results[results["half"] == h]
        f1 = part.pivot(index="taxonomy", columns="lang", values="f1")
        f1 = f1.reindex(index=list(TAXONOMIES), columns=list(dict.fromkeys(part["lang"])))
        f1.index.name, f1.columns.name = None, None
        if h in ("test", "dev"):
            name = f"{h} half"
        elif tunable(h):
            name = f"{h} (eval/themes/{h[:-4]}, its dev half)"
        else:
            name = f"{h} (eval/themes/{h.removesuffix('-test')}, never tuned on)"
        out.append(f"F1, {name}:\n" + f1.to_string(float_format=lambda v: f"{v:.3f}") + "\n")
    return "## summary\n\n" + "\n".join(out)


def _fmt(frame: pd.DataFrame) -> str:
    return frame.to_string(index=False, float_format=lambda v: f"{v:.3f}")


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; print (and with ``--write`` save) the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write eval/themes/results.md")
    parser.add_argument(
        "--show-errors",
        action="store_true",
        help="print the dev halves' errors (never the test halves' or the council set's)",
    )
    parser.add_argument("--taxonomy", action="append", default=[], help="errors of this one")
    parser.add_argument("--lang", action="append", default=[], help="errors of this language")
    args = parser.parse_args(argv)
    if not gold_langs():
        print(f"no gold sets in {HERE}", file=sys.stderr)
        return 2
    gold = load_gold()
    results, predicted = table(gold)
    if args.show_errors:
        show_errors(gold, predicted, set(args.taxonomy), set(args.lang))
        return 0
    cols = ["taxonomy", "lang", "n", "tp", "fp", "fn", "precision", "recall", "f1"]
    parts = [pooled_summary(results), summary(results)]
    for h in halves(gold):
        part = results[results["half"] == h]
        items = int((gold["half"] == h).sum())
        name = f"{h} half" if h in ("test", "dev") or h.endswith(("-dev", "-test")) else h
        parts.append(f"## {name} ({items} items)\n\n" + _fmt(part[cols]) + "\n")
        stance = part[part["taxonomy"] == "stance"][["lang", "concern_recall"]]
        parts.append("concern_regret recall:\n" + _fmt(stance) + "\n")
    coders = second_readings(gold, predicted)
    if not coders.empty:
        parts.append(
            "## two human coders of the same items (the second blind to the first)\n\n"
            "coders_f1: the second coder against the first (F1 is symmetric); the "
            "dictionary against each.\n\n" + _fmt(coders) + "\n"
        )
    parts.append(
        "## seeds (tests/data gold, lv/da; not part of the halves)\n\n" + _fmt(seed_figures())
    )
    text = "\n".join(parts)
    print(text)
    if args.write:
        (HERE / "results.md").write_text(
            "# Theme dictionaries against the gold sets (written by `make eval`)\n\n"
            "Micro-averaged over (item, theme) pairs. Halves by `zlib.crc32(item_id) % 2` "
            "(1: dev, 0: test); `council` (Council conclusions, never tuned on); `unseen` to "
            f"`{_newest_split()}` (texts coded later by someone else, each scored once whole, "
            "its FIRST_SCORE.md, then split like the main sets: their `-test` halves never "
            "tuned on); the newest set stays whole. The last table: a second coder of `unseen4`, "
            "blind to the first.\n\n```\n" + text + "\n```\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
