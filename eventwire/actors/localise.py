"""Domestic actors named without a country take the country where they act.

"Police", "the government", "Interior Minister Kipchumba Murkomen": the actors stage
resolves their sector but the text may never name their country. The pipeline fills it
in from, in order: a place in the sentence that first names them, the event's own place,
and the country the article is mostly about.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import Actor, EventLocation, LocationBasis, Place, PlacePrecision

_TRANSNATIONAL_SECTORS = frozenset({"IGO", "NGO", "IMG", "MNC"})
# Acts that only happen between two countries: expelling envoys or breaking ties (161),
# expelling peacekeepers, inspectors or aid agencies (164x). The other side's country is
# never the actor's home ("the government told the French ambassador to leave").
_BETWEEN_COUNTRIES = ("161", "164")
_UNKNOWN_ATTACKER = "UAF"


def localise(
    actor: Actor, country: str | None, *, counterpart: Actor | None = None, cameo: str = ""
) -> Actor:
    """A domestic actor named without a country ("police", "the interior minister")
    takes the country where the event happens: COP in Nairobi -> KENCOP. A country the
    event deals with as a whole is the other side, never the actor's home: "the junta ended
    its cooperation with France" is no French junta; nor is the other side's country in an
    act between two countries (``cameo``)."""
    domestic = actor.sectors and actor.code == actor.sectors[0]
    if country is None or actor.country is not None or not domestic:
        return actor
    if _dealt_with(counterpart, country):
        return actor
    if cameo.startswith(_BETWEEN_COUNTRIES) and counterpart and counterpart.country == country:
        return actor
    if actor.sectors[0] in _TRANSNATIONAL_SECTORS:
        return actor
    if actor.resolved_by == "implicit" and actor.sectors[0] == _UNKNOWN_ATTACKER:
        return actor  # "an airstrike on a school in Gaza": whose, the text does not say
    return replace(
        actor,
        code=country + actor.code,
        country=country,
        resolved_by=f"{actor.resolved_by}+location",
    )


def _dealt_with(counterpart: Actor | None, country: str) -> bool:
    """The other side is the country itself, named as a party ("with France"); a place
    the event happens at ("seized Goma") is where the actor is, not whom it deals with."""
    if counterpart is None or counterpart.country != country or counterpart.sectors:
        return False
    return counterpart.resolved_by != "location"


def home_country(location: EventLocation | None, home: str | None) -> str | None:
    """The event's own place when the parse gives one, else the article's country."""
    if location is not None and location.basis is not LocationBasis.DOCUMENT:
        return location.country
    return home


def outermost(actors: Sequence[Actor]) -> list[Actor]:
    """Actor mentions not nested in a longer one ("Rwandan government spokesperson Yolande
    Makolo" counts once, not once per head word)."""
    ordered = sorted(actors, key=lambda a: (a.start, -a.end))
    kept: list[Actor] = []
    for actor in ordered:
        if not kept or actor.start >= kept[-1].end:
            kept.append(actor)
    return kept


def introduction_countries(
    doc: Doc, actors: Sequence[Actor], places: Sequence[Place]
) -> dict[str, str]:
    """Named actors without a country, by the country of a place in the first sentence
    that names them beside a place: "Defence Minister Boris Pistorius announced in Berlin"."""
    found: dict[str, str] = {}
    for actor in actors:
        if actor.country is not None or not actor.name or actor.name in found:
            continue
        sentence = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if sentence is None:
            continue
        start, end = sentence.sent.start_char, sentence.sent.end_char
        country = next((p.country for p in places if start <= p.start < end and p.country), None)
        if country is not None:
            found[actor.name] = country
    return found


def stationed_country(actor: Actor, doc: Doc, places: Sequence[Place]) -> str | None:
    """The country of a place the actor's own phrase puts it in: "separatist rebels *in
    Indonesia's Papua region*", "police *in Nairobi*", "*Bihar* Chief Minister"."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    where = [
        token
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for token in obj.subtree
    ]
    # "*Bihar* Chief Minister", "*Lagos State* Governor": a division naming the office
    naming = [token for token in span if token.dep_ in {"compound", "poss"} and token.i < head.i]
    return _country_within(places, where) or _country_within(
        [place for place in places if place.feature is PlacePrecision.ADMIN1], naming
    )


def _country_within(places: Sequence[Place], tokens: Sequence[Token]) -> str | None:
    """The country of the first place that starts on one of ``tokens``."""
    spans = [(token.idx, token.idx + len(token)) for token in tokens]
    return next(
        (
            place.country
            for place in places
            if place.country and any(start <= place.start < end for start, end in spans)
        ),
        None,
    )


def dominant_country(places: Sequence[Place], actors: Sequence[Actor]) -> str | None:
    """The country an article is mostly about: the most mentioned among its places
    (counted twice: where things happen) and its actors (earliest mention wins a tie)."""
    mentions = [p.country for p in places] + [a.country for a in outermost(actors)]
    counts = Counter(country for country in mentions if country)
    counts.update(p.country for p in places if p.country)
    if not counts:
        return None
    best = max(counts.values())
    return next(country for country in mentions if country and counts[country] == best)
