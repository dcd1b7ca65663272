"""The actor lexicon's longest-match lookup: skipping windows no key can cover loses none."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Doc

from eventwire.actors import ActorResolver
from eventwire.actors import _lexicon as lexicon_module
from eventwire.actors._lexicon import PhraseIndex

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "The Organization of American States and the International Court of Justice met.",
    "US Defense Secretary Lloyd Austin met the Chinese defence minister in Singapore.",
    "Reporters Without Borders and the Committee to Protect Journalists condemned it.",
    "the the The European Union 's foreign policy chief spoke to Americans and Rebels.",
]


def _eval_texts() -> list[str]:
    path = ROOT / "eval" / "gold" / "events_01-05.jsonl"
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()][:40]


@pytest.fixture(scope="module")
def docs(parse: Callable[[str], Doc]) -> list[Doc]:
    return [parse(text) for text in TEXTS + _eval_texts()]


def test_begins_some_key() -> None:
    index = PhraseIndex.of({"Court of Justice": 1, "Courtney": 2}, lower=False)
    assert index.begins_some_key("Court of")
    assert index.begins_some_key("Court")
    assert not index.begins_some_key("Court of Appeal")
    assert not index.begins_some_key("Czech")


def test_pruned_lookup_finds_what_trying_every_window_finds(
    docs: list[Doc], monkeypatch: pytest.MonkeyPatch
) -> None:
    lexicon = ActorResolver.load().describer.lexicon
    windows = [list(sent) for doc in docs for sent in doc.sents]
    windows += [list(doc[i : i + 5]) for doc in docs for i in range(0, len(doc), 3)]
    pruned = [(lexicon.proper_matches(w), lexicon.common_matches(w)) for w in windows]
    monkeypatch.setattr(lexicon_module, "_last_end", lambda spaced, start, limit, index: limit)
    every = [(lexicon.proper_matches(w), lexicon.common_matches(w)) for w in windows]
    assert pruned == every
    assert any(proper for proper, _ in pruned) and any(common for _, common in pruned)
