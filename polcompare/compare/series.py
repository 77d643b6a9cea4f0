"""Series: documents of one series over time, what persists and where each text stands.

``series(docs)`` orders dated documents (Council conclusions on one country
year by year, the EU's statements to successive meetings of a convention)
and computes, once, into a frozen :class:`Series` that charts, the notebook
and the report only read:

- **dates**: the date a user gives (``dates=``: a mapping, or a CSV / table
  with a ``date`` column and a ``file``, ``path`` or ``doc_id`` column) wins;
  else the date the text states (``doc.meta["date"]``); else the ``date:`` of
  a ``<name>.yml`` beside the file (the sample series keeps one per file).
  A document with none of these is one error line naming it.
- **flows** between consecutive documents: each item is ``kept``,
  ``changed``, ``new`` (in the later document only) or ``dropped`` (in the
  earlier only). Items are paired by content with
  :func:`polcompare.compare.align.align` (cross-lingual embeddings, facts,
  order; a split is one item said in two). A pair is ``kept`` when it states
  the same facts (:func:`polcompare.facts.extract_facts`), the same stances
  and, in one language, its words are nearly the same (one word differs, or
  the word sequences are :data:`KEPT_RATIO` similar) and no name differs (a
  word capitalised mid-sentence: "Oslo Action Plan" -> "Siem Reap-Angkor
  Action Plan", a country added to a list); otherwise it
  is ``changed``, with the words removed and added and the facts that differ
  listed. Between documents of two languages words cannot be compared:
  facts and stances decide, and ``basis`` says so.
- **themes over time**: per document and taxonomy (``oap``, ``policy``,
  ``stance``), the share of items carrying each theme, with the items.
- **stance intensity**: per document and stance, how many stance matches
  stand with an intensifier ("strongly condemns", "condemns in the strongest
  terms"; the lists are ``polcompare/data/intensifiers.yml``).
- **positions**: a Wordfish model (:mod:`.scaling`) per language with 3
  documents or more; a series that mixes languages gets one model per
  language and a note saying so (word counts are not comparable across a
  translation).
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import functools
import io
import re
import unicodedata
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pandas as pd
import yaml

from ..document import Document, read
from ..errors import PolcompareError, PolcompareWarning
from ..facts import extract_facts
from ..items import item_label
from ..parallel import corpus_paths
from ..themes import Dictionary, Tagged, tag
from ..themes.dictionary import own_dictionaries
from ..themes.tag import UNREAD
from ..tokens import TOKEN, normalize
from .align import align
from .scaling import WORDFISH_COLUMNS, count_matrix, wordfish

__all__ = [
    "DOCUMENT_COLUMNS",
    "FLOW_COLUMNS",
    "FLOW_COUNT_COLUMNS",
    "INTENSITY_COLUMNS",
    "KEPT_RATIO",
    "POSITION_COLUMNS",
    "STATUSES",
    "THEME_COLUMNS",
    "Series",
    "series",
    "read_dates",
]

STATUSES = ("kept", "changed", "new", "dropped")
#: A pair of one language is ``kept`` when its word sequences (lowercase,
#: numbers included) are at least this similar (difflib's ratio, 2M/T), or
#: differ in one word only ("President" / "Madam President").
KEPT_RATIO = 0.9
SERIES_TAXONOMIES = ("oap", "policy", "stance")

DOCUMENT_COLUMNS = [
    "position",
    "doc_id",
    "date",
    "date_source",
    "lang",
    "doc_type",
    "title",
    "items",
    "path",
]
FLOW_COLUMNS = [
    "step",
    "earlier_doc",
    "later_doc",
    "earlier_item_id",
    "later_item_id",
    "earlier_label",
    "later_label",
    "status",
    "link",
    "score",
    "basis",
    "words_removed",
    "words_added",
    "facts_removed",
    "facts_added",
    "stance_removed",
    "stance_added",
    "earlier_text",
    "later_text",
]
FLOW_COUNT_COLUMNS = ["step", "earlier_doc", "later_doc", "later_date", *STATUSES]
THEME_COLUMNS = [
    "doc_id",
    "date",
    "lang",
    "taxonomy",
    "theme",
    "items",
    "total_items",
    "share",
    "item_ids",
]
INTENSITY_COLUMNS = [
    "doc_id",
    "date",
    "lang",
    "theme",
    "matches",
    "intensified",
    "share_intensified",
    "item_ids",
]
POSITION_COLUMNS = ["doc_id", "date", "lang", *WORDFISH_COLUMNS[1:], "model"]


@dataclass(frozen=True, eq=False)
class Series:
    """Documents of one series over time (see :func:`series`), computed once.

    Attributes
    ----------
    documents : DataFrame
        :data:`DOCUMENT_COLUMNS`, in date order: ``date`` (ISO), ``date_source``
        (``given``, ``text`` or ``sidecar``), ``lang``, ``title``, ``items``.
    languages : tuple of str
        The languages of the series, in order of first appearance.
    items : DataFrame
        Every item, with ``date`` of its document and ``themes_oap``,
        ``themes_policy``, ``themes_stance``.
    flows : DataFrame
        :data:`FLOW_COLUMNS`: one row per item pair or unpaired item of each
        pair of consecutive documents (``step`` 1 is documents 1 -> 2).
    flow_counts : DataFrame
        :data:`FLOW_COUNT_COLUMNS`: kept, changed, new, dropped per step.
    themes : DataFrame
        :data:`THEME_COLUMNS`: share of each document's items carrying each
        theme of each taxonomy (zeros included), the items ``;``-joined;
        ``total_items`` and the share count the items the dictionary read: a
        document in a language it lacks has ``total_items`` 0 and share NaN.
    intensity : DataFrame
        :data:`INTENSITY_COLUMNS`: stance matches and how many are intensified.
    positions : DataFrame
        :data:`POSITION_COLUMNS`: Wordfish positions, one model per language
        with 3 documents or more (``model`` names it); empty otherwise.
    models : mapping of str to Wordfish
        The fitted models by language.
    notes : tuple of str
        One line per thing a reader should know (languages mixed, a
        language with too few documents to scale, a model that did not converge).
    tagged : mapping of str to Tagged
    """

    documents: pd.DataFrame
    languages: tuple[str, ...]
    items: pd.DataFrame
    flows: pd.DataFrame
    flow_counts: pd.DataFrame
    themes: pd.DataFrame
    intensity: pd.DataFrame
    positions: pd.DataFrame
    models: Mapping[str, Any]
    notes: tuple[str, ...]
    tagged: Mapping[str, Tagged] = field(repr=False)
    docs: tuple[Document, ...] = field(default=(), repr=False)

    @property
    def doc_ids(self) -> list[str]:
        """The documents' ids in date order."""
        return list(self.documents["doc_id"])


