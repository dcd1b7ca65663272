"""The event coder: frames from the parse, actors from the actors stage, one event per dyad.

``EventCoder.code`` returns :class:`CodedEvent` drafts (tokens still attached); the
pipeline adds dates, places and ontology facts to make the public ``Event`` records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from eventwire.coding._data import word_lists
from eventwire.coding.arguments import (
    expand,
    first_child,
    framing_preposition,
    grammar_words,
    is_infinitive,
    is_passive,
    is_that_clause,
    look_through,
    misread_predicate,
    prep_objects,
    subject_of,
)
from eventwire.coding.frames import (
    Frame,
    called_off,
    find_frames,
    harmed_by,
    in_manner,
    noun_codes,
    noun_patterns,
    relative_object,
    set_off,
)
from eventwire.coding.intent import IntentCodes, governing_verb, intent_of, load_intent_codes
from eventwire.coding.patterns import Pattern, PatternSet, default_pattern_files, load_patterns
from eventwire.coding.refine import Refinements, load_refinements
from eventwire.coding.repairs import repair_parse
from eventwire.coding.status import (
    StatusCues,
    condition_clause,
    conditional_on,
    decide_status,
    governing_path,
    is_circumstance,
    is_condition,
    load_cues,
    no_one_affected,
)
from eventwire.models import Actor, EventStatus
from eventwire.nlp import first_conjunct


class ActorLookup(Protocol):
    """What the coder needs from the actors stage."""

    def actors_for(self, token: Token) -> list[Actor]: ...


class PlaceLookup(Protocol):
    """What the coder needs from the places stage: the country of a toponym, and the
    indices of every token that has one."""

    def country_at(self, token: Token) -> str | None: ...

    def located(self) -> frozenset[int]: ...


class _NoPlaces:
    def country_at(self, token: Token) -> str | None:
        return None

    def located(self) -> frozenset[int]:
        return frozenset()


_PARTICIPANT_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_LOCATING_PREPOSITIONS = ("in", "near", "inside", "across", "outside", "around", "of")


@dataclass(frozen=True, slots=True)
class CodedEvent:
    """An event found in one sentence, before dates, places and ontology are attached."""

    pattern: Pattern
    trigger: Token
    anchor: Token
    source: Actor
    target: Actor | None
    status: EventStatus
    attribution: Actor | None = None
    cameo: str = ""  # the pattern's code, or the 03x code of an expressed intent
    expresser: Token | None = None  # the word expressing the intent: "*agreed* to meet"

    @property
    def code(self) -> str:
        return self.cameo or self.pattern.cameo


@dataclass(frozen=True, slots=True)
class _Draft:
    frame: Frame
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]


class EventCoder:
    """Codes events in parsed documents with dependency patterns."""

    def __init__(
        self,
        patterns: PatternSet,
        cues: StatusCues,
        intent: IntentCodes,
        refinements: Refinements | None = None,
        *,
        requested_acts: bool = False,
    ) -> None:
        self.patterns = patterns
        self.cues = cues
        self.intent = intent
        self.refinements = refinements or load_refinements()
        # also code what an appeal, demand, threat or accusation is about (hypothetical)
        self.requested_acts = requested_acts

    @classmethod
    def load(
        cls,
        pattern_files: Sequence[Path] = (),
        *,
        include_defaults: bool = True,
        requested_acts: bool = False,
    ) -> EventCoder:
        """The coder with the package's patterns plus (or, without defaults, only) user files.

        User patterns come first: for the same word and condition, the user's code wins.
        With ``requested_acts`` the act an appeal, demand, threat or accusation is about is
        also coded, as a hypothetical event of its own.
        """
        files = [*pattern_files, *(default_pattern_files() if include_defaults else [])]
        return cls(
            load_patterns(files),
            load_cues(),
            load_intent_codes(),
            requested_acts=requested_acts,
        )

    def repair_parse(self, doc: Doc) -> int:
        """Re-read event words the parser tagged wrongly (headline verbs read as nouns, event
        nouns read as verbs; see :mod:`eventwire.coding.repairs`) before any stage reads
        the parse."""
        return repair_parse(doc, self.patterns.by_verb.keys(), self.patterns.by_noun.keys())

    def code(
        self, doc: Doc, actors: ActorLookup, places: PlaceLookup | None = None
    ) -> list[CodedEvent]:
        """All events in ``doc``, in text order."""
        where = places or _NoPlaces()
        frames = find_frames(doc, self.patterns, where.located())
        drafts = [self._resolve_best(frame, actors, where) for frame in frames]
        drafts = [_with_implicit_agent(draft, actors) for draft in fill_chained_roles(drafts)]
        events: list[CodedEvent] = []
        for draft in drafts:
            events.extend(self._events(draft, actors))
        events = self._specific_by_content(events, [draft.frame for draft in drafts])
        events = [_bare(event, actors) for event in events]
        events = [aimed for event in events for aimed in self._threatened(event, actors)]
        if not self.requested_acts:
            events = _without_contents(events, [draft.frame for draft in drafts])
        events = self._protests_by_demand(events)
        events = _without_consequences(_without_bare_intents(_without_told_demands(events)))
        events = _without_restated(self._without_conditions(events))
        events = [e for e in events if not (_any_such(e) or _accidental(e) or self._aim(e))]
        events = [fought for event in events for fought in self._fought(event)]
        # an arrest at a protest leaves the protest an event: only violence makes a scene
        refined = [self._as_protection(self._as_complaint(self._refined(doc, e))) for e in events]
        # clashes of protesters and police (145, 175) happen at the protest: it stays one
        unrest = {e.anchor.i for e in refined if e.code.startswith(_UNREST)}
        violent = [
            d.frame
            for d in drafts
            if d.frame.pattern.cameo.startswith(_VIOLENT_ROOTS) and d.frame.anchor.i not in unrest
        ]
        refined = _without_scenes(refined, violent)
        kept = _unique([e for e in refined if not (self._private(doc, e) or self._statecraft(e))])
        # after merging: a protest told twice, once with its target, is one event
        events = _without_purposes(_unique([self._addressed(e) for e in kept]))
        events = self._aimed_back(_without_retold(_without_second_trips(events)), actors)
        events = [_investigated(event, events, actors) for event in events]
        events = [_commented_on(event, actors) for event in events]
        events = [_intended_for(event, actors) for event in events]
        events = [self._retaliation_aimed(event, events) for event in events]
        return [_posture_aimed(event, events, actors, where) for event in events]

    def _aimed_back(self, events: list[CodedEvent], actors: ActorLookup) -> list[CodedEvent]:
        """A reaction that names no one is aimed at whoever did the act it refers back to:
        "Iran launched drones at Israel. Britain *condemned the attack*", "the EU imposed
        sanctions on Belarus. Minsk *rejected the move*"."""
        aimed = []
        for event in events:
            thing = self._referred_act(event)
            done = _referred_event(thing, event, events, self.patterns) if thing else None
            if done is not None:
                event = replace(event, target=done.source)
            elif thing is not None and thing.i == event.anchor.head.i:  # "..., remarks the Kremlin
                event = _aimed_at_teller(event, thing, actors)  # condemned": who made them
            aimed.append(event)
        return aimed

    def _referred_act(self, event: CodedEvent) -> Token | None:
        """The definite, unowned act a verbal reaction takes as its object: "*the* strikes";
        or the act a relative clause in apposition reacts to: "..., *a move* the foreign
        ministry called a provocation"."""
        if event.target is not None or _quad_root(event.code) not in _VERBAL_QUADS:
            return None
        anchor = event.anchor
        if anchor.pos_ not in {"VERB", "AUX"}:
            return None
        things = [c for c in anchor.children if c.dep_ == "dobj"]
        things += prep_objects(anchor, _REACTION_PREPOSITIONS)
        summary = anchor.head if _summing_up(anchor) else None
        for thing in things if summary is None else [summary]:
            definite = (summary is not None and thing.i == summary.i) or any(
                c.dep_ == "det" and c.lower_ in _DEFINITE for c in thing.children
            )
            owned = any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"of", "by"})
                for c in thing.children
            )
            named = thing.lemma_.lower() in grammar_words().referring_acts
            if definite and not owned and (named or noun_codes(thing, self.patterns)):
                return thing
        return None

    def _aim(self, event: CodedEvent) -> bool:
        """What talks or a deal are only *aimed at* ("talks aimed at ending the war"): a
        purpose, not an act of its own."""
        if event.status is not EventStatus.HYPOTHETICAL:
            return False
        token = event.anchor
        if token.dep_ not in {"pcomp", "pobj"} or token.head.lower_ != "at":
            return False
        return token.head.head.lemma_.lower() in self.cues.purpose_verbs

    def _as_protection(self, event: CodedEvent) -> CodedEvent:
        """ "Kenya will send 1,000 police officers to Haiti", "Britain will deploy troops to
        Estonia": forces sent into another country, to it rather than to a border with it,
        protect or keep the peace there (074); troops massed on one's own border stay a
        deployment (154)."""
        if event.code not in _DEPLOYMENTS or event.target is None:
            return event
        source, target = event.source.country, event.target.country
        if source is None or target is None or not self.refinements.abroad(source, target):
            return event
        if set(event.target.sectors) - _HOST_SECTORS:
            return event  # "sent troops to confront ELN guerrillas"
        destinations = list(prep_objects(event.anchor, _DESTINATION_PREPOSITIONS))
        boundaries = grammar_words().boundary_nouns
        if not destinations or any(
            t.lemma_.lower() in boundaries for d in destinations for t in d.subtree
        ):
            return event
        return replace(event, cameo=_PROTECTION)

    def _addressed(self, event: CodedEvent) -> CodedEvent:
        """An event that names no target addresses whom its kind does by default: a protest
        against a tax, the government (``default_targets`` in refinements.yaml)."""
        refinements = self.refinements
        if event.target is not None:
            return event
        home = refinements.home_target(event.code, event.source)
        if home is not None:  # the people of the source's country, or of where it acts
            country = event.source.country
            people = implicit_actor(event.trigger, home)
            return replace(
                event, target=_at_home(event.trigger, country, home) if country else people
            )
        sector = refinements.default_target(event.code, event.source)
        if sector is None:
            return event
        return replace(event, target=implicit_actor(event.trigger, sector))

    def _as_complaint(self, event: CodedEvent) -> CodedEvent:
        """ "Japan *protests* Chinese buoy", "summoned the ambassador *to protest* against
        the remarks": a state that protests complains officially (114); "Serbia's biggest
        rallies" are its people's, and states do not march."""
        protest = event.trigger.lemma_.lower() == "protest" and event.trigger.pos_ == "VERB"
        if event.code != _DEMONSTRATE or not protest:
            return event
        return replace(event, cameo=_COMPLAINT) if self._is_state(event.source) else event

    def _is_state(self, actor: Actor) -> bool:
        """A government actor, or a country named for its government ("Japan", "Tehran")."""
        if self.refinements.state_sectors & set(actor.sectors):
            return True
        return actor.resolved_by in _STATE_NAMES and not actor.sectors

    def _statecraft(self, event: CodedEvent) -> bool:
        """ "Sudan recalled its ambassador *in protest* at ...": a state's act done in protest
        is that act (the recall), not a protest of its people."""
        if not event.code.startswith(_PROTEST) or in_manner(event.trigger) is None:
            return False
        source = event.source
        return self._is_state(source) or (source.country is not None and not source.sectors)

    def _private(self, doc: Doc, event: CodedEvent) -> bool:
        return self.refinements.is_private_crime(doc, event.code, event.source, event.target)

    def _refined(self, doc: Doc, event: CodedEvent) -> CodedEvent:
        """The code that who acts on whom gives the event (``refinements.yaml``)."""
        thing = _acted_on(event.trigger)
        code = self.refinements.refine(doc, event.code, event.source, event.target, thing)
        return event if code == event.code else replace(event, cameo=code)

    def _resolve_best(self, frame: Frame, actors: ActorLookup, places: PlaceLookup) -> _Draft:
        """The most specific fitting pattern that finds its roles: "staged drills near
        Taiwan" is no joint exercise (062, which needs a partner) but a show of force (150)."""
        draft = self._resolve(frame, actors, places)
        for alternative in frame.alternatives:
            if _viable(draft):
                break
            fallback = self._resolve(alternative, actors, places)
            if _viable(fallback):
                return fallback
        return draft

    def _resolve(self, frame: Frame, actors: ActorLookup, places: PlaceLookup) -> _Draft:
        cameo = frame.pattern.cameo
        sources = _acting(_actors(frame.sources, actors), cameo)
        if not sources:
            sources = _acting(_actors(frame.modifier_sources, actors), cameo)
        if not sources and frame.trigger.pos_ == "NOUN":  # "*Russian glide bombs* hit ..."
            sources = _acting(tuple(actors.actors_for(frame.trigger)), cameo)
        if frame.pattern.source_sectors:  # "the president arrived in Accra" is a visit
            sources = tuple(s for s in sources if frame.pattern.source_sectors & set(s.sectors))
        threat = cameo.startswith(_THREATS)
        heads = _past_threatened_acts(frame) if threat else frame.targets
        heads = tuple(
            head
            for head in heads
            if not self._retelling(head, cameo) and not _thing_given(head, cameo)
        )
        targets = _actors(heads, actors, owners=frame.pattern.owner_targets)
        # "struck positions of the PKK *in northern Iraq*": where the target is, once the
        # target is named
        placed_apart = _actors(
            [h for h in heads if not _locative(h)], actors, owners=frame.pattern.owner_targets
        )
        targets = placed_apart or targets
        if not targets and frame.pattern.place_target:
            # "Ruto arrived in Mombasa": a trip at home is no visit
            home = {source.country for source in sources} if frame.pattern.abroad else set()
            # a named actor's act reaches into the names of a unit ("a refinery in *Russia's
            # Ryazan* region"); an unnamed one's stays where the text places it
            named = bool(sources)
            found = tuple(_country_actors(frame.targets, places, units=named))
            if not found and frame.targets:  # "struck a crowded street *in central Sumy*"
                found = tuple(_country_actors(_located_thing(frame.anchor), places, units=named))
            targets = tuple(place for place in found if place.country not in home)
            if found and not targets:
                frame = replace(frame, targets=())
        return _Draft(frame, sources, targets)

    def _retelling(self, head: Token, cameo: str) -> bool:
        """A target phrase that names the event again ("killed the minister *in an attack*
        claimed by Islamic State"): whoever it belongs to is no target."""
        if head.dep_ != "pobj" or head.pos_ != "NOUN" or head.head.lower_ not in {"in", "at"}:
            return False
        family = _family(cameo)
        return any(_family(code) == family for code in noun_codes(head, self.patterns))

    def _events(self, draft: _Draft, actors: ActorLookup) -> list[CodedEvent]:
        frame = draft.frame
        cameo, status_anchor = frame.pattern.cameo, frame.anchor
        # "vowed to cooperate *during a meeting*": the meeting took place, no intent
        circumstance = is_circumstance(frame.anchor, self.cues)
        # from the trigger: "agreed *to a ceasefire*" has the light verb as its anchor
        expresser = None if circumstance else intent_of(frame.trigger, self.intent, cameo)
        if expresser is not None and _others_event(frame):
            return []  # "offered to host talks between A and B": only the offer is an event
        intent_code = self.intent.intent_code(cameo) if expresser is not None else None
        if expresser is not None and intent_code is not None:
            cameo, status_anchor = intent_code, expresser
        conditions_own = not cameo.startswith(_CONDITIONAL_CONTENT)
        status = decide_status(status_anchor, cues=self.cues, conditions_own=conditions_own)
        if frame.anchor.i != frame.trigger.i and called_off(frame.anchor):
            status = EventStatus.NEGATED  # "called off a strike planned for Monday"
        if status is EventStatus.ASSERTED and no_one_affected(
            frame.trigger, frame.targets, self.cues
        ):
            status = EventStatus.NEGATED  # "no arrests were made", "arrested nobody"
        # "will meet", "could hold talks": a meeting not (yet) held is the intent to meet;
        # so is one that will not be held ("has no plans to meet", "will not meet")
        unheld = status in {EventStatus.PLANNED, EventStatus.HYPOTHETICAL} or (
            status is EventStatus.NEGATED and _not_to_come(frame.anchor, self.cues)
        )
        planned_code = self.intent.planned_code(cameo) if unheld else None
        cameo = planned_code or cameo
        # "Modi will meet Xi": a meeting planned is still held by both; "offered to meet"
        # is one side's intent
        mutuality = frame.pattern.cameo if intent_code is None else cameo
        attribution = self._attribution(frame.anchor, actors)
        events = [
            CodedEvent(
                frame.pattern,
                frame.trigger,
                frame.anchor,
                source,
                target,
                status,
                attribution,
                cameo,
                expresser if intent_code is not None else None,
            )
            for source, target in _both_ways(
                dyads(draft, frame.pattern),
                mutuality,
                status,
                frame,
                intent=intent_code is not None,
            )
        ]
        threat = self._conditional_threat(status_anchor, cameo, status)
        if threat is None:
            return events
        return [
            replace(e, cameo=threat, status=EventStatus.ASSERTED) if _own_word(e, self.cues) else e
            for e in events
        ]

    def _fought(self, event: CodedEvent) -> list[CodedEvent]:
        """ "troops killed five guerrillas *in a firefight*", "police killed 12 traffickers
        *in a gun battle*": the killing is what a fight between the two did; the fight is
        the event, both ways, in the fight's own code."""
        named = event.source.resolved_by != "implicit"  # "were killed in a gunfight": by whom?
        harm = event.trigger.lemma_.lower() in grammar_words().harm_verbs
        if event.target is None or not named or not harm or not event.code.startswith(_KILLING):
            return [event]
        fight = next(iter(prep_objects(event.anchor, _FIGHT_PREPOSITIONS)), None)
        # a fight both sides wage ("gunfight", "clash"), not a raid or strike by one
        found = noun_patterns(fight, self.patterns) if fight is not None else []
        codes = [p.cameo for p in found if p.cameo.startswith(_FIGHT) and p.reciprocal]
        if not codes or event.status is not EventStatus.ASSERTED:
            return [event]
        return [
            replace(event, cameo=codes[0]),
            replace(event, cameo=codes[0], source=event.target, target=event.source),
        ]

    def _without_conditions(self, events: list[CodedEvent]) -> list[CodedEvent]:
        """ "will strike Iran *if Tehran attacks*", "threatened tariffs *unless Bogota
        agreed*": the condition of another event is no event of its own."""
        anchors = {event.anchor.i for event in events}
        kept = []
        for event in events:
            clause = condition_clause(event.anchor, self.cues)
            outer = governing_path(clause.head) if clause is not None else []
            if not any(token.i in anchors for token in outer):
                kept.append(event)
        return kept

    def _threatened(self, event: CodedEvent, actors: ActorLookup) -> list[CodedEvent]:
        """A threat that names no one is aimed at whom its condition is about: "warned that
        Moscow would respond harshly *if Finland* allowed ...", "threatened a general strike
        *unless the government* reversed the rise"; else at whom the threatened force is
        used against or answers: "would use live ammunition *against demonstrators*",
        "would respond to *any Israeli* strike"."""
        if event.target is not None or not event.code.startswith(_THREAT_ROOT):
            return [event]
        found = self._condition_parties(event.anchor, actors) or _answered_parties(
            event.anchor, actors
        )
        targets = [a for a in dict.fromkeys(found) if not _same_party(event.source, a)]
        return [replace(event, target=target) for target in targets] or [event]

    def _retaliation_aimed(self, event: CodedEvent, events: list[CodedEvent]) -> CodedEvent:
        """A vow of retaliation that names no one is aimed at whoever did the act told just
        before: "India launched missile strikes on Pakistan, and Islamabad *vowed to
        retaliate*", "Lithuania expelled a Russian diplomat, and Moscow *promised a
        response*"."""
        if event.target is not None or not event.code.startswith(_THREAT_ROOT):
            return event
        words = grammar_words().retaliation_words
        if not any(token.lemma_.lower() in words for token in event.anchor.subtree):
            return event
        done = _referred_event(event.anchor, event, events, self.patterns)
        return replace(event, target=done.source) if done is not None else event

    def _condition_parties(self, anchor: Token, actors: ActorLookup) -> list[Actor]:
        """The actors who act in the first "if" or "unless" clause under ``anchor``."""
        sentence = anchor.sent
        for token in anchor.subtree:
            if token.dep_ != "advcl" or not is_condition(token, self.cues):
                continue
            if not sentence.start <= token.i < sentence.end:
                break
            subjects = [s for c in token.children if c.dep_ in _SUBJECTS for s in expand(c)]
            found = [a for s in subjects for a in actors.actors_for(s) or _owner(s, actors)]
            if found:
                return found
        return []

    def _conditional_threat(self, anchor: Token, cameo: str, status: EventStatus) -> str | None:
        """ "Tehran would walk away from the talks *if* ...", "any attack would be met with
        force": force or coercion on a condition is a threat made (13x), unless it is what
        a threat, demand or appeal verb already embeds."""
        if status is not EventStatus.HYPOTHETICAL or not conditional_on(anchor, self.cues):
            return None
        verb = governing_verb(anchor)
        if verb is not None:  # "warned that it would strike if ...": the warning is the threat
            lemma = verb.lemma_.lower()
            if lemma not in self.cues.speech_verbs or lemma in self.cues.threat_speech_verbs:
                return None
        return self.intent.content_code(_THREAT, cameo)

    def _specific_by_content(
        self, events: list[CodedEvent], frames: Sequence[Frame]
    ) -> list[CodedEvent]:
        """A general threat, demand or appeal (130, 100, 020) takes the code of what it is
        about: "threatened to impose sanctions" -> 1312, "demanded ... withdraw" -> 106.
        What it is about need not be an event of its own: "demanded that Hungary hand
        over data" (no target) still makes the demand one for information (101)."""
        about: dict[int, list[str]] = {}
        for event in events:
            verb = governing_verb(event.anchor)
            if verb is not None:
                about.setdefault(verb.i, []).append(event.pattern.cameo)
        for frame in frames:
            verb = governing_verb(frame.anchor)
            if verb is not None:
                about.setdefault(verb.i, []).append(frame.pattern.cameo)
        return [self._by_content(event, self._named(event, about)) for event in events]

    def _named(self, event: CodedEvent, about: Mapping[int, list[str]]) -> list[str]:
        """Codes of what a threat, demand, appeal or rejection is about: events under its
        verb, or under the noun it takes as its object ("rejected a proposal *to withdraw*"),
        and event nouns it names with no support verb of their own ("threatened
        *sanctions*", "rejected the *ceasefire* proposal", "a plan *for talks*")."""
        trigger = event.trigger
        codes = list(about.get(trigger.i, []))
        if event.code not in self.intent.content:
            return codes
        objects = [child for child in trigger.children if child.dep_ == "dobj"]
        for thing in objects:
            codes += about.get(thing.i, [])
        nouns = objects + list(prep_objects(trigger, ["with"]))  # "threatened Taiwan *with* force"
        nouns += [c for thing in objects for c in thing.children if c.dep_ == "compound"]
        nouns += [noun for thing in objects for noun in prep_objects(thing, ["for", "of"])]
        return codes + [code for noun in nouns for code in noun_codes(noun, self.patterns)]

    def _protests_by_demand(self, events: list[CodedEvent]) -> list[CodedEvent]:
        """ "Students rallied outside parliament, *demanding* the minister's resignation":
        one protest for a change in leadership (1411), not a rally and a separate demand.
        A crowd that gathers with a demand protests: "thousands gathered in the square,
        *calling on* the prime minister to resign" is 1411, unless the sentence tells the
        protest already ("thronged Belgrade in one of the biggest rallies, demanding")."""
        told = {e.anchor.sent.start for e in events if e.code.startswith(_PROTEST)}
        events = [e if e.anchor.sent.start in told else self._gathered(e) for e in events]
        protests = {e.anchor.i: e for e in events if e.code.startswith(_PROTEST)}
        # "walked off the job in a national *strike to press* the government for ..."
        named = {e.trigger.i: e for e in events if e.code.startswith(_PROTEST)}
        merged: dict[int, list[str]] = {}
        kept = []
        for event in events:
            # "rallied, chanting slogans *and demanding*": the demand's first conjunct
            head = first_conjunct(event.anchor).head.i
            protest = protests.get(head) or named.get(head)
            if protest is not None and _demand_clause(event):
                merged.setdefault(protest.anchor.i, []).append(event.code)
            else:
                kept.append(event)
        return [self._by_content(e, merged.get(e.anchor.i, [])) for e in kept]

    def _gathered(self, event: CodedEvent) -> CodedEvent:
        words = grammar_words()
        clause = first_conjunct(event.anchor)
        gathering = clause.head.lemma_.lower() in words.gathering_verbs and _demand_clause(event)
        # "dispersed protesters *who were demanding* his resignation"
        protesting = clause.dep_ == "relcl" and clause.head.lemma_.lower() in words.protester_words
        if not (gathering or protesting) or not event.code.startswith(("10", "02")):
            return event
        if not set(event.source.sectors) & grammar_words().crowd_sectors:
            return event  # "ministers gathered in Brussels, calling for unity"
        return replace(
            event, cameo=self.intent.content_code(_DEMONSTRATE, event.code) or _DEMONSTRATE
        )

    def _by_content(self, event: CodedEvent, actions: list[str]) -> CodedEvent:
        for action in actions:
            code = self.intent.content_code(event.code, action)
            if code is not None:
                return replace(event, cameo=code)
        return event

    def _attribution(self, anchor: Token, actors: ActorLookup) -> Actor | None:
        return speaker_of(anchor, actors, self.cues)


