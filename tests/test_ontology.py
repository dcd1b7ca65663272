"""The CAMEO ontology: lookups, Goldstein, QuadClass and the PLOVER crosswalk."""

from __future__ import annotations

import pytest

from eventwire.errors import EventwireError
from eventwire.models import PloverCoding
from eventwire.ontology import CameoCode, Ontology, UnknownCodeError
from eventwire.ontology._loader import plover_for


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


def test_all_280_codes_are_present_and_unique(ontology: Ontology) -> None:
    codes = [c.code for c in ontology.codes()]
    assert len(codes) == 280
    assert len(set(codes)) == 280
    assert all(c.isdigit() and 2 <= len(c) <= 4 for c in codes)


def test_every_root_01_to_20_is_present(ontology: Ontology) -> None:
    roots = {c.code for c in ontology.codes() if len(c.code) == 2}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def test_every_code_has_a_name_and_goldstein_in_range(ontology: Ontology) -> None:
    for entry in ontology.codes():
        assert entry.name.strip(), entry.code
        assert -10.0 <= entry.goldstein <= 10.0, entry.code


NAMES_AND_GOLDSTEIN = [
    ("010", "Make statement, not specified below", 0.0),
    ("016", "Make empathetic comment", 3.4),
    ("036", "Express intent to meet or negotiate", 4.0),
    ("0311", "Express intent to cooperate economically", 5.2),
    ("042", "Make a visit", 1.9),
    ("057", "Sign formal agreement", 8.0),
    ("0233", "Appeal for humanitarian aid", 3.4),
    ("073", "Provide humanitarian aid", 7.4),
    ("111", "Criticize or denounce", -2.0),
    ("141", "Demonstrate or rally", -6.5),
    ("166", "Impose embargo, boycott, or sanctions", -8.0),
    ("173", "Arrest, detain, or charge with legal action", -5.0),
    ("195", "Employ aerial weapons", -10.0),
    ("2042", "Detonate nuclear weapons", -10.0),
]


@pytest.mark.parametrize(
    ("code", "name", "goldstein"), NAMES_AND_GOLDSTEIN, ids=[row[0] for row in NAMES_AND_GOLDSTEIN]
)
def test_lookup_names_and_goldstein(
    ontology: Ontology, code: str, name: str, goldstein: float
) -> None:
    entry = ontology.get(code)
    assert entry.code == code
    assert entry.name == name
    assert entry.goldstein == goldstein


@pytest.mark.parametrize(
    ("code", "root", "quad_class"),
    [
        ("01", "01", 1),
        ("0211", "02", 1),
        ("057", "05", 1),
        ("061", "06", 2),
        ("0841", "08", 2),
        ("090", "09", 3),
        ("1121", "11", 3),
        ("1385", "13", 3),
        ("141", "14", 4),
        ("173", "17", 4),
        ("195", "19", 4),
        ("2042", "20", 4),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_root_and_quad_class(ontology: Ontology, code: str, root: str, quad_class: int) -> None:
    entry = ontology.get(code)
    assert (entry.root, entry.quad_class) == (root, quad_class)


def test_quad_class_follows_the_root_for_every_code(ontology: Ontology) -> None:
    expected = {1: range(1, 6), 2: range(6, 9), 3: range(9, 14), 4: range(14, 21)}
    for entry in ontology.codes():
        assert entry.root == entry.code[:2]
        assert int(entry.root) in expected[entry.quad_class], entry.code


@pytest.mark.parametrize(
    ("code", "plover"),
    [
        pytest.param("036", PloverCoding("AGREE", None, ("diplomatic",)), id="036-agree"),
        pytest.param("042", PloverCoding("CONSULT", "visit", ()), id="042-consult-visit"),
        pytest.param("041", PloverCoding("CONSULT", "phone", ()), id="041-consult-phone"),
        pytest.param("073", PloverCoding("AID", None, ("humanitarian",)), id="073-aid"),
        pytest.param(
            "0871", PloverCoding("RETREAT", "ceasefire", ("military",)), id="0871-retreat"
        ),
        pytest.param(
            "1121",
            PloverCoding("ACCUSE", "allege", ("crime", "corruption")),
            id="1121-two-contexts",
        ),
        pytest.param("141", PloverCoding("PROTEST", "demo", ()), id="141-blank-context"),
        pytest.param("173", PloverCoding("COERCE", "arrest", ("legal",)), id="173-arrest"),
        pytest.param("1712", PloverCoding("ASSAULT", "seize", ("human_security",)), id="1712"),
        pytest.param("195", PloverCoding("ASSAULT", "heavy-weapons", ("military",)), id="195"),
        pytest.param("196", PloverCoding("ASSAULT", None, ("legal", "military")), id="196"),
        pytest.param("0861", PloverCoding("RETREAT", "access", ("peacekeeping",)), id="0861-trim"),
    ],
)
def test_plover_crosswalk(ontology: Ontology, code: str, plover: PloverCoding) -> None:
    assert ontology.get(code).plover == plover


@pytest.mark.parametrize(
    ("code", "plover"),
    [
        pytest.param("166", PloverCoding("COERCE", "restrict", ("diplomatic",)), id="166-embargo"),
        pytest.param("163", PloverCoding("SANCTION", "withdraw", ("diplomatic",)), id="163-halt"),
        pytest.param("1641", PloverCoding("SANCTION", "expel", ("military",)), id="1641-expel"),
        pytest.param("0357", PloverCoding("AGREE", None, ("military",)), id="0357-de-escalate"),
        pytest.param("128", PloverCoding("REJECT", "yield", ("diplomatic",)), id="128-veto"),
    ],
)
def test_crosswalk_follows_the_meaning_where_numberings_differ(
    ontology: Ontology, code: str, plover: PloverCoding
) -> None:
    assert ontology.get(code).plover == plover


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("0872", "Ease military blockade"),
        ("1451", "Engage in violent protest for change in leadership"),
        ("1441", "Obstruct passage to demand change in leadership"),
    ],
    ids=["0872-garbled-in-source", "1451-duplicated-in-source", "1441-unchanged"],
)
def test_names_fixed_from_the_source_table(ontology: Ontology, code: str, name: str) -> None:
    assert ontology.get(code).name == name


