"""CLEAN stage: drop web-page chrome from extracted text and lay out the final document text.

Loaders turn a file into ``Block``s (paragraphs and headings, with a PDF page number where
known). This module removes boilerplate *lines* (share buttons, comment forms, "Popular
Articles", ...) and the trailing comment/footer block, takes a date line from the page head
as metadata, and joins the blocks into the one text every offset refers to. Body paragraphs
are never rewritten: citations quote them verbatim, so a block either survives byte-for-byte
(apart from trailing whitespace) or loses whole lines.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from assistant.schema import Section

PARAGRAPH_SEPARATOR = "\n\n"

# A paragraph this long is body text, not chrome: it marks where the page head ends.
BODY_PARAGRAPH_CHARS = 200
# Only lines this short are ever tested against the chrome patterns.
MAX_CHROME_LINE_CHARS = 300
# The head (where a date line is metadata) is at most this many blocks.
HEAD_BLOCKS = 10


@dataclass
class Block:
    """A paragraph or heading as extracted, before it is placed in the final text."""

    text: str
    heading: bool = False
    page: int | None = None


@dataclass
class Cleaned:
    blocks: list[Block]
    date: str | None = None
    removed_lines: list[str] = field(default_factory=list)


# Headers of blocks that end an article on a web page (comment form, related links, footer).
# Seen after the body, they start the trailing block that is cut as a whole.
_TAIL_PATTERNS = [
    r"leave a (reply|comment|response)",
    r"(post|add|write|submit) a (comment|reply)",
    r"\d+ (comments?|responses?|replies)",
    r"comments?( \(\d+\))?",
    r"no comments( yet)?",
    r"comments are closed",
    r"join the (discussion|conversation)",
    r"please enter your comment!?",
    r"your email address will not be published.{0,60}",
    r"you must be (logged|signed) in to post a comment",
    r"related( (posts?|articles?|stories|content|news|reading|coverage))?",
    r"popular (articles?|posts?|stories|news|now|this week)",
    r"most (popular|read|viewed|shared|recent)",
    r"top \d+ this week",
    r"trending( (now|stories|news|articles))?",
    r"editor'?s? (picks?|choice)",
    r"(latest|recent|more) (posts?|articles?|stories|news|comments)",
    r"more from (the )?author",
    r"you (may|might) also (like|enjoy)",
    r"recommended( (for you|reading|articles?|posts?|stories))?",
    r"read (next|also|this next)",
    r"©.{0,100}",
    r"\(c\) ?\d{4}.{0,100}",
    r"copyright (©|\(c\))? ?\d{4}.{0,100}",
    r"all rights reserved",
]

# Lines that are chrome wherever they stand; removed one by one.
_LINE_PATTERNS = _TAIL_PATTERNS + [
    r"please enter your (name|email( address)?)( here)?!?",
    r"you have entered an incorrect email address!?",
    r"save my name, email,? and website in this browser for the next time i comment",
    r"(post|submit) (comment|reply)",
    r"cancel reply",
    r"read more",
    r"(continue|keep) reading",
    r"share( (this|the))?( (article|post|story|page))?( (on|via) \w+)?",
    r"(share|post|tweet) (on|to|via) \w+",
    r"(facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|email|e-mail|print|tweet|pin it|copy link)",
    r"follow us( on \w+)?",
    r"subscribe( (now|today|here|to (our|the) newsletter))?",
    r"sign up( (now|today|for (our|the) newsletter))?",
    r"(our |the )?newsletter",
    r"(log ?in|sign ?in|log ?out|sign ?out|register)",
    r"(we|this (web)?site) uses? cookies.{0,250}",
    r"(accept|reject|decline|allow)( all)?( cookies)?",
    r"(cookie|privacy) (policy|settings|preferences|notice|consent)",
    r"(manage|customi[sz]e) (cookies|preferences|consent|settings)",
    r"terms (of (use|service)|(and|&) conditions)",
    r"(contact|about) us",
    r"advertisement|sponsored( content)?",
    r"skip to (main )?content",
    r"(main )?menu|search|home|back to top|scroll to top",
    r"tags?:.{0,100}",
    r"(previous|next|prev) (article|post|story)",
    r"(load|show|view) more",
    r"print this (article|page)",
]


def _anchored(patterns: list[str]) -> re.Pattern[str]:
    # Leading bullets/icons and trailing counters ("Popular Articles2", "Comments (4)") allowed.
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"[^\w(©]*(?:{body})[\s\d()\[\].,:;!?|·•/+\-–—»›→…>*]*", re.IGNORECASE)


_TAIL_RE = _anchored(_TAIL_PATTERNS)
_LINE_RE = _anchored(_LINE_PATTERNS)

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DATE_FORMS = [
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",  # December 7, 2025
    rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}",  # 7 December 2025
    r"(?P<iso_year>\d{4})[-/](?P<iso_month>\d{1,2})[-/](?P<iso_day>\d{1,2})",  # 2025-12-07
]
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_PREFIX = r"(?:(?:published|posted|updated|last updated|date)(?:\s+on)?:?\s+)?"
_TIME = r"(?:\s*(?:at|,|-|–|\|)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
_DATE_LINE_RES = [
    re.compile(rf"\s*{_PREFIX}{_WEEKDAY}{form}{_TIME}\s*", re.IGNORECASE) for form in _DATE_FORMS
]


def normalize(text: str) -> str:
    """Unify line endings and drop trailing whitespace per line; nothing else changes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def paragraphs(text: str) -> list[str]:
    """Split text on blank lines; lines inside a paragraph keep their single newlines."""
    return [p.strip("\n") for p in re.split(r"\n\s*\n", normalize(text)) if p.strip()]


