"""A stance probe round: the modality a student needs on a timeline, in US-North Korea and Korean Peninsula news
published in 2025-2026.  Reported and hedged happenings ("reportedly met", "is believed to have visited",
"according to people familiar with the matter", "allegedly", "unconfirmed reports"); plans and their fate
("were due to meet on Friday but the talks were called off", "postponed to March", "pushed back to next month",
"rescheduled for", "cancelled the Aug. 12 meeting"); denials and refusals; conditionals and counterfactuals
("had the summit gone ahead in May", "unless Pyongyang resumes tests next year", "if the talks on Monday
succeed"); questions, wishes and forecasts; futures in the past ("said last week he would travel to Pyongyang on
Sunday", "would go on to sign"); habitual and generic sentences ("meets every Monday", "usually hold drills in
August"); modal perfects ("could have met in 2019", "cannot have met"); the scope of a negation ("not only on
Monday but also on Tuesday", "no sooner had ... than", "not until March 3 did"); and titles that must keep their
negation.  Hand-written, see the package docstring; the modality cases of wire.py and intl.py are not repeated.

Each case: Doc(id, text, published, ev, only=..., no_ev=..., no_ev_in=...), checked by checks.check_dated_case
(see checks.Doc and checks.Ev).  only=True (the default): every extracted event must be one an editor wants, so
[] means no event at all.

Judgements a reader may not share, stated once:

- Attribution is sourcing, not doubt: a happening the text attributes to a source ("said", "told Yonhap",
  "according to people familiar with the matter", "reportedly", "Japanese media reported") is asserted; the
  report is how news knows anything.  A happening the text itself holds in doubt ("is believed to have",
  "allegedly", "unconfirmed reports said", "could not confirm reports that", "rumoured to have", "may have") is
  hypothetical: a student must not read it as established.  A hedge inside a noun phrase ("fired what was
  possibly a new missile", "a ship suspected of carrying shells docked") leaves the happening asserted.  A denial
  of a happening ("denied that its envoy had met ... on Oct. 18", "dismissed as a fabrication a report that ...
  met last month") makes it negated; a dated denial ("on Tuesday denied") is itself an asserted happening.
- A plan's fate decides: a plan called off, cancelled, scrapped, shelved, dropped, postponed or that "never
  materialised" is negated at the date it was planned for (never planned, which would show it as still on, and
  never asserted); the calling off, when dated, is asserted at its own date.  The new date of a postponed plan
  ("postponed to March", "pushed back to next month", "rescheduled for Nov. 20", "from Tuesday to Thursday") is
  planned.  A plan said to have gone ahead ("went ahead as planned on Monday") is asserted.  A plan whose fate
  the text does not tell ("were to meet on Nov. 13", "said on Nov. 3 its minister would visit Minsk on Nov.
  10") is not asserted, even when its day is past; "was to have received" and "was supposed to ... but never did"
  tell it did not happen (negated, or hypothetical).
- Refusals and denials are happenings: "rejected the offer on Monday" is asserted.  A happening said not to have
  taken place ("did not attend Tuesday's dinner", "failed to show up on Friday", "did not take part") is negated,
  and its title keeps the negation ("not", "failed", "refused", "no", "no longer").  "Refused to receive a
  letter on Thursday" may be the asserted refusal or the negated receipt, titled with the refusal.
- Conditions and counterfactuals: what sits in an if/unless/should/were/had condition, or in its consequence,
  is hypothetical; a counterfactual past ("had the summit gone ahead in May", "could have struck a deal in
  February 2019", "should have signed in 2018") is hypothetical or negated, never asserted.  What a condition or
  counterfactual takes for granted stays as it is: "if the talks on Monday succeed" plans the talks (only what
  hangs on their success is hypothetical); "without the Hanoi walkout on Feb. 28, 2019, they might have met
  again" asserts the walkout; "it would have been the first meeting since 2019" asserts a meeting in 2019.
- A yes/no question asserts nothing (no event, or a hypothetical one); a wh-question presupposes its happening
  ("Why did the Stockholm talks break down on Oct. 5, 2019?": asserted).  A wish or fear about what others will
  do ("Seoul hopes the North will attend in September", "fears Pyongyang will send more troops in the spring",
  "wants Trump and Kim to meet") and an onlooker's forecast ("analysts expect", "the institute predicts", "could
  come as early as January") are hypothetical; an announced arrangement ("is set to deliver a speech on Jan.
  1") is planned, and a modal in a later clause of its own ("and may use it to ...") does not change that.
- Futures in the past: the saying is asserted at its date and what was said to come is planned ("said last week
  he would travel to Pyongyang on Sunday"), or planned/hypothetical when its day has passed untold.  The
  narrative "would" that looks forward from a retold past ("they would meet again at Panmunjom in June 2019",
  "would go on to sign a treaty in June 2024") tells what happened: asserted.  A promise is asserted at its date.
- Habits and rules date no happening: "meets every Monday", "usually hold drills in August", "normally meets
  ... in January or September", "tends to stage parades around Oct. 10" give no event.  A dated instance told
  beside a habit ("this year it fired two missiles on Aug. 22", "this Monday's briefing was
  cancelled") is judged on its own.
- Modal perfects: "could/might/should have" about the past is counterfactual (hypothetical or negated);
  "cannot have met on Friday" denies (negated or hypothetical); "may have tested ... on Sunday" is hypothetical.
- A negation binds its own clause and its own phrase: "not only on Monday but also on Tuesday", "no sooner had
  the envoy landed on Monday than", "never before had a president ..., as Trump did on June 30, 2019", "not until
  March 3 did Pyongyang reply", "there is no doubt that ... in October 2024", "it was not the first time: it did so
  on Oct. 4, 2022", "has held no nuclear test since its sixth on Sept. 3, 2017", "unlike in 2018" all assert the
  dated happening; "did not respond to Seoul's Aug. 14 proposal" asserts the proposal; "failed to agree on a
  statement but met again on Thursday" asserts the meeting; "left on Oct. 30 without meeting Kim" asserts the
  leaving; "met not on Monday, as planned, but on Tuesday" negates Monday and asserts Tuesday.
"""

