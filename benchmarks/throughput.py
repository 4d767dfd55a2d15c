"""Throughput of narrative_nlp, side by side with a stock medspaCy pipeline, on the same narratives.

Run:  python benchmarks/throughput.py [--repeat N] [--limit N]

Prints narratives/second for
  - narrative_nlp full analysis (ingest-validated records -> contract output, ICD model included),
  - narrative_nlp extraction only (spaCy/medspaCy pipeline + facts),
  - stock ``medspacy.load()`` (PyRuSH sentences, target matcher, ConText with default rules),
  - sentence segmentation alone: our EMS segmenter vs PyRuSH (the ratio is printed),
  - ICD classifier inference alone (ms per narrative, batched and one at a time),
and the machine, Python and package versions. Figures vary with the machine; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
warnings.filterwarnings("ignore")
logging.disable(logging.WARNING)


def load_narratives() -> list[dict]:
    records: list[dict] = []
    for path in [ROOT / "corpora/samples/pcrs.jsonl", ROOT / "corpora/levels/heldout.jsonl"]:
        records += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    for path in [ROOT / "corpora/gold/dev.jsonl", ROOT / "corpora/gold/heldout.jsonl", ROOT / "corpora/icd/heldout.jsonl"]:
        if path.exists():
            records += [{"pcr_id": r["id"], "narrative": r["narrative"]} for r in map(json.loads, path.read_text().splitlines())]
    return records


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:9.1f} narratives/s  ({seconds * 1000 / n:.2f} ms each)"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3, help="repeat the corpus this many times")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N narratives")
    args = ap.parse_args()

    base = load_narratives()
    if args.limit:
        base = base[: args.limit]
    records = base * args.repeat
    texts = [r["narrative"] for r in records]
    chars = sum(len(t) for t in texts) / len(texts)
    print(f"machine: {platform.machine()} {os.cpu_count()} cpus, python {platform.python_version()}")
    import medspacy
    import sklearn
    import spacy

    import narrative_nlp

    print(f"narrative_nlp {narrative_nlp.__version__}, spacy {spacy.__version__}, medspacy {medspacy.__version__}, "
          f"scikit-learn {sklearn.__version__}")
    print(f"corpus: {len(base)} narratives x {args.repeat} = {len(records)}, mean {chars:.0f} characters\n")

    from narrative_nlp import load_analyzer
    from narrative_nlp.ingest import Item, validate_record

    t = time.perf_counter()
    analyzer = load_analyzer()
    print(f"load analyzer (pipeline, tables, ICD model): {time.perf_counter() - t:.1f} s")
    items = [Item("bench", record=validate_record(r), pcr_id=r["pcr_id"]) for r in records]

    t = time.perf_counter()
    n = sum(1 for _ in analyzer.analyze_items(items))
    full = time.perf_counter() - t
    print(f"narrative_nlp full analysis     {rate(n, full)}")

    ex = analyzer.extractor
    t = time.perf_counter()
    facts = list(ex.pipe([(x, {}) for x in texts]))
    extract = time.perf_counter() - t
    print(f"narrative_nlp extraction only   {rate(len(facts), extract)}")

    stock = medspacy.load()
    t = time.perf_counter()
    for _ in stock.pipe(texts):
        pass
    stock_time = time.perf_counter() - t
    print(f"stock medspacy.load()           {rate(len(texts), stock_time)}   pipeline: {stock.pipe_names}")
    print(f"  -> full analysis is {stock_time / full:.1f}x the speed of stock medspaCy\n")

    # sentence segmentation alone, on the same tokenized documents
    from narrative_nlp.nlp.segmenter import segment_ems

    pyrush = stock.get_pipe("medspacy_pyrush")
    docs = [ex.nlp.make_doc(x) for x in texts]
    t = time.perf_counter()
    for d in docs:
        segment_ems(d)
    ours = time.perf_counter() - t
    docs = [stock.make_doc(x) for x in texts]
    t = time.perf_counter()
    for d in docs:
        pyrush(d)
    theirs = time.perf_counter() - t
    print(f"EMS segmenter                   {rate(len(texts), ours)}")
    print(f"PyRuSH (medspacy_pyrush)        {rate(len(texts), theirs)}")
    print(f"  -> segmenter speed ratio: {theirs / ours:.1f}x faster than PyRuSH\n")

    suggester = analyzer.suggester
    if suggester is not None and suggester.pipeline is not None:
        pairs = list(zip(facts, [{}] * len(facts)))
        t = time.perf_counter()
        suggester.suggest_many(pairs)
        batched = time.perf_counter() - t
        single_n = min(300, len(pairs))
        t = time.perf_counter()
        for f, r in pairs[:single_n]:
            suggester.suggest(f, r)
        single = time.perf_counter() - t
        print(f"ICD classifier, batched (as screen runs it): {batched * 1000 / len(pairs):.3f} ms per narrative")
        print(f"ICD classifier, one call per narrative:      {single * 1000 / single_n:.3f} ms per narrative")
    else:
        print("ICD classifier: no model (run 'narrative-nlp train')")


if __name__ == "__main__":
    main()
