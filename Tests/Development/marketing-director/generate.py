#!/usr/bin/env python3
"""Labelled development calendar for Altitude: a Director of Growth Marketing (Google export).

Maya Castillo's people, meetings and story, labelled by hand meeting by meeting from the altitude model
in PRODUCT.md (no rule file was read). ../calendar_writer.py turns this into calendar.ics, truth.csv,
profile.yaml and README.md next to this script, byte-identically on every run.
Options: --instances prints the expanded instance set (UID|START|END|ALLDAY) instead.
"""
import datetime as dt
import os
import sys

sys.dont_write_bytecode = True     # no __pycache__ next to the labelled files
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import calendar_writer as cw       # noqa: E402  (Tests/Development/calendar_writer.py)
from calendar_writer import M, O, W       # noqa: E402

CAL = cw.Calendar(seed=20260309, flavour="google", home_tz="America/New_York", dtstamp="20260601T110000Z",
                  span_start=dt.date(2026, 3, 2), span_end=dt.date(2026, 6, 1), leader_level="director",
                  domain="kindred.example", me="maya")
DOMAIN, PEOPLE = CAL.domain, CAL.people


def _k(local):
    return f"{local}@{DOMAIN}"


PEOPLE.update({
    "maya": ("Maya Castillo", _k("maya.castillo")),          # Director, Growth Marketing (the leader)
    "priya": ("Priya Raman", _k("priya.raman")),             # CMO (her manager)
    "ines": ("Inés Aguilar", _k("ines.aguilar")),            # CMO's EA
    "ceo": ("Daniel Okafor", _k("daniel.okafor")),           # CEO
    # peers: the CMO's other directs
    "jordan": ("Jordan Blake", _k("jordan.blake")),          # Director, Product Marketing
    "sam": ("Sam Whitaker", _k("sam.whitaker")),             # Director, Brand & Creative
    "lena": ("Lena Ortiz", _k("lena.ortiz")),                # Director, Communications
    # directs (managers)
    "rosa": ("Rosa Delgado", _k("rosa.delgado")),            # Lifecycle & CRM Manager
    "kofi": ("Kofi Mensah", _k("kofi.mensah")),              # SEO & Content Manager
    "hana": ("Hana Sato", _k("hana.sato")),                  # Web Conversion & Experimentation Lead
    "ethan": ("Ethan Cho", _k("ethan.cho")),                 # Paid Acquisition Manager from 6 April
    # two levels down (ICs)
    "tyler": ("Tyler Brooks", _k("tyler.brooks")),           # Paid Social Specialist
    "nina": ("Nina Patel", _k("nina.patel")),                # Paid Search Specialist
    "grace": ("Grace Liu", _k("grace.liu")),                 # CRM Specialist
    "omar": ("Omar Haddad", _k("omar.haddad")),              # Email Designer
    "ivy": ("Ivy Chen", _k("ivy.chen")),                     # SEO Specialist
    "benr": ("Ben Ruiz", _k("ben.ruiz")),                    # Content Writer
    "marta": ("Marta Kowalski", _k("marta.kowalski")),       # Web Developer
    "jin": ("Jin Park", _k("jin.park")),                     # Marketing Analyst
    # elsewhere at Kindred
    "elena": ("Elena Vasquez", _k("elena.vasquez")),         # PMM (Jordan's team)
    "lucy": ("Lucy Grant", _k("lucy.grant")),                # Brand Designer (Sam's team)
    "zoe": ("Zoe Kim", _k("zoe.kim")),                       # Events Manager (Sam's team)
    "devin": ("Devin Shah", _k("devin.shah")),               # Product Manager, Growth
    "farah": ("Farah Ali", _k("farah.ali")),                 # Data Science Lead
    "alex": ("Alex Romero", _k("alex.romero")),              # Finance Business Partner
    "chloe": ("Chloe Evans", _k("chloe.evans")),             # Recruiter
    "cfo": ("Ruth Adler", _k("ruth.adler")),                 # CFO
    "vpprod": ("Marcus Lee", _k("marcus.lee")),              # VP Product
    "legal": ("Hannah Moss", _k("hannah.moss")),             # Counsel, marketing claims
    "rob": ("Rob Tanaka", _k("rob.tanaka")),                 # Director, Partnerships (sales org)
    "ux": ("Mia Novak", _k("mia.novak")),                    # UX Researcher
    # outside
    "rachel": ("Rachel Stone", "rachel.stone@fieldworkmedia.example"),   # paid media agency, account director
    "dan": ("Dan Lowe", "dan.lowe@fieldworkmedia.example"),              # agency strategist
    "fwceo": ("Paul Fenwick", "paul@fieldworkmedia.example"),            # agency founder
    "odd": ("Keira Mills", "keira@oddfellow.example"),                   # creative agency producer
    "rank": ("Tom Baptiste", "tom.b@rankwise.example"),                  # SEO vendor
    "kite": ("Sara Lund", "sara.lund@kitewire.example"),                 # CRM platform AE
    "meta": ("Jess Romano", "jromano@meta-partners.example"),            # platform partner rep
    "goog": ("Arjun Mehta", "arjunm@ads-partner.example"),               # search partner rep
    "coach": ("Claire Benton", "claire@benton-coaching.example"),
    "cand1": ("Owen Price", "owen.price.mkt@mailbox.example"),           # candidate, Paid Acq Manager
    "cand2": ("Lila Moreau", "lila.moreau@mailbox.example"),             # candidate, Paid Acq Manager
    "cand3": ("Sofia Brandt", "sofia.brandt@mailbox.example"),           # candidate, Paid Social Specialist
    "cand4": ("Kenji Ito", "kenji.ito@mailbox.example"),                 # candidate, Paid Social Specialist
    "cand5": ("Amara Diallo", "amara.diallo@mailbox.example"),           # candidate, Director of Brand
    "podmv": ("Nate Fisher", "nate@audio-summit.example"),               # event organiser
})
CAL.groups = {"all": ("Kindred – everyone", _k("everyone")), "mkt": ("Marketing (all)", _k("marketing"))}
CAL.rooms = {k: (cn, f"c_188{CAL.b32(21)}@resource.calendar.google.com") for k, cn in [
    ("hudson", "NYC-7-Hudson (12) [Meet]"), ("bowery", "NYC-7-Bowery (6)"), ("grand", "NYC-8-Grand (20) [Meet]"),
    ("nook", "NYC-7-Nook (2)")]}

