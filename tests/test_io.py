import codecs
import csv

import pytest

import polcompare
from polcompare import errors, io
from polcompare.io import LANGUAGES, decode, detect_language, load_text

from .conftest import DATA, ROOT, SEED_FILES

LV = "Padome stingri nosoda Krievijas agresijas karu; atmīnēšana un palīdzība cietušajiem.\n"
DA = "Rådet fordømmer på det kraftigste Ruslands angrebskrig; minerydning og bistand til ofre.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (LV.encode("utf-8"), "utf_8"),
        (codecs.BOM_UTF8 + LV.encode("utf-8"), "utf_8_sig"),
        (LV.encode("utf-16"), "utf_16"),  # with BOM, machine byte order
        (codecs.BOM_UTF16_BE + LV.encode("utf-16-be"), "utf_16"),
        (LV.encode("cp1257"), "cp1257"),
        (DA.encode("cp1252"), "cp1252"),
        (DA.encode("latin-1"), "cp1252"),  # Latin-1 letters read the same in 1252
        (LV.replace("\n", "\r\n").encode("cp1257"), "cp1257"),
    ],
)
def test_decode_supported_encodings(data, encoding):
    text = decode(data)
    assert text.encoding == encoding
    assert text.text.strip() in (LV.strip(), DA.strip())
    assert "\r" not in text.text and "\ufeff" not in text.text


def test_crlf_and_cr_line_ends_become_newlines():
    assert decode(b"a\r\nb\rc\n").text == "a\nb\nc\n"


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (lambda tmp: tmp / "missing.txt", errors.MissingFileError, "no such file"),
        (lambda tmp: tmp, errors.NotAFileError, "directory"),
        (lambda tmp: _file(tmp, b""), errors.EmptyDocumentError, "empty"),
        (lambda tmp: _file(tmp, b" \n\t\r\n  "), errors.EmptyDocumentError, "white space"),
        (lambda tmp: _file(tmp, b"PK\x03\x04\x00\x00binary"), errors.BinaryFileError, "ZIP"),
        (lambda tmp: _file(tmp, b"\x00\x01binary\x00"), errors.BinaryFileError, "NUL"),
        (lambda tmp: _file(tmp, bytes(range(1, 32)) * 20), errors.BinaryFileError, "control"),
        (
            lambda tmp: _file(tmp, codecs.BOM_UTF8 + b"\xff\xfe\xfa ok"),
            errors.DecodingError,
            "byte-order mark",
        ),
    ],
)
def test_bad_files_raise_clear_errors(tmp_path, make, error, words):
    path = make(tmp_path)
    with pytest.raises(error) as info:
        polcompare.read(path)
    assert isinstance(info.value, polcompare.PolcompareError)
    assert str(path) in str(info.value)
    assert words in str(info.value)


def _file(tmp, data):
    path = tmp / "doc.txt"
    path.write_bytes(data)
    return path


def test_forced_encoding_that_does_not_fit(write):
    path = write("Latvija ir āčē".encode("cp1257"))
    with pytest.raises(errors.DecodingError, match="offset"):
        load_text(path, encoding="utf-8")
    with pytest.raises(errors.DecodingError, match="unknown encoding"):
        load_text(path, encoding="no-such-codec")


def test_unreadable_file(write, monkeypatch):
    path = write("text")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(path), "read_bytes", refuse)
    with pytest.raises(errors.UnreadableFileError, match="Permission denied"):
        load_text(path)


