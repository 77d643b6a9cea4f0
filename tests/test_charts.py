"""Charts are asserted on their data and layout, not on images."""

from pathlib import Path

import plotly.graph_objects as go
import pytest

import polcompare
from polcompare.compare import similarity_matrix
from polcompare.render import charts
from polcompare.themes import tag, theme_label


@pytest.fixture(scope="module")
def corpus(seeds):
    return polcompare.compare(list(seeds.values())).tables


@pytest.fixture(scope="module")
def colors(seeds):
    themes = polcompare.compare([seeds["belarus"]]).themes["theme"]
    return charts.theme_colors(themes)


def test_theme_colours_are_fixed_and_distinct(colors):
    assert len(colors) == 14 + 11 + 6 and len(set(colors.values())) == len(colors)
    again = charts.theme_colors([*colors, "my_theme"])
    assert again["survey_clearance"] == colors["survey_clearance"] and "my_theme" in again


def test_charts_colour_the_themes_of_their_data_without_loading_dictionaries(monkeypatch):
    import polcompare.themes

    monkeypatch.setattr(polcompare.themes, "load_dictionary", lambda *a: pytest.fail("loaded"))
    assert list(charts.theme_colors(["b", "a", "b"])) == ["b", "a"]


def test_coverage_heatmap(corpus):
    cov = corpus["coverage_oap"]
    paper = cov[cov["doc_id"] == "eu-apmbc-position-2024.lv"]
    fig = charts.coverage_heatmap(paper)
    (trace,) = fig.data
    assert isinstance(trace, go.Heatmap)
    assert list(trace.y) == ["intro", "review", "declaration", "action_plan"]
    col = list(trace.x).index("Survey and clearance of mined areas")
    assert trace.z[3][col] == pytest.approx(7 / 16)
    assert trace.text[3][col] == 7


def test_coverage_of_many_documents_shows_their_share_not_the_sum_of_their_shares(corpus):
    # a new user's coverage table of nine documents (all sections "body") was drawn with the
    # documents' shares summed: 3.18, 1.88, 1.58... on a colour scale from 0 to 1
    cov = corpus["coverage_oap"]
    (trace,) = charts.coverage_heatmap(cov).data
    col = list(trace.x).index("Survey and clearance of mined areas")
    row = list(trace.y).index("body")
    body = cov[(cov["section"] == "body") & (cov["theme"] == "survey_clearance")]
    assert body["doc_id"].nunique() > 1
    expected = body["items_with_theme"].sum() / body["n_read"].sum()
    assert trace.z[row][col] == pytest.approx(expected)
    assert trace.text[row][col] == body["items_with_theme"].sum()
    assert max(v for r in trace.z for v in r if v == v) <= 1


def test_coverage_shares_run_from_0_to_1_even_when_every_share_is_0(corpus, seeds):
    """A section none of whose items carries an Oslo theme (a decision's recitals, given as
    the paper): plotly's scale ran from -0.5 to 0.5 and drew every 0 mid-blue, as if half
    the items carried each theme, beside a colour bar of negative shares."""
    cov = polcompare.compare([seeds["belarus"]]).tables["coverage_oap"]
    assert len(cov) and (cov["share"] == 0).all()
    for table in (cov, corpus["coverage_oap"]):
        (trace,) = charts.coverage_heatmap(table).data
        assert (trace.zmin, trace.zmax) == (0, 1)
    (counts,) = charts.coverage_heatmap(cov, z="items_with_theme").data
    assert counts.zmax is None  # a count has no upper bound of 1


def test_section_bars_use_theme_colours(corpus, colors):
    gaps = corpus["gaps"]
    fig = charts.section_bars(gaps, colors=colors)
    by_name = {t.legendgroup: t for t in fig.data}
    assert by_name["financing"].marker.color == colors["financing"]
    assert fig.layout.barmode == "stack"
    assert list(by_name["survey_clearance"].y) == [8, 1, 7]


