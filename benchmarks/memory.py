"""Peak memory of `narrative-nlp screen` on N records and on 3N records: streaming means it does not grow.

Run:  python benchmarks/memory.py [--records N]
Writes temporary JSONL files made from the bundled corpora, runs the installed console script in a child
process for each size, and prints wall time and peak resident memory (from the child's rusage).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_input(path: Path, n: int) -> None:
    base = []
    for name in ("corpora/samples/pcrs.jsonl", "corpora/levels/heldout.jsonl"):
        base += [json.loads(line) for line in (ROOT / name).read_text().splitlines() if line.strip()]
    with path.open("w") as fh:
        for i in range(n):
            r = base[i % len(base)]
            fh.write(json.dumps({**r, "pcr_id": f"{r['pcr_id']}-{i}"}) + "\n")




def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=2000)
    args = ap.parse_args()
    exe = shutil.which("narrative-nlp") or str(Path(sys.executable).with_name("narrative-nlp"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for n in (args.records, 3 * args.records):
            src = tmp / f"in{n}.jsonl"
            make_input(src, n)
            # each size in a fresh process, so the peak is that run's own
            code = (f"import resource,subprocess;subprocess.run([{exe!r},'screen',{str(src)!r},'--out',{str(tmp / 'o.jsonl')!r}],"
                    "capture_output=True);print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
            t = time.perf_counter()
            peak = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() or 0)
            wall = time.perf_counter() - t
            print(f"{n:7d} records: {wall:6.1f} s wall, {n / wall:6.1f} records/s, peak RSS {peak / 1024:6.0f} MB")


if __name__ == "__main__":
    main()
