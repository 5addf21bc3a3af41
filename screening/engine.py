"""``screen(text)``: normalise, match lexicons and patterns, score with the linear model, and,
only where that is unsure, ask the heavier transformer; then apply the policy table."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from . import model as linear_model
from . import transformer as transformer_model
from .lexicon import CATEGORIES, ORDER_CATEGORIES, Analysis, Hit, analyse, name_words, names_someone, outside
from .patterns import find_personal_info
from .policy import ALERT_CATEGORIES, ALLOW, BLOCK, HOLD, Allowed, Policy
from .verdict import CategoryResult, Verdict

MAX_CHARS = 1_000_000
FOUND_LINE = 0.5  # a category is reported at or above this score (or the hold line, if lower)

SEVERITY_BASE = {
    "profanity": 2,
    "personal_info": 3,
    "insult": 3,
    "sexual": 3,
    "hate": 4,
    "extremism": 4,
    "threat": 4,
    "grooming": 4,
    "self_harm": 4,
}
SEVERITY_TOP = {"threat", "grooming", "self_harm", "extremism"}  # reach 5 when near-certain

# to a pupil who may be at risk, or telling of harm done to them
REASON_SUPPORT = "It sounds like you might be having a hard time, so a trusted adult will read this and help."
REASONS = {
    "self_harm": REASON_SUPPORT,
    "grooming": "Stay safe online: never keep secrets, or share pictures, your age or where you "
    "are, with people you talk to here.",
    "threat": "Comments that could frighten someone or sound like a threat are not allowed.",
    "extremism": "Comments that support violence or hatred against groups of people are not allowed.",
    "hate": "Everyone is welcome here: comments that are unkind about who someone is are not allowed.",
    "sexual": "This comment has grown-up content that is not allowed here.",
    "personal_info": "Keep yourself safe: do not share phone numbers, e-mail addresses, where "
    "you live or how to contact you.",
    "insult": "Please be kind: comments that could hurt or upset someone are not allowed.",
    "profanity": "Please use polite words: rude words are not allowed here.",
}
REASON_OK = "This comment follows the rules."

# where the fast path counts as unsure about a model head (probability after the tuned shift)
UNSURE_LOW, UNSURE_HIGH = 0.2, 0.8


@dataclass
class Context:
    """Per-setting screening context: the policy (already tightened), extra allowed phrases, and
    the first names of the setting's people (a comment naming one speaks of a person, whether
    or not the name is a common one)."""

    policy: Policy = field(default_factory=Policy.primary)
    allowed: tuple[Allowed, ...] = ()
    names: frozenset[str] = frozenset()


def _as_context(context) -> Context:
    if context is None:
        return _DEFAULT_CONTEXT
    if isinstance(context, Context):
        return context
    if isinstance(context, Policy):
        return Context(policy=context)
    if isinstance(context, Mapping):
        policy = context.get("policy") or Policy.primary()
        if isinstance(policy, Mapping):
            policy = Policy.from_settings(policy)
        allowed = tuple(a if isinstance(a, Allowed) else Allowed(*a) for a in context.get("allowed", ()))
        return Context(policy=policy, allowed=allowed, names=name_words(tuple(context.get("names", ()))))
    raise TypeError("context must be None, a Policy, a screening.Context or a mapping")


_DEFAULT_CONTEXT = Context()


def _coerce_text(text) -> str:
    if isinstance(text, bytes | bytearray | memoryview):
        text = bytes(text).decode("utf-8", errors="replace")
    if not isinstance(text, str):
        raise TypeError(f"screen() needs text (str or UTF-8 bytes), not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ValueError(f"comment too long to screen ({len(text)} characters; at most {MAX_CHARS})")
    # lone surrogates (from broken input) cannot be encoded; replace them
    if not text.isascii():
        text = text.encode("utf-8", errors="replace").decode("utf-8")
    return text


def logit(p: float) -> float:
    """The log-odds of a probability (kept 1e-6 away from 0 and 1)."""
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def _sigmoid(z: float) -> float:
    if z < -50:
        return 0.0
    if z > 50:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


@dataclass
class FastResult:
    analysis: Analysis
    hits: list[Hit]
    model_words: list[str]
    logits: dict[str, float]  # linear model, after the tuned shift (0 = decision line)
    telling: bool = False  # the told heads read a pupil telling of harm (``reads_as_telling``)


SHORT_WORDS = 4
SHORT_PENALTY = 0.5


def too_few_words(n_words: int) -> bool:
    """Whether the linear model reads too few words to go on alone (see ``short_penalty``,
    ``unsure`` and ``combine``)."""
    return n_words < SHORT_WORDS


def short_penalty(heads, n_words: int) -> np.ndarray:
    """A comment of one to three words gives the model little to go on: its abuse and hate
    logits are lowered a little per missing word, so that a lone innocent word ("grape") is
    not held on n-gram noise. Words the lexicons know still count in full."""
    k = SHORT_PENALTY * max(0, SHORT_WORDS - n_words)
    return np.asarray([k if h in ("abuse", "hate") else 0.0 for h in heads], dtype=np.float32)


def _words_replacing(an: Analysis, spans, collapse: bool) -> list[str]:
    """The phrase text's words with each token inside one of the (original-text) spans
    replaced by "something"; with ``collapse``, a run of such tokens becomes one "something",
    or none right after a token that reads "something"."""
    text, starts, ends = an.phrase_text, an.token_starts, an.token_ends
    pieces: list[str] = []  # stretches of phrase text and replacements, in order
    pos = 0  # the first token not placed yet
    for lo, hi in an.tokens_within(spans):
        if lo > pos:
            pieces.append(text[starts[pos] : ends[lo - 1]])
        if not collapse:
            pieces.extend(["something"] * (hi - lo))
        elif lo == 0 or text[starts[lo - 1] : ends[lo - 1]] != "something":
            pieces.append("something")
        pos = hi
    if pos < len(an.tokens):
        pieces.append(text[starts[pos] :])
    return " ".join(pieces).split()


def model_words(an: Analysis) -> tuple[list[str], list[str] | None]:
    """The words the linear model reads, leaving out identity words, and with allowed phrases
    the same words with each allowed phrase replaced by a neutral word (else None).

    An allowed phrase can only lower the model's scores: the model reads the comment as written
    and with each allowed phrase replaced, and the lower score of the two counts. What a setting
    allowed (a name, a taught topic) is always replaced."""
    if not an.allowed:
        return linear_model.without_identity(an.phrase_text.split()), None
    words = _words_replacing(an, an.setting_allowed, collapse=False)
    masked = _words_replacing(an, an.allowed, collapse=True)
    return linear_model.without_identity(words), linear_model.without_identity(masked)


def fast_parts(text: str, allowed: tuple[Allowed, ...] = ()) -> FastResult:
    an = analyse(text, tuple((a.phrase, a.reason) for a in allowed))
    hits = list(an.hits)
    hits += outside(find_personal_info(an.folded), an.allowed)
    words, masked = model_words(an)
    logits: dict[str, float] = {}
    lm = linear_model.load()
    if lm is not None and text.strip():
        z = linear_logits(lm, words)
        if masked is not None and not linear_model.reads_alike(words, masked):
            z = np.minimum(z, linear_logits(lm, masked))
        logits = {h: float(v) for h, v in zip(lm.heads, z, strict=True)}
        hits = [_weighed_as_retold(h, lm) if h.retold else h for h in hits]
        reading = told_reading(lm, logits, len(masked or words))
        hits += told_by_model(an, lm, logits, hits, len(words), reading)
        return FastResult(an, hits, words, logits, reads_as_telling(reading))
    return FastResult(an, hits, words, logits)


TOLD_ENTRY = "(told, read by the model)"  # the entry of a hit the told heads make


def is_told_by_model(hit: Hit) -> bool:
    """Whether the told heads made the hit (``told_by_model``), not a lexicon line."""
    return hit.entry == TOLD_ENTRY


KIND_HOLD = ("insult", 0.6)  # how a worry held for a teacher is filed, as the lexicon's kind holds


# The told heads read a comment of at least this many model words: on fewer they read everyday
# words about home and food ("my dad locked the car", "goodbye") as telling, and the lexicon
# lines alone judge
TOLD_MIN_WORDS = 6


def _alerting(
    hits: list[Hit], logits: Mapping[str, float], lm: linear_model.LinearModel, n_words: int
) -> bool:
    """Whether a lexicon line or pattern finds a category that alerts, and the fast path's
    model does not overrule it (``overruled``, as ``combine`` decides)."""
    veto, vetoable = self_harm_veto_line(lm), can_veto(n_words)
    return any(
        h.category in ALERT_CATEGORIES and h.score >= FOUND_LINE and not overruled(h, logits, veto, vetoable)
        for h in hits
    )


def told_reading(
    lm: linear_model.LinearModel, logits: Mapping[str, float], n_read: int
) -> tuple[str, float, float] | None:
    """The told head (``model.TOLD_HEADS``) that reads the comment most, its logit (0 at its
    hold line) and the alert line; None in a comment of fewer than ``TOLD_MIN_WORDS`` words
    (``n_read``: the model words outside the allowed phrases, each read as one word)."""
    lines = lm.meta.get("told")
    if not lines or n_read < TOLD_MIN_WORDS:
        return None
    head = max(linear_model.TOLD_HEADS, key=logits.__getitem__)
    return head, logits[head], float(lines["alert_above_hold"])


# How far over their alert line the told heads must read a comment to take its alerting lines
# for someone else's words told (``told_spans``): a pupil's own threat or invitation can come
# near the line ("ive got a knife in my bag" 0.8 over it, "come to my house alone tonight"
# 0.1); at 1.0 none of about 250 direct threats, grooming and abuse messages in the tests is
# taken for a telling, and most tellings the lines call grooming or threats are
TELLING_MARGIN = 1.0


def reads_as_telling(reading: tuple[str, float, float] | None) -> bool:
    """Whether the told heads are sure the comment is a pupil telling of harm: their reading
    (``told_reading``) at least ``TELLING_MARGIN`` over their alert line."""
    return reading is not None and reading[1] >= reading[2] + TELLING_MARGIN


def told_by_model(
    an: Analysis,
    lm: linear_model.LinearModel,
    logits: Mapping[str, float],
    hits: list[Hit],
    n_words: int,
    reading: tuple[str, float, float] | None,
) -> list[Hit]:
    """What the told heads read in the comment (``told_reading``), as a disclosure hit that
    the rest of the engine weighs like a lexicon line's: over the alert line, under the category
    of the head that reads it most (held for an adult, the DSL alerted); between the hold line
    (0 after the head's shift) and that, a kind hold (held for a teacher to read first).
    Nothing where they do not read, nor where the lines' ``hits`` already alert (``_alerting``,
    asked last: most comments are under the hold line; ``n_words``: all the model words)."""
    if reading is None:
        return []
    head, above, alert_line = reading
    if above < 0 or _alerting(hits, logits, lm, n_words):
        return []
    if above >= alert_line:
        category, score = linear_model.TOLD_HEADS[head], _sigmoid(above - alert_line)
    else:
        category, score = KIND_HOLD
    start, end = _told_span(an, lm, lm.heads.index(head))
    return [Hit(category, score, start, end, TOLD_ENTRY, kind="disclosure")]


def _told_span(an: Analysis, lm: linear_model.LinearModel, head: int) -> tuple[int, int]:
    """From the first to the last of the (at most three) words that weigh most for the head,
    or the whole comment where no word weighs much on its own."""
    spans = _weightiest_tokens(an, lm, head)
    if not spans:
        return an.token_span(0)[0], an.token_span(len(an.tokens) - 1)[1]
    return spans[0][0], spans[-1][1]


def linear_logits(lm: linear_model.LinearModel, words: list[str]) -> np.ndarray:
    """The linear model's logits for ``words``, after its tuned shift (0 = decision line)."""
    return lm.decision(words) - lm.shift - short_penalty(lm.heads, len(words))


