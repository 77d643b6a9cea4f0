import pandas as pd
import pytest

import polcompare
from polcompare.facts import (
    COMPARISON_COLUMNS,
    FACT_COLUMNS,
    SUMMARY_COLUMNS,
    compare_facts,
    extract_facts,
    fact_summary,
)

from .conftest import ROOT


def _facts(text, lang, **kw):
    return [(r.kind, r.value) for r in extract_facts(text, lang, **kw).itertuples()]


# --- extraction ------------------------------------------------------------------------

AMOUNTS = [
    ("2022. gadā piešķirot 26 miljonus EUR", "lv", [("year", "2022"), ("amount", "26000000")]),
    ("un 2023. gadā – 38,5 miljonus EUR", "lv", [("year", "2023"), ("amount", "38500000")]),
    ("atbalsts līdz 3 miljardiem EUR.", "lv", [("amount", "3000000000")]),
    ("har afsat 26 mio. EUR i 2022", "da", [("amount", "26000000"), ("year", "2022")]),
    ("og 38,5 mio. EUR i 2023", "da", [("amount", "38500000"), ("year", "2023")]),
    ("a grant of EUR 5 million", "en", [("amount", "5000000")]),
    ("a grant of €2.5 million", "en", [("amount", "2500000")]),
    ("projekts 100 000 EUR apmērā", "lv", [("amount", "100000")]),
    ("verdt 418 millioner kroner.", "nb", [("amount", "418000000 NOK")]),
    ("Bevilger 345 millioner til humanitær minerydding", "nb", [("amount", "345000000 NOK")]),
    ("et tilskud på 5 mio. kr.", "da", [("amount", "5000000 DKK")]),
    ("USD 3 million", "en", [("amount", "3000000 USD")]),
    # No currency: a scaled number, not an amount.
    ("de nesten 52 millionene lagrede minene", "nb", [("number", "52000000")]),
]

YEARS = [
    ("Ilgtspējīgas attīstības programmas 2030. gadam izpildi", "lv", [("year", "2030")]),
    ("opfyldelsen af 2030-dagsordenen", "da", [("year", "2030")]),
    ("i 2022 og i 2023", "da", [("year", "2022"), ("year", "2023")]),
    ("1997-konventionen", "da", [("year", "1997")]),
    ("Rezolūciju 1540 (2004)", "lv", [("number", "1540"), ("year", "2004")]),
    # a resolution numbered like a year (new user 68: "2014" and "2051" were read as years)
    (
        "ses résolutions 2014 (2011) et 2051 (2012)",
        "fr",
        [("number", "2014"), ("year", "2011"), ("number", "2051"), ("year", "2012")],
    ),
    ("RCSONU 2140 (2014)", "ro", [("number", "2140"), ("year", "2014")]),
    ("adoptată la 26 februarie 2014", "ro", [("date", "2014-02-26")]),
    ("resolution 2216\u00a0(2015)", "en", [("number", "2216"), ("year", "2015")]),
    ("2023. gada martā", "lv", [("year", "2023")]),
    ("vedtatt i Oslo i september 1997", "nb", [("year", "1997")]),
    # Latvian writes years with a period: a bare one before a word is a count.
    ("vairāk nekā 2000 ekspertu", "lv", [("number", "2000")]),
    ("between 1899 and 2100", "en", [("number", "1899"), ("number", "2100")]),
]

DATES = [
    ("Kopš 2013. gada 1. jūnija visas", "lv", [("date", "2013-06-01")]),
    ("(2021. gada 18. februāris)", "lv", [("date", "2021-02-18")]),
    ("2022. gada 3. oktobri", "lv", [("date", "2022-10-03")]),
    ("siden den 1. juni 2013.", "da", [("date", "2013-06-01")]),
    ("2021/257 af 18. februar 2021 til", "da", [("number", "2021/257"), ("date", "2021-02-18")]),
    ("18. september 2017 var det", "nb", [("date", "2017-09-18")]),
    ("on 18 February 2021", "en", [("date", "2021-02-18")]),
    # German and French month names (their language files' months): a date, not a day and a year
    ("Der Rat hat am 12. Dezember 2003 die Strategie angenommen", "de", [("date", "2003-12-12")]),
    ("le Conseil a adopté le 18 février 2021 une décision", "fr", [("date", "2021-02-18")]),
    ("on February 18, 2021", "en", [("date", "2021-02-18")]),
    # Spanish, Portuguese, Italian and Dutch (a new user's EU acts: "de 22 de diciembre de 2021"
    # was a year and a day, its month unread)
    (
        "Decisión (PESC) 2021/2309 del Consejo de 22 de diciembre de 2021",
        "es",
        [("number", "2021/2309"), ("date", "2021-12-22")],
    ),
    ("adoptada em 22 de dezembro de 2021", "pt", [("date", "2021-12-22")]),
    ("adottata il 22 dicembre 2021", "it", [("date", "2021-12-22")]),
    ("vastgesteld op 22 december 2021", "nl", [("date", "2021-12-22")]),
    ("25.06.2019", "nb", [("date", "2019-06-25")]),
    ("2021-02-18", "en", [("date", "2021-02-18")]),
    ("2024. gada 25.–29. novembrī", "lv", [("date", "2024-11-25/2024-11-29")]),
    ("(den 25.-29. november 2024 i Siem Reap)", "da", [("date", "2024-11-25/2024-11-29")]),
    ("25-29 November 2024", "en", [("date", "2024-11-25/2024-11-29")]),
    (
        "2023. gada 1. jūlijs – 2026. gada 30. jūnijs",
        "lv",
        [("date", "2023-07-01/2026-06-30")],
    ),
    ("den 25. november – 2. december 2024", "da", [("date", "2024-11-25/2024-12-02")]),
    ("1 June–30 June 2024", "en", [("date", "2024-06-01/2024-06-30")]),
    ("2021. gada 11. un 12. novembrī", "lv", [("date", "2021-11-11"), ("date", "2021-11-12")]),
    ("overtar presidentskapet 30. november.", "nb", [("date", "--11-30")]),
    # "may" is a verb unless capitalised.
    ("Article 5 may apply", "en", [("article", "5")]),
]

