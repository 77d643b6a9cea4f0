"""Validation against human coding: coding sheets, agreement, the dictionary's scores."""

import math
import re
import warnings

import pandas as pd
import pytest

import polcompare
from polcompare.cli import main
from polcompare.errors import CodingSheetError, PolcompareWarning
from polcompare.themes import load_dictionary, tag
from polcompare.themes.validate import agreement, codesheet, read_sheet, write_codesheet

DICTIONARY = "en:\n  a: [mine]\n  b: [money]\n"
TEXTS = ["mine", "money", "mine money", "nothing", "mine", "nothing"]
# Two made-up coders; the dictionary says a: 1,0,1,0,1,0 and b: 0,1,1,0,0,0.
CODER1 = {"a": [1, 0, 1, 0, 0, 0], "b": [0, 1, 1, 0, 0, 1]}
CODER2 = {"a": [1, 0, 1, 1, 0, 0], "b": [0, 1, 0, 0, 0, 1]}


@pytest.fixture
def made_up(tmp_path):
    path = tmp_path / "ab.yml"
    path.write_text(DICTIONARY, encoding="utf-8")
    items = pd.DataFrame(
        {"item_id": [f"d:{k}" for k in range(6)], "doc_id": "d", "lang": "en", "text": TEXTS}
    )
    sheets = []
    for name, coder in (("ann", CODER1), ("ben", CODER2)):
        sheet = codesheet(items, dictionary=path)
        for theme, values in coder.items():
            sheet[theme] = [str(v) if v else "" for v in values]  # empty: 0
        sheets.append(tmp_path / f"{name}.csv")
        write_codesheet(sheet, sheets[-1])
    return path, items, sheets


def test_agreement_equals_a_computation_by_hand(made_up):
    path, items, sheets = made_up
    result = agreement(sheets, dictionary=path, bootstrap=200)
    table = result.table.set_index("theme")
    # Krippendorff's alpha, nominal, by hand from the coincidence matrix: theme a has the
    # pairs (1,1) x2, (0,0) x3 and (0,1) x1, so o00 = 6, o11 = 4, o01 = o10 = 1, n = 12,
    # n0 = 7, n1 = 5: alpha = 1 - (2/12) / (2*7*5 / (12*11)) = 24/35. Theme b likewise.
    assert table.loc["a", "alpha"] == pytest.approx(24 / 35)
    assert table.loc["b", "alpha"] == pytest.approx(24 / 35)
    assert table.loc["a", "alpha_low"] <= table.loc["a", "alpha"] <= table.loc["a", "alpha_high"]
    # The dictionary against the majority (ties dropped: item 3 for a, item 2 for b).
    assert table.loc["a", ["precision", "recall", "f1"]].tolist() == pytest.approx([2 / 3, 1, 0.8])
    assert table.loc["b", ["precision", "recall", "f1"]].tolist() == pytest.approx([1, 0.5, 2 / 3])
    # ... and against each coder.
    by = result.by_coder.set_index(["theme", "coder"])
    assert by.loc[("a", "ann"), ["tp", "fp", "fn"]].tolist() == [2, 1, 0]
    assert by.loc[("a", "ben"), "f1"] == pytest.approx(2 / 3)
    assert by.loc[("b", "ann"), "f1"] == pytest.approx(0.8)
    assert by.loc[("b", "ben"), "f1"] == pytest.approx(0.5)
    assert table.loc["a", "f1_ann"] == pytest.approx(0.8)
    # Over all themes, against the majority: tp 3, fp 1, fn 1.
    assert table.loc["(all)", "f1"] == pytest.approx(0.75)
    # n_items: the items coded, in the (all) row too (it was 12: items x themes)
    assert table["n_items"].tolist() == [6, 6, 6]
    assert result.by_coder.query("theme == '(all)'")["n_items"].tolist() == [6, 6, 6]
    # Disagreements: every item and theme where the coders and the dictionary differ.
    dis = result.disagreements.set_index(["item_id", "theme"])
    assert set(dis.index) == {("d:3", "a"), ("d:4", "a"), ("d:2", "b"), ("d:5", "b")}
    assert dis.loc[("d:4", "a"), "evidence"] == "mine"
    assert dis.loc[("d:3", "a"), ["coders", "majority", "dictionary"]].tolist() == [
        "ann 0, ben 1",
        "tie",
        0,
    ]


def test_a_perfect_coder_gives_f1_one(seeds, tmp_path):
    items = seeds["position_da"].items
    tagged = tag(items, taxonomy="oap").items
    sheet = codesheet(items, taxonomy="oap")
    for theme in load_dictionary("oap").themes:
        sheet[theme] = ["1" if theme in t.split(";") else "" for t in tagged["themes"]]
    write_codesheet(sheet, tmp_path / "perfect.csv")
    result = agreement([tmp_path / "perfect.csv"], taxonomy="oap", bootstrap=0)
    scored = result.table.dropna(subset=["f1"])
    assert len(scored) > 5 and (scored["f1"] == 1.0).all()
    assert result.disagreements.empty and math.isnan(result.table["alpha"].iloc[0])


def _sheet(tmp_path, text, name="bad.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("text", "encoding", "words"),
    [
        ("item_id,text,a,b\nd:0,mine,1,\nd:9,x,1,0\n", "utf-8", "row 3, column item_id: unknown"),
        ("item_id,text,a,b\nd:0,mine,1,\nd:1,money,yes,0\n", "utf-8", "row 3, column a: 'yes'"),
        ("item_id,text,a,b\nd:0,mine,2,\n", "utf-8", "row 2, column a: '2' is not 0, 1"),
        ("item_id,text,a\nd:0,mine,1\n", "utf-8", "theme column 'b' is missing"),
        ("id,text,a,b\nd:0,mine,1,0\n", "utf-8", "no 'item_id' column"),
        ("item_id,text,a,b\nd:0,x,1,0\nd:1,y,0,0\nd:0,x,1,0\n", "utf-8", "row 4, column item_id"),
        (
            "item_id,text,a,b\nd:0,mine,1,0\nd:1,dÃ©minage,0,0\n",
            "utf-8",
            "row 3, column text: mangled",
        ),
        ("item_id,text,a,b\nd:0,mine,1,0\nd:1,déminage,0,0\n", "cp1252", "row 3: not UTF-8"),
        # a cell with a comma and no quotes: the message was two lines (pandas' own)
        (
            "item_id,text,a,b\nd:0,mine,1,0\nd:1,money, mine,0,0\n",
            "utf-8",
            r"row 3: 5 cells where the header has 4 \(a comma in a cell without quotes",
        ),
        ('item_id,text,a,b\nd:0,"mine,1,0\n', "utf-8", r"not a CSV table \(Error tokenizing"),
        # a bullet's text ("- Det er ...") read by a spreadsheet as a formula
        ("item_id,text,a,b\nd:0,mine,1,0\nd:1,#NAME?,0,0\n", "utf-8", "row 3, column text: '#NAME"),
        # a document given as a sheet: what it lacks, not its commas
        ("Council conclusions\n\n1. The Council, recalling, notes.\n", "utf-8", "no 'item_id'"),
    ],
)
def test_bad_sheets_are_one_line_naming_file_row_and_column(
    made_up, tmp_path, text, encoding, words
):
    path, items, _ = made_up
    bad = _sheet(tmp_path, text, encoding=encoding)
    with pytest.raises(CodingSheetError, match=words) as caught:
        agreement([bad], dictionary=path, items=items, bootstrap=0)
    message = str(caught.value)
    assert message.startswith(str(bad)) and "\n" not in message


