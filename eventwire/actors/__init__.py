"""Actors: the knowledge base of countries, organisations, people and roles, and the
resolution of mentions in articles to coded participants."""

from eventwire.actors.kb import (
    Country,
    KnowledgeBase,
    Office,
    Organisation,
    Person,
    Role,
)

__all__ = ["Country", "KnowledgeBase", "Office", "Organisation", "Person", "Role"]