ARTICLES = [
    ("5. pants", "lv", [("article", "5")]),
    ("el artículo 7, apartado 4", "es", [("article", "7(4)")]),
    ("os artigos 5 e 7", "pt", [("article", "5"), ("article", "7")]),
    ("savu 5. pantā noteikto saistību", "lv", [("article", "5")]),
    ("Komiteju 5. panta īstenošanas jautājumos", "lv", [("article", "5")]),
    ("ICSANT 2. pantu", "lv", [("article", "2")]),
    ("7. panta 4. punktu", "lv", [("article", "7(4)")]),
    ("5. un 7. pantā", "lv", [("article", "5"), ("article", "7")]),
    ("i henhold til artikel 5, navnlig", "da", [("article", "5")]),
    ("for artikel 5-udvalget", "da", [("article", "5")]),
    ("hvordan artikel 5-processen kan styrkes", "da", [("article", "5")]),
    ("artikel 7, stk. 4", "da", [("article", "7(4)")]),
    ("artikler 5 og 7", "da", [("article", "5"), ("article", "7")]),
    ("artikkel 5", "nb", [("article", "5")]),
    ("Article 5", "en", [("article", "5")]),
    ("Article 7(4)", "en", [("article", "7(4)")]),
    ("Articles 3-5", "en", [("article", "3"), ("article", "4"), ("article", "5")]),
    # The citation of every CFSP decision, in the languages a user compares it in: the
    # paragraph was a bare number ("Articles 28", "1", "31", "1"), so two versions of one
    # citation disagreed on six facts.
    (
        "in particular Articles 28(1) and 31(1) thereof",
        "en",
        [("article", "28(1)"), ("article", "31(1)")],
    ),
    ("Articles 5, 7(2) and 9", "en", [("article", "5"), ("article", "7(2)"), ("article", "9")]),
    (
        "insbesondere auf Artikel 26 Absatz 2 und Artikel 31 Absatz 1,",
        "de",
        [("article", "26(2)"), ("article", "31(1)")],
    ),
    (
        "et notamment son article 28, paragraphe 1, et son article 31, paragraphe 1,",
        "fr",
        [("article", "28(1)"), ("article", "31(1)")],
    ),
    # The same citation in Swedish: the Official Journal writes the paragraph after a dot, and
    # "42.4" was the number 42.4, so the sv/da versions of a decision disagreed on four facts.
    (
        "särskilt artiklarna 42.4 och 43.2,",
        "sv",
        [("article", "42(4)"), ("article", "43(2)")],
    ),
    (
        "artiklarna 14, 18.5 och 23.2",
        "sv",
        [("article", "14"), ("article", "18(5)"), ("article", "23(2)")],
    ),
    ("artikel 3.3 i det beslutet", "sv", [("article", "3(3)")]),
    ("artikel 2 punkt 1 definieras", "sv", [("article", "2(1)")]),
    # A list after the language's "and" (the articles' words are in the language files).
    ("les articles 60 et 301,", "fr", [("article", "60"), ("article", "301")]),
    ("Artikel 5 und 7 des Vertrags", "de", [("article", "5"), ("article", "7")]),
    ("Art. 6 Abs. 1 G v.", "de", [("article", "6(1)")]),
    # An inserted article keeps its letter; a glued "U.K." is not one.
    ("„Artikel 2a Den in", "de", [("article", "2a")]),
    ("Article 1U.K.+E.U.", "en", [("article", "1")]),
]