def test_semicolon_sheets_from_excel_are_read(tmp_path):
    path = _sheet(tmp_path, "\ufeffitem_id;text;a;b\nd:0;mine;1;\n")
    sheet = read_sheet(path, ["a", "b"])
    assert sheet.loc["d:0", ["a", "b"]].tolist() == [1, 0]


def test_decimal_commas_of_a_french_or_german_excel_are_read(tmp_path):
    """Excel in a French or German locale saves a cell shown as 1.0 as "1,0" in its
    semicolon-separated CSV: the sheet was refused ("'1,0' is not 0, 1 or empty"), where the
    same values written "1.0" were read."""
    comma = read_sheet(_sheet(tmp_path, "\ufeffitem_id;text;a;b\nd:0;mine;1,0;0,0\n"), ["a", "b"])
    point = read_sheet(
        _sheet(tmp_path, "item_id,text,a,b\nd:0,mine,1.0,0.0\n", "p.csv"), ["a", "b"]
    )
    assert comma.loc["d:0", ["a", "b"]].tolist() == point.loc["d:0", ["a", "b"]].tolist() == [1, 0]
    with pytest.raises(CodingSheetError, match="'1,5' is not 0, 1 or empty"):
        read_sheet(_sheet(tmp_path, "item_id;text;a;b\nd:0;mine;1,5;\n", "x.csv"), ["a", "b"])


def test_codesheet_is_blind_and_samples(seeds):
    items = seeds["belarus"].items
    sheet = codesheet(items, taxonomy="policy", sample=5, seed=1)
    assert len(sheet) == 5 and sheet.equals(codesheet(items, taxonomy="policy", sample=5, seed=1))
    assert list(sheet.columns[:7]) == ["item_id", "doc_id", "lang", "section", "number"] + [
        "letter",
        "text",
    ]
    assert "themes" not in sheet and (sheet["human_rights"] == "").all()