def self_harm_veto_line(lm: linear_model.LinearModel | None) -> float:
    """The fast path's self-harm logit under which it overrules a self-harm phrase."""
    return float(lm.meta.get("self_harm_veto", -3.0)) if lm is not None else -3.0


def _weighed_as_retold(hit: Hit, lm: linear_model.LinearModel) -> Hit:
    """A self-harm line found in what a pupil tells of another child, weighed by the fast
    path's model reading the words read again ("my friend said she will die if she doesnt get
    the new phone" reads "i will die if i dont get the new phone": a figure of speech), not the
    comment as written, which that model rightly reads as not about the writer."""
    if hit.category != "self_harm":
        return hit
    words = linear_model.without_identity(list(hit.retold))
    vetoable = can_veto(len(words))
    logits = dict(zip(lm.heads, linear_logits(lm, words).tolist(), strict=True)) if vetoable else {}
    if vetoes_self_harm(hit, logits, self_harm_veto_line(lm), vetoable):
        return replace(hit, score=min(hit.score, UNDER_THE_LINE))
    return hit


CONTEXT_WORD_CATS = ("profanity", "sexual", "insult")
CONTEXT_SURE = 0.9  # single words at or above this count whatever the context
CONTEXT_MODEL_LINE = 0.25  # below this model probability, milder single words stay under the line


