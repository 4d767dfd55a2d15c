"""Run every evaluation and write EVALUATION.md with the commands and their figures.

Run:  python benchmarks/evaluate_all.py
Held-out parts are reported, never tuned on; development parts are listed for comparison.
"""

from __future__ import annotations

import datetime
import logging
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
warnings.filterwarnings("ignore")
logging.disable(logging.WARNING)

from narrative_nlp import __version__, evaluation  # noqa: E402


def main() -> None:
    lines = [f"# Evaluation (narrative_nlp {__version__}, {datetime.date.today().isoformat()})", "",
             "Regenerate with `python benchmarks/evaluate_all.py`. Held-out parts were written by authors who did not",
             "see the rules or the generator, and nothing was tuned on them.", ""]
    lines += ["## Spans (concept findings and their status)", "",
              "Command: `narrative-nlp evaluate corpora/gold/<part>.jsonl`. Concept P/R/F1 count affirmed findings done by",
              "the crew (overlap match, same concept). A trap is a gold mention that must not count as done (negated,",
              "historical, hypothetical, family, uncertain, failed, or done by someone else); trap accuracy is the share",
              "the analyzer did not count as done.", "",
              "| part | narratives | precision | recall | F1 | traps | trap accuracy | medication accuracy |",
              "|---|---|---|---|---|---|---|---|"]
    for part in ("heldout", "dev", "dev2", "dev3"):
        path = ROOT / "corpora" / "gold" / f"{part}.jsonl"
        if not path.exists():
            continue
        res = evaluation.evaluate_spans(path)
        m = res["micro"]
        lines.append(f"| {part}{' (held out)' if part == 'heldout' else ' (tuned on)'} | {res['documents']} | {m['precision']:.3f} | "
                     f"{m['recall']:.3f} | {m['f1']:.3f} | {res['traps']} | {res['trap_accuracy']:.3f} | "
                     f"{res['medication_accuracy']:.3f} |")
        print(evaluation.format_spans(res, path), "\n")
    lines += ["", "## Levels (whole PCR records)", "",
              "Command: `narrative-nlp evaluate --levels <corpus>`. Over-coded: a supported level above the coder's label.", "",
              "| corpus | records | level accuracy | HCPCS accuracy | over-coded | under-coded | expected flags raised | flags correctly withheld |",
              "|---|---|---|---|---|---|---|---|"]
    for name in ("levels-heldout", "samples", "corpora/levels/dev.jsonl"):
        res = evaluation.evaluate_levels(Path(name))
        kind = " (held out)" if "heldout" in name else (" (tuned on)" if name == "samples" else " (development, not tuned on)")
        lines.append(f"| {name}{kind} | {res['records']} | {res['level_accuracy']:.3f} | "
                     f"{res['hcpcs_accuracy']:.3f} | {res['over_coded']} | {res['under_coded']} | "
                     f"{res['flags_raised']}/{res['flags_expected']} | {res['flags_absent_ok']}/{res['flags_absent_expected']} |")
        print(evaluation.format_levels(res, Path(name)), "\n")
    try:
        res = evaluation.evaluate_icd()
        lines += ["", "## ICD-10-CM suggestions", "", "Command: `narrative-nlp evaluate --icd` (hand-written held-out set; "
                  "accuracy by ICD-10-CM category, the code's first three characters).", "",
                  "| narratives | top-1 | top-3 | macro-F1 | ECE (top-1) |", "|---|---|---|---|---|",
                  f"| {res['n']} | {res['top1_category_accuracy']:.3f} | {res['top3_category_accuracy']:.3f} | "
                  f"{res['macro_f1_label']:.3f} | {res['ece_top1']:.3f} |", "", "Reliability (top-1 confidence):", "",
                  "| confidence bin | n | mean confidence | accuracy |", "|---|---|---|---|"]
        lines += [f"| {b['bin']} | {b['n']} | {b['confidence']} | {b['accuracy']} |" for b in res["reliability"]]
        print(evaluation.format_icd(res))
    except SystemExit as exc:
        lines += ["", f"ICD-10-CM: not evaluated ({exc})"]
    (ROOT / "EVALUATION.md").write_text("\n".join(lines) + "\n")
    print(f"\nwrote {ROOT / 'EVALUATION.md'}")


if __name__ == "__main__":
    main()
