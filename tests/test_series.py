"""Series: the sample series of EU statements, what persists, themes, tone, positions, bad input."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pandas as pd
import pytest

import polcompare
from polcompare.cli import main
from polcompare.compare.series import STATUSES, intensified, read_dates, series
from polcompare.errors import PolcompareError, PolcompareWarning
from polcompare.render.report import build_report, render_report
from polcompare.render.series import series_figures

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "notebooks" / "data" / "series"
FILES = sorted(DATA.glob("*.txt"))
D23, D24, D25, D25B = (f.name[: -len(".txt")] for f in FILES)


@pytest.fixture(scope="module")
def s():
    return series(FILES)


def _flow(s, step, earlier, later):
    rows = s.flows[
        (s.flows["step"] == step)
        & (s.flows["earlier_label"] == earlier)
        & (s.flows["later_label"] == later)
    ]
    assert len(rows) == 1, (step, earlier, later, len(rows))
    return rows.iloc[0]


def test_documents_in_date_order_with_where_the_date_came_from(s):
    docs = s.documents
    assert list(docs["doc_id"]) == [D23, D24, D25, D25B]
    assert docs["date"].is_monotonic_increasing
    # the text states the meeting's dates ("Geneva, 20-24 November 2023"): its last day
    assert docs["date"].iloc[0] == "2023-11-24"
    assert set(docs["date_source"]) == {"text"}
    assert s.languages == ("en",)
    assert list(s.doc_ids) == list(docs["doc_id"])


def test_every_item_is_in_a_flow_once_per_step(s):
    for step, (earlier, later) in enumerate(zip(s.doc_ids, s.doc_ids[1:], strict=False), 1):
        part = s.flows[s.flows["step"] == step]
        a = set(s.items.loc[s.items["doc_id"] == earlier, "item_id"])
        b = set(s.items.loc[s.items["doc_id"] == later, "item_id"])
        assert set(part["earlier_item_id"]) - {""} == a
        assert set(part["later_item_id"]) - {""} == b
        assert set(part["status"]) <= set(STATUSES)
        counts = s.flow_counts.set_index("step").loc[step]
        assert sum(int(counts[st]) for st in STATUSES) == len(part)


def test_kept_changed_new_dropped_on_real_statements(s):
    # the Member States are no longer named: changed, and the words say so
    # (the labels are the parser's: the salutations "Mr. President," are furniture, no items)
    row = _flow(s, 1, "body p1", "body p1")
    assert row["status"] == "changed"
    assert "and its member states" in row["words_removed"]
    # the same thanks to the Committee, word for word: kept
    assert _flow(s, 1, "body p3", "body p3")["status"] == "kept"
    # no salutation is in a flow: they are the documents' furniture
    assert not s.flows["earlier_text"].str.fullmatch(r"(?:Mr\. |Madam )?(?:President|Chair),").any()
    # the Oslo Action Plan becomes the Siem Reap-Angkor Action Plan: a name differs
    row = _flow(s, 2, "body p3", "body p3")
    assert row["status"] == "changed" and "oslo" in row["words_removed"]
    # the donor paragraph: same point, other figures, and the facts say which
    row = _flow(s, 1, "body p5", "body p6")
    assert row["status"] == "changed"
    assert "amount:" in row["facts_removed"] and "amount:" in row["facts_added"]
    # the page's last paragraph of 2023 (a Ukraine demining programme) is not in 2024
    dropped = s.flows[(s.flows["step"] == 1) & (s.flows["status"] == "dropped")]
    assert "25 million EUR" in " ".join(dropped["earlier_text"])
    new = s.flows[(s.flows["step"] == 3) & (s.flows["status"] == "new")]
    assert any("taken note of the report" in t for t in new["later_text"])


def test_theme_and_stance_shares_name_their_items(s):
    themes = s.themes
    assert set(themes["taxonomy"]) == {"oap", "policy", "stance"}
    for _, rows in themes.groupby(["doc_id", "taxonomy"]):
        assert (rows["share"] == rows["items"] / rows["total_items"]).all()
        assert all(
            len(str(i).split(";")) == n
            for i, n in zip(rows["item_ids"], rows["items"], strict=True)
            if n
        )
    condemn = themes.query("taxonomy == 'stance' and theme == 'condemn'").set_index("doc_id")
    assert condemn.loc[D23, "items"] == 0  # the 2023 opening condemns nothing
    assert condemn.loc[D24, "item_ids"] == f"{D24}:body:p4"  # "We strongly condemn Russia's..."
    clearance = themes.query("taxonomy == 'oap' and theme == 'survey_clearance'")
    assert (clearance["items"] > 0).all()


def test_stance_intensity(s):
    rows = s.intensity.set_index(["doc_id", "theme"])
    assert rows.loc[(D24, "condemn"), "intensified"] >= 1
    assert f"{D24}:body:p4" in rows.loc[(D24, "condemn"), "item_ids"]
    assert rows.loc[(D23, "support_welcome"), "matches"] > 0
    assert rows.loc[(D23, "support_welcome"), "intensified"] == 0
    text = "The Council strongly condemns the attack."
    at = text.index("condemns")
    assert intensified(text, at, at + 8, "en") == "strongly"
    text = "The Council condemns in the strongest terms the attack."
    at = text.index("condemns")
    assert intensified(text, at, at + 8, "en") == "in the strongest terms"
    assert intensified("The Council condemns the attack.", 12, 20, "en") == ""


def test_positions_one_model_per_language(s):
    pos = s.positions
    assert list(pos["doc_id"]) == s.doc_ids
    assert pos["theta"].mean() == pytest.approx(0, abs=1e-9)
    model = s.models["en"]
    assert model.converged and model.loglik < 0
    assert pos["theta"].iloc[0] < pos["theta"].iloc[-1]  # direction: first left of last
    # 4 statements of a page or two: few words, and the series says what that means
    words = s.models["en"].words
    assert len(words) < 500
    assert s.notes == (
        f"positions (en): Wordfish had only {len(words)} words used in 2 documents or more of "
        "4; it is made for texts of thousands of words, so read these positions as a sketch, "
        "not a finding",
    )


def test_a_series_of_one_folder_given_as_a_string(tmp_path):
    # series("texts/") read the characters of the string as file names: "t: no such file".
    from .conftest import ROOT

    folder = ROOT / "notebooks/data/series"
    assert polcompare.series(str(folder)).doc_ids == polcompare.series([folder]).doc_ids


def test_against_the_hand_reading(s):
    """The eval's figures (eval/series/results.md) do not regress."""
    spec = importlib.util.spec_from_file_location("series_run", ROOT / "eval" / "series_run.py")
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    predicted, left_out = run.predicted(s.flows, s.items, run.DATA)
    gold = run.gold_rows(pd.read_csv(run.GOLD, dtype=str))
    p, r, *_ = run.prf(predicted, gold)
    # the pages' title lines and place and date are headings, not items, "22nd Meeting of
    # States Parties" too (they were 8 items left out of the hand reading)
    assert left_out == 0
    assert p >= 0.85 and r >= 0.9, (p, r)
    # the held-out series (EU statements to CCW Protocol V meetings, 2019-2024), its dates
    # from the statements' .yml notes: first score 0.864 / 0.905
    held_out = series([run.HELD_OUT])
    assert held_out.doc_ids[0] == "eu-ccw-protocol-v-2019-08-23.en"
    predicted, left_out = run.predicted(held_out.flows, held_out.items, run.HELD_OUT)
    gold = run.gold_rows(pd.read_csv(run.HELD_OUT / "gold.csv", dtype=str))
    p, r, *_ = run.prf(predicted, gold)
    assert left_out == 0
    assert p >= 0.8 and r >= 0.85, (p, r)
    # held-out series 2 (EU statements on the Day against Nuclear Tests, 2012-2025, three to four
    # years apart and largely rewritten): first score 0.538 / 0.609
    far = series([run.HELD_OUT_2])
    predicted, _ = run.predicted(far.flows, far.items, run.HELD_OUT_2)
    gold = run.gold_rows(pd.read_csv(run.HELD_OUT_2 / "gold.csv", dtype=str))
    p, r, *_ = run.prf(predicted, gold)
    assert p >= 0.58 and r >= 0.63, (p, r)
    # held-out series 3 (EU statements on oceans and the law of the sea, 2007-2025, 3-6 years
    # apart): first score 0.769 / 0.800
    sea = series([run.HELD_OUT_3])
    predicted, _ = run.predicted(sea.flows, sea.items, run.HELD_OUT_3)
    gold = run.gold_rows(pd.read_csv(run.HELD_OUT_3 / "gold.csv", dtype=str))
    p, r, *_ = run.prf(predicted, gold)
    assert p >= 0.75 and r >= 0.78, (p, r)
    # held-out series 4 (EU statements to the Security Council's open debate on women, peace
    # and security, 2015-2025): first score 0.450 / 0.474. Its salutations address more than
    # the chair, and a bulleted line is a paragraph of its own.
    wps = run.HELD_OUT_4 / "eu-unsc-women-peace-security-2018-10-25.en.txt"
    assert min(run.paragraphs(wps)) == 17  # "Excellencies, Distinguished Participants, ..."
    lists = run.paragraphs(run.HELD_OUT_4 / "eu-unsc-women-peace-security-2015-10-13.en.txt")
    assert (lists[20], lists[21]) == ("p6", "p7")  # "  • The EU and its MS", "  • The EU, as"
    peace = series([run.HELD_OUT_4])
    predicted, _ = run.predicted(peace.flows, peace.items, run.HELD_OUT_4)
    gold = run.gold_rows(pd.read_csv(run.HELD_OUT_4 / "gold.csv", dtype=str))
    p, r, *_ = run.prf(predicted, gold)
    assert p >= 0.58 and r >= 0.62, (p, r)  # 0.600 / 0.632 with a room's greeting as furniture
    # held-out series 5 (EU statements to the Security Council's open debate on children and
    # armed conflict, 2016-2025): first score 0.545 / 0.545. A salutation right under a
    # paragraph, no blank line between, is a paragraph of its own (2016, line 18).
    cac = run.HELD_OUT_5 / "eu-unsc-children-armed-conflict-2016-08-02.en.txt"
    assert [run.paragraphs(cac)[k] for k in (17, 18, 20)] == ["p4", "p5", "p6"]
    children = series([run.HELD_OUT_5])
    predicted, _ = run.predicted(children.flows, children.items, run.HELD_OUT_5)
    gold = run.gold_rows(pd.read_csv(run.HELD_OUT_5 / "gold.csv", dtype=str))
    p, r, *_ = run.prf(predicted, gold)
    assert p >= 0.52 and r >= 0.52, (p, r)
    # held-out series 6 (EU statements to the General Assembly's Sixth Committee on measures to
    # eliminate international terrorism, 2006-2023, 4 to 9 years apart): first score 0.840 / 0.808
    terror = series([run.HELD_OUT_6])
    predicted, _ = run.predicted(terror.flows, terror.items, run.HELD_OUT_6)
    gold = run.gold_rows(pd.read_csv(run.HELD_OUT_6 / "gold.csv", dtype=str))
    p, r, *_ = run.prf(predicted, gold)
    assert p >= 0.82 and r >= 0.78, (p, r)
    # held-out series 7 (EU statements to the OSCE Permanent Council answering the High
    # Commissioner on National Minorities, 2005-2025, no salutation: the body's first line from
    # body_lines.csv): first score 0.889 / 0.857
    hcnm = run.HELD_OUT_7 / "eu-osce-pc-hcnm-2022-12-08.en.txt"
    assert [run.paragraphs(hcnm)[k] for k in (2, 6)] == ["p1", "p5"]
    minorities = series([run.HELD_OUT_7])
    predicted, _ = run.predicted(minorities.flows, minorities.items, run.HELD_OUT_7)
    gold = run.gold_rows(pd.read_csv(run.HELD_OUT_7 / "gold.csv", dtype=str))
    p, r, *_ = run.prf(predicted, gold)
    assert p >= 0.86 and r >= 0.83, (p, r)
    # held-out series 8 (EU statements to the Security Council's open debate on the protection
    # of civilians, 2006-2024, 4.5 to 8 years apart): first score 0.714 / 0.833
    civilians = series([run.HELD_OUT_8])
    predicted, _ = run.predicted(civilians.flows, civilians.items, run.HELD_OUT_8)
    gold = run.gold_rows(pd.read_csv(run.HELD_OUT_8 / "gold.csv", dtype=str))
    p, r, *_ = run.prf(predicted, gold)
    assert p >= 0.69 and r >= 0.79, (p, r)
    # held-out series 9 (EU statements to the General Assembly's Third Committee on the rights
    # of the child, 2006-2023; 2016 and 2018 open with their courtesy and alignment above the
    # salutation: the body's first line from body_lines.csv): first score 0.789 / 0.882
    child = run.HELD_OUT_9 / "eu-unga-third-committee-rights-of-the-child-2018-10-09.en.txt"
    assert [run.paragraphs(child)[k] for k in (15, 18, 20, 26)] == ["p1", "p2", "p3", "p5"]
    children = series([run.HELD_OUT_9])
    predicted, _ = run.predicted(children.flows, children.items, run.HELD_OUT_9)
    gold = run.gold_rows(pd.read_csv(run.HELD_OUT_9 / "gold.csv", dtype=str))
    p, r, *_ = run.prf(predicted, gold)
    assert p >= 0.76 and r >= 0.85, (p, r)
    # held-out series 10 (EU statements to the General Assembly's Sixth Committee on the rule
    # of law, 2006-2019): first score 1.000 / 0.944 (a footnote counted as a paragraph missed)
    law = series([run.HELD_OUT_10])
    predicted, _ = run.predicted(law.flows, law.items, run.HELD_OUT_10)
    gold = run.gold_rows(pd.read_csv(run.HELD_OUT_10 / "gold.csv", dtype=str))
    p, r, *_ = run.prf(predicted, gold)
    assert p >= 0.95 and r >= 0.9, (p, r)
    # held-out series 11 (EU statements to the General Assembly on the situation in
    # Afghanistan, 2006-2025): first score 0.846 / 0.917 (two rewritten paragraphs the reader
    # pairs as changed come out dropped and new); the 2019 in-body headings have no number
    afghanistan = run.HELD_OUT_11 / "eu-unga-situation-in-afghanistan-2019-11-27.en.txt"
    assert sorted(run.paragraphs(afghanistan)) == [8, 12, 14, 16, 18, 24, 26, 30]
    afghan = series([run.HELD_OUT_11])
    predicted, _ = run.predicted(afghan.flows, afghan.items, run.HELD_OUT_11)
    gold = run.gold_rows(pd.read_csv(run.HELD_OUT_11 / "gold.csv", dtype=str))
    p, r, *_ = run.prf(predicted, gold)
    assert p >= 0.8 and r >= 0.9, (p, r)
    # held-out series 12 (EU statements to the Sixth Committee on the criminal accountability
    # of UN officials and experts on mission, 2008-2023): first score 0.722 / 0.684
    accountability = series([run.HELD_OUT_12])
    predicted, _ = run.predicted(accountability.flows, accountability.items, run.HELD_OUT_12)
    gold = run.gold_rows(pd.read_csv(run.HELD_OUT_12 / "gold.csv", dtype=str))
    p, r, *_ = run.prf(predicted, gold)
    assert p >= 0.7 and r >= 0.65, (p, r)