def _eval_rows():
    with (DATA / "langid_eval.tsv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_language_detection_accuracy_on_held_out_sentences():
    rows = _eval_rows()
    answers = [detect_language(r["text"])[0] for r in rows]
    correct = sum(a == r["lang"] for a, r in zip(answers, rows, strict=True))
    wrong = [
        (r["lang"], a) for a, r in zip(answers, rows, strict=True) if a not in (r["lang"], "und")
    ]
    assert len(rows) >= 50
    assert {r["lang"] for r in rows} >= set(LANGUAGES)
    assert correct / len(rows) >= 0.95
    assert wrong == []  # abstaining (und) is allowed, a wrong language is not


def test_language_detection_on_seed_items(seeds):
    results = [
        (doc.lang, detect_language(text)[0])
        for doc in seeds.values()
        for text in doc.items["text"]
        if sum(ch.isalpha() for ch in text) >= 20
    ]
    correct = sum(gold == got for gold, got in results)
    wrong = sum(got not in (gold, "und") for gold, got in results)
    assert correct / len(results) >= 0.97
    assert wrong == 0


@pytest.mark.parametrize("text", ["", "12. 13. 14.", "Ja.", "EU UN OSCE 2024"])
def test_short_or_letterless_text_is_undetermined(text):
    assert detect_language(text)[0] == "und"


def test_seed_languages_detected(seeds):
    assert {name: d.lang_detected for name, d in seeds.items()} == {
        "position_lv": "lv",
        "position_da": "da",
        "belarus": "lv",
        "icsant": "lv",
        "norway": "nb",
    }


def test_explicit_lang_wins(write):
    path = write(SEED_FILES["belarus"].read_text(encoding="utf-8"))
    with pytest.warns(errors.PolcompareWarning, match="reads as lv"):
        doc = polcompare.read(path, lang="en")
    assert doc.lang == "en" and doc.lang_detected == "lv"
    assert set(doc.items["lang"]) == {"en"}


MIXED_STATEMENT = """EU Statement – UN Security Council: Briefing on the situation in Kosovo

Mr President,

I have the honour to speak on behalf of the European Union and its Member States. The Candidate \
Countries and the EFTA country Norway, member of the European Economic Area, align themselves \
with this statement.

The European Union welcomes that Serbia and Kosovo remain engaged in the EU-facilitated \
Dialogue, led by the High Representative and supported by the EU Special Representative for the \
Belgrade-Pristina Dialogue.

The European Union remains deeply concerned about the situation in the northern part of Kosovo. \
Both parties must pursue sustained de-escalation efforts, in close cooperation with EULEX and \
KFOR, and refrain from unilateral actions.

L'Union européenne salue le premier tour des élections municipales pluralistes, qui se sont \
tenues sans incident avec la participation de toutes les communautés. Nous appelons les deux \
parties à mettre en œuvre sans délai tous leurs engagements au titre du dialogue.

Thank you, Mr President.
"""


def test_a_paragraph_in_another_language_is_read_in_its_own(write):
    # EU statements at the UN switch to French for a paragraph: that paragraph is matched
    # with the French patterns, the others with the English ones (new user 56)
    doc = polcompare.read(write(MIXED_STATEMENT))
    assert doc.lang == "en" and doc.items["lang"].tolist() == ["en", "en", "en", "fr"]
    themes = polcompare.tag(doc, taxonomy="stance").items["themes"].tolist()
    assert themes[3] == "urge_call;support_welcome"  # "salue", "Nous appelons"
    # a language the caller gives is every item's
    assert set(polcompare.read(write(MIXED_STATEMENT), lang="en").items["lang"]) == {"en"}


def test_a_text_of_two_languages_takes_most_of_its_items_language():
    folder = ROOT / "eval" / "parse"
    # a Greek gazette issue printing a Security Council resolution in English: the Greek
    # header stays Greek, the paragraphs are English, and so are their points too short to
    # tell ("to continue the tasks outlined in paragraphs 3 (a) to (c) ...") under them
    greek = polcompare.read(next(folder.glob("*/gr-et-fek-a-105-2010-*.txt")))
    langs = dict(
        zip(greek.items["item_id"].str.split(":", n=1).str[1], greek.items["lang"], strict=True)
    )
    assert greek.lang == "el" and langs["body:p1"] == "el"
    assert langs["body:1"] == langs["body:6"] == langs["body:6a"] == langs["body:12"] == "en"
    tagged = polcompare.tag(greek, taxonomy="stance").items
    assert "urge_call" in tagged["themes"].iloc[-1]  # "Urges that all parties ..."
    # a Croatian decision the model splits between Croatian and Bosnian as a whole was
    # undetermined and untagged; its items read as Croatian, and so does the document
    croatian = polcompare.read(next(folder.glob("*/eu-cfsp-decision-2017-345-dprk-*.hr.txt")))
    assert (croatian.lang_detected, croatian.lang) == ("und", "hr")
    assert set(croatian.items["lang"]) == {"hr"}


def test_atomic_write_permissions_and_refusals(tmp_path):
    import os
    import stat

    from polcompare.io import atomic_write

    target = atomic_write(tmp_path / "new" / "out.csv", lambda fh: fh.write("a,b\n"))
    assert target.read_text(encoding="utf-8") == "a,b\n"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    source = tmp_path / "doc.txt"
    source.write_text("1. Teksts.\n", encoding="utf-8")
    with pytest.raises(errors.PolcompareError, match="refusing to overwrite"):
        atomic_write(source, lambda fh: fh.write("x"), inputs=[source])
    with pytest.raises(errors.PolcompareError, match="is a folder"):
        atomic_write(tmp_path, lambda fh: fh.write("x"))
    with pytest.raises(RuntimeError):
        atomic_write(tmp_path / "boom.txt", lambda fh: (_ for _ in ()).throw(RuntimeError()))
    assert not (tmp_path / "boom.txt").exists() and not list(tmp_path.glob(".*.tmp"))
    assert source.read_text(encoding="utf-8") == "1. Teksts.\n"


def test_long_text_is_judged_on_start_middle_and_end(seeds):
    """An English cover note ahead of a Latvian document does not make it English."""
    body = "\n".join(seeds["position_lv"].items["text"])
    cover = (
        "Delegations will find attached the position of the European Union for the "
        "Review Conference of the Convention on the Prohibition of Anti-Personnel Mines. "
    ) * 25  # longer than the old start-only sample of 4,000 characters
    assert detect_language(cover)[0] == "en"
    assert len(cover) > io.SAMPLE_CHARS // 3
    assert detect_language(cover + body)[0] == "lv"
    assert detect_language(body + cover)[0] == "lv"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        # a .docx renamed .txt: a ZIP archive holding word/document.xml
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml", "a Word document"),
        (
            b"PK\x03\x04\x14\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text",
            "OpenDocument",
        ),
        # a PDF whose first lines hold no NUL byte was read as a paragraph of text
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF file"),
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Padome aicina\\par }", "an RTF file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00", "an old Word or Excel file"),
    ],
)
def test_a_word_file_or_pdf_renamed_txt_is_named(tmp_path, data, words):
    path = _file(tmp_path, data)
    with pytest.raises(errors.BinaryFileError) as info:
        polcompare.read(path)
    message = str(info.value)
    assert message.startswith(str(path)) and words in message and "\n" not in message
    assert "save it as plain text" in message


