"""Finding and resolving the toponym mentions of a parsed document, each with its role.

Mentions come from datelines and spaCy's GPE/LOC/FAC entities, from names the small model
tags as people or organisations where places stand (``_names``), from names beside places
(``_beside``: conjoined, before a division noun, said again), from capitalised spans it
missed that the gazetteer knows (``_scan``) and from demonyms (``_demonyms``). "City,
Area" pairs are resolved jointly and yield the city and the area.

Every mention has a role (:class:`~eventwire.models.PlaceRole`): a place name that acts,
is acted upon or owns an institution ("Washington said", "Japan's foreign ministry") is an
``actor`` (see ``_reading``); one inside an organisation's name ("Texas Forest Service")
a ``name``, unless the organisation is a local agency located there ("Alexandria Police
Department"); a people or adjective of a country a ``demonym``. Only ``location`` mentions
place events (:func:`locations`). Organisation names and acronyms ("UN", "NATO") are never
toponyms, and weakly supported readings are dropped (see ``_evidence``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from eventwire.geo._beside import (
    before_division_noun,
    conjoined_names,
    division_names,
    divisions_first,
    repeated_names,
)
from eventwire.geo._demonyms import demonym_spans, names_a_country
from eventwire.geo._evidence import Evidence, is_credible
from eventwire.geo._lexicon import Lexicon, lexicon
from eventwire.geo._names import (
    is_located_name,
    is_name_like,
    is_sizable_place_name,
    names_a_person,
)
from eventwire.geo._reading import in_place_position, reading
from eventwire.geo._resolve import Toponym, resolve_all, within
from eventwire.geo._scan import (
    MAX_SCAN_TOKENS,
    datelines,
    in_dateline,
    known_by_name,
    scan_capitalised,
)
from eventwire.geo._text import fold
from eventwire.geo.gazetteer import Gazetteer, GazetteerEntry
from eventwire.models import Place, PlaceRole

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAME_LABELS = frozenset({"ORG", "PERSON", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
# Times and amounts hold no toponym; dates may swallow one ("In January, South Carolina").
_NUMERIC_LABELS = frozenset({"TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})
# Names the small model mistags ("Aleppo" as NORP) that may still be places where places stand.
_LOCATED_LABELS = frozenset({"ORG", "PERSON", "NORP"})
_QUALIFIER_KINDS = frozenset({"country", "admin1"})
_REGION_KINDS = frozenset({"region", "continent"})
_SEED_LABELS = frozenset({"GPE", "LOC"})
_LIST_WORDS = frozenset({"and", "or", "&"})


@dataclass(frozen=True, slots=True)
class _Mention:
    span: Span
    qualifier: Span | None = None
    people_of: GazetteerEntry | None = None  # the country or continent a demonym names

    @property
    def whole(self) -> Span:
        end = self.qualifier.end if self.qualifier is not None else self.span.end
        return self.span.doc[self.span.start : end]


def find_places(doc: Doc, gazetteer: Gazetteer) -> list[Place]:
    """Every toponym mention in the document, resolved, in text order, with its role.

    Only :attr:`PlaceRole.LOCATION` mentions say where something happens; the others are
    toponyms all the same (metonyms, names, demonyms) and count in geoparsing scores.
    """
    words = lexicon()
    spans = sorted(_candidate_spans(doc, gazetteer, words), key=lambda s: s.start)
    spans = sorted(spans + _beside_places(doc, spans, gazetteer, words), key=lambda s: s.start)
    mentions = [
        m
        for m in _pair_qualifiers(spans, gazetteer)
        if m.span.text not in words.organisations | words.world_regions
        and not _unknown_water(m.span, words.water_words, gazetteer)
    ]
    mentions = sorted(mentions + _demonyms(doc, gazetteer, mentions), key=lambda m: m.span.start)
    roles = [_role(m, words, gazetteer) for m in mentions]
    picks = resolve_all([_toponym(m, gazetteer) for m in mentions])
    pointers = _country_pointers(mentions, picks)
    places: list[Place] = []
    for mention, pick, role in zip(mentions, picks, roles, strict=True):
        if pick is None or not is_credible(
            pick, _evidence(mention, words), _others(pointers, mention)
        ):
            continue
        area = _qualifying_area(mention, pick, gazetteer)
        if area is None or mention.qualifier is None:
            places.append(_place(mention.whole, pick, role))
        else:  # "KYIV, Ukraine": the city and the country it names, each a toponym
            places += [_place(mention.span, pick, role), _place(mention.qualifier, area, role)]
    return places


def _qualifying_area(
    mention: _Mention, pick: GazetteerEntry, gazetteer: Gazetteer
) -> GazetteerEntry | None:
    """The country or division a "City, Area" qualifier names, when it is another place
    than the city ("Washington, DC" is one place)."""
    if mention.qualifier is None:
        return None
    areas = gazetteer.lookup(mention.qualifier.text)
    if pick in areas:
        return None
    return next((area for area in areas if within(pick, area)), None)


def locations(places: Sequence[Place]) -> list[Place]:
    """The places that say where something is or happens, leaving metonyms and names out."""
    return [place for place in places if place.role is PlaceRole.LOCATION]


def _demonyms(doc: Doc, gazetteer: Gazetteer, mentions: list[_Mention]) -> list[_Mention]:
    taken = {i for m in mentions for i in range(m.whole.start, m.whole.end)}
    found = []
    for span, target in demonym_spans(doc, taken):
        place = _demonym_place(target, gazetteer)
        if place is not None:
            found.append(_Mention(span, people_of=place))
    return found


def _demonym_place(target: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    if names_a_country(target):
        return gazetteer.country(target)
    return next((e for e in gazetteer.lookup(target) if e.kind in _REGION_KINDS), None)


def _role(mention: _Mention, words: Lexicon, gazetteer: Gazetteer) -> PlaceRole:
    if mention.people_of is not None:
        return PlaceRole.DEMONYM
    if mention.qualifier is not None:
        return PlaceRole.LOCATION
    if in_organisation_name(mention.span, words):
        return PlaceRole.NAME
    return reading(mention.span, words, gazetteer)


def _beside_places(doc: Doc, spans: list[Span], gazetteer: Gazetteer, words: Lexicon) -> list[Span]:
    """Names conjoined with a place, before a division noun or said again, that no earlier
    pass took."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    found = list(conjoined_names(spans, taken, gazetteer, words))
    taken |= {i for span in found for i in range(span.start, span.end)}
    found += division_names(doc, taken, gazetteer, words)
    taken |= {i for span in found for i in range(span.start, span.end)}
    seeds = [span for span in [*spans, *found] if _sure_place(span, words)]
    return found + list(repeated_names(doc, seeds, taken, words))


