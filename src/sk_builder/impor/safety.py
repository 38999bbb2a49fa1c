"""Opening untrusted input safely: size, password protection, zip bombs and XML entity attacks.

A DOCX is a zip archive of XML parts. Before anything is unpacked the archive's directory is
checked: how many entries, how much they unpack to in all, and how much each entry grows. XML is
parsed with entity resolution, DTD loading and network access off, and a part that declares a
DOCTYPE at all is refused (Word never writes one; entity tricks need one).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .report import BOMB, NOT_DOCX, PROTECTED, TOO_LARGE, UNREADABLE, UNSAFE_XML, fail

MAX_FILE = 50_000_000          # bytes of the file as given
MAX_UNPACKED = 200_000_000     # bytes of all entries unpacked
MAX_PART = 60_000_000          # bytes of one entry unpacked
MAX_RATIO = 120                # unpacked / packed size of one entry (Word's XML packs about 10:1)
MAX_ENTRIES = 5_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_input(path: Path, shown: str) -> bytes:
    """The bytes of an input file, refused when missing or larger than the limit."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise fail(shown, UNREADABLE, "bukan berkas biasa")
        if size > MAX_FILE:
            raise fail(shown, TOO_LARGE, f"berkas terlalu besar ({size / 1e6:.1f} MB; batas {MAX_FILE // 1_000_000} MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise fail(shown, UNREADABLE, "berkas tidak ditemukan") from None
    except PermissionError:
        raise fail(shown, UNREADABLE, "berkas tidak dapat dibaca (izin ditolak)") from None
    except IsADirectoryError:
        raise fail(shown, UNREADABLE, "yang diberikan adalah folder, bukan berkas") from None


@dataclass
class Package:
    """The parts of a checked DOCX archive, read on demand with a size bound."""

    shown: str
    archive: zipfile.ZipFile

    def names(self) -> list[str]:
        """Every part name."""
        return self.archive.namelist()

    def has(self, name: str) -> bool:
        """Whether the part exists."""
        return name in self.archive.NameToInfo

    def read(self, name: str) -> bytes:
        """The bytes of one part, never more than its declared (and checked) size."""
        info = self.archive.getinfo(name)
        try:
            with self.archive.open(info) as stream:
                data = stream.read(info.file_size + 1)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
            raise fail(self.shown, NOT_DOCX, f"bagian {name} rusak: {exc}") from None
        if len(data) > info.file_size:
            raise fail(self.shown, BOMB, f"bagian {name} lebih besar daripada yang dicatat arsip")
        return data

    def xml(self, name: str):
        """One part parsed as XML, safely (see the module docstring)."""
        return parse_xml(self.read(name), self.shown, name)


def open_docx(data: bytes, shown: str) -> Package:
    """A DOCX archive, after the protection, zip-bomb and structure checks."""
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data or b"EncryptionInfo" in data:
            raise fail(shown, PROTECTED, "dokumen dilindungi kata sandi; buka di Word, hapus kata sandinya "
                                         "(File → Info → Protect Document), simpan, lalu impor lagi")
        raise fail(shown, PROTECTED, "dokumen Word 97-2003 (.doc); simpan sebagai .docx di Word atau LibreOffice, "
                                     "lalu impor lagi")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise fail(shown, NOT_DOCX, "bukan berkas DOCX (bukan arsip zip Office Open XML)") from None
    _check_sizes(archive, shown)
    package = Package(shown, archive)
    if not package.has("[Content_Types].xml") or not package.has("word/document.xml"):
        raise fail(shown, NOT_DOCX, "bukan dokumen Word: word/document.xml tidak ada dalam arsip")
    return package


def _check_sizes(archive: zipfile.ZipFile, shown: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise fail(shown, BOMB, f"arsip berisi {len(infos)} bagian (batas {MAX_ENTRIES}); bukan dokumen Word biasa")
    total = 0
    for info in infos:
        total += info.file_size
        grows = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART or (info.file_size > 1_000_000 and grows > MAX_RATIO):
            raise fail(shown, BOMB, f"bagian {info.filename} membesar menjadi {info.file_size / 1e6:.0f} MB "
                                    f"({grows:.0f}x); arsip ditolak sebagai bom zip")
    if total > MAX_UNPACKED:
        raise fail(shown, BOMB, f"isi arsip {total / 1e6:.0f} MB setelah dibuka (batas {MAX_UNPACKED // 1_000_000} MB); "
                                "arsip ditolak sebagai bom zip")


def _parser(html: bool = False):
    if html:
        return etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, default_doctype=False)
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True)


def parse_xml(data: bytes, shown: str, name: str):
    """Parse one XML part: no DOCTYPE, no entities, no network, no huge trees."""
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise fail(shown, UNSAFE_XML, f"bagian {name} memuat DOCTYPE/ENTITY; ditolak (serangan entitas XML)")
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise fail(shown, UNSAFE_XML, f"bagian {name} bukan XML yang utuh: {exc.msg}") from None


def parse_html(data: bytes, shown: str):
    """Parse a web page with lxml's HTML parser (no network, comments and processing instructions dropped)."""
    if b"<!entity" in data.lower():
        raise fail(shown, UNSAFE_XML, "halaman memuat deklarasi ENTITY; ditolak")
    try:
        from lxml import html as lxml_html

        root = lxml_html.document_fromstring(data, parser=_parser(html=True))
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise fail(shown, NOT_DOCX, f"halaman tidak dapat dibaca sebagai HTML: {exc}") from None
    return root
