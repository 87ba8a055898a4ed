"""Actors of an event: names of places are no actors, a surname or a shared title goes to the person alive (in
office) at the event's date, a sentence opening with "He" goes on about the person the one before opened with;
and the PLOVER category of signing an agreement."""

import datetime as dt
import re

import pytest

from timeline.extraction import ActorEntry, GazetteerError, extract, find_mentions, load_gazetteer
from timeline.extraction.events import category

PUBLISHED = dt.date(2025, 10, 13)


def actors_by_date(text, published=PUBLISHED, gazetteer=None):
    return {e.date_text: set(e.actors) for e in extract(text, published, actors=gazetteer).events}


# ----------------------------------------------------------------------------- a name that names a thing


def test_a_place_or_institution_named_after_a_person_is_not_that_person():
    got = actors_by_date("Troops paraded through Kim Il Sung Square on Oct. 10, 2025, and cadets of Kim Il Sung "
                         "University marched past.")
    assert "Kim Il Sung" not in got["Oct. 10, 2025"]
    got = actors_by_date("The envoy landed at the Kim Jong Un Airport on Monday.")
    assert "Kim Jong Un" not in got["Monday"]
    # nor does the family name inside it resolve to anyone
    got = actors_by_date("Kim Jong Un spoke at the Kim Il Sung Stadium on Sunday. Kim praised the troops.")
    assert "Kim Jong Un" in got["Sunday"] and "Kim Il Sung" not in got["Sunday"]


def test_a_persons_birthday_or_a_lower_case_noun_keeps_the_person():
    got = actors_by_date("North Korea marked Kim Il Sung's birthday on April 15, 2025.")
    assert "Kim Il Sung" in got["April 15, 2025"]
    got = actors_by_date("Donald Trump praised the Trump visit on Tuesday.")
    assert "Donald Trump" in got["Tuesday"]


# ----------------------------------------------------------------------------- surnames and the event's date


def test_a_surname_after_a_retold_history_goes_to_the_person_alive_at_the_date():
    text = ("Kim Jong Un has ruled since 2011. His grandfather Kim Il Sung founded the state in 1948. "
            "Last year, Kim signed a treaty with Russia.")
    got = actors_by_date(text)
    assert "Kim Jong Un" in got["Last year"] and "Kim Il Sung" not in got["Last year"]
    assert "Kim Il Sung" in got["1948"]


def test_a_surname_of_someone_alive_at_the_date_stays_the_person_named_last():
    text = "Kim Jong Un rules in Pyongyang. Kim met Trump in 2019."
    assert "Kim Jong Un" in actors_by_date(text)["2019"]
    text = "Kim Jong Un rules now. Kim Il Sung ruled before him. In 1950, Kim ordered the invasion of the South."
    got = actors_by_date(text)["1950"]
    assert "Kim Il Sung" in got and "Kim Jong Un" not in got
    assert "Kim Il Sung" in actors_by_date("Kim Il Sung founded the state in 1948.")["1948"]


def test_a_surname_whose_only_candidates_were_dead_at_the_date_names_nobody():
    got = actors_by_date("Kim Il Sung ruled the North for decades. In 2024, Kim was honoured at a ceremony.")
    assert "Kim Il Sung" not in got["2024"]


def test_find_mentions_without_a_date_still_gives_the_person_named_last():
    entries = load_gazetteer()
    text = "Kim Jong Un spoke. Kim Il Sung was recalled. Kim was praised."
    kim = next(m for m in find_mentions(text, entries) if m.start == text.rindex("Kim"))
    assert kim.name == "Kim Il Sung"
    assert kim.at(dt.date(2024, 1, 1), dt.date(2024, 12, 31)) == "Kim Jong Un"
    assert kim.at(dt.date(1960, 1, 1), dt.date(1960, 12, 31)) == "Kim Il Sung"


def test_an_alias_two_entries_share_goes_to_the_one_in_office_at_the_date():
    gazetteer = [
        ActorEntry("George H. W. Bush", "person", ("President Bush",), "Atlantis", 1924, 2018, ((1989, 1993),)),
        ActorEntry("George W. Bush", "person", ("President Bush",), "Atlantis", 1946, None, ((2001, 2009),)),
    ]
    got = actors_by_date("President Bush visited the island in 1991. President Bush visited it again in 2002.",
                         gazetteer=gazetteer)
    assert got["1991"] == {"George H. W. Bush"}
    assert got["2002"] == {"George W. Bush"}


# ----------------------------------------------------------------------------- the gazetteer's new fields


def test_the_gazetteer_gives_years_of_life_and_office(tmp_path):
    seeds = {e.name: e for e in load_gazetteer()}
    assert (seeds["Kim Il Sung"].born, seeds["Kim Il Sung"].died) == (1912, 1994)
    assert (seeds["Kim Jong Il"].born, seeds["Kim Jong Il"].died) == (1941, 2011)
    assert seeds["Kim Jong Un"].died is None
    assert seeds["Donald Trump"].office == ((dt.date(2017, 1, 20), dt.date(2021, 1, 20)), (dt.date(2025, 1, 20), None))
    assert "U.S. president" in seeds["Donald Trump"].roles
    p = tmp_path / "actors.yaml"
    p.write_text("- name: X\n  kind: person\n- name: Y\n  kind: person\n  born: 1900\n  died: 1950\n"
                 "  office: [[1930, 1940], [1945, null]]\n", encoding="utf-8")
    x, y = load_gazetteer(p)
    assert (x.born, x.died, x.office) == (None, None, ())
    assert (y.born, y.died, y.office) == (1900, 1950, ((1930, 1940), (1945, None)))
    assert y.to_dict()["office"] == [[1930, 1940], [1945, None]]
    for bad in ("  born: soon\n", "  office: [1930, 1940]\n", "  office: [[1930]]\n", "  roles: [the boss]\n",
                "  office: [[1930, 1940]]\n  roles: the boss\n"):
        p.write_text("- name: Z\n  kind: person\n" + bad, encoding="utf-8")
        with pytest.raises(GazetteerError):
            load_gazetteer(p)


# ----------------------------------------------------------------------------- "He" opening a sentence


def test_a_demonym_is_its_country_unless_another_people_is_named_with_it():
    assert "United States" in actors_by_date("American bombers flew over the peninsula on Monday.")["Monday"]
    assert actors_by_date("Latin American leaders met in Lima on Monday.")["Monday"] == set()
    assert actors_by_date("A Korean-American pastor was freed on Monday.")["Monday"] == set()
    # and a continent is not the country that shares its name
    assert actors_by_date("Hackers targeted developers in Asia and North America on Monday.")["Monday"] == set()
    assert actors_by_date("Exports to Latin America rose on Monday.")["Monday"] == set()
    assert "United States" in actors_by_date("America responded on Monday.")["Monday"]


