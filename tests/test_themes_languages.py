"""A language decides its rules: own patterns only, no themes (and a warning) without them."""

import warnings

import pandas as pd
import pytest

import polcompare
from polcompare.cli import main
from polcompare.errors import DictionaryError, UntaggedLanguageWarning
from polcompare.themes import TAXONOMIES, load_dictionary, tag

from .conftest import ROOT

# Sentences of the kind EU Council conclusions and position papers are made of, in French and
# German: full of function words ("un", "de", "la", "die", "der", "Date") that other languages'
# patterns could mistake for themes.
FRENCH = [
    "Le Conseil condamne fermement la répression persistante exercée par le régime contre le "
    "peuple, la société civile et les médias indépendants.",
    "L'UE est un des principaux donateurs de l'action contre les mines et soutient le déminage, "
    "la destruction des stocks et l'assistance aux victimes.",
    "Il est essentiel que les États parties présentent à temps, avant la date limite du 30 avril, "
    "leurs rapports au titre de l'article 7.",
    "Un monde sans mines antipersonnel reste notre objectif commun, et nous y consacrons des "
    "moyens considérables.",
]
GERMAN = [
    "Der Rat verurteilt aufs Schärfste die anhaltende Unterdrückung der Zivilgesellschaft und "
    "der unabhängigen Medien.",
    "Die EU ist einer der größten Geber für die Minenräumung und unterstützt die Vernichtung der "
    "Lagerbestände sowie die Opferhilfe.",
    "Bis zu diesem Datum sollen die Vertragsstaaten ihre Berichte nach Artikel 7 vorlegen; die "
    "Daten werden öffentlich gemacht.",
    "Eine Welt ohne Antipersonenminen bleibt unser gemeinsames Ziel, und wir stellen dafür "
    "erhebliche Mittel bereit.",
]
# Swedish: "min"/"mina" (my) look like mines, "man" (one) like "manar" (urges), "lag" (law)
# shares the stem of "lager" (stockpile), "oroligheter" (unrest) that of "oro" (concern).
SWEDISH = [
    "Rådet fördömer kraftfullt det fortsatta förtrycket av civilsamhället och de oberoende "
    "medierna.",
    "EU är en av de största givarna till minröjning och stöder förstöring av lager och stöd "
    "till offren.",
    "Som man kan se av min och mina kollegors rapport har den nya lagen om oroligheterna i "
    "landet inte minskat.",
    "En värld utan truppminor är fortfarande vårt gemensamma mål, och vi avsätter betydande "
    "medel för det.",
]
FUNCTION_WORDS = {
    "fr": {"un", "une", "de", "des", "la", "le", "les", "et", "à", "au", "du", "en", "est", "il"},
    "de": {"der", "die", "das", "und", "ein", "eine", "ist", "zu", "bis", "date", "datum", "data"},
    "sv": {
        "en",
        "ett",
        "och",
        "att",
        "det",
        "som",
        "av",
        "man",
        "min",
        "mina",
        "lag",
        "lagen",
        "har",
        "är",
        "de",
        "den",
        "för",
        "till",
        "om",
        "oroligheterna",
        "minskat",
    },
}


def _items(lang, texts, doc_id="doc"):
    return pd.DataFrame(
        {
            "doc_id": doc_id,
            "item_id": [f"{doc_id}:{k}" for k in range(len(texts))],
            "lang": lang,
            "text": texts,
        }
    )


ONE_LANGUAGE = "lv:\n  clearance: [atmīnēšana]\nen:\n  clearance: [demining, un]\n"


def test_a_language_the_dictionary_lacks_gets_no_themes_and_one_warning(tmp_path):
    path = tmp_path / "mine.yml"
    path.write_text(ONE_LANGUAGE, encoding="utf-8")
    items = pd.concat(
        [_items("fr", FRENCH, "position.fr"), _items("und", ["un demining"], "x")],
        ignore_index=True,
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = tag(items, taxonomy="mine", dictionary=path)
    assert set(result.items["themes"]) == {""}
    assert result.evidence.empty
    assert result.items["tag_status"].tolist() == ["no_dictionary_for_language"] * 4 + [
        "language_undetermined"
    ]
    messages = [str(w.message) for w in caught if w.category is UntaggedLanguageWarning]
    assert len(messages) == 2  # one per document and language
    assert messages[0].startswith("position.fr: language 'fr'") and "4 item(s)" in messages[0]
    assert messages[1].startswith("x: language undetermined") and "\n" not in messages[1]


def test_another_language_only_when_asked(tmp_path):
    path = tmp_path / "mine.yml"
    path.write_text(ONE_LANGUAGE, encoding="utf-8")
    items = _items("fr", ["Un soutien au demining."])
    result = tag(items, taxonomy="mine", dictionary=path, fallback_lang="en")
    assert result.items["tag_status"].tolist() == ["tagged_with_fallback"]
    assert result.evidence["match"].tolist() == ["Un", "demining"]
    with pytest.raises(DictionaryError, match="fallback_lang 'fr'"):
        tag(items, taxonomy="mine", dictionary=path, fallback_lang="fr")


@pytest.mark.parametrize("taxonomy", TAXONOMIES)
@pytest.mark.parametrize(("lang", "texts"), [("fr", FRENCH), ("de", GERMAN), ("sv", SWEDISH)])
def test_real_french_and_german_text_matches_no_function_words(taxonomy, lang, texts):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UntaggedLanguageWarning)
        result = tag(_items(lang, texts), taxonomy=taxonomy)
    ev = result.evidence
    matched = {str(m).lower() for m in ev["match"]}
    assert not matched & FUNCTION_WORDS[lang], ev[["match", "pattern"]]
    # every pattern that matched is one of the item's own language
    own = {p for ps in load_dictionary(taxonomy).patterns.get(lang, {}).values() for p in ps}
    assert set(ev["pattern"]) <= own


def test_the_command_line_warns_in_one_line(tmp_path, capsys):
    path = tmp_path / "mine.yml"
    path.write_text(ONE_LANGUAGE, encoding="utf-8")
    text = tmp_path / "note.fr.txt"
    text.write_text("1. " + FRENCH[1] + "\n", encoding="utf-8")
    assert main(["items", str(text), "--lang", "fr", "--dictionary", str(path)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("polcompare: warning: ")
    assert "language 'fr'" in err[0]
    assert (
        main(
            ["items", str(text), "--lang", "fr", "--dictionary", str(path)]
            + ["--fallback-lang", "en"]
        )
        == 0
    )
    out, err = capsys.readouterr()
    assert not err and "tagged_with_fallback" in out


def test_the_context_rule_gives_themes_only_to_documents_about_it(tmp_path):
    path = tmp_path / "ctx.yml"
    path.write_text(
        "rules:\n  context:\n    patterns:\n      en: [mine, mines]\n"
        "en:\n  partners: [civil society]\n",
        encoding="utf-8",
    )
    items = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "item_id": ["a:1", "a:2", "b:1"],
            "lang": "en",
            "text": ["Mines kill.", "We work with civil society.", "We work with civil society."],
        }
    )
    result = tag(items, taxonomy="x", dictionary=path)
    assert result.items["themes"].tolist() == ["", "partners", ""]
    assert result.evidence["item_id"].tolist() == ["a:2"]
    # b was read, but the rule held its themes back: its "no theme" says "not applied"
    assert result.items["tag_status"].tolist() == ["tagged", "tagged", "out_of_context"]
    assert load_dictionary("oap").context["en"]  # the shipped oap has the rule


