#!/usr/bin/env python3
"""Held-out evaluation calendar for Altitude: a Head of Finance (Google Calendar export).

Written independently of Rules/, SampleData/, Tests/Evaluation/ and Sources/AltitudeRules/: the
labels come from the altitude model in PRODUCT.md and an executive coach's judgement of the work
done in each meeting.

The calendar of Dana Whitlock, Head of Finance (VP) at Brightwater Analytics, for the 12 ISO weeks
2026-W37 .. 2026-W48 (Monday 2026-09-07 .. Sunday 2026-11-29).

Writes, next to this file, byte-identically on every run (fixed seeds, fixed DTSTAMP, nothing
depends on today's date or the machine's time zone data; standard library only):

  calendar.ics   Google Calendar export (PRODID, VTIMEZONE, Google attendee lines, CRLF, folding)
  truth.csv      key,level,category,title - one row per UID (plus UID|RECURRENCE-ID rows for
                 overrides that change what a meeting is)
  profile.yaml   the leader's profile
  org.csv        email,name,manager_email - the org chart
  README.md      the leader, the story, labelling principles, weekly truth table

Run: python3 Tests/Holdout/head-of-finance/generate.py      (from anywhere)
"""
import csv
import datetime as dt
import io
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261129
DTSTAMP = "20261130T150000Z"
FIRST = dt.date(2026, 9, 7)          # Monday of ISO week 2026-W37
WEEKS = 12
LAST = FIRST + dt.timedelta(weeks=WEEKS)   # 2026-11-30, exclusive

NY, CHI, LA = "America/New_York", "America/Chicago", "America/Los_Angeles"
STD_OFFSET = {NY: -5, CHI: -6, LA: -8}     # all follow the US DST rule
TZABBR = {NY: ("EDT", "EST"), CHI: ("CDT", "CST"), LA: ("PDT", "PST")}
HOME_TZ = NY
LEVELS = ["ic", "manager", "director", "vp", "executive", "excluded"]
LEADER_LEVEL = "vp"
RANK = {"ic": 0, "manager": 1, "director": 2, "vp": 3, "executive": 4}

ORG = "brightwater.example"

# ----------------------------------------------------------------------------------------------
# Time zones (US rule: DST from the 2nd Sunday of March 02:00 to the 1st Sunday of November 02:00)


def _sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def is_dst_local(local):
    start = dt.datetime.combine(_sunday(local.year, 3, 2), dt.time(2))
    end = dt.datetime.combine(_sunday(local.year, 11, 1), dt.time(1))
    return start <= local < end


def to_utc(local, tz):
    return local - dt.timedelta(hours=STD_OFFSET[tz] + (1 if is_dst_local(local) else 0))


def utc_to_home(u):
    off = STD_OFFSET[HOME_TZ]
    start = dt.datetime.combine(_sunday(u.year, 3, 2), dt.time(2 - off))
    end = dt.datetime.combine(_sunday(u.year, 11, 1), dt.time(1 - off))
    return u + dt.timedelta(hours=off + (1 if start <= u < end else 0))


def zstamp(u):
    return u.strftime("%Y%m%dT%H%M%SZ")


def lstamp(t):
    return t.strftime("%Y%m%dT%H%M%S")


def vtimezone(tz):
    std = STD_OFFSET[tz]
    fmt = lambda h: "%+03d00" % h
    dst_name, std_name = TZABBR[tz]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tz}", f"X-LIC-LOCATION:{tz}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{fmt(std)}", f"TZOFFSETTO:{fmt(std + 1)}", f"TZNAME:{dst_name}",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{fmt(std + 1)}", f"TZOFFSETTO:{fmt(std)}", f"TZNAME:{std_name}",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


# ----------------------------------------------------------------------------------------------
# People: key -> (name, email, manager key). The org chart (org.csv) is built from this table plus
# people elsewhere in the company generated with a fixed seed.

P = {}


def person(key, name, manager, email=None):
    P[key] = (name, email or (name.lower().replace(" ", ".").replace("'", "") + "@" + ORG), manager)


# the CEO and her staff
person("laura", "Laura Brandt", None)
person("daniel", "Daniel Reyes", "laura")       # CFO
person("kevin", "Kevin Osei", "laura")          # CRO
person("ana", "Ana Ribeiro", "laura")           # CTO
person("james", "James Hartley", "laura")       # CPO (product)
person("monica", "Monica Sato", "laura")        # Chief People Officer
person("peter", "Peter Lund", "laura")          # General Counsel
person("rosa", "Rosa Alvarez", "laura")         # Chief Customer Officer
person("julia", "Julia Moss", "laura")          # EA to the CEO and CFO
# the CFO's staff
person("dana", "Dana Whitlock", "daniel")       # THE LEADER: Head of Finance
person("marcus", "Marcus Feld", "daniel")       # VP Corporate Development & IR
person("renee", "Renee Okonkwo", "daniel")      # VP Business Systems
person("sam", "Sam Whitaker", "daniel")         # Head of Procurement
# Dana's directs
person("grace", "Grace Liu", "dana")            # Controller (starts 19 Oct)
person("hannah", "Hannah Lindqvist", "dana")    # Director FP&A
person("rafael", "Rafael Costa", "dana")        # Director of Tax
person("sunita", "Sunita Rao", "dana")          # Treasury Manager
person("kofi", "Kofi Mensah", "dana")           # Finance Systems Manager (NetSuite)
person("claire", "Claire Dubois", "dana")       # Deal Desk Manager
# Controller org
person("nadia", "Nadia Petrova", "grace")       # Accounting Manager, GL & close (interim direct until 19 Oct)
person("omar", "Omar Haddad", "grace")          # Accounting Operations Manager (interim direct until 19 Oct)
person("ravi", "Ravi Kapoor", "grace")          # Revenue Accounting Manager
person("tom", "Tom Becker", "nadia")            # senior accountant
person("priya", "Priya Nair", "nadia")          # senior accountant
person("ethan", "Ethan Cole", "tom")            # staff accountant
person("mei", "Mei Lin", "tom")                 # staff accountant
person("jose", "Jose Rivera", "priya")          # staff accountant
person("fatima", "Fatima Aziz", "priya")        # staff accountant
person("sofia", "Sofia Greco", "ravi")          # revenue accountant
person("ben", "Ben Adler", "ravi")              # revenue accountant
person("lucy", "Lucy Tran", "omar")             # AP specialist
person("derek", "Derek Moss", "omar")           # AP specialist
person("aisha", "Aisha Bello", "omar")          # AR / collections specialist
person("carlos", "Carlos Mendes", "omar")       # billing specialist
person("paula", "Paula King", "omar")           # Payroll Manager
person("henry", "Henry Wu", "paula")            # payroll specialist
# FP&A
person("jordan", "Jordan Price", "hannah")      # FP&A Manager, corporate
person("elena", "Elena Vasquez", "hannah")      # FP&A Manager, business partnering
person("liam", "Liam O'Connor", "jordan", "liam.oconnor@" + ORG)
person("zoe", "Zoe Kim", "jordan")
person("noah", "Noah Fischer", "elena")
person("ivy", "Ivy Chen", "elena")
# Tax, treasury, systems, deal desk
person("maria", "Maria Santos", "rafael")       # Tax Manager
person("kai", "Kai Yamamoto", "maria")          # tax analyst
person("owen", "Owen Griffin", "sunita")        # treasury analyst
person("lena", "Lena Hoffman", "kofi")          # NetSuite administrator
person("arjun", "Arjun Mehta", "kofi")          # finance systems analyst
person("tessa", "Tessa Moreau", "claire")       # deal desk analyst
person("victor", "Victor Lam", "claire")        # deal desk analyst
# elsewhere in the company
person("brian", "Brian Cho", "kevin")           # VP Sales North America
person("nicole", "Nicole Baptiste", "kevin")    # VP Revenue Operations
person("greg", "Greg Lawson", "brian")          # RVP Enterprise East
person("amy", "Amy Donovan", "greg")            # enterprise AE
person("raj", "Raj Patel", "ana")               # VP Engineering
person("tanisha", "Tanisha Brooks", "monica")   # HR business partner, G&A
person("olivia", "Olivia Grant", "monica")      # recruiter, G&A
person("ines", "Ines Moreau", "peter")          # commercial counsel
person("colin", "Colin Shaw", "rosa")           # VP Customer Success
person("comms", "Brightwater Internal Comms", "monica", "internal.comms@" + ORG)
person("fin_team", "Finance Team", "dana", "finance-team@" + ORG)

EXTERNAL = {
    # auditors
    "hm_partner": ("Catherine Hale", "chale@halemorrow.example"),
    "hm_sm": ("Anthony Russo", "arusso@halemorrow.example"),
    "hm_senior": ("Bianca Ortiz", "bortiz@halemorrow.example"),
    "hm_assoc": ("Jake Turner", "jturner@halemorrow.example"),
    # bank
    "bank_md": ("Stephen Park", "stephen.park@harbortrust.example"),
    "bank_tm": ("Alicia Gomez", "alicia.gomez@harbortrust.example"),
    # NetSuite implementation partner
    "ll_pm": ("Megan Doyle", "megan.doyle@ledgerline.example"),
    "ll_arch": ("Ryan Kowal", "ryan.kowal@ledgerline.example"),
    # tax advisors
    "kt_partner": ("Howard Keller", "hkeller@kellertax.example"),
    "kt_mgr": ("Lisa Ng", "lng@kellertax.example"),
    # a customer
    "mer_cfo": ("Victoria Hayes", "victoria.hayes@meridianhealth.example"),
    "mer_ap": ("Tom Rigby", "tom.rigby@meridianhealth.example"),
    # payroll provider
    "pc_csm": ("Dwayne Ellis", "dwayne.ellis@paycore.example"),
    # board / audit committee chair
    "board_ac": ("Eleanor Whitcomb", "eleanor@whitcombcap.example"),
    "board_vc": ("Jonah Adler", "jonah@northpeak.example"),
    # candidates
    "cand_grace": ("Grace Liu", "grace.liu.cpa@inbox.example"),
    "cand_mark": ("Mark Delaney", "mdelaney@mailbox.example"),
    "cand_sara": ("Sara Lindgren", "sara.lindgren@inbox.example"),
    "cand_acct1": ("Kevin Marsh", "kmarsh.acct@inbox.example"),
    "cand_acct2": ("Alana Perez", "alana.perez@mailbox.example"),
    "cand_fpa": ("Daniel Osei", "dosei.finance@inbox.example"),
}
ROOMS = {
    "harbor": ("BOS-5-Harbor (10)", "c_188a1f9e2b4c6d0e@resource.calendar.google.com"),
    "beacon": ("BOS-5-Beacon (6)", "c_188b7c3d5e9f1a2b@resource.calendar.google.com"),
    "board": ("BOS-8-Boardroom (20)", "c_188c4e6f8a0b2c4d@resource.calendar.google.com"),
}

ME = P["dana"][1]
ALIAS = "dwhitlock@" + ORG
DIRECTS = ["grace", "hannah", "rafael", "sunita", "kofi", "claire"]
PEERS = ["marcus", "renee", "sam"]


def who(k):
    if k in P:
        return P[k][0], P[k][1]
    return EXTERNAL[k]


