"""The parser on tiny literal documents: one trap per test."""

from hypothesis import given, settings
from hypothesis import strategies as st

import polcompare
from polcompare.clean import Line
from polcompare.parse.council import (
    _ANNEX_WORD,
    _DATE,
    _LETTERED,
    _NUMBERED,
    _PART,
    _SECTION,
    _Parser,
)
from polcompare.parse.lines import LABELLED as _LABELLED

from .conftest import ROOT


def _items(write, text, **kw):
    doc = polcompare.read(write(text), **kw)
    return doc, [(r.section, r.number, r.letter, r.text) for r in doc.items.itertuples()]


POSITION = """\
PIELIKUMS

Padomes secinājumi par kaut ko

I- Ievads

1. Padome atgādina, ka ES ir vienota un 2013. gadā visas
2022. gadā piešķīra 26 miljonus EUR.
2. Padome uzsver, ka Konvencija ir svarīga.
Turpinājuma rindkopa bez numura.
II- ES nostājas dokuments

Ievada teksts bez numura.
1) Attiecībā uz pārskatu par Konvencijas darbību:
1. apzināt problēmas;
2. censties pārskatīt, tostarp:
Universalizācija
a. atbalstīt visus centienus;
5. panta īstenošana
b. mudināt Puses laikus iesniegt informāciju;
c. atgādināt, ka 14 Pusēm;
3. aicināt censties nodrošināt finansējumu;
2) Attiecībā uz politisko deklarāciju
1. paust apņēmību;
3) Attiecībā uz rīcības plānu
1. pievērsties visiem aspektiem;
"""


def test_position_paper_structure(write):
    doc, items = _items(write, POSITION)
    assert doc.doc_type == "position_paper"
    assert [(s, n, letter) for s, n, letter, _ in items] == [
        ("intro", "1", ""),
        ("intro", "2", ""),
        ("review", "1", ""),
        ("review", "2", ""),
        ("review", "2", "a"),
        ("review", "2", "b"),
        ("review", "2", "c"),
        ("review", "3", ""),
        ("declaration", "1", ""),
        ("action_plan", "1", ""),
    ]
    texts = dict(((s, n, letter), t) for s, n, letter, t in items)
    # a year at a line start is text, not item 2022
    assert texts[("intro", "1", "")].endswith("2022. gadā piešķīra 26 miljonus EUR.")
    # an unnumbered paragraph continues the item before it
    assert texts[("intro", "2", "")].endswith("Turpinājuma rindkopa bez numura.")
    # "5. panta īstenošana" is a sub-heading, not item 5
    subs = doc.items.set_index("letter")["heading"]
    assert subs["a"] == "Universalizācija" and subs["b"] == subs["c"] == "5. panta īstenošana"
    assert list(doc.headings["kind"]).count("subheading") == 2
    # the lead paragraph of Part II is kept, visibly, as unparsed text
    assert doc.unparsed["text"].tolist() == ["Ievada teksts bez numura."]


def test_numbering_restarts_only_in_a_new_section(write):
    text = "1. Pirmais punkts.\n2. Otrais punkts,\n1. jūnijā sākās.\n3. Trešais punkts.\n"
    doc, items = _items(write, text)
    assert [n for _, n, _, _ in items] == ["1", "2", "3"]
    assert items[1][3] == "Otrais punkts, 1. jūnijā sākās."
    assert doc.doc_type == "generic"  # numbered paragraphs that never name the EU


