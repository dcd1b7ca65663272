"""Words a text must contain for a pattern of the grammar to match anywhere in it.

Every rule of the grammar opens with a word boundary, so the regex engine finds no prefix
to search for and tries the whole pattern at every character: a rule costs as much on a
text it cannot match as on one it does. Most rules need words that few articles have
("quarter", "overnight", "twice ... a week"): :func:`cues` reads off the parsed pattern
sets of literal strings such that every match contains one string of each set, and
:func:`may_match` skips a rule when the text lacks every string of some set.

The reading only ever errs towards scanning: a construct it does not know adds no cue, and
a pattern it cannot read at all gets none (the rule always runs). Cues and texts are
compared case-folded as ``re.IGNORECASE`` folds them, so a cue that a case-sensitive part
of a pattern spells ("January") is still a necessary one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from string import ascii_lowercase
from typing import Any

try:  # the parser of the standard regex engine: private, so read defensively
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python without it scans every rule
    _parser = None

Cues = frozenset[str]  # strings one of which a match contains
Requirement = tuple[Cues, ...]  # cues that all hold, the least likely to hold by chance first
_MAX_STRINGS = 64  # the most literal strings followed through alternations and products
_MAX_CUES = 3  # the most cue sets a requirement keeps
_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})


def cues(pattern: re.Pattern[str]) -> Requirement | None:
    """Sets of case-folded strings such that every match of ``pattern`` contains one
    string of each set; None when none are known (the pattern must always be tried)."""
    if _parser is None:
        return None
    return _Reading.of_sequence(_parser.parse(pattern.pattern, pattern.flags)).required() or None


def may_match(requirement: Requirement | None, folded_text: str) -> bool:
    """Whether a pattern with ``requirement`` can match the text ``fold`` gave ``folded_text``."""
    return requirement is None or all(
        any(cue in folded_text for cue in cue_set) for cue_set in requirement
    )


def fold(text: str) -> str:
    """``text`` lower-cased so that every character ``re.IGNORECASE`` matches with an
    ASCII letter becomes that letter ("K", the Kelvin sign, becomes "k")."""
    if text.isascii():
        return text.lower()
    twins = {ord(char): twin for char in set(text) if (twin := _ascii_twin(char)) is not None}
    return text.translate(twins).lower()


@lru_cache(maxsize=4096)
def _ascii_twin(char: str) -> str | None:
    if char.isascii():
        return None
    matches = (letter for letter in ascii_lowercase if re.fullmatch(letter, char, re.IGNORECASE))
    return next(matches, None)


class _Reading:
    """What is known of the strings a piece of a pattern matches: ``exact``, every string
    it can match (None when unknown or too many), and ``necessary``, cue sets that each of
    its matches meets (empty when none are known)."""

    __slots__ = ("exact", "necessary")

    def __init__(self, exact: Cues | None, necessary: Requirement = ()) -> None:
        self.exact = exact
        self.necessary = necessary

    @classmethod
    def of_sequence(cls, items: Iterable[tuple[Any, Any]]) -> _Reading:
        """Items matched one after another: runs of exact items multiply out into longer
        strings; every run and every item's requirement is the sequence's too."""
        run = {""}
        complete = True
        found: list[Cues] = []
        for op, value in items:
            item = cls.of_item(str(op), value)
            if item.exact is not None:
                product = {a + b for a in run for b in item.exact}
                if len(product) <= _MAX_STRINGS:
                    run = product
                    continue
            complete = False
            found.append(_usable(run))
            found.extend(item.necessary)
            run = set(item.exact) if item.exact is not None else {""}
        found.append(_usable(run))
        return cls(frozenset(run) if complete else None, _most_selective(found))

    @classmethod
    def of_item(cls, op: str, value: Any) -> _Reading:
        if op == "LITERAL":
            char = _folded_char(value)
            return cls(frozenset({char}) if char is not None else None)
        if op in _ZERO_WIDTH:  # matches no characters: adds nothing to the strings
            return cls(frozenset({""}))
        if op == "IN":
            chars = [_folded_char(v) if o == "LITERAL" else None for o, v in _items(value)]
            return cls(None if None in chars else frozenset(c for c in chars if c is not None))
        if op == "SUBPATTERN":
            return cls.of_sequence(value[-1])
        if op == "BRANCH":
            return cls.of_branches([cls.of_sequence(branch) for branch in value[1]])
        if op in _REPEATS:
            return cls.of_repeat(value[0], value[1], cls.of_sequence(value[2]))
        return cls(None)

    @classmethod
    def of_branches(cls, branches: list[_Reading]) -> _Reading:
        """Alternatives: their exact strings together, or else one string of each
        branch's most selective cue set."""
        exacts = [branch.exact for branch in branches]
        if all(exact is not None for exact in exacts):
            union = frozenset().union(*(e for e in exacts if e is not None))
            if len(union) <= _MAX_STRINGS:
                return cls(union)
        needs = [branch.required() for branch in branches]
        if not all(needs):
            return cls(None)
        return cls(None, (_usable(frozenset().union(*(need[0] for need in needs))),))

    @classmethod
    def of_repeat(cls, least: int, most: int, body: _Reading) -> _Reading:
        if least == 0:  # optional: only "once or not at all" keeps exact strings
            return cls(body.exact | {""} if most == 1 and body.exact is not None else None)
        return cls(body.exact if least == most == 1 else None, body.required())

    def required(self) -> Requirement:
        """Cue sets every match meets, from whichever is known."""
        if self.necessary:
            return self.necessary
        if self.exact is not None and "" not in self.exact:
            return (_usable(self.exact),)
        return ()


def _items(charset: Any) -> list[tuple[str, Any]]:
    return [(str(op), value) for op, value in charset]


def _folded_char(code: int) -> str | None:
    """A literal character as :func:`fold` writes it; None for a cased letter outside
    ASCII, whose case-insensitive twins this reading does not follow."""
    char = chr(code)
    if char.isascii():
        return char.lower()
    return char if char.lower() == char.upper() else None


def _usable(strings: Iterable[str]) -> Cues:
    """Strings with any that contains another left out: finding the shorter is implied."""
    unique = set(strings)
    return frozenset(s for s in unique if not any(o != s and o in s for o in unique))


def _most_selective(candidates: list[Cues]) -> Requirement:
    """The cue sets least likely to hold by chance, most selective first: the shortest
    string longest, then the fewest strings. A set with the empty string requires nothing."""
    usable = {cues for cues in candidates if cues and "" not in cues}
    ranked = sorted(usable, key=lambda cues: (-min(map(len, cues)), len(cues), sorted(cues)))
    return tuple(ranked[:_MAX_CUES])
