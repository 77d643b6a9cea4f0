import math
import warnings
from pathlib import Path

import pandas as pd
import pytest

import polcompare
from polcompare.compare import (
    TABLES,
    Comparison,
    align_versions,
    compare_corpus,
    coverage,
    document_profile,
    gaps,
    keyness,
    section_flow,
    shared_themes,
    similarity_matrix,
    theme_agreement,
    top_similar_pairs,
)
from polcompare.errors import PolcompareError, PolcompareWarning
from polcompare.themes import tag

from .conftest import SEED_FILES


@pytest.fixture(scope="module")
def comparison(seeds):
    return polcompare.compare(list(seeds.values()))


@pytest.fixture(scope="module")
def corpus(comparison):
    return comparison.tables


@pytest.fixture(scope="module")
def paper(seeds):
    return tag(seeds["position_lv"].items, taxonomy="oap")


def test_coverage_counts_items_and_shares(paper):
    cov = coverage(paper).set_index(["section", "theme"])
    assert len(cov) == 4 * 14  # every section x every theme, zeros included
    row = cov.loc[("action_plan", "survey_clearance")]
    assert (row["n_items"], row["items_with_theme"]) == (16, 7)
    assert row["share"] == pytest.approx(7 / 16)
    assert cov.loc[("review", "transparency_reporting"), "evidence"] >= 2
    assert cov.loc[("declaration", "environment_climate"), "items_with_theme"] == 0


def test_action_plan_covers_every_oslo_theme(paper):
    g = gaps(paper)
    plan = g[g["section"] == "action_plan"].set_index("theme")
    # all eight main Oslo themes and every cross-cutting theme appear in the action plan
    assert (plan["status"] != "absent").all()
    assert plan.loc["universalization", "status"] == "thin"
    assert plan.loc["universalization", "items"] == "1"
    assert plan.loc["survey_clearance", "items"] == "1;3;5;9;10;13;14"


def test_gaps_in_review_and_declaration(paper):
    g = gaps(paper).set_index(["section", "theme"])
    absent = set(g[g["status"] == "absent"].index)
    assert {
        ("review", "gender_diversity"),
        ("review", "environment_climate"),
        ("review", "partnerships"),
        ("declaration", "financing"),
        ("declaration", "risk_education"),
    } <= absent
    assert g.loc[("review", "survey_clearance"), "items"] == "1;3b;3c;3d;3e;3f;3g;3h"
    assert g.loc[("review", "compliance"), "status"] == "thin"
    assert set(g["group"]) == {"main", "cross_cutting"}


def test_section_flow(paper):
    flow = section_flow(paper).set_index("theme")
    assert flow.loc["gender_diversity", "flow"] == "added"
    assert flow.loc["partnerships", "flow"] == "added"
    assert flow.loc["survey_clearance", "flow"] == "carried"
    assert flow.loc["survey_clearance", "action_plan"] == 7


def test_belarus_against_the_position_paper(corpus):
    policy = corpus["shared_policy"].set_index("theme")
    assert policy.loc["democracy_elections", "status"] == "only_b"
    # Belarus point 9 names the nuclear deployment against the Budapest Memorandum: shared
    assert policy.loc["disarmament", "status"] == "shared"
    # 30 of the paper's 54 items: ten of them name the APMBC only as "Konvencija", the
    # Convention the paper names elsewhere (the policy dictionary's anaphora rule)
    assert (policy.loc["disarmament", "items_a"], policy.loc["disarmament", "items_b"]) == (30, 1)
    assert policy.loc["nuclear", "status"] == "only_b"
    assert policy.loc["human_rights", "status"] == "shared"
    assert (policy.loc["human_rights", "items_a"], policy.loc["human_rights", "items_b"]) == (3, 7)
    stance = corpus["shared_stance"].set_index("theme")
    # Belarus condemns in four paragraphs (body 3 "... un stingri nosoda", 8, 9, 10)
    assert stance.loc["condemn", "items_b"] == 4
    assert stance.loc["recall_recognise", "items_a"] > stance.loc["recall_recognise", "items_b"]


