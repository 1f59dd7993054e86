#!/usr/bin/env python3
"""Labelled development calendar for Altitude: a Corporate Controller at a software company (Apple/iCloud export).

Rachel Nguyen's people, org chart, meetings and story. Every label is written here by hand, meeting by
meeting, from the altitude model in PRODUCT.md; no rule file was read while writing them.
../calendar_writer.py writes calendar.ics, truth.csv, org.csv, profile.yaml and README.md from this,
next to this script and byte-identically on every run; --instances prints the expanded instance set.
"""
import datetime as dt
import os
import sys

sys.dont_write_bytecode = True     # no __pycache__ next to the labelled files
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import calendar_writer as cw       # noqa: E402  (Tests/Development/calendar_writer.py)
from calendar_writer import M, O, W       # noqa: E402

CAL = cw.Calendar(seed=20260323, flavour="apple", home_tz="America/Los_Angeles", dtstamp="20260601T160000Z",
                  span_start=dt.date(2026, 3, 2), span_end=dt.date(2026, 6, 1), leader_level="director",
                  domain="larkspur.example", me="rachel")
DOMAIN, person, filler = CAL.domain, CAL.person, CAL.filler


# ---- executives --------------------------------------------------------------------------------
person("ceo", "Olivia Hart", None)
person("ea", "Dana Flores", "ceo")
person("cfo", "Michael Brandt", "ceo")                 # CFO, her manager
person("cro", "Tony Albright", "ceo")
person("cpo", "Sunita Rao", "ceo")
person("cto", "Eli Weiss", "ceo")
person("chro", "Marisol Vega", "ceo")
person("gc", "Nathan Cole", "ceo")
# ---- finance: the CFO's directs (her peers) ----------------------------------------------------------
person("rachel", "Rachel Nguyen", "cfo")               # Corporate Controller (the leader)
person("fpa", "Laura Chen", "cfo")                     # Director, FP&A
person("tax", "Victor Alvarez", "cfo")                 # Director, Tax
person("treas", "Hannah Berg", "cfo")                  # Treasurer
person("ir", "Kwame Osei", "cfo")                      # Director, Strategic Finance & IR
person("cfoea", "Jill Parsons", "cfo")
# ---- her directs ----------------------------------------------------------------------------------------
person("sean", "Sean Murphy", "rachel")                # Assistant Controller from 20 April
person("priya", "Priya Das", "rachel")                 # Revenue Accounting Manager
person("kelly", "Kelly Owens", "rachel")               # Accounting Operations Manager (AP, AR, payroll)
person("mateo", "Mateo Silva", "rachel")               # Technical Accounting & SOX Manager
# ---- two and three levels down --------------------------------------------------------------------------
person("gl1", "Amber Quinn", "rachel")                 # Senior GL Accountant (reports to Rachel until Sean starts)
person("gl2", "Derek Cho", "rachel")                   # Senior GL Accountant
person("gl3", "Fiona Walsh", "gl1")                    # Staff Accountant
person("gl4", "Jorge Medina", "gl1")                   # Staff Accountant
person("gl5", "Tessa Lyle", "gl2")                     # Staff Accountant (fixed assets, leases)
person("rev1", "Omar Farouk", "priya")                 # Senior Revenue Accountant
person("rev2", "Lucy Tan", "priya")                    # Revenue Accountant
person("rev3", "Ben Adler", "priya")                   # Billing Analyst
person("ap1", "Carmen Ruiz", "kelly")                  # AP Supervisor
person("ap2", "Will Harper", "ap1")                    # AP Specialist
person("ap3", "Grace Kim", "ap1")                      # AP Specialist
person("ar1", "Nikhil Rao", "kelly")                   # AR & Collections Lead
person("ar2", "Holly Dean", "ar1")                     # Collections Specialist
person("pay1", "Andrea Stone", "kelly")                # Payroll Manager
person("pay2", "Zach Morgan", "pay1")                  # Payroll Specialist
person("sys1", "Rita Molnar", "kelly")                 # NetSuite Administrator
person("sox1", "Paul Ng", "mateo")                     # SOX Analyst
person("ta1", "Ivy Moreno", "mateo")                   # Technical Accounting Analyst
# ---- elsewhere ---------------------------------------------------------------------------------------------
filler("fpa_x", 5, "fpa")
filler("tax_x", 2, "tax")
filler("treas_x", 2, "treas")
person("salesops", "Kyle Brennan", "cro")              # Director, Sales Ops (deal desk)
filler("salesops_x", 3, "salesops")
person("rvp1", "Monica Hale", "cro")
filler("sales_x", 8, "rvp1")
person("cs_dir", "Aaron Patel", "cro")
filler("cs_x", 5, "cs_dir")
person("counsel", "Sophie Lang", "gc")                 # commercial counsel
filler("legal_x", 2, "gc")
person("hrops", "Tanya Reed", "chro")                  # HR operations (payroll partner)
person("recruit", "Luis Ortega", "chro")               # recruiter, G&A
filler("hr_x", 4, "chro")
person("itdir", "Greg Lam", "cto")                     # Director, Business Systems
filler("it_x", 4, "itdir")
person("engdir", "Nora Kaplan", "cto")
filler("eng_x", 16, "engdir")
person("engdir2", "Kenji Sato", "cto")
filler("eng_y", 12, "engdir2")
filler("cs_y", 6, "cs_dir")
person("pmdir", "Jon Reyes", "cpo")
filler("pm_x", 6, "pmdir")
filler("mkt_x", 6, "cpo")
# ---- outside ----------------------------------------------------------------------------------------------
person("aud1", "Catherine Moore", None, "cmoore@brightline-llp.example")      # audit partner
person("aud2", "James Whitfield", None, "jwhitfield@brightline-llp.example")  # audit senior manager
person("aud3", "Mei Lin", None, "mlin@brightline-llp.example")                # audit senior
person("sox_c", "Ravi Shankar", None, "rshankar@veritas-advisory.example")    # SOX consultant
person("taxadv", "Elena Petrova", None, "epetrova@northgate-tax.example")     # tax provision advisor
person("ns", "Brad Collins", None, "bcollins@netsuite-partner.example")      # ERP implementation partner
person("ac1", "Diane Whitmore", None, "diane@whitmore-board.example")         # audit committee chair
person("ac2", "Robert Liang", None, "rliang@summitvc.example")                # board member
person("cand1", "Sean Murphy", None, "sean.murphy.cpa@mailbox.example")      # Assistant Controller candidate
person("cand2", "Alicia Grant", None, "alicia.grant.cpa@mailbox.example")    # Assistant Controller candidate
person("cand3", "Tom Becker", None, "tbecker.acct@mailbox.example")          # Staff Accountant candidate
person("cand4", "Yara Haddad", None, "yara.haddad@mailbox.example")          # Staff Accountant candidate
person("coach", "Ellen Strauss", None, "ellen@strauss-coaching.example")
CAL.groups = {"all": ("Larkspur – everyone", f"everyone@{DOMAIN}"), "acct": ("Accounting team", f"accounting@{DOMAIN}")}
CAL.rooms = {k: (cn, f"{k}@{DOMAIN}") for k, cn in [
    ("sequoia", "SF-4 Sequoia (10)"), ("redwood", "SF-5 Redwood Boardroom (18)"), ("cedar", "SF-4 Cedar (4)")]}