def test_a_bad_context_rule_is_a_named_error(tmp_path):
    path = tmp_path / "ctx.yml"
    path.write_text("rules:\n  context: {words: [mine]}\nen:\n  a: [b]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="rule 'context' needs 'patterns'"):
        load_dictionary(path)


def test_a_language_the_context_rule_has_no_words_for_is_a_named_error(tmp_path):
    # A user adding Swedish to a copy of oap.yml: the rule's patterns have no sv, so Swedish
    # items got Oslo themes in every document (a decision on refugees) instead of being held back
    path = tmp_path / "ctx.yml"
    path.write_text(
        "rules:\n  context:\n    patterns:\n      en: [mine, mines]\n"
        "en:\n  victims: [casualties]\nsv:\n  victims: [offer]\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match="rule 'context' has no patterns for sv") as err:
        load_dictionary(path)
    assert "rules: context: patterns: sv" in str(err.value)
    path.write_text(
        "rules:\n  context:\n    patterns:\n      en: [mine, mines]\n      sv: ['*minor']\n"
        "en:\n  victims: [casualties]\nsv:\n  victims: [offer]\n",
        encoding="utf-8",
    )
    items = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "item_id": ["a:1", "b:1"],
            "lang": "sv",
            "text": ["Offer för landminor.", "Offer för översvämningar."],
        }
    )
    tagged = tag(items, taxonomy="x", dictionary=path).items
    assert tagged["themes"].tolist() == ["victims", ""]
    assert tagged["tag_status"].tolist() == ["tagged", "out_of_context"]


def test_the_context_rule_item_by_item_in_mixed_documents(tmp_path):
    path = tmp_path / "ctx.yml"
    path.write_text(
        "rules:\n  context:\n    patterns:\n      en: [mine, mines]\n"
        "    items: {share: 0.5, neighbours: 1}\n"
        "en:\n  victims: [casualties]\n",
        encoding="utf-8",
    )
    casualties = "There were casualties."
    items = pd.DataFrame(
        {
            # a: one item in four about mines; b: most items about mines
            "doc_id": ["a"] * 4 + ["b"] * 3,
            "item_id": [f"a:{k}" for k in range(4)] + [f"b:{k}" for k in range(3)],
            "lang": "en",
            "text": [casualties, "Mines kill.", casualties, "Other.", "Mines.", casualties]
            + ["Mine casualties."],
        }
    )
    tagged = tag(items, taxonomy="x", dictionary=path).items
    themes = tagged["themes"].tolist()
    # a:0 and a:2 sit next to the mine item; a:3 does not (and has no theme anyway)
    assert themes == ["victims", "", "victims", "", "", "victims", "victims"]
    assert tagged["tag_status"].tolist()[:4] == ["tagged"] * 3 + ["out_of_context"]
    items.loc[0, "text"], items.loc[3, "text"] = "Other.", casualties
    themes = tag(items, taxonomy="x", dictionary=path).items["themes"].tolist()
    assert themes[:4] == ["", "", "victims", ""]  # a:3 is two items from the mine item
    assert load_dictionary("oap").context_share == 0.5


def test_a_coal_mine_is_no_context_for_the_oslo_themes():
    # An EU statement to the OSCE on Russia's war (norway.no, "Denmark on behalf of 26 EU
    # members", 23 October 2025): its only "mine" is a coal mine, and Oslo's victim assistance
    # came from "civilian casualties" in the next paragraph.
    texts = [
        "Russian forces have continued to launch attacks on Ukraine, resulting in civilian "
        "casualties and damage.",
        "On 19 October, Russia launched a large-scale attack against a coal mine in "
        "Dnipropetrovsk Oblast, trapping 192 employees underground.",
    ]
    items = pd.DataFrame(
        {"doc_id": "osce", "item_id": ["osce:1", "osce:2"], "lang": "en", "text": texts}
    )
    tagged = tag(items, taxonomy="oap").items
    assert tagged["themes"].tolist() == ["", ""]
    assert tagged["tag_status"].tolist() == ["out_of_context", "out_of_context"]
    # the same paragraph on landmines keeps the rule open
    items.loc[1, "text"] = texts[1].replace("a coal mine", "landmines")
    assert tag(items, taxonomy="oap").items["themes"].tolist()[0] == "victim_assistance"
    assert "coal mine*" in load_dictionary("oap").context_except["en"]


