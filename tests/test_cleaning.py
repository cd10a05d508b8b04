"""Cleaning: furniture, repeats, repairs, sentences, and offsets back into the raw text."""

import re

import pytest

from pipeline.text.cleaning import clean_article, furniture_reason, split_sentences
from pipeline.text.offsets import OffsetMap, StoredOffsets


def sentences_of(raw: str) -> list[str]:
    cleaned = clean_article(raw)
    return [cleaned.sentence_text(s) for s in cleaned.sentences]


def test_furniture_lines_are_dropped_and_counted():
    raw = (
        "Home » World » Frontline report\n\nFrontline report\n\nTroops moved 12 tanks.\n"
        "You may also like\nLeave a Comment\nAdblock Detected\n"
        "Please support us by disabling your AdBlocker extension.\n"
    )
    cleaned = clean_article(raw)
    assert [cleaned.sentence_text(s) for s in cleaned.sentences] == [
        "Frontline report",
        "Troops moved 12 tanks.",
    ]
    assert cleaned.title == "Frontline report"
    assert cleaned.dropped == {"breadcrumb": 1, "navigation": 1, "comments": 1, "adblock": 2}


@pytest.mark.parametrize(
    "line",
    [
        "Troops moved 12 tanks.",
        "© 2024 All Rights Reserved",
        "Copyright: ALL RIGHTS RESERVED.",
        "All rights\u00a0reserved",  # a no-break space is not the pattern's space
        "All rights reserved \u2014 Kyiv Post",  # not ASCII: the regex decides
        "Adblock Detected",
        "Please consider disabling your ad blocker",
        "This site uses \u212aismet",  # the Kelvin sign: a K only to the regex
        "Kindly refrain from using derogatory language",
    ],
)
def test_furniture_reason_is_what_the_patterns_say(line):
    from pipeline.lexicons import lexicon_dir, load_rows

    expected = next(
        (
            row["reason"]
            for row in load_rows("furniture", lexicon_dir())
            if re.search(row["pattern"], line, re.IGNORECASE)
        ),
        None,
    )
    assert furniture_reason(line) == expected


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Read also: Russia fires 40 missiles at Lviv overnight", "navigation"),
        ("See also: How many drones does Russia make a month?", "navigation"),
        ("Poll: 58% of readers expect talks this year", "poll"),
        ("Our channel | 120,400 subscribers", "counter"),
        ("3 min read", "counter"),
        ("Support our journalism for $3 a month", "donate"),
        ("Keep our reporters at the front. Become a supporter from $4 a month.", "donate"),
        ("Russia's defence budget will support its army with $140 billion.", None),
        ("Photo: Ukrainian soldiers near Kupiansk, 3 May", "caption"),
        ("We use cookies to improve your experience.", "cookies"),
        ("Energy 12% | Defence 40% | Health 7%", "menu"),
        ("Russia fired 40 missiles | the air force shot down 31.", None),
        ("The poll of 1,000 voters showed support at 58%.", None),
        ("Russia launched 12 drones; read also the ministry's statement.", None),
        ("RELATED", "navigation"),  # a heading of links on its own line
        ("Related", "navigation"),
        ("Related stories about 40 drones", "navigation"),
        ("Frontier Weekly — the top 5 stories every Friday. [Subscribe]", "share"),
        ("Support independent journalism from UAH 99 a month. [Become a member]", "share"),
        ("Related strikes hit 12 substations overnight, the operator said.", None),
        ("Ukraine had to subscribe to 40 more Starlink terminals.", None),
        ("We rely on donors — give $25, $50 or $100 today.", "donate"),
        ("Print edition: UAH 45 | Issue 118", "donate"),
        ("Support FrontMap on Patreon from $3 a month.", "donate"),
        ("Give €25 and we can print 40 mine-risk education leaflets.", "donate"),
        ("Germany will give €25 million and more later.", None),
        ("The plan costs from $3 billion a month to run, the minister said.", None),
        ("Germany will give $500 million or $600 million a year, the minister said.", None),
        ("Read next", "navigation"),
        ("Related interviews", "navigation"),
        (
            "Previous: Gladkov, 26 December — 5 drones over Stary Oskol | Next: 29 December",
            "navigation",
        ),
        ("Prices (29 Dec close): TTF €38.40/MWh · Brent $61.15 · UAH/EUR 48.9", "ticker"),
        ("Our Telegram channel: 23,500 subscribers.", "counter"),
        ("Telegram · 1.2K subscribers", "counter"),
        ("☁ Belgorod +3°C     USD 96.40   EUR 104.12     18+", "ticker"),
        ("The rouble weakened to 96.40 per dollar, the central bank said.", None),
        (
            "Shelling hit Rylsk, Governor Alexander Khinshtein said in a post on his Telegram"
            " channel, which has around 410,000 subscribers.",
            None,
        ),
        ("Prices of food rose 12% in the occupied areas, the ministry said.", None),
        ("Previously, 40 drones hit the city.", None),
        ("EUR/USD 1.1734 ▲0.2% · Brent $71.20 ▼1.1% · Gold $3,915", "ticker"),
        ("Kyiv Monitor Pro: full data for £19 a month. [Start free trial]", "donate"),
        ("The Herald is read by 20,000 people a month. Support us from 50 hryvnias.", "donate"),
        ("Allies will support us with 40 Patriot missiles, the minister said.", None),
        ("From the archive", "navigation"),
        ("Popular on Koliia", "navigation"),
        ("Saved 1,214 times · Share", "counter"),
        ("Indicative prices, 18 Jan: Wheat 12.5% FOB $231/t", "ticker"),
        ("Get the weekly: 5 stories. Subscribe for €4.99/month or €49/year.", "donate"),
        ("2,860 people support it with a monthly donation from 100 hryvnias.", "donate"),
        ("4,100 paying members make it possible: become one for €6 a month.", "donate"),
        ("Pulse Pro: daily digest, 249 hryvnias a month. 14-day free trial.", "donate"),
        ("Popular support for the war fell to 40% in March, the poll found.", None),
        ("More investigations", "navigation"),
        ("Related fact-checks", "navigation"),
        ("More shelling was reported in Kherson overnight, the governor said.", None),
        ("The Bulletin is funded by subscribers. Annual plan: $96.", "donate"),
        ("Kyiv Post membership: €4 a month or €40 a year.", "donate"),
        ("Support Steppe Line from 150 hryvnias a month. Already 1,240 patrons.", "donate"),
        ("[Progress: ₴18.6 million of ₴50 million — 37%]", "donate"),
        ("This episode is brought to you by Trail boots — use code FRONT20 for 20% off.", "advert"),
        (
            "Cookie settings: We and our 214 partners store and access information on your device.",
            "cookies",
        ),
        ("-14°C Dnipro · USD 43.10 · EUR 46.85", "ticker"),
        ("The fund is supported by donors in 40 countries, its director said.", None),
        ("Comments 96 · Shared 5,410 times", "counter"),
        ("Become one of them from 100 hryvnias.", "donate"),
        ("Our journalism is free to read. Support us from CHF 5 a month.", "donate"),
        ("Drone Expo, Lviv, 4-5 June. 90 exhibitors. Early-bird tickets €380.", "advert"),
        ("Police said 1,200 tickets to the match were sold.", None),
        ("Support Slobozhanka: 100 hryvnias a month. Join 4,800 members.", "donate"),
        ("Join 40 Ukrainian soldiers on the front line in our new documentary.", None),
        (
            "The Steppe Herald is a newsroom in Dnipro. Support us: 50 hryvnias a month. Donate",
            "donate",
        ),
        ("Support Meduza. We are blocked in Russia. 5 euros a month pays for an hour.", "donate"),
        ("The digest comes every Monday. 12,400 subscribers. Sign up", "donate"),
        ("Front Notes in your inbox each morning: 5 stories, 2 minutes.", "share"),
        ("Support the Odesa Herald's local journalism: 100 hryvnias buys a day.", "donate"),
        ("2,100 readers already give 150 hryvnias a month to keep us going.", "donate"),
        ("Support the troops: 40 drones were bought with readers' money, the fund said.", None),
        ("Allies pledged to support Ukraine. 40 countries took part.", None),
        ("Support for Ukraine: 40 countries pledged aid, the minister said.", None),
        ("Germany promised to donate 20 more IRIS-T missiles, the minister said.", None),
        ("Support Steppe Line: from 120 hryvnias a month", "donate"),
        ("Support Redaktsiia: we have 4,150 subscribers. From 99 UAH a month.", "donate"),
        ("Editor: O. Koval · Advertise with us: from 4,500 UAH per week · © 2028", "advert"),
        ("Issue 4 (212), April 2028 · Print subscription 480 UAH/year", "donate"),
        ("Newsletters | Subscribe — $1 for 4 weeks", "donate"),
        (
            "It appears every Friday. Sign up for our Front newsletter — free, 3 times a week.",
            "share",
        ),
        ("More on this topic • Lviv: 5 churches host displaced families", "navigation"),
        ("ADVERTISEMENT · Solar for schools: 120 kW in 30 days →", "advert"),
        ("Lviv 79000 · +380 32 245 17 70 · Advertising from 1,500 UAH · © 2015–2028", "advert"),
        ("Tuesday, 11 April 2028 · No. 14 (3127) · Price 12 UAH", "advert"),
        ("Top up with 50 hryvnias and get a 5 GB bonus. Details →", "advert"),
        ("News | Markets USD/RUB 96.40 ▲0.3   EUR/RUB 104.15 ▼0.1", "ticker"),
        ("Newsletter | ENG | РУС Tbilisi 3°C | GEL/USD 2.68", "ticker"),
        ("Hotline: 0 800 503 111 · Tickets from 389 UAH", "advert"),
        ("The price of petrol rose to 74 roubles a litre, the ministry said.", None),
        ("The subscription of 40 drones a month to the brigade was paid by donors.", None),
        ("It is paid for by 900 small donors. Become one: €4 a month →", "donate"),
        ("Support for the brigade: from 40 drones a week to 90, the commander said.", None),
    ],
)
def test_site_furniture_lines_are_recognised(line, reason):
    assert furniture_reason(line) == reason


