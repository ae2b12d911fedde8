"""LOAD stage: read one file (.txt, .md, .html, .pdf, .docx) into a cleaned ``Document``.

Each format has a small extractor that returns ``clean.Block``s plus any metadata it found;
``clean`` then removes page chrome (not for PDF, whose pages are not web pages) and lays out
the final text, so every section offset refers to ``Document.text``. A file the user can fix
raises ``LoadError`` with one line: "<file name>: <reason>".
"""
from __future__ import annotations

import codecs
import hashlib
import io
import re
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import docx
import lxml.etree
import lxml.html
import pypdf
import trafilatura
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf.errors import DependencyError, PyPdfError

from assistant import clean
from assistant.clean import Block
from assistant.errors import LoadError
from assistant.schema import Document

SUPPORTED_EXTENSIONS: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx"})

# Callers turn the max_file_mb setting into bytes with this factor.
BYTES_PER_MB = 1024 * 1024
# Share of control characters above which decoded "text" is really binary data.
MAX_CONTROL_SHARE = 0.05
MAX_DOC_ID_CHARS = 80


@dataclass
class Extracted:
    """What a format extractor found; title and date only when the format states them."""

    blocks: list[Block]
    title: str | None = None
    date: str | None = None
    chrome: bool = True  # whether web-page chrome cleaning applies


def doc_id_for(path: Path) -> str:
    """A readable, stable slug of the file stem: lowercase ASCII letters, digits and hyphens."""
    ascii_stem = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_stem.lower()).strip("-")
    slug = slug[:MAX_DOC_ID_CHARS].rstrip("-")
    # A stem with no ASCII letters (e.g. all CJK) still needs a distinct id.
    return slug or "doc-" + hashlib.sha1(path.stem.encode("utf-8")).hexdigest()[:10]


def load_document(path: Path, max_bytes: int) -> Document:
    """Read, extract and clean one file. Raises ``LoadError`` for files the user must fix."""
    path = Path(path)
    raw = _read_checked(path, max_bytes)
    extension = path.suffix.lower()
    extracted = _EXTRACTORS[extension](path.name, raw)

    blocks, date = extracted.blocks, extracted.date
    if extracted.chrome:
        cleaned = clean.strip_chrome(blocks)
        blocks, date = cleaned.blocks, date or cleaned.date
    else:
        date = date or clean.find_date(blocks)
    if extension in {".html", ".htm"} and extracted.title:
        blocks = _with_title_first(blocks, extracted.title)
    text, sections = clean.assemble(blocks)
    if not text.strip():
        reason = "contains only page boilerplate, no body text" if extracted.blocks else "contains no text"
        raise LoadError(f"{path.name}: {reason}.")

    title = extracted.title or clean.guess_title(blocks) or _title_from_stem(path)
    return Document(
        doc_id=doc_id_for(path),
        source=path.name,
        title=title,
        text=text,
        date=date,
        content_hash=hashlib.sha256(raw).hexdigest(),
        size_bytes=len(raw),
        sections=sections,
    )


def _read_checked(path: Path, max_bytes: int) -> bytes:
    name = path.name or str(path)
    if not path.exists():
        raise LoadError(f"{name}: file not found ({path}).")
    if path.is_dir():
        raise LoadError(f"{name}: this is a directory, not a file.")
    extension = path.suffix.lower()
    if extension not in SUPPORTED_EXTENSIONS:
        shown = extension or "no extension"
        raise LoadError(f"{name}: unsupported file type ({shown}); supported: "
                        f"{', '.join(sorted(SUPPORTED_EXTENSIONS))}.")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(f"{name}: the file is {_mb(size)} MB, over the {_mb(max_bytes)} MB limit "
                            "(setting max_file_mb).")
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"{name}: cannot be read ({exc.strerror or exc}).") from None
    if not raw:
        raise LoadError(f"{name}: the file is empty.")
    return raw


def _mb(size: int) -> str:
    return f"{size / BYTES_PER_MB:.1f}".removesuffix(".0")


def _title_from_stem(path: Path) -> str:
    return re.sub(r"[-_\s]+", " ", path.stem).strip() or path.name


