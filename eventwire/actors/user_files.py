"""eventwire's own actor dictionary files, in YAML or CSV, with date-bounded codes.

Both formats produce a :class:`~eventwire.actors.dictionary.UserDictionary`, the same
model PETRARCH/TABARI dictionaries import into (:mod:`eventwire.actors.tabari`), and
:func:`read_dictionary` picks the reader by the file's suffix.

YAML::

    actors:
      - name: Pete Hegseth
        aliases: [Hegseth, Peter Hegseth]
        codes:                          # the first period covering the article's date wins
          - {code: USAGOV, from: 2025-01-25}
      - name: Kaja Kallas
        code: ESTGOV                    # outside every period (optional)
        codes:
          - {code: IGOEEC, from: 2024-12-01}
      - name: Gondor
        code: GON                       # three letters: a country-like actor
    role_nouns:
      - phrases: [harbour master, harbour masters]
        sectors: [GOV]

CSV (a header row, then one row per name and period; rows of the same name add
periods, ``aliases`` are separated by ``|``)::

    name,aliases,code,from,until
    Pete Hegseth,Hegseth|Peter Hegseth,USAGOV,2025-01-25,
    Kaja Kallas,Kallas,ESTGOV,,2024-11-30
    Kaja Kallas,,IGOEEC,2024-12-01,

An actor code is a three-letter country or organisation root followed by three-letter
sectors (``USAGOV``, ``IGOUNOREF``); spaces inside it are dropped (``USA GOV``). Days
are ISO dates and both ends of a period are included. A malformed entry raises
:class:`~eventwire.errors.DataFileError` naming ``file:line``.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire._yaml import LINE_KEY, load_yaml, where
from eventwire.actors.dictionary import DatedCode, DictionaryActor, DictionaryRole, UserDictionary
from eventwire.actors.tabari import read_actor_dictionary
from eventwire.errors import DataFileError

_ACTOR_CODE = re.compile(r"^(?:[A-Z0-9]{3})+$")
_SECTOR = re.compile(r"^[A-Z0-9]{3}$")
_ACTOR_KEYS = frozenset({"name", "aliases", "code", "codes"})
_PERIOD_KEYS = frozenset({"code", "from", "until"})
_ROLE_KEYS = frozenset({"phrases", "sectors"})
_TOP_KEYS = frozenset({"actors", "role_nouns"})
CSV_COLUMNS = ("name", "aliases", "code", "from", "until")
YAML_SUFFIXES = frozenset({".yaml", ".yml"})


def read_dictionary(path: Path) -> UserDictionary:
    """An actor dictionary in any supported format: YAML, CSV, else PETRARCH/TABARI."""
    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES:
        return read_yaml_dictionary(path)
    if suffix == ".csv":
        return read_csv_dictionary(path)
    return read_actor_dictionary(path)


def read_yaml_dictionary(path: Path) -> UserDictionary:
    """Named actors and role nouns of an eventwire YAML dictionary."""
    document = load_yaml(path, "actor dictionary")
    if not isinstance(document, dict):
        raise DataFileError(f"{path}:1", "expected a mapping with 'actors' and/or 'role_nouns'")
    _check_keys(document, _TOP_KEYS, where(path, document))
    actors = tuple(_yaml_actor(path, entry) for entry in _list(path, document, "actors"))
    roles = tuple(_yaml_role(path, entry) for entry in _list(path, document, "role_nouns"))
    return UserDictionary(actors, roles)


def read_csv_dictionary(path: Path) -> UserDictionary:
    """Named actors of an eventwire CSV dictionary (``name,aliases,code,from,until``)."""
    builders: dict[str, _CsvActor] = {}
    for location, row in _csv_rows(path):
        name = row["name"]
        builder = builders.setdefault(name, _CsvActor(location, [name]))
        builder.add(location, row)
    return UserDictionary(tuple(builder.finish() for builder in builders.values()))


def _yaml_actor(path: Path, entry: Any) -> DictionaryActor:
    location = where(path, entry)
    if not isinstance(entry, dict):
        raise DataFileError(location, f"an actor must be a mapping, got {entry!r}")
    _check_keys(entry, _ACTOR_KEYS, location)
    name = _text(entry.get("name"), location, "name")
    aliases = tuple(_text(alias, location, "alias") for alias in _strings(entry, "aliases"))
    code = _code(entry["code"], location) if "code" in entry else None
    periods = tuple(_period(path, period) for period in _list(path, entry, "codes"))
    if code is None and not periods:
        raise DataFileError(location, f"the actor {name!r} has neither 'code' nor 'codes'")
    return DictionaryActor((name, *aliases), code, periods)


def _period(path: Path, entry: Any) -> DatedCode:
    location = where(path, entry)
    if not isinstance(entry, dict):
        raise DataFileError(location, f"a period must be a mapping like {{code, from}}: {entry!r}")
    _check_keys(entry, _PERIOD_KEYS, location)
    if "code" not in entry:
        raise DataFileError(location, "a period needs a 'code'")
    return _dated(
        _code(entry["code"], location),
        _day(entry.get("from"), location, "from"),
        _day(entry.get("until"), location, "until"),
        location,
    )


def _yaml_role(path: Path, entry: Any) -> DictionaryRole:
    location = where(path, entry)
    if not isinstance(entry, dict):
        raise DataFileError(location, f"a role noun must be a mapping, got {entry!r}")
    _check_keys(entry, _ROLE_KEYS, location)
    phrases = tuple(_text(p, location, "phrase").lower() for p in _strings(entry, "phrases"))
    sectors = tuple(_sector(s, location) for s in _strings(entry, "sectors"))
    if not phrases or not sectors:
        raise DataFileError(location, "a role noun needs 'phrases' and 'sectors'")
    return DictionaryRole(phrases, sectors)


@dataclass(slots=True)
class _CsvActor:
    """The rows read so far for one name: its aliases, undated code and periods."""

    where: str
    names: list[str]
    code: str | None = None
    periods: list[DatedCode] = field(default_factory=list)

    def add(self, location: str, row: dict[str, str]) -> None:
        for alias in row["aliases"].split("|"):
            if alias.strip() and alias.strip() not in self.names:
                self.names.append(alias.strip())
        code = _code(row["code"], location)
        start = _day(row["from"] or None, location, "from")
        end = _day(row["until"] or None, location, "until")
        if start is None and end is None:
            if self.code is not None:
                raise DataFileError(location, f"{self.names[0]!r} already has an undated code")
            self.code = code
        else:
            self.periods.append(_dated(code, start, end, location))

    def finish(self) -> DictionaryActor:
        return DictionaryActor(tuple(self.names), self.code, tuple(self.periods))


def _csv_rows(path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = [column.strip().lower() for column in next(reader, [])]
            if tuple(header) != CSV_COLUMNS:
                raise DataFileError(
                    f"{path}:1", f"expected the header {','.join(CSV_COLUMNS)}, got {header}"
                )
            for fields in reader:
                location = f"{path}:{reader.line_num}"
                if not any(value.strip() for value in fields) or fields[0].startswith("#"):
                    continue
                if len(fields) != len(CSV_COLUMNS):
                    raise DataFileError(
                        location, f"expected {len(CSV_COLUMNS)} fields, got {len(fields)}"
                    )
                row = dict(zip(CSV_COLUMNS, (value.strip() for value in fields), strict=True))
                if not row["name"]:
                    raise DataFileError(location, "the name is empty")
                yield location, row
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataFileError(str(path), f"cannot read the actor dictionary: {exc}") from exc


def _dated(code: str, start: dt.date | None, end: dt.date | None, location: str) -> DatedCode:
    if start is not None and end is not None and end < start:
        raise DataFileError(location, f"the period ends ({end}) before it starts ({start})")
    return DatedCode(code, start, end)


def _code(value: Any, location: str) -> str:
    code = "".join(str(value).split()).upper() if isinstance(value, str) else ""
    if not _ACTOR_CODE.match(code):
        raise DataFileError(
            location, f"{value!r} is not an actor code (three-letter parts, like USAGOV)"
        )
    return code


def _sector(value: Any, location: str) -> str:
    sector = value.strip().upper() if isinstance(value, str) else ""
    if not _SECTOR.match(sector):
        raise DataFileError(location, f"{value!r} is not a sector code (three letters, like GOV)")
    return sector


def _day(value: Any, location: str, key: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise DataFileError(
            location, f"'{key}' must be a day like 2025-01-25, not {value!r}"
        ) from exc


def _text(value: Any, location: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DataFileError(location, f"the {what} must be a non-empty string, got {value!r}")
    return " ".join(value.split())


def _strings(entry: dict[str, Any], key: str) -> list[Any]:
    value = entry.get(key, [])
    return (
        [value] if isinstance(value, str) else list(value) if isinstance(value, list) else [value]
    )


def _list(path: Path, mapping: dict[str, Any], key: str) -> list[Any]:
    value = mapping.get(key, [])
    if not isinstance(value, list):
        raise DataFileError(where(path, mapping), f"'{key}' must be a list")
    return value


def _check_keys(entry: dict[str, Any], allowed: frozenset[str], location: str) -> None:
    unknown = set(entry) - allowed - {LINE_KEY}
    if unknown:
        raise DataFileError(
            location, f"unknown key(s) {sorted(unknown)}; allowed: {sorted(allowed)}"
        )
