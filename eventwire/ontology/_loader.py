"""Read the ontology's package data files (TSV with a header row, ``#`` comments).

The files are derived once from the reference tables by ``tools/build_ontology_data.py``;
see ``data/PLOVER_ATTRIBUTION.md`` for their sources and licences.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources

from eventwire.errors import DataFileError
from eventwire.models import PloverCoding

NO_PLOVER = PloverCoding(type=None, mode=None, context=())


@dataclass(frozen=True, slots=True)
class CodeRow:
    """One line of ``cameo_codes.tsv``."""

    code: str
    name: str
    goldstein: float


def read_rows(filename: str) -> Iterator[tuple[str, dict[str, str]]]:
    """Yield (``file:line``, row) for each data line of a package TSV file."""
    text = resources.files("eventwire.ontology").joinpath("data", filename).read_text("utf-8")
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        location = f"{filename}:{number}"
        if len(cells) != len(header):
            raise DataFileError(location, f"expected {len(header)} tab-separated fields")
        yield location, dict(zip(header, cells, strict=True))


def _checked_code(location: str, code: str) -> str:
    if not (code.isdigit() and 2 <= len(code) <= 4):
        raise DataFileError(location, f"CAMEO code {code!r} is not 2 to 4 digits")
    return code


def read_codes() -> list[CodeRow]:
    """Every CAMEO event code with its name and Goldstein score, in file order."""
    rows = []
    for location, row in read_rows("cameo_codes.tsv"):
        try:
            goldstein = float(row["goldstein"])
        except ValueError:
            raise DataFileError(location, f"Goldstein {row['goldstein']!r} is no number") from None
        rows.append(CodeRow(_checked_code(location, row["code"]), row["name"], goldstein))
    return rows


def read_quad_classes() -> dict[str, int]:
    """CAMEO root (``"01"`` .. ``"20"``) -> QuadClass (1..4)."""
    quad: dict[str, int] = {}
    for location, row in read_rows("quad_classes.tsv"):
        if row["quad_class"] not in {"1", "2", "3", "4"}:
            raise DataFileError(location, f"QuadClass {row['quad_class']!r} is not 1 to 4")
        quad[_checked_code(location, row["root"])] = int(row["quad_class"])
    return quad


def read_plover() -> dict[str, PloverCoding]:
    """The CAMEO -> PLOVER crosswalk as listed (no inheritance), by eventwire code."""
    crosswalk: dict[str, PloverCoding] = {}
    for location, row in read_rows("cameo_plover.tsv"):
        contexts = tuple(c.strip() for c in row["context"].split(";") if c.strip())
        crosswalk[_checked_code(location, row["code"])] = PloverCoding(
            type=row["type"].strip() or None,
            mode=row["mode"].strip() or None,
            context=contexts,
        )
    return crosswalk


def plover_for(code: str, crosswalk: Mapping[str, PloverCoding]) -> PloverCoding:
    """The code's PLOVER coding, inherited from its nearest listed parent when absent.

    ``0357`` falls back to ``035``, then to the root ``03``; codes under roots without a
    PLOVER event (01 statements, 02 appeals) get ``NO_PLOVER``.
    """
    for length in range(len(code), 1, -1):
        coding = crosswalk.get(code[:length])
        if coding is not None:
            return coding
    return NO_PLOVER
