import html
import re
import unicodedata

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest

import polcompare
from polcompare.errors import DictionaryError, PolcompareError, PolcompareWarning
from polcompare.render.widgets import (
    ALL,
    MAX_ROWS,
    explore,
    filter_items,
    init_notebook,
    prepare_items,
)
from polcompare.themes import load_dictionary, tag

LV_3B = "eu-apmbc-position-2024.lv:review:3b"
DA_3B = "eu-apmbc-position-2024.da:review:3b"


def reference(items, *, themes=(), section=None, doc_id=None, lang=None, query=""):
    """The rule of filter_items, one row at a time: the slow, obvious version."""
    themes = {themes} if isinstance(themes, str) else set(themes)
    needle = " ".join(_plain(query).split())
    keep = []
    columns = ("themes", "section", "doc_id", "lang", "heading", "text")
    for label, *row in zip(items.index, *(items[c] for c in columns), strict=True):
        row = dict(zip(columns, row, strict=True))
        carried = set(row["themes"].split(";")) - {""}
        if themes and not themes & carried:
            continue
        if section is not None and row["section"] != section:
            continue
        if doc_id is not None and row["doc_id"] != doc_id:
            continue
        if lang is not None and row["lang"] != lang:
            continue
        if needle and needle not in _plain(row["heading"] + "\n" + row["text"]):
            continue
        keep.append(label)
    return keep


