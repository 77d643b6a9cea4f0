"""Theme labels: the words a reader sees for a theme ID.

``survey_clearance`` -> "Survey and clearance of mined areas", from
``polcompare/data/theme_labels.yml``.

IDs stay the contract (hovers, downloads, the API); labels are for people.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Iterable

from .._yaml import load_shipped

__all__ = ["theme_label", "theme_labels"]


@functools.cache
def _shipped() -> dict[str, dict[str, str]]:
    path = importlib.resources.files("polcompare") / "data" / "theme_labels.yml"
    tree = load_shipped(path.read_text(encoding="utf-8")) or {}
    return {
        str(tax): {str(k): str(v) for k, v in (themes or {}).items()}
        for tax, themes in tree.items()
    }


def theme_label(theme: str, taxonomy: str | None = None) -> str:
    """Return the label of a theme ID; an unknown ID reads as its words (``a_b``: "a b")."""
    tables = [_shipped().get(taxonomy, {})] if taxonomy else list(_shipped().values())
    for table in tables:
        if theme in table:
            return table[theme]
    return theme.replace("_", " ")


def theme_labels(themes: Iterable[str], taxonomy: str | None = None) -> dict[str, str]:
    """Return ``{theme ID: label}`` for the given IDs, in order."""
    return {t: theme_label(t, taxonomy) for t in dict.fromkeys(themes)}