ORDINALS = [
    ("Pušu 21. sanāksmes", "lv", [("ordinal", "21")]),
    ("fra det 21. møde", "da", [("ordinal", "21")]),
    ("the 21st meeting", "en", [("ordinal", "21")]),
    ("Padome secinājumus apstiprināja 4028. sanāksmē", "lv", [("ordinal", "4028")]),
    ("ceturtā", "lv", [("ordinal", "4")]),
    ("kopš ceturtās pārskatīšanas", "lv", [("ordinal", "4")]),
    ("Konvencijas ceturtajā pārskatīšanas konferencē", "lv", [("ordinal", "4")]),
    ("piektā", "lv", [("ordinal", "5")]),
    ("piektās pārskatīšanas", "lv", [("ordinal", "5")]),
    ("gaidāmo piekto Konvencijas", "lv", [("ordinal", "5")]),
    ("trešajā globālajā konferencē", "lv", [("ordinal", "3")]),
    ("trešā", "lv", [("ordinal", "3")]),
    ("pirmais", "lv", [("ordinal", "1")]),
    ("pirmo soli", "lv", [("ordinal", "1")]),
    ("pirmajā", "lv", [("ordinal", "1")]),
    ("septītais", "lv", [("ordinal", "7")]),
    ("divpadsmitajā", "lv", [("ordinal", "12")]),
    ("divdesmitā", "lv", [("ordinal", "20")]),
    ("divdesmit piektajā", "lv", [("ordinal", "25")]),
    ("den fjerde gennemgangskonference", "da", [("ordinal", "4")]),
    ("den kommende femte", "da", [("ordinal", "5")]),
    ("den tredje globale konference", "da", [("ordinal", "3")]),
    ("første gang", "da", [("ordinal", "1")]),
    ("den anden konference", "da", [("ordinal", "2")]),
    ("sekstende", "da", [("ordinal", "16")]),
    ("femogtyvende", "da", [("ordinal", "25")]),
    ("den fjerde", "nb", [("ordinal", "4")]),
    ("den andre konferansen", "nb", [("ordinal", "2")]),
    ("tjuefemte", "nb", [("ordinal", "25")]),
    ("the fourth Review Conference", "en", [("ordinal", "4")]),
    ("the second meeting", "en", [("ordinal", "2")]),
    ("twentieth", "en", [("ordinal", "20")]),
    ("twenty-fifth", "en", [("ordinal", "25")]),
]

NUMBERS = [
    ("atgādināt, ka 14 Pusēm līdz 2025. gadam", "lv", [("number", "14"), ("year", "2025")]),
    ("33 valstis", "lv", [("number", "33")]),
    ("vairāk nekā 10 000 lietotāju", "lv", [("number", "10000")]),
    ("vairāk nekā 10\u00a0000 lietotāju", "lv", [("number", "10000")]),
    ("1500 dalībnieku", "lv", [("number", "1500")]),
    ("38,5 procenti", "lv", [("number", "38.5")]),
    ("10.000 stater", "da", [("number", "10000")]),
    ("1,500 experts and 38.5 per cent", "en", [("number", "1500"), ("number", "38.5")]),
    ("iznākumu Nr. 1.2.3", "lv", [("number", "1.2.3")]),
    ("Lēmumu (KĀDP) 2021/257", "lv", [("number", "2021/257")]),
    ("divdesmit pieci gadi", "lv", [("number", "25")]),
    ("pēdējo divdesmit piecu gadu laikā", "lv", [("number", "25")]),
    ("nākamajiem pieciem gadiem", "lv", [("number", "5")]),
    ("viens no 19 instrumentiem", "lv", [("number", "1"), ("number", "19")]),
    ("deviņpadsmit", "lv", [("number", "19")]),
    ("simt divdesmit valstis", "lv", [("number", "120")]),
    ("divi tūkstoši", "lv", [("number", "2000")]),
    ("trīs (3) sesijas", "lv", [("number", "3")]),
    ("četrus (4) turpmākus", "lv", [("number", "4")]),
    ("de kommende fem år", "da", [("number", "5")]),
    ("femogtyve år", "da", [("number", "25")]),
    ("to hundrede", "da", [("number", "200")]),
    ("en million mennesker", "da", [("number", "1000000")]),
    ("et hundrede og fem", "da", [("number", "105")]),
    ("fem land", "nb", [("number", "5")]),
    ("tjuefem år", "nb", [("number", "25")]),
    ("ett tusen", "nb", [("number", "1000")]),
    ("five States", "en", [("number", "5")]),
    ("twenty-five years", "en", [("number", "25")]),
    ("one hundred and five", "en", [("number", "105")]),
    ("a hundred States", "en", [("number", "100")]),
]

