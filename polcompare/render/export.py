"""Notebooks as standalone HTML pages that load nothing from the network.

nbconvert's stock ``lab`` template puts require.js and MathJax ``<script>``
tags pointing at cdnjs into every page, a loader that imports mermaid from
cdnjs when the page holds a diagram, and the Jupyter widget manager from
jsDelivr when widget state is saved. Opened offline such a page still shows
polcompare's charts (plotly.js is embedded by
:func:`polcompare.render.widgets.init_notebook`), but the browser tries those
addresses. :func:`notebook_to_html` uses the same template with those four
blocks left empty, and says so when a notebook's own outputs still load
scripts from the web.

    polcompare export-notebook notebooks/02_oslo_action_plan_themes.ipynb --execute

A page made this way cannot run the theme explorer (that needs a kernel);
LaTeX in Markdown cells and mermaid diagrams show as their source.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

from .._optional import require
from ..errors import MissingFileError, NotAFileError, PolcompareError
from ..io import atomic_write

#: A terminal colour or cursor code (IPython colours the tracebacks it sends).
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

__all__ = [
    "OFFLINE_TEMPLATE",
    "export_notebook",
    "notebook_to_html",
    "offline_exporter",
    "outside_scripts",
]

#: The nbconvert ``lab`` template without its four network scripts.
OFFLINE_TEMPLATE = """\
{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
"""

_SCRIPT_SRC = re.compile(r"""<script\b[^>]*\bsrc\s*=\s*["']?((?:https?:)?//[^"'\s>]+)""", re.I)


def offline_exporter():
    """Return an nbconvert ``HTMLExporter`` using :data:`OFFLINE_TEMPLATE`."""
    import jinja2

    HTMLExporter = require("nbconvert", "export", "export-notebook").HTMLExporter
    loader = jinja2.DictLoader({"polcompare-offline.html.j2": OFFLINE_TEMPLATE})
    return HTMLExporter(extra_loaders=[loader], template_file="polcompare-offline.html.j2")


def outside_scripts(html: str) -> list[str]:
    """Return the addresses of scripts a page would load from the network."""
    return sorted(set(_SCRIPT_SRC.findall(html)))


def _read_notebook(path: Path):
    nbformat = require("nbformat", "export", "export-notebook")
    if not path.exists():
        raise MissingFileError(path, "no such notebook")
    if path.is_dir():
        raise NotAFileError(path, "is a directory, not a notebook")
    try:
        return nbformat.read(path, as_version=4)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PolcompareError(path, f"is not a Jupyter notebook (not JSON: {exc})") from exc
    except (nbformat.ValidationError, KeyError, AttributeError, TypeError, ValueError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PolcompareError(path, f"is not a Jupyter notebook ({reason})") from exc


def notebook_to_html(
    notebook: str | Path, *, execute: bool = False, timeout: int = 600
) -> tuple[str, list[str]]:
    """Render a notebook as one HTML page that needs no network.

    Parameters
    ----------
    notebook : str or Path
        An ``.ipynb`` file.
    execute : bool
        Run it top to bottom first (in its own folder, with the kernel its
        metadata names); otherwise the outputs saved in the file are shown.
    timeout : int
        Seconds allowed per cell when executing.

    Returns
    -------
    (str, list of str)
        The page, and the addresses of scripts that the notebook's own
        outputs still load from the network (empty when the page is fully
        offline; a plotly figure shown without
        :func:`~polcompare.render.widgets.init_notebook` loads plotly.js from a CDN).

    Raises
    ------
    PolcompareError
        The file is missing, not a notebook, or a cell failed while executing.
    """
    path = Path(notebook)
    nb = _read_notebook(path)
    if execute:
        require("nbclient", "export", "export-notebook --execute")
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError

        client = NotebookClient(
            nb,
            timeout=timeout,
            resources={"metadata": {"path": str(path.resolve().parent)}},
            store_widget_state=False,  # a static page cannot run widgets anyway
        )
        # The kernel's own stderr is passed on, less its warning that it talks over TCP
        # without encryption ("susceptible to eavesdropping"): it always runs on this machine.
        with tempfile.TemporaryFile() as kernel_err:
            try:
                client.execute(stderr=kernel_err)
            except CellExecutionError as exc:
                # the traceback's last line, without the terminal colours IPython adds
                text = ANSI.sub("", str(exc)).strip()
                first = text.splitlines()[-1] if text else type(exc).__name__
                raise PolcompareError(path, f"a cell failed while executing: {first}") from exc
            finally:
                kernel_err.seek(0)
                sys.stderr.write(_kernel_stderr(kernel_err.read().decode("utf-8", "replace")))
    html, _ = offline_exporter().from_notebook_node(nb)
    return html, outside_scripts(html)


# The kernel's log of a socket closed under it while it shuts down (a race in the kernel
# itself): "ERROR:tornado.general:..." and a traceback ending in this ZMQError.
_SHUTDOWN_RACE = re.compile(
    r"^ERROR:tornado\.[\w.]+:.*?^zmq\.error\.ZMQError: Socket operation on non-socket\n?",
    re.MULTILINE | re.DOTALL,
)


def _kernel_stderr(text: str) -> str:
    """Return what the kernel wrote to stderr, less its notes about itself.

    Its warning that it talks over TCP without encryption ("susceptible to eavesdropping":
    it always runs on this machine) and its traceback when a socket closes under it at
    shutdown are left out; what the notebook's cells wrote is kept.
    """
    text = _SHUTDOWN_RACE.sub("", text)
    return "".join(
        line for line in text.splitlines(True) if "running over TCP without encryption" not in line
    )


def export_notebook(
    notebook: str | Path, output: str | Path | None = None, *, execute: bool = False
) -> tuple[Path, list[str]]:
    """Write :func:`notebook_to_html`'s page to ``output`` atomically.

    ``output`` defaults to the notebook's name with ``.html``, beside it; a
    folder gets that name inside it. Returns the path written and the
    outside script addresses (see :func:`notebook_to_html`).
    """
    path = Path(notebook)
    html, outside = notebook_to_html(path, execute=execute)
    target = Path(output) if output is not None else path.with_suffix(".html")
    if target.is_dir():
        target = target / path.with_suffix(".html").name
    written = atomic_write(target, lambda fh: fh.write(html), inputs=[path])
    return written, outside
