"""Speed on distinct texts: stages, start-up, cores, memory and the report, against baselines.

    .venv/bin/python bench/distinct.py                      # 10, 100, 1,000 documents
    .venv/bin/python bench/distinct.py --sizes 10,100 --repeat 1 --no-report   # quick
    .venv/bin/python bench/distinct.py --sizes 10,100,1000,10000

The corpus is :mod:`corpus` (bench/corpus.py): the official texts in the
repository, then documents generated from them that differ in words. Every
measurement runs in a fresh Python process (so caches start cold and start-up
is counted where it is paid), and the measurements of one size run in turn,
``--repeat`` rounds, the best of each kept: a busy spell on the machine hits a
measurement and its baselines alike. Only the ratios between figures of the
same run mean much on a shared machine.

Measured, per size:

* ``polcompare``: ``import polcompare`` (its modules byte-compiled before the
  run, as an install does); the first document's items and its tagging
  (start-up); then ``read`` of every file, ``concat_items`` and
  ``tag(..., taxonomy="oap")``; peak memory (PSS of the process);
* ``countvectorizer``: import scikit-learn, read the files, ``fit_transform``;
* ``regex``: read the files, lowercase, ``[^\\W_]+`` tokens (the floor);
* ``corpus_serial`` / ``corpus_processes`` (and ``corpus_dask`` with
  ``--dask``): ``polcompare corpus DIR -o x.parquet`` (three taxonomies) as a
  user runs it, wall time and the peak of the summed PSS of its processes;

and once, at the largest size, ``stages``: where one process spends the time
per stage (decode, clean, parse, language, assemble, tag), caches warm after
the first document. ``--report-docs N`` builds the HTML report of the first N
documents, writes it and opens it in Chromium (playwright, network blocked),
timing until the page's start-up script is done.

Results go to ``bench/results.md`` (committed: the README quotes it) and
``bench/results-raw.json`` beside it (all figures).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (bench/corpus.py)

# --- what runs in the child processes ---------------------------------------------------------


def _rss_peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_polcompare(paths: list[Path]) -> dict:
    t0 = time.perf_counter()
    import polcompare
    from polcompare import themes

    t1 = time.perf_counter()
    first = polcompare.read(paths[0])
    first_items = first.items
    t2 = time.perf_counter()
    themes.tag(first_items, taxonomy="oap")
    t3 = time.perf_counter()
    docs = [polcompare.read(p) for p in paths[1:]]
    t4 = time.perf_counter()
    items = polcompare.concat_items([first, *docs])
    t5 = time.perf_counter()
    themes.tag(items, taxonomy="oap")
    t6 = time.perf_counter()
    return {
        "import": t1 - t0,
        "first_items": t2 - t1,
        "first_tagged": t3 - t1,
        "read_rest": t4 - t3,
        "concat": t5 - t4,
        "tag": t6 - t5,
        "work": t6 - t1,
        "total": t6 - t0,
        "items": len(items),
        "module": polcompare.__file__,
    }


def child_countvectorizer(paths: list[Path]) -> dict:
    t0 = time.perf_counter()
    from sklearn.feature_extraction.text import CountVectorizer

    t1 = time.perf_counter()
    texts = [p.read_text(encoding="utf-8") for p in paths]
    CountVectorizer().fit_transform(texts)
    t2 = time.perf_counter()
    return {"import": t1 - t0, "work": t2 - t1, "total": t2 - t0}


def child_regex(paths: list[Path]) -> dict:
    t0 = time.perf_counter()
    import re

    token = re.compile(r"[^\W_]+")
    t1 = time.perf_counter()
    [token.findall(p.read_text(encoding="utf-8").lower()) for p in paths]
    t2 = time.perf_counter()
    return {"import": t1 - t0, "work": t2 - t1, "total": t2 - t0}


def child_tag_each(paths: list[Path]) -> dict:
    """``tag()`` on each document's items alone: the fixed cost of one call.

    Up to 100 documents, each tagged with the three taxonomies after one call
    on all their items together has filled the word caches, so what is timed
    is the cost per call (building its tables), not stemming new words.
    """
    import warnings

    import polcompare
    from polcompare import themes

    warnings.simplefilter("ignore")  # the corpus has languages without a dictionary
    docs = [polcompare.read(p) for p in paths[:100]]
    items = polcompare.concat_items(docs)
    for taxonomy in themes.TAXONOMIES:
        themes.tag(items, taxonomy=taxonomy)
    t0 = time.perf_counter()
    for doc in docs:
        for taxonomy in themes.TAXONOMIES:
            themes.tag(doc.items, taxonomy=taxonomy)
    calls = len(docs) * len(themes.TAXONOMIES)
    return {"per_call_ms": (time.perf_counter() - t0) / calls * 1000, "calls": calls}


def child_stages(paths: list[Path]) -> dict:
    """Per-stage seconds over all files, in one process, the first file read before."""
    import polcompare
    from polcompare import themes
    from polcompare.clean import clean
    from polcompare.document import _assemble, _item_languages, concat_items
    from polcompare.io import detect_language, load_text
    from polcompare.parse import parse_lines

    polcompare.read(paths[0])  # load the language model: start-up is measured elsewhere
    spent = dict.fromkeys(["decode", "clean", "parse", "language", "assemble"], 0.0)
    docs = []
    for path in paths:
        t0 = time.perf_counter()
        decoded = load_text(path)
        t1 = time.perf_counter()
        lines = decoded.text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        cleaned = clean(lines)
        t2 = time.perf_counter()
        structure = parse_lines(cleaned.content, cleaned.chapter_numbers, cleaned.paragraph_breaks)
        t3 = time.perf_counter()
        content = "\n".join(ln.text for ln in cleaned.content)
        detected, confidence = detect_language(content)
        lang, item_langs = _item_languages(structure, content, None, detected)
        t4 = time.perf_counter()
        doc = _assemble(
            path,
            path.stem,
            lang,
            item_langs,
            detected,
            confidence,
            decoded.encoding,
            lines,
            cleaned,
            structure,
        )
        docs.append(doc)
        t5 = time.perf_counter()
        for key, a, b in (
            ("decode", t0, t1),
            ("clean", t1, t2),
            ("parse", t2, t3),
            ("language", t3, t4),
            ("assemble", t4, t5),
        ):
            spent[key] += b - a
    t0 = time.perf_counter()
    items = concat_items(docs)
    spent["items_table"] = time.perf_counter() - t0
    for taxonomy in themes.TAXONOMIES:
        t0 = time.perf_counter()
        themes.tag(items, taxonomy=taxonomy)
        spent[f"tag_{taxonomy}"] = time.perf_counter() - t0
    return spent


def child_report(paths: list[Path], out: Path) -> dict:
    t0 = time.perf_counter()
    import polcompare
    from polcompare.render.report import build_report, write_report

    t1 = time.perf_counter()
    docs = [polcompare.read(p) for p in paths]
    t2 = time.perf_counter()
    data = build_report(docs)
    t3 = time.perf_counter()
    write_report(data, out)
    t4 = time.perf_counter()
    return {"import": t1 - t0, "read": t2 - t1, "build": t3 - t2, "write": t4 - t3}


def child_browser(path: Path, screenshot: Path | None) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(  # as tests/conftest.py launches it
            executable_path=os.environ.get("POLCOMPARE_CHROMIUM", "/usr/bin/chromium"),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.route(
            "**/*",
            lambda r: (
                r.continue_()
                if r.request.url.startswith(("file:", "data:", "blob:"))
                else r.abort()
            ),
        )
        t0 = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load", timeout=300_000)
        t1 = time.perf_counter()
        page.wait_for_function("window.polcompareReady !== undefined", timeout=300_000)
        t2 = time.perf_counter()
        # charts out of view are drawn after the page is ready, one by one
        page.wait_for_function("window.polcompareDrawn !== undefined", timeout=300_000)
        t3 = time.perf_counter()
        if screenshot is not None:
            page.screenshot(path=str(screenshot), full_page=False)
        browser.close()
    return {"load": t1 - t0, "ready": t2 - t0, "drawn": t3 - t0, "errors": errors}


def child_main(argv: list[str]) -> None:
    task, listing = argv[0], Path(argv[1])
    paths = [Path(p) for p in listing.read_text(encoding="utf-8").splitlines()]
    if task == "report":
        out = child_report(paths, Path(argv[2]))
    elif task == "browser":
        out = child_browser(paths[0], Path(argv[2]) if len(argv) > 2 else None)
    else:
        out = globals()[f"child_{task}"](paths)
    out["rss_peak_mb"] = _rss_peak_mb()
    print("RESULT " + json.dumps(out))


# --- the parent: runs children, watches their memory ------------------------------------------


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return out


def _pss_mb(pids: list[int]) -> float:
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            pass
    return total / 1024


def run(
    cmd: list[str], *, cwd: Path = ROOT, timeout: float = 3600, env: dict | None = None
) -> dict:
    """Run ``cmd``; return its RESULT json (if any), wall seconds and peak PSS of its tree."""
    peak = 0.0
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=None if env is None else {**os.environ, **env},
    )
    stop = threading.Event()

    def watch():
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _pss_mb(_tree(proc.pid)))
            stop.wait(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    finally:
        stop.set()
        watcher.join()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed:\n{stderr[-3000:]}")
    out: dict = {}
    for line in stdout.splitlines():
        if line.startswith("RESULT "):
            out = json.loads(line[len("RESULT ") :])
    out["wall"] = wall
    out["pss_peak_mb"] = peak
    return out


def _child(task: str, listing: Path, *extra: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--child", task, str(listing), *extra]


def _corpus_cmd(folder: Path, out: Path, engine: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "polcompare",
        "corpus",
        str(folder),
        "-o",
        str(out),
        "--engine",
        engine,
        "--no-progress",
    ]


_NOT_STAGES = ("wall", "pss_peak_mb", "rss_peak_mb")


def _best(rounds: list[dict]) -> dict:
    """The round with the lowest wall time, with every round's wall time."""
    best = dict(min(rounds, key=lambda r: r["wall"]))
    best["walls"] = [round(r["wall"], 3) for r in rounds]
    return best


