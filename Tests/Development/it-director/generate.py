#!/usr/bin/env python3
"""Labelled development calendar for Altitude: a Director of IT at a UK engineering consultancy (Apple/iCloud export).

Siobhan Gallagher's people, meetings and story. Every label is written here by hand, meeting by meeting, from
the altitude model in PRODUCT.md and a coach's judgement of the work done in each; no rule file was read while
writing them. ../calendar_writer.py writes calendar.ics, truth.csv, profile.yaml and README.md from this, next
to this script and byte-identically on every run; --instances prints the expanded instance set.
"""
import datetime as dt
import os
import sys

sys.dont_write_bytecode = True     # no __pycache__ next to the labelled files
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import calendar_writer as cw       # noqa: E402  (Tests/Development/calendar_writer.py)
from calendar_writer import M, O, W       # noqa: E402

CAL = cw.Calendar(seed=20260420, flavour="apple", home_tz="Europe/London", dtstamp="20260601T080000Z",
                  span_start=dt.date(2026, 3, 2), span_end=dt.date(2026, 6, 1), leader_level="director",
                  domain="brindle.example", me="siobhan")
DOMAIN, PEOPLE = CAL.domain, CAL.people


def _k(local):
    return f"{local}@{DOMAIN}"


PEOPLE.update({
    "siobhan": ("Siobhan Gallagher", _k("siobhan.gallagher")),  # Director of IT (the leader)
    "coo": ("Martin Ashworth", _k("martin.ashworth")),           # COO (her manager)
    "coopa": ("Janet Hughes", _k("janet.hughes")),               # COO's PA
    "ceo": ("Jonathan Reeve", _k("jonathan.reeve")),             # CEO
    "ceopa": ("Amanda Frost", _k("amanda.frost")),               # CEO's PA
    "fd": ("Claire Whitmore", _k("claire.whitmore")),            # Finance Director
    "hrdir": ("Sunita Bains", _k("sunita.bains")),               # HR Director
    # peers: the COO's other directs
    "paul": ("Paul Hendry", _k("paul.hendry")),                  # Director of Facilities
    "rachel": ("Rachel Moss", _k("rachel.moss")),                # Head of Procurement
    "amit": ("Amit Desai", _k("amit.desai")),                    # Director of Project Controls
    # her directs
    "kieran": ("Kieran Doyle", _k("kieran.doyle")),              # Service Desk Manager
    "fiona": ("Fiona Clarke", _k("fiona.clarke")),               # Business Applications Manager
    "tomasz": ("Tomasz Nowak", _k("tomasz.nowak")),              # IT Security Lead
    "grace": ("Grace Lin", _k("grace.lin")),                     # IT Project Manager (PMO)
    "dev": ("Dev Patel", _k("dev.patel")),                       # Infrastructure & Cloud Manager, from 13 April
    # infrastructure (reporting to her until Dev starts), service desk, applications, security
    "sean": ("Sean O'Brien", _k("sean.obrien")),                 # senior infrastructure engineer
    "hamza": ("Hamza Ali", _k("hamza.ali")),                     # network engineer
    "beth": ("Beth Carter", _k("beth.carter")),                  # cloud engineer
    "josh": ("Josh Turner", _k("josh.turner")),                  # infrastructure engineer
    "jade": ("Jade Wilson", _k("jade.wilson")),                  # senior service desk analyst
    "liam": ("Liam Hughes", _k("liam.hughes")),                  # service desk analyst
    "ewa": ("Ewa Kowalska", _k("ewa.kowalska")),                 # service desk analyst
    "callum": ("Callum Reid", _k("callum.reid")),                # desktop engineer
    "farah": ("Farah Begum", _k("farah.begum")),                 # IT analyst, London office
    "gareth": ("Gareth Evans", _k("gareth.evans")),              # ERP (Deltek) analyst
    "anika": ("Anika Shah", _k("anika.shah")),                   # SharePoint / M365 developer
    "rhys": ("Rhys Morgan", _k("rhys.morgan")),                  # security analyst
    "chloe": ("Chloe Baker", _k("chloe.baker")),                 # identity & access engineer
    # elsewhere at Brindle
    "tomhall": ("Tom Halliday", _k("tom.halliday")),             # finance business partner, central services
    "megan": ("Megan Cole", _k("megan.cole")),                   # HR business partner
    "lucy": ("Lucy Ward", _k("lucy.ward")),                      # internal audit manager
    "andrew": ("Andrew Kemp", _k("andrew.kemp")),                # Head of Risk & Compliance
    # outside
    "ned": ("Margaret Lyle", "mlyle@lyle-advisory.example"),               # non-executive director, chairs risk & audit
    "gary": ("Gary Fielding", "gary.fielding@northgate-ms.example"),       # MSP service delivery manager
    "sarahq": ("Sarah Quinn", "sarah.quinn@northgate-ms.example"),         # MSP account director
    "ravi": ("Ravi Menon", "ravi.menon@cobaltcloud.example"),              # M365 migration partner lead
    "emma": ("Emma Doyle", "emma.doyle@msft-accounts.example"),            # Microsoft account executive
    "mark": ("Mark Ellis", "mark.ellis@halcyontech.example"),              # laptop supplier account manager
    "jon": ("Jon Pike", "jon.pike@velocity-networks.example"),             # SD-WAN provider engineer
    "kelly": ("Kelly Grant", "kelly.grant@vantage-erp.example"),           # ERP vendor upgrade lead (US)
    "ian": ("Ian Foley", "ian.foley@shieldmark.example"),                  # Cyber Essentials Plus assessor
    "alex": ("Alex Kerr", "alex.kerr@redline-security.example"),           # penetration test lead
    "cand1": ("Dev Patel", "dev.patel.it@mailbox.example"),                # Infra manager candidate (hired)
    "cand2": ("Claire Hammond", "claire.hammond@mailbox.example"),         # Infra manager candidate
    "cand3": ("Ben Fraser", "ben.fraser@mailbox.example"),                 # service desk analyst candidate
})
CAL.groups = {"all": ("Brindle – all staff", _k("allstaff")), "it": ("IT team", _k("it-team"))}
CAL.rooms = {k: (cn, f"{k}@{DOMAIN}") for k, cn in [
    ("man-board", "MAN Boardroom (14)"), ("man-pennine", "MAN Pennine (8)"), ("man-it", "MAN IT Huddle (4)")]}

