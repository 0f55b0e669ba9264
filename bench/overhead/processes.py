"""Every child process a run starts, so that all of them are stopped at the end."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from overhead.common import BenchError


@dataclass
class Children:
    """Every process the run starts; all are stopped at the end, whatever happened."""

    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start(self, command: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(command, **kwargs)
        self.processes.append(process)
        return process

    def run(self, command: list[str], *, timeout: float) -> bytes:
        """Run to completion (bounded by ``timeout``) and return its stdout."""
        process = self.start(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
        try:
            out, _ = process.communicate(timeout=timeout)
        finally:
            self.stop(process)
        if process.returncode != 0:
            raise BenchError(
                f"{Path(command[0]).name} exited with {process.returncode}:\n"
                f"{out.decode(errors='replace')}"
            )
        return out

    def stop(self, process: subprocess.Popen[bytes]) -> None:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        if process in self.processes:
            self.processes.remove(process)

    def stop_all(self) -> None:
        # Newest first: the load client goes before the servers it talks to.
        for process in list(reversed(self.processes)):
            self.stop(process)