def test_labelled_hierarchy(write):
    text = """\
Projekta rezultāti
Rezultāts Nr. 1: lielāks valstu skaits.
Rezultāts Nr. 2: labāki tiesību akti.
Projekta iznākumi un darbības
Rezultāts Nr. 1: lielāks valstu skaits.
Iznākums Nr. 1.1.: tiek popularizēts
Darbība Nr. 1.1.1.: projekta uzsākšana (UNODC)
UNODC organizēs pasākumus:
- pirmais;
- otrais.
Darbība Nr. 1.1.2.: pētījums (UNOCT)
"""
    doc, items = _items(write, text)
    assert doc.doc_type == "project_annex"
    assert [(s, n) for s, n, _, _ in items] == [
        ("results", "1"),
        ("results", "2"),
        ("outputs_activities", "1"),
        ("outputs_activities", "1.1"),
        ("outputs_activities", "1.1.1"),
        ("outputs_activities", "1.1.2"),
    ]
    activity = doc.items.set_index("number").loc["1.1.1"]
    assert activity["kind"] == "activity"
    assert activity["text"].endswith("- pirmais; - otrais.")  # bullets stay in their item
    assert activity["parent"].endswith(":outputs_activities:1.1")


def test_web_page_news_items_with_dates(write):
    text = """\
Norsk presidentskap

Norge er president for konvensjonen i 2019.

Aktuelt nå

Bevilger 345 millioner til minerydding

25.06.2019

- Det er vanskelig å si, sier utenriksministeren.

Norge leder møtet i Genève

20.05.2019

Statspartene møttes i Genève.
"""
    doc, items = _items(write, text)
    assert doc.doc_type == "web_page"
    news = doc.items[doc.items["section"] == "news"].iloc[0]
    assert news["date"] == "2019-06-25"
    assert news["heading"] == "Bevilger 345 millioner til minerydding"
    assert news["text"].startswith("- Det er vanskelig")
    assert doc.items.iloc[0]["heading"] == "Norsk presidentskap"


def test_unnumbered_document_becomes_paragraphs(write):
    text = "First paragraph of a plain note.\n\nSecond paragraph, with more words.\n"
    doc, items = _items(write, text, lang="en")
    assert doc.doc_type == "generic"
    assert [(s, n) for s, n, _, _ in items] == [("body", "p1"), ("body", "p2")]


def test_document_of_furniture_only_keeps_every_line(write):
    doc = polcompare.read(write("9442/24   jub/JUB/aul 2\nBILAG RELEX.5  DA\n"))
    assert doc.items.empty
    assert doc.lines["role"].tolist() == ["furniture", "furniture"]


def test_hard_wrapped_paragraphs_split_at_sentence_ends(write):
    long = "Vārdi " * 16
    text = f"{long}\nbeidzas šeit.\n{long}\nturpinās tālāk\nun beidzas.\n"
    doc, items = _items(write, text, lang="lv")
    assert [n for _, n, _, _ in items] == ["p1", "p2"]


# --- each line is classified once: the classes agree with the patterns ----------------

# A line: a would-be marker, what may follow a marker, then some text.
MARKERS = [
    "1", "2", "12", "2022", "١", "²", "a", "b", "z", "Ā", "I", "IV", "XX", "ǅ", "",
    "Darbība Nr", "Iznākums No", "Action Plan nº", "25.06", "25.06.2019", "PIELIKUMS", "BILAG",
]  # fmt: skip
AFTER_MARKER = [". ", ") ", ".", ")", " - ", "- ", " – ", " ", ":", ". 1.2.: ", " 1.1.: ", "\t", ""]
TEXT_PIECES = ["word", "Word", "ĀB", "1", ".", ":", ",", " ", "-", "(", ")", "x.", "\t"]

lines_of_text = st.tuples(
    st.sampled_from(MARKERS),
    st.sampled_from(AFTER_MARKER),
    st.lists(st.sampled_from(TEXT_PIECES), max_size=5).map("".join),
).map("".join)


