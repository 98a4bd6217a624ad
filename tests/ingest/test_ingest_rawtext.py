"""Raw scraped text: header lines, body paragraphs, normalisation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.ingest import parse_text, read_inputs
from eventwire.models import Article


def test_lavrov_example_matches_its_hand_made_record(shared_dir: Path) -> None:
    example = shared_dir / "examples" / "lavrov-karabakh-2021-01-18.txt"
    expected = json.loads((shared_dir / "examples" / "lavrov-karabakh-2021-01-18.json").read_text("utf-8"))
    [article] = list(read_inputs([str(example)]))
    assert isinstance(article, Article)
    assert article.section == "CIS countries"
    assert article.headline == "Lavrov says no plans to incorporate Karabakh into Russia"
    assert article.dateline == "15:11, 18 January 2021"
    assert article.published == "2021-01-18T15:11:00"
    assert article.extras == {"view_count": 25, "photo_credit": "Valeriy Melnikov/RIA Novosti"}
    assert article.text == expected["text"]
    assert article.text.endswith("reported earlier that Putin wanted to discuss the meeting on Karabakh with Security Council members.")
    assert article.language == "en"
    assert article.origin == str(example)


def test_section_headline_date_count_and_credit() -> None:
    raw = "World\n\nTalks resume in Vienna\n\n09:30, 3 March 2022 1,204\nPhoto: Jane Roe/Example Agency\n\nDiplomats met in Vienna on Monday.\n\nThey will meet again."
    article = parse_text(raw, "t.txt")
    assert (article.section, article.headline) == ("World", "Talks resume in Vienna")
    assert article.dateline == "09:30, 3 March 2022"
    assert article.published == "2022-03-03T09:30:00"
    assert article.extras == {"view_count": 1204, "photo_credit": "Jane Roe/Example Agency"}
    assert article.text == "Diplomats met in Vienna on Monday.\n\nThey will meet again."


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        ("January 18, 2021", "2021-01-18"),
        ("18 January 2021", "2021-01-18"),
        ("18.01.2021 15:11", "2021-01-18T15:11:00"),
        ("Jan. 18, 2021", "2021-01-18"),
        ("Monday, January 18, 2021 3:11 PM", "2021-01-18T15:11:00"),
        ("Published: 2021-01-18 15:11", "2021-01-18T15:11:00"),
        ("Posted on 18th of Jan 2021 at 9 a.m.", "2021-01-18T09:00:00"),
        ("01/18/2021", "2021-01-18"),
    ],
)
def test_date_line_formats(date_line: str, published: str) -> None:
    article = parse_text(f"Storm hits the coast\n{date_line}\nA storm hit the coast on Monday, officials said.", "t")
    assert article.headline == "Storm hits the coast"
    assert article.published == published
    assert article.text == "A storm hit the coast on Monday, officials said."


def test_agency_in_date_line_becomes_source() -> None:
    article = parse_text("Storm hits the coast\nJan. 18, 2021 (Reuters)\nA storm hit the coast.", "t")
    assert article.dateline == "Jan. 18, 2021 (Reuters)"
    assert article.source == "Reuters"


def test_byline_credit_variants_and_share_furniture() -> None:
    raw = "Storm hits the coast\nBy Jane Doe and John Roe\nPhoto by Ann Lee\nShare\nTweet\n\nA storm hit the coast on Monday."
    article = parse_text(raw, "t")
    assert article.byline == "Jane Doe and John Roe"
    assert article.extras["photo_credit"] == "Ann Lee"
    assert article.text == "A storm hit the coast on Monday."


def test_byline_with_date_and_updated_line() -> None:
    raw = "Storm hits the coast\nBy Jane Doe | 18 January 2021\nUpdated January 19, 2021 10:00\nImage: AP\n\nA storm hit the coast."
    article = parse_text(raw, "t")
    assert article.byline == "Jane Doe"
    assert article.published == "2021-01-18"
    assert article.extras["updated"] == "2021-01-19T10:00:00"
    assert article.extras["photo_credit"] == "AP"


def test_published_and_updated_on_one_line() -> None:
    raw = "Talks resume\nPublished: January 18, 2021 3:11 PM EST | Updated: January 19, 2021\n\nDiplomats met in Vienna."
    article = parse_text(raw, "t")
    assert article.published == "2021-01-18T15:11:00"
    assert article.dateline == "January 18, 2021 3:11 PM EST"
    assert article.extras["updated"] == "2021-01-19"


def test_wire_dateline_is_lifted_from_the_body() -> None:
    article = parse_text("Russia rules out annexation\n\nMOSCOW, Jan 18, 2021 (Reuters) - Russia has no plans, Lavrov said.", "t")
    assert article.dateline == "MOSCOW, Jan 18, 2021 (Reuters)"
    assert article.source == "Reuters"
    assert article.published == "2021-01-18"
    assert article.text == "Russia has no plans, Lavrov said."


@pytest.mark.parametrize(
    ("opening", "dateline", "source"),
    [
        ("WASHINGTON (AP) — ", "WASHINGTON (AP)", "AP"),
        ("TYRE, Lebanon, April 4 (AFP) -- ", "TYRE, Lebanon, April 4 (AFP)", "AFP"),
        ("MOSCOW, January 18. /TASS/. ", "MOSCOW, January 18. /TASS/.", "TASS"),
        ("KABUL (Pajhwok): ", "KABUL (Pajhwok)", "Pajhwok"),
        ("ISLAMABAD: ", "ISLAMABAD", ""),
        ("Tehran, March 15, IRNA - ", "Tehran, March 15, IRNA", "IRNA"),
        ("BERLIN -- ", "BERLIN", ""),
        ("THE HAGUE, Netherlands -- ", "THE HAGUE, Netherlands", ""),
    ],
)
def test_wire_dateline_styles(opening: str, dateline: str, source: str) -> None:
    article = parse_text(f"{opening}The talks ended on Monday.", "t")
    assert (article.dateline, article.source, article.text) == (dateline, source, "The talks ended on Monday.")


def test_a_body_opening_with_a_name_and_a_colon_keeps_it() -> None:
    article = parse_text("NATO: Russia must withdraw its troops.", "t")
    assert (article.dateline, article.text) == ("", "NATO: Russia must withdraw its troops.")


def test_header_dateline_wins_and_wire_dateline_goes_to_extras() -> None:
    article = parse_text("Talks end\n18 January 2021\n\nMOSCOW, Jan 18 (Reuters) - The talks ended.", "t")
    assert article.dateline == "18 January 2021"
    assert article.extras["wire_dateline"] == "MOSCOW, Jan 18 (Reuters)"
    assert article.text == "The talks ended."


def test_headline_and_body_without_meta_lines() -> None:
    article = parse_text("Will Russia annex Karabakh?\n\nRussia has no plans to annex it, Lavrov said.\n\nHe spoke in Moscow.", "t")
    assert article.headline == "Will Russia annex Karabakh?"
    assert article.section == ""
    assert article.text == "Russia has no plans to annex it, Lavrov said.\n\nHe spoke in Moscow."


def test_body_only_has_no_headline() -> None:
    article = parse_text("Russia has no plans to annex it, Lavrov said.\n\nHe spoke in Moscow.", "t")
    assert article.headline == ""
    assert article.text == "Russia has no plans to annex it, Lavrov said.\n\nHe spoke in Moscow."


def test_hard_wrapped_body_is_not_mistaken_for_a_header() -> None:
    article = parse_text("Russia has no plans to annex Nagorno-Karabakh, the\nforeign minister said on\nMonday in Moscow.", "t")
    assert article.headline == ""
    assert article.text == "Russia has no plans to annex Nagorno-Karabakh, the foreign minister said on Monday in Moscow."


def test_a_sentence_holding_a_date_is_not_a_date_line() -> None:
    article = parse_text("Storm hits coast\nThe storm began on 18 January 2021 and lasted two days\n\nIt was big.", "t")
    assert article.published == ""
    assert article.headline == "Storm hits coast"
    assert article.text.startswith("The storm began on 18 January 2021")


def test_a_lone_line_stays_text() -> None:
    article = parse_text("Storm hits coast", "t")
    assert (article.headline, article.text) == ("", "Storm hits coast")


def test_normalises_spaces_line_ends_and_paragraphs() -> None:
    raw = "Headline here\r\n\r\nBody\u00a0text with  odd\u2009spaces\u200b\r\nwrapped line.\r\n\r\n\r\n\r\nNext\tpara."
    article = parse_text(raw, "t")
    assert article.headline == "Headline here"
    assert article.text == "Body text with odd spaces wrapped line.\n\nNext para."


def test_empty_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no text"):
        parse_text(" \n\u00a0\n", "blank.txt")
