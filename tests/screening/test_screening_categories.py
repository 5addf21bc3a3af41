"""Every category, with positive and negative examples written for this project."""

import pytest

from screening import Verdict, screen
from screening.policy import ALERT_CATEGORIES

POSITIVE = {
    "profanity": [
        "this is shit",
        "oh fuck off",
        "what a wanker",
        # spellings and masking that get round a word list
        "you absolute azzhole",
        "shut up you c*nt",
        "he is such a kunt",
        "what a dikhead",
        "ph0ck this lesson",
    ],
    "insult": [
        "we started a gc without her",
        "share the video of him crying",
        "everyone block him",
        "youll never get a girlfriend",
        "you plonker",
        "ur such a wasteman",
        "shut up you pillock",
        "you people are animals",
        "we made a group chat without you lol",
        "we all voted you out of the team",
        "dont bother coming to my party",
        "ew dont touch me youll give me germs",
        "your drawing is so bad my baby brother could do better",
        "your mum probably wishes you were never born",
        "you are such a try hard",
        "lol look at her teeth",
        "you should jump off a bridge",
        "nobody likes you, you fat loser",
        "you are such an idiot",
        "everyone hates you",
        "you smell, go away",
        # without a swear word: wishing someone gone, leaving them out
        "do the class a favour and leave",
        "the school would be better off without you",
        "no one would care if you vanished",
        "nobody invited you to the party",
        # cruelty about a pupil's family
        "you're adopted and your real parents didn't want you",
        "even your own mum doesn't love you",
        "you're the reason your parents split up",
        "no one will ever want to go out with you",
        "i'm going to tell everyone your secret",
        "we made a group chat without her because she's weird",
        "if you play with her we won't be your friend",
        "i'm going to post that video of you crying",
        # unkind words beside the words of feedback on work
        "you forgot to be nice you idiot",
        "your story needs an ending you loser",
        "you should make the giant more evil you loser",
        "your bridge is too weak you idiot",
        "you need more friends nobody likes you",
    ],
    "threat": [
        "were gonna jump you after school",
        "u better watch out after school",
        "ill wet you up",
        "ill bang you out",
        "hope your mum dies",
        "ill run you over",
        "i have ur nudes and ill post them unless u send more",
        "pay me 50 quid or i leak it",
        "im going to burn the school down lol",
        "we gonna catch you lacking at the park",
        "im bringing my brothers friends to sort you out",
        "i know where you live because i followed you home",
        "im bringing my dads knife to school tomorrow",
        "im going to poison her drink",
        "if you tell anyone i will hurt your little sister",
        "im going to make a bomb like the one on youtube",
        "you are dead meat after school",
        "we will get you back for what you said",
        "we beat them up after school",
        "we are gonna destroy you on saturday after school",
        "we are going to batter him on saturday",
        "ill get my brother on you",
        "you wont be laughing tomorrow",
        "keep talking and see what happens",
        "you better not show your face tomorrow",
        "im gonna be the next school shooter lol",
        "im gonna shank him at lunch",
        "ill get my cousins to jump you",
        "everyone bring a blade on friday",
        "we should bomb the mosque",
        "i'll leak your pics if you don't do what i say",
        "i hope you die",
        "i'm going to find out where you live",
        "i'll get my brother to beat you up",
        "im gonna batter him at break",
        "ive got a knife in my bag",
        "I am going to punch you after school",
        "I know where you live",
        "watch your back tomorrow",
        "you're dead at lunch",
        "I'm gonna find you after school",
        "im coming to get you after school",
        "wait till i see you after school",
        "ill beat you",
        "we beat them up",
        "were coming for you tonight",
        "ill bring a knife on monday",
        "I'm bringing a knife into school",
        # saying what will happen to someone, or who will do it
        "ur getting jumped after school",
        "watch what happens to you at home time",
        "my cousins will jump you",
        "say that again and youre finished",
        "ill make sure you never walk again",
        "snitches get stitches",
        # a weapon named, and drill slang for attacking a rival group
        "im going to get him with my brothers knife",
        "ill do you with my dads hammer",
        "we are gonna ride out on the opps tonight",
        "me and the mandem are gonna slide on them after school",
    ],
    "sexual": [
        "sexting is sending rude pictures so send me some",
        "he humped her in the playground",
        "s3nd n00dz",
        "send me nudes",
        "do you want to have sex",
        "look at this porn",
        "send a pic in your underwear",
        "show us your bum",
        "do you want to sleep with me",
        "shes so fit id smash",
        "shes only good for one thing",
        "the boys are rating girls out of 10 in the group chat",
    ],
    "hate": [
        "youre acting so autistic today",
        "r u special needs or something",
        "the jews are behind 9/11",
        "women should not have rights",
        "black people are monkeys",
        "jews are greedy",
        "gypsies are thieves",
        "disabled kids are weird",
        "immigrants are lazy",
        "some people say jews are greedy and they are right",
        "we should get rid of all the foreigners",
        "muslims are taking over our country",
        "ching chong",
        "your kind arent welcome here",
        "trans people aren't real",
        "being gay is a sin",
        "go back to your own country",
        "all immigrants are vermin",
        "why dont you go back to where you came from",
        "muslims should all die",
        "the jews run the media",
        "deaf people stink",
        "we dont want any polish kids on our table",
        "no one will play with you coz ur gay",
        "sikhs should not be allowed in the park",
        "we have to fight the muslims",
        "white people are better than everyone else",
        "dont be so gay",
        "you talk like a deaf person",
        "lol hes in the special class",
        # women and girls as lesser, owned, or to blame for harm done to them
        "girls belong in the kitchen not on the pitch",
        "women are just objects",
        "she deserves to get slapped for being mouthy",
        "women should obey their husbands",
        "a girl who dresses like that is asking for it",
        "you should hit your girlfriend if she answers back",
        "women should be beaten if they dont listen",
        "girls should be put in their place",
        "this game is so gay",
    ],
    "self_harm": [
        "ive been relapsing again",
        "theres razors in the bathroom and i cant stop thinking about them",
        "i keep thinking about the sleeping pills in the kitchen",
        "i want to ctb",
        "sometimes i just want to hold a gun to my head",
        "im gonna rope tonight",
        "neck myself",
        "rope szn",
        "i wanna do an hero",
        "back from my grippy sock vacation",
        "the tablets didnt work so next time ill hang",
        "i just want to be with my grandad in heaven now",
        "i wish i could go to heaven and see my mum",
        "i want to go to heaven now not when im old",
        "i am going to jump out of my window",
        "i keep thinking about ending it",
        "i thought about not waking up",
        "i feel sad and i want to die",
        "i just really wanna die",
        "all i want to do is die",
        "i want to curl up and die",
        "i've been scratching myself with a compass",
        "im gonna unalive myself",
        "i'm going to jump in front of a car",
        "how do you tie a noose",
        "i've been burning myself with a lighter",
        "i punch walls till my knuckles bleed",
        "i swallowed a whole packet of paracetamol",
        "i just want to fall asleep and never wake up",
        "I want to kill myself",
        "I have been cutting myself again",
        "i cut my thigh last night",
        "i wish i was never born",
        "gonna take every pill in the cupboard tonight",
        "how many paracetamol would it take",
        "i don t want to live anymore",
        "i cut my arm again",
        "everyone would be better off without me",
        "I don't want to be alive anymore",
        "nobody would even miss me",
        "no one will notice if I'm gone",
        "been thinking about sewerslide a lot",
        "i want to commit toaster bath",
        "i looked up how many pills it takes",
        "i dont want to eat anymore because i feel fat",
        "i cant stop thinking about s*icide",
        "self harm is the only thing that helps me",
        "suicide is the only way out",
        "suicide is when i will finally be free",
        "i bang my head on the wall when im upset",
        "i pull my hair out when im stressed",
        "i scratch my arms until they bleed when im sad",
        "i pick my skin until it bleeds when im stressed",
        "i bite myself when i get angry",
        "i hit myself when i get things wrong",
        "whats the point of anything",
        "i dont deserve to be alive",
        "self harm means nothing to me anymore i do it every day",
        "if you are reading this i am already gone",
        "if youre reading this ive killed myself",
        "i might end it this weekend",
        "I'll be ending it soon",
        "I burn my skin until it bleeds",
        "i kept scratching my wrists till they bled",
        # "unalive", plans, and saying goodbye without the usual words
        "i keep thinking of unaliving",
        "i've been saving up paracetamol",
        "im gonna swallow a whole packet of tablets tonight",
        "i probably wont be here by the weekend",
        "no one would even notice if i went missing",
        "i left a letter in my drawer for when im gone",
        "i wish i could go to sleep and never wake up",
        # not expecting to live to an age, an overdose told in few words, asking what would kill
        "i dont plan on turning 18",
        "honestly i dont plan on reaching 16",
        "i dont think i will live to see christmas",
        "i wont be around for my next birthday",
        "i dont think ill see another birthday",
        "i wont be around to see next year",
        "the overdose didnt work",
        "the pills didnt kill me",
        "tonight i end it",
        # a wish said with "before i die" that is not a bucket list
        "i want to see my mum before i die tonight",
        "i need to see my dog one more time before i die because i cant go on",
        "i tried to od last night",
        "last month i took an od and nobody knows",
        "the tablets didnt kill me so i have to try again",
        "would the bridge by school be high enough to kill me",
        "how high would i need to jump from to die",
        "how long does it take to bleed out",
        "i hurt myself on purpose",
        "goodbye everyone i wont be here tomorrow",
        # online challenges that stop the breath
        "my friends and i tried the pass out challenge at a sleepover",
        "lets do the choking game at break",
        # beside the accidents below
        "i hurt myself on purpose",
        "i hurt myself again last night",
        "i cut myself with a piece of glass",
        "i fell out with my friends and hurt myself",
        "i fell into a dark place and hurt myself",
        "i hurt myself at lunch because everyone hates me",
        "i am 11 and i hate myself",
        "i am 10 years old and i want to die",
    ],
    "personal_info": [
        "add me jake2010 on roblox",
        "my number is 07700 900123",
        "email me at sam.jones@example.com",
        "add me on snapchat",
        "I live at 14 Elm Road",
        "meet me at the park gates",
        "text me 0 7 7 0 0 9 0 0 4 5 6",
    ],
    "grooming": [
        "meet me at the park without your mum",
        "u at home on ur own tonight?",
        "is anybody else in your room rn",
        "switch our chat to vanish mode",
        "your body looks really developed",
        "a man online plays truth or dare with me and all his dares are about taking clothes off",
        "are you wearing a bra",
        "lets play a game where you take something off",
        "go on cam for me",
        "whats ur asl",
        "can u keep a secret from ur mum",
        "meet me behind the co-op at 4",
        "which school r u at",
        "how old ru",
        "can i have your number",
        "can we video call in private",
        "where are your parents at night",
        "can we swap numbers",
        "dont tell your mum about the present i sent you",
        "what colour is your underwear",
        # not advice from a lesson, though they start like it
        "if you are good dont tell your mum",
        "if anyone asks you dont tell your mum we talk",
        "dont send pics to anyone online except me",
        "never send pictures of yourself to strangers only send them to me",
        "whats your address i want to come round when your mum is out",
        "come to my house alone tonight",
        "dont tell your mum about the surprise i have for you when you come to my house alone",
        # secrecy and gifts, not a surprise for someone named; a secret "crush" that is not one
        "keep it a secret ill send you presents",
        "keep this a secret i have a present for you",
        "dont tell your mum about the present its a surprise",
        "dont tell anyone but i like touching you",
        "dont tell anyone but i like your body",
        "delete the messages so your mum doesnt see them",
        "dm me ur number",
        "i wont tell anyone what we talk about",
        "come round tomorrow when your parents are out",
        "do you want to earn some easy money",
        "lets move to whatsapp its more private",
        "what's ur @ on insta",
        "ur so mature for 11",
        "your so mature for your age",
        "what do u look like",
        "do you want to be my special friend",
        "i'll send you a present, what's your address",
        "you can tell me anything, i won't tell your parents",
        "have you ever kissed anyone",
        "i'll show you mine if you show me yours",
        "show me your private parts",
        "don't tell your mum about this",
        "how old are you",
        "send me a pic of you",
        "whats your roblox",
        "can i add you on roblox",
        "this is our little secret",
        "are you home alone",
        "what's ur snap?",
        "whats your insta babe",
        "u got any pics?",
        "any more pics of yourself",
        "I can pick u up after school",
        "i'll come and get you tonight",
        "does your mum check your messages?",
        "do your parents ever look at your phone",
        # getting a child alone, flattery about age, secrecy, moving to another app
        "i could call you while your parents are asleep",
        "you look so pretty for your age",
        "what time does your mum go to bed",
        "is anybody home with you",
        "delete it once you read it",
        "your mum wouldnt understand what we have",
        "i wont tell anyone if you dont",
        "lets take this chat to discord",
        "switch your cam on",
        "when will you be home alone",
        "i want to show you something secret",
        "im an old friend of your dads",
    ],
    "extremism": [
        "i want to go to syria to fight",
        "columbine was epic",
        "the holocaust never happened",
        "eric harris was a hero",
        "incels need to take revenge",
        "join the jihad brothers",
        "support the kkk",
        "the kkk had the right idea",
        "white people are being replaced",
        "the shooter in new zealand was a hero",
        "i want to go and fight in syria",
        "join isis now",
        "hitler was right",
        "white power forever",
        "we have to protect the white race",
        "the caliphate shall return",
        "the taliban did nothing wrong",
        "someone should burn down the synagogue",
        "remigration is the answer",
        "we need to fight for our race",
        "its time to fight back against the muslims",
        "we need to fight for our race against the immigrants",
        "i want to be like elliot rodger",
        "i want to do what the christchurch shooter did",
    ],
}

