"""Highlighting: cut an item's text into runs covered by the same theme matches.

One rule for every renderer: the report marks each run with its themes, the
explorer marks runs of matched text (and search hits) in one ``<mark>`` each.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

__all__ = ["SEARCH", "Segment", "fold", "highlight_segments", "search_spans"]

#: The label of a search hit among theme matches.
SEARCH = ""


@dataclass(frozen=True)
class Segment:
    """A run of item text and the themes whose matches cover it (none: plain text)."""

    text: str
    themes: tuple[str, ...] = ()


def highlight_segments(
    text: str, spans: list[tuple[int, int, str]], order: dict[str, int] | None = None
) -> list[Segment]:
    """Cut a text into runs covered by the same set of matches.

    Parameters
    ----------
    text : str
    spans : list of (start, end, theme)
        Character offsets into ``text`` (evidence rows); they may overlap.
    order : dict, optional
        Theme -> rank, to list a run's themes in dictionary order.

    Returns
    -------
    list of Segment
        Consecutive runs that join back to ``text``.
    """
    n = len(text)
    spans = [(max(0, s), min(n, e), t) for s, e, t in spans if min(n, e) > max(0, s)]
    if not spans:
        return [Segment(text)] if text else []
    rank = order or {}
    # One sweep over the span boundaries (linear in the matches, apart from sorting
    # them): at each boundary the spans starting there join the active set and
    # those ending there leave it; the run up to the next boundary is covered by
    # exactly the active spans.
    starts: dict[int, list[str]] = {}
    ends: dict[int, list[str]] = {}
    for s, e, t in spans:
        starts.setdefault(s, []).append(t)
        ends.setdefault(e, []).append(t)
    bounds = sorted({0, n, *starts, *ends})
    active: dict[str, int] = {}
    pieces: list[list[str]] = []
    labels: list[tuple[str, ...]] = []
    themes: tuple[str, ...] = ()
    for a, b in pairwise(bounds):
        changed = False
        for t in ends.get(a, ()):
            active[t] -= 1
            if not active[t]:
                del active[t]
                changed = True
        for t in starts.get(a, ()):
            active[t] = active.get(t, 0) + 1
            changed = changed or active[t] == 1
        if changed:
            themes = tuple(sorted(active, key=lambda t: (rank.get(t, 99), t)))
        if labels and labels[-1] == themes:
            pieces[-1].append(text[a:b])
        else:
            pieces.append([text[a:b]])
            labels.append(themes)
    return [Segment("".join(p), t) for p, t in zip(pieces, labels, strict=True)]


def fold(text: str) -> str:
    """Return ``text`` as searches compare it: accents dropped, case folded.

    The report's search box does the same in the page ("atminesana" finds
    "atmīnēšana"): decomposed (NFD), combining accents removed, lower case,
    and the letters NFD leaves whole written as a keyboard without them
    writes them ("fordommer" finds "fordømmer", "aeldre" "ældre": :data:`LETTERS`).
    """
    return ACCENTS.sub("", unicodedata.normalize("NFD", text)).casefold().translate(LETTERS)


#: The combining accents NFD takes apart from their letters (the explorer's search uses it too).
ACCENTS = re.compile("[\u0300-\u036f]")

#: Letters with a stroke or ligatures that NFD does not decompose, after case folding, and how
#: a search typed without them spells them (report.js's ``fold`` holds the same map).
LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ħ": "h"})


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` folded, and for each folded character the offset of its source character."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    parts, where = [], []
    for k, ch in enumerate(text):
        f = fold(ch)
        parts.append(f)
        where.extend([k] * len(f))
    return "".join(parts), where


def search_spans(text: str, query: str) -> list[tuple[int, int, str]]:
    """Where the words of ``query`` occur in ``text``, ignoring case, accents and runs of spaces."""
    words = fold(query).split()
    if not words:
        return []
    folded, where = _folded(text)
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    return [
        (where[m.start()], where[m.end() - 1] + 1, SEARCH)
        for m in pattern.finditer(folded)
        if m.end() > m.start()
    ]
