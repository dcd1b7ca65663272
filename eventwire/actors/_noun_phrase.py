"""What a noun phrase says about its actor, read off the dependency parse.

spaCy attaches titles, countries and "of"-complements to a name in many ways
("US" as nmod of "Secretary", "of Defense" as a prep of the title, the title as a
compound of the name), so the analysis looks at the whole left side of the head's
subtree as one token sequence and matches the lexicon over it, instead of trusting
individual dependency labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.actors._lexicon import CommonEntry, Lexicon, Match, ProperEntry

AFFILIATION_KINDS = frozenset({"country", "demonym", "capital", "region", "organisation", "person"})
_MODIFIER_KINDS = frozenset({"role", "body", "modifier"})
_RIGHT_CLAUSES = frozenset({"relcl", "acl", "appos", "conj", "cc", "punct", "prep", "advcl"})
_LEADING_SKIPPED = frozenset({"det", "predet", "punct", "case", "cc", "preconj", "advmod"})
# A sector-taking head word no table lists, after a country or organisation name: a title
# that takes its code from that name ("the IAEA chief" -> IGOUNOIAE).
AFFILIATED_HEAD = CommonEntry("title", ("GOV",), False)
_NOT_TITLES = frozenset({"nonactor", "modifier"})
_SMALL_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "to"})


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """Lexical facts about the noun phrase headed by ``head``."""

    head: Token
    text: str
    start: int  # character offsets of the mention
    end: int
    head_proper: ProperEntry | None  # a proper name covering the head
    head_role: CommonEntry | None  # a title, role noun or non-actor covering the head
    head_role_text: str | None
    affiliations: tuple[ProperEntry, ...]  # countries/organisations among the modifiers
    title: str | None  # the title before a person's name ("Defence Minister")
    title_entry: CommonEntry | None
    person_name: str | None
    is_outlet: bool
    is_plural: bool


def _stance(left: list[Token], start: int, prefixes: frozenset[str]) -> bool:
    """A name inside a stance ("*pro-Palestinian* students", "anti-American protesters"):
    the name is what they are for or against, not their nationality."""
    if start < 2 or left[start - 1].text != "-":
        return False
    return left[start - 2].lower_ in prefixes


def _sponsor(left: list[Token], end: int, participles: frozenset[str]) -> bool:
    """A name hyphened to a participle of sponsorship ("the *Rwanda*-backed M23", "a
    *Qatari*-brokered truce"): who backs or brokers it, not its nationality."""
    return end + 1 < len(left) and left[end].text == "-" and left[end + 1].lower_ in participles


def _inside_name(match: Match[CommonEntry], names: list[Match[ProperEntry]]) -> bool:
    """A role word inside a proper name; a non-actor phrase ("Real Madrid") still counts."""
    if match.entry.kind == "nonactor":
        return False
    return any(name.start < match.end and match.start < name.end for name in names)


def analyse(head: Token, lexicon: Lexicon) -> NounPhrase:
    """Collect the lexical facts of the noun phrase headed by ``head``."""
    left = _left_tokens(head)
    stances = lexicon.grammar.stance_prefixes
    proper = [
        m
        for m in lexicon.proper_matches(left)
        if not _stance(left, m.start, stances)
        and not _sponsor(left, m.end, lexicon.grammar.sponsor_participles)
    ]
    # a role word inside a name is no role: "a West *Bank* village" is no bank's
    words = [m for m in lexicon.common_matches(left) if not _inside_name(m, proper)]
    common = _sector_modifiers(left, words, lexicon)
    last = len(left) - 1
    head_proper = next((m.entry for m in proper if m.end == last + 1), None)
    head_common = next((m for m in common if m.end == last + 1), None)
    if head_common is None and proper and _is_sector_taking(head, lexicon):
        head_common = Match(last, last + 1, AFFILIATED_HEAD)  # "IAEA chief", "Hamas boss"
    elif head_common is None and _is_owned(head, lexicon):
        head_common = _owner_match(common, last)  # "Ukrainian cities", "rebel positions"
    name_start = _name_start(head, left, proper, common, _apposed_title(head, lexicon))
    title_match = _title_before(common, name_start) if name_start is not None else None
    figure = next((m for m in proper if m.end == last + 1 and m.entry.kind == "person"), None)
    if title_match is None and figure is not None:  # "President Recep Tayyip Erdogan"
        title_match = _title_before(common, figure.start)
    mention = _mention_tokens(head, left, lexicon)
    return NounPhrase(
        head=head,
        text=_text(mention[0], mention[-1]),
        start=mention[0].idx,
        end=_end_char(mention[-1]),
        head_proper=head_proper,
        head_role=head_common.entry if head_common else None,
        head_role_text=_span_text(left, head_common) if head_common else None,
        affiliations=_affiliations(proper, last),
        title=title_case(_span_text(left, title_match)) if title_match else None,
        title_entry=title_match.entry if title_match else None,
        person_name=_name(left, name_start) if name_start is not None else None,
        is_outlet=(head_proper is not None and head_proper.kind == "outlet")
        or _looks_like_domain(head, lexicon),
        is_plural=head.tag_ in ("NNS", "NNPS"),
    )


def _left_tokens(head: Token) -> list[Token]:
    """The head and everything its left dependents dominate, without leading determiners."""
    tokens = sorted((t for child in head.lefts for t in child.subtree), key=lambda t: t.i)
    tokens.append(head)
    while len(tokens) > 1 and tokens[0].dep_ in _LEADING_SKIPPED:
        tokens.pop(0)
    return tokens


def _is_owned(head: Token, lexicon: Lexicon) -> bool:
    return head.lemma_.lower() in lexicon.grammar.owned_heads


def _owner_match(common: list[Match[CommonEntry]], last: int) -> Match[CommonEntry]:
    """A thing takes the sector of a role noun before it ("police convoy"), else none."""
    sectors = common[-1].entry.sectors if common else ()
    return Match(last, last + 1, CommonEntry("role", sectors, bool(sectors)))


def _is_sector_taking(head: Token, lexicon: Lexicon) -> bool:
    return head.lemma_.lower() in lexicon.grammar.sector_taking_heads


def _sector_modifiers(
    left: list[Token], common: list[Match[CommonEntry]], lexicon: Lexicon
) -> list[Match[CommonEntry]]:
    """Join a sector-giving noun and the head it modifies: "gang leader" -> a CRM title.

    The head is a role matched next ("rebel commander") or a word that is no role by
    itself ("army chief", "party boss"); the modifier's sectors and bareness win.
    """
    heads = lexicon.grammar.sector_taking_heads
    joined: list[Match[CommonEntry]] = []
    for match in common:
        previous = joined[-1] if joined else None
        if previous is not None and _joins(previous, match, left, heads):
            entry = CommonEntry(match.entry.kind, previous.entry.sectors, previous.entry.bare)
            joined[-1] = Match(previous.start, match.end, entry)
        else:
            joined.append(match)
    starts = {match.start for match in joined}
    return [_with_bare_head(left, match, heads, starts) for match in joined]


def _joins(
    modifier: Match[CommonEntry], head: Match[CommonEntry], left: list[Token], heads: frozenset[str]
) -> bool:
    """Whether ``modifier`` directly precedes a role ``head`` that takes its sector."""
    if modifier.end != head.start or modifier.entry.kind not in _MODIFIER_KINDS:
        return False
    if any(token.tag_ in {"VBN", "VBD"} for token in left[modifier.start : modifier.end]):
        return False  # "*suspected* militants" are no suspects' militants
    return head.entry.kind in ("title", "role") and left[head.end - 1].lemma_.lower() in heads


def _with_bare_head(
    left: list[Token], match: Match[CommonEntry], heads: frozenset[str], starts: set[int]
) -> Match[CommonEntry]:
    """A modifier followed by a head word that no table lists ("police chief")."""
    if match.entry.kind not in _MODIFIER_KINDS or match.end >= len(left) or match.end in starts:
        return match
    if left[match.end].lemma_.lower() not in heads:
        return match
    entry = CommonEntry("title", match.entry.sectors, match.entry.bare)
    return Match(match.start, match.end + 1, entry)


def _mention_tokens(head: Token, left: list[Token], lexicon: Lexicon) -> list[Token]:
    """Left tokens plus right-hand affiliation complements ("minister of France")."""
    tokens = list(left)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in lexicon.grammar.affiliation_prepositions:
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects and any(lexicon.proper_matches(_left_tokens(objects[0]))):
                tokens.extend(sorted(child.subtree, key=lambda t: t.i))
        elif child.dep_ not in _RIGHT_CLAUSES:
            tokens.extend(sorted(child.subtree, key=lambda t: t.i))
        else:
            break
    return sorted(set(tokens), key=lambda t: t.i)


def _end_char(token: Token) -> int:
    return token.idx + len(token.text)


def _span_text(tokens: list[Token], match: Match[CommonEntry]) -> str:
    first, last = tokens[match.start], tokens[match.end - 1]
    return _text(first, last)


def _affiliations(proper: list[Match[ProperEntry]], last: int) -> tuple[ProperEntry, ...]:
    found = [m.entry for m in proper if m.end <= last and m.entry.kind in AFFILIATION_KINDS]
    return tuple(dict.fromkeys(found))


def _name_start(
    head: Token,
    left: list[Token],
    proper: list[Match[ProperEntry]],
    common: list[Match[CommonEntry]],
    apposed_title: bool = False,
) -> int | None:
    """Index in ``left`` where a person's name begins, or None when the head is no name."""
    spans = [(m.start, m.end) for m in proper] + [(m.start, m.end) for m in common]
    if head.pos_ != "PROPN" or any(end == len(left) for _, end in spans):
        return None
    covered = {i for start, end in spans for i in range(start, end)}
    start = len(left) - 1
    while start > 0 and start - 1 not in covered:
        if left[start - 1].pos_ == "PROPN":
            start -= 1
        elif start > 1 and _is_name_hyphen(left[start - 1]) and left[start - 2].pos_ == "PROPN":
            start -= 2  # "Lee Jae-myung", "Ould Cheikh-Ahmed"
        else:
            break
    titled = any(m.end == start for m in common) or apposed_title
    if head.ent_type_ == "PERSON" or titled:
        return start
    return None


_PERSON_KINDS = frozenset({"title", "role", "press"})


def _apposed_title(head: Token, lexicon: Lexicon) -> bool:
    """A name described by a title in apposition is a person's, whatever the entity
    recogniser tagged it: "Andriy Parubiy, *a former lawmaker*"."""
    if head.pos_ != "PROPN":
        return False
    for child in head.children:
        if child.dep_ == "appos" and child.tag_ == "NN":  # one person: "a lawmaker"
            left = _left_tokens(child)
            matches = lexicon.common_matches(left)
            if any(m.end == len(left) and m.entry.kind in _PERSON_KINDS for m in matches):
                return True
    return False


def _is_name_hyphen(token: Token) -> bool:
    return (
        token.text == "-"
        and not token.whitespace_
        and token.i > 0
        and not token.nbor(-1).whitespace_
    )


def _title_before(common: list[Match[CommonEntry]], name_start: int) -> Match[CommonEntry] | None:
    before = [m for m in common if m.end <= name_start and m.entry.kind not in _NOT_TITLES]
    return before[-1] if before else None


def _name(left: list[Token], start: int) -> str:
    first, last = left[start], left[-1]
    return _text(first, last)


def title_case(text: str) -> str:
    """'defence minister' -> 'Defence Minister', keeping 'of'/'the' lower-case."""
    words = text.split()
    return " ".join(
        w if (i and w.lower() in _SMALL_WORDS) or w[:1].isupper() else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def _looks_like_domain(head: Token, lexicon: Lexicon) -> bool:
    """A web-domain-shaped name ("Name.az", "Example.com") is a news website."""
    suffixes = lexicon.grammar.outlet_domain_suffixes
    text = head.text
    if "." in text[1:-1]:
        return text.rsplit(".", 1)[1].lower() in suffixes
    if head.lower_ not in suffixes or head.i < 2:
        return False
    dot, name = head.doc[head.i - 1], head.doc[head.i - 2]
    return dot.text == "." and not dot.whitespace_ and not name.whitespace_


def _text(first: Token, last: Token) -> str:
    """Text from ``first`` to ``last`` (a span: ``Doc.text`` would rebuild the whole text;
    built directly, as slicing the document first checks the slice in Python)."""
    return str(Span(first.doc, first.i, last.i + 1).text)
