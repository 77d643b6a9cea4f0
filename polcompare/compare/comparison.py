"""The Comparison: every comparison of a set of documents, computed once.

:func:`compare` tags the documents' items with every shipped taxonomy,
decides the roles (:func:`~polcompare.compare.roles.find_roles`) and runs
each comparison the roles allow. The result is a frozen :class:`Comparison`
that charts, widgets, notebooks and the report only read.
"""

from __future__ import annotations

import functools
import hashlib
import html
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import pandas as pd

from ..document import ITEM_COLUMNS, Document, concat_items
from ..errors import PolcompareError, PolcompareWarning, UntaggedLanguageWarning
from ..facts import COMPARISON_COLUMNS, SUMMARY_COLUMNS, compare_facts, fact_summary
from ..items import same_text_message
from ..themes import TAXONOMIES, Dictionary, Tagged, tag
from ..themes.dictionary import own_dictionaries
from ..themes.tag import untagged_counts, untagged_line
from .coverage import (
    FLOW_COLUMNS,
    GAPS_COLUMNS,
    SHARED_COLUMNS,
    coverage,
    document_profile,
    gaps,
    section_flow,
    shared_themes,
)
from .roles import Roles, find_roles
from .versions import (
    AGREEMENT_COLUMNS,
    ALIGNMENT_COLUMNS,
    align_versions,
    keyed_like,
    theme_agreement,
)
from .words import (
    KEYNESS_COLUMNS,
    PAIRS_COLUMNS,
    document_keyness,
    document_similarity,
    keyness,
    similar_pairs,
    similarity_matrix,
)

__all__ = ["Comparison", "TABLES", "compare", "compare_corpus", "tag_corpus"]

#: The tables of a :class:`Comparison`, in order, with the role each needs.
TABLES: dict[str, str | None] = {
    "profile_oap": None,
    "profile_policy": None,
    "profile_stance": None,
    "coverage_oap": None,
    "gaps": "paper",
    "section_flow": "paper",
    "alignment": "version",
    "theme_agreement": "version",
    "facts": "version",
    "facts_summary": "version",
    "shared_policy": "conclusions",
    "shared_stance": "conclusions",
    "similar_pairs": "conclusions",
    "keyness": "conclusions",
}

_EMPTY = {
    "gaps": GAPS_COLUMNS,
    "section_flow": FLOW_COLUMNS,
    "alignment": ALIGNMENT_COLUMNS,
    "theme_agreement": AGREEMENT_COLUMNS,
    "facts": COMPARISON_COLUMNS,
    "facts_summary": SUMMARY_COLUMNS,
    "shared_policy": SHARED_COLUMNS,
    "shared_stance": SHARED_COLUMNS,
    "similar_pairs": PAIRS_COLUMNS,
    "keyness": KEYNESS_COLUMNS,
}


_SHOWN_DOCS = 20  # the documents a notebook's view of a Comparison lists


def _empty(name: str) -> pd.DataFrame:
    return pd.DataFrame(columns=_EMPTY[name])


