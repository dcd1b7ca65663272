"""Calendar arithmetic: TIMEX3 values, their intervals, and choosing past or future."""

from __future__ import annotations

import calendar
import datetime as dt
import re

Interval = tuple[dt.date, dt.date]

PAST_BIAS = 1.5  # a future date must be this much nearer to win without a tense cue
PAST_REACH_DAYS = 183  # the furthest back a past tense alone moves a yearless date
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by ``delta`` months."""
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def week_value(day: dt.date) -> str:
    """The ISO week of a day as a TIMEX3 value: ``2026-W03``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_start(day: dt.date) -> dt.date:
    """The Monday of the ISO week holding ``day``."""
    return day - dt.timedelta(days=day.weekday())


def _part_interval(year: int, part: str) -> Interval:
    if part[0] in "QH":
        size = 3 if part[0] == "Q" else 6
        first = (int(part[1]) - 1) * size + 1
        return dt.date(year, first, 1), month_end(year, first + size - 1)
    first, last = SEASON_MONTHS[part]
    end_year = year + 1 if last < first else year
    return dt.date(year, first, 1), month_end(end_year, last)


def value_interval(value: str) -> Interval | None:
    """The calendar interval a DATE value covers, or None for REF and X values."""
    if match := _DAY.match(value):
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        return day, day
    if match := _WEEK.match(value):
        monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        first = monday + dt.timedelta(days=5) if match[3] else monday
        return first, monday + dt.timedelta(days=6)
    if match := _MONTH.match(value):
        year, month = int(match[1]), int(match[2])
        return dt.date(year, month, 1), month_end(year, month)
    if match := _PART.match(value):
        return _part_interval(int(match[1]), match[2])
    if match := _YEAR.match(value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    if match := _DECADE.match(value):
        return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31)
    return None


def _month_part(interval: Interval, mod: str) -> Interval:
    first, last = interval
    if mod == "START":
        return first, first.replace(day=10)
    if mod == "MID":
        return first.replace(day=11), first.replace(day=20)
    return first.replace(day=21), last


def _year_part(interval: Interval, mod: str) -> Interval:
    first, last = interval
    if mod == "START":
        return first, month_end(first.year, 4)
    if mod == "MID":
        return first.replace(month=5), month_end(first.year, 8)
    return first.replace(month=9), last


