"""Document metadata the text states: title, document number, date, body, meeting.

Read from the front of the document (its first 60 lines, furniture
included: a Council page footer carries the document number) and from the
headings the grammar found. Nothing is guessed: a field the text does not
state is absent from ``doc.meta``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from ..languages import month_table, words_pattern
from .blocks import Block
from .doctype import ACT_NO as _ACT_NO
from .doctype import ACT_SERIES as _ACT_SERIES
from .doctype import OLD_ACT_NO as _OLD_ACT_NO
from .doctype import UN_SYMBOL as _UN_SYMBOL
from .doctype import names
from .lines import MARKDOWN_HEADING, QUOTES, TITLE_WORD

__all__ = ["read_meta"]

_FRONT = 60  # lines of the front of a document searched
_LINE = 500  # characters of a front line read (the front of a document is its short lines)
_OPENING = 60  # characters of the first paragraph where its own date may start
#: Document types a body adopts, whose paragraphs may name it
_ADOPTED = ("conclusions", "un_document", "legal_act", "resolution")
_SHORT_LINE = 80  # characters of a line that may name the text's body whole
_LEAD_WORDS = 2  # words that may precede a paragraph's own date ("On", "Luxembourg, le")
_PLACE_WORDS = 6  # words of a place that may precede it, after a comma ("Vienna (Austria),")
_ENDING = 20  # characters of a paragraph's end where its own date may stand
_LONGEST_DATE = 40  # "20 päivänä toukokuuta 1999", "le vingt-cinq septembre 2000"
_CLOSING = ' .,;:)]"”»'  # what may follow a date that ends a paragraph
_ACT_NO_WITHIN = 40  # characters of a title line before its act's number ("COUNCIL DECISION")
_ACT_DATE_WITHIN = 12  # characters of the line under it before the act's date ("z dnia ", "of ")
#: A title candidate is taken, in source order, once its words are echoed at least this
#: share as well as the best-echoed candidate's (a title comes before its subtitles).
ECHO_SHARE = 0.85

# "9442/24", "9636/23 ADD 1": a Council document number.
_COUNCIL_NO = re.compile(  # not the Official Journal's page ("L 315/27", "C 193/1")
    r"(?<![\d/])(?<![LC]\s)(\d{3,5}/\d{2})(?:\s+(ADD|COR|REV)\s+(\d+))?(?![\d/]|:\w)"
)
# "2018/19:530", "2021/22:UU20": a Swedish or Finnish parliament's session and number
_SESSION_NO = re.compile(r"(?<![\d/])(\d{4}/\d{2}:[A-Za-zÅÄÖåäö]{0,4}\d{1,4})(?![\d/])")
# a national act's number after its name at the title's start: "Decret 207/2025", "Zákon č.
# 119/2002 Sb.", "Ley n.º 2/2021" (its title may cite other acts: "... Regulation 2021/821")
_NATIONAL_ACT_NO = re.compile(
    r"^\W*(?:[^\W\d_]+\s+){1,3}(?:(?:n\.?\s*[º°o]|No|Nr|č|št)\.?\s*)?(\d{1,5}/\d{4})(?![\d/])"
)
# any number of that form (its own or one it cites): its date follows it in a title
_ANY_OLD_ACT_NO = re.compile(rf"(?<![\d/])\d{{4}}/\d{{1,4}}/(?:{_ACT_SERIES})\b")
# A European Parliament text's own number ("B6-0589/2008", "P6_TA(2008)0565",
# "P7_TA-PROV(2011)0512") and a Commission document's ("COM(2019) 284 final", "JOIN(2014) 5").
_EP_NO = re.compile(r"(?<![\w-])([ABC]\d{1,2}-\d{4}/\d{4}|P\d{1,2}_TA(?:-PROV)?\(\d{4}\)\d{4})")
_COM_NO = re.compile(r"(?<!\w)((?:COM|JOIN|SWD|SEC|C)\s?\(\d{4}\)\s?\d{1,5}(?:\s?final)?)")
# A Parliament page's reference to its minutes or verbatim report of a sitting ("PV 06/07/2005
# - 10", "CRE 19/11/2008 - 13"): the day of a debate or vote, not the text's own date.
_MINUTES_REFERENCE = re.compile(r"[A-Z]{2,5}\s+\d{1,2}/\d{1,2}/\d{4}(?:\s*[-–]\s*[\d.]+)?")
_PART = re.compile(r"(?:[A-Z]|[IVX]+|\d{1,2})\.\s?[^\W\d_]")  # "A.Introduction", "II. Scope"
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# "19.2.2021", "15/11/2016", "19-6-2024": day, month, year (the order of every EU language)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b")


@functools.cache
def _date_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    stems = "|".join(re.escape(stem) for stem, _ in month_table())
    # "18 February 2021", "18. Februar 2021", Finnish "9 päivänä joulukuuta 2004", Spanish and
    # Portuguese "24 de marzo de 2021", Maltese "24 ta' Marzu 2021", Greek "24ης Μαρτίου 2021"
    day_month_year = re.compile(
        rf"\b(\d{{1,2}})(?:ης|η)?\.?\s+(?:(?:päivänä|de|ta['’])\s+)?((?:{stems})\w*)\.?,?"
        rf"\s+(?:del?\s+)?(\d{{4}})",
        re.I,
    )
    # Latvian: "2024. gada 27. maijā"
    year_day_month = re.compile(rf"\b(\d{{4}})\.\s*gada\s+(\d{{1,2}})\.\s*((?:{stems})\w*)", re.I)
    # Hungarian "2022. április 7." ("7-i", "3-án"), Lithuanian "2006 m. vasario 21 d."
    year_month_day = re.compile(
        rf"\b(\d{{4}})(?:\.|\s+m\.)\s*((?:{stems})\w*)\s+(\d{{1,2}})(?:\.|-\w|\s*d\.)", re.I
    )
    return day_month_year, year_day_month, year_month_day


def _month(word: str, lang: str | None = None) -> int | None:
    """Return the month a word names, in the document's language first.

    In no language of its own, a stem languages share for different months ("listopad":
    November in Polish, October in Croatian) names none.
    """
    low = word.lower()
    if lang:
        for stem, month in month_table(lang):
            if low.startswith(stem):
                return month
    found = [(stem, month) for stem, month in month_table() if low.startswith(stem)]
    longest = len(found[0][0]) if found else 0
    months = {month for stem, month in found if len(stem) == longest}
    return months.pop() if len(months) == 1 else None


def find_date(text: str, within: int | None = None, lang: str | None = None) -> str | None:
    """Return the first date in ``text`` as ISO ``YYYY-MM-DD``, or None.

    ``within``: only a date that starts in the text's first so many characters. ``lang``: the
    text's language, whose month names come first.
    """
    found = _first_date(text, within, lang)
    return found[1] if found else None


def _first_date(text: str, within: int | None, lang: str | None) -> tuple[int, str] | None:
    """Return where the first date in ``text`` starts and the date (see :func:`find_date`)."""
    dmy, ydm, ymd = _date_patterns()
    found: list[tuple[int, str]] = []
    if m := ymd.search(text):
        month = _month(m.group(2), lang)
        if month:
            found.append((m.start(), _iso(int(m.group(1)), month, int(m.group(3)))))
    if m := dmy.search(text):
        month = _month(m.group(2), lang)
        if month:
            found.append((m.start(), _iso(int(m.group(3)), month, int(m.group(1)))))
    if m := ydm.search(text):
        month = _month(m.group(3), lang)
        if month:
            found.append((m.start(), _iso(int(m.group(1)), month, int(m.group(2)))))
    if m := _ISO_DATE.search(text):
        found.append((m.start(), _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    if m := _NUMERIC_DATE.search(text):
        year, first, second = int(m.group(4)), int(m.group(1)), int(m.group(3))
        # "07/25/2024": month first (a US page), when only that order makes a date
        us = m.group(2) == "/" and second > 12 >= first
        found.append((m.start(), _iso(year, first, second) if us else _iso(year, second, first)))
    valid = [(pos, iso) for pos, iso in found if iso and (within is None or pos < within)]
    return min(valid) if valid else None


@functools.cache
def _citing() -> re.Pattern[str]:
    """Match the word before a date that a text cites: "until 31 July 2015", "seit dem 1. Mai"."""
    return re.compile(rf"(?<!\w)(?:{words_pattern('cited_date_words')})\s*$", re.IGNORECASE)


def _own_date_in(text: str, lang: str | None, start: int = 0, within: int | None = None) -> bool:
    """Tell whether ``text[start:]`` holds a date (see :func:`find_date`) it does not cite.

    "... for another year until 31 July 2015.", "(see Press Release SC/9097 of 10 August
    2007)": a mandate's end, another text's date in brackets; not the page's own date.
    """
    found = _first_date(text[start:], within, lang)
    if found is None:
        return False
    before = text[: start + found[0]]
    return not _citing().search(before) and before.count("(") <= before.count(")")


def _iso(year: int, month: int, day: int) -> str:
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


@functools.cache
def _bodies() -> re.Pattern[str]:
    names = words_pattern("bodies")
    return re.compile(rf"(?<!\w)({names})(?!\w)", re.IGNORECASE)


@functools.cache
def _meeting() -> re.Pattern[str]:
    words = words_pattern("meeting")
    # "3191st FOREIGN AFFAIRS Council meeting", "4028. sanāksmē", "4028. samling"; on one line
    # (not "3594" over "Closing Session")
    return re.compile(
        rf"\b(\d{{3,5}}(?:st|nd|rd|th|\.|e|ª|º)?[ \t]+"
        rf"(?:[^\W\d_][\w-]*[ \t]+){{0,5}}?(?:{words})\w*)",
        re.IGNORECASE,
    )


@functools.cache
def _line_opening(key: str) -> re.Pattern[str]:
    """Return the opening of a line the language files' ``key`` words begin.

    ``version_lines`` date a page's version ("Last updated", "Geldig vanaf"), not the text;
    ``adoption_lines`` label a law's own date ("Ausfertigungsdatum"); ``dated_title_openings``
    open a text's own full title, which its date follows.
    """
    return re.compile(rf"(?:{words_pattern(key)})(?!\w)", re.IGNORECASE)


def _adoption_date(front: list[str], lang: str | None) -> str | None:
    """Return the date a front line labels as the law's own, on its line or the next."""
    for line, below in zip(front, [*front[1:], ""], strict=False):
        if m := _line_opening("adoption_lines").match(line):
            rest = line[m.end() :].strip(" :") or below.strip(" :")
            if date := find_date(rest[:40], lang=lang):
                return date
    return None