# ============================================================================================
# Recurring series (America/Los_Angeles; daylight time from Sunday 8 March)
# ============================================================================================
series, x, allday = CAL.series, CAL.x, CAL.allday
MGRS = ["priya", "kelly", "mateo"]
GL = ["gl1", "gl2"]

# ---- above her altitude ----------------------------------------------------------------------------------
series("Finance leadership", "vp", "staff", "2026-01-05 09:00", "2026-01-05 10:00", W("MO"),
       org="cfoea", att=["cfo", "rachel", "fpa", "tax", "treas", "ir"], rooms=["sequoia"],
       desc="CFO staff: function priorities, hiring, budget, IPO readiness workstreams.",
       exdates=["2026-05-25 09:00"])
series("Company all-hands", "executive", "all-hands", "2026-01-30 11:00", "2026-01-30 12:00", M("-1FR"),
       org="ea", att=["ceo"], groups=["all"], desc="Monthly all-hands.")
series("IPO readiness steering", "executive", "ipo", "2026-01-21 15:00", "2026-01-21 16:00", M("3WE"),
       org="cfo", att=["cfo", "ceo", "gc", "rachel", "fpa", "ir", "chro"],
       desc="Company readiness to be public: auditors, SOX, board, equity story.")

# ---- at her altitude ------------------------------------------------------------------------------------
series("Accounting staff", "director", "staff", "2026-01-06 10:00", "2026-01-06 11:00", W("TU", until="2026-04-19"),
       att=MGRS, rooms=["cedar"], desc="Controllership leads: close, audit, SOX, people.")
series("Accounting staff", "director", "staff", "2026-04-21 10:00", "2026-04-21 11:00", W("TU"),
       att=MGRS + ["sean"], rooms=["cedar"], desc="Controllership leads (with Sean): close, audit, SOX, people.")
series("Michael / Rachel", "director", "one-on-one", "2026-01-08 14:00", "2026-01-08 14:30", W("TH"),
       org="cfo", att=["cfo", "rachel"], exdates=["2026-04-23 14:00"],
       overrides=[O("2026-04-09 14:00", "2026-04-10 08:30", "2026-04-10 09:00")])
series("Priya / Rachel", "director", "one-on-one", "2026-01-06 13:30", "2026-01-06 14:15", W("TU"), att=["priya"],
       overrides=[O("2026-03-17 13:30", title="Priya + Omar: Acme SSP calc", level="ic", cat="revenue", add=["rev1"],
                    desc="Using our 1:1: build the standalone selling price allocation for Acme in the sheet.")])
series("Kelly 1:1", "director", "one-on-one", "2026-01-07 10:00", "2026-01-07 10:45", W("WE"), org="kelly",
       att=["kelly", "rachel"], overrides=[O("2026-04-08 10:00", me="DECLINED")])
series("Mateo / Rachel", "director", "one-on-one", "2026-01-09 11:00", "2026-01-09 11:30", W("FR"),
       att=["mateo"], exdates=["2026-04-03 11:00"])
series("Sean / Rachel", "director", "one-on-one", "2026-04-20 14:00", "2026-04-20 15:00", W("MO"), att=["sean"],
       exdates=["2026-05-25 14:00"], desc="Weekly. Onboarding plan + close ownership handover.")
series("Laura <> Rachel", "director", "peer", "2026-01-07 15:00", "2026-01-07 15:30", W("WE", interval=2),
       org="fpa", att=["fpa", "rachel"])
series("Tax / Controller", "director", "peer", "2026-01-08 11:00", "2026-01-08 11:30", W("TH", interval=2),
       org="tax", att=["tax", "rachel"])