# ============================================================================================
# Recurring series (Europe/London; British Summer Time from Sunday 29 March; UK bank holidays
# 3 and 6 April, 4 and 25 May)
# ============================================================================================
series, x, allday = CAL.series, CAL.x, CAL.allday
LEADS = ["kieran", "fiona", "tomasz", "grace"]
INFRA = ["sean", "hamza", "beth", "josh"]
NY = "America/New_York"

# ---- above her altitude ------------------------------------------------------------------------
series("COO leadership team", "vp", "staff", "2026-01-05 10:00", "2026-01-05 11:00", W("MO"),
       org="coopa", att=["coo", "siobhan", "paul", "rachel", "amit"], rooms=["man-board"],
       desc="Central services leadership: priorities, budget, people, cross-function decisions.",
       exdates=["2026-04-06 10:00", "2026-05-04 10:00", "2026-05-25 10:00"])
series("Brindle briefing", "executive", "all-hands", "2026-01-28 13:00", "2026-01-28 13:45", M("-1WE"),
       org="ceopa", att=["ceo"], groups=["all"], desc="Monthly all-staff briefing from Jonathan.",
       overrides=[O("2026-05-27 13:00", me="DECLINED")])

# ---- at her altitude ------------------------------------------------------------------------------
series("Martin / Siobhan", "director", "one-on-one", "2026-01-08 16:00", "2026-01-08 16:30", W("TH"),
       org="coo", att=["coo", "siobhan"],
       overrides=[O("2026-04-02 16:00", "2026-04-01 16:00", "2026-04-01 16:30"), O("2026-05-28 16:00", me="DECLINED")])
series("Facilities & IT", "director", "peer", "2026-01-13 14:00", "2026-01-13 14:30", W("TU", interval=2),
       org="paul", att=["paul", "siobhan"], desc="Office moves, building access, meeting rooms.")
series("Procurement / IT", "director", "peer", "2026-02-05 16:30", "2026-02-05 17:00", M("1TH"),
       org="rachel", att=["rachel", "siobhan"])
series("IT leadership", "director", "staff", "2026-01-06 09:30", "2026-01-06 10:30", W("TU", until="2026-04-12"),
       att=LEADS, rooms=["man-it"], desc="IT leads: priorities, risks, people, asks.")
series("IT leadership", "director", "staff", "2026-04-14 09:30", "2026-04-14 10:30", W("TU"),
       att=LEADS + ["dev"], rooms=["man-it"], desc="IT leads (with Dev): priorities, risks, people, asks.")
series("Catch up", "director", "cross-team", "2026-01-09 09:30", "2026-01-09 10:00", W("FR"), att=LEADS,
       exdates=["2026-04-03 09:30", "2026-05-29 09:30"])
series("Kieran / Siobhan", "director", "one-on-one", "2026-01-07 10:00", "2026-01-07 10:30", W("WE"), att=["kieran"],
       exdates=["2026-05-27 10:00"],
       overrides=[O("2026-03-18 10:00", title="Kieran / Siobhan – new-starter tickets", level="manager", cat="service-desk",
                    add=["jade"], desc="Use the 1:1 to go through this week's new-starter tickets with Jade.")])
series("Fiona 1:1", "director", "one-on-one", "2026-01-08 11:00", "2026-01-08 11:45", W("TH"),
       org="fiona", att=["fiona", "siobhan"],
       overrides=[O("2026-05-21 11:00", me="DECLINED"), O("2026-05-28 11:00", me="DECLINED")])
series("Tomasz / Siobhan", "director", "one-on-one", "2026-01-12 14:00", "2026-01-12 14:30", W("MO", interval=2),
       att=["tomasz"], exdates=["2026-04-06 14:00", "2026-05-04 14:00"])
series("Grace / Siobhan", "director", "one-on-one", "2026-01-09 10:00", "2026-01-09 10:30", W("FR"), att=["grace"],
       exdates=["2026-04-03 10:00", "2026-05-29 10:00"])
series("Dev / Siobhan", "director", "one-on-one", "2026-04-13 15:00", "2026-04-13 16:00", W("MO"), att=["dev"],
       exdates=["2026-05-04 15:00", "2026-05-25 15:00"], desc="Weekly. First 90 days in the doc.")
series("M365 migration – project board", "director", "project", "2026-01-14 14:00", "2026-01-14 15:00",
       W("WE", interval=2), org="grace", att=["grace", "siobhan", "ravi", "kieran", "fiona", "tomasz"],
       desc="Mail, Teams and file migration with Cobalt Cloud: RAG by workstream, risks, decisions.",
       overrides=[O("2026-05-06 14:00", me="DECLINED")])
