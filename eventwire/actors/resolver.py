"""The actors stage: resolve who is acting in a parsed document.

``ActorResolver.load()`` reads the data files once and builds the phrase indexes;
``resolve_document`` walks one parsed document and returns an immutable
:class:`DocumentActors` that the event coder queries token by token.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from spacy.tokens import Doc, Token

from eventwire.actors._describe import Describer
from eventwire.actors._discourse import DocumentPass
from eventwire.actors._lexicon import Lexicon
from eventwire.actors._tables import load_tables
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
    """Resolves actor mentions using the country, role and organisation tables."""

    describer: Describer

    @classmethod
    def load(cls, folder: Path | None = None) -> ActorResolver:
        """Read the data files (the package's, or those in ``folder``) and index them."""
        return cls(Describer(Lexicon.build(load_tables(folder))))

    def resolve_document(self, doc: Doc, published: dt.date | None = None) -> DocumentActors:
        """Resolve every noun phrase and pronoun of ``doc``.

        ``published`` is accepted for date-bounded dictionary roles; the package tables
        carry no dates, so it does not change the result yet.
        """
        found = DocumentPass(self.describer, doc).run()
        return DocumentActors(MappingProxyType(found))