UNDER_THE_LINE = 0.45  # under the default hold lines; a setting that lowers its line below this still holds
# On a comment of a few words the models alone find self-harm only when sure: from adult social
# media they learnt to read "goodbye" (0.72) and "dead" (0.53) as a farewell or despair
FEW_WORDS_SELF_HARM_LINE = UNSURE_HIGH
SELF_HARM_NEVER_VETOED = 0.97  # phrases at or above this are almost never said in jest
# A long post's self-harm found by the models alone (no line) counts only where one of the fast
# path's own heads reads it too: its self-harm head (at least LONG_POST_SELF_HARM_LINE) or the
# told self-harm head, which learnt from pupils' words (at least LONG_POST_TOLD_LINE). The
# transformer reads a post's first 64 tokens and learnt from adults' posts: it read about half of
# the pupils' diaries written for this check (a broken arm, a dentist's filling, a first week at a
# new school) as self-harm. See the model card, thirtieth day.
LONG_POST_WORDS = 60
LONG_POST_SELF_HARM_LINE = 0.5
LONG_POST_TOLD_LINE = -2.0


# The fast path's self-harm model learned from long posts: on a short comment it reads a plain
# disclosure ("i dont want to wake up tomorrow", "i cant go on like this") as not about harm, so
# it overrules a self-harm phrase only in a comment of at least this many words
VETO_MIN_WORDS = 8


