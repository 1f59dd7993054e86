#!/usr/bin/env python3
"""Labelled development calendar for Altitude: a VP Operations at a three-plant manufacturer (Outlook export).

Denise Walker's people, three plants, meetings and story; each label written by hand, meeting by meeting,
from the altitude model in PRODUCT.md, without reading any rule file. Run, it writes calendar.ics,
truth.csv, org.csv, profile.yaml and README.md beside itself through ../calendar_writer.py, the same
bytes every time. Options: --instances prints the expanded instance set (UID|START|END|ALLDAY) instead.
"""
import datetime as dt
import os
import sys

sys.dont_write_bytecode = True     # no __pycache__ next to the labelled files
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import calendar_writer as cw       # noqa: E402  (Tests/Development/calendar_writer.py)
from calendar_writer import M, O, W       # noqa: E402

CAL = cw.Calendar(seed=20260316, flavour="outlook", home_tz="America/Chicago", dtstamp="20260601T130000Z",
                  span_start=dt.date(2026, 3, 2), span_end=dt.date(2026, 6, 1), leader_level="vp",
                  domain="ridgeway.example", me="denise")
DOMAIN, person, filler = CAL.domain, CAL.person, CAL.filler


# ---- the CEO chain and the executive team ---------------------------------------------------------
person("ceo", "Robert Hale", None)
person("ea", "Pam Kowalski", "ceo")                 # CEO's EA, also supports the ELT
person("denise", "Denise Walker", "ceo")            # VP Operations (the leader)
person("cfo", "Stephen Marsh", "ceo")
person("vpsales", "Angela Ruiz", "ceo")
person("vpeng", "Neil Sorensen", "ceo")
person("chro", "Tamika Hill", "ceo")
person("gc", "David Feld", "ceo")
person("opsea", "Joanne Pruitt", "denise")          # her admin
# ---- her directs ------------------------------------------------------------------------------------
person("mike", "Mike Brennan", "denise")            # Decatur: interim plant GM until 10 April, then ops manager again
person("aisha", "Aisha Grant", "denise")            # Decatur plant GM from 13 April
person("tom", "Tom Reyes", "denise")                # Fort Wayne plant GM
person("lisa", "Lisa Chen", "denise")               # Greenville plant GM
person("raj", "Raj Patel", "denise")                # Director, Supply Chain
person("helen", "Helen Novak", "denise")            # Director, Quality
person("greg", "Greg Olson", "denise")              # Director, EHS
# ---- Decatur (Mike ran operations; while he is interim GM the plant managers report to him) -----------
person("dec_ops", "Karen Schultz", "mike")          # Decatur production manager (acting ops manager)
person("dec_mnt", "Bill Hartman", "mike")           # Decatur maintenance manager
person("dec_qm", "Sandra Ortiz", "mike")            # Decatur plant quality manager
person("dec_hr", "Lamar Jackson", "mike")           # Decatur HR manager
person("dec_eng", "Phil Nakamura", "mike")          # Decatur manufacturing engineering manager
person("dec_ctl", "Beth Ann Carver", "mike")        # Decatur plant controller
person("dec_s1", "Jose Alvarado", "dec_ops")        # 1st shift supervisor
person("dec_s2", "Dwayne Porter", "dec_ops")        # 2nd shift supervisor
person("dec_s3", "Rita Sokol", "dec_ops")           # 3rd shift supervisor
person("dec_plan", "Ken Whitaker", "dec_ops")       # production planner
person("dec_ms", "Curtis Bell", "dec_mnt")          # maintenance supervisor
person("dec_mp", "Ellen Grady", "dec_mnt")          # maintenance planner
person("dec_qe", "Omar Sayed", "dec_qm")            # quality engineer
person("dec_ehs", "Nora Lindqvist", "dec_hr")       # EHS coordinator
person("dec_ci", "Sam Okafor", "dec_eng")           # CI engineer (kaizen lead)
filler("dec_tl", 6, "dec_s1")
filler("dec_op", 5, "dec_s2")
filler("dec_me", 3, "dec_eng")
filler("dec_tech", 3, "dec_ms")
# ---- Fort Wayne ---------------------------------------------------------------------------------
person("fw_ops", "Gary Dunlap", "tom")
person("fw_mnt", "Phyllis Grant", "tom")
person("fw_qm", "Victor Osei", "tom")
person("fw_hr", "Debra Kline", "tom")
person("fw_ctl", "Ian Moreland", "tom")
person("fw_s1", "Rick Pavlik", "fw_ops")
person("fw_s2", "Shawna Lee", "fw_ops")
person("fw_s3", "Marty Voss", "fw_ops")
person("fw_ms", "Len Hubbard", "fw_mnt")
person("fw_qe", "Tracy Ng", "fw_qm")
person("fw_ehs", "Carl Eby", "fw_hr")
filler("fw_tl", 5, "fw_s1")
filler("fw_op", 4, "fw_s2")
filler("fw_tech", 3, "fw_ms")
# ---- Greenville -----------------------------------------------------------------------------------
person("gv_ops", "Darius Young", "lisa")
person("gv_mnt", "Connie Fields", "lisa")
person("gv_qm", "Bobby Tran", "lisa")
person("gv_hr", "Michelle Adair", "lisa")
person("gv_ctl", "Frank Ibsen", "lisa")
person("gv_s1", "Tony Gaines", "gv_ops")
person("gv_s2", "Angela Pope", "gv_ops")
person("gv_ms", "Ray Dotson", "gv_mnt")
person("gv_qe", "Priya Iyer", "gv_qm")
person("gv_ehs", "Luke Barrett", "gv_hr")
filler("gv_tl", 5, "gv_s1")
filler("gv_op", 4, "gv_s2")
filler("gv_tech", 2, "gv_ms")
# ---- supply chain, quality, EHS -------------------------------------------------------------------
person("sc_buy", "Julie Hammond", "raj")            # purchasing manager
person("sc_log", "Tony Russo", "raj")               # logistics manager
person("sc_dp", "Wen Li", "raj")                    # demand & S&OP planning manager
person("sc_mat", "Oscar Reyna", "raj")              # materials manager
filler("sc_buyer", 4, "sc_buy")
filler("sc_logx", 3, "sc_log")
filler("sc_planner", 3, "sc_dp")
person("q_sqm", "Irene Baptiste", "helen")          # supplier quality manager
person("q_sys", "Howard Glenn", "helen")            # quality systems manager
person("q_cq", "Natalie Brooks", "helen")           # customer quality manager
person("q_ci", "Eddie Romero", "helen")             # continuous improvement lead
filler("q_sqe", 3, "q_sqm")
filler("q_cqe", 2, "q_cq")
person("ehs_mgr", "Sharon Quist", "greg")
filler("ehs_sp", 2, "ehs_mgr")
# ---- elsewhere in the company ---------------------------------------------------------------------
person("fpa", "Nadia Kerr", "cfo")                  # FP&A director
person("opsfin", "Jason Whitley", "fpa")            # ops finance manager
filler("fpa_an", 3, "fpa")
person("acct", "Diane Morrow", "cfo")
filler("acct_x", 3, "acct")
person("sales_dir", "Chris Lambert", "vpsales")     # sales director, key accounts
person("cs_mgr", "Helena Ruiz", "vpsales")          # customer service manager
filler("sales_x", 5, "sales_dir")
filler("cs_x", 3, "cs_mgr")
person("eng_dir", "Paul Becker", "vpeng")
filler("eng_x", 5, "eng_dir")
person("lr", "Walt Simmons", "chro")                # labor relations manager
person("hrbp", "Gina Foster", "chro")               # ops HR business partner
person("ta", "Kara Lindley", "chro")                # talent acquisition
filler("hr_x", 3, "chro")
person("counsel", "Ruth Kim", "gc")
filler("it_x", 4, "ceo")
# ---- outside ---------------------------------------------------------------------------------------
person("usw1", "Frank Dorsey", None, "fdorsey@usw-local1147.example")     # union local president
person("usw2", "Betty Malone", None, "bmalone@usw-local1147.example")     # union bargaining committee
person("titan", "Mark Holloway", None, "mark.holloway@titanpumps.example")  # customer VP supply chain
person("titanq", "Jenna Cross", None, "jenna.cross@titanpumps.example")     # customer quality manager
person("castco", "Ron Meeks", None, "rmeeks@castco-foundry.example")       # supplier, castings
person("steel", "Ana Flores", None, "aflores@midwest-steel.example")       # supplier, bar stock
person("kmc", "Greg Hanley", None, "ghanley@kmc-automation.example")       # capex vendor, line 4
person("board1", "Elaine Forsythe", None, "elaine@forsythe-capital.example")
person("board2", "Martin Quaid", None, "mquaid@quaid-partners.example")
person("cand1", "Aisha Grant", None, "aisha.grant.ops@mailbox.example")    # Decatur GM candidate
person("cand2", "Peter Lowe", None, "peter.lowe.mfg@mailbox.example")      # Decatur GM candidate
person("cand3", "Luz Carranza", None, "luz.carranza@mailbox.example")      # shift supervisor candidate
person("osha", "Insp. Dale Rich", None, "dale.rich@osha-region4.example")
person("coach", "Marian Holt", None, "marian@holt-leadership.example")
CAL.groups = {"dec": ("Decatur – all employees", f"decatur-all@{DOMAIN}"),
          "fw": ("Fort Wayne – all employees", f"fortwayne-all@{DOMAIN}"),
          "all": ("Ridgeway – all employees", f"all@{DOMAIN}")}
