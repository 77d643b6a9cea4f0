"""Render: a Comparison as charts, notebook widgets, a standalone report, exported notebooks.

Renderers only read what :func:`polcompare.compare` computed.

- :mod:`.charts`: plotly figures from the comparison's tables;
- :mod:`.report`: :func:`build_report` (a :class:`ReportData` around a
  Comparison) and :func:`write_report` (one self-contained HTML file);
- :mod:`.widgets`: the ipywidgets explorer (``explore``) and ``init_notebook``;
- :mod:`.export`: notebooks as offline HTML (the ``export`` extra);
- :mod:`.highlight`: the one rule that marks matched words in item text.
"""

from . import charts
from .report import ReportData, build_report, render_report, write_report

__all__ = ["ReportData", "build_report", "charts", "render_report", "write_report"]
