"""Stance that reads like a diplomat: speech acts in their common forms, in six languages."""

import pandas as pd
import pytest

from polcompare.themes import load_dictionary, tag

# Sentences in the forms Council conclusions and EU statements use (each checked by reading).
SENTENCES = [
    # English
    (
        "en",
        "The Council expresses its deep concern about the human rights situation.",
        {"concern_regret"},
    ),
    (
        "en",
        "The European Union remains deeply concerned by the continued detention of journalists.",
        {"concern_regret"},
    ),
    ("en", "The EU is gravely concerned at the use of anti-personnel mines.", {"concern_regret"}),
    ("en", "The Council deplores the lack of cooperation with the OSCE.", {"concern_regret"}),
    ("en", "The EU regrets that the authorities have not responded.", {"concern_regret"}),
    (
        "en",
        "The European Union and its Member States strongly condemn the repression.",
        {"condemn"},
    ),
    ("en", "The Council condemns in the strongest terms the attacks on civilians.", {"condemn"}),
    ("en", "The EU calls on the authorities to release all political prisoners.", {"urge_call"}),
    (
        "en",
        "The Council calls upon all States not party to accede to the Convention.",
        {"urge_call"},
    ),
    ("en", "The EU urges Belarus to stop the repression.", {"urge_call"}),
    ("en", "The Council encourages States Parties to submit their reports.", {"urge_call"}),
    (
        "en",
        "The EU welcomes the adoption of the Siem Reap-Angkor Action Plan.",
        {"support_welcome"},
    ),
    ("en", "The Council reaffirms its commitment to a mine-free world.", {"commit_reaffirm"}),
    # an adverb between the copula and the participle (a statement at the Human Rights Council)
    (
        "en",
        "Italy is firmly committed to the universalisation of the Ottawa Convention.",
        {"commit_reaffirm"},
    ),
    ("en", "The Union continues to be strongly committed to the ATT.", {"commit_reaffirm"}),
    ("en", "Today we recommit to our target of a mine-free world.", {"commit_reaffirm"}),
    ("en", "The EU is increasingly concerned by the use of cluster munitions.", {"concern_regret"}),
    ("en", "The EU recalls its previous conclusions on Belarus.", {"recall_recognise"}),
    (
        "en",
        "The European Union does not recognise the legitimacy of the so-called elections.",
        {"condemn"},
    ),
    # German
    (
        "de",
        "Der Rat bringt seine tiefe Besorgnis über die Menschenrechtslage zum Ausdruck.",
        {"concern_regret"},
    ),
    (
        "de",
        "Die Europäische Union ist zutiefst besorgt über die Inhaftierung von Journalisten.",
        {"concern_regret"},
    ),
    ("de", "Der Rat bedauert die mangelnde Zusammenarbeit mit der OSZE.", {"concern_regret"}),
    ("de", "Der Rat verurteilt aufs Schärfste die Angriffe auf Zivilpersonen.", {"condemn"}),
    (
        "de",
        "Die EU fordert die Behörden auf, alle politischen Gefangenen freizulassen.",
        {"urge_call"},
    ),
    (
        "de",
        "Der Rat ruft alle Nichtvertragsstaaten auf, dem Übereinkommen beizutreten.",
        {"urge_call"},
    ),
    (
        "de",
        "Die EU begrüßt die Annahme des Aktionsplans von Siem Reap-Angkor.",
        {"support_welcome"},
    ),
    ("de", "Der Rat bekräftigt sein Engagement für eine minenfreie Welt.", {"commit_reaffirm"}),
    ("de", "Die EU erinnert an ihre früheren Schlussfolgerungen zu Belarus.", {"recall_recognise"}),
    ("de", "Die EU erkennt die Ergebnisse nicht an.", {"condemn"}),
    # French
    (
        "fr",
        "Le Conseil exprime sa profonde préoccupation face à la situation des droits de l'homme.",
        {"concern_regret"},
    ),
    (
        "fr",
        "L'Union européenne reste profondément préoccupée par la détention de journalistes.",
        {"concern_regret"},
    ),
    ("fr", "Le Conseil déplore le manque de coopération avec l'OSCE.", {"concern_regret"}),
    ("fr", "L'UE regrette que les autorités n'aient pas répondu.", {"concern_regret"}),
    (
        "fr",
        "L'Union européenne et ses États membres condamnent fermement la répression.",
        {"condemn"},
    ),
    ("fr", "L'UE demande aux autorités de libérer tous les prisonniers politiques.", {"urge_call"}),
    (
        "fr",
        "Le Conseil exhorte tous les États non parties à adhérer à la Convention.",
        {"urge_call"},
    ),
    ("fr", "L'UE salue l'adoption du plan d'action de Siem Reap-Angkor.", {"support_welcome"}),
    (
        "fr",
        "Le Conseil réaffirme son engagement en faveur d'un monde sans mines.",
        {"commit_reaffirm"},
    ),
    ("fr", "L'UE rappelle ses conclusions précédentes sur le Bélarus.", {"recall_recognise"}),
    ("fr", "L'Union européenne ne reconnaît pas les résultats de ces élections.", {"condemn"}),
    # Latvian, Danish, Norwegian
    ("lv", "Padome pauž nopietnas bažas par cilvēktiesību stāvokli.", {"concern_regret"}),
    ("lv", "ES ir dziļi nobažījusies par žurnālistu ieslodzīšanu.", {"concern_regret"}),
    ("lv", "Padome nožēlo sadarbības trūkumu ar EDSO.", {"concern_regret"}),
    ("lv", "ES neatzīst tā saukto vēlēšanu rezultātus.", {"condemn"}),
    (
        "da",
        "Rådet udtrykker sin dybe bekymring over menneskerettighedssituationen.",
        {"concern_regret"},
    ),
    (
        "da",
        "EU er fortsat dybt bekymret over tilbageholdelsen af journalister.",
        {"concern_regret"},
    ),
    ("da", "Rådet beklager den manglende samarbejde med OSCE.", {"concern_regret"}),
    ("da", "EU anerkender ikke resultatet af valget.", {"condemn"}),
    (
        "nb",
        "Rådet uttrykker sin dype bekymring over menneskerettighetssituasjonen.",
        {"concern_regret"},
    ),
    ("nb", "Norge er dypt bekymret over bruken av antipersonellminer.", {"concern_regret"}),
    ("nb", "Norge anerkjenner ikke resultatet av valget.", {"condemn"}),
    # first-person, reported and past forms, nominal support, and nouns that share a verb's stem
    (
        "en",
        "We support full and effective participation of survivors in society.",
        {"support_welcome"},
    ),
    ("en", "It is all the more urgent that the parties engage in talks.", {"urge_call"}),
    (
        "en",
        "The EU has continued its work and also emphasises the need for funding.",
        {"recall_recognise"},
    ),
    (
        "de",
        "Ich fordere die Mitgliedstaaten nachdrücklich auf, das Übereinkommen zu ratifizieren.",
        {"urge_call"},
    ),
    (
        "de",
        "Die Präsidentschaft bekräftigt ihre entschiedene Unterstützung für Präsident Abbas.",
        {"commit_reaffirm", "support_welcome"},
    ),
    ("de", "Landminen fordern jedes Jahr viele Opfer.", set()),
    ("de", "Die EU erkennt die rechtswidrige Annexion nicht an.", {"condemn"}),
    (
        "de",
        "Die EU nimmt mit großer Sorge zur Kenntnis, dass die Lage sich verschlechtert.",
        {"concern_regret", "recall_recognise"},  # notes (recall) with concern, as en "notes with"
    ),
    ("fr", "L'UE exprime sa vive inquiétude au sujet des détentions.", {"concern_regret"}),
    (
        "fr",
        "Le président de la Convention, l'ambassadeur de Slovénie, a souligné l'importance de "
        "l'engagement.",
        {"recall_recognise"},
    ),
    ("fr", "L'UE restera aux côtés de l'Ukraine.", {"commit_reaffirm", "support_welcome"}),
    ("lv", "Padome 2015. gada 9. februārī atkārtoti apstiprināja apņemšanos.", {"commit_reaffirm"}),
    (
        "lv",
        "Eiropadome secinājumos pieprasīja, lai Krievija nekavējoties pārtrauktu agresiju.",
        {"urge_call"},
    ),
    ("lv", "Konvencija ar šo likumu tiek pieņemta un apstiprināta.", set()),
    ("da", "Det Europæiske Råd forlangte, at Rusland standser sin aggression.", {"urge_call"}),
    (
        "da",
        "Rådet udtrykte tilfredshed med genoptagelsen af den politiske dialog med Cuba.",
        {"support_welcome"},
    ),
    ("da", "Rådet udtrykte afsky over mishandlingen af fanger.", {"concern_regret"}),
    ("da", "Regeringen har taget klart afstand fra og fordømt afbrændingerne.", {"condemn"}),
    ("da", "Vi er dybt bekymrede over brugen af personelminer.", {"concern_regret"}),
    ("nb", "EU ønsker vedtakelsen av resolusjonen velkommen.", {"support_welcome"}),
    ("nb", "Regjeringen vil videreføre Norges ledende rolle i arbeidet.", {"commit_reaffirm"}),
    # acts reported in the past (Security Council press statements, minutes)
    (
        "en",
        "The members of the Security Council expressed their deep concern at the violence.",
        {"concern_regret"},
    ),
    ("en", "The members of the Council paid tribute to the peacekeepers.", {"support_welcome"}),
    ("de", "Die Ratsmitglieder riefen alle Parteien auf, die Gewalt zu beenden.", {"urge_call"}),
    (
        "fr",
        "Les membres du Conseil se sont déclarés profondément préoccupés par la situation.",
        {"concern_regret"},
    ),
    ("fr", "Nous regrettons profondément cette décision.", {"concern_regret"}),
    ("fr", "Les membres du Conseil ont pris note du rapport.", {"recall_recognise"}),
    ("lv", "Padome nosodīja uzbrukumu.", {"condemn"}),
    ("da", "Rådet beklagede beslutningen.", {"concern_regret"}),
    ("da", "Ministrene hilste aftalen velkommen.", {"support_welcome"}),
    ("nb", "Rådet uttrykte sin dype bekymring over situasjonen.", {"concern_regret"}),
    # hoping that others act is a call on them, as the coders read it
    (
        "fr",
        "Nous espérons que tous les Etats membres continuent à soutenir le rôle de la FINUL.",
        {"urge_call"},
    ),
    ("en", "We hope that all parties will return to the negotiating table.", {"urge_call"}),
    ("de", "Wir hoffen, dass alle Staaten dem Übereinkommen beitreten.", {"urge_call"}),
    # Norwegian government releases (regjeringen.no): backing, pleasure, continued support
    (
        "nb",
        "Norge slutter i stor grad opp om EUs restriktive tiltak og EUs felleserklæringer.",
        {"support_welcome"},
    ),
    ("nb", "Jeg er svært fornøyd med at så mange land vil bidra.", {"support_welcome"}),
    ("nb", "Norge viderefører støtten til humanitær minerydding.", {"commit_reaffirm"}),
]


