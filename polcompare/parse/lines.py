"""The shared line classifier: what shape of marker a line starts with.

Every grammar asks the same questions of a line: does it start with a
numbered or lettered marker (``1.``, ``(3)``, ``(a)``, ``iv)``, ``1.2.3``),
an article, section or action label (``Article 5``, ``5. cikk``, ``§ 4``,
``Action #12``), a part numeral (``II-``)? :func:`markers` answers with every
reading a line allows (``(i)`` is both the ninth letter and roman one); the
grammar picks the one that continues the numbering it is in.

The words for "Article", "Action" and so on come from the language files
(:mod:`polcompare.languages`), all languages at once: a structure word is
recognised whatever language the rest of the document is in.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..languages import (
    lower_words,
    month_table,
    number_first_article_words,
    structure_words,
    words_pattern,
)

__all__ = [
    "DOT_LEADERS",
    "Marker",
    "cites_a_part",
    "continues",
    "could_mark",
    "markers",
    "opens_quotation",
    "successor",
    "unheaded",
    "is_first",
    "family",
    "roman_point",
    "roman_value",
    "letter_rank",
    "QUOTES",
    "contents_title",
    "indent",
    "bullet",
    "NAME_PARTS",
]

#: A table of contents' dot leaders at a line's end, then its page: "Afghanistan ........ 8",
#: or its paragraphs and page ("Mine surveys ......... 64 - 66 15", glued "64 - 6615").
DOT_LEADERS = re.compile(r"(?:\.\s?){5,}\s*(?:\d{1,4}(?:\s*[-–]\s*\d{1,6})?(?:\s+\d{1,4})?)?\s*$")

#: Quotation marks that may open a paragraph before its number ('"1. Recalling').
QUOTES = "\"'“”„«»‘’"

_CAPITAL = "A-ZÀ-ÞΑ-ΩА-Я"
#: A sanctions list's numbered name parts or aliases, one word each before the last:
#: "(1) Koang (2) Rambang (3) Chol", "(a) Kuol (b) Manyang (c) Juuk Chaw". Parts of a
#: name, never units.
NAME_PARTS = re.compile(
    rf"\((?:1|a|α)\) [{_CAPITAL}][^\s()]* (?:\((?:\d|[a-zα-ω])\) [{_CAPITAL}][^\s()]* )*"
    r"\((?:\d|[a-zα-ω])\) "
)

_BULLET = re.compile(r"\s*([•●▪◦‣○■□·–—*-])\s+(?=\S)")


def bullet(text: str) -> str:
    """Return the bullet an unnumbered paragraph starts with ("•", "–", "*"), else "".

    A bullet is no unit (it numbers nothing) but it is the paragraph's marker,
    not its text: "• In Africa, ..." reads "In Africa, ...".
    """
    match = _BULLET.match(text)
    return match.group(1) if match else ""


_ROMAN = r"(?:x{0,3}(?:ix|iv|v?i{1,3}|v|x))"
_LOWER_ROMAN = re.compile(rf"{_ROMAN}")
_UPPER_ROMAN = re.compile(_ROMAN.upper())


def indent(text: str) -> int:
    """Return how far a line is indented: the width of its leading white space."""
    return len(text) - len(text.lstrip())


@dataclass(frozen=True, slots=True)
class Marker:
    """One reading of a line's leading marker.

    ``style`` names the numbering scheme and its punctuation: ``num.``,
    ``num)``, ``(num)``, ``alpha.``, ``alpha)``, ``(alpha)``, ``roman.``,
    ``roman)``, ``(roman)``, ``ALPHA.``, ``ROMAN.``, ``ALPHA`` (a capital alone
    on its line), ``[num]`` ("[6]"), ``decimal``, ``num`` (a
    bare number before a capitalised word: "5 Definitions"), ``article``,
    ``para`` (``§``), ``action``, ``sect`` ("Section 2"), ``stk`` ("Stk. 2.").
    ``value`` is the identifier (``3``, ``a``, ``iv``, ``1.2.3``), ``marker``
    the text that makes the marker (quotes and
    label words included), ``rest`` what follows it on the line.
    """

    style: str
    value: str
    marker: str
    rest: str


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)


@functools.cache
def sole_articles() -> frozenset[str]:
    """Return the words naming an act's only article, lower case, as its number.

    After the article word ("Article unique", "Artículo único", "Άρθρο Μόνο") or before it
    ("Ainoa artikla", "Egyetlen cikk"): the language files' ``sole_article`` and
    ``sole_article_before``.
    """
    return frozenset(lower_words("sole_article") + lower_words("sole_article_before"))


@functools.cache
def contents_title(mark: bool = False) -> re.Pattern[str]:
    """Return the pattern of a table of contents' heading ("Contents", "Inhaltsverzeichnis").

    With ``mark``, the heading may carry a footnote's mark too ("CONTENTS (1)").
    """
    after = r"(?:\s*\(\d\))?" if mark else ""
    return re.compile(rf"(?:{words_pattern('contents')})\.?:?{after}", re.IGNORECASE)


@functools.cache
def _label_patterns() -> tuple[re.Pattern[str], ...]:
    article = words_pattern("article")
    after = _alternation(number_first_article_words())
    sole = words_pattern("sole_article") or r"(?!)"
    sole_before = words_pattern("sole_article_before") or r"(?!)"
    action = words_pattern("action")
    section = words_pattern("section") or r"(?!)"
    subsection = words_pattern("subsection") or r"(?!)"
    # "5", "2a", "premier", "1<sup>er</sup>"; "1.o"/"1.º" (Portuguese ordinals) read as "1"; a
    # French code's "L1111-1", "R. 2332-4", "L. 2331-1"
    code = r"(?:[LRDA]\.?\s?\d{1,4}|\d{3,4})(?:-\d{1,4}){1,3}\b"  # not a range "Art. 2-4"
    # a Luxembourg act's "Art. 5-2." (article 2 of chapter 5): a period ends it, a range has none
    code += r"|\d{1,3}-\d{1,3}(?=\.(?:\s|$))"
    # legislation.gov.uk glues the extent to a label: "Article 14U.K.", "5E+W+S"
    extent = r"(?-i:U\.K\.|E\+W(?:\+S)?(?:\+N\.I\.)?|N\.I\.)?"
    num = (
        rf"({code}|1(?:[.\x20]?er|<sup>er</sup>)(?!\w)|\d{{1,4}}(?=[ºo°]\.?(?:\s|$|[-–—]))|\d{{1,4}}(?:(?-i:[a-z]|[A-Z](?!\.))(?![a-z]))?|[IVXLC]{{1,6}}\b|premier|first|{sole})"
        rf"(?:\.?[ºo°]\.?(?=\s|$|[-–—]))?{extent}"
        # a Markdown copy's footnote call glued to the label: "Art. 2a[^4]"
        r"(?:\[\^\d{1,3}\])?"
        # an inserted article: "Article 1er bis", "Artículo 3 ter", "Articolo 2-quater"
        rf"(?:\x20?-?\x20?(?:{'|'.join(_LATIN_ORDINALS)})(?!\w))?"
    )
    return (
        # "Article 5", "Artikel 2a", "Article premier", "ARTICLE 3", "Art. 7."
        # (not a range: "Art. 2-4")
        # ("Article 3U.K.Entry into force": the extent, then the title glued on)
        re.compile(
            rf"((?:{article})\s+{num}\.?(?:\s*[.:\-–—](?!\d)\s*|\s+|$|(?<=\.)(?-i:(?=[A-Z][a-z]))))(.*)",
            re.IGNORECASE,
        ),
        # "5. cikk", "1 artikla", "3. pants", "2 straipsnis"; "1.pants" glued; a treaty's "I pants"
        re.compile(
            rf"((\d{{1,4}}[a-z]?|(?-i:[IVXLC]{{1,6}})|{sole_before})(?:\.\s*|\s+)(?:{after})\b\.?\s*"
            rf"(?:[:\-–—]\s*)?)(.*)",
            re.IGNORECASE,
        ),
        # "Action #12", "Action 3:", "Acción n.º 4"; "Action (20.4)" (a plan's numbered actions)
        re.compile(
            rf"((?:{action})\s*(?:#|n[.ºo°]*\s*|no\.\s*)?\(?(\d{{1,3}}(?:\.\d{{1,3}}(?=\)))?)\b\)?\s*[:.\-–—]?\s*)(.*)",
            re.IGNORECASE,
        ),
        # "Section 1", "Раздел 2.": a numbered section (a unit when text follows it)
        re.compile(rf"((?:{section})\s+(\d{{1,3}})\.?(?:\s*[.:\-–—]\s*|\s+|$))(.*)", re.IGNORECASE),
        # "Stk. 2.": a numbered paragraph (ledd) of a Danish §
        re.compile(rf"((?:{subsection})\s*(\d{{1,3}})\.?(?:\s+|$))(.*)"),
    )


# A project annex's labels: "Darbība Nr. 1.2.3.:", "Activity No 2.1:"
LABELLED = re.compile(
    r"([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s+(?:Nr|No|nr|no|Nº)\.?\s*"
    r"(\d{1,3}(?:\.\d{1,3}){0,5})\.?\s*:\s*(.*)"
)
# "§ 2a", "§ 3 a"; "§ 1º", "§ 1o" (Portuguese ordinals, the "o" of a flattened "º") read as
# "1"; "§ 5-1" (a Norwegian law's section 1 of chapter 5); not the word after the number
# ("§ 3 og § 4 ophæves")
_PARA = re.compile(
    r"(§\s*(\d{1,4}(?=[ºo°](?:[\s.]|$))|\d{1,4}-\d{1,3}(?:\s?[a-z](?![^\W\d_]))?(?!\d)"
    r"|\d{1,4}(?:\s?[a-z](?![^\W\d_]))?)(?:[ºo°](?![^\W\d_]))?\.?\s*)(.*)"
)
# "§ 22<sup>1</sup>. Õppekulu hüvitamine": a section inserted after § 22 (Riigi Teataja), "22¹"
_PARA_SUP = re.compile(r"(§\s*(\d{1,4})<sup>(\d{1,3})</sup>\.?\s*)(.*)")
_TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_PARA_AFTER = re.compile(r"((\d{1,4}\s?[a-z]?)\s*§\s*)(.*)")  # Swedish, Finnish: "1 §"
# Hungarian: "1. §", "2. §2 Az ..." (a footnote's number glued to the sign); not "3. § 6
# affattes" (a Danish amending act's point 3, on § 6): see _numbers
_PARA_AFTER_DOT = re.compile(r"((\d{1,4}[a-z]?)\.\s*§(?:\d{1,3}(?=\s))?\s*)(.*)")
#: The Latin ordinals that number an inserted unit: "Article 2 bis", Italian laws' "3-bis".
_LATIN_ORDINALS = ("bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies")
# The one a label's marker ends in: "Article 1er bis", "Articolo 2-ter"
_LATIN_INSERT = re.compile(rf"\d(?:[.\x20]?er)?\x20?(-?)\x20?({'|'.join(_LATIN_ORDINALS)})\W*$")
# "1.2", "2.3.1", and lettered targets after numbered ones ("16.10", "16.a")
_MEASURE = re.compile(r"(?:[KMGT]B|[km]m|km²|ha|kg|t|%)(?!\w)").match
_DECIMAL = re.compile(  # "1.1.Kemialliset": glued to a capitalised word, as some web copies have it
    r"((\d{1,3}(?:\.\d{1,3})*\.(?:\d{1,3}|[a-z](?=\s)))\.?(?:\s+|$|(?=[A-ZÀ-Þ][^\W\d_])))(.*)"
)
# "1. Text"; "20.—(1)", "1. - (1)": a section of an older act; "2). Text", a typo seen in print;
# "1a. Where": a paragraph an amendment inserted (EUR-Lex's consolidated texts)
_NUM_DOT = re.compile(  # "3.§ 6 affattes": glued to a paragraph sign too
    rf"((\d{{1,6}}(?:[A-Za-z](?=\.(?:\(|\s|$))|-(?:{'|'.join(_LATIN_ORDINALS)}))?)\)?\.(?:\s*[-—–]\s*(?=\(|$)|[—–]\s*|\s+|$|(?=[A-ZΑ-ΩА-ЯÀ-Þ]-?[^\W\d_])|(?=I\s)|(?=A\s[a-z])|(?=[“\x22«„][^\W\d_])|(?=[\u3400-\u9fff])|(?=(?:19|20)\d\d年)|(?=\(\d)|(?=§)))(.*)"
)  # "1.Ως", "2.A-punkter", '1.“Incendiary': glued to a capitalised word (or its quote);
# "1.I hereby record", "2.A person who": glued to the pronoun or the article;
# "12.委员会", "1.2016年11月": Chinese;
# '1.“internationally protected person” means': a defined term in quotes, in lower case
_SECTION_DASH = re.compile(r"\.\s*[-—–]\s*$")
_ROMAN_MONTH_DATE = re.compile(  # "27.II.2006"
    r"\d{1,2}\.\s?(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})\.\s?\d{4}(?!\d)"
).match
# "1 - O presente Código": Portuguese laws number an article's paragraphs so
_NUM_DASH = re.compile(r"((\d{1,3})\s[-–—]\s+)([A-ZÀ-Þ«\"“].*)")
# "1 . Decide que todos los Estados:": a stray space before the number's dot (a web copy)
_NUM_SPACED_DOT = re.compile(r"((\d{1,3}) \.\s+)([A-ZÀ-Þ][^\W\d_].*)")
# "1/ s tím, že", "1/ 2020 n'aura pas": a resolution's or a speech's points numbered with a
# slash (a space after it, and a word or a year; not "18/02", "1/2")
_NUM_SLASH = re.compile(r"((\d{1,3})/\s+)((?:[^\W\d_«\"“„]|(?:19|20)\d\d\s).*)")
# "1..." alone on its line, the item's text on the next (a site's rendering of "1.")
_NUM_ELLIPSIS = re.compile(r"((\d{1,3})\.\.\.)()")
# "1- نظرت اللجنة", "٣ - ترحب": Arabic UN documents number their paragraphs so
_NUM_HYPHEN_ARABIC = re.compile(r"((\d{1,3})\s?-\s+)([\u0600-\u06ff].*)")
# Arabic-Indic digits as ASCII: the number's value, not its script
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPOKEN_LABEL = re.compile(r"(\d{1,3}\.\s+(Ziffer|Litera)\s+(eins|\d{1,3}|[a-z]{1,2}))\s*")
# "1. Absatz 2In diesem ...": a paragraph's "(2)" spelled out, after a list number of the page
_SPOKEN_ABSATZ = re.compile(r"(\d{1,3}\.\s+Absatz\s+(eins|\d{1,3}[a-z]?))\s*(\S.*)?")
# "Paragraph eins, (1) Im Sinne ...": a "§ 1" spelled out
#: A word of a title, four letters or more (meta's echo of a title, legal_act's page title).
TITLE_WORD = re.compile(r"[^\W\d_]{4,}")
_SPOKEN_PARAGRAPH = re.compile(r"(Paragraph\s+(eins|\d{1,3}[a-z]?),?\s*)(.*)")
# "5)"; "5 a)", "5a)" inserted after "5)" by an amending act (Finnish and Swedish laws)
_NUM_PAREN = re.compile(r"((\d{1,6}(?: ?[a-z])?)\)(?:\s+|$))(.*)")
_SENTENCE_GAP = re.compile(r"\d{1,2}\x20{6,}").fullmatch  # "1             Einer Überprüfung"
_BARE_NUM = re.compile(r"((\d{1,4})\s+)([^\W\d_a-zß].*)")  # "5 Definitions." (common law)
# "2Offences": a section's number glued to its short title (legislation.gov.uk)
# "76ANuclear safeguards regulationsU.K.": "76A", a section an amendment inserted
_GLUED_NUM = re.compile(r"((\d{1,3}[A-Z]{0,2}))([A-Z][a-z][^.;:!?]{0,80}(?:U\.K\.|E\+W(?:\+S)?)?)")
# "(3)"; "(1A)" inserted after "(1)" by an amending act (legislation.gov.uk)
# EU: "(1a)"; an old statute's "(1.)"
# not before a comma or a note's mark: "(2001),[4]Geneva" is a year that a hard-wrapped line
# begins with (a UN resolution's preamble), not unit 2001
_PAREN_NUM = re.compile(r"(\((\d{1,6}(?:[A-Z]{1,2}|[a-z])?)\.?\)(?:\s*))(?![,;:\[\]])(.*)")
# "[6]   Consideration of ...": an agenda's items numbered in square brackets
_BRACKET_NUM = re.compile(r"(\[(\d{1,3})\]\s+)(\S.*)")
# "1° de ...": points numbered with a degree sign (Belgian and French texts)
_NUM_DEGREE = re.compile(r"((\d{1,3})°\s*)(.*)")
_DEGREE_INSERT = re.compile(rf"({'|'.join(_LATIN_ORDINALS)})\s+(?=\S)")
# What Chinese text glues to a point's closing bracket: an opening bracket or quotation mark,
# or a year ("(a)《孟加拉国劳工法》", "(c)2009年1月").
_GLUED_CHINESE = r"[《「『“（]|\d{1,4}[\u4e00-\u9fff]"
# "(a) text", "a) text", "a. text"; "(a)text" glued, as some web copies have it; "d)3 text"
# with a footnote's number glued to the bracket (Hungary's legal database)
# Bulgarian, Russian "а)", "б)"; Greek "α)", "β)", "στ)" (the sixth letter) too. "(z1)",
# "(z2)" after "(z)": UK legislation's points inserted after the alphabet's end. "(a). text":
# a 1957 treaty's Dutch copy closes its points with both.
_ALPHA = re.compile(
    r"(\(?((?:[ivxl]{4,5}|[a-z]{1,3})(?:\.\d)?|(?<=\()[a-z]\d{1,2}(?=\))|[а-я]|[α-ω]|στ"
    r"|(?<=\()[\u0621-\u064a]ـ?)(\.\)|\)\.(?=\s)|[.)])"
    rf"(?:\s+|$|(?<=\))(?=[^\W\d_]|{_GLUED_CHINESE})|(?<=\))\d{{1,3}}\s+(?=[^\W\d_])"
    # "a.The testing": glued to a capitalised word, or to a term in emphasis ("a.*Besluit:*"),
    # or to a lowercase word of four letters or more ("a.verdrag voor de ...": not "a.m.")
    r"|(?<=^[a-z]\.)(?=[A-ZÀ-Þ][a-zà-ÿ]|[*_]{1,2}[^\W\d_]|[a-zà-ÿ]{4,}\s)))(.*)"
)
# The letters points run through, in order (Cyrillic lists skip ё, й, ъ, ы, ь).
_ALPHABETS = (
    "абвгдежзиклмнопрстуфхцчшщэюя",
    # Arabic points "(أ)", "(ب)": the abjad order ("(هـ)" read without its tatweel)
    ("أ", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف"),
    (
        "α",
        "β",
        "γ",
        "δ",
        "ε",
        "στ",
        "ζ",
        "η",
        "θ",
        "ι",
        "κ",
        "λ",
        "μ",
        "ν",
        "ξ",
        "ο",
        "π",
        "ρ",
        "σ",
        "τ",
        "υ",
        "φ",
        "χ",
        "ψ",
        "ω",
    ),
)
_ROMAN_ALONE = re.compile(r"(X{0,2}(?:IX|IV|V?I{1,3}|V|X))")  # "I", "II" alone: a part's number
# "II. Title", "(B)", "C-"; "II.-Aucun" (Légifrance's paragraph numerals, glued to their text)
_INITIAL = re.compile(r"[A-Z]\.")
_UPPER = re.compile(
    r"(\(?([A-Z]|[IVXLC]{1,6}|ΣΤ|[А-ЯΑ-Ω])(\s?\.\s?[-–—](?=\s*\S)|[.)\-–])(?:\s+|$|(?<=[-–—])|(?<=\))(?=[a-zà-ÿ])))(.*)"
)  # "B)valuta's": glued to a word in lower case
#: Capitals Greek and Cyrillic texts letter units with ("Α.", "ΣΤ.", "Б."): the European
#: Parliament's recitals in those languages, in the order of :data:`_ALPHABETS`.
_OTHER_CAPITALS = frozenset(c.upper() for c in (*_ALPHABETS[0], *_ALPHABETS[2]) if len(c) == 1)


def _lead(text: str) -> tuple[str, str]:
    """Split leading quotation marks (and an amendment's "[F3" note) from the text."""
    body = text.lstrip(QUOTES + " ")
    if body[:3] == "(( ":  # "(( 4. Dopo": a coordinated text's marks around changed text
        body = body[3:].lstrip(QUOTES + " ")
    if body[:1] in _BULLETS:  # "• Article 1 (abrogé)": a web copy's bullet before a label
        body = body[1:].lstrip(QUOTES + " ")
    elif body[:1] == "#" and (m := MARKDOWN_HEADING.match(body)):
        body = body[m.end() :]  # "# Article 1": a Markdown copy's heading mark before a label
    if (body[:2] == "[F" or (body[:1] == "F" and _NOTE_BEFORE_MARK(body))) and (
        m := _AMENDMENT_NOTE.match(body)
    ):
        body = body[m.end() :]  # "[F3(a)any firearm": legislation.gov.uk's note of a change
    return text[: len(text) - len(body)], body


_BULLETS = frozenset("•▪◦●")
#: A Markdown heading's mark: "# Article 1", "## 1. Abschnitt"; "###Article 3" glued to a word
MARKDOWN_HEADING = re.compile(r"#{1,6} +|#{2,6}(?=[^\W\d_]|\d{1,3}$)")


def unheaded(text: str) -> str:
    """Return a line without its Markdown heading's mark ("### ANEXO I" -> "ANEXO I")."""
    return text[m.end() :] if text[:1] == "#" and (m := MARKDOWN_HEADING.match(text)) else text


_AFTER_BULLET = frozenset(
    {
        "article",
        "para",
        "action",
        "sect",
        "(num)",
        "(alpha)",
        "(roman)",
        "alpha)",
        "roman)",
        "ROMAN.",
    }
)
_AFTER_HEADING_MARK = _AFTER_BULLET | {"num.", "decimal", "num"}
# "( a )", "( 2 )": a marker with spaces inside its brackets (the Irish Statute Book)
_SPACED = re.compile(r"(\(\s([a-z]{1,4}|\d{1,3}[A-Z]?)\s\)\s*)(.*)")
#: Markdown emphasis around a marker: "*Section 1*", "**Article 2**", "__1.__"
_EMPHASIS = re.compile(r"(\*{1,2}|_{1,2})([^*_\s](?:[^*_]{0,38}[^*_\s])?)\1 ?")
_ITALIC_LETTER = re.compile(r"\(\*([a-z]{1,4})\*\) ?")  # "(*a*)", "(*iv*)": italic letters
# "F1(4). . .": a repealed subsection; "F2[(3) A member": an inserted one
_NOTE_BEFORE_MARK = re.compile(r"F\d{1,4}\[?\(").match
_AMENDMENT_NOTE = re.compile(r"\[?F\d{1,4}\[?\s?")


@functools.cache
def _label_firsts() -> frozenset[str]:
    """First words of label lines, lowercase ("article", "art.", "action")."""
    words = sum(map(structure_words, ("article", "action", "section", "subsection")), ())
    return frozenset(w.split()[0].lower() for w in words)


def labelled_line(text: str) -> bool:
    """Tell whether a line is a label of a project annex ("Darbība Nr. 1.2.3.:")."""
    return ":" in text and LABELLED.fullmatch(text) is not None


def opens_quotation(text: str) -> bool:
    """Tell whether a line opens a quotation it does not close ('"The General Assembly,').

    It starts with a quotation mark and holds an odd number of them.
    """
    body = text.lstrip()
    return body[:1] in QUOTES and sum(body.count(q) for q in QUOTES) % 2 == 1


def could_mark(text: str) -> bool:
    """Tell cheaply whether :func:`markers` can find anything in a stripped line.

    True for lines starting with a digit, a bracket, a paragraph sign, a
    quotation mark, a capital that may be a roman numeral, a short first word
    ending in ``.`` or ``)`` (a letter or numeral: "a)", "iv."), or a label
    word ("Article", "Action").
    """
    first = text[:1]
    if not first:
        return False
    if first.isdecimal() or first in _MARK_FIRSTS or text[:2] == "[F":
        return True
    if first == "F" and _NOTE_BEFORE_MARK(text):
        return True
    if first == "<" and text.startswith("<sup>"):
        return True
    if first == "P" and text.startswith("Paragraph "):  # "Paragraph eins," (Austria's RIS)
        return True
    if first in _BULLETS:
        return could_mark(text[1:].lstrip())
    if first == "#" and (m := MARKDOWN_HEADING.match(text)):
        return could_mark(text[m.end() :])
    if first in "*_" and (m := _EMPHASIS.match(text)):  # "*Section 1*": Markdown emphasis
        return could_mark(m.group(2))
    if first in "-–" and (
        text[2:3].isdecimal()
        or (text[2:3] == "(" and text[3:4].isdecimal())
        or _DASHED_LETTER(text[2:])
    ):  # "- a) práva", "- (1) On 27 December"
        return True
    if text[1:2] in (".", ")", "-", "–") or (len(text) == 1 and "A" <= first <= "Z"):
        return True
    if _SHORT_POINT(text) or text[:2] == "ΣΤ":  # "aa)", "iv.", "xiii)text", Greek "ΣΤ."
        return True
    low = text[:40].split(None, 1)[0].lower()
    return low in _label_firsts() or low.rstrip(".:") in _label_firsts()


#: A letter's point after a list's dash: "a) ", "(b) ", "iv) ", Fedlex's "a. " and "b." alone,
#: Greek and Cyrillic letters too ("- α) είναι", "- στ) ", "- б) "); "- (a)strengthen" glued to
#: its text in brackets, as EUR-Lex's web copy has it
_DASH_LETTERS = r"(?:[a-z]{1,4}|[α-ω]{1,2}|[а-я])"
_DASHED_LETTER = re.compile(
    rf"\(?{_DASH_LETTERS}\)\s|\({_DASH_LETTERS}\)(?=[^\W\d_])"
    r"|(?:[a-z]{1,2}|[α-ω]{1,2}|[а-я])\.(?:\s|$)"
).match
_MARK_FIRSTS = frozenset("(§IVXLC[" + QUOTES)
_SHORT_POINT = re.compile(r"(?:[a-z]{1,5}|στ)[.)]").match


def _inserted_section(quote: str, body: str) -> list[Marker]:
    """Read "[76ANuclear ...U.K.": a section an amendment inserted ("[" opens the insertion)."""
    if body[:1] != "[" or not body[1:2].isdecimal():
        return []
    glued = [m for m in _numbers(quote + "[", body[1:]) if m.style == "num"]
    return [m for m in glued if m.marker == f"{quote}[{m.value}"]


def _spoken_paragraph(quote: str, body: str) -> list[Marker]:
    """Read "Paragraph eins, (1) Im Sinne ...": Austria's print view spells "§ 1" out."""
    if body[:10] != "Paragraph " or not (m := _SPOKEN_PARAGRAPH.fullmatch(body)):
        return []
    if m.group(3)[:1].islower():
        return []  # "Paragraph 28 of Resolution 2136 (2014)": a paragraph cited, no section
    value = "1" if m.group(2) == "eins" else m.group(2)
    return [Marker("para", value, quote + m.group(1), m.group(3))]


_MD_ESCAPED = re.compile(r"\d{1,3}\\\.\s")


def _section_sign(quote: str, body: str) -> list[Marker]:
    """Read "§ 3", "§ 2a", "§ 22<sup>1</sup>." (a section inserted after § 22: "22¹")."""
    if "<sup>" in body[:12] and (m := _PARA_SUP.fullmatch(body)):
        value = m.group(2) + m.group(3).translate(_TO_SUPERSCRIPT)
        return [Marker("para", value, quote + m.group(1), m.group(4))]
    m = _PARA.fullmatch(body)
    if m is None or m.group(3)[:1] == "," or cites_a_part(m.group(3)):
        return []  # "§ 1, stk. 1, affattes ...", "§ 3 Abs. 4 des Gesetzes": a reference
    return [Marker("para", "".join(m.group(2).split()), quote + m.group(1), m.group(3))]


def _after_mark(text: str, quote: str, body: str, mark: str) -> list[Marker]:
    """Read the marker after a bullet or a Markdown heading's "#".

    After a bullet only a label or a bracketed marker counts ("• Article 1", "• (1) The
    Governor"): a bulleted "• 4. når" is a list's bullet and a number the text quotes. A
    Markdown heading a copy numbers ("### 1. Värnat FN:s ...", "### 1.1") is the unit it heads,
    and "### 1" alone too, its title the next heading. A bulleted "• 1." alone on its line
    numbers the text on the next (EUR-Lex summaries).
    """
    if mark == "#" and body.isdecimal() and len(body) <= 3:
        return [Marker("num.", body, text, "")]
    if mark != "#" and _BARE_NUMBER.fullmatch(body):  # "• 1." alone, its text on the next line
        return [Marker("num.", body[:-1], text, "")]
    allowed = _AFTER_HEADING_MARK if mark == "#" else _AFTER_BULLET
    return [
        Marker(m.style, m.value, quote + m.marker, m.rest)
        for m in markers(body)
        if m.style in allowed
    ]


def _dashed(quote: str, body: str) -> list[Marker] | None:
    """Read a marker after a list's dash: "- 2. En conséquence", "- a) práva", "- (1) On 27".

    (e-Sbírka's Czech acts as Markdown put a dash before each point.) None: no marker there.
    """
    if body[2:3].isdecimal():
        return [
            m
            for m in _numbers(quote + body[:2], body[2:])
            if m.style == "num."
            # "- 1.1. Kompletní jaderné reaktory" (an annex's items), not "- 1.5 million" nor a
            # page's contents "- 6.1 Komiteens merknader"
            or (m.style == "decimal" and m.marker.rstrip()[-1] == ".")
        ]
    if body[2:3] == "(" and body[3:4].isdecimal():  # "- (1) On 27 December 2001, ..."
        return _bracketed_number(quote + body[:2], body[2:])
    if _DASHED_LETTER(body[2:]):
        out = _letters(quote + body[:2], body[2:])
        return [m for m in out if m.style in _AFTER_DASH]
    return None


_AFTER_DASH = frozenset({"alpha)", "(alpha)", "roman)", "(roman)", "alpha.", "roman."})
#: A paragraph's number as a superscript: "<sup>1</sup> Der Bundesrat", "<sup>2bis</sup>",
#: a treaty's "<sup>1.</sup>" (Fedlex)
_SUPERSCRIPT = re.compile(r"(<sup>(\d{1,3}(?:bis|ter|quater|[a-z])?)\.?</sup>\s*)(.*)")


def markers(text: str) -> list[Marker]:
    """Return every reading of the marker ``text`` starts with (none: ``[]``).

    ``text`` is a stripped line. Readings come in the order a grammar should
    prefer them when the numbering around does not decide.
    """
    quote, body = _lead(text)
    if not body:
        return []
    mark = quote.lstrip(QUOTES + " ")[:1]
    if mark == "#" or mark in _BULLETS:
        return _after_mark(text, quote, body, mark)
    if (out := _wrapped(quote, body)) is not None:
        return out
    if body[:2] in ("- ", "– ") and (out := _dashed(quote, body)) is not None:
        return out
    first = body[0]
    if first == "§":
        return _section_sign(quote, body)
    if first.isdecimal():
        return _escaped_number(quote, body) if _MD_ESCAPED.match(body) else _numbers(quote, body)
    if first in "([<" and (
        out := _superscript(quote, body)
        or _bracketed_number(quote, body)
        or _inserted_section(quote, body)
    ):
        return out
    if (first == "(" or first.islower()) and (out := _letters(quote, body)):
        return out
    if first == "΄" and body[1:2].isupper():  # "΄Αρθρο 1": the Greek gazette's accent apart
        return _labels(quote, body)
    if first.isalpha() and (out := _spoken_paragraph(quote, body) or _labels(quote, body)):
        return out
    if first == "(" or "A" <= first <= "Z" or first in _OTHER_CAPITALS:
        return _capitals(quote, body)
    return []


def _wrapped(quote: str, body: str) -> list[Marker] | None:
    """Read a marker inside spaced brackets or Markdown emphasis (``None``: neither)."""
    if body[:2] == "( " and (m := _SPACED.match(body)):  # "( a ) are being exported"
        inner = markers(f"({m.group(2)}) {m.group(3)}")
        return [Marker(c.style, c.value, quote + m.group(1), c.rest) for c in inner]
    if body[0] in "*_" and (m := _EMPHASIS.match(body)):  # "*Section 1*In this Agreement:"
        # "**1.**—(1) In this Act—": the Irish Statute Book's section, a dash after it;
        # "**1**.— In this Act": its period outside the marks
        inside, end = m.group(2), m.end()
        if body[end : end + 1] == "." and body[end - 1] in "*_" and inside.isalnum():
            inside, end = inside + ".", end + 1
        dashed = body[end : end + 1] in ("—", "–")
        end += dashed
        inner = markers(f"{inside} {body[end:]}".strip())
        return [
            # "**1.**—It shall be lawful": a section, as "1.—It shall" is (see _numbered)
            Marker(
                "para" if dashed and c.style == "num." else c.style,
                c.value,
                quote + body[:end],
                c.rest,
            )
            for c in inner
            if c.marker.strip() == inside  # the marks enclose the marker, nothing more
        ]
    if body[:2] == "(*" and (m := _ITALIC_LETTER.match(body)):  # "(*a*) This section applies"
        inner = markers(f"({m.group(1)}) {body[m.end() :]}")
        return [Marker(c.style, c.value, quote + m.group(0), c.rest) for c in inner]
    return None


def superscripted(marker: Marker) -> bool:
    """Tell a marker printed as a superscript ("<sup>2</sup> "), maybe a footnote's call."""
    return marker.marker.lstrip(QUOTES + " ").startswith("<sup>")


def _superscript(quote: str, body: str) -> list[Marker]:
    """Read "<sup>1</sup> Der Bundesrat": a paragraph's number as Fedlex's copy prints it.

    Fedlex's copy prints a footnote's call the same way: "<sup>2</sup> a. Gelder" is
    rather point "a." with a call before it (a paragraph's text does not open with a
    marker), unless the numbering around continues the paragraphs.
    """
    if body[:5] != "<sup>" or not (m := _SUPERSCRIPT.fullmatch(body)):
        return []
    prefix = quote + m.group(1)
    after = [
        Marker(c.style, c.value, prefix + c.marker, c.rest)
        for c in markers(m.group(3))
        if not c.marker.startswith("<sup>")  # "<sup>12</sup> <sup>13</sup> 2002": two calls
    ]
    more = _MORE_CALLS.match(m.group(3))  # "<sup>9</sup> <sup>10</sup> Sperrung ..."
    calls = more.end() if more else 0
    if not after and (t := _TITLE_THEN_ARTICLE.match(m.group(3), calls)):
        # "<sup>24</sup> Strafbestimmungen Art. 6": a call, the article's title, its label
        # (not "Wer gegen Art. 4 dieser Verordnung": a sentence citing one)
        after = [
            Marker(c.style, c.value, prefix + m.group(3)[: t.end()] + c.marker, c.rest)
            for c in _labels("", m.group(3)[t.end() :])
            if not c.rest or (c.rest[0].isupper() and t.group(0).split()[-1][0].isupper())
        ]
    return [*after, Marker("(num)", m.group(2), prefix, m.group(3))]


# Fedlex's PDF copy puts an article's title before its label: "Inkrafttreten Art. 11 Diese"
_MORE_CALLS = re.compile(r"(?:<sup>\d{1,3}</sup>\s*)*")
_TITLE_THEN_ARTICLE = re.compile(r"[A-ZÄÖÜ][^\W\d_]+(?:[\s-][^\W\d_]+){0,5}\s+(?=Art\.\s\d)")


def _escaped_number(quote: str, body: str) -> list[Marker]:
    r"""Read "1\. Germany is": a Markdown export's escaped list number, as "1."."""
    return [
        Marker(m.style, m.value, m.marker.replace(".", "\\.", 1), m.rest)
        for m in _numbers(quote, body.replace("\\.", ".", 1))
        if m.style == "num."
    ]


def _bracketed_number(quote: str, body: str) -> list[Marker]:
    """Read "(3)", "(1A)" or an agenda's "[6]"."""
    if m := (_PAREN_NUM if body[0] == "(" else _BRACKET_NUM).fullmatch(body):
        style = "(num)" if body[0] == "(" else "[num]"
        return [Marker(style, m.group(2), quote + m.group(1), m.group(3))]
    return []


def _numbers(quote: str, body: str) -> list[Marker]:
    """Read a line that starts with a digit: "1.", "1)", "1.2.3", "1 §", "5. cikk", "5 Title"."""
    if _ROMAN_MONTH_DATE(body) or spelled_date(body):  # "27.II.2006", "1. oktober 2009"
        return []
    if (m := _SPOKEN_LABEL.fullmatch(body)) is not None:
        # Austria's legal information system prints a list's number and, for screen
        # readers, its label spelled out: "1. Ziffer eins", "1. Litera a" (that is, "a)").
        value = "1" if m.group(3) == "eins" else m.group(3)
        style = "alpha)" if m.group(2) == "Litera" else "num."
        return [Marker(style, value, quote + m.group(1), "")]
    if (m := _SPOKEN_ABSATZ.fullmatch(body)) is not None:
        value = "1" if m.group(2) == "eins" else m.group(2)
        return [Marker("(num)", value, quote + m.group(1), m.group(3) or "")]
    out = []
    if (m := _PARA_AFTER.fullmatch(body)) and not cites_a_part(m.group(3)):
        out.append(Marker("para", "".join(m.group(2).split()), quote + m.group(1), m.group(3)))
    elif (m := _PARA_AFTER_DOT.fullmatch(body)) and _section_text(m.group(3)):
        out.append(Marker("para", m.group(2), quote + m.group(1), m.group(3)))
    if m := _label_patterns()[1].fullmatch(body):
        out.append(Marker("article", m.group(2), quote + m.group(1), m.group(3)))
    if (
        (m := _DECIMAL.fullmatch(body))
        and not _article_reference(m.group(3))
        and not _MEASURE(m.group(3))  # "1.1 GB", "3.4 km of roads": a quantity, not a section
    ):
        out.append(Marker("decimal", m.group(2), quote + m.group(1), m.group(3)))
    return out + _numbered(quote, body)


def _numbered(quote: str, body: str) -> list[Marker]:
    """Read a number and its punctuation: "1.", "1)", "1°", "1 -", "1/", "5 Title"."""
    out = []
    numbered = (
        ("num.", _NUM_DOT),
        ("num)", _NUM_PAREN),
        ("num°", _NUM_DEGREE),
        ("num.", _NUM_DASH),
        ("num.", _NUM_SPACED_DOT),
        ("num.", _NUM_HYPHEN_ARABIC),
        ("num.", _NUM_ELLIPSIS),
        ("num/", _NUM_SLASH),
        ("num", _BARE_NUM),
        ("num", _GLUED_NUM),
    )
    for style, pattern in numbered:
        if m := pattern.fullmatch(body):
            if style == "num" and (cites_a_part(m.group(3)) or _SENTENCE_GAP(m.group(1))):
                # "... nach Satz / 1 Nr. 2, die er": a citation wrapped at its number; "1
                # Einer Überprüfung": a German law's sentence number set off by a wide gap
                continue
            if pattern is _NUM_DOT and _dated_not_inserted(m.group(2), m.group(3)):
                continue  # "2020m. balandžio 23d.": a Lithuanian date, no paragraph "2020m"
            if style == "num." and (
                _SECTION_DASH.search(m.group(1))
                or (m.group(3)[:1] == "(" and not NAME_PARTS.match(m.group(3)))
            ):
                style = "para"  # "20.—(1) Where", "1.(1) A thing": a section and its subsection
            value = "".join(m.group(2).split())
            marker, rest = quote + m.group(1), m.group(3)
            if style == "num°" and (latin := _DEGREE_INSERT.match(rest)):
                # "2° bis Le transfert": a point inserted after "2°" (French codes)
                value, marker, rest = (
                    f"{value} {latin.group(1)}",
                    marker + latin.group(),
                    rest[latin.end() :],
                )
            if pattern is _NUM_HYPHEN_ARABIC:
                value = value.translate(_DIGITS)
            out.append(Marker(style, value, marker, rest))
    return out


def _dated_not_inserted(value: str, rest: str) -> bool:
    """Tell "2020m.", "23d." (a date's year and day) from "1a." (a paragraph inserted after 1)."""
    if not (value[-1:].islower() and value[:-1].isdecimal()):
        return False  # "3-bis": an inserted paragraph of an Italian law
    return len(value) > 4 or rest[:1].islower()


@functools.cache
def _article_stems() -> tuple[str, ...]:
    """Return the article words written after the number, less their last letter ("pant")."""
    return tuple(w.lower()[:-1] for w in number_first_article_words() if len(w) > 4)


def _article_reference(rest: str) -> bool:
    """Tell "3.1 panta otro daļu" (of Article 3.1): an article cited by its decimal number.

    In languages that write the article's number first ("5. pants"), a decimal number
    followed by the article word in lower case, in any case ending, cites an article
    where a line break put its number first.
    """
    return rest[:1].islower() and rest.lower().startswith(_article_stems())


def _latin_insert(marker: str) -> str:
    """Return the Latin ordinal a label's marker ends in: " bis" ("Article 1er bis"), "-ter"."""
    m = _LATIN_INSERT.search(marker)
    return (m.group(1) or " ") + m.group(2) if m else ""


def _section_text(rest: str) -> bool:
    """Tell what may follow a section's "1. §": nothing, a sentence, or its "(1)"."""
    return not rest or rest[0].isupper() or rest[0] == "("


def _letters(quote: str, body: str) -> list[Marker]:
    """Read "(a)", "a)", "a.", "(iv)": a letter, a roman numeral, or both ("(i)")."""
    m = _ALPHA.fullmatch(body)
    if not m or not _punctuation_fits(body, m.group(3)):
        return []
    out = []
    value, form = m.group(2).replace("ـ", ""), _form(body, m.group(3))
    if (
        len(value) == 1
        or value[1:2] == "."  # "(c.1)": inserted after "(c)" (Canada's statutes)
        or value == "στ"
        or value == value[0] * len(value)
        or inserted_letters(value)
    ):
        out.append(Marker(form.format("alpha"), value, quote + m.group(1), m.group(4)))
    if _LOWER_ROMAN.fullmatch(value):
        out.append(Marker(form.format("roman"), value, quote + m.group(1), m.group(4)))
    return out


_SECTION_CITED = re.compile(r"§\s?\d").match


def _labels(quote: str, body: str) -> list[Marker]:
    """Read "Article 5", "Artikel 2a", "Article premier", "Action #3", "Section 2"."""
    patterns = _label_patterns()
    labelled = (
        (patterns[0], "article"),
        (patterns[1], "article"),  # a treaty's "I pants", "IV straipsnis"
        (patterns[2], "action"),
        (patterns[3], "sect"),
        (patterns[4], "stk"),
    )
    for pattern, style in labelled:
        if m := pattern.fullmatch(body):
            if cites_a_part(m.group(3)) or (
                style == "article" and _SECTION_CITED(m.group(3)) and "." not in m.group(1)
            ):  # "Artikel II Nr. 7 des Übereinkommens", "Artikel VI § 19 Buchstabe b": a
                return []  # reference (not "Art. 2. § 1er. Pour": a Belgian article's first §
            value = m.group(2)
            if not _UPPER_ROMAN.fullmatch(value):  # "Article IV" keeps its numeral
                value = value.lower()
            insert = _latin_insert(m.group(1))
            label, rest = m.group(1), m.group(3)
            if style == "article" and (split := _split_letter(label, rest)):
                label, rest = label + split.group(0), rest[split.end() :]
                value += split.group(1)  # "Art. 4 a Ein- und Durchreise": Article 4a
            if value in ("premier", "1er", "1 er", "1.er", "1<sup>er</sup>", "first"):
                value = "1"  # "Art. 1<sup>er</sup>.": Legilux's HTML superscript kept
            value = value.lstrip("0") or value  # "Άρθρο 02"
            if "-" in value:  # a French code's "L. 2331-1": "L2331-1"
                value = value.replace(".", "").replace(" ", "").upper()
            return [Marker(style, value + insert, quote + label, rest)]
    return []


def _split_letter(label: str, rest: str) -> re.Match[str] | None:
    """Read an inserted article's letter printed apart: "Art. 4 a Titel", "Art. 1 a".

    Fedlex's PDF texts space it from its number. Only after "Art." and a bare number, and
    only a lower-case letter alone before a capitalised title or the line's end.
    """
    if not (label.startswith("Art. ") and label.rstrip()[-1:].isdecimal()):
        return None
    return _LETTER_APART.match(rest)


_LETTER_APART = re.compile(r"([a-z])(?:\s+(?=[A-ZÄÖÜ])|\s*$)")


@functools.cache
def _reference_part() -> re.Pattern[str]:
    # "Abs. 4", "Nr. 7": a part's name and its number; "første ledd": a part named in full
    parts = structure_words("reference_parts")
    words = "|".join(re.escape(w) for w in parts if " " not in w)
    named = "|".join(re.escape(w) for w in parts if " " in w) or "(?!)"
    return re.compile(
        rf"(?:(?:{words})(?!\w)\s*\(?(?:\d|[a-zA-Z](?!\w))|(?:{named})(?!\w))", re.IGNORECASE
    )


def cites_a_part(rest: str) -> bool:
    """Tell what follows a label when it cites a part of the unit: "Abs. 4, § 4 Abs. 2".

    "§ 3 Abs. 4", "Artikel II Nr. 7 des Übereinkommens", "§ 5 stk. 2": a
    citation of a paragraph or point of that unit (the words are each
    language's ``reference_parts``), so the label opens no unit. So does a bracketed
    clause on it that the sentence goes on after: "Section 78 (which relates to the
    charges ...) of the Principal Act;", a list of the enactments an act repeals.
    """
    return _reference_part().match(rest) is not None or _GLOSSED(rest) is not None


# "(which relates to ...) of the Principal Act": a lowercase gloss, then lowercase text
_GLOSSED = re.compile(r"\([^\W\d_A-Z][^()]{2,300}\)\s+[^\W\d_A-Z]").match


def _capitals(quote: str, body: str) -> list[Marker]:
    """Read "II.", "A.", "(B)": a capital roman numeral, a capital letter, or both ("I.")."""
    if _ROMAN_ALONE.fullmatch(body):
        return [Marker("ROMAN.", body, quote + body, "")]
    if len(body) == 1 and "A" <= body <= "Z":
        # "A" alone on its line, its text on the next: a Dutch amending act's items
        return [Marker("ALPHA", body, quote + body, "")]
    m = _UPPER.fullmatch(body)
    if not m or not _punctuation_fits(body, m.group(3)):
        return []
    out = []
    value = m.group(2)
    if len(m.group(3)) > 1 and (not _UPPER_ROMAN.fullmatch(value) or _INITIAL.match(m.group(4))):
        return []  # ".-" only after a numeral, and "J.-Y. Le Drian" is a name
    if m.group(3) == "-" and m.group(1).endswith("-") and m.group(4)[:1].isalpha():
        return []  # a hyphen glued to a word: Maltese "L-Unjoni", the OJ's "L-sarja", "A-punkter"
    close = m.group(3)[0]  # ".-" is "."
    form = _form(body, close).replace("{}-", "{}.").replace("{}–", "{}.")
    if _UPPER_ROMAN.fullmatch(value):
        out.append(Marker(form.format("ROMAN"), value, quote + m.group(1), m.group(4)))
    if len(value) == 1 or value == "ΣΤ":
        out.append(Marker(form.format("ALPHA"), value, quote + m.group(1), m.group(4)))
    return out


def _punctuation_fits(body: str, close: str) -> bool:
    """Tell whether the brackets pair up: "(a)" or an old statute's "(i.)", not "(a.".

    "a). This Agreement": a treaty's points closed with both, a bracket and a full stop.
    """
    if body.startswith("("):
        return close in (")", ".)", ").")
    return close != ".)"


def _form(body: str, close: str) -> str:
    """Return the style template of a marker: "({})", "{})" or "{}."."""
    if body.startswith("("):
        return "({})"
    return "{})" if close == ")." else "{}" + close


def roman_value(numeral: str) -> int:
    """Return the value of a roman numeral (either case)."""
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total, prev = 0, 0
    for ch in reversed(numeral.lower()):
        v = values[ch]
        total, prev = (total - v, prev) if v < prev else (total + v, v)
    return total


def _to_roman(n: int, upper: bool) -> str:
    out = ""
    for v, s in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v")):
        while n >= v:
            out, n = out + s, n - v
    out += {4: "iv"}.get(n, "i" * n)
    return out.upper() if upper else out


def family(style: str) -> str:
    """Return a style without its punctuation: ``(alpha)`` -> ``alpha``."""
    return style.strip("()[].°/")


def _alpha_successor(value: str) -> str:
    for letters in _ALPHABETS:
        if value in letters:
            k = letters.index(value)
            return letters[k + 1] if k + 1 < len(letters) else ""
    if len(value) >= 2:  # aa, bb, cc... (iii: a doubled letter too)
        return chr(ord(value[0]) + 1) * len(value) if value[0] < "z" else ""
    return "aa" if value == "z" else chr(ord(value) + 1)


def letter_rank(value: str) -> int:
    """Return a letter's place in its alphabet's order ("ΣΤ" after "Ε"), either case."""
    for letters in _ALPHABETS:
        if value.lower() in letters:
            return letters.index(value.lower())
    return ord(value[0].lower()) - ord("a")


def inserted_letters(value: str) -> bool:
    """Tell whether letters were inserted into a list by an amendment: "ab", "aba" after "a".

    Not a doubled letter ("aa", "bb": the letters after "z").
    """
    return 2 <= len(value) <= 3 and value.isascii() and value != value[0] * len(value)


#: Italian laws insert "3-bis", "3-ter" after "3".
_LATIN_INSERTS = frozenset(f"-{w}" for w in _LATIN_ORDINALS)
_LATIN = frozenset(_LATIN_ORDINALS)


def inserted(style: str, open_value: str, value: str) -> bool:
    """Tell whether ``value`` was inserted after ``open_value``: "(1A)", "(1a)"; "(ab)"."""
    family_ = family(style)
    if family_ == "alpha":
        if value == open_value * 2 and open_value < "z" and open_value not in "ivxlc":
            return True  # "(aa)" after "(a)": inserted (after "(z)" it would come next)
        if value[1:2] == "." and value[0] == open_value[0]:
            return True  # "(c.1)" after "(c)"
        if value[1:].isdecimal() and value[0] == open_value[0]:
            return True  # "(z1)" after "(z)"
        return inserted_letters(value) and value[0] == open_value[0]
    if family_ in ("num", "para", "article"):  # "1 a §" after "1 §" (Swedish laws), "Article 2a"
        digits = re.match(r"\d+", open_value)
        head = digits.group() if digits else ""
        # "1A", "1a", "3-bis" (Italian laws insert "3-bis" after "3"), "2bis" (Fedlex)
        tail = value[len(head) :]
        return (
            bool(head)
            and value.startswith(head)
            and (
                tail.isupper()
                or len(tail) == 1
                or (tail.isdigit() and not tail.isdecimal())  # "39¹⁰" (Riigi Teataja)
                or tail in _LATIN_INSERTS
                or tail.lstrip() in _LATIN  # "2bis", "2 bis"
            )
        )
    return False


_ITALIAN_SKIPS = {"j": "l", "w": "z"}


def continues(style: str, open_value: str, value: str) -> bool:
    """Tell whether ``value`` goes on from ``open_value`` in the scheme of ``style``.

    The next one ("(b)" after "(a)"), one an amendment inserted ("(1A)", "(aa)",
    "(c.1)"), or the next after an inserted one ("(b)" after "(aa)").
    """
    if successor(style, open_value) == value or inserted(style, open_value, value):
        return True
    # an Italian list has no j, k, w, x or y: "i)" then "l)", "v)" then "z)"
    if family(style) == "alpha" and _ITALIAN_SKIPS.get(successor(style, open_value)) == value:
        return True
    doubled = len(open_value) == 2 and open_value == open_value[0] * 2
    return doubled and family(style) == "alpha" and value == successor(style, open_value[0])


def successor(style: str, value: str) -> str:
    """Return the identifier that follows ``value`` in the scheme of ``style`` ("" if none)."""
    if not value:
        return ""
    family_ = family(style)
    if family_ in ("num", "article", "para", "action", "sect", "stk"):
        digits = re.match(r"\d+", value)
        if not digits:
            # "Article IV" then "Article V" (treaties number articles in roman numerals)
            return (
                _to_roman(roman_value(value) + 1, upper=True)
                if _UPPER_ROMAN.fullmatch(value)
                else ""
            )
        return str(int(digits.group()) + 1)
    if family_ == "decimal":
        head, _, last = value.rpartition(".")
        return f"{head}.{int(last) + 1}" if last.isdecimal() else f"{head}.{_alpha_successor(last)}"
    if family_ == "alpha":
        if value[1:].isdecimal():  # "(z1)", then "(z2)"
            return value[0] + str(int(value[1:]) + 1)
        inserted_ = inserted_letters(value) or value[1:2] == "."
        return _alpha_successor(value[0] if inserted_ else value)
    if family_ == "ALPHA":
        if value.isascii():
            return chr(ord(value) + 1) if value < "Z" else ""
        return _alpha_successor(value.lower()).upper()
    if family_ in ("roman", "ROMAN"):
        return _to_roman(roman_value(value) + 1, upper=family_ == "ROMAN")
    return ""


def is_first(style: str, value: str) -> bool:
    """Tell whether ``value`` opens a list in the scheme of ``style``."""
    family_ = family(style)
    if family_ == "decimal":
        return value.endswith(".1")
    if family_ == "alpha":  # "i)" opens a list of roman numerals, not of letters
        return value in ("a", "а", "α", "أ")
    if style == "article" and value.lower() in sole_articles():
        return True  # "Article unique", "Άρθρο Μόνο": the first article, and the only one
    return value in ("1", "a", "A", "i", "I", "а", "α", "أ", "А", "Α")


# --- running text: the markers of Council documents ----------------------------
#
# Council conclusions, position papers, project annexes and web pages number
# their paragraphs as running text prints them, and the Council grammar
# (:mod:`polcompare.parse.council`) reads them with the patterns below rather
# than with :func:`markers`. Where a reading differs from the one
# :func:`markers` gives the same style, its comment says how. Each function
# tries its pattern only on lines it can match, as told by cheap tests (the
# first characters: ``\d`` is exactly ``str.isdecimal``; the length; the case).

#: A part heading: "I- Ievads", "II. EU's position", "IV) Mine clearance". Looser than
#: the ``ROMAN.`` reading: any run of I, V and X (not checked to be a numeral), and a
#: space may stand before the punctuation ("I - Ievads"). Narrower: text must follow a
#: space, and no bracket or quotation mark comes before. A dash after the full stop ("I. -
#: Ievads") is part of the text, where :func:`markers` takes it into the marker.
PART_NUMERAL = re.compile(r"([IVX]{1,5})\s*[-–.)]\s+(\S.*)")
#: A section heading of a list numbered from 1: "1) Ievads". The ``num)`` reading
#: narrowed: one or two digits, no quotation mark before, text after a space.
LIST_SECTION = re.compile(r"(\d{1,2})\)\s+(\S.*)")
#: A numbered paragraph: "1. The Council", '"1. Recalling' (a quoted paragraph), "2). The
#: EU" (a misprint seen). The ``num.`` reading narrowed: digits only (not "1A."), at most
#: one quotation mark (and one space) before, a space and text after the full stop (not
#: "1." alone, not "1.Ως" glued). Widened too: what follows the space is the paragraph's
#: text whatever it is, where :func:`markers` reads "1. (1)" and "1. - (1)" as a section
#: and its subsection (``para``) and "1. Ziffer eins" as a spoken label.
_BARE_NUMBER = re.compile(r"\d{1,3}\.")  # "1." alone on its line
NUMBERED = re.compile(rf"(?:[{re.escape(QUOTES)}]\s?)?(\d{{1,6}})\)?\\?\.\s+(\S.*)")
#: A lettered sub-item: "a. text", "b) text", "(c) text". The ``alpha`` reading narrowed:
#: one latin letter (not "aa", "ab", Cyrillic or Greek), a space and text after it (not
#: "(a)" alone or "(a)text" glued, unless the text is Chinese: "(a)在最高法院", "(c)2009年").
#: Read only where its first characters are "a." "a)" or "(a)" (see :func:`lettered_item`),
#: so "(a. text" is not one either.
LETTERED = re.compile(
    rf"\(?([a-z])(?:(?<=\([a-z])\)\.(?=\s)|[.)])"  # "(a). text" too (a 1957 treaty's Dutch copy)
    rf"(?:\s+|(?<=\))(?=[\u4e00-\u9fff]|{_GLUED_CHINESE}))(\S.*)"
)
#: A date alone on its line: "25.06.2019" (day, month, year), a web page's dated block.
DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
#: One word in capitals, 4 to 20 letters, alone on its line: an annex's label
#: ("PIELIKUMS", "BILAG", "ANNEX"). Tested only on lines that are upper case.
CAPITAL_WORD = re.compile(r"[^\W\d_a-z]{4,20}")

_ROMAN_FIRSTS = ("I", "V", "X")  # what PART_NUMERAL's first character can be
_LETTER_ENDS = (".", ")")  # what follows the letter of a lettered sub-item


def lettered_item(text: str) -> re.Match[str] | None:
    """Return the match of :data:`LETTERED` on a stripped line ("a. ", "b) ", "(c) "), or None."""
    first = text[:1]
    if ("a" <= first <= "z" and text[1:2] in _LETTER_ENDS) or (
        first == "(" and "a" <= text[1:2] <= "z" and text[2:3] == ")"
    ):
        return LETTERED.fullmatch(text)
    return None


#: A point numbered in lower-case roman numerals, bracketed: "(ii) Article VI", "iii) text",
#: "(iii)Article VII" (a PDF's glued capital). Group 1 the numeral, group 2 the text.
ROMAN_POINT = re.compile(r"\(?(x{0,3}(?:ix|iv|v?i{1,3}|v))\)(?:\s+|(?=[A-Z]))(\S.*)")


def roman_point(text: str) -> re.Match[str] | None:
    """Return the match of :data:`ROMAN_POINT` on a stripped line ("(ii) Text"), or None."""
    first = text[1:2] if text[:1] == "(" else text[:1]
    return ROMAN_POINT.fullmatch(text) if first in ("i", "v", "x") else None


def list_section(text: str) -> re.Match[str] | None:
    """Return the match of :data:`LIST_SECTION` on a stripped line ("1) Ievads"), or None."""
    return LIST_SECTION.fullmatch(text) if text[:1].isdecimal() else None


def date_line(text: str) -> re.Match[str] | None:
    """Return the match of :data:`DATE` on a stripped line ("25.06.2019"), or None."""
    if 8 <= len(text) <= 10 and text[:1].isdecimal():
        return DATE.fullmatch(text)
    return None


def part_numeral(text: str) -> re.Match[str] | None:
    """Return the match of :data:`PART_NUMERAL` on a stripped line ("I- Ievads"), or None."""
    return PART_NUMERAL.fullmatch(text) if text[:1] in _ROMAN_FIRSTS else None


def annex_label(text: str) -> bool:
    """Tell whether a stripped line is one word in capitals: an annex's label ("PIELIKUMS")."""
    return 4 <= len(text) <= 20 and text.isupper() and CAPITAL_WORD.fullmatch(text) is not None


def labelled_item(text: str) -> re.Match[str] | None:
    """Return the match of :data:`LABELLED` on a stripped line ("Darbība Nr. 1.2.3.: "), or None.

    :func:`labelled_line` tells the same, yes or no.
    """
    return LABELLED.fullmatch(text) if ":" in text else None


@dataclass(slots=True)
class RunningMarks:
    """What each line of running text starts with (see :func:`running_marks`).

    One entry per line, and one more for the empty text after the last line,
    so that ``[i + 1]`` always looks at the next line.
    """

    #: The match of :data:`NUMBERED`, or None.
    numbered: list[re.Match[str] | None]
    #: The match of :data:`LETTERED` (see :func:`lettered_item`), or None.
    lettered: list[re.Match[str] | None]
    #: The match of :data:`ROMAN_POINT` (see :func:`roman_point`), or None: "(ii)", "(iv)";
    #: "(i)", "(v)", "(x)" are letters too (both readings are kept).
    roman: list[re.Match[str] | None]
    #: Whether the line starts an item: numbered, lettered, a list's section
    #: (:data:`LIST_SECTION`), a date (:data:`DATE`), a project annex's label
    #: (:data:`LABELLED`).
    starts: list[bool]
    #: Whether it starts an item or may be an annex label or a part heading
    #: (:func:`annex_label`, :func:`part_numeral`; tested loosely).
    marked: list[bool]
    #: Neither marked nor capitalised: it can only be text, not a heading.
    plain: list[bool]
    #: How many lines are a project annex's labels (:data:`LABELLED`: "Darbība Nr. 1.1.1.:").
    labelled: int


@functools.cache
def _month_stems() -> str:
    """Every language's month stems as one alternation (the language files' ``months``)."""
    return "|".join(re.escape(stem) for stem, _ in month_table())


@functools.cache
def _spelled_date() -> re.Pattern[str]:
    stems = _month_stems()
    day_month = rf"(?:[1-9]|[12]\d|3[01])(?:\.\s*|\s+)(?:{stems})[^\W\d_]*\.?"
    # a span's first day and month before its last day, month and year: "1. juulist kuni 30.
    # juunini 2025", "1. Juli bis 31. Dezember 2025"
    return re.compile(rf"{day_month}(?:\s+[^\W\d_]{{1,6}}\s+{day_month})?\s+\d{{4}}(?!\d)", re.I)


def spelled_date(text: str) -> bool:
    """Tell a line that opens with a date, its month spelled: "1. oktober 2009 vart ...".

    A span's first day and month count too: "1. juulist kuni 30. juunini 2025 juhib Eesti".

    The day's full stop is the ordinal's of the languages that write dates so (da, nb, de,
    fi...), not a unit's: the month's name (the language files' ``months``) and the year
    follow it. Without the full stop it is a date too, no section "1": "1 November 2019,
    New York - Statement on behalf of the EU".
    """
    return text[:1].isdecimal() and _spelled_date().match(text) is not None


def stage_ordinal(rest: str) -> bool:
    """Tell the text after an ordinal that names a parliament's stage: no unit's number.

    "1. behandlet/henvist til udvalg", "1. gangs behandling", "2. Lesung" (the language
    files' ``stage`` words).
    """
    words = rest.split(maxsplit=1)
    return bool(words) and words[0].lower().startswith(lower_words("stage") or ("\0",))


#: A first paragraph whose "1" lost its full stop: '"1 The EU welcomes the efforts by ...'
_DOTLESS_ONE = re.compile(rf"(?:[{re.escape(QUOTES)}]\s?)?(1)\s+([^\W\d_a-z][^\W\d_]*\s.{{30,}})")


def _dotless_first(
    texts: list[str], numbered: list[re.Match[str] | None]
) -> tuple[int, re.Match[str]] | None:
    """Find paragraph 1 printed without its full stop before a list that opens at "2.".

    The copy's "1 The EU welcomes ..." is the first of "2.", "3.": the line
    before the first numbered one, a sentence after a bare "1" (not a date:
    "1 January 2012 ...").
    """
    first = next(((k, m) for k, m in enumerate(numbered) if m is not None), None)
    if first is None or first[1].group(1) != "2":
        return None
    for i in range(first[0] - 1, -1, -1):
        if m := _DOTLESS_ONE.fullmatch(texts[i]):
            dated = re.match(f"(?:{_month_stems()})", m.group(2), re.I) is not None
            return None if dated else (i, m)
    return None


def running_marks(texts: list[str]) -> RunningMarks:
    """Read the item marker each stripped line of running text starts with, once.

    Each pattern is tried only on lines whose first characters allow it: a
    digit (perhaps after a quotation mark, '"1. Recalling') for
    :data:`NUMBERED`, :data:`LIST_SECTION` and :data:`DATE`; "a." "a)" "(a)"
    for :data:`LETTERED`; a colon for :data:`LABELLED`.
    """
    n = len(texts)
    numbered: list[re.Match[str] | None] = [None] * (n + 1)
    lettered: list[re.Match[str] | None] = [None] * (n + 1)
    roman: list[re.Match[str] | None] = [None] * (n + 1)
    starts = [False] * (n + 1)
    labelled = 0
    marked = [False] * (n + 1)
    plain = [False] * (n + 1)
    for i, text in enumerate(texts):
        first = text[:1]
        if first.isdecimal() or (first in QUOTES and text[1:3].lstrip()[:1].isdecimal()):
            # numbered, section or date (list_section and date_line, asked inline);
            # never lettered or labelled
            m = numbered[i] = NUMBERED.fullmatch(text)
            if m is not None and (stage_ordinal(m.group(2)) or spelled_date(text)):
                m = numbered[i] = None  # "1. behandlet/henvist ...", "1. oktober 2009"
            if m is None and _BARE_NUMBER.fullmatch(text) and i + 1 < n:
                # "1." alone, its text on the next line (a PDF's text layer)
                after = texts[i + 1]
                running = len(after) >= 40 and not after.isupper()  # text, not a title
                if running and (after[:1].isupper() or after[:1] in QUOTES):
                    m = numbered[i] = NUMBERED.fullmatch(f"{text} {after}")
            starts[i] = (
                m is not None
                or LIST_SECTION.fullmatch(text) is not None
                or (8 <= len(text) <= 10 and DATE.fullmatch(text) is not None)
            )
        else:
            if first == "(" or "a" <= first <= "z":
                if first == "(" or text[1:2] in _LETTER_ENDS:
                    lettered[i] = lettered_item(text)
                roman[i] = roman_point(text)
            if lettered[i] is not None or roman[i] is not None:
                starts[i] = True
            elif ":" in text:  # a label ends with a colon: "Darbība Nr. 1.1.1.:"
                starts[i] = LABELLED.fullmatch(text) is not None
                labelled += starts[i]
        # What may make CAPITAL_WORD or PART_NUMERAL match, tested loosely.
        marked[i] = starts[i] or first in _ROMAN_FIRSTS or (len(text) <= 20 and text.isupper())
        plain[i] = not marked[i] and not first.isupper() and first != "#"  # "# Title": Markdown
    if (first_one := _dotless_first(texts, numbered)) is not None:
        i, m = first_one
        numbered[i], starts[i], marked[i], plain[i] = m, True, True, False
    return RunningMarks(numbered, lettered, roman, starts, marked, plain, labelled)


# --- line ends and headings --------------------------------------------------
#
# Tested with str.endswith on stripped text (which cannot end with a newline,
# so this is what a "[...]$" regex would say).

#: What a sentence or a clause ends with.
SENTENCE_ENDS = (".", "!", "?", ":", ";")
#: What a paragraph ends with (a clause's ":" or ";" does not end one).
PARAGRAPH_ENDS = (".", "!", "?")
#: What a heading or title does not end with: a sentence's or clause's end, or a comma.
HEADING_BAD_ENDS = SENTENCE_ENDS + (",",)
_CLAUSE_INSIDE = re.compile(r"[.:;!?]\s")  # a sentence or clause ends inside the line


def short_unended(
    text: str,
    longest: float,
    words: int,
    *,
    ends: tuple[str, ...] = HEADING_BAD_ENDS,
    clauses: bool = False,
) -> bool:
    """Tell whether ``text`` is short and unended: what a heading or a title looks like.

    At most ``longest`` characters and ``words`` words, and no end of
    ``ends``. With ``clauses``, no clause ends inside it either (", ",
    ". ", ": "...). The Council grammar asks with ``words=10, clauses=True``;
    the outline engine's :func:`~polcompare.parse.outline.heading_like` is this
    test with ``words=14`` and ``ends=HEADING_BAD_ENDS + ("…",)``, on the
    text without closing quotation marks.
    """
    # The cheap tests first: most lines of running text are too long.
    return (
        bool(text)
        and len(text) <= longest
        and not text.endswith(ends)
        and not (clauses and (", " in text or _CLAUSE_INSIDE.search(text) is not None))
        and len(text.split()) <= words
    )


__all__ += [
    "ROMAN_POINT",
    "superscripted",
    "CAPITAL_WORD",
    "DATE",
    "HEADING_BAD_ENDS",
    "LETTERED",
    "LIST_SECTION",
    "NUMBERED",
    "PARAGRAPH_ENDS",
    "PART_NUMERAL",
    "RunningMarks",
    "SENTENCE_ENDS",
    "annex_label",
    "date_line",
    "labelled_item",
    "labelled_line",
    "lettered_item",
    "list_section",
    "part_numeral",
    "running_marks",
    "short_unended",
    "spelled_date",
    "stage_ordinal",
]


# "1.Objectives 2.Organisation of the network 3.1.Project 1: ...": a table of contents run together
_RUN_IN_ENTRY = re.compile(r"(?:^|(?<=\S)\s?)\d{1,2}(?:\.\d{1,2})*\.(?=[A-ZÀ-Þ])")
_RUN_IN_LEAST = 5  # entries on the line
_TITLE_END = re.compile(r"[.;:!?]$")
# "144. Αύξηση θέσεων ... ........ 2 AΠΟΦΑΣΕΙΣ Ανάκληση ... ....... 3": a gazette's contents,
# each entry's dot leaders and page number, run together
_LEADERS_AND_PAGE = re.compile(r"(?:\.\s?){5,}\s*\d{1,4}(?=\s|$)")


def run_in_contents(text: str) -> bool:
    """Tell whether a line is a table of contents run together on one line.

    Five or more numbered entries glued to their titles ("1.Objectives
    2.Organisation of the network 3.1.Project 1: ..."), the line opening with
    the first, and nearly all of them short titles, not sentences; or two entries or more
    with their dot leaders and page numbers.
    """
    if not text[:1].isdigit():
        return False
    if len(_LEADERS_AND_PAGE.findall(text)) >= 2:
        return True
    titles = [p.strip() for p in _RUN_IN_ENTRY.split(text)[1:]]
    if len(titles) < _RUN_IN_LEAST:
        return False
    short = sum(1 for t in titles if t and len(t) <= 90 and not _TITLE_END.search(t))
    return short >= 0.8 * len(titles)
