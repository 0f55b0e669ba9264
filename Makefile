# TownCheck — `make demo` runs the product, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
AUDIT  := tests/http_audit
PORT   ?= 8000
WEB    := frontend
NODE   := $(shell command -v node 2>/dev/null)
# The web app is rebuilt only when one of these changed since the last build.
WEB_STAMP   := $(WEB)/dist/.build-stamp
WEB_MODULES := $(WEB)/node_modules/.package-lock.json
WEB_SOURCES := $(shell find $(WEB)/src $(WEB)/public -type f -not -path '$(WEB)/src/gql/*' 2>/dev/null) \
	$(wildcard $(WEB)/index.html $(WEB)/package.json $(WEB)/vite.config.ts $(WEB)/codegen.ts \
	$(WEB)/tsconfig.json $(WEB)/schema.graphql)

.PHONY: demo test lint schema bench clean web web-test

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		(echo "TownCheck 需要 Python 3.11 或更高版本" >&2; exit 1)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

$(AUDIT)/node_modules/.package-lock.json: $(AUDIT)/package-lock.json
	npm ci --prefix $(AUDIT) --no-audit --no-fund --loglevel=error

$(WEB_MODULES): $(WEB)/package-lock.json
	npm ci --prefix $(WEB) --no-audit --no-fund --loglevel=error

$(WEB_STAMP): $(WEB_MODULES) $(WEB_SOURCES)
	cd $(WEB) && npm run build
	touch $@

# npm ci + codegen + vite build into frontend/dist, served by the app at /.
web:
ifeq ($(NODE),)
	@echo "未找到 Node.js（需要 20+）：跳过网页端构建，只提供 GraphQL 接口" >&2
else
	@$(MAKE) --no-print-directory $(WEB_STAMP)
endif

# Types, unit tests and the bundle budget; the end-to-end run is tests/test_frontend_e2e.py.
web-test: $(WEB_STAMP)
	cd $(WEB) && npm run typecheck && npm run test && npm run budget

demo: $(STAMP) web
	PORT=$(PORT) $(BIN)/towncheck demo --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check backend tests bench alembic
	$(BIN)/mypy

test: $(STAMP) $(AUDIT)/node_modules/.package-lock.json lint web-test
	$(BIN)/towncheck export-schema --check
	$(BIN)/pytest

schema: $(STAMP)
	$(BIN)/towncheck export-schema

bench: $(STAMP)
	$(BIN)/python bench/graphql_overhead.py

clean:
	rm -rf $(VENV) .data $(AUDIT)/node_modules $(WEB)/node_modules $(WEB)/dist $(WEB)/e2e/screenshots
