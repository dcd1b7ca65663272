"""Parse repairs: constructions the small model misreads, re-read before any stage uses
the parse.

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
- A participle describing the subject read as the main verb ("Protesters *opposed* to the
  mine blocked the highway", parsed with "blocked" as its clausal complement): a root in
  the past tense whose complement clause has no subject and no "that" becomes a participle
  on its subject, and the complement the sentence's verb.
- A sentence's verb hung as a participle inside its subject ("Armed youths from a rival
  community *killed* 32 people.", "A convoy of trucks carrying tents *crossed* into Syria."):
  in a full sentence whose root is a noun, a past tense, or a participle with a direct
  object, on the object of one of the root's prepositions (or on the root itself, for a past
  tense of a verb that needs no object) is the sentence's verb.
- A clause after a subordinator read as a prepositional phrase ("imposed emergency rule *as*
  youths torched businesses", parsed with "torched" describing "youths"): a past-tense verb
  with an object hung on the object of "as", "after", "while" or "when" is that clause's
  verb, and the noun its subject.
  The same clause read as a phrase with its verb as a second verb of the sentence ("moved
  troops to the border *as Russia and Belarus began* exercises") is re-read alike.
- A past participle read as an adjective on its object ("Venezuelan police *tortured*
  protesters", "police had *tortured* protesters", parsed with "tortured" describing the
  protesters): with a subject of its own, or right after the "had" the parser made the
  object's verb, it is the clause's verb.
- An object read as the subject of a gerund after it ("killed nine people *queuing* for
  flour"): right after a verb that needs an object and has none, the noun is its object.
- A past tense read as a modifier inside one long noun phrase ("Japan's air force
  *scrambled* fighter jets on Wednesday", headed by "jets"): a pattern verb between a
  compound before it and the root noun after it is the sentence's verb, the compound its
  subject and the root its object.
- A headline verb read as a noun counted by its subject ("Thousands *rally* in Belgrade"):
  the count is the subject of the verb.
- Coordinated subjects read as two subjects ("Minister Yoko Kamikawa and Secretary of State
  Antony Blinken will hold talks", with "and" left on the first): the second subject is the
  first's conjunct.
- A headline's pair of names joined by a comma ("Zelensky, Erdogan meet in Ankara",
  "Thai, Cambodian troops trade fire"), read as an interjection, an apposition, a modifier
  of the verb or a root of its own: the pair is coordinated, the first name heading it as
  in "Zelensky and Erdogan".
- A headline's infinitive hung on its subject when the headline ends with its source
  ("Israel, Lebanon *to hold* talks, officials say", parsed with "Israel" the subject of
  "say"): the infinitive is what is said, and the noun its subject.
- A headline's verb read as the subject of the next word, which the parser made the verb
  ("Beijing *lodges* protest with Washington", "ELN *frees* kidnapped soldiers"): it is the
  verb, and the next word its object or a participle on its object.
- Headlines whose subject the parser hung on the verb as a compound ("Israeli *settlers*
  attack West Bank village") or read as an adjective ("*Palestinian* shot dead by Israeli
  troops"): it is the verb's subject. A headline's second verb read as the root without a
  subject ("Thailand halts talks with Cambodia, *accuses* Phnom Penh of ...") is the first
  verb's conjunct and shares its subject.
- A "who" clause hung on a place name ("riot police in Kathmandu, *who responded* with
  tear gas"): it describes the last noun before the place's preposition.
- A participle hung on a demanded clause ("marched to demand that the government free
  him*, clashing* with police"): after the comma that ends a subjunctive clause, it tells
  of the sentence's subject and hangs on the sentence's verb.
- A denied noun read as a verb ("Armenia denies Azerbaijani *claims* it shelled
  villages", with the claimant as its subject): it is the denial's object, the claimant
  its modifier and the clause what is claimed.
- A verb in the subjunctive read as a noun ("demanded that Budapest *hand* over the data",
  parsed with "Budapest" modifying "hand"): a clausal complement tagged a noun, introduced
  by "that", is a verb, and the noun before it its subject.

The coder runs these before any later stage reads the parse.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Token

from eventwire.coding.arguments import grammar_words, titled
from eventwire.coding.status import load_cues

NOUN_POS = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS", "NNP"})
SINGULAR_TAGS = frozenset({"NN", "NNP"})
HANDED_ON_DEPS = frozenset({"prep", "npadvmod", "advmod"})


def repair_parse(doc: Doc, verbs: Collection[str], nouns: Collection[str]) -> int:
    """Apply every repair to ``doc`` in place; how many words were re-read."""
    # one pass picks the words a repair may touch; each repair checks them as it finds them
    words = [token for token in doc if token.dep_ in _CANDIDATE_DEPS]
    hidden = _hidden_verbs(words, verbs, nouns)
    for verb in hidden:
        _rebuild(verb)
    repaired = len(hidden)
    repairs: list[tuple[Callable[[Token], bool], Callable[[Token], None]]] = [
        (_participle_read_as_root, _as_participle),
        (_clause_read_as_phrase, _as_clause),
        (_clause_read_as_conjunct, _as_subordinate),
        (_subjunctive_read_as_noun, _as_subjunctive),
        (_verb_hung_in_subject, _as_main_verb),
        (_verb_read_as_modifier, _as_verb_of_object),
        (_object_read_as_subject, _as_object_described),
        (_object_read_as_clause, _as_object),
        (lambda token: _free_relative_object(token, verbs), _as_object_named),
        (_conjunct_read_as_subject, _as_conjunct),
        (_headline_pair, _as_pair),
        (_reported_headline_infinitive, _as_reported_clause),
        (_subject_read_as_compound, _as_subject),
        (_verb_read_as_subject, _as_headline_verb),
        (_demonym_read_as_modifier, _as_demonym_subject),
        (_second_verb_of_a_headline, _as_conjoined_verb),
        (_relative_on_a_place, _as_relative_of_person),
        (_participle_on_a_demand, _as_participle_of_sentence),
        (_claims_read_as_verb, _as_claims_denied),
        (lambda token: _counted_crowd_verb(token, verbs), _as_crowd_verb),
        (lambda token: _verb_after_compound_subject(token, verbs), _as_verb_after_subject),
        (lambda token: _subject_read_as_root(token, nouns), _subject_of_conjunct),
        (lambda token: _noun_read_as_verb(token, nouns), _as_noun),
        (lambda token: _noun_read_as_modifier_verb(token, nouns), _as_head_noun),
    ]
    for misread, reread in repairs:
        found = [token for token in words if misread(token)]
        for token in found:
            reread(token)
        repaired += len(found)
    return repaired


_CANDIDATE_DEPS = frozenset(
    {
        "compound",
        "ROOT",
        "acl",
        "nsubj",
        "nsubjpass",
        "csubj",
        "ccomp",
        "conj",
        "amod",
        "advcl",
        "relcl",
        "intj",
        "appos",
        "npadvmod",
        "dep",
    }
)


def _hidden_verbs(
    words: list[Token], verbs: Collection[str], nouns: Collection[str]
) -> list[Token]:
    """At most one hidden verb per sentence, the first."""
    found: dict[int, Token] = {}
    for word in words:
        if word.is_sent_start or not _verb_word(word, verbs):
            continue
        if _reads_as_verb(word, verbs, nouns):
            found.setdefault(word.sent.start, word)
    return list(found.values())


def _verb_word(word: Token, verbs: Collection[str]) -> bool:
    """A cheap first test: a pattern verb tagged as a noun or hung as a compound."""
    read_as_noun = word.pos_ in NOUN_POS or word.dep_ == "compound"
    return read_as_noun and (word.lower_ in verbs or word.lemma_ in verbs)


def _reads_as_verb(word: Token, verbs: Collection[str], nouns: Collection[str]) -> bool:
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
    fighters" parsed with "soldiers" as its compound; so is a headline's root noun with a
    name in apposition after it ("Macron *hosts* Lula at Elysee")."""
    return (
        word.pos_ in NOUN_POS
        and subject.dep_ == "compound"
        and subject.head == word
        and any(_object_read_otherwise(child) for child in word.children)
    )


