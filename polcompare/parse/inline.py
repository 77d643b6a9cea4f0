"""Units run together on one line: split them before the grammars read the lines.

Web copies and old Official Journal pages often come as one long line per
act ("... FÖLJANDE. Artikel 1 1. Den politiska kommittén ... Artikel 2 ..."),
and tables of contents put several sections on one line ("§ 1. Formål § 2.
Definisjoner"). The grammars read one unit per line, so such a line is cut
into pieces, each keeping the source line's number, where a marker inside
the line is certainly a unit and not a reference ("Article 2(1)(b)",
"paragraphs 1 and 2", "am 14. Juli"):

- it follows a space, and for numbers and letters the end of a sentence or
  clause (``.``, ``:``, ``;``) before that space;
- a number is followed by a capital, a quotation mark or ``§``;
- it belongs to a run of the same scheme in the line: the unit before it or
  after it in its numbering is also a marker there (the line's own leading
  marker counts), so a lone "3. Text" after a full stop stays text;
- or it opens its label's first unit right after the label: "Artikel 1 1. Den",
  "20.—(1) Where".

A sentence's enumeration "(a) the failure ...; (b) the absence ..." is cut into
points in a text with articles or sections (an act's "It is prohibited to
supply: (a) ..., (b) ..."), and stays the sentence's text in running prose (a
yearbook, a report).

A subsection's number and its first point are cut apart too: "(1) (a) This
section applies" (the Irish Statute Book).

Nothing is dropped or reordered: the pieces, joined, are the line.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ..clean import Line
from ..languages import (
    article_words,
    number_first_article_words,
    structure_words,
    words_pattern,
)
from .lines import (
    NAME_PARTS,
    QUOTES,
    Marker,
    cites_a_part,
    could_mark,
    is_first,
    markers,
    run_in_contents,
    successor,
)

__all__ = ["split_inline"]


@functools.cache
def _start() -> re.Pattern[str]:
    """Return where a unit may start inside a line: after a space, at a marker's first character."""
    sole = words_pattern("sole_article") or "(?!)"
    return re.compile(
        r"\s(?=[(\d§"
        + re.escape(QUOTES)
        # "a)", "iv.", "b.", "Artikel 2", "Action #3", "- 2.", "Άρθρο Μόνο" (an act's only article)
        # ("΄Αρθρο 1": the Greek gazette's accent printed before the capital)
        + r"]|[a-zа-яα-ω]{1,2}\)|[ivx]{1,5}[.)]|[a-zα-ω]\.|στ\.|΄?[^\W\d_]+\.?\s+[#\dIVXL]|[-–]\s\d"
        + rf"|[^\W\d_]+\s+(?i:{sole})\b)"
    )


_LONG = 160  # shorter lines are split only at label runs ("§ 1. Formål § 2. ...")
_NUMBERS = frozenset({"num.", "(num)", "decimal"})
_POINTS = frozenset({"(alpha)", "alpha)", "alpha.", "(roman)", "roman)", "roman."})
_LABELS = frozenset({"article", "para", "action"})
_AFTER_CLAUSE = tuple(".:;。；：")
_AFTER_COMMA_MARK = tuple(",，、،")
_PEEK = 160  # characters read after a candidate's start
_CLAUSE = 40  # the least text a point holds before the next one
# "... applies.  1. - (1)", the Irish Statute Book's "**1.**—(1) In this Act", "**2**.— (1)"
_DASH_SECTION = re.compile(r"(?:^|\s)(?:\*\*)?\d{1,4}(?:\*\*)?\.(?:\*\*)?\s*[-—–]\s*\(1\)").search
# "**2.**—(1) (*a*) This section applies": a subsection and its first point, once cut apart
_SUBSECTION_AND_POINT = re.compile(r"\s*\(\d{1,3}[A-Z]?\)\s?(?=\((?:a|\*a\*)\))").match
_AFTER_COMMA = re.compile(r"[,;]\s*\w{0,4}$").search
# "Representatives1.Reaffirming": a number glued to the word before it and a capitalised one after
_GLUED = re.compile(r"(?<=[^\W\d_]|[.;:)])(\d{1,2})\.(?=[A-ZÀ-Þ][^\W\d_])")
# "... Committee 1. Opening of the meeting 2. Election of ...": an agenda pasted on one line
_SPACED = re.compile(r"(?<=[^\W\d_] )(\d{1,2})\. (?=[A-ZÀ-Þ][^\W\d_])")


