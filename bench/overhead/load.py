"""Load generators: ``wrk`` if installed, else a Python client; never in the servers' process.

The parent describes one run as a ``LoadSpec`` and a ``Driver`` runs it in another process:
``WrkDriver`` starts ``wrk`` per run, ``PythonDriver`` keeps one child (the entry script's
``load`` command) that reads specs from stdin and answers one ``LoadResult`` line each.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import select
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import orjson

from overhead.common import ENTRY_SCRIPT, HOST, REQUEST_TIMEOUT_SECONDS, BenchError
from overhead.processes import Children

MAX_LOAD_RUNS = 1000
MAX_REQUESTS_PER_CONNECTION = 5_000_000


@dataclass(frozen=True, slots=True)
class LoadSpec:
    port: int
    path: str
    body: bytes
    token: str
    concurrency: int
    warmup: float
    duration: float

    def as_json(self) -> bytes:
        return orjson.dumps(
            {
                "port": self.port,
                "path": self.path,
                "body": self.body.decode(),
                "token": self.token,
                "concurrency": self.concurrency,
                "warmup": self.warmup,
                "duration": self.duration,
            }
        )

    @classmethod
    def from_json(cls, raw: bytes) -> LoadSpec:
        data = orjson.loads(raw)
        return cls(
            port=int(data["port"]),
            path=str(data["path"]),
            body=data["body"].encode(),
            token=str(data["token"]),
            concurrency=int(data["concurrency"]),
            warmup=float(data["warmup"]),
            duration=float(data["duration"]),
        )


@dataclass(frozen=True, slots=True)
class LoadResult:
    requests: int  # 200 responses completed in the measured window
    errors: int  # other statuses, socket errors and timeouts in the measured window
    seconds: float

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds > 0 else 0.0


# --- The Python clients (run in the load child) ---------------------------------------------


@dataclass
class _Counts:
    ok: int = 0
    errors: int = 0


async def _read_status(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split(b" ", 2)[1])
    length: int | None = None
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    if length is None:
        raise ValueError("response without Content-Length")
    await reader.readexactly(length)
    return status


async def _drive(spec: LoadSpec) -> LoadResult:
    """``concurrency`` keep-alive HTTP/1.1 connections, each sending one request at a time."""
    request = (
        f"POST {spec.path} HTTP/1.1\r\nHost: {HOST}:{spec.port}\r\n"
        f"Content-Type: application/json\r\nAuthorization: Bearer {spec.token}\r\n"
        f"Content-Length: {len(spec.body)}\r\n\r\n"
    ).encode() + spec.body
    start = time.perf_counter()
    measured_from = start + spec.warmup
    end = measured_from + spec.duration
    counts = _Counts()

    def record(ok: bool) -> None:
        if measured_from <= time.perf_counter() < end:
            if ok:
                counts.ok += 1
            else:
                counts.errors += 1

    async def connection() -> None:
        sent = 0
        while sent < MAX_REQUESTS_PER_CONNECTION and time.perf_counter() < end:
            try:
                reader, writer = await asyncio.wait_for(
                    asyncio.open_connection(HOST, spec.port), REQUEST_TIMEOUT_SECONDS
                )
            except (OSError, TimeoutError):
                record(False)
                sent += 1
                await asyncio.sleep(0.05)
                continue
            try:
                while sent < MAX_REQUESTS_PER_CONNECTION and time.perf_counter() < end:
                    sent += 1
                    writer.write(request)
                    status = await asyncio.wait_for(_read_status(reader), REQUEST_TIMEOUT_SECONDS)
                    record(status == 200)
            except (OSError, TimeoutError, ValueError, asyncio.IncompleteReadError):
                record(False)
            finally:
                writer.close()
                with contextlib.suppress(OSError):
                    await writer.wait_closed()

    await asyncio.gather(*(connection() for _ in range(spec.concurrency)))
    return LoadResult(requests=counts.ok, errors=counts.errors, seconds=spec.duration)


async def _drive_httpx(spec: LoadSpec) -> LoadResult:
    """The same load through ``httpx`` (heavier on the client's CPU)."""
    start = time.perf_counter()
    measured_from = start + spec.warmup
    end = measured_from + spec.duration
    counts = _Counts()
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {spec.token}"}
    limits = httpx.Limits(
        max_connections=spec.concurrency, max_keepalive_connections=spec.concurrency
    )
    async with httpx.AsyncClient(
        base_url=f"http://{HOST}:{spec.port}", limits=limits, timeout=REQUEST_TIMEOUT_SECONDS
    ) as client:

        async def worker() -> None:
            for _ in range(MAX_REQUESTS_PER_CONNECTION):
                if time.perf_counter() >= end:
                    break
                try:
                    ok = (
                        await client.post(spec.path, content=spec.body, headers=headers)
                    ).status_code == 200
                except httpx.HTTPError:
                    ok = False
                if measured_from <= time.perf_counter() < end:
                    counts.ok += ok
                    counts.errors += not ok

        await asyncio.gather(*(worker() for _ in range(spec.concurrency)))
    return LoadResult(requests=counts.ok, errors=counts.errors, seconds=spec.duration)


def load(client: str) -> None:
    """Child process: for each ``LoadSpec`` line on stdin, one ``LoadResult`` line on stdout."""
    drive = _drive_httpx if client == "httpx" else _drive
    for _ in range(MAX_LOAD_RUNS):
        line = sys.stdin.buffer.readline()
        if not line.strip():
            break
        result = asyncio.run(drive(LoadSpec.from_json(line)))
        sys.stdout.write(
            orjson.dumps(
                {"requests": result.requests, "errors": result.errors, "seconds": result.seconds}
            ).decode()
            + "\n"
        )
        sys.stdout.flush()


# --- Drivers (run in the parent, start the load elsewhere) ----------------------------------


class Driver:
    """Runs one ``LoadSpec`` in a process other than the servers' and this one."""

    label = ""

    def run(self, spec: LoadSpec) -> LoadResult:
        raise NotImplementedError

    def close(self) -> None:
        return None


def _lua_string(value: str) -> str:
    """A Lua long-bracket literal that no ``]=*]`` inside ``value`` can close early."""
    level = 0
    while f"]{'=' * level}]" in value:
        level += 1
    return f"[{'=' * level}[{value}]{'=' * level}]"


_DURATION = re.compile(r"(\d+) requests in ([\d.]+)(us|ms|s|m|h)\b")
_UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}


