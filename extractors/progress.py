"""Progress of a long run: documents done / total, the rate, and the time left, in the log.

A line every `every` seconds at most (and at the end), so that a run of a thousand acts says
where it is without a line per document; safe to advance from several threads.
"""
from __future__ import annotations

import threading
import time
from typing import Callable


def duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class Progress:
    def __init__(self, total: int, log: Callable[[str], None], what: str = "documents", every: float = 5.0,
                 clock: Callable[[], float] = time.monotonic):
        self.total, self.log, self.what, self.every, self.clock = total, log, what, every, clock
        self.done = 0
        self.start = self.last = clock()
        self._lock = threading.Lock()

    def advance(self, n: int = 1) -> None:
        with self._lock:
            self.done += n
            now = self.clock()
            if self.done < self.total and now - self.last < self.every:
                return
            self.last = now
            line = self.line(now)
        self.log(line)

    def line(self, now: float | None = None) -> str:
        elapsed = (self.clock() if now is None else now) - self.start
        text = f"{self.what} {self.done}/{self.total} done"
        if self.done and elapsed > 0:
            rate = self.done / elapsed
            text += f", {rate:.1f}/s"
            if self.done < self.total:
                text += f", about {duration((self.total - self.done) / rate)} left"
            else:
                text += f", in {duration(elapsed)}"
        return text
