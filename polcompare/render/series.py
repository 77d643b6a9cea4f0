"""Charts of a :class:`~polcompare.compare.series.Series`: flows, themes, tone and positions.

Each function reads one table of the Series and returns a plotly figure
(never shown or saved). Hovers name the items behind each point (their
labels and ids, escaped); ``customdata`` carries the item ids so a page or a
``FigureWidget`` can list them on click.
"""

from __future__ import annotations

import datetime
import html
import math

import pandas as pd
import plotly.graph_objects as go

from ..compare.series import STATUSES
from ..themes.labels import theme_label
from .charts import DOC_PALETTE, theme_colors

__all__ = [
    "STATUS_COLORS",
    "flow_bars",
    "intensity_lines",
    "position_chart",
    "series_figures",
    "theme_lines",
]

#: kept / changed / new / dropped, colour-blind safe (Okabe-Ito).
STATUS_COLORS = {"kept": "#009E73", "changed": "#E69F00", "new": "#0072B2", "dropped": "#D55E00"}
_MAX_IDS = 12


#: What a taxonomy's themes are called in a sentence.
_NOUNS = {"oap": "Oslo Action Plan theme", "policy": "policy topic", "stance": "stance"}


def _nothing(fig: go.Figure, text: str) -> go.Figure:
    """Say ``text`` in the figure instead of drawing empty axes (a year 2000 on a blank date axis).

    The sentence is an annotation (a notebook shows it) and ``layout.meta.empty`` (the report
    prints it in place of the chart).
    """
    fig.update_layout(
        height=120,
        xaxis={"visible": False},
        yaxis={"visible": False},
        annotations=[
            {"text": html.escape(text), "showarrow": False, "xref": "paper", "yref": "paper"}
        ],
        meta={"empty": text},
    )
    return fig


#: Up to this many dates, a time axis ticks each document's own date; beyond, this many of
#: them, spread evenly over the documents.
_MAX_DATE_TICKS = 12


def _date_axis(dates) -> dict:
    """Return a time axis on which a reader can tell each point's date.

    plotly's own ticks on a few years are the first of January of each year, so a
    statement of 26 November 2019 sat beside the tick "2020" and one of November 2023
    beside "2024". Up to :data:`_MAX_DATE_TICKS` dates each document's date is its own
    tick (``2019-11-26``); beyond, that many documents' dates, every n-th in order, so
    that a tick still names a point's own date (month ticks put "Jan 2020" beside a
    statement of 19 August 2020, a new user's series of 14).
    """
    shown = sorted({str(d)[:10] for d in dates if str(d or "").strip() and str(d) != "nan"})
    axis: dict = {"title": "date of the document", "type": "date"}
    if len(shown) > _MAX_DATE_TICKS:
        last = len(shown) - 1
        picks = {round(k * last / (_MAX_DATE_TICKS - 1)) for k in range(_MAX_DATE_TICKS)}
        shown = [shown[k] for k in sorted(picks)]
    if shown:
        axis.update(tickmode="array", tickvals=shown, ticktext=_tick_labels(shown), tickangle=-30)
    return axis


#: Dates closer than this share of the time axis share one label (the first date's, the
#: others' added to it: ``2019-11-05 / 11-26``); each keeps its tick.
_MIN_LABEL_GAP = 0.05


def _tick_labels(shown: list[str]) -> list[str]:
    """Labels for the ticks ``shown`` (sorted ISO dates) that do not overlap.

    Ticks at -30 degrees need about 26 px between them: a series of EU statements
    from 2009 to 2023 printed "2011-10-04" over "2011-10-14" and "2019-04-29",
    "2019-11-05", "2019-11-26" as one smudge. A date closer than
    :data:`_MIN_LABEL_GAP` of the span to the first of its group is written into that
    label (``2011-10-04 / 10-14``, the year left out when it is the same) and its own is empty.
    """
    try:
        days = [datetime.date.fromisoformat(d).toordinal() for d in shown]
    except ValueError:
        return list(shown)
    span = days[-1] - days[0]
    labels = list(shown)
    lead = 0
    for k in range(1, len(shown)):
        if span and days[k] - days[lead] < _MIN_LABEL_GAP * span:
            same_year = shown[k][:4] == shown[lead][:4]
            labels[lead] += " / " + (shown[k][5:] if same_year else shown[k])
            labels[k] = ""
        else:
            lead = k
    return labels


def _ids_hover(ids: str) -> str:
    """Item ids (``;``-joined) as a short escaped list of their keys, without the doc_id."""
    return _names_hover([p.split(":", 1)[-1] for p in str(ids or "").split(";") if p])


def _names_hover(parts: list[str]) -> str:
    shown = [html.escape(p) for p in parts[:_MAX_IDS]]
    more = f" +{len(parts) - _MAX_IDS} more" if len(parts) > _MAX_IDS else ""
    return ", ".join(shown) + more if shown else "none"