series("IT service review", "director", "service-review", "2026-02-05 14:00", "2026-02-05 15:30", M("1TH"),
       att=LEADS + ["tomhall"], rooms=["man-pennine"],
       desc="The month: SLAs, major incidents, problems, changes, satisfaction, spend.",
       overrides=[O("2026-05-07 14:00", add=["dev"])])
series("Northgate – monthly service review", "director", "vendor", "2026-01-21 11:00", "2026-01-21 12:00", M("3WE"),
       org="gary", att=["gary", "sarahq", "siobhan", "hamza"],
       desc="Managed network and hosting: SLA report, incidents, service credits, roadmap.")
series("IT spend – monthly", "director", "budget", "2026-01-13 15:00", "2026-01-13 15:45", M("2TU"),
       org="tomhall", att=["tomhall", "siobhan"], desc="IT cost centre vs budget: licences, contracts, projects.")
series("Cyber security steering", "director", "security", "2026-01-22 13:00", "2026-01-22 14:00", M("4TH"),
       org="tomasz", att=["tomasz", "siobhan", "andrew", "rhys", "chloe"],
       desc="Security programme: risks, controls, audit findings, awareness, MFA coverage.",
       overrides=[O("2026-05-28 13:00", me="DECLINED")])

# ---- below: her old infrastructure job and her leads' teams -------------------------------------------------
series("Infra standup", "manager", "standup", "2026-01-05 09:00", "2026-01-05 09:15",
       W(["MO", "TU", "WE", "TH", "FR"], until="2026-04-10"), att=INFRA, online=False, loc="IT area, 3rd floor",
       exdates=["2026-04-03 09:00", "2026-04-06 09:00"],
       overrides=[O("2026-03-24 09:00", status="CANCELLED")])
series("CAB", "manager", "change", "2026-01-08 09:30", "2026-01-08 10:30", W("TH"),
       att=["kieran", "sean", "hamza", "fiona", "gareth", "tomasz", "gary"],
       desc="Change advisory board: this week's normal changes one by one – risk, backout, approve or not.",
       exdates=["2026-05-21 09:30", "2026-05-28 09:30"])
series("Queue scrub", "manager", "service-desk", "2026-01-07 16:00", "2026-01-07 16:45", W("WE"),
       org="kieran", att=["kieran", "siobhan", "jade", "liam"],
       desc="Tickets older than 10 days, one by one: close, chase, reassign.",
       overrides=[O("2026-05-06 16:00", me="DECLINED"), O("2026-05-27 16:00", me="DECLINED")])
series("Security team weekly", "manager", "security", "2026-01-12 11:15", "2026-01-12 11:45", W("MO"),
       org="tomasz", att=["tomasz", "siobhan", "rhys", "chloe"], desc="Alerts, vulnerabilities, access requests, this week.",
       exdates=["2026-04-06 11:15", "2026-05-04 11:15", "2026-05-25 11:15"],
       overrides=[O("2026-04-13 11:15", me="DECLINED"), O("2026-05-11 11:15", status="CANCELLED")])
series("Patch review", "manager", "patching", "2026-01-14 10:30", "2026-01-14 11:30", M("2WE", until="2026-04-12"),
       att=["sean", "josh", "hamza"], desc="After Patch Tuesday: what we deploy, in which ring, which servers wait.")
series("Patch review", "manager", "patching", "2026-05-13 10:30", "2026-05-13 11:30", M("2WE"),
       org="dev", att=["dev", "siobhan", "sean", "josh"],
       desc="After Patch Tuesday: what we deploy, in which ring, which servers wait.")
series("Laptop refresh – pilot standup", "manager", "project", "2026-04-14 11:45", "2026-04-14 12:00",
       W(["TU", "TH"], until="2026-05-14"), org="grace", att=["grace", "siobhan", "jade", "callum", "mark"],
       desc="Pilot of 60 laptops: builds done, issues, user feedback.")
series("Catch up", "manager", "service-desk", "2026-01-16 15:00", "2026-01-16 15:30", W("FR", interval=2),
       att=["jade", "liam"])
series("Firewall rule clean-up", "ic", "network", "2026-02-18 13:00", "2026-02-18 14:00",
       W("WE", interval=2, until="2026-04-22"), att=["hamza"],
       desc="The rule base line by line: remove what nobody owns.")
series("Backup restore test", "ic", "infrastructure", "2026-01-30 14:00", "2026-01-30 15:00", M("-1FR"), att=["josh"],
       desc="Pick three servers, restore them to the isolated network, check they boot.",
       exdates=["2026-05-29 14:00"])
series("Review", "ic", "infrastructure", "2026-01-20 16:00", "2026-01-20 17:00", W("TU", interval=2), att=["sean", "beth"])

# ---- excluded ----------------------------------------------------------------------------------------
series("Lunch", "excluded", "personal", "2026-01-05 12:30", "2026-01-05 13:00", W(["MO", "TU", "WE", "TH", "FR"]),
       transp="TRANSPARENT")
series("Gym", "excluded", "personal", "2026-01-06 07:00", "2026-01-06 08:00", W(["TU", "TH"]))
series("Inbox & tickets", "excluded", "focus", "2026-01-07 08:00", "2026-01-07 09:00", W("WE"))
series("Working from home", "excluded", "location", "2026-01-09", "2026-01-10", W("FR"))

