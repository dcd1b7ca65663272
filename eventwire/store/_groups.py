"""Saving mentions as reports of events: a new article's mentions are grouped with the
stored mentions they may duplicate (``eventwire.dedup``), and the groups they touch are
rewritten.

Only the neighbourhood of the new mentions is regrouped: the stored mentions of the same
block (CAMEO root, source and target country) dated within twice the window. A seed that
a new mention displaces was within one window of it, and that seed's reports within one
window of the seed, so the neighbourhood holds every mention whose group can change.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, and_, delete, exists, or_, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.sql.elements import ColumnElement

from eventwire.dedup import DedupRules, EventGroup, block_key, group_events
from eventwire.models import Event
from eventwire.store._rows import event_from_record, event_row, mention_row
from eventwire.store.schema import events, mentions

Block = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class _Stored:
    """A mention already in the store: its row, its coding and the event it reports."""

    row_id: int
    event: Event
    group_id: str


def save_mentions(connection: Connection, coded: Sequence[Event], rules: DedupRules) -> None:
    """Store the mentions of one new article and regroup their neighbourhood."""
    stored = _neighbours(connection, coded, rules)
    groups = group_events([*(s.event for s in stored), *coded], rules)
    connection.execute(insert(events).on_conflict_do_nothing(), [event_row(g.seed) for g in groups])
    _assign(connection, groups, stored)
    _drop_empty(connection, {s.group_id for s in stored} - {g.id for g in groups})


def _neighbours(connection: Connection, coded: Sequence[Event], rules: DedupRules) -> list[_Stored]:
    conditions = [
        _near(block, days, rules.window_days) for block, days in _dated_blocks(coded).items()
    ]
    if not conditions:
        return []
    query = (
        select(mentions.c.id, mentions.c.record, mentions.c.event_id)
        .where(or_(*conditions))
        .order_by(mentions.c.id)
    )
    return [
        _Stored(row_id, event_from_record(record), group_id)
        for row_id, record, group_id in connection.execute(query)
    ]


def _dated_blocks(coded: Sequence[Event]) -> dict[Block, list[dt.date]]:
    """The days of the new mentions in each block; undated mentions have no neighbours
    outside their article."""
    days: dict[Block, list[dt.date]] = defaultdict(list)
    for event in coded:
        if event.date.start is not None:
            days[block_key(event)].append(event.date.start)
    return days


def _near(block: Block, days: Sequence[dt.date], window_days: int) -> ColumnElement[bool]:
    reach = dt.timedelta(days=2 * window_days)
    root, source, target = block
    return and_(
        mentions.c.cameo_root == root,
        mentions.c.source_key == source,
        mentions.c.target_key == target,
        mentions.c.date_start.between(
            (min(days) - reach).isoformat(), (max(days) + reach).isoformat()
        ),
    )


def _assign(
    connection: Connection, groups: Sequence[EventGroup], stored: Sequence[_Stored]
) -> None:
    """Point stored mentions at their (possibly new) group; insert the new mentions."""
    known = {id(s.event): s for s in stored}
    new_rows = []
    for group in groups:
        for mention in group.mentions:
            found = known.get(id(mention))
            if found is None:
                new_rows.append(mention_row(mention, group.id))
            elif found.group_id != group.id:
                connection.execute(
                    update(mentions).where(mentions.c.id == found.row_id).values(event_id=group.id)
                )
    if new_rows:
        connection.execute(insert(mentions).on_conflict_do_nothing(), new_rows)


def _drop_empty(connection: Connection, group_ids: set[str]) -> None:
    """Delete events that no mention reports any more."""
    if not group_ids:
        return
    reported = exists().where(mentions.c.event_id == events.c.id)
    connection.execute(delete(events).where(events.c.id.in_(group_ids), ~reported))
