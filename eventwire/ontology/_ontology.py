"""CAMEO event codes with their names, Goldstein scores, QuadClass and PLOVER coding."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from eventwire.errors import DataFileError, EventwireError
from eventwire.models import PloverCoding
from eventwire.ontology._loader import plover_for, read_codes, read_plover, read_quad_classes


class UnknownCodeError(EventwireError, KeyError):
    """A CAMEO event code that the ontology does not know (also a ``KeyError``)."""

    code = "E600"

    def __init__(self, cameo: str, *, suggestion: str | None = None) -> None:
        hint = f"; CAMEO codes keep their leading zeros: {suggestion!r}?" if suggestion else ""
        super().__init__(f"unknown CAMEO event code {cameo!r}{hint}")
        self.cameo = cameo


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code, e.g. ``036`` "Express intent to meet or negotiate"."""

    code: str
    name: str
    goldstein: float
    root: str
    quad_class: int
    plover: PloverCoding


class Ontology:
    """The 280 CAMEO event codes, looked up by their string code (``"036"``)."""

    def __init__(self, codes: Sequence[CameoCode]) -> None:
        self._codes = tuple(codes)
        self._by_code = MappingProxyType({c.code: c for c in self._codes})

    @classmethod
    def load(cls) -> Ontology:
        """The ontology bundled with the package (read once per process)."""
        return _bundled()

    def get(self, code: str) -> CameoCode:
        """The entry for ``code``; raises :class:`UnknownCodeError` when there is none."""
        try:
            return self._by_code[code]
        except KeyError:
            padded = f"0{code}"
            suggestion = padded if padded in self._by_code else None
            raise UnknownCodeError(str(code), suggestion=suggestion) from None

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __len__(self) -> int:
        return len(self._codes)

    def codes(self) -> Sequence[CameoCode]:
        """Every code, in CAMEO order (roots before their children)."""
        return self._codes


@cache
def _bundled() -> Ontology:
    quad_classes = read_quad_classes()
    crosswalk = read_plover()
    entries = []
    for row in read_codes():
        root = row.code[:2]
        if root not in quad_classes:
            raise DataFileError("quad_classes.tsv", f"no QuadClass for CAMEO root {root!r}")
        entries.append(
            CameoCode(
                code=row.code,
                name=row.name,
                goldstein=row.goldstein,
                root=root,
                quad_class=quad_classes[root],
                plover=plover_for(row.code, crosswalk),
            )
        )
    return Ontology(entries)
