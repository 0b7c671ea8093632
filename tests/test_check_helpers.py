"""A share of the checks on helper processes: the results are the same, in the same order, as
when this process runs every suite; a helper that fails leaves its job to this process."""
from __future__ import annotations

import pandas as pd

from extractors import quality
from extractors.workers import Outcome, Pool

FRAMES = {
    "raw": {"files": pd.DataFrame({"source_file": ["a.txt", "a.txt"], "status": ["ok", "ok"],
                                   "reason": [None, None], "encoding": ["utf-8", "utf-8"],
                                   "source_format": ["txt", "txt"], "has_act_header": [True, True]})},
    "repaired": {"documents": pd.DataFrame({"source_file": ["a.txt"], "letter_spaced": [0], "displaced_link": [0],
                                            "latin_in_cyrillic": [0], "unsettled_joins": [0],
                                            "unsettled_join_share": [0.0]})},
}


class Helpers:
    """A stand-in for a pool: runs each job here, or fails every job, and counts them."""

    def __init__(self, fails: bool = False):
        self.processes, self.fails, self.ran = 1, fails, []

    def run(self, fn, *args, timeout=None):
        self.ran.append(args[0].frame)
        return Outcome("crashed", error="gone") if self.fails else Outcome("ok", fn(*args))


def _labels(stages):
    return [[(r.label, r.success, r.unexpected_count) for r in s.results] for s in stages]


def test_helpers_give_the_results_this_process_gives():
    alone = quality.run_stages(FRAMES)
    helped = quality.run_stages(FRAMES, helpers=Helpers())
    assert _labels(helped) == _labels(alone)
    assert [s.stage for s in helped] == ["raw", "repaired"]
    assert ("raw/files: expect_column_values_to_be_unique[source_file]", False, 2) in _labels(alone)[0]


def test_a_failing_helper_leaves_its_job_to_this_process():
    failing = Helpers(fails=True)
    assert _labels(quality.run_stages(FRAMES, helpers=failing)) == _labels(quality.run_stages(FRAMES))
    assert len(failing.ran) == 1


def test_a_helper_process_runs_a_share():
    with Pool(1) as pool:
        assert pool.run(quality.warm).ok
        assert _labels(quality.run_stages(FRAMES, helpers=pool)) == _labels(quality.run_stages(FRAMES))
