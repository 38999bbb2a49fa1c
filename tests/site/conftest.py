"""Fixtures of the site tests: builds into tmp, a local static server, Debian's Chromium, a hostile source tree.

Test modules cannot import each other (pytest runs with --import-mode=importlib), so helpers are fixtures.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

from sk_builder.build import build

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "sources"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def build_site(tmp_path_factory, name: str, sources: Path | None = None, formats=("site",)) -> Path:
    """Build ``sources`` into a fresh tmp folder; returns the build folder (site under ``site/``)."""
    out = tmp_path_factory.mktemp(name) / "build"
    build(sources or SOURCES, out, tuple(formats))
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    headers_to_send: dict[str, str] = {}

    def log_message(self, *args) -> None:  # noqa: D102 - keep test output clean
        pass

    def end_headers(self) -> None:  # noqa: D102 - the host's own headers, e.g. a Content-Security-Policy
        for name, value in self.headers_to_send.items():
            self.send_header(name, value)
        super().end_headers()


class StaticServer:
    """A plain static file server on 127.0.0.1, as any static host would serve the build (``headers``: what
    the host adds to every response)."""

    def __init__(self, folder: Path, headers: dict[str, str] | None = None):
        handler_class = type("Handler", (_QuietHandler,), {"headers_to_send": dict(headers or {})})
        handler = functools.partial(handler_class, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/"

    def __enter__(self) -> "StaticServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


HOSTILE_PROFILE = """\
nama: Kota <Uji> & "Coba"
pemerintah: Pemerintah Kota <script>alert('profil')</script>
unit: Sekretariat <i>Daerah</i>
telepon: (0343) 1234567 <script>alert('telepon')</script>
kontak_unit:
  Bagian <em>Umum</em>:
    alamat: <img src=x onerror=alert('alamat')>
    laman: "contoh.go.id/<b>x"
"""

HOSTILE_DECREE = """\
jabatan: Sekretaris <b>Daerah</b>
nomor: "1/<x>"
tahun: 2024
tentang: Standar <img src=x onerror=alert(1)>
menimbang:
  - bahwa <script>alert('menimbang')</script>;
mengingat:
  - Undang-Undang Nomor 25 Tahun 2009;
diktum:
  - teks: "Standar pelayanan sebagaimana tercantum dalam Lampiran:"
    daftar_layanan: true
ditetapkan:
  tempat: Uji
  tanggal: 2024-02-01
penandatangan:
  jabatan: Sekretaris Daerah
  nama: Nama <u>Pejabat</u>
lampiran:
  - bagian: Bagian <em>Umum</em>
    layanan: [layanan-jahat]
"""

HOSTILE_SERVICE = """\
nama: Layanan <script>alert('nama')</script> & "kutip"
unit: Bagian <em>Umum</em>
komponen:
  persyaratan: |
    1. <img src=x onerror=alert('uraian')>
    2. [tautan](javascript:alert('tautan'))
    3. https://contoh.go.id/jalur/yang/sangat/panjang/sekali/tanpa/spasi/sama/sekali/untuk/diuji
  prosedur: Datang langsung.
  jangka_waktu: 1 hari
  biaya: Tidak dipungut biaya
  produk: Surat
  pengaduan: pengaduan.dengan.alamat.surel.yang.panjang.sekali@contoh-domain-panjang.go.id
  dasar_hukum: UU 25/2009
  sarana: Meja
  kompetensi: Paham
  pengawasan: Atasan
  jumlah_pelaksana: 1 orang
  jaminan_pelayanan: Tepat
  jaminan_keamanan: Aman
  evaluasi: Setahun sekali
"""

DRAFT_SERVICE = """\
nama: Layanan Draf
unit: Bagian Lain
status: draft
nomor_sk: 060/79/2022
komponen:
  persyaratan: KTP
"""


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} tidak ada (paket Debian chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def hostile_sources(tmp_path_factory) -> Path:
    """A one-region tree whose every text tries to break out of HTML, plus a draft in no decree."""
    root = tmp_path_factory.mktemp("jahat") / "sources"
    region = root / "kota-uji"
    (region / "standar").mkdir(parents=True)
    (region / "keputusan").mkdir()
    (region / "profil.yaml").write_text(HOSTILE_PROFILE, encoding="utf-8")
    (region / "keputusan" / "sk-1.yaml").write_text(HOSTILE_DECREE, encoding="utf-8")
    (region / "standar" / "layanan-jahat.yaml").write_text(HOSTILE_SERVICE, encoding="utf-8")
    (region / "standar" / "layanan-draf.yaml").write_text(DRAFT_SERVICE, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def sources_dir() -> Path:
    """The repository's source records (four regions)."""
    return SOURCES


@pytest.fixture(scope="session")
def site_build(tmp_path_factory):
    """Build sources into a fresh tmp folder: ``site_build(name, sources=None, formats=("site",))``."""
    return functools.partial(build_site, tmp_path_factory)


@pytest.fixture(scope="session")
def static_server():
    """The StaticServer class: ``with static_server(folder) as server: server.url``."""
    return StaticServer


@pytest.fixture(scope="session")
def site_only(site_build) -> Path:
    """One site-only build of the repository's sources, shared by the modules that only read it."""
    return site_build("situs")
