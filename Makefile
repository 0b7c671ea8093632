# Two commands: `make run` publishes curated/ from raw_docs/, `make test` runs the tests.
# Each creates .venv and installs what it needs on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

OCR_PACKAGES := tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus

.PHONY: run test clean chromium ocr native

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,native]'
	touch $@

run: native
	$(VENV)/bin/kzprof refresh --raw-docs raw_docs --curated curated

test: native chromium ocr
	$(PY) -m pytest -q

# The hot modules compiled with Cython (extractors/native.py): the first time 2-3 minutes on two
# cores, then only a module whose source changed. Without Cython or a C compiler the step says
# so and the library runs as pure Python (the same tables, slower).
native: $(VENV)/.installed
	@$(PY) -m extractors.native_build

# The report's browser test needs Debian's Chromium; installed where apt-get can (as root),
# else the test skips and says why.
CHROMIUM := /usr/bin/chromium
chromium:
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing chromium for the report's browser test (apt-get, 1-2 min)"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| echo "chromium could not be installed: the browser test will skip"; \
	else echo "no $(CHROMIUM) and no root apt-get: the report's browser test will skip"; fi

# OCR of scanned PDFs (`kzprof refresh --ocr`) needs tesseract with Kazakh and Russian data:
# installed with apt-get when run as root on Debian, otherwise the step says what to install.
ocr:
	@if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx kaz \
		&& tesseract --list-langs 2>/dev/null | grep -qx rus; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing $(OCR_PACKAGES) for OCR of scanned PDFs"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(OCR_PACKAGES) >/dev/null) \
		|| echo "could not install $(OCR_PACKAGES): scanned PDFs stay quarantined, the OCR test is skipped"; \
	else \
		echo "OCR not available: install $(OCR_PACKAGES) (as root) to read scanned PDFs; the OCR test is skipped"; \
	fi

clean:
	rm -rf $(VENV) .prefect reports quarantine .pytest_cache build/native
