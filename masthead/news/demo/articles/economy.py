# ruff: noqa: E501  (prose: long string lines are meant)
"""Demo articles of the Economy section (original text; fictional places and people)."""

CREDIT = "Photo illustration: Masthead Daily"

ARTICLES = [
    {
        "slug": "inflation-slows-third-month",
        "section": "economy",
        "days_ago": 5,
        "time": "12:40",
        "authors": ["elena-voronova"],
        "tags": ["trade", "agriculture"],
        "image_label": "Prices",
        "title": "Inflation slows for the third month as food prices ease",
        "lead": "Consumer prices rose 6.1 per cent over the year to October, down from 7.4 per "
        "cent in the summer. Vegetables got cheaper; rents did not.",
        "hero_caption": "A vegetable stall at the central market. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "The statistics committee's monthly figures show the third consecutive slowdown "
                "in inflation. The main reason is a good vegetable harvest: tomatoes, cucumbers and "
                "potatoes cost less than a year ago.",
            ),
            (
                "p",
                "Prices of services continued to rise. Rents in the capital were up 14 per cent, "
                "and the cost of a visit to a private clinic rose by a tenth.",
            ),
            ("h", "The central bank waits"),
            (
                "q",
                "One good harvest does not make a trend. We want to see services slow down "
                "before we cut rates.",
                "Deputy governor of the central bank Farid Nəsirov",
            ),
            ("img", "Annual inflation, food and services.", "Chart: Masthead Daily"),
            (
                "p",
                "Most economists expect the bank to keep its key rate at 9 per cent at its "
                "December meeting.",
            ),
        ],
    },
    {
        "slug": "port-alaz-container-terminal",
        "section": "economy",
        "days_ago": 20,
        "time": "10:00",
        "authors": ["elena-voronova", "leyla-hasanova"],
        "tags": ["transport", "trade", "infrastructure"],
        "image_label": "Port Alaz",
        "kicker": "Port Alaz",
        "title": "Port Alaz opens its container terminal",
        "lead": "The new terminal can handle 200,000 containers a year, four times the port's "
        "current traffic. The first ship unloaded textiles and spare parts.",
        "hero_caption": "The new quay of Port Alaz. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "The first ship to berth at the new quay, a feeder vessel flying a neighbouring "
                "flag, unloaded 312 containers on Monday. Two rail-mounted cranes, the largest on "
                "the coast, moved a box every two and a half minutes.",
            ),
            (
                "p",
                "The terminal cost 380 million and was built by a consortium of the port "
                "authority and two foreign operators, who will run it for 25 years.",
            ),
            ("yt", "Xq3bK8mTz1A", "Time-lapse: the first ship at the new terminal"),
            ("h", "Jobs and traffic"),
            (
                "p",
                "About 600 people will work at the terminal. Residents of the old town have "
                "asked for a bypass so that container lorries stop driving along the seafront.",
            ),
            (
                "q",
                "A port city has waited a century for trucks to leave its promenade. We can "
                "wait one more year for the bypass, but not longer.",
                "Zaur Bağırov, head of the old town residents' association",
            ),
        ],
    },
    {
        "slug": "davrin-plateau-solar-farm",
        "section": "economy",
        "days_ago": 38,
        "time": "09:20",
        "authors": ["leyla-hasanova"],
        "tags": ["energy", "climate"],
        "image_label": "Solar plateau",
        "title": "A solar farm on the Davrin plateau starts feeding the grid",
        "lead": "The 120-megawatt plant is the region's largest. It sells its power at a fixed "
        "price for twenty years and shares the land with a flock of sheep.",
        "hero_caption": "Solar panels on the Davrin plateau. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Rows of panels now cover 240 hectares of dry pasture on the Davrin plateau. At "
                "full sun the plant produces enough electricity for about 70,000 households.",
            ),
            (
                "p",
                "The panels stand high enough for sheep to graze underneath, an arrangement the "
                "operator says keeps grass and fire risk down and keeps the local shepherds on the "
                "land.",
            ),
            ("img", "Sheep graze between the rows of panels.", CREDIT),
            (
                "q",
                "My grandfather grazed sheep here. Now I graze sheep and get rent for the land. "
                "He would not have believed it.",
                "Əli Nəbiyev, shepherd",
            ),
            (
                "p",
                "The grid operator says the plant's output, combined with hydropower, allowed it "
                "to switch off one gas turbine on sunny afternoons in September.",
            ),
        ],
    },
    {
        "slug": "remittances-fall-first-time",
        "section": "economy",
        "days_ago": 55,
        "time": "14:50",
        "authors": ["elena-voronova", "david-osei"],
        "tags": ["migration", "trade"],
        "image_label": "Remittances",
        "title": "Remittances from abroad fall for the first time in six years",
        "lead": "Money sent home by workers abroad dropped 9 per cent in the first half of the "
        "year. Families in the highland villages feel it first.",
        "hero_caption": "A money transfer office in Kharan. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Transfers from abroad are equal to about a tenth of the region's economy and "
                "to much more in the highland villages, where in some households they pay for "
                "everything from school shoes to roof repairs.",
            ),
            (
                "p",
                "The central bank attributes the fall to slower construction abroad, where many "
                "workers are employed, and to the stronger local currency, which makes each "
                "transfer worth less at home.",
            ),
            (
                "q",
                "My son sends the same amount as last year. It buys less, and he says he might "
                "come home in spring.",
                "A pensioner in a highland village",
            ),
            ("img", "Monthly remittances, in millions.", "Chart: Masthead Daily"),
            (
                "p",
                "Banks report that more families are taking small consumer loans to replace "
                "the missing transfers.",
            ),
        ],
    },
    {
        "slug": "microloans-first-year",
        "section": "economy",
        "days_ago": 72,
        "time": "11:05",
        "authors": ["elena-voronova"],
        "tags": ["trade"],
        "image_label": "Workshops",
        "title": "Microloans for bakeries and workshops: the results of the first year",
        "lead": "A state programme lent to 3,100 small firms at 4 per cent. Nine in ten are "
        "repaying on time; the rest mostly failed in the same few trades.",
        "hero_caption": "A family bakery in Kesh. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "The programme offered loans of up to 30,000 to firms with fewer than ten "
                "employees, without collateral, at a rate well below what banks charge.",
            ),
            (
                "p",
                "Bakeries, tailors and car repair shops were the most common borrowers. Most "
                "spent the money on equipment: ovens, sewing machines and lifts.",
            ),
            ("h", "Where it went wrong"),
            (
                "p",
                "Defaults were concentrated among new cafés and clothing shops opened in the "
                "same streets, competing for the same customers.",
            ),
            (
                "q",
                "The money was cheap, so some people borrowed to open a business they had not "
                "thought through. Next year we will ask for a business plan, a short one.",
                "Programme director Gayane Minasyan",
            ),
            (
                "note",
                "Correction",
                "An earlier version of this article gave the interest rate "
                "as 3 per cent. It is 4 per cent.",
            ),
        ],
    },
    {
        "slug": "mountain-resorts-record-summer",
        "section": "economy",
        "days_ago": 88,
        "time": "16:30",
        "authors": ["tural-mammadov"],
        "tags": ["culture", "transport"],
        "image_label": "Mountain resort",
        "title": "Mountain resorts report a record summer",
        "lead": "Guesthouses in the highlands were full from June to September. Hikers, not "
        "skiers, are now the resorts' main customers.",
        "hero_caption": "A guesthouse above the Mirvan Pass. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Resorts built for winter sports have discovered summer. Bookings in July and "
                "August exceeded those of the ski season for the first time, the tourism board said.",
            ),
            (
                "p",
                "Marked hiking trails, a new mountain bus and cheaper flights from neighbouring "
                "countries brought visitors who stay longer and spend more in villages than in "
                "hotels.",
            ),
            ("img", "A marked trail above the village of Zorak.", CREDIT),
            (
                "q",
                "Skiers come for the lift. Hikers come for the village: the bread, the cheese, "
                "the stories.",
                "Guesthouse owner Mariam Gevorgyan",
            ),
            (
                "p",
                "The new season has also brought problems: rubbish on the trails and water "
                "shortages in the villages with the most guests.",
            ),
        ],
    },
    {
        "slug": "hand-knotted-carpets-online",
        "section": "economy",
        "days_ago": 120,
        "time": "13:45",
        "authors": ["nina-karapetyan", "elena-voronova"],
        "tags": ["trade", "culture", "technology"],
        "image_label": "Carpets",
        "title": "Hand-knotted carpets find new buyers online",
        "lead": "Weavers' cooperatives that sold to tourists now ship to customers on three "
        "continents. Photographing a carpet well turns out to be the hardest part.",
        "hero_caption": "A loom in a weavers' cooperative. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "A carpet of two by three metres takes a weaver about five months. For decades "
                "the cooperatives of the southern villages sold most of their work to tour groups, "
                "at prices set by the guides who brought them.",
            ),
            (
                "p",
                "Three years ago, a cooperative in the village of Güneşli opened an online "
                "shop. It now sells two thirds of its carpets abroad, at prices a third higher than "
                "at the roadside.",
            ),
            (
                "q",
                "Buyers want to know who made their carpet. Now the weaver's name and photo go "
                "with every order.",
                "Cooperative chair Sevinc Əhmədova",
            ),
            ("img", "Natural dyes drying in the sun.", CREDIT),
            ("p", "Shipping remains expensive, and customs paperwork for each carpet takes hours."),
        ],
    },
    {
        "slug": "rail-freight-tariffs-cut",
        "section": "economy",
        "days_ago": 175,
        "time": "10:35",
        "authors": ["leyla-hasanova"],
        "tags": ["transport", "trade"],
        "image_label": "Rail freight",
        "title": "Rail freight tariffs cut to win back transit cargo",
        "lead": "The railway will charge a fifth less for transit containers from next month. "
        "It lost cargo to lorries and to the route across the northern steppe.",
        "hero_caption": "A freight train at Kharan junction. Photo illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Transit traffic on the railway fell by a third over two years as shippers "
                "moved to lorries and to a northern route that avoids the sea crossing altogether.",
            ),
            (
                "p",
                "From next month the railway will cut its transit tariff by 20 per cent and "
                "guarantee a fixed timetable for container trains between the port and the western "
                "border.",
            ),
            (
                "q",
                "Shippers do not ask us to be cheap. They ask us to be predictable.",
                "Railway commercial director Oleg Tarasov",
            ),
            (
                "p",
                "The railway expects the cut to pay for itself if transit volumes grow by a "
                "quarter, a target analysts consider ambitious.",
            ),
        ],
    },
]
