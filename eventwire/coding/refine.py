"""Refining an event's code by who acts on whom: protesters who storm a building riot
(145), police who fire on demonstrators repress them (175), and killing villagers by the
dozen is mass killing (202). The rules are package data (``data/refinements.yaml``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from eventwire.coding._data import read_data
from eventwire.errors import DataFileError
from eventwire.models import Actor

_FILE = "refinements.yaml"
_KEYS = frozenset(
    {
        "id",
        "codes",
        "except_codes",
        "source_words",
        "source_sectors",
        "target_words",
        "target_sectors",
        "min_victims",
        "code",
    }
)


@dataclass(frozen=True, slots=True)
class Refinement:
    """One rule: events whose code starts with one of ``codes`` and whose actors fit."""

    id: str
    codes: tuple[str, ...]
    code: str
    except_codes: tuple[str, ...] = ()
    source_words: frozenset[str] = frozenset()
    source_sectors: frozenset[str] = frozenset()
    target_words: frozenset[str] = frozenset()
    target_sectors: frozenset[str] = frozenset()
    min_victims: int = 0


@dataclass(frozen=True, slots=True)
class PrivateCrime:
    """Violence by one private person on private people: crime, not a political event."""

    codes: tuple[str, ...] = ()
    source_sectors: frozenset[str] = frozenset()
    target_sectors: frozenset[str] = frozenset()
    except_codes: tuple[str, ...] = ()
    except_words: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Refinements:
    rules: tuple[Refinement, ...]
    quantities: Mapping[str, int]
    private_crime: PrivateCrime = PrivateCrime()
    default_targets: Mapping[str, str] = field(default_factory=dict)  # code prefix -> sector
    state_sectors: frozenset[str] = frozenset()  # sources that address no default target
    # ... and whom the state's forces address: repression (175) falls on the people
    state_default_targets: Mapping[str, str] = field(default_factory=dict)
    # ... and whom a state yields to at home: its own people
    home_default_targets: Mapping[str, str] = field(default_factory=dict)
    home_sources: frozenset[str] = frozenset()  # whose acts address their own people
    # overseas territories and the state they belong to: police sent from Paris to New
    # Caledonia stay at home
    sovereigns: Mapping[str, str] = field(default_factory=dict)

    def abroad(self, source: str, target: str) -> bool:
        """Whether ``target`` is another country than ``source`` and none of its territories."""
        return target != source and self.sovereigns.get(target) != source

    def default_target(self, code: str, source: Actor) -> str | None:
        """The sector addressed by an event of ``code`` that names no target: a protest
        against a tax or a law addresses the government (GOV). Forces and officials do not
        protest against their own government ("soldiers marched"); a country named as the
        protester stands for its people ("Serbia's biggest rallies", "Slovaks rallied")."""
        state = bool(self.state_sectors & set(source.sectors))
        targets = self.state_default_targets if state else self.default_targets
        return next((sector for prefix, sector in targets.items() if code.startswith(prefix)), None)

    def home_target(self, code: str, source: Actor) -> str | None:
        """The sector of the source's own country that an event of ``code`` naming no
        target addresses: a government that lifts a curfew yields to its people (CVL)."""
        if not self.home_sources & set(source.sectors or ("GOV",)):
            return None
        targets = self.home_default_targets
        return next((sector for prefix, sector in targets.items() if code.startswith(prefix)), None)

    def is_private_crime(self, doc: Doc, code: str, source: Actor, target: Actor | None) -> bool:
        """ "A man stabbed his neighbour": one private person (singular), a private or no
        target, an act of violence."""
        crime = self.private_crime
        if not code.startswith(crime.codes) or not set(source.sectors) <= crime.source_sectors:
            return False
        if crime.except_codes and code.startswith(crime.except_codes):
            return False
        if _names_one_of(doc, source, crime.except_words):
            return False  # "a suicide bomber killed 12 people", "a *gang* attack on Furcy"
        if source.country is not None and source.code == source.country:
            return False  # a state named as such
        if source.resolved_by == "implicit":  # "a man was shot dead": nobody is named
            return target is None or bool(set(target.sectors) & crime.target_sectors)
        private_target = _private_target(target, crime.target_sectors)
        span = _span(doc, source)
        if span is None or not _singular(span.root) or _coordinated(span.root):
            return False  # plural or several: a group acts
        return private_target

    def refine(
        self,
        doc: Doc,
        code: str,
        source: Actor,
        target: Actor | None,
        thing: Token | None = None,
    ) -> str:
        """The code the rules give the event, else ``code`` unchanged. A refined code is
        refined again ("gunmen attacked villagers", 190, is unconventional, 180, and by the
        dozen a mass killing, 202); each rule applies once. ``thing`` is what the trigger
        acts on when the target stands for its place or owner ("attacked *three villages*
        in Plateau state", target Nigeria): ``target_words`` may name it."""
        used: set[str] = set()
        while True:
            rule = next(
                (
                    r
                    for r in self.rules
                    if r.id not in used
                    and code.startswith(r.codes)
                    and not (r.except_codes and code.startswith(r.except_codes))
                    and self._fits(r, doc, source, target, thing)
                ),
                None,
            )
            if rule is None:
                return code
            used.add(rule.id)
            code = rule.code

    def _fits(
        self,
        rule: Refinement,
        doc: Doc,
        source: Actor,
        target: Actor | None,
        thing: Token | None,
    ) -> bool:
        if rule.source_words and head_lemma(doc, source) not in rule.source_words:
            return False
        if rule.source_sectors and not rule.source_sectors & set(source.sectors):
            return False
        if not (rule.target_words or rule.target_sectors or rule.min_victims):
            return True
        if target is None:
            return False
        if rule.target_words and not _names_target(rule.target_words, doc, target, thing):
            return False
        if rule.target_sectors and not rule.target_sectors & set(target.sectors):
            return False
        return victims(doc, target, self.quantities) >= rule.min_victims


def _names_target(words: frozenset[str], doc: Doc, target: Actor, thing: Token | None) -> bool:
    if head_lemma(doc, target) in words:
        return True
    # only where the target is a bare place or owner: "a gendarmerie school" names its owner
    return not target.sectors and thing is not None and thing.lemma_.lower() in words


def _span(doc: Doc, actor: Actor) -> Span | None:
    return doc.char_span(actor.start, actor.end, alignment_mode="expand")


def _singular(token: Token) -> bool:
    """One person: "a man", "a gunman", "her (husband)"; not "Gunmen", which the tagger may
    read as a name."""
    if token.tag_ == "NN" or token.lower_ in _SINGULAR_PRONOUNS:
        return True
    return token.tag_ == "NNP" and not token.lower_.endswith(("s", "men"))


_SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})


