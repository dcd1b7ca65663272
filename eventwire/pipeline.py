"""Wires the stages: nlp -> actors -> events -> time -> places -> records.

``Pipeline.load`` loads every resource once (spaCy model, actor tables, patterns,
gazetteer, ontology); ``Pipeline.annotate`` streams articles through them in batches,
in one process or in several worker processes that each hold the loaded pipeline
(``eventwire._workers``).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire._workers import WorkerPool
from eventwire.actors import ActorResolver
from eventwire.actors.dictionary import UserDictionary
from eventwire.actors.localise import (
    dominant_country,
    home_country,
    introduction_countries,
    localise,
    stationed_country,
)
from eventwire.actors.tabari import read_agent_dictionary
from eventwire.actors.user_files import read_dictionary
from eventwire.coding.coder import CodedEvent, EventCoder
from eventwire.config import Settings
from eventwire.geo import Gazetteer, document_focus, event_location, find_places, locations
from eventwire.models import (
    Actor,
    AnnotatedArticle,
    Article,
    Entity,
    Event,
    EventStatus,
    Place,
    Sentence,
    TextSpan,
    Timex,
)
from eventwire.nlp import load_model
from eventwire.ontology import Ontology
from eventwire.time import event_date, is_history, tag_timexes


@dataclass(frozen=True, slots=True)
class _DocContext:
    """What every event of one document shares."""

    article: Article
    sentences: dict[int, Sentence]  # by the sentence's first token index
    timexes: tuple[Timex, ...]
    locations: tuple[Place, ...]  # the places that say where, metonyms and names left out
    focus: Place | None
    home: str | None  # the country the article is mostly about
    introduced: dict[str, str]  # person or body -> country of the place where first named


class Pipeline:
    """The whole coder. Build it once per process with :meth:`load`."""

    def __init__(
        self,
        *,
        settings: Settings,
        nlp: Language,
        actors: ActorResolver,
        coder: EventCoder,
        gazetteer: Gazetteer,
        ontology: Ontology,
    ) -> None:
        self.settings = settings
        self.nlp = nlp
        self.actors = actors
        self.coder = coder
        self.gazetteer = gazetteer
        self.ontology = ontology

    @classmethod
    def load(cls, settings: Settings | None = None) -> Pipeline:
        """Load every resource the stages need."""
        settings = settings or Settings()
        return cls(
            settings=settings,
            nlp=load_model(settings.model),
            actors=ActorResolver.load(extra_dictionaries=user_dictionaries(settings)),
            coder=EventCoder.load(requested_acts=settings.requested_acts),
            gazetteer=Gazetteer.load(),
            ontology=Ontology.load(),
        )

    def annotate(
        self, articles: Iterable[Article], *, workers: int = 1
    ) -> Iterator[AnnotatedArticle]:
        """Annotate articles, yielding results in input order."""
        batches = _batches(articles, self.settings.batch_size)
        if workers <= 1:
            for batch in batches:
                yield from self.annotate_batch(batch)
            return
        with self.worker_pool(workers) as pool:
            for annotated in pool.map(_annotate_in_worker, batches):
                yield from annotated

    def worker_pool(self, workers: int) -> WorkerPool[Pipeline]:
        """``workers`` processes that each hold this pipeline, for :meth:`WorkerPool.map`."""
        reload = functools.partial(Pipeline.load, self.settings)
        return WorkerPool(inherit=self._in_forked_worker, reload=reload, workers=workers)

    def _in_forked_worker(self) -> Pipeline:
        """This pipeline as a forked worker holds it: the same loaded resources, with the
        gazetteer's index opened again (an SQLite connection must not cross a fork)."""
        return Pipeline(
            settings=self.settings,
            nlp=self.nlp,
            actors=self.actors,
            coder=self.coder,
            gazetteer=Gazetteer(self.gazetteer.path),
            ontology=self.ontology,
        )

    def annotate_batch(self, articles: Sequence[Article]) -> list[AnnotatedArticle]:
        """Parse a batch with ``nlp.pipe`` and run every later stage on each document."""
        limit = self.settings.max_chunk_chars
        short = [i for i, article in enumerate(articles) if len(article.text) <= limit]
        docs = dict(zip(short, self.nlp.pipe(articles[i].text for i in short), strict=True))
        return [
            self._annotate_safely(article, docs[i] if i in docs else self._parse_long(article))
            for i, article in enumerate(articles)
        ]

    def _annotate_safely(self, article: Article, doc: Doc) -> AnnotatedArticle:
        """One article's failure must not stop a batch of thousands: the article is kept
        with no events and a warning that names the error, so it can be reported."""
        try:
            return self.annotate_doc(article, doc)
        except Exception as exc:  # the batch boundary: reported as a warning, never hidden
            reason = f"coding failed ({type(exc).__name__}: {exc}); stored without events"
            text = doc.text
            sentences = tuple(_sentence(i, sent, text) for i, sent in enumerate(doc.sents))
            return AnnotatedArticle(article, sentences, (), (), (), (), (reason,))

    def annotate_doc(self, article: Article, doc: Doc) -> AnnotatedArticle:
        """All stages after parsing, for one article."""
        self.coder.repair_parse(doc)
        actors = self.actors.resolve_document(doc, article.published)
        timexes = tuple(tag_timexes(doc, article.published))
        places = tuple(find_places(doc, self.gazetteer))
        located = tuple(locations(places))
        text = doc.text  # rebuilt on every access: read once
        sentences = {
            sent.start: _sentence(index, sent, text) for index, sent in enumerate(doc.sents)
        }
        mentions = actors.all_actors()
        context = _DocContext(
            article,
            sentences,
            timexes,
            located,
            document_focus(located),
            dominant_country(located, mentions),
            introduction_countries(doc, mentions, located),
        )
        coded_events = [
            coded
            for coded in self.coder.code(doc, actors, PlaceIndex(doc, located))
            if not is_history(coded.anchor, timexes, article.published)  # "arrested in 2022"
        ]
        events = tuple(self._event(coded, context) for coded in coded_events)
        return AnnotatedArticle(
            article=article,
            sentences=tuple(sentences.values()),
            events=events,
            timexes=timexes,
            places=places,
            entities=tuple(
                Entity(e.start_char, e.end_char, text[e.start_char : e.end_char], e.label_)
                for e in doc.ents
            ),
            warnings=_warnings(article, self.settings.max_chunk_chars),
        )

    def _parse_long(self, article: Article) -> Doc:
        """Very long texts are parsed in chunks cut at whitespace and joined back."""
        chunks = split_text(article.text, self.settings.max_chunk_chars)
        return Doc.from_docs(list(self.nlp.pipe(chunks)), ensure_whitespace=False)

    def _event(self, coded: CodedEvent, context: _DocContext) -> Event:
        code = self.ontology.get(coded.code)
        article = context.article
        planned = coded.status is EventStatus.PLANNED
        sentence = context.sentences[coded.trigger.sent.start]
        location = event_location(coded.anchor, context.locations, context.focus)
        home = home_country(location, context.home)
        trigger = TextSpan(
            coded.trigger.idx, coded.trigger.idx + len(coded.trigger), coded.trigger.text
        )
        return Event(
            id=event_id(article.id, code.code, coded),
            article_id=article.id,
            cameo=code.code,
            cameo_name=code.name,
            plover=code.plover,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            status=coded.status,
            source=localise(
                coded.source,
                self._home_of(coded.source, coded.trigger.doc, context, home),
                counterpart=coded.target,
                cameo=code.code,
            ),
            target=localise(
                coded.target,
                self._home_of(coded.target, coded.trigger.doc, context, home),
                counterpart=coded.source,
                cameo=code.code,
            )
            if coded.target
            else None,
            trigger=trigger,
            sentence=sentence,
            pattern=coded.pattern.id,
            date=event_date(coded.anchor, context.timexes, article.published, planned=planned),
            location=location,
            attribution=coded.attribution,
        )

    @staticmethod
    def _home_of(actor: Actor, doc: Doc, context: _DocContext, home: str | None) -> str | None:
        """Where a domestic actor without a country is: a place its own phrase names ("rebels
        *in Papua*"), the place it was first named beside, or the event's country."""
        stationed = stationed_country(actor, doc, context.locations)
        return stationed or context.introduced.get(actor.name or "", home)


