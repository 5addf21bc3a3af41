"""A pupil telling of harm done to them is noticed: the DSL is alerted, the comment is held for
an adult to read (never just blocked), and the pupil is told that someone will help, not that a
rule was broken."""

import pytest

from screening import screen
from screening.engine import REASON_SUPPORT

DISCLOSURES = [
    ("my dad hits me when he is drunk", "threat"),
    ("my stepdad keeps hurting me", "threat"),
    ("im scared to go home", "threat"),
    ("there's no food at home and mum hasn't been back for days", "threat"),
    ("they said they'll beat me up after school", "threat"),
    ("he said he will hurt my family if i tell", "threat"),
    ("a girl in year 6 said she's going to stab me", "threat"),
    ("my step dad locks me in my room with no food", "threat"),
    ("i'm scared of my dad when he's drunk", "threat"),
    ("my mum doesnt feed me", "threat"),
    ("we never have food in the house and i'm always hungry", "threat"),
    ("my dad gets drunk and shouts and throws things", "threat"),
    ("i dont feel safe at home", "threat"),
    ("i have bruises from where my dad grabbed me", "threat"),
    ("my mum said she wishes i was never born", "threat"),
    ("my parents leave me on my own all weekend", "threat"),
    ("i'm going to run away from home tonight", "threat"),
    ("a man on roblox asked me to meet him and not tell anyone", "grooming"),
    ("my uncle made me do things i didnt want to do", "grooming"),
    ("my mum's boyfriend touches me and says its our secret", "grooming"),
    # beside the everyday wordings of the look-alikes below
    ("my mum says she hates me being alive", "threat"),
    ("i hate myself for being so ugly", "self_harm"),
    ("someone online asked me to send pictures without my clothes", "grooming"),
    ("someone i met on fortnite wants me to send him pictures", "grooming"),
    ("he said if i send him a photo he'll give me vbucks", "grooming"),
    ("an older boy said he'd give me money if i kept a secret", "grooming"),
    ("a man at the school gates asked me if i wanted sweets and to get in his car", "grooming"),
    ("my older cousin showed me a video of people doing sex stuff on his phone", "grooming"),
    ("my brother's friend touched my private parts", "grooming"),
    ("he made me touch his willy", "grooming"),
    ("an adult i play with online wants to meet me in real life", "grooming"),
    ("he says he loves me and he's 25", "grooming"),
    ("i've got a boyfriend he's 19", "grooming"),
    ("my dad has a gun and said he would use it on us", "threat"),
    ("mum's boyfriend slaps my mum", "threat"),
    ("there's shouting every night and i can't sleep", "threat"),
    ("i haven't had a bath in weeks because we don't have hot water", "threat"),
    ("i have to sleep on the floor because i dont have a bed", "threat"),
    ("my mum forgets to pick me up a lot", "threat"),
    ("nobody picks me up from school and i have to walk home on my own in the dark", "threat"),
    ("im hungry all the time and we never have dinner", "threat"),
    ("i have to wear the same clothes every day because mum doesnt wash them", "threat"),
    ("we have no heating and its really cold at home", "threat"),
    ("mum stays in bed all day and i have to get myself ready", "threat"),
    ("i have to look after my little brother all night because mum goes out", "threat"),
    ("i have to look after my mum because she is ill and i cant do my homework", "threat"),
    ("nobody at home talks to me or cares where i am", "threat"),
    ("i make myself sick after every meal", "self_harm"),
    ("i havent eaten in three days on purpose", "self_harm"),
    ("i hate my body and i want to stop eating", "self_harm"),
    ("i took a load of my mum's tablets", "self_harm"),
    ("i don't eat lunch so i can lose weight", "self_harm"),
    ("i haven't been eating much because i want to be skinny like the girls in my class", "self_harm"),
    # made to carry or sell for others, forced marriage, cutting, weapons, a parent's drinking
    ("the older lads gave me a phone and said i have to keep it on all night", "threat"),
    ("someone pays me to deliver packages to a flat in another town", "threat"),
    ("they made me hide weed in my bag", "threat"),
    ("they said they will hurt my little sister if i dont pay them back", "threat"),
    ("a guy at the shop offered me some drugs", "threat"),
    ("my dad says i have to marry my cousin when we go back home", "threat"),
    ("my parents are sending me to pakistan to get married", "threat"),
    ("my nan says they will cut me down there to make me clean", "threat"),
    ("my cousin keeps a knife in his coat", "threat"),
    ("my mum is drunk every day and doesnt get up", "threat"),
    # sexual images used to threaten the pupil
    ("a man online has my nudes and wants money", "grooming"),
    ("she threatened to post my pics on tiktok", "grooming"),
    ("he will leak the video of me unless i send more pics", "grooming"),
    ("a boy from another school has my noodz and says he will share them", "grooming"),
    # someone met online: gifts, age, where the pupil lives, camera, secrecy, a meeting
    ("a man sent me a friend request and he knows which school i go to", "grooming"),
    ("someone i met online sent me a present in the post", "grooming"),
    ("my online friend wants me to video call without my parents knowing", "grooming"),
    ("an adult on fortnite keeps asking what area i live in", "grooming"),
    ("a girl online said she is 13 but her voice sounds like a man", "grooming"),
    ("i met someone on roblox and we are going to meet at the park on saturday", "grooming"),
    ("he asked me to turn my camera on in my bedroom", "grooming"),
    ("my gaming friend gave me his number and told me to delete our chats", "grooming"),
    # sexual harassment by other pupils
    ("the boys keep trying to lift up our skirts", "grooming"),
    ("he pulled down my trousers in pe", "grooming"),
    ("someone in year 9 is upskirting girls on the stairs", "grooming"),
    # blackmail, being followed, fear of a parent, no home, violence seen, lifts alone
    ("a girl in year 10 makes me give her my dinner money", "threat"),
    ("someone on snapchat said he knows where i live", "threat"),
    ("an old man has been following me to school", "threat"),
    ("we are scared my stepdad will find us", "threat"),
    ("we had to run away from my dad because he hurt mum", "threat"),
    ("my parents fight all night and i cant sleep", "threat"),
    ("we got thrown out of our flat and have nowhere to live", "threat"),
    ("my friend sent me a video of a boy being stabbed", "threat"),
    ("my swimming coach offers me lifts home on my own", "grooming"),
    # taken by force, pressed into sexual things, kept until the pupil obeys, a parent's threat
    ("he pushed me to get in his car", "grooming"),
    ("a man tried to pull me into his van", "grooming"),
    ("someone grabbed me and tried to drag me into a car", "grooming"),
    ("my boyfriend pushed me to do stuff", "grooming"),
    ("he keeps pressuring me to send pics", "grooming"),
    ("my girlfriend pressured me into sending nudes", "grooming"),
    ("he pressures me to do sexual things", "grooming"),
    ("he wont let me go home until i kiss him", "grooming"),
    ("he wont let me leave until i do what he says", "threat"),
    ("my dad said he will batter me if i tell", "threat"),
    ("im so dead if i go home tonight my dad will hurt me", "threat"),
    ("im so dead when my dad sees this he will hit me", "threat"),
    ("my dad locked me out of the house all night", "threat"),
    ("my mum locks me out when she is drunk", "threat"),
    # harm at home told in everyday words
    ("i get smacked when im naughty", "threat"),
    ("my step mum calls me stupid every day", "threat"),
    ("my dad throws things when he is angry", "threat"),
    ("my mum says she hates me", "threat"),
    ("my dad says i am useless and stupid", "threat"),
    ("i got a bruise from my dad", "threat"),
    ("i dont want to go to my dads this weekend because he scares me", "threat"),
    ("i havent had any dinner for two days", "threat"),
    ("my uncle comes into my room at night", "grooming"),
    ("my ex is sharing my pictures", "grooming"),
    # sought out by a stranger or an adult
    ("someone i dont know keeps messaging me", "grooming"),
    ("a man keeps adding me on snapchat", "grooming"),
    ("an older boy asked for my number", "grooming"),
    ("someone sent me a friend request and said i was pretty", "grooming"),
    ("he bought me a new phone and said not to tell mum", "grooming"),
    ("a grown up online said he loves me", "grooming"),
    ("someone on roblox keeps asking for pictures of my feet", "grooming"),
    ("he told me to keep our chats secret", "grooming"),
    ("a stranger sent me money on roblox", "grooming"),
    ("my dad keeps coming into my room when im asleep", "grooming"),
    # drawn towards extremism
    ("a guy online says we need to fight the government and join his group", "grooming"),
    ("someone online keeps sending me videos about white power", "grooming"),
    ("a man on discord said i could be a soldier for the cause", "grooming"),
    ("he showed me a flag with a swastika and said its cool", "grooming"),
    ("my cousin wants to go and fight in syria", "threat"),
]


