import pandas as pd
import pytest

import polcompare
import polcompare.themes.dictionary
from polcompare.errors import DictionaryError
from polcompare.themes import (
    STANCE_WINDOW,
    TAXONOMIES,
    item_themes,
    load_dictionary,
    tag,
)
from polcompare.tokens import stemmer

from .conftest import DATA

# The contract: shared/reference/taxonomies.md
CONTRACT = {
    "oap": {
        "main": [
            "best_practices",
            "universalization",
            "stockpile_destruction",
            "survey_clearance",
            "risk_education",
            "victim_assistance",
            "cooperation_assistance",
            "compliance",
        ],
        "cross_cutting": [
            "transparency_reporting",
            "gender_diversity",
            "environment_climate",
            "improvised_mines",
            "financing",
            "partnerships",
        ],
    },
    "policy": {
        "": [
            "human_rights",
            "democracy_elections",
            "accountability",
            "international_law",
            "russia_ukraine_war",
            "nuclear",
            "disarmament",
            "sanctions",
            "civil_society",
            "migration_borders",
            "economic_support",
        ]
    },
    "stance": {
        "": [
            "condemn",
            "concern_regret",
            "urge_call",
            "support_welcome",
            "commit_reaffirm",
            "recall_recognise",
        ]
    },
}


@pytest.mark.parametrize("taxonomy", list(CONTRACT))
def test_shipped_dictionaries_keep_the_contract(taxonomy):
    d = load_dictionary(taxonomy)
    expected = [t for themes in CONTRACT[taxonomy].values() for t in themes]
    assert list(d.themes) == expected
    assert {d.groups[t] for t in CONTRACT[taxonomy].get("main", [])} <= {"main"}
    assert set(d.languages) >= {"lv", "da", "nb", "en"}
    for lang in d.languages:
        assert list(d.patterns[lang]) == expected or set(d.patterns[lang]) == set(expected)
        assert all(d.patterns[lang][t] for t in expected)
    assert len(d.sha256) == 64