def _plain(text):
    """Lower case, without accents: "Atmīnēšana" -> "atminesana"."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def counts(items):
    """Theme -> items carrying it."""
    long = items["themes"].str.split(";").explode()
    return long[long != ""].value_counts().to_dict()


def marked(fragment):
    """The texts wrapped in <mark> in an HTML fragment, unescaped."""
    return [html.unescape(m) for m in re.findall(r"<mark[^>]*>(.*?)</mark>", fragment)]


def visible_text(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


@pytest.fixture(scope="module")
def docs(seeds):
    """The seeds, position paper first (lv, da), then the others."""
    order = ["position_lv", "position_da", "belarus", "icsant", "norway"]
    return [seeds[name] for name in order]


@pytest.fixture(scope="module")
def tagged(docs):
    return tag(pd.concat([d.items for d in docs], ignore_index=True), taxonomy="oap")


@pytest.fixture(scope="module")
def prepared(tagged):
    return prepare_items(tagged.items)


# --- filter_items on the seeds ------------------------------------------------------------


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, 187),
        ({"section": "review"}, 34),
        ({"section": "review", "lang": "lv"}, 17),
        ({"doc_id": "belarus-conclusions.lv"}, 17),
        ({"lang": "nb"}, 8),
        ({"query": "Baltkrievij"}, 17),
        # 3b-3i sit under the sub-headings "5./7. panta īstenošana"; one more says it in its text
        ({"query": "panta īstenošana"}, 9),
        ({"query": "  PANTA   ĪSTENOŠANA "}, 9),
        ({"query": "minerydning"}, 8),
        ({"section": "no such section"}, 0),
    ],
)
def test_filter_items_seed_counts(prepared, filters, expected):
    assert len(filter_items(prepared, **filters)) == expected


@pytest.mark.parametrize(
    "filters",
    [
        {"themes": ["victim_assistance"]},
        {"themes": "victim_assistance"},
        {"themes": ["victim_assistance", "financing"]},
        {"themes": ["victim_assistance", "financing"], "section": "action_plan"},
        {"themes": ["victim_assistance", "financing"], "section": "action_plan", "lang": "da"},
        {
            "themes": ["victim_assistance", "financing"],
            "section": "action_plan",
            "lang": "da",
            "query": "ofre",
        },
        {"themes": ["partnerships"], "doc_id": "belarus-conclusions.lv", "query": "padome"},
        {"themes": ["no_such_theme"]},
        {"query": "konvencij"},
        {"query": "KONVENCIJ"},
        {"query": "atminesana"},
        {"query": "ATMĪNĒŠANA"},
    ],
)
def test_filter_items_matches_the_rule(tagged, prepared, filters):
    expected = reference(tagged.items, **filters)
    assert list(filter_items(prepared, **filters).index) == expected
    # Without the precomputed search text: the same rows, only slower.
    assert list(filter_items(tagged.items, **filters).index) == expected


def test_filter_items_counts_a_theme(tagged, prepared):
    theme = "victim_assistance"
    passing = filter_items(prepared, themes=[theme])
    assert len(passing) == counts(tagged.items)[theme] > 0
    assert passing["themes"].str.split(";").map(lambda ts: theme in ts).all()


def test_filter_items_no_theme_keeps_every_item_and_column(tagged, prepared):
    out = filter_items(tagged.items)
    pd.testing.assert_frame_equal(out, tagged.items)
    assert list(filter_items(prepared, themes=()).columns) == list(prepared.columns)


def test_filter_items_keeps_the_original_index(prepared):
    out = filter_items(prepared, lang="da", section="intro")
    assert (
        out.index == prepared.index[(prepared["lang"] == "da") & (prepared["section"] == "intro")]
    ).all()


def test_prepare_items_adds_casefolded_search_text(tagged):
    prepared = prepare_items(tagged.items)
    assert "search_text" not in tagged.items
    row = prepared.set_index("item_id").loc[LV_3B]
    assert row["search_text"] == _plain(row["heading"] + "\n" + row["text"])


# --- filter_items on 10,000 items -------------------------------------------------------


@pytest.fixture(scope="module")
def synthetic():
    """10,000 tagged items with repeated and unique texts, Latvian letters, mixed case."""
    rng = np.random.default_rng(7)
    n = 10_000
    themes = [f"theme_{k}" for k in range(14)]
    words = ["Mīnu", "atmīnēšana", "ES", "konvencija", "Puses", "ofre", "støtte", "Ø", "data"]
    joined = [
        ";".join(sorted(rng.choice(themes, size=rng.integers(0, 4), replace=False)))
        for _ in range(n)
    ]
    text = [
        " ".join(rng.choice(words, size=12)) + f" item {k}" + (" NEEDLE" if k % 97 == 0 else "")
        for k in range(n)
    ]
    return pd.DataFrame(
        {
            "doc_id": rng.choice(["a.lv", "b.da", "c.nb"], size=n),
            "lang": rng.choice(["lv", "da", "nb"], size=n),
            "section": rng.choice(["review", "declaration", "action_plan", "body"], size=n),
            "item_id": [f"x:{k}" for k in range(n)],
            "heading": np.where(np.arange(n) % 50 == 0, "Sub-heading Needle", ""),
            "text": text,
            "themes": joined,
        }
    )


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"themes": ["theme_3"]},
        {"themes": ["theme_3", "theme_11"], "section": "review"},
        {"query": "needle"},
        {"query": "mīnu atmīnēšana"},
        {"themes": ["theme_0", "theme_5"], "lang": "lv", "doc_id": "a.lv", "query": "puses"},
    ],
)
def test_filter_items_10000(synthetic, filters):
    prepared = prepare_items(synthetic)
    expected = reference(synthetic, **filters)
    assert list(filter_items(prepared, **filters).index) == expected


# --- the explorer, driven from Python ---------------------------------------------------


@pytest.fixture
def explorer(docs):
    return explore(docs, taxonomy="oap")


def bars(explorer):
    trace = explorer.figure.data[0]
    return dict(zip(trace.x, trace.y, strict=True))


def table_rows(explorer):
    return explorer.table.value.count("<tr>") - 1  # minus the header row


def test_explorer_starts_with_every_item(explorer, tagged):
    assert isinstance(explorer.figure, go.FigureWidget)
    assert explorer.taxonomy.value == "oap"
    assert tuple(v for _, v in explorer.themes.options) == tuple(load_dictionary("oap").themes)
    assert explorer.themes.options[0] == (
        "Best practices for implementing the Convention",
        "best_practices",
    )
    assert explorer.themes.value == ()
    assert bars(explorer) == counts(tagged.items)
    assert table_rows(explorer) == len(tagged.items) == len(explorer.filtered) <= MAX_ROWS
    assert explorer.item.options == tuple(tagged.items["item_id"])
    assert explorer.section.options[0] == explorer.document.options[0] == ALL


def test_choosing_a_theme_updates_chart_table_and_items(explorer, prepared):
    figure, trace = explorer.figure, explorer.figure.data[0]
    before_bars, before_table = bars(explorer), explorer.table.value

    explorer.themes.value = ("victim_assistance",)

    expected = filter_items(prepared, themes=["victim_assistance"])
    assert explorer.figure is figure and explorer.figure.data[0] is trace  # updated in place
    assert bars(explorer) == counts(expected) != before_bars
    assert bars(explorer)["victim_assistance"] == len(expected)
    assert explorer.table.value != before_table
    assert table_rows(explorer) == len(expected)
    assert explorer.item.options == tuple(expected["item_id"])
    assert list(explorer.filtered["item_id"]) == list(expected["item_id"])
    assert f"<b>{len(expected)}</b> of 187" in explorer.summary.value
    assert "victim_assistance" in explorer.figure.layout.title.text or str(len(expected)) in (
        explorer.figure.layout.title.text
    )

    explorer.themes.value = ("victim_assistance", "financing")
    assert bars(explorer) == counts(
        filter_items(prepared, themes=["victim_assistance", "financing"])
    )


@pytest.mark.parametrize(
    ("control", "value", "filters"),
    [
        ("section", "review", {"section": "review"}),
        ("document", "belarus-conclusions.lv", {"doc_id": "belarus-conclusions.lv"}),
        ("language", "da", {"lang": "da"}),
        ("query", "Konvencij", {"query": "Konvencij"}),
    ],
)
def test_each_control_filters(explorer, prepared, control, value, filters):
    getattr(explorer, control).value = value
    expected = filter_items(prepared, **filters)
    assert bars(explorer) == counts(expected)
    assert table_rows(explorer) == len(expected)


def test_controls_combine_and_all_resets(explorer, prepared):
    explorer.themes.value = ("survey_clearance", "financing")
    explorer.section.value = "action_plan"
    explorer.language.value = "lv"
    expected = filter_items(
        prepared, themes=["survey_clearance", "financing"], section="action_plan", lang="lv"
    )
    assert list(explorer.filtered["item_id"]) == list(expected["item_id"])
    explorer.section.value = ALL
    explorer.language.value = ALL
    explorer.themes.value = ()
    assert len(explorer.filtered) == 187


def test_nothing_passes(explorer):
    explorer.query.value = "no such words anywhere"
    assert bars(explorer) == {}
    assert "No item passes" in explorer.table.value
    assert explorer.item.options == () and explorer.item.value is None
    assert "<b>0</b> of 187" in explorer.summary.value


def test_changing_taxonomy_changes_theme_options(explorer, docs):
    explorer.themes.value = ("victim_assistance",)
    explorer.taxonomy.value = "policy"
    assert tuple(v for _, v in explorer.themes.options) == tuple(load_dictionary("policy").themes)
    assert explorer.themes.value == ()
    policy = tag(pd.concat([d.items for d in docs], ignore_index=True), taxonomy="policy")
    assert bars(explorer) == counts(policy.items)
    explorer.themes.value = ("human_rights",)
    assert set(bars(explorer)) <= set(load_dictionary("policy").themes)
    assert bars(explorer)["human_rights"] == len(filter_items(policy.items, themes="human_rights"))


def test_table_highlights_the_evidence(explorer, tagged):
    explorer.themes.value = ("survey_clearance",)
    explorer.document.value = "eu-apmbc-position-2024.lv"
    evidence = tagged.evidence
    shown = set(explorer.filtered["item_id"])
    matches = evidence[evidence["item_id"].isin(shown) & (evidence["theme"] == "survey_clearance")]
    found = marked(explorer.table.value)
    assert len(matches) > 0
    # Every match is inside a mark (overlapping matches share one).
    assert all(any(m in f for f in found) for m in matches["match"])
    assert 'title="survey_clearance"' in explorer.table.value
    # Only the chosen theme's words are marked.
    others = evidence[evidence["item_id"].isin(shown) & (evidence["theme"] == "financing")]
    only_other = set(others["match"]) - {f for f in found if f in set(matches["match"])}
    assert others.shape[0] > 0 and not only_other & set(found)


def test_table_marks_the_search_words(explorer):
    explorer.query.value = "KONVENCIJ"
    assert "Konvencij" in marked(explorer.table.value)
    assert 'title="search"' in explorer.table.value


def test_a_search_without_accents_finds_and_marks_the_accented_words(explorer):
    # The README says the report's search box finds "atmīnēšana" from "atminesana"; the
    # explorer's found nothing (a new user, on 11,495 items).
    explorer.query.value = "atminesana"
    assert {m.casefold() for m in marked(explorer.table.value)} >= {"atmīnēšana"}


def test_a_search_typed_without_danish_letters_finds_them(explorer):
    # A new user's Danish and Norwegian texts: "fordommer" found no "fordømmer" (ø, æ are
    # letters of their own, which NFD does not take apart), in the explorer and the report.
    explorer.query.value = "berorte staters"
    assert {m.casefold() for m in marked(explorer.table.value)} >= {"berørte staters"}
    explorer.query.value = "saerlige"
    assert "særlige" in {m.casefold() for m in marked(explorer.table.value)}


def test_side_by_side_shows_the_danish_version(explorer, seeds):
    explorer.item.value = LV_3B
    view = explorer.versions.value
    lv_text = seeds["position_lv"].items.set_index("item_id").loc[LV_3B, "text"]
    da_text = seeds["position_da"].items.set_index("item_id").loc[DA_3B, "text"]
    assert "data-lang='lv'" in view and "data-lang='da'" in view
    assert view.index("data-lang='lv'") < view.index("data-lang='da'")  # the chosen one first
    text = visible_text(view)
    assert lv_text in text and da_text in text
    assert "Gennemførelse af artikel 5" in text  # the Danish sub-heading
    assert "artikel 5" in marked(view)  # Danish evidence highlighted too


def test_side_by_side_from_a_danish_item(explorer, seeds):
    explorer.language.value = "da"
    explorer.item.value = DA_3B
    view = explorer.versions.value
    assert view.index("data-lang='da'") < view.index("data-lang='lv'")


def test_side_by_side_says_when_there_is_no_other_version(explorer):
    explorer.document.value = "belarus-conclusions.lv"
    assert explorer.item.value == "belarus-conclusions.lv:body:1"
    assert "No other language version" in explorer.versions.value
    assert "belarus-conclusions.lv" in explorer.versions.value
    # a legal act's reader is told how to get its versions side by side (a new user read
    # "side by side views pair position papers" as: acts have none)
    assert "paper=..., versions=[...]" in explorer.versions.value


HOSTILE = """\
1. <script>alert('text')</script> The Council supports mine clearance & victim assistance.

