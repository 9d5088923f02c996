"""English: regular plurals and verb forms by rule, irregular ones listed."""

from random import Random

from . import Language, words

NOUNS = words(
    """
agreement airport alliance ambassador amendment analyst army authority bank barrier bill border
broadcaster budget cabinet campaign candidate capital ceasefire census charity church citizen
coalition commission committee community company competition constitution construction contract
corridor council court crisis crossing currency customs debate debt decision decree deficit
delegation deputy diplomat doctor drought economist economy election electricity embassy
employer energy engineer envoy exhibition expert export factory farmer festival forecast fund
gallery government governor grant grid harvest highway hospital household import income industry
inflation inspector interview investigation investment investor journalist judge landmark lawyer
leader loan majority market mayor measure migrant minister ministry mission monastery museum
negotiation neighbour newspaper observer office official operator opposition parliament partner
passenger patient peacekeeper pension pipeline platform police policy poll port price programme
project prosecutor protest province railway referendum reform refugee region regulator report
reservoir resident road ruling salary sanction satellite school scientist season sector
settlement shortage soldier source spokesperson startup statement station strategy student study
subsidy summit supplier survey tariff teacher tourist trade treaty tribunal union university
village vineyard visitor voter wage warehouse winery witness worker
"""
)

IRREGULAR_PLURALS = {
    "army": "armies",
    "authority": "authorities",
    "charity": "charities",
    "community": "communities",
    "company": "companies",
    "currency": "currencies",
    "deputy": "deputies",
    "economy": "economies",
    "industry": "industries",
    "majority": "majorities",
    "ministry": "ministries",
    "policy": "policies",
    "study": "studies",
    "subsidy": "subsidies",
    "treaty": "treaties",
    "university": "universities",
    "crisis": "crises",
    "energy": "energy",
    "electricity": "electricity",
    "inflation": "inflation",
    "police": "police",
    "customs": "customs",
    "spokesperson": "spokespeople",
    "census": "censuses",
    "bus": "buses",
    "tax": "taxes",
    "shortage": "shortages",
}

ADJECTIVES = words(
    """
new former regional national international economic political military diplomatic social public
private local foreign domestic senior junior independent official unofficial fragile ambitious
controversial historic long-term short-term rapid gradual major minor modest significant sharp
steady unexpected tense cautious sweeping urgent joint bilateral multilateral rural urban
coastal mountainous northern southern eastern western central remote neighbouring strategic
digital green renewable affordable costly secret annual quarterly monthly weekly parliamentary
presidential judicial municipal environmental agricultural industrial financial fiscal monetary
humanitarian
"""
)

# base, third person singular, past, -ing form
VERBS = [
    ("approve", "approves", "approved", "approving"),
    ("reject", "rejects", "rejected", "rejecting"),
    ("discuss", "discusses", "discussed", "discussing"),
    ("sign", "signs", "signed", "signing"),
    ("announce", "announces", "announced", "announcing"),
    ("criticise", "criticises", "criticised", "criticising"),
    ("welcome", "welcomes", "welcomed", "welcoming"),
    ("propose", "proposes", "proposed", "proposing"),
    ("postpone", "postpones", "postponed", "postponing"),
    ("launch", "launches", "launched", "launching"),
    ("suspend", "suspends", "suspended", "suspending"),
    ("extend", "extends", "extended", "extending"),
    ("review", "reviews", "reviewed", "reviewing"),
    ("demand", "demands", "demanded", "demanding"),
    ("deny", "denies", "denied", "denying"),
    ("confirm", "confirms", "confirmed", "confirming"),
    ("question", "questions", "questioned", "questioning"),
    ("expand", "expands", "expanded", "expanding"),
    ("reduce", "reduces", "reduced", "reducing"),
    ("raise", "raises", "raised", "raising"),
    ("cut", "cuts", "cut", "cutting"),
    ("win", "wins", "won", "winning"),
    ("lose", "loses", "lost", "losing"),
    ("hold", "holds", "held", "holding"),
    ("build", "builds", "built", "building"),
    ("seek", "seeks", "sought", "seeking"),
    ("send", "sends", "sent", "sending"),
    ("lead", "leads", "led", "leading"),
    ("finance", "finances", "financed", "financing"),
    ("study", "studies", "studied", "studying"),
    ("stop", "stops", "stopped", "stopping"),
    ("plan", "plans", "planned", "planning"),
    ("block", "blocks", "blocked", "blocking"),
    ("restore", "restores", "restored", "restoring"),
    ("monitor", "monitors", "monitored", "monitoring"),
    ("support", "supports", "supported", "supporting"),
    ("oppose", "opposes", "opposed", "opposing"),
    ("investigate", "investigates", "investigated", "investigating"),
    ("inspect", "inspects", "inspected", "inspecting"),
    ("renew", "renews", "renewed", "renewing"),
    ("negotiate", "negotiates", "negotiated", "negotiating"),
    ("modernise", "modernises", "modernised", "modernising"),
    ("reopen", "reopens", "reopened", "reopening"),
    ("close", "closes", "closed", "closing"),
    ("export", "exports", "exported", "exporting"),
    ("import", "imports", "imported", "importing"),
    ("delay", "delays", "delayed", "delaying"),
    ("publish", "publishes", "published", "publishing"),
    ("challenge", "challenges", "challenged", "challenging"),
    ("defend", "defends", "defended", "defending"),
    ("secure", "secures", "secured", "securing"),
    ("double", "doubles", "doubled", "doubling"),
    ("freeze", "freezes", "froze", "freezing"),
    ("withdraw", "withdraws", "withdrew", "withdrawing"),
    ("overturn", "overturns", "overturned", "overturning"),
    ("endorse", "endorses", "endorsed", "endorsing"),
    ("tighten", "tightens", "tightened", "tightening"),
    ("ease", "eases", "eased", "easing"),
]
SAY_VERBS = [
    ("say", "says", "said"),
    ("stress", "stresses", "stressed"),
    ("warn", "warns", "warned"),
    ("note", "notes", "noted"),
    ("argue", "argues", "argued"),
    ("claim", "claims", "claimed"),
    ("insist", "insists", "insisted"),
    ("admit", "admits", "admitted"),
    ("explain", "explains", "explained"),
    ("suggest", "suggests", "suggested"),
]

