"""Imported once by the forkserver of ``polcompare corpus`` (see :mod:`polcompare.parallel`).

Loading the stemmers and compiling the shipped dictionaries takes about two
seconds; done here, every worker forked from the server starts with them.
"""

from .themes import TAXONOMIES, _compile, _load_shipped

for _taxonomy in TAXONOMIES:
    _dictionary = _load_shipped(_taxonomy)
    for _lang in _dictionary.patterns:
        _compile(_dictionary, _lang)
