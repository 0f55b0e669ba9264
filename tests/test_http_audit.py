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
        self.failure: BaseException | None = None
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, name="live-graphql", daemon=True)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        services = None
        try:
            services = build_services(self.settings)
            config = uvicorn.Config(create_app(services), host="127.0.0.1", port=self.port,
                                    log_level="warning")
            self.server = uvicorn.Server(config)
            self.ready.set()
            loop.run_until_complete(self.server.serve())
        except BaseException as error:  # SystemExit too: uvicorn exits when it cannot bind
            self.failure = error
        finally:
            self.ready.set()
            if services is not None and services.jobs is not None:
                services.jobs.broker.close()
            loop.close()

    def start(self, timeout: float = 30.0) -> None:
        self.thread.start()
        self.ready.wait(timeout)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.failure is not None or not self.thread.is_alive():
                raise RuntimeError(f"server thread ended early: {self.failure!r}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"{self.url}/healthz did not answer within {timeout}s")

    def stop(self, timeout: float = 30.0) -> None:
        if self.server is not None:
            self.server.should_exit = True
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "server thread did not stop"


@pytest.fixture
def live_server(settings: Settings) -> Iterator[LiveServer]:
    server = LiveServer(settings)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _ensure_audit_harness() -> None:
    if (AUDIT_DIR / "node_modules" / "graphql-http").is_dir():
        return
    npm = shutil.which("npm")
    assert npm is not None, "npm is required to install tests/http_audit"
    subprocess.run([npm, "ci", "--prefix", str(AUDIT_DIR)], check=True, cwd=PROJECT_ROOT,
                   timeout=300)


def _run_audit(url: str) -> dict[str, list[Any]]:
    node = shutil.which("node")
    assert node is not None, "node is required to run the graphql-http audit"
    done = subprocess.run([node, str(AUDIT_DIR / "audit.mjs"), url], capture_output=True,
                          text=True, cwd=PROJECT_ROOT, timeout=600, check=False)
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
