"""Themes: tag items with the themes of a dictionary, with the evidence of every match.

``dictionary``
    Loading and validating theme dictionaries (YAML files, one section per
    language).
``match``
    The matching engine: patterns compiled to numpy tables, texts tokenised
    and matched in batches.
``labels``
    The labels readers see for theme IDs.
``tag``
    :func:`tag`: items in, items with themes and an evidence table out.
"""

from .dictionary import TAXONOMIES, Dictionary, load_dictionary
from .dictionary import parse_dictionary as parse_dictionary  # public, not in __all__ (as before)
from .labels import theme_label, theme_labels
from .tag import EVIDENCE_COLUMNS as EVIDENCE_COLUMNS  # likewise
from .tag import TAG_STATUSES, Tagged, item_themes, tag


def __getattr__(name: str):
    # STANCE_WINDOW: the window of the shipped ``stance`` dictionary's ``position`` rule
    # (tokens), read from the dictionary on first use, not when the package is imported.
    if name == "STANCE_WINDOW":
        value = globals()[name] = load_dictionary("stance").position_window
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Dictionary",
    "Tagged",
    "TAG_STATUSES",
    "TAXONOMIES",
    "STANCE_WINDOW",
    "load_dictionary",
    "tag",
    "item_themes",
    "theme_label",
    "theme_labels",
]
