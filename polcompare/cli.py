"""Command line: thin wiring of the stages.

    polcompare items PATH... [--format csv|json|table] [--taxonomy oap|policy|stance]
    polcompare evidence PATH... --taxonomy oap|policy|stance [--dictionary FILE]
    polcompare compare PATH... -o DIR [--paper DOC_ID] [--versions DOC_ID,...] [--conclusions ID]
    polcompare corpus DIR... -o FILE.parquet [--engine processes|dask] [--scheduler ADDRESS]
    polcompare report [PATH...] [-o FILE] [--paper DOC_ID] [--versions DOC_ID,...]
        [--sheet SHEET.csv ... --sheet-taxonomy T]
    polcompare codesheet PATH... --taxonomy T -o SHEET.csv [--sample N --seed S]
    polcompare agreement SHEET... --taxonomy T [--format table|csv] [--disagreements FILE]
    polcompare align A B [--format table|csv|json] [--method auto|e5|tfidf] [--no-cache]
    polcompare similar PATH... [--top K] [--format table|csv|json]
    polcompare series PATH... [--dates CSV] [-o DIR] [--report FILE]

A PATH may be a file or a folder (its ``*.txt`` files at any depth, sorted by path).
Errors print one line, ``polcompare: error: FILE: reason``, and exit with 2;
a file that cannot be read is named that way and skipped, the others are
written, and the run exits with 2 at the end. Ctrl-C exits with 130.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

# Arrow's allocator for this process and the workers it starts, chosen before pandas imports
# pyarrow (it is read then): the system's gives back what it frees, where mimalloc keeps it,
# 30-50 MB of a corpus run's peak that grew with the corpus. A value the user set is kept.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

import pandas as pd

from ._version import __version__
from .compare import compare
from .compare.align import METHODS, align, default_cache_dir, judgement, similar
from .document import Document, concat_items, read
from .errors import (
    MissingFileError,
    PolcompareError,
    PolcompareWarning,
    UntaggedLanguageWarning,
)
from .io import ERRORS, atomic_write, files_below, list_folder
from .items import unique_doc_ids
from .languages import normalize_language
from .parallel import (
    ENGINES,
    FAILURE_COLUMNS,
    counted,
    documents_path,
    failures_path,
    listed_once,
    write_corpus_stream,
)
from .themes import TAXONOMIES, Dictionary, Tagged, load_dictionary, tag
from .themes.tag import FALLBACK_HINT, UNTAGGED_HINT
from .themes.validate import agreement, codesheet, write_codesheet, write_csv_for_excel

__all__ = ["main"]

DEFAULT_SEEDS = Path("seeds")

# Columns shown by ``--format table``; csv and json carry every column.
_TABLE_COLUMNS = ["doc_id", "section", "number", "letter", "start_line", "end_line", "text"]


def expand_paths(paths: Sequence[str | Path], *, once: bool = True) -> list[tuple[Path, str]]:
    """Files named, and the ``*.txt`` entries at any depth below folders named, in order.

    Each comes with its name: a file named directly is its name, one found in a
    folder its path below that folder (``2024/lv/belarus.txt``), so that every
    command names documents as :func:`~polcompare.parallel.corpus_paths` (the
    ``corpus`` command) does. ``.TXT`` counts too. An entry that is not a file
    (a folder named ``x.txt``) is kept, so that reading it names the problem; so
    is a subfolder that cannot be listed. A file named twice (``seeds/
    seeds/paper.txt``, or through a link) is read once, and one warning line says
    so: read twice, it was compared with itself. ``once=False`` keeps every
    mention (``align A A`` aligns a text with itself, and says so).
    """
    out: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            list_folder(path)  # a folder that cannot be listed at all: one clear line
            found = files_below(path)
            if not found:
                raise MissingFileError(path, "no .txt file in this folder or below it")
            out.extend((p, p.relative_to(path).as_posix()) for p in found)
        else:
            out.append((path, path.name))
    return listed_once(out) if once else out


def read_all(
    paths: Sequence[str | Path],
    *,
    lang: str | None = None,
    errors: str = "strict",
    progress: bool = False,
    once: bool = True,
) -> tuple[list[Document], pd.DataFrame]:
    """Read every document named by ``paths`` (see :func:`expand_paths`); skip the bad ones.

    Documents get unique ``doc_id`` values (:func:`~polcompare.items.unique_doc_ids`:
    ``paper``, ``paper~2`` for two files named ``paper.txt``). A file that cannot
    be read is named on stderr (one line) and skipped; a document that yields no item is
    named in one warning line saying where its text went. With ``progress``, one
    line per document read goes to stderr. ``once``: see :func:`expand_paths`.

    Returns
    -------
    (list of Document, DataFrame)
        The documents read and the failures (``path, error, message``).
    """
    files = expand_paths(paths, once=once)
    docs: list[Document] = []
    failures: list[dict] = []
    doc_ids = unique_doc_ids(name for _, name in files)
    for k, ((path, _), doc_id) in enumerate(zip(files, doc_ids, strict=True)):
        try:
            doc = read(path, lang=lang, doc_id=doc_id, errors=errors)
        except PolcompareError as exc:
            print(f"polcompare: error: {exc}", file=sys.stderr)
            failures.append({"path": str(path), "error": type(exc).__name__, "message": str(exc)})
            continue
        docs.append(doc)
        if not len(doc.items):  # it counts in no table or chart: say so, and where its text went
            print(
                f"polcompare: warning: {path}: no items: {doc.no_items_reason()}", file=sys.stderr
            )
        if progress:
            print(
                f"polcompare: read {k + 1}/{len(files)} {path} ({len(doc.items)} items)",
                file=sys.stderr,
            )
    return docs, pd.DataFrame(failures, columns=FAILURE_COLUMNS)


def _status(docs: list[Document], failures: pd.DataFrame) -> int:
    """Exit status after a run over many files: 2 (and one line saying so) if any failed."""
    if failures.empty:
        return 0
    total = len(docs) + len(failures)
    print(
        f"polcompare: {len(failures)} of {total} files could not be read (listed above)",
        file=sys.stderr,
    )
    return 2


def _nothing_written(docs: list[Document], failures: pd.DataFrame, what: str, why: str) -> int:
    """Say in one line that a command needing every document wrote nothing; return 2.

    A coding sheet (and the agreement checked against the documents) must hold every
    item asked for, so unlike the other commands these do not go on without a bad file.
    """
    if docs:  # some were read: say why their items were not used either
        total = len(docs) + len(failures)
        print(
            f"polcompare: error: {what}: {len(failures)} of {total} files could not be read "
            f"(listed above), and {why}; fix those files or leave them out",
            file=sys.stderr,
        )
    return 2


def _items_table(docs: list[Document]) -> pd.DataFrame:
    return concat_items(docs)


def _write_items(items: pd.DataFrame, fmt: str, out, columns: list[str]) -> None:
    if fmt == "csv":
        items.to_csv(out, index=False)
    elif fmt == "json":
        json.dump(items.to_dict(orient="records"), out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        view = items[columns].copy()
        if "text" in view:
            view["text"] = view["text"].str.slice(0, 70)
        out.write(view.to_string(index=False) + "\n")


def _write_pairs(pairs: pd.DataFrame, fmt: str, out) -> None:
    """Write align's or similar's rows; the table view cuts the texts to 50 characters."""
    if fmt == "json":
        rows = pairs.astype(object).where(pairs.notna(), None).to_dict(orient="records")
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "csv":
        pairs.to_csv(out, index=False)
    else:
        view = pairs.copy()
        for col in ("a_text", "b_text"):
            view[col] = view[col].str.slice(0, 50)
        out.write(view.drop(columns=["method"]).to_string(index=False, na_rep="") + "\n")


def _read_pair_inputs(
    args: argparse.Namespace, least: int, *, once: bool = True
) -> list[Document] | None:
    docs, _failures = read_all(args.paths, lang=args.lang, errors=args.errors, once=once)
    if len(docs) < least:
        return None
    return docs


def cmd_align(args: argparse.Namespace) -> int:
    docs = _read_pair_inputs(args, 2, once=False)  # A with itself: align warns
    if docs is None:
        return 2
    cache = None if args.no_cache else default_cache_dir()
    pairs = align(docs[0], docs[1], method=args.method, cache_dir=cache)
    if not pairs.empty:
        print(f"# method: {pairs['method'].iloc[0]}", file=sys.stderr)
        print(f"# judged: {judgement(pairs)}", file=sys.stderr)
    _write_pairs(pairs, args.format, sys.stdout)
    return 0


def cmd_similar(args: argparse.Namespace) -> int:
    docs = _read_pair_inputs(args, 2)
    if docs is None:
        raise PolcompareError("similar", "needs two readable documents or more")
    cache = None if args.no_cache else default_cache_dir()
    _write_pairs(
        similar(docs, top=args.top, method=args.method, cache_dir=cache), args.format, sys.stdout
    )
    return 0


SERIES_TABLES = ("documents", "flow_counts", "flows", "themes", "intensity", "positions")


def cmd_series(args: argparse.Namespace) -> int:
    """Run ``polcompare series``: a dated series, its flows, themes and positions."""
    from .compare.series import series

    dictionaries = _dictionaries(args.dictionary)
    docs, failures = read_all(args.paths, lang=args.lang, errors=args.errors)
    if len(failures):
        raise PolcompareError(
            "series",
            f"{len(failures)} of {len(failures) + len(docs)} files could not be read; "
            "a series needs every document it names",
        )
    cache = None if args.no_cache else default_cache_dir()
    result = series(
        docs,
        dates=args.dates,
        method=args.method,
        cache_dir=cache,
        dictionaries=dictionaries,
        fallback_lang=args.fallback_lang,
    )
    for note in result.notes:
        print(f"polcompare: note: {note}", file=sys.stderr)
    shown = result.documents[["position", "date", "date_source", "lang", "items", "doc_id"]]
    print(shown.to_string(index=False))
    print()
    print(result.flow_counts.drop(columns=["earlier_doc"]).to_string(index=False))
    if args.output:
        out_dir = Path(args.output)
        inputs = [d.path for d in docs]
        for name in SERIES_TABLES:
            table = getattr(result, name)
            target = atomic_write(
                out_dir / f"{name}.csv", functools.partial(_csv, table), inputs=inputs
            )
            print(f"{target}: {counted(len(table), 'row')}")
    if args.report:
        from .render.report import report

        _step("drawing the report")
        # in date order, as the series; the same dictionaries in every part
        report(
            list(result.docs),
            args.report,
            series=result,
            dictionaries=dictionaries,
            fallback_lang=args.fallback_lang,
        )
        print(f"{args.report}: written")
    return 0


def _taxonomy(args: argparse.Namespace) -> str:
    """Name results after --taxonomy, else after the --dictionary file."""
    return args.taxonomy or Path(args.dictionary).name.split(".")[0]


def _csv(table: pd.DataFrame, fh) -> None:
    # A byte-order mark, as the coding sheets and the report's downloads have: without it
    # Excel reads UTF-8 as the locale's code page ("atmÄ«nÄ“Å¡ana"); pandas skips it.
    fh.write("\ufeff")
    table.to_csv(fh, index=False)


def _tag(args: argparse.Namespace, docs: list) -> Tagged:
    """Tag the documents' items as the command line asks (taxonomy, dictionary, fallback)."""
    return tag(
        _items_table(docs),
        taxonomy=_taxonomy(args),
        dictionary=args.dictionary,
        fallback_lang=args.fallback_lang,
    )


