"""eventwire's own actor dictionaries (YAML and CSV) with date-bounded codes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Doc

from eventwire.actors import ActorResolver
from eventwire.actors.dictionary import UserDictionary
from eventwire.actors.user_files import (
    read_csv_dictionary,
    read_dictionary,
    read_yaml_dictionary,
)
from eventwire.errors import DataFileError
from eventwire.models import Actor

Parse = Callable[[str], Doc]

YAML = """\
# Two officials whose office changed, a party and a port authority.
actors:
  - name: Marta Ilvesaar
    aliases: [Ilvesaar]
    code: EST                      # outside the periods below
    codes:
      - {code: ESTGOV, from: 2022-07-18, until: 2024-11-30}
      - code: IGOEEC
        from: 2024-12-01
  - name: Tomasz Wielgosz
    codes:
      - {code: USA GOV, from: 2025-01-25}
  - name: Northern Renewal Party
    aliases: [NRP]
    code: POLOPP
role_nouns:
  - phrases: [harbour master, harbour masters]
    sectors: [GOV]
"""

CSV = """\
name,aliases,code,from,until
Marta Ilvesaar,Ilvesaar,EST,,
Marta Ilvesaar,,ESTGOV,2022-07-18,2024-11-30
# a comment row
Marta Ilvesaar,,IGOEEC,2024-12-01,
Tomasz Wielgosz,,USAGOV,2025-01-25,
Northern Renewal Party,NRP,POLOPP,,
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("user-dictionaries")
    yaml_file, csv_file = folder / "actors.yaml", folder / "actors.csv"
    yaml_file.write_text(YAML, encoding="utf-8")
    csv_file.write_text(CSV, encoding="utf-8")
    return yaml_file, csv_file


@pytest.fixture(scope="module")
def resolver(files: tuple[Path, Path]) -> ActorResolver:
    return ActorResolver.load(extra_dictionaries=[read_yaml_dictionary(files[0])])


def _codes_on(dictionary: UserDictionary, day: dt.date | None) -> dict[str, str | None]:
    return {actor.names[0]: actor.code_on(day) for actor in dictionary.actors}


@pytest.mark.parametrize(
    ("day", "ilvesaar", "wielgosz"),
    [
        pytest.param(None, "EST", None, id="no-date"),
        pytest.param(dt.date(2022, 7, 17), "EST", None, id="before-every-period"),
        pytest.param(dt.date(2022, 7, 18), "ESTGOV", None, id="first-day"),
        pytest.param(dt.date(2024, 11, 30), "ESTGOV", None, id="last-day"),
        pytest.param(dt.date(2024, 12, 1), "IGOEEC", None, id="next-period"),
        pytest.param(dt.date(2026, 1, 9), "IGOEEC", "USAGOV", id="open-ended"),
    ],
)
def test_yaml_and_csv_give_the_same_dated_codes(
    files: tuple[Path, Path], day: dt.date | None, ilvesaar: str, wielgosz: str | None
) -> None:
    for dictionary in (read_yaml_dictionary(files[0]), read_csv_dictionary(files[1])):
        codes = _codes_on(dictionary, day)
        assert codes["Marta Ilvesaar"] == ilvesaar
        assert codes["Tomasz Wielgosz"] == wielgosz
        assert codes["Northern Renewal Party"] == "POLOPP"


def test_names_aliases_and_role_nouns(files: tuple[Path, Path]) -> None:
    dictionary = read_yaml_dictionary(files[0])
    assert dictionary.actors[0].names == ("Marta Ilvesaar", "Ilvesaar")
    assert dictionary.roles[0].phrases == ("harbour master", "harbour masters")
    assert dictionary.roles[0].sectors == ("GOV",)
    assert read_csv_dictionary(files[1]).actors[2].names == ("Northern Renewal Party", "NRP")


