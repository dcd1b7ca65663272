"""The temporal tagger's word lists, loaded once from ``data/lexicon.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from eventwire.errors import DataFileError

LEXICON_FILE = "lexicon.yaml"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Read-only word tables; every mapping key is lower case."""

    months: dict[str, int]
    ambiguous_months: frozenset[str]
    month_cues: frozenset[str]
    weekdays: dict[str, int]
    day_parts: dict[str, str]
    day_moments: dict[str, str]
    clock_words: dict[str, str]
    seasons: dict[str, str]
    numbers: dict[str, int]
    vague_quantities: frozenset[str]
    ordinals: dict[str, int]
    units: dict[str, str]
    unit_plurals: dict[str, str]
    length_adjectives: dict[str, str]
    frequencies: dict[str, str]
    references: dict[str, str]
    reference_blockers: frozenset[str]
    deictic_days: dict[str, int]
    unit_shifts: dict[str, int]
    ago_words: dict[str, int]
    position_prefixes: dict[str, str]
    half_prefixes: dict[str, int]
    amount_prefixes: dict[str, str]
    amount_suffixes: dict[str, str]
    future_governors: frozenset[str]
    future_auxiliaries: frozenset[str]
    reporting_verbs: frozenset[str]
    unmarked_pasts: frozenset[str]
    last_quarter_phrases: frozenset[str]
    holidays: dict[str, str]
    bare_unit_cues: frozenset[str]
    bare_unit_tails: frozenset[str]
    signal_references: frozenset[str]
    fraction_nouns: frozenset[str]
    adverb_only_frequencies: frozenset[str]

    def unit_of(self, word: str) -> str | None:
        """The singular unit name of ``word`` ("weeks" -> "week"), or None."""
        word = word.lower()
        if word in self.unit_plurals:
            return self.unit_plurals[word]
        if word in self.units:
            return word
        if word.endswith("s") and word[:-1] in self.units:
            return word[:-1]
        return None


def _table(raw: dict[str, Any], key: str) -> dict[str, Any]:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise DataFileError(f"eventwire/time/data/{LEXICON_FILE}", f"'{key}' must be a mapping")
    return {str(k).lower(): v for k, v in value.items()}


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    value = raw.get(key)
    if not isinstance(value, list):
        raise DataFileError(f"eventwire/time/data/{LEXICON_FILE}", f"'{key}' must be a list")
    return frozenset(str(item).lower() for item in value)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load the packaged word lists (cached: the tables are read-only)."""
    text = resources.files("eventwire.time").joinpath("data", LEXICON_FILE).read_text("utf-8")
    raw = yaml.safe_load(text)
    if not isinstance(raw, dict):
        raise DataFileError(f"eventwire/time/data/{LEXICON_FILE}", "expected a mapping")
    tables = {
        name: _table(raw, name)
        for name, kind in Lexicon.__annotations__.items()
        if kind.startswith("dict")
    }
    word_sets = {
        name: _words(raw, name)
        for name, kind in Lexicon.__annotations__.items()
        if kind.startswith("frozenset")
    }
    return Lexicon(**tables, **word_sets)  # type: ignore[arg-type]
