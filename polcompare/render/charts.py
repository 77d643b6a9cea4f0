"""Plotly figures from polcompare's tables.

Each function follows plotly express: a DataFrame and column names in, a
``go.Figure`` out; nothing is shown or written. Themes keep one colour in
every chart when the caller passes one :func:`theme_colors` mapping (the
report and the explorer pass the colours of every theme of their
comparison); without it a chart colours the themes of its own data, in
order. Hover text shows the item key and the
start of its text, escaped: plotly renders hover labels as HTML.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd
import plotly.express as px  # palettes only
import plotly.graph_objects as go

from ..items import item_labels, split_themes
from ..themes.labels import theme_label

__all__ = [
    "theme_colors",
    "taxonomy_colors",
    "CB_PALETTE",
    "DOC_PALETTE",
    "DOC_COLORS",
    "ink",
    "count_axis",
    "axis_title",
    "hover_snippet",
    "label_every_row",
    "label_room",
    "coverage_heatmap",
    "section_bars",
    "item_sunburst",
    "section_sankey",
    "theme_profiles",
    "similarity_heatmap",
    "keyness_bars",
    "agreement_bars",
    "only_themes",
    "theme_counts",
]

#: 14 theme colours a colour-blind reader can tell apart: Paul Tol's discrete rainbow
#: (14 of its colours), ordered so that neighbours in a taxonomy differ in hue and lightness.
#: Beyond 14 themes, plotly's Dark24 and Light24 follow.
CB_PALETTE = (
    "#1965B0", "#F6C141", "#882E72", "#4EB265", "#DC050C", "#7BAFDE", "#F1932D",
    "#AE76A3", "#90C987", "#E8601C", "#5289C7", "#F7F056", "#D1BBD7", "#CAE0AB",
)  # fmt: skip
#: Colours for documents (Okabe and Ito's colour-blind-safe set, black last).
DOC_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000")
#: Colours for documents drawn one bar each (up to the report's 40): Okabe and Ito's
#: set first, then Paul Tol's muted set, then plotly's Dark24 and Light24, no colour
#: twice, so an eighth document no longer takes the first one's colour.
DOC_COLORS = tuple(
    dict.fromkeys(
        c.upper()
        for c in (
            *DOC_PALETTE,
            *("#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677"),
            *("#882255", "#AA4499"),
            *px.colors.qualitative.Dark24,
            *px.colors.qualitative.Light24,
        )
    )
)
_PALETTE = [
    *CB_PALETTE,
    *(
        c
        for c in px.colors.qualitative.Dark24 + px.colors.qualitative.Light24
        if c not in CB_PALETTE
    ),
]


# Axis, colour bar and legend titles in words for the columns of polcompare's tables; any
# other column reads as its words ("a_b": "a b").
AXIS_WORDS = {
    "doc_id": "document",
    "lang": "language",
    "section": "section",
    "theme": "theme",
    "item": "item",
    "share": "share of items carrying the theme",
    "items_with_theme": "items carrying the theme",
    "n_items": "items",
    "evidence": "matched words (evidence)",
    "evidence_per_1000_words": "matched words per 1,000 words",
    "jaccard": "agreement of themes (Jaccard)",
}


def axis_title(column: str) -> str:
    """Return a column's name in words for an axis, a colour bar or a legend."""
    return AXIS_WORDS.get(column, str(column).replace("_", " "))


def _taxonomy(frame: pd.DataFrame) -> str | None:
    """Return the one taxonomy of a table's rows, if it says so."""
    if "taxonomy" in frame and frame["taxonomy"].nunique() == 1:
        return str(frame["taxonomy"].iloc[0])
    return None


def theme_colors(themes: Iterable[str]) -> dict[str, str]:
    """Return a fixed colour for every theme ID, in the order given.

    Give every theme of a comparison in taxonomy and dictionary order
    (``comparison.themes["theme"]``) and a theme keeps its colour in every
    chart drawn with the result.
    """
    ordered = list(dict.fromkeys(themes))
    return {t: _PALETTE[k % len(_PALETTE)] for k, t in enumerate(ordered)}


def taxonomy_colors(themes: pd.DataFrame) -> dict[str, str]:
    """Return a colour for every theme of a ``themes`` table, each taxonomy's from the start.

    A chart shows the themes of one taxonomy, so each taxonomy's get the palette's most
    distinct colours. The report and the explorer colour ``comparison.themes`` so, and
    a theme has the same colour in both (the explorer ran one sequence through every taxonomy
    and drew International law red where the report drew it green).
    """
    colors: dict[str, str] = {}
    for _, part in themes.groupby("taxonomy", sort=False):
        colors.update(theme_colors(part["theme"]))
    return colors