def _object_read_otherwise(child: Token) -> bool:
    if child.dep_ == "dobj":
        return True
    return child.dep_ == "appos" and child.left_edge.i == child.head.i + 1 and child.pos_ == "PROPN"


def _ends_clause(head: Token) -> bool:
    """The phrase is a clause of its own: the sentence, or a part set off by punctuation
    ("Riot police charge demonstrators; at least 20 detained")."""
    if head.dep_ == "ROOT":
        return True
    governor = head.head
    if head.dep_ == "appos" and governor.dep_ == "ROOT" and governor.i < head.i:
        # "Kenya: police fire tear gas at protesters": a dateline before a colon
        return any(t.text == ":" for t in head.doc[governor.i + 1 : head.i])
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
        for child in verb.children:
            if child.dep_ == "appos" and _object_read_otherwise(child):
                child.dep_ = "dobj"
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


def _noun_read_as_modifier_verb(token: Token, nouns: Collection[str]) -> bool:
    """ "RSF *shelling* on the camp killed 12", parsed with "shelling" a participle on
    "RSF": an event gerund without an object right after the subject is the subject, and
    the name before it its modifier."""
    subject = token.head
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBG"
        and token.lower_ in nouns
        and subject.i == token.i - 1
        and subject.dep_ in {"nsubj", "nsubjpass"}
        and not any(child.dep_ in {"dobj", "aux", "mark", "nsubj"} for child in token.children)
    )


