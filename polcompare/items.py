"""Items tables: an item's key and label, and the ``;``-joined themes column.

The small rules every stage shares about :attr:`Document.items
<polcompare.document.Document>` rows, in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "KEY",
    "doc_id_from_name",
    "item_key",
    "item_label",
    "item_labels",
    "line_label",
    "same_text_message",
    "split_themes",
    "theme_set",
    "unique_doc_ids",
]

#: The key of an item within a document (language versions share it).
KEY = ["section", "number", "letter"]


def doc_id_from_name(name: str) -> str:
    """Return the ``doc_id`` a file name (or a path below a corpus folder) gives a document.

    The name without ``.txt``, ``.html`` or ``.htm`` (any case):
    ``belarus.lv.txt`` -> ``belarus.lv``, ``2024/lv/belarus.txt`` -> ``2024/lv/belarus``.
    """
    return re.sub(r"\.(?:txt|html?)$", "", name, flags=re.IGNORECASE)


def unique_doc_ids(names: Iterable[str]) -> list[str]:
    """Return one ``doc_id`` per name (:func:`doc_id_from_name`), none taken twice.

    A ``doc_id`` already given to an earlier name gets ``~2``, ``~3``...: two
    files called ``paper.txt`` in different folders are ``paper`` and
    ``paper~2``. Every command that reads many files names them this way.
    """
    return unique_names(doc_id_from_name(name) for name in names)


def same_text_message(documents: Iterable[tuple[str, str]], shown: int = 3) -> str | None:
    """Return one line naming documents that hold the same text, or None if none do.

    ``documents`` are ``(name, sha256 of the text)`` pairs, e.g. ``doc_id``
    and :attr:`Document.source_sha256 <polcompare.document.Document>`. A
    corpus gathered from several places often holds one text under two
    names; both are read and counted, so every count and share includes that
    text twice. The first ``shown`` groups are named (two names each, the
    others counted), the other groups counted.
    """
    groups: dict[str, list[str]] = {}
    for name, digest in documents:
        groups.setdefault(digest, []).append(name)
    same = [names for names in groups.values() if len(names) > 1]
    if not same:
        return None
    named = "; ".join(
        " and ".join(names)
        if len(names) == 2
        else f"{names[0]}, {names[1]} and {len(names) - 2} more"
        for names in same[:shown]
    )
    rest = len(same) - shown
    more = f"; {rest} more {'text' if rest == 1 else 'texts'}" if rest > 0 else ""
    n = sum(len(names) for names in same)
    return (
        f"{n} documents hold the same text as another ({named}{more}): each copy is read "
        "and counted, so counts and shares include that text more than once; leave the "
        "copies out to count it once"
    )


def unique_names(names: Iterable[str]) -> list[str]:
    """Return the names, one met again taking ``~2``, ``~3``... (``paper``, ``paper~2``)."""
    taken: set[str] = set()
    out = []
    for base in names:
        name, k = base, 1
        while name in taken:
            k += 1
            name = f"{base}~{k}"
        taken.add(name)
        out.append(name)
    return out


def item_key(number: str, letter: str) -> str:
    """Return an item's number and letter as its key reads: ``3b``, ``4.1``, ``1.p2``.

    A dot parts the two where they would run together: after a number that ends with a
    letter (Article 17a's point a: ``17a.a``, Article I's point A: ``I.A``), before a capital
    letter, numeral or number (paragraph 4's point 1: ``4.1``) and before a titled section's
    paragraph (``1.p2``). The item ID ends in it, and every label shows it.
    """
    if (
        letter
        and number
        and (
            number[-1].isalpha()
            or letter[0].isupper()
            or letter.isdigit()
            or (letter[0] == "p" and letter[1:].isdigit())
        )
    ):
        return f"{number}.{letter}"
    return f"{number}{letter}"


def item_label(section: str, number: str, letter: str) -> str:
    """Return the label readers see for an item: ``review 3b``, ``body 4.1`` (a numbered point)."""
    return f"{section} {item_key(number, letter)}"


def item_labels(frame: pd.DataFrame) -> pd.Series:
    """:func:`item_label` of every row of an items table (``section, number, letter``)."""
    import pandas as pd  # here, not at the top: the module is imported before pandas is needed

    labels = map(item_label, frame["section"], frame["number"], frame["letter"])
    return pd.Series(list(labels), index=frame.index, dtype=object)


def line_label(start: int, end: int) -> str:
    """Return where an item is in its source: ``line 7`` or ``lines 7–9``."""
    return f"line {start}" if start == end else f"lines {start}–{end}"


def split_themes(value: object) -> list[str]:
    """Split a ``themes`` cell (theme IDs joined by ``;``) into its theme IDs, in order."""
    return [t for t in str(value).split(";") if t] if isinstance(value, str) else []


def theme_set(value: object) -> frozenset[str]:
    """Return the theme IDs of a ``themes`` cell, as a set."""
    return frozenset(split_themes(value))
