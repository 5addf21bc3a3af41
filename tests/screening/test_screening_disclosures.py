"""A pupil telling of harm done to them is noticed: the DSL is alerted, the comment is held for
an adult to read (never just blocked), and the pupil is told that someone will help, not that a
rule was broken."""

from pathlib import Path

import pytest
from test_screening_categories import NEGATIVE
from test_screening_told import (
    SHORT_HELD_OUT,
    SHORT_LOOKALIKES,
    SHORT_LOOKALIKES_HOME_ONLINE,
    SHORT_REPLIES_HELD_OUT,
    held_out,
    screened,
)

from screening import screen
from screening.engine import REASON_SUPPORT
from screening.lexicon import listed_lines
from screening.policy import ALERT_CATEGORIES

OTHER_WORDS = listed_lines(Path(__file__).parent / "data" / "disclosures_in_other_words.txt")

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
    # numbers in text-speak: "2" and "4" read as "to" and "for"
    ("mum hasnt come home for 2 days", "threat"),
    ("i havent had dinner for 2 days", "threat"),
    ("i got no food at home", "threat"),
    ("my uncle touched me", "grooming"),
    ("a man on roblox asked me for pics", "grooming"),
    ("my uncle makes me touch him", "grooming"),
    ("a man online wants to meet me", "grooming"),
    ("my dad takes drugs", "threat"),
    ("im scared of the dark because my dad comes into my room at night", "grooming"),
    ("someone online said they would give me vbucks if i sent a picture", "grooming"),
    ("a boy in year 6 has a knife", "threat"),
    ("someone in my class has a pocket knife", "threat"),
    ("i got a message from someone saying they will share my pictures", "grooming"),
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
    ("the boys in my class keep looking up our skirts on the climbing frame", "grooming"),
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
    # as pupils spell (screening/data/misspellings.txt)
    ("i want to kil my self", "self_harm"),
    ("i dont wana be alive", "self_harm"),
    ("i wish i was ded", "self_harm"),
    ("nobody wud care if i died", "self_harm"),
    ("i keep cuting myself", "self_harm"),
    ("im scard to go home", "threat"),
    ("my dad hurts me wen hes drunk", "threat"),
    ("my stepdad touchs me", "grooming"),
    ("a man on roblox askd for pics of me", "grooming"),
    ("my mums boyfrend hits me", "threat"),
    ("i have bruses on my arms from my dad", "threat"),
    ("my dad punshed me in the face", "threat"),
    ("im scaird of my dad", "threat"),
    ("there is never any food at my hous", "threat"),
    ("nobody wuld miss me", "self_harm"),
    ("a man online sed he luvs me", "grooming"),
    ("he told me not to tel anyone", "grooming"),
    ("he said its are secret", "grooming"),
    # beside words of an allowed phrase ("trying to read")
    ("i am trying to read but i want to die", "self_harm"),
    ("i am trying to think of ways to end it", "self_harm"),
    ("leave me alone i want to die", "self_harm"),
    ("i feel unwell and i want to die", "self_harm"),
    # tired of life; nothing to eat for days
    ("im so tired of life", "self_harm"),
    ("i am fed up of being alive", "self_harm"),
    ("i havent eaten for 2 days", "threat"),
    ("i havent had anything to eat since friday", "threat"),
    # told in other words than before
    ("my step dad grabbed my arm really hard and it left a mark", "threat"),
    ("mums boyfriend pushed me against the wall", "threat"),
    ("dad threw a plate at me", "threat"),
    ("i get hit with a belt when i am naughty", "threat"),
    ("i dont want to go home because dad is drunk", "threat"),
    ("i have to look after my baby sister all night", "threat"),
    ("i sleep on the floor at home", "threat"),
    ("they said if i tell anyone they will hurt my little brother", "threat"),
    ("some older boys made me steal from the shop", "threat"),
    ("i was told to keep a knife for someone", "threat"),
    ("my dad says we are going to pakistan to get me married", "threat"),
    ("my uncle shows me videos on his phone that make me feel funny", "grooming"),
    ("a man at the park asked me to come to his car", "grooming"),
    ("someone on fortnite asked where i live", "grooming"),
    ("my coach said i am his favourite and not to tell my mum about our chats", "grooming"),
    ("my online friend wants me to video call in my bedroom", "grooming"),
    ("a person online said they are 10 but they sound older", "grooming"),
    ("a man online says he is 12 but his voice sounded old", "grooming"),
    ("i punch walls when i am angry and my knuckles bleed", "self_harm"),
    ("i took some of mums tablets", "self_harm"),
    ("i banged my head on the wall on purpose", "self_harm"),
    ("i cut my arm on purpose", "self_harm"),
    # a parent out all night or for days; threatened with being put into care
    ("mum didnt come home last night", "threat"),
    ("my mum didn't come back home yesterday and i was on my own", "threat"),
    ("my dad didnt come home last night because he was drunk", "threat"),
    ("mum hasnt come home since friday", "threat"),
    ("my mum said she will put me in a home", "threat"),
    ("my stepdad keeps threatening to put me in care", "threat"),
    ("dad threatened to send me away to foster care", "threat"),
    # an accident told first does not hide a parent's blow after it
    ("i fell and hit my head and my dad hit me", "threat"),
    ("my dad took my phone and read my messages and then hit me", "threat"),
    # violence between the adults at home; the police taking a parent away
    ("my parents were fighting and the police came", "threat"),
    ("the police took my dad away", "threat"),
    # a friend or sister who talks of ending their life or hurts themselves
    ("my friend told me he is going to end his life", "self_harm"),
    ("my sister keeps saying she will hurt herself", "self_harm"),
    ("my friend cuts her arms", "self_harm"),
    # a stranger who adds the pupil or asks for pictures, offers sweets; a lap that feels wrong
    ("someone i dont know added me on snapchat and keeps asking for pictures", "grooming"),
    ("a man added me on roblox", "grooming"),
    ("a man in a car asked if i wanted sweets", "grooming"),
    ("my step dad makes me sit on his lap and it feels wrong", "grooming"),
    ("my uncle makes me sit on his knee when no one is looking", "grooming"),
    # told in other words again: between the adults at home, at the table, told to keep quiet
    ("my mums boyfriend hurts her", "threat"),
    ("i heard mum crying and dad was smashing things", "threat"),
    ("my dad shouts at me and calls me names every day", "threat"),
    ("my dad doesnt let me eat if im bad", "threat"),
    ("nobody loves me at home", "threat"),
    ("mum said if i tell the teacher about dad i will be taken away", "threat"),
    ("i was told to carry a bag for some older boys", "threat"),
    ("i took a knife to school to protect myself", "threat"),
    ("my uncle gives me money to keep secrets", "grooming"),
    ("some men in a car keep asking me to come with them", "grooming"),
    ("there is no food in the fridge and mum is asleep all day", "threat"),
    # drawn towards extremism online; extremist flags at home
    ("a man online said i should join his group to save britain", "grooming"),
    ("my brother has a flag with a swastika in his room", "threat"),
    # sexual harassment and images between pupils, reported (not blocked as the pupil's own words)
    ("he keeps slapping girls bums in the corridor", "grooming"),
    ("a boy in my class keeps trying to kiss me and i dont want him to", "grooming"),
    ("someone airdropped me a picture of a willy", "grooming"),
    ("the boys rate the girls out of ten on their bodies", "grooming"),
    ("he showed everyone a video on his phone of people having sex", "grooming"),
    # drugs offered, a debt for a vape, made to hide things; met online, paid, blackmailed
    ("someone offered me weed at the park", "threat"),
    ("an older boy gave me a vape and said i owe him money now", "threat"),
    ("my brother is in a gang and they made me hide something for them", "threat"),
    ("i met a boy online and we are going to meet at the shops on saturday", "grooming"),
    ("someone online is sending me money to buy things for them", "grooming"),
    ("im being blackmailed online", "grooming"),
    ("i got sent a link and now someone has my password and is threatening me", "grooming"),
    ("i carry a knife to protect myself", "threat"),
    # thinking about dying; a parent who says they want to die
    ("i think about dying a lot", "self_harm"),
    ("my mum says she wants to die", "self_harm"),
    # in children's spelling: "dosnt", "cum" for "come", "nite", "toching", "sumone"
    ("my mum dosnt feed me", "threat"),
    ("my mum didnt cum home last nite", "threat"),
    ("my uncle keeps toching me", "grooming"),
    ("sumone keeps asking for pics of me", "grooming"),
    # other words for a parent: mama, papa, mommy
    ("my mama hits me", "threat"),
    ("my papa hits me", "threat"),
    ("my mommy doesnt feed me", "threat"),
    # a threat to keep the pupil quiet; hatred urged by someone in the family; food refused to
    # be thin; an adult's "special girl" to keep secret, or one who comes in while they bathe
    ("my dad will kill me if i tell anyone", "threat"),
    # told after the figure of speech "my mum is going to kill me", which alone is posted
    ("my mum is going to kill me if i tell anyone", "threat"),
    ("he will kill me if i tell on him", "threat"),
    ("my dad is going to kill me he hits me when he is drunk", "threat"),
    ("my stepdad is going to kill me he said so and he has a knife", "threat"),
    ("he hits me when he is drunk", "threat"),
    # an accident in a game is allowed; a blow told after it, or the same words on purpose, are not
    ("my dad swung the bat and hit me by accident and then he punched me", "threat"),
    ("my dad swung the bat and hit me on purpose", "threat"),
    ("my cousin says we need to fight for our race", "grooming"),
    ("my brother says white people need to fight back against muslims", "grooming"),
    ("my uncle says muslims are taking over and we need to fight them", "grooming"),
    ("my brother says we need to protect our country from the immigrants", "grooming"),
    ("i throw up after tea so i dont get fat", "self_harm"),
    ("he said i will die if i dont send him pics", "threat"),
    # cruelty to an animal, fire set, a wish to hurt a baby; left alone with the little ones;
    # hiding from a parent's anger; blamed for a parent's drinking; made to work, not learn
    ("we threw stones at a cat until it stopped moving", "threat"),
    ("me and my mate set fire to the bins behind the shops", "threat"),
    ("i want to hurt the new baby when mum isnt looking", "threat"),
    ("mum leaves me and my baby brother on our own all night", "threat"),
    ("i have to hide in the wardrobe when my dad gets angry", "threat"),
    ("we hid in the bathroom when my stepdad came home drunk", "threat"),
    ("mum says its my fault she drinks", "threat"),
    ("my cousin came from abroad and has to work in the nail bar and cant go to school", "threat"),
    # a picture the pupil sent, now shown round
    ("i sent a pic to a boy and now hes showing everyone", "grooming"),
    ("i sent him a pic and now he is showing it to all his friends", "grooming"),
    # sexual abuse named plainly (the word "raped" alone is blocked as sexual)
    ("i was raped at a party", "grooming"),
    ("my uncle does sex things to me", "grooming"),
    ("my mums boyfriend watches me in the shower", "grooming"),
    # sexual acts told in the words children hear: held with the alert, not blocked for the word
    ("he fingered me and i didnt want him to", "grooming"),
    ("my step dad made me give him a blowjob", "grooming"),
    ("i had sex with my uncle", "grooming"),
    ("my cousin shagged me at the sleepover", "grooming"),
    ("he took my virginity and i was only 12", "grooming"),
    ("im pregnant and i dont know what to do", "grooming"),
    ("he sent me a dick pic", "grooming"),
    ("he wanked in front of me", "grooming"),
    ("my mums boyfriend keeps trying to kiss me", "grooming"),
    ("an old man flashed me at the park", "grooming"),
    ("my uncle put his hand down my pants", "grooming"),
    ("my dad sleeps in my bed and touches me", "grooming"),
    ("he made me take my clothes off and took pictures", "grooming"),
    ("someone raped my sister", "grooming"),
    # harm told in swear words, by a parent, a brother or a man the pupil calls a "paedo"
    ("my dad beat the shit out of me last night", "threat"),
    ("my stepdad kicked the fuck out of me", "threat"),
    ("my mum calls me a fat bitch every day", "threat"),
    ("my mum is a drunk and she smacks me", "threat"),
    ("some paedo on snap keeps asking for pics", "grooming"),
    ("a nonce at the park tried to get me in his car", "grooming"),
    # children's spelling and text-speak; starved, not fed, hit with a belt
    ("my mum hts me wen shes angry", "threat"),
    ("sum1 online askd 4 my adress", "grooming"),
    ("my mum starves me", "threat"),
    ("nobody feeds me at home", "threat"),
    ("my brothr hits me wiv a belt", "threat"),
    # a parent kept away by order who turns up, hiding from a parent, told to lie to those who
    # help; a mother being hit; voices; drugs kept for a brother; passing out from drink
    ("dad isnt allowed to see us but he came round last night and mum was crying", "threat"),
    ("mum says we have to hide from dad", "threat"),
    ("mum told me to lie to the social worker", "threat"),
    ("i am not allowed to tell the teacher what happens at home", "threat"),
    ("the police came to our house again last night because dad was hitting mum", "threat"),
    ("i hear voices telling me to hurt people", "threat"),
    ("my brother sells weed and makes me keep it in my room", "threat"),
    ("my friend passed out after drinking vodka at the park", "threat"),
    ("i have to go to my uncles house every weekend and i hate it there he hurts me", "threat"),
    ("im cutting again", "self_harm"),
    # a suicide or a beheading seen in a video; nudes passed round a year group; a deepfake;
    # "too fat" and stopping eating
    ("i saw a video of a man killing himself on tiktok and i cant stop thinking about it", "threat"),
    ("someone sent me a video of a beheading", "threat"),
    ("people in my year share nudes in the group chat", "grooming"),
    ("he made a deepfake of me with no clothes on", "grooming"),
    ("im so fat i need to stop eating", "self_harm"),
    # meeting someone met online; threatened with being outed; a boyfriend who hurts or controls
    ("im going to meet the boy from snapchat on saturday", "grooming"),
    ("i am going to meet the girl i talk to on discord", "grooming"),
    ("he said if i dont go out with him he will tell everyone im gay", "threat"),
    ("my boyfriend hits me when i dont reply fast enough", "threat"),
    ("my boyfriend checks my phone and says ill be sorry if i talk to other boys", "threat"),
    ("i stopped eating at lunch so i can be skinny like my sister", "self_harm"),
    ("my coach said i am his special girl and not to tell my mum", "grooming"),
    ("my mum has a new boyfriend and he comes in the bathroom when im in the bath", "grooming"),
    # harm promised if the pupil does not obey; food locked away; an adult pushed down the
    # stairs; a gang with knives at home; a friend's pictures of cuts; a kiss kept secret
    ("some older boys said i have to deliver a parcel for them or they will hurt my mum", "threat"),
    ("my stepmum locks the fridge so i cant eat", "threat"),
    ("my parents keep fighting and dad pushed mum down the stairs", "threat"),
    ("my brother is in a gang and they have knives", "threat"),
    ("my friend sent me a picture of her cuts", "self_harm"),
    ("my mums friend kissed me on the lips and said dont tell", "grooming"),
    # in the words a friend's disclosure is read in (test_screening_reported)
    ("i am being groomed by someone on snapchat", "grooming"),
    ("i ran away from home last night", "threat"),
    ("im sleeping at a mans house i met online", "grooming"),
    ("i am going to meet someone i met on roblox", "grooming"),
    ("i have bruises on my arms and my mum did it", "threat"),
    ("i have been sending nudes to an older boy", "grooming"),
    ("a man in a car asked me to get in", "grooming"),
    # hit as a punishment, a hiding, men at the house at night, afraid of a parent back from
    # prison, made to steal, a man at the school gates giving sweets
    ("i get hit if i get my spellings wrong", "threat"),
    ("i got a hiding last night", "threat"),
    ("i get smacked if i am naughty", "threat"),
    ("theres men coming to our house at night and mum says to stay in my room", "threat"),
    ("my dad has been in prison and now hes back and im scared", "threat"),
    ("my brother gets me to steal from the shop", "threat"),
    ("there is a man who waits outside school and gives us sweets", "grooming"),
    # online: moved to another app, asked to be a girlfriend, called sexy, threatened with a hacked
    # account, told to kill themselves, rung by an unknown number
    ("a player on roblox keeps asking me to go on discord", "grooming"),
    ("a man on xbox asked if i wanted to be his girlfriend", "grooming"),
    ("this person on tiktok keeps commenting on my videos saying im sexy", "grooming"),
    ("someone said they will hack my account if i dont give them my password", "threat"),
    ("people in the game chat keep telling me to kys", "threat"),
    ("someone keeps calling me on whatsapp from a number i dont know and breathing", "grooming"),
    # nudes among pupils, a relative's extremist videos, violence at home seen and heard, a pet
    # hurt, marriage abroad, cutting, kept off school to care for a parent
    ("someone shared a nude of a girl in year 6 on the group chat", "grooming"),
    ("a boy in year 6 is asking all the girls for nudes", "grooming"),
    (
        "my brother watches videos about how muslims are taking over and he says we need to do something",
        "grooming",
    ),
    ("my uncle says hitler was right and makes me watch his videos", "grooming"),
    ("my mum and dad were shouting and dad smashed the tv and mum was crying", "threat"),
    ("my dad kicked the dog really hard and now im scared", "threat"),
    ("we are going to pakistan and my cousin said i am going to be married there", "threat"),
    ("my auntie said girls have to be cut to be clean", "threat"),
    ("my mum says i cant go to school because i have to look after her", "threat"),
    ("a girl in my class keeps sending pictures of her body to older boys", "grooming"),
    # a member of staff who hurts, threatens, touches, messages or watches the pupil (for the LADO)
    ("my teacher hit me", "threat"),
    ("the teaching assistant slapped me", "threat"),
    ("miss grabbed my arm really hard and it hurt", "threat"),
    ("the dinner lady pushed me over", "threat"),
    ("sir said if i tell anyone he will fail me", "threat"),
    ("mr smith touched my leg under the table", "grooming"),
    ("my teacher sends me messages on instagram", "grooming"),
    ("mr jones asked me to stay behind and shut the door and hugged me", "grooming"),
    ("the caretaker keeps looking at me in the changing room", "grooming"),
    ("my teacher said i am his favourite and gave me a present and said dont tell", "grooming"),
    ("sir hit me", "threat"),
    ("they said do it or they will kill my mum", "threat"),
    ("i am scared to go home in the dark because my dad will hit me", "threat"),
    ("miss smith grabbed my arm really hard", "threat"),
    ("miss jones touched my leg", "grooming"),
    # an adult in a position of trust drawing the pupil in; favours for pictures or a meeting
    ("my football coach messages me on snapchat at night", "grooming"),
    ("my tutor said i am mature for my age", "grooming"),
    ("the man next door asks me to come in his house when mum is at work", "grooming"),
    ("the man next door gives me money to wash his car and says i am his favourite", "grooming"),
    ("my mums friend keeps sending me kisses on whatsapp", "grooming"),
    ("my dance teacher takes pictures of me in my costume and says they are just for him", "grooming"),
    ("an older boy said he will be my boyfriend if i send him a picture", "grooming"),
    ("someone on snapchat said they will buy me a phone if i meet them", "grooming"),
    ("i have a secret friend online who is 16 and nobody knows about him", "grooming"),
    ("my uncle lets me drink beer and watch scary films if i dont tell mum", "grooming"),
    # a friend's harm, told by a pupil: read again in the friend's words (test_screening_reported)
    ("my best friend told me her stepdad touches her", "grooming"),
    ("my friend has bruises on her arms and she said her mum did it", "threat"),
    ("my friend is scared to go home", "threat"),
    ("my friend said a man online asked her for pictures", "grooming"),
    ("my friend doesnt get any food at home", "threat"),
    ("my friend is being groomed by someone on snapchat", "grooming"),
    ("my friend ran away from home last night", "threat"),
    ("my friend said her mum locks her in her room", "threat"),
    ("my friend is sleeping at a mans house she met online", "grooming"),
    ("my friend said she is going to meet someone she met on roblox", "grooming"),
    ("a boy in my class said his dad hits him with a belt", "threat"),
    ("my friend keeps saying she wants to die", "self_harm"),
    ("someone in my class said her brother makes her hold drugs", "threat"),
    ("my friend said a man in a car asked her to get in", "grooming"),
    ("my friends dad hits her", "threat"),
    ("my little brother said dad hit him", "threat"),
    # a friend's words the fast model reads as not about the writer, which they are not
    ("my friend told me she wants to die", "self_harm"),
    # harm passed off as an accident, a parent's medicine taken to cope
    ("i tell everyone my cuts are from falling off my bike but i do it myself", "self_harm"),
    ("my mum thinks the marks on my legs are from the cat but really i did them myself", "self_harm"),
    ("i have been taking my mums tablets to feel better", "self_harm"),
    # a gift for going on camera, a parent hurt at home, drugs run for pay, a fight urged
    ("someone on fortnite said he will give me skins if i turn my camera on", "grooming"),
    ("there was lots of shouting and mum had a bruise on her face", "threat"),
    ("my brother gives me money to take packages to people", "threat"),
    ("my brother watches videos that say we have to fight the muslims", "grooming"),
    # pictures of the pupil undressed, fake nudes, an online adult's conspiracies
    ("my stepdad took pictures of me in the bath", "grooming"),
    ("someone made a fake nude of me with ai", "grooming"),
    ("a man on discord says the jews control everything and sends me memes", "grooming"),
    ("a man on discord keeps telling me the jews control everything", "grooming"),
    ("someone online sent me videos saying muslims are taking over", "grooming"),
    # harm at home in other words, work instead of school, threats over boys, control
    ("my mum burns me with her cigarette", "threat"),
    ("dad makes me kneel on rice when im naughty", "threat"),
    ("i get locked in the cupboard under the stairs", "threat"),
    ("my dad holds my head under the water in the bath", "threat"),
    ("i have to work in my uncles shop every night and dont get paid", "threat"),
    ("my family said they will hurt me if i talk to boys", "threat"),
    ("my boyfriend checks my phone and says i cant talk to other boys", "threat"),
    # eating less to be thin, picking until it bleeds
    ("i only eat one meal a day so i can be skinny", "self_harm"),
    ("i need to be skinny for the disco so now i skip breakfast", "self_harm"),
    ("i bite my nails till they bleed on purpose", "self_harm"),
    # a brother or sister who hurts the pupil again and again; children's spelling
    ("my big brother punches me every day and mum doesnt do anything", "threat"),
    ("my brother beets me up evry day", "threat"),
    ("sumone sed they wil kill me aftr school", "threat"),
    ("a man askd me were i live on fortnite", "grooming"),
    # a gun at home, a knife seen near the pupil
    ("my brother has a gun in his room", "threat"),
    ("i saw a boy with a knife at the bus stop", "threat"),
    # a fight at home told at the end of ordinary news; thoughts of ending one's life there too
    (
        "my weekend was ok i played minecraft with my cousin and we built a massive castle with a moat "
        "and a dragon but then mum and her boyfriend had a big fight and he hit her and i hid in my room",
        "threat",
    ),
    ("mum and dad were shouting and i hid under my bed", "threat"),
    # left alone at home
    ("nobody has been home for two days", "threat"),
    ("i havent seen my mum since friday and im on my own", "threat"),
    ("i have to look after myself because mum is always out", "threat"),
    # an online contact given the pupil's password or school, flattery that sets them apart
    ("a man on roblox asked for my password and i gave it to him", "grooming"),
    ("i told a man on fortnite where i go to school", "grooming"),
    ("he said i am really mature and not like other girls my age", "grooming"),
    # a night spent out after running away
    ("i ran away last night and slept in the park", "threat"),
    # sexual things shown to or done with a child, in a child's words
    ("my cousin showed me a video of people with no clothes on", "grooming"),
    ("we played a game where you have to take your clothes off", "grooming"),
    ("the older kids made us kiss and touch each other", "grooming"),
    ("a boy in year 6 made me pull my pants down", "grooming"),
    ("my mums boyfriend walks around with no clothes on and makes me watch", "grooming"),
    ("someone at the park showed us his willy", "grooming"),
    ("my brother makes me play the touching game", "grooming"),
    # drawn towards violence: sent to fight abroad, taught to make a bomb online
    ("my uncle wants me to go to syria to fight", "threat"),
    ("someone online is teaching me how to make a bomb", "grooming"),
    # a young child's spelling
    ("dady hit me", "threat"),
    ("mumy smaks me wen i am bad", "threat"),
    ("my dad hurted me", "threat"),
    ("the man touchd my privits", "grooming"),
    # staff, for the LADO: a locked room, a phone number given, following on an app, force,
    # food forced, pictures in swimming costumes, filming pupils changing
    ("mr smith kept me behind and locked the door", "grooming"),
    ("miss said i was her favourite and gave me her phone number", "grooming"),
    ("sir follows me on tiktok and likes all my videos", "grooming"),
    ("the teacher dragged me by my arm down the corridor", "threat"),
    ("mrs jones shouted in my face and grabbed my jumper", "threat"),
    ("the dinner lady made me eat until i was sick", "threat"),
    ("my swimming teacher takes pictures of us in our costumes", "grooming"),
    ("the coach filmed us getting changed", "grooming"),
    # on a live stream or under a video
    ("i went live on tiktok and a man asked me to take my top off", "grooming"),
    ("someone in my live asked where i live", "grooming"),
    ("a man commented on my video asking how old i am", "grooming"),
    ("someone keeps asking me to go on omegle with them", "grooming"),
    ("a stranger on snapchat map knows where i am", "grooming"),
    (
        "my favourite book is the twits because mr twit is so disgusting and funny but sometimes i think "
        "about ending my life",
        "self_harm",
    ),
    # self-harm shortened to "sh", and pictures or fasting to get thin
    ("i relapsed on sh last night", "self_harm"),
    ("my sh urges are really bad today", "self_harm"),
    ("i did sh again and my arm is bleeding", "self_harm"),
    ("i looked at thinspo all night and skipped dinner", "self_harm"),
    ("im going to go on a water fast till im skinny", "self_harm"),
    # drawn into carrying drugs for older people, and pictures held over a pupil for money
    ("some older boys gave me money to take a bag to another town", "grooming"),
    ("im in a gang that pays us to move parcels", "grooming"),
    ("a man at the youth club said we have to fight the non believers", "grooming"),
    ("a man gives me free weed if i deliver packages for him", "grooming"),
    ("the older lads said i owe them now and have to sell for them", "grooming"),
    ("they said if i dont hold the package they will hurt my family", "grooming"),
    ("he said he will share the pic with everyone unless i pay him", "grooming"),
    # drink or parties with older men, honour, FGM in other words, a parent who wants to die
    ("i get money for going to parties with older men", "grooming"),
    ("an older man lets me stay at his flat and gives me vodka", "grooming"),
    ("my brother said if i talk to boys he will kill me for shaming the family", "threat"),
    ("my cousin said they are going to do a special procedure on me to make me a proper woman", "threat"),
    ("my mum cries all day and says she wants to go to sleep forever", "self_harm"),
    ("my dad said he doesnt want to live anymore", "self_harm"),
    # misspelt ("dei", "slef", "dye" with despair after it)
    ("i want to dei", "self_harm"),
    ("im going to kill my slef", "self_harm"),
    ("i wanna dye i hate everything", "self_harm"),
    # asked about underwear or being alone, a beheading video sent to the pupil
    ("he asked me what colour my underwear is", "grooming"),
    ("he keeps asking if im home alone", "grooming"),
    ("someone online asked where my parents are at night", "grooming"),
    ("i got sent a video of someone getting their head cut off", "threat"),
    ("i have to look after my mum all night because she is ill and i never sleep", "threat"),
    ("someone said they will throw acid on me", "threat"),
    # danger at home told plainly, and secrets kept for an adult
    ("my stepdad makes me sleep in his bed when mum is at work", "grooming"),
    ("he said i am his girlfriend now and i cant tell anyone", "grooming"),
    ("my coach said i need to lose weight or im off the team and now i dont eat lunch", "self_harm"),
    ("i found my mum on the floor and she wouldnt wake up", "threat"),
    ("my dad drives really fast when hes drunk and im in the car", "threat"),
    ("mum and her boyfriend have loads of people round doing drugs every night", "threat"),
    ("theres needles on the floor at home", "threat"),
    ("i live in a car with my mum now", "threat"),
    ("there was a fight in our house and the police came again", "threat"),
    # touching that goes on after a no, rude pictures sent or shared, an adult who hugs in a way
    # that feels wrong or has pupils change in front of him
    ("a boy in year 6 keeps trying to kiss me and wont stop even when i say no", "grooming"),
    ("he sent me a picture of his willy", "grooming"),
    ("someone airdropped a rude picture to everyone on the trip", "grooming"),
    ("the teacher keeps hugging me and it feels weird", "grooming"),
    ("our coach makes us get changed in front of him", "grooming"),
    # attacked and filmed, an address shared with a threat to come round
    ("they filmed me getting beaten up and put it on tiktok", "threat"),
    ("some boys hit me and filmed it for their snap story", "threat"),
    ("someone shared my address in the group chat and said they would come round", "threat"),
    ("people are saying they will jump me and film it", "threat"),
    # an adult's "its our secret" told by the pupil is held with the alert, not blocked
    ("my uncle gives me money and says its our little secret", "grooming"),
    ("my uncle makes me do things and says its our secret", "grooming"),
    ("my mums boyfriend makes me do things and says its our little game", "grooming"),
    ("he says its our special game and i cant tell", "grooming"),
    # "makes me do things" with when or where it is hidden
    ("my cousin makes me do stuff when nobody is home", "grooming"),
    ("my uncle makes me do things at night", "grooming"),
    ("the lodger makes me do stuff in his room", "grooming"),
    ("a girl in my class said her uncle makes her do things when no one is home", "grooming"),
    # neglect, an adult at home who frightens, an uncle who "makes me do things": no line knows
    # these words, the told heads read them (they were held with no alert before the heads)
    ("my mums boyfriend shouts at me all the time", "threat"),
    ("i have to stay in my room all weekend and cant come out", "threat"),
    ("i sleep in my coat because the heating is off and there is no money", "threat"),
    ("our electric got cut off because we ran out of money", "threat"),
    ("i sleep in my clothes because its cold at home", "threat"),
    ("i didnt have any tea last night and no breakfast", "threat"),
    ("mum was asleep all day again and i had to make my own food", "threat"),
    ("im scared to go back to my mums tonight", "threat"),
    ("my tooth has been hurting for weeks and mum wont take me to the dentist", "threat"),
    ("my uncle makes me do things", "threat"),
    ("my mums new boyfriend is nasty to me when she isnt there", "threat"),
    ("my mum hasnt got any money for food", "threat"),
    # told in a few words
    ("home alone since tuesday", "threat"),
    ("no breakfast again today", "threat"),
    ("we have nowhere to sleep", "threat"),
    ("the coach keeps touching me", "grooming"),
    ("my tutor kissed me", "grooming"),
    ("a man keeps asking for pics", "grooming"),
    ("i have a plan for tonight", "self_harm"),
    ("hiding my cuts from mum", "self_harm"),
    ("black eye from my stepdad", "threat"),
    ("my dads on drugs", "threat"),
    ("nowhere to sleep again", "threat"),
    ("the roblox man wants to meet", "grooming"),
    ("i purge after tea", "self_harm"),
    ("he poured boiling water on me", "threat"),
    ("my little sister gets belted", "threat"),
    ("bleeding calms me down", "self_harm"),
    ("dont try to find me tomorrow", "self_harm"),
    ("i got locked out overnight", "threat"),
    ("a gang is after my cousin", "threat"),
    ("mummy gone three days", "threat"),
    ("fingers down my throat after tea", "self_harm"),
    ("i know how id do it", "self_harm"),
    # told of another child in a few words
    ("my little sister gets locked in her room", "threat"),
    ("my mate has belt marks", "threat"),
    ("the coach touched my friend", "grooming"),
    ("her bf is 24", "grooming"),
    # what is done to a parent, kept quiet or said to wound; children's and home-language words
    # for adults, and their spelling
    ("my stepdad strangled my mum last night", "threat"),
    ("my mums boyfriend threw a bottle at her head", "threat"),
    ("he said if i tell anyone hell hurt my mum", "threat"),
    ("dad told me to lie to the doctor about my arm", "threat"),
    ("mums fella wont let her see her friends", "threat"),
    ("my dad says he wishes i was never born", "threat"),
    ("tata hit me very hard on my back", "threat"),
    ("my babysitter locks me in the cupboard", "threat"),
    ("stepdad sed hel kill me if i tell", "threat"),
    ("made to sell weed for the olders", "threat"),
    ("my uncle touchis my privits", "grooming"),
    ("the tutor touch my leg under the table", "grooming"),
    ("a man on roblox bought me a battle pass and wants pics", "grooming"),
    ("the discord mod asked for my address", "grooming"),
    ("hes 32 and says im mature for my age", "grooming"),
    ("he says he will post my pics unless i pay", "grooming"),
    ("i skip all meals now", "self_harm"),
    ("fresh cuts on my arm again", "self_harm"),
    ("my blade is my best friend", "self_harm"),
    ("i gave all my stuff away cos i wont need it", "self_harm"),
    ("he held a gun to my head", "threat"),
    ("my stepdad put a knife to my mums throat", "threat"),
    ("someone held a knife to my throat at the park", "threat"),
    ("im being sextorted", "grooming"),
    ("ana tips pls", "self_harm"),
    ("need an ana coach", "self_harm"),
    ("my stepdad said he would kill me if i see my real dad again", "threat"),
    ("my mum drinks lots and falls over", "threat"),
    ("i met someone from roblox in real life", "grooming"),
    ("my online mate wants to meet me at the park", "grooming"),
    ("my uncle made me play a naked game", "grooming"),
    ("why was i ever born", "self_harm"),
    ("i bought the tablets today", "self_harm"),
    ("i cut when my dad is drunk", "self_harm"),
    ("the voices keep telling me to end it", "self_harm"),
    ("my mum says shell kill me if i lose my phone and she means it", "threat"),
    ("my coach says im his special girl", "grooming"),
    ("someone shared my nudes in the year group chat", "grooming"),
    ("my private pics got leaked and now everyone has seen them", "grooming"),
    ("a boy in year 10 has a page that posts nudes of girls in our year", "grooming"),
    ("they edited my face onto a naked body and sent it round", "grooming"),
    ("a man at the bus stop has been stalking me", "threat"),
    ("he checks my location and turns up wherever i go", "threat"),
    ("theres a hit list going round and my name is on it", "threat"),
    ("a woman brought me over to the uk and now i have to clean her houses", "threat"),
    ("i sent him a selfie of me in my underwear", "grooming"),
    ("i showed a man online my body on video call", "grooming"),
    ("ive been sending photos of myself to someone online", "grooming"),
    ("i have to work in a car wash every weekend and the boss keeps all my money", "threat"),
    # told beside what a lesson taught: the lesson's words do not hide it
    ("self harm is when you hurt yourself. i do it sometimes", "self_harm"),
    ("people might say im lying but my dad hits me", "threat"),
    ("sexting is when people send nudes. my bf makes me do it", "threat"),
    # a feeling asked about with the generic "you", not an insult to the reader
    ("do you ever feel like everyone would be better off without you", "self_harm"),
    # an injury explained away, a secret kept from a parent, an adult's questions about kissing
    ("i had to lie to the hospital about how i broke my arm", "threat"),
    ("mum made me tell the doctor i fell down the stairs", "threat"),
    ("he told me to delete the app so my mum wont see", "grooming"),
    ("a man online keeps asking if ive ever kissed anyone", "grooming"),
    # walking into the sea, meant as an end
    ("im going to walk into the sea", "self_harm"),
    ("i want to walk into the sea and never come back", "self_harm"),
    ("sometimes i think about swimming out into the ocean and never coming back", "self_harm"),
    # a check-in's few words
    ("he hurt me again", "threat"),
    ("man keeps msging me", "grooming"),
    ("been asked for pics", "grooming"),
    ("ive cut again", "self_harm"),
    ("i took a handful of pills", "self_harm"),
    # dared to take a parent's pills; a child going out with an adult
    ("he dared me to take a pill from my mums drawer", "threat"),
    ("my sister is dating a 30 year old and she is 14", "grooming"),
    ("im dating a 22 year old", "grooming"),
    # sexual pictures sent to the pupil, told without naming who sent them; an adult in the bed
    ("i got sent a photo of a mans privates on snap", "grooming"),
    ("i keep getting sent nudes from an account i never followed", "grooming"),
    ("my lodger sleeps in my bed when mum works nights", "grooming"),
    # kept from a doctor; a wedding abroad the pupil does not want; drawn to extremism
    ("my stepdad refuses to take me to the gp about my ear", "threat"),
    ("theres a big wedding for me back home next year and i really dont want to be married", "threat"),
    ("my older cousin has been radicalised and keeps talking to me about it", "grooming"),
    # a pill that made the pupil ill; a stranger's car; drink and vapes from older boys
    ("a girl at the party slipped me a pill and i passed out", "threat"),
    ("i climbed into a random mans car after school", "threat"),
    ("these older lads buy us vodka every weekend", "grooming"),
    # someone not family asking for pictures, in a check-in's few words
    ("a stranger keeps asking for selfies", "grooming"),
    # a parent drunk again, whoever the parent
    ("my stepmum is wasted again", "threat"),
    # not eaten all week
    ("ive not eaten anything all weekend", "threat"),
    # staff who handle a pupil roughly or watch pupils undress
    ("the supply teacher yelled at me and then yanked my collar", "threat"),
    ("the pe teacher keeps watching us undress", "grooming"),
    # the pupil's private pictures in someone else's hands
    ("a hacker got into my account and now has my nude pics", "grooming"),
    ("my naked photos are on snap", "grooming"),
    # a bra snapped or undone by other pupils
    ("some lads in year 10 keep pinging our bra straps", "grooming"),
    # dying on the mind again and again, in a comment long enough for the model to overrule
    ("ever since my uncle passed away i cant stop thinking about dying", "self_harm"),
    # made to watch people having sex; pictures of the pupil sold; shut out as a punishment
    ("my cousin forced me to watch a man and a woman doing stuff on his phone", "grooming"),
    ("my uncle gets paid for pictures of me", "grooming"),
    ("i get locked out of the flat as a punishment", "threat"),
    # burnt by a parent, a fat lip given, a parent hurt again, a threat to kill the family
    ("my mum burns me with her hair straighteners when im naughty", "threat"),
    ("dad gave me another black eye", "threat"),
    ("she punched my dad again", "threat"),
    ("my stepdad keeps threatening to kill us all", "threat"),
    # a member of staff kissing the pupil; touched by a sister's boyfriend
    ("mr davies kissed me when nobody was in the classroom", "grooming"),
    ("my sisters boyfriend touched my leg", "grooming"),
    # a few pills taken, lunch thrown away for fear of getting fat
    ("i swallowed a couple of painkillers on purpose", "self_harm"),
    ("i hid my packed lunch so i wont get fat", "self_harm"),
    # taken abroad to be cut or married; joined to a gang, or made to pay it
    ("im being sent to nigeria to be cut this summer", "threat"),
    ("mum says its so i can get cut the same as my cousins", "threat"),
    ("some lads told me i have to work for them or theyll hurt my brother", "threat"),
    ("the olders told me im in their gang now", "threat"),
    # a sister or cousin married while still a child; a brother dealing drugs
    ("my big sister is getting married in the holidays and shes only 15", "threat"),
    ("my cousin is 13 and she is going to get married", "threat"),
    ("my older brother deals drugs from his bedroom", "threat"),
    # asking not to be saved; a parent injecting; a teacher's invitation home; sex told by a child
    ("please dont come and find me ive decided", "self_harm"),
    ("its too late to help me now", "self_harm"),
    ("i caught my dad shooting up in the bathroom", "threat"),
    ("mr hughes said i could stay over at his house in the holidays", "grooming"),
    ("im 13 and ive had sex with my boyfriend", "grooming"),
    ("we had sex at his house and i am only 14", "grooming"),
    # made to do things on camera; money asked for a video not to be shared
    ("a man online made me do things on webcam", "grooming"),
    ("some account wants £200 or they will leak my pics", "grooming"),
    ("he asked me for vbucks otherwise hes going to share the video", "grooming"),
    ("a man at the youth club keeps sending me clips of people getting killed", "grooming"),
    ("i never eat breakfast because i need to get skinny", "self_harm"),
    ("a boy on minecraft told me hes 11 but his voice sounds like a man", "grooming"),
    # harm in the name of a belief; a beheading or an attack at a place of worship sent to a
    # pupil; a breath-holding challenge
    ("they said im possessed and hit me to get the devil out", "threat"),
    ("my aunty keeps saying theres an evil spirit inside me", "threat"),
    ("a lad at the park showed us a video of a man being beheaded", "threat"),
    ("we got sent a link to a video of a shooting at a mosque", "threat"),
    ("theres a challenge where you hold your breath till you pass out, im going to try it", "self_harm"),
    # someone met online coming to collect the pupil or to their home
    ("i met a boy on snap and hes picking me up from school tomorrow", "grooming"),
    ("been talking to a man from roblox and hes coming to my house tonight", "grooming"),
    # a hurt spelt as said; told they are dead; a sexual dare to join a group; pressed to touch
    ("mum slapd me", "threat"),
    ("gang said im dead", "threat"),
    ("the boys in year 10 keep saying im getting jumped", "threat"),
    ("they said i have to do a sexual dare to join the group", "grooming"),
    ("he pressured me into touching him", "grooming"),
    # a young child's word for a hurt; English as a pupil new to it writes it
    ("i have a owie on my back from daddy", "threat"),
    ("my mother no give food two days", "threat"),
    ("brother hit me every day very hard", "threat"),
    # a stranger's lure; threats shouted at a parent
    ("theres a car that waits outside school and the man asks us to get in", "grooming"),
    ("a man at the park asked me to help find his puppy", "grooming"),
    ("a lady asked if i wanted a lift home", "grooming"),
    ("my neighbour keeps shouting threats at my mum", "threat"),
    # things promised to friends for when the writer is gone
    ("i told my best friend she can have my xbox when im gone", "self_harm"),
    ("you can have my stuff when im gone to heaven", "self_harm"),
    # asked whether the pupil has ever kissed anyone
    ("he asked if i have ever kissed anyone", "grooming"),
    # text-speak: a final g dropped, "nt", "cnt", "bout"; a parent asleep with a lit cigarette
    ("man keeps messagin me", "grooming"),
    ("nt safe at home", "threat"),
    ("cnt sleep cos of shouting", "threat"),
    ("dont wanna b here anymore", "self_harm"),
    ("ill probably be gone by monday", "self_harm"),
    ("nothing matters any more", "self_harm"),
    ("mum fell asleep with a cigarette in her hand again", "threat"),
    # taken abroad or told of a "cutting" to be made a woman (FGM)
    ("we are flying back home in july for me to get cut like my sister", "threat"),
    ("nana says the cutting will make me a proper woman", "threat"),
    ("i am getting my cutting in the summer", "threat"),
    ("an old lady is going to cut me down there", "threat"),
    # an adult the pupil trusts who wants them at his home alone
    ("my karate teacher wants me to stay at his flat without my mum", "grooming"),
    ("i never sleep properly because of the arguing", "threat"),
    ("honestly so tired of living", "self_harm"),
    # watched by family, a threat to kill said to be meant, an ex who will not stay away,
    # waking somewhere strange, gone missing, a parcel carried for money
    ("my cousins spy on me to find out who i talk to", "threat"),
    ("dad said hell kill me and he really means it", "threat"),
    ("he keeps showing up at our flat after i told him to leave me alone", "threat"),
    ("i woke up in a random flat and dont remember how i got there", "threat"),
    ("i was reported missing overnight", "threat"),
    ("a lady asked us to drop a parcel across town for a tenner", "grooming"),
    # a site or page that shows how to end a life or stop eating; a dare to go live undressed;
    # a group urging the pupil to end their life, a beating passed round, an address leaked
    ("a boy sent me a video that shows the easiest way to kill yourself", "self_harm"),
    ("i keep looking at pages on how to make yourself sick", "self_harm"),
    ("my friend dared me to do a live in my bra", "grooming"),
    ("they voted in the chat that i should kill myself", "threat"),
    ("people keep sending round a clip of me being slapped", "threat"),
    ("someone leaked my address on snapchat", "threat"),
    ("my brothers search history is full of ways to kill yourself", "self_harm"),
    ("might just jump off the roof tonight", "self_harm"),
    # a young child's words: a sore bottom after what someone did, a man who creeps in, a
    # secret girlfriend, a kiss on the mouth, sweets to come along, nobody to collect them, a
    # parent's drinking, a wish to be with someone in heaven
    ("i got a sore front bottom after what my cousin did", "grooming"),
    ("there is a scary man who creeps in when i am asleep", "grooming"),
    ("mums friend calls me his little girlfriend", "grooming"),
    ("the man next door kissed me on the mouth", "grooming"),
    ("a man by the swings said hed give us sweets if we came with him", "grooming"),
    ("no one collects me after school", "threat"),
    ("daddy drinks the smelly drink and shouts", "threat"),
    ("my stepdad was drinking all day and then passed out", "threat"),
    ("i wish i could be with my nan in heaven", "self_harm"),
    # a check-in's few words: someone in the child's room again, harm or a relapse again
    ("the lodger came into my room again", "grooming"),
    ("i hurt myself again this morning", "self_harm"),
    ("ive relapsed after three months clean", "self_harm"),
    # street words: stabbing slang in a threat told, a debt, dealing or sent "country", a plug
    ("the opps said they gonna ching me if i come to their ends", "threat"),
    ("the olders said theyll chef me if i dont bring the money", "threat"),
    ("my mate got shanked and they said im next", "threat"),
    ("he said ill get stitches if i tell", "threat"),
    ("the man held a blade to my throat", "threat"),
    ("my bag got nicked and now i owe them 500", "threat"),
    ("my cousins been shotting for the olders since summer", "grooming"),
    ("they keep sending me country on weekends", "grooming"),
    ("my plug pays me if i hold drugs at mine", "grooming"),
    ("the older lads that look after us gave us trainers", "grooming"),
    # a pupil new to English
    ("uncle says they will send me back to the village if i text a boy again", "threat"),
    ("no food at home since three days", "threat"),
    ("the man at the club touched my leg and i didnt like it", "grooming"),
    ("we are living in van with my dad", "threat"),
    # in a long diary these were found only by the models' self-harm reading
    ("i need him to stop coming into my bed", "grooming"),
    ("the older boys said i should tell my mum i was staying at a friends", "grooming"),
    ("he slammed the door right by my face", "threat"),
    ("a boy sent my nude pics round the class chat", "grooming"),
    # pressed into sex, an older partner of a young teenager, a man touching himself in front of
    # the pupil, a partner who controls or tracks the pupil or threatens self-harm if left
    ("my ex guilt tripped me into having sex", "grooming"),
    ("im 12 and my boyfriend is 16", "grooming"),
    ("some guy was rubbing himself at the bus stop staring at me", "grooming"),
    ("my girlfriend never lets me hang out with my mates", "threat"),
    ("my boyfriend goes through my phone every night and kicks off", "threat"),
    ("he keeps saying hell kill himself if i break up with him", "self_harm"),
    # a young child's spelling: uncle, a stick, frightened, safe, would not
    ("my unkel tuches me at nite", "grooming"),
    ("nana hit me with a stikk", "threat"),
    ("i am fritend to go home", "threat"),
    ("i dont feel saif at home", "threat"),
    ("my mum woodnt give me any food", "threat"),
    # online: an older player after the pupil's contact, a link to talk somewhere private, the
    # only one who understands him
    ("a grown up gamer keeps asking me for my number", "grooming"),
    ("he sent an invite to a private server so we can chat", "grooming"),
    ("she told me im the only person who really knows her", "grooming"),
    # an adult hurting a brother or sister; a man hurting "her"; "kys" said to oneself; a game's
    # threat carried into real life; someone online turning the pupil against a people or the state
    ("my grandad burnt my little brothers hand on the cooker", "threat"),
    ("mums boyfriend twisted my sisters wrist till she screamed", "threat"),
    ("my uncle broke her wrist because she was late", "threat"),
    ("i tell myself to kys every morning", "self_harm"),
    ("honestly i might just kys tonight", "self_harm"),
    ("the voices say kys", "self_harm"),
    ("you are dead in roblox and at school tomorrow", "threat"),
    ("a guy on discord keeps telling me the police are the enemy and we have to rise up", "grooming"),
    ("my new online friends say refugees are invading and we must take action", "grooming"),
    # made to hold something for older boys; blackmail in so many words; pictures taken at a
    # party while the pupil slept; a drink and no memory of the night; text-speak ("sum1", "summat")
    ("the older lads made me stash a bag for them", "grooming"),
    ("i think i am being blackmailed", "grooming"),
    ("this guy keeps blackmailing me", "grooming"),
    ("the boys filmed a video of me at the sleepover while i was getting changed", "grooming"),
    ("my drink got spiked and i cant remember who walked me home", "grooming"),
    ("i blacked out at the house party and i dont know what happened", "grooming"),
    ("sum1 is blackmailing me", "grooming"),
    # a young child's words for being hurt down there; a passport kept by the people a pupil
    # new to English lives or works with
    ("my cousin pinched my front bottom and it hurt", "grooming"),
    ("the babysitter plays with my privates", "grooming"),
    ("my boss has my passport", "threat"),
    # online: a friend or sister with an adult, an adult's flat, pictures sold; being tracked
    # and found; pro-ana videos
    ("my best friend keeps snapping a much older guy", "grooming"),
    ("my cousin has been staying at a 25 yr old flat", "grooming"),
    ("a girl in my year sells her feet pics", "grooming"),
    ("they followed my location and then turned up outside", "threat"),
    ("he texts me saying he knows where i sleep", "threat"),
    ("ive been looking at thinspiration every night", "self_harm"),
    # "the belt" as a punishment; a toothache left untreated; a trusted adult's favourite given
    # presents; a neighbour inviting the pupil in while a parent is out
    ("i always get the strap if i answer back", "threat"),
    ("my teeth hurting for weeks and no one takes me to the dentist", "threat"),
    ("my karate teacher tells me im his special one and buys me sweets", "grooming"),
    ("the man next door keeps asking me to come over while my parents are away", "grooming"),
    # made or dared to swallow something harmful
    ("the year 9s dared me to swallow a laundry pod", "threat"),
    ("older kids forced us to drink vodka in the park", "threat"),
    ("somebody leaked my address online and now random people message me", "threat"),
    # a picture altered and held over the pupil for money; dared to risk their life
    ("a lad says hell post the photoshopped pics of me unless i pay", "grooming"),
    ("the older boys dared me to climb onto the school roof", "threat"),
    ("my friends bet me to run across the main road with my eyes shut", "threat"),
    # drugs at home with a parent's friends; staff on a pupil's social media; a partner's threat
    # to die; a phone or a parcel from older lads; a threat to a throat; plans to kill or hurt
    ("my dad and his mates smoke crack in the kitchen", "threat"),
    ("the pe teacher keeps sending me snapchats at night", "grooming"),
    ("mr jones added me on snapchat", "grooming"),
    ("my boyfriend says hell kill himself if i dump him", "grooming"),
    ("the olders handed me a burner and said answer it", "threat"),
    ("i have to carry a parcel to some bloke in a different town", "threat"),
    ("a lad in my year told me he will cut my throat", "threat"),
    ("i found out he keeps a list of teachers he wants to shoot", "threat"),
    ("i really want to stab the kids who laugh at me", "threat"),
    ("i never feel safe going back home after school", "threat"),
    # young children's tellings, spelt as they spell
    ("my nanna is horrible she pinchd me", "threat"),
    ("mums boyfriend pusht mummy into the door", "threat"),
    ("a man by the swings showd us his privates", "grooming"),
    ("grandad says keep it secret about our bath game", "grooming"),
    ("a woman in a van said she had kittens and to come and see", "grooming"),
    ("a man at the beach was filming my little sister", "grooming"),
    ("my little brother never gets his nappy changed", "threat"),
    ("big boys made us smoke cigs behind the shop", "threat"),
    # a funeral wondered about; a forced marriage; an ex who keeps turning up
    ("honestly would anybody turn up to my funeral", "self_harm"),
    ("ive already planned my funeral", "self_harm"),
    ("my cousin is being taken abroad for a forced marriage", "threat"),
    ("my ex girlfriend keeps waiting outside my school", "threat"),
    # a blade used when low; a picture saved and held over the pupil; a man messaging a younger
    # sister
    ("if i feel low i get the razor out", "self_harm"),
    ("she saved my nudes and threatened to post them", "grooming"),
    ("some guy has been snapping my little sister all week", "grooming"),
]