def test_top_similar_pair(corpus):
    top = corpus["similar_pairs"].iloc[0]
    assert (top["key_a"], top["key_b"]) == ("declaration 1", "body 17")
    assert top["score"] == pytest.approx(0.228, abs=0.005)
    assert list(corpus["similar_pairs"]["rank"]) == list(range(1, 11))


def test_keyness_direction_and_counts(corpus):
    k = corpus["keyness"].set_index("word")
    assert k.loc["konvencijas", "direction"] == "target"
    assert (k.loc["konvencijas", "n_target"], k.loc["konvencijas", "n_reference"]) == (46, 0)
    assert k.loc["baltkrievijas", "direction"] == "reference"
    assert k.loc["baltkrievijas", "g2"] < -100
    assert k["p"].between(0, 1).all()
    assert "un" not in k.index and "par" not in k.index  # stop words removed


def test_keyness_statistic_by_hand():
    target = pd.DataFrame({"lang": ["en"], "text": ["mines mines mines treaty"]})
    reference = pd.DataFrame({"lang": ["en"], "text": ["belarus treaty belarus belarus"]})
    k = keyness(target, reference).set_index("term")
    # "mine": a=3 of 4 target words, b=0 of 4 reference words; expected counts
    # E = (1.5, 1.5, 2.5, 2.5); G2 = 2 * sum(O ln(O/E)) over the non-zero cells
    g2 = 2 * (3 * math.log(3 / 1.5) + 1 * math.log(1 / 2.5) + 4 * math.log(4 / 2.5))
    assert k.loc["mine", "g2"] == pytest.approx(g2)
    assert k.loc["mine", "chi2"] == pytest.approx(4.8)  # sum((O-E)^2/E) = 1.5+1.5+0.9+0.9
    assert k.loc["belarus", "direction"] == "reference"


def test_similarity_needs_one_language(seeds):
    with pytest.raises(PolcompareError, match="one language"):
        similarity_matrix(seeds["position_lv"].items, seeds["position_da"].items)


def test_similarity_matrix_shape(seeds):
    m = similarity_matrix(seeds["position_lv"].items, seeds["belarus"].items)
    assert m.shape == (54, 17)
    assert ((m.values >= 0) & (m.values <= 1 + 1e-9)).all()


def test_versions_align_and_agree(corpus):
    assert set(corpus["alignment"]["status"]) == {"aligned"}
    agreement = corpus["theme_agreement"]
    by = agreement.groupby("taxonomy", sort=False)["jaccard"]
    # every aligned item of the Latvian and Danish papers, in each taxonomy
    assert by.size().to_dict() == {"oap": 54, "policy": 54, "stance": 54}
    assert (by.mean() >= 0.9).all()
    assert by.apply(lambda j: int((j < 1).sum())).to_dict() == {"oap": 8, "policy": 1, "stance": 6}


def test_alignment_reports_missing_extra_and_reordered():
    a = pd.DataFrame(
        {
            "section": ["s"] * 3,
            "number": ["1", "2", "3"],
            "letter": [""] * 3,
            "item_id": ["a1", "a2", "a3"],
        }
    )
    b = pd.DataFrame(
        {
            "section": ["s"] * 3,
            "number": ["2", "1", "4"],
            "letter": [""] * 3,
            "item_id": ["b2", "b1", "b4"],
        }
    )
    status = align_versions(a, b).set_index("number")["status"]
    assert status.to_dict() == {
        "1": "reordered",
        "2": "reordered",
        "3": "missing_in_b",
        "4": "extra_in_b",
    }


