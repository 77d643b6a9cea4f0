"""Score the parser against the hand-labelled evaluation set: ``make eval``.

Each document in ``eval/parse/docs/`` has its text (``<id>.txt``), where it
came from (``<id>.yml``) and its units labelled by reading
(``<id>.units.csv``; see ``eval/parse/LABELLING.md``). A labelled unit is
*found* when the parser made an item that starts on the unit's line with the
same identifier (``3``, ``a``, ``iv``, ``1.2``); *right kind* and *right
parent* are scored on the found ones. Precision counts the parser's numbered
and lettered items (unnumbered paragraphs and citations are not labelled).

The sets are scored apart and written to ``eval/parse/results.md``: the
development set ``eval/parse/docs/`` (the parser's rules were tuned on its
failures) and the held-out sets ``eval/parse/holdout*/`` (labelled later by
someone else, each scored first before its failures were read: its
``FIRST_SCORE.md``).

Usage: python eval/run.py [--show-failures development|holdout|holdout2|...|all] [--write]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import yaml

import polcompare
from polcompare.parse.meta import find_date

HERE = Path(__file__).parent / "parse"
DOCS = HERE / "docs"
HOLDOUTS = sorted(  # the newest first: holdout10, holdout9, ..., holdout
    (p for p in HERE.glob("holdout*") if p.is_dir()),
    key=lambda p: int(p.name[len("holdout") :] or 1),
    reverse=True,
)


def _path_of(items, item_id: str) -> str:
    """Return the labels from the top unit down to ``item_id``'s parent, '/'-joined."""
    labels = []
    row = items.get(item_id)
    while row is not None and row["parent"]:
        row = items.get(row["parent"])
        if row is not None and row["label"]:
            labels.append(row["label"])
    return "/".join(reversed(labels))


def _id(label: str) -> str:
    """Return a label as compared: "9 bis" (the parser's) and "9bis" (as printed) are one."""
    return label.lower().replace(" ", "")


def _cut_off(gold: list[dict]) -> set[str]:
    """Return the paths of labels with no text of their own (cut off, or titles only).

    No first words, and no units under them but such labels (read from the
    end: "Artikel 2" then a bare "1." on a copy's last lines).
    """
    cut: set[str] = set()
    for g in reversed(gold):
        path = f"{g['parent']}/{g['id']}".strip("/")
        below = [h for h in gold if h["parent"] == path]
        if not g["first_words"] and all(f"{path}/{h['id']}" in cut for h in below):
            cut.add(path)
    return cut


def score_document(txt: Path) -> dict:
    """Score one document; return counters and its failures."""
    gold = list(csv.DictReader(open(txt.with_suffix(".units.csv"), encoding="utf-8")))
    meta = yaml.safe_load(txt.with_suffix(".yml").read_text(encoding="utf-8"))
    doc = polcompare.read(txt, lang=None)
    rows = {r["item_id"]: r for r in doc.items.to_dict("records")}
    labelled = [r for r in rows.values() if r["label"]]
    # Several units may start on one line (a web copy run together): match them in order.
    by_place: dict[tuple[int, str], list[dict]] = defaultdict(list)
    for r in labelled:
        by_place[(r["start_line"], _id(r["label"]))].append(r)
    parents_of = {r["parent"] for r in rows.values() if r["parent"]}
    out = {
        "lang": meta.get("lang", "?"),
        "doc_type": doc.doc_type,
        "gold_type": str(meta.get("doc_type", "")),
        "title": _title_agrees(doc.meta.get("title", ""), str(meta.get("title", ""))),
        "date": _date_agrees(
            doc.meta.get("date", ""), str(meta.get("title", "")), meta.get("lang")
        ),
        "gold": Counter(),
        "found": Counter(),
        "kind_ok": Counter(),
        "parent_ok": Counter(),
        "predicted": Counter(),
        "correct": Counter(),
        "marker_only": 0,
        "cut_off": 0,
        "failures": [],
    }
    matched = set()
    cut = _cut_off(gold)
    kept_at = {
        int(r["line"]) for r in doc.lines.to_dict("records") if r["role"] in ("unparsed", "heading")
    }
    for g in gold:
        kind = g["kind"]
        same = by_place.get((int(g["line"]), _id(g["id"])))
        r = same.pop(0) if same else None
        path = f"{g['parent']}/{g['id']}".strip("/")
        if r is None and path in cut:
            # A label with no text of its own (the copy cut it off, or a list of
            # titles): not asked to be an item (a marker is never an item by
            # itself), but kept visible as an unparsed line or a heading.
            out["cut_off"] += 1
            if int(g["line"]) not in kept_at:
                out["failures"].append(f"lost    {g['kind']:9} {g['label']!r} line {g['line']}")
            continue
        out["gold"][kind] += 1
        if r is None:
            out["failures"].append(f"missed  {g['kind']:9} {g['label']!r} line {g['line']}")
            continue
        matched.add(r["item_id"])
        out["found"][kind] += 1
        if r["kind"] == kind:
            out["kind_ok"][kind] += 1
        else:
            out["failures"].append(
                f"kind    {r['kind']} for {kind} {g['label']!r} line {g['line']}"
            )
        if _id(_path_of(rows, r["item_id"])) == _id(g["parent"]):
            out["parent_ok"][kind] += 1
        else:
            out["failures"].append(
                f"parent  {_path_of(rows, r['item_id'])!r} for {g['parent']!r} "
                f"({g['label']!r} line {g['line']})"
            )
    for r in labelled:
        out["predicted"][r["kind"]] += 1
        if r["item_id"] in matched:
            out["correct"][r["kind"]] += 1
        else:
            out["failures"].append(
                f"extra   {r['kind']:9} {r['marker']!r} line {r['start_line']}: {r['text'][:50]!r}"
            )
    for r in rows.values():
        if not r["text"].strip() and r["item_id"] not in parents_of:
            out["marker_only"] += 1
            out["failures"].append(f"empty   {r['kind']} {r['marker']!r} line {r['start_line']}")
    return out


