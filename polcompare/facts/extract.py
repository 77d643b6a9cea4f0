"""Finding facts in an item's text (money, dates, years, articles, ordinals, numbers).

Two language versions of one Council document should state the same facts:
the same sums of money, dates, years, articles of the Convention, ordinals
("the fifth Review Conference") and counts ("14 States Parties"). This module
finds those facts in an item's text and normalises them so the versions can be
compared (:mod:`polcompare.facts.compare` compares aligned items).

Kinds of fact and their normalised ``value`` (always a string)
--------------------------------------------------------------
``amount``
    Money: a number, an optional scale word and a currency, in either order:
    "26 miljonus EUR", "38,5 mio. EUR", "3 miljardiem EUR", "EUR 5 million",
    "€5 million", "418 millioner kroner". The value is the whole amount in
    units of the currency as an integer ("26000000"; a decimal only if the
    amount has fractions of a unit). Euros get no suffix; any other currency
    is appended as its ISO code: "418000000 NOK". "kr"/"kroner" is NOK in
    Norwegian, DKK in Danish, SEK in Swedish. A Norwegian "345 millioner"
    with no currency, followed by a preposition (til, i, fra, på, over, for)
    or by punctuation, is how Norwegian government pages state grants, and is
    read as NOK; followed by a noun ("52 millionene lagrede miner") it is a
    plain ``number``. Amounts written in words are not recognised.
``date``
    A full date in ISO form: lv "2021. gada 18. februāris", "2013. gada
    1. jūnija" (any case of the month name), da/nb "18. februar 2021", "den
    1. juni 2013", en "18 February 2021", "February 18, 2021", and numeric
    "18.02.2021" / "2021-02-18" all give "2021-02-18". A day range ("2024.
    gada 25.–29. novembrī", "den 25.-29. november 2024") is one fact
    "2024-11-25/2024-11-29"; so are two dates joined by a dash ("2023. gada
    1. jūlijs – 2026. gada 30. jūnijs", "25. november – 2. december 2024",
    where the end lends its year to the start). A list of days ("11. un 12.
    novembrī") gives one date per day. A day and month without a year ("30.
    november") gives "--11-30" (ISO 8601's year-less form). A month with only
    a year ("2023. gada martā", "i september 1997") is a ``year``.
``article``
    An article of a convention: lv "5. pants/panta/pantā/pantu", "5. un
    7. pantā", da "artikel 5", "artikel 5-udvalget", "artikler 5 og 7", nb
    "artikkel 5", en "Article 5", "Articles 5 and 7". The value is the
    article number; a paragraph, where given, is kept as "7(4)": lv "7. panta
    4. punkts", da "artikel 7, stk. 4", nb "artikkel 7 nr. 4", en "Article
    7(4)", "Articles 28(1) and 31(1)", de "Artikel 7 Absatz 4", fr "article 7,
    paragraphe 4", sv "artikel 7.4", "artiklarna 28.1 och 31.1". An inserted
    article keeps its letter ("Artikel 2a"). Each article of a list is one
    fact (all with the list's span). The words before the number (one
    article, a list, its "and", a paragraph) are each language file's
    ``articles:`` table; the words after the number in number-first languages
    (lv "5. pants", fi "5 artikla", hu "5. cikk", lt "5 straipsnis", sl "5. člen")
    are its ``after:`` list.
``year``
    A four-digit number from 1900 to 2099 that is not part of a date:
    "2022. gadā", "i 2022", "2030-dagsordenen", "(2004)". Latvian writes a
    year with a period ("2019. gadā"), so in Latvian a bare "2000" followed
    by a word ("2000 ekspertu") is a ``number``.
``ordinal``
    Digits with a period before a lowercase word, the continental way of
    writing ordinals ("21. sanāksmes", "det 21. møde", "4028. sanāksmē"; not
    in English), en "21st"; and ordinal words 1-20 and the tens (with 21-99 compounds), in
    every inflected form: lv "pirmais/pirmā/pirmo/pirmajā...", "ceturtā",
    "piektās", "trešajā", da "første, tredje, fjerde, femte...
    femogtyvende", nb "første, tredje, fjerde...", en "first, third,
    fourth...". The value is the number: "4".
``number``
    Every other number. Digits: "14", "1500", "10 000" (space, no-break space
    or narrow no-break space between groups of three), "38,5" -> "38.5" (a
    comma is the decimal mark except in English, where "1,500" is 1500 and
    "38.5" a decimal; outside English "10.000" is 10000). A dotted label like
    "1.2.3" or a reference like "2021/257" keeps its form. A scale word
    multiplies: "26 mio." -> "26000000". Number words: lv "divdesmit pieci",
    "divdesmit piecu" (25; every case form of the cardinals, "simts",
    "tūkstotis", "miljons"...), da "fem", "femogtyve" (25), "to hundrede",
    nb "fem", "tjuefem", en "five", "twenty-five". A number written both ways,
    "trīs (3)", is one fact. A resolution's number before its year in brackets,
    "résolutions 2014 (2011) et 2051 (2012)", is a number (the bracketed
    year a year), not a year.

What is not a fact
------------------
- Numbers inside another fact: the day and year of a date, the number of an
  article or an amount. Every character belongs to at most one fact; facts
  are looked for in the order date, reference number ("2021/257"), amount,
  article, resolution number, year, ordinal, number, and a later one may not overlap an
  earlier one.
- Digits glued to a word: footnote marks ("destruktion1.", "konventionen.1",
  and a web page's bracketed "Albania[1]") and codes ("G7", "CO2"). A footnote
  mark standing apart ("iznīcināšanu 1. ES") is recognised when its number is
  passed in ``footnotes`` (items carry theirs in the ``footnotes`` column): a
  bare footnote number after a word and before a capital letter or the end of
  the text.
- Item numbering (the parser has removed the marker from ``text``).
- Words that look like numbers but are not: da "en"/"et" and nb "en"/"ei"/
  "ett" (the articles a/an; they count only before a scale word: "en
  million", "et hundrede"), lv "ne no viena" (none), "viens otru" (each
  other), "otrā pusē" (on the other side), "pirmām kārtām" (first of all);
  da/nb "for det første" (firstly); da "anden/andet" and nb "andre" count as
  2 only after "den/det" (else "other(s)"); en "no one", "one another",
  "second" only after "the/its/their...". Plural scale words
  alone ("tūkstošiem", "millioner", "thousands") are vague and not numbers.
- Roman numerals ("II iedaļā").

Number words are known for lv, da, nb (also nn, no) and en; for other
languages only digits are read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

import pandas as pd

from ..languages import article_words
from ._words import language_code, language_codes, language_words

#: The kinds of fact, from the most to the least specific.
FACT_KINDS = ("date", "amount", "article", "year", "ordinal", "number")

#: Columns of :func:`extract_facts`.
FACT_COLUMNS = ["kind", "value", "surface", "start", "end"]


class _Fact(NamedTuple):
    kind: str
    value: str
    start: int
    end: int
    surface: str


# --- building blocks --------------------------------------------------------------

_L = r"[^\W\d_]"  # a letter
_WORD = re.compile(rf"{_L}+")
_GAP = re.compile(r"[\s\-\u2010\u2011]+")  # what may separate the words of one number
_DASH = r"[\-\u2010\u2011\u2013\u2014]"

# Digits: groups of three after a space ("10 000"), or digits with . or , inside.
_NUM = r"(?<![\d/])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)*)"

_SCALES = (
    (r"milj(?:on\w*|\.)|mio\.?|mill\.|million\w*", 10**6),
    (r"miljard\w*|mljrd\.|mlrd\.|mrd\.|mia\.?|milliard\w*|billion\w*|bn", 10**9),
    (r"tūkst(?:o[tš]\w*|\.)|tusind\w*|tusen\w*|thousand\w*", 10**3),
)
_SCALE = rf"(?:{'|'.join(p for p, _ in _SCALES)})(?!{_L})"
_CURRENCY = (
    r"(?:EUR|[Ee]uro(?:s|en|er)?|eiro|€|NOK|DKK|SEK|USD|US\$|\$|GBP|£|CHF"
    rf"|kroner|kronor|kr\.?|dollars?)(?!{_L})"
)

_LANGUAGES = language_codes()
# Month names of every language (a text may name a month in another language).
_MONTH_NAMES = {
    m: i for c in _LANGUAGES for i, m in enumerate(language_words(c).get("months", ()), 1)
}
_MONTH_VERBS = frozenset(v for c in _LANGUAGES for v in language_words(c).get("month_verbs", ()))
# Month stems that decline (Latvian), with the endings they take.
_MONTH_STEMS = {
    m: i for c in _LANGUAGES for m, i in language_words(c).get("month_stems", {}).items()
}
_STEM_MONTHS = f"(?:{'|'.join(_MONTH_STEMS)})"
_MONTH_ENDINGS = "|".join(
    dict.fromkeys(e for c in _LANGUAGES for e in language_words(c).get("month_endings", ()))
)
_MONTH = (
    rf"(?:{_STEM_MONTHS}(?:{_MONTH_ENDINGS})?"
    rf"|{'|'.join(sorted(_MONTH_NAMES, key=len, reverse=True))})(?!{_L})"
)


def _month_number(word: str) -> int | None:
    """Return the month of a month name (any language, Latvian in any case)."""
    low = word.lower()
    if low in _MONTH_VERBS and not word[0].isupper():
        return None  # English verbs; English capitalises months
    if low in _MONTH_NAMES:
        return _MONTH_NAMES[low]
    m = re.match(_STEM_MONTHS, low)
    return _MONTH_STEMS[m.group(0)] if m else None


def _decimal(digits: str, lang: str) -> Decimal | None:
    """Parse digits as a number (``None`` for a dotted label like "1.2.3")."""
    s = re.sub(r"[ \u00a0\u202f]", "", digits)
    group, mark = (",", ".") if lang == "en" else (".", ",")
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}})+", s):
        s = s.replace(group, "")
    elif s.count(mark) == 1 and group not in s:
        s = s.replace(mark, ".")
    elif "." in s or "," in s:
        return None
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _fmt(value: Decimal) -> str:
    """Format a number without exponent or trailing zeros: 38.50 -> "38.5"."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def _number_value(digits: str, lang: str) -> str:
    value = _decimal(digits, lang)
    return digits.replace(",", ".") if value is None else _fmt(value)


