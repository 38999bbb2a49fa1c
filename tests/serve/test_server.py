"""The preview server: reload tags in HTML only, the status, the CSP header, nothing outside the build folder."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest

from sk_builder.serve.server import CSP, TAGS, Status, server
from sk_builder.serve.watch import changed, snapshot


@pytest.fixture()
def preview(tmp_path):
    folder = tmp_path / "build"
    (folder / "site").mkdir(parents=True)
    (folder / "site" / "index.html").write_bytes(b"<html><head><title>x</title></head><body>isi</body></html>")
    (folder / "site" / "data.json").write_bytes(b'{"a": 1}')
    (folder / "dokumen").mkdir()
    (folder / "dokumen" / "k.html").write_bytes(b"<html><head></head><body>keputusan</body></html>")
    (tmp_path / "rahasia.txt").write_text("jangan")
    status = Status()
    httpd = server(folder, "127.0.0.1", 0, status)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", status
    httpd.shutdown()
    httpd.server_close()


def _get(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, dict(response.headers), response.read()


def test_html_pages_get_the_reload_tags_and_other_files_do_not(preview):
    url, status = preview
    code, headers, body = _get(url + "/site/index.html")
    assert code == 200 and body == b"<html><head><title>x</title>" + TAGS + b"</head><body>isi</body></html>"
    assert headers["Content-Security-Policy"] == CSP
    assert _get(url + "/site/data.json")[2] == b'{"a": 1}'
    assert b"window.location.reload" in _get(url + "/__sk/muat-ulang.js")[2]


def test_the_root_waits_for_a_build_then_opens_the_site(preview):
    url, status = preview
    assert b"Belum ada build yang berhasil" in _get(url + "/")[2]
    status.succeeded()
    code, _, body = _get(url + "/")
    assert code == 200 and body.startswith(b"<html><head><title>x</title>")


def test_the_status_counts_builds_and_carries_errors(preview):
    url, status = preview
    assert json.loads(_get(url + "/__sk/status")[2]) == {"versi": 0, "galat": []}
    status.failed(["a.yaml:1:1: error SK101 <b>"])
    assert json.loads(_get(url + "/__sk/status")[2]) == {"versi": 0, "galat": ["a.yaml:1:1: error SK101 <b>"]}
    status.succeeded()
    assert json.loads(_get(url + "/__sk/status")[2]) == {"versi": 1, "galat": []}


def test_nothing_outside_the_build_folder_is_served(preview):
    url, _ = preview
    for path in ("/../rahasia.txt", "/%2e%2e/rahasia.txt", "/site/../../rahasia.txt", "/__sk/../rahasia.txt"):
        with pytest.raises(urllib.error.HTTPError):
            _get(url + path)


def test_changes_are_seen_by_size_or_time_and_hidden_files_ignored(tmp_path):
    (tmp_path / "a.yaml").write_text("x")
    before = snapshot([tmp_path])
    (tmp_path / ".sk-cache").mkdir()
    (tmp_path / ".sk-cache" / "b").write_text("y")
    (tmp_path / "a.yaml~").write_text("z")
    assert changed(before, snapshot([tmp_path])) == []
    (tmp_path / "a.yaml").write_text("xx")
    (tmp_path / "c.yaml").write_text("c")
    assert changed(before, snapshot([tmp_path])) == [str(tmp_path / "a.yaml"), str(tmp_path / "c.yaml")]


def test_the_documents_are_served_without_the_sites_csp_and_no_icon_is_missing(preview):
    url, _ = preview
    _, headers, body = _get(url + "/dokumen/k.html")
    assert "Content-Security-Policy" not in headers and TAGS in body
    assert _get(url + "/favicon.ico")[0] == 204


def test_a_port_in_use_or_a_missing_folder_is_a_message(tmp_path, monkeypatch):
    import socket
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    from click.testing import CliRunner

    from sk_builder.cli import main

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        (tmp_path / "sources").mkdir()
        busy = CliRunner().invoke(main, ["serve", str(tmp_path / "sources"), "--port", str(port)])
    assert busy.exit_code == 2 and f"port {port} di 127.0.0.1 sudah dipakai program lain" in busy.stderr
    missing = CliRunner().invoke(main, ["serve", str(tmp_path / "tidak-ada")])
    assert missing.exit_code == 2 and "tidak ditemukan" in missing.stderr
    assert list(tmp_path.glob("sk-serve-*")) == []
