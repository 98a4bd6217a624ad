"""Places: the named places of an article, resolved to countries, regions and cities.

    from eventwire.places import Gazetteer, find_places, ruler_patterns

    Gazetteer.load().lookup("Paris")            # PlaceEntry(name='Paris', country='FRA', kind='city', ...)
    find_places(nlp(article.text))              # [Place(text='Nagorno-Karabakh', country='AZE', ...), ...]
    ruler.add_patterns(ruler_patterns())        # names the small English NER mislabels
"""

from eventwire.places.entry import PlaceEntry
from eventwire.places.finder import find_places
from eventwire.places.gazetteer import Gazetteer, Resolution
from eventwire.places.ruler import ruler_patterns

__all__ = ["Gazetteer", "PlaceEntry", "Resolution", "find_places", "ruler_patterns"]