def _opening_date(front: list[str], lang: str | None) -> str | None:
    """Return the date a front line's own full title gives ("Résolution ... du 7 avril 2022")."""
    for line in front:
        if m := _line_opening("dated_title_openings").match(line):
            if date := find_date(line[m.end() : m.end() + 40], lang=lang):
                return date
    return None


def _act_date(lines: list[str], lang: str | None) -> str | None:
    """Return the date on the line under an act's heading, which ends with its number.

    A page may print a short title first ("Decyzja 2015/2096 w sprawie ...") and a version's
    date ("Wersja od: 20 listopada 2015 r.") above the act's own heading, "DECYZJA RADY
    (WPZiB) 2015/2096" with "z dnia 16 listopada 2015 r." on the next line. (A Journal's
    contents list acts with their dates on one line: those are not its own.)
    """
    for line, below in zip(lines, lines[1:], strict=False):
        m = _ACT_NO.search(line)
        # or the act's kind alone, in capitals: "ZÁKON" over "ze dne 14. července 2016" (not a
        # Journal's "DECISIONS" over a page's "23.4.2020")
        if (m and m.start() <= _ACT_NO_WITHIN and not line[m.end() :].strip()) or (
            line.isupper() and line.isalpha() and len(line) >= 4 and below[:1].isalpha()
        ):
            if date := find_date(below, within=_ACT_DATE_WITHIN, lang=lang):
                return date
    return None


