"""Time expressions: find them in article text and normalise them TimeML style.

``find_timexes(text, published)`` returns every calendar expression with its
value against the publication moment; ``normalise(expression, published)``
gives one expression's value and precision. Lengths of time ("six weeks") are
durations, not dates: ``find_durations`` and ``parse_duration`` read them, and
``shift_value`` moves a value by one ("two years after 2003").
"""

from eventwire.time.durations import Duration, find_durations, parse_duration
from eventwire.time.normalise import depends_on_direction, normalise, shift_value
from eventwire.time.timexes import find_timexes

__all__ = ["Duration", "depends_on_direction", "find_durations", "find_timexes", "normalise", "parse_duration", "shift_value"]
