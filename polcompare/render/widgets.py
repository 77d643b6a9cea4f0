"""The notebook side: filtering tagged items and an ipywidgets explorer.

:func:`filter_items` is a pure, vectorised filter over tagged items (the
explorer and the benchmark call it); :func:`prepare_items` precomputes the
lowercase search text once so that repeated filtering stays fast.
:func:`explore` builds the :class:`Explorer` of a
:class:`~polcompare.compare.Comparison` for a notebook cell: controls
that filter, a plotly ``FigureWidget`` of theme counts drawn with
:func:`polcompare.render.charts.theme_counts`, a table of the matched items with
the words behind each theme highlighted, and an item's language versions
side by side. The explorer only filters what the comparison computed (its
tagged items, its roles' language versions); every figure comes from
:mod:`polcompare.render.charts`.

:func:`init_notebook` makes plotly figures render in JupyterLab and in HTML
exported with nbconvert without any network access.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

import ipywidgets
import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.io.base_renderers import NotebookRenderer

from ..compare import Comparison, compare
from ..errors import DictionaryError, PolcompareError
from ..items import KEY, item_label, line_label, split_themes
from ..themes import theme_label
from ..themes.tag import OUT_OF_CONTEXT, UNREAD
from . import charts
from .highlight import ACCENTS, LETTERS, SEARCH, fold, highlight_segments, search_spans

__all__ = ["ALL", "Explorer", "explore", "filter_items", "init_notebook", "prepare_items"]

#: The dropdown option that switches a filter off.
ALL = "all"

#: Rows the explorer's table and item list show at most (the counts cover every item).
MAX_ROWS = 200

#: Column :func:`prepare_items` adds: heading and text, case-folded, accents dropped.
SEARCH_COLUMN = "search_text"

_OFFLINE_RENDERER = "polcompare_offline"


# --- filtering --------------------------------------------------------------------------


def _search_text(items: pd.DataFrame) -> pd.Series:
    """Return :func:`~.highlight.fold` of each item's heading and text, column-wise."""
    heading = items["heading"].fillna("") if "heading" in items else ""
    joined = heading + "\n" + items["text"].fillna("")
    folded = joined.str.normalize("NFD").str.replace(ACCENTS, "", regex=True).str.casefold()
    return folded.str.translate(LETTERS)


