"""A conversation exported as Markdown keeps each answer's citations."""
from __future__ import annotations

from assistant.export import conversation_markdown
from assistant.schema import Answer, Citation


def test_markdown_has_questions_answers_and_quoted_sources():
    cited = Citation(1, "brief", "brief.txt", "The Brief", "p1", 849, 1054, "The pact was signed\nin 1965.",
                     page=2, heading="History")
    related = Citation(1, "brief", "brief.txt", "The Brief", "p2", 0, 20, "Nearby text.")
    text = conversation_markdown([
        Answer("When was the pact signed?", "The pact was signed in 1965. [1]", False, [cited]),
        Answer("Write a poem", "The documents don't say.", True, related=[related]),
    ])
    assert "## 1. When was the pact signed?" in text and "The pact was signed in 1965. [1]" in text
    assert "[1] The Brief (brief.txt, p. 2 · History, characters 849-1054)" in text
    assert "> The pact was signed\n> in 1965." in text
    assert "## 2. Write a poem" in text and "**Closest passages**" in text and "> Nearby text." in text
