"""The web chat: `streamlit run ui/app.py` from the project root (or `assistant ui`)."""
from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

# `streamlit run` puts ui/ on the path, not the project root that holds the `ui` package.
ROOT = str(Path(__file__).resolve().parent.parent)
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from ui.render import CSS  # noqa: E402

# No page icons: they become the favicon, and a ":material/...:" one is fetched from a Google
# CDN (an emoji needs an emoji font, which servers often lack). Streamlit's own favicon is local.
st.set_page_config(page_title="Brief Assistant", layout="centered")
st.html(CSS)

navigation = st.navigation([
    st.Page("views/chat.py", title="Chat", default=True),
    st.Page("views/documents.py", title="Documents"),
])
navigation.run()
