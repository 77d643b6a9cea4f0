"""UN conference documents: action plans, resolutions, reports.

Action plans number their commitments "Action #1" or "Action 1"; reports
number paragraphs ``1.``, ``2.`` with sub-paragraphs ``(a)``, ``(i)`` and
decimal sections ``1.1``, ``1.1.1``; resolutions have unnumbered
preambular paragraphs ("Recalling ...,") before numbered operative ones.
Part headings ``I.``, ``A.`` are headings.
"""

from __future__ import annotations

from .council import labelled_line
from .lines import Marker
from .outline import Outline

__all__ = ["UNDocument", "recognise"]


def recognise(texts: list[str], cands: list[list[Marker]]) -> str | None:
    """Say why the text is a UN-style document, or return None."""
    actions, decimals = [], []
    for line in cands:
        for m in line:
            if m.style == "action":
                actions.append(m.value)
            elif m.style == "decimal":
                decimals.append(m.value)
    if len(actions) >= 2:
        return f"{len(actions)} 'Action N' commitments ({actions[0]}-{actions[-1]})"
    heads = {d.split(".")[0] for d in decimals}
    if sum(map(labelled_line, texts)) >= 2:
        return None  # "Darbība Nr. 1.2.3.:" hierarchies are the project annex's
    if len(decimals) >= 3 and len(heads) < len(decimals):
        return f"{len(decimals)} decimal sections ({decimals[0]}-{decimals[-1]})"
    return None


class UNDocument(Outline):
    """The grammar of UN documents (see the module docstring)."""

    name = "un_document"
