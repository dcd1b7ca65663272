"""Word lists that steer toponym reading, loaded from ``data/lexicon.tsv``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.errors import DataFileError
from eventwire.geo._build import data_path, read_tsv

_CATEGORIES = ("metonym_head", "agency_head", "locative_prep", "not_place")


@dataclass(frozen=True, slots=True)
class Lexicon:
    metonym_heads: frozenset[str]
    agency_heads: frozenset[str]
    locative_preps: frozenset[str]
    not_places: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists, read once per process."""
    words: dict[str, set[str]] = {category: set() for category in _CATEGORIES}
    for category, word, *_ in read_tsv("lexicon.tsv"):
        if category not in words:
            raise DataFileError(str(data_path("lexicon.tsv")), f"unknown category {category!r}")
        words[category].add(word)
    return Lexicon(
        metonym_heads=frozenset(w.lower() for w in words["metonym_head"]),
        agency_heads=frozenset(w.lower() for w in words["agency_head"]),
        locative_preps=frozenset(w.lower() for w in words["locative_prep"]),
        not_places=frozenset(words["not_place"]),
    )