def _dictionary(tmp_path, text, name="mine.yml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_except_rule_drops_matches_inside_its_phrases(tmp_path):
    # a language may list no phrase ("lv: []"): it was an empty pattern table, and tagging
    # any Latvian item failed with a numpy error
    path = _dictionary(
        tmp_path,
        "rules:\n  except:\n    lv: []\n    en: [extension request*]\n"
        "lv:\n  call: [aicina]\nen:\n  call: [request*]\n",
    )
    items = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "lang": ["lv", "en", "en"],
            "text": [
                "Padome aicina valstis.",
                "The extension requests were granted.",
                "The Conference requests a plan.",
            ],
        }
    )
    tagged = tag(items, dictionary=load_dictionary(path))
    assert tagged.items["themes"].fillna("").tolist() == ["call", "", "call"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("lv: [a, b\n", "not valid YAML at line"),
        ("", "must map language codes"),
        ("- lv\n- da\n", "must map language codes"),
        ("xx:\n  theme: [word]\n", "unknown language 'xx'"),
        ("lv:\n  theme: []\n", "language 'lv' has no pattern in any theme"),
        ("lv:\n  theme:\n", "'lv/theme' has no patterns (a list; [] for a theme"),
        ("extends: policies\nlv:\n  a: [x]\n", "extends 'policies': not a shipped taxonomy"),
        ("extends: oap\nfi:\n  main:\n    survey_clearance: [miinanraivau*]\n", "lacks theme(s)"),
        (  # a theme the taxonomy lacks, in a section of one's own: named there, not in lv
            "extends: stance\nsv:\n  condemn: [a]\n  concern_regret: [b]\n  urge_call: [c]\n"
            "  support_welcome: [d]\n  commit_reaffirm: [e]\n  recall_recognise: [f]\n"
            "  sanctions_sv: [g]\n",
            "language 'sv' has theme(s) sanctions_sv, which stance has not (its themes: condemn",
        ),
        ("lv:\n  main: {}\n", "'lv/main' is empty"),
        ("lv:\n  ? ''\n  : [word]\n", "has no name"),
        ("lv:\n  theme: ['']\n", "empty or non-text pattern"),
        ("lv:\n  theme: [42]\n", "empty or non-text pattern"),
        ("lv:\n  theme: ['mīn[ae]']\n", "bad pattern 'mīn[ae]'"),
        ("lv:\n  theme: ['**']\n", "bad pattern '**'"),
        ("en:\n  theme: ['mine(s)']\n", "bad pattern 'mine(s)'"),  # a regex's optional group
        ("en:\n  theme: ['mine.*']\n", "bad pattern 'mine.*'"),
        ("en:\n  theme: ['mine|mines']\n", "bad pattern 'mine|mines'"),
        (  # every bad pattern at once: a new user needed three runs to find three
            "sv:\n  a: ['minr(j', ok]\n  b: ['[abc', 'x*']\n",
            "2 bad patterns (patterns are words, * and ?, not regular expressions): "
            "key 'sv/a': 'minr(j'; key 'sv/b': '[abc'",
        ),
        (
            "se:\n  a: [x]\n",
            "unknown language 'se', it is a country code: did you mean sv (Swedish)?",
        ),
        ("lv:\n  a: [x]\n  b: [y]\nda:\n  a: [x]\n", "language 'da' lacks theme(s) b"),
        (  # a theme mistyped in one language is named there, not in the others
            "en:\n  victims: [x]\n  ied: [y]\nda:\n  victims: [x]\n  ied: [y]\n"
            "de:\n  vicitms: [x]\n  ied: [y]\n",
            "language 'de' lacks theme(s) victims, which the other languages have, and alone "
            "has vicitms: is 'vicitms' a misspelling of 'victims'?",
        ),
        ("lv:\n  g1:\n    a: [x]\n  g2:\n    a: [y]\n", "theme 'a' appears twice"),
        ("rules:\n  position: {window: 5}\n", "must map language codes"),
        ("rules: [position]\nlv:\n  a: [x]\n", "'rules' must map rule names"),
        ("rules:\n  stance: true\nlv:\n  a: [x]\n", "unknown rule 'stance'"),
        ("rules:\n  position: {}\nlv:\n  a: [x]\n", "rule 'position' needs 'window'"),
        ("rules:\n  negation: {span: 2}\nlv:\n  a: [x]\n", "rule 'negation' needs"),
        ("rules:\n  negation: {span: 2, words: {en: [do not]}}\nlv:\n  a: [x]\n", "one word each"),
        ("rules:\n  position: {window: 5, languages: {xx: 3}}\nlv:\n  a: [x]\n", "bad entry 'xx'"),
        ("rules:\n  position: {window: 0}\nlv:\n  a: [x]\n", "rule 'position' needs"),
        ("rules:\n  position: {window: two}\nlv:\n  a: [x]\n", "rule 'position' needs"),
        ("rules:\n  position: {window: 5, x: 1}\nlv:\n  a: [x]\n", "rule 'position' needs"),
        ("rules:\n  anaphora: {names: {lv: [par]}}\nlv:\n  a: [x]\n", "rule 'anaphora' needs"),
        ("rules:\n  proper_names: [x]\nlv:\n  a: [x]\n", "rule 'proper_names' needs"),
        ("rules:\n  proper_names: {xx: [y]}\nlv:\n  a: [x]\n", "unknown language 'xx'"),
        ("rules:\n  except: [x]\nlv:\n  a: [x]\n", "rule 'except' needs language codes"),
        ("rules:\n  except: {xx: [y]}\nlv:\n  a: [x]\n", "unknown language 'xx'"),
        ("rules:\n  anaphora: {patterns: {lv: x}}\nlv:\n  a: [x]\n", "bad entry 'lv'"),
        ("rules:\n  anaphora: {patterns: {lv: [x]}, share: 2}\nlv:\n  a: [x]\n", "'share'"),
        (
            "rules:\n  anaphora: {patterns: {lv: [y]}}\nlv:\n  a: [x]\n",
            "'y' is not one of the language's patterns",
        ),
    ],
)
def test_malformed_dictionaries_are_named_errors(tmp_path, text, words):
    path = _dictionary(tmp_path, text)
    with pytest.raises(DictionaryError) as info:
        load_dictionary(path)
    assert str(path) in str(info.value) and words in str(info.value)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "da:\n  clearance:\n    - *rydning*\n",
            "line 3: a pattern that starts with * (or &) must be",
        ),
        ("en:\n  clearance:\n\t- demining\n", "line 3: a tab; YAML indents with spaces only"),
        ("en:\n  clearance:\n    - demining\n  - mines\n", "line 4: a line indented less or more"),
        ("en:\n  ied: [x]\n  clearance\n    - demining\n", "line 3: a key without its colon"),
    ],
)
def test_yaml_mistakes_say_what_to_fix(tmp_path, text, words):
    # a new user's leading glob without quotes, a tab, an indentation slip and a missing colon
    # each said only "is not valid YAML at line N"
    path = _dictionary(tmp_path, text)
    with pytest.raises(DictionaryError) as info:
        load_dictionary(path)
    assert words in str(info.value)


def test_a_language_added_to_a_shipped_dictionary_is_a_file_of_its_own(tmp_path):
    # A new user adding Swedish to the Oslo themes had to copy all 1,717 lines of oap.yml,
    # (Swedish is shipped since; Finnish stands in for a language of one's own.)
    # and write a placeholder pattern for every theme she had no word for.
    shipped = load_dictionary("oap")
    sections = {}
    for t in shipped.themes:
        words = "[miinanraivau*, raivau*]" if t == "survey_clearance" else "[]"
        sections.setdefault(shipped.groups[t], []).append(f"    {t}: {words}\n")
    body = "".join(f"  {group}:\n" + "".join(lines) for group, lines in sections.items())
    path = _dictionary(
        tmp_path,
        "extends: oap\nfi:\n"
        + body
        + "rules:\n  context:\n    patterns:\n      fi: [miina*, miinoj*, miinanraivau*]\n",
    )
    mine = load_dictionary(path)
    assert mine.themes == shipped.themes and mine.groups == shipped.groups
    assert set(mine.patterns) == {*shipped.patterns, "fi"}
    assert mine.patterns["en"] == shipped.patterns["en"]
    assert mine.patterns["fi"]["survey_clearance"] == ("miinanraivau*", "raivau*")
    assert mine.patterns["fi"]["victim_assistance"] == ()
    assert mine.context["fi"] and mine.context["en"] == shipped.context["en"]
    assert mine.sha256 != shipped.sha256
    items = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "item_id": ["a:1", "a:2", "b:1"],
            "lang": ["fi", "fi", "en"],
            "text": [
                "Suomi tukee miinanraivausta Ukrainassa.",
                "Tuki miinojen uhreille kasvaa.",
                "Demining of mined areas continues.",
            ],
        }
    )
    themes_of = tag(items, dictionary=mine).items.set_index("item_id")["themes"]
    assert themes_of.to_dict() == {"a:1": "survey_clearance", "a:2": "", "b:1": "survey_clearance"}


