"""The report in a real browser: charts draw, nothing is fetched, the filter works offline.

Drives Debian's Chromium (``/usr/bin/chromium``) through playwright, which cannot
download its own browsers here; CI installs the package (``.ci/run``).
"""

import pytest

import polcompare
from polcompare.render.report import build_report, write_report

from .test_report import HOSTILE, SMALL

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def opened(seeds, browser, tmp_path_factory):
    """The seeds' report plus a hostile document, open in Chromium; events recorded."""
    folder = tmp_path_factory.mktemp("browser")
    hostile = folder / "hostile.txt"
    hostile.write_text(SMALL.replace("pārkāpumus.", f"pārkāpumus. {HOSTILE}"), encoding="utf-8")
    docs = [*seeds.values(), polcompare.read(hostile)]
    path = write_report(build_report(docs), folder / "report.html")

    events = {"requests": [], "console": [], "errors": [], "dialogs": []}
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.on("request", lambda r: events["requests"].append(r.url))
    page.on("console", lambda m: events["console"].append((m.type, m.text)))
    page.on("pageerror", lambda e: events["errors"].append(str(e)))

    def dialog(d):
        events["dialogs"].append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_function("document.querySelectorAll('.js-plotly-plot').length > 0")
    yield page, events
    page.close()


def _chart_ids(page):
    return page.evaluate(
        "Object.keys(JSON.parse(document.getElementById('report-data').textContent).figures)"
    )


def test_every_chart_renders(opened):
    page, _ = opened
    ids = _chart_ids(page)
    assert {"chart-themes", "chart-coverage", "chart-sankey", "chart-keyness"} <= set(ids)
    for chart in ids:
        drawn = page.evaluate(
            """id => {
                const el = document.getElementById(id);
                return !!el && el.classList.contains('js-plotly-plot')
                    && !!el.querySelector('.main-svg') && el.data.length > 0;
            }""",
            chart,
        )
        assert drawn, chart


def test_no_console_errors_and_no_network(opened):
    page, events = opened
    assert events["errors"] == []
    assert [m for m in events["console"] if m[0] == "error"] == []
    assert events["requests"], "the page itself is a request"
    assert all(u.startswith(("file://", "data:")) for u in events["requests"]), events["requests"]


def _visible(page):
    shown = int(page.inner_text("#shown-count"))
    not_hidden = page.locator("li.item:not([hidden])").count()
    paper = int(page.inner_text("#paper-count"))
    on_screen = page.locator("#paper-items li.item:visible").count()
    return shown, not_hidden, paper, on_screen


def _chart(page):
    return page.evaluate(
        """() => {
            const d = document.getElementById('chart-themes').data[0];
            return [Array.from(d.x), Array.from(d.y)];
        }"""
    )


def test_theme_filter_hides_items_and_redraws_the_chart(opened):
    page, _ = opened
    total = page.locator("li.item").count()
    assert _visible(page) == (total, total, 54, 54)
    before = _chart(page)
    assert before[0][0] == "survey_clearance"

    page.check("input.theme-filter[value='victim_assistance']")
    shown, not_hidden, paper, on_screen = _visible(page)
    assert 0 < shown == not_hidden < total and 0 < paper == on_screen < 54
    themes = page.eval_on_selector_all(
        "#paper-items li.item:not([hidden])", "els => els.map(e => e.dataset.themes)"
    )
    assert all("victim_assistance" in t.split(";") for t in themes)
    after = _chart(page)
    assert after != before
    assert dict(zip(*after, strict=True))["victim_assistance"] == paper

    page.check("input.theme-filter[value='gender_diversity']")  # either theme
    assert _visible(page)[2] > paper

    page.click("#clear-filter")
    assert _visible(page) == (total, total, 54, 54)
    assert _chart(page) == before


def test_hostile_text_shows_literally_and_runs_nothing(opened):
    page, events = opened
    page.click("details[data-doc='hostile'] > summary")
    text = page.inner_text("details[data-doc='hostile'] li.item[data-key='body 1'] .text")
    assert HOSTILE in text
    assert events["dialogs"] == []
    # The page's own scripts, and only they: no element came out of the document's text.
    assert page.locator("script").count() == 3
    assert page.locator("details[data-doc='hostile'] script").count() == 0
