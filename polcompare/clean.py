"""Clean PDF-extracted text without losing anything.

Page furniture (the Council document number with initials and page number,
the ``ANNEX ... RELEX.5 LV`` lines), footnotes and blank lines are taken out of
the running text but recorded with their line numbers. What remains is the
*content* the parser itemises. Line wraps and end-of-line hyphens are undone
by :func:`join_lines` when the parser assembles an item's text.

Source lines are numbered from 1, as editors number them.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from dataclasses import dataclass, field

from .languages import own_names, structure_words, words_pattern

__all__ = ["Line", "Footnote", "Cleaned", "clean", "join_lines", "FURNITURE_PATTERNS"]


@dataclass(frozen=True, slots=True)
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
        body = join_lines([ln.text for ln in self.lines]).strip()
        if body.startswith("[^"):  # "[^1]: OJ L 344, ...": a Markdown footnote
            return body[len(self.number) + 4 :].strip()
        if body.startswith(("[", "(")):  # "[1] KOM(1999) 661 endelig.", "(1) Cette ..."
            return body[len(self.number) + 2 :].strip()
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
    chapter_numbers : frozenset[int]
        Numbers of content lines that hold a chapter's number alone ("1" above
        its title and "1.1 ..."): decided here, where such a line is kept from
        the page numbers, and read by the parser.
    paragraph_breaks : frozenset[int]
        Numbers of content lines that a salutation stands above ("Thank you.", then the
        statement's alignment paragraph): a numbered paragraph does not run on over it.
        Decided here, where the salutation is told, and read by the parser.
    """

    roles: dict[int, str] = field(default_factory=dict)
    content: list[Line] = field(default_factory=list)
    furniture: list[tuple[Line, str]] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    chapter_numbers: frozenset[int] = frozenset()
    paragraph_breaks: frozenset[int] = frozenset()


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

#: EU official languages' codes, as PDF pages tag them ("EN" alone on a line).
_LANGUAGE_TAGS = frozenset(
    "BG CS DA DE EL EN ES ET FI FR GA HR HU IT LT LV MT NL PL PT RO SK SL SV".split()
)
# A line that is only a web address or an e-mail address, or a press
# office's contact line ("Tel.: +32 (0)2 281 6319", "Fax: (32-2) 281 6934", "Rue de la Loi 175");
# not a law's "by means such as electronic media, fax or telephone".
# "[email protected]": an address a web copy hid from robots
_URL = re.compile(
    r"(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|\[email\xa0?\s?protected\])(?:\s+\S+)*"
)
# A telephone number in international form, alone on its line.
_PHONE = re.compile(r"\+\d{1,3}[\s\d()./-]{6,20}\d")
_CONTACT = re.compile(
    r".*(?:\b(?:Tel|Tlf|Tél|Tfn|Fax)\.?\s*:?\s*\+?\(?\d|\bRue de la Loi\b|\bWetstraat\b"
    r"|\+\d{2,3}\s?\(0\)\s?\d|\b1048\s+(?:Bruxelles|Brussels|Brussel)\b).*"
    # a number alone on its line: "+32 22815316", "+32 498 96 99 21"
    rf"|{_PHONE.pattern}"
    r"|Press office\b.{0,80}|Service de presse\b.{0,80}|Pressestelle\b.{0,80}",
    re.IGNORECASE,
)


# What a contact line holds, in lower case: tried before _CONTACT, which is slow on long lines.
_CONTACT_HINTS = ("tel", "tlf", "tél", "tfn", "fax", "rue de la loi", "wetstraat", "+", "1048")


def _contact(stripped: str) -> bool:
    """Tell a press office's contact line (see :data:`_CONTACT`)."""
    low = stripped.lower()
    if not (
        low.startswith(("press", "service de presse")) or any(h in low for h in _CONTACT_HINTS)
    ):
        return False
    return _CONTACT.fullmatch(stripped) is not None


@functools.cache
def _page_number() -> re.Pattern[str]:
    """Match a page number: "Page 2 of 5", "Side 2 af 5", "- 2 -", "2/5", a bare number.

    The words are the language files' ``page`` and ``page_of``.
    """
    page, of = words_pattern("page"), words_pattern("page_of")
    return re.compile(
        rf"(?:(?:{page})\s*)?[-–]?\s*\d{{1,3}}\s*(?:[-–]|(?:/|(?:{of})(?!\w))\s*\d{{1,3}})?",
        re.IGNORECASE,
    )