PLACES = words(
    """
Yerevan Baku Tbilisi Gyumri Ganja Vanadzor Sumgait Batumi Kutaisi Moscow Ankara Tehran Brussels
Washington Paris Berlin Vienna Geneva Istanbul Dilijan Sheki Lankaran Kapan Goris Armenia
Azerbaijan Georgia Russia Turkey Iran Europe Nakhchivan Syunik Lori Shirak Tavush Absheron
"""
)
TIMES = [
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
    "on Sunday",
    "last week",
    "earlier this month",
    "this spring",
    "last autumn",
    "in January",
    "in February",
    "in March",
    "in April",
    "in May",
    "in June",
    "in July",
    "in August",
    "in September",
    "in October",
    "in November",
    "in December",
    "late on Monday",
    "earlier this year",
    "overnight",
]
PREPOSITIONS = ["in", "near", "outside", "across", "around"]
ROLES = [
    "a spokesperson for the ministry",
    "an independent analyst",
    "a senior official",
    "a member of parliament",
    "the deputy minister",
    "a local resident",
    "an economist",
    "a former ambassador",
    "the head of the commission",
    "a regional governor",
]
NUMBERS = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundreds of",
    "thousands of",
    "dozens of",
]


def plural(noun: str) -> str:
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


class English(Language):
    code = "en"
    home_title = "Home"
    author_bio = "Writes about politics, the economy and everyday life in the region."
    sections = [
        ("politics", "Politics", "News and analysis of domestic and regional politics."),
        ("economy", "Economy", "Markets, budgets, trade and the cost of living."),
        ("analytics", "Analytics", "Analytical materials of our authors."),
        ("society", "Society", "Education, health, culture and everyday life."),
        ("world", "World", "International affairs seen from the region."),
    ]
    tags = [
        "Armenia",
        "Azerbaijan",
        "Georgia",
        "Russia",
        "Turkey",
        "Iran",
        "European Union",
        "elections",
        "parliament",
        "budget",
        "inflation",
        "energy",
        "gas",
        "trade",
        "borders",
        "peace talks",
        "security",
        "migration",
        "education",
        "health",
        "culture",
        "tourism",
        "agriculture",
        "transport",
        "courts",
        "media",
        "climate",
        "water",
        "technology",
        "banking",
        "diaspora",
        "human rights",
        "corruption",
        "protests",
        "diplomacy",
    ]
    first_names = [
        "Anna",
        "David",
        "Maria",
        "Samuel",
        "Laura",
        "Peter",
        "Helen",
        "Thomas",
        "Sarah",
        "James",
        "Emily",
        "Robert",
        "Kate",
        "Daniel",
        "Alice",
        "Michael",
        "Grace",
        "Andrew",
    ]
    last_names = [
        "Walker",
        "Harris",
        "Bennett",
        "Carter",
        "Morgan",
        "Hughes",
        "Fletcher",
        "Reed",
        "Lawson",
        "Porter",
        "Gray",
        "Holland",
        "Marsh",
        "Ellis",
        "Turner",
        "Webb",
        "Hale",
        "Shaw",
    ]
    kickers = ["Analysis", "Exclusive", "Interview", "Explainer", "Opinion", *PLACES[:12]]

    def _np(self, rng: Random, *, many: bool | None = None) -> str:
        """Return a noun phrase: 'the new budget', 'regional pipelines'."""
        if many is None:
            many = rng.random() < 0.4
        noun = rng.choice(NOUNS)
        word = plural(noun) if many else noun
        if rng.random() < 0.5:
            word = f"{rng.choice(ADJECTIVES)} {word}"
        return f"the {word}" if not many or rng.random() < 0.5 else word

    def _pp(self, rng: Random) -> str:
        roll = rng.random()
        if roll < 0.35:
            return f"{rng.choice(PREPOSITIONS)} {rng.choice(PLACES)}"
        if roll < 0.6:
            return f"{rng.choice(['after', 'despite', 'amid', 'before', 'under'])} {self._np(rng)}"
        if roll < 0.8:
            return f"{rng.choice(['for', 'with', 'against', 'without'])} {self._np(rng)}"
        return rng.choice(TIMES)

    def _person(self, rng: Random) -> str:
        return f"{rng.choice(self.first_names)} {rng.choice(self.last_names)}"

    def sentence(self, rng: Random) -> str:
        verb = rng.choice(VERBS)
        pattern = rng.randrange(7)
        if pattern == 0:
            text = f"{self._np(rng)} {verb[2]} {self._np(rng)} {self._pp(rng)}"
        elif pattern == 1:
            text = (
                f"according to {rng.choice(ROLES)}, {self._np(rng, many=False)} is {verb[3]} "
                f"{self._np(rng)} {self._pp(rng)}"
            )
        elif pattern == 2:
            say = rng.choice(SAY_VERBS)
            text = (
                f"{self._person(rng)}, {rng.choice(ROLES)}, {say[2]} that "
                f"{self._np(rng, many=True)} "
                f"had been {verb[2]} {self._pp(rng)}"
            )
        elif pattern == 3:
            noun = plural(rng.choice(NOUNS))
            text = (
                f"{rng.choice(NUMBERS)} {noun} were {verb[2]} {self._pp(rng)} {rng.choice(TIMES)}"
            )
        elif pattern == 4:
            subject = self._np(rng, many=False)
            text = f"{rng.choice(TIMES)}, {subject} {verb[1]} {self._np(rng)} {self._pp(rng)}"
        elif pattern == 5:
            say = rng.choice(SAY_VERBS)
            text = (
                f"{self._np(rng, many=True)} are {verb[3]} {self._np(rng)}, "
                f"{rng.choice(['analysts', 'officials', 'observers', 'critics'])} {say[0]}"
            )
        else:
            text = (
                f"the decision to {verb[0]} {self._np(rng)} could {rng.choice(VERBS)[0]} "
                f"{self._np(rng)} {self._pp(rng)}"
            )
        return self.capitalize(text) + "."

    def title(self, rng: Random) -> str:
        verb = rng.choice(VERBS)
        pattern = rng.randrange(4)
        if pattern == 0:
            noun = rng.choice(NOUNS)
            objects = plural(rng.choice(NOUNS))
            text = f"{rng.choice(ADJECTIVES)} {noun} {verb[1]} {objects} in {rng.choice(PLACES)}"
        elif pattern == 1:
            text = f"{rng.choice(PLACES)} {verb[1]} {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
        elif pattern == 2:
            text = f"why {plural(rng.choice(NOUNS))} are {verb[3]} the {rng.choice(NOUNS)}"
        else:
            subject = plural(rng.choice(NOUNS))
            text = f"{subject} {verb[2]} after {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
        return self.capitalize(text)

    def heading(self, rng: Random) -> str:
        return self.capitalize(f"{rng.choice(ADJECTIVES)} {plural(rng.choice(NOUNS))}")

    def quote(self, rng: Random) -> tuple[str, str]:
        verb = rng.choice(VERBS)
        text = self.capitalize(f"we will not {verb[0]} {self._np(rng)} {self._pp(rng)}") + "."
        return text, f"{self._person(rng)}, {rng.choice(ROLES)}"
