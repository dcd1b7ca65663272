"""Readers for PETRARCH/TABARI actor and agent dictionaries.

Both produce a :class:`~eventwire.actors.dictionary.UserDictionary` that
``ActorResolver.load(extra_dictionaries=...)`` adds to the package tables.

Actor dictionary (one entry, then its synonyms and codes)::

    GONDOR [GON]                  a name and its code; "_" joins words
    +MINAS_TIRITH                 a synonym of the entry above
    GOLLUM                        codes may follow on their own lines:
        [HOB < 950601]            before a day (YYMMDD or YYYYMMDD)
        [HOBGOV 19950601 - 19990815]   a period, both days included
        [HOBREB > 990816]         after a day
    BOROMIR [---]                 a discarded name: no actor

``#`` starts a comment, ``<!-- ... -->`` blocks are comments. A name's trailing ``_``
(TABARI's "whole word" mark) is dropped: names always match whole words. Of a compound
code (``[ELR/GAL]``) only the first part is kept. Dated codes apply in file order (the
first covering the publication day wins); the undated code applies otherwise.

Agent dictionary::

    !PERSON! = MAN, MEN, WOMAN    a substitution set used as CONGRESS!PERSON!
    FOREIGN_MINISTER [~GOVFRM]    a role noun and its sectors (three letters each)
    ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   an irregular plural ({} adds none:
                                  regular plurals match through the word's lemma)
    HUMAN_RIGHTS_BODY [NGO~]      a prefix agent: read as the sector NGO all the same

A malformed line raises :class:`~eventwire.errors.DataFileError` naming ``file:line``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.actors.dictionary import (
    DatedCode,
    DictionaryActor,
    DictionaryRole,
    UserDictionary,
    merge,
)
from eventwire.errors import DataFileError

_CODE = re.compile(r"^[A-Za-z0-9]+(?:/[A-Za-z0-9]+)*$")
_NULL_CODE = re.compile(r"^[-+#]{3}$")
_BEFORE = re.compile(r"^<\s*(\d+)$")
_AFTER = re.compile(r"^>\s*(\d+)$")
_PERIOD = re.compile(r"^(\d+)\s*-\s*(\d+)$")
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_AGENT = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\}\s*)?\[(?P<code>[^\]]*)\]$")
_SUBSTITUTION = re.compile(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$")
_SUBSTITUTION_USE = re.compile(r"![A-Z0-9_]+!")
_AGENT_CODE = re.compile(r"^(?:~([A-Z0-9]+)|([A-Z0-9]+)~)$")
CENTURY_PIVOT = 30  # two-digit years below this are 20xx, the others 19xx


def load_tabari(*, actors: Path | None = None, agents: Path | None = None) -> UserDictionary:
    """Read an actor dictionary, an agent dictionary, or both, into one user dictionary."""
    parts = []
    if actors is not None:
        parts.append(read_actor_dictionary(actors))
    if agents is not None:
        parts.append(read_agent_dictionary(agents))
    return merge(parts)


def read_actor_dictionary(path: Path) -> UserDictionary:
    """Named actors of a TABARI/PETRARCH actor dictionary."""
    builder: _ActorBuilder | None = None
    actors: list[DictionaryActor] = []
    for where, line in _content_lines(path):
        if line.startswith("+"):
            _require(builder, where, "a synonym ('+') before any entry").add_name(line[1:], where)
        elif line.startswith("["):
            _require(builder, where, "a code before any entry").add_codes(line, where)
        else:
            if builder is not None:
                actors.extend(builder.finish())
            builder = _ActorBuilder(where)
            builder.start(line)
    if builder is not None:
        actors.extend(builder.finish())
    return UserDictionary(actors=tuple(actors))


def read_agent_dictionary(path: Path) -> UserDictionary:
    """Role nouns of a TABARI/PETRARCH agent dictionary."""
    substitutions: dict[str, tuple[str, ...]] = {}
    roles: list[DictionaryRole] = []
    for where, line in _content_lines(path):
        defined = _SUBSTITUTION.match(line)
        if defined:
            words = tuple(_words(word) for word in defined.group(2).split(",") if word.strip())
            substitutions[defined.group(1)] = words
        else:
            roles.append(_agent(line, where, substitutions))
    return UserDictionary(roles=tuple(roles))


@dataclass(slots=True)
class _ActorBuilder:
    """The entry being read: its names and codes, until the next entry begins."""

    where: str
    names: list[str] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)
    undated: list[str | None] = field(default_factory=list)

    def start(self, line: str) -> None:
        name, _, rest = line.partition("[")
        self.add_name(name, self.where)
        if rest:
            self.add_codes("[" + rest, self.where)

    def add_name(self, text: str, where: str) -> None:
        name = _words(text)
        if not name:
            raise DataFileError(where, "an entry without a name")
        self.names.append(name)

    def add_codes(self, text: str, where: str) -> None:
        blocks = _CODE_BLOCK.findall(text)
        if not blocks or _CODE_BLOCK.sub("", text).strip():
            raise DataFileError(where, f"expected codes in brackets like [GON], got {text!r}")
        for block in blocks:
            code, dates = _code_and_dates(block, where)
            if dates is None:
                self.undated.append(code)
            else:
                self.codes.append(DatedCode(code, *dates))

    def finish(self) -> Iterator[DictionaryActor]:
        if not self.undated and not self.codes:
            raise DataFileError(self.where, f"the entry {self.names[0]!r} has no code")
        code = self.undated[0] if self.undated else None
        yield DictionaryActor(tuple(self.names), code, tuple(self.codes))


def _require(builder: _ActorBuilder | None, where: str, what: str) -> _ActorBuilder:
    if builder is None:
        raise DataFileError(where, what)
    return builder


def _content_lines(path: Path) -> Iterator[tuple[str, str]]:
    """``(file:line, text)`` of every line outside comments, stripped."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise DataFileError(str(path), f"cannot read the dictionary ({exc})") from exc
    in_block = False
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if in_block or line.startswith("<!"):
            in_block = "-->" not in line
            continue
        line = line.partition("#")[0].strip()
        if line:
            yield f"{path}:{number}", line


