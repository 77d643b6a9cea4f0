"""Outputs pinned: items, languages and the three taxonomies' tags and evidence.

``tests/data/outputs_digest.tsv`` holds, for the seeds, every text of ``eval/parse/docs`` and
``eval/parse/holdout`` and the items of ``eval/themes``, each item's id, kind, language, a hash of
its text and per taxonomy its themes, status and a hash of its evidence; written by
``tests/data/outputs_digest.py`` (see there). Speed work must leave every line as it is.
"""

from __future__ import annotations

import importlib.util

from .conftest import DATA


def _digest_module():
    spec = importlib.util.spec_from_file_location("outputs_digest", DATA / "outputs_digest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_outputs_match_the_pinned_digest():
    module = _digest_module()
    pinned = (DATA / "outputs_digest.tsv").read_text(encoding="utf-8").splitlines()
    now = module.lines()
    changed = [(a, b) for a, b in zip(pinned, now, strict=False) if a != b]
    assert not changed, "outputs differ from tests/data/outputs_digest.tsv:\n" + "\n".join(
        f"- {a}\n+ {b}" for a, b in changed[:10]
    )
    assert len(now) == len(pinned)
    assert len(pinned) > 1000  # the seeds, 77 evaluation texts and the theme sets
