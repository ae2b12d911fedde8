"""LOAD stage: each format on a small file the test writes, and every bad input as a LoadError."""
from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest
from fpdf import FPDF

from assistant.errors import LoadError
from assistant.load import BYTES_PER_MB, SUPPORTED_EXTENSIONS, doc_id_for, load_document

LIMIT = 20 * BYTES_PER_MB
PARA_1 = ("Glacier retreat in the Andes threatens the water supply of more than thirty million people, "
          "and governments have been slow to respond with binding agreements on shared basins.")
PARA_2 = ("Since 1990 the tropical glaciers of Peru have lost roughly forty percent of their surface "
          "area, according to national inventories compiled by the water authority in Lima.")
PARA_3 = ("Three options stand out: storage reservoirs, demand management in agriculture, and a "
          "regional treaty that allocates the remaining flows between upstream and downstream users.")


def _load(path: Path, max_bytes: int = LIMIT):
    return load_document(path, max_bytes)


def _section_texts(document) -> list[tuple[str | None, int | None, str]]:
    return [(s.heading, s.page, document.text[s.start:s.end]) for s in document.sections]


def _pdf(path: Path, pages: list[str], title: str | None = None) -> Path:
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    if title:
        pdf.set_title(title)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    pdf.output(str(path))
    return path


# --- ids and plain text -------------------------------------------------------------------

def test_doc_id_is_a_readable_slug():
    assert doc_id_for(Path("/x/andean-crucible-us-peru-relations.txt")) == "andean-crucible-us-peru-relations"
    assert doc_id_for(Path("The Andean Crucible: US-Peru Relations.md")) == "the-andean-crucible-us-peru-relations"
    assert doc_id_for(Path("Über Café_Policy (2025).pdf")) == "uber-cafe-policy-2025"
    assert doc_id_for(Path("日本.txt")).startswith("doc-")
    assert doc_id_for(Path("日本.txt")) != doc_id_for(Path("中国.txt"))


def test_txt_document_fields(tmp_path):
    raw = f"Water Brief  \r\n\r\n\r\n\r\n{PARA_1}\r\n\r\n{PARA_2}\t\r\n".encode("utf-8")
    path = tmp_path / "Water Brief.txt"
    path.write_bytes(raw)
    document = _load(path)
    assert document.text == f"Water Brief\n\n{PARA_1}\n\n{PARA_2}"
    assert document.title == "Water Brief"
    assert document.doc_id == "water-brief"
    assert document.source == "Water Brief.txt"
    assert document.content_hash == hashlib.sha256(raw).hexdigest()
    assert document.size_bytes == len(raw)
    assert document.date is None


def test_cp1252_text_with_curly_quotes_decodes_right(tmp_path):
    text = "Brief\n\n“The pact is failing,” she said – it’s a systemic failure. Café prices rose 5%.\n"
    path = tmp_path / "quotes.txt"
    path.write_bytes(text.encode("cp1252"))
    assert _load(path).text == text.strip()


@pytest.mark.parametrize("raw, expected", [
    ("\ufeffBrief\n\nCafé “policy”.".encode("utf-8"), "Brief\n\nCafé “policy”."),
    ("Brief\n\nCafé “policy”.".encode("utf-16"), "Brief\n\nCafé “policy”."),
    # 0x81 is undefined in cp1252, so only latin-1 decodes this.
    (b"Brief\n\nCaf\xe9 \x81 prices rose in the capital and in the provinces alike.",
     "Brief\n\nCafé \x81 prices rose in the capital and in the provinces alike."),
])
def test_other_text_encodings(tmp_path, raw, expected):
    path = tmp_path / "enc.txt"
    path.write_bytes(raw)
    assert _load(path).text == expected


# --- Markdown -----------------------------------------------------------------------------