def cmd_items(args: argparse.Namespace) -> int:
    docs, failures = read_all(args.paths, lang=args.lang, errors=args.errors)
    if not docs:
        return 2
    items = _items_table(docs)
    if args.taxonomy or args.dictionary:
        items = _tag(args, docs).items
        columns = _TABLE_COLUMNS[:-1] + ["themes", "text"]
    else:
        columns = _TABLE_COLUMNS
    _write_items(items, args.format, sys.stdout, columns)
    return _status(docs, failures)


def cmd_evidence(args: argparse.Namespace) -> int:
    docs, failures = read_all(args.paths, lang=args.lang, errors=args.errors)
    if not docs:
        return 2
    evidence = _tag(args, docs).evidence
    columns = ["item_id", "theme", "match", "pattern", "start", "end"]
    _write_items(evidence, args.format, sys.stdout, columns)
    return _status(docs, failures)


def _dictionaries(given: list[str]) -> dict[str, Dictionary]:
    """Read and load ``--dictionary TAXONOMY=FILE`` options: taxonomy -> its dictionary.

    Loaded before any document is read, so that a wrong option or file stops the run at once.
    """
    out: dict[str, Dictionary] = {}
    for value in given:
        taxonomy, sep, path = value.partition("=")
        if not sep or not path or taxonomy not in TAXONOMIES:
            raise PolcompareError(
                f"--dictionary {value}",
                "give it as TAXONOMY=FILE, the taxonomy your file replaces "
                f"({', '.join(TAXONOMIES)}) and the file, e.g. policy=my-topics.yml",
            )
        if taxonomy in out:
            raise PolcompareError(f"--dictionary {value}", f"{taxonomy} is given twice")
        out[taxonomy] = load_dictionary(Path(path))
    return out


