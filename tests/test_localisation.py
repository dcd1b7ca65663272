"""Domestic actors named without a country take the country where the event happens."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Article, Pipeline
from eventwire.actors.localise import dominant_country, localise
from eventwire.models import Actor, Place, PlacePrecision


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


def _dyads(pipeline: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    article = Article(id="t", text=text, published=dt.date(2026, 3, 2))
    [annotated] = pipeline.annotate([article])
    return {
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in annotated.events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Police arrested dozens of protesters in Nairobi on Tuesday.",
            ("173", "KENCOP", "KENCVL"),
            id="place-in-sentence",
        ),
        pytest.param(
            "Separatist rebels in Indonesia's Papua region took a New Zealand pilot hostage.",
            ("181", "IDNREB", "NZLCVL"),
            id="place-in-the-actors-own-phrase",
        ),
        pytest.param(
            "Ukraine's military intelligence agency carried out an overnight drone strike on an"
            " oil refinery in Russia's Ryazan region.",
            ("195", "UKR", "RUS"),
            id="thing-struck-in-a-named-region",
        ),
        pytest.param(
            "Israel will send a negotiating team to Cairo on Monday.",
            ("042", "ISR", "EGYGOV"),
            id="team-sent-abroad",
        ),
        pytest.param(
            "Russian forces struck a crowded street in central Sumy on Monday.",
            ("190", "RUSMIL", "UKR"),
            id="thing-struck-in-a-place",
        ),
        pytest.param(
            "Russian airstrikes on Aleppo killed nine civilians on Sunday.",
            ("195", "RUS", "SYRCVL"),
            id="victims-where-the-attack-struck",
        ),
        pytest.param(
            "Thousands rallied in Belgrade on Saturday. Students marched against the government.",
            ("141", "SRBEDU", "SRBGOV"),
            id="article-country",
        ),
        pytest.param(
            "Soldiers detained two farmers in Myanmar's Sagaing region on Monday.",
            ("173", "MMRMIL", "MMRCVL"),
            id="soldiers-without-a-country",
        ),
        pytest.param(
            "Gunmen kidnapped the mayor of a small town in Colombia's Cauca province.",
            ("181", "COLUAF", "COLGOV"),
            id="office-holder-without-a-country",
        ),
        pytest.param(
            "Militants abducted three Turkish nationals at a construction site in Niger.",
            ("181", "NERUAF", "TURCVL"),
            id="nationals-of-a-country",
        ),
        pytest.param(
            "The junta expelled the French ambassador on Tuesday after protests in Niamey.",
            ("161", "NERGOV", "FRAGOV"),
            id="the-junta",
        ),
        pytest.param(
            "Russian forces launched a new offensive in the Kharkiv region on Monday.",
            ("190", "RUSMIL", "UKR"),
            id="place-named-by-its-region",
        ),
        pytest.param(
            "Police in Uttar Pradesh's Banda district arrested 14 members of a land-grabbing "
            "gang on Tuesday.",
            ("173", "INDCOP", "INDCRM"),
            id="a-state-tagged-with-its-possessive",
        ),
    ],
)
def test_domestic_actors_are_localised(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _dyads(pipeline, text)


def test_a_country_dealt_with_as_a_whole_is_not_the_actors_home(pipeline: Pipeline) -> None:
    found = _dyads(pipeline, "The junta ended its military cooperation agreement with France.")
    assert ("160", "GOV", "FRA") in found


def test_an_envoys_country_is_not_the_expelling_governments(pipeline: Pipeline) -> None:
    assert _dyads(
        pipeline, "The government told the French ambassador to leave within 48 hours."
    ) == {("161", "GOV", "FRAGOV")}


def test_events_dated_long_before_publication_are_background(pipeline: Pipeline) -> None:
    text = (
        "France demanded that Iran release two French citizens. The couple were arrested in"
        " May 2022 while on holiday in Iran."
    )
    assert {cameo for cameo, _, _ in _dyads(pipeline, text)} == {"1053"}


def test_a_span_opened_long_ago_is_no_background(pipeline: Pipeline) -> None:
    assert ("192", "RUS", "UKR") in _dyads(
        pipeline, "Russia has occupied parts of Ukraine since 2014."
    )


def test_a_lone_gunman_at_a_place_is_private_crime(pipeline: Pipeline) -> None:
    text = "A gunman opened fire at a wedding party in Turkey's Mardin province on Saturday."
    assert _dyads(pipeline, text) == set()


def test_the_other_sides_country_is_no_bar_to_a_place(pipeline: Pipeline) -> None:
    found = _dyads(pipeline, "Police in Nairobi arrested 20 Kenyan protesters.")
    assert ("173", "KENCOP", "KENCVL") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A Qatari plane carrying 40 tonnes of medical supplies landed in Kabul on Sunday.",
            ("073", "QAT", "AFG"),
            id="plane-carrying-relief",
        ),
        pytest.param(
            "A WFP convoy of 40 lorries carrying flour and blankets crossed into northern Gaza.",
            ("073", "IGOUNOWFP", "PSE"),
            id="convoy-carrying-relief",
        ),
        pytest.param(
            "Two Russian cargo planes carrying weapons landed in Bamako, diplomats said.",
            ("072", "RUS", "MLI"),
            id="planes-carrying-weapons",
        ),
        pytest.param(
            "A contingent of Rwandan police officers arrived in Bangui to support the UN mission.",
            ("074", "RWACOP", "CAF"),
            id="contingent-arrives-to-support",
        ),
        # gangs attacking a village attack people who do not fight back; a base fights back
        pytest.param(
            "Armed bandits attacked a village in Zamfara state overnight, residents said.",
            ("180", "NGACRM", "NGA"),
            id="gang-attack-on-a-village",
        ),
        pytest.param(
            "Armed bandits attacked an army base in Zamfara state overnight.",
            ("190", "NGACRM", "NGAMIL"),
            id="gang-attack-on-a-base",
        ),
        pytest.param(
            "M23 rebels seized Bukavu on Sunday.",
            ("192", "CODREB", "COD"),
            id="town-seized",
        ),
        pytest.param(
            "Israel halted the entry of fuel into Gaza on Monday.",
            ("162", "ISR", "PSE"),
            id="halted-the-entry-of-goods",
        ),
        pytest.param(
            "Israel blocked aid deliveries to Gaza on Tuesday.",
            ("162", "ISR", "PSE"),
            id="blocked-deliveries-to-a-territory",
        ),
    ],
)
def test_a_place_target_stands_for_its_country(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _dyads(pipeline, text)


def test_a_trip_at_home_is_no_visit(pipeline: Pipeline) -> None:
    text = "The South Korean opposition leader was stabbed during a visit to Busan."
    assert not any(code.startswith("04") for code, _, _ in _dyads(pipeline, text))


def test_an_attacker_nobody_names_has_no_country(pipeline: Pipeline) -> None:
    """An airstrike in Gaza is not a Palestinian one because it struck Gaza."""
    found = _dyads(pipeline, "An airstrike on a school in Jabalia, Gaza, killed 22 people.")
    assert {source for _, source, _ in found} == {"UAF"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Thousands rallied in Belgrade on Saturday demanding snap elections.",
            ("141", "SRBCVL", "SRBGOV"),
            id="rally",
        ),
        pytest.param(
            "Kenyan doctors began a nationwide strike over unpaid salaries.",
            ("143", "KENHLH", "KENGOV"),
            id="strike",
        ),
        pytest.param(
            "Students protested outside the Chinese consulate in Osaka.",
            ("141", "JPNEDU", "CHNGOV"),
            id="named-target-kept",
        ),
    ],
)
def test_a_protest_naming_no_one_addresses_the_government(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _dyads(pipeline, text)


def test_repression_naming_no_one_falls_on_the_people(pipeline: Pipeline) -> None:
    assert ("175", "KENCOP", "KENCVL") in _dyads(pipeline, "Police fired tear gas in Nairobi.")


def test_riots_get_no_default_target(pipeline: Pipeline) -> None:
    assert ("145", "NCLCVL", None) in _dyads(pipeline, "Rioters torched cars in Noumea.")


def test_international_organisations_are_not_localised() -> None:
    un = Actor("the UN", 0, 6, code="IGOUNO", country=None, sectors=("IGO",))
    assert localise(un, "KEN") == un


def test_a_known_country_is_kept() -> None:
    police = Actor("Ugandan police", 0, 14, code="UGACOP", country="UGA", sectors=("COP",))
    assert localise(police, "KEN") == police


def test_dominant_country_weighs_places_above_actors() -> None:
    place = Place(0, 7, "Bukavu", "Bukavu", "COD", -2.5, 28.9, 217831, PlacePrecision.CITY)
    actors = [Actor("Rwanda", 20, 26, code="RWA", country="RWA")]
    assert dominant_country([place], actors) == "COD"
