"""Choosing one gazetteer entry per toponym: population prior plus document context."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eventwire.geo._text import fold
from eventwire.geo.gazetteer import GazetteerEntry

# Score bonuses, in units of log10(population).
_KIND_BONUS = {
    "continent": 3.0,
    "region": 2.0,
    "country": 2.5,
    "admin1": 0.5,
    "admin2": 0.0,
    "city": 0.0,
}
_CAPITAL_BONUS = 2.0
_PRIMARY_NAME_BONUS = 1.0
_COUNTRY_CONTEXT = 3.0  # times the share of the document's places in the candidate's country
_ADMIN1_SHARE = 2.0  # times the share of the document's places in the candidate's division
_ADMIN1_CONTEXT = 1.5  # the candidate lies in a division named in the document
_NEARBY_CONTEXT = 1.0  # the candidate lies near another place of the document
_NEARBY_KM = 150.0
_ALTERNATE_PENALTY = 2.0  # a town known by the text only as an alternate name


@dataclass(frozen=True, slots=True)
class Toponym:
    """A toponym to resolve: its text, candidates, and a "City, State" qualifier if any."""

    text: str
    candidates: tuple[GazetteerEntry, ...]
    qualifier: tuple[GazetteerEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """What the rest of the document says about where it is."""

    country_share: dict[str | None, float]
    admin1_share: dict[tuple[str | None, str | None], float]
    admin1: frozenset[tuple[str | None, str | None]]
    anchors: tuple[GazetteerEntry, ...]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def constrained(toponym: Toponym) -> tuple[GazetteerEntry, ...]:
    """Candidates inside the qualifier ("Paris, Texas"), else the qualifier itself when it
    names the same place ("Washington, DC"); all if none is."""
    if not toponym.qualifier:
        return toponym.candidates
    inside = [c for c in toponym.candidates if any(within(c, q) for q in toponym.qualifier)]
    if inside:  # "SAN SALVADOR, El Salvador": the capital, not a Mexican El Salvador
        return tuple(inside)
    same = [c for c in toponym.candidates if c in toponym.qualifier]
    return tuple(same) or toponym.candidates


def within(entry: GazetteerEntry, area: GazetteerEntry) -> bool:
    """The entry lies inside the country or first-level division ``area``."""
    if area.kind == "country":
        return entry.country == area.country and entry.kind != "country"
    if area.kind == "admin1":
        return (entry.country, entry.admin1) == (area.country, area.admin1) and entry != area
    return False


def prior(entry: GazetteerEntry, text: str) -> float:
    """Context-free plausibility of an entry for a toponym text."""
    score = math.log10(entry.population + 100) + _KIND_BONUS[entry.kind]
    if entry.capital:
        score += _CAPITAL_BONUS
    if fold(entry.name) == fold(text):
        score += _PRIMARY_NAME_BONUS
    return score


def context_of(picks: Sequence[GazetteerEntry]) -> DocumentContext:
    """Document context from a first, context-free reading of every toponym."""
    counts = Counter(pick.country for pick in picks)
    divisions = Counter((p.country, p.admin1) for p in picks if p.kind != "country")
    total = max(1, len(picks))
    admin1 = frozenset((p.country, p.admin1) for p in picks if p.kind in ("admin1", "admin2"))
    anchors = tuple(p for p in picks if p.kind in ("city", "admin2"))
    return DocumentContext(
        {c: n / total for c, n in counts.items()},
        {d: n / total for d, n in divisions.items()},
        admin1,
        anchors,
    )


def score(entry: GazetteerEntry, text: str, context: DocumentContext | None) -> float:
    """Prior plus the document-context bonuses."""
    value = prior(entry, text)
    if context is None:
        return value
    value += _COUNTRY_CONTEXT * context.country_share.get(entry.country, 0.0)
    if entry.kind in ("city", "admin2"):
        division = (entry.country, entry.admin1)
        value += _ADMIN1_SHARE * context.admin1_share.get(division, 0.0)
        value += _ADMIN1_CONTEXT if division in context.admin1 else 0.0
    if entry.kind == "city" and any(_near(entry, anchor) for anchor in context.anchors):
        value += _NEARBY_CONTEXT
    return value


def _near(entry: GazetteerEntry, anchor: GazetteerEntry) -> bool:
    # the distance first: comparing two entries field by field costs more
    near = distance_km(entry.lat, entry.lon, anchor.lat, anchor.lon) <= _NEARBY_KM
    return near and entry != anchor


def resolve_all(toponyms: Sequence[Toponym]) -> list[GazetteerEntry | None]:
    """Best entry per toponym: a context-free pass, then a pass with document context.

    A name's context is what the document's other names say: "Paris" said three times,
    or "Dublin" beside "Dublin City" (read as the same Dublin), does not make the story
    French or Irish.
    """
    keys = [fold(t.text) for t in toponyms]
    said = [(key, t.candidates, t.qualifier) for t, key in zip(toponyms, keys, strict=True)]
    first = _once_per_key(toponyms, said, lambda toponym: _best(toponym, None))
    contexts: dict[tuple[str, tuple[GazetteerEntry, ...]], DocumentContext] = {}

    def in_context(toponym: Toponym) -> GazetteerEntry | None:
        key, own = fold(toponym.text), constrained(toponym)
        if (key, own) not in contexts:
            others = [
                pick
                for other, pick in zip(keys, first, strict=True)
                if pick is not None and other != key and pick not in own
            ]
            contexts[key, own] = context_of(others)
        return _best(toponym, contexts[key, own])

    return _once_per_key(toponyms, said, in_context)


# What a toponym's resolution depends on: its folded text, candidates and qualifier.
_ToponymKey = tuple[str, tuple[GazetteerEntry, ...], tuple[GazetteerEntry, ...]]


def _once_per_key(
    toponyms: Sequence[Toponym],
    keys: list[_ToponymKey],
    best: Callable[[Toponym], GazetteerEntry | None],
) -> list[GazetteerEntry | None]:
    """``best`` of every toponym, found once for all toponyms with the same key (a name said
    again resolves as it did before)."""
    found: dict[_ToponymKey, GazetteerEntry | None] = {}
    for toponym, key in zip(toponyms, keys, strict=True):
        if key not in found:
            found[key] = best(toponym)
    return [found[key] for key in keys]


def _best(toponym: Toponym, context: DocumentContext | None) -> GazetteerEntry | None:
    candidates = constrained(toponym)
    if not candidates:
        return None
    key = fold(toponym.text)
    own_named = any(fold(entry.name) == key for entry in candidates)

    def total(entry: GazetteerEntry) -> float:
        # "Islamabad" is Pakistan's capital before it is an old name of Anantnag
        alternate = own_named and fold(entry.name) != key and entry.kind == "city"
        return score(entry, toponym.text, context) - (_ALTERNATE_PENALTY if alternate else 0.0)

    return max(candidates, key=total)
