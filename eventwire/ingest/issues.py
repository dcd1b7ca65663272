"""Typed reports of what a reader could not take as it was."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from eventwire.errors import RecordError


class IssueSeverity(StrEnum):
    """``skip``: the record was dropped; ``warning``: it was kept, with a repair."""

    SKIP = "skipped"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class ReadIssue:
    """One problem with one input record; ``location`` is ``file:line``."""

    location: str
    reason: str
    severity: IssueSeverity

    def __str__(self) -> str:
        return f"{self.location}: {self.severity.value}: {self.reason}"

    def to_error(self) -> RecordError:
        """The issue as the exception of the error tree, for callers that want to raise."""
        return RecordError(self.location, self.reason)


def skip(location: str, reason: str) -> ReadIssue:
    """A record that was dropped."""
    return ReadIssue(location, reason, IssueSeverity.SKIP)


def warning(location: str, reason: str) -> ReadIssue:
    """A record that was kept after a repair."""
    return ReadIssue(location, reason, IssueSeverity.WARNING)
