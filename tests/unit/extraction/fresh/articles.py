"""Whole-article cases: six hand-written diplomacy articles (articles/*.txt, see the package docstring) and
what a careful editor wants from each, checked by the article helpers in checks.py.

Each expected event: `at` is a unique substring of the article that contains the date phrase (or, for a
date the text implies without a phrase, the words that carry it); an extracted event matches it when its
date_span overlaps `at` (the first such event is the match).  start/end/prec are the editor's reading;
"week": the app has no week precision and gives a week as its seven days at precision "day", which is
accepted.  actors: must include; not_actors: must not include.  mod: asserted|planned|hypothetical|negated.
cat: acceptable PLOVER types (empty = not judged).  opt=True: acceptable either way (a duplicate of another
event, or a weak happening), but if produced it must be right.  no_event: spans that must produce no event.
"""


def E(at, start, end=None, prec="day", actors=(), not_actors=(), mod="asserted", cat=(), opt=False, note="", alt=()):
    """alt: other acceptable (start, end, prec) readings."""
    return {"at": at, "start": start, "end": end or start, "prec": prec, "actors": list(actors),
            "not_actors": list(not_actors), "mod": mod, "cat": list(cat), "opt": opt, "note": note,
            "alt": [tuple(a) for a in alt]}


def N(at, why):
    return {"at": at, "why": why}