def test_corpus_profile_gives_oap_themes_to_mine_documents_only(corpus):
    p = corpus["profile_oap"].set_index(["doc_id", "theme"])
    assert p.loc[("norway-mbc-presidency.nb", "survey_clearance"), "items_with_theme"] >= 1
    assert p.loc[("eu-apmbc-position-2024.lv", "financing"), "items_with_theme"] >= 1
    # oap's context rule: the ICSANT annex (universalising another convention) and the Belarus
    # conclusions do not speak of mines, so they get no Oslo Action Plan theme
    assert p.loc["eu-un-icsant-annex.lv", "items_with_theme"].sum() == 0
    assert p.loc[("belarus-conclusions.lv", "partnerships"), "share"] == 0
    assert set(corpus["profile_oap"]["doc_id"]) == {
        "eu-apmbc-position-2024.lv",
        "eu-apmbc-position-2024.da",
        "belarus-conclusions.lv",
        "eu-un-icsant-annex.lv",
        "norway-mbc-presidency.nb",
    }


def test_shared_themes_unknown_document(paper):
    with pytest.raises(PolcompareError, match="not in the profile"):
        shared_themes(document_profile(paper), "eu-apmbc-position-2024.lv", "nope")


def test_without_a_position_paper_the_other_tables_are_empty_with_columns(seeds, corpus):
    result = polcompare.compare([seeds["belarus"]])
    assert result.present == ("profile_oap", "profile_policy", "profile_stance", "coverage_oap")
    assert result.roles.as_dict() == {"paper": None, "version": None, "conclusions": None}
    assert list(result.tables) == list(TABLES)
    for name, frame in result.tables.items():
        assert list(frame.columns) == list(corpus[name].columns), name
        assert frame.empty == (name not in result.present), name
    assert result.similarity.empty
    with pytest.raises(PolcompareError):
        polcompare.compare([])


def test_roles_are_decided_once_with_their_reasons(comparison):
    roles = comparison.roles
    assert roles.as_dict() == {
        "paper": "eu-apmbc-position-2024.lv",
        "version": "eu-apmbc-position-2024.da",
        "conclusions": "belarus-conclusions.lv",
    }
    assert roles.reasons["paper"].startswith(
        "doc_type position_paper; 54 items in sections review/declaration/action_plan"
    )
    assert "belarus-conclusions.lv" in roles.reasons["paper"]
    assert "the same 54 item keys" in roles.reasons["version"]
    assert roles.reasons["conclusions"].startswith("doc_type conclusions in lv")
    assert roles.versions == {
        "eu-apmbc-position-2024.lv": ("eu-apmbc-position-2024.da",),
        "eu-apmbc-position-2024.da": ("eu-apmbc-position-2024.lv",),
    }


def test_the_similarity_matrix_is_the_one_behind_the_pairs(comparison):
    matrix = comparison.similarity
    assert matrix.shape == (54, 17)
    top = comparison.similar_pairs.iloc[0]
    assert matrix.loc[top["item_id_a"], top["item_id_b"]] == top["score"] == matrix.max().max()


def test_a_comparison_is_read_only(comparison):
    import dataclasses

    with pytest.raises(dataclasses.FrozenInstanceError):
        comparison.gaps = None


def test_a_comparison_shows_itself_in_one_line_and_a_small_table(comparison, write):
    # New user 61: a notebook cell ending in a Comparison printed every DataFrame's repr
    line = repr(comparison)
    assert line.startswith("<Comparison of 5 documents, 187 items; ")
    assert "paper='eu-apmbc-position-2024.lv'" in line and "\n" not in line
    assert repr(comparison.tagged["oap"]).startswith("<Tagged 'oap': 101 of 187 items carry")
    shown = comparison._repr_html_()
    assert "<td><code>gaps</code></td><td>42</td>" in shown
    assert "doc_type conclusions in lv" in shown and len(shown) < 5000
    # a document's name is text: escaped, not markup
    odd = polcompare.read(write("1. Esimerkki teksti.", "<b>odd.fi.txt"), lang="fi")
    one = polcompare.compare([odd])
    assert "&lt;b&gt;odd" in one._repr_html_() and "<b>odd" not in one._repr_html_()
    assert "<td><code>alignment</code></td><td>0</td><td>no version</td>" in one._repr_html_()