@dataclass(frozen=True, eq=False, repr=False)
class Comparison:
    """Every comparison of a set of documents (see :func:`compare`).

    A table whose role is missing (no position paper, no other language
    version, no conclusions; see :data:`TABLES`) is an empty DataFrame with
    its columns, never a missing attribute.

    Attributes
    ----------
    items : DataFrame
        Every item of every document (:data:`~polcompare.document.ITEM_COLUMNS`).
    roles : Roles
        The position paper, its other language version and the conclusions,
        each with the reason it was chosen.
    tagged : mapping of str to Tagged
        The items tagged with each taxonomy (``oap``, ``policy``, ``stance``).
    profile_oap, profile_policy, profile_stance : DataFrame
        :func:`~polcompare.compare.document_profile` of every document.
    coverage_oap : DataFrame
        :func:`~polcompare.compare.coverage` of every document with ``oap``.
    gaps, section_flow : DataFrame
        Of the position paper (``oap``).
    alignment, theme_agreement, facts, facts_summary : DataFrame
        The paper beside its other language version (``theme_agreement``: one
        row per aligned item and taxonomy, its ``taxonomy`` column first).
    shared_policy, shared_stance, similar_pairs, keyness : DataFrame
        The paper beside the conclusions.
    similarity : DataFrame
        :func:`~polcompare.compare.similarity_matrix` of the paper's and the
        conclusions' items (empty without conclusions).
    documents : tuple of Document
        The documents compared (empty when built from an items table).
    notes : tuple of str
        What a reader of these tables should know about the input, also
        given as a warning: documents that hold the same text (each copy is
        counted).
    """

    items: pd.DataFrame
    roles: Roles
    tagged: Mapping[str, Tagged]
    profile_oap: pd.DataFrame
    profile_policy: pd.DataFrame
    profile_stance: pd.DataFrame
    coverage_oap: pd.DataFrame
    gaps: pd.DataFrame
    section_flow: pd.DataFrame
    alignment: pd.DataFrame
    theme_agreement: pd.DataFrame
    facts: pd.DataFrame
    facts_summary: pd.DataFrame
    shared_policy: pd.DataFrame
    shared_stance: pd.DataFrame
    similar_pairs: pd.DataFrame
    keyness: pd.DataFrame
    similarity: pd.DataFrame
    documents: tuple[Document, ...] = field(default=())
    notes: tuple[str, ...] = ()

    def __repr__(self) -> str:
        """One line: the documents, the roles and the tables that hold rows (not their rows)."""
        roles = ", ".join(f"{k}={v!r}" for k, v in self.roles.as_dict().items())
        filled = [n for n in self.present if len(getattr(self, n))]
        return (
            f"<Comparison of {len(self.doc_ids)} documents, {len(self.items)} items; {roles};"
            f" tables with rows: {', '.join(filled) or 'none'}>"
        )

    def _repr_html_(self) -> str:
        """Show a notebook the roles and each table's size (document text escaped)."""
        roles = self.roles.as_dict()
        rows = "".join(
            f"<tr><th>{html.escape(role)}</th><td>{html.escape(str(doc or '-'))}</td>"
            f"<td>{html.escape(self.roles.reasons.get(role, ''))}</td></tr>"
            for role, doc in roles.items()
        )
        sizes = "".join(
            f"<tr><td><code>{name}</code></td><td>{len(table)}</td>"
            f"<td>{'' if name in self.present else 'no ' + str(TABLES[name])}</td></tr>"
            for name, table in self.tables.items()
        )
        counts = self.items.groupby("doc_id", sort=False).agg(
            lang=("lang", "first"), doc_type=("doc_type", "first"), n=("doc_id", "size")
        )
        docs = "".join(
            f"<tr><td>{html.escape(d)}</td><td>{html.escape(str(r.lang))}</td>"
            f"<td>{html.escape(str(r.doc_type))}</td><td>{r.n}</td></tr>"
            for d, r in counts.head(_SHOWN_DOCS).iterrows()
        )
        more = len(counts) - _SHOWN_DOCS
        docs += f"<tr><td colspan='4'>... and {more} more</td></tr>" if more > 0 else ""
        return (
            f"<div><b>Comparison</b> of {len(self.doc_ids)} documents, {len(self.items)} items"
            f"<table><tr><th>document</th><th>lang</th><th>doc_type</th><th>items</th></tr>"
            f"{docs}</table>"
            f"<table><tr><th>role</th><th>document</th><th>why</th></tr>{rows}</table>"
            f"<table><tr><th>table</th><th>rows</th><th></th></tr>{sizes}</table></div>"
        )

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by name, in :data:`TABLES` order (empty ones included)."""
        return {name: getattr(self, name) for name in TABLES}

    @property
    def present(self) -> tuple[str, ...]:
        """The names of the tables the roles allow (the others are empty)."""
        roles = self.roles.as_dict()
        return tuple(n for n, role in TABLES.items() if role is None or roles[role] is not None)

    @property
    def doc_ids(self) -> tuple[str, ...]:
        """The documents' ``doc_id`` values, in input order (a document without items too)."""
        if self.documents:
            return tuple(d.doc_id for d in self.documents)
        return tuple(dict.fromkeys(self.items["doc_id"]))

    @functools.cached_property
    def carrying(self) -> dict[str, int]:
        """Per taxonomy, how many items carry one of its themes (in :attr:`tagged` order)."""
        return {name: t.carrying for name, t in self.tagged.items()}

    @property
    def first_carrying(self) -> str | None:
        """The first taxonomy (``oap``, ``policy``, ``stance``) that tags any item, else the first.

        What the report's filter and the explorer open on: a corpus on Belarus opened on
        fourteen Oslo themes at zero. None when nothing was tagged.
        """
        carrying = self.carrying
        return next((name for name, n in carrying.items() if n), next(iter(carrying), None))

    @property
    def themes(self) -> pd.DataFrame:
        """Every taxonomy's themes in dictionary order: ``taxonomy, theme, group``."""
        rows = [
            (taxonomy, theme, t.dictionary.groups.get(theme, ""))
            for taxonomy, t in self.tagged.items()
            for theme in t.dictionary.themes
        ]
        return pd.DataFrame(rows, columns=["taxonomy", "theme", "group"])

    @functools.cached_property
    def document_similarity(self) -> pd.DataFrame:
        """TF-IDF cosine of every pair of documents in one language (computed when first read).

        ``doc_a, doc_b, lang, cosine``: one row per pair of documents of the
        same language, each pair once, the most similar first; documents in
        different languages are not compared (their words differ).
        """
        return document_similarity(self.items)

    @functools.cached_property
    def document_keyness(self) -> pd.DataFrame:
        """Keyness of each document against the other documents of its language.

        ``doc_id, lang, reference`` (how many documents the reference holds)
        and the :func:`~polcompare.compare.keyness` columns; documents alone
        in their language have no rows. Computed when first read.
        """
        return document_keyness(self.items)

    def document(self, doc_id: str) -> Document:
        """Return the :class:`~polcompare.document.Document` of ``doc_id``."""
        for doc in self.documents:
            if doc.doc_id == doc_id:
                return doc
        raise PolcompareError(doc_id, "no such document in the comparison")

    def items_of(self, doc_id: str) -> pd.DataFrame:
        """Return the items of one document, indexed from 0."""
        return _items_of(self.items, doc_id)

    def tagged_of(self, taxonomy: str, doc_id: str) -> Tagged:
        """Return one document's items tagged with ``taxonomy``, and their evidence."""
        return _tagged_of(self.tagged[taxonomy], doc_id)

    @classmethod
    def from_items(
        cls,
        items: pd.DataFrame,
        *,
        paper: str | None = None,
        versions: Sequence[str] | str | None = None,
        conclusions: str | None = None,
        dictionaries: Mapping[str, str | Path | Dictionary] | None = None,
        fallback_lang: str | Sequence[str] | None = None,
    ) -> Comparison:
        """Compare the documents of an items table (e.g. ``polcompare corpus``'s Parquet).

        Parameters
        ----------
        items : DataFrame
            At least the columns :data:`~polcompare.document.ITEM_COLUMNS`;
            others (``path``, ``themes_<taxonomy>``) are ignored, the items
            are tagged again (the evidence is needed).
        paper, versions, conclusions, dictionaries, fallback_lang
            As for :func:`compare`.
        """
        return _build(
            _checked(items),
            (),
            paper=paper,
            versions=versions,
            conclusions=conclusions,
            dictionaries=dictionaries,
            fallback_lang=fallback_lang,
        )


