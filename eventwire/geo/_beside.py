"""Names that stand beside a place are places: the small model tags many as people or
products, or not at all.

- a name conjoined with a found place, when it is a place's own name or a spelling of a
  large place's: "in Rafah and *Khan Younis*", "Casablanca, *Agadir* and Marrakesh";
- a name before a division noun in lower case: "the *Kursk* region", "*Cebu* province",
  read as the division where one bears the name;
- a name found as a place that the document says again, wherever the model tagged it
  ("fighting in Alexandria ... *Alexandria* police said"), one sense per document, unless
  it is part of a longer person's name there ("Paris Hilton").
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Doc, Span, Token

from eventwire.geo._lexicon import Lexicon
from eventwire.geo._names import (
    SPELLING_POPULATION,
    is_name_like,
    is_spelling_of,
    names_a_person,
)
from eventwire.geo._text import fold
from eventwire.geo.gazetteer import Gazetteer, GazetteerEntry

_MAX_NAME_TOKENS = 3
_DIVISION_KINDS = frozenset({"admin1", "admin2"})


def conjoined_names(
    spans: Collection[Span], taken: Collection[int], gazetteer: Gazetteer, words: Lexicon
) -> Iterator[Span]:
    """Names of places conjoined with one of ``spans``, outside ``taken`` tokens."""
    seen: set[int] = set(taken)
    for span in spans:
        for token in _conjuncts(span.root):
            name = _name_at(token)
            if any(t.i in seen for t in name) or not is_name_like(name, words):
                continue
            if _place_name(name, gazetteer) and not names_a_person(name):
                seen.update(t.i for t in name)
                yield name


def repeated_names(
    doc: Doc, spans: Collection[Span], taken: Collection[int], words: Lexicon
) -> Iterator[Span]:
    """Other occurrences of the texts of ``spans``, outside ``taken`` tokens."""
    names = {tuple(t.text for t in span) for span in spans if is_name_like(span, words)}
    if not names:
        return
    firsts = {name[0] for name in names}
    texts = [token.text for token in doc]
    seen = set(taken)
    for start, text in enumerate(texts):
        if text not in firsts or start in seen:
            continue
        for size in range(_MAX_NAME_TOKENS, 0, -1):
            if tuple(texts[start : start + size]) not in names:
                continue
            candidate = doc[start : start + size]
            if not any(t.i in seen for t in candidate) and _free_name(candidate):
                seen.update(t.i for t in candidate)
                yield candidate
            break


def _free_name(span: Span) -> bool:
    """Not inside a longer person's name, not after an honorific-like title."""
    doc = span.doc
    for token in span:
        if token.ent_type_ == "PERSON":
            ent = next(e for e in doc.ents if e.start <= token.i < e.end)
            if len(ent) > len(span):
                return False
    return not names_a_person(span)


def division_names(
    doc: Doc, taken: Collection[int], gazetteer: Gazetteer, words: Lexicon
) -> Iterator[Span]:
    """Known names right before a division noun ("the Kursk region")."""
    for token in doc:
        if not _division_noun(token, words) or token.i == 0:
            continue
        for size in range(min(_MAX_NAME_TOKENS, token.i), 0, -1):
            name = doc[token.i - size : token.i]
            if any(t.i in taken for t in name) or not is_name_like(name, words):
                continue
            if gazetteer.lookup(name.text):
                yield name
                break


def before_division_noun(span: Span, words: Lexicon) -> bool:
    """The name is followed by "region", "province", ... ("Cebu province")."""
    doc = span.doc
    return span.end < len(doc) and _division_noun(doc[span.end], words)


def divisions_first(candidates: tuple[GazetteerEntry, ...]) -> tuple[GazetteerEntry, ...]:
    """The divisions among the candidates, or all of them when none is one."""
    divisions = tuple(c for c in candidates if c.kind in _DIVISION_KINDS)
    return divisions or candidates


def _division_noun(token: Token, words: Lexicon) -> bool:
    """In lower case only: "Walker County" is a name of its own, which the gazetteer knows."""
    return token.is_lower and token.text in words.division_nouns


def _conjuncts(token: Token) -> Iterator[Token]:
    yield from (child for child in token.children if child.dep_ == "conj")
    if token.dep_ == "conj":
        yield token.head


def _name_at(token: Token) -> Span:
    """The entity holding the token, else the token with the compounds before it."""
    doc = token.doc
    if token.ent_iob_ != "O":
        ent = next(e for e in doc.ents if e.start <= token.i < e.end)
        return ent
    start = token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == token:
        start -= 1
    return doc[start : token.i + 1]


def _place_name(name: Span, gazetteer: Gazetteer) -> bool:
    """A place's own name, or another spelling of a large place's ("Khan Younis")."""
    key = fold(name.text)
    return any(
        fold(entry.name) == key
        or (entry.population >= SPELLING_POPULATION and is_spelling_of(key, fold(entry.name)))
        for entry in gazetteer.lookup(name.text)
    )