def test_command_line_codesheet_and_agreement(made_up, tmp_path, capsys):
    from .conftest import SEED_FILES

    out = tmp_path / "sheet.csv"
    assert (
        main(["codesheet", str(SEED_FILES["belarus"]), "--taxonomy", "policy", "-o", str(out)]) == 0
    )
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    capsys.readouterr()
    path, _, sheets = made_up
    code = main(["agreement", *map(str, sheets), "--dictionary", str(path), "--format", "csv"])
    assert code == 0
    table = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))
    assert {"theme", "alpha", "f1", "precision", "recall"} <= set(table.columns)
    # the table's count of disagreements says where to read them
    assert (
        main(["agreement", *map(str, sheets), "--dictionary", str(path), "--format", "table"]) == 0
    )
    assert (
        "4 item-theme disagreements (--disagreements FILE writes them)" in capsys.readouterr().err
    )
    bad = _sheet(tmp_path, "item_id,text,a\nd:0,mine,1\n", name="c.csv")
    assert main(["agreement", str(bad), "--dictionary", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("polcompare: error: ") and "c.csv" in err and "\n" not in err


def test_a_sample_is_scored_as_tagged_in_its_whole_document(seeds, tmp_path):
    items = seeds["position_da"].items
    tagged = tag(items, taxonomy="oap").items.set_index("item_id")
    sheet = codesheet(items, taxonomy="oap", sample=12, seed=3)
    for theme in load_dictionary("oap").themes:
        sheet[theme] = [
            "1" if theme in tagged.loc[i, "themes"].split(";") else "" for i in sheet["item_id"]
        ]
    write_codesheet(sheet, tmp_path / "sample.csv")
    result = agreement([tmp_path / "sample.csv"], taxonomy="oap", items=items, bootstrap=0)
    assert result.disagreements.empty


def test_the_report_has_a_validation_part_when_sheets_are_given(seeds, tmp_path, capsys):
    from polcompare.render.report import build_report, render_report

    docs = [seeds["position_da"], seeds["belarus"]]
    items = docs[0].items
    tagged = tag(items, taxonomy="oap").items
    sheets = []
    for name, flip in (("ann", None), ("ben", "survey_clearance")):
        sheet = codesheet(items, taxonomy="oap")
        for theme in load_dictionary("oap").themes:
            marks = [theme in t.split(";") for t in tagged["themes"]]
            if theme == flip:  # ben reads survey/clearance nowhere: disagreements to list
                marks = [False] * len(marks)
            sheet[theme] = ["1" if m else "" for m in marks]
        sheets.append(tmp_path / f"{name}.csv")
        write_codesheet(sheet, sheets[-1])
    data = build_report(docs, sheets=sheets, sheets_taxonomy="oap")
    table = data.validation.table.set_index("theme")
    assert data.validation.coders == ["ann", "ben"] and data.validation_taxonomy == "oap"
    assert table.loc["victim_assistance", ["alpha", "f1"]].tolist() == [1.0, 1.0]
    assert table.loc["survey_clearance", "alpha"] < 0.5  # the coders disagree on it
    page = render_report(data)
    part = page[page.index('id="validation"') : page.index('id="texts"')]
    assert "Validation against human coding" in part and "ann, ben" in part
    # the page's header says the filter applies to every list: not to these scores
    assert "The filter does not apply to this part" in part
    assert "survey_clearance" in part and 'class="disagreements stack"' in part
    # themes by their labels, their IDs in the cell's title
    assert '<td title="survey_clearance">Survey and clearance of mined areas</td>' in part
    assert 'data-label="theme">Survey and clearance of mined areas</td>' in part
    assert '<a href="#validation">Validation</a>' in page
    # which files the scores come from, each with its coder and the sha256 of its bytes
    import hashlib

    sheets_part = part[part.index("<h3>Coding sheets</h3>") : part.index("Where coders and")]
    for name, sheet in zip(("ann", "ben"), sheets, strict=True):
        digest = hashlib.sha256(sheet.read_bytes()).hexdigest()
        row = f'<tr><td>{name}</td><td class="wrap">{sheet}</td><td class="hash">{digest}</td></tr>'
        assert row in sheets_part
    assert data.validation_sheets["coder"].tolist() == ["ann", "ben"]
    # the F1 columns name each coder as the lede does
    assert '<th class="num" title="the dictionary against this coder">F1 ann</th>' in part
    # ann marks survey/clearance where ben does not: a tie, said as such and explained
    assert '<td data-label="majority">tie</td>' in part
    # each disputed item leads to its text, to be read in its place (it was plain text)
    disputed = data.validation.disagreements["item_id"]
    assert len(disputed) and all(f'<a href="#item-{i}">{i}</a>' in part for i in disputed)
    assert all(f'id="item-{i}"' in page for i in disputed)
    assert "<code>tie</code> when the coders split evenly" in part
    # without sheets: no such part
    assert 'id="validation"' not in render_report(build_report(docs[:1]))


def test_a_bad_sheet_for_the_report_is_one_line(seeds, tmp_path, capsys):
    sheet = tmp_path / "bad.csv"
    sheet.write_text("item_id,text\nnot-an-item:1,x\n", encoding="utf-8")
    seed = seeds["belarus"].path
    code = main(["report", str(seed), "-o", str(tmp_path / "r.html"), "--sheet", str(sheet)])
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert code == 2 and "bad.csv" in err and "\n" not in err
    assert not (tmp_path / "r.html").exists()


THEMED = "en:\n  support_welcome: [support]\n  condemn: [condemns]\n"


@pytest.mark.parametrize(
    ("header", "words"),
    [
        # a coder's typo in a theme column's name: the message points at it
        ("item_id,text,suport_welcome,condemn", "is 'suport_welcome' a misspelling of it?"),
        ("item_id,text,support_welcome,Condemn", "is 'Condemn' a misspelling of it?"),
        ("item_id,text,a,b", "none of this taxonomy's themes (another taxonomy?)"),
    ],
)
def test_a_typo_in_a_theme_column_is_pointed_at(tmp_path, header, words):
    path = tmp_path / "themed.yml"
    path.write_text(THEMED, encoding="utf-8")
    bad = _sheet(tmp_path, header + "\nd:0,we support,1,\n")
    with pytest.raises(CodingSheetError, match="theme column .* is missing") as caught:
        agreement([bad], dictionary=path, bootstrap=0)
    message = str(caught.value)
    assert message.startswith(str(bad)) and "\n" not in message and words in message


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("item_id,text,a,b\n", "no coded items"),
        ("", "the file is empty"),
        ("\ufeff\n", "the file is empty"),
    ],
)
def test_a_sheet_with_nothing_coded_says_so(made_up, tmp_path, text, words):
    path, items, sheets = made_up
    bad = _sheet(tmp_path, text)
    with pytest.raises(CodingSheetError, match=words) as caught:
        agreement([sheets[0], bad], dictionary=path, items=items, bootstrap=0)
    message = str(caught.value)
    assert message.startswith(str(bad)) and "\n" not in message


def test_a_typo_in_a_theme_column_is_named_on_the_command_line(tmp_path, capsys):
    path = tmp_path / "themed.yml"
    path.write_text(THEMED, encoding="utf-8")
    typo = _sheet(tmp_path, "item_id,text,support_welcom,condemn\nd:0,x,1,\n", name="t.csv")
    assert main(["agreement", str(typo), "--dictionary", str(path)]) == 2
    err = capsys.readouterr().err
    assert "theme column 'support_welcome' is missing" in err and "'support_welcom'" in err


