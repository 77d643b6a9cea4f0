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
from polcompare.render import charts
from polcompare.render.report import build_report, write_report

from .conftest import DATA, ROOT, SEED_FILES
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
    heat = "document.getElementById('chart-coverage_docs').data[0]"
    shown = page.evaluate(f"[...{heat}.x, ...{heat}.y]")
    # the conclusions the Oslo themes were not applied to: no column beside the others
    assert "belarus-conclusions.lv" not in shown and "eu-apmbc-position-2024.da" in shown
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


def test_search_spells_danish_letters_as_a_plain_keyboard_does(seeds_page):
    # A new user typed "fordommer" and found none of the items saying "fordømmer".
    page, _ = seeds_page
    page.fill("#search", "saerlige")
    page.wait_for_function("Number(document.getElementById('shown-count').textContent) < 100")
    shown = page.eval_on_selector_all(
        "li.item:not([hidden]) .text", "els => els.map(e => e.textContent)"
    )
    assert shown and all("særlige" in t.lower() for t in shown)
    page.click("#clear-filter")


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


def test_the_concordance_follows_the_theme_ticked_in_the_filter(seeds_page):
    """Ticking Victim assistance showed the concordance of another theme (a new user's run)."""
    page, _ = seeds_page
    page.select_option("#kwic-theme", "oap:survey_clearance")
    page.check("input.theme-filter[data-taxonomy='oap'][value='victim_assistance']")
    try:
        assert page.input_value("#kwic-theme") == "oap:victim_assistance"
        matches = page.eval_on_selector_all(
            "#kwic-body td.hit", "tds => tds.map(td => td.textContent.toLowerCase())"
        )
        assert len(matches) > 10
        assert any("cietuš" in m for m in matches) and any("ofre" in m for m in matches)
        assert page.inner_text("#kwic-count").startswith(f"{len(matches)} matches")
        page.uncheck("input.theme-filter[data-taxonomy='oap'][value='victim_assistance']")
        assert page.input_value("#kwic-theme") == "oap:victim_assistance"  # kept when unticked
    finally:
        page.click("#clear-filter")


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


# --- a laptop half-screen: 700 px wide ------------------------------------------------------

HALF = 700


@pytest.fixture(scope="module")
def half_page(browser, reports):
    """The seeds' report in a window 700 px wide (the filter bar sticks to the top)."""
    page, events = _open(browser, reports["seeds"], HALF)
    yield page, events
    page.context.close()


#: Where the element the address's #fragment names lands, and where the filter bar ends.
LANDING = """() => {
  const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const box = el.getBoundingClientRect();
  const bar = document.querySelector('aside').getBoundingClientRect();
  return {top: box.top, bar: bar.bottom, bar_top: bar.top, view: window.innerHeight};
}"""


def _lands_below_the_bar(page, what):
    page.wait_for_timeout(150)
    spot = page.evaluate(LANDING)
    assert spot["bar_top"] == 0 and spot["bar"] < spot["view"], spot  # stuck to the top
    assert spot["bar"] <= spot["top"] < spot["view"], f"{what} lands at {spot}"


@pytest.mark.parametrize("themes_open", [False, True], ids=["bar", "bar-with-themes"])
def test_a_followed_link_lands_below_the_sticky_filter_bar(half_page, themes_open):
    """An item or a section reached by a link is shown below the filter bar, not under it
    (it landed 12 px from the top, under a bar 82 px tall), also when the bar grows."""
    page, events = half_page
    panel = page.locator("#theme-panel")
    panel.evaluate("(d, open) => { d.open = open; }", themes_open)
    try:
        page.evaluate("window.scrollTo(0, 0)")
        link = page.locator("#kwic-body a.key").nth(5)  # the concordance's link to an item
        link.scroll_into_view_if_needed()
        link.click()
        _lands_below_the_bar(page, link.get_attribute("href"))
        pair = page.locator("table.pairs a[href^='#item-']").first  # a similar pair's item
        pair.scroll_into_view_if_needed()
        pair.click()
        _lands_below_the_bar(page, pair.get_attribute("href"))
        for section in ("concordance", "coverage", "texts"):
            page.evaluate("window.scrollTo(0, 0)")
            page.evaluate(f"location.hash = '#{section}'")
            _lands_below_the_bar(page, section)
        assert events["errors"] == []
    finally:
        panel.evaluate("d => { d.open = true; }")
        page.evaluate("location.hash = ''")


