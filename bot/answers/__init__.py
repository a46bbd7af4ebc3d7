"""Answers: what a question asks, decided over the knowledge base as a typed verdict (no HTML)."""
