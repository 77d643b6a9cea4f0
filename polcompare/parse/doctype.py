"""Document types from what a text names: the EU, the UN, or neither.

A grammar tells the shape of a text; the shape alone does not tell whose it
is. ``Article N`` headings are an EU legal act's, a national law's or a UN
convention's; three numbered paragraphs are Council conclusions' or a web
page's. The names of the EU and the UN and their institutions, in every
language (``eu_names`` and ``un_names`` in ``data/languages/<code>.yml``),
settle it:

- a text read as a legal act that names no EU institution in its first
  lines (its title and citations) is a national law, or a UN document when it
  names the UN there and no line there opens with a national act's name
  ("Verordnung", "Decreto", "ΠΡΟΕΔΡΙΚΟ ΔΙΑΤΑΓΜΑ": ``national_acts``);
- numbered paragraphs that never name the EU or its institutions are not
  Council conclusions (``generic``);
- decimal sections in a text that never names the UN are not a UN document
  (``generic``; "Action N" commitments are, named or not);
- a text with unnumbered paragraphs or none that speaks for the EU in its
  first lines ("on behalf of the European Union", ``eu_statement``) is an EU
  ``statement``; one that names the EU and its conclusions or a Council
  meeting there (``eu_conclusions``) is ``conclusions``;
- any other text that carries a UN document symbol in its first lines
  ("CCPR/C/SWE/CO/6", "A/RES/75/45") is a UN document;
- a text whose title, in its first lines, names another EU author (an opinion
  of the EESC or the Committee of the Regions, a Commission communication, a
  Parliament motion or resolution: ``eu_other_issuers``) is not Council
  conclusions, whatever its numbering and the conclusions it names.
"""

from __future__ import annotations

import functools
import re

from ..languages import structure_words
from .blocks import Structure
from .legal_act import citation
from .lines import QUOTES

__all__ = ["ACT_NO", "ACT_SERIES", "HEAD", "OLD_ACT_NO", "UN_SYMBOL", "names", "refine"]

_GENITIVE = r"(?:s|:s|['’]s)?(?!\w)"

# "(CFSP) 2022/351", "(EU) No 269/2014", "(GASP) 2022/351": a legal act's number.
# In any case: a title in capitals prints "DECYZJA RADY (WPZIB) 2022/218".
ACT_SERIES = (
    r"(?i:CFSP|GASP|PESC|PESD|WPZiB|SZBP|KUSP|UVP|ÜVJP|YUTP|ΚΕΠΠΑ|ОВППС|BUSP|VUSP|ZUNS|"
    r"KĀDP|KKBP|GUSP|FUSP|GBVB|ZVSP|SZVP|PESK|CBES|"
    r"EU|UE|EG|CE|EC|EÜ|ES|EK|EZ|ΕΕ|ЕС|EF|EB|AE|WE|Euratom)"
)
ACT_NO = re.compile(
    rf"\((?:{ACT_SERIES})(?:,\s*(?:{ACT_SERIES}))?\)\s*"  # "(EU, Euratom) br. 608/2014"
    r"(?:No\.?\s*|N[rR]\.?\s*|n\.?\s*[ºo°]\s*|č\.\s*|št\.\s*|br\.\s*)?(\d{1,4}/\d{1,4}(?:/\w+)?)"
    # before 2015 the series after the number, in brackets at the title's end: "(2008/890/PESC)"
    rf"|\((\d{{4}}/\d{{1,4}}/(?:{ACT_SERIES}))\)"
)
# ... or right after the act's name at the title's start: "RÅDETS BESLUT 2005/852/GUSP"
OLD_ACT_NO = re.compile(rf"^\W*(?:[^\W\d]+\s+){{1,4}}(\d{{4}}/\d{{1,4}}/(?:{ACT_SERIES}))\b")
# "A/RES/75/45", "APLC/CONF/2019/5", "S/2023/123": a UN document symbol.
# "CCPR/C/MUS/CO/5", "CRC/C/OPAC/AND/CO/1": a UN treaty body's.
UN_SYMBOL = re.compile(
    r"\b((?:A|S|E|APLC|CCW|ATT|CCM|BWC|CWC|HRC|A/HRC|CCPR|CAT|CRC|CERD|CEDAW|CMW|CRPD|CED)"
    r"(?:/[A-Z0-9.-]+){2,})\b"
)
#: The lines of a legal act where its own title and citations are.
HEAD = 25
_NATIONAL_TITLE_LINES = 5  # a national act's title under its gazette's masthead
_TITLE_LINES = 3  # an act's title: its name and number, its date, what it is on


