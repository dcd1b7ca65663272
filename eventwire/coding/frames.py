"""Matching patterns against the parse: which word triggers which pattern, with which
argument heads.

A :class:`Frame` is a trigger with the head tokens of its source and target phrases,
before the actors stage resolves them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial

from spacy.tokens import Doc, Token

from eventwire.coding.arguments import (
    agent_of,
    completes_noun,
    control_chain,
    expand,
    first_child,
    framing_preposition,
    grammar_words,
    is_infinitive,
    is_passive,
    is_temporal,
    look_through,
    money_given_as,
    passive_subject,
    prep_objects,
    slot_arguments,
    small_clause_subjects,
    subject_of,
)
from eventwire.coding.patterns import Pattern, PatternSet

_NOUN_POS = frozenset({"NOUN", "PROPN"})
_FORCEFUL_ROOTS = ("17", "18", "19", "20")
# events whose circumstance ("after protests", "during an attack") is no act of the
# clause's subject: protests and force
_NOT_CIRCUMSTANTIAL = ("14", *_FORCEFUL_ROOTS)
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "poss"})


@dataclass(frozen=True, slots=True)
class Frame:
    """A matched trigger: ``anchor`` is the verb that carries tense and mood."""

    pattern: Pattern
    trigger: Token
    anchor: Token
    sources: tuple[Token, ...]
    targets: tuple[Token, ...]
    modifier_sources: tuple[Token, ...] = ()
    # the next fitting patterns of the same trigger, tried when this one finds no target
    alternatives: tuple[Frame, ...] = ()


def find_frames(
    doc: Doc, patterns: PatternSet, places: Collection[int] = frozenset()
) -> Iterator[Frame]:
    """Every trigger in the document matched to its most specific pattern; ``places`` are
    the indices of tokens the places stage resolved (for ``place_objects``)."""
    for token in doc:
        found: list[Frame] = []
        if _names_the_doer(token):
            continue
        pos = token.pos_
        if (
            pos == "VERB"
            or (pos == "NOUN" and _verb_tagged_as_noun(token))
            or (pos == "AUX" and _main_copula(token))
        ):
            verbs = patterns.by_verb.get(token.lemma_.lower(), ())
            fits_verb = partial(_verb_fits, places=places, facts=_VerbFacts(token))
            found = [verb_frame(token, p) for p in _fitting(token, verbs, fits_verb)]
            if _moved_by_event(token, patterns):  # "was *encouraged* by the release of"
                found = []
            if not found and _adjectival_passive(token):  # "was deeply *saddened* by the loss"
                adjectives = patterns.by_adjective.get(token.lower_, ())
                found = [_feeling_frame(token, p) for p in _fitting(token, adjectives, _verb_fits)]
        elif pos == "ADJ" and _predicate_adjective(token):  # "was *optimistic* about"
            adjectives = patterns.by_adjective.get(token.lower_, ())
            found = [verb_frame(token, p) for p in _fitting(token, adjectives, _verb_fits)]
        elif pos in _NOUN_POS and not is_temporal(token):  # "in March" is no march
            nouns = (
                patterns.by_noun.get(token.lemma_.lower())
                or patterns.by_noun.get(token.lower_)
                or patterns.by_noun.get(_hyphenated(token), ())
            )
            frames = (noun_frame(token, p) for p in _fitting(token, nouns, _noun_fits))
            found = [frame for frame in frames if frame is not None]
        if found:
            yield replace(found[0], alternatives=tuple(found[1:_MAX_ALTERNATIVES]))


_MAX_ALTERNATIVES = 4
_PREDICATES = frozenset({"ADJ", "NOUN", "PROPN"})
_ADDRESSING_PREPOSITIONS = frozenset({"to", "on", "upon", "from"})


def _predicate_adjective(token: Token) -> bool:
    """ "was *optimistic* about", "is *due* in Jakarta"; not one with an infinitive, which is
    the event ("is *due* to meet")."""
    if token.pos_ != "ADJ" or token.dep_ != "acomp":
        return False
    return not any(child.dep_ == "xcomp" for child in token.children)  # no infinitive


def noun_codes(noun: Token, patterns: PatternSet) -> list[str]:
    """CAMEO codes of the event a noun names, whatever verb it hangs on: "threatened
    *sanctions*", "threatened military *action* against"."""
    return [pattern.cameo for pattern in noun_patterns(noun, patterns)]


def noun_patterns(noun: Token, patterns: PatternSet) -> list[Pattern]:
    """The patterns a noun fits, most specific first."""
    if noun.pos_ not in _NOUN_POS:
        return []
    candidates = patterns.by_noun.get(noun.lemma_.lower()) or patterns.by_noun.get(noun.lower_, ())
    return list(_fitting(noun, candidates, _noun_fits))


def _main_copula(token: Token) -> bool:
    """ "said it *was* behind the blast": "be" as a clause's own verb, said by the speaker of
    itself. "The Kremlin said Ukraine was behind the attack" is no claim of Ukraine's."""
    if token.pos_ != "AUX" or token.lemma_ != "be" or token.dep_ != "ccomp":
        return False
    subject = first_child(token, {"nsubj"})
    return subject is not None and subject.lower_ in _SELF_REFERENCES


_SELF_REFERENCES = frozenset({"it", "we", "they"})


def _names_the_doer(participle: Token) -> bool:
    """ "a strike *blamed on* Turkey": the participle says who struck (the strike's source);
    no one named blames anyone."""
    return (
        participle.dep_ == "acl"
        and participle.tag_ == "VBN"
        and participle.lemma_.lower() in grammar_words().blame_verbs
        and not any(child.dep_ == "agent" for child in participle.children)
    )


def _moved_by_event(participle: Token, patterns: PatternSet) -> bool:
    """A passive of feeling whose cause is an event, not an actor: "was encouraged *by the
    release* of detainees" (where "was encouraged by China to talk" is an appeal)."""
    if not _adjectival_passive(participle) or participle.lower_ not in patterns.by_adjective:
        return False
    causes = agent_of_participle(participle)
    return any(cause.lemma_.lower() in patterns.by_noun for cause in causes)


