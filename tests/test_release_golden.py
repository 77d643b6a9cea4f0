"""The outputs of release 0.1.0 on the five seeds, pinned: a refactor must not change them.

Pinned in ``tests/data/release/`` (floats rounded to 6 decimals):

* ``compare/<table>.csv``: every table the comparison of the five seeds returns,
  and ``compare/tables.json``: which tables a comparison of some subsets returns;
* ``tags.csv`` and ``evidence.csv``: the themes and the evidence of every item of
  the seeds with each shipped taxonomy;
* ``report.json``: the data inside the report of the five seeds (roles, inputs,
  documents, items, headings, footnotes, unparsed text, themes, dictionaries,
  parameters) without timestamps, versions and paths; ``figures.json``: the
  plotly figures' data and layout (without their templates).

Written from the release with ``POLCOMPARE_WRITE_GOLDEN=1 pytest tests/test_release_golden.py``;
rewrite them only on purpose, after reading the diff. What the release had must stay as it
was; a column or key added since (a new item column, a new parameter) is not a change.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os

import pandas as pd
import pytest

import polcompare
from polcompare.document import concat_items
from polcompare.themes import TAXONOMIES, tag

from .conftest import DATA

GOLDEN = DATA / "release"
WRITE = bool(os.environ.get("POLCOMPARE_WRITE_GOLDEN"))
DECIMALS = 6

#: Subsets of the seeds (fixture names) whose comparison's table names are pinned.
SUBSETS = {
    "all": ["position_lv", "position_da", "belarus", "icsant", "norway"],
    "belarus": ["belarus"],
    "lv_da": ["position_lv", "position_da"],
    "lv_belarus": ["position_lv", "belarus"],
    "da_belarus_norway": ["position_da", "belarus", "norway"],
}


def _compare(docs) -> dict[str, pd.DataFrame]:
    """The comparison's tables that hold rows, by name."""
    return {name: frame for name, frame in polcompare.compare(docs).tables.items() if len(frame)}


def _report(docs):
    from polcompare.render.report import build_report

    return build_report(docs)


# --- canonical forms ----------------------------------------------------------------------


def _csv(frame: pd.DataFrame) -> str:
    frame = frame.copy()
    for column in frame.columns:
        if pd.api.types.is_float_dtype(frame[column]):
            frame[column] = frame[column].round(DECIMALS)
    return frame.to_csv(index=False, lineterminator="\n")


def _read(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), keep_default_na=False, na_values=[""], dtype=str)


