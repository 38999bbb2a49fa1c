"""The search index: Pagefind run over the rendered pages; its bundle comes back as files in memory."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from ..errors import SkError
from ..portable import LINUX, die_with_parent
from ..scratch import scratch
from . import layout, search_order


BODY = b"data-pagefind-body"
"""The attribute of the part of a page that is indexed (a standard's and an SOP's pages have it)."""


class SearchIndexError(SkError):
    """Pagefind is missing or failed; nothing is written."""


def pagefind_executable() -> Path:
    """The Pagefind binary shipped by the ``pagefind-bin`` package."""
    try:
        from pagefind_bin import get_executable

        return get_executable()
    except (ImportError, FileNotFoundError) as exc:
        raise SearchIndexError(f"pencarian situs memerlukan Pagefind (paket pagefind-bin): {exc}") from None


def index(pages: dict[str, bytes], meanwhile: Callable[[], object] | None = None) -> dict[str, bytes]:
    """Pagefind's bundle for these HTML pages (site paths), keyed under ``pagefind/``; ``meanwhile`` is run
    while Pagefind works (it is a program of its own: the build's other work need not wait for it)."""
    executable = pagefind_executable()
    indexed = {path: data for path, data in pages.items() if BODY in data}
    pages = indexed or pages  # Pagefind drops the pages without the attribute when any has it: not even read
    with scratch("sk-pagefind") as tmp:
        site, bundle = tmp / "situs", tmp / "bundle"
        for relative, data in pages.items():
            target = site / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        # cwd is the empty temp dir so that no pagefind.yml of the user's working directory applies.
        command = [str(executable), "--site", str(site), "--output-path", str(bundle), "--quiet"]
        with open(tmp / "keluaran.txt", "w+b") as said:  # a file, not a pipe: nothing waits for a reader
            process = subprocess.Popen(command, cwd=tmp, stdout=said, stderr=subprocess.STDOUT,
                                       preexec_fn=die_with_parent if LINUX else None)
            try:
                if meanwhile is not None:
                    meanwhile()
            except BaseException:
                process.kill()
                raise
            finally:
                returncode = process.wait()
            said.seek(0)
            output = said.read().decode("utf-8", "replace")
        if returncode != 0:
            raise SearchIndexError(f"Pagefind gagal membuat indeks pencarian:\n{output}")
        files = {f"{layout.SEARCH_BUNDLE}/{path.relative_to(bundle).as_posix()}": path.read_bytes()
                 for path in sorted(bundle.rglob("*")) if path.is_file()}
    return search_order.stable(files)