def prepare_items(items: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of tagged items with their search text precomputed.

    Case-folding 10,000 item texts takes tens of milliseconds, more than the
    rest of :func:`filter_items` together; do it once here and filter the
    result as often as needed.

    Parameters
    ----------
    items : DataFrame
        Items with ``text`` (and usually ``heading``), e.g. ``tag(...).items``.

    Returns
    -------
    DataFrame
        The items' columns plus ``search_text``: ``heading`` and ``text``
        joined by a newline, case-folded, accents dropped. Rebuild it if you change the texts.
    """
    out = items.copy()
    # Plain Python strings (object dtype): read without conversion whatever backs pandas' str.
    out[SEARCH_COLUMN] = pd.Series(
        _search_text(items).to_numpy(dtype=object), index=items.index, dtype=object
    )
    return out


def _theme_mask(values: pd.Series, chosen: frozenset[str]) -> np.ndarray:
    """Rows whose ``;``-joined themes include any chosen theme (one test per distinct value)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    hit = np.fromiter(
        (not chosen.isdisjoint(split_themes(u)) for u in uniques),
        dtype=bool,
        count=len(uniques),
    )
    return hit[codes]


def filter_items(
    items: pd.DataFrame,
    *,
    themes: Iterable[str] = (),
    section: str | None = None,
    doc_id: str | None = None,
    lang: str | None = None,
    query: str = "",
) -> pd.DataFrame:
    """Select the tagged items that pass every given filter.

    An item passes when it carries any of ``themes`` (none given: every
    item passes), is in ``section``, ``doc_id`` and ``lang`` when these are
    given, and contains ``query`` in its text or heading, ignoring case and
    accents ("atminesana" finds "atmīnēšana"; runs of white space in the
    query count as one space).

    The theme test runs once per distinct ``themes`` value, the section,
    document and language tests are array comparisons, and the query is
    looked for only in the items that pass the others, in the
    ``search_text`` column of :func:`prepare_items` when present (else the
    heading and text are case-folded on the fly). On 10,000 prepared items
    a call takes about 10 ms (mostly copying the passing rows); a query
    without ``search_text`` adds 40 to 80 ms of case-folding.

    Parameters
    ----------
    items : DataFrame
        Tagged items (``tag(...).items``): ``themes`` joined by ``;``,
        ``section``, ``doc_id``, ``lang``, ``text``, ``heading``.
    themes : iterable of str
        Theme IDs; a single string is one theme.
    section, doc_id, lang : str, optional
        Exact values to keep; ``None`` keeps all.
    query : str
        Words to look for; empty keeps all.

    Returns
    -------
    DataFrame
        The passing rows of ``items``, all columns, original index and order.
    """
    chosen = frozenset([themes] if isinstance(themes, str) else themes)
    mask = np.ones(len(items), dtype=bool)
    if chosen:
        mask &= _theme_mask(items["themes"], chosen)
    for column, value in (("section", section), ("doc_id", doc_id), ("lang", lang)):
        if value is not None:
            mask &= np.asarray(items[column] == value, dtype=bool)
    needle = " ".join(fold(query).split())
    if needle:
        rows = np.flatnonzero(mask)
        if SEARCH_COLUMN in items:
            haystack = items[SEARCH_COLUMN].to_numpy(dtype=object)[rows]
        else:
            haystack = _search_text(items.iloc[rows]).to_numpy(dtype=object)
        found = np.fromiter((needle in s for s in haystack), dtype=bool, count=len(rows))
        mask[rows[~found]] = False
    return items[mask]


# --- rendering helpers ------------------------------------------------------------------


def _highlight(
    text: str,
    evidence: Sequence[tuple[int, int, str]],
    query: str,
    colors: dict[str, str],
) -> str:
    """Escape ``text`` and wrap each run of theme matches and query hits in one ``<mark>``."""
    out: list[str] = []
    run: list = []  # consecutive marked segments

    def close() -> None:
        if not run:
            return
        labels = list(dict.fromkeys(t for seg in run for t in seg.themes))
        themes = [t for t in labels if t != SEARCH]
        title = ", ".join(themes) + ("; " if themes and SEARCH in labels else "")
        title += "search" if SEARCH in labels else ""
        color = colors.get(themes[0], "#ffd54f") if themes else "#ffd54f"
        out.append(
            f'<mark title="{html.escape(title)}" style="background:{color}40;'
            f'border-bottom:2px solid {color};padding:0 1px">'
            f"{html.escape(''.join(seg.text for seg in run))}</mark>"
        )
        run.clear()

    spans = [s for s in evidence if 0 <= s[0] < s[1] <= len(text)] + search_spans(text, query)
    order = {t: k for k, t in enumerate(dict.fromkeys(t for _, _, t in sorted(spans)))}
    for segment in highlight_segments(text, spans, order):
        if segment.themes:
            run.append(segment)
        else:
            close()
            out.append(html.escape(segment.text))
    close()
    return "".join(out)


def _key_label(row) -> str:
    return item_label(row["section"], row["number"], row["letter"])


def _lines(row) -> str:
    return line_label(int(row["start_line"]), int(row["end_line"]))


_TABLE_CSS = (
    "border-collapse:collapse;width:100%;font-size:12px;line-height:1.45;"
    "font-family:var(--jp-content-font-family, sans-serif)"
)
_CELL = "border-bottom:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left"


# --- the explorer -----------------------------------------------------------------------


class Explorer(ipywidgets.VBox):
    """Filter tagged items by theme, section, document, language and words.

    Build it with :func:`explore`. Every control is an attribute, so code
    (and tests) can drive it as a reader does:

    Attributes
    ----------
    taxonomy : ipywidgets.Dropdown
        ``oap``, ``policy`` or ``stance``; changing it shows the items as the
        comparison tagged them with it and resets the theme choice.
    themes : ipywidgets.SelectMultiple
        Theme IDs of the taxonomy; an item passes when it carries any chosen
        theme (none chosen: all items).
    section, document, language : ipywidgets.Dropdown
        ``"all"`` or one value.
    query : ipywidgets.Text
        Words the text or heading must contain, ignoring case.
    summary : ipywidgets.HTML
        How many items pass.
    figure : plotly.graph_objects.FigureWidget
        Theme counts of the passing items (:func:`charts.theme_counts`),
        updated in place.
    table : ipywidgets.HTML
        The passing items (at most :data:`MAX_ROWS`), the words behind each
        theme and the search words in ``<mark>``; all document text escaped.
    item : ipywidgets.Dropdown
        The passing items' ``item_id`` values; the chosen one is shown in
        ``versions``.
    versions : ipywidgets.HTML
        The chosen item beside its other language versions (the
        comparison's :attr:`Roles.versions <polcompare.compare.Roles>`),
        aligned by ``(section, number, letter)``, or a sentence saying there
        is none.
    comparison : Comparison
    docs : list of Document
    filtered : DataFrame
        The passing items (all of them, tagged with the current taxonomy).
    """

    def __init__(self, comparison: Comparison, *, taxonomy: str | None = None) -> None:
        super().__init__()
        taxonomies = list(comparison.tagged)
        if taxonomy is None:
            taxonomy = comparison.first_carrying or "oap"
        if taxonomy not in taxonomies:
            raise DictionaryError(taxonomy, f"unknown taxonomy (expected {', '.join(taxonomies)})")
        self.comparison = comparison
        self.docs = list(comparison.documents)
        self._items = comparison.items
        # Each document of the compared pair is the other's version: the roles list the
        # versions of position papers both ways, but a document given as --versions
        # (versions=) only under the paper, and picking one of its items said it had none.
        self._versions = dict(comparison.roles.versions)
        paper, version = comparison.roles.paper, comparison.roles.version
        if paper and version and paper not in self._versions.get(version, ()):
            self._versions[version] = (paper, *self._versions.get(version, ()))
        self._keys = dict(
            zip(
                zip(*(self._items[c] for c in ("doc_id", *KEY)), strict=True),
                self._items["item_id"],
                strict=True,
            )
        )
        # The paper's items and its version's as the comparison paired them (by key, or by
        # content when the version's numbering differs): item -> {other document: partners}.
        self._pairs: dict[str, dict[str, list[str]]] = {}
        self._paired_by: dict[tuple[str, str], str] = {}
        roles, alignment = comparison.roles, comparison.tables.get("alignment")
        if roles.paper and roles.version and alignment is not None and len(alignment):
            for a, b in zip(alignment["item_id_a"], alignment["item_id_b"], strict=True):
                a, b = (x if isinstance(x, str) and x else None for x in (a, b))
                if a:
                    self._pairs.setdefault(a, {}).setdefault(roles.version, [])
                    if b:
                        self._pairs[a][roles.version].append(b)
                if b:
                    self._pairs.setdefault(b, {}).setdefault(roles.paper, [])
                    if a:
                        self._pairs[b][roles.paper].append(a)
            by = str(alignment["by"].iloc[0])
            self._paired_by[(roles.paper, roles.version)] = by
            self._paired_by[(roles.version, roles.paper)] = by
        self._tagged: dict[str, tuple[pd.DataFrame, dict, tuple[str, ...]]] = {}
        self._busy = False
        self._colors = charts.taxonomy_colors(comparison.themes)

        items = self._items
        wide = {"description_width": "72px"}
        self.taxonomy = ipywidgets.Dropdown(
            options=taxonomies, value=taxonomy, description="taxonomy", style=wide
        )
        self.themes = ipywidgets.SelectMultiple(  # wide enough for the themes' labels
            options=[], rows=8, description="themes", style=wide, layout={"width": "480px"}
        )
        self.section = ipywidgets.Dropdown(
            options=[ALL, *dict.fromkeys(items["section"])], description="section", style=wide
        )
        self.document = ipywidgets.Dropdown(
            options=[ALL, *comparison.doc_ids], description="document", style=wide
        )
        self.language = ipywidgets.Dropdown(
            options=[ALL, *dict.fromkeys(items["lang"])], description="language", style=wide
        )
        self.query = ipywidgets.Text(
            placeholder="words in the text or heading", description="search", style=wide
        )
        self.summary = ipywidgets.HTML()
        self.figure = go.FigureWidget(charts.theme_counts(items.assign(themes="")))
        self.figure.update_layout(height=400, margin={"t": 50, "b": 110, "l": 50, "r": 20})
        self.figure.update_xaxes(automargin=True)  # room for the themes' labels
        self.table = ipywidgets.HTML()
        self.item = ipywidgets.Dropdown(
            options=[], description="item", style=wide, layout={"width": "560px"}
        )
        self.versions = ipywidgets.HTML()
        self.filtered = items.iloc[:0]

        controls = ipywidgets.VBox(
            [self.taxonomy, self.section, self.document, self.language, self.query],
            layout={"width": "340px"},
        )
        scroll = {"max_height": "420px", "overflow": "auto", "border": "1px solid #ddd"}
        self.children = [
            ipywidgets.HBox([controls, self.themes]),
            self.summary,
            self.figure,
            ipywidgets.Box([self.table], layout=scroll),
            self.item,
            self.versions,
        ]
        self.add_class("polcompare-explorer")

        self._set_taxonomy(taxonomy)
        self.taxonomy.observe(self._on_taxonomy, names="value")
        for control in (self.themes, self.section, self.document, self.language, self.query):
            control.observe(self._on_filter, names="value")
        self.item.observe(self._on_item, names="value")
        self.refresh()

    # -- data --------------------------------------------------------------------------

    def _data(self, taxonomy: str):
        """Return the prepared tagged items, evidence spans and theme IDs (cached)."""
        if taxonomy not in self._tagged:
            result = self.comparison.tagged[taxonomy]
            ev = result.evidence
            spans: dict[str, list[tuple[int, int, str]]] = {}
            for item_id, start, end, theme in zip(
                ev["item_id"], ev["start"], ev["end"], ev["theme"], strict=True
            ):
                spans.setdefault(item_id, []).append((int(start), int(end), theme))
            prepared = prepare_items(result.items).set_index("item_id", drop=False)
            self._tagged[taxonomy] = (prepared, spans, result.dictionary.themes)
        return self._tagged[taxonomy]

    def _choice(self, control) -> str | None:
        return None if control.value == ALL else control.value

    def _evidence(self, item_id: str, spans: dict) -> list[tuple[int, int, str]]:
        chosen = set(self.themes.value)
        found = spans.get(item_id, [])
        return [s for s in found if s[2] in chosen] if chosen else found

    # -- events ------------------------------------------------------------------------

    def _set_taxonomy(self, taxonomy: str) -> None:
        _, _, themes = self._data(taxonomy)
        self._busy = True
        try:
            self.themes.value = ()
            # each theme by its label, its ID the value (what .value and the filter hold)
            self.themes.options = [(theme_label(t, taxonomy), t) for t in themes]
            self.themes.rows = min(len(themes), 14)
        finally:
            self._busy = False

    def _on_taxonomy(self, change) -> None:
        self._set_taxonomy(change["new"])
        self.refresh()

    def _on_filter(self, change) -> None:
        if not self._busy:
            self.refresh()

    def _on_item(self, change) -> None:
        if not self._busy:
            self._show_versions()

    def refresh(self) -> None:
        """Filter with the current choices and redraw the chart, table and versions."""
        prepared, spans, _ = self._data(self.taxonomy.value)
        passing = filter_items(
            prepared,
            themes=self.themes.value,
            section=self._choice(self.section),
            doc_id=self._choice(self.document),
            lang=self._choice(self.language),
            query=self.query.value,
        )
        self.filtered = passing.drop(columns=SEARCH_COLUMN).reset_index(drop=True)
        self._draw_counts(passing)
        self._draw_summary(passing, len(prepared))
        self.table.value = self._table_html(passing.head(MAX_ROWS), spans)
        shown = list(passing["item_id"].head(MAX_ROWS))
        self._busy = True
        try:
            keep = self.item.value if self.item.value in shown else None
            self.item.options = shown
            self.item.value = keep if keep is not None else (shown[0] if shown else None)
        finally:
            self._busy = False
        self._show_versions()

    # -- drawing -----------------------------------------------------------------------

    def _draw_counts(self, passing: pd.DataFrame) -> None:
        bars = charts.theme_counts(passing, colors=self._colors).data[0]
        title = f"Themes ({self.taxonomy.value}) of the {len(passing)} items shown"
        with self.figure.batch_update():
            trace = self.figure.data[0]
            trace.x = list(bars.x or ())
            trace.y = list(bars.y or ())
            trace.marker.color = list(bars.marker.color or ())
            # the bars are the theme IDs (hover, data); their ticks read as the labels
            taxonomy = self.taxonomy.value
            self.figure.layout.xaxis.tickvals = list(bars.x or ())
            self.figure.layout.xaxis.ticktext = [theme_label(t, taxonomy) for t in bars.x or ()]
            self.figure.layout.title.text = title
            # one tick per unit only for small counts (else the labels overlap)
            self.figure.layout.yaxis.dtick = charts.count_axis(max(bars.y or (), default=0)).get(
                "dtick"
            )

    def _draw_summary(self, passing: pd.DataFrame, total: int) -> None:
        shown = min(len(passing), MAX_ROWS)
        more = f" (the table lists the first {shown})" if len(passing) > shown else ""
        unread = ""
        if "tag_status" in passing:
            lost = passing[passing["tag_status"].isin(UNREAD)]
            if len(lost):
                langs = ", ".join(sorted(set(lost["lang"])))
                unread = (
                    f" {len(lost)} of them, in {html.escape(langs)}, were not read: the "
                    f"{html.escape(self.taxonomy.value)} dictionary has no patterns in that "
                    "language, so they carry no theme whatever they say."
                )
            held = passing[passing["tag_status"] == OUT_OF_CONTEXT]
            if len(held):
                # read, but the dictionary's context rule applied none of its themes (the
                # shipped oap: texts that speak of no mines); the chart is empty for that,
                # not because the texts are silent on the themes
                docs = held["doc_id"].nunique()
                unread += (
                    f" {len(held)} of them ({docs} document{'s' if docs != 1 else ''}) were "
                    f"read, but the {html.escape(self.taxonomy.value)} dictionary's context "
                    "rule applied none of its themes to them (tag_status out_of_context): "
                    "their themes were not applied, not found absent."
                )
        self.summary.value = (
            f"<b>{len(passing)}</b> of {total} items pass the filters{more}.{unread} "
            "Highlighted: the words that gave each theme (hover for the theme) "
            "and the search words."
        )

    def _table_html(self, rows: pd.DataFrame, spans: dict) -> str:
        if rows.empty:
            return "<p style='padding:6px'>No item passes these filters.</p>"
        query = self.query.value
        head = "".join(
            f"<th style='{_CELL}'>{h}</th>" for h in ("item", "lang", "heading", "text", "themes")
        )
        body = []
        for row in rows.to_dict("records"):
            text = _highlight(
                row["text"], self._evidence(row["item_id"], spans), query, self._colors
            )
            body.append(
                "<tr>"
                f"<td style='{_CELL};white-space:nowrap'>{html.escape(row['doc_id'])}<br>"
                f"<b>{html.escape(_key_label(row))}</b><br>"
                f"<small>{_lines(row)}</small></td>"
                f"<td style='{_CELL}'>{html.escape(row['lang'])}</td>"
                f"<td style='{_CELL}' dir='auto'>{_highlight(row['heading'], (), query, {})}</td>"
                f"<td style='{_CELL}' dir='auto'>{text}</td>"
                f"<td style='{_CELL}'>{self._theme_names(row['themes'])}</td>"
                "</tr>"
            )
        return (
            f"<table class='polcompare-items' style='{_TABLE_CSS}'>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        )

    def _theme_names(self, themes: str) -> str:
        """Return the themes' labels as the filter lists them (the ID on hover), escaped."""
        taxonomy = self.taxonomy.value
        return ", ".join(
            f"<span title='{html.escape(t)}'>{html.escape(theme_label(t, taxonomy))}</span>"
            for t in split_themes(themes)
        )

    def _show_versions(self) -> None:
        self.versions.value = self._versions_html(self.item.value)

    def _versions_html(self, item_id: str | None) -> str:
        if item_id is None:
            return "<p>No item to show: no item passes the filters.</p>"
        prepared, spans, _ = self._data(self.taxonomy.value)
        row = prepared.loc[item_id]
        others: tuple[str, ...] = self._versions.get(row["doc_id"], ())
        if not others:
            return (
                f"<p>No other language version of <b>{html.escape(row['doc_id'])}</b> is "
                "known: a position paper's versions are recognised (another language, the "
                "same item keys); for any other document, such as a legal act, name it and "
                "its version with <code>compare(docs, paper=..., versions=[...])</code> "
                "(<code>--paper</code>, <code>--versions</code>).</p>"
            )
        columns = [self._version_column(row, spans)]
        how = set()
        for other in others:
            if other in self._pairs.get(item_id, {}):  # as the alignment table pairs them
                matches = self._pairs[item_id][other]
                how.add(self._paired_by.get((row["doc_id"], other), "key"))
            else:
                match = self._keys.get((other, *(row[k] for k in KEY)))
                matches = [match] if match is not None else []
                how.add("key")
            columns += [self._version_column(prepared.loc[m], spans) for m in matches]
            if not matches:
                columns.append(
                    "<div class='polcompare-version polcompare-unpaired' style='flex:1;"
                    "border:1px dashed #bbb;padding:6px 10px;font-size:13px'>"
                    f"<p><b>{html.escape(other)}</b></p><p>No item of this version pairs "
                    "with it: the version leaves it out, or says it in words too far apart "
                    "to pair (see the alignment table).</p></div>"
                )
        aligned = " and ".join(
            sorted(
                {"key": "section, number and letter", "content": "content"}.get(h, h) for h in how
            )
        )
        return (
            f"<p><b>{html.escape(_key_label(row))}</b> beside its {len(others)} other language "
            f"version{'s' if len(others) > 1 else ''}, aligned by {aligned}:</p>"
            "<div class='polcompare-versions' style='display:flex;gap:12px'>"
            f"{''.join(columns)}</div>"
        )

    def _version_column(self, row, spans: dict) -> str:
        query = self.query.value
        text = _highlight(row["text"], self._evidence(row["item_id"], spans), query, self._colors)
        heading = f"<p><i>{html.escape(row['heading'])}</i></p>" if row["heading"] else ""
        themes = self._theme_names(row["themes"]) or "none"
        return (
            f"<div class='polcompare-version' data-lang='{html.escape(row['lang'])}' "
            "style='flex:1;border:1px solid #ddd;padding:6px 10px;font-size:13px'>"
            f"<p><b>{html.escape(row['lang'])}</b> · {html.escape(row['doc_id'])} · "
            f"{_lines(row)}</p>{heading}<p>{text}</p>"
            f"<p><small>themes: {themes}</small></p></div>"
        )


def explore(docs: Comparison | Sequence, *, taxonomy: str | None = None) -> Explorer:
    """Build the theme explorer for a notebook cell.

    Parameters
    ----------
    docs : Comparison or list of Document
        A comparison (:func:`polcompare.compare`), or documents from
        :func:`polcompare.read` to compare first. Two position papers in
        different languages are shown side by side item by item.
    taxonomy : str, optional
        The taxonomy to start with: ``oap``, ``policy`` or ``stance``; by default the
        first of them that tags any item (``oap`` for texts on mines).

    Returns
    -------
    Explorer
        An ``ipywidgets.VBox``; leave it as a cell's last expression to display it.
    """
    if isinstance(docs, Comparison):
        return Explorer(docs, taxonomy=taxonomy)
    docs = list(docs)
    if not docs:
        raise PolcompareError("documents", "nothing to explore")
    return Explorer(compare(docs), taxonomy=taxonomy)


# --- plotly in notebooks ----------------------------------------------------------------


class _OfflineNotebookRenderer(NotebookRenderer):
    """Plotly's ``notebook`` renderer without the MathJax CDN script in every figure."""

    def to_mimebundle(self, fig_dict):
        return {
            "text/html": pio.to_html(
                fig_dict,
                config=self.config,
                include_plotlyjs=False,
                include_mathjax=False,
                full_html=False,
                default_width="100%",
                default_height=525,
                validate=False,
            )
        }


def init_notebook() -> None:
    """Make plotly figures render in JupyterLab and in exported HTML, offline.

    Sets plotly's default renderer to ``plotly_mimetype`` (drawn by
    JupyterLab's plotly extension) plus an HTML renderer that embeds
    plotly.js once, in the output of the first figure, and loads nothing
    from a CDN (plotly's own ``notebook`` renderer asks cdnjs for MathJax in
    every figure). Call it in a notebook's first cell.
    """
    if _OFFLINE_RENDERER not in pio.renderers:
        pio.renderers[_OFFLINE_RENDERER] = _OfflineNotebookRenderer()
    pio.renderers.default = f"plotly_mimetype+{_OFFLINE_RENDERER}"