# An image's file name on its line: "linas linkevicius.JPG", "/static/images/base/harp.jpg".
_IMAGE_NAME = re.compile(r"\S{0,80}(?:\s\S+){0,3}\.(?:jpe?g|png|gif|svg|webp|tiff?)", re.I)
# A line of rules, bullets and bars only: "_______", "* * *", "•", "---|---|---", "——".
_RULE_CHARS = frozenset("-–—_*•·|=~")
_RULE = re.compile(r"[-–—_*•·|=~][-–—_*•·|=~\s]*")
# A Council document's original language under its number: "(OR. en)", "(OR. fr,en)".
_ORIGINAL = re.compile(r"\(OR\.\s?[a-z]{2}(?:\s?,\s?[a-z]{2})*\)")
_PRESS = re.compile(r"PRESS(?:\s+RELEASE)?|PRESSE|COMMUNIQUÉ DE PRESSE")
# A consolidated text's header: its CELEX number (four digits of the year and a sector letter
# in older copies), language, date and version ("02008E0944 — EN — 17.09.2019 — 001.001")
_CONSOLIDATION_HEAD = 200  # lines: a consolidated text's cover and table of amending acts
_TABLE_MARK = re.compile(r"►[MCA]\d{1,3}")  # an amending act's, a corrigendum's, an accession's
_CONSOLIDATED_VERSION = re.compile(
    r"\d{4,5}[A-Z]{1,2}\d{3,4}\s[—–-]\s[A-Z]{2}\s[—–-]\s\d{2}\.\d{2}\.\d{4}\s[—–-]\s\d{3}\.\d{3}"
)
# EUR-Lex's page around an act (in the site's language, English in most copies):
# its banner, "Document 32015D0972" (the CELEX number), the legal status, the
# ELI address and the Official Journal reference with the languages published.
_EURLEX = re.compile(
    r"EUR-Lex Access to European Union law|This document is an excerpt from the EUR-Lex website"
    r"|Back to EUR-Lex homepage|Choose the experimental features you want to try"
    r"|(?:Document )?\d{5}[A-Z]{1,2}\d{3,4}(?:\(\d+\))?(?:-\d{8})?"
    r"|Legal status of the document\b.*|ELI: https?://\S+"
    # the act's status ("In force: This act has been changed. Current consolidated version: ...",
    # "No longer in force, Date of end of validity: 30/11/2020")
    r"|(?:In force|No longer in force)(?:[:,]\s(?:This act has been changed|Date of end).{0,80})?"
    # "OJ L 58, 19.2.2021, p. 41–50 (BG, ES, ...)", the languages on a line of their own in a
    # narrow copy ("Úř. věst. L 58, 19.2.2021, p. 41–50"); a page range: a footnote's "(1) OJ L
    # 58, 19.2.2021, p. 41." opens with its number and cites one page
    r"|(?:\S{1,8}\s){1,2}[LC]\s?\d{1,4}[^()]{4,30},\sp\.\s\d+[–-]\d+(?:\s\((?:[A-Z]{2},\s)*[A-Z]{2}\))?"
    # the English site's line on an act's special edition
    r"|Special edition in \w+: Chapter \d+ Volume \d+ P\. \d+\s?-\s?\d+"
    # an 'L series' reference ("OJ L, 2025/814, 28.4.2025, ELI: http://... (BG, ES, ...)"), its
    # address left out on the act's page ("OJ L, 2023/2296, 24.10.2023")
    r"|\S{2,8}\s[LC],\s\d{4}/\d{1,5},\s\d{1,2}\.\d{1,2}\.\d{4}(?:,\sELI:\s\S+)?(?:\s\(.*\))?"
    # a consolidated text's header: its CELEX number, language, date and version
    rf"|{_CONSOLIDATED_VERSION.pattern}"
    # the Council's or the Commission's document identifier ("ST/6812/2025/INIT", "C/2019/6026")
    r"|(?:ST|C)/\d{3,6}/\d{4}(?:/[A-Z]+\d*)?"
)
# On a line of its own in a narrow copy of EUR-Lex's page: the languages an act was published in
# ("(BG, ES, CS, ..., SV)", with the note on special editions after it in the page's language),
# and a notice's number in the Official Journal's C series ("(2017/C 093/14)").
_EURLEX_NOTE = re.compile(
    r"\((?:[A-Z]{2},\s){4,}[A-Z]{2}\)(?:\s.{0,300})?|\(\d{4}/C\s?\d{1,4}/\d{1,3}\)"
)
# The note that an act was published in the special editions of the languages of the states that
# joined later, in the page's language: "Dieses Dokument wurde in einer Sonderausgabe
# veröffentlicht. (HR)", "Tämä asiakirja on julkaistu erityispainoksessa (BG, RO)".
_LATER_LANGUAGE = r"(?:BG|RO|HR|CS|ET|LV|LT|HU|MT|PL|SK|SL)"
_EURLEX_EDITION = re.compile(rf"[^\d()]{{10,120}}\((?:{_LATER_LANGUAGE},\s)*{_LATER_LANGUAGE}\)")
# The first letters of the lines _EURLEX matches: its words, the Official Journal's name in every
# language (OJ, JO, ABl., DO, GU, EUT, EUVL, HL, UL, SL, Dz.U., Ú. v. EÚ, ΕΕ, ОВ, ĠU).
_EURLEX_FIRST = frozenset("EBCDLTOJAGKSINUHPMRVZÚĠΕΟО")
# A consolidated text's marks of where each act's wording begins ("►B", the basic act; "▼M1",
# its first amendment; "►C1", a corrigendum; "◄", an inserted passage's end) on lines of their own
_CONSOLIDATION_MARK = re.compile(r"(?:[►▼](?:B|[MACR]\d{1,3})|◄)(?:\s*◄)?")
# "cookies", Latvian "sīkdatnes", Norwegian "informasjonskapsler": a site's cookie banner
_COOKIES = re.compile(r"\b(?:cookies?|sīkdatn\w*|informasjonskaps\w*)", re.IGNORECASE)
# A parliament's PDF names each page's image on a line ("2843007_0001.png", Folketinget).
_PAGE_IMAGE = re.compile(r"\d{5,}_\d{4}\.(?:png|jpe?g|tiff?)")
_ISSN = re.compile(r"ISSN \d{4}-\d{3}[\dX]")
# "L 202/1", "C 193/1", a special edition's "LI 265/1" (L 265 I)
_OJ_PAGE = re.compile(r"(?:[LC]|LI)\s?\d{1,4}(?:\s?[A-Z])?/\d{1,4}")
# Above the first page's image: its stamp ("Det Udenrigspolitiske Nævn 2023-24", "UPN Alm.del
# Bilag 219", "Offentligt"), at most this many lines.
_STAMP_LINES = 4
# A Council document's number at its pages' foot: "7196/14", "9442/24 ADD 1", "17218/09 (Presse
# 371)"; a running date: "3. marts 2014", "8.XII.2009", "12.-13.VII.2004".
_DOC_NUMBER = re.compile(
    r"\d{1,5}/\d{2}(?:\s+(?:[A-Z]{2,4}(?:\s+\d{1,3})?|\([^\W\d_]+\s+\d{1,4}\)))?"
)
_RUNNING_DATE = re.compile(
    r"\d{1,2}\.?(?:\s?-\s?\d{1,2}\.?)?\s*(?:[^\W\d_]{3,12}\.?\s+|[IVX]{1,4}\.\s?)\d{4}"
)
_PAGE_INDEX = re.compile(
    r"(?:\s*\d{1,4}\s*[-–]\s*\d{1,4}\s*\|)+(?:\s*\d{1,4}\s*[-–]\s*\d{1,4})?\s*"
)
# An entry of a legal register's tree of an act's parts, which ends by naming the part it
# links to with the entry's own number: "2.1 Punktas (2.1 p.)", "1 Straipsnio dalis (1 str. 1
# d.)", "40-1 Straipsnio dalis (40-1 d.)". The part's text is elsewhere; the entry is a link.
_TREE_ENTRY = re.compile(
    r"(\d{1,3}(?:[.\-–]\d{1,3}){0,3})\.?\s[^()]{1,80}\((?:[^()]*\s)?\1\s?[^\W\d_]{1,5}\.\)"
)
# legislation.gov.uk's notes around a provision.
_UK_LEGISLATION = re.compile(
    r"This (?:section|article|regulation|rule|Part|Chapter|Schedule|paragraph|Order) has no"
    r" associated Explanatory (?:Notes|Memorandum)"
    r"|Changes to [Ll]egislation:?|Revised legislation carried on this site may not be fully up"
    r" to date\..*|This is the original version \(as it was originally made\)\..*"
    r"|- (?:Latest available \(Revised\)|Original \(As (?:[Mm]ade|[Ee]nacted|[Aa]dopted)\)"
    r"|Point in [Tt]ime \([\d/]+\))|Version Superseded: [\d/]+|Point in time view as at [\d/]+\..*"
    r"|This version of this provision has been superseded\..*"
    r"|There are outstanding changes not yet made by the legislation\.gov\.uk editorial team.*"
)
# A download link: "22 March 2019 Duncan-Cash - 177 KB - pdf", "Annex (PDF, 1.2 MB)"
# A UN document's header: "Distr. GENERAL", "Distr.: Limited", "ORIGINAL: ENGLISH" (or its
# language alone on the next line), in the UN's languages
_UN_LANGUAGES = (
    "ENGLISH|FRENCH|SPANISH|RUSSIAN|ARABIC|CHINESE|FRANÇAIS|ANGLAIS|ESPAGNOL|RUSSE|ARABE|CHINOIS"
    "|ESPAÑOL|INGLÉS|FRANCÉS|RUSO|ÁRABE|CHINO"
)
_UN_HEADER = re.compile(
    rf"Distr\.\s*:?\s*[^\W\d_]+|(?:ORIGINAL|Original)\s?:(?:\s*[^\W\d_]+)?|(?:{_UN_LANGUAGES})"
)
_ATTACHMENT = re.compile(
    r".{1,160}?(?:\s[-–]\s\d[\d.,]*\s?[KMG]i?B\s[-–]\s(?:pdf|docx?|odt|xlsx?|rtf|zip)"
    r"|\((?:pdf|docx?|odt|xlsx?),?\s\d[\d.,]*\s?[KMG]i?B\))",
    re.IGNORECASE,
)
_RUNNING_MIN = 3  # a short line met this often is a running header
# Beside the Official Journal's name: its date ("21.7.2022") and page ("L 193/196").
# A UN document's job number at its pages' foot, with the language, the dates of processing
# ("GE.08-43359 (S) 080808 110808", "24-01234 (E)    030524"), and its barcode ("*2401234*").
_UN_JOB = re.compile(
    r"GE\.\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}|\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\d{6}){0,2}"
    r"|\*\d{7}\*"
)
_OJ_NEIGHBOUR = re.compile(rf"\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|{_OJ_PAGE.pattern}")
# Under an 'L series' journal's two-line name: "L series", "L sērija", "Reihe L", "2025/814".
_OJ_SERIES = re.compile(r"[LC]\s+\w{3,12}|\w{3,12}\s+[LC]|\d{4}/\d{1,5}")

