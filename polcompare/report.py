"""Standalone HTML report: every table and chart of a set of documents in one file.

Compute first, render second (as pyLDAvis's ``prepare()`` and ``save_html()``)::

    data = build_report(docs)                            # tables and plotly figures
    write_report(data, "reports/polcompare-report.html")  # one self-contained file

The file opens from disk with no network: plotly.js is embedded once, each
figure is a JSON spec drawn by a few lines of inline JavaScript, and the theme
filter works in the page itself. Document text is escaped wherever it is shown
(jinja2 autoescaping in ``polcompare/templates/report.html.j2``; JSON inside
``<script>`` has ``<``, ``>``, ``/`` and ``&`` as JSON unicode escapes).
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import json
import platform
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from . import __version__, charts
from .compare import (
    KEY,
    POSITION_SECTIONS,
    THIN_SHARE,
    keyness,
    similarity_matrix,
    top_similar_pairs,
)
from .compare import compare as compare_documents
from .document import Document
from .errors import PolcompareError
from .io import atomic_write
from .themes import STANCE_WINDOW, TAXONOMIES, load_dictionary

__all__ = [
    "DEFAULT_NAME",
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


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows, computed; :func:`write_report` only renders it.

    Attributes
    ----------
    created : datetime
        When the report was computed (UTC).
    roles : dict
        ``paper`` (the main position paper's ``doc_id`` or ``None``),
        ``version`` (its other language version), ``conclusions`` (the
        conclusions compared with it word by word).
    inputs : DataFrame
        One row per document: ``doc_id, path, lang, lang_detected,
        lang_confidence, encoding, doc_type, bytes, sha256`` (of the file).
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
    tables : dict of str to DataFrame
        What :func:`polcompare.compare.compare_corpus` returns.
    figures : dict of str to plotly Figure
        ``themes`` (theme counts of the paper's items, redrawn by the
        filter), ``coverage``, ``sankey``, ``policy_profiles``,
        ``stance_profiles``, ``similarity``, ``keyness``, ``agreement``,
        ``sunburst``; only those the documents allow.
    themes : DataFrame
        The ``oap`` themes: ``theme, group, color, items`` (items carrying it).
    dictionaries : DataFrame
        ``taxonomy, name, source, themes, sha256``.
    parameters : dict
        The settings behind the numbers (stance window, thin share, ...).
    versions : dict
        polcompare, Python, pandas, plotly and plotly.js versions.
    """

    created: datetime
    roles: dict[str, str | None]
    inputs: pd.DataFrame
    documents: pd.DataFrame
    items: pd.DataFrame
    evidence: pd.DataFrame
    headings: pd.DataFrame
    footnotes: pd.DataFrame
    unparsed: pd.DataFrame
    tables: dict[str, pd.DataFrame]
    figures: dict[str, go.Figure]
    themes: pd.DataFrame
    dictionaries: pd.DataFrame
    parameters: dict[str, Any]
    versions: dict[str, str]


# --- compute -------------------------------------------------------------------------------


