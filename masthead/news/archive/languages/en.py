"""English: plurals and verb forms made by rule, the irregular ones listed."""

from random import Random

from . import Language, words

NOUNS = words(
    """
accountant activist agreement airline airport alliance allowance ambassador ambulance amendment
analyst apartment application archive army arrest athlete auction audit audience authority award
bakery ballot bank bankruptcy barrier battalion beach benefit bid bill biologist blockade bond
bonus bookshop border boundary brand brewery bridge brigade broadcaster budget bulletin bureau
business cabinet cable cafe camp campaign canal candidate capacity capital carrier cathedral
ceasefire cemetery census chamber champion channel charity checkpoint chemist church citizen
clinic club coach coalition coast collector column commander commentator commission committee
community company competition competitor complaint compromise concert conference conflict consensus
consortium constitution construction consultant consumer contract convoy cooperative corridor
correspondent council councillor court crisis crop crossing curator currency cyclist dam dancer
database deadline dealer debate debt decision decree defendant defender deficit delegation deposit
deputy designer detainee developer diplomat director dispute district dividend doctor donor draft
drought earthquake economist economy editor educator election embargo embassy emergency emission
employer energy engineer enterprise entrepreneur envoy epidemic estate exchange executive
exhibition expansion expert export facility factory fair farmer federation fee ferry fertiliser
festival film fine firefighter fishery flight flood forecast fortress forum founder framework fuel
fund gallery garrison generator geologist glacier government governor graduate grant greenhouse
grid guard guide guideline harvest hearing helicopter highway historian holiday hospital hostage
hotel household immigrant import incentive incident income industry inflation initiative inspector
insurer interpreter interview inventory investigation investment investor journalist judge
judiciary jury kindergarten label laboratory landmark landslide language lawyer leader lease
lecturer legislator levy library licence loan lobby lorry majority manufacturer manuscript
marathon margin market mayor measure mediator merchant merger metro midwife migrant militia mill
miner minister ministry mission monastery monopoly monument mortgage motorway municipality museum
musician navy negotiation neighbour network newspaper nurse obligation observer office official
operator opposition orchard orchestra ordinance organiser outbreak output painter pandemic
paramedic parcel parliament partner passenger patient patrol payment peacekeeper pension pharmacy
photographer physician pilgrim pilot pipeline plaintiff plant platform playwright pledge poet
police policy poll port portfolio premier presidency price producer professor profit programme
project proposal prosecutor protest prototype province publisher quarry quota railway rally rate
reactor reader recession recipient recruit referendum reform refugee regiment region regulator
rehearsal report reporter republic researcher reservoir resident restaurant retailer retiree
revenue river road robot ruling runway salary sanction sanctuary satellite scholar school scientist
screening sculptor season sector semester senator sentence server settlement shelter shipment
shopkeeper shortage singer soldier source sponsor spokesperson stadium startup statement station
stockpile storm strategy stream strike student study submarine subsidy suburb summit supplier
survey suspect symposium tanker tariff taxpayer teacher technician telescope tenant terminal
textbook theatre tourist tournament tractor trade trader tradition trainer tram treaty trial
tribunal truck trustee tunnel turbine union university valley vehicle vendor veteran village
vineyard visitor vote voter wage warden warehouse wildfire winery witness worker workshop writer
"""
)

IRREGULAR_PLURALS = {
    "crisis": "crises",
    "energy": "energy",
    "inflation": "inflation",
    "police": "police",
    "spokesperson": "spokespeople",
    "census": "censuses",
    "bus": "buses",
}