def _words(text: str) -> str:
    """'MINAS_TIRITH_' -> 'MINAS TIRITH': underscores join words."""
    return " ".join(text.replace("_", " ").split())


def _code_and_dates(
    block: str, where: str
) -> tuple[str | None, tuple[dt.date | None, dt.date | None] | None]:
    """'HOBGOV 19950601 - 19990815' -> ('HOBGOV', (start, end)); dates None when undated."""
    code_text, _, date_text = block.strip().partition(" ")
    code_text = code_text.strip()
    if "<" in code_text or ">" in code_text:  # '[HOB<950601]'
        split = min(i for i in (code_text.find("<"), code_text.find(">")) if i >= 0)
        code_text, date_text = code_text[:split], code_text[split:] + date_text
    code = _code(code_text, where)
    date_text = date_text.strip()
    return code, (_period(date_text, where) if date_text else None)


def _code(text: str, where: str) -> str | None:
    if _NULL_CODE.match(text):
        return None
    if not _CODE.match(text):
        raise DataFileError(where, f"{text!r} is not an actor code (letters and digits)")
    return text.split("/")[0].upper()


def _period(text: str, where: str) -> tuple[dt.date | None, dt.date | None]:
    """'<950601' -> (None, 1995-05-31); '>990816' -> (1999-08-17, None); 'D - D' both."""
    if found := _BEFORE.match(text):
        return None, _day(found.group(1), where) - dt.timedelta(days=1)
    if found := _AFTER.match(text):
        return _day(found.group(1), where) + dt.timedelta(days=1), None
    if found := _PERIOD.match(text):
        return _day(found.group(1), where), _day(found.group(2), where)
    raise DataFileError(where, f"{text!r} is not a date restriction (<D, >D or D-D)")


def _day(text: str, where: str) -> dt.date:
    """A YYMMDD or YYYYMMDD day."""
    try:
        if len(text) == 6:
            year = int(text[:2])
            century = 2000 if year < CENTURY_PIVOT else 1900
            return dt.date(century + year, int(text[2:4]), int(text[4:]))
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError as exc:
        raise DataFileError(where, f"{text!r} is not a valid day ({exc})") from exc
    raise DataFileError(where, f"{text!r} is not a day (YYMMDD or YYYYMMDD)")


def _agent(line: str, where: str, substitutions: dict[str, tuple[str, ...]]) -> DictionaryRole:
    found = _AGENT.match(line)
    if found is None:
        raise DataFileError(where, f"expected 'PHRASE {{PLURAL}} [~CODE]', got {line!r}")
    code = _AGENT_CODE.match(found.group("code").strip().upper())
    if code is None:
        raise DataFileError(where, f"{found.group('code')!r} is not an agent code like ~GOV")
    sectors = _sectors(code.group(1) or code.group(2))
    phrases = [found.group("phrase")]
    if found.group("plural") and found.group("plural").strip():
        phrases.append(found.group("plural"))
    expanded = [p for phrase in phrases for p in _expand(phrase, substitutions, where)]
    return DictionaryRole(tuple(dict.fromkeys(_words(p).lower() for p in expanded)), sectors)


def _sectors(code: str) -> tuple[str, ...]:
    """'GOVFRM' -> ('GOV', 'FRM'); a shorter or ragged tail is kept as its own part."""
    return tuple(code[i : i + 3] for i in range(0, len(code), 3))


def _expand(phrase: str, substitutions: dict[str, tuple[str, ...]], where: str) -> list[str]:
    """'CONGRESS!PERSON!' -> 'CONGRESSMAN', 'CONGRESSMEN', ... for each set it uses."""
    used = _SUBSTITUTION_USE.search(phrase)
    if used is None:
        return [phrase]
    name = used.group(0)
    if name not in substitutions:
        raise DataFileError(where, f"{name} is used before it is defined ('{name} = A, B')")
    head, tail = phrase[: used.start()], phrase[used.end() :]
    return [
        expanded
        for word in substitutions[name]
        for expanded in _expand(head + word.replace(" ", "_") + tail, substitutions, where)
    ]