2. <img src=x onerror=alert(1)> "quoted" 'single' demining of mined areas.
"""


def test_hostile_text_is_escaped(write, seeds):
    path = write(HOSTILE, name="hostile.txt")
    hostile = polcompare.read(path, lang="en", doc_id="<b>doc</b>")
    explorer = explore([seeds["position_lv"], hostile], taxonomy="oap")
    explorer.document.value = "<b>doc</b>"
    explorer.query.value = "<script>"
    table = explorer.table.value
    assert len(explorer.filtered) == 1
    assert "<script" not in table and "<img" not in table and "<b>doc</b>" not in table
    assert "&lt;script&gt;" in table and "&lt;b&gt;doc&lt;/b&gt;" in table
    assert "<script>" in marked(table)  # the search words, escaped inside the mark
    assert "<script" not in explorer.versions.value and "&lt;b&gt;" in explorer.versions.value

    explorer.query.value = ""
    table = explorer.table.value
    assert "<img" not in table and "&lt;img src=x onerror=alert(1)&gt;" in table
    assert "&quot;quoted&quot;" in table
    assert "<script" not in explorer.summary.value


def test_explore_rejects_bad_input(docs):
    with pytest.raises(DictionaryError, match="unknown taxonomy"):
        explore(docs, taxonomy="nope")
    with pytest.raises(PolcompareError, match="nothing to explore"):
        explore([])
    with pytest.raises(PolcompareError, match="share this doc_id"):
        explore([docs[0], docs[0]])


# --- plotly in notebooks -----------------------------------------------------------------


@pytest.fixture
def plotly_default():
    before = pio.renderers.default
    yield
    pio.renderers.default = before


def test_init_notebook_embeds_plotly_once_and_loads_nothing(plotly_default):
    init_notebook()
    init_notebook()  # idempotent
    assert pio.renderers.default == "plotly_mimetype+polcompare_offline"
    renderer = pio.renderers["polcompare_offline"]
    figure = html.unescape(renderer.to_mimebundle(go.Figure(go.Bar(y=[1])).to_dict())["text/html"])
    assert "plotly-graph-div" in figure
    assert "<script src" not in figure and "cdn" not in figure.lower()
    assert "mathjax" not in figure.lower()


def test_the_explorer_shows_the_comparisons_tagging(seeds, monkeypatch):
    comparison = polcompare.compare([seeds["position_lv"], seeds["position_da"]])
    monkeypatch.setattr("polcompare.themes.tag", lambda *a, **k: pytest.fail("re-tagged"))
    monkeypatch.setattr("polcompare.themes.load_dictionary", lambda *a: pytest.fail("loaded"))
    explorer = explore(comparison, taxonomy="stance")
    assert explorer.comparison is comparison
    themes = tuple(comparison.tagged["stance"].dictionary.themes)
    assert tuple(v for _, v in explorer.themes.options) == themes
    explorer.item.value = LV_3B
    assert "data-lang='da'" in explorer.versions.value  # the roles' language versions


def test_the_count_axis_follows_the_counts_shown(explorer):
    # One tick per unit only while the tallest bar is 10 or less: with a tick per
    # unit up to 35 items the labels of the y axis were drawn over one another.
    tallest = max(bars(explorer).values())
    assert tallest > 10
    assert explorer.figure.layout.yaxis.dtick is None
    explorer.themes.value = ("gender_diversity",)  # a few items: small counts
    assert 0 < max(bars(explorer).values()) <= 10
    assert explorer.figure.layout.yaxis.dtick == 1
    explorer.themes.value = ()
    assert explorer.figure.layout.yaxis.dtick is None


def test_side_by_side_follows_the_alignment_and_says_when_an_item_is_unpaired(tmp_path):
    # A version given with --versions whose items are numbered otherwise, or one item short:
    # choosing an item without the same key in the other version raised KeyError in the
    # widget's callback (a traceback in JupyterLab's log, the view left as it was), and a
    # version aligned by content was shown beside the item of the same key, not its pair.
    from .conftest import ROOT

    folder = ROOT / "eval/align"
    en = polcompare.read(folder / "eu-cfsp-decision-2024-1204.en.txt")
    lv = polcompare.read(folder / "eu-cfsp-decision-2024-1204.lv.txt")  # 8 items; en has 9
    explorer = explore(polcompare.compare([en, lv], paper=en.doc_id, versions=[lv.doc_id]))
    last = f"{en.doc_id}:recitals:7"
    explorer.item.value = last
    view = explorer.versions.value
    assert "data-lang='en'" in view and "data-lang='lv'" not in view
    assert f"{lv.doc_id}</b></p><p>No item of this version pairs with it" in view
    # Numbering lost in the Latvian copy: the pairs come from the alignment, by content.
    text = (folder / "eu-cfsp-decision-2024-1204.lv.txt").read_text(encoding="utf-8")
    (tmp_path / "lv-copy.txt").write_text(re.sub(r"(?m)^\(\d+\)\n", "", text), "utf-8")
    lost = polcompare.read(tmp_path / "lv-copy.txt")
    comparison = polcompare.compare([en, lost], paper=en.doc_id, versions=[lost.doc_id])
    alignment = comparison.tables["alignment"]
    assert set(alignment["by"]) == {"content"}
    explorer = explore(comparison)
    pairs = alignment.dropna(subset=["item_id_a", "item_id_b"])
    for a, b in zip(pairs["item_id_a"], pairs["item_id_b"], strict=True):
        explorer.item.value = a
        view = explorer.versions.value
        partner = lost.items.set_index("item_id").loc[b, "text"]
        assert html.escape(partner, quote=False) in view or partner in visible_text(view)
        assert "aligned by content" in view


def test_side_by_side_from_an_item_of_the_version_given(seeds):
    # With --versions (versions=), the roles listed the version under the paper only:
    # picking one of the version's items said "No other language version of ...".
    from .conftest import ROOT

    folder = ROOT / "eval/align"
    de = polcompare.read(folder / "eu-cfsp-decision-2010-576.de.txt")
    fr = polcompare.read(folder / "eu-cfsp-decision-2010-576.fr.txt")
    explorer = explore(polcompare.compare([de, fr], paper=de.doc_id, versions=[fr.doc_id]))
    item = fr.items["item_id"].iloc[0]
    partner = f"{de.doc_id}:{item.split(':', 1)[1]}"
    explorer.item.value = item
    view = explorer.versions.value
    assert "No other language version" not in view
    assert view.index("data-lang='fr'") < view.index("data-lang='de'")  # the chosen one first
    de_text = de.items.set_index("item_id").loc[partner, "text"]
    assert de_text in visible_text(view)


def test_the_table_and_the_versions_name_themes_by_their_labels(explorer):
    # The filter and the chart named the themes by their labels ("Victim assistance"), the
    # table and the side-by-side view by their IDs ("victim_assistance").
    explorer.themes.value = ("victim_assistance",)
    explorer.item.value = explorer.item.options[0]
    for view in (explorer.table.value, explorer.versions.value):
        assert "<span title='victim_assistance'>Victim assistance</span>" in view
        assert "victim_assistance," not in visible_text(view)
        assert "victim_assistance" not in visible_text(view)
    explorer.themes.value = ()


def test_the_summary_says_which_items_were_not_read(seeds):
    # Swedish conclusions in the explorer: 7 items, no bar, no theme in the table, and
    # nothing said of why (no dictionary has Swedish patterns).
    from .conftest import ROOT

    sv = polcompare.read(
        ROOT
        / "eval/parse/holdout26"  # Finnish: a language no dictionary has (Swedish is shipped)
        / "fi-eurooppatiedotus-2009-09-11-tiedote-257-2009-gaerc-afganistan-iran.fi.txt"
    )
    with pytest.warns(PolcompareWarning):
        explorer = explore(polcompare.compare([seeds["belarus"], sv]), taxonomy="oap")
    text = visible_text(explorer.summary.value)
    assert f"{len(sv.items)} of them, in fi, were not read: the oap dictionary" in text
    explorer.language.value = "lv"
    assert "not read" not in visible_text(explorer.summary.value)


def test_the_summary_says_when_the_context_rule_applied_no_theme(seeds):
    # A new user's arms-export corpus (no mines) in the explorer: the oap chart was empty and
    # the summary said nothing, as if the texts were silent on every Oslo theme, where the
    # report says "not applied" (the oap dictionary's context rule held them back).
    explorer = explore(polcompare.compare([seeds["belarus"]]), taxonomy="oap")
    text = visible_text(explorer.summary.value)
    n = len(seeds["belarus"].items)
    assert f"{n} of them (1 document) were read, but the oap dictionary's context rule" in text
    assert "not applied, not found absent" in text
    explorer.taxonomy.value = "policy"  # no context rule: nothing to say
    assert "context rule" not in visible_text(explorer.summary.value)


def test_the_explorer_opens_on_the_first_taxonomy_that_tags_any_item(seeds):
    # A new user's 38 texts on Belarus opened on the Oslo Action Plan themes, an empty chart:
    # no text spoke of mines. A text on mines opens on them.
    belarus = explore(polcompare.compare([seeds["belarus"]]))
    assert belarus.taxonomy.value == "policy"
    bars = dict(zip(belarus.figure.data[0].x, belarus.figure.data[0].y, strict=True))
    assert bars["democracy_elections"] == 8 and bars["human_rights"] == 7
    assert explore(polcompare.compare([seeds["position_lv"]])).taxonomy.value == "oap"
    assert explore(polcompare.compare([seeds["belarus"]]), taxonomy="stance").taxonomy.value == (
        "stance"
    )


def test_the_explorer_colours_each_theme_as_the_report_does(explorer, docs):
    """A new user found International law red in the explorer and green in the report."""
    from polcompare.render.report import _colors

    report = _colors(polcompare.compare(docs))
    explorer.taxonomy.value = "policy"
    trace = explorer.figure.data[0]
    drawn = dict(zip(trace.x, trace.marker.color, strict=True))
    assert "sanctions" in drawn and {t: report[t] for t in drawn} == drawn
    assert report["human_rights"] == report["best_practices"]  # each taxonomy from the start
