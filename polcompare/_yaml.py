"""YAML of the files polcompare ships, read with libyaml where PyYAML has it, kept as JSON.

PyYAML's pure-Python loader takes 0.5-0.8 s for the shipped language files and
dictionaries, its C loader (``CSafeLoader``, the same safe constructors on
libyaml's parser) a tenth of that, with the same result. Only polcompare's
own files go through here: a user's dictionary keeps the pure-Python loader
and its error messages.

What a file holds is also kept as JSON in the user cache
(:func:`yaml_cache_dir`), under the SHA-256 of the file's text: JSON reads
in a twentieth of libyaml's time (the 28 language files and three
dictionaries: 24 ms -> about 1 ms), which every process that reads its first
document pays. Only data that JSON gives back exactly (same ``repr``) is
kept; a cache that cannot be read or written only costs the YAML.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import yaml

__all__ = ["load_shipped", "yaml_cache_dir"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def yaml_cache_dir() -> Path | None:
    """Where the shipped YAML is kept as JSON, or None (``POLCOMPARE_YAML_CACHE=off``).

    ``$POLCOMPARE_YAML_CACHE``, else ``$XDG_CACHE_HOME/polcompare/yaml``
    (``~/.cache/polcompare/yaml``).
    """
    given = os.environ.get("POLCOMPARE_YAML_CACHE")
    if given:
        return None if given.lower() in ("off", "0", "no", "none") else Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "polcompare" / "yaml"


def load_shipped(text: str):
    """``yaml.safe_load(text)`` for a file polcompare ships; the C loader where there is one."""
    folder = yaml_cache_dir()
    if folder is None:
        return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    kept = folder / f"{hashlib.sha256(text.encode('utf-8')).hexdigest()[:32]}.json"
    try:
        return json.loads(kept.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    data = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    _keep(kept, data)
    return data


def _keep(path: Path, data) -> None:
    """Write ``data`` as JSON to ``path`` (atomically) if JSON gives it back exactly."""
    try:
        text = json.dumps(data, ensure_ascii=False)
        if repr(json.loads(text)) != repr(data):  # int keys, dates, ... : not kept
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, TypeError, ValueError):
        pass
