"""Place or actor: how a toponym reads, decided by the words that govern it.

A country or capital names a location after a locative preposition ("fighting in Goma"), after
a directional one hanging on a word of motion ("flew to Kigali", "exports to Japan"), as the
object of a verb of place ("visited Japan", "the storm hit Cuba") or in the "of" complement of
an area noun ("the outskirts of Bukavu"). It names an actor as a subject that acts, as any
other object ("accused Rwanda"), after a preposition governed by a verb or a word of
interaction ("sanctions on Kigali", "talks with Beijing", "a letter from Washington"), and as
the owner of an institution ("Japan's foreign ministry"). First-level divisions (US states,
provinces) are actors only when they act or own an institution: "a man from Texas" is a place.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.geo._lexicon import Lexicon
from eventwire.geo._resolve import prior
from eventwire.geo.gazetteer import Gazetteer, GazetteerEntry
from eventwire.models import PlaceRole
from eventwire.nlp import first_conjunct

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
_OBJECT_DEPS = frozenset({"dobj", "dative"})
_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_MAX_CHAIN = 4


def in_place_position(token: Token, words: Lexicon) -> bool:
    """The object of a locative preposition, of a directional one after a word of motion, or
    the "of" complement of an area noun; or the direct object of a verb of place ("visited
    Goma", "rebels seized Bukavu")."""
    token = first_conjunct(token)
    if token.dep_ in _OBJECT_DEPS:
        return _lemma(token.head) in words.place_verbs
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    word = preposition.lower_
    if word in words.locative_preps:
        return True
    if word in words.directional_preps:
        return _lemma(preposition.head) in words.motion_words
    if word in words.attack_preps:
        return _lemma(preposition.head) in words.attack_words
    return word == "of" and _lemma(preposition.head) in words.area_nouns


def reading(span: Span, words: Lexicon, gazetteer: Gazetteer) -> PlaceRole:
    """How a toponym reads: a location, an actor (a country, division or capital that acts,
    is acted upon or owns an institution) or the first word of an organisation's name."""
    unit = political_unit(span, gazetteer)
    if unit is None:
        return PlaceRole.LOCATION
    token = first_conjunct(span.root)
    if token.dep_ in _ACTING_DEPS:
        acts = token.head.pos_ in ("VERB", "AUX") and token.head.lemma_ != "be"
        return PlaceRole.ACTOR if acts else PlaceRole.LOCATION
    if token.dep_ == "compound" and _names_organisation(token):
        return PlaceRole.NAME
    if unit.kind == "admin1":  # "*Bihar* Chief Minister": a state's office is placed there
        return PlaceRole.LOCATION
    if token.dep_ in _MODIFIER_DEPS:
        return _as_actor(_qualifies_institution(token, words))
    if token.dep_ in _OBJECT_DEPS:
        return _as_actor(_lemma(token.head) not in words.place_verbs)
    if token.dep_ == "pobj":
        return _as_actor(_governed_as_actor(token, words))
    return PlaceRole.LOCATION


def _as_actor(is_actor: bool) -> PlaceRole:
    return PlaceRole.ACTOR if is_actor else PlaceRole.LOCATION


def political_unit(span: Span, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The country, first-level division or capital a span most plausibly names, if any."""
    candidates = gazetteer.lookup(span.text)
    if not candidates:
        return None
    best = max(candidates, key=lambda entry: prior(entry, span.text))
    return best if best.kind in ("country", "admin1") or best.capital else None


def _governed_as_actor(token: Token, words: Lexicon) -> bool:
    """After a preposition outside a place position: an actor when the preposition hangs on a
    verb ("negotiated with Israel"), an institution ("the government of Sudan", "ambassador
    to Egypt") or an interaction ("talks with Beijing", "sanctions on Kigali"); a place after
    a word of motion or area ("flights between Moscow and Riga") or any other noun ("a student
    from Paris", "the people of Gaza")."""
    if in_place_position(token, words):
        return False
    governor = token.head.head
    lemma = _lemma(governor)
    if lemma in words.motion_words or lemma in words.area_nouns:
        return False
    if governor.pos_ in ("VERB", "AUX"):
        return True
    return lemma in words.metonym_heads or lemma in words.interaction_nouns


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _names_organisation(token: Token) -> bool:
    """ "US" in "US Indo-Pacific Command": the first word of an organisation's name."""
    head = token.head
    return head.pos_ == "PROPN" and head.is_title and head.ent_type_ not in _PLACE_LABELS


def _qualifies_institution(token: Token, words: Lexicon) -> bool:
    """Walk up compound/possessive heads: "US [defence] officials", "Japan's ministry"."""
    head = token.head
    for _ in range(_MAX_CHAIN):
        if head.lower_ in words.metonym_heads or head.ent_type_ == "PERSON":
            return True
        if head.dep_ not in _MODIFIER_DEPS or head.head == head:
            return False
        head = head.head
    return False