def test_the_context_rules_except_list_is_checked(tmp_path):
    path = tmp_path / "ctx.yml"
    path.write_text(
        "rules:\n  context:\n    patterns:\n      en: [mine]\n    except:\n      da: [kulmine]\n"
        "en:\n  a: [b]\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match="'except' has 'da', which 'patterns' lacks"):
        load_dictionary(path)
    path.write_text(
        "rules:\n  context:\n    patterns:\n      en: [mine]\n    except:\n      en: ['coal(']\n"
        "en:\n  a: [b]\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match="bad pattern 'coal\\('"):
        load_dictionary(path)


@pytest.mark.parametrize(
    "items", ["{share: 2, neighbours: 1}", "{share: 0.5}", "{share: 0.5, neighbours: -1}"]
)
def test_a_bad_context_items_setting_is_a_named_error(tmp_path, items):
    path = tmp_path / "ctx.yml"
    path.write_text(
        f"rules:\n  context:\n    patterns:\n      en: [mine]\n    items: {items}\nen:\n  a: [b]\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match="rule 'context' needs 'patterns'"):
        load_dictionary(path)


# Made-up sentences: refugees named in passing (what mines hinder, a branch of law) are not
# the policy theme migration_borders; refugees as the topic (flows, a crisis, camps) are.
@pytest.mark.parametrize(
    ("lang", "text", "migration"),
    [
        ("en", "Mines remain an obstacle to the return of refugees and displaced persons.", False),
        ("en", "States must respect human rights law, refugee law and humanitarian law.", False),
        ("en", "The Council discussed the refugee crisis and the flow of refugees.", True),
        ("de", "Minen verhindern die Rückkehr von Flüchtlingen in ihre Dörfer.", False),
        ("de", "Der Rat erörterte die Flüchtlingsströme an den Außengrenzen.", True),
        ("fr", "le droit international des réfugiés et le droit humanitaire", False),
        ("fr", "Le Conseil s'inquiète de l'afflux de réfugiés dans la région.", True),
        ("da", "Minerydning gør, at flygtninge igen kan vende hjem.", False),
        ("da", "Rådet drøftede flygtningekrisen i regionen.", True),
        ("nb", "Minene hindrer at flyktninger vender hjem.", False),
        ("nb", "Regjeringen støtter flyktningleirene i nabolandene.", True),
        ("lv", "Mīnas kavē bēgļu atgriešanos mājās.", False),
        ("lv", "Padome apsprieda bēgļu plūsmas pie robežas.", True),
        # people fleeing (the verb) stay the theme
        ("lv", "Padome atbalsta pilsoņus, kuri bēg no represijām.", True),
        ("en", "The EU supports citizens fleeing repression.", True),
        ("da", "Borgere, der flygter fra undertrykkelse, får hjælp.", True),
        ("sv", "Minorna hindrar att flyktingar återvänder hem.", False),
        ("sv", "Rådet diskuterade flyktingkrisen i regionen.", True),
        ("sv", "EU stöder medborgare som flyr förtrycket.", True),
    ],
)
def test_refugees_in_passing_are_not_migration(lang, text, migration):
    themes = tag(_items(lang, [text]), taxonomy="policy").items.loc[0, "themes"].split(";")
    assert ("migration_borders" in themes) is migration


# Made-up sentences: the International Day's title ("Mine Awareness", "Aufklärung über die
# Minengefahr", "informētības par mīnām") is not risk education; teaching the risk is.
@pytest.mark.parametrize(
    ("lang", "text", "risk_education"),
    [
        ("en", "On the International Day for Mine Awareness the EU honours deminers.", False),
        ("en", "The EU funds mine risk education in schools.", True),
        (
            "de",
            "Zum Internationalen Tag zur Aufklärung über die Minengefahr ehrt die EU die "
            "Minenräumer.",
            False,
        ),
        ("de", "Die EU finanziert Risikoaufklärung über Minen in Schulen.", True),
        ("lv", "Starptautiskajā informētības par mīnām dienā ES godina atmīnētājus.", False),
        ("lv", "ES finansē mīnu riska izglītošanu skolās.", True),
        (
            "sv",
            "På den internationella dagen för upplysning om minfaran hedrar EU minröjarna.",
            False,
        ),
        ("sv", "EU finansierar riskutbildning om minor i skolor.", True),
    ],
)
def test_the_mine_awareness_days_title_is_not_risk_education(lang, text, risk_education):
    themes = tag(_items(lang, [text]), taxonomy="oap").items.loc[0, "themes"].split(";")
    assert ("risk_education" in themes) is risk_education


# Made-up sentences: the CCW's Amended Protocol II, SALW and cluster munitions are arms-control
# regimes (policy disarmament) in every language; the Geneva Conventions' Additional Protocol II
# is not.
@pytest.mark.parametrize(
    ("lang", "text", "disarmament"),
    [
        ("en", "States should join Amended Protocol II.", True),
        ("en", "The Forum discussed SALW stockpiles.", True),
        ("en", "Additional Protocol II applies to internal conflicts.", False),
        ("de", "Alle Staaten sollten dem Geänderten Protokoll II beitreten.", True),
        ("fr", "Tous les États devraient adhérer au Protocole II modifié.", True),
        ("da", "Alle stater bør tilslutte sig den ændrede protokol II.", True),
        ("da", "Danmark destruerer sine klyngevåben.", True),
        ("nb", "Loven gjennomfører forbudet mot klaseammunisjon.", True),
        ("nb", "Alle stater bør slutte seg til den endrede protokoll II.", True),
        ("lv", "Visām valstīm būtu jāpievienojas Grozītajam II protokolam.", True),
        ("sv", "Alla stater bör ansluta sig till det ändrade protokoll II.", True),
        ("sv", "Lagen genomför förbudet mot klusterammunition.", True),
        # firearms and the French "ALPC" (new user 51)
        ("en", "Illicit firearms facilitate trafficking and organised crime.", True),
        ("fr", "Le commerce illicite des ALPC alimente les conflits.", True),
        ("fr", "La réactivation illicite des armes à feu neutralisées.", True),
        ("de", "Der illegale Handel mit Feuerwaffen nimmt zu.", True),
    ],
)
def test_arms_control_protocols_are_disarmament(lang, text, disarmament):
    themes = tag(_items(lang, [text]), taxonomy="policy").items.loc[0, "themes"].split(";")
    assert ("disarmament" in themes) is disarmament


# Made-up sentences after new user 66: an arms embargo's and an asset freeze's own formulae are
# sanctions in every language, though neither says "embargo" or "sanctions"; UNAMID, the "Hybrid
# Operation" in Darfur, is no hybrid attack; "urgent" alone is no call (stance).
@pytest.mark.parametrize(
    ("lang", "text", "theme", "tagged"),
    [
        (
            "en",
            "The supply of arms and related materiel to South Sudan shall be prohibited.",
            "sanctions",
            True,
        ),
        ("en", "The freezing of funds shall not apply to humanitarian aid.", "sanctions", True),
        (
            "en",
            "All funds and economic resources of the persons listed shall be frozen.",
            "sanctions",
            True,
        ),
        (
            "fr",
            "La fourniture d'armements et de matériels connexes est interdite.",
            "sanctions",
            True,
        ),
        ("fr", "Le gel des fonds ne s'applique pas.", "sanctions", True),
        ("de", "Sperre von Vermögenswerten und Bereitstellungsverbote", "sanctions", True),
        (
            "de",
            "Verbot der Lieferung von Rüstungsgütern und verwandtem Material",
            "sanctions",
            True,
        ),
        (
            "sv",
            "Det är förbjudet att exportera vapen eller vapenrelaterat material.",
            "sanctions",
            True,
        ),
        ("nb", "Norge har sluttet opp om EUs våpenembargo.", "sanctions", True),
        ("nb", "Økonomiske frystiltak innebærer at midler fryses.", "sanctions", True),
        ("da", "Danmark gennemfører EU's våbenembargo.", "sanctions", True),
        (
            "en",
            "The African Union-United Nations Hybrid Operation in Darfur (UNAMID).",
            "migration_borders",
            False,
        ),
        (
            "fr",
            "L'Opération hybride Union africaine-Nations Unies au Darfour.",
            "migration_borders",
            False,
        ),
        (
            "en",
            "The EU condemns hybrid attacks against its Member States.",
            "migration_borders",
            True,
        ),
    ],
)
def test_embargo_and_asset_freeze_formulae_are_sanctions(lang, text, theme, tagged):
    themes = tag(_items(lang, [text]), taxonomy="policy").items.loc[0, "themes"].split(";")
    assert (theme in themes) is tagged


@pytest.mark.parametrize(
    ("text", "urge"),
    [
        ("Sudan is one of the most urgent challenges facing the world.", False),
        ("Humanitarian access is needed urgently.", True),
    ],
)
def test_urgent_alone_is_no_call(text, urge):
    themes = tag(_items("en", [text]), taxonomy="stance").items.loc[0, "themes"].split(";")
    assert ("urge_call" in themes) is urge


def test_a_swiss_agency_named_for_migration_is_no_migration_topic():
    # new user 68: the SEM granting a sanctions exemption made the item a migration item
    text = "Das Staatssekretariat für Migration (SEM) kann Ausnahmen gewähren."
    themes = tag(_items("de", [text]), taxonomy="policy").items.loc[0, "themes"].split(";")
    assert "migration_borders" not in themes
    text = "Die Migration über das Mittelmeer nimmt zu."
    themes = tag(_items("de", [text]), taxonomy="policy").items.loc[0, "themes"].split(";")
    assert "migration_borders" in themes


@pytest.mark.parametrize(
    ("lang", "text", "civil"),
    [
        # new user 69: armed groups named after democracy, and the UN's sanctioned "entités non
        # gouvernementales", read as civil society
        ("en", "The Council demanded that the Allied Democratic Forces (ADF) disarm.", False),
        ("en", "It condemned the Democratic Forces for the Liberation of Rwanda (FDLR).", False),
        ("fr", "Les Forces démocratiques alliées (ADF) ont attaqué des civils.", False),
        ("fr", "Les mesures visent les personnes et entités non gouvernementales armées.", False),
        ("en", "The EU supports the democratic forces of Belarus.", True),
        ("fr", "Les organisations non gouvernementales jouent un rôle essentiel.", True),
    ],
)
def test_armed_groups_named_for_democracy_are_no_civil_society(lang, text, civil):
    themes = tag(_items(lang, [text]), taxonomy="policy").items.loc[0, "themes"].split(";")
    assert ("civil_society" in themes) is civil


# New user 67: the UN's travel-ban and asset-freeze formulae, an export ban on arms and the Swiss
# transit ban carried no sanctions topic.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "All States shall prevent the entry into or transit through their territories."),
        ("en", "States shall freeze the financial assets and economic resources of the listed."),
        ("en", "The Council decided on a ban on the export of arms to the country."),
        ("fr", "Les États empêchent l'entrée sur leur territoire ou le passage en transit."),
        ("fr", "Les États gèlent les fonds et autres avoirs financiers des personnes désignées."),
        ("de", "Die Einreise in die Schweiz und die Durchreise durch die Schweiz sind verboten."),
    ],
)
def test_un_travel_ban_and_asset_freeze_formulae_are_sanctions(lang, text):
    themes = tag(_items(lang, [text]), taxonomy="policy").items.loc[0, "themes"].split(";")
    assert "sanctions" in themes


# New user 67: an invitation is no call, a mission's name no support, a call to others to reject
# violence no rejection of the issuer's; "sterkt bekymringsfull" (deeply worrying) is concern.
@pytest.mark.parametrize(
    ("lang", "text", "theme", "tagged"),
    [
        ("en", "The delegation accepted the invitation to the meeting.", "urge_call", False),
        ("en", "Parties were asked to reject violence and return to talks.", "condemn", False),
        ("en", "The European Union rejects the annexation of Crimea.", "condemn", True),
        ("fr", "La Mission multinationale d'appui est déployée.", "support_welcome", False),
        ("fr", "Le Conseil apporte son appui à la mission.", "support_welcome", True),
        ("nb", "Situasjonen i Jemen er sterkt bekymringsfull.", "concern_regret", True),
        ("en", "Adopted by 14 affirmative votes to none against.", "commit_reaffirm", False),
    ],
)
def test_invitations_mission_names_and_others_rejections_are_no_stance(lang, text, theme, tagged):
    themes = tag(_items(lang, [text]), taxonomy="stance").items.loc[0, "themes"].split(";")
    assert (theme in themes) is tagged


# Made-up sentences: "mine-affected" describes a place (no cooperation); affected States working
# with donors are cooperation and assistance.
@pytest.mark.parametrize(
    ("lang", "text", "cooperation"),
    [
        ("en", "Deminers make mine-affected areas safe again.", False),
        ("en", "Donors work with affected States on their mine action.", True),
        ("de", "Minenräumer machen minenbetroffene Gebiete wieder sicher.", False),
        ("fr", "Les démineurs rendent les zones touchées par les mines à nouveau sûres.", False),
        ("da", "Minerydderne gør de mineramte områder sikre igen.", False),
        ("nb", "Minerydderne gjør de minerammede områdene trygge igjen.", False),
        ("lv", "Atmīnētāji padara mīnu skartās teritorijas atkal drošas.", False),
        ("sv", "Minröjarna gör de mindrabbade områdena säkra igen.", False),
    ],
)
def test_mine_affected_places_are_not_cooperation(lang, text, cooperation):
    themes = tag(_items(lang, [text]), taxonomy="oap").items.loc[0, "themes"].split(";")
    assert ("cooperation_assistance" in themes) is cooperation


# Made-up sentences: the UN Charter in full, humanitarian law without "international" and the UN
# High Commissioner for Human Rights are international law and its mechanisms in every language.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "All parties must respect humanitarian law."),
        ("en", "The report of the High Commissioner for Human Rights was discussed."),
        ("fr", "Toutes les parties doivent respecter le droit humanitaire."),
        ("fr", "Le rapport du Haut Commissaire aux droits de l'homme a été examiné."),
        ("de", "Der Bericht des Hochkommissars für Menschenrechte wurde erörtert."),
        ("da", "i overensstemmelse med De Forenede Nationers pagt"),
        ("da", "Rapporten fra FN's højkommissær for menneskerettigheder blev drøftet."),
        ("nb", "i samsvar med De forente nasjoners pakt"),
        ("nb", "Rapporten fra FNs høykommissær for menneskerettigheter ble drøftet."),
        ("sv", "i enlighet med Förenta nationernas stadga"),
        ("sv", "Rapporten från FN:s högkommissarie för mänskliga rättigheter diskuterades."),
        ("lv", "Tika apspriests ANO augstā komisāra cilvēktiesību jautājumos ziņojums."),
    ],
)
def test_charter_humanitarian_law_and_the_high_commissioner(lang, text):
    themes = tag(_items(lang, [text]), taxonomy="policy").items.loc[0, "themes"].split(";")
    assert "international_law" in themes


