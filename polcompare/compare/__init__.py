"""Compare: coverage, language versions and words of a set of tagged documents.

``polcompare.compare(docs)`` returns a :class:`Comparison`: the roles
(:mod:`.roles`), every table of :mod:`.coverage`, :mod:`.versions` and
:mod:`.words`, and the similarity matrix, computed once. Each function is
also usable alone on tagged items or items tables.
"""

from ..items import KEY
from .align import align, similar
from .comparison import TABLES, Comparison, compare, compare_corpus, tag_corpus
from .coverage import (
    POSITION_SECTIONS,
    THIN_SHARE,
    coverage,
    document_profile,
    gaps,
    section_flow,
    shared_themes,
)
from .roles import Roles, find_roles
from .versions import align_versions, theme_agreement
from .words import keyness, similar_pairs, similarity_matrix, stems, top_similar_pairs

__all__ = [
    "KEY",
    "POSITION_SECTIONS",
    "TABLES",
    "THIN_SHARE",
    "Comparison",
    "Roles",
    "align",
    "align_versions",
    "compare",
    "compare_corpus",
    "coverage",
    "document_profile",
    "find_roles",
    "gaps",
    "keyness",
    "section_flow",
    "shared_themes",
    "similar",
    "similar_pairs",
    "similarity_matrix",
    "stems",
    "tag_corpus",
    "theme_agreement",
    "top_similar_pairs",
]
