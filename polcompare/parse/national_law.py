"""National laws and regulations: ``§ 1`` (or ``1 §``) sections, chapters, ledd.

Norwegian, Danish, German, Swedish and Finnish statutes number their
sections with a paragraph sign; a section's title may follow on the same
line ("§ 1. Lovens formål") or the next; its paragraphs (ledd) may be
numbered ``(1)``, ``(2)`` and its points ``a)``, ``1.``. Chapter headings
("Kapittel 2. ...", "2 kap.", "KAPITEL 1") are headings.
"""

from __future__ import annotations

import functools
import re

from ..languages import words_pattern
from .legal_act import closing
from .lines import Marker, family
from .outline import Outline, division_heading, ends_inserting, heading_like

__all__ = ["NationalLaw", "recognise", "recognise_amending"]


def _chapter() -> re.Pattern[str]:
    # "Kapittel 2", "CHAPTER IV", and number first: "2 kap.", "1. peatükk", "3 luku"
    return division_heading(("chapter",))


@functools.cache
def _annex() -> re.Pattern[str]:
    # "Příloha č. 1 k vyhlášce č. 147/1997 Sb.", "Anhang 2", "Vedlegg I. Liste over ...": an
    # annex's label, its number, then nothing, its title after a full stop, or the act it is
    # annexed to (the language files' annex_of); not "Vedlegg I skal lyde:" (an amendment) nor a
    # sentence run on to the line
    return re.compile(
        rf"(?:{words_pattern('annex')})(?:\s+(?:č\.|Nr\.|No\.?)?\s*[IVX\d]{{1,4}}[a-z]?)?"
        rf"(?:\.?|\.\s+[^\W\d_].*|\s+(?:{words_pattern('annex_of')})\s+.*[^:,])",
        re.IGNORECASE,
    )


def recognise(texts: list[str], cands: list[list[Marker]]) -> str | None:
    """Say why the text is a statute, or return None."""
    values, alone = [], 0
    for text, line in zip(texts, cands, strict=True):
        for m in line:
            if m.style == "para":
                values.append(m.value)
                # alone, or with its title: "§ 1 Begriffsbestimmungen", "§ 1. Formål", or
                # a heading of its own however long its title ("## § 1 Anwendung von ...")
                alone += (
                    not m.rest
                    or (m.rest[:1].isupper() and heading_like(m.rest, longest=60))
                    or text.startswith("#")
                )
                break
    if len(values) >= 2:
        return f"{len(values)} '§ N' sections ({values[0]}-{values[-1]})"
    if alone:  # the opening of a bill: "§ 1" alone on its line (or with its title), then its text
        return f"a '§ {values[0]}' section alone on its line or with its title"
    return None


def recognise_amending(texts: list[str], cands: list[list[Marker]]) -> str | None:
    """Say why the text is an amending act in parts, or return None (see :func:`_part_one`).

    Its part I quotes the provisions it changes, an EU act's "Artikkel 15a." too: this
    shape is told before any other grammar's.
    """
    if _part_one(texts, cands) is None:
        return None
    return "an amending act's parts 'I' and 'II', part I making the changes"


def _part_one(texts: list[str], cands: list[list[Marker]]) -> int | None:
    """Return the line of an amending act's part "I", or None.

    "I" alone on its line, then "I forskrift ... gjøres følgende endringer:" (the
    language files' ``inserts``), and a "II": a Norwegian amending act, whose part I
    quotes the changes (their "§ 3", "1." are the amended act's). The "II" is a later
    part, or the contents' entry above part I when the copy ends before part II.
    """
    for i, line in enumerate(cands[:-1]):
        if _bare_roman(line, "I") and ends_inserting(texts[i + 1]):
            if any(_bare_roman(c, "II") for c in cands):
                return i
    return None


def _title_again(texts: list[str], cands: list[list[Marker]]) -> int | None:
    """Return the line of a law's first section under its title printed again, or None.

    Lovdata prints a regulation's title, its metadata ("Datokode", "FOR-2025-03-14-472"),
    its contents ("Innhold", "§ 1. ...", "Vedlegg A", "Artikkel 1" ...), then the title
    again over "§ 1.": what lies between is one heading, no units.
    """
    again = [
        i + 1
        for i in range(2, len(texts) - 1)
        if texts[i] == texts[0] and any(m.style == "para" and m.value == "1" for m in cands[i + 1])
    ]
    return again[-1] if again else None  # the contents list the title and "§ 1." too


def _bare_roman(line: list[Marker], value: str) -> bool:
    return any(m.style == "ROMAN." and m.marker.strip() == value and not m.rest for m in line)


class NationalLaw(Outline):
    """The grammar of statutes (see the module docstring)."""

    name = "national_law"

    def kind_of(self, marker: Marker, depth: int) -> str:  # noqa: D102
        if marker.style == "para":
            return "section"
        fam = family(marker.style)
        if depth == 1 and (
            (marker.style == "(num)" and self.stack[0].style == "para")
            or (marker.style in ("(num)", "num.") and self.stack[0].part)
        ):
            return "paragraph"
        if fam in ("num", "alpha", "roman") and depth >= 1:
            return "point"
        return super().kind_of(marker, depth)

    def special(self, i: int) -> int | None:  # noqa: D102
        text = self.texts[i]
        part = (
            (_part_one(self.texts, self.cands) or _title_again(self.texts, self.cands))
            if i == 0
            else None
        )
        if part and self.texts[part - 1] == text:
            # an amending act's title, printed again above its part I, and the metadata and
            # contents a gazette prints between ("Datokode", "FOR-2025-01-16-43", "Innhold")
            self.add_heading("title", 0)
            if part > 1:
                self.add_heading("heading", 1, until=part)
            return part
        if self.stack and not self.cands[i] and closing(text):
            # "Givet på Christiansborg slot, den 8. marts 1972.", "MARGRETHE R.", the
            # minister: the law's closing, to the next unit or the end
            j = i + 1
            while j < self.n and not self.cands[j] and len(self.texts[j]) < 80:
                j += 1
            self.add_heading("closing", i, until=j)
            self.current, self.stack = None, []
            return j
        if (
            not self.cands[i]
            and _annex().fullmatch(text)
            and text[:1].isupper()
            and self._set_apart(i)
            and (i == 0 or self.lines[i].no > self.lines[i - 1].no + 1)
        ):
            # an annex, a paragraph of its own, restarts its numbering: "1.", "1.1." are its
            # own, not the last section's (not an entry of the contents, one to a line)
            self.add_heading("annex", i)
            self.heading = text
            self.reset("annex")
            return i + 1
        if _chapter().fullmatch(text) and not any(m.style == "para" for m in self.cands[i]):
            self.add_heading("chapter", i)
            self.heading = text
            self.current = None
            # Sections run on across chapters; some laws restart them at 1.
            self.stack = [e for e in self.stack if e.style == "para"][:1]
            return i + 1
        return None

    def after_open(self, i: int, block) -> int:
        """Read a section's title, on its line ("§ 1. Formål") or the next."""
        if block.kind != "section":
            return i + 1
        return self.take_title(i, block, "section_title", longest=80)