@pytest.mark.parametrize(
    ("lang", "text", "stances"),
    SENTENCES,
    # sorted: a set's order changes between processes, and the test workers must agree on ids
    ids=lambda x: str(sorted(x) if isinstance(x, set) else x)[:40],
)
def test_speech_acts_in_their_common_forms(lang, text, stances):
    items = pd.DataFrame({"item_id": ["x:1"], "lang": [lang], "text": [text]})
    assert (
        set(filter(None, tag(items, taxonomy="stance").items.loc[0, "themes"].split(";")))
        == stances
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The EU does not recognise the results."),
        ("da", "EU anerkender ikke resultatet."),
        ("nb", "Norge anerkjenner ikke resultatet."),
        ("fr", "L'UE ne reconnaît pas les résultats."),
    ],
)
def test_a_negated_verb_is_not_its_positive_stance(lang, text):
    items = pd.DataFrame({"item_id": ["x:1"], "lang": [lang], "text": [text]})
    assert "recall_recognise" not in tag(items, taxonomy="stance").items.loc[0, "themes"]


def test_the_stance_rules_are_in_the_dictionary_file():
    d = load_dictionary("stance")
    assert d.position_window == 5 and d.window("en") == 8 and d.window("lv") == 5
    assert d.negation_span >= 1 and {"not"} <= d.negation_words["en"]
    assert set(d.languages) >= {"en", "de", "fr", "lv", "da", "nb"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # concern stated deep in a long sentence, past the operative-verb window
        (
            "en",
            "The European Union, together with its Member States and the candidate countries, "
            "notes with grave concern the continued use of anti-personnel mines.",
        ),
        (
            "fr",
            "Le Conseil de sécurité, rappelant ses résolutions antérieures sur la question, se "
            "déclare profondément préoccupé par la situation.",
        ),
        (
            "de",
            "Die Europäische Union verfolgt die Entwicklung in der Region seit Monaten mit "
            "großer Sorge.",
        ),
        ("nb", "Norge følger den negative utviklingen i landet med bekymring."),
        ("da", "Regeringen følger situationen i landet og i hele regionen med stor bekymring."),
        (
            "lv",
            "Savienības un dalībvalstu cilvēktiesību pārkāpumi visā pasaulē "
            "joprojām rada lielas bažas.",
        ),
    ],
)
def test_concern_counts_anywhere_in_the_item(lang, text):
    items = pd.DataFrame({"item_id": ["x:1"], "lang": [lang], "text": [text]})
    assert "concern_regret" in tag(items, taxonomy="stance").items.loc[0, "themes"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # adjectives and idioms that share a stem with concern words are not concern
        ("en", "As far as the financing of the programme for the region is concerned, it ends."),
        ("en", "Detainees are held in prisons whose conditions in the north remain deplorable."),
        ("da", "I mange lande sker henrettelser stadig i et foruroligende tempo."),
        ("nb", "Utviklingen i landet og i hele regionen er bekymrende."),
        (
            "en",
            "The European Union and its Member States in the region did not express concern.",
        ),
    ],
)
def test_no_concern_from_look_alike_words(lang, text):
    items = pd.DataFrame({"item_id": ["x:1"], "lang": [lang], "text": [text]})
    assert "concern_regret" not in tag(items, taxonomy="stance").items.loc[0, "themes"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a concern adjective with a that-clause, anywhere; "ikke-statlige" (non-state) does not
        # negate it
        (
            "nb",
            "- Det er samtidig urovekkende at ikke-statlige, væpnede aktører nå tar i bruk "
            "forbudte våpen i stort omfang, sier utenriksministeren.",
        ),
        (
            "en",
            "For the European Union and its Member States it is deeply worrying that "
            "mines are used.",
        ),
        (
            "de",
            "Für die Europäische Union ist es besonders besorgniserregend, dass Minen "
            "eingesetzt werden.",
        ),
        (
            "fr",
            "Pour l'Union européenne et ses États membres, il est préoccupant que des "
            "mines soient posées.",
        ),
        ("da", "Det er for Danmark og de nordiske lande foruroligende, at der bruges miner."),
    ],
)
def test_concern_adjective_with_a_that_clause(lang, text):
    items = pd.DataFrame({"item_id": ["x:1"], "lang": [lang], "text": [text]})
    assert "concern_regret" in tag(items, taxonomy="stance").items.loc[0, "themes"]