CAL.rooms = {k: (cn, f"{k}@{DOMAIN}") for k, cn in [
    ("hq-board", "HQ Boardroom (16)"), ("hq-ops", "HQ Ops Conf Rm 3 (8)"), ("dec-conf", "Decatur Main Conf Rm (12)"),
    ("dec-floor", "Decatur Production Office"), ("fw-conf", "Fort Wayne Training Rm (30)")]}

# ============================================================================================
# Recurring series (Central time; the Fort Wayne and Greenville plants run on Eastern)
# ============================================================================================
series, x, allday = CAL.series, CAL.x, CAL.allday
DIRECTS_ALL = ["mike", "tom", "lisa", "raj", "helen", "greg"]
ELT = ["ceo", "cfo", "vpsales", "vpeng", "chro", "gc", "denise"]
ET = "America/New_York"

# ---- the company (executive) ------------------------------------------------------------------------
series("ELT weekly", "executive", "exec-staff", "2026-01-05 08:00", "2026-01-05 10:00", W("MO"),
       org="ea", att=ELT, rooms=["hq-board"], desc="Executive leadership team. Agenda in the ELT channel.",
       exdates=["2026-05-25 08:00"],
       overrides=[O("2026-03-16 08:00", me="DECLINED"), O("2026-04-20 08:00", "2026-04-21 15:00", "2026-04-21 17:00")])
series("Executive S&OP", "executive", "s-and-op", "2026-01-21 13:00", "2026-01-21 15:00", M("3WE"),
       org="ea", att=ELT + ["raj", "sc_dp", "fpa", "sales_dir"], rooms=["hq-board"],
       desc="Monthly executive S&OP: demand vs supply, financial reconciliation, decisions.")
series("Capex committee", "executive", "capex", "2026-01-08 10:00", "2026-01-08 11:00", M("2TH"),
       org="cfo", att=["cfo", "ceo", "denise", "vpeng", "fpa"], rooms=["hq-board"],
       desc="Company capital allocation: projects over $250k.")
series("Town hall", "executive", "all-hands", "2026-01-29 11:00", "2026-01-29 12:00", M("-1TH"),
       org="ea", att=["ceo"], groups=["all"], desc="Quarterly results, safety moment, Q&A.",
       overrides=[O("2026-04-30 11:00", me="TENTATIVE")])

# ---- her organisation (vp) ----------------------------------------------------------------------------
series("Ops Staff", "vp", "staff", "2026-01-06 08:00", "2026-01-06 09:30", W("TU", until="2026-04-12"),
       att=DIRECTS_ALL, rooms=["hq-ops"], desc="Operations leadership. Safety first, then KPIs, people, decisions.")
series("Ops Staff", "vp", "staff", "2026-04-14 08:00", "2026-04-14 09:30", W("TU"),
       att=["aisha", "tom", "lisa", "raj", "helen", "greg"], rooms=["hq-ops"],
       desc="Operations leadership. Safety first, then KPIs, people, decisions.",
       overrides=[O("2026-05-26 08:00", "2026-05-27 08:00", "2026-05-27 09:30")])
series("Ops monthly business review", "vp", "business-review", "2026-02-05 13:00", "2026-02-05 16:00", M("1TH"),
       att=DIRECTS_ALL + ["opsfin", "hrbp"], rooms=["hq-ops"],
       desc="Each plant and function presents the month: safety, quality, delivery, cost, people.",
       overrides=[O("2026-05-07 13:00", add=["aisha"])])
series("Safety leadership council", "vp", "safety", "2026-01-12 13:00", "2026-01-12 14:30", M("2MO"),
       org="greg", att=["greg", "denise", "mike", "tom", "lisa", "ehs_mgr", "hrbp"],
       desc="Serious-injury prevention programme, leading indicators, EHS standards across plants.")
series("Denise / Robert", "vp", "one-on-one", "2026-01-09 14:00", "2026-01-09 14:45", W("FR", interval=2),
       org="ceo", att=["ceo", "denise"], exdates=["2026-04-03 14:00"])
series("Denise / Stephen", "vp", "peer", "2026-01-13 15:30", "2026-01-13 16:00", W("TU", interval=2),
       org="cfo", att=["cfo", "denise"])