# ============================================================================================
# Recurring series (America/New_York; US daylight time starts Sunday 8 March)
# ============================================================================================
series, x, allday = CAL.series, CAL.x, CAL.allday
MGRS = ["rosa", "kofi", "hana"]
PAID = ["tyler", "nina"]

# ---- above her altitude: the marketing function and the company -------------------------------
series("Marketing leadership team", "vp", "staff", "2026-01-05 13:00", "2026-01-05 14:00", W("MO"),
       org="ines", att=["priya", "maya", "jordan", "sam", "lena"], rooms=["hudson"],
       desc="CMO staff. Standing: function OKRs, budget, people, cross-team decisions.",
       exdates=["2026-05-25 13:00"],
       overrides=[O("2026-04-20 13:00", "2026-04-21 13:00", "2026-04-21 14:00", desc="Moved for the QBR week.")])
series("Company all-hands", "executive", "all-hands", "2026-01-29 16:00", "2026-01-29 17:00", M("-1TH"),
       org="ines", att=["ceo"], groups=["all"], rooms=["grand"], desc="Monthly all-hands with Daniel.")
series("Marketing all-hands", "vp", "all-hands", "2026-01-14 12:00", "2026-01-14 13:00", M("2WE"),
       org="ines", att=["priya"], groups=["mkt"], rooms=["grand"], desc="Monthly. Pizza.")
series("Priya / Maya", "director", "one-on-one", "2026-01-08 15:00", "2026-01-08 15:30", W("TH"),
       org="priya", att=["priya", "maya"],
       exdates=["2026-05-28 15:00"],
       overrides=[O("2026-03-26 15:00", me="DECLINED"),
                  O("2026-04-16 15:00", "2026-04-17 09:00", "2026-04-17 09:30")])
series("Jordan <> Maya", "director", "peer", "2026-01-16 14:00", "2026-01-16 14:30", W("FR", interval=2),
       org="jordan", att=["jordan", "maya"])
series("Brand x Growth", "director", "peer", "2026-01-21 11:30", "2026-01-21 12:00", W("WE", interval=2),
       org="sam", att=["sam", "maya", "lucy"], desc="Where brand and performance creative meet.")
series("Coaching (Claire)", "director", "coaching", "2026-01-23 08:00", "2026-01-23 08:45", W("FR", interval=2),
       org="coach", att=["coach", "maya"], online=False, loc="Zoom", desc="New-director coaching, 6 months.",
       exdates=["2026-05-29 08:00"])

# ---- at her altitude: her teams' delivery ---------------------------------------------------------
series("Growth staff", "director", "staff", "2026-01-12 10:00", "2026-01-12 11:30", W("MO", until="2026-04-05"),
       att=MGRS, rooms=["bowery"], desc="Growth leads. Metrics, roadmap, people, asks.")
series("Growth staff", "director", "staff", "2026-04-06 10:00", "2026-04-06 11:30", W("MO"),
       att=MGRS + ["ethan"], rooms=["bowery"], desc="Growth leads (now with Ethan). Metrics, roadmap, people, asks.",
       exdates=["2026-05-25 10:00"])
series("Weekly growth metrics", "director", "business-review", "2026-01-13 09:00", "2026-01-13 10:00", W("TU"),
       att=MGRS + ["jin", "alex", "farah"], rooms=["hudson"],
       desc="Funnel by channel: spend, CAC, trial starts, trial→paid, churn. Owners explain the misses.",
       overrides=[O("2026-04-14 09:00", add=["ethan"])])
series("1:1 Rosa / Maya", "director", "one-on-one", "2026-01-13 11:00", "2026-01-13 11:45", W("TU"),
       att=["rosa"], exdates=["2026-05-05 11:00"])
series("Kofi 1:1", "director", "one-on-one", "2026-01-14 14:00", "2026-01-14 14:45", W("WE", interval=2),
       org="kofi", att=["kofi", "maya"])
series("Hana / Maya", "director", "one-on-one", "2026-01-15 10:00", "2026-01-15 10:45", W("TH"),
       att=["hana"], overrides=[O("2026-04-30 10:00", status="CANCELLED")])
series("Ethan / Maya", "director", "one-on-one", "2026-04-08 11:00", "2026-04-08 11:45", W("WE"),
       att=["ethan"], desc="Weekly 1:1. First 30/60/90 in the doc.")
series("Experiment review", "director", "experiments", "2026-01-15 13:00", "2026-01-15 14:00", W("TH", interval=2),
       org="hana", att=["hana", "maya", "rosa", "devin", "farah", "jin"],
       desc="All live and finished growth tests across web, lifecycle and paid: ship / kill / iterate.")
series("Growth <> Product", "director", "cross-team", "2026-01-14 10:00", "2026-01-14 10:45", W("WE"),
       org="devin", att=["devin", "maya", "hana", "jin"],
       desc="Paywall, onboarding and trial roadmap vs. marketing calendar.",
       overrides=[O("2026-05-06 10:00", status="CANCELLED")])
series("Budget pacing", "director", "budget", "2026-01-13 15:00", "2026-01-13 16:00", M("2TU"),
       org="alex", att=["alex", "maya", "rosa", "kofi", "jin"],
       desc="Month-to-date spend vs plan by channel; reallocations; accrual questions.")
series("Forecast check-in", "director", "forecast", "2026-01-16 09:30", "2026-01-16 10:15", W("FR"),
       att=["jin", "alex"], desc="Subscriber adds forecast vs actuals for the growth channels.",
       exdates=["2026-04-03 09:30", "2026-05-29 09:30"])
series("Skip-level lunch", "director", "skip-level", "2026-01-22 12:00", "2026-01-22 13:00", M("4TH"),
       att=["grace", "omar", "ivy", "benr", "marta", "jin"], online=False, loc="Kitchen, 8th floor",
       desc="Monthly lunch with the growth team, no managers. What's getting in your way?")
series("Summer Listening – launch planning", "director", "launch", "2026-03-10 16:00", "2026-03-10 17:00",
       W("TU", until="2026-05-12"), org="elena",
       att=["elena", "jordan", "maya", "rosa", "lucy", "zoe", "devin"], rooms=["hudson"],
       desc="Cross-team plan for the 5 May Summer Listening launch: channels, dates, owners, risks.")