#: What each role's tables need, said when they are not written.
ROLE_NEEDS = {
    "paper": "a position paper (--paper ID)",
    "version": "the position paper's other language version (--versions ID)",
    "conclusions": "Council conclusions in the position paper's language (--conclusions ID)",
}


def _left_out(result) -> list[str]:
    """Say which tables ``compare -o`` did not write, and what each needs (one line a role).

    A new user's 38 texts gave four CSV files, where the report of the same folder showed
    more, and nothing said why.
    """
    from .compare import TABLES

    lines = []
    for role, needs in ROLE_NEEDS.items():
        names = [n for n, r in TABLES.items() if r == role and n not in result.present]
        if names:
            lines.append(f"not written: {', '.join(names)}: they need {needs}, none found")
    return lines


def _per_taxonomy(name: str, result) -> str:
    """Return theme_agreement's rows per taxonomy, and why a taxonomy has none ("" otherwise)."""
    if name != "theme_agreement":
        return ""
    counts = result.theme_agreement["taxonomy"].value_counts()
    some = [f"{t} {counts[t]}" for t in result.tagged if counts.get(t, 0)]
    none = [t for t in result.tagged if not counts.get(t, 0)]
    if none and len(result.alignment):
        some.append(
            f"none for {', '.join(none)}: no aligned item was read by "
            f"{'its dictionary' if len(none) == 1 else 'their dictionaries'} in both versions "
            "(a language it lacks, or its context rule held the item back)"
        )
    return f" ({'; '.join(some)})" if some else ""


