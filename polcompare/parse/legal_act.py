"""EU legal acts: CFSP decisions, regulations, directives, in every EU language.

Title lines, citations ("Having regard to ..."), "Whereas:" and recitals
``(1)``, ``(2)``; the enacting formula; ``Article N`` with its title,
numbered paragraphs ``1.`` or ``(1)``, points ``(a)``, ``(i)``, ``1)``;
the closing formulas ("Done at Brussels", "For the Council", "The
President") and annexes.
"""

from __future__ import annotations

import functools
import itertools
import re

from ..clean import Line
from ..languages import structure_words, words_pattern
from .lines import (
    QUOTES,
    TITLE_WORD,
    Marker,
    family,
    is_first,
    roman_value,
    superscripted,
    unheaded,
)
from .outline import Outline, division, heading_like, leads_in, opens_lower

__all__ = ["LegalAct", "citation", "closing", "recognise"]


# The Official Journal's abbreviation in each language ("OJ", "ABl.", "GU", "Úř. věst."...)
_JOURNALS = (
    r"OJ|ABl\.|JO|DO|GU|Dz\.\s?U\.|EUT|EYT|EUVL|EYVL|Úř\.\s?věst\.|Ú\.\s?v\.|UL|HL|OL|ELT|ΕΕ|ДВ|IO"
    r"|ĠU|PB"
)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "whereas": re.compile(rf"(?:{words_pattern('whereas')})\s*[:,]?", re.IGNORECASE),
        # the formula glued to the end of the preamble's one line (a treaty database's copy):
        # "De vertegenwoordigers ..., Gelet op het Verdrag ..., Overwegende hetgeen volgt:"
        "whereas_end": re.compile(rf".+[,;]\s+(?:{words_pattern('whereas')})\s*:", re.IGNORECASE),
        "regard": re.compile(rf"(?:{words_pattern('having_regard')})\b", re.IGNORECASE),
        "closing": re.compile(
            rf"(?:{words_pattern('done_at')}|{words_pattern('for_the_body')}|{words_pattern('president')})\b",
            re.IGNORECASE,
        ),
        "president": re.compile(rf"(?:{words_pattern('president')})\b", re.IGNORECASE),
        # "ANEXO I", "ANEXO AL ARTICULO 1°", "Annex to the Decision": not "Annex to ... as follows:"
        "annex": re.compile(
            rf"(?:{words_pattern('annex')})(?:\s+[IVX\d]+)?"
            rf"(?:\s+(?:{words_pattern('annex_of')})\s+\S.{{0,60}}[^:,.;\s])?\s*",
            re.IGNORECASE,
        ),
        # "(1) OJ L 66, 2.3.2022, p. 1.": the Official Journal, by its
        # abbreviation in each language, cited in a footnote.
        "oj": re.compile(rf"\(\d{{1,3}}\)\s*(?:{_JOURNALS}|Uradni|Teataja|Oficial)(?=\s|$)"),
        # "HAS ADOPTED THIS DECISION:", "HAT FOLGENDEN BESCHLUSS ERLASSEN:"
        "formula": re.compile(r"[^\W\d_a-z][^a-z]{4,}:"),
    }


def _is_formula(text: str) -> bool:
    """Tell whether a line is an enacting formula in capitals ("HAS ADOPTED THIS DECISION:")."""
    return bool(_patterns()["formula"].fullmatch(text)) and not any(c.islower() for c in text)


def _articles(cands: list[list[Marker]]) -> list[Marker]:
    """Return the markers of lines that open an article ("Article 3", "3. cikk").

    Not a table of contents' entries, three bare labels or more in a row, each another
    ("Artikkel 1", "Artikkel 2", ... "Artikkel 24", listed by a law that annexes an EU
    regulation; not "Artigo 43.o" twice, over and under a page's top).
    """
    opens = [
        next((m for m in line if m.style == "article" and _title_or_nothing(m)), None)
        for line in cands
    ]
    bare = [m.value if m is not None and not m.rest else "" for m in opens]
    listed: set[int] = set()  # lines of runs of three bare labels or more
    for is_bare, run in itertools.groupby(range(len(bare)), key=lambda k: bool(bare[k])):
        lines = list(run)
        if is_bare and len(lines) >= 3 and len({bare[k] for k in lines}) == len(lines):
            listed.update(lines)
    return [m for k, m in enumerate(opens) if m is not None and k not in listed]


