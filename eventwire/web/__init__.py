"""The HTTP API and the dashboard: FastAPI over the store's query layer.

``create_app(backend)`` builds the app; ``Backend`` holds the store for the
server's life (see backend.py for who writes); ``eventwire serve`` runs it.
"""

from eventwire.web.app import create_app
from eventwire.web.backend import Backend

__all__ = ["Backend", "create_app"]