def cmd_compare(args: argparse.Namespace) -> int:
    dictionaries = _dictionaries(args.dictionary)
    docs, failures = read_all(args.paths, lang=args.lang, errors=args.errors)
    if not docs:
        return 2
    out_dir = Path(args.output)
    inputs = [d.path for d in docs] + [Path(p) for p in failures["path"]]
    result = compare(
        docs,
        paper=args.paper,
        versions=args.versions,
        conclusions=args.conclusions,
        dictionaries=dictionaries,
        fallback_lang=args.fallback_lang,
    )
    tables = {name: result.tables[name] for name in result.present}
    # the documents compared as equals, as the report shows them (one language at a time)
    tables["document_similarity"] = result.document_similarity
    tables["document_keyness"] = result.document_keyness
    for name, table in tables.items():
        target = out_dir / f"{name}.csv"
        atomic_write(target, functools.partial(_csv, table), inputs=inputs)
        print(f"{target}: {counted(len(table), 'row')}{_per_taxonomy(name, result)}")
    for line in _left_out(result):
        print(line)
    # Written on every run (only its header when nothing failed): never a stale list.
    target = atomic_write(
        out_dir / "failures.csv", functools.partial(_csv, failures), inputs=inputs
    )
    print(f"{target}: {counted(len(failures), 'row')}")
    return _status(docs, failures)


def cmd_corpus(args: argparse.Namespace) -> int:
    """Run ``polcompare corpus``: build, write, print a summary; failures on stderr.

    Reads ``args.paths``, ``args.output``, ``args.engine``, ``args.scheduler``,
    ``args.workers``, ``args.progress`` and (if present) ``args.lang``.
    Returns 0 when every file was read; 2 when one failed (the others are written, the
    failures listed on stderr and in the failures file) or none could be read.
    """
    import pyarrow as pa

    # Arrow's own allocator (mimalloc) keeps what it frees for reuse: over a
    # corpus run 50-60 MB of the peak, growing with the corpus; the system's
    # gives it back, at no measurable cost in CPU time. (This process only;
    # the workers it forks inherit it.)
    pa.set_memory_pool(pa.system_memory_pool())
    # the items are written chunk by chunk as they come: memory bounded by the chunks in flight
    result, target = write_corpus_stream(
        args.paths,
        args.output,
        engine=args.engine,
        workers=args.workers,
        scheduler=args.scheduler,
        progress=args.progress,
        lang=getattr(args, "lang", None),
        errors=getattr(args, "errors", "strict"),
        fork=True,  # this process runs no other thread: workers start at once
    )
    for doc in result.documents[result.documents["replaced"] > 0].itertuples():
        n = int(doc.replaced)
        what = "byte" if n == 1 else "bytes"
        print(
            f"polcompare: warning: {doc.path}: {n} invalid {what} replaced by U+FFFD",
            file=sys.stderr,
        )
    for doc in result.documents[result.documents["items"] == 0].itertuples():
        # no row of the items table holds it: said, or the corpus has a document fewer than
        # the count printed below (read again for the reason: only the empty ones)
        where = f"no row in {target.name}" if target is not None else "no row"
        try:
            why = read(
                doc.path, lang=getattr(args, "lang", None), errors=getattr(args, "errors", "strict")
            )
            reason = f": {why.no_items_reason()}"
        except PolcompareError:  # changed since: the count is what was read
            reason = ""
        print(f"polcompare: warning: {doc.path}: no items ({where}){reason}", file=sys.stderr)
    for failure in result.failures.itertuples():
        print(f"polcompare: failed: {failure.message} ({failure.error})", file=sys.stderr)
    if target is None:
        print(f"polcompare: error: no document could be read ({result.summary()})", file=sys.stderr)
        return 2
    print(
        f"{result.summary()}; wrote {target}, {documents_path(target)} and {failures_path(target)}"
    )
    if result.failures.empty:
        return 0
    # As every command given many files: the rest is written, and the status says not all.
    n, total = len(result.failures), len(result.failures) + len(result.documents)
    print(
        f"polcompare: {n} of {total} files could not be read (listed above and in "
        f"{failures_path(target)}); the others are written",
        file=sys.stderr,
    )
    return 2