def test_every_table_fits_the_window(half_page):
    """No table needs a sideways scroll at 700 px: the concordance was 786 px wide in a box
    of 676 (its matched words were kept on one line)."""
    page, _ = half_page
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('.table-wrap')].filter(w => w.offsetParent)
          .map(w => [w.querySelector('table').className, w.scrollWidth, w.clientWidth])"""
    )
    assert len(boxes) >= 10 and "kwic" in [c for c, _, _ in boxes]
    assert [b for b in boxes if b[1] > b[2]] == []
    kwic = page.evaluate(
        "() => [...document.querySelectorAll('#kwic-body tr')].map(r => r.cells.length)"
    )
    assert kwic and set(kwic) == {4}  # the concordance is still its table of four columns


def test_the_facts_of_two_versions_fit_the_window(browser, tmp_path):
    """A French decision given as the paper beside its German version (a copy cut short, so
    its facts are mismatches with long reasons): at 700 px the facts table of nine columns
    was 693 px wide in a box of 674, its reasons cut at the right edge. Each fact is now a
    block, each value after its column's name, as the table of documents is."""
    fr, de = (
        ROOT / "eval" / "parse" / "holdout39" / f"{name}.txt"
        for name in (
            "eu-decision-pesc-2023-2787-mecanisme-sgnu-armes-chimiques.fr",
            "eu-beschluss-gasp-2023-2787-vn-generalsekretaer-mechanismus.de",
        )
    )
    docs = [polcompare.read(fr), polcompare.read(de)]
    data = build_report(docs, paper=docs[0].doc_id, versions=[docs[1].doc_id])
    page, events = _open(browser, write_report(data, tmp_path / "versions.html"), HALF)
    try:
        boxes = page.evaluate(
            """() => [...document.querySelectorAll('.table-wrap')].filter(w => w.offsetParent)
              .map(w => [w.querySelector('table').className, w.scrollWidth, w.clientWidth])"""
        )
        labels = page.evaluate(
            """() => [...document.querySelectorAll('table.facts tbody tr')].slice(0, 1)
              .flatMap(r => [...r.cells].map(c => getComputedStyle(c, '::before').content))"""
        )
    finally:
        page.context.close()
    assert events["errors"] == []
    assert any(c.startswith("facts") for c, _, _ in boxes), boxes
    assert [b for b in boxes if b[1] > b[2]] == []
    assert '"reason"' in labels and '"surface b"' in labels  # each value after its name


#: Each document title's words: how many lines each is drawn on, and the title's box
#: against the other cells of its row and the window.
TITLE_WORDS = """() => [...document.querySelectorAll('table.documents tbody tr')].map(tr => {
  const td = tr.cells[1];  // the title column
  const words = [], text = td.firstChild;
  if (text) {
    for (const m of text.textContent.matchAll(/\\S+/g)) {
      const r = document.createRange();
      r.setStart(text, m.index); r.setEnd(text, m.index + m[0].length);
      const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
      words.push([m[0], tops.size]);
    }
  }
  const box = td.getBoundingClientRect();
  const overlaps = [...td.parentElement.cells].filter(c => c !== td && c.offsetParent)
    .map(c => c.getBoundingClientRect())
    .filter(o => o.left < box.right - 1 && box.left < o.right - 1
                 && o.top < box.bottom - 1 && box.top < o.bottom - 1).length;
  return {title: td.textContent, words, overlaps, right: box.right, width: box.width};
})"""


def test_long_document_titles_keep_whole_words_and_their_own_space(half_page, seeds_page):
    """At 700 px the table of documents gave the titles 70 px: 'Padomes' was cut into
    'Padom' / 'es'. Each title now keeps every word on one line, inside the window, over
    no other value; on a wide window the documents are still a table with its header."""
    page, _ = half_page
    titles = page.evaluate(TITLE_WORDS)
    assert len(titles) == 6
    long = [t for t in titles if len(t["title"]) > 100]
    assert long, "a seed's title is longer than 100 characters"
    for t in titles:
        assert [w for w, lines in t["words"] if lines != 1] == [], t["title"]
        assert t["overlaps"] == 0 and t["right"] <= HALF, t
    for t in long:
        assert t["width"] >= 0.6 * HALF, t  # the long titles get most of the width
    wide, _ = seeds_page
    assert wide.locator("table.documents thead").is_visible()
    wide_titles = wide.evaluate(TITLE_WORDS)
    assert all(lines == 1 for t in wide_titles for _, lines in t["words"])


