"""Phrase indexes over the actor tables, and longest-match lookup over tokens.

Two dictionaries keyed by the phrase as it appears in text: proper names
(case-sensitive: countries, demonyms, capitals, organisations, outlets) and common
nouns (lower-cased: titles, role nouns, non-actors). A lookup tries every token window
up to :data:`MAX_WINDOW` tokens, longest first, so it costs a handful of dict probes per
token and never scans the tables.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Token

from eventwire.actors._tables import ActorTables, Grammar

MAX_WINDOW = 8
E = TypeVar("E")


@dataclass(frozen=True, slots=True)
class ProperEntry:
    """A proper name: ``kind`` is country, demonym, capital, region, organisation or outlet.

    ``origin`` is "package" for the package tables, "dictionary" for a user's dictionary.
    """

    kind: str
    code: str
    country: str | None
    sectors: tuple[str, ...]
    name: str
    origin: str = "package"


@dataclass(frozen=True, slots=True)
class CommonEntry:
    """A title or role noun (``kind`` title, role, body, modifier) or a non-actor noun."""

    kind: str
    sectors: tuple[str, ...]
    bare: bool


@dataclass(frozen=True, slots=True)
class Match(Generic[E]):
    """Entry ``entry`` found on ``tokens[start:end]`` of the searched sequence."""

    start: int
    end: int
    entry: E


@dataclass(frozen=True, slots=True)
class PhraseIndex(Generic[E]):
    """Phrases by key, and the texts a phrase's first token may have.

    A token with none of those texts cannot begin a phrase, so most window probes are
    skipped with one set lookup (the lookup is the stage's hot path). ``ordered`` holds
    the keys sorted, to tell whether any key begins with a given text.
    """

    entries: dict[str, E]
    starts: frozenset[str]
    lower: bool
    ordered: tuple[str, ...]

    @classmethod
    def of(cls, entries: dict[str, E], *, lower: bool) -> PhraseIndex[E]:
        """Index ``entries``, keyed as :func:`normalise` writes them."""
        starts = {prefix for word in _first_words(entries) for prefix in _token_prefixes(word)}
        return cls(entries, frozenset(starts), lower, tuple(sorted(entries)))

    def begins_some_key(self, text: str) -> bool:
        """Whether some key begins with ``text``."""
        at = bisect_left(self.ordered, text)
        return at < len(self.ordered) and self.ordered[at].startswith(text)


@dataclass(frozen=True, slots=True)
class Lexicon:
    proper: PhraseIndex[ProperEntry]
    common: PhraseIndex[CommonEntry]
    grammar: Grammar

    @classmethod
    def build(cls, tables: ActorTables) -> Lexicon:
        """Index every phrase of the tables."""
        proper = PhraseIndex.of(_proper_index(tables), lower=False)
        common = PhraseIndex.of(_common_index(tables), lower=True)
        return cls(proper, common, tables.grammar)

    def overlaid(
        self, proper: Mapping[str, ProperEntry], common: Mapping[str, CommonEntry]
    ) -> Lexicon:
        """This lexicon with user entries added; a user entry replaces a table entry.

        A user role keeps the kind and bareness of the table's entry for the same phrase
        ("minister" stays a title), taking only the user's sectors.
        """
        proper_entries = dict(self.proper.entries)
        proper_entries.update((normalise(key), entry) for key, entry in proper.items())
        common_entries = dict(self.common.entries)
        for key, entry in common.items():
            phrase = normalise(key).lower()
            known = common_entries.get(phrase)
            if known is not None and known.kind != "nonactor":
                entry = CommonEntry(known.kind, entry.sectors, known.bare)
            common_entries[phrase] = entry
        return Lexicon(
            PhraseIndex.of(proper_entries, lower=False),
            PhraseIndex.of(common_entries, lower=True),
            self.grammar,
        )

    def may_match(self, token: Token) -> bool:
        """Whether any proper name or role noun of the tables can begin at ``token``."""
        if token.lower_ == "the":
            return False  # a key never begins with "the": the next token covers it
        return _may_start(token, self.proper) or _may_start(token, self.common)

    def proper_matches(self, tokens: Sequence[Token]) -> list[Match[ProperEntry]]:
        """Non-overlapping longest matches of proper names, left to right."""
        return _longest_matches(tokens, self.proper)

    def common_matches(self, tokens: Sequence[Token]) -> list[Match[CommonEntry]]:
        """Non-overlapping longest matches of titles, role nouns and non-actor nouns."""
        return _longest_matches(tokens, self.common)


def normalise(text: str) -> str:
    """Canonical key form of a phrase: straight apostrophes, single spaces, no leading 'the'."""
    text = " ".join(text.replace("’", "'").split())
    return text[4:] if text.lower().startswith("the ") else text


def _proper_index(tables: ActorTables) -> dict[str, ProperEntry]:
    index: dict[str, ProperEntry] = {}
    for person in tables.people:
        entry = ProperEntry("person", person.code, person.country, person.sectors, person.name)
        _add(index, (person.name, *person.aliases), entry)
    for org in tables.organisations:
        entry = ProperEntry("organisation", org.code, org.country, org.sectors, org.name)
        _add(index, (org.name, *org.aliases), entry)
    for row in tables.countries:
        entry = ProperEntry("country", row.iso3, row.iso3, (), row.name)
        _add(index, (row.name, *row.aliases), entry)
    for row in tables.countries:
        _add(index, row.demonyms, ProperEntry("demonym", row.iso3, row.iso3, (), row.name))
    for row in tables.countries:
        entry = ProperEntry("capital", row.iso3 + "GOV", row.iso3, ("GOV",), row.name)
        _add(index, row.capitals, entry)
    for region in tables.regions:
        entry = ProperEntry("region", region.code, None, (), region.name)
        _add(index, (region.name, *region.aliases), entry)
    for outlet in tables.outlets:
        _add(index, (outlet,), ProperEntry("outlet", "", None, (), outlet))
    return index


def _common_index(tables: ActorTables) -> dict[str, CommonEntry]:
    index: dict[str, CommonEntry] = {}
    for role in tables.roles:
        _add(index, (role.phrase,), CommonEntry(role.kind, role.sectors, role.bare))
    for noun in tables.nonactors:
        _add(index, (noun.lower(),), CommonEntry("nonactor", (), False))
    return index


def _add(index: dict[str, E], phrases: Iterable[str], entry: E) -> None:
    """First entry wins: organisations before countries before demonyms and capitals."""
    for phrase in phrases:
        index.setdefault(normalise(phrase), entry)


def _first_words(entries: dict[str, E]) -> Iterator[str]:
    for key in entries:
        words = key.split()
        if words:
            yield words[0]


def _token_prefixes(word: str) -> Iterator[str]:
    """What the first token of ``word`` may be: the tokenizer splits only at punctuation."""
    yield word
    for end in range(1, len(word)):
        if not word[end].isalnum():
            yield word[:end]  # "OPEC+" -> "OPEC", "U.S." -> "U"


def _longest_matches(tokens: Sequence[Token], index: PhraseIndex[E]) -> list[Match[E]]:
    # each token's strings are read once here: a lookup probes up to eight windows a token
    texts = [token.text for token in tokens]
    lemmas = [token.lemma_ for token in tokens]
    firsts = [token.lower_ for token in tokens] if index.lower else texts
    spaced: list[str] = []  # read once some window is tried
    matches: list[Match[E]] = []
    start = 0
    while start < len(tokens):
        if not _may_start_word(firsts[start], lemmas[start], index):
            start += 1
            continue
        # text with whitespace, from the text already read: no second read of the text
        spaced = spaced or [t + tok.whitespace_ for t, tok in zip(texts, tokens, strict=True)]
        found = _match_at(texts, lemmas, spaced, start, index)
        if found is None:
            start += 1
            continue
        matches.append(found)
        start = found.end
    return matches


def _may_start(token: Token, index: PhraseIndex[E]) -> bool:
    """Whether a phrase of ``index`` can begin at ``token`` (text, lemma or de-pluralised)."""
    return _may_start_word(token.lower_ if index.lower else token.text, token.lemma_, index)


def _may_start_word(text: str, lemma: str, index: PhraseIndex[E]) -> bool:
    """:func:`_may_start` on the token's text (lower-cased for a lower-cased index) and lemma."""
    if text.lower() == "the":
        return True  # keys drop a leading "the"
    starts = index.starts
    if index.lower:
        lemma = lemma.lower()
    return text.replace("’", "'") in starts or lemma in starts or text[:-1] in starts


def _match_at(
    texts: list[str], lemmas: list[str], spaced: list[str], start: int, index: PhraseIndex[E]
) -> Match[E] | None:
    """The longest window from ``start`` whose key the index holds."""
    for end in range(
        _last_end(spaced, start, min(len(texts), start + MAX_WINDOW), index), start, -1
    ):
        head = "".join(spaced[start : end - 1])
        for key in _keys(head, texts[end - 1], lemmas[end - 1], lower=index.lower):
            entry = index.entries.get(key)
            if entry is not None:
                return Match(start, end, entry)
    return None


def _last_end(spaced: list[str], start: int, limit: int, index: PhraseIndex[E]) -> int:
    """The end of the longest window from ``start`` (up to ``limit``) that some key may
    cover: every key of a window begins with the key form of all its tokens but the last,
    so once no key begins with that, no longer window matches either."""
    head = ""
    for end in range(start + 2, limit + 1):
        head += spaced[end - 2]
        if not _may_begin_key(head, index):
            return end - 1
    return limit


def _may_begin_key(head: str, index: PhraseIndex[E]) -> bool:
    """Whether the keys of windows whose first tokens read ``head`` may be in ``index``."""
    if index.lower and "Σ" in head:
        return True  # lower-casing a capital sigma depends on the letter after it
    text = " ".join((head.lower() if index.lower else head).replace("’", "'").split())
    if "the ".startswith(text.lower()):
        return True  # "the" may yet be dropped, as it is before a word
    return index.begins_some_key(text[4:] if text.lower().startswith("the ") else text)


def _keys(head: str, last: str, lemma: str, *, lower: bool) -> Iterator[str]:
    """The window's text (``head`` is the text of all but its last token), the same with
    its last word lemmatised (plurals), and with a final "s" dropped."""
    keys = [head + last, head + lemma]
    if last.endswith("s"):
        # "Americans", and "Rebels" opening a sentence: the tagger keeps proper plurals
        keys.append(head + last[:-1])
    for key in keys:
        yield normalise(key.lower() if lower else key)