series("Flux review", "director", "flux", "2026-01-13 13:00", "2026-01-13 15:00", M("2TU"),
       att=MGRS + GL + ["fpa"], rooms=["sequoia"],
       desc="Managers present P&L and balance sheet variances over threshold; sign-off for the month.",
       overrides=[O("2026-04-14 13:00", add=["sean"])])
series("Audit status – Brightline", "director", "audit", "2026-01-07 11:00", "2026-01-07 11:45", W("WE"),
       org="aud2", att=["aud2", "aud3", "rachel", "mateo", "priya", "kelly"],
       desc="PBC tracker by owner, open requests, findings, timeline.",
       overrides=[O("2026-04-22 11:00", add=["sean"])])
series("SOX program weekly", "director", "sox", "2026-01-08 09:00", "2026-01-08 10:00", W("TH"),
       org="mateo", att=["mateo", "rachel", "sox1", "sox_c"],
       desc="Control design status by process, walkthrough schedule, deficiencies.")
series("Deal desk – non-standard terms", "director", "revenue", "2026-01-07 13:00", "2026-01-07 13:45", W("WE"),
       org="salesops", att=["salesops", "rachel", "priya", "counsel"],
       desc="Non-standard contract terms before signature: rev rec impact, approvals.",
       overrides=[O("2026-05-06 13:00", me="DECLINED")])
series("Business systems roadmap", "director", "systems", "2026-01-16 13:00", "2026-01-16 14:00", W("FR", interval=2),
       org="itdir", att=["itdir", "rachel", "kelly", "sys1", "ns"],
       desc="NetSuite, billing, close tooling: priorities across finance.")
series("Close calendar & retro", "director", "close", "2026-01-14 15:00", "2026-01-14 16:00", M("2WE"),
       att=MGRS + GL, desc="Last close: what slipped, by team; next month's calendar.")
series("Coaching – Ellen", "director", "coaching", "2026-01-09 07:30", "2026-01-09 08:15", W("FR", interval=2),
       org="coach", att=["coach", "rachel"], loc="FaceTime")

series("FP&A / Accounting sync", "director", "cross-team", "2026-01-05 15:30", "2026-01-05 16:15", W("MO"),
       org="fpa", att=["fpa", "rachel", "fpa_x1", "gl2"], exdates=["2026-05-25 15:30"],
       overrides=[O("2026-04-20 15:30", add=["sean"])], desc="Actuals vs forecast, allocations, reporting calendar.")
series("Cash forecast", "director", "treasury", "2026-01-06 09:00", "2026-01-06 09:30", W("TU"),
       org="treas", att=["treas", "rachel", "ar1", "treas_x1"], desc="13-week cash: collections, payables, payroll.")
series("Procure-to-pay redesign", "director", "process", "2026-01-05 10:30", "2026-01-05 11:00", W("MO"),
       att=["kelly", "ap1", "itdir", "sys1"], exdates=["2026-05-25 10:30"],
       desc="Approval workflow, PO policy, NetSuite changes across AP, procurement and IT.")
series("Close kickoff", "director", "close", "2026-01-29 10:30", "2026-01-29 11:30", M("-1TH"),
       att=MGRS + GL + ["fpa_x1", "tax_x1"], desc="Month-end calendar, owners, known risks, across teams.",
       overrides=[O("2026-04-30 10:30", add=["sean"])])
series("Accounting team meeting", "director", "team", "2026-01-14 16:00", "2026-01-14 17:00", W("WE", interval=2),
       att=["priya", "kelly", "mateo"], groups=["acct"], desc="The whole accounting team: wins, changes, Q&A.")
series("IPO readiness – finance workstreams", "vp", "ipo", "2026-03-05 16:30", "2026-03-05 17:00", W("TH"),
       org="cfo", att=["cfo", "rachel", "fpa", "tax", "treas", "ir"],
       desc="The CFO's directs: finance workstream status for the IPO (close speed, SOX, reporting, systems).",
       exdates=["2026-04-23 16:30"])

# ---- below: one team's execution and the work itself (until the Assistant Controller starts) ---------------
series("Close stand-up", "manager", "close", "2026-01-05 08:30", "2026-01-05 08:45",
       W(["MO", "TU", "WE", "TH", "FR"], until="2026-04-17"), att=GL + ["gl3", "gl4", "gl5", "rev1", "ap1"],
       desc="Close checklist: what's done, what's blocked, today.", exdates=["2026-03-27 08:30"])
series("JE review", "ic", "journal-entries", "2026-01-06 15:00", "2026-01-06 16:00", W(["TU", "TH"], until="2026-04-23"),
       att=GL + ["gl3", "gl4"], desc="Walk through the queue of manual JEs: support, account coding, approval.",
       overrides=[O("2026-03-12 15:00", status="CANCELLED")])
series("Recs review", "ic", "reconciliations", "2026-01-09 09:30", "2026-01-09 11:00", W("FR", until="2026-04-24"),
       att=GL + ["gl5"], desc="Balance sheet reconciliations: tie to GL, reconciling items, aging, sign-off in BlackLine.")
series("AP / AR weekly", "manager", "ap-ar", "2026-01-05 11:00", "2026-01-05 11:30", W("MO"),
       org="kelly", att=["kelly", "rachel", "ap1", "ar1"], exdates=["2026-05-25 11:00"],
       desc="Payment run, exceptions, DSO, collections list.")