def test_missing_and_non_utf8_dictionary(tmp_path):
    with pytest.raises(DictionaryError, match="cannot read"):
        load_dictionary(tmp_path / "none.yml")
    path = tmp_path / "latin.yml"
    path.write_bytes("lv:\n  t: [mīna]\n".encode("cp1257"))
    with pytest.raises(DictionaryError, match="not UTF-8"):
        load_dictionary(path)


USER = """\
lv:
  clearance:
    - atmīnēšana
    - mīnēt* teritorij*
  envoys:
    - īpaš* sūtņ*
da:
  clearance:
    - minerydning
    - "*rydning"
  envoys:
    - særlige udsendinge
en:
  clearance:
    - anti personnel mine
  envoys:
    - special envoy
"""


def _items(*rows):
    return pd.DataFrame(
        [{"item_id": f"x:{k}", "lang": lang, "text": text} for k, (lang, text) in enumerate(rows)]
    )


@pytest.mark.parametrize(
    ("lang", "text", "theme", "match"),
    [
        ("lv", "atbalstīt atmīnēšanu", "clearance", "atmīnēšanu"),  # accusative
        ("lv", "palīdzība atmīnēšanai.", "clearance", "atmīnēšanai"),  # dative
        ("lv", "Atmīnēšana ir svarīga", "clearance", "Atmīnēšana"),  # case-insensitive
        ("lv", "mīnēto teritoriju apsekošanu", "clearance", "mīnēto teritoriju"),  # phrase
        ("lv", "un īpašo sūtņu centienus", "envoys", "īpašo sūtņu"),
        ("da", "humanitær minerydning", "clearance", "minerydning"),
        ("da", "støtte til områderydning", "clearance", "områderydning"),  # leading glob
        ("en", "ban anti-personnel mines", "clearance", "anti-personnel mines"),  # hyphen splits
        ("und", "the special envoys", "envoys", "special envoys"),  # asked: the fallback
    ],
)
def test_matching_rule(tmp_path, lang, text, theme, match):
    path = _dictionary(tmp_path, USER)
    fallback = ["lv", "da", "en"] if lang == "und" else None
    result = tag(_items((lang, text)), taxonomy="mine", dictionary=path, fallback_lang=fallback)
    assert result.items.loc[0, "themes"] == theme
    (ev,) = result.evidence.itertuples()
    assert ev.match == match and text[ev.start : ev.end] == match


def test_a_section_is_named_as_the_command_line_names_a_language(tmp_path):
    # a new user's Norwegian section written "no" (the alias --lang takes) was accepted and
    # matched no Norwegian item, whose language is nb; "EN" was an unknown language
    text = '"no":\n  ban: [klaseammunisjon*]\nEN:\n  ban: [cluster munition*]\n'
    result = tag(
        _items(("nb", "forbud mot klaseammunisjon"), ("en", "cluster munitions")),
        dictionary=_dictionary(tmp_path, text),
    )
    assert result.items["themes"].tolist() == ["ban", "ban"]
    assert set(result.items["tag_status"]) == {"tagged"}


def test_a_language_with_a_file_and_no_stemmer_matches_words_as_written(tmp_path):
    # a language the parser reads (a language file) but no stemmer covers was refused
    text = "pl:\n  ban: [amunicja kasetowa, rozminowani*]\n"
    result = tag(
        _items(
            ("pl", "zakaz: amunicja kasetowa"), ("pl", "amunicji kasetowej"), ("pl", "rozminowanie")
        ),
        dictionary=_dictionary(tmp_path, text),
    )
    assert result.items["themes"].tolist() == ["ban", "", "ban"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("no:\n  ban: [forbud]\n", "a language key reads as false: YAML takes a bare no"),
        ("nb:\n  ban: [forbud]\n'no':\n  ban: [forbud]\n", "language 'nb' has two sections"),
        ("und:\n  ban: [x]\n", "unknown language 'und'"),
        ("EU:\n  ban: [x]\n", "add polcompare/data/languages/<code>.yml for another"),
    ],
)
def test_language_keys_a_user_gets_wrong(tmp_path, text, words):
    path = _dictionary(tmp_path, text)
    with pytest.raises(DictionaryError) as info:
        load_dictionary(path)
    assert str(path) in str(info.value) and words in str(info.value)


