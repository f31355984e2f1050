"""Big number arrays inside a JSON document, read without holding the GIL for long.

A session stores its long arrays (data, history) as base64 of little-endian float64
inside the JSON text. :func:`lift_long_strings` takes those long strings out before the
text is parsed (the few kilobytes left parse at once) and :func:`decode` turns one back
into numbers a few megabytes at a time, so a thread reading a 150 MB session lets the
GUI thread run between the chunks.
"""

from __future__ import annotations

import binascii
import json

import numpy as np

# A lifted string stands in the parsed document as this text plus its number (no text
# field of a session may hold a NUL).
PLACEHOLDER = "\x00gdviz-array:"
LIFT = 1 << 16  # strings this long or longer are lifted
SCAN_MAX = 100_000  # strings looked at before giving up on lifting (not gdviz's file)
CHUNK = 4 << 20  # base64 characters decoded at a time (~10 ms)


def _string_end(raw: bytes, start: int) -> int:
    """Index of the quote that closes the JSON string opened at ``start`` (-1: none)."""
    end = raw.find(b'"', start + 1)
    while end > 0:
        backslashes = 0
        while raw[end - 1 - backslashes] == 0x5C:  # a quote after an odd run is escaped
            backslashes += 1
        if backslashes % 2 == 0:
            return end
        end = raw.find(b'"', end + 1)
    return -1


def lift_long_strings(raw: bytes) -> tuple[bytes, list[memoryview]]:
    """The document with its long strings (without escapes: base64) replaced by
    placeholders, and the strings, as views of ``raw`` (no 100 MB copies)."""
    pieces: list[bytes] = []
    lifted: list[memoryview] = []
    whole = memoryview(raw)
    pos = copied = 0
    for _ in range(SCAN_MAX):
        start = raw.find(b'"', pos)
        if start < 0:
            break
        end = _string_end(raw, start)
        if end < 0:
            break
        if end - start - 1 >= LIFT and raw.find(b"\\", start + 1, end) < 0:
            pieces += [raw[copied:start], json.dumps(f"{PLACEHOLDER}{len(lifted)}").encode()]
            lifted.append(whole[start + 1 : end])
            copied = end + 1
        pos = end + 1
    pieces.append(raw[copied:])
    return b"".join(pieces), lifted


class Lifted:
    """A long string taken out of the document, where the parsed document has it."""

    def __init__(self, raw: memoryview) -> None:
        self.raw = raw

    def text(self) -> str:
        """As text (a long name, say: lifted strings hold no escapes)."""
        return bytes(self.raw).decode("utf-8", "replace")


def put_back(doc: object, lifted: list[memoryview]) -> object:
    """The parsed document with each placeholder as a :class:`Lifted` (a placeholder the
    file made up itself stays text, which no field takes: it holds a NUL)."""
    if isinstance(doc, dict):
        return {key: put_back(value, lifted) for key, value in doc.items()}
    if isinstance(doc, list):
        return [put_back(value, lifted) for value in doc]
    if isinstance(doc, str) and doc.startswith(PLACEHOLDER):
        index = doc[len(PLACEHOLDER) :]
        if index.isdigit() and int(index) < len(lifted):
            return Lifted(lifted[int(index)])
    return doc


def decode(value: str | Lifted) -> np.ndarray:
    """The float64 numbers a base64 string (or a lifted one) holds. Raises ValueError
    (not base64, not whole 8-byte numbers)."""
    if isinstance(value, Lifted):
        encoded = value.raw
    else:
        try:
            encoded = memoryview(value.encode("ascii"))
        except UnicodeEncodeError:
            raise ValueError("is not valid base64") from None
    if len(encoded) % 4:
        raise ValueError("is not valid base64")
    out = np.empty(len(encoded) // 4 * 3, dtype=np.uint8)
    filled = 0
    try:
        for i in range(0, len(encoded), CHUNK):
            part = binascii.a2b_base64(encoded[i : i + CHUNK], strict_mode=True)
            out[filled : filled + len(part)] = np.frombuffer(part, dtype=np.uint8)
            filled += len(part)
    except (binascii.Error, ValueError, IndexError):
        raise ValueError("is not valid base64") from None
    if filled % 8:
        raise ValueError("does not hold whole 8-byte numbers")
    return out[:filled].view("<f8").astype(np.float64, copy=False)