series("Ops / HR", "vp", "peer", "2026-01-15 15:30", "2026-01-15 16:00", W("TH", interval=2),
       org="chro", att=["chro", "denise", "hrbp"])
series("Sales & Ops alignment", "vp", "peer", "2026-01-07 16:00", "2026-01-07 16:30", M("1WE"),
       org="vpsales", att=["vpsales", "denise"])
series("1:1 Tom", "vp", "one-on-one", "2026-01-06 10:00", "2026-01-06 10:45", W("TU"), tz=ET,
       org="tom", att=["tom", "denise"], exdates=["2026-03-17 10:00"])
series("1:1 Lisa", "vp", "one-on-one", "2026-01-07 09:00", "2026-01-07 09:45", W("WE"), tz=ET,
       att=["lisa"], overrides=[O("2026-04-22 09:00", "2026-04-22 16:00", "2026-04-22 16:45", desc="In person at Greenville.")])
series("1:1 Raj", "vp", "one-on-one", "2026-01-08 11:00", "2026-01-08 11:45", W("TH"), att=["raj"],
       exdates=["2026-05-28 11:00"])
series("1:1 Helen", "vp", "one-on-one", "2026-01-09 11:00", "2026-01-09 11:45", W("FR"), att=["helen"],
       overrides=[O("2026-05-08 11:00", title="Helen – Titan escape plan", level="director", cat="quality",
                    add=["q_cq", "dec_qm"],
                    desc="Use the 1:1 for the containment plan: sort locations, lots, customer comms.")])
series("1:1 Greg", "vp", "one-on-one", "2026-01-12 15:00", "2026-01-12 15:30", W("MO", interval=2), att=["greg"],
       exdates=["2026-04-20 15:00"])
series("Mike / Denise", "vp", "one-on-one", "2026-01-05 16:00", "2026-01-05 16:30", W("MO", until="2026-04-06"),
       att=["mike"], desc="Interim GM check-in.")
series("1:1 Aisha", "vp", "one-on-one", "2026-04-13 16:00", "2026-04-13 17:00", W("MO"), att=["aisha"],
       exdates=["2026-05-25 16:00"], desc="Weekly 1:1. 90-day plan in the doc.")
series("Coaching – Marian", "vp", "coaching", "2026-01-16 07:00", "2026-01-16 08:00", W("FR", interval=2),
       org="coach", att=["coach", "denise"], online=False, loc="Phone")
series("Fort Wayne CBA negotiations", "vp", "labor-relations", "2026-03-19 13:00", "2026-03-19 16:00",
       W("TH", until="2026-04-23"), tz=ET, org="lr",
       att=["lr", "chro", "denise", "tom", "fw_hr", "usw1", "usw2"], rooms=["fw-conf"],
       desc="Bargaining sessions, USW Local 1147 contract (expires 30 April).",
       overrides=[O("2026-04-16 13:00", me="DECLINED")])

# ---- director level: several teams' delivery --------------------------------------------------------------
series("Plant performance review", "director", "plant-review", "2026-01-07 10:00", "2026-01-07 11:30", W("WE"),
       att=["mike", "tom", "lisa", "raj", "helen"], desc="Weekly KPIs by plant: OEE, scrap, OTD, overtime, backlog.",
       overrides=[O("2026-04-15 10:00", add=["aisha"]), O("2026-05-20 10:00", status="CANCELLED")])
series("S&OP – supply review", "director", "s-and-op", "2026-01-14 13:00", "2026-01-14 15:00", M("2WE"),
       org="raj", att=["raj", "denise", "sc_dp", "mike", "tom", "lisa", "opsfin"],
       desc="Constrained supply plan by plant and product family before the executive S&OP.")
series("Supplier review", "director", "supplier", "2026-01-09 09:00", "2026-01-09 10:00", W("FR", interval=2),
       org="helen", att=["helen", "denise", "raj", "q_sqm", "sc_buy"],
       desc="Supplier scorecards: PPM, on-time, open SCARs.")
series("Line 4 capacity project", "director", "capacity", "2026-01-15 10:00", "2026-01-15 11:00", W("TH", interval=2),
       org="dec_eng", att=["dec_eng", "denise", "mike", "raj", "opsfin", "kmc"],
       desc="Decatur Line 4 expansion: schedule, budget, equipment, hiring.")

series("Supply chain weekly", "director", "supply-chain", "2026-01-05 13:00", "2026-01-05 14:00", W("MO"),
       org="raj", att=["raj", "denise", "sc_buy", "sc_log", "sc_dp", "sc_mat"],
       desc="Raj's team: shortages, expedites, freight, inventory vs target.",
       exdates=["2026-05-25 13:00"], overrides=[O("2026-03-16 13:00", me="DECLINED")])
series("Quality weekly", "director", "quality", "2026-01-07 14:00", "2026-01-07 15:00", W("WE"),
       org="helen", att=["helen", "denise", "q_sqm", "q_sys", "q_cq", "dec_qm", "fw_qm", "gv_qm"],
       desc="Customer complaints, escapes, internal PPM by plant, audits.",
       overrides=[O("2026-03-18 14:00", me="DECLINED"), O("2026-04-22 14:00", me="DECLINED")])
series("Customer escalations", "director", "customer", "2026-01-09 13:00", "2026-01-09 13:45", W("FR"),
       org="cs_mgr", att=["cs_mgr", "sales_dir", "denise", "q_cq", "sc_log"],
       desc="Late orders and quality complaints by customer: owner, recovery date.",
       exdates=["2026-04-03 13:00"])
series("Maintenance review – all plants", "director", "maintenance", "2026-01-08 08:00", "2026-01-08 09:00",
       W("TH", interval=2), att=["dec_mnt", "fw_mnt", "gv_mnt", "mike", "tom", "lisa"],
       desc="Cross-plant: PM compliance, critical spares, big repairs.")
series("GM huddle", "vp", "team", "2026-01-05 10:30", "2026-01-05 11:00", W("MO"), att=["mike", "tom", "lisa"],
       desc="The GMs: one thing each plant needs from the others.",
       exdates=["2026-03-16 10:30", "2026-05-25 10:30"],
       overrides=[O("2026-04-13 10:30", add=["aisha"])])
series("Ops finance review", "vp", "budget", "2026-01-20 10:00", "2026-01-20 11:30", M("3TU"),
       org="opsfin", att=["opsfin", "denise", "fpa"], desc="Ops P&L vs budget: labour, scrap, freight, capex spend.")
series("Aisha – end of week", "vp", "onboarding", "2026-04-17 15:00", "2026-04-17 15:30", W("FR", count=6),
       att=["aisha"], desc="First six weeks.")