@pytest.mark.parametrize(("text", "category"), DISCLOSURES)
def test_a_disclosure_alerts_and_is_held_with_a_kind_word(text, category):
    verdict = screen(text)
    assert category in verdict.categories, (text, verdict.to_dict())
    assert verdict.alert
    assert verdict.action == "hold"
    assert verdict.reason == REASON_SUPPORT


@pytest.mark.parametrize(
    "text",
    [
        "my dad beat me at chess",
        "my mum pushed me on the swing",
        "best trip ever i dont want to go home",
        "grandma burned me a cd",
        "i was scared to go home in the dark on my own",
        "my dad locked the car",
        "my mum locked me out by accident so i waited at nans",
        "i was scared of my dad's scary mask on halloween",
        "my dad gets really loud when he watches football",
        "my parents left me at nans for the weekend it was fun",
        "i'm hungry can we have lunch now",
        "my dad grabbed me a drink from the shop",
        "i want to stop eating so many sweets",
        "my mum got me to keep the receipt",
        "i'm going to run to the shop",
        "the doctor touched my chest with the stethoscope",
        "my nan wants to see me after school",
        "my dad hit my brother's ball over the fence",
        "my mum pushed my sister on the swing",
        "my dad said he would kill me if i ate his crisps",
        "i played roblox with my cousin who is 19",
        "my uncle is 25 today",
        "i haven't had a shower since sunday",
        "there is shouting in the playground all the time",
        "my parents are arguing about what film to watch",
        "i don't eat meat because i'm vegetarian",
        "i slept on the floor at my sleepover it was so fun",
        "we had to sleep on the floor when we went camping",
        "i dont have a bedtime on fridays",
        "my mum forgot my pe kit today",
        "im so hungry i could eat a horse",
        "im hungry all the time because im growing",
        "we never have dinner before seven",
        "there was no electric in the whole street last night during the storm",
        "we have no heating in our classroom",
        "my mum stays in bed all day on sundays",
        "i had to look after my little brother for an hour while mum went to the shop",
        "i look after my nans cat because she is on holiday",
        "i look after my nan when she is at bingo",
        "nobody knows where i am going on holiday yet",
        "no one in my family has a cat",
        "my dad gave me his old phone and a new case",
        "my teacher made me carry the paint pots",
        "my auntie is getting married in india and we are all going",
        "i want to marry my best friend when we grow up",
        "i will get my hair cut on holiday",
        "my dad always has a glass of wine on friday",
        "can you send the pics of the trip to the class page",
        "my brother threatened to show mum my school report",
        "the man in the shop gave me some sweets for free",
        "my friend has a knife and fork set in her lunchbox",
        "my mum is always tired after work",
        "we made a group chat for the class trip",
        "my dog follows me everywhere",
        "a cat followed me home from school",
        "im scared my dad will find out i broke the vase",
        "we hid from dad at hide and seek",
        "my mum and dad shout at the telly every night when football is on",
        "we slept in the car on the way to cornwall",
        "we are sleeping in a tent at the campsite",
        "i saw a video of a cat getting stuck in a box",
        "my dad gives me a lift to football on saturdays",
        "my friend got kicked out of the game for cheating",
        "i pulled up my trousers after pe",
        "i lifted up my top to show the nurse my rash",
        "she lifted her skirt to show the mud on her knee",
        "i met my cousin at the park on saturday",
        "my friend sent me a birthday present in the post",
        "can we video call tonight to do the homework",
        "my mum asked me to delete the pictures from her phone to free up space",
        "my mum keeps calling me for tea",
        "my dog hid my shoes again lol",
        "mum wont let me play on the xbox until i finish my homework",
        "my friend said she will tell everyone my birthday is on saturday",
        "my cousin keeps poking me to wake me up",
        "i wont be around for my birthday because we are in spain",
        "i wont be here until next year",
        "i wont make it to football tonight",
        "my mum made me get in the car because we were late",
        "my mum pulled me into the car because a dog was barking",
        "we pushed the car into the garage",
        "my coach pushed me to try harder",
        "my teacher pressured me to do things for the show",
        "my friend pressured me into trying sushi and i liked it",
        "mum wont let me leave the table until i finish my dinner",
        "i am so dead lol",
        "im so dead if my mum finds out",
        "i locked myself out of my room",
        "my dad will kill me if he sees my report",
        "someone on roblox asked me to join their group and its really fun",
        "he sent me a video about hitler for our history homework",
        "i want to be a soldier in the war like my grandad",
        "my brother went to join the army",
        "my mum locked me out of my ipad",
        "my dad says he will kick me the ball",
        "my brother locked me out of the game",
        "my mum says she hates mushrooms",
        "my dad calls me his little monkey",
        "my dad says i am useless at football lol",
        "my dad calls me stupid when i beat him at chess lol",
        "my dad throws things for the dog",
        "i got a bruise from football",
        "i dont want to go to my dads this weekend because he has no wifi",
        "i got hit when i was playing dodgeball",
        "my brother comes into my room at night to borrow my charger",
        "my dad came into my room at night because i had a nightmare",
        "my mum shouts at me when i dont tidy my room",
        "im not allowed to eat sweets before dinner",
        "i have to stay in my room until i finish my homework",
        "my mum said she never wanted a dog",
        "my mum bought me a new phone and said not to tell my brother its a surprise",
        "a grown up gave me some presents at christmas",
        "my nan sent me money for my birthday",
        "miss told me to keep the surprise secret",
        # told off, not hated; trouble over a lost thing; regret over a game; embarrassment
        "my mum says she hates me being late",
        "my mum is going to kill me i lost my pe kit",
        "my teacher is going to kill me because i forgot my homework",
        "i hate myself for losing the match",
        "i literally want to die this is so embarrassing",
        # a pupil's own crush, and surprises for someone named
        "dont tell anyone but i like him",
        "dont tell anyone but i fancy someone in year 6",
        "dont tell anyone its a surprise party for miss",
        "keep it a secret we are making a card for mr jones",
        "dont tell your mum about the party its a surprise",
    ],
)
def test_look_alikes_of_a_disclosure_do_not_alert(text):
    verdict = screen(text)
    assert not verdict.alert, (text, verdict.to_dict())


