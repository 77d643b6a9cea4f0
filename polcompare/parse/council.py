"""Structure: parts, sections, numbered items, sub-items, headings, paragraphs.

One line-by-line pass over the cleaned content recognises, from the text alone:

* annex labels ("PIELIKUMS", "BILAG") and the title that follows them;
* part headings with Roman numerals ("I- Ievads", "II- EU's positionspapir");
* section headings "1) ..." that open a list numbered from 1;
* numbered items "1." (a number counts only if it continues the sequence, so
  "2022. gadā" at a line start stays text) and lettered sub-items "a.";
* sub-headings, including those that start with a number ("5. panta
  īstenošana" is a heading, not item 5: it is short, unpunctuated, and a
  lettered sub-item follows it);
* labelled hierarchies of project annexes ("Darbība Nr. 1.2.3.:");
* dated blocks of web pages ("25.06.2019");
* plain paragraphs, where a document has no numbering.

Unnumbered lines after an item continue it. Text that belongs to no item or
heading is kept in an ``unparsed`` block, never dropped.
"""

from __future__ import annotations

import functools
import importlib.resources
import operator
import re

from .._yaml import load_shipped
from ..clean import Line
from .blocks import Block, Structure, below_list
from .doctype import names, speaks_for_eu
from .lines import (
    CAPITAL_WORD,
    DATE,
    DOT_LEADERS,
    HEADING_BAD_ENDS,
    LETTERED,
    LIST_SECTION,
    MARKDOWN_HEADING,
    NUMBERED,
    PARAGRAPH_ENDS,
    PART_NUMERAL,
    QUOTES,
    SENTENCE_ENDS,
    annex_label,
    bullet,
    contents_title,
    date_line,
    indent,
    labelled_item,
    labelled_line,
    list_section,
    opens_quotation,
    part_numeral,
    running_marks,
    short_unended,
    successor,
)
from .meta import find_date
from .outline import capital_heading, capital_question
from .un_document import RESOLUTION_TITLE, body_line

__all__ = ["Block", "Structure", "labelled_line", "parse_council"]

# What a line starts with (a numbered paragraph, a lettered sub-item, a part, a
# section "1)", a date, an annex label) is read by the line classifier
# (:mod:`polcompare.parse.lines`, its section on running text); this module
# keeps the state machine that places what it reads. The patterns behind the
# readings, under the names the tests of this grammar know them by:
_ANNEX_WORD, _DATE, _LETTERED = CAPITAL_WORD, DATE, LETTERED
_NUMBERED, _PART, _SECTION = NUMBERED, PART_NUMERAL, LIST_SECTION

_LABEL_KINDS = {1: "result", 2: "output", 3: "activity"}  # by depth; deeper: "level4"...
# A wrapped line may end its paragraph when it ends a sentence, a clause or a
# bracket ("... (2019)"); front matter starts after a paragraph's end or a
# lead-in's colon.
_SENTENCE_ENDS = SENTENCE_ENDS + (")",)
_LEAD_IN_ENDS = PARAGRAPH_ENDS + (":",)
_ends_sentence = operator.methodcaller("endswith", _SENTENCE_ENDS)


@functools.cache
def _vocabulary() -> dict:
    ref = importlib.resources.files("polcompare") / "data" / "structure.yml"
    return load_shipped(ref.read_text(encoding="utf-8"))


def _canonical_section(heading: str, number: str) -> str:
    low = heading.lower()
    for name, by_lang in _vocabulary()["sections"].items():
        if any(word in low for words in by_lang.values() for word in words):
            return name
    return f"section_{number}"


def _is_intro(heading: str) -> bool:
    low = heading.lower()
    return any(w in low for words in _vocabulary()["intro"].values() for w in words)


# The longest line above numbered paragraphs read as their title ("EU Statement on ...", "Third
# Annual Report on the implementation of the EU Joint Action of 12 July 2002 on ...")
_TITLE_WORDS = 40