def overruled(hit: Hit, fast_logits: Mapping[str, float], self_harm_veto: float, vetoable: bool) -> bool:
    """Whether the fast path's model overrules a self-harm hit in this comment
    (``vetoes_self_harm``); one found in what a pupil tells of another child was weighed in that
    child's words already (``_weighed_as_retold``)."""
    return not hit.retold and vetoes_self_harm(hit, fast_logits, self_harm_veto, vetoable)


def models_alone_unsure(fast_logits: Mapping[str, float], n_words: int) -> bool:
    """Whether, in a post of ``n_words`` model words, the models' self-harm reading cannot stand
    alone: a long post that neither of the fast path's self-harm heads reads as self-harm (see
    ``LONG_POST_WORDS``)."""
    return (
        n_words >= LONG_POST_WORDS
        and fast_logits.get("self_harm", -99) < LONG_POST_SELF_HARM_LINE
        and fast_logits.get("told_self_harm", -99) < LONG_POST_TOLD_LINE
    )


def can_veto(n_words: int) -> bool:
    """Whether a comment of ``n_words`` model words is long enough for the fast path's model
    to overrule a self-harm phrase in it."""
    return n_words >= VETO_MIN_WORDS


def vetoes_self_harm(
    hit: Hit, fast_logits: Mapping[str, float], self_harm_veto: float, vetoable: bool = True
) -> bool:
    """Whether the fast path's model overrules a self-harm phrase. Only the fast path's own
    logit can: the heavier model may add evidence of self-harm but never silence a phrase;
    and only in a comment that is ``vetoable`` (see ``can_veto``). What the told heads read is
    not overruled: they learnt from pupils' words, the self-harm head from adults' posts."""
    return (
        vetoable
        and hit.category == "self_harm"
        and not is_told_by_model(hit)
        and hit.score < SELF_HARM_NEVER_VETOED
        and fast_logits.get("self_harm", 99) < self_harm_veto
    )


def combine(
    hits: list[Hit],
    logits: Mapping[str, float],
    self_harm_veto: float = -3.0,
    fast_logits: Mapping[str, float] | None = None,
    names_someone: bool = True,
    few_words: bool = False,
    vetoable: bool = True,
    told: bool = False,
    long_unsure: bool = False,
) -> dict[str, float]:
    """Category scores from lexicon/pattern hits and model logits.

    Milder single words (a profanity or sexual word scored under 0.9) only count as found when
    the model also sees some offence in the comment; strong words and phrases always count.
    A self-harm phrase counts unless the fast path's model, reading the whole comment, is
    confident it is not about the writer harming themselves (its logit under ``self_harm_veto``:
    "I want to die, this song is so good lol") and the comment is ``vetoable`` (long enough for
    that model to judge, see ``can_veto``); one found in what a pupil tells of another child
    was weighed already (``fast_parts``); ``fast_logits`` are those logits when
    ``logits`` have been blended with the heavier model. The abuse model alone finds an insult
    only in a comment that ``names_someone`` ("I hate broccoli it is disgusting" insults nobody),
    and the models alone find self-harm in a comment of ``few_words`` only when sure
    (``FEW_WORDS_SELF_HARM_LINE``), never in a comment ``told`` in words that say what it is
    (see ``told_without_alert``), and not in a long post ``long_unsure`` (see
    ``models_alone_unsure``).
    """
    fast_logits = logits if fast_logits is None else fast_logits
    insult_m = hate_m = sh_m = None
    if logits:
        insult_m = _sigmoid(logits.get("abuse", -99))
        hate_m = _sigmoid(logits.get("hate", -99))
        sh_m = _sigmoid(logits.get("self_harm", -99))
    scores: dict[str, float] = {}
    for h in hits:
        sc = h.score
        if (
            insult_m is not None
            and h.kind == "word"
            and h.category in CONTEXT_WORD_CATS
            and sc < CONTEXT_SURE
            and max(insult_m, hate_m) < CONTEXT_MODEL_LINE
        ):
            sc = min(sc, UNDER_THE_LINE)
        if overruled(h, fast_logits, self_harm_veto, vetoable):
            sc = min(sc, UNDER_THE_LINE)
        prev = scores.get(h.category)
        if prev is None:
            scores[h.category] = sc
        else:  # several separate hits make a category a little more certain
            scores[h.category] = min(0.99, max(prev, sc) + 0.03)
    if insult_m is not None:
        # model evidence raises a lexicon score a little, and stands alone above the line
        if not names_someone:
            insult_m = min(insult_m, UNDER_THE_LINE)
        if told or long_unsure or few_words and sh_m < FEW_WORDS_SELF_HARM_LINE:
            sh_m = min(sh_m, UNDER_THE_LINE)
        for cat, m in (("insult", insult_m), ("hate", hate_m), ("self_harm", sh_m)):
            lex = scores.get(cat, 0.0)
            scores[cat] = max(lex, m) if lex < 0.5 or m < 0.5 else min(0.99, max(lex, m) + 0.05)
    return scores