def test_an_office_named_without_a_name_is_whoever_held_it_at_the_events_date():
    assert actors_by_date("The North Korean leader inspected a factory on Monday.")["Monday"] == {"Kim Jong Un", "North Korea"}
    got = actors_by_date("In 2009 Bill Clinton flew to Pyongyang and met the North Korean leader.")
    assert {"Bill Clinton", "Kim Jong Il"} <= got["2009"] and "Kim Jong Un" not in got["2009"]
    # the family name after the office is whoever of that name held it then, not the latest holder
    got = actors_by_date("Carter met the North Korean leader on Thursday. He said Mr. Kim would allow inspectors to stay "
                         "on Friday.", dt.date(1994, 6, 17))
    assert "Kim Il Sung" in got["Friday"] and "Kim Jong Un" not in got["Friday"]
    # a handover inside a year goes by the day
    assert "Joe Biden" in actors_by_date("The U.S. president spoke on Jan. 10, 2025.")["Jan. 10, 2025"]
    assert "Donald Trump" in actors_by_date("The U.S. president spoke on Jan. 30, 2025.")["Jan. 30, 2025"]
    # nobody the gazetteer knows held it then: nobody
    assert "Mike Pompeo" not in actors_by_date("The secretary of state flew to Seoul on Monday.")["Monday"]
    # an office below or beside it is another office, whose holder the gazetteer does not list: the country acts
    got = actors_by_date("Sung Kim, the acting assistant secretary of state, was in Seoul from 2011 to 2014.")
    assert "Hillary Clinton" not in got["2011 to 2014"] and "United States" in got["2011 to 2014"]
    assert "Mike Pompeo" not in actors_by_date("The deputy secretary of state flew to Seoul in May 2019.")["May 2019"]


def test_someone_of_a_persons_is_no_act_of_that_person_but_of_their_country():
    got = actors_by_date("Kim Jong Un's sister dismissed the offer on Monday.")["Monday"]
    assert "Kim Jong Un" not in got and "North Korea" in got
    got = actors_by_date("Donald Trump's negotiators met the delegation on Monday.")["Monday"]
    assert "Donald Trump" not in got and "United States" in got
    # the person acting keeps the name
    assert "Donald Trump" in actors_by_date("Donald Trump's plane landed in Seoul on Monday.")["Monday"]
    got = actors_by_date("In October 2000, Albright met Kim Jong Il, the father of Kim Jong Un.")["October 2000"]
    assert "Kim Jong Il" in got and "Kim Jong Un" not in got
    # nor is the one a successor followed
    got = actors_by_date("Lee Myung-bak's successor, Park Geun-hye, took office in February 2013.")["February 2013"]
    assert got == {"Park Geun-hye", "South Korea"}
    assert actors_by_date("The successor to Moon Jae-in took office in May 2022.")["May 2022"] == {"South Korea"}
    # unless a clause after the name tells what that person did
    got = actors_by_date("Seoul will elect a successor to Yoon Suk Yeol, who was removed from office in April 2025.")
    assert "Yoon Suk Yeol" in got["April 2025"]


def test_a_capitals_clock_is_no_act_of_its_country():
    assert actors_by_date("The missile landed at 7 a.m. Seoul time on Monday.")["7 a.m. Seoul time on Monday"] == set()
    assert "North Korea" not in actors_by_date("It hit the sea at 6:50 a.m. Pyongyang time.")["6:50 a.m. Pyongyang time"]


def test_institutions_speak_for_their_country_and_places_named_after_one_are_no_actor():
    assert "South Korea" in actors_by_date("The Blue House said on Monday that talks would resume.")["Monday"]
    assert "North Korea" in actors_by_date("KCNA said on Monday that a satellite was in orbit.")["Monday"]
    assert "International Atomic Energy Agency" in actors_by_date(
        "The U.N. nuclear watchdog reported on Monday new activity at Yongbyon.")["Monday"]
    assert actors_by_date("North Korea's ruling party opened a plenary meeting on Monday.")["Monday"] == {
        "Workers' Party of Korea", "North Korea"}
    assert "Japan" not in actors_by_date("Trump will fly from Tokyo to Busan on Wednesday.")["Wednesday"]
    assert "Japan" not in actors_by_date("The missile fell into the Sea of Japan on Monday.")["Monday"]
    assert "China" not in actors_by_date("Troops massed near the Chinese border on Monday.")["Monday"]
    text = "The two women were arrested on Monday near the Tumen River along the border with China."
    assert "China" not in actors_by_date(text)["Monday"]
    assert "North Korea" in actors_by_date("China closed its border with North Korea on Monday.")["Monday"]
    text = "A Hwasong-17 flew for 69 minutes on Monday and landed inside Japan's exclusive economic zone."
    assert "Japan" not in actors_by_date(text)["Monday"]
    assert "Japan" not in actors_by_date("The rocket fell into the sea off Japan's west coast on Monday.")["Monday"]
    assert "United States" not in actors_by_date("Kim told the Washington Post on Monday that he was ready.")["Monday"]
    # a visit's destination is a party to it
    assert "North Korea" in actors_by_date("Albright flew to Pyongyang on Monday.")["Monday"]


def test_a_group_opening_a_sentence_is_who_the_sentence_before_named():
    got = actors_by_date("Trump and Kim Jong Un met in Singapore on June 12, 2018. The two leaders signed a statement "
                         "on June 13, 2018.")
    assert {"Donald Trump", "Kim Jong Un"} <= got["June 13, 2018"]
    got = actors_by_date("Seoul and Washington announced the drills on Monday. The allies will hold them in November.")
    assert {"South Korea", "United States"} <= got["November"]
    assert actors_by_date("The two Koreas signed a military pact on Sept. 19, 2018.")["Sept. 19, 2018"] == {
        "North Korea", "South Korea"}
    # "the two leaders" after a sentence naming three people is nobody in particular
    got = actors_by_date("Trump, Kim Jong Un and Moon Jae-in met at Panmunjom on June 30, 2019. The two leaders talked "
                         "on July 1, 2019.")
    assert not {"Donald Trump", "Kim Jong Un", "Moon Jae-in"} & got["July 1, 2019"]


def test_the_two_leaders_are_the_pair_a_nearby_sentence_named_together_with_no_one_else_between():
    # further back than the sentence before, and inside a sentence, not only opening it
    got = actors_by_date("Trump met Kim Jong Un at the DMZ on June 30, 2019. The crossing was brief. But the document "
                         "the two men signed on July 1, 2019 was short.")
    assert {"Donald Trump", "Kim Jong Un"} <= got["July 1, 2019"]
    got = actors_by_date("Putin and Kim Jong Un met in Pyongyang on June 19, 2024. The talks ran long. At 3:15 p.m. on "
                         "June 19, 2024 the two leaders signed a treaty.")
    assert {"Vladimir Putin", "Kim Jong Un"} <= got["3:15 p.m. on June 19, 2024"]
    # someone else named between: which two is a guess, so none
    got = actors_by_date("Kim Jong Un met Moon Jae-in on April 27, 2018. Trump cancelled the summit on May 24, 2018. "
                         "The two leaders met on June 12, 2018.")
    assert not {"Moon Jae-in", "Kim Jong Un"} & got["June 12, 2018"]
    # nor past a sentence that speaks of "the leaders" itself: the pair meant was told further back still
    got = actors_by_date("Trump said on March 1, 2019 he would meet Kim Jong Un again. The leaders also discussed the "
                         "centennial. The two leaders last met on Nov. 30, 2018.")
    assert not {"Kim Jong Un"} & got["Nov. 30, 2018"]
    # and "leaders" are people in such an office: a foreign minister between is passed over
    got = actors_by_date("Trump met Kim Jong Un in Hanoi on Feb. 27, 2019. Ri Yong Ho spoke late. The two leaders had "
                         "first met on June 12, 2018.")
    assert {"Donald Trump", "Kim Jong Un"} <= got["June 12, 2018"]