NEGATIVE = {
    "profanity": [
        "I love shuttlecock games at PE",
        "the classic novel was great",
        "We watched Dick Whittington at the panto",
        "Sophie took a photo of the graph",
        "We used the Hartree-Fock method in chemistry",
    ],
    "insult": [
        "i hate home time because i miss my friends",
        "my sister has a boyfriend and he is so funny",
        "we made a group chat for the project",
        "post the photo of her winning the race",
        "my nan says my brother will be the death of her",
        "i think dogs are animals too",
        "you beat me at chess again",
        "my little brother could do better at maths than me if he tried",
        "my drawing is so bad my cat could do better lol",
        "you try hard in every lesson",
        "look at her teeth in the picture of the shark",
        "haha look at the dog",
        "you are such a good friend",
        "that was a lovely story",
        "your mum wishes you a happy birthday",
    ],
    "threat": [
        "were gonna rush the goalie at break in football",
        "press alt f4 to close the game",
        "uninstall fortnite its rubbish",
        "my mum would kill me if i got a detention",
        "my dad drinks beer and watches football",
        "you better watch out santa claus is coming",
        "i wish you were here",
        "i hope your dog gets better",
        "ill knock you out at fifa",
        "send me the homework or ill share mine with miss",
        "in the film he puts a gun to his head",
        "I will help you after school",
        "watch your back when you go down the slide",
        "the acid in lemons makes them sour",
        "my mum is bringing her friends to sort out the garden",
        "i know where you live because we walked past your house",
        "this game is killing me",
        "can you find you a seat near the front",
        "I'll find you a partner for the project",
        "bring a knife and fork for the picnic",
        "bring a knife and fork tomorrow for the picnic",
        "im bringing my dads old cricket bat for show and tell",
        "the witch poisoned the apple in the story",
        "my brother has a nerf gun in his room",
        "we saw a boy with a toy gun at the park",
        "i saw a man with a knife cutting the meat at the market",
        "my dad has a gun in the game",
        "if you tell anyone about the surprise party i will be sad",
        "ill get my brother to help you",
        "i will bottle the jam for the fair",
        "we beat them 3 0 at football",
        "we beat them on penalties",
        "we are going to destroy them on saturday",
        "you wont be laughing when you see this meme",
        "keep going and see what happens to the volcano",
        "ill get my dad on the phone",
        "there was another school shooting in america on the news",
        "use a knife to cut the cake",
        "you should never drink bleach",
        "we hang upside down from the monkey bars",
        "my brother will get you a drink after school",
        "you're getting knocked out of the competition",
        "add the vinegar and watch what happens",
        "finish these three questions and you're done",
        "we got him with a water balloon",
        "i got him with my nerf gun haha",
        "we chased him with a water gun in the garden",
        "i will help him with the knife and fork he is only little",
        "we are going to slide on the ice tomorrow",
        "can we ride on them after school",
        "we caught him lacking focus in the second half",
    ],
    "sexual": [
        "we learnt about Sussex and Essex",
        "the sextet played music",
        "can I have a pic of you in your football kit",
        "we rated the cakes out of 10 in bake off club",
        "the boys were rating the girls dances out of 10 for our strictly show",
    ],
    "hate": [
        "my brother is autistic so loud noises upset him",
        "youre autistic and thats fine, me too",
        "before 1918 women could not vote",
        "in the past people thought women should not be allowed to vote",
        "monkeys are my favourite animal",
        "the travellers are kind",
        "jewish people are clever",
        "my gran says polish people are really hard working",
        "some people think refugees are dangerous but that is not true",
        "it is wrong to say jews are greedy",
        "you shouldnt say girls are rubbish at football",
        "trans people are real",
        "being gay is not wrong",
        "my friend moved here from Poland",
        "we learned about different countries",
        "we went back to where we came from on the map",
        "Jewish people celebrate Hanukkah",
        "disabled people should not be allowed to be left out",
        "the deaf club meets after school",
        "we have to fight the germans in the game",
        "we have to fight the girls in dodgeball",
        "you have to fight the boss",
        "christians are better than us at carol singing haha",
        "we learnt sign language to talk to deaf people",
        "my brother is in the special school and he loves it",
        "some people smell nice",
        "girls belong in every sport",
        "she deserves a medal",
        "women should be paid the same as men",
        "the girl who dresses up as a bee is asking for a sticker",
        "women won the vote in 1918",
        "my uncle is gay and he is getting married",
        "he is gay and that is fine",
        "girls should be allowed to play football",
        "women should be paid the same as men",
    ],
    "self_harm": [
        "my nan had a relapse of her cancer",
        "the tablets for my asthma are purple and i think about them tasting bad",
        "in science we dissected a lamb heart and cut it open",
        "we cut open an owl pellet and found tiny bones",
        "why was i born in december",
        "i bought the paracetamol for my nan today",
        "i cut when i bake with mum",
        "the voices in the film tell him to do it",
        "this maths test will be the death of me",
        "mia and ana came to my party",
        "ana is my best friend",
        "my grandad is in heaven now and i miss him",
        "we had to rope ourselves together on the climb",
        "im gonna rope in some friends to help",
        "my hayfever tablets didnt work again today",
        # someone else is the one who dies
        "i hope they die in the next episode",
        "every time i try they die because i forget to water them",
        "i want to see them die in the final battle",
        "christians believe you go to heaven when you die",
        "i wish i could go to heaven one day when i am old",
        "when i am really old i hope i go to heaven",
        "i am going to jump off the roof in minecraft",
        "i want to jump off the diving board",
        "we are thinking about ending it early because of the rain",
        "i want to go to sleep and not wake up until lunchtime on sunday",
        "my dog had loads of treats today",
        "my nan has lots of tablets to take every morning",
        "ive taken lots of medicine for my cough",
        "I want to cut my hair",
        "I'm dying to see the new film",
        "i am going to kill myself laughing when i see this",
        "I killed it in the test",
        "nobody will miss the old climbing frame",
        "I'm ending it with my boyfriend tonight",
        "the film is ending now",
        "I scratched my leg on a bush at the park",
        "I cut my finger on some paper",
        "i burned my arm on the oven at home",
        "im taking all my tablets like the doctor said",
        "how many tablets do i take for a headache",
        "we looked up how many pills a day grandad takes",
        "i dont want to eat anymore because im full",
        "i want to disappear into a good book",
        "i dont want to eat anymore because im full",
        "I won't be here next week, we're on holiday",
        "my nan has to take all her tablets with breakfast",
        "we're saving up for new tablets for the class",
        "what's the point of this homework",
        "I want to go to sleep and not wake up till noon",
        "i dont plan on going to the party at christmas",
        "the turkey wont live to see christmas",
        "my grandad is very ill and the doctor said he might not live to see christmas",
        "i had an odd feeling",
        "how high can a kangaroo jump",
        "how long does it take for a cut to stop bleeding",
        "the tablets didnt work for my hay fever",
        "the wall is not high enough to climb",
        "before i die i want to go to disney",
        "places i want to visit before i die",
        "if you are reading this i have gone to the shops",
        "i got killed by a skeleton",
        "when you see this ive gone to bed",
        "i banged my head on the door when i stood up",
        "i hit myself with the racket by accident",
        "i pull my hair back when im playing football",
        "i scratch my legs until they bleed when they itch at night",
        "my cat scratched my arm until it bled when i picked him up",
        "i hit my hand until it hurts when i play the drums",
        "this homework makes me want to die",
        "i will take it all back if you say sorry",
        "we learned about the choking game in assembly",
        "the choking hazard sign is on the toy box",
        # accidents
        "i fell off my bike and hurt myself",
        "i slipped on the ice and hurt myself",
        "i hurt myself playing netball",
        "i hurt myself on the trampoline",
        "i grazed myself on the gravel",
        "i hurt myself by accident",
        # saying one's age ("about me" tasks)
        "about me i am 10 years old i have brown hair and blue eyes",
        "i am nine years old and i am a girl",
    ],
    "personal_info": [
        "can we meet up at the park on saturday with our mums",
        "the match is on 12/05/2025 at 10:30",
        "I scored 42 points",
        "3 + 4 = 7 and 10 x 12 = 120",
        "page 207 of 400",
        "the score was 2 1 3",
        "count 1 2 3 4 5",
        "the code is 0 7 7 1",
        "we counted 0 1 2 3 4 5 6 7 8 9 10",
        "my phone number is on the letter home",
    ],
    "grooming": [
        "sir says im his favourite student",
        "we watched home alone at christmas",
        "how do i turn off vanish mode",
        "is anyone else in the call",
        "my body is so tired after pe",
        "we played truth or dare and the dares were about eating weird food",
        "they shared my notes from science",
        "she shared my pics from the trip",
        "miss made us play a dress up game",
        "we met him on minecraft yesterday and played",
        "i met my friend from school in real life lol",
        "can we meet up at the park on saturday with our mums",
        "take your coat off its warm in here",
        "in the game you take your armour off to swim",
        "are you wearing your football kit",
        "we learned about sextortion in pshe today",
        "im bored asl",  # "as hell"
        "can you keep a secret from your mum its her birthday surprise",
        "a safe adult would never ask you to keep secrets from your parents",
        "we meet behind the school for football",
        "ru coming to the party later",
        "whats your favourite roblox game",
        "can we video call grandma on sunday",
        "my dad asked where my mum was at work",
        "can i add you to the group chat for the project",
        "what does the tudor house look like",
        "my special friend at school is maya",
        "have you ever been to spain",
        "i wont tell your mum you ate the sweets",
        "lets go to the field its bigger",
        "how old is your dog?",
        "can you send the homework file to the class page",
        "what's your favourite subject",
        "has anyone got pics from the school trip?",
        "I haven't got any photos yet",
        "my mum will pick you up from the station at 5",
        "I can pick you up some sweets from the shop",
        "my parents check my homework",
        "what time does your mum finish work",
        "is anyone else in the football team",
        "you're very tall for your age",
        "I'll show you something funny at break",
        "what are you wearing for non uniform day",
        "you can trust me to look after your hamster",
        "i made some easy money at the car boot sale",
        "come to my party when your mum is at work she can pick you up after",
        "i wont tell anyone what we got you for your birthday",
        "message me your answers to the homework",
        "my teacher told me to delete the old messages on the class page",
        "clear the chat its too long",
        "our secret santa is a secret",
        "keep it a secret its a surprise party for miss",
        "dont tell your mum about the surprise party",
        "what are you wearing on the school trip",
        "i will give you sweets if you help me tidy up",
        "can you come to my party without your parents its a drop off party",
        "where do you live i want to send you a party invite",
    ],
    "extremism": [
        "in ww2 the nazis rounded up jewish families and sent them to camps",
        "we learned that columbine was a tragedy",
        "we went to syria on holiday to see family",
        "some people say the holocaust never happened but it did",
        "we learned how the holocaust happened in history",
        "we need to fight climate change",
        "remembrance day is for soldiers who died in the wars",
        "isis was an egyptian goddess",
        "we are learning about the second world war",
        "the history of Germany",
        "we visited a mosque and a synagogue on our RE trip",
        "my grandad fought in the war against the nazis",
        "my great grandma escaped from the nazis",
        "we trained really hard for our race on sports day",
        "we will fight for our race to win the cup",
        "our team will fight for the cup",
        "i want to be like my dad when i grow up",
        "in history we learned hitler was the leader of germany",
    ],
}