def split_inline(lines: list[Line], cands: list[list[Marker]] | None = None) -> list[Line]:
    """Return the lines with run-together units cut into one piece each.

    ``cands`` are the lines' markers (:func:`markers` of each stripped line), when the
    caller has them already; a line that is not cut is returned as the same object.
    """
    out: list[Line] = []
    articled: bool | None = None  # decided at the first line worth a look
    for k, line in enumerate(lines):
        following = lines[k + 1].text.lstrip() if k + 1 < len(lines) else ""
        if k and _quoted_whole(line.text, lines[k - 1].text):
            out.append(line)
            continue
        cut = _worth_a_look(line.text) and not run_in_contents(line.text.strip())
        if cut and articled is None:
            articled = _has_articles(lines, cands)
        cuts = _cuts(line.text, following, bool(articled)) if cut else []
        if not cuts and k and (titled := _titled_first(line.text, lines[k - 1].text, following)):
            cuts = [titled]
        if not cuts and (annex := _annex_after_sentence(line.text)):
            cuts = [annex]
        if not cuts and not _SUBSECTION_AND_POINT(line.text):
            out.append(line)
            continue
        bounds = [0, *cuts, len(line.text)]
        for start, end in zip(bounds, bounds[1:], strict=False):
            piece = line.text[start:end].rstrip()
            if m := _SUBSECTION_AND_POINT(piece):
                out.append(Line(line.no, piece[: m.end()].rstrip()))
                piece = piece[m.end() :]
            if piece.strip():
                out.append(Line(line.no, piece))
            if start and not articled:  # "αποφασίζουμε: Άρθρο 1" cut: the text has articles
                peek = piece.strip()[:_PEEK]
                articled = could_mark(peek) and any(c.style == "article" for c in markers(peek))
    return out


# '„Príloha č. 1 ... 98. Youssef M. Nada ...“.': a whole quotation on one line
_QUOTED_WHOLE = re.compile(r"\s*[\"“„«»‘'].*[\"”“»«’'][.;,]?\s*")


def _quoted_whole(text: str, above: str) -> bool:
    """Tell a line that quotes, whole, the new wording an amendment introduces.

    The line above ends with a colon ("Príloha č. 1 znie:", "is replaced by the
    following:") and the line is one quotation: its numbers and letters are the amended
    act's, never units of this one, however many of them the quotation runs to.
    """
    return above.rstrip().endswith(":") and _QUOTED_WHOLE.fullmatch(text) is not None


@functools.cache
def _annex_heading() -> re.Pattern[str]:
    words = words_pattern("annex")
    return re.compile(
        rf"(?<=[.;] )(?:{words})\s+(?:[IVX]{{1,4}}|\d{{1,2}}|[A-Z])\s+[^\W\d_][^.;:]{{2,120}}",
        re.IGNORECASE,
    )


def _annex_after_sentence(text: str) -> int:
    """Return where an annex's heading glued to the end of a paragraph starts, or 0.

    "4. Decides to remain seized of the matter. Annex 1 Travel Ban/Asset Freeze
    (Individuals)": a copy that lost the line break before the annex, whose numbering
    starts again below it.
    """
    tail = len(text) - _PEEK if len(text) > _PEEK else 0  # the heading ends the line
    m = _annex_heading().search(text, tail)
    if m is None or m.end() != len(text.rstrip()) or not text[m.start()].isupper():
        return 0
    return m.start()


# "Finalitats de les proves 1. Les proves ...": an article's title, then its first paragraph
_TITLED_FIRST = re.compile(r"\s*[^\W\d_][^.:;]{2,100}?[^\W\d_] (1\. )(?=[A-ZÀ-Þ][^\W\d_])")


def _titled_first(text: str, above: str, following: str) -> int:
    """Return where an article's first paragraph starts after its title on one line, or 0.

    A web copy may run an article's title into its paragraph "1." ("Finalitats de les
    proves 1. Les proves ...") when the label stands alone above ("Article 2") and "2."
    opens the next line.
    """
    if not (m := _TITLED_FIRST.match(text)) or not could_mark(above := above.strip()):
        return 0
    if not any(c.style in _LABELS and not c.rest for c in markers(above)):
        return 0
    if not any(c.style == "num." and c.value == "2" for c in markers(following[:_PEEK])):
        return 0
    return m.start(1)


