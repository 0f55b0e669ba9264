"""GraphQL over HTTP conformance: the graphql-http server audits, and the transport rules."""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn

from towncheck.app import build_services, create_app
from towncheck.config import PROJECT_ROOT, Settings
from towncheck.tenancy import service as tenancy

AUDIT_DIR = PROJECT_ROOT / "tests" / "http_audit"
GRAPHQL_RESPONSE = "application/graphql-response+json"
JSON = "application/json"


# --- the live server and the graphql-http audit -------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LiveServer:
    """The real app under uvicorn, in a thread with its own event loop and its own Services.

    The ``services`` fixture's engine belongs to the pytest event loop; asyncpg connections
    cannot cross loops, so the server thread builds everything it uses itself.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server: uvicorn.Server | None = None
        self.thread = threading.Thread(target=self._run, name="live-graphql", daemon=True)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        services = build_services(self.settings)
        try:
            config = uvicorn.Config(
                create_app(services), host="127.0.0.1", port=self.port, log_level="warning"
            )
            self.server = uvicorn.Server(config)
            loop.run_until_complete(self.server.serve())  # the app's lifespan disposes the DB
        finally:
            if services.jobs is not None:
                services.jobs.broker.close()
            loop.close()

    def start(self, timeout: float = 30.0) -> None:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            # uvicorn exits its thread when it cannot start (a taken port, a failing lifespan).
            assert self.thread.is_alive(), "the server thread ended before /healthz answered"
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise AssertionError(f"{self.url}/healthz did not answer within {timeout}s")

    def stop(self, timeout: float = 30.0) -> None:
        if self.server is not None:
            self.server.should_exit = True
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the server thread did not stop"


@pytest.fixture
def live_server(settings: Settings) -> Iterator[LiveServer]:
    server = LiveServer(settings)
    try:
        server.start()
        yield server
    finally:
        server.stop()


def _ensure_audit_harness() -> None:
    if (AUDIT_DIR / "node_modules" / "graphql-http").is_dir():
        return
    npm = shutil.which("npm")
    assert npm is not None, "npm is required to install tests/http_audit"
    subprocess.run(
        [npm, "ci", "--prefix", str(AUDIT_DIR)], check=True, cwd=PROJECT_ROOT, timeout=300
    )


def _run_audit(url: str) -> dict[str, list[Any]]:
    node = shutil.which("node")
    assert node is not None, "node is required to run the graphql-http audit"
    done = subprocess.run(
        [node, str(AUDIT_DIR / "audit.mjs"), url],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, f"audit.mjs exited {done.returncode}: {done.stderr}"
    result: dict[str, list[Any]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _describe(entries: list[dict[str, str]]) -> str:
    return "\n".join(f"{e['id']} {e['name']}: {e['reason']}" for e in entries)


def test_graphql_http_server_audit(live_server: LiveServer) -> None:
    _ensure_audit_harness()
    result = _run_audit(f"{live_server.url}/graphql")
    print(json.dumps({k: len(v) for k, v in result.items()}))
    assert result["error"] == [], _describe(result["error"])
    assert result["warn"] == [], _describe(result["warn"])
    assert result["notice"] == [], _describe(result["notice"])
    assert len(result["ok"]) > 0


# --- the transport rules, through the ASGI app ----------------------------------------------


def _body(response: httpx.Response) -> dict[str, Any]:
    body: dict[str, Any] = response.json()
    return body


def _messages(response: httpx.Response) -> list[str]:
    return [error["message"] for error in _body(response)["errors"]]


# The client is shared and a sign-in elsewhere leaves a session cookie in its jar: cleared
# so every request here is an API client's, judged by its own headers only.


async def _post(
    client: httpx.AsyncClient,
    payload: dict[str, Any],
    accept: str = GRAPHQL_RESPONSE,
    **headers: str,
) -> httpx.Response:
    client.cookies.clear()
    return await client.post("/graphql", json=payload, headers={"accept": accept, **headers})


async def _get(
    client: httpx.AsyncClient, params: dict[str, str], accept: str = GRAPHQL_RESPONSE
) -> httpx.Response:
    client.cookies.clear()
    return await client.get("/graphql", params=params, headers={"accept": accept})


def _assert_request_error(response: httpx.Response, status: int, media: str) -> list[str]:
    """A request error: the given status and media type, errors, and no ``data`` entry."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == f"{media}; charset=utf-8"
    body = _body(response)
    assert "data" not in body, body
    assert body["errors"], body
    return _messages(response)


