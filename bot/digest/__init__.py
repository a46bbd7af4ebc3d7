"""Scheduled digests of upcoming meetings: when they are due, what they say, how they are delivered."""