def ink(hex_color: str) -> str:
    """Return a text colour readable on ``hex_color`` (dark on light colours, white on dark)."""
    r, g, b = (int(hex_color.lstrip("#")[k : k + 2], 16) / 255 for k in (0, 2, 4))
    return "#1d232b" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.55 else "#ffffff"


def count_axis(top: float) -> dict:
    """Axis settings for counts: integer ticks (one per unit up to 10), from zero."""
    axis: dict = {"tickformat": "d", "rangemode": "tozero"}
    if top <= 10:
        axis["dtick"] = 1
    return axis


def _translucent(hex_color: str, alpha: float = 0.4) -> str:
    r, g, b = (int(hex_color.lstrip("#")[k : k + 2], 16) for k in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def hover_snippet(text: str, width: int = 90) -> str:
    """Return the escaped start of a text, for a hover label."""
    text = " ".join(str(text).split())
    short = text if len(text) <= width else text[: width - 1] + "…"
    return html.escape(short)


#: The p-value below which a keyness term is drawn as a finding; above it, pale.
SIGNIFICANT = 0.05


#: Pixels a heatmap row needs for plotly to draw its label (12 px text): with fewer it
#: shows only every other label (or fewer) on the axis.
ROW_PX = 16

#: What a heatmap cell prints where the dictionary read none of its items (their language).
NOT_READ = "not read"


#: Width of one character of a tick label (plotly's 12 px text), measured in Chromium: a
#: 74-character document id is 429 px long.
LABEL_CHAR_PX = 6


#: Longest line of a theme's name over a heatmap's column (:func:`wrapped`), and the
#: shortest that :func:`fit_heads` tries before standing the names upright.
LABEL_LINE = 16
LABEL_LINE_MIN = 10

#: Width of a chart in the report at 1280 px (measured in Chromium), and what a heatmap's
#: colour bar and margins take of it.
CHART_PX = 936
BAR_PX = 110

#: Up to this many documents, :func:`theme_profiles` draws bars; beyond it a heatmap.
PROFILE_BARS = 8


#: Height of the plot area of a bar chart whose x labels may stand upright.
PLOT_PX = 360


def label_room(labels, *, cap: int = 600) -> int:
    """Return the height, in px, that a heatmap's column labels need when drawn upright.

    When its column labels do not fit side by side (long document ids at 700 px), plotly
    turns them upright and takes their length out of the figure's height: a heatmap of 14
    rows and 19 documents, 484 px high, kept 64 px for its rows, 5 px a row, its labels
    drawn over one another. Adding this to a figure's height keeps its rows' room whatever
    the page's width (the labels take less at a slant on a wide page, and the rows more).
    """
    longest = max((len(str(x)) for x in labels), default=0)
    return min(cap, LABEL_CHAR_PX * longest + 10) if longest else 0


def label_every_row(fig: go.Figure, *, base: int = 140, min_height: int = 300) -> go.Figure:
    """Label every row and column of a heatmap, and make it tall enough for each row's label.

    Plotly thins out the labels of a dense category axis (54 items in 440 px: every
    other one); here each category is a tick of its own (``dtick=1`` on category axes,
    so that a chart the report redraws with other rows keeps them all) and the figure
    is ``base + ROW_PX`` per row high, at least ``min_height``.
    """
    every = {"type": "category", "tickmode": "linear", "tick0": 0, "dtick": 1}
    fig.update_layout(
        height=max(min_height, base + ROW_PX * len(fig.data[0].y)),
        yaxis={**every, "automargin": True},
        xaxis={**every, "automargin": True},
    )
    return fig


def coverage_heatmap(
    coverage: pd.DataFrame,
    *,
    x: str = "theme",
    y: str = "section",
    z: str = "share",
    text: str = "items_with_theme",
    title: str | None = None,
) -> go.Figure:
    """Heatmap of theme coverage: sections (rows) x themes (columns), themes by label."""
    if x == "theme":
        taxonomy = _taxonomy(coverage)
        coverage = coverage.assign(theme=[theme_label(t, taxonomy) for t in coverage[x]])
    cells = {"index": y, "columns": x, "sort": False, "dropna": False}
    wide = coverage.pivot_table(values=z, aggfunc="sum", **cells)
    counts = coverage.pivot_table(values=text, aggfunc="sum", **cells)
    counts = counts.reindex(index=wide.index, columns=wide.columns)
    # a share is NaN where the dictionary read none of the items (their language): summed, it
    # was 0, and a new user's unread Swedish and Czech documents looked silent on every theme
    seen = coverage.assign(_seen=coverage[z].notna()).pivot_table(
        values="_seen", aggfunc="any", **cells
    )
    wide = wide.where(seen.reindex(index=wide.index, columns=wide.columns).fillna(False))
    base = "n_read" if "n_read" in coverage else "n_items"
    if z == "share" and base in coverage and coverage.duplicated([y, x]).any():
        # several documents in one cell (a coverage table of many documents, whose sections
        # are all "body"): the share of their items together, not the sum of their shares
        # (a new user's five themes over nine documents drew 3.18, 1.88... on a scale to 1)
        read = coverage.pivot_table(index=y, columns=x, values=base, aggfunc="sum", sort=False)
        read = read.reindex(index=wide.index, columns=wide.columns)
        wide = counts / read.where(read > 0)
    values, labels = wide.to_numpy(), counts.to_numpy()
    if wide.isna().any(axis=None):  # cells of items none of which was read say so
        values = [[None if pd.isna(v) else float(v) for v in row] for row in values]
        labels = counts.astype(object).where(wide.notna(), NOT_READ).to_numpy()
    fig = go.Figure(
        go.Heatmap(
            z=values,
            x=list(wide.columns),
            y=list(wide.index),
            text=labels,
            texttemplate="%{text}",
            hoverongaps=False,
            colorscale="Blues",
            zmin=0,
            # a share runs to 1: left to plotly, a section none of whose items carries a
            # theme drew every 0 mid-blue on a scale from -0.5 to 0.5
            zmax=1 if z == "share" else None,
            colorbar={"title": axis_title(z)},
            hovertemplate=f"{axis_title(y)}: %{{y}}<br>{axis_title(x)}: %{{x}}<br>"
            f"{axis_title(z)}: %{{z:.2f}}<br>{axis_title(text)}: %{{text}}<extra></extra>",
        )
    )
    fig.update_layout(
        title=title,
        xaxis={"tickangle": -40, "title": axis_title(x)},
        yaxis={"title": axis_title(y)},
    )
    return label_every_row(fig)


def _bars(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    color: str,
    colors: dict[str, str],
    orientation: str = "v",
    hover: Sequence[str] = (),
) -> list[go.Bar]:
    """One bar trace per value of ``color``, in order of first appearance."""
    traces = []
    for name, part in frame.groupby(color, sort=False):
        extra = "".join(f"<br>{c}: %{{customdata[{k}]}}" for k, c in enumerate(hover))
        value = "x" if orientation == "h" else "y"
        traces.append(
            go.Bar(
                x=list(part[x]),
                y=list(part[y]),
                name=str(name),
                orientation=orientation,
                marker_color=colors.get(name),
                customdata=part[list(hover)].to_numpy() if hover else None,
                hovertemplate=f"{name}<br>%{{{'y' if orientation == 'h' else 'x'}}}: "
                f"%{{{value}}}{extra}<extra></extra>",
            )
        )
    return traces


def _theme_bars(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    color: str,
    colors: dict[str, str] | None,
    title: str | None,
    **layout,
) -> go.Figure:
    """Bars of ``y`` along ``x``, one trace per ``color`` value, titled axes.

    Themes are named by their labels in the legend; the theme ID is the trace's
    ``legendgroup`` and stays in the hover.
    """
    colors = colors or theme_colors(frame[color].unique())
    fig = go.Figure(_bars(frame, x=x, y=y, color=color, colors=colors))
    if color == "theme":
        taxonomy = _taxonomy(frame)
        for trace in fig.data:
            trace.legendgroup = trace.name
            trace.name = theme_label(trace.name, taxonomy)
    fig.update_layout(
        title=title,
        xaxis={"title": axis_title(x)},
        yaxis={"title": axis_title(y)},
        legend_title=axis_title(color),
        **layout,
    )
    return fig


def section_bars(
    coverage: pd.DataFrame,
    *,
    x: str = "section",
    y: str = "items_with_theme",
    color: str = "theme",
    title: str | None = None,
    colors: dict[str, str] | None = None,
) -> go.Figure:
    """Draw stacked bars: items carrying each theme, per section."""
    return _theme_bars(coverage, x=x, y=y, color=color, colors=colors, title=title, barmode="stack")


def item_sunburst(
    items: pd.DataFrame, *, path: Sequence[str] = ("doc_id", "section"), title: str | None = None
) -> go.Figure:
    """Draw a sunburst: document > section > item, sized by text length."""
    frame = items.assign(
        item=item_labels(items),
        size=items["text"].str.len().clip(lower=1),
        snippet=items["text"].map(hover_snippet),
    )
    levels = [*path, "item"]
    ids, labels, parents, values, custom = [], [], [], [], []
    for depth in range(len(levels)):
        keys = levels[: depth + 1]
        groups = frame.groupby(keys, sort=False)
        sizes = groups["size"].sum()
        snippets = groups["snippet"].first() if depth == len(levels) - 1 else None
        for key, size in sizes.items():
            key = key if isinstance(key, tuple) else (key,)
            ids.append("/".join(map(str, key)))
            labels.append(str(key[-1]))
            parents.append("/".join(map(str, key[:-1])))
            values.append(int(size))
            custom.append(snippets[key] if snippets is not None else "")
    fig = go.Figure(
        go.Sunburst(
            ids=ids,
            labels=labels,
            parents=parents,
            values=values,
            branchvalues="total",
            customdata=[[c] for c in custom],
            hovertemplate="%{label}<br>%{customdata[0]}<extra></extra>",
            insidetextorientation="radial",
        )
    )
    fig.update_layout(title=title)
    return fig


def section_sankey(
    gaps: pd.DataFrame,
    *,
    source: str = "section",
    target: str = "theme",
    value: str = "items_with_theme",
    title: str | None = None,
    colors: dict[str, str] | None = None,
) -> go.Figure:
    """Sankey from the position paper's sections to the themes they carry, themes by label."""
    flows = gaps[gaps[value] > 0]
    sources = list(dict.fromkeys(flows[source]))
    targets = list(dict.fromkeys(flows[target]))
    taxonomy = _taxonomy(gaps)
    shown = [theme_label(t, taxonomy) if target == "theme" else t for t in targets]
    labels = sources + shown
    index = {label: k for k, label in enumerate(sources + targets)}
    colors = colors or theme_colors(targets)
    node_colors = ["#888888"] * len(sources) + [colors[t] for t in targets]
    fig = go.Figure(
        go.Sankey(
            node={"label": labels, "color": node_colors, "pad": 12},
            link={
                "source": [index[s] for s in flows[source]],
                "target": [index[t] for t in flows[target]],
                "value": list(flows[value]),
                "color": [_translucent(colors[t]) for t in flows[target]],
                "customdata": list(flows.get("items", pd.Series([""] * len(flows)))),
                "hovertemplate": "%{source.label} → %{target.label}: %{value} items"
                "<br>items %{customdata}<extra></extra>",
            },
        )
    )
    fig.update_layout(title=title)
    return fig


def theme_profiles(
    profile: pd.DataFrame,
    *,
    theme: str = "theme",
    doc: str = "doc_id",
    value: str = "share",
    title: str | None = None,
    colors: dict[str, str] | None = None,
) -> go.Figure:
    """Draw grouped bars: how much each document speaks of each theme.

    The figure is as tall as its upright document names need, above a plot area of
    360 px: 38 documents' names took all but 50 px of plotly's 450. A document none of whose
    items the dictionary read (its language) is named "(not read)" under its empty place.

    Beyond :data:`PROFILE_BARS` documents, the bars were a pixel wide in a dozen colours (a
    new user's 28 documents): the shares are then a heatmap, a row per document, its cells
    saying how many items carry the theme, or "not read".
    """
    if profile[doc].nunique() > PROFILE_BARS and value == "share" and "items_with_theme" in profile:
        fig = coverage_heatmap(profile, x=theme, y=doc, z=value, title=title)
        return heads_on_top(fig, base=100)
    unread = profile.groupby(doc, sort=False)[value].agg(lambda s: s.isna().all())
    names = {d: f"{d} ({NOT_READ})" for d in unread[unread].index}
    if names:
        profile = profile.assign(**{doc: [names.get(d, d) for d in profile[doc]]})
    fig = _theme_bars(
        profile, x=doc, y=value, color=theme, colors=colors, title=title, barmode="group"
    )
    fig.update_layout(
        height=PLOT_PX + 160 + label_room(profile[doc].unique()), xaxis_automargin=True
    )  # 160: the margins above and below the plot
    return fig


def wrapped(label: str, width: int = LABEL_LINE) -> str:
    """Break a label into lines of at most ``width`` characters (at spaces) for a column head."""
    return "<br>".join(textwrap.wrap(label, width, break_long_words=False, break_on_hyphens=False))


def fit_heads(
    labels: Sequence[str], rows: Sequence[str], *, width: int = CHART_PX
) -> tuple[list[str], int]:
    """Return a heatmap's column heads and their angle, for a chart ``width`` px wide.

    In lines of :data:`LABEL_LINE` characters, side by side, when the columns are wide enough
    for them, or in shorter lines (down to :data:`LABEL_LINE_MIN`) that fit; else each on one
    line, upright (lines stood upright in the 29 px columns left beside long document names
    were drawn over one another). The plot's width is the chart's less the row names' room
    and :data:`BAR_PX`. A new user's six stances beside 27 document ids had 97 px columns,
    3 px short of 16 characters: their names stood upright, the longest cut off by the page.
    """
    plot = width - label_room(rows) - BAR_PX
    for line in range(LABEL_LINE, LABEL_LINE_MIN - 1, -1):
        lines = [wrapped(str(label), line) for label in labels]
        widest = max((len(part) for head in lines for part in head.split("<br>")), default=0)
        if labels and plot / len(labels) >= LABEL_CHAR_PX * widest + 4:
            return lines, 0
    return [str(label) for label in labels], -90


def heads_on_top(fig: go.Figure, *, base: int = 40) -> go.Figure:
    """Head a heatmap's columns from above, as :func:`fit_heads` fits them.

    Its rows are 26 px (room for the count printed in each cell), read downwards.
    """
    trace = fig.data[0]
    heads, angle = fit_heads(trace.x, trace.y)
    fig.update_traces(x=heads)
    fig.update_layout(
        height=max(120, base + 26 * len(trace.y) + head_room(heads)),
        xaxis={"side": "top", "tickangle": angle, "title": None},
        yaxis={"autorange": "reversed"},
    )
    return fig


def head_room(heads: Sequence[str]) -> int:
    """Return the height column heads need: longest line upright, or their lines side by side."""
    lines = [line for head in heads for line in str(head).split("<br>")]
    depth = max((str(head).count("<br>") + 1 for head in heads), default=1)
    return max(label_room(lines), 16 * depth + 10)


def similarity_heatmap(
    matrix: pd.DataFrame,
    *,
    texts_a: pd.Series | None = None,
    texts_b: pd.Series | None = None,
    title: str | None = None,
) -> go.Figure:
    """Heatmap of item similarity (rows: first document, columns: second).

    ``texts_a``/``texts_b`` (indexed by item id) add the start of each
    item's text to the hover label.
    """

    def short(ids, texts):
        labels = [i.split(":", 1)[-1] for i in ids]
        snippets = [hover_snippet(texts.get(i, "")) if texts is not None else "" for i in ids]
        return labels, snippets

    ya, sa = short(list(matrix.index), texts_a)
    xb, sb = short(list(matrix.columns), texts_b)
    custom = [[[sa[i], sb[j]] for j in range(len(xb))] for i in range(len(ya))]
    fig = go.Figure(
        go.Heatmap(
            z=matrix.to_numpy(),
            x=xb,
            y=ya,
            customdata=custom,
            colorscale="Viridis",
            zmin=0,
            hovertemplate="%{y} ↔ %{x}: %{z:.2f}<br>%{customdata[0]}<br>%{customdata[1]}"
            "<extra></extra>",
        )
    )
    fig.update_layout(
        title=title,
        xaxis={"title": "items of the second document"},
        yaxis={"autorange": "reversed", "title": "items of the first document"},
    )
    return label_every_row(fig)


def keyness_bars(
    keyness: pd.DataFrame,
    *,
    term: str = "word",
    value: str = "g2",
    direction: str = "direction",
    title: str | None = None,
    names: Mapping[str, str] | None = None,
) -> go.Figure:
    """Draw horizontal bars of signed keyness: target terms right, reference left.

    Terms with ``p`` >= 0.05 (:data:`SIGNIFICANT`) are drawn pale and counted
    under the axis.

    ``names`` gives what the legend and hovers call each side, e.g.
    ``{"target": "A.lv", "reference": "B.lv"}`` (default: target, reference).
    """
    frame = keyness.sort_values(value)
    names = {"target": "target", "reference": "reference", **(names or {})}
    counts = {f"n_{side}": f"n in {name}" for side, name in names.items()}
    frame = frame.assign(**{direction: frame[direction].map(lambda d: names.get(d, d))})
    frame = frame.rename(columns=counts)
    hover = [c for c in (*counts.values(), "p") if c in frame]
    colors = {names["target"]: "#1f77b4", names["reference"]: "#d62728"}
    traces = _bars(
        frame, x=value, y=term, color=direction, colors=colors, orientation="h", hover=hover
    )
    xtitle = "log-likelihood G² (signed)" if value == "g2" else value
    if "p" in frame and len(frame):
        # A term whose difference may be chance (p >= 0.05) is drawn pale, and the axis
        # says how many are not: a bar alone reads as a finding.
        for trace, (_, part) in zip(traces, frame.groupby(direction, sort=False), strict=True):
            trace.marker.opacity = [1.0 if p < SIGNIFICANT else 0.3 for p in part["p"]]
        weak = int((frame["p"] >= SIGNIFICANT).sum())
        if weak:
            xtitle += f"<br>pale: p ≥ {SIGNIFICANT} ({weak} of {len(frame)} terms), may be chance"
    fig = go.Figure(traces)
    fig.update_layout(
        title=title,
        xaxis={"title": xtitle},
        yaxis={"categoryorder": "array", "categoryarray": list(frame[term]), "dtick": 1},
        height=max(400, 18 * len(frame) + 120),  # room for every term's label
        # Above the bars, not beside them: a legend at the right is as wide as the longest
        # document name and took the bars' width (80 px of a 700 px page for a 60-character
        # file name).
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 1, "yanchor": "bottom"},
    )
    if title:
        fig.update_layout(title={"y": 1, "yanchor": "top", "yref": "container", "pad": {"t": 12}})
    return fig


