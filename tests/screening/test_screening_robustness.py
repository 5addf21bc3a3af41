"""Obfuscation does not hide a flagged phrase; innocent words and phrases stay allowed."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screening import Allowed, Context, Policy, screen
from screening.lexicon import SYNONYMS, analyse, misspellings

FLAGGED = [
    ("shit", "profanity"),
    ("fucking", "profanity"),
    ("wanker", "profanity"),
    ("bitch", "profanity"),
    ("nobody likes you", "insult"),
    ("kill yourself", "insult"),
    ("kill myself", "self_harm"),
    ("dont tell your mum", "grooming"),
]

LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7"}
HOMOGLYPH = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
             "i": "\u0456", "y": "\u0443", "x": "\u0445"}  # fmt: skip
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def fullwidth(ch: str) -> str:
    return chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch


@st.composite
def obfuscated(draw):
    phrase, category = draw(st.sampled_from(FLAGGED))
    words = phrase.split()
    split_word = draw(st.integers(-1, len(words) - 1))
    out_words = []
    for wi, word in enumerate(words):
        if wi == split_word:
            sep = draw(st.sampled_from([" ", ".", "-", "_", " . "]))
            chars = list(word)
            chars = [draw(st.sampled_from([c, c.upper()])) for c in chars]
            out_words.append(sep.join(chars))
            continue
        chars = []
        for c in word:
            kind = draw(st.sampled_from(["keep", "upper", "leet", "homoglyph", "full", "zw", "repeat"]))
            if kind == "upper":
                chars.append(c.upper())
            elif kind == "leet" and c in LEET:
                chars.append(draw(st.sampled_from(list(LEET[c]))))
            elif kind == "homoglyph" and c in HOMOGLYPH:
                chars.append(HOMOGLYPH[c])
            elif kind == "full":
                chars.append(fullwidth(c))
            elif kind == "zw":
                chars.append(c + draw(st.sampled_from(INVISIBLE)))
            elif kind == "repeat" and c.isalpha():
                chars.append(c * draw(st.integers(3, 5)))
            else:
                chars.append(c)
        out_words.append("".join(chars))
    return " ".join(out_words), phrase, category


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(obfuscated())
def test_obfuscated_phrases_stay_flagged(case):
    text, phrase, category = case
    v = screen(text, fast=True)
    assert v.action != "allow", (text, phrase)
    assert category in v.categories, (text, phrase, v.to_dict())


@pytest.mark.parametrize(
    "text",
    [
        "f.u.c.k",
        "s h i t",
        "f-u-c-k off",
        "sh1t",
        "$h!t",
        "a$$hole",
        "stuuuupid idiot",
        "ｓｈｉｔ",
        "sh\u200bit",
        "fu\u0441k",
        "sh*t",
        "f**k you",
    ],
)
def test_known_obfuscations(text):
    assert screen(text).action != "allow", text


# letters from other Unicode blocks that read as Latin: small capitals, letters in negative
# circles and squares, regional indicators (alone, or in a run that is not a row of flags)
LOOK_ALIKE_SWEARING = [
    "\ua730\u1d1c\u1d04\u1d0b",  # small capitals
    "\ua731\u029c\u026a\u1d1b game",
    "\U0001f175\U0001f184\U0001f172\U0001f17a this",  # negative squared
    "\U0001f15f\U0001f158\U0001f162\U0001f162 off",  # negative circled
    "\U0001f1e7\U0001f1ee\U0001f1f9\U0001f1e8\U0001f1ed please",  # regional indicators
    "\U0001f1eb \U0001f1fa \U0001f1e8 \U0001f1f0 off",
]
LOOK_ALIKE_INNOCENT = [
    # "thank you so much"
    "\u1d1b\u029c\u1d00\u0274\u1d0b \u028f\u1d0f\u1d1c \ua731\u1d0f \u1d0d\u1d1c\u1d04\u029c",
    "\U0001f177\U0001f174\U0001f17b\U0001f17b\U0001f17e everyone",  # hello
    "I love \U0001f1ec\U0001f1e7 and \U0001f1eb\U0001f1f7",  # flags stay flags
    "our flags: \U0001f1ee\U0001f1f9\U0001f1ea\U0001f1f8\U0001f1f5\U0001f1f1",
]


@pytest.mark.parametrize("text", LOOK_ALIKE_SWEARING)
def test_look_alike_letters_are_read_as_latin(text):
    v = screen(text)
    assert v.action != "allow", text
    assert "profanity" in v.categories, v.to_dict()


@pytest.mark.parametrize("text", LOOK_ALIKE_INNOCENT)
def test_look_alike_letters_in_innocent_text_stay_allowed(text):
    v = screen(text)
    assert v.action == "allow", (text, v.to_dict())


# masked letters and sound-alike spellings, read as the word they hide
MASKED = [
    ("c*nt", "profanity"),
    ("f*cking hell", "profanity"),
    ("b*tches", "profanity"),
    ("ph0ck off", "profanity"),
    ("phuq you", "profanity"),
    ("thinking about s*icide", "self_harm"),
    ("i want to k*ll myself", "self_harm"),
]


# text-speak for something flagged, with its letters split; and emoji that stand for a word
SHORTHAND_AND_EMOJI = [
    ("k y s", "threat"),
    ("k.y.s loser", "threat"),
    ("k-m-s", "self_harm"),
    ("s t f u", "insult"),
    ("\U0001f595", "profanity"),  # the rude gesture
    ("\U0001f595\U0001f3fd you", "profanity"),  # with a skin tone
    ("ill \U0001f52a u after school", "threat"),
    ("ill \U0001f52b you after school", "threat"),
    ("gonna take all my \U0001f48a tonight", "self_harm"),
    ("i want to \U0001f52a myself", "self_harm"),  # the knife as the verb, of the writer
    ("\U0001f346\U0001f4a6", "sexual"),  # emoji side by side that stand for sex
    ("\U0001f351 \U0001f346 tonight?", "sexual"),
    ("s/h again last night", "self_harm"),  # self-harm shortened, with a slash
    ("i wanna yeet myself off the roof", "self_harm"),
    ("i h8 myself so much", "self_harm"),  # a digit in a word of text-speak, read as written
    ("send me seggs pics", "sexual"),  # a spelling that gets past word filters
    # a whole sentence spelt out letter by letter is read as the words it spells
    ("i w a n t t o d i e", "self_harm"),
    ("k i l l m y s e l f", "self_harm"),
    ("u r a l o s e r", "insult"),
    ("\u0192\u03c5\u00a2\u043a \u0443\u03c3\u03c5", "profanity"),  # symbols, Greek and Cyrillic for letters
    ("(k)(i)(l)(l) myself", "self_harm"),  # letters in brackets
    ("ki11 myself", "self_harm"),  # 1 read as l, not i
]


@pytest.mark.parametrize(("text", "category"), MASKED + SHORTHAND_AND_EMOJI)
def test_hidden_words_are_found(text, category):
    v = screen(text)
    assert category in v.categories, (text, v.to_dict())
    assert v.action != "allow"


def test_split_letters_that_spell_harmless_shorthand_stay_apart():
    assert analyse("i d k").phrase_text == "i d k"  # not joined: "idk" flags nothing
    assert screen("bring a \U0001f52a and fork for the picnic").action == "allow"
    assert screen("i got a \U0001f52b water pistol for my birthday").action == "allow"
    assert screen("my nan takes her \U0001f48a every morning").action == "allow"
    assert screen("my nan grows \U0001f346 and \U0001f351 in her garden").action == "allow"
    assert screen("yum \U0001f445 this pizza").action == "allow"


def test_letters_spelt_out_are_read_as_several_words_only_when_that_is_flagged():
    assert analyse("i w a n t t o d i e").phrase_text == "i want to die"
    assert "bored" not in analyse("i m s o b o r e d").phrase_text.split()  # flags nothing
    for innocent in ("t h e r a p i s t", "s c u n t h o r p e", "we watched the b b c news"):
        assert screen(innocent).action == "allow", innocent
    long_run = " ".join("iwanttodie" * 20)  # longer than a sentence: left as letters
    assert "self_harm" not in screen(long_run, fast=True).categories


def test_a_phrase_written_without_spaces_is_read_as_its_words_only_when_it_matches():
    assert analyse("iwanttodie").phrase_text == "i want to die"
    assert "self_harm" in screen("imgoingtokillmyself").categories
    assert "self_harm" in screen("i hate everything #endmylife").categories
    # a listed word inside a long word is no phrase: left as the word it is
    for innocent in ("cocktailparty", "shuttlecocks", "penistone", "grapefruits"):
        assert analyse(innocent).phrase_text == innocent, innocent
        assert screen(innocent).action == "allow", innocent


def test_text_speak_with_a_digit_is_read_as_written_not_as_leet():
    assert analyse("my m8 h8s me").phrase_text == "my mate hates me"
    assert analyse("a hb pencil").phrase_text == "a hb pencil"


def test_a_mostly_masked_word_is_not_guessed_as_a_slur():
    # "f*****ck" shows too little of any word that starts with "f" to be read as one
    v = screen("the f*****ck bird sang")
    assert "hate" not in v.categories, v.to_dict()
    assert "profanity" not in v.categories, v.to_dict()


# Innocent place names and words that contain a rude word inside them
SCUNTHORPE = [
    "Scunthorpe", "Penistone", "Sussex", "Essex", "Middlesex", "Cockermouth", "Shitterton",
    "Clitheroe", "Lightwater", "Twatt", "Hancock", "Dickens", "Babcock", "assess",
    "assessment", "classic", "class", "bass", "passage", "grape", "drape", "therapist",
    "analysis", "cocktail", "peacock", "shuttlecock", "cockpit", "Matsushita", "hello",
    "shell", "hellish", "skill", "skills", "killer whale", "document", "cumulative",
    "cucumber", "circumstance", "title", "competition", "constitution", "pennant", "Pakistan",
    "Niger", "Nigeria", "spice", "raccoon", "cocoon", "tycoon", "snigger", "Scrabble",
    "button", "butter", "Buttershaw", "Arsenal", "Cockfosters", "Wankie", "Swallow",
    "mass", "grass", "pass", "embarrass", "harass", "bassoon", "sextet", "sexton",
    "Wiltshire", "Matlock", "hoedown", "shoes", "shiitake", "pianist", "Scunthorpe United",
]  # fmt: skip


@pytest.mark.parametrize("word", SCUNTHORPE)
def test_innocent_words_stay_allowed(word):
    v = screen(f"We read about {word} in class today.")
    assert v.action == "allow", (word, v.to_dict())


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(SCUNTHORPE), min_size=1, max_size=6))
def test_innocent_word_lists_stay_allowed(words):
    v = screen(" ".join(words))
    assert v.action == "allow", (words, v.to_dict())


INNOCENT_PHRASES = [
    "holy cow, that was a close match",
    "you lucky cow, you got the window seat",
    "i beat my grandad at draughts again",
    "I want to cut my hair",
    "sh again the baby is asleep",
    "answer (a) (b) and (c) for homework",
    "the sweets cost 50\u00a2 in america",
    "i will throw myself on the sofa after school",
    "I got a bath bomb for my birthday",
    "this game is killing me",
    "I'm dying to see it",
    "my legs are killing me after PE",
    "we killed it in the concert",
    "I could kill for a pizza right now",
    "I beat you at chess again",
    "let's hang out at break",
    "the pen is dead",
    "I'm dying of laughter",
    "we shot some hoops at lunch",
    "Remember to bring a knife and fork tomorrow",
    "can you find you a seat near the front",
    "has anyone got any pictures from sports day",
    "I can pick you up a drink from the shop",
    # slang, idioms, history and biology that a model reads as abuse
    "i nearly died of embarrassment in assembly",
    "he's always the butt of the joke",
    "my sister looked drop dead gorgeous at prom",
    "can you die my hair blue",
    "maths is murder today",
    "that bleep test nearly killed me",
    "that trick was so sick",
    "our teacher said the film was sick",
    "this song slaps",
    "you're an absolute legend",
    "in history we learned Guy Fawkes wanted to blow up parliament",
    "sex cells have half the chromosomes",
    "the penis and testes are male reproductive organs",
    "the dinosaurs died out millions of years ago",
    "that was dead good",
    "we have to bomb the ball up the pitch",
    "i was so stupid i left my bag on the bus",
    "the cat killed a bird",
    "what else can you make out of paper",
    "i couldnt make out what he said",
    "can you hook up the projector for our film",
    "you are a star",
    "you should jump off the diving board its fun",
    "ur a star",
    "u r the goat",
    "im going to kill you at fortnite later",
    "you are dead meat in dodgeball",
    "ill shoot you a message later",
    "you're killing it",
    "she is absolutely killing it on the violin",
    "my mum will kill me if I'm late",
    "my dad is going to kill me when he sees my muddy shoes",
    "I fell over and cut my knee",
    "i fell out with my best friend today and i feel sad",
    "the big bad wolf wanted to eat the three little pigs",
    "i disappeared behind the curtain in hide and seek",
    "my dog is a good boy",
    "mary rode on an ass to bethlehem",
    "i used a hoe in the garden",
    "the door knob is broken",
    "you're so funny",
    "youre so kind",
    "kill me now this lesson is so long lol",
    "i could die of happiness",
    "i burned my hand on the oven",
    "my dog humped the sofa",
    "show me your drawing",
    # an eraser, a food moan, a game, a laugh: each an allowed phrase, which only lowers what
    # the models read ("i hate olives they taste rank" is not read as "i hate something")
    "can i borrow your rubber",
    "my rubber smells like strawberries",
    "mushrooms are so gross",
    "i hate olives they taste rank",
    "i dont like sprouts they are disgusting",
    "i died on the first level",
    "i keep dying on the boss",
    "you crack me up every time",
    "leave me alone i am busy",
    "leave me alone i am trying to read",
    "stop talking i am trying to read",
    "i am dying to know the ending",
    "leave me alone",
    "go away i am busy",
    "i want to go home i feel poorly",
    "im tired of living in this town",
    "i havent eaten since breakfast",
    "i got stabbed in among us",
    "can i have your crisps",
    # figures of speech about trouble, laughter and winning; a player who is good
    "my sister is going to kill me for using her makeup",
    "my mum will murder me if i get mud on my coat",
    "kill me now",
    "i am literally dead",
    "i will crush you at chess",
    "he is sick at football",
    # a surprise kept from a parent; facts from science and health lessons
    "dont tell mum about the surprise party",
    "volcanoes can kill people",
    "smoking can kill you",
    # feedback on a classmate's work
    "you forgot your full stops",
    "you forgot to put your name on it",
    "your story needs an ending",
    "you made a silly mistake on question 2",
    "you should make the giant more evil",
    "the giant should be more evil in your story",
    "your bridge is too weak it will fall down",
    "she said my hair looks nice",
    "a penis and a vagina are the correct names",
    "the correct name for a girls private parts is a vulva",
    # meeting at a club, a rematch, a race up a hill, doing a project together
    "see you after school at football",
    "see you after school",
    "see you at lunch",
    "ill wait for you at the gates",
    "we will get you back next time in the rematch",
    "we beat them up the hill in the race",
    "ill get you after school for the project",
    # accidents, goodbyes and exclamations that use words of self-harm
    "i cut myself shaving my legs for the first time",
    "i hurt myself falling off my bike",
    "goodbye everyone see you in september",
    "i could just die this is so cringe",
    "i want to visit paris before i die",
    "i need to try sushi before i die",
    "i wouldnt want to die any other way",
    "the pills didnt work my headache is still bad",
    # games and play that hit, kick or push, and a few words that are ordinary in class
    "he kicked me the ball and i scored",
    "she hit me with the ball in dodgeball",
    "my brother hit me with a pillow lol",
    "she pushed me on the swing",
    "they pushed me to do my best",
    "goodbye",
    "yay we beat them",
    "we beat them lol",
    "the knob on the door fell off",
    "the hoe is in the shed",
    "the bitch had six puppies at the farm",
    "my number is 7 in the football team",
    # rules at home or in class, and year groups and ordinals written with digits
    "they wont let me join in until i finish my work",
    "the year 6s are doing their sats on the 12th",
    "we learnt about the 1960s in history",
    # words of a report of names and teasing, about something else
    "he called me a legend at lunch",
    "everyone laughed at me because i told a funny joke",
    "miss said i need to go back to my own seat",
    "we should go back to where we came from on the map",
    "my dad says we will go back to our home country for the holidays",
    "we wrote the n word in our notes about words we should never use",
    # advice and facts from an e-safety or PSHE lesson
    "if someone says keep it a secret tell a trusted adult",
    "if someone tells you to kill yourself report them",
    "sexting is sending rude pictures and it is illegal for children",
    "if someone threatens to share your pictures tell the police",
    "if you feel like hurting yourself talk to someone",
    "knife crime can ruin your life",
    # good news kept quiet, a volcano in science, tired
    "dont tell anyone but i got a puppy for christmas",
    "the teacher said the volcano will blow up",
    "my friend is so tired she is dead on her feet",
    "mum makes me take the bins out at night",
    "no one has been in the library since monday because of the leak",
    "if anyone sends you something rude online block them and tell a trusted adult",
    "we should report people who are being mean online",
    "if a stranger asks for a selfie say no and tell your parents",
    # trash talk in a game, figures of speech about boredom or a ride, a day away, an injury
    "ur so dead at fifa tonight",
    "im gonna end you in the rematch",
    "grandad beat dad at chess",
    "so hot i could actually die",
    "one more spelling test and i will literally die",
    "fractions make me want to die",
    "laughed so hard i thought i was going to die",
    "going to sleep forever at the weekend",
    "made myself sick on the rollercoaster",
    "im gonna unalive my laptop",
    "wont be in school on monday, orthodontist",
    "last day at the club today, bye everyone",
    "nan broke her wrist at bingo",
    "my brother hit me with the football at training by accident",
    "i watched a video on how to stop eating so much sugar",
    "my uncle sprained his ankle skiing",
    "dad burnt his hand on the barbecue",
    "we did a lesson about suicide prevention in pshe",
    "there was an assembly on self harm awareness",
    "i hate my life when we have double maths",
    "shh dont tell grandma about her christmas present",
    "i fainted in assembly and cant remember anything",
    "i was sugar drunk at the party and dont remember the end",
    "my mates made me hold their bags while they got ice cream",
    "the doctor examined my privates because of my rash",
    "mum keeps my passport in the drawer",
    "my sister looked at my private messages",
    "my sister is chatting to a boy from her class",
    "we stayed at my 18 year old cousins house",
    "im addicted to minecraft",
    "dad took my passport to the post office to get it renewed",
    "mum got me the belt i wanted for my birthday",
    "my nan asked me to come round when mum was at work",
    "my friends dared me to eat a whole lemon",
]


@pytest.mark.parametrize("text", INNOCENT_PHRASES)
def test_innocent_phrases_that_monitoring_tools_flag_stay_allowed(text):
    v = screen(text)
    assert v.action == "allow", (text, v.to_dict())
    assert v.alert is False


@pytest.mark.parametrize(
    "text",
    [
        "my dad will kill me if i tell anyone",
        "my dad said he will kill me if i tell anyone",
        "kill me now i want to die",
        "if someone tells you to kill yourself just do it",
        "if you feel like hurting yourself talk to someone i want to hurt myself",
        "knife crime can ruin your life so i carry a knife to protect myself",
        "dont tell anyone but i got a new phone from a man online",
        "dont tell anyone but i got a puppy and a man online sent me money",
        "my mum makes me take the bins out and then she hits me",
        "nobody has been in the house since friday",
        "you should tell someone because my dad hits me",
        "block them and tell a teacher he said he will kill me",
        "dad hurt her arm when he pushed her",
        "dad hurt her arm at the party",
        "i was so scared i thought i was going to die",
        "school makes me want to die",
        "goodbye everyone ill miss you all",
        "my uncle broke his leg skiing and dad broke my sisters arm",
        "i hate my life when i have to go home",
    ],
)
def test_the_same_words_still_alert_when_they_are_no_figure_of_speech(text):
    assert screen(text).alert, text


# a story read in class, told by its title or its characters, is a lesson, not a threat or a
# disclosure; the writer's own harm beside it, a pupil's own story and a character's harm to
# themselves are still read
STORIES_READ_IN_CLASS = [
    "in macbeth he murders the king while he sleeps",
    "banquo gets killed by the murderers macbeth sent",
    "in the hunger games the tributes have to kill each other",
    "voldemort killed the potters but not their baby",
    "in goodnight mister tom willies mum beats him",
    "in matilda the trunchbull throws a girl by her pigtails",
    "the big bad wolf ate grandma and then put on her nightie",
    "in war horse so many horses died in the mud",
    "our class reader is about a girl whose stepdad beats her so she runs away",
]
HARM_BESIDE_A_STORY = [
    ("in macbeth my stepdad hits me with a belt", "threat"),
    ("we read macbeth and my mum locks me in my room at night", "threat"),
    ("in romeo and juliet they both kill themselves and i want to do the same", "self_harm"),
    ("the gruffalo eats the mouse and i will stab you after school", "threat"),
    ("the book is about a boy whose dad hits him and my dad hits me as well", "threat"),
]


@pytest.mark.parametrize("text", STORIES_READ_IN_CLASS)
def test_a_story_read_in_class_is_posted(text):
    verdict = screen(text)
    assert verdict.action == "allow", (text, verdict.to_dict())


@pytest.mark.parametrize(("text", "category"), HARM_BESIDE_A_STORY)
def test_harm_told_beside_a_story_still_alerts(text, category):
    verdict = screen(text)
    assert verdict.alert and category in verdict.categories, (text, verdict.to_dict())


def test_a_pupils_own_story_and_a_characters_harm_to_themselves_are_no_story_read_in_class():
    for text in ("in my story the dad hits the boy every night", "juliet stabs herself with the dagger"):
        assert analyse(text).allowed == [], text


def test_setting_can_allow_a_word_with_a_reason():
    text = "Dick is coming to our class"
    strict = Policy.primary().tightened(profanity=(0.4, 0.85))
    assert screen(text, context=strict).action != "allow"
    policy = strict.with_allowed([Allowed("Dick", "a pupil in class 4 is called Dick")])
    v = screen(text, context=policy)
    assert v.action == "allow"
    assert any("pupil" in reason for _, _, reason in v.allowed)


def test_setting_can_allow_a_topic_through_context():
    text = "the topic today is sex education and puberty"
    ctx = Context(allowed=(Allowed("sex education", "RSE lesson this term"),))
    assert screen(text, context=ctx).action == "allow"


def test_allowed_phrase_needs_a_reason():
    with pytest.raises(ValueError):
        Allowed("Jo", "")


def test_the_misspellings_table_holds_no_word_that_is_meant_elsewhere():
    table = misspellings()
    assert len(table) >= 100
    assert not set(table) & set(table.values())
    assert not set(table) & set(SYNONYMS)
    assert all(word.isalpha() and word.islower() for word in [*table, *table.values()])


@pytest.mark.parametrize(
    "text",
    ["i want to dye my hair pink", "my wobbly tooth is looser today", "i wont tell you the ending"],
)
def test_everyday_words_that_look_like_misspellings_are_left_alone(text):
    assert screen(text).action == "allow"
