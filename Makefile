# The two set-up commands of the README are `make run` and `make test`; both set up .venv
# (and the system libraries Qt needs) on first use.
PY := .venv/bin/python

.PHONY: run test catalog translations translations-update dist smoke-dist size lint coverage mutate bench clean

run:
	@scripts/bootstrap.sh run
	@$(PY) -m build.tasks translations >/dev/null
	$(PY) -m app

# The suite on every core (pytest-xdist), each test file on one worker so that its module
# fixtures (a whole catalogue build, the guard) are made once.
# PYTEST_WORKERS=0 runs it in this process.
PYTEST_WORKERS ?= auto

test:
	@scripts/bootstrap.sh test
	@$(PY) -m build.tasks translations >/dev/null
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

# Rebuild catalog.db from resources/catalog/ (commit the result).
catalog:
	@scripts/bootstrap.sh test
	$(PY) -m build.tasks catalog

# The window's .qm translations from resources/i18n/*.ts (run, test and dist build them too);
# `translations-update` first adds the window's new texts to every .ts (to be translated).
translations:
	@scripts/bootstrap.sh test
	$(PY) -m build.tasks translations

translations-update:
	@scripts/bootstrap.sh test
	$(PY) -m build.tasks translations-update

# The PyInstaller bundle (one folder): dist/declinedesk/declinedesk. DECLINEDESK_ONEFILE=1 for one file.
dist:
	@scripts/bootstrap.sh dist
	$(PY) -m build.tasks freeze

# Checks a built bundle: its --smoke-test, and `explain` output equal to the source's.
smoke-dist:
	@scripts/bootstrap.sh dist
	QT_QPA_PLATFORM=offscreen $(PY) -m build.tasks smoke

# ruff (lint and format) and mypy over the shipped code, the builder and the tests; CI runs it.
lint:
	@scripts/bootstrap.sh test
	$(PY) -m ruff check app build tests
	$(PY) -m ruff format --check app build tests
	$(PY) -m mypy

# The whole suite under coverage.py (branch coverage of app/, pyproject.toml [tool.coverage]).
coverage:
	@scripts/bootstrap.sh test
	QT_QPA_PLATFORM=offscreen $(PY) -m coverage run -m pytest $(PYTEST_ARGS)
	$(PY) -m coverage report

# Mutation testing of the sensitive rule, the verdict, the guard and history ([tool.mutmut]);
# MUTANTS='app.verdict.retry*' runs only those. Survivors: .venv/bin/mutmut results.
mutate:
	@scripts/bootstrap.sh test
	QT_QPA_PLATFORM=offscreen $(PY) -m mutmut run $(MUTANTS)
	$(PY) -m mutmut results

# Fails when the built bundle is over its size budget (build/tasks.py BUNDLE_BUDGET_MB).
size:
	@scripts/bootstrap.sh test
	$(PY) -m build.tasks size

bench:
	@scripts/bootstrap.sh test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks --benchmark-enable --benchmark-only

clean:
	rm -rf .venv dist .pyinstaller .pytest_cache .benchmarks .hypothesis
