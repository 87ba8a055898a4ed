import datetime
import statistics
import time
import xml.etree.ElementTree as ET

from django.core.management.base import BaseCommand, CommandError

from timeline.extraction import extract
from timeline.extraction.evaluation import Span, evaluate, find_tml, load_tml


class Command(BaseCommand):
    help = (
        "Score the temporal extractor on TimeML .tml files (TempEval-3 definitions: strict, relaxed, value and "
        "type F1; the document creation time is the reference date) and compare its speed with "
        "dateparser's search_dates on the same documents."
    )
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help=".tml files or folders of them.")
        parser.add_argument("--repeat", type=int, default=5,
                            help="Timing passes of each tagger, taken in turn; the median counts (default 5).")

    def handle(self, *args, paths, repeat, **options):
        if repeat < 1:
            raise CommandError("--repeat must be at least 1")
        files = find_tml(paths)
        if not files:
            raise CommandError(f"no .tml files under {' '.join(paths)}")
        docs = []
        for f in files:
            try:
                docs.append(load_tml(f))
            except ET.ParseError as exc:
                raise CommandError(f"{f}: not well-formed XML ({exc})") from None
            except (OSError, ValueError) as exc:
                raise CommandError(f"{f}: {exc}") from None

        def ours(text, dct):
            return [Span(t.start, t.end, t.type, t.value) for t in extract(text, dct).timexes]

        result = evaluate(docs, ours)
        c, m = result["counts"], result["metrics"]
        self.stdout.write(f"docs={len(docs)} gold={c['gold']} pred={c['pred']} relaxed_matches={c['relaxed']} "
                          f"strict_matches={c['strict']} value_correct={c['value']} type_correct={c['type']}")
        self.stdout.write(f"precision/recall: strict {100 * m['strict_p']:.2f}/{100 * m['strict_r']:.2f}, "
                          f"relaxed {100 * m['relaxed_p']:.2f}/{100 * m['relaxed_r']:.2f}")

        ours_rate, theirs_rate = _docs_per_second(docs, lambda d: extract(d.text, _ref(d)), _search_dates_call(),
                                                  repeat)
        self.stdout.write(f"strict F1: {100 * m['strict_f1']:.2f}")
        self.stdout.write(f"relaxed F1: {100 * m['relaxed_f1']:.2f}")
        self.stdout.write(f"value F1: {100 * m['value_f1']:.2f}")
        self.stdout.write(f"type F1: {100 * m['type_f1']:.2f}")
        self.stdout.write(f"docs/s: {ours_rate:.1f}")
        self.stdout.write(f"search_dates docs/s: {theirs_rate:.1f}")
        self.stdout.write(f"speed ratio: {ours_rate / theirs_rate if theirs_rate else float('inf'):.2f}")


def _ref(doc) -> datetime.date:
    return doc.dct or datetime.date.today()


def _search_dates_call():
    from dateparser.search import search_dates  # slow to import; only needed for the comparison

    def run(doc):
        ref = _ref(doc)
        base = datetime.datetime(ref.year, ref.month, ref.day)
        return search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base})

    run(type("Warm", (), {"text": "warm up on Monday", "dct": datetime.date(2000, 1, 1)})())
    return run


def _docs_per_second(docs, ours, theirs, repeat: int) -> tuple[float, float]:
    """The median rate of each over ``repeat`` passes.  The passes alternate (ours, theirs, ours ...), so a burst of
    load on a shared machine slows both sides alike instead of whichever happened to be running."""
    rates: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, out in ((ours, rates[0]), (theirs, rates[1])):
            start = time.perf_counter()
            for d in docs:
                fn(d)
            elapsed = time.perf_counter() - start
            out.append(len(docs) / elapsed if elapsed > 0 else float("inf"))
    return statistics.median(rates[0]), statistics.median(rates[1])