def test_a_negation_word_still_negates_next_to_a_hyphenated_word():
    items = pd.DataFrame(
        {
            "item_id": ["x:1", "x:2"],
            "lang": ["nb", "en"],
            "text": [
                "Norge anerkjenner ikke ikke-statlige grupper.",
                "The EU does not recognise non-state actors.",
            ],
        }
    )
    themes = tag(items, taxonomy="stance").items["themes"].tolist()
    assert "recall_recognise" not in themes[0] and "recall_recognise" not in themes[1]


def test_a_negation_word_in_the_next_clause_negates_nothing():
    # "..., ikke minst ..." ("not least"): the comma ends what "ikke" could negate; the
    # stance before it counts. Within the clause a negation still cancels the verb.
    items = pd.DataFrame(
        {
            "item_id": ["x:1", "x:2", "x:3"],
            "lang": ["nb", "da", "nb"],
            "text": [
                "Situasjonen i Iran gir stadig grunn til alvorlig bekymring, ikke minst "
                "det høye antallet henrettelser.",
                "Rådet udtrykker dyb bekymring, ikke mindst over anholdelserne.",
                "Regjeringen støtter ikke forslaget.",
            ],
        }
    )
    themes = tag(items, taxonomy="stance").items["themes"].tolist()
    assert "concern_regret" in themes[0] and "concern_regret" in themes[1]
    assert "support_welcome" not in themes[2]


