"""DOCX files laid out by LibreOffice (headless, with a user profile of its own), as a person opening them would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def office_pdfs(*documents: Path, work: Path) -> list[Path]:
    """Each document converted to PDF in ``work``, in order; the test is skipped where LibreOffice is not installed."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice tidak terpasang (paket Debian libreoffice-writer-nogui)")
    result = subprocess.run([office, f"-env:UserInstallation={(work / 'profil').as_uri()}", "--headless",
                             "--convert-to", "pdf", "--outdir", str(work), *map(str, documents)],
                            capture_output=True, text=True, timeout=240)
    converted = [work / f"{Path(document).stem}.pdf" for document in documents]
    assert result.returncode == 0 and all(pdf.exists() for pdf in converted), result.stderr
    return converted
