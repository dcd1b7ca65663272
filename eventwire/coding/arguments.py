"""Finding the source and target phrases of a trigger in the dependency parse.

These functions return the *head tokens* of argument noun phrases; the actors stage
turns a head token into resolved actors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from eventwire.coding._data import word_lists

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


@dataclass(frozen=True, slots=True)
class GrammarWords:
    """Word lists for argument finding (``data/grammar.yaml``)."""

    object_control: frozenset[str]
    allegation_verbs: frozenset[str]
    quantifiers: frozenset[str]
    reporting_verbs: frozenset[str]
    relational_nouns: frozenset[str]
    receiving_light_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    transitive_verbs: frozenset[str]
    unowned_heads: frozenset[str]
    stretch_nouns: frozenset[str]
    reaction_words: frozenset[str]
    answers: frozenset[str]
    answering_prepositions: frozenset[str]
    leisure_crowds: frozenset[str]
    set_off_verbs: frozenset[str]
    time_names: frozenset[str]
    ties: frozenset[str]
    rival_words: frozenset[str]
    ranking_words: frozenset[str]
    undoing_verbs: frozenset[str]
    admin_units: frozenset[str]
    participation_words: frozenset[str]
    responding_verbs: frozenset[str]
    boundary_nouns: frozenset[str]
    controlling_nouns: frozenset[str]
    wounding_verbs: frozenset[str]
    continuing_verbs: frozenset[str]
    blame_verbs: frozenset[str]
    document_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    manner_nouns: frozenset[str]
    findings_verbs: frozenset[str]
    acting_bodies: frozenset[str]
    plural_nouns: frozenset[str]
    clause_breaks: frozenset[str]
    cause_prepositions: frozenset[str]
    gathering_verbs: frozenset[str]
    crowd_sectors: frozenset[str]
    helping_verbs: frozenset[str]
    readiness_adjectives: frozenset[str]
    brokering_verbs: frozenset[str]
    weapon_words: frozenset[str]
    protester_words: frozenset[str]
    journey_verbs: frozenset[str]
    prompting_verbs: frozenset[str]
    policing_verbs: frozenset[str]
    cancelling_verbs: frozenset[str]
    head_counts: frozenset[str]
    theatre_nouns: frozenset[str]
    demanding_verbs: frozenset[str]
    accident_verbs: frozenset[str]
    travel_verbs: frozenset[str]
    currency_nouns: frozenset[str]
    referring_acts: frozenset[str]
    confronting_verbs: frozenset[str]
    answering_links: frozenset[str]
    posture_prepositions: frozenset[str]
    encircling_verbs: frozenset[str]
    inquiry_verbs: frozenset[str]
    retaliation_words: frozenset[str]


@lru_cache(maxsize=1)
def grammar_words() -> GrammarWords:
    return GrammarWords(**word_lists("grammar.yaml"))


# Heads that carry their subject down to a subordinate verb without one.
SUBJECT_SHARING_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})


def is_passive(verb: Token) -> bool:
    """True for "was captured" and for participles modifying a noun ("protesters detained by")."""
    deps = {child.dep_ for child in verb.children}
    if deps & (PASSIVE_SUBJECT_DEPS | {"auxpass"}):
        return True
    if "agent" in deps and not deps & SUBJECT_DEPS:  # "Police dispersed a march *by* ..."
        return True
    # "claims that its troops *had shelled* a school": a clause with a subject of its own
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and "nsubj" not in deps
    return (
        (participle and not misread_predicate(verb))
        or headline_passive(verb)
        or _absolute_participle(verb)
    )


def _absolute_participle(verb: Token) -> bool:
    """ "with more than 400,000 people *forced* from their homes": a participle after "with"
    whose subject suffers it."""
    head = verb.head
    bare = not any(child.dep_ == "aux" for child in verb.children)
    return verb.tag_ == "VBN" and verb.dep_ == "pcomp" and head.lower_ == "with" and bare


def small_clause(clause: Token) -> bool:
    """A clause whose subject the parser took from its verb's object: "allowed *inspectors*
    to visit", "attacked *farmers* harvesting olives"."""
    return is_infinitive(clause) or clause.tag_ == "VBG"


def small_clause_subjects(verb: Token) -> Iterator[Token]:
    """Objects the parser made subjects of a small clause: "allowed *UN inspectors* to
    visit", "attacked *farmers* harvesting olives"."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and small_clause(clause):
            yield from (child for child in clause.children if child.dep_ == "nsubj")


def titled(token: Token) -> bool:
    """Whether the token's sentence is a title: it ends without a full stop."""
    return token.sent[-1].text not in {".", "!", "?"}