MARKDOWN = f"""---
title: Andean Water Brief
date: 2025-11-03
---
# Andean *Water* Brief

{PARA_1} See the [**inventory**](https://example.org/inventory_(2024)) and ![a map](map.png).

Share this article

## Background

{PARA_2}
Data: `ANA-2024`, with __strong__ and _emphasis_ kept as words; snake_case_name stays.

* storage reservoirs
+ demand management

> {PARA_3}

| Basin | Loss |
|-------|-----:|
| Santa | 21%  |

```
code **stays** as written
```

[ref]: https://example.org/ref
"""


def test_markdown_is_readable_text_with_heading_sections(tmp_path):
    path = tmp_path / "brief.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    document = _load(path)

    assert document.title == "Andean Water Brief"
    assert document.date == "2025-11-03"
    assert document.text.startswith("Andean Water Brief\n\n" + PARA_1 + " See the inventory and a map.")
    for markup in ("#", "**", "](", "![", "http", "`", "> ", "|---", "title:", "Share this"):
        assert markup not in document.text.replace("code **stays**", ""), markup
    assert "Data: ANA-2024, with strong and emphasis kept as words; snake_case_name stays." in document.text
    assert "- storage reservoirs\n- demand management" in document.text
    assert PARA_3 in document.text
    assert "Basin | Loss\nSanta | 21%" in document.text
    assert "code **stays** as written" in document.text

    sections = _section_texts(document)
    assert [heading for heading, _, _ in sections] == ["Andean Water Brief", "Background"]
    assert sections[1][2].startswith("Background\n\n" + PARA_2)
    assert document.location(document.text.index(PARA_3)) == (None, "Background")


def test_markdown_setext_heading(tmp_path):
    path = tmp_path / "setext.md"
    path.write_text(f"Water Brief\n===========\n\n{PARA_1}\n\nOptions\n-------\n\n{PARA_3}\n", encoding="utf-8")
    document = _load(path)
    assert document.text == f"Water Brief\n\n{PARA_1}\n\nOptions\n\n{PARA_3}"
    assert [s.heading for s in document.sections] == ["Water Brief", "Options"]


# --- HTML ---------------------------------------------------------------------------------

