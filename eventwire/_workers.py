"""Worker processes for ``Pipeline.annotate(workers=N)`` and ``eventwire bench``.

Each worker holds one loaded pipeline. Where the platform can fork, workers are forked
from the process that has already loaded it: they start in milliseconds and share its
memory copy-on-write (spaCy forks its own ``n_process`` workers the same way); what must
not cross a fork, such as an SQLite connection, each worker opens again (``inherit``).
Where fork is unavailable, each worker loads its own pipeline once, when it starts.

Batches are submitted a few at a time, so that a corpus of any size streams through in
bounded memory, and results come back in input order.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Generic, TypeVar, cast

from eventwire.errors import EngineError

State = TypeVar("State")
Batch = TypeVar("Batch")
Result = TypeVar("Result")

_IN_FLIGHT_PER_WORKER = 2  # one batch being worked on, one waiting: no worker idles
_ORPHAN_CHECK_S = 1.0

# The state of this process when it is a worker, set once by ``_start_worker``; never set
# in the process that owns the pool.
_worker_state: list[object] = []


class WorkerPool(Generic[State]):
    """``workers`` processes, each holding a state (a loaded pipeline).

    A forked worker calls ``inherit`` for its state: it runs on the copy of the owner's
    memory, so it can hand on what the owner has loaded. A spawned worker calls ``reload``
    instead, which must be picklable (a module-level function or a ``functools.partial``
    of one).
    """

    def __init__(
        self, *, inherit: Callable[[], State], reload: Callable[[], State], workers: int
    ) -> None:
        self.workers = workers
        forking = "fork" in multiprocessing.get_all_start_methods()
        load = inherit if forking else reload  # ``inherit`` is never pickled
        self._executor = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("fork" if forking else "spawn"),
            initializer=_start_worker,
            initargs=(load, forking, os.getpid()),
        )

    def __enter__(self) -> WorkerPool[State]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers; batches not yet started are dropped."""
        self._executor.shutdown(wait=True, cancel_futures=True)

    def map(
        self, job: Callable[[State, Batch], Result], batches: Iterable[Batch]
    ) -> Iterator[Result]:
        """``job(state, batch)`` for every batch, run in the workers, in input order.

        ``job`` must be a module-level function: it is sent to the workers by name.
        """
        pending: deque[Future[Result]] = deque()
        limit = self.workers * _IN_FLIGHT_PER_WORKER
        try:
            for batch in batches:
                pending.append(self._executor.submit(_run_job, job, batch))
                if len(pending) >= limit:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except BrokenProcessPool as exc:
            raise EngineError(
                f"a worker process stopped unexpectedly ({exc}); if the machine ran out of "
                "memory, run again with fewer --workers"
            ) from exc
        finally:
            for future in pending:
                future.cancel()


def _start_worker(load: Callable[[], State], forked: bool, owner: int) -> None:
    if forked:
        # A thread of the owner (a progress bar) may have been writing to stderr at the
        # fork; the copy of that stream's lock would stay held, and a warning hang.
        stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)  # noqa: SIM115
        sys.stderr = stderr
    threading.Thread(target=_exit_when_orphaned, args=(owner,), daemon=True).start()
    _worker_state.append(load())


def _exit_when_orphaned(owner: int) -> None:
    """A worker whose owner was killed would otherwise wait for batches forever."""
    while os.getppid() == owner:
        time.sleep(_ORPHAN_CHECK_S)
    os._exit(1)


def _run_job(job: Callable[[State, Batch], Result], batch: Batch) -> Result:
    return job(cast(State, _worker_state[0]), batch)
