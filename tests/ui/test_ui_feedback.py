"""The SQLite feedback store."""
from __future__ import annotations

import pytest

from assistant.errors import UserError
from assistant.feedback import FeedbackStore
from assistant.schema import Answer, Citation

CITATION = Citation(1, "brief", "brief.txt", "Brief", "p1", 10, 40, "The pact was signed in 1965.")


def answer(refused: bool = False) -> Answer:
    return Answer("When was the pact signed?", "The pact was signed in 1965. [1]", refused, [CITATION])


def test_add_update_delete_round_trip(tmp_path):
    store = FeedbackStore(tmp_path / "sub" / "feedback.sqlite3")
    assert store.all() == []
    first = store.add(answer(), "up", " useful ")
    second = store.add(answer(refused=True), "down")
    store.update(first, rating="down", comment="wrong page")
    rows = store.all()
    assert [(r.id, r.rating, r.comment, r.refused) for r in rows] == \
        [(first, "down", "wrong page", False), (second, "down", "", True)]
    assert rows[0].question == "When was the pact signed?" and rows[0].answer.endswith("[1]")
    assert rows[0].citations == [CITATION.to_dict()] and rows[0].created_at.endswith("+00:00")
    store.delete(second)
    assert [r.id for r in store.all()] == [first]


def test_rating_must_be_up_or_down(tmp_path):
    with pytest.raises(ValueError):
        FeedbackStore(tmp_path / "f.sqlite3").add(answer(), "meh")


def test_unwritable_location_is_a_user_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="feedback_db"):
        FeedbackStore(blocker / "feedback.sqlite3").add(answer(), "up")