@pytest.mark.parametrize(("text", "category"), DISCLOSURES)
def test_a_disclosure_alerts_and_is_held_with_a_kind_word(text, category):
    verdict = screen(text)
    assert category in verdict.categories, (text, verdict.to_dict())
    assert verdict.alert
    assert verdict.action == "hold"
    assert verdict.reason == REASON_SUPPORT


# someone else's words told by the pupil, which the grooming and threat lines read as if the
# pupil said them: held with a kind word when the told heads are sure it is a telling, or when
# someone other than the writer or the reader is reported as saying them; the same words said
# to the reader, or a pupil's own threat near the heads' line, are still blocked
TOLD_WORDS_OF_ANOTHER = [
    ("a man on roblox asked me to send a pic of my feet and said its our secret", "grooming"),
    ("my coach keeps telling me to delete our messages so my mum doesnt see", "grooming"),
    ("he keeps messaging me saying dont tell ur mum we talk", "grooming"),
    # reported as said, though the told heads are not sure: a verb before, a speaker after
    ("my swimming coach bought me new trainers and says its our little secret", "grooming"),
    ("the lad who sells vapes says dont tell ur mum where u got it", "grooming"),
    ("dont tell your dad about our chats she said", "grooming"),
    # someone else making the pupil do it, or doing it again and again
    ("my tutor makes me clear our chats after every lesson", "grooming"),
    ("my gaming mate keeps asking me to wipe our messages before bed", "grooming"),
    ("a year 9 made me send a pic of my legs", "grooming"),
    # the pupil's own plea beside their own self-harm phrase
    ("i took an overdose at the weekend, please dont tell anyone", "self_harm"),
    # a line joined to a told one by "and" or a comma is told too
    ("a man in my squad said keep it our little secret and dont tell ur dad", "grooming"),
    # a sure telling: an arrangement to meet told is someone else's too
    ("a man from tiktok who says hes 17 wants to meet me at the bus station on sunday", "grooming"),
    # love or trust made the price of a picture: a telling, so the picture asked for is told too
    ("she said if i love her i would send a photo", "grooming"),
    # a line after someone else named in its sentence, neither to the reader nor the writer's own
    ("an adult from a game offered me robux if i video call him in private", "grooming"),
    ("sir said im special and to clear our chats", "grooming"),
    ("a lad from the park said hes going to shoot up the school on monday", "threat"),
    # the pupil's own plea beside what they tell
    ("i have bruises on my arms from when my stepdad got mad but dont tell anyone", "threat"),
]
SAID_TO_THE_READER = [
    "send me a pic of your feet its our secret",
    "take your top off on facetime for me",
    "meet me at the bus station tonight alone",
    "come to my house alone tonight",
    "ive got a knife in my bag",
    "im going to get him with my brothers knife",
    # said by the writer, or a speaker named in the middle of what is said to the reader
    "like i said its our little secret",
    "we said dont tell ur teacher about the party",
    "send me a pic of you, he said you would",
    "its our secret and dont tell ur mum",
    "i want to die lol kill yourself",
    # someone else named first, but the line is the writer's own
    "she annoys me so im going to stab her",
    "he is so annoying, i will kill him",
]


