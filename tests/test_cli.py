import io
import json
import os
import re
import shutil
import subprocess
import sys

import pandas as pd
import pytest

import polcompare
from polcompare import errors
from polcompare.cli import main
from polcompare.io import files_below

from .conftest import ROOT, SEED_FILES, SEEDS


def test_items_csv_for_a_folder(capsys):
    assert main(["items", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    from io import StringIO

    table = pd.read_csv(StringIO(out), dtype=str, keep_default_na=False)
    assert len(table) == 17 + 54 + 54 + 54 + 8
    assert {"doc_id", "section", "number", "letter", "text", "start_line"} <= set(table)


def test_items_json_and_table(capsys):
    assert main(["items", str(SEED_FILES["belarus"]), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["number"] for r in rows] == [str(n) for n in range(1, 18)]
    assert rows[2]["text"].startswith("Padome joprojām ir dziļi nobažījusies")
    assert main(["items", str(SEED_FILES["belarus"]), "--format", "table"]) == 0
    assert "belarus-conclusions.lv" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "no such file"),
        (b"", "the file is empty"),
        (b"\x00\x01\x02binary", "binary"),
    ],
)
def test_errors_are_one_line_without_traceback(tmp_path, capsys, content, words):
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["items", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and str(path) in err
    assert "Traceback" not in err


def test_module_entry_point_and_exit_status(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "polcompare", "items", str(tmp_path / "none.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("polcompare: error:") and "Traceback" not in result.stderr


def test_items_with_taxonomy_adds_themes(capsys):
    assert main(["items", str(SEED_FILES["belarus"]), "--taxonomy", "policy"]) == 0
    from io import StringIO

    table = pd.read_csv(StringIO(capsys.readouterr().out), dtype=str, keep_default_na=False)
    themes = dict(zip(table["number"], table["themes"], strict=True))
    assert "sanctions" in themes["12"].split(";")
    assert set(table["dictionary"]) == {"policy"}


def test_evidence_lists_matches(capsys):
    assert main(["evidence", str(SEED_FILES["position_da"]), "--taxonomy", "stance"]) == 0
    from io import StringIO

    ev = pd.read_csv(StringIO(capsys.readouterr().out), dtype=str, keep_default_na=False)
    row = ev[(ev["item_id"].str.endswith(":intro:3")) & (ev["theme"] == "condemn")].iloc[0]
    assert row["match"] == "fordømmer på det kraftigste"  # the longest match at that place
    assert {"pattern", "start", "end", "dictionary_sha256"} <= set(ev)


def test_user_dictionary_and_malformed_one(tmp_path, capsys):
    good = tmp_path / "mine.yml"
    good.write_text("lv:\n  sanctions: [sankcij*]\n", encoding="utf-8")
    assert main(["items", str(SEED_FILES["belarus"]), "--dictionary", str(good)]) == 0
    assert "sanctions" in capsys.readouterr().out
    bad = tmp_path / "bad.yml"
    bad.write_text("lv:\n  sanctions: []\n", encoding="utf-8")
    assert main(["evidence", str(SEED_FILES["belarus"]), "--dictionary", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bad) in err and "has no pattern in any theme" in err


def test_items_take_the_taxonomy_equals_file_form_of_compare(tmp_path, capsys):
    # compare and report take --dictionary stance=FILE; a new user wrote it so for items
    # too and was told "stance=...: cannot read dictionary (No such file or directory)"
    mine = tmp_path / "stance-sv.yml"
    mine.write_text("extends: stance\n", encoding="utf-8")
    seed = str(SEED_FILES["belarus"])
    assert main(["items", seed, "--dictionary", f"stance={mine}", "--format", "csv"]) == 0
    out = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert set(out["taxonomy"]) == {"stance"} and set(out["dictionary"]) == {"stance-sv"}
    with pytest.raises(SystemExit) as info:
        main(["items", seed, "--taxonomy", "oap", "--dictionary", f"stance={mine}"])
    assert info.value.code == 2
    assert "replaces stance, but --taxonomy is oap" in capsys.readouterr().err


def test_evidence_needs_a_taxonomy(capsys):
    with pytest.raises(SystemExit) as info:
        main(["evidence", str(SEED_FILES["belarus"])])
    assert info.value.code == 2


def test_compare_writes_tables(tmp_path, capsys):
    assert main(["compare", str(SEEDS), "-o", str(tmp_path / "out")]) == 0
    written = {p.stem for p in (tmp_path / "out").glob("*.csv")}
    assert {"gaps", "section_flow", "similar_pairs", "keyness", "alignment"} <= written
    gaps = pd.read_csv(tmp_path / "out" / "gaps.csv", dtype=str, keep_default_na=False)
    assert set(gaps["section"]) == {"review", "declaration", "action_plan"}
    # Excel opens them as UTF-8 in any locale (a byte-order mark), as the coding sheets
    for path in (tmp_path / "out").glob("*.csv"):
        assert path.read_bytes().startswith(b"\xef\xbb\xbf"), path.name
    raw = (tmp_path / "out" / "alignment.csv").read_bytes()
    assert raw.decode("utf-8").startswith("\ufeffsection,number,letter,")
    assert gaps.columns[0] == "doc_id"  # pandas reads past the mark


def test_compare_says_theme_agreement_per_taxonomy_and_why_one_has_none(tmp_path, capsys):
    # A CFSP decision on small arms in German and French: not about mines, so the Oslo
    # context rule holds every item back; "theme_agreement.csv: 0 rows" said no more,
    # and policy topics and stances were never compared (a new user's versions).
    de, fr = (
        SEEDS.parent / "eval" / "align" / f"eu-cfsp-decision-2010-576.{x}.txt"
        for x in "de fr".split()
    )
    args = ["compare", str(de), str(fr), "--paper", de.stem, "--versions", fr.stem]
    assert main([*args, "-o", str(tmp_path / "out")]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "theme_agreement" in x)
    table = pd.read_csv(tmp_path / "out" / "theme_agreement.csv", keep_default_na=False)
    counts = table["taxonomy"].value_counts().to_dict()
    assert counts == {"policy": 9, "stance": 9}
    assert line.endswith(
        "18 rows (policy 9; stance 9; none for oap: no aligned item was read by its "
        "dictionary in both versions (a language it lacks, or its context rule held the "
        "item back))"
    )


def test_folder_entries_are_never_skipped_silently(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.txt").write_text("1. Pirmais punkts par mīnām.\n", encoding="utf-8")
    (tmp_path / "notes.txt").mkdir()  # a folder named like a document
    assert main(["items", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert str(tmp_path / "notes.txt") in err and "Traceback" not in err

    real_scandir = os.scandir

    def scandir(path="."):  # root reads any folder, so refuse this one by hand
        if str(path) == str(tmp_path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert main(["items", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path}: folder cannot be listed (Permission denied)" in err


def test_untagged_language_hint_names_the_command_line_option(tmp_path, capsys):
    """On the command line the hint is an option, not Python's fallback_lang= (which
    compare and report do not even take)."""
    note = tmp_path / "note.txt"
    note.write_text("1234 5678\n", encoding="utf-8")  # no words: language undetermined
    belarus = str(SEED_FILES["belarus"])
    assert main(["items", str(note), "--taxonomy", "oap"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "'und'" in err[0], err
    assert "--fallback-lang CODE" in err[0] and "fallback_lang=" not in err[0]
    assert main(["compare", str(note), belarus, "-o", str(tmp_path / "out")]) == 0
    err = [ln for ln in capsys.readouterr().err.splitlines() if "warning" in ln]
    assert err == [
        "polcompare: warning: 1 item gets no themes in an undetermined language (the "
        "dictionaries have lv, da, nb, sv, en, de, fr): note; misread? give the language with "
        "--lang CODE"
    ]


def test_a_nynorsk_text_is_pointed_to_bokmal(tmp_path, capsys):
    """New user 34: a Nynorsk page got no themes and the hint named no language; the
    language file's ``nearest`` (nn: nb) is named, and taking it tags the page."""
    page = tmp_path / "minerydding.nn.txt"
    page.write_text(
        "Regjeringa vil styrkje arbeidet med minerydding.\n\n"
        "1. Noreg har gitt meir enn 100 millionar kroner til humanitær minerydding i Ukraina.\n",
        encoding="utf-8",
    )
    assert main(["evidence", str(page), "--taxonomy", "oap", "--lang", "nn"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "the oap dictionary has no 'nn' section" in err[0], err
    assert "pass --fallback-lang nb to match them" in err[0]
    args = ["evidence", str(page), "--taxonomy", "oap", "--lang", "nn", "--fallback-lang", "nb"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "survey_clearance" in set(pd.read_csv(io.StringIO(out))["theme"])


def test_compare_report_and_series_read_nynorsk_with_bokmal_when_asked(tmp_path, capsys):
    """New user 63: only items, evidence, codesheet and agreement took --fallback-lang; a
    corpus with Nynorsk pages could not be compared or reported with Bokmål's patterns."""
    page = tmp_path / "minerydding.nn.txt"
    page.write_text(
        "Regjeringa vil styrkje arbeidet med minerydding.\n\n"
        "1. Noreg har gitt meir enn 100 millionar kroner til humanitær minerydding i Ukraina.\n\n"
        "2. Noreg fordømmer på det sterkaste Russlands angrep på Ukraina.\n",
        encoding="utf-8",
    )
    belarus = str(SEED_FILES["belarus"])
    out = tmp_path / "out"
    assert main(["compare", str(page), belarus, "-o", str(out)]) == 0
    assert "3 items get no themes in nn" in capsys.readouterr().err
    profile = pd.read_csv(out / "profile_stance.csv")
    assert profile.loc[profile["doc_id"] == "minerydding.nn", "items_with_theme"].sum() == 0
    assert main(["compare", str(page), "-o", str(out), "--fallback-lang", "nb"]) == 0
    assert "warning" not in capsys.readouterr().err
    profile = pd.read_csv(out / "profile_stance.csv").set_index("theme")
    assert profile.at["condemn", "items_with_theme"] == 1
    report = tmp_path / "r.html"
    argv = ["report", str(page), belarus, "-o", str(report), "--fallback-lang", "nb"]
    assert main(argv) == 0
    html = report.read_text(encoding="utf-8")
    assert (
        "<strong>Read with another language's patterns:</strong> 3 items in nn (1 document)"
        in re.sub(r"\s+", " ", html)
    )
    later = tmp_path / "later" / "minerydding-2.nn.txt"
    later.parent.mkdir()
    later.write_text(page.read_text(encoding="utf-8").replace("100", "200"), encoding="utf-8")
    dates = tmp_path / "dates.csv"
    dates.write_text("file,date\nminerydding.nn.txt,2023-01-01\nminerydding-2.nn.txt,2024-01-01\n")
    argv = ["series", str(page), str(later), "--dates", str(dates), "-o", str(tmp_path / "s")]
    assert main([*argv, "--no-cache", "--fallback-lang", "nb"]) == 0
    themes = pd.read_csv(tmp_path / "s" / "themes.csv")
    assert {"condemn", "survey_clearance"} <= set(themes.loc[themes["items"] > 0, "theme"])
    capsys.readouterr()
    # a fallback the dictionaries lack: a clear error
    assert main(["compare", str(page), "-o", str(out), "--fallback-lang", "xx"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "polcompare: error: polcompare:oap.yml: fallback_lang 'xx': the dictionary has no such "
        "section (it has lv, da, nb, sv, en, de, fr)"
    ]


#: Official texts in languages no dictionary has (Dutch, Greek), beside the seeds.
UNTAGGED_TEXTS = [
    ROOT / "eval/parse/holdout16" / f"{name}.txt"
    for name in (
        "be-news-belgium-2003-06-27-ministerraad-conclusies-thessaloniki.nl",
        "eu-euco-2011-12-09-conclusions-rapid-doc-11-8.el",
    )
]


@pytest.mark.parametrize("command", ["compare", "report", "corpus"])
def test_documents_no_dictionary_can_tag_are_said_once_in_one_short_line(tmp_path, capsys, command):
    """compare and report said it three times (once per taxonomy), 300 characters each."""
    for path in [*UNTAGGED_TEXTS, SEED_FILES["belarus"], SEED_FILES["position_lv"]]:
        shutil.copy(path, tmp_path / path.name)
    out = tmp_path / "out" / ("c.parquet" if command == "corpus" else "r.html")
    argv = [command, str(tmp_path), "-o", str(out if command != "compare" else out.parent)]
    assert main([*argv, "--no-progress"] if command == "corpus" else argv) == 0
    err = [ln for ln in capsys.readouterr().err.splitlines() if "warning" in ln]
    # 3 Dutch items (its dateline "27 jun 2003 17:00" is a heading) and 3 Greek ones
    assert err == [
        "polcompare: warning: 6 items get no themes in el, nl (the dictionaries have lv, da, "
        "nb, sv, en, de, fr): 2 documents; a dictionary can add it (extends:)"
    ]


def test_compare_warns_once_about_documents_no_dictionary_can_tag(recwarn):
    docs = [polcompare.read(p) for p in [UNTAGGED_TEXTS[1], SEED_FILES["belarus"]]]
    polcompare.compare(docs)
    [warning] = [w for w in recwarn if w.category is errors.UntaggedLanguageWarning]
    assert str(warning.message) == (
        "3 items get no themes in el (the dictionaries have lv, da, nb, sv, en, de, fr): "
        "eu-euco-2011-12-09-conclusions-rapid-doc-11-8.el; a dictionary can add it (extends:)"
    )


def test_a_file_named_twice_is_read_once(tmp_path, capsys):
    from io import StringIO

    # `polcompare report seeds/belarus.txt seeds/` read the conclusions twice, as
    # belarus-conclusions.lv and belarus-conclusions.lv~2: the document was compared with
    # itself (similarity 1.00) and its themes counted twice. A link to it is the same file.
    belarus = SEED_FILES["belarus"]
    link = tmp_path / "link.lv.txt"
    link.symlink_to(belarus)
    args = [str(belarus), str(belarus.parent), str(link)]
    assert main(["items", *args]) == 0
    out, err = capsys.readouterr()
    items = pd.read_csv(StringIO(out), dtype=str, keep_default_na=False)
    assert items.groupby("doc_id").size().to_dict() == {
        "belarus-conclusions.lv": 17,
        "eu-apmbc-position-2024.da": 54,
        "eu-apmbc-position-2024.lv": 54,
        "eu-un-icsant-annex.lv": 54,
        "norway-mbc-presidency.nb": 8,
    }
    assert err.splitlines() == [
        f"polcompare: warning: {belarus} is given twice; read once",
        f"polcompare: warning: {link} is the file {belarus} given again; read once",
    ]
    assert main(["compare", str(belarus), str(belarus), "-o", str(tmp_path / "out")]) == 0
    profile = pd.read_csv(tmp_path / "out" / "profile_oap.csv")
    assert set(profile["doc_id"]) == {"belarus-conclusions.lv"}


TOPICS = """\
lv:
  belarus_repression:
    - represij*
    - politieslodzīt*
  elections:
    - vēlēšan*
da:
  belarus_repression:
    - undertrykkelse*
  elections:
    - valg*
"""


def test_compare_and_report_take_a_dictionary_of_your_own(tmp_path, capsys):
    # A new user's own codebook could tag items and evidence, not compare or the report.
    topics = tmp_path / "topics.yml"
    topics.write_text(TOPICS, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["compare", str(SEEDS), "-o", str(out), "--dictionary", f"policy={topics}"]) == 0
    profile = pd.read_csv(out / "profile_policy.csv")
    belarus = profile[profile["doc_id"] == "belarus-conclusions.lv"]
    assert set(belarus["theme"]) == {"belarus_repression", "elections"}
    assert belarus.set_index("theme").loc["belarus_repression", "n_items"] > 0
    # the shipped taxonomies are still there beside it
    assert "survey_clearance" in set(pd.read_csv(out / "profile_oap.csv")["theme"])
    assert "condemn" in set(pd.read_csv(out / "profile_stance.csv")["theme"])
    report = tmp_path / "r.html"
    capsys.readouterr()
    belarus = str(SEED_FILES["belarus"])
    code = main(["report", belarus, "-o", str(report), "--dictionary", f"policy={topics}"])
    assert code == 0
    assert "policy (topics)" in capsys.readouterr().err
    page = report.read_text("utf-8")
    assert "belarus_repression" in page and "topics.yml" in page


@pytest.mark.parametrize(
    ("option", "words"),
    [
        ("topics.yml", "give it as TAXONOMY=FILE"),
        ("topic=topics.yml", "give it as TAXONOMY=FILE"),
        ("policy=missing.yml", "missing.yml"),
    ],
)
def test_a_wrong_dictionary_option_is_one_line_before_any_reading(
    tmp_path, capsys, monkeypatch, option, words
):
    (tmp_path / "topics.yml").write_text(TOPICS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["compare", str(SEEDS), "-o", str(tmp_path / "o"), "--dictionary", option]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and "Traceback" not in err
    assert not (tmp_path / "o").exists()


def test_documents_saved_as_word_or_pdf_in_a_folder_are_named_not_read(tmp_path, capsys):
    # A new user's folder held notes.docx beside her .txt texts: it was skipped without a word.
    shutil.copy(SEED_FILES["belarus"], tmp_path / "belarus.lv.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "a.PDF").write_bytes(b"%PDF-1.4")
    (tmp_path / "sources.csv").write_text("file,url\n", encoding="utf-8")
    assert main(["corpus", str(tmp_path), "-o", str(tmp_path / "c.parquet")]) == 0
    err = capsys.readouterr().err
    assert (
        f"polcompare: warning: {tmp_path}: 2 document files not read (a.PDF, sub/notes.docx): "
        "only *.txt files are; save a document as plain text (UTF-8) to read it"
    ) in err
    assert "sources.csv" not in err
    (tmp_path / "sub" / "notes.txt").write_text("Notes.\n", encoding="utf-8")
    with pytest.warns(errors.PolcompareWarning, match=r"1 document file not read \(notes.docx\)"):
        assert files_below(tmp_path / "sub") == [tmp_path / "sub" / "notes.txt"]


def test_compare_writes_the_documents_tables_and_says_what_it_left_out(tmp_path, capsys):
    # A new user's 38 texts on Belarus: `compare -o` wrote four CSV files, though the report
    # of the same folder showed the similarity and keyness of the documents, and nothing said
    # why the other tables were missing.
    out = tmp_path / "out"
    folder = ROOT / "eval/parse/holdout41"
    args = ["compare", *(str(p) for p in sorted(folder.glob("*.en.txt"))[:4]), "-o", str(out)]
    assert main(args) == 0
    printed = capsys.readouterr().out.splitlines()
    written = {p.stem for p in out.glob("*.csv")}
    assert {"document_similarity", "document_keyness", "profile_policy"} <= written
    assert "gaps" not in written and "alignment" not in written
    sim = pd.read_csv(out / "document_similarity.csv")
    assert len(sim) == 6 and set(sim["lang"]) == {"en"}  # 4 documents: each pair once
    assert not (sim["doc_a"] == sim["doc_b"]).any()
    assert list(sim["cosine"]) == sorted(sim["cosine"], reverse=True)
    assert (
        "not written: gaps, section_flow: they need a position paper (--paper ID), none found"
        in printed
    )
    assert any(line.startswith("not written: shared_policy, shared_stance") for line in printed)
    # the seeds have every role: nothing left out
    assert main(["compare", str(SEEDS), "-o", str(tmp_path / "seeds")]) == 0
    assert "not written" not in capsys.readouterr().out