series("Attribution working group", "director", "measurement", "2026-01-16 11:00", "2026-01-16 12:00",
       W("FR", interval=2), org="farah", att=["farah", "maya", "jin", "devin", "hana"],
       desc="MMM + incrementality plan across channels; which numbers we all quote.")

series("Growth team meeting", "director", "team", "2026-01-15 14:00", "2026-01-15 15:00", W("TH"),
       att=MGRS + PAID + ["grace", "omar", "ivy", "benr", "marta", "jin"], rooms=["grand"],
       desc="Whole growth org, weekly: wins, numbers, what's shipping, shout-outs.",
       exdates=["2026-05-28 14:00"],
       overrides=[O("2026-04-09 14:00", add=["ethan"])])
series("Growth roadmap review", "director", "planning", "2026-01-23 15:00", "2026-01-23 16:00", W("FR", interval=2),
       att=MGRS + ["jin", "devin"], desc="Cross-team roadmap: what each team ships next six weeks, dependencies.",
       overrides=[O("2026-04-03 15:00", "2026-04-02 15:00", "2026-04-02 16:00"), O("2026-04-17 15:00", add=["ethan"])])
series("Partnerships <> Growth", "director", "peer", "2026-01-15 16:30", "2026-01-15 17:00", W("TH", interval=2),
       org="rob", att=["rob", "maya"], desc="Bundles with telcos; co-marketing calendar.")
series("FY27 planning – growth working session", "director", "planning", "2026-05-05 10:30", "2026-05-05 12:00",
       W("TU"), att=MGRS + ["ethan", "jin"], rooms=["bowery"],
       desc="Our FY27 plan: channel bets, team shape, what we stop.",
       overrides=[O("2026-05-05 10:30", "2026-05-07 10:30", "2026-05-07 12:00", desc="Launch day – moved.")])
series("WBR", "executive", "business-review", "2026-02-02 08:30", "2026-02-02 09:00", W("MO"),
       org="ines", att=["ceo", "cfo", "vpprod", "priya", "maya"],
       desc="Company weekly business review; growth presents the acquisition page.",
       exdates=["2026-05-25 08:30"])

# ---- below: one team's execution ----------------------------------------------------------------
series("Paid daily", "manager", "standup", "2026-01-12 09:30", "2026-01-12 09:45",
       W(["MO", "TU", "WE", "TH", "FR"], until="2026-04-24"),
       att=PAID + ["dan"], desc="Paid acquisition stand-up: yesterday's spend/CPA, today's changes, blockers.",
       exdates=["2026-04-03 09:30"],
       overrides=[O("2026-03-17 09:30", status="CANCELLED"), O("2026-04-14 09:30", add=["ethan"])])
series("Paid bids & budgets", "ic", "paid", "2026-01-12 15:00", "2026-01-12 16:00", W("MO", until="2026-04-13"),
       att=PAID, desc="Working session in Ads Manager + Search Ads: bid caps, budget shifts, audience exclusions.",
       overrides=[O("2026-04-13 15:00", title="Paid bids & budgets – handover to Ethan", add=["ethan"])])
series("Paid social creative review", "ic", "creative", "2026-01-14 15:00", "2026-01-14 16:00",
       W("WE", until="2026-04-22"), att=["tyler", "lucy", "odd"],
       desc="Every asset in the next flight: hook, headline, CTA, crop, end card. Comments on each frame.",
       overrides=[O("2026-04-01 15:00", status="CANCELLED")])
series("Creative approval – paid", "manager", "creative", "2026-04-29 15:00", "2026-04-29 15:30", W("WE", interval=2),
       org="ethan", att=["ethan", "maya", "tyler", "lucy"],
       desc="Ethan brings the flight; Maya approves or sends back. No line edits in the room.")
series("Tyler / Maya", "manager", "one-on-one", "2026-01-12 14:30", "2026-01-12 15:00", W("MO", until="2026-04-20"),
       att=["tyler"], exdates=["2026-03-30 14:30"])
series("Nina / Maya", "manager", "one-on-one", "2026-01-15 16:00", "2026-01-15 16:30", W("TH", interval=2, until="2026-04-23"),
       att=["nina"])
series("CRM calendar", "manager", "lifecycle", "2026-01-15 11:00", "2026-01-15 11:30", W("TH"),
       org="rosa", att=["rosa", "maya", "grace", "omar"],
       desc="Sends for the next three weeks: segments, subject lines, holdouts.",
       overrides=[O("2026-05-21 11:00", me="DECLINED")])
series("SEO weekly", "manager", "seo", "2026-01-13 14:00", "2026-01-13 14:30", W("TU"),
       org="kofi", att=["kofi", "maya", "ivy", "benr", "rank"], me="TENTATIVE",
       desc="Rankings, content pipeline, technical fixes with Rankwise.",
       overrides=[O("2026-03-24 14:00", me="DECLINED"), O("2026-04-28 14:00", me="DECLINED"),
                  O("2026-05-05 14:00", me="DECLINED")])
series("Fieldwork weekly", "manager", "agency", "2026-01-16 13:00", "2026-01-16 14:00", W("FR"),
       org="rachel", att=["rachel", "dan", "maya", "tyler", "nina"],
       desc="Agency status: flights live, pacing, tests, asks.",
       overrides=[O("2026-04-17 13:00", add=["ethan"]), O("2026-05-08 13:00", me="DECLINED"),
                  O("2026-05-15 13:00", me="DECLINED"), O("2026-05-22 13:00", me="DECLINED")])
series("Web squad standup", "manager", "standup", "2026-01-12 10:30", "2026-01-12 10:45", W(["MO", "WE"]),
       org="hana", att=["hana", "marta", "jin", "maya"], me="NEEDS-ACTION", role="OPT-PARTICIPANT",
       exdates=["2026-05-25 10:30"])

series("Oddfellow creative sync", "manager", "creative", "2026-01-15 09:00", "2026-01-15 09:45",
       W("TH", until="2026-04-23"), org="odd", att=["odd", "maya", "tyler", "lucy"],
       desc="Production status on the paid social flights.")
