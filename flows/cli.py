"""`kzprof`: the command line.

    kzprof refresh [--raw-docs DIR] [--curated DIR] [--reports DIR] [--strict]
                   [--doc-timeout SECONDS] [--workers N] [--keep-runs N]
                   [--no-cache] [--dask | --dask-address tcp://HOST:PORT]
                   [--watch [--every SECONDS]]
    kzprof repair FILE [--trace] [--raw-lines N] [--residue]
    kzprof extract FILE... --out DIR
    kzprof sql [QUERY] [--curated DIR] [--csv] [--views] [--db FILE]

Exit status of `refresh`: 0 published (a line says how many inputs were
quarantined or skipped) or nothing changed since the last publish, 1 not
published (a failed critical check, nothing readable, or the run failed; its
report says why), 2 the run could not start (the input folder missing,
unreadable, a file or without a file to read, the target not writable, another
refresh holds the lock; checked before Prefect starts, the message names the
path), 3 published but inputs were quarantined and `--strict` was given,
130/143 interrupted (Ctrl-C / SIGTERM; the previous tables are unchanged).
With `--watch`, Ctrl-C or SIGTERM while it waits for a change exits 0 (the tables are those
of its last publish).
Every command: 2 for a usage error, 141 when the reader of the
output closed it early (`kzprof repair FILE | head`), which is not an error of
kzprof's.
"""
from __future__ import annotations

import argparse
import atexit
import json
import logging
import os
import signal
import sys
from contextlib import ExitStack
from pathlib import Path

SIGNALS = ("SIGTERM", "SIGHUP")
WATCH_EVERY = 2.0  # seconds between two looks at the input folder under --watch
CHECK_HELPERS = 1  # processes a watching session keeps for a share of each refresh's checks


class Interrupted(BaseException):
    """A termination signal, raised in the main thread so that the run unwinds: its worker
    processes are stopped, its report written, Prefect's local server shut down (at exit)."""

    def __init__(self, signum: int):
        super().__init__(f"signal {signal.Signals(signum).name}")
        self.signum = signum


def _raise_interrupted(signum, frame):
    raise Interrupted(signum)


def _prefect_defaults() -> None:
    # Prefect's embedded defaults, kept inside the project unless the user chose otherwise
    os.environ.setdefault("PREFECT_HOME", str(Path.cwd() / ".prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")


EXIT_CLOSED_OUTPUT = 141  # as a shell reports a command its pipe's reader left (128 + SIGPIPE)
EXIT_CODES = {
    "refresh": "0 published, or nothing changed since the last publish; "
               "1 not published (a critical check failed, nothing was readable, or the run failed); "
               "2 not started (a folder missing, a file or without a file to read, the target not writable, "
               "another refresh running); "
               "3 published with quarantined inputs under --strict; 130 / 143 interrupted (Ctrl-C / SIGTERM); "
               "with --watch, 0 when Ctrl-C or SIGTERM stops it while it waits",
    "repair": "0 printed; 1 the file cannot be read as an act; 2 no such file, or no such output line",
    "extract": "0 tables written; 2 a file is missing or --out is not a folder",
    "sql": "0 answered; 1 the query failed; 2 the curated folder holds no published tables",
}
COMMON_EXITS = f"2 a usage error; {EXIT_CLOSED_OUTPUT} the reader of the output closed it early (`| head`)"


def not_a_folder(path: Path, option: str, must_exist: bool = False) -> str | None:
    """Why `path` cannot serve as the folder `option` names, or None."""
    if path.exists() and not path.is_dir():
        return f"{option} must be a folder, but {path} is a file"
    if must_exist and not path.exists():
        return f"{option}: folder not found: {path}"
    return None


def cmd_refresh(args) -> int:
    from extractors.publish import CannotStart, preflight, refresh_lock

    raw_docs, curated = Path(args.raw_docs), Path(args.curated)
    reports = Path(args.reports) if args.reports else None
    problem = _usage_problem(args, raw_docs, curated, reports)
    if problem:
        print(f"kzprof: {problem}", file=sys.stderr)
        return 2
    previous = {name: signal.signal(getattr(signal, name), _raise_interrupted)
                for name in SIGNALS if hasattr(signal, name)}
    try:
        # everything that can stop a run before it starts is checked before Prefect starts
        preflight(raw_docs, curated, reports)
        with refresh_lock(curated):
            if not args.watch:
                early = _answer_before_prefect(args, raw_docs, curated)
                return early if early is not None else _run_refresh(args, raw_docs, curated, reports)
        return _watch(args, raw_docs, curated, reports)
    except CannotStart as exc:
        print(f"kzprof: not started: {exc}", file=sys.stderr)
        return 2
    except (Interrupted, KeyboardInterrupt) as exc:
        signum = getattr(exc, "signum", signal.SIGINT)
        print(f"kzprof: interrupted; {curated.name}/ unchanged ({signal.Signals(signum).name}: the previous tables "
              f"in {curated} are as they were)", file=sys.stderr)
        return 128 + signum
    finally:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)


