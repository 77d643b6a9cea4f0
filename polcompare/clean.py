"""Clean PDF-extracted text without losing anything.

Page furniture (the Council document number with initials and page number,
the ``ANNEX ... RELEX.5 LV`` lines), footnotes and blank lines are taken out of
the running text but recorded with their line numbers. What remains is the
*content* the parser itemises. Line wraps and end-of-line hyphens are undone
by :func:`join_lines` when the parser assembles an item's text.

Source lines are numbered from 1, as editors number them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Line", "Footnote", "Cleaned", "clean", "join_lines", "FURNITURE_PATTERNS"]


@dataclass(frozen=True)
class Line:
    """One source line: its 1-based number and its text (line end removed)."""

    no: int
    text: str


@dataclass
class Footnote:
    """A footnote found at the foot of a page."""

    number: str
    lines: list[Line]

    @property
    def text(self) -> str:
        """The footnote's text without its number."""
        body = join_lines([ln.text for ln in self.lines])
        return body[len(self.number) :].strip()


@dataclass
class Cleaned:
    """Source lines sorted into roles.

    Attributes
    ----------
    roles : dict[int, str]
        Line number -> ``blank``, ``furniture``, ``footnote`` or ``content``.
    content : list[Line]
        The content lines, in order.
    furniture : list[tuple[Line, str]]
        Furniture lines with their kind (``page_footer`` or ``annex_marker``).
    footnotes : list[Footnote]
    """

    roles: dict[int, str] = field(default_factory=dict)
    content: list[Line] = field(default_factory=list)
    furniture: list[tuple[Line, str]] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)


#: Council page furniture, by kind. Each pattern matches a whole stripped line.
FURNITURE_PATTERNS: dict[str, re.Pattern[str]] = {
    # "9442/24   jub/JUB/aul 2", "9636/23 ADD 1  sni/JUB/gmi 16": document
    # number (with an optional ADD/COR/REV suffix), drafters' initials, page.
    "page_footer": re.compile(
        r"\d{1,5}/\d{2}(?:\s+(?:ADD|COR|REV|EXT|AMD)\s+\d+)*"
        r"\s+[A-Za-z]{1,4}(?:/[A-Za-z]{1,4}){1,3}\s+\d{1,4}"
    ),
    # "PIELIKUMS RELEX.5  LV", "BILAG RELEX.5  DA", "RELEX.1 LIMITE LV": the
    # annex word in the document's language, the directorate code
    # (RELEX.5, GIP.1, COMPET.2.A...), an optional marking, the language code.
    "annex_marker": re.compile(
        r"(?:[^\W\d_]+\s+)?[A-Z]{2,8}\.\d+(?:\.[A-Z0-9]+)?"
        r"(?:\s+(?:LIMITE|RESTREINT\s+UE))?\s+[A-Z]{2}"
    ),
}

# A footnote starts with its number and text, without the dot an item has.
_FOOTNOTE_START = re.compile(r"(\d{1,3})\s+\S")
# The rule above a page's footnotes comes out of PDFs as a line of spaces.
_FOOTNOTE_RULE = re.compile(r"[ \t\u00a0]{10,}")


def clean(lines: list[str]) -> Cleaned:
    """Sort source lines into blank, furniture, footnote and content lines.

    Parameters
    ----------
    lines : list of str
        The document's lines, without line ends.

    Returns
    -------
    Cleaned
    """
    out = Cleaned()
    in_footnote: Footnote | None = None
    after_rule = False
    for no, text in enumerate(lines, start=1):
        line = Line(no, text)
        stripped = text.strip()
        if not stripped:
            out.roles[no] = "blank"
            after_rule = after_rule or bool(_FOOTNOTE_RULE.fullmatch(text))
            in_footnote = None if not _FOOTNOTE_RULE.fullmatch(text) else in_footnote
            continue
        kind = furniture_kind(stripped)
        if kind:
            out.roles[no] = "furniture"
            out.furniture.append((line, kind))
            in_footnote, after_rule = None, False
            continue
        if after_rule and (m := _FOOTNOTE_START.match(stripped)):
            in_footnote = Footnote(m.group(1), [line])
            out.footnotes.append(in_footnote)
            out.roles[no] = "footnote"
            continue
        # A footnote runs on until a blank line or a new page (PDF extraction
        # starts each page's first line with a space).
        if in_footnote is not None and not text.startswith((" ", "\t")):
            in_footnote.lines.append(line)
            out.roles[no] = "footnote"
            continue
        in_footnote, after_rule = None, False
        out.roles[no] = "content"
        out.content.append(line)
    return out


def furniture_kind(stripped: str) -> str | None:
    """Return the furniture kind of a stripped line, or None for real text."""
    for kind, pattern in FURNITURE_PATTERNS.items():
        if pattern.fullmatch(stripped):
            return kind
    return None


# A word broken at the line end: a letter or digit, then a hyphen.
_HYPHEN_BREAK = re.compile(r"(\S*[^\W_])-$")


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines into running text, undoing end-of-line hyphenation.

    A line ending in a letter or digit and a hyphen continues on the next line
    without a space. The hyphen is dropped only for a plain lowercase word
    broken in two ("konven-" + "cija"); it is kept in compounds, where the
    first part holds a capital, a digit or another hyphen, or the second part
    starts with a capital ("Siem Reap-Angkor-" + "handlingsplanen",
    "artikel 5-" + "udvalget", "EU-" + "Ukraina"). A lone hyphen at the end
    ("og -" + "rydning") also joins without a space. Everything else is
    joined with one space.

    Parameters
    ----------
    lines : list of str

    Returns
    -------
    str
    """
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        m = _HYPHEN_BREAK.search(out)
        if out.endswith(" -") and line[0].islower():
            out = out + line  # a suspended compound: "minesporing og -rydning"
        elif m:
            word = m.group(1).rsplit(None, 1)[-1]
            plain = word.isalpha() and word.islower() and line[0].islower()
            out = (out[:-1] if plain else out) + line
        else:
            out = out + " " + line
    return re.sub(r"[ \t\u00a0]{2,}", " ", out)
