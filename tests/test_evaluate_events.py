"""Scoring events against gold: reading gold files, pairing, class tables, accuracies, CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from test_pipeline import build_pipeline
from test_store import FIDAN, GERAPETRITIS, SUDAN_ARMY, event
from typer.testing import CliRunner

from eventwire import cli
from eventwire.errors import DataFileError, InputError
from eventwire.evaluate.events import (
    ActorRecord,
    EventRecord,
    GoldText,
    TextMatch,
    attribute_scores,
    class_table,
    countries_right,
    evaluate_events,
    match_events,
    predicted_records,
    read_event_gold,
    score_matches,
    sectors_right,
    type_hit,
)
from eventwire.models import EventStatus, TextSpan
from eventwire.ontology import Ontology
from eventwire.pipeline import Pipeline

runner = CliRunner()


def actor(spec: str) -> ActorRecord:
    """``"JPN/GOV,MIL"`` -> Japan with two sectors; ``"-/IGO"`` -> no country."""
    country, _, sectors = spec.partition("/")
    return ActorRecord(None if country == "-" else country, tuple(filter(None, sectors.split(","))))


def record(cameo: str, source: str = "", target: str = "", status: str = "asserted") -> EventRecord:
    """An event whose PLOVER type and QuadClass come from the bundled ontology; actors
    are ``+``-joined specs (``"HUN/GOV+ROU/GOV"``)."""
    code = Ontology.load().get(cameo)
    return EventRecord(
        cameo=cameo,
        plover=code.plover.type,
        status=EventStatus(status),
        source=tuple(actor(s) for s in source.split("+") if s),
        target=tuple(actor(s) for s in target.split("+") if s),
        quad_class=code.quad_class,
    )


def gold_text(text_id: str, *events: EventRecord) -> GoldText:
    return GoldText(text_id, f"text of {text_id}", dt.date(2026, 1, 5), events)


# ---------------------------------------------------------------- matching


def test_pairs_prefer_the_same_code_over_input_order() -> None:
    meeting, shelling = record("036", "JPN/GOV", "USA/GOV"), record("190", "RUS/MIL", "UKR")
    match = match_events([meeting, shelling], [record("190", "RUS/MIL", "UKR"), meeting])
    assert [(g.cameo, p.cameo) for g, p in match.pairs] == [("036", "036"), ("190", "190")]
    assert match.missed == match.spurious == ()


@pytest.mark.parametrize(
    ("gold", "predicted", "expected_pairs"),
    [
        pytest.param(
            [record("175"), record("191")],
            [record("190"), record("173")],
            [("175", "173"), ("191", "190")],
            id="same-root-before-same-plover",
        ),
        pytest.param(
            [record("036"), record("1712")],
            [record("190")],
            [("1712", "190")],
            id="same-plover-type-when-no-root-agrees",
        ),
        pytest.param(
            [record("190", "RUS/MIL", "UKR"), record("190", "UKR/MIL", "RUS")],
            [record("190", "UKR/MIL", "RUS")],
            [("190", "190")],
            id="same-code-then-right-actors",
        ),
    ],
)
def test_pairs_prefer_code_then_root_then_type_then_actors(
    gold: list[EventRecord], predicted: list[EventRecord], expected_pairs: list[tuple[str, str]]
) -> None:
    match = match_events(gold, predicted)
    assert [(g.cameo, p.cameo) for g, p in match.pairs] == expected_pairs
    assert len(match.pairs) + len(match.missed) == len(gold)
    assert len(match.pairs) + len(match.spurious) == len(predicted)


def test_the_right_dyad_is_paired_and_the_other_missed() -> None:
    match = match_events(
        [record("190", "RUS/MIL", "UKR"), record("190", "UKR/MIL", "RUS")],
        [record("190", "UKR/MIL", "RUS")],
    )
    assert match.pairs[0][0].source == (actor("UKR/MIL"),)
    assert [g.source for g in match.missed] == [(actor("RUS/MIL"),)]


def test_every_predicted_dyad_is_its_own_event() -> None:
    day = dt.date(2026, 1, 6)
    forward = event("e1", "a1", "057", GERAPETRITIS, FIDAN, day)
    backward = event("e2", "a1", "057", FIDAN, GERAPETRITIS, day)
    shelling = dataclasses.replace(
        event("e3", "a1", "190", SUDAN_ARMY, None, day), trigger=TextSpan(80, 87, "shelled")
    )
    records = predicted_records([forward, backward, shelling])
    assert [(r.cameo, r.source, r.target, r.trigger) for r in records] == [
        ("057", (actor("GRC/GOV"),), (actor("TUR/GOV"),), "meet"),
        ("057", (actor("TUR/GOV"),), (actor("GRC/GOV"),), "meet"),
        ("190", (actor("SDN/MIL"),), (), "shelled"),
    ]
    assert records[0].plover == "CONSULT" and records[0].quad_class == 1


def test_both_directions_of_a_mutual_event_are_paired() -> None:
    gold = [record("046", "CHL", "IND"), record("046", "IND", "CHL")]
    match = match_events(gold, [record("046", "IND", "CHL"), record("046", "CHL", "IND")])
    assert [(g.source, p.source) for g, p in match.pairs] == [
        ((actor("CHL"),), (actor("CHL"),)),
        ((actor("IND"),), (actor("IND"),)),
    ]


# ---------------------------------------------------------------- actors


@pytest.mark.parametrize(
    ("gold", "predicted", "right"),
    [
        pytest.param("HUN/GOV+ROU/GOV", "ROU/GOV", True, id="one-of-a-compound-actor"),
        pytest.param("HUN/GOV+ROU/GOV", "SRB/GOV", False, id="another-country"),
        pytest.param("-/IGO", "-/IGO", True, id="null-country-matches-null"),
        pytest.param("-/IGO", "USA/GOV", False, id="country-for-an-igo"),
        pytest.param("", "", True, id="no-actor-on-either-side"),
        pytest.param("", "USA/GOV", False, id="actor-where-gold-has-none"),
        pytest.param("USA/GOV", "", False, id="no-actor-where-gold-has-one"),
        pytest.param("SDN/MIL", "SDN/MIL+ETH/MIL", False, id="one-predicted-dyad-wrong"),
    ],
)
def test_actor_country(gold: str, predicted: str, right: bool) -> None:
    as_actors = record("190", gold).source, record("190", predicted).source
    assert countries_right(*as_actors) is right


@pytest.mark.parametrize(
    ("gold", "predicted", "right"),
    [
        pytest.param("JPN/GOV,MIL", "JPN/MIL", True, id="shares-a-sector"),
        pytest.param("HUN/GOV+HUN/CVL", "HUN/CVL", True, id="shares-with-one-gold-actor"),
        pytest.param("USA/GOV", "USA/COP", False, id="different-sector"),
        pytest.param("UKR", "UKR", True, id="both-without-sectors"),
        pytest.param("UKR", "UKR/MIL", False, id="sector-where-gold-has-none"),
    ],
)
def test_actor_sectors(gold: str, predicted: str, right: bool) -> None:
    as_actors = record("190", gold).source, record("190", predicted).source
    assert sectors_right(*as_actors) is right


# ---------------------------------------------------------------- class tables


def sample_matches() -> list[TextMatch]:
    """A meeting found, a shelling coded as an arrest, a spurious accusation in a text
    without events, and a statement (root 01, no PLOVER type) found."""
    return [
        match_events(
            [record("036", "DEU/GOV", "FRA/GOV"), record("190", "RUS/MIL", "UKR")],
            [record("036", "DEU/GOV", "FRA/GOV"), record("173", "RUS/MIL", "UKR")],
        ),
        match_events([], [record("112", "CHN/GOV", "USA/GOV")]),
        match_events([record("010", "GBR/GOV")], [record("010", "GBR/GOV")]),
    ]


@pytest.mark.parametrize(
    ("table", "micro", "macro_f1", "per_class"),
    [
        pytest.param(
            "root",
            (2 / 4, 2 / 3, 4 / 7),
            2 / 5,
            {"01": (1, 1, 1), "03": (1, 1, 1), "11": (0, 1, 0), "17": (0, 1, 0), "19": (1, 0, 0)},
            id="cameo-root",
        ),
        pytest.param(
            "plover",
            (1 / 3, 1 / 2, 2 / 5),
            1 / 4,
            {"ACCUSE": (0, 1, 0), "AGREE": (1, 1, 1), "ASSAULT": (1, 0, 0), "COERCE": (0, 1, 0)},
            id="plover-type-without-roots-01-02",
        ),
        pytest.param(
            "quad",
            (3 / 4, 3 / 3, 6 / 7),
            2 / 3,
            {"1": (2, 2, 2), "3": (0, 1, 0), "4": (1, 1, 1)},
            id="quad-class",
        ),
    ],
)
def test_class_tables(
    table: str,
    micro: tuple[float, float, float],
    macro_f1: float,
    per_class: dict[str, tuple[int, int, int]],
) -> None:
    labels = {
        "root": lambda e: e.root,
        "plover": lambda e: e.plover,
        "quad": lambda e: str(e.quad_class),
    }
    scored = class_table(sample_matches(), labels[table])
    got_micro = (scored.micro_precision, scored.micro_recall, scored.micro_f1)
    assert got_micro == pytest.approx(micro)
    assert scored.macro_f1 == pytest.approx(macro_f1)
    assert {c.label: (c.support, c.predicted, c.correct) for c in scored.classes} == per_class


def test_per_class_precision_recall_f1() -> None:
    matches = [
        match_events([record("190"), record("193")], [record("190")]),
        match_events([], [record("195")]),
    ]
    (assault,) = class_table(matches, lambda e: e.root).classes
    assert (assault.support, assault.predicted, assault.correct) == (2, 2, 1)
    assert (assault.precision, assault.recall, assault.f1) == (0.5, 0.5, 0.5)


def test_base_code_table_folds_four_digit_codes() -> None:
    matches = [
        match_events([record("1724")], [record("172")]),
        match_events([record("173")], [record("172")]),
    ]
    rows = {
        c.label: (c.support, c.predicted, c.correct)
        for c in class_table(matches, lambda e: e.cameo[:3] if e.cameo else None).classes
    }
    assert rows == {"172": (1, 2, 1), "173": (1, 0, 0)}
    scores = score_matches([gold_text("a"), gold_text("b")], matches)
    assert {c.label for c in scores.by_code.classes} == {"172", "173"}


@pytest.mark.parametrize(
    ("gold", "predicted", "hit"),
    [
        pytest.param(["141"], ["145"], True, id="same-plover-type-other-code"),
        pytest.param(["141", "190"], ["180"], True, id="one-gold-type-is-enough"),
        pytest.param(["145"], ["190"], False, id="riot-is-not-assault"),
        pytest.param(["010"], ["013"], True, id="roots-01-02-by-root"),
        pytest.param(["190"], [], False, id="nothing-predicted"),
    ],
)
def test_type_hit_ignores_actors(gold: list[str], predicted: list[str], hit: bool) -> None:
    match = match_events(
        [record(code, "IND/GOV", "PAK") for code in gold],
        [record(code, "USA/MIL", "RUS") for code in predicted],
    )
    assert type_hit(match) is hit


# ---------------------------------------------------------------- accuracies and totals


def test_status_and_actor_accuracy_on_pairs_with_the_same_root() -> None:
    matches = [
        match_events(
            [record("036", "JPN/GOV", "USA/GOV", status="planned")],
            [record("037", "JPN/GOV", "USA/MIL", status="planned")],
        ),
        match_events(
            [record("190", "RUS/MIL", "UKR", status="negated")],
            [record("190", "RUS/GOV", "POL", status="asserted")],
        ),
        match_events([record("112", "IRN/GOV", "ISR")], [record("173", "IRN/COP", "ISR")]),
    ]
    scores = attribute_scores(matches)
    assert (scores.status.correct, scores.status.total) == (1, 2)
    assert (scores.source_country.correct, scores.target_country.correct) == (2, 1)
    # an actor without sectors on both sides has the right (empty) sectors
    assert (scores.source_sectors.correct, scores.target_sectors.correct) == (1, 1)


def test_totals_false_alarms_and_errors() -> None:
    texts = [
        gold_text("meeting", record("036"), record("190")),
        gold_text("accusation"),
        gold_text("statement", record("010", "GBR/GOV")),
        gold_text("weather"),
    ]
    matches = [*sample_matches(), match_events([], [])]
    scores = score_matches(texts, matches)
    assert (scores.texts, scores.gold_events, scores.predicted_events, scores.pairs) == (
        4,
        3,
        4,
        3,
    )
    assert (scores.texts_without_events, scores.false_alarms) == (2, 1)
    assert scores.false_alarm_rate == 0.5
    # the shelling coded as an arrest misses its type; the statement is found
    assert (scores.type_hits.correct, scores.type_hits.total) == (2, 2)
    assert [(e.kind, e.text_id, e.problems) for e in scores.errors] == [
        ("mismatch", "meeting", ("root", "plover")),
        ("spurious", "accusation", ()),
    ]


# ---------------------------------------------------------------- gold files

GOLD_EVENT = {
    "cameo": "036",
    "plover": "AGREE",
    "status": "planned",
    "source": [{"country": "IND", "sectors": ["GOV"]}],
    "target": [{"country": "BRA", "sectors": ["GOV"]}],
}


def gold_line(**changes: Any) -> str:
    line = {
        "id": "modi-lula",
        "text": "Indian Prime Minister Narendra Modi plans to meet Brazil's President Lula.",
        "published": "2026-02-03",
        "events": [GOLD_EVENT],
        **changes,
    }
    return json.dumps(line)


def test_reads_a_gold_file(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    quiet = gold_line(id="quiet", text="Markets were calm on Monday.", published=None, events=[])
    path.write_text(f"{gold_line()}\n\n{quiet}\n", encoding="utf-8")
    texts = read_event_gold(path)
    assert [(t.id, t.published, len(t.events)) for t in texts] == [
        ("modi-lula", dt.date(2026, 2, 3), 1),
        ("quiet", None, 0),
    ]
    assert texts[0].events[0] == record("036", "IND/GOV", "BRA/GOV", status="planned")
    assert texts[1].origin == f"{path}:3"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        pytest.param("{not json", "not an events gold record", id="not-json"),
        pytest.param(gold_line(events=None), "'events' must be a list", id="events-not-a-list"),
        pytest.param(
            json.dumps({"id": "x", "text": "y"}), "missing field 'events'", id="no-events"
        ),
        pytest.param(
            gold_line(events=[{**GOLD_EVENT, "cameo": 36}]), "unknown CAMEO code 36", id="int-code"
        ),
        pytest.param(
            gold_line(events=[{**GOLD_EVENT, "plover": "MEET"}]),
            "unknown PLOVER type 'MEET'",
            id="unknown-plover-type",
        ),
        pytest.param(
            gold_line(events=[{**GOLD_EVENT, "status": "rumoured"}]),
            "'rumoured' is not a valid EventStatus",
            id="unknown-status",
        ),
        pytest.param(
            gold_line(events=[{**GOLD_EVENT, "source": [{"country": "India"}]}]),
            "ISO alpha-3",
            id="country-name-not-code",
        ),
        pytest.param(
            gold_line(events=[{**GOLD_EVENT, "cameo": None, "plover": None}]),
            "needs a 'cameo' code or a 'plover' type",
            id="no-code-at-all",
        ),
        pytest.param(gold_line(published="03/02/2026"), "Invalid isoformat", id="us-date"),
    ],
)
def test_a_malformed_gold_line_names_file_and_line(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "events.jsonl"
    path.write_text(f"{gold_line()}\n{line}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        read_event_gold(path)
    assert raised.value.location == f"{path}:2"
    assert reason in raised.value.reason


def test_a_missing_gold_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="events gold file not found"):
        read_event_gold(tmp_path / "nope.jsonl")


# ---------------------------------------------------------------- end to end

GOLD_TEXTS = [
    {
        "id": "merz-macron",
        "text": "German Chancellor Friedrich Merz will meet French President Emmanuel Macron "
        "in Paris on Friday.",
        "published": "2026-01-05",
        "events": [
            {
                "cameo": "036",
                "plover": "AGREE",
                "status": "planned",
                "source": [{"country": "DEU", "sectors": ["GOV"]}],
                "target": [{"country": "FRA", "sectors": ["GOV"]}],
            },
            {  # a meeting planned is held by both
                "cameo": "036",
                "plover": "AGREE",
                "status": "planned",
                "source": [{"country": "FRA", "sectors": ["GOV"]}],
                "target": [{"country": "DEU", "sectors": ["GOV"]}],
            },
        ],
    },
    {
        "id": "hun-rou-energy",
        "text": "Hungarian and Romanian officials signed an agreement on cross-border energy "
        "trade on Tuesday.",
        "published": "2026-01-07",
        "events": [
            {
                "cameo": "057",
                "plover": "SUPPORT",
                "status": "asserted",
                "source": [{"country": "HUN", "sectors": ["GOV"]}],
                "target": [{"country": "ROU", "sectors": ["GOV"]}],
            },
            {
                "cameo": "057",
                "plover": "SUPPORT",
                "status": "asserted",
                "source": [{"country": "ROU", "sectors": ["GOV"]}],
                "target": [{"country": "HUN", "sectors": ["GOV"]}],
            },
        ],
    },
    {
        "id": "uk-weather",
        "text": "Heavy rain is expected across much of northern England this weekend.",
        "published": "2026-01-08",
        "events": [],
    },
]


@pytest.fixture(scope="module")
def pipeline(nlp: Language) -> Pipeline:
    return build_pipeline(nlp)


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "events_tiny.jsonl"
    path.write_text("".join(json.dumps(t) + "\n" for t in GOLD_TEXTS), encoding="utf-8")
    return path


def test_evaluate_events_codes_every_gold_text(pipeline: Pipeline, gold_file: Path) -> None:
    scores = evaluate_events(read_event_gold(gold_file), pipeline)
    assert (scores.texts, scores.gold_events, scores.texts_without_events) == (3, 4, 1)
    # one event per dyad of the compound actor, each paired with its gold direction
    assert scores.predicted_events - scores.pairs == scores.false_alarms == 0
    assert scores.attributes.source_country.correct >= 2


def test_cli_prints_json_scores_and_errors(
    pipeline: Pipeline, gold_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, settings=None: pipeline))
    result = runner.invoke(cli.app, ["evaluate", "events", str(gold_file), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["texts"], data["gold_events"], data["texts_without_events"]) == (3, 4, 1)
    assert {"micro_f1", "macro_f1", "classes"} <= set(data["by_root"])
    assert set(data["attributes"]["status"]) == {"correct", "total", "accuracy"}
    assert isinstance(data["errors"], list)


def test_cli_prints_readable_tables(
    pipeline: Pipeline, gold_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, settings=None: pipeline))
    result = runner.invoke(cli.app, ["evaluate", "events", str(gold_file)])
    assert result.exit_code == 0, result.output
    for heading in ("Summary", "By CAMEO root", "By PLOVER type", "status", "False alarms"):
        assert heading in result.stdout
    assert "Type hits" in result.stdout
    assert "By CAMEO base code" not in result.stdout


def test_cli_scores_chosen_base_codes(
    pipeline: Pipeline, gold_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, settings=None: pipeline))
    result = runner.invoke(
        cli.app, ["evaluate", "events", str(gold_file), "--code", "0361", "--code", "173"]
    )
    assert result.exit_code == 0, result.output
    table = result.stdout.split("By CAMEO base code")[1]
    assert "036" in table and "173" in table


def test_cli_reports_a_bad_gold_file_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "events_bad.jsonl"
    path.write_text('{"id": "x", "text": "y"}\n', encoding="utf-8")
    result = runner.invoke(cli.app, ["evaluate", "events", str(path)])
    assert result.exit_code == 1
    assert f"error: [E200] {path}:1: missing field 'events'" in result.stderr