def test_he_opening_a_sentence_is_the_person_the_sentence_before_opened_with():
    got = actors_by_date("Trump arrives in Tokyo on Monday. He will then sit down with Xi Jinping in Busan on Thursday.")
    assert {"Donald Trump", "Xi Jinping"} <= got["Thursday"]


def test_he_after_an_opening_phrase_is_the_same_person_even_after_an_abbreviated_month():
    got = actors_by_date("Trump arrived in Gyeongju on Oct. 29. Later that day, he told business leaders he would "
                         "meet Kim Jong Un.")
    assert {"Donald Trump", "Kim Jong Un"} <= got["Later that day"]
    # a long opening clause is no short phrase: the "he" may be anyone it names
    got = actors_by_date("Trump arrived in Gyeongju on Oct. 29. When the officials in the ministry of foreign affairs "
                         "had finished, he left on Oct. 30.")
    assert "Donald Trump" not in got["Oct. 30"]

    # two short phrases before it, one of them a clause on the same man
    got = actors_by_date("Trump arrived in Gyeongju. On Thursday, while he was in Busan, he met Xi Jinping.")
    assert {"Donald Trump", "Xi Jinping"} <= got["Thursday"]
    # an opening phrase holding an abbreviated month
    got = actors_by_date("Lee arrived in New York on Sept. 22. Speaking at the UN General Assembly on Sept. 23, he "
                         "proposed a plan.", dt.date(2025, 9, 25))
    assert "Lee Jae-myung" in got["Sept. 23"]


def test_he_after_a_sentence_that_opens_on_no_one_and_names_one_person_is_that_person():
    got = actors_by_date("It is not the first time Bill Clinton has been to Pyongyang. In October 2000, he received an "
                         "envoy from Pyongyang at the White House.")
    assert "Bill Clinton" in got["October 2000"]
    # a sentence that opens on someone else does not hand its person on
    got = actors_by_date("His envoy said Trump was ready. On Thursday, he met Kim Jong Un.")
    assert "Donald Trump" not in got["Thursday"]


def test_he_or_it_after_a_short_time_phrase_is_the_one_the_sentence_before_names():
    got = actors_by_date("Kim Jong Un spoke to the assembly on Sept. 21. In June 2024 he signed a treaty with Vladimir "
                         "Putin.", dt.date(2025, 9, 22))
    assert "Kim Jong Un" in got["June 2024"]
    [_, e] = extract("Late last year, on 29 November, North Korea tested a missile. In September it conducted a "
                     "nuclear test.", dt.date(2018, 4, 20)).events
    assert "North Korea" in e.actors and e.title == "North Korea conducted a nuclear test"
    # after any short opening phrase
    got = actors_by_date("Two years later, the North pledged to disarm. A year after that, it tested its first device "
                         "in 2006.", dt.date(2018, 4, 20))
    assert "North Korea" in got["2006"]
    # "..., when he named ...": the one person the sentence named before, initials and all
    [e] = extract("The language recalls the phrase used by President George W. Bush in January 2002, when he named "
                  "three states.", dt.date(2017, 8, 9)).events
    assert e.title == "George W. Bush named three states"
    # two countries named together: "it" is neither
    got = actors_by_date("North Korea and China met on Monday. It said on Tuesday the talks went well.",
                         dt.date(2018, 4, 20))
    assert got["Tuesday"] == set()

def test_the_country_the_council_the_president_are_the_ones_just_named():
    got = actors_by_date("North Korea fired a missile on Jan. 6. On Jan. 8, the country's foreign ministry rejected "
                         "criticism.", dt.date(2025, 1, 10))
    assert got["Jan. 8"] == {"North Korea"}
    got = actors_by_date("Yoon Suk Yeol declared martial law on Dec. 3, 2024. The president lifted it on Dec. 4.",
                         dt.date(2024, 12, 6))
    assert got["Dec. 4"] == {"Yoon Suk Yeol"}
    got = actors_by_date("The UN Security Council met on Monday. On Wednesday, the council failed to agree.",
                         dt.date(2025, 11, 14))
    assert got["Wednesday"] == {"UN Security Council"}
    # "the Council" with a capital is the council the document named, however far back
    got = actors_by_date("The Security Council met on Monday. France said sanctions worked. Russia disagreed. China "
                         "urged calm. Five days later, the Council adopted a statement.", dt.date(2025, 11, 14))
    assert got["Five days later"] == {"UN Security Council"}
    # "his government", "his delegation": the country of the one just named
    got = actors_by_date("Lee Jae-myung took office on June 4, 2025. Three weeks on, his government asked activists to "
                         "stop.", dt.date(2025, 7, 15))
    assert got["Three weeks on"] == {"South Korea"}
    # two of a kind named, and neither opens the sentence: nobody in particular
    got = actors_by_date("Talks between Japan and China stalled on Monday. The country's envoy left on Tuesday.",
                         dt.date(2025, 11, 14))
    assert got["Tuesday"] == set()

def test_he_after_a_sentence_naming_two_people_or_none_is_nobody():
    got = actors_by_date("Donald Trump met Xi Jinping in Osaka. He left on Saturday.")
    assert got["Saturday"] == set()
    got = actors_by_date("The talks ended in Osaka. He left on Saturday.")
    assert got["Saturday"] == set()


def test_he_is_never_someone_not_alive_at_the_date():
    got = actors_by_date("Kim Jong Un made a speech. He said the party was founded on Oct. 10, 1945.")
    assert "Kim Jong Un" not in got["Oct. 10, 1945"]


# ----------------------------------------------------------------------------- signing is AGREE


def _cat(sentence, date):
    i = sentence.index(date)
    return category(sentence, i, i + len(date))


def test_signing_an_agreement_is_agree_even_beside_talks_and_negotiators():
    assert _cat("But in October negotiators signed the framework in Geneva.", "October") == "AGREE"
    assert _cat("After months of talks, the two sides signed a peace treaty on Monday.", "Monday") == "AGREE"
    assert _cat("On Friday the envoys met and signed a joint statement.", "Friday") == "AGREE"
    # talks without a signing stay CONSULT
    assert _cat("In October negotiators met in Geneva for talks.", "October") == "CONSULT"
    assert _cat("The negotiations resumed in Geneva on Monday.", "Monday") == "CONSULT"


# ----------------------------------------------------------------------------- a family name never given in full


def test_a_bare_common_family_name_is_the_one_gazetteer_person_in_office_at_the_date():
    got = actors_by_date("Lee flew to Tokyo on Monday for talks on tariffs.", dt.date(2025, 9, 10))
    assert "Lee Jae-myung" in got["Monday"]
    got = actors_by_date("Moon, then in his first year, crossed the border in 2018.")
    assert "Moon Jae-in" in got["2018"]
    got = actors_by_date("Yoon imposed martial law on Dec. 3, 2024, and was arrested weeks later.")
    assert "Yoon Suk Yeol" in got["Dec. 3, 2024"]
    got = actors_by_date("Chairman Xi reviewed the troops on Sunday.", dt.date(2025, 9, 10))
    assert got["Sunday"] == {"Xi Jinping"}
    # a sentence opening with "He" goes on about him
    got = actors_by_date("Xi landed in Busan on Wednesday. He met the delegation on Thursday.", dt.date(2025, 10, 27))
    assert "Xi Jinping" in got["Thursday"]


def test_a_bare_common_family_name_out_of_office_at_the_date_is_nobody():
    # a "Moon" of 2024 is not Moon Jae-in, though he is alive, nor a "Lee" of 1999 either President Lee
    assert "Moon Jae-in" not in actors_by_date("Moon published a memoir in 2024.")["2024"]
    assert actors_by_date("Lee met the Japanese envoy in 1999.")["1999"] == {"Japan"}


def test_a_family_name_whose_holders_followed_one_another_is_the_one_in_office_at_the_date():
    # two President Lees, never in office together: a bare "Lee" or "President Lee" is whoever held office then
    assert actors_by_date("Lee met the Japanese envoy in 2010.")["2010"] == {"Lee Myung-bak", "Japan"}
    got = actors_by_date("President Lee met Obama at the White House on Monday.", dt.date(2010, 6, 30))
    assert {"Lee Myung-bak", "Barack Obama"} <= got["Monday"] and "Lee Jae-myung" not in got["Monday"]
    assert "Lee Jae-myung" in actors_by_date("Lee said on Monday that talks would resume.")["Monday"]
    # the title with the full name is him at any date
    got = actors_by_date("President Lee Jae-myung campaigned in Seoul in 2024.")
    assert "Lee Jae-myung" in got["2024"] and "Lee Myung-bak" not in got["2024"]
    # and a "He" opening the next sentence goes on about the same Lee
    got = actors_by_date("Lee arrived in Washington in April 2008. He met Bush at Camp David on April 19, 2008.")
    assert "Lee Myung-bak" in got["April 19, 2008"]
    # Kims in office together (Kim Dae-jung and Kim Jong Il in 2000) leave a bare "Kim" naming nobody
    assert actors_by_date("Kim flew to Pyongyang in June 2000.")["June 2000"] == {"North Korea"}


def test_a_name_spoken_of_as_a_name_is_nobody():
    got = actors_by_date("President Lee Jae-myung meets Trump next week. The last leader named Lee to visit was Lee "
                         "Myung-bak, received by Obama on Oct. 13, 2011.", dt.date(2026, 4, 17))
    assert "Lee Jae-myung" not in got["Oct. 13, 2011"] and "Lee Myung-bak" in got["Oct. 13, 2011"]
    # while "called Kim a smart guy" is about Kim
    got = actors_by_date("Kim Jong Un spoke on Monday. Trump, who returned in January, has called Kim a smart guy.")
    assert "Kim Jong Un" in got["January"]


def test_a_family_name_shared_with_someone_never_in_office_names_nobody(tmp_path):
    p = tmp_path / "actors.yaml"
    lee = "  kind: person\n  country: Korea\n"
    p.write_text(f"- name: Lee One-a\n{lee}  office: [[2001, 2005]]\n- name: Lee Two-b\n{lee}"
                 f"  office: [[2007, 2009]]\n- name: Korea\n  kind: country\n", encoding="utf-8")
    gazetteer = load_gazetteer(p)
    assert actors_by_date("Lee spoke in 2008.", gazetteer=gazetteer)["2008"] == {"Lee Two-b"}
    assert actors_by_date("Lee spoke in 2006.", gazetteer=gazetteer)["2006"] == set()
    p.write_text(p.read_text(encoding="utf-8") + f"- name: Lee Three-c\n{lee}", encoding="utf-8")
    assert actors_by_date("Lee spoke in 2008.", gazetteer=load_gazetteer(p))["2008"] == set()
    # nor when two held office at the event's date; before the second took office, the first is the only Lee
    p.write_text(f"- name: Lee One-a\n{lee}  office: [[2001, 2008]]\n- name: Lee Two-b\n{lee}"
                 f"  office: [[2007, 2009]]\n", encoding="utf-8")
    assert actors_by_date("Lee spoke in 2008.", gazetteer=load_gazetteer(p))["2008"] == set()
    assert actors_by_date("Lee spoke in 2003.", gazetteer=load_gazetteer(p))["2003"] == {"Lee One-a"}


def test_a_bare_family_name_is_no_one_when_the_text_gives_it_to_someone_else():
    text = "Spy chief Lee Jong-seok briefed lawmakers on Monday. Lee said the North was preparing a test on Tuesday."
    got = actors_by_date(text)
    assert "Lee Jae-myung" not in got["Monday"] | got["Tuesday"]
    assert actors_by_date("Spike Lee premiered his film in Busan on Friday.")["Friday"] == set()
    # (a given name written first, with or without an initial, makes it someone else's too)
    assert actors_by_date("On Tuesday, author Jean H. Lee gave a talk on the war.")["Tuesday"] == set()
    assert actors_by_date("On Wednesday, envoy Kevin Kim briefed reporters.")["Wednesday"] == set()
    assert actors_by_date("Kim Jong Un fired missiles on Monday. Ultimately Kim halted the tests on Friday.")[
        "Friday"] == {"Kim Jong Un"}
    assert actors_by_date("Lee Kuan Yew died on March 23, 2015.")["March 23, 2015"] == set()
    # another post than a leader's is somebody else's
    assert actors_by_date("Minister Lee met the envoy on Monday.")["Monday"] == set()
    assert actors_by_date("Prime Minister Lee received the envoy on Monday.")["Monday"] == set()
    # nor does an alias ending in the family name name him when someone else's given name follows
    assert actors_by_date("President Lee Seung-man declared martial law in 1952.")["1952"] == set()
    assert actors_by_date("Former President Lee Myung-bak was pardoned on Monday.")["Monday"] == {"Lee Myung-bak"}
    assert "Moon Jae-in" in actors_by_date("President Moon Jae-in flew to Pyongyang in 2018.")["2018"]


def test_a_family_name_that_is_a_word_or_a_place_is_no_one():
    assert actors_by_date("Astronauts will return to the Moon in 2027.")["2027"] == set()
    assert actors_by_date("Moon rocks went on display on Monday.")["Monday"] == set()
    assert actors_by_date("The forum opened in Xi'an on Monday.")["Monday"] == set()
    assert actors_by_date("The rocket passed a full Moon on Monday.")["Monday"] == set()
    # "that" before a name opens what was said: the name is the person
    assert actors_by_date("On March 9, 2018, an aide said that Trump would meet Kim.")["March 9, 2018"] == {
        "Donald Trump", "Kim Jong Un"}


def test_a_bare_kim_names_the_one_kim_in_office_at_the_date():
    assert actors_by_date("Kim inspected a munitions factory on Monday.")["Monday"] == {"Kim Jong Un"}
    assert actors_by_date("At Hanoi in 2019 Kim offered to dismantle Yongbyon.")["2019"] == {"Kim Jong Un"}
    assert actors_by_date("In 2005 Kim said the talks would resume.")["2005"] == {"Kim Jong Il"}
    # with Kim Jong Il in Pyongyang and Kim Dae-jung in Seoul, "Kim" could be either: nobody
    assert actors_by_date("In 1999 Kim said the talks would resume.")["1999"] == set()
    # an envoy is introduced by full name first: a bare "Kim" of 2022 is still the leader, not Sung Kim
    assert actors_by_date("In 2022 Kim said the talks were over.")["2022"] == {"Kim Jong Un"}
    assert actors_by_date("Kim visited Moscow in September 2023.")["September 2023"] >= {"Kim Jong Un"}
    got = actors_by_date("Kim Jong Un inspected a munitions factory on Monday. Kim praised the workers on Tuesday.")
    assert "Kim Jong Un" in got["Tuesday"]