# ---- below: running the Decatur plant herself (until the new GM starts) ----------------------------------
series("Decatur daily production meeting", "manager", "production", "2026-01-05 07:00", "2026-01-05 07:30",
       W(["MO", "TU", "WE", "TH", "FR"], until="2026-04-10"), org="mike",
       att=["mike", "denise", "dec_ops", "dec_mnt", "dec_qm", "dec_s1", "dec_plan"], rooms=["dec-floor"],
       desc="Tier 2: yesterday's output by line, downtime, scrap, staffing, today's priorities.",
       exdates=["2026-04-03 07:00"],
       overrides=[O("2026-03-17 07:00", me="DECLINED"), O("2026-03-18 07:00", me="DECLINED")])
series("Shift handover – Decatur", "manager", "shift", "2026-01-06 14:45", "2026-01-06 15:15", W(["TU", "TH"], until="2026-04-09"),
       org="dec_s1", att=["dec_s1", "dec_s2", "denise", "dec_plan"], online=False, loc="Line 2 board",
       desc="1st → 2nd shift handover at the board.")
series("Decatur maintenance planning", "manager", "maintenance", "2026-01-09 08:00", "2026-01-09 09:00",
       W("FR", until="2026-04-10"), org="dec_mnt", att=["dec_mnt", "denise", "dec_ms", "dec_mp", "dec_plan"],
       desc="Next week's PM schedule, backlog, parts, contractor windows.", exdates=["2026-04-03 08:00"])
series("Decatur labor plan", "manager", "labor", "2026-01-08 09:30", "2026-01-08 10:30", W("TH", until="2026-04-09"),
       org="dec_ops", att=["dec_ops", "denise", "dec_hr", "dec_s1", "dec_s2", "dec_s3"],
       desc="Next week's crewing by line and shift, overtime, temps, absenteeism.")
series("Gemba – Decatur", "manager", "gemba", "2026-01-05 09:30", "2026-01-05 10:15", W(["MO", "WE"], until="2026-04-08"),
       att=["dec_s1", "dec_ci"], online=False, loc="Decatur floor", desc="Walk the lines with the 1st shift supervisor.",
       overrides=[O("2026-03-18 09:30", status="CANCELLED")])

# ---- excluded ----------------------------------------------------------------------------------------
series("Lunch", "excluded", "personal", "2026-01-05 12:00", "2026-01-05 12:30", W(["MO", "TU", "WE", "TH", "FR"]),
       transp="TRANSPARENT", private=True)
series("Drive Chicago → Decatur", "excluded", "travel", "2026-01-05 05:00", "2026-01-05 06:45",
       W("MO", until="2026-04-06"), desc="I-55.", exdates=["2026-03-16 05:00"])
series("Drive Decatur → Chicago", "excluded", "travel", "2026-01-07 16:30", "2026-01-07 18:15",
       W("WE", until="2026-04-08"), exdates=["2026-03-18 16:30"])
series("Block – email", "excluded", "focus", "2026-01-06 16:00", "2026-01-06 17:00", W(["TU", "TH"]))

# ============================================================================================
# One-offs, week by week
# ============================================================================================
x("2026-01-05", "10:30", 60, "VP Ops – transition plan", "vp", "planning", "ceo chro", org="ceo")

# ---- W10 (2 March): the VP who is still the Decatur GM ----------------------------------------------------
x("2026-03-02", "13:00", 60, "Sync", "manager", "production", "dec_s2 dec_s3",
  desc="2nd/3rd shift – why Line 3 keeps missing rate at night", loc="Decatur floor")
x("2026-03-03", "13:00", 60, "Decatur GM search – intake", "vp", "hiring", "ta chro", org="ta",
  desc="Role profile, comp, search firm or internal slate.")
x("2026-03-04", "13:30", 90, "Line 2 changeover – root cause", "ic", "production", "dec_ci dec_me1 dec_s1",
  desc="Stopwatch the changeover together, map the steps.", loc="Line 2")
x("2026-03-05", "13:00", 60, "Quick check", "manager", "maintenance", "dec_ms",
  desc="Press 7 hydraulic leak – run or pull it this weekend?")
x("2026-03-05", "14:00", 60, "FY26 Q1 forecast – ops cost", "vp", "budget", "cfo fpa opsfin", org="fpa")
x("2026-03-06", "10:00", 60, "Greenville – scrap trend", "director", "plant-review", "lisa gv_ops gv_qm", org="lisa")
x("2026-03-06", "13:00", 45, "Interview: 3rd shift supervisor – Luz Carranza", "manager", "hiring", "cand3 dec_ops dec_hr",
  org="dec_hr", loc="Decatur Main Conf Rm")

# ---- W11 (9 March) -----------------------------------------------------------------------------------
x("2026-03-09", "13:00", 60, "Walkthrough", "manager", "production", "dec_s1 dec_s3", loc="Decatur floor",
  desc="New 5S layout on the packing cell")
x("2026-03-10", "10:30", 90, "Capex FY27 – ops long list", "vp", "capex", "mike tom lisa raj helen opsfin",
  rooms=["hq-ops"], desc="Rank every plant's capex asks against the ops strategy before the committee.")
x("2026-03-10", "15:00", 60, "Steel surcharge – Midwest Steel", "director", "supplier", "steel raj sc_buy", org="sc_buy")
x("2026-03-11", "13:00", 60, "Union prep – Fort Wayne", "vp", "labor-relations", "lr chro tom fw_hr", org="lr",
  desc="Bargaining strategy, mandate, strike contingency.")
x("2026-03-12", "13:00", 60, "Interview: Decatur Plant Manager – Peter Lowe", "vp", "hiring", "cand2 ta", org="ta")
x("2026-03-13", "09:30", 60, "Decatur scrap – part by part", "ic", "quality", "dec_qe dec_qm",
  desc="Go through last week's scrap tags one by one.", loc="Quality lab")
x("2026-03-13", "13:00", 60, "Succession – plant leaders", "vp", "talent", "chro hrbp", org="chro")

# ---- W12 (16 March): Fort Wayne visit ------------------------------------------------------------------------
allday("2026-03-17", 2, "Fort Wayne visit", cat="travel", transp="TRANSPARENT")
x("2026-03-16", "07:00", 150, "Drive to Fort Wayne", "excluded", "travel", "")
x("2026-03-16", "11:00", 120, "Fort Wayne plant review", "director", "plant-review", "tom fw_ops fw_mnt fw_qm fw_ctl",
  tz=ET, rooms=["fw-conf"], desc="Tom's team walks through KPIs, projects, backlog.")
x("2026-03-16", "14:00", 90, "Plant tour – Fort Wayne", "manager", "plant-visit", "tom fw_ops fw_s1", tz=ET, online=False,
  loc="Fort Wayne floor")
x("2026-03-17", "06:30", 30, "Town hall – 1st shift", "vp", "all-hands", "tom", groups=["fw"], tz=ET, online=False,
  loc="Fort Wayne cafeteria", desc="Meet the plant: contract talks, safety, Q&A.")