def _coordinated(token: Token) -> bool:
    return any(child.dep_ == "conj" for child in token.children)


def _names_one_of(doc: Doc, actor: Actor, words: frozenset[str]) -> bool:
    """Whether a word of the actor mention is one of ``words``."""
    span = _span(doc, actor)
    return span is not None and any(token.lemma_.lower() in words for token in span)


def head_lemma(doc: Doc, actor: Actor) -> str:
    """The lemma of the actor mention's head noun ("riot police" -> "police")."""
    span = _span(doc, actor)
    return span.root.lemma_.lower() if span is not None else ""


def victims(doc: Doc, actor: Actor, quantities: Mapping[str, int]) -> int:
    """How many people the mention counts: "more than 100 villagers" -> 100, "hundreds of
    civilians" -> the ``quantities`` value of "hundreds", no number -> 0."""
    span = _span(doc, actor)
    if span is None:
        return 0
    head = span.root
    words = [*span, *head.children]
    if head.dep_ == "pobj" and head.head.lower_ == "of":  # "hundreds of civilians"
        counter = head.head.head
        words.extend([counter, *counter.children])
    return max((_number(token, quantities) for token in words), default=0)


def _number(token: Token, quantities: Mapping[str, int]) -> int:
    digits = token.text.replace(",", "")
    if digits.isdigit():
        return int(digits)
    value = quantities.get(token.lower_, 0)
    before = token.nbor(-1).text.replace(",", "") if token.i > 0 else ""
    if value and before.replace(".", "", 1).isdigit():  # "1.5 million"
        return int(float(before) * value)
    return value