def _scale(word: str) -> int:
    for pattern, factor in _SCALES:
        if re.fullmatch(pattern, word, flags=re.IGNORECASE):
            return factor
    raise ValueError(word)  # pragma: no cover - the regex only matches known scales


def _currency(word: str, lang: str) -> str:
    s = word.lower().rstrip(".")
    if s in ("eur", "eiro", "€") or s.startswith("euro"):
        return "EUR"
    if s in ("usd", "us$", "$") or s.startswith("dollar"):
        return "USD"
    if s == "£":
        return "GBP"
    if s in ("kr", "kroner", "kronor"):
        return language_words(lang).get("currency", {}).get("kr", "kr")
    return s.upper()


# --- number words ------------------------------------------------------------------


class _Word(NamedTuple):
    role: str  # unit, teen, ten, compound, hundred, hundreds, scale, ordinal
    value: int
    weak: bool = False  # an article too ("en", "et"): numeric only before a scale word
    vague: bool = False  # a plural scale ("millioner"): numeric only after a multiplier


def _numbered(words: list, start: int = 1, step: int = 1) -> dict[str, int]:
    """Map words to ``start``, ``start + step``...; a list in the list is spellings of one."""
    return {
        spelling: start + k * step
        for k, variants in enumerate(words)
        for spelling in ([variants] if isinstance(variants, str) else variants)
    }


