#!/usr/bin/env python3
"""Held-out evaluation calendar for Altitude: a VP Marketing (Apple Calendar / iCloud export).

Written independently of Rules/, SampleData/, Tests/Evaluation/ and Sources/AltitudeRules/: the
labels come from the altitude model in PRODUCT.md and an executive coach's judgement of the work
done in each meeting. No org chart: the profile's lists are the only structure the tool gets.

The calendar of Elise Tanaka, VP Marketing at Fernway, for the 12 ISO weeks 2026-W37 .. 2026-W48
(Monday 2026-09-07 .. Sunday 2026-11-29).

Writes, next to this file, byte-identically on every run (fixed seeds, fixed DTSTAMP, nothing
depends on today's date or the machine's time zone data; standard library only):

  calendar.ics   Apple Calendar (macOS / iCloud) export: quoted CN and EMAIL parameters, X-APPLE-*
                 properties, upper-case GUID UIDs, VALARMs with X-WR-ALARMUID, CRLF, folding
  truth.csv      key,level,category,title - one row per UID (plus UID|RECURRENCE-ID rows for
                 overrides that change what a meeting is)
  profile.yaml   the leader's profile
  README.md      the leader, the story, labelling principles, weekly truth table

Run: python3 Tests/Holdout/vp-marketing/generate.py      (from anywhere)
"""
import csv
import datetime as dt
import io
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261122
DTSTAMP = "20261130T180000Z"
FIRST = dt.date(2026, 9, 7)          # Monday of ISO week 2026-W37
WEEKS = 12
LAST = FIRST + dt.timedelta(weeks=WEEKS)   # 2026-11-30, exclusive

NY, CHI, LA = "America/New_York", "America/Chicago", "America/Los_Angeles"
STD_OFFSET = {NY: -5, CHI: -6, LA: -8}     # all follow the US DST rule
TZABBR = {NY: ("EDT", "EST"), CHI: ("CDT", "CST"), LA: ("PDT", "PST")}
HOME_TZ = LA
LEVELS = ["ic", "manager", "director", "vp", "executive", "excluded"]
LEADER_LEVEL = "vp"
RANK = {"ic": 0, "manager": 1, "director": 2, "vp": 3, "executive": 4}

ORG = "fernway.example"
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
# People: key -> (name, email). No org chart is written for this leader.

P = {}


def person(key, name, role, email=None):
    P[key] = (name, email or (name.lower().replace(" ", ".").replace("'", "") + "@" + ORG), role)


person("martin", "Martin Alvarez", "CEO")
person("joy", "Joy Park", "EA to the CEO")
person("keisha", "Keisha Dunn", "CRO")
person("arun", "Arun Iyer", "CPO")
person("beth", "Beth Caldwell", "CFO")
person("sven", "Sven Olsen", "CTO")
person("laila", "Laila Haddad", "Chief People & Legal Officer")
person("elise", "Elise Tanaka", "VP Marketing - the leader")
# directs
person("aisha", "Aisha Karimi", "Director, Product Marketing")
person("leo", "Leo Fontaine", "Director, Brand & Content (promoted into Elise's old seat)")
person("marcusb", "Marcus Bell", "Director, Demand Generation (starts 5 Oct)", "marcus.bell@" + ORG)
person("priyas", "Priya Sethi", "Senior Manager, Marketing Operations", "priya.sethi@" + ORG)
person("hollis", "Hollis Grant", "Manager, Events & Field")
person("sofia", "Sofia Marquez", "Head of Communications")
# interim directs (demand gen managers) and people two or more levels down
person("tyler", "Tyler Ng", "Paid Media Manager (interim direct until 5 Oct)")
person("rachel", "Rachel Osei", "Lifecycle Marketing Manager (interim direct until 5 Oct)")
person("ella", "Ella Quinn", "paid media specialist")
person("ben_e", "Ben Carter", "email specialist", "ben.carter@" + ORG)
person("nina", "Nina Brooks", "senior copywriter")
person("omar_c", "Omar Said", "content marketer", "omar.said@" + ORG)
person("theo", "Theo Brandt", "social media manager")
person("jess", "Jess Alvarado", "design lead")
person("kenji", "Kenji Mori", "designer")
person("dmitri", "Dmitri Volkov", "web developer")
person("hana", "Hana Lee", "product marketing manager")
person("ravi_p", "Ravi Shah", "product marketing manager", "ravi.shah@" + ORG)
person("zara", "Zara Ali", "marketing ops analyst")
person("maya", "Maya Cohen", "events coordinator")
person("grant", "Grant Ellis", "PR specialist")
# elsewhere in the company
person("derek", "Derek Fox", "VP Revenue Operations")
person("lena", "Lena Petrov", "VP Sales")
person("carl", "Carl Jensen", "VP Product")
person("gabby", "Gabriela Ruiz", "VP Customer Success")
person("nora", "Nora Kim", "HR business partner")
person("sam", "Sam Rivera", "recruiter")
person("will", "Will Turner", "FP&A business partner")
person("comms", "Fernway Internal Comms", "", "internal.comms@" + ORG)
person("mkt_team", "Marketing Team", "", "marketing@" + ORG)

EXTERNAL = {
    "nb_cd": ("Felix Grey", "felix@northboundcreative.example"),
    "nb_am": ("Chloe Park", "chloe@northboundcreative.example"),
    "bl_lead": ("Harriet Moss", "harriet.moss@brightlinepr.example"),
    "sg_lead": ("Oscar Lin", "oscar@signalandco.example"),
    "sg_buyer": ("Priyanka Das", "priyanka@signalandco.example"),
    "sc_pm": ("Ruth Adams", "ruth@stagecraftevents.example"),
    "ph_lead": ("Ian Cole", "ian@pixelharbor.example"),
    "mr_analyst": ("Paula Grant", "pgrant@meridianresearch.example"),
    "cust_cmo": ("Diane Wu", "diane.wu@lakeshorehealth.example"),
    "cust_vp": ("Marco Bianchi", "mbianchi@cedarclinics.example"),
    "journalist": ("Alex Moreno", "alex.moreno@techdaily.example"),
    "board_ch": ("Ruth Feldman", "ruth@feldmanventures.example"),
    "board_vc": ("Tom Okafor", "tom@summitpeak.example"),
    "cand_dg1": ("Marcus Bell", "marcus.bell.mktg@icloud.example"),
    "cand_dg2": ("Renata Silva", "renata.silva@inbox.example"),
    "cand_cw": ("Jordan Lee", "jordanlee.writes@inbox.example"),
}

ME = P["elise"][1]
ALIAS = "elise@" + ORG
DIRECTS = ["aisha", "leo", "marcusb", "priyas", "hollis", "sofia"]
ELT = ["keisha", "arun", "beth", "sven", "laila"]
PEERS = ELT