def speaker_of(anchor: Token, actors: ActorLookup, cues: StatusCues) -> Actor | None:
    """Who says the clause of ``anchor`` in reported speech ("*police* said ...")."""
    top = governing_path(anchor)[-1]
    if top.dep_ != "ccomp" or top.head.lemma_ not in cues.speech_verbs:
        return None
    speaker = subject_of(top.head)
    found = _acting(tuple(actors.actors_for(speaker))) if speaker is not None else ()
    return found[0] if found else None


def _locative(head: Token) -> bool:
    return head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE_SLOTS


_LOCATIVE_SLOTS = frozenset({"in", "inside"})


def _actors(
    heads: Iterable[Token], actors: ActorLookup, *, owners: bool = True
) -> tuple[Actor, ...]:
    """Actors of argument heads; with ``owners``, a thing stands for its owner."""
    found: list[Actor] = []
    for head in heads:
        own: list[Actor] = []
        for token in expand(head):
            modifier = token.i != head.i and token.head.i == head.i and token.dep_ != "conj"
            if modifier and _covered(head, actors):
                continue  # "Serbian and Kosovar negotiators": the head already names both
            own.extend(actors.actors_for(token) or (_owner(token, actors) if owners else []))
        # "a UN convoy of six trucks": what it counts names no one, the counter does
        found.extend(own or actors.actors_for(head))
    return tuple(found)