def test_the_agreement_table_leaves_what_is_not_computed_blank(made_up, capsys):
    # One coder: no alpha; the "(all)" row: no interval. The table showed "NaN".
    path, _, sheets = made_up
    assert main(["agreement", str(sheets[0]), "--dictionary", str(path), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "NaN" not in out and "nan" not in out
    assert out.splitlines()[0].split()[:3] == ["theme", "n_items", "not_read"]


def test_unpaired_rows_of_align_show_no_nan():
    import io

    from polcompare.cli import _write_pairs

    pairs = pd.DataFrame(
        {
            "a_item_id": ["a:1", "a:2"],
            "b_item_id": ["b:1", ""],
            "score": [2.5, float("nan")],
            "method": "e5",
            "link": ["1:1", "a only"],
            "a_text": ["x", "y"],
            "b_text": ["x", ""],
        }
    )
    out = io.StringIO()
    _write_pairs(pairs, "table", out)
    assert "NaN" not in out.getvalue() and "a only" in out.getvalue()


def test_sheets_and_disagreements_are_written_safely(made_up, tmp_path, capsys):
    # A folder not made yet is made; a path that cannot be written, or a coder's own
    # sheet given as --disagreements, is one error line (it was an internal error,
    # status 70, or the sheet overwritten).
    from .conftest import SEED_FILES

    sheet = tmp_path / "new" / "folder" / "sheet.csv"
    belarus = str(SEED_FILES["belarus"])
    assert main(["codesheet", belarus, "--taxonomy", "policy", "-o", str(sheet)]) == 0
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbfitem_id,")
    path, _, sheets = made_up
    blocker = tmp_path / "a-file"
    blocker.write_text("x", "utf-8")
    capsys.readouterr()
    for target in (blocker / "d.csv", sheets[0]):
        before = sheets[0].read_bytes()
        args = ["agreement", *map(str, sheets), "--dictionary", str(path)]
        assert main([*args, "--disagreements", str(target)]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith(f"polcompare: error: {target}")
        assert sheets[0].read_bytes() == before


@pytest.mark.parametrize("order", [("ann", "ben"), ("ben", "ann")])
def test_a_row_one_coder_deleted_counts_for_the_other_in_either_order(made_up, order):
    path, _, sheets = made_up
    ann = pd.read_csv(sheets[0], dtype=str, keep_default_na=False)
    ann.drop(index=5).to_csv(sheets[0], index=False)  # ann did not code d:5
    files = {"ann": sheets[0], "ben": sheets[1]}
    # said, not silent: alpha's items are fewer than the table's
    with pytest.warns(PolcompareWarning, match=r"ann.csv codes 5 of the 6 items the sheets hold"):
        result = agreement([files[o] for o in order], dictionary=path, bootstrap=50)
    by = result.by_coder.set_index(["theme", "coder"])
    assert by.loc[("b", "ann"), "n_items"] == 5
    assert by.loc[("b", "ben"), "n_items"] == 6
    assert result.table.set_index("theme").loc["b", "n_items"] == 6


def test_a_sheet_of_other_documents_is_refused(made_up):
    path, _, sheets = made_up
    ben = pd.read_csv(sheets[1], dtype=str, keep_default_na=False)
    ben.loc[2, "text"] = "something else entirely"
    ben.to_csv(sheets[1], index=False)
    with pytest.raises(CodingSheetError, match=r"ben.csv.*row 4, column text: item 'd:2'") as e:
        agreement(sheets, dictionary=path, bootstrap=50)
    # ... and names the sheet it differs from (either may be the stale one)
    assert f"than in {sheets[0]} (row 4)" in str(e.value)


@pytest.mark.parametrize("dropped", [["text"], ["lang"], ["lang", "text"]])
def test_a_sheet_without_its_text_or_language_is_refused_unless_the_documents_are_given(
    made_up, dropped
):
    # a new user's sheet without the text column scored the dictionary F1 0 on every theme,
    # without a word: the dictionary read each item as empty text in no language
    path, items, sheets = made_up
    ann = pd.read_csv(sheets[0], dtype=str, keep_default_na=False)
    ann.drop(columns=dropped).to_csv(sheets[0], index=False)
    with pytest.raises(
        CodingSheetError, match=r"ann.csv: row 1: no 'lang'|ann.csv: row 1: no 'text'"
    ):
        agreement(sheets[:1], dictionary=path, bootstrap=50)
    with pytest.raises(CodingSheetError, match="give the documents"):
        agreement(sheets, dictionary=path, bootstrap=50)
    # with the documents, the text and language come from them: the sheet needs neither
    result = agreement(sheets[:1], dictionary=path, items=items, bootstrap=50)
    assert result.table.set_index("theme").loc["a", "f1_ann"] > 0


def test_a_sample_larger_than_the_items_says_so_and_zero_is_refused(made_up):
    from polcompare.errors import PolcompareWarning

    path, items, _ = made_up
    with pytest.warns(PolcompareWarning, match="a sample of 100 asked from 6 items"):
        assert len(codesheet(items, dictionary=path, sample=100)) == 6
    with pytest.raises(CodingSheetError, match="a sample of 0 items: give 1 or more"):
        codesheet(items, dictionary=path, sample=0)
    assert len(codesheet(items, dictionary=path, sample=3, seed=1)) == 3


def test_blank_rows_are_no_items_and_rows_keep_their_spreadsheet_numbers(made_up, tmp_path):
    # A spreadsheet's empty row saved as separators (",,,") counted as a coded item with
    # the id '' (n_items 7 of 6 items, silently), two of them were "'' again"; an empty
    # line shifted the row numbers of every later message by one.
    path, items, sheets = made_up
    lines = sheets[0].read_text(encoding="utf-8-sig").splitlines()
    blank = "," * lines[0].count(",")
    spaced = tmp_path / "spaced.csv"
    spaced.write_text("\n".join([lines[0], lines[1], blank, "", *lines[2:], blank]) + "\n")
    result = agreement([spaced, sheets[1]], dictionary=path, bootstrap=0)
    assert result.table.set_index("theme").loc["a", "n_items"] == 6
    expected = agreement(sheets, dictionary=path, bootstrap=0)
    pd.testing.assert_frame_equal(
        result.table.drop(columns="f1_spaced"), expected.table.drop(columns="f1_ann")
    )
    # lines[3] (d:2) is now the file's 6th row
    spaced.write_text(
        "\n".join(
            [
                lines[0],
                lines[1],
                blank,
                "",
                *lines[2:3],
                lines[3].replace(",1,", ",yes,", 1),
                *lines[4:],
            ]
        )
        + "\n"
    )
    with pytest.raises(CodingSheetError, match="row 6, column a: 'yes'"):
        agreement([spaced], dictionary=path, bootstrap=0)


def test_a_coded_row_without_its_item_id_is_refused(made_up, tmp_path):
    path, items, _ = made_up
    bad = _sheet(tmp_path, "item_id,text,a,b\nd:0,mine,1,\n,money,0,1\n")
    with pytest.raises(CodingSheetError, match="row 3, column item_id: empty"):
        agreement([bad], dictionary=path, bootstrap=0)


def test_a_sheet_of_an_older_version_of_the_documents_is_refused(made_up, tmp_path):
    # Item ids that still exist but now hold other text (a point inserted since the sheet
    # was drawn) were scored silently against the new text when the documents were given.
    path, items, sheets = made_up
    older = items.copy()
    older["text"] = ["mine", "mine money", "money", "nothing", "mine", "nothing"]
    stale = tmp_path / "stale.csv"
    write_codesheet(codesheet(older, dictionary=path).assign(a="1"), stale)
    with pytest.raises(CodingSheetError, match=r"stale.csv: row 3, column text: item 'd:1'"):
        agreement([sheets[0], stale], dictionary=path, items=items, bootstrap=0)
    # white space a spreadsheet may add or drop is no difference
    sheet = pd.read_csv(sheets[0], dtype=str, keep_default_na=False)
    sheet["text"] = sheet["text"].str.replace(" ", "  ") + " "
    sheet.to_csv(sheets[0], index=False)
    agreement(sheets, dictionary=path, items=items, bootstrap=0)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"PK\x03\x04\x14\x00\x00\x00xl/workbook.xml", "is an Excel workbook (.xlsx), not a CSV"),
        (b"PK\x03\x04\x14\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet", ".ods"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "is a PDF file, not a CSV table"),
    ],
)
def test_a_workbook_or_pdf_given_as_a_sheet_is_named(made_up, tmp_path, data, words):
    # It was "row 1: not UTF-8 text (saved by Excel in another encoding? ...)".
    path, items, _ = made_up
    bad = tmp_path / "ann.xlsx"
    bad.write_bytes(data)
    with pytest.raises(CodingSheetError, match=re.escape(words)) as caught:
        agreement([bad], dictionary=path, bootstrap=0)
    assert str(caught.value).startswith(str(bad)) and "save the sheet as 'CSV UTF-8'" in str(
        caught.value
    )


