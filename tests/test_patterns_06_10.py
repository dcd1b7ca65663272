"""Patterns of CAMEO roots 06-10 (material cooperation, aid, yield, investigate, demand) on
varied news sentences.

Only events of these roots are compared: other groups' patterns may add events of their own
to the same sentence ("called off the strike" is also a strike, 143).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = set[tuple[str, str, str | None, str | None]]
ROOTS = ("06", "07", "08", "09", "10")


@pytest.fixture(scope="module")
def code(code_all: Callable[[str], Coded]) -> Callable[[str], Coded]:
    """Events of these roots only."""
    return lambda text: {event for event in code_all(text) if event[0].startswith(ROOTS)}


CASES = [
    # 06 material cooperation
    pytest.param(
        "India and Japan began joint naval exercises in the Bay of Bengal on Tuesday.",
        {("062", "asserted", "IND", "JPN"), ("062", "asserted", "JPN", "IND")},
        id="062-joint-exercises-reciprocal",
    ),
    pytest.param(
        "Britain trained Ukrainian soldiers at a base in southern England.",
        {("062", "asserted", "GBR", "UKR")},
        id="062-train-forces",
    ),
    pytest.param(
        "Turkey sold armed drones to Ethiopia last year, officials said.",
        {("062", "asserted", "TUR", "ETH")},
        id="062-arms-sale",
    ),
    pytest.param(
        "Norwegian troops fought alongside Lithuanian forces during the winter drills.",
        {("062", "asserted", "NOR", "LTU")},
        id="062-fight-alongside-is-no-clash",
    ),
    pytest.param(
        "Colombian police shared intelligence with Ecuador about the cartel.",
        {("064", "asserted", "COL", "ECU")},
        id="064-share-intelligence",
    ),
    pytest.param(
        "The Dominican Republic handed over two suspects to US authorities on Friday.",
        {("063", "asserted", "DOM", "USA")},
        id="063-hand-over-suspects",
    ),
    pytest.param(
        "China will invest $10 billion in Pakistan.",
        {("061", "planned", "CHN", "PAK")},
        id="061-invest-planned",
    ),
    # 07 aid
    pytest.param(
        "Germany delivered 20 howitzers to Ukraine on Thursday.",
        {("072", "asserted", "DEU", "UKR")},
        id="072-deliver-weapons-verb",
    ),
    pytest.param(
        "Japan provided patrol boats to the Philippines.",
        {("072", "asserted", "JPN", "PHL")},
        id="072-patrol-boats",
    ),
    pytest.param(
        "Argentina provided military equipment to Bolivia in 2019, officials said.",
        {("072", "asserted", "ARG", "BOL")},
        id="072-military-equipment",
    ),
    pytest.param(
        "China will lend Sri Lanka $2 billion to shore up its reserves.",
        {("071", "planned", "CHN", "LKA")},
        id="071-lend",
    ),
    pytest.param(
        "The IMF bailed out Argentina in 2018.",
        {("071", "asserted", None, "ARG")},
        id="071-bail-out",
    ),
    pytest.param(
        "France cancelled Mali's debt, the finance ministry said.",
        {("071", "asserted", "FRA", "MLI")},
        id="071-debt-relief",
    ),
    pytest.param(
        "The United States sent $500 million to Ukraine.",
        {("070", "asserted", "USA", "UKR")},
        id="070-money-amount",
    ),
    pytest.param(
        "Japan sent emergency relief supplies to Myanmar after the earthquake.",
        {("073", "asserted", "JPN", "MMR")},
        id="073-relief-supplies",
    ),
    pytest.param(
        "Brazil granted asylum to a Bolivian opposition senator on Tuesday.",
        {("075", "asserted", "BRA", "BOL")},
        id="075-asylum",
    ),
    pytest.param(
        "Ireland will deploy peacekeepers to Lebanon next month.",
        {("074", "planned", "IRL", "LBN")},
        id="074-deploy-peacekeepers",
    ),
    pytest.param(
        "Senegal extended military protection to Gambia.",
        {("074", "asserted", "SEN", "GMB")},
        id="074-protection-noun",
    ),
    # 08 yield
    pytest.param(
        "Hamas freed three Israeli hostages on Saturday.",
        {("0841", "asserted", "PSE", "ISR")},
        id="0841-free-hostages",
    ),
    pytest.param(
        "Belarus refused to free a detained Lithuanian journalist.",
        {("0841", "negated", "BLR", "LTU")},
        id="0841-refused-negated",
    ),
    pytest.param(
        "Russia and Ukraine exchanged prisoners of war on Sunday.",
        {("0841", "asserted", "RUS", "UKR"), ("0841", "asserted", "UKR", "RUS")},
        id="0841-prisoner-exchange",
    ),
    pytest.param(
        "Iran handed over the bodies of three Israeli soldiers to the Red Cross.",
        {("0841", "asserted", "IRN", "ISR"), ("0841", "asserted", "IRN", None)},
        id="0841-hand-over-remains-not-063",
    ),
    pytest.param(
        "Venezuela returned a seized Guyanese vessel to Georgetown.",
        {("0842", "asserted", "VEN", "GUY")},
        id="0842-return-vessel",
    ),
    pytest.param(
        "The United States eased sanctions on Venezuela's oil sector.",
        {("085", "asserted", "USA", "VEN")},
        id="085-ease-sanctions",
    ),
    pytest.param(
        "China eased travel restrictions on South Korea.",
        {("081", "asserted", "CHN", "KOR")},
        id="081-ease-restrictions",
    ),
    pytest.param(
        "Ethiopia restored internet access in the Tigray region after two years.",
        {("0811", "asserted", "ETH", "ETH")},
        id="0811-restore-internet",
    ),
    pytest.param(
        "The government of Pakistan lifted the ban on the PTI party.",
        {("0812", "asserted", "PAK", "PAK")},
        id="0812-lift-party-ban",
    ),
    pytest.param(
        "Thai authorities lifted the curfew in Bangkok on Sunday.",
        {("0813", "asserted", "THA", "THA")},
        id="0813-lift-curfew",
    ),
    pytest.param(
        "The Myanmar junta lifted martial law in Yangon on Monday.",
        {("0814", "asserted", "MMR", "MMR")},
        id="0814-lift-martial-law",
    ),
    pytest.param(
        "Nigeria's unions called off the general strike on Tuesday.",
        {("082", "asserted", "NGA", None)},
        id="082-call-off-strike",
    ),
    pytest.param(
        "Germany's government withdrew the tax bill after weeks of protests.",
        {("0832", "asserted", "DEU", "DEU")},
        id="0832-withdraw-bill-no-retreat",
    ),
    pytest.param(
        "Turkey granted citizenship to Syrian refugees.",
        {("0833", "asserted", "TUR", "SYR")},
        id="0833-grant-citizenship",
    ),
    pytest.param(
        "Mali's junta restored constitutional order, the African Union said.",
        {("0834", "asserted", "MLI", "MLI")},
        id="0834-constitutional-order",
    ),
    pytest.param(
        "The Iraqi government backed down on the oil law after Kurdish objections.",
        {("080", "asserted", "IRQ", None)},
        id="080-back-down",
    ),
    pytest.param(
        "Sudan's army accepted UN peacekeepers in Darfur.",
        {("0861", "asserted", "SDN", None)},
        id="0861-accept-peacekeepers",
    ),
    pytest.param(
        "North Korea admitted IAEA inspectors to the Yongbyon reactor.",
        {("0862", "asserted", "PRK", None)},
        id="0862-admit-inspectors",
    ),
    pytest.param(
        "Israel halted its offensive in Rafah on Sunday.",
        {("087", "asserted", "ISR", None)},
        id="087-halt-offensive",
    ),
    pytest.param(
        "Israel and Hamas declared a ceasefire on Wednesday.",
        {("0871", "asserted", "ISR", "PSE"), ("0871", "asserted", "PSE", "ISR")},
        id="0871-ceasefire",
    ),
    pytest.param(
        "Colombian rebels laid down their weapons in a ceremony on Friday.",
        {("0873", "asserted", "COL", None)},
        id="0873-lay-down-arms",
    ),
    pytest.param(
        "Ethiopia pulled its troops out of Somalia last year.",
        {("0874", "asserted", "ETH", "SOM")},
        id="0874-pull-troops-out",
    ),
    # 09 investigate
    pytest.param(
        "Indonesia's anti-graft agency investigated the transport minister over bribery.",
        {("091", "asserted", "IDN", None)},
        id="091-investigate-over-bribery",
    ),
    pytest.param(
        "UN experts investigated abuses by Myanmar's army against Rohingya civilians.",
        {("092", "asserted", None, "MMR")},
        id="092-investigate-abuses",
    ),
    pytest.param(
        "The Pentagon investigated the airstrike on a hospital in Kunduz.",
        {("093", "asserted", "USA", None)},
        id="093-investigate-airstrike",
    ),
    pytest.param(
        "The ICC prosecutor opened a war crimes investigation into Russian forces.",
        {("094", "asserted", None, "RUS")},
        id="094-war-crimes-investigation",
    ),
    pytest.param(
        "Kosovo investigated Serbian police over the killings.",
        {("090", "asserted", "XKX", "SRB")},
        id="090-investigate",
    ),
    # 10 demand
    pytest.param(
        "Egypt demanded an explanation from Israel over the shooting.",
        {("101", "asserted", "EGY", "ISR")},
        id="101-demand-explanation",
    ),
    pytest.param(
        "Poland demanded compensation from Germany for wartime damage.",
        {("103", "asserted", "POL", "DEU")},
        id="103-demand-compensation",
    ),
    pytest.param(
        "Catalan separatists demanded independence from Spain.",
        {("1044", "asserted", None, "ESP")},
        id="1044-demand-independence",
    ),
    pytest.param(
        "The Philippines demanded the release of two fishermen detained by China.",
        {("1053", "asserted", "PHL", None)},
        id="1053-demand-release",
    ),
    pytest.param(
        "Ukraine demanded the withdrawal of Russian troops from Zaporizhzhia.",
        {("106", "asserted", "UKR", "RUS")},
        id="106-demand-withdrawal",
    ),
    pytest.param(
        "The African Union demanded a ceasefire between Ethiopia and Eritrea.",
        {
            ("107", "asserted", None, "ETH"),
            ("107", "asserted", None, "ERI"),
        },
        id="107-demand-ceasefire-between",
    ),
    pytest.param(
        "Niger demanded that France withdraw its troops.",
        {("106", "asserted", "NER", "FRA")},
        id="106-demand-that-withdraw",
    ),
    # second pass: wire news and crisis bulletins
    pytest.param(
        "Indonesian and Australian troops kicked off annual military exercises in Darwin.",
        {("062", "asserted", "AUS", "IDN"), ("062", "asserted", "IDN", "AUS")},
        id="062-kick-off-annual-exercises",
    ),
    pytest.param(
        "Kenyan police worked with Ugandan officers to trace the kidnappers.",
        {("063", "asserted", "KEN", "UGA"), ("063", "asserted", "UGA", "KEN")},
        id="063-police-work-with",
    ),
    pytest.param(
        "Canada will send Ukraine a new shipment of artillery shells.",
        {("072", "planned", "CAN", "UKR")},
        id="072-send-dative-recipient",
    ),
    pytest.param(
        "Relief supplies were flown into Kabul by Qatar on Sunday.",
        {("073", "asserted", "QAT", None)},
        id="073-flown-into",
    ),
    pytest.param(
        "Egyptian aircraft airdropped food parcels over Gaza.",
        {("073", "asserted", "EGY", "PSE")},
        id="073-airdrop-over",
    ),
    pytest.param(
        "Japan handed over a new hospital to Cambodia on Friday.",
        {("070", "asserted", "JPN", "KHM")},
        id="070-hand-over-hospital",
    ),
    pytest.param(
        "Germany handed back looted bronzes to Nigeria.",
        {("0842", "asserted", "DEU", "NGA")},
        id="0842-hand-back-property",
    ),
    pytest.param(
        "Azerbaijan handed back two Armenian soldiers to Armenia.",
        {("0841", "asserted", "AZE", "ARM")},
        id="0841-hand-back-captives",
    ),
    pytest.param(
        "Egypt let aid lorries into Gaza through the Rafah crossing.",
        {("0863", "asserted", "EGY", "PSE")},
        id="0863-let-lorries-in",
    ),
    pytest.param(
        "Kenya's parliament opened an impeachment inquiry into the deputy president.",
        {("091", "asserted", "KEN", None)},
        id="091-impeachment-inquiry",
    ),
    pytest.param(
        "Swedish prosecutors are looking into the explosion that damaged the pipeline.",
        {("090", "asserted", "SWE", None)},
        id="090-look-into-explosion",
    ),
    pytest.param(
        "UN investigators will look into abuses by Myanmar's army.",
        {("092", "planned", None, "MMR")},
        id="092-look-into-abuses",
    ),
    pytest.param(
        "Romanian anti-corruption prosecutors searched the offices of the Social Democratic Party.",
        {("091", "asserted", "ROU", None)},
        id="091-searched-offices",
    ),
    pytest.param(
        "The Ukrainian army said it was investigating the drone strike on the market.",
        {("093", "asserted", "UKR", None)},
        id="093-investigate-own-strike",
    ),
    pytest.param(
        "The African Union demanded an immediate halt to the fighting in Sudan.",
        {("107", "asserted", None, None)},
        id="107-demand-halt-to-fighting",
    ),
    pytest.param(
        "Polish truckers ended their blockade of the Ukrainian border crossing.",
        {("082", "asserted", "POL", None)},
        id="082-end-protest-blockade",
    ),
    pytest.param(
        "Israel eased its blockade of Gaza on Sunday.",
        {("0872", "asserted", "ISR", "PSE")},
        id="0872-ease-blockade",
    ),
    pytest.param(
        "Indian police are investigating whether the gunmen crossed from Pakistan.",
        {("090", "asserted", "IND", None)},
        id="090-investigate-whether",
    ),
    pytest.param(
        "The Serbian government accepted the students' demands.",
        {("080", "asserted", "SRB", None), ("100", "asserted", None, "SRB")},
        id="080-accept-demands",
    ),
    pytest.param(
        "Turkey sent rescue teams to earthquake-hit Syria.",
        {("073", "asserted", "TUR", "SYR")},
        id="073-rescue-teams",
    ),
    pytest.param(
        "Japan sent a medical team and a field hospital to Turkey.",
        {("073", "asserted", "JPN", "TUR")},
        id="073-medical-team",
    ),
    pytest.param(
        "Opposition lawmakers demanded the resignation of Prime Minister Shehbaz Sharif.",
        {("1041", "asserted", None, "PAK")},
        id="1041-resignation-of",
    ),
    pytest.param(
        "Serbian students demanded Vucic's resignation.",
        {("1041", "asserted", "SRB", "SRB")},
        id="1041-owner-of-resignation",
    ),
    pytest.param(
        "The European Commission launched infringement proceedings against Hungary.",
        {("090", "asserted", None, "HUN")},
        id="090-infringement-proceedings",
    ),
    pytest.param(
        "Russia's Investigative Committee opened a criminal case against a Ukrainian commander.",
        {("091", "asserted", "RUS", "UKR")},
        id="091-criminal-case",
    ),
    pytest.param(
        "The IMF disbursed the next tranche of Egypt's loan on Monday.",
        {("071", "asserted", None, "EGY")},
        id="071-tranche-of-loan",
    ),
    pytest.param(
        "Lithuania handed over a batch of anti-drone equipment to Ukraine.",
        {("072", "asserted", "LTU", "UKR")},
        id="072-hand-over-anti-drone-equipment",
    ),
    pytest.param(
        "Two journalists were freed from jail in Baku on Monday.",
        {("0841", "asserted", None, None)},
        id="0841-agentless-release-from-jail",
    ),
    pytest.param(
        "Kenya's government backtracked on plans to raise taxes.",
        {("080", "asserted", "KEN", None)},
        id="080-backtrack",
    ),
    pytest.param(
        "The Pakistani government made a U-turn on the tax.",
        {("080", "asserted", "PAK", None)},
        id="080-u-turn",
    ),
    pytest.param(
        "Germany will finance the reconstruction of Ukraine's power grid.",
        {("070", "planned", "DEU", "UKR")},
        id="070-finance-reconstruction",
    ),
    pytest.param(
        "Saudi Arabia deposited $3 billion in Pakistan's central bank.",
        {("071", "asserted", "SAU", "PAK")},
        id="071-deposit",
    ),
    pytest.param(
        "Pakistan reopened its border with Afghanistan after two weeks.",
        {("081", "asserted", "PAK", "AFG")},
        id="081-reopen-border",
    ),
    pytest.param(
        "Georgian prosecutors summoned opposition leader Nika Melia for questioning.",
        {("090", "asserted", "GEO", None)},
        id="090-summon-for-questioning",
    ),
    # no event of roots 06-10
    pytest.param("The bakery reopened its doors on Monday.", set(), id="no-reopened-doors"),
    pytest.param("The coach called the players for training.", set(), id="no-called-for-training"),
    pytest.param("Investors parked $2 billion in Treasury bonds.", set(), id="no-parked-in-bonds"),
    pytest.param(
        "Egypt's central bank rolled over its debt to Saudi Arabia.", set(), id="no-debtor-roll"
    ),
    pytest.param("The patient was released from hospital on Monday.", set(), id="no-hospital"),
    pytest.param("The convoy made a sharp turn toward the border.", set(), id="no-sharp-turn"),
    pytest.param("The climbers climbed on the rocks.", set(), id="no-climb-on"),
    pytest.param(
        "The court heard the case against the former minister.", set(), id="no-case-heard"
    ),
    pytest.param("The dock workers' strike paralysed the port of Antwerp.", set(), id="no-labour"),
    # wider wire vocabulary
    pytest.param(
        "Saudi Arabia handed Yemen $1 billion in support.",
        {("070", "asserted", "SAU", "YEM")},
        id="070-handed-money",
    ),
    pytest.param(
        "Britain dispatched aid to Sudan.",
        {("070", "asserted", "GBR", "SDN")},
        id="070-dispatched-aid",
    ),
    pytest.param(
        "Iran armed the Houthis with ballistic missiles.",
        {("072", "asserted", "IRN", "YEM")},
        id="072-armed-with-missiles",
    ),
    pytest.param(
        "Egypt provided Sudan with food and medicine.",
        {("073", "asserted", "EGY", "SDN")},
        id="073-provided-with-food",
    ),
    pytest.param(
        "Sheikh Hasina resigned as prime minister and fled to India.",
        {("0831", "asserted", "BGD", "BGD")},
        id="0831-resigned-as",
    ),
    pytest.param(
        "Britain's opposition leader stood down as party leader after the election defeat.",
        {("0831", "asserted", "GBR", None)},
        id="0831-stood-down-as",
    ),
    pytest.param(
        "Peru's prime minister quit his post on Wednesday.",
        {("0831", "asserted", "PER", "PER")},
        id="0831-quit-post",
    ),
    pytest.param(
        "The Ethiopian government scrapped the state of emergency in Amhara.",
        {("0814", "asserted", "ETH", "ETH")},
        id="0814-scrapped-emergency",
    ),
    pytest.param(
        "Armenia ceded four villages to Azerbaijan.",
        {("0842", "asserted", "ARM", "AZE")},
        id="0842-ceded-villages",
    ),
    pytest.param(
        "Polish prosecutors are examining alleged Russian war crimes in Ukraine.",
        {("094", "asserted", "POL", "UKR")},
        id="094-examining-war-crimes",
    ),
    pytest.param(
        "Thousands marched through Lima calling for the prime minister to step down.",
        set(),
        id="no-0831-called-for",
    ),
    pytest.param(
        "Serbia's opposition called on the president to resign.", set(), id="no-0831-called-on"
    ),
    pytest.param("Britain quit the talks with the EU.", set(), id="no-0831-quit-talks"),
    pytest.param("A fan suffered cardiac arrest during the match.", set(), id="no-arrest"),
    pytest.param("Record heat struck the region on Monday.", set(), id="no-heat"),
    pytest.param("The talks between Serbia and Kosovo collapsed on Friday.", set(), id="no-talks"),
    pytest.param("The Kremlin released a statement on Monday.", set(), id="no-released-statement"),
    pytest.param("Iraq released its budget figures on Tuesday.", set(), id="no-released-figures"),
    pytest.param("Apple released a new iPhone on Friday.", set(), id="no-released-product"),
    pytest.param("China increased exports to Europe last year.", set(), id="no-exports"),
    pytest.param("Rebels withdrew from the peace deal on Friday.", set(), id="no-withdraw-deal"),
    pytest.param("Google shared data on the outage with customers.", set(), id="no-share-data"),
    pytest.param(
        "Germany sent troops and armoured vehicles to Lithuania's border.",
        set(),
        id="no-vehicles-deployed",
    ),
    pytest.param("The Lakers searched for a new coach.", set(), id="no-search-coach"),
    pytest.param(
        "The Kenyan police sent a team of investigators to the scene.",
        set(),
        id="no-team-of-investigators",
    ),
    pytest.param(
        "Police are looking into ways to improve response times.", set(), id="no-look-into-ways"
    ),
    pytest.param(
        "Stocks handed back early gains on Wall Street.", set(), id="no-handed-back-gains"
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_roots_06_10(code: Callable[[str], Coded], text: str, expected: Coded) -> None:
    assert code(text) == expected


def test_disarming_and_disengaging(code: Callable[[str], Coded]) -> None:
    assert ("0873", "asserted", "TUR", None) in code(
        "Some 30 PKK fighters burned their weapons at a ceremony in northern Iraq."
    )
    assert ("087", "asserted", "IND", "CHN") in code(
        "Indian and Chinese troops completed their disengagement from two friction points."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Norwegian and Russian rescue teams carried out a joint search operation.",
            ("060", "asserted", "NOR", "RUS"),
            id="joint-rescue-is-civil",
        ),
        pytest.param(
            "Colombia extradited a drug lord to the United States.",
            ("063", "asserted", "COL", "USA"),
            id="extradited-to",
        ),
        pytest.param(
            "France will train Ukrainian pilots on Mirage jets.",
            ("062", "planned", "FRA", "UKR"),
            id="training-pilots",
        ),
    ],
)
def test_cooperation_wordings(
    code: Callable[[str], Coded], text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in code(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Mongolian prime minister resigned on Friday after weeks of protests over "
            "corruption.",
            ("0831", "asserted", "MNG", "MNG"),
            id="resignation",
        ),
        pytest.param(
            "Sri Lanka's president lifted the nationwide curfew on Wednesday and fled to the "
            "Maldives.",
            ("0813", "asserted", "LKA", "LKA"),
            id="curfew-lifted-then-abroad",
        ),
    ],
)
def test_a_state_yields_at_home_to_its_own_people(
    code_all: Callable[[str], Coded], text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in code_all(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Argentine prosecutors opened an investigation into allegations that Javier Milei "
            "promoted a cryptocurrency scheme.",
            ("090", "asserted", "ARG", "ARG"),
            id="subject-of-the-allegations",
        ),
        pytest.param(
            "The UN Human Rights Council set up a mission to investigate alleged abuses by "
            "Ethiopia's army in Tigray.",
            ("092", "asserted", None, "ETH"),
            id="abuses-by",
        ),
        pytest.param(
            "Ukrainian prosecutors opened a war crimes investigation after Russian troops "
            "shelled a Ukrainian hospital.",
            ("094", "asserted", "UKR", "RUS"),
            id="after-an-attack",
        ),
    ],
)
def test_an_inquiry_is_into_whom_it_examines(
    code_all: Callable[[str], Coded], text: str, expected: tuple[str, str, str | None, str]
) -> None:
    assert expected in code_all(text)
