"""National laws and regulations: ``§ 1`` (or ``1 §``) sections, chapters, ledd.

Norwegian, Danish, German, Swedish and Finnish statutes number their
sections with a paragraph sign; a section's title may follow on the same
line ("§ 1. Lovens formål") or the next; its paragraphs (ledd) may be
numbered ``(1)``, ``(2)`` and its points ``a)``, ``1.``. Chapter headings
("Kapittel 2. ...", "2 kap.", "KAPITEL 1") are headings.
"""

from __future__ import annotations

import re

from .legal_act import closing
from .lines import Marker, family
from .outline import Outline, division_heading, heading_like

__all__ = ["NationalLaw", "recognise"]


def _chapter() -> re.Pattern[str]:
    # "Kapittel 2", "CHAPTER IV", and number first: "2 kap.", "1. peatükk", "3 luku"
    return division_heading(("chapter",))


def recognise(texts: list[str], cands: list[list[Marker]]) -> str | None:
    """Say why the text is a statute, or return None."""
    values, alone = [], 0
    for line in cands:
        for m in line:
            if m.style == "para":
                values.append(m.value)
                # alone, or with its title: "§ 1 Begriffsbestimmungen", "§ 1. Formål"
                alone += not m.rest or (m.rest[:1].isupper() and heading_like(m.rest, longest=60))
                break
    if len(values) >= 2:
        return f"{len(values)} '§ N' sections ({values[0]}-{values[-1]})"
    if alone:  # the opening of a bill: "§ 1" alone on its line (or with its title), then its text
        return f"a '§ {values[0]}' section alone on its line or with its title"
    return None


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
        if self.stack and not self.cands[i] and closing(text):
            # "Givet på Christiansborg slot, den 8. marts 1972.", "MARGRETHE R.", the
            # minister: the law's closing, to the next unit or the end
            j = i + 1
            while j < self.n and not self.cands[j] and len(self.texts[j]) < 80:
                j += 1
            self.add_heading("closing", i, until=j)
            self.current, self.stack = None, []
            return j
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