# --- dates ---------------------------------------------------------------------------------


def _iso(value: Any, where: str) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    # day.month.year: how Excel in a German (or Danish, Norwegian, Latvian...) locale saves a
    # date cell in a CSV, whatever was typed in it; dots put the day first in every locale
    # (a slash does not: 03/04/2024 is 3 April or 4 March)
    dotted = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    # year first with slashes (2012/11/19): the year first, the rest can only be month, day
    slashed = re.fullmatch(r"(\d{4})/(\d{1,2})/(\d{1,2})", text)
    try:
        if dotted:
            day, month, year = map(int, dotted.groups())
            return dt.date(year, month, day).isoformat()
        if slashed:
            year, month, day = map(int, slashed.groups())
            return dt.date(year, month, day).isoformat()
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise PolcompareError(
            where, f"{text!r} is not a date (write it as YYYY-MM-DD, YYYY/MM/DD or DD.MM.YYYY)"
        ) from None


def read_dates(source: str | Path | pd.DataFrame | Mapping[str, Any]) -> dict[str, str]:
    """Read user-given dates: a mapping, or a CSV file or table with a ``date`` column.

    The other column names the document: ``file`` (a file name or path),
    ``path`` or ``doc_id``. Returns {name: ISO date}; a name is matched against
    each document's path, file name and ``doc_id``.

    Raises
    ------
    PolcompareError
        A missing or unreadable file, no ``date`` column, a value that is not
        a date, or one document given two dates: one line naming the file.
    """
    where = "dates"
    if isinstance(source, Mapping):
        return {str(k): _iso(v, f"dates[{k!r}]") for k, v in source.items()}
    if isinstance(source, pd.DataFrame):
        rows = source.to_dict("records")
        columns = list(source.columns)
    else:
        where = str(source)
        path = Path(source)
        if path.is_dir():
            raise PolcompareError(where, "is a folder, not a dates file")
        if not path.exists():
            raise PolcompareError(where, "no such dates file")
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            row = data[: exc.start].count(b"\n") + 1
            raise PolcompareError(
                where,
                f"row {row}: not UTF-8 text (saved by Excel in another encoding? save it as "
                "'CSV UTF-8')",
            ) from None
        # Excel in a locale with a decimal comma saves its CSV with semicolons; its
        # "Unicode Text" with tabs: the header's most frequent one parts the columns
        first = text.split("\n", 1)[0]
        reader = csv.DictReader(
            io.StringIO(text, newline=""), delimiter=max((",", ";", "\t"), key=first.count)
        )
        columns = [str(c).strip() for c in reader.fieldnames or []]
        reader.fieldnames = columns
        rows = list(reader)
    if not columns:
        raise PolcompareError(where, "the file is empty")
    names = [c for c in ("file", "path", "doc_id") if c in columns]
    if "date" not in columns or not names:
        raise PolcompareError(
            where,
            "needs a 'date' column and a 'file', 'path' or 'doc_id' column; has "
            + ", ".join(str(c) for c in columns),
        )
    out: dict[str, str] = {}
    for n, row in enumerate(rows, start=2):
        name = str(row[names[0]] or "").strip()
        if not name:
            raise PolcompareError(where, f"row {n}: no {names[0]}")
        date = _iso(row["date"], f"{where}: row {n}")
        if name in out and out[name] != date:
            raise PolcompareError(where, f"row {n}: {name} is given two dates")
        out[name] = date
    return out


