"""The standalone HTML report, read as text (no browser; see test_report_browser.py)."""

import html
import json
import re
import shutil
import sys

import pytest
from plotly.offline import get_plotlyjs

import polcompare
from polcompare.cli import main
from polcompare.errors import PolcompareError, PolcompareWarning
from polcompare.render.highlight import Segment, highlight_segments
from polcompare.render.report import build_report, write_report
from polcompare.themes import TAXONOMIES, load_dictionary
from polcompare.themes.tag import untagged_line

from .conftest import ROOT, SEED_FILES

HOSTILE = "<script>alert(1)</script> </div> {{ 7*7 }} {% if %}"
# Every taxonomy matches something: compare_corpus needs evidence in each (see the report).
SMALL = "1. Padome nosoda cilvēktiesību pārkāpumus.\n2. Padome atbalsta atmīnēšanu.\n"
MB = 1_000_000


@pytest.fixture(scope="module")
def report(seeds, tmp_path_factory):
    """The seeds' report, written to a folder that does not exist yet."""
    data = build_report(list(seeds.values()))
    path = write_report(data, tmp_path_factory.mktemp("report") / "new" / "report.html")
    return data, path, path.read_text(encoding="utf-8")


def _between(page, start, end):
    return page[page.index(start) : page.index(end, page.index(start))]


def _items(block):
    """(item_id, key, themes, chunk of HTML) for every item element in a block."""
    found = []
    for chunk in block.split('<li class="item" ')[1:]:
        attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', chunk[: chunk.index(">")]))
        body = chunk[: chunk.index("</li>")]
        item_id = html.unescape(attrs["id"]).removeprefix("item-")
        found.append((item_id, html.unescape(attrs["data-key"]), attrs["data-themes"], body))
    return found


def _marked_chars(body):
    """The item's text as rendered, and the themes marked on each of its characters."""
    opening = '<p class="text" dir="auto">'  # its direction from its text (an Arabic page)
    para = body[body.index(opening) + len(opening) : body.index("</p>")]
    text, themes = "", []
    for mark, inside, plain in re.findall(
        r'<mark data-theme="([^"]+)"[^>]*>([^<]*)</mark>|([^<]+)', para
    ):
        chunk = html.unescape(inside or plain)
        text += chunk
        themes += [set(mark.split(";")) if mark else set()] * len(chunk)
    return text, themes


def _blob(page):
    raw = re.search(
        r'<script type="application/json" id="report-data" data-encoding="json">(.*?)</script>',
        page,
        re.S,
    )
    return json.loads(raw.group(1))


def test_paper_lists_every_item_with_key_lines_and_highlights(report, seeds):
    data, _, page = report
    assert data.roles == {
        "paper": "eu-apmbc-position-2024.lv",
        "version": "eu-apmbc-position-2024.da",
        "conclusions": "belarus-conclusions.lv",
    }
    block = _between(
        page, '<div class="doc-items" data-doc="eu-apmbc-position-2024.lv">', "</details>"
    )
    found = _items(block)
    expected = seeds["position_lv"].items
    assert len(found) == len(expected) == 54
    by_id = {f[0]: f for f in found}
    for row in expected.itertuples():
        item_id, key, _, body = by_id[row.item_id]
        assert key == f"{row.section} {row.number}{row.letter}"
        lines = (
            f"line {row.start_line}"
            if row.start_line == row.end_line
            else f"lines {row.start_line}–{row.end_line}"
        )
        assert f">{lines}<" in body, (item_id, lines)
    # review 3b: its key, lines 223-225, its themes as chips and its matches marked.
    _, _, themes, body = by_id["eu-apmbc-position-2024.lv:review:3b"]
    assert "survey_clearance" in themes.split(";")
    assert "lines 223–225" in body
    text, marked = _marked_chars(body)
    assert text == expected.set_index("item_id").at["eu-apmbc-position-2024.lv:review:3b", "text"]
    ev = data.evidence[data.evidence["item_id"] == "eu-apmbc-position-2024.lv:review:3b"]
    assert len(ev) >= 3
    for row in ev.itertuples():
        assert text[row.start : row.end] == row.match
        assert all(row.theme in marked[k] for k in range(row.start, row.end)), row.match
    assert set().union(*marked) <= set(themes.split(";"))


def test_agreement_chart_hovers_name_the_paper_and_its_version(report):
    """The page redraws the agreement bars from its data: their hovers name both versions."""
    data, _, page = report
    hover = data.figures["agreement"].data[0].hovertemplate
    assert "only in eu-apmbc-position-2024.lv: " in hover and "only_a" not in hover
    assert "only in eu-apmbc-position-2024.da: " in hover and "only_b" not in hover
    rows = {r["k"]: (r["a"], r["b"]) for r in _blob(page)["agreement"]}
    assert rows["review 1"] == ("none", "compliance")  # what the hover shows, not ''


def test_paper_shows_sections_and_sub_headings(report):
    _, _, page = report
    block = _between(
        page, '<div class="doc-items" data-doc="eu-apmbc-position-2024.lv">', "</details>"
    )
    sections = re.findall(r'<section class="doc-section" data-section="(\w+)"', block)
    assert sections == ["intro", "review", "declaration", "action_plan"]
    heading = '<h5 class="subheading" dir="auto">5. panta īstenošana</h5>'
    assert block.count(heading) == 1
    assert (
        block.index(heading)
        < block.index('data-key="review 3b"')
        < block.index('<h5 class="subheading" dir="auto">7. panta īstenošana</h5>')
    )
    assert "Attiecībā uz pārskatu par Konvencijas darbību un statusu" in block


def test_documents_table_counts_and_meta(report):
    _, _, page = report
    block = _between(page, '<table class="documents stack">', "</table>")
    row = _between(block, ">eu-apmbc-position-2024.lv</a>", "</tr>")
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", row)
    assert cells[1:] == [
        "9442/24",
        "2024-05-27",
        "lv",
        "position paper",
        "54",
        "intro 8, review 17, declaration 13, action_plan 16",
        "9",  # lines left out (unparsed), as `polcompare report` prints them
    ]
    assert "Padomes secinājumi par ES nostāju" in row  # the title the text states
    head = _between(page, 'data-doc="eu-apmbc-position-2024.lv" style', "</dl>")
    assert "<dt>document number</dt><dd>9442/24</dd>" in head
    assert "position paper" in head and "doc_type position_paper" in head  # role and reason


