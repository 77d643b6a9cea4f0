import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import polcompare
from polcompare.clean import (
    _SPACES,
    _furniture_kind,
    _has_spaces_run,
    _join_hyphenated,
    clean,
    furniture_kind,
    join_lines,
)

from .conftest import ROOT


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("9442/24   jub/JUB/aul 2", "page_footer"),
        ("9442/24   la/LA/pm 4", "page_footer"),
        ("9636/23 ADD 1  sni/JUB/gmi 16", "page_footer"),
        ("PIELIKUMS RELEX.5  LV", "annex_marker"),
        ("BILAG RELEX.5  DA", "annex_marker"),
        ("RELEX.1 LIMITE LV", "annex_marker"),
        ("ANNEX GIP.1 EN", "annex_marker"),
        ("PIELIKUMS", None),  # the annex title is a heading, not furniture
        ("2022. gadā un 16 miljonus EUR 2023. gadā", None),
        ("1. Eiropas Savienība (ES) ir vienota", None),
        ("ANO DP Rezolūciju 1540 (2004) un", None),
    ],
)
def test_furniture_patterns(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["a b ", " c"], "a b c"),
        (["konven-", "cija"], "konvencija"),
        (["Siem Reap-Angkor-", "handlingsplanen"], "Siem Reap-Angkor-handlingsplanen"),
        (["artikel 5-", "udvalget"], "artikel 5-udvalget"),
        (["minesporing og -", "rydning"], "minesporing og -rydning"),
        (["EU-", "Ukraina"], "EU-Ukraina"),
        # the last part of a compound broken in two: the compound's own hyphen stays
        (["non-prolifera-", "tion"], "non-proliferation"),
        (["EU-medlems-", "staterne"], "EU-medlemsstaterne"),
        (["anti-person-", "nel mines"], "anti-personnel mines"),
        (["COVID-19-", "pandemien"], "COVID-19-pandemien"),
        (["Reap-", "Angkor-", "handlingsplanen"], "Reap-Angkor-handlingsplanen"),
        # a word with a capital initial, broken in two (a PDF's text, a Danish hearing note)
        (["of the Con-", "vention"], "of the Convention"),
        (["Ambassador Hashmi of Paki-", "stan."], "Ambassador Hashmi of Pakistan."),
        (["Det Euro-", "pæiske Råd"], "Det Europæiske Råd"),
        (["Lyng-", "by-Taarbæk"], "Lyngby-Taarbæk"),
        (["P-", "list"], "P-list"),  # a capital alone is no word
        (["ikke-", "stat-", "lige"], "ikkestatlige"),  # each break a plain word's
        (["ikke -", "stat-", "lige"], "ikke -statlige"),  # a suspended compound, then a word
        (["Minekonvensjonen -", "Norge"], "Minekonvensjonen - Norge"),  # a dash
        (["", "x", "  "], "x"),
        (["double  space"], "double space"),
    ],
)
def test_join_lines(lines, joined):
    assert join_lines(lines) == joined


def test_footnote_after_rule_is_taken_out_and_page_continues():
    lines = [
        "2. Padome uzskata, ka Konvencija ir",
        "",
        " " * 49,
        "1  Turpmāk tekstā – “Konvencija”. ",
        " Konvencijai ir izmērāma ietekme.",
    ]
    cleaned = clean(lines)
    assert [cleaned.roles[n] for n in range(1, 6)] == [
        "content",
        "blank",
        "blank",
        "footnote",
        "content",
    ]
    (note,) = cleaned.footnotes
    assert note.number == "1" and note.text == "Turpmāk tekstā – “Konvencija”."


def test_number_without_rule_is_content():
    cleaned = clean(["1  Turpmāk tekstā"])
    assert cleaned.roles[1] == "content" and not cleaned.footnotes


# --- the fast paths agree with the plain definitions ---------------------------------

# Characters of furniture, of hyphenated text and a few that test Unicode classes.
FURNITURE_CHARS = "0123456789/ ADCORVEXTMLIJUBjubaul.RELEX5LVDAGIP\t\u00a0١²Ⅰāß"
LINE_CHARS = "aāzZĀ1²- \t\u00a0\u00ad.ǅß"


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(FURNITURE_CHARS, min_size=1, max_size=40))
def test_furniture_last_character_shortcut(text):
    stripped = text.strip()
    if stripped:
        assert _furniture_kind(stripped) == furniture_kind(stripped)


@pytest.mark.parametrize(
    "line",
    [
        "9442/24   jub/JUB/aul 2",
        "9442/24   jub/JUB/aul ١٢",
        "PIELIKUMS RELEX.5  LV",
        "ANNEX GIP.1 EN",
    ],
)
def test_furniture_last_character_shortcut_on_furniture(line):
    assert _furniture_kind(line) == furniture_kind(line) is not None


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.text(LINE_CHARS, max_size=12), max_size=8))
def test_join_lines_without_broken_words_is_the_general_join(lines):
    """The shortcut (joining with spaces when no line breaks a word) changes nothing."""
    stripped = [line.strip() for line in lines if line.strip()]
    assert join_lines(lines) == _join_hyphenated(stripped)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(" \t\u00a0ab", max_size=20))
def test_spaces_run_shortcut(text):
    assert _has_spaces_run(text) == (_SPACES.search(text) is not None)


def test_eurlex_page_around_an_act_is_furniture(write):
    text = (
        "EUR-Lex Access to European Union law\n\nThis document is an excerpt from the EUR-Lex "
        "website\n\nDocument 32015D0972\n\nCouncil Decision (CFSP) 2015/972 of 22 June 2015\n\n"
        "OJ L 157, 23.6.2015, p. 51–51 (BG, ES, CS, DA, DE, ET, EL, EN, FR, HR, IT, LV, LT, HU, "
        "MT, NL, PL, PT, RO, SK, SL, FI, SV)\n\nLegal status of the document No longer in force, "
        "Date of end of validity: 30/06/2016\n\nELI: http://data.europa.eu/eli/dec/2015/972/oj\n\n"
        "HAS ADOPTED THIS DECISION:\n\nArticle 1\n\nThe operation plan is approved.\n"
    )
    doc = polcompare.read(write(text), lang="en")
    site = doc.lines[doc.lines["ref"] == "site"]["line"].tolist()
    assert site == [1, 3, 5, 9, 11, 13]
    assert doc.items["text"].tolist() == ["The operation plan is approved."]


def test_download_links_are_furniture():
    from polcompare.clean import clean

    cleaned = clean(
        [
            "Associated file(s)",
            "  1. 22 March 2019 Duncan-Boswell - 279 KB - pdf",
            "Annex I (PDF, 1.2 MB)",
            "The Council - 5 KB - of text remains text",
        ]
    )
    kinds = {line.no: kind for line, kind in cleaned.furniture}
    assert kinds == {2: "attachment", 3: "attachment"}


def test_cookie_banners_namespace_lines_and_hidden_addresses_are_furniture():
    from polcompare.clean import clean

    cleaned = clean(
        [
            "We use cookies to ensure we give you the best browsing experience on our website.",
            "Ce site utilise des cookies. En acceptant les cookies vous pourrez naviguer.",
            'xmlns:atom="http://www.w3.org/2005/Atom"',
            "[email protected] http://www.consilium.europa.eu/press",
            "![]() Page d'accueil |",
            "1-10 | 11-20 | 21-30 | 31-40 |",
            "The Council discussed the cookie jar of national budgets at length, and agreed "
            + "on a common position on the matter after a long debate among the ministers. " * 4,
        ]
    )
    kinds = {line.no: kind for line, kind in cleaned.furniture}
    assert kinds == {
        1: "cookie_notice",
        2: "cookie_notice",
        3: "markup",
        4: "url",
        5: "markup",
        6: "navigation",
    }


