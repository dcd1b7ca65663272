"""Commands and options of distributed runs: ``eventwire load`` and ``--engine``.

``annotate --engine ray -o FOLDER`` codes the articles on Ray Data and writes a Parquet
folder (:mod:`eventwire.engines.parquet`); ``load FOLDER`` puts such a folder into the
store; ``ingest --engine ray`` does both through a temporary folder. Ray is imported only
when the engine is used, pyarrow only when a folder is read or written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated

import typer

from eventwire.config import Settings
from eventwire.dedup import DedupRules
from eventwire.engines import Engine
from eventwire.ingest import BatchCounts, ReadIssue, annotate_batch, read_articles
from eventwire.ingest.batch import Annotator
from eventwire.store import Store

EngineOption = Annotated[
    Engine,
    typer.Option(
        "--engine",
        case_sensitive=False,
        help="local: this machine's cores; ray: --workers Ray actors "
        "(pip install 'eventwire[ray]'), annotate then writes a Parquet folder to -o",
    ),
]


def ray_annotator(settings: Settings, output: Path | None = None) -> Annotator:
    """The Ray engine as batch flows use it; ``output`` is its Parquet folder (a temporary
    one when ``None``)."""
    from eventwire.engines.ray_data import RayAnnotator

    return RayAnnotator(settings, output)


def annotate_on_ray(
    settings: Settings,
    inputs: Sequence[Path],
    output: Path,
    *,
    on_issue: Callable[[ReadIssue], None],
    on_done: Callable[[], None],
) -> BatchCounts:
    """``annotate --engine ray``: read the inputs, code them on Ray, write ``output``."""
    return annotate_batch(
        read_articles(inputs, max_chars=settings.max_article_chars),
        ray_annotator(settings, output),
        on_issue=on_issue,
        on_annotated=lambda _: on_done(),
        workers=settings.workers,
    )


def load(
    ctx: typer.Context,
    folder: Annotated[
        Path, typer.Argument(help="Parquet folder written by 'annotate --engine ray -o FOLDER'")
    ],
    db: Annotated[
        Path | None,
        typer.Option("--db", help="SQLite database (default: eventwire.db or $EVENTWIRE_DB)"),
    ] = None,
) -> None:
    """Store the articles and events of a Parquet folder; articles already stored are left
    as they are."""
    from eventwire.engines.parquet import check_folder, load_parquet

    check_folder(folder)  # before the store is created
    base = ctx.obj if isinstance(ctx.obj, Settings) else Settings()
    settings = base.with_overrides(db=db)
    with Store.open(settings.db, rules=DedupRules.from_settings(settings)) as store:
        counts = load_parquet(folder, store)
    typer.echo(
        f"read {counts.read}, already stored {counts.already_stored}, new {counts.new}, "
        f"events {counts.events} -> {settings.db}",
        err=True,
    )