def _as_head_noun(noun: Token) -> None:
    modifier = noun.head
    noun.head, noun.dep_ = modifier.head, modifier.dep_
    noun.pos_, noun.tag_ = "NOUN", "NN"
    for child in list(modifier.children):
        if child.i < modifier.i:
            child.head = noun  # "the" of "the RSF shelling"
    modifier.head, modifier.dep_ = noun, "compound"


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


def _participle_read_as_root(verb: Token) -> bool:
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if verb.lemma_.lower() in grammar_words().reporting_verbs:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    clause = _bare_complement(verb)
    return subject is not None and clause is not None


def _bare_complement(verb: Token) -> Token | None:
    """A complement clause after the verb with no subject, no "that" and no "to"."""
    for child in verb.rights:
        if child.dep_ == "ccomp" and child.tag_ in {"VBD", "VBZ", "VBP"}:
            own = {c.dep_ for c in child.children}
            if not own & {"nsubj", "nsubjpass", "mark", "aux", "expl"}:
                return child
    return None


def _as_participle(participle: Token) -> None:
    clause = _bare_complement(participle)
    subject = next((c for c in participle.children if c.dep_ == "nsubj"), None)
    if clause is None or subject is None:  # an earlier repair re-read it already
        return
    clause.head, clause.dep_ = clause, "ROOT"
    for child in list(participle.children):
        if child.i > clause.i:
            child.head = clause
    subject.head, subject.dep_ = clause, "nsubj"
    participle.head, participle.dep_, participle.tag_ = subject, "acl", "VBN"


def _verb_hung_in_subject(verb: Token) -> bool:
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"}:
        return False
    root = _subject_root(verb)
    if root is None or root.pos_ not in NOUN_POS or root.i > verb.i:
        return False
    # a participle needs an object to show it acts; a past tense ("handed in") shows it
    acts = verb.tag_ == "VBD" or any(child.dep_ == "dobj" for child in verb.children)
    if root.dep_ in _LOOSE_SUBJECT_DEPS:
        return acts and _reported_subject(root, verb)
    # ... or a journey's end ("*crossed* into Syria" describes no thing crossed)
    journey = verb.lemma_.lower() in grammar_words().journey_verbs
    return (acts or journey) and root.dep_ == "ROOT" and verb.sent[-1].text in {".", "!"}


# How the parser hangs a reported clause's subject on the reporting verb.
_LOOSE_SUBJECT_DEPS = frozenset({"nsubj", "dep", "npadvmod"})


def _reported_subject(noun: Token, verb: Token) -> bool:
    """ "Fighters from a guerrilla group *handed in* their weapons, the commissioner said",
    parsed with "fighters" as a second subject of "said"."""
    speech = noun.head
    if speech.lemma_.lower() not in grammar_words().reporting_verbs:
        return False
    return any(c.dep_ == "nsubj" and c.i > verb.i for c in speech.children)


def _subject_root(verb: Token) -> Token | None:
    """The noun heading the phrase the verb hangs in: through prepositions ("youths from a
    community *killed*") and participles ("a convoy of trucks carrying tents *crossed*").
    Hung on that noun itself, only a past tense of a verb that needs no object is read as
    the main verb: "MP *detained* over remarks" is a headline's participle."""
    holder = verb.head
    for _ in range(_MAX_LINKS):
        link = holder.head
        in_phrase = holder.dep_ == "pobj" and link.dep_ == "prep"
        carried = holder.dep_ == "dobj" and link.dep_ == "acl" and link.tag_ == "VBG"
        if not (in_phrase or carried):
            break
        holder = link.head
    if holder is not verb.head:
        return holder
    if verb.tag_ != "VBD" or verb.lemma_.lower() in grammar_words().transitive_verbs:
        return None
    return holder


_MAX_LINKS = 3


def _as_main_verb(verb: Token) -> None:
    root = _subject_root(verb)
    if root is None:
        return
    if root.dep_ != "ROOT":  # the clause reported
        verb.head, verb.dep_, verb.tag_ = root.head, "ccomp", "VBD"
        root.head, root.dep_ = verb, "nsubj"
        return
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    for child in list(root.children):
        if child.i > verb.i:
            child.head = verb
    root.head, root.dep_ = verb, "nsubj"


