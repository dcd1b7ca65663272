"""One pass over a document: noun phrases in reading order, with in-document coreference.

Later names ("Koizumi") take the description of the earlier fully described person;
third-person pronouns take the most recent compatible antecedent (subjects first);
first-person pronouns inside a quotation take the quotation's speaker. The pass keeps
its working state on a per-document object, never at module level.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from eventwire.actors._describe import Describer, Description, Reading
from eventwire.actors._noun_phrase import title_case
from eventwire.actors._tables import Grammar
from eventwire.models import Actor

_CANDIDATE_POS = frozenset({"NOUN", "PROPN", "PRON"})
_INNER_DEPS = frozenset({"compound", "flat", "nmod", "amod", "npadvmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PREDICATE_DEPS = frozenset({"acomp", "attr"})
_EXTRAPOSED_DEPS = frozenset({"ccomp", "advcl", "csubj"})
_OPENING_QUOTES = frozenset({"“", "«", "„"})
_CLOSING_QUOTES = frozenset({"”", "»"})
_QUOTE_MARKS = (*_OPENING_QUOTES, *_CLOSING_QUOTES, '"')
SPEAKER_WINDOW = 2  # sentences a quotation may run on from its attribution
_PLURAL = frozenset({"group"})  # the kinds "they", "them", "their" refer to


def _fronted_possessive_subject(token: Token, person_pronouns: frozenset[str]) -> Token | None:
    """The subject a possessive pronoun looks ahead to, from a phrase that opens its clause
    ("*During his visit*, the minister ..."); None for any other pronoun."""
    if token.dep_ != "poss" or token.lower_ not in person_pronouns:
        return None
    phrase = token
    while phrase.dep_ != "prep" and phrase.head.i != phrase.i:
        phrase = phrase.head
    verb = phrase.head
    if phrase.dep_ != "prep" or phrase.i != token.sent.start or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > token.i]
    return subjects[0] if subjects and subjects[0].pos_ != "PRON" else None


def _candidate(token: Token) -> bool:
    """A token that may head an actor mention: nouns and pronouns, a capitalised subject the
    tagger read as an adjective, and the agent hyphened to a participle ("a
    *Qatari*-brokered deal", tagged as an adjective)."""
    if token.pos_ in _CANDIDATE_POS:
        return True
    if token.pos_ == "ADJ" and token.dep_ in _SUBJECT_DEPS and token.text[:1].isupper():
        return True  # a headline's name tagged an adjective: "*Trump*, Putin to meet"
    return token.dep_ == "npadvmod" and token.head.tag_ == "VBN" and token.i < token.head.i


@dataclass(frozen=True, slots=True)
class Antecedent:
    token: int
    sentence: int
    kind: str  # person, group or thing
    is_subject: bool
    descriptions: tuple[Description, ...]


@dataclass(frozen=True, slots=True)
class _Person:
    """A person named in the document; ``descriptions`` is empty for unknown people."""

    name: str
    parts: frozenset[str]
    descriptions: tuple[Description, ...]


class DocumentPass:
    """Resolves every candidate noun phrase head and pronoun of one document."""

    def __init__(self, describer: Describer, doc: Doc) -> None:
        self._describer = describer
        self._grammar = describer.lexicon.grammar
        self._doc = doc
        self._history: list[Antecedent] = []
        self._people: dict[str, _Person | None] = {}
        self._found: dict[int, tuple[Actor, ...]] = {}
        self._quoted = quoted_tokens(doc)

    def run(self) -> dict[int, tuple[Actor, ...]]:
        """Resolve the document; returns actors by token index."""
        sentences = list(self._doc.sents)
        deferred: list[tuple[Token, int]] = []
        for index, sentence in enumerate(sentences):
            inside = self._long_names(sentence, index)
            fronted: list[tuple[Token, Token]] = []
            for token in sentence:
                if not _candidate(token) or token.i in inside:
                    continue
                subject = _fronted_possessive_subject(token, self._grammar.person_pronouns)
                if subject is not None:
                    fronted.append((token, subject))
                elif self._is_speaker_pronoun(token):
                    deferred.append((token, index))
                else:
                    self._resolve(token, index)
            for pronoun, subject in fronted:
                self._resolve_fronted(pronoun, subject, index)
        for token, index in deferred:
            self._resolve_speaker_pronoun(token, index, sentences)
        return self._found

    def _long_names(self, sentence: Span, index: int) -> set[int]:
        """Names that run past their head: "the Organization of American States", "the
        International Court of Justice", "Reporters Without Borders", "the Committee to
        Protect Journalists". The name is the actor of its head word; the words after the
        head are part of it, no actors of their own."""
        inside: set[int] = set()
        for match in self._describer.lexicon.proper_matches(list(sentence)):
            name = sentence[match.start : match.end]
            if name[0].lower_ == "the":  # "the UN peacekeeping mission": "the UN" ends at UN
                name = name[1:]
            if name.root.lower_ == "of" or name.root.i == name[-1].i:
                continue
            reading = self._describer.read_name(name, match.entry)
            self._found[name.root.i] = _actors(reading, reading.descriptions)
            self._remember(name.root, index, reading.kind, reading.descriptions)
            inside.update(token.i for token in name)
        return inside

    def _is_speaker_pronoun(self, token: Token) -> bool:
        speaker_words = self._grammar.speaker_pronouns
        return token.pos_ == "PRON" and token.text != "US" and token.lower_ in speaker_words

    def _resolve(self, token: Token, sentence: int) -> None:
        if token.pos_ == "PRON" and not self._name_read_as_pronoun(token):
            self._resolve_pronoun(token, sentence)
            return
        if self._resolve_pair(token, sentence):
            return
        if _names_the_country(token, self._grammar.country_nouns):
            self._resolve_country(token, sentence)
            return
        if not self._describer.may_describe(token):
            return
        reading = self._describer.read(token)
        descriptions = self._as_counterpart(reading, self._with_coreference(reading))
        if descriptions:
            self._found[token.i] = _actors(reading, descriptions)
        kind = reading.kind if descriptions or reading.kind == "person" else "none"
        if token.dep_ not in _INNER_DEPS and kind in ("person", "group", "thing"):
            self._remember(token, sentence, kind, descriptions)

    def _with_coreference(self, reading: Reading) -> tuple[Description, ...]:
        """Register people named in full; fill in the ones named again later by any part."""
        name = reading.phrase.person_name
        head = reading.phrase.head
        known_figure = next((d for d in reading.descriptions if d.resolved_by == "person"), None)
        if known_figure is not None and known_figure.name:  # from people.tsv
            known = self._known_person(known_figure.name)
            if known is None:
                self._register(known_figure.name, reading.descriptions)
                return reading.descriptions
            # named again: the title given at the first mention ("Secretary of Defense")
            return tuple(replace(d, resolved_by="coreference") for d in known.descriptions)
        if name is None and reading.kind == "none" and head.pos_ == "PROPN":
            name = head.text  # a surname the tagger did not mark as a person
        if name is None:
            return self._by_title(reading) or self._by_possessor(reading) or reading.descriptions
        known = self._known_person(name)
        own_country = any(d.country for d in reading.descriptions)
        if known is not None and known.descriptions and not own_country:
            return tuple(replace(d, resolved_by="coreference") for d in known.descriptions)
        if known is None and head.dep_ not in _INNER_DEPS:
            if any(d.country or d.sectors for d in reading.descriptions):
                self._register(name, reading.descriptions)
            elif reading.kind == "person":
                self._register(name, ())  # an unknown person still takes the name
        elif own_country:
            self._register(name, reading.descriptions)
        return reading.descriptions

    def _known_person(self, name: str) -> _Person | None:
        """The person named ``name`` in full, or by its last part if no other part clashes."""
        known = self._people.get(name)
        if known is not None or " " not in name:
            return known
        by_last = self._people.get(name.split()[-1])
        return by_last if by_last is not None and _name_parts(name) <= by_last.parts else None

    def _as_counterpart(
        self, reading: Reading, descriptions: tuple[Description, ...]
    ) -> tuple[Description, ...]:
        """'his Japanese counterpart' takes the sector of the person 'his' refers to."""
        head = reading.phrase.head
        if not descriptions or head.lemma_.lower() not in self._grammar.counterpart_nouns:
            return descriptions
        owner = next((c for c in head.lefts if c.dep_ == "poss" and c.i in self._found), None)
        sectors = self._found[owner.i][0].sectors if owner is not None else ()
        if not sectors:
            return descriptions
        return tuple(
            replace(d, code=d.country + sectors[0], sectors=sectors) if d.country else d
            for d in descriptions
        )

    def _by_title(self, reading: Reading) -> tuple[Description, ...]:
        """'the president' after 'Venezuelan President Nicolás Maduro' is Maduro."""
        phrase, role = reading.phrase, reading.phrase.head_role
        if role is None or role.kind != "title" or reading.kind != "person":
            return ()
        if any(d.country for d in reading.descriptions):
            return ()
        if not any(child.lower_ == "the" for child in phrase.head.lefts):
            return ()
        known = self._people.get(_title_key(phrase.head.lemma_))
        found = known.descriptions if known is not None else ()
        return tuple(replace(d, resolved_by="coreference") for d in found)

    def _by_possessor(self, reading: Reading) -> tuple[Description, ...]:
        """'his government' takes the country of the person 'his' refers to."""
        phrase, role = reading.phrase, reading.phrase.head_role
        if role is None or any(d.country for d in reading.descriptions):
            return ()
        if phrase.head.lemma_.lower() in self._grammar.counterpart_nouns:
            return ()  # "his counterpart" is of another country
        for child in phrase.head.lefts:
            if child.dep_ == "poss" and child.pos_ == "PRON" and child.i in self._found:
                countries = dict.fromkeys(a.country for a in self._found[child.i] if a.country)
                return tuple(
                    Description(
                        country + "".join(role.sectors[:1]),
                        country,
                        role.sectors,
                        None,
                        _role_title(phrase.head_role_text, role.kind),
                        "coreference",
                    )
                    for country in countries
                )
        return ()

    def _register(self, name: str, descriptions: tuple[Description, ...]) -> None:
        """Index a person under the full name and each name part; clashes become None."""
        person = _Person(name, _name_parts(name), descriptions)
        title = descriptions[0].title if descriptions else None
        if title:
            self._people[_title_key(title.split()[-1])] = person
        for key in {name, *person.parts}:
            if key not in self._people:
                self._people[key] = person
                continue
            earlier = self._people[key]
            self._people[key] = _same_person(earlier, person) if earlier is not None else None

    def _remember(
        self, token: Token, sentence: int, kind: str, descriptions: tuple[Description, ...]
    ) -> None:
        is_subject = token.dep_ in _SUBJECT_DEPS
        self._history.append(Antecedent(token.i, sentence, kind, is_subject, descriptions))

    def _resolve_pronoun(self, token: Token, sentence: int) -> None:
        kinds = self._pronoun_kinds(token)
        if not kinds:
            return
        antecedent = None
        if kinds == _PLURAL:  # "Chile and India pledged ... as *they* launched talks"
            antecedent = self._coordinated_antecedent(token, sentence)
        antecedent = (
            antecedent
            or self._conjoined_owner(token, kinds)
            or self._antecedent(token, sentence, kinds)
        )
        if antecedent is None:
            return
        if antecedent.descriptions:
            self._found[token.i] = _pronoun_actors(token, antecedent.descriptions)
        self._remember(token, sentence, antecedent.kind, antecedent.descriptions)

    def _resolve_country(self, token: Token, sentence: int) -> None:
        """ "Zambia's finance minister said *the country* would not seek another bailout":
        the country last named, in this sentence or the one before."""
        for antecedent in reversed(self._history):
            if antecedent.token >= token.i:
                continue
            if sentence - antecedent.sentence > 1:
                return
            states = [d for d in antecedent.descriptions if d.country and not d.sectors]
            if states:
                self._found[token.i] = _pronoun_actors(token, (states[0],))
                return

    def _name_read_as_pronoun(self, token: Token) -> bool:
        """A name the parser tagged a pronoun ("*Houthis* threaten to target US ships")."""
        grammar = self._grammar
        pronouns = grammar.person_pronouns | grammar.group_pronouns | grammar.thing_pronouns
        if token.lower_ in pronouns or token.lower_ in grammar.speaker_pronouns:
            return False
        return token.text[:1].isupper() and self._describer.lexicon.may_match(token)

    def _resolve_fronted(self, pronoun: Token, subject: Token, sentence: int) -> None:
        """ "During *his* visit to Hanoi, the Australian prime minister toured a factory":
        a possessive in a phrase before the clause is its subject, named after it."""
        found = self._found.get(subject.i)
        if not found:
            self._resolve(pronoun, sentence)
            return
        self._found[pronoun.i] = tuple(
            replace(
                actor,
                text=pronoun.text,
                start=pronoun.idx,
                end=pronoun.idx + len(pronoun),
                resolved_by="coreference",
            )
            for actor in found
        )

    def _pronoun_kinds(self, token: Token) -> frozenset[str]:
        word = token.lower_
        if word in self._grammar.person_pronouns:
            return frozenset({"person"})
        if word in self._grammar.group_pronouns:
            return frozenset({"group"})
        if word in self._grammar.thing_pronouns or _is_reported_it(token, self._grammar):
            return frozenset({"thing", "group"})
        return frozenset()

    def _resolve_pair(self, token: Token, sentence: int) -> bool:
        """ "*The two leaders* agreed", "*both sides* said": the two parties named last."""
        if not _names_pair(token, self._grammar):
            return False
        antecedent = self._coordinated_antecedent(token, sentence) or self._last_pair(
            token, sentence
        )
        if antecedent is None:
            return False
        span = self._doc[token.left_edge.i : token.i + 1]
        self._found[token.i] = tuple(
            _actor(span.text, span.start_char, span.end_char, replace(d, resolved_by="coreference"))
            for d in antecedent.descriptions
        )
        self._remember(token, sentence, "group", antecedent.descriptions)
        return True

    def _last_pair(self, token: Token, sentence: int) -> Antecedent | None:
        """The two latest antecedents of different actors in this sentence or the one before:
        "Ruto hosted his Somali counterpart ... *The two leaders*"."""
        chosen: list[Antecedent] = []
        # "*the two countries*" are two named countries, not the ministries said to speak
        states = token.lemma_.lower() in self._grammar.country_nouns
        for antecedent in reversed(self._history):
            if antecedent.sentence < sentence - 1 or len(chosen) == 2:
                break
            if states and not all(d.country for d in antecedent.descriptions):
                continue
            own = {d.code for d in antecedent.descriptions}
            if not chosen and len(own) >= 2:  # "Israeli and Hamas negotiators"
                return antecedent
            codes = {d.code for a in chosen for d in a.descriptions}
            # "Argentina's president": a country and its own office are one party
            countries = {d.country for a in chosen for d in a.descriptions if d.country}
            own_countries = {d.country for d in antecedent.descriptions if d.country}
            if antecedent.descriptions and not codes & own and not countries & own_countries:
                chosen.append(antecedent)
        if len(chosen) < 2:
            return None
        first, second = reversed(chosen)
        return replace(first, descriptions=first.descriptions + second.descriptions)

    def _coordinated_antecedent(self, token: Token, sentence: int) -> Antecedent | None:
        """The latest coordination of actors ("Chile and India") in this sentence or the one
        before, as one plural antecedent with every conjunct's descriptions."""
        remembered = {a.token: a for a in self._history if a.token < token.i}
        for antecedent in reversed(remembered.values()):
            if antecedent.sentence < sentence - 1:
                return None
            head = self._doc[antecedent.token]
            partners = [remembered.get(c.i) for c in head.conjuncts if c.i > head.i]
            found = [a for a in (antecedent, *partners) if a is not None and a.descriptions]
            if head.dep_ != "conj" and len(found) >= 2:
                merged = tuple(d for a in found for d in a.descriptions)
                return replace(antecedent, kind="group", descriptions=merged)
        return None

    def _conjoined_owner(self, token: Token, kinds: frozenset[str]) -> Antecedent | None:
        """ "the junta and *its* opponents", "Israel and *its* allies": a possessive on the
        second conjunct is the first conjunct's."""
        owned = token.head
        if token.dep_ != "poss" or owned.dep_ != "conj":
            return None
        partner = owned.head.i
        return next((a for a in self._history if a.token == partner and a.kind in kinds), None)

    def _antecedent(self, token: Token, sentence: int, kinds: frozenset[str]) -> Antecedent | None:
        """Same sentence first (its subject, else the nearest), else the last sentence with one."""
        fitting = [a for a in self._history if a.kind in kinds and a.token < token.i]
        clause_subject = _clause_subject(token)
        if clause_subject is not None:  # "Trump urged *him*": never the clause's own subject
            fitting = [a for a in fitting if a.token != clause_subject.i]
        same = [a for a in fitting if a.sentence == sentence]
        if same:
            subjects = [a for a in same if a.is_subject]
            return (subjects or same)[-1]
        if not fitting:
            return None
        pool = [a for a in fitting if a.sentence == fitting[-1].sentence]
        subjects = [a for a in pool if a.is_subject]
        return (subjects or pool)[0]

    def _resolve_speaker_pronoun(self, token: Token, index: int, sentences: list[Span]) -> None:
        if token.i not in self._quoted:
            return
        order = [index, index + 1, *range(index - 1, index - 1 - SPEAKER_WINDOW, -1)]
        for other in order:
            if 0 <= other < len(sentences):
                speaker = self._speaker(sentences[other])
                if speaker:
                    self._found[token.i] = _pronoun_actors(token, speaker)
                    return

    def _speaker(self, sentence: Span) -> tuple[Description, ...]:
        """The subject of a speech verb ('said', 'told', 'added') of the sentence."""
        for token in sentence:
            if token.lemma_.lower() not in self._grammar.speech_verbs or token.pos_ != "VERB":
                continue
            for child in token.children:
                if child.dep_ in _SUBJECT_DEPS and child.i in self._found:
                    return tuple(_description_of(actor) for actor in self._found[child.i])
        return ()


def _clause_subject(pronoun: Token) -> Token | None:
    """The subject of the verb an object pronoun ("him", "her", "them") hangs on."""
    if pronoun.lower_ not in _OBJECT_PRONOUNS or pronoun.dep_ not in {"dobj", "dative"}:
        return None
    verb = pronoun.head
    while True:  # "Macron met Scholz and urged *him*": a conjoined verb shares the subject
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or verb.dep_ not in _CONTROLLED_DEPS or verb.head is verb:
            return subject
        if verb.dep_ != "conj":
            # "telephoned Prabowo *to congratulate him*": who does the infinitive's act is
            # the clause's subject; "urged Putin *to free him*": the one urged
            controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if verb.dep_ == "xcomp" and controller is not None:
                return controller
        verb = verb.head


_CONTROLLED_DEPS = frozenset({"conj", "xcomp", "advcl"})


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _names_the_country(token: Token, nouns: frozenset[str]) -> bool:
    """ "*the country*", "*the nation*" alone; not "the country's south" nor "a country"."""
    if token.lemma_.lower() not in nouns or token.tag_ != "NN":
        return False
    children = list(token.children)
    return len(children) == 1 and children[0].dep_ == "det" and children[0].lower_ == "the"


def _names_pair(token: Token, grammar: Grammar) -> bool:
    """A plural party noun counted as two or both: "the *two* leaders", "*both* sides"."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in grammar.pair_nouns:
        return False
    words = {child.lower_: child.dep_ for child in token.children}
    if "of" in words:  # "two leaders *of a civil society movement*" are new people
        return False
    counted = words.get("two") == "nummod" and words.get("the") == "det"
    return counted or words.get("both") in {"det", "predet", "amod"}


def _is_reported_it(token: Token, grammar: Grammar) -> bool:
    """'it' as the subject of reported speech ("Iran said it was ready"), never expletive."""
    if token.lower_ != "it" or token.dep_ not in _SUBJECT_DEPS or token.head.dep_ != "ccomp":
        return False
    return token.head.head.lemma_.lower() in grammar.speech_verbs and not _is_expletive(token.head)


def _is_expletive(verb: Token) -> bool:
    """'it was unclear when ...', 'it is likely that ...': 'it' stands for a clause."""
    predicates = [child for child in verb.children if child.dep_ in _PREDICATE_DEPS]
    return bool(predicates) and any(
        child.dep_ in _EXTRAPOSED_DEPS for word in (verb, *predicates) for child in word.children
    )


def _name_parts(name: str) -> frozenset[str]:
    """Capitalised parts of a name: 'Lee Jae-myung' -> Lee, Jae-myung ('da', 'bin' skipped)."""
    return frozenset(part for part in name.split() if len(part) > 1 and part[0].isupper())


def _same_person(earlier: _Person, later: _Person) -> _Person | None:
    """The fuller of two mentions of one person ('Koizumi', 'Shinjiro Koizumi'), else None."""
    if later.parts <= earlier.parts:
        return earlier if earlier.descriptions or not later.descriptions else later
    if earlier.parts <= later.parts:
        return later if later.descriptions or not earlier.descriptions else earlier
    return None


def _title_key(word: str) -> str:
    """Titles share the people registry under a key no name can take."""
    return "title:" + word.lower()


def _role_title(text: str | None, kind: str) -> str | None:
    return title_case(text) if text and kind == "title" else None


def quoted_tokens(doc: Doc) -> frozenset[int]:
    """Indices of tokens between quotation marks (curly or straight).

    Finds the quotation-mark tokens through the document's array of token ids rather
    than a Python loop over every token: this runs once per document.
    """
    marks = [doc.vocab.strings[mark] for mark in _QUOTE_MARKS]
    positions = numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), marks))
    quoted: set[int] = set()
    opened: int | None = None
    for position in positions.tolist():
        text = doc[position].text
        if opened is None and (text in _OPENING_QUOTES or text == '"'):
            opened = position
        elif opened is not None and (text in _CLOSING_QUOTES or text == '"'):
            quoted.update(range(opened + 1, position))
            opened = None
    if opened is not None:
        quoted.update(range(opened + 1, len(doc)))
    return frozenset(quoted)


def _actors(reading: Reading, descriptions: tuple[Description, ...]) -> tuple[Actor, ...]:
    phrase = reading.phrase
    return tuple(_actor(phrase.text, phrase.start, phrase.end, d) for d in descriptions)


def _pronoun_actors(token: Token, descriptions: tuple[Description, ...]) -> tuple[Actor, ...]:
    start = token.idx
    end = start + len(token.text)
    return tuple(
        _actor(token.text, start, end, replace(d, resolved_by="coreference")) for d in descriptions
    )


def _actor(text: str, start: int, end: int, found: Description) -> Actor:
    return Actor(
        text=text,
        start=start,
        end=end,
        code=found.code,
        country=found.country,
        sectors=found.sectors,
        name=found.name,
        title=found.title,
        resolved_by=found.resolved_by,
    )


def _description_of(actor: Actor) -> Description:
    return Description(
        actor.code, actor.country, actor.sectors, actor.name, actor.title, actor.resolved_by
    )
