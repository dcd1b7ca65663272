"""Rule handlers: one regex match in, zero or more normalised Timex records out."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from eventwire.models import Timex
from eventwire.time._calendar import (
    last_quarter_value,
    resolve_month,
    resolve_month_day,
    resolve_quarter,
    resolve_weekday,
    shift_by_granularity,
    shift_value,
    weekend_value,
)
from eventwire.time._context import Context
from eventwire.time._filters import keep_bare_month, keep_season, keep_year
from eventwire.time._holidays import holiday
from eventwire.time._parts import day_moment, fiscal_short, half_year, overnight

Handler = Callable[[re.Match[str], Context], list[Timex]]
SIGNAL_TAIL = re.compile(r"\s+(?:after|before)\b", re.IGNORECASE)
# "35,000 a month", "40,000 jobs a month", "$5 a week": a rate, not a length of time.
RATE_LEAD = re.compile(r"(?:\d|\bdollars?|\beuros?|\bpounds?)(?:\s+[a-z]+)?\s*$", re.IGNORECASE)
THAN_TAIL = re.compile(r"\s+than\b", re.IGNORECASE)
Duration = tuple[str, str]


def parse_number(text: str, ctx: Context) -> int | None:
    """The value of "twenty-four", "1,500", "a" or "two"; None for vague amounts."""
    text = " ".join(text.lower().replace("-", " ").split())
    if text in ctx.lexicon.vague_quantities:
        return None
    if re.fullmatch(r"[\d,]+", text):
        return int(text.replace(",", ""))
    if re.fullmatch(r"\d+\.\d+", text):
        return None
    if text in ctx.lexicon.numbers:
        return ctx.lexicon.numbers[text]
    words = text.split()
    if len(words) > 1 and words[0] in ("a", "an") and words[1] != "hundred":
        words = words[1:]  # "a five-year low"
    total, current = 0, 0
    for word in words:
        value = ctx.lexicon.numbers.get(word)
        if value is None:
            return None
        current = max(current, 1) * value if value == 100 else current + value
    return total + current


def duration_value(amount: int | None, unit: str, ctx: Context) -> str:
    """P3D, P1W, PT4H, PXY: a TIMEX3 duration of ``amount`` units."""
    letter = ctx.lexicon.units[unit]
    count = "X" if amount is None else str(amount)
    if letter.startswith("T"):
        return f"PT{count}{letter[1:]}"
    if letter == "DE":
        return f"P{count}0Y" if amount is not None else "PXDE"
    if letter == "CE":
        return f"P{count}00Y" if amount is not None else "PXCE"
    if letter == "WE":
        return f"P{count}WE"
    return f"P{count}{letter}"


def _unit(word: str, ctx: Context) -> str:
    unit = ctx.lexicon.unit_of(word)
    if unit is None:
        raise ValueError(f"not a unit: {word!r}")
    return unit


def _day_value(
    year: int | None, month: int, day: int, direction_of: tuple[int, int], ctx: Context
) -> str | None:
    if year is not None:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    if ctx.published is None:
        return f"XXXX-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
    chosen = resolve_month_day(
        month,
        day,
        ctx.published,
        ctx.direction(*direction_of),
        firm=ctx.firm_tense(*direction_of),
    )
    return None if chosen is None else chosen.isoformat()


def year_number(text: str, ctx: Context) -> int:
    """The year written as "1996", "nineteen ninety-six" or "two thousand and one"."""
    if text.isdigit():
        return int(text)
    words = re.split(r"[\s-]+", text.lower())
    if words[:2] == ["two", "thousand"]:
        rest = [word for word in words[2:] if word != "and"]
        return 2000 + sum(ctx.lexicon.numbers[word] for word in rest)
    return ctx.lexicon.numbers[words[0]] * 100 + sum(ctx.lexicon.numbers[w] for w in words[1:])


def _year_of(match: re.Match[str], ctx: Context) -> int | None:
    return year_number(match["y"], ctx) if match["y"] else None


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _month_number(match: re.Match[str], ctx: Context) -> int:
    return ctx.lexicon.months[match["month"].lower().rstrip(".")]


def iso_date(match: re.Match[str], ctx: Context) -> list[Timex]:
    try:
        day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return []
    return [ctx.timex(match.start(), match.end(), "DATE", day.isoformat())]


def slash_date(match: re.Match[str], ctx: Context) -> list[Timex]:
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    year = year + 2000 if year < 100 else year
    month, day = (second, first) if first > 12 else (first, second)
    try:
        value = dt.date(year, month, day).isoformat()
    except ValueError:
        return []
    return [ctx.timex(match.start(), match.end(), "DATE", value)]


def month_day(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "Jan. 15", "January 15, 2026", "Thursday, January 15", "January 12-18"."""
    month, year = _month_number(match, ctx), _year_of(match, ctx)
    span = (match.start(), match.end())
    first = _day_value(year, month, _day_number(match["d"]), span, ctx)
    if first is None:
        return []
    if not match["d2"]:
        return [ctx.timex(match.start(), match.end(), "DATE", first)]
    first_end = match.end("d")
    results = [ctx.timex(match.start(), first_end, "DATE", first)]
    second_year = int(first[:4]) if first[0].isdigit() else year
    second = _day_value(second_year, month, _day_number(match["d2"]), span, ctx)
    if second is not None:
        results.append(ctx.timex(match.start("d2"), match.end(), "DATE", second))
    return results