def test_statements_years_apart_keep_their_strong_mutual_pairs():
    # 2019 and 2022 statements of the series are not versions of one text (2 of 4 pairs mutual
    # nearest): align keeps only confident pairs there, and the alignment paragraph, rewritten
    # (score 1.9), came out dropped and new; a series knows its statements are related
    folder = ROOT / "eval" / "series" / "heldout2"
    a = polcompare.read(folder / "eu-unga-nuclear-tests-day-2019-09-09.en.txt")
    b = polcompare.read(folder / "eu-unga-nuclear-tests-day-2022-09-07.en.txt")
    alignment = "The Candidate Countries, the Republic of North Macedonia"

    def partner(pairs):
        row = pairs[pairs["a_text"].str.startswith(alignment)]
        return row["b_text"].str[:60].tolist()

    assert partner(polcompare.align(a, b)) == [""]
    got = partner(polcompare.align(a, b, related=True))
    assert got == ["I have the honour to speak on behalf of the European Union. "]
    flows = series([folder]).flows
    row = flows[flows["earlier_text"].str.startswith(alignment)]
    # p1: the dateline "7 September 2022, New York – European Union Statement ..." is a heading
    assert row[["status", "later_label"]].values.tolist() == [["changed", "body p1"]]


def test_report_section_escaped(s):
    docs = list(s.docs)
    data = build_report(docs, series=s)
    assert {"series_flows", "series_oap", "series_stance", "series_positions"} <= set(data.figures)
    page = render_report(data)
    assert 'id="series"' in page and "Over time" in page
    assert f'href="#item-{D24}:body:p6"' in page
    assert "<script>alert" not in page