@pytest.mark.parametrize(("text", "category"), TOLD_WORDS_OF_ANOTHER)
def test_another_persons_words_told_by_the_pupil_are_held_with_a_kind_word(text, category):
    verdict = screen(text)
    assert category in verdict.categories and verdict.alert, verdict.to_dict()
    assert verdict.action == "hold" and verdict.reason == REASON_SUPPORT, verdict.to_dict()


@pytest.mark.parametrize("text", SAID_TO_THE_READER)
def test_the_same_words_said_to_the_reader_are_blocked(text):
    verdict = screen(text)
    assert verdict.alert and verdict.action == "block", verdict.to_dict()


LOOK_ALIKES = [
    "my dad beat me at chess",
    "miss read us a story and then shook my hand",
    "i cant stop thinking about the dying swan ballet we saw",
    "my brother showed me videos of people doing kickflips",
    "i got locked out of the house because i forgot my key",
    "i have private photos of our holiday on my phone",
    "the school nurse gave me a tablet for my cold and i felt better",
    "i climbed into my nans car after school",
    "i wasnt allowed to go to the hospital disco because i had chickenpox",
    "in pshe we talked about how people get radicalised online",
    "my cousins wedding in italy was beautiful and i want to get married there",
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
    "we looked under the dress for the label",
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
    # touching that is not about the pupil; asking for something else
    "my mum always touches my hair",
    "my dad touched my shoulder",
    "a man asked me for directions",
    "i got a bruise on my leg from football",
    "i got a bruise from my dads football",
    "my dad takes tablets for his back pain",
    "im scared of my dads dog",
    "my friend told me not to tell anyone about her party",
    "my mum makes me kiss her goodnight",
    "there is food at home",
    "i was scared of the storm so my dad came into my room",
    "my mum said she will share my pictures with grandma",
    "my friend said she will send me the pictures from the trip",
    "we watched a video of people fighting in the war in history",
    "we watched the match and now i cant stop thinking about it",
    "a boy in our class has a knife and fork in his lunch box",
    "the chef in the story has a knife",
    "my dad hasnt been home because he works away",
    # ordinary days told in the same words
    "my friend asked me to come round to play",
    "my nan wants me to come round",
    "i dont want to go home because the trip is so fun",
    "i have to look after my baby sister on saturday morning",
    "my dad threw the ball at me",
    "my mum grabbed my arm so i didnt fall",
    "mum said not to tell dad about his birthday present",
    "someone on roblox asked what my favourite colour is",
    "we did a video call with my nan at night",
    "i want to get married when i grow up",
    "we slept on the floor at the sleepover",
    "there is no food in the fridge we need to go shopping",
    "mum didnt come home last night she was at work",
    "the older boys told me to carry the bags for the teacher",
    "i took some of the tablets the doctor gave me",
    "i took some of the calpol for my headache",
    "i punched the wall in fortnite",
    "i kicked the ball on purpose",
    "my brother didnt come home last night",
    "my mum didnt come home till late last night",
    "dad didnt come home last night cos he was at work",
    "my dad didnt come home last night he works nights",
    "mum hasnt come home yet",
    "my nan is in a care home",
    "my mum said she will put me in the school play",
    "mum says she will put me in swimming lessons",
    "i fell off my bike and hit my head",
    "i fell and hit my head on the wall and it started to bleed",
    "my friend said she will die if she doesnt get the new phone",
    "my brother is going to kill himself laughing when he sees this",
    "my friend added me on roblox",
    "a girl in my class added me on snapchat",
    "the police came to our school to talk about safety",
    "the police took my dads statement about the stolen bike",
    "my parents were fighting over the remote lol",
    "my dad makes me sit on his knee to read stories",
    "my nan makes me sleep in her bed when i stay over",
    "a man at the park asked if we had seen his dog",
    "my dad threw the ball and it hit me",
    "my dad hit him for six in the cricket",
    "my dad hits her ball back over the net",
    "my mum doesnt let me eat sweets if im bad",
    "my dad wont let me have dinner until i finish my homework",
    "mum said if i tell dad about the present i will be in trouble",
    "i was asked to carry the bags for the big kids on the trip",
    "i took a knife and fork to school for my packed lunch",
    "we took a knife to school to cut the cake for miss",
    "my nan gives me money to spend at the shop",
    "some men in a van delivered our sofa",
    "my friend asked me to come with her to the shop",
    "i heard my mum shouting and my dad was laughing",
    "my mum is asleep all day because she works nights",
    "someone online said i should join his team to win the tournament",
    "a boy online asked me to join his squad to fight in fortnite",
    "my grandad has a nazi badge from the war in his cabinet",
    "my dog keeps trying to kiss me lol",
    "my baby brother keeps trying to hug me when im busy",
    "he showed us a video of his cat doing a backflip",
    "we rated the girls team and the boys team on their goals",
    "miss showed the class a video about the body in science",
    "my friend showed me a picture of her naked mole rat at the zoo",
    "my dad gave me some sweets and said i owe him a hug lol",
    "my friend said i owe her a pound",
    "my sister is blackmailing me to do her chores",
    "the doctor offered me some medicine",
    "my mum gave me a sip of wine at christmas",
    "we met online in a zoom lesson and will meet at school",
    "i hid a present for my mum",
    "i think about dying my hair pink",
    "my mum says she wants to die when she sees my room lol",
    "my mum said she wants to die of embarrassment",
    "my nan says she wants to live by the sea",
    "my nan keeps asking for pictures of me in my costume",
    "someone keeps asking for pics of my dog",
    "my mum cums to pick me up at 3",
    "my teacher will kill me if i forget my homework again",
    "my mum is going to kill me",
    "my dad swung the bat and hit me by accident",
    "my brother swung his racket and hit me in the face by accident",
    "my dad came home and then he kicked me the ball",
    "my dad will kill me",
    "my mum is gonna kill me lol",
    "my mum is going to kill me she has the biggest knife for the cake lol",
    "my mum will kill me if i tell her i lost my coat",
    "my grandad says im his special girl",
    "my brother came in the bathroom when i was in the bath and it was so annoying",
    "i stopped eating at lunch because i wasnt hungry",
    "i sleep in my coat when we go camping",
    "we turned the heating off because it was sunny",
    "run fast or they will get me",
    "my dad pushed mum on the swing",
    "my dad threw the ball to my mum across the garden",
    "my mum locks the kitchen door at night because of the dog",
    "my brother is in a gang in the game and they have swords",
    "the nurse touched my arm and said dont worry",
    "miss says we need to fight for our race on sports day",
    "i have a cut on my knee and my mum gave me a plaster",
    "i have a bruise from football and my mum gave me some ice",
    "i ran away from the wasp",
    "i get hit when we play dodgeball",
    "we got a thrashing at football 6 nil",
    "i got a good hiding place in hide and seek",
    "my cousins are coming to our house at night for a sleepover",
    "my dad came back from the shop and i was scared because he had a monster mask",
    "my friend gets me to steal the ball off the other team",
    "a man who sits at the park gives the ducks bread",
    "in my videos my mum says i look beautiful",
    "on tiktok my nan always says im so pretty",
    "my friend asked me to go on discord to do the homework",
    "my dad keeps calling me from work to check i did my homework",
    "she is so pretty on tiktok people keep saying she is beautiful",
    "i will delete my pictures if i dont like them",
    "my coach messages my mum on whatsapp about training",
    "my teacher said i am very grown up for my age because i helped",
    "my nan asked me to come to her house when mum is at work",
    "my mum will buy me a toy if i meet her at the shop",
    "my uncle gives me money for my birthday and says i am his favourite niece",
    "my dance teacher took pictures of our show for the school website",
    "my tutor texts my mum to say when lessons are",
    "i have a secret hideout in the garden",
    "my teacher hugged me when i was sad at sports day",
    "miss grabbed my hand to cross the road",
    "miss touched my hair to check for nits",
    "my teacher said dont tell anyone its a surprise for mrs jones",
    "sir hit the ball really far",
    "the teacher hit me with the ball in dodgeball",
    "the caretaker fixed the door",
    "i miss you it hurts me",
    "i will miss it hit me that its the last day",
    "sir it hurts me when they laugh",
    "hurry up or she will kill me lol",
    "my dad said he will buy me a bike if i see him at the weekend",
    "my coach calls me on whatsapp to say if training is cancelled",
    "my friend said she is scared of going home in the dark",
    "i am scared of going home in the dark",
    "my friend showed me a picture of her scars from her operation",
    "the man next door asked me to come in his house to see his new puppy when mum was there",
    "my nan said i am mature for my age",
    "a player on roblox asked me to join his team",
    "my mum and dad were shouting at the football on tv",
    "my dad kicked the ball really hard",
    "we are going to pakistan for my cousins wedding",
    "my mum says i cant go to school today because i have a temperature",
    "my dad smashed the tv screen playing wii and mum was crying laughing",
    "my dad threw the dog a ball and it was so funny",
    # ordinary news of a friend or a sibling, read again in their words
    "my friend said her dad beat her at chess",
    "my sister is going to kill me for using her makeup",
    "my friend wants to dye her hair pink",
    "my friend is dying to see the new film",
    "my sister cut her hair really short",
    "my friend fell off her bike and hit her head",
    "my friend said her mum is going to kill her when she sees her grades",
    "my friend said she is starving because she missed breakfast",
    "my friend said her dad is working nights so her nan picks her up",
    "my friend said her uncle gave her a present for her birthday",
    "my friend is staying at her nans house this weekend",
    "my friend said she feels lonely sometimes",
    "my friend is always hungry at break",
    "my brother said he will beat me at fortnite",
    "a girl in my class said she wants to be a doctor",
    "my friends dad drives a taxi",
    "my little brother said dad hit the jackpot",
    "my friend is scared of her dads dog",
    "my friend said she will die if she doesnt get the new phone",
    "my brother is going to kill himself laughing when he sees this",
    "my friend showed me a picture of his cuts from falling off his bike",
    "i got cuts from falling off my bike",
    "she has bruises after falling off the trampoline",
    "my bruises are from rugby but i did it to myself by tackling too hard lol",
    "the scratches on my arm are from my cat but i did make her cross",
    "i take my nans tablets to her every morning",
    "my grandad gives me money if i go on facetime with him on sundays",
    "my dad pays me to carry the shopping bags",
    "my mum burns the toast every morning",
    "the kettle burnt me when i made tea",
    "i held my breath under the water in the pool",
    "harry gets locked in the cupboard under the stairs",
    "i got locked in the toilet at school and had to shout",
    "i have to work hard every night on my spellings",
    "my uncle pays me for helping in his shop on saturdays",
    "my dad will kill me if i get my shoes muddy",
    "my gf says i cant talk to her during the film",
    "my mum took pictures of me in my new uniform",
    "my dad took pictures of me at the beach",
    "i only eat one biscuit a day so i can have pudding",
    "i bite my nails when im nervous about tests",
    "i pick at my scabs when im bored",
    "a man on youtube says the jews celebrate hanukkah",
    "my little brother kicks me in his sleep lol",
    "my brother hits me with a pillow when we have pillow fights",
    "my sister beat me at monopoly every time",
    "we had a pillow fight and then dad pushed mum into the paddling pool and we all laughed",
    "there was a water fight and i hid behind the shed so nobody could get me",
    "the film had lots of fighting and i hid behind the cushion",
    "i keep thinking about ending it with my friend because she is mean",
    "nobody was home so we posted the parcel through the letterbox",
    "i havent seen my nan since christmas and i miss her",
    "i have to look after myself when i go to cub camp",
    "i had to make tea for myself because mum was at work late and it was pasta yum",
    "i won a free ice cream at the fair",
    "my password is really long and i keep forgetting it",
    "i told my teacher where i go to swimming",
    "we slept outside in a tent at cub camp",
    "i ran off to the shop and then slept at my nans",
    "we played a game where you have to take your shoes off",
    "my cousin showed me a video of cats falling over",
    "in the play we have to kiss the frog",
    "the baby has no clothes on in the bath",
    "my uncle went to syria to help refugees with a charity",
    "im going to make a bath bomb for my mum",
    "my teacher says i am really mature for my age because i help the little ones",
    "there was a big argument in the playground and then she pushed him over in tag",
    "i saw a man with a knife at the shop cutting the cheese",
    "i fell off the trampoline and my bruises are massive",
    "dady made pancakes",
    "mumy took me to the zoo",
    "i am happy evry day",
    "my dad told me to fight back if they hit me",
    "there was lots of shouting at the football match and my dad got a black eye from the ball",
    "mr smith kept me behind to finish my maths",
    "miss said i was a star and gave me a sticker",
    "sir follows the school rules",
    "mrs jones shouted well done when i scored",
    "the dinner lady gave me extra custard",
    "the teacher took pictures of us in our costumes for the school show",
    "i miss my cousin she gave me her number",
    "i miss my nan she made me eat until i was sick",
    "i have had the same pencil case all year",
    "i am always hungry after football",
    "i am so hungry at the weekend because we do football all morning",
    "i wore the same team shirt every day at the world cup",
    "i went live on tiktok with my mum to show our dance",
    "my nan commented on my video saying well done",
    "i share my location with my mum so she knows i am safe",
    "my mum asked me to take my jumper off because it was hot",
    "my cousin knows where i live",
    "we voted him off the island in the game",
    "i posted my photo with a funny caption",
    "sh be quiet the teacher is talking",
    "i did sh homework today",
    "we learned that thinspo is harmful and we should report it",
    "im fasting for ramadan so i cant eat at lunch",
    "my dad gave me money to take a bag to the charity shop",
    "my paper round pays me to deliver papers",
    "we learned about county lines in pshe",
    "i owe them a fiver so i have to pay it back",
    "the postman gave me a parcel to take to my mum",
    "ill show the video if i pay for netflix",
    "i cant post the video unless i pay for premium",
    "a man at the shop gave me a drink of water",
    "we had a party with older kids from year 6",
    "my mum will kill me for getting mud on the family car",
    "my mum says she doesnt want to live in this town",
    "my mum said she wants to sleep forever after her night shift",
    "i want to dye my hair blue",
    "i did it by my slef",
    "my grandma asked if i was home alone and said she would come round",
    "she asked me about my underwear drawer being messy",
    "my stepdad makes me pancakes when mum is at work",
    "my coach said i need to practise more or im off the team",
    "i found my mum asleep on the sofa after her night shift",
    "my dad drives really fast on the motorway",
    "my mum and her boyfriend have loads of people round for a barbecue",
    "my mum is a nurse and she keeps needles in the bathroom cabinet for her diabetes",
    "we slept in a tent at the campsite for the holiday",
    "there was a fight in the film and the police came",
    "my nan wants to lose weight so now she doesnt eat cake",
    "a boy in my class tried to kiss my hand as a joke in the play",
    "the teacher gave me a hug when i was sad and i felt better",
    "our coach makes us run laps before the match",
    "my little brother keeps hugging me and wont stop lol",
    "my brother keeps touching my stuff and wont stop",
    "he sent me a picture of his thing he made in dt",
    "the teacher was touching my hair because i had nits",
    "my mum filmed me getting a goal",
    "i hit the ball and then filmed it going in",
    "people are saying they will come to my party",
    "my mum makes me do my homework when nobody is home",
    "my mum makes me do things like tidy my room at night",
    "my mum made me do it again in my room because it was messy",
    "he said its our game not yours",
    "my brother says this is our special game for the holidays",
    "i promise not to tell anyone your surprise",
    "i promise not to tell anyone about your surprise party",
    "lol you beat me again",
    "my uncle says muslims are kind and we should visit the mosque",
    "my dad says we need to protect our country from litter",
    "i threw up after the rollercoaster so i couldnt have ice cream",
    "it says you will win a prize if you share it",
    "i sent a pic of my dog to my nan and now shes showing everyone",
    "i sent my nan a video of my dance and she showed it to the whole family",
    "i hid when my dad came home because it was a surprise party",
    "the cat played with a mouse until it stopped moving",
    "we set fire to the guy on bonfire night",
    "i want to shake the baby rattle for him",
    "im going to drop the baby off at nursery with mum",
    "im on steroids for my asthma",
    "i dont know when my mum is coming back from the shops",
    "my dad went away to work on a ship and i dont know when he is coming back",
    "im going to meet my friend on minecraft after school",
    "im going to see my friend on fortnite tonight",
    "im going to meet my friend from football at the park",
    "my uncle watches me in the school play",
    "he did rude things to me like sticking his tongue out",
    "my sister has to work on saturdays and cant go to the party",
    "we did sex and relationships education",
    "the dog humped my leg lol",
    "he flashed me a smile",
    "the car flashed me with its headlights",
    "miss showed me a nude painting in the art gallery",
    "my auntie is pregnant with twins",
    "my dad sleeps in my bed when i have nightmares and cuddles me",
    "my grandad always kisses me goodnight",
    "he beat the hell out of me at chess",
    "my brother beat the crap out of me at fifa",
    "my dad calls me a pig when i eat all the crisps",
    "my brother hits me so hard at pillow fights lol",
    "the creep in the story got caught by the police",
    "my friend hit me with a stick by accident",
    "he hit me with a shoe when we were playing",
    "nobody feeds the fish at home",
    "my mum forgets to feed the cat",
    "we have to hide from my dad in hide and seek",
    "we have to hide from mum so she doesnt see her birthday present",
    "i am not allowed to tell the teacher what happens at the end of the story",
    "my friend told me to lie to the teachers about the homework",
    "my nan passed out after drinking too much wine at christmas",
    "my friend isnt allowed to come round but she came anyway",
    "im cutting my hair again",
    "im cutting again in dt tomorrow",
    "i hear voices in the choir",
    "my friend said she is going to kill it in the talent show tonight",
    "i hate my stomach ache",
    "i saw a video of a man jumping off a diving board",
    "they share pics in the group chat of the trip",
    "i need to stop eating so fast",
    # the same words in a few, about nothing to tell
    "home alone for ten minutes",
    "no breakfast today i overslept",
    "we slept in the car on the drive to scotland",
    "the coach kissed the trophy",
    "my nan asked for pictures of the show",
    "i have a plan for my project",
    "my dad gets in my bed when i have nightmares",
    "not eating peas on purpose lol",
    "my bike got locked in the shed",
    "my uncle sent me a gift card for my birthday",
    "we are fasting for ramadan",
    "black eye from football",
    "my brother gets hit by the ball at cricket",
    "the baby has no milk teeth yet",
    "he turned out to be 40 minutes late",
    "he knows my school is the best",
    "my cousin was pretending to be a dinosaur",
    "we were locked out of the hall for ten minutes",
    "the coach walked into the hall",
    "my friend wants to jump on the trampoline",
    "my dog stopped eating again",
    "my sharpener blade fell out",
    "i told mum it was the cat who ate the fish",
    "the coach touched the ball first",
    "my friend has a plaster on her knee",
    # the same words as the seventh round's short lines, about an ordinary day
    "long sleeves so nobody sees my eczema",
    "the form asked my home address",
    "the teacher asked for my postcode",
    "he showed me a knife trick",
    "my brother has a knife for scouts",
    "my uncle has knives in his kitchen",
    "my dad has a gun for the farm",
    "theyll get me after school for tag",
    "threatened me with detention",
    "my sister gets hit a lot in dodgeball",
    "dad took the money for the trip",
    "dad is so paranoid about strangers",
    "nobody wakes me up for school so i use an alarm",
    "everyone will be happier soon when its summer",
    "my nan wants to hug me when we meet",
    "i was made to run laps in pe",
    "he bought me a train ticket to visit nan",
    "if someone says dont tell your mum you should tell a teacher",
    "my video went round school its so funny",
    "sick after every meal with the bug",
    "wish i never woke up this early",
    "my cousin is getting married in pakistan next year",
    "my uncle delivers parcels for a living",
    "in victorian times children got hit with a cane",
    "we hide under the table when it thunders",
    "hes gonna beat my sisters high score",
    "the new boy keeps asking what school i used to go to",
    "my brother has bruises everywhere from football",
    "i heard mum screaming at the spider last night",
    "we did a lesson about county lines",
    "everyone would be happier if i was in goal",
    "can u send a pic of question 3",
    "send pics of the page we did today",
    "i was stalking her insta lol",
    "someone in my class stalks me on insta lol",
    "my mum checks my location on her phone when im at football",
    "in the spy film the hero finds his name on a kill list",
    "i edited my face onto a cartoon body for art",
    "mum brought me to england for a better life",
    "i sent him a pic of my dog",
    "i showed her my drawing on facetime",
    "i work on my spellings every weekend and mum keeps a chart",
    "i told the nurse i fell over in the playground",
    "he told me to delete the game because it was too scary",
    "we walked into the sea up to our knees",
    "we swam into the lake and came back for lunch",
    "i want to swim in the sea this summer",
    "got my hair cut again today",
    "the grass was cut again today",
    "i took my tablets for hayfever",
    "in the film a girl got asked for photos and told her dad",
    "my mum is dating a 40 year old",
    "he dared me to eat a worm lol",
    "we watched a video about people hurting the planet",
    "i took some calpol for my sore throat",
    "i swallowed a few tablets the doctor prescribed",
    "my mum threatened to cancel my party if i dont tidy up",
    "she beat dad again at uno",
    "i threw my lunch in the bin because it was mouldy",
    "my cousins said they will come round to ours for a sleepover",
    "my auntie is going to italy to get married next summer",
    "i want my fringe cut the same as my cousins",
    "coach said im part of the team now",
    "im not allowed out of my bedroom until ive finished my reading",
    "my brother sells garden weed killer on his market stall",
    "my sister sells her old toys at the car boot",
    "my uncle is getting married on saturday and my cousin is a page boy and hes 9",
    "my grandad injects his insulin every morning",
    "we had sex education today and i am 10",
    "dont try to save me a seat at lunch",
    "miss said we could go to her classroom to finish our posters",
    "my brothers gerbil went missing",
    "no tea tonight because we are going out for a curry",
    "mum wants the remote back or shell send my brother to bed",
    "my friend showed me videos of killing zombies in minecraft",
    "my cousin said hes 13 but his voice is already deep",
    "miss showed us a video of anne boleyn being beheaded",
    "i can hold my breath for a whole minute in the pool",
    "my friend says im possessed when i play fifa",
    "the film had a demon in it that got inside the girl",
    "he kept saying im dead all through the film because it was so funny",
    "im tired of living next to a building site",
    "we learnt that fgm is illegal in the uk",
    "if i die once more i have to restart the level",
    "i want to see taylor swift live before i die",
    "i carry my nans shopping bags up the stairs for her",
    "my grandad keeps turning up at our house with sweets",
    "i woke up at my friends house after the sleepover",
    "my tortoise went missing for three days",
    "i cut my own fringe and it went wonky",
    "my coach said the whole team can come to his house for a barbecue",
    "my cousins watch me do my tricks on the trampoline",
    "i dont sleep because of the heat",
    "we learned about sites that teach you how to starve yourself and why they are dangerous",
    "the nurse talked to us about how to spot eating disorders",
    "my sister posted a video of me getting hit by a snowball",
    "we voted on whether we should have pizza or pasta",
    "my mum says she will get me a kitten if i come with her to the vet",
    "the man who comes in on fridays reads with us",
    "i had a sore bottom after the long car ride",
    "my grandma is in heaven and i hope she is happy",
    "mum collects me from school on mondays",
    "the wifi got cut again today",
    "my parents were arguing about which film to watch",
    "in the story the dad is drunk",
    "the grass was cut again this morning",
    "my nan said im next to read the story",
    "i got stabbed by a pencil in art lol",
    "she said she will wet me with the water pistol",
    "my phone got nicked and i owe my mum for a new one",
    "we are going country dancing on saturday",
    "the older kids look after us at forest school",
    "the nurse touched my leg to check the bruise",
    "i wish my little brother would stop coming into my room to wake me up",
    "mum said to tell dad we were at the park",
    "i punched the door by accident when i tripped",
    "my cousin is 16 and im 12",
    "my dad never lets me text my friends after bedtime",
    "we ranked the films out of ten",
    "my dad didnt make me any tea because we had a takeaway",
    "my friend sent a link to the class app so we can chat about homework",
    "mum says i am the only one who understands her phone lol",
    "the older girls asked for my snap so we can plan the dance",
    "my cousin dared me to jump off the top diving board",
    "i bet my brother to jump into the paddling pool",
    "henry viii had some of his wives beheaded",
    "im bringing a box to my aunt in another city",
    "the teacher sent me my report on the class app",
    "dont tell anyone but i still sleep with my teddy",
    "there is a list of people who want to join choir",
    "my auntie has kittens and said we can come and see them",
    "the school photographer took pics of us for the website",
    "we learnt a song that says my body belongs to me",
    "i want this song played at my funeral when im 100",
    "our rse lesson was about forced marriage and where to get help",
    "my grandad keeps turning up at our house with sweets",
    "my brother said he could die laughing at that meme",
    "when im bored i use the compass to draw patterns",
    "my mate screenshotted my snap and is going to show everyone my new haircut",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_of_a_disclosure_do_not_alert_on_the_lines(text):
    # the told heads' few alerts on these are counted below
    verdict = screen(text)
    assert not verdict.alert or verdict.told_by_model, (text, verdict.to_dict())


# a cut from something the child caught a hand on is an accident, where the told heads read
# "cut" and "knife" as harm; the same words with a blow or on purpose still alert
ACCIDENTAL_CUTS = [
    "my sister cut her hand on my brothers knife",
    "i cut my finger on a tin at lunch",
    "my brother cut his knee on the broken glass in the park",
]
CUTS_THAT_ALERT = ["my dad cut my hand with his knife", "i cut my hand on purpose with a knife"]


@pytest.mark.parametrize("text", ACCIDENTAL_CUTS)
def test_a_cut_caught_on_something_is_an_accident(text):
    verdict = screen(text)
    assert verdict.action == "allow" and not verdict.alert, verdict.to_dict()


@pytest.mark.parametrize("text", CUTS_THAT_ALERT)
def test_a_cut_given_or_meant_still_alerts(text):
    assert screen(text).alert


KIND_HOLDS = [
    "i got sent a link to a live stream of someone hurting themselves",
    "he wont stop messaging me",
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
    "i get bulied evry day",
    "evryone laffs at me",
    "every one hates me",
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
    "im not allowed to eat until my dad gets home",
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
    "i got punched at break",
    "a year 6 pushed me down the stairs",
    "the year 5s kicked me",
    "i dont feel safe at school",
    "i am scared to go out at break",
    "she said my hair looks stupid",
    "they said my drawing is rubbish",
    # names for who the pupil is, and being told to go back to their own country
    "someone called me a paki at lunch",
    "someone wrote the n word on my book",
    "a boy in year 5 said i should go back to my own country",
    "people make fun of me because i wear a hijab",
    "a girl said my family are terrorists because we are muslim",
    "they said my mum is a tramp because we are poor",
    # panic attacks and bad thoughts
    "i get panic attacks every night and i cant breathe",
    "i have bad thoughts",
    # the food bank
    "we have to go to the food bank every week and its never enough",
    "someone on among us keeps saying racist things to me",
    "my friend posted a photo of me in my pyjamas without asking and everyone is laughing",
    "someone made a fake tiktok account pretending to be me and posting bad stuff",
    "i got added to a group chat where they all say they hate me",
    # minding younger children, living in one room, an adult the pupil does not want to be
    # left with, not allowed to wash, teeth that hurt
    "i have to get my little sister ready for school every day because mum cant get up",
    "we live in one room in a hotel",
    "i dont like it when my uncle babysits",
    "im not allowed to have a shower at home",
    "i havent been to the dentist ever and my teeth hurt all the time",
    "someone put my photo on a website with rude words",
    # bullying of another pupil seen or told of; worry, grief and dread held for a teacher
    "they keep calling my friend names because she is black",
    "i saw some year 6s hitting a year 3 behind the shed",
    "a boy in my class keeps getting picked on and nobody helps him",
    "i cant sleep because i keep worrying about my mum being ill",
    "my grandad died and i cant stop crying",
    "i feel sick every morning before school",
    "i worry all the time that something bad will happen to my family",
    # violent or frightening things seen on a screen
    "someone sent me a video of people fighting",
    "i saw a video of someone getting hurt on tiktok",
    "i watched a horror film at my cousins and now i cant sleep",
    # not wanting to go to a parent's other home
    "i dont want to go to my dads this weekend",
    # tricked or pressed online, money spent in secret
    "someone said i won a free iphone and asked for my mums card number",
    "someone hacked my account and is sending rude pictures to my friends",
    "a girl keeps messaging me saying she will tell everyone my secret",
    "people keep sending me scary messages at night",
    "i spent all my mums money on robux and she doesnt know",
    # neglect of the body: the same clothes all week, hungry at home
    "i have had the same clothes on all week",
    "i am always hungry at home",
    # a location shared with everyone, live streams kept from parents
    "i share my location with everyone on snap map",
    "i go live on tiktok every night without my mum knowing",
    "i get really scared at night and cant sleep",
    # bullying online: a fake account posting the pupil's photo, voted out of a group chat
    "a fake account keeps posting my photo with mean captions",
    "everyone in the group chat voted me off",
    # sad every day; left out, in a young child's spelling
    "i am sad evry day",
    "nobady plays with me",
    # laughed at for a period, braces or a hijab
    "they keep laughing at my period stain",
    "everyone makes fun of my braces",
    "they laugh at my hijab",
    # a pupil's own vaping, drinking or drugs; money lost to packs or gambling; parents
    # parting; racist words at home or on a book; afraid the family will find out
    "i tried my brothers vape and now i cant stop",
    "i drank a whole bottle of my dads beer and was sick",
    "my friend gave me weed at the park",
    "i smoke every day before school",
    "i spend all my dinner money on fifa packs",
    "i keep losing money on a gambling app on my mums phone",
    "my mum and dad are getting divorced and i cry every night",
    "someone wrote a racist word on my book",
    "my dad says the n word and tells me to say it too",
    "i am scared my dad will find out im gay",
    # worry that takes the breath, a parent in hospital, older children on the bus
    "i get so anxious i cant breathe in class",
    "my mum is in hospital and i dont know whats happening",
    "im scared of the older kids on the bus",
    # not feeling safe, a secret to tell, asking to talk to a teacher
    "i dont feel safe",
    "i want to tell you something but you have to promise not to tell",
    "can i talk to miss after school its important",
    # hurt online: posts about the pupil, an account taken over, a photo made a meme
    "a girl keeps posting about me on tiktok",
    # a chain message that says the pupil will die unless it is passed on
    "someone sent me a video and it says i will die if i dont share it",
    "i hate my body",
    "i weighed myself five times today",
    # steroids to get big; a parent gone abroad with no word of coming back
    "im taking steroids to get big for the summer",
    "mum went abroad and i dont know when she is coming back",
    "my mum posts pictures of me in the bath on facebook",
    "my account got hacked and they posted rude things as me",
    "they put my photo in a group chat and made it into a meme",
    # a friend's adult who "makes her do things", with nothing said of what
    "a girl in my class said her uncle makes her do things",
    "really scared of my uncle",
    # told in a few words
    "they kicked me out of the group chat",
    "they all laugh at my stammer",
    "someone made a poll about me",
    "left out of the game again",
    # a few words that fit harm and an ordinary day alike
    "long sleeves so nobody sees",
    "wish i never woke up",
    "police came round again",
    "minding my baby brother on my own",
    "my thighs r all cut",
    "i dont like going home",
    "mummy has a new boyfriend and he is scary",
    # a friend's words read again, where the model weighs the line under the alert: still held
    "my mate posted see you on the other side and now shes not answering",
    "they made a group chat just to laugh at me",
    "people keep leaving horrible comments on my videos",
    "he keeps messaging me from new accounts even after i blocked him",
    # sexual content come across by accident; money taken by other pupils
    "a pop up with naked ladies came up on my tablet",
    "i accidentally clicked on a porn site and now im worried",
    "some year 8s keep taking my lunch money",
    # a parent in prison
    "my daddy got sent to prison last month",
    # a check-in's few words about home, fear or bullying
    "its really bad at home",
    "still being bullied",
    "i feel really frightened of them",
    "lonely every day",
    "my dad hasnt come back",
    "home alone again",
    "feeling rubbish again",
    "my mum is shouting again",
    "ive been kicked again",
    "i never feel safe",
    "im not allowed out of my bedroom",
    "we havent got no hot water",
    "sometimes i punch walls",
    "dad was lying on the kitchen floor and would not wake up",
    "nan forgot to pick me up again",
    "nobody in the house again",
    "no breakfast yesterday",
    "the big boys made me watch a gory video",
    "sometimes i go missing",
    # away from both parents with someone who is not family; a little one left in a pupil's care;
    # called a witch at home; prayed over for hours
    "im living at my friends house now because mum left",
    "i dont live with my mum or dad anymore",
    "i watch my brother because mum works nights",
    "my mum says im a witch and wont let me in the house",
    "they pray over me for hours",
    "he pressured me into kissing him behind the sports hall",
    # turned out for who they are, shame on the family, left out
    "my stepdad says hed kick me out if i was bi",
    "my uncle always says i bring shame on the family",
    "the kids in my class keep leaving me out",
    # money lost on game chances, a parent's card used in secret
    "i lost all my pocket money on case openings",
    "i took my dads bank card to buy skins and they dont know",
    "i dont want to stay at my dads flat",
    "the boys rated our bodies out of ten in their chat",
    "every body hates me",
    "a year 6 boy snatched my hat and shoved me",
    # a check-in's few words about home
    "mum angry again",
    "nobody home tonight",
    "things at home are really hard",
    "rough weekend at home",
    "my parents keep fighting",
    "my stepdad is wasted",
    "i am afraid for my father he very angry",
    "no1 cares bout me",
    "gettin bullied evry day",
    # a member of staff belittling the pupil
    "mr jones keeps calling me useless",
    # racist or homophobic abuse the pupil reports, the words said to them inside it
    "some boys keep making chimp noises at me",
    "some girls called me a dirty paki at the bus stop",
    "he keeps calling me a stupid little faggot",
    "somebody drew a swastika on my pencil case",
    "they shouted at me to go back to my country",
    "a man on the bus shouted at me to go back to my own country",
    "i keep getting called lesbo at break",
    "the girls keep calling me a slapper",
    "a lad at the park said go back to your own country you filthy foreigner",
    "someone uploaded a pic of me to a rate page",
    "i think im hooked on case openings",
    "i think i am addicted to my vape",
    "police kicked in the door of our flat at 6am",
    "my dad says gay people are sick and ill burn in hell",
    "some girls set up a tiktok pretending to be me and posted lies about my family",
    "i keep seeing clips of people drowning on my feed and it scares me",
]


@pytest.mark.parametrize("text", KIND_HOLDS)
def test_being_bullied_or_frightened_is_held_for_a_teacher_with_a_kind_word_and_no_alert(text):
    verdict = screen(text)
    assert verdict.action == "hold", (text, verdict.to_dict())
    assert verdict.reason == REASON_SUPPORT
    assert not verdict.alert or verdict.told_by_model


# the words of the short kind holds above, about nothing unkind
UNKIND_LOOK_ALIKES = [
    "i left the group chat because it was boring",
    "we made a poll about the trip",
    "left out the eggs again lol",
    "the group chat is so funny",
    "my little brother filmed me falling over on the trampoline",
    "we made a group chat to plan the trip",
    "my nan keeps calling me even after i told her im at school lol",
    "i got sent home early because i had a temperature",
    "i got sent a video of the match by my uncle",
    "a pop up came up saying my game needed updating",
    "i forgot my lunch money so the office rang my mum",
    "the old prison museum had cells you could go in",
    "my dad didnt come home until late because of the traffic",
    "my nan asked for pics of the holiday",
    "got kicked again in football at break",
    "i feel safe when my nan picks me up",
    "im watching my baby sister while mum is in the shower",
    "i am staying at my friends house tonight because its her birthday",
    "i live with my dad because my mum left when i was a baby",
    "i love watching my baby sister shes only 2 and she dances",
    "we prayed for my nan at church when she was ill",
    "my friend from football is coming round later",
    "i met a girl on holiday and shes coming round on saturday",
    # a move in a game; something caught in the throat
    "he stabbed me in the back in among us",
    "he killed me with a sniper on fortnite",
    "my brother choked on his food and mum had to pat his back",
    # "dead" for "very"; a dare at a sleepover; pushed to try a club
    "she said im dead good at drawing",
    "my teacher said im dead clever",
    "mum said im dead when she sees my room",
    "we had to do a rude dare at the sleepover lol",
    "my mum pushed me to try the swimming club",
    "i got a owie on my knee from the slide",
    "the shop doesnt give food away on sundays",
    # schoolwork on a death in history or in a book
    "my project is on the suicide of virginia woolf",
    "our presentation is on the death of princess diana",
    # a lift from a friend's parent; lining up, pairs; a parent's lost cat
    "my friends mum offered me a lift home",
    "the driver asked us to get in quickly because it was raining",
    "the man told us to get into pairs",
    "my dad asked me to help find the cat",
    "my sister can have my room when im gone to uni",
    "my friend can look after my hamster when im gone on holiday",
    "she asked if i kissed him at the party",
    "my dad went out for a fag break",
    "my uncle was smoking a fag in the garden",
]


# a pupil afraid to tell anyone who they are: held for a teacher, never a self-harm alert from
# the models' reading of "scared to tell" (words of harm beside it still alert)
AFRAID_TO_SAY_WHO_THEY_ARE = [
    "i think i might be bi but im nervous of telling my mum and dad",
    "im trans and im really scared to tell my friends",
    "i am gay but afraid to tell people",
]


@pytest.mark.parametrize("text", AFRAID_TO_SAY_WHO_THEY_ARE)
def test_a_pupil_afraid_to_say_who_they_are_is_held_with_a_kind_word_and_no_alert(text):
    verdict = screen(text)
    assert (verdict.action, verdict.alert) == ("hold", False), verdict.to_dict()
    assert verdict.reason == REASON_SUPPORT


# a crush, a family wedding, advice on where to turn, the police's work, a meal skipped for want
# of hunger: the models read them as harm told
EVERYDAY_NEWS_AND_ADVICE = [
    "i fancy a boy in my class but im too shy to tell him",
    "my auntie is a lesbian and she is getting married",
    "the leaflet said if you are feeling suicidal please ring childline",
    "my aunt is a police officer and she locks up criminals",
    "i skipped lunch because i wasnt very hungry",
]


@pytest.mark.parametrize("text", EVERYDAY_NEWS_AND_ADVICE)
def test_everyday_news_and_advice_are_posted(text):
    assert screen(text).action == "allow", screen(text).to_dict()


def test_feelings_written_down_as_a_counsellor_suggests_do_not_alert():
    verdict = screen("my therapist told me to keep writing my worries down")
    assert not verdict.alert, verdict.to_dict()


# words of harm beside a fear of coming out, advice from a pupil who says they feel so too, or
# schoolwork on a death
@pytest.mark.parametrize(
    "text",
    [
        "im gay and too scared to tell anyone and i want to kill myself",
        "if you ever feel suicidal like i do talk to me",
        "my homework is about suicide and i want to do it",
    ],
)
def test_words_of_harm_beside_those_words_still_alert(text):
    verdict = screen(text)
    assert verdict.alert and "self_harm" in verdict.categories


@pytest.mark.parametrize("text", UNKIND_LOOK_ALIKES)
def test_the_same_words_about_nothing_unkind_are_posted(text):
    assert screen(text).action == "allow", screen(text).to_dict()


def test_the_told_heads_alert_on_few_look_alikes_and_worries():
    """The told heads read words, not meaning, so some comments written to look like a
    disclosure, some telling of unkindness a teacher deals with, and some of the categories'
    examples of what is not a threat, grooming or self-harm (test_screening_categories.py)
    alert the DSL on their reading alone: 19 of these 740 when the heads came in ("my dad threw
    the ball and it hit me", "the nurse touched my arm and said dont worry", "a boy in my class
    hit me"), one in 39. The lines alert on none of them (the tests above). At most one in 30."""
    negatives = [text for category in ALERT_CATEGORIES for text in NEGATIVE[category]]
    comments = LOOK_ALIKES + KIND_HOLDS + negatives
    verdicts = map(screen, comments)
    alerted = [text for text, v in zip(comments, verdicts, strict=True) if v.alert and v.told_by_model]
    assert len(alerted) * 30 <= len(comments), alerted


def test_a_pupil_reporting_the_unkind_words_sent_to_them_is_held_with_a_kind_word():
    # the models read the reported words as abuse; only the pupil's own words could block it
    verdict = screen("someone keeps messaging me on roblox saying i'm fat and ugly and nobody likes me")
    assert verdict.action == "hold", verdict.to_dict()
    assert verdict.reason == REASON_SUPPORT
    assert "personal_info" not in verdict.categories


def test_a_worry_stays_held_when_the_model_overrules_a_self_harm_line_beside_it():
    # "hid my lunch in my bag" is a self-harm line the model overrules here; the kind hold for
    # being left out must stay (it was dropped for the overruled line, and the comment posted)
    verdict = screen("nobody plays with me at break so i just hid my lunch in my bag")
    assert verdict.action == "hold" and not verdict.alert, verdict.to_dict()
    assert verdict.reason == REASON_SUPPORT


def test_a_disclosure_beside_abuse_of_someone_else_is_blocked_for_the_abuse():
    verdict = screen("nobody plays with me, you smelly loser")
    assert verdict.action == "block"
    assert verdict.reason != REASON_SUPPORT
    for text in (
        "my dad hits me, ill stab you",
        # the swearing is about the one who hurts: blocked for it, and the DSL still told
        "my brother is a dickhead he punches me in the stomach every day",
        "my dads a fucking psycho he strangled my mum",
    ):
        verdict = screen(text)
        assert verdict.action == "block", text
        assert verdict.alert, text
        assert "threat" in verdict.categories, text


def test_a_threat_to_someone_else_keeps_its_own_reason_and_is_blocked():
    verdict = screen("ill batter you after school")
    assert verdict.action == "block"
    assert verdict.reason != REASON_SUPPORT


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("i feel lonely sometimes", "allow"),
        ("i feel lonely at break sometimes", "allow"),
        ("sometimes i feel a bit lonely", "allow"),
        ("i feel so alone", "hold"),
        ("nobody plays with me at break", "hold"),
    ],
)
def test_loneliness_in_a_pupils_words_does_not_alert_on_the_models_reading_alone(text, action):
    """The models read "i feel lonely sometimes" as self-harm (0.78): the words themselves say
    what it is, so the DSL is not alerted; strongly said it is held for a teacher."""
    verdict = screen(text)
    assert (verdict.action, verdict.alert) == (action, False), verdict.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "i feel lonely and i want to hurt myself",
        "i feel so alone and i want to die",
        "i feel lonely all the time and nobody cares if i live",
        "nobody plays with me at break and i dont want to be alive",
        "i am alone at home every night",
    ],
)
def test_loneliness_with_more_words_keeps_the_models_reading(text):
    verdict = screen(text)
    assert verdict.alert and "self_harm" in verdict.categories, verdict.to_dict()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i dont feel safe at home", "threat"),
        ("an older man lets me stay at his flat and gives me vodka", "grooming"),
    ],
)
def test_a_disclosure_that_alerts_is_not_also_filed_as_a_kind_hold(text, category):
    """A line that only holds a comment for a teacher with a kind word (filed under `insult`)
    adds nothing when the comment tells of harm that alerts: the DSL sees the harm's own
    category, not an insult."""
    verdict = screen(text)
    assert set(verdict.categories) == {category}, verdict.to_dict()
    assert verdict.alert and verdict.reason == REASON_SUPPORT
    assert set(screen("i dont feel safe").categories) == {"insult"}