NOT_FACTS = [
    # Articles, not the number 1.
    ("en verden uden personelminer", "da"),
    ("et politisk tilsagn", "da"),
    ("en stor innsats og ett mål", "nb"),
    ("ei stor sak", "nb"),
    # Idioms.
    ("nekur, nekad un ne no viena aktora puses", "lv"),
    ("ne viena valsts", "lv"),
    ("palīdz viens otram", "lv"),
    ("otrā pusē", "lv"),
    ("pirmām kārtām", "lv"),
    ("for det første", "da"),
    ("andet end minerydning og de andre stater", "da"),
    ("de andre landene", "nb"),
    ("no one knows; one another", "en"),
    ("we second the motion", "en"),
    # Vague plurals.
    ("millioner af mennesker", "da"),
    ("tūkstošiem cilvēku", "lv"),
    ("thousands of people", "en"),
    # Footnote marks glued to words, and codes.
    ("om deres destruktion1. EU og dets", "da"),
    ("the Convention.1 The Union", "en"),
    ("the G7 and CO2", "en"),
    # Roman numerals.
    ("ietverts II iedaļā", "lv"),
]


@pytest.mark.parametrize(
    "text, lang, expected", AMOUNTS + YEARS + DATES + ARTICLES + ORDINALS + NUMBERS
)
def test_extract_facts(text, lang, expected):
    assert _facts(text, lang) == expected


@pytest.mark.parametrize("text, lang", NOT_FACTS)
def test_extract_facts_skips_what_is_not_a_fact(text, lang):
    assert _facts(text, lang) == []


@pytest.mark.parametrize(
    "footnotes, expected",
    [((), [("number", "1")]), (["1"], []), (["2"], [("number", "1")])],
)
def test_a_footnote_mark_apart_from_its_word_needs_the_footnote_list(footnotes, expected):
    text = "to iznīcināšanu 1. ES un tās dalībvalstis"
    assert _facts(text, "lv", footnotes=footnotes) == expected


@pytest.mark.parametrize(
    "text, lang, surfaces",
    [
        ("siden den 1. juni 2013.", "da", ["1. juni 2013"]),
        ("2022. gadā piešķirot 26 miljonus EUR", "lv", ["2022", "26 miljonus EUR"]),
        ("trīs (3) sesijas", "lv", ["trīs (3)"]),
        ("for artikel 5-udvalget", "da", ["artikel 5"]),
        ("Tagad, kad apritējuši divdesmit pieci gadi", "lv", ["divdesmit pieci"]),
    ],
)
def test_surface_is_the_text_of_the_fact(text, lang, surfaces):
    facts = extract_facts(text, lang)
    assert facts["surface"].tolist() == surfaces
    assert all(text[r.start : r.end] == r.surface for r in facts.itertuples())


def test_extract_facts_columns_and_empty_result():
    empty = extract_facts("Padome uzsver partnerību.", "lv")
    assert list(empty.columns) == FACT_COLUMNS
    assert empty.empty
    assert str(empty["start"].dtype) == "int64"
    assert list(extract_facts("14 stater", "xx").itertuples(index=False)) == [
        ("number", "14", "14", 0, 2)
    ]


# --- comparison ----------------------------------------------------------------------------


def _items(lang, texts, *, footnotes=None):
    """A tiny items table: one item per text, keyed intro 1, 2, ..."""
    rows = []
    for k, text in enumerate(texts, 1):
        rows.append(
            {
                "doc_id": f"doc.{lang}",
                "lang": lang,
                "item_id": f"doc.{lang}:intro:{k}",
                "section": "intro",
                "number": str(k),
                "letter": "",
                "text": text,
                "footnotes": (footnotes or {}).get(k, ""),
            }
        )
    return pd.DataFrame(rows)


def _rows(comparison):
    cols = ["kind", "value", "count_a", "count_b", "status", "reason"]
    return [tuple(r) for r in comparison[cols].itertuples(index=False)]


