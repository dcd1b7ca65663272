"""Expressions whose value depends on what the article has already dated.

"a year ago" after "third-quarter profit rose" means that quarter a year before, not
the whole of last year; "the year-earlier period", "the 1988 quarter" and "the latest
period" name the period the report is about. Each rule's handler gives a value that
stands on its own; here it is refined when the text has set a reference period.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from eventwire.models import Timex
from eventwire.time._calendar import shift_by_granularity
from eventwire.time._context import Context, make_timex
from eventwire.time._rules import parse_number

Tagged = tuple[str, Timex]  # the grammar rule that found an expression, and the expression
Resolver = Callable[[Timex, Sequence[Timex], Context], Timex | None]

ANAPHORIC_YEARS = re.compile(
    r"(?:(?P<n>an?|one|two|three|four|five|\d+)\s+)?years?\s+(?P<dir>earlier|later|ago)",
    re.IGNORECASE,
)
PERIOD_VALUE = re.compile(r"^(?P<year>\d{4})(?P<part>-(?:Q[1-4]|H[12]))$")
NEARBY_SENTENCES = 2  # "a year ago" looks back this many sentences for the period meant


def resolve_anaphora(tagged: Sequence[Tagged], ctx: Context) -> list[Timex]:
    """The expressions in text order, each anaphoric one valued against those before it.

    Only dates the text names itself serve as references: a period already shifted
    ("a year ago" -> 1988-Q3) must not shift the next one again.
    """
    result: list[Timex] = []
    named: list[Timex] = []
    for rule, timex in tagged:
        resolver = RESOLVERS.get(rule)
        refined = (resolver(timex, named, ctx) if resolver else None) or timex
        result.append(refined)
        if rule not in SHIFTING_RULES:
            named.append(refined)
    return result


def _with_value(timex: Timex, value: str | None, ctx: Context) -> Timex | None:
    if value is None:
        return None
    return make_timex(ctx.text, timex.start, timex.end, "DATE", value, timex.mod)


def _sentence_start(ctx: Context, timex: Timex, back: int) -> int | None:
    """Where the sentence ``back`` sentences before the one holding ``timex`` starts."""
    span = ctx.span(timex.start, timex.end)
    if span is None:
        return None
    sentence = span.sent
    for _ in range(back):
        if sentence.start == 0:
            break
        sentence = ctx.doc[sentence.start - 1].sent
    return sentence.start_char


def _is_past_period(timex: Timex, ctx: Context) -> bool:
    """A quarter or half over by publication: one a report can give results for."""
    if timex.type != "DATE" or not PERIOD_VALUE.match(timex.value):
        return False
    return ctx.published is None or (
        timex.range_end is not None and timex.range_end < ctx.published
    )


def _latest_period(previous: Sequence[Timex], since: int, ctx: Context) -> Timex | None:
    """The last past quarter or half dated at or after character ``since``."""
    for candidate in reversed(previous):
        if candidate.start < since:
            return None
        if _is_past_period(candidate, ctx):
            return candidate
    return None


def _report_period(previous: Sequence[Timex], ctx: Context) -> Timex | None:
    """The period the article reports on: the first past quarter or half it names."""
    return next((item for item in previous if _is_past_period(item, ctx)), None)


def _latest_date(previous: Sequence[Timex], since: int) -> Timex | None:
    for candidate in reversed(previous):
        if candidate.start < since:
            return None
        if candidate.type == "DATE" and candidate.value[:1].isdigit():
            return candidate
    return None


def years_from_reference(timex: Timex, previous: Sequence[Timex], ctx: Context) -> Timex | None:
    """ "a year ago" or "two years earlier" after a dated quarter: that quarter shifted.

    "earlier" and "later" count from the time the sentence speaks of, so any date of
    the sentence will do; "ago" counts from publication and only takes the granularity
    of a quarter or half the report is about.
    """
    match = ANAPHORIC_YEARS.fullmatch(timex.text)
    nearby = _sentence_start(ctx, timex, NEARBY_SENTENCES)
    if match is None or nearby is None:
        return None
    reference = _latest_period(previous, nearby, ctx)
    if reference is None and match["dir"].lower() != "ago":
        same_sentence = _sentence_start(ctx, timex, 0)
        reference = _latest_date(previous, same_sentence if same_sentence is not None else nearby)
    if reference is None:
        return None
    sign = 1 if match["dir"].lower() == "later" else -1
    amount = parse_number(match["n"], ctx) if match["n"] else 1
    return _with_value(timex, shift_by_granularity(reference.value, sign * (amount or 1)), ctx)


def year_before_reference(timex: Timex, previous: Sequence[Timex], ctx: Context) -> Timex | None:
    """ "the year-ago quarter", "year-earlier results": the report's period a year back."""
    reference = _report_period(previous, ctx)
    if reference is None:
        return None
    return _with_value(timex, shift_by_granularity(reference.value, -1), ctx)


def year_of_reference(timex: Timex, previous: Sequence[Timex], ctx: Context) -> Timex | None:
    """ "the 1988 period" after "the third quarter": the third quarter of 1988."""
    reference = _report_period(previous, ctx)
    year = re.search(r"\d{4}", timex.text)
    if reference is None or year is None:
        return None
    match = PERIOD_VALUE.match(reference.value)
    return _with_value(timex, f"{year[0]}{match['part']}" if match else None, ctx)


def reported_period(timex: Timex, previous: Sequence[Timex], ctx: Context) -> Timex | None:
    """ "the latest period", "the quarter": the quarter the report has named."""
    reference = _report_period(previous, ctx)
    return None if reference is None else _with_value(timex, reference.value, ctx)


SHIFTING_RULES = frozenset({"ago", "year_ago", "year_ago_quarter", "year_period"})
RESOLVERS: dict[str, Resolver] = {
    "ago": years_from_reference,
    "year_ago": year_before_reference,
    "year_period": year_of_reference,
    "last_quarter": reported_period,
}