def test_compare_an_items_table_like_the_documents(seeds, comparison, tmp_path):
    items = polcompare.concat_items(seeds.values()).assign(path="x", themes_oap="")
    items.to_parquet(tmp_path / "items.parquet")
    from_items = Comparison.from_items(pd.read_parquet(tmp_path / "items.parquet"))
    assert from_items.documents == ()
    assert from_items.roles == comparison.roles
    for name in TABLES:
        pd.testing.assert_frame_equal(
            from_items.tables[name], comparison.tables[name], check_dtype=False, obj=name
        )
    same = polcompare.compare(items=items)
    assert same.roles == comparison.roles
    with pytest.raises(PolcompareError, match="not an items table"):
        Comparison.from_items(items.drop(columns="section"))
    with pytest.raises(PolcompareError, match="not both"):
        polcompare.compare(list(seeds.values()), items=items)


def test_two_documents_with_one_doc_id_are_refused(seeds):
    with pytest.raises(PolcompareError, match="share this doc_id"):
        polcompare.compare([seeds["belarus"], seeds["belarus"]])


def test_compare_corpus_is_a_deprecated_view_of_the_comparison(seeds, comparison):
    with pytest.warns(DeprecationWarning, match="polcompare.compare"):
        out = compare_corpus([seeds["belarus"]])
    assert set(out) == {"profile_oap", "profile_policy", "profile_stance", "coverage_oap"}


def test_theme_agreement_by_hand(write):
    a = tag(
        polcompare.read(write("1. Padome nosoda.\n2. Padome mudina.\n"), lang="lv").items,
        taxonomy="stance",
    )
    b = tag(
        polcompare.read(
            write("1. Rådet fordømmer.\n2. Rådet noterer.\n", name="b.txt"), lang="da"
        ).items,
        taxonomy="stance",
    )
    agree = theme_agreement(a, b).set_index("number")
    assert agree.loc["1", "jaccard"] == 1.0
    assert (agree.loc["2", "only_a"], agree.loc["2", "jaccard"]) == ("urge_call", 0.0)


def test_top_pairs_are_sorted(seeds):
    pairs = top_similar_pairs(seeds["position_lv"].items, seeds["belarus"].items, top=3)
    assert pairs["score"].is_monotonic_decreasing and len(pairs) == 3


def test_language_versions_state_the_same_facts(corpus):
    summary = corpus["facts_summary"]
    assert len(summary) == 54 and summary["agree"].all()
    facts = corpus["facts"]
    assert set(facts["status"]) == {"match"}
    amounts = facts[(facts["kind"] == "amount") & (facts["number"] == "4")]["value"]
    assert sorted(amounts, key=int) == ["8500000", "16000000", "26000000", "38500000"]


def test_documents_without_any_match_compare_cleanly(write):
    doc = polcompare.read(write("1. Pirmais punkts.\n2. Otrais punkts.\n"), lang="lv")
    out = polcompare.compare([doc]).tables
    assert (out["coverage_oap"]["items_with_theme"] == 0).all()
    assert (out["profile_stance"]["share"] == 0).all()


def test_a_document_is_never_compared_with_itself(seeds):
    from polcompare.compare import find_roles

    items = polcompare.concat_items(seeds.values())
    lv, da = "eu-apmbc-position-2024.lv", "eu-apmbc-position-2024.da"
    for doc_id in dict.fromkeys(items["doc_id"]):  # each document as the paper
        roles = find_roles(items, paper=doc_id)
        assert roles.paper == doc_id
        assert doc_id not in (roles.version, roles.conclusions), roles
    # The versions given are the paper's versions: the paper recognised is another one.
    roles = find_roles(items, versions=[lv])
    assert (roles.paper, roles.version) == (da, lv)
    with pytest.raises(PolcompareError, match="not compared with itself"):
        find_roles(items, paper=lv, versions=[lv])
    with pytest.raises(PolcompareError, match="every position paper is named"):
        find_roles(items, versions=[lv, da])
    # Conclusions given as the paper: no conclusions of their own to set beside them.
    with pytest.warns(PolcompareWarning, match="no other language version"):
        result = polcompare.compare(
            [seeds["belarus"], seeds["position_lv"]], paper=seeds["belarus"].doc_id
        )
    assert result.roles.conclusions is None
    assert result.similar_pairs.empty and result.keyness.empty and result.similarity.empty