def test_gap_tables_show_main_and_cross_cutting_apart(report):
    _, _, page = report
    main_table = _between(page, '<table class="gaps" data-group="main">', "</table>")
    cross = _between(page, '<table class="gaps" data-group="cross_cutting">', "</table>")
    assert 'data-theme="gender_diversity"' not in main_table
    assert 'data-section="review" data-theme="gender_diversity" data-status="absent"' in cross
    assert 'data-section="declaration" data-theme="risk_education" data-status="absent"' in (
        main_table
    )
    assert 'data-section="review" data-theme="risk_education" data-status="thin"' in main_table


def test_comparison_and_versions(report):
    data, _, page = report
    block = _between(page, 'id="comparison"', 'id="versions"')
    assert "none" in _between(block, "Only in A:", "<br>")
    assert "democracy_elections" in _between(block, "Only in B:", "<br>")
    first = data.tables["similar_pairs"].iloc[0]
    assert html.escape(first["text_b"], quote=False) in block
    versions = _between(page, 'id="versions"', 'id="texts"')
    # the mean of the 50 items with a theme in either version; 4 with none in both are left out
    assert '<div class="v" id="mean-jaccard">0.924</div>' in versions
    assert (
        "mean Jaccard (50 items with a theme in either version; 4 with none in both left out)"
        in versions
    )
    assert versions.count('<div class="diff"') == 8
    if "facts" in data.tables:
        assert "Numbers and dates in both versions" in versions


def test_versions_with_no_theme_on_either_side_show_no_mean_jaccard():
    # Two language versions of a CFSP decision (eval/align) carry no Oslo theme at all: the
    # report read "mean Jaccard 1.000" with full bars, agreement on nothing (a new user's run).
    from polcompare.render.report import render_report

    de, fr = (
        polcompare.read(ROOT / "eval" / "align" / f"eu-cfsp-decision-2010-576.{lang}.txt")
        for lang in ("de", "fr")
    )
    data = build_report([de, fr], paper=de.doc_id, versions=[fr.doc_id])
    # Not about mines: the context rule held back every item of both versions, so they
    # are not compared at all (their empty theme sets "agreed" with Jaccard 1 before).
    agreement = data.tables["theme_agreement"]
    assert not (agreement["taxonomy"] == "oap").any()
    versions = _between(render_report(data), 'id="versions"', 'id="texts"')
    # policy and stance have no context rule: their agreement is said in a line
    other = _between(versions, 'id="agreement-other"', "</p>")
    assert "policy topics: " in other and "stances: " in other
    assert 'id="mean-jaccard"' not in versions and 'id="chart-agreement"' not in versions
    assert (
        "Theme agreement is not computed:</strong> the Oslo dictionary's context rule held "
        "back 9 aligned items in both versions"
    ) in versions
    assert "agreement" not in data.figures


def test_versions_with_no_theme_on_items_the_dictionary_read_show_no_mean_jaccard(tmp_path):
    from polcompare.render.report import render_report

    # About mines (the context rule lets them be read), yet no item states an Oslo theme.
    texts = {
        "s.en.txt": "Council statement on anti-personnel mines\n\n"
        "1. The European Union discussed anti-personnel mines and the Convention.\n\n"
        "2. The Council met in Brussels on 5 May 2024 on anti-personnel mines.\n\n"
        "3. The Council will return to the question of mines.\n",
        "s.da.txt": "Rådets erklæring om antipersonelminer\n\n"
        "1. Den Europæiske Union drøftede antipersonelminer og konventionen.\n\n"
        "2. Rådet mødtes i Bruxelles den 5. maj 2024 om antipersonelminer.\n\n"
        "3. Rådet vil vende tilbage til spørgsmålet om miner.\n",
    }
    docs = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        docs.append(polcompare.read(tmp_path / name))
    data = build_report(docs, paper=docs[0].doc_id, versions=[docs[1].doc_id])
    agreement = data.tables["theme_agreement"]
    agreement = agreement[agreement["taxonomy"] == "oap"]
    assert len(agreement) == 3 and (agreement[["themes_a", "themes_b"]] == "").all(axis=None)
    versions = _between(render_report(data), 'id="versions"', 'id="texts"')
    assert 'id="mean-jaccard"' not in versions and 'id="chart-agreement"' not in versions
    assert "none of the 3 aligned items carries an Oslo theme in either version" in versions
    assert 'id="agreement-held"' not in versions


def test_method_lists_dictionaries_parameters_and_inputs(report, seeds):
    _, _, page = report
    method = page[page.index('<h2 class="section" id="method">') :]
    for taxonomy in TAXONOMIES:
        assert load_dictionary(taxonomy).sha256 in method
    assert f"polcompare {polcompare.__version__}" in method
    assert "stance window" in method and "thin share" in method
    inputs = _between(method, '<table class="inputs">', "</table>")
    for doc in seeds.values():
        assert html.escape(str(doc.path)) in inputs
        row = _between(inputs, html.escape(str(doc.path)), "</tr>")
        assert f"<td>{doc.lang_detected} (" in row and f"<td>{doc.encoding}</td>" in row


def test_method_gives_the_stance_window_of_each_language(report, seeds, tmp_path):
    # A new user's English statements were read with a window of 8 tokens, but the Method
    # part said only "stance window 5", as if every document had been read with 5.
    data, _, page = report
    key = "stance window (tokens from an item's or clause's start, by language)"
    assert [k for k in data.parameters if "stance window" in k] == [key]  # no lone default row
    windows = data.parameters[key]
    assert windows == "8 in de, en, fr; 5 in every other language"
    assert html.escape(windows) in page[page.index('id="method"') :]
    own = tmp_path / "stance-wide.yml"
    own.write_text("extends: stance\nrules:\n  position:\n    window: 6\n", encoding="utf-8")
    wider = build_report(list(seeds.values()), dictionaries={"stance": own})
    assert wider.parameters[key] == ("8 in de, en, fr; 6 in every other language")


