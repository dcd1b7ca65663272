"""Where the pipeline runs: on this machine's cores, or on Ray Data.

``local`` is ``Pipeline.annotate`` in one process or a pool of worker processes.
``ray`` (:mod:`eventwire.engines.ray_data`, the optional extra ``eventwire[ray]``) runs the
same stage functions in Ray actors and writes the partitioned Parquet folder of
:mod:`eventwire.engines.parquet`, which ``eventwire load`` puts into the store. Neither
Ray nor pyarrow is imported until that engine or folder is used.
"""

from __future__ import annotations

from enum import StrEnum


class Engine(StrEnum):
    """Where ``annotate`` and ``ingest`` run the pipeline."""

    LOCAL = "local"
    RAY = "ray"
