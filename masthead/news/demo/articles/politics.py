# ruff: noqa: E501  (prose: long string lines are meant)
"""Demo articles of the Politics section (original text; fictional places and people)."""

CREDIT = "Photo illustration: Masthead Daily"

ARTICLES = [
    {
        "slug": "selvar-mayor-election-live",
        "section": "politics",
        "days_ago": 0,
        "time": "09:00",
        "is_live": True,
        "authors": ["arman-melikyan", "tural-mammadov"],
        "tags": ["elections"],
        "image_label": "Selvar votes",
        "title": "Selvar elects a mayor: live updates",
        "lead": "Polling stations in the capital are open until 20:00. Turnout, the first "
        "results and reactions from the candidates, as they come in.",
        "hero_caption": "A polling station in central Selvar. Photo illustration: Masthead Daily",
        "body": [
            ("h", "Turnout passes 30 per cent by early afternoon"),
            (
                "p",
                "The city election commission reported a turnout of 31.6 per cent at 14:00, "
                "higher than at the same hour four years ago. Queues formed in the new districts "
                "on the eastern bank, where three polling stations opened late.",
            ),
            (
                "q",
                "We have asked the commission to keep those three stations open for an extra "
                "hour, and we will accept whatever it decides.",
                "A spokesperson for the Civic Alliance candidate",
            ),
            ("h", "Observers: voting calm, some list errors"),
            (
                "p",
                "The independent observers' network said it had received 48 reports, most of "
                "them about voters missing from the lists after moving flats. No serious violations "
                "have been confirmed.",
            ),
            ("img", "Voters queue outside School No. 12 on the eastern bank.", CREDIT),
            (
                "p",
                "Four candidates are running for mayor. The main questions of the campaign were "
                "public transport, the price of parking and the future of the old tram depot, which "
                "a developer wants to turn into apartments.",
            ),
            (
                "note",
                "Editor's note",
                "This page is updated throughout the day. The newest entries are at the top.",
            ),
        ],
    },
    {
        "slug": "assembly-passes-budget",
        "section": "politics",
        "days_ago": 1,
        "time": "07:10",
        "updated_after_hours": 5,
        "authors": ["arman-melikyan"],
        "tags": ["infrastructure", "elections"],
        "image_label": "Budget night",
        "title": "Assembly passes next year's budget after a night of amendments",
        "lead": "Deputies approved the budget by 74 votes to 38 shortly before dawn, after adding "
        "money for school repairs and cutting the government's reserve fund.",
        "hero_caption": "The National Assembly chamber at night. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "The debate began at six in the evening and ended at a quarter to five in the "
                "morning. By then the chamber had voted on 112 amendments, accepted 19 of them and "
                "sent the budget to the president for signature.",
            ),
            ("h", "Schools gain, the reserve shrinks"),
            (
                "p",
                "The largest change moves 40 million from the government's reserve fund to the "
                "repair of school buildings, a demand that opposition and governing deputies from "
                "rural districts made together. Spending on roads is unchanged; the defence budget "
                "grows by four per cent.",
            ),
            (
                "q",
                "A reserve fund is for emergencies. A school roof that leaks every winter is an "
                "emergency that we can schedule.",
                "Deputy Narine Hakobyan, budget committee",
            ),
            (
                "p",
                "The finance minister said the amendments keep the deficit within the limit of "
                "three per cent of output, but warned that the smaller reserve leaves less room for "
                "surprises.",
            ),
            (
                "note",
                "Update",
                "This article was updated after the president's office said the "
                "budget would be signed within the week.",
            ),
        ],
    },
    {
        "slug": "opposition-joint-platform",
        "section": "politics",
        "days_ago": 18,
        "time": "15:35",
        "authors": ["arman-melikyan"],
        "tags": ["elections"],
        "image_label": "Joint platform",
        "title": "Three opposition parties sign a joint platform",
        "lead": "The Civic Alliance, the Green Party and the Union of Regions will run a single "
        "list in next year's parliamentary election. Their agreement leaves the hardest "
        "questions for later.",
        "hero_caption": "The signing ceremony in Selvar. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "The leaders of the three parties signed a twelve-page platform in a theatre "
                "foyer on Tuesday evening, in front of a few hundred supporters. The document "
                "promises independent courts, an elected head for every region and a public "
                "register of state contracts.",
            ),
            (
                "p",
                "It says little about taxes, on which the Greens and the Union of Regions "
                "disagree, and nothing about who would lead a coalition government.",
            ),
            (
                "q",
                "We agreed on what we can agree on. The rest we will argue about in public, "
                "which is what a democracy is for.",
                "Karen Avagyan, leader of the Union of Regions",
            ),
            ("img", "The three leaders after the signing.", CREDIT),
            (
                "p",
                "Together the three parties won 27 per cent of the vote at the last election. "
                "Under the new electoral threshold of five per cent, two of them would have "
                "struggled to enter parliament alone.",
            ),
        ],
    },
    {
        "slug": "border-commission-ninth-round",
        "section": "politics",
        "days_ago": 33,
        "time": "19:20",
        "authors": ["arman-melikyan", "ilkin-aliyev"],
        "tags": ["diplomacy", "security", "peacekeeping"],
        "image_label": "Border talks",
        "kicker": "Diplomacy",
        "title": "Border commission ends its ninth round with 40 kilometres on the map",
        "lead": "Negotiators agreed on the line along a further stretch of the Tavra river. The "
        "mountain section, where most of the war was fought, remains untouched.",
        "hero_caption": "Surveyors' markers on the river bank. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "After four days of talks in the lakeside town of Orsa, the two delegations to the "
                "border commission signed a protocol describing 40 kilometres of the line, bringing "
                "the agreed total to 126 kilometres out of roughly 300.",
            ),
            (
                "p",
                "The newly agreed stretch follows the middle of the Tavra river's main channel. "
                "Both sides agreed that islands will belong to whichever bank they are closest to on "
                "the day of signing, a rule that surveyors say will settle disputes over seven of "
                "them.",
            ),
            ("h", "The hard part is still ahead"),
            (
                "p",
                "The remaining sections cross the highlands where the war was fought and where "
                "the peacekeepers maintain most of their posts. Neither delegation would say when "
                "talks on the mountain section will begin.",
            ),
            (
                "q",
                "Rivers are easy; they draw the line for you. Mountains are where maps meet "
                "memories.",
                "A member of one of the delegations, speaking anonymously",
            ),
            ("img", "The agreed and disputed sections of the line.", "Map: Masthead Daily"),
        ],
    },
    {
        "slug": "new-electoral-code-explained",
        "section": "politics",
        "days_ago": 49,
        "time": "10:55",
        "authors": ["arman-melikyan"],
        "tags": ["elections", "technology"],
        "image_label": "Electoral code",
        "kicker": "Explainer",
        "title": "New electoral code: what changes for voters",
        "lead": "Voting abroad by mail, transparent ballot boxes with cameras, and a lower "
        "threshold for independent candidates. A guide to the law that takes effect in spring.",
        "hero_caption": "A transparent ballot box. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "The National Assembly adopted the new electoral code in its third reading by a "
                "large majority. It replaces a law that had been amended 41 times since it was "
                "first passed.",
            ),
            ("h", "Voting from abroad"),
            (
                "p",
                "Citizens living abroad will be able to vote by mail, not only at embassies. "
                "They will have to register at least sixty days before the election through the "
                "commission's website.",
            ),
            ("h", "Cameras and counting"),
            (
                "p",
                "Every polling station will stream the count on the internet. The camera must "
                "show the table, not the voters, and recordings will be kept for a year.",
            ),
            (
                "q",
                "The law is good. The test is whether the commissions apply it the same way in "
                "a mountain village as in the capital.",
                "Hasmik Davtyan, election observer",
            ),
            (
                "p",
                "Independent candidates will need 500 signatures instead of 2,000 to stand in a "
                "single-member district.",
            ),
        ],
    },
    {
        "slug": "ombudsman-annual-report",
        "section": "politics",
        "days_ago": 66,
        "time": "13:25",
        "authors": ["tural-mammadov"],
        "tags": ["security", "media"],
        "image_label": "Ombudsman",
        "title": "Ombudsman's report counts a record number of complaints",
        "lead": "Residents filed 9,300 complaints last year, most about courts, police and "
        "pensions. The ombudsman says more complaints can be a sign of more trust.",
        "hero_caption": "Files in the ombudsman's office. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "The human rights ombudsman presented her annual report to the Assembly on "
                "Thursday. The 180-page document lists 9,300 complaints, an increase of a fifth on "
                "the year before, and 412 cases in which her office intervened.",
            ),
            (
                "p",
                "Slow court proceedings were the most common grievance, followed by police "
                "conduct during arrests and errors in the calculation of pensions.",
            ),
            (
                "q",
                "People complain when they believe somebody will answer. I would worry more if "
                "the number were falling.",
                "Ombudsman Sona Mirzoyan",
            ),
            (
                "p",
                "The report also criticises the slow publication of court decisions online and "
                "asks the government to make prison visits by independent monitors unannounced.",
            ),
            (
                "note",
                "P.S.",
                "The full report is available in the Assembly's library. Our "
                "reporters will look at its chapter on prisons in a separate article.",
            ),
        ],
    },
    {
        "slug": "cabinet-reshuffle-new-governors",
        "section": "politics",
        "days_ago": 95,
        "time": "17:05",
        "authors": ["arman-melikyan"],
        "tags": ["infrastructure"],
        "image_label": "Reshuffle",
        "title": "Cabinet reshuffle brings three new regional governors",
        "lead": "The prime minister replaced the governors of the northern, coastal and "
        "highland regions. Two of the newcomers were mayors; one comes from business.",
        "hero_caption": "The government building in Selvar. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "The reshuffle had been expected since the summer floods, when the response in "
                "the northern region was criticised by residents and by deputies of the governing "
                "party itself.",
            ),
            (
                "p",
                "The new governor of the north, Armen Ghazaryan, was mayor of Davrin for six "
                "years and is credited with the town's new water supply. The coastal region goes to "
                "Leyla Qasımova, who ran the port authority's logistics company.",
            ),
            (
                "q",
                "A governor should be judged by what works on a Monday morning: buses, clinics, "
                "the heating.",
                "The prime minister, presenting the new governors",
            ),
            ("img", "The new governors at their first cabinet meeting.", CREDIT),
            (
                "p",
                "Opposition parties renewed their call for governors to be elected rather than "
                "appointed.",
            ),
        ],
    },
    {
        "slug": "petitions-portal-night-buses",
        "section": "politics",
        "days_ago": 160,
        "time": "11:15",
        "authors": ["tural-mammadov", "david-osei"],
        "tags": ["technology", "transport"],
        "image_label": "Night buses",
        "title": "Citizens' petitions go online; the first one asks for night buses",
        "lead": "Any petition with 10,000 signatures must now be debated by a committee of the "
        "Assembly. The first to reach the mark took eleven days.",
        "hero_caption": "A bus stop in Selvar after midnight. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "The Assembly's petitions portal opened at the start of the month. Signing "
                "requires the same digital identity that residents use to pay taxes, which its "
                "designers say makes fake signatures costly.",
            ),
            (
                "p",
                "The first petition to pass the threshold asks the capital to run buses on four "
                "main routes between midnight and five in the morning. Its author, a nurse who "
                "works night shifts, said she spends a fifth of her salary on taxis.",
            ),
            (
                "q",
                "Hospitals, bakeries and airports work at night. The city should too.",
                "Text of the petition",
            ),
            (
                "p",
                "The transport committee will hear the petition next month. The city's transport "
                "company has said night buses would cost about as much as one new tram.",
            ),
        ],
    },
]
