"""Standalone HTML report: every table and chart of a set of documents in one file.

Compute first, render second (as pyLDAvis's ``prepare()`` and ``save_html()``)::

    data = build_report(docs)                            # a Comparison, plotly figures
    write_report(data, "reports/polcompare-report.html")  # one self-contained file

:func:`build_report` takes documents or a :class:`~polcompare.compare.Comparison`
and only arranges it: the roles, the tables, the tagged items and the
similarity matrix all come from the Comparison.

The file opens from disk with no network: plotly.js is embedded once, each
figure is a JSON spec drawn by a few lines of inline JavaScript, and the theme
filter works in the page itself. Document text is escaped wherever it is shown
(jinja2 autoescaping in ``polcompare/render/templates/report.html.j2``; JSON inside
``<script>`` has ``<``, ``>``, ``/`` and ``&`` as JSON unicode escapes).
"""

from __future__ import annotations

import base64
import functools
import gzip
import hashlib
import inspect
import json
import math
import platform
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from .._version import __version__
from ..compare import KEY, POSITION_SECTIONS, THIN_SHARE, Comparison, keyness, top_similar_pairs
from ..compare import compare as compare_documents
from ..document import Document
from ..errors import PolcompareError, UntaggedLanguageWarning
from ..io import atomic_write
from ..items import item_label, item_labels, line_label, split_themes
from ..themes import theme_labels
from ..themes.tag import FALLBACK, OUT_OF_CONTEXT, UNREAD
from ..themes.validate import Agreement, agreement
from . import charts
from .aligned import aligned_pairs
from .highlight import Segment, highlight_segments

__all__ = [
    "DEFAULT_NAME",
    "report",
    "ReportData",
    "Segment",
    "build_report",
    "highlight_segments",
    "render_report",
    "script_json",
    "write_report",
]

#: File name used when the output is a folder.
DEFAULT_NAME = "polcompare-report.html"

#: Decimals kept for floats in the figures' JSON.
_DECIMALS = 4

#: Up to this many documents, every document's items are written into the page and shown
#: open; beyond it a document's items are drawn by the page's script when it is opened (or
#: an item of it is linked to, or the page printed), from the item data embedded once.
OPEN_DOCS = 6

#: Up to this many documents in one language comparison, the document similarity is a
#: heatmap; beyond it (a 500 x 500 heatmap is unreadable) a sortable table of the most
#: similar pairs, the CSV keeping every pair.
SIMILARITY_HEATMAP_DOCS = 40

#: Above this many characters, the page's data is embedded gzip-compressed (base64) and
#: unpacked by the browser (DecompressionStream), so that a large report is a small file.
COMPRESS_DATA = 2_000_000

#: Pairs of documents listed when the similarity is too large for a heatmap.
SIMILAR_DOC_PAIRS = 100

#: Up to this many documents shown, the charts that count items draw one column or bar
#: per document; beyond it one per language (per document type when all share one).
CHART_DOCS = 40

#: At most this many columns (bars) of languages or types: the largest, then the others in one.
CHART_GROUPS = len(charts.DOC_PALETTE)  # one colour each

#: Up to this many documents (or groups of them) shown, a taxonomy's profiles are bars, one
#: per document in each theme's group; beyond it a heatmap, documents by themes, as the Oslo
#: coverage: 38 documents made 5,000 px of thin bars in near-identical colours, the legend
#: 4,000 px below the first of them.
PROFILE_BARS = charts.PROFILE_BARS

#: What hovering a cell of that heatmap says, documents as columns or down the side.
ACROSS_HOVER = "%{x}<br>%{y} (%{customdata})<br>%{text} items, %{z:.0%} of those shown"
DOWN_HOVER = "%{y}<br>%{x} (%{customdata})<br>%{text} items, %{z:.0%} of those shown"

#: Up to this many documents, the notes above the charts (documents not read, Oslo themes not
#: applied, the types when no document is a position paper) name each document in a sentence;
#: beyond it they count them, by language or type, and list them in a closed ``<details>``
#: (1,790 documents made those sentences 36,000 px of names before the first chart).
LIST_DOCS = 12

