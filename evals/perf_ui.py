"""Time the web chat in a real browser: first paint, models ready, first answer; cold and warm.

    .venv/bin/python evals/perf_ui.py [--index DIR] [--question TEXT]

Starts `streamlit run ui/app.py` on a free port against the index (default: the settings'
index_dir), drives Debian's chromium with Playwright and prints the figures. "Cold" is the first
visit to a fresh server (the models load then); "warm" is a second browser session.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.settings import load_settings  # noqa: E402
from assistant.store import IndexStore  # noqa: E402
from ui.server import CHROMIUM, CHROMIUM_ARGS, free_port, running  # noqa: E402

PLACEHOLDER = "Ask a question about the documents"


def visit(browser, url: str, question: str) -> dict[str, float]:
    """Seconds from navigation to: the title painted, the chat ready, and (after Enter) the answer."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    t0 = time.perf_counter()
    page.goto(url)
    page.get_by_role("heading", name="Brief Assistant").wait_for(timeout=60_000)
    painted = time.perf_counter() - t0
    fcp = page.evaluate("(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0")
    box = page.get_by_placeholder(PLACEHOLDER)
    box.wait_for(timeout=300_000)
    ready = time.perf_counter() - t0
    box.fill(question)
    t1 = time.perf_counter()
    box.press("Enter")
    page.locator(".ba-answer, .ba-refusal").first.wait_for(timeout=300_000)
    answered = time.perf_counter() - t1
    caption = page.get_by_text(re.compile(r"^(Answered|Refused) in [\d.]+ s$")).last.inner_text()
    page.close()
    return {"browser first contentful paint": fcp / 1000, "title painted": painted, "chat ready": ready,
            "answer shown after Enter": answered, "engine": caption}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", help="index folder (default: the settings' index_dir)")
    parser.add_argument("--question", default="When was the Andean Pact signed?")
    args = parser.parse_args()
    settings = load_settings(index_dir=Path(args.index) if args.index else None)
    if not IndexStore(settings.index_path).exists():
        print(f"error: no index in {settings.index_path}; build it with `make index`.", file=sys.stderr)
        return 2
    if not Path(CHROMIUM).exists():
        print(f"error: {CHROMIUM} is missing; install it with `make chromium`.", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        env = {"ASSISTANT_INDEX_DIR": str(settings.index_path), "ASSISTANT_FEEDBACK_DB": f"{tmp}/feedback.sqlite3",
               "OMP_NUM_THREADS": "1"}
        t0 = time.perf_counter()
        with running(free_port(), env, Path(tmp) / "server.log") as url:
            started = time.perf_counter() - t0
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                cold = visit(browser, url, args.question)
                warm = visit(browser, url, args.question)
                browser.close()
    print(f"server up (health check answers): {started:.2f} s")
    for name, figures in (("cold (fresh server)", cold), ("warm (second session)", warm)):
        print(name)
        for key, value in figures.items():
            print(f"  {key:32} {value:.2f} s" if isinstance(value, float) else f"  {key:32} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