def _round(obj):
    if isinstance(obj, float):
        return None if math.isnan(obj) else round(obj, DECIMALS)
    if isinstance(obj, dict):
        return {str(k): _round(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_round(v) for v in obj]
    if hasattr(obj, "item"):  # numpy scalars
        return _round(obj.item())
    return obj


def _records(frame: pd.DataFrame) -> list[dict]:
    return _round(json.loads(frame.to_json(orient="records", force_ascii=False)))


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _keyness_canonical(frame: pd.DataFrame) -> pd.DataFrame:
    """Keyness rows in a fixed order, without the terms of the tie groups at each side's cut.

    The release listed terms of equal G2 in set order (it varies with
    PYTHONHASHSEED), so which of the tied terms at a side's cut made the top
    list is not part of what it promised; everything else is.
    """
    frame = frame.assign(_g2=pd.to_numeric(frame["g2"]).round(4))
    frame = frame.sort_values(["direction", "_g2", "term"], ascending=[False, False, True])
    cut = {
        frame.loc[frame["direction"] == "target", "_g2"].min(),
        frame.loc[frame["direction"] == "reference", "_g2"].max(),
    }
    tied = frame["_g2"].isin(cut)
    frame.loc[tied, ["term", "word"]] = "(tie at the cut)"
    frame = frame.sort_values(["direction", "_g2", "term"], ascending=[False, False, True])
    return frame.drop(columns="_g2").reset_index(drop=True)


def _check_csv(name: str, frame: pd.DataFrame) -> None:
    path = GOLDEN / name
    text = _csv(frame)
    if WRITE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    expected, got = _read(path.read_text(encoding="utf-8")), _read(text)
    if name.endswith("keyness.csv"):
        expected, got = _keyness_canonical(expected), _keyness_canonical(got)
    assert [c for c in got.columns if c in expected.columns] == list(expected.columns), name
    assert len(got) == len(expected), name
    for column in expected.columns:
        a, b = expected[column], got[column]
        numbers_a, numbers_b = pd.to_numeric(a, errors="coerce"), pd.to_numeric(b, errors="coerce")
        if numbers_a.notna().sum() == a.notna().sum() and a.notna().any():
            pd.testing.assert_series_equal(
                numbers_b, numbers_a, check_exact=False, atol=1e-6, obj=f"{name}:{column}"
            )
        else:
            pd.testing.assert_series_equal(b, a, obj=f"{name}:{column}")


def _check_json(name: str, value) -> None:
    path = GOLDEN / name
    value = _round(value)
    if WRITE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            json.dumps(value, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
            encoding="utf-8",
        )
    expected = json.loads(path.read_text(encoding="utf-8"))
    _assert_close(value, expected, name)


def _assert_close(got, expected, where: str) -> None:
    if isinstance(expected, float) or isinstance(got, float):
        assert isinstance(got, (int, float)) and isinstance(expected, (int, float)), where
        assert got == pytest.approx(expected, abs=1e-6), where
    elif isinstance(expected, dict):  # keys added since the release are allowed
        assert isinstance(got, dict) and set(expected) <= set(got), where
        for key in expected:
            _assert_close(got[key], expected[key], f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(got, list) and len(got) == len(expected), where
        for k, (a, b) in enumerate(zip(got, expected, strict=True)):
            _assert_close(a, b, f"{where}[{k}]")
    else:
        assert got == expected, where


# --- the tests ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def docs(seeds):
    return [seeds[name] for name in SUBSETS["all"]]


@pytest.fixture(scope="module")
def tables(docs):
    return _compare(docs)


@pytest.fixture(scope="module")
def report(docs):
    return _report(docs)


def test_comparison_tables(tables):
    listed = GOLDEN / "compare" / "tables.json"
    names = sorted(tables)
    if not WRITE:
        assert names == json.loads(listed.read_text(encoding="utf-8"))["all"]
    for name in names:
        _check_csv(f"compare/{name}.csv", tables[name])


def test_which_tables_each_subset_gets(seeds, tables):
    found = {
        key: sorted(tables) if key == "all" else sorted(_compare([seeds[n] for n in names]))
        for key, names in SUBSETS.items()
    }
    _check_json("compare/tables.json", found)


def test_theme_tagging(docs):
    items = concat_items(docs)
    themes = items[["item_id"]].copy()
    evidence = []
    for taxonomy in TAXONOMIES:
        result = tag(items, taxonomy=taxonomy)
        themes[f"themes_{taxonomy}"] = list(result.items["themes"])
        evidence.append(
            result.evidence[["item_id", "theme", "match", "pattern", "start", "end"]].assign(
                taxonomy=taxonomy
            )
        )
    _check_csv("tags.csv", themes)
    ev = pd.concat(evidence, ignore_index=True)
    _check_csv("evidence.csv", ev[["taxonomy", *ev.columns[:-1]]])


def test_report_data(report, tables):
    data = report
    assert set(data.tables) >= set(tables)
    for name, frame in tables.items():
        pd.testing.assert_frame_equal(data.tables[name], frame, obj=name)
    items = data.items.assign(text=data.items["text"].map(_sha))
    _check_json(
        "report.json",
        {
            "roles": dict(data.roles),
            "inputs": _records(data.inputs.drop(columns=["path"])),
            "documents": _records(data.documents),
            "items": _records(items),
            "evidence_rows": len(data.evidence),
            "evidence_columns": list(data.evidence.columns),
            "headings": _records(data.headings),
            "footnotes": _records(data.footnotes),
            "unparsed": _records(data.unparsed),
            "themes": _records(data.themes),
            "dictionaries": _records(data.dictionaries.drop(columns=["sha256"])),
            "parameters": data.parameters,
            "figures": sorted(data.figures),
        },
    )
    oap = pd.read_csv(GOLDEN / "evidence.csv", keep_default_na=False).query("taxonomy == 'oap'")
    assert list(data.evidence["item_id"]) == list(oap["item_id"])
    assert list(data.evidence["start"]) == list(oap["start"])


def test_report_figures(report):
    from plotly.io.json import to_json_plotly

    specs = {}
    for name, fig in report.figures.items():
        spec = json.loads(to_json_plotly(fig.to_plotly_json(), engine="json"))
        layout = spec.get("layout", {})
        layout.pop("template", None)
        specs[name] = {"data": spec.get("data", []), "layout": layout}
    # Tied terms at the cut vary between runs (see _keyness_canonical); the table pins them.
    specs["keyness"] = {
        "bars": sorted(round(x, 4) for trace in specs["keyness"]["data"] for x in trace["x"]),
        "traces": [trace["name"] for trace in specs["keyness"]["data"]],
    }
    _check_json("figures.json", specs)
