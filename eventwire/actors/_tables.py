"""Reading and validating the actor data files in ``eventwire/actors/data``.

Every row becomes a frozen record; a malformed row raises
:class:`~eventwire.errors.DataFileError` naming ``file:line``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import DataFileError

ROLE_KINDS = frozenset({"title", "role", "body", "modifier", "press"})
_ISO3 = re.compile(r"^[A-Z]{3}$")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{2,11}$")


@dataclass(frozen=True, slots=True)
class CountryRow:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RoleRow:
    phrase: str
    sectors: tuple[str, ...]
    kind: str  # title, role, body or modifier
    bare: bool


@dataclass(frozen=True, slots=True)
class RegionRow:
    code: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    name: str
    aliases: tuple[str, ...]
    code: str
    country: str | None
    sectors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Grammar:
    """Closed word classes from ``grammar.yaml``."""

    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    pair_words: frozenset[str]
    pair_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    locative_prepositions: frozenset[str]
    spatial_between_heads: frozenset[str]
    directional_prepositions: frozenset[str]
    motion_words: frozenset[str]
    sector_taking_heads: frozenset[str]
    followers: frozenset[str]
    placed_roles: frozenset[str]
    stance_prefixes: frozenset[str]
    sponsor_participles: frozenset[str]
    count_nouns: frozenset[str]
    state_sectors: frozenset[str]
    owned_heads: frozenset[str]
    counterpart_nouns: frozenset[str]
    affiliation_prepositions: frozenset[str]
    outlet_domain_suffixes: frozenset[str]
    anonymity_markers: frozenset[str]
    country_nouns: frozenset[str]


@dataclass(frozen=True, slots=True)
class ActorTables:
    countries: tuple[CountryRow, ...]
    regions: tuple[RegionRow, ...]
    sectors: frozenset[str]
    roles: tuple[RoleRow, ...]
    nonactors: tuple[str, ...]
    organisations: tuple[OrganisationRow, ...]
    outlets: tuple[str, ...]
    grammar: Grammar
    people: tuple[OrganisationRow, ...] = ()


def data_dir() -> Path:
    """The folder holding the package's actor data files."""
    return Path(str(resources.files("eventwire.actors") / "data"))


@lru_cache(maxsize=1)
def country_demonyms() -> dict[str, str]:
    """ISO3 country by demonym as written ("Russian" -> RUS), from ``countries.tsv``;
    abbreviations that double as demonyms ("US") are left out."""
    return {
        demonym: row.iso3
        for row in _countries(data_dir() / "countries.tsv")
        for demonym in row.demonyms
        if not demonym.isupper() and "." not in demonym
    }


@lru_cache(maxsize=1)
def person_name_words() -> frozenset[str]:
    """Surnames and one-word aliases of the people in ``people.tsv`` ("Obama", "Putin"):
    words that name a person, not the town that shares them."""
    root = data_dir()
    sectors = frozenset(row[0] for _, row in _rows(root / "sectors.tsv", 2))
    words: set[str] = set()
    for person in _people(root / "people.tsv", sectors):
        words.add(person.name.split()[-1])
        words.update(alias for alias in person.aliases if " " not in alias)
    return frozenset(words)


def load_tables(folder: Path | None = None) -> ActorTables:
    """Read and validate every actor data file in ``folder`` (default: the package's)."""
    root = folder or data_dir()
    sectors = frozenset(row[0] for _, row in _rows(root / "sectors.tsv", 2))
    return ActorTables(
        countries=tuple(_countries(root / "countries.tsv")),
        regions=tuple(_regions(root / "regions.tsv")),
        sectors=sectors,
        roles=tuple(_roles(root / "roles.tsv", sectors)),
        nonactors=tuple(row[0] for _, row in _rows(root / "nonactors.tsv", 2)),
        organisations=tuple(_organisations(root / "organisations.tsv", sectors)),
        outlets=tuple(row[0] for _, row in _rows(root / "outlets.tsv", 1)),
        grammar=_grammar(root / "grammar.yaml"),
        people=_people(root / "people.tsv", sectors),
    )


def _people(path: Path, known: frozenset[str]) -> tuple[OrganisationRow, ...]:
    """Political figures (``people.tsv``, same columns as the organisations), when the
    folder has the file: a user's own tables need not."""
    return tuple(_organisations(path, known)) if path.is_file() else ()


