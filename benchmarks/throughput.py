"""Throughput of the whole pipeline against bare spaCy parsing, on one JSONL corpus.

    python benchmarks/throughput.py CORPUS.jsonl [--limit N]

Prints articles/s and sentences/s for spaCy alone (same model, same batching) and for the
whole pipeline, their ratio, and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

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
    args = parser.parse_args()
    articles = read_corpus(args.corpus, args.limit)
    pipeline = Pipeline.load()
    list(pipeline.annotate(articles[:5]))  # warm up caches and lazy loads

    started = time.perf_counter()
    docs = list(pipeline.nlp.pipe((a.text for a in articles), batch_size=32))
    spacy_seconds = time.perf_counter() - started
    sentences = sum(len(list(doc.sents)) for doc in docs)

    started = time.perf_counter()
    annotated = list(pipeline.annotate(articles))
    pipeline_seconds = time.perf_counter() - started
    events = sum(len(a.events) for a in annotated)

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(articles)}  sentences: {sentences}  events: {events}")
    print(
        f"spaCy alone:   {len(articles) / spacy_seconds:7.1f} articles/s "
        f"{sentences / spacy_seconds:8.1f} sentences/s"
    )
    print(
        f"whole pipeline:{len(articles) / pipeline_seconds:7.1f} articles/s "
        f"{sentences / pipeline_seconds:8.1f} sentences/s"
    )
    print(f"pipeline / spaCy speed: {spacy_seconds / pipeline_seconds:.2f}")
    print(f"peak resident memory: {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
