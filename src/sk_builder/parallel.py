"""Render documents in a pool of worker processes, each set up once; results are stored by content.

The bytes of a document never depend on which process rendered it or in what order: every task
renders one (document, format) of the build's planned jobs, or one piece of one (render/base.py), and
writes its bytes into the cache store, and only the SHA-256s travel back. A task that joins pieces
starts once all of them are rendered. Forked workers inherit the jobs; spawned ones (Windows, macOS,
SK_PORTABEL=1) receive them once, when they start.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .cache import Store
from .keys import digest
from .jobs import Job
from .portable import LINUX, die_with_parent, libc_function
from .progress import Progress

_TRIM = libc_function("malloc_trim")
_worker: dict = {}


@dataclass(frozen=True)
class Task:
    """One output to render: the job's stem, the format, its output path and the cost estimate; or one
    piece of it (``piece``: its index in the renderer's ``pieces(job)``, ``name``: the piece's cache
    name); or the output joined from pieces (``needs``: the pieces' names, in order)."""

    stem: str
    format: str
    name: str
    cost: int
    piece: int = -1
    needs: tuple[str, ...] = ()


Files = dict[str, str]
"""What a task made: file name -> SHA-256 in the store (an output's own path, or a piece's parts)."""


def set_up(jobs: dict[str, Job] | None, store_root: Path, formats: tuple[str, ...], salt: str = "",
           worker: bool = True) -> None:
    """Prepare a process to render: the jobs by stem (inherited when ``jobs`` is None), the store, the
    build's settings digest (``salt``: it keys what the renderers keep across builds), the templates,
    and what each format loads once (WeasyPrint for PDFs)."""
    if worker:
        die_with_parent()
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if jobs is not None:
        _worker["jobs"] = jobs
    _worker["store"] = Store(store_root)
    _worker["salt"] = salt
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


def memo(name: str, key: str, make) -> bytes:
    """Bytes kept in the store across builds under ``name`` and ``key`` (and the build's settings), made
    by ``make()`` when missing (the page numbers of N pages of one page style)."""
    store: Store = _worker["store"]
    slot = f"{name}:{digest(_worker['salt'], key)}"
    found = store.lookup(slot, slot)
    if found is not None and "data" in found:
        try:
            return store.read(found["data"])
        except OSError:
            pass
    data = make()
    store.record(slot, slot, {"data": store.put(data)})
    return data


def render_task(task: Task, given: tuple[Files, ...] = ()) -> tuple[Task, Files]:
    """Render one task in this process and store its bytes (``given``: the files of the pieces a join
    reads); returns the task and what it stored."""
    from .render.registry import RENDERERS

    job: Job = _worker["jobs"][task.stem]
    store: Store = _worker["store"]
    renderer = RENDERERS[task.format]
    if task.piece >= 0:
        made = renderer.render_piece(job, renderer.pieces(job)[task.piece])
        files = {name: store.put(data) for name, data in sorted(made.items())}
    elif task.needs:
        printed = [{name: store.read(sha) for name, sha in piece.items()} for piece in given]
        files = {task.name: store.put(renderer.join(job, printed, memo))}
    else:
        files = {task.name: store.put(renderer.render(job))}
    release_memory()
    return task, files


def _forking() -> bool:
    """Fork on Linux (workers inherit the planned jobs); spawn elsewhere, where fork is unsafe or absent."""
    return LINUX and "fork" in multiprocessing.get_all_start_methods()


def render(planned: dict[str, Job], tasks: list[Task], store: Store, jobs: int, progress: Progress,
           known: dict[str, Files] | None = None, salt: str = "") -> dict[str, Files]:
    """Render every task (biggest first, a document's later pieces after the other documents; a join as soon
    as its pieces are there, so that documents are done steadily) with up to ``jobs`` processes.
    ``planned`` holds the build's jobs by stem, ``known`` the files of pieces already in the cache.
    Returns each task's name -> the files it made."""
    order = sorted(tasks, key=lambda t: (bool(t.needs), -t.cost, max(t.piece, 0), t.name))
    formats = tuple(sorted({t.format for t in tasks}))
    if not tasks:
        return {}
    try:
        if jobs <= 1 or len(tasks) == 1:
            return _in_process(planned, order, store, formats, progress, dict(known or {}), salt)
        return _in_pool(planned, order, store, min(jobs, len(tasks)), formats, progress, dict(known or {}), salt)
    finally:
        _worker.clear()
        gc.unfreeze()


def _finished(task: Task, files: Files, results: dict[str, Files], progress: Progress) -> None:
    results[task.name] = files
    if task.piece < 0:
        progress.done(task.name)


def _next(waiting: list[Task], results: dict[str, Files]) -> Task | None:
    """The task to start next: a join whose pieces are all there (its document is then done), else the first
    in order that needs nothing; None when every waiting task waits for pieces still being rendered."""
    for task in waiting:
        if task.needs and all(name in results for name in task.needs):
            return task
    return next((task for task in waiting if not task.needs), None)


def _in_process(planned: dict[str, Job], order: list[Task], store: Store, formats, progress: Progress,
                results: dict[str, Files], salt: str) -> dict[str, Files]:
    set_up(planned, store.root, formats, salt, worker=False)
    made: dict[str, Files] = {}
    waiting = list(order)
    while waiting:
        task = _next(waiting, results)
        if task is None:
            raise RuntimeError(f"tugas menunggu bagian yang tidak dirender: {waiting[0].name}")
        waiting.remove(task)
        _, files = render_task(task, tuple(results[name] for name in task.needs))
        _finished(task, files, results, progress)
        made[task.name] = files
    return made


def _in_pool(planned: dict[str, Job], order: list[Task], store: Store, workers: int, formats,
             progress: Progress, results: dict[str, Files], salt: str) -> dict[str, Files]:
    if not _forking():
        return _collect(planned, order, store, workers, multiprocessing.get_context("spawn"), formats, progress,
                        results, salt)
    from .render.registry import RENDERERS

    for name in formats:  # loaded once here, not once per worker: forked workers share it (WeasyPrint ~1 s)
        RENDERERS[name].warm_up()
    _worker["jobs"] = planned
    gc.freeze()  # forked workers then share the project's pages instead of copying them as they collect
    return _collect(None, order, store, workers, multiprocessing.get_context("fork"), formats, progress,
                    results, salt)


def _collect(planned: dict[str, Job] | None, order: list[Task], store: Store, workers: int, context, formats,
             progress: Progress, results: dict[str, Files], salt: str) -> dict[str, Files]:
    made: dict[str, Files] = {}
    waiting = list(order)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=set_up,
                             initargs=(planned, store.root, formats, salt)) as pool:
        pending: set = set()
        try:
            while waiting or pending:
                while waiting and len(pending) <= workers:  # every worker busy and one task queued, no more:
                    task = _next(waiting, results)         # a join that becomes ready goes before the rest
                    if task is None:
                        break
                    waiting.remove(task)
                    pending.add(pool.submit(render_task, task, tuple(results[n] for n in task.needs)))
                if not pending:
                    raise RuntimeError(f"tugas menunggu bagian yang tidak dirender: {waiting[0].name}")
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    task, files = future.result()
                    _finished(task, files, results, progress)
                    made[task.name] = files
        except BaseException:
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()  # a failed or interrupted build does not wait for long renders
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return made


