"""Any other document: its numbering, whatever the scheme, else paragraphs.

Statements, web pages, reports and laws the other grammars do not claim
are read by the outline engine alone: numbered and lettered units of any
scheme and depth (``1.``, ``(a)``, ``5 Definitions``, ``8.1``, ``Article
4`` alone), unnumbered text as paragraphs.
"""

from __future__ import annotations

from .outline import Outline

__all__ = ["Generic"]


class Generic(Outline):
    """The outline engine with its default kinds (see :mod:`.outline`)."""

    name = "generic"

    def after_open(self, i: int, block) -> int:
        """Read a numbered section's title: "1 Export controls" above its "(1)"."""
        if block.style == "num":
            return self.take_title(i, block, "section_title")
        return super().after_open(i, block)
