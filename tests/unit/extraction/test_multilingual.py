"""Other languages: the dates written out in full, found and normalised by dateparser, and nothing guessed.

Every sentence here is written for these tests.
"""

import datetime as dt

from timeline.extraction import extract

PUBLISHED = dt.date(2025, 9, 22)


def values(text, language, published=PUBLISHED):
    return [(t.text, t.value) for t in extract(text, published, language).timexes]


def test_full_dates_are_found_in_several_languages_with_spans_cut_to_the_date():
    assert values("Kim et Trump se sont rencontrés le 12 juin 2018 à Singapour.", "fr") == [
        ("12 juin 2018", "2018-06-12")]
    assert values("Am 12. Juni 2018 trafen sich Kim und Trump in Singapur.", "de") == [("12. Juni 2018", "2018-06-12")]
    assert values("El 12 de junio de 2018 se reunieron en Singapur.", "es") == [("12 de junio de 2018", "2018-06-12")]
    assert values("김정은과 트럼프는 2018년 6월 12일 싱가포르에서 만났다.", "ko") == [("2018년 6월 12일", "2018-06-12")]


def test_a_date_is_never_finer_than_written():
    assert values("Le sommet de Hanoï, en février 2019, a échoué.", "fr") == [("février 2019", "2019-02")]
    assert values("2019년 2월 하노이 회담은 결렬됐다.", "ko") == [("2019년 2월", "2019-02")]


def test_bare_numbers_and_words_with_nothing_to_count_from_are_left_out_rather_than_guessed():
    # "3 enfants" and "y 3" are counts; a weekday with no tense to tell its side of the published day is left out
    assert values("Il a 3 enfants. Samedi, la fête nationale.", "fr") == []
    assert values("Tiene 50 años y 3 hijos.", "es") == []
    # no date told before to count from; and a month names no day two days on
    assert values("Deux jours plus tard, le sommet a échoué.", "fr") == []
    assert values("Le sommet a eu lieu en juin 2018. Le lendemain, Kim est parti.", "fr") == [("juin 2018", "2018-06")]


def test_words_counted_from_the_date_told_before_are_read_in_each_language():
    assert values("Kim a rencontré Lee le 3 novembre 2025. Deux jours plus tard, Pyongyang a tiré un missile.", "fr")[1] \
        == ("Deux jours plus tard", "2025-11-05")
    assert values("En 2018, Trump et Kim se sont rencontrés. L'année suivante, le sommet a échoué.", "fr")[1] == (
        "L'année suivante", "2019")
    assert values("El 12 de junio de 2018 se reunieron. Un año después, la cumbre fracasó.", "es")[1] == (
        "Un año después", "2019")
    assert values("Im Februar 2019 scheiterte der Gipfel. Am Tag darauf sprach er.", "de") == [
        ("Februar 2019", "2019-02")]  # (a month names no next day)
    assert values("Am 27. Februar 2019 begann der Gipfel. Am Tag darauf scheiterte er.", "de")[1] == (
        "Am Tag darauf", "2019-02-28")
    assert values("Il 12 giugno 2018 si sono incontrati. L'anno dopo il vertice è fallito.", "it")[1] == (
        "L'anno dopo", "2019")
    assert values("Em 12 de junho de 2018 se encontraram. No dia seguinte, Kim partiu.", "pt")[1] == (
        "No dia seguinte", "2018-06-13")


