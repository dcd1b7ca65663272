"""Event status: did the text say the event happened, will happen, might happen or did not?

The decision walks from the trigger up through the verbs that govern it inside its own
clause ("is *expected* to meet", "*refused* to sign", "*denied* that it attacked") and
collects modal evidence: auxiliaries, negation, planning and conditional words. Cue
words live in ``data/status_cues.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from eventwire.coding._data import word_lists
from eventwire.coding.arguments import (
    completes_noun,
    framing_preposition,
    grammar_words,
    headline_subject,
    is_infinitive,
    is_that_clause,
    misattached_conjunct,
    titled,
)
from eventwire.models import EventStatus

# Dependencies that keep us inside the event's clause when walking up.
_CLAUSE_INTERNAL = frozenset(
    {
        "xcomp",
        "conj",
        "pcomp",
        "pobj",
        "prep",
        "dobj",
        "nsubj",
        "nsubjpass",
        "attr",
        "oprd",
        "compound",
        "appos",
        "dative",
    }
)
_PRIORITY = (EventStatus.NEGATED, EventStatus.HYPOTHETICAL, EventStatus.PLANNED)


@dataclass(frozen=True, slots=True)
class StatusCues:
    """Words that signal each status; loaded from the package data."""

    future_aux: frozenset[str]
    modal_aux: frozenset[str]
    possibility_aux: frozenset[str]
    negations: frozenset[str]
    planning_verbs: frozenset[str]
    planning_modifiers: frozenset[str]
    hypothetical_verbs: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    hypothetical_marks: frozenset[str]
    negating_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    vetoing_verbs: frozenset[str]
    hearsay_nouns: frozenset[str]
    confirming_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    request_verbs: frozenset[str]
    scheduling_verbs: frozenset[str]
    request_object_verbs: frozenset[str]
    circumstance_prepositions: frozenset[str]
    commentators: frozenset[str]
    request_nouns: frozenset[str]
    purpose_verbs: frozenset[str]
    threat_speech_verbs: frozenset[str]
    immediacy_modifiers: frozenset[str]
    nobody_words: frozenset[str]
    refusing_verbs: frozenset[str]


@lru_cache(maxsize=1)
def load_cues() -> StatusCues:
    """Read the status cue lists shipped with the package."""
    return StatusCues(**word_lists("status_cues.yaml"))


def decide_status(anchor: Token, *, cues: StatusCues, conditions_own: bool = True) -> EventStatus:
    """The status of the event anchored at ``anchor`` (trigger verb, or light verb, or noun).

    With ``conditions_own`` false, an "if"/"unless" clause on the anchor is the content of
    the event, not a doubt about it: "threatened to leave *unless* X paid" is a threat made.
    """
    found: set[EventStatus] = set()
    if anchor.sent.text.rstrip().endswith("?"):
        found.add(EventStatus.HYPOTHETICAL)
    if _headline_infinitive(governing_path(anchor)) or _planned_subject(anchor, cues):
        found.add(EventStatus.PLANNED)
    if _expected_arrival(anchor, cues):
        found.add(EventStatus.PLANNED)  # "the premier is *due* in Jakarta on Saturday"
    if _requested_object(anchor, cues):
        found.add(EventStatus.HYPOTHETICAL)
    if _vetoed_object(anchor, cues):
        found.add(EventStatus.NEGATED)
    # "agreed to cooperate *during talks*": the talks took place whatever was agreed in
    # them; only the clause's own auxiliaries ("will ... during a visit") bear on them
    circumstance = is_circumstance(anchor, cues)
    for depth, token in enumerate(governing_path(anchor)):
        evidence = _evidence(token, cues=cues, governs=depth > 0 and not circumstance)
        if depth == 0 and not conditions_own and _conditioned(token, cues):
            evidence.discard(EventStatus.HYPOTHETICAL)
        if depth == 0 and circumstance and evidence:  # "would use force during *planned* protests"
            return next(status for status in _PRIORITY if status in evidence)
        found.update(evidence)
        if token.dep_ == "ccomp" and token.head.lemma_ in cues.denial_verbs:
            found.add(EventStatus.NEGATED)
        if _denied_object(token, cues):
            found.add(EventStatus.NEGATED)
        found.update(_planned_by_noun(token, cues))
        if (
            token.dep_ == "ccomp"
            and token.head.lemma_ in cues.hypothetical_verbs
            and not _past(token)  # "warned that Russia *had massed* troops" reports a fact
        ):
            found.add(EventStatus.HYPOTHETICAL)
        if _requested(token, cues) or _alleged(token, cues) or _hearsay(token, cues):
            found.add(EventStatus.HYPOTHETICAL)
    if EventStatus.HYPOTHETICAL in found and _would_in_reported_speech(anchor, cues):
        found.discard(EventStatus.HYPOTHETICAL)
        found.add(EventStatus.PLANNED)
    if circumstance:  # "did not arrest Putin *during his visit*"
        found.discard(EventStatus.NEGATED)
    if EventStatus.NEGATED in found and _in_condition(anchor, cues):
        found.discard(EventStatus.NEGATED)  # "sanctions *if they fail to agree* a truce"
        found.add(EventStatus.HYPOTHETICAL)
    return next((status for status in _PRIORITY if status in found), EventStatus.ASSERTED)


def no_one_affected(trigger: Token, targets: Sequence[Token], cues: StatusCues) -> bool:
    """ "*no* arrests were made", "police arrested *nobody*", "*no one* was detained": an
    event that befell no one did not happen."""
    if trigger.pos_ in {"NOUN", "PROPN"} and _negative_determiner(trigger, cues):
        return True
    return any(_no_one(head, cues) for head in targets)


def _no_one(head: Token, cues: StatusCues) -> bool:
    """ "nobody", "no one", "no protesters", and what "none of" or "neither of" counts."""
    if head.lower_ in cues.nobody_words or _negative_determiner(head, cues):
        return True
    counted = head.dep_ == "pobj" and head.head.lower_ == "of"
    return counted and head.head.head.lower_ in cues.nobody_words


def _negative_determiner(noun: Token, cues: StatusCues) -> bool:
    return any(child.dep_ == "det" and child.lower_ in cues.negations for child in noun.children)


def _headline_infinitive(path: list[Token]) -> bool:
    """Headline future: "Minister to hold talks", "EU to impose sanctions" (an infinitive
    heading the sentence, or hanging on its subject)."""
    top = path[-1]
    if top.pos_ in {"NOUN", "PROPN"} and len(path) > 1:
        top = path[-2]  # "Trump and Putin *to meet*": the infinitive under its subject
    if not any(child.dep_ == "aux" and child.lower_ == "to" for child in top.children):
        return False
    # "Israel, Lebanon to hold talks, officials say": the saying heads the headline
    reported = top.dep_ == "ccomp" and titled(top) and top.head.dep_ == "ROOT"
    return top.dep_ == "ROOT" or reported or headline_subject(top)


def is_circumstance(anchor: Token, cues: StatusCues) -> bool:
    """An event noun in a phrase of circumstance: "during his visit", "after the talks"."""
    if anchor.pos_ not in {"NOUN", "PROPN"}:
        return False
    framing = framing_preposition(anchor)
    return framing is not None and framing.lower_ in cues.circumstance_prepositions


def _requested_object(anchor: Token, cues: StatusCues) -> bool:
    """An event noun that is only asked for: "demanded *a ceasefire*", "sought *talks*"."""
    return (
        anchor.pos_ in {"NOUN", "PROPN"}
        and anchor.dep_ == "dobj"
        and anchor.head.lemma_.lower() in cues.request_object_verbs
    )


def _vetoed_object(anchor: Token, cues: StatusCues) -> bool:
    """An event noun stopped before it happens: "vetoed *new sanctions*", "*the deal* was
    blocked"."""
    return (
        anchor.pos_ in {"NOUN", "PROPN"}
        and anchor.dep_ in {"dobj", "nsubjpass"}
        and anchor.head.lemma_.lower() in cues.vetoing_verbs
    )


