"""An eleventh probe round in languages other than English: French, Spanish, German, Portuguese, Italian, Russian,
Korean, Japanese, Chinese and Vietnamese (all read by dateparser).  Diplomacy news sentences, written for these
tests (real facts, no copied text), with the dates in each language's usual forms (full dates, "1er mars 2025",
"12. Juni 2018", "12 de junio de 2018", "2018년 6월 12일", "2018年6月12日", "12 июня 2018 года", month-year, the
year alone, numeric dates in the local order, ranges) and traps that must give nothing (resolution numbers,
prices, percentages, ages, phone numbers, counts and relative words alone; a weekday counts once its sentence's
tense says which side of the published day it lies on).

Only English has a grammar: in other languages the extractor finds the dates written out in full through
dateparser (multilingual.py), trims each span to the words that make the date, reads a weekday in French, Spanish,
German, Portuguese and Italian by the tense of its sentence, reads words counted from the published day ("hier",
"la semaine prochaine") and from the date told just before ("la veille", "l'année suivante"), and leaves bare
numbers out.  Events come from the same machinery as in English; modality stays asserted, or planned for a date
after publication; actors come from the gazetteer (seeds/actors.yaml), which spells names in Latin script.

Case shape: L(id, lang, text, pub, tx, ev, traps), checked by test_languages.check_language_case.

- tx: (text, value) for every timex the text must give; text may be a tuple of acceptable spans.  Strict: any
  other timex is a problem, so tx=() means no timex at all.
- ev: checks.Ev items (or bare date_range() strings); strict: every extracted event must be one of them, so
  ev=() means no event at all.
- traps: phrases of the text (numbers, relative words) that no timex and no event's date may overlap; they are
  also covered by the strictness above, and named here so that the case says what it probes.

Judgements a reader may not share, stated once:

- A span holds the words of the date as written, its particles and unit words included when they belong to it
  ("2018年6月12日" with its 日; "19 июня 2024 года" may keep or drop "года"; Vietnamese "ngày" (day) and "năm"
  (year) before the number may be kept), but not a neighbouring preposition ("le", "du", "a", "に").
- A range written as one phrase ("du 27 au 28 février 2019", "2019년 2월 27일부터 28일까지") is one event over
  both days, as the English grammar makes it, from two timexes as in English ("27" and "28 février 2019", like
  "27" and "28 February" in wire.py).
- "올해" / "今年" (this year) are relative words and give nothing, like "hier" or "la semaine prochaine".
- Actors are judged only where the name is written in Latin script (Kim Jong Un, Donald Trump, Pyongyang ...);
  three cases ask for an actor written in the language's own script, to probe the gazetteer.

Left out: Japanese era years ("令和7年3月1日"), which dateparser does not read.
"""

from dataclasses import dataclass

from .checks import Ev

A, P = "asserted", "planned"


@dataclass(frozen=True)
class L:
    """A sentence or two in language ``lang`` published on ``pub``; see the module docstring for the fields."""

    id: str
    lang: str
    text: str
    pub: str
    tx: tuple = ()
    ev: tuple = ()
    traps: tuple = ()
    note: str = ""


KIM, TRUMP, PUTIN, XI = "Kim Jong Un", "Donald Trump", "Vladimir Putin", "Xi Jinping"
NK = "North Korea"

CASES = [
    # ================================================================== French
    L("fr-full-singapore", "fr",
      "Kim Jong Un et Donald Trump se sont serré la main à Singapour le 12 juin 2018, une première pour les deux pays.",
      "2025-06-12",
      tx=(("12 juin 2018", "2018-06-12"),), ev=(Ev("2018-06-12", A, (KIM, TRUMP)),)),
    L("fr-premier-du-mois", "fr",
      "Le ministère a précisé que les nouvelles sanctions contre Pyongyang s'appliqueraient à partir du 1er mars 2026.",
      "2026-02-10",
      tx=(("1er mars 2026", "2026-03-01"),), ev=(Ev("2026-03-01", P, (NK,)),)),
    L("fr-month-year", "fr",
      "En février 2019, le sommet de Hanoï entre Kim Jong Un et Donald Trump s'est achevé sans accord.",
      "2025-09-22",
      tx=(("février 2019", "2019-02"),), ev=(Ev("2019-02", A, (KIM, TRUMP)),)),
    L("fr-numeric-dmy-order", "fr",
      "La réunion des chefs de la diplomatie, fixée au 03/04/2025, a finalement été annulée par Séoul.",
      "2025-05-14",
      tx=(("03/04/2025", "2025-04-03"),), ev=(Ev("2025-04-03", A),),
      note="day first: 3 April, not 4 March"),
    L("fr-range-same-month", "fr",
      "Les deux dirigeants se sont retrouvés à Hanoï du 27 au 28 février 2019 pour leur deuxième sommet.",
      "2025-09-22",
      tx=(("27", "2019-02-27"), ("28 février 2019", "2019-02-28")), ev=(Ev("2019-02-27/2019-02-28/day", A),)),
    L("fr-resolution-with-date", "fr",
      "La résolution 2397, adoptée le 22 décembre 2017, a réduit de 90 % les livraisons de produits pétroliers "
      "à la Corée du Nord.",
      "2025-12-22",
      tx=(("22 décembre 2017", "2017-12-22"),), ev=(Ev("2017-12-22", A),),
      traps=("2397", "90 %")),
    L("fr-future-planned", "fr",
      "Le sommet de l'APEC s'ouvrira à Gyeongju le 31 octobre 2025, en présence de Xi Jinping.",
      "2025-09-22",
      tx=(("31 octobre 2025", "2025-10-31"),), ev=(Ev("2025-10-31", P, (XI,)),)),
    L("fr-trap-relative-words", "fr",
      "Mercredi, le ministre a annoncé qu'il se rendrait à Pékin la semaine prochaine ; hier, Séoul avait "
      "protesté contre le tir de la veille.",
      "2025-10-16",
      tx=(("Mercredi", "2025-10-15"), ("la semaine prochaine", "2025-W43"), ("hier", "2025-10-15"),
          ("la veille", "2025-10-14")),
      ev=(Ev("2025-10-15", A), Ev("2025-W43", P), Ev("2025-10-15", A), Ev("2025-10-14", A)),
      note="'a annoncé' puts Wednesday before the Thursday of publication; 'la veille' counts from 'hier'"),
    L("fr-trap-age-phone-count", "fr",
      "Le transfuge, âgé de 41 ans et père de 3 enfants, a vendu sa montre 2 300 euros ; renseignements au "
      "01 45 67 89 12.",
      "2025-11-03",
      traps=("41 ans", "3 enfants", "2 300 euros", "01 45 67 89 12")),

    # ================================================================== Spanish
    L("es-full-singapore", "es",
      "El 12 de junio de 2018, Donald Trump y Kim Jong Un firmaron en Singapur una declaración conjunta.",
      "2025-06-12",
      tx=(("12 de junio de 2018", "2018-06-12"),), ev=(Ev("2018-06-12", A, (KIM, TRUMP)),)),
    L("es-treaty-2024", "es",
      "Vladimir Putin y Kim Jong Un firmaron en Pyongyang el 19 de junio de 2024 un tratado de asociación "
      "estratégica integral.",
      "2025-06-19",
      tx=(("19 de junio de 2024", "2024-06-19"),), ev=(Ev("2024-06-19", A, (PUTIN, KIM)),)),
    L("es-month-year", "es",
      "En febrero de 2019 fracasó en Hanói la segunda cumbre entre Washington y Pyongyang.",
      "2025-09-22",
      tx=(("febrero de 2019", "2019-02"),), ev=(Ev("2019-02", A, ("United States", NK)),)),
    L("es-year-alone", "es",
      "Corea del Norte realizó su sexta y más potente prueba nuclear en 2017.",
      "2025-09-03",
      tx=(("2017", "2017"),), ev=(Ev("2017", A),)),
    L("es-numeric-dmy-order", "es",
      "El comunicado, fechado el 05/03/2025, fue difundido por la cancillería surcoreana.",
      "2025-04-01",
      tx=(("05/03/2025", "2025-03-05"),), ev=(Ev("2025-03-05", A),),
      note="day first: 5 March"),
    L("es-range-same-month", "es",
      "La cumbre de Hanói se celebró del 27 al 28 de febrero de 2019 y terminó antes de lo previsto.",
      "2025-09-22",
      tx=(("27", "2019-02-27"), ("28 de febrero de 2019", "2019-02-28")), ev=(Ev("2019-02-27/2019-02-28/day", A),)),
    L("es-trap-resolution-percent-price", "es",
      "La resolución 2375 del Consejo de Seguridad recortó en un 30 % el suministro de petróleo; el barril "
      "costaba entonces 65 dólares.",
      "2025-09-11",
      traps=("2375", "30 %", "65 dólares")),
    L("es-trap-relative-age", "es",
      "Ayer, el canciller, de 61 años, dijo que viajaría a Pekín la próxima semana; el miércoles ya había "
      "hablado con su homólogo.",
      "2025-10-16",
      tx=(("Ayer", "2025-10-15"), ("la próxima semana", "2025-W43"), ("miércoles", "2025-10-15")),
      ev=(Ev("2025-10-15", A), Ev("2025-W43", P), Ev("2025-10-15", A)),
      traps=("61 años",),
      note="'ya había hablado' puts Wednesday in the past"),

    # ================================================================== German
    L("de-full-singapore", "de",
      "Kim Jong Un und Donald Trump unterzeichneten am 12. Juni 2018 in Singapur eine gemeinsame Erklärung.",
      "2025-06-12",
      tx=(("12. Juni 2018", "2018-06-12"),), ev=(Ev("2018-06-12", A, (KIM, TRUMP)),)),
    L("de-numeric-dotted", "de",
      "Die Erklärung vom 12.06.2018 blieb vage, sagte ein Diplomat in Berlin.",
      "2025-06-12",
      tx=(("12.06.2018", "2018-06-12"),), ev=(Ev("2018-06-12", A),)),
    L("de-month-year", "de",
      "Im Februar 2019 scheiterte der Gipfel von Hanoi, weil Kim Jong Un auf einer Lockerung der Sanktionen bestand.",
      "2025-09-22",
      tx=(("Februar 2019", "2019-02"),), ev=(Ev("2019-02", A, (KIM,)),)),
    L("de-year-alone", "de",
      "Im Jahr 2017 zündete Nordkorea seine bisher stärkste Atombombe.",
      "2025-09-03",
      tx=(("2017", "2017"),), ev=(Ev("2017", A),)),
    L("de-range-same-month", "de",
      "Der Gipfel in Hanoi fand vom 27. bis 28. Februar 2019 statt und endete ohne Abschlusserklärung.",
      "2025-09-22",
      tx=(("27", "2019-02-27"), ("28. Februar 2019", "2019-02-28")), ev=(Ev("2019-02-27/2019-02-28/day", A),)),
    L("de-future-planned", "de",
      "Der APEC-Gipfel in Gyeongju beginnt am 31. Oktober 2025; Xi Jinping hat seine Teilnahme zugesagt.",
      "2025-09-30",
      tx=(("31. Oktober 2025", "2025-10-31"),), ev=(Ev("2025-10-31", P, (XI,)),)),
    L("de-trap-resolution-percent", "de",
      "Die Resolution 2397 verschärfte die Sanktionen; der Ölpreis stieg daraufhin um 4,5 Prozent auf 80 Dollar.",
      "2025-12-22",
      traps=("2397", "4,5 Prozent", "80 Dollar")),
    L("de-trap-relative-age-phone", "de",
      "Am Mittwoch sagte der 41-jährige Machthaber, er werde nächste Woche nach Peking reisen; Rückfragen "
      "unter 030 1234 5678.",
      "2025-10-16",
      tx=(("Mittwoch", "2025-10-15"), ("nächste Woche", "2025-W43")), ev=(Ev("2025-10-15", A), Ev("2025-W43", P)),
      traps=("41-jährige", "030 1234 5678"),
      note="'sagte' puts Wednesday in the past"),

    # ================================================================== Portuguese
    L("pt-full-singapore", "pt",
      "Em 12 de junho de 2018, Donald Trump e Kim Jong Un reuniram-se em Singapura.",
      "2025-06-12",
      tx=(("12 de junho de 2018", "2018-06-12"),), ev=(Ev("2018-06-12", A, (KIM, TRUMP)),)),
    L("pt-treaty-two-dates", "pt",
      "O tratado entre a Rússia e a Coreia do Norte foi assinado a 19 de junho de 2024. "
      "Entrou em vigor em dezembro de 2024.",
      "2025-06-19",
      tx=(("19 de junho de 2024", "2024-06-19"), ("dezembro de 2024", "2024-12")),
      ev=(Ev("2024-06-19", A), Ev("2024-12", A))),
    L("pt-month-year", "pt",
      "Em fevereiro de 2019, a cimeira de Hanói terminou sem acordo.",
      "2025-09-22",
      tx=(("fevereiro de 2019", "2019-02"),), ev=(Ev("2019-02", A),)),
    L("pt-numeric-dmy", "pt",
      "A declaração de 27/02/2019 nunca chegou a ser assinada pelos dois líderes.",
      "2025-09-22",
      tx=(("27/02/2019", "2019-02-27"),), ev=(Ev("2019-02-27", A),)),
    L("pt-range-same-month", "pt",
      "A cimeira decorreu de 27 a 28 de fevereiro de 2019 em Hanói.",
      "2025-09-22",
      tx=(("27", "2019-02-27"), ("28 de fevereiro de 2019", "2019-02-28")), ev=(Ev("2019-02-27/2019-02-28/day", A),)),
    L("pt-future-planned", "pt",
      "A cimeira da APEC realiza-se em Gyeongju a 31 de outubro de 2025.",
      "2025-10-01",
      tx=(("31 de outubro de 2025", "2025-10-31"),), ev=(Ev("2025-10-31", P),)),
    L("pt-trap-resolution-percent-relative", "pt",
      "Na quarta-feira, a resolução 2270 foi lembrada por 15 votos a favor; ontem, a inflação chegou a 4,8%.",
      "2025-11-06",
      tx=(("quarta-feira", "2025-11-05"), ("ontem", "2025-11-05")), ev=(Ev("2025-11-05", A), Ev("2025-11-05", A)),
      traps=("2270", "15 votos", "4,8%"),
      note="'foi lembrada' puts Wednesday in the past"),

    # ================================================================== Italian
    L("it-full-singapore", "it",
      "Il 12 giugno 2018 Donald Trump e Kim Jong Un si sono incontrati a Singapore.",
      "2025-06-12",
      tx=(("12 giugno 2018", "2018-06-12"),), ev=(Ev("2018-06-12", A, (KIM, TRUMP)),)),
    L("it-primo-future", "it",
      "Le nuove sanzioni dell'Unione europea contro Pyongyang entreranno in vigore il 1° marzo 2026.",
      "2026-02-10",
      tx=(("1° marzo 2026", "2026-03-01"),), ev=(Ev("2026-03-01", P),)),
    L("it-month-year", "it",
      "Nel febbraio 2019 il vertice di Hanoi si è concluso senza un accordo.",
      "2025-09-22",
      tx=(("febbraio 2019", "2019-02"),), ev=(Ev("2019-02", A),)),
    L("it-year-alone", "it",
      "La Corea del Nord ha condotto il suo sesto test nucleare nel 2017.",
      "2025-09-03",
      tx=(("2017", "2017"),), ev=(Ev("2017", A),)),
    L("it-numeric-dmy", "it",
      "Il comunicato del 19/06/2024 annunciava la firma del trattato a Pyongyang.",
      "2025-06-19",
      tx=(("19/06/2024", "2024-06-19"),), ev=(Ev("2024-06-19", A),)),
    L("it-range-same-month", "it",
      "Il vertice di Hanoi si è tenuto dal 27 al 28 febbraio 2019.",
      "2025-09-22",
      tx=(("27", "2019-02-27"), ("28 febbraio 2019", "2019-02-28")), ev=(Ev("2019-02-27/2019-02-28/day", A),)),
    L("it-trap-resolution-price-relative", "it",
      "Mercoledì il ministro ha ricordato la risoluzione 2397; ieri il petrolio è salito del 3% a 75 dollari.",
      "2025-10-16",
      tx=(("Mercoledì", "2025-10-15"), ("ieri", "2025-10-15")), ev=(Ev("2025-10-15", A), Ev("2025-10-15", A)),
      traps=("2397", "3%", "75 dollari"),
      note="'ha ricordato' puts Wednesday in the past"),

    # ================================================================== Russian
    L("ru-full-goda", "ru",
      "Договор о всеобъемлющем стратегическом партнёрстве был подписан в Пхеньяне 19 июня 2024 года.",
      "2025-06-19",
      tx=(("19 июня 2024 года", "2024-06-19"),), ev=(Ev("2024-06-19", A),),
      note="the span keeps 'года', the word of the date"),
    L("ru-singapore", "ru",
      "12 июня 2018 года в Сингапуре Ким Чен Ын впервые встретился с американским президентом.",
      "2025-06-12",
      tx=((("12 июня 2018 года", "12 июня 2018"), "2018-06-12"),), ev=(Ev("2018-06-12", A),)),
    L("ru-month-year-locative", "ru",
      "В феврале 2019 года саммит в Ханое закончился без соглашения.",
      "2025-09-22",
      tx=((("феврале 2019 года", "феврале 2019"), "2019-02"),), ev=(Ev("2019-02", A),)),
    L("ru-year-alone", "ru",
      "В 2017 году КНДР провела шестое ядерное испытание.",
      "2025-09-03",
      tx=((("2017 году", "2017"), "2017"),), ev=(Ev("2017", A),)),
    L("ru-numeric-dotted", "ru",
      "Заявление МИД от 19.06.2024 было опубликовано на сайте ведомства.",
      "2025-06-19",
      tx=(("19.06.2024", "2024-06-19"),), ev=(Ev("2024-06-19", A),)),
    L("ru-range-dash", "ru",
      "Второй саммит прошёл в Ханое 27–28 февраля 2019 года.",
      "2025-09-22",
      tx=((("27–28 февраля 2019 года", "27–28 февраля 2019"), "2019-02-27"),),
      ev=(Ev("2019-02-27/2019-02-28/day", A),)),
    L("ru-trap-resolution-relative", "ru",
      "В среду постпред напомнил о резолюции 2397, которая сократила поставки нефти на 90 %; вчера Сеул "
      "выразил протест.",
      "2025-10-16",
      traps=("В среду", "2397", "90 %", "вчера")),
    L("ru-actor-native-script", "ru",
      "Путин прибыл в Пхеньян 19 июня 2024 года.",
      "2025-06-19",
      tx=((("19 июня 2024 года", "19 июня 2024"), "2024-06-19"),), ev=(Ev("2024-06-19", A, (PUTIN, NK)),)),

    # ================================================================== Korean
    L("ko-full-singapore", "ko",
      "북미 정상은 2018년 6월 12일 싱가포르 센토사섬에서 첫 정상회담을 했다.",
      "2025-06-12",
      tx=(("2018년 6월 12일", "2018-06-12"),), ev=(Ev("2018-06-12", A),)),
    L("ko-month-year", "ko",
      "2019년 2월 베트남 하노이에서 열린 2차 정상회담은 합의 없이 끝났다.",
      "2025-09-22",
      tx=(("2019년 2월", "2019-02"),), ev=(Ev("2019-02", A),)),
    L("ko-year-alone", "ko",
      "북한은 2017년 여섯 번째 핵실험을 강행했다.",
      "2025-09-03",
      tx=(("2017년", "2017"),), ev=(Ev("2017", A),)),
    L("ko-range-buteo-kkaji", "ko",
      "2차 북미 정상회담은 2019년 2월 27일부터 28일까지 하노이에서 열렸다.",
      "2025-09-22",
      tx=(("2019년 2월 27일부터 28일까지", "2019-02-27"),), ev=(Ev("2019-02-27/2019-02-28/day", A),)),
    L("ko-future-planned", "ko",
      "APEC 정상회의는 2025년 10월 31일 경주에서 개막할 예정이다.",
      "2025-10-20",
      tx=(("2025년 10월 31일", "2025-10-31"),), ev=(Ev("2025-10-31", P),)),
    L("ko-trap-resolution-percent-price", "ko",
      "유엔 안보리 결의 2397호는 정유 제품 공급을 90% 줄였다. 쌀값은 1kg에 3000원이다.",
      "2025-12-22",
      traps=("2397호", "90%", "3000원")),
    L("ko-trap-relative-age-phone", "ko",
      "장관은 수요일 다음 주에 베이징을 방문하겠다고 밝혔다. 그는 올해 61세이며 자녀 3명을 두고 있다. "
      "문의는 02-2100-7000.",
      "2025-10-16",
      traps=("수요일", "다음 주", "올해", "61세", "3명", "02-2100-7000")),
    L("ko-actor-native-script", "ko",
      "김정은 국무위원장은 2024년 6월 19일 평양에서 푸틴 대통령을 맞이했다.",
      "2025-06-19",
      tx=(("2024년 6월 19일", "2024-06-19"),), ev=(Ev("2024-06-19", A, (KIM, PUTIN)),)),

    # ================================================================== Japanese
    L("ja-full-day-kanji", "ja",
      "金正恩氏とトランプ氏は2018年6月12日にシンガポールで会談した。",
      "2025-06-12",
      tx=(("2018年6月12日", "2018-06-12"),), ev=(Ev("2018-06-12", A),),
      note="the span keeps 日, the word of the day"),
    L("ja-month-year", "ja",
      "2019年2月、ハノイでの首脳会談は合意なしに終わった。",
      "2025-09-22",
      tx=(("2019年2月", "2019-02"),), ev=(Ev("2019-02", A),)),
    L("ja-year-alone", "ja",
      "北朝鮮は2017年に6回目の核実験を行った。",
      "2025-09-03",
      tx=(("2017年", "2017"),), ev=(Ev("2017", A),)),
    L("ja-range-kara-made", "ja",
      "第2回米朝首脳会談は2019年2月27日から28日までハノイで開かれた。",
      "2025-09-22",
      tx=(("2019年2月27日から28日まで", "2019-02-27"),), ev=(Ev("2019-02-27/2019-02-28/day", A),)),
    L("ja-numeric-ymd", "ja",
      "2024/6/19、平壌で包括的戦略パートナーシップ条約が署名された。",
      "2025-06-19",
      tx=(("2024/6/19", "2024-06-19"),), ev=(Ev("2024-06-19", A),)),
    L("ja-future-planned", "ja",
      "APEC首脳会議は2025年10月31日に慶州で開幕する予定だ。",
      "2025-10-01",
      tx=(("2025年10月31日", "2025-10-31"),), ev=(Ev("2025-10-31", P),)),
    L("ja-trap-resolution-price-relative", "ja",
      "外相は水曜日、来週北京を訪問すると述べた。国連安保理決議2397号は石油精製品の供給を90%削減した。"
      "ガソリンは1リットル150円だ。",
      "2025-10-16",
      traps=("水曜日", "来週", "2397号", "90%", "150円")),

    # ================================================================== Chinese
    L("zh-full-singapore", "zh",
      "2018年6月12日，金正恩与特朗普在新加坡举行首次会晤。",
      "2025-06-12",
      tx=(("2018年6月12日", "2018-06-12"),), ev=(Ev("2018-06-12", A),)),
    L("zh-month-year", "zh",
      "2019年2月，河内峰会未能达成协议。",
      "2025-09-22",
      tx=(("2019年2月", "2019-02"),), ev=(Ev("2019-02", A),)),
    L("zh-year-alone", "zh",
      "朝鲜于2017年进行了第六次核试验。",
      "2025-09-03",
      tx=(("2017年", "2017"),), ev=(Ev("2017", A),)),
    L("zh-range-zhi", "zh",
      "第二次朝美首脑会晤于2019年2月27日至28日在河内举行。",
      "2025-09-22",
      tx=(("2019年2月27日至28日", "2019-02-27"),), ev=(Ev("2019-02-27/2019-02-28/day", A),)),
    L("zh-future-planned", "zh",
      "APEC领导人非正式会议将于2025年10月31日在庆州开幕。",
      "2025-10-15",
      tx=(("2025年10月31日", "2025-10-31"),), ev=(Ev("2025-10-31", P),)),
    L("zh-trap-resolution-relative-age", "zh",
      "外交部长周三表示，下周将访问北京；昨天首尔提出抗议。安理会第2397号决议将石油供应削减90%。"
      "他今年41岁，有3个孩子，咨询电话010-6596-1114。",
      "2025-10-16",
      traps=("周三", "下周", "昨天", "2397号", "90%", "今年", "41岁", "3个孩子", "010-6596-1114")),
    L("zh-actor-native-script", "zh",
      "2024年6月19日，普京与金正恩在平壤签署条约。",
      "2025-06-19",
      tx=(("2024年6月19日", "2024-06-19"),), ev=(Ev("2024-06-19", A, (PUTIN, KIM)),)),

    # ================================================================== Vietnamese
    L("vi-full-hanoi", "vi",
      "Ngày 27 tháng 2 năm 2019, Kim Jong Un và Donald Trump gặp nhau tại Hà Nội.",
      "2025-09-22",
      tx=((("27 tháng 2 năm 2019", "Ngày 27 tháng 2 năm 2019"), "2019-02-27"),),
      ev=(Ev("2019-02-27", A, (KIM, TRUMP)),)),
    L("vi-numeric-dmy", "vi",
      "Ngày 12/6/2018, hai nhà lãnh đạo ký tuyên bố chung tại Singapore.",
      "2025-06-12",
      tx=((("12/6/2018", "Ngày 12/6/2018"), "2018-06-12"),), ev=(Ev("2018-06-12", A),)),
    L("vi-month-year-words", "vi",
      "Tháng 2 năm 2019, hội nghị thượng đỉnh tại Hà Nội kết thúc mà không có thỏa thuận.",
      "2025-09-22",
      tx=(("Tháng 2 năm 2019", "2019-02"),), ev=(Ev("2019-02", A),)),
    L("vi-month-year-slash", "vi",
      "Hồi tháng 2/2019, Bình Nhưỡng và Washington không đạt được thỏa thuận.",
      "2025-09-22",
      tx=(("tháng 2/2019", "2019-02"),), ev=(Ev("2019-02", A, ("United States",)),)),
    L("vi-range", "vi",
      "Hội nghị diễn ra từ ngày 27 đến ngày 28 tháng 2 năm 2019 tại Hà Nội.",
      "2025-09-22",
      tx=((("ngày 27 đến ngày 28 tháng 2 năm 2019", "27 đến ngày 28 tháng 2 năm 2019"), "2019-02-27"),),
      ev=(Ev("2019-02-27/2019-02-28/day", A),)),
    L("vi-trap-resolution-price-relative", "vi",
      "Hôm qua, Bộ trưởng nhắc lại Nghị quyết 2397, cắt giảm 90% nguồn cung dầu, và cho biết sẽ thăm Bắc Kinh "
      "vào tuần tới; giá xăng hiện là 25.000 đồng.",
      "2025-10-16",
      traps=("Hôm qua", "2397", "90%", "tuần tới", "25.000 đồng")),
]
