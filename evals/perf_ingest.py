"""Ingest benchmark: a synthetic corpus of about 10,000 passages, end to end.

Reports passages per second (load, clean, split, embed, store), index size on disk, peak
memory, and the time to re-ingest the unchanged corpus (which must not load the model). For
scale it also times the encoder alone on a sample of the same passages, in this process with
the same settings: the ceiling any pipeline around this model can reach here.

    .venv/bin/python evals/perf_ingest.py [--passages 10000] [--docs 100]
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("policy security migration border governance reform economy trade mineral lithium copper "
         "insurgency election council ministry region province budget funding partnership crisis "
         "stability institution cooperation analysis framework development investment agency report").split()


def synthetic_corpus(folder: Path, docs: int, passages: int, seed: int = 7) -> None:
    """Documents of plain sentences; about `passages` passages in all at the default size."""
    rng = random.Random(seed)
    sentences_per_doc = passages * 2 // docs  # a passage takes three ~30-piece sentences, one shared
    for d in range(docs):
        paragraphs = []
        for _ in range(sentences_per_doc // 6):
            sentence = lambda: " ".join(rng.choice(WORDS) for _ in range(rng.randint(18, 30))).capitalize() + \
                f" in {rng.randint(1990, 2025)}."
            paragraphs.append(" ".join(sentence() for _ in range(6)))
        (folder / f"brief-{d:03d}.txt").write_text(f"Synthetic brief {d}\n\n" + "\n\n".join(paragraphs),
                                                   encoding="utf-8")


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run(args) -> dict:
    work = Path(tempfile.mkdtemp(prefix="perf-ingest-"))
    corpus, index = work / "corpus", work / "index"
    corpus.mkdir()
    synthetic_corpus(corpus, args.docs, args.passages)
    cmd = [str(ROOT / ".venv" / "bin" / "assistant"), "ingest", str(corpus), "--index", str(index), "--quiet"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    first = time.perf_counter() - t
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    listing = json.loads(subprocess.run([cmd[0], "list", "--json", "--index", str(index)], check=True,
                                        capture_output=True, text=True).stdout)
    n = sum(d["passages"] for d in listing["documents"])
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    again = time.perf_counter() - t
    result = {"documents": len(listing["documents"]), "passages": n, "ingest_s": round(first, 1),
              "passages_per_s": round(n / first, 1), "index_mb": round(du(index) / 1e6, 1),
              "peak_rss_mb": round(max(peak_kb, before) / 1024, 0), "reingest_unchanged_s": round(again, 2)}
    result.update(encoder_alone(index, args.sample))
    shutil.rmtree(work, ignore_errors=True)
    return result


def encoder_alone(index: Path, sample: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from assistant.embed import Embedder, model_name
    from assistant.settings import load_settings
    from assistant.store import IndexStore

    settings = load_settings()
    snapshot = IndexStore(index).load(model_name(settings))
    texts = [p.text for p in list(snapshot.passages.values())[:sample]]
    embedder = Embedder.load(settings)
    pieces = sum(embedder.count_tokens(t) + 2 for t in texts) / len(texts)
    t = time.perf_counter()
    embedder.encode(texts, threads=settings.ingest_threads)
    elapsed = time.perf_counter() - t
    return {"word_pieces_per_passage": round(pieces, 1),
            f"encoder_alone_per_s ({settings.embed_backend}, {settings.ingest_threads} threads)":
                round(len(texts) / elapsed, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=10000)
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--sample", type=int, default=1000, help="passages for the encoder-alone timing")
    result = run(parser.parse_args())
    width = max(map(len, result))
    for key, value in result.items():
        print(f"{key:{width}} {value}")
    print("goals: passages_per_s >= 80, reingest_unchanged_s < 2")
    return 0


if __name__ == "__main__":
    sys.exit(main())