def cmd_report(args: argparse.Namespace) -> int:
    import time

    from .render.report import DEFAULT_NAME, build_report, write_report  # plotly, jinja2: lazy

    started = time.perf_counter()
    dictionaries = _dictionaries(args.dictionary)
    docs, failures = read_all(
        args.paths or [DEFAULT_SEEDS], lang=args.lang, errors=args.errors, progress=True
    )
    if not docs:
        return 2
    target = Path(args.output)
    if target.is_dir():  # a folder (e.g. "-o reports"): the default file name inside it
        target = target / DEFAULT_NAME
    used = [f"{t} ({dictionaries[t].name})" if t in dictionaries else t for t in TAXONOMIES]
    _step(f"comparing {len(docs)} documents (tagging with {', '.join(used)})")
    comparison = compare(
        docs,
        paper=args.paper,
        versions=args.versions,
        conclusions=args.conclusions,
        dictionaries=dictionaries,
        fallback_lang=args.fallback_lang,
    )
    _step("drawing the report")
    data = build_report(comparison, sheets=args.sheet, sheets_taxonomy=args.sheet_taxonomy)
    _step(f"writing {target}")
    write_report(data, target)
    for d in docs:
        s = d.summary()
        sections = ", ".join(f"{k} {v}" for k, v in s["sections"].items()) or "no items"
        print(
            f"{s['doc_id']}: {s['lang']} {s['doc_type']}, {counted(s['items'], 'item')} "
            f"({sections}); {counted(s['headings'], 'heading')}, "
            f"{counted(s['footnotes'], 'footnote')}, "
            f"{counted(s['furniture'], 'furniture line')}, "
            f"{counted(s['unparsed_lines'], 'unparsed line')}"
        )
    size = target.stat().st_size / 1e6
    print(f"wrote {target} ({size:.1f} MB) in {time.perf_counter() - started:.1f} s")
    return _status(docs, failures)


def _step(what: str) -> None:
    """Say on stderr what a long run is doing now."""
    print(f"polcompare: {what}...", file=sys.stderr, flush=True)


def cmd_export_notebook(args: argparse.Namespace) -> int:
    from .render.export import export_notebook  # nbconvert: lazy

    path, outside = export_notebook(args.notebook, args.output, execute=args.execute)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
    for url in outside:
        print(
            f"polcompare: warning: {args.notebook}: an output loads {url} from the network; "
            "call polcompare.render.widgets.init_notebook() in the first cell",
            file=sys.stderr,
        )
    return 0


