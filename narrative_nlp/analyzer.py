"""Orchestration: record -> facts -> rules / classifier -> contract output, one record at a time or streamed."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from . import __version__
from .errors import Errors
from .ingest import Item
from .report import error_record, ok_record

logger = logging.getLogger(__name__)


_WORKER: Analyzer | None = None


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive lists of at most ``size`` items, read lazily (memory does not grow with the input)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _worker_init(icd: bool) -> None:
    global _WORKER
    import logging as _logging
    import warnings as _warnings

    _warnings.filterwarnings("ignore")
    _logging.disable(_logging.WARNING)
    _WORKER = Analyzer(icd=icd)


def _worker_run(chunk: list[Item]) -> list[dict[str, Any]]:
    return list(_WORKER.analyze_items(chunk))


def analyze_parallel(items: Iterable[Item], workers: int, icd: bool = True, chunk_size: int = 128) -> Iterator[dict[str, Any]]:
    """Like :meth:`Analyzer.analyze_items` across ``workers`` processes; output order is input order."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_worker_init, initargs=(icd,)) as pool:
        for results in pool.imap(_worker_run, _chunks(items, chunk_size)):
            yield from results


class Analyzer:
    """Holds the loaded pipeline, rule tables and ICD model; analyzes records."""

    def __init__(self, *, icd: bool = True) -> None:
        from .classifier import load_suggester
        from .nlp import load_extractor
        from .rules import load_tables

        self.extractor = load_extractor()
        self.tables = load_tables()
        self.suggester = load_suggester() if icd else None
        self.versions = {
            "package": __version__,
            "rules": f"tables {self.tables.version}; {self.extractor.version}",
            "model": self.suggester.version if self.suggester and self.suggester.version else None,
        }

    def analyze_record(self, record: dict[str, Any]) -> dict[str, Any]:
        facts = self.extractor.extract(record.get("narrative") or "", record)
        return self._finish(record, facts)

    def _icd_many(self, facts_list, records):
        if self.suggester is None or not facts_list:
            return None
        try:
            return self.suggester.suggest_many(list(zip(facts_list, records)))
        except Exception:  # fall back to per-record suggestions, where a failure is caught per record
            logger.warning("batch ICD suggestion failed; suggesting record by record")
            return None

    def _finish(self, record: dict[str, Any], facts, icd_result=None) -> dict[str, Any]:
        from .rules import decide

        decision = decide(facts, record, self.tables)
        icd, icd_flags = ([], [])
        if icd_result is not None:
            icd, icd_flags = icd_result
        elif self.suggester is not None:
            icd, icd_flags = self.suggester.suggest(facts, record)
        return ok_record(record["pcr_id"], self.versions, facts, decision, icd, icd_flags)

    def error(self, item: Item) -> dict[str, Any]:
        return error_record(item.pcr_id, self.versions, item.error.code, item.error.message, item.source)

    def analyze_items(self, items: Iterable[Item], batch_size: int = 64) -> Iterator[dict[str, Any]]:
        """One output per input item, in order; a failure on one record never stops the batch."""
        for chunk in _chunks(items, batch_size):
            good = [(i, x) for i, x in enumerate(chunk) if x.record is not None]
            results: dict[int, dict] = {}
            try:
                pairs = [(x.record.get("narrative") or "", x.record) for _, x in good]
                facts_list = list(self.extractor.pipe(pairs, batch_size=batch_size))
                icd = self._icd_many(facts_list, [x.record for _, x in good])
                for k, ((i, x), facts) in enumerate(zip(good, facts_list)):
                    results[i] = self._safe_finish(x, facts, icd[k] if icd else None)
            except Exception:  # a pipeline failure: fall back to one record at a time
                logger.warning("batch pipeline failed; retrying records one by one")
                for i, x in good:
                    if i not in results:
                        results[i] = self._safe_one(x)
            for i, x in enumerate(chunk):
                yield results[i] if x.record is not None else self.error(x)

    def _failure(self, item: Item, exc: Exception) -> dict[str, Any]:
        """The E009 record for an analyzer failure; the log names the exception type and file, never content."""
        logger.error("analysis failed for a record (%s) from %s", type(exc).__name__, item.source.split(":")[0])
        return error_record(item.pcr_id, self.versions, "E009", Errors.E009.format(kind=type(exc).__name__), item.source)

    def _safe_finish(self, item: Item, facts, icd_result=None) -> dict[str, Any]:
        try:
            return self._finish(item.record, facts, icd_result)
        except Exception as exc:  # never crash a batch
            return self._failure(item, exc)

    def _safe_one(self, item: Item) -> dict[str, Any]:
        try:
            return self.analyze_record(item.record)
        except Exception as exc:
            return self._failure(item, exc)