def measure_size(n: int, args, tmp: Path) -> dict:
    folder = tmp / f"docs-{n}"
    paths = corpus.write(folder, n, seed=args.seed)
    size = sum(p.stat().st_size for p in paths)
    listing = tmp / f"paths-{n}.txt"
    listing.write_text("\n".join(map(str, paths)) + "\n", encoding="utf-8")
    tasks = {
        "polcompare": _child("polcompare", listing),
        "countvectorizer": _child("countvectorizer", listing),
        "regex": _child("regex", listing),
        "tag_each": _child("tag_each", listing),
    }
    if n >= args.corpus_from:
        out = tmp / f"corpus-{n}.parquet"
        tasks["corpus_serial"] = _corpus_cmd(folder, out, "serial")
        tasks["corpus_processes"] = _corpus_cmd(folder, out, "processes")
        if args.dask:
            tasks["corpus_dask"] = _corpus_cmd(folder, out, "dask")
    envs: dict[str, dict | None] = dict.fromkeys(tasks)
    if args.baseline:  # the same, on an older checkout of polcompare: before/after in one run
        base = {"PYTHONPATH": str(args.baseline.resolve())}
        for name in [k for k in tasks if k.startswith(("polcompare", "corpus_", "tag_each"))]:
            tasks[f"{name}_before"] = tasks[name]
            envs[f"{name}_before"] = base
    rounds: dict[str, list[dict]] = {k: [] for k in tasks}
    for _ in range(args.repeat):
        for name, cmd in tasks.items():
            # from the corpus folder: ``python -m`` puts the working folder first on the path
            rounds[name].append(run(cmd, env=envs[name], cwd=tmp))
            print(f"  {n} docs: {name} {rounds[name][-1]['wall']:.2f} s", file=sys.stderr)
    result = {"documents": n, "bytes": size, **{k: _best(v) for k, v in rounds.items()}}
    return result


