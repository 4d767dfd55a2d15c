"""Measure the analyzer on labelled corpora (corpora/FORMATS.md): spans, levels and ICD-10-CM.

Not a unit test: these functions read whole corpora and print figures. Tune on dev parts only;
report held-out parts.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from .facts import STATUS_FIELDS

REPO = Path(__file__).resolve().parents[1]
TRAP_STATUSES = {"negated", "historical", "hypothetical", "family", "uncertain", "attempted_unsuccessful"}


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_offsets(narrative: str, text: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(max(1, occurrence)):
        start = narrative.find(text, start + 1)
        if start < 0:
            raise ValueError(f"gold text not found (occurrence {occurrence})")
    return start, start + len(text)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _gold_drug(extractor, gold_med: dict) -> str:
    """The analyzer's name for a gold drug name (gold files may use a brand, a combination or 'glucose')."""
    name = str(gold_med["drug"]).lower()
    if name in ("dextrose", "glucose") and gold_med.get("route") == "PO":
        return "oral glucose"
    drug = extractor.drug_by_name.get(name)
    return drug.name if drug else name


def evaluate_spans(path: Path, extractor=None) -> dict[str, Any]:
    """Concept P/R/F1 over affirmed crew findings; status accuracy; trap accuracy."""
    from .nlp import load_extractor

    from .vocabulary import concept_categories

    extractor = extractor or load_extractor()
    vocabulary_concepts = set(concept_categories()) - {"medication_als"}
    rows = read_jsonl(path)
    per_concept: dict[str, Counter] = defaultdict(Counter)
    status_total: Counter = Counter()
    status_right: Counter = Counter()
    traps = trap_ok = 0
    other_total = other_ok = 0
    trap_misses: list[dict] = []
    med_total = med_ok = 0
    facts_list = extractor.pipe([(r["narrative"], {}) for r in rows])
    for row, facts in zip(rows, facts_list):
        narrative = row["narrative"]
        system = [f for f in facts.findings if f.source == "narrative" and f.concept in vocabulary_concepts]
        gold = []
        for g in row.get("findings", []):
            start, end = gold_offsets(narrative, g["text"], g.get("occurrence", 1))
            gold.append({**g, "span": (start, end)})
        # affirmed-only concept matching (the crew's affirmed findings), overlap + same concept
        sys_aff = [f for f in system if f.affirmed and not f.performed_by_other]
        gold_aff = [g for g in gold if g["status"] == "affirmed" and not g.get("performed_by_other")]
        used = set()
        for g in gold_aff:
            hit = next((i for i, f in enumerate(sys_aff) if i not in used and f.concept == g["concept"] and _overlap((f.start, f.end), g["span"])), None)
            if hit is None:
                per_concept[g["concept"]]["fn"] += 1
            else:
                used.add(hit)
                per_concept[g["concept"]]["tp"] += 1
        for i, f in enumerate(sys_aff):
            if i in used:
                continue
            # a system span inside a gold span of the same concept already matched is not a new error
            if any(g["concept"] == f.concept and _overlap((f.start, f.end), g["span"]) for g in gold_aff):
                continue
            per_concept[f.concept]["fp"] += 1
        # status of every gold mention the system found (any status)
        for g in gold:
            match = [f for f in system if f.concept == g["concept"] and _overlap((f.start, f.end), g["span"])]
            status = g["status"]
            status_total[status] += 1
            if match and any(f.status == status for f in match):
                status_right[status] += 1
            if status in TRAP_STATUSES or g.get("performed_by_other"):
                traps += 1
                counted = any(f.counts_for_crew for f in match) if g.get("performed_by_other") else any(f.affirmed for f in match)
                if not counted:
                    trap_ok += 1
                else:
                    trap_misses.append({"id": row["id"], "concept": g["concept"], "text": g["text"], "status": status,
                                        "by_other": bool(g.get("performed_by_other"))})
            if g.get("performed_by_other"):
                other_total += 1
                other_ok += any(f.performed_by_other for f in match) or not match
        for gm in row.get("medications", []):
            med_total += 1
            name = _gold_drug(extractor, gm)
            sys_meds = [m for m in facts.medications if m.drug == name]
            if gm.get("status", "affirmed") == "affirmed" and not gm.get("performed_by_other"):
                good = [m for m in sys_meds if m.counts_for_crew]
                med_ok += any(m.route == gm.get("route") and m.administrations == gm.get("administrations") for m in good)
            else:
                med_ok += not any(m.counts_for_crew for m in sys_meds)
    totals = Counter()
    for c in per_concept.values():
        totals.update(c)
    return {
        "documents": len(rows),
        "micro": _prf(totals["tp"], totals["fp"], totals["fn"]),
        "per_concept": {k: _prf(v["tp"], v["fp"], v["fn"]) for k, v in sorted(per_concept.items())},
        "status_accuracy": {k: round(status_right[k] / status_total[k], 4) for k in sorted(status_total)},
        "status_counts": dict(status_total),
        "traps": traps,
        "trap_accuracy": round(trap_ok / traps, 4) if traps else None,
        "trap_misses": trap_misses,
        "medications": med_total,
        "medication_accuracy": round(med_ok / med_total, 4) if med_total else None,
    }


