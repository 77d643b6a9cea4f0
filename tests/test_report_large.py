"""The report's large-corpus mode in a real browser: items drawn when a document opens,
data compressed, charts per language, similar documents as a table.

The seeds (and a hostile document) are rendered twice: as every small report is, and with
the thresholds set to 0 or 1 so that the large-corpus paths run on them. Everything a reader
sees of an item must be the same in both.
"""

import base64
import gzip
import io
import json
import re

import pandas as pd
import pytest

import polcompare
from polcompare.render import report as report_module
from polcompare.render.report import build_report, write_report

from .conftest import SEED_FILES
from .test_report import HOSTILE, SMALL
from .test_report_browser import BROKEN, _open

pytestmark = pytest.mark.browser

LARGE = {
    "OPEN_DOCS": 0,
    "COMPRESS_DATA": 0,
    "CHART_DOCS": 1,
    "CHART_GROUPS": 2,
    "SIMILARITY_HEATMAP_DOCS": 1,
    "TABLE_DOCS": 3,
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("large")
    hostile = folder / "hostile.txt"
    hostile.write_text(SMALL.replace("pārkāpumus.", f"pārkāpumus. {HOSTILE}"), encoding="utf-8")
    data = build_report([polcompare.read(p) for p in [*SEED_FILES.values(), hostile]])
    small = write_report(data, folder / "small.html")
    with pytest.MonkeyPatch.context() as mp:
        for name, value in LARGE.items():
            mp.setattr(report_module, name, value)
        large = write_report(data, folder / "large.html")
    return small, large, data


def _data(path):
    page = path.read_text(encoding="utf-8")
    found = re.search(r'id="report-data" data-encoding="([\w-]+)">(.*?)</script>', page, re.S)
    encoding, raw = found.groups()
    if encoding == "gzip-base64":
        raw = gzip.decompress(base64.b64decode(raw)).decode("utf-8")
    return page, json.loads(raw)


def test_the_data_is_the_same_compressed(pages):
    small, large, _ = pages
    page, plain = _data(small)
    big_page, packed = _data(large)
    assert 'data-encoding="json"' in page and 'data-encoding="gzip-base64"' in big_page
    # the same items and tables; only the parts that depend on the thresholds differ
    assert plain["items"] == packed["items"] and plain["tables"] == packed["tables"]
    packed_text = re.search(r'data-encoding="gzip-base64">(.*?)</script>', big_page, re.S)
    assert re.fullmatch(r"[A-Za-z0-9+/=]+", packed_text.group(1))


def test_tables_decode_to_the_comparisons_tables(pages, seeds):
    _, plain = _data(pages[0])
    table = plain["tables"]["evidence"]
    cols = [[c["v"][k] for k in c["c"]] if isinstance(c, dict) else c for c in table["cols"]]
    rows = list(zip(*cols, strict=True))
    assert len(rows) == table["n"] > 100
    items = plain["items"]
    for row, ids in zip(rows[:300], table["ids"][:300], strict=True):
        record = dict(zip(table["columns"], row, strict=True))
        item = items[ids[0]]
        assert record["item_id"] == item["id"]
        assert item["x"][record["start"] : record["end"]] == record["match"]


ITEM_VIEW = """() => Array.from(document.querySelectorAll('li.item')).map(li => [
    li.id, li.dataset.key, li.dataset.themes,
    li.querySelector('.key').getAttribute('title'),
    li.querySelector('.key').getAttribute('href'),
    Array.from(li.querySelectorAll('.lines')).map(e => e.textContent),
    Array.from(li.querySelectorAll('.chip')).map(e => [e.textContent, e.title, e.style.cssText]),
    li.querySelector('.text').textContent,
    Array.from(li.querySelectorAll('.text mark')).map(
        m => [m.textContent, m.dataset.theme, m.title, m.style.cssText]),
    Array.from(li.querySelectorAll('.note')).map(e => e.textContent),
    li.closest('.item-group').querySelector('h5') ?
        li.closest('.item-group').querySelector('h5').textContent : '',
    li.closest('.doc-section').querySelector('h4').textContent.replace(/\\s+/g, ' ').trim(),
])"""


def test_items_drawn_on_opening_are_the_items_written(browser, pages):
    small, large, _ = pages
    page, _ = _open(browser, small)
    try:
        written = page.evaluate(ITEM_VIEW)
    finally:
        page.context.close()
    page, events = _open(browser, large)
    try:
        assert page.locator("li.item").count() == 0  # nothing drawn before a document opens
        assert page.locator("details.doc[open]").count() == 0
        for summary in page.locator("details.doc > summary").all():
            summary.click()
        # a document is drawn on its 'toggle' event, which fires after the click returns
        page.wait_for_function(
            "() => !document.querySelector('details.doc[open] .doc-items[data-lazy]')"
        )
        drawn = page.evaluate(ITEM_VIEW)
        assert len(drawn) == len(written) > 150
        assert drawn == written
        # the hostile document: its text shown literally, no element made from it
        text = page.inner_text("details[data-doc='hostile'] li.item[data-key='body 1'] .text")
        assert HOSTILE in text
        assert page.locator("script").count() == 3
        assert events["dialogs"] == [] and events["errors"] == []
    finally:
        page.context.close()


def test_a_link_to_an_item_not_drawn_opens_its_document(browser, pages):
    page, _ = _open(browser, pages[1])
    try:
        page.select_option("#kwic-theme", "oap:survey_clearance")
        link = page.locator("#kwic-body a").first
        target = link.get_attribute("href")[1:]
        assert page.locator(f"[id='{target}']").count() == 0
        link.click()
        item = page.locator(f"[id='{target}']")
        assert item.is_visible()
        assert page.evaluate("location.hash") == "#" + target
    finally:
        page.context.close()
    # opened at an item's address: the document opens there
    page, _ = _open(browser, pages[1])
    try:
        page.goto(pages[1].as_uri() + "#item-belarus-conclusions.lv:body:3")
        page.wait_for_function("window.polcompareDrawn !== undefined")
        assert page.locator("[id='item-belarus-conclusions.lv:body:3']").is_visible()
    finally:
        page.context.close()


def test_filter_search_and_downloads_on_items_not_drawn(browser, pages):
    counts = []
    for path in pages[:2]:
        page, _ = _open(browser, path)
        try:
            page.fill("#search", "atminesana")
            page.wait_for_function(
                "Number(document.getElementById('shown-count').textContent) < 100"
            )
            shown = int(page.inner_text("#shown-count"))
            with page.expect_download(timeout=30_000) as info:
                page.click("button.csv[data-table='items']")
            items = pd.read_csv(
                io.StringIO(open(info.value.path(), encoding="utf-8-sig").read()),
                keep_default_na=False,
            )
            assert len(items) == shown
            with page.expect_download(timeout=30_000) as info:
                page.click("button.csv[data-table='evidence']")
            evidence = pd.read_csv(info.value.path(), keep_default_na=False, encoding="utf-8-sig")
            assert set(evidence["item_id"]) <= set(items["item_id"])
            counts.append((shown, len(evidence), list(items["text"])))
            # opening a document shows only the items the filter keeps
            page.click("details[data-doc='eu-apmbc-position-2024.lv'] > summary")
            doc = "details[data-doc='eu-apmbc-position-2024.lv']"
            want = int(page.inner_text(f"{doc} .doc-count"))
            # the page draws the document's items when it is opened: wait for them
            page.wait_for_function(
                f'document.querySelectorAll("{doc} li.item").length > 0', timeout=30_000
            )
            visible = page.locator(f"{doc} li.item:not([hidden])").count()
            assert visible == want
        finally:
            page.context.close()
    assert counts[0] == counts[1]


def test_charts_per_language_and_similar_documents_as_a_table(browser, pages):
    page, events = _open(browser, pages[1], 800)
    try:
        columns = page.evaluate(
            "Array.from(document.getElementById('chart-coverage_docs').data[0].x)"
        )
        assert columns == ["lv (4 documents)", "2 other languages (2 documents)"]
        bars = page.evaluate(
            "document.getElementById('chart-policy_profiles').data.map(t => t.name)"
        )
        assert bars == columns
        title = page.evaluate(
            "document.getElementById('chart-policy_profiles').layout.xaxis.title.text"
        )
        assert title == "share of the items of the documents in each language"
        page.select_option("#doc-select", "belarus-conclusions.lv")  # one document: itself
        columns = page.evaluate(
            "Array.from(document.getElementById('chart-coverage_docs').data[0].x)"
        )
        assert columns == ["belarus-conclusions.lv"]
        page.click("#clear-filter")
        # more documents than TABLE_DOCS: the table scrolls in its box, and says it holds all
        assert page.inner_text("#documents-scroll") == (
            "All 6 documents are in the table; it scrolls in its box."
        )
        assert page.locator(".table-wrap.long table.documents").count() == 1
        assert page.locator("#chart-doc_similarity").count() == 0
        sim = pages[2].comparison.document_similarity
        pairs = len(sim)
        assert 0 < page.locator("table.doc-pairs tbody tr").count() == pairs
        cells = page.locator("table.doc-pairs td:nth-child(5)")
        scores = [float(x) for x in cells.all_inner_texts()]
        assert scores == sorted(scores, reverse=True)
        page.click("table.doc-pairs th:nth-child(5)")  # sort: ascending on a second click
        page.click("table.doc-pairs th:nth-child(5)")
        again = [float(x) for x in cells.all_inner_texts()]
        assert again == sorted(scores)
        text = page.inner_text("body")
        assert not BROKEN.findall(text), BROKEN.findall(text)[:5]
        assert events["errors"] == [] and events["blocked"] == []
        sideways = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert sideways <= 0
    finally:
        page.context.close()


def test_printing_draws_every_document(browser, pages):
    page, _ = _open(browser, pages[1])
    try:
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        assert page.locator("details.doc:not([open])").count() == 0
        assert page.locator("li.item").count() == int(page.inner_text("#total-count"))
    finally:
        page.context.close()
