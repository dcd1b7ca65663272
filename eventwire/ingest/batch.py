"""Batch flows shared by the CLI and the Python API: read -> annotate (-> store).

Readers yield articles and issues; these functions pass articles on, hand every issue
to a callback as it happens (so a long batch reports as it goes) and return counts.
Warnings of the annotator itself (a long text coded in chunks, no publication date) are
reported the same way, located by article id: ``article 'ID': warning: reason``.
The annotator and the store are protocols, so this module needs neither spaCy nor SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from eventwire.ingest.issues import IssueSeverity, ReadIssue, warning
from eventwire.models import AnnotatedArticle, Article

IssueHandler = Callable[[ReadIssue], None]


class Annotator(Protocol):
    """What ``eventwire.pipeline.Pipeline`` offers to batch flows."""

    def annotate(
        self, articles: Iterable[Article], *, workers: int = 1
    ) -> Iterator[AnnotatedArticle]: ...


class ArticleSink(Protocol):
    """What ``eventwire.store.Store`` offers to batch flows."""

    def contains(self, article_id: str) -> bool: ...

    def save(self, annotated: AnnotatedArticle) -> bool: ...


@dataclass(frozen=True, slots=True)
class BatchCounts:
    """What happened to a batch: ``read`` counts accepted articles."""

    read: int
    skipped: int
    warnings: int
    already_stored: int = 0
    new: int = 0
    events: int = 0


class _Tally:
    """Counters of one running batch (one instance per batch, never shared)."""

    def __init__(self, on_issue: IssueHandler) -> None:
        self.on_issue = on_issue
        self.read = self.skipped = self.warnings = 0
        self.already_stored = self.new = self.events = 0

    def articles(self, items: Iterable[Article | ReadIssue]) -> Iterator[Article]:
        for item in items:
            if isinstance(item, Article):
                self.read += 1
                yield item
                continue
            if item.severity is IssueSeverity.SKIP:
                self.skipped += 1
            else:
                self.warnings += 1
            self.on_issue(item)

    def annotated(self, annotated: AnnotatedArticle) -> None:
        """Report the annotator's warnings about one article."""
        location = f"article {annotated.article.id!r}"
        for reason in annotated.warnings:
            self.warnings += 1
            self.on_issue(warning(location, reason))

    def counts(self) -> BatchCounts:
        return BatchCounts(
            self.read, self.skipped, self.warnings, self.already_stored, self.new, self.events
        )


def annotate_batch(
    items: Iterable[Article | ReadIssue],
    annotator: Annotator,
    *,
    on_issue: IssueHandler,
    on_annotated: Callable[[AnnotatedArticle], None],
    workers: int = 1,
) -> BatchCounts:
    """Annotate every accepted article, in input order, handing each to ``on_annotated``."""
    tally = _Tally(on_issue)
    for annotated in annotator.annotate(tally.articles(items), workers=workers):
        tally.annotated(annotated)
        tally.events += len(annotated.events)
        on_annotated(annotated)
    return tally.counts()


def ingest_batch(
    items: Iterable[Article | ReadIssue],
    annotator: Annotator,
    store: ArticleSink,
    *,
    on_issue: IssueHandler,
    on_annotated: Callable[[AnnotatedArticle], None] | None = None,
    workers: int = 1,
) -> BatchCounts:
    """Annotate and store every accepted article that the store does not hold yet;
    ``on_annotated`` (for progress display) sees each article once it is stored."""
    tally = _Tally(on_issue)

    def unseen(articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            if store.contains(article.id):
                tally.already_stored += 1
            else:
                yield article

    for annotated in annotator.annotate(unseen(tally.articles(items)), workers=workers):
        tally.annotated(annotated)
        if store.save(annotated):
            tally.new += 1
            tally.events += len(annotated.events)
        else:
            tally.already_stored += 1
        if on_annotated is not None:
            on_annotated(annotated)
    return tally.counts()
