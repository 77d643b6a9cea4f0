"""The notebooks, as a reader meets them: committed clean, run top to bottom, exported to HTML.

Every notebook is executed with nbclient from ``notebooks/`` (as JupyterLab runs it), by
the kernel its metadata names (``python3``), which ``kernel_env`` points at this
interpreter: a kernelspec in a temporary ``JUPYTER_PATH``, the first place Jupyter looks,
so a ``python3`` kernel installed elsewhere on the machine cannot take its place.

The executed notebooks are then exported to HTML and opened in headless Chromium with
every non-file request blocked: each plotly chart must draw (plotly.js is embedded by
``polcompare.render.widgets.init_notebook``) without a console error and without a request
leaving the file. nbconvert's stock ``lab`` template loads require.js and MathJax from
cdnjs in every page (and the widget manager from jsDelivr when widget state is saved);
the export here is ``polcompare export-notebook``'s: that template with those blocks (and the
mermaid loader) emptied (``polcompare.render.export.OFFLINE_TEMPLATE``).
"""

import asyncio
import json
import re
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

from polcompare.render.export import offline_exporter

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
NAMES = [p.stem for p in NOTEBOOKS]
KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}
CELL_TIMEOUT = 120
KERNEL_START_TIMEOUT = 300


RENDERED = """n => {
  const divs = [...document.querySelectorAll('.plotly-graph-div')];
  return divs.length === n && divs.every(d => d.querySelector('.main-svg'));
}"""


def test_the_five_notebooks():
    assert NAMES == [
        "01_position_paper_items",
        "02_oslo_action_plan_themes",
        "03_belarus_conclusions",
        "04_language_versions",
        "05_positions_over_time",
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"] == KERNELSPEC  # no "Select Kernel" dialog in JupyterLab
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]
    assert "init_notebook()" in code[0].source  # plotly renders offline, here and in HTML
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")


@pytest.fixture(scope="module")
def kernel_env(tmp_path_factory):
    """Make the ``python3`` kernelspec run this interpreter (the project's .venv)."""
    jupyter_path = tmp_path_factory.mktemp("jupyter")
    kernel = jupyter_path / "kernels" / "python3"
    kernel.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": KERNELSPEC["display_name"],
        "language": "python",
    }
    (kernel / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_PATH", str(jupyter_path))
        yield jupyter_path


def _client(nb):
    return NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        # five kernels start at once on two cores: one took over nbclient's 60 s in a CI run
        startup_timeout=KERNEL_START_TIMEOUT,
        resources={"metadata": {"path": str(NOTEBOOK_DIR)}},
        store_widget_state=False,  # a static page cannot run the explorer anyway
    )


@pytest.fixture(scope="module")
def executed(kernel_env):
    """Every notebook run top to bottom (concurrently): name -> notebook, or the error."""

    async def run(path):
        nb = nbformat.read(path, as_version=4)
        try:
            await _client(nb).async_execute()
        except Exception as exc:  # reported by test_notebook_runs
            return exc
        return nb

    async def run_all():
        return await asyncio.gather(*(run(p) for p in NOTEBOOKS))

    return dict(zip(NAMES, asyncio.run(run_all()), strict=True))


@pytest.mark.slow
def test_kernel_is_this_python(kernel_env):
    assert KernelSpecManager().get_kernel_spec("python3").argv[0] == sys.executable
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": KERNELSPEC})
    nb.cells.append(nbformat.v4.new_code_cell("import sys; print(sys.prefix)"))
    _client(nb).execute()
    assert nb.cells[0].outputs[0]["text"].strip() == sys.prefix


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs(executed, name):
    nb = executed[name]
    if isinstance(nb, Exception):
        pytest.fail(f"{name} failed:\n{nb}")
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        assert cell.execution_count is not None
        for out in cell.outputs:
            assert out.output_type != "error", f"{out.ename}: {out.evalue}"
            assert out.get("name") != "stderr", f"stderr in {cell.source[:60]!r}: {out.text}"
            data = out.get("data", {})
            shown = data.get("text/html") or data.get("text/plain")  # what JupyterLab shows
            if out.output_type == "stream":  # what a cell prints is read too
                shown = out.text
                repr_ = PRINTED_REPR.search(shown)
                assert not repr_, f"a Python repr in {cell.source[:60]!r}: {repr_.group()}"
            widget = "application/vnd.jupyter.widget-view+json" in data
            if shown and not widget and "<script" not in shown:
                repr_ = PYTHON_REPR.search(shown)
                assert not repr_, f"a Python repr in {cell.source[:60]!r}: {repr_.group()}"
                missing = MISSING_CELL.search(shown)
                assert not missing, f"'{missing.group(1)}' shown in {cell.source[:60]!r}"


