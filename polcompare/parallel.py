"""Many documents in parallel: read, parse and tag a corpus on processes or Dask.

:func:`build_corpus` fans the documents out to worker processes, on this
machine (``engine="processes"``) or on a Dask cluster (``engine="dask"``: a
local one, or the scheduler at an address). A worker reads a chunk of
documents one at a time, keeps only each one's item rows (never the whole
:class:`~polcompare.document.Document`, so memory stays bounded by the
largest document), tags the chunk's items together and sends them back; a
file above :data:`MAX_BYTES` is not even loaded. A
file that cannot be read is reported in :attr:`CorpusResult.failures` with
its reason and skipped, never silently dropped. :func:`write_corpus` writes
the items as Parquet and the failures beside them as CSV.

    from polcompare.parallel import build_corpus, write_corpus

    result = build_corpus(["corpus/"], engine="processes", workers=8)
    result.items.groupby("doc_id").size()
    result.failures            # path, error, message
    write_corpus(result, "corpus.parquet")   # + corpus.parquet.failures.csv

On a cluster, every worker needs polcompare installed and must see the files
under the same paths (a shared file system).
"""

from __future__ import annotations

import gc
import json
import os
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ._optional import require
from ._version import __version__
from .document import ITEM_COLUMNS, ItemRows, item_rows, items_frame, read
from .errors import (
    FileTooLargeError,
    MissingFileError,
    PolcompareError,
    PolcompareWarning,
    UntaggedLanguageWarning,
)
from .io import (
    ERRORS,
    atomic_write,
    atomic_write_file,
    files_below,
    list_folder,
    release_model_pages,
)
from .items import same_text_message, unique_doc_ids
from .languages import normalize_language
from .themes import TAXONOMIES, load_dictionary
from .themes.tag import themes_column, untagged_items

__all__ = [
    "CorpusResult",
    "build_corpus",
    "corpus_paths",
    "write_corpus",
    "write_corpus_stream",
    "failures_path",
    "ENGINES",
    "MAX_BYTES",
    "FAILURE_COLUMNS",
    "DOCUMENT_COLUMNS",
    "UNTAGGED_COLUMNS",
]

#: Files larger than this many bytes are reported as failed, not loaded.
#: Reading takes about 35 bytes of memory per byte of text (a 50 MB file
#: peaks near 1.8 GB), so this bounds each worker's memory.
MAX_BYTES = 100_000_000

#: At most this many documents go to a worker at once (their items are tagged
#: together; smaller chunks keep the workers evenly busy at the end of a run).
CHUNK_MAX = 64

#: Columns of :attr:`CorpusResult.failures`.
FAILURE_COLUMNS = ["path", "error", "message"]

#: Columns of :attr:`CorpusResult.untagged`.
UNTAGGED_COLUMNS = ["taxonomy", "doc_id", "lang", "items"]

#: Columns of :attr:`CorpusResult.documents`.
DOCUMENT_COLUMNS = [
    "path",
    "doc_id",
    "lang",
    "doc_type",
    "title",
    "date",
    "doc_number",
    "encoding",
    "source_format",
    "items",
    "bytes",
    "seconds",
    "replaced",
    "sha256",
]

ENGINES = ("processes", "dask", "serial")

#: A document to read: its index in the input, its path and its ``doc_id``.
Job = tuple[int, str, str]
#: Per document of a chunk: its index, ``ok`` or ``failed``, and its row.
Done = list[tuple[int, str, dict]]
#: Per taxonomy, the items its dictionary could not match, by ``(doc_id, lang)``.
Untagged = dict[str, dict[tuple[str, str], int]]
#: What a worker returns for a chunk: :data:`Done`, the chunk's items (None: none read)
#: and :data:`Untagged`.
ChunkResult = tuple[Done, "pd.DataFrame | None", Untagged]
Advance = Callable[[ChunkResult], None]