def test_an_unknown_paper_fails_in_one_line_naming_the_closest_ids(seeds, tmp_path, capsys):
    from polcompare.cli import main

    from .conftest import SEEDS

    items = polcompare.concat_items(seeds.values())
    with pytest.raises(PolcompareError, match="did you mean eu-apmbc-position-2024.lv or"):
        polcompare.compare(items=items, paper="eu-apmbc-position-2024")
    with pytest.raises(PolcompareError, match="--versions.*did you mean belarus-conclusions.lv"):
        polcompare.compare(items=items, versions=["belarus-conclusion"])
    argv = ["compare", str(SEEDS), "-o", str(tmp_path), "--paper", "norway-mbc-presidency"]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        "polcompare: error: norway-mbc-presidency: no such document for --paper (paper=) "
        "among the 5 read; did you mean norway-mbc-presidency.nb?"
    )
    assert main(["compare", str(SEEDS), "-o", str(tmp_path), "--paper", "zzz"]) == 2
    err = capsys.readouterr().err.strip()
    known = ", ".join(sorted(d.doc_id for d in seeds.values()))  # 5: all, in folder order
    assert "\n" not in err and err.endswith(f"among the 5 read; known: {known}")
    assert not list(tmp_path.iterdir())  # nothing written on a wrong id


def test_theme_agreement_leaves_out_items_no_dictionary_could_read(write):
    # A Czech version beside the English one: no dictionary has Czech, so its items have no
    # themes because they were not read. They "differed" from every English item with a
    # theme (3 of 14 at Jaccard 0, mean 0.79 for the European Parliament's resolution on
    # cluster munitions); they are left out, and a Danish version is still compared.
    en = "1. The Council condemns the attacks.\n2. The Council calls on all parties.\n"
    a = tag(polcompare.read(write(en, name="a.en.txt")).items, taxonomy="stance")
    cs = "1. Rada odsuzuje útoky na civilisty.\n2. Rada vyzývá všechny strany k jednání.\n"
    with pytest.warns(PolcompareWarning, match="no 'cs' section"):
        b = tag(polcompare.read(write(cs, name="b.cs.txt"), lang="cs").items, taxonomy="stance")
    assert set(b.items["tag_status"]) == {"no_dictionary_for_language"}
    assert theme_agreement(a, b).empty
    da = "1. Rådet fordømmer angrebene.\n2. Rådet opfordrer alle parter.\n"
    c = tag(polcompare.read(write(da, name="c.da.txt"), lang="da").items, taxonomy="stance")
    assert theme_agreement(a, c)["jaccard"].tolist() == [1.0, 1.0]


def test_a_document_no_dictionary_reads_has_no_share_not_a_share_of_0():
    # Swedish Council conclusions beside Latvian ones: profile_oap and coverage_oap gave the
    # Swedish document share 0.0 of every theme (and 0 evidence per 1,000 words), read as
    # "says nothing of it", though no dictionary has Swedish patterns: it was never read.
    from .conftest import ROOT, SEED_FILES

    sv = polcompare.read(
        ROOT
        / "eval/parse/holdout26"  # Finnish: a language no dictionary has (Swedish is shipped)
        / "fi-eurooppatiedotus-2009-09-11-tiedote-257-2009-gaerc-afganistan-iran.fi.txt"
    )
    lv = polcompare.read(SEED_FILES["belarus"])
    with pytest.warns(PolcompareWarning):
        result = polcompare.compare([lv, sv])
    for name in ("profile_oap", "profile_policy", "profile_stance", "coverage_oap"):
        table = result.tables[name]
        mine, other = table[table["doc_id"] == sv.doc_id], table[table["doc_id"] == lv.doc_id]
        assert mine.groupby("theme")["n_items"].sum().eq(len(sv.items)).all()
        assert set(mine["n_read"]) == {0} and mine["share"].isna().all(), name
        assert (other["n_read"] == other["n_items"]).all() and other["share"].notna().all()
        if "evidence_per_1000_words" in table:
            assert mine["evidence_per_1000_words"].isna().all()
    policy = result.profile_policy.set_index(["doc_id", "theme"])
    assert policy.loc[(lv.doc_id, "human_rights"), "share"] > 0


