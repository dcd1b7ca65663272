"""User actor dictionaries: named actors with date-bounded codes, and role nouns.

A :class:`UserDictionary` is eventwire's own model of what a user adds to the package
tables; readers of other formats (PETRARCH/TABARI in :mod:`eventwire.actors.tabari`)
produce it. :func:`user_entries` turns it into lexicon entries for one publication date,
and :func:`change_dates` lists the dates on which those entries can change, so the
resolver builds one lexicon per period instead of one per article.

Codes of named actors: a three-letter code (``GON``) is a country-like actor, so role
nouns compose with it ("Gondor's foreign minister" -> ``GONGOV``); a longer code
(``ISRMIL``, ``USAGOV``) is kept whole, with its country the code's first three letters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventwire.actors._lexicon import CommonEntry, ProperEntry

ONE_DAY = dt.timedelta(days=1)
DICTIONARY = "dictionary"  # how actors named by a user's dictionary are resolved


@dataclass(frozen=True, slots=True)
class DatedCode:
    """``code`` applies from ``start`` to ``end``, both inclusive; None is open-ended.

    ``code`` None means "no actor" in that period (a discarded name).
    """

    code: str | None
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        """Whether ``day`` falls within the period."""
        after_start = self.start is None or day >= self.start
        return after_start and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class DictionaryActor:
    """A named actor: its names, undated code, and dated codes (the first covering wins)."""

    names: tuple[str, ...]
    code: str | None
    dated: tuple[DatedCode, ...] = ()

    def code_on(self, day: dt.date | None) -> str | None:
        """The code for an article published on ``day`` (undated code without a date)."""
        if day is not None:
            for period in self.dated:
                if period.covers(day):
                    return period.code
        return self.code


@dataclass(frozen=True, slots=True)
class DictionaryRole:
    """A role noun ("foreign minister", "police") and the sectors it gives its actor."""

    phrases: tuple[str, ...]
    sectors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UserDictionary:
    """Named actors and role nouns a user adds to the package's actor tables."""

    actors: tuple[DictionaryActor, ...] = ()
    roles: tuple[DictionaryRole, ...] = ()


def merge(dictionaries: Iterable[UserDictionary]) -> UserDictionary:
    """One dictionary holding every entry, earlier dictionaries first."""
    parts = list(dictionaries)
    return UserDictionary(
        tuple(actor for part in parts for actor in part.actors),
        tuple(role for part in parts for role in part.roles),
    )


def change_dates(dictionary: UserDictionary) -> tuple[dt.date, ...]:
    """Sorted days on which some dated code starts or stops applying."""
    days: set[dt.date] = set()
    for actor in dictionary.actors:
        for period in actor.dated:
            if period.start is not None:
                days.add(period.start)
            if period.end is not None:
                days.add(period.end + ONE_DAY)
    return tuple(sorted(days))


def period_days(changes: Sequence[dt.date]) -> tuple[dt.date, ...]:
    """One day inside each period that ``changes`` delimit (``len(changes) + 1`` days)."""
    if not changes:
        return ()
    return (changes[0] - ONE_DAY, *changes)


def proper_entries(dictionary: UserDictionary, day: dt.date | None) -> dict[str, ProperEntry]:
    """Named actors by phrase, with the codes they have on ``day``; the first name wins."""
    index: dict[str, ProperEntry] = {}
    for actor in dictionary.actors:
        code = actor.code_on(day)
        if code is None:
            continue  # no actor in this period: the name is left to the package tables
        entry = _proper_entry(capitalised(actor.names[0]), code)
        for name in actor.names:
            for variant in name_variants(name):
                index.setdefault(variant, entry)
    return index


def common_entries(dictionary: UserDictionary) -> dict[str, CommonEntry]:
    """Role nouns by lower-cased phrase; they need a named actor to make one."""
    index: dict[str, CommonEntry] = {}
    for role in dictionary.roles:
        for phrase in role.phrases:
            index.setdefault(phrase.lower(), CommonEntry("role", role.sectors, False))
    return index


def name_variants(name: str) -> tuple[str, ...]:
    """How a name may be written in text: as given, capitalised, and in capitals.

    Dictionaries often list names in capitals ("MINAS TIRITH"); text writes "Minas
    Tirith", and acronyms ("IMF") stay in capitals.
    """
    return tuple(dict.fromkeys((name, capitalised(name), name.upper())))


def capitalised(name: str) -> str:
    """'PRINCE OF DOL AMROTH' -> 'Prince of Dol Amroth'."""
    words = name.split()
    return " ".join(
        word.lower() if index and word.lower() in _SMALL_WORDS else _capitalise(word)
        for index, word in enumerate(words)
    )


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "la", "al"})


def _capitalise(word: str) -> str:
    """'AL-QAEDA' -> 'Al-Qaeda'; abbreviations ('U.N.') stay as they are."""
    if "." in word:
        return word
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def _proper_entry(name: str, code: str) -> ProperEntry:
    if len(code) == 3:
        return ProperEntry("country", code, code, (), name, DICTIONARY)
    sectors = tuple(code[i : i + 3] for i in range(3, len(code) - 2, 3))
    return ProperEntry("organisation", code, code[:3], sectors, name, DICTIONARY)