# ============================================================================================
# One-offs, week by week
# ============================================================================================
x("2026-02-02", "11:00", 60, "Director of IT – first 90 days", "vp", "planning", "coo megan", org="coo")

# ---- W10 (2 March): the infrastructure manager in a director's calendar -------------------------------------
x("2026-03-02", "14:30", 60, "Infra Manager – role profile", "director", "hiring", "megan",
  desc="Role, grade, agency or direct, interview panel.")
x("2026-03-03", "11:00", 90, "P1 – VPN down (Leeds & Bristol) – bridge", "ic", "incident", "hamza jon kieran",
  desc="Site-to-site tunnels flapping since 10:20. Velocity on the line.")
x("2026-03-03", "15:00", 45, "Follow up", "ic", "network", "hamza",
  desc="VPN concentrator config – compare it line by line with last week's backup")
x("2026-03-04", "14:00", 60, "Access review – Deltek, user by user", "ic", "access", "gareth chloe",
  desc="Every account with finance roles: tick, query or remove.")
x("2026-03-06", "13:30", 60, "Microsoft EA renewal – first call", "vp", "vendor", "emma tomhall", org="emma",
  desc="Three-year enterprise agreement: E5 or E3 plus add-ons; true-up.")
x("2026-03-06", "11:00", 45, "Quick call", "manager", "vendor", "gary",
  desc="Northgate – the weekend firewall change: who does what")

# ---- W11 (9 March) ----------------------------------------------------------------------------------
x("2026-03-09", "15:00", 60, "Interview: Infrastructure & Cloud Manager – Claire Hammond", "director", "hiring",
  "cand2 megan grace", org="megan")
x("2026-03-10", "11:00", 60, "IT roadmap 2026/27 – draft", "director", "planning", "kieran fiona tomasz grace",
  rooms=["man-pennine"])
x("2026-03-11", "15:00", 60, "Deltek upgrade – steering", "director", "project", "fiona coo fd gareth kelly",
  org="fiona", desc="Upgrade to v8: test results, go-live date, cut-over weekend.")
x("2026-03-12", "14:00", 45, "Phishing simulation – results", "manager", "security", "tomasz rhys", org="tomasz",
  desc="Who clicked, by office; next month's campaign.")
x("2026-03-13", "10:30", 90, "Comms room – rack & cable clean-up", "ic", "infrastructure", "josh sean", online=False,
  loc="Manchester comms room")

# ---- W12 (16 March): hiring the infrastructure manager ------------------------------------------------------
x("2026-03-16", "14:30", 60, "Interview: Infrastructure & Cloud Manager – Dev Patel", "director", "hiring",
  "cand1 megan tomasz", org="megan")
x("2026-03-17", "11:00", 60, "Access review – Q1 programme", "director", "access", "tomasz lucy chloe",
  desc="Recertification across all systems: owners, dates, evidence for internal audit.")
x("2026-03-18", "15:00", 60, "Laptop refresh – business case", "director", "budget", "grace tomhall kieran",
  desc="800 laptops over two years: lease or buy, phasing, desk capacity.")
x("2026-03-19", "10:00", 60, "Vantage – upgrade dry-run results", "manager", "project", "kelly gareth fiona", tz=NY,
  org="kelly")
x("2026-03-19", "15:00", 45, "Catch up", "manager", "service-desk", "jade callum",
  desc="New starters' kit – why Monday's three weren't ready")
x("2026-03-20", "14:00", 45, "Offer approval – Infra Manager", "director", "hiring", "megan coo", org="megan")

# ---- W13 (23 March): the file servers go down ----------------------------------------------------------------
x("2026-03-24", "10:40", 110, "MAJOR INCIDENT – file servers down – bridge", "ic", "incident",
  "sean josh beth kieran gary", org="sean", desc="Manchester file cluster down since 10:20; 400 users without project shares.")
x("2026-03-24", "14:45", 75, "Restore from backup – project shares", "ic", "incident", "josh beth",
  desc="Hands on: restore the shares, check permissions folder by folder.")
x("2026-03-25", "09:15", 45, "Incident – all-staff update", "ic", "incident", "kieran", desc="Write the update together.")
x("2026-03-26", "15:00", 60, "Major incident review – file servers", "director", "incident",
  "kieran sean josh gary tomasz grace",
  desc="What failed, why monitoring missed it, what changes across infra, Northgate and the desk.")
x("2026-03-27", "11:00", 45, "Sync", "vp", "budget", "coo fd", org="coo",
  desc="File server outage – cost to the business and what I'm asking for")

# ---- W14 (30 March; BST): Easter --------------------------------------------------------------------------
allday("2026-04-03", 1, "Good Friday", cat="holiday", transp="TRANSPARENT")
x("2026-03-30", "13:30", 60, "FY27 IT budget – build", "vp", "budget", "coo fd tomhall", org="fd",
  desc="IT's FY27 envelope: run costs, projects, headcount.")
x("2026-03-31", "13:30", 60, "Pen test scoping – Redline", "director", "security", "alex tomasz rhys",
  desc="Annual test across the estate: scope, dates, rules of engagement.")
x("2026-04-01", "11:00", 60, "Review", "director", "service-review", "kieran fiona tomasz grace",
  desc="Q1 in numbers before I present to exco")