def _token_weights(an: Analysis, lm: linear_model.LinearModel, head: int) -> list[float]:
    """For each token the model reads, the sum of its words' weights for one head."""
    n = min(len(an.tokens), linear_model.MAX_TOKENS)
    # a token's phrase text is one word, or a few ("kms" reads "kill myself")
    words = an.phrase_text[: an.token_ends[n - 1]].split()
    weights = lm.weights_of_words(words, head)
    if len(words) == n:
        return weights
    sums, j = [], 0
    for i in range(n):
        k = an.phrase_text.count(" ", an.token_starts[i], an.token_ends[i]) + 1
        sums.append(sum(weights[j : j + k]))
        j += k
    return sums


def _weightiest_tokens(an: Analysis, lm: linear_model.LinearModel, head: int) -> tuple[tuple[int, int], ...]:
    """The spans of the (at most three) tokens whose words weigh most for one head, in text
    order; none where no word weighs over 0.5."""
    weights = _token_weights(an, lm, head)
    weighted = [(weight, an.token_span(i)) for i, weight in enumerate(weights) if weight > 0.5]
    weighted.sort(reverse=True)
    return tuple(sorted(s for _, s in weighted[:3]))


def _spans_for(cat: str, fr: FastResult, text: str) -> tuple[tuple[int, int], ...]:
    spans = sorted({(h.start, h.end) for h in fr.hits if h.category == cat})
    if spans:
        return tuple(spans)
    # model-only category: point at the words that pushed the score up most
    lm = linear_model.load()
    head = {"insult": "abuse", "hate": "hate", "self_harm": "self_harm"}.get(cat)
    if lm is not None and head in lm.heads and fr.analysis.tokens:
        spans = _weightiest_tokens(fr.analysis, lm, lm.heads.index(head))
        if spans:
            return spans
    stripped = text.strip()
    start = text.find(stripped[:1]) if stripped else 0
    return ((start, start + len(stripped)),)


def _severity(found: Mapping[str, float]) -> int:
    sev = 1
    for cat, score in found.items():
        s = SEVERITY_BASE[cat]
        if cat in SEVERITY_TOP and score >= 0.9 or cat == "profanity" and score >= 0.9:
            s += 1
        sev = max(sev, s)
    return min(5, sev)


def _reason(action: str, found: Mapping[str, float], policy: Policy) -> str:
    if action == ALLOW:
        alerting = [c for c in ("self_harm", "grooming", "threat") if c in found]
        return REASONS[alerting[0]] if alerting else REASON_OK
    acting = [c for c in found if policy.rule(c).action(found[c]) != ALLOW] or list(found)
    top = max(acting, key=lambda c: (SEVERITY_BASE[c], c == "self_harm", found[c]))
    return REASONS[top]


def is_kind_hold(hit: Hit, alert_categories) -> bool:
    """Whether a hit is a line that only holds a comment for a teacher with a kind word: a
    pupil telling of unkindness or a worry, filed under a category that does not alert."""
    return hit.kind == "disclosure" and hit.category not in alert_categories


def told_without_alert(fr: FastResult, alert_categories) -> bool:
    """Whether the comment is all words a pupil uses to tell of unkindness or a worry that does
    not alert the DSL ("nobody plays with me", held for a teacher; "i feel lonely sometimes",
    posted), with no self-harm phrase: the models' self-harm reading of such words does not
    alert either. A word outside them ("... and i want to die") keeps that reading."""
    if any(h.category == "self_harm" for h in fr.hits):
        return False
    # the lexicon's kind holds: a kind hold of the told heads is a model's reading itself
    kind_holds = [h for h in fr.hits if is_kind_hold(h, alert_categories) and not is_told_by_model(h)]
    told = [(h.start, h.end) for h in kind_holds]
    words = map(fr.analysis.token_span, range(len(fr.analysis.tokens)))
    return bool(told) and all(any(a <= s and e <= b for a, b in told) for s, e in words)


def _without_kind_holds(hits: list[Hit], alert_categories, overruled_hit: Callable[[Hit], bool]) -> list[Hit]:
    """The hits, less the kind holds (``is_kind_hold``) when the comment also tells of harm
    that alerts: the alert says it, and "i dont feel safe at home" is not an insult. An unkind
    word or the models' reading can still find that category. A self-harm line the model
    overrules (``overruled_hit``) does not alert, and the kind holds stay."""
    if not any(
        h.kind == "disclosure"
        and h.category in alert_categories
        and h.score >= FOUND_LINE
        and not overruled_hit(h)
        for h in hits
    ):
        return hits
    return [h for h in hits if not is_kind_hold(h, alert_categories)]