def test_norwegian_support_as_aid_is_not_an_act_of_support():
    # The noun "støtte" (aid: "støtte til mineinnsats", "vår støtte er langsiktig") is not
    # support_welcome; the verb is, in any form ("støtter", "vil fortsette å støtte").
    items = pd.DataFrame(
        {
            "item_id": ["x:1", "x:2", "x:3", "x:4"],
            "lang": ["nb"] * 4,
            "text": [
                "Dette innebærer at støtte til mineinnsats kanaliseres gjennom organisasjoner.",
                "Vår støtte er langsiktig og har enstemmig oppslutning på Stortinget.",
                "Norge støtter Ukrainas rett til selvforsvar.",
                "Regjeringen vil fortsette å støtte humanitær minerydding.",
            ],
        }
    )
    themes = tag(items, taxonomy="stance").items["themes"].tolist()
    assert ["support_welcome" in t for t in themes] == [False, False, True, True]


def test_anywhere_patterns_must_be_the_languages_own(tmp_path):
    from polcompare.errors import DictionaryError

    path = tmp_path / "d.yml"
    path.write_text(
        "rules:\n  position:\n    window: 3\n    anywhere:\n      en: [deep regret]\n"
        "en:\n  regret:\n    - regrets\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match="'deep regret' is not one of"):
        load_dictionary(path)
    path.write_text(
        "rules:\n  position:\n    window: 2\n    anywhere:\n      en: [regrets]\n"
        "en:\n  regret:\n    - regrets\n  call:\n    - calls\n",
        encoding="utf-8",
    )
    d = load_dictionary(path)
    items = pd.DataFrame(
        {"item_id": ["x:1"], "lang": ["en"], "text": ["one two three regrets and calls"]}
    )
    assert tag(items, dictionary=d).items.loc[0, "themes"] == "regret"


def test_points_that_finish_a_lead_in_take_its_stance():
    texts = [
        "The EU welcomes the report. The Council calls for:",
        "(a) the immediate release of all political prisoners;",
        "(b) To put in place national laws;",
        "(c) the Council also recalls its conclusions;",  # a stance of its own
        "Sri Lanka received support for demining.",  # a sentence of its own: the list ends
        "the end.",
    ]
    items = pd.DataFrame(
        {"doc_id": "d", "item_id": [f"d:{k}" for k in range(6)], "lang": "en", "text": texts}
    )
    result = tag(items, taxonomy="stance")
    themes = [set(filter(None, t.split(";"))) for t in result.items["themes"]]
    assert themes == [
        {"support_welcome", "urge_call"},
        {"urge_call"},  # the last sentence's stance only
        {"urge_call"},
        {"recall_recognise"},
        set(),
        set(),
    ]
    ev = result.evidence[result.evidence["item_id"] == "d:1"]
    assert ev[["match", "start", "end"]].values.tolist() == [["calls for", 0, 0]]
    # another document does not continue the lead-in
    items.loc[1:, "doc_id"] = "e"
    assert tag(items, taxonomy="stance").items.loc[1, "themes"] == ""


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # condemnation deep in a sentence counts...
        (
            "da",
            "Her har vi fra dansk side gjort klart, at Danmark på det stærkeste fordømmer "
            "invasionen.",
            True,
        ),
        ("lv", "Latvija kopā ar pārējo starptautisko sabiedrību asi nosoda aneksiju.", True),
        # a chancellor's condemnation in the perfect, the participle at the clause's end
        (
            "de",
            "Bundeskanzler Olaf Scholz hat den russischen Angriff auf die Ukraine scharf "
            "verurteilt.",
            True,
        ),
        # the Council has continued to condemn (the infinitive after another verb)
        (
            "lv",
            "Kopš tā laika Padome ir turpinājusi stingri nosodīt Sīrijas režīma īstenotās "
            "vardarbīgās represijas pret civiliedzīvotājiem.",
            True,
        ),
        # new user 63: "weiterhin nachdrücklich verurteilt", as "scharf verurteilt"
        (
            "de",
            "Seitdem hat der Rat das gewaltsame Vorgehen gegen die Zivilbevölkerung in Syrien "
            "durch das syrische Regime weiterhin nachdrücklich verurteilt.",
            True,
        ),
        # ... but not a sentence passed by a court (de "verurteilt" alone), nor the noun
        (
            "de",
            "Das Gericht hat den Angeklagten gestern in Minsk zu drei Jahren verurteilt.",
            False,
        ),
        (
            "en",
            "Last week in the province three people who had been condemned to death were executed.",
            False,
        ),
    ],
)
def test_condemnation_counts_anywhere_but_not_sentencing(lang, text, expected):
    items = pd.DataFrame({"item_id": ["x:1"], "lang": [lang], "text": [text]})
    assert ("condemn" in tag(items, taxonomy="stance").items.loc[0, "themes"]) is expected