x("2026-03-31", "10:30", 90, "Helpdesk – close the laptop tickets", "ic", "service-desk", "jade liam",
  desc="Sit with the desk and close the 30 oldest hardware tickets.", online=False, loc="Service desk")

# ---- W15 (6 April): Easter Monday; exco ----------------------------------------------------------------------
allday("2026-04-06", 1, "Easter Monday", cat="holiday", transp="TRANSPARENT")
x("2026-04-07", "14:30", 60, "Exco – IT update Q1", "executive", "strategy", "ceo coo fd hrdir", org="ceopa",
  rooms=["man-board"], desc="IT's quarter for the executive committee: outage, roadmap, cyber risk.")
x("2026-04-08", "15:00", 60, "Microsoft EA – pricing", "vp", "vendor", "emma coo tomhall", org="emma")
x("2026-04-09", "14:00", 60, "Dev Patel – onboarding plan", "director", "onboarding", "megan grace")
x("2026-04-10", "13:30", 90, "Firewall cutover – runbook", "ic", "network", "hamza gary",
  desc="Write tonight's cutover runbook step by step.")
x("2026-04-10", "22:00", 180, "Firewall cutover", "ic", "network", "hamza gary", loc="Remote",
  desc="Swap the Manchester core firewall; test every site.")

# ---- W16 (13 April): Dev starts ------------------------------------------------------------------------------------
x("2026-04-13", "11:00", 60, "Welcome Dev ☕", "director", "onboarding", "dev", online=False,
  loc="Ezra & Gil, Northern Quarter")
x("2026-04-14", "13:00", 120, "Infra handover – Dev", "director", "onboarding", "dev sean hamza beth josh",
  rooms=["man-pennine"], desc="Estate, contracts, open changes, the team: what Dev owns from today.")
x("2026-04-15", "10:00", 60, "Cyber Essentials Plus – kickoff", "director", "security", "ian tomasz chloe", org="tomasz")
x("2026-04-16", "13:00", 90, "Cyber Essentials Plus – device sampling", "ic", "security", "ian chloe",
  desc="Walk the assessor through the 30 sampled laptops, one by one.")
x("2026-04-17", "11:00", 45, "Quick call", "vp", "vendor", "sarahq", org="sarahq",
  desc="Northgate contract – notice period, and what we would bring in-house")

# ---- W17 (20 April) ---------------------------------------------------------------------------------------------
x("2026-04-20", "13:30", 60, "Laptop refresh – supplier selection", "director", "vendor", "grace mark rachel",
  desc="Halcyon's pilot results and price; award the two-year supply.")
x("2026-04-21", "13:00", 60, "Access review – leavers clean-up", "ic", "access", "chloe liam",
  desc="Disable the 62 accounts HR says have left; check each one in AD and M365.")
x("2026-04-22", "11:00", 60, "Service desk – shift patterns", "manager", "service-desk", "kieran jade ewa",
  org="kieran", desc="Kieran's rota for 08:00–18:00 cover.")
x("2026-04-23", "14:00", 90, "SharePoint permissions – fix", "ic", "applications", "anika",
  desc="Go through the project sites with broken inheritance and fix them together.")
x("2026-04-24", "11:00", 60, "IT roadmap – COO review", "vp", "planning", "coo",
  desc="The 2026/27 roadmap and what I ask the COO to fund.")

# ---- W18 (27 April): cyber risk at the risk & audit committee --------------------------------------------------
x("2026-04-28", "10:45", 90, "Risk & audit committee – cyber risk", "executive", "risk", "ned ceo fd coo andrew",
  org="andrew", rooms=["man-board"])
x("2026-04-29", "11:00", 60, "Deltek v8 – go/no-go", "manager", "release", "fiona gareth kelly kieran", org="fiona")
x("2026-04-30", "14:00", 60, "Interview: Service Desk Analyst – Ben Fraser", "manager", "hiring", "cand3 kieran",
  org="kieran")
x("2026-05-01", "11:00", 60, "Catch up", "director", "cross-team", "dev tomasz",
  desc="Who owns the firewall after Northgate – Infra or Security?")

# ---- W19 (4 May): bank holiday; London ------------------------------------------------------------------------------
allday("2026-05-04", 1, "Early May bank holiday", cat="holiday", transp="TRANSPARENT")
x("2026-05-05", "13:30", 90, "Deltek go-live – timesheet approvals", "ic", "applications", "gareth anika",
  desc="Fix the broken approval chains with Gareth, user by user.")
allday("2026-05-06", 2, "London office", cat="travel", transp="TRANSPARENT")
x("2026-05-06", "07:15", 130, "Train MAN → EUS", "excluded", "travel", "")
x("2026-05-06", "10:30", 60, "London office – IT walk-round", "manager", "service-desk", "farah", online=False,
  loc="London, 4th floor", desc="Meeting-room AV, printers, the desk's kit cupboard.")
x("2026-05-06", "14:00", 90, "Microsoft EA – final terms", "vp", "vendor", "emma coo fd", org="emma", online=False,
  loc="Microsoft, Paddington")
x("2026-05-07", "10:00", 60, "London office – IT feedback session", "director", "service-review", "farah kieran",
  online=False, loc="London, 4th floor", desc="What London staff need from IT; how the desk serves them.")
x("2026-05-07", "16:00", 130, "Train EUS → MAN", "excluded", "travel", "")

