"""The date of an event: the temporal expression its trigger governs, else a fallback.

Order of evidence: (1) a DATE expression attached to the trigger or to the verb
chain that governs it; (2) the nearest DATE expression in the trigger's sentence;
(3) for planned events, the discourse's reference time (the latest expression before
the trigger that lies after publication); (4) the publication date; (5) unknown.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from eventwire.models import DateBasis, DatePrecision, EventDate, Timex

RANGE_LINK = re.compile(r"^\s*(?:-|–|—|to|through|thru|until|till|and)\s*$", re.IGNORECASE)
RANGE_OPENER = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
NOMINAL_LINKS = frozenset(
    {"pobj", "dobj", "prep", "nsubj", "nsubjpass", "attr", "appos", "compound"}
)
CHAIN_LINKS = frozenset({"xcomp", "ccomp", "aux", "auxpass", "conj"})
DATE_TYPES = frozenset({"DATE", "TIME"})
LINK_REACH = 40  # characters between the two ends of a range, connector included
OPENER_REACH = 12  # characters before a range read for "from" or "between"
SPAN_OPENER = re.compile(r"\b(?:since|from|after)\s+(?:the\s+|early\s+|late\s+)?$", re.IGNORECASE)
HISTORY = dt.timedelta(days=365)  # an event dated this long before publication is background


def range_interval(
    timex: Timex, timexes: Sequence[Timex], text: str
) -> tuple[dt.date, dt.date] | None:
    """The interval of a range that ``timex`` opens or closes, else its own interval.

    "from January 12 to January 18" and "January 12-18" are tagged as two expressions;
    this joins them: start of the first to end of the second.
    """
    ordered = sorted(timexes, key=lambda item: item.start)
    for first, second in itertools.pairwise(ordered):
        if timex not in (first, second) or not _linked(first, second, text):
            continue
        if first.range_start and second.range_end and first.range_start <= second.range_end:
            return first.range_start, second.range_end
    if timex.range_start is None or timex.range_end is None:
        return None
    return timex.range_start, timex.range_end


def _linked(first: Timex, second: Timex, text: str) -> bool:
    between = text[first.end : second.start]
    if not RANGE_LINK.match(between):
        return False
    dash = between.strip() in ("-", "–", "—", "through", "thru", "until", "till")
    return dash or bool(RANGE_OPENER.search(text[max(0, first.start - OPENER_REACH) : first.start]))


def precision_of(value: str) -> DatePrecision | None:
    """day / week / month / year from a TIMEX3 value."""
    if re.match(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}", value):
        return DatePrecision.DAY
    if re.match(r"^[\dX]{4}-W[\dX]{2}", value):
        return DatePrecision.WEEK
    if re.match(r"^[\dX]{4}-[\dX]{2}$", value):
        return DatePrecision.MONTH
    if re.match(r"^[\dX]{3,4}(?:-(?:Q\d|H\d|SP|SU|FA|WI))?$", value):
        return DatePrecision.YEAR
    return None


def event_date(
    trigger: Token, timexes: Sequence[Timex], published: dt.date | None, *, planned: bool
) -> EventDate:
    """The date of the event whose trigger word is ``trigger`` (see module docstring)."""
    usable = [timex for timex in timexes if _usable(timex, published)]
    fitting = [t for t in usable if _fits_status(t, published, planned=planned)]
    placed = _in_trigger_sentence(trigger, fitting)
    chosen = _attached(trigger, placed) or _nearest(trigger, placed)
    if chosen is not None:
        return _from_timex(chosen, timexes, trigger.doc, DateBasis.TEXT)
    if planned and published is not None:
        context = _reference_time(trigger, usable, published)
        if context is not None:
            return _from_timex(context, timexes, trigger.doc, DateBasis.CONTEXT)
    if published is not None:
        return EventDate(
            published, published, published.isoformat(), DatePrecision.DAY, DateBasis.PUBLISHED
        )
    return EventDate(None, None, None, None, DateBasis.UNKNOWN)


def is_history(trigger: Token, timexes: Sequence[Timex], published: dt.date | None) -> bool:
    """Whether the trigger's own date ended more than a year before publication: "were
    arrested *in May 2022*", "the *1994* genocide" are background, not news. A date that
    only opens a span ("*since* 2022") is no end."""
    if published is None:
        return False
    usable = [timex for timex in timexes if _usable(timex, published)]
    chain = {token.i for token in governing_chain(trigger)}
    own = [(t, span) for t, span in _in_trigger_sentence(trigger, usable) if _on(span, chain)]
    chosen = _attached(trigger, own)
    if chosen is None or chosen.range_end is None:
        return False
    before = trigger.doc.text[max(0, chosen.start - OPENER_REACH) : chosen.start]
    if SPAN_OPENER.search(before):
        return False
    return chosen.range_end < published - HISTORY


def _on(span: Span, chain: set[int]) -> bool:
    """A date said of the event itself, within two links of it ("arrested *in May 2022*",
    "the *1994* genocide"), not deep in one of its phrases ("for its role in the events
    of 1994")."""
    token = span.root
    for _ in range(3):
        if token.i in chain:
            return True
        token = token.head
    return False


def _fits_status(timex: Timex, published: dt.date | None, *, planned: bool) -> bool:
    """A date must fit the event: nothing wholly past for a planned one, nothing wholly
    future for a reported one ("will visit a memorial to the 2011 earthquake")."""
    if published is None or timex.range_start is None or timex.range_end is None:
        return True
    return timex.range_end >= published if planned else timex.range_start <= published


def _usable(timex: Timex, published: dt.date | None) -> bool:
    if timex.type not in DATE_TYPES:
        return False
    if published is None:
        return precision_of(timex.value) is not None
    return timex.range_start is not None


def _from_timex(timex: Timex, timexes: Sequence[Timex], doc: Doc, basis: DateBasis) -> EventDate:
    interval = range_interval(timex, timexes, _text_near(doc, timex, timexes))
    precision = precision_of(timex.value)
    start, end = interval if interval is not None else (None, None)
    return EventDate(start, end, timex.value, precision, basis)


def _text_near(doc: Doc, timex: Timex, timexes: Sequence[Timex]) -> str:
    """``doc.text`` as far as ``range_interval`` reads it around ``timex``, blank elsewhere.

    A range's two ends lie a connector apart ("12 to 18"), so only neighbours within
    ``LINK_REACH`` characters are read. spaCy rebuilds ``doc.text`` from every token on
    each access; this reads a few tokens.
    """
    near = [
        item
        for item in timexes
        if item.start - LINK_REACH <= timex.end and timex.start <= item.end + LINK_REACH
    ]
    low = max(0, min(item.start for item in near) - OPENER_REACH)
    high = max(item.end for item in near)
    span = doc.char_span(low, high, alignment_mode="expand")
    if span is None:
        return doc.text
    return " " * span.start_char + span.text_with_ws


def _in_trigger_sentence(trigger: Token, timexes: Sequence[Timex]) -> list[tuple[Timex, Span]]:
    """The expressions that start in the trigger's sentence, each with its tokens."""
    sentence = trigger.sent
    placed: list[tuple[Timex, Span]] = []
    for timex in timexes:
        if not sentence.start_char <= timex.start < sentence.end_char:
            continue
        span = trigger.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None:
            placed.append((timex, span))
    return placed


def governing_chain(trigger: Token) -> list[Token]:
    """The trigger and the words that govern it within its clause.

    A nominal trigger ("a visit", "talks") climbs to the verb that takes it; a verb
    climbs through complement links ("is expected to meet", "plans to visit").
    """
    chain = [trigger]
    current = trigger
    while current.pos_ not in ("VERB", "AUX") and current.dep_ in NOMINAL_LINKS:
        if current.head.i == current.i:
            return chain
        current = current.head
        chain.append(current)
    while current.dep_ in CHAIN_LINKS and current.head.i != current.i:
        current = current.head
        chain.append(current)
    return chain


def _path_to_chain(timex_root: Token, chain: list[int]) -> int | None:
    """Steps from the expression up to the chain (token indexes), or None if another
    clause intervenes or the expression hangs from a root outside the chain."""
    current, steps = timex_root, 0
    while current.i not in chain:
        if current.head.i == current.i:
            return None
        if steps and current.pos_ in ("VERB", "AUX") and current.dep_ != "aux":
            return None
        current, steps = current.head, steps + 1
    return steps


def _attached(trigger: Token, placed: Sequence[tuple[Timex, Span]]) -> Timex | None:
    chain = [token.i for token in governing_chain(trigger)]
    best: tuple[int, int, Timex] | None = None
    for timex, span in placed:
        root = span.root
        steps = _path_to_chain(root, chain)
        if steps is None:
            continue
        rank = (chain.index(_chain_member(root, chain)), steps, timex)
        if best is None or rank[:2] < best[:2]:
            best = rank
    return best[2] if best else None


def _chain_member(token: Token, chain: list[int]) -> int:
    current = token
    while current.i not in chain:
        current = current.head
    return current.i


def _nearest(trigger: Token, placed: Sequence[tuple[Timex, Span]]) -> Timex | None:
    """The expression of the sentence nearest to the trigger, in tokens."""
    if not placed:
        return None
    return min(placed, key=lambda item: _token_distance(trigger.i, item[1]))[0]


def _token_distance(index: int, span: Span) -> int:
    if span.start <= index < span.end:
        return 0
    return min(abs(span.start - index), abs(span.end - 1 - index))


def _reference_time(trigger: Token, timexes: Sequence[Timex], published: dt.date) -> Timex | None:
    earlier = [
        timex
        for timex in timexes
        if timex.end <= trigger.idx
        and timex.range_start is not None
        and timex.range_start > published
    ]
    return max(earlier, key=lambda timex: timex.start) if earlier else None