def test_the_noun_stotten_is_not_support_but_the_verb_is():
    items = pd.DataFrame(
        {
            "item_id": ["x:1", "x:2"],
            "lang": "nb",
            "text": ["Støtten til ryddeinnsats er en del av forpliktelsene.", "Norge støtter NPA."],
        }
    )
    assert tag(items, taxonomy="stance").items["themes"].tolist() == ["", "support_welcome"]


def _stance_of(lang: str, texts: list[str]) -> list[str]:
    items = pd.DataFrame(
        {"item_id": [f"x:{k}" for k in range(len(texts))], "lang": lang, "text": texts}
    )
    return tag(items, taxonomy="stance").items["themes"].tolist()


@pytest.mark.parametrize(
    ("lang", "text", "absent", "present"),
    [
        # what others do, in a relative clause after a comma, is not the issuer's act
        (
            "lv",
            "Latvija asi nosoda uzbrukumu, ko veica grupējums, kas civiliedzīvotājus uzskata "
            "par ienaidniekiem.",
            "recall_recognise",
            "condemn",
        ),
        (
            "lv",
            "Ir būtiski, lai būtu partneri, kas apliecinātu atbalstu valstij.",
            "support_welcome",
            "recall_recognise",
        ),
        (
            "en",
            "The EU condemns the attack on the town, which the group supports openly.",
            "support_welcome",
            "condemn",
        ),
        (
            "nb",
            "Norge fordømmer angrepet, som gruppen støtter åpent.",
            "support_welcome",
            "condemn",
        ),
        (
            "fr",
            "L'UE condamne l'attaque contre la ville, qui soutient ouvertement le groupe.",
            "support_welcome",
            "condemn",
        ),
        # Latvian: an infinitive right after a speech act is its complement
        (
            "lv",
            "Padome atkārtoti apstiprināja apņemšanos atbalstīt valsts attīstību.",
            "support_welcome",
            "commit_reaffirm",
        ),
        # Danish: after the infinitive marker and the preposition before it
        (
            "da",
            "forpligte sig til at tage hensyn til mindretallene;",
            "recall_recognise",
            "commit_reaffirm",
        ),
    ],
)
def test_relative_clauses_and_complements_are_not_the_issuers_acts(lang, text, absent, present):
    themes = _stance_of(lang, [text])[0].split(";")
    assert absent not in themes and present in themes


