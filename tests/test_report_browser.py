"""The report in a real browser, read as a reader reads it.

Drives Debian's Chromium (``/usr/bin/chromium``) through playwright, which cannot
download its own browsers here; CI installs the package (``.ci/run``). Every page is
opened with every request that is not a file blocked, and fails on text a reader should
never see (``object at 0x``, ``built-in method``, ``undefined``, ``NaN``, ``None``) or a
chart drawn empty.
"""

import io
import re
import unicodedata

import pandas as pd
import pytest

import polcompare
from polcompare.render.report import build_report, write_report

from .conftest import DATA, SEED_FILES
from .test_report import HOSTILE, SMALL

pytestmark = pytest.mark.browser

REPORT_DATA = DATA / "report"
EN = REPORT_DATA / "council-conclusions-mine-action.en.txt"
DE = REPORT_DATA / "ratsbeschluss-minenraeumung.de.txt"
NO_MATCHES = (
    "1. Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n\n2. Sed do eiusmod tempor.\n"
)

#: Input sets: fixture names of seeds, or paths.
INPUTS = {
    "seeds": [*SEED_FILES.values(), "hostile"],
    "single": [SEED_FILES["belarus"]],
    "unrelated": [SEED_FILES["norway"], SEED_FILES["icsant"]],
    "no_matches": ["no_matches"],
    "en_de": [EN, DE],
}
BROKEN = re.compile(r"object at 0x|built-in method|\bundefined\b|\bNaN\b|\bNone\b")
#: Charts that count items: the filter redraws them.
COUNTED = [
    "chart-themes",
    "chart-coverage_docs",
    "chart-policy_profiles",
    "chart-stance_profiles",
    "chart-coverage",
    "chart-sankey",
    "chart-agreement",
]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """Each input set's report, written once."""
    folder = tmp_path_factory.mktemp("reports")
    extra = {
        "hostile": SMALL.replace("pārkāpumus.", f"pārkāpumus. {HOSTILE}"),
        "no_matches": NO_MATCHES,
    }
    out = {}
    for name, inputs in INPUTS.items():
        docs = []
        for x in inputs:
            if isinstance(x, str):
                path = folder / f"{x}.txt"
                path.write_text(extra[x], encoding="utf-8")
                x = path
            docs.append(polcompare.read(x))
        out[name] = write_report(build_report(docs), folder / f"{name}.html")
    return out


def _open(browser, path, width=1280):
    events = {"requests": [], "blocked": [], "errors": [], "console": [], "dialogs": []}
    context = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True)
    page = context.new_page()

    def route(r):
        url = r.request.url
        events["requests"].append(url)
        if url.startswith(("file:", "data:", "blob:")):
            r.continue_()
        else:
            events["blocked"].append(url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda e: events["errors"].append(str(e)))
    page.on("console", lambda m: events["console"].append((m.type, m.text)))

    def dialog(d):
        events["dialogs"].append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_function("window.polcompareReady !== undefined")
    page.wait_for_function("window.polcompareDrawn !== undefined")  # charts out of view too
    return page, events


@pytest.fixture(scope="module")
def seeds_page(browser, reports):
    page, events = _open(browser, reports["seeds"])
    yield page, events
    page.context.close()


def _chart_state(page):
    """Per chart div: shown or not, and how many points its traces hold (None: not drawn)."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('.chart')).map(el => {
            const shown = !el.hidden && el.offsetParent !== null;
            if (!el.data) { return [el.id, shown, null]; }
            let points = 0;
            for (const t of el.data) {
                const v = t.type === 'sankey' ? (t.link && t.link.value) : (t.z || t.x || t.y);
                const raw = v && v._inputArray ? v._inputArray : v;
                const flat = raw ? Array.from(raw).flatMap(
                    r => (typeof r === 'object' && r !== null) ? Object.values(r) : [r]) : [];
                points += flat.filter(x => x !== null && x !== '' && !Number.isNaN(x)).length;
            }
            return [el.id, shown, points];
        })"""
    )


@pytest.mark.parametrize("name", list(INPUTS))
@pytest.mark.parametrize("width", [1280, 800])
def test_nothing_broken(browser, reports, name, width):
    page, events = _open(browser, reports[name], width)
    try:
        text = page.inner_text("body")
        assert not BROKEN.findall(text), BROKEN.findall(text)[:5]
        for chart, shown, points in _chart_state(page):
            if shown:
                assert points, f"{chart} is drawn empty"
        assert events["errors"] == []
        assert [m for m in events["console"] if m[0] == "error"] == []
        assert events["blocked"] == [], "the page asked the network for something"
        assert events["dialogs"] == []
        sideways = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert sideways <= 0, f"{sideways} px of horizontal scroll at {width} px"
    finally:
        page.context.close()