#: The labeller's document type -> the parser's types that agree with it.
TYPES_AGREE = {
    "conclusions": {"conclusions", "position_paper", "statement"},  # EU statements too
    "legal_act": {"legal_act"},
    "national_law": {"national_law"},
    "un_document": {"un_document", "resolution"},
    "web": {"web_page", "generic"},
    "other": {"generic", "project_annex"},
}


def _words(text: str) -> list[str]:
    return [
        w
        for w in re.findall(r"\w+", unicodedata.normalize("NFKC", text).lower())
        if len(w) > 2 or w.isdigit()
    ]


def _title_agrees(title: str, described: str) -> str:
    """Return ``same`` when most of the title's words are in the labeller's description.

    Else ``other``, or ``none`` when no title was found.

    The labellers described each document (``title`` in its ``.yml``) from its
    text, in their words: a proxy for the printed title, not a label of it.
    """
    if not title:
        return "none"
    words, known = _words(title), set(_words(described))
    return "same" if sum(w in known for w in words) >= 0.5 * len(words) else "other"


def _date_agrees(date: str, described: str, lang: str | None) -> str:
    """Compare the date found with the first date in the labeller's description (if any).

    The description is read in the document's language: its month names first.
    """
    stated = find_date(described, lang=lang)
    if not stated:
        return ""
    if not date:
        return "none"
    return "same" if date == stated else "other"


def _meta_line(results: dict[str, dict]) -> str:
    """Say how often the title and date found agree with the labeller's description."""
    titles = Counter(r["title"] for r in results.values())
    dates = Counter(r["date"] for r in results.values() if r["date"])
    return (
        f"Metadata against the labeller's description of each document: title mostly in its "
        f"words {titles['same']}, other {titles['other']}, none found {titles['none']}; "
        f"where the description gives a date, the same date {dates['same']} of "
        f"{sum(dates.values())} (another {dates['other']}, none found {dates['none']})."
    )


def _types_line(results: dict[str, dict]) -> str:
    """Say how often the parser's document type agrees with the labeller's."""
    pairs = [(r["gold_type"], r["doc_type"]) for r in results.values()]
    agree = sum(got in TYPES_AGREE.get(gold, set()) for gold, got in pairs)
    typed = [gold for gold, got in pairs if got == "conclusions"]
    labelled = [got for gold, got in pairs if gold == "conclusions"]
    return (
        f"Document type as the labeller's: {agree} of {len(pairs)}. Typed `conclusions` "
        f"(what compare's roles read): {len(typed)}, of which the labeller's conclusions or EU "
        f"statements {typed.count('conclusions')}; of the labeller's {len(labelled)}, typed "
        f"`conclusions` or `position_paper` "
        f"{sum(g in ('conclusions', 'position_paper') for g in labelled)}."
    )


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def _table(results: dict[str, dict], title: str) -> list[str]:
    groups: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for res in results.values():
        for key in ("gold", "found", "kind_ok", "parent_ok", "predicted", "correct"):
            for kind, n in res[key].items():
                for group in ("all", f"kind {kind}", f"lang {res['lang']}"):
                    groups[group][key]["n"] += n
    docs = len(results)
    langs = len({r["lang"] for r in results.values()})
    lines = [
        f"### {title}: {docs} documents, {langs} languages",
        "",
        "| group | units | recall | kind right | parent right | items | precision |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    order = (
        ["all"]
        + sorted(g for g in groups if g.startswith("kind"))
        + sorted(g for g in groups if g.startswith("lang"))
    )
    for group in order:
        c = groups[group]
        gold, found = c["gold"]["n"], c["found"]["n"]
        if group.startswith("kind"):  # per kind, precision of items the parser gave that kind
            kind = group[5:]
            pred = sum(r["predicted"][kind] for r in results.values())
            corr = sum(r["correct"][kind] for r in results.values())
        else:
            pred, corr = c["predicted"]["n"], c["correct"]["n"]
        lines.append(
            f"| {group} | {gold} | {_ratio(found, gold)} | {_ratio(c['kind_ok']['n'], found)} "
            f"| {_ratio(c['parent_ok']['n'], found)} | {pred} | {_ratio(corr, pred)} |"
        )
    marker_only = sum(r["marker_only"] for r in results.values())
    cut_off = sum(r["cut_off"] for r in results.values())
    lines += [
        "",
        f"Items that are only a marker: {marker_only}. Labelled units with no text of their own "
        f"(cut off by the copy, or titles only), kept as unparsed lines or headings rather than "
        f"items (not counted above): {cut_off}.",
        "",
        _types_line(results),
        "",
        _meta_line(results),
        "",
    ]
    return lines


