"""Political figures of ``people.tsv``: named people resolve to the code of their office."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from eventwire.actors import ActorResolver
from eventwire.models import Actor

Parse = Callable[[str], Doc]


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.load()


def _one(resolver: ActorResolver, parse: Parse, text: str, word: str) -> Actor:
    """The single actor of the first token spelled ``word``."""
    doc = parse(text)
    token = next(token for token in doc if token.text == word)
    actors = resolver.resolve_document(doc, None).actors_for(token)
    assert len(actors) == 1, actors
    return actors[0]


FIGURES = [
    (
        "finance-minister",
        "Scott Bessent warned Beijing against new export curbs.",
        "Bessent",
        ("USAGOV", "Scott Bessent"),
    ),
    (
        "bare-surname",
        "Lecornu met union leaders in Paris on Tuesday.",
        "Lecornu",
        ("FRAGOV", "Sebastien Lecornu"),
    ),
    (
        "spelling-variant",
        "Ekrem İmamoğlu called on supporters to keep protesting.",
        "İmamoğlu",
        ("TUROPP", "Ekrem Imamoglu"),
    ),
    (
        "intelligence-chief",
        "Kyrylo Budanov said Russia was preparing a new offensive.",
        "Budanov",
        ("UKRSPY", "Kyrylo Budanov"),
    ),
    (
        "army-chief",
        "Eyal Zamir ordered troops to pull back from the ridge.",
        "Zamir",
        ("ISRMIL", "Eyal Zamir"),
    ),
    (
        "armed-group",
        "Corneille Nangaa rejected the ceasefire terms.",
        "Nangaa",
        ("CODREB", "Corneille Nangaa"),
    ),
    (
        "igo-envoy",
        "Hans Grundberg urged the Houthis to release detained staff.",
        "Grundberg",
        ("IGOUNO", "Hans Grundberg"),
    ),
    (
        "icc-prosecutor",
        "Karim Khan sought arrest warrants for two commanders.",
        "Khan",
        ("IGOICC", "Karim Khan"),
    ),
    (
        "central-bank",
        "Christine Lagarde signalled that rates would stay on hold.",
        "Lagarde",
        ("IGOEEC", "Christine Lagarde"),
    ),
    (
        "jailed-dissident",
        "Narges Mohammadi began a hunger strike in Evin prison.",
        "Mohammadi",
        ("IRNHRI", "Narges Mohammadi"),
    ),
    (
        "transliteration",
        "Sviatlana Tsikhanouskaya appealed to European leaders for support.",
        "Tsikhanouskaya",
        ("BLROPP", "Sviatlana Tsikhanouskaya"),
    ),
    (
        "former-name",
        "Abu Mohammed al-Jolani addressed the crowd in Damascus.",
        "Jolani",
        ("SYRGOV", "Ahmed al-Sharaa"),
    ),
]


@pytest.mark.parametrize(
    ("text", "word", "expected"), [c[1:] for c in FIGURES], ids=[c[0] for c in FIGURES]
)
def test_new_political_figures(
    resolver: ActorResolver, parse: Parse, text: str, word: str, expected: tuple[str, str]
) -> None:
    actor = _one(resolver, parse, text, word)
    assert (actor.code, actor.name, actor.resolved_by) == (*expected, "person")
