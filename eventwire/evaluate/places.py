"""Scoring toponym detection and resolution against a gold file.

Gold format (one article a line)::

    {"id", "toponyms": [{"start", "end", "text", "lat", "lon", "geonameid", ...}],
     "ignore": [{"start", "end", "text"}]}

Detection is scored by overlap: a gold toponym is found when a predicted place overlaps it, a
prediction is right when it overlaps a gold toponym, and a prediction overlapping an
``ignore`` span is neither right nor wrong. Resolution is scored on found toponyms by the
distance from the predicted to the gold coordinate: accuracy within 161 km (100 miles),
median and mean km, and AUC, the mean of ln(1 + km) / ln(20039) (0 is perfect, 1 is the
antipode; the area under the sorted-error curve of Gritta et al. reduces to this mean).
Each missed or spurious toponym, and each one resolved more than 161 km away, is also
listed as a :class:`PlaceError`.
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from eventwire.errors import DataFileError, InputError
from eventwire.geo import Gazetteer, find_places
from eventwire.geo._resolve import distance_km
from eventwire.models import Article, Place

ACCURACY_KM = 161.0
_MAX_KM = 20039.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float
    lon: float
    name: str = ""


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    toponyms: tuple[GoldToponym, ...]
    ignore: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class PlaceScores:
    """Detection and resolution scores of one evaluation run."""

    articles: int
    gold: int
    predicted: int  # predictions outside ignore spans
    found: int  # gold toponyms overlapped by a prediction
    correct_predictions: int  # predictions overlapping a gold toponym
    precision: float
    recall: float
    f1: float
    accuracy_161km: float
    median_km: float
    mean_km: float
    auc: float
    errors: tuple[PlaceError, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceError:
    """A gold toponym missed or resolved too far away, or a predicted place gold lacks."""

    article: str
    kind: str  # "missed", "spurious" or "far"
    text: str
    gold: str | None  # gold name and coordinate
    predicted: str | None  # predicted name, country and coordinate
    km: float | None = None

    def describe(self) -> str:
        """One line for a reader: kind, article, text, gold and predicted places, distance."""
        gold = f"  gold {self.gold}" if self.gold else ""
        predicted = f"  predicted {self.predicted}" if self.predicted else ""
        km = f"  {self.km:.0f} km off" if self.km is not None else ""
        return f"{self.kind} [{self.article}] “{self.text}”{gold}{predicted}{km}"


def read_gold(path: Path) -> dict[str, GoldArticle]:
    """Gold articles by id; a malformed line raises :class:`DataFileError` with its line."""
    gold: dict[str, GoldArticle] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                article = _gold_article(line, f"{path}:{number}")
                gold[article.id] = article
    return gold


def _gold_article(line: str, location: str) -> GoldArticle:
    try:
        record = json.loads(line)
        toponyms = tuple(
            GoldToponym(
                int(t["start"]),
                int(t["end"]),
                str(t["text"]),
                float(t["lat"]),
                float(t["lon"]),
                str(t.get("name") or t["text"]),
            )
            for t in record["toponyms"]
        )
        ignore = tuple((int(s["start"]), int(s["end"])) for s in record.get("ignore", []))
        return GoldArticle(str(record["id"]), toponyms, ignore)
    except (ValueError, KeyError, TypeError) as exc:
        raise DataFileError(location, f"not a places gold record ({exc!r})") from exc


def evaluate_places(
    inputs: Iterable[Article], gold_path: Path, nlp: Language, gazetteer: Gazetteer
) -> PlaceScores:
    """Run the places stage over ``inputs`` and score it against ``gold_path``."""
    gold = read_gold(gold_path)
    articles = [article for article in inputs if article.id in gold]
    if not articles:
        raise InputError(f"no input article has an id in {gold_path}: check the two files match")
    predictions = [find_places(doc, gazetteer) for doc in nlp.pipe(a.text for a in articles)]
    return score_places([gold[a.id] for a in articles], predictions)


def score_places(
    gold: Sequence[GoldArticle], predictions: Sequence[Sequence[Place]]
) -> PlaceScores:
    """Scores of predicted places against gold, article by article."""
    distances: list[float] = []
    errors: list[PlaceError] = []
    predicted = correct = 0
    for article, places in zip(gold, predictions, strict=True):
        kept = [p for p in places if not any(_overlaps(p, s) for s in article.ignore)]
        predicted += len(kept)
        right = [p for p in kept if any(_overlaps(p, (t.start, t.end)) for t in article.toponyms)]
        correct += len(right)
        errors += [_spurious(article, p) for p in kept if p not in right]
        for toponym in article.toponyms:
            match = next((p for p in kept if _overlaps(p, (toponym.start, toponym.end))), None)
            if match is None:
                errors.append(PlaceError(article.id, "missed", toponym.text, _gold(toponym), None))
                continue
            km = distance_km(match.lat, match.lon, toponym.lat, toponym.lon)
            distances.append(km)
            if km > ACCURACY_KM:
                errors.append(_far(article, toponym, match, km))
    total = sum(len(a.toponyms) for a in gold)
    found = len(distances)
    return _scores(len(gold), total, predicted, found, correct, distances, errors)


def _gold(toponym: GoldToponym) -> str:
    return f"{toponym.name} ({toponym.lat:.2f}, {toponym.lon:.2f})"


def _predicted(place: Place) -> str:
    return f"{place.name}, {place.country or '?'} ({place.lat:.2f}, {place.lon:.2f})"


def _spurious(article: GoldArticle, place: Place) -> PlaceError:
    return PlaceError(article.id, "spurious", place.text, None, _predicted(place))


def _far(article: GoldArticle, toponym: GoldToponym, place: Place, km: float) -> PlaceError:
    return PlaceError(article.id, "far", toponym.text, _gold(toponym), _predicted(place), km)


def _overlaps(place: Place, span: tuple[int, int]) -> bool:
    return place.start < span[1] and span[0] < place.end


def _scores(
    articles: int,
    gold: int,
    predicted: int,
    found: int,
    correct: int,
    distances: list[float],
    errors: Sequence[PlaceError],
) -> PlaceScores:
    precision = correct / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if distances:
        accuracy = sum(1 for d in distances if d <= ACCURACY_KM) / len(distances)
        median, mean = statistics.median(distances), statistics.fmean(distances)
        auc = statistics.fmean(math.log1p(d) / math.log(_MAX_KM) for d in distances)
    else:
        accuracy = median = mean = auc = 0.0
    return PlaceScores(
        articles,
        gold,
        predicted,
        found,
        correct,
        precision,
        recall,
        f1,
        accuracy,
        median,
        mean,
        auc,
        tuple(errors),
    )