def misread_predicate(verb: Token) -> bool:
    """A sentence's own verb that the parser hung on its subject as a participle:
    "Hundreds of students *protested* in Osaka." (a full sentence, so no headline's
    "Five soldiers killed"; and no verb that always takes an object)."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN", "NUM"}:
        return False
    if titled(verb) or any(c.dep_ == "agent" for c in verb.children):
        return False
    # "Gunmen on motorcycles *killed* 20 people.": a participle takes no object of its own;
    # "Riot police *charged* at demonstrators.": a body that acts
    has_object = any(child.dep_ == "dobj" for child in verb.children)
    words = grammar_words()
    acting = head.lemma_.lower() in words.acting_bodies
    return has_object or acting or verb.lemma_.lower() not in words.transitive_verbs


def headline_passive(verb: Token) -> bool:
    """A headline's participle without its auxiliary: "PTI leader *taken* into custody",
    "Opposition MP *remanded* to prison" (the subject is the patient)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBN", "VBD"}:
        return False
    deps = {child.dep_ for child in verb.children}
    if "nsubj" not in deps or deps & {"aux", "dobj", "auxpass", "dative", "ccomp", "xcomp"}:
        return False
    if verb.tag_ == "VBN":  # not "Hundreds of students protested." (a mistagged past)
        return titled(verb) or verb.lemma_.lower() in grammar_words().transitive_verbs
    # a past form of an always-transitive verb reads as a participle only in a headline or
    # headlinese: "Activist detained in Minsk", "Opposition MP detained over remarks." (no
    # article); not "The striker shot wide from six yards."
    subject = first_child(verb, {"nsubj"})
    bare = (
        subject is not None
        and subject.tag_ in {"NN", "NNP"}  # "Thousands took to the streets" is no headline
        and not any(c.dep_ in {"det", "poss"} for c in subject.children)
        # "Police charged at demonstrators.": a body that acts, not a detainee
        and subject.lemma_.lower() not in grammar_words().acting_bodies
    )
    return (titled(verb) or bare) and verb.lemma_.lower() in grammar_words().transitive_verbs