@pytest.mark.parametrize("code", ["01", "010", "016", "02", "0211", "0244", "028"])
def test_statements_and_appeals_have_no_plover_event(ontology: Ontology, code: str) -> None:
    assert ontology.get(code).plover == PloverCoding(None, None, ())


def test_every_code_from_03_on_has_a_plover_event(ontology: Ontology) -> None:
    missing = [c.code for c in ontology.codes() if c.root >= "03" and c.plover.type is None]
    assert missing == []


def test_first_listing_wins_for_a_code_listed_twice(ontology: Ontology) -> None:
    assert ontology.get("08").plover.type == "CONCEDE"


def test_codes_missing_from_the_crosswalk_inherit_from_the_nearest_parent() -> None:
    crosswalk = {
        "03": PloverCoding("AGREE", None, ()),
        "035": PloverCoding("AGREE", None, ("military",)),
    }
    assert plover_for("0357", crosswalk) == PloverCoding("AGREE", None, ("military",))
    assert plover_for("0311", crosswalk) == PloverCoding("AGREE", None, ())
    assert plover_for("0211", crosswalk) == PloverCoding(None, None, ())


@pytest.mark.parametrize("code", ["036", "0311", "01", "20"])
def test_contains_known_codes(ontology: Ontology, code: str) -> None:
    assert code in ontology


@pytest.mark.parametrize("code", ["36", "311", "1", "21", "999", "", "abc"])
def test_codes_without_leading_zeros_or_unknown_are_absent(ontology: Ontology, code: str) -> None:
    assert code not in ontology


def test_unknown_code_error_is_a_key_error_and_an_eventwire_error(ontology: Ontology) -> None:
    with pytest.raises(KeyError) as caught:
        ontology.get("36")
    assert isinstance(caught.value, EventwireError)
    assert isinstance(caught.value, UnknownCodeError)
    assert str(caught.value) == (
        "[E600] unknown CAMEO event code '36'; CAMEO codes keep their leading zeros: '036'?"
    )


def test_unknown_code_without_suggestion(ontology: Ontology) -> None:
    with pytest.raises(UnknownCodeError, match=r"unknown CAMEO event code '999'$"):
        ontology.get("999")


def test_codes_are_in_cameo_order_and_records_are_frozen(ontology: Ontology) -> None:
    codes = ontology.codes()
    assert [c.code for c in codes[:3]] == ["01", "010", "011"]
    with pytest.raises(AttributeError):
        codes[0].goldstein = 1.0  # type: ignore[misc]
    assert isinstance(codes[0], CameoCode)


def test_load_returns_the_same_ontology_each_time() -> None:
    assert Ontology.load() is Ontology.load()