def test_one_self_contained_file_under_6_mb(report):
    _, path, page = report
    assert path.stat().st_size < 6 * MB
    assert page.count(get_plotlyjs()[:120]) == 1  # the bundle's header: embedded once
    external = re.findall(
        r"<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//",
        page,
        re.IGNORECASE,
    )
    assert external == []
    own = page.replace(get_plotlyjs(), "")  # the page without the bundle
    assert "<link" not in own and "@import" not in own and "url(" not in own
    blob = _blob(page)
    assert blob["figures"] and all(f'id="{fid}"' in page for fid in blob["figures"])
    assert all("template" not in f["layout"] for f in blob["figures"].values())


def test_hostile_text_is_escaped(write, tmp_path):
    doc = polcompare.read(write(SMALL.replace("pārkāpumus.", f"pārkāpumus. {HOSTILE}")))
    assert HOSTILE in doc.items.at[0, "text"]
    path = write_report(build_report([doc]), tmp_path / "hostile.html")
    page = path.read_text(encoding="utf-8")
    assert html.escape(HOSTILE, quote=False) in page
    assert "<script>alert" not in page and "</div> {{" not in page
    # Only the page's own three scripts end: the bundle, the JSON data, the app.
    assert page.lower().count("</script") == 3
    raw = re.search(r'id="report-data"[^>]*>(.*?)</script>', page, re.S).group(1)
    assert "<" not in raw and ">" not in raw  # the JSON holds the text as \u003c escapes


def test_write_is_atomic_and_creates_the_folder(report, tmp_path, monkeypatch):
    data, path, _ = report
    assert sorted(p.name for p in path.parent.iterdir()) == ["report.html"]
    target = tmp_path / "a" / "b" / "report.html"
    write_report(data, target)
    before = target.read_bytes()

    def broken(_data):
        raise RuntimeError("render failed")

    monkeypatch.setattr("polcompare.render.report.render_report", broken)
    with pytest.raises(RuntimeError):
        write_report(data, target)
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]


def test_refuses_to_overwrite_an_input(write):
    path = write(SMALL, name="doc.txt")
    data = build_report([polcompare.read(path)])
    with pytest.raises(PolcompareError, match="refusing to overwrite") as err:
        write_report(data, path)
    assert str(path) in str(err.value)
    assert path.read_text(encoding="utf-8") == SMALL
    with pytest.raises(PolcompareError, match="is a folder"):
        write_report(data, path.parent)


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("abc", [], [Segment("abc")]),
        ("", [], []),
        ("abc def", [(0, 3, "x")], [Segment("abc", ("x",)), Segment(" def")]),
        (
            "abc def",
            [(0, 7, "y"), (4, 7, "x")],
            [Segment("abc ", ("y",)), Segment("def", ("x", "y"))],
        ),
        ("abc", [(1, 2, "x"), (1, 2, "x")], [Segment("a"), Segment("b", ("x",)), Segment("c")]),
        (
            "abc",
            [(-5, 1, "x"), (2, 99, "x"), (2, 2, "y")],
            [Segment("a", ("x",)), Segment("b"), Segment("c", ("x",))],
        ),
    ],
)
def test_highlight_segments(text, spans, expected):
    segments = highlight_segments(text, spans, {"x": 0, "y": 1})
    assert segments == expected
    assert "".join(s.text for s in segments) == text