def _has_articles(lines: list[Line], cands: list[list[Marker]] | None = None) -> bool:
    """Tell a text with articles or sections ("Article 2", "Άρθρο 1", "§ 3") opening lines."""
    if cands is None:
        cands = [markers(t) if could_mark(t) else [] for t in (ln.text.strip() for ln in lines)]
    return any(c.style in ("article", "para") for line in cands for c in line)


def _worth_a_look(text: str) -> bool:
    return (
        len(text) >= _LONG
        or text.find("§", 1) > 0
        or "(1)" in text[1:24]  # "§ 2. (1) Riigi Teataja ...", "20.—(1) Where"
        or "1. " in text[1:24]  # "Artikel 1 1. Den ..."
        or ("(1)" in text and bool(_DASH_SECTION(text)))
    )


@functools.cache
def _anything_to_cut() -> re.Pattern[str]:
    """Match what every cut needs somewhere in a line: most lines have none of it."""
    labels = _by_first_character(
        [*structure_words("article"), *structure_words("action"), *number_first_article_words()]
    )
    return re.compile(
        # ". 2.", "; b)"
        r"[.:;,]\s+[\"“„«]?\(?(?:\d{1,4}|[a-zа-яα-ω]{1,2}|[ivxlc]{1,5}|στ)[.)\-—–]"
        r"|[.:;,]\s+\d{1,3}(?:\.\d{1,3})+\s"  # ". 1.2 Text"
        r"|\.(?:\*\*)?\s*[-—–]\s*\(|\.\(\d"  # "20.—(1)", "1.—(1)", "1.(1)", "**1.**—(1)"
        r"|§|\s\(?[ai]\)\s"  # "§ 2", "... representanten a) ..."
        rf"|(?<!\w)(?:{labels})(?!\w)",
        re.IGNORECASE,
    )