def test_no_match_means_no_theme(tmp_path):
    result = tag(
        _items(("lv", "Padome uzsver nozīmi."), ("lv", "")),
        dictionary=_dictionary(tmp_path, USER),
        taxonomy="mine",
    )
    assert result.items["themes"].tolist() == ["", ""]
    assert result.evidence.empty and list(result.items["n_matches"]) == [0, 0]


def test_dictionary_name_and_hash_travel(tmp_path):
    path = _dictionary(tmp_path, USER, name="my-themes.yml")
    result = tag(_items(("lv", "atmīnēšana")), taxonomy="mine", dictionary=path)
    d = result.dictionary
    assert d.name == "my-themes" and len(d.sha256) == 64
    for frame in (result.items, result.evidence):
        assert set(frame["dictionary"]) == {"my-themes"}
        assert set(frame["dictionary_sha256"]) == {d.sha256}
        assert frame.attrs["dictionary_sha256"] == d.sha256
    path.write_text(USER + "# changed\n", encoding="utf-8")
    assert load_dictionary(path).sha256 != d.sha256


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        ("Padome stingri nosoda Krievijas agresijas karu.", "condemn"),
        ("Rådet fordømmer på det kraftigste angrebskrigen.", "condemn"),
        ("atgādināt, ka ES joprojām ir pilnīgi nepieņemama", "recall_recognise"),
        ("Šajā sakarā ES atkārtoti apstiprina, ka ir svarīgi", "commit_reaffirm"),
        # the verb is far from any clause start: not an operative verb
        ("Eiropas Savienības lielākais finansējums ātrai un ilgtspējīgai rīcībai atbalsta", ""),
    ],
)
def test_stance_counts_operative_verbs_only(text, stances):
    lang = "da" if "Rådet" in text else "lv"
    result = tag(_items((lang, text)), taxonomy="stance")
    assert result.items.loc[0, "themes"] == stances


def test_stance_window_is_a_small_number():
    assert 3 <= STANCE_WINDOW <= 6


def test_taxonomies_are_the_shipped_files():
    shipped = polcompare.themes.dictionary._SHIPPED
    assert TAXONOMIES == tuple(sorted(f.name[:-4] for f in shipped.iterdir()))
    assert TAXONOMIES == ("oap", "policy", "stance")


def test_the_position_rule_comes_from_the_dictionary_file(tmp_path):
    assert load_dictionary("stance").position_window == STANCE_WINDOW
    assert load_dictionary("oap").position_window is None
    words = "lv:\n  support:\n    - atbalsts\n"
    text = "Eiropas Savienības lielākais finansējums ātrai un ilgtspējīgai rīcībai atbalsts"
    plain = _dictionary(tmp_path, words, name="plain.yml")
    ruled = _dictionary(tmp_path, "rules:\n  position:\n    window: 5\n" + words)
    assert load_dictionary(ruled).position_window == 5
    # the rule follows the file, whatever the taxonomy is called
    assert tag(_items(("lv", text)), taxonomy="stance", dictionary=plain).items.loc[0, "themes"]
    assert not tag(_items(("lv", text)), taxonomy="x", dictionary=ruled).items.loc[0, "themes"]


def test_stems_are_cached_per_word_type():
    lv = stemmer("lv")
    lv.cache_clear()
    for _ in range(3):
        lv("atmīnēšanai")
    assert lv.cache_info().hits == 2 and lv.cache_info().misses == 1


# Representative seed items, pinned in both languages (checked by reading the text).
PINNED = [
    ("review", "3", "i", "oap", {"transparency_reporting"}),  # Article 7 reporting
    ("review", "3", "f", "oap", {"survey_clearance", "improvised_mines"}),
    ("review", "6", "", "oap", {"best_practices", "financing"}),
    ("declaration", "11", "", "oap", {"gender_diversity"}),
    (
        "action_plan",
        "9",
        "",
        "oap",
        {"best_practices", "transparency_reporting", "environment_climate", "survey_clearance"},
    ),
    (
        "action_plan",
        "14",
        "",
        "oap",
        {"survey_clearance", "victim_assistance", "cooperation_assistance", "financing"},
    ),
    (
        "intro",
        "3",
        "",
        "stance",
        {"recall_recognise", "condemn", "concern_regret", "commit_reaffirm"},
    ),
    ("declaration", "7", "", "stance", {"concern_regret", "urge_call"}),
]


@pytest.mark.parametrize("seed", ["position_lv", "position_da"])
@pytest.mark.parametrize(("section", "number", "letter", "taxonomy", "themes"), PINNED)
def test_seed_item_themes(seeds, seed, section, number, letter, taxonomy, themes):
    items = tag(seeds[seed].items, taxonomy=taxonomy).items
    row = items.set_index(["section", "number", "letter"]).loc[(section, number, letter)]
    assert set(row["themes"].split(";")) == themes