def _subheading_of_prose(texts: list[str], cands: list[list[Marker]], art: Marker) -> bool:
    """Tell a page's sub-heading that names an article, after paragraphs of prose.

    "Article 5 Extension Request Process" on the Mine Ban Convention's page on a State
    Party, under ten sentences on its accession and stockpiles, none numbered: one article,
    not the first, is no act (an act's first article follows its title and formula; a
    code's extract has numbered paragraphs above its article).
    """
    if is_first("article", art.value):
        return False
    at = next(k for k, line in enumerate(cands) if art in line)
    if any(cands[:at]):  # numbered lines above it: an extract of a code or a bill, cut
        return False
    sentences = sum(1 for t in texts[:at] if len(t) > _SENTENCE and t.rstrip()[-1:] in ".!?")
    return sentences >= 3


_SENTENCE = 60  # characters of a line of prose, not a title's


def _title_or_nothing(marker: Marker) -> bool:
    """Tell whether an article label is followed by nothing, a title or a sentence.

    "Article 2 is replaced by the following" is a sentence about an
    article, not one.
    """
    return not marker.rest[:1].islower() and not marker.marker.startswith(tuple(QUOTES))


def _whereas_line(text: str) -> bool:
    """Tell the line of the "Whereas:" formula, alone or ending the preamble's one line."""
    pat = _patterns()
    return bool(
        pat["whereas"].fullmatch(text)
        or (text.endswith(":") and pat["whereas_end"].fullmatch(text))
    )


def recognise(texts: list[str], cands: list[list[Marker]]) -> str | None:
    """Say why the text is a legal act, or return None."""
    arts = _articles(cands)
    values = [m.value for m in arts]
    rising = sum(1 for a, b in zip(values, values[1:], strict=False) if _num(b) == _num(a) + 1)
    whereas = any(_whereas_line(t) for t in texts)
    # "(1)", or "1)" as some language versions print them ("1)" alone, its text below)
    recitals = [c for c in cands if any(m.style in ("(num)", "num)") for m in c)]
    if whereas and not recitals:  # "Whereas:", then "1. The Arms Trade Treaty ..." (a web copy)
        after = next(k for k, t in enumerate(texts) if _whereas_line(t))
        recitals = [c for c in cands[after + 1 :] if any(m.style == "num." for m in c)]
    alone = sum(1 for m in arts if heading_like(m.rest or "x"))
    # "Having regard to ...," twice or more: an act's citations (a copy cut before its
    # articles), each ending with its comma (not a title's "ņemot vērā Konvencijas ...")
    citations = sum(1 for t in texts if citation(t))
    listed = _listed_citations(texts, cands)
    if alone and len(arts) == 1 and not (rising or whereas or citations >= 2 or listed >= 2):
        alone = not _subheading_of_prose(texts, cands, arts[0])
    if (
        rising >= 1
        or alone
        or (arts and whereas)
        or (whereas and recitals)
        or citations >= 2
        or listed >= 2
    ):
        parts = []
        if arts:
            parts.append(f"{len(arts)} 'Article N' headings ({values[0]}-{values[-1]})")
        if whereas:
            count = f"{len(recitals)} recital" + ("s" if len(recitals) != 1 else "")
            parts.append(f"'whereas' formula with {count} (N)")
        if citations >= 2:
            parts.append(f"{citations} citations ('Having regard to ...')")
        if listed >= 2:
            parts.append(f"{listed} numbered citations after 'Having regard to:'")
        return ", ".join(parts)
    return None


def _listed_citations(texts: list[str], cands: list[list[Marker]]) -> int:
    """Count a decree's numbered citations under "Having regard to:" ("Έχοντας υπόψη:", "1. ...").

    The lead-in ends with its colon, alone on its line; the citations follow it, numbered
    "1.", "2.", ... one per line.
    """
    lead = next((k for k, t in enumerate(texts) if _lists_citations(t)), None)
    if lead is None:
        return 0
    count = 0
    for line in cands[lead + 1 :]:
        if not any(m.style == "num." and m.value == str(count + 1) for m in line):
            break
        count += 1
    return count


