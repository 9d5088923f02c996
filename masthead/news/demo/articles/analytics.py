# ruff: noqa: E501  (prose: long string lines are meant)
"""Demo articles of the Analytics section (original text; fictional places and people)."""

CREDIT = "Illustration: Masthead Daily"

ARTICLES = [
    {
        "slug": "who-watches-the-tavra-ceasefire",
        "section": "analytics",
        "days_ago": 3,
        "time": "10:15",
        "authors": ["ilkin-aliyev", "leyla-hasanova"],
        "tags": ["peacekeeping", "security", "war"],
        "image_label": "Tavra valley",
        "kicker": "Analysis",
        "title": "Five years on, who watches the Tavra ceasefire?",
        "lead": "The peacekeepers along the Tavra valley were meant to stay for eighteen months. "
        "Five years later, the mission has become part of the landscape, and nobody has a plan "
        "for the day it leaves.",
        "hero_caption": "An observation post above the Tavra river. Illustration: Masthead Daily",
        "body": [
            (
                "p",
                "When the guns fell silent in the Tavra valley, the ceasefire agreement fitted on "
                "four pages. It created a buffer zone eleven kilometres wide, a joint commission that "
                "was supposed to meet every week, and a peacekeeping mission of six hundred soldiers "
                "and civilian monitors with a mandate of eighteen months. The war ended; the "
                "temporary arrangements did not. The mission has been renewed nine times, its patrols now follow a routine that farmers on both banks can set their "
                "watches by, and the joint commission has not met in person for over a year.",
            ),
            ("h", "A mission that works too well"),
            (
                "p",
                "By the narrow measure of incidents, the peacekeepers have succeeded. Monitors "
                "logged 212 violations in the first year of the ceasefire and 31 last year, almost all "
                "of them warning shots or drones crossing the line. No soldier has been killed on "
                "either side since the second winter.",
            ),
            (
                "q",
                "Peacekeepers can freeze a conflict. They cannot thaw it. That part is the job of "
                "the politicians, and the politicians have grown comfortable.",
                "Marta Kovalenko, former deputy head of the Joint Monitoring Mission",
            ),
            ("img", "Monitors record every crossing of the line in a shared log.", CREDIT),
            ("h", "The cost of waiting"),
            (
                "p",
                "Comfort has a price. Villages inside the buffer zone cannot rebuild without "
                "permits that nobody issues, the valley's orchards are unirrigated, and young families "
                "have moved to the cities. Every renewal of the peacekeeping mandate postpones the "
                "questions of the border line, of property and of the return of displaced families.",
            ),
            (
                "note",
                "Editor's note",
                "This article is part of a series on the ceasefire lines of "
                "the region. The next instalment looks at the prisoners' exchange commission.",
            ),
        ],
    },
    {
        "slug": "three-ports-one-sea",
        "section": "analytics",
        "days_ago": 12,
        "time": "09:40",
        "authors": ["leyla-hasanova", "david-osei"],
        "tags": ["trade", "transport", "infrastructure"],
        "image_label": "Caspian cargo",
        "kicker": "Transit",
        "title": "Three ports, one sea: the race for Caspian cargo",
        "lead": "Port Alaz, Kesh and Norvik all want to be the hub of the east-west corridor. "
        "The shipping data suggest there is room for one hub and two good neighbours.",
        "hero_caption": "Container cranes at dusk. Illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Three harbours on the same coast have spent the past decade dredging, building "
                "and advertising. Each promises shippers the fastest route between the steppe railways "
                "and the mountain roads to the west. Together they can now handle almost three times "
                "the cargo that actually crosses the sea.",
            ),
            (
                "p",
                "Our analysis of two years of ferry and tanker schedules shows a clear pattern: "
                "containers gather where the railway is, bulk cargo goes where the storage is cheap, "
                "and passengers go wherever the ferry leaves on time.",
            ),
            ("h", "What the timetables say"),
            (
                "p",
                "Port Alaz handled 61 per cent of container traffic last year, thanks to its rail "
                "spur. Kesh dominates grain, because its silos were built with a state loan at almost "
                "no interest. Norvik, the newest, still waits for the road that will connect it to "
                "anything beyond its own car park.",
            ),
            (
                "q",
                "Ports do not compete with ports. Routes compete with routes, and a route is only "
                "as fast as its slowest customs post.",
                "Samir Dadashev, logistics consultant",
            ),
            (
                "img",
                "Weekly sailings across the sea, by port.",
                "Chart: David Osei / Masthead Daily",
            ),
            (
                "p",
                "The risk is familiar to anyone who has watched airports race to become hubs: "
                "subsidies that flow to concrete rather than to paperwork. A single electronic "
                "declaration for all three ports would, by the consultants' estimates, save shippers "
                "more time than any new berth.",
            ),
        ],
    },
    {
        "slug": "kharan-reservoirs-emptying",
        "section": "analytics",
        "days_ago": 25,
        "time": "14:05",
        "authors": ["david-osei"],
        "tags": ["water", "climate", "agriculture"],
        "image_label": "Kharan reservoir",
        "title": "Kharan's reservoirs are emptying faster than the plans to refill them",
        "lead": "Satellite records show the city's two reservoirs at their lowest autumn level in "
        "thirty years. The repair plan for the leaking canals is still at the tender stage.",
        "hero_caption": "The dry shoreline of the Upper Kharan reservoir. Illustration: Masthead Daily",
        "body": [
            (
                "p",
                "From above, the Upper Kharan reservoir looks like a bathtub with a ring around it. "
                "The pale band of exposed shore is now forty metres wide in places, and the old road "
                "to the drowned village of Sarıbulaq has reappeared for the first time since the dam "
                "was built.",
            ),
            (
                "p",
                "Rainfall is only part of the story. The city loses nearly a third of its water "
                "between the reservoir and the tap, most of it through irrigation canals dug in the "
                "1970s and patched ever since.",
            ),
            ("h", "Leaks before new dams"),
            (
                "q",
                "We keep talking about building a third reservoir. We would fill it with water "
                "we already have if we fixed the canals.",
                "Gulnara Isayeva, hydrologist at the Kharan Polytechnic",
            ),
            ("img", "Reservoir levels each October since 1995.", "Chart: Masthead Daily"),
            (
                "p",
                "The municipal plan to line 120 kilometres of canals was approved two years ago. "
                "The first tender failed because no company bid at the capped price; the second is "
                "due to close next month. Farmers downstream have already been told to expect water "
                "on four days a week next summer.",
            ),
            (
                "note",
                "How we did this",
                "Reservoir surface areas were measured on public satellite "
                "images taken in the first week of every October; volumes are estimated from the "
                "dam operator's published depth tables.",
            ),
        ],
    },
    {
        "slug": "why-young-graduates-leave",
        "section": "analytics",
        "days_ago": 41,
        "time": "11:30",
        "authors": ["leyla-hasanova"],
        "tags": ["migration", "technology"],
        "image_label": "Graduates",
        "title": "Why young graduates leave, and what would make them stay",
        "lead": "A survey of 2,400 recent graduates finds that salaries matter less than the "
        "expected. Housing, fair hiring and a reliable internet connection come first.",
        "hero_caption": "Graduation day in Selvar. Illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Every spring, the departures hall of Selvar airport fills with young people "
                "carrying diplomas in their hand luggage. The emigration of graduates is usually "
                "explained with one word: money. A new survey by the independent Centre for Social "
                "Research suggests the explanation is incomplete.",
            ),
            (
                "p",
                'Asked to rank their reasons for leaving, graduates put "hiring through '
                'connections" first, "no way to rent a flat on a starting salary" second and the '
                "salary itself only fourth, after the quality of public services.",
            ),
            ("h", "Remote work changes the sums"),
            (
                "p",
                "One in five respondents already works for a foreign employer without leaving "
                "home. For them, a fast and stable internet connection is worth more than a tax "
                "break. Towns that fixed their connections, such as Davrin, report more young "
                "families moving in than out.",
            ),
            (
                "q",
                "I did not leave my country. I left a queue for a job that was promised to "
                "someone's nephew.",
                "A 27-year-old engineer, now working abroad",
            ),
            ("img", "What graduates say would make them stay.", "Chart: Masthead Daily"),
        ],
    },
    {
        "slug": "northern-power-link-economics",
        "section": "analytics",
        "days_ago": 58,
        "time": "16:20",
        "authors": ["leyla-hasanova", "elena-voronova"],
        "tags": ["energy", "infrastructure", "trade"],
        "image_label": "Power link",
        "kicker": "Energy",
        "title": "A cable under the mountains: the economics of the northern power link",
        "lead": "The planned interconnector would let the region sell its summer hydropower and "
        "buy winter electricity. Whether it pays depends on prices nobody can forecast.",
        "hero_caption": "High-voltage lines over the Mirvan Pass. Illustration: Masthead Daily",
        "body": [
            (
                "p",
                "Hydropower plants on the northern rivers produce most of their electricity "
                "between April and August, when demand is lowest. In January the same grid burns "
                "imported gas to keep the cities warm. An interconnector to the northern grid, "
                "running through a tunnel under the Mirvan Pass, is meant to turn that mismatch "
                "into trade.",
            ),
            (
                "p",
                "The project's backers estimate that exports of summer power could earn enough to "
                "repay the construction loans within fourteen years. Their model assumes that "
                "neighbouring markets will pay at least 60 euros per megawatt-hour in summer.",
            ),
            ("h", "Three scenarios"),
            (
                "p",
                "In a scenario where the neighbours build their own solar farms quickly, summer "
                "prices fall and the payback period doubles. In a scenario of dry years, the region "
                "has less hydropower to sell but saves on gas imports. Only the third scenario, "
                "with wet summers and slow solar growth, delivers the promised returns.",
            ),
            (
                "q",
                "An interconnector is insurance, not a money machine. You buy it for the bad "
                "winter, not for the average year.",
                "Tomas Ekberg, energy economist",
            ),
            ("img", "Monthly generation and demand on the regional grid.", "Chart: Masthead Daily"),
            (
                "p",
                "The finance ministry has asked for a revised study before the loan agreement "
                "goes to parliament. The energy regulator, for its part, wants the tariff for using "
                "the cable to be set before the first metre of it is laid.",
            ),
        ],
    },
    {
        "slug": "local-newspapers-shrinking",
        "section": "analytics",
        "days_ago": 77,
        "time": "12:00",
        "authors": ["nina-karapetyan", "david-osei"],
        "tags": ["media", "technology"],
        "image_label": "Local news",
        "title": "Local newspapers are shrinking; local news is not",
        "lead": "Printed weeklies have lost half their circulation in a decade, but audiences for "
        "local news channels on messaging apps have grown tenfold. The problem is paying for it.",
        "hero_caption": "The last linotype of the Davrin Herald. Illustration: Masthead Daily",
        "body": [
            (
                "p",
                "In 2015 the region had 64 local newspapers. Today 29 still print, most of them "
                "once a week, and only eleven employ a full-time reporter. Yet the appetite for local "
                "news has never been larger: channels on messaging apps that cover a single town "
                "reach tens of thousands of readers.",
            ),
            (
                "p",
                "Most of those channels are run by one or two volunteers who repost photos from "
                "residents and announcements from the town hall. Few check what they publish, and "
                "almost none earn money.",
            ),
            ("h", "From reposting to reporting"),
            (
                "q",
                "People do not stop caring about the school roof because the newspaper closed. "
                "They just learn about it from a rumour instead of a reporter.",
                "Anahit Sargsyan, editor of a town news channel in the north",
            ),
            (
                "p",
                "Several channels have started to ask readers for small monthly contributions. "
                "The most successful raises enough to pay one reporter half-time. That is a modest "
                "figure, but it is more than some printed weeklies can afford.",
            ),
            (
                "note",
                "P.S.",
                "Masthead Daily runs a free training course in verification for "
                "editors of local channels. Write to us if you would like to take part.",
            ),
        ],
    },
    {
        "slug": "peacekeepers-mandate-renewal",
        "section": "analytics",
        "days_ago": 103,
        "time": "18:45",
        "authors": ["ilkin-aliyev"],
        "tags": ["peacekeeping", "diplomacy", "security"],
        "image_label": "Mandate",
        "kicker": "Explainer",
        "title": "Peacekeepers' mandate: what a one-year renewal really means",
        "lead": "The Council of Coastal States has extended the Joint Monitoring Mission by twelve "
        "months. Behind the routine vote are new limits on patrols and a quieter budget cut.",
        "hero_caption": "A patrol vehicle of the Joint Monitoring Mission. Illustration: Masthead Daily",
        "body": [
            (
                "p",
                "The renewal of the peacekeeping mandate took less than ten minutes of the "
                "Council's session. The text, however, differs from last year's in three places "
                "that matter to people living near the line.",
            ),
            ("h", "Fewer night patrols"),
            (
                "p",
                "First, night patrols in the southern sector are now allowed only with the "
                "consent of both parties' liaison officers. The peacekeepers had used night patrols "
                "to document the movement of heavy equipment, which the ceasefire forbids.",
            ),
            (
                "p",
                "Second, the mission's civilian staff will shrink from 140 to 110 people, mostly "
                "in the unit that handles complaints from residents. Third, the mandate asks the "
                "mission to prepare, for the first time, a plan for a gradual handover.",
            ),
            (
                "q",
                "A handover plan is good news only if there is somebody to hand over to. Right "
                "now there is no joint police force and no agreed border.",
                "Elif Demir, researcher at the Institute for Ceasefire Studies",
            ),
            ("img", "The southern sector of the buffer zone.", "Map: Masthead Daily"),
            (
                "p",
                "Diplomats on both sides welcomed the vote. Residents' associations in the "
                "buffer zone asked for the complaints unit to be spared.",
            ),
        ],
    },
    {
        "slug": "after-the-dry-spring-wheat",
        "section": "analytics",
        "days_ago": 140,
        "time": "08:50",
        "authors": ["elena-voronova", "david-osei"],
        "tags": ["agriculture", "climate", "trade"],
        "image_label": "Wheat harvest",
        "title": "After the dry spring: wheat, bread prices and the state reserve",
        "lead": "The harvest is expected to be 18 per cent smaller than last year. The government "
        "says its grain reserve will keep bread prices stable; millers are less sure.",
        "hero_caption": "A wheat field near Kesh in June. Illustration: Masthead Daily",
        "body": [
            (
                "p",
                "The spring was the driest since records began at the Kesh weather station, and "
                "the wheat shows it: short stalks, light ears and patches where the seed never came "
                "up. The agriculture ministry now expects a harvest of 1.4 million tonnes.",
            ),
            (
                "p",
                "The state grain reserve holds enough to cover about four months of milling. "
                "The ministry plans to release it gradually to keep the price of a standard loaf "
                "unchanged until the end of the year.",
            ),
            ("h", "The millers' arithmetic"),
            (
                "q",
                "The reserve sets the price of the cheapest loaf. Everything else we bake will "
                "follow the import price, and the import price has risen by a quarter.",
                "Rauf Hüseynov, chairman of the Millers' Association",
            ),
            ("img", "Wheat harvest and imports over ten years.", "Chart: Masthead Daily"),
            (
                "p",
                "Economists expect food inflation to rise in the autumn, when imported flour "
                "replaces the domestic harvest in bakeries' contracts.",
            ),
        ],
    },
]
