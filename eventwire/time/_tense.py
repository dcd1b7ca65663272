"""Past or future: the tense of the clause that governs a temporal expression."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.time._lexicon import Lexicon

PAST_TAGS = frozenset({"VBD"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
FINITE_TAGS = PAST_TAGS | PRESENT_TAGS | frozenset({"MD"})
PERFECT_AUX = frozenset({"have"})
CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp"})


def governing_verb(token: Token) -> Token | None:
    """The nearest verb (or auxiliary-headed copula) above ``token``, itself included."""
    current = token
    for _ in range(len(token.doc)):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _is_future_verb(verb: Token, lexicon: Lexicon) -> bool:
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(child.lower_ in lexicon.future_auxiliaries for child in auxiliaries):
        return True
    # "is going to visit": the governing "going" has an auxiliary "be".
    return (
        verb.lemma_ == "go"
        and verb.tag_ == "VBG"
        and any(child.dep_ == "xcomp" for child in verb.children)
    )


def _is_past_verb(verb: Token) -> bool:
    if verb.tag_ in PAST_TAGS:
        return True
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(child.tag_ == "VBD" for child in auxiliaries):
        return True
    return verb.tag_ == "VBN" and any(child.lemma_ in PERFECT_AUX for child in auxiliaries)


def _finite(verb: Token) -> bool:
    """Whether ``verb`` carries its own tense: a finite form or an auxiliary of its own."""
    if verb.tag_ in FINITE_TAGS:
        return True
    return any(child.dep_ in ("aux", "auxpass") for child in verb.children)


def _verb_chain(verb: Token) -> list[tuple[Token, bool]]:
    """``verb`` and the verbs it complements ("meet" <- "expected" <- "is").

    Each link says whether its own tense still speaks for ``verb``: past tense does
    not carry into reported speech ("said the talks resume in March").
    """
    chain = [(verb, True)]
    current, same_clause = verb, True
    while current.dep_ in ("xcomp", "ccomp", "conj") and current.head.i != current.i:
        if current.dep_ == "conj" and _finite(current):
            break  # "opened on Friday and runs until Sunday": each verb keeps its tense
        same_clause = same_clause and current.dep_ != "ccomp"
        current = current.head
        chain.append((current, same_clause))
    return chain


def tense_direction(span: Span, lexicon: Lexicon) -> int:
    """1 if the clause of ``span`` speaks of the future, -1 of the past, 0 if unclear."""
    verb = governing_verb(span.root)
    if verb is None:
        return 0
    chain = _verb_chain(verb)
    for link, same_clause in chain:
        if _is_future_verb(link, lexicon):
            return 1
        if link is not verb and link.lemma_ in lexicon.future_governors:
            return 1
        if same_clause and _is_past_verb(link):
            return -1
    return 0


def governed_directly(span: Span) -> bool:
    """Whether the expression hangs straight from its verb ("ended *Jan. 31*"), so the
    verb's tense is the date's own, not a reporting verb's from further up."""
    root = span.root
    return root.head.i != root.i and root.head.pos_ in ("VERB", "AUX")


def scheduled_present(span: Span, lexicon: Lexicon) -> bool:
    """Whether ``span`` hangs from a simple present that states a schedule ("Moldova
    holds elections on Sunday", "the deadline is Friday"), not a report ("says")."""
    root = span.root
    verb = governing_verb(root)
    if verb is None or verb.tag_ not in PRESENT_TAGS:
        return False
    if verb.lemma_ in lexicon.reporting_verbs or verb.lower_ in lexicon.unmarked_pasts:
        return False
    # Only a day that dates the verb or its object ("holds a vote on Sunday"), not a
    # possessive ("follows Tuesday's declaration") or a day further down.
    attached = root.head if root.head.dep_ != "prep" else root.head.head
    if attached.dep_ == "dobj":
        attached = attached.head
    if root.dep_ == "poss" or attached.i != verb.i:
        return False
    return not any(child.dep_ in ("aux", "auxpass") for child in verb.children)