def _by_first_character(words: list[str]) -> str:
    """Return an alternation of ``words`` grouped by first character: ``A(?:rticle|ction)|...``.

    It matches what the plain alternation ``Article|Action|...`` matches (with
    IGNORECASE too: the same characters are compared), but the regex engine
    tries each first character once instead of every word at every position
    of a line (the label words of 24 languages: most of the time of
    :func:`_anything_to_cut` on long lines).
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


def _cuts(text: str, following: str = "", articled: bool = False) -> list[int]:
    """Return the offsets inside ``text`` where a unit starts.

    ``following`` is the next line: a list's first point after a colon
    ("... activities: a. To increase") is cut when its second opens that line.
    ``articled``: the text has articles or sections, so a sentence's lowercase
    enumeration is an article's points, not prose.
    """
    if len(text) >= _LONG and (glued := _glued_run(text)):
        return sorted(glued + _points_of_run(text, glued))
    if not _anything_to_cut().search(text, 1):
        return []
    stripped = text.lstrip()
    lead = markers(stripped[:_PEEK]) if could_mark(stripped[:_PEEK]) else []
    found, weak = _inside(text, any(c.style in _LABELS for c in lead))
    # Hungarian "1. §2 Az ...": the "§" (a footnote's number glued to it) belongs to the
    # line's own "1. §", no label of its own
    lead_end = (
        len(text)
        - len(stripped)
        + max((len(c.marker.rstrip()) for c in lead if c.style == "para"), default=0)
    )
    found = [(p, c) for p, c in found if p >= lead_end]
    names = [m.span() for m in NAME_PARTS.finditer(text)]
    found = [(p, c) for p, c in found if not any(a <= p < b for a, b in names)]
    orphans = _enumeration_after_first(found, text)  # "..., 2. Juni": no "1." opens a run
    found = [(p, c) for p, c in found if p not in orphans]
    # A first point after a word counts when its second follows, a clause or more later,
    # and no first point of its own opens a list after it ("article 2, point (a) of this
    # decree: (a) ...": a reference).
    found += [
        (p, w)
        for p, w in weak
        if (
            _first_point(w)
            and any(
                c.style == w.style and c.value == successor(w.style, w.value) and q - p >= _CLAUSE
                for q, c in found
            )
            and not any(c.style == w.style and c.value == w.value and q > p for q, c in found)
        )
        or _between_its_neighbours(found, p, w)
        or _closes_its_run(found, p, w, text[:p].rstrip())
        or _field_by_its_neighbour(found, weak, text, p, w)
    ]
    found.sort(key=lambda x: x[0])
    values = _value_lists(found)
    found = [(p, c) for p, c in found if p not in values]
    # "Artikel 1 1. Den ...", "20.—(1) Where": a label's first unit right after it.
    firsts: list[tuple[int, int, Marker]] = []  # (label's offset, unit's offset, unit)
    for p, cand in [(len(text) - len(stripped), c) for c in lead] + found:
        if cand.style in _LABELS:
            inner = p + len(cand.marker)
            inner += len(text[inner : inner + 2]) - len(text[inner : inner + 2].lstrip())
            peek = text[inner : inner + _PEEK]  # "**2**.— (1) Sections": past a space
            if could_mark(peek):
                firsts.extend(
                    (p, inner, s)
                    for s in markers(peek)
                    if s.style in _NUMBERS and is_first(s.style, s.value)
                )
    # "Άρθρο 109.- Title. 1. Το ...": a line that opens with a label has its first
    # unit after the label's title.
    if any(c.style in _LABELS for c in lead):
        first = next((x for x in found if x[1].style in _NUMBERS), None)
        if first and is_first(first[1].style, first[1].value):
            firsts.append((len(text) - len(stripped), *first))
    found += [(inner, s) for _, inner, s in firsts]
    short = len(text) < _LONG
    runs = _Runs([(0, m) for m in lead] + found)
    # A sentence of prose that enumerates "he pointed to: (a) the failure ...; (b) the
    # absence ..." keeps its points; a line that opens with a marker or holds labels, or
    # points that start as sentences ("(i) Protection ... (b) Work with"), is a run of units.
    prose = not articled and not lead and not any(c.style in _LABELS for _, c in found)
    cuts = {
        p
        for p, cand in found
        if (cand.style in _LABELS or not short)
        and not (prose and cand.style in _POINTS and cand.rest[:1].islower())
        and not (prose and cand.style == "num." and _run_in(text, p, cand))
        and (
            runs.has_neighbour(p, cand)
            or _first_article_after_formula(text, p, cand)
            or _list_goes_on(text, p, cand, following)
            # "... από τη Λιβύη. Άρθρο 2 Από την": an article after a sentence, in an act
            or (articled and cand.style == "article" and _before(text, p).endswith("."))
        )
    }
    # "... applies.  1. - (1) This": a section and its first subsection, whatever precedes.
    cuts.update(
        label for label, _, _ in firsts if _DASH_SECTION(text[max(label - 1, 0) : label + 12])
    )
    # "... des Gesetzes § 1 (1) Das Waffengesetz ...": an act's first label and its first
    # paragraph, wherever the line has them (a whole act pasted on one line)
    cuts.update(
        label
        for label, _, unit in firsts
        if unit.style == "(num)" and _value_at(found, label) == "1" == unit.value
    )
    # The first unit is cut where its label is: at the line's start, or cut itself.
    cuts.update(inner for label, inner, _ in firsts if label in cuts or not text[:label].strip())
    return sorted(c for c in cuts if 0 < c < len(text))


def _inside(
    text: str, lead_label: bool
) -> tuple[list[tuple[int, Marker]], list[tuple[int, Marker]]]:
    """Return the markers inside ``text`` that may start a unit, and the weak ones.

    Weak: a list's first point right after a word, which counts only when its
    second follows (see :func:`_cuts`).
    """
    found: list[tuple[int, Marker]] = []
    weak: list[tuple[int, Marker]] = []
    for m in _start().finditer(text):
        p = m.end()
        peek = text[p : p + _PEEK]
        before = _before(text, p)
        # "Artigo 215.o (ex-artigo 301.o TCE) 1. Quando": an article's first unit after
        # the bracketed note on its label's line
        if lead_label and before.endswith(")") and peek[:2] == "1.":
            found.extend((p, c) for c in markers(peek) if c.style == "num." and c.value == "1")
            continue
        if not (before.endswith(_AFTER_CLAUSE) or _AFTER_COMMA(before) or _maybe_label(peek)):
            # After a word only a label ("Artikel 2", "§ 3") or a list's first point
            # whose colon a web copy lost ("representanten a) förbereda ..., b) ...").
            if (peek[:1] in "a(i" or _joins()(before) or _FIELD(peek)) and could_mark(peek):
                weak.extend((p, c) for c in markers(peek) if _weak_point(c))
            continue
        if could_mark(peek):
            found.extend((p, cand) for cand in markers(peek) if _plausible(cand, before))
    return found, weak


_VALUE = 28  # the most a listed value holds: "(β) Michael Makwei Lueth, "


def _value_lists(found: list[tuple[int, Marker]]) -> set[int]:
    """Return where the points of a field's list of short values start.

    "Ιθαγένεια: (α) Νοτίου Σουδάν, (β) Σουδάν, (γ) Κένυα", "POB: (a) Bor, (b) Juba": a
    run of bracketed points none of which holds more than a name or two lists the
    values of one field of a list's entry; they are no units.
    """
    out: set[int] = set()
    for k, (p, c) in enumerate(found):
        if c.style not in ("(alpha)", "(num)") or not is_first(c.style, c.value):
            continue
        run, last, short = [p], (p, c), True
        for q, d in found[k + 1 :]:
            if d.style == c.style and d.value == successor(last[1].style, last[1].value):
                short = q - last[0] - len(last[1].marker) <= _VALUE
                if not short:  # a point that holds a clause: a list of units
                    break
                run.append(q)
                last = (q, d)
            elif d.style == c.style and is_first(d.style, d.value):
                break  # the next field's list
        if len(run) > 1 and short:
            out.update(run)
    return out


def _value_at(found: list[tuple[int, Marker]], p: int) -> str:
    """Return the value of the label found at offset ``p`` ("" if none)."""
    return next((c.value for q, c in found if q == p and c.style in _LABELS), "")


def _glued_run(text: str) -> list[int]:
    """Return where numbered paragraphs run together on one line start, or [].

    A page copied as one line may lose the spaces around its numbers
    ("...Representatives1.Reaffirming ...2.Recalling"), or keep them with no
    full stop before ("... Committee 1. Opening of the meeting 2. Election ...").
    Such numbers count only as a run from 1 on, in order, at least three of them.
    """
    for pattern, one in ((_GLUED, "1."), (_SPACED, " 1. ")):
        if one not in text:
            continue  # a run starts at 1: most long lines hold none (most of the time here)
        cuts: list[int] = []
        for m in pattern.finditer(text):
            if int(m.group(1)) == len(cuts) + 1:
                cuts.append(m.start(1))
        if len(cuts) >= 3:
            return cuts
    return []


_POINT = re.compile(r"\(([a-z])\) (?=[A-ZÀ-Þ][^\W\d_])")  # "(a) Method", "(b) Languages"


def _points_of_run(text: str, cuts: list[int]) -> list[int]:
    """Return where the points of the units of a one-line run start.

    "4. Organization of work: (a) Method of decision-making (b) Languages": a
    unit's points after its colon, "(a)", "(b)"... in order, each before a
    capitalised word.
    """
    found: list[int] = []
    for start, end in zip(cuts, [*cuts[1:], len(text)], strict=True):
        piece = text[start:end]
        letters: list[int] = []
        for m in _POINT.finditer(piece):
            expected = chr(ord("a") + len(letters))
            if m.group(1) != expected:
                break
            if expected == "a" and not piece[: m.start()].rstrip().endswith(":"):
                break
            letters.append(start + m.start())
        if len(letters) >= 2:
            found.extend(letters)
    return found


def _list_goes_on(text: str, p: int, cand: Marker, following: str) -> bool:
    """Tell a first point after a colon whose second point opens the next line."""
    if cand.style not in _POINTS or not is_first(cand.style, cand.value) or not following:
        return False
    if not text[:p].rstrip().endswith(":"):
        return False
    want = successor(cand.style, cand.value)
    return any(m.style == cand.style and m.value == want for m in markers(following[:_PEEK]))


def _first_article_after_formula(text: str, p: int, cand: Marker) -> bool:
    """Tell an act's first article after its formula ("beschlossen: Artikel 1 Das ...").

    Or its only article: "αποφασίζουμε: Άρθρο Μόνο Τα μέτρα", "décrète : Article unique".
    """
    return (
        cand.style == "article"
        and is_first(cand.style, cand.value)
        and text[max(p - 4, 0) : p].rstrip()[-1:] == ":"
    )


def _weak_point(cand: Marker) -> bool:
    """Tell a point after a word that may still be one (see :func:`_between_its_neighbours`)."""
    return _first_point(cand) or (cand.style in _POINTS and cand.rest[:1].isalpha())


# "c. Identifiers: DOB", "α. Περιγραφή: Ο": a point that names a field of a list's entry
_FIELD = re.compile(r"[a-zα-ω]\. [A-ZΑ-Ω][^\s:]{0,24}(?: [^\s:]{1,24}){0,2}: ").match


def _field_by_its_neighbour(
    found: list[tuple[int, Marker]],
    weak: list[tuple[int, Marker]],
    text: str,
    p: int,
    cand: Marker,
) -> bool:
    """Tell an entry's field after a word ("... Juuk Chaw c. Identifiers: DOB: 1945").

    A sanctions list's entry runs its fields "a. Description: ... b. A.K.A.: ... c.
    Identifiers: ..." on one line; a field's point counts when the point before or after
    it is in the line too.
    """
    if not _FIELD(text, p):
        return False
    return any(
        q != p
        and c.style == cand.style
        and (successor(c.style, c.value) == cand.value or successor(c.style, cand.value) == c.value)
        for q, c in [*found, *((q, w) for q, w in weak if _FIELD(text, q))]
    )


def _closes_its_run(found: list[tuple[int, Marker]], p: int, cand: Marker, before: str) -> bool:
    """Tell a list's last point after "and" with no comma: "..., γ) τις ... και δ) τις".

    Its point before is in the line a clause or more back, and none comes after it.
    """
    if cand.style not in _POINTS or _first_point(cand) or not _joins()(before):
        return False
    return any(
        c.style == cand.style and successor(c.style, c.value) == cand.value and p - q >= _CLAUSE
        for q, c in found
    ) and not any(c.style == cand.style and q > p for q, c in found)


@functools.cache
def _joins() -> Callable[[str], re.Match[str] | None]:
    """Search the word that joins a list's last item ("and", "και", "och") at a text's end."""
    alternation = "|".join(re.escape(w) for w in article_words("joins"))
    return re.compile(rf"\s(?i:{alternation})$").search


def _between_its_neighbours(found: list[tuple[int, Marker]], p: int, cand: Marker) -> bool:
    """Tell a point after a word whose run has the points before and after it.

    "...; (b) To assess the need for the measures (c) To identify ...; (d) Within": the
    copy lost the semicolon before "(c)", a sentence like its neighbours'.
    """
    if _first_point(cand) or not cand.rest[:1].isalpha():
        return False
    after = successor(cand.style, cand.value)
    same = [(q, c) for q, c in found if c.style == cand.style]
    before = [c for q, c in same if q < p and successor(c.style, c.value) == cand.value]
    later = [c for q, c in same if q > p and c.value == after]
    # upper case, or lower case as its neighbours are ("... web site (b) maintain ...; (c) assist")
    # when no other point of its value is found ("την υποπαράγραφο (β) της παρούσας
    # παραγράφου" cites the "(β)" that comes later)
    return bool(before and later) and (
        cand.rest[:1].isupper()
        or (
            all(c.rest[:1].islower() for c in (before[-1], later[0]))
            and not any(c.style == cand.style and c.value == cand.value for _, c in found)
        )
    )


def _first_point(cand: Marker) -> bool:
    return cand.style in _POINTS and is_first(cand.style, cand.value) and cand.rest[:1].isalpha()


def _maybe_label(peek: str) -> bool:
    """Tell what may be a label after a word: "Artikel 2", "§ 3", "2. pants", "5. cikk"."""
    return (
        peek[0].isupper()
        or "§" in peek[:8]
        or (peek[0].isdecimal() and _number_first_label().match(peek) is not None)
    )


@functools.cache
def _number_first_label() -> re.Pattern[str]:
    """Match an article's number before its word ("1. pants", "1 artikla")."""
    words = "|".join(re.escape(w) for w in number_first_article_words())
    return re.compile(rf"\d{{1,4}}\.?\s+(?:{words})(?!\w)", re.IGNORECASE)