def test_a_un_documents_distribution_and_language_lines_are_furniture():
    lines = [
        "United Nations",
        "A/RES/49/75",
        "General Assembly",
        "Distr. GENERAL",
        "15 December 1994",
        "ORIGINAL:",
        "ENGLISH",
        "Original: French",
        "Distr.: Limited",
        "The General Assembly,",
        "Original texts in English and French are equally authentic.",
    ]
    cleaned = clean(lines)
    kinds = {line.text: kind for line, kind in cleaned.furniture}
    assert kinds == {
        "Distr. GENERAL": "un_header",
        "ORIGINAL:": "un_header",
        "ENGLISH": "un_header",
        "Original: French": "un_header",
        "Distr.: Limited": "un_header",
    }
    assert [line.text for line in cleaned.content][-1].startswith("Original texts")


def test_a_un_pages_job_number_and_page_of_pages_in_any_language_are_furniture():
    # The foot of a UN PDF page (eval/parse/holdout16, CCPR/C/FRA/CO/4 in Spanish) and
    # "Page x of y" in the words of the language files (a Danish hearing note's "Side 1 af 10").
    lines = [
        "3. El Comité lamenta que se haya presentado el informe de Francia con un retraso de",
        "",
        "GE.08-43359 (S) 080808 110808",
        "24-01234 (E)    030524    030524",
        "*2401234*",
        "",
        "seis años e insta al Estado parte a presentar sus futuros informes.",
        "Side 1 af 10",
        "Seite 2 von 10",
        "Page 3 sur 12",
        "Página 4 de 9",
        "Strona 5 z 7",
        "24-01234 persons were displaced",
        "2 of the 10 States",
    ]
    cleaned = clean(lines)
    kinds = {line.text: kind for line, kind in cleaned.furniture}
    assert kinds == {
        "GE.08-43359 (S) 080808 110808": "un_header",
        "24-01234 (E)    030524    030524": "un_header",
        "*2401234*": "un_header",
        "Side 1 af 10": "page_number",
        "Seite 2 von 10": "page_number",
        "Page 3 sur 12": "page_number",
        "Página 4 de 9": "page_number",
        "Strona 5 z 7": "page_number",
    }
    assert [line.text for line in cleaned.content][-2:] == lines[-2:]


def test_a_language_files_boolean_word_is_a_clear_error(monkeypatch):
    from polcompare import languages
    from polcompare.errors import PolcompareError

    files = {"lv": {"code": "lv", "structure": {"page_of": [False]}}}
    monkeypatch.setattr(languages, "_files", lambda: files)
    languages.structure_words.cache_clear()
    try:
        with pytest.raises(PolcompareError, match=r"lv\.yml.*'page_of'.*False.*quotes"):
            languages.structure_words("page_of")
    finally:
        languages.structure_words.cache_clear()


def test_the_words_joining_a_lists_last_member_come_from_every_language_file(monkeypatch):
    # The parser (a point after "and") and the facts ("Articles 5 and 7") read one list.
    from polcompare import languages
    from polcompare.errors import PolcompareError

    assert {"and", "και", "och", "un"} <= set(languages.article_words("joins"))
    files = {"da": {"code": "da", "articles": {"joins": ["og", True]}}}
    monkeypatch.setattr(languages, "_files", lambda: files)
    languages.article_words.cache_clear()
    try:
        with pytest.raises(PolcompareError, match=r"da\.yml.*'joins'.*True.*quotes"):
            languages.article_words("joins")
    finally:
        languages.article_words.cache_clear()


def test_a_parliaments_stamp_and_page_images_are_furniture():
    # The Folketing's PDFs of Council documents: a stamp, then each page's image name.
    lines = [
        "Det Udenrigspolitiske Nævn 2023-24",
        "UPN Alm.del Bilag 219",
        "Offentligt",
        "2843007_0001.png",
        "European Council",
        "The European Council discussed the situation in Ukraine.",
        "2843007_0002.png",
        "It will revert to the matter.",
    ]
    out = clean(lines)
    assert [out.roles[n] for n in range(1, 9)] == ["furniture"] * 4 + ["content"] * 2 + [
        "furniture",
        "content",
    ]
    # A text that starts with an ordinary paragraph keeps it, image or not.
    lines = ["The Council adopted conclusions.", "It asked the Commission to report.", *lines]
    assert clean(lines).roles[1] == "content"


def test_eurlex_narrow_copy_languages_and_notice_number_are_furniture():
    # A narrow copy of EUR-Lex's page breaks the OJ reference from its languages; an OJ C
    # notice gives its number on a line of its own. A footnote citing the OJ stays text.
    lines = [
        "Úř. věst. L 58, 19.2.2021, p. 41–50",
        "(BG, ES, CS, DA, DE, ET, EL, EN, FR, GA, HR, IT, LV, LT, HU, MT, NL, PL, PT, RO, SK, SL, "
        "FI, SV)",
        "(ES, DA, DE, EL, EN, FR, IT, NL, PT, FI, SV) Dokument je bil objavljen v posebni izdaji.",
        "(2017/C 093/14)",
        "Dieses Dokument wurde in einer Sonderausgabe veröffentlicht. (HR)",
        "Special edition in Croatian: Chapter 18 Volume 012 P. 90 - 94",
        "EUVL L 153M, 7.6.2006, p. 256–260 (MT)",
        "Der Rat beschließt die Einführung des Euro.",
        "(1) ABl. L 58 vom 19.2.2021, S. 41.",
        "(EU, UN) members agree.",
        "The Council adopted the implementing regulation (EU)",
    ]
    out = clean(lines)
    assert [out.roles[n] for n in range(1, 12)] == ["furniture"] * 7 + ["content"] * 4


def test_eurlex_comment_and_celex_lines_are_furniture():
    lines = [
        "Document 52013PC0345",
        "Vorschlag für einen BESCHLUSS DES RATES über die Einführung des Euro in Lettland",
        "/* COM/2013/0345 final - 2013/0190 (NLE) */",
        "52013PC0345",
        "Der Rat beschließt die Einführung des Euro.",
    ]
    out = clean(lines)
    assert [out.roles[n] for n in range(1, 6)] == [
        "furniture",
        "content",
        "furniture",
        "furniture",
        "content",
    ]


def test_an_official_journal_issues_cover_and_table_headers_are_furniture():
    # An OJ issue as a web page's table gives it: the cover (ISSN, issue, contents), then
    # the first page's header, each cell ending in " |".
    lines = [
        "ISSN 1725-521X |",
        "Europos Sąjungos oficialusis leidinys |",
        "C 241 |",
        "Turinys |",
        "2006/C 241/01 | Tarybos sprendimas dėl Euratomo tiekimo agentūros | 1 |",
        "6.10.2006 |",
        "LT |",
        "Europos Sąjungos oficialusis leidinys |",
        "C 241/1 |",
        "TARYBOS SPRENDIMAS",
        "Taryba nusprendė paskirti agentūros patariamojo komiteto narius.",
        "6.10.2006 |",
        "LT |",
        "Europos Sąjungos oficialusis leidinys |",
        "C 241/2 |",
        "Šis sprendimas įsigalioja jo priėmimo dieną.",
    ]
    roles = clean(lines).roles
    assert [n for n in range(1, 17) if roles[n] == "content"] == [10, 11, 16]


