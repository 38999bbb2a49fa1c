"""Every diagnostic sk-builder reports, by its stable code: the phase that reports it, its severity,
whether an ``abaikan`` entry may silence it, whether it is on by default, and what it means.

This is the one list of codes. Reports refuse a code that is not here (so a mistyped literal fails
the tests), the records validate ``abaikan`` entries against it without importing the checker, the
checker takes its rules' titles and defaults from it, and README's tables of codes are generated
from it (``python scripts/readme_codes.py``; a test keeps them current). It imports nothing of
sk-builder, so every layer may use it.
"""

from __future__ import annotations

from dataclasses import dataclass

PHASES = {
    "muat": "loading and validation (`sk validate`, every command that reads the sources)",
    "bangun": "building (`sk build`)",
    "bagan": "flowcharts and SOPs",
    "periksa": "drafting rules (`sk check`)",
    "impor": "`sk impor`",
    "ekspor": "`sk ekspor`",
}


@dataclass(frozen=True)
class Code:
    """One diagnostic code. ``severity``: "error", "warning", "note" (informational) or "info" (only with
    ``sk impor --rinci``); ``default`` False: off unless asked for (``sk check --semua``)."""

    code: str
    phase: str
    severity: str
    title: str
    silenceable: bool = False
    default: bool = True


def _rule(code: str, severity: str, title: str, default: bool = True) -> Code:
    """A drafting rule of ``sk check``: silenceable by ``abaikan``."""
    return Code(code, "periksa", severity, title, silenceable=True, default=default)