@pytest.mark.parametrize(
    ("lang", "text", "theme"),
    [
        # a clause opened by a word that is not a relative pronoun still counts
        ("en", "Since the attack on the town, the EU supports the victims.", "support_welcome"),
        ("lv", "Pēc uzbrukuma, Latvija atbalsta cietušos.", "support_welcome"),
        # the relative clause ended with a comma: the main verb after it counts
        ("en", "The Council, which met on Monday, welcomes the report.", "support_welcome"),
        ("lv", "Padome, kas tikās pirmdien, atbalsta ziņojumu.", "support_welcome"),
        # an object noun right after a verb is not a complement where markers exist
        ("de", "Die EU bekräftigt ihre Forderung an Iran, Gefangene freizulassen.", "urge_call"),
        # nor is a verb two words after another in Latvian
        ("lv", "Padome aicina visus un atbalsta ziņojumu.", "support_welcome"),
        # an item's first word opens no relative clause: "Som" is "As" here
        ("nb", "Som statspart støtter Norge konvensjonen.", "support_welcome"),
    ],
)
def test_the_clause_rules_leave_the_issuers_acts(lang, text, theme):
    assert theme in _stance_of(lang, [text])[0].split(";")


def test_relative_and_complement_rules_come_from_the_dictionary_file(tmp_path):
    path = tmp_path / "d.yml"
    body = "en:\n  call:\n    - calls\n  support:\n    - supports\n  commit:\n    - will\n"
    path.write_text(
        "rules:\n  position:\n    window: 5\n    relative:\n      en: [which]\n"
        "    complement:\n      en: [to]\n" + body,
        encoding="utf-8",
    )
    texts = [
        "The town, which supports the group.",  # relative clause: no support
        "The EU will to supports.",  # 'supports' after 'will' and the marker: complement
        "The EU will supports.",  # right after, with markers given: not a complement
        "The EU, which calls, supports.",  # both in their own clauses: the main verb counts
    ]
    items = pd.DataFrame({"item_id": list("abcd"), "lang": "en", "text": texts})
    themes = tag(items, dictionary=load_dictionary(path)).items["themes"].tolist()
    assert themes == ["", "commit", "support;commit", "support"]
    path.write_text(
        "rules:\n  position:\n    window: 5\n    complement:\n      en: []\n" + body,
        encoding="utf-8",
    )
    # an empty marker list: right after another match is a complement
    themes = tag(items, dictionary=load_dictionary(path)).items["themes"].tolist()
    assert themes[2] == "commit"
    d = load_dictionary("stance")
    assert "kas" in d.relative_words["lv"] and d.complement_words["lv"] == frozenset()


def test_bad_relative_or_complement_rule_is_one_error(tmp_path):
    from polcompare.errors import DictionaryError

    path = tmp_path / "d.yml"
    for rule in ("relative:\n      en: []", "relative:\n      en: [two words]", "complement: 3"):
        path.write_text(
            f"rules:\n  position:\n    window: 3\n    {rule}\nen:\n  a:\n    - b\n",
            encoding="utf-8",
        )
        with pytest.raises(DictionaryError, match="rule 'position'"):
            load_dictionary(path)


# Made-up sentences: advocating, standing up for a cause ("setzt sich für ... ein", "iestājas
# par", "går ind for", "plaide pour") is the speaker's commitment, not support or welcome.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Deutschland setzt sich für ein weltweites Verbot dieser Waffen ein."),
        ("lv", "Latvija iestājas par pilnīgu šo ieroču aizliegumu."),
        ("da", "Danmark går ind for et totalt forbud mod disse våben."),
        ("nb", "Norge går inn for et totalforbud mot disse våpnene."),
        ("en", "The European Union advocates a total ban on these weapons."),
        ("fr", "La France plaide pour une interdiction totale de ces armes."),
    ],
)
def test_advocating_a_cause_is_a_commitment(lang, text):
    (themes,) = _stance_of(lang, [text])
    assert themes == "commit_reaffirm"