def _items_of(items: pd.DataFrame, doc_id: str) -> pd.DataFrame:
    return items[items["doc_id"] == doc_id].reset_index(drop=True)


def _tagged_of(t: Tagged, doc_id: str) -> Tagged:
    return Tagged(
        _items_of(t.items, doc_id),
        t.evidence[t.evidence["doc_id"] == doc_id].reset_index(drop=True),
        t.dictionary,
    )


def _checked(items: pd.DataFrame) -> pd.DataFrame:
    missing = [c for c in ITEM_COLUMNS if c not in items]
    if missing:
        raise PolcompareError("items", f"not an items table: no column {', '.join(missing)}")
    if items.empty:
        raise PolcompareError("documents", "nothing to compare")
    return items[ITEM_COLUMNS].reset_index(drop=True)


def tag_corpus(
    items: pd.DataFrame,
    dictionaries: Mapping[str, str | Path | Dictionary] | None = None,
    fallback_lang: str | Sequence[str] | None = None,
) -> dict[str, Tagged]:
    """Tag an items table with every taxonomy: taxonomy -> :class:`Tagged`.

    ``dictionaries`` maps a taxonomy (``oap``, ``policy``, ``stance``) to a
    dictionary of your own used in its place (a file or a loaded one);
    ``fallback_lang`` is :func:`~polcompare.themes.tag`'s, for every taxonomy.
    """
    own = own_dictionaries(dictionaries, TAXONOMIES)
    return {
        t: tag(items, taxonomy=t, dictionary=own.get(t), fallback_lang=fallback_lang)
        for t in TAXONOMIES
    }