def test_cli_writes_the_report_and_prints_the_summary(tmp_path, capsys):
    out = tmp_path / "out" / "r.html"
    paths = [str(SEED_FILES["position_lv"]), str(SEED_FILES["belarus"])]
    assert main(["report", *paths, "-o", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith(
        "eu-apmbc-position-2024.lv: lv position_paper, 54 items (intro 8, review 17, "
        "declaration 13, action_plan 16); 11 headings, 1 footnote, 2 furniture lines, "
        "9 unparsed lines"
    )
    assert printed[1].startswith("belarus-conclusions.lv: lv conclusions, 17 items")
    assert printed[1].endswith("0 footnotes, 0 furniture lines, 0 unparsed lines")
    assert re.fullmatch(rf"wrote {re.escape(str(out))} \(\d+\.\d MB\) in \d+\.\d s", printed[2])
    assert out.stat().st_size < 6 * MB


def test_cli_defaults_seeds_to_reports(tmp_path, monkeypatch, capsys):
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED_FILES["belarus"], tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert main(["report"]) == 0
    assert (tmp_path / "reports" / "polcompare-report.html").is_file()
    assert "wrote reports/polcompare-report.html (" in capsys.readouterr().out
    assert main(["report", "-o", "reports"]) == 0  # a folder: the default name inside it
    assert "wrote reports/polcompare-report.html (" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("input", "refusing to overwrite"),
        ("under-a-file", "cannot write"),
        ("missing-input", "no such file"),
    ],
)
def test_cli_errors_are_one_line(tmp_path, capsys, target, words):
    doc = tmp_path / "doc.txt"
    doc.write_text(SMALL, encoding="utf-8")
    inputs, out = [str(doc)], tmp_path / "r.html"
    if target == "input":
        out = doc
    elif target == "under-a-file":
        out = doc / "r.html"
    else:
        inputs = [str(tmp_path / "none.txt")]
    assert main(["report", *inputs, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    # progress lines ("polcompare: read 1/1 ...", "polcompare: writing ...") come first
    *progress, last = err.splitlines()
    assert last.startswith("polcompare: error:") and words in last
    assert all(line.startswith("polcompare: ") for line in progress)
    assert not any(line.startswith("polcompare: error:") for line in progress)
    assert "Traceback" not in err
    assert doc.read_text(encoding="utf-8") == SMALL


def test_a_report_of_documents_read_from_bytes(tmp_path):
    data = SEED_FILES["belarus"].read_bytes()
    doc = polcompare.read_bytes(data, name="belarus.txt")
    report = build_report([doc])
    row = report.inputs.iloc[0]
    assert (
        row["sha256"] == doc.source_sha256 == polcompare.read(SEED_FILES["belarus"]).source_sha256
    )
    assert row["lines"] == 195
    page = write_report(report, tmp_path / "r.html").read_text(encoding="utf-8")
    assert doc.source_sha256 in page


def test_the_report_only_renders_its_comparison(seeds, monkeypatch):
    """Built from a Comparison, the report neither tags, compares nor reads files again."""
    comparison = polcompare.compare([seeds["position_lv"], seeds["belarus"]])
    words = sys.modules["polcompare.compare.words"]  # polcompare.compare is the function
    monkeypatch.setattr(words, "similarity_matrix", lambda *a: pytest.fail("recomputed"))
    monkeypatch.setattr("polcompare.themes.tag", lambda *a, **k: pytest.fail("re-tagged"))
    monkeypatch.setattr("polcompare.themes.load_dictionary", lambda *a: pytest.fail("loaded"))
    monkeypatch.setattr("pathlib.Path.read_bytes", lambda *a: pytest.fail("read from disk"))
    data = build_report(comparison)
    assert data.comparison is comparison
    assert data.roles == {
        "paper": "eu-apmbc-position-2024.lv",
        "version": None,
        "conclusions": "belarus-conclusions.lv",
    }
    heatmap = data.figures["similarity"].data[0]
    assert heatmap.z.shape == comparison.similarity.shape
    with pytest.raises(PolcompareError, match="items table"):
        build_report(polcompare.compare(items=comparison.items))


def test_theme_chips_in_a_list_read_as_separate_words(report):
    """Copied or read aloud, "Only in B:" lists its topics apart, not glued together."""
    _, _, page = report
    block = _between(page, 'id="comparison"', 'id="versions"')
    assert '</span> <span class="chip"' in _between(block, "Shared:", "Only in A:")


def test_every_document_shown_apart_has_its_own_colour():
    """Up to CHART_DOCS documents get one bar each: no two may share a colour (8 did)."""
    from polcompare.render.report import CHART_DOCS

    docs = [
        polcompare.read_bytes(f"{k}. {SMALL}".encode(), name=f"doc{k}.txt")
        for k in range(CHART_DOCS)
    ]
    data = build_report(docs)
    colours = [data.colors[d.doc_id] for d in docs]
    assert len(set(colours)) == len(colours)
    # The first documents keep the colour-blind-safe palette.
    okabe_ito = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"]
    assert colours[:7] == okabe_ito


def test_keyness_of_paper_and_conclusions_names_the_documents(report):
    """The legend of "words that set A and B apart" names A and B, not target/reference."""
    data, _, _ = report
    names = {trace.name for trace in data.figures["keyness"].data}
    assert names == {data.roles["paper"], data.roles["conclusions"]}
    for trace in data.figures["keyness"].data:
        assert trace.hovertemplate.startswith(trace.name)


def test_versions_in_a_language_no_dictionary_has_get_no_theme_agreement(tmp_path):
    # The English and Czech versions of one resolution: the report said "mean Jaccard 0.786,
    # 3 items whose themes differ", all because no dictionary reads Czech.
    folder = ROOT / "eval/parse/holdout20"
    en, cs = (
        polcompare.read(folder / f"eu-ep-resolution-2008-11-20-{name}-ta-6-2008-0565.{lang}.txt")
        for name, lang in (
            ("convention-cluster-munitions", "en"),
            ("umluva-o-kazetove-munici", "cs"),
        )
    )
    with pytest.warns(PolcompareWarning):
        comparison = polcompare.compare([en, cs], paper=en.doc_id, versions=[cs.doc_id])
    page = write_report(build_report(comparison), tmp_path / "r.html").read_text("utf-8")
    versions = html.unescape(re.sub(r"<[^>]+>", "", _between(page, 'id="versions"', 'id="texts"')))
    assert (
        "Theme agreement is not computed: the Oslo dictionary has no patterns in cs "
        f"({len(cs.items)} items of {cs.doc_id}); it has lv, da, nb, sv, en, de, fr."
    ) in " ".join(versions.split())
    assert "mean Jaccard" not in versions and "themes differ" not in versions
    assert 'id="chart-agreement"' not in page


def test_a_paper_without_a_position_papers_sections_gets_no_gap_tables(tmp_path):
    # --paper on a resolution (sections preamble, body): the report counted "0 absent,
    # 0 thin, 0 covered" and listed every Oslo theme as "absent" from review to action plan,
    # sections the resolution does not have, though it speaks of stockpiles and victims.
    folder = ROOT / "eval/parse/holdout20"
    en = polcompare.read(
        folder / "eu-ep-resolution-2008-11-20-convention-cluster-munitions-ta-6-2008-0565.en.txt"
    )
    comparison = polcompare.compare([en, polcompare.read(SEED_FILES["belarus"])], paper=en.doc_id)
    assert comparison.section_flow.empty
    page = write_report(build_report(comparison), tmp_path / "r.html").read_text("utf-8")
    coverage = html.unescape(re.sub(r"<[^>]+>", "", _between(page, 'id="coverage"', 'id="texts"')))
    assert (
        "No gap tables and no flow from review to action plan: they need a position paper's "
        f"sections (review, declaration, action_plan), and {en.doc_id} has preamble, body."
    ) in " ".join(coverage.split())
    assert "Themes from review to action plan" not in coverage and "absent (section" not in coverage
    assert 'id="chart-coverage"' in page


def test_a_document_no_dictionary_reads_is_not_read_not_zero(tmp_path):
    # Swedish Council conclusions beside a Norwegian text on mines: the coverage chart printed
    # 0 in every cell of the Swedish column, its share 0%, and the profiles drew it as 0% of
    # every topic, though no dictionary has Swedish patterns: its items were never read.
    sv = polcompare.read(
        ROOT
        / "eval/parse/holdout26"  # Finnish: a language no dictionary has (Swedish is shipped)
        / "fi-eurooppatiedotus-2009-09-11-tiedote-257-2009-gaerc-afganistan-iran.fi.txt"
    )
    nb = polcompare.read(SEED_FILES["norway"])
    with pytest.warns(PolcompareWarning):
        data = build_report([nb, sv])
    page = write_report(data, tmp_path / "r.html").read_text("utf-8")
    heat = data.figures["coverage_docs"].data[0]
    col = {doc_id: k for k, doc_id in enumerate(heat.x)}
    assert {row[col[sv.doc_id]] for row in heat.z} == {None}
    assert {row[col[sv.doc_id]] for row in heat.text} == {"not read"}
    assert all(isinstance(row[col[nb.doc_id]], float) for row in heat.z)
    assert "not read" not in {row[col[nb.doc_id]] for row in heat.text}
    for name in ("policy_profiles", "stance_profiles"):
        assert [t.name for t in data.figures[name].data] == [nb.doc_id]
    # The page's script redraws these charts from the items: it must know which were not read.
    items = _blob(page)["items"]
    assert {tuple(it.get("u", ())) for it in items if it["id"].startswith(sv.doc_id)} == {
        ("oap", "policy", "stance")
    }
    assert not any("u" in it for it in items if it["id"].startswith(nb.doc_id))
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", page)).split())
    n = len(nb.items) + len(sv.items)
    assert f"{len(nb.items)} of {n} items read by the dictionaries" in text
    assert f"(the {len(sv.items)} in fi not read: the dictionaries lack their language)" in text
    assert f"Not read by the dictionaries: {sv.doc_id} (its {len(sv.items)} items in fi)." in text


def test_a_document_your_own_dictionary_reads_is_not_called_not_read(tmp_path):
    # A user's policy file with Swedish topics beside the shipped stance: the header said
    # "the 10 in sv not read: the dictionaries lack their language" and the command line
    # "10 items get no policy/stance themes in sv", though the user's policy file read them.
    sv = polcompare.read(
        ROOT
        / "eval/parse/holdout26"  # Finnish: a language no dictionary has (Swedish is shipped)
        / "fi-eurooppatiedotus-2009-09-11-tiedote-257-2009-gaerc-afganistan-iran.fi.txt"
    )
    lv = polcompare.read(SEED_FILES["belarus"])
    mine = tmp_path / "mine.yml"
    mine.write_text("fi:\n  libya: [libya*]\nlv:\n  libya: [lībij*]\n", "utf-8")
    with pytest.warns(PolcompareWarning, match=r"get no oap/stance themes in fi"):
        data = build_report([lv, sv], dictionaries={"policy": mine})
    page = write_report(data, tmp_path / "r.html").read_text("utf-8")
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", page)).split())
    assert (
        f"(the {len(sv.items)} in fi not read by some of the dictionaries, which lack their "
        "language: fi by oap, stance)"
    ) in text
    assert "the dictionaries lack their language)" not in text


def test_untagged_line_says_which_taxonomies_lack_each_language():
    counts = {"policy": {("a", "da"): 7}, "stance": {("b", "sv"): 41, ("c", "sv"): 3}}
    languages = {"oap": ("sv", "da", "en"), "policy": ("sv", "en"), "stance": ("da", "en")}
    line = untagged_line(counts, languages)
    assert line.startswith(
        "51 items get no themes of some taxonomies in sv (stance), da (policy): "
    )
    same = {"policy": {("b", "sv"): 41}, "stance": {("b", "sv"): 41}}
    assert untagged_line(same, languages).startswith("41 items get no policy/stance themes in sv:")


def test_a_document_without_items_does_not_shift_the_others_items(tmp_path):
    # A Danish note whose text holds headings only (0 items) read before the Belarus
    # conclusions: the page filed every Belarus item under the Danish note (its items'
    # document index counted only documents with items, the page's list counted all), so
    # the filter, the counts per document and the charts gave Belarus's items to the note.
    note = polcompare.read(
        ROOT
        / "eval/parse/holdout26"
        / "dk-um-samlenotat-raadsmoede-4038-fac-2024-06-24-contents-eu-dk.da.txt"
    )
    lv = polcompare.read(SEED_FILES["belarus"])
    assert len(note.items) == 0
    page = write_report(build_report([note, lv]), tmp_path / "r.html").read_text("utf-8")
    blob = _blob(page)
    assert [d["id"] for d in blob["docs"]] == [note.doc_id, lv.doc_id]
    assert len(blob["items"]) == len(lv.items)
    assert {blob["docs"][it["d"]]["id"] for it in blob["items"]} == {lv.doc_id}


def test_the_report_takes_the_conclusions_chosen(seeds):
    # build_report and polcompare.report passed paper= and versions= on, not conclusions=.
    page = polcompare.read(
        ROOT / "eval/parse/holdout26" / "eu-consilium-conclusions-resolutions-page.lv.txt"
    )
    docs = [seeds["position_lv"], seeds["position_da"], page, seeds["belarus"]]
    data = polcompare.report(docs, conclusions=seeds["belarus"].doc_id)
    assert data.roles["conclusions"] == seeds["belarus"].doc_id


def test_unparsed_text_of_one_line_says_line_not_lines_n_n(tmp_path):
    # A page of the Danish foreign ministry that names the EU: its unnumbered paragraphs
    # beside a numbered list are unparsed text (they may be conclusions' cover note), and one
    # of one line was shown as "lines 6–6" under the text, where items say "line 6".
    path = tmp_path / "hrc.da.txt"
    path.write_text(
        "EU og Danmark i FN's Menneskerettighedsråd\n\n"
        "Danmark er blevet valgt til FN's Menneskerettighedsråd for perioden 2019-2021.\n"
        "Vi vil arbejde for at gøre en forskel for Rådet.\n\n"
        "Dignity\n"
        "Et værdigt liv og lige rettigheder for alle er centrale elementer.\n\n"
        "Danmark vil som medlem af Rådet arbejde for\n"
        "1. en verden uden tortur\n"
        "2. en verden, hvor kvinder og mænd har samme rettigheder\n",
        encoding="utf-8",
    )
    doc = polcompare.read(path)
    spans = {(int(r.start_line), int(r.end_line)) for r in doc.unparsed.itertuples()}
    assert spans == {(3, 4), (7, 7)}
    page = write_report(build_report([doc]), tmp_path / "r.html").read_text(encoding="utf-8")
    shown = re.findall(r'<span class="lines">([^<]*)</span> \(unnumbered', page)
    assert shown == ["lines 3–4", "line 7"]
    assert "lines 7–7" not in page


def test_the_documents_table_says_how_many_lines_no_item_holds(tmp_path):
    # A researcher's page of the Danish foreign ministry that names the EU: 3 of its lines
    # (two lead paragraphs beside a numbered list) became no item, so no theme or chart
    # counts them; the table of documents said "4 items" and nothing about them.
    path = tmp_path / "hrc.da.txt"
    path.write_text(
        "EU og Danmark i FN's Menneskerettighedsråd\n\n"
        "Danmark er blevet valgt til FN's Menneskerettighedsråd for perioden 2019-2021.\n"
        "Vi vil arbejde for at gøre en forskel for Rådet.\n\n"
        "Dignity\n"
        "Et værdigt liv og lige rettigheder for alle er centrale elementer.\n\n"
        "Danmark vil som medlem af Rådet arbejde for\n"
        "1. en verden uden tortur\n"
        "2. en verden, hvor kvinder og mænd har samme rettigheder\n",
        encoding="utf-8",
    )
    clean = tmp_path / "clean.da.txt"
    clean.write_text("1. en verden uden tortur\n2. en verden med rettigheder\n", encoding="utf-8")
    docs = [polcompare.read(path), polcompare.read(clean)]
    assert [d.summary()["unparsed_lines"] for d in docs] == [3, 0]
    page = write_report(build_report(docs), tmp_path / "r.html").read_text(encoding="utf-8")
    table = _between(page, '<table class="documents', "</table>")
    assert '<th class="num" title="lines that belong to no item or heading">left out</th>' in table
    assert re.findall(r'data-label="lines left out">([^<]*)</td>', table) == ["3", "0"]
    lede = _between(page, 'id="overview"', "<div")
    assert "no theme, chart or count includes them" in lede


# A held-out Danish memorandum cut after its table of contents, and an Assemblée nationale
# report cut after its own: neither yields an item.
CONTENTS_ONLY = (
    ROOT
    / "eval/parse/holdout26/dk-um-samlenotat-raadsmoede-4038-fac-2024-06-24-contents-eu-dk.da.txt"
)
TITLE_AND_CONTENTS = (
    ROOT / "eval/parse/holdout3/fr-assemblee-nationale-rapport-2218-code-defense.fr.txt"
)


def test_a_document_with_no_items_is_said_with_where_its_text_went(tmp_path, capsys):
    """A document with no item counts nowhere: the reader learns it, and what its lines became.

    The report said only "No items were found in this document" in its texts, the command
    line nothing at all (``items`` printed an empty table with status 0).
    """
    empty = polcompare.read(CONTENTS_ONLY)
    assert empty.items.empty
    assert empty.no_items_reason() == (
        "none of its 19 lines of text opens an item: 15 heading lines (7 table of contents, "
        "1 title, 7 other), 4 unparsed lines"
    )
    assert polcompare.read(TITLE_AND_CONTENTS).no_items_reason() == (
        "none of its 39 lines of text opens an item: 36 heading lines (21 title, "
        "13 table of contents, 2 other), 3 furniture lines"
    )
    assert polcompare.read(SEED_FILES["belarus"]).no_items_reason() == ""

    assert main(["items", str(CONTENTS_ONLY), str(SEED_FILES["belarus"])]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [f"polcompare: warning: {CONTENTS_ONLY}: no items: {empty.no_items_reason()}"]

    data = build_report([empty, polcompare.read(SEED_FILES["belarus"])])
    page = write_report(data, tmp_path / "r.html").read_text(encoding="utf-8")
    note = _between(page, '<p class="note" id="no-items-note">', "</p>").split(">", 1)[1]
    assert note.startswith("1 document yields no items, so it counts in no table or chart: ")
    assert empty.doc_id in note and html.escape(empty.no_items_reason()) in note
    assert f"No items were found in this document: {empty.no_items_reason()}." in page


def test_documents_without_mine_words_are_said_to_have_no_oslo_themes_applied(seeds):
    """A CCM or Belarus text's column of zeros read as "silent on every Oslo theme"."""
    from polcompare.render.report import build_report, render_report

    data = build_report([seeds["position_lv"], seeds["belarus"]])
    status = data.comparison.tagged["oap"].items.groupby("doc_id")["tag_status"].unique()
    assert list(status["belarus-conclusions.lv"]) == ["out_of_context"]
    assert "out_of_context" not in status["eu-apmbc-position-2024.lv"]
    page = render_report(data)
    assert (
        "<strong>Oslo themes not applied to</strong> belarus-conclusions.lv (17 items): "
        "it speaks of no mines" in page
    )


def test_the_header_says_oslo_themes_were_not_applied_to_texts_without_mines(seeds):
    # A new user's 47 texts on small arms and the Arms Trade Treaty: the header said "416 of
    # 469 items tagged with the Oslo Action Plan themes, policy topics and stances", though
    # the Oslo themes had been applied to none of 38 of those documents (no mine words);
    # only a note further down, above the coverage chart, said so.
    from polcompare.render.report import build_report, render_report

    page = render_report(build_report([seeds["position_lv"], seeds["belarus"]]))
    header = _between(page, '<p class="lede">', "</p>")
    assert (
        "The Oslo Action Plan themes were not applied to 1 document (17 items), which speaks "
        'of no mines or explosive ordnance (<a href="#ooc-note">listed</a>). The position'
    ) in header
    assert '<p class="chosen" id="ooc-note"><strong>Oslo themes not applied to</strong>' in page
    # and the coverage chart leaves it out rather than draw its zeros (a new user's statements
    # at the Convention on Cluster Munitions' meetings read as covering no theme at all) or a
    # wall of "not applied" cells (new user 61: 24 of 26 rows); the lede says so
    data = build_report([seeds["position_lv"], seeds["belarus"]])
    heat = data.figures["coverage_docs"].data[0]
    docs = {*heat.x, *heat.y}
    assert "eu-apmbc-position-2024.lv" in docs and "belarus-conclusions.lv" not in docs
    assert "not applied" not in {cell for row in heat.text for cell in row}
    assert "have no column while others are shown" in render_report(data)
    # a set whose every document speaks of mines has no such sentence
    alone = render_report(build_report([seeds["position_lv"], seeds["position_da"]]))
    assert "were not applied to" not in _between(alone, '<p class="lede">', "</p>")


def test_a_paper_with_no_oslo_theme_says_so_over_its_zeros(tmp_path):
    # --paper on a legal act on the Arms Trade Treaty: the coverage part drew a heatmap of
    # zeros under "Position paper: Oslo Action Plan coverage", with nothing saying why.
    act = polcompare.read(
        ROOT
        / "eval/parse/holdout20"
        / "eu-cfsp-decision-2023-2296-att-secretariat-recital-numbers-not-printed.en.txt"
    )
    comparison = polcompare.compare([act, polcompare.read(SEED_FILES["belarus"])], paper=act.doc_id)
    assert not (comparison.tables["gaps"]["items_with_theme"] > 0).any()
    page = write_report(build_report(comparison), tmp_path / "r.html").read_text("utf-8")
    coverage = html.unescape(re.sub(r"<[^>]+>", "", _between(page, 'id="coverage"', 'id="texts"')))
    assert (
        f"No item of {act.doc_id} carries an Oslo Action Plan theme (it was given as the paper, "
        "and is typed legal act): every cell below is 0."
    ) in " ".join(coverage.split())
    # a position paper with Oslo themes has no such line
    seeds = polcompare.compare([polcompare.read(p) for p in SEED_FILES.values()])
    page = write_report(build_report(seeds), tmp_path / "s.html").read_text("utf-8")
    assert "carries an Oslo Action Plan theme</strong>" not in page


def test_notes_on_many_documents_count_them_and_list_them_closed():
    """On 1,790 documents, the notes "Not read by the dictionaries", "Oslo themes not
    applied to" and "No document is a position paper (types: ...)" named every document in
    one sentence each: 36,000 px of names before the first chart. Beyond ``LIST_DOCS`` they
    count the documents (by language, by type) and list them in a closed ``<details>``."""
    from polcompare.render.report import LIST_DOCS, render_report

    n = LIST_DOCS + 1
    sv_text = (
        "1. Neuvosto tuomitsee hyökkäyksen.\n2. Neuvosto kehottaa rauhaan ja pidättyvyyteen.\n"
    )
    belarus = SEED_FILES["belarus"].read_bytes()
    docs = [polcompare.read_bytes(sv_text.encode(), name=f"fi{k}.fi.txt") for k in range(n)]
    docs += [polcompare.read_bytes(belarus, name=f"belarus{k}.lv.txt") for k in range(n)]
    with pytest.warns(PolcompareWarning):
        page = render_report(build_report(docs))
    unread = _between(page, '<p class="chosen" id="unread-note">', "</p>")
    assert f"dictionaries:</strong> {n} documents (fi {n}; {2 * n} items in all" in unread
    assert "fi0" not in unread
    listed = _between(page, f"<summary>The {n} documents not read</summary>", "</details>")
    assert all(f"fi{k}.fi (its 2 items in fi)" in listed for k in range(n))
    held = _between(page, "<strong>Oslo themes not applied to</strong>", "</details>")
    assert f"to</strong> {n} documents ({17 * n} items, each document named below)" in held
    assert all(f"belarus{k}.lv (17 items)" in held for k in range(n))
    assert f"No document is a position paper (of the {2 * n}: {n} " in page
    assert "types: fi0.fi" not in page


def test_the_report_says_when_two_documents_hold_the_same_text(seeds):
    from polcompare.render.report import render_report

    twin = polcompare.read(SEED_FILES["norway"], doc_id="norway <copy>")
    with pytest.warns(PolcompareWarning, match="hold the same text"):
        data = build_report([seeds["norway"], twin])
    page = render_report(data)
    note = (
        "2 documents hold the same text as another "
        "(norway-mbc-presidency.nb and norway &lt;copy&gt;)"
    )
    assert f'<p class="note">{note}' in page


def test_search_folds_the_letters_nfd_keeps_whole():
    # "fordommer" found no "fordømmer": ø and æ are no accented o and a for NFD.
    from polcompare.render.highlight import fold, search_spans

    assert fold("Fordømmer ÆLDRE Łódź") == "fordommer aeldre lodz"
    text = "Norge fordømmer og støtter"
    assert [text[a:b] for a, b, _ in search_spans(text, "fordommer og stotter")] == [
        "fordømmer og støtter"
    ]
    other = "de særlige"
    assert [other[a:b] for a, b, _ in search_spans(other, "saerlige")] == ["særlige"]


def _taxonomy_summaries(page):
    panel = _between(page, 'id="theme-filter"', "</div>\n    </details>")
    return {
        m.group(2): (bool(m.group(1)), m.group(3))
        for m in re.finditer(
            r'<details class="taxonomy" data-taxonomy="[^"]+" (open)?>\s*<summary>.*?'
            r"<code>([^<]+)</code>\) <span class=\"muted\">([^<]+)</span>",
            panel,
        )
    }


def test_the_theme_filter_opens_at_the_first_taxonomy_that_tags_any_item(report, seeds, tmp_path):
    # A new user's sanctions corpus met fourteen Oslo Action Plan themes, each at 0, first in
    # the filter; the policy themes she needed were folded away below.
    _, _, page = report
    summaries = _taxonomy_summaries(page)
    assert set(summaries) == set(TAXONOMIES)
    assert int(summaries["oap"][1].split()[0]) > 0  # the position paper's Oslo themes
    assert [name for name, (opened, _) in summaries.items() if opened] == ["oap"]
    path = write_report(build_report([seeds["belarus"]]), tmp_path / "belarus.html")
    alone = _taxonomy_summaries(path.read_text(encoding="utf-8"))
    assert alone["oap"] == (False, "0 items tagged")
    assert int(alone["policy"][1].split()[0]) > 0
    assert [name for name, (opened, _) in alone.items() if opened] == ["policy"]


def test_a_corpus_without_oslo_themes_leads_with_topics_and_maps_many_profiles():
    # New user 24's 38 texts on Belarus: the report opened on two empty Oslo charts, said "186
    # of 206 items tagged with the Oslo Action Plan themes ..." though none carried one, and
    # drew each taxonomy's profiles as 5,000 px of thin bars in 38 near-identical colours.
    from polcompare.render.report import PROFILE_BARS, render_report

    folder = ROOT / "eval/parse/holdout41"
    docs = [polcompare.read(p) for p in sorted(folder.glob("*.txt"))]
    docs = [d for d in docs if d.lang in ("en", "de", "fr", "nb", "lv", "da")]
    data = build_report(docs)
    page = render_report(data)
    figures = _blob(page)["figures"]
    assert "chart-themes" not in figures and "chart-coverage_docs" not in figures
    carrying = {
        name: int((t.items["themes"] != "").sum()) for name, t in data.comparison.tagged.items()
    }
    assert carrying["oap"] == 0 and carrying["policy"] > 0
    header = " ".join(_between(page, '<p class="lede">', "</p>").split())
    assert (
        f"Of them, 0 carry an Oslo Action Plan theme, {carrying['policy']} a policy topic and "
        f"{carrying['stance']} a stance." in header
    )
    # topics and stances first, then a sentence where the Oslo charts were
    assert page.index('id="chart-stance_profiles"') < page.index('id="no-oap"')
    assert 'id="chart-themes"' not in page
    # more documents read than PROFILE_BARS: the page may draw the profiles as a heatmap
    read = data.comparison.tagged["policy"].items.groupby("doc_id").size()
    assert len(read) > PROFILE_BARS
    heat = figures["chart-policy_profiles_heatmap"]
    assert [t["type"] for t in heat["data"]] == ["heatmap"]
    assert "z" not in heat["data"][0]  # the page computes the cells from the items shown
    assert heat["layout"]["meta"] == {"noun": "policy topic"}
    # the seeds speak of mines: Oslo charts first, profiles of five documents as bars
    seeds_page = render_report(build_report([polcompare.read(p) for p in SEED_FILES.values()]))
    seeds_figures = _blob(seeds_page)["figures"]
    assert {"chart-themes", "chart-coverage_docs"} <= set(seeds_figures)
    assert "chart-policy_profiles_heatmap" not in seeds_figures
    assert 'id="no-oap"' not in seeds_page


def test_a_right_to_left_text_is_laid_out_right_to_left(write, tmp_path):
    """A new user's Arabic page had its sentence-final stops and bracketed lists on the wrong
    side: the report laid every text out left to right."""
    arabic = "أُنشئت اللجنة عملاً بالقرار 1718 (2006) للإشراف على تدابير الجزاءات."
    doc = polcompare.read(write(f"{arabic}\n\nمزيد من المعلومات حول التدابير.\n", "un.ar.txt"))
    page = write_report(build_report([doc]), tmp_path / "ar.html").read_text(encoding="utf-8")
    assert re.search(r'<p class="text" dir="auto">' + re.escape(html.escape(arabic)), page)


def test_the_texts_show_every_taxonomys_themes_and_matches(report):
    # New users 32 and 33: "The texts" showed only Oslo themes, so an item with seven policy
    # and three stance matches looked untagged (the explorer showed them all)
    data, _, page = report
    c = data.comparison
    found = {}
    for doc_id in c.doc_ids:
        start = page.find(f'<div class="doc-items" data-doc="{doc_id}">')
        if start >= 0:
            found.update({f[0]: f for f in _items(page[start : page.index("</details>", start)])})
    evidence = [c.tagged[name].evidence for name in ("oap", "policy", "stance")]
    both = sorted(set(evidence[1]["item_id"]) & set(evidence[2]["item_id"]) & set(found))
    assert len(both) >= 5
    for item_id in both[:5]:
        _, _, themes, body = found[item_id]
        text, marked = _marked_chars(body)
        for ev in evidence:
            for row in ev[ev["item_id"] == item_id].itertuples():
                assert row.theme in themes.split(";"), (item_id, row.theme)
                assert text[row.start : row.end] == row.match
                assert all(row.theme in marked[k] for k in range(row.start, row.end))


def test_document_similarity_is_each_pair_once_and_the_heatmap_its_square(report):
    # The table (and its CSV download) holds each pair of one language's documents once,
    # the most similar first; the heatmap draws both halves of the square and its diagonal.
    data, _, _ = report
    sim = data.comparison.document_similarity
    assert len(sim) and not (sim["doc_a"] == sim["doc_b"]).any()
    pairs = {frozenset(p) for p in zip(sim["doc_a"], sim["doc_b"], strict=True)}
    assert len(pairs) == len(sim)
    heat = data.figures["doc_similarity"].data[0]
    docs, z = list(heat.x), [list(row) for row in heat.z]
    assert list(heat.y) == docs
    for a, b, cosine in zip(sim["doc_a"], sim["doc_b"], sim["cosine"], strict=True):
        i, j = docs.index(a), docs.index(b)
        assert z[i][j] == z[j][i] == pytest.approx(cosine)
    for i, doc in enumerate(docs):
        same_lang = set(sim.loc[(sim["doc_a"] == doc) | (sim["doc_b"] == doc), "lang"])
        assert same_lang and z[i][i] == 1.0


def test_versions_whose_unnumbered_paragraphs_pair_nowhere_are_not_compared(tmp_path):
    # New user 36: a German press release and its English page, the German with a lead-in
    # paragraph more; the alignment by content paired no item, yet the themes and facts were
    # compared by the items' own keys ("body/p1" with "body/p1"), and the report crashed
    # (two alignment rows under one key).
    from polcompare.render.report import render_report

    texts = {
        "r.de.txt": "Außenministerin zum Tag der Minenaufklärung\n\n"
        "Die Außenministerin erklärte am 04.04.2023:\n\n"
        "Antipersonenminen sind grausame Waffen. Wir finanzieren die Räumung von Minen "
        "in der Ukraine mit 20 Millionen Euro.\n",
        "r.en.txt": "Foreign Minister on Mine Awareness Day\n\n"
        "Our support for victim assistance in Colombia continues with a new programme "
        "for survivors of landmines.\n\n"
        "Mine risk education reaches schools in Cambodia.\n",
    }
    docs = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        docs.append(polcompare.read(tmp_path / name))
    data = build_report(docs, paper=docs[0].doc_id, versions=[docs[1].doc_id])
    alignment = data.tables["alignment"]
    assert set(alignment["status"]) == {"missing_in_b", "extra_in_b"}
    assert data.tables["theme_agreement"].empty
    assert set(data.tables["facts"]["item_id_b"].fillna("")) <= {""}
    assert 'id="versions"' in render_report(data)
