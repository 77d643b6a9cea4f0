"""Comparing the facts of two language versions of one document, item by aligned item.

:func:`compare_facts` aligns items by ``(section, number, letter)`` and
compares the multisets of ``(kind, value)`` of each aligned pair; each fact
of either side is assigned to exactly one row, ``count_a``/``count_b`` count
the facts (or reconciled groups of facts) assigned to it. Then, for the
facts left over on one side only (the surplus of a row), form-only
differences are reconciled, in this order:

1. A date range on one side and its two end dates on the other are the same
   fact.
2. A date on one side and, on the other, its year plus its day(s) as
   numbers or ordinals are the same fact (a translation that splits "18.
   februar" from "2021"). If the other side has only the year, nothing is
   reconciled, but both rows say so ("lv gives the full date 2013-06-01, da
   only the year 2013"). Likewise a date given with and without its year.
3. The same value as ``year``, ``ordinal`` or ``number`` on the two sides is
   the same fact ("2000 ekspertu" is a number in Latvian, "2000 eksperter" a
   year in Danish). The pair goes to the row of the more specific kind
   (year, then ordinal, then number).
4. An ``amount`` on one side and a ``number`` with the same value on the
   other ("26 miljonus EUR" against "26 mio.") are the same fact; the reason
   notes that only one side names the currency.

Articles are never reconciled with bare numbers: citing an article is a fact
of its own. A reconciled group counts once on its side, so a reconciled row
has equal counts, status ``match``, and a ``reason`` that says what was
reconciled; every other row matches only if both sides state the fact
equally often. A fact only one side states, in words alone ("sixth", "twenty-five"),
is left out when the other side's language has no number words in its language file
(Czech, German...): it could not be found there, so its absence says nothing. So is a count
up to 100 only one side states in digits, when the other side's language has
no number words: de "Vor 20 Jahren" against fr "il y a vingt ans".
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ._words import language_words
from .extract import FACT_KINDS, _extract, _Fact

#: Columns of :func:`compare_facts`.
COMPARISON_COLUMNS = [
    "section",
    "number",
    "letter",
    "item_id_a",
    "item_id_b",
    "kind",
    "value",
    "count_a",
    "count_b",
    "status",
    "surface_a",
    "surface_b",
    "reason",
]

#: Columns of :func:`fact_summary`.
SUMMARY_COLUMNS = [
    "section",
    "number",
    "letter",
    "n_facts_a",
    "n_facts_b",
    "n_match",
    "n_mismatch",
    "agree",
]

_KEYS = ["section", "number", "letter"]

_Unit = tuple[_Fact, ...]  # one fact, or facts reconciled into one ("2021" + "18")


@dataclass
class _Row:
    kind: str
    value: str
    a: list[_Unit] = field(default_factory=list)
    b: list[_Unit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def side(self, name: str) -> list[_Unit]:
        return self.a if name == "a" else self.b

    def surplus(self, name: str) -> int:
        """How many more facts this side has than the other."""
        other = "b" if name == "a" else "a"
        return max(0, len(self.side(name)) - len(self.side(other)))


_RANK = {kind: k for k, kind in enumerate(reversed(FACT_KINDS))}  # number 0 ... date 5
_INTERCHANGEABLE = ("year", "ordinal", "number")


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _date_parts(value: str) -> list[tuple[str, int]]:
    """Split a date value into ``(year, day)`` per end ("" for no year).

    "2024-11-25/2024-11-29" -> ``[("2024", 25), ("2024", 29)]``.
    """
    parts = []
    for end in value.split("/"):
        year, _, rest = end.rpartition("-")  # "2024-11" / "25"; "--11" / "30"
        parts.append((year[:-3].strip("-"), int(rest)))
    return parts


def _take(rows: dict[tuple[str, str], _Row], kind: str, value: str, side: str) -> _Unit:
    """Remove one surplus fact ``(kind, value)`` from ``side`` (the caller checked it is there)."""
    return rows[(kind, value)].side(side).pop()


def _reconcile(rows: dict[tuple[str, str], _Row], labels: dict[str, str]) -> None:
    """Pair facts left over on one side with their other-form partners (see module doc)."""
    for row in [r for r in rows.values() if r.kind == "date"]:
        for side, other in (("a", "b"), ("b", "a")):
            while row.surplus(side) and _reconcile_date(rows, row, side, other, labels):
                pass
    # Same value as year / ordinal / number, or as amount and number.
    for row in sorted(rows.values(), key=lambda r: -_RANK[r.kind]):
        for side, other in (("a", "b"), ("b", "a")):
            for kind in _partner_kinds(row.kind):
                value = row.value.split()[0] if row.kind == "amount" else row.value
                while row.surplus(side):
                    partner = rows.get((kind, value))
                    if partner is None or not partner.surplus(other):
                        break
                    unit = partner.side(other).pop()
                    row.side(other).append(unit)
                    if row.kind == "amount":
                        note = (
                            f"same amount; {labels[side]} names the currency, "
                            f"{labels[other]} gives only the number '{unit[0].surface}'"
                        )
                    else:
                        note = (
                            f"same value, different form: {labels[side]} has {row.value} "
                            f"as {_article(row.kind)}, {labels[other]} as {_article(kind)} "
                            f"('{unit[0].surface}')"
                        )
                    row.notes.append(note)


def _article(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _partner_kinds(kind: str) -> tuple[str, ...]:
    """Kinds that may state the same value as ``kind`` in another form (less specific ones)."""
    if kind == "amount":
        return ("number",)
    if kind in _INTERCHANGEABLE:
        return _INTERCHANGEABLE[_INTERCHANGEABLE.index(kind) + 1 :]
    return ()


def _reconcile_date(
    rows: dict[tuple[str, str], _Row], row: _Row, side: str, other: str, labels: dict[str, str]
) -> bool:
    """Pair one surplus date on ``side`` with its parts on ``other``; False if none."""
    value = row.value
    ends = value.split("/")
    # 1. a range against its two end dates
    if len(ends) == 2 and all(
        (e_row := rows.get(("date", e))) is not None and e_row.surplus(other) for e in ends
    ):
        row.side(other).append(tuple(f for e in ends for f in _take(rows, "date", e, other)))
        row.notes.append(f"same dates: {labels[side]} gives a range, {labels[other]} the two dates")
        return True
    parts = _date_parts(value)
    years = sorted({y for y, _ in parts})
    if "" in years:
        return False
    # a date given with and without its year: say so, do not reconcile
    yearless = "/".join(f"--{end[5:]}" for end in ends)
    partner = rows.get(("date", yearless))
    if partner is not None and partner.surplus(other):
        row.notes.append(f"{labels[other]} gives the date without the year ({yearless})")
        partner.notes.append(f"{labels[side]} gives the full date {value}")
        return False
    # 2. a date against its year and day(s)
    year_rows = [rows.get(("year", y)) for y in years]
    if not all(r is not None and r.surplus(other) for r in year_rows):
        return False
    days: list[tuple[str, str]] = []
    pool = {k: r.surplus(other) for k, r in rows.items() if k[0] in ("number", "ordinal")}
    for _, day in parts:
        for kind in ("number", "ordinal"):
            if pool.get((kind, str(day)), 0) > 0:
                pool[(kind, str(day))] -= 1
                days.append((kind, str(day)))
                break
    if len(days) < len(parts):
        row.notes.append(
            f"{labels[side]} gives the full date {value}, "
            f"{labels[other]} only the year {', '.join(years)}"
        )
        for r in year_rows:
            r.notes.append(f"{labels[side]} gives the full date {value} instead")
        return False
    unit = tuple(f for y in years for f in _take(rows, "year", y, other))
    unit += tuple(f for kind, d in days for f in _take(rows, kind, d, other))
    row.side(other).append(unit)
    if _has_months(labels[other]):
        row.notes.append(f"same date, different form: {labels[other]} gives it as a year and a day")
    else:
        # "12 de diciembre de 2003": the text gives the full date, but its language file
        # has no month names, so only its year and day were read; it is no other form
        row.notes.append(
            f"same year and day: {labels[other]} names the month in words its language file "
            f"lacks ({labels[other]}.yml has no months), so its month was not read"
        )
    return True


def _surface(units: list[_Unit]) -> str:
    return " | ".join(" + ".join(f.surface for f in unit) for unit in units)


def _reason(row: _Row, rows: list[_Row], labels: dict[str, str], missing: str) -> str:
    ca, cb = len(row.a), len(row.b)
    if ca == cb:
        return "; ".join(row.notes)
    if ca and cb:
        text = f"{labels['a']} states {row.value} {_times(ca)}, {labels['b']} {_times(cb)}"
    else:
        side = "a" if ca else "b"
        text = f"only in {labels[side]}: {row.value} ({row.kind})"
        if max(ca, cb) > 1:
            text += f", {_times(max(ca, cb))}"
        other = "b" if side == "a" else "a"
        instead = [
            r.value for r in rows if r.kind == row.kind and r is not row and r.surplus(other)
        ]
        if instead:
            text += f"; {labels[other]} has {', '.join(instead)} instead"
    if missing:
        text += f"; {missing}"
    return "; ".join([text, *row.notes])


def _has_months(lang: str) -> bool:
    """Whether a language's file names the months (true when the language is not known).

    ``lang`` is a side's label: its language code, or "a"/"b" when both sides share one.
    """
    if not lang or lang in ("a", "b"):
        return True
    words = language_words(lang)
    return bool(words.get("months") or words.get("month_stems"))  # lv: stems that decline


def _has_number_words(lang: str) -> bool:
    """Whether a language's file has number words (true when the language is not known)."""
    return not lang or bool(language_words(lang).get("number_words"))


