"""Where an event happened: the place attached to its trigger, else its sentence's, else the
document's geographic focus."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from eventwire.geo._lexicon import lexicon
from eventwire.models import EventLocation, LocationBasis, Place, PlacePrecision

_SPECIFICITY = {
    PlacePrecision.CITY: 2,
    PlacePrecision.ADMIN1: 1,
    PlacePrecision.REGION: 1,
    PlacePrecision.COUNTRY: 0,
    PlacePrecision.CONTINENT: -1,
}
_MAX_CHAIN = 6
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})


def document_focus(places: Sequence[Place]) -> Place | None:
    """The article's geographic focus: the most mentioned place below a continent, earliest
    on ties."""
    places = [place for place in places if place.feature is not PlacePrecision.CONTINENT]
    if not places:
        return None
    counts = Counter(_identity(place) for place in places)
    return max(places, key=lambda place: (counts[_identity(place)], -place.start))


def _identity(place: Place) -> tuple[object, ...]:
    return (place.geonameid, place.name, place.country, place.feature)


def event_location(
    trigger: Token, places: Sequence[Place], focus: Place | None
) -> EventLocation | None:
    """The event's location from its trigger token, with how it was chosen."""
    attached = _attached_place(trigger, places)
    if attached is not None:
        return _location(attached, LocationBasis.TRIGGER)
    in_sentence = _sentence_place(trigger, places)
    if in_sentence is not None:
        return _location(in_sentence, LocationBasis.SENTENCE)
    if focus is not None:
        return _location(focus, LocationBasis.DOCUMENT)
    return None


def _place_at(token: Token, places: Sequence[Place]) -> Place | None:
    for place in places:
        if place.start <= token.idx < place.end:
            return place
    return None


def _governing_chain(trigger: Token) -> Iterator[Token]:
    """The trigger and the heads above it ("meet" <- "expected"), up to the sentence root."""
    token = trigger
    for _ in range(_MAX_CHAIN):
        yield token
        if token.head == token:
            return
        token = token.head


def _attached_place(trigger: Token, places: Sequence[Place]) -> Place | None:
    """A place governed by a locative preposition on the trigger's chain ("met in X",
    "In X, he is expected to meet"), or the place a relative clause of the trigger hangs
    on ("Washington, DC, where he will meet")."""
    preps = lexicon().attaching_preps
    for token in _governing_chain(trigger):
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                found = _object_place(child, places)
                if found is not None:
                    return found
        if token.dep_ in _CLAUSE_DEPS:
            found = _place_at(token.head, places)
            if found is not None:
                return found
    return None


def _object_place(prep: Token, places: Sequence[Place]) -> Place | None:
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        for token in obj.subtree:
            found = _place_at(token, places)
            if found is not None:
                return found
    return None


def _sentence_place(trigger: Token, places: Sequence[Place]) -> Place | None:
    """The most specific place of the trigger's sentence, the nearest on ties."""
    sent = trigger.sent
    inside = [p for p in places if sent.start_char <= p.start < sent.end_char]
    if not inside:
        return None
    return max(
        inside,
        key=lambda p: (_SPECIFICITY[p.feature], -abs(p.start - trigger.idx)),
    )


def _location(place: Place, basis: LocationBasis) -> EventLocation:
    return EventLocation(
        name=place.name,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        geonameid=place.geonameid,
        precision=place.feature,
        basis=basis,
    )