def test_belarus_policy_themes(seeds):
    items = tag(seeds["belarus"].items, taxonomy="policy").items.set_index("number")
    # disarmament: the nuclear deployment against the Budapest Memorandum (gold_policy.csv)
    assert items.loc["9", "themes"] == "international_law;russia_ukraine_war;nuclear;disarmament"
    assert "sanctions" in items.loc["12", "themes"]
    assert items.loc["10", "themes"] == "migration_borders"


def _scores(items, gold_file):
    gold = pd.read_csv(DATA / gold_file, dtype=str, keep_default_na=False)
    labels = {}
    for r in gold.itertuples():
        labels.setdefault((r.section, r.number, r.letter), set()).update(
            [r.theme] if r.theme else []
        )
    predicted = {
        (r.section, r.number, r.letter): set(filter(None, r.themes.split(";")))
        for r in items.itertuples()
    }
    assert set(labels) == set(predicted)
    tp = sum(len(labels[k] & predicted[k]) for k in labels)
    fp = sum(len(predicted[k] - labels[k]) for k in labels)
    fn = sum(len(labels[k] - predicted[k]) for k in labels)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return precision, recall, 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize(
    ("seed", "taxonomy", "gold", "min_f1"),
    [
        ("position_lv", "oap", "gold_oap.csv", 0.88),
        ("position_da", "oap", "gold_oap.csv", 0.88),
        ("belarus", "policy", "gold_policy.csv", 0.92),
    ],
)
def test_accuracy_on_hand_annotated_items(seeds, seed, taxonomy, gold, min_f1):
    precision, recall, f1 = _scores(tag(seeds[seed].items, taxonomy=taxonomy).items, gold)
    assert f1 >= min_f1, (precision, recall, f1)


def test_language_versions_agree(seeds):
    lv = tag(seeds["position_lv"].items, taxonomy="oap").items["themes"]
    da = tag(seeds["position_da"].items, taxonomy="oap").items["themes"]
    scores = []
    for a, b in zip(lv, da, strict=True):
        x, y = set(filter(None, a.split(";"))), set(filter(None, b.split(";")))
        scores.append(1.0 if not (x | y) else len(x & y) / len(x | y))
    assert sum(scores) / len(scores) >= 0.9


def test_item_themes_long_table(seeds):
    long = item_themes(tag(seeds["belarus"].items, taxonomy="policy"))
    assert list(long.columns) == ["item_id", "taxonomy", "theme", "group", "n_matches"]
    assert long["n_matches"].min() >= 1
    assert ("belarus-conclusions.lv:body:12", "sanctions") in set(
        zip(long["item_id"], long["theme"], strict=True)
    )


def test_read_then_tag_end_to_end(write):
    doc = polcompare.read(write("1. Padome mudina atmīnēt teritorijas.\n2. Padome nosoda.\n"))
    result = tag(doc.items, taxonomy="stance")
    assert result.items["themes"].tolist() == ["urge_call", "condemn"]


# Tagging matches all items of a language in one batch: nothing may leak from
# one item into the next, and the result must be the same as item by item.


def test_phrase_does_not_run_into_the_next_item(tmp_path):
    items = _items(
        ("lv", "Padome atbalsta mīnēto"),  # "mīnēto teritoriju" split over two items
        ("lv", "teritoriju apsekošanu."),
        ("lv", "mīnēto teritoriju"),
    )
    result = tag(items, taxonomy="mine", dictionary=_dictionary(tmp_path, USER))
    assert result.items["themes"].tolist() == ["", "", "clearance"]
    assert result.evidence[["item_id", "match", "start", "end"]].values.tolist() == [
        ["x:2", "mīnēto teritoriju", 0, 17]
    ]


def test_stance_window_restarts_at_every_item():
    items = _items(
        ("lv", "viens divi trīs četri pieci seši septiņi astoņi"),  # no clause end
        # "atzīmē" (notes; also "marks") counts only where an operative verb stands
        ("lv", "atzīmē"),  # first token of its own item
        ("lv", "viens divi trīs četri pieci atzīmē"),  # sixth token: too far
        ("lv", "viens divi trīs četri; atzīmē"),  # right after a clause end
    )
    result = tag(items, taxonomy="stance")
    rr = "recall_recognise"
    assert result.items["themes"].tolist() == ["", rr, "", rr]


def test_offsets_stay_true_next_to_length_changing_case(tmp_path):
    texts = ["İstanbul İİ atmīnēšana", "atmīnēšanu", "ΟΔΟΣ atmīnēšanai İ"]
    items = _items(*[("lv", t) for t in texts])
    result = tag(items, taxonomy="mine", dictionary=_dictionary(tmp_path, USER))
    ev = result.evidence
    assert ev["item_id"].tolist() == ["x:0", "x:1", "x:2"]
    for row, match, start, end in zip(
        ev["item_id"], ev["match"], ev["start"], ev["end"], strict=True
    ):
        assert texts[int(row[2:])][start:end] == match
    assert ev["match"].tolist() == ["atmīnēšana", "atmīnēšanu", "atmīnēšanai"]


def test_match_text_is_the_text_as_written(tmp_path):
    text = "Special            Envoy; SPECIAL \n\t envoy"
    result = tag(_items(("en", text)), taxonomy="mine", dictionary=_dictionary(tmp_path, USER))
    ev = result.evidence
    assert ev["match"].tolist() == ["Special            Envoy", "SPECIAL \n\t envoy"]
    assert [text[s:e] for s, e in zip(ev["start"], ev["end"], strict=True)] == ev["match"].tolist()