def test_english_and_german_documents_are_readable(browser, reports):
    page, _ = _open(browser, reports["en_de"], 800)
    try:
        text = page.inner_text("main")
        for path in (EN, DE):
            for row in polcompare.read(path).items.itertuples():
                assert row.text in text, row.item_id
        assert "7123/24" in text and "2024/123" in text and "2024-03-04" in text
        assert "Council of the European Union" in text and "4012th meeting" in text
        # No position paper: no section that needs one, and the page says why.
        for role_section in ("coverage", "comparison", "versions"):
            assert page.locator(f"#{role_section}").count() == 0
        assert "No document is a position paper" in text
        assert "Needs a position paper" not in text
        # German has its own patterns now: no note that the dictionaries lack it
        assert "the dictionaries have no patterns" not in text
        # Themes by their labels, IDs kept in the hover title.
        chip = page.locator("li.item .chip").first
        assert chip.inner_text() == "Universalisation"
        assert chip.get_attribute("title") == "universalization"
        assert "universalization" not in page.inner_text("#themes")
    finally:
        page.context.close()


def test_roles_say_which_document_and_why(seeds_page):
    page, _ = seeds_page
    roles = page.inner_text("main")
    assert "Position paper: eu-apmbc-position-2024.lv (doc_type position_paper" in roles
    assert "Its other language version: eu-apmbc-position-2024.da" in roles
    assert "Conclusions compared with it: belarus-conclusions.lv" in roles


def _traces(page, ids):
    return page.evaluate(
        """ids => Object.fromEntries(ids.map(id => {
            const el = document.getElementById(id);
            return [id, el && el.data ? JSON.stringify(el.data.map(
                t => [t.x, t.y, t.z, t.link && t.link.value])) : null];
        }))""",
        ids,
    )


def _count(page):
    return int(page.inner_text("#shown-count"))


def test_filter_redraws_every_chart_that_counts_items(seeds_page):
    page, _ = seeds_page
    total = page.locator("li.item").count()
    assert _count(page) == total
    before = _traces(page, COUNTED)
    assert all(before.values()), before
    themes = page.evaluate("Array.from(document.getElementById('chart-themes').data[0].y)")
    assert themes[0] == "Survey and clearance of mined areas"  # labels, not IDs

    page.check("input.theme-filter[value='victim_assistance']")
    shown = _count(page)
    assert 0 < shown < total == page.locator("li.item").count()
    assert page.locator("li.item:not([hidden])").count() == shown
    after = _traces(page, COUNTED)
    for chart in COUNTED:
        assert after[chart] != before[chart], f"{chart} did not follow the filter"
    bars = page.evaluate(
        """() => { const d = document.getElementById('chart-themes').data[0];
                   return Object.fromEntries(d.customdata.map((t, k) => [t, d.x[k]])); }"""
    )
    assert bars["victim_assistance"] == shown
    page.click("#clear-filter")
    assert _count(page) == total
    assert _traces(page, COUNTED) == before


def test_document_and_language_selectors(seeds_page):
    page, _ = seeds_page
    page.select_option("#doc-select", "belarus-conclusions.lv")
    assert _count(page) == 17
    assert page.locator("details.doc:visible").count() == 1
    docs = page.evaluate("Array.from(document.getElementById('chart-coverage_docs').data[0].x)")
    assert docs == ["belarus-conclusions.lv"]
    page.select_option("#doc-select", "")
    page.select_option("#lang-select", "da")
    assert _count(page) == 54
    page.click("#clear-filter")


def _fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def test_search_ignores_diacritics(seeds_page):
    page, _ = seeds_page
    page.fill("#search", "atminesana")
    page.wait_for_function("Number(document.getElementById('shown-count').textContent) < 100")
    shown = page.eval_on_selector_all(
        "li.item:not([hidden]) .text", "els => els.map(e => e.textContent)"
    )
    assert shown and len(shown) == _count(page)
    assert all("atminesana" in _fold(t).lower() for t in shown)
    assert any("atmīnēšana" in t.lower() for t in shown)
    page.click("#clear-filter")


def test_concordance_lists_a_themes_matches_in_context(seeds_page):
    page, _ = seeds_page
    page.select_option("#kwic-theme", "oap:survey_clearance")
    rows = page.eval_on_selector_all(
        "#kwic-body tr",
        "trs => trs.map(tr => [tr.querySelector('a').getAttribute('href'),"
        " ...Array.from(tr.querySelectorAll('td')).slice(1).map(td => td.textContent)])",
    )
    assert len(rows) > 20
    for href, left, match, right in rows[:40]:
        text = page.inner_text(f"[id='{href[1:]}'] .text")
        assert (left.lstrip("…") + match + right.rstrip("…")) in text
    assert "matches in the items shown" in page.inner_text("#kwic-count")