def test_words_counted_from_the_published_day_are_read_in_each_language():
    monday = dt.date(2025, 11, 10)
    assert values("Hier, Séoul avait protesté ; le mois dernier aussi.", "fr", monday) == [
        ("Hier", "2025-11-09"), ("le mois dernier", "2025-10")]
    assert values("Nordkorea hat letzte Woche eine Rakete abgefeuert. Heute Morgen sprach er.", "de", monday) == [
        ("letzte Woche", "2025-W45"), ("Heute Morgen", "2025-11-10")]
    assert values("Ayer por la tarde habló. El año pasado hubo una cumbre. Esta mañana llegó.", "es", monday) == [
        ("Ayer por la tarde", "2025-11-09"), ("El año pasado", "2024"), ("Esta mañana", "2025-11-10")]
    assert values("L'anno scorso Kim ha incontrato Putin. Domani parte.", "it", monday) == [
        ("L'anno scorso", "2024"), ("Domani", "2025-11-11")]
    assert values("Na próxima semana o ministro viajará.", "pt", monday) == [("próxima semana", "2025-W47")]
    # a weekday with the word before it that says its side: "el pasado martes", "am vergangenen Montag"
    assert values("Corea del Norte lanzó un misil el pasado martes.", "es", monday) == [("pasado martes", "2025-11-04")]
    assert values("Er traf ihn am vergangenen Montag.", "de", monday) == [("vergangenen Montag", "2025-11-03")]
    # "mañana" after "esta" or "por la" is a morning, "Morgen" a noun
    assert values("Por la mañana habló.", "es", monday) == []


def test_a_weekday_is_read_by_the_tense_of_its_sentence_or_the_word_after_it():
    monday = PUBLISHED  # 22 September 2025
    assert values("Mercredi, le ministre a parlé.", "fr", monday) == [("Mercredi", "2025-09-17")]
    assert values("Le ministre se rendra à Séoul jeudi.", "fr", monday) == [("jeudi", "2025-09-25")]
    assert values("Kim a rencontré Poutine samedi dernier.", "fr", monday) == [("samedi dernier", "2025-09-20")]
    assert values("Der Minister wird am Donnerstag nach Seoul reisen.", "de", monday) == [("Donnerstag", "2025-09-25")]
    assert values("El lunes próximo habrá cumbre.", "es", monday) == [("lunes próximo", "2025-09-29")]
    assert values("Il ministro ha parlato mercoledì.", "it", monday) == [("mercoledì", "2025-09-17")]
    assert values("O ministro falou na quarta-feira.", "pt", monday) == [("quarta-feira", "2025-09-17")]
    # the title loses the preposition that led into the weekday, wherever it stood
    [event] = extract("Am Mittwoch hat der Minister gesprochen.", monday, "de").events
    assert (event.date_start, event.title) == (dt.date(2025, 9, 17), "Hat der Minister gesprochen")
    assert extract("Der Minister wird am Donnerstag nach Seoul reisen.", monday, "de").events[0].title == (
        "Der Minister wird nach Seoul reisen")


def test_events_cite_their_sentence_and_actors_in_any_language():
    [event] = extract("Kim Jong Un et Donald Trump se sont rencontrés le 12 juin 2018 à Singapour.", PUBLISHED,
                      "fr-FR").events
    assert (event.date_start, event.precision, event.anchor) == (dt.date(2018, 6, 12), "day", "explicit")
    assert {"Kim Jong Un", "Donald Trump"} <= set(event.actors)
    assert event.sentence.startswith("Kim Jong Un et Donald Trump")


def test_an_unknown_language_gives_nothing_rather_than_an_error():
    assert extract("12 juin 2018", PUBLISHED, "zz").timexes == []


def test_english_readings_are_not_forced_on_other_languages():
    text = ("Kim Jong Un et Donald Trump se sont rencontrés à Hanoï le 28 février 2019, sans accord. Le premier "
            "sommet avait eu lieu à Singapour le 12 juin 2018. Mercredi, un porte-parole a parlé.")
    hanoi, singapore, wednesday = extract(text, PUBLISHED, "fr").events
    assert (wednesday.date_start, wednesday.title) == (dt.date(2025, 9, 17), "Un porte-parole a parlé")
    # "sans accord" is no agreement: the category stays empty, and the modality follows the date alone
    assert (hanoi.category, hanoi.modality) == ("", "asserted")
    # the title loses the short word that led into its date, and an undated next sentence is not joined
    assert singapore.title == "Le premier sommet avait eu lieu à Singapour"
    assert singapore.sentence.endswith("12 juin 2018.")
    assert extract("Der Gipfel beginnt am 31. Oktober 2026.", PUBLISHED, "de").events[0].modality == "planned"


def test_a_date_with_an_ordinal_dot_is_not_cut_into_two_sentences():
    [event] = extract("Der APEC-Gipfel beginnt am 31. Oktober 2025; Xi Jinping kommt.", PUBLISHED, "de").events
    assert event.sentence.endswith("Xi Jinping kommt.") and "Xi Jinping" in event.actors


def test_ranges_numeric_dates_and_scripts_without_spaces():
    assert values("Ils se sont vus du 27 au 28 février 2019.", "fr") == [("27", "2019-02-27"),
                                                                         ("28 février 2019", "2019-02-28")]
    [event] = extract("Ils se sont vus du 27 au 28 février 2019.", PUBLISHED, "fr").events
    assert (event.date_start, event.date_end) == (dt.date(2019, 2, 27), dt.date(2019, 2, 28))
    # figures in the language's own order, with their year
    assert values("Le texte du 03/04/2025 a été publié.", "fr") == [("03/04/2025", "2025-04-03")]
    # the unit character closes the span, and the word after it stays out
    assert values("峰会于2018年6月12日在新加坡举行。", "zh") == [("2018年6月12日", "2018-06-12")]
    # a phone number is no year
    assert values("Rufen Sie 030 1234 5678 an.", "de") == []


def test_dates_the_search_misses_are_read_around_their_year_and_no_day_is_read_from_a_word():
    assert values("Le 1er mars 2026, le sommet a commencé.", "fr") == [("1er mars 2026", "2026-03-01")]
    assert values("Im Jahr 2017 zündete Nordkorea eine Bombe.", "de") == [("2017", "2017")]
    assert values("2017년 여섯 번째 핵실험이 있었다.", "ko") == [("2017년", "2017")]
    # "un" (a) after the year is not the 1st: the day the text wrote is taken back
    assert values("Firmaron el 19 de junio de 2024 un tratado.", "es") == [("19 de junio de 2024", "2024-06-19")]
    # a number after a label word is no year
    assert values("La résolution 1718 a été adoptée en 2006.", "fr") == [("2006", "2006")]


def test_a_day_without_its_year_is_the_nearest_such_day_on_the_side_the_text_says():
    mid_october = dt.date(2025, 10, 14)
    text = "Le sommet de l'APEC se tiendra le 31 octobre. Le dernier tir remonte au 8 mai."
    assert [(t.text, t.value) for t in extract(text, mid_october, language="fr").timexes] == [
        ("31 octobre", "2025-10-31"), ("8 mai", "2025-05-08")]
    january = dt.date(2026, 1, 5)
    assert [t.value for t in extract("Il s'agit du premier tir depuis le 10 mars dernier.", january,
                                     language="fr").timexes] == ["2025-03-10"]
    assert [t.value for t in extract("La réunion aura lieu le 10 mars.", january, language="fr").timexes] == [
        "2026-03-10"]


def test_a_day_written_with_its_year_keeps_the_year_in_its_span_and_is_explicit():
    [timex] = extract("Ils se sont rencontrés le 12 juin 2018 à Singapour.", dt.date(2019, 3, 1), language="fr").timexes
    assert (timex.text, timex.value) == ("12 juin 2018", "2018-06-12")


def test_korean_japanese_and_chinese_months_of_a_counted_year_and_korean_days_of_the_month():
    published = dt.date(2025, 10, 24)
    assert values("김정은은 지난해 6월 조약을 체결했고 올해 3월 훈련을 비난했다.", "ko", published) == [
        ("지난해 6월", "2024-06"), ("올해 3월", "2025-03")]
    assert values("北朝鮮は昨年6月、条約を結んだ。今年3月12日には演習があった。", "ja", published) == [
        ("昨年6月", "2024-06"), ("今年3月12日", "2025-03-12")]
    assert values("朝鲜去年6月签署条约。明年1月将举行会谈。", "zh", published) == [("去年6月", "2024-06"), ("明年1月", "2026-01")]
    # "지난 22일" is the 22nd just past, "오는 29일" the one to come; "22일" alone the nearest 22nd
    assert values("북한은 지난 22일 미사일을 쐈고, 회담은 오는 29일 열린다.", "ko", published) == [
        ("지난 22일", "2025-10-22"), ("오는 29일", "2025-10-29")]
    assert values("북한은 2일 미사일을 쐈다.", "ko", dt.date(2025, 11, 3)) == [("2일", "2025-11-02")]
    assert values("북한은 30일 미사일을 쐈다.", "ko", dt.date(2025, 11, 3)) == [("30일", "2025-10-30")]
    # a length of time is no day; a year word without its month is left out
    assert values("훈련은 3일간 진행됐고 10일 만에 끝났다. 올해 들어 발사가 늘었다.", "ko", published) == []


def test_sentences_end_in_korean_japanese_and_chinese():
    found = extract("북한은 지난 22일 미사일을 발사했다. 회담은 오는 29일 경주에서 열린다.", dt.date(2025, 10, 24), "ko").events
    assert [(e.date_text, e.title) for e in found] == [("지난 22일", "북한은 미사일을 발사했다"),
                                                       ("오는 29일", "회담은 경주에서 열린다")]
    found = extract("朝鲜去年6月签署条约。今年3月举行了演习。", dt.date(2025, 10, 24), "zh").events
    assert [e.sentence for e in found] == ["朝鲜去年6月签署条约。", "今年3月举行了演习。"]


def test_the_countries_are_named_in_each_language():
    found = extract("Corea del Norte lanzó un misil el pasado martes, dijo Seúl.", dt.date(2025, 11, 10), "es").events
    assert {"North Korea", "South Korea"} <= set(found[0].actors)
    found = extract("Nordkorea hat letzte Woche eine Rakete abgefeuert.", dt.date(2025, 11, 10), "de").events
    assert found[0].actors == ("North Korea",)


def test_a_bare_month_is_the_nearest_on_the_side_its_sentence_or_a_word_beside_it_says():
    november = dt.date(2025, 11, 25)
    assert values("La réunion aura lieu en janvier.", "fr", november) == [("janvier", "2026-01")]
    assert values("La réunion a eu lieu en mars.", "fr", november) == [("mars", "2025-03")]
    assert values("Ein weiteres Treffen ist für Januar geplant.", "de", november) == [("Januar", "2026-01")]
    assert values("Kim visitó Moscú en septiembre.", "es", november) == [("septiembre", "2025-09")]
    assert values("Il vertice si terrà a gennaio.", "it", november) == [("gennaio", "2026-01")]
    assert values("A cúpula foi adiada em março.", "pt", november) == [("março", "2025-03")]
    assert values("Il est venu en novembre dernier.", "fr", november) == [("novembre dernier", "2024-11")]
    # no tense, no word beside it, no word leading into a month: nothing guessed
    assert values("Le sommet en janvier.", "fr", november) == []
    assert values("Elle a visité Mars.", "fr", november) == []
    [e] = extract("Ein weiteres Treffen ist für Januar geplant.", november, "de").events
    assert e.title == "Ein weiteres Treffen ist geplant"


def test_titles_in_korean_japanese_and_chinese_leave_out_their_dates():
    def titles(text, language):
        return [e.title for e in extract(text, dt.date(2025, 11, 25), language=language).events]

    assert titles("김정은 위원장은 2018년 6월 12일 싱가포르에서 트럼프 대통령과 만났다.", "ko") == [
        "김정은 위원장은 싱가포르에서 트럼프 대통령과 만났다"]
    assert titles("北朝鮮は2018年6月12日にシンガポールで会談した。", "ja") == ["北朝鮮はシンガポールで会談した"]
    assert titles("金正恩于2018年6月12日在新加坡与特朗普会晤。", "zh") == ["金正恩在新加坡与特朗普会晤"]
    # each date of a sentence with two clauses titles its own
    assert titles("북한은 지난 22일 미사일을 쐈고, 회담은 오는 29일 열린다.", "ko") == ["북한은 미사일을 쐈고", "회담은 열린다"]