def _verb_read_as_modifier(verb: Token) -> bool:
    """A past participle read as an adjective on its own object: "Venezuelan police
    *tortured* protesters" (with "police" the participle's subject), "police had *tortured*
    protesters" (with "had" the verb owning "protesters")."""
    if verb.dep_ != "amod" or verb.pos_ != "VERB" or verb.tag_ not in {"VBN", "VBD"}:
        return False
    obj = verb.head
    if obj.i <= verb.i or obj.pos_ not in NOUN_POS:
        return False
    if _modifier_subject(verb) is not None:
        return True
    return _perfect_auxiliary(verb) is not None


def _modifier_subject(verb: Token) -> Token | None:
    """The participle's own subject: "police" in "Venezuelan police tortured protesters", or
    a name right before a past tense ("Turkey hosted talks", parsed with "Turkey" as a
    modifier; not "Kremlin-backed talks", where a hyphen joins the two)."""
    for child in verb.lefts:
        if child.dep_ == "nsubj":
            return child
        adjacent = child.i + 1 == verb.i and verb.tag_ == "VBD"
        if child.dep_ == "npadvmod" and child.pos_ == "PROPN" and adjacent:
            return child
    return None


def _perfect_auxiliary(verb: Token) -> Token | None:
    """The "had" right before the participle that the parser made the object's verb."""
    have = verb.doc[verb.i - 1] if verb.i > 0 else None
    obj = verb.head
    if have is None or have.lemma_ != "have" or obj.head != have or obj.dep_ != "dobj":
        return None
    return have


def _as_verb_of_object(verb: Token) -> None:
    obj = verb.head
    have = _perfect_auxiliary(verb)
    holder = have if have is not None else obj
    was_root = holder.dep_ == "ROOT"
    verb.head = verb if was_root else holder.head
    verb.dep_, verb.tag_ = holder.dep_, "VBN" if have is not None else "VBD"
    if have is not None:
        for child in list(have.children):
            if child.i != obj.i:
                child.head = verb
        have.head, have.dep_, have.pos_ = verb, "aux", "AUX"
    else:
        # the object keeps its phrases ("talks *between* A and B"); the sentence's end moves
        for child in list(obj.children):
            if child.i > obj.i and child.dep_ == "punct":
                child.head = verb
        subject = _modifier_subject(verb)
        if subject is not None:
            subject.dep_ = "nsubj"
    obj.head, obj.dep_ = verb, "dobj"


def _verb_after_compound_subject(verb: Token, verbs: Collection[str]) -> bool:
    """ "Japan's air force *scrambled* fighter jets on Wednesday", parsed as one noun phrase
    headed by "jets": a pattern verb's past tense between two compounds of the sentence's
    root noun is the sentence's verb."""
    obj = verb.head
    if verb.dep_ != "amod" or verb.tag_ not in {"VBN", "VBD"} or not _clause_head(obj):
        return False
    if verb.lemma_.lower() not in verbs or obj.pos_ not in NOUN_POS or obj.i <= verb.i:
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (
        before is not None
        and before.head.i == obj.i
        and before.dep_ == "compound"
        and before.pos_ in NOUN_POS
        and any(child.i > obj.i and child.dep_ != "punct" for child in obj.children)
    )


def _clause_head(noun: Token) -> bool:
    """The root, a said clause, or a subject beside the speaker's own ("jets ..., the
    ministry said", with "jets" made a second subject of "said")."""
    if noun.dep_ in {"ROOT", "ccomp"}:
        return True
    speaker = [c for c in noun.head.children if c.dep_ == "nsubj" and c.i != noun.i]
    return noun.dep_ == "nsubj" and bool(speaker)


def _as_verb_after_subject(verb: Token) -> None:
    obj = verb.head
    subject = verb.doc[verb.i - 1]
    for child in list(obj.children):
        if child.i < subject.i:
            child.head = subject  # "Japan's air" describe the force
        elif child.i > obj.i:
            child.head = verb  # "on Wednesday", "to intercept ..." are the verb's
    was_root = obj.dep_ == "ROOT"
    verb.head = verb if was_root else obj.head
    verb.dep_, verb.tag_ = ("ROOT" if was_root else "ccomp"), "VBD"
    subject.head, subject.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"


