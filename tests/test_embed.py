"""The embedding backends: ONNX Runtime must give torch's vectors, cached once, in input order."""
from __future__ import annotations

import numpy as np
import pytest

from assistant.embed import Embedder, model_name
from assistant.errors import UserError

TEXTS = [
    "The Ministry of Energy and Mines reported record copper output in 2023.",
    "Dr. Ramos said the U.S. programme trained 40 rangers.",
    "",
    "Lithium " * 400,  # longer than the model's 256-piece window: both backends cut it the same way
    "Peru",
    "Coca eradication in the VRAEM fell by a third while alternative development funds rose.",
]


@pytest.fixture(scope="module")
def torch_embedder(settings):
    return Embedder.load(settings.replace(embed_backend="torch"))


def test_onnx_is_the_default_and_gives_torchs_vectors(settings, embedder, torch_embedder):
    assert settings.embed_backend == "onnx" and embedder.onnx is not None and torch_embedder.onnx is None
    onnx, reference = embedder.encode(TEXTS), torch_embedder.encode(TEXTS)
    assert onnx.shape == reference.shape == (len(TEXTS), 384) and onnx.dtype == np.float32
    assert np.allclose(np.linalg.norm(onnx, axis=1), 1.0, atol=1e-5)
    assert (onnx * reference).sum(axis=1).min() > 0.9999
    # The same names in the manifest: an index built by either backend loads with the other.
    assert model_name(settings) == model_name(settings.replace(embed_backend="torch"))


def test_batches_sorted_by_length_come_back_in_input_order(embedder):
    together = embedder.encode(TEXTS, threads=2)
    one_by_one = np.vstack([embedder.encode([t]) for t in TEXTS])
    assert np.allclose(together, one_by_one, atol=1e-5)


def test_the_export_is_cached_and_reused(settings, embedder, tmp_path):
    cache = tmp_path / "models"
    first = Embedder.load(settings.replace(model_cache_dir=cache))
    files = sorted(p.name for p in cache.glob("*.onnx"))
    assert files == [first.onnx.path.name]
    stamp = first.onnx.path.stat().st_mtime_ns
    second = Embedder.load(settings.replace(model_cache_dir=cache))
    assert second.onnx.path == first.onnx.path and second.onnx.path.stat().st_mtime_ns == stamp
    assert not list(cache.glob("*.partial"))


def test_int8_is_recorded_as_another_model(settings, embedder, tmp_path):
    int8_settings = settings.replace(embed_backend="onnx-int8", model_cache_dir=tmp_path / "models")
    assert model_name(int8_settings) != model_name(settings)
    int8 = Embedder.load(int8_settings)
    assert int8.onnx.path.name.endswith("-int8.onnx")
    cosines = (int8.encode(TEXTS) * embedder.encode(TEXTS)).sum(axis=1)
    # Close to the fp32 vectors but not the same, which is why a mixed index is refused.
    assert 0.95 < cosines.min() and cosines.max() < 0.99999


def test_an_unknown_backend_is_a_clear_error(settings):
    with pytest.raises(UserError, match="embed_backend"):
        Embedder.load(settings.replace(embed_backend="tensorrt"))


def build_tiny_sentence_model(folder, pooling: str):
    """A 2-layer BERT sentence model saved as a local folder, the way a user would point to one."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer
    from transformers import BertConfig, BertModel, BertTokenizerFast

    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "pact", "was", "signed", "in", "1965", "peru"]
    base = folder / "base"
    base.mkdir(parents=True)
    (base / "vocab.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    BertModel(BertConfig(vocab_size=len(words), hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                         intermediate_size=32, max_position_embeddings=64)).save_pretrained(base)
    BertTokenizerFast(vocab_file=str(base / "vocab.txt")).save_pretrained(base)
    transformer = Transformer(str(base), max_seq_length=32)
    pool = Pooling(transformer.get_embedding_dimension(), pooling_mode=pooling)
    SentenceTransformer(modules=[transformer, pool, Normalize()], device="cpu").save(str(folder / "model"))
    return folder / "model"


def test_a_local_model_folder_is_exported_and_matches_torch(settings, tmp_path):
    folder = build_tiny_sentence_model(tmp_path, "mean")
    s = settings.replace(embed_model=str(folder), model_cache_dir=tmp_path / "models")
    onnx, reference = Embedder.load(s), Embedder.load(s.replace(embed_backend="torch"))
    texts = ["the pact was signed in 1965", "peru", "the the the pact"]
    assert onnx.onnx is not None and onnx.dim == 16
    assert (onnx.encode(texts) * reference.encode(texts)).sum(axis=1).min() > 0.9999
    assert model_name(s) == str(folder)


def test_an_export_cleans_up_after_a_killed_one(settings, tmp_path):
    folder = build_tiny_sentence_model(tmp_path, "mean")
    s = settings.replace(embed_model=str(folder), model_cache_dir=tmp_path / "models")
    exported = Embedder.load(s).onnx.path
    exported.unlink()
    stale = exported.with_name(f"{exported.name}.4242.partial")
    stale.write_bytes(b"half a graph")
    assert Embedder.load(s).onnx.path == exported and exported.is_file()
    assert not stale.exists()


def test_a_model_onnx_cannot_pool_asks_for_the_torch_backend(settings, tmp_path):
    folder = build_tiny_sentence_model(tmp_path, "max")
    s = settings.replace(embed_model=str(folder), model_cache_dir=tmp_path / "models")
    with pytest.raises(UserError, match='embed_backend = "torch"'):
        Embedder.load(s)
    assert Embedder.load(s.replace(embed_backend="torch")).encode(["peru"]).shape == (1, 16)