def test_same_span_lists_languages_in_dictionary_order(tmp_path):
    path = _dictionary(tmp_path, "lv:\n  a: [mīna]\n  b: [xyz]\nda:\n  a: [qqq]\n  b: [mīna]\n")
    items = _items(("und", "mīna"))
    result = tag(items, taxonomy="mine", dictionary=path, fallback_lang=["lv", "da"])
    assert result.evidence["theme"].tolist() == ["a", "b"]
    assert result.items.loc[0, "themes"] == "a;b"


def test_missing_text_and_language():
    items = _items(("lv", "Padome nosoda"), ("lv", "x"), ("lv", "Padome nosoda"))
    items.loc[1, "text"] = float("nan")
    items.loc[2, "lang"] = None  # undetermined: not matched unless asked
    with pytest.warns(UserWarning, match="undetermined"):
        result = tag(items, taxonomy="stance")
    assert result.items["themes"].tolist() == ["condemn", "", ""]
    assert result.items["tag_status"].tolist() == ["tagged", "tagged", "language_undetermined"]
    assert result.evidence["lang"].tolist() == ["lv"]
    asked = tag(items, taxonomy="stance", fallback_lang="lv")
    assert asked.items["themes"].tolist() == ["condemn", "", "condemn"]
    assert asked.evidence["lang"].tolist() == ["lv", "und"]


@pytest.mark.parametrize("taxonomy", ["oap", "stance"])
def test_tagging_together_equals_item_by_item(seeds, taxonomy):
    items = pd.concat([seeds["belarus"].items, seeds["norway"].items], ignore_index=True)
    together = tag(items, taxonomy=taxonomy)
    alone = [tag(items.iloc[[k]], taxonomy=taxonomy) for k in range(len(items))]
    pd.testing.assert_frame_equal(together.items, pd.concat([t.items for t in alone]))
    # (an item without matches has an empty evidence table of other dtypes)
    evidence = [t.evidence for t in alone if len(t.evidence)]
    pd.testing.assert_frame_equal(together.evidence, pd.concat(evidence, ignore_index=True))


def test_text_column_storage_does_not_matter(seeds):
    items = seeds["position_da"].items
    arrow = tag(items, taxonomy="oap")
    plain = tag(items.astype({"text": object}), taxonomy="oap")
    pd.testing.assert_frame_equal(arrow.evidence, plain.evidence)
    pd.testing.assert_series_equal(arrow.items["themes"], plain.items["themes"])


def test_the_two_language_versions_of_the_position_paper_agree(seeds):
    """lv and da say the same: their policy themes agree item by item but one, stance nearly so.

    The one: declaration 10, where lv says "piekļuvei humānajai palīdzībai" (access to
    humanitarian aid, economic_support) and da "humanitær adgang" (humanitarian access).
    """
    from polcompare.compare import theme_agreement

    lv, da = seeds["position_lv"], seeds["position_da"]
    for taxonomy, mean, differ in (("oap", 0.929, 8), ("policy", 0.981, 1), ("stance", 0.921, 6)):
        a = theme_agreement(tag(lv.items, taxonomy=taxonomy), tag(da.items, taxonomy=taxonomy))
        assert round(a["jaccard"].mean(), 3) >= mean, taxonomy
        assert (a["jaccard"] < 1).sum() <= differ, taxonomy


def test_a_pattern_with_a_very_short_stem_is_matched_as_written():
    # "ieds" stems to "i", as the pronoun does: "I have the honour" is no improvised mine.
    items = pd.DataFrame(
        {
            "item_id": ["x:1", "x:2"],
            "doc_id": ["x", "x"],
            "lang": ["en", "en"],
            "text": ["Civilians are killed by IEDs every day.", "I have the honour to speak."],
        }
    )
    themes = tag(items, taxonomy="oap").items["themes"].tolist()
    assert themes == ["improvised_mines", ""]


def test_glob_tests_agree_with_fnmatch():
    """The string tests for prefix/suffix/substring globs say what fnmatch says."""
    import fnmatch
    import re

    from polcompare.themes.match import _glob_test

    globs = ["mine*", "*rydning", "*minefelt*", "støtt?r", "a*b*", "*", "ieds", "*räumung*", "x*y"]
    words = [
        "mine",
        "minerydning",
        "områderydning",
        "rydningen",
        "minefelter",
        "personelminefelt",
        "støtter",
        "støttede",
        "ab",
        "axxb",
        "ieds",
        "ied",
        "kampfmittelräumungen",
        "xy",
        "x",
    ]
    for glob in globs:
        test, source = _glob_test(glob)
        for word in words:
            expected = fnmatch.fnmatchcase(word, glob)
            assert bool(test(word)) == expected, (glob, word)
            assert bool(re.match(source, word)) == expected, (glob, word)


