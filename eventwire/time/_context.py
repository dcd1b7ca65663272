"""What a rule needs to normalise a match: the parse, the publication date, the words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from eventwire.models import Timex
from eventwire.time._calendar import apply_mod, value_interval
from eventwire.time._lexicon import Lexicon
from eventwire.time._tense import governed_directly, scheduled_present, tense_direction


@dataclass(frozen=True, slots=True)
class Context:
    """One article being tagged; ``text`` is ``doc.text``, which spaCy rebuilds per access."""

    doc: Doc
    text: str
    published: dt.date | None
    lexicon: Lexicon

    def span(self, start: int, end: int) -> Span | None:
        """The tokens covering characters ``start:end``."""
        return self.doc.char_span(start, end, alignment_mode="expand")

    def direction(self, start: int, end: int) -> int:
        """1 if the clause around characters ``start:end`` is future, -1 past, 0 unclear."""
        span = self.span(start, end)
        return 0 if span is None else tense_direction(span, self.lexicon)

    def scheduled(self, start: int, end: int) -> bool:
        """Whether characters ``start:end`` hang from a simple present of schedule."""
        span = self.span(start, end)
        return span is not None and scheduled_present(span, self.lexicon)

    def firm_tense(self, start: int, end: int) -> bool:
        """Whether characters ``start:end`` hang straight from the verb that sets their tense."""
        span = self.span(start, end)
        return span is not None and governed_directly(span)

    def timex(self, start: int, end: int, kind: str, value: str, mod: str | None = None) -> Timex:
        """A Timex over ``doc.text[start:end]`` with its calendar interval filled in."""
        return make_timex(self.text, start, end, kind, value, mod)


def make_timex(text: str, start: int, end: int, kind: str, value: str, mod: str | None) -> Timex:
    """Build a Timex; DATE and TIME values with a calendar meaning get their interval."""
    interval = value_interval(value) if kind in ("DATE", "TIME") else None
    if interval is not None:
        interval = apply_mod(interval, value, mod)
    return Timex(
        start=start,
        end=end,
        text=text[start:end],
        type=kind,
        value=value,
        mod=mod,
        range_start=interval[0] if interval else None,
        range_end=interval[1] if interval else None,
    )