series("Payroll sync", "manager", "payroll", "2026-01-06 11:30", "2026-01-06 12:00", W("TU", interval=2),
       org="pay1", att=["pay1", "rachel", "pay2", "hrops"], desc="Payroll calendar, accruals, changes, issues.")
series("Amber / Rachel", "manager", "one-on-one", "2026-01-05 14:00", "2026-01-05 14:30", W("MO", until="2026-04-13"),
       att=["gl1"], desc="Weekly 1:1 (Amber moves to Sean).")
series("Derek / Rachel", "manager", "one-on-one", "2026-01-08 16:00", "2026-01-08 16:30", W("TH", interval=2, until="2026-04-16"),
       att=["gl2"])
series("Collections", "manager", "ap-ar", "2026-01-08 10:00", "2026-01-08 10:30", W("TH"),
       org="ar1", att=["ar1", "ar2", "rachel", "cs_x1"], me="TENTATIVE",
       desc="Past-due accounts over $50k, owner and next step.",
       overrides=[O("2026-05-07 10:00", me="DECLINED")])

series("Revenue accounting weekly", "manager", "revenue", "2026-01-08 13:00", "2026-01-08 14:00", W("TH", until="2026-05-14"),
       org="priya", att=["priya", "rachel", "rev1", "rev2", "rev3"],
       desc="Priya's team: billing issues, contract reviews in the queue, revenue schedule changes.",
       overrides=[O("2026-04-23 13:00", me="DECLINED")])
series("Equity admin sync", "manager", "stock-comp", "2026-01-15 15:00", "2026-01-15 15:30", W("TH", interval=2),
       org="ta1", att=["ta1", "rachel", "hrops", "legal_x1"], desc="Grants, exercises, Carta reconciliation.")

# ---- excluded ------------------------------------------------------------------------------------------
series("Lunch", "excluded", "personal", "2026-01-05 12:00", "2026-01-05 12:45", W(["MO", "TU", "WE", "TH"]),
       transp="TRANSPARENT")
series("Pilates", "excluded", "personal", "2026-01-07 07:00", "2026-01-07 07:50", W(["WE"]))
series("Kids – swim", "excluded", "personal", "2026-01-08 17:30", "2026-01-08 18:30", W("TH"))
series("Heads down – close", "excluded", "focus", "2026-01-09 13:00", "2026-01-09 16:00", W("FR"),
       exdates=["2026-04-03 13:00"])

# ============================================================================================
# One-offs, week by week
# ============================================================================================
x("2026-01-05", "15:00", 60, "Controller – first 90 days", "director", "planning", "cfo", org="cfo")

# ---- W10 (2 March): February close ---------------------------------------------------------------------
x("2026-03-02", "13:00", 60, "Accruals – February", "ic", "close", "gl1 gl3 ap1",
  desc="Go through every accrual over $10k with support.")
x("2026-03-03", "14:30", 30, "Phone screen – Assistant Controller", "ic", "hiring", "cand2 recruit", org="recruit")
x("2026-03-04", "14:00", 60, "Revenue waterfall tie-out", "ic", "revenue", "rev1 rev2",
  desc="Tie the waterfall to the GL, contract by contract for the top 20.")
x("2026-03-05", "13:00", 60, "Sync", "ic", "journal-entries", "gl4",
  desc="Prepaid amortisation schedule – rebuild it together")
x("2026-03-05", "15:00", 45, "Interview: Staff Accountant – Tom Becker", "manager", "hiring", "cand3 gl1 recruit", org="recruit")
x("2026-03-06", "08:30", 30, "Quick check", "director", "one-on-one", "kelly", desc="AP team capacity – do we add a temp?")
x("2026-03-06", "11:00", 60, "Finance budget FY27 – controllership", "vp", "budget", "cfo fpa", org="fpa",
  desc="Finance function headcount and systems spend for FY27.")

# ---- W11 (9 March): SOX walkthroughs -----------------------------------------------------------------------
x("2026-03-09", "13:00", 90, "SOX walkthrough – financial close", "ic", "sox", "sox_c sox1 mateo gl1",
  desc="Rachel walks the consultant through the close process, control by control, as control owner.")
x("2026-03-10", "14:30", 60, "Interview: Assistant Controller – Sean Murphy", "director", "hiring", "cand1 recruit mateo",
  org="recruit")
x("2026-03-11", "14:00", 60, "SOX walkthrough – revenue", "ic", "sox", "sox_c sox1 priya rev1")
x("2026-03-12", "13:00", 60, "Lease accounting – new SF office", "ic", "technical", "gl5 ta1",
  desc="Build the ASC 842 schedule for the new lease together.")
x("2026-03-13", "11:30", 30, "Check-in", "vp", "planning", "cfo fpa tax treas ir", org="cfo",
  desc="Finance org – who owns what in the IPO workstreams")

# ---- W12 (16 March): the Acme deal -------------------------------------------------------------------------
x("2026-03-16", "13:00", 60, "Acme – contract review", "ic", "revenue", "priya rev1 counsel",
  desc="Read the MSA and order form clause by clause: termination for convenience, acceptance, custom dev.")
x("2026-03-17", "14:30", 90, "Acme rev rec memo – drafting", "ic", "revenue", "priya ta1",
  desc="Writing the ASC 606 memo together: performance obligations, SSP, variable consideration.")
x("2026-03-18", "14:00", 60, "Interview: Assistant Controller – Alicia Grant", "director", "hiring", "cand2 recruit priya",
  org="recruit")
x("2026-03-19", "13:00", 60, "Acme – rev rec memo review with Brightline", "director", "revenue", "aud1 aud2 priya mateo",
  desc="Auditors' view on the memo's conclusions.")