# A footnote starts with its number and text, without the dot an item has.
_FOOTNOTE_START = re.compile(r"(\d{1,3})\s+\S")
# A web copy's footnote: "[1] KOM(1999) 661 endelig.", its mark "[1]" in the text above.
_BRACKET_NOTE = re.compile(r"\[(\d{1,3})\]\s+\S")
_BRACKET_MARK = re.compile(r"(?<=\S)\s?\[(\d{1,3})\]")
# A note marked with asterisks ("*   The numbering of the items ...", "**   The provisional
# agenda ..."), its mark glued to a word above ("... General Assembly *", "agenda**").
_STAR_NOTE = re.compile(r"(\*{1,4})\s+\S+\s+\S+\s+\S")
# A Markdown copy's note "* 1 Lawrence John Lawrey, First Secretary ...", a bullet and its
# number, its mark a link in the text above ("... Mr. Smith,[1](#f1) special consultant").
_ANCHOR_NOTE = re.compile(r"\*\s(\d{1,3})\s+\S")
_ANCHOR_MARK = re.compile(r"\[(\d{1,3})\]\s?\(#[\w-]*?\1\)")
_STAR_MARK = re.compile(r"(?:(?<=[^\W\d_])|(?<=[^\W\d_][.,;:)]))\s?(\*{1,4})(?=\s|$)")
# A Markdown footnote "[^1]: OJ L 344, 28.12.2001, p. 93.", its call "[^1]" in the text above.
_MD_NOTE = re.compile(r"\[\^([^\]\s]{1,80})\]:\s*\S")
# A parliament report's lone note "(1) Cette commission est composée de : ...", its mark
# "(1)" in the text above ("... de la défense et des forces armées (1) sur le projet").
_PAREN_NOTE = re.compile(r"\((\d{1,2})\)\s+\S")
_PAREN_OPENS = re.compile(r"\(\d{1,3}\)")  # "(1)" with its text or alone, a recital's label
_PAREN_MARK = re.compile(r"(?<=\w)\s\((\d{1,2})\)(?=\s|$|[,.;:])")
_SECTION_BEFORE = re.compile(r"§\s*\d[\w\-–]*$")  # "§ 1-4" before "(1)": no note's mark
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
    # Bound methods and tables hoisted out of the loop: it runs once per line.
    roles = out.roles
    content = out.content.append
    furniture = out.furniture.append
    rule = _FOOTNOTE_RULE.fullmatch
    footnote_start = _FOOTNOTE_START.match
    in_footnote: Footnote | None = None
    after_rule = False
    running = _running_headers(lines)
    banners = _banners(lines)
    box = _procedure_box(lines)
    journal = _journal_header(lines)
    notice = _consolidation_notice(lines)
    press = _press_page(lines)
    menu = _language_menu(lines)
    back = _back_page(lines)
    keywords = _keyword_lines(lines)
    notes = (
        _bracket_marks(lines),
        _star_marks(lines),
        _lone_paren_note(lines),
        _anchor_marks(lines),
    )
    stamp = _stamp(lines) or _journal_cover(lines)
    cover = "cover"
    if not stamp and (stamp := _front_matter(lines)):
        cover = "front_matter"
    last_blank = max((no for no, text in enumerate(lines, start=1) if not text.strip()), default=0)
    chapters = out.chapter_numbers = _chapter_numbers(lines)
    for no, text in enumerate(lines, start=1):
        stripped = text.strip()
        if no <= stamp and stripped:
            roles[no] = "furniture"
            furniture((Line(no, text), cover))
            continue
        if not stripped:
            roles[no] = "blank"
            # Only a rule (ten or more spaces) keeps an open footnote open;
            # shorter blank lines cannot be one, so skip the regex for them.
            if len(text) >= 10 and rule(text):
                after_rule = True
            else:
                in_footnote = None
            continue
        line = Line(no, text)
        last = stripped[-1]  # furniture ends with a capital or a digit: see _furniture_kind
        if (
            (("A" <= last <= "Z" or last.isdecimal()) and (kind := _furniture_kind(stripped)))
            or (
                no not in chapters and (kind := _web_furniture(stripped, running, journal, banners))
            )
            or (stripped in box and (kind := "navigation"))  # "Textes déposés :"
            or (no in notice and (kind := "site"))
            or (no in press and (kind := "press"))
            or (no in menu and (kind := "navigation"))
            or (no in keywords and (kind := "keywords"))
            or (no >= back and (kind := "back_page"))
        ):
            roles[no] = "furniture"
            furniture((line, kind))
            in_footnote, after_rule = None, False
            continue
        if stripped[0] in "[*(" and (number := _marked_note(stripped, no, notes)):
            note = Footnote(number, [line])
            out.footnotes.append(note)
            roles[no] = "footnote"
            # With no blank line below to end it, a note runs on no further than its line: a
            # web copy's lines are its paragraphs ("Artikkel 6*", "* Anvendelsen ... er
            # suspendert.", then the act goes on)
            in_footnote = note if no < last_blank else None
            continue
        if after_rule and (m := footnote_start(stripped)):
            in_footnote = Footnote(m.group(1), [line])
            out.footnotes.append(in_footnote)
            roles[no] = "footnote"
            continue
        # A footnote runs on until a blank line or a new page (PDF extraction
        # starts each page's first line with a space).
        if in_footnote is not None and not text.startswith((" ", "\t")):
            in_footnote.lines.append(line)
            roles[no] = "footnote"
            continue
        in_footnote, after_rule = None, False
        roles[no] = "content"
        content(line)
    out.paragraph_breaks = _after_salutations(out)
    return out


#: A term of a page's keyword line: one to three words of letters (their case is read below).
_TERM = re.compile(r"(?:[^\W\d_][\w'’-]*)(?: [^\W\d_][\w'’-]*){0,2}")


def _keyword_lines(lines: list[str]) -> frozenset[int]:
    """Return the numbers of a page's keyword lines: "Landmine, mine clearance, demining, EU, EEAS".

    A line of its own (blank lines around it) of four or more comma-separated terms of one to
    three words, no digits, no end punctuation, where terms in lower case stand beside names:
    a page's tags, no text of the document. A list of names alone ("Austria, Belgium, Germany")
    or a sentence's ("..., Statements, and Side Events": a term in two cases) is not one.
    """
    found = set()
    for k, text in enumerate(lines):
        stripped = text.strip()
        if stripped.count(",") < 3 or len(stripped) > 200 or not stripped[0].isupper():
            continue
        if (k and lines[k - 1].strip()) or (k + 1 < len(lines) and lines[k + 1].strip()):
            continue
        terms = stripped.split(", ")
        if len(terms) < 4 or not all(len(t) <= 30 and _TERM.fullmatch(t) for t in terms):
            continue
        cases = {frozenset(w[0].isupper() for w in t.split()) for t in terms[1:]}
        if cases == {frozenset({True}), frozenset({False})}:
            found.add(k + 1)
    return frozenset(found)


def _after_salutations(out: Cleaned) -> frozenset[int]:
    """Return the content lines that follow a salutation (see ``Cleaned.paragraph_breaks``)."""
    salutes = sorted(ln.no for ln, kind in out.furniture if kind == "salutation")
    if not salutes:
        return frozenset()
    found, prev = set(), 0
    for line in out.content:
        k = bisect.bisect_right(salutes, prev)
        if k < len(salutes) and salutes[k] < line.no:
            found.add(line.no)
        prev = line.no
    return frozenset(found)


def _chapter_numbers(lines: list[str]) -> frozenset[int]:
    """Return the lines that hold a chapter's number alone (see :func:`_chapter_number`)."""
    return frozenset(
        k + 1
        for k, text in enumerate(lines)
        if text.strip().isdecimal() and _chapter_number(text, lines[k + 1 : k + 6])
    )


def _chapter_number(text: str, after: list[str]) -> bool:
    """Tell a chapter's number alone on its line, which looks like a page number.

    "1", then its title "Rubrik", then "1.1 Utvecklingen ...": the number of the
    chapter whose first section follows, not a page's. ``after``: the lines after it.
    """
    number = text.strip()
    if not (number.isdecimal() and len(number) <= 2):
        return False
    title, first = ([t.strip() for t in after if t.strip()] + ["", ""])[:2]
    return (
        0 < len(title) <= 90
        and not title[:1].isdecimal()
        and title[-1:] not in ".;:,"
        and not title[-1:].isdecimal()  # "Krigsmateriel ...... 6": a table of contents' entry
        and re.match(rf"{number}\.1\.?\s", first) is not None
    )


def _stamp(lines: list[str]) -> int:
    """Return the last line of a parliament's stamp above its first page's image, or 0.

    "Det Udenrigspolitiske Nævn 2023-24", "UPN Alm.del Bilag 219", "Offentligt",
    then "2843007_0001.png": the Folketing's PDFs of the documents it receives.
    """
    seen = 0
    for no, text in enumerate(lines, start=1):
        stripped = text.strip()
        if not stripped:
            continue
        if _page_image(stripped):
            return no - 1 if seen else 0
        seen += 1
        if seen > _STAMP_LINES or len(stripped) > 60 or _sentence_end(stripped):
            return 0  # a sentence: the text has begun
    return 0


def _sentence_end(text: str) -> bool:
    """Tell a line that ends a sentence, not a stamp's abbreviation.

    "Rådsmøde 3305 - udenrigsanl.", "Rådsmøde 2984+2985 - Almindelige anl.": a full stop after
    a short line's last word, or after a short word in lower case, is an abbreviation's.
    """
    if text[-1] in ";:!?":
        return True
    if text[-1] != ".":
        return False
    words = text.split()
    last = words[-1][:-1]
    return len(words) > 4 and not (len(last) <= 4 and last.islower())


