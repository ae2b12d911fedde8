"""The answer engine on the real brief: exact, verified citations; refusals; follow-ups."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.errors import IndexMissingError, UserError
from assistant.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT / "evals" / "datasets"


@pytest.fixture(scope="module")
def brief(tmp_path_factory, settings, embedder):
    index = tmp_path_factory.mktemp("brief-index")
    s = settings.replace(index_dir=index)
    ingest([ROOT / "docs_corpus"], s, lambda: embedder, progress=False)
    return Assistant.load(index, settings=settings, embedder=embedder)


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATASETS / name).read_text(encoding="utf-8").splitlines() if line]


def test_every_citation_is_verbatim_and_supported_over_the_question_set(brief):
    answered = 0
    for row in rows("brief_qa.jsonl"):
        answer = brief.ask(row["question"], row.get("history"))
        if answer.refused:
            assert not answer.citations
            continue
        answered += 1
        assert answer.citations, row["id"]
        markers = {c.marker for c in answer.citations}
        assert markers == set(range(1, len(markers) + 1))
        for sentence in answer.sentences:
            assert sentence.markers and set(sentence.markers) <= markers
            assert f"[{sentence.markers[0]}]" in answer.answer
        for c in answer.citations:
            doc = brief.snapshot.documents[c.doc_id]
            assert doc.text[c.start:c.end] == c.quote, row["id"]
            passage = next(p for p in brief.snapshot.passages.values() if p.passage_id == c.passage_id)
            assert passage.start <= c.start and c.end <= passage.end
            assert brief.scorer.score(c.quote, [c.quote]).supported
    assert answered >= 50


def test_factoid_answer_cites_the_evidence(brief):
    answer = brief.ask("When was the Andean Pact signed?")
    assert not answer.refused and "1965" in answer.answer
    assert "signed in 1965" in answer.citations[0].quote
    assert answer.citations[0].source == "andean-crucible-us-peru-relations.txt"
    assert answer.answer.rstrip().endswith("[1]")


def test_off_topic_and_missing_facts_are_refused_without_claims(brief):
    for question in ("Write a poem about the sea.", "What's the capital of France?", "What is Peru's GDP?"):
        answer = brief.ask(question)
        assert answer.refused, question
        assert not answer.citations and "don't" in answer.answer


def test_refusal_names_closest_passages_when_on_topic(brief):
    answer = brief.ask("How many tonnes of lithium does Peru produce each year?")
    assert answer.refused and answer.related
    assert any("lithium" in c.quote for c in answer.related)


def test_false_premise_gets_what_the_documents_say(brief):
    answer = brief.ask("The Andean Pact was signed in 1969, right?")
    assert not answer.refused and "1965" in answer.answer and "otherwise" in answer.answer
    answer = brief.ask("Why did migrant crossings into Chile fall in Q3 2025?")
    assert not answer.refused and "37%" in answer.answer


def test_followups_use_the_history(brief):
    history = [{"role": "user", "content": "Who is Dr. Isabel Rodriguez?"},
               {"role": "assistant", "content": "A specialist in Andean political economy."}]
    followed = brief.ask("What does she recommend?", history)
    assert not followed.refused and "collaborative strategy" in followed.answer
    # The same words after a different person give that person's statement.
    silva = brief.ask("What does he argue?", [{"role": "user", "content": "Who is Dr. Ricardo Silva?"}])
    rodriguez = brief.ask("What does he argue?", [{"role": "user", "content": "Who is Dr. Isabel Rodriguez?"}])
    assert "securing the border" in silva.answer and "systemic failure" in rodriguez.answer
    short = [{"role": "user", "content": "What are the short-term prospects?"}]
    assert "strengthened US-Peru relationship" in brief.ask("And the long-term ones?", short).answer
    assert brief.ask("And the long-term ones?").refused
    history = [{"role": "user", "content": "Who leads Peru's government?"},
               {"role": "assistant", "content": "President Mateo Vargas."}]
    answer = brief.ask("What is he expected to do?", history)
    assert "snap elections" in answer.answer


def test_odd_input_gets_clear_errors(brief):
    for bad in ("", "   ", "\x00\x01", "?" * 3):
        with pytest.raises(UserError, match="empty"):
            brief.ask(bad)
    with pytest.raises(UserError, match="10,000 characters"):
        brief.ask("x" * 10_000)
    with pytest.raises(UserError, match="History entry 1"):
        brief.ask("When was the pact signed?", [{"role": "robot", "content": "hi"}])
    answer = brief.ask("When\x07 was the Andean\u200b Pact signed?\x1b")
    assert "1965" in answer.answer


def test_missing_index_is_a_clear_error(tmp_path, settings, embedder):
    with pytest.raises(IndexMissingError, match="assistant ingest"):
        Assistant.load(tmp_path / "nothing", settings=settings, embedder=embedder)


def test_questions_asked_during_reloads_see_one_whole_index_version(tmp_path, settings, embedder):
    """A reload swaps the index, the retriever and the term statistics together: a question asked
    meanwhile answers from the old version or the new one, with citations that quote it exactly."""
    import threading

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "falcon.txt").write_text("Falcon brief.\n\nThe falcon programme received 12 million dollars in 2021.",
                                       encoding="utf-8")
    s = settings.replace(index_dir=tmp_path / "index")
    ingest([corpus], s, lambda: embedder, progress=False)
    assistant = Assistant.load(settings=s, embedder=embedder)
    problems: list[str] = []
    stop = threading.Event()

    def ask_repeatedly():
        while not stop.is_set():
            answer = assistant.ask("How much did the falcon programme receive?")
            for c in answer.citations:
                if c.quote not in (corpus / "falcon.txt").read_text(encoding="utf-8") and "heron" not in c.quote:
                    problems.append(c.quote)
            if answer.refused:
                problems.append("refused: " + answer.answer)

    asker = threading.Thread(target=ask_repeatedly)
    asker.start()
    try:
        for n in range(3):
            (corpus / f"heron-{n}.txt").write_text(f"Heron brief {n}.\n\nThe heron survey counted {40 + n} nests.",
                                                   encoding="utf-8")
            ingest([corpus], s, lambda: embedder, progress=False)
            assert assistant.reload_if_changed()
            assert assistant.retriever.snapshot is assistant.snapshot
    finally:
        stop.set()
        asker.join()
    assert not problems, problems[:3]
    answer = assistant.ask("How many nests did the heron survey count?")
    assert not answer.refused and any(c.doc_id.startswith("heron") for c in answer.citations)
