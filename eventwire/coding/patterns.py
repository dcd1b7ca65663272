"""Event patterns: readable YAML data loaded into typed records and validated.

A pattern names a CAMEO code and the words that trigger it:

- ``verbs``: verb lemmas ("meet", "arrest"); the subject is the source, the target
  sits in the slots named by ``target`` (``dobj`` or a preposition such as ``with``).
- ``nouns``: event nouns ("talks", "airstrike", "capture"), found as the object of a
  light verb ("held talks with", "launched airstrikes on") or standing alone with
  their own arguments ("the capture of Maduro by US forces", "his visit to Japan").

Errors name the file and the line of the offending pattern.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire._yaml import LINE_KEY, load_yaml
from eventwire.errors import DataFileError

_CAMEO = re.compile(r"^[0-9]{2,4}$")
_KNOWN_KEYS = {
    "id",
    "cameo",
    "verbs",
    "nouns",
    "adjectives",
    "light_verbs",
    "place_target",
    "nominal",
    "owner_targets",
    "target",
    "source",
    "particle",
    "modifiers",
    "objects",
    "object_prep",
    "reciprocal",
    "target_required",
    "implicit_source",
    "mutual",
    "intransitive",
    "unless_modifiers",
    "answered",
    "bare_cameo",
    "theme_source",
    "unless_heads",
    "unless_objects",
    "unless_preps",
    "source_sectors",
    "abroad",
    "consequence",
    "place_objects",
    "note",
}
DEFAULT_LIGHT_VERBS = (
    "hold",
    "have",
    "conduct",
    "launch",
    "carry",
    "stage",
    "stag",  # the small model's lemma of "staged"
    "make",
    "pay",
    "begin",
    "start",
    "open",
    "resume",
    "undertake",
    "embark",
    "announce",
    "impose",
    "order",
    "mount",
    "issue",
    "sign",
    "reach",
    "give",
    "deliver",
    "provide",
    "send",
    "offer",
    "extend",
    "call",
    "continue",
    "enter",
    "step",
    "keep",  # "kept up strikes", "kept up the shelling"
)


@dataclass(frozen=True, slots=True)
class Pattern:
    """One trigger pattern. ``target`` lists argument slots: ``dobj`` or prepositions."""

    id: str
    cameo: str
    verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()  # predicates: "said he was *optimistic*"
    light_verbs: frozenset[str] = frozenset()
    target: tuple[str, ...] = ("dobj",)
    source: tuple[str, ...] = ("by",)
    particle: str | None = None
    modifiers: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    object_prep: str | None = None  # ``objects`` sit after this preposition ("call *for*")
    reciprocal: bool = False
    target_required: bool = True
    place_target: bool = False  # a place target stands for its country ("visited Tokyo")
    nominal: bool = True  # the noun is an event on its own, without a light verb
    owner_targets: bool = True  # "attacked *X's* positions": a thing's owner is the target
    implicit_source: str | None = None  # sector of the unnamed agent: "was arrested" -> COP
    mutual: bool = False  # "X clashed with Y" is also Y clashing with X
    intransitive: bool = False  # the verb fires only without a direct object
    unless_modifiers: frozenset[str] = frozenset()  # "an *unexploded* bomb" is no bombing
    answered: bool = False  # "rejected *Egypt's call*": the noun answered is an event
    bare_cameo: str | None = None  # the code without target or content ("warned that ...")
    unless_heads: frozenset[str] = frozenset()  # "a bomb was *defused*": no bombing
    unless_objects: frozenset[str] = frozenset()  # "met *quotas*" is no meeting
    unless_preps: frozenset[str] = frozenset()  # "charged them *with* rioting": no baton charge
    theme_source: bool = False  # "troops were deployed": with no agent, the moved are the source
    source_sectors: frozenset[str] = frozenset()  # only these act so: a visit needs officials
    abroad: bool = False  # a place target at the source's home is none ("arrived in Mombasa")
    consequence: bool = False  # "... *or face* sanctions": the demander threatens
    place_objects: bool = False  # a place name is one of the ``objects`` ("seized Aleppo")
    line: int = 0


@dataclass(frozen=True, slots=True)
class PatternSet:
    """All patterns, indexed by trigger lemma for constant-time lookup."""

    patterns: tuple[Pattern, ...]
    by_verb: Mapping[str, tuple[Pattern, ...]] = field(default_factory=dict)
    by_noun: Mapping[str, tuple[Pattern, ...]] = field(default_factory=dict)
    by_adjective: Mapping[str, tuple[Pattern, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, patterns: Sequence[Pattern]) -> PatternSet:
        return cls(
            patterns=tuple(patterns),
            by_verb=_index(patterns, lambda p: p.verbs),
            by_noun=_index(patterns, lambda p: p.nouns),
            by_adjective=_index(patterns, lambda p: p.adjectives),
        )


def _index(patterns: Sequence[Pattern], words: Any) -> dict[str, tuple[Pattern, ...]]:
    index: dict[str, list[Pattern]] = {}
    for pattern in patterns:
        for word in words(pattern):
            index.setdefault(word, []).append(pattern)
    return {word: tuple(found) for word, found in index.items()}


def default_pattern_files() -> list[Path]:
    """The pattern files shipped with the package."""
    folder = resources.files("eventwire.coding") / "data" / "patterns"
    return sorted(Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".yaml"))


def load_patterns(paths: Sequence[Path] | None = None) -> PatternSet:
    """Load and validate pattern files (the package's own when ``paths`` is None)."""
    patterns: list[Pattern] = []
    seen: dict[str, str] = {}
    for path in paths if paths is not None else default_pattern_files():
        for pattern in _read_file(path):
            where = f"{path}:{pattern.line}"
            if pattern.id in seen:
                raise DataFileError(
                    where, f"duplicate pattern id {pattern.id!r} (first at {seen[pattern.id]})"
                )
            seen[pattern.id] = where
            patterns.append(pattern)
    return PatternSet.build(patterns)


_SECTOR = re.compile(r"^[A-Z]{3}$")


def _read_file(path: Path) -> list[Pattern]:
    document = load_yaml(path, "pattern file")
    if not isinstance(document, dict) or not isinstance(document.get("patterns"), list):
        raise DataFileError(f"{path}:1", "expected a mapping with a 'patterns' list")
    return [_parse_entry(entry, path) for entry in document["patterns"]]


def _parse_entry(entry: Any, path: Path) -> Pattern:
    if not isinstance(entry, dict):
        raise DataFileError(str(path), f"a pattern must be a mapping, got {entry!r}")
    line = int(entry.pop(LINE_KEY, 0))
    where = f"{path}:{line}"
    unknown = set(entry) - _KNOWN_KEYS
    if unknown:
        raise DataFileError(
            where, f"unknown key(s) {sorted(unknown)}; allowed: {sorted(_KNOWN_KEYS)}"
        )
    for key in ("id", "cameo"):
        if not isinstance(entry.get(key), str):
            raise DataFileError(where, f"'{key}' is required and must be a quoted string")
    if not _CAMEO.match(entry["cameo"]):
        raise DataFileError(
            where, f"'cameo' must be 2-4 digits with leading zeros, got {entry['cameo']!r}"
        )
    if not entry.get("verbs") and not entry.get("nouns") and not entry.get("adjectives"):
        raise DataFileError(
            where, f"pattern {entry['id']!r} needs 'verbs', 'nouns' or 'adjectives'"
        )
    return _pattern_from(entry, line, where)


def _words(entry: dict[str, Any], key: str, where: str) -> frozenset[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
        raise DataFileError(where, f"'{key}' must be a list of words")
    return frozenset(word.lower() for word in value)


def _sector(entry: dict[str, Any], where: str) -> str | None:
    value = entry.get("implicit_source")
    if value is None:
        return None
    if not isinstance(value, str) or not _SECTOR.match(value):
        raise DataFileError(
            where, f"'implicit_source' must be a sector code such as COP, got {value!r}"
        )
    return value


def _source_sectors(entry: dict[str, Any], where: str) -> frozenset[str]:
    sectors = entry.get("source_sectors", [])
    if not isinstance(sectors, list) or not all(
        isinstance(sector, str) and _SECTOR.match(sector) for sector in sectors
    ):
        raise DataFileError(
            where, f"'source_sectors' must be a list of sector codes such as GOV, got {sectors!r}"
        )
    return frozenset(sectors)


def _bare_cameo(entry: dict[str, Any], where: str) -> str | None:
    value = entry.get("bare_cameo")
    if value is None:
        return None
    if not isinstance(value, str) or not _CAMEO.match(value):
        raise DataFileError(where, f"'bare_cameo' must be a CAMEO code string, got {value!r}")
    return value


def _pattern_from(entry: dict[str, Any], line: int, where: str) -> Pattern:
    nouns = _words(entry, "nouns", where)
    light = _words(entry, "light_verbs", where)
    return Pattern(
        id=entry["id"],
        cameo=entry["cameo"],
        verbs=_words(entry, "verbs", where),
        adjectives=_words(entry, "adjectives", where),
        nouns=nouns,
        light_verbs=light or (frozenset(DEFAULT_LIGHT_VERBS) if nouns else frozenset()),
        target=tuple(sorted(_words(entry, "target", where))) or ("dobj",),
        source=tuple(sorted(_words(entry, "source", where))) or ("by",),
        particle=entry.get("particle"),
        modifiers=_words(entry, "modifiers", where),
        objects=_words(entry, "objects", where),
        object_prep=entry.get("object_prep"),
        reciprocal=bool(entry.get("reciprocal", False)),
        target_required=bool(entry.get("target_required", True)),
        place_target=bool(entry.get("place_target", False)),
        nominal=bool(entry.get("nominal", True)),
        owner_targets=bool(entry.get("owner_targets", True)),
        implicit_source=_sector(entry, where),
        mutual=bool(entry.get("mutual", False)),
        intransitive=bool(entry.get("intransitive", False)),
        unless_modifiers=_words(entry, "unless_modifiers", where),
        answered=bool(entry.get("answered", False)),
        bare_cameo=_bare_cameo(entry, where),
        theme_source=bool(entry.get("theme_source", False)),
        unless_heads=_words(entry, "unless_heads", where),
        unless_objects=_words(entry, "unless_objects", where),
        unless_preps=_words(entry, "unless_preps", where),
        source_sectors=_source_sectors(entry, where),
        abroad=bool(entry.get("abroad", False)),
        consequence=bool(entry.get("consequence", False)),
        place_objects=bool(entry.get("place_objects", False)),
        line=line,
    )
