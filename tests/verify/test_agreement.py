"""Agreement with labels and the intervals around it: they must cover the truth as often as they claim."""
from __future__ import annotations

import numpy as np
import pytest

from assistant.verify.agreement import agreement, corrected_share, mean_of_shares, proportion


def test_jeffreys_interval_covers_the_true_share_about_95_percent_of_the_time():
    rng = np.random.default_rng(7)
    for share, total in ((0.9, 40), (0.5, 20), (0.97, 120)):
        hits = rng.binomial(total, share, 1500)
        covered = [proportion(int(k), total).low <= share <= proportion(int(k), total).high for k in hits]
        assert 0.92 <= np.mean(covered) <= 0.985, (share, total, np.mean(covered))


def test_interval_narrows_with_more_cases_and_stays_in_bounds():
    small, large = proportion(18, 20), proportion(180, 200)
    assert small.value == large.value == 0.9
    assert small.low < large.low < 0.9 < large.high < small.high
    assert proportion(20, 20).high == 1.0 and proportion(20, 20).low < 0.9
    assert proportion(0, 20).low == 0.0
    assert proportion(0, 0).value is None and proportion(0, 0).text() == "n/a"


def test_balanced_accuracy_is_the_mean_recall_with_a_reproducible_interval():
    found = agreement([("supported", True)] * 38 + [("supported", False)] * 2
                      + [("unsupported", False)] * 30 + [("unsupported", True)] * 10)
    assert found.cases == 80
    assert found.confusion == {"supported->supported": 38, "supported->unsupported": 2,
                               "unsupported->supported": 10, "unsupported->unsupported": 30}
    assert found.recall["supported"].value == 0.95 and found.recall["unsupported"].value == 0.75
    ba = found.balanced_accuracy
    assert ba.value == pytest.approx(0.85)
    unsupported = found.recall["unsupported"]
    assert ba.low < 0.85 < ba.high and ba.high - ba.low < unsupported.high - unsupported.low
    assert agreement([("supported", True)] * 38 + [("supported", False)] * 2 + [("unsupported", False)] * 30
                     + [("unsupported", True)] * 10).balanced_accuracy == ba


def test_one_class_only_gives_that_class_recall():
    found = agreement([("unsupported", False)] * 9 + [("unsupported", True)])
    assert found.recall["supported"].value is None
    assert found.balanced_accuracy.value == pytest.approx(0.9)
    assert mean_of_shares([]).value is None


def test_corrected_share_takes_back_what_the_judge_lets_through():
    # 80 of 100 judged supported by a judge with recall 0.95 / 0.90: (0.8 + 0.9 - 1) / 0.85 are.
    estimate = corrected_share(proportion(80, 100), proportion(95, 100), proportion(90, 100))
    assert estimate.value == pytest.approx(0.7 / 0.85)
    assert estimate.low < estimate.value < estimate.high
    perfect = corrected_share(proportion(30, 50), proportion(40, 40), proportion(40, 40))
    assert perfect.value == pytest.approx(0.6)
    assert corrected_share(proportion(30, 50), proportion(10, 20), proportion(10, 20)).value is None
    assert corrected_share(proportion(30, 50), proportion(0, 0), proportion(10, 20)).value is None


def test_corrected_share_interval_covers_the_truth():
    rng = np.random.default_rng(11)
    truth, sensitivity, specificity, covered = 0.7, 0.9, 0.8, []
    for _ in range(200):
        supported = rng.binomial(400, truth)
        said = rng.binomial(supported, sensitivity) + rng.binomial(400 - supported, 1 - specificity)
        estimate = corrected_share(proportion(int(said), 400), proportion(int(rng.binomial(100, sensitivity)), 100),
                                   proportion(int(rng.binomial(100, specificity)), 100))
        covered.append(estimate.low <= truth <= estimate.high)
    assert np.mean(covered) >= 0.9
