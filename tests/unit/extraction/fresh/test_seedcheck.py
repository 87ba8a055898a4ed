"""The seed timeline as a careful editor reads it (seedcheck.py): one test per expected event, per span that must
give no event, per junk title and per document's title openings."""

import pytest

from timeline.loading import find_document_files

from .checks import params
from .seedcheck import CASES, DOCS, SEEDS

# Expectations the extractor gets wrong today: {test id: what is wrong}.  Strict xfails, so a fix must remove its
# line.  "title 'T' (want 'w', junk 'j')": the title is T, it should hold w and must not hold j; "gives D": the event
# (or unwanted event) it gives, with dates, precision, modality, category and title.  Ids: NNN (the seed's number),
# then the phrase the event is dated by; "-no-": a span that must give no event; "-title-not-": a junk title of the
# document; "-openers": titles that open with a pronoun, a demonstrative or a dangling word (seedcheck.OPENERS).
KNOWN_FAILURES = {
    # 000_f6a6d55192aa3da0.txt
    '000-no-conditions-in-2025-are-markedly-different': "gives 2025-01-01..2025-12-31 asserted - 'Conditions are "
        "markedly different from Trump’s first term' (a state of affairs, not a happening)",
    # briefs/001-agreed-framework-geneva.md
    # briefs/002-jo-myong-rok-white-house-communique.md
    '002-issued-on-12-october-2000': "actors lack ['United States'] (got ['North Korea'])",
    '002-in-geneva-in-1994': "actors lack ['United States'] (got ['North Korea'])",
    # briefs/003-albright-visits-pyongyang.md
    '003-in-geneva-on-21-october-1994': "actors lack ['North Korea'] (got [])",
    # briefs/004-bush-axis-of-evil.md
    '004-in-1994-they-signed': "actors lack ['United States'] (got ['North Korea'])",
    '004-no-little-more-than-a-year-earlier': "gives 2001-01-01..2001-12-31 asserted AGREE 'A very different "
        "message from the one carried by the joint communique little' (the October 2000 communique, dated "
        'already; gives a 2001 event)',
    '004-openers': "title 'They signed the Agreed Framework in Geneva'",
    # briefs/005-kelly-uranium-enrichment.md
    '005-signed-in-geneva-on-21-october-1994': "actors lack ['United States', 'North Korea'] (got [])",
    '005-no-already-visible-earlier-this-year': "gives 2002-01-01..2002-12-31 asserted - 'The disclosure adds to "
        "tensions that were already visible' (a framing sentence; the next one gives the 29 January address)",
    # briefs/006-npt-withdrawal.md
    '006-on-29-january-2002': "title 'President George W. Bush used his State of the Union address to name North…' "
        "(want 'axis of evil')",
    '006-the-contrast-with-october-2000': 'no event; want 2000-10',
    # briefs/007-six-party-talks-first-round.md
    '007-as-it-did-in-geneva-in-1994': "actors wrongly include ['China', 'South Korea', 'Japan', 'Russia']; title "
        "'As it did in Geneva' (junk '^As it did')",
    '007-the-events-of-october-last-year': "title 'The announcement followed the events' (want 'United States said')",
    # briefs/008-six-party-joint-statement.md
    '008-no-the-road-to-this-week-s-statement': "gives 2005-09-19..2005-09-25 asserted REJECT 'The road to the "
        "statement began with the collapse of an earlier arrangement' (a framing sentence; gives a REJECT event "
        'for the week)',
    # briefs/009-first-nuclear-test.md
    '009-in-beijing-on-19-september-2005-by': 'category -, want AGREE',
    '009-treaty-in-january-2003': "category AGREE, want REJECT; title 'The six-party process was set up after the collapse of "
        "the Agreed Framework and after North Korea…' (want 'North Korea announced its withdrawal')",
    # briefs/010-six-party-initial-actions.md
    '010-issued-in-beijing-on-19-september-2005': "title 'The deal is the first practical step toward carrying "
        "out the joint statement…' (want 'issued', junk '^The deal is')",
    # briefs/011-yongbyon-cooling-tower.md
    # briefs/012-terrorism-list-removal.md
    '012-the-same-year-in-which': "gives 2002-01-01..2002-12-31 year asserted - 'It comes in which the Yongbyon "
        "cooling tower was brought down'; want 2008",
    # briefs/013-north-korea-quits-six-party-talks.md
    '013-condemnation-of-the-april-launch': 'category CONSULT, want MOBILIZE/ACCUSE; title "The announcement from '
        'Pyongyang came in response to the Security Council\'s…" (want \'launch\')',
    # briefs/014-second-nuclear-test.md
    '014-took-place-on-9-october-2006': "category AGREE, want MOBILIZE; actors wrongly include ['Six-Party Talks']",
    # briefs/015-clinton-visits-pyongyang.md
    # briefs/016-kim-jong-il-dies.md
    # briefs/017-leap-day-agreement.md
    '017-reached-on-29-february-2012': 'title \'In the arrangement has become known as the "Leap Day" agreement '
        "because it…' (junk '^In the arrangement')",
    # briefs/018-sohae-launch-food-aid-suspended.md
    '018-the-february-agreement': "title 'The food aid at the heart of the agreement is suspended' (junk "
        "'suspended')",
    # briefs/019-third-nuclear-test.md
    '019-accepted-last-year': "title 'The moratorium on nuclear tests that North Korea accepted is plainly over' "
        "(junk 'plainly over')",
    # briefs/020-fourth-nuclear-test.md
    '020-joint-statement-of-2005': "title 'The test returns the focus to Punggye-ri and to the commitment North "
        "Korea…' (junk '^The test returns')",
    # briefs/021-fifth-nuclear-test.md
    '021-the-test-on-9-september-2016': "actors lack ['North Korea'] (got [])",
    '021-no-before-this-year': 'gives 2016-01-01..2016-12-31 asserted MOBILIZE "North Korea\'s nuclear tests had '
        'been spread out" (gives a 2016 event for tests of 2006-2013)',
    # briefs/022-hwasong-14-icbm-test.md
    '022-carried-out-in-september-last-year': "actors lack ['North Korea'] (got []); title 'Until now the focus "
        "of concern was carried out' (want 'fifth|nuclear test')",
    # briefs/023-trump-fire-and-fury.md
    '023-the-latest-of-them-in-september-last-year': "actors lack ['North Korea'] (got []); title 'The latest of "
        "them' (want 'nuclear test')",
    '023-last-month-s-missile-test': "actors wrongly include ['Donald Trump']",
    # briefs/024-sixth-nuclear-test.md
    '024-the-test-on-3-september-2017': "actors wrongly include ['Donald Trump']",
    '024-the-third-was-in-february-2013': "actors lack ['North Korea'] (got [])",
    '024-leap-day-agreement-of-february-2012-it-agreed': "actors lack ['North Korea'] (got [])",
    '024-title-not-it-agreed': "title 'In the Leap Day agreement, it agreed to a moratorium on nuclear and…'",
    # briefs/025-hwasong-15-test.md
    '025-openers': "title 'It tested the Hwasong-14'",
    '025-the-first-came-on-4-july': "actors lack ['North Korea'] (got [])",
    '025-no-play-no-part-in-this-year-s-events': "gives 2017-01-01..2017-12-31 asserted REJECT 'The Six-Party "
        "Talks play no part in the events' (no happening in 2017 here)",
    # briefs/026-trump-accepts-kim-invitation.md
    # briefs/027-panmunjom-declaration.md
    # briefs/028-singapore-summit.md
    '028-only-last-year-the-two-countries': "category -, want THREATEN; actors lack ['United States', 'North "
        "Korea'] (got ['Kim Jong Un', 'Moon Jae-in']); actors wrongly include ['Moon Jae-in']",
    # briefs/029-hanoi-summit-collapses.md
    # briefs/030-trump-kim-dmz-meeting.md
    # briefs/031-stockholm-talks-break-down.md
    '031-saturday-s-failure-in-stockholm': 'category AGREE, want REJECT',
    '031-no-pyongyang-this-year': "gives 2019-01-01..2019-12-31 asserted REJECT 'The collapse of the talks is a "
        "further setback for diplomacy between…' ('this year' is no date of the collapse, already dated 5 October)",
    # briefs/032-kim-names-south-korea-primary-foe.md
    '032-in-pyongyang-on-monday': 'title "Kim Jong Un told the Supreme People\'s Assembly in Pyongyang that South '
        'Korea…" (want \'primary foe\')',
    # briefs/033-putin-kim-partnership-treaty.md
    '033-began-in-beijing-in-august-2003': "actors lack ['Russia'] (got ['Six-Party Talks', 'United States', 'North Korea', "
        "'China', 'South Korea', 'Japan'])",
    # briefs/034-lee-jae-myung-inaugurated.md
    '034-on-15-january-2024': 'title "Kim Jong Un told the Supreme People\'s Assembly that South Korea should '
        'be…" (want \'primary foe\')',
    # briefs/035-kim-open-to-talks-without-denuclearisation.md
    '035-pyongyang-on-21-september-2025': "actors wrongly include ['Donald Trump']",
}


@pytest.mark.parametrize("case", params(CASES, lambda c: c.id, KNOWN_FAILURES))
def test_seed_case(case):
    assert case.problems() == []


def test_every_seed_document_is_judged():
    """A seed added to seeds/ (what load_demo loads) needs an editor's expectations here."""
    files, errors = find_document_files([str(SEEDS)])
    assert errors == []
    assert sorted(str(f.relative_to(SEEDS)) for f in files) == sorted(doc.file for doc in DOCS)
