"""UN conference documents: action plans, resolutions, reports.

Action plans number their commitments "Action #1" or "Action 1"; reports
number paragraphs ``1.``, ``2.`` with sub-paragraphs ``(a)``, ``(i)`` and
decimal sections ``1.1``, ``1.1.1``; resolutions have unnumbered
preambular paragraphs ("Recalling ...,") before numbered operative ones.
Part headings ``I.``, ``A.`` are headings.
"""

from __future__ import annotations

import functools
import re

from ..languages import words_pattern
from .blocks import Block
from .legal_act import cites
from .lines import Marker, is_first, labelled_line, letter_rank
from .meta import find_date
from .outline import Outline

__all__ = ["UNDocument", "body_line", "recognise"]


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
    at = next((k for k, t in enumerate(texts) if body_line(t)), None)
    if at is None:
        if (k := citations_before_recitals(texts, cands)) is not None:
            return f"a resolution: its citations ('{texts[k][:30]}') before lettered recitals"
        return None
    body, after = texts[at], cands[at + 1 :]
    numbered = sum(1 for line in after if any(m.style == "num." for m in line))
    if numbered >= 2:
        return f"a resolution: '{body}' before {numbered} numbered paragraphs"
    return _excerpt(texts, at, body, after)


def _excerpt(texts: list[str], at: int, body: str, after: list[list[Marker]]) -> str | None:
    """Say why an excerpt that stops before the operative paragraphs is a resolution, or None.

    Its preambular paragraphs ("Recalling ...,") follow the body line; or "The European
    Parliament,", its citations and lettered recitals "A. whereas ...", "B. whereas ...".
    """
    if (preambles := _preambles(texts, at)) >= 2:
        return f"a resolution: '{body}' before {preambles} preambular paragraphs"
    # A copy cut off after its first recital, or printed with one left out ("A.", "C."):
    # the letters from A on, ascending, and for a lone "A." the citations ("– having
    # regard to ...") between the body and it.
    lettered = [m.value for line in after for m in line if m.style == "ALPHA."]
    ranks = [letter_rank(v) for v in lettered]
    ascending = ranks == sorted(set(ranks))
    if (
        lettered
        and is_first("ALPHA.", lettered[0])
        and ascending
        and (len(lettered) >= 2 or _cited(texts, at))
    ):
        return f"a resolution: '{body}' before {len(lettered)} lettered recitals"
    return None


_CITATION = re.compile(r"\s*[–—-]\s*\w")


def _preambles(texts: list[str], at: int) -> int:
    """Count the preambular paragraphs that follow a body line, in a copy cut before the rest.

    An excerpt that stops before the operative paragraphs ("The General Assembly,",
    "Recalling ...,", "Welcoming ...,"; an OSCE decision's "The Ministerial Council,",
    "Taking account of ...", "Acknowledging that ..."): the paragraphs that open with a
    participle right below the body line or below a line ending in a comma.
    """
    found = 0
    for k in range(at + 1, min(at + 200, len(texts))):
        text = texts[k].lstrip()
        if cites(text):
            return 0  # an EU act's "Having regard to the Treaty ...,": its citations
        if _preambular(text) and (k == at + 1 or texts[k - 1].rstrip().endswith(",")):
            found += 1
    return found


def citations_before_recitals(texts: list[str], cands: list[list[Marker]]) -> int | None:
    """Return where a resolution copied without its body line starts its citations, or None.

    A copy of a Parliament resolution may begin below "The European Parliament,": two or
    more citations ("– having regard to ...") and right after them the first lettered
    recital, its text in lower case ("A. whereas ...", "A. mając na uwadze, że").
    """
    run = 0
    for k, text in enumerate(texts):
        if _CITATION.match(text):
            run += 1
            continue
        if run >= 2:
            first = next((m for m in cands[k] if m.style == "ALPHA."), None)
            if first and is_first(first.style, first.value) and first.rest[:1].islower():
                return k - run
        run = 0
    return None


#: A resolution's number and title: "51/149.  Assistance in mine clearance".
RESOLUTION_TITLE = re.compile(r"\d{2,3}/\d{1,3}\.?\s+[^\W\d_].{2,200}")

_HEADER_LINE = 100  # characters of a header's line: a symbol, a meeting, a date, a title


def _header_kind(text: str) -> str:
    """Return a header line's kind: ``title``, ``dateline`` or ``heading``.

    ``title`` for a resolution's number and title ("51/149.  Assistance in mine clearance"),
    ``dateline`` for its date alone ("2 February 1996").
    """
    text = text.strip()
    if RESOLUTION_TITLE.fullmatch(text):
        return "title"
    return "dateline" if len(text.split()) <= 4 and find_date(text) else "heading"


def _header_lines(block: Block) -> bool:
    """Tell a run of short lines with no sentence in them: a header's, not a paragraph."""
    return all(
        len(t := ln.text.strip()) <= _HEADER_LINE and not t.endswith((".", ";", ":"))
        for ln in block.lines
    )


