"""RSS and Atom feeds: one article an entry, by feedparser.

An entry's text is its full content when the feed carries it, else its summary, with the
markup removed; title, link, publication date and the feed's title come along.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from eventwire.ingest._record import Located
from eventwire.ingest.issues import skip


def read_feed(path: Path) -> Iterator[Located]:
    """The entries of one RSS or Atom file."""
    import feedparser  # imported here: only feeds need it

    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield skip(str(path), f"cannot read file: {exc.strerror or exc}")
        return
    feed = feedparser.parse(raw)
    if feed.bozo and not feed.entries:
        yield skip(str(path), f"not an RSS or Atom feed ({feed.get('bozo_exception')})")
        return
    source = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        yield f"{path}#{number}", _entry_record(entry, source)


def _entry_record(entry: Any, source: str | None) -> dict[str, Any]:
    contents = entry.get("content") or []
    body = contents[0].get("value") if contents else entry.get("summary", "")
    return {
        "id": entry.get("id") or entry.get("link"),
        "text": strip_markup(body or ""),
        "title": entry.get("title"),
        "published": _date(entry.get("published_parsed") or entry.get("updated_parsed")),
        "source": source,
        "url": entry.get("link"),
    }


def _date(parsed: time.struct_time | None) -> str | None:
    return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat() if parsed else None


def strip_markup(html: str) -> str:
    """The text of an HTML fragment, block elements on lines of their own."""
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


class _TextOnly(HTMLParser):
    _BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "blockquote"})
    _HIDDEN = frozenset({"script", "style"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)