#: What a reader should never have to decode in a notebook's tables and results: a dict
#: (``{'title': ...``) or a dataclass (``Roles(paper='...``) printed as Python.
PYTHON_REPR = re.compile(r"\{'[^'<>]{1,40}': |\b[A-Z]\w+\(\w+=['\d(\[{N]")

#: ... and, in what a cell prints, a pandas array (``<ArrowStringArray>`` over its values and
#: ``Length: 1, dtype: str``) or a value count as a dict (``{'match': 36}``).
PRINTED_REPR = re.compile(rf"{PYTHON_REPR.pattern}|<\w*Array>|Length: \d+, dtype: ")

#: A table cell that shows a missing value as pandas prints it (the alignment's score of a
#: pair made by key, the standard error of a Wordscores reference text were "NaN").
MISSING_CELL = re.compile(r"<td[^>]*>\s*(NaN|nan|<NA>|None)\s*</td>")


def _figures(nb) -> int:
    """Plotly figures in a notebook's outputs (as HTML, which the export shows)."""
    return sum(
        "plotly-graph-div" in out.get("data", {}).get("text/html", "")
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.outputs
    )


@pytest.fixture(scope="module")
def exporter():
    return offline_exporter()


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.parametrize("name", NAMES)
def test_html_export_renders_offline(executed, exporter, browser, name, tmp_path):
    nb = executed[name]
    if isinstance(nb, Exception):
        pytest.fail(f"{name} did not run: {nb}")
    figures = _figures(nb)
    assert figures > 0
    body, _ = exporter.from_notebook_node(nb)
    assert re.search(r"plotly\.js v\d", body), "plotly.js is not embedded"
    assert not re.findall(r"<script[^>]*\ssrc=", body)
    page_path = tmp_path / f"{name}.html"
    page_path.write_text(body, encoding="utf-8")

    page = browser.new_page()
    outside, errors = [], []

    def guard(route):
        if route.request.url.startswith(("file:", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(page_path.as_uri(), wait_until="load")
        page.wait_for_function(RENDERED, arg=figures, timeout=30_000)
        drawn = page.locator(".plotly-graph-div .main-svg").count()
    finally:
        page.close()
    assert drawn >= figures
    assert not outside, f"requests left the file: {outside[:5]}"
    assert not errors, errors


def _tiny_notebook(path, source, outputs=()):
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": KERNELSPEC})
    nb.cells.append(nbformat.v4.new_markdown_cell("# A <b>tiny</b> notebook"))
    cell = nbformat.v4.new_code_cell(source)
    cell.outputs = list(outputs)
    nb.cells.append(cell)
    nbformat.write(nb, path)
    return path


def test_export_notebook_command_offline_page(tmp_path, capsys):
    from polcompare.cli import main

    path = _tiny_notebook(tmp_path / "tiny.ipynb", "print('x')")
    assert main(["export-notebook", str(path)]) == 0
    page = (tmp_path / "tiny.html").read_text(encoding="utf-8")
    assert "<h1" in page  # the markdown cell, rendered
    assert not re.findall(r"<script[^>]*\ssrc=", page)
    assert not re.search(r"https?://", re.sub(r"<style.*?</style>", "", page, flags=re.S))
    captured = capsys.readouterr()
    assert captured.out.startswith(f"wrote {tmp_path / 'tiny.html'}") and captured.err == ""


def test_export_notebook_warns_about_outputs_that_load_from_the_web(tmp_path, capsys):
    from polcompare.cli import main

    cdn = '<script src="https://cdn.plot.ly/plotly-2.35.2.min.js"></script><div>chart</div>'
    out = nbformat.v4.new_output("display_data", data={"text/html": cdn})
    path = _tiny_notebook(tmp_path / "cdn.ipynb", "fig.show()", [out])
    assert main(["export-notebook", str(path), "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out").is_file()  # a file name, not a folder that did not exist
    err = capsys.readouterr().err
    assert "loads https://cdn.plot.ly/plotly-2.35.2.min.js" in err
    assert "init_notebook()" in err


@pytest.mark.parametrize(
    ("content", "words"),
    [(None, "no such notebook"), ("xx", "is not a Jupyter notebook"), ('{"a": 1}', "missing")],
)
def test_export_notebook_bad_input_is_one_line(tmp_path, capsys, content, words):
    from polcompare.cli import main

    path = tmp_path / "bad.ipynb"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["export-notebook", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and str(path) in err
    assert not (tmp_path / "bad.html").exists()


@pytest.mark.slow
def test_export_notebook_execute(kernel_env, tmp_path, capsys):
    from polcompare.cli import main

    path = _tiny_notebook(tmp_path / "run.ipynb", "print(6 * 7)")
    assert main(["export-notebook", str(path), "--execute"]) == 0
    assert "42" in (tmp_path / "run.html").read_text(encoding="utf-8")
    failing = _tiny_notebook(tmp_path / "fail.ipynb", "1 / 0")
    assert main(["export-notebook", str(failing), "--execute"]) == 2
    err = capsys.readouterr().err
    assert "a cell failed while executing" in err and "ZeroDivisionError" in err
    # the traceback's line as a reader reads it: no terminal colours ('[31m...[39m')
    assert "ZeroDivisionError: division by zero" in err and "\x1b[" not in err


@pytest.mark.slow
def test_export_notebook_execute_keeps_the_kernels_tcp_warning_out(kernel_env, tmp_path, capfd):
    # The kernel printed "Kernel is running over TCP without encryption ... susceptible to
    # eavesdropping" on every run: alarming, and about a kernel on this machine.
    from polcompare.cli import main

    path = _tiny_notebook(tmp_path / "run.ipynb", "import sys; print('to stderr', file=sys.stderr)")
    assert main(["export-notebook", str(path), "--execute"]) == 0
    err = capfd.readouterr().err
    assert "without encryption" not in err and "eavesdropping" not in err
    assert "Traceback" not in err


def test_the_kernels_shutdown_race_is_left_out_of_its_stderr():
    # CI once failed on the kernel's own traceback at shutdown ("Socket operation on
    # non-socket"), printed as if the notebook had gone wrong; a cell's stderr stays.
    from polcompare.render.export import _kernel_stderr

    text = (
        "to stderr\n"
        "ERROR:tornado.general:Uncaught exception in ZMQStream callback\n"
        "Traceback (most recent call last):\n"
        '  File "zmq/eventloop/zmqstream.py", line 585, in _log_error\n'
        "    f.result()\n"
        "zmq.error.ZMQError: Socket operation on non-socket\n"
        "[I] Kernel is running over TCP without encryption. This is susceptible to eavesdropping\n"
        "ValueError: the cell's own\n"
    )
    assert _kernel_stderr(text) == "to stderr\nValueError: the cell's own\n"


def test_the_evidence_cell_of_notebook_02_runs_on_a_text_with_no_match(capsys):
    # a new user pointed notebook 02 at texts on small arms: no Oslo theme matched, and the
    # cell cutting the first match out of its item stopped the notebook with an IndexError
    import types

    import pandas as pd

    cells = json.loads((ROOT / "notebooks" / "02_oslo_action_plan_themes.ipynb").read_text())
    source = next(
        "".join(c["source"]) for c in cells["cells"] if "first_match" in "".join(c["source"])
    )
    lv = types.SimpleNamespace(doc_id="att-csp8.en", items=pd.DataFrame())
    oap = types.SimpleNamespace(evidence=pd.DataFrame(columns=["item_id", "start", "end"]))
    exec(source, {"lv": lv, "oap": oap})  # noqa: S102 (the notebook's own cell)
    assert "No Oslo Action Plan theme matched in att-csp8.en" in capsys.readouterr().out