# generated people elsewhere in the company, for org.csv
FIRSTN = ["Alex", "Jamie", "Morgan", "Taylor", "Casey", "Riley", "Avery", "Quinn", "Drew", "Reese", "Jordan",
          "Cameron", "Rowan", "Skyler", "Emerson", "Hayden", "Parker", "Sasha", "Robin", "Devon", "Kendall",
          "Blake", "Logan", "Elliot", "Harper", "Micah", "Noel", "Shay", "Arden", "Peyton", "Marisol", "Tariq",
          "Wen", "Aditi", "Kwabena", "Lucia", "Mateo", "Yuki", "Sanjay", "Farah", "Bogdan", "Ingrid", "Chidi"]
LASTN = ["Abbott", "Baker", "Carver", "Dalton", "Ellison", "Fraser", "Gallagher", "Hughes", "Iverson", "Jensen",
         "Keane", "Lowry", "Maddox", "Nolan", "Ortega", "Pruitt", "Quintero", "Ramsey", "Sutton", "Thornton",
         "Underwood", "Vance", "Walsh", "Xu", "Yates", "Zamora", "Bishop", "Coleman", "Duarte", "Eastman",
         "Finch", "Goodwin", "Holloway", "Ibarra", "Jovanovic", "Kaur", "Larkin", "Mbeki", "Novak", "Okafor"]
ELSEWHERE = [  # (manager key, how many people, prefix of the sub-team managers)
    ("kevin", 3), ("brian", 5), ("greg", 7), ("nicole", 6), ("ana", 4), ("raj", 7), ("james", 6),
    ("monica", 5), ("peter", 3), ("rosa", 4), ("colin", 7),
]


def org_rows():
    rng = random.Random(SEED + 7)
    rows = [(P[k][1], P[k][0], P[P[k][2]][1] if P[k][2] else "") for k in P if k not in ("comms", "fin_team")]
    used = {r[0] for r in rows}
    for mgr, n in ELSEWHERE:
        for i in range(n):
            while True:
                name = rng.choice(FIRSTN) + " " + rng.choice(LASTN)
                email = name.lower().replace(" ", ".") + "@" + ORG
                if email not in used:
                    break
            used.add(email)
            rows.append((email, name, P[mgr][1]))
            # every generated first-line manager gets a team
            if i < 3 and mgr not in ("kevin", "ana", "monica", "peter", "rosa"):
                for _ in range(rng.randint(3, 6)):
                    while True:
                        n2 = rng.choice(FIRSTN) + " " + rng.choice(LASTN)
                        e2 = n2.lower().replace(" ", ".") + "@" + ORG
                        if e2 not in used:
                            break
                    used.add(e2)
                    rows.append((e2, n2, email))
    return rows


# ----------------------------------------------------------------------------------------------
# Calendar model