@functools.cache
def _subject() -> re.Pattern[str]:
    words = words_pattern("subject")
    return re.compile(rf"(?:{words})\s*:?\s+(\S.{{3,}})", re.IGNORECASE)


def _title_text(titled: Block) -> str:
    """Return a title heading's text; a Markdown heading's first line ("# Verordnung über")."""
    if m := MARKDOWN_HEADING.match(first := titled.lines[0].text.strip()):
        return first[m.end() :]
    return _once(titled).strip(" |")


def _title(front: list[str], blocks: list[Block], first_item: int, texts: list[str]) -> str:
    """Return the document's title: its title heading, subject line, or the best candidate.

    A title heading (the line after an annex label, a legal act's title)
    wins; then a "Subject:" line in any EU language; then, among the headings,
    short unnumbered paragraphs and unparsed lines before the first numbered
    item that can be a title (not a date, a number, a body, a field, a masthead, a one-word
    line), the first whose words the document repeats nearly as well as the
    best one's (:func:`_echo`): a page's chrome ("Full text", "Historisk
    arkiv") is passed over for the title below it. None: no title.
    """
    headings = [b for b in blocks if b.role == "heading" and b.kind not in ("label", "body")]
    counts: Counter | None = None  # the words of the document's first lines, once needed
    for titled in (b for b in headings if b.kind == "title"):
        text = _title_text(titled)
        # "Ευρετήριο", "D/11/4", "United Nations" over "51/149. Assistance in mine clearance";
        # a masthead's first line ("RÅDET FOR" over "DEN EUROPÆISKE UNION")
        if _one_word(text) or _masthead(text) or _short_capitals(text):
            continue
        # a page's first line the text never echoes is its site's section ("Eastern Europe",
        # "Africa and the EU" over an EEAS statement): it competes with the headings below
        if titled.start_line == 1:
            counts = _word_counts(texts)
            if _echo(text, counts) == 0:
                continue
        return text
    for text in front:
        if m := _subject().fullmatch(text):
            return m.group(1).strip()
    # a web copy's title is often a paragraph of its own, short, with no full stop; or one
    # line of a front run together with its neighbours (no blank line between them)
    found: list[tuple[int, str]] = [(b.start_line, _joined(b)) for b in headings]
    for b in blocks:
        # an unnumbered paragraph, or a line left unparsed above a numbered text's first item
        if (
            b.role not in ("item", "unparsed")
            or b.label
            or b.start_line >= first_item
            or b.kind == "preambular"  # "Taking account of ...": a resolution's text
        ):
            continue
        lines = [(b.start_line, _joined(b))]
        if len(b.lines) > 1:  # not a wrapped line's continuation ("sur la sixième ...")
            lines += [(ln.no, t) for ln in b.lines if not (t := ln.text.strip())[:1].islower()]
        found += [
            (start, text)
            for start, text in lines
            if len(text.split()) <= 60 and not text.endswith((".", ";", ","))
        ]
    candidates = [
        text
        for start, text in sorted(found, key=lambda f: f[0])
        if start < first_item and not _not_a_title(text)
    ]
    if not candidates:
        return ""
    if counts is None:
        counts = _word_counts(texts)
    scored = [(_echo(text, counts), text) for text in candidates]
    best = max(score for score, _ in scored)
    return next(text for score, text in scored if score >= ECHO_SHARE * best)


