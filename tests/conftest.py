"""Shared fixtures: the spaCy model and the coder are loaded once per test session."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.actors import ActorResolver
from eventwire.coding.coder import CodedEvent, EventCoder
from eventwire.nlp import load_model

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
# Commands run in one process in tests (workers default to all cores): a pool of model
# processes per small test corpus would only add start-up time. Tests that need workers
# say so with --workers.
os.environ.setdefault("EVENTWIRE_WORKERS", "1")


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def parse(nlp: Language) -> Callable[[str], Doc]:
    """Parse one text with the session's model."""
    return nlp


Coded = set[tuple[str, str, str | None, str | None]]


@pytest.fixture(scope="session")
def coded(nlp: Language) -> Callable[[str], list[CodedEvent]]:
    """The coder with the package's patterns and actor tables (no places, no localisation),
    loaded once for every test that codes text."""
    coder = EventCoder.load()
    resolver = ActorResolver.load()

    def run(text: str) -> list[CodedEvent]:
        doc = nlp(text)
        coder.repair_parse(doc)
        return coder.code(doc, resolver.resolve_document(doc, None))

    return run


@pytest.fixture(scope="session")
def code_all(coded: Callable[[str], list[CodedEvent]]) -> Callable[[str], Coded]:
    """Every event the coder finds in a text, as (code, status, source country, target
    country)."""
    return lambda text: {
        (e.code, e.status.value, e.source.country, e.target.country if e.target else None)
        for e in coded(text)
    }


ActorCoded = list[tuple[str, str | None, str | None]]


@pytest.fixture(scope="session")
def code_events(coded: Callable[[str], list[CodedEvent]]) -> Callable[[str], ActorCoded]:
    """Every event the coder finds in a text, as (code, source actor code, target actor
    code)."""
    return lambda text: [
        (e.code, e.source.code, e.target.code if e.target else None) for e in coded(text)
    ]


@pytest.fixture(scope="session")
def code(code_all: Callable[[str], Coded]) -> Callable[[str], Coded]:
    """The coder on one text; test modules narrow it to the roots they test."""
    return code_all
