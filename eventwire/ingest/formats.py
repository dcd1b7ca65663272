"""Every input format in, ``Article`` records and ``ReadIssue`` reports out.

The format is chosen by the path:

* ``-`` (stdin), ``*.jsonl``, ``*.ndjson``, ``*.json``, each also ``.gz`` or ``.zst``:
  eventwire's JSON Lines (:mod:`eventwire.ingest.jsonl`);
* ``*.txt``: one article a file, its text as is;
* ``*.html``, ``*.htm``: one page, main text and metadata by trafilatura;
* ``*.rss``, ``*.atom``, ``*.xml``: a feed, one article an entry (feedparser);
* ``*.warc``, ``*.warc.gz``: HTML responses of a web archive, Common Crawl CC-NEWS included
  (warcio, then trafilatura);
* a directory: every file in it of the kinds above, in name order, recursively.

An id is accepted once per batch, whatever file it comes from; articles without an id get
the content hash of their text, so the same text read twice is stored once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from eventwire.ingest._record import Located, accept_once, record_to_article
from eventwire.ingest.feeds import read_feed
from eventwire.ingest.issues import ReadIssue, skip
from eventwire.ingest.jsonl import STDIN, read_jsonl_source
from eventwire.ingest.pages import read_html, read_text
from eventwire.ingest.warc import read_warc
from eventwire.models import Article

_JSONL = (".jsonl", ".ndjson", ".json")
_COMPRESSION = ("", ".gz", ".zst")
_RECORD_READERS: dict[str, Callable[[Path], Iterator[Located]]] = {
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}


def read_articles(
    paths: Sequence[Path | str], *, max_chars: int | None = None
) -> Iterator[Article | ReadIssue]:
    """Articles and issues of files, directories or stdin; an id is accepted once a batch."""
    seen: dict[str, str] = {}
    for path in paths:
        yield from _read_path(path, seen, max_chars)


def expected_articles(paths: Sequence[Path | str]) -> int | None:
    """How many records the inputs hold, when every one is an uncompressed JSONL file (a
    count of non-blank lines, for a progress estimate); ``None`` otherwise."""
    total = 0
    for path in map(Path, paths):
        if not (path.is_file() and path.suffix.lower() in _JSONL):
            return None
        with path.open("rb") as lines:
            total += sum(1 for line in lines if line.strip())
    return total


def supported(path: Path) -> bool:
    """A file name eventwire reads."""
    return _jsonl(path) or _record_reader(path) is not None


def _read_path(
    path: Path | str, seen: dict[str, str], max_chars: int | None
) -> Iterator[Article | ReadIssue]:
    if str(path) == STDIN:
        yield from read_jsonl_source(STDIN, seen, max_chars)
        return
    path = Path(path)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and supported(p)):
            yield from _read_path(child, seen, max_chars)
    elif _jsonl(path):
        yield from read_jsonl_source(path, seen, max_chars)
    elif (reader := _record_reader(path)) is not None:
        yield from _articles(reader(path), seen, max_chars)
    elif not path.exists():
        yield skip(str(path), "no such file or directory")
    else:
        kinds = "JSONL (.gz, .zst), .txt, .html, .rss/.atom/.xml, .warc(.gz) or a directory"
        yield skip(str(path), f"unsupported file type; eventwire reads {kinds}")


def _jsonl(path: Path) -> bool:
    name = path.name.lower()
    return any(name.endswith(kind + packed) for kind in _JSONL for packed in _COMPRESSION)


def _record_reader(path: Path) -> Callable[[Path], Iterator[Located]] | None:
    name = path.name.lower()
    suffix = next(
        (s for s in sorted(_RECORD_READERS, key=len, reverse=True) if name.endswith(s)), None
    )
    return _RECORD_READERS[suffix] if suffix is not None else None


def _articles(
    records: Iterable[Located], seen: dict[str, str], max_chars: int | None
) -> Iterator[Article | ReadIssue]:
    for item in records:
        if isinstance(item, ReadIssue):
            yield item
            continue
        location, record = item
        outcome = record_to_article(record, location, max_chars=max_chars)
        yield from accept_once(outcome, location, seen)