def _cited(texts: list[str], at: int) -> bool:
    """Tell whether citations ("– having regard to ...") lead from the body line to "A."."""
    cited = False
    for k in range(at + 1, len(texts)):  # up to the first line that is not a citation
        text = texts[k]
        if not text.strip():
            continue
        if not _CITATION.match(text):
            return cited and text.lstrip()[:1] in ("A", "А", "Α")  # Latin, Cyrillic, Greek
        cited = True
    return False


@functools.cache
def _body_pattern() -> re.Pattern[str]:
    names = words_pattern("bodies")
    # "The General Assembly,", "L'Assemblée générale,", "Der Sicherheitsrat,"; a parliamentary
    # assembly's "The Assembly," alone on its line (not a body named in running text)
    assembly = "Assembly|Assemblée|Versammlung|Asamblea|Assemblea|Assembleia"
    return re.compile(rf"(?:\w+['’ ]\s?)?(?:{names}|{assembly})\s*,", re.IGNORECASE)


@functools.cache
def _participle() -> re.Pattern[str]:
    endings = words_pattern("preambular_endings")
    return re.compile(rf"[^\W\d_]+(?:{endings})\b")


def _preambular(text: str) -> bool:
    """Tell a preambular paragraph by its first word ("Recalling", "Considérant", "Tomando")."""
    return text[:1].isupper() and _participle().match(text) is not None


def body_line(text: str) -> bool:
    """Tell whether a line is a resolution's adopting body alone ("The General Assembly,")."""
    return len(text) <= 60 and _body_pattern().fullmatch(text) is not None


class UNDocument(Outline):
    """The grammar of UN documents (see the module docstring)."""

    name = "un_document"

    def run(self) -> list[Block]:  # noqa: D102
        blocks = super().run()
        self._numbered_preamble()
        return blocks

    def _numbered_preamble(self) -> None:
        """Make a resolution's numbered preambular paragraphs recitals.

        Some bodies number every paragraph from the first ("The General Conference,
        1. Recalling ...,"): the preambular ones end with a comma or open with a
        participle ("2. Recalling its constant readiness ...;"), the operative ones
        open with a finite verb ("4. Invites").
        """
        if not self._opened_by_body():
            return
        for block in self.blocks:
            if block.role != "item" or block.up is not None or not block.label:
                continue
            if not (block.text.rstrip().endswith(",") or _preambular(block.text)):
                break
            block.kind = "recital"

    def _opened_by_body(self) -> bool:
        """Tell whether a body line ("The General Assembly,") opened the text: a resolution.

        Or, in a copy without it, a resolution's citations before its lettered recitals.
        """
        return any(b.kind == "body" for b in self.blocks) or self._cited_from is not None

    def doc_type(self) -> str:
        """Return ``resolution`` when a body line ("The General Assembly,") opened it."""
        return "resolution" if self._opened_by_body() else self.name

    def special(self, i: int) -> int | None:  # noqa: D102
        if not self.styles_seen and body_line(self.texts[i]):
            self._header_above()
            self.add_heading("body", i)
            self.section = "preamble"
            return i + 1
        if self.section != "preamble" and i == self._cited_from:  # no body line: citations
            self.section = "preamble"
        return None

    def _header_above(self) -> None:
        """Make the unnumbered text above the body line the document's header, line by line.

        A resolution's symbol, meeting, date and title ("A/RES/47/120", "A: 91st plenary
        meeting", "An Agenda for Peace: ...") stand above "The General Assembly,"; with no
        full stop among them they ran together as one paragraph.
        """
        if any(b.role == "item" and b.label for b in self.blocks):
            return
        out: list[Block] = []
        for b in self.blocks:
            if b.role == "item" and b.kind == "paragraph" and _header_lines(b):
                out += [
                    Block("heading", _header_kind(ln.text), [ln], section=b.section)
                    for ln in b.lines
                ]
                self.runs["p"] -= 1  # its number goes to the first preambular paragraph
            else:
                out.append(b)
        self.blocks = out

    @functools.cached_property
    def _cited_from(self) -> int | None:
        if any(body_line(t) for t in self.texts):
            return None
        return citations_before_recitals(self.texts, self.cands)

    def kind_of(self, marker: Marker, depth: int) -> str:
        """Return ``recital`` for a resolution's lettered recitals ("A. Considerando que")."""
        if depth == 0 and marker.style == "ALPHA." and self.section == "preamble":
            return "recital"
        return super().kind_of(marker, depth)

    def section_of(self, marker: Marker, depth: int) -> str:  # noqa: D102
        if self.section == "preamble" and marker.style != "ALPHA.":  # the first operative one
            self.section = "body"
        return self.section

    def _open_list(self, i: int, cand: Marker) -> tuple[int, Marker] | None:
        # Operative paragraphs "1." after lettered recitals start the top level again.
        if cand.value == "1" and self.stack and self.stack[0].block.kind == "recital":
            return 0, cand
        return super()._open_list(i, cand)

    def add_text(
        self, kind: str, i: int, *, section: str, number: str, role: str = "item"
    ) -> Block:
        """Open an unnumbered paragraph: preambular before the first numbered one."""
        if not self.styles_seen and self.section == "preamble":
            kind, section = "preambular", "preamble"
        return super().add_text(kind, i, section=section, number=number, role=role)
