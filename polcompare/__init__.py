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

import sys as _sys
import types as _types
import typing as _typing

from ._version import __version__
from .document import Document, concat_items, read, read_bytes
from .errors import PolcompareError

if _typing.TYPE_CHECKING:
    from .compare import Comparison, align, compare, similar
    from .compare.series import Series, series
    from .render.report import ReportData, report
    from .themes import Tagged, tag

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


# The stages after read are imported on first use, not by ``import polcompare``: the report
# imports plotly (0.3 s), compare and series the facts' patterns, tag its matcher (together
# about 0.1 s), none of which reading a document needs.
_LAZY = {
    "tag": "themes",
    "Tagged": "themes",
    "compare": "compare",
    "align": "compare",
    "similar": "compare",
    "Comparison": "compare",
    "series": "compare.series",
    "Series": "compare.series",
    "report": "render.report",
    "ReportData": "render.report",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        module = importlib.import_module(f".{_LAZY[name]}", __name__)
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'polcompare' has no attribute {name!r}")


class _Package(_types.ModuleType):
    # Importing the subpackage ``polcompare.compare`` sets the attribute ``compare`` of this
    # package to it; ``polcompare.compare`` stays the function (as when it was imported here).
    def __setattr__(self, name: str, value) -> None:
        if name == "compare" and isinstance(value, _types.ModuleType):
            return
        super().__setattr__(name, value)


_sys.modules[__name__].__class__ = _Package


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
