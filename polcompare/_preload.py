"""Imported once by the forkserver of ``polcompare corpus`` (see :mod:`polcompare.parallel`).

Loading the stemmers and compiling the shipped dictionaries takes about two
seconds; done here, every worker forked from the server starts with them.
"""

from .themes.dictionary import TAXONOMIES, _load_shipped
from .themes.match import _compile

for _taxonomy in TAXONOMIES:
    _dictionary = _load_shipped(_taxonomy)
    for _lang in _dictionary.patterns:
        _compile(_dictionary, _lang)
