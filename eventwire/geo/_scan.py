"""Toponyms the model's entities miss: datelines in capitals and capitalised names the
gazetteer knows by their own name, outside title-case headlines and titles before a name."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from eventwire.geo._demonyms import demonym_targets
from eventwire.geo._lexicon import Lexicon
from eventwire.geo._names import is_name_like, is_sizable_place_name
from eventwire.geo._text import fold
from eventwire.geo.gazetteer import Gazetteer

MAX_SCAN_TOKENS = 4
_MAX_DATELINE_TOKENS = 7
_DATELINE_DASHES = frozenset({"—", "–", "--", "\x97"})  # \x97: a dash in mis-decoded cp1252
_DATELINE_ENDS = _DATELINE_DASHES | {",", ":", "-", "("}
# A sentence whose longer words are capitalised at this share, with at least this many
# of them, is a title-case headline.
_HEADLINE_SHARE = 0.75
_HEADLINE_WORDS = 3


def scan_capitalised(
    doc: Doc, gazetteer: Gazetteer, words: Lexicon, taken: set[int]
) -> Iterator[Span]:
    """Capitalised proper-noun spans outside entities that the gazetteer knows, outside
    title-case headlines (where every word is capitalised) and titles before a name
    ("Officer Robert Canto")."""
    headline: set[int] | None = None  # found only once a name is
    # a name starts at a proper noun or at a word of a dateline
    starts = [
        token.i
        for token in doc
        if token.pos_ == "PROPN" or (token.is_upper and in_dateline(token))  # capitals only
    ]
    end = 0
    for start in starts:
        found = _longest_known(doc, start, gazetteer, words, taken) if start >= end else None
        if found is None:
            continue
        if headline is None:
            headline = {t.i for sent in doc.sents if _title_case(sent) for t in sent}
        in_headline = found.start in headline and not in_dateline(found[0])
        if not in_headline and not _before_a_person(found):
            yield found
        end = found.end


def _longest_known(
    doc: Doc, start: int, gazetteer: Gazetteer, words: Lexicon, taken: set[int]
) -> Span | None:
    if start in taken or (doc[start].pos_ != "PROPN" and not in_dateline(doc[start])):
        return None
    for size in range(MAX_SCAN_TOKENS, 0, -1):
        end = start + size
        if end > len(doc) or any(i in taken for i in range(start, end)):
            continue
        span = doc[start:end]
        if _in_hyphenated_word(span):
            return None
        if (
            is_name_like(span, words)
            and span.text not in demonym_targets()  # "English" is no town in Indiana
            and known_by_name(span.text, gazetteer)
        ):
            return span
    return None


def _title_case(sentence: Span) -> bool:
    """A headline in title case: capitals carry no news there ("Grand Jury Indicts Man")."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    capitalised = sum(1 for t in words if t.is_title or t.is_upper)
    return len(words) >= _HEADLINE_WORDS and capitalised >= _HEADLINE_SHARE * len(words)


def _before_a_person(span: Span) -> bool:
    doc = span.doc
    return (
        span.end < len(doc)
        and doc[span.end].ent_type_ == "PERSON"
        and doc[span.end].ent_iob_ == "B"
    )


def datelines(doc: Doc, gazetteer: Gazetteer) -> Iterator[Span]:
    """Place names of datelines in capitals, whole: "PORT-AU-PRINCE, Haiti —", "COX'S
    BAZAR, Bangladesh —", whatever the model tags them."""
    for sentence in doc.sents:
        start = sentence.start
        end = start
        while end < sentence.end and _is_dateline_word(doc[end]):
            end += 1
        if end == start or end >= len(doc) or end - start > _MAX_DATELINE_TOKENS:
            continue
        if doc[end].text in _DATELINE_ENDS and doc[start].is_alpha:
            name = doc[start:end]
            if known_by_name(name.text, gazetteer) or is_sizable_place_name(name, gazetteer):
                yield name


def in_dateline(token: Token) -> bool:
    """A capitalised word of a dateline ("BEIRUT: ...", "TORRINGTON — ..."), which the
    model may tag as anything: capitals from the start of a line or sentence up to a
    comma, colon, dash or bracket."""
    if not (token.is_upper and token.is_alpha):
        return False
    start = token
    while start.i > 0 and _is_dateline_word(start.nbor(-1)):
        start = start.nbor(-1)
    end = token
    while end.i + 1 < len(token.doc) and _is_dateline_word(end.nbor()):
        end = end.nbor()
    if end.i - start.i >= MAX_SCAN_TOKENS or end.i + 1 >= len(token.doc):
        return False
    closer = end.nbor().text
    if closer in _DATELINE_DASHES:  # "March 30, 2009 NEWARK -- ..."
        return True
    opens_line = start.i == 0 or start.is_sent_start or "\n" in start.nbor(-1).text_with_ws
    return opens_line and closer in _DATELINE_ENDS


def _is_dateline_word(token: Token) -> bool:
    """A word in capitals, or a hyphen or "'S" inside one ("PORT-AU-PRINCE", "COX'S")."""
    if token.is_upper and token.is_alpha:
        return True
    attached = token.i > 0 and not token.nbor(-1).whitespace_
    return attached and (token.text == "-" or (token.is_upper and token.text[0] in "'’"))


def _in_hyphenated_word(span: Span) -> bool:
    """ "Pacific" in "Indo-Pacific" is part of a compound word, not a toponym."""
    doc = span.doc
    before = (
        span.start > 0 and doc[span.start - 1].text in "-–" and not doc[span.start - 1].whitespace_
    )
    after = span.end < len(doc) and doc[span.end].text in "-–" and not span[-1].whitespace_
    return before or after


def known_by_name(text: str, gazetteer: Gazetteer) -> bool:
    """Outside spaCy's entities, only an entry's own name counts, not an alternate name."""
    key = fold(text)
    return any(fold(entry.name) == key for entry in gazetteer.lookup(text))
