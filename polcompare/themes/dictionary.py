"""Theme dictionaries: loading and validating the YAML files.

A dictionary file (quanteda-style YAML) has one section per language;
inside, keys nest and the leaf keys are theme IDs whose values are patterns::

    lv:
      main:
        survey_clearance:
          - atmīn*              # a glob, matched on the lowercase word form
          - mīnēt* teritorij*   # a phrase: consecutive tokens
          - atmīnēšana          # no wildcard: matched by stem

A top-level ``rules`` key (not a language) holds the dictionary's matching
rules (the shipped ``stance`` dictionary has both)::

    rules:
      position:        # a match counts only near the start of an item or clause
        window: 5      # tokens from the start of an item or clause
        languages:     # optional: another window where subjects run longer
          en: 8
        after:         # optional: a match right after one of these words counts too
          en: [and]    # ("... is concerned and calls upon ...")
        anywhere:      # optional: patterns (of the language's own lists) that count
          en: [gravely concerned]  # wherever they stand in the item
        relative:      # optional: a clause opened by one of these words after a comma
          en: [which]  # is not the issuer's ("partners, which would express support")
        complement:    # optional: a match right after another one (or after it and one
          en: [to]     # of these words) is its complement ("will continue to support")
        determiners:   # optional: a match right after one of these words is a noun
          fr: [les]    # ("Les demandes d'autorisation ..."), not the issuer's verb
        coordinators:  # optional: a match right after one of these words shares the
          en: [and]    # clause before it ("..., which demands ... and calls for": not ours)
      negation:        # a match next to a negation word does not count
        span: 3        # tokens before the match's start or after its end
        words:
          en: [not, never]
          da: [ikke, aldrig]

A match inside a phrase of the ``except`` rule (language -> patterns) does not
count: a word of a theme used in another sense ("extension request", "the
person concerned")::

    rules:
      except:
        en: [extension request*, person* concerned]

A pattern that itself holds a negation word ("does not recognise") is not
cancelled by it. A ``lead_in`` rule lets the points that finish a lead-in
("The EU calls for: (a) the immediate release ...") take its themes::

    rules:
      lead_in:
        starts:        # an item starting lowercase or with one of these words
          en: [to]     # continues the item before it that ends with a colon

A ``context`` rule gives themes only to the documents (items
sharing a ``doc_id``) where at least one of its patterns matches (the
shipped ``oap`` has it: Oslo Action Plan themes only in texts about mines)::

    rules:
      context:
        patterns:
          en: [mine, landmine*, demining]
        items:          # optional: in a document where fewer than half the items
          share: 0.5    # match, an item needs a match of its own or in an item
          neighbours: 1 # next to it ("civilian casualties" of a war in an OSCE
                        # statement that speaks of mines elsewhere)

An ``anaphora`` rule lets some of a theme's patterns (a treaty called only
"the Convention", "Konvensjonens", "das Übereinkommen") count only in a
document (items sharing a ``doc_id``) where another pattern of the same
theme matches, and not where a name goes on after them ("the Convention
on the Rights of Persons with Disabilities")::

    rules:
      anaphora:
        patterns:       # language -> patterns (each one of the language's own)
          en: [the convention]
        names:          # optional: language -> words that go on with a name
          en: [on, of]
        share: 0.33     # optional: the part of the document's items that must match the
                        # theme's other patterns (default 0: one match is enough)

An ``elsewhere`` rule lets some of a theme's patterns (Russia named by its
troops or in the possessive: "Russia's", "de la Russie", "Russlands") count
only in a document where another pattern of the same theme matches ("war
of aggression against Ukraine"): a text on Georgia or Moldova that names
Russia's troops there is not about the war against Ukraine::

    rules:
      elsewhere:
        patterns:       # language -> patterns (each one of the language's own)
          en: [russia s, russian forces]

The shipped taxonomies are the files in ``polcompare/data/dictionaries``.
How patterns match is described in :mod:`polcompare.themes.match`.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import importlib.resources
import re
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .._yaml import load_shipped
from ..errors import DictionaryError, PolcompareError, PolcompareWarning
from ..languages import (
    UNDETERMINED,
    UnsupportedLanguageError,
    country_hint,
    known_languages,
    normalize_language,
)
from ..tokens import STEMMER_LANGUAGES, TOKEN

_SHIPPED = importlib.resources.files("polcompare") / "data" / "dictionaries"

#: The taxonomies shipped with polcompare: the names of ``polcompare/data/dictionaries/*.yml``.
TAXONOMIES = tuple(
    sorted(f.name.removesuffix(".yml") for f in _SHIPPED.iterdir() if f.name.endswith(".yml"))
)

# A pattern is read as words, as the text is: punctuation between words is dropped by both, so
# "regulation (eu) no 833/2014" matches "Regulation (EU) No 833/2014". What looks like a
# regular expression is refused, since it would not do what its author meant: a character
# class, alternation, escape or anchor; a bracket glued to a word ("mine(s)"); ".*".
_REGEX_LIKE = re.compile(r"[\\|\[\]{}+^$_]|[^\W_]\(|\)[^\W_]|\(\?|\.[*?+]")
_BAD_PATTERN = "patterns are words, * and ?, not regular expressions"


@dataclass(frozen=True, eq=False)  # hashed by identity: compiled matchers are cached per object
class Dictionary:
    """A validated theme dictionary.

    Attributes
    ----------
    name : str
        The file name without ``.yml`` (``oap`` for the shipped one).
    sha256 : str
        Hex digest of the file's bytes: which version of a dictionary produced
        a result.
    source : str
    themes : tuple of str
        Theme IDs in file order.
    groups : dict
        Theme ID -> the keys above it joined by ``/`` (``main``,
        ``cross_cutting``, or ``""``).
    patterns : dict
        Language -> theme ID -> tuple of patterns.
    position_window : int or None
        The ``position`` rule (``rules: position: window``): a match counts
        only within this many tokens of an item's or clause's start. ``None``
        (no such rule): every match counts.
    language_windows : dict
        Language -> its own window (``rules: position: languages``).
    after_words : dict
        Language -> words after which a match counts wherever it stands
        (``rules: position: after``).
    coordinator_words : dict
        Language -> coordinating conjunctions (``rules: position: coordinators``):
        a match right after one shares the clause of the verb before it, so in
        a relative clause ("..., which demands ... and calls for") it does not
        count, whatever ``after`` says.
    anywhere : dict
        Language -> patterns whose matches count wherever they stand
        (``rules: position: anywhere``; each is one of the language's own
        patterns).
    relative_words : dict
        Language -> relative pronouns (``rules: position: relative``): a
        clause that opens with one after a punctuation mark ("..., kas
        apliecinātu atbalstu") says what someone else does, so a match in it
        counts only where ``anywhere`` or ``after`` lets it.
    complement_words : dict
        Language -> infinitive markers (``rules: position: complement``; the
        list may be empty): in such a language, a match of one theme that
        starts right after a counted match of another theme ends, or one
        marker word after it ("vil fortsette å støtte", "apņemšanos
        atbalstīt"), is that verb's complement, not a speech act of its own,
        and does not count unless listed under ``anywhere``.
    determiner_words : dict
        Language -> articles (``rules: position: determiners``): a match right
        after one is a noun ("Les demandes d'autorisation sont examinées"), not
        the issuer's speech act, and does not count unless listed under
        ``anywhere``.
    negation_words : dict
        Language -> the lowercase words that cancel a match next to them
        (``rules: negation: words``); empty: no negation rule.
    negation_span : int
        How many tokens before and after a match are searched for them.
    context : dict
        Language -> the patterns of the ``context`` rule (empty: no rule; a
        language without patterns there is not gated).
    context_share : float or None
        The rule's ``items: share``: in a document where a smaller share of
        the items match its patterns, an item keeps its themes only when it,
        or one within ``context_neighbours`` items of it, matches. ``None``:
        the whole document passes or fails as one.
    context_neighbours : int
        The rule's ``items: neighbours``.
    context_except : dict
        Language -> the patterns of the rule's ``except`` list: a context match
        inside one of them does not count ("coal mine" is no landmine).
    anaphora : dict
        Language -> the patterns of the ``anaphora`` rule (empty: no rule):
        a match of one counts only in a document where a pattern of the same
        theme not listed here matches too, and not when the next word is one
        of ``anaphora_names``.
    anaphora_names : dict
        Language -> the words after which such a pattern is part of a name.
    anaphora_share : float
        The rule's ``share``: the part of a document's items that must match
        the theme's other patterns (0: one match is enough).
    elsewhere : dict
        Language -> the patterns of the ``elsewhere`` rule (empty: no rule): a
        match of one counts only in a document where a pattern of the same
        theme not listed here matches too.
    lead_in : dict or None
        The ``lead_in`` rule (``None``: no such rule): language -> the
        words (infinitive markers: ``to``, ``at``, ``å``) that, like a
        lowercase first letter, make an item the continuation of a lead-in
        ending in a colon. Such an item, with no theme of its own, takes the
        themes matched in the lead-in's last sentence.
    proper_names : dict
        Language -> the patterns of the ``proper_names`` rule (empty: no rule):
        names that hold a theme's word but name something else ("Demokratische
        Volksrepublik Korea" is North Korea, not democracy). A match inside
        one does not count.
    exceptions : dict
        Language -> the patterns of the ``except`` rule (empty: no rule): fixed
        phrases that hold a theme's word in another sense ("extension request"
        is not a request to anyone, "the person concerned" no concern). A match
        inside one does not count, as inside a proper name.
    """

    name: str
    sha256: str
    source: str
    themes: tuple[str, ...]
    groups: dict[str, str]
    patterns: dict[str, dict[str, tuple[str, ...]]] = field(repr=False)
    position_window: int | None = None
    language_windows: dict[str, int] = field(default_factory=dict)
    after_words: dict[str, frozenset[str]] = field(default_factory=dict)
    coordinator_words: dict[str, frozenset[str]] = field(default_factory=dict)
    anywhere: dict[str, frozenset[str]] = field(default_factory=dict)
    relative_words: dict[str, frozenset[str]] = field(default_factory=dict)
    complement_words: dict[str, frozenset[str]] = field(default_factory=dict)
    determiner_words: dict[str, frozenset[str]] = field(default_factory=dict)
    negation_words: dict[str, frozenset[str]] = field(default_factory=dict)
    negation_span: int = 0
    context: dict[str, tuple[str, ...]] = field(default_factory=dict)
    context_share: float | None = None
    context_neighbours: int = 0
    context_except: dict[str, tuple[str, ...]] = field(default_factory=dict)
    anaphora: dict[str, frozenset[str]] = field(default_factory=dict)
    anaphora_names: dict[str, frozenset[str]] = field(default_factory=dict)
    anaphora_share: float = 0.0
    elsewhere: dict[str, frozenset[str]] = field(default_factory=dict)
    lead_in: dict[str, frozenset[str]] | None = None
    proper_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    exceptions: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages the dictionary has a section for."""
        return tuple(self.patterns)

    def window(self, lang: str) -> int | None:
        """Return the position window for ``lang`` (``None``: no position rule)."""
        return self.language_windows.get(lang, self.position_window)


def load_dictionary(source: str | Path = "oap") -> Dictionary:
    """Load and validate a dictionary: a shipped taxonomy name or a YAML file.

    Parameters
    ----------
    source : str or Path
        A shipped taxonomy (one of :data:`TAXONOMIES`: ``"oap"``,
        ``"policy"``, ``"stance"``) or the path of a YAML file in the same
        format.

    Returns
    -------
    Dictionary

    Raises
    ------
    DictionaryError
        Naming the file and what is wrong (unreadable, not YAML, empty or
        unnamed key, unknown language, empty or bad pattern, bad rule...).
    """
    if isinstance(source, str) and source in TAXONOMIES:
        return _load_shipped(source)
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DictionaryError(path, f"cannot read dictionary ({exc.strerror or exc})") from exc
    name = path.name.removesuffix(".yml").removesuffix(".yaml")
    return parse_dictionary(data, name=name, source=str(path))


@functools.cache
def _load_shipped(name: str) -> Dictionary:
    ref = _SHIPPED / f"{name}.yml"
    return parse_dictionary(ref.read_bytes(), name=name, source=f"polcompare:{name}.yml")


def _yaml_hint(exc: yaml.YAMLError) -> str:
    """Say what a YAML error most likely is in a dictionary ("at line 39" alone did not)."""
    problem = str(getattr(exc, "problem", "") or "")
    context = str(getattr(exc, "context", "") or "")
    if "alias" in context or "anchor" in context:
        return (
            ': a pattern that starts with * (or &) must be quoted, "*rydning" '
            "(YAML reads a bare * as a reference to another node)"
        )
    if "'\\t'" in problem:
        return ": a tab; YAML indents with spaces only"
    if "expected <block end>" in problem:
        return (
            ": a line indented less or more than those around it "
            "(a pattern belongs under its theme)"
        )
    if "could not find expected ':'" in problem:
        return ": a key without its colon (a theme name is written 'theme:')"
    return f" ({problem})" if problem else ""


def _load_yaml(data: bytes, source: str):
    """Read YAML bytes; every failure is a one-line DictionaryError naming ``source``."""
    try:
        if source.startswith("polcompare:"):  # a shipped dictionary: libyaml, same result
            return load_shipped(data.decode("utf-8"))
        return yaml.safe_load(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise DictionaryError(source, "is not UTF-8 text") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        if "could not find expected ':'" in str(getattr(exc, "problem", "")):
            # the line of the key, not the end of the text the scanner reached
            mark = getattr(exc, "context_mark", None) or mark
        where = f" at line {mark.line + 1}" if mark else ""
        raise DictionaryError(source, f"is not valid YAML{where}{_yaml_hint(exc)}") from exc
    except RecursionError as exc:  # the YAML parser recurses once per level
        raise DictionaryError(
            source, f"nests too deep to read (a dictionary nests at most {MAX_DEPTH} levels)"
        ) from exc


def parse_dictionary(data: bytes, *, name: str, source: str) -> Dictionary:
    """Validate YAML bytes as a dictionary (see :func:`load_dictionary`)."""
    tree = _load_yaml(data, source)
    digest = hashlib.sha256(data)
    extends: tuple[str, list[str]] | None = None  # (taxonomy, the languages of the file)
    if isinstance(tree, dict) and "extends" in tree:
        own = [
            _section_language(k, source) for k in tree if k not in ("extends", "rules", "remove")
        ]
        extends = (str(tree["extends"]), own)
        tree, base = _extended(tree, source)
        digest = hashlib.sha256(base + b"\0" + data)  # the version of both files
    rules = tree.pop("rules", None) if isinstance(tree, dict) else None
    if not isinstance(tree, dict) or not tree:
        raise DictionaryError(source, "must map language codes (lv, da, nb, en...) to themes")
    if rules is not None and (not isinstance(rules, dict) or not rules):
        raise DictionaryError(
            source, "'rules' must map rule names (position, negation) to settings"
        )
    rules = rules or {}
    known_rules = (
        "position",
        "negation",
        "context",
        "lead_in",
        "anaphora",
        "elsewhere",
        "proper_names",
        "except",
    )
    unknown = [str(k) for k in rules if k not in known_rules]
    if unknown:
        raise DictionaryError(
            source, f"unknown rule {unknown[0]!r} (known: {', '.join(known_rules)})"
        )
    anaphora, anaphora_names, anaphora_share = _anaphora(rules.get("anaphora"), source)
    elsewhere = _elsewhere(rules.get("elsewhere"), source)
    lead_in = _lead_in(rules.get("lead_in"), source)
    context, context_share, context_neighbours, context_except = _context(
        rules.get("context"), source
    )
    (window, windows, after, anywhere, relative, complement, determiners, coordinators) = (
        _position_window(rules.get("position"), source)
    )
    span, negation = _negation(rules.get("negation"), source)
    proper_names = _phrases(rules.get("proper_names"), "proper_names", "names", source)
    exceptions = _phrases(rules.get("except"), "except", "phrases", source)

    patterns: dict[str, dict[str, tuple[str, ...]]] = {}
    groups: dict[str, str] = {}
    order: list[str] = []
    sections: dict[str, object] = {}
    for key, section in tree.items():
        lang = _section_language(key, source)
        if lang in sections:
            raise DictionaryError(
                source, f"language {lang!r} has two sections ({key!r} is another name for it)"
            )
        sections[lang] = section
    bad: list[tuple[str, str]] = []  # (key, pattern): every bad pattern, named in one error
    for lang, body in sections.items():
        leaves: dict[str, tuple[str, ...]] = {}
        _walk(body, [lang], leaves, groups, source, bad)
        patterns[lang] = leaves
        for theme in leaves:
            if theme not in order:
                order.append(theme)
    _refuse_bad_patterns(bad, source)
    if extends:
        _foreign_themes(patterns, *extends, source)
    _misspelt_theme(patterns, order, source)
    _complete(patterns, order, source)
    ungated = [lang for lang in patterns if context and lang not in context]
    if ungated:
        # a language the rule has no words for was never gated: its items got themes in
        # every document (a Swedish section added to a copy of oap.yml tagged a Swedish
        # Council decision on refugees, whose Danish version the rule held back)
        raise DictionaryError(
            source,
            f"rule 'context' has no patterns for {', '.join(ungated)}: its items would get "
            "themes in every document, whatever it is about; add the words that say a text "
            f"is about the subject under rules: context: patterns: {ungated[0]}",
        )
    _own_patterns(patterns, anaphora, "rule 'anaphora', 'patterns'", source)
    _own_patterns(patterns, elsewhere, "rule 'elsewhere', 'patterns'", source)
    _own_patterns(patterns, anywhere, "rule 'position', 'anywhere'", source)
    return Dictionary(
        name=name,
        sha256=digest.hexdigest(),
        source=source,
        themes=tuple(order),
        groups=groups,
        patterns=patterns,
        position_window=window,
        language_windows=windows,
        after_words=after,
        coordinator_words=coordinators,
        anywhere={lang: frozenset(listed) for lang, listed in anywhere.items()},
        relative_words=relative,
        complement_words=complement,
        determiner_words=determiners,
        negation_words=negation,
        negation_span=span,
        context=context,
        context_share=context_share,
        context_neighbours=context_neighbours,
        context_except=context_except,
        anaphora=anaphora,
        anaphora_names=anaphora_names,
        anaphora_share=anaphora_share,
        elsewhere=elsewhere,
        lead_in=lead_in,
        proper_names=proper_names,
        exceptions=exceptions,
    )


def own_dictionaries(
    dictionaries: Mapping[str, str | Path | Dictionary] | None, taxonomies: Sequence[str]
) -> dict[str, Dictionary]:
    """Check and load ``dictionaries=``: taxonomy -> a dictionary of your own in its place.

    A key that is not one of ``taxonomies`` is one :class:`PolcompareError`; a
    file is loaded here (:func:`load_dictionary`), so a bad one stops a run
    before any document is tagged.
    """
    given = dict(dictionaries or {})
    unknown = [t for t in given if t not in taxonomies]
    if unknown:
        raise PolcompareError(
            f"dictionaries={unknown[0]!r}",
            "not a taxonomy: a dictionary of your own takes the place of one of "
            + ", ".join(taxonomies),
        )
    own = {t: d if isinstance(d, Dictionary) else load_dictionary(d) for t, d in given.items()}
    for taxonomy, dictionary in own.items():
        shipped = _load_shipped(taxonomy).themes  # every taxonomy one replaces is shipped
        if not set(dictionary.themes) & set(shipped):
            # a codebook of one's own in a shipped taxonomy's place is allowed; a copy of
            # the shipped file whose IDs were all mistyped would pass the same way
            warnings.warn(
                f"{dictionary.source}: given for {taxonomy!r} but shares no theme ID with it "
                f"(yours: {_some(dictionary.themes)}; {taxonomy}: {_some(shipped)}): it is read "
                f"as a codebook of your own, shown under the {taxonomy} titles; if it is a copy of "
                f"{taxonomy}.yml, check its IDs",
                PolcompareWarning,
                stacklevel=3,
            )
    return own


def _some(themes: Sequence[str], n: int = 3) -> str:
    return ", ".join(themes[:n]) + (", ..." if len(themes) > n else "")


def _complete(patterns: dict[str, dict[str, tuple[str, ...]]], order: list[str], source: str):
    """Refuse a language that lacks a theme (``[]`` says it has no words) or has no pattern."""
    for lang, leaves in patterns.items():
        if not any(leaves.values()):
            raise DictionaryError(source, f"language {lang!r} has no pattern in any theme")
        missing = [t for t in order if t not in leaves]
        if missing:
            raise DictionaryError(
                source,
                f"language {lang!r} lacks theme(s) {', '.join(missing)} (write theme: [] for "
                "one it has no words for)",
            )


def _extended(tree: dict, source: str) -> tuple[dict, bytes]:
    """Return a shipped dictionary's tree with ``tree``'s sections added, and its bytes.

    ``extends: oap`` over a file of your own: each language section of the
    file is added to the shipped one; a section of a language the shipped file
    has adds its words to that language's themes (``en: {commit_reaffirm: [stand
    ready]}``: a new user had to copy the 320 lines of the English section to add
    three phrases). Its ``rules`` are merged into the shipped rules key by key,
    lists adding their entries (``rules: context: patterns: sv: [...]`` adds
    Swedish to the context rule).
    """
    base = tree.pop("extends")
    if base not in TAXONOMIES:
        raise DictionaryError(
            source, f"extends {base!r}: not a shipped taxonomy (one of {', '.join(TAXONOMIES)})"
        )
    data = (_SHIPPED / f"{base}.yml").read_bytes()
    merged = _load_yaml(data, f"polcompare:{base}.yml")
    named = {_section_language(k, source): k for k in merged if k != "rules"}
    if "remove" in tree:
        _remove_words(merged, named, tree.pop("remove"), base, source)
    for key, section in tree.items():
        if key == "rules":
            merged["rules"] = _merge_rules(merged.get("rules") or {}, section, source)
            continue
        shipped = named.get(_section_language(key, source))
        if shipped is not None and isinstance(section, dict):
            old = merged[shipped]
            merged[shipped] = _merged(old, section) if isinstance(old, dict) else section
            continue
        merged.pop(shipped, None)
        merged[key] = section
    return merged, data


def _remove_words(merged: dict, named: dict, remove: object, base: str, source: str) -> None:
    """Take out of the shipped sections the words ``remove`` names, theme by theme.

    ``remove: {fr: {urge_call: [demande*]}}`` under ``extends: stance``: a word that tags the
    wrong items in a researcher's texts goes without copying the shipped file. A word, theme
    or language the shipped file has not is an error naming it (a misspelt word removed
    nothing, silently).
    """
    if not isinstance(remove, dict) or not remove:
        raise DictionaryError(
            source, "'remove' must map languages to themes and the shipped words to take out"
        )
    for key, themes in remove.items():
        lang = _section_language(key, source)
        if lang not in named:
            raise DictionaryError(
                source, f"remove: the shipped {base} has no {lang!r} section to take words from"
            )
        if not isinstance(themes, dict) or not themes:
            raise DictionaryError(source, f"remove: {key}: must map themes to lists of words")
        leaves = _theme_lists(merged[named[lang]])
        for theme, words in themes.items():
            if theme not in leaves:
                raise DictionaryError(
                    source, f"remove: {key}: {theme!r} is no theme of the shipped {base}"
                )
            if isinstance(words, str) or not isinstance(words, list):
                raise DictionaryError(source, f"remove: {key}: {theme}: must be a list of words")
            shipped = leaves[theme]
            missing = [str(w) for w in words if w not in shipped]
            if missing:
                raise DictionaryError(
                    source,
                    f"remove: {key}: {theme}: {missing[0]!r} is not a word of the shipped "
                    f"{base} (write it as the shipped file does: polcompare evidence shows it)",
                )
            shipped[:] = [w for w in shipped if w not in words]


def _theme_lists(section: object) -> dict[str, list]:
    """Return a language section's word lists by theme, through ``oap``'s groups."""
    out: dict[str, list] = {}
    if isinstance(section, dict):
        for key, value in section.items():
            if isinstance(value, list):
                out[str(key)] = value
            elif isinstance(value, dict):
                out.update(_theme_lists(value))
    return out


def _merged(base: dict, mine: dict) -> dict:
    """Return ``base`` with ``mine``'s keys: mappings merged key by key, others replaced.

    A list adds its entries to the list it meets (a word already there is not
    doubled): a language section's words, and a rule's lists, under ``extends``.
    """
    out = dict(base)
    for key, value in mine.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):  # oap's groups; a rule's settings
            out[key] = _merged(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + [w for w in value if w not in old]
        else:
            out[key] = value
    return out


def _merge_rules(base: dict, mine: object, source: str) -> dict:
    """Return ``base`` with ``mine``'s rules merged in (:func:`_merged`).

    A list adds its entries, as a language section's words do: ``position:
    anywhere: en: [strong proponents of]`` keeps the shipped phrases that count
    anywhere (it replaced them, and "with concern" no longer counted).
    """
    if not isinstance(mine, dict):
        raise DictionaryError(
            source, "'rules' must map rule names (position, negation) to settings"
        )
    return _merged(base, mine)


def _foreign_themes(
    patterns: dict[str, dict[str, tuple[str, ...]]], base: str, own: list[str], source: str
) -> None:
    """Name a theme that a section added with ``extends`` has and the taxonomy has not.

    A Swedish section with a theme of its own (``sanctions_sv`` under ``extends: stance``)
    was refused as "language 'lv' lacks theme(s) sanctions_sv": the shipped Latvian section
    was blamed for the user's Swedish one.
    """
    known = dict.fromkeys(t for lang, leaves in patterns.items() if lang not in own for t in leaves)
    if not known:
        return
    for lang in own:
        extra = [t for t in patterns.get(lang, {}) if t not in known]
        if not extra:
            continue
        missing = [t for t in known if t not in patterns[lang]]
        close = difflib.get_close_matches(extra[0], missing, n=1, cutoff=0.6)
        hint = (
            f": is {extra[0]!r} a misspelling of {close[0]!r}?"
            if close
            else f" (its themes: {_some(list(known), 6)}); a theme of your own is a dictionary "
            "of your own, given without extends"
        )
        raise DictionaryError(
            source, f"language {lang!r} has theme(s) {', '.join(extra)}, which {base} has not{hint}"
        )


def _misspelt_theme(
    patterns: dict[str, dict[str, tuple[str, ...]]], order: list[str], source: str
) -> None:
    """Name the language whose theme is misspelt, not the languages that spell it right.

    A theme name mistyped in one section (``victim_rigths`` under de) left every other
    language "lacking" it, and the error named the first of them (en), whose section was
    right.
    """
    if len(patterns) < 2:
        return
    for lang, leaves in patterns.items():
        own = [t for t in leaves if not any(t in patterns[o] for o in patterns if o != lang)]
        missing = [t for t in order if t not in leaves]
        if own and missing:
            close = difflib.get_close_matches(own[0], missing, n=1, cutoff=0.6)
            hint = f": is {own[0]!r} a misspelling of {close[0]!r}?" if close else ""
            raise DictionaryError(
                source,
                f"language {lang!r} lacks theme(s) {', '.join(missing)}, which the other "
                f"languages have, and alone has {', '.join(own)}{hint}",
            )


def _section_language(key: object, source: str) -> str:
    """Return the language code a top-level key names (``EN`` -> ``en``, ``"no"`` -> ``nb``).

    Any language with a language file is accepted (``polcompare/data/languages``): one
    without a stemmer matches a word without a wildcard as written (lowercased). Item
    languages are normalised the same way, so a section written ``no`` or ``EN`` is
    matched against the items it names rather than against none.
    """
    if isinstance(key, bool):  # YAML 1.1 reads a bare no/yes/on/off as a boolean
        raise DictionaryError(
            source,
            f"a language key reads as {str(key).lower()}: YAML takes a bare no, yes, on or "
            'off for true or false; quote the code ("no": for Norwegian, or write nb:)',
        )
    lang = None
    if isinstance(key, str) and key.strip():
        try:
            lang = normalize_language(key)
        except UnsupportedLanguageError:
            lang = None
    if lang is None or lang == UNDETERMINED:
        hint = country_hint(str(key)) if isinstance(key, str) else ""
        raise DictionaryError(
            source,
            f"unknown language {key!r}{', ' + hint if hint else ''} (expected one of "
            f"{', '.join(known_languages())}; add polcompare/data/languages/<code>.yml for "
            "another)",
        )
    return lang


def _own_patterns(patterns: dict, listed: dict, where: str, source: str) -> None:
    """Check that every pattern a rule lists is one of its language's own patterns."""
    for lang, values in listed.items():
        own = {p for theme in patterns.get(lang, {}).values() for p in theme}
        stray = [p for p in values if p not in own]
        if stray:
            raise DictionaryError(
                source,
                f"{where} {lang!r}: {stray[0]!r} is not one of the language's patterns",
            )


def _whole(value: object, least: int = 1) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= least


def _position_window(position: object, source: str) -> tuple:
    """Validate the ``position`` rule.

    Returns its window, per-language windows, after-words, the patterns
    that count anywhere (checked against the language's patterns later),
    relative pronouns, infinitive markers (``complement``), determiners and
    coordinating conjunctions (``coordinators``).
    """
    if position is None:
        return None, {}, {}, {}, {}, {}, {}, {}
    usage = (
        "rule 'position' needs 'window' (a whole number of tokens, 1 or more) and, "
        "optionally, 'languages' (language code -> such a number), 'after', 'relative', "
        "'complement', 'determiners' and 'coordinators' (language code -> list of words) "
        "and 'anywhere' "
        "(language code -> list of patterns)"
    )
    known = {
        "window",
        "languages",
        "after",
        "anywhere",
        "relative",
        "complement",
        "determiners",
        "coordinators",
    }
    if not isinstance(position, dict) or not set(position) <= known:
        raise DictionaryError(source, usage)
    window, languages = position.get("window"), position.get("languages") or {}
    after, anywhere = position.get("after") or {}, position.get("anywhere") or {}
    relative, complement = position.get("relative") or {}, position.get("complement") or {}
    determiners = position.get("determiners") or {}
    coordinators = position.get("coordinators") or {}
    tables = (languages, after, anywhere, relative, complement, determiners, coordinators)
    if not _whole(window) or not all(isinstance(x, dict) for x in tables):
        raise DictionaryError(source, usage)
    for lang, value in languages.items():
        if lang not in STEMMER_LANGUAGES or not _whole(value):
            raise DictionaryError(source, f"{usage}; bad entry {lang!r}")
    for lang, listed in anywhere.items():
        if (
            lang not in STEMMER_LANGUAGES
            or not isinstance(listed, list)
            or not listed
            or not all(isinstance(p, str) and p.strip() for p in listed)
        ):
            raise DictionaryError(source, f"{usage}; bad entry {lang!r}")
    return (
        window,
        dict(languages),
        _word_lists(after, source, usage),
        dict(anywhere),
        _word_lists(relative, source, usage),
        _word_lists(complement, source, usage, empty=True),
        _word_lists(determiners, source, usage),
        _word_lists(coordinators, source, usage),
    )


def _word_lists(
    table: dict, source: str, usage: str, empty: bool = False
) -> dict[str, frozenset[str]]:
    """Validate language -> list of single words; return them lowercased.

    ``empty``: a language's list may be empty.
    """
    out = {}
    for lang, listed in table.items():
        if lang not in STEMMER_LANGUAGES or not isinstance(listed, list):
            raise DictionaryError(source, f"{usage}; bad entry {lang!r}")
        if not listed and not empty:
            raise DictionaryError(source, f"{usage}; bad entry {lang!r}")
        if not all(isinstance(w, str) and TOKEN.fullmatch(w.lower()) for w in listed):
            raise DictionaryError(source, f"{usage}; {lang!r}: one word each, no spaces")
        out[lang] = frozenset(w.lower() for w in listed)
    return out


def _negation(negation: object, source: str) -> tuple[int, dict[str, frozenset[str]]]:
    """Validate the ``negation`` rule; return its span and words per language."""
    if negation is None:
        return 0, {}
    usage = (
        "rule 'negation' needs 'span' (a whole number of tokens, 1 or more) and 'words' "
        "(language code -> list of words)"
    )
    if not isinstance(negation, dict) or set(negation) != {"span", "words"}:
        raise DictionaryError(source, usage)
    span, words = negation["span"], negation["words"]
    if not _whole(span) or not isinstance(words, dict) or not words:
        raise DictionaryError(source, usage)
    return span, _word_lists(words, source, usage)


def _context(
    context: object, source: str
) -> tuple[dict[str, tuple[str, ...]], float | None, int, dict[str, tuple[str, ...]]]:
    """Validate the ``context`` rule; return its patterns, item settings and exceptions."""
    if context is None:
        return {}, None, 0, {}
    usage = (
        "rule 'context' needs 'patterns' (language -> patterns) and, optionally, 'items' "
        "('share': a number from 0 to 1, 'neighbours': a whole number of items, 0 or more) "
        "and 'except' (language -> patterns a context match inside does not count)"
    )
    if not isinstance(context, dict) or not {"patterns"} <= set(context) <= {
        "patterns",
        "items",
        "except",
    }:
        raise DictionaryError(source, usage)
    out = _pattern_table(context["patterns"], "rules/context", source)
    excepted = context.get("except")
    if excepted is not None and not isinstance(excepted, dict):
        raise DictionaryError(source, usage)
    exceptions = _pattern_table(excepted, "rules/context/except", source) if excepted else {}
    stray = [lang for lang in exceptions if lang not in out]
    if stray:
        raise DictionaryError(
            source, f"rule 'context': 'except' has {stray[0]!r}, which 'patterns' lacks"
        )
    items = context.get("items")
    if items is None:
        return out, None, 0, exceptions
    if not isinstance(items, dict) or set(items) != {"share", "neighbours"}:
        raise DictionaryError(source, usage)
    share, neighbours = items["share"], items["neighbours"]
    if (
        not isinstance(share, int | float)
        or isinstance(share, bool)
        or not 0 <= share <= 1
        or not _whole(neighbours, least=0)
    ):
        raise DictionaryError(source, usage)
    return out, float(share), neighbours, exceptions


def _pattern_table(table: object, where: str, source: str) -> dict[str, tuple[str, ...]]:
    """Check one pattern table of a rule (language -> patterns) at ``where`` ("rules/context")."""
    bad: list[tuple[str, str]] = []
    _walk(table, [where], {}, {}, source, bad)  # the same checks as the themes'
    _refuse_bad_patterns(bad, source)
    out: dict[str, tuple[str, ...]] = {}
    for lang, patterns in table.items():  # type: ignore[union-attr]
        if lang not in STEMMER_LANGUAGES:
            rule = where.split("/")[1]
            raise DictionaryError(source, f"rule {rule!r}: unknown language {lang!r}")
        out[lang] = tuple(patterns)
    return out


def _anaphora(
    rule: object, source: str
) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Validate the ``anaphora`` rule; return its patterns and name words per language."""
    if rule is None:
        return {}, {}, 0.0
    usage = (
        "rule 'anaphora' needs 'patterns' (language code -> list of patterns) and, "
        "optionally, 'names' (language code -> list of words) and 'share' (a number from 0 to 1)"
    )
    if not isinstance(rule, dict) or not set(rule) <= {"patterns", "names", "share"}:
        raise DictionaryError(source, usage)
    listed, names = rule.get("patterns"), rule.get("names") or {}
    share = rule.get("share", 0)
    if (
        not isinstance(listed, dict)
        or not listed
        or not isinstance(names, dict)
        or isinstance(share, bool)
        or not isinstance(share, int | float)
        or not 0 <= share <= 1
    ):
        raise DictionaryError(source, usage)
    return _pattern_lists(listed, source, usage), _word_lists(names, source, usage), float(share)


def _elsewhere(rule: object, source: str) -> dict[str, frozenset[str]]:
    """Validate the ``elsewhere`` rule; return its patterns per language."""
    if rule is None:
        return {}
    usage = "rule 'elsewhere' needs 'patterns' (language code -> list of patterns)"
    listed = rule.get("patterns") if isinstance(rule, dict) else None
    if not isinstance(rule, dict) or set(rule) != {"patterns"} or not isinstance(listed, dict):
        raise DictionaryError(source, usage)
    return _pattern_lists(listed, source, usage)


def _pattern_lists(listed: dict, source: str, usage: str) -> dict[str, frozenset[str]]:
    """Validate a rule's patterns per language (a non-empty list of words each)."""
    out = {}
    for lang, values in listed.items():
        if (
            lang not in STEMMER_LANGUAGES
            or not isinstance(values, list)
            or not values
            or not all(isinstance(p, str) and p.strip() for p in values)
        ):
            raise DictionaryError(source, f"{usage}; bad entry {lang!r}")
        out[lang] = frozenset(values)
    return out


def _lead_in(rule: object, source: str) -> dict[str, frozenset[str]] | None:
    """Validate the ``lead_in`` rule; return its words per language."""
    if rule is None:
        return None
    usage = "rule 'lead_in' needs 'starts' (language code -> list of words, may be empty)"
    if (
        not isinstance(rule, dict)
        or set(rule) != {"starts"}
        or not isinstance(rule["starts"], dict)
    ):
        raise DictionaryError(source, usage)
    starts = rule["starts"]
    out = _word_lists({k: v for k, v in starts.items() if v}, source, usage)
    for lang, listed in starts.items():
        if lang not in STEMMER_LANGUAGES or not isinstance(listed, list):
            raise DictionaryError(source, f"{usage}; bad entry {lang!r}")
        out.setdefault(lang, frozenset())
    return out


def _phrases(rule: object, name: str, what: str, source: str) -> dict[str, tuple[str, ...]]:
    """Validate a rule of phrases (language -> patterns): ``proper_names``, ``except``."""
    if rule is None:
        return {}
    if not isinstance(rule, dict) or not rule:
        raise DictionaryError(
            source, f"rule {name!r} needs language codes mapped to lists of {what}"
        )
    return _pattern_table(rule, f"rules/{name}", source)


def names_dictionary(dictionary: Dictionary) -> Dictionary:
    """Return the ``proper_names`` and ``except`` rules' patterns as one theme, ``name``.

    A match inside one of them does not count.
    """
    return _names_dictionary(dictionary, dictionary.sha256)


@functools.cache
def _names_dictionary(dictionary: Dictionary, sha256: str) -> Dictionary:
    patterns: dict[str, dict[str, tuple[str, ...]]] = {}
    for table in (dictionary.proper_names, dictionary.exceptions):
        for lang, phrases in table.items():
            if phrases:  # an empty list ("lv: []") has nothing to match
                patterns.setdefault(lang, {"name": ()})["name"] += phrases
    return Dictionary(
        name=f"{dictionary.name}:phrases",  # proper_names and except
        sha256=sha256,
        source=dictionary.source,
        themes=("name",),
        groups={"name": ""},
        patterns=patterns,
    )


def context_dictionary(dictionary: Dictionary) -> Dictionary:
    """Return the ``context`` rule's patterns as a dictionary of one theme, ``context``."""
    return _context_dictionary(dictionary, dictionary.sha256)


@functools.cache
def _context_dictionary(dictionary: Dictionary, sha256: str) -> Dictionary:
    return Dictionary(
        name=f"{dictionary.name}:context",
        sha256=sha256,
        source=dictionary.source,
        themes=("context", "except"),
        groups={"context": "", "except": ""},
        patterns={
            lang: {"context": p, "except": dictionary.context_except.get(lang, ())}
            for lang, p in dictionary.context.items()
        },
    )


#: Levels a dictionary may nest: language, groups (``main``...), theme.
MAX_DEPTH = 8


def _refuse_bad_patterns(bad: list[tuple[str, str]], source: str) -> None:
    """Name every bad pattern of a file in one error (a user fixing them one run at a time)."""
    if len(bad) == 1:
        key, pattern = bad[0]
        raise DictionaryError(source, f"key {key!r}: bad pattern {pattern!r} ({_BAD_PATTERN})")
    if bad:
        keys: dict[str, list[str]] = {}
        for key, pattern in bad:
            keys.setdefault(key, []).append(repr(pattern))
        listed = "; ".join(f"key {key!r}: {', '.join(found)}" for key, found in keys.items())
        raise DictionaryError(source, f"{len(bad)} bad patterns ({_BAD_PATTERN}): {listed}")


def _walk(node, path, leaves, groups, source, bad) -> None:
    where = "/".join(path)
    if len(path) > MAX_DEPTH:
        raise DictionaryError(source, f"key {where[:60]!r}... nests deeper than {MAX_DEPTH} levels")
    if not isinstance(node, dict) or not node:
        raise DictionaryError(source, f"key {where!r} is empty; expected themes or groups")
    for key, value in node.items():
        if key is None or not str(key).strip():
            raise DictionaryError(source, f"a key under {where!r} has no name")
        key = str(key)
        here = f"{where}/{key}"
        if isinstance(value, dict):
            _walk(value, [*path, key], leaves, groups, source, bad)
            continue
        if not isinstance(value, list):
            raise DictionaryError(
                source,
                f"key {here!r} has no patterns (a list; [] for a theme that has no words in "
                "this language)",
            )
        if key in leaves:
            raise DictionaryError(source, f"theme {key!r} appears twice under {path[0]!r}")
        group = "/".join(path[1:])
        if groups.setdefault(key, group) != group:
            raise DictionaryError(source, f"theme {key!r} is in group {groups[key]!r} elsewhere")
        clean = []
        for pattern in value:
            if not isinstance(pattern, str) or not pattern.strip():
                raise DictionaryError(source, f"key {here!r} has an empty or non-text pattern")
            if _REGEX_LIKE.search(pattern) or not TOKEN.search(pattern):
                bad.append((here, pattern))
            clean.append(pattern)
        leaves[key] = tuple(clean)
