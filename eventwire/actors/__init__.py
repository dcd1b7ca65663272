"""Actor resolution: countries, demonyms, metonyms, titles, organisations, coreference."""

from eventwire.actors.resolver import ActorResolver, DocumentActors

__all__ = ["ActorResolver", "DocumentActors"]
