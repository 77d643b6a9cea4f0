"""polcompare benchmark: throughput ratios against baselines measured in the same run.

    make bench            # or: .venv/bin/python bench/run.py [--mb 20] [--repeat 3]

Measurements (each the best of ``--repeat`` runs unless said otherwise; a
measurement and its baselines run in turn in every round):

* ``pipeline``: read + clean + parse + tag (oap) of the seed *files*, copied
  into a temporary folder until they hold ``--mb`` megabytes, in this one
  process: ``tag(concat_items(read(p) for p in paths), taxonomy="oap")``;
* ``corpus_serial`` / ``corpus_processes``: the same work through
  ``build_corpus(..., taxonomies=("oap",))``, in this process and on a pool
  of one worker process per core (start-up of the workers included);
* beside them, on the same file texts:
  - ``regex``: a bare regex tokenisation (the floor),
  - ``countvectorizer``: scikit-learn's CountVectorizer().fit_transform
    (what a user would pick instead; one process);
* ``tag_*``: tagging alone, per taxonomy, on the items of those files, beside
  CountVectorizer on the item texts;
* ``tag_oap_cold``: one pass over the unreplicated seeds with empty caches;
* ``report``: building and rendering the HTML report for the seeds (in the
  process, imports done), and writing it;
* ``widget_filter``: :func:`polcompare.render.widgets.filter_items` on 10,000
  tagged items (median of 20 filterings with themes, section and query);
* ``notebooks``: executing the four notebooks top to bottom (one run);
* ``parse_50mb``: reading the seeds repeated into one 50 MB file (one run),
  and ``join_long_word``: joining lines after a 200,000-character word (the
  quadratic regex it once took); these were timing assertions in the tests.

Replicating the seeds repeats word types, so the per-type caches (stems,
pattern hits) are warm after the first copy: ``tag_oap_cold`` shows the
other extreme. Results go to bench/results.json; ratios and goals are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

import polcompare
from polcompare import themes, tokens
from polcompare.parallel import build_corpus

ROOT = Path(__file__).resolve().parent.parent
GOALS = {
    "pipeline_vs_countvectorizer": (">=", 0.5),  # one process
    "corpus_processes_vs_countvectorizer": (">=", 0.5),  # polcompare corpus, all cores
    "tag_oap_vs_countvectorizer": (">=", 0.5),
    "widget_filter_ms": ("<=", 100),
    "report_seconds": ("<=", 3.0),
    "parse_50mb_seconds": ("<=", 90.0),
    "join_long_word_seconds": ("<=", 2.0),
}


def best_of(repeat, fn):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def interleaved(repeat, tasks):
    """Best time of each task, running the tasks in turn ``repeat`` times.

    A baseline and the thing compared with it run side by side in every
    round, so a busy spell on the machine hits both rather than one.
    """
    best = dict.fromkeys(tasks, float("inf"))
    for _ in range(repeat):
        for name, fn in tasks.items():
            start = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def clear_caches():
    themes.match._compile.cache_clear()
    for lang in ("lv", "da", "nb", "en"):
        tokens.stemmer(lang).cache_clear()


def replicate_seeds(folder: Path, mb: float) -> list[Path]:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    size = sum(p.stat().st_size for p in seeds)
    copies = max(1, int(mb * 1e6 // size) + 1)
    paths = []
    for k in range(copies):
        for seed in seeds:
            target = folder / f"{k:04d}-{seed.name}"
            shutil.copyfile(seed, target)
            paths.append(target)
    return paths


def bench_pipeline(args, results):
    from sklearn.feature_extraction.text import CountVectorizer

    with tempfile.TemporaryDirectory() as tmp:
        paths = replicate_seeds(Path(tmp), args.mb)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

        def pipeline():
            items = polcompare.concat_items(polcompare.read(p) for p in paths)
            themes.tag(items, taxonomy="oap")

        def corpus(engine):
            result = build_corpus(paths, engine=engine, taxonomies=("oap",), progress=False)
            assert result.failures.empty and len(result.items) > 0

        seconds = interleaved(
            args.repeat,
            {
                "regex": lambda: [tokens.TOKEN.findall(t.lower()) for t in texts],
                "countvectorizer": lambda: CountVectorizer().fit_transform(texts),
                "pipeline": pipeline,
                "corpus_serial": lambda: corpus("serial"),
                "corpus_processes": lambda: corpus("processes"),
            },
        )
        items = polcompare.concat_items(polcompare.read(p) for p in paths)
    item_texts = items["text"].tolist()
    item_mb = sum(len(t.encode("utf-8")) for t in item_texts) / 1e6
    tasks = {"countvectorizer_items": lambda: CountVectorizer().fit_transform(item_texts)}
    for taxonomy in themes.TAXONOMIES:
        tasks[f"tag_{taxonomy}"] = lambda tx=taxonomy: themes.tag(items, taxonomy=tx)
    seconds.update(interleaved(args.repeat, tasks))
    seed_items = pd.concat(
        [polcompare.read(p).items for p in sorted((ROOT / "seeds").glob("*.txt"))],
        ignore_index=True,
    )

    def cold():
        clear_caches()
        themes.tag(seed_items, taxonomy="oap")

    seconds["tag_oap_cold"] = best_of(args.repeat, cold)
    seed_mb = sum(len(t.encode("utf-8")) for t in seed_items["text"]) / 1e6

    whole = ("regex", "countvectorizer", "pipeline", "corpus_serial", "corpus_processes")
    speed = {k: mb / seconds[k] for k in whole}
    speed.update({k: item_mb / seconds[k] for k in seconds if k.startswith("tag_")})
    speed["countvectorizer_items"] = item_mb / seconds["countvectorizer_items"]
    speed["tag_oap_cold"] = seed_mb / seconds["tag_oap_cold"]
    results["corpus"] = {
        "files": len(paths),
        "cores": os.cpu_count(),
        "source_mb": round(mb, 2),
        "items": len(items),
        "item_text_mb": round(item_mb, 2),
    }
    results["seconds"].update({k: round(v, 4) for k, v in seconds.items()})
    results["mb_per_second"] = {k: round(v, 3) for k, v in speed.items()}
    cv, cv_items = speed["countvectorizer"], speed["countvectorizer_items"]
    results["ratios"].update(
        {
            "pipeline_vs_countvectorizer": speed["pipeline"] / cv,
            "pipeline_vs_regex": speed["pipeline"] / speed["regex"],
            "corpus_serial_vs_countvectorizer": speed["corpus_serial"] / cv,
            "corpus_processes_vs_countvectorizer": speed["corpus_processes"] / cv,
            **{
                f"{k}_vs_countvectorizer": speed[k] / cv_items
                for k in speed
                if k.startswith("tag_")
            },
        }
    )


def bench_report(args, results):
    from polcompare.render.report import build_report, render_report, write_report

    docs = [polcompare.read(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    build_report(docs)  # imports and dictionary compilation happen once per process
    seconds = best_of(args.repeat, lambda: render_report(build_report(docs)))
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        path = write_report(build_report(docs), Path(tmp) / "report.html")
        write_seconds = time.perf_counter() - start
        size = path.stat().st_size
    results["seconds"]["report_build_render"] = round(seconds, 3)
    results["seconds"]["report_build_render_write"] = round(write_seconds, 3)
    results["report"] = {"bytes": size, "mb": round(size / 1e6, 2)}
    results["ratios"]["report_seconds"] = seconds


def bench_widget(args, results):
    from polcompare.render.widgets import filter_items, prepare_items

    seeds = pd.concat(
        [polcompare.read(p).items for p in sorted((ROOT / "seeds").glob("*.txt"))],
        ignore_index=True,
    )
    tagged = themes.tag(seeds, taxonomy="oap").items
    copies = 10_000 // len(tagged) + 1
    big = prepare_items(pd.concat([tagged] * copies, ignore_index=True).head(10_000))
    cases = [
        {"themes": ("survey_clearance", "victim_assistance")},
        {"themes": ("financing",), "section": "action_plan"},
        {"query": "konvencij"},
        {"themes": ("partnerships",), "lang": "lv", "query": "ano"},
    ]
    times = []
    for _ in range(5):
        for case in cases:
            start = time.perf_counter()
            filter_items(big, **case)
            times.append(time.perf_counter() - start)
    ms = statistics.median(times) * 1000
    results["widget"] = {"items": len(big), "median_ms": round(ms, 2), "max_ms": max(times) * 1000}
    results["ratios"]["widget_filter_ms"] = ms


def bench_big(args, results):
    from polcompare.clean import join_lines

    blob = b"\n".join(p.read_bytes() for p in sorted((ROOT / "seeds").glob("*.txt"))) + b"\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        path.write_bytes(blob * (int(50e6) // len(blob) + 1))
        start = time.perf_counter()
        doc = polcompare.read(path)
        results["ratios"]["parse_50mb_seconds"] = time.perf_counter() - start
        results["parse_50mb"] = {"items": len(doc.items)}
    lines = ["x" * 200_000 + "-", "y" * 200_000, "konven-", "cija"] * 5
    results["ratios"]["join_long_word_seconds"] = best_of(args.repeat, lambda: join_lines(lines))


def bench_notebooks(args, results):
    import nbformat
    from nbclient import NotebookClient

    timings = {}
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        start = time.perf_counter()
        NotebookClient(
            nb, timeout=600, resources={"metadata": {"path": str(path.parent)}}
        ).execute()
        timings[path.name] = round(time.perf_counter() - start, 2)
    results["notebooks_seconds"] = timings


# --- align (issue 15): two 60-item documents, in a fresh process -------------------------

ALIGN_GOAL_SECONDS = 10.0  # first align of two 60-item documents, model start included

_ALIGN_CHILD = r"""
import json, os, sys, time
start = time.perf_counter()
import pandas as pd
import polcompare
from polcompare.compare.align import _e5_model
root = sys.argv[1]
def items(name, n=None):
    got = polcompare.read(os.path.join(root, "seeds", name)).items
    return got if n is None else got.head(n)
