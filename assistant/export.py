"""A conversation as Markdown: each question, its answer and the passages it cites."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Iterable

from assistant.schema import Answer, Citation


def location(page: int | None, heading: str | None) -> str:
    """A place in a document, for people: "p. 3 · Heading", or "" when there is neither."""
    parts = []
    if page is not None:
        parts.append(f"p. {page}")
    if heading:
        parts.append(heading)
    return " · ".join(parts)


def _quoted(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.strip().splitlines())


def _source(citation: Citation) -> str:
    where = location(citation.page, citation.heading)
    head = f"[{citation.marker}] {citation.title} ({citation.source}{', ' + where if where else ''}, " \
           f"characters {citation.start}-{citation.end})"
    return f"{head}\n\n{_quoted(citation.quote)}"


def conversation_markdown(answers: Iterable[Answer], title: str = "Brief Assistant conversation") -> str:
    lines = [f"# {title}", "", f"Exported {datetime.now(timezone.utc).isoformat(timespec='seconds')}", ""]
    for number, answer in enumerate(answers, 1):
        lines += [f"## {number}. {answer.question}", "", answer.answer, ""]
        if answer.citations:
            lines += ["**Sources**", ""]
            lines += [_source(c) + "\n" for c in answer.citations]
        elif answer.related:
            lines += ["**Closest passages** (they do not answer the question)", ""]
            lines += [_source(c) + "\n" for c in answer.related]
    return "\n".join(lines).rstrip() + "\n"