series("Content calendar", "manager", "seo", "2026-01-14 09:00", "2026-01-14 09:30", W("WE"),
       org="kofi", att=["kofi", "benr", "ivy", "maya"], desc="Next month's articles and owners.",
       overrides=[O("2026-05-06 09:00", me="DECLINED")])

# ---- excluded ----------------------------------------------------------------------------------
series("Lunch", "excluded", "personal", "2026-01-12 12:15", "2026-01-12 12:45", W(["MO", "TU", "TH", "FR"]),
       transp="TRANSPARENT")
series("Focus – no meetings", "excluded", "focus", "2026-01-15 15:30", "2026-01-15 17:30", W("TH"))
series("School pickup", "excluded", "personal", "2026-01-14 17:15", "2026-01-14 18:00", W("WE"))
series("Home", "excluded", "location", "2026-01-16", "2026-01-17", W("FR"))

# ============================================================================================
# One-offs, week by week
# ============================================================================================
# before the span
x("2026-01-12", "16:00", 60, "Director of Growth – first 90 days", "vp", "planning", "priya maya", org="priya")

# ---- W10 (2 March): still the paid manager --------------------------------------------------------
x("2026-03-02", "11:30", 30, "Phone screen – Paid Acquisition Manager", "ic", "hiring", "cand1 chloe", org="chloe",
  desc="30-min screen. Owen Price.")
x("2026-03-02", "16:00", 60, "Meta Q2 plan", "manager", "agency", "meta tyler dan",
  desc="Partner rep walks through Advantage+ beta for our account.")
x("2026-03-03", "10:00", 60, "Audience rebuild – lapsed trialists", "ic", "paid", "tyler jin",
  desc="Build the lookalike seeds ourselves, export from warehouse.")
x("2026-03-03", "13:00", 45, "Sync", "ic", "lifecycle", "grace",
  desc="Win-back email 3: I'll rewrite the subject lines with you")
x("2026-03-04", "11:00", 30, "Quick check", "director", "one-on-one", "kofi",
  desc="Content hire – do we open the req this quarter?")
x("2026-03-05", "09:00", 60, "Q2 channel plan", "director", "planning", "rosa kofi hana jin alex", rooms=["bowery"],
  desc="Q2 budget split across paid, lifecycle, SEO, web tests.")
x("2026-03-05", "13:00", 60, "Interview: Paid Social Specialist", "manager", "hiring", "cand3 chloe tyler", org="chloe")
x("2026-03-06", "15:00", 60, "Landing page QA – spring promo", "ic", "web", "marta hana",
  desc="Click through every variant on mobile, note the bugs.")
x("2026-03-06", "16:30", 30, "Catch up", "vp", "planning", "priya jordan sam", org="priya",
  desc="Marketing budget FY27 – first pass at the ask to Ruth")

# ---- W11 (9 March; New York on daylight time) -----------------------------------------------------
x("2026-03-09", "11:30", 60, "Interview: Paid Acquisition Manager – Owen Price", "director", "hiring",
  "cand1 chloe hana", org="chloe")
x("2026-03-09", "16:00", 30, "Search partner QBR", "manager", "agency", "goog nina", org="goog")
x("2026-03-10", "10:00", 60, "Spring promo – creative final look", "manager", "creative", "tyler lucy odd sam",
  desc="Approve the set for Thursday launch.")
x("2026-03-10", "13:00", 60, "Brand guidelines v3 – growth markup", "ic", "brand", "lucy",
  desc="Page by page through the PDF: logo lockups, colour use in ads, tone rules. Mark up in Figma.")
x("2026-03-11", "13:00", 45, "Walkthrough", "ic", "lifecycle", "grace omar",
  desc="Onboarding journey in Kitewire node by node before we turn on v4.")
x("2026-03-12", "09:30", 30, "Spend check", "manager", "paid", "nina tyler dan",
  desc="Spring promo day 1 – CPAs, what to pause")
x("2026-03-12", "14:00", 60, "Interview: Paid Social Specialist", "manager", "hiring", "cand4 chloe nina", org="chloe")
x("2026-03-13", "10:00", 60, "Keyword mapping – genres", "ic", "seo", "ivy benr",
  desc="Map 400 genre keywords to pages, together in the sheet.")
x("2026-03-13", "15:00", 30, "Kitewire renewal – pricing", "vp", "vendor", "kite rosa alex", org="kite",
  desc="3-year CRM platform contract; volume tiers.")

# ---- W12 (16 March) ---------------------------------------------------------------------------------
x("2026-03-16", "11:30", 60, "Interview: Paid Acquisition Manager – Lila Moreau", "director", "hiring",
  "cand2 chloe rosa", org="chloe")
x("2026-03-16", "16:00", 60, "Summer Listening – messaging", "director", "launch", "elena jordan rosa lucy", org="elena",
  desc="Message house + channel mapping for the launch.")
x("2026-03-17", "10:00", 90, "Web test roadmap Q2", "manager", "experiments", "hana marta jin devin", org="hana",
  desc="Prioritise the web squad's test backlog: ICE scores, sizing.")
x("2026-03-18", "13:00", 45, "Sync", "manager", "paid", "tyler nina",
  desc="Who covers what while the manager seat is open; budget owner per campaign.")
x("2026-03-19", "09:00", 30, "Offer call prep – Paid Acq Manager", "director", "hiring", "chloe", org="chloe")
x("2026-03-19", "13:30", 60, "Debrief: Paid Acquisition Manager", "director", "hiring", "chloe hana rosa", org="chloe")
x("2026-03-20", "10:00", 30, "Touch base", "manager", "agency", "rachel",
  desc="Flight calendar for April and who signs off insertion orders")
x("2026-03-20", "15:00", 60, "Podcast summit – booth plan", "manager", "events", "zoe benr tyler", org="zoe",
  desc="Booth staffing, QR codes, promo codes for the April summit.")

# ---- W13 (23 March): the tracking outage pulls her down ------------------------------------------
x("2026-03-23", "11:30", 90, "🔥 Conversions not firing – debug", "ic", "incident", "jin marta nina tyler dan",
  desc="iOS trial-start events missing since Sat. Tag manager, CAPI, server logs.")