def test_an_l_series_journal_header_and_a_typographic_apostrophe_are_furniture():
    # The Official Journal's 'L series' (from October 2023) prints its name over two lines,
    # then the language, the series, the act's number and the date, over blank lines.
    lines = [
        "Choose the experimental features you want to try",
        "Council Decision (CFSP) 2025/814 of 25 April 2025 amending Decision (CFSP) 2015/1333",
        "ST/6812/2025/INIT",
        "OJ L, 2025/814, 28.4.2025, ELI: http://data.europa.eu/eli/dec/2025/814/oj (BG, ES, CS)",
        "European flag",
        "",
        "Official Journal",
        "of the European Union",
        "",
        "EN",
        "",
        "L series",
        "",
        "",
        "2025/814",
        "",
        "28.4.2025",
        "",
        "COUNCIL DECISION (CFSP) 2025/814",
    ]
    roles = clean(lines).roles
    assert [n for n in range(1, 20) if roles[n] == "content"] == [2, 19]
    # Latvian prints the name the other way round on that masthead (new user 32)
    latvian = ["European flag", "", "Oficiālais Vēstnesis", "Eiropas Savienības", "", "LV", ""]
    latvian += ["Serija L", "", "2024/577", "", "14.2.2024", "", "PADOMES LĒMUMS (KĀDP) 2024/577"]
    roles = clean(latvian).roles
    assert [n for n in range(1, 15) if roles[n] == "content"] == [14]
    # "l’Union" as web pages print it, "l'Union" as the language file writes it
    french = ["8.4.2022 |", "FR |", "Journal officiel de l’Union européenne |", "L 109/67 |"]
    french += ["DÉCISION (PESC) 2022/574 DU CONSEIL"]
    roles = clean(french).roles
    assert [n for n in range(1, 6) if roles[n] == "content"] == [5]
    # a consolidated text's header: CELEX number, language, date, version
    consolidated = ["02008E0944 — DE — 17.09.2019 — 001.004", "GEMEINSAMER STANDPUNKT"]
    assert clean(consolidated).roles[1] != "content"
    # ... in an older copy, a CELEX number of four digits ("2010D0127"), indented or not
    older = ["    2010D0127 — ES — 16.10.2012 — 002.001", "DECISIÓN 2010/127/PESC DEL CONSEJO"]
    assert clean(older).roles[1] != "content"


def test_a_consolidated_texts_notice_and_amendment_marks_are_furniture():
    # EUR-Lex's consolidated text: its version line, its notice (in the page's language) and
    # the marks of where each act's wording begins ("►B", "▼M1") are no text of the act
    lines = [
        "2008E0944 — FR — 17.09.2019 — 001.001",
        "",
        "Ce texte constitue seulement un outil de documentation et n’a aucun effet juridique.",
        "",
        "►B",
        "POSITION COMMUNE 2008/944/PESC DU CONSEIL",
        "Article premier",
        "▼M1",
        "1.  Chaque État membre évalue les demandes.",
        "►M1 ◄",
        "Les États membres veillent à ce que ce texte reste.",
    ]
    roles = clean(lines).roles
    assert [n for n in range(1, 12) if roles[n] == "furniture"] == [1, 3, 5, 8, 10]
    # without the version line above it, the same sentence is the text's own
    assert clean(lines[2:]).roles[1] == "content"


def test_a_web_tables_bars_are_not_item_text():
    # EUR-Lex pages print recitals as a table: "(1) |" then "| Il 1o settembre ... |".
    assert join_lines(["(1) |", "| Il Consiglio ha adottato la decisione. |"]) == (
        "(1) Il Consiglio ha adottato la decisione."
    )
    assert join_lines(["||", "Datum | Organisatie |"]) == "Datum | Organisatie"
    # a row of empty cells is the table's markup: no item, no text lost
    roles = clean(["(1) |", "| Il Consiglio ha adottato la decisione. |", "||", "|"]).roles
    assert [roles[n] for n in (3, 4)] == ["furniture", "furniture"]


def test_a_council_press_release_copied_by_a_parliament_keeps_its_footers_out():
    # eu.dk's copy of a Council press release: the Folketing's stamp (its second line ends with
    # an abbreviation), then each page's image; the document's number on its first page and at
    # each page's foot, with the press-release number, and a running date in roman numerals.
    doc = polcompare.read(
        ROOT / "eval/parse/holdout26/eu-council-press-release-2985-fac-2009-12-08-eu-dk.da.txt"
    )
    lines = doc.lines.set_index("line")
    for no in (1, 2, 3, 8, 26, 29, 31, 54, 57, 59):
        assert lines.at[no, "role"] == "furniture", (no, lines.at[no, "text"])
    assert lines.at[31, "text"] == "8.XII.2009"
    assert lines.at[26, "text"] == "17218/09 (Presse 371)"
    items = " ".join(doc.items["text"])
    assert "17218/09" not in items and "8.XII.2009" not in items
    assert doc.meta["doc_number"] == "17218/09"  # read from the furniture
    # a masthead's first line ("RÅDET FOR" over "DEN EUROPÆISKE UNION") is no title
    doc = polcompare.read(
        ROOT / "eval/parse/holdout34/dk-eu-dk-council-press-release-8395-11-tte-2011-03-31.da.txt"
    )
    assert doc.meta["title"] == "3080. samling i Rådet"
    assert "(OR. en)" not in " ".join(doc.items["text"])
    assert set(doc.lines.set_index("line").loc[[9, 21, 22], "role"]) == {"furniture"}


def test_a_running_date_or_number_twice_is_furniture_only_at_two_page_breaks():
    text = [f"The Council discussed Ukraine ({n})." for n in range(6)]
    page = [*text, "", "7196/14", "DA", "1", "123456_0002.png"]
    lines = ["Opening line of the text.", *page, *page]
    roles = clean(lines).roles
    assert roles[9] == roles[20] == "furniture"  # "7196/14" at both pages' feet
    # a numbered line repeated next to page breaks stays text: "3. Ukraine" is an item
    lines = [t if t != "7196/14" else "3. Ukraine" for t in lines]
    assert clean(lines).roles[9] == "content"


def test_rules_lone_bullets_image_names_and_photo_credits_are_furniture():
    lines = [
        "linas linkevicius.JPG",
        "Kviečiame ieškoti informacijos apie tarptautines sankcijas.",
        "_______________________",
        "* *",
        "•",
        "---|---|---|---",
        "-",
        "Panneau signalant la présence de mines près de Hostomel. © Sean Sutton/MAG",
        "©2014, Lietuvos Respublikos Seimo kanceliarija",
        "La Suisse soutient le déminage humanitaire depuis 1997.",
    ]
    roles = clean(lines).roles
    assert [roles[n] for n in range(1, 11)] == ["furniture", "content"] + ["furniture"] * 7 + [
        "content"
    ]
    kinds = dict((line.no, kind) for line, kind in clean(lines).furniture)
    assert kinds[1] == "image" and kinds[3] == kinds[7] == "rule" and kinds[8] == "credit"
    # text around them stays text: a sentence naming a file, dots standing for omitted text
    lines = [
        "The annex is published as annex1.png on the site.",
        "[…];",
        "......",
        "M. Jean-Marc Ayrault, ministre des affaires √©trang√®res",  # "é" decoded wrongly
    ]
    assert set(clean(lines).roles.values()) == {"content"}