def flow_bars(flow_counts: pd.DataFrame, flows: pd.DataFrame | None = None) -> go.Figure:
    """Stacked bars of kept, changed, new and dropped items at each step of the series.

    Dropped items are drawn below zero (they leave), the others above: each
    bar's top is the later document's items, its foot what the earlier one had
    that did not carry over.
    """
    fig = go.Figure()
    x = [f"{r.step}: to {r.later_date}" for r in flow_counts.itertuples(index=False)]
    for status in STATUSES:
        values = flow_counts[status].astype(int)
        ids = []
        for r in flow_counts.itertuples(index=False):
            if flows is None:
                ids.append("")
                continue
            part = flows[(flows["step"] == r.step) & (flows["status"] == status)]
            col = "earlier_label" if status == "dropped" else "later_label"
            ids.append(_names_hover([str(v) for v in part[col]]))
        fig.add_bar(
            x=x,
            y=-values if status == "dropped" else values,
            name=status,
            marker_color=STATUS_COLORS[status],
            customdata=list(zip(values, ids, strict=True)),
            hovertemplate=f"{status}: %{{customdata[0]}} items<br>%{{customdata[1]}}"
            "<extra></extra>",
        )
    fig.update_layout(
        barmode="relative",
        height=340,
        margin={"t": 50, "b": 10},
        yaxis={"title": "items (dropped below 0)"},
        xaxis={"title": "step of the series (to the later document's date)"},
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
    )
    return fig


#: Dash patterns and marker symbols a chart's lines take in turn.
DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")
SYMBOLS = ("circle", "square", "diamond", "triangle-up", "cross", "x", "star", "triangle-down")


def _line_style(k: int, n: int) -> dict:
    """Return the line and marker of the ``k``-th of ``n`` lines, each drawn over the ones before.

    Themes with the same share in every document have one line: drawn alike, the last
    hid the others, and the legend named three themes (risk education, universalisation,
    victim assistance in the sample series) where the chart showed one. Each line is now
    thinner than the one below it, dashed otherwise and marked with its own symbol, so a
    line lying on another shows both colours.
    """
    below = (n - 1 - k) / max(n - 1, 1)  # 1 for the first line drawn, 0 for the last
    return {
        "line": {"dash": DASHES[k % len(DASHES)], "width": 2 + 3 * below},
        "marker": {"symbol": SYMBOLS[k % len(SYMBOLS)], "size": 7 + 7 * below},
    }


def theme_lines(
    themes: pd.DataFrame,
    taxonomy: str,
    *,
    labels: dict[str, str] | None = None,
    colors: dict[str, str] | None = None,
    top: int = 8,
) -> go.Figure:
    """One line per theme: its share of each document's items over time.

    Shows the ``top`` themes by their largest share (a theme no document
    carries is left out); the hover lists the items behind the point. Themes are
    named by ``labels``, else by the taxonomy's labels ("Victim assistance", not
    ``victim_assistance``).
    """
    part = themes[themes["taxonomy"] == taxonomy]
    labels = {t: theme_label(t, taxonomy) for t in dict.fromkeys(part["theme"])} | (labels or {})
    peak = part.groupby("theme", sort=False)["share"].max()
    keep = [t for t in peak.sort_values(ascending=False, kind="stable").index if peak[t] > 0][:top]
    colors = colors or theme_colors(list(dict.fromkeys(part["theme"])))
    fig = go.Figure()
    for k, theme in enumerate(keep):
        rows = part[part["theme"] == theme]
        style = _line_style(k, len(keep))
        fig.add_scatter(
            x=rows["date"],
            y=rows["share"],
            mode="lines+markers",
            name=html.escape(labels.get(theme, theme)),
            line={**style["line"], "color": colors.get(theme)},
            marker=style["marker"],
            customdata=[
                [html.escape(str(d)), int(n), int(t), _ids_hover(ids), str(ids)]
                for d, n, t, ids in zip(
                    rows["doc_id"],
                    rows["items"],
                    rows["total_items"],
                    rows["item_ids"],
                    strict=True,
                )
            ],
            hovertemplate=(
                f"{html.escape(labels.get(theme, theme))}<br>%{{customdata[0]}} (%{{x}})<br>"
                "%{customdata[1]} of %{customdata[2]} items: %{customdata[3]}<extra></extra>"
            ),
        )
    fig.update_layout(
        height=340,
        margin={"t": 20, "b": 10},
        yaxis={
            "title": "share of the document's items",
            "tickformat": ".0%",
            "rangemode": "tozero",
        },
        xaxis=_date_axis(part["date"]),
        legend={"font": {"size": 11}},
    )
    if not keep:
        noun = _NOUNS.get(taxonomy, f"{taxonomy} theme")
        n = part["doc_id"].nunique()
        if len(part) and part["share"].isna().all():  # no item read: say so, not "none"
            langs = ", ".join(sorted(set(part["lang"])))
            text = (
                f"The {n} documents were not read with the {noun}s: the dictionary has no "
                f"patterns in {langs}."
            )
        else:
            text = f"No item of the {n} documents carries any {noun}."
        return _nothing(fig, text)
    return fig