DAYIDX = {"SU": 0, "MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6}
HORIZON = dt.datetime(2027, 1, 1)


def day(week, dow):
    """week 1..12, dow 0=Mon .. 6=Sun -> date"""
    return FIRST + dt.timedelta(weeks=week - 1, days=dow)


def at(week, dow, hhmm):
    h, m = map(int, hhmm.split(":"))
    return dt.datetime.combine(day(week, dow), dt.time(h, m))


def ld(y, mo, d, hhmm="00:00"):
    h, m = map(int, hhmm.split(":"))
    return dt.datetime(y, mo, d, h, m)


def expand(e):
    """Start times (local, naive, in e['tz']) of a master, before EXDATE and overrides."""
    r = e["rrule"]
    s = e["start"]
    if not r:
        return [s]
    out, n = [], 0
    until, count, interval = r.get("until"), r.get("count"), r.get("interval", 1)

    def take(t):
        nonlocal n
        if t < s:
            return True
        if (until and t > until) or (count and n >= count) or t >= HORIZON:
            return False
        n += 1
        out.append(t)
        return True

    if r["freq"] == "DAILY":
        t = s
        while take(t):
            t += dt.timedelta(days=interval)
        return out
    if r["freq"] == "WEEKLY":
        offs = sorted(DAYIDX[d] for d in r["byday"])
        sunday = s.date() - dt.timedelta(days=(s.weekday() + 1) % 7)
        k = 0
        while True:
            base = sunday + dt.timedelta(weeks=k * interval)
            for o in offs:
                if not take(dt.datetime.combine(base + dt.timedelta(days=o), s.time())):
                    return out
            k += 1
    if r["freq"] == "MONTHLY":
        nth, wd = int(r["byday"][:-2]), DAYIDX[r["byday"][-2:]]
        y, mo = s.year, s.month
        while True:
            d = dt.date(y, mo, 1)
            d += dt.timedelta(days=(wd - (d.weekday() + 1) % 7) % 7)
            d += dt.timedelta(weeks=nth - 1)
            if not take(dt.datetime.combine(d, s.time())):
                return out
            mo += interval
            while mo > 12:
                mo -= 12
                y += 1
    raise ValueError(r)


class Calendar:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.uid_rng = random.Random(SEED + 1)
        self.events = []

    def uid(self):
        alphabet = "0123456789abcdefghijklmnopqrstuv"
        return "".join(self.uid_rng.choice(alphabet) for _ in range(26)) + "@google.com"

    def add(self, title, start, minutes=30, *, tz=NY, org="dana", att=(), opt=(), rooms=(),
            me="ACCEPTED", me_addr=ME, rrule=None, exdates=(), level=None, cat=None, allday=False,
            days=1, status=None, loc=None, meet=True, desc=None, private=False, transp=None, seq=0):
        assert level in LEVELS, (title, level)
        for k in list(att) + list(opt) + ([org] if org else []):
            who(k)
        e = dict(uid=self.uid(), title=title, start=start, tz=tz, org=org, att=list(att) + list(opt),
                 opt=set(opt), rooms=list(rooms), me=me, me_addr=me_addr, rrule=rrule,
                 exdates=list(exdates), level=level, cat=cat, allday=allday, status=status, loc=loc,
                 desc=desc, private=private, transp=transp, seq=seq, rid=None, own_row=True)
        if allday:
            e["end"] = start + dt.timedelta(days=days)
        else:
            e["end"] = start + dt.timedelta(minutes=minutes)
        e["ps"] = {k: self.rng.choice(["ACCEPTED"] * 6 + ["TENTATIVE", "NEEDS-ACTION"]) for k in e["att"]}
        if meet and not allday and (e["att"] or org != "dana"):
            code = "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(10))
            e["meet"] = f"https://meet.google.com/{code[:3]}-{code[3:7]}-{code[7:]}"
        else:
            e["meet"] = None
        base = to_utc(start if not allday else dt.datetime.combine(start, dt.time(9)), tz)
        created = base - dt.timedelta(days=self.rng.randint(2, 40), minutes=self.rng.randint(0, 1439))
        e["created"] = min(created, dt.datetime(2026, 11, 20, 16, 0))
        e["modified"] = e["created"] + dt.timedelta(minutes=self.rng.randint(1, 3000))
        self.events.append(e)
        return e

    def override(self, master, rid, *, start=None, minutes=None, level=None, cat=None, **changes):
        """A moved / changed / cancelled occurrence: same UID, RECURRENCE-ID in the master's zone."""
        assert rid in expand(master) and rid not in master["exdates"], (master["title"], rid)
        e = dict(master)
        e.update(rrule=None, exdates=[], rid=rid, seq=master["seq"] + 1, own_row=level is not None,
                 att=list(master["att"]), ps=dict(master["ps"]), opt=set(master["opt"]))
        dur = master["end"] - master["start"]
        e["start"] = start if start is not None else rid
        e["end"] = e["start"] + (dt.timedelta(minutes=minutes) if minutes else dur)
        e["level"] = level if level is not None else master["level"]
        e["cat"] = cat if cat is not None else master["cat"]
        for k, v in changes.items():
            assert k in e, k
            e[k] = v
        if "att" in changes:
            e["ps"] = {k: e["ps"].get(k, "ACCEPTED") for k in e["att"]}
        e["modified"] = to_utc(rid, master["tz"]) - dt.timedelta(days=self.rng.randint(1, 6),
                                                                 hours=self.rng.randint(0, 9))
        self.events.append(e)
        return e

    def instances(self):
        masters = {e["uid"]: e for e in self.events if e["rid"] is None}
        overrides = {(e["uid"], e["rid"]): e for e in self.events if e["rid"] is not None}
        out = []
        for uid, m in masters.items():
            if m["allday"]:
                assert not m["rrule"]
                out.append(dict(e=m, allday=True, s=m["start"], en=m["end"], key=uid))
                continue
            for t in expand(m):
                if t in m["exdates"] or (uid, t) in overrides:
                    continue
                out.append(self._timed(m, t))
        for (uid, rid), o in overrides.items():
            out.append(self._timed(o, o["start"]))
        return out

    def _timed(self, e, t):
        su = to_utc(t, e["tz"])
        eu = to_utc(t + (e["end"] - e["start"]), e["tz"])
        assert eu > su, e["title"]
        return dict(e=e, allday=False, s=su, en=eu, key=self._key(e))

    def _key(self, e):
        if e["rid"] is not None and e["own_row"]:
            return e["uid"] + "|" + zstamp(to_utc(e["rid"], e["tz"]))
        return e["uid"]


def counted(i):
    e = i["e"]
    return (not i["allday"] and e["status"] != "CANCELLED" and e["me"] != "DECLINED"
            and e["level"] != "excluded")


# ----------------------------------------------------------------------------------------------
# The calendar itself

def build():
    c = Calendar()
    W = at
    add = c.add

    def one(w, d, hhmm, minutes, title, level, cat, att="", org="dana", **kw):
        return add(title, W(w, d, hhmm), minutes, att=att.split(), org=org, level=level, cat=cat, **kw)

    # ---------------- all-day: holidays, PTO, working location, travel ----------------------------
    for title, d, n, cat, tr in [
        ("Labor Day", day(1, 0), 1, "holiday", "TRANSPARENT"),
        ("Aug close – BD6 (flux due)", day(1, 1), 1, "focus", "TRANSPARENT"),
        ("Q3 quarter end", day(4, 2), 1, "focus", "TRANSPARENT"),
        ("Sep/Q3 close BD1–BD8", day(4, 3), 8, "focus", "TRANSPARENT"),
        ("Federal extension deadline (10/15)", day(6, 3), 1, "focus", "TRANSPARENT"),
        ("OOO – Mia's school trip chaperone", day(7, 4), 1, "out_of_office", "OPAQUE"),
        ("Oct close BD1–BD6", day(9, 0), 6, "focus", "TRANSPARENT"),
        ("NYC – Harbor Trust + Marcus IR day", day(9, 2), 1, "travel", "TRANSPARENT"),
        ("Hale & Morrow interim fieldwork (on site)", day(10, 0), 10, "focus", "TRANSPARENT"),
        ("Thanksgiving", day(12, 3), 1, "holiday", "TRANSPARENT"),
        ("Day after Thanksgiving – office closed", day(12, 4), 1, "holiday", "TRANSPARENT"),
    ]:
        add(title, d, allday=True, days=n, org="dana", level="excluded", cat=cat, transp=tr, meet=False)

    # ---------------- recurring series ------------------------------------------------------------
    staff = add("Finance Leadership Team (FLT)", ld(2026, 7, 13, "10:00"), 90, att=DIRECTS + ["nadia", "omar"],
                rooms=["harbor"], rrule=dict(freq="WEEKLY", byday=["MO"]), exdates=[ld(2026, 9, 7, "10:00")],
                level="vp", cat="staff_own", seq=2,
                desc="Standing agenda: 1) close / cash headline 2) decisions needed 3) people 4) AOB")
    c.override(staff, ld(2026, 10, 19, "10:00"), title="FLT – welcome Grace!")
    c.override(staff, ld(2026, 11, 2, "10:00"), title="FLT → finance org design (post-NetSuite)",
               minutes=150, level="vp", cat="talent_org", att=DIRECTS + ["tanisha"])
    c.override(staff, ld(2026, 11, 23, "10:00"), title="Canceled: FLT (short week)", status="CANCELLED",
               transp="TRANSPARENT")

    cfo_staff = add("CFO Staff", ld(2026, 6, 1, "13:00"), 60, org="daniel", att=PEERS + ["julia"],
                    rooms=["beacon"], rrule=dict(freq="WEEKLY", byday=["MO"]),
                    exdates=[ld(2026, 9, 7, "13:00")], level="vp", cat="staff_manager",
                    desc="Daniel's staff: KPIs, board & audit committee calendar, decisions, people.")
    c.override(cfo_staff, ld(2026, 11, 9, "13:00"), title="CFO Staff – board deck final read", minutes=90,
               level="executive", cat="board")

    c.add("Dana / Hannah 1:1", ld(2026, 7, 13, "15:00"), 45, att=["hannah"], rrule=dict(freq="WEEKLY", byday=["MO"]),
          exdates=[ld(2026, 9, 7, "15:00"), ld(2026, 11, 23, "15:00")], level="vp", cat="one_on_one_direct")

    c.add("Focus: review & sign-offs", ld(2026, 7, 13, "08:30"), 90, att=[], rrule=dict(freq="WEEKLY", byday=["MO", "WE"]),
          exdates=[ld(2026, 9, 7, "08:30")], level="excluded", cat="focus", meet=False, transp="OPAQUE")

    d11 = add("Daniel <> Dana 1:1", ld(2026, 6, 2, "09:00"), 60, org="daniel", att=[],
              rrule=dict(freq="WEEKLY", byday=["TU"]), level="vp", cat="one_on_one_manager")
    c.override(d11, ld(2026, 9, 8, "09:00"), title="Canceled: Daniel <> Dana 1:1", status="CANCELLED",
               transp="TRANSPARENT")
    c.override(d11, ld(2026, 11, 10, "09:00"), title="Daniel <> Dana – audit committee prep", minutes=60,
               level="executive", cat="board")
    c.override(d11, ld(2026, 11, 24, "09:00"), start=ld(2026, 11, 24, "12:00"))

    c.add("Dana / Rafael", ld(2026, 7, 14, "11:00"), 45, att=["rafael"], rrule=dict(freq="WEEKLY", interval=2, byday=["TU"]),
          level="vp", cat="one_on_one_direct")
    c.add("Dana / Sunita", ld(2026, 7, 21, "11:00"), 45, att=["sunita"], rrule=dict(freq="WEEKLY", interval=2, byday=["TU"]),
          level="vp", cat="one_on_one_direct")

    apr = add("AP payment run approval", ld(2026, 3, 3, "14:00"), 30, org="omar", att=["lucy", "derek"],
              me_addr=ALIAS, rrule=dict(freq="WEEKLY", byday=["TU"]), level="manager", cat="team_meeting",
              desc="Payment proposal for Thursday's run – exceptions, early-pay, holds.")
    for d in (ld(2026, 10, 27, "14:00"), ld(2026, 11, 3, "14:00"), ld(2026, 11, 10, "14:00"),
              ld(2026, 11, 17, "14:00"), ld(2026, 11, 24, "14:00")):
        c.override(apr, d, me="DECLINED", transp="TRANSPARENT")

    c.add("Deal desk – weekly non-standard deals", ld(2026, 4, 7, "16:00"), 60, org="claire",
          att=["tessa", "victor", "nicole", "brian"], rrule=dict(freq="WEEKLY", byday=["TU"]),
          level="director", cat="review",
          desc="Deals > $150k ARR or off-policy: discount, payment terms, MFN, termination for convenience.")

    c.add("Gym", ld(2026, 6, 2, "06:30"), 60, att=[], rrule=dict(freq="WEEKLY", byday=["TU", "TH"]),
          exdates=[ld(2026, 11, 26, "06:30")], level="excluded", cat="personal", meet=False, private=True)

    nadia = add("Nadia / Dana 1:1", ld(2026, 7, 15, "10:00"), 30, att=["nadia"],
                rrule=dict(freq="WEEKLY", byday=["WE"], until=ld(2026, 10, 14, "10:00")),
                level="vp", cat="one_on_one_direct", desc="Interim reporting line until the Controller starts.")
    add("Omar / Dana 1:1", ld(2026, 7, 15, "10:30"), 30, att=["omar"],
        rrule=dict(freq="WEEKLY", byday=["WE"], until=ld(2026, 10, 14, "10:30")),
        level="vp", cat="one_on_one_direct", desc="Interim reporting line until the Controller starts.")
    # after Grace starts, Nadia keeps a standing slot with Dana: close questions go around the Controller
    nc = add("Nadia / Dana – close catch-up", ld(2026, 10, 28, "10:00"), 30, org="nadia", att=[],
             rrule=dict(freq="WEEKLY", interval=2, byday=["WE"]), level="manager", cat="skip_level",
             desc="Keep this? – N")
    c.override(nc, ld(2026, 11, 11, "10:00"), title="Canceled: Nadia / Dana – close catch-up", status="CANCELLED",
               transp="TRANSPARENT")
    add("Grace / Dana 1:1", ld(2026, 10, 21, "10:30"), 45, att=["grace"], rrule=dict(freq="WEEKLY", byday=["WE"]),
        exdates=[ld(2026, 11, 4, "10:30"), ld(2026, 11, 11, "10:30"), ld(2026, 11, 25, "10:30")], level="vp", cat="one_on_one_direct")

    ns = add("NetSuite implementation – steering committee", ld(2026, 6, 10, "14:00"), 60, org="kofi",
             att=["grace", "hannah", "renee", "lena", "ll_pm", "ll_arch"], rrule=dict(freq="WEEKLY", interval=2, byday=["WE"]),
             level="director", cat="review", desc="Status / RAID / decisions. Go-live 4 Jan 2027.")
    c.override(ns, ld(2026, 11, 25, "14:00"), start=ld(2026, 11, 24, "14:00"))

    add("Marcus / Dana", ld(2026, 7, 22, "16:00"), 30, org="marcus", att=[], rrule=dict(freq="WEEKLY", interval=2, byday=["WE"]),
        exdates=[ld(2026, 11, 11, "16:00")], level="vp", cat="one_on_one_peer")
    rn = add("Renee / Dana sync", ld(2026, 7, 15, "16:00"), 30, org="renee", att=[],
             rrule=dict(freq="WEEKLY", interval=2, byday=["WE"]), level="vp", cat="one_on_one_peer")
    c.override(rn, ld(2026, 11, 4, "16:00"), me="DECLINED", transp="TRANSPARENT")

    add("School pickup", ld(2026, 9, 2, "15:15"), 45, att=[], rrule=dict(freq="WEEKLY", byday=["WE"]),
        exdates=[ld(2026, 11, 4, "15:15"), ld(2026, 11, 25, "15:15")], level="excluded", cat="personal", meet=False, private=True)

    add("Dana / Kofi", ld(2026, 7, 16, "09:30"), 30, att=["kofi"], rrule=dict(freq="WEEKLY", interval=2, byday=["TH"]),
        level="vp", cat="one_on_one_direct")
    add("Dana / Claire", ld(2026, 7, 23, "09:30"), 30, att=["claire"], rrule=dict(freq="WEEKLY", interval=2, byday=["TH"]),
        exdates=[ld(2026, 11, 26, "09:30")], level="vp", cat="one_on_one_direct")

    cash = add("13-week cash review", ld(2026, 5, 7, "14:00"), 45, org="sunita", att=["owen"],
               rrule=dict(freq="WEEKLY", byday=["TH"]), exdates=[ld(2026, 11, 26, "14:00")],
               level="manager", cat="team_meeting", desc="Owen walks the model; variances > $250k.")
    c.override(cash, ld(2026, 10, 1, "14:00"), title="13-week cash review – quarter-end (revolver draw?)",
               minutes=60, att=["owen", "daniel", "bank_tm"], level="vp", cat="treasury")

    fpa = add("FP&A team weekly", ld(2026, 5, 7, "15:00"), 60, org="hannah",
              att=["jordan", "elena", "liam", "zoe", "noah", "ivy"], rrule=dict(freq="WEEKLY", byday=["TH"]),
              exdates=[ld(2026, 11, 26, "15:00")], level="manager", cat="team_meeting",
              desc="Priorities for the week, forecast calendar, BP requests.")
    for d in (ld(2026, 10, 22, "15:00"), ld(2026, 10, 29, "15:00"), ld(2026, 11, 12, "15:00")):
        c.override(fpa, d, me="DECLINED", transp="TRANSPARENT")

    audit = add("Hale & Morrow / Brightwater – weekly audit status", ld(2026, 9, 24, "16:00"), 30, org="hm_sm",
                att=["grace", "nadia", "ravi", "hm_senior"], rrule=dict(freq="WEEKLY", byday=["TH"]),
                exdates=[ld(2026, 11, 26, "16:00")], level="director", cat="audit",
                desc="PBC tracker, open requests, timing, potential adjustments.")
    c.override(audit, ld(2026, 10, 15, "16:00"), title="Hale & Morrow weekly – Q3 review wrap-up", minutes=45)

    fr = add("Month-end forecast review", ld(2026, 5, 15, "10:00"), 60, org="hannah", att=["jordan", "elena", "daniel"],
             rrule=dict(freq="MONTHLY", byday="3FR"), level="vp", cat="planning_budget",
             desc="Reforecast: bookings, ARR bridge, opex by dept, cash. Decisions before it goes to ELT.")

    add("Finance team all-hands", ld(2026, 3, 5, "11:00"), 45, att=["fin_team"],
        rrule=dict(freq="MONTHLY", byday="1TH"), level="vp", cat="staff_own",
        desc="Whole finance org: wins, close stats, NetSuite, shout-outs.")
    ah = add("Brightwater All Hands", ld(2026, 1, 9, "12:00"), 60, org="comms", att=["laura"],
             rrule=dict(freq="MONTHLY", byday="2FR"), level="executive", cat="all_hands")
    c.override(ah, ld(2026, 11, 13, "12:00"), me="DECLINED", transp="TRANSPARENT")

    add("Tanisha / Dana – people sync", ld(2026, 7, 10, "11:30"), 30, org="tanisha", att=[],
        rrule=dict(freq="MONTHLY", byday="2FR"), level="vp", cat="talent_org")
    add("Focus Friday", ld(2026, 7, 10, "13:00"), 120, att=[], rrule=dict(freq="WEEKLY", byday=["FR"]),
        exdates=[ld(2026, 11, 27, "13:00")], level="excluded", cat="focus", meet=False)
    add("Lunch", ld(2026, 7, 13, "12:00"), 45, att=[], rrule=dict(freq="WEEKLY", byday=["MO", "TU", "WE", "TH"]),
        level="excluded", cat="personal", meet=False, transp="TRANSPARENT")
    sk = add("Skip-level lunch – Controller org", ld(2026, 7, 22, "12:00"), 60, att=["tom", "priya", "ravi", "paula"],
             rrule=dict(freq="MONTHLY", byday="4WE"), level="vp", cat="skip_level",
             desc="No agenda, lunch on me. What's in your way?")

    # the close daily she still runs herself (Aug close tail in W37, Sep/Q3 close W40-W41)
    close = add("Close standup", ld(2026, 9, 8, "08:45"), 15, att=["nadia", "omar", "tom", "priya", "ravi", "paula"],
                rrule=dict(freq="WEEKLY", byday=["MO", "TU", "WE", "TH", "FR"], until=ld(2026, 10, 13, "08:45")),
                exdates=[ld(2026, 9, 11, "08:45")] + [ld(2026, 9, 14, "08:45") + dt.timedelta(days=i) for i in range(16) if i % 7 < 5],
                level="manager", cat="team_meeting", desc="Checklist status by owner, blockers, today's sign-offs.")
    # the NetSuite build standup she joins in the UAT crunch
    add("NetSuite build standup", ld(2026, 11, 16, "09:00"), 15, org="kofi", att=["lena", "arjun", "ll_arch", "nadia"],
        rrule=dict(freq="WEEKLY", byday=["MO", "TU", "WE", "TH", "FR"], until=ld(2026, 11, 25, "09:00")),
        exdates=[ld(2026, 11, 17, "09:00"), ld(2026, 11, 24, "09:00")], level="manager", cat="team_meeting")
    add("Q4 deal desk daily", ld(2026, 11, 16, "17:30"), 30, org="claire", att=["tessa", "victor", "amy", "greg"],
        rrule=dict(freq="WEEKLY", byday=["MO", "TU", "WE", "TH"], until=ld(2026, 11, 25, "17:30")),
        level="manager", cat="team_meeting", desc="Every quote in the queue, line by line.")

    rv = add("Revenue accounting weekly", ld(2026, 6, 1, "16:00"), 60, org="ravi", att=["sofia", "ben"],
        rrule=dict(freq="WEEKLY", byday=["MO"], until=ld(2026, 10, 12, "16:00")), exdates=[ld(2026, 9, 7, "16:00")],
        level="manager", cat="team_meeting", desc="New contracts > $100k, modifications, billing holds, deferred rev.")
    bk = add("Weekly bookings & forecast call", ld(2026, 2, 2, "17:00"), 30, org="nicole",
             att=["kevin", "brian", "greg", "claire", "hannah", "elena"], rrule=dict(freq="WEEKLY", byday=["MO"]),
             exdates=[ld(2026, 9, 7, "17:00")], level="director", cat="review",
             desc="Commit / best case by region; slipped deals; deal desk queue.")
    c.override(bk, ld(2026, 11, 23, "17:00"), me="DECLINED", transp="TRANSPARENT")
    ar = add("AR & collections weekly", ld(2026, 4, 1, "16:30"), 60, org="omar", att=["aisha", "carlos"],
             rrule=dict(freq="WEEKLY", byday=["WE"]), exdates=[ld(2026, 11, 4, "16:30"), ld(2026, 11, 25, "16:30")],
             level="manager", cat="team_meeting", desc="Aging > 60, disputes, credit holds, cash app exceptions.")
    for d in (ld(2026, 9, 30, "16:30"), ld(2026, 10, 21, "16:30"), ld(2026, 10, 28, "16:30"),
              ld(2026, 11, 11, "16:30")):
        c.override(ar, d, me="DECLINED", transp="TRANSPARENT")
    c.override(rv, ld(2026, 9, 28, "16:00"), me="DECLINED", transp="TRANSPARENT")
    pp = add("Payroll pre-approval", ld(2026, 7, 7, "17:00"), 30, org="paula", att=["henry"],
        rrule=dict(freq="WEEKLY", interval=2, byday=["TU"]), level="manager", cat="team_meeting",
        desc="Register review before funding: off-cycles, retro pay, commissions file.")
    c.override(pp, ld(2026, 9, 29, "17:00"), start=ld(2026, 9, 29, "15:00"))
    add("Finance hiring sync", ld(2026, 8, 6, "17:00"), 30, org="olivia", att=["hannah", "tanisha", "jordan"],
        rrule=dict(freq="WEEKLY", byday=["TH"]), exdates=[ld(2026, 11, 26, "17:00")], level="director",
        cat="hiring", desc="Pipeline by req: Controller, Sr FP&A analyst, staff accountants, Sr rev accountant.")
    add("Oct close standup", ld(2026, 11, 2, "08:45"), 15, org="grace", att=["nadia", "omar", "tom", "priya", "ravi"],
        rrule=dict(freq="WEEKLY", byday=["MO", "TU", "WE", "TH", "FR"], count=6), me="DECLINED",
        level="manager", cat="team_meeting")

    # ---------------- one-offs, week by week ------------------------------------------------------
    # W37 (Sep 7): Aug close tail - she is the acting Controller and reviews everything herself
    one(1, 1, "09:30", 90, "Aug flux review – P&L", "ic", "close", "nadia tom priya ethan mei",
        desc="Every account > $25k or 10%: I'll go through the tabs with you.")
    one(1, 1, "13:00", 60, "JE review – Aug top-sides", "ic", "close", "tom priya",
        desc="All manual JEs > $50k. Bring support.")
    one(1, 2, "11:00", 60, "Recs walkthrough", "ic", "close", "jose fatima", org="priya")
    one(1, 2, "13:00", 60, "Aug flux review – balance sheet", "ic", "close", "nadia priya jose fatima")
    one(1, 2, "14:30", 30, "Sync", "ic", "hands_on", "lucy", org="derek",
        desc="Vendor master cleanup – which of these can we inactivate?")
    one(1, 3, "10:00", 45, "Controller search – intake w/ Olivia", "vp", "hiring", "olivia tanisha")
    one(1, 3, "11:00", 30, "Aug close sign-off", "director", "close", "nadia omar ravi hannah")
    one(1, 3, "13:00", 60, "Pricing committee", "vp", "pricing", "kevin james nicole claire", org="nicole",
        desc="Monthly: list price changes, discount guardrails, multi-year ramp policy.")
    one(1, 3, "16:15", 45, "Quick check-in", "ic", "hands_on", "mei", org="tom",
        desc="Prepaid amortization schedule – the Snowflake one")
    one(1, 4, "09:00", 60, "FY27 AOP – process kickoff prep", "vp", "planning_budget", "hannah jordan daniel")
    one(1, 4, "10:30", 30, "Phone screen – Kevin Marsh (Staff Accountant)", "ic", "hiring", "cand_acct1")
    one(1, 4, "15:00", 45, "Harbor Trust – relationship check-in", "vp", "treasury", "sunita bank_md", org="bank_md")

    one(1, 1, "14:30", 60, "Deferred revenue rollforward – working session", "ic", "close", "sofia ben", org="ravi")
    one(1, 4, "16:00", 45, "Paycore QBR", "director", "vendor", "omar paula pc_csm", org="pc_csm")

    # W38 (Sep 14)
    one(2, 0, "11:30", 60, "Rev rec – Meridian contract modification memo", "ic", "hands_on", "ravi sofia",
        desc="I'll draft sections 3-5 tonight.")
    one(2, 0, "14:30", 30, "Budget review", "ic", "hands_on", "lucy derek", org="lucy",
        desc="AP dept spend vs budget, line by line – software subs")
    one(2, 1, "13:00", 60, "FY26 audit planning – Hale & Morrow", "director", "audit",
        "grace nadia ravi hm_partner hm_sm", org="hm_sm", desc="Scoping, materiality, timing, PBC list, IT.")
    one(2, 1, "15:00", 45, "Controller – 1st round: Mark Delaney", "vp", "hiring", "cand_mark")
    one(2, 2, "11:00", 60, "FY27 AOP kickoff", "vp", "planning_budget", "hannah jordan elena daniel kevin ana james monica rosa",
        rooms=["board"], desc="Timeline, targets, templates, owners.")
    one(2, 2, "13:00", 60, "Working session", "ic", "hands_on", "liam zoe", org="liam",
        desc="AOP driver model – headcount tab")
    one(2, 3, "10:00", 60, "R&D credit study – kickoff w/ Keller Tax", "director", "tax", "rafael maria kt_partner kt_mgr",
        org="rafael")
    one(2, 3, "11:00", 45, "Controller – 1st round: Grace Liu", "vp", "hiring", "cand_grace")
    one(2, 3, "13:00", 45, "Sales tax nexus review", "director", "tax", "rafael maria kt_mgr", org="maria")
    one(2, 3, "16:15", 30, "Phone screen – Alana Perez (Staff Accountant)", "ic", "hiring", "cand_acct2")
    one(2, 4, "09:00", 60, "Meridian Health – billing dispute escalation", "director", "customer",
        "colin omar carlos amy mer_ap", org="colin")
    one(2, 4, "15:30", 30, "Follow-up", "ic", "hands_on", "aisha carlos", org="aisha",
        desc="Meridian invoices 10442-10451 – credit memo math")
    one(2, 4, "11:00", 30, "Talent: FP&A manager promo case", "vp", "talent_org", "hannah tanisha")

    one(2, 1, "10:00", 60, "T&E policy v3 – review", "director", "review", "omar tanisha lucy")

    # W39 (Sep 21)
    one(3, 0, "11:30", 60, "Q3 quarter-end readiness", "director", "close", "nadia omar ravi claire sunita hannah",
        desc="Cutoff, deal desk volume, revenue reserves, accrual list, audit review timing.")
    one(3, 0, "14:30", 30, "Catch up", "manager", "hands_on", "henry", org="henry",
        desc="Off-cycle payroll for the two terminations – need your approval")
    one(3, 1, "11:45", 90, "Controller – final round: Grace Liu", "vp", "hiring", "cand_grace daniel tanisha",
        rooms=["harbor"])
    one(3, 1, "15:00", 45, "Controller – final round: Sara Lindgren", "vp", "hiring", "cand_sara daniel")
    one(3, 2, "11:00", 60, "FY27 dept budget – Engineering", "vp", "planning_budget", "ana raj elena noah", org="elena")
    one(3, 2, "13:00", 30, "Controller debrief", "vp", "hiring", "daniel tanisha olivia")
    one(3, 2, "14:30", 30, "Recs walkthrough", "ic", "close", "ethan mei", org="tom",
        desc="Accrued liabilities + deferred commissions rec")
    one(3, 3, "10:00", 60, "NetSuite design decision: chart of accounts & segments", "director", "systems",
        "kofi grace nadia hannah lena ll_arch", org="kofi")
    one(3, 3, "11:00", 60, "Board deck – Q3 financials outline", "executive", "board", "daniel marcus hannah")
    one(3, 3, "13:00", 45, "Offer call – Grace Liu", "vp", "hiring", "cand_grace")
    one(3, 4, "09:00", 60, "FY27 dept budget – Sales", "vp", "planning_budget", "kevin nicole elena ivy", org="elena")
    one(3, 4, "10:30", 45, "Working session", "ic", "hands_on", "tessa", org="tessa",
        desc="Q3 quote backlog – I need you to approve these 14")

    one(3, 2, "14:00", 30, "Sync", "ic", "treasury", "owen", org="owen", desc="Bank fee analysis – account by account")

    # W40 (Sep 28): quarter end - deal desk war room, cash, close starts
    for d, hh in ((0, "16:00"), (1, "17:00"), (2, "16:30")):
        one(4, d, hh, 60, "Q3 deal desk war room", "manager", "pricing", "claire tessa victor nicole amy greg",
            org="claire", desc="Every open quote, in order of ARR. Approvals on the spot.")
    one(4, 0, "11:30", 45, "Meridian Health – renewal: non-standard terms", "director", "pricing",
        "claire brian greg amy ines", org="claire")
    one(4, 1, "10:00", 60, "FY27 dept budget – G&A", "vp", "planning_budget", "daniel peter monica elena ivy", org="elena")
    one(4, 2, "11:00", 45, "Revenue reserve – quarter-end estimate", "ic", "close", "ravi sofia ben",
        desc="I'll rebuild the reserve calc with you; cutoff 5pm.")
    one(4, 2, "13:00", 60, "Treasury: wire approvals – Harbor portal issue", "ic", "treasury", "owen bank_tm", org="owen")
    one(4, 3, "10:00", 60, "Q3 close kickoff", "manager", "close", "nadia omar ravi tom priya paula",
        desc="Close calendar, owners, BD dates, audit review requests")
    one(4, 3, "16:30", 30, "Quick check-in", "ic", "hands_on", "fatima", org="priya",
        desc="Cutoff testing sample – 3 invoices need your eyes")
    one(4, 4, "09:00", 60, "Payroll – Q3 true-up", "ic", "hands_on", "paula henry pc_csm", org="paula")
    one(4, 4, "10:30", 45, "Board calendar + audit committee agenda", "executive", "board", "daniel julia marcus",
        org="julia")

    one(4, 4, "11:30", 30, "Quarter-end cash sweep", "ic", "treasury", "owen", org="owen")

    # W41 (Oct 5): Q3 close at full tilt - she reviews everything
    one(5, 0, "11:30", 90, "Q3 flux review – P&L", "ic", "close", "nadia tom priya ethan mei jose")
    one(5, 0, "14:30", 30, "Sync", "ic", "hands_on", "jose fatima", org="jose", desc="Fixed assets rollforward")
    one(5, 1, "10:00", 60, "Q3 flux review – balance sheet", "ic", "close", "nadia priya jose fatima")
    one(5, 1, "13:00", 60, "JE review – Q3 top-sides + reserves", "ic", "close", "tom priya ravi")
    one(5, 1, "15:00", 30, "Recs walkthrough", "ic", "close", "ethan mei jose", org="tom")
    one(5, 2, "11:00", 60, "Q3 revenue waterfall – working session", "ic", "close", "ravi sofia ben liam")
    one(5, 2, "13:00", 45, "Commissions accrual", "ic", "close", "priya mei noah", org="priya")
    one(5, 3, "10:00", 60, "Q3 financials – summary review w/ Daniel", "director", "close", "daniel hannah nadia")
    one(5, 3, "11:00", 60, "Hale & Morrow – Q3 review kickoff", "director", "audit", "nadia ravi hm_sm hm_senior",
        org="hm_sm")
    one(5, 3, "13:00", 30, "Phone screen – Daniel Osei (Sr FP&A analyst)", "ic", "hiring", "cand_fpa")
    one(5, 3, "16:30", 30, "Budget review", "ic", "hands_on", "aisha carlos", org="carlos",
        desc="Billing ops tooling budget – what do we cut?")

    one(5, 4, "09:00", 90, "Q3 flux review – opex by dept", "ic", "close", "noah ivy nadia")
    one(5, 4, "10:45", 45, "Q3 close – final sign-off", "director", "close", "nadia omar ravi hannah")

    # W42 (Oct 12): close tail, tax deadline, Grace's onboarding plan
    one(6, 0, "11:30", 60, "Q3 close retro", "manager", "close", "nadia omar ravi tom priya paula")
    one(6, 0, "14:30", 30, "Quick check-in", "ic", "hands_on", "ethan", org="ethan", desc="Intercompany elim – UK entity")
    one(6, 1, "10:00", 45, "Federal return – extension sign-off", "director", "tax", "rafael maria kt_partner", org="rafael")
    one(6, 1, "13:00", 60, "Grace onboarding plan – first 30 days", "vp", "hiring", "tanisha nadia omar")
    one(6, 1, "15:00", 60, "Senior FP&A analyst – panel (Daniel Osei)", "manager", "hiring", "jordan liam cand_fpa",
        org="jordan")
    one(6, 2, "11:00", 60, "FY27 headcount plan – finance", "vp", "planning_budget", "hannah grace tanisha")
    one(6, 2, "13:00", 60, "Board deck – build financials section", "ic", "board", "liam zoe",
        desc="I'll do the bridge slides; Liam the appendix.")
    one(6, 3, "11:00", 30, "Q3 results – ELT preview", "executive", "executive", "daniel laura kevin ana james monica rosa peter",
        org="daniel")
    one(6, 3, "13:00", 60, "Hale & Morrow – Q3 review closing meeting", "vp", "audit",
        "daniel nadia hm_partner hm_sm", org="hm_partner",
        desc="Summary of review procedures, adjustments, control observations.")
    one(6, 4, "09:00", 60, "Org design working session", "vp", "talent_org", "hannah rafael sunita kofi claire",
        desc="What does finance look like at $200M ARR? Controller org shape once Grace is in.")
    one(6, 4, "11:00", 60, "FY27 AOP – first pass consolidation", "vp", "planning_budget", "hannah jordan elena daniel")

    one(6, 2, "15:30", 30, "Quick check-in", "ic", "tax", "kai", org="kai", desc="R&D credit – payroll data pull by employee")
    one(6, 3, "10:00", 45, "Coffee w/ Grace before she starts", "vp", "hiring", "cand_grace", meet=False)

    # W43 (Oct 19): Grace starts - handover
    one(7, 0, "11:30", 90, "Controller handover – close process & owners", "vp", "hiring", "grace nadia omar")
    one(7, 0, "16:00", 60, "Grace / Dana – audit & rev rec handover", "vp", "hiring", "grace ravi")
    one(7, 1, "10:00", 60, "FY27 dept budget – Product & CS", "vp", "planning_budget", "james rosa colin elena noah",
        org="elena")
    one(7, 1, "13:00", 60, "Treasury policy refresh – investment guidelines", "vp", "treasury", "sunita daniel owen")
    one(7, 1, "15:00", 30, "Quick check-in", "ic", "hands_on", "tom", org="tom",
        desc="Lease mod – how did you book the Austin one last year?", me="DECLINED", transp="TRANSPARENT")
    one(7, 2, "11:30", 60, "Finance talent review prep", "vp", "talent_org", "tanisha hannah grace")
    one(7, 2, "13:00", 60, "Pricing committee", "vp", "pricing", "kevin james nicole claire", org="nicole")
    one(7, 3, "10:00", 60, "Board deck – Q3 financials review", "executive", "board", "daniel hannah marcus laura",
        org="daniel")
    one(7, 3, "11:00", 60, "Peer lunch – Marcus", "vp", "one_on_one_peer", "marcus", org="marcus", meet=False,
        loc="Row 34")
    one(7, 3, "15:00", 45, "Credit facility renewal – term sheet review", "vp", "treasury", "sunita daniel ines bank_md",
        org="sunita")

    one(7, 3, "13:00", 60, "Audit fee proposal – Hale & Morrow", "vp", "audit", "daniel hm_partner", org="hm_partner")
    one(7, 4, "09:00", 60, "Grace – meet the Controller org", "vp", "hiring", "grace nadia omar ravi tom priya paula")
    one(7, 4, "10:30", 45, "Ledgerline QBR", "director", "vendor", "kofi renee ll_pm", org="ll_pm")

    one(7, 2, "14:00", 60, "FY27 capital plan & capitalized software", "vp", "planning_budget", "ana raj hannah grace")
    one(7, 4, "11:30", 45, "Skip-level – FP&A analysts", "vp", "skip_level", "liam zoe noah ivy")

    # W44 (Oct 26): AOP, board deck, talent - upward
    one(8, 0, "11:30", 90, "Finance talent review", "vp", "talent_org", "hannah grace rafael sunita kofi claire tanisha",
        rooms=["harbor"], desc="9-box, succession for each director seat, promo slate.")
    one(8, 0, "14:30", 30, "Working session", "ic", "hands_on", "liam zoe", org="zoe",
        desc="Board appendix – cohort retention chart", me="DECLINED", transp="TRANSPARENT")
    one(8, 1, "14:00", 90, "FY27 AOP – exec review (round 1)", "executive", "executive",
        "daniel laura kevin ana james monica rosa hannah", org="daniel", rooms=["board"])
    one(8, 1, "10:00", 60, "Board deck – dry run", "executive", "board", "daniel laura marcus", org="daniel")
    one(8, 2, "11:15", 45, "NetSuite UAT plan review", "director", "systems", "kofi grace lena arjun ll_pm", org="kofi")
    one(8, 2, "13:00", 45, "Coffee w/ Nicole (RevOps)", "vp", "one_on_one_peer", "nicole", org="nicole", meet=False)
    one(8, 3, "10:00", 60, "Audit committee pre-read – controls update", "executive", "board", "daniel grace hm_partner",
        org="daniel")
    one(8, 3, "13:00", 60, "FP&A org – career ladder draft", "vp", "talent_org", "hannah tanisha")
    one(8, 4, "09:00", 60, "Deal desk charter – approval matrix v2", "vp", "pricing", "claire nicole kevin ines")
    one(8, 4, "10:30", 45, "Coaching – Hannah presenting to the board", "vp", "one_on_one_direct", "hannah")

    one(8, 3, "15:00", 60, "Grace / Dana – Controller org succession", "vp", "talent_org", "grace")

    one(8, 0, "16:00", 60, "Multi-year ramp policy – Kevin / Dana", "vp", "pricing", "kevin claire", org="kevin")
    one(8, 3, "11:00", 60, "2027 business systems roadmap – finance asks", "vp", "systems", "renee kofi", org="renee")
    one(8, 4, "11:30", 45, "Skip-level – tax & treasury", "vp", "skip_level", "maria kai owen")

    # W45 (Nov 2): Oct close run by Grace; bank day in NYC; board deck final
    one(9, 0, "16:00", 45, "Oct close – flux summary", "director", "close", "grace nadia hannah", org="grace",
        desc="Top 10 movements only.")
    one(9, 1, "13:00", 60, "Interim fieldwork planning – Hale & Morrow", "director", "audit",
        "grace nadia ravi hm_sm hm_senior", org="hm_sm")
    one(9, 1, "15:00", 30, "Recs walkthrough", "ic", "close", "ethan mei", org="tom", me="DECLINED",
        transp="TRANSPARENT")
    one(9, 2, "07:00", 90, "Train to NYC (Acela 2151)", "excluded", "travel", "", meet=False, loc="South Station")
    one(9, 2, "10:00", 90, "Harbor Trust – credit facility renewal", "vp", "treasury", "sunita daniel bank_md bank_tm",
        org="bank_md", loc="Harbor Trust, 270 Park Ave, 14F", meet=False)
    one(9, 2, "13:00", 90, "IR day – investor lunch (Northpeak)", "executive", "investors", "marcus daniel board_vc",
        org="marcus", loc="Northpeak offices", meet=False)
    one(9, 2, "16:00", 120, "Train to BOS (Acela 2170)", "excluded", "travel", "", meet=False, loc="Moynihan Train Hall")
    one(9, 3, "10:00", 60, "FY27 AOP – exec review (round 2)", "executive", "executive",
        "daniel laura kevin ana james monica rosa hannah", org="daniel", rooms=["board"])
    one(9, 3, "13:00", 60, "Board deck – final numbers tie-out", "ic", "board", "liam zoe jordan",
        desc="Tie every number in the deck to the Oct TB.")
    one(9, 4, "09:00", 60, "Grace / Dana – 30-day check-in", "vp", "one_on_one_direct", "grace")
    one(9, 4, "10:30", 45, "Tax provision approach – Q4", "director", "tax", "rafael maria grace", org="rafael")

    one(9, 0, "14:00", 60, "Audit committee deck – controls slide", "executive", "board", "daniel grace", org="daniel")
    one(9, 4, "11:30", 45, "Sr Revenue Accountant – final interview", "manager", "hiring", "ravi grace")

    one(9, 1, "10:00", 60, "Controller org shape – follow-up", "vp", "talent_org", "grace tanisha")
    one(9, 1, "14:00", 60, "Year-end investment ladder", "director", "treasury", "sunita owen")
    one(9, 3, "11:45", 45, "Board deck – CEO letter, financial section", "executive", "board", "laura daniel",
        org="laura")

    # W46 (Nov 9): board + audit committee; interim fieldwork starts; a rev rec finding pulls her in
    one(10, 0, "11:30", 60, "PBC walkthrough – revenue", "ic", "audit", "ravi sofia hm_senior hm_assoc", org="hm_senior",
        desc="Sample of 25 contracts – SSP, modifications, contract asset.")
    one(10, 1, "13:00", 90, "Audit committee", "executive", "board", "daniel laura board_ac hm_partner grace",
        org="julia", rooms=["board"])
    one(10, 2, "08:00", 240, "Q3 Board meeting", "executive", "board", "laura daniel kevin ana james board_ac board_vc",
        org="julia", rooms=["board"])
    one(10, 2, "13:00", 60, "Rev rec finding – SSP allocation", "director", "audit", "grace ravi hm_sm hm_senior",
        org="grace", desc="H&M think our SSP study is stale for bundles. Options + timeline.")
    one(10, 2, "15:00", 90, "SSP analysis – working session", "ic", "hands_on", "sofia ben", org="sofia",
        desc="Rebuilding the bundle SSP from the 2026 deal set.")
    one(10, 3, "10:00", 90, "SSP analysis – working session", "ic", "hands_on", "sofia ben", org="sofia")
    one(10, 3, "13:00", 60, "ASC 606 memo – SSP update (drafting)", "ic", "hands_on", "ravi",
        desc="I'll write it; Ravi checks the numbers.")
    one(10, 4, "09:00", 60, "NetSuite UAT – AP & approvals scripts", "ic", "systems", "lena derek lucy", org="lena",
        desc="Executing test scripts 14-31 together.")
    one(10, 4, "10:30", 30, "Sync", "ic", "hands_on", "sofia", org="sofia", desc="SSP – bundle C outliers")

    one(10, 0, "16:00", 60, "Controls walkthrough – procure-to-pay", "ic", "audit", "omar lucy hm_assoc", org="hm_assoc")
    one(10, 1, "10:00", 60, "Audit committee – rehearsal", "executive", "board", "daniel grace", org="daniel")
    one(10, 3, "15:00", 60, "SSP analysis – working session", "ic", "hands_on", "sofia ben ravi", org="sofia")

    # W47 (Nov 16): crunch - UAT, fieldwork, Q4 deal desk; pulled into the weeds
    one(11, 0, "11:30", 60, "ASC 606 memo – review w/ Hale & Morrow", "ic", "audit", "ravi grace hm_sm hm_senior",
        org="hm_sm", desc="Page turn of the memo Dana drafted.")
    one(11, 0, "14:30", 30, "NetSuite UAT – revenue arrangements", "ic", "systems", "lena arjun sofia", org="arjun")
    one(11, 1, "10:00", 60, "NetSuite UAT – close & consolidation", "ic", "systems", "lena nadia tom", org="lena")
    one(11, 1, "13:00", 60, "Meridian Health – CFO call (renewal + payment terms)", "vp", "customer",
        "kevin colin claire mer_cfo", org="kevin")
    one(11, 1, "15:00", 45, "Working session", "ic", "hands_on", "liam zoe", org="liam",
        desc="AOP v3 – opex bridge, I'll take the G&A tab")
    one(11, 2, "11:30", 60, "FY27 AOP – ELT readout", "executive", "executive",
        "daniel laura kevin ana james monica rosa peter hannah", org="daniel", rooms=["board"])
    one(11, 2, "13:00", 45, "Quick check-in", "ic", "hands_on", "aisha", org="aisha",
        desc="Collections – top 20 past due, which ones do we put on hold?")
    one(11, 3, "10:00", 60, "NetSuite data migration – open balances tie-out", "ic", "systems", "arjun nadia priya",
        org="arjun")
    one(11, 3, "11:00", 45, "Promo calibration – G&A", "vp", "talent_org", "monica tanisha peter renee", org="tanisha")
    one(11, 3, "13:00", 60, "Commission plan FY27 – finance review", "vp", "planning_budget", "nicole kevin hannah elena",
        org="nicole")
    one(11, 4, "11:00", 60, "Audit interim – control deficiencies discussion", "vp", "audit",
        "daniel grace hm_partner hm_sm", org="hm_partner")
    one(11, 4, "15:00", 60, "Review", "ic", "hands_on", "victor", org="victor",
        desc="Q4 quotes with custom ramps – pls review before they go out")

    one(11, 0, "16:00", 60, "UAT defects triage", "manager", "systems", "kofi lena arjun ll_arch", org="kofi")
    one(11, 2, "14:00", 60, "NetSuite UAT – AR & collections", "ic", "systems", "lena aisha carlos", org="lena")

    # W48 (Nov 23): Thanksgiving week - go/no-go and a few loose ends
    one(12, 0, "11:30", 60, "NetSuite go/no-go (Jan 4 cutover)", "director", "systems",
        "kofi grace hannah renee lena ll_pm ll_arch", org="kofi")
    one(12, 0, "13:00", 30, "CFO Staff", "vp", "staff_manager", "marcus renee sam", org="daniel",
        status="CANCELLED", transp="TRANSPARENT")
    one(12, 0, "14:30", 60, "Recs walkthrough", "ic", "close", "ethan mei jose", org="nadia",
        desc="NetSuite opening balances – recs by account")
    one(12, 1, "13:00", 60, "Grace / Dana – close calendar for Jan", "director", "close", "grace nadia omar",
        org="grace")
    one(12, 1, "15:00", 45, "FY27 AOP – board version", "executive", "board", "daniel hannah", org="daniel")
    one(12, 2, "09:30", 30, "Quick check-in", "manager", "hands_on", "paula henry", org="paula",
        desc="Year-end bonus accrual – payroll timing")
    one(12, 2, "11:00", 60, "Working session", "ic", "hands_on", "tessa victor", org="tessa",
        desc="Nov quotes – non-standard payment terms")

    one(12, 0, "16:00", 30, "Year-end audit timeline", "director", "audit", "grace hm_sm", org="grace")
    one(12, 1, "09:30", 60, "Meridian renewal – final redlines", "ic", "pricing", "ines claire amy", org="ines",
        desc="Going through the payment terms and SLA credits clause by clause.")
    one(12, 2, "13:00", 30, "Catch up", "ic", "treasury", "owen", org="owen", desc="Year-end cash forecast – Dec payroll + bonus")

    return c


# ----------------------------------------------------------------------------------------------
# Rendering: a Google Calendar export


def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if any(ch in name for ch in ",;:") else name


def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line + "\r\n"
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur, limit = b"", 74
        cur += b
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out) + "\r\n"