def _plausible(cand: Marker, before: str) -> bool:
    """Tell whether a marker inside a line could start a unit, from what is around it."""
    style, rest = cand.style, cand.rest
    if style in _LABELS:  # not "des § 3 Abs. 4, § 4 Abs. 2": a citation (see cites_a_part)
        if not rest:  # "αποφασίζουμε: Άρθρο 1" ending the line: the first after the formula
            return before.endswith(":") and is_first(style, cand.value)
        return (
            bool(rest)
            and (rest[0].isupper() or rest[0] in "0123456789(" or rest[0] in QUOTES)
            and not cites_a_part(rest)
        )
    if style in _POINTS and _AFTER_COMMA(before):  # "..., and (b) the", "..., και β) τα"
        return bool(rest) and (rest[0].isalpha() or rest[0] in QUOTES)
    if style == "num." and rest[:1].isalpha() and _enumerated(cand.value, rest, before):
        return True  # "bedeuten: 1. der syrische Staat ..., 2. jede natürliche Person"
    if style in _NUMBERS and rest and _caseless(rest[0]):
        # Chinese, Arabic: no capital to tell a unit from a number in the text, and a
        # resolution's first operative paragraph follows the preamble's comma
        # ("..., 1. 决定大会 ...; 2. 还决定 ..."); the run around it still has to be there.
        return before.endswith(_AFTER_CLAUSE + _AFTER_COMMA_MARK)
    if not before.endswith(_AFTER_CLAUSE) or _after_part_word(before):
        return False
    if style in _NUMBERS:
        return bool(rest) and (rest[0].isupper() or rest[0] in QUOTES or rest[0] == "§")
    if style in _POINTS:  # "; d) «Trânsito», a passagem": a defined term in quotation marks
        return bool(rest) and (rest[0].isalpha() or rest[0] in QUOTES)
    return False