@dataclass
class CorpusResult:
    """What :func:`build_corpus` found.

    Attributes
    ----------
    items : DataFrame
        Every item of every document that was read: the columns of
        :attr:`Document.items <polcompare.document.Document>`
        (:data:`~polcompare.document.ITEM_COLUMNS`), then ``path`` (the source
        file) and one ``themes_<taxonomy>`` column per taxonomy (themes
        joined by ``;``). In input order, then source order.
    failures : DataFrame
        ``path, error, message``: one row per file that was skipped; ``error``
        is the exception's class name (``BinaryFileError``,
        ``FileTooLargeError``...), ``message`` names the file and the reason.
    documents : DataFrame
        One row per document read: ``path, doc_id, lang, doc_type, title, date,
        doc_number, encoding, source_format, items, bytes, seconds, replaced,
        sha256`` (``title``, ``date``, ``doc_number``: what the text states,
        ``""`` where it states none, as :attr:`Document.meta`; ``seconds``:
        reading and parsing it, tagging runs per chunk of documents; ``replaced``:
        bytes read as U+FFFD, see ``errors``; ``sha256``: of the decoded text,
        the same for two copies of one text under any names).
    taxonomies : tuple of str
    dictionaries : dict
        Taxonomy -> SHA-256 of the dictionary used.
    seconds : float
        Wall time of the run.
    untagged : DataFrame
        ``taxonomy, doc_id, lang, items``: per taxonomy, each document and
        language whose items its dictionary could not match (a language it
        has no section for, or ``und``), with their count. Those items are in
        ``items`` all the same, their ``themes_<taxonomy>`` empty.
        :func:`build_corpus` warns once for the run (:meth:`untagged_message`),
        where :func:`~polcompare.themes.tag` warns per document.
    """

    items: pd.DataFrame
    failures: pd.DataFrame
    documents: pd.DataFrame
    taxonomies: tuple[str, ...] = TAXONOMIES
    dictionaries: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    n_items: int | None = None  # items handed to ``items_to`` (then ``items`` is empty)
    untagged: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=UNTAGGED_COLUMNS))

    def summary(self) -> str:
        """One line: documents, items, failures and seconds."""
        n_items = len(self.items) if self.n_items is None else self.n_items
        return (
            f"{counted(len(self.documents), 'document')}, {counted(n_items, 'item')}, "
            f"{counted(len(self.failures), 'failure')} in {self.seconds:.1f} s"
        )

    def untagged_message(self) -> str | None:
        """Return the run's one warning about items no dictionary could match (None: none).

        One line of at most :data:`~polcompare.themes.tag.UNTAGGED_LINE_MAX`
        characters (see :func:`~polcompare.themes.tag.untagged_line`): the items,
        their languages, the dictionaries' languages and the documents, named
        while they fit, else counted. :attr:`untagged` lists them per document
        and taxonomy; in the output their ``themes_<taxonomy>`` are empty.
        """
        if self.untagged.empty:
            return None
        from .themes.tag import untagged_line

        counts: dict[str, dict[tuple[str, str], int]] = {}
        for row in self.untagged.itertuples(index=False):
            counts.setdefault(row.taxonomy, {})[(row.doc_id, row.lang)] = int(row.items)
        return untagged_line(counts, {t: load_dictionary(t).languages for t in self.taxonomies})