def only_themes(themes: str) -> str:
    """Return the themes one version alone carries as a hover shows them (``none``: none)."""
    return ", ".join(split_themes(themes)) or "none"


def agreement_bars(
    agreement: pd.DataFrame,
    *,
    value: str = "jaccard",
    title: str | None = None,
    names: Mapping[str, str] | None = None,
) -> go.Figure:
    """Draw bars of theme agreement per aligned item of two language versions.

    ``names`` gives what the hovers call each version, e.g. ``{"a": "paper.lv", "b":
    "paper.da"}`` (default: version a, version b): a hover reads ``review 1: 0.86``,
    ``only in paper.lv: none``, ``only in paper.da: compliance``.
    """
    names = {"a": "version a", "b": "version b", **(names or {})}
    hover = {side: f"only in {names[side]}" for side in ("a", "b")}
    frame = agreement.assign(item=item_labels(agreement))
    frame = frame.assign(
        **{hover[side]: frame[f"only_{side}"].map(only_themes) for side in ("a", "b")}
    )
    colors = dict(zip(frame["section"].unique(), _PALETTE, strict=False))
    fig = go.Figure(
        _bars(frame, x="item", y=value, color="section", colors=colors, hover=list(hover.values()))
    )
    # A bar of height 0 is not drawn: an item whose versions share no theme would read as
    # an item missing from the chart. A cross marks it.
    none = frame[frame[value] == 0]
    if len(none):
        fig.add_trace(
            go.Scatter(
                x=list(none["item"]),
                y=[0.0] * len(none),
                mode="markers",
                name="no theme in common",
                marker={"symbol": "x", "size": 9, "color": "#444"},
                hovertemplate="%{x}: no theme in common<extra></extra>",
            )
        )
    fig.update_layout(
        title=title,
        xaxis={"title": "item"},
        yaxis={"range": [0, 1.05], "title": axis_title(value)},
        legend_title="section",
    )
    return fig


def theme_counts(
    items: pd.DataFrame,
    *,
    themes: str = "themes",
    title: str | None = None,
    colors: dict[str, str] | None = None,
) -> go.Figure:
    """Bars: how many of the given items carry each theme (themes joined by ``;``)."""
    counts = items[themes].map(split_themes).explode().dropna().value_counts()
    colors = colors or theme_colors(counts.index)
    fig = go.Figure(
        go.Bar(
            x=list(counts.index),
            y=list(counts.to_numpy()),
            marker_color=[colors[t] for t in counts.index],
            hovertemplate="%{x}: %{y} items<extra></extra>",
        )
    )
    top = float(counts.max()) if len(counts) else 0.0
    fig.update_layout(title=title, yaxis={"title": "items", **count_axis(top)})
    return fig
