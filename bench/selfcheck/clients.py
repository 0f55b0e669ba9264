"""Concurrent clients that submit visits and time every request.

``clients`` tasks share one ``httpx.AsyncClient`` whose pool holds as many connections; each
takes the next body from a shared queue, so every visit is sent exactly once per run. A
request that fails (an HTTP error, or a payload without the visit) is counted and kept with
its first message; ``retry_failed`` sends those again afterwards, as a phone would.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any

import httpx
import orjson

from overhead.common import BenchError
from overhead.servers import Server

REQUEST_TIMEOUT_SECONDS = 60.0  # a request may queue behind many others for a pool slot


@dataclass(frozen=True, slots=True)
class Run:
    label: str
    seconds: float
    latencies: list[float]  # seconds, in order of completion
    visit_ids: list[str]  # by body, as sent; "" where the request failed
    failures: list[str]  # one message per failed request

    @property
    def stored(self) -> int:
        return len(self.latencies) - len(self.failures)

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        """Nearest-rank percentile, in milliseconds."""
        ordered = sorted(self.latencies)
        rank = max(1, min(len(ordered), round(share * len(ordered) + 0.5)))
        return ordered[rank - 1] * 1000

    def line(self) -> str:
        return (
            f"  {self.label:<9} {self.rate:8.1f} visits/s   p50 {self.percentile(0.50):7.1f} ms"
            f"   p99 {self.percentile(0.99):7.1f} ms   ({self.stored:,} visits in "
            f"{self.seconds:.2f} s, {len(self.failures)} failed)"
        )


class Failed(Exception):
    """One request did not store its visit."""


def _visit_id(response: httpx.Response) -> str:
    if response.status_code != 200:
        raise Failed(f"HTTP {response.status_code}: {response.text[:300]}")
    body: Any = orjson.loads(response.content)
    payload = (body.get("data") or {}).get("submitVisit") if isinstance(body, dict) else None
    if "errors" in body or not payload or payload.get("errors") or not payload.get("visit"):
        raise Failed(f"the visit was not stored: {response.text[:300]}")
    return str(payload["visit"]["id"])


async def _submit_all(
    label: str, server: Server, path: str, token: str, bodies: list[bytes], *, clients: int
) -> Run:
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    queue: asyncio.Queue[int] = asyncio.Queue()
    for index in range(len(bodies)):
        queue.put_nowait(index)
    latencies: list[float] = []
    visit_ids = [""] * len(bodies)
    failures: list[str] = []

    async with httpx.AsyncClient(
        base_url=server.base_url, limits=limits, timeout=REQUEST_TIMEOUT_SECONDS
    ) as client:

        async def one_client() -> None:
            while not queue.empty():
                index = queue.get_nowait()
                began = time.perf_counter()
                try:
                    response = await client.post(path, content=bodies[index], headers=headers)
                    visit_ids[index] = _visit_id(response)
                except (Failed, httpx.HTTPError) as error:
                    failures.append(str(error) or type(error).__name__)
                latencies.append(time.perf_counter() - began)

        # Open the connections first, so the measured time does not include TCP set-up.
        await asyncio.gather(*(client.get("/healthz") for _ in range(clients)))
        began = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(clients)))
        seconds = time.perf_counter() - began
    return Run(label, seconds, latencies, visit_ids, failures)


def submit_all(
    label: str, server: Server, path: str, token: str, bodies: list[bytes], *, clients: int
) -> Run:
    """Send every body once, ``clients`` at a time."""
    return asyncio.run(_submit_all(label, server, path, token, bodies, clients=clients))


RETRY_ROUNDS = 5
# Retries go a few at a time: the failures are usually a server out of pool connections.
RETRY_CLIENTS = 10


def retry_failed(
    run: Run, server: Server, path: str, token: str, bodies: list[bytes], *, clients: int
) -> int:
    """Send the failed requests again (same ``clientId``, ``RETRY_CLIENTS`` at a time) until
    each stored its visit; fills in ``run.visit_ids`` and returns how many were sent again."""
    sent = 0
    for _ in range(RETRY_ROUNDS):
        missing = [i for i, visit in enumerate(run.visit_ids) if not visit]
        if not missing:
            return sent
        sent += len(missing)
        again = submit_all(
            run.label,
            server,
            path,
            token,
            [bodies[i] for i in missing],
            clients=min(clients, RETRY_CLIENTS),
        )
        for index, visit in zip(missing, again.visit_ids, strict=True):
            run.visit_ids[index] = visit
    if not all(run.visit_ids):
        first = run.failures[0] if run.failures else "no message"
        raise BenchError(
            f"{run.label}: visits still not stored after {RETRY_ROUNDS} retries; first "
            f"failure: {first}"
        )
    return sent