def speaks_for_eu(text: str) -> re.Match[str] | None:
    """Return the EU's name in a paragraph's first words ("The EU remains ..."), or None.

    The EU is its subject there ("EU:n välkomnar", "L'Union européenne rappelle"); further
    on it is what the paragraph talks about ("öka ländernas ekonomiska integrering med EU").
    """
    return names("eu_names").search(" ".join(text.split()[:_SUBJECT_WORDS]))


# How many of a paragraph's first words may name its subject ("Die Europäische Union")
_SUBJECT_WORDS = 4


@functools.cache
def names(kind: str) -> re.Pattern[str]:
    """Return a pattern of the ``kind`` names of every language, at a word start.

    Abbreviations ("EU", "ONU", "ЕС") match as written and end at a word end
    or a genitive ("FNs", "EU:s", "EU's");
    the other names match in any case ("COUNCIL OF THE EUROPEAN UNION").
    """
    # Grouped by first letter behind a one-letter look-ahead, in their order: at a word
    # start the engine tries one letter's names, not all of them (the same matches, two to
    # three times faster; see inline._by_first_character).
    groups: dict[str, list[str]] = {}
    for w in structure_words(kind):
        part = re.escape(w) + _GENITIVE if w.isupper() and len(w) <= 5 else f"(?i:{re.escape(w)})"
        groups.setdefault(w[0].lower(), []).append(part)
    alternatives = [f"(?=(?i:{re.escape(c)}))(?:{'|'.join(g)})" for c, g in groups.items()]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")")


def refine(structure: Structure, texts: list[str]) -> Structure:
    """Set ``structure.doc_type`` from the names the text gives, and say why.

    Parameters
    ----------
    structure : Structure
        What a grammar read; its ``doc_type`` and ``reason`` may change.
    texts : list of str
        The document's content lines.

    Returns
    -------
    Structure
        The same object.
    """
    head = "\n".join(texts[:HEAD])
    if structure.doc_type == "legal_act":
        _legal_act_type(structure, texts, head)
        if structure.doc_type == "legal_act":
            return structure
    if (
        structure.doc_type == "un_document"
        and not any(b.kind == "action" for b in structure.blocks)
        and not names("un_names").search("\n".join(texts))
    ):  # decimal sections alone: a report, a ministry's bill, a regulation
        structure.doc_type = "generic"
        structure.reason += "; never names the UN or its organs: not a UN document"
    elif structure.doc_type == "conclusions" and not names("eu_names").search("\n".join(texts)):
        structure.doc_type = "generic"
        structure.reason += "; never names the EU or its institutions: not Council conclusions"
    if structure.doc_type == "generic":
        _speaker(structure, head)
    if structure.doc_type == "conclusions":
        _statement_titled(structure, texts)
    if structure.doc_type == "conclusions" and not names("eu_conclusions").search(head):
        _who_speaks(structure)
    if structure.doc_type == "conclusions" and (m := _other_issuer().search(head)):
        structure.doc_type = "generic"
        structure.reason += f"; its title names another EU author ('{m.group(1)}'): not conclusions"
    if structure.doc_type in ("conclusions", "statement") and (act := _titled_act(texts)):
        structure.reason += f"; {act}: an EU act, not {structure.doc_type}"
        structure.doc_type = "legal_act"
    if (
        structure.doc_type == "generic"
        and (m := UN_SYMBOL.search(head))
        # not an EU text citing a resolution ("Resolution 1244 (1999) des
        # Sicherheitsrates, S/RES/1244" in a Parliament resolution on Kosovo): the EU named
        # in words, not by an abbreviation another language's text may hold ("ES: A_RES_46")
        and not any(len(e.group()) > 5 for e in names("eu_names").finditer(head))
    ):
        structure.doc_type = "un_document"  # "CCPR/C/SWE/CO/6": a document the UN issued
        structure.reason += f"; carries a UN document symbol ('{m.group(1)}')"
    return structure


