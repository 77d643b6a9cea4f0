"""polcompare: parse, tag and compare policy positions in EU Council documents.

The pipeline, one call per stage, each with its result type::

    docs = [polcompare.read(p) for p in paths]         # Document: cleaned, itemised
    tagged = polcompare.tag(docs[0].items, taxonomy="oap")   # Tagged: themes, evidence
    result = polcompare.compare(docs)                  # Comparison: roles and tables
    pairs = polcompare.align(docs[0], docs[1])         # DataFrame: items paired by content
    over_time = polcompare.series(paths)               # Series: kept/changed/new, positions
    polcompare.report(result, "reports/report.html")   # ReportData, written as HTML

The stages live in subpackages and modules named after them: ``document``
(read > clean > parse), ``themes`` (tag), ``compare``, ``render`` (charts,
widgets, report); ``parallel`` runs read and tag on many documents at once.
"""

import typing as _typing

from ._version import __version__
from .compare import Comparison, align, compare, similar
from .compare.series import Series, series
from .document import Document, concat_items, read, read_bytes
from .errors import PolcompareError
from .themes import Tagged, tag

if _typing.TYPE_CHECKING:
    from .render.report import ReportData, report

__all__ = [
    # the pipeline
    "read",
    "read_bytes",
    "tag",
    "compare",
    "align",
    "similar",
    "series",
    "report",
    # its results
    "Document",
    "Tagged",
    "Comparison",
    "Series",
    "ReportData",
    # helpers
    "concat_items",
    "PolcompareError",
    "__version__",
]


def __getattr__(name: str):
    # The report stage imports plotly (0.3 s): loaded on first use, not by ``import polcompare``.
    if name in ("report", "ReportData"):
        from .render import report as module

        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'polcompare' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
