"""The faithfulness gate and the stream splitter, on hand-written model output over real passages."""
from __future__ import annotations

import pytest

from assistant.generate.gate import Gate, SentenceStream, markers_of
from assistant.generate.prompt import best_sentences, clean_condensed, excerpts, is_refusal
from assistant.schema import ScoredPassage


def feed_in_pieces(text: str, size: int = 3) -> tuple[list[str], str]:
    stream = SentenceStream()
    out: list[str] = []
    for i in range(0, len(text), size):
        out += stream.feed(text[i:i + size])
    rest, tail = stream.finish()
    return out + rest, tail


def test_stream_keeps_markers_with_their_sentence_and_abbreviations_whole():
    text = ("The pact was signed in 1965. [1] Dr. Rodriguez works at the U.S. office [2]. "
            "Crossings rose 37% [1][2].\n- A listed point [3].\nAn unfinished thou")
    sentences, tail = feed_in_pieces(text)
    assert sentences == ["The pact was signed in 1965 [1].", "Dr. Rodriguez works at the U.S. office [2].",
                         "Crossings rose 37% [1][2].", "A listed point [3]."]
    assert tail == "An unfinished thou"
    assert markers_of(sentences[2]) == [1, 2]


def test_stream_yields_a_sentence_as_soon_as_the_next_one_starts():
    stream = SentenceStream()
    assert stream.feed("The pact was signed in 1965 [1].") == []
    assert stream.feed(" Tolls") == ["The pact was signed in 1965 [1]."]


@pytest.fixture(scope="module")
def passages(corpus_index, settings):
    """Two retrieved passages of the brief: [1] the history one, [2] the recent-developments one."""
    from assistant.embed import model_name
    from assistant.store import IndexStore

    snapshot = IndexStore(corpus_index).load(model_name(settings))
    history = next(p for p in snapshot.passages.values() if "signed in 1965" in p.text)
    recent = next(p for p in snapshot.passages.values() if "37% increase" in p.text)
    return snapshot, [ScoredPassage(history, 1.0), ScoredPassage(recent, 0.9)]


def test_gate_keeps_corrects_drops_and_renumbers(passages, scorer):
    snapshot, shown = passages
    gate = Gate(shown, snapshot.documents, scorer, max_sentences=3)
    assert gate.add("Migrant crossings into Chile rose by 37% in Q3 2025 [2].")       # cited right
    assert gate.add("The Andean Pact was signed in 1965 [2].")                         # wrong passage cited
    assert not gate.add("The Andean Pact was signed in 1972 by Peru and Brazil [1].")  # invented
    assert not gate.add("The Andean Pact was signed in 1965 [2].")                     # a repeat
    assert not gate.add("5. [1]")                                                       # a list number
    stats = gate.stats
    assert (stats.generated, stats.kept, stats.corrected, stats.dropped) == (3, 1, 1, 1)
    assert stats.dropped_text == ["The Andean Pact was signed in 1972 by Peru and Brazil."]
    # Markers are renumbered 1..n in answer order; the corrected one points at the history passage.
    assert [s.markers for s in gate.sentences] == [[1], [2]]
    first, second = gate.citations
    assert "37%" in first.quote and first.passage_id == shown[1].passage.passage_id
    assert "signed in 1965" in second.quote and second.passage_id == shown[0].passage.passage_id
    for citation in gate.citations:
        document = snapshot.documents[citation.doc_id]
        assert document.text[citation.start:citation.end] == citation.quote
    assert all(s.verified for s in gate.sentences)
    assert gate.text() == ("Migrant crossings into Chile rose by 37% in Q3 2025. [1] "
                           "The Andean Pact was signed in 1965. [2]")


def test_gate_drops_fluent_sentences_that_add_unbacked_facts(corpus_index, settings, scorer):
    """Sentences the support score alone accepts (0.96 and 0.79 when measured) but that bring in a
    name, or several words, their quote does not back."""
    from assistant.embed import model_name
    from assistant.store import IndexStore

    snapshot = IndexStore(corpus_index).load(model_name(settings))
    shown = [ScoredPassage(p, 1.0) for p in snapshot.passages.values()
             if "collaborative strategy" in p.text or "influx of migrants" in p.text]
    gate = Gate(shown, snapshot.documents, scorer, max_sentences=3)
    assert not gate.add("Rosaliant believes that the US needs to shift its approach from a top-down imposition of "
                        "security measures to a collaborative strategy focused on strengthening local governance.")
    assert not gate.add("The influx of migrants from Venezuela, driven by hyperinflation and political instability, "
                        "has stretched Peruvian resources, angered local farmers and emptied the national treasury.")
    assert gate.add("The influx of migrants from Venezuela has stretched Peruvian resources and inflamed "
                    "anti-immigrant sentiment.")
    assert gate.stats.dropped == 2


def test_gate_notes_a_refusal_and_stops_when_full(passages, scorer):
    snapshot, shown = passages
    refusing = Gate(shown, snapshot.documents, scorer, max_sentences=3)
    assert not refusing.add("The documents don't say.")
    assert refusing.stats.model_refused and refusing.stats.generated == 0

    one = Gate(shown, snapshot.documents, scorer, max_sentences=1)
    assert one.add("The Andean Pact was signed in 1965 [1].")
    assert one.full


def test_refusal_phrases():
    assert is_refusal("The documents don't say.")
    assert is_refusal("The passages do not mention Peru's GDP.")
    assert not is_refusal("The documents say the pact was signed in 1965.")


def test_condensed_question_must_keep_the_follow_up_and_add_context():
    assert clean_condensed("What does Dr. Rodriguez recommend?\nMore text", "What does she recommend?") \
        == "What does Dr. Rodriguez recommend?"
    assert clean_condensed("What does she recommend?", "What does she recommend?") is None       # an echo
    assert clean_condensed("What does Ricardo Silva do?", "What is his warning?") is None         # drops "warning"
    assert clean_condensed("Landau leads the US side.", "What's Landau's first name?") is None    # an answer


def test_excerpts_keep_the_sentences_closest_to_the_question_and_skip_repeats():
    first = ("It is painted red. The bridge opened in 1932. Ferries stopped in 1933. "
             "Tolls on the bridge were removed in 1990.")
    second = "Tolls on the bridge were removed in 1990. A new toll on the bridge came in 2001."
    third = "Tolls on the bridge were removed in 1990."
    question = "When were tolls on the bridge removed?"
    assert best_sentences(question, first, max_sentences=2) == \
        ["The bridge opened in 1932.", "Tolls on the bridge were removed in 1990."]
    assert excerpts(question, [first, second, third], context_tokens=2048, answer_tokens=128) == [
        "The bridge opened in 1932. Tolls on the bridge were removed in 1990.",
        "A new toll on the bridge came in 2001.",
        ""]