_MAKERS: list[Callable[[], dict[str, bytes]]] = []
_CHUNK = 16


def _start_maker() -> None:
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _make(first: int, root: str) -> list[Files]:
    """Run the makers ``first`` to ``first + _CHUNK`` (inherited from the parent) and store what they make."""
    store = Store(Path(root))
    return [{path: store.put(data) for path, data in make().items()} for make in _MAKERS[first:first + _CHUNK]]


def produce(makers: list[Callable[[], dict[str, bytes]]], store: Store, jobs: int) -> list[Files]:
    """Run each maker (path -> bytes: a page of the website, a data file) and store its files; returns their
    SHA-256s, in the makers' order. Forked workers share the work when there are ``jobs`` > 1 and enough of it
    (they inherit the makers, which are closures over the loaded project); otherwise, and where processes are
    spawned, it is done here. What a maker makes never depends on the process that ran it."""
    if jobs <= 1 or len(makers) < 4 * _CHUNK or not _forking():
        return [{path: store.put(data) for path, data in make().items()} for make in makers]
    _MAKERS[:] = makers
    gc.freeze()  # the forked workers share the project's pages instead of copying them as they collect
    try:
        with ProcessPoolExecutor(min(jobs, len(makers) // _CHUNK), mp_context=multiprocessing.get_context("fork"),
                                 initializer=_start_maker) as pool:
            chunks = list(pool.map(_make, range(0, len(makers), _CHUNK), [str(store.root)] * len(makers)))
    finally:
        _MAKERS.clear()
        gc.unfreeze()
    made = [files for chunk in chunks for files in chunk]
    for files in made:
        store.used.update(files.values())
        store.verified.update((sha, True) for sha in files.values())
    store.written = store.written or bool(made)
    return made