def _usage_problem(args, raw_docs: Path, curated: Path, reports: Path | None) -> str | None:
    problem = not_a_folder(raw_docs, "--raw-docs") or not_a_folder(curated, "--curated") or (
        reports and not_a_folder(reports, "--reports"))
    if not problem and args.every is not None and (not args.watch or args.every <= 0):
        problem = "--every needs --watch and a number of seconds above 0"
    return problem or None


def _answer_before_prefect(args, raw_docs: Path, curated: Path) -> int | None:
    """What a refresh can answer without Prefect (in a second, not after its server's start): an
    input folder with no file to read, or inputs, code and options all as the last publish had
    them. None: the run is needed."""
    from extractors import incremental, pipeline

    found = pipeline.discover(raw_docs)
    if not found.files:
        skipped = f" ({len(found.skipped)} path(s) skipped, e.g. {found.skipped[0].message})" if found.skipped else ""
        print(f"kzprof: not started: no input: {raw_docs} holds no file to read{skipped}", file=sys.stderr)
        return 2
    if args.no_cache:
        return None
    _, same, run_id = incremental.compare_with_last_publish(
        incremental.inputs_of(found, raw_docs), found.skipped, curated, incremental.run_options(args.strict, args.ocr))
    if not same:
        return None
    print(f"kzprof: {incremental.nothing_changed(run_id, len(found.files), f'{curated.name}/')}")
    return 0


def _run_refresh(args, raw_docs: Path, curated: Path, reports: Path | None) -> int:
    with ExitStack() as session:
        return _outcome_code(args, _start_session(args, session)(raw_docs, curated, reports))


def _start_session(args, session: ExitStack):
    """Prefect's server (and the workers' server) started once; returns the call that runs the
    refresh flow on them and gives its outcome (any number of times: `--watch`). The settings the
    runs need are entered once, into `session`: Prefect builds its settings anew on each entry
    (about 0.1 s, a share of a watched refresh)."""
    _prefect_defaults()
    on_dask = bool(args.dask or args.dask_address)
    from flows.prefect_server import TemporaryServer

    server = TemporaryServer().start()
    if args.workers > 0 and not on_dask:
        from extractors.workers import start_server

        start_server()  # the workers' server warms up while Prefect starts
    from flows.refresh import dask_runner, kept_workers, refresh

    if args.workers > 0 and not on_dask:
        # every refresh of the session reads on the same workers (warm after the first, `--watch`)
        session.enter_context(kept_workers(args.workers))
    flow = refresh
    if on_dask:  # the workers find the run's server where this process does (its address is in the environment)
        flow = refresh.with_options(task_runner=dask_runner(args.workers, args.dask_address))
    else:
        from extractors import quality

        quality.context()  # the checks (in this process) get their context while Prefect's server starts
    server.wait()
    session.enter_context(server.run_settings())

    def run(raw_docs: Path, curated: Path, reports: Path | None):
        state = flow(raw_docs=raw_docs, curated=curated, reports=reports, strict=args.strict,
                     doc_timeout=args.doc_timeout, workers=args.workers, keep_runs=args.keep_runs,
                     cache=not args.no_cache, ocr=args.ocr, return_state=True)
        return state.result(raise_on_failure=False)

    return run