def _word_counts(texts: list[str]) -> Counter:
    """Count the words of a document's first lines, in lower case (for :func:`_echo`)."""
    return Counter(w.lower() for t in texts[:_ECHOED] for w in TITLE_WORD.findall(t))


def _not_a_title(text: str) -> bool:
    """Tell a heading that cannot be a title: a date, a number, a body, a field, a masthead."""
    return (
        _masthead(text)
        or _short_capitals(text)
        or bool(find_date(text) and len(text) <= 40)
        or bool(_COUNCIL_NO.fullmatch(text))
        or bool(_bodies().fullmatch(text))
        or bool(_meeting().fullmatch(text))
        or text.endswith(":")
        or ":" in text[:12]
        or "|" in text  # a web table's cells
        # "• Foreign affairs", "– Como dijo –", "* *"; a headline may quote ("”Hårdaste ...”")
        or not text.lstrip(QUOTES)[:1].isalnum()
        or _one_word(text)  # "Index", "Vilnius", "V l á d a"
    )


def _short_capitals(text: str) -> bool:
    """Tell a line of at most three words in capitals: a masthead's, not a title ("RÅDET FOR")."""
    return text.isupper() and len(text.split()) <= 3


def _one_word(text: str) -> bool:
    """Tell a line with fewer than two distinct words of two characters or more."""
    return len(set(re.findall(r"\w{2,}", text))) < 2


_TITLE_DATE_WITHIN = 70  # characters of a title in which its own date is looked for
_ECHOED = 600  # lines of a document in which a title's words are looked for