x("2026-03-17", "14:30", 30, "Town hall – 2nd shift", "vp", "all-hands", "tom", groups=["fw"], tz=ET, online=False,
  loc="Fort Wayne cafeteria")
x("2026-03-17", "09:00", 90, "Skip-level – FW supervisors", "vp", "skip-level", "fw_s1 fw_s2 fw_s3 fw_ms", tz=ET,
  online=False, loc="Fort Wayne training room", desc="No managers. What gets in your way?")
x("2026-03-17", "11:00", 60, "Fort Wayne – union steward lunch", "vp", "labor-relations", "usw2 fw_hr", tz=ET, online=False,
  loc="Cafeteria")
x("2026-03-17", "18:00", 120, "Dinner – FW leadership team", "vp", "team", "tom fw_ops fw_mnt fw_qm fw_hr fw_ctl", tz=ET,
  online=False, loc="Don Hall's")
x("2026-03-18", "08:00", 90, "Press line rebuild – capex detail", "director", "capex", "tom fw_mnt fw_ctl kmc", tz=ET,
  rooms=["fw-conf"])
x("2026-03-18", "10:00", 60, "Shift handover – FW", "manager", "shift", "fw_s3 fw_s1", tz=ET, online=False, loc="Press line")
x("2026-03-18", "13:00", 150, "Drive back", "excluded", "travel", "", tz=ET)

# ---- W13 (23 March) ------------------------------------------------------------------------------------
x("2026-03-23", "13:00", 60, "Interview: Decatur Plant Manager – Aisha Grant", "vp", "hiring", "cand1 ta", org="ta")
x("2026-03-24", "10:00", 60, "Ops budget FY27 – principles", "vp", "budget", "opsfin fpa raj helen", rooms=["hq-ops"])
x("2026-03-24", "13:00", 60, "Quick check", "manager", "labor", "dec_s3",
  desc="3rd shift overtime – who's over 60 hours")
x("2026-03-25", "13:00", 60, "Castco foundry – porosity", "director", "supplier", "castco helen q_sqm raj", org="q_sqm",
  desc="Supplier escalation: casting porosity rejects at Decatur and Greenville.")
x("2026-03-26", "09:30", 60, "Decatur labor plan – Q2 temps", "manager", "labor", "dec_ops dec_hr",
  desc="Temp agency headcount for Q2 peaks.")
x("2026-03-27", "13:00", 60, "Panel debrief – Decatur Plant Manager", "vp", "hiring", "ta chro mike helen", org="ta")
x("2026-03-27", "15:00", 60, "Ops org design – plant support functions", "vp", "org-design", "chro hrbp", org="chro",
  desc="Do plant quality and HR report to the GM or to the functions?")

# ---- W14 (30 March): Decatur kaizen week --------------------------------------------------------------------
allday("2026-04-03", 1, "Good Friday – plant shutdown", cat="holiday", transp="TRANSPARENT")
x("2026-03-30", "10:30", 180, "Kaizen – Line 2 changeover (day 1)", "ic", "kaizen", "dec_ci dec_s1 dec_me1 dec_tl1 dec_tl2",
  loc="Line 2", desc="On the floor: video the changeover, spaghetti diagram, first trial.")
x("2026-03-31", "10:00", 120, "Kaizen – Line 2 changeover (day 2)", "ic", "kaizen", "dec_ci dec_s1 dec_me1 dec_tl1 dec_tl2",
  loc="Line 2")
x("2026-04-01", "10:30", 60, "Offer approval – Decatur Plant Manager", "vp", "hiring", "ta chro ceo", org="ta")
x("2026-04-01", "13:00", 60, "Sync", "vp", "team", "tom lisa mike",
  desc="GMs only: how we share maintenance techs across plants")
x("2026-04-02", "13:00", 60, "Kaizen report-out – Line 2", "manager", "kaizen", "dec_ci dec_s1 dec_ops dec_tl1 mike",
  loc="Line 2 board")
x("2026-04-02", "14:30", 60, "Q1 board pack – operations section", "executive", "board", "cfo ceo", org="cfo")

# ---- W15 (6 April): Mike's last week as interim GM ---------------------------------------------------------------
x("2026-04-06", "13:00", 60, "Decatur handover plan", "vp", "onboarding", "mike chro",
  desc="What Aisha owns from day 1; Mike back to operations manager.")
x("2026-04-07", "10:00", 90, "Q2 plant targets", "vp", "planning", "mike tom lisa opsfin", rooms=["hq-ops"])
x("2026-04-07", "14:00", 60, "Walkthrough", "manager", "production", "dec_s2", loc="Line 3",
  desc="Night-shift scrap bins")
x("2026-04-08", "11:00", 60, "Freight contract RFP", "director", "logistics", "raj sc_log sc_buy")
x("2026-04-09", "10:30", 60, "Titan Pumps – QBR", "director", "customer", "sales_dir titanq q_cq cs_mgr", org="sales_dir")
x("2026-04-09", "13:00", 60, "Labor relations – last offer", "vp", "labor-relations", "lr chro cfo tom", org="chro",
  desc="Mandate for the final offer at Fort Wayne.")
x("2026-04-10", "10:00", 60, "Decatur – send-off for Mike's interim stint 🍕", "manager", "team", "mike dec_ops dec_s1 dec_s2 dec_mnt",
  loc="Break room")

# ---- W16 (13 April): Aisha starts; board -------------------------------------------------------------------------
x("2026-04-13", "07:30", 60, "Welcome Aisha – Decatur", "vp", "onboarding", "aisha mike", loc="Decatur",
  desc="Intro to the plant leadership team.")
x("2026-04-13", "10:00", 120, "Decatur deep dive with Aisha", "vp", "onboarding", "aisha mike dec_mnt dec_qm dec_ctl",
  rooms=["dec-conf"])
x("2026-04-14", "13:00", 60, "Board prep – ops", "executive", "board", "ceo cfo", org="ceo")
x("2026-04-15", "13:00", 60, "Capex – Line 4 business case", "vp", "capex", "dec_eng opsfin aisha raj",
  desc="Approve the case before it goes to the committee.")
x("2026-04-16", "08:00", 240, "Board meeting – Q1", "executive", "board", "ceo cfo vpsales vpeng chro gc board1 board2",
  org="ea", rooms=["hq-board"])
x("2026-04-17", "10:00", 60, "Safety – Q1 trends", "vp", "safety", "greg ehs_mgr", org="greg")

# ---- W17 (20 April): Greenville injury and visit ---------------------------------------------------------------------
x("2026-04-20", "06:15", 60, "Incident call – Greenville forklift injury", "ic", "incident", "lisa greg gv_ops gv_ehs gv_s1",
  org="greg", desc="Operator pinned by forklift, taken to hospital. Scene, witnesses, first report.")
