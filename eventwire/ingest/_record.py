"""Turn one decoded JSON record into an ``Article``, reporting what had to be repaired."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from eventwire.ingest.issues import ReadIssue, skip, warning
from eventwire.models import Article

HASH_ID_PREFIX = "sha1-"
OPTIONAL_TEXT_FIELDS = ("title", "source", "url", "language")


# A record read from a file that is not JSONL: where ("file#3") and its fields, or an issue.
Located = tuple[str, dict[str, Any]] | ReadIssue


@dataclass(frozen=True, slots=True)
class RecordOutcome:
    """An article (or ``None`` when skipped) and the issues met on the way."""

    article: Article | None
    issues: tuple[ReadIssue, ...]


def accept_once(
    outcome: RecordOutcome, location: str, seen: dict[str, str]
) -> Iterator[Article | ReadIssue]:
    """The outcome's issues, then its article unless ``seen`` (id -> where first read)
    already holds its id in this batch, in which case a skip naming the first place."""
    yield from outcome.issues
    article = outcome.article
    if article is None:
        return
    first = seen.setdefault(article.id, location)
    if first != location:
        yield skip(location, f"duplicate id {article.id!r} (first read at {first})")
    else:
        yield article


def content_id(text: str) -> str:
    """A stable id for an article without one: the SHA-1 of its UTF-8 text, prefixed."""
    return HASH_ID_PREFIX + hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def json_type(value: Any) -> str:
    """The JSON name of a decoded value's type, for messages."""
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def parse_line(line: str, location: str, *, max_chars: int | None = None) -> RecordOutcome:
    """Decode one JSON line and validate it as an article record."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return RecordOutcome(
            None, (skip(location, f"invalid JSON at column {exc.colno}: {exc.msg}"),)
        )
    if not isinstance(record, dict):
        reason = f"record must be a JSON object, got {json_type(record)}"
        return RecordOutcome(None, (skip(location, reason),))
    return record_to_article(record, location, max_chars=max_chars)


def record_to_article(
    record: dict[str, Any], location: str, *, max_chars: int | None = None
) -> RecordOutcome:
    """Validate the fields of one record; bad optional fields are dropped with a warning."""
    text = record.get("text")
    if not isinstance(text, str):
        found = "missing" if text is None else f"a {json_type(text)}"
        return RecordOutcome(None, (skip(location, f"field 'text' is {found}"),))
    if not text.strip():
        return RecordOutcome(None, (skip(location, "field 'text' is empty"),))
    if max_chars is not None and len(text) > max_chars:
        reason = (
            f"field 'text' has {len(text):,} characters, over the limit of {max_chars:,} "
            "(setting max_article_chars)"
        )
        return RecordOutcome(None, (skip(location, reason),))
    issues: list[ReadIssue] = []
    article_id = _article_id(record.get("id"), text, location, issues)
    published = _published(record.get("published"), location, issues)
    optional = {
        name: _optional_text(record, name, location, issues) for name in OPTIONAL_TEXT_FIELDS
    }
    language = optional.pop("language") or "en"
    article = Article(id=article_id, text=text, published=published, language=language, **optional)
    return RecordOutcome(article, tuple(issues))


def _article_id(value: Any, text: str, location: str, issues: list[ReadIssue]) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    generated = content_id(text)
    if value is not None:
        issues.append(warning(location, f"unusable id {value!r}; using {generated}"))
    return generated


def _published(value: Any, location: str, issues: list[ReadIssue]) -> dt.date | None:
    if value is None or value == "":
        return None
    parsed = parse_published(value) if isinstance(value, str) else None
    if parsed is None:
        issues.append(warning(location, f"unparseable 'published' {value!r}; kept without date"))
    return parsed


def parse_published(value: str) -> dt.date | None:
    """An ISO 8601 date or datetime (``2026-01-09``, ``2026-01-09T08:30:00Z``) as a date."""
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _optional_text(
    record: dict[str, Any], name: str, location: str, issues: list[ReadIssue]
) -> str | None:
    value = record.get(name)
    if value is None or isinstance(value, str):
        return value.strip() or None if isinstance(value, str) else None
    issues.append(
        warning(location, f"field {name!r} must be a string, got {json_type(value)}; ignored")
    )
    return None
