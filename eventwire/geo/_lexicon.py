"""Word lists that steer toponym reading, loaded from ``data/lexicon.tsv``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.errors import DataFileError
from eventwire.geo._build import data_path, read_tsv

_CATEGORIES = (
    "metonym_head",
    "agency_head",
    "locative_prep",
    "directional_prep",
    "area_prep",
    "motion_word",
    "attack_prep",
    "attack_word",
    "place_verb",
    "area_noun",
    "interaction_noun",
    "not_place",
    "organisation",
    "water_word",
    "world_region",
    "direction_word",
    "division_noun",
    "settlement_noun",
)
# Closed-class words and lemmas are compared in lower case; names keep their case.
_CASED = frozenset({"not_place", "organisation", "world_region"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists of ``data/lexicon.tsv``, one field per category."""

    metonym_heads: frozenset[str]
    agency_heads: frozenset[str]
    locative_preps: frozenset[str]
    directional_preps: frozenset[str]
    area_preps: frozenset[str]
    motion_words: frozenset[str]
    attack_preps: frozenset[str]
    attack_words: frozenset[str]
    place_verbs: frozenset[str]
    area_nouns: frozenset[str]
    interaction_nouns: frozenset[str]
    not_places: frozenset[str]
    organisations: frozenset[str]
    water_words: frozenset[str]
    world_regions: frozenset[str]
    direction_words: frozenset[str]
    division_nouns: frozenset[str]
    settlement_nouns: frozenset[str]

    @property
    def attaching_preps(self) -> frozenset[str]:
        """Prepositions whose object can locate the event they hang on."""
        return self.locative_preps | self.directional_preps | self.area_preps


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists, read once per process."""
    words: dict[str, set[str]] = {category: set() for category in _CATEGORIES}
    for category, word, *_ in read_tsv("lexicon.tsv"):
        if category not in words:
            raise DataFileError(str(data_path("lexicon.tsv")), f"unknown category {category!r}")
        words[category].add(word if category in _CASED else word.lower())
    return Lexicon(*(frozenset(words[category]) for category in _CATEGORIES))
