"""Incremental builds: the checked project, each document, the site and the manifest come from the
cache whenever the key of what shapes them is unchanged; only the rest is rendered."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from . import keys, projectdata
from .cache import Outputs, Store
from .diagnostics import Report
from .digests import stored_fonts_digest
from .jobs import Job, plan
from .parallel import Task, produce, render
from .progress import Progress
from .project import Project
from .render.registry import RENDERERS
from .render.templating import TEMPLATES

if TYPE_CHECKING:
    from .site.tasks import SiteTask

class Incremental:
    """One build's view of the cache: the project key, the settings every output depends on, and the
    build's jobs, planned once (and only when something is not in the cache)."""

    def __init__(self, store: Store, sources: Path, code: str | None = None, tree: str | None = None):
        self.store, self.sources = store, Path(sources)
        self.code = code or keys.code_digest()
        self.tree = tree  # the sources' digest, when the build computed it already
        self.project_key = ""
        self.formats: tuple[str, ...] = ()
        self._planned: dict[str, Job] | None = None

    def jobs(self, project: Project) -> dict[str, Job]:
        """Every job of the project by stem, planned on first use and shared by documents, site and manifest."""
        if self._planned is None:
            self._planned = {job.stem: job for job in plan(project)}
        return self._planned

    def _slot(self, name: str) -> str:
        """A cache entry per source tree, so two trees built beside each other keep theirs."""
        return f"{name}:{self._resolved}"

    @cached_property
    def _resolved(self) -> Path:
        return self.sources.resolve()

    def project(self) -> tuple[Project, Report, Callable[[], Report]]:
        """The loaded project, its load report and a function giving its `sk check` warnings; loaded and
        checked only when a source file (or sk-builder itself) changed, and then only the files and records
        that changed (``memo``). The check runs when its warnings are first asked for, so that the build can
        run it while Pagefind indexes the site. Sources with errors raise SourceError."""
        from .check.kamus import installed  # the spelling dictionaries shape the check's findings

        tree = self.tree or keys.sources_digest(self.sources)
        self.project_key = keys.digest(self.code, tree, installed())
        found = self.store.load_data(self._slot("project"), self.project_key)
        if found is not None:
            try:
                project, report, checked = projectdata.decode(found, self.sources)
                return project, report, lambda: checked
            except (KeyError, IndexError, TypeError, ValueError):  # damaged data is a miss
                pass
        from .memo import UnitReader
        from .sources.loader import load_or_fail

        project, report = load_or_fail(self.sources, UnitReader(self.store, self.code, self._slot))
        return project, report, self._checker(project, report)

    def _checker(self, project: Project, report: Report) -> Callable[[], Report]:
        """The project's `sk check` warnings, found once (then kept with the project in the cache)."""
        found: list[Report] = []

        def checked() -> Report:
            if not found:
                from .check.runner import check_project, dictionaries
                from .memo import FindingMemo, Lexicon

                lexicon = Lexicon(self.store, self.code)
                lexicon.load(dictionaries(project))
                found.append(check_project(project, memo=FindingMemo(self.store, self.code, self._slot)).report)
                lexicon.save()
                self.store.save_data(self._slot("project"), self.project_key,
                                     projectdata.encode(project, report, found[0]))
            return found[0]
        return checked

    def _document_settings(self, project: Project) -> str:
        fonts = stored_fonts_digest(self.store, keys.project_families(project))
        return keys.digest(self.code, keys.tree_digest(TEMPLATES, skip=("site/",)), fonts)

    def _index(self, project: Project) -> list[tuple[str, str, str, int, dict[str, str]]]:
        """Each job's stem, kind, digest, cost and the region's look per format (``keys.look_digest``), computed
        once per state of the sources."""
        found = self.store.load_data(self._slot("jobs"), self.project_key)
        if not isinstance(found, list):
            found = [[job.stem, job.kind, keys.job_digest(job), job.cost,
                      {name: keys.look_digest(job, name) for name in RENDERERS}] for job in self.jobs(project).values()]
            self.store.save_data(self._slot("jobs"), self.project_key, found)
        return [(stem, kind, part, cost, look) for stem, kind, part, cost, look in found]

    def documents(self, project: Project, formats: tuple[str, ...], jobs: int, progress: Progress) -> Outputs:
        """Every document in every format: unchanged ones from the cache, the rest rendered (a document a
        format renders in pieces, from its pieces: unchanged pieces from the cache, the rest rendered)."""
        self.formats = formats
        settings = self._document_settings(project) if formats else ""
        wanted: dict[str, str] = {}
        shas: dict[str, str] = {}
        tasks: list[Task] = []
        for stem, kind, part, cost, look in self._index(project):
            for name in formats:
                renderer = RENDERERS[name]
                if not renderer.supports(kind):
                    continue
                output = f"dokumen/{stem}{renderer.suffix}"
                wanted[output] = keys.digest(settings, name, part, look.get(name, ""))
                files = self.store.lookup(output, wanted[output])
                if files is not None and output in files:
                    shas[output] = files[output]
                else:
                    tasks.append(Task(stem, name, output, cost * renderer.cost))
        tasks, known, piece_keys = self._pieces(project, tasks, settings)
        progress.start(len(wanted), len(shas))
        rendered = render(self.jobs(project) if tasks else {}, tasks, self.store, jobs, progress, known, settings)
        progress.finish()
        for name, files in rendered.items():
            for sha in files.values():
                self.store.verified[sha] = True
            self.store.record(name, piece_keys.get(name) or wanted[name], files)
        outputs = Outputs(self.store)
        outputs.adopt({output: shas.get(output) or rendered[output][output] for output in wanted})
        return outputs

    def _pieces(self, project: Project, tasks: list[Task], settings: str) -> tuple[list[Task], dict, dict]:
        """Split the tasks of documents rendered in pieces: a task per piece not in the cache, and a join.
        Returns the tasks, the cached pieces' files by name, and each piece's key by name."""
        planned: list[Task] = []
        known: dict[str, dict[str, str]] = {}
        piece_keys: dict[str, str] = {}
        for task in tasks:
            renderer = RENDERERS[task.format]
            job = self.jobs(project)[task.stem]
            pieces = renderer.pieces(job)
            if not pieces:
                planned.append(task)
                continue
            names = []
            for index, piece in enumerate(pieces):
                name = f"{task.name}#{piece.name}"
                piece_keys[name] = keys.digest(settings, task.format, "bagian", renderer.piece_key(job, piece),
                                               keys.look_digest(job, task.format))
                files = self.store.lookup(name, piece_keys[name])
                if files is None:
                    planned.append(Task(task.stem, task.format, name, renderer.cost, piece=index))
                else:
                    known[name] = files
                names.append(name)
            planned.append(Task(task.stem, task.format, task.name, 1, needs=tuple(names)))
        return planned, known, piece_keys

    def site(self, project: Project, documents: Outputs, jobs: int = 1,
             meanwhile: Callable[[], object] | None = None) -> dict[str, str]:
        """The website, keyed ``site/...`` -> SHA-256: each page and data file from the cache when what it
        is made from is unchanged (site/tasks.py), the others made by up to ``jobs`` processes; the search
        index from the cache when no page changed, else made by Pagefind while ``meanwhile`` runs; downloads
        adopted from the documents' own blobs (never read or copied)."""
        from .site.render import PREFIX, finish_site, plan_site

        settings = keys.digest(self.code, keys.tree_digest(TEMPLATES))
        slot = f"situs@{'+'.join(self.formats) or '-'}"
        whole = keys.digest(settings, self.project_key, *(f"{path}={documents.sha(path)}" for path in sorted(documents)))
        files = self.store.lookup(self._slot(slot), whole)
        if files is not None:  # nothing changed: not even planned
            return files
        plan = plan_site(project, documents, self.jobs(project))
        done: list[tuple[SiteTask, dict[str, str]]] = []
        missing: list[tuple[str, str, SiteTask]] = []
        for task in plan.tasks:  # a task's files do not depend on the formats built: one entry serves every build
            key = keys.digest(settings, task.name, keys.canonical(task.inputs))
            found = self.store.lookup(self._slot(f"situs:{task.name}"), key)
            if found is None:
                missing.append((self._slot(f"situs:{task.name}"), key, task))
            else:
                done.append((task, found))
        for (name, key, task), found in zip(missing, produce([task.produce for *_, task in missing], self.store, jobs)):
            self.store.record(name, key, found)
            done.append((task, found))
        made = {path: sha for _, found in done for path, sha in found.items()}
        pages = sorted(path for path in made if path.endswith(".html"))
        key = keys.digest(settings, "akhir", *(f"{path}={made[path]}" for path in pages),  # what finish_site reads
                          *(task.canonical or "" for task in plan.tasks), plan.context.shared_base or "")
        finished = self.store.lookup(self._slot("situs:akhir"), key)
        if finished is None:
            html = {path: self.store.read(made[path]) for path in pages}
            finished = {path: self.store.put(data) for path, data in finish_site(plan, html, meanwhile).items()}
            self.store.record(self._slot("situs:akhir"), key, finished)
        for task, found in done:  # each page's downloads, each data file's (the tasks' ``late``)
            if task.late is not None:
                made.update((path, self.store.put(task.late(self.store.read(sha)))) for path, sha in found.items())
        files = {**made, **finished, **{path: self.store.put(data) for path, data in plan.static.items()}}
        files.update({path: documents.sha(source) for path, source in plan.downloads.items()})
        files = {PREFIX + path: sha for path, sha in sorted(files.items())}
        self.store.record(self._slot(slot), whole, files)
        return files

    def reuse(self, name: str, inputs: Outputs, produce: Callable[[], Mapping[str, bytes]]) -> dict[str, str]:
        """Files made from the whole project and ``inputs`` (the site, the manifest): from the cache
        when neither changed, else produced and stored. Returns path -> SHA-256.

        Builds of other formats keep their own entry (a site-only build does not evict the full one)."""
        slot = f"{name}@{'+'.join(self.formats) or '-'}"
        key = keys.digest(self.code, keys.tree_digest(TEMPLATES), self.project_key, name,
                          *(f"{path}={inputs.sha(path)}" for path in sorted(inputs)))
        files = self.store.lookup(slot, key)
        if files is None:
            files = {path: self.store.put(data) for path, data in produce().items()}
            self.store.record(slot, key, files)
        return files