def _object_read_as_subject(gerund: Token) -> bool:
    """ "tank fire killed nine people *queuing* for flour", parsed with "people" as the
    subject of a clause "queuing": right after a verb that needs an object and has none,
    the noun is that verb's object and the gerund describes it."""
    if gerund.dep_ != "advcl" or gerund.tag_ != "VBG":
        return False
    noun = next((c for c in gerund.lefts if c.dep_ == "nsubj"), None)
    verb = gerund.head
    if noun is None or noun.pos_ not in NOUN_POS or verb.i > noun.i:
        return False
    if any(child.dep_ == "dobj" for child in verb.children):
        return False
    needs_object = verb.lemma_.lower() in grammar_words().transitive_verbs
    return needs_object and noun.left_edge.i == verb.i + 1


def _object_read_as_clause(noun: Token) -> bool:
    """ "arrested three suspected people *smugglers* on Lesbos after ...", parsed as a
    clause of the verb: a noun is no clause; without an object it is the verb's object."""
    verb = noun.head
    if noun.dep_ != "ccomp" or noun.pos_ not in NOUN_POS or verb.pos_ != "VERB":
        return False
    if any(child.dep_ in {"nsubj", "aux", "cop", "mark"} for child in noun.children):
        return False  # a verbless clause with its own subject stays one
    return noun.i > verb.i and not any(child.dep_ == "dobj" for child in verb.children)


def _as_object(noun: Token) -> None:
    noun.dep_ = "dobj"


def _free_relative_object(clause: Token, verbs: Collection[str]) -> bool:
    """ "jets struck *what the military described as* Hezbollah depots", "missiles hit
    *what Kyiv said were* civilian buildings": the thing named is the object struck."""
    if clause.dep_ != "ccomp" or _named_thing(clause) is None:
        return False
    verb = clause.head
    if any(child.dep_ == "dobj" for child in verb.children):
        return False
    return verb.lemma_.lower() in verbs


def _named_thing(clause: Token) -> Token | None:
    first = clause.doc[clause.left_edge.i]
    if first.lower_ != "what" or first.tag_ != "WP":
        return None
    for child in clause.children:
        if child.dep_ == "oprd" and child.pos_ in NOUN_POS:  # "what Baku called a base"
            return child
        if child.dep_ == "prep" and child.lower_ == "as":  # "described as"
            return next((t for t in child.children if t.dep_ == "pobj"), None)
        if child.dep_ == "ccomp" and child.lemma_ == "be":  # "said were"
            return next((t for t in child.children if t.dep_ == "attr"), None)
    return None


def _as_object_named(clause: Token) -> None:
    named = _named_thing(clause)
    if named is None:
        return
    verb = clause.head
    named.head, named.dep_ = verb, "dobj"
    clause.head, clause.dep_ = named, "relcl"


def _as_object_described(gerund: Token) -> None:
    noun = next(c for c in gerund.lefts if c.dep_ == "nsubj")
    verb = gerund.head
    noun.head, noun.dep_ = verb, "dobj"
    gerund.head, gerund.dep_ = noun, "acl"


def _counted_crowd_verb(word: Token, verbs: Collection[str]) -> bool:
    """A headline verb read as a noun counted by its subject: "Thousands *rally* in Belgrade
    demanding snap elections", parsed as a noun phrase "Thousands rally"."""
    if word.dep_ != "ROOT" or word.pos_ != "NOUN" or word.lower_ not in verbs:
        return False
    return _crowd_count(word) is not None


def _crowd_count(word: Token) -> Token | None:
    count = word.doc[word.i - 1] if word.i > word.sent.start else None
    counted = (
        count is not None and count.head == word and count.dep_ in {"nummod", "compound", "nsubj"}
    )
    if not counted or count is None or count.tag_ != "NNS":
        return None
    return count if count.lemma_.lower() in grammar_words().head_counts else None


def _as_crowd_verb(verb: Token) -> None:
    count = _crowd_count(verb)
    if count is None:
        return
    verb.pos_, verb.tag_ = "VERB", "VBP"
    count.dep_ = "nsubj"
    for child in verb.children:
        if child.dep_ == "acl" and child.tag_ == "VBG":  # "... *demanding* snap elections"
            child.dep_ = "advcl"


_SUBORDINATORS = frozenset({"as", "after", "before", "while", "when", "since", "until"})


def _clause_read_as_phrase(verb: Token) -> bool:
    if verb.dep_ != "acl" or verb.tag_ != "VBD":
        return False
    if not any(child.dep_ == "dobj" for child in verb.children):
        return False
    noun, preposition = verb.head, verb.head.head
    return (
        noun.dep_ == "pobj"
        and noun.i < verb.i
        and preposition.dep_ == "prep"
        and preposition.lower_ in _SUBORDINATORS
    )


