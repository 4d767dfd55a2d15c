"""The command line, in-process (typer's CliRunner) and as the installed console script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import ROOT, read_jsonl
from narrative_nlp.cli import app

runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("narrative-nlp 0.")


def test_analyze_json_record(tmp_path, check_output):
    record = {"pcr_id": "J1", "narrative": "Cardiac arrest. Epi 1mg IVP x3, amio 300 IV. 7.5 ETT placed.",
              "service": {"response_mode": "emergency", "crew_levels": ["Paramedic", "EMT-B"], "transported": True}}
    path = tmp_path / "j1.json"
    path.write_text(json.dumps(record))
    result = runner.invoke(app, ["analyze", str(path)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    check_output(out, record["narrative"])
    assert out["level"]["supported"] == "ALS2"


def test_analyze_text_format_is_readable(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("Pt denies chest pain. 18g IV established L AC. NRB 15 lpm.")
    result = runner.invoke(app, ["analyze", str(path), "--format", "text"])
    assert result.exit_code == 0, result.output
    assert "Level:" in result.output and "Necessity documented" in result.output
    assert "acute_cardiac_distress" in result.output and "negated" in result.output
    assert "iv_access" in result.output


def test_screen_samples_all_valid(tmp_path, output_validator):
    out = tmp_path / "s.jsonl"
    result = runner.invoke(app, ["screen", str(ROOT / "corpora" / "samples"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = read_jsonl(out)
    assert len(rows) >= 20
    for row in rows:
        assert not list(output_validator.iter_errors(row))
    assert "records: " in result.output and "levels:" in result.output


def test_screen_mixed_batch_exit_1_in_order_no_traceback(tmp_path, output_validator):
    lines = [
        json.dumps({"pcr_id": "M1", "narrative": "Pt c/o SOB, NRB 15 lpm."}).encode(),
        b'{"pcr_id": "M2", "narr',
        json.dumps({"narrative": "no id"}).encode(),
        b'{"pcr_id": "M4", "narrative": "\xff\xfe"}',
        json.dumps({"pcr_id": "M5", "narrative": ""}).encode(),
        json.dumps({"pcr_id": "M6", "narrative": "Pt fell, hip pain."}).encode(),
        json.dumps({"pcr_id": "M7", "narrative": ["wrong", "type"]}).encode(),
    ]
    src = tmp_path / "mixed.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["screen", str(src), "--out", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    rows = read_jsonl(out)
    assert [r["status"] for r in rows] == ["ok", "error", "error", "error", "ok", "ok", "error"]
    assert [r["pcr_id"] for r in rows] == ["M1", None, None, None, "M5", "M6", "M7"]
    assert [r["error"]["code"] for r in rows if r["status"] == "error"] == ["E001", "E002", "E003", "E004"]
    assert all(f"mixed.jsonl:{i}" in r["error"]["source"] for i, r in enumerate(rows, 1) if r["status"] == "error")
    assert "NARRATIVE_EMPTY" in {f["code"] for f in rows[4]["flags"]}
    for row in rows:
        assert not list(output_validator.iter_errors(row))


def test_screen_missing_input_exit_2(tmp_path):
    result = runner.invoke(app, ["screen", str(tmp_path / "missing"), "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2
    assert "E010" in result.output
    assert not (tmp_path / "o.jsonl").exists()


def test_screen_unwritable_output_exit_2(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Pt stable.")
    result = runner.invoke(app, ["screen", str(src), "--out", str(tmp_path / "no" / "such" / "dir" / "o.jsonl")])
    assert result.exit_code == 2
    assert "cannot write" in result.output


@pytest.mark.skipif(shutil.which("narrative-nlp") is None and not (ROOT / ".venv" / "bin" / "narrative-nlp").exists(),
                    reason="console script not installed")
def test_console_script_logs_no_phi(tmp_path):
    exe = shutil.which("narrative-nlp") or str(ROOT / ".venv" / "bin" / "narrative-nlp")
    secret = "Zebediah Quackenbush lives at 77 Secret Lane"
    src = tmp_path / "p.jsonl"
    src.write_text(json.dumps({"pcr_id": "PHI-1", "narrative": secret + ". Pt c/o CP."}) + "\n"
                   + json.dumps({"pcr_id": "PHI-2", "narrative": 5, "patient": {"sex": secret}}) + "\n")
    proc = subprocess.run([exe, "--verbose", "screen", str(src), "--out", str(tmp_path / "o.jsonl")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert secret not in proc.stderr and secret not in proc.stdout
    assert "Traceback" not in proc.stderr
