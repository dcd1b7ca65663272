"""An ingest killed mid-batch resumes on the next run: nothing lost, nothing stored twice."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles.jsonl"
COPIES = 3  # 14 example articles, three times under new ids: 42 articles
CLI = [sys.executable, "-c", "from eventwire.cli import app; app()"]
STARTED_AFTER = 5  # articles stored before the kill
TIMEOUT_S = 120.0


def _corpus(path: Path) -> int:
    records = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    lines = [
        json.dumps({**record, "id": f"{record['id']}-copy{copy}"})
        for copy in range(COPIES)
        for record in records
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def _count(db: Path, table: str) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db) as connection:
            return int(connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is still being created
        return 0


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    args = [*CLI, "ingest", str(corpus), "--db", str(db), "--workers", "1"]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill_when_started(process: subprocess.Popen[bytes], db: Path) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while _count(db, "articles") < STARTED_AFTER:
        assert process.poll() is None, "ingest ended before it could be killed"
        assert time.monotonic() < deadline, "ingest stored nothing in time"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()


def test_a_killed_ingest_resumes_with_nothing_lost_or_doubled(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    total = _corpus(corpus)
    killed, whole = tmp_path / "killed.db", tmp_path / "whole.db"

    _kill_when_started(_ingest(corpus, killed), killed)
    stored_before = _count(killed, "articles")
    assert STARTED_AFTER <= stored_before < total

    assert _ingest(corpus, killed).wait(TIMEOUT_S) == 0  # the resumed run
    assert _ingest(corpus, whole).wait(TIMEOUT_S) == 0  # one uninterrupted run
    assert _count(killed, "articles") == total
    for table in ("events", "mentions"):
        assert _count(killed, table) == _count(whole, table) > 0
