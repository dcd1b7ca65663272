"""The texts a dates or places gold file is scored on.

Dates and places gold files carry offsets, not texts. The texts come from, in order:

1. an input file named by the caller (eventwire input, one article a line, same ids);
2. the gold file's sibling, ``NAME.gold.jsonl`` -> ``NAME.input.jsonl``;
3. the gold records themselves, when they carry ``text`` (and ``published`` or ``dct``).
"""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest._record import record_to_article
from eventwire.ingest.jsonl import read_jsonl
from eventwire.models import Article

GOLD_MARK = ".gold."
INPUT_MARK = ".input."


def gold_inputs(gold_path: Path, input_path: Path | None = None) -> list[Article]:
    """Articles to score against ``gold_path``; :class:`InputError` when none can be found."""
    if not gold_path.is_file():
        raise InputError(f"gold file not found: {gold_path}")
    source = input_path or sibling_input(gold_path)
    if source is not None:
        if not source.is_file():
            raise InputError(f"input file not found: {source}")
        return [item for item in read_jsonl(source) if isinstance(item, Article)]
    articles = _articles_in_gold(gold_path)
    if not articles:
        raise InputError(
            f"no texts for {gold_path}: pass --input INPUT.jsonl (eventwire input with the "
            f"gold's ids), or keep it beside the gold as NAME{INPUT_MARK}jsonl"
        )
    return articles


def sibling_input(gold_path: Path) -> Path | None:
    """``NAME.input.jsonl`` beside ``NAME.gold.jsonl``, when it exists."""
    if GOLD_MARK not in gold_path.name:
        return None
    candidate = gold_path.with_name(gold_path.name.replace(GOLD_MARK, INPUT_MARK, 1))
    return candidate if candidate.is_file() else None


def _articles_in_gold(gold_path: Path) -> list[Article]:
    articles = []
    with gold_path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            record = _json_object(line)
            if record is None or "text" not in record:
                continue
            record.setdefault("published", record.get("dct"))
            article = record_to_article(record, f"{gold_path}:{number}").article
            if article is not None:
                articles.append(article)
    return articles


def _json_object(line: str) -> dict[str, object] | None:
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record if isinstance(record, dict) else None
