"""Property-based: parsing stays lossless however the seeds are mutated.

Lines shuffled, dropped, duplicated, re-wrapped at random widths, random
Unicode inserted: whatever comes out, :func:`polcompare.document.read_bytes`
either raises a :class:`~polcompare.errors.PolcompareError` or returns a
document in which every non-blank line lands in exactly one place
(:func:`tests.test_hostile.assert_lossless`). Derandomised, so CI sees the same
examples every run; about 15 s in all.
"""

from __future__ import annotations

import textwrap

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polcompare.document import read_bytes
from polcompare.errors import PolcompareError
from polcompare.io import decode

from .conftest import SEED_FILES
from .test_hostile import assert_lossless

SEED_LINES = {
    name: path.read_text(encoding="utf-8").split("\n") for name, path in SEED_FILES.items()
}

FAST = settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def check(text: str) -> None:
    """Read ``text`` as UTF-8 bytes: a PolcompareError, or a lossless document."""
    data = text.encode("utf-8", errors="surrogatepass")
    try:
        doc = read_bytes(data, name="mutant.txt")
    except PolcompareError as exc:
        assert exc.source == "mutant.txt"
        return
    assert_lossless(doc, decode(data).text)


seeds = st.sampled_from(sorted(SEED_LINES))


@FAST
@given(seed=seeds, data=st.data())
def test_lines_shuffled(seed, data):
    lines = data.draw(st.permutations(SEED_LINES[seed]))
    check("\n".join(lines))


@FAST
@given(seed=seeds, data=st.data())
def test_lines_dropped(seed, data):
    lines = SEED_LINES[seed]
    keep = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    check("\n".join(line for line, kept in zip(lines, keep, strict=True) if kept))


@FAST
@given(seed=seeds, data=st.data())
def test_lines_duplicated(seed, data):
    lines = SEED_LINES[seed]
    times = data.draw(st.lists(st.integers(1, 3), min_size=len(lines), max_size=len(lines)))
    check("\n".join(line for line, n in zip(lines, times, strict=True) for _ in range(n)))


@FAST
@given(seed=seeds, width=st.integers(5, 300), data=st.data())
def test_rewrapped(seed, width, data):
    """Paragraphs joined and wrapped again at another width, or lines split at random."""
    lines = SEED_LINES[seed]
    if data.draw(st.booleans()):
        paragraphs = "\n".join(lines).split("\n\n")
        text = "\n\n".join(
            textwrap.fill(p, width=width, break_long_words=False, break_on_hyphens=True)
            for p in paragraphs
        )
    else:
        cuts = data.draw(st.lists(st.integers(0, 200), min_size=len(lines), max_size=len(lines)))
        text = "\n".join(
            f"{line[:cut]}\n{line[cut:]}" if cut < len(line) else line
            for line, cut in zip(lines, cuts, strict=True)
        )
    check(text)


@FAST
@given(
    seed=seeds,
    inserts=st.lists(
        st.tuples(st.floats(0, 1), st.text(min_size=1, max_size=20)), min_size=1, max_size=20
    ),
)
def test_random_unicode_inserted(seed, inserts):
    text = "\n".join(SEED_LINES[seed])
    for where, piece in sorted(inserts, reverse=True):
        at = int(where * len(text))
        text = text[:at] + piece + text[at:]
    check(text)


@settings(FAST, max_examples=15)
@given(
    seed=seeds,
    steps=st.lists(
        st.sampled_from(["shuffle", "drop", "double", "join", "noise"]), min_size=2, max_size=5
    ),
    data=st.data(),
)
def test_mutations_combined(seed, steps, data):
    lines = list(SEED_LINES[seed])
    for step in steps:
        if not lines:
            break
        k = data.draw(st.integers(0, len(lines) - 1))
        if step == "shuffle":
            lines = data.draw(st.permutations(lines))
        elif step == "drop":
            del lines[k : k + data.draw(st.integers(1, 50))]
        elif step == "double":
            lines[k:k] = lines[k : k + data.draw(st.integers(1, 50))]
        elif step == "join":
            lines[k : k + 2] = [" ".join(lines[k : k + 2])]
        else:
            lines[k] += data.draw(st.text(max_size=10))
    check("\n".join(lines))