def _own_word(event: CodedEvent, cues: StatusCues) -> bool:
    """Whether the source itself says it, as a threat is said: an official of the
    source's (or of no named) country reports it; not a commentator's speculation, nor the
    narrator's ("Brazil could impose sanctions if the talks collapse"), nor a possibility
    that unnamed officials tell ("Israel *could* strike if ..., two officials said")."""
    speaker = event.attribution
    if speaker is not None:
        if speaker.name is None and _possible(event.anchor, cues):
            return False
        return speaker.country in {None, event.source.country}
    top = governing_path(event.anchor)[-1]
    if top.dep_ != "ccomp":
        return False
    subject = subject_of(top.head)
    if subject is None or subject.lemma_.lower() in cues.commentators:
        return False
    return subject.pos_ != "NOUN" or not _possible(event.anchor, cues)  # "..., diplomats said"


def _possible(anchor: Token, cues: StatusCues) -> bool:
    """A possibility told of someone other than the speakers: "Israel *could* strike"; not
    "(the leaders said) *they* could call supporters onto the streets"."""
    if not any(c.dep_ == "aux" and c.lower_ in cues.possibility_aux for c in anchor.children):
        return False
    subject = subject_of(anchor)
    return subject is None or subject.pos_ != "PRON"


def _covered(head: Token, actors: ActorLookup) -> bool:
    """Whether the head's own mention already resolved to several actors."""
    return len(actors.actors_for(head)) > 1


def _counts_people(token: Token) -> bool:
    """A subject that only counts people: "*Tens of thousands* marched", "*Hundreds* rallied"."""
    return token.like_num or token.lemma_.lower() in grammar_words().head_counts


def _happens_here(frame: Frame) -> bool:
    """Whether the sentence reports the agentless event itself, not recalls or names it:
    "were arrested", "protests swept Iran", "after weeks of protests"; not "an aid worker
    *detained* in Tehran", "a ban *on demonstrations*", "the third such *rally*"."""
    trigger = frame.trigger
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        # "an aid worker *detained* in Tehran" recalls; the headline "Opposition leader
        # *charged* with treason" (the participle on the sentence's head noun) reports
        recalled = trigger.dep_ == "acl" and trigger.tag_ == "VBN"
        if trigger.dep_ == "relcl":  # "prisoners *who had been detained* since 2018"
            return False
        return not recalled or trigger.head.dep_ == "ROOT"
    if trigger.i != frame.anchor.i or trigger.dep_ in {"nsubj", "nsubjpass"}:
        return True  # a support verb ("staged a rally") or the subject ("protests erupted")
    framing = framing_preposition(trigger)
    if framing is not None and framing.lower_ in _CIRCUMSTANCE_WORDS:
        return True
    if _reacted_to(trigger) or set_off(trigger) or _harmed_in(trigger) or harmed_by(trigger):
        return True
    if frame.pattern.cameo.startswith(_PROTEST) and _policed(trigger):
        return True
    head = trigger.head
    return trigger.dep_ == "pobj" and head.lower_ == "of" and _stretches(head.head)


def _policed(noun: Token) -> bool:
    """A gathering the police acted on or at: "broke up *a demonstration*", "arrested 500
    people *at a demonstration*", "were killed *in anti-government protests*"."""
    policing = grammar_words().policing_verbs
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"}:
        return head.lemma_.lower() in policing
    scene = noun.dep_ == "pobj" and head.lower_ in _SCENE_PREPOSITIONS
    return scene and head.head.lemma_.lower() in policing


_SCENE_PREPOSITIONS = frozenset({"at", "during", "in"})
_PROTEST = "14"


def _harmed_in(noun: Token) -> bool:
    """ "ten people were killed *in an attack* on a checkpoint": the attack happened, by
    someone the clause does not name (with a named killer, the attack is the killing)."""
    head = noun.head
    verb = head.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "in"
        and verb.lemma_.lower() in grammar_words().harm_verbs
        and not any(child.dep_ in {"nsubj", "agent"} for child in verb.children)
        and not misread_predicate(verb)  # "Gunmen on motorcycles killed 20 in an attack"
    )


def _reacted_to(noun: Token) -> bool:
    """An event that others react to has happened: "protest against *the jailing* of",
    "condemned *the killing* of", "in anger at *the detention* of"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.lemma_.lower() in grammar_words().reaction_words


def _stretches(noun: Token) -> bool:
    """ "a *wave* of arrests", "the *third day* of protests" (as subject or object)."""
    return noun.lemma_.lower() in grammar_words().stretch_nouns


_CIRCUMSTANCE_WORDS = frozenset({"after", "amid", "during", "following", "despite"})


def _viable(draft: _Draft) -> bool:
    """Whether a draft has the roles its pattern needs (before roles are shared)."""
    pattern = draft.frame.pattern
    if not draft.sources and pattern.implicit_source is None:
        return False  # a fallback without anyone acting is no better
    if pattern.reciprocal and len(draft.sources) >= 2:
        return True  # "India and Pakistan traded accusations": each is the other's target
    if not pattern.target_required or draft.targets:
        return True
    if _befell_no_one(draft.frame):
        return True  # "no arrests were made": nobody to name
    return _names_participant(draft.frame.targets, participant_nouns())


def _acting(found: tuple[Actor, ...], cameo: str = "01") -> tuple[Actor, ...]:
    """Actors that can be the source of an event: the press reports and asks, so it makes
    no statement or appeal (roots 01, 02) of its own; journalists who stage a sit-in act."""
    if not cameo.startswith(_REPORTING_ROOTS):
        return found
    return tuple(actor for actor in found if actor.resolved_by != "press")


_REPORTING_ROOTS = ("01", "02")


def _with_implicit_agent(draft: _Draft, actors: ActorLookup) -> _Draft:
    """The unnamed agent of an agentless event: in "Two activists were arrested", police
    (``implicit_source: COP``). The mention is the trigger; localisation adds the country.
    A named source anywhere in the frame, or one shared from an outer event, wins."""
    frame, sector = draft.frame, draft.frame.pattern.implicit_source
    weapons = grammar_words().weapon_words
    # a count of people or a weapon names no one; nor does "they" who marched, of a crowd
    # the text does not name ("members of the Democracy Hub group ... as they marched")
    crowd = sector == _CROWD
    named = [
        token
        for token in frame.sources
        if not _counts_people(token)
        and token.lemma_.lower() not in weapons
        and not (crowd and token.pos_ == "PRON" and not actors.actors_for(token))
    ]
    if draft.sources or named or sector is None or not _happens_here(frame):
        return draft
    if any(_at_leisure(token) for token in frame.sources):
        return draft  # "thousands of runners took to the streets" for a marathon
    # "Nigerian police said no arrests had been made": who would act reports it
    speaker = speaker_of(frame.anchor, actors, load_cues())
    if speaker is not None and sector in speaker.sectors:
        return replace(draft, sources=(speaker,))
    return replace(draft, sources=(implicit_actor(frame.trigger, sector),))


_CROWD = "CVL"


def implicit_actor(trigger: Token, sector: str) -> Actor:
    """An actor the text implies but does not name, of ``sector``, mentioned by the trigger
    (localisation later adds the country where the event happens)."""
    return Actor(
        trigger.text,
        trigger.idx,
        trigger.idx + len(trigger.text),
        code=sector,
        country=None,
        sectors=(sector,),
        resolved_by="implicit",
    )


def _at_home(trigger: Token, country: str, sector: str) -> Actor:
    """The people of ``country`` (``sector``) an event addresses without naming them."""
    return replace(implicit_actor(trigger, sector), code=country + sector, country=country)


def _at_leisure(counted: Token) -> bool:
    """A counted crowd of people at play: "thousands *of runners*", "hundreds of fans"."""
    crowd = look_through(counted)
    return crowd is not counted and crowd.lemma_.lower() in grammar_words().leisure_crowds


def _located_thing(verb: Token) -> list[Token]:
    """Where a thing acted on lies, the phrase hung on the verb: "struck a street *in
    Sumy*"; not where a vehicle "struck *a roadside bomb*" (it was hit)."""
    if verb.pos_ != "VERB" or any(set_off(child) for child in verb.children):
        return []
    return list(prep_objects(verb, ["in"]))


def _country_actors(
    heads: Iterable[Token], places: PlaceLookup, *, units: bool = True
) -> Iterator[Actor]:
    """ "arrived in Tokyo": the country of a destination, as the host of a visit; "struck
    targets *in southern Lebanon*": the country where a struck thing lies."""
    for head in heads:
        # "in *the Kharkiv region*": the place names the head's compound
        unit = head.lemma_.lower() in grammar_words().admin_units
        named = [child for child in head.children if unit and child.dep_ == "compound"]
        located = [head, *named, *prep_objects(head, _LOCATING_PREPOSITIONS)]
        located.append(look_through(head))  # "seized *most of Aleppo*"
        # "a refinery in *Russia's Ryazan* region": the names of a unit it lies in
        located.extend(
            child
            for place in list(located)
            if units and place.lemma_.lower() in grammar_words().admin_units
            for child in place.children
            if child.dep_ in {"compound", "poss"}
        )
        country = next((c for c in map(places.country_at, located) if c is not None), None)
        if country is not None:
            span = head.doc[head.left_edge.i : head.i + 1]
            yield Actor(
                span.text,
                span.start_char,
                span.end_char,
                code=country,
                country=country,
                resolved_by="location",
            )


_OWNER_PREPOSITIONS = ("of", "by", "between", "to", "for", "from")


def _owner(thing: Token, actors: ActorLookup, depth: int = 2) -> list[Actor]:
    """The actor behind a thing: "condemned *North Korea's* launch", "the actions *of
    China*", "remarks *by* Trump", "a memorial *to* Georgian soldiers"; through one more
    thing: "fund the production of drones *for Ukraine's forces*"."""
    if thing.pos_ not in {"NOUN", "PROPN"} or thing.lemma_.lower() in grammar_words().unowned_heads:
        return []
    agents = [actor for agent in prep_objects(thing, ["by"]) for actor in actors.actors_for(agent)]
    if agents:  # "condemned the massacre of villagers *by* the RSF": who did it
        return agents
    owners = [child for child in thing.children if child.dep_ == "poss"]
    owners.extend(prep_objects(thing, _OWNER_PREPOSITIONS))
    for clause in thing.children:  # "positions held by the RSF", "firms linked to Iran"
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            owners.extend(prep_objects(clause, ["by"]))
            if clause.lemma_.lower() in grammar_words().ties:
                owners.extend(prep_objects(clause, ["to", "with"]))
    # "talks between *Somalia and Ethiopia*": every coordinated owner
    owners = [part for owner in owners for part in expand(owner)]
    # "welcomed *their* resumption of ties with X": a pronoun owner refers back to the
    # clause's own actors; the relation behind the thing names the other party first
    pronouns = [owner for owner in owners if owner.pos_ == "PRON"]
    owners = [owner for owner in owners if owner.pos_ != "PRON"]
    found = _named_owners(thing, owners, actors, depth)
    if found or not pronouns:
        return found
    return [actor for owner in pronouns for actor in actors.actors_for(owner)]