x("2026-03-20", "08:30", 30, "Debrief: Assistant Controller", "director", "hiring", "recruit mateo priya kelly", org="recruit")

# ---- W13 (23 March) -----------------------------------------------------------------------------------
x("2026-03-23", "13:00", 60, "Offer approval – Assistant Controller", "director", "hiring", "recruit cfo", org="recruit")
x("2026-03-24", "14:30", 60, "Q1 close plan", "director", "close", "priya kelly mateo gl1 gl2 fpa tax",
  desc="Quarter-end calendar across teams; auditor review dates.")
x("2026-03-25", "14:00", 60, "Stock comp true-up", "ic", "technical", "ta1 hrops",
  desc="Pull the Carta report and recompute forfeitures.")
x("2026-03-26", "13:00", 60, "Interview: Staff Accountant – Yara Haddad", "manager", "hiring", "cand4 gl2 recruit", org="recruit")
x("2026-03-27", "09:00", 60, "Walkthrough", "ic", "sox", "sox1 gl2", desc="Account reconciliation control – evidence samples")

# ---- W14 (30 March): Q1 close ------------------------------------------------------------------------------
allday("2026-04-01", 7, "Q1 close", cat="close", transp="TRANSPARENT")
x("2026-04-01", "14:00", 90, "Revenue cut-off testing", "ic", "revenue", "rev1 rev2 rev3",
  desc="Sample 40 invoices around quarter end; check delivery and billing dates.")
x("2026-04-02", "13:00", 60, "Q1 bonus accrual", "ic", "close", "gl1 pay1 hrops", desc="Recalculate the accrual by plan.")
x("2026-04-01", "16:00", 60, "Close check – day 1", "manager", "close", "gl1 gl2 rev1 ap1")
x("2026-04-02", "16:00", 60, "Close check – day 2", "manager", "close", "gl1 gl2 rev1 ap1",
  desc="Status of every checklist item, reassign the late ones.")
x("2026-04-03", "09:00", 60, "Consolidation & FX", "ic", "close", "gl2 treas_x1",
  desc="Run the consolidation, check FX rates and eliminations.")
x("2026-04-03", "14:00", 60, "Close check – day 3", "manager", "close", "gl1 gl2 rev1 ap1")

# ---- W15 (6 April): Q1 review, tax provision ------------------------------------------------------------------
x("2026-04-06", "09:30", 120, "Q1 flux – line by line", "ic", "flux", "gl1 gl2 fpa_x1",
  desc="Write the variance explanations for the quarterly flux myself.")
x("2026-04-07", "14:30", 90, "Tax provision Q1", "director", "tax", "tax taxadv mateo gl2", org="tax",
  desc="Provision approach, return-to-provision, valuation allowance.")
x("2026-04-08", "09:00", 60, "PBC – Q1 review", "ic", "audit", "aud3 gl1",
  desc="Pull and upload the PBC items still open.")
x("2026-04-08", "13:00", 60, "Board pack – financials tie-out", "ic", "board", "fpa_x1 fpa_x2",
  desc="Tie every number in the financial pages to the TB.")
x("2026-04-09", "13:00", 60, "Q1 review – Brightline closing meeting", "director", "audit", "aud1 aud2 mateo priya cfo",
  org="aud2", desc="Findings, adjustments, management letter points.")
x("2026-04-10", "10:00", 60, "Board deck review – Q1", "executive", "board", "cfo fpa ir ceo", org="cfo")
x("2026-04-10", "14:00", 30, "Quick check", "manager", "close", "gl1 gl2", desc="Post-close JE list – anything left?")

# ---- W16 (13 April) ------------------------------------------------------------------------------------------
x("2026-04-13", "10:30", 60, "Audit fees & scope FY26", "vp", "audit", "cfo aud1", org="cfo",
  desc="Engagement scope for the IPO audit (PCAOB), fee proposal.")
x("2026-04-14", "09:00", 60, "Sean onboarding plan", "director", "onboarding", "recruit mateo", org="recruit")
x("2026-04-15", "14:00", 60, "Finance talent review", "vp", "talent", "cfo fpa tax treas ir chro", org="cfo")
x("2026-04-16", "13:00", 60, "Audit committee prep", "executive", "board", "cfo gc", org="cfo")
x("2026-04-17", "10:00", 60, "Month-end close design – Sean", "director", "close", "mateo priya kelly",
  desc="What the Assistant Controller owns; RACI for the close.")

# ---- W17 (20 April): Sean starts; audit committee -------------------------------------------------------------
x("2026-04-20", "09:00", 60, "Welcome Sean ☕", "director", "onboarding", "sean", online=False, loc="Blue Bottle, Mint Plaza")
x("2026-04-20", "15:00", 60, "Close process walkthrough – Sean", "manager", "onboarding", "sean gl1 gl2",
  desc="Amber and Derek walk Sean through the checklist.")
x("2026-04-21", "13:00", 60, "JE review – handover", "ic", "journal-entries", "sean gl1 gl2",
  desc="Last JE review I run: Sean shadows.")
x("2026-04-22", "14:00", 60, "Team intro – Sean", "manager", "team", "sean gl1 gl2 gl3 gl4 gl5", org="sean")
x("2026-04-23", "09:00", 120, "Audit committee", "executive", "board", "cfo ceo gc ac1 ac2 aud1", org="cfoea",
  rooms=["redwood"])