x("2026-03-23", "15:00", 60, "Tracking outage – bridge", "ic", "incident", "jin marta farah devin", org="jin")
x("2026-03-24", "10:00", 60, "Tracking outage – bridge", "ic", "incident", "jin marta farah devin", org="jin")
x("2026-03-24", "14:00", 45, "Pause / keep – paid campaigns", "ic", "paid", "nina tyler dan",
  desc="Go campaign by campaign: which ones to pause while we fly blind.")
x("2026-03-25", "09:00", 45, "Tracking outage – bridge", "ic", "incident", "jin marta farah devin", org="jin")
x("2026-03-25", "16:00", 60, "Backfill conversions – SQL", "ic", "incident", "jin",
  desc="Writing the backfill query together.")
x("2026-03-26", "14:00", 60, "Tracking outage – retro", "director", "incident", "jin marta farah devin hana rosa",
  desc="What broke, why nobody noticed for two days, monitoring owners across teams.")
x("2026-03-26", "15:00", 30, "Update for Priya – tracking", "ic", "incident", "jin",
  desc="Write the note together.")
x("2026-03-27", "11:30", 60, "Offer approval – Paid Acquisition Manager", "director", "hiring", "chloe priya", org="chloe")

# ---- W14 (30 March) --------------------------------------------------------------------------------
allday("2026-04-03", 1, "Out of office – Good Friday", cat="ooo", transp="TRANSPARENT")
x("2026-03-30", "11:30", 60, "Q2 OKRs – growth", "director", "planning", "rosa kofi hana jin", rooms=["bowery"])
x("2026-03-31", "13:00", 60, "Summer Listening – landing page wireframes", "ic", "web", "marta lucy elena",
  desc="Section by section on the wireframe; I'll write the hero copy options.")
x("2026-04-01", "10:30", 60, "Interview: Director, Brand & Creative – Amara Diallo", "vp", "hiring",
  "cand5 chloe sam", org="chloe", desc="Panel for Sam's replacement (Sam moves to Comms lead). Values + portfolio.")
x("2026-04-01", "16:00", 60, "Fieldwork SOW Q3", "vp", "vendor", "rachel fwceo alex", org="rachel",
  desc="Agency scope and retainer for H2; performance fee.")
x("2026-04-02", "09:00", 60, "Ethan onboarding plan", "director", "onboarding", "chloe", org="chloe",
  desc="Finalise first two weeks for the new Paid Acquisition Manager.")
x("2026-04-02", "13:00", 45, "Review", "ic", "creative", "lucy",
  desc="Homepage banners for spring – copy tweaks")

# ---- W15 (6 April): Ethan starts; CMO QBR -----------------------------------------------------------
x("2026-04-06", "11:30", 60, "Welcome Ethan ☕", "director", "onboarding", "ethan", online=False, loc="Blue Bottle")
x("2026-04-06", "15:00", 60, "Paid account walkthrough – Ethan", "manager", "onboarding", "ethan tyler nina dan",
  desc="Account structure, naming, budgets, where the bodies are buried.")
x("2026-04-07", "10:00", 120, "Marketing QBR – Q1", "vp", "business-review", "priya jordan sam lena alex", org="ines",
  rooms=["grand"], desc="Each director presents Q1 vs plan; Priya sets Q2 priorities and budget moves across teams.")
x("2026-04-07", "14:00", 30, "QBR prep", "excluded", "prep", "")
x("2026-04-08", "13:00", 60, "Lifecycle roadmap H2", "director", "planning", "rosa grace jin devin", org="rosa",
  desc="Rosa's proposal: journeys, tooling, headcount ask.")
x("2026-04-09", "13:00", 60, "Summer Listening – CRM plan", "manager", "lifecycle", "rosa grace omar elena", org="rosa")
x("2026-04-10", "10:00", 45, "Ethan / Tyler / Nina – intro", "manager", "team", "ethan tyler nina", org="ethan")
x("2026-04-10", "15:00", 60, "Pricing test – annual plan promo", "executive", "pricing", "cfo vpprod priya devin",
  org="vpprod", desc="Pricing council: annual plan discount depth for summer.")

# ---- W16 (13 April) ---------------------------------------------------------------------------------
x("2026-04-13", "11:30", 60, "Talent review – marketing", "vp", "talent", "priya jordan sam lena", org="priya",
  rooms=["hudson"], desc="Calibration across marketing. Promo cases, flight risks.")
x("2026-04-14", "13:00", 60, "Summer Listening – creative concepts", "director", "launch", "elena lucy odd sam jordan",
  org="sam", desc="Pick the launch concept across channels.")
x("2026-04-15", "13:00", 30, "Quick check", "director", "one-on-one", "ethan",
  desc="Week 2 – how's it going, what do you need from me")
x("2026-04-16", "09:00", 60, "Attribution vendor demo", "director", "measurement", "farah jin kite", org="farah")
x("2026-04-16", "11:30", 30, "Sync", "vp", "planning", "priya cfo alex", org="priya",
  desc="Q3 marketing reforecast – the ask to finance")
x("2026-04-17", "10:00", 60, "SEO content audit", "ic", "seo", "ivy benr kofi", org="kofi",
  desc="Go through the 60 weakest articles one by one: keep, merge, kill.")
x("2026-04-17", "15:00", 60, "Growth offsite planning", "director", "planning", "rosa kofi hana ethan")

# ---- W17 (20 April) ---------------------------------------------------------------------------------
x("2026-04-20", "11:30", 60, "Interview: Lifecycle Marketing Manager (backfill plan)", "director", "hiring",
  "chloe rosa", org="chloe", desc="Rosa is going on leave in July – role design for cover.")
x("2026-04-21", "10:00", 30, "Ethan takes over paid daily", "manager", "team", "ethan tyler nina dan", org="ethan")
x("2026-04-22", "13:00", 90, "Summer Listening – readiness review", "director", "launch",
  "elena jordan rosa hana ethan lucy zoe devin", org="elena",
  desc="Each team red/amber/green for 5 May: paid, CRM, web, PR, in-app, events.")
x("2026-04-23", "09:00", 60, "Board deck – marketing slides", "executive", "board", "priya cfo", org="priya",
  desc="Q1 board pack: the acquisition and brand pages.")
x("2026-04-24", "10:00", 210, "Growth offsite", "director", "offsite", "rosa kofi hana ethan", online=False,
  loc="WeWork 8th Ave", desc="Half day: H2 growth plan, team operating rhythm.")