def test_footnote_markers_are_dropped_and_end_no_sentence_late():
    raw = "Drones came from Millerovo, Rostov Oblast.[13] The air force said 121 were downed.[14]"
    cleaned = clean_article(raw)
    assert sentences_of(raw) == [
        "Drones came from Millerovo, Rostov Oblast.",
        "The air force said 121 were downed.",
    ]
    start = cleaned.text.index("121")
    assert raw[cleaned.offsets.raw_span(start, start + 3)[0] :].startswith("121 were")


def test_footnote_markers_after_a_space_or_in_runs_are_dropped_but_brackets_are_kept():
    raw = "Some 11,000 troops [3], and 85 tanks [2][7]. Sources [1, 4] differ [sic] on 9 [2027]."
    assert sentences_of(raw) == [
        "Some 11,000 troops, and 85 tanks.",
        "Sources differ [sic] on 9 [2027].",
    ]


def test_headlines_set_right_under_a_read_also_line_are_navigation():
    raw = "Read also:\nSix killed in Kharkiv strike\nDrones hit Sumy?\n\nTwo new stories ahead"
    cleaned = clean_article(raw)
    assert sentences_of(raw) == ["Two new stories ahead"]
    assert cleaned.dropped == {"navigation": 3}


def test_repeated_paragraphs_and_titles_are_collapsed():
    raw = "Big headline here\n\n Big headline here\nA first paragraph.\nA second one.\nA first paragraph.\n"
    cleaned = clean_article(raw)
    assert sentences_of(raw) == ["Big headline here", "A first paragraph.", "A second one."]
    assert cleaned.dropped == {"repeated_title": 1, "repeated_paragraph": 1}


