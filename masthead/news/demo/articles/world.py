# ruff: noqa: E501  (prose: long string lines are meant)
"""Demo articles of the World section (original text; fictional countries, places and people)."""

CREDIT = "Photo illustration: Masthead Daily"

ARTICLES = [
    {
        "slug": "shipping-insurers-raise-rates",
        "section": "world",
        "days_ago": 2,
        "time": "13:10",
        "authors": ["tural-mammadov"],
        "tags": ["trade", "transport", "security"],
        "image_label": "Shipping lane",
        "title": "Shipping insurers raise rates on the northern sea route",
        "lead": "War-risk premiums for ships calling at Veltra's ports have doubled in a month. "
        "Freight forwarders in the region are looking for other ways west.",
        "hero_caption": "A bulk carrier leaves harbour. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Insurers now charge an additional war-risk premium of 0.6 per cent of a ship's "
                "value for every call at the ports of Veltra, where fighting between the government "
                "and a rebel militia has come within artillery range of the coast.",
            ),
            (
                "p",
                "For a medium bulk carrier, the surcharge adds tens of thousands to every "
                "voyage, a cost that is passed on to grain and fertiliser buyers.",
            ),
            (
                "q",
                "Nobody has hit a merchant ship yet. Insurers do not wait for the first one.",
                "Marine underwriter Helena Varga",
            ),
            ("img", "Routes west from the Caspian ports.", "Map: Masthead Daily"),
            (
                "p",
                "Forwarders in Port Alaz say several clients have asked for quotes by rail "
                "through the mountains, a longer but, for now, cheaper route.",
            ),
        ],
    },
    {
        "slug": "neighbours-share-river-data",
        "section": "world",
        "days_ago": 15,
        "time": "17:45",
        "authors": ["tural-mammadov", "david-osei"],
        "tags": ["water", "diplomacy", "climate"],
        "image_label": "River data",
        "title": "Upstream and downstream neighbours agree to share river data",
        "lead": "Four countries along the Amran river will publish daily flow and reservoir "
        "levels. Diplomats call it a small step; farmers call it overdue.",
        "hero_caption": "A gauging station on the Amran river. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "The agreement, signed at a meeting of water ministers, obliges each country to "
                "publish the readings of 28 gauging stations and the level of every large reservoir "
                "once a day on a shared website.",
            ),
            (
                "p",
                "Until now, downstream farmers learned about releases from upstream dams when "
                "the water arrived, or did not.",
            ),
            (
                "q",
                "Data do not make water. But they make it much harder to blame the neighbour "
                "for a dry canal without evidence.",
                "A water ministry official",
            ),
            (
                "p",
                "The agreement does not set quotas. Those are to be discussed at the next "
                "meeting, scheduled for spring.",
            ),
        ],
    },
    {
        "slug": "northern-union-student-visas",
        "section": "world",
        "days_ago": 31,
        "time": "10:25",
        "authors": ["tural-mammadov"],
        "tags": ["migration", "diplomacy"],
        "image_label": "Student visas",
        "title": "Northern Union opens talks on easier visas for students",
        "lead": "Students and researchers would get multiple-entry visas within ten days. The "
        "talks are the first between the bloc and the region in four years.",
        "hero_caption": "A university library. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Negotiators of the Northern Union, an economic bloc of seven countries, met "
                "the region's foreign ministers to open talks on visa facilitation for students, "
                "researchers and journalists.",
            ),
            (
                "p",
                "Under the proposal, applicants with a letter from a university would receive a "
                "multiple-entry visa within ten working days, and the visa fee would be waived for "
                "students under 25.",
            ),
            (
                "q",
                "Every student who studies abroad and comes back is a bridge. We want more "
                "bridges.",
                "The bloc's chief negotiator",
            ),
            (
                "p",
                "In return, the bloc asks for an agreement on the readmission of people who "
                "overstay their visas, the most sensitive point of the talks.",
            ),
        ],
    },
    {
        "slug": "lake-orsa-talks",
        "section": "world",
        "days_ago": 52,
        "time": "20:30",
        "authors": ["ilkin-aliyev", "tural-mammadov"],
        "tags": ["peacekeeping", "diplomacy", "war"],
        "image_label": "Lake Orsa",
        "kicker": "Diplomacy",
        "title": "Talks at Lake Orsa: peacekeepers, prisoners and a map",
        "lead": "Negotiators from both sides of the Tavra war met for three days. They agreed "
        "to exchange prisoners and to let the peacekeepers open two more crossing points.",
        "hero_caption": "The conference hotel on Lake Orsa. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "The talks were the longest direct meeting between the two delegations since the "
                "ceasefire. They were held in a hotel on Lake Orsa, with mediators from the Council "
                "of Coastal States in the next room.",
            ),
            ("h", "Prisoners first"),
            (
                "p",
                "Both sides will release all remaining prisoners of war, 38 people in total, "
                "within a month. The exchange will take place at a crossing point supervised by "
                "the peacekeepers.",
            ),
            ("h", "Two more crossings"),
            (
                "p",
                "The peacekeepers will open two more crossing points for civilians on market "
                "days, so that families divided by the line can visit relatives and graves.",
            ),
            (
                "q",
                "A crossing point is a small thing on a map and a very big thing in a family.",
                "The chief mediator, at the closing press conference",
            ),
            ("img", "Delegations arrive for the final session.", CREDIT),
            ("p", "The map of the line in the highlands was discussed but not agreed."),
        ],
    },
    {
        "slug": "veltra-runoff-president",
        "section": "world",
        "days_ago": 70,
        "time": "08:15",
        "authors": ["tural-mammadov"],
        "tags": ["elections", "security"],
        "image_label": "Veltra runoff",
        "title": "Veltra elects a president in a runoff",
        "lead": "Former judge Ilana Rosh won 53 per cent in the second round. She promised to "
        "negotiate with the rebel militia and to reform the police.",
        "hero_caption": "Supporters celebrate in Veltra's capital. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Ilana Rosh, a former constitutional court judge who entered politics two years "
                "ago, defeated the incumbent prime minister in the runoff. Turnout was 58 per cent.",
            ),
            (
                "p",
                "International observers said the vote was competitive and well administered, "
                "but that voting could not take place in three districts controlled by the militia.",
            ),
            (
                "q",
                "I was a judge. I will listen to both sides before I decide, and I will decide.",
                "Ilana Rosh, in her victory speech",
            ),
            (
                "p",
                "The region's governments congratulated the winner. Veltra is the second "
                "largest buyer of the region's exports.",
            ),
        ],
    },
    {
        "slug": "long-fire-season-south",
        "section": "world",
        "days_ago": 99,
        "time": "15:55",
        "authors": ["david-osei"],
        "tags": ["climate", "security"],
        "image_label": "Fire season",
        "title": "A long fire season tests the southern neighbours",
        "lead": "Wildfires burned 180,000 hectares across the southern countries this year, "
        "twice the ten-year average. Firefighters crossed borders to help each other.",
        "hero_caption": "A firefighting plane over a burning ridge. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "The fire season began in May, a month earlier than usual, and ended only with "
                "the October rains. Hot, dry winds spread fires from fields into forests.",
            ),
            (
                "p",
                "Under an agreement signed last year, firefighting planes from four countries "
                "flew missions across each other's borders for the first time.",
            ),
            (
                "q",
                "Fire does not look at passports, so we stopped looking at them too.",
                "A regional fire brigade commander",
            ),
            ("img", "Area burned each year, in thousands of hectares.", "Chart: Masthead Daily"),
            (
                "p",
                "Scientists warn that longer seasons will be the norm and call for more "
                "prevention: clearing dry brush, grazing and early warnings.",
            ),
        ],
    },
    {
        "slug": "caspian-undersea-data-cable",
        "section": "world",
        "days_ago": 125,
        "time": "09:05",
        "authors": ["leyla-hasanova", "tural-mammadov"],
        "tags": ["technology", "infrastructure"],
        "image_label": "Data cable",
        "title": "An undersea data cable will cross the Caspian",
        "lead": "A consortium of telecom operators will lay a fibre-optic cable across the sea. "
        "It would give the region a second data route to Asia.",
        "hero_caption": "A cable-laying ship. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "The cable, about 400 kilometres long, will connect Port Alaz with the eastern "
                "shore. Its backers say it will cut the delay of internet traffic to Asian data "
                "centres by a third.",
            ),
            (
                "p",
                "Today almost all of the region's international traffic runs through two land "
                "cables to the north and west. A single excavator accident last winter slowed the "
                "internet for a day.",
            ),
            ("yt", "Cb7Lx2Qw9Ds", "How an undersea cable is laid, explained in four minutes"),
            (
                "q",
                "Two roads are good. Three roads are resilience.",
                "Consortium chief executive Ruslan Bekov",
            ),
            ("p", "Construction is due to start next summer, once the seabed survey is complete."),
        ],
    },
    {
        "slug": "returning-home-first-thousand-families",
        "section": "world",
        "days_ago": 150,
        "time": "11:50",
        "authors": ["ilkin-aliyev", "nina-karapetyan"],
        "tags": ["migration", "war", "peacekeeping"],
        "image_label": "Returning home",
        "title": "Returning home after the war: a programme counts its first thousand families",
        "lead": "Families displaced by the Tavra war are returning to rebuilt villages outside "
        "the buffer zone. Jobs, schools and land mines decide who stays.",
        "hero_caption": "A rebuilt house in a returning village. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "More than a thousand families have returned to their villages under a "
                "programme that pays for rebuilding houses and clearing land mines from fields. "
                "About 30,000 people were displaced by the war.",
            ),
            (
                "p",
                "Deminers cleared 1,400 hectares last year. The peacekeepers mark the cleared "
                "fields on a public map, which farmers check before ploughing.",
            ),
            (
                "q",
                "We came back for the graves and the garden. We will stay if the school opens.",
                "A mother of three in a returning village",
            ),
            ("img", "A deminer checks a field before spring ploughing.", CREDIT),
            (
                "p",
                "The programme's budget covers another 1,500 families. Its managers say the "
                "next difficulty is not houses but jobs.",
            ),
            (
                "note",
                "Editor's note",
                "The names of the villages are not published at the request "
                "of the families, some of whom have relatives on the other side of the line.",
            ),
        ],
    },
]
