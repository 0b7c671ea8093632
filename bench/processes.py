"""Processes a bench script starts beside the refresh (a Dask cluster, a Prefect server): a free
port for each, and every one stopped when the script ends."""
from __future__ import annotations

import socket
import subprocess


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(processes: list[subprocess.Popen], timeout: float = 20) -> None:
    """Ask each to end (the last started first), then kill the ones still running after `timeout`."""
    for p in reversed(processes):
        p.terminate()
    for p in reversed(processes):
        try:
            p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            p.kill()