def build_report(docs: list[Document]) -> ReportData:
    """Compute every table and figure of the report.

    Parameters
    ----------
    docs : list of Document
        The documents, e.g. ``[polcompare.read(p) for p in paths]``. Roles
        (position paper, its other language version, conclusions) are
        recognised as in :func:`polcompare.compare.compare_corpus`.

    Returns
    -------
    ReportData

    Raises
    ------
    PolcompareError
        When ``docs`` is empty.
    """
    docs = list(docs)
    if not docs:
        raise PolcompareError("documents", "nothing to report")
    comparison = compare_documents(docs)
    tables = {name: comparison.tables[name] for name in comparison.present}
    by_id = {d.doc_id: d for d in docs}
    tagged = comparison.tagged["oap"]
    items, evidence = tagged.items, tagged.evidence
    roles = _roles(tables, items)

    colors = charts.theme_colors(tagged.dictionary.themes)
    counts = items["themes"].str.split(";").explode().value_counts()
    themes = pd.DataFrame(
        {
            "theme": list(tagged.dictionary.themes),
            "group": [tagged.dictionary.groups.get(t, "") for t in tagged.dictionary.themes],
            "color": [colors[t] for t in tagged.dictionary.themes],
            "items": [int(counts.get(t, 0)) for t in tagged.dictionary.themes],
        }
    )

    figures = _figures(tables, items, roles, by_id)
    return ReportData(
        created=datetime.now(UTC).replace(microsecond=0),
        roles=roles,
        inputs=_inputs(docs),
        documents=_documents(docs),
        items=items.drop(columns=["taxonomy", "dictionary", "dictionary_sha256"]),
        evidence=evidence[["item_id", "theme", "match", "pattern", "start", "end"]],
        headings=pd.concat([d.headings for d in docs], ignore_index=True),
        footnotes=pd.concat([d.footnotes for d in docs], ignore_index=True),
        unparsed=pd.concat([d.unparsed for d in docs], ignore_index=True),
        tables=tables,
        figures=figures,
        themes=themes,
        dictionaries=_dictionaries(),
        parameters=_parameters(),
        versions=_versions(),
    )


def _roles(tables: dict[str, pd.DataFrame], items: pd.DataFrame) -> dict[str, str | None]:
    """Read the roles compare_corpus chose back from its tables."""
    doc_of = dict(zip(items["item_id"], items["doc_id"], strict=True))

    def first(table: str, column: str) -> str | None:
        frame = tables.get(table)
        if frame is None or frame.empty:
            return None
        values = frame[column].dropna()
        return values.iloc[0] if column == "doc_id" else doc_of.get(values.iloc[0])

    return {
        "paper": first("gaps", "doc_id"),
        "version": first("alignment", "item_id_b"),
        "conclusions": first("similar_pairs", "item_id_b"),
    }


def _figures(
    tables: dict[str, pd.DataFrame],
    items: pd.DataFrame,
    roles: dict[str, str | None],
    by_id: dict[str, Document],
) -> dict[str, go.Figure]:
    paper, concl = roles["paper"], roles["conclusions"]
    scope = items[items["doc_id"] == paper] if paper else items
    figs = {"themes": charts.theme_counts(scope, title=None)}
    figs["themes"].update_layout(height=300, margin={"t": 20, "b": 90, "l": 50, "r": 10})
    if paper:
        cov = tables["coverage_oap"]
        figs["coverage"] = charts.coverage_heatmap(cov[cov["doc_id"] == paper])
        figs["coverage"].update_layout(
            height=330, margin={"t": 20, "b": 130}, yaxis={"autorange": "reversed"}
        )
        figs["sankey"] = charts.section_sankey(tables["gaps"])
        figs["sankey"].update_layout(height=480, margin={"t": 20, "b": 20, "l": 10, "r": 10})
    if paper and concl:
        for taxonomy in ("policy", "stance"):
            profile = tables[f"profile_{taxonomy}"]
            pair = profile[profile["doc_id"].isin([paper, concl])]
            # Themes along x, the two documents side by side in each group.
            fig = charts.theme_profiles(pair, theme="doc_id", doc="theme")
            fig.update_layout(
                height=360,
                margin={"t": 20, "b": 110},
                yaxis={"tickformat": ".0%", "title": "share of items"},
                xaxis={"title": None},
                legend={"title": None, "orientation": "h", "y": 1.12},
            )
            figs[f"{taxonomy}_profiles"] = fig
        matrix = similarity_matrix(by_id[paper].items, by_id[concl].items)
        figs["similarity"] = charts.similarity_heatmap(matrix)
        figs["similarity"].update_layout(height=420, margin={"t": 20})
        figs["keyness"] = charts.keyness_bars(tables["keyness"])
        figs["keyness"].update_layout(
            height=max(420, 16 * len(tables["keyness"])),
            margin={"t": 30},
            legend={"title": None},
        )
    if "theme_agreement" in tables:
        figs["agreement"] = charts.agreement_bars(tables["theme_agreement"])
        figs["agreement"].update_layout(
            height=320, margin={"t": 20}, xaxis={"title": None, "tickangle": -60}
        )
    figs["sunburst"] = charts.item_sunburst(items)
    figs["sunburst"].update_layout(height=520, margin={"t": 10, "b": 10, "l": 10, "r": 10})
    return figs


