"""One browser session's conversation, kept in st.session_state."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from assistant.schema import Answer


@dataclass
class ChatTurn:
    question: str
    answer: Answer | None = None
    error: str = ""  # a UserError message (empty or overlong question) instead of an answer
    # Stable widget keys and anchors for this turn, unique across "New chat".
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:10])
    feedback_id: int | None = None  # the feedback row, once the user rated the answer


def history(turns: list[ChatTurn]) -> list[dict]:
    """Earlier answered exchanges, in the {"role", "content"} form Assistant.ask takes."""
    out: list[dict] = []
    for turn in turns:
        if turn.answer is not None:
            out.append({"role": "user", "content": turn.question})
            out.append({"role": "assistant", "content": turn.answer.answer})
    return out
