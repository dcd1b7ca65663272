"""Throughput of the whole pipeline against bare spaCy parsing, on one JSONL corpus.

    python benchmarks/throughput.py CORPUS.jsonl [--limit N] [--rounds R]

Prints the seconds it takes to load the actor tables, the event patterns and the
gazetteer index (once per process); articles/s and sentences/s for spaCy alone (same
model, same batching) and for the whole pipeline, their ratio, the peak resident memory of
the process, and what each stage after parsing costs as a share of spaCy's parse time (the
event coder's own share is the "events" figure).
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path
from statistics import median

from eventwire import Article, Pipeline
from eventwire.actors import ActorResolver
from eventwire.coding.coder import EventCoder
from eventwire.geo import find_places
from eventwire.geo.gazetteer import Gazetteer
from eventwire.pipeline import PlaceIndex
from eventwire.time import tag_timexes


def read_corpus(path: Path, limit: int) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= limit:
                break
            record = json.loads(line)
            articles.append(Article(id=str(record.get("id", number)), text=record["text"]))
    return articles


def stage_shares(pipeline: Pipeline, articles: list[Article]) -> dict[str, float]:
    """Seconds of each stage after parsing, as a share of spaCy's parse time."""
    started = time.perf_counter()
    docs = list(pipeline.nlp.pipe((a.text for a in articles), batch_size=32))
    parse = time.perf_counter() - started
    spent = dict.fromkeys(("actors", "time", "places", "events"), 0.0)
    for article, doc in zip(articles, docs, strict=True):
        clock = time.perf_counter()
        pipeline.coder.repair_parse(doc)  # the coder's own parse repair, before actors
        spent["events"] += (now := time.perf_counter()) - clock
        clock = now
        actors = pipeline.actors.resolve_document(doc, article.published)
        spent["actors"] += (now := time.perf_counter()) - clock
        tag_timexes(doc, article.published)
        spent["time"] += (clock := time.perf_counter()) - now
        places = find_places(doc, pipeline.gazetteer)
        spent["places"] += (now := time.perf_counter()) - clock
        pipeline.coder.code(doc, actors, PlaceIndex(doc, places))
        spent["events"] += time.perf_counter() - now
    return {stage: seconds / parse for stage, seconds in spent.items()}


def load_times() -> list[tuple[str, float]]:
    """Seconds to load each resource the pipeline holds, apart from the spaCy model."""
    times = []
    for name, load in (
        ("actor tables", ActorResolver.load),
        ("event patterns", EventCoder.load),
        ("gazetteer", Gazetteer.load),
    ):
        started = time.perf_counter()
        load()
        times.append((name, time.perf_counter() - started))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    articles = read_corpus(args.corpus, args.limit)
    print("load once per process: " + ", ".join(f"{k} {v:.2f} s" for k, v in load_times()))
    pipeline = Pipeline.load()
    list(pipeline.annotate(articles[:5]))  # warm up caches and lazy loads

    spacy_runs, pipeline_runs = [], []
    for _ in range(args.rounds):  # alternate, so drift in machine load hits both alike
        started = time.perf_counter()
        docs = list(pipeline.nlp.pipe((a.text for a in articles), batch_size=32))
        spacy_runs.append(time.perf_counter() - started)
        started = time.perf_counter()
        annotated = list(pipeline.annotate(articles))
        pipeline_runs.append(time.perf_counter() - started)
    spacy_seconds, pipeline_seconds = median(spacy_runs), median(pipeline_runs)
    sentences = sum(len(list(doc.sents)) for doc in docs)
    events = sum(len(a.events) for a in annotated)

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"articles: {len(articles)}  sentences: {sentences}  events: {events}  "
        f"rounds: {args.rounds} (medians)"
    )
    print(
        f"spaCy alone:    {len(articles) / spacy_seconds:7.1f} articles/s "
        f"{sentences / spacy_seconds:8.1f} sentences/s"
    )
    print(
        f"whole pipeline: {len(articles) / pipeline_seconds:7.1f} articles/s "
        f"{sentences / pipeline_seconds:8.1f} sentences/s"
    )
    print(f"pipeline / spaCy speed: {spacy_seconds / pipeline_seconds:.2f}")
    print(f"peak resident memory: {peak_mib:.0f} MiB")
    shares = stage_shares(pipeline, articles)
    print(
        "cost of each stage, as a share of spaCy parse time: "
        + ", ".join(f"{stage} {share:.1%}" for stage, share in shares.items())
    )


if __name__ == "__main__":
    main()
