"""One name per entity across the corpus: the key under which spelling variants merge.

"ImageNet-1k" / "ImageNet-1K" and "Llama 3" / "Llama-3" share a key; versions stay apart
(GPT-3 and GPT-4 differ in a character that the key keeps).
"""

from __future__ import annotations

from functools import lru_cache

import regex

_DROP = regex.compile(r"[\s\-_‐‑‒–—/.·]+")


@lru_cache(maxsize=8192)
def entity_key(name: str) -> str:
    """Case-, hyphen- and spacing-insensitive identity of an entity name.

    Memoized (bounded): the entity stage keys the same few names many times per paper, and a
    regex substitution costs about twenty times a cache hit."""
    return _DROP.sub("", name.casefold())