# ---- W20 (11 May): a compromised mailbox ------------------------------------------------------------------------------
x("2026-05-11", "11:00", 60, "Security incident – compromised mailbox", "ic", "incident", "tomasz rhys chloe",
  org="tomasz", desc="A partner's mailbox sent 900 phishing emails overnight. Contain, trace, reset.")
x("2026-05-11", "16:00", 45, "Follow up", "ic", "incident", "rhys",
  desc="Pull the sign-in logs together and list every rule the attacker made")
x("2026-05-12", "11:00", 45, "Sync", "vp", "risk", "coo andrew", org="coo",
  desc="Compromised mailbox – what we tell clients and the insurer")
x("2026-05-13", "14:00", 60, "MFA everywhere – plan", "director", "security", "tomasz dev kieran chloe",
  desc="Conditional access for all users in six weeks: waves, comms, desk capacity.")
x("2026-05-14", "14:00", 60, "Northgate – exit plan", "vp", "vendor", "coo rachel dev",
  desc="Bring the firewall and hosting in-house at renewal?")

# ---- W21 (18 May): budget; IT away day --------------------------------------------------------------------------------
x("2026-05-18", "13:30", 60, "FY27 IT budget – final", "vp", "budget", "fd coo tomhall", org="fd")
x("2026-05-19", "11:00", 60, "IT away day – planning", "director", "team", "kieran fiona tomasz grace dev")
x("2026-05-21", "09:30", 300, "IT away day", "director", "team",
  "kieran fiona tomasz grace dev sean hamza beth josh jade liam ewa callum gareth anika rhys chloe", groups=["it"],
  online=False, loc="Hallé St Peter's, Ancoats", desc="All of IT: the year ahead, the roadmap, how we work.")
x("2026-05-22", "11:00", 45, "Quick call", "manager", "vendor", "gary",
  desc="Northgate – patching window for half-term week")

# ---- W22 (25 May): bank holiday, half-term leave ----------------------------------------------------------------------
allday("2026-05-25", 1, "Spring bank holiday", cat="holiday", transp="TRANSPARENT")
allday("2026-05-27", 3, "Annual leave – half term", cat="ooo")
x("2026-05-26", "11:00", 45, "Handover before leave", "director", "staff", "kieran fiona tomasz grace dev")
x("2026-05-26", "14:00", 60, "Service desk – half-term cover", "manager", "service-desk", "kieran jade",
  desc="Who is in, which tickets wait, the on-call phone.")

# ---- more of each week ---------------------------------------------------------------------------------------------------
x("2026-03-04", "11:00", 45, "Review", "ic", "infrastructure", "beth",
  desc="Azure bill – resource by resource, what we can switch off")
x("2026-03-10", "16:00", 45, "Quick call", "director", "vendor", "ravi",
  desc="Cobalt – change request for the extra file-migration wave")
x("2026-03-17", "14:30", 60, "Service desk – knowledge base rewrite", "ic", "service-desk", "jade",
  desc="Rewrite the top 20 how-to articles together.")
x("2026-03-26", "11:45", 45, "Quick call", "manager", "incident", "gary",
  desc="Northgate – monitoring alerts for the file cluster: who gets paged")
x("2026-04-01", "15:00", 45, "Catch up", "vp", "peer", "amit paul",
  desc="Shared services model for the regional offices – what we propose to Martin")
x("2026-04-21", "15:00", 60, "Problem review – recurring Teams drop-outs", "manager", "service-desk", "kieran jade callum",
  org="kieran", desc="Kieran's problem record: the evidence so far, next tests.")
x("2026-04-28", "15:00", 45, "Power BI licences – clean-up", "ic", "applications", "gareth",
  desc="Go through every Pro licence and reclaim the unused ones.")
x("2026-05-05", "10:45", 60, "Review", "director", "planning", "kieran fiona tomasz grace dev",
  desc="Q2 roadmap – what slips after the mailbox work")
x("2026-05-12", "14:00", 60, "Follow up", "manager", "security", "tomasz rhys",
  desc="Security team's incident actions – owners and dates")
x("2026-05-15", "10:30", 60, "Skip-level: service desk", "director", "skip-level", "jade liam ewa callum", online=False,
  loc="MAN Pennine", desc="No managers. What gets in your way?")
x("2026-05-19", "14:30", 60, "Access review – Q2 evidence for audit", "director", "access", "tomasz lucy",
  desc="Sign-off pack for internal audit across all systems.")
x("2026-05-20", "15:00", 60, "Catch up", "ic", "infrastructure", "sean beth",
  desc="Terraform for the new Azure landing zone – read the plan output together")

# ---- declined / cancelled ------------------------------------------------------------------------------------------------
x("2026-03-12", "10:30", 60, "Halcyon – product roadmap", "manager", "vendor", "mark callum", org="mark", me="DECLINED")
x("2026-04-16", "16:00", 30, "Coffee – Amit", "director", "peer", "amit", org="amit", status="CANCELLED")
x("2026-05-13", "10:30", 60, "Printer fleet – contract review", "manager", "vendor", "rachel callum", org="rachel",
  me="DECLINED")

# ---- after the span ------------------------------------------------------------------------------------------------------
x("2026-06-02", "09:30", 60, "Back from leave – catch up", "director", "staff", "kieran fiona tomasz grace dev")

# ============================================================================================
# profile.yaml and README.md
# ============================================================================================
PROFILE = CAL.profile(aliases=f"s.gallagher@{DOMAIN}", function="operations", promoted="2026-02-02",
                      manager="coo", directs=['kieran', 'fiona', 'tomasz', 'grace', 'dev'],
                      peers=['paul', 'rachel', 'amit'], hours=('08:30', '17:30'), target="0.25")

