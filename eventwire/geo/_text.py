"""Name folding shared by the gazetteer index and toponym lookup."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_NON_WORD = re.compile(r"[^a-z0-9]+")
_LATIN_NAME = re.compile(r"[A-Za-z0-9 .,'()\-]+")


def strip_accents(text: str) -> str:
    """Drop diacritics: "Nicolás" -> "Nicolas"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=65_536)
def fold(name: str) -> str:
    """Lookup key of a place name: case, diacritics, punctuation and common
    abbreviations ("St." / "Saint") do not matter."""
    words = _NON_WORD.sub(" ", strip_accents(name).lower().replace("'", "")).split()
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)


def is_latin_name(name: str) -> bool:
    """True for names written in the Latin alphabet (after dropping diacritics).

    Names in other scripts can never match English text and are left out of the index.
    """
    return bool(_LATIN_NAME.fullmatch(strip_accents(name)))
