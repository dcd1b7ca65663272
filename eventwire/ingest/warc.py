"""Web archives: the HTML responses of a WARC or WARC.gz file, Common Crawl CC-NEWS
included, each read as a page (:func:`eventwire.ingest.pages.html_record`).

The URL is the record's ``WARC-Target-URI``; the date is the page's own, else the day the
page was fetched (``WARC-Date``). Requests, metadata and non-HTML responses are passed over.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.ingest._record import Located
from eventwire.ingest.issues import skip
from eventwire.ingest.pages import html_record

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path) -> Iterator[Located]:
    """The article of each HTML response in one archive."""
    from warcio.archiveiterator import ArchiveIterator  # imported here: only WARC needs it
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                located = _response(record, f"{path}#{number}")
                if located is not None:
                    yield located
    except (OSError, ArchiveLoadFailed) as exc:
        yield skip(str(path), f"cannot read web archive: {exc}")


def _response(record: Any, location: str) -> Located | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not content_type.lower().startswith(_HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    fields = html_record(record.content_stream().read(), url=url)
    if not fields["text"]:
        return skip(location, f"no article text found in {url}")
    fields["published"] = fields["published"] or _day(record.rec_headers.get_header("WARC-Date"))
    return location, fields


def _day(stamp: str | None) -> str | None:
    return stamp[:10] if stamp else None
