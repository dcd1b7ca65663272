"""Score the event coder against the team's events gold files.

Gold format, one text a line (``events: []`` is a text that holds no event)::

    {"id", "text", "published": "YYYY-MM-DD"|null, "events": [{"cameo": "036"|null,
     "plover": "AGREE"|null, "status": "planned", "source": [{"country": "JPN",
     "sectors": ["GOV"]}], "target": [...]}]}

How a run is scored:

- Events are dyadic on both sides: the coder writes one event per dyad of a compound
  actor ("Hungarian and Romanian officials"), and so does the gold. A gold actor list
  with several actors is a set of acceptable readings of one actor.
- In each text, predicted and gold events are paired one to one, greedily, preferring
  pairs with the same CAMEO code, then the same root, then the same PLOVER type, then
  the right source, then the right target.
- Three class tables: CAMEO root, PLOVER type and QuadClass. A pair is correct in a table
  when both labels are equal; otherwise the gold label is a false negative and the
  predicted label a false positive. Unpaired gold events are false negatives, unpaired
  predictions false positives. An event without a label in a table is left out of that
  table: events of roots 01 and 02 have no PLOVER type and are not in the PLOVER table,
  and gold events without a CAMEO code are in neither the root nor the QuadClass table.
- On pairs with the same root: status accuracy, and actor accuracy per side. An actor
  is right when its country is among the gold actors' countries (a null country matches
  a null one), its sectors right when it shares a sector with a gold actor or both have
  none; no predicted actor is right only when the gold lists none.
- A fourth class table by CAMEO base code (the first three digits: "0231" counts as
  "023"), for figures on one kind of event such as arrests (173).
- Texts with gold events: a type hit is such a text where some predicted event has the
  PLOVER type (for roots 01 and 02, the root) of one of its gold events, whatever the
  actors: the share of snippets that yield an event of the right family.
- Texts without gold events: a false alarm is such a text with any prediction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from eventwire.errors import DataFileError, InputError
from eventwire.ingest.batch import Annotator
from eventwire.models import Actor, Article, Event, EventStatus
from eventwire.ontology import Ontology

ErrorKind = Literal["missed", "spurious", "mismatch"]
Label = Callable[["EventRecord"], str | None]


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """An actor as scored: its country (ISO alpha-3, null for IGOs) and sectors."""

    country: str | None
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A gold or predicted event reduced to what is scored."""

    cameo: str | None
    plover: str | None
    status: EventStatus
    source: tuple[ActorRecord, ...] = ()
    target: tuple[ActorRecord, ...] = ()
    quad_class: int | None = None
    trigger: str | None = None  # predicted events only

    @property
    def root(self) -> str | None:
        return self.cameo[:2] if self.cameo else None


@dataclass(frozen=True, slots=True)
class GoldText:
    """One line of a gold file; ``origin`` is ``file:line``."""

    id: str
    text: str
    published: dt.date | None
    events: tuple[EventRecord, ...]
    origin: str = ""


@dataclass(frozen=True, slots=True)
class TextMatch:
    """Gold and predicted events of one text, paired one to one."""

    pairs: tuple[tuple[EventRecord, EventRecord], ...]  # (gold, predicted)
    missed: tuple[EventRecord, ...]
    spurious: tuple[EventRecord, ...]


@dataclass(frozen=True, slots=True)
class ClassScore:
    label: str
    support: int  # gold events of the class
    predicted: int
    correct: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class ClassTable:
    """Per-class scores, their micro average and the macro F1 over every class seen."""

    micro_precision: float
    micro_recall: float
    micro_f1: float
    macro_f1: float
    classes: tuple[ClassScore, ...]


@dataclass(frozen=True, slots=True)
class Accuracy:
    correct: int
    total: int

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class CountryErrors:
    """How one side's country goes wrong on pairs with the same CAMEO root: no actor
    predicted where the gold names one, another country, or an actor where it names none."""

    none_predicted: int
    other_country: int
    none_in_gold: int


@dataclass(frozen=True, slots=True)
class AttributeScores:
    """Accuracies on pairs with the same CAMEO root."""

    status: Accuracy
    source_country: Accuracy
    target_country: Accuracy
    source_sectors: Accuracy
    target_sectors: Accuracy
    source_errors: CountryErrors
    target_errors: CountryErrors