_FIRST_ALL = re.compile(  # the "all" row of a FIRST_SCORE.md table
    r"^\| all \| (\d+) \| ([\d.]+|-) \| [^|]* \| [^|]* \| (\d+) \| ([\d.]+|-) \|", re.MULTILINE
)


def _first_counts(folder: Path) -> tuple[int, int, int, int] | None:
    """Return a set's first score as counts: units, found, items, correct (from its table).

    FIRST_SCORE.md gives ratios to two decimals; found = round(recall x units) and
    correct = round(precision x items) give the counts back to within one.
    """
    path = folder / "FIRST_SCORE.md"
    m = _FIRST_ALL.search(path.read_text(encoding="utf-8")) if path.exists() else None
    if not m:
        return None
    units, items = int(m[1]), int(m[3])
    found = round(float(m[2]) * units) if m[2] != "-" else 0
    correct = round(float(m[4]) * items) if m[4] != "-" else 0
    return units, found, items, correct


def _pooled(results: dict[str, dict]) -> list[str]:
    """Pool the held-out sets: their first scores (FIRST_SCORE.md) and their scores now."""

    def now(names: list[str]) -> tuple[int, int, int, int, int]:
        docs = [r for n in names for r in results[n].values()]
        tot = {k: sum(sum(r[k].values()) for r in docs) for k in ("gold", "found")}
        pred = sum(sum(r["predicted"].values()) for r in docs)
        corr = sum(sum(r["correct"].values()) for r in docs)
        return len(docs), tot["gold"], tot["found"], pred, corr

    def row(label: str, folders: list[Path]) -> str:
        firsts = [c for f in folders if (c := _first_counts(f))]
        u, fo, i, co = (sum(c[k] for c in firsts) for k in range(4))
        docs, gold, found, pred, corr = now([f.name for f in folders])
        return (
            f"| {label} | {docs} | {u} | {_ratio(fo, u)} | {_ratio(co, i)} "
            f"| {gold} | {_ratio(found, gold)} | {_ratio(corr, pred)} |"
        )

    last = HOLDOUTS[:10]  # the newest first
    numbers = [int(h.name[len("holdout") :] or 1) for h in last]
    return [
        "### All held-out sets pooled: their first scores and now",
        "",
        "First score: each set's FIRST_SCORE.md (scored once, before anyone read its failures), "
        "pooled over units and items. Now: today's parser on the same sets (after their "
        "failures were read and fixed as general shapes).",
        "",
        "| sets | documents | units at first score | recall, first | precision, first "
        "| units now | recall, now | precision, now |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        row(f"all {len(HOLDOUTS)} held-out sets", HOLDOUTS),
        row(f"the last ten ({min(numbers)}-{max(numbers)})", last),
        "",
    ]


def _documents(folder: Path) -> list[Path]:
    texts = []
    for txt in sorted(folder.glob("*.txt")):
        missing = [s for s in (".yml", ".units.csv") if not txt.with_suffix(s).exists()]
        if missing:
            print(f"skipped {txt.name}: no {' or '.join(missing)} beside it", file=sys.stderr)
            continue
        texts.append(txt)
    return texts


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; print and write the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-failures", metavar="SET", help="development, holdout... or all")
    parser.add_argument("--write", action="store_true", help="write eval/parse/results.md")
    args = parser.parse_args(argv)
    results = {h.name: {t.stem: score_document(t) for t in _documents(h)} for h in HOLDOUTS}
    results["development"] = {t.stem: score_document(t) for t in _documents(DOCS)}
    out = ["## Parsing: official documents nobody wrote the rules on (`make eval`)", ""]
    out += _pooled(results)
    for h in HOLDOUTS:
        first = "scored first in its FIRST_SCORE.md, before its failures were read"
        out += _table(results[h.name], f"Held-out set (eval/parse/{h.name}: {first})")
    out += _table(
        results["development"], "Development set (eval/parse/docs: rules tuned on its failures)"
    )
    print("\n".join(out))
    if args.show_failures:
        for name, docs in results.items():
            if args.show_failures not in (name, "all"):
                continue
            for doc_id, res in docs.items():
                if res["failures"]:
                    print(f"\n{doc_id} ({res['doc_type']}):")
                    print("\n".join("  " + f for f in res["failures"]))
    if args.write:
        (HERE / "results.md").write_text("\n".join(out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