def test_article_without_headline_has_no_title():
    assert clean_article("The army said it moved. Then it stopped.").title is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("They shipped 39. 6 million cubic meters.", "They shipped 39.6 million cubic meters."),
        ("Russia took 12. 5 kilometers of ground.", "Russia took 12.5 kilometers of ground."),
        ("A girl aged 9. 1 house burned.", "A girl aged 9. 1 house burned."),
        ("a depth of 12 kilometers (7. 5 miles)", "a depth of 12 kilometers (7.5 miles)"),
        ("against the U. S. dollar", "against the U.S. dollar"),
        ("up\u00a0to 5\u202f000 troops", "up to 5 000 troops"),
        ("zero\u200bwidth", "zerowidth"),
    ],
)
def test_inline_repairs(raw, clean):
    cleaned = clean_article(raw)
    assert cleaned.text == clean


def test_sentence_end_followed_by_number_is_not_a_decimal():
    # "2022. 5" is a year ending a sentence, then a new sentence.
    assert sentences_of("It began in 2022. 5 drones fell later.") == [
        "It began in 2022.",
        "5 drones fell later.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lt. Gen. Smith said 5. Then he left.", ["Lt. Gen. Smith said 5.", "Then he left."]),
        ("The U.S. Army said so. Others agreed.", ["The U.S. Army said so.", "Others agreed."]),
        ("Fighter jets.These jets flew.", ["Fighter jets.", "These jets flew."]),
        ("“We are ready.” The minister left.", ["“We are ready.”", "The minister left."]),
        ("He counted 3.5 km of road.", ["He counted 3.5 km of road."]),
        # dot leaders join a table's label to its figure; an ellipsis still ends a sentence
        ("Japan ........ 28", ["Japan ........ 28"]),
        # a numbered table's title is one sentence
        ("Table 1. Russian gains by direction", ["Table 1. Russian gains by direction"]),
        ("They waited... 20 minutes later it hit.", ["They waited...", "20 minutes later it hit."]),
    ],
)
def test_sentence_splitting(text, expected):
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == expected


