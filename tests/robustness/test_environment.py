"""A hostile environment: read-only or full disks, odd output places, kills and Ctrl-C, links to endless files.
Each ends with a clear message and status, the previous output byte for byte as it was, and no litter."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.fixtures.minimal import write_region

SK = [sys.executable, "-c", "from sk_builder.cli import main; main()"]


def sk(*args, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*SK, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=timeout)


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def litter(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.startswith((".build.", ".tmp-")))


@pytest.fixture
def memory_disk(tmp_path):
    """A 600 kB file system of its own (tmpfs), or a skip where this user cannot mount one."""
    folder = tmp_path / "disk"
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("mounting a tmpfs needs root (CAP_SYS_ADMIN)")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_full_disk_is_a_message_and_the_previous_output_stays(memory_disk):
    write_region(memory_disk / "sources")
    first = sk("build", "sources", "--out", "build", "--format", "html", "-j", "1", cwd=memory_disk)
    assert first.returncode == 0, first.stderr
    before = tree(memory_disk / "build")
    free = os.statvfs(memory_disk).f_bavail * os.statvfs(memory_disk).f_frsize
    (memory_disk / "ballast").write_bytes(b"\0" * (free - 24 * 1024))  # leaves too little for two PDFs
    done = sk("build", "sources", "--out", "build", "--format", "pdf,docx,html", "-j", "1", cwd=memory_disk)
    assert done.returncode == 1, done.stderr
    assert "gagal: disk penuh" in done.stderr and "keluaran sebelumnya tidak diubah." in done.stderr
    assert "Traceback" not in done.stderr
    assert tree(memory_disk / "build") == before
    assert litter(memory_disk) == []


def test_a_read_only_disk_is_a_message_and_the_previous_output_stays(memory_disk, tmp_path):
    write_region(tmp_path / "sources")
    first = sk("build", "sources", "--out", memory_disk / "build", "--format", "html", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = tree(memory_disk / "build")
    subprocess.run(["mount", "-o", "remount,ro", str(memory_disk)], check=True)
    (tmp_path / "sources" / "kota-contoh" / "standar" / "contoh.yaml").write_text(
        (tmp_path / "sources" / "kota-contoh" / "standar" / "contoh.yaml").read_text().replace("Isi biaya.", "Gratis."))
    done = sk("build", "sources", "--out", memory_disk / "build", "--format", "html", cwd=tmp_path)
    assert done.returncode == 1
    assert "gagal: sistem berkas hanya-baca" in done.stderr and "Traceback" not in done.stderr
    assert tree(memory_disk / "build") == before


def test_out_in_proc_is_a_message(tmp_path):
    write_region(tmp_path / "sources")
    done = sk("build", "sources", "--out", "/proc/sk-uji", "--format", "html", cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "sk build: gagal: tidak ditemukan: /proc/" in done.stderr


def test_a_link_to_an_endless_file_outside_the_tree_is_never_read(tmp_path):
    write_region(tmp_path / "sources")
    fifo = tmp_path / "pipa"
    os.mkfifo(fifo)  # reading it would block for ever
    (tmp_path / "sources" / "kota-contoh" / "lampiran.txt").symlink_to(fifo)
    (tmp_path / "sources" / "kota-contoh" / "luar").symlink_to("/dev")
    done = sk("build", "sources", "--out", "build", "--format", "html", cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr


def _scratch_root() -> Path:
    return Path(tempfile.gettempdir()) / f"sk-builder-{os.geteuid()}"


def _processes_using(path: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if path in (entry / "cmdline").read_bytes().decode(errors="replace"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_build_killed_during_indexing_leaves_no_process_and_its_folder_goes_at_the_next_start(tmp_path):
    write_region(tmp_path / "sources")
    child = subprocess.Popen([*SK, "build", "sources", "--out", "build", "--format", "site", "--no-cache"],
                             cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    left = None
    deadline = time.monotonic() + 120
    while left is None and time.monotonic() < deadline and child.poll() is None:
        left = next(iter(_scratch_root().glob(f"sk-pagefind-{child.pid}-*")), None) if _scratch_root().is_dir() else None
        time.sleep(0.01)
    if left is None:
        child.wait()
        pytest.skip("the build finished before its indexing could be caught")
    child.kill()
    child.wait()
    for _ in range(100):
        if not _processes_using(str(left)):
            break
        time.sleep(0.05)
    assert _processes_using(str(left)) == []  # Pagefind died with the build
    again = sk("build", "sources", "--out", "build", "--format", "html", "--no-cache", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert not left.exists()
    assert list(_scratch_root().glob(f"*-{child.pid}-*")) == []


def test_ctrl_c_exits_130_and_leaves_the_previous_output(tmp_path):
    write_region(tmp_path / "sources")
    assert sk("build", "sources", "--out", "build", "--format", "html", cwd=tmp_path).returncode == 0
    before = tree(tmp_path / "build")
    child = subprocess.Popen([*SK, "build", "sources", "--out", "build", "--format", "pdf,docx,html", "--no-cache",
                              "-j", "2"], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(_scratch_root().glob(f"sk-cache-{child.pid}-*")):
        time.sleep(0.01)
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=120)
    if child.returncode == 0:
        pytest.skip("the build finished before Ctrl-C arrived")
    assert child.returncode == 130, err
    assert err.rstrip().endswith("sk build: dibatalkan.") and "Traceback" not in err
    assert tree(tmp_path / "build") == before
    assert litter(tmp_path) == [] and list(_scratch_root().glob(f"*-{child.pid}-*")) == []


def test_diff_of_a_revision_holding_a_link_out_of_the_tree_is_a_message(tmp_path):
    write_region(tmp_path / "sources")
    git = ["git", "-c", "user.name=Uji", "-c", "user.email=uji@contoh.invalid"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / "sources" / "kota-contoh" / "curian.svg").symlink_to("/etc/passwd")
    subprocess.run([*git, "add", "-A"], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "awal"], cwd=tmp_path, check=True)
    done = sk("diff", "HEAD", "sources", cwd=tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr == ('sk diff: "HEAD": sources/kota-contoh/curian.svg menunjuk ke luar folder sumber atau bukan '
                           "berkas biasa; revisi ini tidak dapat dibandingkan\n")
