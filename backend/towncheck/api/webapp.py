"""The built web app (frontend/dist): hashed assets, other files, and the SPA fallback.

Every path that is not an API path and not a file of the build gets ``index.html``, so the
browser's router can take over (``/ledger``, ``/visits/123`` …). The build is looked up
at each request: building it while the server runs needs no restart. Without a build, ``/``
says so in Chinese and points at GraphiQL.
"""

from __future__ import annotations

from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.staticfiles import StaticFiles

# Paths the API owns: never answered with index.html, even below them.
API_PREFIXES = ("graphql", "download", "healthz", "readyz")
# Vite puts content-hashed files here: cache them for good.
ASSETS = "assets/"
IMMUTABLE = "public, max-age=31536000, immutable"
# index.html and unhashed files must be checked again at every load.
REVALIDATE = "no-cache"

NOT_BUILT = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>TownCheck 乡镇自查互查评估平台</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>网页端尚未构建</h1>
<p>服务器没有找到构建好的网页端（{where}）。请在 <code>frontend/</code> 目录运行
<code>npm ci &amp;&amp; npm run build</code>，或直接运行 <code>make demo</code>，然后刷新本页。</p>
<p>GraphQL 接口照常可用：<a href="/graphql">/graphql</a>。</p>
</body></html>
"""


class WebApp:
    """Serves ``directory`` (a Vite build) as a single-page application."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.files = StaticFiles(directory=directory, check_dir=False)

    @property
    def built(self) -> bool:
        return (self.directory / "index.html").is_file()

    async def handle(self, request: Request) -> Response:
        path = request.path_params.get("path", "")
        first = path.split("/", 1)[0]
        if first in API_PREFIXES:
            return PlainTextResponse("未找到", status_code=404)
        if not self.built:
            return HTMLResponse(NOT_BUILT.format(where=self.directory), status_code=404)
        # Hidden files (.vite/manifest.json) are build details, not part of the site.
        if any(part.startswith(".") for part in path.split("/")):
            return PlainTextResponse("未找到", status_code=404)
        if path.startswith(ASSETS):
            # A missing asset is a 404, never index.html: a stale page must fail loudly.
            return await self._file(path, request, IMMUTABLE)
        if path and path != "index.html":
            try:
                return await self._file(path, request, REVALIDATE)
            except HTTPException as error:
                if error.status_code != 404:
                    raise
        return await self._file("index.html", request, REVALIDATE)

    async def _file(self, path: str, request: Request, cache: str) -> Response:
        response = await self.files.get_response(path, request.scope)
        if response.status_code in (200, 304):
            response.headers["cache-control"] = cache
        return response


def webapp_routes(directory: Path) -> list[BaseRoute]:
    """The catch-all route; mount it after the API routes."""
    webapp = WebApp(directory)
    return [Route("/{path:path}", webapp.handle, methods=["GET", "HEAD"])]