def test_format_follows_the_suffix(files: tuple[Path, Path], tmp_path: Path) -> None:
    assert read_dictionary(files[0]) == read_yaml_dictionary(files[0])
    assert read_dictionary(files[1]) == read_csv_dictionary(files[1])
    tabari = tmp_path / "actors.txt"
    tabari.write_text("GONDOR [GON]\n", encoding="utf-8")
    assert read_dictionary(tabari).actors[0].code == "GON"


def _actor(resolver: ActorResolver, parse: Parse, text: str, word: str, day: dt.date) -> Actor:
    doc = parse(text)
    token = next(t for t in doc if t.text == word)
    [found] = resolver.resolve_document(doc, day).actors_for(token)
    return found


@pytest.mark.parametrize(
    ("text", "word", "day", "code"),
    [
        pytest.param(
            "Marta Ilvesaar criticised the decision on Monday.",
            "Ilvesaar",
            dt.date(2023, 5, 2),
            "ESTGOV",
            id="minister-then",
        ),
        pytest.param(
            "Marta Ilvesaar criticised the decision on Monday.",
            "Ilvesaar",
            dt.date(2025, 5, 2),
            "IGOEEC",
            id="eu-post-later",
        ),
        pytest.param(
            "The NRP accused the government of fraud.",
            "NRP",
            dt.date(2026, 1, 9),
            "POLOPP",
            id="acronym-alias",
        ),
        pytest.param(
            "Polish harbour masters closed the port.",
            "masters",
            dt.date(2026, 1, 9),
            "POLGOV",
            id="role-noun",
        ),
    ],
)
def test_resolver_applies_the_dictionary_by_date(
    resolver: ActorResolver, parse: Parse, text: str, word: str, day: dt.date, code: str
) -> None:
    actor = _actor(resolver, parse, text, word, day)
    assert actor.code == code
    assert actor.resolved_by in {"dictionary", "title"}


@pytest.mark.parametrize(
    ("suffix", "text", "line", "message"),
    [
        pytest.param(".yaml", "actors: [\n", 2, "invalid YAML", id="bad-yaml"),
        pytest.param(".yaml", "people: []\n", 1, "unknown key", id="unknown-top-key"),
        pytest.param(
            ".yaml", "actors:\n  - name: A\n    code: US\n", 2, "actor code", id="short-code"
        ),
        pytest.param(".yaml", "actors:\n  - name: A\n", 2, "neither", id="no-code"),
        pytest.param(
            ".yaml",
            "actors:\n  - name: A\n    codes:\n      - {code: USAGOV, from: 2025-13-01}\n",
            4,
            "'from' must be a day",
            id="bad-day",
        ),
        pytest.param(
            ".yaml",
            "actors:\n  - name: A\n    codes:\n      - {code: USAGOV, from: 2025-02-01,"
            " until: 2025-01-01}\n",
            4,
            "ends",
            id="backwards-period",
        ),
        pytest.param(
            ".yaml",
            "actors:\n  - name: A\n    code: USAGOV\n    title: x\n",
            2,
            "unknown key",
            id="unknown-actor-key",
        ),
        pytest.param(
            ".yaml", "role_nouns:\n  - phrases: [envoy]\n", 2, "'sectors'", id="role-no-sectors"
        ),
        pytest.param(".csv", "name,code\nA,USAGOV\n", 1, "header", id="bad-header"),
        pytest.param(
            ".csv",
            "name,aliases,code,from,until\nA,,USAGOV,,\nA,,USAMIL,,\n",
            3,
            "undated",
            id="two-undated-codes",
        ),
        pytest.param(
            ".csv",
            "name,aliases,code,from,until\nA,,USAGOV,last year,\n",
            2,
            "'from'",
            id="csv-bad-day",
        ),
        pytest.param(
            ".csv", "name,aliases,code,from,until\nA,,USAGOV\n", 2, "5 fields", id="short-row"
        ),
    ],
)
def test_malformed_entries_name_file_and_line(
    tmp_path: Path, suffix: str, text: str, line: int, message: str
) -> None:
    path = tmp_path / f"actors{suffix}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        read_dictionary(path)
    assert raised.value.location == f"{path}:{line}"
    assert message in raised.value.reason
