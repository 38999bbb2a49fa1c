"""Failures a user can act on: an Indonesian message and an exit status, printed by the CLI without a traceback."""

from __future__ import annotations

import errno


class SkError(Exception):
    """A failure caused by the input or the environment, not by a bug in sk-builder (exit status 1)."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def lines(self, command: str) -> list[str]:
        """What the CLI prints on stderr, line by line (``command``: how the user called it, e.g. "sk build")."""
        return [f"{command}: {self.message}"]


class UsageRefused(SkError):
    """The command line asks for something sk-builder refuses to do, e.g. replace the sources (exit 2)."""

    exit_code = 2


_CAUSES = {
    "ENOSPC": "disk penuh", "EDQUOT": "kuota disk habis", "EROFS": "sistem berkas hanya-baca",
    "EACCES": "tidak ada izin", "EPERM": "tidak ada izin", "ENOENT": "tidak ditemukan",
    "ENOTDIR": "bagian jalurnya bukan folder", "EISDIR": "berupa folder", "EEXIST": "sudah ada",
    "ENAMETOOLONG": "nama terlalu panjang", "EMFILE": "terlalu banyak berkas terbuka",
    "ENOTEMPTY": "folder tidak kosong", "EXDEV": "berbeda sistem berkas", "EIO": "galat masukan/keluaran",
}


def environment_message(error: OSError) -> str:
    """An operating-system failure (disk full, read-only, no permission) in words a drafter can act on."""
    cause = _CAUSES.get(errno.errorcode.get(error.errno or 0, ""), error.strerror or str(error))
    where = f": {error.filename}" if error.filename else ""
    detail = f" ({error.strerror})" if error.strerror and error.strerror != cause else ""
    return f"{cause}{where}{detail}"
