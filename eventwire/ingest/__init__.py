"""Readers: every input format becomes ``Article`` records and typed ``ReadIssue`` reports."""

from eventwire.ingest.batch import BatchCounts, annotate_batch, ingest_batch
from eventwire.ingest.formats import expected_articles, read_articles
from eventwire.ingest.issues import IssueSeverity, ReadIssue
from eventwire.ingest.jsonl import read_jsonl

__all__ = [
    "BatchCounts",
    "IssueSeverity",
    "ReadIssue",
    "annotate_batch",
    "expected_articles",
    "ingest_batch",
    "read_articles",
    "read_jsonl",
]
