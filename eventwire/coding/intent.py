"""Codes that depend on an embedded action.

Expressed intent: "X agreed to hold talks" is CAMEO 036, not a planned 046; the intended
action keeps its own pattern, :func:`intent_of` finds the word that expresses the intent
and :class:`IntentCodes` maps the action's code to its 03x code. Threats: "threatened to
impose sanctions" is 1312, demands and appeals likewise (data/threats.yaml);
:func:`governing_verb` finds the embedded action's verb and ``content_code`` maps it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Token

from eventwire.coding._data import read_data
from eventwire.coding.arguments import completes_noun, is_infinitive
from eventwire.coding.status import governing_path


@dataclass(frozen=True, slots=True)
class IntentCodes:
    words: frozenset[str]
    codes: Mapping[str, str]
    content: Mapping[str, Mapping[str, str]]  # general code -> action prefix -> code
    planned: tuple[str, ...] = ()  # code prefixes whose planned events are intents
    object_intents: frozenset[str] = frozenset()  # "agreed *a ceasefire*"
    # "offered *relief supplies*" is an intent; "offered *an apology*" is the apology
    material_object_intents: frozenset[str] = frozenset()
    material_roots: tuple[str, ...] = ()

    def planned_code(self, cameo: str) -> str | None:
        """The intent code of a planned action coded as intent ("will meet" -> 036)."""
        return self.intent_code(cameo) if cameo.startswith(self.planned) else None

    def intent_code(self, cameo: str) -> str | None:
        """The 03x code for an intended action, by the longest matching code prefix."""
        return _longest_prefix(self.codes, cameo)

    def content_code(self, general: str, action: str) -> str | None:
        """The specific code of a threat, demand or appeal (``general``) about ``action``."""
        table = self.content.get(general)
        return _longest_prefix(table, action) if table is not None else None


def _longest_prefix(table: Mapping[str, str], cameo: str) -> str | None:
    for length in range(len(cameo), 1, -1):
        found = table.get(cameo[:length])
        if found is not None:
            return found
    return None


@lru_cache(maxsize=1)
def load_intent_codes() -> IntentCodes:
    intent = read_data("intent.yaml")
    content = read_data("threats.yaml")["content_codes"]
    return IntentCodes(
        frozenset(intent["intent_words"]),
        dict(intent["intent_codes"]),
        {general: dict(table) for general, table in content.items()},
        tuple(intent.get("planned_as_intent", ())),
        frozenset(intent.get("object_intents", ())),
        frozenset(intent.get("material_object_intents", ())),
        tuple(intent.get("material_roots", ())),
    )


def governing_verb(anchor: Token) -> Token | None:
    """The verb (or noun) whose complement the event at ``anchor`` is: "*threatened* to
    impose sanctions", "*demanded* that troops withdraw", "*urged* them to talk"."""
    if anchor.dep_ in {"xcomp", "ccomp"} and anchor.head.i != anchor.i:
        return anchor.head
    if anchor.head.pos_ == "NOUN" and completes_noun(anchor):
        return anchor.head  # "rejected *demands* to withdraw", "Kyiv's *demand* that ..."
    return None


def intent_of(anchor: Token, intent: IntentCodes, cameo: str) -> Token | None:
    """The word expressing intent to perform the event at ``anchor`` (coded ``cameo``), if
    any: "*agreed* to meet", "is *ready* to negotiate", "*offered* relief supplies"."""
    head = anchor.head  # "its *offer* to mediate", "expressed *willingness* to talk"
    noun_of_intent = head.pos_ == "NOUN" and head.lemma_.lower() in intent.words
    if anchor.dep_ == "acl" and noun_of_intent and is_infinitive(anchor):
        return head
    path = governing_path(anchor)
    for lower, upper in pairwise(path):
        if upper.lemma_.lower() not in intent.words and upper.lower_ not in intent.words:
            continue
        # "agreed *to meet*", or an event noun: "agreed *to a ceasefire*"
        if lower.dep_ == "xcomp" or (lower.dep_ == "prep" and lower.lower_ == "to"):
            return upper
        if lower.dep_ == "prep" and lower.lower_ == "for" and upper.pos_ == "ADJ":
            return upper  # "Moscow was *ready for* talks with Washington"
        if lower.dep_ == "advcl" and is_infinitive(lower):
            return upper  # "offered on Monday *to host* talks", read as a clause of purpose
        if _object_intent(upper, cameo, intent) and _intended_object(lower):
            return upper
    return None


def _object_intent(word: Token, cameo: str, intent: IntentCodes) -> bool:
    lemma = word.lemma_.lower()
    if lemma in intent.material_object_intents:
        return cameo.startswith(intent.material_roots)
    return lemma in intent.object_intents


def _intended_object(lower: Token) -> bool:
    """ "agreed *a ceasefire*", "agreed *on* a truce"."""
    return lower.dep_ == "dobj" or (lower.dep_ == "prep" and lower.lower_ == "on")
