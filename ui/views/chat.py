"""Chat page: questions in, answers with their cited passages out."""
from __future__ import annotations

import streamlit as st

from assistant.errors import UserError
from assistant.export import conversation_markdown
from ui import render, resources
from ui.conversation import ChatTurn, history

DOCUMENTS_PAGE = "views/documents.py"
RATING = {0: "down", 1: "up"}  # st.feedback("thumbs") values

st.title("Brief Assistant")
st.caption("Answers come only from the indexed documents. Every sentence cites the passage it "
           "comes from; when the documents don't say, the assistant says so.")

settings = resources.settings_or_stop()
assistant = resources.assistant_or_stop(settings)
turns: list[ChatTurn] = st.session_state.setdefault("turns", [])


def _new_chat() -> None:
    st.session_state["turns"] = []


def _rated(turn: ChatTurn) -> None:
    store = resources.feedback_store(settings)
    value = st.session_state.get(f"rating-{turn.id}")
    try:
        if value is None:
            if turn.feedback_id is not None:
                store.delete(turn.feedback_id)
                turn.feedback_id = None
        elif turn.feedback_id is None:
            turn.feedback_id = store.add(turn.answer, RATING[value])
        else:
            store.update(turn.feedback_id, rating=RATING[value])
    except UserError as exc:
        st.session_state[f"feedback-error-{turn.id}"] = str(exc)


def _commented(turn: ChatTurn) -> None:
    comment = st.session_state.get(f"comment-{turn.id}", "")
    try:
        resources.feedback_store(settings).update(turn.feedback_id, comment=comment)
        st.session_state[f"commented-{turn.id}"] = True
    except UserError as exc:
        st.session_state[f"feedback-error-{turn.id}"] = str(exc)


def show_sources(turn: ChatTurn) -> None:
    answer = turn.answer
    cited = answer.citations or answer.related
    if not cited:
        return
    if answer.citations:
        st.markdown("**Sources**")
    else:
        st.markdown("**Closest passages** — they do not answer the question")
    for citation in cited:
        document = assistant.snapshot.documents.get(citation.doc_id)
        context = render.passage_context(citation, document, resources.passage(assistant, citation.passage_id))
        st.html(render.source_html(citation, context, render.source_anchor(turn.id, citation.marker),
                                   highlight=bool(answer.citations)))
        if document is not None and st.button("Open in the document", key=f"open-{turn.id}-{citation.marker}",
                                              icon=":material/open_in_new:", type="tertiary"):
            st.switch_page(DOCUMENTS_PAGE, query_params={"doc": citation.doc_id, "start": str(citation.start),
                                                         "end": str(citation.end)})


def show_feedback(turn: ChatTurn) -> None:
    st.feedback("thumbs", key=f"rating-{turn.id}", on_change=_rated, args=(turn,))
    error = st.session_state.pop(f"feedback-error-{turn.id}", None)
    if error:
        st.error(error)
    if turn.feedback_id is None:
        return
    left, right = st.columns([4, 1], vertical_alignment="bottom")
    left.text_input("Comment (optional)", key=f"comment-{turn.id}", placeholder="What was right or wrong?")
    right.button("Save comment", key=f"save-comment-{turn.id}", on_click=_commented, args=(turn,))
    st.caption("Comment saved. Thank you." if st.session_state.get(f"commented-{turn.id}")
               else "Rating saved. Thank you.")


def show_answer(turn: ChatTurn) -> None:
    if turn.error:
        st.error(turn.error)
        return
    answer = turn.answer
    markers = {c.marker for c in answer.citations}
    verified = {m: s.support for s in answer.sentences if s.verified for m in s.markers}
    st.html(render.answer_html(answer.answer, markers, turn.id, answer.refused, verified))
    verb = "Refused" if answer.refused else "Answered"
    st.caption(f"{verb} in {answer.timings_ms.get('total', 0) / 1000:.2f} s")
    show_sources(turn)
    show_feedback(turn)


def ask(question: str) -> ChatTurn:
    """Ask with the earlier exchanges as context; a streaming backend's text shows as it arrives."""
    turn = ChatTurn(question)
    live = st.empty()

    def on_text(verified_so_far: str) -> None:
        live.html(render.answer_html(verified_so_far, set(), turn.id, refused=False))

    try:
        with st.spinner("Searching the documents…"):
            turn.answer = assistant.ask(question, history=history(turns), on_text=on_text)
    except UserError as exc:
        turn.error = str(exc)
    live.empty()
    return turn


for past in turns:
    with st.chat_message("user"):
        st.html(render.question_html(past.question))
    with st.chat_message("assistant"):
        show_answer(past)

if question := st.chat_input("Ask a question about the documents"):
    with st.chat_message("user"):
        st.html(render.question_html(question))
    with st.chat_message("assistant"):
        new = ask(question)
        turns.append(new)
        show_answer(new)

# Drawn last so that it counts the exchange just added.
with st.sidebar:
    st.button("New chat", icon=":material/add_comment:", width="stretch", disabled=not turns, on_click=_new_chat)
    answered = [t.answer for t in turns if t.answer is not None]
    st.download_button("Download conversation", conversation_markdown(answered), file_name="conversation.md",
                       mime="text/markdown", icon=":material/download:", on_click="ignore",
                       width="stretch", disabled=not answered)
    manifest = assistant.snapshot.manifest
    st.caption(f"{len(manifest.documents)} documents, "
               f"{sum(d.passages for d in manifest.documents.values())} passages indexed.")