def test_several_versions_given_say_that_only_the_first_is_compared():
    # --versions da,de compared the French decision with the Danish version only, silently:
    # a reader took the German version for checked too.
    from .conftest import ROOT

    docs = [
        polcompare.read(ROOT / "eval/align" / f"eu-cfsp-decision-2010-576.{lang}.txt")
        for lang in ("fr", "da", "de")
    ]
    fr, da, de = (d.doc_id for d in docs)
    with pytest.warns(PolcompareWarning, match="only the first") as caught:
        result = polcompare.compare(docs, paper=fr, versions=[da, de])
    assert result.roles.version == da
    assert set(result.alignment["item_id_b"].dropna().str.split(":").str[0]) == {da}
    note = (
        f"2 versions given; only the first, {da}, is compared with {fr} (alignment, theme "
        f"agreement, facts): compare {de} in a run of its own"
    )
    assert note in result.roles.notes and note in [str(w.message) for w in caught]


def test_of_several_conclusions_the_one_compared_is_said_and_can_be_chosen(seeds):
    # A Council page listing conclusions (in Latvian) read before the Belarus conclusions:
    # the paper was compared word by word with that page, silently, and nothing could
    # choose the Belarus conclusions but the order of the files.
    from .conftest import ROOT

    page = polcompare.read(
        ROOT / "eval/parse/holdout26" / "eu-consilium-conclusions-resolutions-page.lv.txt"
    )
    lv, da, belarus = seeds["position_lv"], seeds["position_da"], seeds["belarus"]
    docs = [lv, da, page, belarus]
    with pytest.warns(PolcompareWarning, match="2 conclusions in lv") as caught:
        result = polcompare.compare(docs)
    assert result.roles.conclusions == page.doc_id
    assert (
        f"2 conclusions in lv; the first, {page.doc_id}, is compared with {lv.doc_id}, not "
        f"{belarus.doc_id}: choose with --conclusions (conclusions=)"
    ) in [str(w.message) for w in caught]
    chosen = polcompare.compare(docs, conclusions=belarus.doc_id)
    assert chosen.roles.conclusions == belarus.doc_id
    assert chosen.roles.reasons["conclusions"].startswith("given (--conclusions, conclusions=)")
    assert set(chosen.similar_pairs["item_id_b"].str.split(":").str[0]) == {belarus.doc_id}
    with pytest.raises(PolcompareError, match="it is a language version of the paper"):
        polcompare.compare(docs, conclusions=da.doc_id)
    with pytest.raises(PolcompareError, match="in lv, but the paper .* is in da"):
        polcompare.compare(docs, paper=da.doc_id, versions=[lv.doc_id], conclusions=page.doc_id)


def test_similar_pairs_never_lists_items_that_share_no_word(seeds, tmp_path):
    # Two short Latvian items beside the position paper: ranks 9 and 10 of the "most
    # similar pairs" were pairs with cosine 0.0, items sharing not one word.
    from polcompare.render.report import build_report, render_report

    path = tmp_path / "tiny.lv.txt"
    path.write_text("1. Padome pieņēma lēmumu par budžetu.\n2. Sanāksme notika Briselē.\n", "utf-8")
    tiny = polcompare.read(path, lang="lv")
    lv = seeds["position_lv"]
    result = polcompare.compare([lv, tiny], paper=lv.doc_id, conclusions=tiny.doc_id)
    pairs = result.similar_pairs
    assert 0 < len(pairs) < 10 and (pairs["score"] > 0).all()
    assert list(pairs["rank"]) == list(range(1, len(pairs) + 1))
    page = render_report(build_report(result))
    assert f"Only {len(pairs)} pairs of items share a word" in page


