"""YAML of the files polcompare ships, read with libyaml where PyYAML has it.

PyYAML's pure-Python loader takes 0.5-0.8 s for the shipped language files and
dictionaries, its C loader (``CSafeLoader``, the same safe constructors on
libyaml's parser) a tenth of that, with the same result. Only polcompare's
own files go through here: a user's dictionary keeps the pure-Python loader
and its error messages.
"""

from __future__ import annotations

import yaml

__all__ = ["load_shipped"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_shipped(text: str):
    """``yaml.safe_load(text)`` for a file polcompare ships; the C loader where there is one."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