ADJECTIVES = words(
    """
absolute academic active acute additional administrative adequate advanced affordable
agricultural alternative ambitious ancient annual anonymous apparent armed artistic average basic
bilateral bitter bold broad brief brutal calm careful cautious central chronic civil clear coastal
commercial common competitive complex comprehensive confidential conservative constitutional
constructive contemporary continuous controversial costly creative critical crucial cultural
current daily dangerous decisive deep democratic dense digital diplomatic direct distant diverse
domestic dramatic dry dual early eastern economic educational effective efficient elderly electoral
emerging entire environmental equal essential ethnic everyday excessive exclusive existing
expensive experimental external fair familiar famous federal fierce final financial firm fiscal
flexible foreign former fragile fresh friendly full fundamental general generous genuine global
gradual grand grave green growing harsh healthy heavy hidden historic honest huge humanitarian
illegal immediate important independent industrial informal innovative intense interim internal
international joint judicial junior key large late legal legislative limited literary local
long-term loyal main major mandatory maritime massive medical minor mobile moderate modern modest
monetary monthly mountainous multilateral municipal narrow national natural naval negative
neighbouring neutral new northern notable nuclear numerous official open operational optimistic
ordinary organic overall parliamentary partial peaceful permanent personal pivotal political
popular positive potential powerful practical preliminary presidential previous primary private
professional progressive prominent provisional public quarterly quiet radical rapid rare recent
regional reliable religious remarkable remote renewable representative responsible restrictive
rival robust rural safe scientific seasonal secret secure senior sensitive separate serious severe
sharp short-term significant silent similar simple single small social solid southern special
specific stable steady strategic strict strong structural sudden sufficient sustainable sweeping
symbolic technical temporary tense territorial tight total tough toxic traditional transparent
typical unclear unexpected unique universal unofficial unusual upcoming urban urgent useful valid
various vast visible vital voluntary vulnerable weak wealthy weekly western wide young
"""
)

ADVERBS = words(
    """
quickly slowly reportedly allegedly officially publicly privately openly quietly sharply steadily
gradually largely partly fully briefly jointly narrowly firmly formally repeatedly recently
previously initially eventually finally immediately temporarily permanently strongly widely
heavily clearly directly effectively reluctantly cautiously unexpectedly unanimously separately
independently increasingly significantly substantially dramatically modestly
"""
)

VERBS = words(
    """
accept adopt allocate appoint approve arrest assess attract authorise ban block boost boycott build
calculate cancel certify challenge clarify close commission compensate complete condemn confirm
consider construct convene coordinate cover create criticise curb cut defend delay demand deny
discuss dismiss dispatch dissolve distribute double draft ease elect eliminate employ endorse
enforce estimate evacuate evaluate examine expand export expose extend finance freeze fund
guarantee halt hold host identify implement import improve increase inspect introduce investigate
invite issue join launch lead lift limit lobby lose maintain manage merge mobilise modernise
monitor negotiate nominate observe oppose organise outline overhaul overturn pardon persuade plan
postpone praise predict prepare preserve privatise process produce prohibit promote propose
protect provide publish purchase question raise ratify rebuild recall recognise recruit reduce
register regulate reinforce reject release relocate remove renew reopen repair replace request
rescue restore resume review revise revoke secure seek sell send settle share sign simplify
sponsor stop strengthen study summon support suspend target test tighten track train transfer
upgrade veto welcome widen win withdraw
"""
)
# Verb forms the rules get wrong: third person, past, -ing.
IRREGULAR_VERBS = {
    "ban": ("bans", "banned", "banning"),
    "build": ("builds", "built", "building"),
    "cancel": ("cancels", "cancelled", "cancelling"),
    "cut": ("cuts", "cut", "cutting"),
    "freeze": ("freezes", "froze", "freezing"),
    "hold": ("holds", "held", "holding"),
    "lead": ("leads", "led", "leading"),
    "lose": ("loses", "lost", "losing"),
    "plan": ("plans", "planned", "planning"),
    "rebuild": ("rebuilds", "rebuilt", "rebuilding"),
    "seek": ("seeks", "sought", "seeking"),
    "sell": ("sells", "sold", "selling"),
    "send": ("sends", "sent", "sending"),
    "stop": ("stops", "stopped", "stopping"),
    "transfer": ("transfers", "transferred", "transferring"),
    "veto": ("vetoes", "vetoed", "vetoing"),
    "win": ("wins", "won", "winning"),
    "withdraw": ("withdraws", "withdrew", "withdrawing"),
}


def verb_forms(base: str) -> tuple[str, str, str, str]:
    """Return (base, third person singular, past, -ing form)."""
    if base in IRREGULAR_VERBS:
        return (base, *IRREGULAR_VERBS[base])
    if base.endswith("ee"):
        return base, base + "s", base + "d", base + "ing"
    if base.endswith("e"):
        return base, base + "s", base + "d", base[:-1] + "ing"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if base.endswith(("s", "x", "ch", "sh", "z")):
        return base, base + "es", base + "ed", base + "ing"
    return base, base + "s", base + "ed", base + "ing"


