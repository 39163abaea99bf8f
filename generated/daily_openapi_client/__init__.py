"""A client library for accessing Daily REST API (curated subset for daily-helpers)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
