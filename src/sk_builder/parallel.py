"""Render documents in a pool of worker processes, each set up once; results are stored by content.

The bytes of a document never depend on which process rendered it or in what order: every task
renders one (document, format) from the same project and writes its bytes into the cache store,
and only the SHA-256 travels back.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from .cache import Store
from .jobs import Job, plan
from .portable import LINUX, die_with_parent, libc_function
from .progress import Progress
from .project import Project

_TRIM = libc_function("malloc_trim")
_worker: dict = {}


@dataclass(frozen=True)
class Task:
    """One output to render: the job's stem, the format, its output path and the cost estimate."""

    stem: str
    format: str
    name: str
    cost: int


def set_up(project: Project | None, store_root: Path, formats: tuple[str, ...], worker: bool = True) -> None:
    """Prepare a process to render: jobs by stem (inherited when ``project`` is None), the store,
    templates, and WeasyPrint when PDFs are due."""
    if worker:
        die_with_parent()
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if project is not None:
        _worker["jobs"] = {job.stem: job for job in plan(project)}
    _worker["store"] = Store(store_root)
    from .render.templating import environment

    environment()
    if "pdf" in formats:
        import weasyprint  # noqa: F401 - loaded once per worker, not per document
    gc.freeze()  # what is loaded now lives for the whole build: collecting after each task skips it


def release_memory() -> None:
    """Free what the last document left behind and hand it back to the system.

    Without this a long-lived process grows with every document: python-docx and WeasyPrint
    leave reference cycles, and glibc keeps freed memory (a worker grew by ~1 MB per DOCX).
    """
    gc.collect()
    if _TRIM is not None:
        _TRIM(0)


def render_task(task: Task) -> tuple[Task, str]:
    """Render one task in this process and store its bytes; returns the task and their SHA-256."""
    from .render.registry import RENDERERS

    job: Job = _worker["jobs"][task.stem]
    sha = _worker["store"].put(RENDERERS[task.format].render(job))
    release_memory()
    return task, sha


def _forking() -> bool:
    """Fork on Linux (workers inherit the planned jobs); spawn elsewhere, where fork is unsafe or absent."""
    return LINUX and "fork" in multiprocessing.get_all_start_methods()


def render(project: Project, tasks: list[Task], store: Store, jobs: int, progress: Progress) -> dict[str, str]:
    """Render every task (biggest first) with up to ``jobs`` processes; output path -> SHA-256."""
    order = sorted(tasks, key=lambda t: (-t.cost, t.name))
    formats = tuple(sorted({t.format for t in tasks}))
    if not tasks:
        return {}
    try:
        if jobs <= 1 or len(tasks) == 1:
            return _in_process(project, order, store, formats, progress)
        return _in_pool(project, order, store, min(jobs, len(tasks)), formats, progress)
    finally:
        _worker.clear()
        gc.unfreeze()


def _in_process(project: Project, order: list[Task], store: Store, formats, progress: Progress) -> dict[str, str]:
    set_up(project, store.root, formats, worker=False)
    results: dict[str, str] = {}
    for task in order:
        _, results[task.name] = render_task(task)
        progress.done(task.name)
    return results


def _in_pool(project: Project, order: list[Task], store: Store, workers: int, formats,
             progress: Progress) -> dict[str, str]:
    if not _forking():
        return _collect(project, order, store, workers, multiprocessing.get_context("spawn"), formats, progress)
    _worker["jobs"] = {job.stem: job for job in plan(project)}
    gc.freeze()  # forked workers then share the project's pages instead of copying them as they collect
    return _collect(None, order, store, workers, multiprocessing.get_context("fork"), formats, progress)


def _collect(project, order: list[Task], store: Store, workers: int, context, formats,
             progress: Progress) -> dict[str, str]:
    results: dict[str, str] = {}
    with ProcessPoolExecutor(workers, mp_context=context, initializer=set_up,
                             initargs=(project, store.root, formats)) as pool:
        pending = {pool.submit(render_task, task) for task in order}
        try:
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    task, sha = future.result()
                    results[task.name] = sha
                    progress.done(task.name)
        except BaseException:
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()  # a failed or interrupted build does not wait for long renders
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return results
