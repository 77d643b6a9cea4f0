"""The speed-ups of issue 18 change nothing a user sees: same stems, languages, data.

Each shortcut is checked against the slow path it replaces, on real words and
texts (the seeds, the evaluation sets, the gold files); fresh Python processes
where what is imported matters.
"""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

import polcompare
from polcompare import io, tokens
from polcompare.render.highlight import Segment, highlight_segments

from .conftest import DATA, ROOT, SEEDS

TEXTS = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "eval" / "parse" / "docs").glob("*.txt"))


def _python(code: str, **env) -> str:
    import os

    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, **env},
    )
    return out.stdout


def test_import_loads_neither_nltk_scipy_nor_plotly():
    loaded = json.loads(
        _python(
            """
            import json, sys
            import polcompare
            doc = polcompare.read("seeds/eu-apmbc-position-2024.da.txt")
            polcompare.tag(doc.items, taxonomy="oap")
            print(json.dumps(sorted(m.split(".")[0] for m in sys.modules)))
            """
        )
    )
    assert "nltk" not in loaded and "scipy" not in loaded and "plotly" not in loaded
    assert "sklearn" not in loaded


def test_report_is_still_reachable_from_the_package():
    from polcompare.render import report as module

    assert polcompare.report is module.report and polcompare.ReportData is module.ReportData
    assert {"report", "ReportData"} <= set(dir(polcompare))


def test_snowball_loaded_apart_stems_as_nltk_does():
    """Every word of the seeds and evaluation texts, every Snowball language polcompare uses."""
    words = set()
    for path in TEXTS:
        words.update(tokens.tokenize(path.read_text(encoding="utf-8")))
    for path in [*DATA.rglob("*.csv"), *DATA.rglob("*.txt"), *(ROOT / "eval").rglob("*.csv")]:
        words.update(tokens.tokenize(path.read_text(encoding="utf-8", errors="replace")))
    assert len(words) > 9_000
    listing = Path(ROOT / ".pytest_cache")
    listing.mkdir(exist_ok=True)
    words_file = listing / "speed-words.json"
    words_file.write_text(json.dumps(sorted(words)), encoding="utf-8")
    code = """
        import json, sys
        from polcompare import tokens
        words = json.load(open(sys.argv[1], encoding="utf-8"))
        ours = {l: [tokens.stemmer(l)(w) for w in words] for l in sorted(tokens._SNOWBALL)}
        assert "nltk" not in sys.modules
        from nltk.stem.snowball import SnowballStemmer
        theirs = {
            l: [SnowballStemmer(n).stem(w) for w in words] for l, n in tokens._SNOWBALL.items()
        }
        print(json.dumps({l: sum(a != b for a, b in zip(ours[l], theirs[l])) for l in ours}))
        """
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), str(words_file)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    differences = json.loads(out.stdout)
    assert set(differences) == set(tokens._SNOWBALL)
    assert all(n == 0 for n in differences.values()), differences


def test_nltk_imported_after_polcompare_is_whole():
    out = _python(
        """
        from polcompare.tokens import stem
        stem("konventionerne", "da")
        import nltk
        from nltk.stem.snowball import SnowballStemmer
        from nltk.stem import PorterStemmer
        print(SnowballStemmer("danish").stem("konventionerne"), PorterStemmer().stem("mines"))
        print(hasattr(nltk, "word_tokenize"))
        """
    )
    assert out.split() == ["konvention", "mine", "True"]


def test_unpacked_language_model_gives_the_same_answers(tmp_path, monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in TEXTS]
    texts += [
        line.split("\t")[-1]
        for line in (DATA / "langid_eval.tsv").read_text(encoding="utf-8").splitlines()[1:]
    ]
    monkeypatch.setenv("POLCOMPARE_LANGID_CACHE", "off")
    io._identifier.cache_clear()
    packed = [io.detect_language(t) for t in texts]
    assert not isinstance(io._identifier().tk_nextmove, memoryview)
    monkeypatch.setenv("POLCOMPARE_LANGID_CACHE", str(tmp_path / "langid"))
    for _ in range(2):  # once writing the cache, once reading it
        io._identifier.cache_clear()
        assert [io.detect_language(t) for t in texts] == packed
        assert isinstance(io._identifier().tk_nextmove, memoryview)
    assert len(list((tmp_path / "langid").glob("*/*.npy"))) == 5
    io._identifier.cache_clear()


def test_a_damaged_model_cache_falls_back_to_the_packed_model(tmp_path, monkeypatch):
    monkeypatch.setenv("POLCOMPARE_LANGID_CACHE", str(tmp_path))
    io._identifier.cache_clear()
    io._identifier()
    (npy,) = [p for p in tmp_path.glob("*/ptc.npy")]
    npy.write_bytes(b"not an array")
    io._identifier.cache_clear()
    assert io.detect_language("Šis ir teikums latviešu valodā par mīnām.")[0] == "lv"
    assert not isinstance(io._identifier().tk_nextmove, memoryview)
    io._identifier.cache_clear()


