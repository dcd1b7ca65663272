"""Time stage: TIMEX3 tagging of an article and the date of each event.

``tag_timexes`` finds and normalises temporal expressions against the publication
date; ``event_date`` picks the date of one event from them, and ``is_history`` tells an
event dated long before publication (background, not news). Ranges are tagged as one
expression per end; ``range_interval`` joins the two ends into one interval.
"""

from __future__ import annotations

from eventwire.time.anchor import (
    event_date,
    governing_chain,
    is_history,
    precision_of,
    range_interval,
)
from eventwire.time.tagger import tag_timexes

__all__ = [
    "event_date",
    "governing_chain",
    "is_history",
    "precision_of",
    "range_interval",
    "tag_timexes",
]
