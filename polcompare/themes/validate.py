"""Validation against human coding: blind coding sheets, agreement, the dictionary's scores.

How researchers validate a dictionary (as the Comparative Agendas Project's
were): people read a sample of items without seeing the machine's tags and
mark the themes they find; their agreement with each other (Krippendorff's
alpha) says how well defined the themes are, and the dictionary's precision,
recall and F1 against each coder and against their majority say how well it
reads.

:func:`codesheet`
    The blind sheet: one row per item (``item_id, doc_id, lang, section,
    number, letter, text``) and one empty column per theme ID.
:func:`read_sheet`
    A filled sheet, checked: every problem is one line naming the file, the
    row (as a spreadsheet numbers it: the header is row 1) and the column.
:func:`agreement`
    Sheets in, an :class:`Agreement` out.

Coding convention: a row present in a sheet is an item the coder read; in
it, ``1`` marks a theme, ``0`` or an empty cell means the theme is absent.
An item whose row the coder deleted was not coded (missing, not 0).
"""

from __future__ import annotations

import difflib
import io
import re
import unicodedata
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import CodingSheetError, PolcompareWarning, UntaggedLanguageWarning
from ..io import _office_or_pdf, atomic_write
from ..items import unique_names
from .dictionary import TAXONOMIES, Dictionary, load_dictionary
from .tag import UNREAD, _langs, _statuses, tag

__all__ = ["Agreement", "codesheet", "read_sheet", "agreement", "SHEET_COLUMNS"]

#: The columns of a coding sheet before the theme columns.
SHEET_COLUMNS = ["item_id", "doc_id", "lang", "section", "number", "letter", "text"]

# UTF-8 read as Windows-1252/Latin-1 and saved again (what Excel does to a UTF-8 CSV
# opened without the import dialog): "é" becomes "Ã©", "’" becomes "â€™", "ā" becomes "Ä\x81".
_MOJIBAKE = re.compile("[ÃÂÄÅÆÐÑ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¡-¿]|â€")

# Letters an 8-bit encoding lacks, saved as '?' (Excel's "CSV (Comma delimited)" in the
# system's code page: Latvian "ņemot" becomes "?emot", Russian a row of '?'); web
# addresses (their '?' before a query) aside.
_LOST = re.compile(r"\?{3,}|[^\W\d_]\?[^\W\d_]")
_ADDRESS = re.compile(r"\S*(?:https?://|www\.)\S*")

_BOOTSTRAP = 1000


def _dictionary(taxonomy: str, dictionary: str | Path | Dictionary | None) -> Dictionary:
    if isinstance(dictionary, Dictionary):
        return dictionary
    return load_dictionary(taxonomy if dictionary is None else dictionary)


