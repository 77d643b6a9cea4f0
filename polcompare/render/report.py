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

import functools
import inspect
import json
import platform
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from .._version import __version__
from ..compare import KEY, POSITION_SECTIONS, THIN_SHARE, Comparison, keyness, top_similar_pairs
from ..compare import compare as compare_documents
from ..document import Document
from ..errors import PolcompareError
from ..io import atomic_write
from ..items import item_label, item_labels, line_label, split_themes
from ..themes import STANCE_WINDOW
from . import charts
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

    @property
    def roles(self) -> dict[str, str | None]:
        """``paper``, ``version``, ``conclusions``: ``doc_id`` values or ``None``."""
        return self.comparison.roles.as_dict()

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table of the comparison (empty when its role is missing)."""
        return self.comparison.tables


# --- compute -------------------------------------------------------------------------------


def build_report(
    docs: Comparison | Iterable[Document],
    *,
    paper: str | None = None,
    versions: Sequence[str] | str | None = None,
) -> ReportData:
    """Compute every figure of the report, around a :class:`Comparison`.

    Parameters
    ----------
    docs : Comparison or list of Document
        A comparison of documents (:func:`polcompare.compare`), or the
        documents, e.g. ``[polcompare.read(p) for p in paths]``, to compare
        first. Roles (position paper, its other language version,
        conclusions) are the comparison's.
    paper, versions
        Documents only: passed to :func:`polcompare.compare`.

    Returns
    -------
    ReportData

    Raises
    ------
    PolcompareError
        When there is no document, or the comparison was built from an items
        table (the report shows the documents' headings and footnotes too).
    """
    if isinstance(docs, Comparison):
        comparison = docs
    else:
        documents = list(docs)
        if not documents:
            raise PolcompareError("documents", "nothing to report")
        comparison = compare_documents(documents, paper=paper, versions=versions)
    if not comparison.documents:
        raise PolcompareError(
            "comparison", "was built from an items table; the report needs the documents"
        )
    docs = list(comparison.documents)
    tagged = comparison.tagged["oap"]
    items, evidence = tagged.items, tagged.evidence
    colors = charts.theme_colors(comparison.themes["theme"])
    counts = items["themes"].map(split_themes).explode().value_counts()
    themes = pd.DataFrame(
        {
            "theme": list(tagged.dictionary.themes),
            "group": [tagged.dictionary.groups.get(t, "") for t in tagged.dictionary.themes],
            "color": [colors[t] for t in tagged.dictionary.themes],
            "items": [int(counts.get(t, 0)) for t in tagged.dictionary.themes],
        }
    )
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
        figures=_figures(comparison, colors),
        themes=themes,
        dictionaries=_dictionaries(comparison),
        parameters=_parameters(),
        versions=_versions(),
    )


def _figures(comparison: Comparison, colors: dict[str, str]) -> dict[str, go.Figure]:
    roles, tables = comparison.roles, comparison.tables
    items = comparison.tagged["oap"].items
    paper, concl = roles.paper, roles.conclusions
    scope = items[items["doc_id"] == paper] if paper else items
    figs = {"themes": charts.theme_counts(scope, title=None, colors=colors)}
    figs["themes"].update_layout(height=300, margin={"t": 20, "b": 90, "l": 50, "r": 10})
    if paper:
        cov = tables["coverage_oap"]
        figs["coverage"] = charts.coverage_heatmap(cov[cov["doc_id"] == paper])
        figs["coverage"].update_layout(
            height=330, margin={"t": 20, "b": 130}, yaxis={"autorange": "reversed"}
        )
        figs["sankey"] = charts.section_sankey(tables["gaps"], colors=colors)
        figs["sankey"].update_layout(height=480, margin={"t": 20, "b": 20, "l": 10, "r": 10})
    if paper and concl:
        for taxonomy in ("policy", "stance"):
            profile = tables[f"profile_{taxonomy}"]
            pair = profile[profile["doc_id"].isin([paper, concl])]
            # Themes along x, the two documents side by side in each group.
            # The documents take the colours after the themes'.
            docs = charts.theme_colors([*colors, *pair["doc_id"].unique()])
            fig = charts.theme_profiles(pair, theme="doc_id", doc="theme", colors=docs)
            fig.update_layout(
                height=360,
                margin={"t": 20, "b": 110},
                yaxis={"tickformat": ".0%", "title": "share of items"},
                xaxis={"title": None},
                legend={"title": None, "orientation": "h", "y": 1.12},
            )
            figs[f"{taxonomy}_profiles"] = fig
        figs["similarity"] = charts.similarity_heatmap(comparison.similarity)
        figs["similarity"].update_layout(height=420, margin={"t": 20})
        figs["keyness"] = charts.keyness_bars(tables["keyness"])
        figs["keyness"].update_layout(
            height=max(420, 16 * len(tables["keyness"])),
            margin={"t": 30},
            legend={"title": None},
        )
    if roles.version:
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
                    "key": item_label(row.section, row.number, row.letter),
                    "marker": row.marker,
                    "date": row.date,
                    "lines": line_label(int(row.start_line), int(row.end_line)),
                    "start_line": int(row.start_line),
                    "end_line": int(row.end_line),
                    "themes": split_themes(row.themes),
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
        "role_reasons": data.comparison.roles.reasons,
        "role_notes": data.comparison.roles.notes,
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
    if roles["paper"]:
        gaps = t["gaps"]
        view["gap_sections"] = list(dict.fromkeys(gaps["section"]))
        view["gap_groups"] = [
            {"group": g, "rows": _gap_rows(gaps, g)} for g in dict.fromkeys(gaps["group"])
        ]
        view["gap_counts"] = gaps["status"].value_counts().to_dict()
        view["flow"] = _records(t["section_flow"])
        view["flow_sections"] = [c for c in POSITION_SECTIONS if c in t["section_flow"]]
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
        agreement = t["theme_agreement"]
        differing = agreement[agreement["jaccard"] < 1]
        align = t["alignment"].set_index(KEY)
        view["alignment_counts"] = t["alignment"]["status"].value_counts().to_dict()
        view["mean_jaccard"] = float(agreement["jaccard"].mean()) if len(agreement) else 1.0
        view["agreement_n"] = len(agreement)
        view["differing"] = [
            {
                **r,
                "key": item_label(r["section"], r["number"], r["letter"]),
                "only_a": split_themes(r["only_a"]),
                "only_b": split_themes(r["only_b"]),
                "seg_a": segs.get(align.loc[tuple(r[k] for k in KEY), "item_id_a"], []),
                "seg_b": segs.get(align.loc[tuple(r[k] for k in KEY), "item_id_b"], []),
            }
            for r in _records(differing)
        ]
    if roles["paper"] and roles["version"]:
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
        loader=PackageLoader("polcompare.render", "templates"),
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


def report(
    docs: Comparison | Iterable[Document],
    path: str | Path | None = None,
    *,
    paper: str | None = None,
    versions: Sequence[str] | str | None = None,
) -> ReportData:
    """Build the report of documents or a Comparison; write it to ``path`` when given.

    ``polcompare.report(docs, "reports/report.html")`` is
    :func:`build_report` then :func:`write_report`.

    Returns
    -------
    ReportData
    """
    data = build_report(docs, paper=paper, versions=versions)
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