MEET_TAIL = ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
             "Join with Google Meet: {url}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720"
             "\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def render_event(e):
    L = []
    if e["allday"]:
        L.append(f"DTSTART;VALUE=DATE:{e['start'].strftime('%Y%m%d')}")
        L.append(f"DTEND;VALUE=DATE:{e['end'].strftime('%Y%m%d')}")
    elif e["rrule"] or e["rid"] is not None:
        L.append(f"DTSTART;TZID={e['tz']}:{lstamp(e['start'])}")
        L.append(f"DTEND;TZID={e['tz']}:{lstamp(e['end'])}")
    else:   # Google writes one-off events in UTC
        L.append(f"DTSTART:{zstamp(to_utc(e['start'], e['tz']))}")
        L.append(f"DTEND:{zstamp(to_utc(e['end'], e['tz']))}")
    r = e["rrule"]
    if r:
        parts = [f"FREQ={r['freq']}"]
        if r.get("until"):
            parts.append("UNTIL=" + zstamp(to_utc(r["until"], e["tz"])))
        if r.get("count"):
            parts.append(f"COUNT={r['count']}")
        if r.get("interval", 1) != 1:
            parts.append(f"INTERVAL={r['interval']}")
        parts.append("BYDAY=" + (",".join(r["byday"]) if isinstance(r["byday"], list) else r["byday"]))
        L.append("RRULE:" + ";".join(parts))
        for x in e["exdates"]:
            L.append(f"EXDATE;TZID={e['tz']}:{lstamp(x)}")
    L.append(f"DTSTAMP:{DTSTAMP}")
    oname, oaddr = who(e["org"]) if e["org"] else who("dana")
    if e["org"] == "dana":
        oname = oaddr
    L.append(f"ORGANIZER;CN={cn(oname)}:mailto:{oaddr}")
    L.append(f"UID:{e['uid']}")
    if e["rid"] is not None:
        L.append(f"RECURRENCE-ID;TZID={e['tz']}:{lstamp(e['rid'])}")
    if e["att"] or (e["org"] not in (None, "dana")):
        people = []
        if e["org"] and e["org"] != "dana":
            people.append((e["org"], "ACCEPTED", "REQ-PARTICIPANT"))
        for k in e["att"]:
            people.append((k, e["ps"][k], "OPT-PARTICIPANT" if k in e["opt"] else "REQ-PARTICIPANT"))
        me_line = ("__me__", e["me"], "REQ-PARTICIPANT")
        if e["org"] == "dana":
            people.insert(0, me_line)
        else:
            people.insert(min(2, len(people)), me_line)
        for k, ps, role in people:
            if k == "__me__":
                name, addr = (who("dana")[0], e["me_addr"])
            else:
                name, addr = who(k)
            if k == "fin_team":
                L.append(f"ATTENDEE;CUTYPE=GROUP;ROLE={role};PARTSTAT=NEEDS-ACTION;CN={cn(name)};"
                         f"X-NUM-GUESTS=0:mailto:{addr}")
                continue
            L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};CN={cn(name)};"
                     f"X-NUM-GUESTS=0:mailto:{addr}")
        for r_ in e["rooms"]:
            name, addr = ROOMS[r_]
            L.append(f"ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={cn(name)};"
                     f"X-NUM-GUESTS=0:mailto:{addr}")
    if e["meet"]:
        L.append(f"X-GOOGLE-CONFERENCE:{e['meet']}")
    L.append(f"CREATED:{zstamp(e['created'])}")
    desc = e["desc"] or ""
    if e["meet"]:
        desc = desc + MEET_TAIL.format(url=e["meet"])
    L.append("DESCRIPTION:" + esc(desc))
    L.append(f"LAST-MODIFIED:{zstamp(e['modified'])}")
    loc = e["loc"]
    if loc is None and e["rooms"]:
        loc = ", ".join(ROOMS[r_][0] for r_ in e["rooms"])
    L.append("LOCATION:" + esc(loc or ""))
    L.append(f"SEQUENCE:{e['seq']}")
    L.append(f"STATUS:{e['status'] or 'CONFIRMED'}")
    L.append("SUMMARY:" + esc(e["title"]))
    if e["private"]:
        L.append("CLASS:PRIVATE")
    L.append("TRANSP:" + (e["transp"] or ("TRANSPARENT" if e["allday"] else "OPAQUE")))
    if not e["allday"] and e["me"] != "DECLINED" and e["status"] != "CANCELLED":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    return ["BEGIN:VEVENT"] + L + ["END:VEVENT"]