def _whole(seconds: float) -> int:
    """wrk takes whole seconds; the measured time is read back from its report."""
    return max(1, round(seconds))


def _parse_wrk(out: str) -> LoadResult:
    found = _DURATION.search(out)
    if found is None:
        raise BenchError(f"unexpected wrk output:\n{out}")
    total, seconds = int(found[1]), float(found[2]) * _UNITS[found[3]]
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    bad_status = int(non_2xx[1]) if non_2xx else 0
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), "
        r"timeout (\d+)",
        out,
    )
    failed = sum(int(n) for n in socket_errors.groups()) if socket_errors else 0
    return LoadResult(
        requests=max(total - bad_status, 0), errors=bad_status + failed, seconds=seconds
    )


class WrkDriver(Driver):
    """One ``wrk`` run for the warm-up, one for the measured slice."""

    def __init__(self, children: Children, wrk: str, scratch: Path) -> None:
        self.children = children
        self.wrk = wrk
        self.script = scratch / "post.lua"
        self.label = "wrk, 1 thread"

    def run(self, spec: LoadSpec) -> LoadResult:
        self.script.write_text(
            f'wrk.method = "POST"\nwrk.body = {_lua_string(spec.body.decode())}\n'
            f'wrk.headers["Content-Type"] = "application/json"\n'
            f'wrk.headers["Authorization"] = "Bearer {spec.token}"\n',
            encoding="utf-8",
        )
        url = f"http://{HOST}:{spec.port}{spec.path}"
        base = [
            self.wrk,
            "-t1",
            f"-c{spec.concurrency}",
            "--timeout",
            f"{REQUEST_TIMEOUT_SECONDS:.0f}s",
            "-s",
            str(self.script),
        ]
        if spec.warmup > 0:
            self.children.run([*base, f"-d{_whole(spec.warmup)}s", url], timeout=spec.warmup + 30)
        out = self.children.run(
            [*base, f"-d{_whole(spec.duration)}s", url], timeout=spec.duration + 30
        ).decode()
        return _parse_wrk(out)


class PythonDriver(Driver):
    """One long-lived child process (the entry script's ``load`` command) for all runs."""

    def __init__(self, children: Children, client: str) -> None:
        self.children = children
        self.label = f"python {client} client, separate process"
        self.process = children.start(
            [sys.executable, str(ENTRY_SCRIPT), "load", "--client", client],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )

    def run(self, spec: LoadSpec) -> LoadResult:
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        stdin.write(spec.as_json() + b"\n")
        stdin.flush()
        # Bounded wait: a hung child must not hang the run.
        ready, _, _ = select.select([stdout], [], [], spec.warmup + spec.duration + 60)
        line = stdout.readline() if ready else b""
        if not line:
            raise BenchError(f"load process gave no result (exit code {self.process.poll()})")
        data = orjson.loads(line)
        return LoadResult(
            requests=int(data["requests"]),
            errors=int(data["errors"]),
            seconds=float(data["seconds"]),
        )

    def close(self) -> None:
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()  # end of input: the child exits
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=10)
        self.children.stop(self.process)