def _journal_cover(lines: list[str]) -> int:
    """Return the last line of an Official Journal issue's cover, or 0.

    The cover opens with the issue's ISSN ("ISSN 1977-0685") and holds its
    contents; the first page's header ("L 202/1") follows it.
    """
    opening = [t.strip() for t in lines[:8] if t.strip()][:3]
    if not any(t.startswith("ISSN") and _ISSN.match(t) for t in opening):
        return 0
    for no, text in enumerate(lines[:400], start=1):
        cell = text.strip().rstrip("|").rstrip()
        if cell[:1] in "LC" and _OJ_PAGE.fullmatch(cell):  # the first page's "L 202/1"
            return no - 1  # its header starts above: the cover ends there
    return 0


_FRONT_MATTER_KEY = re.compile(r"[A-Za-z_][\w-]*\s*:(?:\s.*)?|\s+\S.*|-\s.*")


def _front_matter(lines: list[str]) -> int:
    """Return the last line of a Markdown copy's front matter, or 0.

    A law published as Markdown (``bundestag/gesetze``) opens with its YAML front matter
    between two "---" lines ("Title: Außenwirtschaftsgesetz", "jurabk: AWG 2013", "layout:
    default"): the copy's data, no paragraph of the text (a new user's law had it as its
    first item, and its title from the definition list below).
    """
    if not lines or lines[0].strip() != "---":
        return 0
    for no, text in enumerate(lines[1:60], start=2):
        stripped = text.rstrip()
        if stripped in ("---", "..."):
            return no if no > 2 else 0
        if stripped and not _FRONT_MATTER_KEY.fullmatch(stripped):
            return 0
    return 0


def _lone_paren_note(lines: list[str]) -> int:
    """Return the line of a lone note "(1) ..." whose mark "(1)" a line above carries, or 0.

    Only when it is the one line of the text that opens with a bracketed number: a
    recital "(1)" has its "(2)", and a citation's mark above it ("Parliament (1),") must
    not make it a note.
    """
    opening = [no for no, t in enumerate(lines, start=1) if _PAREN_OPENS.match(t.strip())]
    if len(opening) != 1 or not (note := _PAREN_NOTE.match(lines[opening[0] - 1].strip())):
        return 0
    no, number = opening[0], note.group(1)
    above = (
        m.group(1)
        for t in lines[: no - 1]
        if "(" in t
        for m in _PAREN_MARK.finditer(t)
        # "§ 1-4 (1) skal lyde:": the section's subsection (1), which the next line quotes
        if not _SECTION_BEFORE.search(t, 0, m.start())
    )
    return no if number in above else 0


def _marked_note(stripped: str, no: int, notes: tuple[dict, dict, int, dict]) -> str:
    """Return the number of a note whose mark a line above carries ("[1]", "**", "(1)"), or ""."""
    bracketed, starred, lone, anchored = notes
    if stripped[:2] == "[^" and (m := _MD_NOTE.match(stripped)):
        return m.group(1)
    if anchored and (m := _ANCHOR_NOTE.match(stripped)) and anchored.get(m.group(1), no) < no:
        return m.group(1)
    if (m := _BRACKET_NOTE.match(stripped)) and bracketed.get(m.group(1), no) < no:
        return m.group(1)
    if (m := _STAR_NOTE.match(stripped)) and starred.get(m.group(1), no) < no:
        return m.group(1)
    return stripped[1 : stripped.index(")")] if no == lone else ""


def _star_marks(lines: list[str]) -> dict[str, int]:
    """Return each asterisk mark ("*", "**") after a word -> the first line that has it."""
    marks: dict[str, int] = {}
    for no, text in enumerate(lines, start=1):
        if "*" in text and not text.lstrip().startswith("*"):
            for m in _STAR_MARK.finditer(text):
                marks.setdefault(m.group(1), no)
    return marks


def _anchor_marks(lines: list[str]) -> dict[str, int]:
    """Return each note's link "[N](#fN)" in a Markdown copy's text -> the first line with it.

    A line may end between the two halves ("... to Tange[2]" / "(#f2)").
    """
    marks: dict[str, int] = {}
    text = "\n".join(lines)
    if "(#" not in text:
        return marks
    for m in _ANCHOR_MARK.finditer(text):
        marks.setdefault(m.group(1), text.count("\n", 0, m.start()) + 1)
    return marks


def _bracket_marks(lines: list[str]) -> dict[str, int]:
    """Return each footnote mark "[N]" inside a line's text -> the first line that has it."""
    marks: dict[str, int] = {}
    for no, text in enumerate(lines, start=1):
        if "[" in text:
            for m in _BRACKET_MARK.finditer(text.strip()):
                marks.setdefault(m.group(1), no)
    return marks


def furniture_kind(stripped: str) -> str | None:
    """Return the furniture kind of a stripped line, or None for real text."""
    for kind, pattern in FURNITURE_PATTERNS.items():
        if pattern.fullmatch(stripped):
            return kind
    return None


# The patterns of FURNITURE_PATTERNS, keyed by the last character a match can
# have: a page footer ends with its page number (a decimal digit, as ``\d``
# means: ``str.isdecimal``), an annex marker with a language code in ASCII
# capitals. Looking at that character first spares nearly every line of text
# both regexes. Keep this in step with FURNITURE_PATTERNS.
_PAGE_FOOTER = FURNITURE_PATTERNS["page_footer"].fullmatch
_ANNEX_MARKER = FURNITURE_PATTERNS["annex_marker"].fullmatch


def _furniture_kind(stripped: str) -> str | None:
    """:func:`furniture_kind` of a non-empty stripped line, the fast way."""
    last = stripped[-1]
    if "A" <= last <= "Z":
        return "annex_marker" if _ANNEX_MARKER(stripped) else None
    if last.isdecimal():
        return "page_footer" if _PAGE_FOOTER(stripped) else None
    return None


def _running_headers(lines: list[str]) -> frozenset[str]:
    """Return short lines repeated on several pages: running headers and footers.

    A line counts when it is 4-80 characters long, holds a letter or is a
    document's number or a date ("7196/14", "8.XII.2009"; no other line
    that starts with a digit: it may start an item), and stands within two
    lines of a page break (a page footer, a page number, a language tag, a
    page's image or a form feed) at least three times, or twice on two pages
    whose break a page's image or a form feed marks. Each time, except a
    document's number, which heads the first page too. A heading repeated
    because a text was pasted twice is not one.
    """
    seen: dict[str, list[int]] = {}
    for k, text in enumerate(lines):
        stripped = text.strip()
        if 4 <= len(stripped) <= 80:
            seen.setdefault(stripped, []).append(k)
    out = set()
    for t, where in seen.items():
        if len(where) < 2 or t[:1] in "(§•-–*":
            continue
        if t[:1].isdecimal():
            # "3. Ukraine" starts an item; "7196/14" is the document's number, "8.XII.2009" a date
            if not (_DOC_NUMBER.fullmatch(t) or _RUNNING_DATE.fullmatch(t)):
                continue
        elif not _has_letter(t):
            continue
        # the document's number heads its first page too, far from a page break
        footers = [k for k in where if _near_page_break(lines, k)]
        if len(footers) < len(where) and not (t[:1].isdecimal() and _DOC_NUMBER.fullmatch(t)):
            continue
        # twice is enough where each time a page's image or a form feed marks the page break,
        # on two pages (not a running title over the same page's heading)
        if len(footers) >= _RUNNING_MIN or (
            len(footers) >= 2
            and footers[-1] - footers[0] > 10
            and all(_by_page_mark(lines, k) for k in footers)
        ):
            out.add(t)
    return frozenset(out)


