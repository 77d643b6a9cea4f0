"""polcompare benchmark: throughput ratios against baselines measured in the same run.

    make bench            # or: .venv/bin/python bench/run.py [--mb 10] [--repeat 3]

Corpus: the items of every seed document, replicated until the text reaches
``--mb`` megabytes (UTF-8). Each timing is the best of ``--repeat`` runs.
Baselines, on the same texts:

* ``regex``: a bare regex tokenisation (the floor: no stemming, no lookup);
* ``countvectorizer``: scikit-learn's CountVectorizer().fit_transform, what a
  user would reach for to count words.

Note: replication repeats word types, so polcompare's per-type caches (stems,
pattern hits) are warm after the first copy; ``tag_oap_cold`` times one pass
over the unreplicated seeds with empty caches, for the other extreme.

Results go to bench/results.json; the ratios are printed.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import pandas as pd

import polcompare
from polcompare import themes, tokens

ROOT = Path(__file__).resolve().parent.parent


def best_of(repeat, fn):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def clear_caches():
    themes._compile.cache_clear()
    for lang in ("lv", "da", "nb", "en"):
        tokens.stemmer(lang).cache_clear()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (default 3)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args(argv)

    from sklearn.feature_extraction.text import CountVectorizer

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    items = pd.concat([polcompare.read(p).items for p in seeds], ignore_index=True)
    seed_bytes = int(items["text"].str.encode("utf-8").str.len().sum())
    copies = max(1, int(args.mb * 1e6 // seed_bytes) + 1)
    corpus = pd.concat([items] * copies, ignore_index=True)
    texts = corpus["text"].tolist()
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    timings = {}
    timings["regex"] = best_of(
        args.repeat, lambda: [tokens.TOKEN.findall(t.lower()) for t in texts]
    )
    timings["countvectorizer"] = best_of(
        args.repeat, lambda: CountVectorizer().fit_transform(texts)
    )
    for taxonomy in themes.TAXONOMIES:
        themes.tag(items, taxonomy=taxonomy)  # load and compile the dictionary once
        timings[f"tag_{taxonomy}"] = best_of(
            args.repeat, lambda tx=taxonomy: themes.tag(corpus, taxonomy=tx)
        )

    def cold():
        clear_caches()
        themes.tag(items, taxonomy="oap")

    cold_seconds = best_of(args.repeat, cold)

    throughput = {name: mb / seconds for name, seconds in timings.items()}
    throughput["tag_oap_cold"] = seed_bytes / 1e6 / cold_seconds
    cv = throughput["countvectorizer"]
    ratios = {
        f"{name}_vs_countvectorizer": throughput[name] / cv
        for name in throughput
        if name.startswith("tag_")
    }
    ratios["tag_oap_vs_regex"] = throughput["tag_oap"] / throughput["regex"]
    results = {
        "corpus": {"mb": round(mb, 3), "items": len(corpus), "copies_of_seeds": copies},
        "seconds": {k: round(v, 4) for k, v in timings.items()} | {"tag_oap_cold": cold_seconds},
        "mb_per_second": {k: round(v, 3) for k, v in throughput.items()},
        "ratios": {k: round(v, 3) for k, v in ratios.items()},
        "goals": {"tag_oap_vs_countvectorizer": 0.5},
        "machine": {"python": sys.version.split()[0], "platform": platform.platform()},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")

    print(f"corpus: {mb:.1f} MB, {len(corpus)} items ({copies} copies of the seeds)")
    for name, value in throughput.items():
        print(f"  {name:18} {value:8.2f} MB/s")
    for name, value in ratios.items():
        goal = results["goals"].get(name)
        verdict = ""
        if goal is not None:
            verdict = f"  (goal >= {goal}: {'met' if value >= goal else 'MISSED'})"
        print(f"  {name:32} {value:6.3f}{verdict}")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
