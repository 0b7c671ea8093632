"""A session's refreshes (`kzprof refresh --watch`) read on the same worker processes: the second
refresh finds workers that have read acts before, not processes forked for it."""
from extractors.workers import Pool
from flows import refresh


def test_a_refresh_in_a_session_uses_the_kept_workers():
    with refresh.kept_workers(2) as kept:
        with refresh._pool_for(2) as pool:
            assert pool is kept
        assert not kept._closed  # the run leaves them to the session
        with refresh._pool_for(1) as other:  # a run asking for another number has its own
            assert other is not kept and isinstance(other, Pool)
        assert other._closed
    assert kept._closed


def test_without_a_session_each_refresh_has_its_own_workers():
    with refresh._pool_for(1) as pool:
        assert isinstance(pool, Pool)
    assert pool._closed