def test_a_corpus_parquet_given_as_a_text_is_named(tmp_path, capsys):
    """``polcompare report corpus.parquet`` (the output of ``corpus``, the natural next step)
    said "contains NUL bytes; it looks like a binary file"."""
    import pandas as pd

    from polcompare.cli import main

    path = tmp_path / "corpus.parquet"
    pd.DataFrame({"doc_id": ["a"], "text": ["x"]}).to_parquet(path)
    with pytest.raises(errors.BinaryFileError, match="is a Parquet file") as info:
        polcompare.read(path)
    assert "compare(items=" in str(info.value) and "NUL" not in str(info.value)
    assert main(["report", str(path), "-o", str(tmp_path / "r.html")]) == 2
    err = capsys.readouterr().err
    assert "is a Parquet file (as polcompare corpus writes)" in err and "Traceback" not in err


# A Word export or a web copy: soft hyphens (one ending a line), a zero-width space and a word
# joiner inside words, as word processors and web pages ("&shy;", "&#8203;") put them there.
INVISIBLE_PASTE = (
    "Council conclusions on mine action\n\n"
    "1. The Council underlines the importance of mine clear\u00adance and of victim\u00ad "
    "assistance.\n"
    "2. The EU supports survey and clear\u00ad\nance of mined areas\u200b and sur\u2060vivors.\n"
)


