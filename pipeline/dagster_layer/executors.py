"""Which executor runs a job's steps, chosen by CLAIMS_EXECUTOR.

- `in_process` (default): every step in the run's process. Extraction still uses every core
  through its own worker pool (`pipeline.stages.Runner`).
- `multiprocess`: each step in its own process on this machine.
- `k8s`: each step in its own Kubernetes pod (`dagster-k8s`; run config in deploy/k8s/).
- `celery`: each step as a task on Celery workers (`dagster-celery`; run config in
  deploy/celery/).

The cluster executors come with the `cluster` extra (`pip install -e '.[cluster]'`). Every step
reads and writes the working DuckDB file, so on a cluster it must sit on a volume every step
can mount, and DuckDB's single writer is kept by the run lock beside it (README, "Beyond one
machine").
"""

import importlib

import dagster as dg

EXECUTORS = {
    "in_process": ("dagster", "in_process_executor"),
    "multiprocess": ("dagster", "multiprocess_executor"),
    "k8s": ("dagster_k8s", "k8s_job_executor"),
    "celery": ("dagster_celery", "celery_executor"),
}


class ExecutorError(ValueError):
    """CLAIMS_EXECUTOR names no executor, or its package is not installed."""


def executor_named(name: str) -> dg.ExecutorDefinition:
    if name not in EXECUTORS:
        raise ExecutorError(f"CLAIMS_EXECUTOR={name!r} is not one of {', '.join(EXECUTORS)}")
    module, attribute = EXECUTORS[name]
    try:
        return getattr(importlib.import_module(module), attribute)
    except ImportError as exc:
        raise ExecutorError(
            f"CLAIMS_EXECUTOR={name!r} needs the package {module.replace('_', '-')}: "
            "pip install -e '.[cluster]'"
        ) from exc
