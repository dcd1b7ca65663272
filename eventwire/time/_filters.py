"""Checks that turn away look-alikes: the modal "may", "March" the verb, counts as years."""

from __future__ import annotations

import re

from eventwire.time._context import Context

NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "LAW"})
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
MONTH_LINK = re.compile(r"\s*(?:and|or|to|through|-|–)\s*(?-i:([A-Z][a-z]+\.?))")
NAME_TAIL = re.compile(r"\s+(?-i:[A-Z][a-z]+)")
SEASON_CUES = frozenset({"in", "during", "by", "until", "since", "through", "throughout", "the"})


def _previous_word(ctx: Context, start: int) -> str:
    before = ctx.text[max(0, start - 20) : start]
    words = re.findall(r"[\w']+|-", before.lower())
    return words[-1] if words else ""


def _in_entity(ctx: Context, start: int, end: int, labels: frozenset[str]) -> bool:
    span = ctx.span(start, end)
    if span is None:
        return False
    return any(token.ent_type_ in labels for token in span)


def keep_bare_month(match: re.Match[str], ctx: Context) -> bool:
    """A month name alone is a date unless it is a modal, a verb or part of a name."""
    span = ctx.span(*match.span())
    if span is None:
        return False
    token = span[0]
    if token.tag_ == "MD" or token.pos_ == "VERB":
        return False
    if _in_entity(ctx, *match.span(), NAME_LABELS):
        return False
    name = match["month"].lower().rstrip(".")
    abbreviated = len(name) <= 4 and name not in ("june", "july")
    if name in ctx.lexicon.ambiguous_months or abbreviated:
        if _next_is_month(ctx, match.end()):
            return True  # "figures for May and June"
        return _previous_word(ctx, match.start()) in ctx.lexicon.month_cues
    return True


def _next_is_month(ctx: Context, end: int) -> bool:
    """Whether a month name follows, joined by "and", "or", "to" or a dash."""
    following = MONTH_LINK.match(ctx.text, end)
    return following is not None and following[1].lower().rstrip(".") in ctx.lexicon.months


def keep_season(match: re.Match[str], ctx: Context) -> bool:
    """ "spring" is a date with a shift, a year, or a cue such as "in" before it."""
    if match["shift"] or match["y"]:
        return True
    if match["season"][:1].isupper() and NAME_TAIL.match(ctx.text, match.end()):
        return False  # "the Winter Olympics", "the Summer Games": part of a name
    return _previous_word(ctx, match.start()) in SEASON_CUES


def _counts_things(ctx: Context, start: int, end: int) -> bool:
    span = ctx.span(start, end)
    if span is None:
        return True
    token = span[-1]
    head = token.head
    if token.dep_ == "nummod" and head.tag_ in ("NNS", "NNPS"):
        return ctx.lexicon.unit_of(head.text) is None
    return False


def keep_year(match: re.Match[str], ctx: Context) -> bool:
    """A four-digit number is a year unless it is money, a count, or an identifier."""
    before = ctx.text[max(0, match.start() - 4) : match.start()]
    if re.search(r"(?:[$£€#]|No\.?\s*)$", before):
        return False
    if _in_entity(ctx, match.start("y"), match.end("y"), AMOUNT_LABELS):
        return False
    return not _counts_things(ctx, match.start("y"), match.end("y"))