def test_captions_skip_links_on_one_line_and_a_press_releases_feedback_link_are_furniture():
    # A new user's Sahel pages: a Danish Defence photo's credit ending in a full stop, an
    # EEAS caption "Pictured: ...", the Danish site's three skip links on one line, and a
    # Riigikogu press release's skip link, enquiries line and feedback link were items or
    # the title
    lines = [
        "Spring til indhold Spring til søgning på Forsvaret.dk Spring til højrebar",
        "Det danske C-130J-transportfly (Hercules) har bidraget til operationer. Foto: Forsvaret.",
        "Pictured: A family photo of the delegates to the EU Maritime Security Strategy.",
        "Jäta navigatsioon vahele",
        "Päringud: press@riigikogu.ee",
        "Tagasiside",
        # a sentence naming a photo stays text; so does a line that only begins like a link
        "The photo: the delegates met in Brussels on 17 June to agree on the next steps of it.",
        "Spring til indhold er ikke en mulighed i dette dokument, skrev ministeriet.",
    ]
    roles = clean(lines).roles
    assert [roles[n] for n in range(1, 9)] == ["furniture"] * 6 + ["content"] * 2
    kinds = dict((line.no, kind) for line, kind in clean(lines).furniture)
    assert kinds[2] == "photo_caption" and kinds[1] == kinds[4] == kinds[6] == "navigation"


def test_a_sites_banner_and_page_tools_in_the_language_files_are_furniture_not_titles():
    # The Federal Foreign Office's banner over each page, regjeringen.no's JavaScript notice,
    # Riigi Teataja's "Teksti suurus:" ("text size"): the page's title is the line below them.
    folder = ROOT / "eval/parse/holdout43"
    doc = polcompare.read(
        next(folder.glob("de-auswaertiges-amt-regierungspressekonferenz-2021-*.txt"))
    )
    assert doc.meta["title"] == (
        "Erklärungen des Auswärtigen Amts in der Regierungspressekonferenz vom 27.10.2021"
    )
    doc = polcompare.read(next(folder.glob("no-regjeringen-aktuelt-tiltak-mot-*.txt")))
    assert (
        doc.meta["title"] == "Tiltak mot ytterligere tolv personer som truer Ukrainas suverenitet"
    )
    kinds = dict((line.text, kind) for line, kind in clean(["Teksti suurus:", "Print"]).furniture)
    assert kinds == {"Teksti suurus:": "navigation", "Print": "navigation"}


def test_an_eu_delegations_banner_over_its_page_is_furniture_not_its_title():
    # The EEAS prints its delegation's name over every statement, on one line or two
    # (language files' site_banners): it had been the title of 11 evaluation documents.
    doc = polcompare.read(
        ROOT
        / "eval/parse/holdout26/eu-statement-unga74-resolution-report-iaea-2019-11-11-eeas.en.txt"
    )
    lines = doc.lines.set_index("line")
    assert lines.at[1, "role"] == lines.at[2, "role"] == "furniture"
    assert doc.meta["title"].startswith("EU Statement – United Nations General Assembly")
    lines = ["Delegation of the European Union to the", "UN and other international organisations"]
    assert [
        k for _, k in clean([*lines, "", "EU Statement - Conference on Disarmament"]).furniture
    ] == [
        "banner",
        "banner",
    ]
    # a sentence that names a delegation is text
    text = ["Delegation of the European Union to Japan welcomes the agreement."]
    assert clean(text).roles[1] == "content"


def test_a_photo_credit_of_an_agency_in_lower_case_is_furniture():
    line = "Statue „Non-Violence“ vor dem UN-Hauptquartier in New York, © picture alliance / dpa"
    assert [k for _, k in clean([line]).furniture] == ["credit"]


def test_a_pdfs_one_line_journal_header_is_furniture_inside_a_recital(write):
    # A PDF's text of Decision (CFSP) 2021/2309 (a new user's copy): the Official Journal's
    # page header on one line, the next page's inside recital 2, whose text ran on through it
    # ("bearing in mind that L 461/79 EN Official Journal of the European Union 27.12.2021
    # regulating ...").
    text = (
        "27.12.2021 EN Official Journal of the European Union L 461/78\n\n"
        "COUNCIL DECISION (CFSP) 2021/2309\nof 22 December 2021\n"
        "on Union outreach activities in support of the implementation of the Arms Trade\n"
        "Treaty\n\nTHE COUNCIL OF THE EUROPEAN UNION,\n\n"
        "Having regard to the Treaty on European Union,\n\nWhereas:\n\n"
        "(1) The Arms Trade Treaty (ATT) was adopted by the United Nations.\n\n"
        "(2) The ATT aims to establish the highest possible common international standards,\n"
        "bearing in mind that\n\n"
        "L 461/79 EN Official Journal of the European Union 27.12.2021\n\n"
        "regulating the international arms trade is a global endeavour.\n\n"
        "HAS ADOPTED THIS DECISION:\n\nArticle 1\n\nThe Union shall support the ATT.\n"
    )
    doc = polcompare.read(write(text, name="att.en.txt"), lang="en")
    assert list(doc.furniture["kind"]) == ["journal_header", "journal_header"]
    assert doc.meta["title"].startswith("COUNCIL DECISION (CFSP) 2021/2309 of 22 December")
    recital = doc.items.set_index("item_id").loc["att.en:recitals:2", "text"]
    assert "Official Journal" not in recital and recital.endswith("a global endeavour.")
    # the name alone in running text is no header
    line = "12.5.2020 EN see the Official Journal of the European Union L 1/2 for the text"
    assert clean([line]).roles[1] == "content"


@pytest.mark.parametrize(
    "line", ["Hoppa till huvudinnehåll", "Till toppen av sidan", "Laddar...", "Loading..."]
)
def test_swedish_government_page_links_are_navigation(line):
    # regeringen.se (a new user's Swedish texts): "Hoppa till huvudinnehåll" (without the -et
    # of sv.yml's) became a page's title, "Laddar..." and "Till toppen av sidan" items.
    kinds = dict(
        (ln.text, kind) for ln, kind in clean([line, "Regeringen stöder Ukraina."]).furniture
    )
    assert kinds == {line: "navigation"}


def test_a_german_law_register_pages_menu_and_foot_are_navigation(write):
    # A new user's Kriegswaffenkontrollgesetz copied from gesetze-im-internet.de: the site's
    # name was the law's title, its menu five headings, and "nach oben" with the site's service
    # line (106 characters, over the old limit of 100) ended § 18a's last point.
    page = [
        "Navigation überspringen",
        "Gesetze im Internet",
        "Startseite",
        "Impressum",
        "Datenschutz",
        "Barrierefreiheit",
        "Feedback-Formular",
        "Gesetz über die Kontrolle von Kriegswaffen (KrWaffKontrG)",
        "§ 18a Verbot von Antipersonenminen und Streumunition",
        "(1) Es ist verboten,",
        "1. Antipersonenminen oder Streumunition einzusetzen,",
        "2. Antipersonenminen oder Streumunition einem anderen zu überlassen.",
        "nach oben",
        "Ein Service des Bundesministeriums der Justiz sowie des Bundesamts für Justiz \u2012 "
        "www.gesetze-im-internet.de",
    ]
    doc = polcompare.read(write("\n".join(page), name="krwaffkontrg.de.txt"))
    furniture = doc.lines.loc[doc.lines["role"] == "furniture", "line"].tolist()
    assert furniture == [1, 2, 3, 4, 5, 6, 7, 13, 14]
    assert doc.meta["title"] == page[7]
    items = doc.items.set_index("item_id")["text"]
    assert items["krwaffkontrg.de:body:18a.1.2"].endswith("einem anderen zu überlassen.")


