"""The backend serves the built web app at / without getting in the API's way."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from towncheck.app import Services, create_app

INDEX = (
    '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js">'
    '</script></head><body><div id="root"></div></body></html>'
)


def _client(services: Services, web_dir: Path) -> httpx.AsyncClient:
    settings = replace(services.settings, web_dir=web_dir)
    app = create_app(replace(services, settings=settings))
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    root = tmp_path / "dist"
    (root / "assets").mkdir(parents=True)
    (root / ".vite").mkdir()
    (root / "index.html").write_text(INDEX, encoding="utf-8")
    (root / "assets" / "index-abc123.js").write_text("console.log('tc')", encoding="utf-8")
    (root / "favicon.svg").write_text("<svg/>", encoding="utf-8")
    (root / ".vite" / "manifest.json").write_text("{}", encoding="utf-8")
    return root


@pytest.fixture
async def web(services: Services, dist: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with _client(services, dist) as client:
        yield client


async def test_index_at_root_and_at_client_routes(web: httpx.AsyncClient) -> None:
    for path in ("/", "/ledger", "/crosscheck/draw", "/index.html"):
        response = await web.get(path)
        assert response.status_code == 200, path
        assert response.text == INDEX
        assert response.headers["content-type"].startswith("text/html")
        assert response.headers["cache-control"] == "no-cache"


async def test_assets_are_cached_for_good(web: httpx.AsyncClient) -> None:
    response = await web.get("/assets/index-abc123.js")
    assert response.status_code == 200
    assert response.text == "console.log('tc')"
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    again = await web.get(
        "/assets/index-abc123.js", headers={"if-none-match": response.headers["etag"]}
    )
    assert again.status_code == 304
    # A missing asset is a 404, not index.html.
    assert (await web.get("/assets/index-gone.js")).status_code == 404
    favicon = await web.get("/favicon.svg")
    assert favicon.status_code == 200
    assert favicon.headers["cache-control"] == "no-cache"


async def test_build_details_and_traversal_stay_hidden(web: httpx.AsyncClient) -> None:
    assert (await web.get("/.vite/manifest.json")).status_code == 404
    response = await web.get("/assets/../../secret.txt")
    assert response.status_code in (200, 404)
    assert "secret" not in response.text


async def test_api_unaffected(web: httpx.AsyncClient) -> None:
    health = await web.get("/healthz")
    assert health.json() == {"status": "ok"}
    ready = await web.get("/readyz")
    assert ready.headers["content-type"].startswith("application/json")
    answer = await web.post("/graphql", json={"query": "{ __typename }"})
    assert answer.status_code == 200
    assert answer.json() == {"data": {"__typename": "Query"}}
    download = await web.get("/download/no-such-file.xlsx")
    assert download.status_code != 200
    assert INDEX not in download.text
    # Below an API path nothing falls back to the web app.
    for path in ("/graphql/x", "/download/", "/healthz/x"):
        response = await web.get(path)
        assert response.status_code == 404, path
        assert INDEX not in response.text
    # Only GET and HEAD reach the web app.
    assert (await web.post("/ledger")).status_code == 405


async def test_not_built_says_so(services: Services, tmp_path: Path) -> None:
    async with _client(services, tmp_path / "missing") as client:
        response = await client.get("/")
        assert response.status_code == 404
        assert "网页端尚未构建" in response.text
        assert (await client.get("/healthz")).status_code == 200