def _thirds(interval: Interval, mod: str) -> Interval:
    first, last = interval
    length = (last - first).days + 1
    third = max(length // 3, 1)
    if mod == "START":
        return first, first + dt.timedelta(days=third - 1)
    if mod == "MID":
        return first + dt.timedelta(days=third), last - dt.timedelta(days=third)
    return last - dt.timedelta(days=third - 1), last


def apply_mod(interval: Interval, value: str, mod: str | None) -> Interval:
    """Narrow an interval for START/MID/END ("early January" -> January 1-10)."""
    if mod not in ("START", "MID", "END"):
        return interval
    first, last = interval
    if first == last:
        return interval
    if _MONTH.match(value):
        return _month_part(interval, mod)
    if _YEAR.match(value):
        return _year_part(interval, mod)
    return _thirds(interval, mod)


def choose_by_direction(candidates: list[dt.date], anchor: dt.date, direction: int) -> dt.date:
    """Pick the candidate after (1), before (-1) or nearest to (0) the anchor.

    Later candidates count as "after" when they are on or after the anchor. With no
    direction the past is preferred unless the future one is much nearer: news mostly
    reports what has happened.
    """
    ordered = sorted(candidates)
    if direction > 0:
        later = [day for day in ordered if day >= anchor]
        return later[0] if later else ordered[-1]
    if direction < 0:
        earlier = [day for day in ordered if day <= anchor]
        return earlier[-1] if earlier else ordered[0]
    return min(ordered, key=lambda day: _weighted_distance(day, anchor))


def _weighted_distance(day: dt.date, anchor: dt.date) -> float:
    return abs((day - anchor).days) * (PAST_BIAS if day > anchor else 1.0)


def shift_by_granularity(value: str, amount: int) -> str | None:
    """Shift a day, month, quarter or year value by ``amount`` of its own unit's years.

    Used for "a year earlier" after "the third quarter": 2025-Q3 -> 2024-Q3.
    """
    match = re.match(r"^(\d{4})(-.*)?$", value)
    if match is None:
        return None
    rest = match[2] or ""
    if re.fullmatch(r"-\d{2}-\d{2}", rest) and rest != "-02-29":
        return f"{int(match[1]) + amount:04d}{rest}"
    if re.fullmatch(r"(?:-\d{2}|-Q[1-4]|-H[12]|-SP|-SU|-FA|-WI)?", rest):
        return f"{int(match[1]) + amount:04d}{rest}"
    return None


def resolve_month_day(
    month: int, day: int, published: dt.date, direction: int, *, firm: bool = False
) -> dt.date | None:
    """The year of "January 15" without a year, by tense.

    A past tense from far up the clause cannot carry a yearless date more than half a
    year back: "payable Dec. 15" in a report of what directors *declared* in October is this
    December, not last. A ``firm`` tense, the date's own verb ("the year ended Jan.
    31"), can.
    """
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    chosen = choose_by_direction(candidates, published, direction)
    if direction < 0 and not firm and (published - chosen).days > PAST_REACH_DAYS:
        return choose_by_direction(candidates, published, 0)
    return chosen


def resolve_month(month: int, published: dt.date, direction: int) -> tuple[int, int]:
    """(year, month) of a month named without a year, by tense."""
    anchor = published.replace(day=1)
    candidates = [dt.date(published.year + delta, month, 1) for delta in (-1, 0, 1)]
    chosen = choose_by_direction(candidates, anchor, direction)
    return chosen.year, chosen.month


def resolve_weekday(
    weekday: int, published: dt.date, direction: int, *, named_shift: bool = False
) -> dt.date:
    """The date of a weekday (1 = Monday) named without a date.

    The publication day's own weekday is that day ("will speak on Friday", written on
    a Friday, is today: wire copy names the day), unless the shift is named ("next
    Friday", "last Friday"). Other days: future is the coming one, past the last one,
    and with no cue the nearest.
    """
    forward = (weekday - published.isoweekday()) % 7
    if forward == 0 and not named_shift:
        return published
    after = published + dt.timedelta(days=forward or 7)
    before = after - dt.timedelta(days=7)
    if direction == 0:
        return choose_by_direction([before, after], published, 0)
    if direction < 0 and named_shift and before == published:
        return before - dt.timedelta(days=7)
    return after if direction > 0 else before


def resolve_quarter(quarter: int, published: dt.date, direction: int) -> int:
    """The year of "the third quarter" named without a year.

    A quarter that has begun this year is this year's, unless the clause speaks of the
    future and it ended more than a quarter ago ("will recover in the first quarter",
    written in November). One still to come is this year's, or last year's in the past
    tense.
    """
    current = (published.month - 1) // 3 + 1
    if quarter <= current:
        return published.year + 1 if direction > 0 and quarter < current - 1 else published.year
    return published.year - 1 if direction < 0 else published.year


def weekend_value(published: dt.date, direction: int) -> str:
    """The weekend meant by "the weekend": the coming one, or the last one in the past."""
    if direction < 0:
        saturday = published - dt.timedelta(days=(published.isoweekday() - 6) % 7 or 7)
    else:
        saturday = published + dt.timedelta(days=(6 - published.isoweekday()) % 7)
    return week_value(saturday) + "-WE"


def last_quarter_value(published: dt.date) -> str:
    """The last quarter that ended before ``published``."""
    year, month = add_months(published.year, published.month, -3)
    return f"{year:04d}-Q{(month - 1) // 3 + 1}"


def shift_value(published: dt.date, unit: str, amount: int) -> str | None:
    """The TIMEX3 value of the ``unit`` holding ``published`` shifted by ``amount`` units."""
    if unit == "day":
        return (published + dt.timedelta(days=amount)).isoformat()
    if unit in ("week", "weekend"):
        suffix = "-WE" if unit == "weekend" else ""
        return week_value(published + dt.timedelta(weeks=amount)) + suffix
    if unit == "month":
        year, month = add_months(published.year, published.month, amount)
        return f"{year:04d}-{month:02d}"
    if unit == "quarter":
        year, month = add_months(published.year, published.month, 3 * amount)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "year":
        return f"{published.year + amount:04d}"
    if unit == "decade":
        return f"{published.year // 10 + amount:03d}"
    return None
