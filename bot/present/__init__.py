"""Presentation: every word and every HTML tag a user sees, made from typed verdicts."""
