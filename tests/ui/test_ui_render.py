"""Safe rendering: document text becomes inert, escaped HTML with only our own markup."""
from __future__ import annotations

import re

from assistant.schema import Citation, Document, Passage
from tests.ui.conftest import XSS_DOC
from ui import render

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) a & b \"q\""


def tags(markup: str) -> list[str]:
    return re.findall(r"<(/?[a-zA-Z]+)", markup)


def test_highlight_escapes_every_piece_and_marks_the_span():
    text = "before " + HOSTILE + " after"
    start, end = text.index("<img"), text.index(" [click]")
    out = render.highlighted(text, start, end, mark_id="ba-cited")
    assert tags(out) == ["mark", "/mark"]
    assert '<mark class="ba-mark" id="ba-cited">&lt;img src=x onerror=alert(1)&gt;</mark>' in out
    assert "[click](javascript:alert(1))" in out and "a &amp; b &quot;q&quot;" in out


def test_document_html_has_no_tags_from_the_document():
    document = Document("xss", "xss.txt", "<b>Title</b>", XSS_DOC)
    assert tags(render.document_html(document, None)) == ["div", "/div"]
    span = (XSS_DOC.index("<script>"), XSS_DOC.index("</script>") + 9)
    out = render.document_html(document, span)
    assert tags(out) == ["div", "mark", "/mark", "/div"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</mark>" in out
    assert "<b>" not in render.document_header_html(document.title, ["xss.txt"])


def test_answer_markers_link_to_their_sources_only():
    out = render.answer_html(HOSTILE + " It was 1965. [1] See [7].", {1}, "t1", refused=False)
    assert out.count("<a ") == 1 and 'href="#src-t1-1"' in out and "[7]" in out
    assert "&lt;script&gt;" in out and "ba-answer" in out
    assert "ba-refusal" in render.answer_html("The documents don't say.", set(), "t1", refused=True)


def test_source_card_falls_back_to_the_quote_when_the_index_changed():
    text = "First sentence. The pact was signed in 1965. Last one."
    start = text.index("The pact")
    end = text.index(" Last")
    document = Document("d", "d.txt", "Doc", text)
    passage = Passage("p1", "d", 0, len(text), text, 0)
    citation = Citation(1, "d", "d.txt", "Doc <i>", "p1", start, end, text[start:end], page=3, heading="Origins")
    assert render.passage_context(citation, document, passage) == (text, start, end)
    changed = Document("d", "d.txt", "Doc", "Other text entirely. " + text)
    assert render.passage_context(citation, changed, passage) == (citation.quote, 0, len(citation.quote))
    card = render.source_html(citation, (text, start, end), "src-t-1")
    assert "Doc &lt;i&gt;" in card and "p. 3 · Origins" in card
    assert f'<mark class="ba-mark">{citation.quote}</mark>' in card


def test_plain_md_neutralises_markdown():
    out = render.plain_md("[click](javascript:alert(1)) **bold** <b>")
    assert "](" not in out and "**" not in out and "<b>" not in out
    assert re.sub(r"\\(.)", r"\1", out) == "[click](javascript:alert(1)) **bold** <b>"