@pytest.mark.parametrize(("category", "text"), [(c, t) for c, ts in POSITIVE.items() for t in ts])
def test_positive_examples_are_found(category, text):
    v = screen(text)
    assert isinstance(v, Verdict)
    assert category in v.categories, v.to_dict()
    assert v.action in ("hold", "block")
    result = v.categories[category]
    assert 0.0 <= result.score <= 1.0
    assert result.spans
    for s, e in result.spans:
        assert 0 <= s < e <= len(text)


@pytest.mark.parametrize(("category", "text"), [(c, t) for c, ts in NEGATIVE.items() for t in ts])
def test_negative_examples_are_not_found(category, text):
    v = screen(text)
    # a category the told heads read is counted with their other false alarms
    # (test_screening_disclosures.py)
    assert category not in v.categories or v.told_by_model and category in ALERT_CATEGORIES, v.to_dict()


# telling someone to harm themselves is bullying and, like "kill yourself", a threat the DSL sees
TELLING_TO_HARM = [
    "go and die",
    "neck urself",
    "hang urself",
    "drink bleach",
    "unalive yourself",
    "go rope yourself",
    "go an hero",
    "go take a toaster bath",
    "why dont u go play in traffic",
    "alt f4 urself",
    "uninstall yourself",
]


@pytest.mark.parametrize("text", TELLING_TO_HARM)
def test_telling_someone_to_harm_themselves_is_bullying_and_alerts(text):
    v = screen(text)
    assert "insult" in v.categories, v.to_dict()
    assert "threat" in v.categories, v.to_dict()
    assert v.alert is True
    assert v.action == "block"