@pytest.mark.parametrize(
    "data",
    [
        INVISIBLE_PASTE.encode("utf-8"),
        INVISIBLE_PASTE.replace("\n", "\r\n").encode("utf-16"),
        (
            b"<!DOCTYPE html><html><body><h1>Council conclusions on mine action</h1>"
            b"<p>1. The Council underlines the importance of mine clear&shy;ance and of "
            b"victim&shy; assistance.</p><p>2. The EU supports survey and clear&shy;ance of "
            b"mined areas&#8203; and sur&#8288;vivors.</p></body></html>"
        ),
    ],
    ids=["utf-8", "utf-16", "html"],
)
def test_invisible_characters_inside_words_are_taken_out(data):
    doc = polcompare.read_bytes(data, name="pasted.en.txt")
    assert doc.items["text"].tolist() == [
        "The Council underlines the importance of mine clearance and of victim assistance.",
        "The EU supports survey and clearance of mined areas and survivors.",
    ]
    evidence = polcompare.tag(doc.items, taxonomy="oap").evidence
    assert {"clearance", "survivors", "victim assistance"} <= set(evidence["match"])
    assert not any(ch in "".join(doc.lines["text"]) for ch in "\u00ad\u200b\u2060\ufeff")


def test_joiners_and_direction_marks_are_kept():
    text = decode("\u200fمرحبا\u200c بالعالم\u200d\n".encode()).text
    assert text == "\u200fمرحبا\u200c بالعالم\u200d\n"


# Texts saved as "ANSI" by Windows in central and eastern Europe: Windows-1250 (cs, pl, sk, hu,
# sl, hr, ro), 1251 (bg), 1253 (el). They were read as Windows-1252 or 1257 without a word
# ("Pøedchozí", "przyjź³a"), or refused as neither UTF-8 nor a known code page.
CODE_PAGE_TEXTS = [
    (
        "cs",
        "cp1250",
        "1. Evropský parlament vítá přijetí Úmluvy o kazetové munici a vyzývá všechny "
        "členské státy, aby ji bezodkladně podepsaly a ratifikovaly.\n"
        "2. Pověřuje svého předsedu, aby toto usnesení předal Radě a Komisi.\n",
    ),
    (
        "pl",
        "cp1250",
        "1. Rada Unii Europejskiej przyjęła konkluzje w sprawie broni chemicznej.\n"
        "2. Unia potępia użycie broni chemicznej przez reżim syryjski i wzywa wszystkie "
        "państwa do przystąpienia do Konwencji.\n",
    ),
    (
        "hu",
        "cp1250",
        "1. Az Európai Parlament felszólítja a tagállamokat, hogy írják alá és erősítsék meg "
        "az egyezményt.\n2. Különös figyelmet fordít a kazettás lőszerekre.\n",
    ),
    (
        "sk",
        "cp1250",
        "1. Európsky parlament vyzýva členské štáty, aby podpísali a ratifikovali dohovor o "
        "kazetovej munícii.\n2. Poveruje svojho predsedu, aby toto uznesenie postúpil Rade.\n",
    ),
    (
        "el",
        "cp1253",
        "1. Το Ευρωπαϊκό Κοινοβούλιο καλεί τα κράτη μέλη να υπογράψουν και να επικυρώσουν "
        "τη σύμβαση.\n2. Αναθέτει στον Πρόεδρό του να διαβιβάσει το ψήφισμα στο Συμβούλιο.\n",
    ),
    (
        "bg",
        "cp1251",
        "1. Европейският парламент призовава държавите членки да подпишат и ратифицират "
        "конвенцията.\n2. Възлага на своя председател да предаде настоящата резолюция на "
        "Съвета.\n",
    ),
]