def test_report_escapes_document_text_in_the_series(tmp_path):
    a = tmp_path / "a.en.txt"
    b = tmp_path / "b.en.txt"
    a.write_text("1. The Council <script>alert(1)</script> condemns the attack.\n", "utf-8")
    b.write_text("1. The Council <b>strongly</b> condemns the attack on 3 May 2024.\n", "utf-8")
    dates = {"a.en.txt": "2024-01-01", "b.en.txt": "2024-06-01"}
    with pytest.raises(PolcompareError, match="a.en.txt: its language could not be determined"):
        series([a, b], dates=dates, method="tfidf")
    docs = [polcompare.read(p, lang="en") for p in (a, b)]
    s2 = series(docs, dates=dates, method="tfidf")
    page = render_report(build_report(list(s2.docs), series=s2))
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    assert "<b>strongly</b>" not in page
    figs = series_figures(s2)
    assert set(figs) >= {"series_flows", "series_oap"}


def test_your_own_dictionary_in_the_series_and_its_report(tmp_path, capsys):
    # A user's own topics in place of policy: the report drew them above, and the shipped
    # policy topics under "Over time", both called policy
    mine = tmp_path / "mine.yml"
    mine.write_text("en:\n  demining_capacity: [mine clearance, demining]\n", "utf-8")
    own = series(FILES[:2], method="tfidf", dictionaries={"policy": mine})
    policy = own.themes.query("taxonomy == 'policy'")
    assert set(policy["theme"]) == {"demining_capacity"} and policy["items"].sum() > 0
    shipped = series(FILES[:2], method="tfidf")
    with pytest.raises(PolcompareError, match="policy themes come from policy, the comp"):
        build_report(list(shipped.docs), series=shipped, dictionaries={"policy": mine})
    data = build_report(list(own.docs), series=own, dictionaries={"policy": mine})
    assert "series_policy" in data.figures
    with pytest.raises(PolcompareError, match="not a taxonomy"):
        series(FILES[:2], method="tfidf", dictionaries={"topics": mine})
    out = tmp_path / "out"
    code = main(
        [
            "series",
            *map(str, FILES[:2]),
            "--method",
            "tfidf",
            "--no-cache",
            "--dictionary",
            f"policy={mine}",
            "-o",
            str(out),
            "--report",
            str(tmp_path / "s.html"),
        ]
    )
    assert code == 0
    themes = pd.read_csv(out / "themes.csv").query("taxonomy == 'policy'")
    assert set(themes["theme"]) == {"demining_capacity"}
    assert "mine.yml" in (tmp_path / "s.html").read_text("utf-8")