def test_a_parliament_pages_procedure_box_is_navigation_in_every_language():
    # europarl.europa.eu's box over a text it adopted: its labels were items ("Textes déposés
    # :", "Débats :", "Votes :"), counted in every share of a new user's French and Polish
    # copies of one resolution; the procedure's line was an item or a heading.
    path = ROOT / "eval/parse/holdout20"
    doc = polcompare.read(
        path / "eu-ep-resolution-2008-11-20-convention-cluster-munitions-ta-6-2008-0565.en.txt"
    )
    lines = doc.lines.set_index("line")
    for n, text in [(2, "Procedure : 2008/2665(RSP)"), (6, "Texts tabled :"), (9, "Debates :")]:
        assert lines.loc[n, "text"].strip() == text
        assert lines.loc[n, "role"] == "furniture", (n, text)
    assert not doc.items["text"].str.contains("Texts tabled|Debates :|Votes :").any()
    # the procedure's label in any language, by the shape of its number
    doc = polcompare.read(
        ROOT / "eval/parse/holdout47/ep-texts-adopted-p6-ta-2008-0101-kodeks-postepowania-wywoz"
        "-broni.pl.txt"
    )
    furniture = doc.lines.loc[doc.lines["role"] == "furniture", "text"].str.strip().tolist()
    assert {"Teksty złożone :", "Debaty :", "Głosowanie :"} <= set(furniture)


def test_a_legal_registers_tree_of_an_acts_parts_is_navigation(write):
    # e-tar.lt's "Dokumento dalys" page (two held-out sets): each line links to a part of the
    # act and names it with its own number again; read as the act's points, every line was an
    # item with no text of its own ("Punktas (2.1 p.)").
    tree = [
        "1 Straipsnis 2 straipsnio pakeitimas (1 str.)",
        "1 Straipsnio dalis (1 str. 1 d.)",
        "40-1 Straipsnio dalis (40-1 d.)",
        "2.1 Punktas (2.1 p.)",
    ]
    text = [
        "2 Straipsnio dalis (5 str. 3 d.)",  # another part's number: not a link to itself
        "1. The Council adopted Regulation (EU) 2021/821 (1 p.)",
        "3. Member States shall report annually (Article 3.)",
    ]
    cleaned = clean(tree + text)
    assert [kind for _, kind in cleaned.furniture] == ["navigation"] * len(tree)
    assert [ln.text for ln in cleaned.content] == text
    doc = polcompare.read(
        write("\n".join(["Dokumento dalys", *tree, "3 Punktas (3 p.)"]), name="t.lt.txt"),
        lang="lt",
    )
    assert doc.items.empty and set(doc.lines["role"]) == {"heading", "furniture"}


def test_a_law_naming_fax_and_telephone_keeps_its_line():
    # A new user's consolidated Common Position 2008/944/CFSP lost this indent of its Article
    # 1(2) as a press office's contact line: "fax" there is a means, not a number.
    lines = [
        "The export licence applications as mentioned in paragraph 1 shall include:",
        "— applications for licences for any intangible transfers of software and technology by "
        "means such as electronic media, fax or telephone.",
        "Fax: +32 2 281 6934",
        "Tel. (8 5) 2396693 Faks. (8 5) 2396450",
    ]
    out = clean(lines)
    assert [out.roles[n] for n in range(1, 5)] == ["content", "content", "furniture", "furniture"]


def test_a_council_press_pages_header_and_press_contacts_are_furniture():
    # consilium.europa.eu's layout of 2015-2018: bullets of the page's date, time, kind, number
    # and topics, then the press officers' names, titles and numbers; a new user's declaration
    # had 10 of its 14 items made of them
    lines = [
        "Declaration by the High Representative on behalf of the EU on the alleged chemical attack",
        "",
        "Council of the EU",
        "  • 06/04/2017",
        "  • 22:37",
        "  • Press release",
        "  • 193/17",
        "  • Foreign affairs & international relations",
        "Press contacts",
        "",
        "Virginie Battu",
        "Press officer",
        "+32 22815316",
        "+32 470182405",
        "",
        "Nabila Massrali",
        "Acting EEAS spokesperson",
        "+32 22969218",
        "",
        "The EU condemns in the strongest terms the air strike that hit the town.",
    ]
    roles = clean(lines).roles
    assert [n for n in range(1, 21) if roles[n] == "content"] == [1, 3, 20]
    # a bullet list that does not open with a date and a time is the text's own
    assert clean(["  • 2017", "  • 22 member states", "  • Press freedom"]).roles[1] == "content"


def test_a_government_pages_notices_and_photo_captions_are_furniture_not_its_title_or_date():
    # regeringen.se prints, above a page's headline, its archive dates, a box on the former
    # minister (twice), the page's kind and office; below it "Publicerad" and a photo's
    # caption ending in its credit. None is the page's title, date or an item.
    doc = polcompare.read(
        ROOT / "eval/parse/holdout26/se-regeringen-utrikesradet-2016-10-17-syrien.sv.txt"
    )
    kinds = dict(zip(doc.furniture["line"], doc.furniture["kind"], strict=True))
    assert {n: kinds.get(n) for n in (1, 3, 5, 7, 9, 11, 15)} == dict.fromkeys(
        (1, 3, 5, 7, 9, 11, 15), "page_notice"
    )
    assert kinds[20] == "photo_caption"  # "... Foto: Sveriges EU-representation"
    assert doc.meta["title"] == "Situationen i Syrien huvudämnet på utrikesministermöte"
    assert "date" not in doc.meta  # not "3 oktober 2014", when the archive period began
    assert not doc.items["text"].str.contains("Foto:").any()
    # a headline that opens with a kind of page is the title, not a notice
    text = (
        "Uttalande från Utrikesdepartementet\n\n"
        "Uttalande från utrikesministern angående Nordkoreas femte kärnvapensprängning\n\n"
        "Publicerad\n\nSverige fördömer den kärnsprängning som Nordkorea uppges ha företagit.\n"
    )
    kinds = dict((line.text, kind) for line, kind in clean(text.split("\n")).furniture)
    assert kinds == {
        "Uttalande från Utrikesdepartementet": "page_notice",
        "Publicerad": "page_notice",
    }
    # a former minister's box, in its other wording (new user 62: kept twice as an item, and
    # its "5 februari 2021" made the release's date)
    text = (
        "Statsråd på denna sida som har entledigats\n\n"
        "Under perioden 5 februari 2021 till den 30 november 2021 var han minister för"
        " internationellt utvecklingssamarbete.\n\n"
        "Sverige omfördelar 300 miljoner kronor under perioden till humanitära insatser.\n"
    )
    kinds = [kind for _, kind in clean(text.split("\n")).furniture]
    assert kinds == ["page_notice", "page_notice"]
    # legislation.gov.uk's long notices over an EU act (new user 62: the title and 3 items)
    lines = [
        "- Latest available (Revised)",
        "When the UK left the EU, legislation.gov.uk published EU legislation that had been"
        " published by the EU up to IP completion day (31 December 2020 11.00 p.m.). On"
        " legislation.gov.uk, these items of legislation are kept up-to-date with any amendments"
        " made by the UK since then.",
        "This version of this Decision was derived from EUR-Lex on IP completion day.",
        "Council Decision 2011/486/CFSP of 1 August 2011 concerning restrictive measures",
        "When the UK left the EU, it said so.",
    ]
    kinds = [line.no for line, _ in clean(lines).furniture]
    assert kinds == [1, 2, 3]
    # a line of text that names a photo stays text
    lines = ["Foto: en bild av ministern.", "Se bilden: ministern talar i FN."]
    assert set(clean(lines).roles.values()) == {"content"}