def _named_owners(
    thing: Token, owners: list[Token], actors: ActorLookup, depth: int
) -> list[Actor]:
    """Owners named outright, a relation's partner, a national modifier, or the owner of an
    owner, in that order."""
    found = [actor for owner in owners for actor in actors.actors_for(owner)]
    if not found and thing.lemma_.lower() in grammar_words().relational_nouns:
        partners = prep_objects(thing, ["with"])  # "the resumption of ties *with* Gondor"
        found = [actor for partner in partners for actor in actors.actors_for(partner)]
    if found:
        return found
    # "Ukrainian cities", "a Philippine ship": a national modifier names the owner
    national = [child for child in thing.children if child.dep_ in {"amod", "compound", "nmod"}]
    found = [actor for modifier in national for actor in actors.actors_for(modifier)]
    if found or depth <= 1:
        return found
    return [actor for owner in owners for actor in _owner(owner, actors, depth - 1)]


def dyads(draft: _Draft, pattern: Pattern) -> list[tuple[Actor, Actor | None]]:
    """Source-target pairs: one event per dyad, both directions for reciprocal events."""
    sources = _one_reading(_without_bare_twins(draft.sources))
    targets = _one_reading(_most_specific(draft.targets, draft.frame.targets))
    if draft.sources is draft.targets:
        targets = sources
    if not sources and pattern.reciprocal and len(targets) >= 2 and _among(draft.frame):
        sources = targets  # "talks between A and B"
    mutual = pattern.reciprocal or _each_other(draft.frame)  # "accused *each other*"
    if sources is targets or (not targets and mutual and len(sources) >= 2):
        return [(a, b) for a in sources for b in sources if not _same(a, b) and not _one_side(a, b)]
    if not targets and pattern.reciprocal and len(sources) == 1 and _rivals(draft.frame):
        return [(sources[0], sources[0])]  # "rival factions exchanged fire": one actor, both sides
    if not sources and pattern.reciprocal and len(targets) == 1 and _rivals(draft.frame):
        return [(targets[0], targets[0])]  # "clashes between two armed groups"
    pairs: list[tuple[Actor, Actor | None]] = [
        (s, t)
        for s in sources
        for t in targets
        if not _same(s, t) and not _twin(s, t) and not (pattern.reciprocal and _one_side(s, t))
    ]
    if pairs:
        return pairs
    if pattern.abroad and targets:  # "toured evacuation centres, *his* first trip": at home
        return []
    # "expressed optimism about *its* talks": a target that is the source itself is none
    named = targets or _names_participant(draft.frame.targets, participant_nouns())
    named = named or _befell_no_one(draft.frame)
    return [(source, None) for source in sources] if named or not pattern.target_required else []


def _each_other(frame: Frame) -> bool:
    """A target that is the sources themselves, in turn: "*each other*", "*one another*"."""
    return any(
        {head.lower_, *(child.lower_ for child in head.children)} in _RECIPROCALS
        for head in frame.targets
    )


# the words of "each other" and "one another", whichever the parser made the head
_RECIPROCALS = ({"each", "other"}, {"one", "another"})


