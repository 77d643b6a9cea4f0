"""Parse: a document's content lines -> items, headings and unparsed blocks.

One grammar per document type, behind one line classifier
(:mod:`.lines`). :func:`parse_lines` asks each grammar, most specific
first, whether it recognises the text, and says why it chose the one it
used (``Structure.reason``):

==================  ===============================================  =================
grammar             recognised by                                    ``doc_type``
==================  ===============================================  =================
``national_law``    an amending act's parts: "I", "I forskrift ...    ``national_law``
                    gjøres følgende endringer:", ..., "II"
``legal_act``       ``Article N`` headings, "Whereas:" + recitals     ``legal_act``,
                                                                      ``national_law``,
                                                                      ``un_document``
``national_law``    ``§ N`` sections                                  ``national_law``
``un_document``     ``Action #N`` commitments, decimal sections,      ``un_document``,
                    a resolution's body line before its paragraphs    ``resolution``
``council``         Council conclusions and position papers,          ``position_paper``,
                    project annexes, dated web pages                  ``conclusions``,
                                                                      ``project_annex``,
                                                                      ``web_page``
``generic``         anything else: its numbering, else paragraphs     ``generic``
==================  ===============================================  =================

The ``doc_type`` then follows the names the text gives (:mod:`.doctype`):
a legal act that names no EU institution in its head is a national law or
a UN document; numbered paragraphs that never name the EU are not
conclusions; other text that speaks for the EU in its first lines is an EU
``statement``, or ``conclusions`` when it names them or a Council meeting.
"""

from __future__ import annotations

from collections.abc import Callable

from ..clean import Line
from . import legal_act, national_law, un_document
from .blocks import Block, Structure
from .council import parse_council
from .doctype import names, refine
from .generic import Generic
from .inline import split_inline
from .lines import Marker, could_mark, markers
from .outline import Outline

__all__ = ["Block", "Structure", "GRAMMARS", "parse_lines"]

#: (name, recogniser, grammar), most specific first. A recogniser returns
#: the reason it claims the text, or None.
GRAMMARS: list[tuple[str, Callable[[list[str], list[list[Marker]]], str | None], type[Outline]]] = [
    ("national_law", national_law.recognise_amending, national_law.NationalLaw),
    ("legal_act", legal_act.recognise, legal_act.LegalAct),
    ("national_law", national_law.recognise, national_law.NationalLaw),
    ("un_document", un_document.recognise, un_document.UNDocument),
]


def parse_lines(
    lines: list[Line],
    chapter_numbers: frozenset[int] = frozenset(),
    paragraph_breaks: frozenset[int] = frozenset(),
) -> Structure:
    """Find the structure of a document's content lines.

    Parameters
    ----------
    lines : list of Line
        Content lines from :func:`polcompare.clean.clean` (no blank lines,
        furniture or footnotes).
    chapter_numbers : frozenset of int
        Numbers of the lines that hold a chapter's number alone, as
        :func:`polcompare.clean.clean` decided (``Cleaned.chapter_numbers``).
    paragraph_breaks : frozenset of int
        Numbers of the lines a salutation stands above (``Cleaned.paragraph_breaks``).

    Returns
    -------
    Structure
        Blocks in source order (items, headings, unparsed text), the
        document type, the grammar used and the reason it was chosen. When
        more than one grammar recognises the text, the first in
        :data:`GRAMMARS` reads it and the reason names the others.
    """
    # Each line's markers, once for every recogniser (and for the lines cut in two, again).
    before = [markers(t) if could_mark(t) else [] for t in (ln.text.strip() for ln in lines)]
    kept = {id(line): c for line, c in zip(lines, before, strict=True)}
    lines = split_inline(lines, before)
    texts = [ln.text.strip() for ln in lines]
    cands = [
        kept[id(ln)] if id(ln) in kept else markers(t) if could_mark(t) else []
        for ln, t in zip(lines, texts, strict=True)
    ]
    claims = [
        (name, reason, grammar)
        for name, test, grammar in GRAMMARS
        if (reason := test(texts, cands))
    ]
    if claims:
        name, reason, grammar = claims[0]
        others = "; ".join(f"also {n}: {r}" for n, r, _ in claims[1:] if n != name)
        reader = grammar(lines, chapter_numbers, paragraph_breaks)
        blocks = reader.run()
        why = reason + (f" ({others})" if others else "")
        return refine(Structure(blocks, reader.doc_type(), name, why), texts)
    structure = parse_council(lines)
    structure.reason = _council_reason(structure)
    if structure.doc_type not in ("generic", "conclusions"):
        return structure
    # No Council shape, or only numbered paragraphs: read the numbering with the
    # generic outline, when it finds more numbered units than the Council grammar
    # did (for conclusions, twice as many: a law's "1. (1)" sections and their
    # points, not a few numbers the Council grammar's paragraphs hold).
    # A text that never names the EU is no conclusions (refine says so): its numbering
    # needs to beat the Council grammar's by two units, not one stray number ("8" above
    # paragraphs 1 to 5): a cable's "2\\." to "5\\." and one paragraph's points "1." to "5.".
    council = sum(1 for b in structure.blocks if b.role == "item" and b.label)
    if structure.doc_type == "generic":
        needed = council
    elif names("eu_names").search("\n".join(texts)):
        needed = 2 * council
    else:
        needed = council + 1
    # Each numbered unit opens on a line with a marker: with no more such lines than
    # needed, the generic outline cannot win, and is not run (most conclusions).
    if sum(1 for c in cands if c) <= needed:
        return refine(structure, texts)
    blocks = Generic(lines, chapter_numbers, paragraph_breaks).run()
    numbered = sum(1 for b in blocks if b.role == "item" and b.label)
    if numbered > needed:
        styles = sorted({b.style for b in blocks if b.role == "item" and b.label})
        reason = f"{numbered} numbered units ({', '.join(styles)}); no Council document shape"
        return refine(Structure(blocks, "generic", "generic", reason), texts)
    return refine(structure, texts)


def _council_reason(structure: Structure) -> str:
    items = [b for b in structure.blocks if b.role == "item"]
    kinds: dict[str, int] = {}
    for b in items:
        kinds[b.kind] = kinds.get(b.kind, 0) + 1
    sections = sorted({b.section for b in items if b.kind in ("paragraph", "point")})
    counted = ", ".join(f"{n} {k}" for k, n in kinds.items()) or "no items"
    if structure.doc_type == "position_paper":
        return f"sections {', '.join(sections)}; {counted}"
    return counted