# Where each role's list of number words starts counting, and its step.
_ROLE_NUMBERS = {
    "unit": (1, 1),
    "teen": (10, 1),
    "ten": (20, 10),
    "ordinal": (1, 1),
    "ordinal_ten": (20, 10),
    "weak": (1, 1),
}


@functools.cache
def _lexicon(lang: str) -> dict[str, _Word]:
    """Return the number words of a language: word form -> role and value.

    Two shapes of ``number_words`` in the language's file: declined stems and
    endings (Latvian, ``unit_stems``), or words by role (Danish, Norwegian,
    English).
    """
    words = language_words(lang)
    table = words.get("number_words")
    if table is None:
        return {}
    lex = _declined_words(table) if "unit_stems" in table else _words_by_role(table)
    for scale in words.get("scales", ()):
        role = "hundred" if scale["value"] == 100 else "scale"
        for word in scale["singular"]:
            lex[word] = _Word(role, scale["value"])
        for word in scale["plural"]:
            lex[word] = _Word(role, scale["value"], vague=True)
    return lex


def _declined_words(table: dict) -> dict[str, _Word]:
    lex = {w: _Word("unit", 1) for w in table["one"]} | {
        w: _Word("unit", 3) for w in table["three"]
    }
    ordinal_stems = _numbered(table["ordinal_stems"])
    for stem, value in _numbered(table["unit_stems"]).items():
        if value > 1 and stem != "trīs":
            lex.update({stem + e: _Word("unit", value) for e in table["unit_endings"]})
        lex[stem + "padsmit"] = _Word("teen", 10 + value)  # vienpadsmit... deviņpadsmit
        ordinal_stems[stem + "padsmit"] = 10 + value
        if value > 1:
            lex[stem + "desmit"] = _Word("ten", 10 * value)  # divdesmit... deviņdesmit
            ordinal_stems[stem + "desmit"] = 10 * value
            lex[stem + "simt"] = lex[stem + "simts"] = _Word("hundreds", 100 * value)
    lex["desmit"] = _Word("teen", 10)
    ordinal_stems["simt"] = 100
    for stem, value in ordinal_stems.items():
        lex.update({stem + e: _Word("ordinal", value) for e in table["definite_endings"]})
    return lex


