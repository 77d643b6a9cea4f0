"""Roles: which document is the position paper, its other language versions, the conclusions.

Decided once, from the documents' types, languages and item keys (never
their names), each with the reason it was given; every comparison, chart,
widget and the report read them from here.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from ..errors import PolcompareError
from ..items import KEY
from .coverage import POSITION_SECTIONS

__all__ = ["Roles", "find_roles"]


@dataclass(frozen=True)
class Roles:
    """The roles documents play in a comparison.

    Attributes
    ----------
    paper : str or None
        The main position paper's ``doc_id``: the one given (``paper=``,
        ``--paper``), else, of several ``position_paper`` documents, the
        first with conclusions in its language and another language version,
        then the first with either, then the first.
    version : str or None
        Its other language version: the first given (``versions=``,
        ``--versions``), else the first ``position_paper`` in another
        language with the same item keys.
    conclusions : str or None
        The ``conclusions`` document in the paper's language compared with it
        word by word (the first other than the paper: a document is never
        compared with itself).
    reasons : dict
        Role (``paper``, ``version``, ``conclusions``) -> why that document
        was given it, e.g. ``doc_type position_paper; 54 items in sections
        review/declaration/action_plan``.
    versions : dict
        Every position paper's ``doc_id`` -> the ``doc_id`` values of its
        other language versions (papers in other languages with the same
        item keys), in input order; for the paper, the versions given.
    notes : tuple of str
        One line each, what a user should be told: a paper chosen among
        several, a paper without another language version while other
        papers were given. :func:`polcompare.compare` warns with them.
    """

    paper: str | None = None
    version: str | None = None
    conclusions: str | None = None
    reasons: dict[str, str] = field(default_factory=dict)
    versions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

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


def _rank(paper: _Doc, versions: dict[str, tuple[str, ...]], concluded: dict[str, str]):
    """Sort key of a candidate paper: conclusions in its language, a version, input order."""
    return (paper.lang not in concluded, not versions[paper.doc_id])


def _choice(paper: _Doc, n_papers: int, concluded: dict[str, str], has_version: bool) -> str:
    """Why ``paper`` was taken among several position papers, and how to choose another."""
    why = [
        what
        for what, holds in (
            ("conclusions in its language", paper.lang in concluded),
            ("another language version", has_version),
        )
        if holds
    ]
    if why:
        choice = f"of {n_papers} position papers the first with {' and '.join(why)}"
    else:
        choice = f"the first of {n_papers} position papers, none with conclusions or a version"
    return choice + "; choose another with --paper (paper=)"


def _paper_reason(paper: _Doc, concluded: dict[str, str]) -> str:
    named = [s for s in POSITION_SECTIONS if s in paper.sections] or list(paper.sections)
    sections = "/".join(named)
    reason = f"doc_type position_paper; {paper.n_items} items in sections {sections}"
    if paper.lang in concluded:
        reason += f"; conclusions in its language ({concluded[paper.lang]})"
    return reason


def _given(docs: list[_Doc], doc_id: str, what: str) -> _Doc:
    """Return the document named ``doc_id``; else fail in one line naming the closest ids."""
    for d in docs:
        if d.doc_id == doc_id:
            return d
    ids = [d.doc_id for d in docs]
    close = difflib.get_close_matches(doc_id, ids, n=3, cutoff=0.5)
    if close:
        hint = f"did you mean {' or '.join(close)}?"
    else:  # nothing alike: a few ids, never a list of thousands
        shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
        hint = f"known: {shown}"
    raise PolcompareError(doc_id, f"no such document for {what} among the {len(ids)} read; {hint}")


def _main_paper(
    docs: list[_Doc],
    papers: list[_Doc],
    paper: str | None,
    given_versions: list[str],
    found: dict[str, tuple[str, ...]],
    concluded: dict[str, str],
) -> tuple[_Doc, dict[str, str], list[str]]:
    """Return the paper (given, else recognised; never one of the versions given), why, notes."""
    notes: list[str] = []
    if paper is not None:
        main = _given(docs, paper, "--paper (paper=)")
        reasons = {"paper": f"given (--paper, paper=); doc_type {main.doc_type}"}
        if main.doc_id in given_versions:
            raise PolcompareError(
                main.doc_id,
                "given as the paper and as one of its --versions (versions=): "
                "a document is not compared with itself",
            )
    else:
        # The versions given are the paper's other language versions, never the paper.
        pool = [p for p in papers if p.doc_id not in given_versions]
        if not pool:
            raise PolcompareError(
                ",".join(given_versions),
                "every position paper is named in --versions (versions=): "
                "name the paper with --paper (paper=)",
            )
        main = min(pool, key=lambda p: _rank(p, found, concluded))
        reasons = {"paper": _paper_reason(main, concluded)}
        if len(papers) > 1:
            has_version = bool(given_versions or found[main.doc_id])
            choice = _choice(main, len(papers), concluded, has_version)
            reasons["paper"] += f"; {choice}"
            # Language versions of one paper are no rival: warn only of other papers.
            kin = {main.doc_id, *given_versions, *found[main.doc_id]}
            if any(p.doc_id not in kin for p in papers):
                notes.append(
                    f"{len(papers)} position papers ({', '.join(p.doc_id for p in papers)}): "
                    f"{main.doc_id} is the paper ({choice})"
                )
    return main, reasons, notes


def _conclusions(
    docs: list[_Doc],
    main: _Doc,
    versions: Sequence[str],
    given: _Doc | None,
    reasons: dict[str, str],
    notes: list[str],
) -> str | None:
    """Return the conclusions compared with the paper ``main``; add the reason and notes."""
    # A document is never compared with itself (a paper given by --paper may be conclusions).
    if given is not None:
        c = given
        if c.doc_id == main.doc_id or c.doc_id in versions:
            role = "the paper" if c.doc_id == main.doc_id else "a language version of the paper"
            raise PolcompareError(
                c.doc_id, f"given as --conclusions (conclusions=) but it is {role}"
            )
        if c.lang != main.lang:
            raise PolcompareError(
                c.doc_id,
                f"given as --conclusions (conclusions=) in {c.lang}, but the paper "
                f"{main.doc_id} is in {main.lang}: conclusions are compared with it word by "
                "word, in one language",
            )
        reasons["conclusions"] = (
            f"given (--conclusions, conclusions=); doc_type {c.doc_type} in {c.lang}, "
            f"the language of {main.doc_id}"
        )
        return c.doc_id
    concluding = [
        d.doc_id
        for d in docs
        if d.doc_type == "conclusions" and d.lang == main.lang and d.doc_id != main.doc_id
    ]
    conclusions = concluding[0] if concluding else None
    if conclusions is not None:
        reasons["conclusions"] = (
            f"doc_type conclusions in {main.lang}, the language of {main.doc_id}"
        )
    if len(concluding) > 1:
        notes.append(
            f"{len(concluding)} conclusions in {main.lang}; the first, {conclusions}, is "
            f"compared with {main.doc_id}, not {', '.join(concluding[1:])}: choose with "
            "--conclusions (conclusions=)"
        )
    return conclusions


def find_roles(
    items: pd.DataFrame,
    *,
    paper: str | None = None,
    versions: Sequence[str] | str | None = None,
    conclusions: str | None = None,
) -> Roles:
    """Decide the roles from an items table (``doc_id, lang, doc_type`` and the item key).

    Parameters
    ----------
    items : DataFrame
        The items of every document, e.g. :func:`polcompare.concat_items`
        or the Parquet items of ``polcompare corpus``; documents in order of
        first appearance.
    paper : str, optional
        The ``doc_id`` of the position paper (default: recognised, see
        :class:`Roles`).
    versions : sequence of str, optional
        The ``doc_id`` values of its other language versions; the first is
        compared with it, and a note says so when more are given (default:
        recognised).
    conclusions : str, optional
        The ``doc_id`` of the conclusions compared with the paper word by word,
        in the paper's language (default: the first ``conclusions`` in its
        language, with a note naming the others when there are several).

    Returns
    -------
    Roles

    Raises
    ------
    PolcompareError
        ``paper``, one of ``versions`` or ``conclusions`` is not among the
        documents (the message names the closest ``doc_id`` values), or
        ``paper`` is among ``versions``, or without ``paper`` every position
        paper is, or ``conclusions`` is the paper, one of its versions, or in
        another language.
    """
    docs = _documents(items)
    papers = [d for d in docs if d.doc_type == "position_paper"]
    found = {
        p.doc_id: tuple(o.doc_id for o in papers if o.lang != p.lang and o.keys == p.keys)
        for p in papers
    }
    if isinstance(versions, str):
        versions = [v for v in versions.split(",") if v]
    given_versions = [_given(docs, v, "--versions (versions=)").doc_id for v in versions or ()]
    given_conclusions = (
        _given(docs, conclusions, "--conclusions (conclusions=)") if conclusions else None
    )
    if paper is None and not papers:
        return Roles(versions=found)
    concluded: dict[str, str] = {}
    for d in docs:
        if d.doc_type == "conclusions":
            concluded.setdefault(d.lang, d.doc_id)
    main, reasons, notes = _main_paper(docs, papers, paper, given_versions, found, concluded)
    candidates = tuple(given_versions) or found.get(main.doc_id, ())
    found[main.doc_id] = candidates
    version = candidates[0] if candidates else None
    if given_versions:
        reasons["version"] = "given (--versions, versions=)"
        if len(given_versions) > 1:
            notes.append(
                f"{len(given_versions)} versions given; only the first, {version}, is compared "
                f"with {main.doc_id} (alignment, theme agreement, facts): compare "
                f"{', '.join(given_versions[1:])} in a run of its own"
            )
    elif version is not None:
        lang = next(p.lang for p in papers if p.doc_id == version)
        reasons["version"] = (
            f"doc_type position_paper in {lang}, not {main.lang}; "
            f"the same {main.n_items} item keys as {main.doc_id}"
        )
    others = [p.doc_id for p in papers if p.doc_id != main.doc_id]
    if version is None and others:
        notes.append(
            f"no other language version of {main.doc_id} (no position paper in another "
            f"language with its item keys among {', '.join(others)}): no language-version "
            "comparison; name one with --versions (versions=)"
        )
    conclusions = _conclusions(docs, main, candidates, given_conclusions, reasons, notes)
    return Roles(main.doc_id, version, conclusions, reasons, found, tuple(notes))