def _planned_subject(anchor: Token, cues: StatusCues) -> bool:
    """An event noun said to be planned: "talks are *scheduled* for Monday"; or an event
    noun whose support verb schedules it: "a meeting *is planned*", "*announced* a visit"."""
    if anchor.pos_ in {"NOUN", "PROPN"} and anchor.dep_ in {"nsubj", "nsubjpass"}:
        return anchor.head.lemma_.lower() in cues.scheduling_verbs | cues.planning_modifiers
    if anchor.pos_ in {"NOUN", "PROPN"} and any(  # "a march *planned* for Friday"
        c.dep_ == "acl" and c.lemma_.lower() in cues.scheduling_verbs for c in anchor.children
    ):
        return True
    # "*announced* their *immediate* withdrawal": announced as done now
    return anchor.lemma_.lower() in cues.scheduling_verbs and any(
        child.dep_ in {"dobj", "nsubjpass"}
        and child.pos_ == "NOUN"
        and not any(m.lower_ in cues.immediacy_modifiers for m in child.children)
        for child in anchor.children
    )


def _past(verb: Token) -> bool:
    """A past or perfect verb: "massed", "had massed", "has deployed"."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def conditional_on(anchor: Token, cues: StatusCues) -> bool:
    """Whether the event at ``anchor`` holds only on a condition: "would retaliate *if*
    attacked" (on its own clause, up to the first complement verb)."""
    for token in governing_path(anchor):
        if any(c.dep_ == "advcl" and is_condition(c, cues) for c in token.children):
            return True
        if token.dep_ in {"ccomp", "xcomp"}:
            return False
    return False