def _echo(title: str, counts: Counter) -> float:
    """Score how well a heading names its document: the share of its words the text repeats.

    A title's words come back in the text ("cluster munitions", "Oslo Action
    Plan"); a page's chrome ("Full text", "Historisk arkiv", "Teksta versija")
    does not. ``counts`` are the words of the document's first lines, the
    heading's own included. Smoothed so that a two-word heading needs both
    words echoed to come near a longer title.
    """
    own = Counter(w.lower() for w in TITLE_WORD.findall(title))
    echoed = sum(1 for w, n in own.items() if counts.get(w, 0) > n)
    return echoed / (len(own) + 2)


# A Spanish or Portuguese law's number gives its year, its date the day and month: "Real
# Decreto 1008/2017, de 1 de diciembre, ...", "Lei n.º 5/2006, de 23 de fevereiro"
_NUMBER_DAY_MONTH = re.compile(r"\b\d{1,4}/(\d{4}),\s+de\s+(\d{1,2})\s+de\s+([^\W\d_]+)[,.]")


def _title_date(title: str, lang: str | None) -> str | None:
    """Return the date a title gives its act: the first after the act's number, if any.

    A title block may open with the Journal's header ("8.4.2022 | FR | Journal
    officiel ... | DÉCISION (PESC) 2022/574 DU CONSEIL du 7 avril 2022 ...").
    """
    n = _NUMBER_DAY_MONTH.search(title)
    if n and n.start() <= _ACT_NO_WITHIN and (month := _month(n.group(3), lang)):
        return _iso(int(n.group(1)), month, int(n.group(2))) or None  # not an act it cites
    m = _ACT_NO.search(title) or _ANY_OLD_ACT_NO.search(title)
    # before the number only a header's numeric date: the act's date follows its number; a date
    # in words there is the act's own (a consolidated text cites its amending acts after it)
    if m and not any(p.search(title[: m.start()]) for p in _date_patterns()):
        if date := find_date(title[m.end() :], lang=lang):
            return date
    # a title states its own date early ("resolution of 20 November 2008 on ..."); a date at
    # its end is what it is about ("... to be held from 20 November to 8 December 2006")
    return find_date(title[:_TITLE_DATE_WITHIN], lang=lang)


def _masthead(text: str) -> bool:
    """Tell a heading that names no document.

    A masthead ("United Nations", "GENERAL"), a field's label ("From:"), a
    part's heading ("A. Introduction", "II. Background"), a date or a code.
    """
    return (
        bool(names("un_names").fullmatch(text) or names("eu_names").fullmatch(text))
        or bool(_PART.match(text))
        or (len(text) <= 30 and bool(find_date(text)))  # "14 July 1995"
        # "D/12/11", "S/RES/1556 (2004)"; not a UN press release's headline in capitals with
        # its resolution's number ("SECURITY COUNCIL DEMANDS SUDAN DISARM MILITIAS ... 1556")
        or (
            any(c.isdigit() for c in text)
            and not any(c.islower() for c in text)
            and len(re.findall(r"[^\W\d_]{3,}", text)) < 5
        )
        or (len(text.split()) == 1 and (text.isupper() or not text[:1].isupper()))
        or text.endswith(":")
    )


def _once(block: Block) -> str:
    """Return a title block's text, once: a web copy prints the title, then the act's own.

    EUR-Lex gives "Beschluss (GASP) 2021/257 des Rates vom 18. Februar 2021 zur ..."
    and, below the Journal's header, "BESCHLUSS (GASP) 2021/257 DES RATES", "vom ...":
    the title stops where a line opens with its first word again.
    """
    lines = [ln.text.strip() for ln in block.lines if ln.text.strip()]
    first = lines[0].split()[0].casefold() if lines else ""
    if len(first) < 4 or not first.isalpha():  # "|", "1.": no title word to find again
        return _joined(block)
    # or the title again after a label: "Consolidated text: Council Decision (CFSP) ..."
    opening = " ".join(lines[0].split()[:6]).casefold()
    again = next(
        (
            k
            for k in range(1, len(lines))
            if lines[k].split()[0].casefold() == first or opening in lines[k].casefold()
        ),
        0,
    )
    return " ".join(lines[:again]) if again else _joined(block)


