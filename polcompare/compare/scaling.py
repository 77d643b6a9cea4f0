"""Scaling: where each text stands on one dimension (Wordfish, Wordscores).

Two classic text-scaling models, on numpy and scipy only, for the documents
of one language:

**Wordfish** (Slapin and Proksch 2008, "A Scaling Model for Estimating
Time-Series Party Positions from Texts", AJPS 52(3)): the count of word ``j``
in document ``i`` is Poisson with

    log lambda_ij = alpha_i + psi_j + beta_j * theta_i

``alpha_i`` a document's length effect, ``psi_j`` a word's frequency,
``beta_j`` how the word discriminates, ``theta_i`` the document's position.
It is estimated by the usual alternating maximum likelihood: with the word
parameters fixed, each document's ``(alpha_i, theta_i)`` is a Poisson
regression solved by Newton's method; with the document parameters fixed,
each word's ``(psi_j, beta_j)`` is; the two steps alternate until the
log-likelihood changes by less than ``tol`` (relative) and no position by
more than ``theta_tol``. The model is
identified as in the paper: ``alpha`` of the first document is 0 and the
positions have mean 0 and standard deviation 1 (after every word step the
positions are standardised and the word parameters moved so that the fitted
rates stay the same); the sign is fixed by ``direction`` (document
``direction[0]`` left of ``direction[1]``). As in Slapin and Proksch's own
code and quanteda's ``textmodel_wordfish``, ``beta`` has a normal prior (a
ridge penalty, standard deviation ``beta_sd``, default 1) which keeps words
that occur in one document only from running off to infinity. Starting
values: ``psi`` the log mean count of each word, ``alpha`` the log ratio of
each document's length to the first's, ``theta`` and ``beta`` the first
singular vectors of the residual matrix ``log(y + 1) - alpha - psi``.

Standard errors of ``theta`` are the usual ones of the paper's software and
quanteda: from the inverse of the 2 x 2 Hessian of each document's
log-likelihood in ``(alpha_i, theta_i)`` at the estimate, the word
parameters held fixed (they do not carry the word parameters' uncertainty
and are known to be too small for short texts; read them as a lower bound).
A fit that does not converge within ``max_iter`` rounds is returned with
``converged=False`` and a :class:`~polcompare.errors.PolcompareWarning`.

**Wordscores** (Laver, Benoit and Garry 2003, "Extracting Policy Positions
from Political Texts Using Words as Data", APSR 97(2)): reference texts with
scores the user gives (``A_r``) score each word by the reference texts it is
used in, ``S_w = sum_r P(r | w) A_r`` with ``P(r | w)`` the word's relative
frequency in ``r`` over the sum of its relative frequencies in all the
references; a virgin text's raw score is the mean word score over its scored
words (words no reference uses are left out), its standard error
``sqrt(sum_w F_wv (S_w - S_v)^2 / N_v)``; the LBG rescaling stretches the
virgin scores so their spread matches the references' (it needs two virgin
texts or more).

Both take a document-feature matrix (:func:`count_matrix` builds one from
Documents or items tables, with the tagger's stems, stop words and numbers
removed) and must be given texts of one language: a word's count means
nothing across a translation. Mixing languages is one error line
(:func:`count_matrix` says which documents are in which language).
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..errors import PolcompareError, PolcompareWarning

__all__ = [
    "WORDFISH_COLUMNS",
    "WORDSCORES_COLUMNS",
    "Wordfish",
    "count_matrix",
    "wordfish",
    "wordscores",
]

#: Columns of :attr:`Wordfish.documents`.
WORDFISH_COLUMNS = ["doc_id", "theta", "se", "lower", "upper", "alpha"]
#: Columns of :func:`wordscores`'s result.
WORDSCORES_COLUMNS = ["doc_id", "reference", "score", "se", "lower", "upper", "rescaled", "words"]

_MAX_ETA = 30.0  # exp(30) ~ 1e13 counts: keeps a wild Newton step from overflowing
_MAX_STEP = 2.0  # a Newton step moves a parameter by at most this much


@dataclass(frozen=True, eq=False)
class Wordfish:
    """A fitted Wordfish model (see :func:`wordfish`).

    Attributes
    ----------
    documents : DataFrame
        :data:`WORDFISH_COLUMNS`: each document's position ``theta`` (mean 0,
        sd 1 over the documents), its standard error, a 95% interval
        (``theta -/+ 1.96 se``) and ``alpha``.
    words : DataFrame
        ``word, beta, psi, count``: each word's discrimination and frequency,
        sorted by ``beta`` (the words that place a text left come first).
    loglik : float
        The Poisson log-likelihood at the estimate (without the prior).
    iterations : int
        Rounds of the alternating estimation.
    converged : bool
        Whether the log-likelihood and the positions stopped changing (``tol``,
        ``theta_tol`` of :func:`wordfish`) within ``max_iter`` rounds.
    direction : tuple of str
        The two documents whose order fixes the sign (the first is left).
    """

    documents: pd.DataFrame
    words: pd.DataFrame
    loglik: float
    iterations: int
    converged: bool
    direction: tuple[str, str]

    @property
    def theta(self) -> pd.Series:
        """Positions by ``doc_id``."""
        return self.documents.set_index("doc_id")["theta"]


def count_matrix(docs: Sequence[Any], *, min_docs: int = 1) -> pd.DataFrame:
    """Count the stems of each document: one row per document, one column per word.

    Parameters
    ----------
    docs : sequence of Document or items DataFrame
        Documents of one language (items tables need ``doc_id``, ``lang``,
        ``text``; a table may hold several documents).
    min_docs : int
        Keep words used in at least this many documents.

    Raises
    ------
    PolcompareError
        The documents are in more than one language (one line naming which
        document is in which), or a document has no words.
    """
    from .words import stems

    frames = [d if isinstance(d, pd.DataFrame) else d.items for d in docs]
    items = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    if items.empty:
        raise PolcompareError("scaling", "no documents to count words in")
    order = list(dict.fromkeys(items["doc_id"]))
    langs = items.groupby("doc_id", sort=False)["lang"].agg(lambda s: ",".join(sorted(set(s))))
    if langs.nunique() != 1 or "," in str(langs.iloc[0]):
        named = "; ".join(f"{d}: {langs[d]}" for d in order)
        raise PolcompareError(
            "scaling",
            "a scaling model compares word counts of one language, but these documents "
            f"mix languages ({named}); fit one model per language",
        )
    lang = str(langs.iloc[0])
    counts = {}
    for doc_id, group in items.groupby("doc_id", sort=False):
        counter: Counter[str] = Counter()
        for text in group["text"].fillna(""):
            counter.update(stems(str(text), lang))
        if not counter:
            raise PolcompareError(str(doc_id), "has no words to scale")
        counts[doc_id] = counter
    matrix = pd.DataFrame.from_dict(counts, orient="index").fillna(0).astype(int)
    matrix = matrix.loc[order]
    matrix = matrix.loc[:, (matrix > 0).sum(axis=0) >= min_docs]
    matrix = matrix[sorted(matrix.columns)]
    matrix.index.name = "doc_id"
    matrix.attrs["lang"] = lang
    return matrix


def _as_counts(counts: pd.DataFrame | np.ndarray) -> tuple[np.ndarray, list[str], list[str]]:
    if isinstance(counts, pd.DataFrame):
        y = counts.to_numpy(dtype=float)
        docs, words = [str(i) for i in counts.index], [str(c) for c in counts.columns]
    else:
        y = np.asarray(counts, dtype=float)
        if y.ndim != 2:
            raise PolcompareError("scaling", "counts must be a documents x words matrix")
        docs = [f"doc{i + 1}" for i in range(y.shape[0])]
        words = [f"w{j + 1}" for j in range(y.shape[1])]
    if y.size and (np.any(y < 0) or not np.all(np.isfinite(y))):
        raise PolcompareError("scaling", "counts must be finite and not negative")
    return y, docs, words


def _newton_rows(
    y: np.ndarray, offset: np.ndarray, x: np.ndarray, a: np.ndarray, b: np.ndarray, ridge: float
) -> tuple[np.ndarray, np.ndarray]:
    """Maximise sum_k y_rk log mu - mu, log mu = offset_k + a_r + b_r x_k, for every row r.

    ``ridge`` is the prior precision on ``b`` (0: none). Newton's method, all
    rows at once (a 2 x 2 system each), steps capped at :data:`_MAX_STEP`.
    """
    for _ in range(25):
        eta = np.clip(offset[None, :] + a[:, None] + b[:, None] * x[None, :], -_MAX_ETA, _MAX_ETA)
        mu = np.exp(eta)
        r = y - mu
        ga = r.sum(axis=1)
        gb = (r * x[None, :]).sum(axis=1) - ridge * b
        haa = mu.sum(axis=1)
        hab = (mu * x[None, :]).sum(axis=1)
        hbb = (mu * (x**2)[None, :]).sum(axis=1) + ridge
        det = haa * hbb - hab**2
        det = np.where(det > 1e-12, det, 1e-12)
        da = (hbb * ga - hab * gb) / det
        db = (haa * gb - hab * ga) / det
        da, db = np.clip(da, -_MAX_STEP, _MAX_STEP), np.clip(db, -_MAX_STEP, _MAX_STEP)
        a, b = a + da, b + db
        if max(np.abs(da).max(initial=0), np.abs(db).max(initial=0)) < 1e-8:
            break
    return a, b


def _linear(alpha, psi, beta, theta) -> np.ndarray:
    return alpha[:, None] + psi[None, :] + theta[:, None] * beta[None, :]


def _loglik(y: np.ndarray, alpha, psi, beta, theta) -> float:
    from scipy.special import gammaln  # scipy loads on first use, not at import

    eta = np.clip(
        alpha[:, None] + psi[None, :] + theta[:, None] * beta[None, :], -_MAX_ETA, _MAX_ETA
    )
    return float((y * eta - np.exp(eta) - gammaln(y + 1)).sum())


def wordfish(
    counts: pd.DataFrame | np.ndarray,
    *,
    direction: tuple[int | str, int | str] = (0, 1),
    beta_sd: float = 1.0,
    tol: float = 1e-8,
    theta_tol: float = 1e-4,
    max_iter: int = 2000,
) -> Wordfish:
    """Fit Wordfish (Slapin and Proksch 2008) to a documents x words count matrix.

    Parameters
    ----------
    counts : DataFrame or array
        Documents in rows (index: ``doc_id``), words in columns
        (:func:`count_matrix`). Words no document uses are left out.
    direction : pair of int or str
        Two documents (positions or ``doc_id``): the sign is chosen so that
        the first stands left of (below) the second.
    beta_sd : float
        Standard deviation of the normal prior on ``beta`` (``inf``: none).
    tol, theta_tol : float
        Convergence: the relative change of the log-likelihood between two
        rounds is under ``tol`` and no position moved by more than ``theta_tol``.
    max_iter : int
        Rounds of alternation before giving up (``converged=False``, warned).

    Raises
    ------
    PolcompareError
        Fewer than 3 documents or 2 words, a document without words, or
        negative counts: one line.
    """
    y, docs, words = _as_counts(counts)
    used = y.sum(axis=0) > 0
    y, words = y[:, used], [w for w, u in zip(words, used, strict=True) if u]
    if y.shape[0] < 3:
        raise PolcompareError(
            "wordfish", f"needs 3 documents or more to place them on a scale; got {y.shape[0]}"
        )
    if y.shape[1] < 2:
        raise PolcompareError("wordfish", "needs 2 words or more")
    empty = [d for d, s in zip(docs, y.sum(axis=1), strict=True) if s == 0]
    if empty:
        raise PolcompareError(empty[0], "has no words to scale")
    left, right = (_doc_index(d, docs) for d in direction)
    ridge = 0.0 if not np.isfinite(beta_sd) else 1.0 / beta_sd**2

    # starting values (Slapin and Proksch)
    psi = np.log(y.mean(axis=0))
    alpha = np.log(y.sum(axis=1) / y[0].sum())
    resid = np.log(y + 1) - alpha[:, None] - psi[None, :]
    u, s, vt = np.linalg.svd(resid - resid.mean(axis=0), full_matrices=False)
    theta = u[:, 0]
    beta = vt[0] * s[0] * theta.std()
    theta = (theta - theta.mean()) / theta.std()

    old = _loglik(y, alpha, psi, beta, theta)
    converged = False
    rounds = 0
    for rounds in range(1, max_iter + 1):  # noqa: B007 - the count is reported
        before = theta
        # documents: (alpha_i, theta_i) given the words
        alpha, theta = _newton_rows(y, psi, beta, alpha, theta, 0.0)
        # words: (psi_j, beta_j) given the documents
        psi, beta = _newton_rows(y.T, alpha, theta, psi, beta, ridge)
        # identification: mean 0, sd 1 of theta; alpha_0 = 0; rates unchanged
        m, sd = theta.mean(), theta.std()
        sd = sd if sd > 0 else 1.0
        psi = psi + beta * m + alpha[0]
        beta = beta * sd
        theta = (theta - m) / sd
        alpha = alpha - alpha[0]
        new = _loglik(y, alpha, psi, beta, theta)
        moved = float(np.abs(theta - before).max())
        if abs(new - old) <= tol * abs(old) and moved <= theta_tol:
            converged = True
            old = new
            break
        old = new
    if theta[left] > theta[right]:
        theta, beta = -theta, -beta
    se = _theta_se(y, alpha, psi, beta, theta)
    if not converged:
        warnings.warn(
            PolcompareWarning(
                "wordfish",
                f"did not converge in {max_iter} rounds (log-likelihood still changing); "
                "positions are not final: raise max_iter or check for documents sharing no words",
            ),
            stacklevel=2,
        )
    documents = pd.DataFrame(
        {
            "doc_id": docs,
            "theta": theta,
            "se": se,
            "lower": theta - 1.96 * se,
            "upper": theta + 1.96 * se,
            "alpha": alpha,
        },
        columns=WORDFISH_COLUMNS,
    )
    word_table = pd.DataFrame(
        {"word": words, "beta": beta, "psi": psi, "count": y.sum(axis=0).astype(int)}
    )
    word_table = word_table.sort_values(["beta", "word"], kind="stable").reset_index(drop=True)
    return Wordfish(
        documents=documents,
        words=word_table,
        loglik=_loglik(y, alpha, psi, beta, theta),
        iterations=rounds,
        converged=converged,
        direction=(docs[left], docs[right]),
    )


def _doc_index(which: int | str, docs: list[str]) -> int:
    if isinstance(which, str):
        if which not in docs:
            raise PolcompareError(which, "direction names a document that is not in the model")
        return docs.index(which)
    if not -len(docs) <= which < len(docs):
        raise PolcompareError("wordfish", f"direction {which} is not a document position")
    return which % len(docs)


def _theta_se(y, alpha, psi, beta, theta) -> np.ndarray:
    """Return the standard error of each theta from the inverse Hessian in (alpha_i, theta_i)."""
    eta = np.clip(
        alpha[:, None] + psi[None, :] + theta[:, None] * beta[None, :], -_MAX_ETA, _MAX_ETA
    )
    mu = np.exp(eta)
    haa = mu.sum(axis=1)
    hab = (mu * beta[None, :]).sum(axis=1)
    hbb = (mu * (beta**2)[None, :]).sum(axis=1)
    det = haa * hbb - hab**2
    with np.errstate(divide="ignore", invalid="ignore"):
        var = np.where(det > 0, haa / det, np.nan)
    return np.sqrt(var)


def wordscores(
    counts: pd.DataFrame,
    reference: Mapping[str, float],
) -> pd.DataFrame:
    """Score texts with Wordscores (Laver, Benoit and Garry 2003).

    Parameters
    ----------
    counts : DataFrame
        Documents x words (:func:`count_matrix`), index ``doc_id``.
    reference : mapping of doc_id to float
        The reference texts and their scores (two or more, not all equal).

    Returns
    -------
    DataFrame
        :data:`WORDSCORES_COLUMNS`, one row per document in the order of
        ``counts``: ``reference`` True for a reference text (its ``score`` is
        the one given), ``score`` the raw text score of a virgin text,
        ``se`` and the 95% interval, ``rescaled`` (LBG: virgin scores
        stretched to the references' spread; NaN with fewer than two virgin
        texts), ``words`` how many of its words had a score.

    Raises
    ------
    PolcompareError
        A reference that is not a document of ``counts``, fewer than two
        references, or references that all have one score.
    """
    y, docs, words = _as_counts(counts)
    missing = [r for r in reference if r not in docs]
    if missing:
        raise PolcompareError(missing[0], "is a reference text but not one of the documents")
    if len(reference) < 2:
        raise PolcompareError("wordscores", "needs two reference texts or more, with their scores")
    scores = np.array([float(reference[d]) for d in docs if d in reference])
    if np.ptp(scores) == 0:
        raise PolcompareError("wordscores", "the reference texts all have one score")
    refs = np.array([d in reference for d in docs])
    totals = y.sum(axis=1, keepdims=True)
    if np.any(totals == 0):
        raise PolcompareError(docs[int(np.argmin(totals))], "has no words to score")
    freq = y / totals  # F_wr
    fr = freq[refs]
    used = fr.sum(axis=0) > 0
    prob = np.divide(fr, fr.sum(axis=0, keepdims=True), where=used, out=np.zeros_like(fr))
    word_score = (prob * scores[:, None]).sum(axis=0)  # S_w
    rows = []
    for i, doc in enumerate(docs):
        n = y[i, used].sum()
        if refs[i]:
            rows.append([doc, True, float(reference[doc]), np.nan, np.nan, np.nan, np.nan, int(n)])
            continue
        if n == 0:
            rows.append([doc, False, np.nan, np.nan, np.nan, np.nan, np.nan, 0])
            continue
        f = y[i, used] / n
        s = float((f * word_score[used]).sum())
        se = float(np.sqrt((f * (word_score[used] - s) ** 2).sum() / n))
        rows.append([doc, False, s, se, s - 1.96 * se, s + 1.96 * se, np.nan, int(n)])
    out = pd.DataFrame(rows, columns=WORDSCORES_COLUMNS)
    virgin = (~out["reference"]) & out["score"].notna()
    if virgin.sum() >= 2:
        raw = out.loc[virgin, "score"]
        spread = raw.std(ddof=1)
        if spread > 0:
            out.loc[virgin, "rescaled"] = (raw - raw.mean()) * (scores.std(ddof=1) / spread) + (
                raw.mean()
            )
        if out.loc[virgin, "lower"].max() < out.loc[virgin, "upper"].min():
            warnings.warn(
                f"wordscores: the {int(virgin.sum())} scored texts' 95% intervals all overlap "
                f"(raw scores {raw.min():.3f} to {raw.max():.3f}); the rescaling stretches their "
                "spread to the reference texts' whatever it is, so the rescaled gap is no "
                "evidence of a difference: read the raw scores and their intervals",
                PolcompareWarning,
                stacklevel=2,
            )
    return out
