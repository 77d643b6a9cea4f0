"""Packaging promises: pinned dependencies in step, an honest public API."""

import ast
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions

import pytest
import yaml

import polcompare
from polcompare.errors import PolcompareError

from .conftest import ROOT


def _pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_dependency_is_pinned():
    project = _pyproject()["project"]
    deps = project["dependencies"] + [
        d for ds in project["optional-dependencies"].values() for d in ds
    ]
    assert deps and all("==" in d for d in deps), deps


def test_environment_yml_matches_pyproject():
    project = _pyproject()["project"]
    wanted = set(project["dependencies"]).union(*project["optional-dependencies"].values())
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert {p for p in pip if "==" in p} == wanted


#: The top level names the pipeline and its results (test below keeps __all__ honest).
PIPELINE = {
    "read": "Document",
    "read_bytes": "Document",
    "tag": "Tagged",
    "compare": "Comparison",
    "series": "Series",
    "report": "ReportData",
}


def test_public_api_is_explicit():
    for name in polcompare.__all__:
        assert hasattr(polcompare, name), name
    public = {n for n in vars(polcompare) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(polcompare, n)).__name__ == "module"}
    assert public - modules == set(polcompare.__all__) - {"__version__"}
    assert len(polcompare.__all__) == len(set(polcompare.__all__))


def test_the_top_level_names_the_pipeline_and_its_results():
    import inspect
    import typing

    assert set(PIPELINE) | set(PIPELINE.values()) <= set(polcompare.__all__)
    for stage, result in PIPELINE.items():
        func, kind = getattr(polcompare, stage), getattr(polcompare, result)
        assert inspect.isfunction(func) and inspect.isclass(kind), stage
        returns = typing.get_type_hints(func)["return"]
        assert returns is kind, f"{stage} returns {returns}, not {result}"
    # Only the pipeline, its results and the few helpers: nothing else creeps in.
    assert set(polcompare.__all__) - set(PIPELINE) - set(PIPELINE.values()) == {
        "align",
        "similar",
        "concat_items",
        "PolcompareError",
        "__version__",
    }


def test_report_builds_and_writes(tmp_path):
    from .conftest import SEED_FILES

    doc = polcompare.read(SEED_FILES["belarus"])
    data = polcompare.report([doc], tmp_path / "r.html")
    assert isinstance(data, polcompare.ReportData) and (tmp_path / "r.html").is_file()
    assert isinstance(polcompare.report(data.comparison), polcompare.ReportData)


def _distribution(requirement: str) -> str:
    name = re.split(r"[\[=<>!~ ;]", requirement, maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def _imports(tree: ast.Module):
    """(top-level module name, imported at module level?) for every absolute import.

    Calls of ``require("module", ...)`` (polcompare._optional) count as imports.
    """
    found = []

    def visit(node, nested):
        for child in ast.iter_child_nodes(node):
            inner = nested or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
            if isinstance(child, ast.Import):
                found.extend((a.name.split(".")[0], not nested) for a in child.names)
            elif isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
                found.append((child.module.split(".")[0], not nested))
            elif (  # polcompare._optional.require("module", ...)
                isinstance(child, ast.Call)
                and getattr(child.func, "id", None) == "require"
                and isinstance(child.args[0], ast.Constant)
            ):
                found.append((child.args[0].value.split(".")[0], not nested))
            visit(child, inner)

    visit(tree, False)
    return found


def test_every_third_party_import_is_declared():
    """Module-level imports need a core dependency; imports inside functions may use an extra."""
    project = _pyproject()["project"]
    core = {_distribution(d) for d in project["dependencies"]}
    extras = {_distribution(d) for ds in project["optional-dependencies"].values() for d in ds}
    owners = packages_distributions()
    undeclared, not_core = [], []
    for path in sorted((ROOT / "polcompare").rglob("*.py")):
        for module, at_top in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if module in sys.stdlib_module_names or module in ("polcompare", "__future__"):
                continue
            dists = {_distribution(d) for d in owners.get(module, [module])}
            where = f"{path.relative_to(ROOT)}: {module}"
            if not dists & (core | extras):
                undeclared.append(where)
            elif at_top and not dists & core:
                not_core.append(where)
    assert undeclared == [], "imported but not declared in pyproject.toml"
    assert not_core == [], "imported at module level but only an optional extra"


#: Core dependencies polcompare does not import itself, and why they are needed.
NOT_IMPORTED = {"anywidget": "plotly's FigureWidget (the explorer's chart) imports it"}


def test_every_declared_dependency_is_imported():
    """No core dependency that the package never imports, but for NOT_IMPORTED."""
    project = _pyproject()["project"]
    owners = packages_distributions()
    imported = set()
    for path in (ROOT / "polcompare").rglob("*.py"):
        for module, _ in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            imported |= {_distribution(d) for d in owners.get(module, [module])}
    unused = {_distribution(d) for d in project["dependencies"]} - imported
    assert unused == set(NOT_IMPORTED)
    import plotly.graph_objects as go

    assert go.FigureWidget.__module__ != "plotly.missing_anywidget"  # anywidget is installed


def test_a_missing_extra_names_its_install_command(monkeypatch):
    from polcompare._optional import require

    monkeypatch.setitem(sys.modules, "nbconvert", None)  # import nbconvert raises ImportError
    with pytest.raises(PolcompareError, match=r"pip install 'polcompare\[export\]'"):
        require("nbconvert", "export", "export-notebook")


def test_later_stages_load_on_first_use_and_keep_their_names():
    # In a fresh process: reading needs neither pandas nor the later stages; after
    # the subpackage polcompare.compare loads, polcompare.compare is still the function.
    code = (
        "import sys, polcompare\n"
        "assert 'pandas' not in sys.modules and 'polcompare.themes' not in sys.modules\n"
        "import polcompare.compare.series\n"
        "assert callable(polcompare.compare) and polcompare.compare.__module__.startswith("
        "'polcompare.compare')\n"
        "assert callable(polcompare.tag) and callable(polcompare.series)\n"
        "print('ok')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert out.stdout.strip() == "ok", out.stderr
