"""Fuzz the in-memory reading path: bytes -> decode -> clean -> parse -> Document.

Any :class:`~polcompare.errors.PolcompareError` is an expected answer to bad
bytes; any other exception is a crash, and so is a document that breaks the
lossless invariant (a non-blank line without a role, or whose text is not in
what holds it). Run it (atheris, coverage-guided, libFuzzer options)::

    .venv/bin/python fuzz/fuzz_read.py -max_total_time=300 -timeout=20 \
        -rss_limit_mb=4096 -max_len=8192 -dict=fuzz/read.dict fuzz/corpus

``fuzz/corpus`` is created and seeded from ``seeds/*.txt`` (plus a few
encodings of them and a web page) the first time; libFuzzer adds what it finds
there (``fuzz/read.dict`` lists the tokens the reader reacts to: BOMs, HTML
tags, item markers, furniture). A crash is written to ``crash-<sha1>``
(a slow input to ``timeout-<sha1>``); replay it with
``.venv/bin/python fuzz/fuzz_read.py crash-<sha1>``.
"""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

import atheris
import charset_normalizer  # noqa: F401 - heavy libraries: imported, not instrumented
import pandas  # noqa: F401
import py3langid  # noqa: F401
import yaml  # noqa: F401

with atheris.instrument_imports(include=["polcompare"]):
    from polcompare.document import LINE_ROLES, read_bytes
    from polcompare.errors import PolcompareError

ROOT = Path(__file__).resolve().parent.parent


def _squash(text: str) -> str:
    """Drop white space, hyphens and soft hyphens (what joining lines may change)."""
    return "".join(text.split()).replace("-", "").replace("\u00ad", "")


def check_lossless(doc) -> None:
    """Raise AssertionError unless every non-blank line lands in what holds it."""
    holders = {r.item_id: f"{r.marker} {r.text}" for r in doc.items.itertuples()}
    holders.update(zip(doc.headings["heading_id"], doc.headings["text"], strict=True))
    holders.update(zip(doc.unparsed["block_id"], doc.unparsed["text"], strict=True))
    for r in doc.footnotes.itertuples():
        holders[r.footnote_id] = f"{r.number} {r.text}"
    furniture = dict(zip(doc.furniture["line"], doc.furniture["text"], strict=True))
    for r in doc.lines.itertuples():
        if not r.text.strip():
            assert r.role == "blank", r
            continue
        assert r.role in LINE_ROLES, r
        holder = furniture[r.line] if r.role == "furniture" else holders[r.ref]
        assert _squash(r.text) in _squash(holder), (r.line, r.text)


def TestOneInput(data: bytes) -> None:  # noqa: N802 - the name atheris expects
    """Read ``data`` as a document; only PolcompareError may come out."""
    try:
        doc = read_bytes(data, name="fuzz.txt")
    except PolcompareError as exc:
        assert exc.source == "fuzz.txt" and str(exc).startswith("fuzz.txt: "), exc
        return
    check_lossless(doc)


def seed_corpus(folder: Path) -> None:
    """Fill an empty corpus folder with the seeds, re-encoded and cut into 4 KB pieces."""
    if folder.exists() and any(folder.iterdir()):
        return
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        variants = {
            "utf8": text.encode(),
            "bom": codecs.BOM_UTF8 + text.encode(),
            "utf16": text.encode("utf-16"),
            "crlf": text.replace("\n", "\r\n").encode(),
        }
        try:
            variants["cp1257"] = text.encode("cp1257")
        except UnicodeEncodeError:
            variants["latin1"] = text.encode("latin-1", errors="replace")
        for kind, data in variants.items():
            for start in range(0, len(data), 4096):  # small inputs fuzz faster
                (folder / f"{path.stem}.{kind}.{start // 4096}").write_bytes(
                    data[start : start + 4096]
                )
    page = "<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body>"
    page += "<h1>Virsraksts</h1><p>1. Padome <b>nosoda</b> &amp; atbalsta.</p>"
    page += "<script>x = '<p>'</script><ul><li>a. viens</li><li>b. divi</li></ul></body></html>"
    (folder / "page.html").write_bytes(page.encode())


def main() -> None:
    """Seed the corpus folder (the first argument that is not an option), then fuzz."""
    folders = [a for a in sys.argv[1:] if not a.startswith("-")]
    if folders and not Path(folders[0]).is_file():
        seed_corpus(Path(folders[0]))
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
