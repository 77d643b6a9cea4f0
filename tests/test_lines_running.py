"""The readings of running text (lines.py, used by the Council grammar) against markers().

Each reading says how it differs from the reading :func:`markers` gives the
same style; these tests hold it to what it says, both ways.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from polcompare.parse import outline
from polcompare.parse.lines import (
    HEADING_BAD_ENDS,
    NUMBERED,
    QUOTES,
    annex_label,
    date_line,
    family,
    labelled_item,
    lettered_item,
    list_section,
    markers,
    part_numeral,
    running_marks,
    short_unended,
)

LEADS = ["", '"', "“", "„", '" ', '""', "  "]
MARKS = [
    "PIELIKUMS", "Darbība Nr. 1.1.:", "25.06.2019",
    "1", "2", "12", "123", "2022", "1A", "١", "a", "b", "z", "ab", "(a", "(b", "а", "α",
    "I", "II", "IV", "IIII", "VX", "XX", "C", "A", "(I", "(1", "1.2",
]  # fmt: skip
AFTER = [". ", ") ", ".", ")", "). ", " - ", "- ", " – ", ".- ", " ", ". - ", ". (", ".  ", ""]
WORDS = [
    "Ziffer eins",
    "Litera a",
    "word",
    "Word",
    "ĀB",
    "1",
    "(1)",
    "(a)",
    "- ",
    "—",
    "Ως",
    "cikk",
    ".",
    ":",
    " ",
    "x.",
]

lines_of_text = st.tuples(
    st.sampled_from(LEADS),
    st.sampled_from(MARKS),
    st.sampled_from(AFTER),
    st.lists(st.sampled_from(WORDS), max_size=4).map("".join),
).map(lambda parts: "".join(parts).strip())


def _readings(text, families):
    return [(m.value, m.rest, m.marker) for m in markers(text) if family(m.style) in families]


def _spaced(marker):
    """Whether a reading's marker ends with a space: text follows it, not glued."""
    return marker[-1:].isspace()


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(lines_of_text)
def test_lettered_is_markers_alpha_narrowed(text):
    m = lettered_item(text)
    if m is not None:
        assert (m.group(1), m.group(2)) in [(v, r) for v, r, _ in _readings(text, {"alpha"})]
    narrow = [
        (v, r)
        for v, r, marker in _readings(text, {"alpha"})
        if len(v) == 1 and "a" <= v <= "z" and r and _spaced(marker) and marker[0] not in QUOTES
    ]
    if narrow:
        assert m is not None and (m.group(1), m.group(2)) in narrow


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(lines_of_text)
def test_list_section_is_markers_num_paren_narrowed(text):
    m = list_section(text)
    narrow = [
        (v, r)
        for v, r, marker in _readings(text, {"num"})
        if marker.rstrip().endswith(")") and not marker.rstrip().endswith(").")
        and len(v) <= 2 and v.isdecimal() and r and _spaced(marker) and marker[:1].isdecimal()
    ]  # fmt: skip
    assert ([(m.group(1), m.group(2))] if m else []) == narrow


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(lines_of_text)
def test_numbered_is_markers_num_dot_narrowed_and_widened(text):
    m = NUMBERED.fullmatch(text)
    num_dot = [
        (v, r, marker) for v, r, marker in _readings(text, {"num"}) if "." in marker.lstrip(QUOTES)
    ]
    if m is not None:
        number, rest = m.group(1), m.group(2)
        if rest[:1] == "(" or re.match(r"[-—–]\s*(?:\(|$)", rest):
            # widened: markers() reads a section and its subsection ("1. (1)", "1. - (1)")
            assert number in [v for v, _, _ in _readings(text, {"para"})]
        elif re.fullmatch(r"(?:Ziffer|Litera) (?:eins|\d{1,3}|[a-z]{1,2})", rest):
            # widened: markers() reads a spoken label ("1. Litera a" is "a)"), no text after it
            assert [r for _, r, _ in _readings(text, {"num", "alpha"})] == [""]
        else:
            assert (number, rest) in [(v, r) for v, r, _ in num_dot]
    lead = text[: len(text) - len(text.lstrip(QUOTES + " "))]
    narrow = [
        (v, r)
        for v, r, marker in num_dot
        if v.isdecimal() and r and _spaced(marker) and (lead == "" or lead[1:] in ("", " "))
    ]
    if narrow:
        assert m is not None and (m.group(1), m.group(2)) in narrow


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(lines_of_text)
def test_part_numeral_is_looser_than_markers_roman(text):
    m = part_numeral(text)
    romans = _readings(text, {"ROMAN"})
    if m is None:
        # looser: whatever markers() reads as a part's numeral with text, so does part_numeral
        assert not [
            v
            for v, r, marker in romans
            if r and _spaced(marker) and set(v) <= set("IVX") and len(v) <= 5
            and marker[0] not in QUOTES + "(" and not marker.rstrip().endswith(("-", "–", ".-"))
        ]  # fmt: skip
        return
    numeral, rest = m.group(1), m.group(2)
    punct = text[len(numeral)]  # a space before the punctuation: not a ROMAN. reading
    if punct in "-–.)" and numeral in _NUMERALS:
        if punct == "." and re.match(r"\.\s?[-–—]\s*\S", text[len(numeral) :]):
            rest = rest[1:].lstrip()  # "I. - Title": markers() takes the dash into the marker
        assert (numeral, rest) in [(v, r) for v, r, _ in romans]


_NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XX"}


def test_running_marks_has_an_entry_past_the_end():
    marks = running_marks(["1. First", "a) point", "Darbība Nr. 1.1.: Text", "25.06.2019"])
    assert [bool(x) for x in marks.numbered] == [True, False, False, False, False]
    assert [bool(x) for x in marks.lettered] == [False, True, False, False, False]
    assert marks.starts == [True, True, True, True, False]


HEADING_PIECES = [
    "Wd ",
    "wd ",
    "Wd",
    " ",
    ", ",
    ",",
    ".",
    ". ",
    ":",
    ";",
    "!",
    "?",
    "…",
    ")",
    '"',
    "”",
]


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(
    st.tuples(
        st.integers(0, 18).map(lambda n: " ".join(["Wd"] * n)),
        st.lists(st.sampled_from(HEADING_PIECES), max_size=8).map("".join),
    ).map(lambda parts: "".join(parts).strip()),
    st.sampled_from([10, 40, 90, 120]),
)
def test_short_unended_says_what_the_outline_heading_test_says(text, longest):
    # outline.heading_like is short_unended on the text without closing quotation marks
    expected = outline.heading_like(text, longest=longest)
    ends = HEADING_BAD_ENDS + ("…",)
    assert short_unended(text.rstrip(QUOTES), longest, 14, ends=ends) == expected


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(lines_of_text)
def test_numbered_and_lettered_lines_are_no_labels_parts_sections_or_dates(text):
    # The Council grammar looks for the others only on lines that are neither.
    marks = running_marks([text])
    if marks.numbered[0] or marks.lettered[0]:
        assert not annex_label(text) and not part_numeral(text) and not list_section(text)
        assert not labelled_item(text) and not date_line(text)