def codesheet(
    items: pd.DataFrame,
    *,
    taxonomy: str = "oap",
    dictionary: str | Path | Dictionary | None = None,
    sample: int | None = None,
    seed: int = 0,
    only_read: bool = False,
) -> pd.DataFrame:
    """Return a blind coding sheet for ``items``: no machine tags, one empty column per theme.

    Items with no text of their own (an article whose words are all in its
    numbered paragraphs) are left out, with a warning: nothing to code.
    Items in a language the dictionary has no patterns for (or ``und``) are
    kept (coders can still agree on them) and counted in a warning:
    :func:`agreement` leaves them out of the dictionary's scores.

    Parameters
    ----------
    items : DataFrame
        Parsed items (``item_id``, ``text``, ``lang`` and the key columns).
    taxonomy, dictionary
        Whose theme IDs become the columns (as in :func:`~polcompare.themes.tag`).
    sample : int, optional
        Draw this many items at random (without replacement) instead of all;
        one or more (a sample at least as large as the items is all of them,
        with a warning saying so).
    seed : int
        The random draw's seed (the same seed, the same sample).
    only_read : bool
        Leave out the items in languages the dictionary has no patterns for
        (said in a warning): a sample to validate the dictionary then holds
        only items it scores.
    """
    d = _dictionary(taxonomy, dictionary)
    if sample is not None and sample < 1:
        raise CodingSheetError("codesheet", f"a sample of {sample} items: give 1 or more")
    # an article whose words are all in its numbered paragraphs has no text of its own: a
    # coder has nothing to read in its row (its paragraphs have their own rows)
    empty = items["text"].fillna("").astype(str).str.strip().eq("")
    if empty.any():
        warnings.warn(
            f"codesheet: {int(empty.sum())} item(s) with no text of their own (articles whose "
            f"words are in their paragraphs: {', '.join(map(str, items.loc[empty, 'item_id'][:3]))}"
            f"{' ...' if empty.sum() > 3 else ''}) left out: nothing to code",
            PolcompareWarning,
            stacklevel=2,
        )
        items = items[~empty]
    items = _read_languages(items, d, only_read)
    if sample is not None and sample >= len(items):
        warnings.warn(
            f"codesheet: a sample of {sample} asked from {len(items)} items: the sheet has all "
            f"{len(items)}",
            PolcompareWarning,
            stacklevel=2,
        )
    elif sample is not None:
        items = items.sample(n=sample, random_state=seed).sort_index()
    sheet = pd.DataFrame({c: items[c] if c in items else "" for c in SHEET_COLUMNS})
    for theme in d.themes:
        sheet[theme] = ""
    unread = _unread(sheet, d)
    if unread.any():
        warnings.warn(
            f"codesheet: {int(unread.sum())} of {len(sheet)} items are in languages the "
            f"{d.name} dictionary has no patterns for ({_languages(sheet[unread])}): agreement "
            "leaves them out of its scores; only_read=True (--only-read) leaves them out of "
            "the sheet",
            PolcompareWarning,
            stacklevel=2,
        )
    return sheet.reset_index(drop=True)


def _unread(items: pd.DataFrame, d: Dictionary) -> pd.Series:
    """Whether :func:`~polcompare.themes.tag` would leave each item unread (its ``tag_status``)."""
    statuses = _statuses(_langs(items), d, ())
    return pd.Series([x in UNREAD for x in statuses], index=items.index)


def _languages(items: pd.DataFrame) -> str:
    """``sk 4, ga 1``: the items' languages, most frequent first."""
    counts = items["lang"].fillna("und").astype(str).replace("", "und").value_counts()
    return ", ".join(f"{lang} {n}" for lang, n in counts.items())


def _read_languages(items: pd.DataFrame, d: Dictionary, only_read: bool) -> pd.DataFrame:
    """``items`` without those ``d`` cannot read when ``only_read``, with a warning."""
    if not only_read:
        return items
    unread = _unread(items, d)
    if unread.all():
        raise CodingSheetError(
            "codesheet",
            f"only_read: no item is in a language the {d.name} dictionary has patterns for "
            f"(it has {', '.join(sorted(d.patterns))}; the items are {_languages(items)})",
        )
    if unread.any():
        warnings.warn(
            f"codesheet: {int(unread.sum())} items in languages the {d.name} dictionary has no "
            f"patterns for ({_languages(items[unread])}) left out (only_read)",
            PolcompareWarning,
            stacklevel=3,
        )
    return items[~unread]


def write_codesheet(
    sheet: pd.DataFrame, path: str | Path, *, inputs: Sequence[str | Path] = ()
) -> None:
    """Write a sheet as CSV that Excel opens in UTF-8 (with a byte-order mark).

    Written atomically; a missing folder is made, and a path that cannot be
    written, or is one of ``inputs`` (the documents read), is one
    :class:`~polcompare.errors.PolcompareError` naming it.
    """
    write_csv_for_excel(sheet, path, inputs=inputs)


def write_csv_for_excel(
    table: pd.DataFrame, path: str | Path, *, inputs: Sequence[str | Path] = ()
) -> None:
    """Write ``table`` as UTF-8 CSV with a byte-order mark, atomically, never over ``inputs``."""

    def write(fh) -> None:
        fh.write("\ufeff")
        table.to_csv(fh, index=False)

    atomic_write(path, write, inputs=inputs)