def day_month(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "15 January 2026", "the 3rd of March"."""
    value = _day_value(
        _year_of(match, ctx),
        _month_number(match, ctx),
        _day_number(match["d"]),
        (match.start(), match.end()),
        ctx,
    )
    return [] if value is None else [ctx.timex(match.start(), match.end(), "DATE", value)]


def month_year(match: re.Match[str], ctx: Context) -> list[Timex]:
    value = f"{year_number(match['y'], ctx):04d}-{_month_number(match, ctx):02d}"
    return [ctx.timex(match.start(), match.end(), "DATE", value)]


def bare_month(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "in March", "last May", "this September"."""
    shift = _shift(match["shift"], ctx)
    if shift is None and not keep_bare_month(match, ctx):
        return []
    month = _month_number(match, ctx)
    if ctx.published is None:
        value = f"XXXX-{month:02d}"
    elif shift == 0:
        value = f"{ctx.published.year:04d}-{month:02d}"
    else:
        direction = shift if shift is not None else ctx.direction(*match.span())
        year, month = resolve_month(month, ctx.published, direction)
        if shift is not None and (year, month) == (ctx.published.year, ctx.published.month):
            year += shift
        value = f"{year:04d}-{month:02d}"
    return [ctx.timex(match.start(), match.end(), "DATE", value)]


def month_shift_year(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "January this year", "June last year"."""
    shift = _shift(match["shift"], ctx) or 0
    if ctx.published is None:
        value = f"XXXX-{_month_number(match, ctx):02d}"
    else:
        value = f"{ctx.published.year + shift:04d}-{_month_number(match, ctx):02d}"
    return [ctx.timex(match.start(), match.end(), "DATE", value)]


def weekend(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "the weekend": the last one in a past-tense clause, else the coming one."""
    if ctx.published is None:
        return [ctx.timex(match.start(), match.end(), "DATE", "XXXX-WXX-WE")]
    value = weekend_value(ctx.published, ctx.direction(*match.span()))
    return [ctx.timex(match.start(), match.end(), "DATE", value)]


def last_quarter(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "the latest quarter": the last quarter that ended before publication."""
    value = "XXXX-QX" if ctx.published is None else last_quarter_value(ctx.published)
    return [ctx.timex(match.start(), match.end(), "DATE", value)]


def year_ago(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "the year-ago quarter", "year-earlier results": the last quarter, or year, a year back.

    The anaphora pass narrows it to the period the article reports on.
    """
    if ctx.published is None:
        value = "XXXX"
    elif re.search(r"quarter|period", match[0], re.IGNORECASE):
        value = shift_by_granularity(last_quarter_value(ctx.published), -1) or "XXXX"
    else:
        value = f"{ctx.published.year - 1:04d}"
    return [ctx.timex(match.start(), match.end(), "DATE", value)]


def year_ago_quarter(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "the year-earlier third quarter": that quarter of the year before."""
    number = _quarter_number(match, ctx)
    if ctx.published is None:
        return [ctx.timex(match.start(), match.end(), "DATE", f"XXXX-Q{number}")]
    year = resolve_quarter(number, ctx.published, 0) - 1
    return [ctx.timex(match.start(), match.end(), "DATE", f"{year:04d}-Q{number}")]


def spelled_year(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "in nineteen ninety-six", "the year two thousand"; not "nineteen ninety delegates"."""
    if not keep_year(match, ctx):
        return []
    value = f"{year_number(match['y'], ctx):04d}"
    return [ctx.timex(match.start(), match.end(), "DATE", value)]


def whole_year(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "the full year", "the current fiscal year": the year of publication."""
    value = f"{ctx.published.year:04d}" if ctx.published else "XXXX"
    return [ctx.timex(match.start(), match.end(), "DATE", value)]


def year_ended(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "the year ended March 31": a year's length, whose end the date after it gives."""
    return [ctx.timex(match.start(), match.end(), "DURATION", "P1Y")]


def year_end(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "by year-end", "around year's end": the end of the year of publication."""
    value = f"{ctx.published.year:04d}" if ctx.published else "XXXX"
    return [ctx.timex(match.start(), match.end(), "DATE", value, "END")]


def century(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "the 20th century" -> 19: TimeML writes a century as its first two digits."""
    value = f"{int(match['n']) - 1:02d}"
    return [ctx.timex(match.start(), match.end(), "DATE", value)]


def year_period(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "the 1988 period": the year, narrowed by the anaphora pass to the period meant."""
    return [ctx.timex(match.start(), match.end(), "DATE", f"{int(match['y']):04d}")]


def year(match: re.Match[str], ctx: Context) -> list[Timex]:
    if not keep_year(match, ctx):
        return []
    return [ctx.timex(match.start(), match.end(), "DATE", f"{int(match['y']):04d}")]


def decade(match: re.Match[str], ctx: Context) -> list[Timex]:
    pos = (match["pos"] or "").lower().rstrip("-")
    mod = ctx.lexicon.position_prefixes.get(pos) if pos else None
    return [ctx.timex(match.start(), match.end(), "DATE", match["dec"], mod)]


def _quarter_number(match: re.Match[str], ctx: Context) -> int:
    return int(match["q"]) if match["q"].isdigit() else ctx.lexicon.ordinals[match["q"].lower()]


def quarter(match: re.Match[str], ctx: Context) -> list[Timex]:
    number = _quarter_number(match, ctx)
    year_text = match["y"] or match.groupdict().get("yq")
    shift = _shift(match.groupdict().get("yshift"), ctx)
    if year_text:
        value = f"{int(year_text):04d}-Q{number}"
    elif shift is not None and ctx.published is not None:
        value = f"{ctx.published.year + shift:04d}-Q{number}"
    elif ctx.published is None:
        value = f"XXXX-Q{number}"
    else:
        chosen = resolve_quarter(number, ctx.published, ctx.direction(*match.span()))
        value = f"{chosen:04d}-Q{number}"
    return [ctx.timex(match.start(), match.end(), "DATE", value)]


def season(match: re.Match[str], ctx: Context) -> list[Timex]:
    if not keep_season(match, ctx):
        return []
    code = ctx.lexicon.seasons[match["season"].lower()]
    shift = _shift(match["shift"], ctx)
    if match["y"]:
        value = f"{year_number(match['y'], ctx):04d}-{code}"
    elif ctx.published is None:
        value = f"XXXX-{code}"
    else:
        value = f"{ctx.published.year + (shift or 0):04d}-{code}"
    return [ctx.timex(match.start(), match.end(), "DATE", value)]


def _shift(word: str | None, ctx: Context) -> int | None:
    if word is None:
        return None
    return ctx.lexicon.unit_shifts[" ".join(word.lower().split())]


def _reference(direction: int) -> str:
    return {1: "FUTURE_REF", -1: "PAST_REF"}.get(direction, "PRESENT_REF")


def shift_unit(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "next week", "last month", "this year", "the coming week"."""
    shift = _shift(match["shift"], ctx) or 0
    unit = match["unit"].lower()
    if ctx.published is None:
        value: str | None = _reference(shift)
    else:
        value = shift_value(ctx.published, unit, shift)
    return [] if value is None else [ctx.timex(match.start(), match.end(), "DATE", value)]


def unit_of(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "the end of the year": the current unit with a position."""
    mod = ctx.lexicon.position_prefixes[" ".join(match["pos"].lower().split())]
    unit = match["unit"].lower()
    value = "PRESENT_REF" if ctx.published is None else shift_value(ctx.published, unit, 0)
    return [] if value is None else [ctx.timex(match.start(), match.end(), "DATE", value, mod)]


def weekday(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "on Thursday", "last Tuesday", "next Friday", "Saturday night"."""
    number = ctx.lexicon.weekdays[match["wd"].lower()]
    shift = _shift(match["shift"], ctx)
    part = ctx.lexicon.day_parts.get((match["part"] or "").lower())
    if ctx.published is None:
        value = f"XXXX-WXX-{number}"
    elif shift == 0:
        value = (ctx.published + dt.timedelta(days=number - ctx.published.isoweekday())).isoformat()
    else:
        direction = shift if shift is not None else _weekday_direction(match, ctx)
        value = resolve_weekday(
            number, ctx.published, direction, named_shift=shift is not None
        ).isoformat()
    kind = "TIME" if part else "DATE"
    value = f"{value}T{part}" if part else value
    return [ctx.timex(match.start(), match.end(), kind, value)]


def _weekday_direction(match: re.Match[str], ctx: Context) -> int:
    direction = ctx.direction(*match.span())
    if direction == 0 and ctx.scheduled(*match.span()):
        return 1  # a weekday in the simple present is on the calendar ahead
    return direction


def weekdays_set(match: re.Match[str], ctx: Context) -> list[Timex]:
    number = ctx.lexicon.weekdays[match["wd"].lower()]
    return [ctx.timex(match.start(), match.end(), "SET", f"XXXX-WXX-{number}")]


def deictic(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "today", "yesterday", "tomorrow morning", "tonight"."""
    word = " ".join(match["deictic"].lower().split())
    offset = ctx.lexicon.deictic_days[word]
    part = ctx.lexicon.day_parts.get((match["part"] or "").lower())
    if word == "tonight":
        part = ctx.lexicon.day_parts["night"]
    if ctx.published is None:
        value = _reference(offset)
        return [ctx.timex(match.start(), match.end(), "TIME" if part else "DATE", value)]
    day = (ctx.published + dt.timedelta(days=offset)).isoformat()
    if part:
        return [ctx.timex(match.start(), match.end(), "TIME", f"{day}T{part}")]
    return [ctx.timex(match.start(), match.end(), "DATE", day)]


def this_part(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "this morning", "last night"."""
    part = ctx.lexicon.day_parts[match["part"].lower()]
    offset = -1 if match["shift"].lower() == "last" else 0
    if ctx.published is None:
        return [ctx.timex(match.start(), match.end(), "TIME", _reference(offset))]
    day = (ctx.published + dt.timedelta(days=offset)).isoformat()
    return [ctx.timex(match.start(), match.end(), "TIME", f"{day}T{part}")]


def ago(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "two days ago", "three weeks ago", "a year earlier"."""
    amount = parse_number(match["n"], ctx)
    unit = _unit(match["unit"], ctx)
    if THAN_TAIL.match(ctx.text, match.end()):
        # "six months later than planned" compares: the length is the expression
        length = duration_value(amount, unit, ctx)
        return [ctx.timex(match.start(), match.end("unit"), "DURATION", length)]
    sign = ctx.lexicon.ago_words[" ".join(match["ago"].lower().split())]
    value: str | None
    if ctx.published is None or amount is None:
        value = _reference(sign)
    elif unit in ("day", "week", "month", "quarter", "year", "decade"):
        value = shift_value(ctx.published, unit, sign * amount)
    else:
        value = ctx.published.isoformat()
    return [] if value is None else [ctx.timex(match.start(), match.end(), "DATE", value)]


def duration(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "for two weeks", "the past three months", "three-day"."""
    unit = _unit(match["unit"], ctx)
    amount = parse_number(match["n"], ctx)
    if amount is not None and amount > 1000:
        return []
    if unit == "quarter" and _fraction(match, ctx):
        return []  # "a quarter of the vote", "a quarter point" are fractions
    if match["n"].lower() in ("a", "an") and RATE_LEAD.search(ctx.text, 0, match.start()):
        return []  # "35,000 a month" is a rate
    value = duration_value(amount, unit, ctx)
    return [ctx.timex(match.start(), match.end(), "DURATION", value)]


def _fraction(match: re.Match[str], ctx: Context) -> bool:
    following = re.match(r"[\s-]+([a-z]+)", ctx.text[match.end() : match.end() + 20])
    return following is not None and following[1].lower() in ctx.lexicon.fraction_nouns


def bare_units(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "within weeks", "could take years", "hours later": a length of time, no count."""
    value = duration_value(None, _unit(match["unit"], ctx), ctx)
    return [ctx.timex(match.start("unit"), match.end("unit"), "DURATION", value)]


def length_adjective(match: re.Match[str], ctx: Context) -> list[Timex]:
    value = ctx.lexicon.length_adjectives[match["adj"].lower()]
    return [ctx.timex(match.start(), match.end(), "DURATION", value)]


def frequency(match: re.Match[str], ctx: Context) -> list[Timex]:
    word = match["freq"].lower()
    if word in ctx.lexicon.adverb_only_frequencies and _modifies_noun(match, ctx):
        return []  # "quarterly results" is a kind of report, "paid quarterly" a schedule
    value = ctx.lexicon.frequencies[word]
    return [ctx.timex(match.start(), match.end(), "SET", value)]


def _modifies_noun(match: re.Match[str], ctx: Context) -> bool:
    span = ctx.span(*match.span())
    return span is not None and span.root.dep_ in ("amod", "compound", "nmod")


def every(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "every Monday" -> XXXX-WXX-1, "every other week" -> P2W, "each July" -> XXXX-07."""
    what = match["what"].lower().rstrip(".")
    step = 2 if match["other"] else 1
    if what in ctx.lexicon.weekdays:
        value = f"XXXX-WXX-{ctx.lexicon.weekdays[what]}"
    elif what in ctx.lexicon.months:
        value = f"XXXX-{ctx.lexicon.months[what]:02d}"
    elif what in ctx.lexicon.day_parts:
        value = f"XXXX-XX-XXT{ctx.lexicon.day_parts[what]}"
    else:
        value = duration_value(step, _unit(what, ctx), ctx)
    return [ctx.timex(match.start(), match.end(), "SET", value)]


def times_per(match: re.Match[str], ctx: Context) -> list[Timex]:
    value = duration_value(1, _unit(match["unit"], ctx), ctx)
    return [ctx.timex(match.start(), match.end(), "SET", value)]


def reference(match: re.Match[str], ctx: Context) -> list[Timex]:
    word = " ".join(match["ref"].lower().split())
    if word in ctx.lexicon.signal_references and SIGNAL_TAIL.match(ctx.text, match.end()):
        return []  # "shortly after midnight": a signal, the time is "midnight"
    value = ctx.lexicon.references[word]
    return [ctx.timex(match.start(), match.end(), "DATE", value)]


def clock(match: re.Match[str], ctx: Context) -> list[Timex]:
    hour = int(match["h"]) % 12 + (12 if match["ampm"].lower().startswith("p") else 0)
    minute = int(match["min"] or 0)
    day = ctx.published.isoformat() if ctx.published else "XXXX-XX-XX"
    return [ctx.timex(match.start(), match.end(), "TIME", f"{day}T{hour:02d}:{minute:02d}")]


def clock_word(match: re.Match[str], ctx: Context) -> list[Timex]:
    """ "noon", "midnight": that time on the publication day, unless a day follows."""
    clock = ctx.lexicon.clock_words[match["word"].lower()]
    day = ctx.published.isoformat() if ctx.published else "XXXX-XX-XX"
    return [ctx.timex(match.start(), match.end(), "TIME", f"{day}T{clock}")]


HANDLERS: dict[str, Handler] = {
    "iso": iso_date,
    "slash": slash_date,
    "month_day": month_day,
    "day_month": day_month,
    "month_year": month_year,
    "holiday": holiday,
    "quarter": quarter,
    "year_ago_quarter": year_ago_quarter,
    "year_ago": year_ago,
    "whole_year": whole_year,
    "year_ended": year_ended,
    "year_end": year_end,
    "century": century,
    "year_period": year_period,
    "spelled_year": spelled_year,
    "millennium_year": spelled_year,
    "q_short": quarter,
    "season": season,
    "unit_of": unit_of,
    "every": every,
    "times": times_per,
    "weekdays_set": weekdays_set,
    "ago": ago,
    "duration": duration,
    "duration_adj": duration,
    "bare_units": bare_units,
    "bare_units_tail": bare_units,
    "day_moment": day_moment,
    "fiscal_short": fiscal_short,
    "half_year": half_year,
    "overnight": overnight,
    "length_adj": length_adjective,
    "frequency": frequency,
    "deictic": deictic,
    "this_part": this_part,
    "shift_unit": shift_unit,
    "weekday": weekday,
    "decade": decade,
    "year": year,
    "month_shift_year": month_shift_year,
    "month": bare_month,
    "weekend": weekend,
    "last_quarter": last_quarter,
    "reference": reference,
    "clock_word": clock_word,
    "clock": clock,
}

__all__ = ["HANDLERS", "Handler", "parse_number"]