# a line's words that speak to the reader: said by the writer, unless reported as said
_TO_THE_READER = re.compile(r"(?<![a-z])(?:you|u|your|ur|youre|yourself|urself|ya|yall)(?![a-z])")
# the verbs that report what someone said, before or after the words (each adds its own forms)
_SAYS = "says|said|saying|tells me|told me|wrote|writes|goes"
_REPORTED_AS_SAID = re.compile(
    rf"(?<![a-z])(?:{_SAYS}|say|telling me|asked me|asks me|asking me|"
    r"messaged me|messages me|messaging me|texted me|texts me|went like|sent me)"
    r"[^a-z]*(?:that )?[^a-z]*$"
)
REPORTING_REACH = 40  # characters before a line looked at for the verb that reports it
# the writer or the reader as the subject of a verb: a line reported by them is not someone else's
_WRITER_OR_READER = "i|we|you|u|ya|im|ive"
_SAID_BY_THE_WRITER_OR_READER = re.compile(rf"(?<![a-z])(?:{_WRITER_OR_READER})(?: [a-z]+)?[^a-z]*$")
# someone else named as the speaker after a line, ending what is said: "its our secret he said",
# "dont tell ur mum about me, thats what he keeps saying" (not "send a pic, he said you would")
_SAID_AFTER = re.compile(
    r"(?<![a-z])(?:he|she|they|someone|somebody)(?: always| keeps| kept| just| then| even)? "
    rf"(?:{_SAYS}|went|messages|messaged|texts|texted|asks|asked)"
    r" *(?:[^a-z ]|$|(?:when|whenever|every|and|but|so|if|to me)(?![a-z]))"
)
SPEAKER_REACH = 80  # characters after a line looked at for who said it
# someone else just before a line (not the writer or the reader) who makes the pupil do it or
# keeps doing it: "he makes me delete our chats", "they keep sending me pics of a gun", "a year 11
# made me send a pic", "he says i have to send pics"
_DONE_BY_ANOTHER = re.compile(
    rf"(?<![a-z0-9])(?!(?:{_WRITER_OR_READER})(?![a-z]))[a-z0-9]+ "
    r"(?:(?:makes|made) me|(?:forces|forced|wants|wanted|asks|asked|tells|told) me to|"
    r"(?:keeps|kept) (?:telling|asking) me to|(?:says|said) i (?:have to|need to|must)|"
    r"keeps|kept|keep|(?:is|are) always)[^a-z]*$"
)


def told_spans(
    fr: FastResult, text: str, found: Mapping[str, float], alert_categories
) -> list[tuple[int, int]]:
    """Where the comment tells of harm: its disclosure lines found, and where there are some or
    the told heads are sure of a telling (``FastResult.telling``), the other alerting lines
    found that are told (``_told_line``): someone else's words ("a man on roblox asked me to
    send a pic", "he says dont tell ur parents") or the pupil's plea ("... but dont tell miss").
    Elsewhere, only the alerting lines reported as someone else's words count
    (``_reported_by_another``: "its our little secret he said")."""
    orders = [h for h in fr.hits if h.category in ORDER_CATEGORIES]
    lines = [(h.start, h.end) for h in fr.hits if _tells_of_harm(h, orders) and h.category in found]
    told_line = _told_line if lines or fr.telling else _reported_by_another
    told: list[tuple[int, int]] = []
    for h in sorted(fr.hits, key=lambda h: h.start):
        if h.category not in found or not _can_be_told(h, alert_categories, fr.telling):
            continue
        if told_line(h, text) or (told and _goes_on_from(text, told[-1][1], h.start)):
            told.append((h.start, h.end))
    return lines + told


def _tells_of_harm(hit: Hit, orders: list[Hit]) -> bool:
    """Whether a hit is the pupil telling of harm: a disclosure line, or the writer's own
    self-harm phrase ("i took an overdose ... please dont tell anyone"), not one inside an
    order to someone else (``orders``: "go take a toaster bath")."""
    if hit.kind == "disclosure":
        return True
    own = hit.category == "self_harm" and hit.kind == "phrase"
    return own and not any(o.start < hit.end and hit.start < o.end for o in orders)


# what joins a line to the told line before it: "said keep it our secret and dont tell ur
# parents", "say delete our chats, our secret"
_JOINED = re.compile(r"[^a-z]*(?:(?:and|n)[^a-z]+)?")


def _goes_on_from(text: str, told_end: int, start: int) -> bool:
    """Whether a line at ``start`` goes straight on from a told line ending at ``told_end``."""
    return start <= told_end or bool(_JOINED.fullmatch(text[told_end:start].lower()))


def _can_be_told(hit: Hit, alert_categories, telling: bool) -> bool:
    """Whether a line of this kind can be someone else's words in a pupil's telling: an
    alerting line; and where the told heads are sure of a telling, a sexual line or an
    arrangement to meet too ("he asked me to take my top off", "wants to meet me at the
    station"); never contact details the pupil writes out (``kind`` "pattern")."""
    if hit.kind in ("disclosure", "pattern"):
        return False
    return hit.category in alert_categories or (telling and hit.category in TOLD_WHEN_SURE)


# what, beside the alerting lines, a sure telling reports of someone else
TOLD_WHEN_SURE = ("sexual", "personal_info")


