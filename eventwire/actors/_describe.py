"""From a noun phrase's lexical facts to actor descriptions (code, country, sectors ...).

The country of a phrase comes from its own modifiers ("Japanese", "US", "Japan's"),
else from an affiliation complement ("of France") or an apposition ("commander of the
US Indo-Pacific Command"), read recursively to a small depth.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from eventwire.actors._lexicon import CommonEntry, Lexicon, ProperEntry
from eventwire.actors._noun_phrase import AFFILIATED_HEAD, NounPhrase, analyse, title_case

MAX_DEPTH = 3
_NATIONAL_OWNERS = frozenset({"country", "metonym"})
_PARTY_PREPOSITIONS = frozenset({"between", "among"})


@dataclass(frozen=True, slots=True)
class Description:
    """An actor without its mention: what the code, country and sectors are."""

    code: str
    country: str | None
    sectors: tuple[str, ...]
    name: str | None
    title: str | None
    resolved_by: str


@dataclass(frozen=True, slots=True)
class Reading:
    """A noun phrase and the actors it denotes.

    ``kind`` says what later pronouns may refer back to it: person, group, thing, or
    none/nonactor for phrases that are no actor.
    """

    phrase: NounPhrase
    descriptions: tuple[Description, ...]
    kind: str


_PEOPLE = "CVL"


def _counted(head: Token, count_nouns: frozenset[str]) -> bool:
    """A nationality counted as people: "*thousands of* Georgians", "*800,000* Afghans"."""
    if any(child.dep_ == "nummod" and child.like_num for child in head.children):
        return True
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    count = head.head.head
    return count.like_num or count.lemma_.lower() in count_nouns


@dataclass(frozen=True, slots=True)
class Describer:
    lexicon: Lexicon

    def read(self, head: Token, depth: int = 0) -> Reading:
        """Describe the noun phrase headed by ``head`` from its own words and complements."""
        phrase = analyse(head, self.lexicon)
        if phrase.is_outlet or _is_nonactor(phrase) or self._is_anonymous(head):
            return Reading(phrase, (), "nonactor")
        if phrase.head_proper is not None and phrase.head_proper.kind == "person":
            return self._figure(phrase, phrase.head_proper, depth)
        if phrase.head_proper is not None:
            return self._proper(phrase, phrase.head_proper)
        if phrase.person_name is not None:
            return self._person(phrase, depth)
        if phrase.head_role is not None:
            return self._role(phrase, phrase.head_role, depth)
        if head.lemma_.lower() in self.lexicon.grammar.sector_taking_heads:
            return self._role(phrase, AFFILIATED_HEAD, depth)  # "the head of the AU"
        if head.pos_ == "PROPN":
            return self._owned_name(phrase, head, depth)
        return Reading(phrase, (), "none")

    def _owned_name(self, phrase: NounPhrase, head: Token, depth: int) -> Reading:
        """A name the tables do not know, owned by a country: "*Japan's* Inpex", "*Brazil's*
        Petrobras" belong to that country, with no sector the text gives."""
        if depth >= MAX_DEPTH:
            return Reading(phrase, (), "none")
        for owner in head.children:
            if owner.dep_ != "poss" or owner.pos_ != "PROPN":
                continue
            for found in self.read(owner, depth + 1).descriptions[:1]:
                if found.country is not None and found.resolved_by in _NATIONAL_OWNERS:
                    country = found.country
                    owned = Description(country, country, (), head.text, None, "affiliation")
                    return Reading(phrase, (owned,), "group")
        return Reading(phrase, (), "none")

    def may_describe(self, head: Token) -> bool:
        """A cheap test: False when no word of the phrase can name an actor.

        Most noun phrases ("the talks", "last week") hold no table word; they need no
        analysis, and :meth:`read` would describe nothing for them.
        """
        if head.dep_ == "compound" and self._inside_longer_role(head):
            return False  # "fighter" in "F-16 *fighter* jets"
        if head.pos_ == "PROPN" or head.lemma_.lower() in self.lexicon.grammar.sector_taking_heads:
            return True
        lexicon = self.lexicon
        return lexicon.may_match(head) or any(
            lexicon.may_match(token) for child in head.lefts for token in child.subtree
        )

    def _inside_longer_role(self, word: Token) -> bool:
        """A noun that begins a longer role phrase with the thing it modifies ("*fighter*
        jets"): it names no actor of its own, as "rebel" in "rebel positions" does."""
        head = word.head
        if head.i != word.i + 1 or head.lemma_.lower() not in self.lexicon.grammar.owned_heads:
            return False
        matches = self.lexicon.common_matches([word, head])
        return any(m.start == 0 and m.end == 2 for m in matches)

    def _is_anonymous(self, head: Token) -> bool:
        """'officials familiar with the talks', 'a source speaking on condition of anonymity'."""
        markers = self.lexicon.grammar.anonymity_markers
        return any(t.lower_ in markers for child in head.rights for t in child.subtree)

    def read_name(self, name: Span, entry: ProperEntry) -> Reading:
        """The reading of a whole proper name that runs past its head ("the Organization
        of American States")."""
        phrase = replace(
            analyse(name.root, self.lexicon),
            text=name.text,
            start=name.start_char,
            end=name.end_char,
            head_proper=entry,
        )
        return self._proper(phrase, entry)

    def _proper(self, phrase: NounPhrase, entry: ProperEntry) -> Reading:
        if entry.kind in ("country", "demonym"):
            counts = self.lexicon.grammar.count_nouns
            if entry.kind == "demonym" and _counted(
                phrase.head, counts
            ):  # "thousands of Georgians"
                code = (entry.country or "") + _PEOPLE
                found = Description(code, entry.country, (_PEOPLE,), entry.name, None, "demonym")
                return Reading(phrase, (found,), "group")
            by = _by_origin(entry, entry.kind)
            found = Description(entry.code, entry.country, (), entry.name, None, by)
            return Reading(phrase, (found,), "group" if phrase.is_plural else "thing")
        if entry.kind == "capital":
            if self._is_place(phrase.head):
                return Reading(phrase, (), "none")
            found = Description(entry.code, entry.country, entry.sectors, None, None, "metonym")
            return Reading(phrase, (found,), "thing")
        if entry.kind == "region":
            if self._is_place(phrase.head):
                return Reading(phrase, (), "none")
            found = Description(entry.code, None, (), entry.name, None, "region")
            return Reading(phrase, (found,), "group" if phrase.is_plural else "thing")
        if entry.kind == "person":
            title = phrase.title
            found = Description(
                entry.code, entry.country, entry.sectors, entry.name, title, "person"
            )
            return Reading(phrase, (found,), "person")
        by = _by_origin(entry, "organisation")
        found = Description(entry.code, entry.country, entry.sectors, entry.name, None, by)
        return Reading(phrase, (found,), "group")

    def _is_place(self, head: Token) -> bool:
        """A capital or region named as a location rather than as an actor.

        Locative prepositions ("in", "at", "near") always make a place; directional ones
        ("to", "from") only after a word of motion ("flew to Paris", "a visit to Tokyo"),
        not after one of address ("appealed to Tehran", "a letter from Washington").
        A capital tagged as a person, or inside a longer name, is no actor either.
        """
        if _in_longer_name(head) or head.dep_ == "compound":
            return True  # a name ("Washington Irving") or part of one ("Washington Post")
        while head.dep_ == "conj" and head.head is not head:
            head = head.head  # "to Los Angeles and then Washington"
        if head.dep_ != "pobj":
            return False
        grammar, preposition = self.lexicon.grammar, head.head
        if preposition.lower_ in _PARTY_PREPOSITIONS:  # "talks *between* Kabul and Islamabad"
            return preposition.head.lemma_.lower() in grammar.spatial_between_heads
        if preposition.lower_ in grammar.locative_prepositions:
            return True
        if preposition.lower_ not in grammar.directional_prepositions:
            return False
        return preposition.head.lemma_.lower() in grammar.motion_words

    def _role(self, phrase: NounPhrase, role: CommonEntry, depth: int) -> Reading:
        if role.kind == "modifier":
            return Reading(phrase, (), "none")
        title = _title_of(phrase) if role.kind == "title" else None
        name = phrase.text if role.kind == "body" and phrase.head.pos_ == "PROPN" else None
        by = {"body": "organisation", "press": "press"}.get(role.kind, "title")
        kind = "group" if phrase.is_plural or role.kind == "body" else "person"
        if role.kind == "press":
            kind = "none"  # no antecedent: "a reporter asked him ... he said" is not the reporter
        affiliations = (
            phrase.affiliations
            or self._complement_affiliations(phrase.head, depth)
            or self._serving_place(phrase.head, depth)
        )
        if self._follows_state(phrase.head, affiliations):
            # "supporters of the former prime minister": civilians of his country, if known
            country = affiliations[0].country
            code = (country or "") + role.sectors[0]
            followers = Description(code, country, role.sectors, name, title, by)
            return Reading(phrase, (followers,), kind)
        if _dual(phrase.head):  # "a dual French-Iranian national" is one person, not two
            affiliations = affiliations[:1]
        sectors = role.sectors
        if not phrase.affiliations and self._takes_sector(phrase.head, affiliations):
            sectors = affiliations[0].sectors  # "officials of the ruling party" -> PTY
        descriptions = _national(affiliations, sectors, name=name, title=title, by=by)
        if not descriptions and (
            role.bare
            or self._serves_in_place(phrase.head)
            or (role.sectors and role.kind in _OFFICES and self._unnamed_holder(phrase.head))
        ):
            descriptions = (Description(role.sectors[0], None, role.sectors, name, title, by),)
        return Reading(phrase, descriptions, kind)

    def _unnamed_holder(self, head: Token) -> bool:
        """An office-holder of no named country an act falls on; not one owned by a word
        that names no one ("recalled *its* envoy") nor a counterpart (his, of whom?)."""
        if head.lemma_.lower() in self.lexicon.grammar.counterpart_nouns:
            return False
        return not any(c.dep_ == "poss" for c in head.children) and _acted_upon(head)

    def _takes_sector(self, head: Token, affiliations: tuple[ProperEntry, ...]) -> bool:
        """A member-like head ("leader", "officials") takes its national body's sector."""
        if not affiliations or not affiliations[0].sectors or affiliations[0].country is None:
            return False
        return head.lemma_.lower() in self.lexicon.grammar.sector_taking_heads

    def _serves_in_place(self, head: Token) -> bool:
        """Officials "in" a place, whose country the place gives ("officials in Kerala")."""
        return self._place_of_service(head) is not None

    def _place_of_service(self, head: Token) -> Token | None:
        if head.lemma_.lower() not in self.lexicon.grammar.placed_roles:
            return None
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                return next((t for t in child.children if t.dep_ == "pobj"), None)
        return None

    def _serving_place(self, head: Token, depth: int) -> tuple[ProperEntry, ...]:
        """The country of the place officials serve in: "officials in Kenya" -> KEN."""
        place = self._place_of_service(head)
        if place is None or depth >= MAX_DEPTH:
            return ()
        found = self.read(place, depth + 1).descriptions[:1]
        return tuple(_as_affiliation(d) for d in found if d.country is not None)

    def _follows_state(self, head: Token, affiliations: tuple[ProperEntry, ...]) -> bool:
        """Followers of a state actor ("supporters of the junta") are not the state."""
        grammar = self.lexicon.grammar
        if head.lemma_.lower() not in grammar.followers or not affiliations:
            return False
        return bool(grammar.state_sectors & set(affiliations[0].sectors))

    def _person(self, phrase: NounPhrase, depth: int) -> Reading:
        title, entry = phrase.title, phrase.title_entry
        appositive = self._appositive(phrase.head, depth)
        if entry is None and appositive is not None:
            title, sectors = appositive.title, appositive.sectors
        else:
            sectors = entry.sectors if entry is not None else ()
        affiliations = phrase.affiliations or self._complement_affiliations(phrase.head, depth)
        name = phrase.person_name
        if affiliations:
            by = "title" if sectors else _by_affiliation(affiliations[0])
            found = _national(affiliations[:1], sectors, name=name, title=title, by=by)
        elif sectors:
            found = (Description(sectors[0], None, sectors, name, title, "title"),)
        else:
            found = self._apposed_to(phrase.head, name, depth)
        return Reading(phrase, found, "person")

    def _apposed_to(self, head: Token, name: str | None, depth: int) -> tuple[Description, ...]:
        """A bare name in apposition to a described role: "his counterpart, Toshimitsu Motegi"."""
        if head.dep_ != "appos" or depth >= MAX_DEPTH:
            return ()
        reading = self.read(head.head, depth + 1)
        if reading.kind != "person":
            return ()
        return tuple(replace(d, name=name) for d in reading.descriptions)

    def _figure(self, phrase: NounPhrase, entry: ProperEntry, depth: int) -> Reading:
        """A political figure of ``people.tsv``: the table's code and name, the title the
        text gives ("Russian President Vladimir Putin", "Maduro, Venezuela's president")."""
        appositive = self._appositive(phrase.head, depth) if phrase.title is None else None
        title = phrase.title or (appositive.title if appositive is not None else None)
        found = Description(entry.code, entry.country, entry.sectors, entry.name, title, "person")
        return Reading(phrase, (found,), "person")

    def _appositive(self, head: Token, depth: int) -> Description | None:
        if depth >= MAX_DEPTH:
            return None
        for child in head.children:
            if child.dep_ == "appos":
                reading = self.read(child, depth + 1)
                if reading.descriptions:
                    return reading.descriptions[0]
        return None

    def _complement_affiliations(self, head: Token, depth: int) -> tuple[ProperEntry, ...]:
        """Affiliation from "of France", "from Chad" or an apposition's own affiliation."""
        if depth >= MAX_DEPTH:
            return ()
        member = head.lemma_.lower() in self.lexicon.grammar.sector_taking_heads
        for child in head.children:
            target = _complement_object(child, self.lexicon, member=member)
            if target is None:
                continue
            # "the foreign ministers of India and Pakistan": one affiliation per conjunct
            parts = (target, *target.conjuncts) if child.dep_ == "prep" else (target,)
            found = [
                _as_affiliation(description)
                for part in parts
                for description in self.read(part, depth + 1).descriptions[:1]
            ]
            if found:
                return tuple(found)
        return ()


