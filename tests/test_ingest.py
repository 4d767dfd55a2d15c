"""Ingest: every input record yields exactly one item, in order, with stable error codes."""

from __future__ import annotations

import json

import pytest

from narrative_nlp.errors import InputError
from narrative_nlp.ingest import expand_inputs, iter_items, read_single

GOOD = {"pcr_id": "A1", "narrative": "Pt c/o chest pain, 12 lead NSR, ASA 324 PO."}


def write_lines(tmp_path, lines: list[bytes], name="batch.jsonl"):
    path = tmp_path / name
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_seven_line_mixed_batch_keeps_order_and_statuses(tmp_path):
    lines = [
        json.dumps(GOOD).encode(),
        b'{"pcr_id": "A2", "narrative": "broken',  # broken JSON
        json.dumps({"narrative": "no id here"}).encode(),  # no pcr_id
        b'{"pcr_id": "A4", "narrative": "bad \xff\xfe bytes"}',  # invalid UTF-8
        json.dumps({"pcr_id": "A5", "narrative": ""}).encode(),  # empty narrative: valid, flagged later
        json.dumps({"pcr_id": "A6", "narrative": 42}).encode(),  # wrong type
        json.dumps({**GOOD, "pcr_id": "A7"}).encode(),
    ]
    items = list(iter_items([write_lines(tmp_path, lines)]))
    assert len(items) == 7
    codes = [it.error.code if it.error else "ok" for it in items]
    assert codes == ["ok", "E001", "E002", "E003", "ok", "E004", "ok"]
    assert [it.source.rsplit(":", 1)[1] for it in items] == [str(i) for i in range(1, 8)]
    assert items[5].pcr_id == "A6"  # the id survives a schema error
    for it in items:
        if it.error:
            assert "broken" not in it.error.message and "no id here" not in it.error.message


def test_error_messages_never_quote_record_content(tmp_path):
    secret = "JOHN SMITH 123 MAIN ST"
    lines = [json.dumps({"pcr_id": "S1", "narrative": secret, "patient": {"age": secret}}).encode()]
    (item,) = iter_items([write_lines(tmp_path, lines)])
    assert item.error.code == "E004"
    assert secret not in item.error.message


def test_huge_narrative_is_an_error_not_a_crash(tmp_path):
    big = {"pcr_id": "BIG", "narrative": "pt stable. " * 500_000}  # about 5 MB
    (item,) = iter_items([write_lines(tmp_path, [json.dumps(big).encode()])])
    assert item.error.code == "E005"
    assert item.pcr_id == "BIG"


def test_json_array_and_single_object_and_text(tmp_path):
    (tmp_path / "arr.json").write_text(json.dumps([GOOD, {**GOOD, "pcr_id": "A2"}, "not an object"]))
    (tmp_path / "one.json").write_text(json.dumps({**GOOD, "pcr_id": "B1"}))
    (tmp_path / "C1.txt").write_text("Pt found down, GCS 8, NRB applied.")
    items = list(iter_items([tmp_path]))
    # sorted by file name: C1.txt, arr.json, one.json
    assert [it.pcr_id for it in items] == ["C1", "A1", "A2", None, "B1"]
    assert items[3].error.code == "E006"
    assert items[0].record["narrative"].startswith("Pt found down")


def test_blank_lines_are_not_records(tmp_path):
    path = write_lines(tmp_path, [json.dumps(GOOD).encode(), b"", b"   ", json.dumps({**GOOD, "pcr_id": "Z"}).encode()])
    assert [it.pcr_id for it in iter_items([path])] == ["A1", "Z"]


def test_missing_path_and_unsupported_type_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="E010"):
        expand_inputs([tmp_path / "nope"])
    (tmp_path / "x.csv").write_text("a,b")
    with pytest.raises(InputError, match="E011"):
        expand_inputs([tmp_path / "x.csv"])


def test_read_single_text_file(tmp_path):
    path = tmp_path / "run42.txt"
    path.write_text("Pt ambulatory, no complaints.")
    item = read_single(str(path))
    assert item.record == {"pcr_id": "run42", "narrative": "Pt ambulatory, no complaints."}


def test_broken_json_file_is_one_error_record(tmp_path):
    (tmp_path / "bad.json").write_text('{"pcr_id": "Q", ')
    (item,) = list(iter_items([tmp_path / "bad.json"]))
    assert item.error.code == "E001"
