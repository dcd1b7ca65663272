#!/usr/bin/env python3
"""Derive eventwire/ontology/data/*.tsv from the reference files (run once, by hand).

Usage: tools/build_ontology_data.py REFERENCE_DIR

Reads ``cameo_codes.tsv`` (GDELT's CAMEO lookup) and ``cameo_to_plover_2021.txt``
(PLOVER manual draft 0.8, CC BY-SA 4.0) and writes the package's own files. The package
reads only its own data files, never the reference folder.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "eventwire" / "ontology" / "data"
# Obvious defects of the redistributed GDELT table, fixed by hand (names only).
NAME_FIXES = {
    "0872": "Ease military blockade",  # garbled in the source: "Ease military blocka[-2.0"
    # 1451-1454 repeat the names of 1441-1444 in the source; CAMEO's own names:
    "1451": "Engage in violent protest for change in leadership",
    "1452": "Engage in violent protest for policy change",
    "1453": "Engage in violent protest for rights",
    "1454": "Engage in violent protest for change in institutions, regime",
}
LINE = re.compile(r"^(?P<code>\d{2,4})\s*:\s*(?P<body>[^#]*?)\s*(?:#\s*(?P<note>.*))?$")

PLOVER_HEADER = """\
# CAMEO -> PLOVER crosswalk, derived from the PLOVER manual, Draft 0.8 (17 September 2021),
# conversion table edited by Philip Schrodt, Open Event Data Alliance.
# Licence: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0),
# https://creativecommons.org/licenses/by-sa/4.0/ ; this derived file is shared under the
# same licence. Changes: reformatted as TSV; fields trimmed; several contexts joined by ';';
# for a code listed twice the first listing is kept. Rows are keyed by eventwire's CAMEO
# codes (cameo_codes.tsv, GDELT's numbering); where that numbering differs from the PLOVER
# table's (e.g. GDELT 166 "Impose embargo" is PLOVER-table 163), the row of the same
# description is used and `plover_code` says which PLOVER-table row it is.
# See PLOVER_ATTRIBUTION.md.
"""


def parse_plover_line(line: str) -> tuple[str, str, str, str, str] | None:
    """Return (code, type, mode, context, description) for one crosswalk line, or None."""
    match = LINE.match(line.strip())
    if match is None:
        return None
    fields = [part.strip() for part in match["body"].split(",")]
    fields += [""] * (3 - len(fields))
    contexts = [c.strip() for c in fields[2].split(";") if c.strip()]
    return match["code"], fields[0], fields[1], ";".join(contexts), (match["note"] or "").strip()


def build_plover(reference: Path) -> list[tuple[str, str, str, str, str]]:
    """All crosswalk rows, first listing of each code kept."""
    rows: dict[str, tuple[str, str, str, str, str]] = {}
    text = (reference / "cameo_to_plover_2021.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        row = parse_plover_line(line)
        if row is not None and row[0] not in rows:
            rows[row[0]] = row
    return sorted(rows.values(), key=lambda r: r[0])


def build_codes(reference: Path) -> list[tuple[str, str, str]]:
    """(code, name, goldstein) for every CAMEO code, codes kept as strings."""
    with (reference / "cameo_codes.tsv").open(encoding="utf-8", newline="") as handle:
        rows = [
            (r["code"].strip(), r["name"].strip(), r["goldstein"].strip())
            for r in csv.DictReader(handle, delimiter="\t")
        ]
    return [(code, NAME_FIXES.get(code, " ".join(name.split())), gold) for code, name, gold in rows]


def _meaning(description: str) -> str:
    text = re.sub(r",?\s*not spec(ified)? below", "", description.lower())
    return re.sub(r"[^a-z]+", " ", text).strip()


def align(
    codes: list[tuple[str, str, str]], plover: list[tuple[str, str, str, str, str]]
) -> list[tuple[str, str, str, str, str]]:
    """(code, plover_code, type, mode, context) for each code the crosswalk covers.

    A code takes the crosswalk row of the same code unless that row describes something
    else and exactly one other (non-root) row carries the code's own description.
    """
    by_code = {row[0]: row for row in plover}
    by_meaning: dict[str, list[tuple[str, str, str, str, str]]] = {}
    for row in plover:
        if len(row[0]) > 2:
            by_meaning.setdefault(_meaning(row[4]), []).append(row)
    aligned = []
    for code, name, _ in codes:
        row = by_code.get(code)
        same = by_meaning.get(_meaning(name), [])
        if len(code) > 2 and len(same) == 1 and (row is None or _meaning(row[4]) != _meaning(name)):
            row = same[0]
        if row is not None:
            aligned.append((code, row[0], row[1], row[2], row[3]))
    return aligned


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    reference = Path(argv[1])
    codes = ["code\tname\tgoldstein"] + ["\t".join(row) for row in build_codes(reference)]
    (OUT / "cameo_codes.tsv").write_text("\n".join(codes) + "\n", encoding="utf-8")
    rows = align(build_codes(reference), build_plover(reference))
    plover = ["code\tplover_code\ttype\tmode\tcontext"] + ["\t".join(row) for row in rows]
    (OUT / "cameo_plover.tsv").write_text(
        PLOVER_HEADER + "\n".join(plover) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
