"""The English temporal-expression grammar: precompiled patterns, each with a handler that checks the
match in context and returns how to resolve it.

Spans follow the TimeML/TempEval conventions: prepositions ("in", "on", "since") stay outside,
modifiers that change the meaning stay inside ("early", "late", "the past", "about", "a year ago"),
and "the" is inside when the phrase needs it ("the third quarter", "the 1990s", "the future").

The rules live in one module per area; importing them registers them with ``base.rule``.  Overlapping
proposals are settled by length, position and priority (timexes.find), not by the order of the modules.
"""

from . import absolute, holidays, periods, relative, times  # noqa: F401  (importing registers the rules)
from .base import Found, iter_rules
from .triggers import rules_for_word

__all__ = ["Found", "iter_rules", "rules_for_word"]