def test_the_model_index_is_only_a_shortcut(tmp_path, monkeypatch):
    monkeypatch.setenv("POLCOMPARE_LANGID_CACHE", str(tmp_path))
    text = "Šis ir teikums latviešu valodā par mīnām un to iznīcināšanu."
    io._identifier.cache_clear()
    first = io.detect_language(text)
    assert json.loads((tmp_path / "index.json").read_text(encoding="utf-8"))
    (tmp_path / "index.json").write_text("{not json", encoding="utf-8")  # damaged: hashed again
    io._identifier.cache_clear()
    assert io.detect_language(text) == first
    assert isinstance(io._identifier().tk_nextmove, memoryview)
    assert len(list(tmp_path.glob("*/classes.json"))) == 1  # the same copy, not a second
    io._identifier.cache_clear()


def test_released_model_pages_are_read_again(tmp_path, monkeypatch):
    monkeypatch.setenv("POLCOMPARE_LANGID_CACHE", str(tmp_path))
    texts = [p.read_text(encoding="utf-8") for p in TEXTS[:12]]
    io._identifier.cache_clear()
    before = [io.detect_language(t) for t in texts]
    for text, expected in zip(texts, before, strict=True):
        io.release_model_pages()
        assert io.detect_language(text) == expected
    io._identifier.cache_clear()


def test_shipped_yaml_kept_as_json_reads_the_same(tmp_path, monkeypatch):
    from polcompare._yaml import load_shipped

    monkeypatch.setenv("POLCOMPARE_YAML_CACHE", str(tmp_path / "yaml"))
    files = sorted((ROOT / "polcompare" / "data").rglob("*.yml"))
    for path in files:
        text = path.read_text(encoding="utf-8")
        slow = yaml.safe_load(text)
        for _ in range(2):  # once writing the JSON, once reading it
            fast = load_shipped(text)
            assert fast == slow and repr(fast) == repr(slow), path.name
    kept = sorted((tmp_path / "yaml").glob("*.json"))
    assert len(kept) == len({p.read_text(encoding="utf-8") for p in files})
    kept[0].write_text("[damaged", encoding="utf-8")  # a damaged copy: the YAML again
    assert all(
        repr(load_shipped(p.read_text("utf-8"))) == repr(yaml.safe_load(p.read_text("utf-8")))
        for p in files
    )
    # data JSON cannot give back exactly is not kept
    assert load_shipped("1: one\nwhen: 2024-01-01\n") == yaml.safe_load(
        "1: one\nwhen: 2024-01-01\n"
    )
    assert len(list((tmp_path / "yaml").glob("*.json"))) == len(kept)
    monkeypatch.setenv("POLCOMPARE_YAML_CACHE", str(tmp_path / "file-not-folder"))
    (tmp_path / "file-not-folder").write_text("x", encoding="utf-8")  # cannot be written
    assert load_shipped("a: [1, 2]\n") == {"a": [1, 2]}


def test_shipped_yaml_reads_the_same_with_libyaml():
    from polcompare._yaml import load_shipped

    files = sorted((ROOT / "polcompare" / "data").rglob("*.yml"))
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        slow, fast = yaml.safe_load(text), load_shipped(text)
        assert fast == slow and repr(fast) == repr(slow), path.name


def _quadratic_segments(text, spans, order=None):
    """The rule as it was written first (each run scans every span)."""
    from itertools import pairwise

    n = len(text)
    spans = [(max(0, s), min(n, e), t) for s, e, t in spans if min(n, e) > max(0, s)]
    if not spans:
        return [Segment(text)] if text else []
    rank = order or {}
    bounds = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for a, b in pairwise(bounds):
        themes = tuple(
            sorted({t for s, e, t in spans if s < b and e > a}, key=lambda t: (rank.get(t, 99), t))
        )
        if out and out[-1].themes == themes:
            out[-1] = Segment(out[-1].text + text[a:b], themes)
        else:
            out.append(Segment(text[a:b], themes))
    return out


def test_highlighting_cuts_as_before():
    import random

    rng = random.Random(18)
    texts = [p.read_text(encoding="utf-8")[:3000] for p in TEXTS[:12]]
    themes = ["a", "b", "c", "d", ""]
    order = {"d": 0, "c": 1, "a": 2}
    for text in texts:
        for _ in range(20):
            spans = []
            for _ in range(rng.randint(0, 40)):
                s = rng.randint(-5, len(text) + 5)
                spans.append((s, s + rng.randint(-3, 60), rng.choice(themes)))
            for o in (None, order):
                assert highlight_segments(text, spans, o) == _quadratic_segments(text, spans, o)
    assert highlight_segments("", []) == [] and highlight_segments("", [(0, 3, "a")]) == []


