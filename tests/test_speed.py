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