def _words_by_role(words: dict) -> dict[str, _Word]:
    table = {role: _numbered(words[role], *numbers) for role, numbers in _ROLE_NUMBERS.items()}
    table["compounds"] = words["compounds"]
    lex = {w: _Word("unit", 1, weak=True) for w in table["weak"]}
    for role in ("unit", "teen", "ten"):
        lex.update({w: _Word(role, v) for w, v in table[role].items()})
    for role in ("ordinal", "ordinal_ten"):
        lex.update({w: _Word("ordinal", v) for w, v in table[role].items()})
    units = {**table["unit"], **table["weak"]}
    unit_ordinals = {w: v for w, v in table["ordinal"].items() if v < 10}
    for pattern in table["compounds"]:
        for unit, u in units.items():
            for ten, t in table["ten"].items():
                lex[pattern.format(unit=unit, ten=ten)] = _Word("compound", t + u)
            for ten, t in table["ordinal_ten"].items():  # femogtyvende
                lex[pattern.format(unit=unit, ten=ten)] = _Word("ordinal", t + u)
        if pattern.startswith("{ten}"):  # tjuefemte
            for ordinal, o in unit_ordinals.items():
                for ten, t in table["ten"].items():
                    lex[pattern.format(unit=ordinal, ten=ten)] = _Word("ordinal", t + o)
    return lex


@functools.cache
def _context(lang: str, key: str) -> frozenset[str]:
    """Return a list of context words of a language's ``number_context``."""
    return frozenset(language_words(lang).get("number_context", {}).get(key, ()))


def _blocked(lang: str, words: list[str], i: int) -> bool:
    """Whether the number word ``words[i]`` means something else here."""
    word = words[i]
    prev = words[i - 1] if i > 0 else ""
    prev2 = words[i - 2] if i > 1 else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if lang == "lv":
        if word in language_words("lv")["number_words"]["one"]:  # "ne no viena", "viens otru"
            prepositions = _context("lv", "prepositions")  # none, each other
            return prev == "ne" or (prev in prepositions and prev2 == "ne") or nxt[:3] == "otr"
        if word.startswith("otr"):  # "otrā pusē" (on the other side)
            return nxt.startswith("pus")
        return word == "pirmām" and nxt == "kārtām"  # "first of all"
    if lang in ("da", "nb"):
        if prev == "det" and prev2 == "for":  # "for det første": firstly
            return True
        if word in ("anden", "andet", "andre"):  # "den anden konference"; else "other(s)"
            return prev not in ("den", "det")
    elif lang == "en":
        if word == "one":
            return prev in _context("en", "not_one_after") or nxt == "another"
        if word == "second":
            return prev not in _context("en", "second_only_after")
    return False


_FOLLOWS = {
    "unit": ("ten", "hundred", "hundreds", "scale"),
    "teen": ("hundred", "hundreds", "scale"),
    "ten": ("hundred", "hundreds", "scale"),
    "compound": ("hundred", "hundreds", "scale"),
    "hundred": ("unit",),
    "hundreds": ("scale",),
    "scale": ("unit", "teen", "ten", "compound", "hundred", "hundreds"),
    "ordinal": ("ten", "hundred", "hundreds", "scale"),
}
_CONNECTORS = frozenset(  # "hundrede og fem", "a hundred and five"
    w for c in _LANGUAGES for w in language_words(c).get("number_words", {}).get("connectors", ())
)


def _read_number_words(
    text: str, spans: list[tuple[int, int]], words: list[str], i: int, lang: str
) -> tuple[int, int, bool] | None:
    """Read one number written in words from ``words[i]``.

    Returns ``(next_index, value, is_ordinal)``, or ``None`` if no number
    starts there.
    """
    lex = _lexicon(lang)
    n = len(words)

    def adjacent(k: int) -> bool:  # words k-1 and k belong together
        return bool(_GAP.fullmatch(text[spans[k - 1][1] : spans[k][0]]))

    first = lex.get(words[i])
    if first is None or first.vague or _blocked(lang, words, i):
        return None
    if first.weak:
        after = lex.get(words[i + 1]) if i + 1 < n and adjacent(i + 1) else None
        if after is None or after.role not in ("hundred", "scale"):
            return None
    total, group, last, top = 0, 0, "", 0
    ordinal = False
    j = i
    while j < n:
        word = lex.get(words[j])
        if j > i:
            if not adjacent(j):
                break
            if (
                word is None
                and words[j] in _CONNECTORS
                and last in ("hundred", "hundreds", "scale")
            ):
                nxt = lex.get(words[j + 1]) if j + 1 < n and adjacent(j + 1) else None
                if nxt is not None and nxt.role in ("unit", "teen", "ten", "compound", "ordinal"):
                    j += 1
                    continue
            if word is None or _blocked(lang, words, j) or last not in _FOLLOWS[word.role]:
                break
            if word.role == "unit" and last == "ten" and group % 10:
                break
            if word.role == "ordinal" and last == "ten" and word.value >= 10:
                break
            if word.role == "scale" and top and word.value >= top:
                break
        if word.role == "hundred":
            group = (group or 1) * 100
        elif word.role == "scale":
            total += (group or 1) * word.value
            group, top = 0, word.value
        else:
            group += word.value
            ordinal = word.role == "ordinal"
        last = word.role
        j += 1
        if ordinal:
            break
    return j, total + group, ordinal


