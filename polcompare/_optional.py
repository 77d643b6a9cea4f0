"""Optional dependencies: import one, or fail with a line naming the extra that installs it."""

from __future__ import annotations

import importlib
from types import ModuleType

from .errors import PolcompareError

__all__ = ["require"]


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """Import ``module``; if it is missing, raise a one-line :class:`PolcompareError`.

    Parameters
    ----------
    module : str
        E.g. ``nbconvert``.
    extra : str
        The polcompare extra that installs it, e.g. ``export``.
    purpose : str
        What needs it, e.g. ``export-notebook``.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise PolcompareError(
            module, f"{purpose} needs {module}: pip install 'polcompare[{extra}]'"
        ) from exc