def _dual(head: Token) -> bool:
    return any(child.dep_ == "amod" and child.lower_ == "dual" for child in head.children)


def _complement_object(child: Token, lexicon: Lexicon, *, member: bool = False) -> Token | None:
    """The object of an affiliation: "of France", "from Chad"; for members of a body also
    where they work: "officials *at* Nigeria's presidency"."""
    if child.dep_ == "appos":
        return child
    prepositions = lexicon.grammar.affiliation_prepositions
    if child.dep_ == "prep" and (child.lower_ in prepositions or (member and child.lower_ == "at")):
        return next((t for t in child.children if t.dep_ == "pobj"), None)
    return None


def _is_nonactor(phrase: NounPhrase) -> bool:
    return phrase.head_role is not None and phrase.head_role.kind == "nonactor"


def _acted_upon(head: Token) -> bool:
    """An office-holder named as the one an act falls on ("demanded the resignation of
    *the interior minister*", "arrested *a former vice president*") is someone of the
    country where it happens, though unnamed; as the subject of a saying ("the minister
    said") the title alone stays an unnamed source."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ in _PATIENT_DEPS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ in _PATIENT_PREPOSITIONS


_OFFICES = frozenset({"title"})  # role kinds whose unnamed holder an act can fall on
_PATIENT_DEPS = frozenset({"dobj", "nsubjpass", "dative"})
_PATIENT_PREPOSITIONS = frozenset({"of", "against", "on", "with", "to", "at", "into"})


def _title_of(phrase: NounPhrase) -> str | None:
    return title_case(phrase.head_role_text) if phrase.head_role_text else None


def _by_origin(entry: ProperEntry, by: str) -> str:
    """How a name was resolved: by its kind, or by the user's dictionary that named it."""
    return entry.origin if entry.origin != "package" else by


