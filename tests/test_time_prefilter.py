"""The temporal grammar's prefilter: the words without which a rule cannot match."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eventwire.time._patterns import grammar
from eventwire.time._prefilter import cues, fold, may_match

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        pytest.param(r"\bquarter\b", [{"quarter"}], id="one-word"),
        pytest.param(
            r"\b(?:first|second)\s+half\b", [{"first", "second"}, {"half"}], id="each-part"
        ),
        pytest.param(
            r"(?:the\s+)?year-(?:ago|earlier)", [{"year-ago", "year-earlier"}], id="product"
        ),
        pytest.param(r"\b(?-i:Jan|JAN)\.?\s+\d+", [{"jan"}], id="case-sensitive-part-folded"),
        pytest.param(r"(?:\d+|two)\s+weeks?", [{"week"}], id="branch-without-literal-left-out"),
        pytest.param(r"[-–]\d", [{"-", "–"}], id="character-set"),
        pytest.param(r"\b(?:today)?\s*\d{4}", None, id="optional-only"),
        pytest.param(r"\b\d{1,2}/\d{4}", [{"/"}], id="punctuation"),
        pytest.param(r"\b(?:noon|\d+)\b", None, id="no-literal-in-every-branch"),
        pytest.param(r"\b[^a]x", [{"x"}], id="negated-set-unknown"),
        pytest.param(r"(?:ab)+c", [{"ab"}, {"c"}], id="repeat-keeps-body"),
        pytest.param(r"a\s+b\s+c\s+dd", [{"dd"}, {"a"}, {"b"}], id="at-most-three"),
        pytest.param(
            r"(?:once|twice|\d+\s+times)\s+a", [{"once", "twice", "times"}, {"a"}], id="branches"
        ),
    ],
)
def test_cues_read_off_the_pattern(pattern: str, expected: list[set[str]] | None) -> None:
    found = cues(re.compile(pattern, re.IGNORECASE))
    assert found == (tuple(frozenset(e) for e in expected) if expected is not None else None)


def test_a_text_must_meet_every_cue_set() -> None:
    requirement = cues(re.compile(r"\b(?:first|second)\s+half\b", re.IGNORECASE))
    assert may_match(requirement, fold("The first half"))
    assert not may_match(requirement, fold("The first quarter"))
    assert may_match(None, "anything")


def test_fold_matches_ignorecase_twins_of_ascii_letters() -> None:
    assert fold("Kelvin \u212a, long \u017f, \u0130stanbul") == "kelvin k, long s, istanbul"
    assert fold("Next WEEK") == "next week"


def _news_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "eval" / "gold").glob("dates_news*.input.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    return texts


def test_every_match_of_a_rule_contains_one_of_its_cues() -> None:
    rules = grammar()
    texts = _news_texts()
    assert texts
    misses = [
        (name, match[0])
        for (name, pattern), cue_words in zip(rules.rules, rules.cues, strict=True)
        for text in texts
        for match in pattern.finditer(text)
        if not may_match(cue_words, fold(match[0]))
    ]
    assert misses == []


def test_most_rules_have_cues() -> None:
    rules = grammar()
    with_cues = [name for (name, _), found in zip(rules.rules, rules.cues, strict=True) if found]
    assert len(with_cues) >= len(rules.rules) * 3 // 4