@dataclass(frozen=True, slots=True)
class EventError:
    """A missed or spurious event, or a pair that differs in root, type, status or actors."""

    kind: ErrorKind
    text_id: str
    text: str
    gold: EventRecord | None
    predicted: EventRecord | None
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventScores:
    """Every figure of one evaluation run."""

    texts: int
    gold_events: int
    predicted_events: int
    pairs: int
    by_root: ClassTable
    by_plover: ClassTable
    by_quad_class: ClassTable
    by_code: ClassTable
    attributes: AttributeScores
    type_hits: Accuracy
    texts_without_events: int
    false_alarms: int
    false_alarm_rate: float
    errors: tuple[EventError, ...]


# ---------------------------------------------------------------- reading gold files


def read_event_gold(path: Path, ontology: Ontology | None = None) -> list[GoldText]:
    """The texts of an events gold file; a malformed line raises DataFileError (file:line)."""
    if not path.is_file():
        raise InputError(f"events gold file not found: {path} (expected JSONL, one text a line)")
    ontology = ontology or Ontology.load()
    texts = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                texts.append(_gold_text(line, f"{path}:{number}", ontology))
    return texts


def _gold_text(line: str, origin: str, ontology: Ontology) -> GoldText:
    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise ValueError("a line must be a JSON object")
        events = record["events"]
        if not isinstance(events, list):
            raise ValueError("'events' must be a list")
        return GoldText(
            id=_text_field(record, "id"),
            text=_text_field(record, "text"),
            published=_published(record.get("published")),
            events=tuple(_gold_event(item, ontology) for item in events),
            origin=origin,
        )
    except KeyError as exc:
        raise DataFileError(origin, f"missing field {exc}") from exc
    except (ValueError, TypeError) as exc:
        raise DataFileError(origin, f"not an events gold record: {exc}") from exc


def _text_field(record: dict[str, Any], name: str) -> str:
    value = record[name]
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name!r} must be a non-empty string")
    return value


def _published(value: object) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"'published' must be an ISO date or null, not {value!r}")
    return dt.datetime.fromisoformat(value).date()


def _gold_event(raw: object, ontology: Ontology) -> EventRecord:
    if not isinstance(raw, dict):
        raise ValueError(f"an event must be an object, not {raw!r}")
    cameo, plover = raw.get("cameo"), raw.get("plover")
    if cameo is None and plover is None:
        raise ValueError("an event needs a 'cameo' code or a 'plover' type")
    if cameo is not None and (not isinstance(cameo, str) or cameo not in ontology):
        raise ValueError(f"unknown CAMEO code {cameo!r} (codes are strings: '036')")
    if plover is not None and plover not in _plover_types(ontology):
        raise ValueError(f"unknown PLOVER type {plover!r}")
    return EventRecord(
        cameo=cameo,
        plover=plover,
        status=EventStatus(raw["status"]),
        source=_gold_actors(raw.get("source", [])),
        target=_gold_actors(raw.get("target", [])),
        quad_class=ontology.get(cameo).quad_class if cameo else None,
    )


def _plover_types(ontology: Ontology) -> set[str]:
    return {code.plover.type for code in ontology.codes() if code.plover.type}


def _gold_actors(raw: object) -> tuple[ActorRecord, ...]:
    if not isinstance(raw, list):
        raise ValueError(f"'source' and 'target' must be lists, not {raw!r}")
    return tuple(_gold_actor(item) for item in raw)


def _gold_actor(raw: object) -> ActorRecord:
    if not isinstance(raw, dict):
        raise ValueError(f"an actor must be an object, not {raw!r}")
    country, sectors = raw.get("country"), raw.get("sectors", [])
    if country is not None and not (isinstance(country, str) and len(country) == 3):
        raise ValueError(f"an actor's country must be ISO alpha-3 or null, not {country!r}")
    if not isinstance(sectors, list) or not all(isinstance(s, str) for s in sectors):
        raise ValueError(f"an actor's sectors must be a list of codes, not {sectors!r}")
    return ActorRecord(country, tuple(sectors))


# ---------------------------------------------------------------- predicted events


def predicted_records(events: Sequence[Event]) -> list[EventRecord]:
    """Predicted events as scored, one record per coded event (that is, per dyad)."""
    return [_predicted_record(event) for event in events]


def _predicted_record(event: Event) -> EventRecord:
    return EventRecord(
        cameo=event.cameo,
        plover=event.plover.type,
        status=event.status,
        source=_actor_records(event.source),
        target=_actor_records(event.target),
        quad_class=event.quad_class,
        trigger=event.trigger.text,
    )


def _actor_records(actor: Actor | None) -> tuple[ActorRecord, ...]:
    return (ActorRecord(actor.country, actor.sectors),) if actor else ()


# ---------------------------------------------------------------- matching