def _sidecar_date(doc: Document) -> str | None:
    path = Path(doc.path)
    side = path.with_suffix(".yml")
    if not side.is_file():
        return None
    try:
        data = yaml.safe_load(side.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise PolcompareError(str(side), f"cannot be read as YAML: {exc}") from None
    if not isinstance(data, dict) or not data.get("date"):
        return None
    return _iso(data["date"], str(side))


def _names(doc: Document) -> tuple[str, ...]:
    """Return the names a date may be given under: path, file name, doc_id, stem."""
    path = Path(doc.path)
    return (str(doc.path), path.name, doc.doc_id, path.stem)


def _unused_dates(docs: list[Document], given: Mapping[str, str]) -> str:
    """Say which given dates name none of the documents ("" when all are used)."""
    known = {name for doc in docs for name in _names(doc)}
    unused = [str(k) for k in given if str(k) not in known]
    if not unused:
        return ""
    shown = ", ".join(unused[:5]) + (f" and {len(unused) - 5} more" if len(unused) > 5 else "")
    return (
        f"the dates given name {shown}, which {'is' if len(unused) == 1 else 'are'} none of "
        "the documents read (name each by its file name, path or doc_id)"
    )


def _date_of(doc: Document, given: Mapping[str, str]) -> tuple[str, str] | None:
    for name in _names(doc):
        if name in given:
            return given[name], "given"
    if doc.meta.get("date"):
        return _iso(doc.meta["date"], doc.doc_id), "text"
    side = _sidecar_date(doc)
    if side:
        return side, "sidecar"
    return None


# --- reading -------------------------------------------------------------------------------


def _documents(docs_or_paths: Iterable[Document | str | Path]) -> list[Document]:
    if isinstance(docs_or_paths, str | Path):  # one folder or file, not its characters
        docs_or_paths = [docs_or_paths]
    docs: list[Document] = []
    for entry in docs_or_paths:
        if isinstance(entry, Document):
            docs.append(entry)
            continue
        path = Path(entry)
        if path.is_dir():  # every text below it, named as every command names them
            docs.extend(read(p, doc_id=doc_id) for p, doc_id in corpus_paths([path]))
        else:
            docs.append(read(path))
    return docs


def _ambiguous_dates(docs: list[Document], given: Mapping[str, str]) -> None:
    """Refuse a given date whose name fits several documents (``text.txt`` in two folders)."""
    holders: dict[str, set[str]] = {}
    for doc in docs:
        for name in set(_names(doc)):
            holders.setdefault(name, set()).add(str(doc.path))
    for key in given:
        paths = sorted(holders.get(str(key), ()))
        if len(paths) > 1:
            raise PolcompareError(
                str(key),
                f"a date is given under a name {len(paths)} documents have "
                f"({', '.join(paths[:3])}{' ...' if len(paths) > 3 else ''}); "
                "give it under each one's path or doc_id",
            )


def _dated(docs: list[Document], given: Mapping[str, str]) -> pd.DataFrame:
    _ambiguous_dates(docs, given)
    rows, undated = [], []
    for n, doc in enumerate(docs):
        found = _date_of(doc, given)
        if found is None:
            undated.append(doc)
            continue
        rows.append(
            {
                "order": n,
                "doc_id": doc.doc_id,
                "date": found[0],
                "date_source": found[1],
                "lang": doc.lang,
                "doc_type": doc.doc_type,
                "title": str(doc.meta.get("title", "")),
                "items": len(doc.items),
                "path": str(doc.path),
            }
        )
    unused = _unused_dates(docs, given)
    if undated:
        names = ", ".join(str(d.path) for d in undated)
        raise PolcompareError(
            names,
            f"{'has' if len(undated) == 1 else 'have'} no date: the text states none and none "
            "was given; give dates with --dates FILE.csv (columns file,date) or dates={...}"
            + (f"; {unused}" if unused else ""),
        )
    if unused:
        warnings.warn(PolcompareWarning(f"{unused}: not used"), stacklevel=3)
    table = pd.DataFrame(rows).sort_values(["date", "order"], kind="stable")
    table.insert(0, "position", range(1, len(table) + 1))
    return table.drop(columns="order").reset_index(drop=True)[DOCUMENT_COLUMNS]


# --- flows ---------------------------------------------------------------------------------


def _surface_words(text: str) -> list[str]:
    return TOKEN.findall(normalize(text))


def _cased_words(text: str) -> tuple[list[str], list[bool]]:
    """Lowercase words of a text, and whether each is a name (capitalised mid-sentence)."""
    text = unicodedata.normalize("NFC", text)
    words, names = [], []
    last, end = "", 0  # the last character before the word that is not a space
    for m in TOKEN.finditer(text):
        gap = text[end : m.start()].rstrip()
        last = gap[-1] if gap else last
        starts = not last or last in ".!?:;(\"'“‘"
        words.append(m.group(0).lower())
        names.append(m.group(0)[0].isupper() and not starts)
        last, end = m.group(0)[-1], m.end()
    return words, names


def _word_diff(a: str, b: str) -> tuple[str, str, bool]:
    """Words removed from ``a`` and added in ``b`` (difflib on words), and whether a name did."""
    (wa, na), (wb, nb) = _cased_words(a), _cased_words(b)
    removed, added, named = [], [], False
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            removed.append(" ".join(wa[i1:i2]))
            named = named or any(na[i1:i2])
        if op in ("insert", "replace"):
            added.append(" ".join(wb[j1:j2]))
            named = named or any(nb[j1:j2])
    return " | ".join(removed), " | ".join(added), named


def _facts(text: str, lang: str) -> Counter[str]:
    facts = extract_facts(text, lang)
    return Counter(f"{k}:{v}" for k, v in zip(facts["kind"], facts["value"], strict=True))


def _join(counter: Counter[str]) -> str:
    return "; ".join(sorted(counter.elements()))


def _themes(value: Any) -> set[str]:
    return {t for t in str(value or "").split(";") if t}


def _classify(a: pd.Series, b: pd.Series) -> dict[str, Any]:
    """Say kept or changed, and what differs, for one pair of items."""
    same_lang = a["lang"] == b["lang"]
    fa, fb = _facts(a["text"], a["lang"]), _facts(b["text"], b["lang"])
    sa, sb = _themes(a.get("themes_stance")), _themes(b.get("themes_stance"))
    out: dict[str, Any] = {
        "facts_removed": _join(fa - fb),
        "facts_added": _join(fb - fa),
        "stance_removed": ";".join(sorted(sa - sb)),
        "stance_added": ";".join(sorted(sb - sa)),
        "words_removed": "",
        "words_added": "",
        "basis": "words+facts+stance" if same_lang else "facts+stance (languages differ)",
    }
    differs = fa != fb or sa != sb
    if same_lang:
        wa, wb = _surface_words(a["text"]), _surface_words(b["text"])
        matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
        same = sum(block.size for block in matcher.get_matching_blocks())
        moved = len(wa) + len(wb) - 2 * same
        removed, added, named = _word_diff(a["text"], b["text"])
        if named or (moved > 1 and matcher.ratio() < KEPT_RATIO):
            differs = True
        out["words_removed"], out["words_added"] = removed, added
    out["status"] = "changed" if differs else "kept"
    return out


def _label(row: pd.Series | None) -> str:
    if row is None:
        return ""
    return item_label(str(row["section"]), str(row["number"]), str(row["letter"] or "")).strip()


def _flows_between(
    step: int, earlier: str, later: str, items: pd.DataFrame, method: str, cache_dir
) -> list[dict]:
    a = items[items["doc_id"] == earlier].reset_index(drop=True)
    b = items[items["doc_id"] == later].reset_index(drop=True)
    a = a[a["text"].fillna("").str.strip() != ""]
    b = b[b["text"].fillna("").str.strip() != ""]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PolcompareWarning)  # "aligned with itself" is fine here
        pairs = align(a, b, method=method, cache_dir=cache_dir, related=True)
    by_a = a.set_index("item_id")
    by_b = b.set_index("item_id")
    rows = []
    for pair in pairs.itertuples(index=False):
        ra = by_a.loc[pair.a_item_id] if pair.a_item_id else None
        rb = by_b.loc[pair.b_item_id] if pair.b_item_id else None
        row: dict[str, Any] = {
            "step": step,
            "earlier_doc": earlier,
            "later_doc": later,
            "earlier_item_id": pair.a_item_id,
            "later_item_id": pair.b_item_id,
            "earlier_label": _label(ra),
            "later_label": _label(rb),
            "link": pair.link,
            "score": pair.score,
            "earlier_text": "" if ra is None else ra["text"],
            "later_text": "" if rb is None else rb["text"],
        }
        if ra is None:
            row.update(status="new", basis="")
        elif rb is None:
            row.update(status="dropped", basis="")
        else:
            row.update(_classify(ra, rb))
            if pair.link == "split":
                row["status"] = "changed"
        rows.append(row)
    return rows