def test_offsets_point_into_raw_text_through_every_edit():
    raw = "Home » News\n\n  Gas: 39. 6 million m3 against the U. S. dollar.\r\nMore:\u00a0100 drones.\n"
    raw = raw.replace("\r\n", "\n")
    cleaned = clean_article(raw)
    text = cleaned.text
    for needle, raw_surface in [
        ("39.6 million", "39. 6 million"),
        ("U.S.", "U. S."),
        ("100 drones", "100 drones"),
    ]:
        start = text.index(needle)
        a, b = cleaned.offsets.raw_span(start, start + len(needle))
        assert raw[a:b] == raw_surface


def test_offset_map_slices_round_trip_through_flat_storage():
    raw = "Intro line.\nThey moved 39. 6 million tonnes."
    cleaned = clean_article(raw)
    s = cleaned.sentences[1]
    piece = cleaned.offsets.slice(s.start, s.end)
    text = cleaned.sentence_text(s)
    again = OffsetMap.from_flat(text, piece.to_flat())
    i = text.index("39.6")
    assert raw[slice(*again.raw_span(i, i + len("39.6 million")))] == "39. 6 million"
    # as stored: a list, or the text of an INTEGER[] (how the stages send it), read alike
    for stored in (piece.to_flat(), str(piece.to_flat())):
        offsets = StoredOffsets(text, stored)
        assert raw[slice(*offsets.raw_span(i, i + len("39.6 million")))] == "39. 6 million"


def test_offset_map_text_is_joined_once_and_grows_with_appends():
    raw = "Kyiv said 39. 6 million.\nAgain."
    m = OffsetMap()
    m.copy(raw, 0, 12)
    m.rewrite(".", 12, 14)
    m.copy(raw, 14, 24)
    first = m.text
    assert first == "Kyiv said 39.6 million." and m.text is first  # not joined again per read
    m.rewrite("\n", 25, 25)
    m.copy(raw, 25, len(raw))
    assert m.text == "Kyiv said 39.6 million.\nAgain."
    assert raw[slice(*m.raw_span(10, 22))] == "39. 6 million"


@pytest.mark.parametrize(
    "dateline",
    [
        "KYIV/GENEVA, 12 November – ",  # the day before the month
        "KYIV/WARSAW - ",  # places alone, joined by a slash
        "MOSCOW, November 19. /TASS/. ",  # an agency's own form
    ],
)
def test_datelines_of_other_forms_are_dropped(dateline):
    raw = dateline + "A Russian attack knocked out 1,600 megawatts."
    assert sentences_of(raw) == ["A Russian attack knocked out 1,600 megawatts."]
    assert clean_article(raw).dropped == {"dateline": 1}


def test_a_capitalised_word_and_a_dash_are_no_dateline():
    assert sentences_of("NATO - the alliance said 40 drones crossed.") == [
        "NATO - the alliance said 40 drones crossed."
    ]


def test_related_links_and_datelines_are_not_article_text():
    raw = (
        "KYIV, Nov 25 (Wire) - Russia launched 40 drones.\n\nRelated stories\n"
        "- Ukraine says 3 killed in Dnipro\n• Poland scrambles jets after 19 drones\n\n"
        "Reporting by A. Writer\n- a dash line after real text stays\n"
    )
    cleaned = clean_article(raw)
    assert sentences_of(raw) == [
        "Russia launched 40 drones.",
        "Reporting by A. Writer",
        "- a dash line after real text stays",
    ]
    assert cleaned.dropped == {"dateline": 1, "navigation": 3}
    start = cleaned.text.index("Russia")
    assert raw[slice(*cleaned.offsets.raw_span(start, start + 6))] == "Russia"


def test_numbered_and_arrow_link_lists_after_a_navigation_heading_are_dropped():
    raw = (
        "Sign in · Subscribe from $1/month\n\nRussia launched 40 drones at Odesa.\n\n"
        "Most read\n1. Five things to watch at the summit\n2. Opinion: Europe's 2% era is over\n"
        "Read also:\n→ Kherson region: 3 killed, 11 injured in shelling\n"
        "› Odesa: 2 injured as drones hit the port\n\n"
        "Two points follow.\n1. The first stays.\n"
    )
    assert sentences_of(raw) == [
        "Russia launched 40 drones at Odesa.",
        "Two points follow.",
        "1. The first stays.",
    ]
    assert clean_article(raw).dropped == {"account": 1, "navigation": 6}