def _build(
    items: pd.DataFrame,
    documents: tuple[Document, ...],
    *,
    paper: str | None = None,
    versions: Sequence[str] | str | None = None,
    conclusions: str | None = None,
    dictionaries: Mapping[str, str | Path | Dictionary] | None = None,
    fallback_lang: str | Sequence[str] | None = None,
) -> Comparison:
    roles = find_roles(items, paper=paper, versions=versions, conclusions=conclusions)
    for note in roles.notes:  # several candidates, a missing version: said, not silent
        warnings.warn(note, PolcompareWarning, stacklevel=3)
    same = same_text_message(_texts(items))  # one text under two names: counted twice
    if same:
        warnings.warn(same, PolcompareWarning, stacklevel=3)
    # Items no dictionary can match: one short warning for the comparison, not one per
    # document and taxonomy (three times the same documents).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UntaggedLanguageWarning)
        tagged = tag_corpus(items, dictionaries, fallback_lang)
    untagged = untagged_line(
        {
            t: untagged_counts(x.items, x.items["lang"].tolist(), x.items["tag_status"].tolist())
            for t, x in tagged.items()
        },
        {t: x.dictionary.languages for t, x in tagged.items()},
    )
    if untagged:
        warnings.warn(untagged, UntaggedLanguageWarning, stacklevel=3)
    tables = {f"profile_{t}": document_profile(x) for t, x in tagged.items()}
    tables["coverage_oap"] = coverage(tagged["oap"])
    tables.update({name: _empty(name) for name in _EMPTY})
    similarity = pd.DataFrame()
    paper, version, concl = roles.paper, roles.version, roles.conclusions

    def items_of(doc_id: str) -> pd.DataFrame:
        return _items_of(items, doc_id)

    def tagged_of(doc_id: str) -> Tagged:
        return _tagged_of(tagged["oap"], doc_id)

    if paper is not None:
        tables["gaps"] = gaps(tagged_of(paper))
        tables["section_flow"] = section_flow(tagged_of(paper))
    if paper is not None and version is not None:
        a, b = items_of(paper), items_of(version)
        tables["alignment"] = alignment = align_versions(a, b)
        # facts and themes are compared item by item as the alignment pairs the items,
        # the themes of every taxonomy (a table's rows are one taxonomy's after another's)
        agreements = []
        for x in tagged.values():
            tagged_b = _tagged_of(x, version)
            tagged_b = tagged_b._replace(items=keyed_like(alignment, tagged_b.items))
            agreements.append(theme_agreement(_tagged_of(x, paper), tagged_b))
        kept = [x for x in agreements if len(x)] or agreements[:1]  # concat warns on empties
        tables["theme_agreement"] = pd.concat(kept, ignore_index=True)
        tables["facts"] = compare_facts(a, keyed_like(alignment, b))
        tables["facts_summary"] = fact_summary(tables["facts"])
    if paper is not None and concl is not None:
        a, b = items_of(paper), items_of(concl)
        tables["shared_policy"] = shared_themes(tables["profile_policy"], paper, concl)
        tables["shared_stance"] = shared_themes(tables["profile_stance"], paper, concl)
        similarity = similarity_matrix(a, b)
        tables["similar_pairs"] = similar_pairs(similarity, a, b)
        tables["keyness"] = keyness(a, b)
    return Comparison(
        items=items,
        roles=roles,
        tagged=MappingProxyType(tagged),
        similarity=similarity,
        documents=documents,
        notes=(same,) if same else (),
        **tables,
    )


def _texts(items: pd.DataFrame) -> list[tuple[str, str]]:
    """``(doc_id, digest of its items' texts)`` per document, in order."""
    return [
        (str(doc_id), hashlib.sha256("\x1f".join(map(str, texts)).encode()).hexdigest())
        for doc_id, texts in items.groupby("doc_id", sort=False)["text"]
    ]