def _sure_place(span: Span, words: Lexicon) -> bool:
    """Tagged as a place by the model, or standing where places stand: a name whose other
    mentions may be read as the same place."""
    return span.root.ent_type_ in _SEED_LABELS or in_place_position(span.root, words)


def _unknown_water(span: Span, water_words: frozenset[str], gazetteer: Gazetteer) -> bool:
    """A sea, gulf or strait the gazetteer does not list as one: no country's place ("the
    Gulf of Sidra" is no Libyan town); a listed one ("the Red Sea") is read as itself."""
    if span[0].lower_ not in water_words and span[-1].lower_ not in water_words:
        return False
    return not any(entry.kind == "region" for entry in gazetteer.lookup(span.text))


def _country_pointers(
    mentions: list[_Mention], picks: list[GazetteerEntry | None]
) -> list[tuple[str, str | None]]:
    """(folded text, country) of every resolved mention, places and metonyms alike."""
    return [
        (fold(m.span.text), pick.country)
        for m, pick in zip(mentions, picks, strict=True)
        if pick is not None
    ]


def _others(pointers: list[tuple[str, str | None]], mention: _Mention) -> set[str | None]:
    """Countries pointed to by mentions other than this name (a name cannot vouch for itself)."""
    own = fold(mention.span.text)
    return {country for text, country in pointers if text != own}


