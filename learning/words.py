"""Friendly words for pupils' passwords: easy to read aloud, spell and type for a young child."""

COLOURS = (
    "red", "blue", "green", "pink", "gold", "silver", "orange", "purple", "yellow", "brown",
    "sunny", "happy", "jolly", "brave", "clever", "gentle", "quick", "quiet", "bright", "shiny",
    "fluffy", "bouncy", "lucky", "kind", "calm", "cosy", "merry", "proud", "swift", "tiny",
)  # fmt: skip

THINGS = (
    "apple", "banana", "cherry", "lemon", "mango", "melon", "peach", "plum", "carrot", "pepper",
    "otter", "panda", "tiger", "zebra", "koala", "rabbit", "turtle", "dolphin", "penguin", "badger",
    "robin", "owl", "puffin", "pony", "hedgehog", "squirrel", "kitten", "puppy", "beaver", "parrot",
    "rocket", "planet", "comet", "rainbow", "cloud", "river", "forest", "meadow", "island", "castle",
    "kite", "drum", "piano", "trumpet", "teapot", "button", "pencil", "crayon", "blanket", "lantern",
)  # fmt: skip
