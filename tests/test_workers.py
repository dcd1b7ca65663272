"""The worker pool behind ``Pipeline.annotate(workers=N)``: input order, streaming,
errors, the spawn fallback and workers that outlive a killed owner."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator

import pytest

from eventwire import _workers
from eventwire._workers import WorkerPool
from eventwire.errors import EngineError


def add_offset(offset: int, batch: list[int]) -> list[int]:
    return [offset + number for number in batch]


def slow_when_first(offset: int, batch: list[int]) -> list[int]:
    """The first batch finishes last, so input order is not completion order."""
    if batch[0] == 0:
        time.sleep(0.3)
    return add_offset(offset, batch)


def fail_on_three(offset: int, batch: list[int]) -> list[int]:
    if 3 in batch:
        raise ValueError("three is not allowed")
    return batch


def die(offset: int, batch: list[int]) -> list[int]:
    os._exit(3)


def offset_of_spawned_worker() -> int:
    return 1000


def test_results_come_back_in_input_order() -> None:
    batches = [[n, n + 1] for n in range(0, 20, 2)]
    with WorkerPool(inherit=lambda: 100, reload=offset_of_spawned_worker, workers=2) as pool:
        results = list(pool.map(slow_when_first, batches))
    assert results == [[100 + n, 101 + n] for n in range(0, 20, 2)]


def test_batches_are_pulled_as_workers_need_them() -> None:
    pulled: list[int] = []

    def batches() -> Iterator[list[int]]:
        for number in range(100):
            pulled.append(number)
            yield [number]

    with WorkerPool(inherit=lambda: 0, reload=offset_of_spawned_worker, workers=2) as pool:
        results = pool.map(add_offset, batches())
        assert next(results) == [0]
        assert len(pulled) == 2 * 2  # two batches in flight per worker, not the corpus
        assert [batch[0] for batch in results] == list(range(1, 100))


def test_an_error_in_a_worker_reaches_the_caller() -> None:
    with (
        WorkerPool(inherit=lambda: 0, reload=offset_of_spawned_worker, workers=2) as pool,
        pytest.raises(ValueError, match="three is not allowed"),
    ):
        list(pool.map(fail_on_three, [[1], [2], [3], [4]]))


def test_a_worker_that_dies_is_reported_not_waited_for() -> None:
    with (
        WorkerPool(inherit=lambda: 0, reload=offset_of_spawned_worker, workers=2) as pool,
        pytest.raises(EngineError, match="a worker process stopped unexpectedly"),
    ):
        list(pool.map(die, [[1], [2]]))


def test_spawned_workers_rebuild_their_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where fork is unavailable, each worker calls ``reload`` instead of ``inherit``."""
    monkeypatch.setattr(_workers.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    reload = functools.partial(offset_of_spawned_worker)
    with WorkerPool(inherit=lambda: 0, reload=reload, workers=1) as pool:
        assert list(pool.map(add_offset, [[1], [2]])) == [[1001], [1002]]


OWNER = textwrap.dedent(
    """
    import os, signal
    from eventwire._workers import WorkerPool

    def worker_pid(state, batch):
        return os.getpid()

    pool = WorkerPool(inherit=lambda: 0, reload=int, workers=1)
    print(next(pool.map(worker_pid, [[1]])), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_workers_exit_when_their_owner_is_killed() -> None:
    owner = subprocess.run(
        [sys.executable, "-c", OWNER], capture_output=True, text=True, timeout=30, check=False
    )
    assert owner.returncode == -signal.SIGKILL, owner.stderr
    worker = int(owner.stdout)
    deadline = time.monotonic() + 10
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(worker)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
