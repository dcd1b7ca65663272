"""The README documents every setting and every CLI command, with examples that work."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from eventwire import cli
from eventwire.actors.user_files import read_dictionary
from eventwire.config import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(Settings)])
def test_every_setting_is_documented(name: str) -> None:
    assert f"`{name}`" in README


@pytest.mark.parametrize(
    "command",
    sorted(c.name or c.callback.__name__ for c in cli.app.registered_commands if c.callback),
)
def test_every_command_is_documented(command: str) -> None:
    assert f"eventwire {command}" in README


@pytest.mark.parametrize("suffix", ["yaml", "csv"])
def test_dictionary_examples_read(tmp_path: Path, suffix: str) -> None:
    section = README.split("## Actor dictionaries", 1)[1]
    block = re.search(rf"```{suffix}\n(.*?)```", section, re.DOTALL)
    assert block is not None
    path = tmp_path / f"actors.{suffix}"
    path.write_text(block.group(1), encoding="utf-8")
    by_name = {actor.names[0]: actor for actor in read_dictionary(path).actors}
    assert by_name["Pete Hegseth"].code_on(dt.date(2025, 3, 1)) == "USAGOV"
    assert by_name["Pete Hegseth"].code_on(dt.date(2024, 3, 1)) is None
    assert by_name["Kaja Kallas"].code_on(dt.date(2025, 3, 1)) == "IGOEEC"