x("2026-04-24", "10:00", 60, "Finance org design – controllership", "vp", "org-design", "cfo chro", org="cfo",
  desc="Should tax and SOX move under the controller before the IPO?")

# ---- W18 (27 April): April close; board -------------------------------------------------------------------------
x("2026-04-27", "13:00", 60, "Controllership H2 plan", "director", "planning", "sean priya kelly mateo", rooms=["cedar"])
x("2026-04-28", "09:00", 240, "Board meeting", "executive", "board", "ceo cfo cro cpo cto gc ac1 ac2", org="ea",
  rooms=["redwood"], desc="Rachel presents the audit update.")
x("2026-04-29", "14:00", 60, "Skip-level: Amber", "director", "skip-level", "gl1",
  desc="Now reporting to Sean – how's it going?")
x("2026-04-30", "14:00", 45, "Interview: Staff Accountant – final", "manager", "hiring", "cand4 sean recruit", org="recruit")
x("2026-05-01", "10:00", 60, "Capitalised software – Q1 memo", "ic", "technical", "ta1 engdir",
  desc="Going through the engineering time data project by project.")

# ---- W19 (4 May): April close --------------------------------------------------------------------------------------
x("2026-05-04", "13:00", 60, "Close review – April", "director", "close", "sean priya kelly",
  desc="Sean runs it; I ask questions.")
x("2026-05-05", "14:30", 60, "Billing system migration – cutover plan", "director", "systems", "itdir sys1 priya rev3 ns",
  org="itdir")
x("2026-05-06", "14:00", 60, "Sync", "ic", "revenue", "rev1",
  desc="Contract modification for Globex – let's do the math together")
x("2026-05-07", "13:00", 60, "SOX – deficiency evaluation", "director", "sox", "mateo sox_c sean",
  desc="Aggregate the Q1 deficiencies across processes; remediation owners.")
x("2026-05-07", "09:00", 60, "Deferred commissions – rollforward", "ic", "close", "gl2 salesops_x1",
  desc="Tie the rollforward to the commission statements, rep by rep.")
x("2026-05-08", "09:00", 60, "Payroll – multi-state tax registration", "manager", "payroll", "pay1 hrops")

# ---- W20 (11 May) ----------------------------------------------------------------------------------------------------
x("2026-05-11", "13:00", 60, "Walkthrough", "director", "onboarding", "sean",
  desc="Sean's 30-day read-out on the close")
x("2026-05-12", "14:30", 60, "Revenue policy refresh", "director", "revenue", "priya mateo salesops counsel", org="priya")
x("2026-05-13", "13:00", 60, "Audit planning FY26 – Brightline", "director", "audit", "aud1 aud2 mateo sean", org="aud1")
x("2026-05-14", "13:00", 60, "Interview: SEC Reporting Manager", "director", "hiring", "recruit mateo", org="recruit",
  desc="New manager role for the IPO.")
x("2026-05-15", "10:00", 45, "Quick check", "vp", "planning", "cfo fpa", org="cfo", desc="Finance FY27 headcount ask – numbers")

# ---- W21 (18 May) ----------------------------------------------------------------------------------------------------
x("2026-05-18", "13:00", 60, "FY27 budget – G&A", "vp", "budget", "cfo fpa chro", org="fpa")
x("2026-05-19", "14:30", 60, "S-1 readiness – financial statements", "executive", "ipo", "cfo gc ir aud1", org="cfo",
  desc="Company IPO timeline and what the auditors need.")
x("2026-05-20", "13:00", 90, "Accounting team offsite – planning", "director", "team", "sean priya kelly mateo",
  desc="Agenda and goals for June's team day.")
x("2026-05-21", "13:00", 60, "Review", "ic", "technical", "ta1",
  desc="Commissions capitalisation (ASC 340-40) memo – my comments")
x("2026-05-22", "10:00", 60, "Treasury policy – investments", "director", "treasury", "treas mateo", org="treas")

# ---- W22 (25 May): Memorial Day ------------------------------------------------------------------------------------
allday("2026-05-25", 1, "Memorial Day", cat="holiday", transp="TRANSPARENT")
x("2026-05-26", "13:00", 60, "Close kickoff – May", "manager", "close", "sean gl1 gl2 rev1 ap1", org="sean")
x("2026-05-27", "14:00", 60, "Sync", "director", "staff", "sean priya kelly mateo", desc="SEC reporting team shape")
x("2026-05-28", "09:00", 60, "SOX scoping FY27", "director", "sox", "mateo sox_c aud2 sean")
x("2026-05-29", "10:00", 60, "Controller / CFO – H2 goals", "director", "one-on-one", "cfo", org="cfo")

# ---- more one-offs ---------------------------------------------------------------------------------------
x("2026-04-21", "15:00", 60, "Sublease income – accounting", "ic", "technical", "gl5 counsel",
  desc="Read the sublease and book the entries.")
x("2026-04-22", "10:00", 45, "Quick check", "manager", "close", "gl1 gl2", desc="April close calendar – who's out")
x("2026-04-24", "13:00", 60, "SOX remediation plan", "director", "sox", "mateo sox1 sox_c kelly priya")
x("2026-04-27", "15:00", 60, "Bank account rationalisation", "director", "treasury", "treas kelly ap1", org="treas")
x("2026-04-29", "10:00", 60, "Interview: Revenue Accountant", "manager", "hiring", "recruit rev1", org="recruit")
x("2026-04-30", "15:00", 60, "Close retro – Q1", "director", "close", "sean priya kelly mateo gl1 gl2",
  desc="What the quarter-end taught us, team by team.")