@pytest.mark.parametrize(
    "lv, da, expected",
    [
        # The same facts, same forms.
        (
            "atgādināt, ka 14 Pusēm līdz 2025. gadam",
            "minde om, at 14 kontraherende stater senest i 2025",
            [("number", "14", 1, 1, "match", ""), ("year", "2025", 1, 1, "match", "")],
        ),
        # Form-only differences of the same kind.
        (
            "Ilgtspējīgas attīstības programmas 2030. gadam izpildi",
            "opfyldelsen af 2030-dagsordenen",
            [("year", "2030", 1, 1, "match", "")],
        ),
        (
            "apritējuši divdesmit pieci gadi",
            "25 år efter",
            [("number", "25", 1, 1, "match", "")],
        ),
        # Kind differences reconciled.
        (
            "vairāk nekā 2000 ekspertu",
            "over 2000 eksperter",
            [
                (
                    "year",
                    "2000",
                    1,
                    1,
                    "match",
                    "same value, different form: da has 2000 as a year, lv as a number ('2000')",
                )
            ],
        ),
        (
            "2021. gada 18. februāris",
            "i 2021, den 18. i februar",
            [
                (
                    "date",
                    "2021-02-18",
                    1,
                    1,
                    "match",
                    "same date, different form: da gives it as a year and a day",
                )
            ],
        ),
        (
            "2024. gada 25.–29. novembrī",
            "fra 25. november 2024 til 29. november 2024",
            [
                (
                    "date",
                    "2024-11-25/2024-11-29",
                    1,
                    1,
                    "match",
                    "same dates: lv gives a range, da the two dates",
                )
            ],
        ),
        (
            "piešķirot 26 miljonus EUR",
            "afsat 26 mio.",
            [
                (
                    "amount",
                    "26000000",
                    1,
                    1,
                    "match",
                    "same amount; lv names the currency, da gives only the number '26 mio.'",
                )
            ],
        ),
        # Real differences.
        (
            "14 Pusēm",
            "15 stater",
            [
                ("number", "14", 1, 0, "mismatch", "only in lv: 14 (number); da has 15 instead"),
                ("number", "15", 0, 1, "mismatch", "only in da: 15 (number); lv has 14 instead"),
            ],
        ),
        (
            "2022. gadā un vēl 2022. gadā",
            "i 2022",
            [("year", "2022", 2, 1, "mismatch", "lv states 2022 twice, da once")],
        ),
        (
            "Padome",
            "opfyldelsen af 2030-dagsordenen",
            [("year", "2030", 0, 1, "mismatch", "only in da: 2030 (year)")],
        ),
        (
            "Kopš 2013. gada 1. jūnija",
            "siden juni 2013",
            [
                (
                    "date",
                    "2013-06-01",
                    1,
                    0,
                    "mismatch",
                    "only in lv: 2013-06-01 (date); lv gives the full date 2013-06-01, "
                    "da only the year 2013",
                ),
                (
                    "year",
                    "2013",
                    0,
                    1,
                    "mismatch",
                    "only in da: 2013 (year); lv gives the full date 2013-06-01 instead",
                ),
            ],
        ),
        # An article is not reconciled with a bare number.
        (
            "5. pantā",
            "punkt 5",
            [
                ("article", "5", 1, 0, "mismatch", "only in lv: 5 (article)"),
                ("number", "5", 0, 1, "mismatch", "only in da: 5 (number)"),
            ],
        ),
    ],
)
def test_compare_facts(lv, da, expected):
    comparison = compare_facts(_items("lv", [lv]), _items("da", [da]))
    assert list(comparison.columns) == COMPARISON_COLUMNS
    assert _rows(comparison) == expected


def test_a_swedish_and_a_danish_citation_of_the_same_articles_agree():
    # A new user's sv/da pair of one CFSP decision: four false mismatches in its citation.
    sv = _items("sv", ["med beaktande av fördraget, särskilt artiklarna 42.4 och 43.2,"])
    da = _items(
        "da", ["under henvisning til traktaten, særlig artikel 42, stk. 4, og artikel 43, stk. 2,"]
    )
    da["item_id"] = sv["item_id"]
    rows = _rows(compare_facts(sv, da))
    assert rows == [
        ("article", "42(4)", 1, 1, "match", ""),
        ("article", "43(2)", 1, 1, "match", ""),
    ]


def test_every_article_table_in_the_language_files_has_its_four_lists():
    from polcompare.facts._words import language_codes, language_words

    tables = {code: language_words(code).get("articles") for code in language_codes()}
    # every language has one (Nynorsk reads Bokmål's): a language without would read "artiklit
    # 29" as the number 29 against another version's article 29
    assert all(tables.values()) and set(tables) >= {"et", "fi", "pl", "cs", "hu", "lt"}
    for code, table in tables.items():
        if table:
            assert sorted(table) in (
                ["joins", "many", "one", "paragraph"],
                ["after", "joins", "paragraph_after"],  # number-first: lv "5. pants"
            ), code
            assert all(
                isinstance(w, str) and w == w.lower() for ws in table.values() for w in ws
            ), code


def test_compare_facts_aligns_by_key_and_reports_missing_items():
    lv = _items("lv", ["14 Pusēm", "Padome"])
    da = _items("da", ["14 stater"])
    comparison = compare_facts(lv, da)
    assert comparison[["number", "item_id_a", "item_id_b", "status"]].values.tolist() == [
        ["1", "doc.lv:intro:1", "doc.da:intro:1", "match"]
    ]
    lv = _items("lv", ["14 Pusēm", "33 valstis"])
    comparison = compare_facts(lv, da)
    last = comparison.iloc[-1]
    assert (last["number"], last["item_id_b"], last["status"]) == ("2", "", "mismatch")
    assert last["reason"] == "only in lv: 33 (number); item missing in da"


def test_compare_facts_uses_the_footnotes_column():
    lv_text = "to iznīcināšanu 1. ES"
    with_marks = compare_facts(_items("lv", [lv_text], footnotes={1: "1"}), _items("da", ["EU"]))
    assert with_marks.empty
    without = compare_facts(_items("lv", [lv_text]), _items("da", ["EU"]))
    assert _rows(without) == [("number", "1", 1, 0, "mismatch", "only in lv: 1 (number)")]


def test_compare_facts_needs_the_key_columns():
    with pytest.raises(ValueError, match="lacks column"):
        compare_facts(_items("lv", ["14"]).drop(columns="letter"), _items("da", ["14"]))


