"""Render documents in a pool of worker processes, each set up once; results are stored by content.

The bytes of a document never depend on which process rendered it or in what order: every task
renders one (document, format) of the build's planned jobs and writes its bytes into the cache
store, and only the SHA-256 travels back. Forked workers inherit the jobs; spawned ones (Windows,
macOS, SK_PORTABEL=1) receive them once, when they start.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from .cache import Store
from .jobs import Job
from .portable import LINUX, die_with_parent, libc_function
from .progress import Progress

_TRIM = libc_function("malloc_trim")
_worker: dict = {}


@dataclass(frozen=True)
class Task:
    """One output to render: the job's stem, the format, its output path and the cost estimate."""

    stem: str
    format: str
    name: str
    cost: int


def set_up(jobs: dict[str, Job] | None, store_root: Path, formats: tuple[str, ...], worker: bool = True) -> None:
    """Prepare a process to render: the jobs by stem (inherited when ``jobs`` is None), the store,
    the templates, and what each format loads once (WeasyPrint for PDFs)."""
    if worker:
        die_with_parent()
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if jobs is not None:
        _worker["jobs"] = jobs
    _worker["store"] = Store(store_root)
    from .render.registry import RENDERERS
    from .render.templating import environment

    environment()
    for name in formats:
        RENDERERS[name].warm_up()
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


def render(planned: dict[str, Job], tasks: list[Task], store: Store, jobs: int,
           progress: Progress) -> dict[str, str]:
    """Render every task (biggest first) with up to ``jobs`` processes; output path -> SHA-256.
    ``planned`` holds the build's jobs by stem."""
    order = sorted(tasks, key=lambda t: (-t.cost, t.name))
    formats = tuple(sorted({t.format for t in tasks}))
    if not tasks:
        return {}
    try:
        if jobs <= 1 or len(tasks) == 1:
            return _in_process(planned, order, store, formats, progress)
        return _in_pool(planned, order, store, min(jobs, len(tasks)), formats, progress)
    finally:
        _worker.clear()
        gc.unfreeze()


def _in_process(planned: dict[str, Job], order: list[Task], store: Store, formats,
                progress: Progress) -> dict[str, str]:
    set_up(planned, store.root, formats, worker=False)
    results: dict[str, str] = {}
    for task in order:
        _, results[task.name] = render_task(task)
        progress.done(task.name)
    return results


def _in_pool(planned: dict[str, Job], order: list[Task], store: Store, workers: int, formats,
             progress: Progress) -> dict[str, str]:
    if not _forking():
        return _collect(planned, order, store, workers, multiprocessing.get_context("spawn"), formats, progress)
    _worker["jobs"] = planned
    gc.freeze()  # forked workers then share the project's pages instead of copying them as they collect
    return _collect(None, order, store, workers, multiprocessing.get_context("fork"), formats, progress)


def _collect(planned: dict[str, Job] | None, order: list[Task], store: Store, workers: int, context, formats,
             progress: Progress) -> dict[str, str]:
    results: dict[str, str] = {}
    with ProcessPoolExecutor(workers, mp_context=context, initializer=set_up,
                             initargs=(planned, store.root, formats)) as pool:
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
