"""The README documents every setting and every CLI command."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from eventwire import cli
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