# What scripts/evaluate.py printed when the calendar was first scored, before any rule was tuned against it
# (the README's "First pass" section is made from it), and what the numbers say.
FIRST_PASS_EVALUATION = """\
week       truth  altitude    gap
2026-W10   53.9%     39.7%  14.2
2026-W11   39.2%     16.1%  23.1
2026-W12   49.3%     25.0%  24.3
2026-W13   47.7%     25.4%  22.3
2026-W14   41.5%     25.5%  16.1
2026-W15   51.5%      6.5%  45.0
2026-W16   31.9%     14.1%  17.9
2026-W17   44.9%     19.4%  25.4
2026-W18   41.9%     23.1%  18.9
2026-W19   31.6%     10.9%  20.7
2026-W20   40.6%     18.5%  22.1
2026-W21   17.9%      3.8%  14.1
2026-W22   53.3%      0.0%  53.3
altitude trends agrees with the instance list within 0.00 points a week over 13 weeks

mean below-share gap: 24.4 points over 13 weeks (goal: under 5)
unclassified: 12.8% of 214.1 meeting hours (goal: under 10%)

hours by truth level -> Altitude's level (or relation):
   director -> director       87.0 h
   excluded -> excluded       75.8 h
    manager -> director       16.8 h   <-
    manager -> manager        16.2 h
         ic -> unclassified   14.2 h   <-
         vp -> vp             14.0 h
    manager -> vp             11.0 h   <-
         ic -> manager        10.8 h   <-
         ic -> director        8.2 h   <-
         vp -> director        6.5 h   <-
   director -> unclassified    6.0 h   <-
    manager -> unclassified    5.8 h   <-
   director -> executive       5.0 h   <-
         ic -> ic              4.3 h
   director -> manager         3.2 h   <-
  executive -> director        2.5 h   <-
  executive -> unclassified    1.5 h   <-
    manager -> excluded        1.0 h   <-
   director -> ic              1.0 h   <-
         ic -> excluded        0.8 h   <-
"""
FIRST_PASS_NOTE = """\
The hardest of the three: no org chart, and `function: operations` is a near miss for internal IT.
Team execution reads as her own level or above (`manager → director` 16.8 h, `manager → vp` 11.0 h),
hands-on technical work is unclassified or read as team or director work (`ic → unclassified`
14.2 h, `ic → manager` 10.8 h, `ic → director` 8.2 h), so every week reads far less below altitude
than it is (W15, the firewall cutover week, by 45 points; W22, four meetings, by 53).
"""

