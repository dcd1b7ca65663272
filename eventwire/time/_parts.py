"""Parts of years and days: halves of a year, fiscal years, dawn and dusk, overnight."""

from __future__ import annotations

import datetime as dt
import re

from eventwire.models import Timex
from eventwire.time._context import Context

YEAR_SHIFTS = {"the": 0, "this": 0, "next": 1, "last": -1}


def half_year(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "the second half of the year" -> 2026-H2, "the first half of next year"."""
    half = 1 if match["which"].lower() == "first" else 2
    if ctx.published is None:
        value = f"XXXX-H{half}"
    else:
        value = f"{ctx.published.year + YEAR_SHIFTS[match['shift'].lower()]:04d}-H{half}"
    return [ctx.timex(match.start(), match.end(), "DATE", value)]


def fiscal_short(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "FY2025", "FY25", "FY '26": the fiscal year, valued by its number as TimeBank does."""
    digits = match["y"]
    year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    return [ctx.timex(match.start(), match.end(), "DATE", f"{year:04d}")]


def day_moment(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "before dawn", "at dusk": a TIME in the part of the day it falls in; the tagger
    moves it to the day its sentence names."""
    part = ctx.lexicon.day_moments[match["moment"].lower()]
    day = ctx.published.isoformat() if ctx.published else "XXXX-XX-XX"
    return [ctx.timex(match.start("moment"), match.end(), "TIME", f"{day}T{part}")]


def overnight(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "struck overnight", "overnight losses": the night before publication, as TimeML
    values it; "an overnight stay" is a length (see ``length_adjectives``)."""
    if ctx.published is None:
        value = "XXXX-XX-XXTNI"
    else:
        value = f"{(ctx.published - dt.timedelta(days=1)).isoformat()}TNI"
    return [ctx.timex(match.start(), match.end(), "TIME", value)]
