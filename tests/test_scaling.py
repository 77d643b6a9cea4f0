"""Wordfish and Wordscores: recovery of simulated positions, invariances, bad input."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import polcompare
from polcompare.compare.scaling import count_matrix, wordfish, wordscores
from polcompare.errors import PolcompareError, PolcompareWarning


def simulate(seed: int, docs: int = 10, words: int = 300):
    """Counts drawn from the Wordfish model itself, with the true positions."""
    rng = np.random.default_rng(seed)
    theta = rng.normal(size=docs)
    alpha = rng.normal(0, 0.3, docs)
    psi = rng.normal(0, 1, words)
    beta = rng.normal(0, 1, words)
    rate = np.exp(alpha[:, None] + psi[None, :] + beta[None, :] * theta[:, None])
    counts = pd.DataFrame(
        rng.poisson(rate),
        index=[f"d{i:02d}" for i in range(docs)],
        columns=[f"w{j:03d}" for j in range(words)],
    )
    return counts, theta


@pytest.mark.parametrize("seed", range(5))
def test_wordfish_recovers_simulated_positions(seed):
    counts, theta = simulate(seed)
    model = wordfish(counts)
    r = np.corrcoef(model.documents["theta"], theta)[0, 1]
    assert abs(r) >= 0.95
    assert model.converged
    # identification: positions standardised, first alpha 0
    assert model.documents["theta"].mean() == pytest.approx(0, abs=1e-9)
    assert model.documents["theta"].std(ddof=0) == pytest.approx(1, abs=1e-9)
    assert model.documents["alpha"].iloc[0] == pytest.approx(0, abs=1e-9)
    # standard errors: positive, finite, and the interval holds the estimate
    se = model.documents["se"]
    assert (se > 0).all() and np.isfinite(se).all()
    assert (model.documents["lower"] < model.documents["theta"]).all()
    assert np.isfinite(model.loglik) and model.loglik < 0


def test_wordfish_recovers_small_short_texts():
    """Six documents of 120 word types: still r >= 0.95 (short texts, as in a series)."""
    hits = []
    for seed in range(10, 20):
        counts, theta = simulate(seed, docs=6, words=120)
        model = wordfish(counts)
        hits.append(abs(np.corrcoef(model.documents["theta"], theta)[0, 1]))
    assert np.median(hits) >= 0.95


def test_wordfish_log_likelihood_beats_the_start():
    counts, _ = simulate(3)
    fitted = wordfish(counts)
    with pytest.warns(PolcompareWarning, match="did not converge"):
        early = wordfish(counts, max_iter=1)
    assert not early.converged
    assert fitted.loglik > early.loglik


def test_wordfish_direction_fixes_the_sign():
    counts, _ = simulate(1)
    a = wordfish(counts, direction=("d00", "d01"))
    b = wordfish(counts, direction=("d01", "d00"))
    assert a.theta["d00"] < a.theta["d01"]
    assert b.theta["d01"] < b.theta["d00"]
    assert np.allclose(a.theta, -b.theta, atol=1e-6)


def test_wordfish_invariant_to_document_and_word_order():
    counts, _ = simulate(2)
    base = wordfish(counts, direction=("d00", "d05")).theta
    rng = np.random.default_rng(0)
    shuffled_docs = counts.iloc[rng.permutation(len(counts))]
    # alpha is pinned on the first document: reorder so a different one is first
    docs = wordfish(shuffled_docs, direction=("d00", "d05")).theta
    assert np.allclose(docs.loc[base.index], base, atol=1e-3)
    shuffled_words = counts[list(rng.permutation(counts.columns))]
    words = wordfish(shuffled_words, direction=("d00", "d05")).theta
    assert np.allclose(words.loc[base.index], base, atol=1e-3)


def test_wordfish_bad_input_is_one_line():
    counts, _ = simulate(0, docs=2)
    with pytest.raises(PolcompareError, match="needs 3 documents or more"):
        wordfish(counts)
    counts, _ = simulate(0, docs=4)
    counts.iloc[2] = 0
    with pytest.raises(PolcompareError, match="d02: has no words"):
        wordfish(counts)
    with pytest.raises(PolcompareError, match="not in the model"):
        wordfish(simulate(0)[0], direction=("d00", "nope"))


def test_wordscores_places_texts_between_references():
    """Virgin texts mixed from two references score in proportion (LBG 2003)."""
    rng = np.random.default_rng(4)
    words = [f"w{j}" for j in range(200)]
    left_p = rng.dirichlet(np.ones(200) * 0.5)
    right_p = rng.dirichlet(np.ones(200) * 0.5)
    rows, mixes = {}, {"left": 0.0, "right": 1.0, "v25": 0.25, "v50": 0.5, "v75": 0.75}
    for name, w in mixes.items():
        rows[name] = rng.multinomial(5000, (1 - w) * left_p + w * right_p)
    counts = pd.DataFrame.from_dict(rows, orient="index", columns=words)
    out = wordscores(counts, {"left": -1.0, "right": 1.0}).set_index("doc_id")
    virgin = out.loc[["v25", "v50", "v75"], "score"]
    assert virgin.is_monotonic_increasing
    assert (virgin > -1).all() and (virgin < 1).all()
    assert (out.loc[["v25", "v50", "v75"], "se"] > 0).all()
    assert out.loc["left", "reference"] and out.loc["left", "score"] == -1.0
    rescaled = out.loc[["v25", "v50", "v75"], "rescaled"]
    assert rescaled.std() == pytest.approx(np.std([-1.0, 1.0], ddof=1), rel=1e-6)
    # invariant to word order
    again = wordscores(counts[words[::-1]], {"left": -1.0, "right": 1.0}).set_index("doc_id")
    assert np.allclose(again.loc[virgin.index, "score"], virgin)


def test_wordscores_bad_input():
    counts, _ = simulate(0, docs=4)
    with pytest.raises(PolcompareError, match="two reference texts"):
        wordscores(counts, {"d00": 1.0})
    with pytest.raises(PolcompareError, match="nope: is a reference text but not one"):
        wordscores(counts, {"nope": 1.0, "d00": 2.0})
    with pytest.raises(PolcompareError, match="all have one score"):
        wordscores(counts, {"d00": 1.0, "d01": 1.0})


def test_count_matrix_refuses_mixed_languages():
    lv = polcompare.read("seeds/eu-apmbc-position-2024.lv.txt")
    da = polcompare.read("seeds/eu-apmbc-position-2024.da.txt")
    with pytest.raises(PolcompareError, match=r"mix languages \(eu-apmbc-position-2024.lv: lv; "):
        count_matrix([lv, da])
    counts = count_matrix([lv, polcompare.read("seeds/belarus-conclusions.lv.txt")])
    assert counts.attrs["lang"] == "lv" and counts.shape[0] == 2
    assert (counts.sum(axis=1) > 100).all()


def test_wordfish_on_real_documents_runs_and_reports():
    """Three Latvian seeds: a real fit converges and names its documents."""
    docs = [
        polcompare.read(f"seeds/{n}.txt")
        for n in ("eu-apmbc-position-2024.lv", "belarus-conclusions.lv", "eu-un-icsant-annex.lv")
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("error", PolcompareWarning)
        model = wordfish(count_matrix(docs, min_docs=2))
    assert model.converged
    assert list(model.documents["doc_id"]) == [d.doc_id for d in docs]
    assert model.words["count"].min() >= 2


def test_wordscores_warns_when_the_rescaled_gap_is_no_evidence():
    """Two virgin texts drawn alike: their intervals overlap, the rescaling stretches them."""
    rng = np.random.default_rng(5)
    words = [f"w{j}" for j in range(200)]
    left_p = rng.dirichlet(np.ones(200) * 0.5)
    right_p = rng.dirichlet(np.ones(200) * 0.5)
    mid = 0.5 * left_p + 0.5 * right_p
    rows = {
        "left": rng.multinomial(5000, left_p),
        "right": rng.multinomial(5000, right_p),
        "a": rng.multinomial(300, mid),
        "b": rng.multinomial(300, mid),
    }
    counts = pd.DataFrame.from_dict(rows, orient="index", columns=words)
    with pytest.warns(PolcompareWarning, match="2 scored texts' 95% intervals all overlap"):
        out = wordscores(counts, {"left": -1.0, "right": 1.0}).set_index("doc_id")
    assert abs(out.loc["a", "rescaled"] - out.loc["b", "rescaled"]) > 1  # stretched apart