# --- themes and intensity ------------------------------------------------------------------


def _theme_shares(tagged: Mapping[str, Tagged], documents: pd.DataFrame) -> pd.DataFrame:
    rows = []
    dates = dict(zip(documents["doc_id"], documents["date"], strict=True))
    langs = dict(zip(documents["doc_id"], documents["lang"], strict=True))
    for taxonomy, result in tagged.items():
        themes = list(result.dictionary.themes)
        items = result.items
        for doc_id in documents["doc_id"]:
            mine = items[items["doc_id"] == doc_id]
            if "tag_status" in mine:  # items of a language the dictionary lacks: not read
                mine = mine[~mine["tag_status"].isin(UNREAD)]
            total = len(mine)
            carrying: dict[str, list[str]] = {t: [] for t in themes}
            for item_id, value in zip(mine["item_id"], mine["themes"], strict=True):
                for theme in _themes(value):
                    carrying.setdefault(theme, []).append(item_id)
            for theme, ids in carrying.items():
                rows.append(
                    {
                        "doc_id": doc_id,
                        "date": dates[doc_id],
                        "lang": langs[doc_id],
                        "taxonomy": taxonomy,
                        "theme": theme,
                        "items": len(ids),
                        "total_items": total,
                        "share": len(ids) / total if total else float("nan"),
                        "item_ids": ";".join(ids),
                    }
                )
    return pd.DataFrame(rows, columns=THEME_COLUMNS)