def _with_title_first(blocks: list[Block], title: str) -> list[Block]:
    """Web pages often keep the title outside the main content; put it back as the first line."""
    if not blocks or " ".join(blocks[0].text.split()) == title:
        return blocks
    return [Block(title, heading=True)] + blocks


# --- plain text and decoding -------------------------------------------------------------

def decode_text(name: str, raw: bytes, preferred: str | None = None) -> str:
    """Decode text: a BOM, else a declared charset, else UTF-8, else cp1252, else latin-1."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = raw.decode("utf-16", errors="replace")
    else:
        if b"\x00" in raw[:65536]:
            raise LoadError(f"{name}: looks like binary data, not text (it contains NUL bytes); "
                            "check the file and its extension.")
        text = _first_decoding(raw, [_web_charset(preferred), "utf-8-sig", "cp1252", "latin-1"])
    sample = text[:65536]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if sample and (controls + sample.count("\ufffd")) / len(sample) > MAX_CONTROL_SHARE:
        raise LoadError(f"{name}: looks like binary data, not text; check the file and its extension.")
    return text


def _web_charset(declared: str | None) -> str | None:
    """Browsers read a declared latin-1 or ASCII page as cp1252 (its curly quotes included)."""
    try:
        name = codecs.lookup(declared).name if declared else None
    except LookupError:
        return None
    return "cp1252" if name in {"iso8859-1", "ascii"} else name


def _first_decoding(raw: bytes, encodings: list[str | None]) -> str:
    for encoding in encodings:
        if encoding is None:
            continue
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise AssertionError("latin-1 decodes any bytes")


def _extract_txt(name: str, raw: bytes) -> Extracted:
    return Extracted([Block(p) for p in clean.paragraphs(decode_text(name, raw))])


# --- Markdown -----------------------------------------------------------------------------

_FRONT_MATTER_RE = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_ATX_RE = re.compile(r" {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*")
_SETEXT_RE = re.compile(r" {0,3}(=+|-+)\s*")
_RULE_RE = re.compile(r" {0,3}([-*_])(?:\s*\1){2,}\s*")
_FENCE_RE = re.compile(r" {0,3}(```+|~~~+)")
_LINK_DEF_RE = re.compile(r" {0,3}\[[^\]]+\]:\s+\S+.*")
_TABLE_RULE_RE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*")
_ESCAPABLE = r"\\`*_{}[]()#+-.!|>~"
# Escaped characters hide in the private-use area while markup is stripped.
_ESCAPE_BASE = 0xE000
_INLINE_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"`+([^`]+?)`+"), r"\1"),
    (re.compile(r"!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
]


def _md_inline(line: str) -> str:
    line = re.sub(r"\\([" + re.escape(_ESCAPABLE) + "])",
                  lambda m: chr(_ESCAPE_BASE + _ESCAPABLE.index(m.group(1))), line)
    for pattern, replacement in _INLINE_RULES:
        line = pattern.sub(replacement, line)
    return re.sub("[\ue000-\ue01f]", lambda m: _ESCAPABLE[ord(m.group()) - _ESCAPE_BASE], line)


def _md_line(line: str) -> str | None:
    """One Markdown body line as readable text; None for lines that are only markup."""
    if _LINK_DEF_RE.fullmatch(line) or _TABLE_RULE_RE.fullmatch(line):
        return None
    line = re.sub(r"^(\s*>\s?)+", "", line)
    line = re.sub(r"^(\s*)[*+](\s+)", r"\1-\2", line)
    if line.lstrip().startswith("|") and line.rstrip().endswith("|"):
        line = " | ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
    return _md_inline(line).rstrip()


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    match = _FRONT_MATTER_RE.match(text)
    if not match:
        return text, {}
    fields = {}
    for line in match.group(1).split("\n"):
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip().lower()] = value.strip().strip("'\"")
    return text[match.end():], fields


def markdown_blocks(text: str) -> tuple[list[Block], dict[str, str]]:
    """Markdown to readable blocks: headings become heading blocks, markup is stripped."""
    text, meta = _front_matter(clean.normalize(text))
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    blocks: list[Block] = []
    paragraph: list[str] = []
    fence: str | None = None

    def flush() -> None:
        body = "\n".join(paragraph).strip("\n")
        paragraph.clear()
        if body.strip():
            blocks.append(Block(body))

    for line in text.split("\n"):
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
                flush()
            else:
                paragraph.append(line)
            continue
        if match := _FENCE_RE.match(line):
            flush()
            fence = match.group(1)
        elif not line.strip():
            flush()
        elif match := _ATX_RE.fullmatch(line):
            flush()
            blocks.append(Block(_md_inline(match.group(2)), heading=True))
        elif len(paragraph) == 1 and _SETEXT_RE.fullmatch(line):
            heading = paragraph.pop()
            blocks.append(Block(heading.strip(), heading=True))
        elif _RULE_RE.fullmatch(line):
            flush()
        elif (converted := _md_line(line)) is not None:
            paragraph.append(converted)
    flush()
    return [b for b in blocks if b.text.strip()], meta


def _extract_md(name: str, raw: bytes) -> Extracted:
    blocks, meta = markdown_blocks(decode_text(name, raw))
    stated = meta.get("date", "")
    date = (clean.parse_date_line(stated) or clean.parse_date_line(stated[:10])) if stated else None
    return Extracted(blocks, title=meta.get("title") or None, date=date)


# --- HTML ---------------------------------------------------------------------------------

# Page furniture removed before any extraction, so no extractor (or fallback) can keep it.
_PRUNE_XPATH = (
    "//script | //style | //noscript | //template | //iframe | //svg | //nav | //footer"
    " | //aside | //header[not(ancestor::article or ancestor::main)]"
    # ASP.NET pages wrap the whole page in one <form>: keep a form that holds the article.
    " | //form[not(.//article or .//main or .//h1)]"
    " | //*[@id='comments' or @id='respond' or @id='disqus_thread']"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' comments ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' comment-respond ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' comments-area ')]"
)
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_BLOCK_TAGS = {
    "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section",
    "table", "td", "th", "tr", "ul", "body",
}
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_XML_INCOMPATIBLE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _extract_html(name: str, raw: bytes) -> Extracted:
    declared = _CHARSET_RE.search(raw[:4096])
    html = decode_text(name, raw, declared.group(1).decode("ascii") if declared else None)
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)  # lxml refuses str input with an encoding declaration
    html = _XML_INCOMPATIBLE_RE.sub("", html)  # stray control characters: browsers ignore them, lxml fails
    if not html.strip():
        return Extracted([])
    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise LoadError(f"{name}: not readable as HTML ({exc}).") from None
    for element in tree.xpath(_PRUNE_XPATH):
        if element.getparent() is not None:
            element.drop_tree()

    result = trafilatura.bare_extraction(
        tree, include_comments=False, include_tables=True, favor_precision=True, with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    blocks = _trafilatura_blocks(result.body) if result is not None and result.body is not None else []
    if not any(b.text.strip() for b in blocks):
        blocks = _html_fallback_blocks(tree)
    title = (result.title if result is not None else None) or _html_title(tree)
    date = result.date if result is not None and result.date else None
    return Extracted(blocks, title=title or None, date=date)


def _xml_text(element) -> str:
    """Text of a trafilatura XML element, its <lb/> line breaks kept."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _xml_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _trafilatura_blocks(body) -> list[Block]:
    blocks = []
    for element in body:
        if element.tag == "list":
            text = "\n".join("- " + " ".join(_xml_text(item).split()) for item in element.iter("item"))
        elif element.tag == "table":
            text = "\n".join(" | ".join(" ".join(_xml_text(cell).split()) for cell in row.iter("cell"))
                             for row in element.iter("row"))
        else:
            text = _xml_text(element)
        text = clean.normalize(text).strip("\n")
        if text.strip():
            blocks.append(Block(text, heading=element.tag == "head"))
    return blocks


