"""Packaging promises: pinned dependencies in step, an honest public API."""

import tomllib

import yaml

import polcompare

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


def test_public_api_is_explicit():
    for name in polcompare.__all__:
        assert hasattr(polcompare, name), name
    public = {n for n in vars(polcompare) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(polcompare, n)).__name__ == "module"}
    assert public - modules == set(polcompare.__all__) - {"__version__"}
