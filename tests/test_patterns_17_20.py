"""Patterns for CAMEO roots 17-20: coercion, assault, fighting and mass violence."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.actors import ActorResolver
from eventwire.coding.coder import EventCoder

Coded = set[tuple[str, str, str | None, str | None]]
ROOTS = ("17", "18", "19", "20")


@pytest.fixture(scope="module")
def code(code_all: Callable[[str], Coded]) -> Callable[[str], Coded]:
    """Events of these roots only."""
    return lambda text: {event for event in code_all(text) if event[0].startswith(ROOTS)}


COERCE = [
    pytest.param(
        "Zimbabwean police held two South African journalists overnight in Harare.",
        {("173", "asserted", "ZWE", "ZAF")},
        id="173-held-people",
    ),
    pytest.param(
        "Indian police booked three Kashmiri students for sedition on Monday.",
        {("173", "asserted", "IND", None)},  # the pipeline localises the students
        id="173-booked",
    ),
    pytest.param(
        "Two Kenyan activists were arrested by Ugandan police in Kampala.",
        {("173", "asserted", "UGA", "KEN")},
        id="173-passive-arrest",
    ),
    pytest.param(
        "Pakistani authorities rounded up dozens of Afghan migrants in Karachi.",
        {("173", "asserted", "PAK", "AFG")},
        id="173-round-up",
    ),
    pytest.param(
        "The Russian government placed the Russian opposition leader under house arrest.",
        {("173", "asserted", "RUS", "RUS")},
        id="173-under-house-arrest",
    ),
    pytest.param(
        "The International Criminal Court issued an arrest warrant for Russian President "
        "Vladimir Putin.",
        {("173", "asserted", None, "RUS")},
        id="173-arrest-warrant",
    ),
    pytest.param(
        "Prosecutors in Lima filed charges against former Peruvian President Pedro Castillo.",
        {("173", "asserted", None, "PER")},
        id="173-file-charges",
    ),
    pytest.param(
        "Germany deported 28 Afghan men to Kabul on Friday.",
        {("174", "asserted", "DEU", "AFG")},
        id="174-deport",
    ),
    pytest.param(
        "Iran's Revolutionary Guards seized a British tanker in the Strait of Hormuz.",
        {("171", "asserted", "IRN", "GBR")},
        id="171-seize-ship",
    ),
    pytest.param(
        "Russian authorities confiscated the assets of Danish brewer Carlsberg.",
        {("1711", "asserted", "RUS", "DNK")},
        id="1711-confiscate-assets",
    ),
    pytest.param(
        "Israeli forces demolished Palestinian homes near Hebron.",
        {("1712", "asserted", "ISR", None)},
        id="1712-demolish-homes",
    ),
    pytest.param(
        "Israeli settlers set fire to Palestinian homes on Friday night.",
        {("1712", "asserted", "ISR", None)},
        id="1712-set-fire-to",
    ),
    pytest.param(
        "The Nicaraguan government stripped Nicaraguan opposition figures of their citizenship.",
        {("172", "asserted", "NIC", "NIC")},
        id="172-strip-citizenship",
    ),
    pytest.param(
        "Nepal's government banned Facebook on Thursday.",
        {("1721", "asserted", "NPL", "NPL")},
        id="1721-ban-platform",
    ),
    pytest.param(
        "Thailand's Constitutional Court dissolved the opposition Move Forward party.",
        {("1722", "asserted", "THA", "THA")},
        id="1722-dissolve-party",
    ),
    pytest.param(
        "Bangladeshi authorities imposed a curfew on Friday.",
        {("1723", "asserted", "BGD", "BGD")},
        id="1723-curfew",
    ),
    pytest.param(
        "Sri Lanka's president declared a state of emergency on Wednesday.",
        {("1724", "asserted", "LKA", "LKA")},
        id="1724-state-of-emergency",
    ),
    pytest.param(
        "South Korean President Yoon Suk Yeol declared martial law on Tuesday night.",
        {("1724", "asserted", "KOR", "KOR")},
        id="1724-martial-law",
    ),
    pytest.param(
        "Iranian security forces cracked down on Iranian protesters.",
        {("175", "asserted", "IRN", "IRN")},
        id="175-crack-down",
    ),
    pytest.param(
        "Serbian riot police fired tear gas at Serbian demonstrators in Belgrade.",
        {("175", "asserted", "SRB", "SRB")},
        id="175-tear-gas",
    ),
    pytest.param(
        "Kenyan police broke up a Kenyan opposition rally in Nairobi.",
        {("175", "asserted", "KEN", None)},
        id="175-break-up-rally",
    ),
    pytest.param(
        "Myanmar's junta banned all activities of the National League for Democracy.",
        {("172", "asserted", "MMR", "MMR")},
        id="172-ban-activities",
    ),
    pytest.param(
        "Russia denied entry to two Finnish journalists.",
        {("172", "asserted", "RUS", "FIN")},
        id="172-deny-entry",
    ),
    pytest.param(
        "The ICC prosecutor sought an arrest warrant for Myanmar's military chief.",
        {("173", "asserted", None, "MMR")},
        id="173-seek-arrest-warrant",
    ),
    pytest.param(
        "Kenyan police detained a Ugandan opposition leader in a dawn raid.",
        {("173", "asserted", "KEN", "UGA")},
        id="173-arrest-in-raid-no-attack",
    ),
    pytest.param(
        "Armed raiders stole hundreds of cattle from Dinka herders in Jonglei state.",
        {("171", "asserted", None, None)},
        id="171-cattle-raid",
    ),
    pytest.param(
        "Georgian riot police used water cannon to disperse opposition protesters in Tbilisi.",
        {("175", "asserted", "GEO", None)},
        id="175-water-cannon-to-disperse",
    ),
    pytest.param(
        "Serbian riot police responded with tear gas.",
        {("175", "asserted", "SRB", None)},
        id="175-respond-with-tear-gas",
    ),
    # wider wire vocabulary
    pytest.param(
        "Zimbabwean police hauled in two journalists for questioning.",
        {("173", "asserted", "ZWE", None)},
        id="173-hauled-in",
    ),
    pytest.param(
        "Hong Kong police locked up a pro-democracy activist.",
        {("173", "asserted", "HKG", None)},
        id="173-locked-up",
    ),
    pytest.param(
        "Turkish authorities put the journalist behind bars.",
        {("173", "asserted", "TUR", None)},
        id="173-behind-bars",
    ),
    pytest.param(
        "Egyptian police threw the activist into jail.",
        {("173", "asserted", "EGY", None)},
        id="173-threw-into-jail",
    ),
    pytest.param(
        "A Belarusian court handed a 10-year sentence to the journalist.",
        {("173", "asserted", "BLR", None)},
        id="173-handed-sentence",
    ),
    pytest.param(
        "Chad kicked out foreign journalists.",
        {("174", "asserted", "TCD", None)},
        id="174-kicked-out",
    ),
    pytest.param(
        "Georgian riot police beat protesters with batons.",
        {("175", "asserted", "GEO", None)},
        id="175-beat-protesters",
    ),
]

ASSAULT = [
    pytest.param(
        "Colombian rebels kidnapped a Colombian senator in Cauca.",
        {("181", "asserted", "COL", "COL")},
        id="181-kidnap",
    ),
    pytest.param(
        "Houthi rebels hijacked a Japanese cargo ship in the Red Sea.",
        {("181", "asserted", "YEM", "JPN")},
        id="181-hijack-owned-ship",
    ),
    pytest.param(
        "Hamas gunmen took 250 Israeli hostages.",
        {("181", "asserted", "PSE", "ISR")},
        id="181-take-hostages",
    ),
    pytest.param(
        "Myanmar soldiers tortured Rohingya detainees.",
        {("1822", "asserted", "MMR", None)},
        id="1822-torture",
    ),
    pytest.param(
        "Venezuelan police subjected Venezuelan detainees to torture.",
        {("1822", "asserted", "VEN", "VEN")},
        id="1822-subject-to-torture",
    ),
    pytest.param(
        "Ethiopian soldiers raped Tigrayan women, the UN said.",
        {("1821", "asserted", "ETH", None)},
        id="1821-rape-lemmatised-rap",
    ),
    pytest.param(
        "Burmese soldiers beat a Burmese farmer to death at a checkpoint.",
        {("1823", "asserted", "MMR", "MMR")},
        id="1823-beat-to-death",
    ),
    pytest.param(
        "Gunmen shot dead a Mexican mayor on Sunday.",
        {("186", "asserted", None, "MEX")},
        id="186-shoot-dead-official",
    ),
    pytest.param(
        "A suicide bomber blew himself up at a Pakistani police checkpoint.",
        {("1831", "asserted", None, "PAK")},
        id="1831-blew-himself-up",
    ),
    pytest.param(
        "Al-Shabaab militants detonated a car bomb outside a Somali army base.",
        {("1832", "asserted", "SOM", "SOM")},
        id="1832-car-bomb",
    ),
    pytest.param(
        "Human Rights Watch accused the Sudanese army of using Sudanese civilians as human "
        "shields.",
        set(),
        id="184-human-shields-alleged-is-the-accusation-only",
    ),
    pytest.param(
        "Gunmen hurled explosives at the Pakistani consulate in Karachi.",
        {("183", "asserted", None, "PAK")},
        id="183-throw-explosives",
    ),
]

FIGHT = [
    pytest.param(
        "Russia's army launched a ground offensive against Ukraine.",
        {("190", "asserted", "RUS", "UKR")},
        id="190-ground-offensive",
    ),
    pytest.param(
        "Israeli warplanes struck Hezbollah positions in southern Lebanon.",
        {("195", "asserted", "ISR", "LBN")},
        id="195-warplanes-struck-positions",
    ),
    pytest.param(
        "Chinese coast guard ships blocked two Philippine supply boats near Second Thomas Shoal.",
        {("191", "asserted", "CHN", "PHL")},
        id="191-block-boats",
    ),
    pytest.param(
        "Azerbaijan imposed a blockade on Armenia.",
        {("191", "asserted", "AZE", "ARM")},
        id="191-blockade-noun",
    ),
    pytest.param(
        "Russian troops captured the Ukrainian town of Avdiivka.",
        {("192", "asserted", "RUS", "UKR")},
        id="192-capture-town",
    ),
    pytest.param(
        "Israeli troops occupied the Syrian town of Quneitra.",
        {("192", "asserted", "ISR", "SYR")},
        id="192-occupy",
    ),
    pytest.param(
        "Haitian police exchanged fire with Haitian gang members.",
        {("193", "asserted", "HTI", "HTI")},
        id="193-exchange-fire",
    ),
    pytest.param(
        "Pakistani forces opened fire on Afghan border guards.",
        {("193", "asserted", "PAK", "AFG")},
        id="193-open-fire",
    ),
    pytest.param(
        "Russian forces shelled Ukrainian positions near Bakhmut.",
        {("194", "asserted", "RUS", "UKR")},
        id="194-shell",
    ),
    pytest.param(
        "Indian and Pakistani troops traded artillery fire across the Line of Control.",
        {("194", "asserted", "IND", "PAK"), ("194", "asserted", "PAK", "IND")},
        id="194-trade-artillery-fire",
    ),
    pytest.param(
        "Hezbollah fired rockets at northern Israel on Sunday.",
        {("195", "asserted", "LBN", "ISR")},
        id="195-fire-rockets",
    ),
    pytest.param(
        "Iran launched a drone attack on Israel.",
        {("195", "asserted", "IRN", "ISR")},
        id="195-drone-attack",
    ),
    pytest.param(
        "Israel carried out an airstrike on Iran's nuclear facilities.",
        {("195", "asserted", "ISR", "IRN")},
        id="195-airstrike-owner",
    ),
    pytest.param(
        "Russian forces violated the Easter truce.",
        {("196", "asserted", "RUS", None)},
        id="196-violate-truce",
    ),
    pytest.param(
        "Chinese coast guard vessels blocked a Philippine resupply mission near Scarborough Shoal.",
        {("191", "asserted", "CHN", None)},
        id="191-block-resupply-mission",
    ),
    pytest.param(
        "Ukrainian troops recaptured the village from Russian forces.",
        {("192", "asserted", "UKR", "RUS")},
        id="192-taken-from",
    ),
    pytest.param(
        "Malian troops launched a raid on a jihadist camp in Mali's Kidal region.",
        {("190", "asserted", "MLI", None)},
        id="190-launch-raid",
    ),
    pytest.param(
        "The army planned a raid on the rebel camp in Mali's Kidal region.",
        {("190", "planned", None, None)},
        id="190-planned-raid",
    ),
    # wider wire vocabulary
    pytest.param(
        "Russian drones hammered Ukraine's energy grid.",
        {("195", "asserted", "RUS", "UKR")},
        id="195-hammered-grid",
    ),
    pytest.param(
        "Israeli jets pounded Hezbollah positions in southern Lebanon.",
        {("195", "asserted", "ISR", "LBN")},
        id="195-pounded-positions",
    ),
    pytest.param(
        "Russia rained missiles on Ukrainian cities.",
        {("195", "asserted", "RUS", "UKR")},
        id="195-rained-missiles",
    ),
    pytest.param(
        "Ukraine downed 50 Russian drones overnight.",
        {("190", "asserted", "UKR", "RUS")},
        id="190-downed-drones",
    ),
    pytest.param(
        "Ukrainian forces repelled an attack by Russian troops near Pokrovsk.",
        {("190", "asserted", "UKR", "RUS")},
        id="190-repelled-attack",
    ),
]

MASS_VIOLENCE = [
    pytest.param(
        "Sudanese paramilitary forces committed atrocities against civilians in Darfur.",
        {("200", "asserted", "SDN", None)},
        id="200-atrocities",
    ),
    pytest.param(
        "Serbian forces massacred Bosnian Muslims in Srebrenica.",
        {("202", "asserted", "SRB", "BIH")},
        id="202-massacre",
    ),
    pytest.param(
        "Syrian government forces used sarin against Syrian rebels.",
        {("2041", "asserted", "SYR", "SYR")},
        id="2041-sarin",
    ),
    pytest.param(
        "Russia could use nuclear weapons against Ukraine, Medvedev said.",
        {("2042", "hypothetical", "RUS", "UKR")},
        id="2042-nuclear-hypothetical",
    ),
    pytest.param(
        "North Korea carried out its seventh nuclear test, South Korea's military said.",
        {("2042", "asserted", "PRK", None)},
        id="2042-nuclear-test",
    ),
    pytest.param(
        "North Korea tested a nuclear device, Japan's government said.",
        {("2042", "asserted", "PRK", None)},
        id="2042-test-nuclear-device",
    ),
    pytest.param(
        "Syrian government helicopters dropped chlorine barrel bombs on Syrian rebels in Idlib.",
        {("2041", "asserted", "SYR", "SYR")},
        id="2041-chlorine-barrel-bombs",
    ),
]


# Victims the actor tables do not know (a cartoonist, a school principal, a tricycle rider):
# the event stands, with an unknown target; agentless shootings and bombings are by
# unidentified attackers.
UNKNOWN_VICTIMS = [
    pytest.param(
        "Iranian security forces arrested a prominent cartoonist in Tehran on Friday.",
        {("173", "asserted", "IRN", "IRN")},
        id="173-cartoonist",
    ),
    pytest.param(
        "Turkish police detained the sister of an exiled Turkish journalist in Istanbul.",
        {("173", "asserted", "TUR", "TUR")},
        id="173-relative",
    ),
    pytest.param(
        "Gunmen kidnapped a school principal and two teachers in northern Nigeria.",
        {("181", "asserted", None, None)},
        id="181-principal",
    ),
    pytest.param(
        "A Mexican priest was abducted from his parish on Sunday.",
        {("181", "asserted", None, "MEX")},
        id="181-agentless",
    ),
    pytest.param(
        "Suspected militants shot dead a tricycle rider in Nigeria's Borno state.",
        {("1823", "asserted", None, None)},
        id="1823-rider",
    ),
    pytest.param(
        "Islamist insurgents beheaded three villagers in northern Mozambique.",
        {("1823", "asserted", None, None)},
        id="1823-beheaded",
    ),
    pytest.param(
        "Gunmen killed a mayoral candidate in Mexico's Guerrero state.",
        {("186", "asserted", None, None)},
        id="186-candidate",
    ),
    pytest.param(
        "A Colombian senator was shot in the head at a campaign event in Bogota.",
        {("182", "asserted", None, "COL")},
        id="182-agentless-shot",
    ),
    pytest.param(
        "A suicide bombing in Mogadishu killed five Somali soldiers.",
        {("1831", "asserted", None, "SOM")},
        id="1831-agentless-bombing",
    ),
    pytest.param(
        "Israeli jets struck Iranian military sites before dawn.",
        {("195", "asserted", "ISR", "IRN")},
        id="195-sites",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), COERCE + ASSAULT + FIGHT + MASS_VIOLENCE + UNKNOWN_VICTIMS
)
def test_codes_violence_and_coercion(
    code: Callable[[str], Coded], text: str, expected: Coded
) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The strike by dock workers shut the port of Antwerp for a day.", id="labour"),
        pytest.param("A fan suffered cardiac arrest during the match in Madrid.", id="medical"),
        pytest.param("The talks between Serbia and Kosovo collapsed on Tuesday.", id="talks"),
        pytest.param("Record heat struck the region on Monday.", id="weather-struck"),
        pytest.param("Spain beat England 2-1 in the final.", id="sport-beat"),
        pytest.param("The United States hit Canada with new tariffs on steel.", id="tariffs-hit"),
        pytest.param("The Senate killed the bill on Thursday.", id="bill-killed"),
        pytest.param("The minister took the position that talks should continue.", id="stance"),
        pytest.param("The company took control of the Brazilian airline in 2020.", id="takeover"),
        pytest.param("Floods drove thousands of Pakistani families from their homes.", id="floods"),
        pytest.param("The storm destroyed hundreds of homes in the Philippines.", id="storm"),
        pytest.param("Dutch police fired water cannon to clear the road.", id="water-cannon"),
        pytest.param("Russia blocked a UN fact-finding mission to Bucha.", id="un-mission"),
        pytest.param(
            "Sudan's paramilitary forces lifted their siege of the town of Babanusa.",
            id="siege-lifted",
        ),
        pytest.param(
            "Ukrainian police are investigating the killing of a journalist in Kyiv.",
            id="investigation-not-killing",
        ),
        pytest.param("The jailed Iranian activist began a hunger strike.", id="jailed-recalled"),
        pytest.param(
            "Nicaragua released 135 political prisoners who had been detained since 2018.",
            id="detained-since",
        ),
        pytest.param("The ruling party killed the proposal in committee.", id="proposal-killed"),
        pytest.param("The new law will kill the Indian film industry.", id="industry-killed"),
        pytest.param(
            "Critics accused the Brazilian government of hijacking the debate.", id="debate"
        ),
        pytest.param("French rail workers downed tools on Thursday.", id="downed-tools"),
        pytest.param("The US hammered China's economy with tariffs.", id="hammered-economy"),
        pytest.param("Kenya's ruling party kicked out its deputy leader.", id="party-kicked-out"),
    ],
)
def test_sentences_without_violence(code: Callable[[str], Coded], text: str) -> None:
    assert code(text) == set()


def test_chlorine_is_a_chemical_weapon_not_tear_gas(code: Callable[[str], Coded]) -> None:
    found = code("The Syrian army used chlorine gas against Syrian rebels in Douma.")
    assert {c for c, *_ in found} == {"2041"}


def test_survivor_of_an_assassination_attempt_is_not_its_source(
    code: Callable[[str], Coded],
) -> None:
    found = code("The Slovak prime minister survived an assassination attempt on Wednesday.")
    assert found == set()


def test_extradition_is_judicial_cooperation(nlp: Language) -> None:
    doc = nlp("Brazil extradited a Paraguayan businessman to Paraguay.")
    events = EventCoder.load().code(doc, ActorResolver.load().resolve_document(doc, None))
    assert {e.code for e in events} == {"063"}


def test_banning_protests_restricts_freedom_of_assembly(code: Callable[[str], Coded]) -> None:
    assert ("1721", "asserted", "TUR", "TUR") in code(
        "Turkey's interior ministry banned all demonstrations in the city for four days."
    )