x("2026-05-04", "15:00", 60, "Check-in", "director", "onboarding", "sean", desc="First close – how did it feel?")
x("2026-05-05", "10:00", 60, "Audit committee follow-ups", "vp", "audit", "cfo gc mateo", org="cfo",
  desc="Actions the committee gave finance; owners across the function.")
x("2026-05-06", "10:30", 60, "Review", "ic", "revenue", "rev2", desc="April deferred revenue rollforward – my tick marks")
x("2026-05-07", "15:30", 60, "Sales comp accrual – Q2", "director", "close", "salesops priya fpa_x2", org="salesops")
x("2026-05-08", "13:00", 60, "Controllership hiring plan FY27", "director", "hiring", "recruit sean mateo", org="recruit")
x("2026-05-11", "15:00", 60, "Billing migration – UAT sign-off", "director", "systems", "itdir priya rev3 sys1 ns", org="itdir")
x("2026-05-12", "13:00", 60, "Contract assets – policy", "director", "revenue", "priya mateo ta1")
x("2026-05-13", "15:00", 45, "Sync", "vp", "planning", "cfo fpa tax treas ir", org="cfo",
  desc="Finance offsite – agenda and who presents")
x("2026-05-14", "15:00", 60, "Skip-level: revenue team", "director", "skip-level", "rev1 rev2 rev3",
  desc="No Priya. What's in your way?")
x("2026-05-18", "15:00", 60, "Intercompany – UK entity", "director", "close", "sean gl2 tax_x1 treas_x1",
  desc="Intercompany agreements, TP charges, settlement process across teams.")
x("2026-05-19", "10:00", 60, "Finance offsite", "vp", "offsite", "cfo fpa tax treas ir", org="cfo", online=False,
  loc="The Battery, SF", desc="Finance function strategy for the year of the IPO.")
x("2026-05-19", "11:00", 180, "Finance offsite (cont.)", "vp", "offsite", "cfo fpa tax treas ir", org="cfo", online=False,
  loc="The Battery, SF")
x("2026-05-20", "15:00", 60, "Interview: SEC Reporting Manager – final", "director", "hiring", "recruit mateo cfo", org="recruit")
x("2026-05-21", "15:00", 60, "Audit RFP – internal audit co-source", "vp", "audit", "cfo gc ac1", org="cfo",
  desc="Choose the internal audit partner; budget.")
x("2026-05-22", "13:00", 45, "Walkthrough", "manager", "payroll", "pay1 pay2",
  desc="New multi-state payroll calendar – step by step")
x("2026-05-26", "10:00", 60, "Revenue team staffing", "director", "org-design", "priya recruit",
  desc="Priya's proposal for a revenue ops analyst.")
x("2026-05-27", "10:00", 60, "FY27 finance headcount – final", "vp", "budget", "cfo fpa", org="cfo")
x("2026-05-28", "13:00", 60, "Close kickoff prep – May", "manager", "close", "sean gl1 gl2")

# ---- declined / cancelled ----------------------------------------------------------------------------------------------
x("2026-03-18", "16:00", 60, "Expense policy refresh", "manager", "ap-ar", "kelly ap1 hrops", org="kelly", me="DECLINED")
x("2026-04-07", "16:30", 60, "Finance happy hour 🍻", "excluded", "social", "fpa_x1", org="fpa_x1", groups=["acct"],
  status="CANCELLED")
x("2026-05-12", "10:00", 30, "Vendor master clean-up", "ic", "ap-ar", "ap1 sys1", org="ap1", status="CANCELLED")

# ---- after the span ------------------------------------------------------------------------------------------------------
x("2026-06-03", "13:00", 60, "May flux", "director", "flux", "sean priya kelly mateo fpa")

# ============================================================================================
# profile.yaml and README.md
# ============================================================================================
PROFILE = CAL.profile(aliases="rnguyen@larkspur.example", function="finance", promoted="2026-01-05",
                      manager="cfo", directs=['sean', 'priya', 'kelly', 'mateo'],
                      peers=['fpa', 'tax', 'treas', 'ir'], hours=('08:00', '17:00'), target="0.30")


