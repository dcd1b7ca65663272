"""Plain-text files and HTML pages: one article a file.

An HTML page's main text, title, date, site name and URL come from trafilatura, which
drops navigation, adverts and comments; the headline stays as the text's first line.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.ingest._record import Located
from eventwire.ingest.issues import ReadIssue, skip, warning


def read_text(path: Path) -> Iterator[Located]:
    """One article: the file's text (UTF-8, else cp1252 with a warning), no id or date."""
    raw = _bytes(path)
    if isinstance(raw, ReadIssue):
        yield raw
        return
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        yield warning(str(path), "not valid UTF-8; decoded as cp1252")
    yield str(path), {"text": text}


def read_html(path: Path) -> Iterator[Located]:
    """One article: the page's main text and metadata."""
    raw = _bytes(path)
    if isinstance(raw, ReadIssue):
        yield raw
        return
    record = html_record(raw)
    if record["text"]:
        yield str(path), record
    else:
        yield skip(str(path), "no article text found in the page")


def html_record(page: bytes | str, url: str | None = None) -> dict[str, Any]:
    """Text, title, published, source and url of one HTML page (text empty when the page
    holds no article)."""
    import trafilatura  # imported here: loading it takes a second

    found = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False)
    fields = found.as_dict() if found is not None and hasattr(found, "as_dict") else {}
    return {
        "text": fields.get("text") or "",
        "title": fields.get("title"),
        "published": fields.get("date"),
        "source": fields.get("sitename") or fields.get("hostname"),
        "url": fields.get("url") or url,
    }


def _bytes(path: Path) -> bytes | ReadIssue:
    try:
        return path.read_bytes()
    except OSError as exc:
        return skip(str(path), f"cannot read file: {exc.strerror or exc}")