def _reported_by_another(hit: Hit, text: str) -> bool:
    """Whether someone other than the writer or the reader is reported as saying a line: a
    verb just before it ("youth worker gives me money, says its our secret") or a speaker and
    a verb just after it ("its our little secret he said"); or as making the pupil do it or
    doing it again and again ("he makes me delete our chats"); or the line is about someone
    else named before it (``_about_someone_else``)."""
    before = text[max(0, hit.start - REPORTING_REACH) : hit.start].lower()
    after = text[hit.end : hit.end + SPEAKER_REACH].lower()
    return (
        _said_by_another(before)
        or bool(_DONE_BY_ANOTHER.search(before) or _SAID_AFTER.search(after))
        or _about_someone_else(hit, text)
    )


# someone other than the writer or the reader, named earlier in a line's sentence
_SOMEONE_ELSE = re.compile(
    r"(?<![a-z])(?:he|she|they|hes|shes|shell|theyre|theyve|him|her|them|his|someone|somebody|"
    r"a man|a woman|a lady|a guy|an adult|a person|an account|this account|a stranger|sir|miss|"
    r"mr|mrs|ms|an older|older|a teacher|people|kids|a girl|a boy|some girls|some boys)(?![a-z])"
)
_WRITER_LED = re.compile(rf"(?:{_WRITER_OR_READER}|ill|well|were|ima|imma|gonna)(?![a-z])")
SENTENCE_REACH = 100  # characters before a line looked at for someone else in its sentence
_SENTENCE_END = re.compile(r"[.!?\n]")


def _about_someone_else(hit: Hit, text: str) -> bool:
    """Whether a line that neither speaks to the reader nor starts with the writer follows
    someone else named in its sentence: the pupil tells what they did or asked ("sir told me
    im his favourite and to delete our messages", "an adult offered to help with my maths if i
    video call him in private"). "she annoys me so im going to stab her" stays the writer's."""
    if _TO_THE_READER.search(hit.entry) or _WRITER_LED.match(hit.entry):
        return False
    before = text[max(0, hit.start - SENTENCE_REACH) : hit.start].lower()
    return bool(_SOMEONE_ELSE.search(_SENTENCE_END.split(before)[-1]))


def _said_by_another(before: str) -> bool:
    """Whether the text just before a line ends in a verb reporting it as said, whose subject
    is not the writer or the reader ("he says", "my coach said", not "like i said")."""
    said = _REPORTED_AS_SAID.search(before)
    return bool(said) and not _SAID_BY_THE_WRITER_OR_READER.search(before, 0, said.start())


def _told_line(hit: Hit, text: str) -> bool:
    """Whether a line found in a telling is told rather than said to the reader: it does not
    speak to the reader, or it is reported as someone else's words (``_reported_by_another``);
    "my dad hits me, ill stab you" keeps its threat."""
    # the line's entry is the phrase text it matched
    return not _TO_THE_READER.search(hit.entry) or _reported_by_another(hit, text)


def unsure(logits: Mapping[str, float], n_words: int) -> bool:
    """Whether the fast path is unsure, so that the transformer is asked: a model head is in
    the unsure band, or a comment of a few words (``n_words`` read by the linear model) has
    any self-harm reading above the band's low line. The linear self-harm head learnt from long
    posts and is not to be trusted on a few words: "help me" and "i am" (what it reads of "i am
    gay", without the identity word) scored over 0.85."""
    lo, hi = logit(UNSURE_LOW), logit(UNSURE_HIGH)
    if too_few_words(n_words) and logits.get("self_harm", -99) >= lo:
        return True
    return any(lo <= logits.get(h, -99) <= hi for h in linear_model.BLENDED_HEADS)


def transformer_text(text: str, an: Analysis, allowed: bool = True) -> str:
    """The comment as the transformer reads it. Like the linear model, the transformer does not
    see what an allowed phrase explains (with ``allowed=False``, only what the setting allowed),
    nor identity words, nor the inside of a known innocent word that contains a rude one
    ("Scunthorpe"): each is replaced by a neutral word."""
    spans = [(a, b) for a, b, _ in an.allowed] if allowed else list(an.setting_allowed)
    identity = linear_model.identity_words()
    words = map(an.phrase_text.__getitem__, map(slice, an.token_starts, an.token_ends))
    for i, w in enumerate(words):
        if w in identity or w.isalpha() and linear_model.is_known(w):
            spans.append(an.token_span(i))
    if not spans:
        return text
    pieces, pos = [], 0
    for a, b in sorted(spans):
        if a >= pos:
            pieces.append(text[pos:a] + "something")
            pos = b
    return "".join(pieces) + text[pos:]


def transformer_probs(tm: transformer_model.TransformerModel, text: str, an: Analysis) -> dict[str, float]:
    """The transformer's probabilities for the comment. As with the linear model, an allowed
    phrase can only lower them: the comment is read with and without its allowed phrases
    replaced, and the lower probability of each head counts (replaced, "i hate olives they
    taste rank" would read "i hate something"). Where the two read the same tokens (an allowed
    phrase beyond the first ones, in a long post), the model runs once."""
    read = tm.token_ids(transformer_text(text, an))
    probs = tm.predict_ids(read)
    if len(an.allowed) > len(an.setting_allowed):
        read_as_written = tm.token_ids(transformer_text(text, an, allowed=False))
        if read_as_written != read:
            as_written = tm.predict_ids(read_as_written)
            probs = {h: min(p, as_written[h]) for h, p in probs.items()}
    return probs


