"""YAML data files read with the line of every mapping, for ``file:line`` errors.

:func:`load_yaml` returns plain Python data in which every mapping carries its
1-based line as the key ``__line__``. Only ``true`` and ``false`` are booleans (as in
YAML 1.2), so words such as "on", "off", "yes" and "no" stay words; days such as
2025-01-25 stay text, for the reader to check with its own line number.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import DataFileError

LINE_KEY = "__line__"


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that records the line of every mapping as ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = {str(key): value for key, value in loader.construct_mapping(node, deep=True).items()}
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_BOOL = "tag:yaml.org,2002:bool"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"  # days stay text, checked by the reader
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in (_BOOL, _TIMESTAMP)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|false)$"), list("tf"))


def load_yaml(path: Path, what: str) -> Any:
    """The document in ``path``; ``what`` names the kind of file in error messages."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", -1) + 1
        raise DataFileError(f"{path}:{line}", f"invalid YAML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), f"cannot read the {what}: {exc}") from exc


def where(path: Path, mapping: Any) -> str:
    """``file:line`` of a mapping read by :func:`load_yaml` (the file alone otherwise)."""
    line = mapping.get(LINE_KEY) if isinstance(mapping, dict) else None
    return f"{path}:{line}" if line else str(path)
