"""Score the temporal tagger against TIMEX3 gold files, as TempEval-3 does.

Gold format, one JSON object a line::

    {"id": ..., "dct": "YYYY-MM-DD", "timexes": [{"start", "end", "text", "type",
     "value", "mod"}]}

Predicted and gold expressions are paired one to one: strict pairs have identical
offsets, relaxed pairs overlap. Value accuracy is measured on relaxed pairs, and
value F1 = relaxed F1 x value accuracy. Each miss, spurious expression and wrong value
is also listed as a :class:`DateError`, for reading what goes wrong.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from eventwire.errors import InputError, RecordError
from eventwire.models import Article, Timex
from eventwire.time import tag_timexes

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class DateScores:
    """TempEval-3 style scores over a set of articles."""

    documents: int
    gold: int
    predicted: int
    strict_matches: int
    relaxed_matches: int
    value_correct: int
    type_correct: int
    strict_precision: float
    strict_recall: float
    strict_f1: float
    relaxed_precision: float
    relaxed_recall: float
    relaxed_f1: float
    value_accuracy: float
    value_f1: float
    type_accuracy: float
    errors: tuple[DateError, ...] = ()


@dataclass(frozen=True, slots=True)
class DateError:
    """One gold expression missed or valued wrong, or one predicted that gold lacks."""

    article: str
    kind: str  # "missed", "spurious" or "value"
    text: str
    gold: str | None  # gold value (type); None when spurious
    predicted: str | None  # predicted value (type); None when missed

    def describe(self) -> str:
        """One line for a reader: kind, article, text, gold and predicted values."""
        gold = f"  gold {self.gold}" if self.gold else ""
        predicted = f"  predicted {self.predicted}" if self.predicted else ""
        return f"{self.kind} [{self.article}] “{self.text}”{gold}{predicted}"


@dataclass(frozen=True, slots=True)
class _Counts:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def __add__(self, other: _Counts) -> _Counts:
        return _Counts(
            self.gold + other.gold,
            self.predicted + other.predicted,
            self.strict + other.strict,
            self.relaxed + other.relaxed,
            self.value + other.value,
            self.type + other.type,
        )


def _gold_timex(raw: dict[str, Any]) -> GoldTimex:
    return GoldTimex(int(raw["start"]), int(raw["end"]), str(raw["type"]), str(raw["value"]))


def read_gold(path: Path) -> dict[str, list[GoldTimex]]:
    """Gold expressions by article id; a malformed line raises RecordError (file:line)."""
    if not path.is_file():
        raise InputError(f"gold file not found: {path} (expected JSONL with 'id' and 'timexes')")
    gold: dict[str, list[GoldTimex]] = {}
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                gold[str(record["id"])] = [_gold_timex(item) for item in record["timexes"]]
            except (ValueError, KeyError, TypeError) as exc:
                raise RecordError(f"{path}:{number}", f"not a dates gold record ({exc})") from exc
    return gold


def _overlaps(first: Span, second: Span) -> bool:
    return first[0] < second[1] and second[0] < first[1]


def _pair(predicted: Sequence[Timex], gold: Sequence[GoldTimex]) -> list[tuple[Timex, GoldTimex]]:
    """One-to-one relaxed pairs, exact matches first, then by largest overlap."""
    options = [
        (p.start != g.start or p.end != g.end, -(min(p.end, g.end) - max(p.start, g.start)), i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if _overlaps((p.start, p.end), (g.start, g.end))
    ]
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, i, j in sorted(options):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((predicted[i], gold[j]))
    return pairs


def score_document(predicted: Sequence[Timex], gold: Sequence[GoldTimex]) -> _Counts:
    """Counts for one article."""
    pairs = _pair(predicted, gold)
    return _Counts(
        gold=len(gold),
        predicted=len(predicted),
        strict=sum(p.start == g.start and p.end == g.end for p, g in pairs),
        relaxed=len(pairs),
        value=sum(p.value == g.value for p, g in pairs),
        type=sum(p.type == g.type for p, g in pairs),
    )


def document_errors(
    article: Article, predicted: Sequence[Timex], gold: Sequence[GoldTimex]
) -> list[DateError]:
    """What one article's tagging got wrong: misses, spurious expressions, wrong values."""
    pairs = _pair(predicted, gold)
    paired_p = {id(p) for p, _ in pairs}
    paired_g = {id(g) for _, g in pairs}
    errors = [
        DateError(article.id, "missed", _text(article, g), _gold_value(g), None)
        for g in gold
        if id(g) not in paired_g
    ]
    errors += [
        DateError(article.id, "spurious", p.text, None, _predicted_value(p))
        for p in predicted
        if id(p) not in paired_p
    ]
    errors += [
        DateError(article.id, "value", p.text, _gold_value(g), _predicted_value(p))
        for p, g in pairs
        if p.value != g.value
    ]
    return errors


def _text(article: Article, timex: GoldTimex) -> str:
    return article.text[timex.start : timex.end]


def _gold_value(timex: GoldTimex) -> str:
    return f"{timex.value} ({timex.type})"


def _predicted_value(timex: Timex) -> str:
    mod = f" mod {timex.mod}" if timex.mod else ""
    return f"{timex.value} ({timex.type}{mod})"


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _scores(counts: _Counts, documents: int, errors: Sequence[DateError]) -> DateScores:
    strict_p, strict_r = _ratio(counts.strict, counts.predicted), _ratio(counts.strict, counts.gold)
    relaxed_p = _ratio(counts.relaxed, counts.predicted)
    relaxed_r = _ratio(counts.relaxed, counts.gold)
    relaxed_f1 = _f1(relaxed_p, relaxed_r)
    value_accuracy = _ratio(counts.value, counts.relaxed)
    return DateScores(
        documents=documents,
        gold=counts.gold,
        predicted=counts.predicted,
        strict_matches=counts.strict,
        relaxed_matches=counts.relaxed,
        value_correct=counts.value,
        type_correct=counts.type,
        strict_precision=strict_p,
        strict_recall=strict_r,
        strict_f1=_f1(strict_p, strict_r),
        relaxed_precision=relaxed_p,
        relaxed_recall=relaxed_r,
        relaxed_f1=relaxed_f1,
        value_accuracy=value_accuracy,
        value_f1=relaxed_f1 * value_accuracy,
        type_accuracy=_ratio(counts.type, counts.relaxed),
        errors=tuple(errors),
    )


def evaluate_dates(inputs: Iterable[Article], gold_path: Path, nlp: Language) -> DateScores:
    """Tag every input article that has a gold record and score the result.

    Articles without a gold record are skipped; gold records without an input article
    are not counted.
    """
    gold = read_gold(gold_path)
    articles = [article for article in inputs if article.id in gold]
    if not articles:
        raise InputError(f"no input article has an id in {gold_path}: check the two files match")
    total, errors = _Counts(), []
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        predicted = tag_timexes(doc, article.published)
        total += score_document(predicted, gold[article.id])
        errors += document_errors(article, predicted, gold[article.id])
    return _scores(total, len(articles), errors)