def _conditioned(token: Token, cues: StatusCues) -> bool:
    """Whether the only doubt on ``token`` is a condition clause, not a modal."""
    has_modal = any(c.dep_ == "aux" and c.lower_ in cues.modal_aux for c in token.children)
    return not has_modal and any(
        c.dep_ == "advcl" and is_condition(c, cues) for c in token.children
    )


def _in_condition(anchor: Token, cues: StatusCues) -> bool:
    """Whether the event is told inside an "if" or "unless" clause: whatever it negates
    there is only supposed."""
    return condition_clause(anchor, cues) is not None


def condition_clause(anchor: Token, cues: StatusCues) -> Token | None:
    """The "if" or "unless" clause the event at ``anchor`` is told in, if any."""
    path = governing_path(anchor)
    return next((t for t in path if t.dep_ == "advcl" and is_condition(t, cues)), None)


def is_condition(clause: Token, cues: StatusCues) -> bool:
    """Whether an adverbial clause states a condition ("if", "unless")."""
    return any(
        child.dep_ == "mark" and child.lower_ in cues.hypothetical_marks
        for child in clause.children
    )


def _requested(token: Token, cues: StatusCues) -> bool:
    """ "called *for* sanctions", "appealed *for* a ceasefire", "demands *to withdraw*",
    "Kyiv's demand *that* Moscow return the children": asked for, not done."""
    if completes_noun(token):
        return token.head.lemma_.lower() in cues.request_nouns
    if token.dep_ != "prep":
        return False
    governor = token.head.lemma_.lower()
    # "talks *aimed at* restoring relations": the aim, not the deed
    return (token.lower_ == "for" and governor in cues.request_verbs) or (
        token.lower_ == "at" and governor in cues.purpose_verbs
    )


def _planned_by_noun(token: Token, cues: StatusCues) -> set[EventStatus]:
    """ "Putin's *plans* to meet Zelensky", "had *no plans* to meet": the infinitive of a
    noun of planning is planned, or negated with "no"."""
    noun = token.head
    if token.dep_ not in {"acl", "relcl"} or not is_infinitive(token):
        return set()
    if noun.lemma_.lower() not in cues.planning_verbs and noun.lower_ not in cues.planning_verbs:
        return set()
    if any(child.dep_ == "det" and child.lower_ in cues.negations for child in noun.children):
        return {EventStatus.NEGATED}
    return {EventStatus.PLANNED}


def _denied_object(token: Token, cues: StatusCues) -> bool:
    """ "denied reports that its jets *had struck*", "dismissed plans *to mobilise*": the
    clause of a noun that a denial takes as its object."""
    noun = token.head
    return (
        (token.dep_ == "acl" or (token.dep_ == "relcl" and is_infinitive(token)))
        and noun.dep_ in {"dobj", "nsubjpass"}
        and noun.pos_ == "NOUN"
        and noun.head.lemma_ in cues.denial_verbs
    )


def _hearsay(token: Token, cues: StatusCues) -> bool:
    """ "investigating reports *that police had tortured* detainees": what a report or claim
    says, unless it is confirmed ("confirmed reports that ...")."""
    noun = token.head
    return (
        token.dep_ == "acl"
        and is_that_clause(token)
        and noun.lemma_.lower() in cues.hearsay_nouns
        and noun.head.lemma_.lower() not in cues.confirming_verbs
    )


def _alleged(token: Token, cues: StatusCues) -> bool:
    """ "accused Rwanda *of* sending troops": an allegation, not an established fact."""
    if token.dep_ != "prep" or token.lower_ != "of":
        return False
    governor = token.head
    if governor.pos_ in {"NOUN", "PROPN"}:
        governor = governor.head
    return governor.lemma_.lower() in grammar_words().allegation_verbs


