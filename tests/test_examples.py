"""The bundled example articles against their hand-coded expectations.

``examples/expected.jsonl`` lists, per article, the events a careful human coder expects
(``must``: each matched by at least one event) and codings that would be mistakes
(``must_not``: matched by no event). Matching follows the seed checker: CAMEO codes by
prefix, statuses by membership, actors by country, any shared sector and name substring,
dates by overlap with a window, places by distance or country. An expectation with a
``known_gap`` names what the coder cannot do yet and is a strict xfail.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.models import Article

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
Record = dict[str, Any]


def load_articles(path: Path = EXAMPLES / "articles.jsonl") -> list[Article]:
    """The example articles as ``Article`` records, in file order."""
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        published = raw.get("published")
        articles.append(
            Article(
                id=raw["id"],
                text=raw["text"],
                title=raw.get("title"),
                published=dt.date.fromisoformat(published) if published else None,
                source=raw.get("source"),
                url=raw.get("url"),
                language=raw.get("language") or "en",
            )
        )
    return articles


def load_expectations(path: Path = EXAMPLES / "expected.jsonl") -> list[Record]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _actor_matches(actor: Record | None, spec: Record) -> bool:
    if actor is None:
        return False
    if "country" in spec and actor.get("country") != spec["country"]:
        return False
    if "sectors_any" in spec and not set(actor.get("sectors") or ()) & set(spec["sectors_any"]):
        return False
    words = f"{actor.get('name') or ''} {actor.get('text') or ''}".lower()
    if "name_contains" in spec and spec["name_contains"].lower() not in words:
        return False
    wanted = [w.lower() for w in spec.get("name_contains_any", ())]
    return not wanted or any(w in words for w in wanted)


def _date_overlaps(date: Record | None, window: list[str]) -> bool:
    if not date or not date.get("start"):
        return False
    start, end = date["start"][:10], (date.get("end") or date["start"])[:10]
    return bool(start <= window[1] and end >= window[0])


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dlat, dlon = map(math.radians, (lat1, lat2, lat2 - lat1, lon2 - lon1))
    h = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _location_matches(location: Record | None, spec: Record) -> bool:
    if not location:
        return False
    if "country" in spec and location.get("country") != spec["country"]:
        return False
    if "near" not in spec:
        return True
    if location.get("lat") is None or location.get("lon") is None:
        return False
    distance = _km(location["lat"], location["lon"], *spec["near"])
    return bool(distance <= spec.get("km", 50))


def failed_conditions(event: Record, spec: Record) -> list[str]:
    """The conditions of ``spec`` that ``event`` fails; empty when it matches."""
    failed = []
    if "cameo_prefix" in spec and not str(event.get("cameo") or "").startswith(
        tuple(spec["cameo_prefix"])
    ):
        failed.append("cameo")
    if "status" in spec and event.get("status") not in spec["status"]:
        failed.append("status")
    failed += [
        r for r in ("source", "target") if r in spec and not _actor_matches(event.get(r), spec[r])
    ]
    if "date_within" in spec and not _date_overlaps(event.get("date"), spec["date_within"]):
        failed.append("date")
    if "location" in spec and not _location_matches(event.get("location"), spec["location"]):
        failed.append("location")
    return failed


def brief(event: Record) -> str:
    """One line per event, for failure messages."""

    def actor(a: Record | None) -> str:
        return "-" if not a else f"{a.get('code')}({a.get('name') or a.get('text')})"

    date = (event.get("date") or {}).get("start")
    return (
        f"{event.get('cameo')} {event.get('status')} {actor(event.get('source'))} -> "
        f"{actor(event.get('target'))} {date} | {(event.get('trigger') or {}).get('text')}"
    )


def _cases(kind: str) -> Iterator[Any]:
    """One test case per expectation; a ``known_gap`` (what the coder cannot do yet) makes
    it a strict xfail, so the test fails loudly once the gap is closed."""
    for record in load_expectations():
        for number, spec in enumerate(record[kind]):
            gap = spec.get("known_gap")
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            case_id = f"{record['id']}-{kind}-{number}"
            yield pytest.param(record["id"], spec, id=case_id, marks=marks)


@pytest.fixture(scope="module")
def annotated() -> dict[str, Record]:
    """Every example article through the real pipeline, once for this module."""
    from eventwire.pipeline import Pipeline
    from eventwire.serialize import annotated_to_dict

    pipeline = Pipeline.load()
    output = pipeline.annotate(load_articles(), workers=1)
    return {record["id"]: record for record in map(annotated_to_dict, output)}


def test_examples_are_well_formed() -> None:
    articles = load_articles()
    expectations = load_expectations()
    assert len(articles) == len({a.id for a in articles}) >= 13
    assert [a.id for a in articles] == [e["id"] for e in expectations]
    for article in articles:
        assert article.published is not None and article.published.year in (2025, 2026)
        assert 4 <= article.text.count("\n\n") + 1 <= 10, article.id
    for record in expectations:
        assert 2 <= len(record["must"]) <= 5, record["id"]
        assert record["must_not"], record["id"]


def test_the_seed_article_comes_first() -> None:
    first = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert json.loads(first)["id"] == "seed-koizumi-washington"


@pytest.mark.parametrize(
    ("event", "spec", "failed"),
    [
        pytest.param(
            {
                "cameo": "0361",
                "status": "planned",
                "source": {"country": "JPN", "sectors": ["GOV"]},
            },
            {"cameo_prefix": ["036"], "status": ["planned"], "source": {"sectors_any": ["GOV"]}},
            [],
            id="prefix-status-sector-match",
        ),
        pytest.param(
            {"cameo": "042", "status": "asserted", "source": None},
            {"cameo_prefix": ["036"], "status": ["planned"], "source": {"country": "JPN"}},
            ["cameo", "status", "source"],
            id="everything-fails",
        ),
        pytest.param(
            {"cameo": "111", "target": {"name": "Pete Hegseth", "text": "Hegseth"}},
            {"target": {"name_contains": "hegseth"}},
            [],
            id="name-case-insensitive",
        ),
        pytest.param(
            {"date": {"start": "2026-01-12", "end": "2026-01-18"}},
            {"date_within": ["2026-01-15", "2026-01-15"]},
            [],
            id="date-interval-overlaps",
        ),
        pytest.param(
            {"date": {"start": "2026-01-09", "end": "2026-01-09"}},
            {"date_within": ["2026-01-10", "2026-12-31"]},
            ["date"],
            id="date-outside-window",
        ),
        pytest.param(
            {"location": {"lat": 38.9, "lon": -77.0}},
            {"location": {"near": [21.307, -157.858], "km": 60}},
            ["location"],
            id="location-too-far",
        ),
    ],
)
def test_matching_semantics(event: Record, spec: Record, failed: list[str]) -> None:
    assert failed_conditions(event, spec) == failed


@pytest.mark.parametrize(("article_id", "spec"), list(_cases("must")))
def test_expected_event_is_found(
    annotated: dict[str, Record], article_id: str, spec: Record
) -> None:
    events = annotated[article_id]["events"]
    if not any(not failed_conditions(e, spec) for e in events):
        coded = "\n  ".join(brief(e) for e in events) or "(no events)"
        pytest.fail(f"{article_id}: not found: {spec['name']}\ncoded:\n  {coded}")


@pytest.mark.parametrize(("article_id", "spec"), list(_cases("must_not")))
def test_forbidden_coding_is_absent(
    annotated: dict[str, Record], article_id: str, spec: Record
) -> None:
    wrong = [brief(e) for e in annotated[article_id]["events"] if not failed_conditions(e, spec)]
    assert not wrong, f"{article_id}: {spec['name']}: " + "; ".join(wrong)
