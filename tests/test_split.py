from assistant.schema import Document
from assistant.split import sentence_spans, split_passages


def test_sentences_do_not_break_after_abbreviations():
    text = ("Dr. Isabel Rodriguez met U.S. officials, e.g. Mr. Smith, in Lima. "
            "Then she left! \"Why?\" asked J. F. Kennedy. Crossings rose 37% in Q3.")
    got = [text[s.start:s.end] for s in sentence_spans(text)]
    assert got == ["Dr. Isabel Rodriguez met U.S. officials, e.g. Mr. Smith, in Lima.", "Then she left!",
                   "\"Why?\" asked J. F. Kennedy.", "Crossings rose 37% in Q3."]


def test_passages_fit_the_model_and_match_their_offsets(embedder):
    body = " ".join(f"Sentence number {i} talks about Dr. Rivera and the U.S. budget of {i * 3} million dollars."
                    for i in range(60))
    long_sentence = "word " * 400
    text = "Title line\n\n" + body + "\n\n" + long_sentence.strip() + ".\n\nLast paragraph here."
    doc = Document("d", "d.txt", "Title line", text)
    passages = split_passages(doc, embedder.count_tokens, 64, overlap_sentences=1)
    assert len(passages) > 5
    for p in passages:
        assert text[p.start:p.end] == p.text
        assert embedder.count_tokens(p.text) <= 64
        assert not p.text.startswith("Rivera")  # never starts after "Dr."
    # Neighbouring passages share one sentence inside a paragraph (overlap) and move forward.
    assert any(b.start < a.end for a, b in zip(passages, passages[1:]))
    assert all(b.start > a.start for a, b in zip(passages, passages[1:]))
    # Every character of text is covered by some passage, except white space between them.
    covered = set()
    for p in passages:
        covered.update(range(p.start, p.end))
    assert all(i in covered or text[i].isspace() for i in range(len(text)))


def test_passage_ids_are_stable_and_content_derived(embedder):
    doc = Document("d", "d.txt", "T", "One sentence here. Another one there.")
    a = split_passages(doc, embedder.count_tokens, 100)
    b = split_passages(doc, embedder.count_tokens, 100)
    assert [p.passage_id for p in a] == [p.passage_id for p in b]
    other = Document("d", "d.txt", "T", "One sentence here. A changed one there.")
    assert split_passages(other, embedder.count_tokens, 100)[0].passage_id != a[0].passage_id
