"""The public surface: ``eventwire.__all__`` is complete and every name in it exists."""

from __future__ import annotations

import inspect

import eventwire
from eventwire import errors, models


def test_all_names_exist() -> None:
    missing = [name for name in eventwire.__all__ if not hasattr(eventwire, name)]
    assert missing == []


def test_every_record_and_error_is_exported() -> None:
    public = set(eventwire.__all__)
    for module in (models, errors):
        for name, value in vars(module).items():
            if inspect.isclass(value) and value.__module__ == module.__name__:
                assert name in public, f"{module.__name__}.{name} is not in eventwire.__all__"


def test_version_matches_the_package_metadata() -> None:
    from importlib.metadata import version

    assert eventwire.__version__ == version("eventwire")
