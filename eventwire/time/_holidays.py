"""Named days ("Christmas", "Election Day", "Easter Monday"): their date in a given year.

Each holiday's rule is a string in ``data/lexicon.yaml``:

- ``"12-25"``: a fixed month and day;
- ``"11 thu 4 +1"``: the 4th Thursday of November, plus one day (``-1`` is the last);
- ``"easter +1"``: days from Western Easter Sunday.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from eventwire.errors import DataFileError
from eventwire.models import Timex
from eventwire.time._calendar import choose_by_direction
from eventwire.time._context import Context

WEEKDAY_CODES = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_FIXED = re.compile(r"^(?P<m>\d{2})-(?P<d>\d{2})$")
_NTH = re.compile(r"^(?P<m>\d{2})\s+(?P<wd>[a-z]{3})\s+(?P<n>-?\d)(?:\s+(?P<off>[+-]\d+))?$")
_EASTER = re.compile(r"^easter(?:\s+(?P<off>[+-]\d+))?$")
OTHER_NATIONS = frozenset({"NORP", "GPE"})


def easter_sunday(year: int) -> dt.date:
    """Western Easter Sunday of ``year`` (the Gregorian computus)."""
    golden = year % 19
    century, of_century = divmod(year, 100)
    leap_skips, leap_rest = divmod(century, 4)
    moon_fix = (century + 8) // 25
    epact_fix = (century - moon_fix + 1) // 3
    epact = (19 * golden + century - leap_skips - epact_fix + 15) % 30
    year_quarters, year_rest = divmod(of_century, 4)
    weekday_fix = (32 + 2 * leap_rest + 2 * year_quarters - epact - year_rest) % 7
    correction = (golden + 11 * epact + 22 * weekday_fix) // 451
    month, day = divmod(epact + weekday_fix - 7 * correction + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    days = [
        dt.date(year, month, day)
        for day in range(1, calendar.monthrange(year, month)[1] + 1)
        if dt.date(year, month, day).weekday() == weekday
    ]
    return days[nth - 1] if nth > 0 else days[nth]


def holiday_date(rule: str, year: int) -> dt.date:
    """The date a holiday rule gives in ``year``."""
    if match := _FIXED.match(rule):
        return dt.date(year, int(match["m"]), int(match["d"]))
    if match := _NTH.match(rule):
        day = _nth_weekday(year, int(match["m"]), WEEKDAY_CODES[match["wd"]], int(match["n"]))
        return day + dt.timedelta(days=int(match["off"] or 0))
    if match := _EASTER.match(rule):
        return easter_sunday(year) + dt.timedelta(days=int(match["off"] or 0))
    raise DataFileError("eventwire/time/data/lexicon.yaml", f"bad holiday rule {rule!r}")


def holiday_names(names: list[str]) -> str:
    """A case-sensitive alternation of holiday names as news capitalises them."""
    forms = []
    for name in sorted(names, key=lambda item: (-len(item), item)):
        words = [re.escape(word[:1].upper() + word[1:]) for word in name.split()]
        forms.append(r"\s+".join(words).replace("'", "['’]"))
    return "(?-i:" + "|".join(forms) + ")"


def holiday(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "on Christmas Day", "before Thanksgiving", "Easter 2024"."""
    if _of_another_nation(match, ctx):
        return []
    rule = ctx.lexicon.holidays[" ".join(match["name"].lower().replace("’", "'").split())]
    if match["y"]:
        day = holiday_date(rule, int(match["y"]))
    elif ctx.published is not None:
        years = range(ctx.published.year - 1, ctx.published.year + 2)
        candidates = [holiday_date(rule, year) for year in years]
        day = choose_by_direction(candidates, ctx.published, ctx.direction(*match.span()))
    elif _FIXED.match(rule):
        return [ctx.timex(match.start(), match.end(), "DATE", f"XXXX-{rule}")]
    else:
        return []
    return [ctx.timex(match.start(), match.end(), "DATE", day.isoformat())]


def _of_another_nation(match: re.Match[str], ctx: Context) -> bool:
    """ "Ukraine's Independence Day", "the Mexican Independence Day": another date."""
    span = ctx.span(*match.span())
    if span is None or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.tag_ == "POS" or before.ent_type_ in OTHER_NATIONS:
        return True
    return before.pos_ == "PROPN"
