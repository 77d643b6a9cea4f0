"""Corpora in parallel: the seeds copied 20 times plus bad files, on both engines."""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

import polcompare
from polcompare.cli import cmd_corpus, expand_paths, main
from polcompare.errors import MissingFileError, PolcompareError, PolcompareWarning
from polcompare.parallel import (
    DOCUMENT_COLUMNS,
    FAILURE_COLUMNS,
    build_corpus,
    corpus_paths,
    documents_path,
    failures_path,
    write_corpus,
    write_corpus_stream,
)
from polcompare.themes import tag
from polcompare.themes.tag import themes_column

from .conftest import SEED_FILES

COPIES = 20
SEED_ITEMS = 17 + 54 + 54 + 54 + 8  # belarus, position lv and da, icsant, norway
BAD = {"binary.txt": "BinaryFileError", "empty.txt": "EmptyDocumentError", "x.txt": "NotAFileError"}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    for k in range(COPIES):
        copy = root / f"copy{k:02d}"
        copy.mkdir()
        for path in SEED_FILES.values():
            shutil.copy(path, copy / path.name)
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "empty.txt").write_bytes(b"")
    (root / "x.txt").mkdir()  # a folder named like a document
    (root / "notes.md").write_text("not a .txt file: not part of the corpus\n")
    return root


@pytest.fixture(scope="module")
def by_processes(folder):
    return build_corpus([folder], engine="processes", workers=2, progress=False)


@pytest.fixture(scope="module")
def by_dask(folder):  # slow: starts a local Dask cluster
    return build_corpus([folder], engine="dask", workers=2, progress=False)


def test_items_and_failures(by_processes, folder):
    result = by_processes
    assert len(result.items) == COPIES * SEED_ITEMS
    assert len(result.documents) == COPIES * len(SEED_FILES)
    assert result.items["doc_id"].nunique() == COPIES * len(SEED_FILES)
    assert result.items["item_id"].is_unique
    assert {"themes_oap", "themes_policy", "themes_stance", "path"} <= set(result.items)
    failures = result.failures
    assert list(failures.columns) == FAILURE_COLUMNS
    names = failures["path"].map(lambda p: p.rsplit("/", 1)[-1])
    assert dict(zip(names, failures["error"], strict=True)) == BAD
    for row in failures.itertuples():
        assert row.message.startswith(row.path + ": ") and "\n" not in row.message
    assert "is a directory" in failures.set_index("error").loc["NotAFileError", "message"]


def test_same_rows_as_reading_one_document(by_processes):
    doc = polcompare.read(SEED_FILES["belarus"], doc_id="copy07/belarus-conclusions.lv")
    mine = by_processes.items[by_processes.items["doc_id"] == doc.doc_id].reset_index(drop=True)
    pd.testing.assert_frame_equal(mine[doc.items.columns.tolist()], doc.items)
    assert (
        mine["themes_policy"].tolist() == tag(doc.items, taxonomy="policy").items["themes"].tolist()
    )
    assert mine["path"].str.endswith("copy07/belarus-conclusions.lv.txt").all()


@pytest.mark.slow
def test_dask_gives_the_same_items(by_processes, by_dask):
    pd.testing.assert_frame_equal(by_dask.items, by_processes.items)
    pd.testing.assert_frame_equal(by_dask.failures, by_processes.failures)


@pytest.mark.slow
def test_dask_at_a_scheduler_address(tmp_path):
    from dask.distributed import LocalCluster

    for name in ("belarus", "norway"):
        shutil.copy(SEED_FILES[name], tmp_path / SEED_FILES[name].name)
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        result = build_corpus(
            [tmp_path], scheduler=cluster.scheduler_address, taxonomies=["oap"], progress=False
        )
    assert len(result.items) == 17 + 8 and result.failures.empty
    assert "themes_policy" not in result.items