#: Each document id in the table of documents: its hyphen-separated parts ("belarus-",
#: "conclusions.lv") and on how many lines each part is drawn.
ID_PARTS = """() => [...document.querySelectorAll('table.documents tbody tr')].map(tr => {
  const text = tr.cells[0].querySelector('a').firstChild, parts = [];
  for (const m of text.textContent.matchAll(/[^-]+-?/g)) {
    const r = document.createRange();
    r.setStart(text, m.index); r.setEnd(text, m.index + m[0].length);
    parts.push([m[0], new Set([...r.getClientRects()].map(x => Math.round(x.top))).size]);
  }
  return parts;
})"""


def test_document_ids_break_at_their_hyphens_not_inside_a_word(seeds_page):
    """The ids broke anywhere ('belarus-conclusions.l' / 'v') on a wide window."""
    page, _ = seeds_page
    ids = page.evaluate(ID_PARTS)
    assert len(ids) == 6
    assert [p for parts in ids for p, lines in parts if lines != 1] == []


#: Each heatmap drawn: its rows and columns, the labels drawn on each axis, and how many
#: row labels overlap the one above.
HEATMAP_LABELS = """() => [...document.querySelectorAll('.chart.js-plotly-plot')]
  .filter(el => el.offsetParent && el.data && el.data[0].type === 'heatmap').map(el => {
    const ys = [...el.querySelectorAll('.yaxislayer-above .ytick text')]
      .map(t => t.getBoundingClientRect()).sort((a, b) => a.top - b.top);
    const overlaps = ys.filter((b, k) => k && b.top < ys[k - 1].bottom - 1).length;
    return {id: el.id, rows: el.data[0].y.length, columns: el.data[0].x.length, y: ys.length,
            x: el.querySelectorAll('.xaxislayer-above .xtick text').length, overlaps};
  })"""


@pytest.mark.parametrize("which", ["wide", "half"])
def test_every_heatmap_row_and_column_is_labelled(seeds_page, half_page, which):
    """The paper x conclusions heatmap has 54 rows: plotly labelled every third (18 of 54)
    in its 440 px; each row now has its label, none over another, at 1280 and 700 px."""
    page, _ = seeds_page if which == "wide" else half_page
    maps = page.evaluate(HEATMAP_LABELS)
    assert {m["id"] for m in maps} >= {"chart-similarity", "chart-coverage", "chart-coverage_docs"}
    assert max(m["rows"] for m in maps) == 54
    for m in maps:
        assert (m["y"], m["x"], m["overlaps"]) == (m["rows"], m["columns"], 0), m


HOLDOUT39 = sorted((ROOT / "eval" / "parse" / "holdout39").glob("*.txt"))

#: Each heatmap drawn: its rows and the height, in px, its plot keeps for them.
HEATMAP_ROWS = """() => [...document.querySelectorAll('.chart.js-plotly-plot')]
  .filter(el => el.offsetParent && el.data && el.data[0].type === 'heatmap')
  .map(el => ({id: el.id, rows: el.data[0].y.length, px: el._fullLayout.yaxis._length}))"""


@pytest.mark.parametrize("width", [1280, HALF])
def test_heatmap_rows_keep_their_room_beside_long_document_names(browser, tmp_path, width):
    """A researcher's files are named as their sources are ('eu-council-decision-2014-484-
    gasp-aenderung-gemeinsamer-standpunkt-irak.de'): at 700 px plotly stood those names
    upright above the documents x themes heatmap and took their length out of its height,
    leaving 64 px for 14 rows of 19 documents (5 px a row, the theme names drawn over one
    another)."""
    docs = [
        polcompare.read_bytes(
            path.read_bytes(),
            name=f"{path.name.split('.')[0]}-council-conclusions-on-the-situation-{k}.txt",
        )
        for k, path in enumerate([*SEED_FILES.values(), EN, DE, *HOLDOUT39[:12]])
    ]
    assert len(docs) == 19 and min(len(d.doc_id) for d in docs) > 50
    report = write_report(build_report(docs), tmp_path / "long-names.html")
    page, events = _open(browser, report, width)
    try:
        maps = {m["id"]: m for m in page.evaluate(HEATMAP_ROWS)}
        labels = {m["id"]: m for m in page.evaluate(HEATMAP_LABELS)}
    finally:
        page.context.close()
    assert events["errors"] == []
    assert {"chart-coverage_docs", "chart-doc_similarity"} <= set(maps)
    for id, m in maps.items():
        assert m["px"] / m["rows"] >= charts.ROW_PX, m
        assert labels[id]["overlaps"] == 0, labels[id]