def _consolidation_notice(lines: list[str]) -> frozenset[int]:
    """Return the numbers of a consolidated text's cover lines on EUR-Lex, in any language.

    "This text is meant purely as a documentation tool and has no legal effect. ...": the
    lines between the version's line ("02008E0944 — EN — 17.09.2019 — 001.001") and the
    basic act's mark ("►B") at most six lines below it. When the act's text opens below
    with a "▼B" (or "▼M1") mark, the lines down to it are the cover too: the basic act's
    title as listed, and the table of its amending acts and corrigenda ("Amended by:",
    "No", "page", "date", "►M1", "L 153", "Corrected by:"), whose cells are no units; the
    table's marks ("►M1", "►C1") tell it.
    """
    head = [t.strip() for t in lines[:_CONSOLIDATION_HEAD]]
    for k, text in enumerate(head):
        if text[:1].isdecimal() and _CONSOLIDATED_VERSION.fullmatch(text):
            above = _not_included(head, k)
            for j in range(k + 1, min(k + 8, len(head))):
                if head[j] in ("►B", "▼B"):
                    end = j + 1
                    if head[j] == "►B":
                        opens = next((i for i in range(j + 1, len(head)) if head[i][:1] == "▼"), 0)
                        if not opens and len(lines) <= len(head) and _cells_only(head[j + 1 :]):
                            opens = len(head)  # a copy that stops inside the table
                        if any(_TABLE_MARK.fullmatch(t) for t in head[j + 1 : opens]):
                            end = opens
                    return above | frozenset(range(k + 2, end + 1))
            return above | _cover_table(head, k)
    return frozenset()


# A row of the table of amendments a consolidated version may not include yet, in any language:
# the amending act's CELEX number, the kind of change, the passage and the date it takes effect
# ("32024D1204 Geändert durch Artikel 2a 24/04/2024", "32024D1204 Amended by Annex I 24/04/2024").
_NOT_INCLUDED_ROW = re.compile(r"\d{5}[A-Z]{1,2}\d{3,4}\s.{4,80}\s\d{2}/\d{2}/\d{4}")


def _not_included(head: list[str], version: int) -> frozenset[int]:
    """Return the lines of the table of amendments not yet included, above the version's line.

    "This consolidated version may not include the following amendments:", the table's column
    names and its rows, between EUR-Lex's banner (the ELI line) and the version's line.
    """
    rows = [i for i in range(max(0, version - 40), version) if _NOT_INCLUDED_ROW.fullmatch(head[i])]
    if not rows:
        return frozenset()
    top = rows[0]
    while top > 0 and rows[0] - top < 4 and not _EURLEX.fullmatch(head[top - 1]):
        top -= 1  # the notice and the column names over the rows
    return frozenset(range(top + 1, version + 1))


def _cells_only(rest: list[str]) -> bool:
    """Whether a consolidated copy's lines below "►B" are all the amending acts' table cells.

    Marks, journal references, pages, dates and the amending acts' titles: short lines, no
    article's text (a copy of the page's opening that stops before the act's text).
    """
    return all(
        len(t) <= 100 and (not t.endswith((".", ";")) or t[:1] == "(" or " " not in t)
        for t in rest
        if t
    )


def _cover_table(head: list[str], version: int) -> frozenset[int]:
    """Return a consolidated text's cover when its table is one of cells ending in "|".

    A copy without the marks: the version's line, the notice, the basic act's title, "Modifiée
    par:", the amending acts' cells ("Journal officiel |", "n° |", "L 143 |", "||"), "Rectifiée
    par:", then the act's title again over its text. Empty when no such table follows within
    a few lines of the version's.
    """
    first = next(
        (i for i in range(version + 1, min(version + 8, len(head))) if head[i].endswith("|")), None
    )
    if first is None:
        return frozenset()
    end = first
    for i in range(first, len(head)):
        if head[i].endswith("|") or not head[i]:
            end = i
        elif head[i].endswith(":") and len(head[i]) <= 40:
            end = i  # "Rectifiée par:", a corrigenda's list left empty
        else:
            break
    return frozenset(range(version + 2, end + 2))


# A Council press page's header (its layout of 2015-2018): bullets of the page's date, time,
# kind, number and topics ("• 06/04/2017", "• 22:37", "• Press release", "• 193/17").
_BULLET_DATE = re.compile(r"[•·]\s*\d{2}/\d{2}/\d{4}")
_BULLET_TIME = re.compile(r"[•·]\s*\d{1,2}:\d{2}")
_PRESS_HEAD = 40  # lines of a page's top where its header and press contacts stand
_CONTACT_LINE = 80  # characters of a contact block's line: a heading, a name, a title


def _press_page(lines: list[str]) -> frozenset[int]:
    """Return the numbers of a press page's header and contact lines, in any language.

    The header is a run of bullets that opens with a date and a time. The contacts are the
    lines of telephone numbers, the short lines between them (each officer's name and title)
    and up to three short lines above the first ("Press contacts", "Virginie Battu", "Press
    officer"). A new user's declaration had 10 of its 14 items made of them.
    """
    head = [t.strip() for t in lines[:_PRESS_HEAD]]
    found: set[int] = set()
    for k in range(len(head) - 1):
        if _BULLET_DATE.fullmatch(head[k]) and _BULLET_TIME.fullmatch(head[k + 1]):
            end = k
            while end < len(head) and head[end][:1] in "•·":
                end += 1
            found.update(range(k + 1, end + 1))
            break
    phones = [k for k, t in enumerate(head) if t[:1] == "+" and _PHONE.fullmatch(t)]
    if phones:
        first, last = phones[0], phones[-1]
        between = [k for k in range(first, last + 1) if len(head[k]) <= _CONTACT_LINE]
        if len(between) == last - first + 1:  # nothing long between them
            found.update(k + 1 for k in between if head[k])
            above = [k for k in range(first - 1, -1, -1) if head[k]][:3]
            for k in above:
                if len(head[k]) > _CONTACT_LINE or head[k][:1] in "•·" or head[k][-1] in ".:;":
                    break
                found.add(k + 1)
    return frozenset(found)


_BACK_PAGE = 40  # lines at a document's end where a gazette's back page may open
_LIST_MARK = re.compile(r"\d{1,2}\.\s+")


def _back_page(lines: list[str]) -> int:
    """Return the first line of a gazette's back page, or one past the document's end.

    The back page opens with one of the gazette's notices about itself (``back_page`` in the
    language files, its opening words, numbered or not: "1. ΦΥΛΛΟ ΤΗΣ ΕΦΗΜΕΡΙΔΑΣ ΤΗΣ
    ΚΥΒΕΡΝΗΣΕΩΣ (ΦΕΚ) ...", the Greek Government Gazette) in the document's last lines; all
    below it is the back page too: the printer's other notices and its address and hours.
    Two decrees' last articles ran on through them.
    """
    openings = structure_words("back_page")
    start = max(len(lines) - _BACK_PAGE, 0)
    for no, text in enumerate(lines[start:], start=start + 1):
        stripped = text.strip()
        if stripped[:1].isdecimal() and (m := _LIST_MARK.match(stripped)):
            stripped = stripped[m.end() :]
        if stripped.startswith(openings):
            return no
    return len(lines) + 1


def _banners(lines: list[str]) -> frozenset[str]:
    """Return a site's banner at a page's top: "Delegation of the European Union to Japan".

    Its first words are the language files' ``site_banners``; among the first eight lines
    of text, with no sentence's end; on two lines, the second in lower case ("Delegation of
    the European Union" / "to the United Nations - New York") or after a short word in lower
    case ("Delegation of the European Union to the" / "UN and other international ...").
    """
    out: set[str] = set()
    texts = [t.strip() for t in lines[:40] if t.strip()][:8]
    for k, text in enumerate(texts):
        if len(text) <= 100 and _banner().fullmatch(text):
            out.add(text)
            after = texts[k + 1] if k + 1 < len(texts) else ""
            last = text.rsplit(maxsplit=1)[-1]
            # "to the United Nations - New York"; after "... to the": "UN and other ..."
            goes_on = after[:1].islower() or (len(last) <= 3 and last.islower())
            if goes_on and len(after) <= 60 and after[-1] not in ".;:!?":
                out.add(after)
    return frozenset(out)


@functools.cache
def _banner() -> re.Pattern[str]:
    words = words_pattern("site_banners") or "(?!)"
    return re.compile(rf"(?:{words})\b[^.;:!?]{{0,80}}")