# Made-up sentences: Norwegian "ikke-statlige" is civil society only as organisations, not in
# "ikke-statlige væpnede aktører" (non-state armed groups).
@pytest.mark.parametrize(
    ("text", "civil"),
    [
        ("Ikke-statlige, væpnede aktører bruker forbudte våpen.", False),
        ("Regjeringen samarbeider med ikke-statlige organisasjoner.", True),
    ],
)
def test_non_state_armed_groups_are_not_civil_society(text, civil):
    themes = tag(_items("nb", [text]), taxonomy="policy").items.loc[0, "themes"].split(";")
    assert ("civil_society" in themes) is civil


# Made-up sentences: the Convention's title ("konventionen om forbud mod brug, oplagring ...") is
# no call to join it; joining it is.
@pytest.mark.parametrize(
    ("lang", "text", "universal"),
    [
        (
            "da",
            "til støtte for konventionen om forbud mod brug, oplagring og produktion af "
            "personelminer",
            False,
        ),
        (
            "nb",
            "Konvensjonen om forbud mot bruk, lagring og produksjon av antipersonellminer "
            "ble drøftet.",
            False,
        ),
        (
            "da",
            "Danmark opfordrer alle stater til at tiltræde konventionen om personelminer.",
            True,
        ),
        ("nb", "Norge ber alle stater slutte seg til konvensjonen mot miner.", True),
        (
            "sv",
            "Konventionen om förbud mot användning, lagring, produktion och överföring av "
            "antipersonella minor diskuterades.",
            False,
        ),
        (
            "sv",
            "Sverige uppmanar alla stater att ansluta sig till konventionen om truppminor.",
            True,
        ),
    ],
)
def test_the_conventions_title_is_not_universalisation(lang, text, universal):
    themes = tag(_items(lang, [text]), taxonomy="oap").items.loc[0, "themes"].split(";")
    assert ("universalization" in themes) is universal


# Made-up sentences: compliance with any treaty or rule is not the Convention's compliance theme;
# complying with the Convention and its obligations is.
@pytest.mark.parametrize(
    ("lang", "text", "compliance"),
    [
        (
            "en",
            "Mines and booby traps: all parties must comply with Protocol II of the CCW.",
            False,
        ),
        ("en", "The EU stresses compliance with the CCW and mines protocols.", False),
        ("en", "The EU calls for full compliance with the Convention on mines.", True),
        ("en", "States must comply with their obligations on anti-personnel mines.", True),
        ("fr", "Les mines : les parties doivent se mettre en conformité avec le protocole.", False),
        ("fr", "Nous continuerons à nous conformer à nos obligations sur les mines.", True),
        ("nb", "Minene: etterlevelse av protokollen er viktig.", False),
        ("nb", "Minene: etterlevelse av konvensjonen er viktig.", True),
        ("sv", "Minorna: efterlevnad av protokollet är viktig.", False),
        ("sv", "Minorna: efterlevnad av konventionen är viktig.", True),
    ],
)
def test_compliance_is_with_the_convention(lang, text, compliance):
    themes = tag(_items(lang, [text]), taxonomy="oap").items.loc[0, "themes"].split(";")
    assert ("compliance" in themes) is compliance


# Made-up sentences: French "compétences d'exécution" (implementing powers) is no execution.
@pytest.mark.parametrize(
    ("text", "rights"),
    [
        ("La Commission exerce les compétences d'exécution qui lui sont conférées.", False),
        ("L'UE condamne les exécutions de manifestants.", True),
    ],
)
def test_implementing_powers_are_not_executions(text, rights):
    themes = tag(_items("fr", [text]), taxonomy="policy").items.loc[0, "themes"].split(";")
    assert ("human_rights" in themes) is rights


# Made-up sentences: "concerning" (about) and the verb "concern" (be about) are no concern; the
# stem of "concerned" took both in (a new user's Council decisions: "Those Decisions concern").
@pytest.mark.parametrize(
    ("text", "concern"),
    [
        ("Those Decisions concern, inter alia, the support to the Secretariat.", False),
        ("Council Decision concerning restrictive measures in view of the situation.", False),
        ("The EU remains concerned about the situation in the Sahel.", True),
        ("The EU is concerned by the reports of diversion.", True),
        ("They are of particular concern today in Ukraine.", True),
    ],
)
def test_concerning_is_not_concern(text, concern):
    themes = tag(_items("en", [text]), taxonomy="stance").items.loc[0, "themes"].split(";")
    assert ("concern_regret" in themes) is concern


# Made-up sentences: the OPCW's "Executive Council" is no execution (a new user's statements).
@pytest.mark.parametrize(
    ("text", "rights"),
    [
        ("The EU welcomes the decision of the Executive Council of the OPCW.", False),
        ("The EU condemns the executions of protesters.", True),
    ],
)
def test_the_executive_council_is_not_executions(text, rights):
    themes = tag(_items("en", [text]), taxonomy="policy").items.loc[0, "themes"].split(";")
    assert ("human_rights" in themes) is rights


# Made-up documents: a treaty called only "the Convention" (anaphora rule of policy.yml) is the
# disarmament treaty when the document names one; not in a document naming none, and not when a
# name goes on after it ("the Convention on the Rights of ...").
ANAPHORA = {
    "en": (
        "The EU calls on all States to join the Ottawa Convention.",
        "The Convention prohibits the use and transfer of these weapons.",
        "The Convention on the Rights of Persons with Disabilities applies.",
    ),
    "de": (
        "Die EU fordert alle Staaten auf, dem Ottawa-Übereinkommen beizutreten.",
        "Das Übereinkommen verbietet den Einsatz dieser Waffen.",
        "Das Übereinkommen über die Rechte von Menschen mit Behinderungen gilt.",
    ),
    "fr": (
        "L'UE appelle tous les États à adhérer à la convention d'Ottawa.",
        "La convention interdit l'emploi de ces armes.",
        "La convention relative aux droits des personnes handicapées s'applique.",
    ),
    "lv": (
        "ES aicina visas valstis pievienoties Otavas konvencijai.",
        "Konvencija aizliedz šo ieroču lietošanu.",
        "Konvencija par personu ar invaliditāti tiesībām ir spēkā.",
    ),
    "da": (
        "EU opfordrer alle stater til at tiltræde Ottawakonventionen.",
        "Konventionen forbyder brug af disse våben.",
        "Konventionen om rettigheder for personer med handicap gælder.",
    ),
    "nb": (
        "EU oppfordrer alle stater til å slutte seg til Minekonvensjonen.",
        "Konvensjonen forbyr bruk av disse våpnene.",
        "Konvensjonen om rettighetene til mennesker med nedsatt funksjonsevne gjelder.",
    ),
}


