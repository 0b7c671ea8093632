"""Per-document work in worker processes that can be stopped.

A document's work (reading, repair, extraction) runs in a worker process with a
deadline: a document that takes longer than its budget has its worker killed and
replaced, and the run goes on with the next document. Jobs are plain functions
of picklable arguments returning picklable results, so the same jobs can run on
more processes or another executor.

`Pool(0)` runs the jobs in the calling process: nothing to start, but a job
cannot be stopped, so its deadline is only checked after it returns.
"""
from __future__ import annotations

import multiprocessing as mp
import queue
import threading
import time
import traceback
from dataclasses import dataclass
from typing import Any, Callable

# Seconds of work one document may take by default (the largest acts need well under a minute).
DOC_TIMEOUT = 300.0

# modules the worker processes import once, in the process they are forked from (the general
# lexicons built there too)
PRELOAD = ["extractors.pipeline", "extractors.warm"]


@dataclass
class Outcome:
    """How a job ended: `ok` (value), `error` (the exception's type, message and traceback),
    `timeout` (stopped at its deadline), `crashed` (the worker died, e.g. out of memory) or
    `cancelled` (the pool was closed first)."""

    status: str
    value: Any = None
    error: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def _call(fn: Callable, args: tuple) -> tuple[str, Any]:
    try:
        return "ok", fn(*args)
    except Exception as exc:  # the job's failure is its result; the worker stays usable
        return "error", f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=-8)}"


def _worker_main(conn) -> None:
    try:
        _serve(conn)
    except KeyboardInterrupt:
        # a terminal's Ctrl-C reaches every process of the run: the refresh says it was
        # interrupted and what became of the document this worker held; the worker ends quietly
        return


def _serve(conn) -> None:
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):  # the refresh ended (or was killed): nothing left to do
            return
        status, value = _call(msg[1], msg[2])
        try:
            conn.send((status, value))
        except Exception as exc:  # a result that cannot be pickled is the job's error
            conn.send(("error", f"{type(exc).__name__}: the result could not be sent back: {exc}"))


class _Worker:
    def __init__(self, ctx):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child,), daemon=True, name="kzprof-worker")
        self.process.start()
        child.close()
        self._stopping = threading.Lock()
        self._stopped = False

    def stop(self) -> None:
        """Kill the process and close its pipe; safe from any thread, any number of times (the
        pool closing and a job's own thread may both stop a worker at once)."""
        with self._stopping:
            if self._stopped:
                return
            self._stopped = True
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        try:
            self.conn.close()
        except OSError:  # the job's thread was reading it
            pass


class Pool:
    """`processes` worker processes (0: the calling process), used by any number of threads."""

    def __init__(self, processes: int = 1):
        self.processes = max(0, int(processes))
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._slots = threading.Semaphore(max(1, self.processes))
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._ctx = None
        if self.processes:
            self._ctx = mp.get_context("forkserver")
            self._ctx.set_forkserver_preload(PRELOAD)

    # -- jobs
    def run(self, fn: Callable, *args, timeout: float | None = None) -> Outcome:
        """Run `fn(*args)` and wait at most `timeout` seconds for it."""
        if not self.processes:
            return self._run_here(fn, args)
        with self._slots:
            worker = self._take()
            if worker is None:  # closed: the run is ending
                return Outcome("cancelled", error="the worker pool was closed")
            start = time.monotonic()
            try:
                worker.conn.send(("run", fn, args))
                if not worker.conn.poll(timeout):
                    self._discard(worker)
                    return Outcome("timeout", seconds=time.monotonic() - start)
                status, value = worker.conn.recv()
            except (EOFError, OSError):
                code = worker.process.exitcode
                self._discard(worker)
                return Outcome("crashed", error=f"the worker process died (exit code {code})",
                               seconds=time.monotonic() - start)
            self._idle.put(worker)
            return Outcome(status, value if status == "ok" else None, "" if status == "ok" else value,
                           time.monotonic() - start)

    def _run_here(self, fn: Callable, args: tuple) -> Outcome:
        start = time.monotonic()
        status, value = _call(fn, args)
        return Outcome(status, value if status == "ok" else None, "" if status == "ok" else value,
                       time.monotonic() - start)

    def _take(self) -> _Worker | None:
        with self._lock:
            if self._closed:
                return None
            try:
                return self._idle.get_nowait()
            except queue.Empty:
                pass
            worker = _Worker(self._ctx)
            self._workers.add(worker)
            return worker

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            self._workers.discard(worker)
        worker.stop()

    def pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._workers if w.process.pid]

    def close(self) -> None:
        """Stop every worker (also what a signal handler calls: safe to call twice)."""
        with self._lock:
            self._closed = True
            workers, self._workers = list(self._workers), set()
        for w in workers:
            w.stop()

    def __enter__(self) -> "Pool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def start_server() -> None:
    """Start the server the worker processes are forked from now, so that it imports PRELOAD and
    builds the general lexicons while the caller does something else (Prefect's start), not
    when the first document is waiting for a worker."""
    mp.get_context("forkserver").set_forkserver_preload(PRELOAD)
    from multiprocessing import forkserver

    forkserver.ensure_running()


_LOCAL: Pool | None = None
_LOCAL_LOCK = threading.Lock()


def local_pool() -> Pool:
    """This process's own pool for documents' jobs (where the run's pool is not at hand: on a
    Dask worker): one worker process that can be stopped at a deadline, or this process itself
    where it may not start one (a daemonic process; a deadline is then checked after the job)."""
    global _LOCAL
    with _LOCAL_LOCK:
        if _LOCAL is None:
            _LOCAL = Pool(0 if mp.current_process().daemon else 1)
        return _LOCAL