def _rows(path: Path, width: int) -> Iterator[tuple[str, list[str]]]:
    """Yield ``(file:line, fields)`` for each data row of a TSV file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(str(path), f"cannot read the data file ({exc})") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path}:{number}"
        fields = line.split("\t")
        if len(fields) != width:
            raise DataFileError(where, f"expected {width} tab-separated fields, got {len(fields)}")
        if not fields[0].strip():
            raise DataFileError(where, "the first field is empty")
        yield where, [field.strip() for field in fields]


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split("|") if part.strip())


def _sectors(where: str, field: str, known: frozenset[str]) -> tuple[str, ...]:
    sectors = _split(field)
    unknown = [sector for sector in sectors if sector not in known]
    if unknown or not sectors:
        raise DataFileError(where, f"unknown or missing sector codes {unknown or field!r}")
    return sectors


def _countries(path: Path) -> Iterator[CountryRow]:
    for where, (iso3, _iso2, name, aliases, demonyms, capitals) in _rows(path, 6):
        if not _ISO3.match(iso3):
            raise DataFileError(where, f"{iso3!r} is not an ISO 3166 alpha-3 code")
        yield CountryRow(iso3, name, _split(aliases), _split(demonyms), _split(capitals))


def _regions(path: Path) -> Iterator[RegionRow]:
    for where, (code, name, aliases) in _rows(path, 3):
        if not _ISO3.match(code):
            raise DataFileError(where, f"{code!r} is not a region code (three capitals)")
        yield RegionRow(code, name, _split(aliases))


def _roles(path: Path, known: frozenset[str]) -> Iterator[RoleRow]:
    for where, (phrase, sectors, kind, bare) in _rows(path, 4):
        if kind not in ROLE_KINDS:
            raise DataFileError(where, f"kind must be one of {sorted(ROLE_KINDS)}, not {kind!r}")
        if bare not in ("yes", "no"):
            raise DataFileError(where, f"bare must be 'yes' or 'no', not {bare!r}")
        yield RoleRow(phrase.lower(), _sectors(where, sectors, known), kind, bare == "yes")


def _organisations(path: Path, known: frozenset[str]) -> Iterator[OrganisationRow]:
    for where, (name, aliases, code, country, sectors) in _rows(path, 5):
        if not _CODE.match(code):
            raise DataFileError(where, f"{code!r} is not an actor code (3-12 capitals or digits)")
        if country and not _ISO3.match(country):
            raise DataFileError(where, f"{country!r} is not an ISO 3166 alpha-3 code")
        own = _sectors(where, sectors, known)
        yield OrganisationRow(name, _split(aliases), code, country or None, own)


def _grammar(path: Path) -> Grammar:
    try:
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(str(path), f"cannot read the YAML file ({exc})") from exc
    pronouns = _mapping(path, raw, "pronouns")
    return Grammar(
        person_pronouns=_words(path, pronouns, "person"),
        group_pronouns=_words(path, pronouns, "group"),
        thing_pronouns=_words(path, pronouns, "thing"),
        speaker_pronouns=_words(path, pronouns, "speaker"),
        pair_words=_words(path, pronouns, "pair"),
        pair_nouns=_words(path, raw, "pair_nouns"),
        speech_verbs=_words(path, raw, "speech_verbs"),
        locative_prepositions=_words(path, raw, "locative_prepositions"),
        spatial_between_heads=_words(path, raw, "spatial_between_heads"),
        directional_prepositions=_words(path, raw, "directional_prepositions"),
        motion_words=_words(path, raw, "motion_words"),
        sector_taking_heads=_words(path, raw, "sector_taking_heads"),
        followers=_words(path, raw, "followers"),
        placed_roles=_words(path, raw, "placed_roles"),
        stance_prefixes=_words(path, raw, "stance_prefixes"),
        sponsor_participles=_words(path, raw, "sponsor_participles"),
        count_nouns=_words(path, raw, "count_nouns"),
        state_sectors=frozenset(word.upper() for word in _words(path, raw, "state_sectors")),
        owned_heads=_words(path, raw, "owned_heads"),
        counterpart_nouns=_words(path, raw, "counterpart_nouns"),
        affiliation_prepositions=_words(path, raw, "affiliation_prepositions"),
        outlet_domain_suffixes=_words(path, raw, "outlet_domain_suffixes"),
        anonymity_markers=_words(path, raw, "anonymity_markers"),
        country_nouns=_words(path, raw, "country_nouns"),
    )


def _mapping(path: Path, raw: Any, key: str) -> dict[str, Any]:
    value = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(value, dict):
        raise DataFileError(f"{path}:{key}", "expected a mapping")
    return value


def _words(path: Path, raw: dict[str, Any], key: str) -> frozenset[str]:
    value = raw.get(key)
    if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
        raise DataFileError(f"{path}:{key}", "expected a list of words")
    return frozenset(word.lower() for word in value)