#: Beyond this many documents, the documents table scrolls in a box of 70% of the window's
#: height, and a line above it says that every document is in it (a new user's 27 documents
#: showed seven, and the box looked like all that had been read).
TABLE_DOCS = 20


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows, computed; :func:`write_report` only renders it.

    Attributes
    ----------
    created : datetime
        When the report was computed (UTC).
    comparison : Comparison
        What the report shows: roles, tables, tagged items, similarity.
    inputs : DataFrame
        One row per document: ``doc_id, path, lang, lang_detected,
        lang_confidence, encoding, doc_type, lines`` (source lines),
        ``sha256`` (of the decoded text, :attr:`Document.source_sha256`).
    documents : DataFrame
        One row per document: ``doc_id, lang, doc_type, items, sections``
        (e.g. ``intro 8, review 17``), ``headings, footnotes, furniture,
        unparsed_lines``.
    items : DataFrame
        Every item of every document tagged with ``oap``: the
        :attr:`Document.items` columns plus ``themes`` (``;``-joined).
    evidence : DataFrame
        The ``oap`` matches: ``item_id, theme, match, pattern, start, end``
        (offsets into the item's ``text``).
    headings, footnotes, unparsed : DataFrame
        The documents' tables of the same name, concatenated.
    figures : dict of str to plotly Figure
        For every set of documents: ``themes`` (Oslo theme counts),
        ``coverage_docs`` (documents x Oslo themes), ``policy_profiles``,
        ``stance_profiles`` (share of each document's items), and, when two
        documents share a language, ``doc_keyness`` and ``doc_similarity``
        (up to :data:`SIMILARITY_HEATMAP_DOCS` documents; beyond, the page lists
        the most similar pairs).
        With a position paper: ``coverage`` and ``sankey``; with conclusions
        too: ``similarity`` and ``keyness``; with its other language version:
        ``agreement``. The page redraws every chart that counts items when
        the filter changes.
    themes : DataFrame
        The ``oap`` themes: ``theme, group, color, items`` (items carrying
        it), ``label``.
    dictionaries : DataFrame
        ``taxonomy, name, source, themes, sha256``.
    parameters : dict
        The settings behind the numbers (stance window, thin share, ...).
    versions : dict
        polcompare, Python, pandas, plotly and plotly.js versions.
    labels : dict
        Theme ID -> the label readers see (every taxonomy).
    colors : dict
        Theme ID -> colour (each taxonomy from the colour-blind-safe
        palette's start) and ``doc_id`` -> colour.
    validation : Agreement or None
        With coding sheets (``build_report(..., sheets=...)``): the
        dictionary against the human coders and the coders against each
        other (:func:`polcompare.themes.validate.agreement`), shown in the
        report's "Validation" part; ``None`` without sheets.
    validation_taxonomy : str
        The taxonomy the sheets were coded in (``""`` without sheets).
    validation_sheets : DataFrame
        ``coder, file, sha256`` (of the file's bytes) of every coding sheet,
        in the order given: which files the scores come from (empty without
        sheets).
    series : Series or None
        A :class:`~polcompare.compare.series.Series` of the documents, when
        given: the report then has a section "Over time" (flows, themes,
        stance intensity, positions; figures ``series_*``).
    """

    created: datetime
    comparison: Comparison
    inputs: pd.DataFrame
    documents: pd.DataFrame
    items: pd.DataFrame
    evidence: pd.DataFrame
    headings: pd.DataFrame
    footnotes: pd.DataFrame
    unparsed: pd.DataFrame
    figures: dict[str, go.Figure]
    themes: pd.DataFrame
    dictionaries: pd.DataFrame
    parameters: dict[str, Any]
    versions: dict[str, str]
    labels: dict[str, str] = field(default_factory=dict)
    colors: dict[str, str] = field(default_factory=dict)
    validation: Agreement | None = None
    validation_taxonomy: str = ""
    validation_sheets: pd.DataFrame = field(default_factory=pd.DataFrame)
    series: Any = None

    @property
    def roles(self) -> dict[str, str | None]:
        """``paper``, ``version``, ``conclusions``: ``doc_id`` values or ``None``."""
        return self.comparison.roles.as_dict()

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table of the comparison (empty when its role is missing)."""
        return self.comparison.tables


# --- compute -------------------------------------------------------------------------------


def _same_dictionaries(comparison: Comparison, series: Any) -> None:
    """Refuse a series tagged with other dictionaries than the comparison's.

    The report drew the comparison with the user's ``dictionaries`` and the
    section "Over time" with the shipped ones, under one taxonomy's name: a
    policy chart of your own topics above one of the shipped policy topics.
    """
    tagged = getattr(series, "tagged", None) or {}
    for taxonomy, t in comparison.tagged.items():
        other = tagged.get(taxonomy)
        if other is not None and other.dictionary.sha256 != t.dictionary.sha256:
            raise PolcompareError(
                "series",
                f"its {taxonomy} themes come from {other.dictionary.name}, the comparison's "
                f"from {t.dictionary.name}; build the series with the same dictionaries "
                "(polcompare.series(..., dictionaries=...), or series --dictionary)",
            )


def build_report(
    docs: Comparison | Iterable[Document],
    *,
    paper: str | None = None,
    versions: Sequence[str] | str | None = None,
    conclusions: str | None = None,
    sheets: Sequence[str | Path] | None = None,
    sheets_taxonomy: str = "oap",
    series: Any = None,
    dictionaries: Mapping[str, Any] | None = None,
    fallback_lang: str | Sequence[str] | None = None,
) -> ReportData:
    """Compute every figure of the report, around a :class:`Comparison`.

    Parameters
    ----------
    docs : Comparison or list of Document
        A comparison of documents (:func:`polcompare.compare`), or the
        documents, e.g. ``[polcompare.read(p) for p in paths]``, to compare
        first. Roles (position paper, its other language version,
        conclusions) are the comparison's.
    paper, versions, conclusions, dictionaries, fallback_lang
        Documents only: passed to :func:`polcompare.compare` (``dictionaries``:
        taxonomy -> a dictionary file of your own tagging in its place;
        ``fallback_lang``: languages whose patterns read the items of a
        language the dictionaries lack).
    sheets : paths, optional
        Filled coding sheets (one per coder, from ``polcompare codesheet``) of
        items of these documents: the report gets a "Validation" part, the
        dictionary of ``sheets_taxonomy`` against the coders (Krippendorff's
        alpha between them; precision, recall, F1 against their majority).
    sheets_taxonomy : str
        The taxonomy the sheets were coded in (``oap``, ``policy``, ``stance``).
    series : Series, optional
        :func:`polcompare.series` of the same documents: adds the section
        "Over time".

    Returns
    -------
    ReportData

    Raises
    ------
    PolcompareError
        When there is no document, or the comparison was built from an items
        table (the report shows the documents' headings and footnotes too).
    CodingSheetError
        A sheet that cannot be trusted (an item id not among the documents'
        items, a value other than 0/1/empty...), naming file, row and column.
    """
    if isinstance(docs, Comparison):
        comparison = docs
    else:
        documents = list(docs)
        if not documents:
            raise PolcompareError("documents", "nothing to report")
        comparison = compare_documents(
            documents,
            paper=paper,
            versions=versions,
            conclusions=conclusions,
            dictionaries=dictionaries,
            fallback_lang=fallback_lang,
        )
    if not comparison.documents:
        raise PolcompareError(
            "comparison", "was built from an items table; the report needs the documents"
        )
    docs = list(comparison.documents)
    tagged = comparison.tagged["oap"]
    items, evidence = tagged.items, tagged.evidence
    colors = _colors(comparison)
    labels = theme_labels(comparison.themes["theme"])
    counts = items["themes"].map(split_themes).explode().value_counts()
    themes = pd.DataFrame(
        {
            "theme": list(tagged.dictionary.themes),
            "group": [tagged.dictionary.groups.get(t, "") for t in tagged.dictionary.themes],
            "color": [colors[t] for t in tagged.dictionary.themes],
            "items": [int(counts.get(t, 0)) for t in tagged.dictionary.themes],
            "label": [labels[t] for t in tagged.dictionary.themes],
        }
    )
    validation = None
    if sheets:
        # every item of the documents, with doc_id (the oap context rule reads whole documents);
        # the items no dictionary reads were said once by the comparison: agreement's tagging
        # said them again, in a 929-character line on 300 documents
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UntaggedLanguageWarning)
            # scored with the dictionary the report tags with: given --dictionary
            # stance=mine.yml, the part showed the shipped stance dictionary's scores
            own = comparison.tagged.get(sheets_taxonomy)
            validation = agreement(
                list(sheets),
                taxonomy=sheets_taxonomy,
                dictionary=own.dictionary if own is not None else None,
                items=items,
            )
    sheet_files = _sheet_files(sheets or [], validation.coders if validation else [])
    figures = _figures(comparison, colors, labels)
    if series is not None:
        from .series import series_figures

        _same_dictionaries(comparison, series)
        figures.update(series_figures(series, labels, colors))
    return ReportData(
        created=datetime.now(UTC).replace(microsecond=0),
        comparison=comparison,
        inputs=_inputs(docs),
        documents=_documents(docs),
        items=items.drop(columns=["taxonomy", "dictionary", "dictionary_sha256"]),
        evidence=evidence[["item_id", "theme", "match", "pattern", "start", "end"]],
        headings=pd.concat([d.headings for d in docs], ignore_index=True),
        footnotes=pd.concat([d.footnotes for d in docs], ignore_index=True),
        unparsed=pd.concat([d.unparsed for d in docs], ignore_index=True),
        figures=figures,
        themes=themes,
        dictionaries=_dictionaries(comparison),
        parameters=_parameters(comparison),
        versions=_versions(),
        labels=labels,
        colors=colors,
        validation=validation,
        validation_taxonomy=sheets_taxonomy if sheets else "",
        validation_sheets=sheet_files,
        series=series,
    )


def _sheet_files(sheets: Sequence[Any], coders: Sequence[str]) -> pd.DataFrame:
    """Return ``coder, file, sha256`` of every coding sheet (a table given in memory: no file)."""
    rows = []
    for sheet, coder in zip(sheets, coders, strict=True):
        if isinstance(sheet, pd.DataFrame):
            rows.append({"coder": coder, "file": "(a table given in Python)", "sha256": ""})
        else:
            digest = hashlib.sha256(Path(sheet).read_bytes()).hexdigest()
            rows.append({"coder": coder, "file": str(sheet), "sha256": digest})
    return pd.DataFrame(rows, columns=["coder", "file", "sha256"])


def _colors(comparison: Comparison) -> dict[str, str]:
    """Each taxonomy's themes from the colour-blind-safe palette's start; documents apart."""
    colors = charts.taxonomy_colors(comparison.themes)
    for k, doc_id in enumerate(comparison.doc_ids):
        colors[doc_id] = charts.DOC_COLORS[k % len(charts.DOC_COLORS)]
    return colors


#: What a theme of each taxonomy is called on an axis.
TAXONOMY_NOUN = {"oap": "Oslo Action Plan theme", "policy": "policy topic", "stance": "stance"}


#: What a chart shows for a document whose items no dictionary read.
NOT_READ = charts.NOT_READ
#: What the Oslo coverage chart shows for a document the context rule kept its themes from.
NOT_APPLIED = "not applied"


def _theme_table(comparison: Comparison, taxonomy: str, labels: dict[str, str]) -> pd.DataFrame:
    """Per document x theme: ``doc_id, theme, label, n, items`` (carrying it), ``share``.

    ``n`` counts the items the dictionary read: an item in a language it lacks has no themes
    because it was not read, so it is no part of the share; a document with no item read has
    ``n`` 0 and ``share`` NaN (not read), never 0. A document the ``oap`` context rule held
    every item of back has ``share`` NaN too, and ``note`` says which ("not applied").
    """
    held = {d["doc_id"] for d in _out_of_context(comparison)} if taxonomy == "oap" else set()
    tagged = comparison.tagged[taxonomy]
    frame = tagged.items[["doc_id", "themes"]]
    read = frame[~tagged.items["tag_status"].isin(UNREAD)]
    sizes = read.groupby("doc_id", sort=False).size()
    carried = read.assign(theme=read["themes"].map(split_themes)).explode("theme")
    counts = carried.dropna(subset=["theme"]).groupby(["doc_id", "theme"]).size()
    rows = [
        {
            "doc_id": doc_id,
            "theme": theme,
            "label": labels.get(theme, theme),
            "n": int(sizes.get(doc_id, 0)),
            "items": int(counts.get((doc_id, theme), 0)),
            "share": counts.get((doc_id, theme), 0) / sizes[doc_id]
            if sizes.get(doc_id, 0) and doc_id not in held
            else float("nan"),
            "note": NOT_APPLIED if doc_id in held else NOT_READ if not sizes.get(doc_id, 0) else "",
        }
        for doc_id in frame["doc_id"].drop_duplicates()
        for theme in tagged.dictionary.themes
    ]
    return pd.DataFrame(rows)


def _figures(
    comparison: Comparison, colors: dict[str, str], labels: dict[str, str]
) -> dict[str, go.Figure]:
    roles, tables = comparison.roles, comparison.tables
    figs = {}
    if comparison.carrying["oap"]:  # no item carries one: the two charts would be empty grids
        figs["themes"] = _theme_bars(comparison, colors, labels)
        table = _theme_table(comparison, "oap", labels)
        applied = table[table["note"] != NOT_APPLIED]  # the note names the others
        figs["coverage_docs"] = _docs_heatmap(applied if len(applied) else table)
    for taxonomy in ("policy", "stance"):
        table = _theme_table(comparison, taxonomy, labels)
        read = table.groupby("doc_id", sort=False)["n"].max()
        figs[f"{taxonomy}_profiles"] = _profiles(table, colors, TAXONOMY_NOUN[taxonomy])
        if (read > 0).sum() > PROFILE_BARS:  # the form the page draws beyond as many columns
            figs[f"{taxonomy}_profiles_heatmap"] = _docs_heatmap(table)
            figs[f"{taxonomy}_profiles_heatmap"].update_layout(
                meta={"noun": TAXONOMY_NOUN[taxonomy]}
            )
    sim = comparison.document_similarity
    if len(sim):
        if not _similarity_as_table(comparison):
            figs["doc_similarity"] = _doc_similarity(sim, comparison.doc_ids)
        key = comparison.document_keyness
        first = key[key["doc_id"] == key["doc_id"].iloc[0]]
        sides = {"target": str(first["doc_id"].iloc[0]), "reference": "the other documents"}
        figs["doc_keyness"] = charts.keyness_bars(first, names=sides)
        figs["doc_keyness"].update_layout(margin={"t": 30, "l": 120}, legend={"title": None})
    paper, concl = roles.paper, roles.conclusions
    if paper:
        cov = tables["coverage_oap"]
        cov = cov[cov["doc_id"] == paper].assign(theme=lambda f: f["theme"].map(labels))
        figs["coverage"] = charts.coverage_heatmap(cov)
        figs["coverage"].update_layout(
            margin={"t": 20, "b": 20, "l": 10},
            xaxis={"title": "section of the position paper", "side": "top", "tickangle": 0},
            yaxis={"title": None, "autorange": "reversed", "automargin": True},
        )
        figs["coverage"].update_traces(colorbar={"title": "share"})
        # Sections along x, themes down the side: labels stay readable at 800 px.
        figs["coverage"] = _transposed(figs["coverage"])
        gaps = tables["gaps"].assign(theme=lambda f: f["theme"].map(labels))
        figs["sankey"] = charts.section_sankey(
            gaps, colors={labels[t]: c for t, c in colors.items() if t in labels}
        )
        figs["sankey"].update_layout(height=480, margin={"t": 20, "b": 20, "l": 10, "r": 10})
    if paper and concl:
        figs["similarity"] = charts.similarity_heatmap(comparison.similarity)
        figs["similarity"].update_layout(  # as tall as its rows need (label_every_row)
            margin={"t": 20},
            xaxis={"title": f"items of {concl}"},
            yaxis={"title": f"items of {paper}"},
        )
        figs["keyness"] = charts.keyness_bars(
            tables["keyness"], names={"target": paper, "reference": concl}
        )
        figs["keyness"].update_layout(
            height=max(420, 16 * len(tables["keyness"])),
            margin={"t": 30},
            legend={"title": None},
        )
    agreement = tables.get("theme_agreement")
    if agreement is not None:
        agreement = _oap_rows(agreement)
    if (
        roles.paper
        and roles.version
        and agreement is not None
        and (agreement[["themes_a", "themes_b"]] != "").any(axis=None)
    ):
        figs["agreement"] = charts.agreement_bars(
            agreement, names={"a": roles.paper, "b": roles.version}
        )
        figs["agreement"].update_layout(
            height=320,
            margin={"t": 20},
            xaxis={"title": "item of the position paper", "tickangle": -60},
            yaxis={"title": "agreement of themes (Jaccard)"},
        )
    return figs


def _transposed(fig: go.Figure) -> go.Figure:
    """Return the heatmap with its axes swapped (rows become columns)."""
    trace = fig.data[0]
    z = [list(col) for col in zip(*trace.z, strict=True)]
    text = [list(col) for col in zip(*trace.text, strict=True)]
    fig.update_traces(
        z=z,
        text=text,
        x=list(trace.y),
        y=list(trace.x),
        hovertemplate="theme: %{y}<br>section: %{x}<br>share: %{z:.2f}<br>items: %{text}"
        "<extra></extra>",
    )
    return charts.label_every_row(fig, base=120, min_height=360)  # as its new rows need


def _theme_bars(
    comparison: Comparison, colors: dict[str, str], labels: dict[str, str]
) -> go.Figure:
    counts = comparison.tagged["oap"].items["themes"].map(split_themes).explode().value_counts()
    themes = list(counts.index)
    fig = go.Figure(
        go.Bar(
            x=[int(counts[t]) for t in themes],
            y=[labels.get(t, t) for t in themes],
            customdata=themes,
            orientation="h",
            marker_color=[colors.get(t, "#888888") for t in themes],
            hovertemplate="%{y} (%{customdata}): %{x} items<extra></extra>",
        )
    )
    top = float(counts.max()) if len(counts) else 0.0
    fig.update_layout(
        height=80 + 26 * max(len(themes), 1),
        margin={"t": 10, "b": 50, "l": 10, "r": 10},
        xaxis={"title": "items carrying the theme", **charts.count_axis(top)},
        yaxis={"autorange": "reversed", "automargin": True},
    )
    return fig


def _carrying_sentence(taxonomies: list[dict]) -> str:
    """Say how many items carry a theme of each taxonomy (no final stop).

    "Read by the dictionaries" is not "carrying a theme": a corpus on Belarus read "186 of 206
    items tagged with the Oslo Action Plan themes ..." though no item carried one.
    """
    parts = [
        f"{t['n_tagged']:,} {('carries ' if t['n_tagged'] == 1 else 'carry ') if not k else ''}"
        f"{'an' if t['noun'][0] in 'AEIOU' else 'a'} {t['noun']}"
        for k, t in enumerate(taxonomies)
    ]
    if not parts:
        return ""
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"Of them, {listed}"


def _docs_heatmap(table: pd.DataFrame) -> go.Figure:
    """Documents by themes, the share of each document's items carrying each theme.

    Whichever are more run down the side: 28 documents as columns at 936 px were 30 px
    wide, their counts printed 3 px high and their names stood upright above the themes.
    The page's script redraws it from the items shown, by the same rule.
    """
    order = {"index": table["label"].drop_duplicates(), "columns": table["doc_id"].unique()}
    wide = table.pivot(index="label", columns="doc_id", values="share").reindex(**order)
    counts = table.pivot(index="label", columns="doc_id", values="items").reindex(**order)
    z, text = wide.to_numpy(), counts.astype("float64").to_numpy()  # as pivot_table gave
    if wide.isna().any(axis=None):  # a document no item of which was read: cells saying so
        z = [[None if pd.isna(v) else float(v) for v in row] for row in z]
        notes = table.pivot(index="label", columns="doc_id", values="note").reindex(**order)
        text = counts.astype(object).where(wide.notna(), notes).to_numpy()
    ids = table.drop_duplicates("label").set_index("label")["theme"]
    themes, docs = list(wide.index), list(wide.columns)
    custom = [[ids[label]] * len(docs) for label in themes]
    down = len(docs) > len(themes)  # the documents run down the side
    if down:
        z, text, custom = ([list(col) for col in zip(*m, strict=True)] for m in (z, text, custom))
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=themes if down else docs,
            y=docs if down else themes,
            text=text,
            customdata=custom,
            texttemplate="%{text}",
            colorscale="Blues",
            zmin=0,
            zmax=1,
            colorbar={"title": "share", "tickformat": ".0%"},
            hovertemplate=(DOWN_HOVER if down else ACROSS_HOVER) + "<extra></extra>",
            hoverongaps=False,  # a document not read: its cells say so
        )
    )
    charts.label_every_row(fig)
    fig.update_layout(
        # room for the counts printed in the cells, and for the documents' names above them
        # (names longer than the first 120 px leave took the rows' room at 700 px)
        height=max(
            120 + 26 * len(themes), 60 + charts.ROW_PX * len(themes) + charts.head_room(docs)
        ),
        margin={"t": 10, "b": 10, "l": 10, "r": 10},
        xaxis={"title": None if down else "document", "side": "top", "automargin": True},
        yaxis={"title": "document" if down else None, "autorange": "reversed", "automargin": True},
    )
    if down:
        charts.heads_on_top(fig)  # rows of 26 px under the themes' names
    return fig


def _profiles(table: pd.DataFrame, colors: dict[str, str], noun: str) -> go.Figure:
    traces = [
        go.Bar(
            x=list(part["share"]),
            y=list(part["label"]),
            customdata=part[["theme", "items", "n"]].to_numpy(),
            name=str(doc_id),
            orientation="h",
            marker_color=colors.get(doc_id),
            hovertemplate=f"{doc_id}<br>%{{y}} (%{{customdata[0]}}): %{{customdata[1]}} of "
            "%{customdata[2]} items<extra></extra>",
        )
        for doc_id, part in table.groupby("doc_id", sort=False)
        if part["n"].any()  # a document none of whose items was read has no bars
    ]
    n_docs = max(len(traces), 1)
    n_themes = max(table["theme"].nunique(), 1)
    # The legend under the axis title, in the bottom margin (rows of about three names): placed
    # in the plot's fraction, it ran into the title on a chart of few themes.
    legend_room = 22 * math.ceil(n_docs / 3)
    fig = go.Figure(traces)
    fig.update_layout(
        barmode="group",
        height=120 + n_themes * (10 + 9 * n_docs) + legend_room,
        margin={"t": 10, "b": 60 + legend_room, "l": 10, "r": 10},
        xaxis={
            "title": "share of the document's items",
            "tickformat": ".0%",
            "rangemode": "tozero",
        },
        yaxis={"autorange": "reversed", "automargin": True, "title": None},
        legend={
            "orientation": "h",
            "yref": "container",
            "y": 0,
            "yanchor": "bottom",
            "title": None,
        },
        meta={"noun": noun, "legend_room": legend_room},
    )
    return fig


def _doc_similarity(sim: pd.DataFrame, doc_ids: Sequence[str]) -> go.Figure:
    """Heatmap of the documents' cosines, both halves of the square and its diagonal (1)."""
    paired = set(sim["doc_a"]) | set(sim["doc_b"])
    docs = [d for d in doc_ids if d in paired]
    mirror = sim.rename(columns={"doc_a": "doc_b", "doc_b": "doc_a"})
    itself = pd.DataFrame({"doc_a": docs, "doc_b": docs, "cosine": 1.0})
    square = pd.concat([sim, mirror, itself], ignore_index=True)
    wide = square.pivot_table(index="doc_a", columns="doc_b", values="cosine")
    wide = wide.reindex(index=docs, columns=docs)
    text = [[f"{v:.2f}" if v == v else "" for v in row] for row in wide.to_numpy()]
    fig = go.Figure(
        go.Heatmap(
            z=wide.to_numpy(),
            x=docs,
            y=docs,
            text=text,
            texttemplate="%{text}",
            colorscale="Viridis",
            zmin=0,
            zmax=1,
            colorbar={"title": "cosine"},
            hoverongaps=False,
            hovertemplate="%{y} ↔ %{x}: cosine %{z:.2f}<extra></extra>",
        )
    )
    charts.label_every_row(fig)
    fig.update_layout(
        # square cells, more than a label's room, and room for the names above them
        height=max(160 + 60 * len(docs), 60 + 30 * len(docs) + charts.label_room(docs)),
        margin={"t": 10, "b": 10, "l": 10, "r": 10},
        xaxis={"title": "document", "automargin": True, "side": "top"},
        yaxis={"title": "document", "automargin": True, "autorange": "reversed"},
    )
    return fig


def _inputs(docs: list[Document]) -> pd.DataFrame:
    rows = []
    for d in docs:
        rows.append(
            {
                "doc_id": d.doc_id,
                "path": str(d.path),
                "lang": d.lang,
                "lang_detected": d.lang_detected,
                "lang_confidence": round(float(d.lang_confidence), 3),
                "encoding": d.encoding,
                "doc_type": d.doc_type,
                "lines": len(d.lines),
                "sha256": d.source_sha256,
            }
        )
    return pd.DataFrame(rows)


def _documents(docs: list[Document]) -> pd.DataFrame:
    rows = []
    for d in docs:
        s = d.summary()
        s["sections"] = ", ".join(f"{k} {v}" for k, v in s["sections"].items())
        rows.append(s)
    return pd.DataFrame(rows)[
        [
            "doc_id",
            "lang",
            "doc_type",
            "encoding",
            "items",
            "sections",
            "headings",
            "footnotes",
            "furniture",
            "unparsed_lines",
        ]
    ]


def _dictionaries(comparison: Comparison) -> pd.DataFrame:
    rows = []
    for taxonomy, tagged in comparison.tagged.items():
        d = tagged.dictionary
        rows.append(
            {
                "taxonomy": taxonomy,
                "name": d.name,
                "source": d.source,
                "languages": ", ".join(d.languages),
                "themes": len(d.themes),
                "sha256": d.sha256,
            }
        )
    return pd.DataFrame(rows)


def _default(func, name: str):
    return inspect.signature(func).parameters[name].default


def _stance_windows(comparison: Comparison) -> str:
    """Say the stance window of each language, from the stance dictionary that tagged.

    A language section may set its own window, so one number would mislead: English is read
    with 8 tokens where the default is 5.
    """
    tagged = comparison.tagged.get("stance")
    d = tagged.dictionary if tagged is not None else None
    if d is None or d.position_window is None:
        return "no position rule: a stance counts wherever it stands"
    by_window: dict[int, list[str]] = {}
    for lang, window in d.language_windows.items():
        if window != d.position_window:
            by_window.setdefault(window, []).append(lang)
    parts = [f"{w} in {', '.join(sorted(langs))}" for w, langs in sorted(by_window.items())]
    rest = "every other language" if parts else "every language"
    return "; ".join([*parts, f"{d.position_window} in {rest}"])


def _parameters(comparison: Comparison) -> dict[str, Any]:
    return {
        "stance window (tokens from an item's or clause's start, by language)": (
            _stance_windows(comparison)
        ),
        "thin share (a theme below this share of a section's items, or in one item, is thin)": (
            THIN_SHARE
        ),
        "similar pairs listed": _default(top_similar_pairs, "top"),
        "keyness terms per side": _default(keyness, "top"),
        "similarity": "TF-IDF cosine over stems (stop words and numbers removed)",
        "keyness": "log-likelihood G2 (Dunning 1993), signed; chi-square p beside it",
    }


@functools.cache
def _plotlyjs() -> str:
    from plotly.offline import get_plotlyjs

    js = get_plotlyjs()
    if re.search(r"</script|<!--", js, re.IGNORECASE):  # would end the <script> early
        raise PolcompareError("plotly.js", "bundle holds '</script' or '<!--'; cannot inline it")
    return js


def _versions() -> dict[str, str]:
    import plotly

    found = re.search(r"plotly\.js v([\w.\-]+)", _plotlyjs()[:200])
    return {
        "polcompare": __version__,
        "python": platform.python_version(),
        "pandas": pd.__version__,
        "plotly": plotly.__version__,
        "plotly.js": found.group(1) if found else "unknown",
    }


# --- render --------------------------------------------------------------------------------


def _doc_langs(data: ReportData) -> dict[str, str]:
    """Each document's language: an item in another is marked as such (``lang``, ``lg``)."""
    return dict(zip(data.documents["doc_id"], data.documents["lang"], strict=True))


def _item_views(data: ReportData, doc_ids: Iterable[str]) -> dict[str, list[dict]]:
    """Per document of ``doc_ids``: sections, each a list of runs of items under one sub-heading."""
    wanted = set(doc_ids)
    if not wanted:
        return {}
    items = data.items[data.items["doc_id"].isin(wanted)]
    # the texts show every taxonomy's themes and matches (Oslo, then policy, then stance);
    # the version pairs compare the Oslo ones (``segments``)
    every, spans, order = _every_taxonomy(data.comparison, set(items["item_id"]))
    oap = spans.get("oap", {})
    notes: dict[str, list[dict]] = {}
    for row in data.footnotes.itertuples(index=False):
        if row.item_id:
            notes.setdefault(row.item_id, []).append({"number": row.number, "text": row.text})
    titles = _section_titles(data)

    out: dict[str, list[dict]] = {}
    doc_lang = _doc_langs(data)
    for doc_id, frame in items.groupby("doc_id", sort=False):
        frame_lang = doc_lang[doc_id]
        sections: list[dict] = []
        for row in frame.itertuples(index=False):
            if not sections or sections[-1]["name"] != row.section:
                sections.append(
                    {
                        "name": row.section,
                        "title": titles.get((doc_id, row.section), ""),
                        "groups": [],
                        "count": 0,
                    }
                )
            section = sections[-1]
            section["count"] += 1
            heading = row.heading or ""
            if not section["groups"] or section["groups"][-1]["heading"] != heading:
                section["groups"].append({"heading": heading, "items": []})
            section["groups"][-1]["items"].append(
                {
                    "item_id": row.item_id,
                    "key": item_label(row.section, row.number, row.letter),
                    "kind": row.kind,
                    "lang": row.lang if row.lang != frame_lang else "",
                    "marker": row.marker,
                    "date": row.date,
                    "lines": line_label(int(row.start_line), int(row.end_line)),
                    "start_line": int(row.start_line),
                    "end_line": int(row.end_line),
                    "segments": highlight_segments(row.text, oap.get(row.item_id, []), order),
                    "all_themes": every.get(row.item_id, []),
                    "marks": highlight_segments(
                        row.text,
                        [s for by in spans.values() for s in by.get(row.item_id, [])],
                        order,
                    ),
                    "notes": notes.get(row.item_id, []),
                }
            )
        out[doc_id] = sections
    return out


Spans = dict[str, list[tuple[int, int, str]]]  # item_id -> (start, end, theme) of its matches


def _every_taxonomy(
    c: Comparison, ids: set[str]
) -> tuple[dict[str, list[str]], dict[str, Spans], dict[str, int]]:
    """Per item of ``ids``: its themes in every taxonomy, its matches per taxonomy, their order."""
    themes: dict[str, list[str]] = {}
    spans: dict[str, Spans] = {}
    order: dict[str, int] = {}
    for name, tagged in c.tagged.items():
        for theme in tagged.dictionary.themes:
            order.setdefault(theme, len(order))
        part = tagged.items[tagged.items["item_id"].isin(ids)]
        for item_id, value in zip(part["item_id"], part["themes"], strict=True):
            themes.setdefault(item_id, []).extend(split_themes(value))
        ev = tagged.evidence[tagged.evidence["item_id"].isin(ids)]
        own = spans[name] = {}
        for item_id, s, e, t in ev[["item_id", "start", "end", "theme"]].itertuples(index=False):
            own.setdefault(item_id, []).append((int(s), int(e), t))
    return themes, spans, order


def _section_titles(data: ReportData) -> dict[tuple[str, str], str]:
    """(doc_id, section) -> the section's or part's title."""
    return {
        (h.doc_id, h.section): h.text
        for h in data.headings.itertuples(index=False)
        if h.kind in ("section", "part")
    }


def _cell(value: Any) -> Any:
    """Return a table cell as a reader sees it: missing values (None, NaN) are empty."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return value


def _oap_rows(agreement: pd.DataFrame) -> pd.DataFrame:
    """Return theme_agreement's Oslo Action Plan rows: what the report's agreement part shows."""
    return agreement[agreement["taxonomy"] == "oap"]


def _mean_agreement(agreement: pd.DataFrame) -> tuple[int, float | None]:
    """Return the items with a theme in either version and their mean Jaccard (None: none).

    Two items with no theme agree (Jaccard 1); when no item of either version carries one
    there is nothing to agree on, and "mean Jaccard 1.000" would say the opposite. The mean
    is of the items with a theme in either version: those with none in both would pull it
    towards 1 however the themed ones differ.
    """
    themed = agreement[(agreement["themes_a"] != "") | (agreement["themes_b"] != "")]
    return len(themed), float(themed["jaccard"].mean()) if len(themed) else None


def _records(frame: pd.DataFrame | None) -> list[dict]:
    if frame is None:
        return []
    return [{k: _cell(v) for k, v in r.items()} for r in frame.to_dict(orient="records")]


def _gap_rows(gaps: pd.DataFrame, group: str) -> list[dict]:
    """One row per theme of a group; one cell per section (status, count, item keys)."""
    part = gaps[gaps["group"] == group]
    rows: dict[str, dict] = {}
    for r in part.itertuples(index=False):
        row = rows.setdefault(r.theme, {"theme": r.theme, "cells": []})
        row["cells"].append(
            {
                "section": r.section,
                "status": r.status,
                "n": int(r.items_with_theme),
                "of": int(r.n_items),
                "share": float(r.share),
                "keys": r.items.replace(";", ", "),
            }
        )
    return list(rows.values())


#: What each role is called on the page.
ROLE_NAMES = {
    "paper": "position paper",
    "version": "its other language version",
    "conclusions": "conclusions compared with it",
}

#: Meta fields shown at a document's head, in order, with their names.
META_FIELDS = {
    "title": "title",
    "doc_number": "document number",
    "date": "date",
    "body": "body",
    "meeting": "meeting",
}


def _similarity_as_table(c: Comparison) -> bool:
    """Too many documents in one language comparison for a heatmap of their similarity."""
    sim = c.document_similarity
    return len(set(sim["doc_a"]) | set(sim["doc_b"])) > SIMILARITY_HEATMAP_DOCS


def _doc_pairs(c: Comparison) -> list[dict]:
    """Return the most similar pairs of documents, each pair once (too many for a heatmap)."""
    sim = c.document_similarity
    if not len(sim):
        return []
    pairs = sim.sort_values("cosine", ascending=False, kind="stable")
    pairs = pairs.head(SIMILAR_DOC_PAIRS).reset_index(drop=True)
    return [
        {"rank": k + 1, "doc_a": r.doc_a, "doc_b": r.doc_b, "lang": r.lang, "cosine": r.cosine}
        for k, r in enumerate(pairs.itertuples(index=False))
    ]


def _doc_views(data: ReportData, views: dict[str, list[dict]], *, lazy: bool = False) -> list[dict]:
    roles = data.comparison.roles
    languages = sorted(
        set().union(*(t.dictionary.languages for t in data.comparison.tagged.values()))
    )
    out = []
    for k, d in enumerate(data.comparison.documents):
        doc_roles = [
            {"role": ROLE_NAMES[r], "reason": roles.reasons.get(r, "")}
            for r, doc_id in roles.as_dict().items()
            if doc_id == d.doc_id
        ]
        out.append(
            {
                "doc_id": d.doc_id,
                "anchor": f"doc-{k + 1}",
                "index": k,
                "lang": d.lang,
                "doc_type": d.doc_type,
                "doc_type_reason": d.doc_type_reason,
                "meta": [
                    (name, d.meta[key]) for key, name in META_FIELDS.items() if d.meta.get(key)
                ],
                "path": str(d.path),
                "items": len(d.items),
                "no_items": d.no_items_reason(),
                "sections": [] if lazy else views.get(d.doc_id, []),
                "lazy": lazy,
                "roles": doc_roles,
                "color": data.colors.get(d.doc_id, "#888888"),
                "dictionary_note": ""
                if d.lang in languages
                else (
                    f"the dictionaries have no patterns in {d.lang} (they have "
                    f"{', '.join(languages)}): its items get no themes (column tag_status)"
                ),
            }
        )
    return out


def _blob_tables(data: ReportData) -> dict[str, dict]:
    """Return the tables a reader can download: columns, rows, and what filters each row.

    ``ids``: per row, the item ids it is about (kept when one is shown);
    ``docs``: per row, its document (kept when the document is selected).
    """
    c = data.comparison
    paper_ids: dict[tuple, str] = {}
    if c.roles.paper:
        part = c.items[c.items["doc_id"] == c.roles.paper]
        paper_ids = dict(
            zip(zip(*(part[k] for k in KEY), strict=True), part["item_id"], strict=True)
        )
    tables = {name: frame for name, frame in c.tables.items() if name in c.present}
    tables["document_similarity"] = c.document_similarity
    tables["document_keyness"] = c.document_keyness
    evidence = [
        t.evidence[["doc_id", "item_id", "theme", "match", "pattern", "start", "end"]].assign(
            taxonomy=name
        )
        for name, t in c.tagged.items()
    ]
    tables["evidence"] = pd.concat(evidence, ignore_index=True)
    tables["inputs"] = data.inputs.merge(
        data.documents.drop(columns=["lang", "doc_type", "encoding"]), on="doc_id"
    )
    position = {item_id: k for k, item_id in enumerate(c.items["item_id"])}
    doc_index = {doc_id: k for k, doc_id in enumerate(c.doc_ids)}

    def at(item_id: Any) -> int:
        return position.get(item_id, -1)

    out = {}
    for name, frame in tables.items():
        entry: dict[str, Any] = {
            "columns": list(frame.columns),
            "n": len(frame),
            "cols": [_column([_cell(v) for v in frame[col].tolist()]) for col in frame.columns],
        }
        if "item_id" in frame:
            entry["ids"] = [[at(i)] for i in frame["item_id"]]
        elif "item_id_a" in frame:
            entry["ids"] = [
                [at(a), at(b)] for a, b in zip(frame["item_id_a"], frame["item_id_b"], strict=True)
            ]
        elif set(KEY) <= set(frame.columns) and paper_ids:
            entry["ids"] = [
                [at(paper_ids.get(k, ""))] for k in zip(*(frame[c] for c in KEY), strict=True)
            ]
        if "doc_id" in frame:
            entry["docs"] = [doc_index.get(d, -1) for d in frame["doc_id"]]
        elif "doc_a" in frame:
            entry["docs"] = [doc_index.get(d, -1) for d in frame["doc_a"]]
        out[name] = entry
    return out


def _column(values: list) -> Any:
    """Return a table column for the page: its values, or distinct strings and a code per row."""
    if len(values) > 1 and all(isinstance(v, str) for v in values):
        distinct = list(dict.fromkeys(values))
        if 2 * len(distinct) <= len(values):
            code = {v: k for k, v in enumerate(distinct)}
            return {"v": distinct, "c": [code[v] for v in values]}
    return values


def _blob_items(data: ReportData) -> list[dict]:
    """Per item: id, document index, section, key, and its themes in every taxonomy."""
    c = data.comparison
    index = {doc_id: k for k, doc_id in enumerate(c.doc_ids)}
    doc_lang = _doc_langs(data)
    themes = {name: list(t.items["themes"].map(split_themes)) for name, t in c.tagged.items()}
    unread = {name: list(t.items["tag_status"].isin(UNREAD)) for name, t in c.tagged.items()}
    notes: dict[str, list[list]] = {}
    for note in data.footnotes.itertuples(index=False):
        if note.item_id:
            notes.setdefault(note.item_id, []).append([_cell(note.number), note.text])
    rows = []
    for k, row in enumerate(c.items.itertuples(index=False)):
        entry = {
            "id": row.item_id,
            "d": index[row.doc_id],
            "s": row.section,
            "k": item_label(row.section, row.number, row.letter),
            "t": {name: themes[name][k] for name in themes},
            "x": row.text,
            "kd": row.kind,
            "ln": line_label(int(row.start_line), int(row.end_line)),
        }
        if row.lang != doc_lang[row.doc_id]:  # a paragraph in another language than its text's
            entry["lg"] = row.lang
        not_read = [name for name in unread if unread[name][k]]
        if not_read:  # the taxonomies whose dictionary did not read it (its language)
            entry["u"] = not_read
        if _cell(row.heading):
            entry["h"] = row.heading
        if _cell(row.date):
            entry["dt"] = row.date
        if row.item_id in notes:
            entry["n"] = notes[row.item_id]
        rows.append(entry)
    return rows


def _out_of_context(c: Comparison) -> list[dict]:
    """Documents the ``oap`` context rule held every item of back: ``doc_id, n`` (items)."""
    tagged = c.tagged.get("oap")
    if tagged is None or not len(tagged.items):
        return []
    items = tagged.items
    held = (
        items["tag_status"]
        .eq(OUT_OF_CONTEXT)
        .groupby(items["doc_id"], sort=False)
        .agg(["all", "size"])
    )
    return [{"doc_id": d, "n": int(r["size"])} for d, r in held.iterrows() if r["all"]]


def _unread(c: Comparison) -> list[dict]:
    """Per document with items no dictionary read: ``doc_id, lang, n`` (items), ``taxonomies``."""
    out: dict[str, dict] = {}
    for name, tagged in c.tagged.items():
        items = tagged.items[tagged.items["tag_status"].isin(UNREAD)]
        for doc_id, part in items.groupby("doc_id", sort=False):
            row = out.setdefault(
                doc_id,
                {"doc_id": doc_id, "lang": part["lang"].iloc[0], "n": 0, "taxonomies": []},
            )
            row["n"] = max(row["n"], len(part))
            row["taxonomies"].append(name)
    for row in out.values():
        row["all"] = row["n"] == int((c.items["doc_id"] == row["doc_id"]).sum())
    return list(out.values())


def _borrowed(c: Comparison) -> list[dict]:
    """Per language of items read with a fallback language's patterns: ``lang, docs, n``."""
    out: dict[str, dict] = {}
    for tagged in c.tagged.values():
        items = tagged.items[tagged.items["tag_status"] == FALLBACK]
        for lang, part in items.groupby("lang", sort=False):
            row = out.setdefault(lang, {"lang": lang, "docs": 0, "n": 0})
            row["docs"] = max(row["docs"], part["doc_id"].nunique())
            row["n"] = max(row["n"], len(part))
    return list(out.values())


def _unread_languages(unread: list[dict]) -> list[dict]:
    """Per language of :func:`_unread`'s documents: ``lang, docs, items``, most documents first."""
    out: dict[str, dict] = {}
    for row in unread:
        entry = out.setdefault(row["lang"], {"lang": row["lang"], "docs": 0, "items": 0})
        entry["docs"] += 1
        entry["items"] += row["n"]
    return sorted(out.values(), key=lambda e: -e["docs"])


def _paired(align: pd.DataFrame, row: dict, side: str) -> str:
    """Return the item id on ``side`` of the pair keyed as ``row``, or "" (none)."""
    key = tuple(row[k] for k in KEY)
    return str(align.at[key, side]) if key in align.index else ""


def _view(data: ReportData) -> dict[str, Any]:
    """Arrange the computed tables for the template (no new numbers)."""
    t = data.tables
    roles = data.roles
    c = data.comparison
    written = list(c.doc_ids) if len(c.doc_ids) <= OPEN_DOCS else []
    views = _item_views(data, [*written, *(d for d in (roles["paper"], roles["version"]) if d)])
    segs = {
        item["item_id"]: item["segments"]
        for sections in views.values()
        for s in sections
        for g in s["groups"]
        for item in g["items"]
    }
    taxonomies = []
    for name, tagged in c.tagged.items():
        d = tagged.dictionary
        groups = [
            {
                "name": g,
                "themes": [
                    {"theme": th, "label": data.labels.get(th, th), "color": data.colors[th]}
                    for th in d.themes
                    if d.groups.get(th, "") == g
                ],
            }
            for g in dict.fromkeys(d.groups.get(th, "") for th in d.themes)
        ]
        noun = TAXONOMY_NOUN.get(name, name)
        title = noun[0].upper() + noun[1:] + ("" if noun.endswith("s") else "s")
        n_tagged = c.carrying[name]
        taxonomies.append(
            {"name": name, "noun": noun, "title": title, "groups": groups, "n_tagged": n_tagged}
        )
    # The filter opens at the first taxonomy that tags any item: a sanctions corpus is not met
    # by fourteen Oslo themes at zero.
    opened = next((t for t in taxonomies if t["name"] == c.first_carrying), None)
    view: dict[str, Any] = {
        "carrying": _carrying_sentence(taxonomies),
        "data": data,
        "roles": roles,
        "role_warnings": [*data.comparison.roles.notes, *data.comparison.notes],
        "role_notes": [
            {"role": ROLE_NAMES[r], "doc_id": doc_id, "reason": c.roles.reasons.get(r, "")}
            for r, doc_id in roles.items()
            if doc_id
        ],
        "docs": _doc_views(data, views, lazy=not written),
        "docs_index": {doc_id: k for k, doc_id in enumerate(c.doc_ids)},
        "open_docs": bool(written),
        "languages": sorted(set(data.documents["lang"])),
        # the filter offers the items' languages: a document may hold a paragraph in another
        "item_languages": sorted({*data.items["lang"], *data.documents["lang"]}),
        "documents": _records(data.documents),
        "inputs": _records(data.inputs),
        "dictionaries": _records(data.dictionaries),
        "themes": _records(data.themes),
        "taxonomies": taxonomies,
        "opened_taxonomy": opened["name"] if opened else None,
        "labels": data.labels,
        "theme_color": {k: v for k, v in data.colors.items() if k in data.labels},
        "theme_ink": {k: charts.ink(v) for k, v in data.colors.items() if k in data.labels},
        "unparsed": {
            doc_id: [
                {**r, "lines": line_label(int(r["start_line"]), int(r["end_line"]))}
                for r in _records(frame)
            ]
            for doc_id, frame in data.unparsed.groupby("doc_id", sort=False)
        },
        "total_items": len(data.items),
        "figures": set(data.figures),
        "thin_share": THIN_SHARE,
        "chart_docs": CHART_DOCS,
        "chart_groups": CHART_GROUPS,
        "same_language": len(c.document_similarity) > 0,
        "keyness_docs": list(dict.fromkeys(c.document_keyness["doc_id"])),
        "doc_pairs": _doc_pairs(c) if _similarity_as_table(c) else [],
        "n_doc_pairs": len(c.document_similarity),
        "unread": _unread(c),
        "borrowed": _borrowed(c),
        "out_of_context": _out_of_context(c),
        "list_docs": LIST_DOCS,
        "table_docs": TABLE_DOCS,
        # (type, count), the most frequent first, ties in order of appearance
        "type_counts": Counter(data.documents["doc_type"]).most_common(),
    }
    view["unread_langs"] = _unread_languages(view["unread"])
    if data.validation is not None:
        view["validation"] = _validation_view(data)
    if data.series is not None:
        view["series"] = _series_view(data.series)
    if roles["paper"]:
        gaps = t["gaps"]
        view["gap_sections"] = list(dict.fromkeys(gaps["section"]))
        view["gap_groups"] = [
            {"group": g, "rows": _gap_rows(gaps, g)} for g in dict.fromkeys(gaps["group"])
        ]
        view["gap_counts"] = gaps["status"].value_counts().to_dict()
        view["flow"] = _records(t["section_flow"])
        view["flow_sections"] = [c for c in POSITION_SECTIONS if c in t["section_flow"]]
        paper_sections = c.items.loc[c.items["doc_id"] == roles["paper"], "section"]
        view["paper_sections"] = list(dict.fromkeys(paper_sections))
        view["paper_doc_type"] = str(c.items.loc[paper_sections.index, "doc_type"].iloc[0])
        view["paper_has_oslo"] = bool((gaps["items_with_theme"] > 0).any())
    if roles["paper"] and roles["conclusions"]:
        view["shared"] = {
            name: {
                "rows": _records(t[f"shared_{name}"]),
                "by_status": {
                    s: list(t[f"shared_{name}"].query("status == @s")["theme"])
                    for s in ("shared", "only_a", "only_b", "neither")
                },
            }
            for name in ("policy", "stance")
        }
        view["pairs"] = _records(t["similar_pairs"])
        view["keyness"] = t["keyness"]
    if roles["paper"] and roles["version"]:
        by_taxonomy = dict(tuple(t["theme_agreement"].groupby("taxonomy", sort=False)))
        view["agreement_other"] = {
            f"{TAXONOMY_NOUN.get(name, name)}s": _mean_agreement(part)
            for name, part in by_taxonomy.items()
            if name != "oap"
        }
        agreement = _oap_rows(t["theme_agreement"])
        differing = agreement[agreement["jaccard"] < 1]
        # the pairs, by the key of a's item (an unpaired item of b may carry the same key)
        align = (
            t["alignment"]
            .dropna(subset=["item_id_a", "item_id_b"])
            .drop_duplicates(subset=KEY)
            .set_index(KEY)
        )
        view["alignment_counts"] = t["alignment"]["status"].value_counts().to_dict()
        view["agreement_n"] = len(agreement)
        view["agreement_themed"], view["mean_jaccard"] = _mean_agreement(agreement)
        # Pairs the context rule held back in both versions are not compared (theme_agreement).
        status = c.tagged["oap"].items.set_index("item_id")["tag_status"]
        pairs = t["alignment"].dropna(subset=["item_id_a", "item_id_b"])
        view["agreement_held"] = int(
            (
                pairs["item_id_a"].map(status).eq(OUT_OF_CONTEXT)
                & pairs["item_id_b"].map(status).eq(OUT_OF_CONTEXT)
            ).sum()
        )
        # Items of a language the dictionary lacks are not compared (theme_agreement): say so.
        oap = c.tagged["oap"].items
        untagged = oap[
            oap["doc_id"].isin([roles["paper"], roles["version"]]) & oap["tag_status"].isin(UNREAD)
        ]
        view["agreement_untagged"] = {
            doc_id: (len(part), part["lang"].iloc[0])
            for doc_id, part in untagged.groupby("doc_id", sort=False)
        }
        view["oap_languages"] = ", ".join(c.tagged["oap"].dictionary.languages)
        view["differing"] = [
            {
                **r,
                "key": item_label(r["section"], r["number"], r["letter"]),
                "only_a": split_themes(r["only_a"]),
                "only_b": split_themes(r["only_b"]),
                "seg_a": segs.get(_paired(align, r, "item_id_a"), []),
                "seg_b": segs.get(_paired(align, r, "item_id_b"), []),
            }
            for r in _records(differing)
        ]
        facts = t["facts"]
        if set(KEY) <= set(facts.columns):
            facts = facts.assign(item=item_labels(facts))
        if "status" in facts:  # mismatches first, text order otherwise
            facts = facts.sort_values("status", key=lambda c: c.eq("match"), kind="stable")
        known = ["item", "kind", "value", "status", "count_a", "count_b"]
        known += ["surface_a", "surface_b", "reason"]
        hidden = {*KEY, "item_id_a", "item_id_b"}
        columns = [c for c in known if c in facts]
        columns += [c for c in facts.columns if c not in columns and c not in hidden]
        view["facts_columns"] = columns
        view["facts_rows"] = _records(facts[columns])
        view["facts_counts"] = facts["status"].value_counts().to_dict() if "status" in facts else {}
        view["aligned"] = aligned_pairs(  # items side by side (issue 15)
            t["alignment"],
            c.items_of(roles["paper"]),
            c.items_of(roles["version"]),
            (roles["paper"], roles["version"]),
        )
    return view


#: Disagreements listed in the report's "Validation" part (`polcompare agreement --disagreements`
#: writes them all).
VALIDATION_ROWS = 200


def _validation_view(data: ReportData) -> dict[str, Any]:
    """Arrange the "Validation" part: agreement per theme, items coders and dictionary dispute."""
    result = data.validation
    assert result is not None
    table = result.table
    dis = result.disagreements.head(VALIDATION_ROWS)
    # an item of the documents links to its place in "The texts" (a sheet's item the
    # documents lack, coded on another version of them, stays plain text)
    known = set(data.comparison.items["item_id"])
    dis = dis.assign(linked=[i in known for i in dis["item_id"]])
    return {
        "taxonomy": data.validation_taxonomy,
        "coders": result.coders,
        "rows": _records(table),
        "f1_columns": [c for c in table.columns if c.startswith("f1_")],
        "disagreements": _records(dis),
        "n_disagreements": len(result.disagreements),
        # coded items in a language the dictionary lacks: out of its scores
        "not_read": int(table["not_read"].iloc[-1]) if len(table) else 0,
        "sheets": _records(data.validation_sheets),
    }


def _series_view(s: Any) -> dict[str, Any]:
    """Arrange a Series for the template: documents, flows, theme rows with their items."""
    flows = s.flows.copy()
    flows["earlier_key"] = flows["earlier_label"]
    flows["later_key"] = flows["later_label"]
    themes = s.themes[s.themes["items"] > 0].copy()
    themes["ids"] = themes["item_ids"].map(split_themes)
    strong = s.intensity[s.intensity["matches"] > 0].copy()
    strong["ids"] = strong["item_ids"].map(split_themes)
    return {
        "documents": _records(s.documents),
        "languages": list(s.languages),
        "counts": _records(s.flow_counts),
        "flows": _records(flows[flows["status"] != "kept"]),
        "kept": int((flows["status"] == "kept").sum()),
        "themes": _records(themes),
        "intensity": _records(strong),
        "positions": _records(s.positions),
        "words": [
            {
                "lang": lang,
                "left": ", ".join(model.words["word"].head(12)),
                "right": ", ".join(model.words["word"].tail(12)[::-1]),
                "loglik": model.loglik,
                "iterations": model.iterations,
                "converged": model.converged,
            }
            for lang, model in s.models.items()
        ],
        "notes": list(s.notes),
        "steps": len(s.flow_counts),
    }


def _blob(data: ReportData) -> dict[str, Any]:
    """Return what the page's script reads: figures, items and their themes, tables, labels."""
    c = data.comparison
    figures = dict(data.figures)
    if _similarity_as_table(c):
        figures.pop("doc_similarity", None)
    blob = _figure_blob(figures)
    blob["colors"] = data.colors
    blob["labels"] = data.labels
    blob["order"] = {name: list(t.dictionary.themes) for name, t in c.tagged.items()}
    blob["significant"] = charts.SIGNIFICANT  # keyness terms above it are drawn pale
    titles: dict[str, dict[str, str]] = {}
    for (doc_id, section), title in _section_titles(data).items():
        titles.setdefault(doc_id, {})[section] = title
    blob["docs"] = [
        {"id": d.doc_id, "lang": d.lang, "type": d.doc_type, "titles": titles.get(d.doc_id, {})}
        for d in c.documents
    ]
    # The page recomputes these charts' traces from the items: only their layouts are needed,
    # and a heatmap's style (its trace without the numbers).
    for name, spec in blob["figures"].items():
        if name.endswith(("coverage_docs", "_profiles", "heatmap")):
            spec["data"] = [
                {k: v for k, v in trace.items() if k not in ("x", "y", "z", "text", "customdata")}
                for trace in spec["data"]
                if trace.get("type") == "heatmap"
            ]
    blob["ink"] = {k: charts.ink(v) for k, v in data.colors.items() if k in data.labels}
    blob["chart_docs"] = CHART_DOCS
    blob["profile_bars"] = PROFILE_BARS
    blob["not_read"] = NOT_READ
    blob["not_applied"] = NOT_APPLIED
    blob["out_of_context"] = [d["doc_id"] for d in _out_of_context(c)]
    blob["heat_hover"] = {"across": ACROSS_HOVER, "down": DOWN_HOVER}
    blob["label_line"] = charts.LABEL_LINE
    blob["label_line_min"] = charts.LABEL_LINE_MIN
    blob["label_char_px"] = charts.LABEL_CHAR_PX
    blob["chart_px"] = charts.CHART_PX
    blob["bar_px"] = charts.BAR_PX
    blob["chart_groups"] = CHART_GROUPS
    blob["palette"] = list(charts.DOC_PALETTE)
    blob["roles"] = data.roles
    blob["items"] = _blob_items(data)
    blob["tables"] = _blob_tables(data)
    agreement = _oap_rows(c.theme_agreement)
    if c.roles.version and len(agreement):
        part = c.items[c.items["doc_id"] == c.roles.paper]
        ids = dict(zip(zip(*(part[k] for k in KEY), strict=True), part["item_id"], strict=True))
        blob["agreement"] = [
            {
                "id": ids.get((r.section, r.number, r.letter), ""),
                "k": item_label(r.section, r.number, r.letter),
                "s": r.section,
                "j": float(r.jaccard),
                "a": charts.only_themes(r.only_a),
                "b": charts.only_themes(r.only_b),
            }
            for r in agreement.itertuples(index=False)
        ]
    return blob


def _round_floats(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, _DECIMALS)
    if isinstance(obj, dict):
        return {k: _round_floats(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_round_floats(v) for v in obj]
    return obj


def script_json(obj: Any) -> str:
    """Return JSON that is safe inside ``<script>``: ``<``, ``>``, ``/`` and ``&`` escaped.

    Numpy arrays and pandas objects are encoded as plotly encodes them.
    """
    from plotly.io.json import to_json_plotly

    text = to_json_plotly(obj, engine="json")
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("/", "\\u002f"), ("&", "\\u0026")):
        text = text.replace(char, code)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _figure_blob(figures: dict[str, go.Figure]) -> dict[str, Any]:
    """Figure specs without their templates; each distinct template is kept once."""
    templates: list[Any] = []
    seen: dict[str, int] = {}
    specs = {}
    for name, fig in figures.items():
        spec = fig.to_plotly_json()
        layout = dict(spec.get("layout", {}))
        template = layout.pop("template", None)
        ref = None
        if template is not None:
            key = json.dumps(template, sort_keys=True, default=str)
            if key not in seen:
                seen[key] = len(templates)
                templates.append(template)
            ref = seen[key]
        specs[f"chart-{name}"] = {
            "data": _round_floats(spec.get("data", [])),
            "layout": _round_floats(layout),
            "template": ref,
        }
    return {"figures": specs, "templates": templates}


@functools.cache
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("polcompare.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # A share or score that is not there (NaN: nothing read) shows as a dash, never "nan%".
    env.filters["pct"] = lambda x: "–" if x is None or x != x else f"{100 * float(x):.0f}%"
    env.filters["num"] = lambda x, d=2: "–" if x is None or x != x else f"{float(x):.{d}f}"
    return env


def render_report(data: ReportData) -> str:
    """Render the report as one HTML page (a string).

    Parameters
    ----------
    data : ReportData
        From :func:`build_report`.

    Returns
    -------
    str
        The page: plotly.js inline once, figures as escaped JSON, all
        document text escaped.
    """
    from markupsafe import Markup

    text = script_json(_blob(data))
    encoding = "json"
    if len(text) > COMPRESS_DATA:
        # base64 holds no "<", ">" or "&": the text stays out of the HTML as before
        packed = gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0)
        text, encoding = base64.b64encode(packed).decode("ascii"), "gzip-base64"
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            **_view(data),
            plotly_js=Markup(_plotlyjs()),
            report_json=Markup(text),
            report_encoding=encoding,
        )
    )


