"""Refining an event's code by who acts on whom (riots, repression, mass killing)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.coding.refine import load_refinements, victims
from eventwire.models import Actor
from eventwire.ontology import Ontology

Coded = set[tuple[str, str | None, str | None]]


@pytest.fixture(scope="module")
def code(
    code_all: Callable[[str], set[tuple[str, str, str | None, str | None]]],
) -> Callable[[str], Coded]:
    """(code, source country, target country) of every event."""
    return lambda text: {(c, source, target) for c, _, source, target in code_all(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Bangladeshi protesters attacked police officers in Dhaka on Sunday.",
            ("145", "BGD"),
            id="protesters-attack-police",
        ),
        pytest.param(
            "Serbian riot police fired tear gas at demonstrators outside parliament in Belgrade.",
            ("175", "SRB"),
            id="police-fire-on-demonstrators",
        ),
        pytest.param(
            "Sudanese soldiers killed more than 200 villagers in Darfur, witnesses said.",
            ("202", "SDN"),
            id="mass-killing-by-number",
        ),
        pytest.param(
            "Islamist militants killed hundreds of civilians in Burkina Faso's north.",
            ("202", None),
            id="mass-killing-by-word",
        ),
        pytest.param(
            "Iran deported more than 50,000 Afghan migrants last month.",
            ("201", "IRN"),
            id="mass-expulsion",
        ),
        pytest.param(
            "Mali's military junta ordered United Nations peacekeepers to leave the country.",
            ("1641", "MLI"),
            id="peacekeepers-ordered-out",
        ),
        pytest.param(
            "Burkina Faso's government expelled the Norwegian Refugee Council on Friday.",
            ("1643", "BFA"),
            id="aid-agency-expelled",
        ),
        pytest.param(
            "The Dominican Republic deported about 10,000 Haitians last week.",
            ("174", "DOM"),
            id="deportations-by-the-thousand",
        ),
        pytest.param(
            "Russian missiles struck Ukraine's power grid overnight, officials in Kyiv said.",
            ("195", "RUS"),
            id="missiles-as-subject",
        ),
        pytest.param(
            "Israeli tanks fired on a refugee camp in Rafah on Monday.",
            ("194", "ISR"),
            id="tanks-as-subject",
        ),
    ],
)
def test_codes_refined_by_actors(
    code: Callable[[str], Coded], text: str, expected: tuple[str, str | None]
) -> None:
    assert expected in {(cameo, source) for cameo, source, _ in code(text)}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "Sudanese soldiers killed four villagers in Darfur, witnesses said.",
            "1823",
            id="a-few-victims-stay-a-killing",
        ),
        pytest.param(
            "Israeli troops attacked Hezbollah fighters in southern Lebanon.",
            "190",
            id="soldiers-on-fighters-stay-an-attack",
        ),
        pytest.param(
            "Venezuelan police tortured Venezuelan detainees in El Helicoide.",
            "1822",
            id="torture-is-no-repression-of-a-crowd",
        ),
        pytest.param(
            "A Ugandan mob lynched a man accused of theft.",
            "1823",
            id="a-lynching-is-no-riot",
        ),
    ],
)
def test_other_events_keep_their_code(code: Callable[[str], Coded], text: str, kept: str) -> None:
    codes = {cameo for cameo, _, _ in code(text)}
    assert kept in codes
    assert not codes & {"145", "175", "202"}


@pytest.mark.parametrize(
    ("text", "mention", "count"),
    [
        ("Gunmen killed at least 223 villagers.", "223 villagers", 223),
        ("Gunmen killed 1,200 villagers.", "1,200 villagers", 1200),
        ("Gunmen killed hundreds of villagers.", "villagers", 200),
        ("Iran expelled 1.5 million Afghans.", "1.5 million Afghans", 1_500_000),
        ("Iran expelled tens of thousands of Afghans.", "Afghans", 20_000),
        ("Gunmen killed villagers.", "villagers", 0),
    ],
)
def test_victims_counted_in_the_mention(nlp: Language, text: str, mention: str, count: int) -> None:
    doc = nlp(text)
    start = text.index(mention)
    actor = Actor(mention, start, start + len(mention), code="CVL", country=None)
    assert victims(doc, actor, load_refinements().quantities) == count


def test_every_refined_code_is_in_the_ontology() -> None:
    ontology = Ontology.load()
    assert [r.id for r in load_refinements().rules if r.code not in ontology] == []


@pytest.mark.parametrize(
    "text",
    [
        "A man stabbed his neighbour to death in a dispute over parking in Leeds.",
        "A gunman killed three shoppers at a mall in Texas before taking his own life.",
        "A man set fire to his former wife's house in Marseille.",
    ],
)
def test_private_crime_is_no_political_event(code: Callable[[str], Coded], text: str) -> None:
    assert code(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gunmen killed 12 villagers in Nigeria's Zamfara state.",
            ("1823", None),
            id="a-group-of-gunmen",
        ),
        pytest.param(
            "A gunman shot dead a Colombian senator at a rally in Bogota.",
            ("186", None),
            id="a-political-target",
        ),
    ],
)
def test_violence_by_groups_or_on_officials_stays(
    code: Callable[[str], Coded], text: str, expected: tuple[str, str | None]
) -> None:
    assert expected in {(cameo, source) for cameo, source, _ in code(text)}


def test_a_clash_between_civilians_and_police_is_a_riot_and_repression(
    code: Callable[[str], Coded],
) -> None:
    found = code("Argentine pensioners clashed with police outside Congress in Buenos Aires.")
    assert {(c, s, t) for c, s, t in found} >= {("145", "ARG", None), ("175", None, "ARG")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Thousands of Kenyan students rallied in Nairobi to demand the repeal of the bill.",
            "1412",
            id="rally-to-demand-policy-change",
        ),
        pytest.param(
            "Serbian protesters marched through Belgrade, demanding the prime minister's "
            "resignation.",
            "1411",
            id="march-demanding-resignation",
        ),
    ],
)
def test_a_protest_is_coded_by_its_demand(
    code: Callable[[str], Coded], text: str, expected: str
) -> None:
    codes = {c for c, _, _ in code(text)}
    assert expected in codes
    assert not any(c.startswith("10") for c in codes)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "Two police officers were shot dead at a checkpoint in Dagestan.",
            True,
            id="unnamed-attackers-of-police",
        ),
        pytest.param("A teenager was stabbed to death in south London.", False, id="crime"),
        pytest.param("Five people were killed in a landslide in Nepal.", False, id="disaster"),
    ],
)
def test_agentless_killings_are_political_only_with_a_political_target(
    code: Callable[[str], Coded], text: str, kept: bool
) -> None:
    assert bool(code(text)) is kept


def test_the_scene_of_an_attack_is_no_protest(code: Callable[[str], Coded]) -> None:
    found = code("Police fired tear gas at protesters during a rally in Nairobi.")
    assert {cameo for cameo, _, _ in found} == {"175"}


def test_a_capitalised_plural_after_a_dateline_is_a_group(code: Callable[[str], Coded]) -> None:
    found = code("Balochistan: Gunmen stopped a bus in Musakhel and shot dead 23 passengers.")
    assert any(cameo.startswith("18") for cameo, _, _ in found)


def test_a_rejection_told_as_the_manner_of_a_protest_is_the_protest(
    code: Callable[[str], Coded],
) -> None:
    found = code(
        "Venezuelan opposition supporters marched in Caracas, rejecting the official results."
    )
    codes = {cameo for cameo, _, _ in found}
    assert any(c.startswith("14") for c in codes)
    assert not any(c.startswith("12") for c in codes)


def test_a_refined_code_is_refined_again(nlp: Language) -> None:
    """A generic attack by gunmen on civilians is unconventional (180); by the dozen it is
    then a mass killing (202). Each rule applies once."""
    doc = nlp("Gunmen attacked more than 100 villagers.")
    refinements = load_refinements()
    gunmen = Actor("Gunmen", 0, 6, code="NGAUAF", country="NGA", sectors=("UAF",))
    villagers = Actor(
        "more than 100 villagers", 16, 39, code="NGACVL", country="NGA", sectors=("CVL",)
    )
    assert refinements.refine(doc, "190", gunmen, villagers) == "202"


def test_default_targets_by_code_prefix() -> None:
    refinements = load_refinements()
    students = Actor("students", 0, 8, code="EDU", country=None, sectors=("EDU",))
    soldiers = Actor("soldiers", 0, 8, code="MIL", country=None, sectors=("MIL",))
    iran = Actor("Iran", 0, 4, code="IRN", country="IRN")
    assert refinements.default_target("1411", students) == "GOV"
    assert refinements.default_target("143", students) == "GOV"
    assert refinements.default_target("145", students) is None
    assert refinements.default_target("190", students) is None
    assert refinements.default_target("141", soldiers) is None  # soldiers who march
    assert refinements.default_target("141", iran) == "GOV"  # "Iran's biggest rallies"


def test_a_territory_is_no_country_abroad() -> None:
    refinements = load_refinements()
    assert not refinements.abroad("FRA", "NCL")  # New Caledonia is French
    assert not refinements.abroad("FRA", "FRA")
    assert refinements.abroad("KEN", "HTI")
    assert refinements.abroad("NCL", "FRA")  # the relation is one way
