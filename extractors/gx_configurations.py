"""An expectation's configuration built once per validation, not once per question asked of it.

Great Expectations 1.24 builds `Expectation.configuration` anew (a pydantic `dict()`, a class name
turned to snake case, a new `ExpectationConfiguration`) every time it is read, and a validation
reads it about fifteen times per expectation: once per domain, success and runtime key. That was
about 40 % of the checks' time, which a watched refresh of one changed act spends on every table.

Within one validation nothing changes an expectation (GE changes one only when a suite is saved or
rendered, never while it validates), so `validation()` keeps each expectation's configuration
from its first reading until the validation ends; outside it every reading builds anew, as GE
does. Only the GE release this was read against is touched (`KNOWN`); another runs as it is.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from functools import lru_cache

KNOWN = ("1.24.",)

_state = threading.local()


def _kept(build):
    def configuration(self):
        kept = getattr(_state, "kept", None)
        if kept is None:
            return build(self)
        hit = kept.get(id(self))
        if hit is None:
            # the expectation is held with its configuration: no other object takes its id meanwhile
            hit = kept[id(self)] = (self, build(self))
        return hit[1]

    return configuration


@lru_cache(maxsize=1)
def _install() -> bool:
    import great_expectations as gx
    from great_expectations.expectations.expectation import Expectation

    if not gx.__version__.startswith(KNOWN):
        return False
    prop = Expectation.__dict__["configuration"]
    if not getattr(prop.fget, "kept_per_validation", False):
        getter = _kept(prop.fget)
        getter.kept_per_validation = True
        Expectation.configuration = property(getter, doc=prop.__doc__)
    return True


@contextmanager
def validation():
    """The configurations read within the block kept until its end (this thread's readings only)."""
    if not _install() or getattr(_state, "kept", None) is not None:
        yield
        return
    _state.kept = {}
    try:
        yield
    finally:
        _state.kept = None
