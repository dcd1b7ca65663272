"""Parse repairs: constructions the small model misreads are re-read before coding."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import Coded
from spacy.language import Language

from eventwire.coding.coder import EventCoder


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder.load()


@pytest.mark.parametrize(
    ("headline", "verb", "subject", "obj"),
    [
        ("Police fire tear gas at protesters in Nairobi", "fire", "Police", "gas"),
        ("Mexican troops battle cartel gunmen for hours in Sinaloa", "battle", "troops", "gunmen"),
    ],
)
def test_the_hidden_verb_takes_subject_and_object(
    nlp: Language, coder: EventCoder, headline: str, verb: str, subject: str, obj: str
) -> None:
    doc = nlp(headline)
    assert coder.repair_parse(doc) == 1
    rebuilt = next(t for t in doc if t.text == verb)
    assert rebuilt.pos_ == "VERB" and rebuilt.dep_ == "ROOT"
    assert {(c.text, c.dep_) for c in rebuilt.children} >= {(subject, "nsubj"), (obj, "dobj")}
    # the head's prepositional phrase now belongs to the verb
    assert any(c.dep_ == "prep" for c in rebuilt.children)
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "US-China trade talks progress",  # a plural event noun is no -s verb
        "Iran nuclear talks resume in Vienna",
        "Police fire chief resigns after inquiry",  # the phrase is the subject of a verb
        "The army said troops had repelled the attack.",
        "The minister said protesters blocked the road.",  # reporting verbs keep complements
        "Thousands of people in a village called Tora.",  # a participle describing a place
        "Opposition MP detained over remarks.",  # a headline's participle on its subject
        "The army said it had captured fighters.",  # a perfect stays a perfect
        "Kremlin-backed talks resumed in Minsk.",  # a hyphen joins name and participle
    ],
)
def test_noun_phrases_and_full_sentences_stay(nlp: Language, coder: EventCoder, text: str) -> None:
    doc = nlp(text)
    before = [(t.dep_, t.head.i) for t in doc]
    assert coder.repair_parse(doc) == 0
    assert [(t.dep_, t.head.i) for t in doc] == before


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Police fire tear gas at students in Kampala", ("175", "asserted", None, None)),
        (
            "Sudanese soldiers battle RSF fighters near El Obeid",
            ("190", "asserted", "SDN", "SDN"),
        ),
        # the second clause of a headline keeps its own reading
        (
            "Riot police fire tear gas at marchers in Tbilisi; dozens detained",
            ("175", "asserted", None, None),
        ),
    ],
)
def test_rebuilt_headlines_are_coded(
    code: Callable[[str], Coded], headline: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert expected in code(headline)


def test_the_second_clause_of_a_headline_is_rebuilt_in_place(
    nlp: Language, coder: EventCoder
) -> None:
    doc = nlp("Riot police charge demonstrators on Rustaveli Avenue; at least 20 detained")
    assert coder.repair_parse(doc) == 1
    charge = next(t for t in doc if t.text == "charge")
    assert charge.dep_ == "parataxis" and charge.head.text == "detained"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("US strikes on the port of Hodeidah killed at least 30 people.", "strikes"),
        ("Houthi shelling of a market in Taiz killed four children.", "shelling"),
    ],
)
def test_event_nouns_read_as_verbs_become_nouns(
    nlp: Language, coder: EventCoder, text: str, noun: str
) -> None:
    doc = nlp(text)
    coder.repair_parse(doc)
    word = next(t for t in doc if t.text == noun)
    assert word.pos_ == "NOUN" and word.dep_ == "nsubj"
    assert all(child.dep_ != "nsubj" for child in word.children)


def test_gerunds_with_objects_stay_verbs(nlp: Language, coder: EventCoder) -> None:
    doc = nlp("Shelling the town killed four children.")
    coder.repair_parse(doc)
    assert next(t for t in doc if t.text == "Shelling").pos_ == "VERB"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US strikes on the port of Hodeidah killed at least 30 people.", "190"),
        ("Houthi shelling of a market in Taiz killed four children.", "194"),
    ],
)
def test_event_nouns_in_subject_position_are_coded(
    code: Callable[[str], Coded], text: str, expected: str
) -> None:
    assert expected in {found[0] for found in code(text)}


@pytest.mark.parametrize(
    ("text", "verb", "dep", "subject", "other"),
    [
        pytest.param(
            "Protesters opposed to a copper mining contract blocked the Pan-American Highway.",
            "blocked",
            "ROOT",
            "Protesters",
            ("opposed", "acl"),  # the participle describes the subject
            id="participle-read-as-main-verb",
        ),
        pytest.param(
            "Armed youths from a rival community killed at least 32 people in raids.",
            "killed",
            "ROOT",
            "youths",
            None,
            id="verb-hung-inside-the-subject",
        ),
        pytest.param(
            "Paris imposed emergency rule as pro-independence youths torched businesses.",
            "torched",
            "advcl",
            "youths",
            ("imposed", "ROOT"),  # the clause hangs on the main verb
            id="clause-after-as",
        ),
        pytest.param(
            "A UN convoy of six trucks carrying tents crossed into northwest Syria on Thursday.",
            "crossed",
            "ROOT",
            "convoy",
            None,
            id="verb-hung-on-the-subject",
        ),
        pytest.param(
            "Dozens of fighters from an armed faction handed over their guns at a ceremony in"
            " Ituri, the army said.",
            "handed",
            "ccomp",
            "Dozens",
            ("army", "nsubj"),  # the speaker stays the subject of "said"
            id="clause-read-as-a-second-subject",
        ),
        pytest.param(
            "Poland moved troops to its border as Russia and Belarus began joint exercises.",
            "began",
            "advcl",
            "Russia",
            ("moved", "ROOT"),
            id="clause-after-as-read-as-conjunct",
        ),
        pytest.param(
            "Venezuelan police tortured protesters.",
            "tortured",
            "ROOT",
            "police",
            ("protesters", "dobj"),
            id="verb-read-as-modifier-of-its-object",
        ),
        pytest.param(
            "Turkey hosted talks in Istanbul between Russian and Ukrainian delegations.",
            "hosted",
            "ROOT",
            "Turkey",
            ("talks", "dobj"),
            id="name-before-a-past-tense-read-as-modifier",
        ),
        pytest.param(
            "A UN mission said Venezuelan police had tortured protesters after the election.",
            "tortured",
            "ccomp",
            "police",
            ("had", "aux"),
            id="perfect-read-as-possession",
        ),
        pytest.param(
            "The EU demanded that Budapest hand over the data.",
            "hand",
            "ccomp",
            "Budapest",
            None,
            id="subjunctive",
        ),
        pytest.param(
            "Zambia demanded that the IMF speed up the disbursement.",
            "speed",
            "ccomp",
            "IMF",
            None,
            id="subjunctive-after-an-article",
        ),
    ],
)
def test_misread_verbs_get_their_subjects(
    nlp: Language,
    coder: EventCoder,
    text: str,
    verb: str,
    dep: str,
    subject: str,
    other: tuple[str, str] | None,
) -> None:
    doc = nlp(text)
    coder.repair_parse(doc)
    word = next(t for t in doc if t.text == verb)
    assert word.pos_ == "VERB" and word.dep_ == dep
    assert (subject, "nsubj") in {(c.text, c.dep_) for c in word.children}
    if other is not None:
        assert other in {(t.text, t.dep_) for t in doc}
    if dep == "advcl":
        assert other is not None and word.head.text == other[0]


@pytest.mark.parametrize(
    ("text", "word", "reading", "child"),
    [
        pytest.param(
            "Israeli tank fire killed nine people queuing for flour in Rafah.",
            "people",
            ("NOUN", "dobj", "killed"),
            ("queuing", "acl"),
            id="object-read-as-subject-of-a-gerund",
        ),
        pytest.param(
            "RSF shelling on Abu Shouk camp in El Fasher killed 12 displaced people.",
            "shelling",
            ("NOUN", "nsubj", "killed"),
            ("RSF", "compound"),
            id="event-gerund-hung-on-its-subject",
        ),
    ],
)
def test_nouns_misread_around_a_gerund_are_read_again(
    nlp: Language,
    coder: EventCoder,
    text: str,
    word: str,
    reading: tuple[str, str, str],
    child: tuple[str, str],
) -> None:
    doc = nlp(text)
    coder.repair_parse(doc)
    noun = next(t for t in doc if t.text == word)
    assert (noun.pos_, noun.dep_, noun.head.text) == reading
    assert child in {(c.text, c.dep_) for c in noun.children}


@pytest.mark.parametrize(
    ("text", "word", "reading"),
    [
        pytest.param(
            "Japanese Foreign Minister Yoko Kamikawa and U.S. Secretary of State Antony Blinken"
            " will hold talks in Tokyo on Wednesday.",
            "Blinken",
            ("conj", "Kamikawa"),
            id="second-subject-after-and",
        ),
        pytest.param(
            "Protesters hurled stones at riot police in Kathmandu, who responded with tear gas.",
            "responded",
            ("relcl", "police"),
            id="who-clause-on-a-place",
        ),
        pytest.param(
            "Zelensky, Erdogan meet in Ankara", "Erdogan", ("conj", "Zelensky"), id="headline-pair"
        ),
        pytest.param(
            "Israeli settlers attack West Bank village",
            "settlers",
            ("nsubj", "attack"),
            id="headline-subject-read-as-compound",
        ),
        pytest.param(
            "Thailand halts border talks with Cambodia, accuses Phnom Penh of laying landmines",
            "accuses",
            ("conj", "halts"),
            id="headline-second-clause",
        ),
    ],
)
def test_attachments_misread_are_read_again(
    nlp: Language, coder: EventCoder, text: str, word: str, reading: tuple[str, str]
) -> None:
    doc = nlp(text)
    coder.repair_parse(doc)
    token = next(t for t in doc if t.text == word)
    assert (token.dep_, token.head.text) == reading


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("a U.S.-brokered deal", ["a", "U.S.", "-", "brokered", "deal"]),
        ("U.S.-China trade talks", ["U.S.", "-", "China", "trade", "talks"]),
        ("a U.N.-backed court", ["a", "U.N.", "-", "backed", "court"]),
        ("e.g.-style self-defence", ["e.g.-style", "self", "-", "defence"]),
    ],
)
def test_a_hyphen_after_initials_joins_two_words(
    nlp: Language, text: str, words: list[str]
) -> None:
    assert [token.text for token in nlp(text)] == words