def _one_reading(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """One actor per mention and country: "Afghanistan's *Taliban administration*" is its
    government (the head's reading, which comes first), not also the Taliban beside it;
    "*Qatari and Egyptian* mediators" are two."""
    readings: dict[tuple[int, int, str | None], list[Actor]] = {}
    for actor in actors:
        readings.setdefault((actor.start, actor.end, actor.country), []).append(actor)
    # an unidentified armed force is the reading of last resort ("Afghan *Taliban* fighters")
    return tuple(
        next((a for a in group if _UNKNOWN_FORCE not in a.sectors), group[0])
        for group in readings.values()
    )


def _without_bare_twins(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """ "India and France ... their ministers": a bare country beside its own sectored actor
    in one role is that actor named twice; beside rebels fighting it, it is the other side."""
    sectored = {
        a.country
        for a in actors
        if a.sectors and a.country and not set(a.sectors) & _CHALLENGER_SECTORS
    }
    kept = tuple(a for a in actors if a.sectors or a.country not in sectored)
    return kept if len(kept) < len(actors) else actors


def _rivals(frame: Frame) -> bool:
    """A plural party of one kind at odds with itself: "*rival* factions clashed", "clashes
    between *two* armed groups"."""
    return any(
        child.lower_ in grammar_words().rival_words
        for party in (*frame.sources, *frame.targets)
        for child in look_through(party).children
    )


def _most_specific(targets: tuple[Actor, ...], heads: Sequence[Token]) -> tuple[Actor, ...]:
    """ "attacked a church in eastern Congo": the church (COD, REL) is the target, and the
    country named as where it stands is no second one. Coordinated targets each stand:
    "appealed to Qatar *and* the World Bank"."""
    conjuncts = [_span(c) for head in heads for c in head.conjuncts if c.i > head.i]
    groups: dict[int, list[Actor]] = {}
    for target in targets:
        where = next((n for n, (a, b) in enumerate(conjuncts) if a <= target.start < b), -1)
        groups.setdefault(where, []).append(target)
    kept = [t for group in groups.values() for t in _specific_in_phrase(group)]
    # "Iran's nuclear facilities and missile factories": the country is its own sites
    specific = {t.country for t in kept if t.sectors and t.country}
    return tuple(t for t in kept if t.sectors or t.country not in specific)


def _span(token: Token) -> tuple[int, int]:
    last = token.doc[token.right_edge.i]
    return token.doc[token.left_edge.i].idx, last.idx + len(last)


def _specific_in_phrase(targets: list[Actor]) -> list[Actor]:
    sectored = [t for t in targets if t.sectors]
    if not sectored:
        return targets
    # a sectored target without a country yet is localised later, most often to that country
    if any(t.country is None for t in sectored):
        return sectored
    specific = {t.country for t in sectored}
    return [t for t in targets if t.sectors or t.country not in specific]


def _among(frame: Frame) -> bool:
    """Targets that are parties to the event with each other: "talks *between* A and B",
    "clashes *among* rival factions", not "talks *with* A and B" (whose source is unsaid)."""
    return any(
        target.head.lower_ in _AMONG_PREPOSITIONS or target.dep_ in {"nsubj", "nsubjpass"}
        for target in frame.targets
    )


_AMONG_PREPOSITIONS = frozenset({"between", "among", "amongst"})


def _both_ways(
    pairs: list[tuple[Actor, Actor | None]],
    cameo: str,
    status: EventStatus,
    frame: Frame,
    *,
    intent: bool = False,
) -> list[tuple[Actor, Actor | None]]:
    """Pairs of a mutual event ("X met Y", "X clashed with Y") in both directions; others
    unchanged. A refusal is one side's ("X refused to meet Y"); a meeting that did not
    take place did not for either ("X did not meet Y", "failed to meet"); so is an intent
    ("intends to hold joint exercises with Australia")."""
    mutual = cameo in mutual_codes() or (frame.pattern.mutual and not intent)
    if not mutual or (status is EventStatus.NEGATED and _refused(frame.anchor)):
        return pairs
    reverse = [(target, source) for source, target in pairs if target is not None]
    return pairs + [pair for pair in reverse if pair not in pairs]


def _refused(anchor: Token) -> bool:
    """ "*refused* to meet", "*declined* to hold talks": one side's refusal."""
    cues = load_cues()
    if anchor.dep_ == "acl" and anchor.head.lemma_.lower() in cues.planning_verbs:
        return True  # "had *no plans* to meet": one side's intent
    if _would_not(anchor):
        return True  # "said it *would not* negotiate with Washington": its own refusal
    return any(t.lemma_.lower() in cues.refusing_verbs for t in governing_path(anchor)[1:])


def _not_to_come(anchor: Token, cues: StatusCues) -> bool:
    """A negated act still to come: "*will not* meet", "*would not* hold talks", "has *no
    plans* to meet"; not one that did not happen ("did not meet")."""
    if anchor.dep_ == "acl" and anchor.head.lemma_.lower() in cues.planning_verbs:
        return True
    auxiliaries = {c.lower_ for c in anchor.children if c.dep_ == "aux"}
    return bool(auxiliaries & (cues.future_aux | _REFUSING_MODALS))


def _would_not(verb: Token) -> bool:
    """ "said Tehran *would not* negotiate with Washington", "Zelensky says *he will not*
    meet Orban": a stance of one side; "China's minister *will not* meet Austin" tells
    that a meeting of both will not take place."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    own_word = verb.dep_ == "ccomp" and subject is not None and subject.pos_ == "PRON"
    return bool(auxiliaries & _REFUSING_MODALS) or (own_word and "will" in auxiliaries)


_REFUSING_MODALS = frozenset({"would", "'d"})


@lru_cache(maxsize=1)
def mutual_codes() -> frozenset[str]:
    """CAMEO codes whose events hold in both directions (package data)."""
    return word_lists("mutual.yaml")["mutual_codes"]


def _befell_no_one(frame: Frame) -> bool:
    """ "No arrests were made", "arrested nobody": an event with no one to name as target."""
    return no_one_affected(frame.trigger, frame.targets, load_cues())


def _names_participant(heads: Sequence[Token], nouns: frozenset[str]) -> bool:
    """A target phrase that names someone we could not resolve ("both delegations"), or
    counts people ("killed *12*", "arrested *dozens*")."""
    return any(
        head.ent_type_ in _PARTICIPANT_ENTITIES
        or head.lemma_.lower() in nouns
        or (head.like_num and head.dep_ in {"dobj", "nsubjpass"} and not _money(head))
        for head in heads
    )


def _thing_given(head: Token, cameo: str) -> bool:
    """ "handed over the first of its F-16 fighter jets to Ukraine": weapons given in aid or
    cooperation are what is given, not whom it is given to."""
    given = look_through(head).lemma_.lower() in grammar_words().weapon_words
    return given and cameo.startswith(_GIVING_ROOTS)


_GIVING_ROOTS = ("06", "07")


def _family(cameo: str) -> str:
    """The root, with assaults, fighting and mass violence (18-20) one family of violence."""
    return _VIOLENT_ROOTS[0] if cameo.startswith(_VIOLENT_ROOTS) else cameo[:2]


def _aimed_at_teller(event: CodedEvent, summary: Token, actors: ActorLookup) -> CodedEvent:
    """The one who told what a noun in apposition sums up, the sentence's subject: "*Macron*
    said ... ground troops could not be ruled out, remarks the Kremlin condemned"."""
    root = summary.sent.root
    subject = subject_of(root) if root.pos_ in {"VERB", "AUX"} else None
    found = actors.actors_for(subject) if subject is not None else []
    found = [actor for actor in found if not _same_party(event.source, actor)]
    return replace(event, target=found[0]) if found else event


def _summing_up(clause: Token) -> bool:
    """A relative clause on a noun that sums up what was told before: "Nicaragua stripped
    94 critics of their citizenship, *a move the UN condemned*"."""
    noun = clause.head
    if clause.dep_ not in {"relcl", "ccomp", "acl"} or noun.pos_ != "NOUN":
        return False
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    first = next(t for t in noun.subtree if not t.is_punct).i  # the parse may own the comma
    set_off = first > 0 and noun.doc[first - 1].text == ","
    told_before = first > noun.sent.start + 1
    return set_off and told_before and (not objects or relative_object(clause))


def _referred_event(
    thing: Token, reaction: CodedEvent, events: list[CodedEvent], patterns: PatternSet
) -> CodedEvent | None:
    """The latest earlier event, in this sentence or the two before, that ``thing`` names
    again: one of its kind ("the attack" after an attack), else (for "the move", "the
    decision") any act by another party."""
    sentences = list(thing.doc.sents)
    first = sentences[max(0, _sentence_index(thing, sentences) - _REFERRING_REACH)].start
    earlier = [
        e
        for e in events
        if first <= e.anchor.i < thing.i
        and e.anchor.i != reaction.anchor.i
        and not _same_party(reaction.source, e.source)
    ]
    roots = {code[:2] for code in noun_codes(thing, patterns)}
    kind = [e for e in earlier if e.code[:2] in roots or (roots and _same_quad(e.code, roots))]
    found = kind if roots else earlier
    return max(found, key=lambda e: e.anchor.i, default=None)


def _sentence_index(token: Token, sentences: list[Span]) -> int:
    return next(
        i for i, sentence in enumerate(sentences) if sentence.start <= token.i < sentence.end
    )


def _quad_root(code: str) -> int:
    root = int(code[:2])
    return next(quad for quad, last in enumerate((5, 8, 13, 20), start=1) if root <= last)


def _same_quad(code: str, roots: set[str]) -> bool:
    """Acts of material conflict name each other: "the launch" after a missile test."""
    return any(_quad_root(code) == _quad_root(root) == _MATERIAL_CONFLICT for root in roots)


_VERBAL_QUADS = frozenset({1, 3})  # quad classes of verbal cooperation and conflict
_MATERIAL_CONFLICT = 4
_REFERRING_REACH = 2  # sentences back in which an act named again is looked for
_DEFINITE = frozenset({"the", "this", "these", "that", "those"})
_REACTION_PREPOSITIONS = ("over", "about", "at", "against")


def _commented_on(event: CodedEvent, actors: ActorLookup) -> CodedEvent:
    """A comment, statement or stance that names no one is aimed at the owner of what it
    is about: "declined to comment on *Poland's* complaint", "studying *the Dutch
    government's* new export rules", "optimistic about peace *with the ELN*"."""
    if event.target is not None or _quad_root(event.code) != _VERBAL_COOPERATION:
        return event
    anchor = event.anchor
    heads = [anchor, *(c for c in anchor.children if c.dep_ in {"xcomp", "acomp"})]
    things = [obj for head in heads for obj in prep_objects(head, _TOPIC_PREPOSITIONS)]
    if anchor.pos_ == "VERB" and event.code.startswith(_COMMENT):
        things += [c for c in anchor.children if c.dep_ == "dobj"]
    found = [
        actor
        for thing in things
        for actor in actors.actors_for(thing) or _owner(thing, actors)
        if not _same_party(event.source, actor)
    ]
    return replace(event, target=found[0]) if found else event


def _intended_for(event: CodedEvent, actors: ActorLookup) -> CodedEvent:
    """An intent that names no one is aimed at whom the intended act is for or against:
    "pledged to fund the production of drones *for Ukraine's forces*", "agreed to let
    inspectors *from the IAEA* return", "pledged to renegotiate the bailout *with the
    IMF*"."""
    if event.target is not None or not event.code.startswith(_INTENT):
        return event
    anchor = event.anchor
    heads = [anchor, *(c for c in anchor.children if c.dep_ == "xcomp")]
    things = [c for head in heads for c in head.children if c.dep_ == "dobj"]
    parties = [obj for head in heads for obj in prep_objects(head, _PARTY_PREPOSITIONS)]
    parties += [obj for thing in things for obj in prep_objects(thing, _PARTY_PREPOSITIONS)]
    owned = [a for thing in things for a in actors.actors_for(thing) or _owner(thing, actors)]
    # what the source's own country owns is its own: "pledged to renegotiate *its* debt"
    found = [a for obj in parties for a in actors.actors_for(obj)]
    found += [a for a in owned if a.country is None or a.country != event.source.country]
    # a force of no named country is the source's own: "agreed to pull back *troops*"
    found = [a for a in found if _named_party(a) and not _same_party(event.source, a)]
    return replace(event, target=found[0]) if found else event


def _investigated(event: CodedEvent, events: list[CodedEvent], actors: ActorLookup) -> CodedEvent:
    """An inquiry that names no one is into whom what it examines is about: "a probe into
    *allegations that the first lady* accepted a handbag", "payments received *by the
    interior minister*", "one of *its* drone strikes"; else into whoever did the act it
    follows ("opened a war crimes investigation *after a Russian missile struck* ...")."""
    if event.target is not None or not event.code.startswith(_INQUIRY):
        return event
    found = [
        actor
        for thing in _examined(event.anchor)
        for actor in _about(thing, events, actors)
        if not _same(event.source, actor)
    ]
    found = found or [a for a in _answered_events(event, events) if _named_party(a)]
    return replace(event, target=found[0]) if found else event


def _examined(anchor: Token) -> list[Token]:
    """What an inquiry examines: "investigation *into* X", "investigating X", "a mission
    *to investigate* X", "investigating *whether* X did"."""
    words = grammar_words()
    heads = [anchor] + [
        clause
        for clause in anchor.children
        if clause.dep_ in {"acl", "relcl", "advcl"} and clause.lemma_.lower() in words.inquiry_verbs
    ]
    things = [obj for head in heads for obj in prep_objects(head, _INQUIRY_PREPOSITIONS)]
    things += [
        c for head in heads if head.pos_ == "VERB" for c in head.children if c.dep_ == "dobj"
    ]
    things += [c for head in heads for c in head.children if c.dep_ == "ccomp"]
    return things


def _about(thing: Token, events: list[CodedEvent], actors: ActorLookup) -> list[Actor]:
    """Whom a thing examined is about: the actor it names, whoever did an act told inside
    it, the subject of the claim it reports ("allegations *that the first lady* ..."), or
    its owner."""
    if found := actors.actors_for(thing):
        return found
    inside = {token.i for token in thing.subtree}
    if found := [e.source for e in events if e.anchor.i in inside and e.anchor.i != thing.i]:
        return found
    clauses = [thing] if thing.dep_ == "ccomp" else []
    clauses += [
        c for c in thing.children if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
    ]
    subjects = [subject_of(clause) for clause in clauses]
    if found := [a for s in subjects if s is not None for a in actors.actors_for(s)]:
        return found
    return _owner(thing, actors)


def _posture_aimed(
    event: CodedEvent, events: list[CodedEvent], actors: ActorLookup, places: PlaceLookup
) -> CodedEvent:
    """A show of force, alert or deployment that names no one is aimed at, in order: whom
    it is "aimed at"; whom it is sent to confront; whoever did the act it answers ("after
    China sent warplanes", "in response to the U.S. naval build-up"); the owner of what it
    answers ("amid fears of retaliation *from Iran*"); the country it is massed near
    ("drills *near Taiwan*", "along the border *with Somalia*")."""
    if event.target is not None or not event.code.startswith(_POSTURE):
        return event
    anchor = event.anchor
    # whom it is aimed at or sent against is named; what it answers must name a party
    found = _aimed_at(anchor, actors) or _confronted(anchor, actors)
    answered = (
        _answered_events(event, events)
        or _answering_subjects(anchor, actors)
        or _answered_owners(anchor, actors)
        or _massed_near(event, actors, places)
    )
    found = found or [actor for actor in answered if _named_party(actor)]
    targets = [actor for actor in found if not _same_party(event.source, actor)]
    return replace(event, target=targets[0]) if targets else event


def _named_party(actor: Actor) -> bool:
    """A country's actor or an international body, not people or forces of no country."""
    return actor.country is not None or actor.code.startswith(_TRANSNATIONAL)


def _aimed_at(anchor: Token, actors: ActorLookup) -> list[Actor]:
    """ "in a show of force *aimed at* Israel"."""
    return [
        actor
        for token in anchor.sent
        if token.lemma_.lower() == "aim" and token.tag_ == "VBN"
        for obj in prep_objects(token, ["at"])
        for actor in actors.actors_for(obj) or _owner(obj, actors)
    ]


def _confronted(anchor: Token, actors: ActorLookup) -> list[Actor]:
    """ "sent troops *to confront ELN guerrillas*": whom the forces are sent against."""
    words = grammar_words().confronting_verbs
    return [
        actor
        for clause in anchor.children
        if clause.dep_ in {"advcl", "xcomp"} and clause.lemma_.lower() in words
        for obj in clause.children
        if obj.dep_ == "dobj"
        for actor in actors.actors_for(obj) or _owner(obj, actors)
    ]


def _answered_events(event: CodedEvent, events: list[CodedEvent]) -> list[Actor]:
    """Whoever did an act told in a clause or phrase the posture answers: "placed its
    forces on alert *after China sent warplanes*"."""
    anchor = event.anchor
    answers = {
        token.i
        for child in anchor.children
        if child.dep_ in {"advcl", "prep"} and _answering(child)
        for token in child.subtree
    }
    return [e.source for e in events if e.anchor.i in answers]


def _answering_subjects(anchor: Token, actors: ActorLookup) -> list[Actor]:
    """Who acts in a clause the posture answers, whatever the act: "on alert *after North
    Korea* notified the coast guard it would launch a satellite"."""
    clauses = [c for c in anchor.children if c.dep_ == "advcl" and _answering(c)]
    subjects = [s for clause in clauses for s in clause.children if s.dep_ in _SUBJECTS]
    return [actor for subject in subjects for actor in actors.actors_for(subject)]


def _answering(child: Token) -> bool:
    """A clause or phrase of cause: "after", "as", "amid", "over", "in response to"."""
    words = grammar_words().answering_links
    if child.dep_ == "prep":
        return child.lower_ in words or (child.lower_ == "in" and _in_response(child))
    return any(c.dep_ == "mark" and c.lower_ in words for c in child.children)


def _in_response(preposition: Token) -> bool:
    return any(obj.lemma_.lower() == "response" for obj in _pobjs(preposition))


def _pobjs(preposition: Token) -> list[Token]:
    return [child for child in preposition.children if child.dep_ == "pobj"]


def _answered_owners(anchor: Token, actors: ActorLookup) -> list[Actor]:
    """The owner of what the posture answers: "amid fears of retaliation *from Iran*",
    "in response to *the U.S.* build-up", "citing the danger of *American* aggression"."""
    things = [
        obj
        for child in anchor.children
        if child.dep_ == "prep" and _answering(child)
        for obj in _pobjs(child)
    ]
    things += [
        obj
        for child in anchor.children
        if child.dep_ == "advcl" and child.lemma_.lower() == "cite"
        for obj in child.children
        if obj.dep_ == "dobj"
    ]
    for thing in things:
        if found := _owner(_responded_to(thing), actors, depth=3):
            return found
    return []


def _responded_to(thing: Token) -> Token:
    """ "in response *to* the build-up": the thing responded to."""
    if thing.lemma_.lower() != "response":
        return thing
    return next(prep_objects(thing, ["to"]), thing)


def _massed_near(event: CodedEvent, actors: ActorLookup, places: PlaceLookup) -> list[Actor]:
    """The other country a posture is massed near: "drills *near Taiwan*", "on alert
    along the border *with Somalia*", "destroyers *toward the Venezuelan coast*"."""
    anchor, words = event.anchor, grammar_words()
    near = [
        obj
        for token in [anchor, *(c for c in anchor.children if c.dep_ in {"dobj", "acl"})]
        for obj in prep_objects(token, words.posture_prepositions)
    ]
    near += [
        obj
        for clause in anchor.children
        if clause.dep_ in {"acl", "advcl"} and clause.lemma_.lower() in words.encircling_verbs
        for obj in clause.children
        if obj.dep_ == "dobj"
    ]
    near = [look_through(obj) for obj in near]
    home = event.source.country
    found = [a for obj in near for a in actors.actors_for(obj) or _owner(obj, actors)]
    found += _country_actors(near, places)
    return [actor for actor in found if actor.country is not None and actor.country != home]


def _answered_parties(anchor: Token, actors: ActorLookup) -> list[Actor]:
    """Whom the force a threat names is used against ("use live ammunition *against
    demonstrators*") or answers ("respond to *any attempt by India*", "to *any Israeli*
    strike")."""
    found: list[Actor] = []
    for token in anchor.subtree:
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            continue
        preposition, governor = token.head.lower_, token.head.head.lemma_.lower()
        if preposition == "against" or (preposition == "to" and governor in _ANSWERS):
            found.extend(actors.actors_for(token) or _owner(token, actors))
    # "warned that *any attempt by India* to divert the river would be treated as war"
    warned = [c for c in anchor.children if c.dep_ == "ccomp"]
    subjects = [s for clause in warned for s in clause.children if s.dep_ in _SUBJECTS]
    found.extend(a for s in subjects if not actors.actors_for(s) for a in _owner(s, actors))
    return found


def _same_party(source: Actor, other: Actor) -> bool:
    """The threatener itself, or a pronoun for it: "would respond if *it* were attacked"."""
    return _same(source, other) or other.code == source.code


_THREAT_ROOT = "13"
_POSTURE = "15"
_COMMENT = "01"
_INTENT = "03"
_PARTY_PREPOSITIONS = ("to", "for", "with", "against")
_VERBAL_COOPERATION = 1
_TOPIC_PREPOSITIONS = ("on", "about", "over")
_INQUIRY = "09"
_INQUIRY_PREPOSITIONS = ("into", "of", "against")
_TRANSNATIONAL = ("IGO", "NGO", "IMG")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ANSWERS = frozenset({"respond", "retaliate", "react", "reply", "answer", "response"})


def _past_threatened_acts(frame: Frame) -> tuple[Token, ...]:
    """ "threatened military *action* against the United States": a threat is aimed at whom
    the threatened act is against, not at the act (nor at whoever would carry it out)."""
    acts = {
        head.head.head.i
        for head in frame.targets
        if head.dep_ == "pobj" and head.head.dep_ == "prep"
    }
    return tuple(head for head in frame.targets if head.i not in acts)


def _money(number: Token) -> bool:
    """An amount of money, not a count of people: "received *$500 million*"."""
    return number.ent_type_ == "MONEY" or any(
        token.tag_ == "$" for token in number.subtree if token.i < number.i
    )


@lru_cache(maxsize=1)
def participant_nouns() -> frozenset[str]:
    """Common nouns naming people, groups or states (package data)."""
    return word_lists("participants.yaml")["participant_nouns"]


def _twin(a: Actor, b: Actor) -> bool:
    """Two mentions of the same unnamed group ("police ... police fired"): no dyad."""
    return a.code == b.code and a.name is None and a.text.lower() == b.text.lower()


def _same(a: Actor, b: Actor) -> bool:
    """The same actor twice: one mention, one named person, or a pronoun that refers back
    to an actor of the same code ("Seoul ... *its* talks")."""
    overlapping = a.start < b.end and b.start < a.end  # "the army and *RSF* paramilitaries"
    # "its", or a thing of its own: "the government ... *its* embassy"
    referring = b.text.lower().split(maxsplit=1)[0] in _BACK_REFERENCES if b.text else False
    if a.code == b.code and (overlapping or referring):
        return True
    return a.name is not None and a.name == b.name


def _one_side(a: Actor, b: Actor) -> bool:
    """A country and its own government, between whom no talks are held: "India and France
    ... talks between *their* defence ministers". A country and the rebels fighting it are
    two sides: "Colombia, ELN resume peace talks"."""
    if a.country is None or a.country != b.country or a.country not in {a.code, b.code}:
        return False
    return not (set(a.sectors) | set(b.sectors)) & _CHALLENGER_SECTORS


_UNKNOWN_FORCE = "UAF"  # unidentified armed forces, the reading of last resort

# Domestic actors who stand against their country's state, and so can face it as a party.
_CHALLENGER_SECTORS = frozenset({"REB", "INS", "SEP", "OPP"})


_BACK_REFERENCES = frozenset({"its", "it", "their", "them", "his", "him", "her", "itself"})


def _others_event(frame: Frame) -> bool:
    """ "offered to host *talks between* Russia and Ukraine": an event with parties of its
    own that is the object of someone else's act."""
    noun = frame.trigger
    if frame.anchor.i != noun.i or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return False
    return any(prep_objects(noun, ["between", "among"]))


def fill_chained_roles(drafts: list[_Draft]) -> list[_Draft]:
    """Nested events share roles: in "X launched an operation that resulted in the capture
    of Y", the capture's missing source is X and the operation's missing target is Y."""
    filled = list(drafts)
    # frames never change here, only roles: each anchor's sentence is found once
    anchor_sentences = [draft.frame.anchor.sent.start for draft in drafts]
    for i, outer in enumerate(filled):
        sentence = outer.frame.trigger.sent.start
        for j, inner in enumerate(filled):
            if i == j or anchor_sentences[j] != sentence:
                continue
            if _claimed(outer, inner) and not inner.sources:  # "claimed the bombing"
                filled[j] = inner = replace(inner, sources=outer.sources)
            elif _governs(outer.frame.trigger, inner.frame.anchor):
                if not inner.sources and outer.sources:
                    filled[j] = inner = replace(inner, sources=outer.sources)
                if not outer.frame.targets and _borrows_targets(outer, inner):
                    filled[i] = outer = replace(outer, targets=inner.targets)
            elif _borrows_targets(outer, inner) and _content_of(outer, inner):
                filled[i] = outer = replace(outer, targets=inner.targets)
    return filled


def _borrows_targets(outer: _Draft, inner: _Draft) -> bool:
    """Whether an event without a target takes the nested event's; not a mutual act of
    several sources, which is among them ("China's premier and Australia's prime minister
    discussed lifting curbs on lobster exports")."""
    among = outer.frame.pattern.reciprocal and len(outer.sources) > 1
    return not outer.targets and bool(inner.targets) and not among


def _claimed(outer: _Draft, inner: _Draft) -> bool:
    """ "X claimed (responsibility for) the bombing": whoever claims an act did it."""
    if outer.frame.pattern.cameo != "015":
        return False
    claim, trigger = outer.frame.trigger, inner.frame.trigger
    if trigger.dep_ == "dobj":
        return trigger.head.i == claim.i
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "for":
        return False
    owner = trigger.head.head  # "responsibility" or the verb itself
    return owner.i == claim.i or owner.head.i == claim.i


def _content_of(outer: _Draft, inner: _Draft) -> bool:
    """``inner`` is what ``outer`` threatens, promises or does it for: "warned that it
    would attack police convoys", "deployed soldiers to support the army"."""
    node = inner.frame.anchor
    for _ in range(3):
        if node.dep_ not in {"ccomp", "xcomp", "advcl"} or node.head.i == node.i:
            return False
        link, node = node.dep_, node.head
        if node.i == outer.frame.trigger.i:  # ", killing four" is a result, not a content
            return link != "advcl" or is_infinitive(inner.frame.anchor)
    return False


def _governs(outer: Token, inner: Token) -> bool:
    """``inner`` hangs on a clause that modifies ``outer`` ("an operation *that resulted
    in* the capture"), without crossing a reported-speech clause."""
    node, through_clause = inner, False
    while node.head.i != node.i and node.i != outer.i:
        if node.dep_ in {"ccomp", "parataxis"}:
            return False
        # the clause must modify the outer trigger itself, not one of its participants
        through_clause = through_clause or (
            node.dep_ in {"relcl", "acl"} and node.head.i == outer.i
        )
        node = node.head
    return node.i == outer.i and inner.i != outer.i and through_clause


def _bare(event: CodedEvent, actors: ActorLookup) -> CodedEvent:
    """A pattern's ``bare_cameo`` when its event has neither a target nor a content code,
    and its "that" clause is about someone else and not foretold: "warned that famine was
    imminent" is a pessimistic comment (012); "warned that it would retaliate" and "warned
    that organisers would be prosecuted" stay threats. Another country's act is no threat
    of the warner's, foretold or not: "Russia may launch an offensive, Kyiv warned"."""
    bare = event.pattern.bare_cameo
    if bare is None:
        return event
    if event.code != event.pattern.cameo:  # a threat of some act: whose act is it?
        return replace(event, cameo=bare) if _others_act(event, actors) else event
    if event.target is not None:
        return event
    if event.source.sectors and set(event.source.sectors) <= _UNARMED:
        return replace(event, cameo=bare)  # "aid workers warn of outbreaks of disease"
    clause = first_child(event.trigger, {"ccomp"})
    if clause is None or _foretold(clause):
        return event
    if first_child(clause, {"expl"}) is not None:  # "warned that there was a risk of famine"
        return replace(event, cameo=bare)
    subject = subject_of(clause)
    if subject is None or subject.pos_ == "PRON":
        return event
    return replace(event, cameo=bare)


def _others_act(event: CodedEvent, actors: ActorLookup) -> bool:
    """Whether the warned-of clause is the act of another country than the warner's."""
    clause = first_child(event.trigger, {"ccomp"})
    if clause is None or is_passive(clause) or event.source.country is None:
        return False
    subject = subject_of(clause)
    doers = actors.actors_for(subject) if subject is not None else []
    return bool(doers) and all(
        doer.country is not None and doer.country != event.source.country for doer in doers
    )


# those who cannot make good on a threat: their warnings are comments
_UNARMED = frozenset({"NGO", "HRI", "HLH", "EDU", "MED", "CVL", "REL", "AGR", "BUS", "LAB"})


def _foretold(verb: Token) -> bool:
    """ "would be prosecuted", "will be targets": a future the warner may bring about."""
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in verb.children)


_FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall"})


def _without_contents(events: list[CodedEvent], frames: Sequence[Frame]) -> list[CodedEvent]:
    """The act an appeal, demand, threat or accusation is about is coded once, in the code
    of that appeal: "urged Iran to release the tanker" is one appeal (0241), not also a
    hypothetical release; so is what an apology is for ("apologised for colonial-era
    atrocities"). What is denied or reported stays an event of its own."""
    holders = {e.trigger.i for e in events if e.code.startswith(_CONTENT_HOLDERS)}
    # "discussed *lifting* the curbs", "talks on *ending* the war": an act a consultation is
    # about; not a thing it names ("discussed the attack") nor its setting ("in a phone call")
    topics = {e.trigger.i for e in events if e.code.startswith(_CONSULT)}
    # "rejected a proposal *to open accession talks*": what was proposed
    rejections = {e.trigger.i for e in events if e.code.startswith(_REJECTIONS)}
    # "opened an investigation into reports that security forces killed dozens": an
    # inquiry's unconfirmed object
    inquiries = {
        i for e in events if e.code.startswith(_INVESTIGATE) for i in (e.trigger.i, e.anchor.i)
    }
    # "apologised *for* colonial-era atrocities": what an apology is for; "sentenced a man
    # *for* murdering a driver", "charged him *with* inciting violence": what a charge is for
    apologies = {e.trigger.i for e in events if e.code.startswith(_APOLOGY)}
    charges = {e.trigger.i for e in events if _judicial(e)}
    # "confident of *reaching* a deal", "saw little chance of *reaching* one": a hope or a
    # doubt about an act still to come
    outlooks = {e.trigger.i for e in events if e.code in _OUTLOOKS}
    # "signed an agreement *to begin repatriating* refugees": what a signed text provides
    signings = {e.trigger.i for e in events if e.code == _SIGNING}
    # "vetoed a new package of EU sanctions": what a veto stops is not done
    vetoes = {e.trigger.i for e in events if e.code.startswith(_DEFIANCE)}
    # "gave Hamas until noon *to free* the hostages or face war": the ultimatum's demand
    holders.update(e.anchor.i for e in events if e.pattern.consequence)
    # "marched ... *calling for* the minister to step down": the call is the protest's demand
    protests = {e.anchor.i for e in events if e.code.startswith(_PROTEST)}
    holders.update(
        f.trigger.i
        for f in frames
        if f.pattern.cameo.startswith(_CONTENT_HOLDERS) and f.anchor.head.i in protests
    )
    return [
        e
        for e in events
        if not _content_of_holder(e, holders)
        and not (
            e.anchor.pos_ == "VERB" and _content_of_holder(e, topics) and not _done_in(e, topics)
        )
        and not (e.status is not EventStatus.ASSERTED and _content_of_holder(e, inquiries))
        and not (_proposed_only(e) and _content_of_holder(e, rejections))
        and not _done_for(e.anchor, apologies, _APOLOGY_PREPOSITIONS)
        and not _done_for(e.anchor, charges, _CHARGE_PREPOSITIONS)
        and not _object_of(e.anchor, vetoes)
        and not (e.code != _SIGNING and _content_of_holder(e, signings))
        and not _dismissed_by_itself(e, events)
        and not (e.anchor.tag_ == "VBG" and _content_of_holder(e, outlooks))
    ]


def _done_in(event: CodedEvent, meetings: set[int]) -> bool:
    """What a call or meeting was held to do is done in it: "telephoned Prabowo *to
    congratulate him*"; not what talks are about ("talks on *ending* the war")."""
    anchor = event.anchor
    return anchor.dep_ == "advcl" and anchor.head.i in meetings and is_infinitive(anchor)


def _dismissed_by_itself(event: CodedEvent, events: list[CodedEvent]) -> bool:
    """ "Moscow called *the accusations* a provocation": the accusations dismissed are no
    accusation by the one who dismisses them."""
    if not event.code.startswith(_DISAPPROVE):
        return False
    return any(
        other.code.startswith(_DENIAL)
        and _object_of(event.trigger, {other.trigger.i})
        and other.source.code == event.source.code
        for other in events
    )


def _object_of(anchor: Token, verbs: set[int]) -> bool:
    """Whether an event noun is the object of one of ``verbs``, or what its object counts
    ("vetoed *a package of* sanctions")."""
    token = anchor
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        token = token.head.head
    return token.dep_ in {"dobj", "nsubjpass"} and token.head.i in verbs


def _proposed_only(event: CodedEvent) -> bool:
    """What a rejected proposal would have done; not the proposal, offer or request itself,
    answered ("rejected Seoul's offer of talks") or expressed ("Turkey's offer to mediate")."""
    return not event.pattern.answered and event.expresser is None


def _done_for(anchor: Token, holders: set[int], prepositions: frozenset[str]) -> bool:
    """Whether the event is what an apology or a charge is for: "asked forgiveness *for the
    killing*", "jailed *for murdering* a driver"."""
    token = anchor
    for _ in range(_MAX_CONTENT_DEPTH):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ == "prep" and token.lower_ in prepositions and head.i in holders:
            return True
        token = head
    return False


def _judicial(event: CodedEvent) -> bool:
    """A charge, sentence or conviction; not an arrest, whose reason happened ("detained 100
    people *for laying flowers*" codes the flowers laid)."""
    lemma = event.trigger.lemma_.lower()
    alleging = lemma in grammar_words().allegation_verbs and lemma not in _ARRESTING
    return event.code.startswith(_ARREST) and alleging


_ARRESTING = frozenset({"arrest", "detain"})
_DEFIANCE = "128"
_OUTLOOKS = frozenset({"012", "013"})  # pessimism and optimism
_APOLOGY_PREPOSITIONS = frozenset({"for"})
_CHARGE_PREPOSITIONS = frozenset({"for", "with", "of", "over"})
_ARREST = "173"


def _content_of_holder(event: CodedEvent, holders: set[int]) -> bool:
    """Whether the event is what an appeal, demand, threat or accusation is about: asked
    for ("urged them *to* find the courage to open negotiations", "called *for* sanctions"),
    or said in a "that" clause and not asserted ("warned that it *would* strike")."""
    token = event.anchor
    asked = False
    for _ in range(_MAX_CONTENT_DEPTH):
        # "demanded that China release them *and return*"; not "urged them to return ...
        # *and expressed* sorrow", a finite verb the parser joined to the infinitive
        first = first_conjunct(token)
        token = first if _same_form(first, token) else token
        head = token.head
        if head.i == token.i:
            return False
        link = _content_link(token)
        if link is None:
            return False
        asked = asked or link == "asked"
        if head.i in holders:
            return asked or event.status is not EventStatus.ASSERTED
        if link == "said":
            return False
        token = head
    return False


_MAX_CONTENT_DEPTH = 6
_BASE_FORMS = frozenset({"VB", "VBP"})  # "that China *release* ... and *return*"


def _same_form(first: Token, other: Token) -> bool:
    return first.tag_ == other.tag_ or {first.tag_, other.tag_} <= _BASE_FORMS


def _content_link(token: Token) -> str | None:
    """How a word hangs on the one above inside what is asked or said: "asked" for an
    infinitive, object or "for" phrase; "said" for a "that" clause; None otherwise."""
    dep = token.dep_
    if dep == "ccomp" and token.tag_ == "VB" and not is_that_clause(token):
        return "asked"  # "help *them fight*", "let them go": a bare infinitive clause
    if dep == "ccomp":
        return "said"
    if dep == "prep" and token.lower_ in grammar_words().cause_prepositions:
        return None  # "vowed revenge *over* the strikes": the strikes took place
    if dep in {"xcomp", "dobj", "pobj", "prep", "pcomp"}:
        return "asked"
    marks = {c.lower_ for c in token.children if c.dep_ in {"aux", "mark"}}
    if dep in {"acl", "advcl"} and marks & {"to", "for"}:
        return "asked"
    if dep == "acl" and is_that_clause(token):  # "Kyiv's demand *that* Moscow return ..."
        return "asked"
    return None


def _demand_clause(event: CodedEvent) -> bool:
    """A demand, appeal, rejection or denunciation told as the purpose or manner of a protest
    ("marched, demanding", "rallied to demand", "took to the streets, urging", "marched,
    rejecting", "gathered to denounce")."""
    clause = first_conjunct(event.anchor)
    voiced = event.code.startswith(("10", "02", "12", "111"))  # "rallied *to denounce* ..."
    purpose = clause.dep_ in {"acl", "relcl"} and is_infinitive(clause)  # "a strike *to press*"
    return voiced and (clause.dep_ in {"advcl", "xcomp"} or purpose)


_VIOLENT_ROOTS = ("18", "19", "20")
_DAMAGE = "171"  # seizing or destroying property
_ASKING = ("02", "10")  # appeals and demands
_DEMONSTRATE = "141"
_COMPLAINT = "114"
_STATE_NAMES = frozenset({"country", "metonym"})  # "Japan", "Tehran"
_UNREST = ("145", "175")  # riots and repression: violence at a protest


_DEPLOYMENTS = frozenset({"153", "154"})
_DESTINATION_PREPOSITIONS = ("to", "in")
_HOST_SECTORS = frozenset({"GOV"})  # a country or its government receives them
_PROTECTION = "074"


def _without_second_trips(events: list[CodedEvent]) -> list[CodedEvent]:
    """ "will visit Washington on Thursday, *in his third trip* to the United States",
    "will travel to Beijing, becoming the first leader *to visit* China in seven years": one
    visit of one sentence, told twice, whatever status or name the second telling gives."""
    seen: set[tuple[int, str | None, str | None]] = set()
    kept = []
    for event in sorted(events, key=lambda e: e.trigger.i):
        if event.code != _VISIT or event.target is None:
            kept.append(event)
            continue
        key = (event.trigger.sent.start, event.source.country, event.target.country)
        if key not in seen or None in key[1:]:
            seen.add(key)
            kept.append(event)
    return kept


_VISIT = "042"


def _without_purposes(events: list[CodedEvent]) -> list[CodedEvent]:
    """ "summoned Turkey's envoy *to protest* ...": a purpose that names the act it is the
    purpose of (one complaint, 114) is that act."""
    done = {(e.anchor.i, e.code, e.source.code) for e in events}
    return [
        e
        for e in events
        if not (
            e.anchor.dep_ in {"advcl", "xcomp"}
            and is_infinitive(e.anchor)
            and (e.anchor.head.i, e.code, e.source.code) in done
        )
    ]


def _without_restated(events: list[CodedEvent]) -> list[CodedEvent]:
    """ "agreed to a ceasefire, *ending* five days of fighting": a participle clause that
    tells an event of the same root again (by the patterns' own codes, before an intent
    makes the ceasefire 0357) is that event; one on a signing tells what the signed text
    does."""
    roots: dict[int, set[str]] = {}
    for event in events:
        roots.setdefault(event.anchor.i, set()).add(event.pattern.cameo[:2])
    # "signed a trade deal, *removing* tariffs on ...": what the signed deal does
    signings = {e.anchor.i for e in events if e.pattern.cameo == _SIGNING}
    # "denied shelling the town, *calling the reports baseless*": how the denial was made
    denials = {e.anchor.i for e in events if e.code.startswith(_REJECT)}
    # "appealed for debt relief, *warning that* the economy could not recover": the reason
    # given, not a warning of its own
    told = {e.anchor.i for e in events if e.code != _WARNING}
    # "freed a kidnapped officer, *handing him over* to the Red Cross": how he was freed
    releases = {e.anchor.i for e in events if e.code.startswith(_RELEASE)}
    # "fired two missiles at a tanker, *setting it ablaze*": what the attack did
    attacks = {e.anchor.i for e in events if e.code.startswith(_VIOLENT_ROOTS)}
    # "*fired* warning shots at the ship": the support verb of a show of force attacks no one
    shows = {
        e.anchor.i for e in events if e.code.startswith(_POSTURE) and e.trigger.i != e.anchor.i
    }
    # "urged both sides to resume talks, *warning that* renewed fighting would ...": why
    # they appeal, no threat to anyone
    appeals = {e.anchor.i for e in events if e.code.startswith(_ASKING)}
    return [
        e
        for e in events
        if not (
            _result_clause(e.anchor, set(roots)) and e.pattern.cameo[:2] in roots[e.anchor.head.i]
        )
        and not _result_clause(e.anchor, signings)
        and not (e.code.startswith(_DISAPPROVE) and _dismissal(_clause_of(e), denials))
        and not (e.code == _WARNING and _result_clause(e.anchor, told))
        and not (e.code.startswith(_HANDOVER) and _result_clause(e.anchor, releases))
        and not (_damage_told(e) and _result_clause(e.anchor, attacks))
        and not (e.code.startswith(_VIOLENT_ROOTS) and e.trigger.i in shows)
        and not (_warning_why(e) and _result_clause(e.anchor, appeals))
    ]


def _warning_why(event: CodedEvent) -> bool:
    """A warning that threatens no one, the reason an appeal gives: "warning that *the
    window* for a deal was closing"; not "warning that *it* would retaliate" nor "warning
    *of* fresh protests", the speaker's own acts."""
    warns = event.trigger.lemma_.lower() == "warn"
    if not (event.code.startswith(_THREATS) and event.target is None and warns):
        return False
    told = [c for c in event.trigger.children if c.dep_ == "ccomp"]
    subjects = [s for clause in told for s in clause.children if s.dep_ in _SUBJECTS]
    return bool(subjects) and not any(s.pos_ == "PRON" for s in subjects)


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _damage_told(event: CodedEvent) -> bool:
    """Damage done to what was struck ("setting *it* ablaze"), not new acts against other
    things ("torching cars and homes"); "it" may be a small clause's subject."""
    told = any(t.pos_ == "PRON" and t.dep_ in _OBJECT_DEPS for t in event.anchor.subtree)
    return event.code.startswith(_DAMAGE) and told


_OBJECT_DEPS = frozenset({"dobj", "nsubj"})


def _dismissal(clause: Token, denials: set[int]) -> bool:
    """ "denied ..., *calling the reports baseless*": a denial's dismissal of what is said,
    not a criticism of its own ("rebuffed calls ..., *accusing* spies of ..." is one)."""
    said = {c.lemma_.lower() for c in clause.children if c.dep_ == "dobj"}
    return bool(said & load_cues().hearsay_nouns) and _manner_of(clause, denials)


def _manner_of(clause: Token, denials: set[int]) -> bool:
    """A participle clause on a denial, or on the clause it denies (where the parser hangs
    it): "denied *that* its artillery had shelled ..., *calling* the reports baseless"."""
    if _result_clause(clause, denials):
        return True
    denied = clause.head
    return (
        _result_clause(clause, {denied.i}) and denied.dep_ == "ccomp" and denied.head.i in denials
    )


def _accidental(event: CodedEvent) -> bool:
    """ "A bus carrying pilgrims *plunged* into a ravine, *killing* 23 people": deaths an
    accident told before them caused are no attack."""
    anchor = event.anchor
    if not event.code.startswith(_VIOLENT_ROOTS) or anchor.tag_ != "VBG":
        return False
    return any(
        token.lemma_.lower() in grammar_words().accident_verbs and not _weapon_strike(token)
        for token in anchor.sent
        if token.i < anchor.i and token.pos_ == "VERB"
    )


def _weapon_strike(verb: Token) -> bool:
    """ "a drone *crashed into* a block": a weapon that hits something attacks it."""
    weapons = grammar_words().weapon_words
    armed = any(c.dep_ == "nsubj" and c.lemma_.lower() in weapons for c in verb.children)
    return armed and any(c.dep_ == "prep" and c.lower_ in {"into", "onto"} for c in verb.children)


def _any_such(event: CodedEvent) -> bool:
    """ "*any attack* on its facilities would trigger a response", "*any attempt* to seize
    the port": an act supposed of anyone is no event (one denied is: "denied any role")."""
    if event.status not in {EventStatus.HYPOTHETICAL, EventStatus.PLANNED}:
        return False
    token = event.trigger
    for _ in range(_MAX_CONTENT_DEPTH):
        if token.pos_ in {"NOUN", "PROPN"} and any(
            child.dep_ == "det" and child.lower_ == "any" for child in token.children
        ):
            return True
        if token.dep_ not in {"acl", "xcomp"} or token.head.i == token.i:
            return False
        token = token.head  # "any attempt *to seize* the port"
    return False


def _clause_of(event: CodedEvent) -> Token:
    """The verb of an event's clause: its anchor, or the verb an event noun hangs on."""
    anchor = event.anchor
    return anchor.head if anchor.pos_ in {"NOUN", "PROPN"} and anchor.dep_ == "dobj" else anchor


_SIGNING = "057"
_KILLING = ("18", "190")  # "killed" codes 18x, or 190 when fighters die
_FIGHT = "19"
_FIGHT_PREPOSITIONS = ("in", "during")  # "killed 12 *in a gun battle*"
_REJECT, _DISAPPROVE, _DENIAL = "12", "11", "127"
_WARNING = "012"  # a warning of what others or events may bring
_RELEASE, _HANDOVER = "0841", "06"


def _without_consequences(events: list[CodedEvent]) -> list[CodedEvent]:
    """ "Missiles struck Kyiv, *killing* four civilians": the killing is what the strike
    did, one event told twice; the participle clause is dropped. So is an agentless
    casualty of a named fight: "two soldiers were killed *in a gunfight*", and a killing
    whose subject is the attack itself: "a drone strike *killed* three"."""
    violent = {e.anchor.i for e in events if _violent(e)}
    triggers = {e.trigger.i for e in events if _violent(e)}
    aimed = {e.trigger.i for e in events if _violent(e) and e.target is not None}
    kept = [
        e
        for e in events
        if not (
            _violent(e)
            and (
                _result_clause(e.anchor, violent)
                or _further_harm(e.anchor, violent)
                or _casualty_of(e, triggers - {e.trigger.i})
                or _done_by_event(e, aimed - {e.trigger.i})
            )
        )
    ]
    return [_aimed_by_result(e, events) for e in kept]


def _aimed_by_result(event: CodedEvent, events: list[CodedEvent]) -> CodedEvent:
    """ "A gunman opened fire at a rally in Butler, *wounding Donald Trump*": an attack
    that names only where it happened is aimed at the state or political actor its result
    clause harms; one that names no one at all, at whomever it harms ("struck a market,
    *killing 16 people*")."""
    if not _violent(event) or (event.target and event.target.resolved_by != "location"):
        return event
    results = (
        e
        for e in events
        if _violent(e)
        and e.target is not None
        and (_political(e.target) or event.target is None)
        and _result_clause(e.anchor, {event.anchor.i})
    )
    result = next(results, None)
    return replace(event, target=result.target) if result is not None else event


def _further_harm(anchor: Token, heads: set[int]) -> bool:
    """ "killed two children *and wounded* their mother", "mines that *wounded* soldiers":
    more harm done by the same act, a conjoined or relative clause of it."""
    wounding = anchor.lemma_.lower() in grammar_words().wounding_verbs
    return wounding and (
        anchor.dep_ == "relcl" or (anchor.dep_ == "conj" and anchor.head.i in heads)
    )


def _political(actor: Actor) -> bool:
    """A named state or political actor, not people at large nor a place."""
    return actor.country is not None and bool(set(actor.sectors) - _PEOPLE_AT_LARGE)


_PEOPLE_AT_LARGE = frozenset({"CVL", "UAF", "REF"})


def _done_by_event(event: CodedEvent, triggers: set[int]) -> bool:
    """A harm whose subject is another violent event with a target of its own: "a drone
    strike on a PKK base *killed* three"."""
    subject = subject_of(event.anchor) if event.anchor.pos_ in {"VERB", "AUX"} else None
    return subject is not None and subject.i in triggers


def _casualty_of(event: CodedEvent, triggers: set[int]) -> bool:
    """An agentless killing "in" or "during" another violent event of the sentence, or
    "when" one happened: "were killed *when their vehicle struck a roadside bomb*"."""
    if event.source.resolved_by != "implicit":
        return False
    children = list(event.anchor.children)
    during = any(
        obj.i in triggers
        for prep in children
        if prep.dep_ == "prep" and prep.lower_ in {"in", "during"}
        for obj in prep.children
        if obj.dep_ == "pobj"
    )
    when = any(
        token.i in triggers
        for clause in children
        if clause.dep_ == "advcl"
        for token in clause.subtree
    )
    return during or when


# Threats, demands and appeals whose conditions are their content ("unless X pays")
_CONDITIONAL_CONTENT = ("13", "10", "02")
_THREAT = "130"  # the general threat, coded by its content (threats.yaml)
_THREATS = "13"
# appeals, demands, threats and accusations: the act they are about is in their code
_CONTENT_HOLDERS = ("02", "10", "13", "112")
# rejected proposals: "rejected a proposal *to open accession talks*" (the talks are what
# was proposed); the proposal, offer or request itself stays its owner's event
_REJECTIONS = ("121", "124", "125")
_APOLOGY = "055"
_INVESTIGATE = "09"


def _without_scenes(events: list[CodedEvent], violent: Sequence[Frame]) -> list[CodedEvent]:
    """ "A gunman opened fire *at a campaign rally*": the rally is where the attack
    happened, not a protest by the gunman (whether or not the attack is coded)."""
    anchors = {f.anchor.i for f in violent} | {f.trigger.i for f in violent}
    # a protest by the people the text implies stays ("killed in anti-government protests")
    return [
        e
        for e in events
        if not (e.code.startswith(_PROTEST) and _scene_of(e.trigger, anchors))
        or e.source.resolved_by == "implicit"
    ]


def _scene_of(noun: Token, anchors: set[int]) -> bool:
    """A noun in a place phrase ("at/during/in ...") of one of the ``anchors``."""
    if noun.dep_ != "pobj" or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    governor = noun.head.head
    return governor.i in anchors or governor.head.i in anchors


def _violent(event: CodedEvent) -> bool:
    return event.code.startswith(_VIOLENT_ROOTS)


def _result_clause(anchor: Token, heads: set[int]) -> bool:
    """A participle clause on one of the ``heads``: ", killing four", ", wounding 12"."""
    return anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and anchor.head.i in heads


def _without_told_demands(events: list[CodedEvent]) -> list[CodedEvent]:
    """ "demanded that Caracas take back migrants *or face* penalties" is the demand; the
    consequence makes an ultimatum (139) only of a deadline given ("gave Hamas until noon to
    free the hostages or face war")."""
    demands = {e.trigger.i for e in events if e.code.startswith(_DEMAND)}
    return [e for e in events if not (e.pattern.consequence and e.anchor.i in demands)]


_DEMAND = "10"


def _without_bare_intents(events: list[CodedEvent]) -> list[CodedEvent]:
    """ "agreed to hold talks" is one 036 event: drop the generic 030 of "agreed"."""
    expressed = {e.expresser.i for e in events if e.expresser is not None}
    return [e for e in events if not (e.pattern.cameo == "030" and e.trigger.i in expressed)]


def _without_retold(events: list[CodedEvent]) -> list[CodedEvent]:
    """Events told again in a later sentence.

    - "Ruto held talks with Abiy in Addis Ababa. *The two leaders discussed* a highway",
      "Li will visit Australia. He will *tour* a plant in Perth", "Ishiba will meet Trump.
      It will be *the two leaders' first meeting*": a later mention of a meeting (held or
      planned) or visit the same pair already had, plainer (040) or of the same kind, is that
      meeting told again; so is a plain one after another in the same sentence ("In a phone
      call, the two premiers discussed ...", "met on Monday and discussed trade").
    - "Thousands marched through Dakar. Police fired tear gas to break up *the march*": a
      protest by no one named, referred back to, is the protest told before.
    """
    held: dict[tuple[frozenset[str], EventStatus], tuple[int, set[str], set[int]]] = {}
    protests = [e.trigger.sent.start for e in events if e.code.startswith(_PROTEST)]
    told = {
        family: {e.trigger.i for e in events if e.code.startswith(family)} for family in _TOLD_ONCE
    }
    # "is due to visit Bangladesh ..., *in his first trip*": the same act without its target
    aimed = {(e.trigger.sent.start, e.code, e.source.code) for e in events if e.target is not None}
    kept: list[CodedEvent] = []
    for event in sorted(events, key=lambda e: e.trigger.i):
        if _referred_back(event, protests) or _named_again(event, told):
            continue
        if (
            event.target is None
            and (event.trigger.sent.start, event.code, event.source.code) in aimed
        ):
            continue
        if event.target is None or not event.code.startswith(_MEETINGS):
            kept.append(event)
            continue
        # either way round: "Lula received his Argentine counterpart. The two discussed ..."
        pair = (frozenset({_party(event.source), _party(event.target)}), event.status)
        # "the two leaders' first meeting" names no one: the pair by their codes
        by_code = (frozenset({event.source.code, event.target.code}), event.status)
        unnamed = not (event.source.name and event.target.name)
        record = held.get(by_code) if unnamed and pair not in held else None
        sentence, codes, triggers = record or held.setdefault(
            pair, (event.trigger.sent.start, set(), set())
        )
        held.setdefault(by_code, (sentence, codes, triggers))
        retold = sentence < event.trigger.sent.start
        plain = event.code == _PLAIN_CONSULT
        if retold and (plain or event.code in codes):
            continue
        # "In a phone call, the two premiers *discussed* ...": the same meeting, plainer
        if plain and not retold and triggers - {event.trigger.i}:
            continue
        codes.add(event.code)
        triggers.add(event.trigger.i)
        kept.append(event)
    return kept


_CONSULT, _PLAIN_CONSULT = "04", "040"
_MEETINGS = (_CONSULT, "036")  # held, or planned ("will meet": 036)


def _named_again(event: CodedEvent, told: dict[str, set[int]]) -> bool:
    """A meeting or protest noun in a phrase of the verb that tells it: "met in Almaty *for
    their first direct talks*", "rallied outside parliament *for the 350th night of
    protests*"."""
    family = next((f for f in _TOLD_ONCE if event.code.startswith(f)), None)
    if family is None or event.trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    others = told[family] - {event.trigger.i}
    token = event.trigger
    for _ in range(_MAX_PHRASE_LINKS):
        if token.dep_ not in {"pobj", "prep"} or token.head.i == token.i:
            return False
        if token.dep_ == "prep" and token.lower_ not in {"for", "of"}:
            return False  # "clashed with police *during* a march": the march is its own
        token = token.head
        if token.i in others:
            return True
    return False


_TOLD_ONCE = (*_MEETINGS, _PROTEST)  # held or planned ("due to meet ... for talks")
_MAX_PHRASE_LINKS = 5


def _referred_back(event: CodedEvent, protests: list[int]) -> bool:
    """An implied protesters' protest named with "the" after a protest told earlier."""
    if not event.code.startswith(_PROTEST) or event.source.resolved_by != "implicit":
        return False
    definite = any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in event.trigger.children
    )
    return definite and any(start < event.trigger.sent.start for start in protests)