@pytest.mark.parametrize(
    "text",
    [
        "i get bullied every day and no one helps",
        "nobody plays with me at break",
        "they always pick on me",
        "some girls set up a fake account pretending to be me",
        "everyone in my class is laughing at me",
        "people keep calling me fat",
        "they laugh at my clothes every day",
        "they took my bag and threw it in the bin",
        "the girls in my class wont let me play with them",
        "a boy keeps pushing me in the line",
        "someone wrote horrible things about me on the toilet wall",
        "they said they will tell everyone my secret",
        "im scared to come to school because of some boys in year 6",
        "they keep posting mean comments on my tiktok",
        "the year 6s wont let me join in with football",
        "they never let me join in at break",
        "nobody lets me play with them",
        "he hit me",
        "someone punched me at break",
        "a boy in my class hit me",
        "they pushed me in the mud",
        "he hit me in pe",
        "nobody likes me",
        "everyone in my class hates me",
        "nobody likes my picture",
        "nobody sat with me at lunch today",
        "no one wanted to sit next to me on the bus",
        "my mums boyfriend shouts at me all the time",
        "im not allowed to eat until my dad gets home",
        "i have to stay in my room all weekend and cant come out",
        "my brother hurts me when mum is at work",
        "someone made a tiktok about me",
        "they shared my photo without asking",
        "someone hacked my account and posted mean stuff",
        "a girl screenshotted my messages and sent them to everyone",
        "people are voting on who is the ugliest in our class",
        "they posted a video of me crying",
        "someone made a fake account of me",
        "they edited my picture to make me look fat",
        "someone keeps adding me to group chats to say horrible things",
        "a boy sent my picture to the whole year",
        "someone is pretending to be me online",
    ],
)
def test_being_bullied_is_held_for_a_teacher_with_a_kind_word_and_no_alert(text):
    verdict = screen(text)
    assert verdict.action == "hold", (text, verdict.to_dict())
    assert verdict.reason == REASON_SUPPORT
    assert not verdict.alert


def test_a_pupil_reporting_the_unkind_words_sent_to_them_is_held_with_a_kind_word():
    # the models read the reported words as abuse; only the pupil's own words could block it
    verdict = screen("someone keeps messaging me on roblox saying i'm fat and ugly and nobody likes me")
    assert verdict.action == "hold", verdict.to_dict()
    assert verdict.reason == REASON_SUPPORT
    assert "personal_info" not in verdict.categories


def test_a_disclosure_beside_abuse_of_someone_else_is_blocked_for_the_abuse():
    verdict = screen("nobody plays with me, you smelly loser")
    assert verdict.action == "block"
    assert verdict.reason != REASON_SUPPORT
    verdict = screen("my dad hits me, ill stab you")
    assert verdict.action == "block"
    assert verdict.alert


def test_a_threat_to_someone_else_keeps_its_own_reason_and_is_blocked():
    verdict = screen("ill batter you after school")
    assert verdict.action == "block"
    assert verdict.reason != REASON_SUPPORT