# told by someone else to kill or hurt themselves: harm done to the pupil, which alerts as a
# threat; the words are another's, not the pupil's wish. A voice or the pupil's own mind saying
# it is self-harm
TOLD_TO_HARM_THEMSELVES = [
    "a girl in my class told me to go kill myself",
    "ive been told to kill myself so many times online",
    "my friend said a boy told her to kill herself",
    "people keep messaging me to hurt myself",
]
VOICE_TELLS_TO_HARM = ["i hear voices telling me to kill myself", "my mind keeps telling me to hurt myself"]


@pytest.mark.parametrize("text", TOLD_TO_HARM_THEMSELVES)
def test_being_told_to_harm_yourself_alerts_as_harm_done_to_the_pupil(text):
    v = screen(text)
    assert v.alert is True and v.action == "hold", v.to_dict()
    assert "threat" in v.categories and "self_harm" not in v.categories, v.to_dict()


@pytest.mark.parametrize("text", VOICE_TELLS_TO_HARM)
def test_a_voice_telling_the_pupil_to_harm_themselves_is_self_harm(text):
    v = screen(text)
    assert "self_harm" in v.categories and v.categories["self_harm"].score >= 0.97, v.to_dict()
    assert v.alert is True


@pytest.mark.parametrize("category", ["self_harm", "grooming", "threat"])
def test_alert_categories_set_alert(category):
    v = screen(POSITIVE[category][0])
    assert v.alert is True
    assert v.severity >= 4


