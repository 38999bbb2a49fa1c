"""Render documents in a pool of worker processes, each set up once; results are stored by content.

The bytes of a document never depend on which process rendered it or in what order: every task
renders one (document, format) from the same project and writes its bytes into the cache store,
and only the SHA-256 travels back.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import signal
import sys
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from .cache import Store
from .jobs import Job, plan
from .progress import Progress
from .project import Project

_PR_SET_PDEATHSIG = 1
_worker: dict = {}


@dataclass(frozen=True)
class Task:
    """One output to render: the job's stem, the format, its output path and the cost estimate."""

    stem: str
    format: str
    name: str
    cost: int


def _die_with_parent() -> None:
    """Ask Linux to end this worker when the build that started it is killed."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass


def set_up(project: Project, store_root: Path, formats: tuple[str, ...], worker: bool = True) -> None:
    """Prepare a process to render: jobs by stem, the store, templates, and WeasyPrint when PDFs are due."""
    if worker:
        _die_with_parent()
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _worker["jobs"] = {job.stem: job for job in plan(project)}
    _worker["store"] = Store(store_root)
    from .render.templating import environment

    environment()
    if "pdf" in formats:
        import weasyprint  # noqa: F401 - loaded once per worker, not per document


def render_task(task: Task) -> tuple[Task, str]:
    """Render one task in this process and store its bytes; returns the task and their SHA-256."""
    from .render.registry import RENDERERS

    job: Job = _worker["jobs"][task.stem]
    return task, _worker["store"].put(RENDERERS[task.format].render(job))


def _context():
    """Fork where the system has it (workers inherit the loaded project); spawn elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and sys.platform.startswith("linux") else "spawn")


def render(project: Project, tasks: list[Task], store: Store, jobs: int, progress: Progress) -> dict[str, str]:
    """Render every task (biggest first) with up to ``jobs`` processes; output path -> SHA-256."""
    order = sorted(tasks, key=lambda t: (-t.cost, t.name))
    formats = tuple(sorted({t.format for t in tasks}))
    results: dict[str, str] = {}
    if not tasks:
        return results
    if jobs <= 1 or len(tasks) == 1:
        set_up(project, store.root, formats, worker=False)
        for task in order:
            _, sha = render_task(task)
            results[task.name] = sha
            progress.done(task.name)
        return results
    workers = min(jobs, len(tasks))
    with ProcessPoolExecutor(workers, mp_context=_context(), initializer=set_up,
                             initargs=(project, store.root, formats)) as pool:
        pending = {pool.submit(render_task, task) for task in order}
        try:
            while pending:
                finished, pending = wait(pending, return_when=FIRST_EXCEPTION)
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