CODES: dict[str, Code] = {c.code: c for c in (
    Code("SK101", "muat", "error", "YAML syntax error"),
    Code("SK102", "muat", "error", "wrong type (text, number, list, mapping…)"),
    Code("SK103", "muat", "error", "required field or component missing"),
    Code("SK104", "muat", "error", 'unknown key (with a "did you mean" suggestion)'),
    Code("SK105", "muat", "error", "value not allowed (e.g. `kertas: A5`, empty list)"),
    Code("SK106", "muat", "error", "date that does not exist or is not `YYYY-MM-DD`"),
    Code("SK107", "muat", "error", "invalid NIP (18 digits, real birth date, appointment month, sex digit, 8-6-1-3 "
                                   "grouping)"),
    Code("SK108", "muat", "error", "duplicate id (also two file or folder names that differ only in Unicode form, "
                                   "NFC/NFD), or a service listed twice in one lampiran"),
    Code("SK109", "muat", "error", "a decree names a service whose file does not exist"),
    Code("SK110", "muat", "error", "a file that is named (emblem) or needed does not exist"),
    Code("SK111", "muat", "error", "a file reference leaves the source tree (`../`, absolute path, symlink)"),
    Code("SK112", "muat", "error", "file is not UTF-8"),
    Code("SK113", "muat", "error", "file starts with a byte-order mark"),
    Code("SK114", "muat", "error", "tab used for indentation"),
    Code("SK115", "muat", "error", "empty file"),
    Code("SK116", "muat", "error", "file, text or image too large; more than 1000 emphasis or link marks in one field"),
    Code("SK117", "muat", "error", "list nested deeper than four levels; emphasis or links nested deeper than eight"),
    Code("SK118", "muat", "error", "the same key twice in one mapping"),
    Code("SK119", "muat", "error", "an `abaikan` entry names an unknown rule or field"),
    Code("SK120", "bangun", "error", "a font the profile asks for is not installed"),
    Code("SK121", "muat", "error", "the emblem is not a PNG, JPEG or SVG image by its content (whatever its name)"),
    Code("SK122", "muat", "error", "the SVG emblem could run or fetch something: script, event attribute, "
                                   "`foreignObject`, a link or `url()` leaving the file, DTD or entities"),
    Code("SK123", "muat", "error", "the image is damaged, or has more than 25 million pixels"),
    Code("SK124", "bangun", "warning", "a character no installed font can draw (it would print blank in the PDF)"),
    Code("SK125", "muat", "error", "a control character, lone surrogate or bidi override in a text, key or file name"),
    Code("SK126", "muat", "warning", "the emblem is still the placeholder `sk init` wrote (the letterhead says "
                                     "CONTOH); recognised by its exact bytes"),
    Code("SK127", "muat", "warning", "a folder or file in a region that sk-builder does not read (`keputusn/`, "
                                     "`Standar/`, `standar/x.yaml.bak`), with \"maksud Anda …?\""),
    Code("SK128", "muat", "warning", "a folder beside the regions without `profil.yaml`, so nothing in it is read"),
    Code("SK129", "muat", "error", "a Maklumat Pelayanan names a unit that no standard of its region gives as `unit`"),
    Code("SK130", "muat", "error", "a second Maklumat Pelayanan for a unit that has one already"),
    Code("SK131", "muat", "warning", "a NIP typed with odd spacing (\"19640828 198802 1 00 1\"): read as its 18 "
                                     "digits, printed 8-6-1-3; the warning shows the normalised form"),
    Code("SK132", "muat", "error", "a region's template (`templat`) that cannot be used: it overrides no package "
                                   "template or block, does not parse or compile, names a template that does not exist "
                                   "or itself, or fails when a document is rendered"),
    Code("SK133", "muat", "error", "the Word reference document (`dokumen_acuan`) is not a plain Word document by its "
                                   "content: macros (`.docm`), a template, damaged, a zip bomb, DOCTYPE or entities, "
                                   "links to files outside it"),
    Code("SK201", "muat", "warning", "a draft standard lacks components"),
    _rule("SK301", "warning", 'butir daftar diakhiri ";" (tidak "." di tengah daftar)'),
    _rule("SK302", "warning", 'butir sebelum terakhir diakhiri "; dan", "; atau" atau "; dan/atau"'),
    _rule("SK303", "warning", 'butir terakhir daftar diakhiri "."'),
    _rule("SK304", "warning", 'butir yang memuat sub-butir diakhiri ":"'),
    _rule("SK305", "warning", "penanda daftar berurutan, tanpa melompat atau berganti jenis"),
    _rule("SK306", "warning", "butir daftar tidak kosong"),
    _rule("SK307", "warning", "daftar dimulai dari a atau 1"),
    _rule("SK308", "warning", "daftar pendek berupa nama (jabatan, kontak) diberi tanda baca daftar", default=False),
    _rule("SK311", "warning", "angka dan kata bilangan dalam kurung sama nilainya"),
    _rule("SK312", "warning", "kata bilangan dalam kurung ditulis dengan huruf kecil"),
    _rule("SK321", "warning", 'butir Menimbang diawali "bahwa"'),
    _rule("SK322", "warning", 'butir Menimbang terakhir: "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam '
                              'huruf a, ..."'),
    _rule("SK323", "warning", "dasar hukum diurutkan menurut hierarki peraturan, lalu tahun"),
    _rule("SK324", "warning", "satu peraturan tidak dicantumkan dua kali dalam satu daftar dasar hukum"),
    _rule("SK325", "warning", "satu peraturan dirujuk dengan nomor, tahun dan judul yang sama di semua keputusan dan "
                              "standar"),
    _rule("SK331", "warning", 'komponen berisi teks pengisi ("-", "...", "belum diisi") alih-alih uraian'),
    _rule("SK332", "warning", "keputusan tidak memuat standar yang masih berstatus draft"),
    _rule("SK333", "warning", "nama standar pelayanan tidak sama dengan standar lain di wilayah yang sama"),
    _rule("SK334", "warning", "isi komponen tidak sama persis dengan standar lain di wilayah yang sama"),
    _rule("SK335", "warning", 'baris kontak berisi ("Laman: https://...", bukan "Laman:" saja)', default=False),
    _rule("SK341", "warning", "judul, nama dan jabatan tanpa tanda baca di akhir"),
    _rule("SK342", "warning", 'kata tugas di dalam judul ditulis huruf kecil ("Data dan Informasi")'),
    _rule("SK343", "warning", 'jenis peraturan ditulis "Undang-Undang" (kedua kata berhuruf kapital)'),
    _rule("SK344", "warning", 'rujukan peraturan ditulis "Nomor ... Tahun ... tentang ...": "Nomor" dan "Tahun" '
                              'berhuruf kapital dan tidak salah eja, "tentang" berhuruf kecil'),
    _rule("SK345", "warning", 'kata atau frasa tidak berulang karena salah ketik ("yang yang")'),
    _rule("SK346", "warning", "satu unit kerja ditulis dengan nama yang sama di semua standar"),
    _rule("SK347", "warning", "layanan yang disebut dalam diktum sama dengan judul standar di lampiran"),
    _rule("SK351", "warning", "NIP yang ditulis di dalam teks valid dan dikelompokkan 8-6-1-3"),
    _rule("SK352", "warning", "NIP penandatangan masuk akal pada tanggal penetapan"),
    _rule("SK353", "warning", "penandatangan yang berpangkat PNS ditulis dengan NIP-nya"),
    _rule("SK361", "warning", 'tanggal di dalam teks ada dan nama bulannya baku ("15 Januari 2024")'),
    _rule("SK362", "warning", 'tidak ada koma sesudah "tanggal" ("pada tanggal 3 Agustus 2023")'),
    _rule("SK363", "warning", "tahun nomor keputusan sama dengan tahun tanggal penetapan"),
    _rule("SK364", "warning", "tahun yang ditulis di judul dan di nomor keputusan sama dengan tahun keputusan"),
    _rule("SK371", "warning", "rujukan diktum menunjuk diktum lain yang ada"),
    _rule("SK372", "warning", "keputusan yang dicabut terbit sebelum keputusan ini dan nomornya masuk akal"),
    _rule("SK376", "warning", "keterangan bagan alir memuat satu butir untuk setiap langkah bagan"),
    _rule("SK377", "warning", "butir keterangan bagan alir menyebut langkah yang sama dengan kotaknya"),
    _rule("SK380", "note", "kamus ejaan bahasa Indonesia (hunspell-id) tersedia"),
    _rule("SK381", "warning", "kata ditulis baku dan ada dalam kamus"),
    _rule("SK382", "warning", "alamat laman dan pos-el ditulis dengan bentuk yang benar"),
    _rule("SK383", "warning", "alamat laman dan pos-el wilayah sendiri memakai domain wilayah"),
    _rule("SK384", "warning", "istilah asing ditulis miring", default=False),
    Code("SK390", "periksa", "warning", "setiap entri abaikan membungkam sedikitnya satu temuan", silenceable=False),
    Code("SK391", "periksa", "error", "the `--baseline` file is not a baseline (or a line of it is malformed), or "
                                      "would be overwritten without `--perbarui-baseline`"),
    Code("SK401", "bagan", "error", "a step (or activity) id is used twice"),
    Code("SK402", "bagan", "error", "an arrow, `ya` or `tidak` leads from or to a step that does not exist"),
    Code("SK403", "bagan", "error", "a step no arrow reaches from the start"),
    Code("SK404", "bagan", "error", "a decision without two branches with different labels"),
    Code("SK405", "bagan", "error", "an activity names a performer missing from `pelaksana`"),
    Code("SK406", "bagan", "error", "a performer listed twice in `pelaksana`"),
    Code("SK407", "bagan", "error", "an arrow leaving an end (`selesai`)"),
    Code("SK408", "bagan", "error", "`ya`/`tidak` on an activity that is not a decision"),
    Code("SK409", "bagan", "error", "`standar:` names a standard the region does not have"),
    Code("SK410", "bagan", "error", "the identity block of a final SOP lacks `nomor`, `tanggal.pembuatan`, "
                                    "`tanggal.efektif` or `disahkan` (a warning while `status: draft`)"),
    Code("SK411", "bagan", "error", "`setelah` names no item of the procedure text, or several"),
    Code("SK412", "bagan", "warning", "`judul_keterangan` on a chart printed without explanations "
                                      "(`keterangan: false`)"),
    Code("SK500", "impor", "info", "(with `--rinci`) a value mapped, and from where"),
    Code("SK501", "impor", "error", "the file cannot be read (missing, a folder, no permission)"),
    Code("SK502", "impor", "error", "not a DOCX (not a zip, `word/document.xml` missing, a damaged part) or not a "
                                    "readable page"),
    Code("SK503", "impor", "error", "password-protected document or Word 97-2003 `.doc`"),
    Code("SK504", "impor", "error", "file larger than 50 MB"),
    Code("SK505", "impor", "error", "archive that unpacks to far more than it holds (zip bomb)"),
    Code("SK506", "impor", "error", "XML with a DOCTYPE or entities, or broken XML"),
    Code("SK507", "impor", "error", "nothing usable: no decree, no standard table, no standard on the page"),
    Code("SK508", "impor", "error", "a record would be overwritten (use `--timpa`)"),
    Code("SK509", "impor", "error", "`--ke` is a file or a symbolic link"),
    Code("SK510", "impor", "error", "the imported records do not validate (the loader\'s own code follows)"),
    Code("SK520", "impor", "warning", "a guessed value; the YAML carries the reason as a comment"),
    Code("SK521", "impor", "warning", "text, a row or a label that no field takes"),
    Code("SK522", "impor", "warning", "a picture, chart or emblem that is not imported"),
    Code("SK523", "impor", "warning", "components the source does not give"),
    Code("SK524", "impor", "warning", "the kop differs from the region\'s existing profile, which is kept"),
    Code("SK601", "ekspor", "error", "`sk ekspor jdih`: a region with decrees has no `url_dasar` (the feed needs "
                                     "absolute addresses)"),
    Code("SK602", "ekspor", "error", "`sk ekspor`: nothing to export (no decree; for `sippn`, no final standard)"),
    Code("SK603", "ekspor", "error", "`sk ekspor sippn`: a component longer than one Excel cell (32,767 characters)"),
)}

SILENCEABLE = frozenset(code for code, entry in CODES.items() if entry.silenceable)
"""The codes an ``abaikan`` entry may name: the drafting rules (an unused entry, SK390, may not be silenced)."""


def known(code: str) -> bool:
    """Whether a code is in the catalogue."""
    return code in CODES


def readme_table(phases: tuple[str, ...]) -> str:
    """README's table of the codes of some phases (Markdown), as ``scripts/readme_codes.py`` writes it."""
    rows = ["| code | severity | meaning |", "| --- | --- | --- |"]
    for entry in CODES.values():
        if entry.phase in phases:
            severity = entry.severity if entry.default else f"{entry.severity}, off by default (`--semua`)"
            rows.append(f"| {entry.code} | {severity} | {entry.title.replace('|', '&#124;')} |")
    return "\n".join(rows) + "\n"
