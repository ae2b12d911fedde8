"""Pick a judge by name: "offline" (default), "nli" (a cross-encoder) or "llm" (any OpenAI-compatible server)."""
from __future__ import annotations

from assistant.errors import UserError
from assistant.settings import Settings
from assistant.verify.base import Judge

KNOWN_JUDGES = ("offline", "nli", "llm")


def make_judge(name: str, settings: Settings, embedder=None) -> Judge:
    if name == "offline":
        from assistant.verify.offline import SupportScorer

        return SupportScorer(embedder, threshold=settings.support_threshold)
    if name == "nli":
        from assistant.verify.nli import NLIJudge

        return NLIJudge.load(settings)
    if name == "llm":
        from assistant.verify.llm import LLMJudge

        return LLMJudge.from_settings(settings)
    raise UserError(f"Unknown judge '{name}'. Known judges: {', '.join(KNOWN_JUDGES)} "
                    f"(set `judge` in assistant.toml or ASSISTANT_JUDGE).")