def subject_of(verb: Token, *, depth: int = 0) -> Token | None:
    """The understood subject of a verb, following control and coordination."""
    if depth > 6:
        return None
    subjects = [
        child
        for child in verb.children
        if child.dep_ in SUBJECT_DEPS or child.dep_ in PASSIVE_SUBJECT_DEPS
    ]
    # "Sudan's *paramilitary* Rapid Support Forces shelled": an adjective split off as a
    # second subject is a modifier of the other
    if len(subjects) > 1:
        subjects = [child for child in subjects if child.pos_ != "ADJ"] or subjects
    for child in subjects:
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return _relative_subject(verb, depth)
        if not _dateline(child):
            return child
    head = verb.head
    if head.i == verb.i:
        return None
    controller = _controller(verb)
    if controller is not None:
        return controller
    if misattached_conjunct(verb):
        return subject_of(clause_root(verb), depth=depth + 1)
    if headline_subject(verb):
        return head  # "Trump and Putin *to meet* in Alaska"
    if verb.dep_ in SUBJECT_SHARING_DEPS:
        governor = head.head if head.dep_ == "prep" and verb.dep_ == "pcomp" else head
        return subject_of(governor, depth=depth + 1)
    if verb.dep_ == "acl" and is_infinitive(verb) and (invitee := _addressee(head, verb)):
        return invitee  # "an invitation *to his Indian counterpart* to visit"
    if verb.dep_ == "acl" and is_infinitive(verb) and (owner := _owner_of(head)):
        return owner  # "Turkey's offer *to mediate*", "an offer by IGAD *to mediate*"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and _issued_document(head):
        # "adopted a resolution *calling for* a ceasefire": whoever issued it says so
        return subject_of(head.head, depth=depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and _unissued_document(head):
        return None  # "vetoed a resolution *demanding* a ceasefire": no one demanded it
    if (verb.dep_ == "acl" and verb.tag_ == "VBG") or misread_predicate(verb):
        return head  # "police, *working* alongside ...", "protesters *demanding* ..."
    if verb.dep_ in {"acl", "relcl"} and is_infinitive(verb) and _acting_object(head):
        # "launched an operation *to deliver*", "became the first country *to recognise*"
        return subject_of(head.head, depth=depth + 1)
    return None


def _addressee(noun: Token, clause: Token) -> Token | None:
    """Who a request noun is addressed to, the subject of its infinitive: "an invitation
    *to his Indian counterpart* to visit", "a call *on Iran* to release"."""
    if noun.lemma_.lower() not in grammar_words().controlling_nouns:
        return None
    before = (obj for obj in prep_objects(noun, ["to", "on", "upon"]) if obj.i < clause.i)
    return next(before, None)


def _relative_subject(verb: Token, depth: int) -> Token | None:
    """The noun a relative clause describes, as its subject; for a document, whoever issued
    it ("adopted a resolution *that demands*"), or no one ("vetoed a resolution *that would
    have demanded*")."""
    owner = verb.head
    if _unissued_document(owner):
        return None
    return subject_of(owner.head, depth=depth + 1) if _issued_document(owner) else owner


def _owner_of(noun: Token) -> Token | None:
    """Whose a noun is: its possessor, or the object of its own "by" phrase."""
    owner = first_child(noun, {"poss"})
    if owner is not None:
        return owner
    return next(prep_objects(noun, ["by"]), None)


def _issued_document(noun: Token) -> bool:
    """A document its clause's subject issued or adopted: "adopted *a resolution* calling
    for"; not one it vetoed or read ("vetoed a resolution demanding")."""
    words = grammar_words()
    return (
        noun.dep_ == "dobj"
        and noun.lemma_.lower() in words.document_nouns
        and noun.head.lemma_.lower() in words.issuing_verbs
    )


def _unissued_document(noun: Token) -> bool:
    """A document acted on by a verb that does not issue it ("vetoed", "blocked", "rejected
    a resolution")."""
    words = grammar_words()
    if noun.lemma_.lower() not in words.document_nouns or noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    return noun.head.lemma_.lower() not in words.issuing_verbs


def _acting_object(noun: Token) -> bool:
    """The noun an infinitive's act is done through: an object ("launched an operation to
    deliver aid") or a ranked predicate ("became the *first country* to recognise")."""
    if noun.dep_ == "dobj":
        return True
    ranks = grammar_words().ranking_words
    return noun.dep_ == "attr" and any(child.lower_ in ranks for child in noun.children)


def headline_subject(verb: Token) -> bool:
    """A headline's infinitive hangs on its subject: "EU to impose sanctions on Russia"."""
    head = verb.head
    return (
        verb.dep_ in {"acl", "xcomp", "relcl"}
        and is_infinitive(verb)
        and head.dep_ == "ROOT"
        and head.pos_ in {"NOUN", "PROPN"}
    )


def _dateline(token: Token) -> bool:
    """A place heading a bulletin, "Lagos: Operatives of the DSS picked up ...", which the
    parser reads as a second subject."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    heads_sentence = token.left_edge.i == token.sent.start  # "Lagos:", "Cabo Delgado:"
    if not heads_sentence:
        return False
    # "Sagaing region, 4 April: junta jets bombed ...": the heading ends in the colon
    ends = (following, token.right_edge)
    return any(end is not None and end.text in {":", "—"} for end in ends)


def misattached_conjunct(verb: Token) -> bool:
    """A verb the parser coordinated one clause too low: a finite verb with a gerund
    ("accused X of sending troops and *called* on ..."), or a reporting verb with a verb
    inside reported speech ("said the protesters had broken the ban and *warned* ...")."""
    if verb.dep_ != "conj":
        return False
    head = verb.head
    if verb.tag_ in _FINITE and (head.tag_ == "VBG" or (head.tag_ == "VB" and is_infinitive(head))):
        return True  # "... to resolve their differences and *offered* to mediate"
    reporting = grammar_words().reporting_verbs
    return verb.lemma_ in reporting and head.dep_ == "ccomp" and head.head.lemma_ in reporting


def clause_root(token: Token) -> Token:
    """The sentence's main verb above ``token``."""
    return token.sent.root


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _controller(verb: Token) -> Token | None:
    """The object that is the understood subject: "urged *Iran* to talk", "called on *the
    UN* to act", "accused *Rwanda* of sending troops"."""
    head = verb.head
    if (
        verb.dep_ in {"xcomp", "advcl"}
        and is_infinitive(verb)
        and head.lemma_ in grammar_words().object_control
    ):
        controller = first_child(head, {"dobj"})
        if controller is not None and verb.dep_ == "advcl" and _placed_between(controller, verb):
            return None  # "drove tractors *into Brussels* to protest": a purpose, the driver's
        return controller or next(prep_objects(head, ["on", "upon"]), None)
    if verb.dep_ == "pcomp" and head.lower_ in {"of", "for", "with"}:
        governor = head.head
        # "accused Rwanda *of sending* troops", "sentenced a man *for murdering* a driver"
        if governor.lemma_ in grammar_words().allegation_verbs:
            return first_child(governor, {"dobj", "nsubjpass"})
        if (
            governor.pos_ in {"NOUN", "PROPN"}
            and governor.head.lemma_ in grammar_words().allegation_verbs
        ):
            return governor
    return None


def _placed_between(obj: Token, clause: Token) -> bool:
    """A place phrase between an object and an infinitive that follows it."""
    between = obj.doc[obj.right_edge.i + 1 : clause.left_edge.i]
    return any(
        token.dep_ == "prep" and not any(is_temporal(o) for o in _pobjs(token))
        for token in between
        if token.head.i == obj.head.i
    )


def is_infinitive(verb: Token) -> bool:
    return verb.dep_ == "xcomp" or any(
        child.dep_ == "aux" and child.lower_ == "to" for child in verb.children
    )


def is_that_clause(clause: Token) -> bool:
    """A clause introduced by "that" ("demanded *that* Moscow return")."""
    return any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children)