def cites(text: str) -> bool:
    """Tell a line that opens with an act's citation words ("Having regard to"), any language."""
    return bool(_patterns()["regard"].match(text))


_LEAD_IN = 40  # the longest "Having regard to:" alone on its line


def _lists_citations(text: str) -> bool:
    """Tell the lead-in of numbered citations: "Having regard to:", ending with its colon."""
    return cites(text) and text.rstrip().endswith(":")


def citation(text: str) -> bool:
    """Tell an act's citation: "Having regard to ...," in any language, ending with its comma.

    (Not a title's "ņemot vērā Konvencijas ...", which ends otherwise.) A web copy's table
    may close the line with its cell's bar: "unter Hinweis auf ... (2), |".
    """
    return cites(text) and text.rstrip("| ").endswith((",", ";"))


def _num(value: str) -> int:
    digits = re.match(r"\d+", value)
    if digits:
        return int(digits.group())
    return roman_value(value) if re.fullmatch(r"[IVXLC]+", value) else -1  # "Article IV"


class LegalAct(Outline):
    """The grammar of EU legal acts (see the module docstring)."""

    name = "legal_act"

    def __init__(
        self,
        lines: list[Line],
        chapter_numbers: frozenset[int] = frozenset(),
        paragraph_breaks: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(lines, chapter_numbers, paragraph_breaks)
        self.section = "preamble"
        self.in_articles = False
        self.closed = False  # after the signature ("Done at ...", "For the Council")
        self.note_marks: set[str] | None = None  # the notes' marks the text calls, when asked
        self.regarded = False  # a citation "Having regard to ..." was read
        self.cites_a_list = False  # the last citation was "Having regard to:", a list's lead-in
        # the "Whereas:" line: recitals come after it, never before
        self.whereas_at = next((k for k, t in enumerate(self.texts) if _whereas_line(t)), -1)

    def _called_note(self, text: str) -> bool:
        """Tell a note "(1) ..." whose mark the act calls above ("... 2020/732 (1) angenommen")."""
        if self.section.startswith("annex") or not (m := _NOTE_START.match(text)):
            return False
        if self.note_marks is None:
            self.note_marks = {c for t in self.texts if "(" in t for c in _NOTE_MARK.findall(t)}
        return m.group(1) in self.note_marks

    def kind_of(self, marker: Marker, depth: int) -> str:  # noqa: D102
        if marker.style == "article":
            return "article"
        fam = family(marker.style)
        if depth == 0 and (
            self.section == "recitals"
            or (self.cites_a_list and not self.in_articles and fam == "num")
        ):
            return "recital"  # and a decree's numbered citations ("Having regard to: 1. ...")
        if depth == 1 and marker.style == "ROMAN." and self.stack[0].style == "article":
            return "paragraph"  # a French article's "I. -", "II. -"
        if depth == 1 and marker.style == "para" and self.stack[0].style == "article":
            if self.stack[0].block.text:  # "Art. 1o É vedado ..." then "§ 1o Ficam ...":
                return "paragraph"  # a Brazilian article's paragraphs, after its own text
        if depth == 1 and fam == "num" and self.stack and self.stack[0].style == "article":
            if marker.style == "num." and marker.rest[:1] and marker.rest[0] in QUOTES:
                return "paragraph"  # a treaty's definition: "1. “Infrastructure facility” means"
            if (
                marker.style == "num)"
                and not self.stack[0].block.text
                and marker.rest[:1].isupper()
            ):
                return "paragraph"  # "Art. 3", then "1) Die in Art. 2 ...": Liechtenstein's Absätze
            if (
                marker.style in ("num)", "num°")
                or leads_in(self.stack[0].block)
                or opens_lower(marker.rest)  # "... der Fall," then "1.  wenn durch die Tat"
            ):
                return "point"  # "1)", or numbered after the article's lead-in ("... as follows:")
            return "paragraph"
        return super().kind_of(marker, depth)

    def label_depth(self, cand: Marker) -> int:
        """Place articles at the top level of an act's body and annexes; § under an article.

        An article that holds no text of its own wraps the sections after it
        (a Slovak act's "Čl. I" over "§ 1", "§ 2"...: the new law, then "Čl. II"
        its entry into force).
        """
        styles = [e.style for e in self.stack]
        if cand.style == "para" and styles[:1] == ["article"]:
            if "para" in styles:
                return styles.index("para")
            if not self.stack[0].block.text:
                return 1
        return 0

    def _candidates(self, text: str) -> list[Marker]:
        out = []
        for m in super()._candidates(text):
            if m.style == "article" and not _title_or_nothing(m):
                continue
            out.append(m)
        return out

    def special(self, i: int) -> int | None:  # noqa: D102, C901 - one test per formula
        text = self.texts[i]
        pat = _patterns()
        if pat["oj"].match(text) or (
            self.closed and (_cites_journal(text) or self._called_note(text))
        ):
            # "(1) OJ L 66, ...", or after the signature "(1) Decisione (PESC) 2020/489 ...
            # (GU L 105 del 3.4.2020, pag. 3)." or "(1)  Beschluss (G" (a copy cut in it), its
            # mark "(1)" called in the text above: the act's footnotes
            block = self.add_heading("footnote", i)
            block.role, block.kind, block.reason = "unparsed", "unparsed", "footnote reference"
            return i + 1
        if _whereas_line(text):
            self.add_heading("formula", i)
            self.reset("recitals")
            return i + 1
        if pat["regard"].match(text) and (
            not self.in_articles or (_lists_citations(text) and len(text) <= _LEAD_IN)
        ):
            # after an act's articles, "Έχοντας υπόψη:" alone opens the next act's
            # citations (a gazette issue with three decrees)
            self.in_articles = self.closed = False
            self.section = "citations"
            self.stack = []
            self.add_text("citation", i, section="citations", number=self.next_number("c"))
            self.regarded = True
            self.cites_a_list = _lists_citations(text)  # "Having regard to: 1. ..."
            return i + 1
        if _is_formula(text):
            self.add_heading("formula", i)
            self.reset("articles")
            return i + 1
        if pat["annex"].fullmatch(unheaded(text)):  # "ANEXO I", a Markdown copy's "### ANEXO I"
            self.add_heading("annex", i)
            n = self.runs["annex"] = self.runs.get("annex", 0) + 1
            self.reset("annex" if n == 1 else f"annex_{n}")
            self.heading = text
            return i + 1
        if self.in_articles and closing(text) and not self.cands[i]:
            j = i + 1
            # The signatory's name may be one letter of a cut copy ("E"), not an item "E".
            while j < self.n and _no_unit(self.cands[j]) and len(self.texts[j]) < 80:
                if pat["annex"].fullmatch(unheaded(self.texts[j])):  # "## ANNEX" too
                    break
                j += 1
            self.add_heading("closing", i, until=j)
            self.current = None
            self.closed = True
            return j
        if self.section == "preamble" and not self.blocks:
            return self._title(i)
        return None

    def _title(self, i: int) -> int:
        """Read the title: the lines up to the first citation, recital or article."""
        pat = _patterns()
        numbered = _ACT_NUMBER.search(self.texts[i]) is not None
        j = i
        while j < self.n and not (
            pat["regard"].match(self.texts[j])
            or _whereas_line(self.texts[j])
            or self.cands[j]
            or _is_formula(self.texts[j])
            # a consolidated act prints no preamble: "Oddíl I" below "ROZHODNUTÍ RADY (SZBP)
            # 2023/1599 ..." (not a treaty's "TITLE V" below the treaty's name)
            or (j > i and numbered and division().fullmatch(self.texts[j]))
        ):
            j += 1
        if j == i:
            return i  # nothing of a title here: let the line be placed
        # "THE COUNCIL OF THE EUROPEAN UNION," / "DER RAT DER EUROPÄISCHEN UNION —"
        # before the citations names the body, not the title.
        body = j - 1 if j - 1 > i and _body_line(self.texts[j - 1]) else j
        # a web page's own title over the act's ("2010/212/GASP: Beschluss ... des Rates vom
        # 29. März 2010 ..." over "BESCHLUSS 2010/212/GASP DES RATES"): the act's is the title
        # ... or a page's chrome over it ("Téacs comhdhlúite: Odluka Vijeća 2014/219/ZVSP ...",
        # then "ODLUKA VIJEĆA 2014/219/ZVSP"): the act's numbered title is the title
        act = next((k for k in range(i + 1, body) if _act_heading(self.texts[k])), None)
        if act is not None and (
            _LISTED.match(self.texts[i])
            or (not numbered and _ACT_NUMBER.search(self.texts[act]) and not self.cands[act])
            or _page_title_of(self.texts[i], self.texts[act:body])
        ):
            self.add_heading("heading", i, until=act)
            i = act
        block = self.add_heading("title", i, until=body)
        self.heading = block.text
        if body < j:
            self.add_heading("body", body, until=j)
        return j

    def _place(self, i: int) -> tuple[int, Marker] | None:
        """Place a marker; an article numbered below the open, empty one is its text.

        "Artikel 3" then "Artikel 1": the article an amending article
        quotes, not a new one. (Excerpts out of order, with text between
        their articles, keep their numbers.)
        """
        placed = super()._place(i)
        if (
            placed is not None
            and self.section == "preamble"
            and placed[1].style == "(num)"
            and i < self.whereas_at
        ):
            return None  # "(1) Text with EEA relevance": a note above the act, not a recital
        if (
            placed is not None
            and not self.in_articles
            and superscripted(placed[1])
            and placed[1].style != "article"  # "<sup>4</sup> Art. 1 Zweck": a call, then Art. 1
        ):
            return None  # "<sup>1</sup> gestützt auf ...": a footnote's call (Fedlex), no recital
        if placed is not None and placed[1].style == "article" and self.stack:
            top = self.stack[0]
            if (
                top.style == "article"
                and top.block is self.current
                and not top.block.text
                and _num(placed[1].value) < _num(top.value)
            ):
                return None
        return placed

    def step(self, i: int) -> int:  # noqa: D102
        if self.text_of_bare_number(i) or self.quoted(i) or self.contents_on_one_line(i):
            return i + 1
        j = self.special(i)
        if j is not None and j != i:
            return j
        if (j := self.part_heading(i)) is not None:
            return j
        placed = self._place(i)
        if placed is not None:
            depth, cand = placed
            if cand.style == "article":
                self.in_articles = True
                if self.section not in ("articles",) and not self.section.startswith("annex"):
                    self.section = "articles"
            elif self.section == "preamble" and depth == 0:
                # "(1)", or a treaty's "(i) Aware of ...", "(ii) Reaffirming ...": recitals
                recital = cand.style in ("(num)", "(roman)", "(alpha)")
                self.section = "recitals" if recital else self.section
            block = self._open(i, depth, cand)
            return self.after_open(i, block)
        return self._rest(i)

    def _rest(self, i: int) -> int:
        text = self.texts[i]
        if self.section in ("preamble", "citations", "whereas") and not self.in_articles:
            cur = self.current
            if (
                cur is not None
                and cur.kind in ("citation", "recital")
                and not _ends(self.texts[i - 1])
            ):
                cur.lines.append(self.lines[i])
            elif _patterns()["whereas"].match(text) or self._unnumbered_recital(text):
                # "Whereas, in the light of ...;": an older act's recital, unnumbered
                self.section = "whereas"
                self.add_text("recital", i, section="recitals", number=self.next_number("r"))
            else:
                self.add_text("citation", i, section="citations", number=self.next_number("c"))
            return i + 1
        if self.is_heading(i) and not (self.current and self.current.kind == "article"):
            self.add_heading("heading", i)
            self.heading = text
            self.close_under(i)
            return i + 1
        self.text_line(i)
        return i + 1

    def _unnumbered_recital(self, text: str) -> bool:
        """Tell a recital whose number the copy lost, after the act's citations.

        EUR-Lex's page of an act may print its recitals without their numbers and
        without "Whereas:" (Decision (CFSP) 2023/2296): after a citation ("Having
        regard to ..., ") a paragraph of sentences, ending with a full stop, is a recital,
        and so is each paragraph after it.
        """
        return (
            self.regarded
            and len(text) >= _RECITAL_LEAST
            and text[:1].isupper()
            # the first ends a sentence; after it, one the copy cut off counts too
            and (text.endswith(".") or self.section == "whereas")
        )

    def after_open(self, i: int, block) -> int:
        """Read an article's or a §'s title, on the label's line or the next."""
        if block.kind == "article":
            return self.take_title(i, block, "article_title")
        if block.style == "para":  # "§ 3 Faustfeuerwaffen" in an act's article
            return self.take_title(i, block, "section_title", longest=80)
        return i + 1


# The length of a recital whose number was lost: shorter lines are a title's or a stamp's.
_RECITAL_LEAST = 60
# A note after the signature, "(1)  Beschluss ...", and its mark in the text above, after a
# word, a number or a bracket: "Beschluss (GASP) 2020/732 (1) angenommen".
_NOTE_START = re.compile(r"\((\d{1,3})\)\s")
_NOTE_MARK = re.compile(r"(?<=[\w)])\s?\((\d{1,3})\)(?=[\s,.;:]|$)")
_JOURNAL_CITED = re.compile(rf"\((?:{_JOURNALS}|Uradni list|Teataja)\s+(?:No\s+)?[LC]\s?\d")


# EUR-Lex's title of an act's page: its number, a colon, its title ("2010/212/GASP: Beschluss").
_ACT_NUMBER = re.compile(r"\b\d{1,4}/\d{1,4}\b")  # "(SZBP) 2023/1599", "(CE) No 2271/96"
_LISTED = re.compile(r"\d{2,4}/\d{1,4}/[^\W\d_]{2,6}:\s")


def _page_title_of(text: str, act: list[str]) -> bool:
    """Tell a page's title line in another language over the act's own heading, numbered alike.

    EUR-Lex prints the page's title in the reader's language, then the act's
    ("Council Decision (CFSP) 2023/1568 of 28 July 2023 ..." over a German
    "BESCHLUSS (GASP) 2023/1568 DES RATES"): not the act's capitals heading itself. In the
    act's own language the two say the same, and the title is read once from them.
    """
    number = _ACT_NUMBER.search(text)
    if number is None or _act_heading(text) or number.group() not in _ACT_NUMBER.findall(act[0]):
        return False
    words = set(TITLE_WORD.findall(text.lower()))
    shared = words & set(TITLE_WORD.findall(" ".join(act).lower()))
    return len(shared) * 2 < len(words)


def _act_heading(text: str) -> bool:
    """Tell an act's title line, its first word in capitals: "BESCHLUSS 2010/212/GASP DES RATES"."""
    first = text.split(maxsplit=1)[0] if text else ""
    return len(first) >= 4 and first.isalpha() and first.isupper()


def _cites_journal(text: str) -> bool:
    """Tell a footnote citing an act: "(1) Decision ... (OJ L 105, 3.4.2020, p. 3)."."""
    return (
        text[:1] == "("
        and re.match(r"\(\d{1,3}\)\s", text) is not None
        and bool(_JOURNAL_CITED.search(text))
    )


def closing(text: str) -> bool:
    """Tell a closing formula ("Done at", "For the Council", "The President").

    "The President" closes only as a signature line of its own, not as the
    subject of an article's sentence ("Il Presidente della Repubblica è
    autorizzato a ratificare ...").
    """
    pat = _patterns()
    if not pat["closing"].match(text):
        return False
    return len(text) <= 40 or not pat["president"].match(text)


def _body_line(text: str) -> bool:
    """Tell whether a line names the enacting body ("THE COUNCIL OF THE EUROPEAN UNION,")."""
    bodies = structure_words("bodies")
    low = text.lower()
    return len(text) <= 80 and text.isupper() and any(b.lower() in low for b in bodies)


def _no_unit(cands: list[Marker]) -> bool:
    """Tell whether a line's markers open nothing after a closing formula (a letter alone)."""
    return all(c.style == "ALPHA" for c in cands)


def _ends(text: str) -> bool:
    return text.endswith((",", ";", ".", ":"))