def _shortened(title: str, longest: int = 300) -> str:
    """Return a title of at most ``longest`` characters, cut at a word, "…" marking the cut."""
    if len(title) <= longest:
        return title
    head = title[: longest - 1]
    return (head.rsplit(None, 1)[0] if " " in head else head).rstrip(" ,;:") + "…"


def _joined(block: Block) -> str:
    return " ".join(ln.text.strip() for ln in block.lines)


#: A dateline's place and date closing a line: "..., Vienne, 9 février 2021,"
_PLACE_DATE = re.compile(r",\s+\d{1,2}\.?\s+[^\W\d_]+\.?\s+\d{4}\W*$")


def _own_dates(text: str, in_paragraph: bool, first: bool, lang: str | None) -> str:
    """Return the parts of a front line where the document's own date may stand.

    A heading or a short line whole; of a paragraph, a date that opens it ("Brussels, 12 March
    2021 -", "On 11 October 2021, the EU ...", and in the text's ``first`` paragraph any date in
    its first words: "Das Bundeskabinett hat am 13. Juli 2016 ...") or ends it ("... Vienna,
    22 March 2023", "Resolution adopted by the General Assembly on 26 November 2025"). A date in
    the midst of a paragraph is one the text cites ("... la position commune 2008/944/PESC du
    Conseil du 8 décembre 2008 définissant ..."), which would put a page of 2018 in 2008.
    """
    if not in_paragraph:
        return text
    parts = []
    # a preamble's "Recalling its resolution 60/65 of 8 December 2005," cites: its comma leads
    # on to the next paragraph (a dateline's "Vienne, 9 février 2021," is a place's, after one)
    if text.rstrip().endswith((",", ";")) and not _PLACE_DATE.search(text):
        return ""
    if first and _own_date_in(text, lang, within=_OPENING):
        parts.append(text[: _OPENING + _LONGEST_DATE])
    elif start := _opening(text, lang):
        parts.append(text[: start + _LONGEST_DATE])
    end = len(text.rstrip(_CLOSING))
    # (a line cut at _LINE has lost its end)
    if len(text) < _LINE and _own_date_in(text[:end], lang, start=max(end - _ENDING, 0)):
        parts.append(text[max(end - _ENDING, 0) : end])
    return " | ".join(parts)


def _opening(text: str, lang: str | None) -> int | None:
    """Return where a date that opens a paragraph ends its lead, or None.

    The date may follow at most two words ("On 11 October 2021", "Luxembourg, le 12 mars") or a
    place and its comma ("Vienna (Austria), 12 March"): a later paragraph's "OPCW ble etablert
    29. april 1997" and "The UN General Assembly, in its resolutions of 2 March and 24 March
    2022" cite a date.
    """
    words = list(re.finditer(r"\S+", text[:200]))
    leads = set(words[: _LEAD_WORDS + 1])
    leads |= {  # (and a word after the comma: "Vienne, le 9 février", "«BOE» núm. 139, de 8 de")
        lead
        for i, w in enumerate(words[:_PLACE_WORDS])
        if w.group().endswith((",", "-", "–", "—", ":"))
        for lead in words[i + 1 : i + 3]
    }
    # (a date within the word: "(12 March", "25.-29. november 2019")
    for word in sorted(leads, key=lambda w: w.start()):
        if find_date(text[word.start() :], within=len(word.group()), lang=lang):
            return word.end()
    return None