def test_the_validation_part_reads_at_full_and_half_width(browser, tmp_path):
    """The Validation part: at 700 px its two tables were 699 and 775 px wide in boxes of 674
    (a sideways scroll); at 1280 px the disagreements' text was a column of 150 px beside a
    200 px item id, so that one item's text filled the whole scrolling box."""
    from polcompare.themes import load_dictionary
    from polcompare.themes.validate import codesheet, write_codesheet

    docs = [polcompare.read(SEED_FILES["position_da"])]
    themes = load_dictionary("oap").themes
    sheets = []
    for k, name in enumerate(["ann", "ben"]):
        sheet = codesheet(docs[0].items, taxonomy="oap")
        for j, theme in enumerate(themes):  # the two disagree on every other theme
            sheet[theme] = ["1" if (i + j + k) % 3 == 0 else "" for i in range(len(sheet))]
        sheets.append(tmp_path / f"{name}.csv")
        write_codesheet(sheet, sheets[-1])
    data = build_report(docs, sheets=sheets, sheets_taxonomy="oap")
    path = write_report(data, tmp_path / "validation.html")
    sizes = """() => [...document.querySelectorAll('#validation ~ .table-wrap')]
        .filter(w => w.querySelector('table.validation, table.disagreements'))
        .map(w => [w.querySelector('table').className, w.scrollWidth, w.clientWidth])"""
    for width in (1280, HALF):
        page, events = _open(browser, path, width)
        boxes = page.evaluate(sizes)
        assert len(boxes) == 2 and [b for b in boxes if b[1] > b[2]] == [], (width, boxes)
        if width == 1280:
            share = page.evaluate(
                """() => { const r = document.querySelector('table.disagreements tbody tr');
                  return r.cells[6].offsetWidth / r.offsetWidth; }"""
            )
            assert share >= 0.4
        assert events["errors"] == []
        page.context.close()


def test_a_document_no_dictionary_reads_stays_not_read_when_redrawn(browser, tmp_path):
    # The page redraws the coverage chart and the profiles from the items: a Swedish document
    # (no dictionary has Swedish) showed 0 in every cell and 0% bars, as if it said nothing.
    sv = polcompare.read(
        ROOT
        / "eval/parse/holdout26"  # Finnish: a language no dictionary has (Swedish is shipped)
        / "fi-eurooppatiedotus-2009-09-11-tiedote-257-2009-gaerc-afganistan-iran.fi.txt"
    )
    nb = polcompare.read(SEED_FILES["norway"])  # a text on mines: the Oslo charts
    with pytest.warns(polcompare.errors.PolcompareWarning):
        path = write_report(build_report([nb, sv]), tmp_path / "r.html")
    page, _ = _open(browser, path)
    try:
        # As opened; a search only nb matches; a theme filter. When the filter shows none of
        # the Swedish items, its cells said 0, as if it had been read and carried no theme: it
        # stays "not read" (the Norwegian one, read, says 0).
        for query, theme in [("", None), ("Norge", None), ("", "victim_assistance")]:
            page.fill("#search", query)
            if theme:
                page.check(f"#theme-filter input[value='{theme}']")
            page.wait_for_timeout(500)
            heat, names = page.evaluate(
                """() => [document.getElementById('chart-coverage_docs').data[0],
                          document.getElementById('chart-policy_profiles').data.map(t => t.name)]"""
            )
            k, j = heat["x"].index(sv.doc_id), heat["x"].index(nb.doc_id)
            assert {row[k] for row in heat["text"]} == {"not read"}, query
            assert {row[k] for row in heat["z"]} == {None}, query
            assert None not in {row[j] for row in heat["z"]}, query
            assert sv.doc_id not in names and nb.doc_id in names
        page.uncheck("#theme-filter input[value='victim_assistance']")
        page.fill("#search", "")
        page.wait_for_timeout(500)
        profiles = _download(page, "theme_profiles")
        mine = profiles[profiles["doc_id"] == sv.doc_id]
        assert set(mine["items_read"]) == {0} and set(mine["share"]) == {""}
    finally:
        page.context.close()