def _inputs(docs: list[Document]) -> pd.DataFrame:
    rows = []
    for d in docs:
        data = d.path.read_bytes()
        rows.append(
            {
                "doc_id": d.doc_id,
                "path": str(d.path),
                "lang": d.lang,
                "lang_detected": d.lang_detected,
                "lang_confidence": round(float(d.lang_confidence), 3),
                "encoding": d.encoding,
                "doc_type": d.doc_type,
                "bytes": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
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


def _dictionaries() -> pd.DataFrame:
    rows = []
    for taxonomy in TAXONOMIES:
        d = load_dictionary(taxonomy)
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


def _parameters() -> dict[str, Any]:
    return {
        "stance window (tokens from an item's or clause's start)": STANCE_WINDOW,
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


@dataclass(frozen=True)
class Segment:
    """A run of item text and the themes whose matches cover it (none: plain text)."""

    text: str
    themes: tuple[str, ...] = ()


def highlight_segments(
    text: str, spans: list[tuple[int, int, str]], order: dict[str, int] | None = None
) -> list[Segment]:
    """Cut a text into runs covered by the same set of matches.

    Parameters
    ----------
    text : str
    spans : list of (start, end, theme)
        Character offsets into ``text`` (evidence rows); they may overlap.
    order : dict, optional
        Theme -> rank, to list a run's themes in dictionary order.

    Returns
    -------
    list of Segment
        Consecutive runs that join back to ``text``.
    """
    n = len(text)
    spans = [(max(0, s), min(n, e), t) for s, e, t in spans if min(n, e) > max(0, s)]
    if not spans:
        return [Segment(text)] if text else []
    rank = order or {}
    bounds = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[Segment] = []
    for a, b in pairwise(bounds):
        themes = tuple(
            sorted({t for s, e, t in spans if s < b and e > a}, key=lambda t: (rank.get(t, 99), t))
        )
        if out and out[-1].themes == themes:
            out[-1] = Segment(out[-1].text + text[a:b], themes)
        else:
            out.append(Segment(text[a:b], themes))
    return out


def _lines(start: int, end: int) -> str:
    return f"line {start}" if start == end else f"lines {start}–{end}"


def _split(value: str) -> list[str]:
    return [t for t in str(value).split(";") if t]


def _item_views(data: ReportData) -> dict[str, list[dict]]:
    """Per document: sections, each a list of runs of items under one sub-heading."""
    order = {t: k for k, t in enumerate(data.themes["theme"])}
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for item_id, s, e, t in data.evidence[["item_id", "start", "end", "theme"]].itertuples(
        index=False
    ):
        spans.setdefault(item_id, []).append((int(s), int(e), t))
    notes: dict[str, list[dict]] = {}
    for row in data.footnotes.itertuples(index=False):
        if row.item_id:
            notes.setdefault(row.item_id, []).append({"number": row.number, "text": row.text})
    titles = {
        (h.doc_id, h.section): h.text
        for h in data.headings.itertuples(index=False)
        if h.kind in ("section", "part")
    }

    out: dict[str, list[dict]] = {}
    for doc_id, frame in data.items.groupby("doc_id", sort=False):
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
                    "key": f"{row.section} {row.number}{row.letter}",
                    "marker": row.marker,
                    "date": row.date,
                    "lines": _lines(int(row.start_line), int(row.end_line)),
                    "start_line": int(row.start_line),
                    "end_line": int(row.end_line),
                    "themes": _split(row.themes),
                    "segments": highlight_segments(row.text, spans.get(row.item_id, []), order),
                    "notes": notes.get(row.item_id, []),
                }
            )
        out[doc_id] = sections
    return out


def _records(frame: pd.DataFrame | None) -> list[dict]:
    return [] if frame is None else frame.to_dict(orient="records")


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
                "items": r.items.replace(";", ", "),
            }
        )
    return list(rows.values())


