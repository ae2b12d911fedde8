"""Answer feedback from the web chat: thumbs up or down, an optional comment, kept in SQLite.

Each row keeps the question, the answer and its citations as they were shown, so a rating
can be judged later even after the index has changed.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from assistant.errors import UserError
from assistant.schema import Answer

RATINGS = ("up", "down")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    refused INTEGER NOT NULL,
    citations TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT NOT NULL DEFAULT ''
)
"""


@dataclass
class FeedbackRecord:
    id: int
    created_at: str
    question: str
    answer: str
    refused: bool
    citations: list[dict]
    rating: str
    comment: str


class FeedbackStore:
    """One SQLite file; a short-lived connection per call, so Streamlit's threads can share it."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=10)
            conn.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise UserError(f"Cannot open the feedback database {self.path} ({exc}); "
                            "set feedback_db to a writable file.") from None
        return conn

    def add(self, answer: Answer, rating: str, comment: str = "") -> int:
        """Save feedback on an answer; returns the row id for later changes."""
        _check_rating(rating)
        citations = json.dumps([c.to_dict() for c in answer.citations], ensure_ascii=False)
        with closing(self._connect()) as conn, conn:
            cursor = conn.execute(
                "INSERT INTO feedback (created_at, question, answer, refused, citations, rating, comment) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (_now(), answer.question, answer.answer, int(answer.refused), citations, rating, comment.strip()))
            return int(cursor.lastrowid)

    def update(self, row_id: int, rating: str | None = None, comment: str | None = None) -> None:
        if rating is not None:
            _check_rating(rating)
        with closing(self._connect()) as conn, conn:
            if rating is not None:
                conn.execute("UPDATE feedback SET rating = ? WHERE id = ?", (rating, row_id))
            if comment is not None:
                conn.execute("UPDATE feedback SET comment = ? WHERE id = ?", (comment.strip(), row_id))

    def delete(self, row_id: int) -> None:
        """Drop a rating the user took back."""
        with closing(self._connect()) as conn, conn:
            conn.execute("DELETE FROM feedback WHERE id = ?", (row_id,))

    def all(self) -> list[FeedbackRecord]:
        if not self.path.exists():
            return []
        with closing(self._connect()) as conn:
            rows = conn.execute("SELECT id, created_at, question, answer, refused, citations, rating, comment "
                                "FROM feedback ORDER BY id").fetchall()
        return [FeedbackRecord(r[0], r[1], r[2], r[3], bool(r[4]), json.loads(r[5]), r[6], r[7]) for r in rows]


def _check_rating(rating: str) -> None:
    if rating not in RATINGS:
        raise ValueError(f"rating must be one of {RATINGS}, not {rating!r}")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