def counted(n: int, noun: str) -> str:
    """``1 failure``, ``2 failures``, ``0 failures``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# --- which files ------------------------------------------------------------------------


def corpus_paths(paths: Iterable[str | Path], *, pattern: str = "*.txt") -> list[tuple[Path, str]]:
    """List the documents of a corpus with a unique ``doc_id`` each.

    A folder stands for every entry matching ``pattern`` (in any case) below
    it, at any depth, sorted; an entry that is not a regular file (a folder named
    ``x.txt``) is listed too, so that it is reported rather than skipped, and
    so is a subfolder that cannot be listed (reading it then fails with
    :class:`~polcompare.errors.UnreadableFileError`). A
    document's ``doc_id`` is its path below the folder without ``.txt``
    (``2024/lv/belarus``); a file named directly gets its name. A ``doc_id``
    that is already taken gets ``~2``, ``~3``... A file named twice (a file and
    its folder, or a link to it) is listed once, with a :class:`PolcompareWarning`.

    Returns
    -------
    list of (Path, str)

    Raises
    ------
    MissingFileError
        A path does not exist, or a folder holds no matching file.
    """
    found: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            entries = files_below(path, pattern)
            if not entries:
                raise MissingFileError(path, f"no {pattern} file in this folder or below it")
            found.extend((p, p.relative_to(path).as_posix()) for p in entries)
        elif path.exists() or path.is_symlink():
            found.append((path, path.name))
        else:
            raise MissingFileError(path, "no such file or folder")
    found = listed_once(found)
    doc_ids = unique_doc_ids(name for _, name in found)
    return [(path, doc_id) for (path, _), doc_id in zip(found, doc_ids, strict=True)]


def listed_once(found: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    """Return ``found`` without a second mention of one file (same device and inode).

    Each one left out is a :class:`PolcompareWarning` (the command line prints it
    as ``polcompare: warning: ...``).
    """
    seen: dict[object, Path] = {}
    out: list[tuple[Path, str]] = []
    for path, name in found:
        try:
            st = path.stat()
            key: object = (st.st_dev, st.st_ino)
        except OSError:  # missing, a link loop...: reading it names the problem
            key = path
        if key in seen:
            again = "given twice" if path == seen[key] else f"the file {seen[key]} given again"
            warnings.warn(f"{path} is {again}; read once", PolcompareWarning, stacklevel=3)
            continue
        seen[key] = path
        out.append((path, name))
    return out


# --- the work of one worker ---------------------------------------------------------------


def _failure(path: Path, exc: BaseException) -> dict:
    if isinstance(exc, PolcompareError):
        message = str(exc)
    else:  # a bug, not bad input: still reported, never a lost file
        message = f"{path}: internal error: {type(exc).__name__}: {exc}"
    message = re.sub(r"\s*[\r\n]+\s*", " ", message)  # one line each on stderr
    return {"path": str(path), "error": type(exc).__name__, "message": message}


def _one_document(
    path: Path, doc_id: str, max_bytes: int, lang: str | None, errors: str = "strict"
) -> tuple[ItemRows | None, dict]:
    """Read and parse one document; return ``(ItemRows, row)`` or ``(None, failure row)``."""
    started = time.perf_counter()
    try:
        if path.is_dir():
            # an unlisted folder says so; else read() names the folder
            list_folder(path, consequence="; no document in it was read")
        size = path.stat().st_size if path.is_file() else 0
        if size > max_bytes:
            raise FileTooLargeError(
                path,
                f"is {size / 1e6:.1f} MB, above the corpus limit of {max_bytes / 1e6:.0f} MB; "
                "read it on its own with polcompare.read",
            )
        with warnings.catch_warnings():  # the count is in the row, reported by the caller
            warnings.simplefilter("ignore", PolcompareWarning)
            doc = read(path, lang=lang, doc_id=doc_id, errors=errors)
        rows = item_rows(doc)  # the Document itself goes now: memory stays per document
        document = {
            "path": str(path),
            "doc_id": doc.doc_id,
            "lang": doc.lang,
            "doc_type": doc.doc_type,
            "title": doc.meta.get("title", ""),
            "date": doc.meta.get("date", ""),
            "doc_number": doc.meta.get("doc_number", ""),
            "encoding": doc.encoding,
            "source_format": doc.source_format,
            "items": len(rows.rows),
            "bytes": size,
            "seconds": round(time.perf_counter() - started, 4),
            "replaced": doc.replaced,
            "sha256": doc.source_sha256,
        }
        return rows, document
    except Exception as exc:  # noqa: BLE001 - every failure is reported, none raised
        return None, _failure(path, exc)


def _tagged_items(
    parts: list[ItemRows], paths: list[str], taxonomies: tuple[str, ...]
) -> tuple[pd.DataFrame, Untagged]:
    """One items table for ``parts``, with ``path`` and a ``themes_<taxonomy>`` column each.

    Also returns the items no dictionary could match, counted (not warned
    about: :func:`build_corpus` warns once for the whole run).
    """
    items = items_frame(parts)
    items["path"] = [path for part, path in zip(parts, paths, strict=True) for _ in part.rows]
    shared: dict = {}  # the items' tokens, made once for every taxonomy
    untagged: Untagged = {}
    for taxonomy in taxonomies:
        # tag(...).items["themes"], without building the items and evidence tables
        with warnings.catch_warnings():  # counted here, reported once by build_corpus
            warnings.simplefilter("ignore", UntaggedLanguageWarning)
            items[f"themes_{taxonomy}"] = themes_column(items, taxonomy, shared)
        untagged[taxonomy] = untagged_items(items, taxonomy)
    return items, untagged


def _work_chunk(
    chunk: list[Job],
    taxonomies: tuple[str, ...],
    max_bytes: int,
    lang: str | None,
    errors: str = "strict",
) -> ChunkResult:
    """Process a chunk of ``(index, path, doc_id)``.

    Documents are read one at a time and tagged together: one call to
    :func:`~polcompare.themes.tag` per taxonomy and chunk costs less than one
    per document. Returns ``(index, status, row)`` per document (a
    :data:`DOCUMENT_COLUMNS` row or a failure) and the chunk's items in
    input order (None if no document was read).
    """
    done: Done = []
    read_ok: list[tuple[int, str, ItemRows]] = []
    for index, path, doc_id in chunk:
        rows, row = _one_document(Path(path), doc_id, max_bytes, lang, errors)
        if rows is not None:
            read_ok.append((index, path, rows))
        done.append((index, "ok" if rows is not None else "failed", row))
    release_model_pages()  # memory bounded by the chunk, not the corpus (see there)
    if not read_ok:
        return done, None, {}
    try:
        return (
            done,
            *_tagged_items([r for _, _, r in read_ok], [p for _, p, _ in read_ok], taxonomies),
        )
    except Exception:  # noqa: BLE001 - a bug in tagging: find the documents it hits
        return _tag_one_by_one(done, read_ok, taxonomies)


def _tag_one_by_one(
    done: Done, read_ok: list[tuple[int, str, ItemRows]], taxonomies: tuple[str, ...]
) -> ChunkResult:
    """Tag each document alone, so that a failure names its document."""
    frames, failed = [], {}
    untagged: Untagged = {taxonomy: {} for taxonomy in taxonomies}
    for index, path, rows in read_ok:
        try:
            frame, counts = _tagged_items([rows], [path], taxonomies)
            frames.append(frame)
            for taxonomy, pairs in counts.items():
                untagged[taxonomy].update(pairs)  # one document each: no key twice
        except Exception as exc:  # noqa: BLE001 - reported, never raised
            failed[index] = _failure(Path(path), exc)
    done = [
        (index, "failed", failed[index]) if index in failed else (index, status, row)
        for index, status, row in done
    ]
    return done, pd.concat(frames, ignore_index=True) if frames else None, untagged


def _chunks(jobs: list[Job], size: int) -> list[list[Job]]:
    return [jobs[k : k + size] for k in range(0, len(jobs), size)]


# --- engines --------------------------------------------------------------------------------


def _run_serial(chunks: list[list[Job]], args: tuple, advance: Advance) -> None:
    for chunk in chunks:
        advance(_work_chunk(chunk, *args))


def _start_method(taxonomies: tuple[str, ...], fork: bool):
    """How worker processes start: ``fork`` when asked and safe, else ``forkserver``.

    With ``fork``, on Linux, from a process with no other thread (the command
    line asks for it), the workers are forked from this process, with polcompare imported and the
    dictionaries compiled here first: they start in milliseconds, where a fork
    server first starts a new interpreter and imports polcompare (1-2 s of
    a 2-core machine's time before the first document). With other threads
    running (a Jupyter kernel, a caller's threads), forking could copy a lock
    held by one of them, so "forkserver" (Linux, macOS): workers are forked
    from a clean server process that has imported polcompare and compiled the
    shipped dictionaries once. Elsewhere "spawn".
    """
    import multiprocessing
    import threading

    methods = multiprocessing.get_all_start_methods()
    if fork and sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        from .themes.dictionary import _load_shipped
        from .themes.match import _compile

        for taxonomy in taxonomies:
            if taxonomy in TAXONOMIES:
                dictionary = _load_shipped(taxonomy)
                for lang in dictionary.patterns:
                    _compile(dictionary, lang)
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        forkserver = multiprocessing.get_context("forkserver")
        forkserver.set_forkserver_preload(["polcompare.parallel", "polcompare._preload"])
        return forkserver
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


def _run_processes(
    chunks: list[list[Job]],
    args: tuple,
    workers: int | None,
    advance: Advance,
    started: Callable[[], None] | None = None,
    fork: bool = False,
) -> None:
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    context = _start_method(args[0], fork)
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_leave_interrupts_to_parent
    )
    try:
        # Forked workers share this process's memory until they write to it, and Python's
        # garbage collector writes to every object it looks at: frozen, the objects made so
        # far (modules, compiled dictionaries) are never looked at in the workers, which
        # then copy fewer pages, in memory and in time. (All workers are forked at once.)
        forked = context.get_start_method() == "fork"
        if forked:
            gc.freeze()
        try:
            _check_workers_start(pool)
        finally:
            if forked:
                gc.unfreeze()
        if started is not None:
            started()
        futures = {pool.submit(_work_chunk, chunk, *args): chunk for chunk in chunks}
        for future in as_completed(futures):
            # A future keeps its result (the chunk's items) while it is referenced: taken
            # out of ``futures`` once handed on, so the parent holds the chunks in flight,
            # not every chunk of the corpus until the last one is done.
            chunk = futures.pop(future)
            try:
                advance(future.result())
            except BrokenProcessPool as exc:  # a worker died (killed, out of memory)
                advance(_lost(chunk, exc))
            del future
    except KeyboardInterrupt:  # Ctrl-C: stop the chunks in progress too, not only those to come
        _stop_workers(pool)
        raise
    finally:  # on Ctrl-C, drop the chunks not started rather than wait for them
        pool.shutdown(wait=True, cancel_futures=True)


def _leave_interrupts_to_parent() -> None:
    """Worker initializer: a worker ignores Ctrl-C; the parent stops it.

    Ctrl-C in a terminal reaches every process of the command. A worker waiting for its
    next chunk died of it with a 20-line ``KeyboardInterrupt`` traceback above
    "polcompare: interrupted"; the parent, which handles it, ends the workers
    (:func:`_stop_workers`).
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop_workers(pool) -> None:
    """End the pool's worker processes now, their chunks unfinished (Ctrl-C).

    Waiting for them took as long as the largest chunk in progress (21 s for a 20 MB
    file, when Ctrl-C reached the parent alone: a notebook's interrupt, ``kill -INT``).
    """
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()


def _ping() -> bool:
    return True


def _check_workers_start(pool) -> None:
    """Raise a clear error when no worker can start, rather than fail every file.

    The usual cause: a script that calls :func:`build_corpus` without an
    ``if __name__ == '__main__':`` guard. Each worker re-runs the script on
    start-up, which calls ``build_corpus`` again, which multiprocessing refuses.
    """
    from concurrent.futures.process import BrokenProcessPool

    try:
        pool.submit(_ping).result()
    except BrokenProcessPool as exc:
        raise PolcompareError(
            "engine='processes'",
            "the worker processes could not start; in a script, call build_corpus under "
            "if __name__ == '__main__': (each worker re-runs the script's top level), "
            "or use engine='serial'",
        ) from exc


def _run_dask(
    chunks: list[list[Job]],
    args: tuple,
    workers: int | None,
    scheduler: str | None,
    advance: Advance,
) -> None:
    distributed = require("dask.distributed", "dask", "engine='dask'")
    Client, LocalCluster, as_completed = (
        distributed.Client,
        distributed.LocalCluster,
        distributed.as_completed,
    )
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,  # one document at a time per worker process
            processes=True,
            dashboard_address=None,
        )
        client = Client(cluster)
    try:
        futures = client.map(_work_chunk, chunks, *[[a] * len(chunks) for a in args], pure=False)
        by_key = {f.key: chunk for f, chunk in zip(futures, chunks, strict=True)}
        done = as_completed(futures)
        del futures  # a result stays on the cluster while its future is referenced
        for future in done:
            try:
                advance(future.result())
            except Exception as exc:  # noqa: BLE001 - a lost worker: its files are reported
                advance(_lost(by_key.pop(future.key), exc))
            del future
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _lost(chunk: list[Job], exc: BaseException) -> ChunkResult:
    reason = f"the worker reading it was lost ({type(exc).__name__}: {exc})"
    return (
        [
            (
                index,
                "failed",
                {"path": path, "error": type(exc).__name__, "message": f"{path}: {reason}"},
            )
            for index, path, _ in chunk
        ],
        None,
        {},
    )


def _progress(total: int, enabled: bool):
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - depends on the installation
        print(
            "polcompare: no progress bar without tqdm (pip install 'polcompare[progress]')",
            file=sys.stderr,
        )
        return None
    return tqdm(total=total, unit="doc", file=sys.stderr, desc="polcompare corpus")


# --- the entry points -----------------------------------------------------------------------


def build_corpus(
    paths: Iterable[str | Path],
    *,
    taxonomies: Sequence[str] = TAXONOMIES,
    engine: str = "processes",
    workers: int | None = None,
    scheduler: str | None = None,
    progress: bool = True,
    lang: str | None = None,
    max_bytes: int = MAX_BYTES,
    errors: str = "strict",
    fork: bool = False,
    items_to: Callable[[pd.DataFrame], object] | None = None,
    warn_untagged: bool = True,
) -> CorpusResult:
    """Read, parse and tag many documents in parallel.

    Parameters
    ----------
    paths : iterable of str or Path
        Files and folders (their ``*.txt`` files at any depth, see
        :func:`corpus_paths`).
    taxonomies : sequence of str
        Shipped taxonomies to tag with; each gives a ``themes_<taxonomy>`` column.
    engine : {"processes", "dask", "serial"}
        ``processes``: a pool of worker processes on this machine.
        ``dask``: dask.distributed, on a local cluster of ``workers``
        single-threaded processes, or on the cluster at ``scheduler``.
        ``serial``: one document after the other in this process (for
        debugging, and small corpora where starting workers costs more).
    workers : int, optional
        Worker processes (default: one per core). Ignored with ``scheduler``.
    scheduler : str, optional
        Address of a running Dask scheduler (``tcp://host:8786``); implies
        ``engine="dask"``.
    progress : bool
        Show a progress bar (tqdm) on standard error.
    lang : str, optional
        The language of every document (default: detect each).
    max_bytes : int
        Files above this size are reported as failed, not loaded.
    errors : {"strict", "replace"}
        As for :func:`~polcompare.document.read`: ``replace`` reads bytes that
        cannot be decoded as U+FFFD, counted in ``documents["replaced"]``.
    fork : bool
        ``engine="processes"`` on Linux: fork the workers from this process
        (polcompare imported, dictionaries compiled here first) when it runs
        no other thread, instead of from a fork server that first starts an
        interpreter and imports polcompare (1-2 s). ``polcompare corpus`` does;
        off by default, because a script without an ``if __name__ ==
        "__main__":`` guard, or a caller that starts threads later, is safer
        with the fork server.
    items_to : callable, optional
        Receives the items chunk by chunk, in input order (the columns of
        ``CorpusResult.items``), instead of keeping them: memory is bounded
        by the chunks in flight, not the corpus. ``CorpusResult.items`` is
        then empty and ``CorpusResult.n_items`` counts them.
        :func:`write_corpus_stream` writes them to Parquet this way.
    warn_untagged : bool
        Warn once at the end of the run
        (:class:`~polcompare.errors.UntaggedLanguageWarning`,
        :meth:`CorpusResult.untagged_message`) when items got no themes
        because a dictionary lacks their language; False: the caller reports
        :attr:`CorpusResult.untagged` itself. Workers never warn per document.

    Returns
    -------
    CorpusResult
        ``items``, ``failures``, ``documents`` (see :class:`CorpusResult`).

    Raises
    ------
    PolcompareError
        A path does not exist or a folder holds no document (before any
        work starts); an unknown engine or taxonomy. Files that fail are
        reported in ``failures``, not raised.
    """
    started = time.perf_counter()
    engine, lang = _checked(engine, scheduler, errors, lang)
    taxonomies = tuple(taxonomies)
    dictionaries = {t: load_dictionary(t).sha256 for t in taxonomies}  # unknown: DictionaryError
    docs = corpus_paths(paths)
    # A remote cluster's workers need paths that do not depend on our folder.
    where = os.path.abspath if scheduler else str
    jobs = [(k, where(path), doc_id) for k, (path, doc_id) in enumerate(docs)]
    # Chunks amortise the hand-over and the tagging (one call per chunk); with
    # workers, small enough that they share the tail of the work evenly. One
    # process has no tail to share: its chunks, and so its memory, do not
    # depend on the number of documents.
    slots = workers or os.cpu_count() or 1
    size = CHUNK_MAX if engine == "serial" else min(CHUNK_MAX, len(jobs) // (slots * 4))
    chunks = _chunks(jobs, max(1, size))
    args = (taxonomies, max_bytes, lang, errors)

    results: dict[int, tuple[str, dict]] = {}
    frames: dict[int, pd.DataFrame] = {}  # a chunk's items, by its first index
    untagged: dict[int, Untagged] = {}  # a chunk's untagged items, by its first index
    # The bar's thread starts once the workers have (see _start_method).
    bars = [] if engine == "processes" else [_progress(len(jobs), progress)]
    handover = _InOrder(chunks, frames, items_to, taxonomies)

    def advance(chunk_result: ChunkResult) -> None:
        done, items, counts = chunk_result
        for index, status, payload in done:
            results[index] = (status, payload)
        if items is not None:
            frames[done[0][0]] = items
        untagged[done[0][0]] = counts
        handover.arrived(done[0][0])
        if bars and bars[0] is not None:
            bars[0].update(len(done))

    try:
        if engine == "processes":
            _run_processes(
                chunks,
                args,
                workers,
                advance,
                started=lambda: bars.append(_progress(len(jobs), progress)),
                fork=fork,
            )
        elif engine == "serial":
            _run_serial(chunks, args, advance)
        else:
            _run_dask(chunks, args, workers, scheduler, advance)
    finally:
        if bars and bars[0] is not None:
            bars[0].close()
    result = _collect(results, frames, taxonomies, dictionaries, time.perf_counter() - started)
    result.n_items = handover.n_items
    result.untagged = _untagged_table(untagged, taxonomies)
    if warn_untagged:
        _warn_untagged(result, stacklevel=3)
    read = result.documents[result.documents["items"] > 0]
    same = same_text_message(zip(read["doc_id"], read["sha256"], strict=True))
    if same:  # one text under two names: every count holds it twice
        warnings.warn(same, PolcompareWarning, stacklevel=2)
    return result


def _warn_untagged(result: CorpusResult, stacklevel: int) -> None:
    """Warn once for the run (the same with every engine: workers count, never warn)."""
    message = result.untagged_message()
    if message:
        warnings.warn(message, UntaggedLanguageWarning, stacklevel=stacklevel)


def _untagged_table(untagged: dict[int, Untagged], taxonomies: tuple[str, ...]) -> pd.DataFrame:
    """:attr:`CorpusResult.untagged`: by taxonomy, then in input order."""
    rows = [
        (taxonomy, doc_id, lang, n)
        for taxonomy in taxonomies
        for first in sorted(untagged)
        for (doc_id, lang), n in untagged[first].get(taxonomy, {}).items()
    ]
    table = pd.DataFrame(rows, columns=UNTAGGED_COLUMNS)
    table["items"] = table["items"].astype("int64")
    return table


def _checked(engine: str, scheduler: str | None, errors: str, lang: str | None):
    """Return build_corpus's ``(engine, lang)``, or raise on a value it does not know."""
    if scheduler:
        engine = "dask"
    if engine not in ENGINES:
        raise PolcompareError(engine, f"unknown engine (expected {' or '.join(ENGINES)})")
    if errors not in ERRORS:
        raise PolcompareError(errors, "unknown errors= (expected strict or replace)")
    if lang is not None:  # an unknown code fails once here, not once per file
        lang = normalize_language(lang, source="lang")
    return engine, lang


class _InOrder:
    """Hands chunks' items on in input order as they arrive (``build_corpus(items_to=...)``).

    Without ``items_to`` it does nothing: the frames stay for :func:`_collect`.
    """

    def __init__(self, chunks, frames: dict[int, pd.DataFrame], items_to, taxonomies) -> None:
        self.waiting = [chunk[0][0] for chunk in chunks]  # first indices, in input order
        self.waiting.reverse()  # the next one last: popped cheaply
        self.done: set[int] = set()  # arrived, not handed on yet (an earlier one is still out)
        self.frames = frames
        self.items_to = items_to
        self.columns = _item_columns(taxonomies)
        self.n_items: int | None = None if items_to is None else 0

    def arrived(self, first: int) -> None:
        if self.items_to is None:  # the items are kept, in frames
            return
        self.done.add(first)
        while self.waiting and self.waiting[-1] in self.done:
            first = self.waiting.pop()
            self.done.discard(first)
            frame = self.frames.pop(first, None)
            if frame is not None:
                self.n_items = (self.n_items or 0) + len(frame)
                self.items_to(frame[self.columns])


def _item_columns(taxonomies: tuple[str, ...]) -> list[str]:
    return ITEM_COLUMNS + ["path"] + [f"themes_{t}" for t in taxonomies]


def _collect(
    results: dict[int, tuple[str, dict]],
    frames: dict[int, pd.DataFrame],
    taxonomies: tuple[str, ...],
    dictionaries: dict[str, str],
    seconds: float,
) -> CorpusResult:
    documents: list[dict] = []
    failures: list[dict] = []
    for index in sorted(results):
        status, row = results[index]
        (documents if status == "ok" else failures).append(row)
    columns = _item_columns(taxonomies)
    # Chunks hold consecutive documents, so their first indices give input order.
    ordered = [frames[k] for k in sorted(frames)]
    items = pd.concat(ordered, ignore_index=True) if ordered else pd.DataFrame(columns=columns)
    items = items[columns]
    return CorpusResult(
        items=items,
        failures=pd.DataFrame(failures, columns=FAILURE_COLUMNS),
        documents=pd.DataFrame(documents, columns=DOCUMENT_COLUMNS),
        taxonomies=taxonomies,
        dictionaries=dictionaries,
        seconds=seconds,
    )


def failures_path(path: str | Path) -> Path:
    """Where :func:`write_corpus` puts the failures of ``path``: ``PATH.failures.csv``."""
    path = Path(path)
    return path.with_name(path.name + ".failures.csv")


def documents_path(path: str | Path) -> Path:
    """Where :func:`write_corpus` puts the documents of ``path``: ``PATH.documents.csv``."""
    path = Path(path)
    return path.with_name(path.name + ".documents.csv")


def _write_sidecars(result: CorpusResult, path: Path, inputs: list) -> None:
    """Write the failures and the documents beside the Parquet file (UTF-8 CSV each)."""
    atomic_write(
        failures_path(path), lambda fh: result.failures.to_csv(fh, index=False), inputs=inputs
    )
    atomic_write(
        documents_path(path), lambda fh: result.documents.to_csv(fh, index=False), inputs=inputs
    )


def write_corpus(
    result: CorpusResult, path: str | Path, *, inputs: Iterable[str | Path] = ()
) -> Path:
    """Write the items as Parquet and the failures beside them, each atomically.

    The items go to ``path`` (Parquet, via pyarrow; read back with
    ``pandas.read_parquet``). The failures go to ``PATH.failures.csv``
    (``path, error, message``), written on every run, with only its header
    when nothing failed, so a stale list never outlives the run that made
    it; the documents read to ``PATH.documents.csv`` (one row each, the
    columns of :attr:`CorpusResult.documents`: title, date, type, SHA-256...).
    The Parquet file's metadata (key ``polcompare``) holds the run's
    summary as JSON: polcompare's version, taxonomies, dictionary SHA-256s,
    and the counts of documents, items and failures.

    Parameters
    ----------
    result : CorpusResult
    path : str or Path
        The Parquet file.
    inputs : iterable of str or Path
        Files never to overwrite (the corpus documents).

    Returns
    -------
    Path
        The Parquet file.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise PolcompareError(path, "writing Parquet needs pyarrow: pip install pyarrow") from exc
    path = Path(path)
    inputs = list(inputs)
    _write_sidecars(result, path, inputs)
    table = pa.Table.from_pandas(result.items, preserve_index=False)
    metadata = dict(table.schema.metadata or {})
    metadata[b"polcompare"] = _summary(result, path, len(result.items))
    table = table.replace_schema_metadata(metadata)
    atomic_write_file(path, lambda target: pq.write_table(table, target), inputs=inputs)
    return path


def _summary(result: CorpusResult, path: Path, n_items: int) -> bytes:
    """Return the Parquet file's ``polcompare`` metadata (see :func:`write_corpus`)."""
    summary = {
        "polcompare": __version__,
        "taxonomies": list(result.taxonomies),
        "dictionaries": result.dictionaries,
        "documents": len(result.documents),
        "items": n_items,
        "failures": len(result.failures),
        "failures_file": failures_path(path).name,
        "documents_file": documents_path(path).name,
    }
    return json.dumps(summary).encode()


class _NothingRead(Exception):
    """No document could be read: the Parquet file is not written."""


def _typed_schema(frame: pd.DataFrame):
    """Return the Arrow schema of ``frame``, columns without a type (all empty) as strings."""
    import pyarrow as pa

    schema = pa.Table.from_pandas(frame, preserve_index=False).schema
    for k, column in enumerate(schema):
        if pa.types.is_null(column.type):
            schema = schema.set(k, column.with_type(pa.large_string()))
    return schema


def write_corpus_stream(
    paths: Iterable[str | Path], output: str | Path, **options
) -> tuple[CorpusResult, Path | None]:
    """:func:`build_corpus` and :func:`write_corpus` in one, the items written as they come.

    Each chunk of documents' items is written as a Parquet row group once the
    chunks before it are (``build_corpus(items_to=...)``), so memory is
    bounded by the chunks in flight, not the corpus; the file is the same as
    :func:`write_corpus` writes (rows, columns, types, metadata), in row
    groups. It replaces ``output`` atomically when the run is over; when no
    document could be read nothing is written (returns ``(result, None)``).
    The failures go beside it as with :func:`write_corpus`. ``options`` are
    :func:`build_corpus`'s; its warning about untagged languages comes once
    the files are written (a warnings filter set to ``error`` does not lose them).
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise PolcompareError(output, "writing Parquet needs pyarrow: pip install pyarrow") from exc
    path = Path(output)
    paths = list(paths)  # walked twice (the inputs here, the jobs in build_corpus): not a generator
    with warnings.catch_warnings():  # the same paths are listed again, and warned of, below
        warnings.simplefilter("ignore", PolcompareWarning)
        inputs = [p for p, _ in corpus_paths(paths)]
    state: dict = {}
    warn = options.pop("warn_untagged", True)

    def write(target: str) -> None:
        # Row groups go to a scratch file as they come; the counts for the
        # file's metadata are known only at the end, and a Parquet schema's
        # metadata is written first: the row groups are then copied, one at
        # a time, into the file with the whole schema.
        scratch = Path(target + ".part")
        writer = None
        empty: list[pd.DataFrame] = []  # frames with no rows before the first with rows

        def items_to(frame: pd.DataFrame) -> None:
            nonlocal writer
            if writer is None and not len(frame):
                # an empty frame's columns have no type (pyarrow's null), which no later
                # frame's strings cast to: the schema waits for a frame with rows
                empty.append(frame)
                return
            if writer is None:
                writer = pq.ParquetWriter(scratch, _typed_schema(frame))
                state["schema"] = writer.schema
            table = pa.Table.from_pandas(frame, schema=state["schema"], preserve_index=False)
            writer.write_table(table)

        try:
            result = state["result"] = build_corpus(
                paths, items_to=items_to, warn_untagged=False, **options
            )
            if writer is None and empty:  # every document read yielded no item
                writer = pq.ParquetWriter(scratch, _typed_schema(empty[0]))
                writer.write_table(
                    pa.Table.from_pandas(empty[0], schema=writer.schema, preserve_index=False)
                )
            if writer is None:
                raise _NothingRead  # (documents read always hand on a frame, maybe empty)
            writer.close()
            parts = pq.ParquetFile(scratch)
            schema = parts.schema_arrow
            metadata = dict(schema.metadata or {})
            metadata[b"polcompare"] = _summary(result, path, result.n_items or 0)
            with pq.ParquetWriter(target, schema.with_metadata(metadata)) as final:
                for k in range(parts.num_row_groups):
                    final.write_table(parts.read_row_group(k, use_threads=False))
        finally:
            if writer is not None:
                writer.close()
            scratch.unlink(missing_ok=True)

    try:
        atomic_write_file(path, write, inputs=inputs)
    except _NothingRead:
        return state["result"], None
    result = state["result"]
    _write_sidecars(result, path, inputs)
    if warn:
        _warn_untagged(result, stacklevel=3)
    return result, path