def _evidence(mention: _Mention, words: Lexicon) -> Evidence:
    return Evidence(
        text=mention.span.text,
        qualified=mention.qualifier is not None,
        in_place_position=in_place_position(mention.span.root, words),
        after_direction=_after_direction(mention.span, words),
    )


def _candidate_spans(doc: Doc, gazetteer: Gazetteer, words: Lexicon) -> Iterator[Span]:
    heads = list(datelines(doc, gazetteer))
    yield from heads
    taken = {i for span in heads for i in range(span.start, span.end)}
    for ent in doc.ents:
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        if ent.label_ in _PLACE_LABELS:
            taken.update(range(ent.start, ent.end))
            for part in _split_commas(_without_possessive(_strip_article(ent))):
                known = _without_direction(part, gazetteer, words)
                if known is not None:
                    yield known
        elif ent.label_ in _LOCATED_LABELS and _dateline_name(ent, gazetteer):
            taken.update(range(ent.start, ent.end))
            yield ent
        elif ent.label_ in _LOCATED_LABELS and _list_of_places(ent, gazetteer, words):
            taken.update(range(ent.start, ent.end))
            yield from _list_items(ent)
        elif (
            ent.label_ in ("ORG", "PERSON")
            and _is_political_name(_without_possessive(ent), gazetteer)
            and not (ent.label_ == "PERSON" and _reads_as_person(ent, gazetteer))
        ):
            # The small model often tags a bare country or state name as ORG or PERSON,
            # with its possessive: "*Uttar Pradesh's* Banda district".
            taken.update(range(ent.start, ent.end))
            yield _without_possessive(ent)
        elif ent.label_ == "ORG" and _is_region_name(_strip_article(ent), gazetteer):
            taken.update(range(ent.start, ent.end))
            yield _strip_article(ent)  # "the English Channel" tagged as an organisation
        elif ent.label_ in _LOCATED_LABELS and is_located_name(ent, gazetteer, words):
            taken.update(range(ent.start, ent.end))
            yield ent
        elif ent.label_ in _NAME_LABELS | _NUMERIC_LABELS:
            taken.update(range(ent.start, ent.end))
            if ent.label_ == "ORG":
                yield from _named_toponyms(ent, gazetteer, words)
    yield from scan_capitalised(doc, gazetteer, words, taken)


def _list_of_places(ent: Span, gazetteer: Gazetteer, words: Lexicon) -> bool:
    """Places the model tagged together as one name ("Mali, Burkina Faso", "Auckland and
    Christchurch"): every item a sizable place's name."""
    if gazetteer.lookup(ent.text):
        return False  # one place: "Trinidad and Tobago"
    items = _list_items(ent)
    return len(items) > 1 and all(
        is_name_like(item, words) and is_sizable_place_name(item, gazetteer) for item in items
    )


def _list_items(span: Span) -> list[Span]:
    """The items of "A, B and C"."""
    items, start = [], span.start
    for token in span:
        if token.text == "," or token.lower_ in _LIST_WORDS:
            if token.i > start:
                items.append(span.doc[start : token.i])
            start = token.i + 1
    if start < span.end:
        items.append(span.doc[start : span.end])
    return items


def _dateline_name(ent: Span, gazetteer: Gazetteer) -> bool:
    """A dateline the model tags as a name ("SEATTLE (AP) —"): a place's own name."""
    return all(in_dateline(t) for t in ent) and known_by_name(ent.text, gazetteer)


def _reads_as_person(ent: Span, gazetteer: Gazetteer) -> bool:
    """A person-tagged division's name that names a person or acts ("Nelson said"); a
    country's name stays a country ("Georgia" tagged as a woman)."""
    if names_a_person(ent):
        return True
    acts = ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.pos_ == "VERB"
    return acts and not any(e.kind == "country" for e in gazetteer.lookup(ent.text))


