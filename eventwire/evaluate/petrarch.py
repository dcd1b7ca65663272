"""The PETRARCH validation suite: read its records, code them, score the codings.

A records file (``PETR.UnitTest.records.xml``) holds ``<Sentence date id category
sentence>`` elements with a ``<Text>`` and the expected ``<EventCoding sourcecode
targetcode eventcode>``; ``noevents`` and ``error`` codings expect no event. Records
with ``sentence="false"`` are marked as not implemented by the suite and are skipped.
``<Config>`` switches of PETRARCH (require_dyad, comma limits) are not read.

Each record becomes one article published on its ``date``, coded by a pipeline whose
actor stage also knows the suite's actor and agent dictionaries. Scores:

* reproduced exactly: an event with the same CAMEO code, source and target;
* same root: the same CAMEO root (first two digits), source and target;
* same dyad: source and target only;
* extra: predicted dyadic events matched to no expected coding, as a share of expected.

Matching is one-to-one per sentence, tightest level first. Actor codes are compared on
their leading three-letter actor part: ``GONGOV`` matches ``GON`` and ``HOBCIV`` matches
``HOBGOV``, because PETRARCH appends agent codes that eventwire spells as its own
sectors. A quoted expected code (``"INJURY TOLL"``, an actor PETRARCH could not code)
matches an event actor with that text. Events without a target are not counted: the
suite codes dyads.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.actors import ActorResolver
from eventwire.actors.tabari import load_tabari
from eventwire.errors import DataFileError
from eventwire.models import Actor, AnnotatedArticle, Article
from eventwire.pipeline import Pipeline

LEVELS = ("exact", "root", "dyad")


@dataclass(frozen=True, slots=True)
class Coding:
    """One event as a (source, target, CAMEO code) triple."""

    source: str
    target: str
    cameo: str


@dataclass(frozen=True, slots=True)
class ValidationRecord:
    id: str
    category: str
    published: dt.date | None
    text: str
    expected: tuple[Coding, ...]
    skipped: bool  # sentence="false": not implemented by the suite itself
    error: str | None  # the discard or error PETRARCH should report instead of events


@dataclass(frozen=True, slots=True)
class RecordResult:
    record: ValidationRecord
    predicted: tuple[Coding, ...]
    exact: int
    root: int  # cumulative: includes the exact matches
    dyad: int  # cumulative: includes the root matches
    extra: int


@dataclass(frozen=True, slots=True)
class CategoryScores:
    """Counts over the scored records of one category (or of all)."""

    category: str
    records: int
    expected: int
    predicted: int
    exact: int
    root: int
    dyad: int
    extra: int

    def share(self, count: int) -> float:
        """``count`` as a share of the expected codings (0 when none are expected)."""
        return count / self.expected if self.expected else 0.0


@dataclass(frozen=True, slots=True)
class PetrarchScores:
    total: CategoryScores
    skipped: int
    by_category: tuple[CategoryScores, ...]
    results: tuple[RecordResult, ...]


def read_records(path: Path) -> tuple[ValidationRecord, ...]:
    """Every ``<Sentence>`` of a PETRARCH validation file, in file order."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise DataFileError(f"{path}:{exc.position[0]}", f"not valid XML ({exc})") from exc
    except OSError as exc:
        raise DataFileError(str(path), f"cannot read the records ({exc})") from exc
    return tuple(_record(element, path) for element in root.iter("Sentence"))


def _record(element: ET.Element, path: Path) -> ValidationRecord:
    where = f"{path}:{element.get('id', '?')}"
    text_element = element.find("Text")
    if text_element is None or not (text_element.text or "").strip():
        raise DataFileError(where, "a <Sentence> without <Text>")
    codings = element.findall("EventCoding")
    error = next((c.get("error") for c in codings if c.get("error")), None)
    expected = tuple(_coding(c, where) for c in codings if c.get("eventcode") is not None)
    return ValidationRecord(
        id=element.get("id", ""),
        category=element.get("category", ""),
        published=_date(element.get("date"), where),
        text=" ".join((text_element.text or "").split()),
        expected=expected,
        skipped=element.get("sentence", "true").strip().lower() == "false",
        error=error,
    )


def _coding(element: ET.Element, where: str) -> Coding:
    source, target = element.get("sourcecode"), element.get("targetcode")
    if source is None or target is None:
        raise DataFileError(where, "an <EventCoding> without sourcecode or targetcode")
    return Coding(source.strip(), target.strip(), (element.get("eventcode") or "").strip())