def test_sunburst_hover_is_escaped(seeds, write):
    doc = polcompare.read(write("1. <script>alert(1)</script> & more.\n2. Otrs punkts.\n"))
    fig = charts.item_sunburst(doc.items)
    custom = [c[0] for c in fig.data[0].customdata]
    assert any("&lt;script&gt;" in c for c in custom)
    assert not any("<script>" in c for c in custom)


def test_sunburst_levels(seeds):
    fig = charts.item_sunburst(seeds["position_lv"].items)
    labels = set(fig.data[0].labels)
    assert {"review", "action_plan", "review 3b"} <= labels


def test_sankey_links_sections_to_themes(corpus):
    fig = charts.section_sankey(corpus["gaps"])
    (trace,) = fig.data
    labels = list(trace.node.label)
    assert labels[:3] == ["review", "declaration", "action_plan"]
    links = {
        (labels[s], labels[t]): v
        for s, t, v in zip(trace.link.source, trace.link.target, trace.link.value, strict=True)
    }
    assert links[("action_plan", "Survey and clearance of mined areas")] == 7  # by label
    assert "survey_clearance" not in labels
    assert ("review", "Gender and diversity") not in links  # absent themes have no link
    assert all(c.startswith("rgba(") and c.endswith(",0.4)") for c in trace.link.color)


def test_theme_profiles(corpus):
    fig = charts.theme_profiles(corpus["profile_policy"])
    by_name = {t.legendgroup: t for t in fig.data}
    hr = by_name["human_rights"]
    shares = dict(zip(hr.x, hr.y, strict=True))
    assert shares["belarus-conclusions.lv"] == pytest.approx(7 / 17)
    # upright document names take their room above a plot area of PLOT_PX: 38 documents'
    # names took all but 50 px of plotly's default 450 in a new user's notebook
    names = corpus["profile_policy"]["doc_id"].unique()
    assert fig.layout.height == charts.PLOT_PX + 160 + charts.label_room(names)


def test_theme_profiles_of_many_documents_are_a_heatmap_and_unread_ones_say_so():
    # New user 49's notebook, 28 documents: grouped bars a pixel wide in eleven colours, and
    # the ten documents no dictionary read (Estonian, Finnish, Polish...) empty columns, as if
    # silent. Beyond PROFILE_BARS documents a heatmap, a row per document, "not read" cells;
    # below it, bars under a name saying "(not read)".
    folder = Path(__file__).parent.parent / "eval/parse/holdout41"
    docs = [polcompare.read(p) for p in sorted(folder.glob("*.txt"))]
    profile = polcompare.compare(docs).profile_policy
    unread = [d.doc_id for d in docs if d.lang == "ru"]
    assert len(docs) > charts.PROFILE_BARS and unread
    fig = charts.theme_profiles(profile)
    heat = fig.data[0]
    assert heat.type == "heatmap" and list(heat.y) == [d.doc_id for d in docs]
    # beside these long names, the topics' names stand upright, one line each
    assert "Russia's war of aggression against Ukraine" in heat.x and len(heat.x) == 11
    assert fig.layout.xaxis.tickangle == -90
    row = {doc_id: k for k, doc_id in enumerate(heat.y)}
    assert set(heat.text[row[unread[0]]]) == {"not read"} and set(heat.z[row[unread[0]]]) == {None}
    read = next(d for d in docs if d.lang == "en")
    col = list(heat.x).index("Human rights")
    n, n_read = profile.set_index(["doc_id", "theme"]).loc[
        (read.doc_id, "human_rights"), ["items_with_theme", "n_read"]
    ]
    assert heat.text[row[read.doc_id]][col] == n and heat.z[row[read.doc_id]][col] == n / n_read
    assert fig.layout.height >= 26 * len(docs)  # a row that holds its count
    english = [d for d in docs if d.lang == "en"][:2]
    few = [*english, polcompare.read(folder / f"{unread[0]}.txt")]
    bars = charts.theme_profiles(polcompare.compare(few).profile_policy)
    assert {t.type for t in bars.data} == {"bar"}
    assert f"{unread[0]} (not read)" in bars.data[0].x
    assert english[0].doc_id in bars.data[0].x


