"""Every input format: compressed JSONL, text files and folders, HTML, RSS/Atom, WARC.

Each test writes a small file of its format and reads it back as articles.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import ReadIssue, read_articles
from eventwire.models import Article

STORY = (
    "Negotiators from Israel and Hamas met in Doha on Thursday to discuss a ceasefire, "
    "officials said. Qatar and Egypt are mediating, and the talks will resume next week."
)
RECORD = {"id": "wire-0109-doha", "text": STORY, "published": "2026-01-09", "source": "Wire"}
PAGE = f"""<html><head><title>Ceasefire talks resume in Doha</title>
<meta property="article:published_time" content="2026-01-09">
<meta property="og:site_name" content="Example News"></head>
<body><nav>Home | World | Sport</nav><article><h1>Ceasefire talks resume in Doha</h1>
<p>{STORY}</p><p>Diplomats said both delegations would stay in the city over the weekend
while mediators drafted a text on the exchange of prisoners.</p></article>
<footer>Copyright Example News</footer></body></html>"""
RSS = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Talks resume in Doha</title><link>https://example.org/doha</link>
<guid>https://example.org/doha</guid><pubDate>Fri, 09 Jan 2026 08:30:00 GMT</pubDate>
<description>&lt;p&gt;{STORY}&lt;/p&gt;</description></item>
<item><title>Floods in Kenya</title><link>https://example.org/kenya</link>
<pubDate>Sat, 10 Jan 2026 10:00:00 GMT</pubDate>
<description>Floods displaced thousands of people in western Kenya on Saturday.</description>
</item></channel></rss>"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Example Atom</title><entry><title>Talks resume in Doha</title>
<id>urn:example:doha</id><link href="https://example.org/atom/doha"/>
<updated>2026-01-09T08:30:00Z</updated><content type="html">&lt;p&gt;{STORY}&lt;/p&gt;</content>
</entry></feed>"""


def read(*paths: Path | str) -> tuple[list[Article], list[ReadIssue]]:
    items = list(read_articles(list(paths)))
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, ReadIssue)],
    )


def jsonl_bytes(*records: dict[str, str]) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst", ".ndjson"])
def test_compressed_and_plain_json_lines(tmp_path: Path, suffix: str) -> None:
    data = jsonl_bytes(RECORD)
    if suffix.endswith(".gz"):
        data = gzip.compress(data)
    elif suffix.endswith(".zst"):
        data = zstandard.ZstdCompressor().compress(data)
    path = tmp_path / f"wire{suffix}"
    path.write_bytes(data)
    articles, issues = read(path)
    assert issues == []
    assert [(a.id, a.published, a.source) for a in articles] == [
        ("wire-0109-doha", dt.date(2026, 1, 9), "Wire")
    ]


def test_a_truncated_archive_keeps_what_was_read_and_says_why(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    records = [{**RECORD, "id": f"wire-{n}"} for n in range(200)]
    packed = gzip.compress(jsonl_bytes(*records))
    path.write_bytes(packed[: len(packed) - 20])
    articles, issues = read(path)
    assert 0 < len(articles) < 200 and articles[0].id == "wire-0"
    assert len(issues) == 1 and "cannot read file" in str(issues[0])


def test_text_files_and_folders(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "day2").mkdir(parents=True)
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "day2" / "b.txt").write_bytes(
        "Caf\xe9 owners in Paris went on strike.".encode("cp1252")
    )
    (folder / "notes.docx").write_bytes(b"binary")  # not a kind eventwire reads: passed over
    articles, issues = read(folder)
    assert [a.text for a in articles] == [STORY, "Café owners in Paris went on strike."]
    assert all(a.id.startswith("sha1-") for a in articles)
    assert [i.severity.value for i in issues] == ["warning"]  # the cp1252 file


def test_the_same_text_in_two_formats_is_read_once(tmp_path: Path) -> None:
    text_file = tmp_path / "story.txt"
    text_file.write_text(STORY, encoding="utf-8")
    lines = tmp_path / "story.jsonl"
    lines.write_bytes(jsonl_bytes({"text": STORY}))
    articles, issues = read(text_file, lines)
    assert len(articles) == 1
    assert "duplicate id" in str(issues[0])


def test_an_html_page_gives_its_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "doha.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,), issues = read(path)
    assert issues == []
    assert article.title == "Ceasefire talks resume in Doha"
    assert article.published == dt.date(2026, 1, 9)
    assert article.source == "Example News"
    assert "met in Doha on Thursday" in article.text
    assert "Home | World" not in article.text and "Copyright" not in article.text


def test_a_page_without_an_article_is_skipped_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "empty.htm"
    path.write_text('<html><body><img src="logo.png"></body></html>', encoding="utf-8")
    articles, issues = read(path)
    assert articles == []
    assert "no article text found" in str(issues[0])


@pytest.mark.parametrize(("name", "feed"), [("wire.rss", RSS), ("wire.atom", ATOM)])
def test_feeds_give_one_article_an_entry(tmp_path: Path, name: str, feed: str) -> None:
    path = tmp_path / name
    path.write_text(feed, encoding="utf-8")
    articles, issues = read(path)
    assert issues == []
    first = articles[0]
    assert first.text == STORY  # the markup is gone
    assert first.title == "Talks resume in Doha"
    assert first.published == dt.date(2026, 1, 9)
    assert first.url is not None and first.url.startswith("https://example.org/")
    assert first.source in {"Example Wire", "Example Atom"}


def test_a_file_that_is_no_feed_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("this is not xml <<<", encoding="utf-8")
    articles, issues = read(path)
    assert articles == [] and "not an RSS or Atom feed" in str(issues[0])


def _warc(path: Path, *, compress: bool) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=compress)
        for url, body, kind in (
            ("https://example.org/doha", PAGE.encode(), "text/html; charset=utf-8"),
            ("https://example.org/logo.png", b"\x89PNG", "image/png"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2026-01-10T06:00:00Z"},
            )
            writer.write_record(record)
    return path


@pytest.mark.parametrize("name", ["news.warc", "CC-NEWS-20260110.warc.gz"])
def test_web_archives_give_their_html_responses(tmp_path: Path, name: str) -> None:
    path = _warc(tmp_path / name, compress=name.endswith(".gz"))
    (article,), issues = read(path)
    assert issues == []
    assert article.url == "https://example.org/doha"
    assert article.published == dt.date(2026, 1, 9)  # the page's date, not the fetch day
    assert "met in Doha on Thursday" in article.text


@pytest.mark.parametrize(
    ("name", "reason"),
    [("missing.jsonl", "cannot read file"), ("slides.pptx", "unsupported file type")],
)
def test_unreadable_inputs_are_reported(tmp_path: Path, name: str, reason: str) -> None:
    path = tmp_path / name
    if name.endswith(".pptx"):
        path.write_bytes(b"binary")
    articles, issues = read(path)
    assert articles == [] and reason in str(issues[0])