def _outcome_code(args, outcome) -> int:
    from extractors.publish import CannotStart

    if isinstance(outcome, CannotStart):
        print(f"kzprof: not started: {outcome}", file=sys.stderr)
        return 2
    if isinstance(outcome, BaseException):
        print(f"kzprof: not published: the refresh failed: {type(outcome).__name__}: {outcome}", file=sys.stderr)
        return 1
    if outcome.unchanged:
        print(f"kzprof: {outcome.message}")
        return 0
    for s in outcome.skipped:
        print(f"kzprof: skipped {s.source_file}: {s.message}")
    for q in outcome.quarantined:
        print(f"kzprof: quarantined {q.source_file}: {q.message}")
    if not outcome.published:
        print(f"kzprof: not published: {outcome.message}", file=sys.stderr)
        return 1
    print(f"kzprof: {outcome.message} -> {outcome.curated} (report: {outcome.report})")
    if outcome.quarantined and args.strict:
        return 3
    return 0


def _watch(args, raw_docs: Path, curated: Path, reports: Path | None) -> int:
    """Refresh, then again whenever the input folder's files change, until Ctrl-C: Prefect's server,
    the imports and the workers' lexicons are started once, so that an act dropped in is published
    in seconds. Each refresh holds the lock only while it runs; a refresh that fails or is not
    published is said and the watching goes on."""
    from extractors.publish import LockBusy, refresh_lock
    from extractors.watching import Watcher

    watcher = Watcher(raw_docs, args.every or WATCH_EVERY)
    session, sharing = None, False
    print(f"kzprof: watching {raw_docs}/ (every {watcher.every:g} s); Ctrl-C stops", flush=True)
    with ExitStack() as held:  # the session's settings, workers and check helpers, until the watching ends
        while True:
            watcher.mark()
            try:
                with refresh_lock(curated):
                    if _answer_before_prefect(args, raw_docs, curated) is None:
                        session = session or _start_session(args, held)
                        _outcome_code(args, session(raw_docs, curated, reports))
            except LockBusy as exc:
                print(f"kzprof: not refreshed yet: {exc}; trying again in a moment", file=sys.stderr)
                watcher.seen = None  # the folder counts as changed: asked again once it is settled
            sys.stdout.flush()
            if session and not sharing and _checks_may_share(args):
                # started after the first refresh, so that its start does not slow that one down
                from flows.refresh import check_helpers

                held.enter_context(check_helpers(CHECK_HELPERS))
                sharing = True
            try:
                watcher.wait()
            except (KeyboardInterrupt, Interrupted):  # Ctrl-C, or SIGTERM from a service manager, between refreshes
                print(f"kzprof: stopped watching {raw_docs}/; {curated.name}/ holds the last publish", flush=True)
                return 0


def _checks_may_share(args) -> bool:
    """Whether a watching session keeps a process for a share of the checks: not where the
    documents' work stays in this process (`--workers 0`) or goes to Dask."""
    return args.workers > 0 and not (args.dask or args.dask_address)


def cmd_repair(args) -> int:
    from extractors import language
    from extractors.reading import BadInput, read_document
    from extractors.text import assemble, document_lexicon, prepare

    path = Path(args.file)
    try:
        raw = read_document(path)
    except BadInput as exc:
        print(f"kzprof: {exc}", file=sys.stderr)
        return 1
    except FileNotFoundError:
        print(f"kzprof: no such file: {path}", file=sys.stderr)
        return 2
    lang = language.detect(raw.text)
    lines = prepare(raw, lang)
    # the act alone, with the general lists: as a refresh reads it, whatever else is in its folder
    lexicon = document_lexicon(lines, lang)
    doc = assemble(raw.source_file, lang, lines, lexicon)
    if args.residue:
        print(json.dumps(doc.residue(), ensure_ascii=False, indent=2))
        return 0
    if args.raw_lines is not None:
        text = doc.render(trace=args.trace)
        out_lines = text.split("\n")
        n = args.raw_lines
        if not 1 <= n <= len(out_lines):
            print(f"kzprof: output has {len(out_lines)} lines", file=sys.stderr)
            return 2
        for b in doc.blocks:
            if b.text == out_lines[n - 1].split("] ", 1)[-1]:
                first, last = b.linenos
                print(f"output line {n} <- raw lines {first}-{last} of {raw.source_file}:")
                for k in range(first, last + 1):
                    print(f"{k:6d} | {raw.lines[k - 1]}")
                return 0
        print(f"kzprof: output line {n} is a separator")
        return 0
    sys.stdout.write(doc.render(trace=args.trace) + "\n")
    return 0


