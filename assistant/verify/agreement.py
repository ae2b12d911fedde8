"""How well a judge agrees with human labels, and how sure those figures are.

A judge measured on 80 claims that gets 72 right is not known to be 90% right: the interval says
what the data allow. Intervals here are 95% Jeffreys intervals, the central 95% of
Beta(k + 1/2, n - k + 1/2) for k hits in n. Unlike the normal approximation they keep their
stated coverage on small samples and near 0 or 1 (Brown, Cai and DasGupta, 2001). Balanced
accuracy is the mean of the per-class recalls; its interval is the central 95% of the mean of
their Jeffreys distributions, drawn with a fixed seed so a report is the same on every run.

The same figures serve `assistant judge` (answers with labels), `evals/judge_meta.py` (the
judge's published accuracy) and the evaluation report (shares such as faithfulness).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np
from scipy.stats import beta

LABELS = ("supported", "unsupported")
LEVEL = 0.95
_DRAWS = 20000
_SEED = 20231


@dataclass(frozen=True)
class Estimate:
    """A share with its 95% interval; all None when nothing was counted."""

    value: float | None
    low: float | None
    high: float | None
    hits: int = 0
    total: int = 0

    def text(self, digits: int = 3) -> str:
        if self.value is None:
            return "n/a"
        return f"{self.value:.{digits}f} [{self.low:.{digits}f}, {self.high:.{digits}f}]"

    def as_dict(self) -> dict:
        return {"value": _round(self.value), "low": _round(self.low), "high": _round(self.high),
                "hits": self.hits, "total": self.total}


@dataclass(frozen=True)
class Agreement:
    """Verdicts against labels: counts per gold->said pair, per-class recall, balanced accuracy."""

    cases: int
    confusion: dict[str, int]
    recall: dict[str, Estimate]
    balanced_accuracy: Estimate

    def as_dict(self) -> dict:
        return {"cases": self.cases, "confusion": dict(self.confusion),
                "recall": {k: v.as_dict() for k, v in self.recall.items()},
                "balanced_accuracy": self.balanced_accuracy.as_dict()}


def proportion(hits: int, total: int) -> Estimate:
    if total <= 0:
        return Estimate(None, None, None, 0, 0)
    tail = (1 - LEVEL) / 2
    low = 0.0 if hits == 0 else float(beta.ppf(tail, hits + 0.5, total - hits + 0.5))
    high = 1.0 if hits == total else float(beta.ppf(1 - tail, hits + 0.5, total - hits + 0.5))
    return Estimate(hits / total, low, high, hits, total)


def mean_of_shares(parts: Iterable[Estimate]) -> Estimate:
    """The mean of several shares (balanced accuracy is the mean of the recalls), with its interval."""
    parts = [p for p in parts if p.total]
    if not parts:
        return Estimate(None, None, None, 0, 0)
    rng = np.random.default_rng(_SEED)
    draws = np.mean([rng.beta(p.hits + 0.5, p.total - p.hits + 0.5, _DRAWS) for p in parts], axis=0)
    tail = (1 - LEVEL) / 2
    value = sum(p.hits / p.total for p in parts) / len(parts)
    low, high = np.quantile(draws, [tail, 1 - tail])
    return Estimate(value, min(float(low), value), max(float(high), value),
                    sum(p.hits for p in parts), sum(p.total for p in parts))


def agreement(pairs: Iterable[tuple[str, bool]]) -> Agreement:
    """`pairs` holds (gold label, judge said supported) for each labelled case."""
    confusion = {f"{gold}->{said}": 0 for gold in LABELS for said in LABELS}
    for gold, said_supported in pairs:
        confusion[f"{gold}->{'supported' if said_supported else 'unsupported'}"] += 1
    recall = {gold: proportion(confusion[f"{gold}->{gold}"],
                               sum(confusion[f"{gold}->{said}"] for said in LABELS)) for gold in LABELS}
    return Agreement(sum(confusion.values()), confusion, recall, mean_of_shares(recall.values()))


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def corrected_share(judged: Estimate, recall_supported: Estimate, recall_unsupported: Estimate) -> Estimate:
    """The share of answers that are truly supported, from the share a judge calls supported and
    the judge's recall on labelled answers (the Rogan-Gladen estimator): a judge that passes 10%
    of unsupported answers reports more supported answers than there are, and this takes them
    back out. The interval carries the uncertainty of all three shares. None when the labelled
    answers do not show the judge to be better than chance."""
    parts = (judged, recall_supported, recall_unsupported)
    if not all(p.total for p in parts):
        return Estimate(None, None, None, judged.hits, judged.total)

    def solve(observed, sensitivity, specificity):
        # Youden's J: how much better than chance the judge tells the two classes apart.
        informed = np.asarray(sensitivity + specificity - 1, dtype=float)
        safe = np.where(informed > 0.05, informed, 1.0)
        return np.clip((observed + specificity - 1) / safe, 0.0, 1.0), informed

    value, informed = solve(*(p.hits / p.total for p in parts))
    if float(informed) <= 0.05:
        return Estimate(None, None, None, judged.hits, judged.total)
    rng = np.random.default_rng(_SEED)
    draws = [rng.beta(p.hits + 0.5, p.total - p.hits + 0.5, _DRAWS) for p in parts]
    shares, informed_draws = solve(*draws)
    shares = shares[informed_draws > 0.05]
    tail = (1 - LEVEL) / 2
    low, high = np.quantile(shares, [tail, 1 - tail])
    return Estimate(float(value), min(float(low), float(value)), max(float(high), float(value)),
                    judged.hits, judged.total)