@pytest.mark.parametrize("lang", sorted(ANAPHORA))
def test_the_convention_refers_back_to_the_treaty_the_document_names(lang):
    named, bare, titled = ANAPHORA[lang]
    items = pd.concat(
        [_items(lang, [named, bare, titled], "treaty"), _items(lang, [bare], "alone")],
        ignore_index=True,
    )
    tagged = tag(items, taxonomy="policy")
    themes = [set(t.split(";")) for t in tagged.items["themes"]]
    assert "disarmament" in themes[0] and "disarmament" in themes[1]
    assert "disarmament" not in themes[2]  # a name goes on: another convention
    assert "disarmament" not in themes[3]  # no treaty named in that document
    # the evidence of the bare reference is the reference itself ("The Convention", "Konvensjonen")
    words = 1 if lang in ("lv", "da", "nb") else 2
    evidence = tagged.evidence
    found = evidence[evidence["item_id"] == "treaty:1"]["match"].tolist()
    assert found == [" ".join(bare.split()[:words])]


def test_the_convention_is_the_treaty_the_document_is_about():
    """A document that names a disarmament treaty once in passing (one item of four) is about
    another convention: its "the Convention" is not the disarmament treaty."""
    named, bare, _ = ANAPHORA["en"]
    other = "States should protect nuclear material."
    about = _items("en", [named, bare, other], "about")
    passing = _items("en", [named, bare, other, other], "passing")
    themes = tag(pd.concat([about, passing]), taxonomy="policy").items["themes"].tolist()
    assert ["disarmament" in t for t in themes] == [True, True, False, True, False, False, False]


@pytest.mark.parametrize(
    ("lang", "named", "parties"),
    [
        (
            "en",
            ANAPHORA["en"][0],
            "States Parties must destroy their stockpiles within four years.",
        ),
        ("de", ANAPHORA["de"][0], "Die Vertragsstaaten müssen ihre Bestände vernichten."),
        ("fr", ANAPHORA["fr"][0], "Les États parties doivent détruire leurs stocks."),
        ("nb", ANAPHORA["nb"][0], "Statspartene må ødelegge sine lagre innen fire år."),
    ],
)
def test_the_states_parties_refer_back_to_the_treaty_the_document_names(lang, named, parties):
    items = pd.concat(
        [_items(lang, [named, parties], "treaty"), _items(lang, [parties], "alone")],
        ignore_index=True,
    )
    themes = tag(items, taxonomy="policy").items["themes"].tolist()
    assert ["disarmament" in t for t in themes] == [True, True, False]


def test_the_presidency_of_the_convention_not_mr_president():
    texts = [
        "Mr. President, the European Union thanks you for convening this meeting.",
        "The Norwegian Presidency of the Mine Ban Convention holds workshops on mine clearance.",
    ]
    themes = tag(_items("en", texts), taxonomy="oap").items["themes"].tolist()
    assert "best_practices" not in themes[0]
    assert "best_practices" in themes[1]


# Made-up sentences: words the stemmers fold together with a dictionary word (German stems drop
# the umlaut: fordert/fördert, Raum/räumen, verlängern/verlangen; French Journal/journalistes,
# s'opposer/opposants; English opposite/opposition) are not that word's theme; the word is.
@pytest.mark.parametrize(
    ("lang", "taxonomy", "text", "theme", "expected"),
    [
        ("de", "stance", "Deutschland fördert Projekte der Minenräumung.", "urge_call", False),
        (
            "de",
            "stance",
            "Der Rat fordert Russland auf, die Angriffe einzustellen.",
            "urge_call",
            True,
        ),
        ("de", "stance", "Der Rat verlängert die Sanktionen um sechs Monate.", "urge_call", False),
        ("de", "stance", "Die EU verlangt die Freilassung aller Gefangenen.", "urge_call", True),
        (
            "de",
            "oap",
            "Der Rat fordert alle Staaten auf, keine Minen einzusetzen.",
            "cooperation_assistance",
            False,
        ),
        (
            "de",
            "oap",
            "Deutschland fördert die Räumung von Minen in der Ukraine.",
            "cooperation_assistance",
            True,
        ),
        ("de", "oap", "Minen bedrohen die Menschen im ländlichen Raum.", "survey_clearance", False),
        ("de", "oap", "Die Teams räumen Minen auf dem Ackerland.", "survey_clearance", True),
        (
            "fr",
            "policy",
            "Publié au Journal officiel de l'Union européenne.",
            "civil_society",
            False,
        ),
        (
            "fr",
            "policy",
            "L'UE demande la libération des journalistes détenus.",
            "civil_society",
            True,
        ),
        ("fr", "policy", "La France s'oppose à toute reconnaissance.", "civil_society", False),
        ("en", "policy", "Russia's actions demonstrate the opposite.", "civil_society", False),
        ("en", "policy", "The EU stands with the opposition in Belarus.", "civil_society", True),
        (
            "en",
            "oap",
            "States Parties prohibit the use, stockpiling and transfer of anti-personnel mines.",
            "stockpile_destruction",
            False,
        ),
        (
            "en",
            "oap",
            "Ukraine destroyed its stockpiled anti-personnel mines.",
            "stockpile_destruction",
            True,
        ),
        # new user 50: "TIC" (ICT) stems as "TICE" (the test-ban treaty) does; "ont accueilli"
        # a meeting hosted it; "se sont appuyées sur" was based on; "auf Ersuchen" on request
        ("fr", "policy", "La sécurité des TIC et le droit international.", "disarmament", False),
        ("fr", "policy", "L'entrée en vigueur du TICE reste une priorité.", "disarmament", True),
        ("fr", "stance", "Les États-Unis ont accueilli la réunion.", "support_welcome", False),
        ("fr", "stance", "L'Union a accueilli l'engagement de l'Iran.", "support_welcome", True),
        ("fr", "stance", "L'Union accueille favorablement l'accord.", "support_welcome", True),
        (
            "fr",
            "stance",
            "Les discussions se sont appuyées sur un scénario.",
            "support_welcome",
            False,
        ),
        (
            "fr",
            "stance",
            "L'Union appuie les efforts du Secrétaire général.",
            "support_welcome",
            True,
        ),
        ("fr", "stance", "Merci beaucoup de m'accueillir.", "support_welcome", True),
        ("de", "stance", "Das Amt unterstützt auf Ersuchen die Länder.", "urge_call", False),
        ("de", "stance", "Der Rat ersucht die Kommission, zu berichten.", "urge_call", True),
    ],
)
def test_look_alike_stems_are_not_the_theme(lang, taxonomy, text, theme, expected):
    themes = tag(_items(lang, [text]), taxonomy=taxonomy).items.loc[0, "themes"].split(";")
    assert (theme in themes) is expected