def test_parquet_round_trip(by_processes, tmp_path):
    import pyarrow.parquet as pq

    target = write_corpus(by_processes, tmp_path / "out" / "corpus.parquet")
    back = pd.read_parquet(target)
    pd.testing.assert_frame_equal(back, by_processes.items, check_dtype=False)
    assert back["start_line"].dtype.kind == "i"
    failures = pd.read_csv(failures_path(target), dtype=str, keep_default_na=False)
    assert failures.to_dict("records") == by_processes.failures.to_dict("records")
    meta = json.loads(pq.read_schema(target).metadata[b"polcompare"])
    assert meta["items"] == COPIES * SEED_ITEMS and meta["failures"] == len(BAD)
    assert set(meta["dictionaries"]) == {"oap", "policy", "stance"}
    # the documents read, with what they state (a dated corpus is sorted by this file)
    documents = pd.read_csv(documents_path(target), dtype=str, keep_default_na=False)
    assert list(documents.columns) == DOCUMENT_COLUMNS
    assert len(documents) == len(by_processes.documents) == COPIES * 5
    position = documents[documents["doc_id"].str.endswith("eu-apmbc-position-2024.lv")]
    assert set(position["date"]) == {"2024-05-27"} and set(position["doc_type"]) == {
        "position_paper"
    }
    assert meta["documents_file"] == "corpus.parquet.documents.csv"
    names = {p.name for p in target.parent.iterdir()}
    assert names == {  # no temporary file left
        "corpus.parquet",
        "corpus.parquet.failures.csv",
        "corpus.parquet.documents.csv",
    }


def test_streamed_parquet_is_the_same_file(by_processes, folder, tmp_path):
    """Items written chunk by chunk (as they come from two workers) = the whole table written."""
    import pyarrow.parquet as pq

    whole = write_corpus(by_processes, tmp_path / "whole" / "corpus.parquet")
    result, streamed = write_corpus_stream(
        [folder],
        tmp_path / "streamed" / "corpus.parquet",
        engine="processes",
        workers=2,
        progress=False,
    )
    assert result.items.empty and result.n_items == COPIES * SEED_ITEMS
    assert result.summary().startswith(f"{COPIES * 5} documents, {COPIES * SEED_ITEMS} items, 3 ")
    assert pq.ParquetFile(streamed).metadata.num_row_groups > 1
    a, b = pq.read_table(whole), pq.read_table(streamed)
    assert a.schema.equals(b.schema, check_metadata=True)
    assert a.equals(b)
    pd.testing.assert_frame_equal(pd.read_parquet(streamed), pd.read_parquet(whole))
    assert failures_path(streamed).read_bytes() == failures_path(whole).read_bytes()
    streamed_docs = pd.read_csv(documents_path(streamed)).drop(columns="seconds")
    whole_docs = pd.read_csv(documents_path(whole)).drop(columns="seconds")
    pd.testing.assert_frame_equal(streamed_docs, whole_docs)
    names = {p.name for p in streamed.parent.iterdir()}
    assert names == {  # no scratch file left
        "corpus.parquet",
        "corpus.parquet.failures.csv",
        "corpus.parquet.documents.csv",
    }


def test_streamed_parquet_from_a_generator_of_paths(tmp_path):
    """Paths given once, as a generator: every document is still read."""
    result, written = write_corpus_stream(
        (path for path in SEED_FILES.values()),
        tmp_path / "corpus.parquet",
        engine="serial",
        progress=False,
    )
    assert written is not None
    assert result.n_items == SEED_ITEMS and len(result.documents) == len(SEED_FILES)


def test_too_large_files_are_reported_not_loaded(tmp_path):
    shutil.copy(SEED_FILES["norway"], tmp_path / "small.txt")
    shutil.copy(SEED_FILES["icsant"], tmp_path / "large.txt")
    result = build_corpus(
        [tmp_path], engine="serial", progress=False, max_bytes=10_000, taxonomies=["stance"]
    )
    assert result.documents["doc_id"].tolist() == ["small"]
    (failure,) = result.failures.itertuples()
    assert failure.error == "FileTooLargeError" and "above the corpus limit" in failure.message


