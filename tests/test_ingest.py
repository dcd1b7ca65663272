"""JSONL reader: good records become Articles, bad ones typed issues; the batch goes on."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.ingest import IssueSeverity, ReadIssue, read_articles, read_jsonl
from eventwire.models import Article

GOOD = {
    "id": "reuters-0107-ankara",
    "title": "Turkey and Greece agree to resume talks",
    "text": "Turkish Foreign Minister Hakan Fidan said on Tuesday Ankara would host talks.",
    "published": "2026-01-07",
    "source": "Reuters",
    "url": "https://example.org/ankara",
}


def write_lines(path: Path, lines: list[str | bytes]) -> Path:
    data = b"".join((ln if isinstance(ln, bytes) else ln.encode("utf-8")) + b"\n" for ln in lines)
    path.write_bytes(data)
    return path


def record(**fields: Any) -> str:
    return json.dumps({**GOOD, **fields}, ensure_ascii=False)


def split(items: list[Article | ReadIssue]) -> tuple[list[Article], list[str]]:
    articles = [item for item in items if isinstance(item, Article)]
    issues = [str(item) for item in items if isinstance(item, ReadIssue)]
    return articles, issues


def test_good_record_reads_every_field(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "in.jsonl", [record()])
    [article] = list(read_jsonl(path))
    assert article == Article(
        id="reuters-0107-ankara",
        text=GOOD["text"],
        title=GOOD["title"],
        published=dt.date(2026, 1, 7),
        source="Reuters",
        url="https://example.org/ankara",
        language="en",
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-01-07", dt.date(2026, 1, 7)),
        ("2026-01-07T23:15:00", dt.date(2026, 1, 7)),
        ("2026-01-07T23:15:00Z", dt.date(2026, 1, 7)),
        ("2026-01-07T08:00:00+09:00", dt.date(2026, 1, 7)),
        ("20260107", dt.date(2026, 1, 7)),
    ],
    ids=["date", "naive-datetime", "utc-z", "offset", "basic-format"],
)
def test_published_accepts_iso_dates_and_datetimes(
    tmp_path: Path, value: str, expected: dt.date
) -> None:
    path = write_lines(tmp_path / "in.jsonl", [record(published=value)])
    [article] = list(read_jsonl(path))
    assert isinstance(article, Article)
    assert article.published == expected


BAD_RECORDS = [
    (
        '{"id": "x", "text": "unterminated',
        "invalid JSON at column 21: Unterminated string starting at",
    ),
    ('["not", "an", "object"]', "record must be a JSON object, got array"),
    ('"just a string"', "record must be a JSON object, got string"),
    ('{"id": "x", "title": "No body"}', "field 'text' is missing"),
    ('{"id": "x", "text": "   \\n  "}', "field 'text' is empty"),
    ('{"id": "x", "text": 42}', "field 'text' is a number"),
]


@pytest.mark.parametrize(
    ("line", "reason"),
    BAD_RECORDS,
    ids=["malformed-json", "array", "string", "no-text", "blank-text", "text-not-string"],
)
def test_bad_record_is_skipped_and_batch_continues(tmp_path: Path, line: str, reason: str) -> None:
    path = write_lines(tmp_path / "in.jsonl", [line, record()])
    articles, issues = split(list(read_jsonl(path)))
    assert issues == [f"{path}:1: skipped: {reason}"]
    assert [a.id for a in articles] == [GOOD["id"]]


def test_unparseable_published_keeps_article_with_warning(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "in.jsonl", [record(published="last Tuesday")])
    articles, issues = split(list(read_jsonl(path)))
    assert issues == [
        f"{path}:1: warning: unparseable 'published' 'last Tuesday'; kept without date"
    ]
    assert articles[0].published is None


def test_non_string_optional_field_is_dropped_with_warning(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "in.jsonl", [record(title=["a", "b"])])
    articles, issues = split(list(read_jsonl(path)))
    assert issues == [f"{path}:1: warning: field 'title' must be a string, got array; ignored"]
    assert articles[0].title is None


def test_cp1252_line_is_decoded_and_kept_with_warning(tmp_path: Path) -> None:
    line = '{"id": "afp-1", "text": "Le ministre fran\xe7ais a rencontr\xe9 son homologue “hier”."}'
    path = write_lines(tmp_path / "in.jsonl", [line.encode("cp1252"), record()])
    items = list(read_jsonl(path))
    articles, issues = split(items)
    assert issues == [
        f"{path}:1: warning: not valid UTF-8 (byte 0xe7 at offset 41); decoded as cp1252"
    ]
    assert articles[0].text == "Le ministre français a rencontré son homologue “hier”."
    assert [a.id for a in articles] == ["afp-1", GOOD["id"]]
    assert all(i.severity is IssueSeverity.WARNING for i in items if isinstance(i, ReadIssue))


def test_utf8_bom_and_blank_lines_are_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + record().encode() + b"\n\n   \r\n" + record(id="b").encode())
    articles, issues = split(list(read_jsonl(path)))
    assert issues == []
    assert [a.id for a in articles] == [GOOD["id"], "b"]


def test_missing_id_gets_stable_content_hash(tmp_path: Path) -> None:
    text = "Kenyan police fired tear gas at protesters in Nairobi on Monday."
    one = write_lines(tmp_path / "one.jsonl", [json.dumps({"text": text})])
    two = write_lines(tmp_path / "two.jsonl", [json.dumps({"text": text, "id": None})])
    [first] = list(read_jsonl(one))
    [second] = list(read_jsonl(two))
    assert isinstance(first, Article) and isinstance(second, Article)
    expected = "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]
    assert first.id == second.id == expected


def test_integer_id_becomes_string(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "in.jsonl", [record(id=1042)])
    [article] = list(read_jsonl(path))
    assert isinstance(article, Article) and article.id == "1042"


def test_duplicate_id_within_file_is_skipped(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "in.jsonl", [record(), record(title="Updated headline")])
    articles, issues = split(list(read_jsonl(path)))
    assert issues == [
        f"{path}:2: skipped: duplicate id 'reuters-0107-ankara' (first read at {path}:1)"
    ]
    assert [a.title for a in articles] == [GOOD["title"]]


def test_read_articles_spans_files_and_rejects_cross_file_duplicates(tmp_path: Path) -> None:
    first = write_lines(tmp_path / "a.jsonl", [record()])
    second = write_lines(tmp_path / "b.jsonl", [record(), record(id="ap-2")])
    articles, issues = split(list(read_articles([first, second])))
    assert [a.id for a in articles] == [GOOD["id"], "ap-2"]
    assert issues == [
        f"{second}:1: skipped: duplicate id 'reuters-0107-ankara' (first read at {first}:1)"
    ]


def test_missing_file_is_reported_not_raised(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    good = write_lines(tmp_path / "good.jsonl", [record()])
    articles, issues = split(list(read_articles([missing, good])))
    assert issues == [f"{missing}: skipped: cannot read file: No such file or directory"]
    assert len(articles) == 1


def test_enormous_article_is_read_whole(tmp_path: Path) -> None:
    paragraph = "Sudanese army units shelled positions held by the Rapid Support Forces. "
    text = paragraph * (5_000_000 // len(paragraph))
    path = write_lines(tmp_path / "big.jsonl", [record(text=text), record(id="after")])
    articles, issues = split(list(read_jsonl(path)))
    assert issues == []
    assert len(articles[0].text) == len(text) > 4_900_000
    assert articles[1].id == "after"


def test_read_issue_converts_to_record_error() -> None:
    issue = ReadIssue("in.jsonl:3", "field 'text' is empty", IssueSeverity.SKIP)
    error = issue.to_error()
    assert (error.location, error.reason) == ("in.jsonl:3", "field 'text' is empty")
    assert str(error) == "[E101] in.jsonl:3: field 'text' is empty"