def test_items_shown_that_no_dictionary_read_are_not_read_rather_than_silent(browser, tmp_path):
    # A new user's Polish items alone (language selector "pl") had the theme count and the
    # profiles say "No item shown carries an Oslo Action Plan theme / a policy topic / a
    # stance", as if they had been read and were silent; the coverage chart said "not read".
    sv = polcompare.read(
        ROOT
        / "eval/parse/holdout26"  # Finnish: a language no dictionary has (Swedish is shipped)
        / "fi-eurooppatiedotus-2009-09-11-tiedote-257-2009-gaerc-afganistan-iran.fi.txt"
    )
    nb = polcompare.read(SEED_FILES["norway"])  # on mines: the Oslo charts are drawn
    with pytest.warns(polcompare.errors.PolcompareWarning):
        path = write_report(build_report([nb, sv]), tmp_path / "r.html")
    page, events = _open(browser, path)
    notes = """() => Object.fromEntries(['chart-themes', 'chart-policy_profiles',
        'chart-stance_profiles'].map(id => {
          const n = document.querySelector('#' + id + ' + .empty-note');
          return [id, n && n.offsetParent !== null ? n.innerText : ''];
        }))"""
    try:
        page.select_option("#doc-select", sv.doc_id)
        page.wait_for_timeout(500)
        assert page.evaluate(notes) == {
            "chart-themes": "No item shown was read: the Oslo Action Plan dictionary has no "
            "patterns in their language.",
            "chart-policy_profiles": "No item shown was read: the dictionary of policy topics "
            "has no patterns in their language.",
            "chart-stance_profiles": "No item shown was read: the dictionary of stances has no "
            "patterns in their language.",
        }
        # The Norwegian text, read, keeps the sentence of items read that carry no stance
        page.select_option("#doc-select", nb.doc_id)
        page.wait_for_timeout(500)
        shown = page.evaluate(notes)
        assert shown["chart-themes"] == shown["chart-policy_profiles"] == ""
        assert shown["chart-stance_profiles"] == "No item shown carries a stance."
        assert events["errors"] == []
    finally:
        page.context.close()


def test_a_document_read_with_no_stance_says_so_in_the_legend(seeds_page):
    """A document read whose items carry no stance has no bars: its legend entry says why."""
    page, _ = seeds_page
    names = page.evaluate(
        "Array.from(document.getElementById('chart-stance_profiles').data, t => t.name)"
    )
    assert "norway-mbc-presidency.nb (no item carries a stance)" in names
    assert "belarus-conclusions.lv" in names  # a document with stances keeps its plain name
    page.select_option("#doc-select", "norway-mbc-presidency.nb")  # alone: a sentence
    note = page.locator("#chart-stance_profiles + .empty-note")
    assert note.inner_text() == "No item shown carries a stance."
    page.select_option("#doc-select", "")
    names = page.evaluate(
        "Array.from(document.getElementById('chart-stance_profiles').data, t => t.name)"
    )
    assert "norway-mbc-presidency.nb (no item carries a stance)" in names


def test_keyness_bars_keep_their_width_beside_long_document_names(browser, tmp_path):
    """The keyness legend sits above the bars: beside them it took the width of the name.

    A folder's file names run to 60 characters; with the legend at the right, the bars of
    the document keyness chart had 129 of 676 px at 700 px wide (the legend the rest).
    """
    held_out = ROOT / "eval" / "parse" / "holdout39"
    names = [
        "eeas-apmbc-fourth-review-conference-2019-eu-statement.en",
        "eeas-ccm-second-review-conference-second-part-2021-eu-statement.en",
    ]
    docs = [polcompare.read(held_out / f"{n}.txt") for n in names]
    path = write_report(build_report(docs), tmp_path / "r.html")
    page, events = _open(browser, path, HALF)
    try:
        width, plot = page.evaluate(
            """() => {
                const el = document.getElementById('chart-doc_keyness');
                el.scrollIntoView();
                return [el.getBoundingClientRect().width,
                        el.querySelector('.nsewdrag').getBoundingClientRect().width];
            }"""
        )
        assert plot > 0.6 * width, (plot, width)
        # a term that may differ by chance is drawn pale, and the axis counts them
        key = build_report(docs).comparison.document_keyness
        first = key[key["doc_id"] == key["doc_id"].iloc[0]]
        weak = int((first["p"] >= 0.05).sum())
        pale, title = page.evaluate(
            """() => {
                const el = document.getElementById('chart-doc_keyness');
                return [el.data.flatMap(t => t.marker.opacity).filter(o => o < 1).length,
                        el.layout.xaxis.title.text];
            }"""
        )
        assert 0 < weak and pale == weak and f"({weak} of {len(first)} terms)" in title
        assert not events["errors"]
    finally:
        page.context.close()


def test_a_link_to_a_document_opens_it(browser, tmp_path):
    """Beyond six documents they are shown closed: a link to one landed on its summary.

    The documents table links each document, and the note on documents with no items links
    those; the reader saw a closed summary, not the items nor why there were none.
    """
    held_out = ROOT / "eval" / "parse" / "holdout26"
    extra = [
        held_out / "dk-um-samlenotat-raadsmoede-4038-fac-2024-06-24-contents-eu-dk.da.txt",
        held_out / "eu-statement-osce-pc-1423-2023-05-18-ukraine-eeas.en.txt",
    ]
    docs = [polcompare.read(p) for p in [*SEED_FILES.values(), *extra]]
    path = write_report(build_report(docs), tmp_path / "r.html")
    page, events = _open(browser, path)
    try:
        opened = """(id) => [document.getElementById(id).open,
                             document.querySelectorAll(`#${id} li.item`).length]"""
        anchor = page.get_attribute("table.documents a >> text=belarus-conclusions.lv", "href")
        assert page.evaluate(opened, anchor[1:]) == [False, 0]
        page.click("table.documents a >> text=belarus-conclusions.lv")
        page.wait_for_timeout(300)
        assert page.evaluate(opened, anchor[1:]) == [True, 17]
        empty = page.get_attribute("#no-items-note a", "href")[1:]
        page.click("#no-items-note a")
        page.wait_for_timeout(300)
        assert page.evaluate(opened, empty)[0]
        assert "none of its 19 lines of text opens an item" in page.inner_text(f"#{empty}")
        again = page.context.new_page()  # an address with the document's anchor
        again.goto(f"{path.as_uri()}{anchor}", wait_until="load")
        again.wait_for_function("window.polcompareReady !== undefined")
        assert again.evaluate(opened, anchor[1:]) == [True, 17]
        assert not events["errors"]
    finally:
        page.context.close()


#: Like ID_PARTS, for the document id under each item of the concordance.
KWIC_ID_PARTS = ID_PARTS.replace(
    "'table.documents tbody tr')].map(tr => {\n  const text = tr.cells[0].querySelector('a')",
    "'#kwic-body td .lines')].map(el => {\n  const text = el",
)


def test_concordance_document_ids_break_at_their_hyphens(browser, tmp_path):
    """Under each match, the item's document id broke anywhere: 'praesidents' / 'chaft-'."""
    assert KWIC_ID_PARTS != ID_PARTS
    held_out = ROOT / "eval" / "parse" / "holdout39"
    docs = [
        polcompare.read(held_out / "eeas-apmbc-fourth-review-conference-2019-eu-statement.en.txt"),
        polcompare.read(SEED_FILES["belarus"]),
    ]
    path = write_report(build_report(docs), tmp_path / "r.html")
    page, events = _open(browser, path)
    try:
        ids = page.evaluate(KWIC_ID_PARTS)
        assert ids and {"".join(p for p, _ in parts) for parts in ids} <= {d.doc_id for d in docs}
        assert [p for parts in ids for p, lines in parts if lines != 1] == []
        assert not events["errors"]
    finally:
        page.context.close()


def test_long_document_names_need_no_sideways_scroll_at_half_width(browser, tmp_path):
    """At 700 px the document selector of the filter bar and the keyness document selector
    were as wide as the longest document name ('eu-eeas-delegation-cote-divoire-gymnich-declaration-
    haut-representant-2020-03-05.fr'): the page of 300 official texts was 716 px wide, of
    1,790 texts 763."""
    belarus = SEED_FILES["belarus"].read_bytes()
    docs = [
        polcompare.read_bytes(
            belarus,
            name=f"eu-council-conclusions-on-the-situation-in-belarus-and-the-region-after-the-{k}"
            "-presidential-election-of-august-2020-folketing-copy.lv.txt",
        )
        for k in range(3)
    ]
    report = write_report(build_report(docs), tmp_path / "long-ids.html")
    page, events = _open(browser, report, HALF)
    try:
        assert page.query_selector("#keyness-doc") is not None
        widths = page.evaluate(
            """() => [document.documentElement.scrollWidth,
                      ...['#doc-select', '#keyness-doc'].map(
                          s => document.querySelector(s).getBoundingClientRect().right)]"""
        )
    finally:
        page.context.close()
    assert events["errors"] == []
    assert max(widths) <= HALF, widths