def test_corpus_paths_and_bad_arguments(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "doc.txt").write_text("1. Teksts.\n")
    (tmp_path / "doc.txt").write_text("1. Teksts.\n")
    other = tmp_path.parent / f"{tmp_path.name}-other" / "doc.txt"  # another file, one name
    other.parent.mkdir()
    other.write_text("1. Cits teksts.\n")
    found = corpus_paths([tmp_path, other])
    assert [doc_id for _, doc_id in found] == ["a/doc", "doc", "doc~2"]
    # The same file named again (it is in the folder) is listed once, with a warning.
    with pytest.warns(PolcompareWarning, match="doc.txt is given twice; read once"):
        found = corpus_paths([tmp_path, tmp_path / "doc.txt"])
    assert [doc_id for _, doc_id in found] == ["a/doc", "doc"]
    # A file named as Windows tools name it is a text too, in the corpus and the commands.
    (tmp_path / "a" / "OLD.TXT").write_text("1. Vecs teksts.\n")
    found = corpus_paths([tmp_path / "a"])
    assert [doc_id for _, doc_id in found] == ["OLD", "doc"]
    assert [name for _, name in expand_paths([tmp_path / "a"])] == ["OLD.TXT", "doc.txt"]
    with pytest.raises(MissingFileError, match="no such file"):
        corpus_paths([tmp_path / "none"])
    with pytest.raises(MissingFileError, match="no \\*.txt file in this folder or below it"):
        corpus_paths([_empty(tmp_path)])
    with pytest.raises(PolcompareError, match="unknown engine"):
        build_corpus([tmp_path], engine="spark", progress=False)


def _empty(tmp_path):
    path = tmp_path / "empty-folder"
    path.mkdir()
    return path


def _args(paths, output, **kw):
    defaults = {"engine": "serial", "scheduler": None, "workers": None, "progress": False}
    return argparse.Namespace(paths=[str(p) for p in paths], output=str(output), **defaults | kw)


def test_every_command_reads_a_folder_tree_and_names_its_documents_as_corpus_does(tmp_path, capsys):
    # A new user's corpus kept by year: "report" said "no .txt file in this folder
    # (its subfolders are not read)", and a report of the files named them otherwise
    # than the corpus's Parquet file did.
    for year, seed in (("2023", "belarus"), ("2024", "norway")):
        (tmp_path / year).mkdir()
        shutil.copy(SEED_FILES[seed], tmp_path / year / "text.txt")
    assert main(["items", str(tmp_path), "--format", "csv"]) == 0
    items = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert list(dict.fromkeys(items["doc_id"])) == ["2023/text", "2024/text"]
    assert (items["doc_id"] == "2023/text").sum() == 17
    result = build_corpus([tmp_path], engine="serial", progress=False, taxonomies=["oap"])
    assert result.documents["doc_id"].tolist() == ["2023/text", "2024/text"]
    assert result.items["item_id"].tolist() == items["item_id"].tolist()
    # the Python series reads the tree the same way
    with pytest.raises(PolcompareError, match="2023/text.txt: has no date"):
        polcompare.series([tmp_path])
    with pytest.raises(PolcompareError, match="text.txt: a date is given under a name 2 doc"):
        polcompare.series([tmp_path], dates={"text.txt": "2024-06-01"})
    given = {"2024/text": "2024-06-01", "2023/text": "2023-02-20"}
    dated = polcompare.series([tmp_path], dates=given).documents
    assert dated["doc_id"].tolist() == ["2023/text", "2024/text"]
    # an empty tree is still one clear line
    (tmp_path / "empty" / "sub").mkdir(parents=True)
    assert main(["report", str(tmp_path / "empty"), "-o", str(tmp_path / "r.html")]) == 2
    assert "no .txt file in this folder or below it" in capsys.readouterr().err


def test_cmd_corpus_summary_and_failures(tmp_path, capsys):
    shutil.copy(SEED_FILES["belarus"], tmp_path / "belarus.txt")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02")
    out = tmp_path / "out.parquet"
    # A batch with a failure: the rest is written, the failures listed, and the status says
    # that not everything was read (2, as every command given many files).
    assert cmd_corpus(_args([tmp_path], out)) == 2
    stdout, stderr = capsys.readouterr()
    assert stdout.startswith("1 document, 17 items, 1 failure in ")
    # The side files are named where they are: a user who gave -o out/x.parquet found no
    # x.parquet.documents.csv in the folder the message seemed to name (the current one).
    assert stdout.rstrip().endswith(
        f"wrote {out}, {tmp_path / 'out.parquet.documents.csv'} and "
        f"{tmp_path / 'out.parquet.failures.csv'}"
    )
    assert stderr.splitlines() == [
        f"polcompare: failed: {tmp_path / 'bad.txt'}: contains NUL bytes; "
        "it looks like a binary file (BinaryFileError)",
        "polcompare: 1 of 2 files could not be read (listed above and in "
        f"{tmp_path / 'out.parquet.failures.csv'}); the others are written",
    ]
    assert len(pd.read_parquet(out)) == 17
    failures = pd.read_csv(failures_path(out))
    assert failures["path"].tolist() == [str(tmp_path / "bad.txt")]
    # Every file read: status 0, and the counts in words.
    (tmp_path / "bad.txt").unlink()
    shutil.copy(SEED_FILES["norway"], tmp_path / "norway.txt")
    assert cmd_corpus(_args([tmp_path], out)) == 0
    stdout, stderr = capsys.readouterr()
    assert stdout.startswith("2 documents, 25 items, 0 failures in ") and stderr == ""
    assert pd.read_csv(failures_path(out)).empty