def test_a_unit_glued_to_its_number_is_split_off_and_offsets_still_hold():
    raw = "They advanced 4.5km and took 300km² near a 600MW plant, firing 155mm shells."
    cleaned = clean_article(raw)
    assert cleaned.text == (
        "They advanced 4.5 km and took 300 km² near a 600 MW plant, firing 155mm shells."
    )
    start = cleaned.text.index("300")
    assert raw[slice(*cleaned.offsets.raw_span(start, start + 6))] == "300km"


@pytest.mark.parametrize(
    ("raw", "kept", "dropped"),
    [
        (
            "Home | World | Ukraine | Opinion\n\n"
            "Air defence results overnight.\n\n"
            "Type of target | Shot down | Lost\n"
            "Shahed drones | 408 | 53\n"
            "Kh-101 | 21 | –\n\n"
            "News | Sport | Weather\n"
            "About | Contact | Jobs\n",
            [
                "Air defence results overnight.",
                "Type of target | Shot down | Lost",
                "Shahed drones | 408 | 53",
                "Kh-101 | 21 | –",
            ],
            {"breadcrumb": 1, "menu": 2},
        ),
        (  # cells that open with a figure
            "Romania | Moldova | Region | Defence\n\n"
            "Allies announced new pledges:\n\n"
            "Country | Pledge | Value\n"
            "Germany | 2 IRIS-T SLM systems, ammunition | €500 million\n"
            "Netherlands | interceptor drones | €250 million\n",
            [
                "Allies announced new pledges:",
                "Country | Pledge | Value",
                "Germany | 2 IRIS-T SLM systems, ammunition | €500 million",
                "Netherlands | interceptor drones | €250 million",
            ],
            {"menu": 1},
        ),
    ],
)
def test_a_table_of_figures_is_kept_and_a_menu_is_not(raw, kept, dropped):
    cleaned = clean_article(raw)
    assert [cleaned.sentence_text(s) for s in cleaned.sentences] == kept
    assert cleaned.dropped == dropped


def test_a_line_wrapped_mid_sentence_goes_on_in_its_paragraph():
    raw = (
        "The initiative says it has delivered since the scheme began about 4.3\n"
        "million rounds, the report says.\n"
        "Russian losses:\n"
        "tanks – 11,512\n"
    )
    cleaned = clean_article(raw)
    assert sentences_of(raw) == [
        "The initiative says it has delivered since the scheme began about 4.3 million rounds,"
        " the report says.",
        "Russian losses:",
        "tanks – 11,512",
    ]
    # the joined sentence still points at its own characters of the raw text
    first = cleaned.sentences[0]
    start, end = cleaned.offsets.raw_span(first.start, first.end)
    assert raw[start:end].replace("\n", " ") == sentences_of(raw)[0]


def test_a_short_line_ending_in_a_number_takes_the_scale_word_on_the_next():
    # a number cut from its scale word is one figure however short its line; a short line
    # before another lower-case line is still a line of its own
    raw = (
        "The city spent 948\n"
        "million hryvnias on housing repairs, the mayor said.\n"
        "\n"
        "Units on duty: 12\n"
        "more are expected in May.\n"
    )
    assert sentences_of(raw) == [
        "The city spent 948 million hryvnias on housing repairs, the mayor said.",
        "Units on duty: 12",
        "more are expected in May.",
    ]


def test_a_caption_under_a_figure_alone_on_its_line_goes_on_from_it():
    # a page of figures sets each over its caption, which may start with a capital; a figure
    # with words of its own, or a caption after a blank line, stays a line of its own
    raw = (
        "3,870\n"
        "Russian drones launched at Ukraine in May, the Air Force says\n"
        "\n"
        "About 870\n"
        "glide bombs dropped on the Zaporizhzhia region\n"
        "\n"
        "⚠ 14\n"
        "settlements 'liberated', Russia's Defence Ministry claims\n"
        "\n"
        "Units on duty: 12\n"
        "Reserves arrive in May.\n"
        "\n"
        "2,300\n"
        "\n"
        "Civilians left Pokrovsk district.\n"
    )
    assert sentences_of(raw) == [
        "3,870 Russian drones launched at Ukraine in May, the Air Force says",
        "About 870 glide bombs dropped on the Zaporizhzhia region",
        "⚠ 14 settlements 'liberated', Russia's Defence Ministry claims",
        "Units on duty: 12",
        "Reserves arrive in May.",
        "2,300",
        "Civilians left Pokrovsk district.",
    ]
