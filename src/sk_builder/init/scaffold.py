"""Write a new project folder: the region's records, the placeholder emblem, schemas, .gitignore, a guide.

Nothing is ever overwritten. A folder that is not empty is refused unless ``force`` is given, and
even then a file that already exists where `sk init` would write is refused (all of them listed,
nothing written). The files are first written beside the folder and then moved in, so a failure
(disk full, no permission) leaves nothing half-made.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from importlib import resources
from pathlib import Path

from ..errors import UsageRefused
from .answers import Answers
from .emblem import PLACEHOLDER
from .records import DECREE_ID, STANDARD_ID, keputusan, profil, standar

GITIGNORE = "# keluaran dan cache sk-builder: dibuat ulang oleh `sk build`\nbuild/\n.sk-cache/\n"


def files(answers: Answers, today: dt.date) -> dict[str, bytes]:
    """Every file of the new project, by path relative to its folder."""
    from ..schema import schemas

    region = f"sources/{answers.region_id}"
    guide = resources.files(__package__).joinpath("PANDUAN.md").read_text(encoding="utf-8")
    texts = {
        "README.md": guide.format(wilayah=answers.wilayah, region=answers.region_id,
                                  keputusan=DECREE_ID, standar=STANDARD_ID),
        ".gitignore": GITIGNORE,
        f"{region}/profil.yaml": profil(answers),
        f"{region}/standar/{STANDARD_ID}.yaml": standar(answers),
        f"{region}/keputusan/{DECREE_ID}.yaml": keputusan(answers, today),
        **{f"schemas/{name}": text for name, text in schemas().items()},
    }
    made = {path: text.encode("utf-8") for path, text in texts.items()}
    made[f"{region}/lambang.svg"] = PLACEHOLDER
    return dict(sorted(made.items()))


def refuse(folder: Path, wanted: list[str], force: bool) -> None:
    """Refuse a folder `sk init` must not write into (UsageRefused, exit 2)."""
    if os.path.islink(folder):
        raise UsageRefused(f'"{folder}" adalah tautan simbolik; berikan jalur folder sebenarnya.')
    if not os.path.lexists(folder):
        return
    if not folder.is_dir():
        raise UsageRefused(f'"{folder}" adalah berkas yang sudah ada, bukan folder; pilih nama folder lain.')
    if any(folder.iterdir()) and not force:
        raise UsageRefused(f'folder "{folder}" tidak kosong; pilih folder baru atau kosong, atau tambahkan '
                           "--paksa untuk menambahkan proyek ke dalamnya (berkas yang sudah ada tidak pernah "
                           "ditimpa).")
    present = [path for path in wanted if os.path.lexists(folder / path)]
    if present:
        raise UsageRefused(f'folder "{folder}" sudah memuat {", ".join(present)}; sk init tidak menimpa berkas. '
                           "Pindahkan berkas itu atau pilih folder lain.")


def scaffold(folder: Path, answers: Answers, today: dt.date, force: bool = False) -> list[str]:
    """Write the project into ``folder``; returns the relative paths written."""
    made = files(answers, today)
    refuse(folder, list(made), force)
    folders = sorted({folder / p for rel in made for p in Path(rel).parents} | {folder}, key=lambda p: len(p.parts))
    created = [f for f in folders if not os.path.lexists(f)]
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".sk-init-", dir=folder))
    moved: list[Path] = []
    try:
        for relative, data in made.items():
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            (staging / relative).write_bytes(data)
        for relative in made:
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            os.rename(staging / relative, target)
            moved.append(target)
    except BaseException:
        for target in moved:
            target.unlink(missing_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
        for made_folder in reversed(created):  # only the folders this run created, deepest first
            shutil.rmtree(made_folder, ignore_errors=True)
        raise
    shutil.rmtree(staging, ignore_errors=True)
    return list(made)