def test_cmd_corpus_without_any_document_exits_2(tmp_path, capsys):
    (tmp_path / "bad.txt").write_bytes(b"")
    assert cmd_corpus(_args([tmp_path], tmp_path / "out.parquet")) == 2
    stderr = capsys.readouterr().err
    assert "the file is empty" in stderr and "no document could be read" in stderr
    assert not (tmp_path / "out.parquet").exists()


def test_progress_bar_on_stderr(tmp_path, capsys):
    shutil.copy(SEED_FILES["norway"], tmp_path / "n.txt")
    build_corpus([tmp_path], engine="serial", progress=True, taxonomies=["oap"])
    assert "1/1" in capsys.readouterr().err


def test_command_line(tmp_path, capsys):
    from polcompare.cli import build_parser, main

    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert "corpus" in sub.choices

    shutil.copy(SEED_FILES["norway"], tmp_path / "n.txt")
    out = tmp_path / "c.parquet"
    assert main(["corpus", str(tmp_path), "-o", str(out), "--workers", "1", "--no-progress"]) == 0
    assert len(pd.read_parquet(out)) == 8
    (tmp_path / "n.txt").write_bytes(b"\x00")
    assert main(["corpus", str(tmp_path), "-o", str(out), "--no-progress"]) == 2
    assert capsys.readouterr().err.count("\n") == 2  # the failure, then the error


def test_a_tagging_bug_names_its_document_and_keeps_the_rest(tmp_path, monkeypatch):
    """Tagging runs per chunk; if it breaks, each document of the chunk is retried alone."""
    for k in range(8):  # 40 documents: chunks of 5 with one worker slot
        (tmp_path / str(k)).mkdir()
        for path in SEED_FILES.values():
            shutil.copy(path, tmp_path / str(k) / path.name)
    real_themes_column = themes_column  # tag(...).items["themes"], per taxonomy
    calls = []

    def tag_failing_on_norway(items, taxonomy, shared=None):
        calls.append(items["doc_id"].nunique())
        if items["doc_id"].str.contains("norway").any():
            raise RuntimeError("boom")
        return real_themes_column(items, taxonomy, shared)

    monkeypatch.setattr("polcompare.parallel.themes_column", tag_failing_on_norway)
    result = build_corpus([tmp_path], engine="serial", workers=1, progress=False)
    assert max(calls) > 1  # documents were tagged together
    assert len(result.failures) == 8
    assert result.failures["path"].str.endswith("norway-mbc-presidency.nb.txt").all()
    assert result.failures["message"].str.contains("internal error: RuntimeError: boom").all()
    assert len(result.items) == 8 * (SEED_ITEMS - 8)
    assert len(result.documents) == 32
    assert result.items.groupby("doc_id", sort=False).size().index.tolist() == [
        d for d in result.documents["doc_id"] if d in set(result.items["doc_id"])
    ]


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    (tmp_path / "open").mkdir()
    (tmp_path / "locked").mkdir()
    shutil.copy(SEED_FILES["norway"], tmp_path / "open" / "norway.txt")
    shutil.copy(SEED_FILES["norway"], tmp_path / "locked" / "norway.txt")
    real_scandir = os.scandir

    def scandir(path="."):  # root reads any folder, so refuse this one by hand
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert [p.name for p, _ in corpus_paths([tmp_path])] == ["locked", "norway.txt"]
    result = build_corpus([tmp_path], engine="serial", progress=False)
    assert len(result.documents) == 1
    [failure] = result.failures.to_dict("records")
    assert failure["error"] == "UnreadableFileError"
    assert failure["message"] == (
        f"{tmp_path / 'locked'}: folder cannot be listed (Permission denied); "
        "no document in it was read"
    )