@lru_cache(maxsize=1)
def load_refinements() -> Refinements:
    """The package's refinement rules, validated."""
    data = read_data(_FILE)
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise DataFileError(_FILE, "expected a mapping with a 'rules' list")
    quantities = data.get("quantities", {})
    if not isinstance(quantities, dict) or not all(isinstance(v, int) for v in quantities.values()):
        raise DataFileError(_FILE, "'quantities' must map words to whole numbers")
    rules = tuple(_rule(entry) for entry in data["rules"])
    crime = data.get("private_crime", {})
    if not isinstance(crime, dict):
        raise DataFileError(_FILE, "'private_crime' must be a mapping")
    private = PrivateCrime(
        codes=tuple(str(code) for code in crime.get("codes", ())),
        source_sectors=_words({"id": "private_crime", **crime}, "source_sectors", upper=True),
        target_sectors=_words({"id": "private_crime", **crime}, "target_sectors", upper=True),
        except_codes=tuple(str(code) for code in crime.get("except_codes", ())),
        except_words=_words({"id": "private_crime", **crime}, "except_words"),
    )
    quantities = {str(k).lower(): v for k, v in quantities.items()}
    targets = _code_map(data, "default_targets")
    state = _words(
        {"id": "state_sectors", "state_sectors": data.get("state_sectors", [])},
        "state_sectors",
        upper=True,
    )
    state_targets = _code_map(data, "state_default_targets")
    home_targets = _code_map(data, "home_default_targets")
    home_sources = _words(
        {"id": "home_sources", "home_sources": data.get("home_sources", [])},
        "home_sources",
        upper=True,
    )
    sovereigns = _code_map(data, "sovereigns")
    return Refinements(
        rules,
        quantities,
        private,
        targets,
        state,
        state_targets,
        home_targets,
        home_sources,
        sovereigns,
    )


def _code_map(data: Mapping[str, Any], key: str) -> dict[str, str]:
    defaults = data.get(key, {})
    if not isinstance(defaults, dict) or not all(
        isinstance(v, str) and v.isupper() for v in defaults.values()
    ):
        raise DataFileError(_FILE, f"'{key}' must map codes to upper-case codes")
    return {str(k): v for k, v in defaults.items()}


def _rule(entry: Any) -> Refinement:
    if not isinstance(entry, dict) or not {"id", "codes", "code"} <= set(entry):
        raise DataFileError(_FILE, f"a rule needs 'id', 'codes' and 'code': {entry!r}")
    unknown = set(entry) - _KEYS
    if unknown:
        raise DataFileError(_FILE, f"rule {entry['id']!r}: unknown key(s) {sorted(unknown)}")
    return Refinement(
        id=str(entry["id"]),
        codes=tuple(str(code) for code in entry["codes"]),
        code=str(entry["code"]),
        except_codes=tuple(str(code) for code in entry.get("except_codes", [])),
        source_words=_words(entry, "source_words"),
        source_sectors=_words(entry, "source_sectors", upper=True),
        target_words=_words(entry, "target_words"),
        target_sectors=_words(entry, "target_sectors", upper=True),
        min_victims=int(entry.get("min_victims", 0)),
    )


def _words(entry: dict[str, Any], key: str, *, upper: bool = False) -> frozenset[str]:
    value: Sequence[Any] = entry.get(key, [])
    if not isinstance(value, list):
        raise DataFileError(_FILE, f"rule {entry['id']!r}: '{key}' must be a list")
    return frozenset(str(word).upper() if upper else str(word).lower() for word in value)


def _private_target(target: Actor | None, private_sectors: frozenset[str]) -> bool:
    """No one named, or private people: for a named private person also when only the
    country of the place where it happened is named ("a gunman opened fire at a wedding in
    Mardin province")."""
    if target is None or target.resolved_by == "location":
        return True
    return bool(set(target.sectors) & private_sectors)
