"""``eventwire evaluate``: score the coder against gold files.

Mounted on the main app by :mod:`eventwire.cli`. The scoring library and the pipeline
(spaCy) are imported inside the commands, so that ``eventwire --help`` stays fast.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from eventwire.config import Settings
from eventwire.errors import EventwireError

if TYPE_CHECKING:
    from eventwire.evaluate.dates import DateError, DateScores
    from eventwire.evaluate.events import (
        ActorRecord,
        ClassTable,
        EventError,
        EventRecord,
        EventScores,
    )
    from eventwire.evaluate.places import PlaceError, PlaceScores

TEXT_WIDTH = 100
S = TypeVar("S", "DateScores", "PlaceScores")

evaluate_app = typer.Typer(
    help="Score eventwire against gold files.", no_args_is_help=True, add_completion=False
)


@evaluate_app.command("events")
def evaluate_events_command(
    ctx: typer.Context,
    gold_files: Annotated[
        list[Path], typer.Argument(help="events gold JSONL files, one text a line")
    ],
    show_errors: Annotated[
        bool, typer.Option("--errors", help="list missed, spurious and mismatched events")
    ] = False,
    codes: Annotated[
        list[str] | None,
        typer.Option("--code", help="also score this CAMEO base code (e.g. 173); repeatable"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Code the gold texts and score events by CAMEO root, PLOVER type, status and actors."""
    try:
        scores = _score(gold_files, _settings(ctx))
    except EventwireError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    if as_json:
        from eventwire.evaluate.events import event_scores_to_dict

        typer.echo(json.dumps(event_scores_to_dict(scores, errors=show_errors)))
        return
    console = Console(width=160)
    _print_scores(console, scores)
    if codes:
        console.print(_code_table(scores.by_code, codes))
    if show_errors:
        _print_errors(console, scores.errors)


@evaluate_app.command("petrarch")
def evaluate_petrarch_command(
    ctx: typer.Context,
    records: Annotated[Path, typer.Argument(help="PETRARCH validation records (XML)")],
    actors: Annotated[Path, typer.Option("--actors", help="PETRARCH/TABARI actor dictionary")],
    agents: Annotated[Path, typer.Option("--agents", help="PETRARCH/TABARI agent dictionary")],
) -> None:
    """Share of a PETRARCH validation suite's expected codings that eventwire reproduces."""
    from eventwire.evaluate.petrarch import evaluate_petrarch, format_petrarch
    from eventwire.pipeline import Pipeline

    try:
        scores = evaluate_petrarch(
            records, actors=actors, agents=agents, pipeline=Pipeline.load(_settings(ctx))
        )
    except EventwireError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    for line in format_petrarch(scores):
        typer.echo(line)


InputOption = Annotated[
    Path | None,
    typer.Option(
        "--input",
        help="eventwire input with the gold's ids and texts (default: NAME.input.jsonl beside "
        "NAME.gold.jsonl, else texts in the gold records)",
    ),
]
ErrorsOption = Annotated[
    bool, typer.Option("--errors", help="list missed, spurious and wrongly resolved items")
]
JsonOption = Annotated[bool, typer.Option("--json", help="print JSON")]


@evaluate_app.command("dates")
def evaluate_dates_command(
    gold_file: Annotated[Path, typer.Argument(help="TIMEX3 gold JSONL, one article a line")],
    input_file: InputOption = None,
    show_errors: ErrorsOption = False,
    as_json: JsonOption = False,
) -> None:
    """Tag dates in the gold's texts and score them as TempEval-3 does."""
    from eventwire.evaluate._inputs import gold_inputs
    from eventwire.evaluate.dates import evaluate_dates
    from eventwire.nlp import load_model

    def score() -> DateScores:
        return evaluate_dates(gold_inputs(gold_file, input_file), gold_file, load_model())

    _report(score, _date_lines, show_errors=show_errors, as_json=as_json)