@functools.cache
def intensifiers() -> tuple[int, dict[str, tuple[tuple[str, ...], ...]]]:
    """Return the shipped intensifier lists: (window, {lang: phrases as word tuples})."""
    text = resources.files("polcompare").joinpath("data/intensifiers.yml").read_text("utf-8")
    data = yaml.safe_load(text)
    window = int(data.pop("window"))
    lists = {
        lang: tuple(tuple(_surface_words(str(p))) or (str(p),) for p in phrases)
        for lang, phrases in data.items()
    }
    return window, lists


def _word_match(word: str, pattern: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


def _phrase_at(words: list[str], start: int, phrase: tuple[str, ...]) -> bool:
    if start + len(phrase) > len(words):
        return False
    return all(_word_match(words[start + k], p) for k, p in enumerate(phrase))


def intensified(text: str, start: int, end: int, lang: str) -> str:
    """Return the intensifier standing with the stance match ``text[start:end]``, or ``""``.

    Looks within the shipped window of words before the match, inside it and
    after it (``polcompare/data/intensifiers.yml``).
    """
    window, lists = intensifiers()
    phrases = lists.get(lang, ())
    if not phrases:
        return ""
    normal = normalize(text)
    spans = [m.span() for m in TOKEN.finditer(normal)]
    words = [normal[s:e] for s, e in spans]
    first = next((k for k, (s, e) in enumerate(spans) if e > start), len(spans))
    last = max((k for k, (s, e) in enumerate(spans) if s < end), default=first)
    lo, hi = max(0, first - window), min(len(words), last + 1 + window)
    for k in range(lo, hi):
        for phrase in phrases:
            if _phrase_at(words, k, phrase) and k + len(phrase) <= hi:
                return " ".join(words[k : k + len(phrase)])
    return ""


def _intensity(tagged: Tagged, items: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    texts = dict(zip(items["item_id"], items["text"], strict=True))
    ev = tagged.evidence
    rows = []
    for doc in documents.itertuples(index=False):
        mine = ev[ev["doc_id"] == doc.doc_id]
        for theme in tagged.dictionary.themes:
            hits = mine[mine["theme"] == theme]
            strong = [
                item_id
                for item_id, s, e, lang in zip(
                    hits["item_id"], hits["start"], hits["end"], hits["lang"], strict=True
                )
                if intensified(str(texts.get(item_id, "")), int(s), int(e), str(lang))
            ]
            rows.append(
                {
                    "doc_id": doc.doc_id,
                    "date": doc.date,
                    "lang": doc.lang,
                    "theme": theme,
                    "matches": len(hits),
                    "intensified": len(strong),
                    "share_intensified": len(strong) / len(hits) if len(hits) else 0.0,
                    "item_ids": ";".join(dict.fromkeys(strong)),
                }
            )
    return pd.DataFrame(rows, columns=INTENSITY_COLUMNS)


# --- positions -----------------------------------------------------------------------------


#: Below this many words (used in 2 documents or more) the series notes that Wordfish's
#: positions say little: a new user's 7 statements gave 147 words and standard errors of
#: 0.15-0.26, and nothing cautioned her.
FEW_WORDS = 500


def _positions(
    docs: list[Document], documents: pd.DataFrame, notes: list[str]
) -> tuple[pd.DataFrame, dict[str, Any]]:
    by_id = {d.doc_id: d for d in docs}
    dates = dict(zip(documents["doc_id"], documents["date"], strict=True))
    frames, models = [], {}
    langs = list(dict.fromkeys(documents["lang"]))
    if len(langs) > 1:
        notes.append(
            "positions: the series mixes languages ("
            + ", ".join(f"{lang} {int((documents['lang'] == lang).sum())}" for lang in langs)
            + "); word counts are not comparable across languages, so Wordfish is fitted per "
            "language and positions of different languages are not on one scale"
        )
    for lang in langs:
        ids = list(documents.loc[documents["lang"] == lang, "doc_id"])
        if len(ids) < 3:
            notes.append(
                f"positions: {lang} has {len(ids)} document{'s' if len(ids) != 1 else ''}; "
                "Wordfish needs 3 or more of one language"
            )
            continue
        counts = count_matrix([by_id[i] for i in ids], min_docs=2)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", PolcompareWarning)
            model = wordfish(counts, direction=(ids[0], ids[-1]))
        for w in caught:
            notes.append(f"positions ({lang}): {w.message}")
        if counts.shape[1] < FEW_WORDS:
            notes.append(
                f"positions ({lang}): Wordfish had only {counts.shape[1]} words used in 2 "
                f"documents or more of {len(ids)}; it is made for texts of thousands of words, "
                "so read these positions as a sketch, not a finding"
            )
        models[lang] = model
        table = model.documents.copy()
        table.insert(1, "date", table["doc_id"].map(dates))
        table.insert(2, "lang", lang)
        table["model"] = f"wordfish {lang} ({len(ids)} documents, {counts.shape[1]} words)"
        frames.append(table)
    if not frames:
        return pd.DataFrame(columns=POSITION_COLUMNS), models
    return pd.concat(frames, ignore_index=True)[POSITION_COLUMNS], models


# --- the series ----------------------------------------------------------------------------


def series(
    docs_or_paths: Iterable[Document | str | Path],
    *,
    dates: str | Path | pd.DataFrame | Mapping[str, Any] | None = None,
    method: str = "auto",
    cache_dir: str | Path | None = None,
    dictionaries: Mapping[str, str | Path | Dictionary] | None = None,
    fallback_lang: str | Sequence[str] | None = None,
) -> Series:
    """Build the :class:`Series` of dated documents (see the module docstring).

    Parameters
    ----------
    docs_or_paths : iterable of Document, str or Path
        Documents, files or folders (their ``*.txt``), any languages.
    dates : mapping, CSV path or DataFrame, optional
        Dates the user gives (:func:`read_dates`); they win over the text's.
    method, cache_dir
        How items are paired (:func:`polcompare.compare.align.align`).
    dictionaries : mapping, optional
        Taxonomy (``oap``, ``policy``, ``stance``) -> a dictionary of your own
        in its place, as :func:`polcompare.compare` takes them: the themes over
        time are then your themes.
    fallback_lang : str or sequence of str, optional
        Languages whose patterns read the items of a language a dictionary
        lacks, as :func:`polcompare.compare` takes them.

    Raises
    ------
    PolcompareError
        Fewer than two documents, a document without a date (one line naming
        the files), a document without items or of undetermined language, a
        bad dates file.
    """
    chosen = own_dictionaries(dictionaries, SERIES_TAXONOMIES)
    docs = _documents(docs_or_paths)
    if len(docs) < 2:
        named = f" ({Path(docs[0].path).name})" if docs else ""
        raise PolcompareError(
            "series", f"needs two dated documents or more; got {len(docs)}{named}"
        )
    given = read_dates(dates) if dates is not None else {}
    documents = _dated(docs, given)
    for doc in docs:
        if doc.items.empty:
            raise PolcompareError(Path(doc.path).name, "has no items: it cannot be in a series")
        if doc.lang == "und":
            raise PolcompareError(
                Path(doc.path).name,
                "its language could not be determined; give it (--lang CODE, or read(path, "
                "lang=...)): a series says which language each document is in",
            )
    order = {d: n for n, d in enumerate(documents["doc_id"])}
    docs = sorted(docs, key=lambda d: order[d.doc_id])
    items = pd.concat([d.items for d in docs], ignore_index=True)
    items["date"] = items["doc_id"].map(
        dict(zip(documents["doc_id"], documents["date"], strict=True))
    )
    tagged = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PolcompareWarning)
        for taxonomy in SERIES_TAXONOMIES:
            tagged[taxonomy] = tag(
                items,
                taxonomy=taxonomy,
                dictionary=chosen.get(taxonomy),
                fallback_lang=fallback_lang,
            )
            items[f"themes_{taxonomy}"] = tagged[taxonomy].items["themes"].to_numpy()
    flows: list[dict] = []
    ids = list(documents["doc_id"])
    for step, (earlier, later) in enumerate(zip(ids, ids[1:], strict=False), start=1):
        flows += _flows_between(step, earlier, later, items, method, cache_dir)
    flow_table = pd.DataFrame(flows, columns=FLOW_COLUMNS)
    notes: list[str] = _same_dates(documents)
    positions, models = _positions(docs, documents, notes)
    return Series(
        documents=documents,
        languages=tuple(dict.fromkeys(documents["lang"])),
        items=items,
        flows=flow_table,
        flow_counts=flow_counts(flow_table, documents),
        themes=_theme_shares(tagged, documents),
        intensity=_intensity(tagged["stance"], items, documents),
        positions=positions,
        models=MappingProxyType(models),
        notes=tuple(notes),
        tagged=MappingProxyType(tagged),
        docs=tuple(docs),
    )


def _same_dates(documents: pd.DataFrame) -> list[str]:
    """Return a note per date that several documents share (a step between them is no time)."""
    notes = []
    for date, group in documents.groupby("date", sort=True):
        if len(group) < 2:
            continue
        langs = list(dict.fromkeys(group["lang"]))
        names = ", ".join(group["doc_id"])
        kind = (
            "language versions of one text?" if len(langs) > 1 else "copies or parts of one text?"
        )
        notes.append(
            f"{len(group)} documents share the date {date} ({names}): {kind} the steps "
            "between them are not changes over time; keep one of them, or give dates"
        )
    return notes


def flow_counts(flows: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Kept, changed, new and dropped items per step of a flows table."""
    dates = dict(zip(documents["doc_id"], documents["date"], strict=True))
    rows = []
    for (step, earlier, later), group in flows.groupby(
        ["step", "earlier_doc", "later_doc"], sort=True
    ):
        counts = group["status"].value_counts()
        rows.append(
            {
                "step": step,
                "earlier_doc": earlier,
                "later_doc": later,
                "later_date": dates.get(later, ""),
                **{s: int(counts.get(s, 0)) for s in STATUSES},
            }
        )
    return pd.DataFrame(rows, columns=FLOW_COUNT_COLUMNS)
