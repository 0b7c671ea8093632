"""The app of the run's temporary Prefect server (`flows.prefect_server`): Prefect's own, in a
process that ends when the run's process is gone. The server is in a process group of its own,
so that a terminal's Ctrl-C reaches the run only (which stops the server once its report to the
server is written); if the run is killed outright (SIGKILL), nothing would stop the server: it
stops itself when it finds its parent gone."""
from __future__ import annotations

import os
import signal
import threading
import time

PARENT_CHECK_SECONDS = 1.0
RUN_PID = "KZPROF_RUN_PID"


def create_app():
    from prefect.server.api.server import create_app as prefect_app

    # the run's process id as the run gave it: by now this process may have been handed to init
    parent = int(os.environ.get(RUN_PID, os.getppid()))
    threading.Thread(target=_end_with_parent, args=(parent,), name="parent-watch", daemon=True).start()
    return prefect_app()


def _end_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os.kill(os.getpid(), signal.SIGTERM)  # uvicorn's own graceful shutdown
