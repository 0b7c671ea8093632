"""`kzprof`: the command line.

    kzprof refresh [--raw-docs DIR] [--curated DIR] [--strict]
    kzprof repair FILE [--trace] [--raw-lines N] [--residue] [--corpus DIR]
    kzprof extract FILE... --out DIR

Exit status of `refresh`: 0 published (a line says how many inputs were
quarantined), 1 not published (a failed critical check, or nothing readable),
2 the run could not start (missing folder, another refresh holds the lock),
3 published but inputs were quarantined and `--strict` was given.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def _prefect_defaults() -> None:
    # Prefect's embedded defaults, kept inside the project unless the user chose otherwise
    os.environ.setdefault("PREFECT_HOME", str(Path.cwd() / ".prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")


def cmd_refresh(args) -> int:
    raw_docs, curated = Path(args.raw_docs), Path(args.curated)
    if not raw_docs.is_dir():
        print(f"kzprof: raw documents folder not found: {raw_docs}", file=sys.stderr)
        return 2
    _prefect_defaults()
    from extractors.publish import LockBusy

    from flows.refresh import refresh

    state = refresh(raw_docs=raw_docs, curated=curated, reports=args.reports, ocr=args.ocr, return_state=True)
    outcome = state.result(raise_on_failure=False)
    if isinstance(outcome, LockBusy):
        print(f"kzprof: not started: {outcome}", file=sys.stderr)
        return 2
    if isinstance(outcome, BaseException):
        print(f"kzprof: not published: the refresh failed: {type(outcome).__name__}: {outcome}", file=sys.stderr)
        return 1
    if not outcome.published:
        print(f"kzprof: not published: {outcome.message}", file=sys.stderr)
        return 1
    print(f"kzprof: {outcome.message} -> {outcome.curated} (report: {outcome.report})")
    for q in outcome.quarantined:
        print(f"kzprof: quarantined {q.source_file}: {q.message}")
    if outcome.quarantined and args.strict:
        return 3
    return 0


def cmd_repair(args) -> int:
    from extractors import language
    from extractors.reading import BadInput, read_document
    from extractors.text import assemble, corpus_lexicon, prepare

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
    # the lexicon is learned from the file's folder (the corpus a refresh would use)
    corpus_dir = Path(args.corpus) if args.corpus else path.parent
    others = []
    for p in sorted(corpus_dir.glob("*")):
        if p.is_file() and p.resolve() != path.resolve():
            try:
                o = read_document(p)
            except (BadInput, OSError):
                continue
            if language.detect(o.text) == lang:
                others.append(prepare(o, lang))
    lexicon = corpus_lexicon([lines] + others, lang)
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
    summary = extract_files(files, out, log=lambda msg: print(f"kzprof: {msg}", file=sys.stderr))
    print(f"kzprof: {summary} -> {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="kzprof", description="Kazakhstan's occupational acts -> curated Parquet tables")
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("refresh", help="read raw_docs/, check, and publish curated/ (the Prefect flow)")
    r.add_argument("--raw-docs", default="raw_docs")
    r.add_argument("--curated", default="curated")
    r.add_argument("--reports", default=None, help="where run reports go (default: reports/ beside curated/)")
    r.add_argument("--strict", action="store_true", help="exit 3 when inputs were quarantined")
    r.add_argument("--ocr", action="store_true", help="read scanned PDFs (no text layer) by OCR (needs tesseract "
                   "with Kazakh and Russian data)")
    r.set_defaults(func=cmd_refresh)
    p = sub.add_parser("repair", help="print the repaired text of one act, as the parser reads it")
    p.add_argument("file")
    p.add_argument("--trace", action="store_true", help="prefix each output line with the raw lines it came from")
    p.add_argument("--raw-lines", type=int, metavar="N", help="show the raw lines behind output line N")
    p.add_argument("--residue", action="store_true", help="print the residue report (damage left, undecided joins)")
    p.add_argument("--corpus", help="folder the join vocabulary is learned from (default: the file's folder)")
    p.set_defaults(func=cmd_repair)
    e = sub.add_parser("extract", help="read the given acts with the library alone (no Prefect, no publish)")
    e.add_argument("files", nargs="+", metavar="FILE")
    e.add_argument("--out", required=True, help="folder the tables are written to (created; its .parquet files replaced)")
    e.set_defaults(func=cmd_extract)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