def cmd_codesheet(args: argparse.Namespace) -> int:
    docs, failures = read_all(args.paths, lang=args.lang, errors=getattr(args, "errors", "strict"))
    if not docs or len(failures):  # each bad file was named in one line
        return _nothing_written(
            docs,
            failures,
            f"no sheet written to {args.output}",
            "a coding sheet must hold every item asked for",
        )
    items = _items_table(docs)
    sheet = codesheet(
        items,
        taxonomy=_taxonomy(args),
        dictionary=args.dictionary,
        sample=args.sample,
        seed=args.seed,
        only_read=args.only_read,
    )
    write_codesheet(sheet, args.output, inputs=[d.path for d in docs])
    print(f"{args.output}: {len(sheet)} items, {len(sheet.columns) - 7} theme columns")
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    items, inputs = None, list(args.sheets)
    if args.documents:
        docs, failures = read_all(
            args.documents, lang=args.lang, errors=getattr(args, "errors", "strict")
        )
        if not docs or len(failures):
            return _nothing_written(
                docs,
                failures,
                "no agreement computed",
                "every sheet's items are checked against the documents",
            )
        items = _items_table(docs)
        inputs += [d.path for d in docs]
    result = agreement(
        args.sheets,
        taxonomy=_taxonomy(args),
        dictionary=args.dictionary,
        items=items,
        fallback_lang=args.fallback_lang,
    )
    table = result.table
    if args.format == "csv":
        table.to_csv(sys.stdout, index=False, float_format="%.3f")
    elif args.format == "json":
        sys.stdout.write(table.to_json(orient="records", indent=1) + "\n")
    else:
        # Three decimals in every float column, rounded as the csv rounds them (round(3)
        # gave 0.462 for the 0.4625 the csv prints as 0.463, and "1.0" beside "0.463").
        shown = table.to_string(index=False, na_rep="", float_format=lambda v: f"{v:.3f}")
        sys.stdout.write(shown + "\n")
        where = "--disagreements FILE writes them"
        if args.disagreements:
            where = f"written to {args.disagreements}"
        print(f"{len(result.disagreements)} item-theme disagreements ({where})", file=sys.stderr)
    if len(table) and table["not_read"].iloc[-1]:
        print(
            f"{table['not_read'].iloc[-1]} coded items are in a language the dictionary "
            "cannot read: left out of its scores (not_read), not counted as misses",
            file=sys.stderr,
        )
    if args.disagreements:
        write_csv_for_excel(result.disagreements, args.disagreements, inputs=inputs)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser (exposed for the docs and the tests)."""
    parser = argparse.ArgumentParser(
        prog="polcompare",
        description="Parse, tag and compare policy positions in EU Council documents.",
    )
    parser.add_argument("--version", action="version", version=f"polcompare {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang", help="language of every document (ISO 639-1); default: detect each"
    )
    common.add_argument(
        "--errors",
        choices=ERRORS,
        default="strict",
        help="bytes that cannot be decoded: reject the file (strict, the default) or "
        "read them as U+FFFD, counted and reported (replace)",
    )

    # items, evidence, agreement, codesheet (through themes), compare, report, series
    fallback = argparse.ArgumentParser(add_help=False)
    fallback.add_argument(
        "--fallback-lang",
        metavar="CODE",
        action="append",
        help="match items whose language the dictionary lacks with this language's patterns "
        "(repeatable; default: such items get no themes and a warning)",
    )
    themes = argparse.ArgumentParser(add_help=False, parents=[fallback])
    themes.add_argument(
        "--taxonomy", choices=TAXONOMIES, help="tag items with this taxonomy's themes"
    )
    themes.add_argument(
        "--dictionary", metavar="FILE", help="your own dictionary (quanteda-style YAML)"
    )
    themes.add_argument(
        "--format",
        choices=["csv", "json", "table"],
        default="csv",
        help="how the table is printed on stdout (default: csv; codesheet always writes CSV)",
    )

    p = sub.add_parser("items", parents=[common, themes], help="write the items table to stdout")
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders of .txt files")
    p.set_defaults(func=cmd_items)

    p = sub.add_parser(
        "evidence", parents=[common, themes], help="list theme matches: which words, where"
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders of .txt files")
    p.set_defaults(func=cmd_evidence)

    roles = argparse.ArgumentParser(add_help=False, parents=[fallback])
    roles.add_argument(
        "--paper", metavar="DOC_ID", help="the position paper (default: recognised, and said)"
    )
    roles.add_argument(
        "--versions",
        metavar="DOC_ID,...",
        help="its other language versions, the first compared (default: recognised)",
    )
    roles.add_argument(
        "--conclusions",
        metavar="DOC_ID",
        help="the conclusions compared with it word by word, in its language (default: the "
        "first in its language, and said)",
    )
    roles.add_argument(
        "--dictionary",
        action="append",
        default=[],
        metavar="TAXONOMY=FILE",
        help="a dictionary of your own in place of a taxonomy's (oap, policy, stance), e.g. "
        "policy=my-topics.yml (repeatable)",
    )

    p = sub.add_parser(
        "compare", parents=[common, roles], help="run the comparisons, write one CSV per table"
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders of .txt files")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the CSVs")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser(
        "corpus",
        parents=[common],
        help="read, parse and tag many documents in parallel; write Parquet",
    )
    p.add_argument(
        "paths", nargs="+", metavar="DIR", help="folders (their *.txt files, at any depth) or files"
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the Parquet file (failures go to FILE.failures.csv)",
    )
    p.add_argument("--engine", choices=ENGINES, default="processes", help="default: %(default)s")
    p.add_argument(
        "--scheduler", metavar="ADDRESS", help="a running Dask scheduler (implies --engine dask)"
    )
    p.add_argument(
        "--workers", type=int, metavar="N", help="worker processes (default: one per core)"
    )
    p.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    p.set_defaults(func=cmd_corpus)

    p = sub.add_parser(
        "report",
        parents=[common, roles],
        help="write the standalone HTML report of the documents",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help=f"default: {DEFAULT_SEEDS}/")
    p.add_argument(
        "-o",
        "--output",
        default="reports/polcompare-report.html",
        metavar="FILE",
        help="the HTML file (given a folder, polcompare-report.html inside it); "
        "default: %(default)s",
    )
    # validation against human coding: the report's "Validation" part
    p.add_argument(
        "--sheet",
        action="append",
        default=[],
        metavar="SHEET",
        help="a filled coding sheet (polcompare codesheet) of these documents' items; "
        "repeat for each coder: the report gets a Validation part",
    )
    p.add_argument(
        "--sheet-taxonomy",
        default="oap",
        choices=TAXONOMIES,
        help="the taxonomy the sheets were coded in (default: %(default)s)",
    )
    p.set_defaults(func=cmd_report)

    p = sub.add_parser(
        "codesheet",
        parents=[common, themes],
        help="write a blind coding sheet: items, one empty column per theme",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders of .txt files")
    p.add_argument("-o", "--output", required=True, metavar="SHEET", help="the CSV to write")
    p.add_argument("--sample", type=int, metavar="N", help="a random sample of N items")
    p.add_argument("--seed", type=int, default=0, help="the sample's seed (default: 0)")
    p.add_argument(
        "--only-read",
        action="store_true",
        help="leave out items in languages the dictionary has no patterns for (and und), "
        "so that a sample holds only items it scores",
    )
    p.set_defaults(func=cmd_codesheet)

    p = sub.add_parser(
        "agreement",
        parents=[common, themes],
        help="coders' agreement (Krippendorff's alpha) and the dictionary's scores",
    )
    p.add_argument("sheets", nargs="+", metavar="SHEET", help="filled coding sheets, one per coder")
    p.add_argument(
        "--documents", nargs="+", metavar="PATH", help="the documents the sheets came from"
    )
    p.add_argument(
        "--disagreements", metavar="FILE", help="write the items where they disagree (CSV)"
    )
    p.set_defaults(func=cmd_agreement)

    pairing = argparse.ArgumentParser(add_help=False)
    pairing.add_argument("--format", choices=["table", "csv", "json"], default="table")
    pairing.add_argument(
        "--method", choices=METHODS, default="auto", help="content evidence (default: auto)"
    )
    pairing.add_argument("--no-cache", action="store_true", help="do not keep embeddings on disk")

    p = sub.add_parser(
        "align",
        parents=[common, pairing],
        help="pair the items of two documents by content, in any languages",
    )
    p.add_argument("paths", nargs=2, metavar="DOC", help="two text files")
    p.set_defaults(func=cmd_align)

    p = sub.add_parser(
        "similar",
        parents=[common, pairing],
        help="the most similar item pairs between documents of any languages",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders of .txt files")
    p.add_argument("--top", type=int, default=10, metavar="K", help="default: %(default)s")
    p.set_defaults(func=cmd_similar)

    p = sub.add_parser(
        "series",
        parents=[common, fallback],
        help="documents over time: kept, changed, new, dropped items; themes; positions",
    )
    p.add_argument(
        "--method", choices=METHODS, default="auto", help="how items are paired (default: auto)"
    )
    p.add_argument("--no-cache", action="store_true", help="do not keep embeddings on disk")
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders of .txt files")
    p.add_argument(
        "--dates",
        metavar="CSV",
        help="dates the texts do not state, or that you correct: columns file,date (YYYY-MM-DD)",
    )
    p.add_argument("-o", "--output", metavar="DIR", help="write the series' tables as CSV here")
    p.add_argument("--report", metavar="FILE", help="write the HTML report with a series section")
    p.add_argument(
        "--dictionary",
        action="append",
        default=[],
        metavar="TAXONOMY=FILE",
        help="a dictionary of your own in place of a taxonomy's (oap, policy, stance), e.g. "
        "policy=my-topics.yml (repeatable)",
    )
    p.set_defaults(func=cmd_series)

    p = sub.add_parser(
        "export-notebook", help="write a notebook as an HTML page that needs no network"
    )
    p.add_argument("notebook", metavar="NOTEBOOK", help="an .ipynb file")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="default: the notebook's name with .html, beside it"
    )
    p.add_argument("--execute", action="store_true", help="run it top to bottom first")
    p.set_defaults(func=cmd_export_notebook)
    return parser


#: The Python advice of an untagged-language warning (``tag``'s keyword), and what a
#: command says instead: its option, or, without one (corpus), ``--lang``.
_PYTHON_HINT = FALLBACK_HINT
_CLI_HINT = "pass --fallback-lang CODE to match them with another language's patterns"
_NO_FALLBACK_HINT = (
    "this command takes no fallback language (items, compare, report and series take "
    "--fallback-lang CODE); "
    "give the language with --lang CODE if every file is in it"
)


def _show_warning(
    message, category, filename, lineno, file=None, line=None, *, hint: str = _CLI_HINT
) -> None:
    """Print polcompare's own warnings as one line; others as Python would."""
    if issubclass(category, PolcompareWarning):
        if issubclass(category, UntaggedLanguageWarning):
            message = str(message).replace(_PYTHON_HINT, hint)
            # the nearest language named (nn: "pass fallback_lang='nb' ..."): its option
            if hint == _CLI_HINT:
                message = re.sub(
                    r"pass fallback_lang='([\w-]+)'", r"pass --fallback-lang \1", message
                )
            else:
                message = re.sub(r"pass fallback_lang='.*", hint, message)
            message = message.replace(UNTAGGED_HINT, "misread? give the language with --lang CODE")
        print(f"polcompare: warning: {message}", file=sys.stderr)
    else:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


