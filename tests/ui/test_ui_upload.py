"""Upload checks: file names reduced to safe characters, types and sizes enforced."""
from __future__ import annotations

import hashlib

import pytest

from assistant.errors import UserError
from ui.upload import check_size, safe_filename


@pytest.mark.parametrize("name, safe", [
    ("report.PDF", "report.pdf"),
    ("../../etc/Lagoon Plan!.md", "Lagoon-Plan.md"),
    ("C:\\Users\\me\\Brief (final).docx", "Brief-final.docx"),
    ("..hidden.txt", "hidden.txt"),
    ("Política exterior.html", "Politica-exterior.html"),
    ("北京.txt", "document-" + hashlib.sha1("北京".encode()).hexdigest()[:10] + ".txt"),
])
def test_safe_filename(name, safe):
    assert safe_filename(name) == safe


@pytest.mark.parametrize("name, message", [
    ("run.exe", "unsupported file type"),
    ("notes", "no extension"),
    ("report.pdf.sh", "unsupported file type"),
    ("../.txt", "no letters or digits"),
    ("-_-.md", "no letters or digits"),
])
def test_rejected_names(name, message):
    with pytest.raises(UserError, match=message):
        safe_filename(name)


def test_size_limit(settings):
    limited = settings.replace(max_upload_mb=1.0)
    check_size("a.txt", 1024 * 1024, limited)
    with pytest.raises(UserError, match="over the 1 MB upload limit"):
        check_size("a.txt", 1024 * 1024 + 1, limited)
    with pytest.raises(UserError, match="empty"):
        check_size("a.txt", 0, limited)