# --- the passes ----------------------------------------------------------------------


@dataclass
class _Scan:
    """One text being read: the facts found and the characters they cover."""

    text: str
    lang: str
    footnotes: frozenset[str]
    taken: bytearray = field(init=False)
    facts: list[_Fact] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.taken = bytearray(len(self.text))

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def claim(self, start: int, end: int) -> None:
        self.taken[start:end] = b"\x01" * (end - start)

    def add(self, kind: str, value: str, start: int, end: int) -> bool:
        """Record a fact unless its span overlaps one found before."""
        if not self.free(start, end):
            return False
        self.claim(start, end)
        self.facts.append(_Fact(kind, value, start, end, self.text[start:end]))
        return True


_ORD = r"(?:\.|st|nd|rd|th|er|º|°)?"  # "18." / "18th", fr "1er mars", es/pt "1º de enero"
_DAY_LIST = rf"\d{{1,2}}{_ORD}(?:\s*(?:{_DASH}|,|og|and|un|&)\s*\d{{1,2}}{_ORD})*"
_DATE_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # lv: 2021. gada 18. februāris; 2024. gada 25.–29. novembrī
        rf"(?<![\d.])(?P<year>\d{{4}})\.\s*gad(?:a|ā|s|u)\s+(?P<days>{_DAY_LIST})"
        rf"\s+(?P<month>{_MONTH})",
        # da/nb/en: 18. februar 2021; 25.-29. november 2024; 1 June 2013; 30. november;
        # es/pt: 22 de diciembre de 2021
        rf"(?<![\d.,/])(?P<days>{_DAY_LIST})\s+(?:(?:of|de)\s+)?(?P<month>{_MONTH})"
        rf"(?:,?\s+(?:de\s+)?(?P<year>\d{{4}})(?![\d/]))?",
        # en: February 18, 2021
        rf"(?<!{_L})(?P<month>{_MONTH})\s+(?P<days>\d{{1,2}}){_ORD},\s*(?P<year>\d{{4}})(?!\d)",
        # 18.02.2021, 2021-02-18
        r"(?<![\d.])(?P<days>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?![\d.]\d)",
        r"(?<![\d\-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<days>\d{2})(?![\d\-])",
    )
)