x("2026-04-20", "11:00", 45, "Greenville incident – update", "ic", "incident", "lisa greg gv_ehs", org="greg")
x("2026-04-20", "14:00", 45, "OSHA reporting – counsel", "vp", "safety", "gc counsel greg", org="counsel")
x("2026-04-21", "08:00", 60, "Greenville incident – update", "ic", "incident", "lisa greg gv_ehs", org="greg")
x("2026-04-21", "10:00", 60, "Sync", "executive", "incident", "ceo gc chro",
  desc="Greenville injury – what we tell the board and employees")
allday("2026-04-22", 2, "Greenville", cat="travel", transp="TRANSPARENT")
x("2026-04-22", "06:40", 130, "AA 3378 ORD → GSP", "excluded", "travel", "", tz="America/Chicago", end_tz=ET)
x("2026-04-22", "11:00", 120, "Incident investigation – forklift", "director", "safety", "lisa greg gv_ops gv_ehs gv_s1 ehs_mgr",
  tz=ET, online=False, loc="Greenville conf room", desc="Root cause, corrective actions, traffic plan.")
x("2026-04-22", "13:30", 90, "Floor walk – traffic lanes", "manager", "safety", "gv_ops gv_s1 gv_ehs", tz=ET, online=False,
  loc="Greenville floor")
x("2026-04-23", "07:00", 60, "Safety stand-down – all shifts", "vp", "safety", "lisa greg gv_ops", tz=ET, online=False,
  loc="Greenville warehouse", desc="Denise speaks to the plant.")
x("2026-04-23", "09:00", 90, "Greenville plant review", "director", "plant-review", "lisa gv_ops gv_mnt gv_qm gv_ctl", tz=ET,
  online=False, loc="Greenville conf room")
x("2026-04-23", "15:10", 125, "AA 3411 GSP → ORD", "excluded", "travel", "", tz=ET, end_tz="America/Chicago")
x("2026-04-24", "10:00", 60, "Serious injury prevention – forklifts", "vp", "safety", "greg lisa tom aisha ehs_mgr",
  desc="A standard for all three plants.")

# ---- W18 (27 April): the contract --------------------------------------------------------------------------------
x("2026-04-27", "13:00", 90, "CBA – final session", "vp", "labor-relations", "lr chro tom fw_hr usw1 usw2", tz=ET,
  org="lr", rooms=["fw-conf"])
x("2026-04-28", "10:30", 60, "Tentative agreement – costing", "vp", "budget", "opsfin lr tom cfo", org="opsfin")
x("2026-04-29", "13:00", 60, "Supply chain org – planners", "vp", "org-design", "raj chro hrbp",
  desc="Centralise plant planners under Raj?")
x("2026-04-29", "15:00", 45, "Skip-level: Karen", "vp", "skip-level", "dec_ops",
  desc="Decatur production manager – how's the change with Aisha")
x("2026-04-30", "13:00", 60, "Ratification – contingency call", "vp", "labor-relations", "lr chro tom", tz=ET, org="lr")
x("2026-05-01", "10:00", 90, "Line 4 – equipment FAT", "ic", "capacity", "dec_eng kmc dec_me1",
  loc="KMC Automation, Peoria", desc="Factory acceptance test: run the cell, check cycle times.")

# ---- W19 (4 May): the Titan escape ---------------------------------------------------------------------------------
x("2026-05-05", "07:30", 60, "🔴 Titan – cracked housings", "ic", "quality", "helen q_cq dec_qm aisha sales_dir",
  org="helen", desc="Titan found cracked valve housings at their line. Lots, photos, first containment.")
x("2026-05-05", "13:00", 60, "Containment call", "ic", "quality", "helen q_cq dec_qm dec_qe aisha sc_log", org="q_cq",
  desc="Sort teams, third-party sorters at Titan, lots in transit.")
x("2026-05-06", "07:30", 45, "Containment call", "ic", "quality", "helen q_cq dec_qm dec_qe aisha sc_log", org="q_cq")
x("2026-05-06", "10:00", 120, "Sorting – warehouse stock", "ic", "quality", "dec_qe dec_tl3 dec_op2",
  loc="Decatur warehouse", desc="Hands-on: dye-penetrant on 400 housings.")
x("2026-05-06", "15:00", 45, "Call: Mark Holloway (Titan VP Supply Chain)", "vp", "customer", "titan vpsales helen", org="vpsales")
x("2026-05-07", "07:30", 45, "Containment call", "ic", "quality", "helen q_cq dec_qm dec_qe aisha sc_log", org="q_cq")
x("2026-05-08", "07:30", 45, "Containment call", "ic", "quality", "helen q_cq dec_qm dec_qe aisha sc_log", org="q_cq")
x("2026-05-08", "14:00", 60, "Titan escape – exec update", "executive", "quality", "ceo cfo vpsales gc", org="ceo",
  desc="Revenue at risk, warranty reserve, board note.")

# ---- W20 (11 May) ---------------------------------------------------------------------------------------------------
x("2026-05-11", "10:00", 90, "8D review – Titan housings", "director", "quality", "helen q_cq dec_qm dec_eng aisha castco",
  org="helen", desc="D4 root cause (casting porosity at Castco) and D5 actions.")
x("2026-05-11", "13:00", 60, "8D report – edit pass", "ic", "quality", "q_cq", desc="Line-by-line edit of the 8D before it goes to Titan.")
x("2026-05-12", "13:00", 60, "Castco – supplier corrective action", "director", "supplier", "castco helen q_sqm raj sc_buy",
  org="q_sqm")
x("2026-05-13", "13:00", 60, "Titan – executive meeting", "vp", "customer", "titan titanq vpsales helen", org="vpsales",
  loc="Titan Pumps, Milwaukee", online=False)
x("2026-05-14", "13:00", 60, "Second source – castings", "vp", "supplier", "raj helen cfo",
  desc="Dual-source decision and budget.")
x("2026-05-15", "09:00", 60, "Quick check", "manager", "quality", "dec_s1 dec_s2",
  desc="Are the new inspection steps holding on both shifts?")

# ---- W21 (18 May): FY27 ---------------------------------------------------------------------------------------------
x("2026-05-18", "13:00", 120, "FY27 ops budget – plant reviews", "vp", "budget", "aisha tom lisa raj helen greg opsfin",
  rooms=["hq-ops"])
x("2026-05-19", "10:00", 120, "Ops talent review", "vp", "talent", "aisha tom lisa raj helen greg chro hrbp", rooms=["hq-ops"],
  desc="Calibration and succession for plant leadership.")
x("2026-05-20", "09:00", 180, "Company strategy offsite – manufacturing footprint", "executive", "strategy",
  "ceo cfo vpsales vpeng chro gc", org="ceo", online=False, loc="Hotel Lincoln", desc="Project Keel: a fourth plant or a buy?")