def _journal_header(lines: list[str]) -> frozenset[str]:
    """Return the Official Journal's page header: its name, date and page reference.

    The name in any EU language ("Amtsblatt der Europäischen Union"), and
    within five lines of it a bare date and an "L 193/196" reference.
    """
    names = _journal_names()
    out: set[str] = set()
    for k, text in enumerate(lines):
        stripped = text.strip()
        # A web copy's table ends each cell with " |": "Europos Sąjungos oficialusis leidinys |"
        cell = stripped.rstrip("|").rstrip() if stripped.endswith("|") else stripped
        name = [stripped]
        if _one_line_header(cell, names):
            out.add(stripped)  # "27.12.2021 EN Official Journal of the European Union L 461/78"
            continue
        if not 20 <= len(cell) <= 60 or _apostrophes(cell.lower()) not in names:
            # the journals of the 'L series' (from October 2023) print the name over two
            # lines: "Official Journal" / "of the European Union"
            after = lines[k + 1].strip() if k + 1 < len(lines) else ""
            if not (cell and after and _apostrophes(f"{cell} {after}".lower()) in names):
                continue
            name.append(after)
        out.update(name)
        reach = 6 if len(name) == 1 else 12  # the 'L series' header spreads over blank lines
        for j in range(max(0, k - 5), min(len(lines), k + reach)):
            near = lines[j].strip()
            bare = near.rstrip("|").rstrip()
            if (
                _OJ_NEIGHBOUR.fullmatch(bare)
                or (bare != near and bare in _LANGUAGE_TAGS)
                or (len(name) == 2 and (bare in _LANGUAGE_TAGS or _OJ_SERIES.fullmatch(bare)))
            ):
                out.add(near)
    return frozenset(out)


# A PDF's page header on one line: date, language, name, page, or page, language, name,
# date ("27.12.2021 EN Official Journal of the European Union L 461/78", "L 461/79 EN ...").
_OJ_ONE_LINE = re.compile(
    rf"(?:\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|{_OJ_PAGE.pattern})\s+([A-Z]{{2}})\s+(.{{20,60}}?)\s+"
    rf"(?:\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|{_OJ_PAGE.pattern})"
)


def _one_line_header(text: str, names: frozenset[str]) -> bool:
    """Tell the Official Journal's page header as a PDF's text gives it, on one line."""
    m = _OJ_ONE_LINE.fullmatch(text) if len(text) <= 100 else None
    return bool(m and m.group(1) in _LANGUAGE_TAGS and _apostrophes(m.group(2).lower()) in names)


def _apostrophes(text: str) -> str:
    """Write a typographic apostrophe as the plain one ("l’Union" as "l'Union")."""
    return text.replace("\u2019", "'")


@functools.cache
def _journal_names() -> frozenset[str]:
    return frozenset(_apostrophes(name.lower()) for name in structure_words("journal"))


def _near_page_break(lines: list[str], k: int) -> bool:
    for j in range(max(0, k - 2), min(len(lines), k + 3)):
        if j == k:
            continue
        text = lines[j]
        stripped = text.strip()
        if "\f" in text or not stripped:
            continue
        if _furniture_kind(stripped) or _page_number().fullmatch(stripped) and len(stripped) <= 24:
            return True
        if stripped in _LANGUAGE_TAGS or _page_image(stripped):
            return True
    return any("\f" in lines[j] for j in range(max(0, k - 2), min(len(lines), k + 3)))


def _by_page_mark(lines: list[str], k: int) -> bool:
    """Tell a line within five lines of a form feed or a page's image name ("1454081_0002.png").

    A page's footer (document number, initials, page number, classification) and the next
    page's header stand around it.
    """
    near = lines[max(0, k - 5) : k + 6]
    return any("\f" in t or _page_image(t.strip()) for t in near)


def _page_image(stripped: str) -> bool:
    """Tell a page's image name in a parliament's PDF ("2843007_0001.png")."""
    return stripped[:1].isdecimal() and _PAGE_IMAGE.fullmatch(stripped) is not None


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _web_furniture(
    stripped: str, running: frozenset[str], journal: frozenset[str], banners: frozenset[str]
) -> str | None:
    """Return the furniture kind of web, press and PDF page lines, or None.

    Web addresses, contact lines, language tags ("EN"), page numbers,
    running headers, the Official Journal's page header and EUR-Lex's page
    around an act (:func:`_site_furniture`), a speech's lines of address ("Mr. President,":
    ``salutation``), photo credits, image names and rules (:func:`_page_leftover`).
    """
    if stripped in running:
        return "running_header"
    if stripped in banners:
        return "banner"
    if stripped in journal:
        return "journal_header"
    if stripped in _LANGUAGE_TAGS:
        return "language_tag"
    first = stripped[0]
    if first in "hwH" and stripped.startswith(("http://", "https://", "www.", "HTTP")):
        return "url" if _URL.fullmatch(stripped) else None
    if ("@" in stripped.split(None, 1)[0] or first == "[") and _URL.fullmatch(stripped):
        return "url"
    if first in "PpSsLlCc-–" or first.isdecimal():
        if len(stripped) <= 24 and _page_number().fullmatch(stripped):
            return "page_number"
        if first in "PC" and _PRESS.fullmatch(stripped):
            return "press"
    if first == "(" and _ORIGINAL.fullmatch(stripped):
        return "council_header"
    if len(stripped) <= 200 and _contact(stripped):
        return "contact"
    return _speech_furniture(stripped) or _site_furniture(stripped) or _page_leftover(stripped)


def _speech_furniture(stripped: str) -> str | None:
    """Return ``salutation`` or ``delivery_note`` for a speech's lines around its text, or None."""
    if len(stripped) <= 120 and _salutation().fullmatch(stripped):
        return "salutation"  # "Mr. President,", "Thank you, Madam Chair.": no item of the speech
    if len(stripped) <= 60 and _delivery_note().fullmatch(stripped):
        return "delivery_note"  # "– Check against delivery –", "Es gilt das gesprochene Wort"
    return None


def _site_furniture(stripped: str) -> str | None:
    """Return the kind of a site's furniture line, or None.

    ``site``: EUR-Lex's and legislation.gov.uk's page around a text; ``page_notice``: a site's
    notice about a page, its kind or archive dates ("Pressmeddelande från Utrikesdepartementet",
    "Innehållet publicerades under perioden ...", ``web_notices`` in the language files);
    ``attachment``: a download link; ``cookie_notice``: a site's cookie banner;
    ``photo_caption``: a photo's caption ending in its credit ("... Foto: UNMAS");
    ``markup``: an XML namespace line or image a page's export left, a table's empty cells;
    ``navigation``: a page's index of its parts ("1-10 | 11-20 |"), its links ("Skip to
    main content", from ``web_navigation`` in the language files) or a legal register's tree
    of an act's parts ("2.1 Punktas (2.1 p.)"); ``un_header``: a UN
    document's distribution and original-language lines ("Distr. GENERAL", "ORIGINAL: ENGLISH")
    and its pages' job number ("GE.08-43359 (S) 080808 110808").
    """
    first = stripped[0]
    # (a cheap look for a piece of each of _COOKIES' words before the regex, on every line)
    maybe_cookies = "ookie" in stripped or "kdatn" in stripped or "kaps" in stripped
    if maybe_cookies and len(stripped) <= 300 and _COOKIES.search(stripped):
        return "cookie_notice"  # "We use cookies to ...", "Ce site utilise des cookies."
    if (
        (first == "x" and stripped.startswith("xmlns:"))
        or (first == "!" and stripped[:3] == "![]")
        or (first == "|" and not stripped.strip("| "))
    ):
        # 'xmlns:atom="..."', '![]() Home |': left by a page's export; "|", "||": a web
        # table's empty cells, no text of the document
        return "markup"
    if first.isdecimal() and stripped.count("|") >= 3 and _PAGE_INDEX.fullmatch(stripped):
        return "navigation"  # "1-10 | 11-20 | 21-30 |": a page's index of its parts
    if _eurlex_line(stripped, first):
        return "site"
    if _page_image(stripped):
        return "page_image"  # "2843007_0001.png": a page's image name in a parliament's PDF
    if first in "TCRVP-" and _UK_LEGISLATION.fullmatch(stripped):
        return "site"
    if ("B - " in stripped or "B)" in stripped) and _ATTACHMENT.fullmatch(stripped):
        return "attachment"
    if _un_page_line(stripped):
        return "un_header"
    if _page_links(stripped):
        return "navigation"
    if first in _BANNER_MARKS and _BANNER.fullmatch(stripped):
        return "site"  # "+++ Archiv +++ Archiv +++ ...": a banner over an archived page
    return _about_the_page(stripped)


#: One word between runs of signs, three times or more: "+++ Archiv +++ Archiv +++ Archiv ++".
_BANNER = re.compile(r"([^\w\s]{2,})\s*(\w+)(?:\s*[^\w\s]+\s*\2){2,}\s*[^\w\s]*")
_BANNER_MARKS = frozenset("+*=#~-–—•")