VERB_FORMS = [verb_forms(verb) for verb in VERBS]
SAY_VERBS = [
    verb_forms(verb)
    for verb in words("say stress warn note argue claim insist admit explain suggest add recall")
]
SAY_VERBS[0] = ("say", "says", "said", "saying")
SAY_VERBS[7] = ("admit", "admits", "admitted", "admitting")

PLACES = words(
    """
Yerevan Baku Tbilisi Gyumri Ganja Vanadzor Sumgait Batumi Kutaisi Moscow Ankara Tehran Brussels
Washington Paris Berlin Vienna Geneva Istanbul Dilijan Sheki Lankaran Kapan Goris Armenia
Azerbaijan Georgia Russia Turkey Iran Europe Nakhchivan Syunik Lori Shirak Tavush Absheron
Gabala Shamakhi Quba Ijevan Sevan Jermuk Rustavi Zugdidi Gori Telavi
"""
)
TIMES = [
    *(f"on {day}" for day in words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")),
    *(
        f"in {month}"
        for month in words(
            "January February March April May June July August September October November December"
        )
    ),
    "last week",
    "earlier this month",
    "this spring",
    "last autumn",
    "late on Monday",
    "earlier this year",
    "overnight",
    "last summer",
    "this winter",
]
PREPOSITIONS = words("in near outside across around")
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
    "a university lecturer",
    "the mayor's adviser",
]
NUMBERS = [
    *words("two three four five six seven eight nine ten twelve fifteen twenty thirty forty fifty"),
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
        *words("Armenia Azerbaijan Georgia Russia Turkey Iran elections parliament budget"),
        *words("inflation energy gas trade borders security migration education health culture"),
        *words("tourism agriculture transport courts media climate water technology banking"),
        *words("diaspora corruption protests diplomacy"),
        "European Union",
        "peace talks",
        "human rights",
    ]
    male_first_names = words("David Samuel Peter Thomas James Robert Daniel Michael Andrew Simon")
    female_first_names = words("Anna Maria Laura Helen Sarah Emily Kate Alice Grace Rachel")
    last_names = words(
        """
        Walker Harris Bennett Carter Morgan Hughes Fletcher Reed Lawson Porter Gray Holland Marsh
        Ellis Turner Webb Hale Shaw
        """
    )
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

    def _adverb(self, rng: Random) -> str:
        return f"{rng.choice(ADVERBS)} " if rng.random() < 0.3 else ""

    def sentence(self, rng: Random) -> str:
        verb = rng.choice(VERB_FORMS)
        pattern = rng.randrange(7)
        if pattern == 0:
            text = f"{self._np(rng)} {self._adverb(rng)}{verb[2]} {self._np(rng)} {self._pp(rng)}"
        elif pattern == 1:
            text = (
                f"according to {rng.choice(ROLES)}, {self._np(rng, many=False)} is {verb[3]} "
                f"{self._np(rng)} {self._pp(rng)}"
            )
        elif pattern == 2:
            say = rng.choice(SAY_VERBS)
            text = (
                f"{self.person(rng)[0]}, {rng.choice(ROLES)}, {say[2]} that "
                f"{self._np(rng, many=True)} had been {self._adverb(rng)}{verb[2]} {self._pp(rng)}"
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
                f"{self._np(rng, many=True)} are {self._adverb(rng)}{verb[3]} {self._np(rng)}, "
                f"{rng.choice(['analysts', 'officials', 'observers', 'critics'])} {say[0]}"
            )
        else:
            text = (
                f"the decision to {verb[0]} {self._np(rng)} could {rng.choice(VERB_FORMS)[0]} "
                f"{self._np(rng)} {self._pp(rng)}"
            )
        return self.capitalize(text) + "."

    def title(self, rng: Random) -> str:
        verb = rng.choice(VERB_FORMS)
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
        verb = rng.choice(VERB_FORMS)
        text = self.capitalize(f"we will not {verb[0]} {self._np(rng)} {self._pp(rng)}") + "."
        return text, f"{self.person(rng)[0]}, {rng.choice(ROLES)}"