x("2026-05-21", "10:00", 60, "Project Keel – diligence", "executive", "m-and-a", "cfo gc", org="cfo",
  desc="Confidential. Target plant operations review.")
x("2026-05-22", "13:00", 60, "Walkthrough", "vp", "skip-level", "dec_s1 dec_s2 dec_s3 dec_ms", loc="Decatur",
  desc="Skip-level with Decatur supervisors after Aisha's first 30 days: walk and talk.")

# ---- W22 (25 May): Memorial Day -----------------------------------------------------------------------------------
allday("2026-05-25", 1, "Memorial Day", cat="holiday", transp="TRANSPARENT")
x("2026-05-26", "10:00", 60, "Decatur 30/60/90 review", "vp", "onboarding", "aisha chro")
x("2026-05-26", "13:00", 60, "Summer shutdown plan – all plants", "director", "maintenance", "aisha tom lisa dec_mnt fw_mnt gv_mnt",
  desc="Maintenance shutdown windows across plants, contractors, inventory build.")
x("2026-05-27", "13:00", 60, "Labor plan – summer peaks", "director", "labor", "aisha tom lisa hrbp",
  desc="Overtime and temp policy across the plants.")
x("2026-05-28", "09:00", 60, "Line 4 – go-live readiness", "director", "capacity", "aisha dec_eng raj dec_qm kmc", org="dec_eng")
x("2026-05-28", "14:00", 60, "Investor call – ops", "executive", "investors", "cfo ceo", org="cfo",
  desc="Lender update: capex and margin bridge.")
x("2026-05-29", "10:00", 45, "Sync", "director", "supplier", "raj helen q_sqm",
  desc="Castco recovery plan status")

# ---- more one-offs --------------------------------------------------------------------------------
x("2026-04-14", "10:00", 60, "Sync", "manager", "production", "dec_s1 dec_s2",
  desc="Line 3 rate – the new fixture from Friday", loc="Decatur floor")
x("2026-04-15", "15:00", 60, "Freight RFP – award", "director", "logistics", "raj sc_log opsfin", org="raj")
x("2026-04-17", "13:00", 60, "Greenville – Q2 labour plan", "director", "labor", "lisa gv_ops gv_hr", org="lisa")
x("2026-04-28", "08:00", 60, "Capex committee prep – Line 4", "vp", "capex", "dec_eng opsfin aisha")
x("2026-04-28", "13:00", 60, "Ops leadership – H2 priorities", "vp", "planning", "aisha tom lisa raj helen greg",
  rooms=["hq-ops"])
x("2026-04-29", "09:30", 60, "Interview: Director, Continuous Improvement", "vp", "hiring", "ta helen", org="ta",
  desc="New director role reporting to Denise.")
x("2026-04-30", "09:00", 60, "Fort Wayne – supervisor staffing", "director", "labor", "tom fw_ops fw_hr", tz=ET, org="tom")
x("2026-05-01", "13:00", 45, "Quick check", "manager", "production", "fw_s1",
  desc="Press line restart after the rebuild – first-shift numbers", tz=ET)
x("2026-05-04", "10:00", 60, "Greenville – forklift actions status", "director", "safety", "lisa gv_ehs greg ehs_mgr", org="greg")
x("2026-05-04", "14:00", 60, "Interview: Director, Continuous Improvement (2)", "vp", "hiring", "ta q_ci chro", org="ta")
x("2026-05-07", "10:00", 45, "Titan lots – traceability pull", "ic", "quality", "dec_qe sc_logx1",
  desc="Pull heat numbers and ship dates ourselves from the ERP.")
x("2026-05-12", "15:00", 60, "Sorting plan – week 2", "manager", "quality", "dec_qm dec_s1 dec_s2 dec_s3",
  desc="Who sorts on which shift; overtime.")
x("2026-05-14", "09:00", 60, "Warranty reserve – Titan", "vp", "budget", "cfo opsfin helen", org="cfo")
x("2026-05-15", "13:30", 60, "Lessons learned – escape process", "vp", "quality", "helen aisha tom lisa q_sys",
  desc="Why our control plan let it out; a standard for all plants.")
x("2026-05-19", "13:00", 60, "CI director – final", "vp", "hiring", "ta chro ceo", org="ta")
x("2026-05-21", "13:00", 60, "FY27 capex – ranking", "vp", "capex", "opsfin aisha tom lisa raj", rooms=["hq-ops"])
x("2026-05-22", "09:00", 60, "Fort Wayne monthly – Tom", "director", "plant-review", "tom fw_ops fw_ctl", tz=ET, org="tom")
x("2026-05-26", "15:00", 60, "FY27 ops budget – final", "vp", "budget", "opsfin fpa cfo", org="opsfin")
x("2026-05-27", "10:00", 60, "Supervisor development programme", "vp", "talent", "hrbp chro aisha tom lisa",
  desc="A leadership academy for first-line supervisors across plants.")
x("2026-05-29", "13:00", 45, "Walkthrough", "manager", "production", "dec_s1",
  desc="Line 4 floor layout tape-out", loc="Decatur")

# ---- declined / cancelled ----------------------------------------------------------------------------------------
x("2026-03-19", "09:00", 60, "Customer visit – Ferro Valves", "director", "customer", "sales_dir q_cq", org="sales_dir",
  me="DECLINED")
x("2026-04-28", "15:00", 60, "IT – MES roadmap", "director", "systems", "it_x1 dec_eng gv_ops", org="it_x1",
  status="CANCELLED")
x("2026-05-12", "09:00", 60, "Kaizen report-out – FW press line", "manager", "kaizen", "fw_ops fw_s1 tom", tz=ET,
  org="fw_ops", me="DECLINED")

# ---- after the span -----------------------------------------------------------------------------------------
x("2026-06-02", "10:00", 60, "Line 4 go-live", "director", "capacity", "aisha dec_eng", org="aisha")

# ============================================================================================
# profile.yaml and README.md
# ============================================================================================
PROFILE = CAL.profile(aliases="dwalker@ridgeway.example", function="operations", promoted="2025-12-01",
                      manager="ceo", directs=['mike', 'aisha', 'tom', 'lisa', 'raj', 'helen', 'greg'],
                      peers=['cfo', 'vpsales', 'vpeng', 'chro', 'gc'], hours=('07:00', '16:30'), target="0.25")

