"""Agreement with labels and the intervals around it: they must cover the truth as often as they claim."""
from __future__ import annotations

import numpy as np
import pytest

from assistant.verify.agreement import agreement, mean_of_shares, proportion


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
