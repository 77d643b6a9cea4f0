import os
from pathlib import Path

import pytest

import polcompare

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"

# Debian's Chromium, driven through playwright (which cannot download browsers here).
CHROMIUM = Path(os.environ.get("POLCOMPARE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require_chromium() -> Path:
    """Return Chromium's path; fail (never skip) when it is missing."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install chromium (apt-get install chromium) "
            "or set POLCOMPARE_CHROMIUM; make test-fast runs without the browser tests",
            pytrace=False,
        )
    return CHROMIUM


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium through playwright, one per test module; fails without Chromium."""
    path = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(path), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


SEED_FILES = {
    "position_lv": SEEDS / "eu-apmbc-position-2024.lv.txt",
    "position_da": SEEDS / "eu-apmbc-position-2024.da.txt",
    "belarus": SEEDS / "belarus-conclusions.lv.txt",
    "icsant": SEEDS / "eu-un-icsant-annex.lv.txt",
    "norway": SEEDS / "norway-mbc-presidency.nb.txt",
}


@pytest.fixture(scope="session")
def seeds():
    """Every seed document, read once per test session."""
    return {name: polcompare.read(path) for name, path in SEED_FILES.items()}


@pytest.fixture
def write(tmp_path):
    """Write text (or bytes) to a file in tmp_path and return its path."""

    def _write(content, name="doc.txt", encoding="utf-8"):
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode(encoding))
        return path

    return _write
