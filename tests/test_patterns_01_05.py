"""Patterns of CAMEO roots 01-05: statements, appeals, expressed intent, consultation and
diplomatic cooperation, on varied news sentences, with sentences that must not yield them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = set[tuple[str, str, str | None, str | None]]

_ROOTS = ("01", "02", "03", "04", "05")


def _of_these_roots(found: Coded) -> Coded:
    return {event for event in found if event[0][:2] in _ROOTS}


CASES = [
    # 01 public statements
    pytest.param(
        "Indonesia's foreign minister expressed condolences to Turkey over the deadly earthquake.",
        {("016", "asserted", "IDN", "TUR")},
        id="016-condolences",
    ),
    pytest.param(
        "The Vatican expressed its sympathy for the victims.",
        {("016", "asserted", "VAT", None)},
        id="016-sympathy-no-target",
    ),
    pytest.param(
        "The Kremlin declined comment on the report.",
        {("011", "asserted", "RUS", None)},
        id="011-declined-comment",
    ),
    pytest.param(
        "German officials voiced concern over Hungary's new media law.",
        {("012", "asserted", "DEU", "HUN")},
        id="012-voiced-concern",
    ),
    pytest.param(
        "Chile's foreign minister said she saw little hope of a deal with Bolivia.",
        {("012", "asserted", "CHL", "BOL")},
        id="012-little-hope",
    ),
    pytest.param(
        "Japan expressed optimism about the trade talks.",
        {("013", "asserted", "JPN", None)},
        id="013-optimism",
    ),
    pytest.param(
        "Canada is considering new sanctions against Venezuela.",
        {("014", "asserted", "CAN", "VEN")},
        id="014-considering-sanctions",
    ),
    pytest.param(
        "Thailand is weighing whether to expel the Cambodian ambassador.",
        {("014", "asserted", "THA", "KHM")},
        id="014-weighing-whether",
    ),
    pytest.param(
        "Al-Shabaab claimed responsibility for the bombing in Mogadishu.",
        {("015", "asserted", "SOM", None)},
        id="015-claimed-responsibility",
    ),
    pytest.param(
        "The Indian prime minister laid a wreath at the Ho Chi Minh mausoleum in Hanoi.",
        {("017", "asserted", "IND", None)},
        id="017-wreath",
    ),
    pytest.param(
        "Poland declared three days of national mourning for the victims of the floods.",
        {("017", "asserted", "POL", None)},
        id="017-national-mourning",
    ),
    pytest.param(
        "Brazil's foreign minister said his government agreed with France's proposal for a "
        "climate fund.",
        {("018", "asserted", "BRA", "FRA")},
        id="018-agreed-with-proposal",
    ),
    pytest.param(
        "India and China reached a consensus on border patrols.",
        {("019", "asserted", "IND", "CHN"), ("019", "asserted", "CHN", "IND")},
        id="019-consensus",
    ),
    # 02 appeals
    pytest.param(
        "The Philippines urged China to respect the arbitral ruling.",
        {("020", "asserted", "PHL", "CHN")},
        id="020-urged",
    ),
    pytest.param(
        "Ghana called for closer cooperation with Nigeria on border security.",
        {("021", "asserted", "GHA", "NGA")},
        id="021-call-for-cooperation",
    ),
    pytest.param(
        "Lebanon appealed to the United Nations for humanitarian assistance.",
        {("023", "asserted", "LBN", None)},
        id="023-appealed-for-assistance",
    ),
    pytest.param(
        "Zambia asked China for debt relief.",
        {("023", "asserted", "ZMB", "CHN")},
        id="023-asked-x-for-relief",
    ),
    pytest.param(
        "Sri Lanka plans to seek a loan from the International Monetary Fund.",
        {("0231", "planned", "LKA", None)},
        id="0231-seek-loan",
    ),
    pytest.param(
        "Iraq asked Washington for more weapons to fight Islamic State.",
        {("0232", "asserted", "IRQ", "USA")},
        id="0232-asked-for-weapons",
    ),
    pytest.param(
        "Peru's opposition called for the resignation of President Dina Boluarte.",
        {("0241", "asserted", "PER", None)},
        id="0241-call-for-resignation",
    ),
    pytest.param(
        "Egypt called for restraint from both Israel and Hamas.",
        {("025", "asserted", "EGY", "ISR"), ("025", "asserted", "EGY", "PSE")},
        id="025-call-for-restraint",
    ),
    pytest.param(
        "Mexico called for dialogue between Venezuela's government and the opposition.",
        {("026", "asserted", "MEX", None)},
        id="026-call-for-dialogue",
    ),
    pytest.param(
        "Colombia asked Brazil to mediate in its dispute with Venezuela.",
        {("028", "asserted", "COL", "BRA")},
        id="028-asked-to-mediate",
    ),
    # 03 intent to cooperate
    pytest.param(
        "Norway pledged $50 million in humanitarian aid to Syria.",
        {("0333", "asserted", "NOR", "SYR")},
        id="0333-pledged-money-in-humanitarian-aid",
    ),
    pytest.param(
        "The Netherlands pledged 350 million euros in military aid for Ukraine's air defences.",
        {("0332", "asserted", "NLD", "UKR")},
        id="0332-euros-in-military-aid-for",
    ),
    pytest.param(
        "Seoul proposed talks with Pyongyang on family reunions.",
        {("036", "asserted", "KOR", "PRK")},
        id="036-proposed-talks",
    ),
    pytest.param(
        "Beijing said it was ready to hold talks with Washington.",
        {("036", "asserted", "CHN", "USA")},
        id="036-ready-to-talk",
    ),
    pytest.param(
        "South Sudan's government accepted Kenya's mediation.",
        {("038", "asserted", "SSD", "KEN")},
        id="038-accepted-mediation",
    ),
    pytest.param(
        "Japan offered to mediate between Israel and Iran.",
        {("039", "asserted", "JPN", "ISR"), ("039", "asserted", "JPN", "IRN")},
        id="039-offered-to-mediate",
    ),
    pytest.param(
        "Indonesia and Australia reaffirmed their commitment to regional security.",
        {("030", "asserted", "IDN", "AUS"), ("030", "asserted", "AUS", "IDN")},
        id="030-reaffirmed-commitment",
    ),
    # 04 consult
    pytest.param(
        "French President Emmanuel Macron met Indian Prime Minister Narendra Modi in Paris.",
        {("040", "asserted", "FRA", "IND"), ("040", "asserted", "IND", "FRA")},
        id="040-met",
    ),
    pytest.param(
        "The Turkish president spoke by phone with his Russian counterpart on Friday.",
        {("041", "asserted", "TUR", "RUS"), ("041", "asserted", "RUS", "TUR")},
        id="041-spoke-by-phone",
    ),
    pytest.param(
        "Vietnamese and Thai officials held a video call on Monday.",
        {("041", "asserted", "VNM", "THA"), ("041", "asserted", "THA", "VNM")},
        id="041-video-call",
    ),
    pytest.param(
        "Chinese Premier Li Qiang visited Australia last week.",
        {("042", "asserted", "CHN", "AUS")},
        id="042-visited",
    ),
    pytest.param(
        "Russian President Vladimir Putin will visit North Korea next month.",
        {("042", "planned", "RUS", "PRK")},
        id="042-planned-visit",
    ),
    pytest.param(
        # without the places stage the destination city stays unresolved
        "U.S. Secretary of State Antony Blinken arrived in Cairo for talks on the Gaza ceasefire.",
        {("042", "asserted", "USA", None)},
        id="042-arrived-for-talks",
    ),
    pytest.param(
        "Vietnam's president hosted Japanese Prime Minister Shigeru Ishiba in Hanoi.",
        {("043", "asserted", "VNM", "JPN")},
        id="043-hosted",
    ),
    pytest.param(
        "Senegal's president received the French foreign minister in Dakar.",
        {("043", "asserted", "SEN", "FRA")},
        id="043-received",
    ),
    pytest.param(
        "Qatar mediated a deal between Israel and Hamas.",
        {("045", "asserted", "QAT", "ISR"), ("045", "asserted", "QAT", "PSE")},
        id="045-mediated-between",
    ),
    pytest.param(
        "Serbia and Kosovo began negotiations in Brussels.",
        {("046", "asserted", "SRB", "XKX"), ("046", "asserted", "XKX", "SRB")},
        id="046-began-negotiations",
    ),
    # 05 diplomatic cooperation
    pytest.param(
        "Argentina's president congratulated Brazilian President Lula on his election victory.",
        {("051", "asserted", "ARG", "BRA")},
        id="051-congratulated",
    ),
    pytest.param(
        "Kenya was praised by the African Union for its peacekeeping role.",
        {("051", "asserted", None, "KEN")},
        id="051-praised-passive",
    ),
    pytest.param(
        "The Czech Republic backed Ukraine's bid to join the European Union.",
        {("051", "asserted", "CZE", "UKR")},
        id="051-backed-bid",
    ),
    pytest.param(
        "Kuwait welcomed the decision by Iraq to reopen the border crossing.",
        {("051", "asserted", "KWT", "IRQ")},
        id="051-welcomed-decision",
    ),
    pytest.param(
        "Hungarian Foreign Minister Peter Szijjarto defended Georgia's government at a meeting "
        "in Brussels.",
        {("052", "asserted", "HUN", "GEO")},
        id="052-defended-government",
    ),
    pytest.param(
        "Egypt rallied international support behind Sudan's army.",
        {("053", "asserted", "EGY", "SDN")},
        id="053-rallied-support",
    ),
    pytest.param(
        "Bhutan formally recognised Bangladesh in 1971.",
        {("054", "asserted", "BTN", "BGD")},
        id="054-recognised",
    ),
    pytest.param(
        "Japan apologized to South Korea for wartime forced labour.",
        {("055", "asserted", "JPN", "KOR")},
        id="055-apologized",
    ),
    pytest.param(
        "Israel refused to apologize to Turkey.",
        {("055", "negated", "ISR", "TUR")},
        id="055-refused-to-apologize",
    ),
    pytest.param(
        "German Chancellor Olaf Scholz offered an apology to Namibia for colonial-era killings.",
        {("055", "asserted", "DEU", "NAM")},
        id="055-offered-apology",
    ),
    pytest.param(
        "Kenya signed a trade agreement with the United Arab Emirates.",
        {("057", "asserted", "KEN", "ARE"), ("057", "asserted", "ARE", "KEN")},
        id="057-signed-with",
    ),
    pytest.param(
        "A peace agreement was signed by Armenia and Azerbaijan in Washington.",
        {("057", "asserted", "ARM", "AZE"), ("057", "asserted", "AZE", "ARM")},
        id="057-signed-passive",
    ),
    pytest.param(
        "The Philippines and Japan are expected to sign a defence pact next month.",
        {("057", "planned", "PHL", "JPN"), ("057", "planned", "JPN", "PHL")},
        id="057-planned-signing",
    ),
    # second pass: wire and bulletin phrasings
    pytest.param(
        "Italy's economy minister struck a gloomy note on the budget talks with Brussels.",
        {("012", "asserted", "ITA", "BEL")},
        id="012-gloomy-note",
    ),
    pytest.param(
        "The Indian finance minister sounded an upbeat note about trade with Japan.",
        {("013", "asserted", "IND", "JPN")},
        id="013-upbeat-note",
    ),
    pytest.param(
        "Canada's trade minister said he saw slim prospects of a deal with Washington.",
        {("012", "asserted", "CAN", "USA")},
        id="012-slim-prospects",
    ),
    pytest.param(
        "Canada's finance minister doubted that the sanctions would change Moscow's course.",
        {("012", "asserted", "CAN", None)},
        id="012-doubted",
    ),
    pytest.param(
        "Australia is weighing new curbs on foreign purchases of farmland.",
        {("014", "asserted", "AUS", None)},
        id="014-weighing-curbs",
    ),
    pytest.param(
        "Al-Shabaab claimed the bombing of a hotel in Mogadishu.",
        {("015", "asserted", "SOM", None)},
        id="015-claimed-the-bombing",
    ),
    pytest.param(
        "Ankara formally requested that Stockholm extradite the suspects.",
        {("0213", "asserted", "TUR", "SWE")},
        id="020-requested-that",
    ),
    pytest.param(
        "Ukraine's government lobbied Washington to extend sanctions on Russian oil.",
        {("020", "asserted", "UKR", "USA")},
        id="020-lobbied",
    ),
    pytest.param(
        "Japan's foreign minister conferred with India's foreign minister before the summit.",
        {("040", "asserted", "JPN", "IND"), ("040", "asserted", "IND", "JPN")},
        id="040-conferred",
    ),
    pytest.param(
        "Japan's prime minister huddled with South Korea's president in Seoul.",
        {("040", "asserted", "JPN", "KOR"), ("040", "asserted", "KOR", "JPN")},
        id="040-huddled",
    ),
    pytest.param(
        "During a stopover in Qatar, the German foreign minister praised its mediation.",
        {("042", "asserted", "DEU", "QAT"), ("051", "asserted", "DEU", "QAT")},
        id="042-stopover",
    ),
    pytest.param(
        "Oman played host to Iran's foreign minister on Saturday.",
        {("043", "asserted", "OMN", "IRN")},
        id="043-played-host",
    ),
    pytest.param(
        "Norway acted as mediator between Colombia's government and the ELN rebels.",
        {("045", "asserted", "NOR", "COL")},
        id="045-acted-as-mediator",
    ),
    pytest.param(
        "The Egyptian president urged Israel and Hamas to return to the negotiating table.",
        {
            ("026", "asserted", "EGY", "ISR"),
            ("026", "asserted", "EGY", "PSE"),
        },
        id="046-back-to-the-table",
    ),
    pytest.param(
        "Saudi Arabia restored diplomatic ties with Iran after a seven-year rift.",
        {("050", "asserted", "SAU", "IRN")},
        id="050-restored-ties",
    ),
    pytest.param(
        "The Indian government threw its weight behind Japan's bid for a permanent seat.",
        {("051", "asserted", "IND", "JPN")},
        id="051-weight-behind",
    ),
    pytest.param(
        "Chancellor Scholz said Germany would stand by Israel.",
        {("051", "planned", "DEU", "ISR")},
        id="051-stand-by",
    ),
    pytest.param(
        "Poland's president rushed to the defence of Hungary's government.",
        {("052", "asserted", "POL", "HUN")},
        id="052-sprang-to-defence",
    ),
    pytest.param(
        "The French president spent the week rallying European allies behind Moldova.",
        {("053", "asserted", "FRA", "MDA")},
        id="053-rallying-allies-behind",
    ),
    pytest.param(
        "Kenya and Ethiopia formalised a defence pact on Monday.",
        {("057", "asserted", "KEN", "ETH"), ("057", "asserted", "ETH", "KEN")},
        id="057-formalised-pact",
    ),
    pytest.param(
        "Serbia's opposition leader called on President Aleksandar Vučić to resign.",
        {("0241", "asserted", "SRB", "SRB")},
        id="0241-called-on-to-resign",
    ),
    pytest.param(
        "Thai opposition parties urged Prime Minister Srettha Thavisin to quit.",
        {("0241", "asserted", "THA", "THA")},
        id="0241-urged-to-quit",
    ),
    pytest.param(
        "French President Emmanuel Macron hosted a dinner for Indian Prime Minister Narendra Modi.",
        {("043", "asserted", "FRA", "IND")},
        id="043-hosted-dinner-for",
    ),
    pytest.param(
        "The Saudi king gave a banquet for the visiting Turkish president.",
        {("043", "asserted", "SAU", "TUR")},
        id="043-gave-banquet-for",
    ),
    # wider wire vocabulary
    pytest.param(
        "Zelensky pleaded with Germany for more missiles.",
        {("0232", "asserted", "UKR", "DEU")},
        id="0232-pleaded-with-for-missiles",
    ),
    pytest.param(
        "Pakistan turned to China for a loan to shore up its reserves.",
        {("0231", "asserted", "PAK", "CHN")},
        id="0231-turned-to-for-loan",
    ),
    pytest.param(
        "Macron rang his Egyptian counterpart on Sunday.",
        {("041", "asserted", "FRA", "EGY"), ("041", "asserted", "EGY", "FRA")},
        id="041-rang",
    ),
    pytest.param(
        "Erdogan dialled Putin on Tuesday.",
        {("041", "asserted", "TUR", "RUS"), ("041", "asserted", "RUS", "TUR")},
        id="041-dialled",
    ),
    pytest.param(
        "The US envoy shuttled between Israel and Lebanon.",
        {("045", "asserted", "USA", "ISR"), ("045", "asserted", "USA", "LBN")},
        id="045-shuttled-between",
    ),
    pytest.param(
        "The Chinese president heaped praise on Pakistan's army chief.",
        {("051", "asserted", "CHN", "PAK")},
        id="051-heaped-praise-on",
    ),
    pytest.param(
        "Israel and Lebanon hammered out a deal on their maritime border.",
        {("057", "asserted", "ISR", "LBN"), ("057", "asserted", "LBN", "ISR")},
        id="057-hammered-out-deal",
    ),
    pytest.param(
        "Germany renewed its call on Israel to allow aid into Gaza.",
        {("020", "asserted", "DEU", "ISR")},
        id="020-renewed-call-on",
    ),
    pytest.param(
        "Poland threw its support behind Ukraine's bid to join the EU.",
        {("051", "asserted", "POL", "UKR")},
        id="051-threw-support-behind",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_codes_events_of_roots_01_05(
    code: Callable[[str], Coded], text: str, expected: Coded
) -> None:
    found = _of_these_roots(code(text))
    assert found == expected, f"missing {expected - found}; extra {found - expected}"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ukrainian troops defended the city of Pokrovsk against Russian assaults.",
            id="military-defence-is-no-052",
        ),
        pytest.param(
            "The World Bank approved a loan to support Kenya's budget reforms.",
            id="support-reforms-is-no-051",
        ),
        pytest.param(
            "Emergency supplies were flown to Port Sudan by the United Arab Emirates.",
            id="flown-cargo-is-no-visit",
        ),
        pytest.param("Hundreds of migrants arrived in Lampedusa on Sunday.", id="migrants-arrive"),
        pytest.param("The company recognised a loss of $2 billion.", id="recognised-a-loss"),
        pytest.param(
            "Demonstrators demanded that the government recognise their land rights.",
            id="recognise-rights-is-no-054",
        ),
        pytest.param("Iran's supreme leader vowed that Israel would be punished.", id="vow-threat"),
        pytest.param("Police said they saw no sign of forced entry.", id="saw-no-sign"),
        pytest.param("The strike by dock workers paralysed the port of Antwerp.", id="dock-strike"),
        pytest.param("A fan suffered cardiac arrest during the match.", id="cardiac-arrest"),
        pytest.param("The talks collapsed on Tuesday.", id="talks-collapsed"),
        pytest.param("Record heat struck the region.", id="record-heat"),
        pytest.param("Mourners lit candles for the victims of the crash.", id="candles-no-actor"),
        pytest.param(
            "The army stood by its decision to close the border crossing.", id="stood-by-decision"
        ),
        pytest.param("Soldiers stood by as the crowd stormed the building.", id="stood-by-idle"),
        pytest.param(
            "Striking a note of caution, the bank kept rates on hold.", id="note-of-caution"
        ),
        pytest.param("Police reopened the road after the accident.", id="reopened-road"),
        pytest.param("The trade unions rallied behind closed doors.", id="rallied-no-actor"),
        pytest.param("Macron hosted a reception at the Elysee on Monday.", id="reception-no-guest"),
        pytest.param(
            "The minister asked reporters to leave the room.", id="asked-to-leave-is-no-resignation"
        ),
        pytest.param("Kenya dialled back its support for Uganda.", id="dialled-back-is-no-call"),
    ],
)
def test_no_events_of_roots_01_05(code: Callable[[str], Coded], text: str) -> None:
    assert _of_these_roots(code(text)) == set()


def test_optimism_and_concern_need_no_target(code: Callable[[str], Coded]) -> None:
    assert ("013", "asserted", "ZMB", None) in code(
        "Zambia's finance minister said he was optimistic that the debt talks would end soon."
    )
    assert ("012", "asserted", "CHL", None) in code(
        "Chile's president said she was deeply concerned that the fires would spread."
    )


def test_issuing_a_statement(code: Callable[[str], Coded]) -> None:
    assert ("010", "asserted", "IND", None) in code(
        "India's foreign ministry issued a statement on the crisis on Sunday."
    )


def test_feelings_in_the_passive(code: Callable[[str], Coded]) -> None:
    assert ("012", "asserted", "DEU", None) in code("Germany was alarmed by the arrests in Turkey.")


def test_a_comment_is_aimed_at_the_owner_of_its_topic(
    code_all: Callable[[str], Coded],
) -> None:
    text = "A Kremlin spokesman declined to comment on Finland's decision to close its border."
    assert ("011", "asserted", "RUS", "FIN") in code_all(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Norway pledged to fund the production of artillery shells for Ukraine's armed forces.",
            ("030", "NOR", "UKRMIL"),
            id="for-whose-forces",
        ),
        pytest.param(
            "Zambia's finance minister pledged to renegotiate its debt with the International "
            "Monetary Fund.",
            ("030", "ZMBGOV", "IGOIMF"),
            id="with-an-institution",
        ),
        pytest.param(
            "India and China agreed to pull back troops from the disputed ridge.",
            ("0357", "IND", None),
            id="own-troops-are-no-target",
        ),
    ],
)
def test_an_intent_is_aimed_at_whom_the_intended_act_is_for(
    code_events: Callable[[str], list[tuple[str, str | None, str | None]]],
    text: str,
    expected: tuple[str, str, str | None],
) -> None:
    assert expected in code_events(text)
