"""The ``eventwire`` command: thin typer commands over the library functions.

Bad input never stops a batch: every skipped record or warning is printed to stderr as
``file:line: skipped|warning: reason``; the exit code is non-zero only when no article
could be read. Any :class:`~eventwire.errors.EventwireError` becomes its message on
stderr and exit code 1, without a traceback.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TextIO, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from eventwire.cli_evaluate import evaluate_app
from eventwire.cli_scale import EngineOption, annotate_on_ray, load, ray_annotator
from eventwire.config import Settings
from eventwire.dedup import DedupRules
from eventwire.engines import Engine
from eventwire.errors import EventwireError
from eventwire.export import ExportFormat, export_store, write_csv
from eventwire.ingest import (
    BatchCounts,
    ReadIssue,
    annotate_batch,
    expected_articles,
    ingest_batch,
    read_articles,
)
from eventwire.ingest.batch import Annotator
from eventwire.models import AnnotatedArticle, Article, EventStatus
from eventwire.ontology import Ontology
from eventwire.store import EventFilter, Store, StoredEvent, StoredMention, StoreStats

if TYPE_CHECKING:
    from eventwire.bench import BenchResult

P = ParamSpec("P")
R = TypeVar("R")

SUMMARY_EXAMPLES = 5
SENTENCE_WIDTH = 90


class EventFormat(StrEnum):
    """Output formats of ``eventwire events``."""

    TABLE = "table"
    JSONL = "jsonl"
    CSV = "csv"


app = typer.Typer(
    help="News articles in, dated, geolocated, CAMEO/PLOVER-coded political events out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(evaluate_app, name="evaluate")

InputFiles = Annotated[
    list[Path],
    typer.Argument(
        help="input files or folders: JSONL (also .gz, .zst), .txt, .html, .rss/.atom/.xml, "
        ".warc(.gz); - reads JSONL from stdin"
    ),
]
DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="SQLite database (default: eventwire.db or $EVENTWIRE_DB)"),
]
ActorsOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--actors",
        help="actor dictionary: .yaml/.yml or .csv (eventwire), else PETRARCH/TABARI (repeatable)",
    ),
]
AgentsOption = Annotated[
    list[Path] | None,
    typer.Option("--agents", help="PETRARCH/TABARI agent dictionary (repeatable)"),
]
WorkersOption = Annotated[
    int | None, typer.Option("--workers", min=1, help="worker processes (default: all cores)")
]


def clean_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn an ``EventwireError`` into its message on stderr and exit code 1."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except EventwireError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None

    return run


@app.callback()
def main(
    ctx: typer.Context,
    config: Annotated[
        Path | None, typer.Option("--config", help="TOML settings file (see Settings)")
    ] = None,
) -> None:
    """Settings come from defaults, then --config, then EVENTWIRE_* variables, then options."""
    try:
        settings = Settings.from_file(config) if config else Settings()
        ctx.obj = Settings.from_env(os.environ, base=settings)
    except EventwireError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


def load_pipeline(settings: Settings) -> Annotator:
    """The coding pipeline; imported here so that store commands start without spaCy."""
    from eventwire.pipeline import Pipeline

    return Pipeline.load(settings)


class _LazyPipeline:
    """Loads the pipeline on the first article to code, so that re-ingesting a corpus
    that is already stored (or reading a file of bad records) never loads spaCy."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def annotate(
        self, articles: Iterable[Article], *, workers: int = 1
    ) -> Iterator[AnnotatedArticle]:
        pending = iter(articles)
        first = next(pending, None)
        if first is None:
            return
        pipeline = load_pipeline(self._settings)
        yield from pipeline.annotate(itertools.chain([first], pending), workers=workers)


def _settings(ctx: typer.Context, **overrides: Any) -> Settings:
    base = ctx.obj if isinstance(ctx.obj, Settings) else Settings()
    return base.with_overrides(**overrides)