def test_many_documents_count_names_those_of_undetermined_language(tmp_path):
    """Of many documents not read, the ones of undetermined language (misread) are named."""
    folder = ROOT / "eval" / "parse" / "holdout26"
    names = [  # five texts in languages the dictionary lacks (no longer sv: it has sv)
        "es-exteriores-2023-07-20-consejo-asuntos-exteriores-noticia.es",
        "it-rappresentanza-ue-conclusioni-consiglio-affari-esteri-2015-01-19.it",
        "fi-eurooppatiedotus-2009-09-11-tiedote-257-2009-gaerc-afganistan-iran.fi",
        "pl-polskapomoc-rada-do-spraw-zagranicznych.pl",
        "../holdout2/eu-cfsp-decision-2003-781.it",
    ]
    # and one whose language cannot be told: a list of acronyms and years
    odd = tmp_path / "acronyms.txt"
    odd.write_text("1. EU, UN, NATO, OSCE: 2024/25.\n\n2. APMBC, CCM, ATT, CWC: 2023/24.\n")
    docs = [polcompare.read(folder / f"{n}.txt") for n in names] + [polcompare.read(odd)]
    items = polcompare.concat_items(docs)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tagged = tag(items, taxonomy="oap")
    [warning] = [w for w in caught if w.category is UntaggedLanguageWarning]
    message = str(warning.message)
    undetermined = tagged.items.loc[tagged.items["lang"] == "und", "doc_id"].unique()
    assert list(undetermined) == ["acronyms"]
    assert message.startswith("23 item(s) of 6 documents get no oap themes")
    assert "; undetermined: acronyms;" in message
    assert "\n" not in message


def test_ordnance_found_at_home_is_context_for_the_oslo_themes_in_norwegian():
    # Norwegian pages on munitions dumped after the war (FFI, the Armed Forces' call-outs) never
    # say "miner": unseen sets 17 and 18 had no Norwegian Oslo theme found on them.
    texts = [
        "Etter krigen ligger dumpet ammunisjon i mange fjorder.",
        "Forsvaret rykker ut for å destruere gamle bomber og granater som publikum finner.",
        "Blindgjengere ble funnet ved skytefeltet.",
    ]
    items = pd.DataFrame(
        {"doc_id": "ffi", "item_id": ["ffi:1", "ffi:2", "ffi:3"], "lang": "nb", "text": texts}
    )
    tagged = tag(items, taxonomy="oap").items
    assert tagged["themes"].tolist() == ["survey_clearance"] * 3
    # weapons exports name ammunition too, and stay out of the Oslo themes
    items["text"] = ["Regjeringen redegjør for eksporten av våpen og ammunisjon."] * 3
    assert tag(items, taxonomy="oap").items["tag_status"].tolist() == ["out_of_context"] * 3


def test_an_extension_adds_a_phrase_that_counts_anywhere(tmp_path):
    # A new user's "strong proponents of" stood at the 10th word, past the position rule's
    # window: it counts once listed under rules: position: anywhere, which adds it to the
    # shipped phrases there (it replaced them: "with concern" no longer counted).
    path = tmp_path / "stance-plus.yml"
    path.write_text(
        "extends: stance\nrules:\n  position:\n    anywhere:\n      en: [strong proponents of]\n"
        "en:\n  commit_reaffirm: [strong proponents of]\n",
        encoding="utf-8",
    )
    shipped, mine = load_dictionary("stance"), load_dictionary(path)
    assert len(mine.anywhere["en"]) == len(shipped.anywhere["en"]) + 1
    texts = [
        "The European Union and its Member States have always been strong proponents of the "
        "Treaty.",
        "The Union and its Member States, in the statement of 3 May, noted with concern the use.",
    ]
    items = pd.DataFrame({"doc_id": "x", "item_id": ["x:1", "x:2"], "lang": "en", "text": texts})
    before = tag(items, taxonomy="stance").items["themes"].tolist()
    assert before[0] == "" and "concern_regret" in before[1].split(";")
    after = tag(items, taxonomy="stance", dictionary=path).items["themes"].tolist()
    assert after == ["commit_reaffirm", before[1]]


def test_a_states_name_is_not_its_theme():
    # "Demokratische Volksrepublik Korea": every German act on North Korea was tagged
    # democracy_elections (new user 26); so were its names in French, Norwegian, Latvian, Danish
    texts = [
        ("de", "Die Demokratische Volksrepublik Korea hat erneut ballistische Raketen gestartet."),
        ("fr", "La République populaire démocratique de Corée doit cesser ses essais."),
        ("nb", "Den demokratiske folkerepublikken Korea skjøt opp en rakett."),
        ("lv", "Korejas Tautas Demokrātiskā Republika turpina raķešu izmēģinājumus."),
        ("da", "Den Demokratiske Republik Congo afholder valget i december."),
        ("de", "Die EU unterstützt die Demokratie in der Demokratischen Republik Kongo."),
    ]
    items = pd.DataFrame(
        {
            "doc_id": [f"d{k}" for k in range(len(texts))],
            "lang": [lang for lang, _ in texts],
            "text": [text for _, text in texts],
        }
    )
    tagged = tag(items, taxonomy="policy")
    democracy = ["democracy_elections" in t.split(";") for t in tagged.items["themes"]]
    # the names say nothing; Congo's elections ("valget") and the EU's support of democracy do
    assert democracy == [False, False, False, False, True, True]
    evidence = tagged.evidence[tagged.evidence["theme"] == "democracy_elections"]
    assert set(evidence["match"].str.lower()) == {"valget", "demokratie"}
    assert "demokratisch* volksrepublik*" in load_dictionary("policy").proper_names["de"]


def test_a_coup_and_the_constitutional_order_are_democracy():
    # New user 58, on the Sahel's coups: "this coup is in total violation of the democratic
    # principles ... return to constitutional order" and "ferme condamnation du coup d'État"
    # got no topic; "democratic principles" named in passing still gives none
    texts = [
        ("en", "The EU calls for a swift return to constitutional order in Niger."),
        ("fr", "La France exprime sa ferme condamnation du coup d'État au Mali."),
        ("de", "Der Putsch der Militärs entzieht diesem Engagement die Grundlage."),
        ("sv", "EU fördömer statskuppen i Niger."),
        ("en", "The mission respects democratic principles in its training."),
        ("fr", "Un coup dur pour l'économie du pays."),
    ]
    items = pd.DataFrame(
        {
            "doc_id": [f"d{k}" for k in range(len(texts))],
            "lang": [lang for lang, _ in texts],
            "text": [text for _, text in texts],
        }
    )
    tagged = tag(items, taxonomy="policy")
    democracy = ["democracy_elections" in t.split(";") for t in tagged.items["themes"]]
    assert democracy == [True, True, True, True, False, False]


def test_words_of_a_theme_used_in_another_sense_do_not_count():
    # new users 42-45: an Article 5 "extension request" was a call, "krevende" (demanding) a
    # demand, an "observer" a recall, "un climat de peur" a climate, the election of a meeting's
    # chair an election; the same words in their own sense still count
    cases = [
        ("stance", "en", "The extension request of Ukraine was submitted in March 2023.", ""),
        (
            "stance",
            "en",
            "The Conference requests Ukraine to submit an updated work plan.",
            "urge_call",
        ),
        ("stance", "en", "The observer delegations of three States took the floor.", ""),
        (
            "stance",
            "en",
            "We, the States participating in this Conference, undertake:",
            "commit_reaffirm",
        ),
        ("stance", "nb", "Minerydding i frigjorte områder vil være risikofylt og krevende.", ""),
        ("stance", "nb", "Regjeringen krever at alle parter respekterer folkeretten.", "urge_call"),
        ("oap", "fr", "Les mines entretiennent un climat de peur dans les villages.", ""),
        (
            "oap",
            "fr",
            "Le déminage doit tenir compte du changement du climat.",
            "environment_climate",
        ),
        ("policy", "en", "The election of the Chair took place at the first meeting.", ""),
        # new user 48: a congratulation on a president's election, a page's "Highlights of"
        ("policy", "en", "We congratulate you on your election as President.", ""),
        ("stance", "en", "Highlights of the Foreign Affairs Council of 28 May 2018.", ""),
        ("stance", "en", "The Council highlights the role of the IAEA.", "recall_recognise"),
        (
            "policy",
            "en",
            "The EU calls for free and fair elections in Belarus.",
            "democracy_elections",
        ),
    ]
    for taxonomy, lang, text, want in cases:
        items = pd.DataFrame({"doc_id": ["mines"], "lang": [lang], "text": [text]})
        themes = tag(items, taxonomy=taxonomy).items["themes"].iloc[0] or ""
        assert (want in themes.split(";")) if want else themes == "", (text, themes)
    assert "extension request*" in load_dictionary("stance").exceptions["en"]