def _html_fallback_blocks(tree) -> list[Block]:
    """Plain text of the pruned <body>, one block per block-level element."""
    blocks: list[Block] = []
    buffer: list[str] = []

    def flush(heading: bool = False) -> None:
        lines = (" ".join(line.split()) for line in "".join(buffer).split("\n"))
        text = "\n".join(line for line in lines if line)
        buffer.clear()
        if text:
            blocks.append(Block(text, heading=heading))

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "br":
            buffer.append("\n")
        elif tag == "pre":
            flush()
            blocks.append(Block(clean.normalize(element.text_content()).strip("\n")))
        elif tag in _HTML_BLOCK_TAGS:
            flush()
            buffer.append(element.text or "")
            for child in element:
                walk(child)
            flush(heading=tag in _HEADING_TAGS)
        elif tag:
            buffer.append(element.text or "")
            for child in element:
                walk(child)
        # A comment's tail is still page text, even though the comment itself is not.
        if element.tail:
            buffer.append(element.tail)

    body = tree.find("body")
    if body is not None:
        walk(body)
        flush()
    return [b for b in blocks if b.text.strip()]


def _html_title(tree) -> str | None:
    for xpath in ("//h1", "//title"):
        found = tree.xpath(xpath)
        if found and " ".join(found[0].text_content().split()):
            return " ".join(found[0].text_content().split())
    return None


