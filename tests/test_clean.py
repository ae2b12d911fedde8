"""CLEAN stage: page chrome goes, body paragraphs stay byte-for-byte, offsets line up."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant import clean
from assistant.clean import Block
from assistant.load import load_document

BRIEF = Path(__file__).resolve().parent.parent / "docs_corpus" / "andean-crucible-us-peru-relations.txt"
BRIEF_TITLE = "The Andean Crucible: US-Peru Relations and the Shifting Sands of Regional Security"
BRIEF_CHROME = [
    "Sunday, December 7, 2025",
    "Top 5 This Week",
    "Related Posts",
    "LEAVE A REPLY",
    "Please enter your comment!",
    "Please enter your name here",
    "Popular Articles",
]
LIMIT = 20 * 1024 * 1024
LONG = ("The ministry published a review of water allocation in the coastal valleys, finding that "
        "irrigation districts downstream of the glaciers lost a fifth of their dry-season supply "
        "between 2010 and 2024, with the sharpest losses in the Santa basin.")


def _body_paragraphs(raw: str) -> list[str]:
    return [p for p in raw.split("\n\n") if len(p) >= clean.BODY_PARAGRAPH_CHARS]


def test_brief_loses_all_chrome_and_keeps_every_body_paragraph_verbatim():
    raw = BRIEF.read_text(encoding="utf-8")
    document = load_document(BRIEF, LIMIT)
    body = _body_paragraphs(raw)

    assert len(body) == 5
    for chrome in BRIEF_CHROME:
        assert chrome.lower() not in document.text.lower(), chrome
    for paragraph in body:
        assert paragraph in document.text
    # Nothing but the title and the body, each paragraph separated by exactly one blank line.
    assert document.text == "\n\n".join([BRIEF_TITLE] + body)
    assert "’" in document.text and "–" in document.text


def test_brief_title_and_date():
    document = load_document(BRIEF, LIMIT)
    assert document.title == BRIEF_TITLE
    assert document.text.split("\n", 1)[0] == BRIEF_TITLE
    assert document.date == "2025-12-07"
    assert document.doc_id == "andean-crucible-us-peru-relations"
    assert document.source == BRIEF.name


def test_strip_chrome_reports_what_it_removed_from_the_brief():
    blocks = [Block(p) for p in clean.paragraphs(BRIEF.read_text(encoding="utf-8"))]
    cleaned = clean.strip_chrome(blocks)
    assert cleaned.date == "2025-12-07"
    assert sorted(cleaned.removed_lines) == sorted(BRIEF_CHROME)
    assert clean.guess_title(cleaned.blocks) == BRIEF_TITLE


@pytest.mark.parametrize("line", [
    "Popular Articles2", "POPULAR POSTS", "Top 10 This Week", "Related Posts", "You may also like",
    "Share on Facebook", "Share this article", "Tweet", "Subscribe", "Subscribe to our newsletter",
    "Read more", "Read More »", "Leave a comment", "Comments (4)", "12 Comments",
    "Please enter your name here", "You have entered an incorrect email address!",
    "We use cookies to improve your experience on our site. By continuing you accept them.",
    "Accept all cookies", "Cookie settings", "© 2025 Andean Review. All rights reserved.",
    "Copyright 2024 Example Media", "Advertisement", "Skip to content", "Tags: Peru, security",
    "Next Article", "• Follow us", "Most Read", "(c) 2025 Example Media",
])
def test_chrome_lines_are_recognised(line):
    assert clean.is_chrome_line(line)


@pytest.mark.parametrize("line", [
    "Subscribe to our newsletter for weekly briefs on Peru.",
    "Readers who share this view argue that the pact failed.",
    "Popular support for the reform fell to 31% in March.",
    "Comments from the ministry were not available.",
    "Recommendations",
    "Responses to the crisis",
    "(c) reduce tariffs on lithium exports",
    LONG,
])
def test_body_lines_that_mention_chrome_words_are_kept(line):
    assert not clean.is_chrome_line(line)


def test_chrome_lines_inside_a_block_go_and_the_rest_of_the_block_stays():
    blocks = [Block("Water Policy Brief"), Block("Share this article\nShare on Twitter"), Block(LONG),
              Block(LONG.replace("ministry", "agency"))]
    cleaned = clean.strip_chrome(blocks)
    assert [b.text for b in cleaned.blocks] == ["Water Policy Brief", LONG, LONG.replace("ministry", "agency")]


def test_trailing_related_and_footer_block_is_cut_whole():
    related_titles = "Lithium and the Andes\nWhy Chile Votes Left\nA Guide to Mining Royalties"
    blocks = [Block("Water Policy Brief"), Block(LONG), Block(LONG.upper()),
              Block("Related Posts"), Block(related_titles), Block("About the site\n© 2025 Example")]
    cleaned = clean.strip_chrome(blocks)
    assert [b.text for b in cleaned.blocks] == ["Water Policy Brief", LONG, LONG.upper()]
    assert "Why Chile Votes Left" in cleaned.removed_lines


def test_comment_marker_near_the_top_does_not_cut_the_article():
    later = [Block(LONG.replace("2024", str(year))) for year in range(2025, 2030)]
    blocks = [Block("Water Policy Brief"), Block(LONG), Block("Leave a comment")] + later
    cleaned = clean.strip_chrome(blocks)
    assert [b.text for b in cleaned.blocks] == ["Water Policy Brief", LONG] + [b.text for b in later]


def test_date_line_is_only_metadata_in_the_page_head():
    timeline = "Timeline\nMarch 3, 2021"
    blocks = [Block("Posted on 7 December 2025"), Block("Water Policy Brief"), Block(LONG), Block(timeline)]
    cleaned = clean.strip_chrome(blocks)
    assert cleaned.date == "2025-12-07"
    assert [b.text for b in cleaned.blocks] == ["Water Policy Brief", LONG, timeline]


@pytest.mark.parametrize("line, iso", [
    ("Sunday, December 7, 2025", "2025-12-07"),
    ("December 7, 2025", "2025-12-07"),
    ("7 Dec. 2025", "2025-12-07"),
    ("Published: 2025-12-07", "2025-12-07"),
    ("Updated on March 3rd, 2024 at 10:30 am", "2024-03-03"),
    ("February 30, 2025", None),
    ("On December 7, 2025 the talks collapsed.", None),
    ("Smarch 7, 2025", None),
])
def test_parse_date_line(line, iso):
    assert clean.parse_date_line(line) == iso


def test_a_timeline_in_the_head_is_content_not_a_dateline():
    timeline = "March 3, 2021\nApril 5, 2022\nMay 6, 2023"
    blocks = [Block("Key Dates"), Block(timeline), Block(LONG)]
    cleaned = clean.strip_chrome(blocks)
    assert cleaned.date is None
    assert [b.text for b in cleaned.blocks] == ["Key Dates", timeline, LONG]


def test_byline_keeps_the_author_and_loses_the_date():
    cleaned = clean.strip_chrome([Block("Water Brief"), Block("By Ana Quispe\nDecember 7, 2025"), Block(LONG)])
    assert cleaned.date == "2025-12-07"
    assert [b.text for b in cleaned.blocks] == ["Water Brief", "By Ana Quispe", LONG]


def test_find_date_leaves_the_text_alone():
    blocks = [Block("Annual Report\nDecember 7, 2025"), Block(LONG)]
    assert clean.find_date(blocks) == "2025-12-07"
    assert blocks[0].text == "Annual Report\nDecember 7, 2025"


def test_normalize_and_paragraphs():
    raw = "Title  \r\n\r\n\r\n\r\nFirst line\r\nsecond line\t\n \n\n\nLast\r"
    assert clean.normalize("a \r\nb\t\rc") == "a\nb\nc"
    assert clean.paragraphs(raw) == ["Title", "First line\nsecond line", "Last"]


def test_assemble_offsets_for_headings_and_pages():
    blocks = [Block("Intro text."), Block("Background", heading=True), Block("Old facts."),
              Block("Options", heading=True), Block("New facts.")]
    text, sections = clean.assemble(blocks)
    assert text == "Intro text.\n\nBackground\n\nOld facts.\n\nOptions\n\nNew facts."
    assert [(s.heading, text[s.start:s.end]) for s in sections] == [
        ("Background", "Background\n\nOld facts."),
        ("Options", "Options\n\nNew facts."),
    ]

    pages = [Block("Page one a.", page=1), Block("Page one b.", page=1), Block("Page two.", page=2)]
    text, sections = clean.assemble(pages)
    assert [(s.page, text[s.start:s.end]) for s in sections] == [
        (1, "Page one a.\n\nPage one b."), (2, "Page two."),
    ]


def test_guess_title():
    assert clean.guess_title([Block("A Short Title"), Block(LONG)]) == "A Short Title"
    assert clean.guess_title([Block(LONG), Block("Section", heading=True)]) == "Section"
    assert clean.guess_title([Block(LONG)]) is None