HTML = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Water Policy in the Andes | Example Site</title>
<meta property="article:published_time" content="2025-11-03T10:00:00Z">
<style>body {{ color: red; }} .STYLE_TEXT {{}}</style>
<script>var tracking = "SCRIPT_TEXT";</script>
</head><body>
<header><div class="logo">HEADER_TEXT</div></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">NAV_TEXT About</a></li></ul></nav>
<article>
<h1>Water Policy in the Andes</h1>
<p>{PARA_1}</p>
<h2>Background</h2>
<p>{PARA_2}</p>
<h2>Options</h2>
<p>{PARA_3}</p>
</article>
<aside>ASIDE_TEXT Popular posts</aside>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3>
<form action="/comment" method="post"><p>COMMENT_FORM_TEXT Your email address will not be published.</p>
<textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div>
<footer><p>FOOTER_TEXT © 2025 Example Site. All rights reserved.</p></footer>
<script>console.log("SCRIPT_TWO")</script>
</body></html>
"""
HTML_JUNK = ["SCRIPT_TEXT", "SCRIPT_TWO", "STYLE_TEXT", "color: red", "HEADER_TEXT", "NAV_TEXT",
             "ASIDE_TEXT", "COMMENT_FORM_TEXT", "Leave a Reply", "FOOTER_TEXT", "All rights reserved"]


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_main_content_only(tmp_path, suffix):
    path = tmp_path / f"water{suffix}"
    path.write_text(HTML, encoding="utf-8")
    document = _load(path)

    for junk in HTML_JUNK:
        assert junk not in document.text, junk
    assert document.text == (f"Water Policy in the Andes\n\n{PARA_1}\n\nBackground\n\n{PARA_2}"
                             f"\n\nOptions\n\n{PARA_3}")
    assert document.title == "Water Policy in the Andes"
    assert document.date == "2025-11-03"
    assert [h for h, _, _ in _section_texts(document)] == ["Water Policy in the Andes", "Background", "Options"]
    assert document.location(document.text.index(PARA_3)) == (None, "Options")


def test_html_falls_back_to_plain_body_text(tmp_path):
    # Too little prose for trafilatura to call it an article: the plain body text is used.
    path = tmp_path / "list.html"
    path.write_text(
        "<html><head><title>Checklist</title><script>var SCRIPT_TEXT=1</script>"
        "<style>.STYLE_TEXT{}</style></head><body><nav>NAV_TEXT</nav><header>HEADER_TEXT</header>"
        "<ul><li>Map the basins</li><li>Price <b>irrigation</b> <!-- a note -->water<br>by season</li></ul>"
        "<form>COMMENT_FORM_TEXT</form><aside>ASIDE_TEXT</aside><footer>FOOTER_TEXT</footer></body></html>",
        encoding="utf-8",
    )
    document = _load(path)
    assert document.text == "Checklist\n\nMap the basins\n\nPrice irrigation water\nby season"
    assert document.title == "Checklist"


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1"])
def test_html_declared_charset_is_honoured(tmp_path, charset):
    path = tmp_path / "latin.html"
    body = f"<p>{PARA_1} Caf\u00e9 “policy”.</p><p>{PARA_2}</p><p>{PARA_3}</p>"
    html = f'<html><head><meta charset="{charset}"><title>Cafe</title></head><body><article>{body}</article></body></html>'
    path.write_bytes(html.encode("cp1252"))
    assert "Café “policy”." in _load(path).text


def test_html_page_wrapped_in_one_form_keeps_its_article(tmp_path):
    path = tmp_path / "aspnet.html"
    path.write_text(f"<html><head><title>Water</title></head><body><form id='form1'><article>"
                    f"<h1>Water</h1><p>{PARA_1}</p><p>{PARA_2}</p><p>{PARA_3}</p></article>"
                    f"<form class='search'>SEARCH_FORM_TEXT</form></form></body></html>", encoding="utf-8")
    document = _load(path)
    assert document.text == f"Water\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"


# --- PDF ----------------------------------------------------------------------------------

def test_pdf_pages_become_sections(tmp_path):
    path = _pdf(tmp_path / "two.pdf", ["Page one talks about glaciers.", "Page two talks about treaties."],
                title="Glacier Treaty Brief")
    document = _load(path)
    assert document.title == "Glacier Treaty Brief"
    assert [(page, text) for _, page, text in _section_texts(document)] == [
        (1, "Page one talks about glaciers."), (2, "Page two talks about treaties."),
    ]
    assert document.text == "Page one talks about glaciers.\n\nPage two talks about treaties."
    assert document.location(document.text.index("treaties")) == (2, None)


def test_pdf_title_falls_back_to_a_short_first_line_then_the_file_name(tmp_path):
    path = _pdf(tmp_path / "untitled.pdf", ["Water Allocation Review\n\n" + PARA_1])
    assert _load(path).title == "Water Allocation Review"
    path = _pdf(tmp_path / "prose_only.pdf", [PARA_1 + " " + PARA_2])
    assert _load(path).title == "prose only"


def test_pdf_with_only_an_owner_password_opens(tmp_path):
    plain = _pdf(tmp_path / "plain.pdf", ["Open to read."])
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(plain))
    writer.encrypt(user_password="", owner_password="owner-secret", algorithm="RC4-128")
    path = tmp_path / "owner-only.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert _load(path).text == "Open to read."


# --- DOCX ---------------------------------------------------------------------------------

def test_docx_paragraphs_headings_and_title(tmp_path):
    document = docx.Document()
    document.core_properties.title = "Andean Water Brief"
    document.add_heading("Summary", level=1)
    document.add_paragraph(PARA_1)
    document.add_paragraph("Share this article")
    document.add_heading("Background", level=2)
    document.add_paragraph(PARA_2)
    table = document.add_table(rows=2, cols=2)
    for row, values in zip(table.rows, [("Basin", "Loss"), ("Santa", "21%")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    path = tmp_path / "brief.docx"
    document.save(str(path))

    loaded = _load(path)
    assert loaded.title == "Andean Water Brief"
    assert loaded.text == f"Summary\n\n{PARA_1}\n\nBackground\n\n{PARA_2}\n\nBasin | Loss\nSanta | 21%"
    assert _section_texts(loaded) == [
        ("Summary", None, f"Summary\n\n{PARA_1}"),
        ("Background", None, f"Background\n\n{PARA_2}\n\nBasin | Loss\nSanta | 21%"),
    ]


def test_docx_title_from_first_heading(tmp_path):
    document = docx.Document()
    document.add_paragraph("Sunday, December 7, 2025")
    document.add_heading("Water Treaty Options", level=0)
    document.add_paragraph(PARA_3)
    path = tmp_path / "untitled.docx"
    document.save(str(path))
    loaded = _load(path)
    assert loaded.title == "Water Treaty Options"
    assert loaded.date == "2025-12-07"
    assert loaded.text == f"Water Treaty Options\n\n{PARA_3}"


# --- bad input ----------------------------------------------------------------------------

def _encrypted_pdf(path: Path) -> Path:
    plain = _pdf(path.with_name("plain-source.pdf"), ["Secret content."])
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(plain))
    writer.encrypt(user_password="user-secret", algorithm="RC4-128")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _image_only_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")
    pdf.output(str(path))
    return path


def _zip_not_docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    return path


BAD_INPUTS = {
    "empty.txt": (lambda p: p.write_bytes(b""), "empty"),
    "empty.pdf": (lambda p: p.write_bytes(b""), "empty"),
    "blank.md": (lambda p: p.write_text(" \n\t\n\n  "), "no text"),
    "chrome.txt": (lambda p: p.write_text("Related Posts\n\nLEAVE A REPLY\nPlease enter your comment!\n"),
                   "boilerplate"),
    "chrome.html": (lambda p: p.write_text("<html><body><nav>Menu</nav><footer>x</footer></body></html>"),
                    "no text"),
    "title-only.html": (lambda p: p.write_text("<html><head><title>A Title</title></head><body><nav>Menu</nav>"
                                               "</body></html>"), "no text"),
    "nul.txt": (lambda p: p.write_bytes(b"PK\x03\x04\x00\x00binary\x00data"), "binary"),
    "noise.md": (lambda p: p.write_bytes(bytes(range(1, 32)) * 40), "binary"),
    "slides.pptx": (lambda p: p.write_bytes(b"whatever"), ".docx, .htm, .html, .md, .pdf, .txt"),
    "README": (lambda p: p.write_text("no extension"), "unsupported"),
    "broken.pdf": (lambda p: p.write_bytes(b"%PDF-1.4\nthis is not really a pdf\n"), "not a readable PDF"),
    "locked.pdf": (_encrypted_pdf, "password"),
    "scan.pdf": (_image_only_pdf, "no extractable text"),
    "broken.docx": (lambda p: p.write_bytes(b"not a zip at all"), "not a readable Word document"),
    "archive.docx": (_zip_not_docx, "not a readable Word document"),
    "missing.txt": (lambda p: None, "not found"),
    "folder.md": (lambda p: p.mkdir(), "directory"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_raises_one_line_load_error_naming_the_file(tmp_path, name):
    make, reason = BAD_INPUTS[name]
    path = tmp_path / name
    make(path)
    with pytest.raises(LoadError) as caught:
        _load(path)
    message = str(caught.value)
    assert message.startswith(f"{name}: ")
    assert "\n" not in message
    assert reason in message


def test_too_large_file_names_size_limit_and_setting(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(int(25.3 * BYTES_PER_MB))  # sparse: no 25 MB write
    with pytest.raises(LoadError) as caught:
        _load(path, 20 * BYTES_PER_MB)
    assert str(caught.value) == "big.txt: the file is 25.3 MB, over the 20 MB limit (setting max_file_mb)."


@pytest.mark.parametrize("extension", sorted(SUPPORTED_EXTENSIONS))
def test_every_format_rejects_an_empty_file(tmp_path, extension):
    path = tmp_path / f"nothing{extension}"
    path.write_bytes(b"")
    with pytest.raises(LoadError, match=f"^nothing{extension}: "):
        _load(path)