#: Said after "--lang: 'ar' has no language file": a new user was refused ``--lang ar`` for an
#: Arabic page that polcompare read as ``ar`` without it, and could not tell why.
_UNFILED = (
    "; without --lang, a text the language detector reads as {code} is parsed with no"
    " language's words and gets no themes"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    single = getattr(args, "dictionary", None)
    if isinstance(single, str) and "=" in single and not Path(single).exists():
        # compare and report take TAXONOMY=FILE; written so here, it was read as a file
        # named "stance=my.yml": "cannot read dictionary (No such file or directory)"
        taxonomy, _, path = single.partition("=")
        if taxonomy in TAXONOMIES and path:
            if args.taxonomy and args.taxonomy != taxonomy:
                parser.error(
                    f"--dictionary {single} replaces {taxonomy}, but --taxonomy is {args.taxonomy}"
                )
            args.taxonomy, args.dictionary = taxonomy, path
    if args.command in ("evidence", "codesheet", "agreement") and not (
        args.taxonomy or args.dictionary
    ):
        parser.error(f"{args.command} needs --taxonomy or --dictionary")
    if args.command == "codesheet" and args.format != "csv":
        parser.error(
            f"codesheet writes a CSV sheet for spreadsheets; --format {args.format} is "
            "for items, evidence and agreement"
        )
    try:
        if getattr(args, "lang", None) is not None:  # once, not once per file
            args.lang = normalize_language(
                args.lang, source="--lang", unfiled=_UNFILED.format(code=args.lang)
            )
        hint = _CLI_HINT if hasattr(args, "fallback_lang") else _NO_FALLBACK_HINT
        with warnings.catch_warnings():
            warnings.showwarning = functools.partial(_show_warning, hint=hint)
            return args.func(args)
    except KeyboardInterrupt:
        print("polcompare: interrupted", file=sys.stderr)
        return 130
    except PolcompareError as exc:
        print(f"polcompare: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the CLI promises no tracebacks
        if os.environ.get("POLCOMPARE_DEBUG"):
            raise
        print(
            f"polcompare: internal error: {type(exc).__name__}: {exc} "
            "(set POLCOMPARE_DEBUG=1 for the traceback)",
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":
    sys.exit(main())