def test_new_users_46_and_47_protection_of_civilians_and_peace_operations():
    # UN and EU texts on Gaza, Sudan and African peace operations: a resolution's own calls,
    # "at the request of" a government, crowds and instrumentalised aid were read as the
    # issuer's acts or topics; "of utmost concern" and the Council's "recognized" were missed
    cases = [
        (
            "stance",
            "en",
            "They recalled resolution 2736 (2024), which demands that the RSF halt the siege "
            "and calls for an immediate halt to the fighting.",
            "recall_recognise",
        ),
        (
            "stance",
            "en",
            "The protection of civilians remains of utmost concern.",
            "concern_regret",
        ),
        ("stance", "de", "Hunderttausende Menschen drängen sich in den letzten Zonen.", ""),
        ("stance", "en", "The force deployed at the request of the Government of Mozambique.", ""),
        (
            "stance",
            "en",
            "The members of the Security Council recognized the important role of ATMIS.",
            "recall_recognise",
        ),
        ("stance", "en", "Ukraine within its internationally recognised borders.", ""),
        ("policy", "fr", "L'aide humanitaire ne doit jamais être instrumentalisée.", ""),
        (
            "policy",
            "fr",
            "L'instrumentalisation des migrants par le régime bélarusse.",
            "migration_borders",
        ),
        ("policy", "en", "As conflicts proliferate, civilians pay the price.", ""),
        ("policy", "en", "The proliferation of small arms fuels the conflict.", "disarmament"),
    ]
    for taxonomy, lang, text, want in cases:
        items = pd.DataFrame({"doc_id": ["d"], "lang": [lang], "text": [text]})
        themes = tag(items, taxonomy=taxonomy).items["themes"].iloc[0] or ""
        assert themes == want, (text, themes)


def test_missiles_the_nuclear_deal_and_compound_sanctions():
    # new user 26 (Iran and North Korea, 2015-2026): missile launches had no theme, items naming
    # only the JCPOA none, "Nuklearsanktionen" was nuclear but not sanctions
    texts = [
        ("en", "The DPRK launched another ballistic missile on 3 May."),
        ("en", "The EU remains committed to the JCPOA."),
        ("de", "Die Nuklearsanktionen gegen Iran wurden wieder eingeführt."),
        ("nb", "Norge innfører missilsanksjoner mot Iran."),
        ("nb", "Irans atomprogram gir grunn til bekymring."),
        ("fr", "Le tir de missile balistique viole les résolutions du Conseil."),
    ]
    items = pd.DataFrame(
        {
            "doc_id": [f"d{k}" for k in range(len(texts))],
            "lang": [lang for lang, _ in texts],
            "text": [text for _, text in texts],
        }
    )
    themes = tag(items, taxonomy="policy").items["themes"].tolist()
    assert themes == [
        "disarmament",
        "nuclear",
        "nuclear;sanctions",
        "sanctions",
        "nuclear",
        "disarmament",
    ]


def test_chemical_weapons_in_compounds_and_a_frozen_asset_in_the_genitive():
    # new user 27 (Syria): "Chemiewaffen" had no theme in 8 of 12 German items, and the German
    # version of Decision 2013/760 lacked the sanctions of the French ("gel des avoirs")
    texts = [
        ("de", "Syrien muss sein komplettes Chemiewaffen-Programm offenlegen."),
        ("de", "Der Einsatz von Chemiewaffen ist ein Verbrechen."),
        ("de", "eine Ausnahme im Rahmen des Einfrierens von Vermögenswerten hinzuzufügen"),
        ("fr", "une dérogation au gel des avoirs"),
        ("nb", "Bruken av kjemivåpen i Syria."),
        ("en", "The use of a chemical weapon is a crime."),
    ]
    items = pd.DataFrame(
        {
            "doc_id": [f"d{k}" for k in range(len(texts))],
            "lang": [lang for lang, _ in texts],
            "text": [text for _, text in texts],
        }
    )
    themes = tag(items, taxonomy="policy").items["themes"].tolist()
    assert themes == ["disarmament", "disarmament", "sanctions", "sanctions", "disarmament"] + [
        "disarmament"
    ]
    # a legal act's "il est nécessaire" (it is necessary) is no stance, in French as in English
    stance = (
        tag(
            items.assign(text=["Il est nécessaire de modifier la décision."] * 6, lang="fr"),
            taxonomy="stance",
        )
        .items["themes"]
        .tolist()
    )
    assert stance == [""] * 6


def test_we_welcome_in_the_first_person_plural_in_french():
    # new user 28: "Nous nous félicitons de cette décision" (a ministry's Q&A) had no stance,
    # where "La France se félicite" has one
    items = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "lang": ["fr", "fr", "fr"],
            "text": [
                "Nous nous félicitons de cette décision du Conseil.",
                "Nous félicitons le Mali pour ces élections.",
                "La décision du Conseil est publiée au Journal officiel.",
            ],
        }
    )
    assert tag(items, taxonomy="stance").items["themes"].tolist() == [
        "support_welcome",
        "support_welcome",
        "",
    ]