from .checks import Doc, Ev

A, P, H, N = "asserted", "planned", "hypothetical", "negated"
NOT_ASSERTED = (P, H, N)
UNDONE = (N, H)  # a plan that did not happen or a counterfactual: never asserted, never still planned

CASES = [
    # ================================================================== reported: attribution is sourcing
    Doc("rep-reportedly-met",
        "North Korea's foreign minister reportedly met Russia's security council secretary in Moscow on Tuesday.",
        "2025-11-13",
        [Ev("2025-11-11", A, ("North Korea",))]),
    Doc("rep-according-to-people-familiar",
        "American and North Korean officials held secret contacts in New York in early October, according to people "
        "familiar with the matter.",
        "2025-11-05",
        [Ev(("2025-10", "2025-10-01/2025-10-10", "2025-10-01/2025-10-15"), A, ("United States", "North Korea"))]),
    Doc("rep-sources-told-yonhap",
        "Military officers of the two Koreas spoke on the border hotline on Sunday for the first time in two years, "
        "two government sources told Yonhap.",
        "2025-11-18",
        [Ev("2025-11-16", A)]),
    Doc("rep-told-reporters-had-exchanged-letters",
        "Trump told reporters aboard Air Force One on Monday that he had exchanged letters with Kim Jong Un in the "
        "summer.",
        "2025-10-29",
        [Ev("2025-10-27", A, ("Donald Trump",)), Ev("2025-SU", A, ("Kim Jong Un",))]),
    # ================================================================== hedged: the text holds it in doubt
    Doc("hedge-believed-to-have-visited-march",
        "Kim Jong Un's sister is believed to have visited Moscow in March, South Korea's spy agency told lawmakers on "
        "Thursday.",
        "2026-04-10",
        [Ev("2026-03", H), Ev("2026-04-09", A, ("South Korea",))]),
    Doc("hedge-allegedly-stole",
        "North Korean hackers allegedly stole $1.5 billion in cryptocurrency from a Dubai-based exchange in February.",
        "2025-06-10",
        [Ev("2025-02", H, ("North Korea",))]),
    Doc("hedge-unconfirmed-reports",
        "Unconfirmed reports said North Korean and American envoys had met in Ulaanbaatar last week.",
        "2025-12-03",
        [Ev("2025-W48", H, ("North Korea", "United States"))]),
    Doc("hedge-could-not-confirm-reports",
        "The unification ministry said on Monday it could not confirm reports that a North Korean delegation had "
        "visited Tehran in October.",
        "2025-11-12",
        [Ev("2025-11-10", A), Ev("2025-10", H, ("North Korea",))]),
    Doc("hedge-may-have-tested-sunday",
        "North Korea may have tested a solid-fuel engine at the Sohae site on Sunday, a U.S. think tank said, citing "
        "satellite images.",
        "2025-11-12",
        [Ev("2025-11-09", H, ("North Korea",))]),
    Doc("hedge-rumoured-then-reappeared",
        "Kim Jong Un was rumoured to have undergone heart surgery in April 2020, but he reappeared at a fertiliser "
        "plant on May 1.",
        "2025-05-01",
        [Ev("2020-04", H, ("Kim Jong Un",)), Ev("2020-05-01", A, ("Kim Jong Un",))],
        no_ev=["2025-05-01"]),
    Doc("hedge-possibly-inside-noun-phrase",
        "North Korea fired what Seoul's military said was possibly a new hypersonic missile on Jan. 4.",
        "2026-01-06",
        [Ev("2026-01-04", A, ("North Korea",))]),
    Doc("hedge-suspected-ship-docked",
        "A North Korean cargo ship suspected of carrying artillery shells for Russia docked at the port of Rajin on "
        "Sept. 3.",
        "2025-09-10",
        [Ev("2025-09-03", A, ("North Korea",))]),
    # ================================================================== denials of reports
    Doc("deny-dismissed-report-as-fabrication",
        "The foreign ministry in Pyongyang dismissed as a fabrication a Japanese newspaper's report that its "
        "diplomats had met American officials in Beijing last month.",
        "2025-11-20",
        [Ev("2025-10", N)]),
    Doc("deny-dated-denial-and-denied-meeting",
        "Seoul on Tuesday denied that its envoy had secretly met North Korean officials in Hanoi on Oct. 18.",
        "2025-11-06",
        [Ev("2025-11-04", A, ("South Korea",)), Ev("2025-10-18", N)]),
    # ================================================================== plans and their fate
    Doc("plan-due-friday-called-off",
        "Military officers of the two Koreas were due to meet at Panmunjom on Friday, but the talks were called off "
        "at the last minute.",
        "2025-11-15",
        [Ev("2025-11-14", N)]),
    Doc("plan-cancelled-the-aug-12-meeting",
        "On Monday, Pyongyang cancelled the Aug. 12 meeting with Red Cross officials from the South.",
        "2025-08-06",
        [Ev("2025-08-04", A, ("North Korea",)), Ev("2025-08-12", N)]),
    Doc("plan-postponed-to-march",
        "The family reunions planned for Chuseok have been postponed to March, the Red Cross said on Wednesday.",
        "2025-10-02",
        [Ev("2025-10-01", A), Ev("2026-03", P),
         Ev(("2025-10-06", "2025-10-05/2025-10-07"), N, opt=True, note="the old date, Chuseok")]),
    Doc("plan-pushed-back-to-next-month",
        "The trilateral summit in Tokyo, originally set for Dec. 16, has been pushed back to next month.",
        "2025-12-03",
        [Ev("2025-12-16", N), Ev("2026-01", P)]),
    Doc("plan-rescheduled-for",
        "The talks, which North Korea called off last week, have been rescheduled for Nov. 20.",
        "2025-11-12",
        [Ev("2025-W45", A, ("North Korea",)), Ev("2025-11-20", P)]),
    Doc("plan-postponed-from-tuesday-to-thursday",
        "The Security Council's meeting on the North's human rights record has been postponed from Tuesday to "
        "Thursday.",
        "2025-11-10",
        [Ev("2025-11-11", N, ("UN Security Council",)), Ev("2025-11-13", P, ("UN Security Council",))]),
    Doc("plan-rather-than-on-monday",
        "Lee Jae-myung will now fly to Tokyo on Saturday rather than on Monday, his office said on Wednesday.",
        "2025-08-20",
        [Ev("2025-08-23", P, ("Lee Jae-myung",)), Ev("2025-08-20", A),
         Ev("2025-08-25", UNDONE, opt=True, note="the old plan")]),
    Doc("plan-went-ahead-as-planned",
        "Despite the North's threats, the allied drills went ahead as planned on Monday.",
        "2025-08-20",
        [Ev("2025-08-18", A)]),
    Doc("plan-set-for-shelved-on-tuesday",
        "A visit by Russia's foreign minister to Pyongyang, set for Dec. 5, was shelved on Tuesday without "
        "explanation.",
        "2025-12-04",
        [Ev("2025-12-05", N), Ev("2025-12-02", A)]),
    Doc("plan-pencilled-in-never-materialised",
        "A second round of talks was pencilled in for the spring but never materialised.",
        "2025-11-12",
        [Ev("2025-SP", N)]),
    Doc("plan-due-on-postponed-indefinitely",
        "The launch of the joint liaison committee, due on Nov. 3, has been postponed indefinitely.",
        "2025-10-30",
        [Ev("2025-11-03", N)]),
    Doc("plan-dropped-live-fire-drill",
        "The allies have dropped the live-fire drill that was scheduled for Aug. 25.",
        "2025-08-20",
        [Ev("2025-08-25", N)]),
    Doc("plan-went-ahead-a-day-early",
        "The talks, originally due on Friday, went ahead a day early on Thursday.",
        "2025-11-15",
        [Ev("2025-11-13", A), Ev("2025-11-14", UNDONE, opt=True, note="the old date")]),
    Doc("plan-were-to-meet-fate-untold",
        "The two envoys were to meet in Geneva on Nov. 13, a diplomat said at the time.",
        "2025-11-17",
        [Ev("2025-11-13", NOT_ASSERTED)]),
    Doc("plan-was-to-have-received",
        "Kim Jong Un was to have received Russia's defence minister on Saturday.",
        "2025-11-17",
        [Ev("2025-11-15", UNDONE, ("Kim Jong Un",))]),
    Doc("plan-supposed-to-but-never-did",
        "Kim Jong Un was supposed to visit Seoul in 2019 but never did.",
        "2025-09-19",
        [Ev("2019", UNDONE, ("Kim Jong Un",))]),
    Doc("plan-due-to-send-then-stay-away",
        "Pyongyang was due to send a team to the Asian Games in Aichi on Sept. 19, but on Aug. 27 it said it would "
        "stay away.",
        "2026-09-01",
        [Ev("2026-09-19", UNDONE, ("North Korea",)), Ev("2026-08-27", A, ("North Korea",))]),
    Doc("plan-cancelled-adjective-would-have-been",
        "The cancelled Oct. 12 dialogue would have been the first between the two militaries since 2018.",
        "2025-10-20",
        [Ev("2025-10-12", UNDONE), Ev("2018", A, opt=True, note="the last dialogue, which the sentence presupposes")]),
    # ================================================================== refusals and denials of happenings
    Doc("deny-rejected-the-offer-on-monday",
        "North Korea on Monday rejected the offer of humanitarian talks, calling it a ploy.",
        "2025-11-12",
        [Ev("2025-11-10", A, ("North Korea",))]),
    Doc("deny-did-not-attend-tuesdays-dinner",
        "Kim Jong Un did not attend Tuesday's dinner for the visiting Russian delegation, state media reports "
        "showed.",
        "2025-11-13",
        [Ev("2025-11-11", N, ("Kim Jong Un",), title="not attend")]),
    Doc("deny-failed-to-show-up",
        "The North's delegates failed to show up for the liaison meeting at Panmunjom on Friday.",
        "2025-11-15",
        [Ev("2025-11-14", N, ("North Korea",), title="failed")]),
    Doc("deny-refused-to-receive",
        "On Thursday, Pyongyang refused to receive a letter from the U.N. Command.",
        "2025-11-15",
        [Ev("2025-11-13", (A, N), ("North Korea",), title="refused")]),
    Doc("deny-meeting-never-happened",
        "Kim Jong Un turned down the invitation, and the meeting the White House had hoped to hold on Oct. 30 never "
        "happened.",
        "2025-11-03",
        [Ev("2025-10-30", N)]),
    Doc("deny-did-not-respond-to-dated-proposal",
        "Pyongyang did not respond to Seoul's Aug. 14 proposal for military talks.",
        "2025-09-01",
        [Ev("2025-08-14", A, ("South Korea",))]),
    Doc("deny-left-without-meeting",
        "Trump left South Korea on Oct. 30 without meeting Kim Jong Un.",
        "2025-11-03",
        [Ev("2025-10-30", A, ("Donald Trump",))]),
    Doc("deny-never-visited-but-stepped-in",
        "Trump has never visited Pyongyang, though he stepped into North Korea at Panmunjom on June 30, 2019.",
        "2025-10-20",
        [Ev("2019-06-30", A, ("Donald Trump",))]),
    # ================================================================== conditionals and counterfactuals
    Doc("cond-had-the-summit-gone-ahead-in-may",
        "Had the summit gone ahead in May, it would have been the first meeting of the two leaders since 2019.",
        "2025-09-01",
        [Ev("2025-05", UNDONE), Ev("2019", A, opt=True, note="the last meeting, presupposed")]),
    Doc("cond-unless-resumes-tests-next-year",
        "Unless Pyongyang resumes nuclear tests next year, Washington will keep the offer of talks open.",
        "2025-11-12",
        [Ev("2026", H, ("North Korea",))]),
    Doc("cond-if-the-talks-on-monday-succeed",
        "If the talks on Monday succeed, Trump could visit Pyongyang in the spring.",
        "2025-11-12",
        [Ev("2025-11-17", P), Ev("2026-SP", H, ("Donald Trump",))]),
    Doc("cond-should-pyongyang-accept",
        "Should Pyongyang accept, the first round could be held at Panmunjom on Dec. 4.",
        "2025-11-20",
        [Ev("2025-12-04", H)]),
    Doc("cond-were-the-north-to-test",
        "Were the North to carry out a seventh nuclear test this spring, Washington would push for new sanctions.",
        "2026-03-10",
        [Ev("2026-SP", H, ("North Korea",))]),
    Doc("cond-if-he-did-travel-last-week",
        "If Kim did travel to Vladivostok last week, as Japanese media reported, it was his first trip abroad since "
        "September.",
        "2025-11-20",
        [Ev("2025-W46", H), Ev("2025-09", A, opt=True, note="his last trip abroad, presupposed")]),
    Doc("cf-could-have-struck-a-deal",
        "Analysts say Trump and Kim could have struck a deal in Hanoi in February 2019 if Washington had accepted a "
        "partial dismantling of Yongbyon.",
        "2025-11-12",
        [Ev("2019-02", UNDONE, ("Donald Trump",))]),
    Doc("cf-should-have-signed-in-2018",
        "The two Koreas should have signed a peace declaration in 2018, a former unification minister argued on "
        "Sunday.",
        "2025-11-12",
        [Ev("2018", UNDONE), Ev("2025-11-09", A)]),
    Doc("cf-without-the-walkout",
        "Without the Hanoi walkout on Feb. 28, 2019, the two sides might have met again within months.",
        "2025-11-12",
        [Ev("2019-02-28", A)]),
    # ================================================================== modal perfects
    Doc("mperf-could-have-met-in-2019",
        "Kim and Trump could have met a fourth time in 2019 had the working-level talks in Sweden gone better.",
        "2025-11-12",
        [Ev("2019", UNDONE, ("Donald Trump",))]),
    Doc("mperf-cannot-have-met-on-friday",
        "The envoys cannot have met in Beijing on Friday: both were in Seoul that day.",
        "2025-11-17",
        [Ev("2025-11-14", UNDONE), Ev("2025-11-14", A, opt=True, note="both were in Seoul")]),
    # ================================================================== questions, wishes, forecasts
    Doc("q-did-they-meet-would-not-say",
        "Did American and North Korean diplomats meet in Stockholm last month? Officials in Washington would not say.",
        "2025-11-12",
        [Ev("2025-10", H, opt=True)]),
    Doc("q-wh-presupposes",
        "Why did the Stockholm talks break down on Oct. 5, 2019, after barely a day?",
        "2025-10-05",
        [Ev("2019-10-05", A)]),
    Doc("fc-analysts-expect-launch-before-anniversary",
        "Analysts expect a satellite launch before the April 15 anniversary of the founder's birth.",
        "2026-03-20",
        [Ev(("2026-04-15", "2026-03-20/2026-04-14", "2026-03-20/2026-04-15"), H, opt=True)]),
    Doc("fc-institute-predicts-congress",
        "The Korea Institute for National Unification predicts that Pyongyang will hold its next party congress in "
        "the first half of 2026.",
        "2025-11-12",
        [Ev("2026-H1", H, ("North Korea",))]),
    Doc("fc-could-come-as-early-as-january",
        "A second summit between Lee and Trump could come as early as January, officials in Seoul said.",
        "2025-11-12",
        [Ev("2026-01", H, ("Donald Trump",))]),
    Doc("fc-seoul-fears-more-troops",
        "Seoul fears Pyongyang will send more troops to Russia in the spring.",
        "2026-01-20",
        [Ev("2026-SP", H, ("North Korea",))]),
    Doc("wish-seoul-hopes-north-will-attend",
        "Seoul hopes the North will attend the Asian Games in Japan in September.",
        "2026-03-02",
        [Ev("2026-09", H, ("North Korea",))]),
    Doc("wish-wants-trump-and-kim-to-meet",
        "Lee wants Trump and Kim to meet at Panmunjom before the end of the year.",
        "2025-10-20",
        [Ev(("2025", "2025-12", "2025-10-20/2025-12-31", "2025-10-21/2025-12-31"), H, ("Donald Trump",))]),
    Doc("fc-set-to-and-may-use-it",
        "Kim Jong Un is set to deliver a New Year speech on Jan. 1, and may use it to send a message to Washington.",
        "2025-12-28",
        [Ev("2026-01-01", P, ("Kim Jong Un",))]),
    # ================================================================== futures in the past
    Doc("fip-said-last-week-would-travel-sunday",
        "Russia's foreign minister said last week he would travel to Pyongyang on Sunday.",
        "2025-11-21",
        [Ev("2025-W46", A), Ev("2025-11-23", P)]),
    Doc("fip-past-day-fate-untold",
        "On Nov. 3, the North's foreign ministry said its minister would visit Minsk on Nov. 10.",
        "2025-11-20",
        [Ev("2025-11-03", A, ("North Korea",)), Ev("2025-11-10", (P, H))]),
    Doc("fip-narrative-would-meet-again",
        "Trump and Kim first met in Singapore in June 2018; they would meet again at Panmunjom in June 2019.",
        "2025-06-12",
        [Ev("2018-06", A, ("Donald Trump",)), Ev("2019-06", A)]),
    Doc("fip-would-go-on-to-sign",
        "Kim Jong Un, who visited Vladivostok in April 2019, would go on to sign a defence treaty with Putin in June "
        "2024.",
        "2025-11-12",
        [Ev("2019-04", A, ("Kim Jong Un",)), Ev("2024-06", A, ("Vladimir Putin",))]),
    Doc("fip-promised-then-did",
        "Kim promised in April 2018 to shut the Punggye-ri test site, and he did so on May 24 that year.",
        "2025-05-24",
        [Ev("2018-04", A), Ev("2018-05-24", A)],
        no_ev=["2025-05-24"]),
    # ================================================================== habits and generic statements
    Doc("hab-meets-every-monday",
        "The inter-Korean liaison team meets every Monday at the truce village.",
        "2025-11-12",
        []),
    Doc("hab-usually-hold-drills-in-august",
        "South Korea and the United States usually hold their largest summer drills in August.",
        "2026-06-01",
        []),
    Doc("hab-normally-meets-january-or-september",
        "North Korea's parliament normally meets once or twice a year, usually in January or September.",
        "2025-11-12",
        []),
    Doc("hab-tends-to-around-oct-10",
        "Pyongyang tends to stage its biggest military parades around Oct. 10, the party's founding anniversary.",
        "2025-09-15",
        []),
    Doc("hab-habit-then-instance",
        "The North usually answers the allied drills within days; this year it fired two ballistic missiles on Aug. "
        "22.",
        "2025-09-01",
        [Ev("2025-08-22", A, ("North Korea",))]),
    Doc("hab-every-monday-but-this-monday-cancelled",
        "The envoy briefs the council every Monday, but this Monday's briefing was cancelled.",
        "2025-11-12",
        [Ev("2025-11-10", N)]),
    # ================================================================== the scope of a negation
    Doc("scope-not-only-but-also",
        "North Korea fired artillery into the buffer zone not only on Monday but also on Tuesday, the South's "
        "military said.",
        "2025-11-13",
        [Ev("2025-11-10", A, ("North Korea",)), Ev("2025-11-11", A, ("North Korea",))]),
    Doc("scope-no-sooner-than",
        "No sooner had the U.S. envoy landed in Seoul on Monday than Pyongyang fired a ballistic missile into the "
        "sea.",
        "2025-11-12",
        [Ev("2025-11-10", A, ("United States",)), Ev("2025-11-10", A, ("North Korea",), opt=True)]),
    Doc("scope-not-on-monday-but-on-tuesday",
        "The envoys met not on Monday, as planned, but on Tuesday.",
        "2025-11-13",
        [Ev("2025-11-10", UNDONE), Ev("2025-11-11", A)]),
    Doc("scope-not-until-did",
        "Not until March 3 did Pyongyang reply to the offer.",
        "2026-03-10",
        [Ev("2026-03-03", A, ("North Korea",))]),
    Doc("scope-no-test-since-its-sixth",
        "Pyongyang has held no nuclear test since its sixth, on Sept. 3, 2017.",
        "2025-11-12",
        [Ev("2017-09-03", A, ("North Korea",))]),
    Doc("scope-neither-warned-before-it-fired",
        "Pyongyang gave neither Seoul nor Tokyo any warning before it fired a missile on Sunday.",
        "2025-11-12",
        [Ev("2025-11-09", A, ("North Korea",))]),
    Doc("scope-not-the-first-time",
        "It was not the first time the North had fired a missile over Japan: it did so on Oct. 4, 2022.",
        "2025-11-12",
        [Ev("2022-10-04", A)]),
    Doc("scope-there-is-no-doubt",
        "There is no doubt that the North sent troops to the Kursk region in October 2024, the spy agency said.",
        "2025-11-12",
        [Ev("2024-10", A, ("North Korea",))]),
    Doc("scope-never-before-as-trump-did",
        "Never before had a sitting U.S. president set foot in North Korea, as Trump did on June 30, 2019.",
        "2025-11-12",
        [Ev("2019-06-30", A, ("Donald Trump",))]),
    Doc("scope-failed-to-agree-but-met-again",
        "The envoys failed to agree on a statement but met again on Thursday.",
        "2025-11-15",
        [Ev("2025-11-13", A)]),
    Doc("scope-unlike-in-2018",
        "Unlike in 2018, Pyongyang did not send athletes to the Winter Olympics in February.",
        "2026-03-01",
        [Ev("2026-02", N, ("North Korea",)), Ev("2018", A, opt=True)]),
    Doc("scope-never-ratified-suspended-in-november-2023",
        "The South's parliament never ratified the 2018 military agreement, which Seoul suspended in November 2023.",
        "2025-09-19",
        [Ev("2023-11", A, ("South Korea",)), Ev("2018", A, opt=True)]),
    # ================================================================== titles that keep their negation
    Doc("title-did-not-take-part",
        "Japan did not take part in the naval drills on Wednesday, Tokyo said.",
        "2025-11-14",
        [Ev("2025-11-12", N, ("Japan",), title="not take part")]),
    Doc("title-did-not-meet-said-on-tuesday",
        "The envoys did not meet on Monday, a ministry spokesman said on Tuesday.",
        "2025-11-13",
        [Ev("2025-11-10", N, title="not meet"), Ev("2025-11-11", A)]),
    Doc("title-no-meeting-was-held",
        "No meeting between Lee and Kim Jong Un was held in 2025.",
        "2025-12-30",
        [Ev("2025", N, ("Kim Jong Un",), title="no meeting")]),
    Doc("title-will-no-longer-answer",
        "From Monday, the North will no longer answer calls on the border hotline.",
        "2025-11-12",
        [Ev("2025-11-17", (P, N), ("North Korea",), title="no longer")]),
    Doc("title-did-not-sign-in-hanoi",
        "Trump and Kim did not sign a joint statement in Hanoi on Feb. 28, 2019.",
        "2025-11-12",
        [Ev("2019-02-28", N, ("Donald Trump",), title="not sign")]),
]
