"""Figures of `sk impor`: how much of the seed a drafter's Word file gives back, and the round trip.

    .venv/bin/python bench/impor_parity.py

1. Seed 001 typed three ways (tests/impor/kota_drafts.py: ``ketik``, ``otomatis``, ``tabel``) is
   imported into an empty folder and rebuilt; printed is the share of the seed's distinct word
   4-grams that the rebuilt decree carries (the measure of tests/test_parity.py), next to the
   figure of the bundled records themselves, and how many of the decree and 18 standards export
   to the same text as the bundled records.
2. The Tirta Wangi house-style decree (tests/impor/house_draft.py) and the Lembah Hijau decree
   written after the importer (tests/impor/held_out.py): the share of the Word file's own 4-grams
   the rebuilt DOCX carries, and whether the import equals the hand-written records.
3. Every bundled region built to DOCX and imported back, into the region (``--timpa``) and into
   an empty folder: how many of its canonical texts (``sk export text``) are identical.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import sys
import tempfile
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
sys.modules["tests"] = types.ModuleType("tests")  # this checkout's tests/, not a package of that name elsewhere
sys.modules["tests"].__path__ = [str(ROOT / "tests")]

from sk_builder.build import build  # noqa: E402
from sk_builder.impor.command import run_impor  # noqa: E402
from sk_builder.review.export import text_files  # noqa: E402
from tests.impor.held_out import EXPECTED as HELD_OUT, draft as held_out_draft  # noqa: E402
from tests.impor.house_draft import EXPECTED as HOUSE, draft as house_draft  # noqa: E402
from tests.impor.kota_drafts import STYLES, draft  # noqa: E402
from tests.render.docx_reading import reading_text  # noqa: E402
from tests.test_parity import coverage, docx_text, grams, html_text, seed_grams  # noqa: E402

SOURCES = ROOT / "sources"


def quiet_import(files, target, timpa=False) -> None:
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        run_impor(list(files), target, timpa, False)


def by_name(files: dict[str, bytes]) -> dict[str, str]:
    import re

    found = {}
    for path, data in files.items():
        text = data.decode()
        name = re.search(r"^Nama: (.*)$", text, re.M)
        found["profil" if path.endswith("profil.txt") else f"standar:{name[1]}" if name else "keputusan"] = text
    return found


def seed_figures(work: Path) -> None:
    reference = seed_grams()
    bundled_build = work / "bundled"
    build(SOURCES / "kota-pasuruan", bundled_build, ("html", "docx"))
    decree = bundled_build / "dokumen" / "kota-pasuruan" / "sekda-167-2024.html"
    print(f"seed 001, {len(reference)} distinct word 4-grams")
    print(f"  {'bundled records':<16} html {coverage(grams(html_text(decree)), reference):.4f}  "
          f"docx {coverage(grams(docx_text(decree.with_suffix('.docx'))), reference):.4f}")
    bundled = by_name(text_files(SOURCES / "kota-pasuruan"))
    for style in STYLES:
        source = work / f"sk-167-2024-{style}.docx"
        source.write_bytes(draft(style))
        target = work / style / "kota-pasuruan"
        quiet_import([source], target)
        build(target, work / style / "build", ("html", "docx"))
        html = next((work / style / "build" / "dokumen" / "kota-pasuruan").glob("*.html"))
        ours = by_name(text_files(target))
        same = sum(1 for key in bundled if key != "profil" and ours.get(key) == bundled[key])
        print(f"  {style:<16} html {coverage(grams(html_text(html)), reference):.4f}  "
              f"docx {coverage(grams(docx_text(html.with_suffix('.docx'))), reference):.4f}  "
              f"texts identical to the bundled records: {same}/{len(bundled) - 1}")


def own_wording(work: Path, label: str, name: str, make, expected: Path) -> None:
    """A decree in another house style: its own 4-grams in the rebuilt DOCX, and the records against
    the ones written for it by hand."""
    source = work / f"{name}.docx"
    source.write_bytes(make())
    target = work / name / expected.name
    quiet_import([source], target)
    build(target, work / name / "build", ("docx",))
    rebuilt = reading_text(next((work / name / "build" / "dokumen" / expected.name).glob("*.docx")).read_bytes())
    own = grams(reading_text(source.read_bytes()))
    ours = {k: v for k, v in text_files(target).items() if not k.endswith("profil.txt")}
    wanted = {k: v for k, v in text_files(expected).items() if not k.endswith("profil.txt")}
    same = sum(1 for k in wanted if ours.get(k) == wanted[k])
    print(f"{label}, {len(own)} distinct word 4-grams of the Word file")
    print(f"  docx {coverage(grams(rebuilt), own):.4f}  texts identical to the hand-written records: "
          f"{same}/{len(wanted)}")


def round_trip(work: Path) -> None:
    out = work / "own"
    build(SOURCES, out, ("docx",))
    print("round trip: sk build --format docx, then sk impor of its DOCX files")
    for region in sorted(p.name for p in SOURCES.iterdir() if (p / "profil.yaml").is_file()):
        folder = out / "dokumen" / region
        files = sorted(folder.glob("*.docx")) + sorted((folder / "standar").glob("*.docx"))
        into = work / "into" / region
        shutil.copytree(SOURCES / region, into)
        quiet_import(files, into, timpa=True)
        fresh = work / "fresh" / region
        quiet_import(files, fresh)
        before = text_files(SOURCES / region)
        row = []
        for name, target in (("into the region", into), ("into an empty folder", fresh)):
            after = text_files(target)
            same = sum(1 for k in before if after.get(k) == before[k])
            differ = [k.split("/", 1)[1] for k in before if after.get(k) != before[k]]
            row.append(f"{name}: {same}/{len(before)} identical" + (f" (differ: {', '.join(differ)})" if differ else ""))
        print(f"  {region:<27} " + "; ".join(row))


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="sk-impor-bench-") as temp:
        work = Path(temp)
        seed_figures(work)
        own_wording(work, "house style (Tirta Wangi)", "kpts-setwan-27-2025", house_draft, HOUSE)
        own_wording(work, "held out (Lembah Hijau, written after the importer)", "kpts-disdukcapil-112-2024",
                    held_out_draft, HELD_OUT)
        round_trip(work)


if __name__ == "__main__":
    main()