def test_one_match_of_a_theme_per_place():
    # "atkārtoti apstiprina savus" matched "atkārtoti apstiprina", "apstiprina" and
    # "apstiprina savus": one act of reaffirming counted three times in n_matches and the
    # evidence per 1,000 words. The first and longest match is kept; other themes at the
    # same place stay.
    items = pd.DataFrame(
        {
            "item_id": ["x:1"],
            "lang": ["lv"],
            "text": ["Padome atkārtoti apstiprina savus iepriekšējos secinājumus."],
        }
    )
    result = polcompare.tag(items, taxonomy="stance")
    evidence = result.evidence
    assert evidence[evidence["theme"] == "commit_reaffirm"]["match"].tolist() == [
        "atkārtoti apstiprina"
    ]
    assert result.items["n_matches"].tolist() == [len(evidence)]
    assert "commit_reaffirm" in result.items["themes"].iloc[0]


def test_tag_takes_a_document_for_its_items_and_says_what_else_it_cannot_tag():
    # tag(doc) raised "'Document' object is not subscriptable" from deep inside.
    from .conftest import SEED_FILES

    doc = polcompare.read(SEED_FILES["belarus"])
    by_doc, by_items = tag(doc, taxonomy="policy"), tag(doc.items, taxonomy="policy")
    assert by_doc.evidence.equals(by_items.evidence) and len(by_doc.evidence) > 0
    with pytest.raises(TypeError, match="needs a document's items .* not str"):
        tag("seeds/belarus-conclusions.lv.txt")


def test_own_dictionarys_result_is_named_after_it_not_oap(tmp_path):
    # A new user's own five themes came back with taxonomy "oap" in every row and in attrs,
    # and coverage() carried that name on: their themes labelled Oslo themes.
    path = tmp_path / "erw.yml"
    path.write_text("en:\n  cluster_munitions: [cluster munition*]\n", encoding="utf-8")
    items = pd.DataFrame({"item_id": ["d:1"], "text": ["Cluster munitions kill."], "lang": ["en"]})
    result = polcompare.tag(items, dictionary=path)
    assert result.items["taxonomy"].tolist() == ["erw"]
    assert result.items.attrs["taxonomy"] == "erw"
    assert result.items["themes"].tolist() == ["cluster_munitions"]
    named = polcompare.tag(items, dictionary=path, taxonomy="mine")
    assert named.items["taxonomy"].tolist() == ["mine"]
    assert polcompare.tag(items).items["taxonomy"].tolist() == ["oap"]


@pytest.mark.parametrize(
    ("lang", "text", "match"),
    [
        # Decision 2012/711/CFSP (EUR-Lex), an act on arms export control, in three versions:
        # its project activities carried no policy topic in any of them.
        ("en", "to promote improved controls on arms exports by third countries", "arms exports"),
        ("de", "die Rüstungsexportkontrolle in Drittländern", "Rüstungsexportkontrolle"),
        ("fr", "le contrôle des exportations d'armes des pays tiers", "contrôle des exportations"),
        ("lv", "uzlabot ieroču eksporta kontroli trešās valstīs", "ieroču eksporta"),
    ],
)
def test_arms_export_control_is_disarmament(lang, text, match):
    result = tag(_items((lang, text)), taxonomy="policy")
    assert result.items.loc[0, "themes"] == "disarmament"
    assert match in set(result.evidence["match"])


def test_extends_adds_words_to_a_shipped_language(tmp_path):
    # A new user adding three English phrases had to copy the shipped English section (320
    # lines): a section of a shipped language now adds its words, theme by theme.
    shipped = load_dictionary("stance")
    path = _dictionary(
        tmp_path, "extends: stance\nen:\n  commit_reaffirm: [stand ready, fully committed]\n"
    )
    mine = load_dictionary(path)
    assert mine.themes == shipped.themes
    en, base = mine.patterns["en"], shipped.patterns["en"]
    assert "stand ready" in base["commit_reaffirm"]  # a word shipped already is not doubled
    assert en["commit_reaffirm"] == (*base["commit_reaffirm"], "fully committed")
    assert en["condemn"] == base["condemn"] and mine.patterns["lv"] == shipped.patterns["lv"]
    items = pd.DataFrame(
        {
            "doc_id": ["a"],
            "item_id": ["a:1"],
            "lang": ["en"],
            "text": ["The EU stays fully committed to the Convention."],
        }
    )
    assert tag(items, dictionary=shipped).items["themes"].tolist() == [""]
    assert tag(items, dictionary=mine).items["themes"].tolist() == ["commit_reaffirm"]
    # oap's groups too: a word added under main
    text = "extends: oap\nen:\n  main:\n    survey_clearance: [area reduction]\n"
    oap = load_dictionary(_dictionary(tmp_path, text))
    assert oap.patterns["en"]["survey_clearance"][-1] == "area reduction"