def _adjectival_passive(token: Token) -> bool:
    """A participle of feeling in the passive: "was *alarmed*", "were *encouraged*"."""
    return token.tag_ == "VBN" and any(child.dep_ == "auxpass" for child in token.children)


def _feeling_frame(participle: Token, pattern: Pattern) -> Frame:
    """The one who feels is the passive subject; what it is about, the pattern's slots."""
    slots = [slot for slot in pattern.target if slot not in {"dobj", "that"}]
    targets = tuple(prep_objects(participle, slots)) + tuple(agent_of_participle(participle))
    return Frame(pattern, participle, participle, _present(passive_subject(participle)), targets)


def _hyphenated(token: Token) -> str:
    """ "sit-in", which the tokenizer splits in three: the whole word ending at ``token``."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    return f"{doc[i - 2].lower_}-{token.lower_}"


def _verb_tagged_as_noun(token: Token) -> bool:
    """Headlines confuse the tagger: in "Police arrest 40 protesters" the noun "arrest" has
    a subject and an object of its own, so it is read as the verb it is; so is "to host
    talks", a noun with an object after "to"."""
    if token.pos_ != "NOUN":
        return False
    deps = {child.dep_ for child in token.children}
    if "dobj" not in deps:
        return False
    # "offered *to host* talks": an infinitive marker makes it a verb too
    infinitive = any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children)
    return "nsubj" in deps or infinitive


def _fitting(
    token: Token, candidates: tuple[Pattern, ...], fits: Callable[[Token, Pattern], bool]
) -> list[Pattern]:
    """Patterns whose conditions hold, most specific first (stable for ties)."""
    fitting = [pattern for pattern in candidates if fits(token, pattern)]
    return sorted(fitting, key=lambda p: (_specificity(p), _code_detail(p)), reverse=True)


def _code_detail(pattern: Pattern) -> int:
    """Between equally specific patterns, the finer CAMEO code: military aid (072) is
    more than aid (070)."""
    return 0 if pattern.cameo.endswith("0") and len(pattern.cameo) == 3 else 1


def _specificity(pattern: Pattern) -> int:
    return (
        bool(pattern.objects)
        + bool(pattern.modifiers)
        + bool(pattern.particle)
        + pattern.intransitive
    )


def _things_acted_on(verb: Token, pattern: Pattern) -> list[Token]:
    """The verb's object; for a phrasal verb also its prepositional object ("pulled out
    *of the tournament*")."""
    things = [child for child in verb.children if child.dep_ == "dobj"]
    if pattern.particle is None:
        return things
    return things + list(prep_objects(verb, [slot for slot in pattern.target if slot != "dobj"]))


def _verb_fits(
    verb: Token,
    pattern: Pattern,
    places: Collection[int] = frozenset(),
    facts: _VerbFacts | None = None,
) -> bool:
    if pattern.unless_objects and any(
        _word_in(look_through(thing), pattern.unless_objects)
        for thing in _things_acted_on(verb, pattern)
    ):
        return False  # "to meet conscription *quotas*", "pulled out *of the final*"
    if pattern.unless_preps and any(
        child.dep_ == "prep" and child.lower_ in pattern.unless_preps for child in verb.children
    ):
        return False  # "charged three protesters *with* rioting" is no baton charge
    if pattern.intransitive and any(child.dep_ == "dobj" for child in verb.children):
        return False  # "demonstrated *its resolve*" is no protest
    if pattern.particle and not _has_particle(verb, pattern.particle):
        return False  # "walked *away* from", "pulled *out* of", "brushed *aside*"
    facts = facts or _VerbFacts(verb)
    if pattern.objects and not _has_object(verb, pattern, places, facts):
        return False
    return not pattern.modifiers or not facts.modifiers().isdisjoint(pattern.modifiers)


def _has_particle(verb: Token, particle: str) -> bool:
    """The verb's particle, also where the parser hung it on a counted object ("will hand
    *over* six soldiers", read as "over six")."""
    if any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == particle for c in verb.children):
        return True
    return any(
        count.dep_ == "nummod"
        and any(c.dep_ == "quantmod" and c.lower_ == particle for c in count.children)
        for obj in verb.children
        if obj.dep_ == "dobj"
        for count in obj.children
    )


def _relative_word(token: Token, verb: Token) -> bool:
    """ "that", "which", "whom" standing for the noun the relative clause describes."""
    return verb.dep_ == "relcl" and token.head.i == verb.i and token.tag_ in {"WDT", "WP"}


def relative_object(verb: Token) -> bool:
    """A relative clause whose object is the noun it describes: "drones *that* Russia
    launched", "the villages (which) militias burned"."""
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    has_subject = any(child.dep_ == "nsubj" for child in verb.children)
    return has_subject and all(obj.tag_ in {"WDT", "WP"} for obj in objects)


def _has_object(
    verb: Token,
    pattern: Pattern,
    places: Collection[int] = frozenset(),
    facts: _VerbFacts | None = None,
) -> bool:
    """The verb's object (or, with ``object_prep``, that preposition's object: "called
    *for* talks") is one of the pattern's ``objects``."""
    facts = facts or _VerbFacts(verb)
    if pattern.object_prep:
        addressing = _ADDRESSING_PREPOSITIONS.intersection(pattern.target)
        words = facts.prep_object_words(pattern.object_prep, addressing)
        return not words.isdisjoint(pattern.objects)
    objects = facts.objects()
    if pattern.place_objects and any(look_through(obj).i in places for obj in objects.tokens):
        return True  # "seized Aleppo", "overran most of Bakhmut"
    return not objects.words.isdisjoint(pattern.objects)


