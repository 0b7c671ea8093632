"""Watching the input folder: whether its files changed since a refresh, and whether a change
has settled (a copy still being written is not read half-way).

A folder's state is what listing it tells without opening a file: each file's path, size and
modification time, and each path skipped with its reason. A refresh decides itself, by the
files' bytes, what is new (`incremental`); the watcher only says when to ask it.
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Callable

from .pipeline import discover, relative


def folder_state(root: Path) -> tuple:
    """The listing of `root` as a value that changes whenever a file is added, removed, renamed or
    written (an empty tuple where the folder cannot be listed: a refresh then says why)."""
    root = Path(root)
    try:
        found = discover(root)
    except OSError:
        return ()
    files = []
    for path in found.files:
        try:
            st = os.stat(path)
        except OSError:  # gone since it was listed: the next look sees the folder as it is then
            continue
        files.append((relative(path, root), st.st_size, st.st_mtime_ns))
    return tuple(files) + tuple((s.source_file, s.reason) for s in found.skipped)


class Watcher:
    """Looks at a folder every `every` seconds; `wait()` returns once it differs from the state
    last `mark()`ed and has settled: it stayed the same for one more look, or no file of it was
    written within the last `every` seconds (a copy that has finished is not waited for again)."""

    def __init__(self, root: Path, every: float = 2.0, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], int] = time.time_ns):
        self.root = Path(root)
        self.every = max(0.05, float(every))
        self.sleep = sleep
        self.clock = clock
        self.seen: tuple | None = None

    def mark(self) -> tuple:
        """Remember the folder as it is now (before a refresh reads it: what changes during the
        refresh is seen as a change after it)."""
        self.seen = folder_state(self.root)
        return self.seen

    def wait(self) -> tuple:
        """Block until the folder changed and settled; the settled state is returned (not marked)."""
        last = self.seen
        while True:
            self.sleep(self.every)
            now = folder_state(self.root)
            if now != self.seen and (now == last or self._quiet(now)):
                return now
            last = now

    def _quiet(self, state: tuple) -> bool:
        """No file of the state was written within the last look's interval."""
        written = [entry[2] for entry in state if len(entry) == 3]
        return not written or max(written) <= self.clock() - self.every * 1e9
