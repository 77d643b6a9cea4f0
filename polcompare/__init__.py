"""polcompare: parse, tag and compare policy positions in EU Council documents."""

from .document import Document, read
from .errors import PolcompareError

__version__ = "0.1.0"

__all__ = ["Document", "PolcompareError", "read", "__version__"]