def _before(text: str, p: int) -> str:
    """Return what precedes offset ``p``: enough to see ". ", ", and ", a colon or a comma."""
    return text[max(p - 12, 0) : p].rstrip()


def _enumerated(value: str, rest: str, before: str) -> bool:
    """Tell an enumeration's number run into a sentence: "1. der" after a colon, then ", 2.".

    Such a run ("Person oder Organisation: 1. der Staat, 2. jede Person, 3. ...") is cut
    only from its first number on, where its neighbours are on the line too, and only in a
    unit's text, never in prose (see :func:`_cuts`).
    """
    if value == "1":
        return before.endswith(":") and rest[:1].islower()
    return before.endswith((",", ";"))


def _run_in(text: str, p: int, cand: Marker) -> bool:
    """Tell a number admitted only as part of a sentence's enumeration (:func:`_enumerated`)."""
    if not cand.rest or _caseless(cand.rest[0]):  # "..., 1. 决定": a resolution's paragraph
        return False
    return cand.rest[0].islower() or _before(text, p).endswith((",", ";"))


def _enumeration_after_first(found: list[tuple[int, Marker]], text: str) -> list[int]:
    """Return the offsets of numbers after a comma with no run-in first number before them."""
    firsts = [p for p, c in found if c.style == "num." and c.value == "1"]
    return [
        p
        for p, c in found
        if c.style == "num."
        and c.value != "1"
        and _before(text, p).endswith((",", ";"))
        and not any(q < p for q in firsts)
    ]


