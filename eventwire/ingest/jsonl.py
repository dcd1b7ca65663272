"""Read articles from JSON Lines files: one ``{"id", "text", ...}`` object a line.

Bad records never stop a batch: the readers yield a :class:`ReadIssue` (``file:line``,
reason, severity) in place of, or before, the article.

Decisions, each tested:

* invalid JSON, a record that is not an object, a missing or blank ``text``, and an id
  already read (in this file or an earlier one of the same batch) -> the record is
  skipped;
* bytes that are not UTF-8 -> the line is decoded as cp1252 (latin-1 where cp1252 has
  no character for a byte) and the article is kept, with a warning;
* an unparseable ``published`` or a non-string optional field -> kept without it,
  with a warning;
* no id -> a stable content hash of the text (``sha1-`` and 20 hex digits), silently,
  since many corpora carry no ids.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, cast

import zstandard

from eventwire.ingest._record import accept_once, parse_line
from eventwire.ingest.issues import ReadIssue, skip, warning
from eventwire.models import Article

STDIN = "-"
FALLBACK_ENCODINGS = ("cp1252", "latin-1")


def read_jsonl(path: Path | str, *, max_chars: int | None = None) -> Iterator[Article | ReadIssue]:
    """Articles and issues of one JSONL file, in file order; ``"-"`` reads stdin.
    Texts longer than ``max_chars`` are skipped with a message."""
    yield from read_jsonl_source(path, {}, max_chars)


def read_jsonl_source(
    path: Path | str, seen: dict[str, str], max_chars: int | None
) -> Iterator[Article | ReadIssue]:
    """One JSONL source (a file, ``.gz`` or ``.zst`` included, or ``"-"``); ``seen`` maps
    the ids already accepted in this batch to where they were read."""
    name = "<stdin>" if str(path) == STDIN else str(path)
    try:
        with _open_binary(path) as stream:
            yield from _read_lines(stream, name, seen, max_chars)
    except (OSError, EOFError, zstandard.ZstdError) as exc:  # unreadable or truncated archive
        reason = getattr(exc, "strerror", None) or exc
        yield skip(name, f"cannot read file: {reason}")


def _open_binary(path: Path | str) -> contextlib.AbstractContextManager[BinaryIO]:
    """The file's bytes, decompressed when it ends in ``.gz`` or ``.zst``."""
    if str(path) == STDIN:
        return contextlib.nullcontext(sys.stdin.buffer)
    name = str(path).lower()
    if name.endswith(".gz"):
        return cast(BinaryIO, gzip.open(path, "rb"))
    if name.endswith(".zst"):
        return _zstd(Path(path))
    return Path(path).open("rb")


@contextlib.contextmanager
def _zstd(path: Path) -> Iterator[BinaryIO]:
    with path.open("rb") as raw:
        reader = zstandard.ZstdDecompressor().stream_reader(raw)
        yield cast(BinaryIO, io.BufferedReader(reader))


def _read_lines(
    lines: Iterable[bytes], name: str, seen: dict[str, str], max_chars: int | None
) -> Iterator[Article | ReadIssue]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        location = f"{name}:{number}"
        text, decode_issue = decode_line(raw, location)
        if decode_issue is not None:
            yield decode_issue
        if number == 1:
            text = text.removeprefix("\ufeff")
        outcome = parse_line(text.rstrip("\r\n"), location, max_chars=max_chars)
        yield from accept_once(outcome, location, seen)


def decode_line(raw: bytes, location: str) -> tuple[str, ReadIssue | None]:
    """Decode one line as UTF-8, else as cp1252/latin-1 with a warning naming the byte."""
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        bad = f"0x{raw[exc.start]:02x}"
        for encoding in FALLBACK_ENCODINGS:
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            reason = f"not valid UTF-8 (byte {bad} at offset {exc.start}); decoded as {encoding}"
            return text, warning(location, reason)
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover
