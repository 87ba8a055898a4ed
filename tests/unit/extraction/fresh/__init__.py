"""A regression corpus of hand-written fresh-news cases for timeline.extraction.

Every sentence and article here was written by hand by the project team to exercise phenomena of unseen
news text (date formats and lists, wire-style sentences, whole articles with the events an editor
expects, international and official English, messy pasted input).  None of it comes from, or is scored
like, the TempEval data the extractor is evaluated on: these cases are independent of it and guard against
regressions that corpus cannot see.

Data: formats.py, wire.py, articles.py (+ articles/*.txt), intl.py (British, European, Asian and
official-document English) and messy.py (pasted and uploaded input).  Checking logic: checks.py.  Tests:
test_formats.py, test_wire.py, test_articles.py, test_intl.py, test_messy.py, where each case that fails
today is a strict xfail.
"""
