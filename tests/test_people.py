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


SURNAME_FIRST_MENTIONS = [
    (
        "kurti",
        "Kurti said on Tuesday that the bridge would stay closed.",
        "Kurti",
        ("XKXGOV", "Albin Kurti"),
    ),
    (
        "abiy",
        "Abiy told parliament that Ethiopia wanted access to the sea.",
        "Abiy",
        ("ETHGOV", "Abiy Ahmed"),
    ),
    ("vance", "Vance told reporters the talks were over.", "Vance", ("USAGOV", "JD Vance")),
    (
        "katz",
        "Katz ordered the army to prepare a new offensive.",
        "Katz",
        ("ISRGOV", "Israel Katz"),
    ),
    ("yunus", "Yunus promised elections in February.", "Yunus", ("BGDGOV", "Muhammad Yunus")),
    ("duda", "Duda vetoed the bill on Friday.", "Duda", ("POLGOV", "Andrzej Duda")),
    (
        "araqchi",
        "Araqchi said Tehran would not negotiate under threat.",
        "Araqchi",
        ("IRNGOV", "Abbas Araghchi"),
    ),
    (
        "lukashenka",
        "Lukashenka pardoned 16 prisoners.",
        "Lukashenka",
        ("BLRGOV", "Alexander Lukashenko"),
    ),
    (
        "netanyahou",
        "Netanyahou met Trump at the White House.",
        "Netanyahou",
        ("ISRGOV", "Benjamin Netanyahu"),
    ),
    ("kiir", "Kiir sacked his finance minister again.", "Kiir", ("SSDGOV", "Salva Kiir")),
    (
        "baradar",
        "Baradar met Chinese investors in Kabul.",
        "Baradar",
        ("AFGGOV", "Abdul Ghani Baradar"),
    ),
    (
        "kalin",
        "Kalin held talks with Hamas officials in Ankara.",
        "Kalin",
        ("TURSPY", "Ibrahim Kalin"),
    ),
    ("birol", "Birol warned of a supply glut next year.", "Birol", ("IGOIEA", "Fatih Birol")),
    (
        "karayilan",
        "Karayilan said the fighters would lay down arms.",
        "Karayilan",
        ("TURREB", "Murat Karayilan"),
    ),
]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [c[1:] for c in SURNAME_FIRST_MENTIONS],
    ids=[c[0] for c in SURNAME_FIRST_MENTIONS],
)
def test_surname_alone_at_first_mention(
    resolver: ActorResolver, parse: Parse, text: str, word: str, expected: tuple[str, str]
) -> None:
    actor = _one(resolver, parse, text, word)
    assert (actor.code, actor.name, actor.resolved_by) == (*expected, "person")


AMBIGUOUS_SURNAMES = [
    ("kim", "Kim said the talks had failed.", "Kim", "PRKGOV"),
    ("lee", "Lee said the talks had failed.", "Lee", "KORGOV"),
    ("sharif", "Sharif said the party would stay united.", "Sharif", "PAKGOV"),
    ("wang", "Wang said the talks had failed.", "Wang", "CHNGOV"),
    ("khan", "Khan said the party would stay united.", "Khan", "PAKOPP"),
    ("abbas", "Abbas said the meeting went well.", "Abbas", "PSEGOV"),
    ("given-name", "Marcos Pérez criticised the government.", "Marcos", "PHLGOV"),
]


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [c[1:] for c in AMBIGUOUS_SURNAMES],
    ids=[c[0] for c in AMBIGUOUS_SURNAMES],
)
def test_ambiguous_surname_alone_is_no_known_figure(
    resolver: ActorResolver, parse: Parse, text: str, word: str, code: str
) -> None:
    doc = parse(text)
    token = next(token for token in doc if token.text == word)
    actors = resolver.resolve_document(doc, None).actors_for(token)
    assert all(a.resolved_by != "person" and a.code != code for a in actors), actors