def _legal_act_type(structure: Structure, texts: list[str], head: str) -> None:
    """Type a text the legal-act grammar read: an EU act, a national law or a UN document."""
    # "RÉGLEMENT (CE) No 2271/96 DU CONSEIL": an EU act's number in its title, the
    # first lines of a consolidated text whose cover was furniture
    title = "\n".join(texts[:_TITLE_LINES])
    if ACT_NO.search(title) or OLD_ACT_NO.search(title):
        return
    if eu := names("eu_names").search(head):
        if act := _national_title(texts, eu.start()):
            structure.doc_type = "national_law"
            structure.reason += f"; its title names a national act ('{act}')"
        return
    structure.doc_type, why = _whose_act(head)
    structure.reason += f"; {why}"


def _national_title(texts: list[str], eu_at: int) -> str:
    """Return the national act's name a title opens with above the EU's first name, or "".

    "Regeling van de Minister ... Gelet op Verordening (EU) nr. 2015/735 van de Raad": a
    national act that carries out an EU act. Not "UREDBA (EZ) br. 1049/2001": an EU act's
    name and number in another language, under the Official Journal's masthead.
    """
    top = "\n".join(texts[:_NATIONAL_TITLE_LINES])
    act = _national_act().search(top)
    if act is None or act.start() >= eu_at:
        return ""
    return "" if ACT_NO.search(top[act.end() :].split("\n", 1)[0]) else act.group(1)


def _whose_act(head: str) -> tuple[str, str]:
    """Type an act that names no EU institution in ``head``, and say why."""
    if not (m := names("un_names").search(head)):
        return "national_law", f"names neither the EU nor the UN in its first {HEAD} lines"
    if act := _national_act().search(head):  # "Verordnung ... über Massnahmen gegenüber Sudan"
        return "national_law", (
            f"names the UN ('{m.group()}') but a line opens with a national act's name "
            f"('{act.group(1)}')"
        )
    return "un_document", f"names the UN ('{m.group()}') and not the EU in its first {HEAD} lines"


def _titled_act(texts: list[str]) -> str:
    """Say how a text shows itself an EU act, or return "".

    Its first line opens with the act's title and number ("Decisión (PESC) 2021/2309 del
    Consejo", "COUNCIL DECISION 2010/336/CFSP"), or it opens with the act's citations
    ("Having regard to the Treaty on European Union, ...,"): a copy whose recitals lost
    their numbers and whose recital "the Council adopted ..." names a Council meeting.
    """
    first = texts[0] if texts else ""
    if ((m := ACT_NO.search(first[:60])) and m.start() <= 40) or OLD_ACT_NO.match(first):
        return f"its first line titles an act ('{first[:60].strip()}')"
    if citation(first):
        return f"it opens with an act's citation ('{first[:40]}')"
    return ""


@functools.cache
def _national_act() -> re.Pattern[str]:
    """Match a line that opens with a national act's name ("# Verordnung vom", "Decreto 246")."""
    words = "|".join(re.escape(w) for w in structure_words("national_acts"))
    return re.compile(rf"^[#*\s]*({words})(?!\w)", re.IGNORECASE | re.MULTILINE)


