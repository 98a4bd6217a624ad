"""Time expressions: find them in article text and normalise them TimeML style.

``find_timexes(text, published)`` returns every calendar expression with its
value against the publication moment; ``normalise(expression, published)``
gives one expression's value and precision.
"""

from eventwire.time.normalise import normalise
from eventwire.time.timexes import find_timexes

__all__ = ["find_timexes", "normalise"]