def render(c):
    zones = [NY] + sorted({e["tz"] for e in c.events if not e["allday"]} - {NY})
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{ME}", f"X-WR-TIMEZONE:{NY}"]
    for z in zones:
        lines += vtimezone(z)
    # Google lists masters and their overrides grouped by UID, in no particular order
    order = sorted(range(len(c.events)), key=lambda i: (c.events[i]["uid"], c.events[i]["rid"] is not None,
                                                        c.events[i]["rid"] or dt.datetime.min))
    for i in order:
        lines += render_event(c.events[i])
    lines.append("END:VCALENDAR")
    return "".join(fold(x) for x in lines)


# ----------------------------------------------------------------------------------------------
# Truth, weekly table, profile, README


def truth_rows(c):
    rows = []
    for e in c.events:
        if e["rid"] is None:
            rows.append((e["uid"], e["level"], e["cat"], e["title"]))
        elif e["own_row"]:
            rows.append((e["uid"] + "|" + zstamp(to_utc(e["rid"], e["tz"])), e["level"], e["cat"], e["title"]))
    return rows


def weekly(c):
    weeks = [dict(week=w, monday=day(w, 0), below=0.0, at=0.0, above=0.0, excluded=0.0, skipped=0.0, n=0,
                  lv={k: 0.0 for k in RANK}) for w in range(1, WEEKS + 1)]
    for i in c.instances():
        if i["allday"]:
            continue
        local = utc_to_home(i["s"])
        if not (FIRST <= local.date() < LAST):
            continue
        w = weeks[(local.date() - FIRST).days // 7]
        h = (i["en"] - i["s"]).total_seconds() / 3600
        e = i["e"]
        if e["level"] == "excluded":
            w["excluded"] += h
            continue
        if not counted(i):
            w["skipped"] += h
            continue
        w["n"] += 1
        w["lv"][e["level"]] += h
        r = RANK[e["level"]] - RANK[LEADER_LEVEL]
        w["below" if r < 0 else "at" if r == 0 else "above"] += h
    return weeks


def check_overlaps(c):
    timed = sorted((i["s"], i["en"], i["e"]["title"]) for i in c.instances() if counted(i))
    bad = []
    for (s1, e1, t1), (s2, e2, t2) in zip(timed, timed[1:]):
        if s2 < e1:
            bad.append(f"counted meetings overlap: {t1} / {t2} at {utc_to_home(s2)}")
    assert not bad, "\n".join(bad)


def check_people(c):
    org = {r[0] for r in org_rows()}
    for e in c.events:
        for k in e["att"] + ([e["org"]] if e["org"] else []):
            addr = who(k)[1]
            if addr.endswith("@" + ORG) and k not in ("comms", "fin_team"):
                assert addr in org, (e["title"], addr)


def profile_text():
    d = lambda k: P[k][1]
    return "\n".join([
        "name: Dana Whitlock",
        f"email: {ME}",
        f"aliases: [{ALIAS}]",
        "level: vp",
        "timezone: America/New_York",
        "promoted: 2026-07-01",
        f"organization: [{ORG}]",
        f"manager: {d('daniel')}",
        "directs: [" + ", ".join(d(k) for k in DIRECTS) + "]",
        "peers: [" + ", ".join(d(k) for k in PEERS) + "]",
        'working_hours: {start: "08:30", end: "18:00", days: [mon, tue, wed, thu, fri]}',
        "target: 0.25",
        "function: finance",
        "org_chart: org.csv",
        "",
    ])


def readme_text(c, weeks, counts, head, tail):
    out = [head]
    out.append("| ISO week | Monday | meetings | meeting hours | ic | manager | director | vp | executive |"
               " below | at | above | below share | excluded h | declined/cancelled h |\n")
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    shares = []
    for w in weeks:
        tot = w["below"] + w["at"] + w["above"]
        share = w["below"] / tot
        shares.append(share)
        iso = w["monday"].isocalendar()
        lv = " | ".join(f"{w['lv'][k]:.2f}" for k in RANK)
        out.append(f"| {iso[0]}-W{iso[1]:02d} | {w['monday'].isoformat()} | {w['n']} | {tot:.2f} | {lv} | "
                   f"{w['below']:.2f} | {w['at']:.2f} | {w['above']:.2f} | {share:.1%} | "
                   f"{w['excluded']:.2f} | {w['skipped']:.2f} |\n")
    tb = sum(w["below"] for w in weeks)
    ta = sum(w["at"] for w in weeks)
    tv = sum(w["above"] for w in weeks)
    lv = " | ".join(f"{sum(w['lv'][k] for w in weeks):.2f}" for k in RANK)
    out.append(f"| **total** | | {sum(w['n'] for w in weeks)} | {tb + ta + tv:.2f} | {lv} | {tb:.2f} | {ta:.2f} | "
               f"{tv:.2f} | {tb / (tb + ta + tv):.1%} | {sum(w['excluded'] for w in weeks):.2f} | "
               f"{sum(w['skipped'] for w in weeks):.2f} |\n")
    out.append(f"\nBelow share per week: min {min(shares):.1%}, mean {sum(shares) / len(shares):.1%}, "
               f"max {max(shares):.1%}.\n")
    cats = {}
    for _, level, cat, _ in truth_rows(c):
        cats.setdefault(cat, set()).add(level)
    out.append("\nCategories in truth.csv (free-form, for reading the data; levels that use them): " +
               "; ".join(f"`{k}` ({', '.join(sorted(v, key=LEVELS.index))})" for k, v in sorted(cats.items())) +
               ".\n")
    out.append(f"\nThe file holds {counts['vevents']} VEVENTs ({counts['masters']} UIDs, "
               f"{counts['overrides']} overrides) and expands to {counts['instances']} instances between "
               f"{FIRST.isoformat()} and {LAST.isoformat()} ({HOME_TZ}), {counts['allday']} of them all-day; "
               f"truth.csv has {counts['rows']} rows; org.csv has {counts['org']} people.\n")
    out.append(tail)
    return "".join(out)


# ----------------------------------------------------------------------------------------------
# Self-check: every UID in the written calendar has a truth row and vice versa


def unfold(text):
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")


def check_keys(ics, rows):
    uids, rids = set(), set()
    cur_uid, cur_rid, in_ev = None, None, False
    for line in unfold(ics):
        if line == "BEGIN:VEVENT":
            in_ev, cur_uid, cur_rid = True, None, None
        elif line == "END:VEVENT":
            uids.add(cur_uid)
            if cur_rid:
                rids.add((cur_uid, cur_rid))
            in_ev = False
        elif in_ev and line.startswith("UID:"):
            cur_uid = line[4:]
        elif in_ev and line.startswith("RECURRENCE-ID"):
            params, value = line.split(":", 1)
            tz = params.split("TZID=", 1)[1].strip('"')
            cur_rid = zstamp(to_utc(dt.datetime.strptime(value, "%Y%m%dT%H%M%S"), tz))
    plain = {k for k, *_ in rows if "|" not in k}
    assert uids == plain, ("UIDs without truth rows", uids - plain, "rows without UIDs", plain - uids)
    assert len(plain) == len([k for k, *_ in rows if "|" not in k]), "duplicate UID rows"
    for k, *_ in rows:
        if "|" in k:
            u, r = k.split("|")
            assert (u, r) in rids, ("override row without an override VEVENT", k)
    for _, level, _, _ in rows:
        assert level in LEVELS


def main():
    c = build()
    ics = render(c)
    rows = truth_rows(c)
    check_keys(ics, rows)
    check_overlaps(c)
    check_people(c)
    weeks = weekly(c)
    inst = [i for i in c.instances()
            if (FIRST <= (i["s"] if i["allday"] else utc_to_home(i["s"]).date()) < LAST)]
    orgrows = org_rows()
    counts = dict(vevents=len(c.events), masters=len({e["uid"] for e in c.events}),
                  overrides=sum(1 for e in c.events if e["rid"] is not None), instances=len(inst),
                  allday=sum(1 for i in inst if i["allday"]), rows=len(rows), org=len(orgrows))
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\n")
    wr.writerow(["key", "level", "category", "title"])
    wr.writerows(rows)
    obuf = io.StringIO()
    ow = csv.writer(obuf, lineterminator="\n")
    ow.writerow(["email", "name", "manager_email"])
    ow.writerows(orgrows)
    files = {
        "calendar.ics": ics,
        "truth.csv": buf.getvalue(),
        "profile.yaml": profile_text(),
        "org.csv": obuf.getvalue(),
        "README.md": readme_text(c, weeks, counts, README_HEAD, README_TAIL),
    }
    for name, text in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    for w in weeks:
        tot = w["below"] + w["at"] + w["above"]
        print(f"W{w['monday'].isocalendar()[1]} {w['monday']} hours {tot:5.2f} below {w['below']:5.2f} "
              f"at {w['at']:5.2f} above {w['above']:5.2f} share {w['below'] / tot:.1%}", file=sys.stderr)
    print(counts, file=sys.stderr)


README_HEAD = r"""# Held-out test calendar: Head of Finance (Google Calendar export, with org chart)

Everything in this folder is written by `generate.py` (standard library only, fixed seed, fixed
DTSTAMP, byte-identical on every run). It is an independent, labelled calendar for measuring **once**
how well Altitude's classification rules generalise to a function they were not developed on
(finance). It was written without reading `Rules/`, `SampleData/`, `Tests/Evaluation/` or
`Sources/AltitudeRules/`, and without running `altitude rules` or `altitude explain`; the labels come
from the altitude model in `PRODUCT.md` and an executive coach's judgement of the work done in each
meeting. Do not tune rules against it: once it has been used to tune, it no longer measures
generalisation.

| file | what it is |
|---|---|
| `calendar.ics` | Google Calendar export (`PRODID:-//Google Inc//Google Calendar 70.9054//EN`), 2026-09-07 .. 2026-11-29 (ISO weeks 2026-W37 .. W48) |
| `truth.csv` | `key,level,category,title`: one row per UID; `UID\|RECURRENCE-ID` (UTC) rows for overrides that change what the meeting is |
| `profile.yaml` | the leader's profile (level `vp`) |
| `org.csv` | `email,name,manager_email`: the CEO's chain, the CFO's staff, the whole finance org three levels below the leader, and people elsewhere in the company |
| `generate.py` | writes all five files; checks that calendar UIDs and truth keys match, that counted meetings never overlap, and that every company attendee is in `org.csv` |

## The leader

**Dana Whitlock**, Head of Finance at **Brightwater Analytics** (a B2B SaaS company of about 900
people, `brightwater.example`), Boston, time zone America/New_York. She reports to **Daniel Reyes,
CFO**, who reports to the CEO, Laura Brandt. Her peers on the CFO's staff: Marcus Feld (VP Corporate
Development & IR), Renee Okonkwo (VP Business Systems), Sam Whitaker (Head of Procurement).

**Level `vp`, not `director`.** She runs an organisation of organisations: the Controller org
(GL & close, accounting operations with AP/AR/billing/payroll, revenue accounting), FP&A (a director
with two managers and analysts), Tax (a director with a manager and analyst), Treasury, Finance
Systems and the Deal Desk - about 35 people, three levels deep, through six leaders. She sits on the
CFO's staff and owns the budget process, the board financials and the audit relationship. The title
"Head of Finance" is used for exactly this seat at mid-size companies (the VP under a CFO); making her
a director would put the CFO's staff and the AOP "above" her, which is not the job she holds.

Her directs: Grace Liu (Controller, starts **19 Oct**), Hannah Lindqvist (Director FP&A), Rafael
Costa (Director of Tax), Sunita Rao (Treasury Manager), Kofi Mensah (Finance Systems Manager) and
Claire Dubois (Deal Desk Manager). Until Grace starts, the Controller's two managers - Nadia Petrova
(GL & close) and Omar Haddad (accounting operations) - report to Dana on an interim basis.
(`org.csv` is the chart as of the end of the window, so it shows them under Grace.)

**The story in the calendar.** Dana was the Controller until she was promoted on **2026-07-01**, and
the Controller seat stayed open. Weeks 37-42: she is still the Controller - she runs the close
standup herself, goes through the August and Q3 flux reviews account by account, reviews top-side
journal entries, sits in recs walkthroughs, rebuilds the quarter-end revenue reserve, runs the Q3
deal desk war room, answers AP clerks' and staff accountants' "Sync" and "Quick check-in" invites,
and does phone screens - while also running the Controller search and starting the FY27 AOP.
Week 43: Grace starts; Dana hands over the close. Weeks 43-45: she declines the AP run, the recs
walkthroughs and the analysts' working sessions, and the AOP, the board deck, talent review, the
credit facility renewal and an investor lunch in New York pull her calendar up. Weeks 46-48: the
auditors' interim fieldwork finds the SSP study stale, the NetSuite UAT crunch and the Q4 deal desk
rush arrive together, and she is back in the weeds - rebuilding the SSP analysis with the revenue
accountants, writing the ASC 606 memo herself, executing UAT scripts, reviewing every Q4 quote, and
keeping a standing "close catch-up" with Nadia that goes around the new Controller.

## Labelling principles

Each meeting is labelled by the level of the **work done in it**, using the ladder in `PRODUCT.md`
(`ic < manager < director < vp < executive`), as an executive coach who knew what happened in the
meeting would judge it. The leader is a **vp**, so below = `ic` + `manager` + `director`,
at = `vp`, above = `executive`.

1. **`ic` - doing the work yourself.** Flux reviews account by account, JE review, recs
   walkthroughs, the revenue reserve and deferred-revenue rollforward, building board slides and
   tying numbers out, the AOP driver model with analysts, rebuilding the SSP analysis, drafting the
   ASC 606 memo, PBC and controls walkthroughs where she answers the auditors' sample questions,
   executing NetSuite UAT scripts and tying out migrated balances, wire / portal problems, bank fee
   analysis, reviewing individual quotes and contract redlines clause by clause, phone screens, and
   the AP clerks' / staff accountants' vague invites ("Sync", "Quick check-in", "Follow-up",
   "Review", "Working session", "Budget review", "Catch up") where they bring her one item to do.
2. **`manager` - running one team's execution.** The close standup and the close kickoff and retro
   (the accounting team's own cadence), the AP payment run, AR & collections weekly, payroll
   pre-approval, revenue accounting weekly, FP&A's team weekly, the 13-week cash review (the
   treasury team's weekly work product), the Q3 deal desk war room and the Q4 deal desk daily
   (every quote in the queue), the NetSuite build standup and UAT defect triage, a panel for a
   senior analyst or a final interview for a senior revenue accountant (her directs' directs'
   hires), a payroll approval brought by a specialist, and the standing catch-up with Nadia after
   Grace starts.
3. **`director` - running several teams' delivery.** Summary reviews and sign-offs across the
   accounting teams (close sign-off, quarter-end readiness, Q3 summary with the CFO, Oct flux
   summary), the weekly non-standard deals review and a deal escalation, the weekly bookings &
   forecast call, the NetSuite steering committee, design decisions and go/no-go, audit planning and
   the weekly audit status with the auditors, the rev rec finding, tax projects with the advisors
   (R&D credit, nexus, extension sign-off, provision approach), vendor QBRs, a customer billing
   escalation, the T&E policy, the finance hiring sync, and the year-end investment ladder.
4. **`vp` - building the organisation of organisations.** Her staff (FLT) and the monthly finance
   all-hands, 1:1s with her directs (including the interim directs until 19 Oct), the CFO's staff and
   her 1:1 with the CFO, peers (1:1s, lunch, coffee with RevOps), the Controller search and every
   step of it (intake, rounds, debrief, offer, onboarding, handover, meet-the-team), org design,
   talent review, succession, career ladders, promo calibration, skip-levels, FY27 AOP / budgets /
   headcount / capital plan, the monthly forecast review, pricing committee and deal desk policy,
   treasury policy and the bank relationship (credit facility), the audit closing meeting, audit fee
   and control-deficiency discussions with the engagement partner, and the customer CFO call.
5. **`executive` - shaping the company.** The board and audit committee meetings and their prep
   with the CFO and CEO (board deck outline, review, dry run, final read, audit committee prep and
   rehearsal, CEO letter, board AOP version), ELT sessions (Q3 preview, AOP exec reviews and
   readout), the investor lunch, and the company all-hands.
6. **`excluded`** - holidays, OOO, close-calendar and fieldwork markers (all-day), travel (train to
   and from New York), gym, school pickup, lunch alone, and focus blocks with nobody invited.

Cancelled and declined meetings keep the label of the work they would have been, but they are not
counted; tentative meetings are counted. A moved occurrence keeps its series' row; an occurrence that
becomes a different kind of meeting gets its own `UID|RECURRENCE-ID` row.

## Judgement calls

- **The CFO's staff and 1:1** -> `vp`, not `executive`: the CFO's table is the finance
  organisation of organisations, not the executive team. Occurrences that become board work (the
  9 Nov "board deck final read", the 10 Nov "audit committee prep") are `executive` (own rows).
- **Same words, different work.** "Flux review" account by account with staff accountants -> `ic`;
  "Oct close – flux summary" (top 10 movements, with the Controller and FP&A) -> `director`.
  "Budget review" with two AP clerks or billing specialists -> `ic`; "FY27 dept budget – Sales"
  with the CRO -> `vp`. "Working session" with analysts -> `ic`; "Org design working session" with
  five directs -> `vp`. "Review" from a deal desk analyst -> `ic`; "weekly non-standard deals" ->
  `director`. "Sync" from a peer (Renee) -> `vp`; from an AP clerk or treasury analyst -> `ic`.
  "Catch up" from a payroll specialist needing an approval -> `manager`; from a treasury analyst with
  a forecast to check -> `ic`.
- **Interim directs.** Nadia's and Omar's weekly 1:1s until 14 Oct -> `vp` (1:1 with a direct).
  The biweekly "Nadia / Dana – close catch-up" from 28 Oct -> `manager`: she is now two levels down,
  and the agenda is the GL team's close.
- **Hiring by layer.** The Controller (her direct) -> `vp` at every step, including the pre-start
  coffee and onboarding; a senior FP&A analyst panel and a senior revenue accountant final ->
  `manager`; staff accountant / analyst phone screens -> `ic`; the weekly finance hiring sync
  across all open reqs -> `director`.
- **Close cadence.** The close standup, kickoff and retro -> `manager` (one team's execution, even
  though she ran them); close sign-off and quarter-end readiness -> `director`.
- **Audit.** Planning, weekly status, the finding -> `director`; the closing meeting, fee proposal
  and control-deficiency discussion with the engagement partner -> `vp`; PBC / controls walkthroughs
  and the memo page-turn -> `ic`; the audit committee -> `executive`.
- **Treasury.** The weekly 13-week cash review -> `manager`; its quarter-end occurrence with the CFO
  and the bank about a revolver draw -> `vp` (own row); the credit facility -> `vp`; a wire portal
  issue and the cash sweep -> `ic`.
- **Monthly forecast review** (Hannah's managers and the CFO decide the reforecast) -> `vp`
  (budgets); the weekly bookings & forecast call with sales leaders -> `director` (a status review
  across teams).
- **FLT on 2 Nov** becomes a 2.5-hour finance org design session with the HR partner -> `vp`
  (own row, category `talent_org`).

## Calendar mechanics covered

Google export layout: `X-WR-CALNAME`/`X-WR-TIMEZONE`, a VTIMEZONE with `X-LIC-LOCATION`, one-off
events in UTC (`DTSTART:…Z`) and recurring ones with `TZID=America/New_York`, `UNTIL` in UTC,
`ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=…;PARTSTAT=…;CN=…;X-NUM-GUESTS=0`, group and room (`RESOURCE`)
attendees, the organiser listed as an attendee, `X-GOOGLE-CONFERENCE` and the Meet block in
DESCRIPTION, the DST end on 1 Nov inside the span, weekly, biweekly, weekday-daily and
monthly-by-weekday (1TH, 2FR, 3FR, 4WE) series with `UNTIL` and `COUNT`, EXDATEs, moved, lengthened
and retitled occurrences, cancelled occurrences (`STATUS:CANCELLED`), a cancelled one-off, declined
series and occurrences (one series invited on an alias), multi-day all-day markers, private events,
VALARMs, CRLF line ends and folding at 75 octets.

## Weekly truth

Hours of timed meetings in the leader's time zone (America/New_York), per ISO week, counting only
meetings that are not all-day, not cancelled, not declined by the leader and not `excluded`.
below = `ic` + `manager` + `director`, at = `vp`, above = `executive`;
truth below share = below / (below + at + above). W37 is a four-day week (Labor Day) and W48 is
Thanksgiving week, so both are lighter.

"""

README_TAIL = r"""
## Measured

Scored once, after the calendar and labels were final, with the frozen binary (no rule or calendar
change followed):
`scripts/evaluate.py --altitude /work/frozen/altitude-bf9fbed --data Tests/Holdout/head-of-finance --from 2026-09-07 --to 2026-11-30`.

**before (rules at bf9fbed):** mean below-share gap **18.2 points** over 12 weeks; **14.5%** of
298.2 meeting hours unclassified.

| week | truth | altitude | gap |
|---|---:|---:|---:|
| 2026-W37 | 64.4% | 50.0% | 14.4 |
| 2026-W38 | 59.3% | 35.4% | 23.8 |
| 2026-W39 | 43.1% | 40.9% | 2.2 |
| 2026-W40 | 58.4% | 40.9% | 17.5 |
| 2026-W41 | 69.6% | 32.5% | 37.1 |
| 2026-W42 | 49.1% | 35.6% | 13.6 |
| 2026-W43 | 18.6% | 7.4% | 11.2 |
| 2026-W44 | 23.1% | 13.7% | 9.4 |
| 2026-W45 | 38.8% | 11.7% | 27.1 |
| 2026-W46 | 52.3% | 40.4% | 11.9 |
| 2026-W47 | 56.5% | 32.3% | 24.3 |
| 2026-W48 | 69.7% | 43.3% | 26.4 |

Largest flows away from the truth: director -> vp 24.8 h, vp -> executive 22.8 h, ic ->
unclassified 17.8 h, manager -> unclassified 14.5 h, manager -> vp 12.0 h, vp -> manager 11.0 h,
executive -> vp 10.0 h, director -> unclassified 8.5 h.
"""


if __name__ == "__main__":
    main()