def _by_affiliation(entry: ProperEntry) -> str:
    return {"capital": "metonym"}.get(entry.kind, entry.kind)


def _as_affiliation(found: Description) -> ProperEntry:
    if found.resolved_by == "region":
        return ProperEntry("region", found.code[:3], None, (), found.name or found.code)
    if found.country is None:
        name = found.name or found.code
        return ProperEntry("organisation", found.code, None, found.sectors, name)
    name = found.name or found.country
    return ProperEntry("country", found.country, found.country, found.sectors, name)


def _national(
    affiliations: tuple[ProperEntry, ...],
    sectors: tuple[str, ...],
    *,
    name: str | None,
    title: str | None,
    by: str,
) -> tuple[Description, ...]:
    """One description per distinct affiliation: country + first sector, or the organisation.

    A named organisation decides the code of its members ("Hamas fighters" -> PSEREB).
    """
    found: dict[str, Description] = {}
    for entry in affiliations:
        if entry.kind == "region":
            code = entry.code + (sectors[0] if sectors else "")
            description = Description(code, None, sectors, name, title, "region")
        elif entry.country is None or entry.kind == "organisation":
            description = Description(entry.code, entry.country, entry.sectors, name, title, by)
        else:
            own = sectors or entry.sectors
            code = entry.country + (own[0] if own else "")
            description = Description(code, entry.country, own, name, title, by)
        found.setdefault(description.code, description)
    return tuple(found.values())


def _in_longer_name(token: Token) -> bool:
    """Part of a person's name of several words. A capital alone tagged as a person
    ("struck Kyiv", which the small model often reads as a name) is still the capital."""
    if token.ent_type_ != "PERSON":
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "I" or (following is not None and following.ent_iob_ == "I")