def test_extends_removes_a_shipped_word(tmp_path):
    # A new user's French export-control law had "demandes d'autorisation" tagged urge_call:
    # to take the shipped word out she had to copy the whole file.
    shipped = load_dictionary("stance")
    text = "extends: stance\nremove:\n  fr:\n    urge_call: [demande, demander]\n"
    mine = load_dictionary(_dictionary(tmp_path, text))
    base = shipped.patterns["fr"]["urge_call"]
    assert mine.patterns["fr"]["urge_call"] == tuple(
        w for w in base if w not in ("demande", "demander")
    )
    assert mine.patterns["en"] == shipped.patterns["en"]
    # (after an article the shipped rules now read it as a noun; a heading has none)
    items = _items(("fr", "Demandes d'autorisation d'exportation et licences."))
    assert tag(items, dictionary=shipped).items["themes"].tolist() == ["urge_call"]
    assert tag(items, dictionary=mine).items["themes"].tolist() == [""]
    # through oap's groups too
    text = "extends: oap\nremove:\n  en:\n    survey_clearance: [clearance]\n"
    oap = load_dictionary(_dictionary(tmp_path, text))
    assert "clearance" not in oap.patterns["en"]["survey_clearance"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("remove:\n  fr:\n    urge_call: [demand]\n", "'demand' is not a word of the shipped"),
        ("remove:\n  fr:\n    urge: [demande]\n", "'urge' is no theme of the shipped stance"),
        ("remove:\n  fi:\n    urge_call: [x]\n", "has no 'fi' section"),
        ("remove:\n  fr:\n    urge_call: demande\n", "must be a list of words"),
        ("remove: [demande]\n", "'remove' must map languages"),
    ],
)
def test_a_bad_remove_names_the_file_and_the_word(tmp_path, text, words):
    path = _dictionary(tmp_path, "extends: stance\n" + text)
    with pytest.raises(DictionaryError) as err:
        load_dictionary(path)
    assert str(path) in str(err.value) and words in str(err.value)


def test_the_readmes_stance_dictionaries_load(tmp_path):
    # the README's examples of a file of one's own, copied as a user copies them
    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text("utf-8")
    blocks = [b.split("```", 1)[0] for b in readme.split("```yaml\n")[1:]]
    stance = [b for b in blocks if b.startswith("# stance") and "extends: stance" in b]
    assert len(stance) >= 2
    for k, block in enumerate(stance):
        mine = load_dictionary(_dictionary(tmp_path, block, name=f"s{k}.yml"))
        assert mine.themes == load_dictionary("stance").themes


def test_the_readme_names_oaps_groups_as_the_dictionary_has_them():
    # A new user writing oap-sv.yml had to read the shipped oap.yml to learn which themes
    # are cross-cutting: the README names them, and must name them as the file has them.
    from .conftest import ROOT

    readme = " ".join((ROOT / "README.md").read_text("utf-8").split())
    groups: dict[str, list[str]] = {}
    for theme, group in load_dictionary("oap").groups.items():
        groups.setdefault(group, []).append(theme)
    for group, themes in groups.items():
        assert f"`{group}` ({', '.join(themes)})" in readme


def test_punctuation_in_a_pattern_is_read_as_in_the_text(tmp_path):
    # A new user's "regulation (eu) no 833/2014" was refused as a bad pattern, though text and
    # patterns are tokenised alike: the brackets and the slash are dropped from both.
    path = _dictionary(
        tmp_path, "en:\n  sanctions: ['regulation (eu) no 833/2014', 'art. 5, para. 2']\n"
    )
    result = tag(
        _items(
            ("en", "Council Regulation (EU) No 833/2014 is amended."),
            ("en", "as set out in Art. 5, para. 2 thereof"),
            ("en", "Regulation (EU) No 269/2014 of 17 March 2014"),
        ),
        taxonomy="mine",
        dictionary=path,
    )
    assert result.items["themes"].tolist() == ["sanctions", "sanctions", ""]
    assert result.evidence["match"].tolist() == ["Regulation (EU) No 833/2014", "Art. 5, para. 2"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rules:\n  elsewhere: [x]\nlv:\n  a: [x]\n", "rule 'elsewhere' needs 'patterns'"),
        ("rules:\n  elsewhere: {patterns: {lv: x}}\nlv:\n  a: [x]\n", "bad entry 'lv'"),
        ("rules:\n  elsewhere: {patterns: {lv: [x]}, share: 1}\nlv:\n  a: [x]\n", "needs"),
        (
            "rules:\n  elsewhere: {patterns: {lv: [y]}}\nlv:\n  a: [x]\n",
            "'y' is not one of the language's patterns",
        ),
    ],
)
def test_a_bad_elsewhere_rule_is_named(tmp_path, text, message):
    path = tmp_path / "bad.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message) as info:
        load_dictionary(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The EU is ready to work with all partners towards the complete, verifiable and "
            "irreversible denuclearisation of the Korean peninsula.",
        ),
        ("fr", "L'UE appelle à la dénucléarisation complète de la péninsule coréenne."),
        ("de", "Ziel bleibt die vollständige Denuklearisierung der koreanischen Halbinsel."),
    ],
)
def test_denuclearisation_is_nuclear(lang, text):
    # New user 64: the Korean peninsula's "denuclearisation" had no topic at all
    items = pd.DataFrame({"item_id": ["x:1"], "lang": [lang], "text": [text]})
    assert tag(items, taxonomy="policy").items.loc[0, "themes"] == "nuclear"