def _unreadable_words(row: _Row, readable: dict[str, bool]) -> bool:
    """Whether only one side states ``row`` and the other may state it in words it cannot read.

    The other side's language has no number words, and the one side states the fact in
    words, or states a small count (up to 100) that a text often spells out:
    de "Vor 20 Jahren" against fr "il y a vingt ans".
    """
    if row.a and row.b:
        return False
    side, other = ("a", "b") if row.a else ("b", "a")
    if readable[other]:
        return False
    if row.kind == "number" and row.value.isdecimal() and int(row.value) <= 100:
        return True
    return not any(ch.isdigit() for unit in row.side(side) for f in unit for ch in f.surface)


def _lang_of(items: pd.DataFrame) -> str:
    if "lang" not in items:
        return ""
    langs = [x for x in items["lang"].tolist() if isinstance(x, str) and x]
    return langs[0] if langs else ""


def _item_facts(row: pd.Series | None) -> list[_Fact]:
    if row is None:
        return []
    text = row["text"] if isinstance(row["text"], str) else ""
    marks = row.get("footnotes", "")
    marks = marks.split(";") if isinstance(marks, str) else ()
    lang = row.get("lang", "")
    return _extract(text, lang if isinstance(lang, str) else "", marks)


def compare_facts(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """Compare the facts of two language versions, item by aligned item.

    Parameters
    ----------
    a, b : DataFrame
        Items tables (``Document.items``) of the two versions. Needed
        columns: ``section, number, letter, item_id, text``; ``lang`` (which
        number words to read, and how reasons name the sides) and
        ``footnotes`` are used when present.

    Returns
    -------
    DataFrame
        One row per aligned item and fact ``(kind, value)``, items in the
        order of ``a`` (then items only in ``b``), facts in text order:
        ``section, number, letter, item_id_a, item_id_b`` (empty for an item
        missing from a side), ``kind, value, count_a, count_b`` (how often
        each side states it), ``status`` (``match`` or ``mismatch``),
        ``surface_a, surface_b`` (the text of each occurrence, ``|``
        between occurrences, ``+`` between facts reconciled into one),
        ``reason`` (for a mismatch, why: "only in da: 2030 (year)", "lv
        states 14 twice, da once"; for a reconciled match, what was
        reconciled; empty for a plain match). How form-only differences are
        reconciled is described in the module docstring.
        ``attrs["aligned"]`` lists every aligned item, with or without
        facts, as ``(section, number, letter, item_id_a, item_id_b)`` for
        :func:`fact_summary`.
    """
    for name, items in (("a", a), ("b", b)):
        missing = [c for c in [*_KEYS, "item_id", "text"] if c not in items]
        if missing:
            raise ValueError(f"items table {name} lacks column(s) {', '.join(missing)}")
    lang_a, lang_b = _lang_of(a), _lang_of(b)
    # Whether each side's language has number words (only then can it state "sixth" or
    # "twenty-five" as a fact): a fact one side states in words alone cannot be looked for
    # in a language without them, so it is left out rather than called a mismatch.
    readable = {"a": _has_number_words(lang_a), "b": _has_number_words(lang_b)}
    labels = (
        {"a": lang_a, "b": lang_b}
        if lang_a and lang_b and lang_a != lang_b
        else {"a": "a", "b": "b"}
    )

    def by_key(items: pd.DataFrame) -> dict[tuple[str, str, str], pd.Series]:
        out = {}
        for _, row in items.iterrows():
            key = tuple("" if pd.isna(row[c]) else str(row[c]) for c in _KEYS)
            out.setdefault(key, row)
        return out

    rows_a, rows_b = by_key(a), by_key(b)
    keys = list(rows_a) + [k for k in rows_b if k not in rows_a]
    records, aligned = [], []
    for key in keys:
        item_a, item_b = rows_a.get(key), rows_b.get(key)
        id_a = str(item_a["item_id"]) if item_a is not None else ""
        id_b = str(item_b["item_id"]) if item_b is not None else ""
        aligned.append((*key, id_a, id_b))
        missing = ""
        if item_a is None:
            missing = f"item missing in {labels['a']}"
        elif item_b is None:
            missing = f"item missing in {labels['b']}"
        rows: dict[tuple[str, str], _Row] = {}
        for side, item in (("a", item_a), ("b", item_b)):
            for fact in _item_facts(item):
                row = rows.setdefault((fact.kind, fact.value), _Row(fact.kind, fact.value))
                row.side(side).append((fact,))
        _reconcile(rows, labels)
        kept = [r for r in rows.values() if (r.a or r.b) and not _unreadable_words(r, readable)]

        def first(r: _Row) -> tuple[int, int]:
            units = r.a or r.b
            return (0 if r.a else 1, min(f.start for u in units for f in u))

        for r in sorted(kept, key=first):
            match = len(r.a) == len(r.b)
            records.append(
                {
                    "section": key[0],
                    "number": key[1],
                    "letter": key[2],
                    "item_id_a": id_a,
                    "item_id_b": id_b,
                    "kind": r.kind,
                    "value": r.value,
                    "count_a": len(r.a),
                    "count_b": len(r.b),
                    "status": "match" if match else "mismatch",
                    "surface_a": _surface(r.a),
                    "surface_b": _surface(r.b),
                    "reason": _reason(r, kept, labels, missing),
                }
            )
    out = pd.DataFrame(records, columns=COMPARISON_COLUMNS)
    out = out.astype({"count_a": "int64", "count_b": "int64"})
    out.attrs["aligned"] = tuple(aligned)
    return out


def fact_summary(comparison: pd.DataFrame) -> pd.DataFrame:
    """Sum a :func:`compare_facts` table up per aligned item.

    Parameters
    ----------
    comparison : DataFrame
        What :func:`compare_facts` returned. Items without any fact are
        listed from ``comparison.attrs["aligned"]`` (pandas carries
        ``attrs`` through filtering, so filter the summary rather than the
        comparison); without it, only items with facts appear.

    Returns
    -------
    DataFrame
        One row per aligned item: ``section, number, letter``,
        ``n_facts_a, n_facts_b`` (facts each side states, reconciled groups
        counted once), ``n_match, n_mismatch`` (rows of each status, i.e.
        distinct facts) and ``agree`` (no mismatch).
    """
    aligned = comparison.attrs.get("aligned")
    if aligned is None:
        keys = list(dict.fromkeys(zip(*(comparison[c] for c in _KEYS), strict=True)))
    else:
        keys = [tuple(k[:3]) for k in aligned]
    totals = {k: [0, 0, 0, 0] for k in keys}
    for row in comparison.itertuples(index=False):
        t = totals.setdefault((row.section, row.number, row.letter), [0, 0, 0, 0])
        t[0] += row.count_a
        t[1] += row.count_b
        t[2 if row.status == "match" else 3] += 1
    out = pd.DataFrame([(*k, *t, t[3] == 0) for k, t in totals.items()], columns=SUMMARY_COLUMNS)
    return out.astype({c: "int64" for c in SUMMARY_COLUMNS[3:7]} | {"agree": "bool"})