def compare(
    docs: Iterable[Document] | None = None,
    *,
    items: pd.DataFrame | None = None,
    paper: str | None = None,
    versions: Sequence[str] | str | None = None,
    conclusions: str | None = None,
    dictionaries: Mapping[str, str | Path | Dictionary] | None = None,
    fallback_lang: str | Sequence[str] | None = None,
) -> Comparison:
    """Run every comparison that applies to a set of documents, once.

    Roles are recognised from the documents, not their names (see
    :class:`~polcompare.compare.roles.Roles`): a ``position_paper`` is the
    main document; another position paper in a different language with the
    same item keys is its other language version; a ``conclusions``
    document in the main document's language is compared with it word by word.

    Parameters
    ----------
    docs : iterable of Document
        E.g. ``[polcompare.read(p) for p in paths]``.
    items : DataFrame, optional
        Instead of ``docs``: an items table (see :meth:`Comparison.from_items`).
    paper : str, optional
        The ``doc_id`` of the position paper, instead of recognising it.
        Of several position papers, the one recognised is said in
        ``roles.reasons`` and a :class:`~polcompare.errors.PolcompareWarning`.
    versions : sequence of str, optional
        The ``doc_id`` values of the paper's other language versions (the first
        is compared), instead of recognising them.
    conclusions : str, optional
        The ``doc_id`` of the conclusions compared with the paper word by word
        (in its language), instead of the first in its language; of several,
        the one taken is said in a :class:`~polcompare.errors.PolcompareWarning`.
    dictionaries : dict, optional
        Taxonomy (``oap``, ``policy``, ``stance``) -> a dictionary of your own
        (a YAML file, as for :func:`~polcompare.themes.tag`) tagging in its
        place: ``{"policy": "my-topics.yml"}``. The tables keep the
        taxonomy's name; the themes are the file's.
    fallback_lang : str or sequence of str, optional
        Languages whose patterns match the items of a language a dictionary
        lacks (``"nb"`` for Nynorsk), in every taxonomy, as for
        :func:`~polcompare.themes.tag`: their ``tag_status`` is
        ``tagged_with_fallback``. By default such items are not read.

    Returns
    -------
    Comparison

    Raises
    ------
    PolcompareError
        No document, two documents with one ``doc_id``, both ``docs``
        and ``items`` given, or a ``paper``/``versions`` not among them.
    """
    if docs is not None and items is not None:
        raise PolcompareError("compare", "give the documents or an items table, not both")
    if items is not None:
        return Comparison.from_items(
            items,
            paper=paper,
            versions=versions,
            conclusions=conclusions,
            dictionaries=dictionaries,
            fallback_lang=fallback_lang,
        )
    if isinstance(docs, str | Path):
        raise PolcompareError(
            str(docs),
            "a path, not documents: read them first, e.g. "
            f"[polcompare.read(p) for p in sorted(Path({str(docs)!r}).glob('*.txt'))]",
        )
    documents = tuple(docs if docs is not None else ())
    if not documents:
        raise PolcompareError("documents", "nothing to compare")
    strangers = [d for d in documents if not isinstance(d, Document)]
    if strangers:
        raise PolcompareError(
            "documents",
            f"{strangers[0]!r} is a {type(strangers[0]).__name__}, not a Document: "
            "compare takes what polcompare.read returns",
        )
    ids = [d.doc_id for d in documents]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise PolcompareError(twice[0], "two documents share this doc_id; pass doc_id= to read()")
    return _build(
        concat_items(documents),
        documents,
        paper=paper,
        versions=versions,
        conclusions=conclusions,
        dictionaries=dictionaries,
        fallback_lang=fallback_lang,
    )


def compare_corpus(docs: Sequence[Document], *, tagged=None) -> dict[str, pd.DataFrame]:
    """Return the tables of :func:`compare` that the roles allow, as a dict (deprecated).

    .. deprecated:: 0.2
        Use :func:`compare`: a :class:`Comparison` has every table as an
        attribute, empty when its role is missing. ``tagged`` is ignored.
    """
    warnings.warn(
        "compare_corpus() is deprecated: use polcompare.compare(docs), a Comparison",
        DeprecationWarning,
        stacklevel=2,
    )
    result = compare(docs)
    return {name: result.tables[name] for name in result.present}
