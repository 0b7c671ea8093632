"""A refresh at the scale of the registry: N distinct acts, full / nothing changed / one act
changed, with 1 and 2 workers; wall time, CPU, peak memory, pages per second.

    .venv/bin/python bench/scale.py --n 10 100 [--workers 1 2] [--out bench/scale_results.md]

The N acts are made from the seeds (raw_docs/) and the devset (../shared/devset/txt): copy k
of a source gets another registration number, so that each is an act of its own (a Kazakh and
a Russian text of one act stay one act in two languages). Each refresh is `kzprof refresh` as
a user runs it (Prefect's local server included), in a fresh folder for the full run; the CPU
and memory are those of its whole process tree (Prefect's server, the worker processes),
sampled. "reading" is the documents' work (read, repair, extract) as the run's report times it;
pages are 1,800 characters of text. The text path is the documents' work in one warm process
(no Prefect, in an interpreter of its own), in pages per CPU second, each distinct act read once
(no act's text seen before).

The machine may be shared: compare the ratios within one run of this script.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path

import psutil

from processes import free_port, stop

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("KZPROF_SHARED", ROOT.parent / "shared"))
if not (SHARED / "devset").is_dir():
    SHARED = Path("/work/shared")


def sources() -> list[tuple[Path, str]]:
    """The acts copies are made from, each with the registration number its text prints."""
    from extractors import pipeline

    files = sorted((ROOT / "raw_docs").glob("*.txt")) + sorted(Path(p) for p in glob.glob(str(SHARED / "devset" / "txt" / "*")))
    out = []
    for f in files:
        result = pipeline.process_document(f, f.parent)
        doc_id = result.extraction.document.doc_id if result.extraction else ""
        reg = str(int(doc_id[3:])) if re.fullmatch(r"V\d{10}", doc_id or "") else None
        if reg and re.search(rf"(?<!\d){reg}(?!\d)", f.read_text(encoding="utf-8")):
            out.append((f, reg))
    return out


def make_corpus(folder: Path, n: int, srcs: list[tuple[Path, str]], start: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(start, start + n):
        src, reg = srcs[k % len(srcs)]
        write_copy(folder / f"{k:04d}_{src.name}", src, reg, k // len(srcs) + 1)


def write_copy(target: Path, src: Path, reg: str, round_no: int) -> None:
    new = str(int(reg) + 100_000 * round_no)
    text = re.sub(rf"(?<!\d){reg}(?!\d)", new, src.read_text(encoding="utf-8"), count=1)
    target.write_text(text, encoding="utf-8")


class TreeSample:
    """CPU and peak memory of a process and its children, sampled: each process's CPU as last
    seen (a process that ended keeps what it had used), the memory of the tree at its largest."""

    def __init__(self, pid: int):
        self.root = psutil.Process(pid)
        self.cpu: dict[int, float] = {}
        self.peak = 0

    def take(self) -> None:
        try:
            tree = [self.root] + self.root.children(recursive=True)
        except psutil.NoSuchProcess:
            return
        rss = 0
        for p in tree:
            try:
                t = p.cpu_times()
                self.cpu[p.pid] = t.user + t.system + t.children_user + t.children_system
                rss += p.memory_info().rss
            except psutil.Error:
                continue
        self.peak = max(self.peak, rss)

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu.values())


def measure(cmd: list[str], env: dict) -> dict:
    """Run `cmd`; wall time, CPU and peak memory of its whole process tree (sampled)."""
    start = time.monotonic()
    # the log goes to a file: a pipe read only at the end fills up (64 KB) and stops a long run
    log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    sample = TreeSample(proc.pid)
    while proc.poll() is None:
        sample.take()
        time.sleep(0.2)
    log.seek(0)
    out = log.read()
    log.close()
    return {"wall": time.monotonic() - start, "cpu": sample.cpu_seconds, "rss_mb": sample.peak / 2**20,
            "code": proc.returncode, "log": out}


@contextmanager
def dedicated_server(home: Path, env: dict):
    """A Prefect server of its own (`prefect server start`), started once for all the runs, the
    way Prefect advises for repeated runs: each refresh then talks to it (PREFECT_API_URL) and
    starts no temporary one. Yields the environment the refreshes run with."""
    import httpx

    port = free_port()
    server_env = dict(env, PREFECT_HOME=str(home))
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "prefect"), "server", "start", "--host", "127.0.0.1",
                             "--port", str(port), "--no-ui"], env=server_env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                raise SystemExit(f"the Prefect server did not start:\n{log.read().decode(errors='replace')[-2000:]}")
            time.sleep(0.5)
        yield dict(env, PREFECT_API_URL=url)
    finally:
        stop([proc])


def refresh(raw: Path, curated: Path, workers: int, env: dict, extra: list[str]) -> dict:
    cmd = [str(ROOT / ".venv" / "bin" / "kzprof"), "refresh", "--raw-docs", str(raw), "--curated", str(curated),
           "--workers", str(workers), *extra]
    got = measure(cmd, env)
    if got["code"] != 0:
        raise SystemExit(f"refresh failed ({got['code']}):\n{got['log'][-3000:]}")
    got["errors"] = _errors(got["log"])
    got.update(_report_timings(curated, "nothing changed" if "nothing changed" in got["log"] else ""))
    return got


class Watching:
    """`kzprof refresh --watch` on a folder: the process tree's CPU and memory sampled while the
    bench waits for the lines a refresh ends with."""

    ENDS = ("kzprof: published", "kzprof: nothing changed", "kzprof: not published")

    def __init__(self, raw: Path, curated: Path, workers: int, env: dict, extra: list[str]):
        self.curated = curated
        self.log = curated.parent / "watch.log"
        self.log.parent.mkdir(parents=True, exist_ok=True)
        cmd = [str(ROOT / ".venv" / "bin" / "kzprof"), "refresh", "--raw-docs", str(raw), "--curated", str(curated),
               "--workers", str(workers), "--watch", "--every", "0.1", *extra]
        with open(self.log, "w") as out:
            self.proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        self.sample = TreeSample(self.proc.pid)
        self.seen = 0

    def next_refresh(self, since: float, timeout: float = 1800) -> dict:
        """Wait for the next refresh's last line; its wall time counts from `since`."""
        cpu0 = self.sample.cpu_seconds
        deadline = time.monotonic() + timeout
        while True:
            lines = [line for line in self.log.read_text(encoding="utf-8").splitlines() if line.startswith(self.ENDS)]
            if len(lines) > self.seen:
                break
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the watching refresh ended or hung:\n{self.log.read_text()[-3000:]}")
            self.sample.take()
            time.sleep(0.05)
        wall = time.monotonic() - since
        self.sample.take()
        self.seen = len(lines)
        got = {"wall": wall, "cpu": self.sample.cpu_seconds - cpu0, "rss_mb": self.sample.peak / 2**20, "code": 0,
               "errors": _errors(self.log.read_text(encoding="utf-8"))}
        got.update(_report_timings(self.curated, lines[-1]))
        return got

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)  # as Ctrl-C stops it
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            stop([self.proc])


