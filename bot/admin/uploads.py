"""Checking an uploaded knowledge file before anything on disk changes.

The name must be a plain ``.yaml``/``.yml`` file name (no directories, no ``..``, nothing
hidden); the content at most :data:`MAX_UPLOAD_BYTES`. The file is then validated together
with the rest of the knowledge base: the directory's files are copied to a temporary
directory, the new file put among them, and the whole loaded with the ordinary loader (safe
YAML only), so errors carry the same ``file:line:column`` as a reload would report.

The bot validates an upload in a child process (:func:`validate_isolated`): whatever the file
does to the parser, the bot's event loop and memory are not involved, and a validation that
outlives :data:`VALIDATION_SECONDS` is killed — never a thread left running that the admin lock
or the bot's shutdown would wait for. The child also runs under limits of its own (address
space, CPU time), so it dies even if the bot is killed first.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from bot.admin.history import knowledge_files
from bot.kb.loader import SEEDS_DIR, KnowledgeError, LoadError, load_knowledge

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 1024 * 1024
# A valid upload validates in about a second, child start-up included (~0.3 s).
VALIDATION_SECONDS = 20.0
VALIDATION_MEMORY = 1024 * 1024 * 1024  # address space of the child (it starts at ~40 MB)
_CHILD = "from bot.admin.uploads import _child_main; _child_main()"
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


def validate_candidate(directory: Path, name: str, content: bytes, scratch: Path | None = None) -> list[LoadError]:
    """Every error the knowledge base would have with ``content`` as ``name``; [] when valid.
    ``scratch``: an empty directory to assemble the trial in (default: a temporary one)."""
    if scratch is None:
        with tempfile.TemporaryDirectory(prefix="cisbot-upload-") as tmp:
            return validate_candidate(directory, name, content, Path(tmp))
    for path in knowledge_files(directory):
        if path.name != name:
            shutil.copy2(path, scratch / path.name)
    (scratch / name).write_bytes(content)
    try:
        load_knowledge(scratch, seeds=directory / SEEDS_DIR)
    except KnowledgeError as exc:
        return exc.errors
    return []


async def validate_isolated(
    directory: Path,
    name: str,
    content: bytes,
    *,
    timeout: float = VALIDATION_SECONDS,
    memory: int = VALIDATION_MEMORY,
) -> list[LoadError]:
    """:func:`validate_candidate` in a child process, killed after ``timeout`` seconds or when this
    coroutine is cancelled. A validation that fails to finish is an error like any other."""
    # The child gets this process's import path and nothing else of its environment (no token).
    env = {"PYTHONPATH": os.pathsep.join(p for p in sys.path if p), "PYTHONDONTWRITEBYTECODE": "1"}
    cpu_seconds = math.ceil(timeout) + 5  # the kernel's backstop, should this process die first
    scratch = Path(tempfile.mkdtemp(prefix="cisbot-upload-"))
    child: asyncio.subprocess.Process | None = None
    try:
        child = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            _CHILD,
            str(directory),
            name,
            str(scratch),
            str(memory),
            str(cpu_seconds),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=env,
        )
        out, err = await asyncio.wait_for(child.communicate(content), timeout)
    except TimeoutError:
        log.warning("validating upload %s took longer than %g s; stopped", name, timeout)
        return [LoadError(name, 1, 1, f"validation took longer than {timeout:g} s; the file was not accepted")]
    finally:
        try:
            if child is not None and child.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    child.kill()
                await asyncio.shield(child.wait())  # gone before its scratch directory is removed
        finally:
            shutil.rmtree(scratch, ignore_errors=True)  # a handful of small files
    if child.returncode != 0:
        return _failed(name, child.returncode, err)
    try:
        rows = json.loads(out)
        return [LoadError(str(file), int(line), int(column), str(message)) for file, line, column, message in rows]
    except (ValueError, TypeError):
        return _failed(name, child.returncode, err)


def _failed(name: str, code: int | None, err: bytes) -> list[LoadError]:
    # The child's last words may quote the file: the log gets only the exception's type.
    last = (err.decode("utf-8", "replace").strip().splitlines() or [""])[-1]
    log.error("validating upload %s failed: exit status %s %s", name, code, last.split(":")[0][:80])
    return [LoadError(name, 1, 1, "validation failed (too much memory or time?); see the bot's log")]


def _child_main() -> None:
    """The child of :func:`validate_isolated`: the file on stdin, the errors as JSON on stdout."""
    directory, name, scratch, memory, cpu_seconds = sys.argv[1:6]
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (int(memory), int(memory)))
    resource.setrlimit(resource.RLIMIT_CPU, (int(cpu_seconds), int(cpu_seconds)))
    content = sys.stdin.buffer.read()
    try:
        errors = validate_candidate(Path(directory), name, content, Path(scratch))
    except MemoryError:
        errors = [LoadError(name, 1, 1, "validating the file needed too much memory")]
    json.dump([[e.file, e.line, e.column, e.message] for e in errors], sys.stdout)
