"""Throughput of the whole pipeline against bare spaCy parsing, on one JSONL corpus.

    python benchmarks/throughput.py CORPUS.jsonl [--limit N] [--rounds R]

Prints articles/s and sentences/s for spaCy alone (same model, same batching) and for the
whole pipeline, their ratio, and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path
from statistics import median

from eventwire import Article, Pipeline


def read_corpus(path: Path, limit: int) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= limit:
                break
            record = json.loads(line)
            articles.append(Article(id=str(record.get("id", number)), text=record["text"]))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    articles = read_corpus(args.corpus, args.limit)
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


if __name__ == "__main__":
    main()
