"""Readers: every input format becomes ``Article`` records and typed ``ReadIssue`` reports."""

from eventwire.ingest.issues import IssueSeverity, ReadIssue
from eventwire.ingest.jsonl import read_articles, read_jsonl

__all__ = ["IssueSeverity", "ReadIssue", "read_articles", "read_jsonl"]