def _without_direction(span: Span, gazetteer: Gazetteer, words: Lexicon) -> Span | None:
    """A known name, or the name after a word of direction ("eastern *Illinois*", "Northeast
    *Georgia*"); a world region stays whole ("Southeast Asia" is no mention of Asia). After
    a capitalised direction the name must find support in the document (see ``_evidence``):
    "West Midlands" is no mention of Zimbabwe's Midlands."""
    if gazetteer.lookup(span.text) or span.text in words.world_regions:
        return span
    if len(span) > 1 and span[0].lower_ in words.direction_words:
        rest = span[1:]
        return rest if gazetteer.lookup(rest.text) else None
    return None


def _after_direction(span: Span, words: Lexicon) -> bool:
    """The name follows a capitalised direction of the same name ("*North* Darfur")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.is_title and before.lower_ in words.direction_words


def _without_possessive(span: Span) -> Span:
    if len(span) > 1 and span[-1].lower_ in {"'s", "’s"}:
        return span.doc[span.start : span.end - 1]
    return span


def _strip_article(span: Span) -> Span:
    start = span.start
    while start < span.end and span.doc[start].lower_ == "the":
        start += 1
    return span.doc[start : span.end]


def _named_toponyms(org: Span, gazetteer: Gazetteer, words: Lexicon) -> Iterator[Span]:
    """The toponyms an organisation's name starts or ends with. A local agency's place
    ("*Rapides Parish* Sheriff's Office") may go by any name; in other names ("*Texas* Forest
    Service", "the University of *Alexandria*") only a sizable place's own name counts, so
    that "Central Bank" or "Justice Department" name no town."""
    org = _strip_article(org)
    if org[-1].lower_ in words.agency_heads:
        yield from _leading_toponym(org, gazetteer, words)
        return
    if len(org) > 2 and org[0].lower_ in words.direction_words:
        org = org[1:]  # "Northern *Illinois* University", read with the document's support
    of = next((t for t in reversed(org) if t.lower_ == "of"), None)
    parts = [org[: min(MAX_SCAN_TOKENS, len(org) - 1)]]
    if of is not None and of.i > org.start:
        parts.append(org.doc[of.i + 1 : org.end])
    for part in parts:
        found = _sizable_name(part, gazetteer, words)
        if found is not None:
            yield found


def _sizable_name(part: Span, gazetteer: Gazetteer, words: Lexicon) -> Span | None:
    """The longest leading run of ``part`` that is a sizable place's own name."""
    for size in range(len(part), 0, -1):
        span = part[:size]
        if size == 1 and span[0].lower_ in words.direction_words:
            continue  # "Central Bank", "West Virginia University" is caught whole
        if is_name_like(span, words) and is_sizable_place_name(span, gazetteer):
            return span
    return None


def in_organisation_name(span: Span, words: Lexicon) -> bool:
    """Inside an organisation's name that is not a local agency located at the place."""
    if span.doc[span.start].ent_type_ != "ORG":
        return False  # in no entity, or in one of another label: no organisation's name
    ent = next((e for e in span.doc.ents if e.start <= span.start < e.end), None)
    return (
        ent is not None
        and ent.label_ == "ORG"
        and ent.end >= span.end
        and len(span) < len(_without_possessive(_strip_article(ent)))  # tagged whole: no name
        and ent[-1].lower_ not in words.agency_heads
        and not _is_list_item(span, ent)
    )


def _is_list_item(span: Span, ent: Span) -> bool:
    items = _list_items(ent)
    return len(items) > 1 and any((i.start, i.end) == (span.start, span.end) for i in items)


def _leading_toponym(org: Span, gazetteer: Gazetteer, words: Lexicon) -> Iterator[Span]:
    """The toponym an agency's name starts with ("Rapides Parish" Sheriff's Office)."""
    for size in range(min(MAX_SCAN_TOKENS, len(org) - 1), 0, -1):
        span = org.doc[org.start : org.start + size]
        if is_name_like(span, words) and gazetteer.lookup(span.text):
            yield span
            return


def _split_commas(span: Span) -> Iterator[Span]:
    """ "Gainesville, Ga." tagged as one entity: its parts are looked up separately."""
    start = span.start
    for token in span:
        if token.text == ",":
            if token.i > start:
                yield span.doc[start : token.i]
            start = token.i + 1
    if start < span.end:
        yield span.doc[start : span.end]


def _pair_qualifiers(spans: list[Span], gazetteer: Gazetteer) -> list[_Mention]:
    """Merge "City, State" / "City, Country" / "Washington, DC" into one mention."""
    mentions: list[_Mention] = []
    skip_until = -1
    for span in spans:
        if span.start < skip_until:
            continue
        qualifier = _qualifier_after(span, gazetteer)
        mentions.append(_Mention(span, qualifier))
        skip_until = qualifier.end if qualifier is not None else span.end
    return mentions


def _qualifier_after(span: Span, gazetteer: Gazetteer) -> Span | None:
    """The area after "City, " that holds the city: "Paris, Texas", "KYIV, Ukraine"; never
    an item of a list ("Mali, Burkina Faso and Niger", "Istanbul, Ankara and Izmir")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    if span.start > 0 and doc[span.start - 1].text == ",":
        return None  # a list of names ("in Becker, Clay, Douglas and Grant"), not "City, State"
    own = set(gazetteer.lookup(span.text))
    if own and all(e.kind == "country" for e in own):
        return None  # a list of countries ("the United States, Guatemala and Kosovo")
    for size in (3, 2, 1):
        end = span.end + 1 + size
        if end > len(doc):
            continue
        candidate = doc[span.end + 1 : end]
        if not (candidate[0].is_title or candidate[0].is_upper) or candidate[-1].is_punct:
            continue  # "KYIV, Ukraine (AP)": the bracket is no part of the qualifier
        if end < len(doc) and doc[end].lower_ in _LIST_WORDS:
            return None
        if _holds(gazetteer.lookup(candidate.text), own):
            return candidate
    return None


def _holds(areas: list[GazetteerEntry], own: set[GazetteerEntry]) -> bool:
    """One of the areas is one of the name's readings or a country or division holding one."""
    return any(
        area in own or (area.kind in _QUALIFIER_KINDS and any(within(e, area) for e in own))
        for area in areas
    )


def _toponym(mention: _Mention, gazetteer: Gazetteer) -> Toponym:
    if mention.people_of is not None:
        return Toponym(text=mention.span.text, candidates=(mention.people_of,))
    qualifier = mention.qualifier
    entries = tuple(gazetteer.lookup(qualifier.text)) if qualifier is not None else ()
    candidates = tuple(gazetteer.lookup(mention.span.text))
    if before_division_noun(mention.span, lexicon()):
        candidates = divisions_first(candidates)  # "the Kursk region" is the oblast
    owner = () if entries else _possessing_country(mention.span, gazetteer)
    if owner and not any(c.country == o.country for c in candidates for o in owner):
        candidates = owner  # "Cameroon's North-West region": somewhere in Cameroon
    return Toponym(text=mention.span.text, candidates=candidates, qualifier=entries or owner)


def _possessing_country(span: Span, gazetteer: Gazetteer) -> tuple[GazetteerEntry, ...]:
    """ "Cameroon's North-West region", "Nigeria's Plateau state": the country that owns the
    place qualifies it as "City, Country" does."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in {"'s", "’s"}:
        return ()
    owner = doc[span.start - 2]
    name = doc[owner.left_edge.i : owner.i + 1]
    return tuple(e for e in gazetteer.lookup(name.text) if e.kind == "country")


def _is_region_name(span: Span, gazetteer: Gazetteer) -> bool:
    """The own name of a sea, region or continent ("English Channel", "Darfur")."""
    key = fold(span.text)
    return any(e.kind in _REGION_KINDS and fold(e.name) == key for e in gazetteer.lookup(span.text))


def _is_political_name(span: Span, gazetteer: Gazetteer) -> bool:
    key = fold(span.text)
    return any(
        e.kind in _QUALIFIER_KINDS and fold(e.name) == key for e in gazetteer.lookup(span.text)
    )


def _place(span: Span, entry: GazetteerEntry, role: PlaceRole) -> Place:
    return Place(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        name=entry.name,
        country=entry.country,
        lat=entry.lat,
        lon=entry.lon,
        geonameid=entry.geonameid,
        feature=entry.feature,
        role=role,
    )
