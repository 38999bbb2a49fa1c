"""A synthetic region of N services grown from the Kota Pasuruan records, in decrees of about 20 each."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from ruamel.yaml import YAML

SEED = Path(__file__).resolve().parents[1] / "sources" / "kota-pasuruan"
DECREE_SIZE = 20
REGION = "kota-pasuruan"

VARIANTS = ("Terpadu", "Daring", "Keliling", "Prioritas", "Reguler", "Khusus", "Lanjutan", "Dasar")
SENTENCES = (
    "Pelayanan diberikan pada hari dan jam kerja sesuai ketentuan yang berlaku.",
    "Pengguna layanan dapat memantau status permohonan melalui petugas loket.",
    "Setiap perubahan persyaratan diumumkan paling lambat 7 (tujuh) hari sebelum berlaku.",
    "Petugas memastikan kelengkapan berkas sebelum permohonan diteruskan kepada pejabat yang berwenang.",
    "Dokumen yang telah diverifikasi diarsipkan sesuai ketentuan kearsipan daerah.",
    "Masukan masyarakat dihimpun dan dibahas dalam rapat evaluasi berkala.",
)
GROWN = ("produk", "jaminan_pelayanan", "sarana", "pengawasan", "evaluasi")


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.preserve_quotes = True
    return yaml


def _read(path: Path):
    return _yaml().load(path.read_text(encoding="utf-8"))


def _write(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        _yaml().dump(data, handle)


def _literal(text: str):
    from ruamel.yaml.scalarstring import LiteralScalarString

    return LiteralScalarString(text)


def grown_standard(base: dict, number: int, rng: random.Random) -> dict:
    """A copy of a real standard with a new name and some components lengthened by plain paragraphs."""
    record = dict(base)
    record["nama"] = f"{base['nama']} {VARIANTS[number % len(VARIANTS)]} {number}"
    record.pop("judul", None)
    komponen = dict(base["komponen"])
    for key in rng.sample(GROWN, rng.randint(0, len(GROWN))):
        extra = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 6)))
        komponen[key] = _literal(str(komponen[key]).rstrip("\n") + "\n\n" + extra + "\n")
    record["komponen"] = komponen
    return record


def decree(base: dict, number: int, groups: list[tuple[str, list[str]]]) -> dict:
    """A copy of the real decree with its own number and a lampiran of the given (bagian, services)."""
    record = dict(base)
    record["nomor"] = str(100 + number)
    record["lampiran"] = [{"bagian": bagian, "layanan": ids} for bagian, ids in groups]
    return record


def _groups(ids: list[str], units: dict[str, str]) -> list[tuple[str, list[str]]]:
    groups: dict[str, list[str]] = {}
    for service_id in ids:
        groups.setdefault(units[service_id], []).append(service_id)
    return list(groups.items())


def write_corpus(root: Path, services: int, seed: int = 167, decree_size: int = DECREE_SIZE) -> Path:
    """Write a one-region source tree of ``services`` standards under ``root``, in decrees of ``decree_size``
    standards; returns ``root``."""
    rng = random.Random(seed)
    region = root / REGION
    region.mkdir(parents=True, exist_ok=True)
    for name in ("profil.yaml", "lambang.svg"):
        shutil.copyfile(SEED / name, region / name)
    bases = [_read(p) for p in sorted((SEED / "standar").glob("*.yaml"))]
    units: dict[str, str] = {}
    ids: list[str] = []
    for number in range(1, services + 1):
        base = bases[(number - 1) % len(bases)]
        service_id = f"layanan-{number:04d}"
        _write(region / "standar" / f"{service_id}.yaml", grown_standard(base, number, rng))
        units[service_id] = str(base["unit"])
        ids.append(service_id)
    base_decree = _read(SEED / "keputusan" / "sekda-167-2024.yaml")
    for number, start in enumerate(range(0, services, decree_size), start=1):
        chunk = ids[start:start + decree_size]
        _write(region / "keputusan" / f"sekda-{100 + number}-2024.yaml", decree(base_decree, number, _groups(chunk, units)))
    return root


def edit_service(root: Path, number: int = 1) -> Path:
    """Append one sentence to a service's product text, as a drafter's small edit would."""
    path = root / REGION / "standar" / f"layanan-{number:04d}.yaml"
    record = _read(path)
    record["komponen"]["produk"] = _literal(str(record["komponen"]["produk"]).rstrip("\n") + " Telah diperbarui.\n")
    _write(path, record)
    return path


if __name__ == "__main__":
    import sys

    target = write_corpus(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 500)
    print(target)