# --- PDF ----------------------------------------------------------------------------------

# What pypdf raises on malformed input; anything else is a bug and propagates.
_PDF_ERRORS = (PyPdfError, ValueError, KeyError, IndexError, TypeError, NotImplementedError, struct.error,
               zlib.error)


def _extract_pdf(name: str, raw: bytes) -> Extracted:
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and reader.decrypt("") == pypdf.PasswordType.NOT_DECRYPTED:
            raise LoadError(f"{name}: the PDF is password-protected; save an unprotected copy and "
                            "add that instead.")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = (reader.metadata.title if reader.metadata else None) or ""
    except DependencyError as exc:
        raise LoadError(f"{name}: the PDF is encrypted in a way this install cannot open ({exc}); "
                        "save an unencrypted copy.") from None
    except _PDF_ERRORS as exc:
        raise LoadError(f"{name}: not a readable PDF ({type(exc).__name__}: {exc}).") from None
    blocks = [Block(paragraph, page=number)
              for number, text in enumerate(pages, start=1)
              for paragraph in clean.paragraphs(text)]
    if not blocks:
        raise LoadError(f"{name}: the PDF has no extractable text (scanned images need OCR first).")
    title = " ".join(str(meta_title).split()) or _pdf_first_line_title(blocks[0])
    return Extracted(blocks, title=title, chrome=False)


def _pdf_first_line_title(block: Block) -> str | None:
    """PDF text has no blank line after a title: take a first line clearly shorter than the prose."""
    lines = block.text.split("\n")
    longest = max(len(line) for line in lines)
    first = lines[0].strip()
    if clean.is_heading_like(first) and (len(lines) == 1 or len(first) <= 0.6 * longest):
        return " ".join(first.split())
    return None


# --- DOCX ---------------------------------------------------------------------------------

_DOCX_ERRORS = (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, lxml.etree.XMLSyntaxError)


def _extract_docx(name: str, raw: bytes) -> Extracted:
    try:
        document = docx.Document(io.BytesIO(raw))
        core_title = document.core_properties.title or ""
        blocks = []
        for item in document.iter_inner_content():
            if isinstance(item, Paragraph):
                style = item.style.name if item.style is not None else ""
                heading = style.startswith("Heading") or style == "Title"
                text = clean.normalize(item.text).strip("\n")
            elif isinstance(item, Table):
                heading = False
                text = "\n".join(" | ".join(" ".join(cell.text.split()) for cell in row.cells)
                                 for row in item.rows)
            else:
                continue
            if text.strip():
                blocks.append(Block(text, heading=heading))
    except _DOCX_ERRORS as exc:
        raise LoadError(f"{name}: not a readable Word document ({type(exc).__name__}: {exc}).") from None
    first_heading = next((" ".join(b.text.split()) for b in blocks if b.heading), None)
    return Extracted(blocks, title=" ".join(core_title.split()) or first_heading)


_EXTRACTORS: dict[str, Callable[[str, bytes], Extracted]] = {
    ".txt": _extract_txt,
    ".md": _extract_md,
    ".html": _extract_html,
    ".htm": _extract_html,
    ".pdf": _extract_pdf,
    ".docx": _extract_docx,
}
