"""Split a long HTML answer into Telegram-sized messages without breaking its markup.

Cuts fall on line breaks where possible, then on spaces, never inside a tag or an entity;
tags open at a cut are closed at the end of one part and reopened at the start of the next.
Lengths are counted as Telegram counts them: UTF-16 code units of the text without tags.
"""

from __future__ import annotations

import re
from html import unescape

TELEGRAM_LIMIT = 4096
_TOKEN = re.compile(r"<(/?)([a-z-]+)(?: [^>]*)?>|&[a-z]+;|&#\d+;|[^<&]+|[<&]", re.IGNORECASE)


def visible_length(html: str) -> int:
    """Telegram's length of a message: UTF-16 units of the text after entity parsing."""
    text = unescape(re.sub(r"<[^>]+>", "", html))
    return len(text.encode("utf-16-le")) // 2


def _units(text: str) -> int:
    return len(unescape(text).encode("utf-16-le")) // 2


def split_html(html: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Parts of at most ``limit`` visible characters each, every part well-formed."""
    # A character is at most two UTF-16 units and tags and entities only shrink: most answers are
    # short enough to need no count at all.
    if len(html) * 2 <= limit or visible_length(html) <= limit:
        return [html]
    packer = _Packer(limit)
    for line in _lines(_pieces(html)):
        if packer.size and packer.size + sum(_units(p) for k, p in line if k == "text") > limit:
            packer.cut()
        for kind, piece in line:
            packer.add(kind, piece)
    return packer.finish()


class _Packer:
    """Accumulates pieces into parts, closing and reopening tags across a cut."""

    def __init__(self, limit: int):
        self.limit = limit
        self.parts: list[str] = []
        self.current: list[str] = []
        self.size = 0
        self.stack: list[tuple[str, str]] = []  # (tag name, full opening tag)

    def add(self, kind: str, piece: str) -> None:
        if kind == "open":
            name = re.match(r"<([a-z-]+)", piece, re.I)
            self.stack.append((name.group(1).lower() if name else "", piece))
        elif kind == "close":
            if self.stack:
                self.stack.pop()
        else:
            n = _units(piece)
            if self.size + n > self.limit and self.size:
                self.cut()
                piece = piece.lstrip("\n ")
                n = _units(piece)
            self.size += n
        self.current.append(piece)

    def cut(self) -> None:
        self.parts.append("".join(self.current) + "".join(f"</{t}>" for t, _ in reversed(self.stack)))
        self.current = [opening for _, opening in self.stack]
        self.size = 0

    def finish(self) -> list[str]:
        if self.current:
            self.parts.append("".join(self.current))
        return [p.strip() for p in self.parts if re.sub(r"<[^>]+>", "", p).strip()]


def _lines(pieces: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    lines: list[list[tuple[str, str]]] = [[]]
    for kind, piece in pieces:
        lines[-1].append((kind, piece))
        if kind == "text" and piece.endswith("\n"):
            lines.append([])
    return [line for line in lines if line]


def _pieces(html: str) -> list[tuple[str, str]]:
    """The HTML as tags and small text runs: whole lines, or words when a line is too long."""
    out: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(html):
        token = m.group(0)
        if m.group(2):
            out.append(("close" if m.group(1) else "open", token))
        elif token.startswith("&") and token.endswith(";"):
            out.append(("text", token))
        else:
            # Keep each newline with the text before it so a cut lands after it.
            for line in re.findall(r"[^\n]*\n|[^\n]+", token):
                if _units(line) > 200:
                    out.extend(("text", w) for w in re.findall(r"\S+\s*|\s+", line))
                else:
                    out.append(("text", line))
    return out
