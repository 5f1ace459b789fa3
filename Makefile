# The two set-up commands of the README are `make run` and `make test`; both set up .venv
# (and the system libraries Qt needs) on first use.
PY := .venv/bin/python

.PHONY: run test catalog lint bench clean

run:
	@scripts/bootstrap.sh run
	$(PY) -m app

test:
	@scripts/bootstrap.sh test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# Rebuild catalog.db from resources/catalog/ (commit the result).
catalog:
	@scripts/bootstrap.sh test
	$(PY) -m build.tasks catalog

bench:
	@scripts/bootstrap.sh test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks --benchmark-enable --benchmark-only

clean:
	rm -rf .venv dist .pyinstaller .pytest_cache .benchmarks .hypothesis
