"""A benchmark corpus of distinct texts, built from the official texts in the repository.

    .venv/bin/python bench/corpus.py DIR --docs 1000      # writes DIR/00000-....txt

The first documents are the public official texts already in the repository,
as they are: ``seeds/*.txt``, ``eval/parse/docs/*.txt``, ``eval/align/*.txt``
and, grouped by source page into one numbered document each, the item texts of
``eval/themes/*.csv`` (their URLs are in those files and their ``.yml``/README
companions). Every further document is generated from them, deterministically
(``seed``), so that it differs in words, not only in order:

* its layout is a real document's (a template, drawn with a chance in
  proportion to its length): short lines (headings,
  numbers, dates) are kept, and the prose of every long line is replaced, after
  its leading marker ("3.", "(b)", "Article 5"), by sentences drawn from all the
  texts of the template's language, about as long as the line was;
* a share of the longer words (:data:`NEW_WORD_SHARE`) becomes a new word form
  of that language: the start of the word joined to the end of another word of
  the same language that shares a letter there (``atmīnēšan`` + ``ai`` style),
  so the vocabulary keeps growing with the corpus as a real one does and
  per-word caches (stems, dictionary hits) keep missing.

Nothing is downloaded; the same ``seed`` gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Share of words of 6+ letters replaced by a new form in a generated document.
NEW_WORD_SHARE = 0.08
#: Lines shorter than this are layout (headings, numbers, dates) and kept.
PROSE_CHARS = 60

_LANG = re.compile(r"\.([a-z]{2})\.txt$")
_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+(?=\S)")
_MARKER = re.compile(
    r"^\s*(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?|\(?[a-zA-Z]{1,4}\)|[a-z]\.|[-–•*])\s+"
)
_WORD = re.compile(r"[^\W\d_]{6,}")


@dataclass(frozen=True)
class Source:
    name: str
    lang: str
    text: str


def sources(root: Path = ROOT) -> list[Source]:
    """Return the repository's official texts, in a fixed order."""
    out = []
    folders = [root / "seeds", root / "eval" / "parse" / "docs", root / "eval" / "align"]
    seen = set()
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            m = _LANG.search(path.name)
            if not m or path.name in seen:
                continue  # eval/align copies eval/parse/docs files
            seen.add(path.name)
            out.append(Source(path.name, m.group(1), path.read_text(encoding="utf-8")))
    for path in sorted((root / "eval" / "themes").glob("*.csv")):
        pages: dict[str, list[str]] = defaultdict(list)
        langs: dict[str, str] = {}
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                pages[row["source_url"]].append(row["text"])
                langs[row["source_url"]] = row["lang"]
        for k, (url, texts) in enumerate(pages.items()):
            text = "\n".join(f"{i}. {t}" for i, t in enumerate(texts, 1)) + "\n"
            out.append(Source(f"themes-{path.stem}-{k:02d}.{langs[url]}.txt", langs[url], text))
    return out


class _Language:
    """The sentences and word forms of one language's texts."""

    def __init__(self, texts: list[str]):
        sentences = []
        words: set[str] = set()
        for text in texts:
            for line in text.splitlines():
                if len(line) < PROSE_CHARS:
                    continue
                prose = _MARKER.sub("", line, count=1)
                sentences.extend(s for s in _SENTENCE_END.split(prose) if len(s) > 20)
                words.update(_WORD.findall(prose))
        self.sentences = sentences or ["-"]
        self.words = sorted(words)
        # words by their third-from-last letter, for joins that keep a language's shape
        self.by_letter: dict[str, list[str]] = defaultdict(list)
        for w in self.words:
            self.by_letter[w[-3].lower()].append(w)

    def prose(self, rng: random.Random, length: int) -> str:
        out: list[str] = []
        size = 0
        while size < length:
            s = rng.choice(self.sentences)
            out.append(s)
            size += len(s) + 1
        return " ".join(out)

    def new_form(self, rng: random.Random, word: str) -> str:
        cut = rng.randint(3, len(word) - 2)
        tails = self.by_letter.get(word[cut - 1].lower())
        if not tails:
            return word
        other = rng.choice(tails)
        return word[:cut] + other[len(other) - 2 :]


def _mutate(lang: _Language, rng: random.Random, text: str) -> str:
    def swap(m: re.Match) -> str:
        return lang.new_form(rng, m.group()) if rng.random() < NEW_WORD_SHARE else m.group()

    return _WORD.sub(swap, text)


def generate(n: int, *, seed: int = 20261203, root: Path = ROOT) -> list[tuple[str, str]]:
    """Return ``n`` distinct documents as ``(file name, text)``: the real ones first."""
    real = sources(root)
    by_lang: dict[str, list[str]] = defaultdict(list)
    for s in real:
        by_lang[s.lang].append(s.text)
    langs = {code: _Language(texts) for code, texts in by_lang.items()}
    weights = [len(s.text) for s in real]  # long documents as often as a real corpus has them
    rng = random.Random(seed)
    out = [(f"{k:05d}-{s.name}", s.text) for k, s in enumerate(real[:n])]
    k = len(out)
    while k < n:
        template = rng.choices(real, weights)[0]
        lang = langs[template.lang]
        lines = []
        for line in template.text.splitlines():
            if len(line) < PROSE_CHARS:
                lines.append(line)
                continue
            m = _MARKER.match(line)
            marker = m.group() if m else ""
            lines.append(marker + _mutate(lang, rng, lang.prose(rng, len(line) - len(marker))))
        out.append((f"{k:05d}-gen-{template.name}", "\n".join(lines) + "\n"))
        k += 1
    return out


def write(folder: Path, n: int, *, seed: int = 20261203) -> list[Path]:
    """Write :func:`generate`'s documents into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(n, seed=seed):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20261203)
    args = parser.parse_args(argv)
    paths = write(args.folder, args.docs, seed=args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} documents, {size / 1e6:.2f} MB in {args.folder}")


if __name__ == "__main__":
    main()