def test_the_parent_holds_only_the_chunks_in_flight(folder):
    """A chunk's items are let go once handed on, not kept by its future until the end."""
    import gc
    from concurrent.futures import Future

    held = []

    def items_to(frame):
        gc.collect()
        held.append(
            sum(
                1
                for o in gc.get_objects()
                if isinstance(o, Future) and o.done() and o._result is not None
            )
        )

    result = build_corpus(
        [folder], engine="processes", workers=2, progress=False, items_to=items_to
    )
    assert result.n_items == COPIES * SEED_ITEMS
    n = len(held)  # chunks handed on
    assert n >= 8
    # When the k-th chunk is handed on, only futures not handed on yet (at most n - k, and
    # the current one) may still hold a result; kept to the end, the first k would too.
    for k, count in enumerate(held, 1):
        assert count <= n - k + 2, held


# --- what a run says about languages the dictionaries lack ----------------------------------

PARSE_DOCS = Path(__file__).resolve().parent.parent / "eval" / "parse" / "docs"


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """Official texts in languages the dictionaries have (en, lv) and lack (pt, es, it)."""
    root = tmp_path_factory.mktemp("mixed")
    for lang, n in {"pt": 3, "es": 2, "it": 2, "en": 2, "lv": 1}.items():
        for path in sorted(PARSE_DOCS.glob(f"*.{lang}.txt"))[:n]:
            shutil.copy(path, root / path.name)
    return root


def _expected_untagged(items: pd.DataFrame, taxonomy: str) -> pd.DataFrame:
    """Documents and items per language the dictionary lacks, from the written items."""
    from polcompare.themes import load_dictionary

    lacking = items[~items["lang"].isin(load_dictionary(taxonomy).languages)]
    return lacking.groupby("lang").agg(docs=("doc_id", "nunique"), n=("doc_id", "size"))


@pytest.mark.parametrize("engine", ["serial", "processes"])
def test_a_corpus_warns_once_naming_languages_and_counts(mixed, engine):
    import warnings

    from polcompare.errors import UntaggedLanguageWarning
    from polcompare.themes import load_dictionary

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = build_corpus([mixed], engine=engine, workers=2, progress=False)
    untagged = [w for w in caught if w.category is UntaggedLanguageWarning]
    assert len(untagged) == 1, [str(w.message)[:80] for w in untagged]
    message = str(untagged[0].message)
    assert "\n" not in message and len(message) <= 172, message  # one short line
    expected = _expected_untagged(result.items, "oap")
    assert {"pt", "es", "it"} <= set(expected.index)
    n_docs = expected["docs"].sum()  # one language per document in these texts
    assert message.startswith(f"{expected['n'].sum()} items get no themes in ")
    assert set(message.split(" in ", 1)[1].split(" (")[0].split(", ")) == set(expected.index)
    assert f"(the dictionaries have {', '.join(load_dictionary('oap').languages)})" in message
    # the documents named while the line stays short, else counted
    # read right (pt, es, it...), so no "misread?": the dictionaries lack the languages
    assert message.endswith(f": {n_docs} documents; a dictionary can add it (extends:)")
    # nothing dropped: the items are there, with empty themes, and listed per document
    lacking = result.items[result.items["lang"].isin(expected.index)]
    assert len(lacking) == expected["n"].sum()
    assert (lacking[["themes_oap", "themes_policy", "themes_stance"]] == "").all().all()
    table = result.untagged
    assert list(table.columns) == ["taxonomy", "doc_id", "lang", "items"]
    per_taxonomy = table.groupby("taxonomy")["items"].sum()
    assert per_taxonomy.to_dict() == dict.fromkeys(TAXONOMY_NAMES, expected["n"].sum())


TAXONOMY_NAMES = ("oap", "policy", "stance")


def test_both_engines_say_the_same(mixed):
    import warnings

    messages = {}
    for engine in ("serial", "processes"):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = build_corpus([mixed], engine=engine, workers=2, progress=False)
        messages[engine] = [str(w.message) for w in caught]
        messages[engine + " table"] = result.untagged
    assert messages["serial"] == messages["processes"]
    pd.testing.assert_frame_equal(messages["serial table"], messages["processes table"])