def test_column_heads_are_lines_side_by_side_or_upright_as_the_room_allows():
    stances = ["Condemns", "Expresses concern or regret", "Calls on, urges, encourages"]
    heads, angle = charts.fit_heads(stances, ["eeas-hrc42-item4.en"])
    assert heads == [
        "Condemns",
        "Expresses<br>concern or<br>regret",
        "Calls on, urges,<br>encourages",
    ]
    assert angle == 0
    # New user 64's six stances beside 39-character document ids had columns of 97 px, 3 px
    # short of 16 characters: shorter lines, still side by side, not names upright
    six = [*stances, "Supports, welcomes, appreciates", "Commits, reaffirms", "Recalls, stresses"]
    heads, angle = charts.fit_heads(six, ["x" * 39])
    assert angle == 0 and heads[2] == "Calls on,<br>urges,<br>encourages"
    assert max(len(line) for head in heads for line in head.split("<br>")) < charts.LABEL_LINE
    # 80-character document names leave too little room: one line each, upright
    heads, angle = charts.fit_heads(stances * 4, ["x" * 80])
    assert heads == stances * 4 and angle == -90


def test_similarity_heatmap(seeds):
    a, b = seeds["position_lv"].items, seeds["belarus"].items
    m = similarity_matrix(a, b)
    fig = charts.similarity_heatmap(
        m, texts_a=a.set_index("item_id")["text"], texts_b=b.set_index("item_id")["text"]
    )
    (trace,) = fig.data
    assert len(trace.y) == 54 and len(trace.x) == 17
    assert trace.y[0] == "intro:1" and trace.x[16] == "body:17"
    assert trace.customdata[0][0][0].startswith("Eiropas Savienība")
    # every item labelled (plotly drew every third of 54 in 440 px), 16 px a row
    assert fig.layout.yaxis.dtick == 1 and fig.layout.xaxis.dtick == 1
    assert fig.layout.height == 140 + 16 * 54


def test_keyness_bars(corpus):
    fig = charts.keyness_bars(corpus["keyness"])
    names = {t.name for t in fig.data}
    assert names == {"target", "reference"}
    ref = next(t for t in fig.data if t.name == "reference")
    assert "baltkrievijas" in list(ref.y) and min(ref.x) < -100
    # a term that may differ by chance (p >= 0.05) is pale, and the axis counts them
    table = corpus["keyness"]
    weak = int((table["p"] >= 0.05).sum())
    assert 0 < weak < len(table)
    pale = sum(o < 1 for t in fig.data for o in t.marker.opacity)
    assert pale == weak and f"({weak} of {len(table)} terms)" in fig.layout.xaxis.title.text


def _oap_agreement(corpus):
    agreement = corpus["theme_agreement"]
    return agreement[agreement["taxonomy"] == "oap"]


def test_agreement_bars(corpus):
    fig = charts.agreement_bars(_oap_agreement(corpus))
    values = [v for t in fig.data if t.type == "bar" for v in t.y]
    assert len(values) == 54 and sum(v < 1 for v in values) == 8
    # an item whose versions share no theme has no bar to see: a cross marks it
    zero = [t for t in fig.data if t.name == "no theme in common"]
    agreement = _oap_agreement(corpus)
    assert len(zero) == 1 and len(zero[0].x) == int((agreement["jaccard"] == 0).sum()) > 0


def test_agreement_hovers_name_the_versions(corpus):
    """A bar's hover names the versions and shows each one's own themes, never column names."""
    fig = charts.agreement_bars(_oap_agreement(corpus), names={"a": "paper.lv", "b": "paper.da"})
    bars = [t for t in fig.data if t.type == "bar"]
    assert all("only_a" not in t.hovertemplate and "only_b" not in t.hovertemplate for t in bars)
    assert "only in paper.lv: %{customdata[0]}" in bars[0].hovertemplate
    assert "only in paper.da: %{customdata[1]}" in bars[0].hovertemplate
    review = next(t for t in bars if t.name == "review")
    shown = dict(zip(review.x, (tuple(c) for c in review.customdata), strict=True))
    assert shown["review 1"] == ("none", "compliance")  # 'none', not an empty line
    assert all(len(c) == 2 and "" not in c for c in shown.values())