def test_a_pages_end_a_cookie_banners_buttons_and_a_chairs_forms_of_address_are_furniture():
    # new user 30: a French embassy's "Haut de page" and "Dernière modification : 16/04/2018",
    # the Presidency site's cookie buttons, "Mr. Vice-Chair," at an EU statement's top
    kinds = dict(
        (line.text, kind)
        for line, kind in clean(
            [
                "Haut de page",
                "Dernière modification : 16/04/2018",
                "Zustimmen Ablehnen Mehr",
                "Mr. Vice-Chair,",
                "Mr Director-General,",
                "The Vice-Chair recalled the Convention.",
            ]
        ).furniture
    )
    assert kinds == {
        "Haut de page": "navigation",
        "Dernière modification : 16/04/2018": "page_notice",
        "Zustimmen Ablehnen Mehr": "navigation",
        "Mr. Vice-Chair,": "salutation",
        "Mr Director-General,": "salutation",
    }


def test_a_pages_reading_time_is_furniture_not_a_numbered_section(write):
    # new user 53: the Federal Government's page printed "1 Min. Lesedauer" under its lead;
    # read as section "1", it took the photo's caption and the page's whole text as its own
    text = (
        "Bundesregierung beschließt Indo-Pazifik-Leitlinien\n\n"
        "Der indo-pazifische Raum hat erheblich an Bedeutung gewonnen.\n\n"
        "1 Min. Lesedauer\n\n"
        "Staaten wie Indien haben ein rasantes wirtschaftliches Wachstum erlebt.\n\n"
        "Foto: picture alliance / PantherMedia\n\n"
        "Das Kabinett hat nun Leitlinien für den Indo-Pazifik verabschiedet.\n"
    )
    doc = polcompare.read(write(text, name="leitlinien.de.txt"), lang="de")
    kinds = dict(zip(doc.furniture["line"], doc.furniture["kind"], strict=True))
    assert kinds == {5: "page_notice", 9: "photo_caption"}
    assert doc.items["kind"].tolist() == ["paragraph"] * 3
    assert doc.items["start_line"].tolist() == [3, 7, 11]
    lines = ["3 min read", "Reading time: 5 minutes", "It took 3 min read aloud."]
    assert [kind for _, kind in clean(lines).furniture] == ["page_notice", "page_notice"]


def test_a_press_releases_foot_and_a_pages_back_to_top_link_are_furniture(write):
    # new user 66: the UN press release's "For information media. Not an official record."
    # and SECO's "Letzte Änderung 27.03.2019" and "Zum Seitenanfang" were items; the UN's
    # banner "In progress at UNHQ" a press release's title
    lines = [
        "In progress at UNHQ",
        "They called on the parties to agree further steps.",
        "For information media. Not an official record.",
        "Letzte Änderung 27.03.2019",
        "Zum Seitenanfang",
    ]
    kinds = dict((ln.text, kind) for ln, kind in clean(lines).furniture)
    assert kinds == {
        lines[0]: "navigation",
        lines[2]: "page_notice",
        lines[3]: "page_notice",
        lines[4]: "navigation",
    }
    text = "Sanktionen\n\nDie Lieferung von Rüstungsgütern ist verboten.\n\nZum Seitenanfang\n"
    doc = polcompare.read(write(text, name="seco.de.txt"), lang="de")
    assert doc.items["text"].tolist() == ["Die Lieferung von Rüstungsgütern ist verboten."]


def test_a_parliament_salutation_a_press_contact_and_a_site_map_are_furniture(write):
    # new user 67: a Commissioner's "President, Honourable Members," (the office's entry holds
    # its own comma, so a second form of address after it was not read), the EEAS press
    # release's "EEAS Press Team" over its contacts and a ministry's "PLAN DU SITE" were items
    lines = [
        "President, Honourable Members,",
        "The situation in Yemen remains dire.",
        "EEAS Press Team",
        "PLAN DU SITE",
    ]
    kinds = dict((ln.text, kind) for ln, kind in clean(lines).furniture)
    assert kinds == {lines[0]: "salutation", lines[2]: "navigation", lines[3]: "navigation"}
    text = "Speech on Yemen\n\nPresident, Honourable Members,\n\nThe war must end.\n"
    doc = polcompare.read(write(text, name="speech.en.txt"), lang="en")
    assert doc.items["text"].tolist() == ["The war must end."]


def test_an_archive_banner_and_a_back_link_are_furniture():
    # New user 33: the Bundestag's "+++ Archiv +++ Archiv +++ ..." banner was 2 of an archived
    # page's 3 items, and "< Back to previous page" (the EU delegation to the UN's site) an item
    banner = "+++ Archiv +++ Archiv +++ Archiv +++ Archiv +++ Archiv ++"
    lines = [banner, "", banner, "< Back to previous page", "Die Bundeswehr beteiligt sich."]
    kinds = dict((ln.text, kind) for ln, kind in clean(lines).furniture)
    assert kinds == {banner: "site", "< Back to previous page": "navigation"}
    # a word repeated in running text, or twice between signs, is no banner
    for text in ("+++ Eilmeldung +++ Die Bundeswehr beteiligt sich.", "== Archiv == Archiv =="):
        assert clean([text, "Die Bundeswehr beteiligt sich."]).furniture == []


def test_spelt_out_forms_of_address_are_salutations():
    # New user 35: an EU statement at the UN opened "Mister President," and it was item 1
    lines = [
        "Mister President,",
        "Distinguished Co-Chairs, Excellencies, Colleagues,",
        "Madam Speaker,",
        "Colleagues in the Council have agreed on the text.",
    ]
    kinds = dict((ln.text, kind) for ln, kind in clean(lines).furniture)
    assert kinds == {
        "Mister President,": "salutation",
        "Distinguished Co-Chairs, Excellencies, Colleagues,": "salutation",
        "Madam Speaker,": "salutation",
    }


def test_a_markdown_copys_linked_notes_are_footnotes(tmp_path):
    # DFAT's historical documents as Markdown: "Lawrey[1](#f1)" in the text, "* 1 Lawrence
    # John Lawrey, ..." at the end; a link may be cut by a line end ("Tange[2]" / "(#f2)").
    path = tmp_path / "cable.txt"
    path.write_text(
        "## 14 Memorandum from Lawrey[1](#f1) to Tange[2]\n(#f2)\n\n"
        "We have discussed the implementation of Section 144 b with Mr. Smith.\n\n"
        "2\\. It is apparent that the new legislation will not lead to overnight cooperation.\n\n"
        " _[NAA: A5462, 138/2/10]_\n\n"
        "  * 1 Lawrence John Lawrey, First Secretary, Australian Embassy, Washington.\n"
        "  * 2 Tange was now Secretary, Department of External Affairs.\n",
        encoding="utf-8",
    )
    doc = polcompare.read(path, lang="en")
    roles = dict(zip(doc.lines["line"], doc.lines["role"], strict=True))
    assert roles[10] == roles[11] == "footnote"
    assert not doc.items["text"].str.contains("Lawrence John Lawrey").any()
    assert len(doc.footnotes) == 2