def test_fact_summary_lists_every_aligned_item():
    lv = _items("lv", ["14 Pusēm līdz 2025. gadam", "Padome", "33 valstis"])
    da = _items("da", ["14 stater senest i 2025", "Rådet", "34 stater"])
    summary = fact_summary(compare_facts(lv, da))
    assert list(summary.columns) == SUMMARY_COLUMNS
    assert summary.values.tolist() == [
        ["intro", "1", "", 2, 2, 2, 0, True],
        ["intro", "2", "", 0, 0, 0, 0, True],
        ["intro", "3", "", 1, 1, 0, 2, False],
    ]
    bare = compare_facts(lv, da)
    bare.attrs.clear()  # without the list of aligned items, only items with facts
    assert fact_summary(bare)["number"].tolist() == ["1", "3"]


# --- golden: the two versions of the position paper ----------------------------------------


@pytest.fixture(scope="module")
def position(seeds):
    lv, da = seeds["position_lv"].items, seeds["position_da"].items
    comparison = compare_facts(lv, da)
    return lv, da, comparison, fact_summary(comparison)


def _values(comparison, number, letter="", section="intro", kind=None):
    rows = comparison[
        (comparison.section == section)
        & (comparison.number == number)
        & (comparison.letter == letter)
    ]
    if kind:
        rows = rows[rows.kind == kind]
    return {(r.kind, r.value): (r.count_a, r.count_b) for r in rows.itertuples()}


def test_golden_every_aligned_item_agrees(position):
    lv, da, comparison, summary = position
    assert len(summary) == 54
    assert summary.agree.all()
    assert (comparison.status == "match").all()
    assert (comparison.reason == "").all()  # nothing needed reconciling across kinds
    assert summary.n_facts_a.sum() == summary.n_facts_b.sum() == 39
    items_with_facts = summary[summary.n_facts_a > 0]
    assert len(items_with_facts) == 20


@pytest.mark.parametrize("count", ["count_a", "count_b"])
def test_golden_fact_counts_per_kind(position, count):
    _, _, comparison, _ = position
    # Nothing was reconciled, so the counts are the facts extracted from each version.
    assert comparison.groupby("kind")[count].sum().to_dict() == {
        "amount": 4,
        "article": 7,
        "date": 3,
        "number": 6,
        "ordinal": 7,
        "year": 12,
    }


def test_golden_key_facts(position):
    _, _, comparison, _ = position
    assert _values(comparison, "4", kind="amount") == {
        ("amount", "26000000"): (1, 1),
        ("amount", "38500000"): (1, 1),
        ("amount", "8500000"): (1, 1),
        ("amount", "16000000"): (1, 1),
    }
    assert _values(comparison, "4", kind="year") == {
        ("year", "2019"): (1, 1),
        ("year", "2022"): (2, 2),
        ("year", "2023"): (2, 2),
    }
    assert _values(comparison, "5", kind="date") == {("date", "2021-02-18"): (1, 1)}
    assert _values(comparison, "7", kind="date") == {("date", "2024-11-25/2024-11-29"): (1, 1)}
    assert _values(comparison, "3", "c", section="review") == {
        ("number", "14"): (1, 1),
        ("year", "2025"): (1, 1),
    }
    assert _values(comparison, "3", "h", section="review") == {("article", "5"): (2, 2)}
    assert _values(comparison, "7", section="declaration") == {
        ("year", "2017"): (1, 1),
        ("number", "33"): (1, 1),
    }
    # Latvian words, Danish digits: "divdesmit pieci gadi" / "25 år".
    row = comparison[(comparison.section == "intro") & (comparison.number == "2")].iloc[0]
    assert (row.kind, row.value, row.surface_a, row.surface_b) == (
        "number",
        "25",
        "divdesmit pieci",
        "25",
    )


def test_golden_idioms_and_footnotes_are_not_numbers(position):
    lv, da, comparison, _ = position
    # "ne no viena aktora puses" (intro 3, declaration 5) and the footnote mark of
    # intro 1 ("iznīcināšanu 1. ES" / "destruktion1.") give no facts.
    assert _values(comparison, "3") == {}
    assert _values(comparison, "5", section="declaration") == {}
    assert _values(comparison, "1") == {("date", "2013-06-01"): (1, 1)}


# --- word tables --------------------------------------------------------------------------


def test_language_word_files():
    from polcompare.facts._words import language_code, language_codes, language_words

    codes = set(language_codes())
    assert {"ca", "da", "de", "en", "es", "et", "fr", "lv", "nb", "pl", "sv"} <= codes
    assert "nn" not in language_codes()
    assert language_code("nn") == language_code("no") == language_code("nb-NO") == "nb"
    assert language_words("nn") is language_words("nb")
    assert language_words("tlh") == language_words("") == language_words("../x") == {}
    assert language_words("de")["months"][
        11
    ] == "dezember" and "number_words" not in language_words("fr")
    for code in ("da", "en", "lv", "nb"):
        assert language_words(code)["number_words"] and language_words(code)["scales"]
    assert language_words("sv")["currency"] == {"kr": "SEK"}