# Made-up sentences: German plural subjects take the plural verb ("Die Mitgliedstaaten stehen an
# der Seite", "äußern ihre Besorgnis", "sind besorgt"); the adjective "würdigen" is no praise.
@pytest.mark.parametrize(
    ("text", "stances"),
    [
        ("Die Mitgliedstaaten stehen fest an der Seite der Ukraine.", "support_welcome"),
        ("Die Minister äußern ihre tiefe Besorgnis über die Lage.", "concern_regret"),
        ("Die Minister sind besorgt über die Lage.", "concern_regret"),
        ("Die Mitgliedstaaten bleiben fest verpflichtet.", "commit_reaffirm"),
        ("Die Minister weisen darauf hin, dass die Frist abläuft.", "recall_recognise"),
        ("Die Minister stellen fest, dass die Frist abläuft.", "recall_recognise"),
        ("Die Minister legen großen Wert auf die Umsetzung.", "recall_recognise"),
        ("Sie kehren unter würdigen Bedingungen zurück.", ""),
    ],
)
def test_german_plural_verbs(text, stances):
    assert _stance_of("de", [text]) == [stances]


# Made-up sentences: a verb matched by its stem also matched nouns and adjectives sharing it
# (en "observers", "considerable"; fr "considérables", "observateurs", "relevant", "estimations").
@pytest.mark.parametrize(
    ("lang", "text", "stances"),
    [
        ("en", "Observers saw considerable progress.", ""),
        ("en", "The Council considers that progress is slow.", "recall_recognise"),
        ("en", "The EU observes that progress is slow.", "recall_recognise"),
        ("fr", "Des progrès considérables ont été faits.", ""),
        ("fr", "Les observateurs relevant de la mission sont partis.", ""),
        ("fr", "Les estimations sont incertaines.", ""),
        ("fr", "Le Conseil considère que les progrès sont lents.", "recall_recognise"),
        ("fr", "L'Union observe que les progrès sont lents.", "recall_recognise"),
        ("fr", "Le Conseil relève que les progrès sont lents.", "recall_recognise"),
        # new user 34: a listed verb right after an article is a noun ("Les demandes
        # d'autorisation"); "are determined" commits, as "sont déterminés" does
        ("fr", "Les demandes d'autorisation sont examinées au cas par cas.", ""),
        ("fr", "La France demande aux parties de respecter le droit.", "urge_call"),
        ("en", "The States Parties are determined to end the suffering.", "commit_reaffirm"),
        # new user 32: "recognised" in every EU statement on Ukraine is an adjective
        ("en", "Ukraine, within its internationally recognised borders, is free.", ""),
        ("en", "The Council recognises the progress made.", "recall_recognise"),
        ("en", "Recognizing the need for assistance, it acts.", "recall_recognise"),
    ],
)
def test_verbs_not_their_nouns_and_adjectives(lang, text, stances):
    assert _stance_of(lang, [text]) == [stances]


def test_renewing_a_mandate_is_no_commitment_but_renewing_a_commitment_is():
    # New user 33: "the renewal of the mandate of EUFOR Althea", "a renewed UN mandate", "a
    # renouvelé la mission" were all "Commits, reaffirms", in every Althea text
    assert _stance_of(
        "en",
        [
            "The Council extended the renewal of the mandate of EUFOR Althea.",
            "The operation acts under a renewed UN mandate.",
            "In Oslo, we have renewed that commitment.",
            "Let us renew our commitment to carrying out this work.",
        ],
    ) == ["", "", "commit_reaffirm", "urge_call;commit_reaffirm"]  # "Let us": an exhortation
    assert _stance_of(
        "fr",
        [
            "Le Conseil a renouvelé la mission jusqu'en 2026.",
            "La France a renouvelé son plein soutien à la mission.",
        ],
    ) == ["", "support_welcome;commit_reaffirm"]


def test_another_bodys_call_a_fate_and_an_adjective_are_no_stance_of_the_issuer():
    # New user 53: "... Committee on the Elimination of Racial Discrimination, which call on
    # China" is the Committee's call (counted anywhere, it gave way to no relative clause);
    # survivors "condemned to a life of poverty" and "demanding work" are no condemnation or call
    assert _stance_of(
        "en",
        [
            "The EU notes the concluding observations of the UN Committee on the Elimination of "
            "Racial Discrimination, which call on China to end arbitrary detention.",
            "Mine survivors are too often condemned to a life of poverty and exclusion.",
            "Mine clearance is demanding work that requires long-term support.",
            "The EU strongly condemns the attack and calls on Russia to withdraw its troops.",
        ],
    ) == ["", "", "", "condemn;urge_call"]