def _errors(log: str) -> int:
    """The lines of a log that say ERROR or hold a traceback (a healthy run has none)."""
    return sum(1 for line in log.splitlines() if "ERROR" in line or "Traceback" in line)


def _report_timings(curated: Path, last_line: str) -> dict:
    latest = curated.parent / "reports" / "LATEST"
    report = curated.parent / "reports" / latest.read_text().strip() / "report.json" if latest.exists() else None
    timings = json.loads(report.read_text(encoding="utf-8")).get("timings", {}) if report and report.exists() else {}
    if "nothing changed" in last_line:
        timings = {}
    return dict(read=timings.get("read", 0), pages=timings.get("pages_read", 0.0),
                reading=timings.get("reading_seconds", 0.0), checks=timings.get("tables_and_checks_seconds", 0.0))


# seconds a watcher is left alone after its first refresh before a file changes, as an act
# dropped in later finds it: its check helper has started by then (it starts after that refresh)
SETTLE = 5.0


def watched(raw: Path, work: Path, n: int, workers: int, env: dict, extra: list[str], srcs) -> dict:
    """The same three refreshes by one watching kzprof: its first refresh (everything started and
    read), a file touched (nothing changed), one act changed; each from the moment the folder
    changed to the refresh's last line (the watcher's look every 0.1 s included)."""
    folder = work / "raw_watch"
    shutil.copytree(raw, folder)
    watch = Watching(folder, work / "watch" / "curated", workers, env, extra)
    try:
        results = {"watch: full": watch.next_refresh(time.monotonic())}
        time.sleep(SETTLE)
        victim = sorted(folder.iterdir())[n // 2]
        start = time.monotonic()
        os.utime(victim)
        results["watch: nothing changed"] = watch.next_refresh(start)
        src, reg = next((s, r) for s, r in srcs if victim.name.endswith(s.name))
        start = time.monotonic()
        write_copy(victim, src, reg, 900)
        results["watch: one act changed"] = watch.next_refresh(start)
    finally:
        watch.stop()
    return results


def text_path(raw: Path, sources: int) -> dict:
    """The documents' work in this process, warm as a worker is (what the worker server builds
    before it forks one: imports, lexicons, pipelines), on acts it has not seen: the corpus's first `sources` files are copies of distinct
    acts; the warm-up reads a copy of the first act of each language, the measure each of the
    other acts once, so that no cache keyed by an act's own text serves a measured act."""
    import extractors.warm  # noqa: F401  what the worker server builds before it forks a worker
    from extractors import language, pipeline

    files = sorted(raw.iterdir())
    first_of: dict[str, int] = {}
    for k, f in enumerate(files[:sources]):
        first_of.setdefault(language.detect(f.read_text(encoding="utf-8")), k)
    for k in first_of.values():
        pipeline.process_document(files[k + sources] if len(files) > k + sources else files[k], raw)
    measured = [f for k, f in enumerate(files[:sources]) if k not in first_of.values()]
    pages, start = 0.0, time.process_time()
    for f in measured:
        r = pipeline.process_document(f, raw)
        pages += r.raw.pages if r.raw else 0
    cpu = time.process_time() - start
    return {"acts": len(measured), "pages": pages, "cpu": cpu, "pages_per_cpu_s": pages / cpu}


def text_path_fresh(raw: Path, sources: int) -> dict:
    """text_path in an interpreter of its own: this one has read the sources (to learn the
    registration numbers its copies change), and the caches keyed by a text would serve the
    measured copies from them."""
    import multiprocessing as mp

    with mp.get_context("spawn").Pool(1) as pool:
        return pool.apply(text_path, (raw, sources))


def _busy(seconds: float) -> int:
    n, end = 0, time.process_time() + seconds
    while time.process_time() < end:
        n += 1
    return n


def parallelism(seconds: float = 3.0) -> float:
    """How much faster two busy processes get through work than one, on this machine now (2.0 on
    two idle cores; less where others use them): the ceiling of any speed-up from 2 workers."""
    import multiprocessing as mp

    start = time.monotonic()
    _busy(seconds)
    one = time.monotonic() - start
    start = time.monotonic()
    with mp.get_context("fork").Pool(2) as pool:
        pool.map(_busy, [seconds, seconds])
    two = time.monotonic() - start
    return 2 * one / two


def row(n: int, workers: int, case: str, r: dict) -> str:
    rate = f"{r['pages'] / r['reading']:.0f}" if r.get("reading") else "–"
    return (f"| {n} | {workers} | {case} | {r['wall']:.1f} | {r['cpu']:.1f} | {r['rss_mb']:.0f} | {r.get('read', 0)} | "
            f"{r.get('reading', 0):.1f} | {rate} | {r.get('checks', 0):.1f} | {r['errors']} |")


def runs(raw: Path, work: Path, n: int, w: int, env: dict, extra: list[str], srcs, watch: bool, lines: list,
         summary: list) -> dict:
    """The refreshes of one corpus with `w` workers: full, nothing changed, one act changed (and the
    same by one watcher); their rows added to `lines`, their ratios to `summary`."""
    shutil.rmtree(work, ignore_errors=True)
    curated = work / "curated"
    changed_raw = work / "raw"
    shutil.copytree(raw, changed_raw)
    results = {"full": refresh(changed_raw, curated, w, env, extra)}
    results["nothing changed"] = refresh(changed_raw, curated, w, env, extra)
    victim = sorted(changed_raw.iterdir())[n // 2]
    src, reg = next((s, r) for s, r in srcs if victim.name.endswith(s.name))
    write_copy(victim, src, reg, 900)  # the act replaced by another version of it (8 digits still)
    results["one act changed"] = refresh(changed_raw, curated, w, env, extra)
    if watch:
        results.update(watched(raw, work, n, w, env, extra, srcs))
    for case, r in results.items():
        line = row(n, w, case, r)
        lines.append(line)
        print(line, flush=True)
    full = results["full"]["wall"]
    summary.append(f"N={n}, {w} worker(s): nothing changed = {results['nothing changed']['wall'] / full:.1%}"
                   f" of the full refresh, one act changed = {results['one act changed']['wall'] / full:.1%}")
    if watch:
        one = results["watch: one act changed"]["wall"]
        summary.append(f"N={n}, {w} worker(s), watching (`--watch`): one act changed = {one / full:.1%} of the "
                       f"full refresh, {one / results['watch: full']['wall']:.1%} of the watcher's own first "
                       f"refresh; a file touched = {results['watch: nothing changed']['wall'] / full:.1%}")
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, nargs="+", default=[10, 100])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--dask", action="store_true", help="on a local Dask cluster (--dask) instead of the own pool")
    ap.add_argument("--out", type=Path, help="also write the table (markdown) here")
    ap.add_argument("--keep", type=Path, help="work in this folder (kept) instead of a temporary one")
    ap.add_argument("--text-path-only", action="store_true",
                    help="only the text path, on a corpus of the largest --n (no refresh)")
    ap.add_argument("--prefect-server", action="store_true",
                    help="run every refresh against one Prefect server started for the bench (`prefect server "
                         "start`), instead of the temporary server each refresh starts by default")
    ap.add_argument("--watch", action="store_true",
                    help="also measure the same refreshes by one `kzprof refresh --watch` (started once)")
    args = ap.parse_args()
    extra = ["--dask"] if args.dask else []
    base = args.keep or Path(tempfile.mkdtemp(prefix="kzprof-scale-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(base / "prefect"))
    srcs = sources()
    if args.text_path_only:
        make_corpus(base / "raw", max(args.n), srcs)
        tp = text_path_fresh(base / "raw", len(srcs))
        print(f"text path: {tp['pages']:.0f} pages of {tp['acts']} acts in {tp['cpu']:.1f} CPU s = "
              f"{tp['pages_per_cpu_s']:.0f} pages/s per core")
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
        return 0
    before = parallelism()
    lines = ["| acts | workers | refresh | wall s | CPU s | peak RSS MB | acts read | reading s | pages/s | "
             "tables + checks s | ERROR lines |",
             "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    print("\n".join(lines), flush=True)
    summary = []
    api = dedicated_server(base / "prefect-server", env) if args.prefect_server else nullcontext(env)
    with api as env:
        for n in args.n:
            raw = base / f"raw_{n}"
            if raw.exists():
                shutil.rmtree(raw)
            make_corpus(raw, n, srcs)
            full = {}
            for w in args.workers:
                full[w] = runs(raw, base / f"run_{n}_{w}", n, w, env, extra, srcs, args.watch, lines, summary)
            if 1 in full and 2 in full and full[2]["full"]["reading"]:
                summary.append(f"N={n}: 2 workers read {full[1]['full']['reading'] / full[2]['full']['reading']:.2f}x as fast "
                               f"as 1 (wall of the documents' work), whole refresh {full[1]['full']['wall'] / full[2]['full']['wall']:.2f}x")
    summary.append(f"the machine's parallelism (two busy processes against one): {before:.2f}x before the runs, "
                   f"{parallelism():.2f}x after")
    tp = text_path_fresh(base / f"raw_{max(args.n)}", len(srcs))
    if args.prefect_server:
        summary.append("every refresh ran against one Prefect server started for the bench (its CPU and memory "
                       "are not in the table)")
    summary.append(f"text path: {tp['pages']:.0f} pages of {tp['acts']} acts in {tp['cpu']:.1f} CPU s = "
                   f"{tp['pages_per_cpu_s']:.0f} pages/s per core")
    text = "\n".join(lines) + "\n\n" + "\n".join(f"- {s}" for s in summary) + "\n"
    print("\n" + "\n".join(f"- {s}" for s in summary))
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