# ---- W18 (27 April): launch crunch --------------------------------------------------------------------
x("2026-04-27", "11:30", 60, "Summer Listening – email copy", "ic", "lifecycle", "grace omar elena",
  desc="Rewrite the launch sequence line by line; subject line variants.")
x("2026-04-27", "15:00", 90, "Landing page QA – Summer Listening", "ic", "web", "marta hana elena",
  desc="Every breakpoint, every CTA, promo code edge cases.")
x("2026-04-28", "10:00", 60, "Paid launch flights – build check", "ic", "paid", "ethan tyler dan",
  desc="Open each ad set together and check targeting, budgets, UTMs.")
x("2026-04-28", "13:00", 60, "Legal review – promo claims", "ic", "launch", "legal elena",
  desc="Line by line through the offer terms and ad claims.")
x("2026-04-29", "10:00", 60, "Launch go/no-go – paid & CRM", "manager", "launch", "ethan rosa tyler grace dan",
  desc="Final go/no-go for the growth channels.")
x("2026-04-30", "13:00", 60, "Summer Listening – final creative pass", "ic", "creative", "lucy odd tyler",
  desc="Frame-by-frame pass on the hero video cutdowns.")
x("2026-05-01", "10:00", 60, "Launch comms – internal FAQ", "ic", "launch", "elena",
  desc="Write the sales & support FAQ together.")
x("2026-05-01", "14:00", 60, "Launch go/no-go", "director", "launch", "elena jordan priya rosa hana ethan devin lena",
  org="elena", desc="All teams: go/no-go for 5 May.")

# ---- W19 (4 May): launch week -------------------------------------------------------------------------
x("2026-05-04", "16:00", 60, "Pre-launch check", "manager", "launch", "ethan rosa marta", desc="Schedules, holdouts, tags.")
x("2026-05-05", "08:00", 120, "Launch day war room 🚀", "ic", "launch", "ethan tyler nina rosa grace marta jin dan",
  rooms=["nook"], desc="Watch spend, fix broken links, pause what's bleeding.")
x("2026-05-05", "15:00", 60, "Launch day war room – pm", "ic", "launch", "ethan tyler marta jin")
x("2026-05-06", "09:30", 30, "Day-1 numbers", "manager", "launch", "ethan jin rosa",
  desc="Read the day-1 dashboard; tweak bids and sends.")
x("2026-05-06", "13:00", 60, "Launch readout for exec", "vp", "business-review", "priya jordan elena", org="priya",
  desc="Prep what Priya takes to exec staff.")
x("2026-05-07", "11:30", 60, "Interview: Paid Social Specialist – final", "manager", "hiring", "cand4 ethan chloe",
  org="chloe")
x("2026-05-08", "10:00", 60, "Podcast Audio Summit – speaker slot prep", "ic", "events", "zoe",
  desc="Write and rehearse my talk.")

# ---- W20 (11 May) --------------------------------------------------------------------------------------
allday("2026-05-13", 2, "Audio Summit (Austin)", cat="event", transp="TRANSPARENT")
x("2026-05-11", "11:30", 60, "Launch retro – Summer Listening", "director", "launch",
  "elena jordan rosa hana ethan lucy zoe devin", org="elena")
x("2026-05-11", "15:00", 60, "H2 budget – growth", "director", "budget", "alex ethan rosa kofi hana jin", org="alex",
  desc="H2 spend plan by channel within the envelope Priya set.")
x("2026-05-12", "13:00", 45, "Agency performance review", "director", "agency", "rachel dan ethan", org="rachel",
  desc="Fieldwork's quarter: results, team, asks; scorecard.")
x("2026-05-13", "10:00", 60, "Audio Summit – booth shift", "ic", "events", "zoe benr", tz="America/Chicago",
  online=False, loc="Booth 214")
x("2026-05-13", "13:30", 45, "Panel: growth in audio", "ic", "events", "podmv", tz="America/Chicago", org="podmv",
  online=False, loc="Hall B")
x("2026-05-14", "18:30", 150, "Dinner – Fieldwork", "vp", "vendor", "fwceo rachel", tz="America/Chicago",
  online=False, loc="Loro, Austin", desc="Relationship dinner with the agency founder.")
x("2026-05-15", "16:00", 30, "Sync", "director", "one-on-one", "hana", desc="Catch up from the summit week")

# ---- W21 (18 May) --------------------------------------------------------------------------------------
x("2026-05-18", "11:30", 60, "FY27 marketing plan – kickoff", "vp", "planning", "priya jordan sam lena alex",
  org="priya", rooms=["hudson"], desc="Function strategy and budget envelope for FY27.")
x("2026-05-19", "10:00", 60, "Paid social – creative approval", "manager", "creative", "ethan tyler lucy", org="ethan")
x("2026-05-19", "13:00", 60, "Referral programme – business case", "director", "planning", "devin rosa jin alex", org="devin")
x("2026-05-20", "13:00", 60, "Growth hiring plan FY27", "director", "hiring", "chloe alex", org="chloe")
x("2026-05-20", "15:30", 60, "Rosa leave cover – plan", "director", "org-design", "rosa grace", org="rosa",
  desc="Who runs CRM July–October; Grace's stretch plan.")
x("2026-05-21", "13:00", 60, "Company strategy – consumer bundles", "executive", "strategy", "ceo priya vpprod cfo",
  org="ceo", desc="Invited to present the growth model for the bundle scenario.")
x("2026-05-22", "10:00", 60, "Walkthrough", "manager", "web", "hana marta",
  desc="Web squad's sprint plan for the paywall tests")

# ---- W22 (25 May): Memorial Day, two days off ----------------------------------------------------------
allday("2026-05-25", 1, "Memorial Day", cat="holiday", transp="TRANSPARENT")
allday("2026-05-29", 1, "PTO", cat="ooo")
x("2026-05-26", "11:30", 60, "H2 channel mix – decision", "director", "planning", "ethan rosa kofi hana jin alex")
x("2026-05-26", "15:00", 45, "Sync", "vp", "planning", "priya jordan sam lena", org="priya",
  desc="FY27 headcount asks – marketing")
x("2026-05-27", "13:00", 60, "Interview: Senior CRM Specialist", "manager", "hiring", "chloe grace", org="chloe")
x("2026-05-27", "16:00", 30, "Handover before PTO", "director", "staff", "rosa kofi hana ethan")
x("2026-05-29", "10:00", 60, "Paid weekly", "manager", "paid", "ethan tyler nina", org="ethan", me="DECLINED")