def _keyness_as_before(ct, ft, cr, fr, *, top):
    """Keyness as first written: every term's row, sorted, then the head and tail."""
    import math

    import pandas as pd
    from scipy.stats import chi2 as chi2_dist

    from polcompare.compare.words import KEYNESS_COLUMNS

    nt, nr = sum(ct.values()), sum(cr.values())
    best = {}
    for (s, w), n in (ft + fr).items():
        if n > best.get(s, (0, ""))[0]:
            best[s] = (n, w)
    rows = []
    for term in sorted(set(ct) | set(cr)):
        a, b = ct.get(term, 0), cr.get(term, 0)
        c, d = nt - a, nr - b
        total = a + b + c + d
        expected = [
            (a + b) * (a + c) / total,
            (a + b) * (b + d) / total,
            (c + d) * (a + c) / total,
            (c + d) * (b + d) / total,
        ]
        observed = [a, b, c, d]
        g2 = 2 * sum(o * math.log(o / e) for o, e in zip(observed, expected, strict=True) if o)
        chi2 = sum((o - e) ** 2 / e for o, e in zip(observed, expected, strict=True) if e)
        more = a / nt >= b / nr
        rows.append(
            {
                "term": term,
                "word": best[term][1],
                "n_target": a,
                "n_reference": b,
                "g2": g2 if more else -g2,
                "chi2": chi2,
                "p": float(chi2_dist.sf(chi2, 1)),
                "direction": "target" if more else "reference",
            }
        )
    table = pd.DataFrame(rows).sort_values("g2", ascending=False, kind="stable")
    head = table[table["direction"] == "target"].head(top)
    tail = table[table["direction"] == "reference"].tail(top)
    return pd.concat([head, tail], ignore_index=True)[KEYNESS_COLUMNS]


def test_keyness_ranks_as_ranking_every_term_did():
    """Every document of the seeds and evaluation texts against the rest of its language."""
    from collections import Counter

    import pandas as pd

    from polcompare.compare import words

    items = polcompare.concat_items(polcompare.read(p) for p in TEXTS)
    got = words.document_keyness(items)
    frames = []
    for lang, docs in words._by_language(items).items():
        counts = {doc_id: words._counts(part, lang) for doc_id, part in docs}
        all_stems = sum((c[0] for c in counts.values()), Counter())
        all_forms = sum((c[1] for c in counts.values()), Counter())
        for doc_id, _ in docs:
            ct, ft = counts[doc_id]
            if not sum(ct.values()) or not sum((all_stems - ct).values()):
                continue
            table = _keyness_as_before(ct, ft, all_stems - ct, all_forms - ft, top=15)
            table.insert(0, "reference", len(docs) - 1)
            table.insert(0, "lang", lang)
            table.insert(0, "doc_id", doc_id)
            frames.append(table)
    assert len(frames) > 30
    pd.testing.assert_frame_equal(got, pd.concat(frames, ignore_index=True), check_exact=True)
    lv = items[items["lang"] == "lv"]
    first = lv["doc_id"].iloc[0]
    target, reference = lv[lv["doc_id"] == first], lv[lv["doc_id"] != first]
    for top in (0, 1, 3, 25, 10_000):
        want = _keyness_as_before(
            *words._counts(target, "lv"), *words._counts(reference, "lv"), top=top
        )
        pd.testing.assert_frame_equal(words.keyness(target, reference, top=top), want)


def test_bench_corpus_is_distinct_deterministic_and_readable(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    real = len(corpus.sources())
    total = real + 120  # the repository's texts first, then generated ones
    docs = corpus.generate(total)
    assert docs == corpus.generate(total)
    assert docs != corpus.generate(total, seed=1)
    texts = [t for _, t in docs]
    assert len(set(texts)) == len(texts)
    assert real > 100
    vocab = [set(tokens.tokenize(" ".join(texts[:n]))) for n in (real, total)]
    assert len(vocab[1]) > len(vocab[0]) * 1.1  # new documents bring new words
    paths = corpus.write(tmp_path, total)
    langs = {name.rsplit(".", 2)[-2] for name, _ in docs[real:]}
    assert {"lv", "da", "en", "de", "fr", "nb"} <= langs
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        read = [polcompare.read(p) for p in paths[real:]]
    assert all(len(d.items) > 0 for d in read)


def test_bench_names_its_baseline_even_without_git(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import distinct
    finally:
        sys.path.remove(str(ROOT / "bench"))
    export = tmp_path / "polcompare-before"  # a copy, not a checkout: it used to say "?"
    (export / "polcompare").mkdir(parents=True)
    assert distinct.baseline_label(export) == (
        "folder polcompare-before (not a git checkout, no COMMIT file)"
    )
    (export / "COMMIT").write_text("e1afb4f\n", encoding="utf-8")
    assert distinct.baseline_label(export) == "e1afb4f (its COMMIT file)"
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    git = ["git", "-C", str(checkout), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "x"], check=True)
    head = subprocess.run(
        [*git, "rev-parse", "--short=7", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert distinct.baseline_label(checkout) == f"{head} (git)"
    inside = checkout / "sub"  # a folder inside a checkout is not that checkout
    inside.mkdir()
    assert distinct.baseline_label(inside).startswith("folder sub ")
