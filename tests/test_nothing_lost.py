"""Issue 17, nothing lost, nothing silent: hostile, large and ordinary inputs.

One regression test (or more) per numbered defect of the issue.
"""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

import polcompare
from polcompare import errors
from polcompare.cli import main
from polcompare.parallel import failures_path

from .conftest import SEED_FILES

# --- 1. symlink loops ---------------------------------------------------------------------


def _loop(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "loop.txt").symlink_to("loop.txt")
    return folder / "loop.txt"


def test_1_a_symlink_loop_is_reported_as_a_loop(tmp_path):
    loop = _loop(tmp_path)
    with pytest.raises(errors.PolcompareError) as info:
        polcompare.read(loop)
    assert "symbolic link" in str(info.value) and "loop" in str(info.value)
    assert "no such file" not in str(info.value)


def test_1_a_symlink_loop_in_a_corpus_keeps_the_run(tmp_path, capsys):
    shutil.copy(SEED_FILES["belarus"], tmp_path / "belarus.txt")
    _loop(tmp_path)
    out = tmp_path / "out" / "corpus.parquet"
    status = main(["corpus", str(tmp_path), "-o", str(out), "--engine", "serial", "--no-progress"])
    err = capsys.readouterr().err
    assert status == 0, err
    assert "internal error" not in err and "loop" in err
    assert len(pd.read_parquet(out)) == 17
    failures = pd.read_csv(failures_path(out))
    assert failures["path"].tolist() == [str(tmp_path / "loop.txt")]