def test_dates_given_win_and_are_said(tmp_path):
    for f in FILES[:2]:
        shutil.copy(f, tmp_path / f.name)
    dates = tmp_path / "dates.csv"
    dates.write_text(f"file,date\n{FILES[0].name},2023-11-20\n", "utf-8")
    s2 = series([tmp_path / FILES[0].name, tmp_path / FILES[1].name], dates=dates, method="tfidf")
    got = s2.documents.set_index("doc_id")
    assert got.loc[D23, "date"] == "2023-11-20" and got.loc[D23, "date_source"] == "given"
    assert got.loc[D24, "date_source"] == "text"


def test_sidecar_date_when_the_text_states_none(tmp_path):
    text = "1. The Council condemns the attack.\n2. It calls for calm.\n"
    (tmp_path / "x.en.txt").write_text(text, "utf-8")
    (tmp_path / "x.en.yml").write_text("date: 2020-02-03\n", "utf-8")
    (tmp_path / "y.en.txt").write_text(text.replace("calm", "restraint"), "utf-8")
    with pytest.raises(PolcompareError, match=r"y\.en\.txt: has no date: the text states none"):
        series([tmp_path / "x.en.txt", tmp_path / "y.en.txt"], method="tfidf")
    s2 = series(
        [tmp_path / "x.en.txt", tmp_path / "y.en.txt"], dates={"y.en": "2021-01-01"}, method="tfidf"
    )
    assert list(s2.documents["date_source"]) == ["sidecar", "given"]
    assert list(s2.flow_counts[["kept", "changed"]].iloc[0]) == [1, 1]