# ---- more of each week ------------------------------------------------------------------------------
x("2026-03-03", "15:00", 45, "Spring promo – email QA", "ic", "lifecycle", "grace omar",
  desc="Seed list, links, render checks in every client.")
x("2026-03-04", "13:00", 60, "Customer research readout – why trials lapse", "director", "insight",
  "ux devin rosa hana jin", org="ux")
x("2026-03-17", "13:00", 60, "Google Ads account audit", "ic", "paid", "nina goog",
  desc="Go through every campaign's settings with the partner rep.")
x("2026-03-18", "16:00", 45, "Quick check", "manager", "paid", "tyler",
  desc="TikTok test – budget and creative for the next two weeks")
x("2026-03-31", "15:00", 60, "Q2 kickoff – growth team", "director", "team", "rosa kofi hana tyler nina grace omar ivy benr marta jin",
  rooms=["grand"])
x("2026-04-01", "13:00", 45, "Win-back journey – build", "ic", "lifecycle", "grace",
  desc="Building the journey in Kitewire together.")
x("2026-04-02", "10:30", 60, "Paid Acq Manager – 30/60/90", "director", "onboarding", "hana rosa",
  desc="What the new manager owns from day 1 vs day 60.")
x("2026-04-14", "15:00", 60, "Kitewire contract – decision", "vp", "vendor", "priya alex rosa", org="priya",
  desc="Sign the 3-year CRM deal or re-tender.")
x("2026-04-16", "13:00", 45, "Skip-level: Tyler", "director", "skip-level", "tyler",
  desc="Now that he reports to Ethan – how's the change landing?")
x("2026-04-28", "15:30", 60, "Summer Listening – paid budget split", "manager", "paid", "ethan dan",
  desc="Launch flight budgets by platform for week 1.")
x("2026-04-30", "15:00", 45, "Walkthrough", "ic", "web", "marta",
  desc="Promo-code field bug – reproduce it together")
x("2026-05-04", "13:00", 60, "Launch dry run", "director", "launch", "elena jordan rosa hana ethan zoe devin", org="elena")
x("2026-05-06", "15:00", 60, "Day-2 spend check", "ic", "paid", "ethan tyler dan",
  desc="Ad set by ad set: pause, raise, re-crop.")
x("2026-05-07", "13:00", 45, "Launch week – CRM results", "manager", "lifecycle", "rosa grace", org="rosa")
x("2026-05-08", "14:00", 60, "Week-1 launch readout", "director", "launch", "elena jordan rosa hana ethan jin devin", org="elena")
x("2026-05-11", "13:00", 30, "Quick check", "director", "one-on-one", "rosa", desc="Leave cover – thoughts before Wednesday")
x("2026-05-12", "09:00", 45, "Skip-level: Grace", "director", "skip-level", "grace",
  desc="Stretch plan while Rosa is out.")
x("2026-05-15", "10:00", 60, "Attribution – MMM readout", "director", "measurement", "farah jin devin ethan rosa", org="farah")
x("2026-05-18", "15:00", 60, "Paid H2 plan – Ethan", "director", "planning", "ethan jin",
  desc="Ethan presents his H2 plan for paid; I'm the approver.")
x("2026-05-19", "11:00", 45, "SEO – site migration risks", "director", "seo", "kofi marta hana devin", org="kofi",
  desc="Cross-team plan for the help-centre migration.")
x("2026-05-20", "10:00", 60, "Interview: Director, Lifecycle (Priya's new role)", "vp", "hiring", "chloe priya", org="chloe",
  desc="Debrief on the shape of a new director seat in marketing.")
x("2026-05-22", "13:00", 60, "Q2 business review – growth", "director", "business-review", "rosa kofi hana ethan jin alex",
  rooms=["hudson"], desc="Our Q2 across teams, before the CMO QBR.")
x("2026-05-26", "13:00", 45, "Brand guidelines v3 – rollout", "director", "brand", "sam lucy rosa kofi hana ethan", org="sam",
  desc="How each team adopts v3; owners and dates.")
x("2026-05-27", "10:00", 60, "Referral programme – decision", "vp", "planning", "priya cfo devin alex", org="priya",
  desc="Fund it from the marketing budget or not.")
x("2026-05-28", "10:30", 60, "Growth weekly numbers deep dive", "manager", "paid", "ethan tyler nina jin",
  desc="Paid team's weekly: CPA by ad set, creative fatigue.")
x("2026-05-28", "13:00", 60, "Interview: Paid Search Specialist", "manager", "hiring", "chloe ethan", org="chloe")

# ---- cancelled / declined one-offs -----------------------------------------------------------------
x("2026-03-04", "16:00", 30, "Meta measurement study", "manager", "agency", "meta tyler", org="meta", me="DECLINED")
x("2026-04-09", "16:00", 60, "Creative sprint – Oddfellow", "manager", "creative", "odd lucy tyler", org="odd",
  status="CANCELLED")
x("2026-05-19", "16:00", 30, "Coffee w/ Farah", "director", "peer", "farah", status="CANCELLED")

# ---- after the span -----------------------------------------------------------------------------------
x("2026-06-02", "11:30", 60, "H2 kickoff – growth", "director", "planning", "rosa kofi hana ethan")

# ============================================================================================
# profile.yaml and README.md
# ============================================================================================
PROFILE = CAL.profile(aliases=f"maya@{DOMAIN}", function="marketing", promoted="2026-01-12",
                      manager="priya", directs=['rosa', 'kofi', 'hana', 'ethan'],
                      peers=['jordan', 'sam', 'lena'], hours=('08:30', '17:30'), target="0.30")

