"""Scoring of the places stage against gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import DataFileError, InputError
from eventwire.evaluate.places import (
    GoldArticle,
    GoldToponym,
    evaluate_places,
    read_gold,
    score_places,
)
from eventwire.geo import Gazetteer
from eventwire.models import Article, Place, PlacePrecision

runner = CliRunner()
DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "dev"


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return Gazetteer.load(tmp_path_factory.mktemp("gazetteer-cache"))


def _place(start: int, end: int, lat: float, lon: float) -> Place:
    return Place(start, end, "x", "x", None, lat, lon, None, PlacePrecision.CITY)


def test_score_counts_overlaps_ignores_and_distances() -> None:
    gold = GoldArticle(
        "a",
        (GoldToponym(0, 5, "Paris", 48.85, 2.35), GoldToponym(10, 15, "Texas", 31.25, -99.25)),
        ignore=((20, 30),),
    )
    predictions = [
        _place(0, 5, 48.85, 2.35),  # right place, 0 km
        _place(12, 14, 48.85, 2.35),  # overlaps Texas, resolved to Paris: thousands of km off
        _place(22, 25, 0.0, 0.0),  # inside an ignore span: neither right nor wrong
        _place(40, 45, 0.0, 0.0),  # no gold toponym: a false positive
    ]
    scores = score_places([gold], [predictions])
    assert (scores.gold, scores.predicted, scores.found) == (2, 3, 2)
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == 1.0
    assert scores.accuracy_161km == 0.5
    assert scores.median_km > 4000
    assert 0.0 < scores.auc < 1.0


def test_evaluate_places_on_a_tiny_gold_file(
    tmp_path: Path, nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Rescue teams arrived in Nairobi after the floods."
    start = text.index("Nairobi")
    gold = {
        "id": "t1",
        "toponyms": [
            {
                "start": start,
                "end": start + 7,
                "text": "Nairobi",
                "lat": -1.283,
                "lon": 36.817,
                "geonameid": 184745,
                "name": "Nairobi",
                "type": "PPLC",
            }
        ],
        "ignore": [],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    scores = evaluate_places([Article(id="t1", text=text)], path, nlp, gazetteer)
    assert (scores.precision, scores.recall, scores.accuracy_161km) == (1.0, 1.0, 1.0)
    assert scores.median_km < 5


def test_malformed_gold_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "toponyms": []}\n{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"gold\.jsonl:2"):
        read_gold(path)


def test_no_matching_ids_is_an_input_error(
    tmp_path: Path, nlp: Language, gazetteer: Gazetteer
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "toponyms": []}\n', encoding="utf-8")
    with pytest.raises(InputError):
        evaluate_places([Article(id="zzz", text="Nothing.")], path, nlp, gazetteer)


@pytest.mark.skipif(not (DEV / "lgl.gold.jsonl").exists(), reason="dev set not available")
def test_dev_set_floor(nlp: Language, gazetteer: Gazetteer) -> None:
    """A slice of the LGL dev set stays above the measured level (regression floor)."""
    with (DEV / "lgl.input.jsonl").open(encoding="utf-8") as handle:
        records = [json.loads(line) for _, line in zip(range(150), handle, strict=False)]
    articles = [Article(id=r["id"], text=r["text"]) for r in records]
    scores = evaluate_places(articles, DEV / "lgl.gold.jsonl", nlp, gazetteer)
    assert scores.precision >= 0.80
    assert scores.recall >= 0.81
    assert scores.accuracy_161km >= 0.86


def test_cli_scores_with_an_input_file_and_lists_errors(tmp_path: Path) -> None:
    text = "Rescue teams flew from Nairobi to Mombasa after the floods."
    gold = {
        "id": "t1",
        "toponyms": [
            _gold_toponym(text, "Nairobi", -1.283, 36.817),
            _gold_toponym(text, "Mombasa", -33.87, 151.21),  # a wrong gold point: far off
        ],
        "ignore": [],
    }
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    input_path = tmp_path / "texts.jsonl"
    input_path.write_text(json.dumps({"id": "t1", "text": text}) + "\n", encoding="utf-8")
    args = ["evaluate", "places", str(gold_path), "--input", str(input_path), "--errors"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "detection  P 1.000  R 1.000" in result.output
    assert "accuracy within 161 km 0.500" in result.output
    assert (
        "far [t1] “Mombasa”  gold Mombasa (-33.87, 151.21)  predicted Mombasa, KEN" in result.output
    )


def test_cli_refuses_a_missing_input_file(tmp_path: Path) -> None:
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text('{"id": "a", "toponyms": []}\n', encoding="utf-8")
    result = runner.invoke(
        app, ["evaluate", "places", str(gold_path), "--input", str(tmp_path / "none.jsonl")]
    )
    assert result.exit_code == 1
    assert "input file not found" in result.output


def _gold_toponym(text: str, name: str, lat: float, lon: float) -> dict[str, object]:
    start = text.index(name)
    return {"start": start, "end": start + len(name), "text": name, "lat": lat, "lon": lon}


NEWS = Path(__file__).resolve().parent.parent / "eval" / "gold"


def test_news_gold_floor(nlp: Language, gazetteer: Gazetteer) -> None:
    """The team's news gold (141 articles written from the dev README's conventions) stays
    above the measured level (regression floor)."""
    with (NEWS / "places_news.input.jsonl").open(encoding="utf-8") as handle:
        articles = [Article(id=r["id"], text=r["text"]) for r in map(json.loads, handle)]
    scores = evaluate_places(articles, NEWS / "places_news.gold.jsonl", nlp, gazetteer)
    assert scores.precision >= 0.97
    assert scores.recall >= 0.90
    assert scores.accuracy_161km >= 0.95