def report(
    docs: Comparison | Iterable[Document],
    path: str | Path | None = None,
    *,
    paper: str | None = None,
    versions: Sequence[str] | str | None = None,
    conclusions: str | None = None,
    sheets: Sequence[str | Path] | None = None,
    sheets_taxonomy: str = "oap",
    series: Any = None,
    dictionaries: Mapping[str, Any] | None = None,
    fallback_lang: str | Sequence[str] | None = None,
) -> ReportData:
    """Build the report of documents or a Comparison; write it to ``path`` when given.

    ``polcompare.report(docs, "reports/report.html")`` is
    :func:`build_report` then :func:`write_report`.

    Returns
    -------
    ReportData
    """
    data = build_report(
        docs,
        paper=paper,
        versions=versions,
        conclusions=conclusions,
        sheets=sheets,
        sheets_taxonomy=sheets_taxonomy,
        series=series,
        dictionaries=dictionaries,
        fallback_lang=fallback_lang,
    )
    if path is not None:
        write_report(data, path)
    return data


def write_report(data: ReportData, path: str | Path) -> Path:
    """Render the report and write it atomically.

    The page goes to a temporary file in the target folder (created if
    missing), then replaces ``path`` in one rename: a reader never sees half
    a report, and a failed run leaves the previous one in place.

    Parameters
    ----------
    data : ReportData
        From :func:`build_report`.
    path : str or Path
        The HTML file to write.

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    PolcompareError
        When ``path`` is one of the input documents or a folder.
    """
    page = render_report(data)
    return atomic_write(path, lambda fh: fh.write(page), inputs=data.inputs["path"])