def completes_noun(clause: Token) -> bool:
    """An infinitive or "that" clause spelling out a noun: "demands *to withdraw*",
    "Kyiv's demand *that Moscow return*"."""
    return clause.dep_ == "acl" and (is_infinitive(clause) or is_that_clause(clause))


def passive_subject(verb: Token) -> Token | None:
    """The patient of a passive: its passive subject, or the noun a participle modifies."""
    found = first_child(verb, PASSIVE_SUBJECT_DEPS)
    if found is not None and found.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head  # "protesters *who* were shot by police"
    if found is not None:
        return found
    if headline_passive(verb):
        return first_child(verb, SUBJECT_DEPS)
    if verb.dep_ == "acl":
        return verb.head
    if verb.dep_ in {"xcomp", "conj"}:
        return passive_subject(verb.head) if is_passive(verb.head) else subject_of(verb.head)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "disappeared after *being detained*"
        governor = verb.head.head
        if governor.pos_ in {"VERB", "AUX"}:
            return passive_subject(governor) if is_passive(governor) else subject_of(governor)
    return None


def agent_of(verb: Token) -> Token | None:
    """The pobj of the "by" agent phrase of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            return first_child(child, {"pobj"})
    return None


def first_child(token: Token, deps: Iterable[str]) -> Token | None:
    wanted = set(deps)
    return next((child for child in token.children if child.dep_ in wanted), None)


def prep_objects(token: Token, preps: Iterable[str]) -> Iterator[Token]:
    """Objects of the given prepositions attached to ``token`` ("met *with* X"), also
    behind an adverb particle ("walked away *from* the talks", "pulled out *of* it")."""
    wanted = set(preps)
    for child in token.children:
        if child.dep_ in {"prep", "agent", "dative"} and child.lower_ in wanted:
            yield from _pobjs(child)
        elif child.dep_ in _PARTICLE_DEPS and child.lower_ in PARTICLES:
            for grand in child.children:
                if grand.dep_ == "prep" and grand.lower_ in wanted:
                    yield from _pobjs(grand)


def _pobjs(preposition: Token) -> Iterator[Token]:
    return (
        child for child in preposition.children if child.dep_ == "pobj" and not is_temporal(child)
    )


# Adverb particles of phrasal verbs, and the labels the parser gives them.
PARTICLES = frozenset({"out", "away", "off", "back", "aside", "up", "down", "over", "in"})
_PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})


def slot_arguments(token: Token, slots: Iterable[str]) -> list[Token]:
    """Heads filling a pattern's target slots: ``dobj`` or a preposition."""
    slots = tuple(slots)
    found: list[Token] = []
    if "dobj" in slots:
        found.extend(child for child in token.children if child.dep_ in {"dobj", "dative"})
        if not found:  # "shot and wounded *a councillor*": the object the conjuncts share
            found.extend(
                grand
                for child in token.children
                if child.dep_ == "conj" and child.pos_ == "VERB"
                for grand in child.children
                if grand.dep_ == "dobj"
            )
        # "shot *dead* three protesters": the object hung on the verb's complement;
        # "allowed *UN inspectors* to visit": the object made the infinitive's subject
        found.extend(
            grand
            for child in token.children
            if child.dep_ in {"acomp", "oprd"}
            for grand in child.children
            if grand.dep_ == "dobj"
        )
        found.extend(small_clause_subjects(token))
    if "that" in slots:  # "demanded that *Cambodia* pay compensation"
        found.extend(
            grand
            for child in token.children
            if child.dep_ == "ccomp"
            for grand in child.children
            if grand.dep_ in SUBJECT_DEPS
        )
    found.extend(prep_objects(token, [slot for slot in slots if slot not in {"dobj", "that"}]))
    return [head for head in found if not is_temporal(head)]


