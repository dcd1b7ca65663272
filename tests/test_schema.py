"""The output JSON Schema: hand-written records, and real pipeline output."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from test_examples import load_articles

from eventwire.schema import (
    SCHEMA_VERSION,
    ValidationError,
    annotation_schema,
    validate_annotation,
)

Record = dict[str, Any]

TEXT = "Japan's defence minister will meet Pete Hegseth in Washington on January 15."


def _actor(text: str, start: int, code: str, country: str | None) -> Record:
    return {
        "text": text,
        "start": start,
        "end": start + len(text),
        "code": code,
        "country": country,
        "sectors": ["GOV"],
        "name": text,
        "title": None,
        "resolved_by": "country",
    }


def valid_record() -> Record:
    """A complete, hand-written annotation of ``TEXT``."""
    return {
        "schema_version": SCHEMA_VERSION,
        "id": "demo-1",
        "article": {"title": "Talks", "published": "2026-01-09", "source": "Wire", "url": None},
        "events": [
            {
                "id": "ev_3f2a9c",
                "cameo": "036",
                "cameo_name": "Express intent to meet or negotiate",
                "plover": {"type": "AGREE", "mode": None, "context": ["diplomatic"]},
                "quad_class": 1,
                "goldstein": 4.0,
                "status": "planned",
                "source": _actor("Japan", 0, "JPNGOV", "JPN"),
                "target": _actor("Pete Hegseth", 35, "USAGOV", "USA"),
                "trigger": {"start": 30, "end": 34, "text": "meet"},
                "sentence": {"index": 0, "start": 0, "end": len(TEXT), "text": TEXT},
                "date": {
                    "start": "2026-01-15",
                    "end": "2026-01-15",
                    "value": "2026-01-15",
                    "precision": "day",
                    "basis": "text",
                },
                "location": {
                    "name": "Washington, D.C.",
                    "country": "USA",
                    "lat": 38.895,
                    "lon": -77.036,
                    "geonameid": 4140963,
                    "precision": "city",
                    "basis": "trigger",
                },
                "pattern": "meet.v1",
                "attribution": None,
            }
        ],
        "timexes": [
            {
                "start": 65,
                "end": 75,
                "text": "January 15",
                "type": "DATE",
                "value": "2026-01-15",
                "mod": None,
            }
        ],
        "places": [
            {
                "start": 51,
                "end": 61,
                "text": "Washington",
                "name": "Washington, D.C.",
                "country": "USA",
                "lat": 38.895,
                "lon": -77.036,
                "geonameid": 4140963,
                "feature": "city",
                "role": "location",
            }
        ],
        "entities": [{"start": 35, "end": 47, "text": "Pete Hegseth", "label": "PERSON"}],
    }


def _set(record: Record, path: str, value: Any) -> Record:
    """A copy of ``record`` with the dotted ``path`` set (or deleted when value is DELETE)."""
    changed = copy.deepcopy(record)
    *parents, last = path.split(".")
    node: Any = changed
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    if value is DELETE:
        del node[last]
    else:
        node[last] = value
    return changed


DELETE = object()


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = annotation_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_annotation_schema_returns_a_copy() -> None:
    annotation_schema()["properties"].clear()
    assert "events" in annotation_schema()["properties"]


def test_a_complete_record_is_valid() -> None:
    validate_annotation(valid_record())


@pytest.mark.parametrize(
    ("path", "value"),
    [
        pytest.param("events.0.source", None, id="no-source-actor"),
        pytest.param("events.0.location", None, id="no-location"),
        pytest.param(
            "events.0.plover", {"type": None, "mode": None, "context": []}, id="no-plover"
        ),
        pytest.param("events.0.cameo", "0311", id="four-digit-code"),
        pytest.param("events.0.cameo", "19", id="root-code"),
        pytest.param("events.0.source.country", None, id="igo-without-country"),
        pytest.param("events.0.date.precision", None, id="no-precision"),
        pytest.param("article.published", None, id="no-publication-date"),
        pytest.param("warnings", ["sentence 3: no verb"], id="with-warnings"),
        pytest.param("events", [], id="no-events"),
    ],
)
def test_valid_variations(path: str, value: Any) -> None:
    validate_annotation(_set(valid_record(), path, value))


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        pytest.param("events.0.cameo", 36, "$.events[0].cameo", id="code-as-number"),
        pytest.param("events.0.cameo", "36", "$.events[0].cameo", id="code-without-zero"),
        pytest.param("events.0.cameo", "03611", "$.events[0].cameo", id="code-too-long"),
        pytest.param("events.0.status", "happened", "$.events[0].status", id="unknown-status"),
        pytest.param("events.0.quad_class", 5, "$.events[0].quad_class", id="quad-class-5"),
        pytest.param("events.0.goldstein", -11.0, "$.events[0].goldstein", id="goldstein-range"),
        pytest.param("events.0.source.country", "JP", "$.events[0].source.country", id="alpha-2"),
        pytest.param("events.0.trigger.start", -1, "$.events[0].trigger.start", id="negative"),
        pytest.param("events.0.date.start", "15 January", "$.events[0].date.start", id="bad-date"),
        pytest.param("events.0.date.basis", "guess", "$.events[0].date.basis", id="bad-basis"),
        pytest.param("events.0.location.lat", 95.0, "$.events[0].location.lat", id="latitude"),
        pytest.param(
            "events.0.plover.context", "diplomatic", "$.events[0].plover.context", id="ctx"
        ),
        pytest.param("events.0.pattern", DELETE, "$.events[0]", id="missing-pattern"),
        pytest.param("events.0.extra", 1, "$.events[0]", id="unknown-event-field"),
        pytest.param("timexes.0.type", "DAY", "$.timexes[0].type", id="timex-type"),
        pytest.param("places.0.feature", "village", "$.places[0].feature", id="place-feature"),
        pytest.param("places.0.role", "capital", "$.places[0].role", id="place-role"),
        pytest.param("entities.0.label", None, "$.entities[0].label", id="entity-label"),
        pytest.param("schema_version", "0.1", "$.schema_version", id="old-version"),
        pytest.param("article", DELETE, "$", id="missing-article"),
    ],
)
def test_invalid_records_are_rejected_with_their_location(
    path: str, value: Any, where: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_annotation(_set(valid_record(), path, value))
    assert caught.value.json_path == where


@pytest.fixture(scope="module")
def pipeline_output() -> list[Record]:
    """The example articles through the real pipeline, once for this module."""
    from eventwire.pipeline import Pipeline
    from eventwire.serialize import annotated_to_dict

    return [annotated_to_dict(a) for a in Pipeline.load().annotate(load_articles(), workers=1)]


def test_pipeline_output_of_the_examples_validates(pipeline_output: list[Record]) -> None:
    assert len(pipeline_output) == len(load_articles())
    for record in pipeline_output:
        validate_annotation(record)
    assert any(record["events"] for record in pipeline_output)


def test_every_cameo_code_of_the_ontology_fits_the_schema() -> None:
    from eventwire.ontology import Ontology

    record = valid_record()
    for entry in Ontology.load().codes():
        record["events"][0]["cameo"] = entry.code
        validate_annotation(record)
