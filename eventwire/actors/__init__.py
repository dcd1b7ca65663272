"""Actor resolution: countries, demonyms, metonyms, titles, organisations, coreference."""

from eventwire.actors._tables import country_demonyms, person_name_words
from eventwire.actors.resolver import ActorResolver, DocumentActors

__all__ = ["ActorResolver", "DocumentActors", "country_demonyms", "person_name_words"]
