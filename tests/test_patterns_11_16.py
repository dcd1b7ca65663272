"""Patterns of CAMEO roots 11-16: disapproval, rejection, threats, protest, force posture and
reduced relations, on varied news sentences, with sentences that must not yield them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = set[tuple[str, str, str | None, str | None]]
ROOTS = ("11", "12", "13", "14", "15", "16")


@pytest.fixture(scope="module")
def code(code_all: Callable[[str], Coded]) -> Callable[[str], Coded]:
    """Events of roots 11-16 only."""
    return lambda text: {event for event in code_all(text) if event[0].startswith(ROOTS)}


CASES = [
    # 11 disapprove
    pytest.param(
        "Germany's foreign minister condemned Russia's drone attacks on Ukrainian cities.",
        {("111", "asserted", "DEU", "RUS")},
        id="111-condemn-owner-target",
    ),
    pytest.param(
        "The Polish prime minister lashed out at Hungary over its veto of new aid for Kyiv.",
        {("111", "asserted", "POL", "HUN")},
        id="111-lash-out-at",
    ),
    pytest.param(
        "Egypt's foreign ministry voiced anger over Israel's seizure of the Rafah crossing.",
        {("111", "asserted", "EGY", "ISR")},
        id="111-voice-anger",
    ),
    pytest.param(
        "Beijing accused Tokyo of espionage after the arrest of a Chinese engineer.",
        {("1125", "asserted", "CHN", "JPN")},
        id="1125-accuse-of-espionage",
    ),
    pytest.param(
        "Seoul accused Pyongyang of provocation after balloons landed in South Korea.",
        {("1123", "asserted", "KOR", "PRK")},
        id="1123-accuse-of-provocation",
    ),
    pytest.param(
        "Rwanda blamed Burundi for the attack on its border post.",
        {("112", "asserted", "RWA", "BDI")},
        id="112-blame",
    ),
    pytest.param(
        "The Dutch foreign ministry summoned the Russian ambassador on Monday.",
        {("114", "asserted", "NLD", "RUS")},
        id="114-summon-envoy",
    ),
    pytest.param(
        "Lithuania lodged a formal protest with Belarus after a helicopter crossed its border.",
        {("114", "asserted", "LTU", "BLR")},
        id="114-lodge-protest",
    ),
    pytest.param(
        "South Africa filed a case against Israel at the International Court of Justice.",
        {("115", "asserted", "ZAF", "ISR")},
        id="115-file-case",
    ),
    # 12 reject
    pytest.param(
        "Hamas rejected Israel's ceasefire proposal on Sunday.",
        {("1211", "asserted", "PSE", "ISR")},
        id="1211-reject-ceasefire-proposal",
    ),
    pytest.param(
        "Serbia rejected the EU's proposal on Kosovo.",
        {("121", "asserted", "SRB", None)},
        id="121-reject-proposal",
    ),
    pytest.param(
        "Ghana's parliament voted down a bill that would have legalised gambling.",
        {("121", "asserted", "GHA", None)},
        id="121-vote-down",
    ),
    pytest.param(
        "Azerbaijan ruled out any talks with Armenia until its troops leave.",
        {("124", "asserted", "AZE", "ARM")},
        id="124-rule-out-talks",
    ),
    pytest.param(
        "The Ethiopian government rejected African Union mediation in the dispute.",
        {("125", "asserted", "ETH", None)},
        id="125-reject-mediation",
    ),
    pytest.param(
        "Mali's junta defied the regional bloc's demand to hold elections.",
        {("126", "asserted", "MLI", None)},
        id="126-defy",
    ),
    pytest.param(
        "Venezuela's president dismissed the allegations by the United States as lies.",
        {("127", "asserted", "VEN", "USA"), ("112", "asserted", "USA", None)},
        id="127-dismiss-allegations",
    ),
    pytest.param(
        "The Kremlin dismissed the report as baseless.",
        {("127", "asserted", "RUS", None)},
        id="127-dismiss-as-baseless",
    ),
    pytest.param(
        "Russia vetoed a UN Security Council resolution on Sudan.",
        {("128", "asserted", "RUS", None)},
        id="128-veto",
    ),
    pytest.param(
        "Turkey blocked Sweden's bid to join NATO for more than a year.",
        {("128", "asserted", "TUR", "SWE")},
        id="128-block-membership",
    ),
    # 13 threaten
    pytest.param(
        "Iran threatened Israel with a crushing response.",
        {("138", "asserted", "IRN", "ISR")},
        id="138-threaten-with-response",
    ),
    pytest.param(
        "The Houthis vowed revenge against the United States.",
        {("138", "asserted", "YEM", "USA")},
        id="138-vow-revenge",
    ),
    pytest.param(
        "The US president threatened to impose tariffs on China.",
        {("1312", "asserted", "USA", "CHN")},
        id="1312-threaten-tariffs",
    ),
    pytest.param(
        "Nigeria's labour union threatened to call a general strike over fuel prices.",
        {("133", "asserted", "NGA", None)},
        id="133-threaten-strike",
    ),
    pytest.param(
        "Russia issued an ultimatum to Ukraine on Friday.",
        {("139", "asserted", "RUS", "UKR")},
        id="139-ultimatum",
    ),
    # 14 protest
    pytest.param(
        "Thousands of Georgians took to the streets of Tbilisi to protest against the new law.",
        {("141", "asserted", "GEO", None)},
        id="141-take-to-streets",
    ),
    pytest.param(
        "Opposition supporters staged a protest march through Tbilisi on Sunday.",
        {("141", "asserted", None, None)},
        id="141-staged-march",
    ),
    pytest.param(
        "Egyptian students demonstrated against Israel outside the embassy in Cairo.",
        {("141", "asserted", "EGY", "ISR")},
        id="141-demonstrate-against",
    ),
    pytest.param(
        "Jailed Bahraini activists began a hunger strike on Sunday.",
        {("142", "asserted", "BHR", None)},
        id="142-hunger-strike",
    ),
    pytest.param(
        "Kenyan teachers staged a nationwide strike over pay.",
        {("143", "asserted", "KEN", None)},
        id="143-nationwide-strike",
    ),
    pytest.param(
        "Armenian opposition parties boycotted the parliamentary session.",
        {("143", "asserted", "ARM", None)},
        id="143-boycott",
    ),
    pytest.param(
        "Farmers in Poland blocked roads near the Ukrainian border.",
        {("144", "asserted", None, None)},
        id="144-block-roads",
    ),
    pytest.param(
        "Protesters rioted in Dakar after the arrest of the opposition leader.",
        {("145", "asserted", None, None)},
        id="145-riot",
    ),
    # 15 force posture
    pytest.param(
        "China deployed warships near the Philippines on Tuesday.",
        {("154", "asserted", "CHN", "PHL")},
        id="154-deploy-near",
    ),
    pytest.param(
        "Israel called up 300,000 reservists.",
        {("154", "asserted", "ISR", None)},
        id="154-call-up",
    ),
    pytest.param(
        "Japan put its forces on high alert after the missile launch.",
        {("152", "asserted", "JPN", None)},
        id="152-on-alert",
    ),
    pytest.param(
        "Taiwan raised its military alert level as Chinese warships approached.",
        {("152", "asserted", "TWN", "CHN")},
        id="152-alert-level",
    ),
    pytest.param(
        "France sent 1,000 police officers to New Caledonia.",
        {("153", "asserted", "FRA", "NCL")},
        id="153-send-police",
    ),
    pytest.param(
        "Iran conducted a ballistic missile test on Friday.",
        {("150", "asserted", "IRN", None)},
        id="150-missile-test",
    ),
    pytest.param(
        "North Korea fired two ballistic missiles into the sea off its east coast.",
        {("150", "asserted", "PRK", None)},
        id="150-missiles-into-the-sea",
    ),
    pytest.param(
        "China held war games around Taiwan.",
        {("150", "asserted", "CHN", "TWN")},
        id="150-war-games",
    ),
    # 16 reduce relations
    pytest.param(
        "Niger severed diplomatic ties with Ukraine.",
        {("161", "asserted", "NER", "UKR")},
        id="161-sever-ties",
    ),
    pytest.param(
        "Canada expelled Indian diplomats on Monday.",
        {("161", "asserted", "CAN", "IND")},
        id="161-expel-diplomats",
    ),
    pytest.param(
        "Israel recalled its ambassador from Turkey.",
        {("161", "asserted", "ISR", "TUR")},
        id="161-recall-ambassador",
    ),
    pytest.param(
        "The United States suspended military aid to Pakistan.",
        {("162", "asserted", "USA", "PAK")},
        id="162-suspend-aid",
    ),
    pytest.param(
        "Israel suspended talks with Hamas.",
        {("163", "asserted", "ISR", "PSE")},
        id="163-suspend-talks",
    ),
    pytest.param(
        "Qatar suspended its mediation between Israel and Hamas.",
        {("165", "asserted", "QAT", "ISR"), ("165", "asserted", "QAT", "PSE")},
        id="165-suspend-mediation",
    ),
    pytest.param(
        "The European Union slapped tariffs on Chinese electric vehicles.",
        {("166", "asserted", None, "CHN")},
        id="166-slap-tariffs",
    ),
    pytest.param(
        "Britain hit Russia with new sanctions on Thursday.",
        {("166", "asserted", "GBR", "RUS")},
        id="166-hit-with-sanctions",
    ),
    pytest.param(
        "China banned exports of gallium to the United States.",
        {("166", "asserted", "CHN", "USA")},
        id="166-export-ban",
    ),
    pytest.param(
        "Turkey halted all trade with Israel on Thursday.",
        {("166", "asserted", "TUR", "ISR")},
        id="166-halt-trade",
    ),
    # second pass: denials, dissent threats, gatherings, stones, drills and parades
    pytest.param(
        "Ethiopia's army denied that its drones had struck a wedding in Amhara.",
        {("127", "asserted", "ETH", None)},
        id="127-deny-that",
    ),
    pytest.param(
        "Kenyan police denied detaining the blogger.",
        {("127", "asserted", "KEN", None)},
        id="127-deny-act",
    ),
    pytest.param(
        "Moscow disputed the Finnish government's account of the incident.",
        {("127", "asserted", "RUS", "FIN")},
        id="127-dispute-account",
    ),
    pytest.param(
        "Ghana's teachers' unions threatened a nationwide strike over unpaid allowances.",
        {("133", "asserted", "GHA", None)},
        id="133-threaten-strike",
    ),
    pytest.param(
        "Belgian dockworkers warned of fresh strikes.",
        {("133", "asserted", "BEL", None)},
        id="133-warn-of-strikes",
    ),
    pytest.param(
        "Tunisian protesters gathered outside the interior ministry chanting slogans.",
        {("141", "asserted", "TUN", None)},
        id="141-protesters-gathered",
    ),
    pytest.param(
        "Hundreds of Peruvian miners hurled rocks at police in Lima.",
        {("145", "asserted", "PER", None)},
        id="145-hurl-rocks",
    ),
    pytest.param(
        "Chilean students blockaded the main avenue in Santiago.",
        {("144", "asserted", "CHL", None)},
        id="144-blockade-avenue",
    ),
    pytest.param(
        "Argentine truckers kept the highways blocked on Friday.",
        {("144", "asserted", "ARG", None)},
        id="144-keep-highways-blocked",
    ),
    pytest.param(
        "Pakistan's army placed its air defence units on high alert.",
        {("152", "asserted", "PAK", None)},
        id="152-units-on-alert",
    ),
    pytest.param(
        "North Korea paraded its largest intercontinental ballistic missiles in Pyongyang.",
        {("150", "asserted", "PRK", None)},
        id="150-parade-missiles",
    ),
    pytest.param(
        "Russia's navy staged drills near Japan on Tuesday.",
        {("150", "asserted", "RUS", "JPN")},
        id="150-drills-near",
    ),
    pytest.param(
        "Turkish authorities deployed hundreds of riot police in central Istanbul.",
        {("153", "asserted", "TUR", None)},
        id="153-police-deployed",
    ),
    pytest.param(
        "Serbia shelved talks with Kosovo on Thursday.",
        {("163", "asserted", "SRB", "XKX")},
        id="163-shelve-talks",
    ),
    pytest.param(
        "Riots broke out in the Kenyan port city of Mombasa on Sunday.",
        {("145", "asserted", None, None)},
        id="145-riots-broke-out",  # the place gives the country later, in localisation
    ),
    pytest.param(
        "Angry youths went on the rampage in the Senegalese city of Ziguinchor.",
        {("145", "asserted", None, None)},
        id="145-go-on-rampage",
    ),
    pytest.param(
        "Police deployed in force across the Georgian capital Tbilisi on Monday.",
        {("153", "asserted", None, None)},
        id="153-police-deployed-intransitive",
    ),
    pytest.param(
        "Syrian troops massed near the Turkish border on Sunday.",
        {("154", "asserted", "SYR", "TUR")},  # the border is Turkey's
        id="154-troops-massed",
    ),
    pytest.param(
        "Hundreds of Georgian protesters massed outside parliament in Tbilisi.",
        {("141", "asserted", "GEO", None)},
        id="141-massed-outside-parliament",
    ),
    pytest.param(
        "A nationwide strike by Nigerian health workers entered its second week.",
        {("143", "asserted", "NGA", None)},
        id="143-strike-by-workers",
    ),
    pytest.param(
        "A nationwide strike paralysed the Nepali capital Kathmandu on Monday.",
        {("143", "asserted", None, None)},
        id="143-strike-without-named-strikers",
    ),
    pytest.param(
        "Moroccan student unions called for a boycott of the exams.",
        {("143", "asserted", "MAR", None)},
        id="143-call-for-boycott",
    ),
    pytest.param(
        "A consumer boycott of American brands spread across Turkey.",
        {("143", "asserted", None, None)},
        id="143-consumer-boycott",
    ),
    pytest.param(
        "Sunday's rally by Armenian opposition supporters in Yerevan passed off peacefully.",
        {("141", "asserted", "ARM", None)},
        id="141-rally-by-supporters",
    ),
    # wider wire vocabulary
    pytest.param(
        "Kyiv faulted Budapest for blocking EU aid.",
        {("111", "asserted", "UKR", "HUN")},
        id="111-faulted",
    ),
    pytest.param(
        "Kenya's opposition leader tore into President Ruto over tax hikes.",
        {("111", "asserted", "KEN", "KEN")},
        id="111-tore-into",
    ),
    pytest.param(
        "Trump railed against the Federal Reserve.",
        {("111", "asserted", "USA", "USA")},
        id="111-railed-against",
    ),
    pytest.param(
        "Israel charged that Hamas was hiding weapons in schools.",
        {("112", "asserted", "ISR", "PSE")},
        id="112-charged-that",
    ),
    pytest.param(
        "Russia alleged that Ukraine had attacked Putin's residence.",
        {("112", "asserted", "RUS", "UKR")},
        id="112-alleged-that",
    ),
    pytest.param(
        "Mali pulled out of ECOWAS.",
        {("160", "asserted", "MLI", None)},
        id="160-pulled-out-of-bloc",
    ),
    pytest.param(
        "The United States withdrew from the World Health Organization.",
        {("160", "asserted", "USA", None)},
        id="160-withdrew-from-body",
    ),
    pytest.param(
        "Russia ordered two Estonian diplomats to leave the country.",
        {("161", "asserted", "RUS", "EST")},
        id="161-ordered-diplomats-to-leave",
    ),
    pytest.param(
        "Washington cut off weapons supplies to Kyiv.",
        {("1622", "asserted", "USA", "UKR")},
        id="1622-cut-off-weapons-supplies",
    ),
    pytest.param(
        "The Netherlands cut off funding to UNRWA.",
        {("162", "asserted", "NLD", None)},
        id="162-cut-off-funding",
    ),
    pytest.param(
        "Turkey hit back at France over the Armenian genocide vote.",
        {("111", "asserted", "TUR", "FRA")},
        id="111-hit-back-at-over",
    ),
    pytest.param(
        "Hungary nixed the EU plan to fund Ukraine.",
        {("121", "asserted", "HUN", None)},
        id="121-nixed-plan",
    ),
    pytest.param(
        "Germany poured cold water on the French proposal.",
        {("121", "asserted", "DEU", "FRA")},
        id="121-cold-water",
    ),
    pytest.param(
        "Hezbollah vowed to retaliate for the killing of its commander.",
        {("138", "asserted", "LBN", None)},
        id="138-vowed-to-retaliate",
    ),
    pytest.param(
        "China scrambled fighter jets after the US plane entered its airspace.",
        {("150", "asserted", "CHN", "USA"), ("150", "asserted", "USA", "CHN")},
        id="150-scrambled-jets",
    ),
    pytest.param(
        "Poland beefed up its military presence on the Belarusian border.",
        {("154", "asserted", "POL", "BLR")},
        id="154-beefed-up-presence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_codes_events_of_roots_11_to_16(
    code: Callable[[str], Coded], text: str, expected: Coded
) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Russian strikes on Ukrainian ports damaged grain silos.", id="airstrike-not-labour"
        ),
        pytest.param("A fan suffered cardiac arrest during the match.", id="cardiac-arrest"),
        pytest.param("Record heat struck the region on Monday.", id="weather-struck"),
        pytest.param("The talks collapsed after three days.", id="talks-collapsed"),
        pytest.param("On March 7, FBI agents searched the mayor's house.", id="month-march"),
        pytest.param(
            "The company demonstrated its new chip at a trade fair in Taipei.",
            id="demonstrate-a-product",
        ),
        pytest.param("The stock market staged a strong rally on Friday.", id="market-rally"),
        pytest.param("Heavy rain blocked roads in northern Italy.", id="rain-blocked-roads"),
        pytest.param(
            "Russia fired missiles at ships in the Black Sea.", id="missiles-at-ships-are-attacks"
        ),
        pytest.param("The president dismissed four governors in February.", id="dismiss-officials"),
        pytest.param(
            "A federal judge dismissed the claims against the city.", id="judge-dismissed-claims"
        ),
        pytest.param(
            "The governor's office said the students had put a lot of work into the project.",
            id="put-work-in",
        ),
        pytest.param(
            "Iran said it would keep talking to Europe about restoring UN sanctions.",
            id="sanctions-mentioned-not-imposed",
        ),
        pytest.param("The court denied bail to the opposition leader.", id="denied-bail"),
        pytest.param(
            "World leaders gathered in Geneva for a summit on Thursday.", id="leaders-gathered"
        ),
        pytest.param(
            "Workers pushed aside the shipping containers to reopen the road.", id="push-aside"
        ),
        pytest.param("The fire brigade held an evacuation drill on Monday.", id="fire-drill"),
        pytest.param(
            "The company displayed its new electric cars at the Paris motor show.",
            id="display-cars",
        ),
        pytest.param("Oil prices staged a relief rally on Monday.", id="relief-rally"),
        pytest.param("A rally in tech stocks lifted the Nasdaq.", id="rally-in-stocks"),
        pytest.param(
            "A gunman went on a shooting rampage at a Prague university.", id="shooting-rampage"
        ),
        pytest.param("Riot police guarded the Greek parliament in Athens.", id="riot-police"),
        pytest.param(
            "French engineers deployed the new software at the plant.", id="deploy-software"
        ),
        pytest.param(
            "Investors gathered outside the exchange building before the bell.",
            id="investors-gathered",
        ),
        pytest.param(
            "Ugandan police charged the opposition leader with treason.", id="charged-is-no-112"
        ),
        pytest.param(
            "Russian troops withdrew from the town of Kherson.", id="withdrew-from-town-no-16"
        ),
        pytest.param(
            "Russian forces cut off supplies to the besieged town.", id="siege-cut-off-no-16"
        ),
        pytest.param("Israel hit back at Iran with airstrikes.", id="hit-back-with-strikes"),
        pytest.param("Ukraine shot down a Russian fighter jet.", id="shot-down-jet-is-no-121"),
    ],
)
def test_sentences_without_events_of_roots_11_to_16(
    code: Callable[[str], Coded], text: str
) -> None:
    assert code(text) == set()


def test_strike_by_dock_workers_is_a_labour_strike(code_all: Callable[[str], Coded]) -> None:
    """ "staged a strike" is a labour strike (143), never an air strike (19x)."""
    found = code_all("Dutch dock workers staged a strike at the port of Rotterdam over pay.")
    assert {event[0] for event in found} == {"143"}


def test_leaving_a_community_of_states_is_leaving_a_body(code: Callable[[str], Coded]) -> None:
    found = code("Mali and Niger quit the Economic Community of West African States.")
    assert {("160", "asserted", "MLI", None), ("160", "asserted", "NER", None)} <= found


def test_sanctions_in_packages_and_on_those_linked_to_a_state(
    code: Callable[[str], Coded],
) -> None:
    assert ("166", "asserted", None, "RUS") in code(
        "The European Union adopted its 16th package of sanctions against Russia."
    )
    assert ("166", "asserted", None, "IRN") in code(
        "The EU imposed sanctions on 14 entities linked to Iran's drone programme."
    )


def test_burning_tyres_blocks_roads_in_protest(code: Callable[[str], Coded]) -> None:
    assert ("144", "asserted", "KEN", None) in code(
        "Kenyan youths burned tyres on the main road into Kisumu."
    )


def test_gathering_outside_a_building_either_parse(code: Callable[[str], Coded]) -> None:
    assert ("141", "asserted", "PAK", None) in code(
        "Hundreds of supporters of Imran Khan gathered outside the court in Islamabad."
    )


def test_threatening_stability_is_no_threat(code: Callable[[str], Coded]) -> None:
    assert not code("Egypt said the plan would threaten the stability of the whole region.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Azerbaijan warned that it would use force if Armenia kept fortifying positions "
            "along the border.",
            ("1384", "AZE", "ARM"),
            id="condition-subject",
        ),
        pytest.param(
            "Kenya's teachers' union threatened to strike next week unless President William "
            "Ruto raised their pay.",
            ("133", "KEN", "KEN"),
            id="unless-clause",
        ),
        pytest.param(
            "Iran's army chief warned that his forces would respond to any American attack on "
            "Iranian soil.",
            ("130", "IRN", "USA"),
            id="response-to-an-attack",
        ),
        pytest.param(
            "India's border force warned it would use live fire against Pakistani troops "
            "crossing the frontier.",
            ("130", "IND", "PAK"),
            id="force-against",
        ),
        pytest.param(
            "Turkey threatened to retaliate if it were attacked again.",
            ("138", "TUR", None),
            id="own-condition-no-target",
        ),
    ],
)
def test_threat_without_target_aims_at_its_condition(
    code: Callable[[str], Coded], text: str, expected: tuple[str, str, str | None]
) -> None:
    cameo, source, target = expected
    assert ("asserted", source, target) in {(s, a, b) for c, s, a, b in code(text) if c == cameo}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Pakistan test-fired a nuclear-capable cruise missile on Thursday. India's foreign "
            "ministry condemned the launch as destabilising.",
            ("111", "IND", "PAK"),
            id="the-launch",
        ),
        pytest.param(
            "The United States imposed export controls on twelve Chinese chipmakers. Beijing "
            "denounced the move as economic bullying.",
            ("111", "CHN", "USA"),
            id="the-move",
        ),
        pytest.param(
            "Azerbaijani forces shelled Armenian border villages overnight, and Yerevan "
            "condemned the attack on Monday.",
            ("111", "ARM", "AZE"),
            id="same-sentence",
        ),
    ],
)
def test_reaction_is_aimed_at_whoever_did_the_act_it_names_again(
    code: Callable[[str], Coded], text: str, expected: tuple[str, str, str]
) -> None:
    cameo, source, target = expected
    assert ("asserted", source, target) in {(s, a, b) for c, s, a, b in code(text) if c == cameo}


def test_reaction_to_an_act_told_long_before_names_no_one(code: Callable[[str], Coded]) -> None:
    text = (
        "Pakistan test-fired a cruise missile on Thursday. Talks on trade resumed in Geneva. "
        "Exports rose in March. The new budget was published. India condemned the launch."
    )
    assert ("111", "asserted", "IND", None) in code(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Greece put its navy on high alert after Turkey deployed warships near the island "
            "of Kastellorizo.",
            ("152", "GRC", "TUR"),
            id="answers-an-act",
        ),
        pytest.param(
            "Thailand deployed 3,000 troops along the border with Cambodia on Friday.",
            ("154", "THA", "KHM"),
            id="border-with",
        ),
        pytest.param(
            "South Korea put its air defences on alert after North Korea told shipping it "
            "would launch a rocket within days.",
            ("152", "KOR", "PRK"),
            id="after-whoever-acts",
        ),
        pytest.param(
            "Armenia put its army on high alert amid growing tensions with Azerbaijan.",
            ("152", "ARM", "AZE"),
            id="amid-tensions-with",
        ),
        pytest.param(
            "Russia's Baltic Fleet staged exercises in a show of force aimed at NATO.",
            ("150", "RUSMIL", "IGONAT"),
            id="aimed-at-an-alliance",
        ),
        pytest.param(
            "Mali's junta sent soldiers to the north to confront Tuareg rebels.",
            ("154", "MLIGOV", "REB"),
            id="sent-to-confront",
        ),
    ],
)
def test_force_posture_is_aimed_at_whom_it_answers(
    code_events: Callable[[str], list[tuple[str, str | None, str | None]]],
    text: str,
    expected: tuple[str, str, str | None],
) -> None:
    assert expected in code_events(text)


def test_sea_waters_are_no_water_given(code: Callable[[str], Coded]) -> None:
    text = "Greece protested after Turkey sent a survey ship into disputed waters."
    assert not [event for event in code(text) if event[0].startswith("07")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nicaragua's government stripped 94 critics of their citizenship, a move the "
            "United Nations human rights office condemned as a grave violation of "
            "international law.",
            ("111", "asserted", None, "NIC"),
            id="a-move-condemned",
        ),
        pytest.param(
            "The Hungarian prime minister said Ukraine could never join the European Union, a "
            "statement Kyiv condemned as hostile.",
            ("111", "asserted", "UKR", "HUN"),
            id="a-statement-condemned",
        ),
    ],
)
def test_a_reaction_in_apposition_is_aimed_at_what_it_sums_up(
    code: Callable[[str], Coded], text: str, expected: tuple[str, str, str | None, str]
) -> None:
    assert expected in code(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Israeli jets struck Hezbollah positions in southern Lebanon overnight. Hezbollah "
            "vowed to retaliate.",
            ("138", "LBN", "ISR"),
            id="vowed-to-retaliate",
        ),
        pytest.param(
            "Islamabad warned that any attempt by India to divert river water would be "
            "treated as an act of war.",
            ("130", "PAK", "IND"),
            id="any-attempt-by",
        ),
    ],
)
def test_a_threat_answers_the_act_told_before_it(
    code: Callable[[str], Coded], text: str, expected: tuple[str, str, str]
) -> None:
    cameo, source, target = expected
    assert ("asserted", source, target) in {(s, a, b) for c, s, a, b in code(text) if c == cameo}