def _about_the_page(stripped: str) -> str | None:
    """Return ``photo_caption`` or ``page_notice`` for a line about the page, or None."""
    if ":" in stripped[-70:] or ";" in stripped[-70:]:
        if len(stripped) <= 400 and _photo_credit().search(stripped):
            return "photo_caption"  # "Utrikesrådet 6 mars  Foto: EU-representationen"
    if len(stripped) <= 1200 and _notices().fullmatch(stripped):
        return "page_notice"  # "Pressmeddelande från Utrikesdepartementet": the page's kind
    return None


def _eurlex_line(stripped: str, first: str) -> bool:
    """Tell whether a line is EUR-Lex's page around an act (banner, CELEX number, OJ reference)."""
    if (first in _EURLEX_FIRST or first.isdecimal()) and len(stripped) <= 200:
        if _EURLEX.fullmatch(stripped):
            return True
    if first == "(":
        return _EURLEX_NOTE.fullmatch(stripped) is not None
    if first in "►▼◄" and _CONSOLIDATION_MARK.fullmatch(stripped):
        return True  # "►B", "▼M1": where a consolidated text's wording comes from
    if stripped[-1] == ")" and len(stripped) <= 160 and _EURLEX_EDITION.fullmatch(stripped):
        return True
    # EUR-Lex's "/* COM/2013/0345 final - 2013/0190 (NLE) */"
    return first == "/" and stripped.startswith("/*") and stripped.endswith("*/")


def _page_links(stripped: str) -> bool:
    """Whether a line is a page's links or labels ("Skip to main content").

    A Parliament page's procedure line counts: "Procédure : 2022/2564(RSP)", and a legal
    register's link to a part of an act: "2.1 Punktas (2.1 p.)".
    """
    if _procedure_line(stripped):
        return True
    if stripped[0].isdecimal() and stripped[-1] == ")" and _TREE_ENTRY.fullmatch(stripped):
        return True
    return len(stripped) <= 120 and _navigation().fullmatch(stripped) is not None


@functools.cache
def _photo_credit() -> re.Pattern[str]:
    """Return the pattern of a photo's credit ending its caption ("Foto: UN Photo").

    The credit's word is ``photo_credits`` in the language files; the credit is
    a name or two, no sentence.
    """
    credits = "|".join(re.escape(w) for w in structure_words("photo_credits"))
    # a dot inside a word is the credit's ("Grant Hutchinson/Flickr.com, cc by-nc-nd 2.0")
    # a full stop may end a name ("Foto: Forsvaret."), not a sentence ("Foto: en bild av ...")
    return re.compile(
        rf"(?:^|\s)(?:{credits})\s?[:;]\s?(?:(?:[^.!?:;]|\.(?=\S)){{1,60}}"
        r"|(?-i:[A-ZÆØÅÄÖÜÉ])[^\s.!?:;]*(?:\s[^\s.!?:;]+){0,2}\.)$"
    )


@functools.cache
def _notices() -> re.Pattern[str]:
    """Return the pattern of a site's notices about a page (``web_notices``, data files).

    Each is a whole line; "…" in a notice stands for a few words ("Pressmeddelande
    från …": the office that published it), and at the end of a notice whose words before
    it are a sentence's worth (40 characters or more) for the rest of the line, however long
    ("When the UK left the EU, legislation.gov.uk published …").
    """
    return re.compile("|".join(_notice(w) for w in structure_words("web_notices")))


def _notice(words: str) -> str:
    if words.endswith("…") and len(words) > _NOTICE_PREFIX:
        return _notice(words[:-1]) + r".{1,1000}"
    return re.escape(words).replace("…", r".{1,80}?")


_NOTICE_PREFIX = 40  # the characters before a notice's last "…" that let it run to the line's end


def _procedure_line(stripped: str) -> bool:
    return len(stripped) <= 60 and ")" in stripped and _EP_PROCEDURE.fullmatch(stripped) is not None


def _procedure_box(lines: list[str]) -> frozenset[str]:
    """Return the labels of a Parliament page's procedure box, in any language.

    The box is told by its procedure line ("Procédure : 2022/2564(RSP)") or its references
    to the minutes ("PV 01/03/2022 - 11"), in the first 80 lines; its labels are the short
    lines ending in " :" from ten lines above the first of those to ten below the last
    ("Textes déposés :", "Předložené texty :", "Votes :"). They were items, in the languages
    a word list had and not in the others, so two versions of one resolution were keyed
    apart.
    """
    head = [t.strip() for t in lines[:80]]
    anchors = [k for k, t in enumerate(head) if _procedure_line(t) or _MINUTES.fullmatch(t)]
    if not anchors:
        return frozenset()
    return frozenset(
        t
        for t in head[max(anchors[0] - 10, 0) : anchors[-1] + 11]
        if len(t) <= 60 and t.endswith(" :") and len(t.split()) <= 7
    )


def _page_leftover(stripped: str) -> str | None:
    """Return ``credit``, ``image`` or ``rule`` for what a page leaves around its text, or None.

    A photo's caption ending in its credit or a copyright line ("... en Ukraine. © Sean
    Sutton/MAG", "©2014, Lietuvos Respublikos Seimo kanceliarija"; not the "©" of text decoded
    wrongly, "√©trang√®res", "dÃ©veloppement"); an image's file name ("linas linkevicius.JPG");
    a line of rules, bullets or bars only ("___", "* *", "•", "---|---|---", "-").
    """
    if "©" in stripped and len(stripped) <= 300:
        before, credit = stripped.rsplit("©", 1)
        if len(credit) <= 80 and ". " not in credit and not before.endswith(("√", "Ã", "Â")):
            return "credit"
    if stripped[-1] in "gGfFpP" and _IMAGE_NAME.fullmatch(stripped):
        return "image"
    if stripped[0] in _RULE_CHARS and _RULE.fullmatch(stripped):
        return "rule"
    return None


def _un_page_line(stripped: str) -> bool:
    """Tell a UN document's header or footer line.

    "Distr. GENERAL", "ORIGINAL: ENGLISH"; the job number "GE.08-43359 (S) 080808 110808".
    """
    first = stripped[0]
    if first in "DOEFSRACIÁ" and len(stripped) <= 30 and _UN_HEADER.fullmatch(stripped):
        return True
    return (
        (first in "G*" or first.isdecimal())
        and len(stripped) <= 40
        and bool(_UN_JOB.fullmatch(stripped))
    )


@functools.cache
def _salutation() -> re.Pattern[str]:
    """Return the pattern of a line that only addresses or thanks ("Mr. President,").

    One or more of the language files' ``salutations`` parted by commas, then a comma,
    colon, full stop or exclamation mark: "Mr. President, Excellencies, Ladies and
    gentlemen,", "Thank you, Madam Chair.", "Monsieur le Président,", "Madam/Mister
    President,".
    """
    phrases = "|".join(re.escape(w) for w in structure_words("salutations"))
    # "Madam/Mister President,": one of two forms of address, the other before a slash
    phrase = rf"(?:[^\W\d_]+\.?\s?/\s?)?(?:{phrases})"
    # ("President, Honourable Members,": the office's entry holds its own comma)
    return re.compile(rf"{phrase}(?:(?:(?<=,)|\s*,)\s*{phrase})*\s*[,:.!]?", re.IGNORECASE)


@functools.cache
def _delivery_note() -> re.Pattern[str]:
    """Return the pattern of a speech's note on its delivery, dashes or brackets around it."""
    phrases = "|".join(re.escape(w) for w in structure_words("delivery_notes"))
    return re.compile(rf"[-–—(\[*\s]*(?:{phrases})[-–—)\]*!.:\s]*", re.IGNORECASE)


#: A Parliament page's reference to its minutes or verbatim report: "PV 19/11/2008 - 13".
_MINUTES = re.compile(r"(?:PV|CRE)\s+\d{1,2}/\d{1,2}/\d{4}(?:\s*[-–]\s*[\d.]+)?")
#: A Parliament page's label of its procedure, any language: "Procedure : 2008/2665(RSP)",
#: "Procedura : 2022/2564(RSP)" (the rest of its box, "Debates :", "Votes :", is found
#: around it by :func:`_procedure_box`).
_EP_PROCEDURE = re.compile(r"[^\W\d_][^\W\d_ ]{2,20}\s?:\s*\d{4}/\d{4}\([A-Z]{3}\)")


