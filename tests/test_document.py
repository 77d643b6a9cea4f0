import dataclasses

import pandas as pd
import pytest

import polcompare
from polcompare.document import ITEM_COLUMNS, LINE_ROLES

from .conftest import SEED_FILES

TABLES = ("items", "headings", "footnotes", "furniture", "unparsed", "lines")


def test_concat_items_equals_concatenating_each_documents_items(seeds):
    docs = list(seeds.values())
    expected = pd.concat([d.items for d in docs], ignore_index=True)
    got = polcompare.concat_items(docs)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert list(got.columns) == ITEM_COLUMNS
    assert (
        len(got) == 54 + 54 + 17 + 54 + 8
    )  # the Norwegian page: 8 items, its photo captions furniture
    # order follows the argument, not the documents' names
    reverse = polcompare.concat_items(reversed(docs))
    assert reverse["doc_id"].iloc[0] == docs[-1].doc_id


def test_concat_items_of_nothing_is_an_empty_table_with_the_columns():
    empty = polcompare.concat_items([])
    assert empty.empty
    assert list(empty.columns) == ITEM_COLUMNS


def test_tables_are_built_on_first_use_and_then_kept():
    doc = polcompare.read(SEED_FILES["position_lv"])
    assert not {*TABLES, "_tables"} & set(vars(doc))  # nothing built by read()
    lines = doc.lines
    assert doc.lines is lines  # built once
    assert set(lines["role"]) <= {"blank", *LINE_ROLES}
    assert len(doc.items) == 54
    assert len(doc.headings) == 11


def test_a_replaced_doc_id_reaches_every_table():
    doc = polcompare.read(SEED_FILES["norway"])
    assert len(doc.lines) > 0  # the original builds its tables first
    other = dataclasses.replace(doc, doc_id="renamed")
    for name in TABLES:
        table = getattr(other, name)
        assert (table["doc_id"] == "renamed").all(), name


def test_documents_are_still_frozen():
    doc = polcompare.read(SEED_FILES["norway"])
    with pytest.raises(AttributeError):
        doc.lang = "da"


def test_a_document_repeated_gets_numbered_sections_not_clashing_ids():
    data = SEED_FILES["position_lv"].read_bytes() * 3
    doc = polcompare.read_bytes(data, name="three.txt")
    assert len(doc.items) == 3 * 54
    assert doc.items["item_id"].is_unique
    assert doc.items["section"].drop_duplicates().tolist() == [
        f"{section}{suffix}"
        for suffix in ("", "~2", "~3")
        for section in ("intro", "review", "declaration", "action_plan")
    ]
    sub = doc.items[doc.items["letter"] != ""]
    assert (sub["parent"] == "three:" + sub["section"] + ":" + sub["number"]).all()
    # each copy's footnote goes to the nearest item before it that carries the mark
    assert doc.footnotes[["footnote_id", "item_id"]].values.tolist() == [
        ["fn1", "three:intro:1"],
        ["fn1~2", "three:intro~2:1"],
        ["fn1~3", "three:intro~3:1"],
    ]


def test_a_language_the_text_clearly_is_not_is_one_warning():
    # A researcher's slip: --lang da on the Latvian paper. It was silent, and the
    # Danish patterns then tagged none of its 54 items.
    import warnings

    from polcompare.errors import PolcompareWarning

    with pytest.warns(PolcompareWarning, match=r"given as da, but the text reads as lv") as seen:
        doc = polcompare.read(SEED_FILES["position_lv"], lang="da")
    assert doc.lang == "da"  # what was given is kept
    assert len(seen) == 1 and str(SEED_FILES["position_lv"]) in str(seen[0].message)
    with warnings.catch_warnings():
        warnings.simplefilter("error", PolcompareWarning)
        polcompare.read(SEED_FILES["position_lv"], lang="LV")  # the same language
        polcompare.read(SEED_FILES["position_da"], lang="nb")  # a neighbour: not second-guessed


def test_the_same_text_line_names_two_of_each_copy_and_counts_the_rest():
    from polcompare.items import same_text_message

    named = [("a", "1"), ("b", "1"), ("c", "2"), ("d", "2"), ("e", "2"), ("f", "3")]
    named += [("g", "3"), ("h", "4"), ("i", "4"), ("j", "5")]
    assert same_text_message(named).startswith(
        "9 documents hold the same text as another (a and b; c, d and 1 more; f and g; "
        "1 more text): "
    )
    assert same_text_message([("a", "1"), ("b", "2")]) is None
