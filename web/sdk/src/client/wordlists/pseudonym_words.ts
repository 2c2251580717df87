/**
 * The words of proposed pseudonymous usernames: the same 162 as app/client/pseudonym.py, in its
 * order (test/pseudonym.test.ts reads that file to keep the two in step): plain words, short and
 * easy to write down.
 */
export const PSEUDONYM_WORDS: readonly string[] = [
  "acorn", "amber", "anchor", "apple", "arch", "aspen", "atlas", "autumn", "badger", "bamboo", "barley",
  "basil", "beacon", "beech", "berry", "birch", "bison", "bloom", "bluebell", "bramble", "breeze", "brook",
  "buckle", "cabin", "cactus", "canal", "candle", "canyon", "cedar", "cellar", "chalk", "cherry", "chestnut",
  "cinder", "clover", "cobalt", "comet", "copper", "coral", "cotton", "cove", "crane", "creek", "crest",
  "crystal", "cypress", "daisy", "dawn", "delta", "dune", "eagle", "ember", "falcon", "fennel", "fern",
  "ferry", "field", "fig", "finch", "fjord", "flint", "forest", "fox", "frost", "garnet", "geyser", "ginger",
  "glacier", "glade", "granite", "grove", "gull", "harbor", "hazel", "heath", "heron", "hickory", "hollow",
  "honey", "island", "ivory", "ivy", "jade", "jasmine", "juniper", "kelp", "kestrel", "kettle", "lagoon",
  "lantern", "larch", "lark", "laurel", "lemon", "lilac", "linden", "lotus", "lynx", "magpie", "maple",
  "marble", "marsh", "meadow", "mint", "mist", "moss", "nectar", "nettle", "nutmeg", "oak", "oasis", "ocean",
  "olive", "orchid", "otter", "owl", "pebble", "pepper", "pine", "plum", "pond", "poplar", "poppy", "quartz",
  "quill", "rain", "raven", "reed", "ridge", "river", "robin", "rowan", "saffron", "sage", "salmon", "sand",
  "sequoia", "shore", "sierra", "slate", "sparrow", "spruce", "starling", "stone", "summit", "swan", "thistle",
  "thyme", "tide", "timber", "topaz", "tulip", "tundra", "valley", "velvet", "violet", "walnut", "willow",
  "wren", "yarrow", "yew", "zephyr",
];
