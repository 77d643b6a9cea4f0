"""The outline engine the grammars of legal acts, laws and UN documents share.

It reads numbered and lettered units of any depth from the line classifier's
markers (:mod:`polcompare.parse.lines`) and nests them by their numbering: a
marker opens a unit when it continues a list that is open (``(b)`` after
``(a)``, ``Article 3`` after ``Article 2``) or opens a new list one level
down (``1.``, ``(a)``, ``(i)``, ``1.1``). Anything else (a year at a line
start, "25 years") is text. Lines without a marker continue the unit above.

A grammar subclasses :class:`Outline` and says which marker styles make
units of which kind (:meth:`Outline.kind_of`), and which lines are headings,
titles or formulas (:meth:`Outline.special`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..clean import Line
from ..languages import lower_words, words_pattern
from .blocks import Block, below_list
from .lines import (
    DOT_LEADERS,
    MARKDOWN_HEADING,
    QUOTES,
    Marker,
    bullet,
    contents_title,
    continues,
    could_mark,
    family,
    indent,
    is_first,
    markers,
    opens_quotation,
    run_in_contents,
    stage_ordinal,
    successor,
    superscripted,
    unheaded,
)

__all__ = ["Outline", "Open", "division", "division_heading", "heading_like", "leads_in"]

_SENTENCE_END = re.compile(r"[.;:!?…]$")
# A quotation's last line: a closing mark, then at most a punctuation mark ("...“;").
_QUOTE_CLOSES = re.compile(r"[“”\"’'«»]\s*[.;,:)]?\s*$")
_QUOTE_LONGEST = 60  # lines a quotation may run before it is taken as unclosed
_CONTENTS_RUN = 3  # labels with only a title, in a row: a table of contents
_TITLED_STYLES = frozenset({"num.", "num", "decimal"})  # what an untitled contents numbers by
# The column heads of a table of contents: "Page", "Paragraphs  Page", "Chapter", "Seite".
_COLUMN_HEADS = re.compile(
    r"(?:(?:Pages?|Paragraphs?|Chapters?|Page No\.|Seite|Paragraphes|Sivu|Side|Sida"
    r"|Strona|Pagina|Página|Párrafos|Страница|Пункты)\s*){1,3}",
    re.IGNORECASE,
)
_PAGE_REFERENCE = re.compile(r"[^\W\d_][\s.…]+\d{1,4}$")  # "... des armes 19", "Scope ..... 4"
_TRAILING_PAGE = re.compile(r"\s(\d{1,4})$")  # "... första halvåret 2023 3"
_GLUED_PAGE = re.compile(r"[^\W\d_]\d{1,3}$")  # "Inleiding2": a web copy lost the space
_WORD = re.compile(r"[^\W\d_]{2}")
_LABEL_ONLY = re.compile(r"\S+\s*\S+[.:]?")  # "7. Abschnitt:", "Kapittel 2", "CHAPTER IV"
# "...; “brokering services”—" or "“chemical weapons” means—" on its own line: the next
# defined term, leading in its points
_NEXT_TERM = re.compile(r"(?:^|[;.]\s*)[“\"«‘][^”\"»’]{1,80}[”\"»’][^“\"«]{0,40}[—–:-]\s*$")
# "– *tussenhandeldiensten militaire goederen:*": a bulleted term whose points follow
_BULLETED_TERM = re.compile(r"[-–—•]\s*\*?[^*:]{1,120}:\*?")
_LOOKAHEAD = 80
_NOTE_CALL = re.compile(r"(?<=[^\s\[])\[(\d{1,3})\]")  # "Convention.[3]", "States[12]"
_LABELS = (
    "article",
    "para",
    "action",
)  # lines searched for the next number of a list that starts mid-way


@dataclass
class Open:
    """A unit on the stack: its block, marker style and identifier."""

    block: Block
    style: str
    value: str
    part: bool = False  # a part's numeral alone on its line ("I"): its units are paragraphs
    indented: int = -1  # a list nested by indentation only: its lines' indent, else -1
    after: str = ""  # an inserted unit's: the value it was inserted after ("1" for "(1a)")


class Outline:
    """Nest numbered units by their numbering (see the module docstring).

    Subclasses set :attr:`name` and override :meth:`kind_of` and
    :meth:`special`; :meth:`run` returns the blocks.
    """

    name = "outline"
    #: Marker styles that never make units in this grammar.
    ignored_styles: frozenset[str] = frozenset()
    #: Marker styles whose line is a heading when its text is heading-like.
    heading_styles: frozenset[str] = frozenset({"ROMAN.", "ALPHA.", "(ROMAN)", "(ALPHA)"})

    def __init__(
        self,
        lines: list[Line],
        chapter_numbers: frozenset[int] = frozenset(),
        paragraph_breaks: frozenset[int] = frozenset(),
    ) -> None:
        self.lines = lines
        self.paragraph_breaks = paragraph_breaks  # lines a salutation stands above
        self.texts = [ln.text.strip() for ln in lines]
        self.n = len(lines)
        # "...of the Convention.[3]": notes called in the text; their "[3] See" lines are notes.
        self.note_calls = {m for t in self.texts if "[" in t for m in _NOTE_CALL.findall(t)}
        self.cands = [self._candidates(t) for t in self.texts]
        slashed = {m.value for c in self.cands for m in c if m.style == "num/"}
        if slashed and "2" not in slashed:
            # a lone "1/" is no list (a speech's cut copy; an old UN document's note mark)
            self.cands = [[m for m in c if m.style != "num/"] for c in self.cands]
        self._drop_doubled_headings()
        for i, line in enumerate(lines):  # "1", then "Rubrik", then "1.1 Utvecklingen"
            if line.no in chapter_numbers:
                self.cands[i] = [Marker("num", self.texts[i], self.texts[i], "")]
        self.firsts_only: dict[str, bool] = {}  # see _only_firsts
        self.num_lines: int | None = None  # see _numbered_lines
        self.section_paragraphs: dict[int, int] = {}  # id(section) -> its last paragraph
        self.closed_top: tuple[str, str] | None = None  # the list a part heading closed
        self.no_articles: bool | None = None  # see _titled_section
        self.blocks: list[Block] = []
        self.stack: list[Open] = []
        self.current: Block | None = None
        self.section = "body"
        self.heading = ""
        self.heading_since_unit = False
        self.runs: dict[str, int] = {}
        self.styles_seen: set[str] = set()  # marker styles that have opened a unit
        self.quote_from: int | None = None  # the line an open quotation started on
        self.quote_bare = False  # the open quotation has no quotation marks
        self.untitled_contents = self._untitled_contents()  # see there

    # -- what a grammar says ---------------------------------------------------

    def kind_of(self, marker: Marker, depth: int) -> str:
        """Return the kind of a unit with this marker at this depth."""
        fam = family(marker.style)
        if fam in ("article", "action"):
            return fam
        if fam == "stk":
            return "paragraph"
        if (
            fam == "decimal"
            and depth > 0
            and marker.rest[:1].islower()
            and leads_in(self.stack[depth - 1].block)
        ):
            return "point"  # "1. Noteikumi nosaka:" then "1.1. nosacījumus": its sentence's points
        if (
            fam == "decimal"
            and depth > 0
            and self.stack[depth - 1].style == "article"
            and marker.value.split(".")[0] == self.stack[depth - 1].value
        ):
            return "paragraph"  # "Artículo 4" then "4.1.", "4.2.": the article's paragraphs
        if fam in ("para", "decimal", "sect") or marker.style == "num" or _part(marker):
            return "section"
        if depth > 0 and self.stack[depth - 1].style in ("decimal", "action", "num"):
            return "paragraph" if fam == "num" else "point"
        if depth > 0 and self.stack[depth - 1].style == "para":
            # A § numbers its paragraphs (ledd, Absätze) "(1)"; its "1." are points (Nummern).
            return "paragraph" if marker.style == "(num)" else "point"
        if depth > 0 and (
            self.stack[depth - 1].style in ("article", "sect") or self.stack[depth - 1].part
        ):
            numbered = marker.style in ("num.", "(num)")
            # An article's own lead-in ("... wird wie folgt geändert:", "the following
            # definitions apply:") makes its numbered units points of that list, as does a
            # unit going on with the article's sentence ("... der Fall," then "1.  wenn ...").
            return (
                "paragraph"
                if numbered
                and not leads_in(self.stack[depth - 1].block)
                and not opens_lower(marker.rest)
                else "point"
            )
        if fam in ("alpha", "roman", "ALPHA") or depth > 0:
            return "point"
        cur = self.current
        if (
            marker.style == "num)"
            and cur is not None
            and (
                (not cur.label and leads_in(cur))  # "... z wyjątkiem:" then "1)": its points
                or (cur.style == "num)" and cur.kind == "point" and cur.up is None)  # "2)" on
            )
        ):
            return "point"
        if marker.style == "num." and capital_heading(marker.rest):
            return "section"  # "1.   INFORMATION PROVIDED BY MEMBER STATES ...": a heading
        return "paragraph"

    def special(self, i: int) -> int | None:
        """Place line ``i`` if the grammar knows it (a title, a formula).

        Returns the index of the next line to place, or None.
        """
        return None

    def section_of(self, marker: Marker, depth: int) -> str:
        """Return the section a new unit belongs to."""
        return self.section

    # -- helpers for grammars ------------------------------------------------------

    def _candidates(self, text: str) -> list[Marker]:
        if not could_mark(text):
            return []
        return [
            m
            for m in markers(text)
            if m.style not in self.ignored_styles
            and (m.style != "[num]" or m.value not in self.note_calls)
            # "Article 304 du traité ...": a reference (a page's legal basis), not the article
            # ("Article 1.er", "Article 5 bis" keep their suffix)
            and not (m.style == "article" and m.rest[:1].islower() and " " in m.rest.strip())
            # "... lo dispuesto en el" / "artículo 5º.": a wrapped reference (an article's
            # own label begins with a capital)
            and not (m.style == "article" and opens_lower(m.marker.lstrip("#*_ ")))
            # "2596. samling i Rådet": a meeting's number, not paragraph 2596; "1.
            # behandlet/henvist til udvalg": the first reading, not paragraph 1
            and not (m.style == "num." and (_numbered_meeting(m) or stage_ordinal(m.rest)))
        ]

    def heading_like(self, text: str, *, longest: int = 90) -> bool:
        """Tell whether ``text`` could be a heading or a title (see :func:`heading_like`)."""
        return heading_like(text, longest=longest)

    def add_heading(self, kind: str, i: int, *, until: int | None = None) -> Block:
        """Add a heading block of lines ``i`` to ``until`` (exclusive)."""
        end = until if until is not None else i + 1
        block = Block("heading", kind, self.lines[i:end], section=self.section)
        self.blocks.append(block)
        self.current = None
        self.heading_since_unit = True
        return block

    def add_text(
        self, kind: str, i: int, *, section: str, number: str, role: str = "item"
    ) -> Block:
        """Open an unnumbered item (a citation, a paragraph) at line ``i``."""
        block = Block(role, kind, [self.lines[i]], section=section, number=number, level=1)
        block.heading = self.heading
        block.marker = bullet(self.texts[i])
        self.blocks.append(block)
        self.current = block
        return block

    def next_number(self, section: str) -> str:
        """Return the number of the next unnumbered item of ``section``: 1, 2, 3..."""
        self.runs[section] = self.runs.get(section, 0) + 1
        return str(self.runs[section])

    def reset(self, section: str) -> None:
        """Close every open list and continue in ``section``."""
        self.stack = []
        self.current = None
        self.section = section

    # -- placing a marker ------------------------------------------------------------

    def doc_type(self) -> str:
        """Return the ``doc_type`` of what was read (the grammar's name unless it says more)."""
        return self.name

    def label_depth(self, cand: Marker) -> int:
        """Return the depth of a labelled unit (an article, a §) that opens a list."""
        styles = [e.style for e in self.stack]
        return styles.index(cand.style) if cand.style in styles else 0

    def _place(self, i: int) -> tuple[int, Marker] | None:
        """Return (depth, marker) for a unit starting at line ``i``, or None."""
        cands = self._unit_candidates(i)
        if not cands:
            return None
        stack = self.stack
        width = indent(self.lines[i].text)
        for cand in cands:  # continuing an open list wins
            for depth in range(len(stack) - 1, -1, -1):
                entry = stack[depth]
                if entry.indented > width:
                    continue  # a list nested by indentation ends where the indent does
                if _same_scheme(entry, cand) and (
                    continues(entry.style, entry.value, cand.value)
                    or successor(entry.style, entry.after) == cand.value  # "(2)" after "(1a)"
                ):
                    if cand.style != entry.style:  # "2. The" after "1.—(1)": a section too
                        cand = Marker(entry.style, cand.value, cand.marker, cand.rest)
                    return depth, cand
        for cand in cands:
            # "Article 12", "§ 4 Formål", "Action 7" alone or with a title:
            # a unit whatever the numbering before it (excerpts skip, web
            # pages reorder).
            if cand.style in _LABELS and (not cand.rest or self.heading_like(cand.rest)):
                return self.label_depth(cand), cand
            if cand.style in ("sect", "stk"):
                return self._depth_under_label(cand.style), cand
        for cand in cands:
            placed = self._open_list(i, cand)
            if placed is not None:
                return placed
        return None

    def _unit_candidates(self, i: int) -> list[Marker]:
        """Return the readings of line ``i``'s marker that may open a unit."""
        cands = [
            c
            for c in self.cands[i]
            # "section 75 (offences)," in lower case: a reference in a list, not a unit
            if c.style != "sect"
            or (self._holds_text(i, c) and not c.marker[:1].islower())
            or self._titled_section(c)
        ]
        if cands and cands[0].marker.startswith("Paragraph") and not cands[0].rest:
            # "Paragraph eins," alone: Austria's print view names the § it shows in its
            # header too; the § itself leads in its "(1)"
            return cands if self._subsection_follows(i) else []
        return cands

    def _titled_section(self, cand: Marker) -> bool:
        """Tell a law's "Section 1. Terms Used in this Law": a unit and its title.

        With its number's dot and its title on the line, in a text with no
        articles (an EU act's "Section 1" then a title is a division of its
        articles).
        """
        if not (cand.marker.rstrip().endswith(".") and self.heading_like(cand.rest)):
            return False
        if self.no_articles is None:
            self.no_articles = not any(c.style == "article" for cs in self.cands for c in cs)
        return self.no_articles

    def _holds_text(self, i: int, cand: Marker) -> bool:
        """Tell whether "Section 2" at line ``i`` opens a unit with text, not a heading.

        A UN agreement's "Section 1" is followed by its sentence ("In this
        agreement:"); an EU act's "Section 1" by a title, then articles.
        """
        if cand.rest:
            return not self.heading_like(cand.rest)
        nxt = self.texts[i + 1] if i + 1 < self.n else ""
        return bool(nxt) and not self.cands[i + 1] and not self.heading_like(nxt)

    def _next_chapter(self, cand: Marker) -> bool:
        """Tell a chapter's title after the decimal sections of the one before.

        A Swedish government communication prints its chapter number on a line of its own
        ("1", then "Rubrik"), which is no marker; "2 OSSE:s ministerrådsmöten" after "1.1"
        and "1.2" is the next chapter, not a unit under "1.2".
        """
        if cand.style != "num" or not self.stack or self.stack[0].style != "decimal":
            return False
        chapter = self.stack[0].value.split(".", 1)[0]
        return successor("num", chapter) == cand.value and self.heading_like(cand.rest)

    def _depth_under_label(self, style: str) -> int:
        """Return the depth of a section or "Stk. 2": under the open article or §."""
        styles = [e.style for e in self.stack]
        if style in styles:
            return styles.index(style)
        for k, open_style in enumerate(styles):
            if open_style in ("article", "para"):
                return k + 1
        return 0

    def _open_list(self, i: int, cand: Marker) -> tuple[int, Marker] | None:
        """Place a marker that continues no open list: a new list, or None."""
        if cand.style == "decimal":
            return self._place_decimal(i, cand)
        if not self._may_open(cand):
            return None
        styles = [e.style for e in self.stack]
        if cand.style in styles:
            return self._same_scheme_again(i, cand, styles.index(cand.style))
        if self._next_chapter(cand):
            return 0, cand  # "1.1", "1.2", then "2 OSSE:s ministerrådsmöten": chapter 2
        if is_first(cand.style, cand.value) or (
            not self._style_seen(cand.style) and self._continues_later(i, cand)
        ):
            return self._new_list_depth(cand), cand
        if self._after_omission(i) and (self._style_seen(cand.style) or not self.stack):
            # the list a part heading closed, after a gap; or a list whose start the copy
            # left out ("[matter omitted]" then "4.")
            return len(self.stack), cand
        top = self.closed_top
        if top and not self.stack and top[0] == cand.style and continues(*top, cand.value):
            return 0, cand  # "2." after "A. Introduction": numbered on across the headings
        if (
            not self._style_seen(cand.style) and self._second_after_lead_in(cand)
        ) or self._second_after_unnumbered_first(cand):
            # "netaikomos:" then "2) daiktams": the copy lost "1)"; "Άρθρο 7", its first
            # paragraph printed with no number, then "2."
            return len(self.stack), cand
        if (
            cand.style == "num"
            and (cand.marker.lstrip("[") == cand.value or self.heading_like(cand.rest))
            and self._subsection_follows(i)
        ):
            # "11Interpretation" or "11 Exceptions to offences" then "(1)": one section
            return len(self.stack), cand
        if not self.styles_seen and cand.style in ("num.", "para") and self._opens_excerpt(i, cand):
            return len(self.stack), cand  # an excerpt's one provision: "20. In this Chapter—"
        if not self.styles_seen and cand.style == "num." and self._lone_titled_unit(i, cand):
            return len(self.stack), cand  # an annotated agenda's one item: "71. Prévention ..."
        return None

    def _may_open(self, cand: Marker) -> bool:
        """Tell whether a marker that continues nothing may open a list at all."""
        if cand.style == "ALPHA" and not (self.stack and leads_in(self.stack[-1].block)):
            return False  # "A" alone opens a list only after a lead-in ("... gewijzigd:")
        # "<sup>5</sup> Verhältnis zu ...": a footnote's call (Fedlex), no list of its own
        return not (superscripted(cand) and not is_first(cand.style, cand.value))

    def _new_list_depth(self, cand: Marker) -> int:
        """Return the depth of a new list: under the open unit, or an article's own place.

        "αποφασίζουμε: Άρθρο Μόνο Τα μέτρα ...": a first (or only) article with its text
        goes where articles go, under no recital.
        """
        if cand.style == "article" and is_first(cand.style, cand.value):
            return self.label_depth(cand)
        return len(self.stack)

    def _same_scheme_again(self, i: int, cand: Marker, depth: int) -> tuple[int, Marker] | None:
        """Place a marker of a scheme open at ``depth`` that does not continue it, or None."""
        # The same scheme again from its start: a new list after a
        # heading (numbering that restarts), else not a marker.
        if is_first(cand.style, cand.value) and self.heading_since_unit:
            return depth, cand
        # A list of one-line titles (a contents or reservations list, "1.Krigsmaterielexport
        # m.m., punkt 1 (SD)"), then the body numbering again from "1.".
        if is_first(cand.style, cand.value) and self._contents_so_far():
            return 0, cand  # "1" after a table of contents' last entry, "2.1 ... 8": the body
        if is_first(cand.style, cand.value) and (titles := self._titles_only(self.stack[depth])):
            for block in titles:  # they name what follows: a contents list, not units
                block.role, block.kind, block.marker, block.label = "heading", "contents", "", ""
                block.up = None
            return depth, cand
        # A definitions list whose next term has its own points: "(b) ...; “brokering
        # services”—" then "(a)": the points of that term, not under "(b)".
        before = next((t for t in reversed(self.texts[max(0, i - 3) : i]) if t), "")
        if is_first(cand.style, cand.value) and (
            _NEXT_TERM.search(before) or _BULLETED_TERM.fullmatch(before)
        ):
            return depth, cand
        # A bilingual gazette's other language version: "1. Reaffirms ...", "2. Decides ...",
        # then "1. Επιβεβαιώνει ...": the same list again in another script, not its points.
        if is_first(cand.style, cand.value) and _script(cand.rest[:80]) != _script(
            self.stack[depth].block.lines[0].text[:80]
        ):
            return depth, cand
        # A web page's nested list printed with the same numbers, one indent
        # deeper, after its lead-in ("... se compromete a:" then "    1. No").
        if is_first(cand.style, cand.value) and self._nested_by_indent(i):
            return len(self.stack), cand
        # "/…" or "[...]" before it: the copy left units out, the list goes on.
        entry = self.stack[depth]
        if self._after_omission(i) and _ahead(entry.value, cand.value):
            return depth, cand
        # "[7]" then "[9]", "[10]": numbering that skips one number and goes on.
        skipped = successor(entry.style, successor(entry.style, entry.value))
        if cand.value == skipped and self._continues_later(i, cand):
            return depth, cand
        # A PDF's text that lost two or three markers ("5." then "8.", "9.", "10."): the two
        # numbers after it must follow in turn.
        if _skips_a_few(entry.value, cand.value) and self._continues_later(i, cand, twice=True):
            return depth, cand
        # A web page that prints each paragraph as a list of its own: "1.", "1.", "1."
        # and never "2."; or whose lists number again at the same indent ("  1.",
        # "  1.", "  2.", "  1."). The paragraphs are numbered in turn.
        if (is_first(cand.style, cand.value) and self._only_firsts(cand.style)) or (
            depth == 0 and self._web_list_again(i, entry, cand)
        ):
            value = successor(entry.style, entry.value)
            return depth, Marker(cand.style, value, cand.marker, cand.rest)
        return None

    def _titles_only(self, entry: Open) -> list[Block]:
        """Return the units of ``entry``'s list when they are titles on one line each, else [].

        Two or more, each a short line that does not end as a sentence (the
        last one's following lines aside), none holding units.
        """
        units = [
            b
            for b in self.blocks
            if b.role == "item" and b.up is entry.block.up and b.style == entry.style
        ]
        if (
            len(units) >= 2
            and all(len(b.lines) == 1 for b in units[:-1])
            and all(self.heading_like(b.lines[0].text.strip()) for b in units)
            and not any(b.up in units for b in self.blocks)
        ):
            return units
        return []

    def _second_after_lead_in(self, cand: Marker) -> bool:
        """Tell whether a list's second marker opens a point right after its lead-in.

        A consolidated copy may lose a list's first point ("... netaikomos:" then
        "2) daiktams ..."): the second marker, its text in lower case, right after
        the open unit's colon.
        """
        return (
            bool(self.stack)
            and leads_in(self.stack[-1].block)
            and cand.rest[:1].islower()
            and any(
                is_first(cand.style, first) and successor(cand.style, first) == cand.value
                for first in ("1", "a", "i", "A", "I")
            )
        )

    def _second_after_unnumbered_first(self, cand: Marker) -> bool:
        """Tell an article's paragraph "2." after a first paragraph printed with no number.

        "Άρθρο 7" then "Για τους σκοπούς ... ." then "2. Περαιτέρω, ...": the articles
        number their paragraphs "1.", "2." elsewhere in the text; this one's "1." is left
        out before its sentence.
        """
        if not self.stack or cand.style != "num." or not cand.rest[:1].isupper():
            return False
        top = self.stack[-1]
        return (
            top.style == "article"
            and self._style_seen(cand.style)
            and successor(cand.style, "1") == cand.value
            and len(top.block.lines) > 1
            and top.block.lines[-1].text.rstrip().endswith(".")
        )

    def _point_after_lead_in(self, i: int) -> bool:
        """Tell a point "A." after its unit's lead-in (or "B." after it), its text indented below.

        "(2) ... wird ebenfalls zugestimmt:" then "A.  Zusatzabkommen zwischen dem Königreich
        Belgien, der" and "    Deutschland, ...": the agreements listed, not a part "A.".
        """
        nxt = i + 1
        return (
            bool(self.stack)
            and (
                leads_in(self.stack[-1].block)
                or any(  # "B.  Abkommen ..." after "A." ("I." too): the list goes on
                    e.style == c.style and continues(e.style, e.value, c.value)
                    for e in self.stack
                    for c in self.cands[i]
                )
            )
            and nxt < self.n
            and bool(self.texts[nxt])
            and not self.cands[nxt]
            and indent(self.lines[nxt].text) > indent(self.lines[i].text)
        )

    def _opens_excerpt(self, i: int, cand: Marker) -> bool:
        """Tell whether a numbered provision that opens a copy leads in its units.

        Its text ends with a lead-in ("In this Chapter—") or its "(1)" follows.
        """
        return cand.rest.rstrip()[-1:] in ("—", "–", ":") or self._subsection_follows(i)

    def _lone_titled_unit(self, i: int, cand: Marker) -> bool:
        """Tell whether line ``i`` is the document's one numbered unit, a title over its text.

        A page of one agenda item ("71. Prévention d'une course aux armements dans
        l'espace", then its paragraphs): no other line is numbered so.
        """
        nxt = self.texts[i + 1] if i + 1 < self.n else ""
        prev = self.texts[i - 1] if i else ""
        # "... genomförandet av fredsavtalet från" / "2015. Mandatet omfattar ...": a year
        # that a hard-wrapped sentence put at a line's start, not an agenda item
        wrapped = (
            i > 0
            and self.lines[i].no == self.lines[i - 1].no + 1
            and len(prev) >= 60
            and prev[-1:].isalpha()
            and prev[-1:].islower()
        )
        return (
            len(cand.value) <= 3
            and not wrapped
            and cand.rest[:1].isupper()  # "3191. zasedání Rady": an ordinal, not an item
            and not _meeting_ordinal(cand)
            and self.heading_like(cand.rest)
            and bool(nxt)
            and not self.cands[i + 1]
            and self._numbered_lines() == 1
        )

    def _numbered_lines(self) -> int:
        """Count the lines with a "1." reading (once per document)."""
        if self.num_lines is None:
            self.num_lines = sum(any(c.style == "num." for c in cs) for cs in self.cands)
        return self.num_lines

    def _numbered_subheading(self, i: int) -> bool:
        """Tell a numbered sub-heading among numbered paragraphs ("1. Preventive diplomacy").

        A "1." whose text is a title, under paragraphs numbered "33." and on,
        when the next numbered line goes on with the paragraphs ("38."), not
        with "2.".
        """
        first = next((c for c in self.cands[i] if c.style == "num." and c.value == "1"), None)
        if first is None or not first.rest[:1].isupper():
            return False
        if not self.heading_like(first.rest, longest=70):
            return False
        open_value = next((e.value for e in self.stack if e.style == "num."), None)
        if open_value is None or open_value == "1":
            return False
        for j in range(i + 1, min(self.n, i + _LOOKAHEAD)):
            nxt = next((c for c in self.cands[j] if c.style == "num."), None)
            if nxt is not None:
                return nxt.value != "2" and _ahead(open_value, nxt.value)
        return False

    def _numbered_chapter(self, i: int) -> bool:
        """Tell a chapter's numbered title above a unit of the same number ("1. General").

        Latvian regulations print "1. Vispārīgais jautājums" (chapter 1), then
        "1. Noteikumi nosaka:" (point 1): a title, then a unit numbered alike.
        """
        if i + 1 >= self.n:
            return False
        for cand in self.cands[i]:
            if cand.style == "num." and cand.rest and self.heading_like(cand.rest, longest=70):
                return any(
                    c.style == cand.style
                    and c.value == cand.value
                    and not self.heading_like(c.rest)
                    for c in self.cands[i + 1]
                )
        return False

    def _margin_number(self, i: int) -> int | None:
        """Return where a section printed again opens, when line ``i`` is its margin number.

        The Irish Statute Book prints "2." alone, the section's title
        ("Interpretation."), then the section itself: "2.— (1) In this Act".
        The number and title above are the section's heading.
        """
        first = self.cands[i][0] if len(self.cands[i]) == 1 else None
        if first is None or first.style != "num." or first.rest:
            return None
        for j in range(i + 1, min(self.n, i + 4)):
            # "2.—", "2.(1)": read as a section (style "para"), but not "§ 2"
            if any(
                c.style == "para" and c.value == first.value and "§" not in c.marker
                for c in self.cands[j]
            ):
                return j
        return None

    def _subsection_follows(self, i: int) -> bool:
        """Tell whether the next line, past blank ones, opens a list with "(1)"."""
        j = i + 1
        while j < self.n and not self.texts[j]:
            j += 1
        return self._next_opens(j - 1, "(num)")

    def _next_opens(self, i: int, style: str) -> bool:
        """Tell whether the line after ``i`` opens a list of ``style`` with its 1."""
        return i + 1 < self.n and any(
            c.style == style and c.value == "1" for c in self.cands[i + 1]
        )

    def _nested_by_indent(self, i: int) -> bool:
        """Tell whether line ``i`` follows the open unit's lead-in, which it is nested under.

        Indented deeper than the unit ("... se compromete a:" then "    1. No"),
        or right after a lead-in that ends the unit's own line ("2. In this Act:"
        then "1. automatic firearm"), as a law's numbered definitions are.
        """
        top = self.stack[-1]
        if top.block.lines[-1] is not self.lines[i - 1] or not leads_in(top.block):
            return False
        deeper = indent(self.lines[i].text) > indent(top.block.lines[0].text)
        return deeper or len(top.block.lines) == 1

    def _after_omission(self, i: int) -> bool:
        """Tell whether an omission mark ("/…", "[...]") stands within two lines before ``i``."""
        return any(_omission().fullmatch(self.texts[j]) for j in range(max(0, i - 2), i))

    def _place_decimal(self, i: int, cand: Marker) -> tuple[int, Marker] | None:
        head = cand.value.rpartition(".")[0]
        for depth in range(len(self.stack) - 1, -1, -1):
            entry = self.stack[depth]
            if entry.value == head:  # "2.1" under "2." or "2"
                return depth + 1, cand
            if entry.style == "decimal" and entry.value.rpartition(".")[0] == head:
                return depth, cand  # a sibling out of step: "16.10" then "16.a"
        if not any(e.style == "decimal" for e in self.stack) and (
            cand.value.endswith(".1") or self._child_follows(i, cand)
        ):
            return 0, cand  # a list's first, or an excerpt's "2.3." that "2.3.1." follows
        if cand.value == "1.1" and self._contents_so_far():
            return 0, cand  # "6.3 Transnistrien 28", the contents' last entry, then the body
        return None

    def _contents_so_far(self) -> bool:
        """Tell whether every numbered unit so far is an entry of a table of contents.

        Three or more, each one line ending in its page, the pages in turn ("1.2
        Svenskt fokus under perioden 6", "1.3 ... 7"); the open one's first line
        does, its other lines may be the entries after the numbered ones ("Bilaga 1
        ... 29"). Asked at every first marker: it stops at the first unit that is no entry.
        """
        count, page, lines = 0, 0, 1
        for b in self.blocks:
            if b.role != "item" or not b.label:
                continue
            m = _TRAILING_PAGE.search(b.lines[0].text.rstrip())
            if lines > 1 or m is None or int(m[1]) < page:
                return False
            count, page, lines = count + 1, int(m[1]), len(b.lines)
        return count >= _CONTENTS_RUN

    def _child_follows(self, i: int, cand: Marker) -> bool:
        """Tell whether the next decimal marker after line ``i`` is ``cand``'s first child."""
        for j in range(i + 1, min(self.n, i + _LOOKAHEAD)):
            for m in self.cands[j]:
                if m.style == "decimal":
                    return m.value == f"{cand.value}.1"
        return False

    def _web_list_again(self, i: int, entry: Open, cand: Marker) -> bool:
        """Tell whether line ``i`` numbers again, at the same indent, a web page's list.

        A page whose paragraphs are several rendered lists prints "  1.", "  1.",
        "  2.", "  1.": each such line is the next paragraph.
        """
        width = indent(self.lines[i].text)
        return (
            width > 0
            and cand.style == "num."
            and width == indent(entry.block.lines[0].text)
            and cand.value.isdecimal()
            and entry.value.isdecimal()
            and int(cand.value) <= int(entry.value)
        )

    def _only_firsts(self, style: str) -> bool:
        """Tell whether every marker of ``style`` in the text is a first one ("1.").

        Worked out once per style: a long text asks it at every "1." it meets.
        """
        if style not in self.firsts_only:
            self.firsts_only[style] = all(
                is_first(c.style, c.value)
                for cands in self.cands
                for c in cands
                if c.style == style
            )
        return self.firsts_only[style]

    def _style_seen(self, style: str) -> bool:
        return style in self.styles_seen

    def _continues_later(self, i: int, cand: Marker, *, twice: bool = False) -> bool:
        """Tell whether a list starting mid-way (an excerpt) goes on soon after.

        The next marker of the same scheme must be the next number ("4."
        then "5."), or a decimal under it ("4." then "4.1"); ``twice``: the
        next two must be the next two numbers ("8." then "9.", "10.").
        """
        want = successor(cand.style, cand.value)
        child = f"{cand.value}.1"
        for j in range(i + 1, min(self.n, i + _LOOKAHEAD)):
            for m in self.cands[j]:
                if m.style == "decimal" and m.value == child and not twice:
                    return True
                if m.style == cand.style:
                    if m.value != want:
                        return False
                    return not twice or self._continues_later(j, m)
        return False

    def _open(self, i: int, depth: int, cand: Marker) -> Block:
        was = self.stack[depth] if depth < len(self.stack) else None
        del self.stack[depth:]
        parent = self.stack[-1].block if self.stack else None
        kind = self.kind_of(cand, depth)
        section = self.section_of(cand, depth)
        path: list[str] = []
        styles: list[str] = []
        for style, value in [*((e.style, e.value) for e in self.stack), (cand.style, cand.value)]:
            if style == "decimal":  # "4.1." numbers itself in full: the path starts over
                path, styles = [], []
            path.append(value)
            styles.append(style)
        number, letter = _key(path, styles)
        block = Block(
            "item",
            kind,
            [self.lines[i]],
            marker=cand.marker.strip(),
            section=section,
            number=number,
            letter=letter,
            level=depth + 1,
            heading=self.heading,
            label=cand.value,
        )
        block.style = cand.style
        block.up = parent
        self.styles_seen.add(cand.style)
        self.blocks.append(block)
        entry = Open(block, cand.style, cand.value, _part(cand))
        if was is not None and was.style == cand.style and was.value != cand.value:
            # "(11)" after "(1)": Estonian "(1¹)" with its superscript lost, inserted
            if successor(was.style, was.value) != cand.value:
                entry.after = was.after or was.value
        if any(e.style == cand.style for e in self.stack):  # nested by its indent only
            entry.indented = indent(self.lines[i].text)
        self.stack.append(entry)
        self.current = block
        self.heading_since_unit = False
        return block

    # -- the pass ----------------------------------------------------------------------

    def run(self) -> list[Block]:
        """Place every line; return the blocks in source order."""
        i = 0
        while i < self.n:
            i = self.step(i)
        self._no_bare_labels()
        self._sections_with_subsections()
        self._described_articles()
        return self.blocks

    def _described_articles(self) -> None:
        """Read a page that describes an act's articles as headings and paragraphs.

        "Article I – General Obligations" then "Article I sets out the general
        obligations ...", three times or more: the page summarises the articles,
        it does not hold them.
        """
        parents = {id(b.up) for b in self.blocks if b.up is not None}
        described = {
            id(b)
            for b in self.blocks
            if b.role == "item"
            and b.style == "article"
            and len(b.lines) > 1
            and id(b) not in parents
            and _describes_itself(b)
        }
        if len(described) < _CONTENTS_RUN:
            return
        out: list[Block] = []
        for b in self.blocks:
            if id(b) not in described:
                out.append(b)
                continue
            head = Block("heading", "heading", b.lines[:1], section=b.section)
            number = f"p{self.next_number('p')}"
            para = Block("item", "paragraph", b.lines[1:], section="text", number=number, level=1)
            para.heading = " ".join(ln.text.strip() for ln in b.lines[:1])
            out += [head, para]
        self.blocks = out

    def _sections_with_subsections(self) -> None:
        """Make top-level "1." units that hold "(1)" or "1.1" units sections, and "(1)" paragraphs.

        A statutory instrument's regulations ("1.", "2.") hold paragraphs "(1)",
        "(2)" that hold points "(a)"; conclusions' paragraphs hold points "(a)";
        an explanatory memorandum's "2. Context" holds "2.1." sections.
        """
        holders = {
            id(b.up)
            for b in self.blocks
            if b.role == "item"
            and b.up is not None
            and b.up.style == "num."
            and b.up.level == 1
            and b.up.kind in ("paragraph", "section")  # "2. KONTEXT": a heading in capitals
            # "(1)", or "2.1. Convention ..." sections under "2. Context" (not the units
            # that go on a lead-in: "1. Sudarau komisiją:" then "1.1. Policijos ...")
            and (
                b.style == "(num)"
                or (b.style == "decimal" and b.kind == "section" and not leads_in(b.up))
            )
        }
        if not holders:
            return
        for b in self.blocks:  # the regulations of the list, those without "(1)" too
            if b.role == "item" and b.style == "num." and b.level == 1 and b.kind == "paragraph":
                b.kind = "section"
            elif b.up is not None and id(b.up) in holders and b.style == "(num)":
                b.kind = "paragraph"

    def _no_bare_labels(self) -> None:
        """Leave no unit that is only its marker.

        Three or more units in a row with nothing but a title ("§ 1 Waffen",
        "§ 2 Schußwaffen", ...) are a table of contents: headings of kind
        ``contents``. Another unit with no text and no units under it takes
        its title as its text ("§ 2. Definisjoner"; "Article 1" then a line
        cut off in a copy, read as a title); else (a label on a copy's last
        lines) its line is kept as unparsed text, with the reason. Read from
        the end, so that a unit whose only units were bare labels is judged
        after them.
        """
        children: dict[int, int] = {}
        for b in self.blocks:
            if b.up is not None:
                children[id(b.up)] = children.get(id(b.up), 0) + 1
        self._contents(children)
        dropped: set[int] = set()
        for k in range(len(self.blocks) - 1, -1, -1):
            block = self.blocks[k]
            if block.role != "item" or not block.label or block.text or children.get(id(block)):
                continue
            if block.title:  # printed on the label's line
                block.title = ""
                continue
            nxt = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
            if nxt is not None and _is_title(nxt):
                block.lines.extend(nxt.lines)
                dropped.add(id(nxt))
                continue
            block.role, block.kind, block.marker, block.label = "unparsed", "unparsed", "", ""
            block.reason = "a label with no text after it (the copy may end here)"
            if block.up is not None:
                children[id(block.up)] -= 1
        if dropped:
            self.blocks = [b for b in self.blocks if id(b) not in dropped]

    def _contents(self, children: dict[int, int]) -> None:
        """Turn runs of units that hold only a title into ``contents`` headings.

        A title is the unit's own (``block.title``), the title line after it,
        or its one line ending in a page number ("Article 5 : Indemnisation
        ... 16").
        """
        merged: set[int] = set()
        for run in self._contents_runs(children):
            leaders = all(
                DOT_LEADERS.search(self.blocks[k].lines[-1].text)
                and _WORD.search(self.blocks[k].text)  # not a repealed "(4). . . . ."
                for k, _ in run
            )
            if len(run) < _CONTENTS_RUN and not (run and leaders):  # dot leaders need no run
                continue
            for k, title_next in run:
                block = self.blocks[k]
                if children.get(id(block)):  # "3 Products .... 20" over "3.1": they move up
                    for child in self.blocks:
                        if child.up is block:
                            child.up = block.up
                    if block.up is not None:
                        children[id(block.up)] += children[id(block)]
                    children[id(block)] = 0
                if title_next:
                    nxt = self.blocks[k + 1]
                    block.lines.extend(nxt.lines)
                    merged.add(k + 1)
                block.role, block.kind, block.marker, block.label, block.title = (
                    "heading",
                    "contents",
                    "",
                    "",
                    "",
                )
                if block.up is not None:
                    children[id(block.up)] -= 1
                block.up = None
        if merged:
            self.blocks = [b for k, b in enumerate(self.blocks) if k not in merged]

    def _units_under(self) -> dict[int, list[Block]]:
        """Return the units under each unit, by the ``id`` of the unit above them."""
        under: dict[int, list[Block]] = {}
        for b in self.blocks:
            if b.up is not None:
                under.setdefault(id(b.up), []).append(b)
        return under

    def _contents_runs(self, children: dict[int, int]) -> list[list[tuple[int, bool]]]:
        """Return runs of title-only units: (block index, whether the next block is its title)."""
        runs: list[list[tuple[int, bool]]] = [[]]
        listed = False  # after a heading that names a table of contents ("Arrangement of sections")
        under: dict[int, list[Block]] | None = None  # the units under each unit, once listed
        listed_lines: set[str] = set()  # the first lines of the entries listed so far
        listed_labels: set[str] = set()  # and their labels
        for k, block in enumerate(self.blocks):
            nxt = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
            bare = block.role == "item" and block.label and not children.get(id(block))
            first = " ".join(block.lines[0].text.split()) if block.lines else ""
            again = first in listed_lines or (
                block.label in listed_labels and first.rstrip(".") == block.label
            )
            if listed and block.role == "item" and again:
                # an entry again ("§ 1. Forbud", then its text; "1", then "Rubrik", where
                # the list had "1 Rubrik 3"): the body the list named begins
                runs.append([])
                listed, listed_lines, listed_labels = False, set(), set()
                continue
            if block.role == "heading" and contents_title().fullmatch(block.text):
                listed = True
                under = self._units_under() if under is None else under
            # longer, an entry over its sub-entries, its first line in dot leaders too
            # ("1. Ruslands aggression ......", "- Politisk drøftelse", "KOM-dokument ...")
            entry = block.role == "item" and (
                _contents_line(block)
                and (len(block.lines) <= 3 or DOT_LEADERS.search(block.lines[0].text) is not None)
                or (listed and _glued_pages(block))
            )
            if bare and not block.text and (block.title or _is_title(nxt)):
                runs[-1].append((k, not block.title))
            elif entry and (block.label or listed):  # a lost label's entry after "Contents"
                runs[-1].append((k, False))
            elif bare and listed and (_contents_entry(block) or _title_entry(block)):
                runs[-1].append((k, False))  # "1." then "Definitions.", under "Contents"
            elif listed and under is not None and block.label and self._entries_over(k, under):
                runs[-1].append((k, False))  # "1. General questions" over "1.1 Adoption ... 6"
            elif bare and listed and _titles_only(block):
                runs[-1].append((k, False))  # the last entry, with the annexes' after it
            elif listed and not runs[-1] and not block.label and _title_entry(block):
                continue  # the act's title under "Innhold", above its first entry
            elif block.role == "item" or (block.role != "heading" and block.lines):
                runs.append([])
                listed = False
            if listed and runs[-1] and runs[-1][-1][0] == k:
                listed_labels.add(block.label)
                listed_lines.add(first)  # and without its page: "1.1 Utvecklingen ... 2023 3"
                listed_lines.add(_TRAILING_PAGE.sub("", DOT_LEADERS.sub("", first)).rstrip())
        return runs

    def _untitled_contents(self) -> range:
        """Find a table of contents with no title: its first entry repeated where the body starts.

        A web page lists its sections ("1. Sammendrag", "2. Innledning", "2.1 Generelt om
        NOU 2005: 6", ...) and then gives them, from "1. Sammendrag" again. The list is
        read as contents when its first entry is a first numbered unit with a title and no
        sentence, every line up to the one that repeats it is such an entry (or blank), and
        they are at least three (a definition's points "(a) in so far as ..." repeat too,
        with the definitions between them). Return the lines of the list (empty: none).
        """
        first: dict[str, int] = {}
        entries = 0
        for i, text in enumerate(self.texts):
            cand = self.cands[i][0] if self.cands[i] else None
            title = " ".join(cand.rest.split()) if cand else ""
            if cand is None or not (0 < len(title) <= 200 and title[-1:] not in ".;:!?—"):
                if first and text:
                    first, entries = {}, 0  # text between: not a list of titles
                continue
            opens = cand.style in _TITLED_STYLES and is_first(cand.style, cand.value)
            if not first and not opens:
                continue
            key = f"{cand.style} {cand.value} {title}"
            if key in first:
                return range(first[key], i) if entries >= _CONTENTS_RUN else range(0)
            first.setdefault(key, i)
            entries += 1
        return range(0)

    def _contents_title(self, i: int) -> bool:
        """Make "CONTENTS" and the column heads under it ("Page", "Paragraphs Page") headings.

        And the entries of a table of contents with no title (see :meth:`_untitled_contents`).

        Before any unit, so that the entries after them are read as a table of
        contents (:meth:`_contents_runs`).
        """
        text = self.texts[i]
        if i in self.untitled_contents and self.cands[i]:
            self.add_heading("contents", i)  # an entry of a list the body repeats
            return True
        if self.styles_seen or len(text) > 40:
            return False
        if contents_title().fullmatch(text):
            self.add_heading("heading", i)  # the table's title; its entries are "contents"
            return True
        before = self.blocks[-1] if self.blocks else None
        after_title = (
            before is not None
            and before.role == "heading"
            and (before.kind == "contents" or contents_title().fullmatch(before.text) is not None)
        )
        if after_title and _COLUMN_HEADS.fullmatch(text):
            self.add_heading("contents", i)
            return True
        return False

    def _entries_over(self, k: int, under: dict[int, list[Block]]) -> bool:
        """Tell whether unit ``k`` is a contents entry over entries: a title over titles.

        Under "CONTENTS", "1. General questions" holds "1.1 Adoption of the agenda 6"
        and "1.2 Preparation of forthcoming meetings +": short titles, not paragraphs.
        ``under`` maps a unit's ``id`` to the units under it.
        """
        block = self.blocks[k]
        if block.role != "item" or not _contents_entry(block) or block.text[-1:] in ".;:":
            return False
        held = under.get(id(block), [])
        return bool(held) and all(_title_entry(b) for b in held)

    def step(self, i: int) -> int:
        """Place line ``i``; return the index of the next line."""
        if self.text_of_bare_number(i):
            return i + 1
        if self.quoted(i):
            return i + 1
        if self.contents_on_one_line(i):
            return i + 1
        j = self.special(i)
        if j is not None:
            return j
        if (j := self.part_heading(i)) is not None:
            return j
        text = self.texts[i]
        if _omission().fullmatch(text):  # "/…": the copy left text out here
            self.add_heading("omission", i)
            return i + 1
        if self._contents_title(i):
            return i + 1
        if self._numbered_subheading(i) or self._numbered_chapter(i):
            self.add_heading("heading", i)
            self.heading = text
            return i + 1
        if (j := self._margin_number(i)) is not None:
            self.add_heading("heading", i, until=j)
            self.heading = " ".join(self.texts[i:j])
            return j
        placed = self._place(i)
        if placed is not None:
            block = self._open(i, *placed)
            return self.after_open(i, block)
        if self.is_heading(i):
            # a Markdown copy's first line, marked ("# Verordnung über ..."): its title
            marked_first = not self.blocks and _marked(text)
            self.add_heading("title" if marked_first else "heading", i)
            self.heading = text
            self.close_under(i)
            return i + 1
        self.text_line(i)
        return i + 1

    def quoted(self, i: int) -> bool:
        """Give line ``i`` to the open unit when it is inside a quotation the unit introduces.

        An amending provision ends with a colon ("... wird folgender § 3a
        eingefügt:", "Article 2 is replaced by the following:") and quotes the
        new text: its numbers and labels ("„§ 3a", "»24.", "‘1.") are the
        quoted act's, not units of this one. The quotation runs to the line
        that ends with a closing mark. Some copies print the new text without
        quotation marks after an insertion verb ("after subsection (1)
        insert—", the language files' ``inserts``): then it runs until a
        marker continues a list of the amending text ("44" after "43").
        """
        cur = self.current
        text = self.texts[i]
        if cur is None:  # a quotation is only ever opened, and read, inside a unit
            return False
        if self.quote_from is None:
            if cur.role != "item" or cur.lines[-1] is not self.lines[i - 1]:
                return False
            if (
                text[:1] in QUOTES
                and not _defines_a_term(text)
                and (
                    self.texts[i - 1].endswith(":")
                    or (opens_quotation(text) and _opened_quotation(cur))
                )
            ):
                self.quote_bare = False
            elif ends_inserting(self.texts[i - 1]):
                self.quote_bare = True
            else:
                return False
            self.quote_from = i
        elif self.quote_bare and self._continues_open(i):
            self.quote_from = None
            return False
        cur.lines.append(self.lines[i])
        if (not self.quote_bare and _QUOTE_CLOSES.search(text)) or (
            i - self.quote_from >= _QUOTE_LONGEST
        ):
            self.quote_from = None
        return True

    def _continues_open(self, i: int) -> bool:
        """Tell whether line ``i``'s marker is the next unit of a list that is open."""
        return any(
            c.style == e.style and continues(e.style, e.value, c.value)
            for c in self.cands[i]
            for e in self.stack
        )

    def part_heading(self, i: int) -> int | None:
        """Place a chapter or part heading ("Kapitel 2", "2. Abschnitt", "II. Mine clearance").

        It closes the lists below the top level; articles, sections and
        actions number on across parts. A chapter's label alone ("7.
        Abschnitt:") takes the title on the next line, however long. Returns
        the index of the next line to place, or None.
        """
        text = unheaded(self.texts[i])  # "## 1. Abschnitt": a Markdown copy's mark off
        cands = self.cands[i]
        divides = (
            not text[:1].islower()  # "section 76 (civil liability), and": a reference in a list
            and self.heading_like(text.rstrip(".:"), longest=120)  # "HOOFDSTUK I. - Definities."
            and division().fullmatch(text) is not None
            and not any(c.style in ("para", "article") for c in cands)
            and not any(
                c.style == "sect" and (self._holds_text(i, c) or self._titled_section(c))
                for c in cands
            )
        )
        numeral = (
            cands
            and cands[0].style in self.heading_styles
            and (self.heading_like(cands[0].rest) or self._numeral_above_paragraphs(i))
            # "I. u k l á d á ministru vnitra": a resolution's operative part, its verb
            and not cands[0].rest[:1].islower()
            and not self._point_after_lead_in(i)
        )
        if not divides and not numeral:
            return None
        until = i + 1
        if divides and _LABEL_ONLY.fullmatch(text) and self._title_line(i + 1):
            until = i + 2
        elif not divides and not cands[0].rest and self._titled_numeral(i):
            until = i + 2  # "I." then "UKRAINE" then "1.": the part's numeral and title
        self.add_heading("chapter" if divides else "heading", i, until=until)
        self.heading = " ".join(self.texts[i:until])
        closed = [e for e in self.stack if e.style not in _LABELS]
        if closed:  # "A. Introduction" between "1." and "2.": the numbering may go on
            self.closed_top = (closed[0].style, closed[0].value)
        self.stack = [e for e in self.stack if e.style in _LABELS][:1]
        return until

    def _title_line(self, j: int) -> bool:
        """Tell whether line ``j`` can be a chapter's title: no marker, no sentence.

        A title of a few words may end with a full stop ("Gildissvið og skilgreiningar.",
        under an Icelandic law's "I. KAFLI").
        """
        if j >= self.n or self.cands[j]:
            return False
        text = self.texts[j]
        if text.endswith(".") and not text.endswith("..") and len(text.split()) <= 8:
            text = text[:-1]
        return self.heading_like(text, longest=120)

    def _numeral_above_paragraphs(self, i: int) -> bool:
        """Tell a part's numeral alone on its line ("I.") above paragraph "1.".

        Without its dot ("I") it is a part that holds the paragraphs (an amending
        law's "I", "II"): see :func:`_part`.
        """
        first = self.cands[i][0]
        return (
            first.style == "ROMAN."
            and first.marker.strip().endswith(".")
            and not first.rest
            and (self._next_opens(i, "num.") or self._titled_numeral(i))
        )

    def _titled_numeral(self, i: int) -> bool:
        """Tell whether the part's numeral at ``i`` has its title on the next line, then "1."."""
        return self._title_line(i + 1) and self._next_opens(i + 1, "num.")

    def contents_on_one_line(self, i: int) -> bool:
        """Make line ``i`` a contents heading when it is a table of contents run together.

        "1.Objectives 2.Organisation of the network 3.Description ...": the
        entries point to headings, they are not units.
        """
        if not run_in_contents(self.texts[i]):
            return False
        self.add_heading("contents", i)
        return True

    def text_of_bare_number(self, i: int) -> bool:
        """Give line ``i`` to the unit before when that is a number alone on its line.

        "(5)" or "1." alone: the next line is its text, whatever it looks like
        (a citation's "Ņemot vērā ...", a short line without a full stop).
        """
        cur = self.current
        if (
            cur is None
            or len(cur.lines) != 1
            or not cur.label
            or cur.style in _LABELS
            or self.cands[i]
            or cur.text
        ):
            return False
        cur.lines.append(self.lines[i])
        return True

    def after_open(self, i: int, block: Block) -> int:
        """Read what follows a unit opened at line ``i`` (an article's title)."""
        if block.style == "sect" and block.marker.rstrip().endswith("."):
            return self.take_title(i, block, "section_title")  # "Section 1. Terms Used"
        if title := self._section_title(i, block):
            block.title = block.heading = title
        return i + 1

    def _section_title(self, i: int, block: Block) -> str:
        """Tell a numbered section's title over its paragraphs ("1.Introduction").

        A "4. Statement on Cooperation and Assistance" set apart from the text
        under it, or much shorter than the paragraph that follows: a title,
        the first paragraph under it the unit's text and the next ones
        items of their own, "4.p2", "4.p3" (see :meth:`text_line`), not one run
        of text. Returns the title, or "" when the line is no such title.
        """
        rest = self.texts[i][len(block.marker) :].strip()
        j = i + 1
        if block.style not in ("num.", "decimal") or j >= self.n or self.cands[j]:
            return ""
        nxt = self.texts[j]
        titled = (
            rest.lstrip(QUOTES)[:1].isupper()  # "2.2 „Alte“ und „neue“ Kampfmittel"
            and self.heading_like(rest, longest=70)
            and nxt[:1].isupper()
            and not self.heading_like(nxt)
            and (self._set_apart(i) or len(self.texts[i]) * 3 < len(nxt))
        )
        return rest if titled else ""

    def take_title(self, i: int, block: Block, kind: str, *, longest: int = 90) -> int:
        """Read the title of a labelled unit opened at line ``i`` ("Article 3", "§ 2").

        The title is the rest of the label's line when that is heading-like
        and the next line does not go on with it ("§ 1. Formål"), else the
        next line when it is heading-like (a heading of ``kind``). The title
        becomes the unit's ``heading``; returns the index of the next line.
        """
        rest = self.cands[i][0].rest if self.cands[i] else ""
        j = i + 1
        nxt = self.texts[j] if j < self.n else ""
        if rest:
            if (
                self.heading_like(rest, longest=longest)
                and not nxt[:1].islower()
                and not _open_ended(rest)
                and not _repealed(rest)  # "§ 80. (Opphevet)": what is left of its text
            ):
                block.title = block.heading = rest
            return j
        if (
            nxt
            and not self.cands[j]
            and (
                self.heading_like(nxt, longest=longest)
                or self._long_marked_title(i, j)
                or _bold_title(nxt)
            )
            and not division().fullmatch(nxt)  # "Čl. I" over "PRVÁ ČASŤ": a part, not a title
            and not _repealed(nxt)  # "(weggefallen)": the unit's text, what is left of it
            # "(*)", IMPO's mark of an article whose text is shown elsewhere: its text, no title
            and any(c.isalnum() for c in nxt)
            # "## Schlußformel" under "## § 51" (whose text is "-"): the next heading, not a title
            and not (
                _marked(nxt)
                and _mark_level(nxt) <= _mark_level(self.texts[i])
                and not self._title_above_text(i, j)
            )
            # a Markdown copy titles a unit on its marked line ("## § 8 Titel"); the line
            # under "## Art 2" is its text unless set apart ("Bei der Prüfung ... schwere")
            and not (_marked(self.texts[i]) and not _marked(nxt) and not self._set_apart(j))
        ):
            title = self.add_heading(kind, j)
            self.current = block
            self.heading_since_unit = False
            block.heading = title.text
            return j + 1
        return j

    def _long_marked_title(self, i: int, j: int) -> bool:
        """Tell a Markdown title too long for :func:`heading_like` that is still the label's.

        "##### § 3" over "#### Činnosti, které mají bezprostřední vliv na jadernou
        bezpečnost, a činnosti zvláště důležité z hlediska radiační ochrany": the copy
        marks it a heading, placed as the titles of its other sections are.
        """
        nxt = self.texts[j].rstrip(QUOTES)
        return (
            _marked(nxt)
            and not _SENTENCE_END.search(nxt)
            and not nxt.endswith(",")
            and self._title_above_text(i, j)
        )

    def _title_above_text(self, i: int, j: int) -> bool:
        """Tell whether heading ``j``, ranked with or above the bare label ``i``, is its title.

        e-Sbírka's Czech acts as Markdown mark "##### § 1" and its title "#### Předmět
        úpravy" a rank higher, Slov-Lex's Slovak ones "##### Predmet úpravy" at the same
        rank; the title's next line is the section's "(1)" or its text, not another heading.
        """
        after = self.texts[j + 1] if j + 1 < self.n else ""
        rank, label_rank = _mark_level(self.texts[j]), _mark_level(self.texts[i])
        # at the label's rank only right under it (not "## Schlußformel" after a rule "-")
        right_under = self.lines[j].no - self.lines[i].no <= 2
        return (
            (rank < label_rank or (rank == label_rank and right_under))
            and bool(after)
            and not _marked(after)
            and not division().fullmatch(after)
        )

    def close_under(self, i: int) -> None:
        """Close the open units when heading ``i`` is marked at their rank or above.

        "## Anhang EV" after "## § 51" (a Markdown copy): §51 ends there; the annex's "1."
        and "a)" were its points.
        """
        text = self.texts[i]
        if (
            self.stack
            and _marked(text)
            and _marked(top := self.stack[0].block.lines[0].text)
            and _mark_level(text) <= _mark_level(top)
        ):
            self.current, self.stack = None, []

    def _drop_doubled_headings(self) -> None:
        """Read a Markdown heading that repeats the next line's number as a title, no unit.

        The Irish Statute Book prints each section twice: "##### 1 Interpretation." over
        "**1.**—(1) In this Act—" (or "1.—(1)In this Act"); the section is the second, the
        first its title.
        """
        texts, cands = self.texts, self.cands
        for i in range(len(texts) - 1):
            doubled = texts[i + 1][:2] == "**" or any(
                c.marker.endswith(("—", "–")) for c in cands[i + 1]
            )
            if cands[i] and cands[i + 1] and doubled and _marked(texts[i]):
                if {c.value for c in cands[i]} & {c.value for c in cands[i + 1]}:
                    cands[i] = []

    def _set_apart(self, j: int) -> bool:
        """Tell whether a blank line (or the end) follows line ``j``."""
        return j + 1 >= self.n or self.lines[j + 1].no > self.lines[j].no + 1

    def is_heading(self, i: int) -> bool:
        """Tell whether line ``i`` is a heading: short, unpunctuated, between units."""
        text = self.texts[i]
        if _marked(text):
            return True  # "# Verordnung über ...", "##Document of the States Parties": marked
        nxt = self.texts[i + 1] if i + 1 < self.n else ""
        if _DEFINITION.match(nxt) and self.heading_like(text, longest=70):
            return True  # "Ausfertigungsdatum" over ":   1960-07-30": a Markdown copy's fields
        if _DEFINITION.match(text) and i and _DEFINITION.match(self.texts[i - 1]) is None:
            return bool(self.blocks) and self.blocks[-1].role == "heading"
        if capital_question(text):
            return bool(nxt)  # "WHAT IS THE AIM OF THE DECISION?": a EUR-Lex summary's heading
        if not self.heading_like(text, longest=70) or not text[:1].isupper():
            return False
        prev = self.texts[i - 1] if i else ""
        if prev and not (
            _SENTENCE_END.search(prev) or self.blocks and self.blocks[-1].role == "heading"
        ):
            return False
        return bool(nxt) and (nxt[:1].isupper() or bool(self.cands[i + 1]))

    @functools.cached_property
    def _blank_parted(self) -> bool:
        """Tell a text whose paragraphs blank lines part (one in five lines or more)."""
        gaps = sum(1 for a, b in zip(self.lines, self.lines[1:], strict=False) if b.no > a.no + 1)
        return gaps >= 3 and gaps * 5 >= self.n

    def text_line(self, i: int) -> None:
        """Place a line without a marker: it continues the open unit, or is kept aside.

        Text outside any numbered unit (a resolution's preambular paragraphs,
        an introduction) becomes unnumbered paragraphs, one per paragraph.
        """
        cur = self.current
        prev = self.texts[i - 1] if i else ""
        section = None
        if cur is not None and _paragraph_ends(prev):
            if _titles_paragraphs(cur):
                section = cur
            elif cur.up is not None and not cur.label and _titles_paragraphs(cur.up):
                section = cur.up
        if section is not None:  # "1.Introduction", its text, then "1.p2", "1.p3"...
            self.blocks.append(block := Block("item", "paragraph", [self.lines[i]], level=2))
            block.section, block.number, block.up = section.section, section.number, section
            # the section's text is its paragraph 1; a count per section, not a scan of the blocks
            self.section_paragraphs[id(section)] = self.section_paragraphs.get(id(section), 1) + 1
            block.letter = f"p{self.section_paragraphs[id(section)]}"
            block.heading, block.marker = section.title, bullet(self.texts[i])
            self.current = block
            return
        # a line in lower case after a comma, with no blank line between, goes on the
        # sentence in a text whose paragraphs blank lines part ("... was invited to prepare,"
        # / "for circulation to the States ..."): a paragraph wrapped at its comma, not a
        # Lithuanian preambular paragraph ("matydamas ...,", "apgailestaudamas ...,")
        wrapped = (
            prev.endswith(",")
            and opens_lower(self.texts[i])
            and self.lines[i].no == self.lines[i - 1].no + 1
            and self._blank_parted
        )
        # "3. We urge Russia ...", "Thank you." (a salutation), then the alignment paragraph:
        # the numbered paragraph has ended
        broken = cur is not None and cur.label and self.lines[i].no in self.paragraph_breaks
        broken = broken or below_list(self.blocks, self.lines[i], prev, self.texts[i])
        if (
            not broken
            and cur is not None
            and (cur.label or cur.role != "item" or not _paragraph_ends(prev) or wrapped)
        ):
            cur.lines.append(self.lines[i])
            return
        self.add_text("paragraph", i, section="text", number=f"p{self.next_number('p')}")


@functools.cache
def _repealed_pattern() -> re.Pattern[str]:
    words = words_pattern("repealed")
    return re.compile(rf"[(\[]\s*(?:{words})(?!\w)[^()\[\]]*[)\]]\.?|(?:{words})\.?", re.IGNORECASE)


def _repealed(text: str) -> bool:
    """Tell a repealed unit's text: "(weggefallen)", "Repealed.", "(Opphevet ved lov ...)"."""
    return _repealed_pattern().fullmatch(text.strip()) is not None


def _part(marker: Marker) -> bool:
    """Tell whether a marker is a capital roman numeral alone on its line ("I"): a part."""
    return marker.style == "ROMAN." and not marker.marker.strip().endswith(".") and not marker.rest


def capital_question(text: str) -> bool:
    """Tell a question in capitals, up to 14 words: "WHAT IS THE AIM OF THE DECISION?"."""
    return text.endswith("?") and text.isupper() and len(text.split()) <= 14


def heading_like(text: str, *, longest: int = 90) -> bool:
    """Tell whether ``text`` is short and does not end as a sentence: a heading or title."""
    text = text.rstrip(QUOTES)
    return (
        bool(text)
        and len(text) <= longest
        and not _SENTENCE_END.search(text)
        and not text.endswith(",")
        and len(text.split()) <= 14
    )


def _titles_paragraphs(block: Block) -> bool:
    """Tell a numbered section's title, whose paragraphs are items (see ``_section_title``)."""
    return bool(block.title) and block.style in ("num.", "decimal")


# Short function words (articles, prepositions, conjunctions) a title does not end with: "El
# control de las" on "**Artículo 1°-**"'s line is a sentence a hard-wrapped copy cut, not a title
_FUNCTION_ENDS = frozenset(
    "las los del der die das des dem den the and for och und les une von med til för som"
    " att".split()
)


def _open_ended(text: str) -> bool:
    """Tell a line that stops on a short function word ("... de", "... de las", "... of the")."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    return last.islower() and (len(last) <= 2 or last in _FUNCTION_ENDS)


def _paragraph_ends(text: str) -> bool:
    return text.endswith((".", ";", ":", ",", "!", "?", "|"))


def _key(path: list[str], styles: list[str]) -> tuple[str, str]:
    """Split a unit's path into its ``number`` and ``letter`` parts.

    Numbers up to the first lettered or roman level make ``number``
    ("2.1"); what comes after makes ``letter`` ("a", "a.iii").
    """
    for k, style in enumerate(styles):
        if family(style) in ("alpha", "roman", "ALPHA", "ROMAN") and k > 0:
            return ".".join(path[:k]), ".".join(path[k:])
    return ".".join(path), ""


_DEFINITION = re.compile(r":\s{2,}\S")  # a definition list's ":   1960-07-30" (Pandoc Markdown)


#: A word opening a unit's text.
_WORD = re.compile(r"[^\W\d_]{2,}")


def capital_heading(text: str) -> bool:
    """Tell a heading in capitals: "INFORMATION PROVIDED BY MEMBER STATES (...)", no clause end."""
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= 8
        and all(c.isupper() for c in letters)
        and not text.rstrip().endswith((".", ",", ";", ":"))
    )


def opens_lower(text: str) -> bool:
    """Tell whether a unit's text opens with a word in lower case ("wenn durch die Tat")."""
    m = _WORD.match(text)
    return m is not None and m.group()[0].islower()


def _mark_level(text: str) -> int:
    """Return a Markdown heading's level ("## § 51": 2); 7 for a line with no mark."""
    m = MARKDOWN_HEADING.match(text.lstrip())
    return m.group().count("#") if m else 7


def _bold_title(text: str) -> bool:
    """Tell a title set in bold, too long for :func:`heading_like`, under a bare label.

    Liechtenstein's copy: "##### Art. 1" over "**Verbot der Lieferung und Beschaffung von
    Rüstungsgütern und Gütern zur internen Repression**".
    """
    inner = text[2:-2]
    return (
        text[:2] == "**"
        and text[-2:] == "**"
        and 0 < len(inner) <= 200
        and "**" not in inner
        and not _SENTENCE_END.search(inner)
        and not inner.endswith((",", ":"))
    )


def _marked(text: str) -> bool:
    """Tell a Markdown heading: "# Verordnung über ...", "##Document of the States Parties"."""
    return MARKDOWN_HEADING.match(text) is not None


def division() -> re.Pattern[str]:
    """Chapter and division headings: "Kapittel 2", "CHAPTER IV", "2 kap.", "1. Abschnitt"."""
    return division_heading(("chapter", "division"))


def _describes_itself(block: Block) -> bool:
    """Tell whether an article's text begins by naming it: "Article I sets out ..."."""
    text = " ".join(ln.text.strip() for ln in block.lines[1:])
    word = block.marker.split()[0] if block.marker else ""
    pattern = rf"{re.escape(word)}\s+{re.escape(block.label)}\s+[^\W\d_A-Z]"
    return bool(word) and re.match(pattern, text) is not None


def _contents_line(block: Block) -> bool:
    """Tell an entry of a table of contents by its page reference or dot leaders."""
    last = block.lines[-1].text.rstrip()
    if len(block.lines) == 1 and _PAGE_REFERENCE.search(last):
        return True
    return DOT_LEADERS.search(last) is not None


def _glued_pages(block: Block) -> bool:
    """Tell an entry whose page a web copy glued on ("2.Algemeen2" over " Gasprotocol 192512").

    Its first line ends in a word with its page glued to it, and every line in a number.
    """
    texts = [ln.text.rstrip() for ln in block.lines]
    return bool(_GLUED_PAGE.search(texts[0])) and all(t[-1:].isdecimal() for t in texts)


def _meeting_ordinal(cand: Marker) -> bool:
    """Tell an ordinal before a meeting's name ("21. Vertragsstaatentreffen", "5. Tagung").

    Its first word is a meeting word, or a compound that begins or ends with one.
    """
    first = cand.rest.split(maxsplit=1)[0].lower() if cand.rest.strip() else ""
    return cand.value != "1" and any(
        first.startswith(w) or first.endswith(w) for w in lower_words("meeting")
    )


def _numbered_meeting(cand: Marker) -> bool:
    """Tell a meeting's number before its name ("2596. samling", "3082. Tagung"): 100 or more."""
    return cand.value.isdecimal() and int(cand.value) >= 100 and _meeting_ordinal(cand)


def _title_entry(block: Block) -> bool:
    """Tell whether a unit is a contents entry: a title ending in its page or in no sentence."""
    if len(block.lines) > 3 or len(block.text) > 240:
        return False
    return _contents_line(block) or block.text[-1:] not in ".;:!?"


def _titles_only(block: Block) -> bool:
    """Tell whether every line of a unit is a short title, with no sentence in it.

    ("§ 27. Overgangsbestemmelse", then "Vedlegg I. Ferdselsområde, jf. § 3 bokstav g".)
    """
    texts = [ln.text.strip() for ln in block.lines]
    return len(texts) <= 8 and all(0 < len(t) <= 90 and t[-1:] not in ".;:!?" for t in texts)


def _contents_entry(block: Block) -> bool:
    """Tell whether a unit reads as an entry of a table of contents: a short first line.

    ("1." then "Definitions."; the last entry may run into the title after the list.)
    """
    first = block.lines[0].text.strip()[len(block.marker) :].strip()
    if not first and len(block.lines) > 1:
        first = block.lines[1].text.strip()
    return 0 < len(first) <= 90 and len(block.lines) <= 3


def _opened_quotation(block: Block) -> bool:
    """Tell whether a unit's text has a line that opens a quotation ('"The General Assembly,').

    A report quoting a resolution opens each quoted paragraph with a quotation
    mark ('"2.  Commends'): those numbers are the resolution's.
    """
    return any(opens_quotation(ln.text) for ln in block.lines[1:])


def _same_scheme(entry: Open, cand: Marker) -> bool:
    """Tell whether a marker may continue an open list.

    The same style does; so does a section printed "2. The" after one printed
    "1.—(1)" (an act's sections, with and without subsections).
    """
    if entry.style == cand.style:
        return True
    return entry.style == "para" and cand.style == "num." and entry.block.marker[-1:] in "—–-"


def _script(text: str) -> str:
    """Return the script most of a text's letters are in: "latin", "greek" or "cyrillic"."""
    greek = sum("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in text)
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in text)
    latin = sum(ch.isalpha() for ch in text) - greek - cyrillic
    return max((latin, "latin"), (greek, "greek"), (cyrillic, "cyrillic"))[1]


def leads_in(block: Block) -> bool:
    """Tell whether a unit's own text so far ends with a colon or dash: a list's lead-in."""
    return block.text.rstrip()[-1:] in (":", "—", "–")


@functools.cache
def _omission() -> re.Pattern[str]:
    """Return the pattern of a line that marks text left out: "/…", "[...]".

    Or an editor's note in brackets ("_[matter omitted]_", the language files' ``omissions``).
    """
    words = words_pattern("omissions")  # none listed: no empty alternative matching "()"
    notes = rf"|(?i:{words})" if words else ""
    return re.compile(rf"[_*]*[/\[(]?\s*(?:…|\.\.\.{notes})\s*[\])]?[_*]*")


@functools.cache
def inserts() -> re.Pattern[str]:
    """Return the pattern of an insertion verb ending a line ("after subsection (1) insert—").

    Its colon may be missing: Lovdata prints "... gjerast følgjande endringar" without one.
    A short complement may follow it before a colon ("... gjøres følgende endringer i vedlegg
    14:").
    """
    return re.compile(
        rf"(?<!\w)(?:{words_pattern('inserts')})(?:\s*[—–:]?|\s+[^:.;—–]{{1,40}}[—–:])$",
        re.IGNORECASE,
    )


def ends_inserting(text: str) -> bool:
    """Tell whether ``text`` ends with an insertion verb (:func:`inserts`).

    Such a line ends with a letter, a dash or a colon: the cheap test spares the
    pattern's search through the many lines that end otherwise.
    """
    last = text.rstrip()[-1:]
    return bool(last) and (last in "—–:" or last.isalpha()) and bool(inserts().search(text))


@functools.cache
def division_heading(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a heading labelled with a word of ``kinds`` and a number.

    The word first ("Kapittel 2", "CHAPTER IV") or the number first ("2 kap.",
    "1. peatükk", "1. Abschnitt", "1. Abschnitt:", an Icelandic law's "I. KAFLI"); the rest of
    the line is the heading's title.
    """
    words = "|".join(words_pattern(kind) for kind in kinds)
    ordinals = words_pattern("ordinals")  # "PRVÁ ČASŤ", "Erster Teil", "TITRE PREMIER"
    return re.compile(
        # (not "1 Title and commencement": a section's number and title, the word a title's)
        # (not "Abschnitt 3 die Waffen und Munition genannt": a wrapped line of text)
        rf"(?:(?:{words})\s+(?:[\dIVXLC]+[A-Za-z]?|(?:{ordinals})\w*)\b(?!\s+(?-i:[a-zà-ÿ]))"
        rf"|(?:{ordinals})\w*\s+(?:{words})\b"
        rf"|(?:\d{{1,3}}\.?|(?-i:[IVXLC]{{1,6}})\.)\s*(?:{words}|kap\.)(?:[\s:]|$)"
        rf"(?!\s*(?-i:[a-zà-ÿ]))).*",
        re.IGNORECASE,
    )


def _is_title(block: Block | None) -> bool:
    """Tell whether a block is the title of the unit before it (on its own line)."""
    return block is not None and block.role == "heading" and block.kind.endswith("_title")


def _skips_a_few(open_value: str, value: str) -> bool:
    """Tell whether a number leaves out two or three after the open one ("8" after "5")."""
    return open_value.isdecimal() and value.isdecimal() and 3 <= int(value) - int(open_value) <= 4


def _ahead(open_value: str, value: str) -> bool:
    """Tell whether a number is further on than the open one ("33" after "1")."""
    return open_value.isdecimal() and value.isdecimal() and int(value) > int(open_value)


def _defines_a_term(text: str) -> bool:
    """Tell a definition after a colon, not a quotation: '" Organisation " désigne ...'.

    The Code de la défense's copy (held-out set 97): straight quotation marks close the
    term on its line, and the line goes on, so no quotation stays open.
    """
    return text[:1] == '"' and text.count('"') % 2 == 0 and not _QUOTE_CLOSES.search(text)
