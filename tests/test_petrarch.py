"""Scoring against the PETRARCH validation suite: records, matching levels, real run."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from test_pipeline import build_pipeline

from eventwire.errors import DataFileError
from eventwire.evaluate.petrarch import (
    Coding,
    PetrarchScores,
    ValidationRecord,
    agrees,
    evaluate_petrarch,
    format_petrarch,
    read_records,
    same_actor,
    score_records,
)
from eventwire.pipeline import Pipeline

RECORDS = """\
<Validation>
<!-- a comment between records -->
<Sentences>
<Sentence date="20140312" id="ACC-01" category="VERB" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="1122"></EventCoding>
<Text>
Arnor accused Gondor of torturing
prisoners on Tuesday.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence date="20140312" id="NONE-01" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>The weather in Gondor stayed mild all week.</Text>
</Sentence>
<Sentence date="20140312" id="SKIP-01" category="DEMO" sentence="false">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor is about to restore full diplomatic ties with Gondor.</Text>
</Sentence>
<Sentence date = "20080801" id ="ERR-01" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>MINAS TIRITH: -- Gondor police arrested 40 people.</Text>
</Sentence>
</Sentences>
</Validation>
"""

ACTORS = "GONDOR [GON]\n+MINAS_TIRITH\nARNOR_ [ARN]\n"
AGENTS = "POLICE {} [~COP]\n"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def pipeline(nlp: Language) -> Pipeline:
    return build_pipeline(nlp)


def test_reads_records(tmp_path: Path) -> None:
    records = {r.id: r for r in read_records(_write(tmp_path, "r.xml", RECORDS))}
    accused = records["ACC-01"]
    assert accused.text == "Arnor accused Gondor of torturing prisoners on Tuesday."
    assert accused.expected == (Coding("ARN", "GON", "1122"),)
    assert accused.published is not None and accused.published.isoformat() == "2014-03-12"
    assert records["NONE-01"].expected == () and not records["NONE-01"].skipped
    assert records["SKIP-01"].skipped
    assert records["ERR-01"].error == "dateline" and records["ERR-01"].expected == ()


def test_malformed_xml_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "r.xml", "<Validation>\n<Sentence id='x'>\n</Validation>\n")
    with pytest.raises(DataFileError) as raised:
        read_records(path)
    assert raised.value.location == f"{path}:3"


def test_sentence_without_text_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "r.xml", '<Validation><Sentence id="S-1"></Sentence></Validation>')
    with pytest.raises(DataFileError, match="without <Text>"):
        read_records(path)


@pytest.mark.parametrize(
    ("expected", "predicted", "same"),
    [
        pytest.param("GON", "GON|Gondor", True, id="equal-codes"),
        pytest.param("GON", "GONGOV|the Gondor government", True, id="agent-appended"),
        pytest.param("HOBGOV", "HOBCIV|Sam", True, id="different-agents"),
        pytest.param("GON", "ARN|Arnor", False, id="different-actors"),
        pytest.param('"INJURY TOLL"', "CVL|injury  toll", True, id="quoted-by-text"),
        pytest.param('"INJURY TOLL"', "CVL|the toll", False, id="quoted-other-text"),
        pytest.param("---GOV", "GOV|officials", False, id="null-actor"),
    ],
)
def test_same_actor(expected: str, predicted: str, same: bool) -> None:
    assert same_actor(expected, predicted) is same


@pytest.mark.parametrize(
    ("predicted", "levels"),
    [
        pytest.param(
            Coding("ARN|Arnor", "GON|Gondor", "112"), {"exact", "root", "dyad"}, id="exact"
        ),
        pytest.param(Coding("ARN|Arnor", "GON|Gondor", "111"), {"root", "dyad"}, id="same-root"),
        pytest.param(Coding("ARN|Arnor", "GON|Gondor", "020"), {"dyad"}, id="dyad-only"),
        pytest.param(Coding("GON|Gondor", "ARN|Arnor", "112"), set(), id="reversed"),
    ],
)
def test_agreement_levels(predicted: Coding, levels: set[str]) -> None:
    gold = Coding("ARN", "GON", "112")
    assert {
        level for level in ("exact", "root", "dyad") if agrees(gold, predicted, level)
    } == levels


def _record(expected: tuple[Coding, ...], category: str = "VERB") -> ValidationRecord:
    return ValidationRecord("R", category, None, "text", expected, skipped=False, error=None)


def test_matching_is_one_to_one_and_tightest_first() -> None:
    record = _record((Coding("ARN", "GON", "112"), Coding("ARN", "GON", "111")))
    predicted = [
        Coding("ARN|Arnor", "GON|Gondor", "111"),
        Coding("ARN|Arnor", "GON|Gondor", "112"),
        Coding("ARN|Arnor", "GON|Gondor", "112"),  # a duplicate: one extra
    ]
    total = score_records([record], [predicted]).total
    assert (total.exact, total.root, total.dyad, total.extra) == (2, 2, 2, 1)


def test_events_on_no_event_records_are_extra() -> None:
    scores = score_records(
        [_record((), "DEMO"), _record((Coding("ARN", "GON", "112"),))],
        [[Coding("ARN|Arnor", "GON|Gondor", "040")], []],
        skipped=3,
    )
    assert scores.total.extra == 1 and scores.total.exact == 0
    assert scores.total.share(scores.total.extra) == 1.0
    assert [(c.category, c.extra) for c in scores.by_category] == [("DEMO", 1), ("VERB", 0)]
    assert scores.skipped == 3


def test_format_lines_report_shares() -> None:
    scores = score_records(
        [_record((Coding("ARN", "GON", "112"), Coding("ARN", "GON", "120")))],
        [[Coding("ARN|Arnor", "GON|Gondor", "112")]],
    )
    lines = format_petrarch(scores)
    assert "reproduced exactly (code + source + target): 1/2 = 50.0%" in lines
    assert "extra codings: 0/2 = 0.0%" in lines
    assert any(line.startswith("VERB") for line in lines)


def test_evaluates_a_small_suite(tmp_path: Path, pipeline: Pipeline) -> None:
    scores = evaluate_petrarch(
        _write(tmp_path, "r.xml", RECORDS),
        actors=_write(tmp_path, "actors.txt", ACTORS),
        agents=_write(tmp_path, "agents.txt", AGENTS),
        pipeline=pipeline,
    )
    assert scores.skipped == 1 and scores.total.records == 3
    accused = next(r for r in scores.results if r.record.id == "ACC-01")
    assert accused.exact == 1
    assert (
        pipeline.actors.resolve_document(pipeline.nlp("Gondor protested."), None).all_actors() == []
    )


VALIDATION = Path(__file__).resolve().parent.parent.parent / "shared/dev/petrarch_validation"


@pytest.mark.skipif(not VALIDATION.is_dir(), reason="PETRARCH validation files absent")
def test_validation_suite_floor(pipeline: Pipeline) -> None:
    scores: PetrarchScores = evaluate_petrarch(
        VALIDATION / "PETR.UnitTest.records.xml",
        actors=VALIDATION / "PETR.Validate.actors.txt",
        agents=VALIDATION / "PETR.Validate.agents.txt",
        pipeline=pipeline,
    )
    total = scores.total
    assert total.records + scores.skipped == 284
    # measured: exact 3.7%, same root 5.7%, same dyad 41.8%, extra 17.0% (its synonym
    # tests' "did not clash" are negated clashes, both ways): the suite's codes come from
    # PETRARCH's own verb dictionary, which is not part of the suite
    assert total.share(total.exact) >= 0.03
    assert total.share(total.dyad) >= 0.40
    assert total.share(total.extra) <= 0.18