def _as_clause(verb: Token) -> None:
    noun = verb.head
    preposition = noun.head
    governor = preposition.head
    verb.head, verb.dep_ = governor, "advcl"
    noun.head, noun.dep_ = verb, "nsubj"
    preposition.head, preposition.dep_, preposition.pos_ = verb, "mark", "SCONJ"


def _clause_read_as_conjunct(verb: Token) -> bool:
    """ "moved troops to the border *as Russia and Belarus began* exercises", parsed with
    "as Russia and Belarus" a phrase and "began" a second verb of the sentence."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return False
    if any(child.dep_ in {"nsubj", "nsubjpass", "cc", "expl"} for child in verb.children):
        return False
    return _subordinator_before(verb) is not None


def _subordinator_before(verb: Token) -> Token | None:
    """The "as" or "after" whose phrase ends right before the verb, inside the clause of the
    verb's governor ("moved troops to its border *as Russia and Belarus* began")."""
    start = verb.left_edge.i
    if start == 0:
        return None
    word = verb.doc[start - 1]
    for _ in range(_MAX_LINKS + 2):
        if word.dep_ == "prep" and word.lower_ in _SUBORDINATORS and word.right_edge.i + 1 == start:
            has_object = any(c.dep_ == "pobj" and c.pos_ in NOUN_POS for c in word.children)
            return word if has_object else None
        if word.head.i == word.i or word.i == verb.head.i:
            return None
        word = word.head
    return None


def _as_subordinate(verb: Token) -> None:
    preposition = _subordinator_before(verb)
    if preposition is None:
        return
    noun = next(c for c in preposition.children if c.dep_ == "pobj")
    verb.dep_ = "advcl"
    noun.head, noun.dep_ = verb, "nsubj"
    preposition.head, preposition.dep_, preposition.pos_ = verb, "mark", "SCONJ"


def _conjunct_read_as_subject(noun: Token) -> bool:
    """ "Minister Yoko Kamikawa *and* Secretary of State Antony *Blinken* will hold talks",
    parsed with two subjects: the second follows an "and" left on the first."""
    return _coordinated_subject(noun) is not None


def _coordinated_subject(noun: Token) -> Token | None:
    if noun.dep_ != "nsubj":
        return None
    earlier = [c for c in noun.head.lefts if c.dep_ == "nsubj" and c.i < noun.i]
    if not earlier:
        return None
    first = earlier[-1]
    children = list(first.children)
    coordinated = any(c.dep_ == "cc" and c.lower_ in {"and", "&"} for c in children)
    return first if coordinated and not any(c.dep_ == "conj" for c in children) else None


def _as_conjunct(noun: Token) -> None:
    first = _coordinated_subject(noun)
    if first is not None:
        noun.head, noun.dep_ = first, "conj"


def _headline_pair(first: Token) -> bool:
    """ "Zelensky, Erdogan meet in Ankara", "Thai, Cambodian troops trade fire", "Israel,
    Lebanon to hold talks": a headline pairs its first two names with a comma, which the
    parser reads as an interjection, an apposition or a root of its own."""
    return _pair_partner(first) is not None


def _pair_partner(first: Token) -> Token | None:
    if not first.is_sent_start or first.pos_ not in NOUN_POS | {"ADJ"}:
        return None
    if first.i + 3 >= len(first.doc) or first.nbor(1).text != "," or not titled(first):
        return None
    partner = first.nbor(2)
    if partner.pos_ not in NOUN_POS | {"ADJ"} or (
        partner.head.i == first.i and partner.dep_ != "appos"
    ):
        return None
    head = partner
    while head.dep_ in {"compound", "amod", "nmod"} and head.head.i > head.i:
        head = head.head
    subject = head.dep_ in {"nsubj", "nsubjpass"} or (
        head.dep_ == "appos" and head.head.i == first.i
    )
    if not subject or any(child.dep_ == "conj" for child in first.children if child.i < head.i):
        return None
    return partner if partner.pos_ == "ADJ" and first.pos_ != "NOUN" else head


def _as_pair(first: Token) -> None:
    partner = _pair_partner(first)
    if partner is None:
        return
    if partner.dep_ == "appos":  # "Israel, Lebanon to hold talks": a pair, not a gloss
        partner.dep_ = "conj"
        return
    if first.dep_ == "ROOT":  # "Thai, Cambodian troops trade fire": the verb heads it
        verb = next(
            (c for c in first.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}), None
        )
        if verb is None:
            return
        verb.head, verb.dep_ = verb, "ROOT"
        for child in list(first.children):
            if child.i != verb.i:
                child.head = verb
    # the first of the pair heads it, as in "Zelensky and Erdogan meet"
    first.head, first.dep_ = partner.head, partner.dep_
    partner.head, partner.dep_ = first, "conj"


