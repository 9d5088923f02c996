# ruff: noqa: E501  (prose: long string lines are meant)
"""Demo articles of the Interviews section (original text; fictional people)."""

CREDIT = "Photo illustration: Masthead Daily"

ARTICLES = [
    {
        "slug": "glaciologist-water-bank",
        "section": "interviews",
        "days_ago": 8,
        "time": "11:00",
        "authors": ["nina-karapetyan"],
        "tags": ["climate", "water"],
        "image_label": "Glacier",
        "kicker": "Interview",
        "title": "“The glaciers are our water bank, and we are overdrawn”",
        "lead": "Glaciologist Sevda Rəhimova has measured the ice on the northern ridge for twenty "
        "years. She explains why the rivers are full now and will not be later.",
        "hero_caption": "The tongue of the Ardon glacier. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Every August, Sevda Rəhimova climbs to the Ardon glacier with two students and "
                "a bag of stakes. The stakes, drilled into the ice, show how much of it melted since "
                "the previous summer. We spoke after her twentieth expedition.",
            ),
            ("h", "How much ice has the ridge lost?"),
            (
                "p",
                "About a third of its area since my first measurement, and more of its volume, "
                "because the glaciers are getting thinner as well as shorter. The small ones below "
                "3,500 metres will be gone within my working life.",
            ),
            ("h", "Yet the rivers carry more water than ever."),
            (
                "q",
                "That is the trap. A melting glacier is like spending your savings: for a while "
                "you feel rich. Then the account is empty and the rivers depend on rain alone.",
                "Sevda Rəhimova",
            ),
            ("img", "Stakes measure the melt on the glacier surface.", CREDIT),
            ("h", "What should farmers and cities do?"),
            (
                "p",
                "Store water, and waste less of it. Small reservoirs in the valleys, drip "
                "irrigation, canals that do not leak. None of this is exotic. It only has to be done "
                "before the peak of the melt, not after it.",
            ),
        ],
    },
    {
        "slug": "patrol-that-is-seen",
        "section": "interviews",
        "days_ago": 29,
        "time": "15:15",
        "authors": ["nina-karapetyan", "ilkin-aliyev"],
        "tags": ["peacekeeping", "security", "war"],
        "image_label": "Patrol",
        "kicker": "Interview",
        "title": "“A patrol that is seen is a patrol that works”",
        "lead": "Colonel (ret.) Jonas Lindqvist commanded the peacekeepers on the Tavra line for "
        "two years. He talks about trust, boredom and the night the ceasefire almost broke.",
        "hero_caption": "A peacekeepers' observation tower. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Jonas Lindqvist served in four peacekeeping missions before taking command of "
                "the Joint Monitoring Mission. He retired last year and now teaches at a staff "
                "college. We met him during a visit to Selvar.",
            ),
            ("h", "What does a peacekeeper actually do all day?"),
            (
                "p",
                "Mostly he drives, walks and writes. A patrol goes to the same places at "
                "different times, talks to the same farmers and writes down what changed. It is "
                "repetitive, and the repetition is the point: both sides know they are watched.",
            ),
            ("h", "Was there a moment when the war could have restarted?"),
            (
                "q",
                "One night in the second winter, a shepherd was shot near the line. By morning "
                "both sides had moved artillery. We put two patrols between them and kept them "
                "there, in the open, for three days. Nobody wanted to shoot past our vehicles.",
                "Jonas Lindqvist",
            ),
            ("img", "Peacekeepers on patrol near the river crossing.", CREDIT),
            ("h", "Should the mission end?"),
            (
                "p",
                "One day, yes. Peacekeepers are scaffolding. If you never build the house, the "
                "scaffolding becomes the house, and that is not a good place to live.",
            ),
        ],
    },
    {
        "slug": "port-alaz-mayor-city-first",
        "section": "interviews",
        "days_ago": 47,
        "time": "12:20",
        "authors": ["nina-karapetyan"],
        "tags": ["infrastructure", "transport"],
        "image_label": "Port city",
        "kicker": "Interview",
        "title": "Mayor of Port Alaz: “A port city has to be a city first”",
        "lead": "Rüstəm Quliyev on container lorries, the seafront and why he wants the harbour "
        "to pay for the old town's trams.",
        "hero_caption": "The seafront of Port Alaz. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Rüstəm Quliyev was elected mayor of Port Alaz three years ago, on a promise to "
                "give the seafront back to pedestrians. Then the new container terminal arrived.",
            ),
            ("h", "Is the terminal good news for the city?"),
            (
                "p",
                "For jobs, yes. For the streets, not yet. Four hundred lorries a day drive along "
                "the promenade to reach the bypass that does not exist. I have asked the port to "
                "share the cost of building it.",
            ),
            (
                "q",
                "The harbour earns money from the city's location. It is fair that some of the "
                "money stays in the city.",
                "Rüstəm Quliyev",
            ),
            ("h", "And the trams?"),
            (
                "p",
                "We have three old lines and twelve new trams on order. A small fee on every "
                "container would pay for the tracks. The port authority does not love the idea, "
                "but we are still talking.",
            ),
        ],
    },
    {
        "slug": "novelist-war-without-heroes",
        "section": "interviews",
        "days_ago": 63,
        "time": "18:00",
        "authors": ["nina-karapetyan"],
        "tags": ["culture", "war"],
        "image_label": "Novel",
        "kicker": "Culture",
        "title": "A novelist on writing about war without heroes",
        "lead": "Ani Harutyunyan's new novel follows a village on both sides of a ceasefire line. "
        "She talks about grief, humour and the language of the checkpoint.",
        "hero_caption": "Ani Harutyunyan at her desk. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                'Ani Harutyunyan\'s third novel, "The Orchard on the Line", has sold more copies '
                "in two months than her first two books together. It is set in a fictional village "
                "divided by the buffer zone after a short war.",
            ),
            ("h", "Why write about the war now?"),
            (
                "p",
                "Because everyone is tired of talking about it, and that is when the important "
                "things get forgotten. Not the battles: the dinners, the weddings postponed, the "
                "neighbour whose goat crossed the line.",
            ),
            (
                "q",
                "I did not want heroes. Heroes make a war look like a story with an ending. "
                "A war does not end when the shooting stops.",
                "Ani Harutyunyan",
            ),
            ("img", 'The cover of "The Orchard on the Line".', CREDIT),
            ("h", "There is a lot of humour in the book."),
            (
                "p",
                "People in hard places joke more, not less. The checkpoint in the novel has its "
                "own vocabulary, its own jokes. The soldiers and the grandmothers both know them.",
            ),
        ],
    },
    {
        "slug": "farm-app-three-languages",
        "section": "interviews",
        "days_ago": 84,
        "time": "10:10",
        "authors": ["nina-karapetyan", "elena-voronova"],
        "tags": ["technology", "agriculture"],
        "image_label": "Farm app",
        "kicker": "Interview",
        "title": "The founder who built a farm app in three languages",
        "lead": "Kamran İsmayılov's app tells farmers when to water, what the market pays and "
        "which neighbour has a free tractor. It has 40,000 users and no office.",
        "hero_caption": "A farmer checks the app in a field. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Kamran İsmayılov grew up on a farm near Kesh, studied programming in the "
                "capital and came back. His app, written with two friends, works on cheap phones "
                "and slow connections.",
            ),
            ("h", "Why three languages?"),
            (
                "p",
                "Because the villages speak three languages, and a farmer does not want to "
                "read irrigation advice in his third one. We translated every screen and hired a "
                "grandmother to test whether the words were the words people actually use.",
            ),
            (
                "q",
                "Our most popular feature is not the weather. It is the list of tractors for "
                "hire. Technology is mostly about neighbours finding each other.",
                "Kamran İsmayılov",
            ),
            (
                "p",
                "The app is free for farmers and earns money from grain traders who pay to "
                "publish prices. İsmayılov says the company became profitable this year.",
            ),
        ],
    },
    {
        "slug": "economist-inflation-tax",
        "section": "interviews",
        "days_ago": 110,
        "time": "14:00",
        "authors": ["elena-voronova"],
        "tags": ["trade"],
        "image_label": "Inflation",
        "kicker": "Interview",
        "title": "“Inflation is a tax nobody voted for”",
        "lead": "Economist Marat Sadykov on interest rates, the price of bread and why the "
        "central bank should talk more plainly.",
        "hero_caption": "Economist Marat Sadykov. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Marat Sadykov taught economics for thirty years and advised two finance "
                "ministers. His newspaper columns on prices are read by people who never opened a "
                "textbook.",
            ),
            ("h", "Why do you call inflation a tax?"),
            (
                "q",
                "Because it takes money from your pocket without a law. Savers, pensioners, "
                "people on fixed salaries pay it. Nobody voted for it, so nobody feels responsible.",
                "Marat Sadykov",
            ),
            ("h", "Is the central bank doing enough?"),
            (
                "p",
                "It is doing the right things and explaining them badly. A rate decision should "
                "come with one paragraph a bus driver can read. People who understand why money is "
                "expensive are less likely to panic.",
            ),
            (
                "note",
                "P.S.",
                "Marat Sadykov's new book of collected columns is published this month.",
            ),
        ],
    },
    {
        "slug": "museum-director-catalogue-cards",
        "section": "interviews",
        "days_ago": 132,
        "time": "16:40",
        "authors": ["nina-karapetyan"],
        "tags": ["culture", "technology"],
        "image_label": "Museum",
        "kicker": "Interview",
        "title": "Restoring a museum, one catalogue card at a time",
        "lead": "Lusine Avetisyan took over a regional museum with a leaking roof and 60,000 "
        "objects on paper cards. Four years later, the collection is online.",
        "hero_caption": "The main hall of the Kharan Regional Museum. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "When Lusine Avetisyan became director of the Kharan Regional Museum, the roof "
                "leaked over the textile store and nobody knew exactly what the museum owned.",
            ),
            ("h", "Where did you start?"),
            (
                "p",
                "With buckets, honestly. Then with the cards. Every object had a paper card, "
                "some written in the 1950s. Volunteers photographed the cards and the objects, and "
                "students typed them in during their summer holidays.",
            ),
            (
                "q",
                "We found a bronze belt we thought was lost. It was in a drawer labelled "
                '"buttons".',
                "Lusine Avetisyan",
            ),
            ("img", "Volunteers photograph the textile collection.", CREDIT),
            (
                "p",
                "The online catalogue now lists 58,000 objects. Visitor numbers have doubled, "
                "and the roof has been repaired.",
            ),
        ],
    },
    {
        "slug": "verification-is-a-habit",
        "section": "interviews",
        "days_ago": 168,
        "time": "12:30",
        "authors": ["nina-karapetyan", "david-osei"],
        "tags": ["media", "technology"],
        "image_label": "Verification",
        "kicker": "Interview",
        "title": "“Verification is a habit, not a department”",
        "lead": "Journalism lecturer Davit Lomidze trains reporters to check photos, videos and "
        "numbers. He says the most useful tool is still the telephone.",
        "hero_caption": "A verification workshop for students. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Davit Lomidze has run verification workshops for newsrooms across the region "
                "for ten years. His students have debunked fake ceasefire violations, staged "
                "protest photos and invented statistics.",
            ),
            ("h", "What is the most common mistake?"),
            (
                "p",
                "Believing that checking is someone else's job. In a small newsroom there is "
                "no fact-checking department. Every reporter must ask: who took this, when, where, "
                "and why am I seeing it now?",
            ),
            ("yt", "M4sthd9Vr1k", "Davit Lomidze explains how to trace the origin of a video"),
            (
                "q",
                "Reverse image search is wonderful. But the fastest way to check a photo of a "
                "flooded street is to call someone who lives on that street.",
                "Davit Lomidze",
            ),
            ("p", "Lomidze's course materials are free for any newsroom that asks."),
        ],
    },
]
