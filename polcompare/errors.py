"""The errors polcompare raises on bad input.

Every error names the file (or resource) and the reason, so the command line can
print one line and a notebook user sees what to fix.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "PolcompareError",
    "MissingFileError",
    "NotAFileError",
    "UnreadableFileError",
    "BinaryFileError",
    "EmptyDocumentError",
    "DecodingError",
    "DictionaryError",
    "FileTooLargeError",
    "PolcompareWarning",
    "CodingSheetError",
    "UntaggedLanguageWarning",
]


class PolcompareError(Exception):
    """Base class of every error polcompare raises on bad input.

    Parameters
    ----------
    source : str or Path
        The file or resource the error is about.
    reason : str
        What is wrong with it, in words a user can act on.
    """

    def __init__(self, source: str | Path, reason: str) -> None:
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")


class MissingFileError(PolcompareError):
    """The path does not exist."""


class NotAFileError(PolcompareError):
    """The path exists but is not a regular file (a directory, a device...)."""


class UnreadableFileError(PolcompareError):
    """The operating system refused to read the file (permissions, I/O error)."""


class BinaryFileError(PolcompareError):
    """The file holds binary data, not text."""


class EmptyDocumentError(PolcompareError):
    """The file is empty or holds only white space."""


class DecodingError(PolcompareError):
    """The bytes cannot be decoded as text in any supported encoding."""


class DictionaryError(PolcompareError):
    """A theme dictionary is malformed (bad structure, empty key, bad pattern...)."""


class FileTooLargeError(PolcompareError):
    """The file is above the size limit of a corpus run (it is not loaded)."""


class PolcompareWarning(UserWarning):
    """Something a user should know about an input that was still read (bytes replaced...).

    The command line prints each as one line, ``polcompare: warning: FILE: ...``.
    """


class CodingSheetError(PolcompareError):
    """A filled coding sheet cannot be read as one (unknown item, bad value, bad column...)."""


class UntaggedLanguageWarning(PolcompareWarning):
    """Items got no themes because the dictionary has no section for their language."""
