"""Records in: plain text, JSON, JSON Lines and NEMSIS v3.5 XML -> validated PCR dicts.

Every input record yields exactly one :class:`Item`, in input order: either a record that
passed validation or a coded :class:`RecordError`. File-level problems (no such path,
unsupported type) raise :class:`InputError` before any record is read.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import Errors, InputError, RecordError

MAX_NARRATIVE_CHARS = 100_000
SUFFIXES = (".jsonl", ".json", ".txt", ".xml")


@dataclass(frozen=True, slots=True)
class Item:
    """One input record: where it came from, and the record or the reason it failed."""

    source: str
    record: dict[str, Any] | None = None
    error: RecordError | None = None
    pcr_id: str | None = None


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    schema = json.loads(resources.files("narrative_nlp.contract").joinpath("pcr.schema.json").read_text())
    return Draft202012Validator(schema)


def validate_record(obj: Any) -> dict[str, Any]:
    """Check one decoded record against the PCR schema; raise RecordError with a stable code."""
    if not isinstance(obj, dict):
        raise RecordError("E006", Errors.E006.format(kind=type(obj).__name__))
    pcr_id = obj.get("pcr_id")
    if not isinstance(pcr_id, str) or not pcr_id.strip():
        raise RecordError("E002", Errors.E002)
    errors = sorted(_validator().iter_errors(obj), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.absolute_path) or "(record)"
        # the validator's own message may quote values; name only the field and the rule broken
        raise RecordError("E004", Errors.E004.format(detail=f"field '{where}' fails '{err.validator}'"))
    narrative = obj.get("narrative")
    if len(narrative) > MAX_NARRATIVE_CHARS:
        raise RecordError("E005", Errors.E005.format(size=len(narrative), limit=MAX_NARRATIVE_CHARS))
    return obj


def _safe_id(obj: Any) -> str | None:
    if isinstance(obj, dict) and isinstance(obj.get("pcr_id"), str) and obj["pcr_id"].strip():
        return obj["pcr_id"]
    return None


def _item_from_obj(obj: Any, source: str) -> Item:
    try:
        return Item(source, record=validate_record(obj), pcr_id=obj["pcr_id"])
    except RecordError as exc:
        return Item(source, error=exc, pcr_id=_safe_id(obj))


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RecordError("E003", Errors.E003.format(offset=exc.start)) from None


def read_jsonl_lines(lines: Iterable[bytes], name: str) -> Iterator[Item]:
    """One Item per non-blank line, streaming."""
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        source = f"{name}:{lineno}"
        try:
            text = _decode(raw)
            obj = json.loads(text)
        except RecordError as exc:
            yield Item(source, error=exc)
            continue
        except json.JSONDecodeError as exc:
            yield Item(source, error=RecordError("E001", Errors.E001.format(detail=f"{exc.msg} at column {exc.colno}")))
            continue
        yield _item_from_obj(obj, source)


def read_json_bytes(data: bytes, name: str) -> Iterator[Item]:
    """A JSON document: one record object, or an array of them."""
    try:
        obj = json.loads(_decode(data))
    except RecordError as exc:
        yield Item(f"{name}", error=exc)
        return
    except json.JSONDecodeError as exc:
        yield Item(f"{name}", error=RecordError("E001", Errors.E001.format(detail=f"{exc.msg} at line {exc.lineno}")))
        return
    if isinstance(obj, list):
        for i, element in enumerate(obj, 1):
            yield _item_from_obj(element, f"{name}[{i}]")
    else:
        yield _item_from_obj(obj, name)


def read_text_bytes(data: bytes, name: str, pcr_id: str) -> Iterator[Item]:
    """A plain-text narrative: one record whose id is the file name without suffix."""
    try:
        text = _decode(data)
    except RecordError as exc:
        yield Item(name, error=exc, pcr_id=pcr_id)
        return
    yield _item_from_obj({"pcr_id": pcr_id, "narrative": text}, name)


def read_path(path: Path) -> Iterator[Item]:
    suffix = path.suffix.lower()
    name = str(path)
    try:
        if suffix == ".jsonl":
            with path.open("rb") as fh:
                yield from read_jsonl_lines(fh, name)
        elif suffix == ".json":
            yield from read_json_bytes(path.read_bytes(), name)
        elif suffix == ".txt":
            yield from read_text_bytes(path.read_bytes(), name, path.stem)
        elif suffix == ".xml":
            yield from _read_nemsis(path)
        else:
            raise InputError(Errors.E011.format(suffix=suffix, path=name))
    except OSError as exc:
        raise InputError(Errors.E012.format(path=name, detail=exc.strerror or type(exc).__name__)) from None


def _read_nemsis(path: Path) -> Iterator[Item]:
    from .nemsis import NemsisError, read_nemsis

    try:
        for index, record, message in read_nemsis(path):
            source = f"{path}#PatientCareReport[{index}]"
            if record is None:
                yield Item(source, error=RecordError("E008", Errors.E008.format(detail=message)))
            else:
                yield _item_from_obj(record, source)
    except NemsisError as exc:
        yield Item(str(path), error=RecordError("E008", Errors.E008.format(detail=str(exc))))


def expand_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, and the supported files inside folders (sorted, recursive)."""
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files.extend(sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES))
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                raise InputError(Errors.E011.format(suffix=path.suffix, path=path))
            files.append(path)
        else:
            raise InputError(Errors.E010.format(path=path))
    return files


def iter_items(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Items from files and folders, or from standard input for '-' (JSON Lines)."""
    paths = list(paths)
    if paths == ["-"]:
        yield from read_jsonl_lines(sys.stdin.buffer, "<stdin>")
        return
    for path in expand_inputs(paths):
        yield from read_path(path)


def read_single(path: str) -> Item:
    """One record for ``analyze``: a .txt narrative, a .json record, or '-' (JSON or text)."""
    if path == "-":
        data = sys.stdin.buffer.read()
        stripped = data.lstrip()
        if stripped.startswith(b"{"):
            return next(read_json_bytes(data, "<stdin>"))
        return next(read_text_bytes(data, "<stdin>", "stdin"))
    p = Path(path)
    if not p.is_file():
        raise InputError(Errors.E010.format(path=path))
    items = read_path(p)
    first = next(items, None)
    if first is None:
        raise InputError(Errors.E007)
    return first