@pytest.mark.parametrize(
    ("lang", "text", "call"),
    [
        # new users 54 and 55: a reported practice or request is no call of the issuer's
        ("en", "The established practice of inviting the President to address the Council.", False),
        ("en", "A note verbale was sent to Member States requesting their views.", False),
        ("en", "The results so far are encouraging.", False),
        ("en", "The Council invites all States to join the Convention.", True),
        ("en", "The General Assembly requests the Secretary-General to report.", True),
        # an exhortation in the first person plural
        ("en", "Let us turn the promises of the Pact into action.", True),
        ("en", "Let us be unequivocal: this attack violates international law.", False),
        # fr "engage le ministère dans une démarche" commits it; "engage les États à" calls
        ("fr", "La stratégie engage le ministère dans une démarche globale.", False),
        ("fr", "L'Union engage les États parties à adhérer à la Convention.", True),
        # new users 57 and 58: a mission "upon Malian request", a meeting "requested by" a
        # State, the economy's demand for resources tell of no call
        ("en", "EUTM Mali shall provide advice, upon Malian request, to the armed forces.", False),
        ("en", "The Council met at a meeting requested by the Russian Federation.", False),
        ("en", "Climate change drives a growing demand for resources and products.", False),
        ("en", "The EU demands that the junta release President Bazoum.", True),
        ("en", "The Security Council requests the Secretary-General to report.", True),
        ("da", "Baerbock har inviteret medlemmerne af Østersørådet til Wismar.", False),
        # new user 63: "upon request of" with no article before "request"
        ("en", "Upon request of the OPCW Director-General, the Council met in May 2024.", False),
        ("da", "Rådet inviterer Kommissionen til at fremlægge et forslag.", True),
    ],
)
def test_reported_requests_are_no_calls_and_exhortations_are(lang, text, call):
    assert ("urge_call" in _stance_of(lang, [text])[0].split(";")) is call


def test_another_speakers_words_and_a_missions_task_are_no_stance_of_the_issuers():
    # New user 58: "As ECOWAS pointed out" recalls ECOWAS's words; a mission "whose task is to
    # support" the peace agreement is no support of the Swedish government's; "very worrying"
    # is its concern
    assert _stance_of(
        "en",
        [
            "As ECOWAS pointed out in its latest press release, the coup is unacceptable.",
            "The EU recalls the ECOWAS communiqué of 30 July 2023.",
        ],
    ) == ["", "recall_recognise"]
    assert _stance_of(
        "sv",
        [
            "Minusmas uppgift är att stödja genomförandet av fredsavtalet från 2015.",
            "Utvecklingen är mycket oroande.",
            "Regeringen stöder Ecowas ansträngningar.",
        ],
    ) == ["", "concern_regret", "support_welcome"]


def test_repeatedly_is_no_reaffirmation_and_a_worrying_state_is_concern():
    # New user 63: de "wiederholt" after a past verb or before "mit" is the adverb
    # "repeatedly"; the present verb still reaffirms. sv "är fortsatt särskilt oroande" is the
    # speaker's concern; "den djupt oroande situationen" (an adjective before a noun) is not.
    assert _stance_of(
        "de",
        [
            "Er äußerte wiederholt ernste Besorgnis über die Lage in Syrien.",
            "Der Rat hat wiederholt mit großer Sorge die Versuche des Regimes zur Kenntnis "
            "genommen.",
            "Der Rat wiederholt seine Zusage, die Bevölkerung zu unterstützen.",
        ],
    ) == ["concern_regret", "concern_regret", "commit_reaffirm"]
    assert _stance_of(
        "sv",
        [
            "Utsattheten för kvinnor och barn i de belägrade områdena är fortsatt särskilt "
            "oroande.",
            "Rådet antog slutsatser om den djupt oroande situationen i Demokratiska republiken "
            "Kongo.",
        ],
    ) == ["concern_regret", ""]


def test_support_in_the_first_person_and_anothers_request_in_french():
    # New user 64: "tout mon soutien" is the speaker's support; "comme demandé par le Conseil
    # de sécurité" tells another's call; en "may consider" recognises nothing
    assert _stance_of(
        "fr",
        [
            "Je tiens à exprimer tout mon soutien au Japon et à son peuple.",
            "Cette politique a été suivie, comme demandé par le Conseil de sécurité.",
        ],
    ) == ["support_welcome", ""]
    assert _stance_of("en", ["Member States may consider to improve their reporting."]) == [""]