def who(k):
    if k in P:
        return P[k][0], P[k][1]
    return EXTERNAL[k]


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
        h = "%032X" % self.uid_rng.getrandbits(128)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def add(self, title, start, minutes=30, *, tz=LA, org="elise", att=(), opt=(), rooms=(),
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
        e["alarm_uid"] = "%032X" % self.rng.getrandbits(128)
        e["ps"] = {k: self.rng.choice(["ACCEPTED"] * 6 + ["TENTATIVE", "NEEDS-ACTION"]) for k in e["att"]}
        if meet and not allday and (e["att"] or org != "elise") and loc is None:
            e["meet"] = "https://fernway.zoom.us/j/%d" % self.rng.randint(81000000000, 89999999999)
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
            e["alarm_uid"] = "%032X" % self.rng.getrandbits(128)
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




def build():
    c = Calendar()
    W = at
    add = c.add

    def one(w, d, hhmm, minutes, title, level, cat, att="", org="elise", **kw):
        return add(title, W(w, d, hhmm), minutes, att=att.split(), org=org, level=level, cat=cat, **kw)

    # ---------------- all-day: holidays, PTO, travel, launch and event days ------------------------
    for title, d, n, cat, tr in [
        ("Labor Day", day(1, 0), 1, "holiday", "TRANSPARENT"),
        ("Fernway Flow – launch day 🚀", day(7, 1), 1, "focus", "TRANSPARENT"),
        ("ELT offsite – Sonoma", day(8, 3), 2, "travel", "OPAQUE"),
        ("Fernway Summit 2026 – Moscone West", day(10, 1), 2, "travel", "OPAQUE"),
        ("PTO", day(11, 4), 1, "out_of_office", "OPAQUE"),
        ("Thanksgiving", day(12, 3), 2, "holiday", "TRANSPARENT"),
    ]:
        add(title, d, allday=True, days=n, org="elise", level="excluded", cat=cat, transp=tr)

    # ---------------- recurring series ------------------------------------------------------------
    elt = add("ELT weekly", ld(2026, 1, 12, "09:00"), 60, org="martin", att=ELT, opt=["joy"],
              rrule=dict(freq="WEEKLY", byday=["MO"]), exdates=[ld(2026, 9, 7, "09:00")],
              level="executive", cat="executive", desc="Company scorecard, decisions log, cross-functional asks.")
    c.override(elt, ld(2026, 10, 26, "09:00"), title="ELT weekly – FY27 plan first look", minutes=120)
    c.override(elt, ld(2026, 11, 23, "09:00"), title="ELT weekly (Thanksgiving week – async)", status="CANCELLED",
               transp="TRANSPARENT")

    staff = add("Marketing leadership staff", ld(2026, 8, 10, "10:30"), 90, att=DIRECTS + ["tyler", "rachel"],
                rrule=dict(freq="WEEKLY", byday=["MO"]), exdates=[ld(2026, 9, 7, "10:30")],
                level="vp", cat="staff_own", desc="1) numbers 2) decisions 3) people 4) what I should know")
    c.override(staff, ld(2026, 10, 5, "10:30"), title="Marketing leadership staff – welcome Marcus!")
    c.override(staff, ld(2026, 10, 26, "10:30"), start=ld(2026, 10, 26, "11:00"), minutes=60)
    c.override(staff, ld(2026, 11, 16, "10:30"), minutes=120, level="vp", cat="talent_org",
               title="Marketing staff → talent calibration", att=DIRECTS + ["nora"])

    cr = add("Creative review", ld(2026, 5, 4, "13:00"), 60, org="jess", att=["leo", "nina", "kenji", "omar_c"],
             rrule=dict(freq="WEEKLY", byday=["MO"]), exdates=[ld(2026, 9, 7, "13:00")], level="ic", cat="hands_on",
             desc="Every asset going out this week – ads, emails, landing pages, social. Comments in Figma.")
    for d in (ld(2026, 10, 26, "13:00"), ld(2026, 11, 2, "13:00")):
        c.override(cr, d, me="DECLINED", transp="TRANSPARENT")

    add("Content standup", ld(2026, 6, 1, "08:45"), 15, org="leo", att=["nina", "omar_c", "theo"],
        rrule=dict(freq="WEEKLY", byday=["MO", "WE", "FR"], until=ld(2026, 10, 9, "08:45")),
        exdates=[ld(2026, 9, 7, "08:45")], level="manager", cat="team_meeting")

    add("Elise / Aisha 1:1", ld(2026, 8, 10, "15:00"), 60, att=["aisha"], rrule=dict(freq="WEEKLY", byday=["MO"]),
        exdates=[ld(2026, 9, 7, "15:00"), ld(2026, 11, 23, "15:00")], level="vp", cat="one_on_one_direct")

    add("Paid media weekly – Signal", ld(2026, 4, 6, "16:00"), 60, org="tyler", att=["ella", "sg_lead", "sg_buyer"],
        rrule=dict(freq="WEEKLY", byday=["MO"], until=ld(2026, 10, 5, "16:00")), exdates=[ld(2026, 9, 7, "16:00")],
        level="manager", cat="vendor", desc="Spend pacing, CPL by channel, creative fatigue, next week's tests.")

    m11 = add("Martin / Elise", ld(2026, 8, 4, "09:00"), 45, org="martin", att=[],
              rrule=dict(freq="WEEKLY", interval=2, byday=["TU"]), level="executive", cat="one_on_one_manager")
    c.override(m11, ld(2026, 11, 10, "09:00"), title="Canceled: Martin / Elise (Summit)", status="CANCELLED",
               transp="TRANSPARENT")

    pipe = add("Demand gen pipeline review", ld(2026, 3, 3, "10:00"), 60, org="priyas",
               att=["derek", "lena", "tyler", "rachel", "zara"], rrule=dict(freq="WEEKLY", byday=["TU"]),
               exdates=[ld(2026, 11, 10, "10:00")], level="director", cat="review",
               desc="MQL → SQL → pipeline by source and segment; plan vs actual; what we change.")
    c.override(pipe, ld(2026, 10, 6, "10:00"), att=["derek", "lena", "tyler", "rachel", "zara", "marcusb"])
    c.override(pipe, ld(2026, 10, 20, "10:00"), me="DECLINED", transp="TRANSPARENT")

    leo = add("Elise / Leo 1:1", ld(2026, 8, 11, "11:30"), 60, att=["leo"], rrule=dict(freq="WEEKLY", byday=["TU"]),
        exdates=[ld(2026, 11, 10, "11:30"), ld(2026, 11, 24, "11:30")], level="vp", cat="one_on_one_direct")
    c.override(leo, ld(2026, 11, 17, "11:30"), start=ld(2026, 11, 17, "16:45"), minutes=45)
    add("Elise / Sofia", ld(2026, 8, 11, "13:00"), 30, att=["sofia"], rrule=dict(freq="WEEKLY", interval=2, byday=["TU"]),
        level="vp", cat="one_on_one_direct")
    add("Elise / Priya", ld(2026, 8, 18, "13:00"), 30, att=["priyas"], rrule=dict(freq="WEEKLY", interval=2, byday=["TU"]),
        exdates=[ld(2026, 11, 10, "13:00")], level="vp", cat="one_on_one_direct")

    add("Lifecycle & email weekly", ld(2026, 4, 7, "14:00"), 60, org="rachel", att=["ben_e"],
        rrule=dict(freq="WEEKLY", byday=["TU"], until=ld(2026, 10, 13, "14:00")), level="manager", cat="team_meeting",
        desc="Send calendar, nurture performance, list health, QA of this week's sends.")

    nb = add("Northbound / Fernway weekly status", ld(2026, 6, 2, "16:30"), 30, tz=NY, org="nb_am",
             att=["leo", "jess", "nb_cd"], rrule=dict(freq="WEEKLY", byday=["TU"]), level="manager", cat="vendor",
             exdates=[ld(2026, 11, 24, "16:30")], desc="Status by job number, rounds of revisions, traffic.")
    for d in (ld(2026, 10, 27, "16:30"), ld(2026, 11, 10, "16:30"), ld(2026, 11, 17, "16:30")):
        c.override(nb, d, me="DECLINED", transp="TRANSPARENT")

    add("Gym", ld(2026, 7, 7, "07:00"), 60, att=[], rrule=dict(freq="WEEKLY", byday=["TU", "TH"]),
        exdates=[ld(2026, 11, 26, "07:00")], level="excluded", cat="personal", private=True)

    add("Launch readiness – Fernway Flow", ld(2026, 9, 9, "09:00"), 60, org="aisha",
        att=["hana", "ravi_p", "carl", "leo", "sofia", "priyas"], rrule=dict(freq="WEEKLY", byday=["WE"], count=7),
        level="director", cat="review", desc="Workstreams RAG: messaging, web, PR, sales enablement, demo, pricing page.")

    add("Tyler / Elise 1:1", ld(2026, 8, 12, "10:30"), 30, att=["tyler"],
        rrule=dict(freq="WEEKLY", byday=["WE"], until=ld(2026, 9, 30, "10:30")), level="vp", cat="one_on_one_direct",
        desc="Interim until the Demand Gen director starts.")
    add("Rachel / Elise 1:1", ld(2026, 8, 12, "11:00"), 30, att=["rachel"],
        rrule=dict(freq="WEEKLY", byday=["WE"], until=ld(2026, 9, 30, "11:00")), level="vp", cat="one_on_one_direct",
        desc="Interim until the Demand Gen director starts.")
    add("Elise / Marcus 1:1", ld(2026, 10, 7, "10:30"), 45, att=["marcusb"], rrule=dict(freq="WEEKLY", byday=["WE"]),
        exdates=[ld(2026, 11, 4, "10:30"), ld(2026, 11, 11, "10:30"), ld(2026, 11, 25, "10:30")], level="vp", cat="one_on_one_direct")

    add("Website sprint planning", ld(2026, 7, 1, "13:00"), 60, org="dmitri", att=["zara", "ph_lead", "jess"],
        rrule=dict(freq="WEEKLY", interval=2, byday=["WE"]),
        level="manager", cat="team_meeting")

    add("Keisha / Elise", ld(2026, 8, 12, "14:00"), 45, org="keisha", att=[],
        rrule=dict(freq="WEEKLY", interval=2, byday=["WE"]),
        level="vp", cat="one_on_one_peer")
    add("Arun <> Elise", ld(2026, 8, 19, "14:00"), 45, org="arun", att=[],
        rrule=dict(freq="WEEKLY", interval=2, byday=["WE"]), exdates=[ld(2026, 11, 11, "14:00")],
        level="vp", cat="one_on_one_peer")

    add("Brand council", ld(2026, 3, 4, "15:30"), 60, att=["leo", "jess", "sofia", "aisha", "theo"],
        rrule=dict(freq="MONTHLY", byday="1WE"), level="director", cat="review",
        desc="Brand health, guideline exceptions, sub-brand requests, naming.")

    add("Hollis / Elise", ld(2026, 8, 13, "09:00"), 30, att=["hollis"], rrule=dict(freq="WEEKLY", interval=2, byday=["TH"]),
        level="vp", cat="one_on_one_direct")

    camp = add("Integrated campaign review", ld(2026, 6, 4, "10:00"), 90, org="priyas",
               att=["aisha", "leo", "tyler", "rachel", "hollis", "zara"], rrule=dict(freq="WEEKLY", byday=["TH"]),
               exdates=[ld(2026, 10, 29, "10:00"), ld(2026, 11, 12, "10:00"), ld(2026, 11, 26, "10:00")], level="director", cat="review",
               desc="Each live campaign: goal, spend, results to date, risks. Owners present.")

    pr = add("PR weekly – Brightline", ld(2026, 5, 7, "11:30"), 30, tz=NY, org="sofia", att=["grant", "bl_lead"],
             rrule=dict(freq="WEEKLY", byday=["TH"]), exdates=[ld(2026, 11, 26, "11:30")], level="manager",
             cat="vendor", desc="Pitches in flight, coverage, briefing calendar.")
    c.override(pr, ld(2026, 10, 29, "11:30"), me="DECLINED", transp="TRANSPARENT")

    copy = add("Copy review", ld(2026, 6, 4, "13:00"), 60, org="nina", att=["omar_c", "theo"],
               rrule=dict(freq="WEEKLY", byday=["TH"]), exdates=[ld(2026, 11, 26, "13:00")], level="ic",
               cat="hands_on", desc="Line edits – web, email, ads. Elise has final word on headlines.")
    for d in (ld(2026, 10, 29, "13:00"), ld(2026, 11, 5, "13:00")):
        c.override(copy, d, me="DECLINED", transp="TRANSPARENT")

    add("Marketing all-hands", ld(2026, 8, 13, "15:00"), 60, att=["mkt_team"], rrule=dict(freq="MONTHLY", byday="2TH"),
        level="vp", cat="staff_own", desc="Whole team: wins, what's next, demo of the month.")

    add("Events weekly", ld(2026, 11, 5, "16:00"), 45, org="hollis", att=["maya", "sc_pm"],
        rrule=dict(freq="WEEKLY", byday=["TH"], count=2), level="manager", cat="team_meeting",
        desc="Summit: run of show, AV, F&B, registration, signage.")

    add("Focus – no meetings", ld(2026, 8, 14, "09:00"), 60, att=[], rrule=dict(freq="WEEKLY", byday=["FR"]),
        level="excluded", cat="focus")
    ah = add("Fernway All Hands", ld(2026, 1, 2, "10:00"), 60, org="comms", att=["martin"],
             rrule=dict(freq="MONTHLY", byday="1FR"), level="executive", cat="all_hands")
    add("Nora / Elise – people partner", ld(2026, 8, 21, "11:00"), 30, org="nora", att=[],
        rrule=dict(freq="MONTHLY", byday="3FR"), exdates=[ld(2026, 11, 20, "11:00")], level="vp", cat="talent_org")
    add("Marketing spend true-up", ld(2026, 6, 12, "14:00"), 45, org="will", att=["priyas", "zara"],
        rrule=dict(freq="MONTHLY", byday="2FR"), level="vp", cat="planning_budget",
        desc="Actuals vs plan by program; reallocations; accruals for agencies.")
    add("School run", ld(2026, 8, 24, "17:30"), 30, att=[], rrule=dict(freq="WEEKLY", byday=["MO", "WE"]),
        exdates=[ld(2026, 9, 7, "17:30")], level="excluded", cat="personal", private=True)
    add("Lunch 🥗", ld(2026, 8, 10, "12:00"), 45, att=[], rrule=dict(freq="WEEKLY", byday=["MO", "TU", "WE", "TH", "FR"]),
        level="excluded", cat="personal", transp="TRANSPARENT")
    # the launch war room, daily in launch week (her own)
    add("Flow launch war room", ld(2026, 10, 15, "08:00"), 30, att=["aisha", "hana", "leo", "sofia", "dmitri", "priyas"],
        rrule=dict(freq="DAILY", count=7), exdates=[ld(2026, 10, 17, "08:00"), ld(2026, 10, 18, "08:00")],
        level="director", cat="launch")

    add("ELT lunch", ld(2026, 2, 4, "12:15"), 45, org="martin", att=ELT, meet=False, loc="CEO office",
        rrule=dict(freq="WEEKLY", byday=["WE"]), exdates=[ld(2026, 11, 11, "12:15"), ld(2026, 11, 25, "12:15")],
        level="executive", cat="executive")
    add("Content calendar planning", ld(2026, 6, 5, "15:00"), 60, org="leo", att=["nina", "omar_c", "theo", "jess"],
        rrule=dict(freq="WEEKLY", byday=["FR"], until=ld(2026, 10, 16, "15:00")), level="manager", cat="planning",
        desc="Next 2 weeks: blog, social, newsletter, owners, due dates.")
    sa = add("Sales & marketing alignment", ld(2026, 5, 5, "16:00"), 45, org="lena", att=["derek", "priyas", "tyler"],
             rrule=dict(freq="WEEKLY", byday=["TU"]), exdates=[ld(2026, 11, 10, "16:00"), ld(2026, 11, 24, "16:00")],
             level="director", cat="review", desc="Lead quality, SLA, follow-up rates, territory campaigns.")
    add("Web & SEO weekly", ld(2026, 6, 5, "16:00"), 45, org="dmitri", att=["zara", "omar_c"],
        rrule=dict(freq="WEEKLY", byday=["FR"], until=ld(2026, 10, 16, "16:00")), level="manager", cat="team_meeting")

    # ---------------- one-offs, week by week ------------------------------------------------------
    # W37 (Sep 7): still the Brand & Content director in practice; running demand gen interim
    one(1, 1, "15:00", 60, "Homepage copy – line edit", "ic", "hands_on", "nina dmitri",
        desc="Hero, three value props, proof bar. I'll rewrite the hero tonight.")
    one(1, 2, "15:30", 30, "Quick sync", "ic", "hands_on", "kenji", org="kenji", desc="Launch banner colorways")
    one(1, 2, "16:00", 60, "Demand Gen Director – intake", "vp", "hiring", "sam nora")
    one(1, 3, "14:00", 60, "Working session", "ic", "hands_on", "nina omar_c", org="nina",
        desc="Flow launch blog post – outline + intro")
    one(1, 3, "16:00", 60, "Phone screen – Jordan Lee (Senior Copywriter)", "ic", "hiring", "cand_cw")
    one(1, 4, "11:00", 45, "Signal – Q4 media plan", "director", "vendor", "tyler ella sg_lead", org="sg_lead", tz=NY)
    one(1, 4, "13:00", 60, "FY27 planning – marketing kickoff", "vp", "planning_budget", "will priyas aisha leo")

    # W38 (Sep 14)
    one(2, 0, "14:00", 45, "Review", "ic", "hands_on", "kenji", org="jess", desc="Paid social variants – round 3")
    one(2, 1, "15:00", 60, "Flow messaging house – line by line", "ic", "hands_on", "hana ravi_p",
        desc="I'll take the pillar copy.")
    one(2, 2, "16:00", 45, "Demand Gen Director – 1st round: Marcus Bell", "vp", "hiring", "cand_dg1")
    one(2, 2, "15:30", 30, "Catch up", "manager", "hands_on", "ella", org="ella",
        desc="LinkedIn budget shift – need your OK")
    one(2, 3, "14:00", 60, "Customer advisory board – agenda w/ Gabriela", "vp", "customer", "gabby aisha")
    one(2, 3, "15:00", 60, "Press release – Flow (edits)", "ic", "hands_on", "sofia grant bl_lead",
        desc="Going through the release paragraph by paragraph.")
    one(2, 4, "11:30", 60, "Demand Gen Director – 1st round: Renata Silva", "vp", "hiring", "cand_dg2")
    one(2, 4, "13:00", 60, "Q4 demand plan – channel mix", "director", "planning", "priyas tyler rachel zara")

    # W39 (Sep 21)
    one(3, 0, "14:00", 45, "Budget review", "ic", "planning_budget", "maya ella", org="maya",
        desc="Summit booth + paid promo budget, line by line")
    one(3, 1, "15:00", 60, "Demand Gen Director – final round: Marcus Bell", "vp", "hiring", "cand_dg1 keisha lena")
    one(3, 2, "10:00", 30, "Demand Gen Director – debrief", "vp", "hiring", "sam nora keisha lena")
    one(3, 2, "15:30", 60, "Website QA – Flow pages", "ic", "hands_on", "dmitri zara", org="dmitri",
        desc="Click through every page on staging; bugs in the sheet.")
    one(3, 3, "14:00", 60, "Analyst briefing prep – Meridian Research", "director", "pr", "aisha sofia hana", org="sofia")
    one(3, 3, "15:00", 30, "Offer call – Marcus Bell", "vp", "hiring", "cand_dg1")
    one(3, 4, "11:30", 60, "Sales enablement – Flow pitch deck", "ic", "hands_on", "ravi_p", org="ravi_p",
        desc="Slide-by-slide edits before Thursday's SE training")
    one(3, 4, "13:00", 60, "Quarterly brand tracker readout", "director", "review", "leo jess theo", org="leo")

    # W40 (Sep 28)
    one(4, 0, "14:00", 45, "Working session", "ic", "hands_on", "nina omar_c", org="omar_c",
        desc="Launch email series – 5 emails, subject lines")
    one(4, 1, "18:00", 60, "Meridian Research – analyst briefing", "vp", "pr", "aisha sofia mr_analyst", org="mr_analyst",
        tz=NY)
    one(4, 2, "15:30", 60, "Launch video – rough cut review", "ic", "hands_on", "jess kenji nb_cd", org="jess")
    one(4, 3, "14:00", 60, "Pricing page – final copy", "ic", "hands_on", "hana dmitri carl", org="hana")
    one(4, 3, "16:00", 60, "Q3 marketing results – ELT pre-read", "vp", "planning_budget", "priyas will")
    one(4, 4, "11:30", 45, "Org design – demand gen team under Marcus", "vp", "talent_org", "nora priyas")
    one(4, 4, "13:00", 60, "Q3 board slides – marketing section", "executive", "board", "martin beth", org="beth")

    # W41 (Oct 5): Marcus starts; handover of demand gen
    one(5, 0, "14:00", 45, "Marcus onboarding – first 30 days", "vp", "hiring", "marcusb nora")
    one(5, 1, "15:00", 60, "Demand gen handover – Tyler & Rachel w/ Marcus", "vp", "hiring", "marcusb tyler rachel")
    one(5, 2, "11:15", 60, "Launch PR plan – embargo & briefings", "director", "pr", "sofia grant bl_lead aisha",
        org="sofia")
    one(5, 3, "14:00", 60, "Flow launch – sales kickoff dry run", "director", "launch", "aisha hana lena derek", org="aisha")
    one(5, 3, "16:00", 60, "Working session", "ic", "hands_on", "nina", org="nina", desc="Launch blog – final pass")
    one(5, 4, "11:30", 60, "Talent check-in: Leo's first 90 days", "vp", "talent_org", "nora")
    one(5, 4, "13:00", 60, "Customer story video – edit notes", "ic", "hands_on", "theo kenji", org="theo")

    # W42 (Oct 12): pre-launch crunch - down in the copy
    one(6, 0, "14:00", 45, "Quick sync", "ic", "hands_on", "kenji jess", org="kenji", desc="Hero image – final crop")
    one(6, 0, "16:00", 60, "Launch go/no-go – Flow", "director", "launch", "aisha carl hana leo sofia priyas arun",
        org="aisha")
    one(6, 1, "15:00", 60, "Press release – final line edit", "ic", "hands_on", "grant bl_lead", org="grant")
    one(6, 2, "11:15", 60, "Website QA – pricing & signup flow", "ic", "hands_on", "dmitri zara", org="dmitri")
    one(6, 2, "15:30", 60, "Launch blog – CEO quote rewrite", "ic", "hands_on", "nina sofia")
    one(6, 3, "14:00", 60, "Media training – Martin (Flow launch)", "executive", "pr", "martin sofia bl_lead", org="sofia")
    one(6, 3, "16:00", 45, "Social launch posts – copy review", "ic", "hands_on", "theo", org="theo")
    one(6, 4, "11:30", 60, "Review", "ic", "hands_on", "kenji omar_c", org="kenji", desc="Launch email banners")
    one(6, 4, "13:00", 60, "Launch – customer reference calls (prep)", "director", "customer", "aisha gabby hana",
        org="gabby")

    # W43 (Oct 19): launch week
    one(7, 0, "14:00", 45, "Working session", "ic", "hands_on", "hana ravi_p", org="hana", desc="Launch FAQ for support")
    one(7, 1, "10:00", 60, "Launch press briefings (TechDaily, Clinic Ops Weekly)", "executive", "pr",
        "martin sofia journalist", org="sofia")
    one(7, 1, "15:00", 60, "Launch day – live metrics check", "manager", "launch", "zara priyas marcusb", org="zara")
    one(7, 2, "15:30", 60, "Flow launch – 48h readout", "director", "launch", "aisha priyas sofia leo hana")
    one(7, 3, "14:00", 60, "Paid launch ads – performance deep dive", "manager", "review", "tyler ella", org="tyler")
    one(7, 3, "16:00", 45, "Lifecycle – launch nurture review", "manager", "review", "rachel ben_e", org="rachel")
    one(7, 4, "11:30", 60, "Flow launch retro", "director", "launch", "aisha hana leo sofia priyas dmitri marcusb",
        org="aisha")
    one(7, 4, "13:00", 60, "FY27 marketing plan – strategy draft", "vp", "planning_budget", "marcusb aisha leo priyas")

    # W44 (Oct 26): FY27 planning, offsite - upward
    one(8, 0, "14:00", 60, "FY27 budget – program by program", "vp", "planning_budget", "will priyas marcusb")
    one(8, 1, "15:00", 60, "Pipeline targets FY27 – with Sales", "vp", "planning_budget", "keisha lena derek marcusb",
        org="keisha")
    one(8, 2, "11:15", 60, "Positioning FY27 – brand narrative", "vp", "strategy", "leo aisha sofia arun")
    one(8, 2, "15:30", 60, "Agency roster review (AOR decision)", "vp", "vendor", "leo marcusb sofia priyas",
        desc="Keep / consolidate Northbound, Signal, Brightline, Pixel Harbor for FY27.")
    one(8, 3, "08:00", 90, "Drive to Sonoma", "excluded", "travel", "")
    one(8, 3, "10:00", 360, "ELT offsite – FY27 strategy", "executive", "offsite", "martin keisha arun beth sven laila",
        org="martin", loc="Farmhouse Inn, Forestville")
    one(8, 3, "18:30", 120, "ELT offsite dinner", "executive", "offsite", "martin keisha arun beth sven laila",
        org="martin", loc="Farmhouse Inn")
    one(8, 4, "09:00", 240, "ELT offsite – FY27 plan & org", "executive", "offsite", "martin keisha arun beth sven laila",
        org="martin", loc="Farmhouse Inn, Forestville")
    one(8, 4, "14:00", 90, "Drive home", "excluded", "travel", "")

    # W45 (Nov 2): board, talent - at altitude; Summit prep starting
    one(9, 0, "14:00", 45, "Summit keynote – story arc", "executive", "events", "martin hollis sofia", org="hollis")
    one(9, 1, "15:00", 60, "Marketing talent review", "vp", "talent_org", "nora aisha leo marcusb sofia priyas hollis")
    one(9, 2, "10:00", 60, "Q3 board meeting – marketing & brand update", "executive", "board",
        "martin beth keisha board_ch board_vc", org="joy")
    one(9, 2, "11:15", 60, "Summit run of show – walkthrough", "manager", "events", "hollis maya sc_pm", org="hollis")
    one(9, 3, "13:00", 60, "Senior Copywriter – panel (Jordan Lee)", "manager", "hiring", "leo nina cand_cw", org="leo")
    one(9, 3, "14:00", 60, "Demand gen FY27 org – Marcus's proposal", "vp", "talent_org", "marcusb nora")
    one(9, 4, "11:30", 60, "Summit – speaker slides review", "ic", "events", "hollis maya jess", org="maya",
        desc="All 14 breakout decks – font, logo, template checks")
    one(9, 4, "13:00", 60, "Check-in", "ic", "events", "maya", org="maya", desc="Badge + lanyard proofs")

    one(9, 0, "16:00", 60, "FY27 headcount plan – marketing", "vp", "planning_budget", "nora will")
    one(9, 4, "14:00", 45, "Customer advisory board – final agenda", "vp", "customer", "gabby aisha", org="gabby")

    # W46 (Nov 9): Fernway Summit - pulled into the event details
    one(10, 0, "14:00", 60, "Keynote rehearsal – Martin", "executive", "events", "martin hollis sofia jess",
        org="hollis", loc="Moscone West, Room 2001")
    one(10, 0, "16:00", 60, "Summit – stage walkthrough & AV check", "ic", "events", "maya sc_pm", org="sc_pm",
        loc="Moscone West")
    one(10, 1, "08:00", 30, "Summit day 1 – crew huddle", "manager", "events", "hollis maya sc_pm", org="hollis")
    one(10, 1, "09:00", 90, "Summit day 1 – keynote (backstage)", "executive", "events", "martin hollis", org="hollis")
    one(10, 1, "11:00", 90, "Customer advisory board – Summit session", "vp", "customer",
        "gabby aisha cust_cmo cust_vp", org="gabby")
    one(10, 1, "14:00", 120, "Summit booth shift", "ic", "events", "maya ella", org="maya")
    one(10, 1, "18:30", 150, "Summit customer dinner", "vp", "customer", "martin keisha gabby cust_cmo cust_vp",
        loc="Boulevard")
    one(10, 2, "08:00", 30, "Summit day 2 – crew huddle", "manager", "events", "hollis maya sc_pm", org="hollis")
    one(10, 2, "09:00", 60, "Press room – briefings", "director", "pr", "sofia grant journalist", org="sofia")
    one(10, 2, "11:00", 90, "Summit – registration desk cover", "ic", "events", "maya", org="maya",
        desc="We're 2 short on reg – can you jump in 11-12:30?")
    one(10, 3, "14:00", 60, "Summit debrief", "director", "events", "hollis maya marcusb aisha sofia", org="hollis")
    one(10, 4, "11:30", 60, "Summit – leads follow-up", "manager", "events", "marcusb rachel zara", org="marcusb")

    # W47 (Nov 16): a PR flare-up pulls her into drafting; then budget
    one(11, 1, "08:00", 60, "URGENT: TechDaily data story – response", "director", "pr", "sofia grant bl_lead laila sven",
        org="sofia", desc="Story runs 2pm ET. Statement + FAQ + customer email.")
    one(11, 1, "11:00", 60, "Statement – drafting", "ic", "pr", "grant", desc="I'll write it, Grant checks facts.")
    one(11, 1, "14:00", 30, "Customer email – copy", "ic", "pr", "rachel ben_e", org="rachel")
    one(11, 1, "15:00", 60, "PR escalation – ELT update", "executive", "pr", "martin sofia laila sven beth", org="martin")
    one(11, 2, "11:15", 45, "Quick sync", "ic", "pr", "grant", org="grant", desc="Reporter follow-up Qs")
    one(11, 2, "15:30", 60, "FY27 budget – final cut", "vp", "planning_budget", "will beth priyas marcusb")
    one(11, 3, "14:00", 60, "Incident comms – lessons learned", "director", "pr", "sofia grant laila")
    one(11, 3, "16:00", 45, "Blog post – our data practices (edits)", "ic", "hands_on", "nina sofia", org="nina")

    # W48 (Nov 23): Thanksgiving week
    one(12, 0, "14:00", 45, "Holiday campaign – creative review", "ic", "hands_on", "jess kenji theo", org="jess")
    one(12, 1, "11:00", 60, "FY27 plan – board version", "executive", "board", "martin beth", org="beth")
    one(12, 1, "14:00", 60, "Working session", "ic", "hands_on", "omar_c nina", org="omar_c",
        desc="Year-in-review email – draft")
    one(12, 2, "10:00", 30, "Check-in", "manager", "hands_on", "ella ben_e", org="ella",
        desc="Cyber Monday send + spend cap")

    one(12, 0, "16:00", 60, "FY27 OKRs – marketing draft", "vp", "planning_budget", "marcusb aisha leo priyas sofia")
    one(12, 1, "15:00", 60, "Q4 campaign results to date", "director", "review", "marcusb priyas zara", org="priyas")
    one(12, 2, "11:00", 30, "Quick sync", "ic", "hands_on", "theo", org="theo", desc="Holiday post – caption options")

    return c


# ----------------------------------------------------------------------------------------------
# Rendering: an Apple Calendar (macOS 15 / iCloud) export


def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


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


def apple_vtimezone(tz):
    std = STD_OFFSET[tz]
    fmt = lambda h: "%+03d00" % h
    dst_name, std_name = TZABBR[tz]
    return ["BEGIN:VTIMEZONE", f"TZID:{tz}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{fmt(std)}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "DTSTART:20070311T020000", f"TZNAME:{dst_name}", f"TZOFFSETTO:{fmt(std + 1)}", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{fmt(std + 1)}", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "DTSTART:20071104T020000", f"TZNAME:{std_name}", f"TZOFFSETTO:{fmt(std)}", "END:STANDARD",
            "END:VTIMEZONE"]


def render_event(e):
    L = [f"CREATED:{zstamp(e['created'])}", f"UID:{e['uid']}"]
    if e["allday"]:
        L.append(f"DTEND;VALUE=DATE:{e['end'].strftime('%Y%m%d')}")
    else:
        L.append(f"DTEND;TZID={e['tz']}:{lstamp(e['end'])}")
    L.append("TRANSP:" + (e["transp"] or ("TRANSPARENT" if e["allday"] else "OPAQUE")))
    L.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
    L.append("SUMMARY:" + esc(e["title"]))
    L.append(f"LAST-MODIFIED:{zstamp(e['modified'])}")
    L.append(f"DTSTAMP:{DTSTAMP}")
    if e["allday"]:
        L.append(f"DTSTART;VALUE=DATE:{e['start'].strftime('%Y%m%d')}")
    else:
        L.append(f"DTSTART;TZID={e['tz']}:{lstamp(e['start'])}")
    L.append(f"SEQUENCE:{e['seq']}")
    if e["rid"] is not None:
        L.append(f"RECURRENCE-ID;TZID={e['tz']}:{lstamp(e['rid'])}")
    r = e["rrule"]
    if r:
        parts = [f"FREQ={r['freq']}", f"INTERVAL={r.get('interval', 1)}"]
        if r.get("until"):
            parts.append("UNTIL=" + zstamp(to_utc(r["until"], e["tz"])))
        if r.get("count"):
            parts.append(f"COUNT={r['count']}")
        if r.get("byday"):
            parts.append("BYDAY=" + (",".join(r["byday"]) if isinstance(r["byday"], list) else r["byday"]))
        L.append("RRULE:" + ";".join(parts))
        for x in e["exdates"]:
            L.append(f"EXDATE;TZID={e['tz']}:{lstamp(x)}")
    if e["status"]:
        L.append(f"STATUS:{e['status']}")
    if e["att"] or e["org"] != "elise":
        oname, oaddr = who(e["org"])
        people = [(e["org"], "ACCEPTED", "CHAIR")]
        people += [(k, e["ps"][k], "OPT-PARTICIPANT" if k in e["opt"] else "REQ-PARTICIPANT") for k in e["att"]]
        if e["org"] == "elise":
            people[0] = ("__me__", "ACCEPTED", "CHAIR")
        else:
            people.append(("__me__", e["me"], "REQ-PARTICIPANT"))
        for k, ps, role in people:
            name, addr = (who("elise")[0], e["me_addr"]) if k == "__me__" else who(k)
            cutype = "GROUP" if k in ("mkt_team",) else "INDIVIDUAL"
            L.append(f'ATTENDEE;CN="{name}";CUTYPE={cutype};EMAIL="{addr}";PARTSTAT={ps};ROLE={role}'
                     + (";RSVP=TRUE" if ps == "NEEDS-ACTION" else "") + f":mailto:{addr}")
        L.append(f'ORGANIZER;CN="{oname}";EMAIL="{oaddr}":mailto:{oaddr}')
    loc = e["loc"] or (e["meet"] or "")
    if loc:
        L.append("LOCATION:" + esc(loc))
    if e["meet"]:
        L.append(f"URL;VALUE=URI:{e['meet']}")
    if e["desc"]:
        L.append("DESCRIPTION:" + esc(e["desc"]))
    if e["private"]:
        L.append("CLASS:PRIVATE")
    if not e["allday"] and e["me"] != "DECLINED" and e["status"] != "CANCELLED":
        a = e["alarm_uid"]
        L += ["BEGIN:VALARM", f"X-WR-ALARMUID:{a[:8]}-{a[8:12]}-{a[12:16]}-{a[16:20]}-{a[20:]}",
              f"UID:{a[:8]}-{a[8:12]}-{a[12:16]}-{a[16:20]}-{a[20:]}", "TRIGGER:-PT10M",
              "ATTACH;VALUE=URI:Chord", "ACTION:AUDIO", "END:VALARM"]
    return ["BEGIN:VEVENT"] + L + ["END:VEVENT"]


def render(c):
    zones = [LA] + sorted({e["tz"] for e in c.events if not e["allday"]} - {LA})
    lines = ["BEGIN:VCALENDAR", "METHOD:PUBLISH", "VERSION:2.0", "X-WR-CALNAME:Work",
             "PRODID:-//Apple Inc.//macOS 15.1//EN", "X-APPLE-CALENDAR-COLOR:#1BADF8",
             f"X-WR-TIMEZONE:{LA}", "CALSCALE:GREGORIAN"]
    for z in zones:
        lines += apple_vtimezone(z)
    for e in c.events:
        lines += render_event(e)
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


def profile_text():
    d = lambda k: P[k][1]
    return "\n".join([
        "name: Elise Tanaka",
        f"email: {ME}",
        f"aliases: [{ALIAS}, elise.tanaka@icloud.example]",
        "level: vp",
        "timezone: America/Los_Angeles",
        "promoted: 2026-08-03",
        f"organization: [{ORG}]",
        f"manager: {d('martin')}",
        "directs: [" + ", ".join(d(k) for k in DIRECTS) + "]",
        "peers: [" + ", ".join(d(k) for k in PEERS) + "]",
        'working_hours: {start: "08:30", end: "17:30", days: [mon, tue, wed, thu, fri]}',
        "target: 0.25",
        "function: marketing",
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
               f"truth.csv has {counts['rows']} rows.\n")
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
        elif in_ev and line.startswith("UID:") and cur_uid is None:   # not the VALARM UID
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
    weeks = weekly(c)
    inst = [i for i in c.instances()
            if (FIRST <= (i["s"] if i["allday"] else utc_to_home(i["s"]).date()) < LAST)]
    counts = dict(vevents=len(c.events), masters=len({e["uid"] for e in c.events}),
                  overrides=sum(1 for e in c.events if e["rid"] is not None), instances=len(inst),
                  allday=sum(1 for i in inst if i["allday"]), rows=len(rows))
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\n")
    wr.writerow(["key", "level", "category", "title"])
    wr.writerows(rows)
    files = {
        "calendar.ics": ics,
        "truth.csv": buf.getvalue(),
        "profile.yaml": profile_text(),
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


README_HEAD = r"""# Held-out test calendar: VP Marketing (Apple Calendar export, no org chart)

Everything in this folder is written by `generate.py` (standard library only, fixed seed, fixed
DTSTAMP, byte-identical on every run). It is an independent, labelled calendar for measuring **once**
how well Altitude's classification rules generalise to a function they were not developed on
(marketing), with **no `org.csv`**: the profile's manager, directs and peers are the only structure
the tool gets. It was written without reading `Rules/`, `SampleData/`, `Tests/Evaluation/` or
`Sources/AltitudeRules/`, and without running `altitude rules` or `altitude explain`; the labels
come from the altitude model in `PRODUCT.md` and an executive coach's judgement of the work done in
each meeting. Do not tune rules against it.

| file | what it is |
|---|---|
| `calendar.ics` | Apple Calendar (macOS 15 / iCloud) export, 2026-09-07 .. 2026-11-29 (ISO weeks 2026-W37 .. W48) |
| `truth.csv` | `key,level,category,title`: one row per UID; `UID\|RECURRENCE-ID` (UTC) rows for overrides that change what the meeting is |
| `profile.yaml` | the leader's profile (level `vp`) |
| `generate.py` | writes all four files; checks that calendar UIDs and truth keys match and that counted meetings never overlap |

## The leader

**Elise Tanaka**, VP Marketing at **Fernway** (scheduling and patient-flow software for clinics,
`fernway.example`), San Francisco, time zone America/Los_Angeles. She reports to the CEO, **Martin
Alvarez**, and sits on the ELT; her peers are the CRO, CPO, CFO, CTO and Chief People & Legal
Officer. Her directs: Aisha Karimi (Director, Product Marketing), Leo Fontaine (Director, Brand &
Content - promoted into Elise's old seat), Marcus Bell (Director, Demand Generation, starts
**5 Oct**), Priya Sethi (Senior Manager, Marketing Ops), Hollis Grant (Manager, Events & Field) and
Sofia Marquez (Head of Communications). Until Marcus starts, the two demand-gen managers (Tyler Ng,
paid media; Rachel Osei, lifecycle) report to her on an interim basis. Agencies: Northbound
(creative), Signal & Co (paid media), Brightline (PR), Pixel Harbor (web), Stagecraft (events).

**The story in the calendar.** Elise was Director of Brand & Content until she was promoted to VP on
**2026-08-03**. Weeks 37-40: she is still the brand and content director - in the weekly creative
review and copy review line by line, in the content standup, rewriting the homepage hero, the
messaging house and the press release herself, reviewing banner colourways with a designer - and
she is running demand gen directly (paid media weekly with the agency, lifecycle weekly) while
hiring its director. Week 41: Marcus starts; she hands over demand gen. Weeks 42-43: the Fernway
Flow launch (20 Oct) pulls her into website QA, the launch blog, social copy and banner reviews.
Week 44: the FY27 budget, positioning, the agency roster and a two-day ELT offsite - almost all at or
above altitude. Weeks 45-46: the Fernway Summit (10-11 Nov) - she reviews every breakout deck,
proofs badges, walks the stage, covers the registration desk and works a booth shift. Week 47: a
press story about data handling: she drafts the statement and the customer email herself; PTO on
Friday. Week 48: Thanksgiving.

## Labelling principles

Each meeting is labelled by the level of the **work done in it**, using the ladder in `PRODUCT.md`
(`ic < manager < director < vp < executive`), as an executive coach who knew what happened in the
meeting would judge it. The leader is a **vp**, so below = `ic` + `manager` + `director`,
at = `vp`, above = `executive`.

1. **`ic` - doing the work yourself.** Creative review and copy review (every asset, line by line,
   comments in Figma), line edits of web copy, press releases, blog posts, the statement and the
   customer email, messaging-house copy, launch FAQ, video rough cuts and edit notes, website QA,
   pricing-page copy, sales deck edits, speaker-deck template checks, badge proofs, stage and AV
   walkthroughs, working the registration desk or a booth shift, phone screens, and the vague
   invites from people two levels down ("Quick sync", "Review", "Working session", "Check-in",
   "Budget review") where they bring her one artefact to approve.
2. **`manager` - running one team's execution.** The content standup and content calendar
   planning, paid media weekly with the agency, lifecycle & email weekly, web & SEO weekly, website
   sprint planning, the agencies' weekly status calls (Northbound, Brightline), events weekly and
   the Summit run of show and crew huddles, one channel's launch performance check, a copywriter
   panel (Leo's hire), a specialist's spend-shift or send approval ("Catch up", "Check-in").
3. **`director` - running several teams' delivery.** The demand-gen pipeline review, the
   integrated campaign review, sales & marketing alignment, the brand council and the brand
   tracker readout, Q4 channel mix, launch readiness / war room / go-no-go / readout / retro,
   analyst-briefing prep, the launch PR plan, press-room briefings, the PR escalation and its
   lessons learned, the Summit debrief, customer reference prep, an agency's quarterly media plan.
4. **`vp` - building the organisation of organisations.** Her staff and the monthly marketing
   all-hands, 1:1s with her directs (and the interim directs until 30 Sep), peer 1:1s with the CRO
   and CPO, hiring her demand-gen director (intake, rounds, debrief, offer, onboarding, handover),
   org design, talent check-ins, talent review and calibration, FY27 planning / budget / headcount /
   OKRs / pipeline targets, the monthly spend true-up, positioning, the agency-of-record decision,
   the customer advisory board and the customer dinner, and the industry-analyst briefing.
5. **`executive` - shaping the company.** The ELT weekly and ELT lunch, her 1:1 with the CEO, the
   ELT offsite and its dinner, the board meeting and board slides with the CFO/CEO, the CEO's media
   training, launch press briefings and Summit keynote work with the CEO, the PR update to the ELT,
   and the company all-hands.
6. **`excluded`** - holidays, PTO, launch / offsite / Summit day markers (all-day), driving to and
   from the offsite, gym, school run, lunch alone, focus blocks.

Cancelled and declined meetings keep the label of the work they would have been, but they are not
counted; tentative meetings are counted. A moved occurrence keeps its series' row; an occurrence that
becomes a different kind of meeting gets its own `UID|RECURRENCE-ID` row.

## Judgement calls

- **Her manager is the CEO**, so the 1:1 with Martin and the ELT weekly are `executive` (the
  executive team), unlike a VP who reports to a VP or SVP. The ELT lunch likewise.
- **Review, by what is reviewed.** "Creative review" and "Copy review" are `ic` even though the
  design lead and the senior copywriter organise them and the title says review: she edits every
  asset. The "Integrated campaign review" (owners present results across channels) and the
  "Demand gen pipeline review" are `director`. "Holiday campaign – creative review" -> `ic`.
- **Agencies, by the work.** Weekly status calls -> `manager`; Signal's quarterly media plan ->
  `director`; the agency-of-record decision -> `vp`.
- **Launch.** Readiness, war room, go/no-go, readout and retro -> `director` (the table's launch
  readiness reviews); website QA and copy work for the launch -> `ic`; the live metrics check run
  by the marketing-ops analyst -> `manager`.
- **Summit.** Run of show and crew huddles -> `manager`; debrief -> `director`; the customer
  advisory board and customer dinner -> `vp`; the CEO keynote story arc and rehearsal and sitting
  backstage for the keynote -> `executive` (company narrative with the CEO; a reasonable coach could
  call it `vp`, never below); speaker-deck checks, badge proofs, AV walkthrough, registration desk
  and the booth shift -> `ic`.
- **PR.** The weekly agency call -> `manager`; the launch PR plan, press room, the escalation and
  its lessons learned -> `director`; briefings where the CEO speaks to press and the ELT update ->
  `executive`; drafting the statement, the customer email and fielding reporter follow-ups -> `ic`.
- **Hiring by layer.** Demand Gen director (her direct) -> `vp`; a senior copywriter panel ->
  `manager`; a copywriter phone screen -> `ic`.
- **"Marketing staff" on 16 Nov** becomes a two-hour talent calibration with the HR partner -> `vp`
  (own row, category `talent_org`); the "ELT weekly" on 26 Oct runs two hours on the FY27 plan
  (same work, series row).

## Calendar mechanics covered

Apple Calendar export layout (`PRODID:-//Apple Inc.//macOS 15.1//EN`, `X-WR-CALNAME`,
`X-APPLE-CALENDAR-COLOR`, VTIMEZONEs with 2007 DTSTARTs for Los Angeles and New York), properties in
Apple's order, upper-case GUID UIDs, `ATTENDEE;CN="…";CUTYPE=…;EMAIL="…";PARTSTAT=…;ROLE=…` with
the organiser as `CHAIR` and a `GROUP` attendee, `ORGANIZER;CN="…";EMAIL="…"`, Zoom links in
`LOCATION` and `URL;VALUE=URI`, VALARMs with their own `UID` and `X-WR-ALARMUID`, events in New
York time on a Los Angeles calendar, the DST end on 1 Nov inside the span, weekly, biweekly, daily
and monthly-by-weekday (1WE, 1FR, 2TH, 2FR, 3FR) series with `INTERVAL`, `UNTIL` and `COUNT`,
EXDATEs, moved, shortened and retitled occurrences, cancelled occurrences, declined series and
occurrences, multi-day all-day events, private events, CRLF line ends and folding at 75 octets.

## Weekly truth

Hours of timed meetings in the leader's time zone (America/Los_Angeles), per ISO week, counting only
meetings that are not all-day, not cancelled, not declined by the leader and not `excluded`.
below = `ic` + `manager` + `director`, at = `vp`, above = `executive`;
truth below share = below / (below + at + above). W37 is a four-day week (Labor Day), W47 has a
Friday off and W48 is Thanksgiving week, so they are lighter.

"""

README_TAIL = r"""
## Measured

Scored once, after the calendar and labels were final, with the frozen binary (no rule or calendar
change followed):
`scripts/evaluate.py --altitude /work/frozen/altitude-bf9fbed --data Tests/Holdout/vp-marketing --from 2026-09-07 --to 2026-11-30`.

**before (rules at bf9fbed):** mean below-share gap **25.3 points** over 12 weeks; **10.6%** of
292.8 meeting hours unclassified.

| week | truth | altitude | gap |
|---|---:|---:|---:|
| 2026-W37 | 64.1% | 48.1% | 16.0 |
| 2026-W38 | 58.2% | 33.7% | 24.5 |
| 2026-W39 | 63.6% | 29.9% | 33.7 |
| 2026-W40 | 52.7% | 25.8% | 26.9 |
| 2026-W41 | 59.2% | 29.3% | 29.9 |
| 2026-W42 | 66.1% | 33.7% | 32.4 |
| 2026-W43 | 59.4% | 34.1% | 25.3 |
| 2026-W44 | 6.7% | 3.8% | 2.9 |
| 2026-W45 | 44.9% | 16.5% | 28.4 |
| 2026-W46 | 50.0% | 18.8% | 31.2 |
| 2026-W47 | 54.0% | 27.7% | 26.3 |
| 2026-W48 | 51.1% | 25.0% | 26.1 |

Largest flows away from the truth: director -> vp 30.8 h, manager -> unclassified 19.2 h, ic -> vp
17.0 h, manager -> vp 12.0 h, executive -> vp 11.0 h, ic -> unclassified 7.8 h, vp -> manager
6.0 h, ic -> manager 5.8 h.
"""


if __name__ == "__main__":
    main()
