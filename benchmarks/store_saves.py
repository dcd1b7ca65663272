"""How fast the store saves coded articles while it groups duplicate reports.

    python benchmarks/store_saves.py [--articles N] [--events M] [--countries K] [--days D]

Saves N synthetic articles of M coded events each into a fresh SQLite store. Each event
draws its dyad from K countries, its CAMEO code from eight common ones and its day from
D days, so the same dyads recur and every save has stored reports to group with (with
the defaults, about 30 reports of each dyad and CAMEO family over 60 days). Prints articles/s,
mentions/s, and how many events the mentions became.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from eventwire.models import (
    Actor,
    AnnotatedArticle,
    Article,
    DateBasis,
    DatePrecision,
    Event,
    EventDate,
    EventStatus,
    PloverCoding,
    Sentence,
    TextSpan,
)
from eventwire.store import Store

CODES = ("190", "195", "042", "036", "111", "173", "020", "051")
COUNTRIES = ("USA", "RUS", "UKR", "CHN", "ISR", "PSE", "SDN", "IRN", "FRA", "DEU", "IND", "PAK")
FIRST_DAY = dt.date(2026, 1, 1)
SENTENCE = "The government of one country accused the other of violating the agreement."


def actor(code: str) -> Actor:
    return Actor(code, 0, 3, code, code[:3], tuple(code[3:6].split()), None, None, "country")


def coded(article_id: str, index: int, rng: random.Random, countries: int, days: int) -> Event:
    source, target = rng.sample(COUNTRIES[:countries], 2)
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(days))
    basis = rng.choice((DateBasis.TEXT, DateBasis.PUBLISHED))
    return Event(
        id=f"ev_{article_id}_{index}",
        article_id=article_id,
        cameo=rng.choice(CODES),
        cameo_name="synthetic",
        plover=PloverCoding("ACCUSE", None, ()),
        quad_class=3,
        goldstein=-2.0,
        status=EventStatus.ASSERTED,
        source=actor(source + "GOV"),
        target=actor(target),
        trigger=TextSpan(29, 37, "accused"),
        sentence=Sentence(index, 0, len(SENTENCE), SENTENCE),
        pattern="synthetic",
        date=EventDate(day, day, day.isoformat(), DatePrecision.DAY, basis),
        location=None,
        attribution=None,
    )


def articles(count: int, events: int, countries: int, days: int) -> list[AnnotatedArticle]:
    rng = random.Random(7)
    made = []
    for number in range(count):
        article_id = f"a{number}"
        found = tuple(coded(article_id, i, rng, countries, days) for i in range(events))
        made.append(AnnotatedArticle(Article(id=article_id, text=SENTENCE), (), found, (), (), ()))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--events", type=int, default=6)
    parser.add_argument("--countries", type=int, default=12)
    parser.add_argument("--days", type=int, default=60)
    options = parser.parse_args()
    batch = articles(options.articles, options.events, options.countries, options.days)
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "b.db") as store:
        started = time.perf_counter()
        for annotated in batch:
            store.save(annotated)
        seconds = time.perf_counter() - started
        stats = store.stats()
    print(f"{options.articles / seconds:.0f} articles/s, {stats.mentions / seconds:.0f} mentions/s")
    print(f"{stats.mentions} mentions grouped into {stats.events} events")


if __name__ == "__main__":
    main()