def test_a_bare_family_name_is_never_someone_dead_at_the_date():
    gazetteer = [ActorEntry("Hans Zorn", "person", (), "Atlantis", 1900, 1950)]
    assert actors_by_date("Zorn signed the treaty in 1930.", gazetteer=gazetteer)["1930"] == {"Hans Zorn"}
    assert actors_by_date("Zorn signed the treaty in 2020.", gazetteer=gazetteer)["2020"] == set()


def test_a_bare_family_name_two_entries_share_goes_to_the_only_one_alive_at_the_date():
    gazetteer = [ActorEntry("Hans Zorn", "person", (), "Atlantis", 1900, 1950),
                 ActorEntry("Karl Zorn", "person", (), "Atlantis", 1960, None)]
    assert actors_by_date("Zorn signed the treaty in 1930.", gazetteer=gazetteer)["1930"] == {"Hans Zorn"}
    assert actors_by_date("Zorn signed the treaty in 2020.", gazetteer=gazetteer)["2020"] == {"Karl Zorn"}
    # both alive: nobody, unless one was named before
    gazetteer[0] = ActorEntry("Hans Zorn", "person", (), "Atlantis", 1900, None)
    assert actors_by_date("Zorn signed the treaty in 2020.", gazetteer=gazetteer)["2020"] == set()
    got = actors_by_date("Karl Zorn arrived on Monday. Zorn signed the treaty on Tuesday.", gazetteer=gazetteer)
    assert got["Tuesday"] == {"Karl Zorn"}


def test_a_speaker_label_names_who_i_and_we_are_in_the_lines_it_introduces():
    gazetteer = [ActorEntry("Hans Zorn", "person", ("President Zorn",), "Atlantis", 1950, None),
                 ActorEntry("Atlantis", "country", (), "", None, None)]
    text = ("PRESIDENT ZORN (as interpreted): On Monday I met the envoys.\n"
            "We will meet them again on Friday.\n"
            "QUESTION: Did you sign anything on Tuesday?\n"
            "MR. BLANK: I cannot say what happened on Wednesday.")
    got = actors_by_date(text, gazetteer=gazetteer)
    assert got["Monday"] == {"Hans Zorn"}
    assert got["Friday"] == {"Hans Zorn"}
    # the next label ends his lines, though it names nobody of the gazetteer
    assert got["Wednesday"] == set()


def test_no_speaker_without_a_label_naming_a_person():
    gazetteer = [ActorEntry("Hans Zorn", "person", ("President Zorn",), "Atlantis", 1950, None),
                 ActorEntry("Atlantis", "country", (), "", None, None)]
    assert actors_by_date("THE SECRETARY: On Monday I met the envoys.", gazetteer=gazetteer)["Monday"] == set()
    # a country is no speaker: "we" stays nobody's
    assert actors_by_date("ATLANTIS: On Monday we met the envoys.", gazetteer=gazetteer)["Monday"] == set()
    # a numeral "I" and a quoted "I" are not the speaker
    got = actors_by_date('PRESIDENT ZORN: Veterans of World War I marched on Monday.', gazetteer=gazetteer)
    assert got["Monday"] == set()
    got = actors_by_date('PRESIDENT ZORN: On Monday the envoy told reporters, "I am ready."', gazetteer=gazetteer)
    assert got["Monday"] == set()


def test_names_in_their_own_scripts_are_found_in_other_languages():
    import datetime as dt

    from timeline.extraction import extract

    june = dt.date(2025, 6, 19)
    [ko] = extract("김정은과 푸틴은 2024년 6월 19일 평양에서 만났다.", june, "ko").events
    assert {"Kim Jong Un", "Vladimir Putin", "North Korea"} <= set(ko.actors)
    [zh] = extract("2024年6月19日，普京与金正恩在平壤签署条约。", june, "zh").events
    assert {"Kim Jong Un", "Vladimir Putin"} <= set(zh.actors)
    [ru] = extract("Путина встретили в Пхеньяне 19 июня 2024 года.", june, "ru").events
    assert {"Vladimir Putin", "North Korea"} <= set(ru.actors)
    # the Korean Peninsula is not North Korea, and a name inside a longer Hangul word is no mention (남북한, "both
    # Koreas", does not name North Korea alone)
    assert extract("朝鲜半岛局势于2024年6月19日紧张。", june, "zh").events[0].actors == ()
    assert "North Korea" not in extract("남북한 대표는 2024년 6월 19일 만났다.", june, "ko").events[0].actors


def test_an_english_text_with_a_name_in_another_script_finds_both():
    # (English news is scanned for Latin-script names alone; a Hangul or Cyrillic letter anywhere brings the rest back)
    from timeline.extraction import load_gazetteer

    gazetteer = load_gazetteer()
    text = "Kim Jong Un (김정은) met Putin (Путин) and Xi (习近平) in Pyongyang on June 19, 2024."
    names = {m.name for m in find_mentions(text, gazetteer)}
    assert {"Kim Jong Un", "Vladimir Putin", "Xi Jinping"} <= names
    spans = {text[m.start:m.end] for m in find_mentions(text, gazetteer)}
    assert {"김정은", "Путин", "习近平", "Kim Jong Un", "Putin", "Xi"} <= spans


# ----------------------------------------------------------------------------- the gazetteer's newer entries


def test_ukraine_and_the_blocs_that_act_in_this_news_are_actors():
    got = actors_by_date("Ukrainian drones struck a depot in Kursk on Monday, and Kyiv blamed Pyongyang's gunners.")
    assert {"Ukraine", "North Korea"} <= got["Monday"]
    got = actors_by_date("The European Union and NATO condemned the launch on Tuesday.")
    assert {"European Union", "NATO"} <= got["Tuesday"]
    assert "ASEAN" in actors_by_date("ASEAN ministers urged both Koreas to talk on Friday.")["Friday"]
    # the capital after "in" is still a venue
    assert "Ukraine" not in actors_by_date("The envoys met in Kyiv on Monday.")["Monday"]


def test_north_koreas_diplomats_are_their_own_actors_not_kim_jong_un():
    got = actors_by_date("Foreign Minister Choe Son Hui flew to Moscow on Monday to see Sergei Lavrov.",
                         dt.date(2024, 11, 5))
    assert "Choe Son Hui" in got["Monday"]
    got = actors_by_date("Ri Yong Ho told the General Assembly on Saturday that sanctions would fail.",
                         dt.date(2017, 9, 25))
    assert "Ri Yong Ho" in got["Saturday"]
    # "Chairman Kim" is a title of Kim Jong Un's: the vice chairman spelled out is somebody else
    got = actors_by_date("Vice Chairman Kim Yong Chol handed over a letter from Kim Jong Un on June 1, 2018.")
    assert "Kim Yong Chol" in got["June 1, 2018"]
    got = actors_by_date("Kim Yong Chol dined with the secretary of state in New York on May 30, 2018.")
    assert {"Kim Yong Chol", "Mike Pompeo"} <= got["May 30, 2018"] and "Kim Jong Un" not in got["May 30, 2018"]


def test_americans_of_this_diplomacy_are_actors_and_the_secretary_of_state_is_the_one_in_office():
    got = actors_by_date("Marco Rubio spoke with his Japanese counterpart on Monday.")
    assert "Marco Rubio" in got["Monday"]
    got = actors_by_date("John Bolton and Stephen Biegun briefed reporters in Hanoi on Feb. 28, 2019.")
    assert {"John Bolton", "Stephen Biegun"} <= got["Feb. 28, 2019"]
    got = actors_by_date("Jimmy Carter crossed into the North on June 15, 1994. Carter returned to Seoul on June 18.")
    assert "Jimmy Carter" in got["June 15, 1994"] and "Jimmy Carter" in got["June 18"]
    # the title names whoever held it at the event's date
    assert "Antony Blinken" in actors_by_date("The secretary of state landed in Seoul on March 17, 2021.")["March 17, 2021"]
    assert "Marco Rubio" in actors_by_date("The secretary of state landed in Seoul on Monday.")["Monday"]
    assert "Rex Tillerson" in actors_by_date("The secretary of state spoke on Aug. 9, 2017.")["Aug. 9, 2017"]
    assert "Mike Pompeo" in actors_by_date("The then secretary of state spoke on May 9, 2018.")["May 9, 2018"]
    # an office somebody held ("as secretary of state") or no longer holds is not its holder at the event's date
    got = actors_by_date("Madeleine Albright, who as secretary of state visited North Korea, died on Wednesday.",
                         dt.date(2022, 3, 24))
    assert "Antony Blinken" not in got["Wednesday"] and "Madeleine Albright" in got["Wednesday"]
    assert "Marco Rubio" not in actors_by_date("The former secretary of state landed in Seoul on Monday.")["Monday"]


def test_a_kim_after_sung_kim_is_the_envoy():
    got = actors_by_date("U.S. envoy Sung Kim arrived in Seoul on Saturday. Kim told reporters on Monday that he was "
                         "ready to meet his counterpart.", dt.date(2021, 6, 22))
    assert "Sung Kim" in got["Monday"] and "Kim Jong Un" not in got["Monday"]


def test_the_clintons_each_keep_their_own_name():
    got = actors_by_date("Hillary Clinton flew to Seoul on July 20, 2009. Clinton met the South Korean president on "
                         "July 21, 2009.")
    assert "Hillary Clinton" in got["July 21, 2009"] and "Bill Clinton" not in got["July 21, 2009"]
    got = actors_by_date("Bill Clinton landed in Pyongyang on Aug. 4, 2009. Clinton left with the two reporters on "
                         "Aug. 5, 2009.")
    assert "Bill Clinton" in got["Aug. 5, 2009"] and "Hillary Clinton" not in got["Aug. 5, 2009"]
    assert "Bill Clinton" in actors_by_date("President Clinton met the envoy on Oct. 10, 2000.")["Oct. 10, 2000"]
    assert "Hillary Clinton" in actors_by_date("Secretary Clinton met the envoy on Feb. 3, 2012.")["Feb. 3, 2012"]
    # a bare "Clinton" before either is named: both were alive, so neither
    got = actors_by_date("Clinton arrived in Pyongyang on Aug. 4, 2009.")["Aug. 4, 2009"]
    assert not {"Bill Clinton", "Hillary Clinton"} & got


def test_earlier_south_korean_presidents_are_actors_and_hold_the_title_in_their_years():
    got = actors_by_date("Roh Moo-hyun drove to Pyongyang on Oct. 2, 2007. Roh signed a declaration with Kim Jong Il "
                         "on Oct. 4, 2007.", dt.date(2007, 10, 5))
    assert {"Roh Moo-hyun", "Kim Jong Il"} <= got["Oct. 4, 2007"]
    assert "Park Geun-hye" in actors_by_date("Park Geun-hye shut the Kaesong park on Feb. 10, 2016.")["Feb. 10, 2016"]
    assert "Kim Young-sam" in actors_by_date("Kim Young-sam agreed to a summit on June 20, 1994.")["June 20, 1994"]
    assert "Park Geun-hye" in actors_by_date("The South Korean president spoke on Aug. 15, 2015.")["Aug. 15, 2015"]
    # between her removal and Moon's inauguration nobody the gazetteer knows held it
    got = actors_by_date("The South Korean president spoke on April 1, 2017.")["April 1, 2017"]
    assert not {"Park Geun-hye", "Moon Jae-in"} & got
    # a bare "Park" or "Roh" while in office; another Park's or Roh's given name makes them somebody else
    assert "Park Geun-hye" in actors_by_date("Park met the Japanese envoy on Monday.", dt.date(2015, 8, 30))["Monday"]
    assert actors_by_date("President Park Chung-hee was shot on Oct. 26, 1979.")["Oct. 26, 1979"] == set()
    assert actors_by_date("Roh Tae-woo was taken to hospital on Monday.", dt.date(2006, 5, 3))["Monday"] == set()


def test_japans_prime_ministers_are_actors_and_the_title_names_the_one_then():
    got = actors_by_date("Shinzo Abe flew to Pyongyang with the delegation on Sept. 17, 2002.")
    assert "Shinzo Abe" in got["Sept. 17, 2002"]
    got = actors_by_date("Fumio Kishida offered to meet Kim Jong Un on May 27, 2023.")
    assert {"Fumio Kishida", "Kim Jong Un"} <= got["May 27, 2023"]
    assert "Shigeru Ishiba" in actors_by_date("Ishiba said on Sept. 7 that he would step down.",
                                              dt.date(2025, 9, 8))["Sept. 7"]
    got = actors_by_date("Sanae Takaichi took office on Oct. 21, 2025. Takaichi hosted Trump a week later.",
                         dt.date(2025, 11, 3))
    assert "Sanae Takaichi" in got["Oct. 21, 2025"] and "Sanae Takaichi" in got["a week later"]
    # the day of a handover decides
    assert "Shigeru Ishiba" in actors_by_date("The Japanese prime minister spoke on Oct. 2, 2024.")["Oct. 2, 2024"]
    assert "Sanae Takaichi" in actors_by_date("The Japanese prime minister spoke on Oct. 25, 2025.")["Oct. 25, 2025"]
    # Yoshihide Suga is not in the gazetteer: nobody
    got = actors_by_date("Japan's prime minister spoke on March 1, 2021.")["March 1, 2021"]
    assert not {"Shinzo Abe", "Fumio Kishida"} & got


def test_chinese_and_russian_officials_are_actors():
    got = actors_by_date("Hu Jintao hosted the envoy on Oct. 10, 2005. Hu urged patience on Oct. 11, 2005.")
    assert "Hu Jintao" in got["Oct. 11, 2005"]
    assert "Hu Jintao" in actors_by_date("The Chinese president spoke on Oct. 1, 2008.")["Oct. 1, 2008"]
    assert "Xi Jinping" in actors_by_date("The Chinese president spoke on Oct. 1, 2018.")["Oct. 1, 2018"]
    got = actors_by_date("Wang Yi landed in Pyongyang on May 2, 2018. Wang met Kim Jong Un on May 3, 2018.")
    assert {"Wang Yi", "Kim Jong Un"} <= got["May 3, 2018"]
    assert "Li Qiang" in actors_by_date("Premier Li Qiang received the delegation on Monday.")["Monday"]
    got = actors_by_date("Sergei Lavrov arrived in Wonsan on July 11, 2025. Sergei Shoigu followed on July 12, 2025.")
    assert "Sergei Lavrov" in got["July 11, 2025"] and "Sergei Shoigu" in got["July 12, 2025"]
    # a bare common family name before a full name still names nobody without office years
    assert "Wang Yi" not in actors_by_date("Wang arrived on Monday.")["Monday"]


def test_kim_yo_jong_is_her_own_actor_and_not_her_brother():
    got = actors_by_date("Kim Yo Jong said in a statement on Monday that Seoul's offer was a pipe dream.")
    assert "Kim Yo Jong" in got["Monday"] and "Kim Jong Un" not in got["Monday"]
    # named as his sister, she acts; he does not (his country does)
    got = actors_by_date("Kim Jong Un's sister, Kim Yo Jong, mocked the drills on Tuesday.")["Tuesday"]
    assert "Kim Yo Jong" in got and "Kim Jong Un" not in got and "North Korea" in got
    assert "Kim Yo Jong" in extract("김여정은 2025년 8월 14일 담화를 냈다.", dt.date(2025, 8, 20), "ko").events[0].actors


def test_a_bare_kim_is_never_the_leaders_sister_whom_the_news_names_in_full():
    got = actors_by_date("Kim Jong Un watched a missile launch on Monday. Kim Yo Jong dismissed the proposal on "
                         "Sunday. Kim praised the crew on Tuesday.", dt.date(2025, 8, 20))
    assert "Kim Jong Un" in got["Tuesday"] and "Kim Yo Jong" not in got["Tuesday"]
    got = actors_by_date("Kim Yo Jong dismissed the proposal on Sunday. On Tuesday, Kim called the South's leader a "
                         "dreamer.", dt.date(2025, 8, 20))
    assert "Kim Yo Jong" in got["Sunday"] and not {"Kim Yo Jong", "Kim Jong Un"} & got["Tuesday"]


def test_he_goes_on_about_the_man_a_sentence_named_beside_a_woman():
    text = ("Trump is due in Tokyo on Monday, where he will meet Japan's prime minister, Sanae Takaichi. He will then "
            "sit down with Xi Jinping in Busan on Thursday.")
    assert "Donald Trump" in actors_by_date(text, dt.date(2025, 10, 24))["Thursday"]


def test_a_pronoun_or_surname_flag_of_the_wrong_kind_is_refused_by_name(tmp_path):
    bad = tmp_path / "actors.yaml"
    bad.write_text("- name: X Y\n  kind: person\n  pronoun: it\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="pronoun of 'X Y'"):
        load_gazetteer(bad)
    bad.write_text("- name: X Y\n  kind: person\n  by_surname: maybe\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="by_surname of 'X Y'"):
        load_gazetteer(bad)


def test_a_lee_after_lee_myung_bak_is_lee_myung_bak():
    got = actors_by_date("President Lee Myung-bak flew to Washington on April 15, 2008. Lee met the U.S. president on "
                         "April 19, 2008.")
    assert {"Lee Myung-bak", "George W. Bush"} <= got["April 19, 2008"]
    assert "Lee Jae-myung" not in got["April 15, 2008"] | got["April 19, 2008"]
    # after his full name, even in Lee Jae-myung's years
    got = actors_by_date("Former President Lee Myung-bak left prison on Monday. Lee thanked his lawyers on Tuesday.")
    assert "Lee Myung-bak" in got["Tuesday"] and "Lee Jae-myung" not in got["Monday"] | got["Tuesday"]
    # while "Lee" alone, in his years, is still Lee Jae-myung
    got = actors_by_date("Lee took office on June 4, 2025, a day after the election.", dt.date(2025, 6, 10))
    assert "Lee Jae-myung" in got["June 4, 2025"]


def test_cho_hyun_is_south_koreas_foreign_minister_and_not_another_cho():
    got = actors_by_date("Cho Hyun called Marco Rubio on Thursday. Cho said on Friday that the tariff talks would go on.",
                         dt.date(2025, 8, 2))
    assert {"Cho Hyun", "Marco Rubio"} <= got["Thursday"] and "Cho Hyun" in got["Friday"]
    assert actors_by_date("Cho Hyun-woo scored twice on Monday.")["Monday"] == set()


def test_the_alias_trie_matches_the_longest_form_and_falls_back_to_a_shorter_one():
    from timeline.extraction.actors import _trie_re

    pattern = re.compile(rf"(?<![\w.]){_trie_re(['Kim', 'Kim Jong Un', 'Kim Jong Il', 'the North', 'The North'])}(?!\w)")
    assert [m.group() for m in pattern.finditer("Kim Jong Un met Kim Jongsu and the North's Kim.")] == [
        "Kim Jong Un", "Kim", "the North", "Kim"]
    assert pattern.fullmatch("Kim  Jong\nIl")  # any whitespace between words


def test_an_organisations_name_inside_a_longer_name_is_another_body():
    assert "UN Security Council" not in actors_by_date("A National Security Council meeting convened on Monday.")[
        "Monday"]
    assert "UN Security Council" not in actors_by_date("National Security Council officials met on Monday.")["Monday"]
    assert "UN Security Council" in actors_by_date("On Monday Security Council members met.")["Monday"]


def test_a_currency_written_with_a_country_code_names_no_country():
    assert actors_by_date("The agency appealed for US$52 million for its operations in 2026.") == {"2026": set()}
    assert actors_by_date("The agency appealed for US $52 million in 2026.") == {"2026": set()}
    assert actors_by_date("The US pledged $5 million in 2026.") == {"2026": {"United States"}}


def test_a_date_opening_a_conjunct_of_its_own_takes_only_that_conjuncts_actors():
    text = ("In September North Korea conducted its sixth nuclear test, and in August Donald Trump warned that "
            "threats would be met with fire and fury.")
    got = actors_by_date(text, dt.date(2017, 10, 1))
    assert got == {"September": {"North Korea"}, "August": {"Donald Trump"}}  # Trump was on the test before
    # a conjunct without a date of its own keeps the sentence's actors
    assert actors_by_date("Kim Jong Un met Donald Trump in 2018 and Moon Jae-in later.") == {
        "2018": {"Kim Jong Un", "Donald Trump", "Moon Jae-in"}}
    # and the country a title's "It" was read as stays with its event
    [event] = [e for e in extract("North Korea pledged restraint in March; in July it tested a missile.",
                                  dt.date(2025, 9, 22)).events if e.date_text == "July"]
    assert event.title == "North Korea tested a missile" and "North Korea" in event.actors


def test_officials_in_a_capital_are_its_countrys_and_a_later_conjuncts_pronoun_keeps_the_earlier_country():
    assert actors_by_date("In October 2002 James Kelly told officials in Pyongyang that Washington knew.") == {
        "October 2002": {"James Kelly", "North Korea", "United States"}}
    text = ("In June the North blew up the cooling tower at Yongbyon, and in October Washington removed it from its "
            "list of state sponsors of terrorism.")
    assert actors_by_date(text, dt.date(2009, 1, 5)) == {"June": {"North Korea"},
                                                         "October": {"United States", "North Korea"}}


def test_a_sentence_opening_pronoun_carries_on_to_the_next_sentence_that_opens_with_one():
    text = ("Choe Son Hui arrived in Moscow on Sunday. She was met at the airport by a deputy minister. "
            "On Monday she held talks with Sergei Lavrov.")
    [_, monday] = extract(text, dt.date(2025, 10, 28)).events
    assert monday.title == "Choe Son Hui held talks with Sergei Lavrov"  # it gave "She held talks ..."
    assert set(monday.actors) == {"Choe Son Hui", "Sergei Lavrov"}


def test_the_country_a_place_is_in_is_no_actor():
    assert actors_by_date("SEOUL, South Korea (AP) — North Korea fired two cruise missiles on Thursday.",
                          dt.date(2024, 9, 13))["Thursday"] == {"North Korea"}
    text = "In 1991 the two Koreas fielded a team at the championships in Chiba, Japan. In April Japan protested."
    got = actors_by_date(text, dt.date(2026, 1, 20))
    assert "Japan" not in got["1991"] and "Japan" in got["April"]
    # a list of places is a list of places
    assert {"Japan", "China"} <= actors_by_date("Kim visited Seoul, Japan and China in 2019.")["2019"]


def test_a_korean_given_name_spelled_without_its_hyphen():
    got = actors_by_date("President Lee Jae Myung met Takaichi in Gyeongju on Oct. 30.", dt.date(2025, 11, 10))
    assert "Lee Jae-myung" in got["Oct. 30"]
    assert "Kim Dae-jung" in actors_by_date("Kim Dae Jung flew to Pyongyang in June 2000.")["June 2000"]


def test_the_vice_president_and_the_national_security_adviser_of_2018_are_in_the_gazetteer():
    got = actors_by_date("Vice President Mike Pence sat near Kim Yo Jong on Feb. 9, 2018. "
                         "Pence left South Korea on Feb. 10 without meeting her.")
    assert "Mike Pence" in got["Feb. 9, 2018"] and "Mike Pence" in got["Feb. 10"]
    # a bare "Chung" is the adviser or minister while he held a post, and nobody long before
    assert "Chung Eui-yong" in actors_by_date("On March 8, 2018, Chung spoke at the White House.")["March 8, 2018"]
    assert actors_by_date("On March 8, 2021, Chung spoke in Seoul.")["March 8, 2021"] >= {"Chung Eui-yong"}
    assert "Chung Eui-yong" not in actors_by_date("In 1995 Chung spoke in Seoul.")["1995"]
    # North Korea's foreign minister since June 2022: a bare "Choe" (or "Ms. Choe") then is her
    assert "Choe Son Hui" in actors_by_date("Ms. Choe met Lavrov in Wonsan in July 2025.")["July 2025"]
    assert "Choe Son Hui" not in actors_by_date("Choe met Lavrov in July 2019.")["July 2019"]


def test_someone_named_only_in_a_who_aside_on_another_is_no_actor_of_the_sentences_happening():
    got = actors_by_date("Moon Chung-in, who advised Moon Jae-in, said on Monday that talks were unlikely.")
    assert "Moon Jae-in" not in got["Monday"]
    got = actors_by_date("Under Kim Jong Un, who succeeded Kim Jong Il, North Korea tested a bomb in February 2013.")
    assert got["February 2013"] == {"Kim Jong Un", "North Korea"}
    # a date inside the aside is the aside's own happening
    got = actors_by_date("Kim Jong Un, who succeeded Kim Jong Il in December 2011, met Trump in 2018.")
    assert "Kim Jong Il" in got["December 2011"]


def test_objects_of_one_verb_on_two_dates_are_each_actors_of_their_own_date():
    got = actors_by_date("Trump met Lee Jae-myung in Gyeongju on Oct. 29 and Xi Jinping in Busan on Oct. 30.")
    assert got["Oct. 29"] == {"Donald Trump", "Lee Jae-myung"} and got["Oct. 30"] == {"Donald Trump", "Xi Jinping"}


def test_a_clause_of_someone_introduced_by_relation_keeps_to_its_own_actors():
    got = actors_by_date("Kim Jong Il died on Dec. 17, 2011, and his son Kim Jong Un was named supreme commander of "
                         "the army on Dec. 30, 2011.")
    assert got["Dec. 17, 2011"] == {"Kim Jong Il"} and got["Dec. 30, 2011"] == {"Kim Jong Un"}


def test_two_surnames_joined_by_a_hyphen_are_both_named_but_not_a_prefix_or_a_suffix():
    names = [m.name for m in find_mentions("Trump-Kim talks broke down in 2019.", load_gazetteer())]
    assert names == ["Donald Trump", "Kim Jong Un"]
    assert find_mentions("Anti-Trump protests erupted in 2017.", load_gazetteer()) == []
    assert find_mentions("The Kim-led delegation arrived.", load_gazetteer()) == []
    # (after an article too: "the Moon landing" names nobody, "the Trump-Kim summit" both)
    names = [m.name for m in find_mentions("The Trump-Kim summit was held in Singapore.", load_gazetteer())]
    assert names == ["Donald Trump", "Kim Jong Un"]


def test_a_landmark_clause_after_the_date_lends_the_event_none_of_its_people_or_kind_and_it_after_a_date_opener():
    text = ("North Korea test-fired cruise missiles on Oct. 1. On Oct. 22, it fired a new hypersonic missile, days "
            "before President Donald Trump arrived in South Korea for the APEC summit.")
    [_, e] = extract(text, dt.date(2025, 11, 10)).events
    assert (e.title, e.actors, e.category) == ("North Korea fired a new hypersonic missile", ("North Korea",),
                                               "MOBILIZE")


def test_pyongyangs_lower_case_south_korea_is_south_korea():
    # KCNA writes "south Korea" to deny the South its statehood; it is still the country acting
    text = "The United States and south Korea staged the air exercise from October 31 to November 5."
    assert actors_by_date(text, dt.date(2022, 11, 19)) == {"October 31 to November 5": {"United States", "South Korea"}}


def test_aid_agencies_are_actors_by_name_and_initials():
    assert actors_by_date("The WFP launched an emergency operation on Friday.") == {"Friday": {"World Food Programme"}}
    assert actors_by_date("The FAO will publish its next crop assessment in the second quarter.") == {
        "the second quarter": {"Food and Agriculture Organization"}}
    # the initials, not the pronoun
    assert actors_by_date("Who met the envoy on Monday?") == {"Monday": set()}


def test_an_airlines_name_is_no_country_acting():
    published = dt.date(2018, 6, 8)
    text = "Kim is expected to arrive on Sunday afternoon aboard an Air China Boeing 747."
    assert actors_by_date(text, published) == {"Sunday afternoon": {"Kim Jong Un"}}
    assert actors_by_date("The Chinese Air Force flew drills on Monday.", published) == {"Monday": {"China"}}


def test_the_south_or_the_north_before_another_capitalised_word_names_a_place_not_a_korea():
    published = dt.date(2013, 3, 20)
    [seen] = extract("Imagery from March 17 shows renewed activity at the South Portal of the Punggye-ri test site.",
                     published).events
    assert "South Korea" not in seen.actors
    [squad] = extract("The South Korean squad flew in from Beijing on Monday.", published).events
    assert "South Korea" in squad.actors
    [said] = extract("The South announced talks on Monday.", published).events
    assert said.actors == ("South Korea",)