@app.command()
@clean_errors
def annotate(
    ctx: typer.Context,
    inputs: InputFiles,
    output: Annotated[
        Path, typer.Option("-o", "--output", help="JSONL output, - for stdout (ray: a folder)")
    ],
    workers: WorkersOption = None,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    engine: EngineOption = Engine.LOCAL,
) -> None:
    """Code articles and write one annotated JSON line per accepted article."""
    settings = _settings(ctx, workers=workers, actor_dictionaries=actors, agent_dictionaries=agents)
    if engine is Engine.RAY:
        with _progress("annotating", expected_articles(inputs)) as (report, advance):
            counts = annotate_on_ray(settings, inputs, output, on_issue=report, on_done=advance)
        line = f"annotated {counts.read} articles, {counts.events} events -> {output}"
        return _finish_batch(counts, inputs, line)
    from eventwire.serialize import annotated_to_dict

    pipeline = _LazyPipeline(settings)
    expected = expected_articles(inputs)
    with _open_output(output) as out, _progress("annotating", expected) as (report, advance):

        def write(annotated: AnnotatedArticle) -> None:
            out.write(json.dumps(annotated_to_dict(annotated), ensure_ascii=False) + "\n")
            advance()

        counts = annotate_batch(
            read_articles(inputs, max_chars=settings.max_article_chars),
            pipeline,
            on_issue=report,
            on_annotated=write,
            workers=settings.workers,
        )
    _finish_batch(counts, inputs, f"annotated {counts.read} articles, {counts.events} events")


@app.command()
@clean_errors
def ingest(
    ctx: typer.Context,
    inputs: InputFiles,
    db: DbOption = None,
    workers: WorkersOption = None,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    engine: EngineOption = Engine.LOCAL,
) -> None:
    """Code articles and store them; articles already stored are not coded again."""
    settings = _settings(
        ctx, db=db, workers=workers, actor_dictionaries=actors, agent_dictionaries=agents
    )
    with Store.open(settings.db, rules=DedupRules.from_settings(settings)) as store:
        pipeline = ray_annotator(settings) if engine is Engine.RAY else _LazyPipeline(settings)
        with _progress("ingesting", expected_articles(inputs)) as (report, advance):
            counts = ingest_batch(
                read_articles(inputs, max_chars=settings.max_article_chars),
                pipeline,
                store,
                on_issue=report,
                on_annotated=lambda _: advance(),
                workers=settings.workers,
            )
    line = (
        f"read {counts.read}, skipped-bad {counts.skipped}, already stored "
        f"{counts.already_stored}, new {counts.new}, events {counts.events} -> {settings.db}"
    )
    _finish_batch(counts, inputs, line)


app.command("load")(clean_errors(load))


@app.command()
@clean_errors
def events(
    ctx: typer.Context,
    db: DbOption = None,
    source: Annotated[
        str | None, typer.Option(help="source country or code prefix: JPN, USAMIL")
    ] = None,
    target: Annotated[str | None, typer.Option(help="target country or code prefix")] = None,
    cameo: Annotated[str | None, typer.Option(help="CAMEO code prefix: 04, 036")] = None,
    status: Annotated[EventStatus | None, typer.Option(case_sensitive=False)] = None,
    since: Annotated[
        dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="event date on or after")
    ] = None,
    until: Annotated[
        dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="event date on or before")
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="at most this many events")] = None,
    output_format: Annotated[EventFormat, typer.Option("--format")] = EventFormat.TABLE,
) -> None:
    """List stored events, filtered by actors, CAMEO code, status and date."""
    filters = EventFilter(
        source=source,
        target=target,
        cameo=cameo,
        status=status,
        limit=limit,
        since=since.date() if since else None,
        until=until.date() if until else None,
    )
    with Store.open(_settings(ctx, db=db).db, create=False) as store:
        found = store.query_events(filters)
    _EVENT_RENDERERS[output_format](found, sys.stdout)


