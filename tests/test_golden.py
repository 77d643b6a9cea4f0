"""End to end on the seeds: pinned items, equal keys across languages, no line lost.

tests/data/golden_items.csv was written from the parser's output and checked by
reading the seeds line by line; regenerate it only after reading the diff.
"""

import csv
import re

import pytest

from polcompare.document import LINE_ROLES

from .conftest import DATA, SEED_FILES


def _golden():
    with (DATA / "golden_items.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("seed", list(SEED_FILES))
def test_items_match_golden(seeds, seed):
    expected = [r for r in _golden() if r["seed"] == seed]
    got = [
        {
            "seed": seed,
            "section": r.section,
            "number": r.number,
            "letter": r.letter,
            "first_words": " ".join(r.text.split()[:5]),
            "start_line": str(r.start_line),
            "end_line": str(r.end_line),
        }
        for r in seeds[seed].items.itertuples()
    ]
    assert got == expected


def test_position_paper_counts(seeds):
    for name in ("position_lv", "position_da"):
        items = seeds[name].items
        assert len(items) == 54
        assert items.groupby("section", sort=False).size().to_dict() == {
            "intro": 8,
            "review": 17,
            "declaration": 13,
            "action_plan": 16,
        }
        review3 = items[(items["section"] == "review") & (items["number"] == "3")]
        assert "".join(review3["letter"]) == "abcdefghijk"
        assert seeds[name].doc_type == "position_paper"


def test_language_versions_share_keys(seeds):
    keys = [
        list(zip(d.items["section"], d.items["number"], d.items["letter"], strict=True))
        for d in (seeds["position_lv"], seeds["position_da"])
    ]
    assert keys[0] == keys[1]


def test_sub_headings_in_both_languages(seeds):
    def headings(doc):
        sub = doc.items[doc.items["letter"] != ""]
        return dict(zip(sub["letter"], sub["heading"], strict=True))

    lv, da = headings(seeds["position_lv"]), headings(seeds["position_da"])
    assert lv["a"] == "Universalizācija" and da["a"] == "Universalisering"
    assert {lv[x] for x in "bcdefgh"} == {"5. panta īstenošana"}
    assert {da[x] for x in "bcdefgh"} == {"Gennemførelse af artikel 5"}
    assert lv["i"] == "7. panta īstenošana" and da["i"] == "Gennemførelse af artikel 7"
    assert lv["j"] == lv["k"] == "Attiecībā uz sadarbību un palīdzību"
    assert da["j"] == da["k"] == "Vedrørende samarbejde og bistand"


@pytest.mark.parametrize(
    ("seed", "key", "start", "end"),
    [
        # paragraph 2 is split by a footnote and a page break; it goes on after them
        (
            "position_lv",
            ("intro", "2", ""),
            "Padome uzskata",
            "Ilgtspējīgas attīstības programmas 2030. gadam izpildi.",
        ),
        (
            "position_da",
            ("intro", "2", ""),
            "Rådet anser",
            "2030-dagsordenen for bæredygtig udvikling.",
        ),
        # unnumbered continuation paragraphs belong to the item before
        (
            "position_lv",
            ("intro", "5", ""),
            "Padome atgādina par ieguldījumu",
            "palīdzību cietušajiem.",
        ),
        (
            "position_lv",
            ("action_plan", "2", ""),
            "izmantot informāciju",
            "no mīnām cietušām personām;",
        ),
        (
            "position_da",
            ("action_plan", "11", ""),
            "sikre overholdelse",
            "udvekslinger på alle niveauer",
        ),
        (
            "position_da",
            ("declaration", "6", ""),
            "fremføre de kontraherende",
            "Siem Reap-Angkor-handlingsplanen",
        ),
    ],
)
def test_item_texts(seeds, seed, key, start, end):
    items = seeds[seed].items.set_index(["section", "number", "letter"])
    text = items.loc[key, "text"]
    assert text.startswith(start) and text.endswith(end)
    assert "RELEX" not in text and "9442/24" not in text and "Turpmāk" not in text


def test_footnote_is_linked_to_its_paragraph(seeds):
    for name, words in (("position_lv", "Turpmāk tekstā"), ("position_da", "Herefter")):
        (note,) = seeds[name].footnotes.itertuples()
        assert note.number == "1" and note.text.startswith(words)
        assert note.item_id.endswith(":intro:1")


def test_latvian_file_starting_mid_sentence_is_kept(seeds):
    first = seeds["position_lv"].unparsed.iloc[0]
    assert first["start_line"] == 1 and first["text"].startswith("mīnu aizliegumu")


def test_other_seed_structures(seeds):
    belarus = seeds["belarus"]
    assert belarus.doc_type == "conclusions"
    assert belarus.items["number"].tolist() == [str(n) for n in range(1, 18)]
    assert set(belarus.items["section"]) == {"body"}

    icsant = seeds["icsant"].items
    assert seeds["icsant"].doc_type == "project_annex"
    hierarchy = icsant[icsant["section"] == "outputs_activities"]
    assert hierarchy.groupby("kind").size().to_dict() == {"activity": 22, "output": 9, "result": 4}
    assert icsant[icsant["section"] == "results"]["number"].tolist() == ["1", "2", "3", "4"]

    norway = seeds["norway"]
    news = norway.items[norway.items["section"] == "news"]
    assert norway.doc_type == "web_page"
    assert news["date"].tolist() == ["2019-06-25", "2018-11-30", "2018-04-28"]


def _squash(text):
    return re.sub(r"[\s\-\u00ad]+", "", text)


@pytest.mark.parametrize("seed", list(SEED_FILES))
def test_every_line_lands_in_exactly_one_place(seeds, seed):
    doc = seeds[seed]
    holders = {}
    marks = {}  # footnote marks are taken out of item text; the footnotes column keeps them
    for r in doc.items.itertuples():
        holders[r.item_id] = f"{r.marker} {r.text}"
        marks[r.item_id] = [m for m in r.footnotes.split(";") if m]
    holders.update(zip(doc.headings["heading_id"], doc.headings["text"], strict=True))
    holders.update(zip(doc.unparsed["block_id"], doc.unparsed["text"], strict=True))
    for r in doc.footnotes.itertuples():
        holders[f"fn{r.number}"] = f"{r.number} {r.text}"
    furniture = dict(zip(doc.furniture["line"], doc.furniture["text"], strict=True))

    source = doc.path.read_text(encoding="utf-8").split("\n")
    assert len(doc.lines) == len(source) - (source[-1] == "")
    for r in doc.lines.itertuples():
        if not r.text.strip():
            assert r.role == "blank"
            continue
        assert r.role in LINE_ROLES, r
        holder = furniture[r.line] if r.role == "furniture" else holders[r.ref]
        line, held = _squash(r.text), _squash(holder)
        for mark in marks.get(r.ref, []):
            line, held = line.replace(mark, ""), held.replace(mark, "")
        assert line in held, (r.line, r.text)
    # and each item's lines are the lines that say they are the item's
    for r in doc.items.itertuples():
        own = doc.lines[doc.lines["ref"] == r.item_id]["line"]
        assert own.min() == r.start_line and own.max() == r.end_line
