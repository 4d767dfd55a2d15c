"""Train, persist (with a known sha256) and apply the ICD-10-CM category model."""

from __future__ import annotations

import hashlib

import numpy as np
import json
import logging
import os
import platform
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import Errors, ModelIntegrityError, ResourceError
from ..facts import Facts
from .features import model_text

logger = logging.getLogger(__name__)
MODEL_NAME = "icd_model.joblib"
META_NAME = "icd_model.json"
KNOWN_HASHES = "known_models.json"
THRESHOLD = 0.15
TOP_K = 3
SEED = 20261125


def default_model_dir() -> Path:
    env = os.environ.get("NARRATIVE_NLP_MODEL_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "models"


@lru_cache(maxsize=1)
def categories() -> dict[str, tuple[str, str]]:
    """label -> (billable code, official description), checked against simple-icd-10-cm."""
    import simple_icd_10_cm as cm

    rows = resources.files("narrative_nlp.classifier").joinpath("categories.tsv").read_text(encoding="utf-8").splitlines()
    out = {}
    for line in rows[1:]:
        label, code, _desc = line.split("\t")
        if not (cm.is_valid_item(code) and cm.is_leaf(code)):
            raise ResourceError(Errors.E303.format(path="categories.tsv", code=code))
        out[label] = (code, cm.get_description(code))
    return out


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def known_hashes() -> set[str]:
    text = resources.files("narrative_nlp.classifier").joinpath(KNOWN_HASHES).read_text(encoding="utf-8")
    return set(json.loads(text)["sha256"])


def build_pipeline():
    """TF-IDF words and word pairs over negation-aware text, then temperature-scaled logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import Pipeline

    from .calibration import TemperatureScaledClassifier

    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=30000, sublinear_tf=True,
                            token_pattern=r"(?u)\b[\w/]+\b", dtype=np.float32)
    return Pipeline([("tfidf", words), ("clf", TemperatureScaledClassifier(C=20.0, cv=5, random_state=SEED))])


@dataclass
class IcdSuggester:
    pipeline: Any | None
    version: str | None

    def suggest_many(self, pairs: list[tuple[Facts, dict]]) -> list[tuple[list[dict], list]]:
        """Suggestions for many records with one model call (the fast path for batches)."""
        probas = None
        if self.pipeline is not None:
            texts = [model_text(f, self._valid_impressions(r)) for f, r in pairs]
            probas = self.pipeline.predict_proba(texts)
        return [self.suggest(f, r, None if probas is None else probas[i]) for i, (f, r) in enumerate(pairs)]

    @staticmethod
    def _valid_impressions(record: dict) -> list[str]:
        import simple_icd_10_cm as cm

        return [str(c).strip() for c in record.get("provider_impressions") or [] if cm.is_valid_item(str(c).strip())]

    def suggest(self, facts: Facts, record: dict, proba=None) -> tuple[list[dict], list]:
        """Ranked suggestions: valid impressions first, then rules, then the model above the threshold."""
        import simple_icd_10_cm as cm

        from ..rules.decide import Flag

        out: list[dict] = []
        flags: list = []
        seen: set[str] = set()
        impressions = [str(c).strip() for c in record.get("provider_impressions") or [] if str(c).strip()]
        valid_impressions = []
        for code in impressions:
            if cm.is_valid_item(code):
                valid_impressions.append(code)
                desc = cm.get_description(code)
                if code not in seen:
                    out.append({"code": cm.add_dot(code) if "." not in code and len(code) > 3 else code,
                                "description": desc, "score": 1.0, "source": "impression"})
                    seen.add(code)
                if not cm.is_leaf(code):
                    flags.append(Flag("ICD_IMPRESSION_NOT_BILLABLE", "info",
                                      f"Impression {code} is a category, not a billable code; choose a more specific code under it.", []))
            else:
                flags.append(Flag("ICD_IMPRESSION_INVALID", "warning",
                                  f"Impression '{code[:12]}' is not a valid ICD-10-CM code; correct it in the ePCR.", []))
        cats = categories()
        bed = [f for f in facts.findings if f.category == "bed_confinement" and f.affirmed]
        if len({f.concept for f in bed}) == 3:
            code, desc = cats["bed_confinement"]
            if code not in seen:
                out.append({"code": code, "description": desc, "score": 0.9, "source": "rule"})
                seen.add(code)
        if self.pipeline is not None and facts.narrative.strip():
            if proba is None:
                proba = self.pipeline.predict_proba([model_text(facts, valid_impressions)])[0]
            classes = self.pipeline.classes_
            ranked = sorted(zip(classes, proba), key=lambda t: -t[1])[:TOP_K]
            for label, p in ranked:
                if p < THRESHOLD:
                    break
                code, desc = cats[label]
                if code in seen:
                    continue
                out.append({"code": code, "description": desc, "score": round(float(p), 4), "source": "model"})
                seen.add(code)
        return out, flags

    def rank_labels(self, facts: Facts, impressions=()) -> list[tuple[str, float]]:
        proba = self.pipeline.predict_proba([model_text(facts, impressions)])[0]
        return sorted(zip(self.pipeline.classes_, (float(p) for p in proba)), key=lambda t: -t[1])


def load_model(model_dir: Path | None = None) -> IcdSuggester:
    import joblib

    model_dir = model_dir or default_model_dir()
    path = model_dir / MODEL_NAME
    if not path.is_file():
        raise ModelIntegrityError(Errors.E302.format(path=path))
    digest = sha256_of(path)
    if digest not in known_hashes():
        raise ModelIntegrityError(Errors.E301.format(path=path, digest=digest))
    pipeline = joblib.load(path)
    meta_path = model_dir / META_NAME
    version = None
    if meta_path.is_file():
        version = json.loads(meta_path.read_text())["version"]
    return IcdSuggester(pipeline=pipeline, version=version or digest[:12])


@lru_cache(maxsize=1)
def load_suggester() -> IcdSuggester:
    """The shared suggester; without a model file it still validates impressions (model version null)."""
    categories()  # loads the official ICD-10-CM table (about 4 s) at start-up, not on the first record
    try:
        return load_model()
    except ModelIntegrityError as exc:
        if "E301" in str(exc):
            raise
        logger.warning("ICD model not available; suggestions come from impressions and rules only")
        return IcdSuggester(pipeline=None, version=None)


def train_model(train_rows: list[dict], heldout_rows: list[dict], extractor, model_dir: Path, data_hash: str,
                register: bool = True) -> dict:
    """Fit on train_rows, measure on heldout_rows, write the model and its metadata; with ``register`` the
    package's list of known hashes is set to the new artifact's."""
    import joblib
    import numpy as np
    import sklearn

    cats = categories()
    def texts(rows):
        facts = extractor.pipe([(r["narrative"], {}) for r in rows])
        return [model_text(f, r.get("impressions") or []) for f, r in zip(facts, rows)]

    X, y = texts(train_rows), [r["label"] for r in train_rows]
    unknown = set(y) - set(cats)
    if unknown:
        raise ValueError(f"training labels not in categories.tsv: {sorted(unknown)}")
    from threadpoolctl import threadpool_limits

    pipe = build_pipeline()
    with threadpool_limits(limits=1):  # one BLAS thread: the same floating-point sums, so the same bytes
        pipe.fit(X, y)
    metrics = evaluate_pipeline(pipe, texts(heldout_rows), [r["label"] for r in heldout_rows]) if heldout_rows else {}
    model_dir.mkdir(parents=True, exist_ok=True)
    # stop_words_ (terms cut by max_features) is only for introspection and _stop_words_id is an object id;
    # dropping both makes the artifact byte-for-byte reproducible
    tfidf = pipe.named_steps["tfidf"]
    for attr in ("stop_words_", "_stop_words_id"):  # _stop_words_id is a memory address
        if hasattr(tfidf, attr):
            delattr(tfidf, attr)
    path = model_dir / MODEL_NAME
    joblib.dump(pipe, path, compress=3)
    digest = sha256_of(path)
    meta = {
        "version": f"icd-{digest[:12]}",
        "sha256": digest,
        "sklearn": sklearn.__version__,
        "numpy": np.__version__,
        "python": platform.python_version(),
        "seed": SEED,
        "training_data_sha256": data_hash,
        "n_train": len(train_rows),
        "n_heldout": len(heldout_rows),
        "categories": sorted(set(y)),
        "threshold": THRESHOLD,
        "metrics_heldout": metrics,
    }
    (model_dir / META_NAME).write_text(json.dumps(meta, indent=2) + "\n")
    # the package knows exactly the artifact it was last trained to; older files are refused
    if not register:
        return meta
    known_path = Path(__file__).with_name(KNOWN_HASHES)
    known_path.write_text(json.dumps({"sha256": [digest], "model": meta["version"]}, indent=2) + "\n")
    load_suggester.cache_clear()
    return meta


def evaluate_pipeline(pipe, X: list[str], y: list[str]) -> dict:
    import numpy as np
    from sklearn.metrics import f1_score

    proba = pipe.predict_proba(X)
    classes = list(pipe.classes_)
    order = np.argsort(-proba, axis=1)
    top1 = [classes[o[0]] for o in order]
    cat = lambda label: categories()[label][0][:3]  # noqa: E731
    top1_acc = float(np.mean([cat(p) == cat(t) for p, t in zip(top1, y)]))
    top3_acc = float(np.mean([cat(t) in {cat(classes[i]) for i in o[:3]} for o, t in zip(order, y)]))
    macro = float(f1_score(y, top1, average="macro", labels=sorted(set(y))))
    # reliability: expected calibration error of the top-1 probability over 10 bins
    conf = proba.max(axis=1)
    correct = np.array([p == t for p, t in zip(top1, y)], dtype=float)
    bins = np.linspace(0, 1, 11)
    ece = 0.0
    table = []
    for lo, hi in zip(bins[:-1], bins[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            ece += mask.mean() * abs(conf[mask].mean() - correct[mask].mean())
            table.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": int(mask.sum()), "confidence": round(float(conf[mask].mean()), 3),
                          "accuracy": round(float(correct[mask].mean()), 3)})
    return {"n": len(y), "top1_category_accuracy": round(top1_acc, 4), "top3_category_accuracy": round(top3_acc, 4),
            "macro_f1_label": round(macro, 4), "ece_top1": round(float(ece), 4), "reliability": table}
