"""What every grammar returns: blocks of source lines, and the structure they make.

A :class:`Block` is one item, heading or unparsed run of lines; a
:class:`Structure` is a document's blocks in source order with the grammar
that read them and why. :mod:`polcompare.document` turns them into the
``items``, ``headings`` and ``lines`` tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..clean import Line, join_lines

__all__ = ["Block", "Structure", "below_list"]


@dataclass
class Block:
    """A run of source lines that forms one item, heading or unparsed text.

    ``kind`` is, for items: ``item``, ``subitem``, ``result``, ``output``,
    ``activity``, ``paragraph``, ``news``; for headings: ``label``, ``title``,
    ``part``, ``section``, ``subheading``, ``heading``; else ``unparsed``.
    """

    role: str
    kind: str
    lines: list[Line] = field(default_factory=list)
    marker: str = ""
    part: str = ""
    section: str = ""
    number: str = ""
    letter: str = ""
    level: int = 0
    heading: str = ""
    date: str = ""
    reason: str = ""
    label: str = ""
    title: str = ""  # a title printed on the marker's line ("§ 1. Formål")
    style: str = field(default="", repr=False)  # the marker style (see parse.lines)
    up: Block | None = field(default=None, repr=False, compare=False)  # the enclosing unit

    @property
    def text(self) -> str:
        """The block's running text, with its marker removed."""
        body = join_lines([ln.text for ln in self.lines])
        # as the running text, with runs of spaces made one ("Art.  1.  [Przedmiot regulacji]")
        for lead in (join_lines([self.marker]), join_lines([self.title])):
            if lead and body.startswith(lead):
                body = body[len(lead) :].lstrip()
        return body

    @property
    def start_line(self) -> int:  # noqa: D102
        return self.lines[0].no

    @property
    def end_line(self) -> int:  # noqa: D102
        return self.lines[-1].no


@dataclass
class Structure:
    """What :func:`parse_lines` found: blocks in source order and a doc type.

    ``grammar`` names the grammar that read the text and ``reason`` says why
    it was chosen ("3 'Article N' headings (1-3), ...").
    """

    blocks: list[Block]
    doc_type: str
    grammar: str = ""
    reason: str = ""


_FIRST = re.compile(r"\(?1[.)]?")  # the first entry's marker: "1.", "1)", "(1)"


def below_list(blocks: list[Block], line: Line, prev: str, text: str) -> bool:
    """Tell a paragraph set apart below a list of one-line numbered entries: the list has ended.

    "1. Ilmastonmuutoksen hillintä ..." to "4. Infrastruktuuri ja logistiikka", one line
    each from the first with no blank line between them, then a blank line and "Suomi on
    arktinen maa ...": the paragraph is the text's, not the last entry's. Only for entries
    of the top level (below a parent's points a paragraph may go on the parent), and not
    for a run that starts mid-list: a law's "§ 4." and "§ 5." on adjacent lines keep the
    second paragraph of § 5.
    """
    if not blocks or line.no <= blocks[-1].end_line + 1 or prev.endswith((":", ",")):
        return False
    if not text[:1].isupper():
        return False
    cur = blocks[-1]
    last = cur.lines[0].text.rstrip()
    # a long entry cut mid-sentence goes on after a page break ("... with the United Nations"
    # / "Office on Drugs and Crime as its coordinator ...")
    if not (last.endswith((".", "!", "?", ";")) or len(last) <= 100):
        return False
    run = 0
    for k in range(len(blocks) - 1, -1, -1):
        entry = blocks[k]
        if not _list_entry(entry, cur) or (run and entry.end_line + 1 != blocks[k + 1].start_line):
            return False
        run += 1
        if _FIRST.fullmatch(entry.marker):
            return run > 1
    return False


def _list_entry(block: Block, like: Block) -> bool:
    """Tell a one-line numbered entry of the top level, of ``like``'s style."""
    return (
        block.role == "item"
        and bool(block.marker)
        and not (block.letter or block.up)
        and block.style == like.style
        and len(block.lines) == 1
    )