@pytest.mark.parametrize("engine", ["serial", "processes"])
def test_cmd_corpus_prints_one_short_warning_line(mixed, tmp_path, capsys, engine):
    from polcompare.cli import main

    out = tmp_path / "c.parquet"
    argv = ["corpus", str(mixed), "-o", str(out), "--engine", engine, "--no-progress"]
    assert main(argv) == 0
    stderr = capsys.readouterr().err.splitlines()
    assert stderr == [stderr[0]] and stderr[0].startswith("polcompare: warning: ")
    assert len(stderr[0]) <= 200, stderr[0]
    expected = _expected_untagged(pd.read_parquet(out), "stance")
    assert f"{expected['n'].sum()} items get no themes in " in stderr[0]
    assert f": {expected['docs'].sum()} documents; " in stderr[0]
    assert stderr[0].endswith("a dictionary can add it (extends:)")


def test_a_corpus_in_covered_languages_says_nothing(tmp_path):
    import warnings

    for path in sorted(PARSE_DOCS.glob("*.en.txt"))[:4]:
        shutil.copy(path, tmp_path / path.name)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning fails the test
        result = build_corpus([tmp_path], engine="serial", progress=False)
    assert set(result.items["lang"]) == {"en"} and len(result.items) > 5
    assert result.untagged.empty and result.untagged_message() is None