README = r'''# Development calendar: a Director of IT at a UK engineering consultancy (Apple/iCloud export, no org chart)

@@about@@
| `generate.py` | writes every other file, byte-identically (stdlib only, fixed seed, `DTSTAMP:20260601T080000Z`); asserts that calendar UIDs and truth keys match and no line exceeds 75 octets. `--instances` prints the expanded instance set. |
| `calendar.ics` | Apple Calendar / iCloud export (`PRODID:-//Apple Inc.//macOS 15.3.1//EN`, uppercase UUID UIDs, `ATTENDEE;CN=…;EMAIL=…`, `X-APPLE-TRAVEL-ADVISORY-BEHAVIOR`, `VALARM`s with their own UIDs, events in `Europe/London` and one call with the US ERP vendor in `America/New_York` in the three weeks when the US is on daylight time and the UK is not, Zoom links in descriptions, all-day bank holidays and a working-location series). |
| `truth.csv` | `key,level,category,title`: one row per UID, plus `UID|RECURRENCE-ID` (UTC) rows for overrides that change what the meeting is. |
| `profile.yaml` | the leader (`level: director`, `function: operations` — the nearest pack a new user would pick — no org chart). |
| `README.md` | this file (generated). |

@@span@@

## The leader

**Siobhan Gallagher, Director of IT at Brindle & Co** (`brindle.example`, a 1,400-person UK engineering
consultancy with twelve offices; Manchester; reports to the COO, Martin Ashworth). She ran
infrastructure and became Director of IT on 2 February 2026 over the Service Desk Manager (Kieran
Doyle), the Business Applications Manager (Fiona Clarke), the IT Security Lead (Tomasz Nowak) and the
IT Project Manager (Grace Lin). Her old seat stayed open until Dev Patel started as Infrastructure &
Cloud Manager on 13 April, so the four infrastructure engineers reported to her: she ran their daily
stand-up, chaired the CAB and the patch review, and kept cleaning up the firewall rule base with the
network engineer. There is **no org chart**, and she picked `function: operations` as the nearest pack.

- **W10–W12**: an infrastructure manager in a director's calendar: a VPN outage, an access review done
  user by user, a comms-room clean-up; hiring her replacement; the Microsoft agreement; the roadmap.
- **W13**: the Manchester file servers go down for a day: she is on the bridge, restores shares herself
  and writes the staff update; then the cross-team incident review and the cost to the business.
- **W14–W15**: Easter; the FY27 budget; a quarter's review for the executive committee; a late-night
  firewall cutover she runs with the network engineer.
- **W16–W18**: Dev starts; the infrastructure stand-up ends (10 April) and the patch review becomes
  his (May); Cyber Essentials Plus; the risk & audit committee on cyber risk.
- **W19**: bank holiday; two days in London: the Microsoft agreement's final terms, the London office.
- **W20**: a partner's mailbox is compromised: on the incident, reading sign-in logs herself; then the
  MFA plan across the teams.
- **W21–W22**: FY27 budget final, an IT away day; the bank holiday and three days of half-term leave
  (the occurrences she organises are removed for those days, the others declined).

## Labelling principles

Levels are the level of the **work**, per PRODUCT.md. For a director: **below** = `ic`, `manager`;
**at** = `director`; **above** = `vp`, `executive`.

| level | in internal IT | examples here |
|---|---|---|
| `ic` | doing the technical work: on a bridge, restoring from backup, comparing configs, cleaning up firewall rules or racks, reviewing access user by user, closing tickets, rewriting knowledge articles, running a cutover, reading logs or a Terraform plan, walking an assessor through devices | P1 – VPN down – bridge, MAJOR INCIDENT – file servers down – bridge, Firewall rule clean-up, Access review – Deltek, user by user, Helpdesk – close the laptop tickets, Firewall cutover, "Review" with Sean and Beth |
| `manager` | running one team's execution: the infrastructure stand-up, the CAB and the patch review (go/no-go on individual changes), the desk's queue scrub, rota and problem records, one vendor's operational calls, a project's stand-up, one application's go-live go/no-go, hiring an analyst, recurring catch-ups with two analysts | Infra standup, CAB, Patch review, Queue scrub, Laptop refresh – pilot standup, Deltek v8 – go/no-go, "Catch up" with Jade and Liam, "Quick call" with Northgate's service manager |
| `director` | running several teams' delivery: her leads' staff, Friday catch-up and 1:1s, the monthly IT service review, project boards and steering, the MSP's service review, IT spend against budget, the security steering group, access-review and pen-test programmes, cross-team incident reviews, hiring her infrastructure manager, skip-levels, the away day, her own 1:1 with the COO and her peers | IT leadership, "Catch up" with the four leads, M365 migration – project board, IT service review, Northgate – monthly service review, Major incident review – file servers, MFA everywhere – plan, Interview: Infrastructure & Cloud Manager |
| `vp` | building central services: the COO's leadership team, the FY27 budget, licence and outsourcing contracts (the Microsoft agreement, the MSP contract and exit), the roadmap the COO funds, the business cost of an outage, what clients and the insurer are told | COO leadership team, FY27 IT budget – build, Microsoft EA – final terms, Northgate – exit plan, IT roadmap – COO review, "Sync" with the COO and FD |
| `executive` | the company: the all-staff briefing, the executive committee, the board's risk & audit committee | Brindle briefing, Exco – IT update Q1, Risk & audit committee – cyber risk |
| `excluded` | not a meeting: lunch, gym, inbox blocks, working from home, trains, bank holidays, the London days, annual leave | |

Rules of thumb:

1. **The same vague title, per group.** "Catch up" with her four leads every Friday is `director`;
   "Catch up" every other Friday with two service-desk analysts is `manager`; a one-off "Catch up" with
   two infrastructure engineers reading a Terraform plan is `ic`, with two peers on a shared-services
   model `vp`. "Review" with Sean and Beth is going through their changes (`ic`); "Review" with the
   leads on the quarter is `director`. "Quick call" with the MSP's service manager is `manager`, with
   the MSP's account director on the contract `vp`, with the migration partner on a change request
   `director`. "Sync" with the COO and FD is `vp`.
2. **The CAB is below a director** (`manager`): go/no-go on individual changes, one by one, is the
   change manager's job; the monthly service review, where the leads account for their teams, is hers.
3. **Vendors split by the work**: an operational call or a supplier's product roadmap `manager`; a
   service review, a change request to a project, a supplier selection `director`; contracts,
   renewals and exits `vp`.
4. **Access reviews split**: going through accounts user by user `ic`; the recertification
   programme across systems and the evidence for audit `director`.
5. **Incidents split**: bridge, restore, comparing configs, reading logs and the staff update `ic`;
   the cross-team review and the MFA plan `director`; cost to the business and what clients are told
   `vp`; cyber risk at the board's committee `executive`.
6. **Hiring at the level of the role's manager**: an analyst `manager`, her infrastructure manager
   `director`.
7. A block with no other attendee is `excluded`; declined and cancelled meetings are still labelled.

## Judgement calls

- **Deltek upgrade – steering → `director`** even with the COO and FD there: it is one project's
  milestone and go-live governance; the go/no-go meeting for the release itself is `manager`.
- **Exco – IT update Q1 → `executive`**: she presents IT to the executive committee.
- **IT roadmap – COO review → `vp`** (a 1:1 slot with her manager used to decide what the COO funds);
  the weekly "Martin / Siobhan" stays `director`.
- **London office – IT walk-round → `manager`** (the kit and rooms of one office); the feedback
  session with London staff and the desk → `director`.
- **Cyber Essentials Plus – kickoff → `director`**; the device sampling with the assessor → `ic`.
- **IT away day → `director`**: all of her organisation, run by her.
- **Patch review**: while she runs the infrastructure team it is hers (`manager`); from May Dev runs
  it and she sits in (`manager` too).

@@first_pass@@
@@counting@@
'''


if __name__ == "__main__":
    CAL.main(sys.argv[1:], __file__, PROFILE, README, ("96596ad", FIRST_PASS_EVALUATION, FIRST_PASS_NOTE))