@functools.cache
def _other_issuer() -> re.Pattern[str]:
    """Match a line that opens with the title of an EU text not the Council's (any case)."""
    words = "|".join(re.escape(w) for w in structure_words("eu_other_issuers"))
    return re.compile(rf"^[\W\d]*({words})", re.IGNORECASE | re.MULTILINE)


def _statement_titled(structure: Structure, texts: list[str]) -> None:
    """Type numbered paragraphs under a statement's title as a ``statement``.

    "OSCE Permanent Council No.1449 ..." / "EU Statement on the Russian Federation's ongoing
    aggression against Ukraine" / "1. Each day ...": the EU speaks (``eu_statement`` in its
    first five lines, and no word for conclusions or a Council meeting there).
    """
    # the word for conclusions in the lines above its first paragraph only: a paragraph
    # recalling "last week's Permanent Council meeting" made an EU statement to the OSCE
    # Council conclusions (the EU may speak in the first paragraph: "on behalf of the EU")
    item = next((b for b in structure.blocks if b.role == "item" and b.label and b.lines), None)
    first = item.lines[0].text.strip() if item else None
    above = "\n".join(texts[: texts.index(first) if first in texts[:5] else 5])
    top = "\n".join(texts[:5])
    if (m := names("eu_statement").search(top)) and not names("eu_conclusions").search(above):
        structure.doc_type = "statement"
        structure.reason += f"; its first lines speak for the EU ('{m.group()}'): a statement"


def _who_speaks(structure: Structure) -> None:
    """Type numbered paragraphs with no word for conclusions in the first lines by their subject.

    Council conclusions say so above them ("Council conclusions on ...", ``eu_conclusions``)
    or speak as the Council ("1. The Council recalls", ``council_speaks``). Numbered
    paragraphs that speak for the EU ("1. The EU remains ...") and say neither are an EU
    ``statement``; others (a parliament's motion, a ministry's report, an Official Journal
    notice, a court's summary that names the EU in passing) are ``generic``.
    """
    opening = [
        " ".join(b.text.split()[:8])
        for b in structure.blocks
        if b.role == "item" and b.kind == "paragraph" and b.label
    ]
    council = names("council_speaks")
    if m := next((m for t in opening if (m := council.match(t.lstrip(QUOTES)))), None):
        structure.reason += f"; its paragraphs speak as the Council ('{m.group()}')"
        return
    if m := next((m for t in opening if (m := speaks_for_eu(t))), None):
        structure.doc_type = "statement"
        structure.reason += (
            f"; its paragraphs speak for the EU ('{m.group()}') and no line above them names "
            "conclusions or a Council meeting: a statement"
        )
        return
    structure.doc_type = "generic"
    structure.reason += (
        "; no line above its paragraphs names conclusions or a Council meeting, and neither "
        "the Council nor the EU speaks in them: not conclusions"
    )


def _speaker(structure: Structure, head: str) -> None:
    """Type a text the EU speaks in by its first lines: a statement, conclusions.

    "I have the honour to speak on behalf of the European Union" is an EU
    statement (``eu_statement``); an EU name with the word for conclusions or
    a Council meeting (``eu_conclusions``: "European Council meeting ...
    Conclusions", "3643rd Council meeting") is Council or European Council
    conclusions or a meeting's outcome, whatever their paragraphs' numbering.
    """
    if m := names("eu_statement").search(head):
        structure.doc_type = "statement"
        structure.reason += f"; speaks for the EU ('{m.group()}') in its first {HEAD} lines"
    elif (eu := names("eu_names").search(head)) and (m := names("eu_conclusions").search(head)):
        structure.doc_type = "conclusions"
        structure.reason += (
            f"; names the EU ('{eu.group()}') and conclusions or a Council meeting "
            f"('{m.group()}') in its first {HEAD} lines"
        )