def _prep_object_words(verb: Token, object_prep: str, addressing: frozenset[str]) -> frozenset[str]:
    """Lemmas and texts of the objects of ``object_prep`` on the verb, looked through,
    as :func:`_has_object` tests them; ``addressing`` are the pattern's slots that may
    carry an addressee before the preposition."""
    # "used water cannon against *thousands of demonstrators*"
    found = list(prep_objects(verb, [object_prep]))
    # "appealed to Qatar and the World Bank *for funds*", hung on the last addressee
    addressees = [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in addressing
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for obj in (pobj, *pobj.conjuncts)
    ]
    found.extend(o for a in addressees for o in prep_objects(a, [object_prep]))
    # "barred the party from *contesting* the election": a gerund after the preposition
    found.extend(
        gerund
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == object_prep
        for gerund in prep.children
        if gerund.dep_ == "pcomp"
    )
    return frozenset(word for obj in found for word in _word_forms(look_through(obj)))


@dataclass(frozen=True, slots=True)
class _VerbObjects:
    """What a verb acts on, as the patterns with ``objects`` test it: the tokens, and the
    lower-cased lemma and text of each."""

    tokens: tuple[Token, ...]
    words: frozenset[str]


class _VerbFacts:
    """What the patterns of one verb test, each gathered once for all of them (a verb
    has up to thirty patterns)."""

    __slots__ = ("_modifiers", "_objects", "_prep_objects", "_verb")

    def __init__(self, verb: Token) -> None:
        self._verb = verb
        self._objects: _VerbObjects | None = None
        self._prep_objects: dict[tuple[str, frozenset[str]], frozenset[str]] = {}
        self._modifiers: frozenset[str] | None = None

    def objects(self) -> _VerbObjects:
        """The verb's objects, with what stands in for one."""
        if self._objects is None:
            self._objects = _verb_objects(self._verb)
        return self._objects

    def prep_object_words(self, object_prep: str, addressing: frozenset[str]) -> frozenset[str]:
        """See :func:`_prep_object_words`."""
        key = (object_prep, addressing)
        if key not in self._prep_objects:
            self._prep_objects[key] = _prep_object_words(self._verb, object_prep, addressing)
        return self._prep_objects[key]

    def modifiers(self) -> frozenset[str]:
        """The words the verb's ``modifiers`` are sought among, two levels down."""
        if self._modifiers is None:
            self._modifiers = _modifier_words(self._verb, depth=2)
        return self._modifiers


def _verb_objects(verb: Token) -> _VerbObjects:
    """The verb's objects, with what stands in for one (see :func:`_has_object`)."""
    deps = {"nsubjpass", "dobj"} if is_passive(verb) else {"dobj"}
    objects = [child for child in verb.children if child.dep_ in deps]
    if verb.dep_ == "relcl" and not is_passive(verb) and relative_object(verb):
        objects.append(verb.head)  # "the 52 drones *that Russia launched*"
    # "declined *to comment*": an infinitive stands where the object would
    objects.extend(child for child in verb.children if child.dep_ == "xcomp")
    objects.extend(small_clause_subjects(verb))  # "allowed *UN inspectors* to visit"
    # "called the verdict *a sham*", "branded the sanctions *illegal*", "called the decision
    # politically *motivated*": what the object is called
    named = [child for child in verb.children if child.dep_ == "oprd"]
    # "called Britain's decision to suspend licences *shameful*", the word hung on the clause
    named.extend(
        word
        for thing in list(named)
        for clause in thing.children
        if clause.dep_ == "acl"
        for word in clause.children
        if word.dep_ == "oprd"
    )
    objects.extend(named)
    objects.extend(c for word in named for c in word.children if c.dep_ == "amod")
    # "called it *illegal*", "declared the ambassador *persona non grata*": a predicate
    objects.extend(c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in _PREDICATES)
    objects.extend(
        c for obj in list(objects) for c in obj.children if c.dep_ == "acl" and c.pos_ == "ADJ"
    )
    # "supplied troops *and weapons*": every coordinated object
    objects.extend(conj for obj in list(objects) for conj in obj.conjuncts)
    # "pledged $5 million *in* aid", "sent 50 tonnes *of* food": the amount's substance
    objects.extend(obj for amount in list(objects) for obj in prep_objects(amount, ["in", "of"]))
    # "blocked access *to* the platform X": access stands for what it reaches
    objects.extend(
        obj
        for thing in list(objects)
        if thing.lemma_ == "access"
        for obj in prep_objects(thing, ["to"])
    )
    words = {word for obj in objects for word in _word_forms(obj)}
    return _VerbObjects(tuple(objects), frozenset(words))


