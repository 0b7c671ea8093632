"""The distributed recipe, run on this machine: a Dask scheduler and two workers started as a
user would start them (the `dask` command), a refresh sent to them with `--dask-address`,
its tables compared with a refresh on the refresh's own worker processes.

    .venv/bin/python bench/dask_cluster.py [--raw-docs raw_docs] [--port 8786]

What the recipe needs on a real cluster (see the README): the workers run the same kzprof
(installed in their environment), see the input folder at the same path, and reach the
Prefect API the refresh uses (`PREFECT_API_URL`; with none, the refresh's temporary local
server, which only workers on the same machine reach). `DASK_DISTRIBUTED__WORKER__DAEMON=False`
lets each worker start the process a document's work runs in, so that a document over its time
budget can be stopped there too.

Every process this script starts is stopped by its id when it ends.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

from processes import free_port, stop

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"


def wait_for_workers(address: str, n: int, timeout: float = 120) -> None:
    from distributed import Client

    with Client(address, timeout=timeout) as client:
        client.wait_for_workers(n, timeout=timeout)
        print(f"cluster {address}: {len(client.scheduler_info()['workers'])} workers", flush=True)


def kzprof(args: list[str], env: dict, log: Path) -> tuple[int, float, str]:
    start = time.monotonic()
    out = subprocess.run([str(BIN / "kzprof"), *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=900)
    text = out.stdout + out.stderr
    log.write_text(text, encoding="utf-8")
    return out.returncode, time.monotonic() - start, text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raw-docs", type=Path, default=ROOT / "raw_docs")
    ap.add_argument("--port", type=int, default=0, help="the scheduler's port (0: a free one)")
    args = ap.parse_args()
    port = args.port or free_port()
    address = f"tcp://127.0.0.1:{port}"
    work = Path(tempfile.mkdtemp(prefix="kzprof-dask-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(work / "prefect"), DASK_DISTRIBUTED__WORKER__DAEMON="False")
    started: list[subprocess.Popen] = []
    try:
        logs = work / "cluster.log"
        with open(logs, "w") as out:
            started.append(subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                              "--dashboard-address", ":0"], env=env, stdout=out, stderr=out))
            for k in range(2):
                started.append(subprocess.Popen([str(BIN / "dask"), "worker", address, "--nworkers", "1",
                                                  "--nthreads", "1", "--name", f"kzprof-{k}",
                                                  "--dashboard-address", ":0"], env=env, stdout=out, stderr=out))
        print(f"$ dask scheduler --port {port}   # pid {started[0].pid}")
        for p in started[1:]:
            print(f"$ DASK_DISTRIBUTED__WORKER__DAEMON=False dask worker {address} --nthreads 1   # pid {p.pid}")
        wait_for_workers(address, 2)
        common = ["refresh", "--raw-docs", str(args.raw_docs.resolve()), "--no-cache"]
        code, wall, text = kzprof(common + ["--curated", str(work / "dask" / "curated"), "--dask-address", address],
                                  env, work / "dask.log")
        print(f"$ kzprof refresh --raw-docs {args.raw_docs} --dask-address {address}: exit {code}, {wall:.1f} s")
        for line in text.splitlines():
            if "kzprof:" in line or "documents " in line and " done" in line or "Connecting" in line:
                print("   ", line[:200])
        bad = [line for line in text.splitlines() if "ERROR" in line or "Traceback" in line]
        print(f"    ERROR / Traceback lines: {len(bad)}")
        code2, wall2, _ = kzprof(common + ["--curated", str(work / "own" / "curated"), "--workers", "2"], env,
                                 work / "own.log")
        print(f"$ kzprof refresh --raw-docs {args.raw_docs} --workers 2: exit {code2}, {wall2:.1f} s")
        differ = [t.name for t in sorted((work / "own" / "curated").glob("*.parquet"))
                  if not pq.read_table(t).equals(pq.read_table(work / "dask" / "curated" / t.name))]
        print("tables on the cluster and on the own workers: " + ("identical" if not differ else f"differ: {differ}"))
        return 0 if code == 0 and code2 == 0 and not differ and not bad else 1
    finally:
        stop(started)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