def cmd_extract(args) -> int:
    """The library alone on the given acts: tables written to --out, checks reported, nothing gated."""
    from extractors.quick import extract_files

    files = [Path(f) for f in args.files]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        print(f"kzprof: not a file: {', '.join(missing)}", file=sys.stderr)
        return 2
    out = Path(args.out)
    problem = not_a_folder(out, "--out")
    if problem:
        print(f"kzprof: {problem}", file=sys.stderr)
        return 2
    summary = extract_files(files, out, log=lambda msg: print(f"kzprof: {msg}", file=sys.stderr))
    print(f"kzprof: {summary} -> {out}")
    return 0


def cmd_sql(args) -> int:
    from extractors import sqlviews

    curated = Path(args.curated)
    problem = not_a_folder(curated, "--curated", must_exist=True)
    if problem:
        print(f"kzprof: {problem}", file=sys.stderr)
        return 2
    if args.views:
        for name, what in sqlviews.catalogue():
            print(f"{name}\t{what}")
        return 0
    try:
        if args.db:
            print(f"kzprof: tables and views written to {sqlviews.write_database(curated, Path(args.db))}")
            return 0
        con = sqlviews.connect(curated)
    except FileNotFoundError as exc:
        print(f"kzprof: {exc}", file=sys.stderr)
        return 2
    query = args.query if args.query not in (None, "-") else sys.stdin.read()
    import duckdb

    try:
        rel = con.sql(query)
    except duckdb.Error as exc:
        print(f"kzprof: the query failed: {exc}", file=sys.stderr)
        return 1
    if rel is None:
        return 0
    if args.csv:
        import csv

        w = csv.writer(sys.stdout)
        w.writerow(rel.columns)
        w.writerows(rel.fetchall())
    else:
        rel.show(max_width=10_000, max_rows=10_000)
    return 0


