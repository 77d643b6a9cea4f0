"""The explorer in a real JupyterLab: start a server, open notebook 02 in Chromium, run it.

A user's path: ``make lab``, open ``02_oslo_action_plan_themes.ipynb``, Run > Run All
Cells, wait for the explorer, choose a theme in its list; the bar chart must change. The
server runs on 127.0.0.1 with a random token, on a temporary copy of ``notebooks/`` and
``seeds/``, with its own settings, workspaces and kernelspec (``python3`` is this
interpreter, see ``_kernelspec``); the browser may reach nothing but the server.
Skipped only when Chromium is missing.
"""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

import polcompare
from polcompare.render.widgets import filter_items
from polcompare.themes import tag, theme_label

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = "02_oslo_action_plan_themes.ipynb"
THEME = "environment_climate"  # few items carry it: the chart shrinks visibly
SCREENSHOT = Path("/tmp/explorer.png")

pytestmark = [pytest.mark.lab, pytest.mark.browser, pytest.mark.slow]

# JupyterLab user settings: no news or update checks, every cell kept in the DOM.
SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


def _kernelspec(jupyter_path: Path) -> None:
    """Write a ``python3`` kernelspec that runs this interpreter (the project's .venv)."""
    kernel = jupyter_path / "kernels" / "python3"
    kernel.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3",
        "language": "python",
    }
    (kernel / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A running JupyterLab on a copy of notebooks/ and seeds/: yields (base URL, token)."""
    base = tmp_path_factory.mktemp("lab")
    work = base / "repo"
    shutil.copytree(ROOT / "notebooks", work / "notebooks")
    shutil.copytree(ROOT / "seeds", work / "seeds")
    _kernelspec(base / "jupyter")
    for name, values in SETTINGS.items():
        path = base / "settings" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")
    env = {
        **os.environ,
        "JUPYTER_PATH": str(base / "jupyter"),
        "JUPYTER_CONFIG_DIR": str(base / "config"),
        "JUPYTER_RUNTIME_DIR": str(base / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(base / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(base / "workspaces"),
    }
    port, token = _free_port(), secrets.token_hex(16)
    log = (base / "server.log").open("wb")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--allow-root",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={work}",
            "--LabApp.extension_manager=readonly",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        ],
        env=env,
        cwd=work,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"JupyterLab exited: {(base / 'server.log').read_text()}")
            try:
                with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    raise RuntimeError("JupyterLab did not answer within 60 s") from None
                time.sleep(0.3)
        yield url, token
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _expected_bars(theme: str) -> tuple[int, int, int]:
    """Bars for all seed items, bars for the items carrying ``theme``, and those items."""
    items = [polcompare.read(p).items for p in sorted((ROOT / "seeds").glob("*.txt"))]
    tagged = tag(pd.concat(items, ignore_index=True), taxonomy="oap").items
    chosen = filter_items(tagged, themes=[theme])
    themes = {t for value in chosen["themes"] for t in value.split(";") if t}
    all_themes = {t for value in tagged["themes"] for t in value.split(";") if t}
    return len(all_themes), len(themes), len(chosen)


def _wait_for_kernel(page, url: str, token: str, timeout: float = 60) -> None:
    """Wait until the server has a kernel for the notebook, idle and connected to the page.

    Waits with ``page.wait_for_timeout``: the sync API serves the route handler (and
    so the page's requests) only while a playwright call is in progress.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with urllib.request.urlopen(f"{url}/api/sessions?token={token}", timeout=5) as r:
            sessions = json.load(r)
        kernels = [s["kernel"] for s in sessions if s["path"].endswith(NOTEBOOK)]
        if any(k["execution_state"] == "idle" and k["connections"] > 0 for k in kernels):
            return
        page.wait_for_timeout(500)
    raise TimeoutError(f"no idle kernel for {NOTEBOOK} within {timeout} s")


KERNEL_IDLE = """() => [...document.querySelectorAll('.jp-StatusBar-TextItem')]
  .some(e => e.textContent.trim() === 'Python 3 | Idle')"""
STARTED = r"""() => [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
  .some(e => /\[(\*|\d+)\]/.test(e.textContent))"""
BARS = """() => {
  const plot = document.querySelector('.polcompare-explorer .js-plotly-plot');
  return plot ? plot.querySelectorAll('.barlayer .point').length : -1;
}"""


def test_explorer_runs_in_jupyterlab(lab, browser):
    url, token = lab
    all_bars, theme_bars, theme_items = _expected_bars(THEME)
    assert theme_bars < all_bars

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside, errors = [], []

    def guard(route):
        if route.request.url.startswith(url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.set_default_timeout(60_000)
    try:
        page.goto(f"{url}/lab/tree/notebooks/{NOTEBOOK}?token={token}")
        page.wait_for_selector(".jp-Notebook .jp-Cell", state="attached")
        # The kernel starts without a "Select Kernel" dialog (the notebook names its
        # kernelspec); run the cells once the page is connected to it and it is idle.
        _wait_for_kernel(page, url, token)
        page.wait_for_function(KERNEL_IDLE)
        for attempt in range(3):
            page.click(".lm-MenuBar-item:has-text('Run')")
            page.click(".lm-Menu-itemLabel:text-is('Run All Cells')")
            try:
                page.wait_for_function(STARTED, timeout=15_000)
                break
            except PlaywrightTimeout:
                if attempt == 2:
                    raise
        explorer = page.wait_for_selector(".polcompare-explorer", timeout=60_000)
        explorer.scroll_into_view_if_needed()
        page.wait_for_function(f"() => ({BARS})() === {all_bars}")
        table_rows = page.locator(".polcompare-explorer table.polcompare-items tbody tr")
        all_rows = table_rows.count()

        # the filter lists themes by their labels (the theme ID is the option's value)
        page.locator(".polcompare-explorer .widget-select-multiple select").select_option(
            label=theme_label(THEME)
        )
        page.wait_for_function(f"() => ({BARS})() === {theme_bars}")
        page.wait_for_function(
            "n => document.querySelectorAll("
            "'.polcompare-explorer table.polcompare-items tbody tr').length === n",
            arg=theme_items,
        )
        assert table_rows.count() < all_rows
        ticks = page.locator(".polcompare-explorer .js-plotly-plot .xtick text").all_text_contents()
        assert theme_label(THEME) in ticks
        explorer.evaluate("el => el.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(300)  # let the scrolled cells paint
        page.screenshot(path=str(SCREENSHOT))
    except Exception:
        failure = SCREENSHOT.with_name("jupyterlab-failure.png")
        page.screenshot(path=str(failure))
        print(f"screenshot of the failure: {failure}; blocked: {outside}; errors: {errors}")
        raise
    finally:
        context.close()
    assert not outside, f"the page tried to leave the server: {outside[:5]}"
    assert not errors, errors