def format_spans(res: dict, path: Path) -> str:
    m = res["micro"]
    out = [f"== {path}: {res['documents']} narratives (affirmed crew findings, overlap match)",
           f"concept micro P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  (tp {m['tp']} fp {m['fp']} fn {m['fn']})",
           f"traps (mentions that must not count as done): {res['traps']}  accuracy {res['trap_accuracy']}",
           f"medications (drug+route+count for crew doses; not counted otherwise): {res['medications']}  accuracy {res['medication_accuracy']}",
           "status accuracy: " + ", ".join(f"{k} {v:.3f} (n={res['status_counts'][k]})" for k, v in res["status_accuracy"].items()),
           f"{'concept':<40} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}"]
    for k, v in res["per_concept"].items():
        out.append(f"{k:<40} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['tp'] + v['fn']:4d}")
    return "\n".join(out)


LABELS = REPO / "corpora" / "labels"
LEVEL_CORPORA = {"samples": (REPO / "corpora/samples/pcrs.jsonl", LABELS / "samples.jsonl"),
                 "levels-heldout": (REPO / "corpora/levels/heldout.jsonl", LABELS / "levels_heldout.jsonl")}


def level_corpus(path: Path) -> tuple[Path, Path]:
    """PCR file and its expected-labels file: a known name, a folder with pcrs.jsonl + expected.jsonl,
    or a PCR file whose labels are corpora/labels/<name>.jsonl."""
    if str(path) in LEVEL_CORPORA:
        return LEVEL_CORPORA[str(path)]
    if path.is_dir():
        if (path / "expected.jsonl").exists():
            return path / "pcrs.jsonl", path / "expected.jsonl"
        return path / "pcrs.jsonl", LABELS / f"{path.name}.jsonl"
    return path, LABELS / f"{path.parent.name}_{path.stem}.jsonl"


def evaluate_levels(path: Path, analyzer=None) -> dict[str, Any]:
    """Level accuracy, HCPCS accuracy, over- and under-coded records, flag checks."""
    from . import load_analyzer
    from .ingest import Item, validate_record

    analyzer = analyzer or load_analyzer(icd=False)
    pcr_path, label_path = level_corpus(path)
    pcrs = read_jsonl(pcr_path)
    expected = {e["pcr_id"]: e for e in read_jsonl(label_path)}
    rank = {"NONE": 0, "BLS": 1, "ALS1": 2, "ALS2": 3, "SCT": 4}
    n = right = hcpcs_right = over = under = 0
    flag_hits = flag_total = absent_ok = absent_total = 0
    confusion: Counter = Counter()
    errors = []
    flag_errors: list[str] = []
    items = [Item(f"{pcr_path}:{i}", record=validate_record(r), pcr_id=r["pcr_id"]) for i, r in enumerate(pcrs, 1)]
    for result in analyzer.analyze_items(items):
        exp = expected[result["pcr_id"]]
        n += 1
        if result["status"] != "ok":
            errors.append({"pcr_id": result["pcr_id"], "expected": exp["level"], "got": f"error {result['error']['code']}"})
            continue
        got = result["level"]["supported"]
        want = exp["level"]
        confusion[(want, got)] += 1
        right += got == want
        hcpcs_right += result["level"]["hcpcs"] == exp.get("hcpcs")
        if got in rank and want in rank and rank[got] > rank[want]:
            over += 1
        elif got != want and not (got in rank and want in rank and rank[got] < rank[want]):
            over += got in ("FW", "RW", "SCT") and want not in ("FW", "RW")
        if got in rank and want in rank and rank[got] < rank[want]:
            under += 1
        codes = {f["code"] for f in result["flags"]}
        for f in exp.get("flags", []):
            flag_total += 1
            flag_hits += f in codes
            if f not in codes:
                flag_errors.append(f"{result['pcr_id']}: {f} not raised")
        for f in exp.get("flags_absent", []):
            absent_total += 1
            absent_ok += f not in codes
            if f in codes:
                flag_errors.append(f"{result['pcr_id']}: {f} raised but should not be")
        if got != want or result["level"]["hcpcs"] != exp.get("hcpcs"):
            errors.append({"pcr_id": result["pcr_id"], "expected": f"{want} {exp.get('hcpcs')}",
                           "got": f"{got} {result['level']['hcpcs']}"})
    return {
        "records": n, "level_accuracy": round(right / n, 4) if n else None,
        "hcpcs_accuracy": round(hcpcs_right / n, 4) if n else None, "over_coded": over, "under_coded": under,
        "flags_expected": flag_total, "flags_raised": flag_hits, "flags_absent_expected": absent_total,
        "flags_absent_ok": absent_ok, "mismatches": errors, "flag_errors": flag_errors,
        "confusion": {f"{a}->{b}": c for (a, b), c in sorted(confusion.items())},
    }