def framing_preposition(noun: Token) -> Token | None:
    """The preposition whose phrase an event noun heads: "*during* a meeting", also through
    a noun that stretches it: "*after* two days of talks", "*amid* a wave of arrests"."""
    if noun.dep_ != "pobj":
        return None
    preposition = noun.head
    stretch = preposition.head
    if (
        preposition.lower_ == "of"
        and stretch.dep_ == "pobj"
        and stretch.lemma_.lower() in grammar_words().stretch_nouns
    ):
        return stretch.head
    return preposition


def is_temporal(token: Token) -> bool:
    """ "in early January", "on Tuesday": a time, never a participant. A name the tagger
    swept into a time ("on [Kyiv overnight]") stays a name."""
    if token.ent_type_ not in {"DATE", "TIME"}:
        return False
    return token.pos_ != "PROPN" or token.lower_ in grammar_words().time_names


def expand(head: Token) -> list[Token]:
    """A head with its coordinated heads ("Japan and China"), quantifiers looked through."""
    inner = look_through(head)
    heads = [inner]
    if inner is not head:  # "representatives of [the government and the Fano militia]"
        heads.extend(conj for conj in inner.conjuncts if conj.i > inner.i)
    heads.extend(
        look_through(_named_by_apposition(conj))
        for conj in head.conjuncts
        if conj.i > head.i and not _second_role(head, conj)
    )
    heads.extend(_coordinated_modifiers(head))
    # "Guyana's President [Irfaan Ali] and Venezuela's Nicolas Maduro": the parser joined the
    # second to the name in apposition
    heads.extend(
        conj
        for appos in head.children
        if appos.dep_ == "appos" and appos.pos_ == "PROPN"
        for conj in appos.conjuncts
        if conj.i > appos.i and conj.pos_ == "PROPN"
    )
    return heads


def _named_by_apposition(conj: Token) -> Token:
    """ "the army and *the paramilitary* Rapid Support Forces": an adjective the parser made
    the conjunct, with the name in apposition."""
    if conj.pos_ != "ADJ":
        return conj
    return next((c for c in conj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), conj)


def _second_role(head: Token, conj: Token) -> bool:
    """One person's second role under one article: "a senator *and presidential hopeful*"."""
    single = head.tag_ == conj.tag_ == "NN" and conj.pos_ == "NOUN"
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)
    return single and indefinite and not any(c.dep_ == "det" for c in conj.children)


def _coordinated_modifiers(head: Token) -> list[Token]:
    """ "between [the Congolese army and M23] rebels": the parser made the first conjunct
    a modifier of the last; the first conjunct is an argument of its own. "between [the
    army and RSF] paramilitaries": so is the second, when it names an actor itself."""
    found = []
    for child in head.lefts:
        if child.dep_ in {"nmod", "compound"} and any(c.dep_ == "cc" for c in child.children):
            found.append(child)
            found.extend(c for c in child.conjuncts if c.pos_ == "PROPN" and c.i < head.i)
        # "[US President Donald Trump] and Russian President Vladimir Putin will meet": the
        # first name hangs in apposition on a title the parser made part of the second
        if child.dep_ == "compound":
            found.extend(
                appos
                for appos in child.children
                if appos.dep_ == "appos"
                and appos.pos_ == "PROPN"
                and any(c.dep_ == "cc" for c in appos.children)
            )
    return found


def look_through(head: Token) -> Token:
    """ "dozens of protesters" -> "protesters"; "a delegation of officials" -> "officials";
    "delegations from the army" -> "army"."""
    words = grammar_words()
    counting = words.quantifiers | words.ranking_words  # "the *first* of its F-16 jets"
    if head.lower_ in counting or head.lemma_.lower() in counting:
        for obj in prep_objects(head, ["of", "from"]):
            return obj
    if head.lemma_.lower() in words.boundary_nouns:  # "its border *with Finland*"
        for obj in prep_objects(head, ["with"]):
            return obj
    return head


def money_given_as(amount: Token) -> Token | None:
    """What an amount of money is given as: "$50 million *in aid*", "50 million euros in
    humanitarian *assistance*"."""
    money = amount.ent_type_ == "MONEY" or amount.lemma_.lower() in grammar_words().currency_nouns
    return next(prep_objects(amount, ["in"]), None) if money else None


def control_chain(verb: Token) -> list[Token]:
    """The verb and the verbs that control it: "is expected to meet" -> [meet, expected]."""
    chain = [verb]
    while (
        chain[-1].dep_ in {"xcomp", "conj"} and chain[-1].head.i != chain[-1].i and len(chain) < 6
    ):
        chain.append(chain[-1].head)
    return chain