def test_an_undetermined_language_still_gives_the_language_free_facts():
    # align() and series() call this for items whose language could not be told.
    from polcompare.facts import extract_facts

    facts = extract_facts("On 3 May 2024 the EU gave 8.5 million euros.", "und")
    assert ("date", "2024-05-03") in set(zip(facts["kind"], facts["value"], strict=True))


def test_a_fact_in_words_is_not_looked_for_in_a_language_without_number_words():
    # The English and Czech versions of the European Parliament's resolution of 20 November
    # 2008 on cluster munitions: "the first ... the sixth ... the thirtieth" were 3 mismatches
    # ("only in en: 6 (ordinal)"), though no language file gives Czech number words.
    folder = ROOT / "eval/parse/holdout20"
    en, cs = (
        polcompare.read(folder / f"eu-ep-resolution-2008-11-20-{name}-ta-6-2008-0565.{lang}.txt")
        for name, lang in (
            ("convention-cluster-munitions", "en"),
            ("umluva-o-kazetove-munici", "cs"),
        )
    )
    facts = compare_facts(en.items, cs.items)
    # (8 facts: the lines above "The European Parliament," are headings, no longer a paragraph;
    # "Rule 108(5)" and "čl. 108 odst. 5" are one article each, not two numbers and an article)
    assert set(facts["status"]) == {"match"} and len(facts) == 8
    # A language with number words is still held to them: "sixth" against nothing in Danish.
    en_item = polcompare.read_bytes(b"1. The sixth meeting was held.\n", name="a.en.txt")
    da_item = polcompare.read_bytes("1. Mødet blev afholdt.\n".encode(), name="b.da.txt", lang="da")
    words = compare_facts(en_item.items, da_item.items)
    assert words[["kind", "value", "status"]].values.tolist() == [["ordinal", "6", "mismatch"]]
    # An ordinal in digits is looked for everywhere: "6th" against nothing in Czech is a
    # mismatch (a count up to 100 is not: Czech may write it in words its file lacks)
    digits = polcompare.read_bytes(b"1. The 6th meeting was held.\n", name="c.en.txt", lang="en")
    cs_item = polcompare.read_bytes("1. Schůze se konala.\n".encode(), name="d.cs.txt", lang="cs")
    assert compare_facts(digits.items, cs_item.items)["status"].tolist() == ["mismatch"]
    count = polcompare.read_bytes(b"1. The 6 members met.\n", name="e.en.txt", lang="en")
    assert compare_facts(count.items, cs_item.items).empty


def test_a_web_pages_bracketed_footnote_mark_is_no_number():
    # EEAS statements mark a candidate country's footnote as "Albania[1]": it was read as
    # the number 1, and a series of the EU's statements on mine clearance called a
    # paragraph changed for 'facts: - number:1' when the mark moved to another country.
    text = "The candidate countries North Macedonia, Montenegro, Albania[1] and Ukraine align"
    assert extract_facts(text, "en").empty
    facts = extract_facts("Article 5[2] binds 25 States Parties since 2021[3].", "en")
    assert facts[["kind", "value"]].values.tolist() == [
        ["article", "5"],
        ["number", "25"],
        ["year", "2021"],
    ]
    # a bracketed number standing apart is still a number
    assert extract_facts("as set out in paragraph [3] of the report", "en")["value"].tolist() == [
        "3"
    ]


def test_an_acts_number_is_read_whole_and_its_journal_note_call_is_no_number():
    # EUR-Lex prints an act's number with its series ("2013/768/CFSP", lv "2013/768/KĀDP")
    # and the Official Journal's note call after it ("2017/915 (2) of 29 May 2017"): the
    # number was read as the year 2013, and the call as the number 2 (a new user's series
    # said a recital had gained 'number:2').
    en = "On 16 December 2013, the Council adopted Decision 2013/768/CFSP (1)."
    lv = "Padome 2013. gada 16. decembrī pieņēma Lēmumu 2013/768/KĀDP (1)."
    for text, lang in ((en, "en"), (lv, "lv")):
        assert extract_facts(text, lang)[["kind", "value"]].values.tolist() == [
            ["date", "2013-12-16"],
            ["number", "2013/768"],
        ]
    facts = extract_facts("Council Decision (CFSP) 2017/915 (2) of 29 May 2017", "en")
    assert facts["value"].tolist() == ["2017/915", "2017-05-29"]
    # a date written with slashes is still no reference, a list's "(2)" elsewhere still a number
    assert extract_facts("signed on 12/05/2020 in Paris", "en")["value"].tolist() == ["12"]
    assert "2" in extract_facts("under paragraph (2) of the Treaty", "en")["value"].tolist()


