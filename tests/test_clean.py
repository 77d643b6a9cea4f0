import pytest

from polcompare.clean import clean, furniture_kind, join_lines


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