def countries_right(gold: Sequence[ActorRecord], predicted: Sequence[ActorRecord]) -> bool:
    """Every predicted actor's country is among the gold countries (the gold may list
    several acceptable readings); none predicted is right only when the gold lists none."""
    if not gold or not predicted:
        return not gold and not predicted
    countries = {actor.country for actor in gold}
    return all(actor.country in countries for actor in predicted)


def sectors_right(gold: Sequence[ActorRecord], predicted: Sequence[ActorRecord]) -> bool:
    """Every predicted actor shares a sector with a gold actor, or both have none."""
    if not gold or not predicted:
        return not gold and not predicted
    return all(any(_same_sectors(g, p) for g in gold) for p in predicted)


def _same_sectors(gold: ActorRecord, predicted: ActorRecord) -> bool:
    if not gold.sectors and not predicted.sectors:
        return True
    return bool(set(gold.sectors) & set(predicted.sectors))


def _affinity(gold: EventRecord, predicted: EventRecord) -> tuple[bool, ...]:
    return (
        gold.cameo is not None and gold.cameo == predicted.cameo,
        gold.root is not None and gold.root == predicted.root,
        gold.plover is not None and gold.plover == predicted.plover,
        countries_right(gold.source, predicted.source),
        countries_right(gold.target, predicted.target),
    )


