"""Parse repairs for event words the small model tags with the wrong part of speech.

- Headlines read as one noun phrase ("Police fire tear gas at protesters"): without
  articles and auxiliaries, a headline verb in the present tense is often tagged a noun and
  hung as a compound on its object ("Mexican troops *battle* cartel gunmen"). When a
  pattern verb stands between a noun that agrees with it as its subject and the head of the
  phrase, the clause is rebuilt in place: the verb takes the head's place, the noun before
  it becomes its subject and the head its object, which hands its prepositional phrases on
  to the verb.
- Event nouns read as verbs in subject position ("US *strikes* on the port killed 74",
  "Houthi *shelling* of a neighbourhood killed two children"): a plural event noun tagged
  as a present-tense verb, or a gerund without an object, that is the subject of a clause is
  a noun, and its own "subject" is the noun's modifier. Read as the root with the real
  verb as its conjunct but no "and" between them, it becomes that verb's subject.

The coder runs these before any later stage reads the parse.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from eventwire.coding.arguments import grammar_words

NOUN_POS = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS", "NNP"})
SINGULAR_TAGS = frozenset({"NN", "NNP"})
HANDED_ON_DEPS = frozenset({"prep", "npadvmod", "advmod"})


def repair_parse(doc: Doc, verbs: Collection[str], nouns: Collection[str]) -> int:
    """Apply every repair to ``doc`` in place; how many words were re-read."""
    hidden = [
        verb
        for sentence in list(doc.sents)
        if (verb := hidden_verb(sentence, verbs, nouns)) is not None
    ]
    for verb in hidden:
        _rebuild(verb)
    roots = [token for token in doc if _subject_read_as_root(token, nouns)]
    for noun in roots:
        _subject_of_conjunct(noun)
    subjects = [token for token in doc if _noun_read_as_verb(token, nouns)]
    for noun in subjects:
        _as_noun(noun)
    return len(hidden) + len(roots) + len(subjects)


def hidden_verb(sentence: Span, verbs: Collection[str], nouns: Collection[str]) -> Token | None:
    """The first token of a sentence that is a verb the parser hung on its object."""
    return next((token for token in sentence if _reads_as_verb(token, verbs, nouns)), None)


def _reads_as_verb(word: Token, verbs: Collection[str], nouns: Collection[str]) -> bool:
    if word.i == word.sent.start:
        return False
    subject = word.doc[word.i - 1]
    if subject.pos_ not in NOUN_POS:
        return False
    if _compound_subject(word, subject):
        return _agrees(subject, word, verbs, nouns)
    head = word.head
    if word.dep_ != "compound" or head.i <= word.i or head.pos_ not in NOUN_POS:
        return False
    if not _ends_clause(head) or subject.head not in (word, head):
        return False
    return _agrees(subject, word, verbs, nouns)


def _compound_subject(word: Token, subject: Token) -> bool:
    """A noun that takes a direct object is a verb: "Sudanese soldiers *battle* RSF
    fighters" parsed with "soldiers" as its compound."""
    return (
        word.pos_ in NOUN_POS
        and subject.dep_ == "compound"
        and subject.head == word
        and any(child.dep_ == "dobj" for child in word.children)
    )


def _ends_clause(head: Token) -> bool:
    """The phrase is a clause of its own: the sentence, or a part set off by punctuation
    ("Riot police charge demonstrators; at least 20 detained")."""
    if head.dep_ == "ROOT":
        return True
    governor = head.head
    between = head.doc[head.right_edge.i + 1 : governor.i]
    return governor.i > head.i and any(t.text in grammar_words().clause_breaks for t in between)


def _agrees(subject: Token, word: Token, verbs: Collection[str], nouns: Collection[str]) -> bool:
    """Plural subjects take the bare form ("troops battle"), singular ones the -s form
    ("Army kills"); a plural event noun ("trade talks") is no -s verb."""
    text = word.lower_
    if text in verbs:
        return subject.tag_ in PLURAL_TAGS or subject.lower_ in grammar_words().plural_nouns
    if word.lemma_ in verbs and text.endswith("s") and text not in nouns:
        return subject.tag_ in SINGULAR_TAGS and subject.lower_ not in grammar_words().plural_nouns
    return False


def _rebuild(verb: Token) -> None:
    subject = verb.doc[verb.i - 1]
    if _compound_subject(verb, subject):
        verb.pos_, verb.tag_ = "VERB", _verb_tag(verb)
        subject.dep_ = "nsubj"
        return
    head = verb.head
    governor, was_root = head.head, head.dep_ == "ROOT"
    verb.head = verb if was_root else governor
    verb.dep_ = "ROOT" if was_root else "parataxis"
    verb.pos_, verb.tag_ = "VERB", _verb_tag(verb)
    for token in verb.doc[head.left_edge.i : subject.i]:
        if token.head in (head, verb):
            token.head = subject
    subject.head, subject.dep_ = verb, "nsubj"
    for token in list(head.rights):
        if token.dep_ in HANDED_ON_DEPS:
            token.head = verb
    head.head, head.dep_ = verb, "dobj"


def _verb_tag(verb: Token) -> str:
    return "VBP" if verb.lower_ == verb.lemma_ else "VBZ"


def _noun_read_as_verb(token: Token, nouns: Collection[str]) -> bool:
    """ "US *strikes* on the port killed 74": an event noun tagged as a verb that is the
    subject of another verb and has no object of its own."""
    return (
        token.pos_ == "VERB"
        and token.tag_ in {"VBZ", "VBG"}
        and token.dep_ in {"nsubj", "nsubjpass", "csubj"}
        and token.lower_ in nouns
        and not any(child.dep_ in {"dobj", "aux", "mark"} for child in token.children)
    )


def _as_noun(noun: Token) -> None:
    noun.pos_, noun.tag_ = "NOUN", ("NN" if noun.tag_ == "VBG" else "NNS")
    if noun.dep_ == "csubj":
        noun.dep_ = "nsubj"
    for child in noun.children:
        if child.dep_ in {"nsubj", "npadvmod"} and child.i < noun.i:
            child.dep_ = "compound"


def _subject_read_as_root(token: Token, nouns: Collection[str]) -> bool:
    """ "US *strikes* on the port killed 74" parsed as "strikes" with "killed" conjoined,
    though no conjunction joins them."""
    if token.dep_ != "ROOT" or token.tag_ != "VBZ" or token.lower_ not in nouns:
        return False
    children = list(token.children)
    if any(child.dep_ in {"cc", "dobj", "aux"} for child in children):
        return False
    return any(child.dep_ == "conj" and child.pos_ == "VERB" for child in children)


def _subject_of_conjunct(noun: Token) -> None:
    verb = next(child for child in noun.children if child.dep_ == "conj")
    verb.head, verb.dep_ = verb, "ROOT"
    for child in list(noun.children):
        if child.i > verb.i:
            child.head = verb
    noun.head, noun.dep_ = verb, "nsubj"
    _as_noun(noun)