def _download(page, table):
    with page.expect_download(timeout=30_000) as info:
        page.click(f"button.csv[data-table='{table}']")
    assert info.value.suggested_filename == f"polcompare-{table}.csv"
    return pd.read_csv(
        io.StringIO(open(info.value.path(), encoding="utf-8-sig").read()), keep_default_na=False
    )


def test_csv_downloads_follow_the_filter(seeds_page):
    page, _ = seeds_page
    page.check("input.theme-filter[value='gender_diversity']")
    shown = _count(page)
    items = _download(page, "items")
    assert len(items) == shown
    assert all("gender_diversity" in t.split(";") for t in items["themes_oap"])
    evidence = _download(page, "evidence")
    assert set(evidence["item_id"]) <= set(items["item_id"])
    pairs = _download(page, "similar_pairs")
    assert len(pairs) <= 10
    profiles = _download(page, "theme_profiles")
    assert set(profiles.columns) >= {"doc_id", "taxonomy", "theme", "label", "items_with_theme"}
    page.click("#clear-filter")


def test_every_table_downloads(browser, reports):
    """Every CSV button gives a CSV with a header (Chromium lets a page start 10 downloads)."""
    page, _ = _open(browser, reports["seeds"])
    tables = page.eval_on_selector_all("button.csv", "bs => bs.map(b => b.dataset.table)")
    page.context.close()
    assert len(tables) > 15
    for start in range(0, len(tables), 8):
        page, _ = _open(browser, reports["seeds"])
        try:
            for table in tables[start : start + 8]:
                assert len(_download(page, table).columns) > 1, table
        finally:
            page.context.close()


def test_hostile_text_shows_literally_and_runs_nothing(seeds_page):
    page, events = seeds_page
    text = page.inner_text("details[data-doc='hostile'] li.item[data-key='body 1'] .text")
    assert HOSTILE in text
    assert events["dialogs"] == []
    # The page's own scripts, and only they: no element came out of the document's text.
    assert page.locator("script").count() == 3
    assert page.locator("details[data-doc='hostile'] script").count() == 0


def test_filter_stays_in_reach_at_800_px(browser, reports):
    page, _ = _open(browser, reports["seeds"], 800)
    try:
        page.evaluate("document.getElementById('texts').scrollIntoView()")
        box = page.locator("#search").bounding_box()
        assert box is not None and 0 <= box["y"] < 100
        page.click("#theme-panel > summary")
        page.check("input.theme-filter[value='financing']")
        assert 0 < _count(page) < 189
    finally:
        page.context.close()


def test_integer_ticks_for_small_counts(browser, reports):
    page, _ = _open(browser, reports["en_de"])
    try:
        ticks = page.eval_on_selector_all(
            "#chart-themes .xtick text", "ts => ts.map(t => t.textContent)"
        )
        assert ticks and ticks == sorted(set(ticks), key=int)  # 0 1 2, never 0 0 1 1
    finally:
        page.context.close()


#: Each drawn chart: its id, the height of its box in the page and of the plot inside it.
CHART_BOXES = """() => [...document.querySelectorAll('.chart.js-plotly-plot')]
  .filter(el => el.offsetParent !== null)
  .map(el => [el.id, Math.round(el.getBoundingClientRect().height),
              Math.round(el.querySelector('.main-svg').getBoundingClientRect().height)])"""


@pytest.mark.parametrize(("before", "after"), [(800, 1280), (1280, 900)])
def test_charts_keep_their_height_when_the_window_is_resized(browser, reports, before, after):
    """A reader who widens or narrows the window must not get charts drawn over the text:
    each chart's box stays as tall as the plot it holds (it shrank to 200 px)."""
    page, events = _open(browser, reports["seeds"], before)
    try:
        boxes = page.evaluate(CHART_BOXES)
        assert boxes and all(box >= plot for _, box, plot in boxes), boxes
        page.set_viewport_size({"width": after, "height": 900})
        page.wait_for_timeout(1500)  # plotly's responsive resize is debounced
        boxes = page.evaluate(CHART_BOXES)
        assert boxes and all(box >= plot for _, box, plot in boxes), boxes
        widths = page.evaluate(
            "[...document.querySelectorAll('.chart.js-plotly-plot .main-svg')]"
            ".map(s => s.getBoundingClientRect().width)"
        )
        assert max(widths) <= after  # the plots followed the window
        assert events["errors"] == []
    finally:
        page.context.close()