class _Parser:
    """The state machine behind :func:`parse_lines`."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.texts = texts = [ln.text.strip() for ln in lines]
        self.n = n = len(texts)
        lengths = sorted(map(len, texts)) or [0]
        # PDF extractions wrap at a fixed width; web pages keep one paragraph
        # a line. The 90th percentile of line lengths tells them apart.
        p90 = lengths[int(0.9 * (len(lengths) - 1))]
        self.wrapped = p90 <= 130
        self.width = p90 if self.wrapped else 90
        # longest heading, in characters; a web copy's paragraphs are lines of their own, and
        # its headings as long as a German one ("Für einen Neustart der konventionellen
        # Rüstungskontrolle in Europa", 66)
        self.heading_max = max(0.6 * self.width, 40) if self.wrapped else 80
        # Blank lines separate paragraphs, unless the extraction put one after
        # nearly every line, mid-sentence ones included (as the PDF seeds
        # do): then they say nothing.
        gaps = [k for k in range(n - 1) if lines[k + 1].no - lines[k].no > 1]
        before_gap = [texts[k] for k in gaps]
        share = len(before_gap) / (n - 1) if n > 1 else 0.0
        ended = sum(map(_ends_sentence, before_gap)) / max(len(before_gap), 1)
        # A sentence that goes on after a blank line ("... the" / "following") is a
        # PDF's; short paragraphs, a title and a salutation ("Mr. President,") a
        # web copy's, each opening with a capital (in a script with capitals: a
        # Chinese or Arabic line does not say).
        opened = [texts[k + 1][:1] for k in gaps]
        capitals = all(c.isupper() or c.isdigit() or c in QUOTES for c in opened)
        self.blank_breaks = bool(before_gap) and (share <= 0.7 or ended >= 0.8 or capitals)
        self._classify()
        self.numbered = self._count_numbered() >= 2
        # Where an unnumbered text's prose begins: its first line of eight words or more that
        # ends a sentence or a clause ("Réaffirmant ... 2020,"), not a dateline with a full
        # stop ("OSCE Permanent Council No. 1318, Vienna, 3 June 2021."). Above it, a statement
        # or web page has its front matter.
        self.prose_from = next(
            (
                k
                for k, t in enumerate(texts)
                if t.endswith(HEADING_BAD_ENDS) and len(t.split()) >= 8 and not _dateline(t)
            ),
            n,
        )
        # Unnumbered text beside numbered paragraphs is a cover note or lead only in what
        # may be the EU's conclusions or statement: its paragraphs open with the EU or the
        # Council ("1. The EU remains ..."), or a short line above them names the EU ("EU
        # Statement on ..."). A text that names the EU only in passing (a ministry's page,
        # a report) keeps it as paragraphs (refine types it generic, see .doctype).
        self.aside = self.numbered and self._eu_speaks()
        self.blocks: list[Block] = []
        self.current: Block | None = None  # the open item or unparsed block
        self.part = ""
        self.section = "body"
        self.last_number = 0  # last item number in the current section
        self.before_part = 0  # the last item number before the current part began
        self.in_contents = False  # after "CONTENTS", before the text it lists
        self.parent: Block | None = None  # the last numbered item
        self.last_letter = ""
        self.point: Block | None = None  # the last lettered point
        self.sub_point: Block | None = None  # the last point numbered in roman numerals
        self.subheading = ""
        self.heading = ""  # the nearest heading above
        self.heading_since_item = False
        self.label_keys: set[str] = set()
        self.label_runs = 0
        self.paragraphs: dict[str, int] = {}
        self.seen_item = False  # an item has been opened
        self.titles = 0  # numbered section titles so far ("1. Scope", "2. General ...")
        self.title: Block | None = None  # the last of them: its paragraphs' parent

    # -- lookups ---------------------------------------------------------------

    def _classify(self) -> None:
        """Read each line's item marker once (:func:`.lines.running_marks`).

        Sets ``numbered_at[i]`` and ``lettered_at[i]`` (the match of
        :data:`.lines.NUMBERED` and :data:`.lines.LETTERED` on line ``i``, or
        None), ``starts_at[i]`` (whether line ``i`` starts an item: numbered,
        lettered, labelled, dated or a section heading) and ``marked_at[i]``
        (whether it starts an item or may be an annex label or a part
        heading: only such lines go through :meth:`_marked_line`, the others
        are headings or text) and ``plain_at[i]`` (neither marked nor
        capitalised, so not a heading either: text for :meth:`_text_line`).
        Each list has one more entry, for the empty text after the last line,
        so that ``[i + 1]`` always looks at the next line.
        """
        marks = running_marks(self.texts)
        self.numbered_at, self.lettered_at = marks.numbered, marks.lettered
        self.roman_at = marks.roman
        # A project annex's labels come in numbers ("Rezultāts Nr. 1:", "Iznākums Nr. 1.1.:",
        # "Darbība Nr. 1.1.1.:"); a text with one such line ("Spørgsmål nr. 110:", the question
        # a minister answers) has no labelled units.
        self.labels = marks.labelled
        self.starts_at, self.marked_at, self.plain_at = marks.starts, marks.marked, marks.plain

    def _eu_speaks(self) -> bool:
        """Tell numbered paragraphs the EU or the Council speaks in, or a head naming the EU.

        The head: the lines above the first numbered paragraph, a title that names the EU
        or a lead the EU speaks in.
        """
        first = next((k for k, m in enumerate(self.numbered_at) if m is not None), self.n)
        eu, council = names("eu_names"), names("council_speaks")
        return (
            any(
                speaks_for_eu(m.group(2)) or council.match(m.group(2).lstrip(QUOTES))
                for m in self.numbered_at
                if m is not None
            )
            or any(
                speaks_for_eu(t)  # "The EU's commitment to effective multilateralism ..."
                or (
                    len(t.split()) <= _TITLE_WORDS
                    and not t.endswith(HEADING_BAD_ENDS)
                    and eu.search(t)
                )
                for t in self.texts[:first]
            )
        )

    def _count_numbered(self) -> int:
        """Count lines that continue a 1., 2., 3. sequence somewhere."""
        expected, count = 1, 0
        for m in self.numbered_at:
            if m is None:
                continue
            number = int(m.group(1))
            if number == expected:
                expected, count = expected + 1, count + 1
            elif number == 1:
                expected, count = 2, count + 1
        return count

    def _next(self, i: int) -> str:
        return self.texts[i + 1] if i + 1 < self.n else ""

    def _prev_ends_paragraph(self, i: int) -> bool:
        if i == 0 or not self.wrapped:
            return True
        last = self.blocks[-1] if self.blocks else None
        if last is not None and last.role == "heading" and last.lines[-1] is self.lines[i - 1]:
            return True
        prev = self.texts[i - 1]
        if self.blank_breaks and self.lines[i].no - self.lines[i - 1].no > 1:
            return True  # blank lines part the paragraphs, and one stands before this line
        return prev.endswith(_SENTENCE_ENDS) or len(prev) < 0.6 * self.width

    def _title_above(self, i: int) -> Block | None:
        """Return the open item when it took in a short unended line, a paragraph of its own."""
        cur, above = self.current, i - 1
        if (
            cur is None
            or cur.role != "item"
            or len(cur.lines) < 2
            or cur.lines[-1] is not self.lines[above]
        ):
            return None
        text = self.texts[above].lstrip("•·▪-–* ").strip()
        alone = self.lines[above].no - self.lines[above - 1].no > 1
        titled = alone and text[:1].isupper() and short_unended(text, 100, 14, clauses=True)
        return cur if titled else None

    def _heading_like(self, text: str, *, capital: bool = True) -> bool:
        """Short, unpunctuated (and capitalised): could be a heading."""
        # Most lines of running text are too long: asked first, here.
        return (
            len(text) <= self.heading_max
            and (not capital or text[:1].isupper())
            # a quoted sentence ends inside its closing quotation mark: 'sanāksmē."'
            and short_unended(text.rstrip("\"”»’'"), self.heading_max, 10, clauses=True)
        )

    def _page_title(self, text: str) -> bool:
        """Tell whether a page's first line reads as its title: capitalised, unended, not long.

        A Markdown copy marks it ("# Nytt omfattande sanktionspaket mot Ryssland").
        """
        if m := MARKDOWN_HEADING.match(text):
            return len(text) <= 300 and not text[m.end() :][:1].islower()
        return (
            text[:1].isupper()
            and len(text) <= 200
            and not text.endswith(HEADING_BAD_ENDS)
            and self.n > 1
            and not self.texts[1][:1].islower()
        )

    def _is_heading(self, i: int) -> bool:
        if self.texts[i][:1] == "#" and MARKDOWN_HEADING.match(self.texts[i]):
            return len(self.texts[i]) <= 300  # "## Bakgrund": a Markdown copy's heading
        text = self.texts[i]
        if capital_question(text) and self._next(i):
            return True  # "WHAT IS THE AIM OF THE DECISION?": a EUR-Lex summary's heading
        if not self._heading_like(text):
            return False
        if self.starts_at[i + 1]:
            return True
        nxt = self._next(i)
        if not nxt:
            return False
        nxt = nxt[len(bullet(nxt)) :].lstrip()  # "Structure" over "• The mission is based ..."
        starts_block = nxt[:1].isupper() or nxt[:1].isdigit()
        return starts_block and self._prev_ends_paragraph(i)

    # -- block helpers ---------------------------------------------------------

    def _close(self) -> None:
        self.current = None

    def _add_heading(self, kind: str, i: int, *, continued: bool = True) -> Block:
        """Add a heading block; with ``continued``, lowercase lines join it."""
        self._close()
        block = Block("heading", kind, [self.lines[i]], part=self.part, section=self.section)
        self.blocks.append(block)
        self.heading_since_item = True
        return block

    def _heading_continues(self, j: int) -> bool:
        """Tell whether line ``j`` continues the heading above it."""
        text = self.texts[j]
        return bool(text) and (text[0].islower() or text[0] in "(–-") and not self.starts_at[j]

    def _new_item(self, kind: str, i: int, marker: str, **keys) -> Block:
        self._close()
        block = Block(
            "item",
            kind,
            [self.lines[i]],
            marker=marker,
            part=self.part,
            section=self.section,
            **keys,
        )
        self.blocks.append(block)
        self.current = block
        self.heading_since_item = False
        self.seen_item = True
        return block

    def _text_line(self, i: int) -> None:
        """Continue the open block with a line that has no marker, or start one."""
        line = self.lines[i]
        cur = self.current
        if cur is not None and cur.role == "item":
            dated_only = (  # just its date so far ("3.12.2010"), not a paragraph of one line
                cur.kind == "news" and len(cur.lines) == 1 and date_line(cur.marker) is not None
            )
            unnumbered = cur.kind == "news" or (cur.kind == "paragraph" and not cur.label)
            if unnumbered and not dated_only and self._paragraph_break(i):
                self._paragraph(i, kind=cur.kind, date=cur.date if cur.kind == "news" else "")
                return
            if cur.kind == "section" and self._paragraph_break(i):
                self._paragraph(i)  # under "1. Innledning": its paragraphs, not its title's text
                return
            if below_list(self.blocks, line, self.texts[i - 1], self.texts[i]):
                self._paragraph(i)
                return
            cur.lines.append(line)
            return
        if (
            cur is not None
            and cur.role == "unparsed"
            and self.texts[i][:1].islower()
            and line.no == cur.lines[-1].no + 1
        ):  # "1995 Review and Extension Conference" / "of the Parties to the Treaty on the"
            cur.lines.append(line)  # goes on the line above, unparsed as it is
            return
        first = self.texts[i][:1]
        if (first.isdecimal() or first == "[") and self._front_heading(i):
            return  # "22nd Meeting of States Parties", "[without reference to a Main Committee]"
        if self.numbered and self._front_matter(i):
            # Before the first item: the meeting ("3191st FOREIGN AFFAIRS
            # Council meeting"), place and date, the lead-in ("The Council
            # adopted the following conclusions:"). Headings, not text.
            self._add_heading("preamble", i)
            return
        if self.aside or (self.numbered and _fragment(self.texts[i])):
            if cur is None or cur.role != "unparsed":
                cur = Block("unparsed", "unparsed", part=self.part, section=self.section)
                cur.reason = (
                    "unnumbered text outside any numbered item"
                    if self.aside
                    else "a fragment beside numbered paragraphs, no sentence"
                )
                self.blocks.append(cur)
                self.current = cur
            cur.lines.append(line)
            return
        self._paragraph(i)

    def _front_matter(self, i: int) -> bool:
        """Tell whether line ``i`` is a short line of front matter before the first item."""
        if self.last_number or self.seen_item:
            return False
        text = self.texts[i]
        prev = self.texts[i - 1] if i else ""
        starts = not prev or prev.endswith(_LEAD_IN_ENDS) or len(prev) < 0.6 * self.width
        wraps_on = self._next(i)[:1].islower()  # a wrapped line of running text
        short = len(text) <= 100 and not text[:1].islower() and not wraps_on
        return short and starts and (text.endswith(":") or text[-1:] not in ".;,")

    def _paragraph_break(self, i: int) -> bool:
        if not self.wrapped:
            # One paragraph per line, but a stray break inside a sentence ("... and
            # another" / "8.5 million euros in 2022") continues it.
            prev, text = self.texts[i - 1] if i else "", self.texts[i]
            return prev.endswith(PARAGRAPH_ENDS) or not (text[0].islower() or text[0].isdigit())
        prev = self.texts[i - 1] if i else ""
        if bullet(self.texts[i]) and prev.endswith((*PARAGRAPH_ENDS, ";", ":")):
            return True  # "• The mission is based in Armenia." then "• It has ...": two points
        if self.blank_breaks:
            return self.lines[i].no - self.lines[i - 1].no > 1
        return (
            prev.endswith(PARAGRAPH_ENDS)
            and len(prev) < 0.85 * self.width
            and (self.texts[i][0].isupper() or self.texts[i][0].isdigit())
        )

    def _paragraph(self, i: int, *, kind: str = "paragraph", date: str = "") -> Block:
        section = "news" if kind == "news" else self.section
        n = self.paragraphs.get(section, 0) + 1
        self.paragraphs[section] = n
        saved, self.section = self.section, section
        # A paragraph of text is no numbered item: what comes after it reads the same.
        since, seen = self.heading_since_item, self.seen_item
        block = self._new_item(
            kind, i, bullet(self.texts[i]), number=f"p{n}", heading=self.heading, date=date, level=1
        )
        if kind == "paragraph" and self.title is not None:
            block.up = self.title  # under "1. Innledning": a paragraph of that section
        self.section, self.heading_since_item = saved, since
        if self.numbered:
            self.seen_item = seen
        return block

    # -- the pass --------------------------------------------------------------

    def run(self) -> Structure:
        i, n = 0, self.n
        step, text_line, plain = self._step, self._text_line, self.plain_at
        while i < n:
            if plain[i] and not self.in_contents:  # what _step would find, without asking
                text_line(i)  # every question
                i += 1
            else:
                i = step(i)
        for block in self.blocks:
            if block.kind == "news" and not block.text:
                # A date with no text of its own ("27.10.2025" above "New York"): a dateline.
                block.role, block.kind = "heading", "dateline"
        self._title_printed_again()
        return Structure(self.blocks, self._doc_type())

    def _place_under_date(self, i: int) -> bool:
        """Tell a place on the line under a date: "Strasbourg, France" below "27.02.2024"."""
        above = self.blocks[-1] if self.blocks else None
        return (
            above is not None
            # a date with no text of its own is a news item until the pass ends
            and (above.kind == "dateline" or (above.kind == "news" and not above.text))
            and above.lines[-1].no + 1 == self.lines[i].no
            and _PLACE.fullmatch(self.texts[i]) is not None
        )

    def _title_printed_again(self) -> None:
        """Make a page's first paragraph a heading when it repeats a heading above it.

        An EEAS page prints its title, the dateline and the section's name, then the title
        again over the text ("Déclaration de la porte-parole sur le tir de missile ...",
        new user 64): the second copy is no paragraph of the statement.
        """
        if self.numbered:
            return
        above: set[str] = set()
        for k, block in enumerate(self.blocks):
            if block.role == "heading":
                above.add(" ".join(block.text.casefold().split()))
            elif block.role == "item":
                said = " ".join(block.text.casefold().split())
                if block.kind == "paragraph" and len(said) >= 20 and said in above:
                    block.role, block.kind = "heading", "heading"
                    for later in self.blocks[k + 1 :]:  # the paragraphs after it count from p1
                        if later.section == block.section and later.number[:1] == "p":
                            later.number = f"p{int(later.number[1:]) - 1}"
                return

    def _step(self, i: int) -> int:
        """Place line ``i``; return the index of the next line to place."""
        if self._contents(i):
            return i + 1
        if self.marked_at[i]:
            j = self._marked_line(i)
            if j is not None:
                return j
        text = self.texts[i]
        if i == 0 and not self.numbered and self._page_title(text):
            # A web page's or statement's first line is its title, however long
            # ("Twenty-first Meeting of the States Parties, ... - EU Statement on ...").
            self.heading = self._add_heading("title", i).text
            return i + 1
        if self._front_heading(i):
            return i + 1
        if "....." in text and DOT_LEADERS.search(text) and len(text) <= 200:
            self._add_heading("contents", i)  # "Horn of Africa ..........": a contents entry
            return i + 1
        numbered = self.numbered_at[i]
        next_lettered = self.lettered_at[i + 1]
        if self._is_heading(i) or (
            numbered and next_lettered and self._heading_like(numbered.group(2), capital=False)
        ):
            in_list = (
                self.parent is not None and self.current is not None and next_lettered is not None
            )
            self._add_heading("subheading" if in_list else "heading", i)
            if in_list:
                self.subheading = text
            else:
                self.heading = text
            return i + 1

        self._text_line(i)
        return i + 1

    def _front_heading(self, i: int) -> bool:
        """Add line ``i`` as a heading when it is front matter of an unnumbered text."""
        if self.numbered or i >= self.prose_from or not (kind := self._front_line(i)):
            return False
        block = self._add_heading(kind, i)
        if kind in ("heading", "title"):
            self.heading = block.text
        return True

    def _front_line(self, i: int) -> str:
        """Tell a line of an unnumbered text's front matter: its heading kind, or "".

        ``dateline``: "Geneva, 20 June 2024", "Geneva, 17/11/2020 - 12:27, UNIQUE ID:
        201117_5" (a place and a date), a date alone or with a word or two ("27.10.2021 -
        Artikel"). A UN resolution's ``title`` ("51/149. Assistance in mine clearance"), its
        ``body`` line ("The General Assembly,") and its committee's note in brackets (a
        ``heading``). On a line of its own (a web copy's, or between blank lines), a
        ``heading``: "First Preparatory Meeting for the Fifth Review Conference", "22nd
        Meeting of States Parties", "4343rd Meeting (PM)", a headline in title case: a title
        line, capitalised (or opening with an ordinal) and unended, longer than the width that
        tells a heading in running text allows.
        """
        text = self.texts[i]
        if i and self.lines[i].no == self.lines[i - 1].no + 1 and not self._prev_ends_paragraph(i):
            return ""  # a line of running text, wrapped from the one before
        if self._next(i)[:1].islower():
            # a line of running text, wrapped on to the next; but "29.06.2017 - Rede" over a
            # speech whose first words follow its salutation ("Herr Präsident, liebe
            # Kolleginnen und Kollegen," furniture) in lower case is its dateline
            dated = len(text) <= 50 and _DATE_ALONE.fullmatch(text) and find_date(text)
            return "dateline" if dated else ""
        if _dateline(text) or self._place_under_date(i):
            return "dateline"
        m = _DATED_TITLE.match(text) if len(text) <= 400 and text[-1:] != "." else None
        if m and find_date(m.group(1)):
            return "dateline"  # "2 December 2024, New York - Key EU messages for Agenda item ..."
        if text[:1] == "[" and text.endswith("]") and len(text) <= 200:
            return "heading"  # "[without reference to a Main Committee (A/51/L.44 and Add.1)]"
        if text[:1].isdecimal() and RESOLUTION_TITLE.fullmatch(text):
            return "title"  # "51/149.  Assistance in mine clearance"
        if body_line(text):
            return "body"  # "The General Assembly,": the body adopting the text
        if len(text) <= 50 and _DATE_ALONE.fullmatch(text) and find_date(text):
            return "dateline"  # "2 February 1996" alone on its line, above the prose
        ordinal = _ORDINAL_TITLE.match(text) is not None
        titled = text[:1].isupper() or ordinal
        # a line of its own: in a web copy every line is; in a wrapped text, blank lines part it
        above = self.blocks[-1] if self.blocks else None
        top = (
            i == 0
            or self.lines[i].no - self.lines[i - 1].no > 1
            or (above is not None and above.role == "heading")  # "Fiftieth session" above
        )
        alone = not self.wrapped or (
            top
            and (
                i + 1 >= self.n
                or self.lines[i + 1].no - self.lines[i].no > 1
                # a meeting's number under a heading: "PRESSEMEDDELELSE" / "2950. samling i Rådet"
                or (ordinal and short_unended(text, 80, 8))
            )
        )
        if not (alone and titled):
            return ""
        if short_unended(text, 120, 16) or self._headline(i):
            return "heading"
        if (
            text.endswith(",")
            and len(text.split()) <= 4
            and i + 1 < self.n
            and _ORDINAL_TITLE.match(self.texts[i + 1])
        ):
            return "heading"  # "Seventy-second Session," over "73rd Meeting (AM)"
        return ""

    def _headline(self, i: int) -> bool:
        """Tell a headline in title case at the top of a page, above its first item.

        "General Assembly Adopts 59 Third Committee Draft Resolutions, Defers Action on 4
        Closely Watched Texts, amid Discord over Agreed Language": unended, at most 40 words,
        four in five of its words of four letters or more capitalised; within the first 40
        lines, none of them an item (a table's rows in title case below a paragraph are no
        headline).
        """
        text = self.texts[i]
        if i >= 40 or len(text.split()) > 40 or text.endswith(HEADING_BAD_ENDS):
            return False
        words = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
        lower = [w for w in words if not w[:1].isupper()]
        return (
            len(words) >= 4
            and len(lower) <= 0.2 * len(words)
            # only short words in lower case ("amid", "over"): no verb of a German sentence
            # that capitalises its nouns ("Das Auswärtige Amt unterstützt die Organisation ...")
            and all(len(w.strip(",;:")) <= 5 for w in lower)
            and not any(b.role == "item" for b in self.blocks)
        )

    def _contents(self, i: int) -> bool:
        """Place a table of contents' heading and entries as ``contents`` headings.

        "CONTENTS (1)", then entries ending in their page ("BETTER REGULATION 5",
        "• Waste statistics II") and the parts they fall in ("ITEMS DEBATED"),
        up to the first line that ends a sentence or a lead-in.
        """
        text = self.texts[i]
        if self.in_contents:
            leaders = DOT_LEADERS.search(text)
            title = text[: leaders.start()] if leaders else text
            entry = len(title) <= 160 and (leaders is not None or text[-1] not in ".:;!?")
            numbered = self.numbered_at[i] or self.lettered_at[i]
            if (
                entry
                and numbered
                and not _PAGE_AT_END.search(text)
                and not self._leads_to_page(i)
                and not self._repeated_below(i)
            ):
                entry = False  # "1. Introduction" with no page: the text has begun
            if entry:
                self._add_heading("contents", i)
                return True
            self.in_contents = False
            return False
        if len(text) <= 30 and contents_title(mark=True).fullmatch(text):
            self.in_contents = True
            self._add_heading("contents", i)
            return True
        return False

    def _leads_to_page(self, i: int) -> bool:
        """Tell an entry whose dot leaders a PDF copy put on a line of their own, below it.

        "2. Værdidiplomati", "En stærk stemme for Danmark i verden", ". . . . . . . 8".
        """
        return any(_LEADERS_ALONE.fullmatch(t) for t in self.texts[i + 1 : i + 3])

    def _repeated_below(self, i: int) -> bool:
        """Tell an entry with no page that the text below repeats as its heading."""
        entry = " ".join(self.texts[i].split())
        return any(" ".join(t.split()) == entry for t in self.texts[i + 2 :])

    def _marked_line(self, i: int) -> int | None:
        """Place a line that may start with a marker (see :meth:`_classify`).

        Returns the index of the next line to place, or None when line ``i``
        starts nothing here after all: then it is a heading or text.
        """
        if self.numbered_at[i] is None and self.lettered_at[i] is None and not self.roman_at[i]:
            return self._label_line(i)
        text = self.texts[i]

        if (m := self.numbered_at[i]) and self._numbered_other(i, m):
            return i + 1

        if m := self.numbered_at[i]:
            number = int(m.group(1))
            fresh = self.last_number == 0 or self.heading_since_item and number == 1
            if number == 1 and not fresh and (taken := self._title_above(i)) is not None:
                # "• Estimated costs for convening the First Review Conference" over a list
                # numbered from 1 again: a title the last item had taken as its text
                taken.lines.pop()
                self._add_heading("heading", i - 1)
                fresh = True
            if number == 1 and fresh and (numbered := self._numbered_heading_above(i)):
                self.blocks.pop()  # "2 Förslag till riksdagsbeslut": the section's title
                self._open_section(i - 1, numbered[0], *numbered)
            # "II. PROCHAIN CYCLE" then "2.": paragraphs numbered on across parts
            across = self.last_number == 0 and self.before_part and number == self.before_part + 1
            if (
                (
                    number == self.last_number + 1
                    or (fresh and number == 1)
                    or across
                    or self._implied_first(i, number)
                )
                and not (self.lettered_at[i + 1] and self._heading_like(m.group(2), capital=False))
                and not self._quoting(i)
            ):
                if number == 1 and self.last_number:
                    self.section = f"{self.section}_2"
                self.last_number, self.last_letter, self.subheading = number, "", ""
                self.parent = self._new_item(
                    "paragraph",
                    i,
                    text[: m.start(2)].rstrip(),
                    # under a numbered title "2.": "2.1", "2.2" (labels "1", "2")
                    number=f"{self.title.number}.{number}" if self.title else str(number),
                    level=1 + (self.title is not None),
                    heading=self.heading if self.title is not None else "",
                )
                self.parent.label, self.parent.up = str(number), self.title
                return i + 1

        if (m := self.lettered_at[i]) and self.parent is not None:
            letter = m.group(1)
            expected = chr(ord(self.last_letter) + 1) if self.last_letter else "a"
            if letter == expected:
                self.last_letter = letter
                point = self._new_item(
                    "point",
                    i,
                    text[: m.start(2)].rstrip(),
                    number=self.parent.number,
                    letter=letter,
                    level=self.parent.level + 1,
                    heading=self.subheading,
                )
                point.label, point.up = letter, self.parent
                self.point = point
                return i + 1

        if (r := self.roman_at[i]) and self.parent is not None:
            return self._roman_line(i, r)
        return None

    def _implied_first(self, i: int, number: int) -> bool:
        r"""Tell whether "2." begins the numbering after an unnumbered first paragraph.

        A cable numbers its paragraphs from the second ("We called today on Mrs Myrdal ..."
        then "2\. Swedish dissatisfaction ...", "3\. ..."): the text above is paragraph 1,
        and a list below numbered from 1 is a paragraph's points, not the numbering.
        """
        if number != 2 or self.last_number or self.parent is not None:
            return False
        cur = self.current
        if cur is None or cur.kind != "paragraph" or cur.label:
            return False
        if any(_ONE(t.lstrip(QUOTES + " ")) for t in self.texts[:i]):
            return False  # a "1." above the grammar did not take ("1.I have", "1. Opening")
        after = next((m for m in self.numbered_at[i + 1 :] if m is not None), None)
        return after is not None and after.group(1) == "3"  # the numbering goes on

    def _numbered_other(self, i: int, m: re.Match[str]) -> bool:
        """Place a numbered line that is no paragraph: a contents entry, a title or a point."""
        if DOT_LEADERS.search(self.texts[i]):
            self._add_heading("contents", i)  # "3. Afghanistan ..........": a table of contents
            return True
        if self._numbered_title(i, m) or self._titled_text(i, m) or self._capital_title(i, m):
            # "1. Scope and purpose" over "1. These guidelines ...", "2. ...": a numbered
            # section's title, its paragraphs numbered from 1 again (as "1) Ievads" is);
            # "1. Innledning" over paragraphs with no number: its paragraphs
            self._open_section(i, self.texts[i][: m.start(2)].rstrip(), m.group(1), m.group(2))
            return True
        return self._numbered_point(i, m)

    def _numbered_point(self, i: int, m: re.Match[str]) -> bool:
        """Place "1.", "2." indented under a paragraph that leads in to them, as its points.

        "4. To this end, this Strategy is guided by the following principles:" over
        "    1. unity – ...", "    2. promoting cooperation ...": points 1 and 2 of
        paragraph 4, not a list restarting the paragraphs' numbers.
        """
        parent, number = self.parent, int(m.group(1))
        if parent is None or self.last_letter and not self.last_letter.isdigit():
            return False
        if number != int(self.last_letter or 0) + 1:
            return False
        if indent(self.lines[i].text) <= indent(parent.lines[0].text):
            return False
        if number == 1 and not (self.current is parent and self.texts[i - 1].endswith(":")):
            return False
        self.last_letter = str(number)
        point = self._new_item(
            "point",
            i,
            self.texts[i][: m.start(2)].rstrip(),
            number=parent.number,
            letter=str(number),
            level=parent.level + 1,
            heading=self.subheading,
        )
        point.label, point.up = str(number), parent
        self.point = point
        return True

    def _roman_line(self, i: int, r: re.Match[str]) -> int | None:
        """Place "(i)", "(ii)" under the open lettered point, or under the paragraph.

        "(a) Implementation ...:" then "(i) Articles I and II ...", "(ii) ...": the
        point's sub-points (``1a.i``, label ``i``); under a paragraph with no lettered
        point yet, its points (``1i``). A numeral out of turn is no marker here, nor is
        one a sentence enumerates in lower case on its line ("... li jinkludu (i)
        l-iffriżar ...; u (ii) projbizzjoni ...", cut from it by :mod:`.inline`).
        """
        assert self.parent is not None
        if i and self.lines[i].no == self.lines[i - 1].no and not r.group(2)[:1].isupper():
            return None
        point = self.point
        up = point if point is not None and point.up is self.parent and self.last_letter else None
        owner = up or self.parent
        last = self.sub_point
        expected = (
            successor("(roman)", last.label) if last is not None and last.up is owner else "i"
        )
        numeral = r.group(1)
        if numeral != expected or (up is None and self.last_letter):
            return None
        sub = self._new_item(
            "point",
            i,
            self.texts[i][: r.start(2)].rstrip(),
            number=self.parent.number,
            letter=f"{up.letter}.{numeral}" if up is not None else numeral,
            level=owner.level + 1,
            heading=self.subheading,
        )
        sub.label, sub.up = numeral, owner
        self.sub_point = sub
        return i + 1

    def _numbered_heading_above(self, i: int) -> tuple[str, str] | None:
        """Return the number and title of the heading right above line ``i``, if numbered.

        "2 Förslag till riksdagsbeslut" over "1. Riksdagen tillkännager ...": a section's
        number and title without a full stop (a Riksdag motion's), over its list numbered
        from 1. Not a contents entry with its page.
        """
        last = self.blocks[-1] if self.blocks else None
        if (
            last is None
            # a heading, or a text's unnumbered line (a page whose paragraphs are items)
            or not (last.role == "heading" or (last.role == "item" and not last.label))
            or last.kind == "contents"
            or len(last.lines) != 1
            or last.lines[0] is not self.lines[i - 1]
        ):
            return None
        m = _SECTION_HEADING.fullmatch(self.texts[i - 1])
        return (m.group(1), m.group(2)) if m else None

    def _open_section(self, i: int, marker: str, number: str, title: str) -> None:
        """Open a numbered section on line ``i``: its paragraphs, numbered from 1, are its own."""
        self.titles += 1
        self.title = self._new_item("section", i, marker, number=number, level=1)
        self.title.label = number
        self.last_number, self.parent, self.last_letter = 0, None, ""
        self.heading = title
        self.heading_since_item = True

    def _titled_text(self, i: int, m: re.Match[str]) -> bool:
        """Tell a numbered title over paragraphs with no number ("1. Innledning", then text).

        Short, capitalised and unended, set apart by a blank line, the next line
        a paragraph of running text three times as long or more; the number the
        next title's (1, then one more than the last title), never one that goes
        on from a numbered paragraph.
        """
        j = i + 1
        if j >= self.n or self.marked_at[j] or self.last_number:
            return False
        nxt = self.texts[j]
        return (
            int(m.group(1)) == self.titles + 1
            and self.lines[j].no > self.lines[i].no + 1
            and self._heading_like(m.group(2))
            and nxt[:1].isupper()
            and len(nxt) >= 3 * len(self.texts[i])
            and nxt.endswith(PARAGRAPH_ENDS)
            and not self._quoting(i)
        )

    def _capital_title(self, i: int, m: re.Match[str]) -> bool:
        """Tell a numbered title in capitals ("1.   INFORMATION PROVIDED BY MEMBER STATES ...").

        Its number the next title's, no numbered paragraph before it.
        """
        return (
            not self.last_number
            and int(m.group(1)) == self.titles + 1
            and capital_heading(m.group(2))
            and not self._quoting(i)
        )

    def _numbered_title(self, i: int, m: re.Match[str]) -> bool:
        """Tell a numbered title over paragraphs numbered from 1 ("2. Principles" over "1. ...").

        Short and unended, the next line numbered 1, its own number the next title's:
        1, then one more than the last title.
        """
        nxt = self.numbered_at[i + 1]
        number = int(m.group(1))
        return (
            nxt is not None
            and nxt.group(1) == "1"
            and number == self.titles + 1
            and self._heading_like(m.group(2))
            and not self._quoting(i)
        )

    def _label_line(self, i: int) -> int | None:  # noqa: C901 - one branch per line kind
        """Place a marked line that starts no numbered paragraph or lettered sub-item.

        An annex label, a part heading, a section "1)", a project annex's
        label or a date: none of them can start a line that is
        :data:`.lines.NUMBERED` or :data:`.lines.LETTERED` (their first
        characters differ). Returns the index of the next line to place, or
        None.
        """
        texts, n = self.texts, self.n
        text = texts[i]

        if annex_label(text):
            self._add_heading("label", i)
            # The paragraph after the annex label is the document's title; not a paragraph of
            # sentences ("HOVEDPUNKTER", then "Den globale ... ordning giver EU ...").
            j = i + 1
            sentences = len(texts[j]) > 200 and texts[j].endswith(".") if j < n else False
            if j < n and not self.starts_at[j] and not sentences:
                title = self._add_heading("title", j)
                self.heading = texts[j]
                j += 1
                while j < n and self._heading_continues(j):
                    title.lines.append(self.lines[j])
                    j += 1
                self.heading = title.text
                return j
            return i + 1

        if m := part_numeral(text):
            self.part = m.group(1)
            self.section = "intro" if _is_intro(m.group(2)) else f"part_{self.part}"
            self.before_part = self.last_number or self.before_part
            self.last_number, self.parent, self.last_letter = 0, None, ""
            self.title = None
            block = self._add_heading("part", i)
            block.part, block.section = self.part, self.section
            j = i + 1
            while j < n and self._heading_continues(j):
                block.lines.append(self.lines[j])
                j += 1
            self.heading = block.text
            return j

        nm = self.numbered_at[i + 1]  # the next line's
        if nm and nm.group(1) == "1" and (m := list_section(text)):
            self.section = _canonical_section(m.group(2), m.group(1))
            self.last_number, self.parent, self.last_letter = 0, None, ""
            self.title = None
            block = self._add_heading("section", i)
            block.section = self.section
            block.marker, block.number = f"{m.group(1)})", m.group(1)
            self.heading = block.text
            return i + 1

        if (m := labelled_item(text)) and self.labels >= 2:
            number = m.group(2).rstrip(".")
            level = number.count(".") + 1
            if number in self.label_keys or self.label_runs == 0:
                self.label_runs += 1
                self.label_keys = set()
                self.section = f"labelled_{self.label_runs}"
            self.label_keys.add(number)
            kind = _LABEL_KINDS.get(level, f"level{level}")
            marker = text[: m.start(3)].rstrip()
            block = self._new_item(
                kind, i, marker, number=number, level=level, heading=self.heading
            )
            block.label = number
            return i + 1

        if self.blocks and self.blocks[-1].role == "heading" and (m := date_line(text)):
            # A dated block: the heading just above is the news item's title.
            title = self.blocks[-1]
            day, month, year = (int(g) for g in m.groups())
            self.heading = title.text
            news = self._paragraph(i, kind="news", date=f"{year:04d}-{month:02d}-{day:02d}")
            news.marker = text
            return i + 1

        return None

    def _quoting(self, i: int) -> bool:
        """Tell a quoted paragraph ('"2.  Commends') of a text the open item quotes.

        A report quotes a resolution's paragraphs, each opening with a quotation
        mark ('"The General Assembly,', '"1.  Takes note'): when the open item
        already holds a line that opened a quotation and left it open, its
        numbers are the quotation's. (Conclusions that open with '"1. The
        Council' are not inside an item when they start.)
        """
        cur = self.current
        if cur is None or cur.role != "item" or self.texts[i][:1] not in QUOTES:
            return False
        return any(opens_quotation(ln.text) for ln in cur.lines[1:])

    def _doc_type(self) -> str:
        kinds = [b.kind for b in self.blocks if b.role == "item"]
        sections = {b.section for b in self.blocks if b.kind == "section"}
        if kinds.count("activity") + kinds.count("output") >= 2:
            return "project_annex"
        if sections & {"review", "declaration", "action_plan"}:
            return "position_paper"
        # dated news items: a page of news; one date alone is a page's own dateline (a press
        # release's "16.04.2018" under its title): what the page is, its text tells
        if sum(1 for b in self.blocks if b.kind == "news" and date_line(b.marker)) >= 2:
            return "web_page"
        if kinds.count("paragraph") - sum(1 for b in self.blocks if b.number.startswith("p")) >= 3:
            return "conclusions"
        return "generic"


def parse_council(lines: list[Line]) -> Structure:
    """Read Council documents: see :func:`polcompare.parse.parse_lines`.

    The ``doc_type`` is ``position_paper``, ``conclusions``,
    ``project_annex``, ``web_page`` or ``generic``.
    """
    structure = _Parser(lines).run()
    _name_labelled_sections(structure.blocks)
    structure.grammar = "council"
    return structure


def _name_labelled_sections(blocks: list[Block]) -> None:
    """Name the runs of labelled items.

    A run of top-level results only is ``results``; a run with outputs and
    activities is ``outputs_activities``.
    """
    runs: dict[str, int] = {}
    for b in blocks:
        if b.section.startswith("labelled_"):
            runs[b.section] = max(runs.get(b.section, 0), b.level)
    names: dict[str, str] = {}
    taken: dict[str, int] = {}  # runs named so far per base name
    for run, depth in runs.items():
        base = "results" if depth <= 1 else "outputs_activities"
        k = taken[base] = taken.get(base, 0) + 1
        names[run] = base if k == 1 else f"{base}_{k}"
    for b in blocks:
        if b.section in names:
            b.section = names[b.section]


#: A line numbered 1: "1.", "1)", "1\\.", "1.I have" glued.
_ONE = re.compile(r"1\s?\\?[.)]").match


def _fragment(text: str) -> bool:
    """Tell a short line that is no sentence ("Report", "00:26:13", "Luk redigering").

    Or a line of a table of contents ("- Politisk drøftelse ..........").
    """
    if DOT_LEADERS.search(text):
        return True
    return len(text.split()) < 6 and not text.endswith((".", "!", "?", ":", ";"))


#: A section's number and title with no full stop between: "2 Förslag till riksdagsbeslut".
_SECTION_HEADING = re.compile(r"(\d{1,2})\s+([^\W\d_][^.:;!?]{2,100}[^\W\d_)])")
#: A title that opens with an ordinal: "22nd Meeting of States Parties", "5e Conférence",
#: "4343rd Meeting (PM)", "60e séance plénière - matin", "2950. samling i Rådet" (a meeting's
#: number: no paragraph is numbered in the thousands).
_ORDINAL_TITLE = re.compile(
    r"\d{1,4}(?:st|nd|rd|th|e|er|ème)\s+(?:[A-ZÀ-Þ]|[^\W\d_]+(?:\s+\S+){0,5}$)"
    r"|(?!(?:19|20)\d\d\.)\d{3,4}\.\s+[^\W\d_]"  # not a year: "2005. gada Starptautiskā ..."
)
#: A place and its country, each one or two capitalised words: "Strasbourg, France".
_PLACE = re.compile(r"(?:[^\W\d_a-z][\w'’.-]+ ?){1,2}, (?:[^\W\d_a-z][\w'’.-]+ ?){1,2}")
#: A UN resolution's number and title: "51/149.  Assistance in mine clearance".
#: A date alone: "2 February 1996", "14. März 2023", "1er juin 2024" (its month a word); with a
#: word to three after it, a page's date and its kind or office: "27.10.2021 - Artikel",
#: "20. mars 2014 Utanríkisráðuneytið", "07.02.2024 EEAS Press Team".
_DATE_ALONE = re.compile(
    r"(?:\d{1,2}(?:\.|er)?\s+[^\W\d_]{3,12}\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})"
    r"(?:\s*[-–|,]?\s*(?:klo\s+|kl\.\s*)?\d{1,2}[:.]\d{2})?"  # time: "18:25", "13.13"
    r"(?:\s+[-–|]?\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?"  # "07.02.2024 EEAS Press Team"
)


def _dateline(text: str) -> bool:
    """Whether a line is a place (or a body's meeting and place) and a date alone."""
    m = _DATELINE.fullmatch(text) if len(text) <= 80 else None
    return m is not None and bool(find_date(m.group(1)))


#: A place and a date: "Geneva, 20 June 2024", "Brussels, 17/11/2020 - 12:27, UNIQUE ID: ...",
#: "Luxembourg, den 15. juni 2009"; a body's meeting before the place: "OSCE Permanent
#: Council No. 1318, Vienna, 3 June 2021."
_DATELINE = re.compile(
    r"[^\W\d_][\w.'’ -]{0,40}(?:,\s+[^\W\d_][\w.'’ -]{0,30})?,\s+(?:[^\W\d_]{1,3}\s+)?(\d.*)"
)
#: An EEAS statement's date and place before its title, on one line: "14 December 2023, New
#: York – European Union Key Messages at the ...", "26 August 2022, New York -- European Union
#: Statement delivered by ..." (new users 48 and 50: read as the statement's first paragraph).
_DATED_TITLE = re.compile(
    r"(\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+\d{4}),\s+[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,2}"
    r"\s+(?:–|—|-{1,2})\s+[A-ZÀ-Þ]"
)
#: A contents entry's page at the end of its line: "BETTER REGULATION 5", "... II".
_PAGE_AT_END = re.compile(r"[\s.](?:\d{1,4}|[IVXL]{1,5})$")
_LEADERS_ALONE = re.compile(r"(?:\.\s?){5,}\s*\d{0,4}")  # ". . . . . . . 8", "......"