def test_compare_takes_a_dictionary_of_your_own_in_place_of_a_taxonomy(tmp_path):
    from .conftest import SEED_FILES
    from .test_cli import TOPICS

    topics = tmp_path / "topics.yml"
    topics.write_text(TOPICS, encoding="utf-8")
    docs = [polcompare.read(SEED_FILES["belarus"])]
    result = polcompare.compare(docs, dictionaries={"policy": topics})
    assert result.tagged["policy"].dictionary.name == "topics"
    assert set(result.themes.query("taxonomy == 'policy'")["theme"]) == {
        "belarus_repression",
        "elections",
    }
    with pytest.raises(polcompare.PolcompareError, match="not a taxonomy"):
        polcompare.compare(docs, dictionaries={"topics": topics})


def test_a_dictionary_sharing_no_theme_id_with_its_taxonomy_is_said(tmp_path):
    # A codebook given as oap= was accepted silently: a copy of oap.yml whose IDs were all
    # mistyped would pass the same way. It is still read, with one warning naming both sides.
    from .conftest import SEED_FILES

    own = tmp_path / "mine.yml"
    own.write_text("en:\n  ukraine_support: [ukrain*]\n  demining_capacity: [demining]\n")
    docs = [polcompare.read(SEED_FILES["belarus"])]
    with pytest.warns(PolcompareWarning) as caught:
        result = polcompare.compare(docs, dictionaries={"oap": own})
    said = [str(w.message) for w in caught if "shares no theme ID" in str(w.message)]
    assert said == [
        f"{own}: given for 'oap' but shares no theme ID with it (yours: ukraine_support, "
        "demining_capacity; oap: best_practices, universalization, stockpile_destruction, "
        "...): it is read as a codebook of your own, shown under the oap titles; if it is a "
        "copy of oap.yml, check its IDs"
    ]
    assert result.tagged["oap"].dictionary.themes == ("ukraine_support", "demining_capacity")
    # one theme in common is a taxonomy of the user's, extended or cut: nothing to say
    own.write_text("en:\n  victim_assistance: [victim*]\n  ukraine_support: [ukrain*]\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        polcompare.compare(docs, dictionaries={"oap": own})
    assert not [w for w in caught if "shares no theme ID" in str(w.message)]


def test_one_text_under_two_names_is_said_in_a_warning_and_the_notes(seeds, comparison):
    # Two copies of the conclusions (a corpus gathered from two places) were counted twice
    # in every table, silently; the seeds' comparison has no such note.
    assert comparison.notes == ()
    twin = polcompare.read(SEED_FILES["belarus"], doc_id="belarus-copy")
    with pytest.warns(PolcompareWarning, match="hold the same text") as caught:
        result = polcompare.compare([seeds["belarus"], twin, seeds["norway"]])
    same = [str(w.message) for w in caught if "same text" in str(w.message)]
    assert same == list(result.notes)
    assert result.notes[0].startswith(
        "2 documents hold the same text as another (belarus-conclusions.lv and belarus-copy)"
    )
    items = pd.concat([seeds["belarus"].items, twin.items, seeds["norway"].items])
    with pytest.warns(PolcompareWarning, match="hold the same text"):
        assert polcompare.compare(items=items).notes == result.notes


@pytest.mark.parametrize("given", ["seeds", Path("seeds"), ["seeds/belarus-conclusions.lv.txt"]])
def test_compare_given_paths_says_to_read_them_first(given):
    # A new user wrote polcompare.compare("texts/") and met "AttributeError: 'str' object has
    # no attribute 'doc_id'".
    with pytest.raises(PolcompareError) as err:
        polcompare.compare(given)
    message = str(err.value)
    assert "\n" not in message
    assert ("a path, not documents" in message) or ("not a Document" in message)
    assert "polcompare.read" in message