README = r'''# Development calendar: a Director of Growth Marketing (Google export)

@@about@@
| `generate.py` | writes every other file, byte-identically (stdlib only, fixed seed, `DTSTAMP:20260601T110000Z`); asserts that calendar UIDs and truth keys match and no line exceeds 75 octets. `--instances` prints the expanded instance set. |
| `calendar.ics` | Google Calendar export (`PRODID:-//Google Inc//Google Calendar 70.9054//EN`, UIDs `…@google.com`, one-offs in UTC, series in `America/New_York`, Meet blocks, rooms, groups). |
| `truth.csv` | `key,level,category,title`: one row per UID, plus `UID|RECURRENCE-ID` (UTC) rows for overrides that change what the meeting is. |
| `profile.yaml` | the leader (`level: director`, `function: marketing`). |
| `README.md` | this file (generated). |

@@span@@

## The leader

**Maya Castillo, Director of Growth Marketing at Kindred** (`kindred.example`, a consumer audiobook
subscription; New York; reports to the CMO, Priya Raman). She ran paid acquisition as its senior
manager and was promoted to Director on 12 January 2026, taking on Lifecycle & CRM (Rosa Delgado),
SEO & Content (Kofi Mensah) and Web Conversion (Hana Sato). Her old seat, Paid Acquisition Manager,
was open until Ethan Cho started on 6 April, so she kept running paid herself: the daily paid
stand-up, a weekly bids-and-budgets working session in the ad accounts, line-by-line creative
reviews, and weekly 1:1s with the two paid specialists.

- **W10–W12**: the paid manager in a director's calendar; hiring her replacement; Summer Listening
  launch planning starts (cross-team, led by product marketing).
- **W13**: conversion tracking breaks; she spends the week on bridges, SQL and campaign-by-campaign
  pause decisions. The worst week.
- **W14–W16**: Ethan starts (W15); the CMO's Q1 QBR, the marketing talent review, agency scope.
- **W17**: she hands over paid (the daily stand-up ends 24 April, the 1:1s with the specialists end,
  the creative review becomes a biweekly approval run by Ethan); a growth offsite.
- **W18–W19**: the launch crunch pulls her back down: email copy, landing-page QA, legal line
  edits, a launch-day war room.
- **W20–W22**: retro, H2 budget, a conference in Austin, FY27 planning with the CMO; Memorial Day
  and two days of PTO.

## Labelling principles

Levels are the level of the **work**, per PRODUCT.md. For a director: **below** = `ic` and
`manager`, **at** = `director`, **above** = `vp` and `executive`.

| level | in growth marketing | examples here |
|---|---|---|
| `ic` | doing the work: building audiences, changing bids, writing or line-editing copy, frame-by-frame creative comments, QA, debugging tracking, SQL, phone screens | Paid bids & budgets, Paid social creative review, Landing page QA, 🔥 Conversions not firing – debug, Tracking outage – bridge, Keyword mapping, Brand guidelines v3 – growth markup, Launch day war room 🚀 |
| `manager` | running one team's execution: its stand-up, its channel's agency status, one channel's creative approval, one team's test backlog, one launch's go/no-go for a channel, hiring ICs, recurring 1:1s with ICs two levels down | Paid daily, Web squad standup, SEO weekly, CRM calendar, Fieldwork weekly, Creative approval – paid, Tyler / Maya, Interview: Paid Social Specialist |
| `director` | running several teams' delivery: her staff and 1:1s with her managers, cross-channel metrics and experiment reviews, budget pacing, forecasts, cross-team launch planning and readiness, hiring managers, skip-levels, her own 1:1s with her manager and peers | Growth staff, Weekly growth metrics, Experiment review, Budget pacing, Summer Listening – launch planning / readiness review, Interview: Paid Acquisition Manager, Skip-level lunch, Priya / Maya |
| `vp` | building the marketing function: the CMO's staff and QBR, talent review, FY27 plan and budget ask, hiring a director, agency and platform contracts | Marketing leadership team, Marketing QBR – Q1, Talent review – marketing, FY27 marketing plan – kickoff, Fieldwork SOW Q3, Kitewire renewal – pricing |
| `executive` | the company: all-hands, board pack, pricing council, company strategy | Company all-hands, Board deck – marketing slides, Pricing test – annual plan promo, Company strategy – consumer bundles |
| `excluded` | not a meeting: lunch, focus, pickup, prep blocks alone, working location, holidays, PTO, the conference days | Lunch, Focus – no meetings, QBR prep, Home, Memorial Day, PTO |

Rules of thumb:

1. **Relative 1:1s.** A 1:1 with one of her directs, with her manager or with a peer director takes
   her level (`director`). A recurring 1:1 with an IC two levels down is `manager`. Skip-levels (a
   group lunch with the ICs, no managers) are `director`: the health of her organisation.
2. **Creative reviews split by how they are run.** Going through assets frame by frame and writing
   the comments is `ic`; approving a set a manager brings is `manager`; choosing the launch concept
   across channels with brand and PMM is `director`.
3. **Hiring at the level of the role's manager**: specialists `manager`, managers `director`, a
   director `vp`; phone screens `ic`; debriefs and offer approvals take the role's level.
4. **Agencies and vendors**: the weekly status call is `manager` (one channel's execution); the
   agency's quarterly performance review is `director`; scope, retainer, contract and founder
   relationship are `vp` (budget and vendors for the function).
5. **Generic titles** ("Sync", "Quick check", "Walkthrough", "Review", "Touch base", "Catch up") are
   labelled from attendees and description: with only the ICs it is their work (`ic` or `manager`),
   with a direct it is `director`, with the CMO and her peers it is `vp`.
6. **Incidents**: the bridges, debugging and writing the update are `ic`; the cross-team retro is
   `director`.
7. A block with no other attendee is `excluded`. Declined and cancelled meetings are still labelled.

## Judgement calls

- **Marketing leadership team (the CMO's staff) → `vp`**, not `director`: it is the function's
  leadership building the organisation of organisations; she is above her altitude there.
- **Launch go/no-go – paid & CRM → `manager`** (a release go/no-go for two channels); the all-teams
  **Launch go/no-go → `director`**.
- **Pricing test – annual plan promo → `executive`**: the pricing council decides price.
- **Dinner – Fieldwork (agency founder) → `vp`**: a vendor relationship for the function, after hours.
- **Audio Summit booth shift and panel → `ic`**: staffing a booth and speaking are doing the work.
- **Board deck – marketing slides → `executive`** even though she is drafting: the board.
- **Coaching (Claire) → `director`**: her own development for the director job.
- **The override "Paid bids & budgets – handover to Ethan"** keeps `ic`: the same working session.

@@counting@@
'''


if __name__ == "__main__":
    CAL.main(sys.argv[1:], __file__, PROFILE, README)
