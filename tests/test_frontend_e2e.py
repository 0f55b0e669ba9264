"""The web app end to end: the real backend with the demo county, driven by Chromium.

Starts ``towncheck demo`` on a throwaway database and a free port, serving frontend/dist,
then runs ``npm run e2e`` (Vitest + playwright-core with Debian's /usr/bin/chromium, specs
in frontend/e2e/) against it. Screenshots land in frontend/e2e/screenshots/.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from towncheck.config import PROJECT_ROOT, Settings
from towncheck.databases import create_database, drop_database

FRONTEND = PROJECT_ROOT / "frontend"
CHROMIUM = Path(os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium"))
READY_SECONDS = 180
E2E_SECONDS = 900


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _npm(*args: str, env: dict[str, str] | None = None, timeout: int = 900) -> None:
    npm = shutil.which("npm")
    assert npm is not None, "npm 未安装：端到端测试需要 Node 20+"
    subprocess.run([npm, *args], cwd=FRONTEND, env=env, check=True, timeout=timeout)


def _ensure_built() -> Path:
    if not (FRONTEND / "node_modules" / ".package-lock.json").is_file():
        _npm("ci", "--no-audit", "--no-fund", "--loglevel=error")
    dist = FRONTEND / "dist"
    if not (dist / "index.html").is_file():
        _npm("run", "build")
    return dist


def _wait_ready(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"towncheck demo exited with {server.returncode} before it was ready")
        try:
            with urllib.request.urlopen(f"{url}/readyz", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    pytest.fail(f"{url}/readyz not ready after {READY_SECONDS} s")


@pytest.fixture
def demo_server(settings: Settings, tmp_path: Path) -> Iterator[str]:
    """`towncheck demo` on its own database; yields its base URL."""
    dist = _ensure_built()
    server_url = settings.owner_url()
    name = f"towncheck_e2e_{uuid.uuid4().hex[:10]}"
    url = create_database(server_url, name)
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "REDIS_URL": settings.redis_url or "",
        "TOWNCHECK_REDIS_NAMESPACE": f"towncheck-e2e-{name}",
        "TOWNCHECK_WEB_DIR": str(dist),
        "TOWNCHECK_DATA_DIR": str(tmp_path / "data"),
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("APP_DATABASE_URL", None)
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "towncheck.cli", "demo", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(base, server)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
        log.close()
        if server.returncode not in (0, -15):
            sys.stderr.write((tmp_path / "server.log").read_text(errors="replace")[-5000:])
        drop_database(server_url, name)


def test_web_app_end_to_end(demo_server: str) -> None:
    assert CHROMIUM.is_file(), f"{CHROMIUM} 不存在：apt-get install -y chromium"
    started = time.monotonic()
    env = {**os.environ, "E2E_BASE_URL": demo_server, "E2E_CHROMIUM": str(CHROMIUM)}
    npm = shutil.which("npm")
    assert npm is not None
    run = subprocess.run(
        [npm, "run", "e2e"],
        cwd=FRONTEND,
        env=env,
        capture_output=True,
        text=True,
        timeout=E2E_SECONDS,
        check=False,
    )
    sys.stdout.write(run.stdout[-20000:])
    sys.stderr.write(run.stderr[-20000:])
    assert run.returncode == 0, f"npm run e2e failed ({run.returncode}):\n{run.stdout[-6000:]}"
    print(f"e2e took {time.monotonic() - started:.1f} s")