def test_disclosures_written_apart_from_the_lines_alert():
    """Disclosures written without looking at the lexicon (data/disclosures_in_other_words.txt):
    each alerts, under a category that alerts, and is held, or blocked for swearing beside it."""
    assert len(OTHER_WORDS) >= 100
    missed = [t for t in OTHER_WORDS if not screen(t).alert]
    assert not missed
    for text in OTHER_WORDS:
        verdict = screen(text)
        assert set(verdict.categories) & set(ALERT_CATEGORIES), text
        assert verdict.action in ("hold", "block"), text


def test_short_disclosures_written_apart_from_the_lines_alert():
    """The held-out measure of comments of two to six words (``benchmarks/data/
    short_comments_heldout.csv``): 263 disclosures and 560 ordinary or unkind comments by two
    writers who saw neither the lexicon, the tests nor the comments the short lines were written
    from. Before those lines the DSL was alerted on 147 of the disclosures (0.56) and on 8 of the
    others; with six rounds of them on 186 (0.71), with the seventh on 202 (0.77), and the same 8.
    At least 0.74, at most 10 others."""
    told, others = screened(SHORT_HELD_OUT)
    assert (len(told), len(others)) == (263, 560)
    assert sum(v.alert for v in told) >= 0.74 * len(told)
    assert sum(v.alert for v in others) <= 10


