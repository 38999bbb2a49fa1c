"""`sk serve`: build into a temporary folder, serve it, and rebuild (incrementally) whenever a source or template changes."""

from __future__ import annotations

import errno
import shutil
import signal
import tempfile
import threading
import time
from pathlib import Path

import click

from ..diagnostics import visible
from ..errors import SkError, UsageRefused, environment_message
from .server import Status, server
from .watch import changed, snapshot

POLL = 0.5
"""Seconds between two looks at the sources."""
SETTLE = 0.2
"""A change is built once the files have stopped changing for this long (an editor saving several files)."""


def _echo(line: str) -> None:
    click.echo(visible(line), err=True)


def build_once(sources: Path, out: Path, formats: tuple[str, ...], jobs: int, status: Status) -> bool:
    """One incremental build into ``out``; the status tells the open pages to reload or shows the errors."""
    from ..build import build
    from ..cache import default_folder
    from ..peringatan import build_lines
    from ..progress import Progress

    progress = Progress()
    try:
        result = build(sources, out, formats, jobs=jobs, cache=default_folder(sources), progress=progress)
    except SkError as error:
        lines = error.lines("sk serve")
    except OSError as error:
        lines = [f"sk serve: gagal: {environment_message(error)}"]
    else:
        for line in build_lines(result.report.items):
            _echo(line)
        _echo(progress.tally.summary())
        status.succeeded()
        return True
    for line in lines:
        _echo(line)
    status.failed(lines)
    return False


def _watched(sources: Path) -> list[Path]:
    from ..render.templating import TEMPLATES

    return [Path(sources), TEMPLATES]


def _bind(host: str, port: int, folder: Path, status: Status):
    try:
        return server(folder, host, port, status)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise UsageRefused(f"port {port} di {host} sudah dipakai program lain; pilih --port lain "
                               "(mis. --port 8001)") from None
        raise


def run_serve(sources: Path, host: str, port: int, formats: tuple[str, ...], jobs: int) -> int:
    """Serve until Ctrl-C; 0 when stopped so."""
    if not Path(sources).is_dir():
        raise UsageRefused(f'folder sumber "{sources}" tidak ditemukan')
    _stop_on_terminate()
    scratch = Path(tempfile.mkdtemp(prefix="sk-serve-"))
    out = scratch / "build"
    status = Status()
    try:
        httpd = _bind(host, port, out, status)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    try:
        shown_host = f"[{host}]" if ":" in host else host
        _echo(f"sk serve: http://{shown_host}:{httpd.server_address[1]}/ (Ctrl-C untuk berhenti)")
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        _loop(sources, out, formats, jobs, status)
    except KeyboardInterrupt:
        _echo("sk serve: berhenti.")
        return 0
    finally:
        httpd.shutdown()
        httpd.server_close()
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


def _stop_on_terminate() -> None:
    """Stop as on Ctrl-C when asked to terminate (a service manager, `kill`), so the temporary folder goes too;
    Ctrl-C stops it even when it was started in the background of a shell (which ignores SIGINT)."""
    def stop(signum, frame):
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, signal.default_int_handler)  # also when started where Ctrl-C was ignored


def _loop(sources: Path, out: Path, formats: tuple[str, ...], jobs: int, status: Status) -> None:
    """Build, then rebuild after every change, forever."""
    folders = _watched(sources)
    seen = snapshot(folders)
    build_once(sources, out, formats, jobs, status)
    while True:
        time.sleep(POLL)
        now = snapshot(folders)
        if now == seen:
            continue
        while True:  # wait until the editor has finished writing
            time.sleep(SETTLE)
            settled = snapshot(folders)
            if settled == now:
                break
            now = settled
        files = changed(seen, now)
        seen = now
        _echo(f"berubah: {_names(files, sources)}; membangun ulang")
        build_once(sources, out, formats, jobs, status)


def _names(files: list[str], sources: Path) -> str:
    """A short list of the changed files, relative to the sources where they are inside."""
    shown = []
    for name in files[:3]:
        try:
            shown.append(Path(name).relative_to(sources).as_posix())
        except ValueError:
            shown.append(Path(name).name)
    return ", ".join(shown) + (f" dan {len(files) - 3} lainnya" if len(files) > 3 else "")