def test_profiles_of_many_documents_keep_the_legends_room_for_the_bars_drawn(browser, tmp_path):
    # 45 documents drawn as the bars of 3 languages kept the legend's room for 45 names:
    # 330 px of blank plot between the bars and the legend (a new user's corpus).
    from polcompare.render.report import CHART_DOCS

    docs = []
    for k in range(CHART_DOCS + 2):
        source = (SEED_FILES["belarus"], EN)[k % 2]
        path = tmp_path / f"doc{k:02d}.txt"
        path.write_text(source.read_text("utf-8") + f"\nPiezīme {k}.\n", "utf-8")
        docs.append(polcompare.read(path))
    page, _ = _open(browser, write_report(build_report(docs), tmp_path / "r.html"))
    try:
        for name in ("chart-policy_profiles", "chart-stance_profiles"):
            bars, bottom, height = page.evaluate(
                f"""() => {{ const g = document.getElementById('{name}');
                    return [g.data.map(t => t.name), g._fullLayout.margin.b,
                            g._fullLayout.height]; }}"""
            )
            assert sorted(bars) == ["en (21 documents)", "lv (21 documents)"], name
            assert bottom == 60 + 22, name  # one row of legend
            assert height < 60 + 22 + 120 + 20 * (10 + 9 * 2), name
    finally:
        page.context.close()


#: A copy of a Folketing page: a table of contents only, so it yields no item.
CONTENTS_ONLY = (
    "Det Udenrigspolitiske Nævn 2016-17\n"
    "UPN Alm.del Bilag 241\n"
    "15 May 2017\n"
    "Horn of Africa ........................................................ 3\n"
    "Africa-EU relations ................................................... 3\n"
    "Eastern Partnership ................................................... 5\n"
)


def test_a_document_with_no_items_has_no_column_in_the_coverage_chart(browser, tmp_path):
    # The header says such a document counts in no table or chart, but the page drew it a
    # column of 0 in the Oslo coverage chart (and, beyond 40 documents, a language group
    # "und (1 document)" of 0), as if it had been read and said nothing.
    empty = tmp_path / "contents.en.txt"
    empty.write_text(CONTENTS_ONLY, encoding="utf-8")
    docs = [polcompare.read(SEED_FILES["norway"]), polcompare.read(empty)]
    assert len(docs[1].items) == 0
    path = write_report(build_report(docs), tmp_path / "r.html")
    page, _ = _open(browser, path)
    try:
        columns = page.evaluate("document.getElementById('chart-coverage_docs').data[0].x")
        assert columns == [docs[0].doc_id]
    finally:
        page.context.close()


def test_profiles_of_many_documents_are_a_heatmap_and_bars_again_for_a_few(browser, tmp_path):
    # New user 24's 38 texts on Belarus: each taxonomy's profiles were 5,000 px of thin bars in
    # near-identical colours, the legend 4,000 px below the first. Beyond PROFILE_BARS
    # documents shown they are a heatmap; one document chosen, bars. New user 49's 28
    # documents as the heatmap's columns were 30 px wide, the counts in them 3 px high and the
    # names upright over one another: when the documents outnumber the topics, they run down
    # the side, a row each, and the topics' names head the columns in lines.
    from polcompare.render.report import PROFILE_BARS

    folder = ROOT / "eval/parse/holdout41"
    docs = [polcompare.read(p) for p in sorted(folder.glob("*.txt"))]
    docs = [d for d in docs if d.lang in ("en", "de", "fr", "nb")]
    page, events = _open(browser, write_report(build_report(docs), tmp_path / "r.html"))
    try:
        state = """(id) => { const g = document.getElementById(id);
            const xs = [...g.querySelectorAll('.xaxislayer-above .xtick text')]
              .map(t => t.getBoundingClientRect()).sort((a, b) => a.left - b.left);
            return [g.data.map(t => t.type), g.data[0].x, g.data[0].y,
                    g._fullLayout.yaxis._length, g.layout.yaxis.title.text,
                    xs.filter((b, k) => k && b.left < xs[k - 1].right - 1).length]; }"""
        types, heads, rows, px, title, overlaps = page.evaluate(state, "chart-policy_profiles")
        with_items = [d.doc_id for d in docs if len(d.items)]
        assert types == ["heatmap"] and len(with_items) > PROFILE_BARS
        assert rows == with_items and title == "document"
        # beside names of up to 80 characters the columns are 30 px: the topics' names stand
        # upright, each on one line, none over another
        assert "Russia's war of aggression against Ukraine" in heads and len(heads) == 11
        assert px >= 24 * len(rows) and overlaps == 0  # rows that hold their count
        types, heads, rows, _, _, overlaps = page.evaluate(state, "chart-stance_profiles")
        assert rows == with_items and heads[0] == "Condemns" and len(heads) == 6
        assert overlaps == 0
        assert page.locator("#chart-themes").count() == 0  # no item carries an Oslo theme
        # The seven English documents: bars, one per document.
        page.select_option("#lang-select", "en")
        names = page.evaluate(
            "document.getElementById('chart-policy_profiles').data.map(t => t.name)"
        )
        assert [n.split(" (no item")[0] for n in names] == [
            d.doc_id for d in docs if d.lang == "en"
        ]
        page.select_option("#lang-select", "")
        page.select_option("#doc-select", docs[0].doc_id)
        types, *_ = page.evaluate(state, "chart-policy_profiles")
        assert types == ["bar"]
        assert events["errors"] == []
    finally:
        page.context.close()


