"""A linear classifier with temperature scaling fitted on cross-validated training predictions."""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class TemperatureScaledClassifier(ClassifierMixin, BaseEstimator):
    """Multinomial logistic regression whose probabilities are softmax(scores / T).

    T is chosen to minimise the log-loss of out-of-fold decision scores on the training data
    (``cv`` stratified folds), so calibration never looks at held-out data.
    """

    def __init__(self, C: float = 20.0, cv: int = 5, random_state: int = 0, max_iter: int = 3000):
        self.C = C
        self.cv = cv
        self.random_state = random_state
        self.max_iter = max_iter

    def _base(self):
        return LogisticRegression(C=self.C, max_iter=self.max_iter)

    def fit(self, X, y):
        from scipy.optimize import minimize_scalar

        y = np.asarray(y)
        folds = StratifiedKFold(n_splits=self.cv, shuffle=True, random_state=self.random_state)
        scores = cross_val_predict(clone(self._base()), X, y, cv=folds, method="decision_function")
        self.classes_ = np.unique(y)
        index = {c: i for i, c in enumerate(self.classes_)}
        target = np.array([index[v] for v in y])

        def nll(t: float) -> float:
            p = _softmax(scores / t)
            return float(-np.log(np.clip(p[np.arange(len(target)), target], 1e-12, None)).mean())

        self.temperature_ = float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)
        self.estimator_ = self._base().fit(X, y)
        self.coef_ = self.estimator_.coef_.astype(np.float32)
        self.intercept_ = self.estimator_.intercept_.astype(np.float32)
        return self

    def decision_function(self, X):
        return np.asarray(X @ self.coef_.T) + self.intercept_

    def predict_proba(self, X):
        return _softmax(self.decision_function(X) / self.temperature_)

    def predict(self, X):
        return self.classes_[self.decision_function(X).argmax(axis=1)]
