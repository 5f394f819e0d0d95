"""One name per entity across the corpus: the key under which spelling variants merge.

"ImageNet-1k" / "ImageNet-1K" and "Llama 3" / "Llama-3" share a key; versions stay apart
(GPT-3 and GPT-4 differ in a character that the key keeps).
"""

from __future__ import annotations

import regex

_DROP = regex.compile(r"[\s\-_‐‑‒–—/.·]+")


def entity_key(name: str) -> str:
    """Case-, hyphen- and spacing-insensitive identity of an entity name."""
    return _DROP.sub("", name.casefold())
