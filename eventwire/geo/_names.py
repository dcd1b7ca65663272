"""Names the small model tags as people or organisations that are towns all the same.

"fled from *El Fasher*" (a place position), "a *Gainesville* man", "*Gainesville* officials",
"*Tbilisi* says": a single name tagged PERSON or ORG is a place when it is the own name of
a sizable place and the document does not name a person by it ("Mayor Tom *Jackson*").
"""

from __future__ import annotations

from difflib import SequenceMatcher

from spacy.tokens import Span

from eventwire.actors import person_name_words
from eventwire.geo._lexicon import Lexicon
from eventwire.geo._reading import in_place_position
from eventwire.geo._text import fold
from eventwire.geo.gazetteer import Gazetteer

# A town named like a person or company is read as a place only when it is this large.
NAME_TAGGED_POPULATION = 20_000
# A place known by another spelling of the name ("Misrata", "Khan Younis") from this size on,
# when the spellings are this alike (difflib's ratio) and the name this long.
SPELLING_POPULATION = 100_000
_SPELLING_SIMILARITY = 0.8
_SPELLING_MIN_LETTERS = 5
# Where a mistagged town stands: modifying a common noun ("a Gainesville man"), owning one
# ("Gainesville's officials"), or acting ("Tbilisi says").
_MODIFIER_DEPS = frozenset({"compound", "poss", "nmod"})
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass"})
_STATE_KINDS = frozenset({"country", "admin1"})


def is_name_like(span: Span, words: Lexicon) -> bool:
    """Capitalised (or all-capital) words that may be a name, not a listed non-place."""
    return all(t.is_title or (t.is_upper and len(t) > 1) or t.is_punct for t in span) and not (
        span[0].text in words.not_places or span[-1].is_punct
    )


def is_sizable_place_name(span: Span, gazetteer: Gazetteer) -> bool:
    """A name of a country or division ("U.S."), the own name of a county or a town of
    NAME_TAGGED_POPULATION, or another spelling of a city of SPELLING_POPULATION
    ("Misrata" for Misratah)."""
    key = fold(span.text)
    return any(
        entry.kind in _STATE_KINDS
        or (entry.population >= SPELLING_POPULATION and is_spelling_of(key, fold(entry.name)))
        or (
            fold(entry.name) == key
            and (entry.kind != "city" or entry.population >= NAME_TAGGED_POPULATION)
        )
        for entry in gazetteer.lookup(span.text)
    )


def is_spelling_of(key: str, name: str) -> bool:
    """Another spelling of a name ("misrata", "misratah"; "khan younis", "khan yunis"), or
    its first words ("cebu", "cebu city"); not any alternate name ("hamas" is no Hamm)."""
    if name.startswith(f"{key} "):
        return True
    return len(key) >= _SPELLING_MIN_LETTERS and (
        SequenceMatcher(None, key, name).ratio() >= _SPELLING_SIMILARITY
    )


def is_own_name(span: Span, gazetteer: Gazetteer) -> bool:
    """The own name of a place of any size."""
    key = fold(span.text)
    return any(fold(entry.name) == key for entry in gazetteer.lookup(span.text))


def is_located_name(span: Span, gazetteer: Gazetteer, words: Lexicon) -> bool:
    """A person- or organisation-tagged name that is a place where it stands: a place
    position ("the outskirts of Bukavu"), or a one-word name of a sizable town modifying a
    common noun ("a Gainesville man"), or a capital that acts ("Tbilisi says"), when it
    names no person ("Obama", "Tom Jackson ... Jackson")."""
    if _after_determiner_or_honorific(span, words) or not is_name_like(span, words):
        return False  # "the Honda", "Mr. Moore": towns take neither
    if _of_a_settlement(span, words):  # "the village of Yelewata": any size
        return is_own_name(span, gazetteer) or is_sizable_place_name(span, gazetteer)
    if not is_sizable_place_name(span, gazetteer):
        return False
    if in_place_position(span.root, words):
        return True
    if len(span) > 1 or names_a_person(span):
        return False
    token = span.root
    if token.dep_ in _MODIFIER_DEPS:
        # A person's name owns people ("Flores' stepfather"); a town's modifies them
        owned = token.dep_ == "poss" and span.label_ == "PERSON"
        return token.head.pos_ == "NOUN" and not owned
    acting = token.dep_ in _ACTING_DEPS and token.head.pos_ == "VERB"
    return acting and any(entry.capital for entry in gazetteer.lookup(span.text))


def _of_a_settlement(span: Span, words: Lexicon) -> bool:
    """The "of" complement of "village", "town", "island", ...: "the island of Lampedusa"."""
    token = span.root
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lemma_.lower() in words.settlement_nouns
    )


def names_a_person(span: Span) -> bool:
    """A person of the news ("Obama") or of the document ("Tom Jackson ... Jackson")."""
    if span.text in person_name_words():
        return True
    return any(
        ent.label_ == "PERSON" and len(ent) > 1 and span.text in {t.text for t in ent}
        for ent in span.doc.ents
    )


def _after_determiner_or_honorific(span: Span, words: Lexicon) -> bool:
    """ "the Honda", "Mr. Moore"; a determiner of the noun the name modifies ("a
    Gainesville man") does not count."""
    if span[0].pos_ == "DET":
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    own_determiner = before.pos_ == "DET" and before.head.i in range(span.start, span.end)
    return own_determiner or before.text.rstrip(".") in words.not_places
