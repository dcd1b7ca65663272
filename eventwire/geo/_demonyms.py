"""Demonyms as toponyms: "Russian troops", "two Palestinians" name a country's people.

Geoparsing corpora count them as mentions of the country; they never place an event.
Words inside the name of a person, work or building are left out; an organisation's
("the British Home Office") is the country's.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire.actors import country_demonyms
from eventwire.geo._build import read_tsv
from eventwire.nlp import first_conjunct

_MAX_TOKENS = 2
_ISO3_LETTERS = 3
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
_ARTICLES = frozenset({"a", "an", "the"})
# Names a demonym inside is no demonym of ("the American Legion" still names the US).
_NAME_LABELS = frozenset({"PERSON", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "FAC"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})


@lru_cache(maxsize=1)
def demonym_targets() -> dict[str, str]:
    """What each demonym names: an ISO3 country ("Russian" -> RUS) or the name of a
    continent or region (``data/demonyms.tsv``: "European" -> Europe)."""
    places = {demonym: place for demonym, place in read_tsv("demonyms.tsv")}
    return {**places, **country_demonyms()}


def names_a_country(target: str) -> bool:
    """A demonym target that is an ISO3 code rather than a place's name."""
    return len(target) == _ISO3_LETTERS and target.isalpha() and target.isupper()


def demonym_spans(doc: Doc, taken: Collection[int]) -> Iterator[tuple[Span, str]]:
    """(span, target) of every demonym outside ``taken`` token indices and names; the
    target is what :func:`demonym_targets` says it names."""
    demonyms = demonym_targets()
    prefixes = _demonym_prefixes()
    # a demonym's first token is a capitalised beginning of one (or one with a plural "s")
    starts = [
        token.i
        for token in doc
        if token.is_title and (token.text in prefixes or token.text[:-1] in demonyms)
    ]
    end = 0
    for start in starts:
        found = _demonym_at(doc, start, demonyms, taken) if start >= end else None
        if found is not None:
            yield found
            end = found[0].end


@lru_cache(maxsize=1)
def _demonym_prefixes() -> frozenset[str]:
    """Every beginning of every demonym ("S", "Sr", ..., "Sri Lankan")."""
    return frozenset(name[:size] for name in demonym_targets() for size in range(1, len(name) + 1))


def _demonym_at(
    doc: Doc, start: int, demonyms: dict[str, str], taken: Collection[int]
) -> tuple[Span, str] | None:
    if not doc[start].is_title:
        return None
    for size in range(min(_MAX_TOKENS, len(doc) - start), 0, -1):
        span = doc[start : start + size]
        country = _country_of(span.text, demonyms)
        if country is None or any(t.i in taken or _in_other_name(t, span) for t in span):
            continue
        if not _language(span, demonyms):
            return span, country
    return None


def _language(span: Span, demonyms: dict[str, str]) -> bool:
    """A singular demonym standing alone names a language ("speaks French", "in English");
    one that modifies ("French troops") or has an article ("an American", "the French")
    names the people or the country."""
    root = first_conjunct(span.root)  # "Russian and Ukrainian delegations"
    if span.text not in demonyms or root.dep_ in _MODIFIER_DEPS:
        return False
    return not any(child.lower_ in _ARTICLES for child in root.children)


def _in_other_name(token: Token, span: Span) -> bool:
    """Inside a name that is more than the demonym: a person's or a work's ("the American
    Dream"), or a place's ("the English Channel", "Western Australia"); a demonym tagged
    whole as a person ("Sri Lankan") is no name."""
    if token.ent_type_ not in _NAME_LABELS | _PLACE_LABELS:
        return False
    ent = next(e for e in token.doc.ents if e.start <= token.i < e.end)
    return (ent.start, ent.end) != (span.start, span.end)


def _country_of(text: str, demonyms: dict[str, str]) -> str | None:
    """The country of a demonym, singular or plural ("Palestinians")."""
    if text in demonyms:
        return demonyms[text]
    if text.endswith("s"):
        return demonyms.get(text[:-1])
    return None