def _party(actor: Actor) -> str:
    """A person or body by name (Japan's foreign minister is not its prime minister); a
    country by its code, however the text names or places it."""
    return actor.name if actor.name and actor.sectors else actor.code


def _acted_on(trigger: Token) -> Token | None:
    """What a trigger acts on: its object ("attacked *three villages*"), or what an event
    noun is on ("an attack *on a church*")."""
    obj = first_child(trigger, {"dobj"})
    if obj is None and trigger.pos_ in {"NOUN", "PROPN"}:
        obj = next(prep_objects(trigger, ["on", "against"]), None)
    return look_through(obj) if obj is not None else None


def _told(bare: CodedEvent, aimed: CodedEvent) -> bool:
    """Whether an event without a target is one with a target told in the same sentence:
    same root, status and source, or the source's country named bare in one of them."""
    if bare.trigger.sent.start != aimed.trigger.sent.start or bare.status is not aimed.status:
        return False
    # "arrested 22 fishermen *and seized* three trawlers": two coercive measures
    same = _unique_code(bare.code) == _unique_code(aimed.code)
    same_kind = same or _EXERCISES.get(bare.code) == aimed.code
    if not same_kind:
        return False
    one, other = bare.source, aimed.source
    if one.code == other.code:
        return True
    return (
        one.country is not None
        and one.country == other.country
        and not (one.sectors and other.sectors)
    )


