"""The web chat run by streamlit.testing.v1.AppTest against a real small index and the real models."""
from __future__ import annotations

import re
import shutil

import pytest
from streamlit.testing.v1 import AppTest

from assistant.feedback import FeedbackStore
from tests.ui.conftest import BRIEF_ID, ROOT, XSS_ID

APP = str(ROOT / "ui" / "app.py")
DOCUMENTS = "views/documents.py"
PACT = "When was the Andean Pact signed?"


def start(page: str | None = None, **query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    if page:
        at.query_params.update(query)
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception, at.exception
    return at


def html(at: AppTest) -> list[str]:
    return [h.proto.body for h in at.get("html")]


def answers(at: AppTest) -> list[str]:
    return [h for h in html(at) if 'class="ba-text ba-answer"' in h or 'class="ba-text ba-refusal"' in h]


def test_answer_shows_markers_sources_and_timing(app_env):
    at = ask(start(), PACT)
    [answer] = answers(at)
    assert "ba-answer" in answer and "1965" in answer
    turn = at.session_state["turns"][0]
    quote = turn.answer.citations[0].quote
    # The marker links to the source card, which shows the passage with the quote highlighted.
    anchor = re.search(r'<a class="ba-marker" href="#(src-\w+-1)"', answer).group(1)
    assert '<span class="ba-verified" title="Verified: the cited passage supports this sentence' in answer
    [card] = [h for h in html(at) if f'id="{anchor}"' in h]
    assert f'<mark class="ba-mark">{quote}</mark>' in card
    assert "The Andean Crucible" in card
    assert any(c.value.startswith("Answered in ") and c.value.endswith(" s") for c in at.caption)
    assert any(b.label == "Open in the document" for b in at.button)


def test_follow_up_uses_the_conversation(app_env):
    at = ask(start(), PACT)
    ask(at, "And what undermined it later?")
    assert len(answers(at)) == 2
    assert "internal political divisions" in answers(at)[1]


def test_refusal_looks_different_and_new_chat_clears(app_env):
    at = ask(start(), "Write a poem about the sea")
    [refusal] = answers(at)
    assert 'class="ba-text ba-refusal"' in refusal and "ba-answer" not in refusal
    assert any(c.value.startswith("Refused in ") for c in at.caption)
    [new_chat] = [b for b in at.button if b.label == "New chat"]
    new_chat.click().run()
    assert at.session_state["turns"] == []
    assert not at.chat_message and not answers(at)


@pytest.mark.parametrize("question, message", [("   ", "empty"), ("x" * 2001, "limit is 2,000")])
def test_bad_question_shows_the_message(app_env, question, message):
    at = ask(start(), question)
    assert any(message in e.value for e in at.error)
    assert not answers(at)


def test_feedback_is_saved_with_question_answer_and_citations(app_env):
    at = ask(start(), PACT)
    at.feedback[0].set_value(1).run()
    [row] = FeedbackStore(app_env / "feedback.sqlite3").all()
    assert (row.rating, row.question, row.comment) == ("up", PACT, "")
    assert "1965" in row.answer and row.citations[0]["doc_id"] == BRIEF_ID and row.created_at
    turn_id = at.session_state["turns"][0].id
    at.text_input(key=f"comment-{turn_id}").set_value("Exactly the date I needed").run()
    at.button(key=f"save-comment-{turn_id}").click().run()
    at.feedback[0].set_value(0).run()
    [row] = FeedbackStore(app_env / "feedback.sqlite3").all()
    assert (row.rating, row.comment) == ("down", "Exactly the date I needed")


def test_conversation_download_is_offered_after_an_answer(app_env):
    at = start()
    [button] = at.get("download_button")
    assert button.proto.disabled
    ask(at, PACT)
    [button] = at.get("download_button")
    assert not button.proto.disabled and button.proto.label == "Download conversation"


def test_answer_from_a_hostile_document_is_escaped(app_env):
    at = ask(start(), "When was the Harbor Resilience Fund created?")
    body = "\n".join(html(at))
    assert "2011" in answers(at)[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<script" not in body.lower() and "<img" not in body.lower()


def test_documents_page_lists_the_corpus_and_highlights_a_cited_span(app_env):
    at = ask(start(), PACT)
    citation = at.session_state["turns"][0].answer.citations[0]
    at.query_params.update(doc=citation.doc_id, start=str(citation.start), end=str(citation.end))
    at.switch_page(DOCUMENTS).run()
    assert not at.exception
    listed = at.dataframe[0].value
    assert set(listed["Title"]) >= {"Harbor Resilience Note"} and len(listed) == 2
    [doc] = [h for h in html(at) if 'class="ba-doc"' in h]
    assert f'<mark class="ba-mark" id="ba-cited">{citation.quote}</mark>' in doc
    # The conversation survives the visit.
    assert at.session_state["turns"][0].answer.citations[0] == citation


def test_hostile_document_renders_as_text(app_env):
    at = start(DOCUMENTS, doc=XSS_ID)
    [doc] = [h for h in html(at) if 'class="ba-doc"' in h]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc
    assert "&lt;img src=x onerror=alert(1)&gt;" in doc
    assert "[click](javascript:alert(1))" in doc
    # Only our own markup: the one wrapping div, no tags from the document.
    assert re.findall(r"<[a-z]", doc) == ["<d"]


def test_upload_controls_absent_without_admin_password(app_env):
    at = start(DOCUMENTS)
    assert not at.file_uploader and not at.text_input
    assert any("switched off" in c.value for c in at.sidebar.caption)


def test_upload_and_remove_with_admin_password(app_env, ui_index, monkeypatch):
    # A copy of the index, so the shared one stays as the other tests expect it.
    index = app_env / "index"
    shutil.copytree(ui_index, index)
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(index))
    monkeypatch.setenv("ASSISTANT_ADMIN_PASSWORD", "s3cret")
    at = start(DOCUMENTS)
    assert not at.file_uploader
    at.text_input[0].set_value("wrong")
    at.button[0].click().run()
    assert any("Wrong password" in e.value for e in at.error) and not at.file_uploader

    at.text_input[0].set_value("s3cret")
    at.button[0].click().run()
    assert at.file_uploader
    text = b"# Lagoon Plan\n\nThe Lagoon Plan was adopted in 2019 by the Mangrove Council to protect the estuary.\n"
    at.file_uploader[0].set_value(("../../etc/Lagoon Plan!.md", text, "text/markdown"))
    at.run()
    at.button(key="add").click().run()
    assert not at.exception, at.exception
    assert any("Added lagoon-plan" in s.value.replace("\\", "") for s in at.success), [e.value for e in at.error]
    assert (app_env / "corpus" / "Lagoon-Plan.md").read_bytes() == text
    assert "Lagoon Plan" in set(at.dataframe[0].value["Title"])

    at.switch_page("views/chat.py").run()
    ask(at, "When was the Lagoon Plan adopted?")
    assert "2019" in answers(at)[0]

    at.switch_page(DOCUMENTS).run()
    remove = [s for s in at.selectbox if s.label == "Remove a document"][0]
    remove.set_value("lagoon-plan")
    at.checkbox[0].check()
    [submit] = [b for b in at.button if b.label == "Remove"]
    submit.click().run()
    assert any("Removed lagoon-plan" in s.value.replace("\\", "") for s in at.success)
    assert not (app_env / "corpus" / "Lagoon-Plan.md").exists()
    assert "Lagoon Plan" not in set(at.dataframe[0].value["Title"])


def test_upload_over_the_size_limit_is_rejected(app_env, ui_index, monkeypatch):
    index = app_env / "index"
    shutil.copytree(ui_index, index)
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(index))
    monkeypatch.setenv("ASSISTANT_ADMIN_PASSWORD", "s3cret")
    monkeypatch.setenv("ASSISTANT_MAX_UPLOAD_MB", "0.001")
    at = start(DOCUMENTS)
    at.text_input[0].set_value("s3cret")
    at.button[0].click().run()
    at.file_uploader[0].set_value(("big.txt", b"word " * 1000, "text/plain"))
    at.run()
    at.button(key="add").click().run()
    assert any("over the 0.001 MB upload limit" in e.value.replace("\\", "") for e in at.error)
    assert not (app_env / "corpus").exists()
    assert len(at.dataframe[0].value) == 2


def test_missing_index_shows_how_to_build_it(app_env, monkeypatch):
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(app_env / "no-index"))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    assert any("No index in" in e.value and "assistant ingest" in e.value for e in at.error)
    assert not at.chat_input
