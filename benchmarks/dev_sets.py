"""Date and place figures on the development sets in ../shared/dev (TimeBank, LGL).

    python benchmarks/dev_sets.py [DEV_DIR]

Prints the TempEval-3 style date scores and the geoparsing scores that the README quotes.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from eventwire import Article
from eventwire.evaluate.dates import evaluate_dates
from eventwire.evaluate.places import evaluate_places
from eventwire.geo import Gazetteer
from eventwire.nlp import load_model

DEFAULT_DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "dev"


def read_inputs(path: Path) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as lines:  # not splitlines(): texts hold U+2028
        records = [json.loads(line) for line in lines if line.strip()]
    for raw in records:
        published = dt.date.fromisoformat(raw["published"]) if raw.get("published") else None
        articles.append(Article(id=raw["id"], text=raw["text"], published=published))
    return articles


def main() -> None:
    dev = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DEV
    nlp = load_model()
    dates = evaluate_dates(
        read_inputs(dev / "timebank.input.jsonl"), dev / "timebank.gold.jsonl", nlp
    )
    print(f"dates (TimeBank, {dates.documents} documents, {dates.gold} gold expressions)")
    print(
        f"  relaxed span P/R/F1: {dates.relaxed_precision:.3f} / {dates.relaxed_recall:.3f} / "
        f"{dates.relaxed_f1:.3f}"
    )
    print(
        f"  strict span F1: {dates.strict_f1:.3f}  value accuracy: {dates.value_accuracy:.3f}  "
        f"value F1: {dates.value_f1:.3f}"
    )
    places = evaluate_places(
        read_inputs(dev / "lgl.input.jsonl"), dev / "lgl.gold.jsonl", nlp, Gazetteer.load()
    )
    print(f"places (LGL, {places.articles} articles)")
    print(f"  detection P/R/F1: {places.precision:.3f} / {places.recall:.3f} / {places.f1:.3f}")
    print(
        f"  accuracy within 161 km: {places.accuracy_161km:.3f}  median km: "
        f"{places.median_km:.1f}  AUC: {places.auc:.3f}"
    )


if __name__ == "__main__":
    main()
