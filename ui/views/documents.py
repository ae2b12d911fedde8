"""Documents page: the corpus, a reader that highlights a cited span, and (admin) upload and removal.

Arriving from a citation sets the query parameters ?doc=ID&start=N&end=M.
"""
from __future__ import annotations

import hmac

import streamlit as st

from assistant.errors import UserError
from assistant.export import location
from ui import render, resources

st.title("Documents")

settings = resources.settings_or_stop()
assistant = resources.assistant_or_stop(settings)
snapshot = assistant.snapshot
records = sorted(snapshot.manifest.documents.values(), key=lambda r: r.title.lower())
titles = {r.doc_id: r.title for r in records}


def _target() -> tuple[str, int | None, int | None] | None:
    params = st.query_params
    doc = params.get("doc")
    if not doc:
        return None
    try:
        start, end = int(params.get("start", "")), int(params.get("end", ""))
    except ValueError:
        return doc, None, None
    return doc, start, end


def _picked() -> None:
    choice = st.session_state.get("doc_choice")
    st.query_params.clear()
    if choice:
        st.query_params["doc"] = choice
    st.session_state["doc_target"] = (choice, None, None) if choice else None


def show_corpus() -> None:
    if not records:
        st.info("The index holds no documents yet.")
        return
    st.dataframe([{"Title": r.title, "Date": r.date or "", "Passages": r.passages,
                   "Size (KB)": round(r.size_bytes / 1024, 1), "File": r.source} for r in records],
                 hide_index=True, width="stretch",
                 column_config={"Title": st.column_config.TextColumn(width="large"),
                                "File": st.column_config.TextColumn(width="small")})


def show_reader() -> None:
    target = _target()
    # A new citation target selects its document; the user's own later choice then wins.
    if target and ("doc_choice" not in st.session_state or st.session_state.get("doc_target") != target):
        st.session_state["doc_target"] = target
        st.session_state["doc_choice"] = target[0] if target[0] in titles else None
        if target[0] not in titles:
            st.warning("That document is no longer in the index.")
    st.session_state.setdefault("doc_choice", None)
    choice = st.selectbox("Read a document", list(titles), key="doc_choice", format_func=titles.get,
                          placeholder="Choose a document", on_change=_picked)
    if choice is None:
        return
    document = snapshot.documents[choice]
    record = snapshot.manifest.documents[choice]
    span = None
    if target and target[0] == choice and target[1] is not None:
        if 0 <= target[1] < target[2] <= len(document.text):
            span = (target[1], target[2])
        else:
            st.warning("The cited span is no longer in this document; it changed after the answer was given.")
    meta = [record.source, f"dated {record.date}" if record.date else "", f"{record.passages} passages"]
    st.html(render.document_header_html(document.title, meta))
    if span:
        st.html(render.cited_note_html(location(*document.location(span[0]))))
    st.html(render.document_html(document, span))
    if span:
        st.html(render.SCROLL_TO_CITED, unsafe_allow_javascript=True)


def notices(messages: list[tuple[str, str]]) -> None:
    show = {"success": st.success, "info": st.info, "warning": st.warning, "error": st.error}
    for kind, text in messages:
        show[kind](render.plain_md(text))


def admin_panel(password: str) -> None:
    st.subheader("Manage documents")
    if not st.session_state.get("admin"):
        with st.form("login"):
            entered = st.text_input("Admin password", type="password")
            if st.form_submit_button("Unlock"):
                if hmac.compare_digest(entered.encode("utf-8"), password.encode("utf-8")):
                    st.session_state["admin"] = True
                    st.rerun()
                st.error("Wrong password.")
        return
    from assistant.load import SUPPORTED_EXTENSIONS  # the loaders import in ~0.5 s: only for admins

    notices(st.session_state.pop("admin_messages", []))
    upload_round = st.session_state.setdefault("upload_round", 0)
    upload = st.file_uploader(f"Add a document (up to {settings.max_upload_mb:g} MB)",
                              type=sorted(e.lstrip(".") for e in SUPPORTED_EXTENSIONS),
                              key=f"upload-{upload_round}", max_upload_size=max(1, round(settings.max_upload_mb)))
    if st.button("Add to the index", type="primary", disabled=upload is None, key="add"):
        with st.status(f"Adding {upload.name}…", expanded=True) as status:
            status.write("Reading, splitting and embedding the document…")
            from ui.upload import add_document  # imports the loaders (~1 s): only when needed

            messages = change_index(lambda: add_document(upload.name, upload.getvalue(), settings,
                                                         lambda: assistant.embedder))
            failed = any(kind == "error" for kind, _ in messages)
            status.update(label="Upload failed" if failed else "Done", state="error" if failed else "complete")
        st.session_state["admin_messages"] = messages
        st.session_state["upload_round"] = upload_round + 1
        st.rerun()

    if records:
        with st.form("remove"):
            doc_id = st.selectbox("Remove a document", list(titles), format_func=titles.get, index=None,
                                  placeholder="Choose a document")
            sure = st.checkbox("Yes, remove it from the index and delete its file from the corpus folder.")
            if st.form_submit_button("Remove"):
                if doc_id is None or not sure:
                    st.error("Choose a document and tick the box to confirm.")
                else:
                    source = snapshot.manifest.documents[doc_id].source
                    from ui.upload import remove_document

                    with st.spinner(f"Removing {doc_id}…"):
                        st.session_state["admin_messages"] = change_index(
                            lambda: remove_document(doc_id, source, settings, lambda: assistant.embedder))
                    st.rerun()


def change_index(make_report) -> list[tuple[str, str]]:
    """Run an ingest, then switch the shared Assistant to the version it wrote."""
    from ui.upload import report_messages

    try:
        report = make_report()
    except UserError as exc:
        return [("error", str(exc))]
    with resources.index_lock():
        assistant.reload_if_changed()
    return report_messages(report)


show_corpus()
show_reader()
with st.sidebar:
    password = resources.admin_password(settings)
    if password:
        admin_panel(password)
    else:
        st.caption("Adding and removing documents is switched off. Set ASSISTANT_ADMIN_PASSWORD "
                   "(or admin_password in .streamlit/secrets.toml) to switch it on.")