def test_excel_unicode_text_is_read(made_up, tmp_path):
    # Excel's "Unicode Text (*.txt)": UTF-16 with a byte-order mark, tab-separated.
    path, items, sheets = made_up
    table = pd.read_csv(sheets[0], dtype=str, keep_default_na=False)
    utf16 = tmp_path / "ann.txt"
    utf16.write_bytes(table.to_csv(index=False, sep="\t").encode("utf-16"))
    result = agreement([utf16, sheets[1]], dictionary=path, bootstrap=0)
    expected = agreement(sheets, dictionary=path, bootstrap=0)
    assert result.table["alpha"].tolist() == pytest.approx(
        expected.table["alpha"].tolist(), nan_ok=True
    )


def test_sheets_with_no_item_in_common_say_why_alpha_is_empty(made_up, tmp_path):
    # Alpha was left empty with two coders and no word why.
    from polcompare.errors import PolcompareWarning

    path, items, sheets = made_up
    table = pd.read_csv(sheets[0], dtype=str, keep_default_na=False)
    halves = [tmp_path / "first.csv", tmp_path / "second.csv"]
    table.iloc[:3].to_csv(halves[0], index=False)
    table.iloc[3:].to_csv(halves[1], index=False)
    with pytest.warns(PolcompareWarning, match="no item is in two of the 2 sheets"):
        result = agreement(halves, dictionary=path, bootstrap=0)
    assert result.table["alpha"].isna().all()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        agreement(sheets, dictionary=path, bootstrap=0)


def test_items_renamed_between_two_sheets_are_warned_of(made_up, tmp_path):
    # One coder's sheet from a document since renamed: the same texts under other ids were
    # scored as other items (n_items 12 of 6, no alpha for them) without a word.
    from polcompare.errors import PolcompareWarning

    path, _, sheets = made_up
    items = pd.DataFrame(
        {
            "item_id": [f"d:{k}" for k in range(3)],
            "lang": "en",
            "text": [
                "the mine was cleared last year",
                "money for the mine action next year",
                "nothing",
            ],
        }
    )
    ann, ben = tmp_path / "new.csv", tmp_path / "old.csv"
    write_codesheet(codesheet(items, dictionary=path).assign(a="1"), ann)
    renamed = items.assign(item_id=items["item_id"].str.replace("d:", "old:"))
    write_codesheet(codesheet(renamed, dictionary=path).assign(a="1"), ben)
    with pytest.warns(PolcompareWarning) as caught:
        agreement([ann, ben], dictionary=path, bootstrap=0)
    said = [str(w.message) for w in caught]
    assert (
        f"{ben}: row 2: item 'old:0' reads like item 'd:0' of an earlier sheet (2 such" in (said[0])
    )
    assert "no item is in two of the 2 sheets" in said[1]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        agreement(sheets, dictionary=path, bootstrap=0)