def ratios(r: dict) -> dict:
    """Derived figures of one size: MB/s and ratios within the run."""
    mb = r["bytes"] / 1e6
    pc, cv, rx = r["polcompare"], r["countvectorizer"], r["regex"]
    out = {
        "mb": mb,
        "pipeline_mb_s": mb / pc["work"],
        "countvectorizer_mb_s": mb / cv["work"],
        "regex_mb_s": mb / rx["work"],
        "pipeline_vs_countvectorizer": cv["work"] / pc["work"],
        "pipeline_vs_regex": rx["work"] / pc["work"],
        "wall_vs_countvectorizer": cv["wall"] / pc["wall"],
        "read_mb_s": mb / (pc["first_items"] + pc["read_rest"]),
        "tag_mb_s": mb / pc["tag"],
        "startup_s": pc["import"] + pc["first_tagged"],
        "pss_bytes_per_input_byte": pc["pss_peak_mb"] * 1048576 / r["bytes"],
    }
    if "corpus_serial" in r:
        serial = r["corpus_serial"]["wall"]
        out["corpus_serial_mb_s"] = mb / serial
        for engine in ("processes", "dask"):
            if f"corpus_{engine}" in r:
                wall = r[f"corpus_{engine}"]["wall"]
                out[f"corpus_{engine}_mb_s"] = mb / wall
                out[f"corpus_{engine}_vs_serial"] = serial / wall
    if "tag_each_before" in r:
        out["tag_each_vs_before"] = (
            r["tag_each_before"]["per_call_ms"] / r["tag_each"]["per_call_ms"]
        )
    for name in [k for k in r if isinstance(k, str) and k.endswith("_before")]:
        now, then = r[name.removesuffix("_before")], r[name]
        out[f"{name.removesuffix('_before')}_wall_vs_before"] = then["wall"] / now["wall"]
        if "work" in now:
            out["pipeline_work_vs_before"] = then["work"] / now["work"]
            out["startup_vs_before"] = (then["import"] + then["first_tagged"]) / (
                now["import"] + now["first_tagged"]
            )
    return out


