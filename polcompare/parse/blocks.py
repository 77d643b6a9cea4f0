"""What every grammar returns: blocks of source lines, and the structure they make.

A :class:`Block` is one item, heading or unparsed run of lines; a
:class:`Structure` is a document's blocks in source order with the grammar
that read them and why. :mod:`polcompare.document` turns them into the
``items``, ``headings`` and ``lines`` tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..clean import Line, join_lines

__all__ = ["Block", "Structure"]


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