@evaluate_app.command("places")
def evaluate_places_command(
    gold_file: Annotated[Path, typer.Argument(help="toponym gold JSONL, one article a line")],
    input_file: InputOption = None,
    show_errors: ErrorsOption = False,
    as_json: JsonOption = False,
) -> None:
    """Find and resolve places in the gold's texts and score detection and distance."""
    from eventwire.evaluate._inputs import gold_inputs
    from eventwire.evaluate.places import evaluate_places
    from eventwire.geo import Gazetteer
    from eventwire.nlp import load_model

    def score() -> PlaceScores:
        articles = gold_inputs(gold_file, input_file)
        return evaluate_places(articles, gold_file, load_model(), Gazetteer.load())

    _report(score, _place_lines, show_errors=show_errors, as_json=as_json)


def _report(
    score: Callable[[], S],
    lines: Callable[[S], list[str]],
    *,
    show_errors: bool,
    as_json: bool,
) -> None:
    """Run a scoring, turn its errors into a message and exit 1, and print the scores as
    lines or JSON, with the listed errors when asked."""
    try:
        scores = score()
    except EventwireError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps(_as_dict(scores, show_errors)))
        return
    for line in lines(scores):
        typer.echo(line)
    if show_errors:
        _echo_errors(scores.errors)


def _as_dict(scores: DateScores | PlaceScores, with_errors: bool) -> dict[str, object]:
    fields = dataclasses.asdict(scores)
    if not with_errors:
        del fields["errors"]
    return fields


def _date_lines(scores: DateScores) -> list[str]:
    return [
        f"{scores.documents} documents, {scores.gold} gold expressions, "
        f"{scores.predicted} predicted",
        f"relaxed span  P {scores.relaxed_precision:.3f}  R {scores.relaxed_recall:.3f}  "
        f"F1 {scores.relaxed_f1:.3f}",
        f"strict span   P {scores.strict_precision:.3f}  R {scores.strict_recall:.3f}  "
        f"F1 {scores.strict_f1:.3f}",
        f"value accuracy {scores.value_accuracy:.3f}  value F1 {scores.value_f1:.3f}  "
        f"type accuracy {scores.type_accuracy:.3f}",
    ]


def _place_lines(scores: PlaceScores) -> list[str]:
    return [
        f"{scores.articles} articles, {scores.gold} gold toponyms, {scores.predicted} "
        f"predicted, {scores.found} found",
        f"detection  P {scores.precision:.3f}  R {scores.recall:.3f}  F1 {scores.f1:.3f}",
        f"accuracy within 161 km {scores.accuracy_161km:.3f}  median {scores.median_km:.1f} km"
        f"  mean {scores.mean_km:.1f} km  AUC {scores.auc:.3f}",
    ]


def _echo_errors(errors: Sequence[DateError | PlaceError]) -> None:
    typer.echo(f"errors ({len(errors)})")
    for error in errors:
        typer.echo(error.describe())


def _settings(ctx: typer.Context) -> Settings:
    return ctx.obj if isinstance(ctx.obj, Settings) else Settings()


def _score(gold_files: Sequence[Path], settings: Settings) -> EventScores:
    from eventwire.evaluate.events import evaluate_events, read_event_gold
    from eventwire.pipeline import Pipeline

    gold = [text for path in gold_files for text in read_event_gold(path)]
    return evaluate_events(gold, Pipeline.load(settings), workers=settings.workers)


def _print_scores(console: Console, scores: EventScores) -> None:
    from eventwire.ontology import Ontology

    ontology = Ontology.load()
    console.print(
        f"[bold]{scores.texts}[/] texts, {scores.gold_events} gold events, "
        f"{scores.predicted_events} predicted, {scores.pairs} paired"
    )
    console.print(_summary_table(scores))
    console.print(
        _class_table("By CAMEO root", "root", scores.by_root, lambda r: ontology.get(r).name)
    )
    console.print(_class_table("By PLOVER type (roots 01, 02 left out)", "type", scores.by_plover))
    console.print(_class_table("By QuadClass", "quad", scores.by_quad_class))
    console.print(_attribute_table(scores))
    hits = scores.type_hits
    console.print(
        f"Type hits: {hits.correct} of {hits.total} texts with events have an event of a "
        f"gold type ({hits.value:.1%})"
    )
    console.print(
        f"False alarms: {scores.false_alarms} of {scores.texts_without_events} texts "
        f"without events ({scores.false_alarm_rate:.1%})"
    )