def test_stance_heads_take_shorter_lines_before_standing_upright(browser, tmp_path):
    # New user 64's 27 documents, ids of up to 39 characters: the six stances' columns were
    # 3 px short of lines of 16 characters and their names stood upright, the longest cut off
    # at the top of the window. They take lines of fewer characters, side by side.
    folder = ROOT / "eval/parse/holdout41"
    paths = [p for p in sorted(folder.glob("*.txt")) if p.suffixes[-2] in (".en", ".de", ".fr")]
    for k, path in enumerate(paths):
        (
            tmp_path / f"a-rather-long-name-for-a-document-{k:02d}{path.suffixes[-2]}.txt"
        ).write_bytes(path.read_bytes())
    docs = [polcompare.read(p) for p in sorted(tmp_path.glob("*.txt"))]
    page, events = _open(browser, write_report(build_report(docs), tmp_path / "r.html"))
    try:
        heads, angle, overlaps = page.evaluate(
            """() => { const g = document.getElementById('chart-stance_profiles');
            const xs = [...g.querySelectorAll('.xaxislayer-above .xtick text')]
              .map(t => t.getBoundingClientRect()).sort((a, b) => a.left - b.left);
            return [g.data[0].x, g.layout.xaxis.tickangle,
                    xs.filter((b, k) => k && b.left < xs[k - 1].right - 1).length]; }"""
        )
        assert len(heads) == 6 and angle == 0 and overlaps == 0
        assert "Calls on,<br>urges,<br>encourages" in heads
        assert events["errors"] == []
    finally:
        page.context.close()


def test_the_language_filter_finds_a_paragraph_in_another_language(browser, tmp_path):
    # An EU statement at the UN switches to French for one paragraph: the filter offered its
    # document's language only, so the French paragraph could not be found by language.
    from .test_io import MIXED_STATEMENT

    path = tmp_path / "statement.txt"
    path.write_text(MIXED_STATEMENT, encoding="utf-8")
    statement = polcompare.read(path)
    lv = polcompare.read(SEED_FILES["belarus"])
    page, events = _open(browser, write_report(build_report([statement, lv]), tmp_path / "r.html"))
    try:
        options = page.eval_on_selector_all("#lang-select option", "os => os.map(o => o.value)")
        assert options == ["", "en", "fr", "lv"]
        page.select_option("#lang-select", "fr")
        assert _count(page) == 1
        assert page.locator("details.doc:visible").count() == 1
        shown = page.locator("li.item:not([hidden])")
        assert shown.count() == 1
        assert shown.locator(".text").text_content().startswith("L'Union européenne salue")
        assert shown.locator(".text").get_attribute("lang") == "fr"
        assert "fr" in shown.locator(".item-head .lines").all_text_contents()
        items = _download(page, "items")
        assert items["lang"].tolist() == ["fr"] and items["doc_id"].tolist() == ["statement"]
        page.select_option("#lang-select", "en")
        assert _count(page) == 3  # the statement's English paragraphs, not its French one
        assert events["errors"] == []
    finally:
        page.context.close()
