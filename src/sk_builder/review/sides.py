"""The two sides of `sk diff`: a directory, or a git revision whose sources are read without touching the work tree."""

from __future__ import annotations

import contextlib
import io
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..diagnostics import Diagnostic
from ..errors import SkError
from ..project import Project
from ..sources.loader import load_project


class DiffError(SkError):
    """A side cannot be read or its sources are invalid: every diagnostic is printed, exit status 2."""

    exit_code = 2

    def __init__(self, message: str, diagnostics: list[Diagnostic] | None = None):
        super().__init__(message)
        self.diagnostics = diagnostics or []

    def lines(self, command: str) -> list[str]:
        """Every diagnostic of the side, then the message."""
        return [str(diagnostic) for diagnostic in self.diagnostics] + [f"sk diff: {self.message}"]


@dataclass(frozen=True)
class Side:
    """A loaded side: how the user named it and its project."""

    label: str
    kind: str  # "dir" or "git"
    project: Project


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)


def _repository(spec: str, start: Path) -> Path:
    found = _git(["rev-parse", "--show-toplevel"], start)
    if found.returncode != 0:
        raise DiffError(f'"{spec}": bukan folder, dan {start} tidak berada dalam repositori git')
    return Path(found.stdout.decode().strip())


def _inside_repository(sources_dir: Path, repo: Path) -> str:
    """The sources folder as a path inside the repository (POSIX, no leading slash)."""
    try:
        return (Path.cwd() / sources_dir).resolve().relative_to(repo.resolve()).as_posix()
    except ValueError:
        raise DiffError(f"--sources-dir {sources_dir}: berada di luar repositori git {repo}") from None


def _extract(repo: Path, revision: str, inside: str, into: Path) -> Path:
    """Write the sources folder of a revision into ``into`` with `git archive` (the work tree is not touched)."""
    commit = _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], repo)
    if commit.returncode != 0:
        raise DiffError(f'"{revision}": bukan folder dan bukan revisi git yang dikenal')
    sha = commit.stdout.decode().strip()
    listed = _git(["ls-tree", "-d", "--name-only", sha, "--", inside], repo)
    if inside != "." and not listed.stdout.strip():
        raise DiffError(f'"{revision}": folder {inside} tidak ada pada revisi ini')
    archive = _git(["archive", "--format=tar", sha, "--", inside], repo)
    if archive.returncode != 0:
        raise DiffError(f'"{revision}": {archive.stderr.decode(errors="replace").strip()}')
    try:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(into, filter="data")
    except tarfile.FilterError as exc:  # a symbolic link leaving the tree, an absolute path, a device file
        member = getattr(exc, "tarinfo", None)
        name = member.name if member is not None else "?"
        raise DiffError(f'"{revision}": {name} menunjuk ke luar folder sumber atau bukan berkas biasa; '
                        "revisi ini tidak dapat dibandingkan") from None
    except (tarfile.TarError, OSError) as exc:
        raise DiffError(f'"{revision}": isi revisi tidak dapat dibaca ({exc})') from None
    return into / inside


def _relabel(diagnostic: Diagnostic, root: Path, prefix: str) -> Diagnostic:
    path = Path(diagnostic.path)
    absolute = path if path.is_absolute() else Path.cwd() / path
    with contextlib.suppress(ValueError):
        path = absolute.resolve().relative_to(root.resolve())
    return Diagnostic(f"{prefix}{path.as_posix()}", diagnostic.line, diagnostic.col, diagnostic.severity,
                      diagnostic.code, diagnostic.message)


def _load(root: Path, label: str, kind: str, prefix: str | None) -> Side:
    project, report = load_project(root)
    if project is None:
        diagnostics = report.sorted()
        if prefix is not None:
            diagnostics = [_relabel(d, root, prefix) for d in diagnostics]
        errors = len([d for d in diagnostics if d.severity == "error"])
        raise DiffError(f'sisi "{label}": {errors} kesalahan pada sumber', diagnostics)
    return Side(label, kind, project)


@contextlib.contextmanager
def open_side(spec: str, sources_dir: Path) -> Iterator[Side]:
    """A directory when ``spec`` names one, else a git revision of ``sources_dir`` in the current repository."""
    if Path(spec).is_dir():
        yield _load(Path(spec), spec, "dir", None)
        return
    if spec.startswith("-") or not spec.strip():
        raise DiffError(f'"{spec}": bukan folder dan bukan revisi git')
    repo = _repository(spec, Path.cwd())
    inside = _inside_repository(sources_dir, repo)
    with tempfile.TemporaryDirectory(prefix="sk-diff-") as temp:
        root = _extract(repo, spec, inside, Path(temp))
        yield _load(root, spec, "git", f"{spec}:{inside}/")