def test_one_document_is_one_clear_line():
    with pytest.raises(PolcompareError, match=r"needs two dated documents or more; got 1 \("):
        series(FILES[:1])


def test_bad_dates_file(tmp_path):
    bad = tmp_path / "dates.csv"
    bad.write_text("name,when\nx,2020\n", "utf-8")
    with pytest.raises(PolcompareError, match="needs a 'date' column"):
        read_dates(bad)
    bad.write_text("file,date\nx.txt,3 May\n", "utf-8")
    with pytest.raises(PolcompareError, match="row 2.*not a date"):
        read_dates(bad)
    with pytest.raises(PolcompareError, match="no such dates file"):
        read_dates(tmp_path / "missing.csv")
    with pytest.raises(PolcompareError, match="is a folder, not a dates file"):
        read_dates(tmp_path)
    with pytest.raises(PolcompareError, match="the file is empty"):
        read_dates("/dev/null")  # exists, not a regular file: read, not called missing


def test_a_dates_file_saved_by_excel_is_read_or_refused_in_one_line(tmp_path):
    """A German researcher's dates file from Excel: semicolons, a byte-order mark, Windows
    line ends, and the date cells as Excel shows them (30.10.2019, whatever was typed). It
    was refused for want of a 'date' column ("has file;date"); a file in Windows-1252 (an
    umlaut in a file name) stopped the run with an internal UnicodeDecodeError."""
    want = {"a.en.txt": "2019-10-30", "b.de.txt": "2021-01-08"}
    for sep, dates in ((";", ("30.10.2019", "8.1.2021")), ("\t", ("2019-10-30", "2021-01-08"))):
        path = tmp_path / "dates.csv"
        rows = [f"file{sep}date", *(f"{n}{sep}{d}" for n, d in zip(want, dates, strict=True))]
        path.write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8"))
        assert read_dates(path) == want
    year_first = tmp_path / "year-first.csv"  # the year first: only month, day can follow
    year_first.write_text("file,date\na.en.txt,2012/11/19\n", "utf-8")
    assert read_dates(year_first) == {"a.en.txt": "2012-11-19"}
    ambiguous = tmp_path / "slash.csv"
    ambiguous.write_text("file;date\na.en.txt;03/04/2024\n", "utf-8")  # 3 April or 4 March
    with pytest.raises(PolcompareError, match="row 2: '03/04/2024' is not a date"):
        read_dates(ambiguous)
    ansi = tmp_path / "ansi.csv"
    ansi.write_bytes("file;date\nausw\u00e4rtiges.de.txt;2020-01-28\n".encode("cp1252"))
    with pytest.raises(PolcompareError, match="row 2: not UTF-8 text") as caught:
        read_dates(ansi)
    assert "\n" not in str(caught.value)