def test_no_output_is_written_over_an_input_document(made_up, tmp_path, capsys):
    # `codesheet docs/ -o docs/paper.txt` replaced the document with the sheet (status 0);
    # `agreement --documents docs/ --disagreements docs/paper.txt` likewise.
    path, _, sheets = made_up
    doc = tmp_path / "docs" / "paper.en.txt"
    doc.parent.mkdir()
    doc.write_text("1. We support mine clearance.\n\n2. Money for it.\n", encoding="utf-8")
    before = doc.read_bytes()
    dictionary = ["--dictionary", str(path)]
    assert main(["codesheet", str(doc.parent), *dictionary, "-o", str(doc)]) == 2
    sheet = tmp_path / "sheet.csv"
    assert main(["codesheet", str(doc.parent), *dictionary, "-o", str(sheet)]) == 0
    capsys.readouterr()
    args = ["agreement", str(sheet), *dictionary, "--documents", str(doc.parent)]
    assert main([*args, "--disagreements", str(doc)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == f"polcompare: error: {doc}: is an input document; refusing to overwrite it"
    assert doc.read_bytes() == before


def test_a_sheet_filled_and_saved_with_pandas_is_read(made_up, tmp_path):
    # read_csv makes the empty theme columns floats, so to_csv writes "1.0": the sheet was
    # refused ("'1.0' is not 0, 1 or empty"), though the same frame passed directly was read.
    path, items, sheets = made_up
    frame = pd.read_csv(sheets[0])
    frame.loc[frame["a"] != 1, "a"] = float("nan")
    frame["b"] = frame["b"].astype(float)
    saved = tmp_path / "pandas.csv"
    frame.to_csv(saved, index=False)
    assert "1.0" in saved.read_text(encoding="utf-8")
    result = agreement([saved, sheets[1]], dictionary=path, bootstrap=0)
    expected = agreement(sheets, dictionary=path, bootstrap=0)
    assert result.table["alpha"].tolist() == pytest.approx(
        expected.table["alpha"].tolist(), nan_ok=True
    )
    with pytest.raises(CodingSheetError, match="'1.5' is not 0, 1 or empty"):
        frame.loc[0, "a"] = 1.5
        frame.to_csv(saved, index=False)
        agreement([saved], dictionary=path, bootstrap=0)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Padome, ?emot v?r?, atbalsta", "letters lost as '?' ('v?r'"),
        ("??????? ????????? ???", "letters lost as '?' ('???????'"),
    ],
)
def test_letters_lost_to_an_8_bit_encoding_are_refused(made_up, tmp_path, text, words):
    # Excel's "CSV (Comma delimited)" writes letters its code page lacks as '?': Latvian or
    # Russian text became pure ASCII, was read, and the dictionary found nothing in it.
    path, items, _ = made_up
    bad = _sheet(tmp_path, f'item_id,text,a,b\nd:0,mine,1,\nd:1,"{text}",0,0\n')
    with pytest.raises(CodingSheetError, match=re.escape(f"row 3, column text: {words}")):
        agreement([bad], dictionary=path, bootstrap=0)


def test_a_question_and_a_web_address_are_no_lost_letters(made_up, tmp_path):
    path, items, _ = made_up
    text = '"Why? See https://example.org/a?b=c and www.x.lv/?id=3, or not?"'
    ok = _sheet(tmp_path, f"item_id,lang,text,a,b\nd:0,en,{text},1,\n")
    agreement([ok], dictionary=path, bootstrap=0)


def test_a_sheet_of_another_shipped_taxonomy_names_it(seeds, tmp_path, capsys):
    # It said only "(another taxonomy?)"; the report's --sheet-taxonomy defaults to oap.
    sheet = tmp_path / "stance.csv"
    write_codesheet(codesheet(seeds["belarus"].items, taxonomy="stance", sample=3), sheet)
    with pytest.raises(CodingSheetError, match="its theme columns are the 'stance' taxonomy's"):
        agreement([sheet], taxonomy="oap", bootstrap=0)
    seed = str(seeds["belarus"].path)
    code = main(["report", seed, "-o", str(tmp_path / "r.html"), "--sheet", str(sheet)])
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert code == 2 and "report's --sheet-taxonomy stance)" in err


def test_agreement_takes_the_fallback_language_it_suggests(made_up, tmp_path, capsys):
    # The warning said "pass --fallback-lang CODE", and agreement took the option but did
    # not pass it on: the Danish item still got no themes and counted as a miss.
    path, _, _ = made_up
    sheet = _sheet(tmp_path, "item_id,lang,text,a,b\nd:0,en,mine,1,\nd:1,da,mine,1,\n")
    args = ["agreement", str(sheet), "--dictionary", str(path), "--format", "csv"]
    assert main(args) == 0
    first = capsys.readouterr()
    assert "pass --fallback-lang CODE" in first.err
    # the Danish item was not read: left out of the scores (not a miss), and counted
    assert "a,2,1,,,," in first.out and "1 coded items are in a language" in first.err
    assert main([*args, "--fallback-lang", "en"]) == 0
    again = capsys.readouterr()
    assert "no 'da' section" not in again.err and "a,2,0,,,,1.000," in again.out


def test_an_item_the_dictionary_cannot_read_is_no_miss(made_up, tmp_path):
    """A coded item in a language the dictionary lacks was scored as a miss (recall 0.5)."""
    path, _, _ = made_up
    sheet = _sheet(tmp_path, "item_id,lang,text,a,b\nd:0,en,mine,1,\nd:1,sv,min,1,\n")
    result = agreement([sheet], dictionary=path, bootstrap=0)
    table = result.table.set_index("theme")
    assert table.loc["a", ["n_items", "not_read", "recall", "support"]].tolist() == [2, 1, 1.0, 1]
    assert table.loc["(all)", "not_read"] == 1
    dis = result.disagreements.set_index(["item_id", "theme"])
    assert dis.loc[("d:1", "a"), "dictionary"] == "not read"


def test_codesheet_refuses_a_format_it_would_ignore(made_up, tmp_path, capsys):
    # `codesheet --format json -o s.json` wrote CSV into s.json and said nothing.
    path, _, _ = made_up
    doc = _sheet(tmp_path, "1. We support mine clearance.\n", name="paper.en.txt")
    args = ["codesheet", str(doc), "--dictionary", str(path), "-o", str(tmp_path / "s.json")]
    with pytest.raises(SystemExit) as caught:
        main([*args, "--format", "json"])
    assert caught.value.code == 2 and not (tmp_path / "s.json").exists()
    assert "codesheet writes a CSV sheet" in capsys.readouterr().err
    assert main(args) == 0


def test_coders_of_one_name_are_told_apart_and_one_sheet_twice_is_refused(made_up, tmp_path):
    # Two sheets named coder.csv in two folders made one f1_coder column (the second's;
    # the first coder's F1 was lost); one sheet given twice gave alpha 1.
    path, _, sheets = made_up
    folders = [tmp_path / "a", tmp_path / "b"]
    for folder, sheet in zip(folders, sheets, strict=True):
        folder.mkdir()
        (folder / "coder.csv").write_bytes(sheet.read_bytes())
    result = agreement([f / "coder.csv" for f in folders], dictionary=path, bootstrap=0)
    expected = agreement(sheets, dictionary=path, bootstrap=0)
    assert result.coders == ["coder", "coder~2"]
    assert result.table["f1_coder"].tolist() == pytest.approx(
        expected.table["f1_ann"].tolist(), nan_ok=True
    )
    assert result.table["f1_coder~2"].tolist() == pytest.approx(
        expected.table["f1_ben"].tolist(), nan_ok=True
    )
    with pytest.raises(CodingSheetError, match="given twice"):
        agreement([sheets[0], tmp_path / "." / sheets[0].name], dictionary=path, bootstrap=0)


def test_an_unknown_item_id_names_the_closest_one(made_up, tmp_path):
    # A sheet drawn before its document was renamed: 'unknown item' alone left the user
    # to find out why.
    path, _, _ = made_up
    items = pd.DataFrame(
        {
            "item_id": ["paper-2024.lv:intro:4", "paper-2024.lv:intro:5"],
            "lang": "en",
            "text": ["mine", "money"],
        }
    )
    bad = _sheet(tmp_path, "item_id,text,a,b\npaper-2023.lv:intro:4,mine,1,\n")
    with pytest.raises(CodingSheetError) as caught:
        agreement([bad], dictionary=path, items=items, bootstrap=0)
    assert str(caught.value) == (
        f"{bad}: row 2, column item_id: unknown item 'paper-2023.lv:intro:4' (not among the 2 "
        "items of the documents: a sheet of other documents, or of another version of them; "
        "did you mean 'paper-2024.lv:intro:4'?)"
    )


def test_a_bad_file_among_many_says_that_nothing_was_written(made_up, tmp_path, capsys):
    # Every other command writes what it could read; a coding sheet must hold every item, so
    # codesheet wrote nothing, and said only that the empty file was empty: a researcher
    # looked for the sheet. The run now says, in one more line, that nothing was written.
    path, _, sheets = made_up
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "paper.en.txt").write_text("1. We support mine clearance.\n\n2. Money for it.\n")
    (docs / "empty.txt").write_bytes(b"")
    dictionary = ["--dictionary", str(path)]
    sheet = tmp_path / "sheet.csv"
    assert main(["codesheet", str(docs), *dictionary, "-o", str(sheet)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"polcompare: error: {docs / 'empty.txt'}: the file is empty",
        f"polcompare: error: no sheet written to {sheet}: 1 of 2 files could not be read "
        "(listed above), and a coding sheet must hold every item asked for; fix those files "
        "or leave them out",
    ]
    assert not sheet.exists()
    args = ["agreement", str(sheets[0]), *dictionary, "--documents", str(docs)]
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err.strip()
        .splitlines()[-1]
        .startswith("polcompare: error: no agreement computed: 1 of 2 files could not be read")
    )
    # Only bad files: their own lines say it all.
    (docs / "paper.en.txt").unlink()
    assert main(["codesheet", str(docs), *dictionary, "-o", str(sheet)]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        f"polcompare: error: {docs / 'empty.txt'}: the file is empty"
    ]


