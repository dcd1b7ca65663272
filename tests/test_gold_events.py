"""The coder on the team's own gold set (eval/gold/events_*.jsonl): figures must not fall
below the floors set from the last measurement (see the README for the figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Pipeline
from eventwire.evaluate.events import EventScores, evaluate_events, read_event_gold

# Set a little under the measurement of 2026-12-07, ninth session (6,470 texts in 47
# batches: root P 0.906 F1 0.862, PLOVER F1 0.867, QuadClass F1 0.881, status 0.986,
# source country 0.958, source sectors 0.923, target country 0.860, false alarms 2.1%);
# raise them when the coder improves.
FLOORS = {
    "root_precision": 0.895,
    "root_f1": 0.85,
    "plover_f1": 0.855,
    "quad_f1": 0.87,
    "status": 0.978,
    "source_country": 0.95,
    "target_country": 0.85,
    "source_sectors": 0.915,
    "false_alarm_rate": 0.03,
}

GOLD = sorted((Path(__file__).resolve().parent.parent / "eval" / "gold").glob("events_*.jsonl"))


@pytest.fixture(scope="module")
def scores() -> EventScores:
    gold = [text for path in GOLD for text in read_event_gold(path)]
    return evaluate_events(gold, Pipeline.load())


def test_the_gold_set_is_as_large_and_varied_as_promised() -> None:
    texts = [text for path in GOLD for text in read_event_gold(path)]
    events = [event for text in texts for event in text.events]
    assert len(texts) >= 400
    assert sum(1 for text in texts if not text.events) >= 60
    assert sum(1 for event in events if event.status != "asserted") >= 40
    assert {event.cameo[:2] for event in events if event.cameo} == {
        f"{root:02d}" for root in range(1, 21)
    }


def test_event_type_floors(scores: EventScores) -> None:
    assert scores.by_root.micro_precision >= FLOORS["root_precision"]
    assert scores.by_root.micro_f1 >= FLOORS["root_f1"]
    assert scores.by_plover.micro_f1 >= FLOORS["plover_f1"]
    assert scores.by_quad_class.micro_f1 >= FLOORS["quad_f1"]


def test_status_and_actor_floors(scores: EventScores) -> None:
    attributes = scores.attributes
    assert attributes.status.value >= FLOORS["status"]
    assert attributes.source_country.value >= FLOORS["source_country"]
    assert attributes.target_country.value >= FLOORS["target_country"]
    assert attributes.source_sectors.value >= FLOORS["source_sectors"]


def test_few_false_alarms_on_texts_without_events(scores: EventScores) -> None:
    assert scores.false_alarm_rate <= FLOORS["false_alarm_rate"]
