"""Expressed intent: "X agreed to hold talks" is CAMEO 036, not a planned 046.

The intended action keeps its own pattern; :func:`intent_of` finds the word that
expresses the intent and :class:`IntentCodes` maps the action's code to its 03x code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise

import yaml
from spacy.tokens import Token

from eventwire.coding.status import governing_path


@dataclass(frozen=True, slots=True)
class IntentCodes:
    words: frozenset[str]
    codes: Mapping[str, str]

    def intent_code(self, cameo: str) -> str | None:
        """The 03x code for an intended action, by the longest matching code prefix."""
        for length in range(len(cameo), 1, -1):
            found = self.codes.get(cameo[:length])
            if found is not None:
                return found
        return None


@lru_cache(maxsize=1)
def load_intent_codes() -> IntentCodes:
    text = (resources.files("eventwire.coding") / "data" / "intent.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    return IntentCodes(frozenset(raw["intent_words"]), dict(raw["intent_codes"]))


def intent_of(anchor: Token, intent: IntentCodes) -> Token | None:
    """The word expressing intent to perform the event at ``anchor``, if any:
    "*agreed* to meet", "is *ready* to negotiate"."""
    path = governing_path(anchor)
    for lower, upper in pairwise(path):
        if lower.dep_ == "xcomp" and upper.lemma_.lower() in intent.words:
            return upper
    return None