README = r'''# Development calendar: a VP Operations at a three-plant manufacturer (Outlook export)

@@about@@
| `generate.py` | writes every other file, byte-identically (stdlib only, fixed seed, `DTSTAMP:20260601T130000Z`); asserts that calendar UIDs and truth keys match, lines fit 75 octets, and every company attendee is in `org.csv`. `--instances` prints the expanded instance set. |
| `calendar.ics` | Exchange/Outlook export (`PRODID:Microsoft Exchange Server 2010`, Windows zone names `Central Standard Time` / `Eastern Standard Time` with their own VTIMEZONEs, `SUMMARY;LANGUAGE=en-us`, `X-MICROSOFT-CDO-*`, Teams blocks, long hex UIDs, `Canceled:` titles, rooms as `CUTYPE=RESOURCE`). |
| `truth.csv` | `key,level,category,title`: one row per UID, plus `UID|RECURRENCE-ID` (UTC) rows for overrides that change what the meeting is. |
| `org.csv` | `email,name,manager_email`: @@n_people@@ people: the CEO and executive team, the leader, her directs, plant and function managers, supervisors, team leads and operators, and people elsewhere in the company. |
| `profile.yaml` | the leader (`level: vp`, `function: operations`, `org_chart: org.csv`). |

@@span@@

## The leader

**Denise Walker, VP Operations at Ridgeway Components** (`ridgeway.example`, a maker of industrial
valves and pump housings; HQ Chicago; plants in Decatur IL, Fort Wayne IN and Greenville SC;
reports to the CEO, Robert Hale). She was GM of Decatur and became VP Operations on 1 December
2025, over the three plant GMs and the directors of Supply Chain, Quality and EHS. Her operations
manager at Decatur, Mike Brennan, became interim GM, and she kept running the plant through him:
driving down Monday to Wednesday, sitting in the tier-2 daily production meeting, shift handovers,
the labour plan and the maintenance plan, and walking the floor with the supervisors.

- **W10–W13**: a VP's calendar with a plant manager's mornings; Decatur GM search; the Fort Wayne
  union contract talks start (W12), with a two-day Fort Wayne visit.
- **W14**: a kaizen week at Decatur; she is on the floor for two mornings.
- **W15–W16**: Aisha Grant starts as Decatur GM on 13 April; the Decatur rituals leave her calendar
  (series end 8–10 April); the Q1 board meeting.
- **W17**: a forklift injury at Greenville: incident calls, then a visit, investigation and stand-down.
- **W18**: the contract is settled and costed.
- **W19–W20**: a quality escape at Titan Pumps (cracked housings): daily containment calls, hands-on
  sorting, an 8D edit pass. It pulls her back below.
- **W21–W22**: FY27 budget and talent reviews, a company strategy offsite, Memorial Day.

## Labelling principles

Levels are the level of the **work**, per PRODUCT.md. For a VP: **below** = `ic`, `manager`,
`director`; **at** = `vp`; **above** = `executive`.

| level | in operations | examples here |
|---|---|---|
| `ic` | doing the work: on the incident call, on the floor in a kaizen, sorting parts, timing a changeover, going through scrap tags, editing the 8D, a factory acceptance test | Incident call – Greenville forklift injury, Containment call, Sorting – warehouse stock, Kaizen – Line 2 changeover, Decatur scrap – part by part, 8D report – edit pass |
| `manager` | running one plant's or one shift's execution: tier-2 daily production meeting, shift handover, weekly maintenance and labour plans, gemba walks with a supervisor, hiring a supervisor, kaizen report-outs, vague meetings with only supervisors about a line | Decatur daily production meeting, Shift handover – Decatur, Decatur maintenance planning, Decatur labor plan, Gemba – Decatur, "Sync" / "Quick check" / "Walkthrough" with supervisors |
| `director` | running several teams' delivery: plant performance reviews, supply review, supplier scorecards and escalations, capex project detail, incident investigations, 8D reviews, customer QBRs, cross-plant shutdown and labour plans | Plant performance review, S&OP – supply review, Supplier review, Castco foundry – porosity, Line 4 capacity project, Incident investigation – forklift, 8D review – Titan housings |
| `vp` | building the operations organisation: staff, 1:1s with directs, CEO and peers, the monthly business review, safety council and standards, union bargaining, capex portfolio and budget, org design, talent and succession, hiring plant GMs, skip-levels, town halls, customer executives | Ops Staff, 1:1 Tom, Denise / Robert, Ops monthly business review, Safety leadership council, Fort Wayne CBA negotiations, Capex FY27 – ops long list, Ops talent review, Call: Mark Holloway (Titan VP Supply Chain) |
| `executive` | the company: ELT, executive S&OP, capex committee, board, investors, company strategy, M&A | ELT weekly, Executive S&OP, Capex committee, Board meeting – Q1, Project Keel – diligence |
| `excluded` | not a meeting: lunch, drives, flights, email blocks, holidays, site-visit all-days | Lunch, Drive Chicago → Decatur, AA 3378 ORD → GSP, Block – email, Memorial Day |

Rules of thumb:

1. **Who is there decides generic titles.** "Sync", "Quick check", "Walkthrough" with only
   supervisors (three levels down) are about one line or shift: `manager`; the same titles with only
   the GMs: `vp`; with the CEO and peers: `executive`; "Walkthrough" with the Decatur supervisors
   when its description says it is a skip-level: `vp`.
2. **S&OP splits**: the supply review (constrained plan by plant) is `director`; the executive S&OP
   that balances demand, supply and the financial plan is `executive`.
3. **Capex splits**: one project's detail or readiness is `director`; ranking the ops portfolio and
   approving business cases for her organisation is `vp`; the company capex committee is `executive`.
4. **Safety splits**: being on the incident call is `ic`; the investigation is `director`; standards,
   the council, the stand-down she speaks at and OSHA reporting with counsel are `vp`; what the board
   and employees are told, with the CEO, is `executive`.
5. **Quality escapes** split like incidents: containment calls and sorting `ic`; the 8D review and
   supplier corrective action `director`; the customer's VP and the dual-source decision `vp`; the
   exec update `executive`.
6. **Hiring at the level of the role's manager**: supervisor `manager`; plant GM `vp`.
7. A block with no other attendee is `excluded`; declined and cancelled meetings are still labelled.

## Judgement calls

- **1:1s with Mike while he is interim GM → `vp`** (a 1:1 with a direct report); the cost of the
  vacancy shows up in the Decatur rituals she attends, labelled by their own work.
- **Plant tours and shift handovers during visits → `manager`**; the plant review with the GM's team
  → `director`; town halls, supervisor skip-levels and dinner with the plant leadership → `vp`.
- **"Helen – Titan escape plan"** (1:1 repurposed on 8 May for the containment plan with the
  customer quality manager and the Decatur quality manager) → `director`, keyed `UID|RECURRENCE-ID`.
- **Union steward lunch and the bargaining sessions → `vp`**: labour relations for a plant of her
  organisation, with the CHRO; the grievance-level work does not reach her calendar.
- **Line 4 – equipment FAT → `ic`**: running the cell at the vendor and checking cycle times.
- **Town hall (company) → `executive`**.

@@counting@@
'''


if __name__ == "__main__":
    CAL.main(sys.argv[1:], __file__, PROFILE, README)