def _date(text: str | None, where: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.datetime.strptime(text.strip(), "%Y%m%d").date()
    except ValueError as exc:
        raise DataFileError(where, f"date {text!r} is not YYYYMMDD") from exc


def with_dictionaries(pipeline: Pipeline, *, actors: Path, agents: Path) -> Pipeline:
    """The same pipeline whose actor stage also knows the given TABARI dictionaries."""
    dictionary = load_tabari(actors=actors, agents=agents)
    return Pipeline(
        settings=pipeline.settings,
        nlp=pipeline.nlp,
        actors=ActorResolver.load(extra_dictionaries=[dictionary]),
        coder=pipeline.coder,
        gazetteer=pipeline.gazetteer,
        ontology=pipeline.ontology,
    )


def evaluate_petrarch(
    records: Path, *, actors: Path, agents: Path, pipeline: Pipeline
) -> PetrarchScores:
    """Code every record of the validation file and score the codings."""
    suite = read_records(records)
    coder = with_dictionaries(pipeline, actors=actors, agents=agents)
    scored = [record for record in suite if not record.skipped]
    articles = [Article(r.id, r.text, published=r.published) for r in scored]
    annotated = list(coder.annotate(articles))
    return score_records(
        scored, [predicted_codings(a) for a in annotated], skipped=len(suite) - len(scored)
    )


def predicted_codings(annotated: AnnotatedArticle) -> tuple[Coding, ...]:
    """The dyadic events of an annotated article as codings (actor texts kept for quotes)."""
    return tuple(
        Coding(_actor_key(event.source), _actor_key(event.target), event.cameo)
        for event in annotated.events
        if event.source is not None and event.target is not None
    )


def _actor_key(actor: Actor) -> str:
    return f"{actor.code}|{actor.text}"


def score_records(
    records: Sequence[ValidationRecord],
    predictions: Sequence[Sequence[Coding]],
    *,
    skipped: int = 0,
) -> PetrarchScores:
    """Match each record's predicted codings against its expected ones and count."""
    results = tuple(
        _result(record, tuple(predicted))
        for record, predicted in zip(records, predictions, strict=True)
    )
    categories = dict.fromkeys(r.record.category for r in results)
    by_category = tuple(
        _totals(category, [r for r in results if r.record.category == category])
        for category in categories
    )
    return PetrarchScores(_totals("all", results), skipped, by_category, results)


def _result(record: ValidationRecord, predicted: tuple[Coding, ...]) -> RecordResult:
    unmatched_expected = list(record.expected)
    unmatched_predicted = list(predicted)
    counts: dict[str, int] = {}
    for level in LEVELS:
        counts[level] = _match(unmatched_expected, unmatched_predicted, level)
    exact = counts["exact"]
    root = exact + counts["root"]
    return RecordResult(
        record, predicted, exact, root, root + counts["dyad"], len(unmatched_predicted)
    )


def _match(expected: list[Coding], predicted: list[Coding], level: str) -> int:
    """Pair codings that agree at ``level``, removing them from both lists."""
    matched = 0
    for gold in list(expected):
        found = next((p for p in predicted if agrees(gold, p, level)), None)
        if found is not None:
            expected.remove(gold)
            predicted.remove(found)
            matched += 1
    return matched


def agrees(gold: Coding, predicted: Coding, level: str) -> bool:
    """Whether a predicted coding reproduces an expected one at ``level``."""
    if not (
        same_actor(gold.source, predicted.source) and same_actor(gold.target, predicted.target)
    ):
        return False
    if level == "exact":
        return gold.cameo == predicted.cameo
    if level == "root":
        return gold.cameo[:2] == predicted.cameo[:2]
    return True


def same_actor(expected: str, predicted: str) -> bool:
    """Leading three-letter actor parts equal; a quoted expected code matches by text.

    ``predicted`` is ``CODE|mention text`` as :func:`predicted_codings` writes it.
    """
    code, _, text = predicted.partition("|")
    if expected.startswith('"'):
        return " ".join(text.upper().split()) == expected.strip('"').upper()
    return len(expected) >= 3 and code[:3].upper() == expected[:3].upper()


def _totals(category: str, results: Iterable[RecordResult]) -> CategoryScores:
    rows = list(results)
    return CategoryScores(
        category=category,
        records=len(rows),
        expected=sum(len(r.record.expected) for r in rows),
        predicted=sum(len(r.predicted) for r in rows),
        exact=sum(r.exact for r in rows),
        root=sum(r.root for r in rows),
        dyad=sum(r.dyad for r in rows),
        extra=sum(r.extra for r in rows),
    )


def format_petrarch(scores: PetrarchScores) -> list[str]:
    """Plain lines for the CLI: totals, then one line per category."""
    total = scores.total
    lines = [
        f'records scored {total.records}, skipped {scores.skipped} (sentence="false")',
        f"expected codings {total.expected}, predicted dyadic events {total.predicted}",
        f"reproduced exactly (code + source + target): {_share(total, total.exact)}",
        f"same root + source + target: {_share(total, total.root)}",
        f"source + target only: {_share(total, total.dyad)}",
        f"extra codings: {_share(total, total.extra)}",
        "category      records expected  exact   root   dyad  extra",
    ]
    lines.extend(_category_line(row) for row in scores.by_category)
    return lines


def _share(row: CategoryScores, count: int) -> str:
    return f"{count}/{row.expected} = {row.share(count):.1%}"


def _category_line(row: CategoryScores) -> str:
    return (
        f"{row.category:<13} {row.records:>7} {row.expected:>8} {row.exact:>6} "
        f"{row.root:>6} {row.dyad:>6} {row.extra:>6}"
    )