@pytest.mark.parametrize(
    ("lang", "codec", "text"), CODE_PAGE_TEXTS, ids=[c[0] for c in CODE_PAGE_TEXTS]
)
def test_central_and_east_european_code_pages(lang, codec, text):
    doc = polcompare.read_bytes(text.encode(codec), name=f"ansi.{lang}.txt")
    assert (doc.encoding, doc.lang) == (codec, lang)
    assert doc.items["text"].tolist() == [line[3:] for line in text.splitlines()]


def test_a_western_text_the_central_code_page_reads_alike_is_named_1252():
    # German letters are the same bytes in Windows-1250 and 1252: the usual name is given.
    text = "1. Der Rat begrüßt die Überprüfungskonferenz und fördert die Räumung.\n"
    assert decode(text.encode("cp1252")).encoding == "cp1252"


def test_code_pages_of_longer_texts_and_of_english_with_a_few_accents():
    # Greek read as Windows-1251 is Cyrillic letters that the detector takes, barely, for
    # Russian (p 0.90 against 0.9999 for Greek); an English text whose only accents are in
    # names ("Français", "España") has no letter to tell 1252 from 1251 or 1253 but the
    # words it mixes Latin and Cyrillic letters in ("Franзais").
    greek = ROOT / "eval/parse/holdout16/eu-euco-2011-12-09-conclusions-rapid-doc-11-8.el.txt"
    text = greek.read_text(encoding="utf-8")
    data = text.encode("cp1253", errors="replace")
    assert decode(data).encoding == "cp1253"
    english = "1. The delegations of Français and España welcomed the Convention.\n"
    assert decode(english.encode("cp1252")).encoding == "cp1252"


@pytest.mark.parametrize(
    ("lang", "codec", "text"),
    [
        (
            "lv",
            "iso8859_13",
            "2008. gada 18. decembra likums „Par Eiropas Padomes paplašinātā daļējā nolīguma "
            "par sportu (EPAS) statūtiem”.\nPublicēts oficiālajā laikrakstā „Latvijas "
            "Vēstnesis”.\n",
        ),
        (
            "pl",
            "iso8859_2",
            "Rada Unii Europejskiej przyjęła konkluzje w sprawie broni chemicznej. Unia potępia "
            "jej użycie i wzywa wszystkie państwa, aby ściśle przestrzegały zakazu, są to "
            "bowiem zobowiązania z jednego źródła.\n",
        ),
    ],
    ids=["lv-latin7", "pl-latin2"],
)
def test_iso_code_pages_are_read_not_taken_for_a_windows_one(lang, codec, text):
    # Latvian in ISO-8859-13 writes its „ ” as bytes Windows-1257 leaves undefined: it was
    # read as Windows-1250 ("paplađinâtâ"); Polish in ISO-8859-2 was read as Windows-1250,
    # its ą, ś, ź as ±, ¶, Ľ.
    read = decode(text.encode(codec))
    assert (read.encoding, read.text) == (codec, text)


def test_varieties_the_model_splits_count_with_their_language():
    # py3langid splits Croatian official texts between hr and bs (0.56 / 0.44) and English
    # Council outcomes in capitals between Nigerian Pidgin and English (0.48 / 0.23): below
    # the 0.6 threshold, they were `und` and their items not read with their rules.
    from polcompare.io import detect_language, load_text

    folder = ROOT / "eval" / "parse"
    croatian = next(folder.glob("*/hr-zakon-izmjene-zakona-o-otocima-nn-70-2021.hr.txt"))
    english = next(folder.glob("*/eu-fac-outcome-2017-11-13-ft-dk.en.txt"))
    lang, p = detect_language(load_text(croatian).text)
    assert lang == "hr" and p > 0.99
    lang, p = detect_language(load_text(english).text)
    assert lang == "en" and 0.6 <= p < 0.8
    # a text the model takes for Bosnian first stays Bosnian: no Croatian rules on it
    bosnian = next(folder.glob("*/hr-nn-mu-7-1998-zakon-potvrdivanje-konvencije-prot*.hr.txt"))
    assert detect_language(load_text(bosnian).text)[0] == "bs"