async def test_get_query_runs(client: httpx.AsyncClient) -> None:
    response = await _get(client, {"query": "{ __typename }"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == f"{GRAPHQL_RESPONSE}; charset=utf-8"
    assert _body(response) == {"data": {"__typename": "Query"}}


async def test_get_mutation_is_405_with_allow_post(client: httpx.AsyncClient) -> None:
    response = await _get(client, {"query": "mutation { __typename }"})
    assert response.status_code == 405, response.text
    assert response.headers["allow"] == "POST"
    assert _body(response) == {"errors": [{"message": "变更操作必须使用 POST"}]}


async def test_put_is_405(client: httpx.AsyncClient) -> None:
    client.cookies.clear()
    response = await client.put("/graphql", json={"query": "{ __typename }"})
    assert response.status_code == 405, response.text
    assert response.headers["allow"] == "GET, POST"
    assert _body(response) == {"errors": [{"message": "仅支持 GET 与 POST 请求"}]}


async def test_post_without_content_type_is_415(client: httpx.AsyncClient) -> None:
    client.cookies.clear()
    response = await client.post(
        "/graphql", content=b'{"query": "{ __typename }"}', headers={"accept": GRAPHQL_RESPONSE}
    )
    assert "content-type" not in response.request.headers
    assert _assert_request_error(response, 415, GRAPHQL_RESPONSE) == [
        "请求缺少 Content-Type，请使用 application/json"
    ]


async def test_malformed_json_body_is_400(client: httpx.AsyncClient) -> None:
    client.cookies.clear()
    response = await client.post(
        "/graphql",
        content=b'{"query": "{ __typename }"',
        headers={"accept": GRAPHQL_RESPONSE, "content-type": JSON},
    )
    assert _assert_request_error(response, 400, GRAPHQL_RESPONSE) == ["请求体不是合法的 JSON"]


async def test_unacceptable_accept_is_406(client: httpx.AsyncClient) -> None:
    response = await _post(client, {"query": "{ __typename }"}, accept="text/csv")
    assert _assert_request_error(response, 406, JSON) == [
        "不支持的 Accept，请使用 application/graphql-response+json 或 application/json"
    ]


@pytest.mark.parametrize(("media", "status"), [(GRAPHQL_RESPONSE, 400), (JSON, 200)])
async def test_syntax_error(client: httpx.AsyncClient, media: str, status: int) -> None:
    response = await _post(client, {"query": "{ __typename"}, accept=media)
    [message] = _assert_request_error(response, status, media)
    assert message.startswith("Syntax Error"), message


@pytest.mark.parametrize(("media", "status"), [(GRAPHQL_RESPONSE, 400), (JSON, 200)])
async def test_validation_error(client: httpx.AsyncClient, media: str, status: int) -> None:
    response = await _post(client, {"query": "{ noSuchField }"}, accept=media)
    [message] = _assert_request_error(response, status, media)
    assert "noSuchField" in message, message


@pytest.mark.parametrize(("media", "status"), [(GRAPHQL_RESPONSE, 400), (JSON, 200)])
async def test_variable_coercion_error(client: httpx.AsyncClient, media: str, status: int) -> None:
    payload = {"query": "query($n: Int!) { __typename }", "variables": {"n": "x"}}
    [message] = _assert_request_error(await _post(client, payload, accept=media), status, media)
    assert "$n" in message, message


async def test_invalid_bearer_token_is_401(client: httpx.AsyncClient) -> None:
    response = await _post(client, {"query": "{ __typename }"}, authorization="Bearer tcs_nope")
    assert response.status_code == 401, response.text
    assert response.headers["www-authenticate"] == "Bearer"
    # Only the generic message: nothing about whether the token exists, expired or was revoked.
    assert _body(response) == {
        "errors": [{"message": "身份凭证无效或已过期", "extensions": {"code": "UNAUTHENTICATED"}}]
    }


def _nested_towns(hops: int) -> str:
    """``towns → areas → town → areas …``: each hop adds four levels of depth; pages of
    one keep the query cheap, so only its depth is at issue."""
    inner = "name"
    for _ in range(hops):
        inner = f"areas(first: 1) {{ edges {{ node {{ town {{ {inner} }} }} }} }}"
    return f"{{ towns(first: 1) {{ edges {{ node {{ {inner} }} }} }} }}"


async def test_depth_limit_refuses_before_any_resolver(
    client: httpx.AsyncClient,
    gql: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[object] = []
    original = tenancy.viewer_towns

    async def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs.get("principal"))
        return await original(*args, **kwargs)

    monkeypatch.setattr(tenancy, "viewer_towns", spy)
    token = await gql.token_for("mazhan_admin")
    auth = f"Bearer {token}"

    # The spy sees the resolver when the same shape is within the limit (depth 5).
    shallow = await _post(client, {"query": _nested_towns(1)}, authorization=auth)
    assert shallow.status_code == 200, shallow.text
    assert "errors" not in _body(shallow), shallow.text
    assert len(calls) == 1

    deep = await _post(client, {"query": _nested_towns(3)}, authorization=auth)  # depth 15
    [message] = _assert_request_error(deep, 400, GRAPHQL_RESPONSE)
    assert "exceeds maximum operation depth of 10" in message, message
    assert len(calls) == 1, "a resolver ran for a query over the depth limit"


async def test_alias_limit(client: httpx.AsyncClient) -> None:
    def aliased(count: int) -> str:
        return "{ " + " ".join(f"a{i}: __typename" for i in range(count)) + " }"

    allowed = await _post(client, {"query": aliased(30)})
    assert allowed.status_code == 200, allowed.text
    assert _body(allowed)["data"]["a29"] == "Query"

    refused = await _post(client, {"query": aliased(31)})
    assert _assert_request_error(refused, 400, GRAPHQL_RESPONSE) == [
        "查询中的别名数量超过上限（30 个）: 31 aliases found. Allowed: 30"
    ]


# Strawberry raises on these rather than reporting them: they must not become a 500.


@pytest.mark.parametrize(("media", "status"), [(GRAPHQL_RESPONSE, 400), (JSON, 200)])
async def test_unknown_operation_name(client: httpx.AsyncClient, media: str, status: int) -> None:
    payload = {"query": "query A { __typename }", "operationName": "B"}
    assert _assert_request_error(await _post(client, payload, accept=media), status, media) == [
        "operationName 与文档中的任何操作都不匹配"
    ]


async def test_unknown_operation_name_on_get(client: httpx.AsyncClient) -> None:
    response = await _get(client, {"query": "mutation M { __typename }", "operationName": "X"})
    assert _assert_request_error(response, 400, GRAPHQL_RESPONSE) == [
        "operationName 与文档中的任何操作都不匹配"
    ]


async def test_several_operations_need_a_name(client: httpx.AsyncClient) -> None:
    query = "query A { a: __typename } query B { b: __typename }"
    response = await _post(client, {"query": query})
    assert _assert_request_error(response, 400, GRAPHQL_RESPONSE) == [
        "文档包含多个操作，须用 operationName 指明要执行的操作"
    ]
    named = await _post(client, {"query": query, "operationName": "B"})
    assert named.status_code == 200, named.text
    assert _body(named) == {"data": {"b": "Query"}}


async def test_document_without_operation(client: httpx.AsyncClient) -> None:
    response = await _post(client, {"query": "fragment F on Query { __typename }"})
    assert _assert_request_error(response, 400, GRAPHQL_RESPONSE) == ["文档中没有可执行的操作"]


async def test_subscription_is_refused(client: httpx.AsyncClient) -> None:
    response = await _post(client, {"query": "subscription { __typename }"})
    assert _assert_request_error(response, 400, GRAPHQL_RESPONSE) == [
        "不支持订阅操作，请使用查询或变更"
    ]


async def test_limit_errors_speak_chinese_and_carry_a_code(client):
    aliases = " ".join(f"a{i}: __typename" for i in range(31))
    response = await _post(client, {"query": "{ " + aliases + " }"})
    error = response.json()["errors"][0]
    assert error["message"].startswith("查询中的别名数量超过上限（30 个）")
    assert error["extensions"] == {"code": "QUERY_TOO_COMPLEX"}
