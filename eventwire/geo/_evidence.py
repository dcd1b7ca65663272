"""Whether a resolved toponym has enough evidence to be listed: better no place than a wrong one.

Two kinds of reading need support from the rest of the document:

- a short all-capital word that the gazetteer knows by its own name ("UN" is also Un, a town in
  India; "II" a village in Finland) is an acronym unless it is qualified ("KENT, Ohio") or
  sits in a place position and resolves into a country the document already mentions;
- a town known only by one of its alternate names, with hardly any inhabitants, in a country
  no other place or actor of the document points to ("Tawila" in a Darfur story read as
  Aţ Ţawīlah, Yemen) is dropped;
- a name read without the capitalised direction before it ("Northeast [Georgia]") must
  lie in a country the rest of the document points to ("West Midlands" in a British story
  is no mention of Zimbabwe's Midlands).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from eventwire.geo._text import fold
from eventwire.geo.gazetteer import GazetteerEntry

WEAK_POPULATION = 5_000
_ACRONYM_MAX_LETTERS = 4


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the text says for one mention besides its gazetteer match."""

    text: str
    qualified: bool  # part of a "City, State" pair
    in_place_position: bool  # "in X", "flew to X", "the outskirts of X"
    after_direction: bool = False  # read without a capitalised direction: "North [Texas]"


def is_acronym(text: str) -> bool:
    """A short all-capital word: "UN", "NGO", "II"."""
    return text.isalpha() and text.isupper() and len(text) <= _ACRONYM_MAX_LETTERS


def is_credible(
    pick: GazetteerEntry, evidence: Evidence, other_countries: Collection[str | None]
) -> bool:
    """True when the reading of a mention as ``pick`` is supported well enough to list it.

    ``other_countries`` are the countries the document's other places and actors point to.
    """
    if evidence.qualified:
        return True
    if evidence.after_direction:  # "Northeast Georgia" in a US story, not "West Midlands"
        return pick.country in other_countries
    by_own_name = fold(pick.name) == fold(evidence.text)
    if by_own_name and is_acronym(evidence.text):
        return evidence.in_place_position and pick.country in other_countries
    if not by_own_name and pick.kind == "city" and pick.population < WEAK_POPULATION:
        return pick.country in other_countries
    return True