def parse_date_line(line: str) -> str | None:
    """The ISO date of a line that is only a date ("Sunday, December 7, 2025"), else None."""
    if len(line) > 80:
        return None
    for pattern in _DATE_LINE_RES:
        match = pattern.fullmatch(line)
        if not match:
            continue
        parts = match.groupdict()
        try:
            if parts.get("iso_year"):
                day = dt.date(int(parts["iso_year"]), int(parts["iso_month"]), int(parts["iso_day"]))
            else:
                month = _MONTHS.get(parts["month"].lower())
                if month is None:
                    continue
                day = dt.date(int(parts["year"]), month, int(parts["day"]))
        except ValueError:
            continue
        return day.isoformat()
    return None


def is_chrome_line(line: str) -> bool:
    line = line.strip()
    return bool(line) and len(line) <= MAX_CHROME_LINE_CHARS and _LINE_RE.fullmatch(line) is not None


def _is_tail_marker(line: str) -> bool:
    line = line.strip()
    return bool(line) and len(line) <= MAX_CHROME_LINE_CHARS and _TAIL_RE.fullmatch(line) is not None


def _is_body(block: Block) -> bool:
    return not block.heading and len(block.text) >= BODY_PARAGRAPH_CHARS


def _cut_tail(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Cut from the first tail marker after the body began, if less text follows than precedes.

    The size guard keeps a stray "Leave a comment" link near the top from cutting the article.
    """
    total = sum(len(b.text) + 1 for b in blocks)
    position = 0
    seen_body = False
    for index, block in enumerate(blocks):
        lines = block.text.split("\n")
        for line_no, line in enumerate(lines):
            if seen_body and _is_tail_marker(line) and total - position < position:
                kept = "\n".join(lines[:line_no]).strip("\n")
                cut = lines[line_no:] + [ln for b in blocks[index + 1:] for ln in b.text.split("\n")]
                head = blocks[:index] + ([Block(kept, block.heading, block.page)] if kept.strip() else [])
                return head, cut
            position += len(line) + 1
        seen_body = seen_body or _is_body(block)
    return blocks, []


def _drop_chrome_lines(block: Block) -> tuple[Block | None, list[str]]:
    """The block without its chrome lines (None if nothing is left), and the lines removed."""
    lines = block.text.split("\n")
    kept = [line for line in lines if not is_chrome_line(line)]
    removed = [line for line in lines if is_chrome_line(line)]
    if not "".join(kept).strip():
        return None, removed
    return (Block("\n".join(kept).strip("\n"), block.heading, block.page) if removed else block), removed


def _date_line(block: Block) -> tuple[int, str] | None:
    """The (index, ISO date) of a byline-sized block's date line: one beside at most one other line.

    A longer block of dates (a timeline) is content, not a dateline.
    """
    lines = [line for line in block.text.split("\n") if not is_chrome_line(line)]
    if len(lines) > 2:
        return None
    for index, line in enumerate(block.text.split("\n")):
        if date := parse_date_line(line):
            return index, date
    return None


def _head(blocks: list[Block]) -> list[Block]:
    """The blocks before the first body paragraph: where a page shows its dateline."""
    head = []
    for block in blocks[:HEAD_BLOCKS]:
        if _is_body(block):
            break
        head.append(block)
    return head


def strip_chrome(blocks: list[Block]) -> Cleaned:
    """Remove page chrome: the trailing comment/footer block, boilerplate lines, the head dateline.

    The dateline's date becomes the document date.
    """
    blocks, removed = _cut_tail(blocks)
    date = None
    for index, block in enumerate(_head(blocks)):
        if found := _date_line(block):
            line_no, date = found
            lines = block.text.split("\n")
            removed.append(lines.pop(line_no))
            blocks = blocks[:index] + [Block("\n".join(lines), block.heading, block.page)] + blocks[index + 1:]
            break
    result: list[Block] = []
    for block in blocks:
        kept, dropped = _drop_chrome_lines(block)
        removed.extend(dropped)
        if kept is not None:
            result.append(kept)
    return Cleaned(result, date, removed)


def find_date(blocks: list[Block]) -> str | None:
    """The head's dateline date, without removing it (for PDF text, which is not chrome-cleaned)."""
    for block in _head(blocks):
        if found := _date_line(block):
            return found[1]
    return None


def is_heading_like(text: str) -> bool:
    """A short single line that does not read as a sentence or a list item."""
    text = text.strip()
    return (
        0 < len(text) <= 200
        and "\n" not in text
        and len(text.split()) <= 30
        and not text.endswith((".", ",", ";", ":"))
        and not text.startswith(("- ", "* ", "• "))
    )


def guess_title(blocks: list[Block]) -> str | None:
    """The first block when it is a heading or heading-like, else the first marked heading."""
    if not blocks:
        return None
    first = blocks[0]
    if first.heading or is_heading_like(first.text):
        return " ".join(first.text.split())
    for block in blocks:
        if block.heading:
            return " ".join(block.text.split())
    return None


def assemble(blocks: list[Block]) -> tuple[str, list[Section]]:
    """Join blocks with one blank line; sections per PDF page and per heading, by offset."""
    parts: list[str] = []
    spans: list[tuple[int, int, Block]] = []
    offset = 0
    for block in blocks:
        text = block.text.strip("\n")
        if not text.strip():
            continue
        if parts:
            offset += len(PARAGRAPH_SEPARATOR)
        parts.append(text)
        spans.append((offset, offset + len(text), block))
        offset += len(text)
    full = PARAGRAPH_SEPARATOR.join(parts)

    sections: list[Section] = []
    pages: dict[int, list[int]] = {}
    for start, end, block in spans:
        if block.page is not None:
            first_last = pages.setdefault(block.page, [start, end])
            first_last[1] = end
    sections += [Section(start, end, page=page) for page, (start, end) in pages.items()]

    heading_spans = [(start, block) for start, _, block in spans if block.heading]
    for i, (start, block) in enumerate(heading_spans):
        end = heading_spans[i + 1][0] - len(PARAGRAPH_SEPARATOR) if i + 1 < len(heading_spans) else len(full)
        sections.append(Section(start, end, page=block.page, heading=" ".join(block.text.split())))
    sections.sort(key=lambda s: (s.start, s.heading is not None))
    return full, sections