def _summary_table(scores: EventScores) -> Table:
    table = Table("table", "micro P", "micro R", "micro F1", "macro F1", title="Summary")
    table.title_justify = "left"
    for name, scored in (
        ("CAMEO root", scores.by_root),
        ("PLOVER type", scores.by_plover),
        ("QuadClass", scores.by_quad_class),
    ):
        table.add_row(
            name,
            *(
                _number(v)
                for v in (
                    scored.micro_precision,
                    scored.micro_recall,
                    scored.micro_f1,
                    scored.macro_f1,
                )
            ),
        )
    return table


def _class_table(
    title: str, header: str, scored: ClassTable, name: Callable[[str], str] | None = None
) -> Table:
    columns = (header, *(("name",) if name else ()), "gold", "pred", "right", "P", "R", "F1")
    table = Table(*columns, title=title, title_justify="left")
    for row in scored.classes:
        table.add_row(
            row.label,
            *((name(row.label),) if name else ()),
            str(row.support),
            str(row.predicted),
            str(row.correct),
            _number(row.precision),
            _number(row.recall),
            _number(row.f1),
        )
    return table


def _code_table(scored: ClassTable, codes: Sequence[str]) -> Table:
    """The rows of the base-code table for ``codes`` (zero rows for codes never seen)."""
    from eventwire.evaluate.events import ClassScore

    rows = {row.label: row for row in scored.classes}
    chosen = [rows.get(code[:3], ClassScore(code[:3], 0, 0, 0, 0.0, 0.0, 0.0)) for code in codes]
    selected = dataclasses.replace(scored, classes=tuple(chosen))
    return _class_table("By CAMEO base code", "code", selected)


def _attribute_table(scores: EventScores) -> Table:
    table = Table("attribute", "right", "of", "accuracy", title="On pairs with the same root")
    table.title_justify = "left"
    attributes = scores.attributes
    for name, accuracy in (
        ("status", attributes.status),
        ("source country", attributes.source_country),
        ("target country", attributes.target_country),
        ("source sectors", attributes.source_sectors),
        ("target sectors", attributes.target_sectors),
    ):
        table.add_row(name, str(accuracy.correct), str(accuracy.total), _number(accuracy.value))
    table.caption = "wrong countries: " + "; ".join(
        f"{side} {errors.none_predicted} none predicted, {errors.other_country} another "
        f"country, {errors.none_in_gold} where the gold has none"
        for side, errors in (
            ("source", attributes.source_errors),
            ("target", attributes.target_errors),
        )
    )
    table.caption_justify = "left"
    return table


def _number(value: float) -> str:
    return f"{value:.3f}"


def _print_errors(console: Console, errors: Sequence[EventError]) -> None:
    console.print(f"[bold]Errors[/] ({len(errors)})")
    for error in errors:
        what = f"{error.kind} [{error.text_id}]"
        if error.problems:
            what += f" wrong {', '.join(error.problems)}"
        console.print(what, markup=False, soft_wrap=True)
        if error.gold is not None:
            console.print(f"    gold: {_describe(error.gold)}", markup=False, soft_wrap=True)
        if error.predicted is not None:
            console.print(f"    pred: {_describe(error.predicted)}", markup=False, soft_wrap=True)
        console.print(f"    “{_shorten(error.text)}”", markup=False, soft_wrap=True)


def _describe(event: EventRecord) -> str:
    trigger = f" “{event.trigger}”" if event.trigger else ""
    return (
        f"{event.cameo or '-'} {event.plover or '-'} {event.status.value}{trigger}: "
        f"{_actors(event.source)} -> {_actors(event.target)}"
    )


def _actors(actors: Sequence[ActorRecord]) -> str:
    if not actors:
        return "none"
    return " + ".join(
        f"{a.country or '-'}{'/' if a.sectors else ''}{','.join(a.sectors)}" for a in actors
    )


def _shorten(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= TEXT_WIDTH else flat[: TEXT_WIDTH - 1] + "…"