def test_cookie_banners_menus_and_delivery_notes_in_other_languages_are_furniture():
    # New user 38: likumi.lv's cookie banner and login menu were items of a cabinet order;
    # new user 39: an EEAS statement's "- Final as delivered -" was its second paragraph
    lines = [
        "Šajā tīmekļa vietnē tiek izmantotas sīkdatnes. Turpinot lietot šo vietni, jūs "
        "piekrītat sīkdatņu izmantošanai. Uzzināt vairāk.",
        "Vi bruker informasjonskapsler for å forbedre nettstedet.",
        "Autorizēties savā kontā",
        "- Final as delivered -",
        "Ministru kabineta rīkojums Nr. 390 par rīcības plānu.",
    ]
    kinds = dict((ln.text, kind) for ln, kind in clean(lines).furniture)
    assert kinds == {
        lines[0]: "cookie_notice",
        lines[1]: "cookie_notice",
        "Autorizēties savā kontā": "navigation",
        "- Final as delivered -": "delivery_note",
    }


def test_notices_chrome_and_a_special_editions_journal_page_are_furniture_not_titles(write):
    # New user 48: an archived EEAS page titled "THIS CONTENT HAS BEEN ARCHIVED", an
    # Oireachtas debate titled "Normal View" and undated ("4 Dec 2019"), a regulation of the
    # Journal's special edition whose title ended "LI 265/1", a room greeted in one line.
    lines = [
        "THIS CONTENT HAS BEEN ARCHIVED",
        "Teaser",
        "Normal View",
        "LI 265/1",
        "Excellencies, Distinguished Participants, ladies and gentlemen,",
        "Mr. President, Mr. Secretary-General, Excellences,",
        "Klikk på første bokstav i det ordet du leter etter eller søk på ordet her.",
    ]
    kinds = dict((ln.text, k) for ln, k in clean([*lines, "", "The EU supports it."]).furniture)
    assert kinds == {
        "THIS CONTENT HAS BEEN ARCHIVED": "navigation",
        "Teaser": "navigation",
        "Normal View": "navigation",
        "Excellencies, Distinguished Participants, ladies and gentlemen,": "salutation",
        "Mr. President, Mr. Secretary-General, Excellences,": "salutation",
        "Klikk på første bokstav i det ordet du leter etter eller søk på ordet her.": "navigation",
    }  # "LI 265/1" is furniture beside the Journal's header (below)
    debate = (
        "Skip to main content\nNormal View\n\nSeanad Éireann debate -\nWednesday, 4 Dec 2019\n\n"
        "Vol. 268 No. 12\n\nProhibition of Nuclear Weapons Bill 2019: Second and Subsequent "
        "Stages\n\nI am pleased to have the opportunity to address the House on the Bill.\n"
    )
    doc = polcompare.read(write(debate, name="debate.en.txt"), lang="en")
    assert doc.meta["title"] == "Seanad Éireann debate"  # its date below, not "Normal View"
    assert doc.meta["date"] == "2019-12-04"
    act = (
        "16.10.2017\n\nEN\n\nOfficial Journal of the European Union\n\nLI 265/1\n\n\n"
        "COUNCIL REGULATION (EU) 2017/1858\n\nof 16 October 2017\n\n"
        "amending Regulation (EU) 2017/1509 concerning restrictive measures against the "
        "Democratic People's Republic of Korea\n\nTHE COUNCIL OF THE EUROPEAN UNION,\n\n"
        "Having regard to the Treaty on the Functioning of the European Union,\n"
    )
    doc = polcompare.read(write(act, name="reg.en.txt"), lang="en")
    assert doc.lines.set_index("line").at[7, "role"] == "furniture"
    assert doc.meta["title"].endswith("Democratic People's Republic of Korea")


def test_a_consolidated_title_a_long_title_and_a_riksdag_number(write):
    # New user 48: EUR-Lex's consolidated page prints the title, "Consolidated text: " and the
    # title again (it ended the title); long titles were cut mid-word at 300 characters; a
    # Riksdag answer "2018/19:530" was numbered "2018/19".
    title = (
        "Council Decision (CFSP) 2016/2383 of 21 December 2016 on the Union support for the "
        "International Atomic Energy Agency activities in the areas of nuclear security"
    )
    page = f"{title}\nConsolidated text: {title}\n{title}\n\nArticle 1\n\n1. The Union shall.\n"
    doc = polcompare.read(write(page, name="consolidated.en.txt"), lang="en")
    assert doc.meta["title"] == title
    long = "Joint Action " + " ".join(["on support for the activities of the Commission"] * 7)
    doc = polcompare.read(write(f"{long}\n\n1. The Union shall act.\n", name="l.en.txt"))
    cut = doc.meta["title"]
    assert len(cut) <= 300 and cut.endswith("…") and long.startswith(cut[:-1] + " ")
    answer = (
        "Sveriges arbete för kärnvapennedrustning\n\n"
        "Svar på skriftlig fråga 2018/19:530 besvarad av Utrikesminister Margot Wallström (S)\n\n"
        "Herr talman! Tack för frågan om Sveriges arbete för nedrustning.\n"
    )
    doc = polcompare.read(write(answer, name="svar.sv.txt"), lang="sv")
    assert doc.meta["doc_number"] == "2018/19:530"


def test_new_user_50_captions_with_a_dotted_credit_and_dated_titles_are_not_paragraphs():
    # A Finnish caption whose credit holds dots inside words, an EEAS statement's date and
    # place before its title, and a Finnish news page's date with its time were items.
    fi = polcompare.read_bytes(
        "Kyberturvallisuus\n\nKybertoimintaympäristö on noussut tärkeäksi osaksi politiikkaa.\n\n"
        "Ulkoministeriö koordinoi yhteistyötä. Kuva: Grant Hutchinson/Flickr.com, cc by-nc-nd 2.0"
        "\n\nKyberuhat eivät tunne valtioiden rajoja.\n".encode(),
        name="formin.fi.txt",
    )
    roles = dict(zip(fi.lines["line"], fi.lines["role"], strict=True))
    assert roles[5] == "furniture" and roles[7] == "item"
    en = polcompare.read_bytes(
        "EU Statement – UN Open-Ended Working Group on ICT\n\n14 December 2023, New York – "
        "European Union Key Messages at the 78th Session of the Open-Ended Working Group\n\n"
        "Excellencies,\n\n"
        "I have the honour to speak on behalf of the European Union.\n\nThe EU condemns the "
        "malicious use of ICTs.\n".encode(),
        name="eeas-oewg.en.txt",
    )
    assert en.items["text"].tolist() == [
        "I have the honour to speak on behalf of the European Union.",
        "The EU condemns the malicious use of ICTs.",
    ]
    assert en.meta["date"] == "2023-12-14"
    news = polcompare.read_bytes(
        "Kyberdiplomatiaa ja luottamusta\n\nSisäministeriö\n7.9.2018 13.13\nUutinen\n\n"
        "Turvallisuuskeskustelussa mielikuvat ja todellisuus heijastavat toisiaan.\n\n"
        "Riippuvuus tietoteknologiasta on lisännyt haavoittuvuutta.\n".encode(),
        name="intermin.fi.txt",
    )
    assert "7.9.2018 13.13" not in news.items["text"].tolist()
    assert len(news.items) == 2


