"""TempEval-3 style scoring of the temporal tagger."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import InputError, RecordError
from eventwire.evaluate.dates import evaluate_dates
from eventwire.models import Article

TEXT = "Talks resumed on Tuesday and will continue for two weeks, officials said."
PUBLISHED = dt.date(2026, 1, 9)


def _gold_file(tmp_path: Path, timexes: list[dict[str, object]]) -> Path:
    path = tmp_path / "gold.jsonl"
    record = {"id": "a1", "dct": PUBLISHED.isoformat(), "timexes": timexes}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def _timex(text: str, kind: str, value: str, *, pad: int = 0) -> dict[str, object]:
    start = TEXT.index(text) - pad
    return {
        "start": start,
        "end": start + len(text) + pad,
        "text": text,
        "type": kind,
        "value": value,
        "mod": None,
    }


runner = CliRunner()
ARTICLE = Article(id="a1", text=TEXT, published=PUBLISHED)


def test_perfect_match(nlp: Language, tmp_path: Path) -> None:
    gold = _gold_file(
        tmp_path, [_timex("Tuesday", "DATE", "2026-01-06"), _timex("two weeks", "DURATION", "P2W")]
    )
    scores = evaluate_dates([ARTICLE], gold, nlp)
    assert (scores.gold, scores.predicted, scores.strict_matches) == (2, 2, 2)
    assert scores.strict_f1 == scores.relaxed_f1 == scores.value_f1 == 1.0


def test_relaxed_overlap_and_wrong_value(nlp: Language, tmp_path: Path) -> None:
    gold = _gold_file(
        tmp_path,
        [_timex("Tuesday", "DATE", "2025-12-30", pad=3), _timex("two weeks", "DURATION", "P2W")],
    )
    scores = evaluate_dates([ARTICLE], gold, nlp)
    assert (scores.strict_matches, scores.relaxed_matches, scores.value_correct) == (1, 2, 1)
    assert scores.strict_f1 == pytest.approx(0.5)
    assert scores.value_accuracy == pytest.approx(0.5)
    assert scores.value_f1 == pytest.approx(scores.relaxed_f1 * 0.5)


def test_missed_gold_lowers_recall_only(nlp: Language, tmp_path: Path) -> None:
    extra = {"start": 0, "end": 5, "text": "Talks", "type": "DATE", "value": "X", "mod": None}
    gold = _gold_file(
        tmp_path,
        [_timex("Tuesday", "DATE", "2026-01-06"), _timex("two weeks", "DURATION", "P2W"), extra],
    )
    scores = evaluate_dates([ARTICLE], gold, nlp)
    assert scores.relaxed_precision == 1.0
    assert scores.relaxed_recall == pytest.approx(2 / 3)


def test_articles_without_gold_are_skipped(nlp: Language, tmp_path: Path) -> None:
    gold = _gold_file(tmp_path, [_timex("Tuesday", "DATE", "2026-01-06")])
    other = Article(id="other", text="Yesterday it rained.", published=PUBLISHED)
    scores = evaluate_dates([ARTICLE, other], gold, nlp)
    assert scores.documents == 1


def test_missing_gold_file(nlp: Language, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="gold file not found"):
        evaluate_dates([ARTICLE], tmp_path / "nope.jsonl", nlp)


def test_malformed_gold_line_names_the_line(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a1", "timexes": []}\n{"id": "a2"}\n', encoding="utf-8")
    with pytest.raises(RecordError, match=r"gold\.jsonl:2"):
        evaluate_dates([ARTICLE], path, nlp)


DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "dev"


@pytest.mark.skipif(not (DEV / "timebank.gold.jsonl").exists(), reason="no dev set")
def test_timebank_dev_floor(nlp: Language) -> None:
    articles = []
    with (DEV / "timebank.input.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            published = record.get("published")
            articles.append(
                Article(
                    id=record["id"],
                    text=record["text"],
                    published=dt.date.fromisoformat(published) if published else None,
                )
            )
    scores = evaluate_dates(articles, DEV / "timebank.gold.jsonl", nlp)
    assert scores.relaxed_f1 >= 0.88
    assert scores.value_f1 >= 0.73


def _cli_gold(tmp_path: Path, name: str, *, with_text: bool = False) -> Path:
    gold = {
        "id": "a1",
        "dct": PUBLISHED.isoformat(),
        "timexes": [
            _timex("Tuesday", "DATE", "2026-01-13"),
            _timex("two weeks", "DURATION", "P2W"),
        ],
    }
    if with_text:
        gold["text"] = TEXT
    path = tmp_path / name
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    return path


def test_cli_finds_the_input_beside_the_gold_and_lists_errors(tmp_path: Path) -> None:
    gold = _cli_gold(tmp_path, "news.gold.jsonl")
    article = {"id": "a1", "text": TEXT, "published": PUBLISHED.isoformat()}
    (tmp_path / "news.input.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "dates", str(gold), "--errors"])
    assert result.exit_code == 0, result.output
    assert "value accuracy 0.500" in result.output
    assert (
        "value [a1] “Tuesday”  gold 2026-01-13 (DATE)  predicted 2026-01-06 (DATE)" in result.output
    )


def test_cli_reads_texts_from_the_gold_and_prints_json(tmp_path: Path) -> None:
    gold = _cli_gold(tmp_path, "plain.jsonl", with_text=True)
    result = runner.invoke(app, ["evaluate", "dates", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert (scores["gold"], scores["relaxed_matches"], scores["value_correct"]) == (2, 2, 1)
    assert "errors" not in scores


def test_cli_without_texts_says_how_to_give_them(tmp_path: Path) -> None:
    gold = _cli_gold(tmp_path, "plain.jsonl")
    result = runner.invoke(app, ["evaluate", "dates", str(gold)])
    assert result.exit_code == 1
    assert "pass --input INPUT.jsonl" in result.output
