"""The JSON Schema (draft 2020-12) of one ``eventwire annotate`` output line.

The schema file ``annotation.schema.json`` is package data; :data:`SCHEMA_VERSION` is the
value every output record carries in ``schema_version``.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

__all__ = ["SCHEMA_VERSION", "ValidationError", "annotation_schema", "validate_annotation"]

SCHEMA_FILE = "annotation.schema.json"


@cache
def _schema() -> dict[str, Any]:
    text = resources.files("eventwire.schema").joinpath(SCHEMA_FILE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def annotation_schema() -> dict[str, Any]:
    """A fresh copy of the annotation schema, safe to modify."""
    return copy.deepcopy(_schema())


def validate_annotation(record: dict[str, Any]) -> None:
    """Check one annotated-article record against the schema.

    Raises :class:`jsonschema.ValidationError` (re-exported here) for the most relevant
    problem; its ``json_path`` says where in the record it is.
    """
    error = best_match(_validator().iter_errors(record))
    if error is not None:
        raise error


SCHEMA_VERSION: str = _schema()["properties"]["schema_version"]["const"]