def _reported_headline_infinitive(verb: Token) -> bool:
    """ "Israel, Lebanon *to hold* talks on land border, officials say": a headline's
    infinitive hung on its subject, which the parser made the subject of the saying."""
    return _reporting_verb_of(verb) is not None


def _reporting_verb_of(verb: Token) -> Token | None:
    subject = verb.head
    if verb.dep_ not in {"relcl", "acl"} or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or not titled(verb):
        return None
    speech = subject.head
    if subject.dep_ not in {"nsubj", "dep"} or speech.i < verb.i:
        return None
    if speech.lemma_.lower() not in grammar_words().reporting_verbs:
        return None
    others = [c for c in speech.children if c.dep_ == "nsubj" and c.i > verb.i]
    return speech if others else None


def _as_reported_clause(verb: Token) -> None:
    speech = _reporting_verb_of(verb)
    if speech is None:
        return
    subject = verb.head
    verb.head, verb.dep_ = speech, "ccomp"
    subject.head, subject.dep_ = verb, "nsubj"


def _subject_read_as_compound(verb: Token) -> bool:
    """ "Israeli *settlers* attack West Bank village": a headline's subject hung on its verb
    as a compound (verbs take no compounds)."""
    return _compound_subject_of(verb) is not None


def _compound_subject_of(verb: Token) -> Token | None:
    if not _subjectless_headline_root(verb):
        return None
    nouns = [c for c in verb.lefts if c.dep_ == "compound" and c.pos_ in NOUN_POS]
    return nouns[-1] if nouns else None


def _subjectless_headline_root(verb: Token) -> bool:
    """The verb heading a headline (title case) with no subject of its own."""
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT":
        return False
    has_subject = any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children)
    return not has_subject and titled(verb)  # the sentence last: finding it costs most


def _as_subject(verb: Token) -> None:
    subject = _compound_subject_of(verb)
    if subject is not None:
        subject.dep_ = "nsubjpass" if verb.tag_ == "VBN" else "nsubj"


def _verb_read_as_subject(word: Token) -> bool:
    """ "Beijing *lodges* protest with Washington", "Colombia's ELN *frees* kidnapped
    soldiers": a headline's verb read as the subject of the word after it, which the parser
    made the verb."""
    after = word.head
    return (
        word.dep_ == "nsubj"
        and word.pos_ == "VERB"
        and word.tag_ == "VBZ"
        and after.i == word.i + 1
        and after.dep_ == "ROOT"
        and after.pos_ == "VERB"
        and any(c.dep_ in {"nsubj", "compound"} and c.pos_ in NOUN_POS for c in word.lefts)
        and titled(word)
    )


def _as_headline_verb(verb: Token) -> None:
    after = verb.head
    verb.head, verb.dep_ = verb, "ROOT"
    for child in verb.lefts:
        if child.dep_ == "compound" and child.pos_ in NOUN_POS:
            child.dep_ = "nsubj"
    objects = [c for c in after.children if c.dep_ == "dobj"]
    for child in list(after.children):
        if child.dep_ in HANDED_ON_DEPS or child.dep_ == "punct":
            child.head = verb
    if after.tag_ in {"VBD", "VBN"} and objects:  # "frees *kidnapped* soldiers"
        thing = objects[0]
        thing.head, thing.dep_ = verb, "dobj"
        after.head, after.dep_, after.tag_ = thing, "amod", "VBN"
        return
    after.head, after.dep_ = verb, "dobj"  # "lodges *protest*"
    after.pos_, after.tag_ = "NOUN", "NN"


def _demonym_read_as_modifier(word: Token) -> bool:
    """ "*Palestinian* shot dead by Israeli troops": a headline's subject, a nationality
    used as a noun, read as an adjective on the verb."""
    verb = word.head
    return (
        word.dep_ == "amod"
        and word.pos_ == "ADJ"
        and bool(word.is_sent_start)
        and verb.pos_ == "VERB"
        and verb.i == word.i + 1
        and not any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children)
        and titled(word)
    )


def _as_demonym_subject(word: Token) -> None:
    verb = word.head
    passive = verb.tag_ in {"VBN", "VBD"} and any(c.dep_ == "agent" for c in verb.children)
    word.pos_, word.tag_ = "PROPN", "NNP"
    word.dep_ = "nsubjpass" if passive else "nsubj"