def test_new_user_51_an_eeas_category_and_a_final_mark_are_furniture_and_the_title_above_items():
    # The EEAS's category "Statements on behalf of the EU" over a statement was its title,
    # and " - Final - " under its dateline was a paragraph; in a numbered statement the
    # lines above the first item are unparsed, and its title is the one among them.
    doc = polcompare.read(
        ROOT / "eval/parse/holdout55/eeas-eu-statement-unsc-arria-formula-salw-2021-09-16.en.txt"
    )
    lines = doc.lines.set_index("line")
    assert lines.at[6, "text"] == "Statements on behalf of the EU"
    assert lines.at[6, "role"] == "furniture"
    assert doc.meta["title"] == (
        "EU Statement – United Nations Security Council: Arria-formula Meeting on Small Arms "
        "and Light Weapons"
    )
    final = polcompare.read_bytes(
        "EU Statement – UN Programme of Action on Small Arms: Implementation\n\n"
        "26 July 2021, New York – Statement on behalf of the European Union\n\n - Final -\n\n"
        "Mr. Chair,\n\nI have the honour to speak on behalf of the European Union.\n".encode(),
        name="eeas-poa.en.txt",
    )
    roles = dict(zip(final.lines["line"], final.lines["role"], strict=True))
    assert roles[5] == "furniture"
    assert final.items["text"].tolist() == [
        "I have the honour to speak on behalf of the European Union."
    ]


def test_a_gazettes_back_page_is_furniture_not_points_of_the_last_article():
    # held-out sets 84 and 85: the Greek Government Gazette ends each issue with its numbered
    # notices about itself ("1. ΦΥΛΛΟ ΤΗΣ ΕΦΗΜΕΡΙΔΑΣ ...") and the printer's address and
    # hours; they were paragraphs 2.1 and 2.2 of a decree's last article, or ran on in the
    # resolution's last paragraph
    doc = polcompare.read(
        ROOT / "eval/parse/holdout84/"
        "gr-et-fek-a-139-2021-pd-54-2021-efarmogi-apofasis-2528-2020-symvouliou-asfaleias-kongko.el.txt"
    )
    assert doc.items["kind"].tolist()[-2:] == ["article", "article"]
    assert doc.items["end_line"].iloc[-1] == 31
    assert doc.furniture[doc.furniture["kind"] == "back_page"]["line"].tolist() == [33, 35]
    doc = polcompare.read(
        ROOT / "eval/parse/holdout85/"
        "gr-fek-a-109-2018-pd-55-2018-apofasi-2316-2016-somalia-kai-apofasi-2402-2018-yemeni.el.txt"
    )
    last = doc.items.iloc[-1]
    assert (last["number"], last["start_line"], last["end_line"]) == ("μόνο.13", 51, 51)
    # (the copy glued the minister's signature and the printer's contacts to paragraph 13's
    # line: they stay in it)
    assert "ΕΚΤΥΠΩΤΙΚΕΣ" not in " ".join(doc.items["text"])
    back = doc.furniture[doc.furniture["line"] >= 53]
    assert back["line"].tolist() == [53, 55, 57, 58, 59, 60, 61, 62, 63]  # down to the hours
    # the same words inside a decree's text, far from its end, stay text
    text = ["1. ΦΥΛΛΟ ΤΗΣ ΕΦΗΜΕΡΙΔΑΣ ΤΗΣ ΚΥΒΕΡΝΗΣΕΩΣ: όπως ορίζεται."] + ["Κείμενο."] * 60
    assert clean(text).roles[1] == "content"


def test_a_markdown_copys_front_matter_and_pages_labels_are_furniture(write):
    # new user 53: the Außenwirtschaftsgesetz as published in Markdown opened with its YAML
    # front matter, which was its first item, and its title came from the list below it
    text = (
        "---\nTitle: Außenwirtschaftsgesetz\njurabk: AWG 2013\nlayout: default\n\n---\n\n"
        "# Außenwirtschaftsgesetz (AWG 2013)\n\nAusfertigungsdatum\n:   2013-06-06\n\n"
        "Zuletzt geändert durch\n:   Art. 1 G v. 10.7.2020 I 1637\n\n### § 1 Grundsatz\n\n"
        "(1) Der Außenwirtschaftsverkehr ist grundsätzlich frei.\n\n"
        "(2) Die Vorschriften bleiben unberührt.\n"
    )
    doc = polcompare.read(write(text, name="awg.de.txt"), lang="de")
    assert doc.furniture["kind"].tolist() == ["front_matter"] * 5
    assert doc.meta["title"] == "Außenwirtschaftsgesetz (AWG 2013)"
    assert not doc.items["text"].str.contains("jurabk").any()
    assert doc.items["number"].tolist()[-2:] == ["1.1", "1.2"]
    # a rule over a line of text is no front matter
    lines = ["---", "Statement by the High Representative", "---", "Text."]
    assert clean(lines).roles[2] == "content"
    # a page's labels, and a salutation with two forms of address
    kinds = dict(
        (line.text, kind)
        for line, kind in clean(
            ["Editorial Sections:", "Schlagworte", "Share this page", "Madam/Mister President,"]
        ).furniture
    )
    assert kinds == {
        "Editorial Sections:": "navigation",
        "Schlagworte": "navigation",
        "Share this page": "navigation",
        "Madam/Mister President,": "salutation",
    }
    assert clean(["and/or President,"]).roles[1] == "content"


def test_a_speech_for_the_high_representative_is_an_eu_statement_without_its_salutation(write):
    # New user 69: "Statement by High Representative Josep Borrell on ..." (no "the") was typed
    # generic, and the speech's "Dear President, Honourable Members of the European
    # Parliament," was an item.
    text = (
        "DRC: Statement by High Representative / Vice-President Josep Borrell at the EP debate\n\n"
        "Dear President, Honourable Members of the European Parliament,\n\n"
        "The European Union is appalled by the spike of violence in the eastern provinces.\n\n"
        "The EU reiterates its call on all parties to respect international law.\n"
    )
    doc = polcompare.read(write(text, name="hrvp.en.txt"), lang="en")
    assert doc.items["text"].str[:20].tolist() == ["The European Union i", "The EU reiterates it"]
    assert set(doc.items["doc_type"]) == {"statement"}


def test_a_pages_keyword_line_is_furniture_and_a_list_of_names_is_text(write):
    # New user 69: an EEAS page's tags ("Landmine, mine clearance, demining, EU, EEAS,
    # Mogherini") were an item tagged survey_clearance. A line listing States, or a sentence
    # running over terms ("... Statements, and Side Events"), stays text.
    text = (
        "EU leads action to end the scourge of landmines\n\n"
        "04/04/2018 - 14:19\n\n"
        "The 4th of April of each year marks the International Day for Mine Awareness.\n\n"
        "Landmine, mine clearance, demining, EU, EEAS, Mogherini\n\n"
        "Between 2012 and 2016, the EU committed almost 300 million Euros to mine action.\n\n"
        "Australia, Austria, Belgium, Germany, Iraq, Italy, Lebanon, and Zambia\n\n"
        "Press Releases, Draft Resolutions, Statements, Secretary-General's Reports, "
        "and Side Events\n"
    )
    doc = polcompare.read(write(text, name="eeas.en.txt"), lang="en")
    kept = doc.furniture[doc.furniture["kind"] == "keywords"]
    assert kept[["line", "text"]].values.tolist() == [
        [7, "Landmine, mine clearance, demining, EU, EEAS, Mogherini"]
    ]
    assert doc.items["text"].str[:9].tolist() == [
        "The 4th o",
        "Between 2",
        "Australia",
        "Press Rel",
    ]
    assert "survey_clearance" not in ";".join(polcompare.tag(doc.items).items["themes"])