def test_the_agreement_table_rounds_as_the_csv_and_shows_three_decimals(
    made_up, monkeypatch, capsys
):
    # A researcher's table showed alpha 0.462 where the csv of the same sheets said 0.463
    # (0.4625 rounded by round(3)), and alpha_high "1.0" beside "0.463".
    import polcompare.cli as cli

    path, _, sheets = made_up
    real = cli.agreement

    def with_a_tie(*args, **kwargs):
        result = real(*args, **kwargs)
        result.table.loc[result.table.theme == "a", ["alpha", "alpha_high"]] = [0.4625, 1.0]
        return result

    monkeypatch.setattr(cli, "agreement", with_a_tie)
    rows = {}
    for fmt in ("table", "csv"):
        args = ["agreement", *map(str, sheets), "--dictionary", str(path), "--format", fmt]
        assert main(args) == 0
        lines = capsys.readouterr().out.splitlines()
        split = (lambda line: line.split()) if fmt == "table" else (lambda line: line.split(","))
        header = split(lines[0])
        row = next(split(line) for line in lines[1:] if split(line)[0] == "a")
        rows[fmt] = dict(zip(header, row, strict=True))
    assert rows["table"]["alpha"] == rows["csv"]["alpha"] == "0.463"
    assert rows["table"]["alpha_high"] == rows["csv"]["alpha_high"] == "1.000"
    assert rows["table"] == rows["csv"]


def test_a_tie_between_coders_says_tie_in_the_disagreements_file(made_up, tmp_path, capsys):
    # Two coders who split on an item: the disagreements file (and the report, see above)
    # showed an empty majority that nothing explained.
    path, items, sheets = made_up
    out = tmp_path / "dis.csv"
    args = ["agreement", *map(str, sheets), "--dictionary", str(path), "--disagreements"]
    assert main([*args, str(out)]) == 0
    dis = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    tie = dis[(dis.item_id == "d:3") & (dis.theme == "a")]
    assert tie[["coders", "majority"]].values.tolist() == [["ann 0, ben 1", "tie"]]
    assert set(dis.majority) <= {"0", "1", "tie"}
    # each value says whose it is: the file gave "0,1", in the order the sheets were named
    # on the command line, which the file does not keep (and a spreadsheet may read "0,1"
    # as the number 0.1, "1,0" as 10)
    assert all(re.fullmatch(r"ann [01-], ben [01-]", c) for c in dis.coders), set(dis.coders)


def test_a_coder_named_with_an_underscore_keeps_the_name_in_the_report(tmp_path):
    # A sheet saved as ben_unicode.txt: the coder is ben_unicode in the lede and the sheets'
    # table, but the F1 column's head read "f1 ben unicode".
    import polcompare
    from polcompare.render.report import build_report, render_report

    doc = tmp_path / "plan.en.txt"
    doc.write_text(
        "1. Clear the mined areas.\n2. Assist the victims.\n3. Report on it.\n",
        encoding="utf-8",
    )
    docs = [polcompare.read(doc)]
    sheets = []
    for name, marks in (("ann", ["1", "", ""]), ("ben_unicode", ["1", "1", ""])):
        sheet = codesheet(docs[0].items, taxonomy="oap")
        sheet["victim_assistance"] = marks
        sheets.append(tmp_path / f"{name}.csv")
        write_codesheet(sheet, sheets[-1])
    page = render_report(build_report(docs, sheets=sheets, sheets_taxonomy="oap"))
    part = page[page.index('id="validation"') : page.index('id="texts"')]
    heads = re.findall(
        r'<th class="num" title="the dictionary against this coder">([^<]*)</th>', part
    )
    assert heads == ["F1 ann", "F1 ben_unicode"]
    assert "(ann, ben_unicode)" in part and "ben unicode" not in part


@pytest.mark.filterwarnings("ignore:.*get no themes")
def test_the_report_says_which_coded_items_the_dictionary_could_not_read(seeds, tmp_path):
    from polcompare.render.report import build_report, render_report

    path = tmp_path / "miinat.fi.txt"  # a language the dictionaries lack (sv is shipped now)
    path.write_text(
        "Hallituksen lausunto\n\n1. Suomi tukee miinanraivausta Ukrainassa.\n"
        "2. Suomi tukee miinojen uhreja.\n",
        encoding="utf-8",
    )
    docs = [seeds["position_da"], polcompare.read(path, lang="fi")]
    sheet = codesheet(docs[1].items, taxonomy="oap")
    sheet["survey_clearance"] = ["1", ""]
    write_codesheet(sheet, tmp_path / "ann.csv")
    data = build_report(docs, sheets=[tmp_path / "ann.csv"], sheets_taxonomy="oap")
    assert data.validation.table.set_index("theme").loc["(all)", "not_read"] == 2
    page = render_report(data)
    part = page[page.index('id="validation"') : page.index('id="texts"')]
    assert "2 coded items the dictionary could not read</strong>" in part
    assert '<td data-label="dictionary">not read</td>' in part


