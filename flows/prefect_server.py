"""Prefect's temporary local server for one run, started as the run begins.

Where no Prefect API is configured, Prefect starts a temporary server of its own the first time
a client needs one (`SubprocessASGIServer`: uvicorn on Prefect's app factory, UI off). Started
that way it comes late (after this process imported the flow) and costs this process the import
of Prefect's whole server code (about 2 s of CPU) only to launch another process. Here the same
command is launched at once, on a free port, before this process has imported even Prefect's
settings (0.8 s: the server's start uses that time on the other core); a thread then reads the
settings and waits for the server to answer. Its address is put where every Prefect client of
the run looks (`PREFECT_API_URL` in the environment and Prefect's global settings), so that
this process, its threads and any worker process use it; it is stopped at exit. With an API
configured (`PREFECT_API_URL`, or a profile, where the launched server is stopped again once
the settings say so), that server is used and nothing is started.
"""
from __future__ import annotations

import atexit
import http.client
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from flows.prefect_app import RUN_PID

ROOT = Path(__file__).resolve().parents[1]
ADDRESS_IN_USE = 3  # uvicorn's exit status when its port was taken meanwhile
LAUNCHES = 5
STOP_WAIT = 5.0
# Prefect's own temporary server is uvicorn on its app with these (prefect.server.api.server)
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}


class TemporaryServer:
    """The run's Prefect server: `start()` returns at once; `wait()` returns once it answers."""

    def __init__(self, announce=print):
        self.announce = announce
        self.error: BaseException | None = None
        self.process: subprocess.Popen | None = None
        self.port = 0
        self.url: str | None = None
        self.thread = threading.Thread(target=self._start, name="prefect-server-start", daemon=True)

    def start(self) -> "TemporaryServer":
        if not os.environ.get("PREFECT_API_URL"):
            self._launch()  # at once; whether a profile names a server of its own is known only with the settings
        self.thread.start()
        return self

    def _launch(self) -> None:
        if self.process is None and self.port == 0:
            atexit.register(self.stop)  # once, whichever launch is the last one
        self.port = _free_port()
        self.process = _uvicorn(self.port, {**os.environ, **SERVER_ENV})

    def _start(self) -> None:
        try:
            from prefect.settings import get_current_settings

            settings = get_current_settings()
            if settings.api.url:  # the user's own server
                self.stop()
                return
            # said here: Prefect's own line comes before its logging is set up, and is lost
            self.announce("kzprof: starting Prefect's temporary server (a few seconds; with PREFECT_API_URL set, "
                          "a refresh uses that server instead)", flush=True)
            self._until_up(settings)
        except BaseException as exc:  # raised where the run waits for the server
            self.error = exc

    def _until_up(self, settings) -> None:
        deadline = time.monotonic() + float(settings.server.ephemeral.startup_timeout_seconds)
        for attempt in range(LAUNCHES):
            if attempt or self.process is None:
                self._launch()
            status = _wait_until_healthy(self.process, self.port, deadline)
            if status == "up":
                self._use(f"http://127.0.0.1:{self.port}/api")
                return
            if status != "port taken":
                raise RuntimeError(f"Prefect's temporary server did not start: {status}")
        raise RuntimeError(f"Prefect's temporary server found no free port in {LAUNCHES} tries")

    def _use(self, url: str) -> None:
        from prefect.context import refresh_global_settings_context

        self.url = url
        os.environ["PREFECT_API_URL"] = url  # for processes started from here on (Dask's workers)
        os.environ["PREFECT_UI_URL"] = ""  # it serves no UI: Prefect's "View at" link would lead nowhere
        refresh_global_settings_context()

    def wait(self) -> None:
        """Returns once the server answers (no client of the run may find it still starting)."""
        while self.thread.is_alive():
            self.thread.join(timeout=0.2)  # a short join: Ctrl-C is still handled meanwhile
        if self.error is not None:
            raise self.error

    def run_settings(self):
        """The settings a flow run on this server runs under: without heartbeats when the server is
        the run's own. A heartbeat lets a long-running server find a run that crashed; this one ends
        with the run, and the flow's end waited up to a second for the heartbeat thread's sleep."""
        from contextlib import nullcontext

        from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

        if self.url is None:
            return nullcontext()
        return temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})

    def stop(self) -> None:
        """Stops the server and takes its address back out of the settings."""
        up = self.url is not None
        if up:
            from prefect.context import refresh_global_settings_context

            self.url = None
            os.environ.pop("PREFECT_API_URL", None)
            os.environ.pop("PREFECT_UI_URL", None)
            refresh_global_settings_context()
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        if not up:  # still starting: it holds no run's state, and uvicorn fails a shutdown in its startup
            process.kill()
            process.wait()
            return
        process.terminate()
        try:
            process.wait(timeout=STOP_WAIT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _uvicorn(port: int, env: dict) -> subprocess.Popen:
    # a process group of its own: a terminal's Ctrl-C is for the run, which stops the server after
    # its last report to it (`flows.prefect_app` also ends the server if the run is killed)
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--app-dir", str(ROOT), "--factory", "flows.prefect_app:create_app",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "error", "--lifespan", "on"],
        env={**env, RUN_PID: str(os.getpid())}, process_group=0)


def _wait_until_healthy(process: subprocess.Popen, port: int, deadline: float) -> str:
    """'up', 'port taken', or why the server is not up."""
    while time.monotonic() < deadline:
        code = process.poll()
        if code == ADDRESS_IN_USE:
            return "port taken"
        if code is not None:
            return f"its process exited with status {code}"
        if _healthy(port):
            return "up"
        time.sleep(0.05)
    return "it did not answer in time (PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS)"


def _healthy(port: int) -> bool:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        conn.request("GET", "/api/health")
        return conn.getresponse().status == 200
    except OSError:
        return False
    finally:
        conn.close()