def test_polish_in_iso_8859_2_is_not_read_as_windows_1250(tmp_path):
    # A new user's Polish page saved as ISO-8859-2 read as Windows-1250 with no warning:
    # "większo¶ć", "maj±cych" (ą and ś are ± and ¶ there, signs the code pages share).
    text = (
        "W latach 90-tych broń strzelecka i lekka była podstawowym narzędziem konfliktów "
        "zbrojnych, których większość miała charakter regionalny, mających podłoże lokalne. "
        "Rozwiązania wymagają współpracy państw.\n"
    )
    path = tmp_path / "pl.txt"
    path.write_bytes(text.encode("iso8859_2"))
    loaded = load_text(path)
    assert loaded.encoding == "iso8859_2"
    assert "większość" in loaded.text and "mających" in loaded.text
    # the same text in Windows-1250 stays Windows-1250
    path.write_bytes(text.encode("cp1250"))
    assert load_text(path).encoding == "cp1250"


def test_utf8_with_a_stray_byte_is_an_error_not_a_code_page():
    # New user 33: an EU statement in UTF-8 with one Latin-1 "é" pasted in was read, with no
    # word, as Windows-1250 ("H.E. Ĺ˝eljko KomĹˇiÄ‡", "EU Statement â€“ ..."); so was an
    # English text whose only UTF-8 is one dash, with two stray bytes at its end
    text = "EU Statement – Bosnia and Herzegovina\n\nH.E. Željko Komšić, Chairman.\n"
    stray = text.encode("utf-8").replace(b"Chairman", "Président".encode("latin-1"))
    with pytest.raises(errors.DecodingError) as info:
        decode(stray, source="stray.en.txt")
    message = str(info.value)
    assert message.startswith("stray.en.txt: is UTF-8 but for 1 invalid byte (the first at")
    assert "--errors replace" in message and "\n" not in message
    lenient = decode(stray, errors="replace")
    assert lenient.encoding == "utf_8" and lenient.replaced == 1
    assert "Željko Komšić, Pr\ufffdsident" in lenient.text
    dash_only = "EU Statement – UN Security Council\n".encode() + b"\xff\xfe bad\n"
    with pytest.raises(errors.DecodingError, match="2 invalid bytes"):
        decode(dash_only)
    # a code page's text is still read as one: its letters are no UTF-8
    german = "Die EU begrüßt die Verlängerung von EUFOR ALTHEA – „Gruß“.\n"
    assert decode(german.encode("cp1252")).encoding == "cp1252"


def test_a_code_page_guessed_on_too_little_evidence_is_said_with_what_it_reads(tmp_path):
    # New user 49: bytes that are no UTF-8 before one English sentence were read as
    # ISO-8859-13 ("Abc’ž def") without a word. Where another code page reads other letters
    # with as few strays, or the text is too short to tell its language, a warning names
    # the file, the code page chosen and the words it reads.
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Abc\xff\xfe def\n1. The Council condemns.\n")
    with pytest.warns(errors.PolcompareWarning) as caught:
        doc = polcompare.read(path)
    message = str(caught[0].message)
    assert message.startswith(f"{path}: not UTF-8; read as ISO-8859-13, a guess (")
    assert '"Abc’ž"' in message and "encoding=" in message
    assert doc.items["text"].tolist() == ["The Council condemns."]
    # an English text read as Windows-1250 where 1252 reads it as well ("FERNĮNDEZ", a
    # Windows-1257 reading of "FERNÁNDEZ" that no language rule tells from the right one)
    statement = ROOT / "eval/parse/holdout10/eu-statement-att-csp8-general-2022-eeas.en.txt"
    with pytest.warns(errors.PolcompareWarning, match="a guess"):
        decode(statement.read_text(encoding="utf-8").encode("cp1252"), source=statement.name)


@pytest.mark.parametrize(("lang", "codec", "text"), CODE_PAGE_TEXTS[:3], ids=["a", "b", "c"])
def test_a_code_page_its_letters_tell_is_read_without_a_warning(lang, codec, text, recwarn):
    decode(text.encode(codec))
    assert not [w for w in recwarn if "a guess" in str(w.message)]