a = pd.concat([items("eu-apmbc-position-2024.lv.txt"), items("belarus-conclusions.lv.txt", 6)])
b = pd.concat([items("eu-apmbc-position-2024.da.txt"), items("norway-mbc-presidency.nb.txt", 6)])
ready = time.perf_counter()
_e5_model()
model = time.perf_counter()
cpu = time.process_time()
pairs = polcompare.align(a, b)
first = time.perf_counter()
cpu = time.process_time() - cpu
polcompare.align(a, b)
again = time.perf_counter()
print(json.dumps({
    "items": len(a) + len(b),
    "import_and_read_s": round(ready - start, 2),
    "model_start_s": round(model - ready, 2),
    "first_align_s": round(first - ready, 2),
    "items_per_s": round((len(a) + len(b)) / (first - model), 1),
    "second_align_s": round(again - first, 2),
    "first_align_cpu_s": round(cpu, 2),
    "pairs_1to1": int((pairs["link"] == "1:1").sum()),
    "load_average_1min": round(os.getloadavg()[0], 2),
}))
"""


def bench_align(args, results):
    """polcompare.align of two 60-item documents, cold, in a new process (best of --repeat).

    The position paper's 54 items in Latvian and in Danish, each with 6 items of another
    seed document; no embedding cache on disk, so every item is embedded. ``first_align_s``
    is the first call including the model's start; ``items_per_s`` counts both sides' items
    over the embedding and pairing time; ``first_align_cpu_s`` is the CPU time of that call
    (all threads): on a shared machine the wall time depends on the load, whose average is
    kept beside them.
    """
    import subprocess

    runs = []
    for _ in range(args.repeat):
        env = {k: v for k, v in os.environ.items() if k != "POLCOMPARE_CACHE"}
        done = subprocess.run(
            [sys.executable, "-c", _ALIGN_CHILD, str(ROOT)],
            capture_output=True,
            text=True,
            check=False,
            env=env,
        )
        if done.returncode:  # say why, not only that it failed
            sys.exit(f"bench/run.py: the align benchmark failed:\n{done.stderr.strip()}")
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["first_align_s"])
    results["align"] = {**best, "runs_first_align_s": [r["first_align_s"] for r in runs]}
    met = best["first_align_s"] <= ALIGN_GOAL_SECONDS
    print(
        f"align, two 60-item documents: first call {best['first_align_s']} s "
        f"(model start {best['model_start_s']} s; goal <= {ALIGN_GOAL_SECONDS}: "
        f"{'met' if met else 'MISSED'}), {best['items_per_s']} items/s, "
        f"second call {best['second_align_s']} s, CPU {best['first_align_cpu_s']} s, "
        f"load average {best['load_average_1min']}"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (default 3)")
    parser.add_argument("--skip-notebooks", action="store_true", help="do not time notebooks")
    parser.add_argument("--skip-big", action="store_true", help="do not time the 50 MB parse")
    parser.add_argument("--skip-align", action="store_true", help="do not time align")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args(argv)

    results = {"seconds": {}, "ratios": {}}
    bench_pipeline(args, results)
    bench_report(args, results)
    bench_widget(args, results)
    if not args.skip_big:
        bench_big(args, results)
    if not args.skip_notebooks:
        bench_notebooks(args, results)
    if not args.skip_align:
        bench_align(args, results)
    results["ratios"] = {k: round(v, 3) for k, v in results["ratios"].items()}
    results["goals"] = {k: f"{op} {v}" for k, (op, v) in GOALS.items()}
    results["machine"] = {"python": sys.version.split()[0], "platform": platform.platform()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")

    c = results["corpus"]
    print(f"corpus: {c['files']} files, {c['source_mb']} MB, {c['items']} items")
    for name, value in results["mb_per_second"].items():
        print(f"  {name:24} {value:8.2f} MB/s")
    for name, value in results["ratios"].items():
        verdict = ""
        if name in GOALS:
            op, goal = GOALS[name]
            met = value >= goal if op == ">=" else value <= goal
            verdict = f"  (goal {op} {goal}: {'met' if met else 'MISSED'})"
        print(f"  {name:34} {value:8.3f}{verdict}")
    print(f"  report: {results['report']['mb']} MB")
    for name, seconds in results.get("notebooks_seconds", {}).items():
        print(f"  notebook {name}: {seconds} s")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
