"""Command line: thin typer commands over library functions; exit codes are part of the interface.

analyze   one PCR -> one analysis (json or text)
screen    files / folders -> JSON Lines, one output per input record, summary on stderr
evaluate  gold corpora -> precision / recall / F1, level accuracy, ICD accuracy
train     corpora/icd -> models/icd_model.joblib with metadata and known sha256
"""

from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, pretty_exceptions_show_locals=False, help="Screen ambulance PCR narratives for billing and documentation.")
logger = logging.getLogger("narrative_nlp")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"narrative-nlp {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress (ids, counts and timings only; never record text).")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def analyze(
    path: Annotated[str, typer.Argument(help="A .txt narrative, a .json PCR record, or - for standard input.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="json or text.")] = "json",
    no_icd: Annotated[bool, typer.Option("--no-icd", help="Skip ICD-10-CM suggestions.")] = False,
) -> None:
    """Analyze one PCR and print its analysis."""
    from .errors import NarrativeNLPError
    from .ingest import read_single
    from .report import render_text

    if fmt not in ("json", "text"):
        _fail("--format must be json or text")
    try:
        item = read_single(path)
        analyzer = _analyzer(not no_icd)
    except NarrativeNLPError as exc:
        _fail(str(exc))
    result = next(analyzer.analyze_items([item]))
    typer.echo(render_text(result) if fmt == "text" else json.dumps(result, indent=2, ensure_ascii=False))
    raise typer.Exit(0 if result["status"] == "ok" else 1)


def _analyzer(icd: bool = True):
    from . import load_analyzer

    return load_analyzer(icd=icd)


@app.command()
def screen(
    inputs: Annotated[list[str], typer.Argument(help="Files or folders (.jsonl, .json, .txt, .xml), or - for JSON Lines on stdin.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output JSON Lines file (one analysis per input record).")],
    no_icd: Annotated[bool, typer.Option("--no-icd", help="Skip ICD-10-CM suggestions.")] = False,
    batch_size: Annotated[int, typer.Option(help="Records per NLP batch.")] = 64,
    workers: Annotated[int, typer.Option(help="Worker processes (each loads its own pipeline, about 6 s).")] = 1,
) -> None:
    """Screen many PCRs; exit 0 if every record is ok, 1 if some are errors, 2 if the command cannot run."""
    from .errors import NarrativeNLPError
    from .ingest import expand_inputs, iter_items

    try:
        if inputs != ["-"]:
            expand_inputs(inputs)  # fail fast on a missing path, before writing anything
        analyzer = _analyzer(not no_icd) if workers <= 1 else None
        fh = out.open("w", encoding="utf-8")
    except NarrativeNLPError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"cannot write {out}: {exc.strerror}")
    counts: Counter = Counter()
    levels: Counter = Counter()
    flags: Counter = Counter()
    errors: Counter = Counter()
    show = sys.stderr.isatty()
    try:
        with fh:
            if analyzer is not None:
                results = analyzer.analyze_items(iter_items(inputs), batch_size=batch_size)
            else:
                from .analyzer import analyze_parallel

                results = analyze_parallel(iter_items(inputs), workers, icd=not no_icd)
            for result in results:
                fh.write(json.dumps(result, ensure_ascii=False) + "\n")
                counts[result["status"]] += 1
                if result["status"] == "ok":
                    levels[result["level"]["supported"]] += 1
                    for f in result["flags"]:
                        flags[f["code"]] += 1
                else:
                    errors[result["error"]["code"]] += 1
                if show and (counts.total() % 50 == 0):
                    sys.stderr.write(f"\r{counts.total()} records screened")
                    sys.stderr.flush()
    except NarrativeNLPError as exc:
        _fail(str(exc))
    if show:
        sys.stderr.write("\r")
    total = counts.total()
    lines = [f"records: {total}  ok: {counts['ok']}  error: {counts['error']}  -> {out}"]
    if levels:
        lines.append("levels: " + ", ".join(f"{k} {v}" for k, v in sorted(levels.items())))
    if flags:
        lines.append("flags: " + ", ".join(f"{k} {v}" for k, v in sorted(flags.items(), key=lambda t: (-t[1], t[0]))))
    if errors:
        lines.append("errors: " + ", ".join(f"{k} {v}" for k, v in sorted(errors.items())))
    typer.echo("\n".join(lines), err=True)
    raise typer.Exit(1 if counts["error"] else 0)


@app.command()
def evaluate(
    gold: Annotated[Optional[list[Path]], typer.Argument(help="Span gold files (corpora/gold/*.jsonl).")] = None,
    levels: Annotated[Optional[list[Path]], typer.Option("--levels", help="PCR corpus with expected levels: 'samples', 'levels-heldout', or a .jsonl whose labels are in corpora/labels/.")] = None,
    icd: Annotated[bool, typer.Option("--icd", help="Evaluate the ICD-10-CM model on corpora/icd/heldout.jsonl.")] = False,
    report: Annotated[Optional[Path], typer.Option(help="Also write the full figures as JSON here.")] = None,
) -> None:
    """Print precision/recall/F1 (spans), level accuracy and over-coding (records), or ICD accuracy."""
    from . import evaluation

    results = {}
    for path in gold or []:
        res = evaluation.evaluate_spans(path)
        typer.echo(evaluation.format_spans(res, path))
        results[str(path)] = res
    for path in levels or []:
        res = evaluation.evaluate_levels(path)
        typer.echo(evaluation.format_levels(res, path))
        results[str(path)] = res
    if icd:
        res = evaluation.evaluate_icd()
        typer.echo(evaluation.format_icd(res))
        results["icd"] = res
    if not results:
        _fail("give gold span files, --levels CORPUS, or --icd")
    if report:
        report.write_text(json.dumps(results, indent=2, default=str) + "\n")


@app.command()
def train(
    corpus: Annotated[Path, typer.Option(help="Folder with train.jsonl and heldout.jsonl.")] = Path("corpora/icd"),
    model_dir: Annotated[Optional[Path], typer.Option(help="Where to write the model (default: models/).")] = None,
) -> None:
    """Train the ICD-10-CM model with a fixed seed and write it with its metadata and sha256."""
    from . import evaluation

    meta = evaluation.train_icd(corpus, model_dir)
    m = meta["metrics_heldout"]
    typer.echo(f"model {meta['version']} sha256 {meta['sha256']}\n"
               f"held-out top-1 {m.get('top1_category_accuracy')}  top-3 {m.get('top3_category_accuracy')}  "
               f"macro-F1 {m.get('macro_f1_label')}  ECE {m.get('ece_top1')}")


def main() -> None:  # console script entry point
    """Run the app; an unexpected failure prints one line (no traceback, no record content) and exits 2."""
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # pragma: no cover - last resort
        typer.echo(f"error: narrative-nlp failed ({type(exc).__name__}); rerun with --verbose and report it", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
