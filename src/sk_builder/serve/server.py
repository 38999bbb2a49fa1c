"""The preview's HTTP server: files of the last good build, the reload script in every HTML page, the build status.

Only what the last successful build published is served (paths stay inside it). HTML pages get
two tags before ``</head>``: the reload script and its stylesheet, both files under ``/__sk/``, so
the website keeps working under the Content-Security-Policy the server sends, the same one a host
is advised to send for the real site.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"
PREFIX = "/__sk/"
DOCUMENTS = "/dokumen/"
"""The documents' HTML (also the PDF's source) is self-contained, with its emblem as a data: URI and its own
styles; the strict CSP is the website's (README, *Security*), so it is sent for everything else."""
TAGS = (b'<link rel="stylesheet" href="/__sk/muat-ulang.css">'
        b'<script src="/__sk/muat-ulang.js" defer></script>')
ASSETS = {"muat-ulang.js": "text/javascript; charset=utf-8", "muat-ulang.css": "text/css; charset=utf-8"}
WAITING = ("<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>sk serve</title></head>"
           "<body><h1>sk serve</h1><p>Belum ada build yang berhasil. Perbaiki kesalahan di bawah; halaman ini "
           "dimuat ulang sendiri setelah build berhasil.</p></body></html>")


@dataclass
class Status:
    """What the open pages ask for: the build's version (it changes when a build succeeds) and its errors."""

    version: int = 0
    errors: list[str] = field(default_factory=list)
    built: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def succeeded(self) -> None:
        """A build was published: pages reload."""
        with self.lock:
            self.version += 1
            self.errors = []
            self.built = True

    def failed(self, lines: list[str]) -> None:
        """A build failed: pages show why (and keep the last good build)."""
        with self.lock:
            self.errors = list(lines)

    def json(self) -> bytes:
        """The status as the reload script reads it."""
        with self.lock:
            return json.dumps({"versi": self.version, "galat": self.errors}, ensure_ascii=False).encode("utf-8")


class Handler(SimpleHTTPRequestHandler):
    """Serves the build folder, the status and the reload assets; HTML pages get the reload tags."""

    status: Status

    def __init__(self, *args, status: Status, **kwargs):
        self.status = status
        super().__init__(*args, **kwargs)

    def end_headers(self) -> None:
        if not self.path.startswith(DOCUMENTS):  # the documents embed their emblem and styles: not for a host
            self.send_header("Content-Security-Policy", CSP)
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's name
        """Quiet: the terminal is for build messages."""

    head_only = False

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's name
        self.head_only = True
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path.startswith(PREFIX):
            return self._internal(path[len(PREFIX):])
        if path == "/favicon.ico":  # asked for by browsers on pages without an icon (the documents)
            return self._send(204, "image/x-icon", b"")
        if path == "/":
            if not self.status.built:
                return self._send(200, "text/html; charset=utf-8", _inject(WAITING.encode("utf-8")))
            self.send_response(302)
            self.send_header("Location", "/site/index.html")
            self.end_headers()
            return None
        local = Path(self.translate_path(path))
        if local.is_dir() and (local / "index.html").is_file() and path.endswith("/"):
            local = local / "index.html"
        if local.suffix == ".html" and local.is_file():
            return self._send(200, "text/html; charset=utf-8", _inject(local.read_bytes()))
        return super().do_HEAD() if self.head_only else super().do_GET()

    def _internal(self, name: str) -> None:
        if name == "status":
            return self._send(200, "application/json; charset=utf-8", self.status.json())
        if name in ASSETS:
            data = resources.files(__package__).joinpath(name).read_bytes()
            return self._send(200, ASSETS[name], data)
        return self._send(404, "text/plain; charset=utf-8", "tidak ada\n".encode("utf-8"))

    def _send(self, code: int, kind: str, data: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if not self.head_only:
            self.wfile.write(data)


def _inject(page: bytes) -> bytes:
    """The page with the reload tags before ``</head>`` (or at its end)."""
    at = page.lower().find(b"</head>")
    return page[:at] + TAGS + page[at:] if at != -1 else page + TAGS


def server(folder: Path, host: str, port: int, status: Status) -> ThreadingHTTPServer:
    """An HTTP server of ``folder`` on host:port (port 0: any free port)."""
    handler = partial(Handler, directory=str(folder), status=status)
    httpd = ThreadingHTTPServer((host, port), handler)
    httpd.daemon_threads = True
    return httpd