README = r'''# Development calendar: a Corporate Controller at a software company (Apple/iCloud export)

@@about@@
| `generate.py` | writes every other file, byte-identically (stdlib only, fixed seed, `DTSTAMP:20260601T160000Z`); asserts that calendar UIDs and truth keys match, lines fit 75 octets, and every company attendee is in `org.csv`. `--instances` prints the expanded instance set. |
| `calendar.ics` | Apple Calendar / iCloud export (`PRODID:-//Apple Inc.//macOS 15.3.1//EN`, uppercase UUID UIDs, `ATTENDEE;CN=…;EMAIL=…`, `X-APPLE-TRAVEL-ADVISORY-BEHAVIOR`, `VALARM`s with their own UIDs, every event in `America/Los_Angeles`, Zoom links in descriptions). |
| `truth.csv` | `key,level,category,title`: one row per UID, plus `UID|RECURRENCE-ID` (UTC) rows for overrides that change what the meeting is. |
| `org.csv` | `email,name,manager_email`: @@n_people@@ people: the CEO and executives, the CFO's directs, the controller's managers, accountants and specialists, and people elsewhere in the company. |
| `profile.yaml` | the leader (`level: director`, `function: finance`, `org_chart: org.csv`). |

@@span@@

## The leader

**Rachel Nguyen, Corporate Controller at Larkspur** (`larkspur.example`, a ~600-person B2B software
company preparing for an IPO; San Francisco; reports to the CFO, Michael Brandt). She was Assistant
Controller and became Controller on 5 January 2026, over Revenue Accounting (Priya Das), Accounting
Operations — AP, AR, payroll, NetSuite (Kelly Owens) — and Technical Accounting & SOX (Mateo Silva).
Her old seat stayed open until Sean Murphy started on 20 April, so the two senior GL accountants
reported to her and she kept running the close herself: the daily close stand-up, JE review twice a
week, the Friday reconciliation review, weekly 1:1s with the senior accountants.

- **W10**: February close, done by hand.
- **W11–W13**: SOX walkthroughs as control owner; the Acme deal (non-standard terms) pulls her into
  reading the contract and drafting the ASC 606 memo; Assistant Controller interviews and offer.
- **W14–W15**: Q1 close and the auditors' quarterly review: cut-off testing, consolidation, the
  quarterly flux written by herself, PBC uploads, board-pack tie-out. The lowest weeks.
- **W16–W17**: audit scope, talent review, audit committee; Sean starts (W17): the close stand-up,
  JE review, recs review and senior-accountant 1:1s leave her calendar.
- **W18–W22**: the board, April close run by Sean, SOX deficiency evaluation, FY27 budget, IPO
  readiness; Memorial Day.

## Labelling principles

Levels are the level of the **work**, per PRODUCT.md. For a director: **below** = `ic`, `manager`;
**at** = `director`; **above** = `vp`, `executive`.

| level | in controllership | examples here |
|---|---|---|
| `ic` | doing the accounting: reviewing JEs and recs line by line, writing memos and flux commentary, tie-outs, cut-off testing, PBC pulls, SOX walkthroughs as control owner, phone screens | JE review, Recs review, Acme rev rec memo – drafting, Q1 flux – line by line, Board pack – financials tie-out, SOX walkthrough – financial close, PBC – Q1 review |
| `manager` | running one team's execution: the daily close stand-up and day-by-day close checks, AP/AR weekly, collections, payroll sync, hiring staff accountants, recurring 1:1s with accountants two levels down | Close stand-up, Close check – day 2, AP / AR weekly, Collections, Payroll sync, Amber / Rachel, Interview: Staff Accountant |
| `director` | running several teams' delivery: her staff, 1:1s with her managers, her CFO and peers, the monthly flux review where managers present, close calendar and retro, auditor status and closing meetings, SOX programme, deal desk, tax provision, systems roadmap, hiring managers, skip-levels | Accounting staff, Priya / Rachel, Michael / Rachel, Flux review, Audit status – Brightline, SOX program weekly, Deal desk – non-standard terms, Tax provision Q1, Interview: Assistant Controller |
| `vp` | building the finance function: the CFO's staff, finance budget and headcount, talent review, org design, audit scope and fees | Finance leadership, Finance budget FY27 – controllership, Finance talent review, Finance org design – controllership, Audit fees & scope FY26 |
| `executive` | the company and its board: audit committee, board, board deck review with the CEO, IPO readiness and S-1, all-hands | Audit committee, Board meeting, Board deck review – Q1, IPO readiness steering, S-1 readiness |
| `excluded` | not a meeting: lunch, Pilates, kids' swim, heads-down blocks, the Q1 close banner, holidays | |

Rules of thumb:

1. **"Review" says nothing by itself.** JE review and recs review are line-by-line (`ic`); the monthly
   flux review where managers present is `director`; writing the flux commentary herself is `ic`;
   the board deck with the CEO is `executive`, tying out the board pack is `ic`.
2. **Audit splits**: pulling PBC items and walkthroughs as control owner `ic`; the weekly status and
   closing meetings with the auditors `director`; scope and fees `vp`; the audit committee `executive`.
3. **Hiring at the level of the role's manager**: staff accountant `manager`; Assistant Controller and
   SEC Reporting Manager `director`; phone screens `ic`.
4. **Relative 1:1s**: with her managers, the CFO and her peers → `director`; recurring 1:1s with the
   senior accountants while the Assistant Controller seat is open → `manager`; an occasional
   skip-level → `director`.
5. **Generic titles** ("Sync", "Quick check", "Walkthrough", "Review", "Check-in") are labelled by
   who is there and the description: with one accountant doing the math it is `ic`; with only her
   managers it is `director`; with the CFO and peers it is `vp`.
6. A block with no other attendee is `excluded`; declined and cancelled meetings are still labelled.

## Judgement calls

- **Acme – contract review and the memo drafting → `ic`**; the memo review with the audit partner →
  `director` (the accounting position for the company's revenue, agreed with the auditors).
- **Tax provision Q1 → `director`**: run by her peer with the external advisor; she brings the books.
- **Treasury policy – investments → `director`**: a peer's policy she reviews for accounting.
- **Board pack – financials tie-out → `ic`** but **Board deck review – Q1 → `executive`**.
- **"Walkthrough" on 11 May with Sean** (his 30-day read-out) → `director`; **"Walkthrough" on 27
  March** with the SOX analyst and a senior accountant on evidence samples → `ic`.
- **A repurposed occurrence**: "Priya / Rachel" on 17 March became "Priya + Omar: Acme SSP calc",
  building the allocation in the sheet together: `ic`, keyed `UID|RECURRENCE-ID`.
- **Finance happy hour 🍻 → `excluded`** (social, and cancelled).

@@counting@@
'''


if __name__ == "__main__":
    CAL.main(sys.argv[1:], __file__, PROFILE, README)
