"""The temporal tagger: find TIMEX3 expressions in a parsed article and normalise them.

Detection is a grammar of regular expressions built from the word lists in
``data/lexicon.yaml``; the parse decides what the words cannot (tense for
"on Thursday", the modal "may", counts that look like years). Where matches overlap
the longest wins. A second pass attaches position and amount words around a match
("early January", "the first half of 2025", "more than two weeks").

Ranges ("from January 12 to January 18", "January 12-18") are tagged as two DATE
expressions, one per end, as TimeML does; :func:`eventwire.time.range_interval`
joins them back into one interval for whoever needs the span of time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc

from eventwire.models import Timex
from eventwire.time._anaphora import Tagged, resolve_anaphora
from eventwire.time._calendar import value_interval
from eventwire.time._context import Context, make_timex
from eventwire.time._lexicon import Lexicon, load_lexicon
from eventwire.time._patterns import grammar
from eventwire.time._prefilter import fold, may_match
from eventwire.time._rules import HANDLERS

Candidate = tuple[int, int, int, list[Timex]]  # start, end, rule index, expressions
CLOCK_VALUE = re.compile(r"T(?P<clock>\d{2}:\d{2})$")
TIME_OF_DAY = re.compile(r"T(?P<clock>\d{2}:\d{2}|MO|AF|EV|NI)$")
DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Between a clock time and its day: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6". A
# preposition is a TimeML signal, so "3 p.m. on Tuesday" stays two expressions (the
# clock still takes that day: see _anchor_clocks).
CLOCK_DAY_GAP = re.compile(r"\s*(?:(?-i:[A-Z]{2,4}T)\b)?,?\s*", re.IGNORECASE)
BARE_CLOCK = re.compile(
    r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midday|midnight)", re.IGNORECASE
)
NEAR = 25  # characters: "a 2 p.m. deadline on Monday" dates the clock by the day after it
DAY_PART_OF = re.compile(
    r"\bthe\s+(?P<part>morning|afternoon|evening|night)\s+of\s+$", re.IGNORECASE
)
AGO_TAIL = re.compile(r"(?:ago|earlier|later|from\s+now|hence)$", re.IGNORECASE)


def tag_timexes(doc: Doc, published: dt.date | None) -> list[Timex]:
    """Detect and normalise the temporal expressions of ``doc``, in text order.

    Relative expressions are resolved against ``published``; without it they get
    ``XXXX`` or ``*_REF`` values and no calendar interval.
    """
    ctx = Context(doc=doc, text=doc.text, published=published, lexicon=load_lexicon())
    chosen = resolve_anaphora(_select(_candidates(ctx)), ctx)
    return _attach_modifiers(_anchor_clocks(_join_clock_and_day(chosen, ctx), ctx), ctx)


def _candidates(ctx: Context) -> list[Candidate]:
    found: list[Candidate] = []
    rules = grammar()
    folded = fold(ctx.text)
    for index, ((name, pattern), cue_words) in enumerate(zip(rules.rules, rules.cues, strict=True)):
        if not may_match(cue_words, folded):
            continue  # the rule needs a word the text lacks: scanning it would find nothing
        handler = HANDLERS[name]
        for match in pattern.finditer(ctx.text):
            timexes = handler(match, ctx)
            if timexes:
                start = min(timex.start for timex in timexes)
                end = max(timex.end for timex in timexes)
                found.append((start, end, index, timexes))
    return found


def _select(candidates: list[Candidate]) -> list[Tagged]:
    """Keep the longest of overlapping matches (earlier rules win ties), in text order."""
    ordered = sorted(candidates, key=lambda item: (item[0] - item[1], item[2], item[0]))
    taken: list[Candidate] = []
    for candidate in ordered:
        if all(candidate[1] <= other[0] or candidate[0] >= other[1] for other in taken):
            taken.append(candidate)
    rules = grammar().rules
    tagged = [(rules[index][0], timex) for _, _, index, timexes in taken for timex in timexes]
    return sorted(tagged, key=lambda item: item[1].start)


def _join_clock_and_day(timexes: list[Timex], ctx: Context) -> list[Timex]:
    """ "10 p.m. Wednesday" is one TIME on that Wednesday, not a time today and a date."""
    joined: list[Timex] = []
    for timex in timexes:
        clock = joined[-1] if joined else None
        match = CLOCK_VALUE.search(clock.value) if clock and clock.type == "TIME" else None
        gap = ctx.text[clock.end : timex.start] if clock else ""
        if clock and match and DAY_VALUE.match(timex.value) and CLOCK_DAY_GAP.fullmatch(gap):
            value = f"{timex.value}T{match['clock']}"
            joined[-1] = make_timex(ctx.text, clock.start, timex.end, "TIME", value, None)
            continue
        joined.append(timex)
    return joined


def _anchor_clocks(timexes: list[Timex], ctx: Context) -> list[Timex]:
    """A clock time said without its day ("a 2 p.m. deadline") is on the day its sentence
    names, or failing that the last day the sentence before named; else publication."""
    bounds = [(sentence.start_char, sentence.end_char) for sentence in ctx.doc.sents]
    sentences = [_sentence_index(bounds, timex.start) for timex in timexes]
    anchored: list[Timex] = []
    for index, timex in enumerate(timexes):
        match = TIME_OF_DAY.search(timex.value) if timex.type == "TIME" else None
        day = _anchor_day(timexes, sentences, index) if match and _bare_clock(timex, ctx) else None
        if match and day is not None:
            value = f"{day}T{match['clock']}"
            timex = make_timex(ctx.text, timex.start, timex.end, "TIME", value, timex.mod)
        anchored.append(timex)
    return anchored


def _sentence_index(bounds: list[tuple[int, int]], char: int) -> int:
    """The number of the sentence (by its character bounds) holding ``char``; -1 if none."""
    return next((number for number, (a, b) in enumerate(bounds) if a <= char < b), -1)


def _bare_clock(timex: Timex, ctx: Context) -> bool:
    text = timex.text.lower()
    return BARE_CLOCK.fullmatch(text) is not None or text in ctx.lexicon.day_moments


def _anchor_day(timexes: list[Timex], sentences: list[int], index: int) -> str | None:
    """The day before the clock in its sentence, one just after it ("a 2 p.m. deadline on
    Monday"), or the last day of the sentence before."""
    clock, own = timexes[index], sentences[index]
    days = [
        (position, other)
        for position, other in enumerate(timexes)
        if sentences[position] in (own - 1, own)
        and other.type == "DATE"
        and DAY_VALUE.match(other.value)
    ]
    before = [other for position, other in days if position < index and sentences[position] == own]
    reach = clock.end + NEAR
    after = [other for position, other in days if position > index and other.start <= reach]
    earlier = [other for position, other in days if sentences[position] == own - 1]
    for found in (before[-1:], after[:1], earlier[-1:]):
        if found:
            return found[0].value
    return None


def _attach_modifiers(timexes: list[Timex], ctx: Context) -> list[Timex]:
    extended = [_with_modifier(timex, ctx) for timex in timexes]
    kept: list[Timex] = []
    for timex in sorted(extended, key=lambda item: (item.start, item.start - item.end)):
        if kept and timex.start < kept[-1].end:
            continue
        kept.append(timex)
    return kept


def _with_modifier(timex: Timex, ctx: Context) -> Timex:
    if timex.mod is not None:
        return timex
    if timex.type == "DURATION" or AGO_TAIL.search(timex.text):
        return _amount_modifier(timex, ctx)
    if timex.type == "DATE" and DAY_VALUE.match(timex.value):
        part = _day_part_of(timex, ctx)
        if part is not None:
            return part
    if timex.type in ("DATE", "TIME") and timex.value[:1].isdigit():
        return _half_modifier(timex, ctx) or _position_modifier(timex, ctx) or timex
    return timex


def _prefix(ctx: Context, timex: Timex, pattern: re.Pattern[str]) -> re.Match[str] | None:
    return pattern.search(ctx.text, max(0, timex.start - 40), timex.start)


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _day_part_of(timex: Timex, ctx: Context) -> Timex | None:
    """ "the morning of March 3" is a TIME: that day's morning."""
    match = DAY_PART_OF.search(ctx.text, max(0, timex.start - 30), timex.start)
    if match is None:
        return None
    part = ctx.lexicon.day_parts[match["part"].lower()]
    start = timex.start - len(match[0])
    return make_timex(ctx.text, start, timex.end, "TIME", f"{timex.value}T{part}", None)


def _half_modifier(timex: Timex, ctx: Context) -> Timex | None:
    match = _prefix(ctx, timex, grammar().half_prefix)
    if match is None or not re.fullmatch(r"\d{4}", timex.value):
        return None
    half = ctx.lexicon.half_prefixes[_key(match["word"])]
    start = timex.start - (len(match[0]))
    return make_timex(ctx.text, start, timex.end, "DATE", f"{timex.value}-H{half}", None)


def _position_modifier(timex: Timex, ctx: Context) -> Timex | None:
    match = _prefix(ctx, timex, grammar().position_prefix)
    if match is None:
        return None
    mod = ctx.lexicon.position_prefixes[_key(match["word"])]
    start = timex.start - len(match[0])
    result = make_timex(ctx.text, start, timex.end, timex.type, timex.value, mod)
    return _clip_to_published(result, _key(match["word"]), ctx.published)


def _clip_to_published(timex: Timex, word: str, published: dt.date | None) -> Timex:
    """ "earlier this week" ends at publication, "later this month" starts there."""
    if word not in ("earlier", "later") or published is None:
        return timex
    whole = value_interval(timex.value)
    if whole is None or not whole[0] <= published <= whole[1]:
        return timex
    if word == "earlier":
        return replace(timex, range_start=whole[0], range_end=published)
    return replace(timex, range_start=published, range_end=whole[1])


def _amount_modifier(timex: Timex, ctx: Context) -> Timex:
    lexicon: Lexicon = ctx.lexicon
    start, end, mod = timex.start, timex.end, None
    match = _prefix(ctx, timex, grammar().amount_prefix)
    if match is not None and _key(match["word"]) == "over" and _key(timex.text).startswith("the "):
        match = None  # "over the past two years" is a span of time, "over two years" an amount
    if match is not None:
        mod, start = lexicon.amount_prefixes[_key(match["word"])], start - len(match[0])
    suffix = grammar().amount_suffix.match(ctx.text, timex.end, timex.end + 12)
    if suffix is not None and mod is None:
        mod, end = lexicon.amount_suffixes[_key(suffix["word"])], end + len(suffix[0])
    if mod is None:
        return timex
    return make_timex(ctx.text, start, end, timex.type, timex.value, mod)
