"""Facts stated in items, and whether two language versions state the same ones.

``extract``
    :func:`extract_facts`: the money, dates, years, articles, ordinals and
    numbers of a text, normalised so that versions can be compared.
``compare``
    :func:`compare_facts`, :func:`fact_summary`: the facts of aligned items
    of two versions, with form-only differences reconciled.
"""

from .compare import COMPARISON_COLUMNS, SUMMARY_COLUMNS, compare_facts, fact_summary
from .extract import FACT_COLUMNS, FACT_KINDS, extract_facts

__all__ = [
    "FACT_KINDS",
    "FACT_COLUMNS",
    "COMPARISON_COLUMNS",
    "SUMMARY_COLUMNS",
    "extract_facts",
    "compare_facts",
    "fact_summary",
]