def _inside_clause(token: Token) -> bool:
    """Clause-internal links, and infinitives of purpose ("fired tear gas *to disperse*")."""
    if misattached_conjunct(token):
        return False
    if token.dep_ == "conj" and _has_own_subject(token):
        return False  # "have not signed it, *and Baku demanded* ...": a clause of its own
    if token.dep_ in _CLAUSE_INTERNAL:
        return True
    return token.dep_ == "advcl" and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in token.children
    )


def _has_own_subject(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and any(
        child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children
    )


def governing_path(anchor: Token) -> list[Token]:
    """``anchor`` and its governors up to the edge of its clause."""
    path = [anchor]
    token = anchor
    while _inside_clause(token) and token.head.i != token.i and len(path) < 12:
        token = token.head
        path.append(token)
    return path


def _expected_arrival(anchor: Token, cues: StatusCues) -> bool:
    """ "is *due* in Jakarta", "is *expected* in Cairo": a predicate of being expected."""
    if anchor.lower_ not in cues.planning_verbs | cues.planning_modifiers:
        return False
    passive = anchor.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in anchor.children)
    return anchor.pos_ == "ADJ" or passive


def _evidence(token: Token, *, cues: StatusCues, governs: bool) -> set[EventStatus]:
    """Cues on ``token``; a verb's own meaning counts only when it governs the event
    ("*urged* them to meet" makes the meeting hypothetical, not the urging)."""
    found = {status for child in token.children if (status := _child_cue(child, cues))}
    return found | _governing_verb_evidence(token, cues=cues) if governs else found


def _child_cue(child: Token, cues: StatusCues) -> EventStatus | None:
    """The status a dependent signals: "not", "will", "could", "if", "planned", "possible"."""
    word, lemma, dep = child.lower_, child.lemma_.lower(), child.dep_
    if dep == "neg" or (dep in {"advmod", "det"} and word in cues.negations):
        return EventStatus.NEGATED
    if dep == "aux" and word in cues.future_aux:
        return EventStatus.PLANNED
    if dep == "advcl" and is_condition(child, cues):  # "would use force *if* X continued"
        return EventStatus.HYPOTHETICAL
    if (dep == "aux" and word in cues.modal_aux) or (
        dep == "mark" and word in cues.hypothetical_marks
    ):
        return EventStatus.HYPOTHETICAL
    # "*planned* protests": the small model's lemma of the participle is "plan"
    if dep in {"amod", "compound"} and {lemma, word} & cues.planning_modifiers:
        return EventStatus.PLANNED
    if dep in {"amod", "compound"} and {lemma, word} & cues.hypothetical_modifiers:
        return EventStatus.HYPOTHETICAL
    return None


def _governing_verb_evidence(token: Token, *, cues: StatusCues) -> set[EventStatus]:
    """Evidence from a verb that takes the event as its infinitive ("plans to visit")."""
    if token.pos_ not in {"VERB", "AUX", "ADJ"} or not _has_infinitive(token):
        return set()  # an adjective too: "is *due* to meet", "is *set* to visit"
    words = {token.lemma_.lower(), token.lower_}
    if words & cues.negating_verbs:
        return {EventStatus.NEGATED}
    if words & cues.hypothetical_verbs:
        return {EventStatus.HYPOTHETICAL}
    if words & cues.planning_verbs or ("be" in words and token.dep_ != "auxpass"):
        return {EventStatus.PLANNED}
    return set()


def _has_infinitive(token: Token) -> bool:
    return any(
        child.dep_ in {"xcomp", "advcl"} and is_infinitive(child) for child in token.children
    )


def _would_in_reported_speech(anchor: Token, cues: StatusCues) -> bool:
    """ "He said he would visit" is a plan reported in the past, not a hypothesis."""
    path = governing_path(anchor)
    top = path[-1]
    has_would = any(child.lower_ == "would" for token in path for child in token.children)
    has_condition = any(
        (child.dep_ == "mark" and child.lower_ in cues.hypothetical_marks)
        or (child.dep_ == "advcl" and is_condition(child, cues))
        for token in path
        for child in token.children
    )
    speaker_verb = top.head.lemma_
    reported = (
        top.dep_ == "ccomp"
        and speaker_verb in cues.speech_verbs
        and speaker_verb not in cues.hypothetical_verbs  # "warned that X would attack"
    )
    return has_would and reported and not has_condition