def _language_menu(lines: list[str]) -> set[int]:
    """Return the line numbers of a page's language menu, or none.

    A run of short lines (a bullet and a word or two each), blank lines between them
    allowed, of which three or more name a language in itself ("English", "Français",
    "Русский", from the language files' ``own_names``): the IAEA's "• English / • العربية /
    • 中文 / • Français / • Русский / • Español" (new user 64). The run's lines that name a
    language without a file (Arabic, Chinese) go with it.
    """
    names = own_names()
    found: set[int] = set()
    run: list[int] = []
    named = 0
    for no, text in enumerate([*lines, "a line that ends every run"], start=1):
        word = text.strip().lstrip("•·*-–| ").rstrip("|/ ").strip()
        if not text.strip():
            continue
        if word and len(word) <= 25 and len(word.split()) <= 2:
            run.append(no)
            named += word.casefold() in names
            continue
        if named >= 3 and 2 * named >= len(run):
            found.update(run)
        run, named = [], 0
    return found


@functools.cache
def _navigation() -> re.Pattern[str]:
    """Return the pattern of a web page's navigation lines, in every language (data files)."""
    phrases = "|".join(re.escape(w) for w in structure_words("web_navigation"))
    # "Other available languages: FR DE DA": the links may follow as language codes
    # "< Back to previous page": a back link's arrow before its words
    # "Spring til indhold Spring til søgning Spring til højrebar": a page's skip links on one line
    return re.compile(
        rf"(?:[<‹«←]\s*)?(?:{phrases})(?:\s+(?:{phrases}))*\s*[.:›»>]?(?:\s+(?-i:[A-Z]{{2}})\b)*",
        re.IGNORECASE,
    )


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines into running text, undoing end-of-line hyphenation.

    Each line is stripped of spaces and of a web table's bars at its ends
    (:func:`_uncell`). A line ending in a letter or digit and a hyphen continues on the next line
    without a space. The hyphen is dropped only for a plain lowercase word
    broken in two ("konven-" + "cija"), also when it is the last part of a
    compound ("non-prolifera-" + "tion", "EU-medlems-" + "staterne"), or a
    word with a capital initial ("Con-" + "vention"); it is kept where the
    part before it holds another capital or a digit, or the part
    after it starts with a capital ("Siem Reap-Angkor-" + "handlingsplanen",
    "artikel 5-" + "udvalget", "EU-" + "Ukraina"). A lone hyphen at the end
    ("og -" + "rydning") also joins without a space. Everything else is
    joined with one space.

    Runs in time linear in the text's length, however long the lines or the
    chains of broken words (see :class:`_Tail`).

    Parameters
    ----------
    lines : list of str

    Returns
    -------
    str
    """
    stripped = [line for line in map(_uncell, lines) if line]
    # Only a line ending with a hyphen can join without a space. Without one
    # before the last line (as in nearly every block) the lines are simply
    # joined with spaces, and only runs of spaces within a line (rare) need
    # the regex.
    if not any(map(_ENDS_WITH_HYPHEN, stripped[:-1])):
        text = " ".join(stripped)
        return _SPACES.sub(" ", text) if _has_spaces_run(text) else text
    return _join_hyphenated(stripped)


def _uncell(line: str) -> str:
    """Strip a line and the bars a web copy's table puts at its ends ("(1) |", "| text |").

    The bars are the table's markup, not the document's text; the bars between two cells
    ("Datum | Organisatie") stay.
    """
    line = line.strip()
    if "|" not in line:
        return line
    if line.startswith("|"):
        line = line[1:].lstrip()
    if line.endswith("|") and not line.endswith("||"):
        line = line[:-1].rstrip()
    return "" if set(line) <= {"|"} else line


def _join_hyphenated(stripped: list[str]) -> str:
    """:func:`join_lines` for stripped, non-empty lines, some ending with a hyphen."""
    parts: list[str] = []
    tail = _Tail()
    for line in stripped:
        if not parts:
            parts.append(line)
            tail.add(line, glued=True)  # onto the empty run: nothing before it
            continue
        if tail.suspended() and line[0].islower():
            parts.append(line)  # a suspended compound: "minesporing og -rydning"
            tail.add(line, glued=True)
        elif tail.broken():
            if tail.plain_word() and line[0].islower():
                parts[-1] = parts[-1][:-1]  # "konven-" + "cija": drop the hyphen
                tail.drop_hyphen()
            parts.append(line)
            tail.add(line, glued=True)
        else:
            parts.append(" ")
            parts.append(line)
            tail.add(line, glued=False)
    return _SPACES.sub(" ", "".join(parts))


_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_ENDS_WITH_HYPHEN = operator.methodcaller("endswith", "-")


def _has_spaces_run(text: str) -> bool:
    """Tell whether ``_SPACES`` can match: two of space, tab, no-break space in a row.

    Substring tests run far faster than the regex; the tab and no-break space,
    rare in running text, are first looked for on their own.
    """
    if "  " in text:
        return True
    if "\t" not in text and "\u00a0" not in text:
        return False
    return _SPACES.search(text) is not None


class _Tail:
    """The last run of non-space characters of the text joined so far.

    :func:`join_lines` decides each join from this run (the word a line ends
    with, which a hyphenated join can extend across lines). Only a line that
    ends with a hyphen can change a join, so only such lines are looked at;
    the run is kept as counts of its letters, never as a growing string, so a
    chain of thousands of broken words stays linear.
    """

    __slots__ = ("length", "last", "before", "pending", "open", "not_alpha", "upper", "lower")

    def __init__(self) -> None:
        self.before = ""  # the character before the run ("" at the start of the text)
        self._reset()

    def _reset(self) -> None:
        self.length, self.last = 0, ""  # the run's length and last two characters
        self.pending: list[str] = []  # pieces of the run not yet counted
        self.open = False  # whether the last counted piece's hyphen is still in the run
        # counts of the run's last part, after its last kept hyphen (upper: 0 or not 0)
        self.not_alpha = self.upper = self.lower = 0

    def add(self, line: str, *, glued: bool) -> None:
        """Account for ``line`` appended with no space (``glued``) or after one space."""
        if not line.endswith("-"):
            # Neither a broken word nor a suspended compound: the next line
            # follows after a space, whatever this run holds.
            self._reset()
            return
        run = line.rsplit(None, 1)[-1]
        if len(run) < len(line):
            self.before = line[-len(run) - 1]
            self._reset()
        elif not glued:
            self.before = " "
            self._reset()
        self.length += len(run)
        self.last = (self.last + run)[-2:]
        self.pending.append(run)

    def _count(self) -> None:
        for run in self.pending:
            *_, part = run[:-1].rsplit("-", 1)  # each piece ends with a hyphen
            if self.open or len(part) < len(run) - 1:  # a hyphen kept before this part
                self.not_alpha = self.upper = self.lower = 0
            elif not (self.not_alpha or self.upper or self.lower) and part[:1].isupper():
                part = part[1:]  # the run's first word opens with a capital ("Con-" + "vention")
            self.not_alpha += len(part) - sum(map(str.isalpha, part))
            self.upper += sum(map(str.isupper, part)) + sum(map(str.istitle, part))
            self.lower += sum(map(str.islower, part))
            self.open = True
        self.pending.clear()

    def drop_hyphen(self) -> None:
        """Forget the final hyphen of a broken word (its letter stays)."""
        self._count()
        self.length -= 1
        self.open = False  # the word goes on in the next line
        self.last = self.last[:-1]  # the next add() refills it

    def broken(self) -> bool:
        """Tell whether the run ends with a letter or digit and a hyphen ("konven-")."""
        return self.length >= 2 and self.last[1] == "-" and self.last[0].isalnum()

    def suspended(self) -> bool:
        """Tell whether the text ends with a space and a lone hyphen ("og -")."""
        return self.length == 1 and self.last == "-" and self.before == " "

    def plain_word(self) -> bool:
        """Tell whether the broken run's last part is a plain lowercase word.

        The last part is what follows the run's last kept hyphen, if any:
        "konven-", but also "prolifera-" in "non-prolifera-" and "medlems-" in
        "EU-medlems-". A run that is one word may open with a capital
        ("Con-", "Paki-"); a part after a kept hyphen may not ("Reap-Angkor-").
        """
        self._count()
        return self.not_alpha == 0 and self.upper == 0 and self.lower > 0