def test_mixed_languages_say_so_and_scale_per_language():
    paths = [*FILES[:2], ROOT / "seeds" / "eu-apmbc-position-2024.lv.txt"]
    s2 = series(paths, dates={"eu-apmbc-position-2024.lv.txt": "2024-05-27"}, method="tfidf")
    assert s2.languages == ("en", "lv")
    assert s2.positions.empty and not s2.models
    assert any("mixes languages (en 2, lv 1)" in n for n in s2.notes)
    cross = s2.flows[s2.flows["step"] == 2]
    paired = cross[cross["status"].isin(["kept", "changed"])]
    assert (paired["basis"] == "facts+stance (languages differ)").all()


def test_cli_series_writes_tables_and_report(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("POLCOMPARE_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "out"
    html = tmp_path / "r.html"
    assert main(["series", str(DATA), "-o", str(out), "--report", str(html)]) == 0
    printed = capsys.readouterr().out
    assert "2023-11-24" in printed and "kept" in printed
    for name in ("documents", "flows", "flow_counts", "themes", "intensity", "positions"):
        assert (out / f"{name}.csv").is_file()
    assert len(pd.read_csv(out / "documents.csv")) == 4
    assert (out / "documents.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # for Excel
    assert 'id="series"' in html.read_text("utf-8")


def test_cli_series_bad_input_one_line(tmp_path, capsys):
    assert main(["series", str(FILES[0])]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("polcompare: error: series: needs two dated")
    undated = tmp_path / "u.en.txt"
    undated.write_text("1. The Council condemns the attack.\n", "utf-8")
    assert main(["series", str(FILES[0]), str(undated), "--method", "tfidf"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "u.en.txt: has no date" in err[0] and "--dates" in err[0]


def test_top_level_names():
    assert polcompare.series is series
    assert "series" in polcompare.__all__ and "Series" in polcompare.__all__


@pytest.mark.browser
def test_report_series_section_draws_in_chromium(s, browser, tmp_path):
    """Every chart of the section draws, offline, without console errors, within 800 px."""
    path = tmp_path / "series.html"
    polcompare.report(list(s.docs), path, series=s)
    page = browser.new_page(viewport={"width": 800, "height": 900})
    errors, outside = [], []

    def guard(route):
        if route.request.url.startswith(("file:", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(path.as_uri(), wait_until="load")
        names = ["flows", "oap", "policy", "stance", "intensity", "positions"]
        for name in names:
            page.wait_for_selector(f"#chart-series_{name} .main-svg", timeout=30_000)
        bars = page.locator("#chart-series_flows .bars .point").count()
        page.click("details.series-flows summary")
        width = page.evaluate("document.documentElement.scrollWidth")
        links = page.locator("table.flows a[href^='#item-']").count()
    finally:
        page.close()
    assert bars >= 3 * 3  # three steps, at least three statuses drawn each
    assert width <= 800
    assert links > 0
    assert not errors and not outside


def test_dates_file_without_its_columns_names_them_plainly(tmp_path):
    bad = tmp_path / "dates.csv"
    bad.write_text("path,when\nx.txt,2020-01-01\n", "utf-8")
    with pytest.raises(PolcompareError) as err:
        read_dates(bad)
    message = str(err.value)
    # 'path' is accepted too, and the columns are named as the sheet names them,
    # not as a Python list
    assert "'file', 'path' or 'doc_id'" in message
    assert "has path, when" in message and "[" not in message
    bad.write_text("", "utf-8")
    with pytest.raises(PolcompareError, match="dates.csv: the file is empty"):
        read_dates(bad)


def test_documents_sharing_a_date_are_noted():
    # The position paper in lv and da (both dated 2024-05-27 by their text) made a
    # "step" lv -> da of 48 kept and 6 changed items, as if time had passed.
    lv = ROOT / "seeds" / "eu-apmbc-position-2024.lv.txt"
    da = ROOT / "seeds" / "eu-apmbc-position-2024.da.txt"
    s2 = series([FILES[0], lv, da], method="tfidf")
    shared = [n for n in s2.notes if "share the date 2024-05-27" in n]
    assert len(shared) == 1
    assert "eu-apmbc-position-2024.lv" in shared[0] and "language versions" in shared[0]
    s3 = series(FILES[:3], method="tfidf")
    assert not any("share the date" in n for n in s3.notes)


def test_a_chart_with_nothing_to_draw_says_why(tmp_path):
    # Statements with no Oslo theme and no stance: the report and a notebook drew blank axes
    # from January 2000 to 2001 with 0-400% shares, saying nothing.
    a, b = tmp_path / "a.en.txt", tmp_path / "b.en.txt"
    a.write_text("1. The meeting of the Permanent Council took place in Vienna.\n", "utf-8")
    b.write_text("1. The meeting of the Permanent Council took place in Helsinki.\n", "utf-8")
    dates = {"a.en.txt": "2024-01-01", "b.en.txt": "2024-06-01"}
    docs = [polcompare.read(p, lang="en") for p in (a, b)]
    s2 = series(docs, dates=dates, method="tfidf")
    figs = series_figures(s2)
    for name, text in [
        ("series_oap", "No item of the 2 documents carries any Oslo Action Plan theme."),
        ("series_stance", "No item of the 2 documents carries any stance."),
        ("series_intensity", "No stance matched in the 2 documents."),
    ]:
        fig = figs[name]
        assert not fig.data and fig.layout.meta["empty"] == text
        assert [x.text for x in fig.layout.annotations] == [text]
        assert fig.layout.xaxis.visible is False
    drawn = series_figures(series(FILES[:2]))  # charts with something to draw are unchanged
    assert drawn["series_stance"].data and drawn["series_intensity"].data
    assert "empty" not in (drawn["series_stance"].layout.meta or {})


def test_a_series_no_dictionary_reads_says_so_not_that_it_carries_nothing():
    # Two Swedish statements: every theme's share was 0.0 and the charts would read "no item
    # carries any Oslo Action Plan theme", though no dictionary has Swedish: none was read.
    files = [
        # Finnish now: Swedish is read since the dictionaries have sv
        ROOT / "eval/parse/holdout12" / "eu-cfsp-joint-action-2003-496-eusr-south-caucasus.fi.txt",
        ROOT / "eval/parse/holdout12" / "eu-cfsp-joint-action-2007-113-eusr-central-asia.fi.txt",
    ]
    dates = {f.name: d for f, d in zip(files, ("2016-10-17", "2017-07-17"), strict=True)}
    s2 = series(files, dates=dates, method="tfidf")
    assert set(s2.themes["total_items"]) == {0} and s2.themes["share"].isna().all()
    figs = series_figures(s2)
    assert figs["series_oap"].layout.meta["empty"] == (
        "The 2 documents were not read with the Oslo Action Plan themes: the dictionary has "
        "no patterns in fi."
    )


def test_lines_name_themes_and_stances_by_their_labels(s):
    """A theme's line is named as the taxonomy names it, not by its ID."""
    from polcompare.render.series import intensity_lines, theme_lines
    from polcompare.themes import theme_label

    oap = {t.name for t in theme_lines(s.themes, "oap").data}
    assert theme_label("survey_clearance", "oap") in oap and "survey_clearance" not in oap
    stances = {t.name for t in theme_lines(s.themes, "stance").data}
    assert stances and not any("_" in name for name in stances)
    intensity = {t.name for t in intensity_lines(s.intensity).data}
    assert intensity and not any("_" in name for name in intensity)
    mine = theme_lines(s.themes, "oap", labels={"survey_clearance": "Clearance"})
    assert "Clearance" in {t.name for t in mine.data}


def test_lines_lying_on_one_another_stay_visible(s):
    """Three Oslo themes have the same share in every statement of the sample series: drawn
    alike, one line hid the other two, which only the legend named. Each line now has its
    own dash and marker, and is thinner than the lines drawn before it."""
    from polcompare.render.series import intensity_lines, theme_lines

    oap = s.themes[s.themes["taxonomy"] == "oap"]
    shares = oap.pivot_table(index="theme", columns="date", values="share")
    same = shares[shares.max(axis=1) > 0].duplicated(keep=False)
    assert {"risk_education", "universalization", "victim_assistance"} <= set(same[same].index)
    for fig in (theme_lines(s.themes, "oap"), intensity_lines(s.intensity)):
        styles = [(t.line.dash, t.marker.symbol) for t in fig.data]
        assert len(styles) > 1 and len(set(styles)) == len(styles), styles
        widths = [t.line.width for t in fig.data]
        assert widths == sorted(widths, reverse=True) and widths[0] > widths[-1], widths


def test_time_axes_tick_each_documents_own_date(s):
    """A point's tick is its document's date, not the next year's 1 January.

    plotly's own ticks over a few years are years: a statement of 20-24 November 2023 sat
    beside "2024", and a reader took it for a 2024 text.
    """
    from polcompare.render.series import intensity_lines, position_chart, theme_lines

    dates = sorted(str(d) for d in s.documents["date"])
    figs = [theme_lines(s.themes, "oap"), intensity_lines(s.intensity), position_chart(s.positions)]
    for fig in figs:
        axis = fig.layout.xaxis
        assert list(axis.tickvals) == dates
        assert list(axis.ticktext) == dates
        assert axis.title.text == "date of the document"


def test_time_axes_of_many_dates_tick_some_documents_own_dates():
    # Month ticks ("Jan 2020") sat beside a statement of 19 August 2020 (a new user's 14
    # dates): beyond 12 dates, 12 of the documents' own dates are ticked, first and last too.
    from polcompare.render.series import _date_axis

    dates = [f"20{y:02d}-08-1{y % 10}" for y in range(10, 30)]
    axis = _date_axis(dates)
    assert len(axis["tickvals"]) == 12 and set(axis["tickvals"]) <= set(dates)
    assert axis["tickvals"][0] == dates[0] and axis["tickvals"][-1] == dates[-1]
    assert "tickformat" not in axis


def test_dates_naming_no_document_are_said(tmp_path):
    """A date given under a name that is none of the documents is not silently dropped.

    A typo (``x.txt`` for ``x.en.txt``) left the text's own date in place, or ended in
    "none was given" though one was.
    """
    text = "1. The Council condemns the attack.\n2. It calls for calm.\n"
    (tmp_path / "x.en.txt").write_text(text, "utf-8")
    (tmp_path / "y.en.txt").write_text(text.replace("calm", "restraint"), "utf-8")
    paths = [tmp_path / "x.en.txt", tmp_path / "y.en.txt"]
    dates = {"x.en": "2020-01-01", "y.txt": "2021-01-01"}
    with pytest.raises(PolcompareError, match=r"y\.en\.txt: has no date") as caught:
        series(paths, dates=dates, method="tfidf")
    assert "the dates given name y.txt, which is none of the documents read" in str(caught.value)
    dates |= {"y.en.txt": "2021-01-01"}
    with pytest.warns(PolcompareWarning, match=r"the dates given name y\.txt.*: not used"):
        s2 = series(paths, dates=dates, method="tfidf")
    assert list(s2.documents["date"]) == ["2020-01-01", "2021-01-01"]


def test_cli_series_report_shows_the_documents_in_date_order(tmp_path, monkeypatch):
    """The report of ``series --report`` lists documents, columns and texts by date.

    Given in file-name order (``18msp-2020`` before ``4rc-2019``), the report's table of
    documents, its per-document charts and "The texts" ran 2020, 2022, 2019: a 2019 column
    in the middle of a time series.
    """
    monkeypatch.setenv("POLCOMPARE_CACHE", str(tmp_path / "cache"))
    seen = {}

    def fake_report(docs, target, series=None, dictionaries=None, fallback_lang=None):
        seen["docs"] = [d.doc_id for d in docs]

    monkeypatch.setattr("polcompare.render.report.report", fake_report)
    later_first = [FILES[2], FILES[0], FILES[1]]  # 2025, 2023, 2024
    assert main(["series", *map(str, later_first), "--report", str(tmp_path / "r.html")]) == 0
    assert seen["docs"] == [D23, D24, D25]


def test_time_axis_labels_of_close_dates_do_not_overlap():
    """Twelve EU statements of 2009-2023: "2011-10-04" was printed over "2011-10-14" and
    2019-04-29, 2019-11-05, 2019-11-26 ran into one smudge. A date close to the first of
    its group is written into that label; every date keeps its tick and is named once."""
    from datetime import date

    from polcompare.render.series import _MIN_LABEL_GAP, _date_axis

    dates = ["2009-05-05", "2009-10-06", "2011-10-04", "2011-10-14", "2016-10-18"]
    dates += ["2017-05-02", "2019-04-29", "2019-11-05", "2019-11-26", "2020-11-17"]
    dates += ["2022-08-26", "2023-07-31"]
    axis = _date_axis(dates)
    assert axis["tickvals"] == dates
    labels = axis["ticktext"]
    assert labels[2] == "2011-10-04 / 10-14" and labels[3] == ""
    assert labels[6] == "2019-04-29 / 11-05 / 11-26" and labels[7] == labels[8] == ""
    assert labels[4] == "2016-10-18 / 2017-05-02"
    days = [
        date.fromisoformat(d).toordinal() for d, label in zip(dates, labels, strict=True) if label
    ]
    span = date.fromisoformat(dates[-1]).toordinal() - date.fromisoformat(dates[0]).toordinal()
    assert min(b - a for a, b in zip(days[:-1], days[1:], strict=True)) >= _MIN_LABEL_GAP * span
    named = " / ".join(labels)
    assert all(d in named or d[5:] in named for d in dates)
    assert _date_axis(dates[-3:])["ticktext"] == dates[-3:]  # far apart: one label each


def test_notebook_05_states_the_figures_its_table_computes():
    # Its closing words said "27 of the 30 rows exactly (precision 0.931, recall 0.900; kept
    # 5 of 5)" under a table computing 23 of 24, 0.958 and 0.958, kept 3 of 3
    import json

    nb = json.loads((ROOT / "notebooks" / "05_positions_over_time.ipynb").read_text("utf-8"))
    prose = " ".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    results = (ROOT / "eval" / "series" / "results.md").read_text("utf-8")
    row = next(line for line in results.splitlines() if line.startswith("| all rows |"))
    _, _, precision, recall, right, _, gold, _ = (cell.strip() for cell in row.split("|"))
    assert f"{right} of the {gold} rows exactly (precision {precision}, recall {recall}" in prose