def _iso(year: int | None, month: int, day: int) -> str | None:
    """ISO date, or ``None`` if there is no such day."""
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: 29 February is valid
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _dates(scan: _Scan) -> None:
    found: list[tuple[int, int, list[str]]] = []  # (start, end, values)
    local = bytearray(len(scan.text))
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(scan.text):
            if any(local[m.start() : m.end()]):
                continue
            month_text = m.group("month")
            month = int(month_text) if month_text.isdigit() else _month_number(month_text)
            year = int(m.group("year")) if m.group("year") else None
            if month is None or (year is not None and not 1000 <= year <= 2999):
                continue
            days = m.group("days")
            numbers = [int(d) for d in re.findall(r"\d+", days)]
            if len(numbers) == 2 and re.search(_DASH, days):
                ends = [_iso(year, month, d) for d in numbers]
                values = [f"{ends[0]}/{ends[1]}"] if all(ends) else []
            else:
                values = [v for v in (_iso(year, month, d) for d in numbers) if v]
            if not values:
                continue
            local[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            found.append((m.start(), m.end(), values))
    found.sort()
    merged: list[tuple[int, int, list[str]]] = []
    for start, end, values in found:
        if merged and (
            joined := _date_range(merged[-1][2], values, scan.text[merged[-1][1] : start])
        ):
            merged[-1] = (merged[-1][0], end, [joined])
        else:
            merged.append((start, end, values))
    for start, end, values in merged:
        if scan.free(start, end):
            for value in values:
                scan.facts.append(_Fact("date", value, start, end, scan.text[start:end]))
            scan.claim(start, end)


def _date_range(first: list[str], second: list[str], gap: str) -> str | None:
    """Join two dates separated by a dash into one range, or return ``None``.

    "2023. gada 1. jūlijs – 2026. gada 30. jūnijs" is one range; so is "1 June
    – 30 June 2024" (the year of one end is the year of the other).
    """
    if len(first) != 1 or len(second) != 1 or not re.fullmatch(rf"\s*{_DASH}\s*", gap):
        return None
    start, end = first[0], second[0]
    if "/" in start + end or (start.startswith("--") and end.startswith("--")):
        return None
    if start.startswith("--"):
        start = end[:4] + start[1:]
    elif end.startswith("--"):
        end = start[:4] + end[1:]
    return f"{start}/{end}" if start <= end else None


# "2017/915", and an act's number before its series: "2013/768/CFSP", "2013/768/KĀDP" (not
# a date's "12/05/2020")
_REFERENCE = re.compile(r"(?<![\d/.,])\d{1,5}/\d{1,5}(?!\d|/\d)")
# after an act's number, the Official Journal's footnote call: "2017/915 (2) of 29 May",
# "2013/768/CFSP (1).", after a comma in some languages (et "2017/1775, (1) millega")
_CALL_AFTER_REFERENCE = re.compile(r"(?:/[^\W\d_]{2,6})?,?\s?(\(\d{1,3}\))(?!\w)")


def _references(scan: _Scan) -> None:
    for m in _REFERENCE.finditer(scan.text):
        scan.add("number", m.group(), m.start(), m.end())
        if call := _CALL_AFTER_REFERENCE.match(scan.text, m.end()):
            scan.claim(call.start(1), call.end(1))


_AMOUNT = re.compile(
    rf"(?<![\d.,])(?P<num>{_NUM})\s*(?:(?P<scale>{_SCALE})\s*)?(?P<cur>{_CURRENCY})"
    rf"|(?<!{_L})(?P<cur2>{_CURRENCY})\s*(?P<num2>{_NUM})(?:\s*(?P<scale2>{_SCALE}))?",
    re.IGNORECASE,
)
# Norwegian: "Bevilger 345 millioner til humanitær minerydding" (kroner understood).
_NB_BARE_AMOUNT = re.compile(
    rf"(?<![\d.,])(?P<num>{_NUM})\s+(?P<scale>millioner|milliarder|mill\.|mrd\.)"
    rf"(?=\s+(?:til|i|fra|på|over|for)\b|\s*[.,;:!?)]|\s*$)"
)


def _amounts(scan: _Scan) -> None:
    for m in _AMOUNT.finditer(scan.text):
        num = m.group("num") or m.group("num2")
        scale = m.group("scale") or m.group("scale2")
        code = _currency(m.group("cur") or m.group("cur2"), scan.lang)
        _add_amount(scan, num, scale, code, m.start(), m.end())
    if scan.lang == "nb":
        for m in _NB_BARE_AMOUNT.finditer(scan.text):
            _add_amount(scan, m.group("num"), m.group("scale"), "NOK", m.start(), m.end())


def _add_amount(scan: _Scan, num: str, scale: str | None, code: str, start: int, end: int) -> None:
    value = _decimal(num, scan.lang)
    if value is None:
        return
    if scale:
        value *= _scale(scale)
    text = _fmt(value)
    scan.add("amount", text if code == "EUR" else f"{text} {code}", start, end)


def _words_of(key: str) -> str:
    """Return an alternation of every language file's ``articles:`` words under ``key``."""
    return "|".join(re.escape(w) for w in article_words(key))


# A paragraph of the article, in every language: en "Article 7(4)", sv "artikel 7.4", and a
# language file's paragraph word: da "artikel 7, stk. 4", nb "artikkel 7 nr. 4", de "Artikel 7
# Absatz 4" (as the Official Journal cites a Treaty), fr "article 7, paragraphe 4".
_PAR_IN_LIST = r"(?:\(\d{1,3}\)|\.\d{1,2}(?!\d|[.,]\d))"
_PARAGRAPH = (
    r"(?:\((?P<p>\d{1,3})\)|\.(?P<dot>\d{1,2})(?!\d|[.,]\d)"
    rf"|(?:,\s*|\s+)(?:{_words_of('paragraph')})(?!{_L})\s*(?P<word>\d{{1,3}}))"
)
# An article's number, with the letter of an inserted article: "Article 2a".
_ARTICLE_NUM = rf"\d{{1,3}}(?:(?-i:[a-z])(?!{_L}))?"
_ARTICLE_ONE = re.compile(
    rf"(?<!{_L})(?:{_words_of('one')})(?!{_L})\s*"
    rf"(?P<num>{_ARTICLE_NUM})(?!\d|[.,]\d){_PARAGRAPH}?",
    re.IGNORECASE,
)
_ARTICLE_MANY = re.compile(
    rf"(?<!{_L})(?:{_words_of('many')})(?!{_L})\s*"
    rf"(?P<list>{_ARTICLE_NUM}{_PAR_IN_LIST}?"
    rf"(?:\s*(?:,|&|{_DASH}|(?<!{_L})(?:{_words_of('joins')})(?!{_L}))\s*"
    rf"{_ARTICLE_NUM}(?!\d){_PAR_IN_LIST}?)*)",
    re.IGNORECASE,
)

# Number-first languages (``articles: after`` in their files): lv "5. pants", "5. un 7. pantā",
# "7. panta 4. punkts"; fi "29 artiklan 1 kohta"; hu "29. cikk"; lt "29 straipsnis"; sl "29.
# člen". The words after a paragraph's number (``paragraph_after``) are stems ("punkt").
_AFTER_NUM = r"\d{1,3}\.?"
_ARTICLE_AFTER = re.compile(
    rf"(?<![\d.,])(?P<list>{_AFTER_NUM}(?:\s*(?:,|{_DASH}|(?<!{_L})(?:{_words_of('joins')})"
    rf"(?!{_L}))\s*{_AFTER_NUM})*)\s+(?:{_words_of('after')})(?!{_L})"
    rf"(?:\s+(?P<par>\d{{1,3}})\.?\s+(?:{_words_of('paragraph_after')}){_L}*)?",
    re.IGNORECASE,
)


def _article_numbers(listed: str) -> list[str]:
    """Numbers of a list of articles; "5-7" is 5, 6 and 7; "28(1) and 31(1)" is 28(1) and 31(1)."""
    if "(" in listed or "." in listed:
        found = re.findall(r"(\d+[a-z]?)(?:\((\d+)\)|\.(\d+))?", listed.lower())
        return [f"{n}({p or d})" if p or d else n for n, p, d in found]
    numbers = re.findall(r"\d+[a-z]?", listed.lower())
    if (
        len(numbers) == 2
        and all(n.isdigit() for n in numbers)
        and re.search(_DASH, listed)
        and 0 < int(numbers[1]) - int(numbers[0]) <= 20
    ):
        numbers = [str(x) for x in range(int(numbers[0]), int(numbers[1]) + 1)]
    return numbers


def _articles(scan: _Scan) -> None:
    matches = []
    for m in _ARTICLE_AFTER.finditer(scan.text):
        values = _article_numbers(m.group("list"))
        if m.group("par") and len(values) == 1:
            values = [f"{values[0]}({m.group('par')})"]
        matches.append((m, values))
    for m in _ARTICLE_ONE.finditer(scan.text):
        num, par = m.group("num").lower(), m.group("p") or m.group("dot") or m.group("word")
        matches.append((m, [f"{num}({par})" if par else num]))
    for m in _ARTICLE_MANY.finditer(scan.text):
        matches.append((m, _article_numbers(m.group("list"))))
    # At one place the longest reading wins: de "Artikel 5 und 7" is a list, not article 5.
    for m, values in sorted(matches, key=lambda mv: (mv[0].start(), mv[0].start() - mv[0].end())):
        if scan.free(m.start(), m.end()):
            for value in values:
                scan.facts.append(_Fact("article", value, m.start(), m.end(), m.group()))
            scan.claim(m.start(), m.end())


_GLUED = re.compile(rf"(?<={_L})\d+|(?<={_L}[.,;:)’”\"])\d{{1,3}}(?![\d]|[.,]\d)|\d+(?={_L})")
# A web page's footnote mark: a bracketed number glued to the word or sign before it,
# "Albania[1] and Ukraine" (EEAS statements mark a country's footnote so).
_BRACKETED_MARK = re.compile(r"(?<=[^\s(\[])\[\d{1,3}\]")


def _footnote_marks(scan: _Scan) -> None:
    """Claim digits glued to words (footnote marks, codes) and given footnote marks."""
    for m in _GLUED.finditer(scan.text):
        if re.match(r"(?:st|nd|rd|th)\b", scan.text[m.end() :]):
            continue  # an English ordinal, "21st"
        scan.claim(m.start(), m.end())
    for m in _BRACKETED_MARK.finditer(scan.text):
        scan.claim(m.start(), m.end())
    if not scan.footnotes:
        return
    for m in re.finditer(r"(?<!\S)\d{1,3}(?=[.,;:]?(?:\s|$))", scan.text):
        if m.group() not in scan.footnotes:
            continue
        before = scan.text[: m.start()].rstrip()
        after = scan.text[m.end() :].lstrip(".,;:").lstrip()
        if (
            before
            and (before[-1].isalpha() or before[-1] in '.,;:)’”"')
            and (not after or after[0].isupper())
        ):
            scan.claim(m.start(), m.end())


# A Security Council resolution's number and its year: "résolutions 2014 (2011) et 2051 (2012)"
_RESOLUTION = re.compile(r"(?<![\d/.,])(\d{3,4})[ \u00a0]?\((?:19|20)\d{2}\)")


def _resolutions(scan: _Scan) -> None:
    for m in _RESOLUTION.finditer(scan.text):
        scan.add("number", m.group(1), m.start(1), m.end(1))


_YEAR = re.compile(r"(?<![\d/.,])(?:19|20)\d{2}(?!\d|/|[.,]\d)")


def _years(scan: _Scan) -> None:
    for m in _YEAR.finditer(scan.text):
        if scan.lang == "lv" and re.match(rf"[ \u00a0]+{_L}", scan.text[m.end() :]):
            following = scan.text[m.end() :].lstrip()
            if following[0].islower() and scan.text[m.start() - 1 : m.start()] != "(":
                continue  # "2000 ekspertu": a count (Latvian years take a period)
        scan.add("year", m.group(), m.start(), m.end())


_ORDINAL_DIGITS = re.compile(rf"(?<![\d.,/])(?P<n>\d{{1,4}})\.(?=[ \u00a0]+{_L})")
_ORDINAL_EN = re.compile(r"(?<![\d.,/])(?P<n>\d+)(?:st|nd|rd|th)\b")


def _ordinal_digits(scan: _Scan) -> None:
    if scan.lang == "en":
        for m in _ORDINAL_EN.finditer(scan.text):
            scan.add("ordinal", str(int(m.group("n"))), m.start(), m.end())
        return
    for m in _ORDINAL_DIGITS.finditer(scan.text):
        if scan.text[m.end() :].lstrip()[0].islower():
            scan.add("ordinal", str(int(m.group("n"))), m.start(), m.end())


def _number_words(scan: _Scan) -> None:
    if not _lexicon(scan.lang):
        return
    text = scan.text
    tokens = list(_WORD.finditer(text))
    spans = [t.span() for t in tokens]
    words = [t.group().lower() for t in tokens]
    i = 0
    while i < len(words):
        read = _read_number_words(text, spans, words, i, scan.lang)
        if read is None:
            i += 1
            continue
        j, value, ordinal = read
        start, end = spans[i][0], spans[j - 1][1]
        # "trīs (3)" or "3 (trīs)": one number, written twice.
        after = re.match(r"\s*\((\d+)\)", text[end:])
        before = re.search(r"(?<![\d.,])(\d+)\s*\($", text[:start])
        if after and int(after.group(1)) == value:
            end += after.end()
        elif before and int(before.group(1)) == value and text[end : end + 1] == ")":
            start, end = before.start(), end + 1
        scan.add("ordinal" if ordinal else "number", str(value), start, end)
        i = j


_NUMBER = re.compile(rf"(?P<num>{_NUM})(?:\s*(?P<scale>{_SCALE}))?", re.IGNORECASE)


def _numbers(scan: _Scan) -> None:
    for m in _NUMBER.finditer(scan.text):
        start, end = m.start(), m.end()
        if not scan.free(start, m.end("num")):
            continue
        if m.group("scale") and not scan.free(m.start("scale"), m.end("scale")):
            end = m.end("num")
        value = _number_value(m.group("num"), scan.lang)
        if end == m.end() and m.group("scale"):
            number = _decimal(m.group("num"), scan.lang)
            if number is not None:
                value = _fmt(number * _scale(m.group("scale")))
        scan.add("number", value, start, end)


_PASSES = (
    _dates,
    _references,
    _amounts,
    _articles,
    _footnote_marks,
    _resolutions,
    _years,
    _ordinal_digits,
    _number_words,
    _numbers,
)


def _extract(text: str, lang: str, footnotes: Iterable[str] = ()) -> list[_Fact]:
    marks = frozenset(str(f).strip() for f in footnotes if str(f).strip())
    scan = _Scan(text, language_code(lang), marks)
    for run in _PASSES:
        run(scan)
    return sorted(scan.facts, key=lambda f: (f.start, f.end))


def extract_facts(text: str, lang: str, *, footnotes: Iterable[str] = ()) -> pd.DataFrame:
    """List every fact stated in a text (see the module docstring for the kinds).

    Parameters
    ----------
    text : str
        An item's text (its marker already removed, as in ``items.text``).
    lang : str
        ISO 639-1 code: number words are read for ``lv``, ``da``, ``nb``
        (``nn``, ``no``) and ``en``; other languages get digits only.
    footnotes : iterable of str, optional
        The item's footnote marks (``items.footnotes`` split on ``;``). A
        mark standing apart from its word ("iznīcināšanu 1. ES") is then not
        read as a number. Marks glued to a word are skipped without this.

    Returns
    -------
    DataFrame
        One row per fact in text order: ``kind`` (one of
        :data:`FACT_KINDS`), ``value`` (normalised, a string), ``surface``
        (``text[start:end]``), ``start``, ``end`` (character offsets in
        ``text``). Facts from a list ("5. un 7. pantā", "11. un 12.
        novembrī") share the list's span.
    """
    facts = _extract(text, lang, footnotes)
    return pd.DataFrame(
        {
            "kind": pd.Series([f.kind for f in facts], dtype="str"),
            "value": pd.Series([f.value for f in facts], dtype="str"),
            "surface": pd.Series([f.surface for f in facts], dtype="str"),
            "start": pd.Series([f.start for f in facts], dtype="int64"),
            "end": pd.Series([f.end for f in facts], dtype="int64"),
        },
        columns=FACT_COLUMNS,
    )