def format_levels(res: dict, path: Path) -> str:
    out = [f"== {path}: {res['records']} records",
           f"level accuracy {res['level_accuracy']}  HCPCS accuracy {res['hcpcs_accuracy']}  "
           f"over-coded {res['over_coded']}  under-coded {res['under_coded']}",
           f"expected flags raised {res['flags_raised']}/{res['flags_expected']}  "
           f"flags correctly withheld {res['flags_absent_ok']}/{res['flags_absent_expected']}"]
    for m in res["mismatches"]:
        out.append(f"  {m['pcr_id']}: expected {m['expected']}, got {m['got']}")
    for e in res.get("flag_errors", []):
        out.append(f"  flag: {e}")
    return "\n".join(out)


def _hash_files(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.read_bytes())
    return h.hexdigest()


def train_icd(corpus: Path, model_dir: Path | None = None, register: bool = True) -> dict:
    from .classifier.model import default_model_dir, train_model
    from .nlp import load_extractor

    train_path, heldout_path = corpus / "train.jsonl", corpus / "heldout.jsonl"
    train_rows = read_jsonl(train_path)
    heldout_rows = read_jsonl(heldout_path) if heldout_path.exists() else []
    return train_model(train_rows, heldout_rows, load_extractor(), model_dir or default_model_dir(),
                       _hash_files([train_path, corpus / "categories.tsv"]), register=register)


def evaluate_icd(heldout: Path | None = None) -> dict:
    from .classifier import load_suggester
    from .classifier.features import model_text
    from .classifier.model import evaluate_pipeline
    from .nlp import load_extractor

    heldout = heldout or REPO / "corpora" / "icd" / "heldout.jsonl"
    rows = read_jsonl(heldout)
    suggester = load_suggester()
    if suggester.pipeline is None:
        raise SystemExit("no ICD model: run 'narrative-nlp train' first")
    facts = load_extractor().pipe([(r["narrative"], {}) for r in rows])
    X = [model_text(f, r.get("impressions") or []) for f, r in zip(facts, rows)]
    res = evaluate_pipeline(suggester.pipeline, X, [r["label"] for r in rows])
    res["model"] = suggester.version
    res["heldout"] = str(heldout)
    return res


def format_icd(res: dict) -> str:
    out = [f"== ICD-10-CM held-out ({res['heldout']}, {res['n']} narratives, model {res['model']})",
           f"top-1 category accuracy {res['top1_category_accuracy']}  top-3 category accuracy {res['top3_category_accuracy']}  "
           f"macro-F1 {res['macro_f1_label']}  ECE {res['ece_top1']}",
           "reliability (top-1 confidence bin: n, mean confidence, accuracy):"]
    for b in res["reliability"]:
        out.append(f"  {b['bin']}: n={b['n']} conf={b['confidence']} acc={b['accuracy']}")
    return "\n".join(out)