def test_tag_on_many_documents_warns_once_per_call(mixed):
    import warnings

    from polcompare.errors import UntaggedLanguageWarning
    from polcompare.themes.tag import UNREAD

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UntaggedLanguageWarning)
        result = build_corpus([mixed], engine="serial", progress=False)
    items = result.items.drop(columns=["path", "themes_oap", "themes_policy", "themes_stance"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tagged = tag(items, taxonomy="oap")
    [warning] = [w for w in caught if w.category is UntaggedLanguageWarning]
    message = str(warning.message)
    statuses = tagged.items["tag_status"]
    untagged = tagged.items[statuses.isin(UNREAD)]  # not out_of_context: those were read
    assert message.startswith(
        f"{len(untagged)} item(s) of {untagged['doc_id'].nunique()} documents get no oap themes"
    )
    assert "tag_status says which" in message and "\n" not in message
    # one document's items: one warning per language, as before
    one = items[items["doc_id"] == untagged["doc_id"].iloc[0]]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tag(one, taxonomy="oap")
    [warning] = [w for w in caught if w.category is UntaggedLanguageWarning]
    assert str(warning.message).startswith(f"{one['doc_id'].iloc[0]}: language ")


def test_a_folder_named_like_a_document_that_cannot_be_listed_is_reported_once(
    tmp_path, monkeypatch
):
    (tmp_path / "locked.txt").mkdir()
    shutil.copy(SEED_FILES["norway"], tmp_path / "locked.txt" / "norway.txt")
    shutil.copy(SEED_FILES["norway"], tmp_path / "norway.txt")
    real_scandir = os.scandir

    def scandir(path="."):  # root reads any folder, so refuse this one by hand
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert [p.name for p, _ in corpus_paths([tmp_path])] == ["locked.txt", "norway.txt"]
    result = build_corpus([tmp_path], engine="serial", progress=False)
    assert result.failures["path"].tolist() == [str(tmp_path / "locked.txt")]
    assert "folder cannot be listed" in result.failures["message"].iloc[0]


def test_the_warning_comes_after_the_files_are_written(mixed, tmp_path):
    import warnings

    from polcompare.errors import UntaggedLanguageWarning

    out = tmp_path / "c.parquet"
    with warnings.catch_warnings():
        warnings.simplefilter("error", UntaggedLanguageWarning)  # as -W error would
        with pytest.raises(UntaggedLanguageWarning, match="items get no themes"):
            write_corpus_stream([mixed], out, engine="serial", progress=False)
        assert len(pd.read_parquet(out)) > 0 and failures_path(out).exists()
        result, _ = write_corpus_stream(
            [mixed], out, engine="serial", progress=False, warn_untagged=False
        )
    assert not result.untagged.empty  # counted all the same


def test_a_file_named_twice_is_one_document_of_the_corpus(tmp_path, capsys):
    # `polcompare corpus seeds/belarus-conclusions.lv.txt seeds` wrote 6 documents from 5
    # files: the conclusions twice, as belarus-conclusions.lv.txt and belarus-conclusions.lv.
    from polcompare.cli import main

    belarus = SEED_FILES["belarus"]
    out = tmp_path / "c.parquet"
    assert main(["corpus", str(belarus), str(belarus.parent), "-o", str(out), "--no-progress"]) == 0
    docs = pd.read_parquet(out).groupby("doc_id").size()
    assert docs.to_dict() == {
        "belarus-conclusions.lv": 17,
        "eu-apmbc-position-2024.da": 54,
        "eu-apmbc-position-2024.lv": 54,
        "eu-un-icsant-annex.lv": 54,
        "norway-mbc-presidency.nb": 8,
    }
    err = capsys.readouterr().err.splitlines()
    assert err == [f"polcompare: warning: {belarus} is given twice; read once"]


def test_a_document_with_no_items_is_said_not_lost_from_the_count(tmp_path, capsys):
    """The summary counts it among the documents, but no item row holds it: one line says so.

    On a folder of 48 official texts the run said "48 documents" and the Parquet file held
    45, with nothing on stderr about the three that yielded no item.
    """
    from polcompare.cli import main

    from .conftest import ROOT

    memo = "dk-um-samlenotat-raadsmoede-4038-fac-2024-06-24-contents-eu-dk.da.txt"
    shutil.copy(ROOT / "eval" / "parse" / "holdout26" / memo, tmp_path / memo)
    shutil.copy(SEED_FILES["norway"], tmp_path / "a.txt")
    out = tmp_path / "c.parquet"
    assert main(["corpus", str(tmp_path), "-o", str(out), "--workers", "1", "--no-progress"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("2 documents, 8 items")
    assert set(pd.read_parquet(out)["doc_id"]) == {"a"}
    assert captured.err.splitlines() == [
        f"polcompare: warning: {tmp_path / memo}: no items (no row in c.parquet): none of its "
        "19 lines of text opens an item: 15 heading lines (7 table of contents, 1 title, "
        "7 other), 4 unparsed lines"
    ]


def test_a_first_chunk_with_no_item_row_does_not_break_the_parquet_file(tmp_path, capsys):
    """A folder whose first document yields no item: corpus crashed ("internal error:
    ArrowNotImplementedError: Unsupported cast from large_string to null") and wrote nothing:
    the file's schema came from that empty chunk, whose columns have no type."""
    from polcompare.cli import main

    from .conftest import ROOT

    name = "dk-um-samlenotat-raadsmoede-4038-fac-2024-06-24-contents-eu-dk.da.txt"
    memo = ROOT / "eval" / "parse" / "holdout26" / name
    shutil.copy(memo, tmp_path / "a.txt")  # first: its chunk has no item row
    shutil.copy(SEED_FILES["norway"], tmp_path / "n.txt")
    out = tmp_path / "c.parquet"
    assert main(["corpus", str(tmp_path), "-o", str(out), "--workers", "1", "--no-progress"]) == 0
    items = pd.read_parquet(out)
    assert set(items["doc_id"]) == {"n"} and len(items) == 8
    assert items["text"].str.len().min() > 0
    # a folder of such documents only: a file with the columns and no row, not a crash
    (tmp_path / "n.txt").unlink()
    assert main(["corpus", str(tmp_path), "-o", str(out), "--workers", "1", "--no-progress"]) == 0
    empty = pd.read_parquet(out)
    assert len(empty) == 0 and {"doc_id", "item_id", "text"} <= set(empty.columns)
    capsys.readouterr()


def test_one_text_under_two_names_is_counted_and_said(tmp_path, capsys):
    # A new user's corpus of 1,790 official texts held four byte-identical pairs under
    # different names (one CFSP decision kept by two sets); corpus, compare and report
    # counted both copies, and nothing said so.
    from polcompare.cli import main

    for name in ("a.txt", "b.txt"):
        shutil.copy(SEED_FILES["belarus"], tmp_path / name)
    shutil.copy(SEED_FILES["norway"], tmp_path / "n.txt")
    out = tmp_path / "out" / "c.parquet"
    out.parent.mkdir()
    assert main(["corpus", str(tmp_path), "-o", str(out), "--no-progress"]) == 0
    assert pd.read_parquet(out).groupby("doc_id").size().to_dict() == {"a": 17, "b": 17, "n": 8}
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "polcompare: warning: 2 documents hold the same text as another (a and b): each copy "
        "is read and counted, so counts and shares include that text more than once; leave "
        "the copies out to count it once"
    ]
    result = build_corpus([tmp_path / "a.txt", tmp_path / "n.txt"], engine="serial")
    assert result.documents["sha256"].str.len().tolist() == [64, 64]