ARTICLES = [
  {"id": "a1_missile", "published": "2025-05-08", "file": "articles/a1_missile.txt", "expected": [
    E("off its east coast on Thursday morning", "2025-05-08", actors=["North Korea"], cat=["MOBILIZE"]),
    E("since March 10, when it fired", "2025-03-10", actors=["North Korea"], cat=["MOBILIZE"],
      note="'since X, when ...' names a happening on X (launch + start of Freedom Shield)"),
    E("embassy in Beijing on Thursday", "2025-05-08", actors=["Japan", "North Korea"], not_actors=["China"],
      cat=["PROTEST"], note="Beijing is only the venue of the embassy"),
    E("on Jan. 6 that Kim", "2025-01-06", actors=["North Korea", "Kim Jong Un"], cat=["MOBILIZE"]),
    E("Last month, Kim inspected", "2025-04-01", "2025-04-30", "month", actors=["Kim Jong Un"]),
    E("White House in January", "2025-01-01", "2025-01-31", "month", actors=["Donald Trump", "United States"],
      note="Trump's return is asserted though the clause says Pyongyang has ignored overtures"),
    E("Trump said in March", "2025-03-01", "2025-03-31", "month", actors=["Donald Trump", "North Korea"]),
    E("election on June 3", "2025-06-03", actors=["South Korea"], mod="planned"),
    E("Constitutional Court last month", "2025-04-01", "2025-04-30", "month", actors=["Yoon Suk Yeol"]),
    E("martial law in December", "2024-12-01", "2024-12-31", "month", actors=["Yoon Suk Yeol"]),
    E("unit on Wednesday", "2025-05-07", not_actors=["Kim Jong Un"],
      note="Kim Moon-soo is not Kim Jong Un"),
    E("whoever wins next month", "2025-06-01", "2025-06-30", "month", mod="planned", opt=True),
  ], "no_event": [
    N("May 8 (Reuters)", "dateline"),
    N("this year, including", "an aggregate count over a span, not a happening (soft)"),
  ]},
  {"id": "a2_preview", "published": "2025-10-24", "file": "articles/a2_preview.txt", "expected": [
    E("leave on Sunday", "2025-10-26", actors=["Donald Trump"], mod="planned"),
    E("White House said on Thursday", "2025-10-23", actors=["United States"], opt=True),
    E("Kuala Lumpur on Sunday", "2025-10-26", actors=["Donald Trump"], mod="planned"),
    E("Takaichi, on Tuesday", "2025-10-28", actors=["Donald Trump", "Japan"], mod="planned", cat=["CONSULT"]),
    E("Busan on Thursday", "2025-10-30", actors=["Donald Trump", "Xi Jinping"], mod="planned", cat=["CONSULT"]),
    E("Osaka in June 2019", "2019-06-01", "2019-06-30", "month", cat=["CONSULT", "AGREE"],
      note="actors only via 'the two leaders'"),
    E("Oct. 31 to Nov. 1", "2025-10-31", "2025-11-01", mod="planned"),
    E("Demilitarized Zone in June 2019", "2019-06-01", "2019-06-30", "month",
      actors=["Donald Trump", "Kim Jong Un"], mod="asserted", cat=["CONSULT"]),
    E("Air Force One last week", "2025-10-13", "2025-10-19", "day", actors=["Donald Trump"]),
    E("on Sept. 21", "2025-09-21", actors=["Kim Jong Un", "Supreme People's Assembly"], cat=["CONSULT"]),
    E("statement in July", "2025-07-01", "2025-07-31", "month", not_actors=["Kim Jong Un"],
      note="Kim Yo Jong, not Kim Jong Un"),
    E("took office in June", "2025-06-01", "2025-06-30", "month", actors=["Lee Jae-myung"]),
    E("White House on Aug. 25", "2025-08-25", actors=["Lee Jae-myung", "Donald Trump"], cat=["CONSULT"]),
    E("General Assembly last month", "2025-09-01", "2025-09-30", "month", actors=["Lee Jae-myung"]),
    E("Stockholm in October 2019", "2019-10-01", "2019-10-31", "month", actors=["United States", "North Korea"],
      cat=["REJECT", "CONSULT"]),
    E("where in 2019 he became", "2019-01-01", "2019-12-31", "year", actors=["Donald Trump"], opt=True),
    E("told reporters on Thursday", "2025-10-23", opt=True),
  ], "no_event": [
    N("five-day", "duration"),
    N("years more of silence", "duration"),
  ]},
  {"id": "a3_retro", "published": "2025-06-12", "file": "articles/a3_retro.txt", "expected": [
    E("Seven years ago today", "2018-06-12", actors=["Donald Trump", "Kim Jong Un"], cat=["CONSULT"]),
    E("New Year's Day speech in 2018", "2018-01-01", actors=["Kim Jong Un"], cat=["CONSULT"]),
    E("In March of that year", "2018-03-01", "2018-03-31", "month", actors=["South Korea", "Donald Trump"]),
    E("on April 27, 2018", "2018-04-27", actors=["Kim Jong Un", "Moon Jae-in"], cat=["CONSULT", "AGREE"]),
    E("On May 24", "2018-05-24", actors=["Donald Trump"]),
    E("a day later", "2018-05-25", actors=["Donald Trump"], note="Trump reversed course"),
    E("in Pyongyang in September", "2018-09-01", "2018-09-30", "month", actors=["Kim Jong Un", "Moon Jae-in"]),
    E("Feb. 27-28, 2019", "2019-02-27", "2019-02-28", actors=["Donald Trump", "Kim Jong Un"],
      cat=["CONSULT", "REJECT"]),
    E("Four months later, on June 30", "2019-06-30", actors=["Donald Trump", "Kim Jong Un"], cat=["CONSULT"]),
    E("a day earlier", "2019-06-29", actors=["Donald Trump"], cat=["REQUEST"], note="the invitation by tweet"),
    E("that October", "2019-10-01", "2019-10-31", "month", cat=["REJECT", "CONSULT"]),
    E("at the end of 2019", "2019-12-01", "2019-12-31", "month", alt=[("2019-01-01", "2019-12-31", "year")],
      actors=["Kim Jong Un", "North Korea"],
      cat=["REJECT", "THREATEN", "CONSULT"],
      note="year/END also fine; asserted not negated ('no longer' is the content); not CONCEDE"),
    E("In September 2023", "2023-09-01", "2023-09-30", "month", actors=["Kim Jong Un"]),
    E("in January 2024", "2024-01-01", "2024-01-31", "month", actors=["Kim Jong Un", "South Korea"]),
    E("White House in January", "2025-01-01", "2025-01-31", "month", actors=["Donald Trump"]),
  ], "no_event": [
    N("than it was in 2018", "a comparison of states"),
    N("within 16 months", "duration"),
  ]},
  {"id": "a4_russia", "published": "2025-09-10", "file": "articles/a4_russia.txt", "expected": [
    E("in Pyongyang last year", "2024-01-01", "2024-12-31", "year", actors=["Vladimir Putin", "Kim Jong Un"],
      cat=["AGREE"], opt=True),
    E("signed on June 19, 2024", "2024-06-19", actors=["Vladimir Putin"], cat=["AGREE"]),
    E("took effect on Dec. 4", "2024-12-04"),
    E("incursion in August 2024", "2024-08-01", "2024-08-31", "month", cat=["ASSAULT", "COERCE"]),
    E("until April 28", "2025-04-28", actors=["North Korea"], note="asserted: the acknowledgment happened then"),
    E("Last week, Kim stood", "2025-09-01", "2025-09-07", "day",
      actors=["Kim Jong Un", "Vladimir Putin", "Xi Jinping"], cat=["MOBILIZE", "CONSULT"]),
    E("began in late July", "2025-07-01", "2025-07-31", "month", actors=["Russia", "North Korea"]),
    E("opened on July 1", "2025-07-01"),
    E("began on April 30", "2025-04-30"),
    E("by the end of next year", "2026-01-01", "2026-12-31", "year", mod="planned"),
    E("in mid-July", "2025-07-01", "2025-07-31", "month", actors=["Russia", "North Korea"], cat=["CONSULT"]),
    E("lawmakers on Tuesday", "2025-09-09", actors=["South Korea"], note="asserted: the briefing happened"),
    E("Far East in September 2023", "2023-09-01", "2023-09-30", "month", actors=["Vladimir Putin", "Kim Jong Un"],
      cat=["CONSULT"]),
    E("In November 2023", "2023-11-01", "2023-11-30", "month", actors=["North Korea"]),
    E("earlier that year", "2023-01-01", "2023-12-31", "year", actors=["North Korea"], opt=True),
  ], "no_event": [
    N("in 24 years", "duration ('first visit in 24 years'), never a future date"),
    N("Fifteen months on", "no happening"),
    N("go back two years", "no happening"),
  ]},
  {"id": "a5_sanctions", "published": "2024-03-28", "file": "articles/a5_sanctions.txt", "expected": [
    E("Russia on Thursday vetoed", "2024-03-28", actors=["Russia", "North Korea"], cat=["REJECT"]),
    E("expires on April 30", "2024-04-30", mod="planned"),
    E("began last year", "2023-01-01", "2023-12-31", "year", actors=["Russia"]),
    E("earlier this month", "2024-03-01", "2024-03-31", "month"),
    E("between 2017 and 2023", "2017-01-01", "2023-12-31", "year", opt=True),
    E("in 2006 after", "2006-01-01", "2006-12-31", "year", actors=["UN Security Council"], cat=["SANCTION"]),
    E("in December 2017", "2017-12-01", "2017-12-31", "month", cat=["SANCTION"]),
    E("in May 2022", "2022-05-01", "2022-05-31", "month", actors=["China", "Russia"], cat=["REJECT"]),
    E("launches in 2022", "2022-01-01", "2022-12-31", "year", opt=True),
    E("satellite in November", "2023-11-01", "2023-11-30", "month", actors=["North Korea"], cat=["MOBILIZE"]),
    E("Far East in September", "2023-09-01", "2023-09-30", "month", actors=["Kim Jong Un", "Vladimir Putin"],
      cat=["CONSULT"]),
    E("council in January", "2024-01-01", "2024-01-31", "month", actors=["South Korea"]),
    E("in Seoul next week", "2024-04-01", "2024-04-07", "day", actors=["United States", "South Korea", "Japan"],
      mod="planned", cat=["CONSULT"]),
    E("due next month", "2024-04-01", "2024-04-30", "month", mod="planned"),
  ], "no_event": [
    N("March 28 (Reuters)", "dateline"),
    N("for 15 years", "duration"),
    N("every year", "set"),
    N("two-year seat", "duration"),
  ]},
  {"id": "a6_lee_japan", "published": "2025-08-24", "file": "articles/a6_lee_japan.txt", "expected": [
    E("agreed on Saturday", "2025-08-23", actors=["Lee Jae-myung", "Japan"], cat=["AGREE", "COOPERATE"]),
    E("on Aug. 14", "2025-08-14", actors=["North Korea"], not_actors=["Kim Jong Un"], note="Kim Yo Jong"),
    E("border in June", "2025-06-01", "2025-06-30", "month", actors=["Lee Jae-myung"]),
    E("North in July", "2025-07-01", "2025-07-31", "month", actors=["South Korea"]),
    E("taking office on June 4", "2025-06-04", actors=["Lee Jae-myung"], opt=True),
    E("Trump on Monday.", "2025-08-25", actors=["Lee Jae-myung", "Donald Trump"], mod="planned", cat=["CONSULT"]),
    E("low in 2019", "2019-01-01", "2019-12-31", "year", actors=["Japan", "South Korea"]),
    E("in March 2023", "2023-03-01", "2023-03-31", "month", actors=["Yoon Suk Yeol"]),
    E("tone on Saturday", "2025-08-23", actors=["Lee Jae-myung"]),
    E("the 1998 joint declaration", "1998-01-01", "1998-12-31", "year", not_actors=["Kim Jong Un"], opt=True,
      note="Kim Dae-jung is not Kim Jong Un"),
    E("later this year", "2025-08-24", "2025-12-31", "year", mod="planned", alt=[("2025-01-01", "2025-12-31", "year")],
      note="year with mod END is fine"),
    E("elections last month", "2025-07-01", "2025-07-31", "month"),
    E("Trump on Monday is", "2025-08-25", actors=["Lee Jae-myung", "Donald Trump"], mod="planned", opt=True),
    E("agreed in July", "2025-07-01", "2025-07-31", "month", actors=["South Korea", "United States"], cat=["AGREE"]),
    E("in late October", "2025-10-01", "2025-10-31", "month", actors=["Donald Trump", "Kim Jong Un"],
      mod="hypothetical"),
  ], "no_event": [
    N("in 17 years", "duration, never a future date"),
    N("1910-45", "a period of colonial rule, the date of a state; the sentence's happening is undated"),
  ]},
]