class PlaceIndex:
    """Which resolved place, if any, a token belongs to."""

    def __init__(self, doc: Doc, places: Sequence[Place]) -> None:
        self._by_token: dict[int, Place] = {}
        for place in places:
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            for token in span if span is not None else ():
                self._by_token[token.i] = place

    def country_at(self, token: Token) -> str | None:
        place = self._by_token.get(token.i)
        return place.country if place is not None else None

    def located(self) -> frozenset[int]:
        """The indices of the tokens :meth:`country_at` gives a country."""
        return frozenset(i for i, place in self._by_token.items() if place.country is not None)


def user_dictionaries(settings: Settings) -> list[UserDictionary]:
    """The actor dictionaries (YAML, CSV or TABARI) and TABARI agent dictionaries named
    in the settings."""
    return [read_dictionary(path) for path in settings.actor_dictionaries] + [
        read_agent_dictionary(path) for path in settings.agent_dictionaries
    ]


def event_id(article_id: str, cameo: str, coded: CodedEvent) -> str:
    """A deterministic id: the same article coded again gives the same ids."""
    target = coded.target
    key = "|".join(
        str(part)
        for part in (
            article_id,
            coded.trigger.idx,
            cameo,
            coded.source.code,
            coded.source.start,
            target.code if target else "",
            target.start if target else "",
        )
    )
    return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def split_text(text: str, max_chars: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``max_chars`` that join back to ``text``,
    preferring paragraph breaks, then line breaks, then sentence ends, then spaces, each
    only when it keeps the piece at least half full."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        end = start + _cut(window, max_chars)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _cut(window: str, max_chars: int) -> int:
    for separator in ("\n\n", "\n", ". ", " "):
        found = window.rfind(separator)
        if found >= max_chars // 2:
            return found + len(separator)
    return max_chars


def _sentence(index: int, sent: Span, doc_text: str) -> Sentence:
    """Sentence ``index``; ``doc_text`` is the document's text (a span's own text is built
    from its tokens)."""
    text = doc_text[sent.start_char : sent.end_char].rstrip()  # spaCy keeps trailing blank lines
    return Sentence(index, sent.start_char, sent.start_char + len(text), text)


def _warnings(article: Article, max_chars: int) -> tuple[str, ...]:
    found: list[str] = []
    if article.published is None:
        found.append("no publication date: relative dates are left unresolved")
    if len(article.text) > max_chars:
        found.append(f"long text ({len(article.text):,} characters) coded in chunks")
    return tuple(found)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, size)):
        yield batch


def _annotate_in_worker(pipeline: Pipeline, batch: list[Article]) -> list[AnnotatedArticle]:
    return pipeline.annotate_batch(batch)
