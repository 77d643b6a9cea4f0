"""Roles: which document is the position paper, its other language versions, the conclusions.

Decided once, from the documents' types, languages and item keys (never
their names), each with the reason it was given; every comparison, chart,
widget and the report read them from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..items import KEY
from .coverage import POSITION_SECTIONS

__all__ = ["Roles", "find_roles"]


@dataclass(frozen=True)
class Roles:
    """The roles documents play in a comparison.

    Attributes
    ----------
    paper : str or None
        The main position paper's ``doc_id``: a ``position_paper`` with
        conclusions in its language if there are several, else the first.
    version : str or None
        Its other language version: the first ``position_paper`` in another
        language with the same item keys.
    conclusions : str or None
        The ``conclusions`` document in the paper's language compared with it
        word by word (the first).
    reasons : dict
        Role (``paper``, ``version``, ``conclusions``) -> why that document
        was given it, e.g. ``doc_type position_paper; 54 items in sections
        review/declaration/action_plan``.
    versions : dict
        Every position paper's ``doc_id`` -> the ``doc_id`` values of its
        other language versions (papers in other languages with the same
        item keys), in input order.
    """

    paper: str | None = None
    version: str | None = None
    conclusions: str | None = None
    reasons: dict[str, str] = field(default_factory=dict)
    versions: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, str | None]:
        """``{"paper": ..., "version": ..., "conclusions": ...}``."""
        return {"paper": self.paper, "version": self.version, "conclusions": self.conclusions}


@dataclass(frozen=True)
class _Doc:
    doc_id: str
    lang: str
    doc_type: str
    n_items: int
    sections: tuple[str, ...]
    keys: frozenset[tuple[str, str, str]]


def _documents(items: pd.DataFrame) -> list[_Doc]:
    docs = []
    for doc_id, part in items.groupby("doc_id", sort=False):
        docs.append(
            _Doc(
                doc_id=str(doc_id),
                lang=str(part["lang"].iloc[0]),
                doc_type=str(part["doc_type"].iloc[0]),
                n_items=len(part),
                sections=tuple(dict.fromkeys(part["section"])),
                keys=frozenset(zip(*(part[c] for c in KEY), strict=True)),
            )
        )
    return docs


def _paper_reason(paper: _Doc, papers: list[_Doc], concluded: dict[str, str]) -> str:
    named = [s for s in POSITION_SECTIONS if s in paper.sections] or list(paper.sections)
    sections = "/".join(named)
    reason = f"doc_type position_paper; {paper.n_items} items in sections {sections}"
    if paper.lang in concluded:
        reason += f"; conclusions in its language ({concluded[paper.lang]})"
    elif len(papers) > 1:
        reason += (
            f"; the first of {len(papers)} position papers, none with conclusions in its language"
        )
    return reason


def find_roles(items: pd.DataFrame) -> Roles:
    """Decide the roles from an items table (``doc_id, lang, doc_type`` and the item key).

    Parameters
    ----------
    items : DataFrame
        The items of every document, e.g. :func:`polcompare.concat_items`
        or the Parquet items of ``polcompare corpus``; documents in order of
        first appearance.

    Returns
    -------
    Roles
    """
    docs = _documents(items)
    papers = [d for d in docs if d.doc_type == "position_paper"]
    versions = {
        p.doc_id: tuple(o.doc_id for o in papers if o.lang != p.lang and o.keys == p.keys)
        for p in papers
    }
    if not papers:
        return Roles(versions=versions)
    concluded: dict[str, str] = {}
    for d in docs:
        if d.doc_type == "conclusions":
            concluded.setdefault(d.lang, d.doc_id)
    main = next((p for p in papers if p.lang in concluded), papers[0])
    reasons = {"paper": _paper_reason(main, papers, concluded)}
    version = versions[main.doc_id][0] if versions[main.doc_id] else None
    if version is not None:
        lang = next(p.lang for p in papers if p.doc_id == version)
        reasons["version"] = (
            f"doc_type position_paper in {lang}, not {main.lang}; "
            f"the same {main.n_items} item keys as {main.doc_id}"
        )
    conclusions = concluded.get(main.lang)
    if conclusions is not None:
        reasons["conclusions"] = (
            f"doc_type conclusions in {main.lang}, the language of {main.doc_id}"
        )
    return Roles(main.doc_id, version, conclusions, reasons, versions)