def read_meta(
    texts: list[str],
    furniture: list[str],
    blocks: list[Block],
    lang: str | None = None,
    doc_type: str = "",
) -> dict[str, str]:
    """Return what the text states of its title, number, date, body and meeting.

    Parameters
    ----------
    texts : list of str
        The document's source lines, in order.
    furniture : list of str
        Its furniture lines (page footers carry Council document numbers).
    blocks : list of Block
        The grammar's blocks (the title heading).
    lang : str, optional
        The document's language, whose month names are read first.
    doc_type : str, optional
        The grammar's document type: the paragraphs of a text a body adopts (conclusions, a
        resolution, an act) may name its body, a statement's or a page's name others.

    Returns
    -------
    dict
        Any of ``title``, ``doc_number``, ``date``, ``body``, ``meeting``.
    """
    first_item = next((b.start_line for b in blocks if b.role == "item" and b.label), _FRONT + 1)
    # (each line cut at _LINE characters)
    numbered = [
        (n, t.strip()[:_LINE])
        for n, t in enumerate(texts[: min(_FRONT, first_item - 1)], start=1)
        if t.strip()
    ]
    front = [t for _, t in numbered]
    joined = "\n".join(front)
    in_paragraphs = {
        n for b in blocks if b.role == "item" for n in range(b.start_line, b.end_line + 1)
    }
    first_paragraph = next(
        (range(b.start_line, b.end_line + 1) for b in blocks if b.role == "item"), range(0)
    )
    meta: dict[str, str] = {}
    title = _title(front, blocks, first_item, texts)
    if title.endswith((" -", " –", " —")):  # "Seanad Éireann debate -": its date below
        title = title.rstrip(" -–—")
    if title:
        meta["title"] = _shortened(title)
    # the text's own number (its title's; a Parliament or Commission document's) before the
    # acts its first lines cite ("Regulation (EC) No 1724/2001")
    if m := (
        # a Commission document's number alone on its line ("COM(2019) 284 final") over its
        # title, which may name acts it amends or repeals ("... repealing Regulation 2019/867")
        next((m for f in front if (m := _COM_NO.fullmatch(f.strip()))), None)
        or _ACT_NO.search(title)
        or _OLD_ACT_NO.search(title)
        or _NATIONAL_ACT_NO.search(title)
        or _EP_NO.search(joined)
        or _COM_NO.search(joined)
    ):
        meta["doc_number"] = next(g for g in m.groups() if g)
    elif m := _ACT_NO.search(joined):
        meta["doc_number"] = next(g for g in m.groups() if g)
    elif m := _SESSION_NO.search(joined):
        meta["doc_number"] = m.group(1)
    elif m := _COUNCIL_NO.search("\n".join(f[:200] for f in furniture[:20]) + "\n" + joined):
        meta["doc_number"] = " ".join(g for g in m.groups() if g)
    elif m := _UN_SYMBOL.search(joined):
        meta["doc_number"] = m.group(1)
    # a title's own date ("Council Decision ... of 18 February 2021") before a page's or
    # journal's date above it ("19.2.2021", the day of publication); a full title's opening
    # before both: a Parliament page's title is what its resolution is about ("Conclusions du
    # Conseil européen des 24 et 25 mars 2022"), the resolution's line says its own date
    dated = "\n".join(
        _own_dates(t, n in in_paragraphs, n in first_paragraph, lang)
        for n, t in numbered
        if not _MINUTES_REFERENCE.fullmatch(t) and not _line_opening("version_lines").match(t)
    )
    headings = [t for n, t in numbered if n not in in_paragraphs]
    if (
        date := _adoption_date(front, lang)
        or _opening_date(front, lang)
        or _title_date(title, lang)
        or _act_date(headings, lang)
        or find_date(dated, lang=lang)
    ):
        meta["date"] = date
    in_items = {
        n
        for b in blocks
        if b.role == "item" and b.kind in ("citation", "recital")
        for n in range(b.start_line, b.end_line + 1)
    }
    # the body that adopts the act, not one its citations or recitals name ("... adopted by
    # the United Nations (UN) General Assembly on 2 April 2013" is no body of a Council act)
    # nor one a statement's or a page's paragraph names ("The UN General Assembly, in its
    # resolutions of 2 March ...", "... sanksjoner vedtatt av FNs sikkerhetsråd"): a heading's,
    # a short line's ("LE CONSEIL DE L'UNION EUROPÉENNE,") or the first paragraph's opening
    # words; an adopted text's paragraphs name the body that adopts it ("Το Ευρωπαϊκό
    # Συμβούλιο συζήτησε ...", "The General Assembly, Having considered ...")
    adopted = doc_type in _ADOPTED
    whole = {n for n, t in numbered if adopted or n not in in_paragraphs or len(t) <= _SHORT_LINE}
    outside = "\n".join(
        t if n in whole else t[:_OPENING]
        for n, t in numbered
        if n not in in_items and (n in whole or n in first_paragraph)
    )
    if m := _bodies().search(outside):
        meta["body"] = m.group(1)
    if m := _meeting().search(joined):
        meta["meeting"] = m.group(1)
    return meta