def measure_report(args, tmp: Path) -> dict:
    n = args.report_docs
    folder = tmp / f"report-docs-{n}"
    paths = corpus.write(folder, n, seed=args.seed)
    listing = tmp / f"report-paths-{n}.txt"
    listing.write_text("\n".join(map(str, paths)) + "\n", encoding="utf-8")
    html = tmp / f"report-{n}.html"
    built = run(_child("report", listing, str(html)))
    page = tmp / "page.txt"
    page.write_text(str(html) + "\n", encoding="utf-8")
    shot = args.screenshot
    opened = [
        run(_child("browser", page, *([str(shot)] if shot and k == 0 else [])))
        for k in range(args.repeat)
    ]
    return {
        "documents": n,
        "bytes": sum(p.stat().st_size for p in paths),
        "html_mb": html.stat().st_size / 1e6,
        "build": built,
        "open": _best([{**o, "wall": o["ready"]} for o in opened]),
    }


# --- the results file -------------------------------------------------------------------------


def _git(*cmd: str) -> str:
    try:
        return subprocess.run(
            ["git", *cmd], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def byte_compile(package: Path, baseline: Path | None) -> None:
    """Write the modules' bytecode caches, as ``pip install`` does, before anything is timed.

    In an environment with ``PYTHONDONTWRITEBYTECODE`` set (some shells and containers set it),
    a source checkout's modules would be compiled again at every start, which no installed copy
    does and which scikit-learn, the baseline, never pays (importing polcompare and its
    themes took 0.48-0.49 s without the caches, 0.41-0.44 s with them, on this machine).
    """
    import compileall

    for folder in [package, *([baseline / "polcompare"] if baseline else [])]:
        compileall.compile_dir(str(folder), quiet=1)


def baseline_label(folder: Path) -> str:
    """Name a ``--baseline`` checkout, saying where the name comes from.

    Its commit when the folder is the top of a git checkout (``git describe
    --always``: a tag, or the short hash), else the first line of a ``COMMIT``
    file in it (as an export may carry), else the folder's own name.
    (A folder inside another checkout is not named after that one's commit.)
    """
    folder = folder.resolve()
    top = _git("-C", str(folder), "rev-parse", "--show-toplevel")
    if top != "?" and Path(top).resolve() == folder:
        described = _git("-C", str(folder), "describe", "--always", "--abbrev=7")
        if described != "?":
            changed = _git(
                "--no-optional-locks",
                "-C",
                str(folder),
                "status",
                "--porcelain",
                "--",
                "polcompare",
            )
            return f"{described}{'+changes' if changed else ''} (git)"
    commit_file = folder / "COMMIT"
    if commit_file.is_file():
        lines = commit_file.read_text(encoding="utf-8", errors="replace").split()
        if lines:
            return f"{lines[0][:40]} (its COMMIT file)"
    return f"folder {folder.name} (not a git checkout, no COMMIT file)"


def _pss_before_now(r: dict, name: str) -> str:
    if f"{name}_before" not in r:
        return "-"
    return f"{r[f'{name}_before']['pss_peak_mb']:.0f} -> {r[name]['pss_peak_mb']:.0f} MB"


def _before_lines(results: dict) -> list[str]:
    lines: list[str] = []
    before = [r for r in results["sizes"] if "polcompare_before" in r]
    if before:
        lines += [
            f"## Before and after, in this run (`--baseline`: {results.get('baseline')})",
            "",
            "Ratios of the earlier checkout's time to this one's (above 1: faster now).",
            "",
            "| documents | one process, work | start-up (import + first document) "
            "| one process, whole | corpus serial | corpus processes "
            "| peak PSS corpus serial, before -> now | peak PSS corpus processes, before -> now |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for r in before:
            d = r["derived"]

            def x(key, d=d):
                return f"{d[key]:.2f}x" if key in d else "-"

            lines.append(
                f"| {r['documents']:,} | {x('pipeline_work_vs_before')} "
                f"| {x('startup_vs_before')} ({r['polcompare_before']['import']:.2f} + "
                f"{r['polcompare_before']['first_tagged']:.2f} s before) "
                f"| {x('polcompare_wall_vs_before')} | {x('corpus_serial_wall_vs_before')} "
                f"| {x('corpus_processes_wall_vs_before')} "
                f"| {_pss_before_now(r, 'corpus_serial')} "
                f"| {_pss_before_now(r, 'corpus_processes')} |"
            )
        lines.append("")
    return lines


def _tag_each_lines(results: dict) -> list[str]:
    each = [r for r in results["sizes"] if "tag_each" in r]
    if not each:
        return []

    def per_call(r: dict) -> str:
        text = f"{r['documents']:,} documents {r['tag_each']['per_call_ms']:.1f} ms"
        if "tag_each_before" in r:
            text += (
                f" ({r['tag_each_before']['per_call_ms']:.1f} ms before, "
                f"{r['derived']['tag_each_vs_before']:.2f}x)"
            )
        return text

    return [
        "`tag()` on one document's items at a time (up to the first 100 documents, "
        "three taxonomies, word caches warm: the fixed cost of a call), per call: "
        + ", ".join(per_call(r) for r in each)
        + ".",
        "",
    ]


def markdown(results: dict) -> str:
    m = results["machine"]
    lines = [
        "# Benchmark results (`make bench`)",
        "",
        f"Written by `bench/distinct.py` on {m['date']} at commit `{m['commit']}`; "
        f"{m['cores']} cores, load average {m['load_before']} before the run, "
        f"Python {m['python']}; `--repeat {results['repeat']}` (best of that many rounds, "
        "a measurement and its baselines in turn in each round). "
        "Each figure runs in a fresh process: caches start cold, imports are counted "
        "(polcompare's modules byte-compiled first, as installing a package does). "
        "Timings on a shared machine vary by tens of percent from run to run: compare the "
        "ratios, which are taken within this run.",
        "",
        "Corpus: the official texts in the repository, then texts generated from them "
        "(bench/corpus.py: sentences recombined within a language, new word forms), so "
        "the vocabulary keeps growing with the corpus.",
        "",
        "## One process: read + parse + tag (oap), cold",
        "",
        "| documents | MB | polcompare MB/s | CountVectorizer MB/s | regex MB/s "
        "| ratio to CountVectorizer | ratio to regex | read MB/s | tag MB/s "
        "| start-up (import + first document tagged) | peak PSS |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results["sizes"]:
        d = r["derived"]
        pc = r["polcompare"]
        lines.append(
            f"| {r['documents']:,} | {d['mb']:.2f} | {d['pipeline_mb_s']:.2f} "
            f"| {d['countvectorizer_mb_s']:.2f} | {d['regex_mb_s']:.1f} "
            f"| {d['pipeline_vs_countvectorizer']:.2f}x | {d['pipeline_vs_regex']:.3f}x "
            f"| {d['read_mb_s']:.2f} | {d['tag_mb_s']:.2f} "
            f"| {pc['import']:.2f} s + {pc['first_tagged']:.2f} s "
            f"| {pc['pss_peak_mb']:.0f} MB |"
        )
    lines += [
        "",
        "MB/s here excludes imports (polcompare's first document, with its model and "
        "dictionary loading, is included). Whole processes, imports included "
        "(wall time, ratio of CountVectorizer's process to polcompare's): "
        + ", ".join(
            f"{r['documents']:,} documents {r['polcompare']['wall']:.2f} s vs "
            f"{r['countvectorizer']['wall']:.2f} s ({r['derived']['wall_vs_countvectorizer']:.2f}x)"
            for r in results["sizes"]
        )
        + ".",
        "",
    ]
    lines += _tag_each_lines(results)
    corp = [r for r in results["sizes"] if "corpus_serial" in r]
    if corp:
        lines += [
            "## `polcompare corpus` (three taxonomies, Parquet written), whole command",
            "",
            "| documents | MB | serial | processes | speed-up | "
            + ("dask (local cluster) | " if "corpus_dask" in corp[0] else "")
            + "peak PSS serial | peak PSS processes (all processes) |",
            "|---|---|---|---|---|" + ("---|" if "corpus_dask" in corp[0] else "") + "---|---|",
        ]
        for r in corp:
            d = r["derived"]
            row = (
                f"| {r['documents']:,} | {d['mb']:.2f} | {r['corpus_serial']['wall']:.2f} s "
                f"| {r['corpus_processes']['wall']:.2f} s "
                f"| {d['corpus_processes_vs_serial']:.2f}x | "
            )
            if "corpus_dask" in r:
                row += f"{r['corpus_dask']['wall']:.2f} s ({d['corpus_dask_vs_serial']:.2f}x) | "
            row += (
                f"{r['corpus_serial']['pss_peak_mb']:.0f} MB "
                f"| {r['corpus_processes']['pss_peak_mb']:.0f} MB |"
            )
            lines.append(row)
        if len(corp) >= 2:
            a, b = corp[-2], corp[-1]
            grow = b["bytes"] - a["bytes"]
            for engine in ("serial", "processes"):
                slope = (
                    (b[f"corpus_{engine}"]["pss_peak_mb"] - a[f"corpus_{engine}"]["pss_peak_mb"])
                    * 1048576
                    / grow
                )
                lines.append("")
                lines.append(
                    f"Memory growth with the corpus, `{engine}`: {slope:.1f} bytes of peak PSS "
                    f"per input byte between {a['documents']:,} and {b['documents']:,} documents."
                )
        lines.append("")
    lines += _before_lines(results)
    if "stages" in results:
        s = results["stages"]
        mb = s["mb"]
        total = sum(v for k, v in s["seconds"].items())
        lines += [
            f"## Where one process spends its time ({s['documents']:,} documents, "
            f"{mb:.2f} MB, caches cold but the model loaded)",
            "",
            "| stage | seconds | MB/s | share |",
            "|---|---|---|---|",
        ]
        for k, v in s["seconds"].items():
            lines.append(f"| {k} | {v:.2f} | {mb / v:.1f} | {v / total:.0%} |")
        lines.append("")
    if "report" in results:
        r = results["report"]
        lines += [
            f"## The HTML report of {r['documents']} documents",
            "",
            f"Built in {r['build']['build']:.1f} s and written in {r['build']['write']:.1f} s "
            f"(reading the documents {r['build']['read']:.1f} s, imports "
            f"{r['build']['import']:.1f} s); {r['html_mb']:.1f} MB. In Chromium "
            f"(playwright, network blocked): `load` after {r['open']['load']:.2f} s, start-up "
            f"script done after {r['open']['ready']:.2f} s (best of {len(r['open']['walls'])}: "
            f"{', '.join(f'{w:.2f}' for w in r['open']['walls'])} s), every chart drawn after "
            f"{r['open'].get('drawn', float('nan')):.2f} s; "
            f"page errors: {len(r['open']['errors'])}.",
            "",
        ]
    return "\n".join(lines)


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    if argv and argv[0] == "--child":
        child_main(argv[1:])
        return None
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="documents per run (10,100,1000)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (best kept; default 3)")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--corpus-from", type=int, default=100, help="time `corpus` from N docs")
    parser.add_argument("--dask", action="store_true", help="time --engine dask too")
    parser.add_argument("--report-docs", type=int, default=500, help="0: no report")
    parser.add_argument("--screenshot", type=Path, default=None, help="PNG of the report")
    parser.add_argument(
        "--baseline",
        type=Path,
        default=None,
        help="a checkout of an earlier polcompare to time beside this one (before/after)",
    )
    parser.add_argument("--out", type=Path, default=HERE / "results.md")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    results: dict = {
        "repeat": args.repeat,
        "baseline": baseline_label(args.baseline) if args.baseline else None,
        "machine": {
            "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "commit": _git("rev-parse", "--short", "HEAD")
            + ("+changes" if _git("status", "--porcelain", "--", "polcompare") else ""),
            "cores": os.cpu_count(),
            "load_before": " ".join(f"{x:.1f}" for x in os.getloadavg()),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "sizes": [],
    }
    byte_compile(ROOT / "polcompare", args.baseline)
    with tempfile.TemporaryDirectory(prefix="polcompare-bench-") as tmp_name:
        tmp = Path(tmp_name)
        for n in sizes:
            r = measure_size(n, args, tmp)
            r["derived"] = ratios(r)
            results["sizes"].append(r)
        biggest = max(sizes)
        listing = tmp / f"paths-{biggest}.txt"
        st = run(_child("stages", listing))
        results["stages"] = {
            "documents": biggest,
            "mb": results["sizes"][-1]["bytes"] / 1e6,
            "seconds": {k: v for k, v in st.items() if k not in _NOT_STAGES},
        }
        if args.report_docs:
            results["report"] = measure_report(args, tmp)
    results["machine"]["load_after"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    args.out.write_text(markdown(results) + "\n", encoding="utf-8")
    args.out.with_name(args.out.stem + "-raw.json").write_text(
        json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8"
    )
    print(args.out.read_text(encoding="utf-8"))
    return results


if __name__ == "__main__":
    main()