# Items of Swedish texts in eval/parse (Riksdag motions, the government's annotated agendas for
# the Foreign Affairs Council, a regeringen.se article), with the themes the sv gold gives them.
SWEDISH_ITEMS = [
    (
        "Riksdagen tillkännager för regeringen som sin mening vad som i motionen anförs om att "
        "Sverige och Sida åtminstone inte minskar, utan snarare ökar, sitt stöd till humanitär "
        "minröjning.",
        {
            "oap": {"survey_clearance", "cooperation_assistance", "financing"},
            "stance": {"urge_call"},
        },
    ),
    (
        "Förslag till svensk ståndpunkt: Regeringen ser mycket allvarligt på utvecklingen i Irak "
        "och i regionen som helhet.",
        {"oap": set(), "policy": set(), "stance": {"concern_regret"}},
    ),
    (
        "Regeringen verkar för att EU så snart som möjligt tar nästa steg i frågan om att "
        "införa ytterligare sanktioner mot Ryssland.",
        {"policy": {"sanctions"}, "stance": {"commit_reaffirm"}},
    ),
    (
        "Förslagets innehåll: Rådet förväntas ha en diskussion om EU:s hållning gentemot Nordkorea "
        "mot bakgrund av landets nyligen genomförda kärnvapenprov.",
        {"policy": {"nuclear", "disarmament"}, "stance": set()},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SWEDISH_ITEMS)
def test_swedish_items_get_their_themes(text, expected):
    # Swedish was "not read" for themes; a mine-action document (the motion) gives its items
    # the Oslo themes, the others get none ("ser mycket allvarligt på" is the speaker's concern;
    # "Rådet förväntas ha en diskussion" an agenda line, no stance)
    for taxonomy, themes in expected.items():
        with warnings.catch_warnings():
            warnings.simplefilter("error", UntaggedLanguageWarning)  # sv is read
            items = tag(_items("sv", [text]), taxonomy=taxonomy).items
        assert items.loc[0, "tag_status"] in {"tagged", "out_of_context"}
        got = {t for t in items.loc[0, "themes"].split(";") if t}
        assert got == themes, (taxonomy, text)


def test_a_swedish_control_of_function_words_gets_no_theme():
    # pronouns, articles and verbs that look like theme words: "mina" (my), "man" (one),
    # "lagen" (the law, the stem of "lager"), "oroligheterna" (the unrest, the stem of "oro"),
    # "krävs" (it takes: passive, not a demand), "anses" (is deemed)
    text = (
        "Det är en av de frågor som man har tagit upp med mina kollegor, och den nya lagen om "
        "oroligheterna anses inte vara ny för oss; det krävs mer tid än så."
    )
    for taxonomy in TAXONOMIES:
        assert tag(_items("sv", [text]), taxonomy=taxonomy).items.loc[0, "themes"] == ""


def test_russia_named_is_the_war_against_ukraine_only_where_that_war_is_named():
    # New users 60 and 61: texts on Georgia (Russian troops in South Ossetia, 2008) and on
    # Moldova (Russian forces in Transnistria) were tagged russia_ukraine_war by "Russia's",
    # "de la Russie", "russiske tropper"; and nb "osse*" (the OSCE) matched "Sør-Ossetia"
    georgia = [
        ("fr", "georgia-fr", "La Présidence attend de la Russie qu'elle accepte un cessez-le-feu."),
        (
            "nb",
            "georgia-nb",
            "Russiske tropper står fortsatt i den georgiske regionen Sør-Ossetia.",
        ),
        ("en", "georgia-en", "Russia's forces must withdraw from Georgia's territory."),
    ]
    ukraine = [
        ("en", "ukraine-en", "The EU condemns Russia's war of aggression against Ukraine."),
        ("en", "ukraine-en", "Russia's forces have shelled civilian infrastructure."),
    ]
    rows = georgia + ukraine
    items = pd.DataFrame(
        {
            "doc_id": [doc for _, doc, _ in rows],
            "item_id": [f"{doc}:{k}" for k, (_, doc, _) in enumerate(rows)],
            "lang": [lang for lang, _, _ in rows],
            "text": [text for _, _, text in rows],
        }
    )
    tagged = tag(items, taxonomy="policy")
    war = ["russia_ukraine_war" in t.split(";") for t in tagged.items["themes"]]
    # the second Ukraine item names only "Russia's forces": the document names the war
    assert war == [False, False, False, True, True]
    assert "international_law" not in tagged.items.loc[1, "themes"]  # "Sør-Ossetia" is no OSCE
    osse = tag(_items("nb", ["OSSEs ministerråd møttes i Wien."]), taxonomy="policy")
    assert "international_law" in osse.items.loc[0, "themes"].split(";")
    assert "russia s" in load_dictionary("policy").elsewhere["en"]


def test_idioms_that_look_like_a_stance():
    # New users 60 and 61: "as far as its structure is concerned" voiced no concern, "Sveriges
    # kommande ordförandeskap" (Sweden's upcoming chairmanship) no commitment, "an urgent
    # humanitarian need" and "auf Einladung" no call; "should refrain" and "gjentar
    # oppfordringen" (repeats the call) are calls
    cases = [
        ("en", "As far as its structure is concerned, the Mission is based in Tbilisi.", set()),
        ("sv", "På dagordningen står också Sveriges kommande ordförandeskap i OSSE.", set()),
        ("en", "There is an urgent humanitarian need in the region.", set()),
        ("de", "Die Konferenz fand auf Einladung der Regierung in Berlin statt.", set()),
        ("en", "The Georgian Government should refrain from false narratives.", {"urge_call"}),
        ("nb", "Vi gjentar oppfordringen til Russland om å trekke styrkene ut.", {"urge_call"}),
        ("en", "The EU is concerned about the situation in Georgia.", {"concern_regret"}),
    ]
    for lang, text, themes in cases:
        got = tag(_items(lang, [text]), taxonomy="stance").items.loc[0, "themes"]
        assert {t for t in got.split(";") if t} >= themes, text
        if not themes:
            assert got == "", text


def test_a_negation_a_patterns_wildcard_takes_cancels_the_match():
    # New user 62: "Sverige ger inget stöd till talibanregimen" (gives no support) matched
    # "ger * stöd" as support; the negation stood inside the match, where no one looked
    cases = [
        ("sv", "Sverige ger inget stöd till talibanregimen.", ""),
        ("sv", "Sverige ger fortsatt stöd till det afghanska folket.", "support_welcome"),
        ("de", "Deutschland leistet keine Unterstützung für das Regime.", ""),
        ("en", "The EU does not recognise the regime.", "condemn"),
    ]
    for lang, text, themes in cases:
        assert tag(_items(lang, [text]), taxonomy="stance").items.loc[0, "themes"] == themes, text


# New user 69: an arms embargo's forbidden financing is no economic support, "die multilateralen
# Truppen" no international law. (Its wish that arms embargoes and stockpile security count as
# arms control was tried and left: the coders of the unseen sets code them as sanctions only.)
@pytest.mark.parametrize(
    ("lang", "text", "theme", "tagged"),
    [
        (
            "en",
            "States shall provide no assistance, especially military or financial assistance, "
            "to the armed groups.",
            "economic_support",
            False,
        ),
        (
            "en",
            "The EU will provide financial assistance to the new government.",
            "economic_support",
            True,
        ),
        (
            "de",
            "Verboten ist die Gewährung von Finanzierung und finanzieller Unterstützung im "
            "Zusammenhang mit Rüstungsgütern.",
            "economic_support",
            False,
        ),
        ("de", "Die multilateralen Truppen in Irak sind ausgenommen.", "international_law", False),
        ("de", "Die Schweiz setzt sich für multilaterale Lösungen ein.", "international_law", True),
    ],
)
def test_what_an_arms_embargo_forbids_and_its_arms(lang, text, theme, tagged):
    themes = tag(_items(lang, [text]), taxonomy="policy").items.loc[0, "themes"].split(";")
    assert (theme in themes) is tagged


# New user 69: the support a relative clause gives ("organismes qui appuient", "som olagligen
# stöder") is another's, not the issuer's; a war that "krevde millioner av menneskeliv" demanded
# nothing.
@pytest.mark.parametrize(
    ("lang", "text", "theme", "tagged"),
    [
        (
            "fr",
            "Mesures contre les entités ou organismes qui appuient le conflit armé.",
            "support_welcome",
            False,
        ),
        ("fr", "Le Conseil appuie les efforts de médiation.", "support_welcome", True),
        ("sv", "Listas kan de som olagligen stöder väpnade grupper.", "support_welcome", False),
        ("en", "Sanctions target those who support the armed groups.", "support_welcome", False),
        ("nb", "Krigen i Kongo krevde millioner av menneskeliv.", "urge_call", False),
        ("nb", "Norge krevde en umiddelbar våpenhvile.", "urge_call", True),
    ],
)
def test_support_a_relative_clause_gives_is_anothers(lang, text, theme, tagged):
    themes = tag(_items(lang, [text]), taxonomy="stance").items.loc[0, "themes"].split(";")
    assert (theme in themes) is tagged


# New user 69: a call to "cease its support to the M23" asks someone to stop supporting; a
# mission "if asked by the Iraqis" is offered on a condition, not called for.
@pytest.mark.parametrize(
    ("lang", "text", "theme", "tagged"),
    [
        ("en", "It urges Rwanda to cease its support to the M23.", "support_welcome", False),
        ("en", "Rwanda must end its support for the M23.", "support_welcome", False),
        ("en", "The EU reiterates its support to the mission.", "support_welcome", True),
        ("fr", "Le Conseil demande au Rwanda de cesser son soutien.", "support_welcome", False),
        ("fr", "L'UE réaffirme son soutien à la mission.", "support_welcome", True),
        (
            "de",
            "Der Rat fordert Ruanda auf, seine Unterstützung für die M23 einzustellen.",
            "support_welcome",
            False,
        ),
        ("de", "Die EU bekräftigt ihre Unterstützung für die Mission.", "support_welcome", True),
        (
            "en",
            "The EU stands ready to help if asked by the Iraqis, should the government so request.",
            "urge_call",
            False,
        ),
        ("en", "The Council asks the Commission to report.", "urge_call", True),
    ],
)
def test_a_call_to_end_support_is_no_support_and_a_condition_no_call(lang, text, theme, tagged):
    themes = tag(_items(lang, [text]), taxonomy="stance").items.loc[0, "themes"].split(";")
    assert (theme in themes) is tagged


# New user 69: the Danish version of Decision 2023/1568 missed the electoral process the other
# versions name; the rehabilitation of cultural heritage after clearance is no victim
# assistance; "universal adherence" to the Convention is its universalisation.
@pytest.mark.parametrize(
    ("lang", "text", "taxonomy", "theme", "tagged"),
    [
        ("da", "Hindringer af valgafviklingen i Kongo.", "policy", "democracy_elections", True),
        (
            "en",
            "Mine clearance in Mosul allows the rehabilitation of cultural heritage sites.",
            "oap",
            "victim_assistance",
            False,
        ),
        ("en", "Mine victims need physical rehabilitation.", "oap", "victim_assistance", True),
        (
            "en",
            "The EU will promote universal adherence to the Anti-Personnel Mine Ban Convention.",
            "oap",
            "universalization",
            True,
        ),
    ],
)
def test_an_electoral_process_heritage_and_adherence(lang, text, taxonomy, theme, tagged):
    themes = tag(_items(lang, [text]), taxonomy=taxonomy).items.loc[0, "themes"].split(";")
    assert (theme in themes) is tagged