def read_sheet(
    source: str | Path | pd.DataFrame,
    themes: Sequence[str],
    *,
    known_ids: Sequence[str] | None = None,
    name: str | None = None,
) -> pd.DataFrame:
    """Read a filled coding sheet and check it.

    Returns
    -------
    DataFrame
        Indexed by ``item_id``: the sheet's other columns, and every theme
        column as integers 0/1.

    Raises
    ------
    CodingSheetError
        One line naming the file, the row and the column: not UTF-8 or
        mangled by Excel, no ``item_id`` column, a theme column missing, an
        item id twice or not among ``known_ids``, a value other than 0, 1 or
        empty.
    """
    where = name or (str(source) if not isinstance(source, pd.DataFrame) else "sheet")
    frame = source if isinstance(source, pd.DataFrame) else _read_csv(Path(source), where)
    if isinstance(source, pd.DataFrame):  # numbers as a spreadsheet writes them
        frame = frame.fillna("").map(lambda v: str(int(v)) if isinstance(v, float) else str(v))
    frame = frame.astype(str).apply(lambda c: c.str.strip()).reset_index(drop=True)
    frame.columns = [str(c).strip() for c in frame.columns]
    if "item_id" not in frame:
        raise CodingSheetError(where, "row 1: no 'item_id' column")
    # a blank row (an empty line, or a spreadsheet's row of separators) is no item; the
    # rows keep the numbers a spreadsheet gives them (the header is row 1)
    frame = frame.loc[~(frame == "").all(axis=1)]
    rows = frame.index.to_numpy() + 2
    _check_text(frame, where, rows)
    missing = [t for t in themes if t not in frame]
    if missing:
        raise CodingSheetError(where, "row 1: " + _missing_theme(missing, themes, frame.columns))
    if frame.empty:
        raise CodingSheetError(
            where, "no coded items: the sheet has its header row and no item rows"
        )
    ids = frame["item_id"]
    if (ids == "").any():
        k = int(np.flatnonzero(ids == "")[0])
        raise CodingSheetError(
            where, f"row {rows[k]}, column item_id: empty (each coded row needs its item's id)"
        )
    twice = ids.duplicated(keep="first")
    if twice.any():
        k = int(np.flatnonzero(twice)[0])
        first = int(np.flatnonzero(ids == ids.iloc[k])[0])
        raise CodingSheetError(
            where,
            f"row {rows[k]}, column item_id: {ids.iloc[k]!r} again (first in row {rows[first]})",
        )
    if known_ids is not None:
        unknown = ~ids.isin(set(known_ids))
        if unknown.any():
            k = int(np.flatnonzero(unknown)[0])
            close = difflib.get_close_matches(ids.iloc[k], list(known_ids), n=1, cutoff=0.8)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise CodingSheetError(
                where,
                f"row {rows[k]}, column item_id: unknown item {ids.iloc[k]!r} (not among the "
                f"{len(known_ids)} items of the documents: a sheet of other documents, or of "
                f"another version of them{hint})",
            )
    for theme in themes:
        # pandas writes a column of 1s and empty cells as floats: "1.0", as read from a frame;
        # Excel in a locale with a decimal comma (French, German) saves a number shown with
        # a decimal as "1,0" in its semicolon-separated CSV
        frame[theme] = frame[theme].replace({"1.0": "1", "0.0": "0", "1,0": "1", "0,0": "0"})
        bad = ~frame[theme].isin(["0", "1", ""])
        if bad.any():
            k = int(np.flatnonzero(bad)[0])
            raise CodingSheetError(
                where,
                f"row {rows[k]}, column {theme}: {frame[theme].iloc[k]!r} is not 0, 1 or empty",
            )
        frame[theme] = (frame[theme] == "1").astype(np.int64)
    sheet = frame.set_index("item_id")
    sheet.attrs["rows"] = dict(zip(sheet.index, rows.tolist(), strict=True))
    return sheet


def _missing_theme(missing: Sequence[str], themes: Sequence[str], columns: Sequence[str]) -> str:
    """Say which theme column is missing, and why it probably is (a typo, another taxonomy)."""
    message = f"theme column {missing[0]!r} is missing (a sheet has one per theme)"
    others = [c for c in columns if c not in themes and c not in SHEET_COLUMNS]
    lowered = {c.lower(): c for c in others}
    close = difflib.get_close_matches(missing[0].lower(), list(lowered), n=1, cutoff=0.75)
    if close:
        return message + f"; is {lowered[close[0]]!r} a misspelling of it?"
    if len(missing) == len(themes):
        for name in TAXONOMIES:  # the shipped taxonomy whose themes the sheet has, if any
            if set(load_dictionary(name).themes) <= set(columns):
                return message + (
                    f"; its theme columns are the {name!r} taxonomy's: choose that taxonomy "
                    f"(--taxonomy {name}; report's --sheet-taxonomy {name})"
                )
        return message + "; the sheet has none of this taxonomy's themes (another taxonomy?)"
    return message