@functools.cache
def _part_words() -> frozenset[str]:
    # the words of reference_parts a full stop ends: "písm.", "Abs.", "Nr.", "lit."
    return frozenset(w.lower() for w in structure_words("reference_parts") if w.endswith("."))


def _after_part_word(before: str) -> bool:
    """Tell whether a marker follows a part's name: "podle § 2 písm. c) této": a reference."""
    words = before.rsplit(None, 1)
    return bool(words) and words[-1].lower() in _part_words()


def _caseless(char: str) -> bool:
    """Tell a letter of a script without capitals (Chinese, Arabic, Hebrew, ...)."""
    return char.isalpha() and not char.isupper() and not char.islower()


class _Runs:
    """The markers of one line by scheme and number, to find a marker's neighbours at once."""

    def __init__(self, markers: list[tuple[int, Marker]]) -> None:
        self.at: dict[tuple[str, str], list[int]] = {}  # (style, value) -> offsets
        self.before: dict[tuple[str, str], list[int]] = {}  # (style, successor) -> offsets
        for q, m in markers:
            self.at.setdefault((m.style, m.value), []).append(q)
            self.before.setdefault((m.style, successor(m.style, m.value)), []).append(q)

    def has_neighbour(self, p: int, cand: Marker) -> bool:
        """Tell whether the unit before or after ``cand`` in its numbering is also here."""
        after = self.at.get((cand.style, successor(cand.style, cand.value)), ())
        before = self.before.get((cand.style, cand.value), ())
        return any(q > p for q in after) or any(q < p for q in before)