def match_events(gold: Sequence[EventRecord], predicted: Sequence[EventRecord]) -> TextMatch:
    """Pair the events of one text one to one, most alike pairs first."""
    ranked = sorted(
        ((_affinity(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)),
        key=lambda option: (tuple(not same for same in option[0]), option[1], option[2]),
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, i, j in ranked:
        if i not in used_gold and j not in used_predicted:
            used_gold.add(i)
            used_predicted.add(j)
            pairs.append((gold[i], predicted[j]))
    return TextMatch(
        pairs=tuple(pairs),
        missed=tuple(g for i, g in enumerate(gold) if i not in used_gold),
        spurious=tuple(p for j, p in enumerate(predicted) if j not in used_predicted),
    )


# ---------------------------------------------------------------- scoring


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def class_table(matches: Sequence[TextMatch], label: Label) -> ClassTable:
    """Per-class, micro and macro scores of the labels ``label`` gives events."""
    support: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    for match in matches:
        for gold, guess in match.pairs:
            gold_label, guess_label = label(gold), label(guess)
            if gold_label is not None and gold_label == guess_label:
                correct[gold_label] += 1
        support.update(_labels((g for g, _ in match.pairs), match.missed, label=label))
        predicted.update(_labels((p for _, p in match.pairs), match.spurious, label=label))
    classes = tuple(
        _class_score(name, support[name], predicted[name], correct[name])
        for name in sorted(set(support) | set(predicted))
    )
    micro_p = _ratio(sum(correct.values()), sum(predicted.values()))
    micro_r = _ratio(sum(correct.values()), sum(support.values()))
    macro = sum(c.f1 for c in classes) / len(classes) if classes else 0.0
    return ClassTable(micro_p, micro_r, _f1(micro_p, micro_r), macro, classes)


def _labels(*groups: Iterable[EventRecord], label: Label) -> Iterator[str]:
    for group in groups:
        for event in group:
            name = label(event)
            if name is not None:
                yield name


def _class_score(name: str, support: int, predicted: int, correct: int) -> ClassScore:
    precision, recall = _ratio(correct, predicted), _ratio(correct, support)
    return ClassScore(name, support, predicted, correct, precision, recall, _f1(precision, recall))


def _root(event: EventRecord) -> str | None:
    return event.root


def _plover(event: EventRecord) -> str | None:
    return event.plover


def _quad_class(event: EventRecord) -> str | None:
    return str(event.quad_class) if event.quad_class is not None else None


def _base_code(event: EventRecord) -> str | None:
    return event.cameo[:3] if event.cameo else None


def _family(event: EventRecord) -> str | None:
    return event.plover or event.root


def type_hit(match: TextMatch) -> bool:
    """Whether some predicted event of the text has the family of one of its gold events."""
    gold = {_family(g) for g, _ in match.pairs} | {_family(g) for g in match.missed}
    predicted = {_family(p) for _, p in match.pairs} | {_family(p) for p in match.spurious}
    return bool((gold - {None}) & predicted)


def attribute_scores(matches: Sequence[TextMatch]) -> AttributeScores:
    """Status and actor accuracies on the pairs that agree on the CAMEO root."""
    same_root = [(g, p) for match in matches for g, p in match.pairs if g.root and g.root == p.root]

    def accuracy(right: Callable[[EventRecord, EventRecord], bool]) -> Accuracy:
        return Accuracy(sum(right(g, p) for g, p in same_root), len(same_root))

    return AttributeScores(
        status=accuracy(lambda g, p: g.status == p.status),
        source_country=accuracy(lambda g, p: countries_right(g.source, p.source)),
        target_country=accuracy(lambda g, p: countries_right(g.target, p.target)),
        source_sectors=accuracy(lambda g, p: sectors_right(g.source, p.source)),
        target_sectors=accuracy(lambda g, p: sectors_right(g.target, p.target)),
        source_errors=country_errors([(g.source, p.source) for g, p in same_root]),
        target_errors=country_errors([(g.target, p.target) for g, p in same_root]),
    )


def country_errors(
    sides: Sequence[tuple[Sequence[ActorRecord], Sequence[ActorRecord]]],
) -> CountryErrors:
    """Count the wrong countries of one side by how they are wrong."""
    wrong = [(gold, predicted) for gold, predicted in sides if not countries_right(gold, predicted)]
    return CountryErrors(
        none_predicted=sum(1 for gold, predicted in wrong if gold and not predicted),
        other_country=sum(1 for gold, predicted in wrong if gold and predicted),
        none_in_gold=sum(1 for gold, _ in wrong if not gold),
    )


def pair_problems(gold: EventRecord, predicted: EventRecord) -> tuple[str, ...]:
    """What a pair gets wrong: root, plover, status, source, target."""
    checks = (
        ("root", gold.root == predicted.root),
        ("plover", gold.plover == predicted.plover),
        ("status", gold.status == predicted.status),
        ("source", countries_right(gold.source, predicted.source)),
        ("target", countries_right(gold.target, predicted.target)),
    )
    return tuple(name for name, right in checks if not right)


def text_errors(text: GoldText, match: TextMatch) -> list[EventError]:
    """The missed, spurious and mismatched events of one text."""
    found = [EventError("missed", text.id, text.text, g, None) for g in match.missed]
    found += [EventError("spurious", text.id, text.text, None, p) for p in match.spurious]
    for gold, predicted in match.pairs:
        problems = pair_problems(gold, predicted)
        if problems:
            found.append(EventError("mismatch", text.id, text.text, gold, predicted, problems))
    return found


def score_matches(texts: Sequence[GoldText], matches: Sequence[TextMatch]) -> EventScores:
    """Every figure from the paired events of each gold text (in the same order)."""
    empty = [m for t, m in zip(texts, matches, strict=True) if not t.events]
    alarms = sum(bool(m.spurious) for m in empty)
    with_events = [m for t, m in zip(texts, matches, strict=True) if t.events]
    errors = (e for t, m in zip(texts, matches, strict=True) for e in text_errors(t, m))
    return EventScores(
        texts=len(texts),
        gold_events=sum(len(m.pairs) + len(m.missed) for m in matches),
        predicted_events=sum(len(m.pairs) + len(m.spurious) for m in matches),
        pairs=sum(len(m.pairs) for m in matches),
        by_root=class_table(matches, _root),
        by_plover=class_table(matches, _plover),
        by_quad_class=class_table(matches, _quad_class),
        by_code=class_table(matches, _base_code),
        attributes=attribute_scores(matches),
        type_hits=Accuracy(sum(type_hit(m) for m in with_events), len(with_events)),
        texts_without_events=len(empty),
        false_alarms=alarms,
        false_alarm_rate=_ratio(alarms, len(empty)),
        errors=tuple(errors),
    )


def evaluate_events(
    gold: Sequence[GoldText], pipeline: Annotator, *, workers: int = 1
) -> EventScores:
    """Code every gold text with ``pipeline`` and score the events against the gold."""
    articles = [Article(id=t.id, text=t.text, published=t.published) for t in gold]
    annotated = pipeline.annotate(articles, workers=workers)
    matches = [
        match_events(text.events, predicted_records(result.events))
        for text, result in zip(gold, annotated, strict=True)
    ]
    return score_matches(gold, matches)


def event_scores_to_dict(scores: EventScores, *, errors: bool = False) -> dict[str, Any]:
    """A JSON-ready dict of ``scores``; the error list only when ``errors`` is set."""
    data = dataclasses.asdict(scores)
    accuracies = dataclasses.asdict(scores.attributes)
    for name, accuracy in accuracies.items():
        if isinstance(value := getattr(scores.attributes, name), Accuracy):
            accuracy["accuracy"] = value.value
    data["attributes"] = accuracies
    data["type_hits"]["accuracy"] = scores.type_hits.value
    if not errors:
        del data["errors"]
    return data
