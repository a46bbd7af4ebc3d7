"""CIS security cooperation reference bot: knowledge base, search engine and Telegram front end."""

__version__ = "0.1.0"
