"""Duplicate events: reports of one real-world event, in several sentences or articles,
grouped into one event.

Two reports (coded events, here called mentions) are the same event when they have

- the same CAMEO family (root code) and the same status,
- compatible actors: the same code, or codes of one country where one is the other's
  prefix (``USA`` and ``USAGOV``); no target on both or compatible targets,
- overlapping dates no more than ``window_days`` apart; a date taken from the article's
  publication stands for the ``window_days`` before it too, since news reports the past,
- compatible places: unknown on either side; else the same country, and towns within
  ``distance_km``, a division or region (its centre) within three times that of the
  other place; a country or continent holds any place of its own.

Grouping is greedy but independent of the order articles arrive in: mentions are sorted
by how precisely they are known (text dates before publication dates, short date
intervals before long ones, specific actors and places first), and each joins the
nearest compatible *seed*, the first mention of a group, or becomes a seed itself.
Comparing with seeds only keeps a chain of daily reports from becoming one event.
A group's id and coding are its seed's, so an event reported once keeps the id the
pipeline gave it, and a rerun over the same articles gives the same ids.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventwire.config import Settings
from eventwire.geo import distance_km
from eventwire.models import Actor, DateBasis, Event, EventLocation, PlacePrecision

COUNTRY_CODE_LENGTH = 3
AREA_REACH = 3  # a division or region holds places this many times the town distance away
_TOWNS = frozenset({PlacePrecision.CITY})
_WIDE_PLACES = frozenset({PlacePrecision.COUNTRY, PlacePrecision.CONTINENT})
_PRECISION_RANK = {
    PlacePrecision.CITY: 0,
    PlacePrecision.ADMIN1: 1,
    PlacePrecision.REGION: 2,
    PlacePrecision.COUNTRY: 3,
    PlacePrecision.CONTINENT: 4,
}
_TEXT_BASES = frozenset({DateBasis.TEXT, DateBasis.CONTEXT})


@dataclass(frozen=True, slots=True)
class DedupRules:
    """How close two reports must be to count as one event."""

    window_days: int = 2
    distance_km: float = 100.0

    @classmethod
    def from_settings(cls, settings: Settings) -> DedupRules:
        return cls(settings.dedup_window_days, settings.dedup_distance_km)


@dataclass(frozen=True, slots=True)
class EventGroup:
    """One real-world event: its seed (whose id and coding it takes) and every report."""

    seed: Event
    mentions: tuple[Event, ...]

    @property
    def id(self) -> str:
        return self.seed.id


def block_key(event: Event) -> tuple[str, str, str]:
    """Mentions that may be one event share this key: CAMEO root, source and target
    country (the first three letters of the codes)."""
    target = event.target.code[:COUNTRY_CODE_LENGTH] if event.target else ""
    source = event.source.code[:COUNTRY_CODE_LENGTH] if event.source else ""
    return event.cameo[:2], source, target


def group_events(mentions: Iterable[Event], rules: DedupRules = DedupRules()) -> list[EventGroup]:
    """Group reports of the same event; groups come in seed order (see the module doc)."""
    seeds: list[Event] = []
    members: list[list[Event]] = []
    by_day: dict[dt.date | None, list[int]] = defaultdict(list)  # seeds by start day
    for mention in sorted(mentions, key=_precision_order):
        near = [i for day in _days_around(mention, rules) for i in by_day.get(day, ())]
        home = _nearest_seed(mention, seeds, sorted(near), rules)
        if home is None:
            by_day[mention.date.start].append(len(seeds))
            seeds.append(mention)
            members.append([mention])
        else:
            members[home].append(mention)
    return [EventGroup(seed, tuple(group)) for seed, group in zip(seeds, members, strict=True)]


def same_event(seed: Event, other: Event, rules: DedupRules = DedupRules()) -> bool:
    """Whether ``other`` reports the event that ``seed`` reports."""
    return (
        seed.cameo[:2] == other.cameo[:2]
        and seed.status == other.status
        and _same_actor(seed.source, other.source)
        and _same_actor(seed.target, other.target)
        and _same_time(seed, other, rules.window_days)
        and _same_place(seed.location, other.location, rules.distance_km)
    )


def _days_around(mention: Event, rules: DedupRules) -> list[dt.date | None]:
    """The start days a seed of the same event may have: within the window."""
    start = mention.date.start
    if start is None:
        return [None]
    reach = rules.window_days
    return [start + dt.timedelta(days=offset) for offset in range(-reach, reach + 1)]


def _nearest_seed(
    mention: Event, seeds: Sequence[Event], near: Sequence[int], rules: DedupRules
) -> int | None:
    found = [i for i in near if same_event(seeds[i], mention, rules)]
    if not found:
        return None
    return min(found, key=lambda i: (_days_apart(seeds[i], mention), i))


def _precision_order(event: Event) -> tuple[object, ...]:
    """Better-known reports first; the event id makes the order total."""
    date = event.date
    span = (date.end - date.start).days if date.start and date.end else 10**6
    place = event.location
    return (
        date.basis not in _TEXT_BASES,
        span,
        -_actor_detail(event.source) - _actor_detail(event.target),
        _PRECISION_RANK[place.precision] if place else len(_PRECISION_RANK),
        date.start or dt.date.max,
        event.article_id,
        event.sentence.index,
        event.trigger.start,
        event.id,
    )


def _actor_detail(actor: Actor | None) -> int:
    return len(actor.code) if actor else 0


def _same_actor(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return a is b
    if a.code == b.code:
        return True
    if a.code[:COUNTRY_CODE_LENGTH] != b.code[:COUNTRY_CODE_LENGTH]:
        return False
    return a.code.startswith(b.code) or b.code.startswith(a.code)


def _same_time(a: Event, b: Event, window_days: int) -> bool:
    first, second = _interval(a, window_days), _interval(b, window_days)
    if first is None or second is None:  # undated: only repeats within one article
        return first is None and second is None and a.article_id == b.article_id
    overlap = first[0] <= second[1] and second[0] <= first[1]
    return overlap and _days_apart(a, b) <= window_days


def _interval(event: Event, window_days: int) -> tuple[dt.date, dt.date] | None:
    """The days the event may have happened on."""
    start, end = event.date.start, event.date.end
    if start is None or end is None:
        return None
    if event.date.basis not in _TEXT_BASES:
        start -= dt.timedelta(days=window_days)
    return start, end


def _days_apart(a: Event, b: Event) -> int:
    if a.date.start is None or b.date.start is None:
        return 0
    return abs((a.date.start - b.date.start).days)


def _same_place(a: EventLocation | None, b: EventLocation | None, distance: float) -> bool:
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.precision in _WIDE_PLACES or b.precision in _WIDE_PLACES:
        return True
    if a.precision not in _TOWNS or b.precision not in _TOWNS:
        distance *= AREA_REACH
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= distance