# "opened the joint African Lion exercise ..., *in drills* involving 8,000 troops": drills
# without a partner are the joint exercise told again
_EXERCISES = {"150": "062"}


def _unique_code(cameo: str) -> str:
    """What makes two events of one dyad in one sentence two: the root, but for coercion the
    code ("declared a state of emergency *and imposed a curfew*" are two measures)."""
    return cameo if cameo.startswith(_COERCE) else cameo[:2]


_COERCE = "17"


def _unique(events: list[CodedEvent]) -> list[CodedEvent]:
    """One event per sentence, CAMEO root, dyad and status: "Maduro and his wife" are one
    VENGOV target, "launched drones and missiles" one attack, and "troops clashed ... in the
    fiercest fighting" one clash, told twice."""
    seen: set[tuple[int, str, str, str | None, EventStatus]] = set()
    unique: list[CodedEvent] = []
    aimed = [e for e in events if e.target is not None]
    # "An Israeli air strike killed seven aid workers": the strike without a target is
    # the same event as the killing with one; "Saudi Arabia hosted talks between A and B,
    # with its foreign minister acting as mediator" is one mediation by the Saudis
    events = [e for e in events if e.target is not None or not any(_told(e, a) for a in aimed)]
    for event in sorted(events, key=lambda e: e.trigger.i):
        key = (
            event.trigger.sent.start,
            _unique_code(event.code),
            event.source.code,
            event.target.code if event.target else None,
            event.status,
        )
        if key not in seen:
            seen.add(key)
            unique.append(event)
    return unique
