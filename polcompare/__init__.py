"""polcompare: parse, tag and compare policy positions in EU Council documents."""

from .compare import Comparison, compare
from .document import Document, concat_items, read, read_bytes
from .errors import PolcompareError

__version__ = "0.1.0"

__all__ = [
    "Comparison",
    "Document",
    "PolcompareError",
    "compare",
    "concat_items",
    "read",
    "read_bytes",
    "__version__",
]