def second_stage(text: str, fr: FastResult) -> dict[str, float] | None:
    """Blend the transformer into the model logits, or None when it is not available.

    The transformer's offensive and bullying heads (each with its tuned shift) give one abuse
    logit, its hate head a hate logit; each is mixed with the linear logit by a tuned weight
    (self-harm has its own: long posts are where the two models differ most)."""
    tm = transformer_model.load()
    lin = linear_model.load()
    if tm is None or lin is None:
        return None
    cfg = lin.meta.get("transformer")
    if not cfg:
        return None
    probs = transformer_probs(tm, text, fr.analysis)
    shift = cfg.get("shift", {})
    zt = {
        "abuse": max(
            logit(probs.get("offensive", 0.0)) - float(shift.get("offensive", 0.0)),
            logit(probs.get("bullying", 0.0)) - float(shift.get("bullying", 0.0)),
        ),
        "hate": logit(probs.get("hate", 0.0)) - float(shift.get("hate", 0.0)),
    }
    if "self_harm" in probs:
        zt["self_harm"] = logit(probs["self_harm"]) - float(shift.get("self_harm", 0.0))
    out = dict(fr.logits)
    weights = blend_weights(cfg)
    for head, z in zt.items():
        if head in out:
            out[head] = weights[head] * z + (1 - weights[head]) * out[head]
    return out


def blend_weights(cfg: Mapping) -> dict[str, float]:
    """The transformer's share of each head's logit: ``weights`` per head, else one ``weight``."""
    default = float(cfg.get("weight", 0.7))
    per_head = cfg.get("weights", {})
    return {h: float(per_head.get(h, default)) for h in linear_model.BLENDED_HEADS}


def screen(text, *, context=None, fast: bool = False) -> Verdict:
    """Screen one comment. ``fast=True`` runs the fast path alone (no transformer)."""
    ctx = _as_context(context)
    text = _coerce_text(text)
    policy = ctx.policy
    allowed = tuple(policy.allowed) + tuple(ctx.allowed)
    fr = fast_parts(text, allowed)
    logits = fr.logits
    stage = "fast"
    if not fast and logits and unsure(logits, len(fr.model_words)):
        # the heavier model wherever the fast path is unsure, even if a word already blocks
        # the comment: it can still find that the writer is at risk, and the DSL must know
        blended = second_stage(text, fr)
        if blended is not None:
            logits = blended
            stage = "full"
    veto = self_harm_veto_line(linear_model.load())

    addressed = names_someone(fr.analysis, ctx.names)
    n_words = len(fr.model_words)
    few, vetoable = too_few_words(n_words), can_veto(n_words)
    told_plainly = told_without_alert(fr, policy.alert_categories)
    long_unsure = models_alone_unsure(fr.logits, n_words)

    def found_in(hits: list[Hit], logits: Mapping[str, float]) -> dict[str, float]:
        scores = combine(
            hits,
            logits,
            veto,
            fast_logits=fr.logits,
            names_someone=addressed,
            few_words=few,
            vetoable=vetoable,
            told=told_plainly,
            long_unsure=long_unsure,
        )
        return {c: s for c, s in scores.items() if s >= min(FOUND_LINE, policy.rule(c).hold)}

    def overruled_here(hit: Hit) -> bool:
        return overruled(hit, fr.logits, veto, vetoable)

    found = found_in(_without_kind_holds(fr.hits, policy.alert_categories, overruled_here), logits)
    action = policy.action(found)
    # a pupil telling of harm done to them is held for an adult to read, never just blocked,
    # unless the words of the rest of the comment would be blocked on their own ("... you
    # smelly loser"); the models read the whole comment, the unkind words a pupil reports too
    told = told_spans(fr, text, found, policy.alert_categories)
    discloses = bool(told) and policy.action(found_in(outside(fr.hits, told), {})) != BLOCK
    if discloses:
        action = HOLD
    categories = {
        c: CategoryResult(round(found[c], 4), _spans_for(c, fr, text)) for c in CATEGORIES if c in found
    }
    return Verdict(
        action=action,
        alert=policy.alert(found),
        categories=categories,
        severity=_severity(found),
        reason=REASON_SUPPORT if discloses else _reason(action, found, policy),
        allowed=tuple(fr.analysis.allowed),
        stage=stage,
        told_by_model=any(is_told_by_model(h) and h.category in found for h in fr.hits),
    )


def load_models(*, fast: bool = False) -> dict[str, bool]:
    """Load the lexicons and models now rather than on the first comment (start-up)."""
    from .lexicon import default_lexicon

    default_lexicon()
    loaded = {"linear": linear_model.load() is not None}
    if not fast:
        loaded["transformer"] = transformer_model.load() is not None
    screen("ready", fast=fast)
    return loaded


def screen_fast(text, *, context=None) -> Verdict:
    return screen(text, context=context, fast=True)