class _Help(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Each option's default after its help (where it has one to show), the epilog's lines as written."""

    def _get_help_string(self, action):
        if action.default in (None, False):
            return action.help
        return super()._get_help_string(action)


def _exits(text: str) -> str:
    return "\n".join(f"  {part}" for part in text.split("; "))


class _Version(argparse.Action):
    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from extractors.report import code_version
        from extractors.schema import CONTRACT_VERSION

        print(f"kzprof {code_version()} (curated tables contract v{CONTRACT_VERSION})")
        parser.exit(0)


def _command(sub, name: str, help: str):
    return sub.add_parser(name, help=help, description=help, formatter_class=_Help,
                          epilog=f"exit status:\n{_exits(EXIT_CODES[name])}\n{_exits(COMMON_EXITS)}")


def main(argv: list[str] | None = None) -> int:
    from extractors.runfiles import KEEP_RUNS
    from extractors.workers import DOC_TIMEOUT

    ap = argparse.ArgumentParser(
        prog="kzprof", description="Kazakhstan's occupational acts -> curated Parquet tables", formatter_class=_Help,
        epilog="exit status:\n" + "\n".join(f"  {k}: {v}" for k, v in EXIT_CODES.items())
        + f"\n  any command: {COMMON_EXITS}")
    ap.add_argument("--version", action=_Version, help="print the version and exit")
    sub = ap.add_subparsers(dest="command", required=True)
    r = _command(sub, "refresh", "read raw_docs/, check, and publish curated/ (the Prefect flow)")
    r.add_argument("--raw-docs", default="raw_docs", help="folder of the acts to read")
    r.add_argument("--curated", default="curated", help="folder the tables are published to")
    r.add_argument("--reports", default=None, help="where run reports go (default: reports/ beside --curated)")
    r.add_argument("--strict", action="store_true",
                   help="all or nothing: any failed critical check blocks the publish; exit 3 when inputs were quarantined")
    r.add_argument("--doc-timeout", type=float, default=DOC_TIMEOUT, metavar="SECONDS",
                   help="work one document may take before it is stopped and quarantined as too_slow")
    r.add_argument("--workers", type=int, default=1, metavar="N",
                   help="worker processes for the documents' work (0: in this process, where a document over "
                        "--doc-timeout is quarantined but cannot be stopped)")
    r.add_argument("--keep-runs", type=int, default=KEEP_RUNS, metavar="N",
                   help="run folders kept in quarantine/ and reports/; older ones are removed")
    r.add_argument("--no-cache", action="store_true",
                   help="read every act again: no result kept by an earlier run (in cache/ beside --curated) is "
                        "used, and a run is made even when nothing changed")
    r.add_argument("--dask", action="store_true",
                   help="run the documents' work on a local Dask cluster of --workers processes (Prefect's "
                        "DaskTaskRunner) instead of the refresh's own worker processes")
    r.add_argument("--dask-address", metavar="tcp://HOST:PORT",
                   help="run the documents' work on the existing Dask cluster whose scheduler is there (its "
                        "workers must see the input folder at the same path)")
    r.add_argument("--ocr", action="store_true", help="read scanned PDFs (no text layer) by OCR (needs tesseract "
                   "with Kazakh and Russian data)")
    r.add_argument("--watch", action="store_true",
                   help="keep running: refresh again whenever the files in --raw-docs change (Prefect's server, the "
                        "imports and the workers are started once, so a changed act is published in seconds); "
                        "Ctrl-C stops")
    r.add_argument("--every", type=float, default=None, metavar="SECONDS",
                   help=f"with --watch: how often the input folder is looked at (default: {WATCH_EVERY:g})")
    r.set_defaults(func=cmd_refresh)
    p = _command(sub, "repair", "print the repaired text of one act, as the parser reads it")
    p.add_argument("file", help="the act")
    p.add_argument("--trace", action="store_true", help="prefix each output line with the raw lines it came from")
    p.add_argument("--raw-lines", type=int, metavar="N", help="show the raw lines behind output line N")
    p.add_argument("--residue", action="store_true", help="print the residue report (damage left, undecided joins)")
    p.set_defaults(func=cmd_repair)
    e = _command(sub, "extract", "read the given acts with the library alone (no Prefect, no publish)")
    e.add_argument("files", nargs="+", metavar="FILE", help="the acts")
    e.add_argument("--out", required=True, help="folder the tables are written to (created; its .parquet files replaced)")
    e.set_defaults(func=cmd_extract)
    q = _command(sub, "sql", "query the published tables and the analysts' views with DuckDB")
    q.add_argument("query", nargs="?", help="the SQL; `-` or none reads it from standard input")
    q.add_argument("--curated", default="curated", help="the published folder")
    q.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    q.add_argument("--views", action="store_true", help="list the tables and views a query can use")
    q.add_argument("--db", metavar="FILE", help="write a DuckDB database with the tables and views instead")
    q.set_defaults(func=cmd_sql)
    args = ap.parse_args(argv)
    try:
        code = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly; output to nowhere from here on
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_CLOSED_OUTPUT


def console_main() -> None:
    """The `kzprof` command: main(), and an exit that skips the interpreter's teardown. Freeing
    the lexicons, pipelines and tables object by object takes about a second after the work is
    done; Prefect's log and event workers are drained before (threading's exit hooks), every
    other exit handler runs before this one (registered first, run last), the log is flushed."""
    code = [1]

    def leave() -> None:
        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # a closed pipe: nothing more can be written
                pass
        os._exit(code[0])

    atexit.register(leave)
    try:
        code[0] = main()
    except SystemExit as exc:  # argparse's usage errors, --help
        code[0] = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        raise
    except KeyboardInterrupt:
        code[0] = 128 + signal.SIGINT
        raise
    sys.exit(code[0])


if __name__ == "__main__":
    console_main()
