"""The embedding model run by ONNX Runtime instead of torch.

The graph is exported once from the loaded SentenceTransformer (its weights, so the packaged
MiniLM, a local folder and a hub model all work) and cached on disk. Measured on this 2-core
machine, ONNX Runtime matches torch on one thread and keeps scaling on two while torch
collapses under contention (22 vs 34 passages per second with another process running), and a
query encodes several times faster. Vectors equal torch's to a cosine of 1.0000.
"""
from __future__ import annotations

import hashlib
import os
import threading
import warnings
from pathlib import Path
from typing import Sequence

import numpy as np

from assistant.errors import UserError

INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Bump when the exported graph changes, so stale cached files are not reused.
EXPORT_VERSION = 1
ONNX_OPSET = 17


def _pooling_mode(model) -> str:
    modes = [m.get_config_dict().get("pooling_mode") for m in model if type(m).__name__ == "Pooling"]
    if len(modes) != 1 or modes[0] not in ("mean", "cls"):
        raise UserError(f"embed_backend 'onnx' supports models with mean or CLS pooling, not {modes or 'none'}; "
                        f"set embed_backend = \"torch\".")
    return modes[0]


def _normalizes(model) -> bool:
    return any(type(m).__name__ == "Normalize" for m in model)


def _cache_key(model, location: str) -> str:
    """Changes whenever the weights, the pooling or the exporter change."""
    import onnxruntime
    import torch

    digest = hashlib.sha256(f"{EXPORT_VERSION}|{torch.__version__}|{onnxruntime.__version__}|"
                            f"{_pooling_mode(model)}|{_normalizes(model)}".encode())
    weights = [p for p in Path(location).glob("*.safetensors")] + [p for p in Path(location).glob("*.bin")] \
        if Path(location).is_dir() else []
    if weights:
        for path in sorted(weights):
            stat = path.stat()
            digest.update(f"{path.name}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    else:  # a hub model: hash the parameters themselves
        for tensor in model.state_dict().values():
            digest.update(tensor.detach().cpu().numpy().tobytes())
    return digest.hexdigest()[:16]


def export(model, location: str, cache_dir: Path, int8: bool = False) -> Path:
    """The cached ONNX file for `model`, exported (and quantised) now if it is not there yet."""
    from filelock import FileLock

    cache_dir.mkdir(parents=True, exist_ok=True)
    key = _cache_key(model, location)
    target = cache_dir / f"encoder-{key}{'-int8' if int8 else ''}.onnx"
    with FileLock(str(cache_dir / f"encoder-{key}.lock")):
        if not target.exists():
            fp32 = cache_dir / f"encoder-{key}.onnx"
            if not fp32.exists():
                try:
                    _publish(fp32, lambda path: _export_graph(model, path))
                except (RuntimeError, ValueError, TypeError, NotImplementedError) as exc:
                    # Some architectures do not trace; torch still runs them.
                    raise UserError(f"Cannot export the embedding model '{location}' to ONNX "
                                    f"({str(exc).splitlines()[0][:200]}); set embed_backend = \"torch\".") from None
            if int8:
                _publish(target, lambda path: _quantize(fp32, path))
    return target


def _publish(target: Path, write) -> None:
    """Write beside the target and rename, so a killed process never leaves a torn file.

    Called under the export lock: a partial file already there is left by a killed process.
    """
    for stale in target.parent.glob(f"{target.name}.*.partial"):
        stale.unlink(missing_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        write(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _quantize(source: Path, target: Path) -> None:
    """Dynamic int8 weights, one scale per output channel (a cosine of 0.99 to the fp32 vectors,
    where one scale per tensor gave 0.96)."""
    import logging

    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # The quantiser logs advice through the root logger; keep the root logger as it was.
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    root.setLevel(logging.ERROR)
    try:
        quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, per_channel=True,
                         extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    finally:
        root.setLevel(level)
        root.handlers[:] = handlers


def _export_graph(model, path: Path) -> None:
    import torch

    transformer = model[0].auto_model
    pooling, normalize = _pooling_mode(model), _normalizes(model)

    class Encoder(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.transformer(input_ids=input_ids, attention_mask=attention_mask,
                                      token_type_ids=token_type_ids).last_hidden_state
            if pooling == "cls":
                vectors = hidden[:, 0]
            else:
                mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
                vectors = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(vectors, dim=-1) if normalize else vectors

    sample = model.tokenizer(["a sample sentence", "a second and longer sample sentence"],
                             padding=True, return_tensors="pt")
    args = tuple(sample.get(name, torch.zeros_like(sample["input_ids"])) for name in INPUTS)
    axes = {name: {0: "batch", 1: "pieces"} for name in INPUTS} | {"vectors": {0: "batch"}}
    encoder = Encoder().eval()
    with warnings.catch_warnings(), torch.no_grad():
        # The tracer warns about Python-side branches in transformers that do not depend on shapes.
        warnings.simplefilter("ignore")
        torch.onnx.export(encoder, args, str(path), input_names=list(INPUTS), output_names=["vectors"],
                          dynamic_axes=axes, opset_version=ONNX_OPSET, dynamo=False)


class OnnxEncoder:
    """Encodes texts with an exported graph; one ONNX Runtime session per thread count."""

    def __init__(self, path: Path, tokenizer, max_length: int):
        self.path = path
        self.tokenizer = tokenizer
        self.max_length = max_length
        self._sessions: dict[int, object] = {}
        self._lock = threading.Lock()

    def session(self, threads: int):
        import onnxruntime as ort

        with self._lock:
            if threads not in self._sessions:
                options = ort.SessionOptions()
                options.intra_op_num_threads = max(1, threads)
                options.inter_op_num_threads = 1
                # Spinning threads fight whatever else runs on a 2-core machine; sleeping ones do not.
                options.add_session_config_entry("session.intra_op.allow_spinning", "0")
                options.log_severity_level = 3
                self._sessions[threads] = ort.InferenceSession(str(self.path), options,
                                                               providers=["CPUExecutionProvider"])
            return self._sessions[threads]

    def encode(self, texts: Sequence[str], batch_size: int, threads: int) -> np.ndarray:
        session = self.session(threads)
        wanted = {i.name for i in session.get_inputs()}
        # Batches of similar length waste little on padding.
        order = np.argsort([len(t) for t in texts], kind="stable")
        chunks = []
        for start in range(0, len(texts), batch_size):
            batch = [texts[i] for i in order[start:start + batch_size]]
            pieces = self.tokenizer(batch, padding=True, truncation=True, max_length=self.max_length,
                                    return_tensors="np")
            feed = {name: pieces.get(name, np.zeros_like(pieces["input_ids"])).astype(np.int64)
                    for name in INPUTS if name in wanted}
            chunks.append(session.run(None, feed)[0])
        vectors = np.vstack(chunks).astype(np.float32)
        restored = np.empty_like(vectors)
        restored[order] = vectors
        return restored