def _alerting_and_held(path: Path) -> tuple[int, int, int]:
    """How many ordinary comments a look-alike measure holds, how many of them alert, and how
    many are held or alert."""
    verdicts = [screen(text) for _, text in held_out(path)]
    held = sum(v.alert or v.action != "allow" for v in verdicts)
    return len(verdicts), sum(v.alert for v in verdicts), held


def test_ordinary_short_comments_in_the_words_of_disclosures_rarely_alert():
    """1,153 ordinary comments of two to six words (``benchmarks/data/short_lookalikes.csv``) by
    three writers asked to use the words of harm at home, online contact and self-harm
    innocently, who saw none of the lines: 19 alert (a self-harm reading of "goodbye everyone" or
    "i could die", an age or username question the policy holds as grooming) and 67 are held or
    alert, the same before the short-comment lines and after. At most 25 and 80."""
    n, alerting, held = _alerting_and_held(SHORT_LOOKALIKES)
    assert n == 1153
    assert alerting <= 25
    assert held <= 80


def test_short_replies_and_text_speak_written_apart_from_the_lines_alert():
    """A second held-out measure (``benchmarks/data/short_checkin_textspeak_heldout.csv``): 564
    disclosures and 389 ordinary comments by two more writers, one answering a teacher's daily
    check-in ("not good, dad again"), one typing as teenagers do; no line was written from them.
    Before the seventh round's lines the DSL was alerted on 284 of the disclosures and 4 of the
    others; with them on 324 and the same 4. At least 0.55, at most 8 others."""
    told, others = screened(SHORT_REPLIES_HELD_OUT)
    assert (len(told), len(others)) == (564, 389)
    assert sum(v.alert for v in told) >= 0.55 * len(told)
    assert sum(v.alert for v in others) <= 8


def test_ordinary_comments_about_home_and_online_life_rarely_alert():
    """1,138 ordinary comments (``benchmarks/data/short_lookalikes_home_online.csv``) by two
    writers asked for the words of harm at home and online used innocently, who saw none of the
    lines: 12 alerted before the seventh round, 5 after it (four of its allowed phrases are
    e-safety advice, a scam warning and a picture of a homework page these writers wrote); 78
    were held or alerted before, 72 after. At most 10 and 80."""
    n, alerting, held = _alerting_and_held(SHORT_LOOKALIKES_HOME_ONLINE)
    assert n == 1138
    assert alerting <= 10
    assert held <= 80