def _second_verb_of_a_headline(verb: Token) -> bool:
    """ "Thailand halts border talks with Cambodia, *accuses* Phnom Penh of laying mines":
    two clauses of a headline read as a clause beside a root without a subject; the first
    heads them and lends its subject to the second."""
    return _first_clause(verb) is not None


def _first_clause(verb: Token) -> Token | None:
    if not _subjectless_headline_root(verb):
        return None
    earlier = [
        c
        for c in verb.lefts
        if c.dep_ == "parataxis" and c.pos_ == "VERB" and any(g.dep_ == "nsubj" for g in c.children)
    ]
    return earlier[0] if earlier else None


def _as_conjoined_verb(verb: Token) -> None:
    first = _first_clause(verb)
    if first is None:
        return
    first.head, first.dep_ = first, "ROOT"
    for child in list(verb.children):
        if child.i < first.i:
            child.head = first
    verb.head, verb.dep_ = first, "conj"


def _relative_on_a_place(verb: Token) -> bool:
    """ "hurled stones at riot police in Kathmandu, *who responded* with tear gas": a "who"
    clause hung on a place name describes the people named before it."""
    return _person_before_place(verb) is not None


_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _person_before_place(verb: Token) -> Token | None:
    if verb.dep_ != "relcl" or not any(
        child.dep_ == "nsubj" and child.lower_ in {"who", "whom"} for child in verb.children
    ):
        return None
    place = verb.head
    if place.ent_type_ not in _PLACE_ENTITIES or place.dep_ != "pobj":
        return None
    for token in reversed(place.doc[place.sent.start : place.head.i]):
        if token.pos_ in NOUN_POS and token.ent_type_ not in _PLACE_ENTITIES:
            return token
    return None


def _as_relative_of_person(verb: Token) -> None:
    person = _person_before_place(verb)
    if person is not None:
        verb.head = person


def _claims_read_as_verb(word: Token) -> bool:
    """ "Armenia denies Azerbaijani *claims* it shelled villages": the plural noun a denial
    takes, read as a verb whose subject is the claimant."""
    return (
        word.dep_ == "ccomp"
        and word.tag_ == "VBZ"
        and word.lemma_.lower() in load_cues().hearsay_nouns
        and word.head.lemma_.lower() in load_cues().denial_verbs
        and any(child.dep_ == "nsubj" for child in word.children)
    )


def _as_claims_denied(noun: Token) -> None:
    for child in noun.children:
        if child.dep_ == "nsubj":
            child.dep_ = "amod"  # "Azerbaijani claims": the claimant
        elif child.dep_ == "ccomp":
            child.dep_ = "acl"  # what is claimed
    noun.dep_, noun.tag_, noun.pos_ = "dobj", "NNS", "NOUN"


def _participle_on_a_demand(verb: Token) -> bool:
    """ "marched to demand that the government free him*, clashing* with police": a
    participle after the comma that ends a demanded clause tells of the sentence's
    subject, not of the demanded act."""
    demanded = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and not any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children)
        and demanded.dep_ == "ccomp"
        and demanded.tag_ in {"VB", "VBP"}
        and demanded.head.lemma_.lower() in grammar_words().demanding_verbs
        and verb.sent.root.i not in {verb.i, demanded.i}
    )


def _as_participle_of_sentence(verb: Token) -> None:
    verb.head = verb.sent.root


def _subjunctive_read_as_noun(word: Token) -> bool:
    if word.dep_ != "ccomp" or word.tag_ != "NN":
        return False
    lefts = list(word.lefts)
    marked = any(child.dep_ == "mark" and child.lower_ == "that" for child in lefts)
    return marked and _subjunctive_subject(lefts) is not None


def _subjunctive_subject(lefts: list[Token]) -> Token | None:
    nominal = [c for c in lefts if c.dep_ in _SUBJECT_LIKE_DEPS and c.pos_ in NOUN_POS]
    return nominal[-1] if nominal else None


_SUBJECT_LIKE_DEPS = frozenset({"compound", "amod", "nmod", "nsubj"})


def _as_subjunctive(verb: Token) -> None:
    lefts = list(verb.lefts)
    subject = _subjunctive_subject(lefts)
    if subject is None:
        return
    for child in lefts:
        if child.dep_ == "det" and child.i < subject.i:
            child.head = subject  # "the IMF"
    subject.dep_ = "nsubj"
    verb.pos_, verb.tag_ = "VERB", "VB"