def test_the_report_scores_the_sheets_with_the_dictionary_it_tags_with(seeds, tmp_path):
    # A new user's report with --dictionary stance=mine.yml and a stance sheet showed the
    # shipped stance dictionary's F1 (0.619) under "Validation", beside charts drawn with
    # the user's dictionary (0.725 with `agreement --dictionary`).
    from polcompare.render.report import build_report

    docs = [seeds["belarus"]]
    sheet = codesheet(docs[0].items, taxonomy="stance")
    for theme in load_dictionary("stance").themes:
        sheet[theme] = ""
    sheet["condemn"] = "1"  # every paragraph condemns, says the coder
    write_codesheet(sheet, tmp_path / "ann.csv")
    mine = tmp_path / "mine.yml"
    mine.write_text(
        "lv:\n  condemn: [padome]\n  concern_regret: []\n  urge_call: []\n"
        "  support_welcome: []\n  commit_reaffirm: []\n  recall_recognise: []\n",
        encoding="utf-8",
    )
    data = build_report(
        docs, sheets=[tmp_path / "ann.csv"], sheets_taxonomy="stance", dictionaries={"stance": mine}
    )
    direct = agreement([tmp_path / "ann.csv"], taxonomy="stance", dictionary=mine, bootstrap=0)
    shipped = agreement([tmp_path / "ann.csv"], taxonomy="stance", bootstrap=0)
    got = data.validation.table.set_index("theme").loc["condemn", "recall"]
    assert got == direct.table.set_index("theme").loc["condemn", "recall"]
    assert got != shipped.table.set_index("theme").loc["condemn", "recall"]


def test_an_article_with_no_text_of_its_own_is_not_put_before_coders(tmp_path):
    """legislation.gov.uk's 'Article 1U.K.' over its paragraphs: an empty row was sampled."""
    path = tmp_path / "act.en.txt"
    path.write_text(
        "Article 1U.K.\n\n1.The Union shall support the Arms Trade Treaty.\n\n"
        "2.The projects shall be carried out by the Secretariat.\n\n"
        "Article 2U.K.\n\n1.The High Representative shall be responsible.\n",
        encoding="utf-8",
    )
    items = polcompare.read(path, lang="en").items
    assert (items["text"] == "").sum() == 2  # the articles: parents of their paragraphs
    with pytest.warns(PolcompareWarning, match=r"2 item\(s\) with no text of their own"):
        sheet = codesheet(items, taxonomy="policy")
    assert len(sheet) == 3 and (sheet["text"] != "").all()


def test_report_with_sheets_says_the_items_not_read_once(seeds, tmp_path, capsys):
    """``report --sheet`` said the items no dictionary reads twice: the comparison's one line,
    then agreement's tagging again, a 929-character line on 300 documents."""
    sv = tmp_path / "neuvosto.fi.txt"  # a language no dictionary reads (sv is shipped now)
    sv.write_text("1. Neuvosto tuomitsee hyökkäyksen.\n2. Neuvosto kehottaa rauhaan.\n", "utf-8")
    seed = seeds["belarus"].path
    sheet = codesheet(polcompare.read(seed).items, taxonomy="stance")
    write_codesheet(sheet, tmp_path / "ann.csv")
    args = ["report", str(seed), str(sv), "-o", str(tmp_path / "r.html")]
    assert main([*args, "--sheet", str(tmp_path / "ann.csv"), "--sheet-taxonomy", "stance"]) == 0
    err = capsys.readouterr().err
    said = [line for line in err.splitlines() if "get no" in line and "themes" in line]
    assert len(said) == 1 and len(said[0]) < 200, said
    assert 'id="validation"' in (tmp_path / "r.html").read_text("utf-8")


def test_a_sample_in_a_multilingual_corpus_says_what_the_dictionary_cannot_read(
    seeds, tmp_path, capsys
):
    # codesheet --sample 15 on 300 official texts: 9 of the 15 items were in languages the
    # stance dictionary has no patterns for, and only agreement said so, after the coding.
    path = tmp_path / "miinat.fi.txt"  # a language the dictionaries lack (sv is shipped now)
    path.write_text(
        "Hallituksen lausunto\n\n1. Suomi tukee miinanraivausta Ukrainassa.\n"
        "2. Suomi tukee miinojen uhreja.\n",
        encoding="utf-8",
    )
    items = pd.concat([seeds["norway"].items, polcompare.read(path, lang="fi").items])
    with pytest.warns(PolcompareWarning, match=r"2 of 10 items are in languages .* \(fi 2\)"):
        assert len(codesheet(items, taxonomy="oap")) == 10
    with pytest.warns(PolcompareWarning, match=r"2 items in languages .* \(fi 2\) left out"):
        sheet = codesheet(items, taxonomy="oap", sample=5, seed=3, only_read=True)
    assert len(sheet) == 5 and set(sheet["lang"]) == {"nb"}
    with pytest.raises(CodingSheetError, match=r"no item is in a language .* are fi 2\)"):
        codesheet(items[items["lang"] == "fi"], taxonomy="oap", only_read=True)
    out = tmp_path / "sheet.csv"
    argv = ["codesheet", str(path), "--lang", "fi", "--taxonomy", "oap", "--only-read"]
    assert main([*argv, "-o", str(out)]) == 2
    assert capsys.readouterr().err.strip().startswith("polcompare: error: codesheet: only_read:")


def test_agreement_does_not_warn_of_unread_documents_none_of_whose_items_are_coded(
    made_up, tmp_path, capsys
):
    # A new user checked a sheet of English items against a folder that also held Spanish
    # texts (`agreement me.csv --documents corpus/`): a warning said "35 item(s) of 8
    # documents get no stance themes", though no coded item was Spanish (not_read 0).
    path, _, _ = made_up
    en = "We strongly support the clearance of every mine in the affected countries."
    sv = "Vi stöder kraftfullt röjningen av varje mina i de drabbade länderna i år."
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(f"1. {en}\n", encoding="utf-8")
    (folder / "b.txt").write_text(f"1. {sv}\n", encoding="utf-8")
    head = "item_id,lang,text,a,b\n"
    english = _sheet(tmp_path, f"{head}a:body:1,en,{en},1,\n")
    args = ["--dictionary", str(path), "--documents", str(folder), "--format", "csv"]
    assert main(["agreement", str(english), *args]) == 0
    assert "no 'sv' section" not in capsys.readouterr().err
    # a coded Swedish item still brings the warning
    both = _sheet(tmp_path, f"{head}a:body:1,en,{en},1,\nb:body:1,sv,{sv},1,\n", name="b.csv")
    assert main(["agreement", str(both), *args]) == 0
    assert "no 'sv' section" in capsys.readouterr().err