def _read_csv(path: Path, where: str) -> pd.DataFrame:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CodingSheetError(where, f"cannot read ({exc.strerror or exc})") from exc
    kind = _office_or_pdf(data)
    if kind:
        raise CodingSheetError(
            where, f"is {kind}, not a CSV table; save the sheet as 'CSV UTF-8' (.csv)"
        )
    try:
        # Excel's "Unicode Text" is UTF-16 with a byte-order mark, its columns parted by tabs
        utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
        text = data.decode("utf-16") if utf16 else data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data[: exc.start].count(b"\n") + 1
        raise CodingSheetError(
            where,
            f"row {row}: not UTF-8 text (saved by Excel in another encoding? "
            "save it as 'CSV UTF-8')",
        ) from exc
    if not text.strip():
        raise CodingSheetError(where, "the file is empty")
    first = text.split("\n", 1)[0]
    sep = max((",", ";", "\t"), key=first.count)
    try:
        return pd.read_csv(
            io.StringIO(text), dtype=str, keep_default_na=False, sep=sep, skip_blank_lines=False
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        reason = " ".join(str(exc).split())  # pandas' message ends in a line break
        ragged = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", reason)
        if "item_id" not in first:  # a text, not a sheet: say what it lacks
            raise CodingSheetError(where, "row 1: no 'item_id' column") from exc
        if ragged:
            expected, row, saw = ragged.groups()
            name = {",": "comma", ";": "semicolon", "\t": "tab"}[sep]
            raise CodingSheetError(
                where,
                f"row {row}: {saw} cells where the header has {expected} (a {name} in a cell "
                "without quotes around it?)",
            ) from exc
        raise CodingSheetError(where, f"not a CSV table ({reason})") from exc


def _check_text(frame: pd.DataFrame, where: str, rows: np.ndarray) -> None:
    """Raise on text that Excel re-encoded (UTF-8 read as Windows-1252)."""
    for column in frame.columns:
        hit = frame[column].str.contains(_MOJIBAKE, regex=True)
        if hit.any():
            k = int(np.flatnonzero(hit)[0])
            sample = _MOJIBAKE.search(frame[column].iloc[k]).group(0)
            raise CodingSheetError(
                where,
                f"row {rows[k]}, column {column}: mangled encoding ({sample!r}: UTF-8 read as "
                "Windows-1252, as Excel does; open the sheet with Data > From Text/CSV, UTF-8)",
            )
    if "text" in frame:
        hit = frame["text"].isin(["#NAME?", "#ERROR!", "Err:509", "Err:501"])
        if hit.any():
            k = int(np.flatnonzero(hit)[0])
            raise CodingSheetError(
                where,
                f"row {rows[k]}, column text: {frame['text'].iloc[k]!r} (a spreadsheet read a "
                "text starting with '-', '+' or '=' as a formula; open the sheet with Data > "
                "From Text/CSV, or copy the item's text back from the original sheet)",
            )
        hit = frame["text"].str.replace(_ADDRESS, " ", regex=True).str.contains(_LOST)
        if hit.any():
            k = int(np.flatnonzero(hit)[0])
            sample = _LOST.search(_ADDRESS.sub(" ", frame["text"].iloc[k])).group(0)
            raise CodingSheetError(
                where,
                f"row {rows[k]}, column text: letters lost as '?' ({sample!r}: saved in an "
                "encoding without them, as Excel's 'CSV (Comma delimited)' does); save the "
                "sheet as 'CSV UTF-8'",
            )


@dataclass(frozen=True)
class Agreement:
    """What :func:`agreement` returns.

    Attributes
    ----------
    table : DataFrame
        One row per theme, then ``(all)`` (the scores over every theme):
        ``theme, n_items, not_read, alpha, alpha_low, alpha_high`` (Krippendorff's
        alpha between the coders, nominal, with a bootstrap 95% interval
        over items; NaN with one coder, or when a theme has one value
        throughout), ``precision, recall, f1`` (the dictionary against the
        coders' majority), ``support`` (items the majority marks),
        ``not_read`` (items coded that the dictionary could not read: a
        language it lacks, or ``und``; left out of its scores, not counted
        as misses), and ``f1_<coder>`` per coder.
    by_coder : DataFrame
        ``theme, coder, n_items, tp, fp, fn, precision, recall, f1``: the
        dictionary against each coder and against ``majority``.
    disagreements : DataFrame
        ``item_id, theme, coders`` (each coder's name and value, ``-`` where
        not coded: ``ann 0, ben 1``), ``majority`` (``1``, ``0``, or ``tie`` when the coders split
        evenly), ``dictionary`` (``1``, ``0``, or ``not read``), ``evidence``
        (the words the dictionary matched),
        ``text``: every item and theme where the coders and the dictionary do
        not all agree.
    coders : list of str
    """

    table: pd.DataFrame
    by_coder: pd.DataFrame
    disagreements: pd.DataFrame
    coders: list[str]


def _scores(truth: np.ndarray, guess: np.ndarray) -> dict[str, float]:
    """Precision, recall and F1 of ``guess`` against ``truth`` (arrays of 0/1), with the counts."""
    tp = int(((truth == 1) & (guess == 1)).sum())
    fp = int(((truth == 0) & (guess == 1)).sum())
    fn = int(((truth == 1) & (guess == 0)).sum())
    return _from_counts(tp, fp, fn)


def _from_counts(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def krippendorff_alpha(data: np.ndarray) -> float:
    """Krippendorff's alpha (nominal) of a coders x items array, NaN where missing.

    NaN when fewer than two coders, or when only one value occurs.
    """
    import krippendorff

    pairable = (~np.isnan(data)).sum(axis=0) >= 2
    data = data[:, pairable]
    if data.shape[0] < 2 or len(np.unique(data[~np.isnan(data)])) < 2:
        return float("nan")
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def _bootstrap(data: np.ndarray, rng: np.random.Generator, n: int) -> tuple[float, float]:
    """Return a percentile 95% interval of alpha, items drawn with replacement."""
    if data.shape[0] < 2:
        return float("nan"), float("nan")
    values = []
    for _ in range(n):
        pick = rng.integers(0, data.shape[1], data.shape[1])
        values.append(krippendorff_alpha(data[:, pick]))
    values = np.array(values)
    values = values[~np.isnan(values)]
    if not len(values):
        return float("nan"), float("nan")
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)


def _majority(data: np.ndarray) -> np.ndarray:
    """Return the value most coders of an item gave (more than half; NaN: tie or none)."""
    coded = (~np.isnan(data)).sum(axis=0)
    ones = np.nansum(data, axis=0)
    out = np.full(data.shape[1], np.nan)
    out[ones * 2 > coded] = 1.0
    out[(coded - ones) * 2 > coded] = 0.0
    return out


def _warn_of_partial_sheets(files: list[str], read: list[pd.DataFrame], ids: list[str]) -> None:
    """Say when alpha's items are fewer than the sheets': none in two sheets, or a sheet short."""
    if len(read) < 2:
        return
    if not any(sum(i in s.index for s in read) > 1 for i in ids):
        warnings.warn(
            f"agreement: no item is in two of the {len(read)} sheets ({', '.join(files)}), so "
            "alpha cannot be computed: give each coder the same sheet",
            PolcompareWarning,
            stacklevel=3,
        )
        return
    for file, sheet in zip(files, read, strict=True):
        coded = sum(i in sheet.index for i in ids)
        if coded < len(ids):  # new user 66: a sheet of 5 of 14 rows, alpha 1.000, no word
            warnings.warn(
                f"agreement: {file} codes {coded} of the {len(ids)} items the sheets hold; an "
                "item counts towards alpha only where two coders coded it",
                PolcompareWarning,
                stacklevel=3,
            )


def agreement(
    sheets: Sequence[str | Path | pd.DataFrame],
    *,
    taxonomy: str = "oap",
    dictionary: str | Path | Dictionary | None = None,
    items: pd.DataFrame | None = None,
    names: Sequence[str] | None = None,
    bootstrap: int = _BOOTSTRAP,
    seed: int = 0,
    fallback_lang: str | Sequence[str] | None = None,
) -> Agreement:
    """Compare filled coding sheets with each other and with the dictionary.

    Parameters
    ----------
    sheets : paths or DataFrames
        One filled sheet per coder (as :func:`codesheet` wrote them).
    taxonomy, dictionary
        The dictionary to validate (as in :func:`~polcompare.themes.tag`).
    items : DataFrame, optional
        The items the sheets were drawn from (``item_id, lang, text``); item
        ids not among them are errors. Without it, the sheets' rows are the
        items (their ``lang`` and ``text`` are tagged): a row one coder
        deleted and another kept counts for the coder who kept it, and an
        item whose text differs between two sheets is an error.
    names : sequence of str, optional
        The coders' names (default: the sheets' file names).
    bootstrap : int
        Bootstrap draws for alpha's interval.
    seed : int
        The bootstrap's seed.
    fallback_lang : str or sequence of str, optional
        Match items whose language the dictionary lacks with this language's
        patterns (as in :func:`~polcompare.themes.tag`).
    """
    d = _dictionary(taxonomy, dictionary)
    if not sheets:
        raise CodingSheetError("agreement", "no coding sheet given")
    given = [s for s in sheets if not isinstance(s, pd.DataFrame)]
    paths = [Path(s).resolve() for s in given]
    for k, path in enumerate(paths):
        if path in paths[:k]:
            raise CodingSheetError(
                given[k], "given twice: each sheet is one coder's (a coder agrees with herself)"
            )
    # coders of one name (sheets of one name in two folders) told apart: ann, ann~2
    labels = unique_names(names or [_name(s, k) for k, s in enumerate(sheets)])
    known = None if items is None else items["item_id"].astype(str).tolist()
    files = [
        n if isinstance(s, pd.DataFrame) else str(s) for s, n in zip(sheets, labels, strict=True)
    ]
    read = [read_sheet(s, d.themes, known_ids=known, name=files[k]) for k, s in enumerate(sheets)]
    if items is None:
        items = _items_of_sheets(read, files)
    else:
        _check_texts_against_items(read, files, items)
    ids = [i for i in items["item_id"].astype(str) if any(i in s.index for s in read)]
    _warn_of_partial_sheets(files, read, ids)
    # all the items are tagged (the context rule reads whole documents), the coded ones scored
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tagged = tag(
            items.assign(item_id=items["item_id"].astype(str)),
            taxonomy=d.name,
            dictionary=d,
            fallback_lang=fallback_lang,
        )
    subset = tagged.items.set_index("item_id").loc[ids]
    # an item the dictionary could not read (a language it lacks) is NaN, not 0: its
    # "no theme" says nothing of its text, so it is left out of the scores, as a tie is
    unread = subset["tag_status"].isin(UNREAD).to_numpy()
    # The documents' items in a language the dictionary lacks concern the scores only when
    # one of them is coded: a sheet of English items checked against a folder that also
    # holds Spanish texts was warned of "35 items" none of which it scores.
    for w in caught:
        if issubclass(w.category, UntaggedLanguageWarning) and not unread.any():
            continue
        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    predicted = {
        t: np.where(unread, np.nan, [t in set(x.split(";")) for x in subset["themes"]])
        for t in d.themes
    }
    evidence = _evidence(tagged.evidence)
    rng = np.random.default_rng(seed)
    rows, long, disagree = [], [], []
    cube = {}
    for theme in d.themes:
        data = np.array(
            [s[theme].reindex(ids).to_numpy(dtype=float) for s in read]
        )  # coders x items, NaN: not coded
        cube[theme] = data
        majority = _majority(data)
        guess = predicted[theme]
        alpha = krippendorff_alpha(data)
        low, high = _bootstrap(data, rng, bootstrap) if not np.isnan(alpha) else (np.nan, np.nan)
        coded = (~np.isnan(data)).any(axis=0)
        row = {"theme": theme, "n_items": int(coded.sum())}
        row.update(alpha=alpha, alpha_low=low, alpha_high=high)
        for k, label in enumerate([*labels, "majority"]):
            truth = data[k] if k < len(labels) else majority
            ok = ~np.isnan(truth) & ~np.isnan(guess)
            s = _scores(truth[ok], guess[ok])
            long.append({"theme": theme, "coder": label, "n_items": int(ok.sum()), **s})
            if label == "majority":
                row.update(precision=s["precision"], recall=s["recall"], f1=s["f1"])
                row["support"] = int((truth[ok] == 1).sum())
                row["not_read"] = int((coded & unread).sum())
            else:
                row[f"f1_{label}"] = s["f1"]
        rows.append(row)
        disagree.extend(_disagreements(ids, theme, data, majority, guess, evidence, subset, labels))
    rows.append(_overall(cube, predicted, labels, unread))
    by_coder = pd.DataFrame(long)
    total = by_coder.groupby("coder", sort=False)[["tp", "fp", "fn"]].sum().reset_index()
    for r in total.itertuples():
        s = _from_counts(int(r.tp), int(r.fp), int(r.fn))
        long.append({"theme": "(all)", "coder": r.coder, "n_items": len(ids), **s})
    columns = ["item_id", "theme", "coders", "majority", "dictionary", "evidence", "text"]
    table = pd.DataFrame(rows)
    # beside n_items: how many of them the dictionary's scores leave out
    table.insert(2, "not_read", table.pop("not_read"))
    return Agreement(
        table=table,
        by_coder=pd.DataFrame(long),
        disagreements=pd.DataFrame(disagree, columns=columns),
        coders=labels,
    )


def _items_of_sheets(read: list[pd.DataFrame], files: list[str]) -> pd.DataFrame:
    """Return the items the sheets hold, in the order they first appear (sheet by sheet)."""
    frames, seen, source = [], pd.Series(dtype=object), {}
    for k, sheet in enumerate(read):
        lacking = [c for c in ("lang", "text") if c not in sheet]
        if lacking:
            # the dictionary is scored on the sheet's own text and language here: without
            # them every item read as empty, in no language, and scored F1 0 without a word
            raise CodingSheetError(
                files[k],
                f"row 1: no {' or '.join(repr(c) for c in lacking)} column: without the "
                "documents the dictionary reads each item's text and language from the "
                "sheet; keep the columns codesheet wrote, or give the documents "
                "(--documents, items=)",
            )
        text = sheet["text"].astype(str)
        shared = text.index.intersection(seen.index)
        differs = [i for i in shared if text[i] != seen[i]]
        if differs:
            item = differs[0]
            earlier = read[source[item]].attrs["rows"][item]
            raise CodingSheetError(
                files[k],
                f"row {sheet.attrs['rows'][item]}, column text: item {item!r} reads otherwise "
                f"than in {files[source[item]]} (row {earlier}): a sheet of other documents, "
                "or of another version of them?",
            )
        _warn_renamed(sheet, text, seen, files[k])
        source.update(dict.fromkeys(text.index.difference(seen.index), k))
        new = sheet.loc[~sheet.index.isin(seen.index)]
        frame = pd.DataFrame(
            {
                "item_id": new.index,
                "lang": new["lang"].to_numpy(),
                "text": text[new.index].to_numpy(),
            }
        )
        if "doc_id" in new:  # the context rule reads whole documents
            frame["doc_id"] = new["doc_id"].to_numpy()
        frames.append(frame)
        seen = pd.concat([seen, text[new.index]])
    return pd.concat(frames, ignore_index=True)


def _warn_renamed(sheet: pd.DataFrame, text: pd.Series, seen: pd.Series, where: str) -> None:
    """Warn when items new in this sheet read like an earlier sheet's items under other ids."""
    earlier = {t: i for i, t in seen.items() if len(t) >= 30 and i not in text.index}
    renamed = [(i, earlier[t]) for i, t in text.items() if t in earlier and i not in seen.index]
    if renamed:
        item, other = renamed[0]
        warnings.warn(
            f"{where}: row {sheet.attrs['rows'][item]}: item {item!r} reads like item "
            f"{other!r} of an earlier sheet ({len(renamed)} such item(s)); scored as different "
            "items: are the ids from another version of the documents?",
            PolcompareWarning,
            stacklevel=4,
        )


def _same_text(a: str, b: str) -> bool:
    """Whether two texts read the same (white space and Unicode composition aside)."""
    return " ".join(unicodedata.normalize("NFC", a).split()) == " ".join(
        unicodedata.normalize("NFC", b).split()
    )


def _check_texts_against_items(
    read: list[pd.DataFrame], files: list[str], items: pd.DataFrame
) -> None:
    """Raise when a sheet's text of an item is not the document's (another version of it)."""
    texts = dict(zip(items["item_id"].astype(str), items["text"].astype(str), strict=True))
    for k, sheet in enumerate(read):
        if "text" not in sheet:
            continue
        for item, text in sheet["text"].items():
            if item in texts and not _same_text(text, texts[item]):
                raise CodingSheetError(
                    files[k],
                    f"row {sheet.attrs['rows'][item]}, column text: item {item!r} reads "
                    "otherwise in the documents (a sheet of another version of the document?)",
                )


def _overall(cube: dict, predicted: dict, labels: list[str], unread: np.ndarray) -> dict:
    """Return the ``(all)`` row: alpha over every (item, theme) unit, scores over all.

    ``unread``: per item, whether the dictionary could not read it (``not_read``).
    """
    data = np.concatenate(list(cube.values()), axis=1)
    guess = np.concatenate(list(predicted.values()))
    majority = _majority(data)
    ok = ~np.isnan(majority) & ~np.isnan(guess)
    s = _scores(majority[ok], guess[ok])
    # the items coded, as in every theme's row (not items x themes)
    coded = max(int((~np.isnan(d)).any(axis=0).sum()) for d in cube.values())
    row = {"theme": "(all)", "n_items": coded}
    row.update(alpha=krippendorff_alpha(data), alpha_low=np.nan, alpha_high=np.nan)
    row.update(precision=s["precision"], recall=s["recall"], f1=s["f1"])
    row["support"] = int((majority[ok] == 1).sum())
    coded_any = np.logical_or.reduce([(~np.isnan(d)).any(axis=0) for d in cube.values()])
    row["not_read"] = int((coded_any & unread).sum())
    for k, label in enumerate(labels):
        okk = ~np.isnan(data[k]) & ~np.isnan(guess)
        row[f"f1_{label}"] = _scores(data[k][okk], guess[okk])["f1"]
    return row


def _evidence(evidence: pd.DataFrame) -> dict[tuple[str, str], str]:
    if evidence.empty:
        return {}
    grouped = evidence.groupby(["item_id", "theme"], sort=False)["match"]
    return {key: "; ".join(dict.fromkeys(map(str, v))) for key, v in grouped}


def _disagreements(ids, theme, data, majority, guess, evidence, items, labels) -> list[dict]:
    out = []
    for j, item in enumerate(ids):
        values = data[:, j]
        read = not np.isnan(guess[j])
        seen = {int(v) for v in values if not np.isnan(v)} | ({int(guess[j])} if read else set())
        if len(seen) < 2 and read:
            continue
        if not read and 1 not in seen:
            continue  # no coder marks it and the dictionary did not read it: nothing to show
        out.append(
            {
                "item_id": item,
                "theme": theme,
                # each value after its coder's name: a bare "0,1" named no one in the CSV,
                # and a spreadsheet may read it as a number (0.1, or 10 for "1,0")
                "coders": ", ".join(
                    f"{label} {'-' if np.isnan(v) else int(v)}"
                    for label, v in zip(labels, values, strict=True)
                ),
                # NaN: the coders who coded the item split evenly (a row none coded is
                # not listed); precision and recall leave it out
                "majority": "tie" if np.isnan(majority[j]) else str(int(majority[j])),
                "dictionary": int(guess[j]) if read else "not read",
                "evidence": evidence.get((item, theme), ""),
                "text": items["text"].iloc[j] if "text" in items else "",
            }
        )
    return out


def _name(sheet: str | Path | pd.DataFrame, k: int) -> str:
    if isinstance(sheet, pd.DataFrame):
        return f"coder{k + 1}"
    return Path(sheet).stem