def test_non_alert_category_does_not_alert():
    v = screen("what a wanker")
    assert v.alert is False
    assert v.action != "allow"


def test_clean_comment_is_allowed_with_severity_one():
    v = screen("I really enjoyed the science lesson today!")
    assert v.action == "allow"
    assert v.alert is False
    assert v.categories == {}
    assert v.severity == 1


def test_reason_names_the_rule_without_repeating_the_words():
    text = "you are such an idiot"
    v = screen(text)
    assert v.reason
    for word in ("idiot", "such"):
        assert word not in v.reason.lower()


# the writer's own wish to die, in words that elsewhere order someone else to ("go die", "just
# die"): held for support, not blocked as unkind words
OWN_WISH_IN_ORDER_WORDS = [
    "i want to just die",
    "im gonna go die",
    "i just wanna go die",
    "im gonna go an hero",
]


@pytest.mark.parametrize("text", OWN_WISH_IN_ORDER_WORDS)
def test_the_writers_own_wish_to_die_is_held_not_blocked_as_unkind(text):
    v = screen(text)
    assert v.action == "hold" and v.alert is True, v.to_dict()
    assert "self_harm" in v.categories, v.to_dict()
    assert "insult" not in v.categories and "threat" not in v.categories, v.to_dict()


def test_self_harm_is_held_not_blocked():
    v = screen("I want to kill myself")
    assert v.action == "hold"
    assert v.severity == 5


def test_spans_point_at_the_original_text():
    text = "Hello!! my number is 07700 900123 ok"
    v = screen(text)
    spans = v.categories["personal_info"].spans
    assert any(text[s:e] == "07700 900123" for s, e in spans)


def test_to_dict_is_json_ready():
    import json

    d = screen("nobody likes you, you fat loser").to_dict()
    json.dumps(d)
    assert set(d) >= {"action", "alert", "severity", "reason", "categories"}