def test_theme_counts(seeds):
    items = tag(seeds["belarus"].items, taxonomy="policy").items
    fig = charts.theme_counts(items)
    counts = dict(zip(fig.data[0].x, fig.data[0].y, strict=True))
    assert counts["human_rights"] == 7 and "" not in counts


def test_charts_never_show_or_write(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(go.Figure, "show", lambda *a, **k: pytest.fail("show() called"))
    charts.coverage_heatmap(corpus["coverage_oap"])
    charts.section_sankey(corpus["gaps"])
    assert list(tmp_path.iterdir()) == []


def test_axes_and_legends_are_titled_in_words(corpus):
    """A chart drawn from a table names its axes in words, never by column name."""
    figs = {
        "profiles": charts.theme_profiles(corpus["profile_policy"]),
        "sections": charts.section_bars(corpus["gaps"]),
        "agreement": charts.agreement_bars(corpus["theme_agreement"]),
        "coverage": charts.coverage_heatmap(corpus["coverage_oap"]),
    }
    titles = {
        name: (fig.layout.xaxis.title.text, fig.layout.yaxis.title.text)
        for name, fig in figs.items()
    }
    assert titles == {
        "profiles": ("document", "share of items carrying the theme"),
        "sections": ("section", "items carrying the theme"),
        "agreement": ("item", "agreement of themes (Jaccard)"),
        "coverage": ("theme", "section"),
    }
    assert figs["profiles"].layout.legend.title.text == "theme"
    assert figs["agreement"].layout.legend.title.text == "section"
    heat = figs["coverage"].data[0]
    assert heat.colorbar.title.text == "share of items carrying the theme"
    assert "items carrying the theme: %{text}" in heat.hovertemplate
    assert charts.axis_title("my_column") == "my column"


def test_themes_are_named_by_their_labels(corpus):
    """Legends and a heatmap's columns show the taxonomy's labels; the ID stays in the hover."""
    profiles = charts.theme_profiles(corpus["profile_policy"])
    names = {t.legendgroup: t.name for t in profiles.data}
    assert names["human_rights"] == theme_label("human_rights", "policy") != "human_rights"
    assert "human_rights" in profiles.data[0].hovertemplate
    bars = charts.section_bars(corpus["gaps"])
    assert {t.name for t in bars.data} >= {"Survey and clearance of mined areas", "Financing"}
    heat = charts.coverage_heatmap(corpus["coverage_oap"])
    assert "Victim assistance" in heat.data[0].x and "victim_assistance" not in heat.data[0].x


def test_a_heatmap_of_documents_says_which_were_not_read(seeds, write):
    """A new user's heatmap of policy shares per document drew the Swedish, Czech and
    Hungarian documents, which no dictionary reads, as rows of 0: silent on every topic."""
    sv = polcompare.read(
        write(
            "Rada dnes přijala závěry o Sýrii.\n\n"  # Czech (Swedish is read since sv shipped)
            "1. Evropská unie odsuzuje použití chemických zbraní v Sýrii.\n\n"
            "2. Rada rozhodla prodloužit omezující opatření vůči režimu.\n",
            "syrie.cs.txt",
        )
    )
    profile = polcompare.compare([seeds["belarus"], sv]).tables["profile_policy"]
    assert profile.loc[profile["doc_id"] == sv.doc_id, "share"].isna().all()
    (trace,) = charts.coverage_heatmap(profile, y="doc_id").data
    unread, read = list(trace.y).index(sv.doc_id), list(trace.y).index(seeds["belarus"].doc_id)
    assert set(trace.text[unread]) == {"not read"} and set(trace.z[unread]) == {None}
    sanctions = list(trace.x).index("Sanctions and restrictive measures")
    assert trace.z[read][sanctions] > 0 and trace.text[read][sanctions] >= 1