def _view(data: ReportData) -> dict[str, Any]:
    """Arrange the computed tables for the template (no new numbers)."""
    t = data.tables
    roles = data.roles
    paper = roles["paper"]
    views = _item_views(data)
    segs = {
        item["item_id"]: item["segments"]
        for sections in views.values()
        for s in sections
        for g in s["groups"]
        for item in g["items"]
    }

    view: dict[str, Any] = {
        "data": data,
        "roles": roles,
        "documents": _records(data.documents),
        "inputs": _records(data.inputs),
        "dictionaries": _records(data.dictionaries),
        "themes": _records(data.themes),
        "theme_groups": [
            {"name": g, "themes": _records(data.themes[data.themes["group"] == g])}
            for g in dict.fromkeys(data.themes["group"])
        ],
        "theme_color": dict(zip(data.themes["theme"], data.themes["color"], strict=True)),
        "paper_sections": views.get(paper, []) if paper else [],
        "other_docs": [
            {"doc_id": doc_id, "sections": sections}
            for doc_id, sections in views.items()
            if doc_id != paper
        ],
        "unparsed": {
            doc_id: _records(frame) for doc_id, frame in data.unparsed.groupby("doc_id", sort=False)
        },
        "total_items": len(data.items),
        "paper_items": int((data.items["doc_id"] == paper).sum()) if paper else 0,
        "figures": set(data.figures),
        "thin_share": THIN_SHARE,
    }
    if "gaps" in t:
        gaps = t["gaps"]
        view["gap_sections"] = list(dict.fromkeys(gaps["section"]))
        view["gap_groups"] = [
            {"group": g, "rows": _gap_rows(gaps, g)} for g in dict.fromkeys(gaps["group"])
        ]
        view["gap_counts"] = gaps["status"].value_counts().to_dict()
        view["flow"] = _records(t["section_flow"])
        view["flow_sections"] = [c for c in POSITION_SECTIONS if c in t["section_flow"]]
    if "shared_policy" in t:
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
    if "alignment" in t:
        agreement = t["theme_agreement"]
        differing = agreement[agreement["jaccard"] < 1]
        align = t["alignment"].set_index(KEY)
        view["alignment_counts"] = t["alignment"]["status"].value_counts().to_dict()
        view["mean_jaccard"] = float(agreement["jaccard"].mean()) if len(agreement) else 1.0
        view["agreement_n"] = len(agreement)
        view["differing"] = [
            {
                **r,
                "key": f"{r['section']} {r['number']}{r['letter']}",
                "seg_a": segs.get(align.loc[tuple(r[k] for k in KEY), "item_id_a"], []),
                "seg_b": segs.get(align.loc[tuple(r[k] for k in KEY), "item_id_b"], []),
            }
            for r in _records(differing)
        ]
    if "facts" in t:
        facts = t["facts"]
        if set(KEY) <= set(facts.columns):
            facts = facts.assign(item=facts["section"] + " " + facts["number"] + facts["letter"])
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
    return view


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
        loader=PackageLoader("polcompare", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = lambda x: f"{100 * float(x):.0f}%"
    env.filters["num"] = lambda x, d=2: f"{float(x):.{d}f}"
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

    blob = _figure_blob(data.figures)
    blob["colors"] = dict(zip(data.themes["theme"], data.themes["color"], strict=True))
    blob["order"] = list(data.themes["theme"])
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            **_view(data),
            plotly_js=Markup(_plotlyjs()),
            report_json=Markup(script_json(blob)),
        )
    )


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
