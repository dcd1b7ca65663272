"""Regular expressions of the temporal grammar, built from the word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from eventwire.time._holidays import holiday_names
from eventwire.time._lexicon import Lexicon, load_lexicon
from eventwire.time._prefilter import Requirement, cues

YEAR = r"(?:1[0-9]{3}|20[0-9]{2})(?![\d%])(?!-\d)"
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:%])"

_Trie = dict[str, "_Trie"]
_END = ""  # marks a node where a phrase ends


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace.

    It is written as a trie ("ma(?:y(?:day)?|rch)"): the engine tries one branch per
    character instead of every phrase at every position, and at each branch point the
    longer phrase is tried first, exactly as a longest-first list would. Branches are
    sorted, so the pattern never depends on set iteration order (PYTHONHASHSEED).
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return "(?:" + _render(trie) + ")"


def _render(node: _Trie) -> str:
    branches = [_edge(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


def _edge(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


def _month_names(lexicon: Lexicon) -> str:
    forms: list[str] = []
    for name in lexicon.months:
        capital = name.capitalize()
        forms.extend([capital, name.upper()])
        if len(name) <= 4 and name not in ("may", "june", "july"):
            forms.extend([capital + ".", name.upper() + "."])
    ordered = sorted(set(forms), key=lambda word: (-len(word), word))
    return "(?-i:" + "|".join(re.escape(form) for form in ordered) + r")(?![A-Za-z])"


def spelled_year(lexicon: Lexicon) -> str:
    """A year in words, as broadcast transcripts write it: "nineteen ninety-six"."""
    values = {word: value for word, value in lexicon.numbers.items() if word not in ("a", "an")}
    ones = alternation(word for word, value in values.items() if 1 <= value <= 9)
    teens = alternation(word for word, value in values.items() if 10 <= value <= 19)
    tens = alternation(word for word, value in values.items() if value in range(20, 100, 10))
    return rf"(?:nineteen|twenty)[\s-]+(?:{tens}(?:[\s-]+{ones})?|{teens})(?![\w-])"


def _millennium_year(lexicon: Lexicon) -> str:
    values = {word: value for word, value in lexicon.numbers.items() if word not in ("a", "an")}
    small = alternation(word for word, value in values.items() if 1 <= value <= 99)
    return rf"two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?{small}(?:[\s-]+{small})?)?(?![\w-])"


def _capitalised(words: list[str]) -> str:
    forms = sorted({word.capitalize() for word in words} | {word.upper() for word in words})
    return "(?-i:" + "|".join(forms) + ")"


@dataclass(frozen=True, slots=True)
class Grammar:
    """Compiled patterns, one per rule, in priority order (earlier wins ties); ``cues``,
    for each rule, the words one of which a text needs for the rule to match in it."""

    rules: tuple[tuple[str, re.Pattern[str]], ...]
    cues: tuple[Requirement | None, ...]
    number: str
    units: str
    half_prefix: re.Pattern[str]
    position_prefix: re.Pattern[str]
    amount_prefix: re.Pattern[str]
    amount_suffix: re.Pattern[str]


def _number(lexicon: Lexicon) -> str:
    articles = {"a", "an", "a couple of"}
    words = alternation(set(lexicon.numbers) - articles)
    spelled = rf"(?:(?:an?\s+)?{words}(?:[\s-]+{words})*|{alternation(articles)})"
    return rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|{spelled}|{alternation(lexicon.vague_quantities)})"


def _units(lexicon: Lexicon) -> str:
    forms = set(lexicon.units) | {unit + "s" for unit in lexicon.units} | set(lexicon.unit_plurals)
    return alternation(forms) + r"(?![a-z])"


def _sources(lexicon: Lexicon) -> dict[str, str]:
    month = f"(?P<month>{_month_names(lexicon)})"
    weekday = f"(?P<wd>{_capitalised(list(lexicon.weekdays))})"
    part = f"(?P<part>{alternation(lexicon.day_parts)})"
    num = _number(lexicon)
    units = _units(lexicon)
    shift = alternation(lexicon.unit_shifts)
    season = alternation(lexicon.seasons)
    ordinal = alternation(lexicon.ordinals)
    ago = alternation(set(lexicon.ago_words) - {"before"})
    plural_units = "(?:minutes|hours|days|weeks|months|years|decades)"
    wd_lead = rf"(?:{_capitalised(list(lexicon.weekdays))},?\s+)?"
    return {
        "iso": r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b",
        "slash": r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})\b",
        "month_day": rf"\b{wd_lead}{month}\s+(?P<d>{DAY})"
        rf"(?:\s*[-–]\s*(?P<d2>{DAY}))?(?:,?\s+(?P<y>{YEAR}))?",
        "day_month": rf"\b{wd_lead}(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?{month}"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
        "month_year": rf"\b{month},?\s+(?:of\s+)?(?P<y>{YEAR}|{spelled_year(lexicon)})",
        "holiday": rf"\b(?P<name>{holiday_names(list(lexicon.holidays))})(?![\w'’-])"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
        "spelled_year": rf"\b(?:the\s+year\s+)?(?P<y>{spelled_year(lexicon)})",
        "millennium_year": rf"\bthe\s+year\s+(?P<y>{_millennium_year(lexicon)})",
        "quarter": rf"\b(?:the\s+)?(?:(?P<yq>{YEAR})(?:'s)?\s+|(?P<yshift>this|next|last)\s+"
        rf"year's\s+)?(?:fiscal\s+)?(?P<q>{ordinal})"
        rf"[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR}))?",
        "year_ago_quarter": rf"\b(?:the\s+)?year-(?:ago|earlier)\s+(?:fiscal\s+)?(?P<q>{ordinal})"
        rf"[\s-]+quarter\b",
        "year_ago": r"\b(?:(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?year-(?:ago|earlier)"
        r"\s+(?:quarter|period)\b|year-(?:ago|earlier)(?![\w-]))",
        "whole_year": r"\bthe\s+(?:full|fiscal|current|current\s+fiscal)\s+year\b"
        r"(?!\s+end(?:ed|ing)\b)",
        "year_ended": r"\bthe\s+(?:fiscal\s+)?year(?=\s+end(?:ed|ing)\b)",
        "year_end": r"\b(?:year[-\s]end|year's\s+end)\b",
        "century": r"\b(?:the\s+)?(?P<n>[1-9]|1[0-9]|2[0-2])(?:st|nd|rd|th)[\s-]+century\b",
        "year_period": rf"\bthe\s+(?P<y>{YEAR})\s+(?:period|quarter)\b",
        "q_short": rf"\b(?-i:Q(?P<q>[1-4]))(?:\s+(?P<y>{YEAR}))?\b",
        "season": rf"\b(?:(?P<shift>{shift})\s+)?(?P<season>{season})(?![a-z])"
        rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}|{spelled_year(lexicon)}))?",
        "unit_of": r"\b(?P<pos>the\s+(?:end|beginning|start|middle|close)\s+of)\s+the\s+"
        r"(?P<unit>week|month|year|decade)\b",
        "every": rf"\b(?:every|each)\s+(?P<other>other\s+)?(?P<what>{units}|"
        rf"{_capitalised(list(lexicon.weekdays))}|{_month_names(lexicon)}|"
        rf"{alternation(lexicon.day_parts)})",
        "times": rf"\b(?:once|twice|{num}\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>{units})",
        "weekdays_set": rf"\b(?P<wd>{_capitalised(list(lexicon.weekdays))})s\b",
        "ago": rf"\b(?P<n>{num})\s+(?P<unit>{units})\s+(?P<ago>{ago})\b",
        "duration": rf"\b(?:(?P<lead>the(?:\s+(?:past|last|next|first|coming|previous|following|"
        rf"latest))?|another)\s+)?(?P<n>{num})\s+(?P<unit>{units})(?![\s-]+old\b)",
        "duration_adj": rf"\b(?P<n>\d+|{alternation(set(lexicon.numbers) - {'a', 'an'})})-"
        rf"(?P<unit>{alternation(lexicon.units)})(?:-long)?(?!-old)(?![\w-])",
        "bare_units": rf"\b(?:{alternation(lexicon.bare_unit_cues)})\s+(?P<unit>{plural_units})"
        r"(?![\w'’-])(?![\s-]+old\b)",
        "bare_units_tail": rf"\b(?P<unit>{plural_units})"
        rf"(?=\s+{alternation(lexicon.bare_unit_tails)}\b)",
        "day_moment": rf"\b(?:at|before|after|until|by|from|around|near)\s+"
        rf"(?P<moment>{alternation(lexicon.day_moments)})\b",
        "fiscal_short": r"\b(?-i:FY)\s?'?(?P<y>\d{4}|\d{2})\b",
        "half_year": r"\bthe\s+(?P<which>first|second)\s+half\s+of\s+(?P<shift>the|this|next|last)"
        r"\s+year\b",
        "overnight": r"(?<!\ban\s)(?<!\ba\s)\bovernight\b",
        "length_adj": rf"\b(?P<adj>{alternation(lexicon.length_adjectives)})\b",
        "frequency": rf"\b(?P<freq>{alternation(lexicon.frequencies)})\b",
        "deictic": rf"\b(?P<deictic>{alternation(lexicon.deictic_days)})\b(?:\s+{part}\b)?",
        "this_part": rf"\b(?P<shift>this|last)\s+{part}\b",
        "shift_unit": rf"\b(?P<shift>{shift})\s+(?P<unit>week|weekend|month|year|quarter|decade)\b",
        "weekday": rf"\b(?:(?P<shift>{shift})\s+)?{weekday}\b(?:\s+{part}\b)?",
        "decade": r"\b(?:the\s+)?(?:(?P<pos>early|mid-?|late)\s*)?"
        r"\b(?P<dec>1[0-9]{2}|20[0-9])0'?s\b",
        "year": rf"(?:\b(?P<fiscal>fiscal(?:\s+year)?)\s+)?\b(?P<y>{YEAR})\b(?!-\d)(?!,\d)(?!\.\d)",
        "month_shift_year": rf"\b{month}\s+(?P<shift>this|last|next)\s+year\b",
        "month": rf"\b(?:(?P<shift>last|this|next)\s+)?{month}",
        "weekend": r"\bthe\s+weekend\b",
        "last_quarter": rf"\b{alternation(lexicon.last_quarter_phrases)}\b(?![\s-]+of\b)",
        "reference": rf"\b(?P<ref>{alternation(lexicon.references)})\b",
        "clock_word": rf"\b(?P<word>{alternation(lexicon.clock_words)})\b",
        "clock": r"\b(?P<h>[01]?[0-9]|2[0-3])(?::(?P<min>[0-5][0-9]))?\s*"
        r"(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)",
    }


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The compiled grammar for the packaged lexicon."""
    lexicon = load_lexicon()
    sources = _sources(lexicon)
    rules = tuple((name, re.compile(source, re.IGNORECASE)) for name, source in sources.items())
    return Grammar(
        rules=rules,
        cues=tuple(cues(pattern) for _, pattern in rules),
        number=_number(lexicon),
        units=_units(lexicon),
        half_prefix=_prefix_pattern(lexicon.half_prefixes),
        position_prefix=_prefix_pattern(lexicon.position_prefixes),
        amount_prefix=_prefix_pattern(lexicon.amount_prefixes),
        amount_suffix=re.compile(rf"\s+(?P<word>{alternation(lexicon.amount_suffixes)})\b"),
    )


def _prefix_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """A phrase at the very end of a text: the words just before a match."""
    return re.compile(rf"\b(?P<word>{alternation(phrases)})\s*$", re.IGNORECASE)
