"""End to end in a real browser: the real server on the test index, driven by Debian's chromium."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.ui.conftest import BRIEF_ID, ROOT, XSS_ID
from ui.server import CHROMIUM, CHROMIUM_ARGS, LOCAL_HOSTS, free_port, running

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (`make chromium`)")

OUT = ROOT / "test-output"
PACT = "When was the Andean Pact signed?"


@pytest.fixture(scope="module")
def server(ui_index, tmp_path_factory):
    folder = tmp_path_factory.mktemp("ui-server")
    env = {"ASSISTANT_INDEX_DIR": str(ui_index), "ASSISTANT_FEEDBACK_DB": str(folder / "feedback.sqlite3"),
           "ASSISTANT_CORPUS_DIR": str(folder / "corpus"), "ASSISTANT_ADMIN_PASSWORD": "",
           "OMP_NUM_THREADS": "1"}
    with running(free_port(), env, OUT / "ui-server.log") as url:
        yield url


def test_chat_citation_and_hostile_document_in_chromium(server, ui_index, embedder):
    from playwright.sync_api import expect, sync_playwright

    from assistant import Assistant

    expected = Assistant.load(index_dir=ui_index, embedder=embedder).ask(PACT).citations[0].quote
    requests: list[str] = []
    dialogs: list[str] = []
    OUT.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("request", lambda request: requests.append(request.url))
        page.on("websocket", lambda ws: requests.append(ws.url))
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

        page.goto(server)
        expect(page.get_by_role("heading", name="Brief Assistant")).to_be_visible(timeout=60_000)
        box = page.get_by_placeholder("Ask a question about the documents")
        box.wait_for(timeout=240_000)  # the models load on the first visit
        box.fill(PACT)
        box.press("Enter")
        answer = page.locator(".ba-answer").first
        answer.wait_for(timeout=120_000)
        assert "1965" in answer.inner_text()
        expect(page.get_by_text("Answered in")).to_be_visible()
        # The sidebar is drawn last: once its download button is live, the run has finished.
        expect(page.get_by_role("button", name="Download conversation")).to_be_enabled(timeout=60_000)
        page.screenshot(path=str(OUT / "ui-answer.png"), full_page=True)

        # The marker jumps to its source card, whose highlighted span is the quote.
        answer.locator("a.ba-marker").first.click()
        expect(page.locator(".ba-source:target")).to_have_count(1)
        assert page.locator(".ba-source:target mark").inner_text() == expected

        # "Open in the document" shows the whole document with the same span highlighted.
        page.get_by_role("button", name="Open in the document").first.click()
        mark = page.locator(".ba-doc mark#ba-cited")
        mark.wait_for(timeout=60_000)
        assert mark.inner_text() == expected
        assert f"doc={BRIEF_ID}" in page.url
        expect(mark).to_be_in_viewport()
        page.screenshot(path=str(OUT / "ui-document.png"))

        # Back in the chat, the conversation is still there.
        page.get_by_role("link", name="Chat").click()
        expect(page.locator(".ba-answer")).to_have_count(1, timeout=60_000)

        # A document full of markup renders as text, in the reader and in a chat answer.
        page.goto(f"{server}/documents?doc={XSS_ID}")
        document = page.locator(".ba-doc")
        document.wait_for(timeout=60_000)
        text = document.inner_text()
        for literal in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))"):
            assert literal in text
        assert document.locator("script, img, a").count() == 0
        page.screenshot(path=str(OUT / "ui-hostile-document.png"), full_page=True)

        page.get_by_role("link", name="Chat").click()
        box.wait_for(timeout=60_000)
        box.fill("When was the Harbor Resilience Fund created?")
        box.press("Enter")
        source = page.locator(".ba-source").first
        source.wait_for(timeout=120_000)
        assert "<script>alert(1)</script>" in source.inner_text()
        assert page.locator(".ba-answer script, .ba-answer img, .ba-source script, .ba-source img").count() == 0
        expect(page.get_by_role("button", name="Download conversation")).to_be_enabled(timeout=60_000)
        page.screenshot(path=str(OUT / "ui-hostile-answer.png"), full_page=True)
        browser.close()

    assert dialogs == []
    assert any(urlparse(u).hostname in LOCAL_HOSTS for u in requests)
    outside = [u for u in requests if urlparse(u).scheme in {"http", "https", "ws", "wss"}
               and urlparse(u).hostname not in LOCAL_HOSTS]
    assert outside == []
