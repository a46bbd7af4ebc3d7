"""Checking an uploaded knowledge file before anything on disk changes.

The name must be a plain ``.yaml``/``.yml`` file name (no directories, no ``..``, nothing
hidden); the content at most :data:`MAX_UPLOAD_BYTES`. The file is then validated together
with the rest of the knowledge base: the directory's files are copied to a temporary
directory, the new file put among them, and the whole loaded with the ordinary loader (safe
YAML only), so errors carry the same ``file:line:column`` as a reload would report.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from bot.admin.history import knowledge_files
from bot.loader import SEEDS_DIR, KnowledgeError, LoadError, load_knowledge

MAX_UPLOAD_BYTES = 1024 * 1024
# A conservative whitelist rather than a blacklist of dangerous characters: letters, digits,
# "_", "-" and inner dots; first character a letter or digit (so never hidden, never "..").
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,94}\.(?:yaml|yml)")


class UploadRefused(Exception):
    """The upload is refused before validation; the message is safe to show the admin."""


def sanitise_name(name: str | None) -> str:
    """The file name to write, or UploadRefused. Names are refused, not repaired: an admin who
    sends ``../x.yaml`` should hear about it rather than find ``x.yaml`` written."""
    if not name:
        raise UploadRefused("the file has no name; send it as a .yaml document")
    if "/" in name or "\\" in name or "\x00" in name or ".." in name:
        raise UploadRefused("file names must not contain directories or '..'")
    if name.startswith("."):
        raise UploadRefused("hidden file names are not accepted")
    if not name.lower().endswith((".yaml", ".yml")):
        raise UploadRefused("only .yaml or .yml files are accepted")
    if not _SAFE_NAME.fullmatch(name):
        raise UploadRefused(
            "file names may use Latin letters, digits, '_', '-' and '.', start with a letter or digit, "
            "and end in lower-case .yaml or .yml (at most 100 characters)"
        )
    return name


def check_size(size: int | None) -> None:
    if size is not None and size > MAX_UPLOAD_BYTES:
        raise UploadRefused(f"the file is {size} bytes; uploads are limited to {MAX_UPLOAD_BYTES} bytes")


def validate_candidate(directory: Path, name: str, content: bytes) -> list[LoadError]:
    """Every error the knowledge base would have with ``content`` as ``name``; [] when valid."""
    with tempfile.TemporaryDirectory(prefix="cisbot-upload-") as tmp:
        trial = Path(tmp)
        for path in knowledge_files(directory):
            if path.name != name:
                shutil.copy2(path, trial / path.name)
        (trial / name).write_bytes(content)
        try:
            load_knowledge(trial, seeds=directory / SEEDS_DIR)
        except KnowledgeError as exc:
            return exc.errors
    return []