@app.command()
@clean_errors
def show(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(help="an event id, as `events` lists them")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Print one event and the sentence of every mention of it, article by article."""
    with Store.open(_settings(ctx, db=db).db, create=False) as store:
        found = store.event(event_id)
    if found is None:
        typer.echo(f"error: no event {event_id!r} in the store", err=True)
        raise typer.Exit(1)
    stored, reports = found
    if as_json:
        typer.echo(json.dumps(_shown_to_dict(stored, reports), ensure_ascii=False))
        return
    for line in _shown_lines(stored, reports):
        typer.echo(line)


def _shown_to_dict(stored: StoredEvent, reports: Sequence[StoredMention]) -> dict[str, Any]:
    from eventwire.serialize import event_to_dict

    return {
        **event_to_dict(stored.event),
        "mentions": stored.mentions,
        "articles": stored.articles,
        "sources": stored.sources,
        "reports": [_report_to_dict(report) for report in reports],
    }


def _report_to_dict(report: StoredMention) -> dict[str, Any]:
    from eventwire.serialize import event_to_dict

    fields = {f.name: getattr(report, f.name) for f in dataclasses.fields(report)}
    return {**fields, "coding": event_to_dict(report.coding)}


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _shown_lines(stored: StoredEvent, reports: Sequence[StoredMention]) -> list[str]:
    event = stored.event
    where = f" in {event.location.name}" if event.location else ""
    lines = [
        f"{event.id}  {event.cameo} {event.cameo_name} ({event.status.value})",
        f"  {_actor_label(event.source) or '-'} -> {_actor_label(event.target) or '-'}, "
        f"{event.date.value or 'no date'}{where}",
        f"  {_count(stored.mentions, 'mention')} in {_count(stored.articles, 'article')} "
        f"from {_count(stored.sources, 'source')}",
    ]
    for report in reports:
        marked = (
            report.sentence[: report.trigger_start]
            + "["
            + report.sentence[report.trigger_start : report.trigger_end]
            + "]"
            + report.sentence[report.trigger_end :]
        )
        head = " ".join(part for part in (report.published, report.title, report.url) if part)
        coding = report.coding
        read = (
            f"{coding.cameo} {_actor_label(coding.source) or '-'} -> "
            f"{_actor_label(coding.target) or '-'}, {coding.date.value or 'no date'}"
        )
        lines += [f"- {report.article_id}: {head}", f"  {' '.join(marked.split())}", f"  ({read})"]
    return lines


@app.command()
@clean_errors
def export(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("-o", "--output", help="file to write")],
    db: DbOption = None,
    output_format: Annotated[
        ExportFormat, typer.Option("--format", case_sensitive=False, help="file format")
    ] = ExportFormat.CSV,
) -> None:
    """Write every stored event to a file: CSV, PLOVER JSON lines, Parquet, or the GDELT 2.0
    Events or Mentions table."""
    with Store.open(_settings(ctx, db=db).db, create=False) as store:
        written = export_store(store, output_format, output)
    what = "mentions" if output_format is ExportFormat.GDELT_MENTIONS else "events"
    typer.echo(f"exported {written} {what} to {output} ({output_format.value})", err=True)


@app.command()
@clean_errors
def bench(
    ctx: typer.Context,
    corpus: InputFiles,
    workers: WorkersOption = None,
    limit: Annotated[int | None, typer.Option(min=1, help="use the first N articles")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Throughput of bare spaCy and of the whole pipeline on a corpus, same worker count."""
    from eventwire.bench import run_bench

    settings = _settings(ctx, workers=workers)
    items = read_articles(corpus, max_chars=settings.max_article_chars)
    articles = [item for item in items if isinstance(item, Article)][:limit]
    if not articles:
        raise EventwireError("no article could be read from the corpus")
    result = run_bench(articles, settings)
    if as_json:
        typer.echo(json.dumps(_bench_to_dict(result)))
        return
    for line in _bench_lines(result):
        typer.echo(line)


def _bench_to_dict(result: BenchResult) -> dict[str, Any]:
    derived = (
        "spacy_articles_per_s", "spacy_sentences_per_s", "pipeline_articles_per_s",
        "pipeline_sentences_per_s", "speed_ratio",
    )  # fmt: skip
    return {**dataclasses.asdict(result), **{name: getattr(result, name) for name in derived}}


def _bench_lines(result: BenchResult) -> list[str]:
    return [
        f"{result.articles} articles, {result.sentences} sentences, {result.events} events, "
        f"{result.workers} worker{'s' if result.workers > 1 else ''}",
        f"spaCy alone     {result.spacy_articles_per_s:8.1f} articles/s "
        f"{result.spacy_sentences_per_s:9.1f} sentences/s",
        f"whole pipeline  {result.pipeline_articles_per_s:8.1f} articles/s "
        f"{result.pipeline_sentences_per_s:9.1f} sentences/s",
        f"pipeline / spaCy speed {result.speed_ratio:.2f}",
        f"peak memory per worker {result.peak_mib_per_worker:.0f} MiB",
    ]


@app.command()
@clean_errors
def stats(
    ctx: typer.Context,
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Counts of articles, events, mentions and actors in the store."""
    with Store.open(_settings(ctx, db=db).db, create=False) as store:
        counts = store.stats()
    if as_json:
        from eventwire.serialize import stats_to_dict

        typer.echo(json.dumps(stats_to_dict(counts), ensure_ascii=False))
        return
    for name in ("articles", "events", "mentions", "actors"):
        typer.echo(f"{name:<9}{getattr(counts, name):>8}")


@app.command()
@clean_errors
def summary(ctx: typer.Context, db: DbOption = None) -> None:
    """A readable overview: events by CAMEO root and status, top dyads, examples."""
    with Store.open(_settings(ctx, db=db).db, create=False) as store:
        counts = store.stats()
        examples = _most_reported(store.query_events(EventFilter()))
    console = Console(soft_wrap=False)
    ontology = Ontology.load()
    console.print(
        f"[bold]{counts.articles}[/] articles, [bold]{counts.events}[/] events, "
        f"{counts.mentions} mentions, {counts.actors} actors"
    )
    console.print(_pairs_table("Events by CAMEO root", counts.by_cameo_root, _root_namer(ontology)))
    console.print(_pairs_table("Events by status", counts.by_status))
    console.print(_dyads_table(counts))
    _print_examples(console, examples)


@contextmanager
def _progress(
    label: str, total: int | None = None
) -> Iterator[tuple[Callable[[ReadIssue], None], Callable[[], None]]]:
    """A progress bar on a terminal's stderr (nothing when piped): articles done, articles
    per second, and the time left when the number of articles is known; and an issue
    printer that writes each issue as one unwrapped ``file:line: ...`` line."""
    console = Console(stderr=True, highlight=False)
    live = console.is_terminal
    with Progress(
        *_progress_columns(total),
        console=console,
        transient=True,
        disable=not live,
    ) as bar:
        task = bar.add_task(label, total=total)

        def report(issue: ReadIssue) -> None:
            if live:
                console.print(str(issue), markup=False, soft_wrap=True)
            else:
                typer.echo(str(issue), err=True)

        yield report, lambda: bar.advance(task)


def _progress_columns(total: int | None) -> list[ProgressColumn]:
    done = "{task.completed}" + ("/{task.total}" if total is not None else "")
    columns: list[ProgressColumn] = [
        SpinnerColumn(),
        TextColumn("{task.description} " + done + " articles"),
        _RateColumn(),
        TimeElapsedColumn(),
    ]
    if total is not None:
        columns += [BarColumn(), _RemainingColumn()]
    return columns


class _RateColumn(ProgressColumn):
    """Articles per second since the start: results arrive a batch at a time, so a rate
    over the last seconds jumps."""

    def render(self, task: Task) -> Text:
        speed = _mean_rate(task)
        return Text(f"{speed:.1f} articles/s" if speed else "-- articles/s")


class _RemainingColumn(ProgressColumn):
    """Time left at the mean rate so far."""

    def render(self, task: Task) -> Text:
        speed = _mean_rate(task)
        if not speed or task.total is None:
            return Text("-:--:--")
        left = max(0.0, task.total - task.completed) / speed
        return Text(str(dt.timedelta(seconds=round(left))))


def _mean_rate(task: Task) -> float | None:
    elapsed = task.elapsed
    return task.completed / elapsed if elapsed and task.completed else None


def _finish_batch(counts: BatchCounts, inputs: Sequence[Path], line: str) -> None:
    if counts.skipped or counts.warnings:
        warned = f"{counts.warnings} warning{'' if counts.warnings == 1 else 's'}"
        typer.echo(f"issues: {counts.skipped} skipped, {warned}", err=True)
    if counts.read == 0:
        names = " ".join(str(path) for path in inputs)
        typer.echo(f"error: no article could be read from {names}", err=True)
        raise typer.Exit(1)
    typer.echo(line, err=True)


@contextmanager
def _open_output(path: Path) -> Iterator[TextIO]:
    """``-`` is stdout (left open); anything else a UTF-8 file."""
    if str(path) == "-":
        yield sys.stdout
        return
    try:
        stream = path.open("w", encoding="utf-8")
    except OSError as exc:
        raise EventwireError(f"cannot write {path}: {exc.strerror}") from exc
    with stream:
        yield stream


def _events_jsonl(found: Sequence[StoredEvent], out: TextIO) -> None:
    from eventwire.serialize import event_to_dict

    for stored in found:
        record = {
            **event_to_dict(stored.event),
            "mentions": stored.mentions,
            "articles": stored.articles,
            "sources": stored.sources,
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _events_table(found: Sequence[StoredEvent], out: TextIO) -> None:
    table = Table(
        "date", "cameo", "status", "source", "target", "where",
        "mentions", "articles", "sources", "sentence",
    )  # fmt: skip
    for stored in found:
        event = stored.event
        table.add_row(
            event.date.value or "",
            f"{event.cameo} {event.cameo_name}",
            event.status.value,
            _actor_label(event.source),
            _actor_label(event.target),
            event.location.name if event.location else "",
            str(stored.mentions),
            str(stored.articles),
            str(stored.sources),
            _shorten(event.sentence.text),
        )
    Console(file=out, width=200).print(table)
    Console(file=out).print(f"{len(found)} events")


_EVENT_RENDERERS: dict[EventFormat, Callable[[Sequence[StoredEvent], TextIO], None]] = {
    EventFormat.TABLE: _events_table,
    EventFormat.JSONL: _events_jsonl,
    EventFormat.CSV: write_csv,
}


def _actor_label(actor: Any) -> str:
    if actor is None:
        return ""
    return f"{actor.code} {actor.name or actor.text}"


def _shorten(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SENTENCE_WIDTH else flat[: SENTENCE_WIDTH - 1] + "…"


def _root_namer(ontology: Ontology) -> Callable[[str], str]:
    def name(root: str) -> str:
        return ontology.get(root).name if root in ontology else ""

    return name


def _pairs_table(
    title: str, pairs: Sequence[tuple[str, int]], name: Callable[[str], str] | None = None
) -> Table:
    headers = ("root", "name", "events") if name else ("", "events")
    table = Table(*headers, title=title, title_justify="left")
    for key, count in pairs:
        table.add_row(key, *([name(key)] if name else []), str(count))
    return table


def _dyads_table(counts: StoreStats) -> Table:
    table = Table("source", "target", "events", title="Top dyads", title_justify="left")
    for dyad in counts.top_dyads:
        table.add_row(dyad.source_country, dyad.target_country, str(dyad.events))
    return table


def _most_reported(found: Sequence[StoredEvent]) -> list[StoredEvent]:
    ranked = sorted(found, key=lambda s: (-s.mentions, -s.articles, s.event.id))
    return ranked[:SUMMARY_EXAMPLES]


def _print_examples(console: Console, examples: Sequence[StoredEvent]) -> None:
    console.print("[bold]Most reported events[/]")
    for stored in examples:
        event = stored.event
        who = f"{_actor_label(event.source)} -> {_actor_label(event.target)}"
        when = event.date.value or "undated"
        console.print(
            f"  {event.cameo} {event.cameo_name}: {who} "
            f"[{event.status.value}, {when}, mentions: {stored.mentions}]",
            markup=False,
            soft_wrap=True,
        )
        console.print(
            f"    “{' '.join(event.sentence.text.split())}”", markup=False, soft_wrap=True
        )
