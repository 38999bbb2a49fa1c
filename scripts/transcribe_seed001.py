#!/usr/bin/env python3
"""Draft transcription of seed 001 (Keputusan Sekda Kota Pasuruan 167/2024) into standar YAML.

This is a one-off helper, not part of the toolchain.  It splits the seed's lampiran into the
18 service tables, joins table cells that continue on the next page, strips the HTML tags of
the extraction and splits flattened numbered lists ("1. A; 2. B; dan 3. C.") back into one item
per line.  Its output is a DRAFT: the committed files under sources/kota-pasuruan/standar/ were
reviewed and edited by hand afterwards (nested lists, sub-headings, comments for seed defects).
It therefore writes into a separate directory and never into sources/.

Usage:  python scripts/transcribe_seed001.py SEED.txt OUTDIR
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

LABELS = {
    ("P", 1): "persyaratan",
    ("P", 2): "prosedur",
    ("P", 3): "jangka_waktu",
    ("P", 4): "biaya",
    ("P", 5): "produk",
    ("P", 6): "pengaduan",
    ("K", 1): "dasar_hukum",
    ("K", 2): "sarana",
    ("K", 3): "kompetensi",
    ("K", 4): "pengawasan",
    ("K", 5): "jumlah_pelaksana",
    ("K", 6): "jaminan_pelayanan",
    ("K", 7): "jaminan_keamanan",
    ("K", 8): "evaluasi",
}
ORDER = [LABELS[k] for k in sorted(LABELS, key=lambda k: (k[0] != "P", k[1]))]

ROW = re.compile(r"^(\d+)\.\t([^\t]*)\t(.*)$")


def split_tables(lines: list[str]) -> list[dict]:
    """Services of the lampiran, each with its Bagian, title and raw component texts."""
    start = next(i for i, line in enumerate(lines) if line.strip() == "LAMPIRAN")
    services: list[dict] = []
    bagian = None
    current = None
    group = None
    last = None
    in_table = False
    i = start + 1
    while i < len(lines):
        line = lines[i].rstrip("\n")
        bare = line.strip().strip("*").strip()
        if re.fullmatch(r"BAGIAN [A-Z ]+", bare):
            bagian = bare
        elif bare.startswith("STANDAR PELAYANAN"):
            title = [bare]
            while i + 1 < len(lines) and lines[i + 1].strip():
                i += 1
                title.append(lines[i].strip().strip("*").strip())
            current = {"bagian": bagian, "title": " ".join(title), "raw": {}}
            services.append(current)
            in_table = True
        elif bare.startswith("Ditetapkan di"):
            in_table = False
        elif not in_table or not bare:
            pass
        elif bare.startswith("No.\tKomponen") or bare.startswith("No.") and "Komponen" in bare:
            pass
        elif re.fullmatch(r"-+\t?-*\t?-*", bare):
            pass
        elif bare.startswith("Penyampaian Layanan"):
            group = "P"
        elif bare.startswith("Pengelolaan Pelayanan"):
            group = "K"
        elif m := ROW.match(line):
            last = LABELS[(group, int(m.group(1)))]
            current["raw"][last] = [m.group(3)]
        elif line.startswith("\t") and line.strip() in ("dan Keselamatan Pelayanan",):
            pass  # label continued on the next page
        else:
            current["raw"][last].append(line.strip())
        i += 1
    return services


def inline(text: str) -> str:
    text = re.sub(r"<i>(.*?)</i>", r"*\1*", text)
    text = re.sub(r"</?(ol|ul|li)[^>]*>", " ", text)
    return text


def split_numbered(text: str) -> list[str] | None:
    """Split "1. A; 2. B; dan 3. C." into items when the numbers run 1, 2, 3, ..."""
    text = text.strip()
    if not re.match(r"1\.\s", text):
        return None
    items = []
    n = 1
    pos = 0
    while True:
        nxt = re.search(rf"(?:(?<=\s)|(?<=;)){n + 1}\.\s", text[pos + 1:])
        if not nxt:
            items.append(text[pos:].strip())
            break
        cut = pos + 1 + nxt.start()
        items.append(text[pos:cut].strip())
        pos = cut
        n += 1
    return [re.sub(r"^(\d+\.)\s*", r"\1 ", it) for it in items]


def to_markdown(parts: list[str], component: str) -> str:
    text = " ".join(p.strip() for p in parts)
    text = inline(text)
    paras = [p.strip() for p in re.split(r"</?p>", text) if p.strip()]
    if not paras:
        return ""
    # <p>-encoded list items: join into one text and split sequentially again
    joined = " ".join(paras)
    joined = re.sub(r"\s+", " ", joined).strip()
    items = split_numbered(joined)
    if items:
        return "\n".join(items) + "\n"
    if component == "pengaduan":
        joined = re.sub(r"\s+(Pos-el\s*:|Telepon\s*:|Fax\s*:|Whatsapp\s*:)", r"\n\1", joined)
    return joined + "\n"


def block(key: str, text: str) -> str:
    body = "".join(f"    {line}\n" if line else "\n" for line in text.rstrip("\n").split("\n"))
    return f"  {key}: |\n{body}"


def main() -> None:
    seed, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    services = split_tables(seed.read_text(encoding="utf-8").splitlines())
    for n, svc in enumerate(services, 1):
        lines = [
            "# yaml-language-server: $schema=../../../schemas/standar.schema.json\n",
            f"# DRAFT {svc['bagian']} / {svc['title']}\n",
            "komponen:\n",
        ]
        for key in ORDER:
            lines.append(block(key, to_markdown(svc["raw"].get(key, []), key)))
        (out / f"{n:02d}.yaml").write_text("".join(lines), encoding="utf-8")
    print(f"{len(services)} services written to {out}")


if __name__ == "__main__":
    main()
