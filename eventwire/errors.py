"""One exception tree for eventwire, with stable codes and actionable messages.

::

    EventwireError                  base of everything eventwire raises on purpose
    ├── InputError                  a record or file that cannot be read
    │   └── RecordError             one bad record (file, line, reason); the batch goes on
    ├── DataFileError               a malformed package or user data file (file:line)
    ├── ModelError                  the spaCy model is missing or cannot be loaded
    ├── StoreError                  the database cannot be opened, migrated or queried
    └── EngineError                 a parallel engine (Ray) is not installed or its job failed

The CLI turns any ``EventwireError`` into its message and a non-zero exit.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class. ``code`` is stable across versions (``E101``), the text says how to fix it."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(EventwireError):
    code = "E100"


class RecordError(InputError):
    """One input record was skipped; ``location`` is ``file:line``."""

    code = "E101"

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason


class DataFileError(EventwireError):
    code = "E200"

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason


class ModelError(EventwireError):
    code = "E300"


class StoreError(EventwireError):
    code = "E400"


class EngineError(EventwireError):
    """A parallel run failed: the Ray engine is not installed, a Ray job failed, or a
    local worker process died."""

    code = "E500"
