"""Highlighting: cut an item's text into runs covered by the same theme matches.

One rule for every renderer: the report marks each run with its themes, the
explorer marks runs of matched text (and search hits) in one ``<mark>`` each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

__all__ = ["SEARCH", "Segment", "highlight_segments", "search_spans"]

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
    bounds = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[Segment] = []
    for a, b in pairwise(bounds):
        themes = tuple(
            sorted({t for s, e, t in spans if s < b and e > a}, key=lambda t: (rank.get(t, 99), t))
        )
        if out and out[-1].themes == themes:
            out[-1] = Segment(out[-1].text + text[a:b], themes)
        else:
            out.append(Segment(text[a:b], themes))
    return out


def search_spans(text: str, query: str) -> list[tuple[int, int, str]]:
    """Where the words of ``query`` occur in ``text``, ignoring case and runs of spaces."""
    words = query.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
    return [(m.start(), m.end(), SEARCH) for m in pattern.finditer(text) if m.end() > m.start()]