def intensity_lines(
    intensity: pd.DataFrame,
    *,
    labels: dict[str, str] | None = None,
    colors: dict[str, str] | None = None,
) -> go.Figure:
    """Per stance: how many of its matches stand with an intensifier, over time.

    Stances are named by ``labels``, else by the stance taxonomy's labels.
    """
    found = dict.fromkeys(str(t) for t in intensity["theme"])
    labels = {t: theme_label(t, "stance") for t in found} | (labels or {})
    colors = colors or theme_colors(list(dict.fromkeys(intensity["theme"])))
    fig = go.Figure()
    drawn = [
        (theme, rows)
        for theme, rows in intensity.groupby("theme", sort=False)
        if rows["matches"].sum() != 0
    ]
    for k, (theme, rows) in enumerate(drawn):
        style = _line_style(k, len(drawn))
        fig.add_scatter(
            x=rows["date"],
            y=rows["intensified"],
            mode="lines+markers",
            name=html.escape(labels.get(str(theme), str(theme))),
            line={**style["line"], "color": colors.get(str(theme))},
            marker=style["marker"],
            customdata=[
                [html.escape(str(d)), int(m), _ids_hover(ids)]
                for d, m, ids in zip(rows["doc_id"], rows["matches"], rows["item_ids"], strict=True)
            ],
            hovertemplate=(
                "%{customdata[0]} (%{x})<br>%{y} of %{customdata[1]} matches intensified: "
                "%{customdata[2]}<extra></extra>"
            ),
        )
    fig.update_layout(
        height=300,
        margin={"t": 20, "b": 10},
        yaxis={
            "title": "intensified stance matches",
            "rangemode": "tozero",
            "tickformat": "d",
            "dtick": max(1, math.ceil(float(intensity["intensified"].max() or 0) / 6)),
        },
        xaxis=_date_axis(intensity["date"]),
    )
    if not fig.data:
        n = intensity["doc_id"].nunique() if "doc_id" in intensity else 0
        text = (
            f"No stance matched in the {n} documents."
            if not intensity["matches"].sum()
            else f"No stance match in the {n} documents stands with an intensifier."
        )
        return _nothing(fig, text)
    return fig


def position_chart(positions: pd.DataFrame) -> go.Figure:
    """Wordfish positions over time with 95% intervals, one line per language's model."""
    fig = go.Figure()
    for k, (model, rows) in enumerate(positions.groupby("model", sort=False)):
        fig.add_scatter(
            x=rows["date"],
            y=rows["theta"],
            mode="lines+markers",
            name=html.escape(str(model)),
            line={"color": DOC_PALETTE[k % len(DOC_PALETTE)]},
            error_y={
                "type": "data",
                "array": (rows["upper"] - rows["theta"]).tolist(),
                "visible": True,
            },
            customdata=[
                [html.escape(str(d)), float(s)]
                for d, s in zip(rows["doc_id"], rows["se"], strict=True)
            ],
            hovertemplate="%{customdata[0]} (%{x})<br>theta %{y:.2f} "
            "(se %{customdata[1]:.2f})<extra></extra>",
        )
    fig.update_layout(
        height=320,
        margin={"t": 20, "b": 10},
        yaxis={"title": "position (theta, mean 0, sd 1)"},
        xaxis=_date_axis(positions["date"]),
        legend={"orientation": "h", "y": 1.15},
    )
    return fig


def series_figures(
    s, labels: dict[str, str] | None = None, colors: dict[str, str] | None = None
) -> dict[str, go.Figure]:
    """Every chart of a Series, by name (``series_flows``, ``series_oap``, ...).

    ``colors`` (theme ID -> colour) keeps a theme's colour of the other charts.
    """
    figs = {"series_flows": flow_bars(s.flow_counts, s.flows)}
    for taxonomy in ("oap", "policy", "stance"):
        part = s.themes[s.themes["taxonomy"] == taxonomy]
        own = colors or theme_colors(list(dict.fromkeys(part["theme"])))
        figs[f"series_{taxonomy}"] = theme_lines(s.themes, taxonomy, labels=labels, colors=own)
    figs["series_intensity"] = intensity_lines(s.intensity, labels=labels, colors=colors)
    if len(s.positions):
        figs["series_positions"] = position_chart(s.positions)
    return figs
