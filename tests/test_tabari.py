"""PETRARCH/TABARI actor and agent dictionaries, and their use by the actors stage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Doc

from eventwire.actors import ActorResolver
from eventwire.actors.dictionary import DictionaryActor, UserDictionary, change_dates
from eventwire.actors.tabari import load_tabari, read_actor_dictionary, read_agent_dictionary
from eventwire.errors import DataFileError
from eventwire.models import Actor

Parse = Callable[[str], Doc]

ACTORS = """\
<!-- a test dictionary
     spanning several lines -->
GONDOR [GON]
+MINAS_TIRITH
+ANORIEN  # a province standing for the state
ARNOR_  [ARN]
BOROMIR  [---]
GONDOR_ARMY [GONMIL]
LORIEN  [elr/gal]
HALBARAD_DUNADAN  # a ranger whose allegiance changed
\t[ARN < 950601]
\t[ARNGOV 19950601 - 19990815]
\t[ARNREB > 990816]
HURIN_ARNEN [GON]
\t[GONGOV 20100101-20101231]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
FOREIGN_MINISTER [~GOVFRM] # a title
POLICE {} [ ~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_BODY [NGO~]
"""


@pytest.fixture(scope="module")
def dictionaries(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tabari")
    actors, agents = folder / "actors.txt", folder / "agents.txt"
    actors.write_text(ACTORS, encoding="utf-8")
    agents.write_text(AGENTS, encoding="utf-8")
    return actors, agents


@pytest.fixture(scope="module")
def resolver(dictionaries: tuple[Path, Path]) -> ActorResolver:
    actors, agents = dictionaries
    return ActorResolver.load(extra_dictionaries=[load_tabari(actors=actors, agents=agents)])


def _actor(
    resolver: ActorResolver, parse: Parse, text: str, word: str, day: dt.date | None
) -> Actor:
    doc = parse(text)
    token = next(t for t in doc if t.text == word)
    found = resolver.resolve_document(doc, day).actors_for(token)
    assert len(found) == 1, found
    return found[0]


def _by_name(dictionary: UserDictionary, name: str) -> DictionaryActor:
    return next(actor for actor in dictionary.actors if name in actor.names)


def test_actor_entries_with_synonyms_and_codes(dictionaries: tuple[Path, Path]) -> None:
    read = read_actor_dictionary(dictionaries[0])
    gondor = _by_name(read, "GONDOR")
    assert gondor.names == ("GONDOR", "MINAS TIRITH", "ANORIEN")
    assert gondor.code == "GON"
    assert _by_name(read, "ARNOR").code == "ARN"  # the whole-word mark "_" is dropped
    assert _by_name(read, "BOROMIR").code is None  # a discarded name
    assert _by_name(read, "LORIEN").code == "ELR"  # first part of a compound, capitals


@pytest.mark.parametrize(
    ("day", "code"),
    [
        pytest.param(None, None, id="no-date-no-undated-code"),
        pytest.param(dt.date(1995, 5, 31), "ARN", id="before-a-day"),
        pytest.param(dt.date(1995, 6, 1), "ARNGOV", id="period-first-day"),
        pytest.param(dt.date(1999, 8, 15), "ARNGOV", id="period-last-day"),
        pytest.param(dt.date(1999, 8, 16), None, id="between-restrictions"),
        pytest.param(dt.date(2003, 3, 1), "ARNREB", id="after-a-day"),
    ],
)
def test_date_restricted_codes(
    dictionaries: tuple[Path, Path], day: dt.date | None, code: str | None
) -> None:
    ranger = _by_name(read_actor_dictionary(dictionaries[0]), "HALBARAD DUNADAN")
    assert ranger.code_on(day) == code


def test_change_dates_bound_every_period(dictionaries: tuple[Path, Path]) -> None:
    changes = change_dates(read_actor_dictionary(dictionaries[0]))
    assert dt.date(1995, 6, 1) in changes and dt.date(1999, 8, 16) in changes
    assert dt.date(2011, 1, 1) in changes  # the day after a period ends
    assert list(changes) == sorted(changes)


def test_agent_entries(dictionaries: tuple[Path, Path]) -> None:
    roles = {role.phrases[0]: role for role in read_agent_dictionary(dictionaries[1]).roles}
    assert roles["foreign minister"].sectors == ("GOV", "FRM")
    assert roles["police"].sectors == ("COP",)
    assert roles["attorney general"].phrases == ("attorney general", "attorneys general")
    assert roles["congressman"].phrases == (
        "congressman",
        "congressmen",
        "congresswoman",
        "congresswomen",
    )
    assert roles["human rights body"].sectors == ("NGO",)


@pytest.mark.parametrize(
    ("text", "word", "day", "code"),
    [
        pytest.param("Gondor recalled its envoy from Arnor.", "Gondor", None, "GON", id="name"),
        pytest.param("Arnor expelled two diplomats.", "Arnor", None, "ARN", id="whole-word"),
        pytest.param(
            "Minas Tirith rejected the proposal on Friday.", "Tirith", None, "GON", id="synonym"
        ),
        pytest.param(
            "The Gondor army shelled the border town.", "army", None, "GONMIL", id="longer-code"
        ),
        pytest.param(
            "Gondor's foreign minister flew to the talks.", "minister", None, "GONGOV", id="agent"
        ),
        pytest.param(
            "Arnor police arrested 12 people.", "police", None, "ARNCOP", id="plain-agent"
        ),
        pytest.param(
            "Halbarad Dunadan denounced the raids on Monday.",
            "Dunadan",
            dt.date(1997, 3, 2),
            "ARNGOV",
            id="dated-code",
        ),
        pytest.param(
            "Halbarad Dunadan denounced the raids on Monday.",
            "Dunadan",
            dt.date(2001, 3, 2),
            "ARNREB",
            id="later-dated-code",
        ),
        pytest.param("Hurin Arnen closed the gates.", "Arnen", None, "GON", id="undated-default"),
        pytest.param(
            "Hurin Arnen closed the gates.",
            "Arnen",
            dt.date(2010, 6, 1),
            "GONGOV",
            id="dated-over-default",
        ),
    ],
)
def test_resolver_uses_dictionaries(
    resolver: ActorResolver, parse: Parse, text: str, word: str, day: dt.date | None, code: str
) -> None:
    assert _actor(resolver, parse, text, word, day).code == code


def test_longer_code_keeps_its_country(resolver: ActorResolver, parse: Parse) -> None:
    actor = _actor(resolver, parse, "The Gondor army shelled the border town.", "army", None)
    assert actor.country == "GON"


def test_dictionary_names_win_over_package_tables(tmp_path: Path, parse: Parse) -> None:
    path = tmp_path / "actors.txt"
    path.write_text("JAPAN [JAP]\n", encoding="utf-8")
    resolver = ActorResolver.load(extra_dictionaries=[read_actor_dictionary(path)])
    assert _actor(resolver, parse, "Japan protested the launch.", "Japan", None).code == "JAP"


def test_without_dictionaries_the_package_tables_decide(parse: Parse) -> None:
    resolver = ActorResolver.load()
    assert _actor(resolver, parse, "Japan protested the launch.", "Japan", None).code == "JPN"
    doc = parse("Gondor recalled its envoy.")
    assert resolver.resolve_document(doc, None).all_actors() == []


@pytest.mark.parametrize(
    ("kind", "text", "line", "message"),
    [
        pytest.param("actors", "+GONDOR\n", 1, "synonym", id="synonym-first"),
        pytest.param("actors", "GONDOR [GON]\n\t[GON <19950231]\n", 2, "valid day", id="bad-day"),
        pytest.param("actors", "GONDOR [GON <1995]\n", 1, "not a day", id="short-day"),
        pytest.param("actors", "GONDOR [GON ~1995]\n", 1, "restriction", id="bad-restriction"),
        pytest.param("actors", "GONDOR [G*N]\n", 1, "actor code", id="bad-code"),
        pytest.param("actors", "\n# comment\nGONDOR\nARNOR [ARN]\n", 3, "no code", id="no-code"),
        pytest.param("agents", "POLICE ~COP\n", 1, "PHRASE", id="agent-no-brackets"),
        pytest.param("agents", "POLICE [COP]\n", 1, "agent code", id="agent-no-tilde"),
        pytest.param("agents", "CONGRESS!PERSON! [~LEG]\n", 1, "defined", id="undefined-set"),
    ],
)
def test_malformed_lines_name_file_and_line(
    tmp_path: Path, kind: str, text: str, line: int, message: str
) -> None:
    path = tmp_path / f"{kind}.txt"
    path.write_text(text, encoding="utf-8")
    reader = read_actor_dictionary if kind == "actors" else read_agent_dictionary
    with pytest.raises(DataFileError) as raised:
        reader(path)
    assert raised.value.location == f"{path}:{line}"
    assert message in raised.value.reason


def test_missing_file_is_a_data_file_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read"):
        read_actor_dictionary(tmp_path / "absent.txt")


VALIDATION = Path(__file__).resolve().parent.parent.parent / "shared/dev/petrarch_validation"


@pytest.mark.skipif(not VALIDATION.is_dir(), reason="PETRARCH validation files absent")
def test_reads_the_validation_dictionaries() -> None:
    dictionary = load_tabari(
        actors=VALIDATION / "PETR.Validate.actors.txt",
        agents=VALIDATION / "PETR.Validate.agents.txt",
    )
    assert len(dictionary.actors) > 100 and len(dictionary.roles) > 80
    sam = _by_name(dictionary, "SAM GAMGEE")
    assert sam.code_on(dt.date(2010, 1, 10)) == "ORCHOB"  # the first covering period wins
    assert sam.code_on(dt.date(2012, 12, 31)) == "HOBGOV"
