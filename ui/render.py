"""Safe HTML for the web chat.

Document text, titles, answers (made of document sentences) and questions are untrusted. Every
piece is html-escaped here and the markup around it is built by this module alone; the result
goes to `st.html`, which does no Markdown processing, so `[x](javascript:...)` stays text.
"""
from __future__ import annotations

import html
import re

from assistant.export import location
from assistant.schema import Citation, Document, Passage

CITED_ID = "ba-cited"
_MARKER = re.compile(r"\[(\d+)\]")

CSS = """
<style>
.ba-text { white-space: pre-wrap; line-height: 1.6; }
.ba-marker { font-weight: 600; text-decoration: none; padding: 0 .15rem; border-radius: .25rem;
  background: rgba(28, 131, 225, .12); }
.ba-verified { font-size: .7rem; color: #1e7b34; margin-left: .2rem; font-variant: small-caps; }
.ba-refusal { border-left: .25rem solid #e8a317; background: rgba(255, 189, 69, .14);
  padding: .75rem 1rem; border-radius: .5rem; }
.ba-source { border: 1px solid rgba(128, 128, 128, .3); border-radius: .5rem; padding: .5rem .75rem;
  scroll-margin-top: 5rem; }
.ba-source:target { outline: .15rem solid #1c83e1; background: rgba(28, 131, 225, .06); }
.ba-source-head { font-size: .9rem; opacity: .85; margin-bottom: .3rem; }
.ba-passage { white-space: pre-wrap; font-size: .92rem; line-height: 1.55; }
.ba-doc { white-space: pre-wrap; line-height: 1.6; max-height: 70vh; overflow-y: auto;
  border: 1px solid rgba(128, 128, 128, .3); border-radius: .5rem; padding: 1rem 1.25rem; }
.ba-doc-title { font-size: 1.5rem; font-weight: 600; margin: 0; }
.ba-meta { font-size: .9rem; opacity: .75; }
mark.ba-mark { background: #ffe066; color: #1f1f1f; padding: 0 .1rem; border-radius: .15rem; }
</style>
"""

# Our own fixed script (no document data in it): bring the cited span into view on arrival.
SCROLL_TO_CITED = f"""<script>
(function() {{
  let tries = 0;
  const go = () => {{
    const el = document.getElementById("{CITED_ID}");
    if (el) {{ el.scrollIntoView({{block: "center"}}); }} else if (tries++ < 40) {{ setTimeout(go, 50); }}
  }};
  go();
}})();
</script>"""


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def highlighted(text: str, start: int, end: int, mark_id: str | None = None) -> str:
    """`text` escaped, with [start, end) wrapped in <mark>."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    id_attr = f' id="{esc(mark_id)}"' if mark_id else ""
    return f'{esc(text[:start])}<mark class="ba-mark"{id_attr}>{esc(text[start:end])}</mark>{esc(text[end:])}'


def source_anchor(turn_id: str, marker: int) -> str:
    return f"src-{turn_id}-{marker}"


def answer_html(answer_text: str, markers: set[int], turn_id: str, refused: bool,
                verified: dict[int, float] | None = None) -> str:
    """The answer escaped, each known [n] marker a link to its source card below, and marked
    "verified" when the support scorer checked its sentence against the cited passage."""
    verified = verified or {}

    def link(match: re.Match) -> str:
        n = int(match.group(1))
        if n not in markers:
            return match.group(0)
        anchor = f'<a class="ba-marker" href="#{source_anchor(turn_id, n)}" target="_self">[{n}]</a>'
        if n in verified:
            anchor += (f'<span class="ba-verified" title="Verified: the cited passage supports this sentence '
                       f'(support {verified[n]:.2f})">verified</span>')
        return anchor

    body = _MARKER.sub(link, esc(answer_text))
    kind = "ba-text ba-refusal" if refused else "ba-text ba-answer"
    return f'<div class="{kind}">{body}</div>'


def question_html(question: str) -> str:
    return f'<div class="ba-text">{esc(question)}</div>'


def passage_context(citation: Citation, document: Document | None, passage: Passage | None) -> tuple[str, int, int]:
    """The passage around a citation and the cited span's offsets inside it. When the index no
    longer holds that exact text, the quote alone."""
    if document is not None and passage is not None \
            and passage.start <= citation.start < citation.end <= passage.end \
            and document.text[citation.start:citation.end] == citation.quote:
        return document.text[passage.start:passage.end], citation.start - passage.start, citation.end - passage.start
    return citation.quote, 0, len(citation.quote)


def source_html(citation: Citation, context: tuple[str, int, int], anchor: str, highlight: bool = True) -> str:
    text, start, end = context
    where = location(citation.page, citation.heading)
    head = f'<span class="ba-marker">[{citation.marker}]</span> <strong>{esc(citation.title)}</strong>'
    if where:
        head += f" · {esc(where)}"
    body = highlighted(text, start, end) if highlight else esc(text)
    return (f'<div class="ba-source" id="{esc(anchor)}"><div class="ba-source-head">{head}</div>'
            f'<div class="ba-passage">{body}</div></div>')


def document_html(document: Document, span: tuple[int, int] | None) -> str:
    """The whole cleaned text, escaped; the cited span marked when there is one."""
    if span is None:
        body = esc(document.text)
    else:
        body = highlighted(document.text, span[0], span[1], mark_id=CITED_ID)
    return f'<div class="ba-doc">{body}</div>'


def document_header_html(title: str, meta: list[str]) -> str:
    meta_line = " · ".join(esc(m) for m in meta if m)
    return f'<p class="ba-doc-title">{esc(title)}</p><div class="ba-meta">{meta_line}</div>'


def plain_md(text: str) -> str:
    """Text for st.error/st.success and the like, which parse Markdown: every ASCII punctuation
    mark backslash-escaped, so nothing in it becomes a link, markup or HTML."""
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", text)


def cited_note_html(where: str) -> str:
    place = f" ({esc(where)})" if where else ""
    return (f'<div class="ba-meta">The cited span{place} is highlighted. '
            f'<a href="#{CITED_ID}" target="_self">Jump to it</a></div>')
