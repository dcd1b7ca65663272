"""Reading the coder's word-list files (``coding/data/*.yaml``)."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml


def read_data(filename: str) -> Any:
    """The parsed YAML of one package data file of the coder."""
    text = (resources.files("eventwire.coding") / "data" / filename).read_text("utf-8")
    return yaml.safe_load(text)


def word_lists(filename: str) -> dict[str, frozenset[str]]:
    """A data file of named word lists, each as a frozen set."""
    return {name: frozenset(words) for name, words in read_data(filename).items()}
