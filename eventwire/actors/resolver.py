"""The actors stage: resolve who is acting in a parsed document.

``ActorResolver.load()`` reads the data files once and builds the phrase indexes;
``resolve_document`` walks one parsed document and returns an immutable
:class:`DocumentActors` that the event coder queries token by token.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from spacy.tokens import Doc, Token

from eventwire.actors._describe import Describer
from eventwire.actors._discourse import DocumentPass
from eventwire.actors._lexicon import Lexicon
from eventwire.actors._tables import load_tables
from eventwire.actors.dictionary import (
    UserDictionary,
    change_dates,
    common_entries,
    merge,
    period_days,
    proper_entries,
)
from eventwire.models import Actor


@dataclass(frozen=True, slots=True)
class DocumentActors:
    """The resolved actors of one document, by the index of their head token."""

    by_token: Mapping[int, tuple[Actor, ...]]

    def actors_for(self, token: Token) -> list[Actor]:
        """Actors of the noun phrase headed by ``token`` (or the pronoun); [] for none."""
        return list(self.by_token.get(token.i, ()))

    def all_actors(self) -> list[Actor]:
        """Every resolved actor mention, in text order."""
        return [actor for index in sorted(self.by_token) for actor in self.by_token[index]]


@dataclass(frozen=True, slots=True)
class ActorResolver:
    """Resolves actor mentions using the country, role and organisation tables.

    With user dictionaries whose codes change over time, ``changes`` holds the days on
    which some code changes and ``dated`` one describer per period between them.
    """

    describer: Describer
    changes: tuple[dt.date, ...] = ()
    dated: tuple[Describer, ...] = ()

    @classmethod
    def load(
        cls, folder: Path | None = None, *, extra_dictionaries: Sequence[UserDictionary] = ()
    ) -> ActorResolver:
        """Read the data files (the package's, or those in ``folder``) and index them.

        ``extra_dictionaries`` add user actors and role nouns (e.g. read by
        :mod:`eventwire.actors.tabari`); their entries win over the package tables.
        """
        lexicon = Lexicon.build(load_tables(folder))
        if not extra_dictionaries:
            return cls(Describer(lexicon))
        user = merge(extra_dictionaries)
        common = common_entries(user)
        changes = change_dates(user)
        dated = tuple(
            Describer(lexicon.overlaid(proper_entries(user, day), common))
            for day in period_days(changes)
        )
        undated = Describer(lexicon.overlaid(proper_entries(user, None), common))
        return cls(undated, changes, dated)

    def resolve_document(self, doc: Doc, published: dt.date | None = None) -> DocumentActors:
        """Resolve every noun phrase and pronoun of ``doc``.

        ``published`` selects the codes of date-bounded dictionary entries; without it
        they take their undated code.
        """
        found = DocumentPass(self._describer_on(published), doc).run()
        return DocumentActors(MappingProxyType(found))

    def _describer_on(self, published: dt.date | None) -> Describer:
        if published is None or not self.dated:
            return self.describer
        return self.dated[bisect.bisect_right(self.changes, published)]