def _word_in(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def _modifier_words(token: Token, *, depth: int) -> frozenset[str]:
    """Lemma, text and hyphenated whole of every word up to ``depth`` levels below
    ``token``, looking through counts, amounts and fillings: the words a pattern's
    ``modifiers`` are sought among."""
    words: set[str] = set()
    frontier = [token]
    for _ in range(depth):
        frontier = [child for node in frontier for child in node.children]
        # "handed over *the first of its* F-16 fighter jets": through counts and ranks
        frontier.extend(look_through(node) for node in list(frontier))
        # "pledged 50 million euros *in military* aid": what money is given as
        frontier.extend(g for node in list(frontier) if (g := money_given_as(node)) is not None)
        # "grenades *filled with* toxic chemicals": what a thing is filled with modifies it
        frontier.extend(
            obj
            for node in list(frontier)
            if node.dep_ == "acl" and node.tag_ == "VBN"
            for obj in prep_objects(node, ["with"])
        )
        # "*anti-government* rallies", which the tokenizer splits in three
        words.update(word for node in frontier for word in (*_word_forms(node), _hyphenated(node)))
    return frozenset(words)


def _word_forms(token: Token) -> tuple[str, str]:
    """What :func:`_word_in` tests of a token: its lemma and its text, lower-cased."""
    return token.lemma_.lower(), token.lower_


def _under_unless_head(noun: Token, heads: frozenset[str]) -> bool:
    """ "*defused* a bomb", "the first *breach of* their ceasefire"."""
    if noun.dep_ in {"dobj", "nsubjpass"}:
        return noun.head.lemma_.lower() in heads
    of_complement = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    return of_complement and noun.head.head.lemma_.lower() in heads


def _made_by_someone(noun: Token) -> bool:
    """ "violated the truce *declared by Putin*": the noun tells who made it, an event too."""
    return any(
        child.dep_ == "acl" and any(grand.dep_ == "agent" for grand in child.children)
        for child in noun.children
    )


def _dates_a_noun(noun: Token) -> bool:
    """ "the deaths of 39 people *during last month's protests*": protests that only date
    another noun are its background, not news of their own ("arrested dozens during
    protests" reports both)."""
    framing = noun.head
    return (
        noun.dep_ == "pobj"
        and framing.lower_ in _DATING_PREPOSITIONS
        and framing.head.pos_ in _NOUN_POS
    )


_PROTEST_ROOT = "14"
_DATING_PREPOSITIONS = frozenset({"during", "amid"})


def _noun_fits(noun: Token, pattern: Pattern) -> bool:
    if _under_unless_head(noun, pattern.unless_heads) and not _made_by_someone(noun):
        return False
    if pattern.cameo.startswith(_PROTEST_ROOT) and _dates_a_noun(noun):
        return False
    # "the signing *of an agreement*", not "of a striker"; with ``object_prep`` also that
    # preposition's object ("an appeal *for* assistance")
    things = list(_contents(noun))
    things += prep_objects(noun, [pattern.object_prep]) if pattern.object_prep else []
    if pattern.objects and not any(_word_in(thing, pattern.objects) for thing in things):
        return False
    if pattern.unless_modifiers and any(
        child.dep_ in _MODIFIER_DEPS and _word_in(child, pattern.unless_modifiers)
        for child in noun.children
    ):
        return False
    if not pattern.modifiers:
        return True
    modifiers = [child for child in noun.children if child.dep_ in _MODIFIER_DEPS]
    # "a *joint* pipeline project", "*military* aid package": on the noun's compound
    modifiers += [
        grand
        for child in modifiers
        if child.dep_ == "compound"
        for grand in child.children
        if grand.dep_ in _MODIFIER_DEPS
    ]
    named = any(
        _word_in(child, pattern.modifiers) or _hyphenated(child) in pattern.modifiers
        for child in modifiers  # "*anti-government* rallies", split by the tokenizer
    )
    return named or any(part in pattern.modifiers for part in noun.lower_.split("-")[:-1])


def verb_frame(verb: Token, pattern: Pattern) -> Frame:
    """Arguments of a verb trigger: subject and slots, or agent and patient in the passive."""
    slots = pattern.target  # with ``objects``, a dobj counts only when it names an actor
    if pattern.consequence:
        return _ultimatum_frame(verb, pattern)
    if verb.dep_ == "amod" and verb.tag_ == "VBN":
        return _compound_participle_frame(verb, pattern)
    if is_passive(verb) and verb.dep_ == "acl" and "between" in pattern.target:
        # "a ceasefire *brokered* by Trump": the parties of the thing brokered
        return Frame(pattern, verb, verb, _present(agent_of(verb)), _parties(verb.head))
    if is_passive(verb):
        patient = _passive_patient(verb, pattern)
        sources = _present(agent_of(verb))
        if not sources and pattern.theme_source:  # "the army *was deployed* in Kathmandu"
            sources, patient = _present(passive_subject(verb)), None
        targets = _present(patient) + tuple(prep_objects(verb, [s for s in slots if s != "dobj"]))
    else:
        sources = _present(subject_of(verb))
        targets = tuple(slot_arguments(verb, slots)) + _chain_targets(verb, slots)
        targets += tuple(_object_prep_targets(verb, slots, pattern.object_prep))
        # "the villages *that* the militia burned": the relative stands for what it describes
        targets = tuple(verb.head if _relative_word(t, verb) else t for t in targets)
        if not targets:  # "spoke by telephone *with* Erdogan", the phrase hung on the means
            targets = _hung_on_means(verb, pattern)
        if not targets:  # "lifted sanctions *imposed on Niger*"
            targets = _object_participle_targets(verb, slots)
        if not targets:  # "..., *prompting* Mexico to break off relations"
            targets = _present(_prompter(verb))
        if not targets and pattern.cameo.startswith(_AID):
            targets = _helped(verb)  # "will send 40 firefighters *to help Bolivia* battle"
        journey = _journey(verb) if not targets else None
        if journey is not None:  # "a UN convoy of trucks *carrying* tents crossed into Syria"
            vehicle, end = journey
            ends = [slot for slot in slots if slot != "dobj"]
            sources, targets = (vehicle,), tuple(prep_objects(end, ends))
    return Frame(pattern, verb, verb, sources, targets)


def _object_participle_targets(verb: Token, slots: Sequence[str]) -> tuple[Token, ...]:
    """A target slot on a participle describing the object: "lifted most of the sanctions
    *imposed on* Niger"."""
    preps = [slot for slot in slots if slot != "dobj"]
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    objects += [o for obj in list(objects) for o in prep_objects(obj, ["of"])]
    return tuple(
        target
        for obj in objects
        for clause in obj.children
        if clause.dep_ == "acl" and clause.tag_ == "VBN"
        for target in prep_objects(clause, preps)
    )


def _hung_on_means(verb: Token, pattern: Pattern) -> tuple[Token, ...]:
    """A target slot the parser hung on the pattern's modifier: "spoke *by telephone with*
    Ukraine's president"."""
    slots = [slot for slot in pattern.target if slot != "dobj"]
    means = (
        obj
        for prep in verb.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj" and _word_in(obj, pattern.modifiers)
    )
    return tuple(target for obj in means for target in prep_objects(obj, slots))


def _prompter(verb: Token) -> Token | None:
    """Who prompted a reaction: "police stormed the embassy, prompting Mexico *to break
    off* relations" breaks them off with the police's side."""
    prompting = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or not is_infinitive(verb):
        return None
    if prompting.tag_ != "VBG" or prompting.dep_ not in {"advcl", "conj", "acl"}:
        return None
    if prompting.lemma_.lower() not in grammar_words().prompting_verbs:
        return None
    return subject_of(prompting)


def _contents(noun: Token) -> Iterator[Token]:
    """What an event noun is about: "the signing *of an agreement*", "a pause *in aid*", "a
    freeze *on funding*"."""
    return prep_objects(noun, ["of", "in", "on"])


def _ultimatum_frame(consequence: Token, pattern: Pattern) -> Frame:
    """ "Israel gave Hamas until noon [to free the hostages] *or face* war": the one who
    sets the demand threatens the one who must comply. Without "or" before it, or without
    a demand to comply with, the verb is no ultimatum ("the country faces war")."""
    demanded = consequence.head
    alternative = consequence.dep_ == "conj" and any(
        child.dep_ == "cc" and child.lower_ == "or" for child in demanded.children
    )
    demander = demanded.head if demanded.dep_ in {"advcl", "xcomp", "ccomp"} else None
    if not alternative or demander is None or demander.i == demanded.i:
        return Frame(pattern, consequence, consequence, (), ())
    complier = first_child(demanded, {"nsubj"}) or first_child(demander, {"dobj"})
    return Frame(pattern, consequence, demander, _present(subject_of(demander)), _present(complier))


def _journey(verb: Token) -> tuple[Token, Token] | None:
    """The vehicle that carries and the verb of its journey's end: "planes *carrying*
    weapons landed in Mogadishu", "a convoy of trucks *carrying* tents crossed into Syria"
    (the convoy carries)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    vehicle = verb.head
    if vehicle.dep_ == "pobj" and vehicle.head.lower_ == "of":
        vehicle = vehicle.head.head
    end = vehicle.head
    if vehicle.dep_ != "nsubj" or end.lemma_.lower() not in grammar_words().journey_verbs:
        return None
    return vehicle, end


def _parties(noun: Token) -> tuple[Token, ...]:
    """Who takes part in a brokered thing: "a deal *between A and B*", or the subject of
    the clause it belongs to ("*Israel and Iran* agreed to a ceasefire brokered by")."""
    between = tuple(prep_objects(noun, ["between"]))
    if between:
        return between
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "the first phase *of a US-brokered deal*"
    clause = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in {"dobj", "pobj"} or clause.pos_ not in {"VERB", "AUX"}:
        return ()
    subject = subject_of(clause)
    if noun.dep_ == "pobj" and subject is not None and not subject.conjuncts:
        # "Iran freed two French citizens *following mediation by Oman*": one party acted on
        # the other; "Russia and Ukraine swapped prisoners *in an exchange brokered by*" names
        # both in its subject
        return (subject, *(c for c in clause.children if c.dep_ == "dobj"))
    return _present(subject)


def _compound_participle_frame(participle: Token, pattern: Pattern) -> Frame:
    """ "a *Qatari-brokered* deal between Israel and Hamas": the agent is hyphened to the
    participle, the parties hang on the noun. The noun itself is no target ("Iranian-backed
    militias" names the militias, it reports no act)."""
    sources = tuple(
        child
        for child in participle.children
        if child.dep_ in {"npadvmod", "nmod", "compound"} and child.i < participle.i
    )
    slots = [slot for slot in pattern.target if slot != "dobj"]
    targets = tuple(prep_objects(participle.head, slots))
    if not targets and "between" in slots:  # "the two sides resumed *Norwegian-mediated* talks"
        targets = _parties(participle.head)
    return Frame(pattern, participle, participle, sources, targets)


def _passive_patient(verb: Token, pattern: Pattern) -> Token | None:
    """The patient of a passive trigger; with ``objects`` the subject is the thing acted on
    ("sanctions were imposed"), unless the objects follow a preposition ("was taken *into
    custody*": the subject is the one taken)."""
    if "dobj" not in pattern.target:
        return None
    if pattern.objects and not pattern.object_prep:
        # "the mayor was shot dead": a person condition names the patient itself
        subject = passive_subject(verb)
        if subject is None or pattern.owner_targets:
            return None
        # "*two of the protesters* were detained" counts them
        return subject if _word_in(look_through(subject), pattern.objects) else None
    return passive_subject(verb)


def _object_prep_targets(
    verb: Token, slots: list[str] | tuple[str, ...], object_prep: str | None
) -> Iterator[Token]:
    """ "imposed sanctions *on* Iran", "walked away from talks *with* Iran": the slot hangs
    on the object noun (or on the object of the pattern's ``object_prep``)."""
    obj = first_child(verb, {"dobj"})
    objects = [obj]
    if obj is not None and obj.lemma_.lower() in grammar_words().quantifiers:
        objects.extend(prep_objects(obj, ["of"]))  # "lifted most *of its sanctions* on Syria"
    if obj is not None and (given := money_given_as(obj)) is not None:
        objects.append(given)  # "pledged $5 million in aid *to Sudan*"
    if object_prep is not None:
        objects.extend(prep_objects(verb, [object_prep]))
    own_slots = [slot for slot in slots if slot != object_prep]
    for obj in objects:
        if obj is None:
            continue
        found = list(prep_objects(obj, own_slots))
        if not found:  # "halted shipments *of interceptors and other munitions to* Ukraine"
            contents = [part for thing in prep_objects(obj, ["of"]) for part in expand(thing)]
            contents.extend(obj.conjuncts)
            found = [target for part in contents for target in prep_objects(part, own_slots)]
        yield from found


def _chain_targets(verb: Token, slots: list[str] | tuple[str, ...]) -> tuple[Token, ...]:
    """ "With X, I plan to have talks": a "with" target on a controlling verb."""
    if "with" not in slots:
        return ()
    return tuple(obj for head in control_chain(verb)[1:] for obj in prep_objects(head, ["with"]))


def noun_frame(noun: Token, pattern: Pattern) -> Frame | None:
    """Arguments of an event noun: from its light verb ("held talks") or its own phrase."""
    light = light_verb(noun, pattern)
    own_slots = [slot for slot in pattern.target if slot != "dobj"]
    # "launched drones and missiles *at* cities": the slot may hang on a conjunct
    targets = tuple(
        obj for part in (noun, *noun.conjuncts) for obj in prep_objects(part, own_slots)
    )
    if not targets:  # "the signing *of an agreement between* A and B"
        relational = grammar_words().relational_nouns
        targets = tuple(
            obj
            for thing in _contents(noun)
            if thing.lemma_.lower() in relational or _word_in(thing, pattern.objects)
            for obj in prep_objects(thing, own_slots)
        )
    if light is None:
        if pattern.answered and (answer := _answer(noun)) is not None:
            return _answered_frame(noun, answer, pattern, targets)
        if pattern.answered and (content := _spelled_out(noun)) is not None:
            return _owned_demand_frame(noun, content, pattern, targets)
        if not pattern.nominal or _undone(noun) or _speaking(noun):
            return None
        if not targets:  # "condemned the airstrike *on Doha*", the phrase hung on the verb
            targets = _misattached_targets(noun, own_slots)
        if not targets:  # "the arrest by police *of four suspects*", hung on the agent
            targets = tuple(
                obj
                for agent in prep_objects(noun, pattern.source)
                for obj in prep_objects(agent, own_slots)
            )
        if not targets and _brokering(pattern) and noun.dep_ == "pobj":
            targets = _parties(noun)  # "held talks *under Qatari mediation*"
        sources = _nominal_sources(noun, pattern)
        if set_off(noun):  # "their vehicle struck *a roadside bomb*": the vehicle was hit
            targets += _present(subject_of(noun.head))
        if harmed_by(noun):  # "five soldiers were killed *by a roadside bomb*"
            targets += _present(_harmed(noun.head.head))
        if noun.dep_ in {"nsubj", "nsubjpass"}:  # "clashes erupted *between* A and B"
            targets += tuple(prep_objects(noun.head, own_slots))
            harms = noun.head.lemma_.lower() in grammar_words().harm_verbs
            # "a roadside bomb hit *a police convoy*"; not "fighting between A and B *killed*
            # dozens": the dead are no side of a clash
            if "dobj" in pattern.target or (harms and not (pattern.reciprocal and targets)):
                targets += tuple(c for c in noun.head.children if c.dep_ == "dobj")
        return Frame(pattern, noun, noun, sources, targets, _modifier_sources(noun))
    if light.lemma_.lower() in grammar_words().receiving_light_verbs and not is_passive(light):
        return _received_frame(noun, light, pattern)
    sources = _present(agent_of(light) if is_passive(light) else subject_of(light))
    if not sources and is_passive(light):  # "the expulsion of X *by Russia* was announced"
        sources = _nominal_sources(noun, pattern)
    counted = _counting_noun(noun)
    # "a wave of airstrikes *on Houthi targets*", hung on the count; not a name ("attend the
    # *Group* of 20 summit")
    if counted is not None and counted.pos_ != "PROPN":
        targets += tuple(prep_objects(counted, own_slots))
    elif noun.dep_ == "pobj":  # "join *the Philippines* for exercises", "meet X for talks"
        targets += tuple(child for child in light.children if child.dep_ == "dobj")
    targets += tuple(prep_objects(light, own_slots)) + _chain_targets(light, own_slots)
    if not targets:
        targets = _hung_on_place(light, own_slots) or _present(_prompter(light))
    if not targets and pattern.cameo.startswith(_AID):
        targets = _helped(noun, light)  # "approved a $300 million grant *to help Malawi*"
    return Frame(pattern, noun, light, sources, targets, _modifier_sources(noun))


def _hung_on_place(verb: Token, slots: list[str]) -> tuple[Token, ...]:
    """An "against" target the parser hung on the place before it: "filed a case *at the
    ICJ against Germany*"."""
    if "against" not in slots:
        return ()
    preps = [child for child in verb.children if child.dep_ == "prep"]
    places = (obj for prep in preps for obj in prep.children if obj.dep_ == "pobj")
    return tuple(target for place in places for target in prep_objects(place, ["against"]))


def _answer(noun: Token) -> Token | None:
    """The verb answering an appeal or demand noun: "*rebuffed* Egypt's call", "refused
    *despite* appeals from Warsaw" (the clause's verb)."""
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in grammar_words().answers:
        return head
    if noun.dep_ == "pobj" and head.lower_ in grammar_words().answering_prepositions:
        return head.head if head.head.pos_ in {"VERB", "AUX"} else None
    return None


def _answered_frame(
    noun: Token, answer: Token, pattern: Pattern, targets: tuple[Token, ...]
) -> Frame:
    """The appeal answered: made by its owner ("Egypt's call", "appeals *from* Warsaw") to
    its own addressee and to whoever answers it."""
    sources = [c for c in noun.children if c.dep_ == "poss" and not is_temporal(c)]
    sources.extend(prep_objects(noun, ["from", "by"]))
    answerer = agent_of(answer) if is_passive(answer) else subject_of(answer)
    return Frame(pattern, noun, noun, tuple(sources), targets + _present(answerer))


def _spelled_out(noun: Token) -> Token | None:
    """The clause an owned appeal or demand spells out: "Kyiv's demand *that Moscow return*
    the children", "Egypt's call *to reopen* the crossing"."""
    if not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return None
    return next((clause for clause in noun.children if completes_noun(clause)), None)


def _owned_demand_frame(
    noun: Token, content: Token, pattern: Pattern, targets: tuple[Token, ...]
) -> Frame:
    """The demand its owner made of whoever must act on it: "*Kyiv's* demand that *Moscow*
    return the children"."""
    owner = tuple(c for c in noun.children if c.dep_ == "poss")
    complier = first_child(content, {"nsubj"})
    return Frame(pattern, noun, noun, owner, targets + _present(complier))


def set_off(noun: Token) -> bool:
    """A bomb or mine that its verb's subject set off: "the convoy *hit* a landmine"."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in grammar_words().set_off_verbs


def _speaking(noun: Token) -> bool:
    """An event noun that speaks: "a UN fact-finding *mission* said ...", "the *inquiry*
    found ..." is the speaker of a report, not an event of its own."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in grammar_words().findings_verbs


def _undone(noun: Token) -> bool:
    """An event noun its verb undoes: "lifted *its sanctions*", "ended the blockade"."""
    object_of = noun.head if noun.dep_ == "dobj" else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        object_of = noun.head.head.head  # "lifted most *of* its sanctions"
    return object_of is not None and object_of.lemma_.lower() in grammar_words().undoing_verbs


def harmed_by(noun: Token) -> bool:
    """A weapon or attack as the agent of a harm: "soldiers were killed *by a bomb*"."""
    agent = noun.head
    return (
        noun.dep_ == "pobj"
        and agent.dep_ == "agent"
        and agent.head.lemma_.lower() in grammar_words().harm_verbs
    )


def _harmed(verb: Token) -> Token | None:
    """Who a passive harm verb harmed: its subject, or the noun its participle describes
    (the headline "Five soldiers *killed* by roadside bomb")."""
    if verb.dep_ == "acl":
        return verb.head
    return subject_of(verb)


def _misattached_targets(noun: Token, slots: list[str]) -> tuple[Token, ...]:
    """A target phrase right after an object noun that the parser attached to the verb."""
    if noun.dep_ != "dobj":
        return ()
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is None or following.head.i != noun.head.i:
        return ()
    return tuple(obj for obj in prep_objects(noun.head, slots) if obj.head.i == following.i)


def _received_frame(noun: Token, light: Token, pattern: Pattern) -> Frame | None:
    """ "The massacre *drew* condemnation *from* the AU": the giver is in the "from" phrase
    and the receiver (or the owner of what received it) is the target."""
    givers = tuple(prep_objects(noun, ["from", "by"])) + tuple(prep_objects(light, ["from"]))
    if not givers:
        return None
    return Frame(pattern, noun, light, givers, _present(subject_of(light)))


def light_verb(noun: Token, pattern: Pattern) -> Token | None:
    """The support verb of an event noun: "*held* talks", "*embark* on a visit"."""
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and _word_in(head, pattern.light_verbs):
        return head
    if noun.dep_ == "dobj" and head.lemma_.lower() in grammar_words().receiving_light_verbs:
        return head  # "drew condemnation from"
    if noun.dep_ == "dobj" and pattern.nominal and called_off(head):
        return head  # "*called off* a planned trip to Kyiv": its own, cancelled
    # "agreed *to* talks", but not "agreed ... *after* talks": a time or cause is no support
    if noun.dep_ == "pobj" and head.lower_ == "for" and _ready(head.head):
        return head.head  # "was *ready for* talks with the new administration"
    if noun.dep_ == "pobj" and head.dep_ == "prep" and _supporting(head):
        verb = head.head
        # "have *been* on hunger strike": a copula heads the phrase as an auxiliary
        if verb.pos_ in {"VERB", "AUX"} and _word_in(verb, pattern.light_verbs):
            return verb
    if noun.dep_ == "conj" and noun.head.pos_ in _NOUN_POS:
        return light_verb(noun.head, pattern)
    if pattern.nominal:  # events one takes part in or carries on; not things ("a protest note")
        joined = _taking_part(noun) or _continuing(noun) or in_manner(noun) or _answered_with(noun)
        if joined is not None:
            return joined
    counted = _counting_noun(noun)
    return light_verb(counted, pattern) if counted is not None else None


def _ready(word: Token) -> bool:
    return word.pos_ == "ADJ" and word.lemma_.lower() in grammar_words().readiness_adjectives


def called_off(verb: Token) -> bool:
    """ "*called off* a strike", "*put off* the talks": a support verb that cancels the event
    it supports ("kicked off" starts it)."""
    if verb.lemma_.lower() not in grammar_words().cancelling_verbs:
        return False
    return any(child.dep_ == "prt" and child.lower_ == "off" for child in verb.children)


def _supporting(preposition: Token) -> bool:
    return preposition.lower_ not in grammar_words().cause_prepositions


def _taking_part(noun: Token) -> Token | None:
    """ "*participated in* the strike", "*took part in* a protest": the verb of taking part."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "in":
        return None
    verb = head.head
    words = grammar_words().participation_words
    if verb.pos_ == "NOUN":  # "took *part* in": the verb that takes it
        return verb.head if verb.dep_ == "dobj" and verb.lemma_.lower() in words else None
    if verb.lemma_.lower() in words or any(  # "took part in", the phrase hung on "took"
        child.dep_ == "dobj" and child.lemma_.lower() in words for child in verb.children
    ):
        return verb
    return None


def _answered_with(noun: Token) -> Token | None:
    """ "Israel *retaliated* with airstrikes", "*hit back* with shelling": the act one answers
    with; not when the answer has a direct object ("hit the port with drones")."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "with" or head.head.pos_ != "VERB":
        return None
    verb = head.head
    if verb.lemma_.lower() not in grammar_words().responding_verbs or is_passive(verb):
        return None
    return None if any(child.dep_ == "dobj" for child in verb.children) else verb


def in_manner(noun: Token) -> Token | None:
    """ "drove tractors into Paris *in protest* against": the act is done as a protest."""
    head = noun.head
    manner = noun.lemma_.lower() in grammar_words().manner_nouns
    if noun.dep_ != "pobj" or head.lower_ != "in" or not manner:
        return None
    if any(_definite(child) for child in noun.children):
        return None  # "in the protest", "in their protest": a scene, told elsewhere
    verb = head.head
    if verb.dep_ == "dobj":  # "banged pots in a protest": the phrase hung on the object
        verb = verb.head
    return verb if verb.pos_ == "VERB" else None


def _definite(modifier: Token) -> bool:
    """ "the", "their": not "a", which brings a new event in ("banged pots *in a* protest")."""
    return modifier.dep_ == "poss" or (
        modifier.dep_ == "det" and modifier.lower_ not in {"a", "an"}
    )


def _continuing(noun: Token) -> Token | None:
    """ "*entered* the second week of a hunger strike": the verb that carries it on."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "of":
        return None
    stretch = head.head
    if stretch.lemma_.lower() not in grammar_words().stretch_nouns or stretch.dep_ != "dobj":
        return None
    verb = stretch.head
    return verb if verb.lemma_.lower() in grammar_words().continuing_verbs else None


def _counting_noun(noun: Token) -> Token | None:
    """ "launched *dozens* of drones": the quantity noun stands where the event noun would."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in {"of", "in"}:  # "50 million euros *in* aid"
        quantity = head.head
        quantifiers = grammar_words().quantifiers
        if quantity.lemma_.lower() in quantifiers or quantity.lower_ in quantifiers:
            return quantity
    return None


def _nominal_sources(noun: Token, pattern: Pattern) -> tuple[Token, ...]:
    """ "*his* visit", "the capture of Maduro *by US forces*"; not "*Saturday's* attack"."""
    found = [c for c in noun.children if c.dep_ == "poss" and not is_temporal(c)]
    found.extend(prep_objects(noun, pattern.source))
    brokering = grammar_words().brokering_verbs
    for clause in noun.children:  # "a march *planned by* Imran Khan's party"
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_ not in brokering:
            found.extend(agent_of_participle(clause))
            if clause.lemma_.lower() in grammar_words().blame_verbs:  # "*blamed on* Turkey"
                found.extend(prep_objects(clause, ["on", "to"]))
    for patient in prep_objects(noun, ["of"]):  # "by" misattached to the "of" object
        found.extend(prep_objects(patient, pattern.source))
    # "praised X *during a visit to* London"; but "arrested a suspect *after an attack*"
    # does not make the police the attackers
    # "after talks *between* their ministers" names its own parties; "during clashes
    # *with* the army" has the clause's subject as the other party
    among = any(prep_objects(noun, ["between", "among"]))
    partnered = (pattern.reciprocal or pattern.mutual) and any(prep_objects(noun, ["with"]))
    forceful = pattern.cameo.startswith(_NOT_CIRCUMSTANTIAL) and not partnered
    # "were reunited with their families *after Qatari mediation*": its parties are no mediator
    circumstantial = not among and not forceful and not _brokering(pattern)
    if not found and circumstantial and _circumstance(noun):
        framing = framing_preposition(noun)
        subject = subject_of(framing.head) if framing is not None else None
        found.extend([subject] if subject is not None else [])
    return tuple(found)


def agent_of_participle(participle: Token) -> Iterator[Token]:
    """The "by" phrase of a participle: "planned *by the opposition*"."""
    for child in participle.children:
        if child.dep_ == "agent":
            yield from (grand for grand in child.children if grand.dep_ == "pobj")


def _circumstance(noun: Token) -> bool:
    """An event noun framing its clause's own action: "during a visit", "on a trip"; or
    what a journey is for: "will travel to Budapest *for talks* with Orban"."""
    framing = framing_preposition(noun)
    if framing is None or framing.head.pos_ not in {"VERB", "AUX"}:
        return False
    travel = grammar_words().travel_verbs
    purpose = framing.lower_ == "for" and framing.head.lemma_.lower() in travel
    return framing.lower_ in _CIRCUMSTANCE_PREPOSITIONS or purpose


_CIRCUMSTANCE_PREPOSITIONS = frozenset(
    {"during", "on", "at", "in", "after", "before", "ahead", "following"}
)


def _modifier_sources(noun: Token) -> tuple[Token, ...]:
    """ "*Israeli* airstrikes", "*US* sanctions": modifiers that may name the source; not
    the name of a theatre ("the *Gaza* ceasefire")."""
    theatre = noun.lemma_.lower() in grammar_words().theatre_nouns
    found = tuple(
        child
        for child in noun.children
        if child.dep_ in {"amod", "compound", "nmod"}
        and (child.pos_ == "ADJ" or (child.pos_ == "PROPN" and not theatre))
    )
    return found + tuple(pair for child in found for pair in _hyphened_pair(child))


def _hyphened_pair(name: Token) -> Iterator[Token]:
    """The first of two names joined by a hyphen: "*US*-China talks"."""
    for child in name.children:
        joined = child.i == name.i - 2 and name.doc[name.i - 1].text == "-"
        if child.dep_ in {"compound", "nmod", "amod"} and joined and child.pos_ == "PROPN":
            yield child


def _helped(*words: Token) -> tuple[Token, ...]:
    """Who aid is for, told by its purpose: "a grant *to help Malawi* rebuild"."""
    purposes = [
        clause
        for word in words
        for clause in word.children
        if clause.dep_ in {"acl", "advcl", "relcl"}
        and is_infinitive(clause)
        and clause.lemma_.lower() in grammar_words().helping_verbs
    ]
    helped = [c for clause in purposes for c in clause.children if c.dep_ == "dobj"]
    # "to help *Malawi* rebuild": the one helped is the subject of a bare infinitive
    helped += [
        subject
        for clause in purposes
        for bare in clause.children
        if bare.dep_ == "ccomp"
        for subject in bare.children
        if subject.dep_ == "nsubj"
    ]
    return tuple(helped)


_AID = "07"


def _brokering(pattern: Pattern) -> bool:
    """A third party's act between two others (mediation), whose parties are its targets."""
    return "between" in pattern.target and not pattern.reciprocal


def _present(token: Token | None) -> tuple[Token, ...]:
    return () if token is None else (token,)