def test_a_date_whose_month_the_language_file_lacks_is_not_called_another_form(monkeypatch):
    from polcompare.facts import compare, extract
    from polcompare.facts._words import language_words

    # A new user's French and Spanish versions of Council Decision 2010/336/CFSP: "le 12
    # décembre 2003" against "El 12 de diciembre de 2003" was reconciled with the reason
    # "same date, different form: es gives it as a year and a day", though the Spanish text
    # gives the full date: es.yml has no month names, so its month was never read.
    fr = _items("fr", ["Le 12 décembre 2003, le Conseil européen a adopté la stratégie."])
    es = _items("es", ["El 12 de diciembre de 2003, el Consejo Europeo adoptó la Estrategia."])
    facts = compare_facts(fr, es)
    row = facts.loc[facts["kind"] == "date"].iloc[0]
    assert (row["value"], row["status"], row["reason"]) == ("2003-12-12", "match", "")
    # es.yml names the months now; a language file without them still gets the plain reason
    es_words = {k: v for k, v in language_words("es").items() if k != "months"}
    monkeypatch.setattr(compare, "language_words", lambda code: es_words)
    monkeypatch.setattr(extract, "_MONTH_NAMES", {"décembre": 12})
    row = compare_facts(fr, es).loc[lambda f: f["kind"] == "date"].iloc[0]
    assert row["status"] == "match" and "different form" not in row["reason"]
    assert "es.yml has no months" in row["reason"] and "month was not read" in row["reason"]
    monkeypatch.undo()
    # A language whose file names the months keeps the old reason (Danish "i 2021, den 18.").
    lv = _items("lv", ["2021. gada 18. februāris"])
    da = _items("da", ["i 2021, den 18. i februar"])
    assert "different form: da gives it as a year and a day" in compare_facts(lv, da)["reason"][0]
    assert compare._has_months("lv")  # its months are stems that decline ("februār-")


def test_articles_in_the_languages_that_decline_the_word_or_put_the_number_first():
    # A new user's French and Estonian versions of Decision (CFSP) 2024/1204: "l'article 29"
    # against "artiklit 29" was "only in fr: 29 (article)" and "only in et: 29 (number)", and
    # the Estonian footnote call after a comma, "2017/1775, (1) millega", a number 1
    from polcompare.facts import extract_facts

    def facts(text, lang):
        return extract_facts(text, lang)[["kind", "value"]].values.tolist()

    assert facts("vastavalt Euroopa Liidu lepingu artiklit 29,", "et") == [["article", "29"]]
    assert facts("artiklite 5 ja 7 ning artikli 29 lõike 1", "et") == [
        ["article", "5"],
        ["article", "7"],
        ["article", "29(1)"],
    ]
    assert facts("vastu otsuse (ÜVJP) 2017/1775, (1) millega", "et") == [["number", "2017/1775"]]
    # number-first: the number before the word, a paragraph's number before its stem
    assert facts("SEU:n 29 artiklan 1 kohdan", "fi") == [["article", "29(1)"]]
    assert facts("az EUSZ 29. cikke alapján", "hu") == [["article", "29"]]
    assert facts("ES sutarties 29 straipsnio 1 dalis", "lt") == [["article", "29(1)"]]
    assert facts("art. 29 ust. 1 dotyczy 5 osób", "pl") == [["article", "29(1)"], ["number", "5"]]
    # English puts no number first: "5 articles" stays a count
    assert facts("It has 5 articles.", "en") == [["number", "5"]]
    fr = polcompare.read_bytes(
        "(1) vu le traité sur l'Union européenne, et notamment son article 29,\n".encode(),
        name="d.fr.txt",
        lang="fr",
    )
    et = polcompare.read_bytes(
        "(1) võttes arvesse Euroopa Liidu lepingut, eriti selle artiklit 29,\n".encode(),
        name="d.et.txt",
        lang="et",
    )
    both = compare_facts(fr.items, et.items)
    assert both[["kind", "value", "status"]].values.tolist() == [["article", "29", "match"]]


def test_a_small_count_in_digits_against_a_language_without_number_words_is_left_out():
    # A new user's German and French pages of the Federal Foreign Office on demining: "Vor 20
    # Jahren" against "il y a vingt ans" was "only in de: 20 (number)"; and "le 1er mars 1999"
    # gave only the year, a date mismatch against "am 1. März 1999"
    de = polcompare.read_bytes(
        "1. Vor 20 Jahren, am 1. März 1999, trat es in Kraft; 164 Staaten.\n".encode(),
        name="a.de.txt",
        lang="de",
    )
    fr = polcompare.read_bytes(
        "1. Il y a vingt ans, le 1er mars 1999, elle entrait en vigueur ; 146 États.\n".encode(),
        name="b.fr.txt",
        lang="fr",
    )
    rows = compare_facts(de.items, fr.items)[["kind", "value", "status"]].values.tolist()
    # a count above 100 is still looked for: 164 against 146 is a real difference
    assert rows == [
        ["date", "1999-03-01", "match"],
        ["number", "164", "mismatch"],
        ["number", "146", "mismatch"],
    ]