def _span(match):
    return match and (match.span(), match.groups())


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(lines_of_text, max_size=6))
def test_line_classes_agree_with_the_patterns(texts):
    parser = _Parser([Line(k + 1, t) for k, t in enumerate(texts)])
    for i, text in enumerate(t.strip() for t in texts):
        assert _span(parser.numbered_at[i]) == _span(_NUMBERED.fullmatch(text))
        assert _span(parser.lettered_at[i]) == _span(_LETTERED.fullmatch(text))
        patterns = (_NUMBERED, _LETTERED, _LABELLED, _DATE, _SECTION)
        assert parser.starts_at[i] == any(p.fullmatch(text) for p in patterns)
        if _PART.fullmatch(text) or (_ANNEX_WORD.fullmatch(text) and text.isupper()):
            assert parser.marked_at[i]
        if parser.plain_at[i]:  # text: no marker, and not a heading
            assert not parser.marked_at[i] and not parser._heading_like(text)
    n = len(texts)  # the entry past the end stands for an empty next line
    assert (parser.numbered_at[n], parser.lettered_at[n], parser.starts_at[n]) == (
        None,
        None,
        False,
    )


def test_a_press_release_dated_under_its_title_is_not_a_news_page(write):
    # One date under the page's title is its dateline, "07.02.2024 EEAS Press Team" with its
    # office too: the page is what its text is (Council conclusions), not a page of news.
    doc = polcompare.read(
        ROOT
        / "eval/parse/holdout4"
        / "eu-council-conclusions-chemical-disarmament-2018-presidency-bg.de.txt"
    )
    assert doc.doc_type == "conclusions"
    assert doc.meta["date"] == "2018-04-16"
    text = (
        "Belarus: Speech by High Representative Josep Borrell in the EP Plenary\n\n"
        "07.02.2024 EEAS Press Team\n\n"
        "As repeatedly said, the human rights situation in Belarus has been deteriorating.\n\n"
        "We continue to call on the regime to release all political prisoners.\n"
    )
    doc = polcompare.read(write(text, name="eeas.txt"), lang="en")
    assert doc.meta["date"] == "2024-02-07"
    assert doc.items["text"].str.startswith("As repeatedly said").iloc[0]
    assert not doc.items["text"].str.contains("Press Team").any()


def test_a_meetings_number_and_name_are_read_on_one_line_only(write):
    # A UN press release: "GA/DIS/3594" then "Closing Session" on the next line is no meeting
    # "3594\nClosing Session"; "4343rd Meeting (PM)" on its line is one.
    text = "GA/DIS/3594\nClosing Session\n\nThe First Committee approved six drafts.\n"
    doc = polcompare.read(write(text, name="un.txt"), lang="en")
    assert "\n" not in doc.meta.get("meeting", "")
    text = "Security Council\n4343rd Meeting (PM)\n\nThe Council adopted resolution 1373.\n"
    doc = polcompare.read(write(text, name="sc.txt"), lang="en")
    assert doc.meta["meeting"] == "4343rd Meeting"


def test_a_dated_press_releases_one_line_paragraphs_stay_apart(write):
    # A press release dated under its title: the date joins the first paragraph, and
    # every later paragraph of one line is its own item, not the head of the next one's
    # (new user 33: five paragraphs came out as three).
    text = (
        "Miinalaiva Pohjanmaalle lähtölupa Atalanta-operaatioon\n\n"
        "3.12.2010\n\n"
        "Tasavallan presidentti päätti 3. joulukuuta Suomen osallistumisesta.\n\n"
        "Suomi lähettää Atalanta-operaatioon miinalaiva Pohjanmaan.\n\n"
        "EU:n sotilaallinen kriisinhallintaoperaatio Atalanta käynnistettiin 2008.\n\n"
        "EU:n Atalanta-operaatio on osa kansainvälisen yhteisön toimia.\n"
    )
    doc = polcompare.read(write(text, name="tiedote.txt"), lang="fi")
    spans = [(r.start_line, r.end_line) for r in doc.items.itertuples()]
    assert spans == [(3, 5), (7, 7), (9, 9), (11, 11)]
    assert doc.items["text"].iloc[2].startswith("EU:n sotilaallinen")
