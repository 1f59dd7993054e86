#!/usr/bin/env python3
"""Labelled evaluation calendar for Altitude.

Writes, next to this script and byte-identically on every run:
  calendar.ics  - a Google-Calendar-style export of one leader's calendar,
                  16 ISO weeks 2026-W10..2026-W25 (2026-03-02 .. 2026-06-21)
  truth.csv     - ground-truth level and category for every VEVENT (one row per UID,
                  plus UID|RECURRENCE-ID rows for overrides that change the meeting's nature)
  profile.yaml  - the leader's profile
  README.md     - labelling principles, judgement calls and the per-week truth table

Python 3.9+ standard library only; a fixed seed, a fixed DTSTAMP and nothing that depends on
today's date. The labels are written here by hand, meeting by meeting; they are not derived
from any rule file.

Options:
  --instances   print the expanded instance set for the evaluation span in the row shape of
                /work/shared/bench/oracle.py (UID|START|END|ALLDAY) instead of writing files
  --overlaps    print overlapping counted meetings (an authoring aid) instead of writing files
"""
import csv
import datetime as dt
import io
import os
import random
import sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260302
RNG = random.Random(SEED)

UTC = dt.timezone.utc
HOME_TZ = "Europe/London"
TZS = {"Europe/London": ZoneInfo("Europe/London"), "America/New_York": ZoneInfo("America/New_York")}
LON = TZS[HOME_TZ]
DTSTAMP = "20260622T070000Z"
DTSTAMP_DT = dt.datetime(2026, 6, 22, 7, 0, tzinfo=UTC)
SPAN_START = dt.date(2026, 3, 2)   # Monday of 2026-W10
SPAN_END = dt.date(2026, 6, 22)    # exclusive: Monday of 2026-W26
LEVELS = ["ic", "manager", "director", "vp", "executive"]
LEADER_LEVEL = "vp"
DOMAIN = "fernhill.example"

# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------

def _f(local):
    return f"{local}@{DOMAIN}"

PEOPLE = {
    # the leader
    "niamh": ("Niamh Adeyemi", _f("niamh.adeyemi")),
    # CEO, her EA, and the CEO's other direct reports (the leader's peers)
    "ruth": ("Ruth Castellano", _f("ruth.castellano")),
    "hannah": ("Hannah Price", _f("hannah.price")),
    "marcus": ("Marcus Webb", _f("marcus.webb")),        # VP Sales
    "anjali": ("Anjali Rao", _f("anjali.rao")),          # VP Product
    "tom": ("Tom Lindqvist", _f("tom.lindqvist")),       # VP Engineering
    "grace": ("Grace Obi", _f("grace.obi")),             # CFO
    "sofia": ("Sofia Marín", _f("sofia.marin")),         # VP People
    "kwame": ("Kwame Asante", _f("kwame.asante")),       # VP Marketing
    # the leader's direct reports
    "tomas": ("Tomás Ferreira", _f("tomas.ferreira")),   # Director, Customer Success
    "lena": ("Lena Vogel", _f("lena.vogel")),            # Director, Support Operations
    "aisha": ("Aisha Khan", _f("aisha.khan")),           # Support Manager EMEA (interim direct)
    "ben": ("Ben Carter", _f("ben.carter")),             # Support Manager Americas, New York (interim direct)
    "rafael": ("Rafael Mendes", _f("rafael.mendes")),    # Director of Support from 2026-06-01
    # two and three levels down
    "jonas": ("Jonas Berg", _f("jonas.berg")),           # Senior Support Engineer
    "chloe": ("Chloe Martin", _f("chloe.martin")),       # Support Engineer
    "dev": ("Dev Patel", _f("dev.patel")),               # Support Engineer II
    "mei": ("Mei Tanaka", _f("mei.tanaka")),             # Support Engineer
    "luis": ("Luis Ortega", _f("luis.ortega")),          # Support Engineer, New York
    "fatima": ("Fatima Zahra", _f("fatima.zahra")),      # Support Operations Analyst
    "sam": ("Sam Okoro", _f("sam.okoro")),               # Knowledge Manager
    "olivia": ("Olivia Grant", _f("olivia.grant")),      # Senior CSM
    "ravi": ("Ravi Menon", _f("ravi.menon")),            # CSM
    "ellie": ("Ellie Shaw", _f("ellie.shaw")),           # CS Team Lead EMEA
    "jake": ("Jake Moreno", _f("jake.moreno")),          # CS Manager Americas
    # elsewhere in Fernhill
    "priyanka": ("Priyanka Das", _f("priyanka.das")),    # Engineering Manager, Platform
    "henrik": ("Henrik Olsen", _f("henrik.olsen")),      # SRE
    "zoe": ("Zoe Hart", _f("zoe.hart")),                 # Product Manager
    "noah": ("Noah Fischer", _f("noah.fischer")),        # Account Executive
    "carla": ("Carla Diaz", _f("carla.diaz")),           # Talent Partner
    "nadia": ("Nadia Haddad", _f("nadia.haddad")),       # Finance Business Partner
    "owen": ("Owen Hughes", _f("owen.hughes")),          # People Partner
    # outside Fernhill
    "ed": ("Ed Whitlock", "ed.whitlock@summitsearch.example"),
    "coach": ("Jo Bannister", "jo@northlight-coaching.example"),
    "karen": ("Karen Holt", "karen.holt@globex.example"),            # VP Operations, Globex
    "pete": ("Pete Alvarez", "pete.alvarez@globex.example"),         # IT manager, Globex
    "dana": ("Dana Whitfield", "dana.whitfield@initech.example"),    # Chief Customer Officer, Initech
    "samir": ("Samir Qureshi", "samir.qureshi@initech.example"),     # Ops manager, Initech
    "amara": ("Dr Amara Nwosu", "amara.nwosu@brightwaterhealth.example"),  # Chief Experience Officer
    "greg": ("Greg Pollard", "g.pollard@brightwaterhealth.example"),       # Support ops lead
    "ilse": ("Ilse Brandt", "ilse.brandt@kestrel-logistics.example"),      # VP Procurement
    "mark": ("Mark Ede", "mark.ede@kestrel-logistics.example"),            # Operations manager
    "amy": ("Amy Chen", "amy.chen@tessera.example"),                       # helpdesk vendor AE
    "lyle": ("Margaret Lyle", "m.lyle@ashgrove-capital.example"),          # board
    "han": ("Victor Han", "victor@halcyon-ventures.example"),               # board
    "solberg": ("Ingrid Solberg", "ingrid@solberg-advisory.example"),      # board (independent)
    "nair": ("Priya Nair", "priya.nair@tallis-partners.example"),          # investor
    "rafael_ext": ("Rafael Mendes", "rafa.mendes.cx@mailbox.example"),     # candidate, before joining
    "jonah_ext": ("Jonah Okafor", "jonah.okafor@mailbox.example"),         # candidate
    "sana_ext": ("Sana Karimi", "sana.karimi@mailbox.example"),            # VP candidate
}
GROUPS = {
    "all": ("Fernhill – everyone", _f("everyone")),
    "css": ("CS & Support (all)", _f("cs-and-support")),
}
PEERS = ["marcus", "anjali", "tom", "grace", "sofia", "kwame"]
DIRECTS = ["tomas", "lena", "aisha", "ben", "rafael"]


def _gid(n, alphabet="0123456789abcdefghijklmnopqrstuv"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


ROOMS = {}
for _key, _cn in [("boardroom", "London-5-Boardroom (16) [VC]"), ("kew", "London-4-Kew (8) [VC]"),
                  ("thames", "London-3-Thames (6)"), ("hudson", "NYC-12-Hudson (10) [VC]")]:
    ROOMS[_key] = (_cn, f"c_188{_gid(21)}@resource.calendar.google.com")

# --------------------------------------------------------------------------------------------
# Events
# --------------------------------------------------------------------------------------------

EVENTS = []
WD = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def parse_local(s):
    if len(s) == 10:
        return dt.date.fromisoformat(s)
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def to_utc(naive, tzname):
    return naive.replace(tzinfo=TZS[tzname]).astimezone(UTC)


class Override:
    def __init__(self, rid, start=None, end=None, status=None, me=None, title=None,
                 level=None, cat=None, desc=None, loc=None, add=()):
        self.rid = parse_local(rid)
        self.start = parse_local(start) if start else None
        self.end = parse_local(end) if end else None
        self.status, self.me, self.title = status, me, title
        self.level, self.cat, self.desc, self.loc = level, cat, desc, loc
        self.add = list(add)          # attendees invited to this occurrence only


class Event:
    def __init__(self, title, level, cat, start, end, *, rule=None, org="niamh", att=(),
                 me="ACCEPTED", role="REQ-PARTICIPANT", tz=HOME_TZ, end_tz=None, utc=False,
                 exdates=(), overrides=(), loc="", desc="", meet=None, transp=None,
                 status="CONFIRMED", rooms=(), groups=()):
        self.uid = _gid(26) + "@google.com"
        self.title, self.level, self.cat = title, level, cat
        self.start, self.end = parse_local(start), parse_local(end)
        self.allday = isinstance(self.start, dt.date) and not isinstance(self.start, dt.datetime)
        self.rule = rule
        self.org = org
        self.att = [a if isinstance(a, tuple) else (a, None) for a in att]
        self.me, self.role = me, role
        self.tz = tz
        self.end_tz = end_tz or tz
        self.utc = utc
        self.exdates = [parse_local(x) for x in exdates]
        self.overrides = list(overrides)
        self.loc, self.desc = loc, desc
        self.rooms, self.groups = list(rooms), list(groups)
        solo = not self.att and not self.rooms and not self.groups
        self.meet = (not solo and not self.allday) if meet is None else meet
        self.transp = transp or ("TRANSPARENT" if self.allday else "OPAQUE")
        self.status = status
        self.meet_code = "-".join(_gid(n, "abcdefghijklmnopqrstuvwxyz") for n in (3, 4, 3)) if self.meet else None
        assert level in LEVELS + ["excluded"], level
        EVENTS.append(self)

    # ---- recurrence ----------------------------------------------------------------------
    def until_utc(self):
        u = self.rule.get("until")
        if not u:
            return None
        d = dt.date.fromisoformat(u)
        if self.allday:
            return d
        return to_utc(dt.datetime.combine(d, dt.time(23, 59, 59)), self.tz)

    def rrule_text(self):
        r = self.rule
        parts = [f"FREQ={r['freq']}"]
        if r.get("wkst"):
            parts.append(f"WKST={r['wkst']}")
        u = self.until_utc()
        if u is not None:
            parts.append("UNTIL=" + (u.strftime("%Y%m%d") if self.allday else u.strftime("%Y%m%dT%H%M%SZ")))
        if r.get("count"):
            parts.append(f"COUNT={r['count']}")
        if r.get("interval", 1) != 1:
            parts.append(f"INTERVAL={r['interval']}")
        if r.get("byday"):
            parts.append("BYDAY=" + ",".join(r["byday"]))
        return ";".join(parts)

    def _matches(self, d):
        r = self.rule
        d0 = self.start if self.allday else self.start.date()
        interval = r.get("interval", 1)
        byday = r.get("byday")
        if r["freq"] == "DAILY":
            return (d - d0).days % interval == 0 and (not byday or WD[d.weekday()] in byday)
        if r["freq"] == "WEEKLY":
            days = byday or [WD[d0.weekday()]]
            if WD[d.weekday()] not in days:
                return False
            ws = WD.index(r.get("wkst", "MO"))
            def week_start(x):
                return x - dt.timedelta(days=(x.weekday() - ws) % 7)
            return ((week_start(d) - week_start(d0)).days // 7) % interval == 0
        if r["freq"] == "MONTHLY":
            months = (d.year - d0.year) * 12 + d.month - d0.month
            if months % interval:
                return False
            for spec in byday:
                n, day = int(spec[:-2]), spec[-2:]
                if WD[d.weekday()] != day:
                    continue
                if n > 0 and (d.day - 1) // 7 + 1 == n:
                    return True
                if n < 0:
                    nxt = d + dt.timedelta(days=7 * (-n))
                    if nxt.month != d.month and (d + dt.timedelta(days=7 * (-n - 1))).month == d.month:
                        return True
            return False
        raise ValueError(r["freq"])

    def occurrence_starts(self):
        """Local naive starts (datetimes, or dates for all-day) after EXDATE removal."""
        if not self.rule:
            return [self.start]
        out = []
        d = self.start if self.allday else self.start.date()
        until = self.until_utc()
        count = self.rule.get("count")
        while d <= dt.date(2027, 12, 31):
            if self._matches(d):
                occ = d if self.allday else dt.datetime.combine(d, self.start.time())
                if until is not None:
                    if (occ if self.allday else to_utc(occ, self.tz)) > until:
                        break
                out.append(occ)
                if count and len(out) == count:
                    break
            d += dt.timedelta(days=1)
        assert out and out[0] == self.start, (self.title, "DTSTART must be the first occurrence")
        for x in self.exdates:
            assert x in out, (self.title, "EXDATE not an occurrence", x)
        for o in self.overrides:
            assert o.rid in out and o.rid not in self.exdates, (self.title, "RECURRENCE-ID not an occurrence", o.rid)
        return [o for o in out if o not in self.exdates]

    def exact_duration(self):
        if self.allday:
            return self.end - self.start
        return to_utc(self.end, self.end_tz) - to_utc(self.start, self.tz)

    def rid_utc_key(self, o):
        return f"{self.uid}|{to_utc(o.rid, self.tz).strftime('%Y%m%dT%H%M%SZ')}"

    def instances(self):
        """One dict per instance: uid, key, level, category, title, start/end (UTC or date), ..."""
        ovs = {o.rid: o for o in self.overrides}
        res = []
        for occ in self.occurrence_starts():
            o = ovs.get(occ)
            title, level, cat, status, me = self.title, self.level, self.cat, self.status, self.me
            key = self.uid
            if self.allday:
                s, e = occ, occ + self.exact_duration()
            else:
                s = to_utc(occ, self.tz)
                e = s + self.exact_duration()
            if o is not None:
                if o.start is not None:
                    s = to_utc(o.start, self.tz)
                    e = to_utc(o.end, self.end_tz)
                title = o.title or title
                status = o.status or status
                me = o.me or me
                if o.level:
                    level, cat, key = o.level, o.cat, self.rid_utc_key(o)
            res.append(dict(uid=self.uid, key=key, title=title, level=level, cat=cat, start=s, end=e,
                            allday=self.allday, status=status, me=me, org=self.org))
        return res


def series(title, level, cat, start, end, rule, **kw):
    return Event(title, level, cat, start, end, rule=rule, **kw)


def once(title, level, cat, start, end, **kw):
    # Google exports single timed events in UTC unless they were created in another zone
    if "tz" not in kw and len(start) > 10:
        kw.setdefault("utc", True)
    return Event(title, level, cat, start, end, **kw)


def W(byday, **kw):
    return dict(freq="WEEKLY", byday=byday if isinstance(byday, list) else [byday], **kw)


def M(byday, **kw):
    return dict(freq="MONTHLY", byday=[byday], **kw)


O = Override
STAFF = ["tomas", "lena", "aisha", "ben"]
EXEC = ["ruth", "marcus", "anjali", "tom", "grace", "sofia", "kwame"]
MEET_DESC = None  # set below

# ============================================================================================
# Recurring series
# ============================================================================================

# ---- company level -------------------------------------------------------------------------
series("Exec staff", "executive", "exec-staff", "2025-11-10 09:30", "2025-11-10 11:30", W("MO"),
       org="hannah", att=EXEC + ["niamh"], rooms=["boardroom"],
       desc="Weekly executive team. Agenda + pre-reads in the Exec Staff folder.",
       exdates=["2025-12-22 09:30", "2025-12-29 09:30", "2026-05-04 09:30", "2026-05-25 09:30"],
       overrides=[O("2026-04-06 09:30", "2026-04-07 16:00", "2026-04-07 18:00"),   # Easter Monday: moved
                  O("2026-04-13 09:30", me="DECLINED")])                           # in the air to New York
series("Company all-hands", "executive", "all-hands", "2025-11-27 16:30", "2025-11-27 17:30", M("-1TH"),
       org="hannah", att=["ruth"], groups=["all"], rooms=["boardroom"],
       desc="Monthly all-hands: company results, product news, Q&A with Ruth.")
series("Company business review", "executive", "business-review", "2025-12-04 14:30", "2025-12-04 16:00",
       M("1TH"), org="hannah", att=["ruth", "niamh", "marcus", "anjali", "tom", "grace", "sofia", "kwame"],
       rooms=["boardroom"], desc="Monthly company KPIs: ARR, NRR, burn, hiring, customer health. Each exec owns a page.",
       exdates=["2026-05-07 14:30"])
series("WBR", "executive", "business-review", "2026-01-08 08:30", "2026-01-08 09:00", W("TH"),
       org="hannah", att=["ruth", "niamh", "marcus", "anjali", "tom", "grace", "sofia", "kwame"],
       desc="Weekly business review: company dashboard, 30 minutes, no slides.",
       exdates=["2026-05-21 08:30"], overrides=[O("2026-04-16 08:30", me="DECLINED")])
series("Pricing council", "executive", "pricing", "2025-11-19 13:30", "2025-11-19 15:00", M("3WE"),
       org="grace", att=["grace", "ruth", "anjali", "marcus", "niamh", "kwame"], rooms=["kew"],
       desc="Pricing & packaging decisions. Pre-read: pricing council memo.",
       overrides=[O("2026-04-15 13:30", me="DECLINED"),                 # in New York
                  O("2026-05-20 13:30", status="CANCELLED")])            # leadership offsite

# ---- the leader's own organisation (at altitude) --------------------------------------------
series("Staff: CS&S", "vp", "staff", "2025-11-11 14:30", "2025-11-11 16:00", W("TU", until="2026-06-01"),
       att=STAFF, rooms=["kew"],
       desc="CS&S leadership staff meeting.\nStanding items: metrics, escalations, people, decisions log.",
       exdates=["2025-12-23 14:30", "2025-12-30 14:30", "2026-05-26 14:30"],
       overrides=[O("2026-04-21 14:30", status="CANCELLED")])           # Globex outage
series("Staff: CS&S", "vp", "staff", "2026-06-02 14:30", "2026-06-02 16:00", W("TU"),
       att=["tomas", "lena", "rafael"], rooms=["kew"],
       desc="CS&S leadership staff meeting (now with Rafael).\nStanding items: metrics, escalations, people, decisions log.")
series("CS&S monthly business review", "vp", "business-review", "2025-12-03 13:30", "2025-12-03 15:00", M("1WE"),
       att=STAFF + ["nadia", "fatima"], rooms=["boardroom"],
       desc="MBR: NRR, GRR, CSAT, backlog, hiring, budget vs plan. Directors present their areas.")
series("1:1 – Tomás", "vp", "one-on-one", "2025-11-12 11:00", "2025-11-12 11:45", W("WE"),
       org="tomas", att=["tomas", "niamh"],
       exdates=["2026-05-20 11:00", "2026-05-27 11:00"],
       overrides=[O("2026-04-15 11:00", "2026-04-15 13:30", "2026-04-15 14:15",
                    desc="Moved – I'm in New York this week."),
                  O("2026-05-13 11:00", title="Tomás + Olivia: Globex renewal deep dive",
                    level="director", cat="account", add=["olivia"],
                    desc="Using our 1:1 slot: go through the Globex renewal plan line by line with Olivia.")])
series("Niamh <> Lena", "vp", "one-on-one", "2025-11-13 10:00", "2025-11-13 11:00", W("TH"),
       att=["lena"], exdates=["2026-04-16 10:00", "2026-05-07 10:00", "2026-05-21 10:00"])
series("1:1 Aisha / Niamh", "vp", "one-on-one", "2025-11-10 14:00", "2025-11-10 14:30", W("MO", until="2026-05-24"),
       att=["aisha"], exdates=["2026-04-06 14:00", "2026-04-13 14:00", "2026-05-04 14:00"])
series("Ben / Niamh weekly", "vp", "one-on-one", "2025-11-13 11:00", "2025-11-13 11:30", W("TH", until="2026-05-28"),
       org="ben", att=["ben", "niamh"], tz="America/New_York",
       desc="Weekly 1:1 (NY 11:00).")
series("1:1 – Rafael", "vp", "one-on-one", "2026-06-01 14:00", "2026-06-01 15:00", W("MO"),
       att=["rafael"], desc="Weekly 1:1. Running doc linked in the invite.")
series("Rafael / Niamh – end-of-day check-in", "vp", "onboarding", "2026-06-01 17:00", "2026-06-01 17:15",
       dict(freq="DAILY", byday=["MO", "TU", "WE", "TH", "FR"], count=10),
       att=["rafael"], desc="First two weeks: 15 minutes every morning.")
series("Skip-level: Aisha", "vp", "skip-level", "2026-06-08 15:00", "2026-06-08 15:30", M("2MO", count=6),
       att=["aisha"], desc="Monthly skip-level now that Aisha reports to Rafael.")
series("Skip-level: Ben", "vp", "skip-level", "2026-06-11 11:00", "2026-06-11 11:30", M("2TH", count=6),
       org="ben", att=["ben", "niamh"], tz="America/New_York")
series("Director of Support hiring – weekly sync", "vp", "hiring", "2026-03-10 09:30", "2026-03-10 10:00",
       W("TU", count=7), org="carla", att=["carla", "niamh", "owen"],
       desc="Pipeline, feedback, next steps for the Director of Support search.",
       exdates=["2026-04-14 09:30"])
series("Ruth / Niamh", "vp", "one-on-one", "2025-11-13 12:00", "2025-11-13 12:30", W("TH", interval=2, wkst="SU"),
       org="ruth", att=["ruth", "niamh"],
       overrides=[O("2026-04-16 12:00", "2026-04-16 17:00", "2026-04-16 17:30",
                    desc="Moved to noon New York time.")])
series("Marcus <> Niamh", "vp", "peer", "2025-11-12 16:30", "2025-11-12 17:00", W("WE", interval=2, wkst="SU"),
       org="marcus", att=["marcus", "niamh"],
       overrides=[O("2026-04-15 16:30", me="DECLINED"), O("2026-05-27 16:30", me="DECLINED")])
series("Tom / Niamh", "vp", "peer", "2026-01-09 10:30", "2026-01-09 11:00", W("FR", interval=2, wkst="SU"),
       org="tom", att=["tom", "niamh"], exdates=["2026-04-03 10:30", "2026-04-17 10:30"])
series("Anjali / Niamh – monthly", "vp", "peer", "2025-12-12 10:00", "2025-12-12 10:30", M("2FR"),
       org="anjali", att=["anjali", "niamh"])
series("Coaching – Niamh / Jo", "vp", "coaching", "2025-11-14 08:00", "2025-11-14 09:00", W("FR", interval=2, wkst="SU"),
       org="coach", att=["coach", "niamh"], meet=False, loc="Zoom – link in description",
       desc="Executive coaching. https://zoom.example/j/8812004421",
       exdates=["2026-04-03 08:00", "2026-04-17 08:00"])

# ---- director level ---------------------------------------------------------------------------
series("Escalation review", "director", "escalation", "2025-11-14 11:00", "2025-11-14 12:00", W("FR"),
       org="lena", att=["lena", "niamh", "tomas", "aisha", "ben", "priyanka"], rooms=["thames"],
       desc="All open customer escalations across Support, CS and Engineering: owner, next step, ETA.",
       exdates=["2026-04-03 11:00"],
       overrides=[O("2026-04-17 11:00", me="DECLINED")])
series("CSM pipeline review", "director", "pipeline", "2025-11-13 11:00", "2025-11-13 12:00", W("TH"),
       org="tomas", att=["tomas", "niamh", "olivia", "ravi", "ellie", "jake"],
       desc="Onboarding + expansion pipeline by CSM pod.",
       overrides=[O("2026-04-16 11:00", me="DECLINED"), O("2026-05-07 11:00", me="DECLINED"),
                  O("2026-05-21 11:00", me="DECLINED")])
series("Renewal risk review", "director", "renewals", "2025-11-11 16:00", "2025-11-11 17:00", W("TU", interval=2, wkst="SU"),
       org="tomas", att=["tomas", "niamh", "jake", "ellie", "nadia"],
       desc="Red/amber renewals next 120 days, by account.",
       overrides=[O("2026-05-26 16:00", me="DECLINED")])
series("Support ⇄ Eng sync", "director", "escalation", "2025-11-10 15:30", "2025-11-10 16:00", W("MO"),
       org="priyanka", att=["priyanka", "lena", "niamh", "henrik"], me="DECLINED",
       desc="Bug escalations from Support: status per JIRA ticket.",
       exdates=["2026-04-06 15:30", "2026-05-04 15:30", "2026-05-25 15:30"])

# ---- manager level ------------------------------------------------------------------------------
series("Team huddle ☕", "manager", "standup", "2025-11-10 09:15", "2025-11-10 09:30",
       W(["MO", "WE", "FR"], until="2026-05-29"),
       org="aisha", att=["aisha", "niamh", "jonas", "chloe", "dev", "mei"],
       desc="EMEA support huddle: overnight queue, who's on phones, blockers.",
       exdates=["2026-04-03 09:15", "2026-04-06 09:15", "2026-05-04 09:15", "2026-05-25 09:15"],
       overrides=[O("2026-04-13 09:15", me="DECLINED"), O("2026-04-15 09:15", me="DECLINED"),
                  O("2026-04-17 09:15", me="DECLINED"), O("2026-05-20 09:15", me="DECLINED"),
                  O("2026-05-27 09:15", me="DECLINED")])
series("Queue review", "manager", "queue", "2025-11-12 15:00", "2025-11-12 16:00", W("WE", until="2026-05-27"),
       org="aisha", att=["aisha", "niamh", "ben", "jonas", "fatima"],
       desc="Backlog by queue, oldest tickets, SLA breaches, re-assignments.",
       overrides=[O("2026-04-15 15:00", me="DECLINED"), O("2026-05-20 15:00", me="DECLINED"),
                  O("2026-05-27 15:00", me="DECLINED")])
series("Jonas / Niamh", "manager", "one-on-one", "2025-11-07 09:30", "2025-11-07 10:00",
       W("FR", interval=2, wkst="SU", until="2026-05-29"), org="jonas", att=["jonas", "niamh"])
series("Product demo day", "manager", "demo", "2025-11-28 16:00", "2025-11-28 16:45", M("-1FR"),
       org="zoe", att=["zoe", "anjali", "priyanka", "lena"], groups=[], me="NEEDS-ACTION", role="OPT-PARTICIPANT",
       desc="Squads demo what shipped this month.")
series("Support leads weekly", "manager", "staff", "2025-06-02 11:00", "2025-06-02 11:45", W("MO", until="2026-02-23"),
       att=["aisha", "ben", "jonas"], desc="Support team leads.")

# ---- individual contributor level -------------------------------------------------------------
series("ticket triage (rota)", "ic", "triage", "2025-11-11 13:15", "2025-11-11 14:15",
       W(["TU", "TH"], until="2026-04-30"),
       org="jonas", att=["jonas", "niamh", "chloe", "mei"],
       desc="Triage rota: read new tickets, set priority, route or solve.",
       overrides=[O("2026-04-14 13:15", me="DECLINED"), O("2026-04-16 13:15", me="DECLINED")])
series("Shadowing a support shift", "ic", "shadowing", "2026-03-13 13:00", "2026-03-13 16:00", M("2FR", count=4),
       att=["aisha"], desc="Sit with the EMEA queue, take tickets with a buddy.")

# ---- excluded ----------------------------------------------------------------------------------
series("Lunch", "excluded", "personal", "2025-11-10 12:30", "2025-11-10 13:15", W(["MO", "TU", "WE", "TH"]))
series("Gym", "excluded", "personal", "2025-11-11 07:00", "2025-11-11 08:00", W("TU"), transp="TRANSPARENT")
series("Focus: no meetings", "excluded", "focus", "2026-01-09 14:00", "2026-01-09 16:00", W("FR"),
       exdates=["2026-03-13 14:00", "2026-04-03 14:00", "2026-04-10 14:00", "2026-04-17 14:00",
                "2026-05-08 14:00", "2026-06-12 14:00"])
series("Home", "excluded", "location", "2026-01-09", "2026-01-10", W("FR"))

# ============================================================================================
# One-off events, week by week
# ============================================================================================

# ---- before the span (history in the export) -------------------------------------------------
once("VP transition – first 90 days", "vp", "planning", "2025-11-03 15:00", "2025-11-03 16:00",
     org="ruth", att=["ruth", "niamh", "sofia"])
once("🎉 Promotion drinks", "excluded", "personal", "2025-11-06 17:30", "2025-11-06 19:30",
     loc="The Crown, Borough")

# ---- W10  2026-03-02 -------------------------------------------------------------------------
once("Quick chat", "vp", "hiring", "2026-03-02 11:30", "2026-03-02 12:00", org="carla", att=["carla", "niamh"],
     desc="Director of Support req – JD and search firm options")
once("Shift rota – April", "manager", "rota", "2026-03-02 14:30", "2026-03-02 15:30", org="aisha",
     att=["aisha", "niamh", "ben"])
once("Headcount plan FY27 – first pass", "vp", "planning", "2026-03-02 16:00", "2026-03-02 17:00",
     att=["nadia", "tomas", "lena"], rooms=["thames"])
once("Review – Q1 macro library", "ic", "review", "2026-03-03 10:00", "2026-03-03 11:00", org="sam",
     att=["sam", "niamh", "fatima", "aisha"],
     desc="Going through all 140 macros one by one – tone, links, tags. Comments straight in the doc.")
once("Interview: Support Engineer II – Priya S.", "manager", "hiring", "2026-03-03 11:30", "2026-03-03 12:30",
     org="carla", att=["carla", "niamh", "dev"], desc="Technical troubleshooting exercise. Scorecard in Greenhouse.")
once("QBR – Initech", "director", "customer", "2026-03-04 09:30", "2026-03-04 10:30", org="olivia",
     att=["olivia", "samir", "niamh", "tomas", "ravi"])
once("Sync", "ic", "support-ops", "2026-03-04 11:45", "2026-03-04 12:15", org="fatima", att=["fatima", "niamh"],
     desc="Tessera trigger for auto-closing pending tickets – want your eyes on the conditions before I switch it on")
once("Catch-up", "vp", "peer", "2026-03-05 09:00", "2026-03-05 09:45", org="tom", att=["tom", "niamh"])
once("Escalation: Kestrel SSO login failures", "director", "escalation", "2026-03-06 13:00", "2026-03-06 14:00",
     org="ben", att=["ben", "niamh", "priyanka", "ravi", "aisha"])
once("Parents' evening", "excluded", "personal", "2026-03-05 17:45", "2026-03-05 19:00")
once("Touch base – Initech / Fernhill", "vp", "customer", "2026-03-06 16:00", "2026-03-06 16:30", org="dana",
     att=["dana", "niamh", "olivia"], meet=False, loc="https://teams.example/l/meetup-join/19%3ameeting_initech")
once("CS&S vision – FY27 draft", "vp", "strategy", "2026-03-03 09:00", "2026-03-03 10:00", att=["tomas", "lena"])
once("Re: Director of Support JD – final", "vp", "hiring", "2026-03-04 16:00", "2026-03-04 16:30", org="carla",
     att=["carla", "niamh"])

# ---- W11  2026-03-09 (New York on daylight time from 8 March; London not yet) ---------------
once("Org design: regional support pods", "vp", "org-design", "2026-03-09 11:30", "2026-03-09 12:30",
     att=["lena", "aisha", "ben", "owen"], rooms=["kew"])
once("Support ⇄ Sales: handoff process", "director", "process", "2026-03-09 14:30", "2026-03-09 15:30",
     org="marcus", att=["marcus", "noah", "tomas", "niamh"])
once("Interview: Support Engineer II – Mateo R.", "manager", "hiring", "2026-03-09 16:00", "2026-03-09 17:00",
     org="carla", att=["carla", "niamh", "chloe"])
once("Director of Support search – intake", "vp", "hiring", "2026-03-10 10:00", "2026-03-10 10:45", org="ed",
     att=["ed", "niamh", "carla"], meet=False, loc="Summit Search – Zoom")
once("CSAT deep dive – EMEA queue", "manager", "quality", "2026-03-10 11:30", "2026-03-10 12:30", org="aisha",
     att=["aisha", "niamh", "jonas", "chloe"])
once("Budget review: CS&S FY27", "vp", "budget", "2026-03-10 16:00", "2026-03-10 17:00", org="nadia",
     att=["nadia", "grace", "niamh"])
once("Phone screen – Support Engineer (Hana L.)", "ic", "hiring", "2026-03-11 09:30", "2026-03-11 10:00",
     org="carla", att=["carla", "niamh"])
once("FY27 planning principles", "executive", "strategy", "2026-03-11 10:00", "2026-03-11 11:00", org="ruth",
     att=["ruth"] + PEERS + ["niamh"], rooms=["boardroom"])
once("Re: FY27 headcount asks", "vp", "budget", "2026-03-11 11:45", "2026-03-11 12:15", org="nadia",
     att=["nadia", "niamh"])
once("Globex renewal plan", "director", "account", "2026-03-11 13:30", "2026-03-11 14:30", org="tomas",
     att=["tomas", "niamh", "olivia", "noah"])
once("Quick chat", "vp", "one-on-one", "2026-03-11 16:30", "2026-03-11 17:00", org="tomas", att=["tomas", "niamh"])
once("Tessera contract renewal", "vp", "vendor", "2026-03-12 09:00", "2026-03-12 10:00", org="amy",
     att=["amy", "niamh", "lena"], meet=False, loc="https://tessera.example/meet/amy-chen")
once("Customer advisory board – planning", "vp", "customer", "2026-03-12 16:30", "2026-03-12 17:30", org="kwame",
     att=["kwame", "anjali", "niamh"])
once("Call: Karen Holt – renewal temperature", "vp", "customer", "2026-03-12 16:00", "2026-03-12 16:30",
     att=["karen", "olivia"])
once("Re: KB migration timeline", "director", "status", "2026-03-13 16:00", "2026-03-13 16:30", org="sam",
     att=["sam", "niamh", "lena"])

# ---- W12  2026-03-16  Initech P1 ------------------------------------------------------------
INITECH_BRIDGE = ["henrik", "priyanka", "aisha", "jonas", "olivia", "niamh"]
once("🔥 Initech P1 – data sync bridge", "ic", "incident", "2026-03-16 08:15", "2026-03-16 09:15", org="henrik",
     att=INITECH_BRIDGE, desc="Bridge stays open. Status page: https://status.fernhill.example")
once("Initech P1 – bridge (midday)", "ic", "incident", "2026-03-16 11:30", "2026-03-16 12:30", org="henrik",
     att=INITECH_BRIDGE)
once("Call: Dana Whitfield (Initech CCO)", "vp", "customer", "2026-03-16 16:00", "2026-03-16 16:30",
     att=["dana", "olivia"])
once("Initech P1 – customer update draft", "ic", "incident", "2026-03-17 08:45", "2026-03-17 09:30",
     att=["olivia"], desc="Let's write the 10:00 update together.")
once("Escalation: Initech data sync", "director", "escalation", "2026-03-17 10:00", "2026-03-17 11:00", org="lena",
     att=["lena", "niamh", "aisha", "priyanka", "olivia", "tomas"])
once("Initech – ticket backlog sweep", "ic", "incident", "2026-03-17 11:30", "2026-03-17 12:30", org="aisha",
     att=["aisha", "niamh", "jonas", "chloe", "mei"])
once("Initech RCA – working session", "ic", "incident", "2026-03-18 09:30", "2026-03-18 10:30", org="priyanka",
     att=["priyanka", "henrik", "lena", "niamh"], desc="Writing the RCA doc together.")
once("Re: Initech service credits", "vp", "budget", "2026-03-18 11:45", "2026-03-18 12:15", org="grace",
     att=["grace", "marcus", "tomas", "niamh"])
once("Quick chat", "ic", "ticket", "2026-03-19 09:00", "2026-03-19 09:30", org="chloe", att=["chloe", "niamh"],
     desc="Can you look at ticket #48213 with me? Initech user can't re-auth after the fix")
once("Initech exec update", "vp", "customer", "2026-03-19 14:15", "2026-03-19 14:45",
     att=["dana", "samir", "ruth"])
once("Interview: Support Engineer II – Hana L.", "manager", "hiring", "2026-03-19 16:30", "2026-03-19 17:30",
     org="carla", att=["carla", "niamh", "mei"])
once("Lunch w/ Grace", "vp", "peer", "2026-03-20 12:00", "2026-03-20 13:00", org="grace", att=["grace", "niamh"],
     meet=False, loc="Padella, Borough Market")
once("Director of Support – shortlist", "vp", "hiring", "2026-03-20 10:00", "2026-03-20 10:30", org="ed",
     att=["ed", "niamh", "carla"], meet=False, loc="Summit Search – Zoom")
once("Dentist", "excluded", "personal", "2026-03-20 15:30", "2026-03-20 16:30")

# ---- W13  2026-03-23  (Europe/London moves to BST on Sunday 29 March) ------------------------
once("Talent review – CS&S", "vp", "talent", "2026-03-23 11:30", "2026-03-23 12:30", org="owen",
     att=["owen", "niamh", "tomas", "lena"])
once("Review: onboarding playbook v2", "ic", "review", "2026-03-23 14:30", "2026-03-23 15:30", org="ellie",
     att=["ellie", "niamh", "ravi"], desc="Line-by-line pass on the doc – suggestions mode please.")
once("Director of Support – longlist review", "vp", "hiring", "2026-03-23 16:00", "2026-03-23 17:00", org="ed",
     att=["ed", "niamh", "carla"], meet=False, loc="Summit Search – Zoom")
once("Support readiness: Workflows 2.0", "director", "launch", "2026-03-24 10:00", "2026-03-24 11:00", org="zoe",
     att=["zoe", "niamh", "lena", "aisha", "sam"])
once("Shift rota – Q2", "manager", "rota", "2026-03-24 11:30", "2026-03-24 12:30", org="aisha",
     att=["aisha", "niamh", "ben"])
once("CAB – agenda & invite list", "vp", "customer", "2026-03-25 09:30", "2026-03-25 10:30", org="kwame",
     att=["kwame", "anjali", "niamh"])
once("Lunch w/ Anjali", "vp", "peer", "2026-03-25 12:30", "2026-03-25 13:30", org="anjali", att=["anjali", "niamh"],
     meet=False)
once("Re: CS&S comp budget", "vp", "budget", "2026-03-25 16:00", "2026-03-25 16:30", org="sofia",
     att=["sofia", "owen", "niamh"])
once("QBR – Kestrel Logistics", "director", "customer", "2026-03-25 13:30", "2026-03-25 14:30", org="ravi",
     att=["ravi", "mark", "niamh", "tomas"])
once("Comp cycle prep", "vp", "talent", "2026-03-26 09:00", "2026-03-26 09:30", org="owen", att=["owen", "niamh"])
once("Skip-level w/ CSMs", "vp", "skip-level", "2026-03-26 14:15", "2026-03-26 15:00",
     att=["olivia", "ravi", "ellie"])
once("Sync", "ic", "support-ops", "2026-03-26 16:00", "2026-03-26 16:30", att=["lena", "fatima"],
     desc="Walk me through the macro-usage export so I can build the pivot myself")
once("Catch-up", "vp", "peer", "2026-03-27 10:00", "2026-03-27 10:30", org="tom", att=["tom", "niamh"])
once("Exec sponsor programme – kickoff", "vp", "customer", "2026-03-27 13:00", "2026-03-27 14:00",
     att=["marcus", "tomas"], desc="Pair every top-20 account with a Fernhill exec sponsor.")
once("P1 bridge – Brightwater EHR sync", "ic", "incident", "2026-03-29 00:30", "2026-03-29 02:30", org="henrik",
     att=["henrik", "ben", "luis", "niamh"], tz=HOME_TZ,
     desc="Overnight bridge. Note the clocks go forward at 01:00 – this is one real hour.")

# ---- W14  2026-03-30  (Good Friday 3 April) ---------------------------------------------------
once("Q2 OKRs – CS&S", "vp", "planning", "2026-03-30 11:30", "2026-03-30 12:30", att=STAFF, rooms=["kew"])
once("Support ⇄ Product: bug escalation SLA", "director", "process", "2026-03-30 16:00", "2026-03-30 16:45",
     org="zoe", att=["zoe", "niamh", "lena", "priyanka"])
once("Skip-level w/ support agents (EMEA)", "vp", "skip-level", "2026-03-31 10:00", "2026-03-31 11:00",
     att=["chloe", "dev", "mei", "jonas"], rooms=["thames"])
once("Interview: Director of Support – Rafael Mendes (1st round)", "vp", "hiring", "2026-03-31 11:30",
     "2026-03-31 12:30", org="carla", att=["carla", "niamh", "rafael_ext"])
once("Board deck review – Q1", "executive", "board", "2026-04-01 09:30", "2026-04-01 10:30", org="grace",
     att=["grace", "ruth", "niamh", "marcus", "anjali", "tom", "sofia", "kwame"])
once("Renewal risk: Brightwater", "director", "renewals", "2026-04-01 11:45", "2026-04-01 12:30", org="jake",
     att=["jake", "niamh", "tomas"])
once("Interview: Director of Support – Jonah Okafor (1st round)", "vp", "hiring", "2026-04-02 09:00",
     "2026-04-02 10:00", org="carla", att=["carla", "niamh", "jonah_ext"])
once("[Hold] Leadership offsite – agenda", "executive", "strategy", "2026-03-30 14:30", "2026-03-30 15:30",
     org="ruth", att=["ruth"] + PEERS + [("niamh", "TENTATIVE")], me="TENTATIVE")
once("FW: Brightwater RCA readout", "director", "escalation", "2026-04-02 16:30", "2026-04-02 17:30",
     org="henrik", att=["henrik", "ben", "luis", "niamh", "priyanka"])
once("Good Friday", "excluded", "holiday", "2026-04-03", "2026-04-04")

# ---- W15  2026-04-06  (Easter Monday) ---------------------------------------------------------
once("Easter Monday", "excluded", "holiday", "2026-04-06", "2026-04-07")
once("FW: Globex – contract amendment", "vp", "customer", "2026-04-07 10:00", "2026-04-07 10:30", org="olivia",
     att=["olivia", "karen", "pete", "niamh"])
once("Prep: CAB & NYC customer meetings", "vp", "customer", "2026-04-07 10:30", "2026-04-07 11:30", org="kwame",
     att=["kwame", "marcus", "niamh", "jake"])
once("Interview: Support Engineer II – Tobi A.", "manager", "hiring", "2026-04-07 11:30", "2026-04-07 12:30",
     org="carla", att=["carla", "niamh", "dev"])
once("Headcount plan FY27 – v2", "vp", "planning", "2026-04-08 09:30", "2026-04-08 11:00", org="nadia",
     att=["nadia", "grace", "niamh", "tomas", "lena"])
once("Re: Tessera renewal – pricing", "vp", "vendor", "2026-04-08 11:45", "2026-04-08 12:15", org="amy",
     att=["amy", "lena", ("niamh", "DECLINED")], me="DECLINED", meet=False)
once("Catch-up", "vp", "peer", "2026-04-08 16:30", "2026-04-08 17:00", org="sofia", att=["sofia", "niamh"])
once("Hiring: Director of Support – panel (Rafael M.)", "vp", "hiring", "2026-04-09 09:00", "2026-04-09 10:00",
     org="carla", att=["carla", "niamh", "tomas", "lena", "rafael_ext"])
once("Hiring: Director of Support – panel (Jonah O.)", "vp", "hiring", "2026-04-09 14:30", "2026-04-09 15:30",
     org="carla", att=["carla", "niamh", "tomas", "lena", "jonah_ext"])
once("prep for nyc", "excluded", "focus", "2026-04-09 16:30", "2026-04-09 17:00")
once("Call: Brightwater Health – exec sponsor intro", "vp", "customer", "2026-04-10 11:00", "2026-04-10 11:30",
     org="jake", att=["jake", "amara", "niamh"], tz="America/New_York")

# ---- W16  2026-04-13  New York trip ------------------------------------------------------------
NY = "America/New_York"
once("Flight to New York (BA 177)", "excluded", "travel", "2026-04-13 08:25", "2026-04-13 11:10",
     tz=HOME_TZ, end_tz=NY, loc="London Heathrow LHR", meet=False,
     desc="Confirmation: K7QF2M. Terminal 5.")
once("Trip: New York", "excluded", "travel", "2026-04-13", "2026-04-18", loc="New York, NY")
once("Americas support – team Q&A", "vp", "skip-level", "2026-04-13 15:00", "2026-04-13 16:00", org="ben",
     att=["ben", "niamh", "luis"], tz=NY, rooms=["hudson"])
once("Lunch – Brightwater (Dr Amara Nwosu)", "vp", "customer", "2026-04-14 12:00", "2026-04-14 13:30", org="jake",
     att=["jake", "amara", "greg", "niamh"], tz=NY, meet=False, loc="Gramercy Tavern, 42 E 20th St")
once("QBR – Brightwater Health", "director", "customer", "2026-04-14 14:00", "2026-04-14 15:00", org="jake",
     att=["jake", "greg", "niamh"], tz=NY)
once("Shadowing: Americas queue w/ Luis", "ic", "shadowing", "2026-04-14 15:30", "2026-04-14 17:00",
     org="ben", att=["ben", "luis", "niamh"], tz=NY)
once("Customer advisory board – spring session", "vp", "customer", "2026-04-15 10:00", "2026-04-15 12:00",
     org="kwame", att=["kwame", "anjali", "marcus", "niamh", "karen", "dana", "amara", "ilse"], tz=NY,
     rooms=["hudson"], desc="Agenda:\n10:00 Welcome\n10:20 Roadmap preview\n11:00 Support & success: what good looks like")
once("Globex – VP Ops onsite", "vp", "customer", "2026-04-15 13:00", "2026-04-15 14:00", org="olivia",
     att=["olivia", "karen", "marcus", "niamh"], tz=NY, meet=False, loc="Globex HQ, 200 Park Ave")
once("Skip-level: Jake", "vp", "skip-level", "2026-04-16 09:00", "2026-04-16 09:45", att=["jake"], tz=NY)
once("Kestrel renewal – negotiation", "vp", "customer", "2026-04-16 13:00", "2026-04-16 14:00", org="marcus",
     att=["marcus", "noah", "ilse", "niamh"], tz=NY)
once("Team dinner – NYC support & CS 🍝", "vp", "social", "2026-04-16 18:30", "2026-04-16 21:00", org="ben",
     att=["ben", "niamh", "luis", "jake"], tz=NY, meet=False, loc="Via Carota, 51 Grove St")
once("Brightwater – support readiness for EHR rollout", "director", "launch", "2026-04-17 09:00",
     "2026-04-17 10:00", org="jake", att=["jake", "greg", "niamh", "ben"], tz=NY)
once("Flight to London (BA 178)", "excluded", "travel", "2026-04-17 18:30", "2026-04-18 06:40",
     tz=NY, end_tz=HOME_TZ, loc="New York JFK", meet=False, desc="Confirmation: K7QF2M.")

# ---- W17  2026-04-20  Globex outage ------------------------------------------------------------
series("Globex outage – war room", "ic", "incident", "2026-04-20 08:00", "2026-04-20 09:00",
       dict(freq="DAILY", count=3), org="henrik",
       att=["henrik", "priyanka", "aisha", "jonas", "olivia", "niamh", "pete"],
       desc="Daily 08:00 bridge until resolved (resolved Wednesday). Status page: https://status.fernhill.example")
once("Escalation: Globex outage", "director", "escalation", "2026-04-20 11:30", "2026-04-20 12:30",
     att=["olivia", "aisha", "lena", "priyanka", "tom"])
once("Call: Karen Holt (Globex) – outage", "vp", "customer", "2026-04-20 16:00", "2026-04-20 16:30",
     att=["karen", "olivia"])
once("Globex – exec comms plan", "vp", "customer", "2026-04-21 09:00", "2026-04-21 09:30", org="ruth",
     att=["ruth", "kwame", "niamh"])
once("Globex – ticket backlog sweep", "ic", "incident", "2026-04-21 10:00", "2026-04-21 11:00", org="aisha",
     att=["aisha", "niamh", "jonas", "chloe", "mei", "dev"])
once("Globex customer comms – draft review", "ic", "incident", "2026-04-21 11:30", "2026-04-21 12:15", org="olivia",
     att=["olivia", "niamh"], desc="Comment on every paragraph before it goes to Karen.")
once("Globex renewal at risk – exec plan", "vp", "customer", "2026-04-21 16:00", "2026-04-21 17:00", org="marcus",
     att=["marcus", "tomas", "niamh"])
once("Globex outage – RCA working session", "ic", "incident", "2026-04-22 09:30", "2026-04-22 10:30",
     org="priyanka", att=["priyanka", "henrik", "lena", "niamh"])
once("Re: Globex credits", "vp", "budget", "2026-04-22 11:45", "2026-04-22 12:15", org="grace",
     att=["grace", "marcus", "niamh"])
once("Exec: Globex impact on Q2 forecast", "executive", "strategy", "2026-04-22 13:30", "2026-04-22 14:30",
     org="ruth", att=["ruth", "grace", "marcus", "tom", "niamh"])
once("Quick chat", "vp", "one-on-one", "2026-04-22 16:30", "2026-04-22 17:00", org="ruth", att=["ruth", "niamh"])
once("Globex exec briefing", "vp", "customer", "2026-04-23 09:00", "2026-04-23 09:45", org="ruth",
     att=["ruth", "karen", "niamh", "tom"])
once("Globex postmortem review", "director", "escalation", "2026-04-23 14:30", "2026-04-23 15:30", org="lena",
     att=["lena", "priyanka", "aisha", "olivia", "niamh"])
once("Call: Karen Holt – daily update", "vp", "customer", "2026-04-23 16:30", "2026-04-23 17:00",
     att=["karen", "olivia"])
once("Sync", "manager", "team", "2026-04-24 10:00", "2026-04-24 10:30", org="aisha", att=["aisha", "niamh", "jonas"],
     desc="Globex follow-ups: who owns the 40 reopened tickets, overtime for the weekend")
once("Board update: Globex incident note", "executive", "board", "2026-04-24 13:00", "2026-04-24 13:30",
     org="ruth", att=["ruth", "grace", "niamh"])

# ---- W18  2026-04-27 ---------------------------------------------------------------------------
once("Globex – post-incident action plan", "director", "escalation", "2026-04-27 11:30", "2026-04-27 12:30",
     org="lena", att=["lena", "niamh", "priyanka", "aisha", "olivia"])
once("Hiring: Director of Support – final round (Rafael Mendes)", "vp", "hiring", "2026-04-27 16:00",
     "2026-04-27 17:00", org="carla", att=["carla", "niamh", "rafael_ext"], rooms=["kew"])
once("Hiring: Director of Support – final round (Jonah Okafor)", "vp", "hiring", "2026-04-28 10:00",
     "2026-04-28 11:00", org="carla", att=["carla", "niamh", "jonah_ext"], rooms=["kew"])
once("Debrief: Director of Support finalists", "vp", "hiring", "2026-04-28 11:30", "2026-04-28 12:00", org="carla",
     att=["carla", "niamh", "owen", "tomas", "lena", "ruth"])
once("FY27 strategy pre-work", "executive", "strategy", "2026-04-28 09:00", "2026-04-28 10:00", org="ruth",
     att=["ruth"] + PEERS + ["niamh"])
once("Support tooling roadmap H2", "director", "planning", "2026-04-29 09:30", "2026-04-29 10:30", org="lena",
     att=["lena", ("niamh", "DECLINED"), "fatima", "zoe"], me="DECLINED")
once("Lunch & learn: AI in support", "ic", "learning", "2026-04-29 12:00", "2026-04-29 13:00", org="sam",
     att=["sam", "niamh"], groups=["css"], status="CANCELLED")
once("Review: escalation playbook v3", "ic", "review", "2026-04-29 13:30", "2026-04-29 14:30", org="lena",
     att=["lena", "niamh", "aisha", "ben"],
     desc="Section-by-section pass through the playbook doc; please leave comments inline.")
once("Re: Director of Support offer", "vp", "hiring", "2026-04-29 16:00", "2026-04-29 16:30", org="ruth",
     att=["ruth", "niamh", "sofia"])
once("Offer approval – Director of Support", "vp", "hiring", "2026-04-30 09:00", "2026-04-30 09:45", org="owen",
     att=["owen", "niamh", "sofia", "grace"])
once("Portfolio review – Enterprise accounts", "director", "account", "2026-04-30 14:30", "2026-04-30 15:30",
     org="tomas", att=["tomas", "niamh", "olivia", "jake", "ellie"])
once("Catch-up", "vp", "peer", "2026-05-01 10:00", "2026-05-01 10:30", att=["kwame"])
once("Team lunch – Support EMEA 🍕", "manager", "social", "2026-05-01 12:30", "2026-05-01 13:30", org="aisha",
     att=["aisha", "niamh", "jonas", "chloe", "mei", "dev"], meet=False, loc="Flat Iron, Borough")
once("Kestrel – exec sponsor check-in", "vp", "customer", "2026-05-01 16:00", "2026-05-01 16:30", org="ravi",
     att=["ravi", "ilse", "niamh"])

# ---- W19  2026-05-04  (Early May bank holiday; board meeting) -------------------------------
once("Early May bank holiday", "excluded", "holiday", "2026-05-04", "2026-05-05")
once("Rafael start date + onboarding", "vp", "hiring", "2026-05-05 10:00", "2026-05-05 10:45", org="carla",
     att=["carla", "niamh", "owen"])
once("✍️ Board pre-read: CS&S section", "excluded", "focus", "2026-05-05 11:30", "2026-05-05 12:30")
once("FY27 operating plan – CS&S", "vp", "budget", "2026-05-05 16:00", "2026-05-05 17:00", org="grace",
     att=["grace", "nadia", "niamh"])
once("Board prep w/ Ruth & Grace", "executive", "board", "2026-05-06 09:30", "2026-05-06 10:30", org="ruth",
     att=["ruth", "grace", "niamh"])
once("Interview: Support Engineer II – Kofi B.", "manager", "hiring", "2026-05-06 11:45", "2026-05-06 12:30",
     org="carla", att=["carla", ("niamh", "DECLINED"), "dev"], me="DECLINED")
once("Board meeting – Q1 2026", "executive", "board", "2026-05-07 09:30", "2026-05-07 13:00", org="ruth",
     att=["ruth", "grace", "lyle", "han", "solberg", "niamh", "marcus", "anjali", "tom"], rooms=["boardroom"],
     desc="Q1 board. CS&S section 11:00–11:30 (Niamh).")
once("Board debrief", "executive", "board", "2026-05-07 14:15", "2026-05-07 14:45", org="ruth",
     att=["ruth"] + PEERS + ["niamh"])
once("Rafael – pre-start coffee", "vp", "onboarding", "2026-05-08 16:00", "2026-05-08 16:30",
     att=["rafael_ext"], meet=False, loc="Monmouth Coffee, Borough")

# ---- W20  2026-05-11 ---------------------------------------------------------------------------
once("Rafael onboarding plan", "vp", "onboarding", "2026-05-11 11:30", "2026-05-11 12:30", att=["owen", "lena"])
once("Go/no-go: Workflows 2.0 (support)", "manager", "release", "2026-05-11 14:30", "2026-05-11 15:30", org="zoe",
     att=["zoe", "niamh", "lena", "aisha"])
once("Support org design – post-hire", "vp", "org-design", "2026-05-11 16:00", "2026-05-11 17:00",
     att=["lena", "owen", "aisha", "ben"])
once("Health score v2 – spec walkthrough", "ic", "review", "2026-05-12 10:00", "2026-05-12 11:00", org="fatima",
     att=["fatima", "niamh", "ellie"], desc="Field-by-field: definitions, weights, edge cases.")
once("Interview: Support Manager, APAC – Keiko N.", "director", "hiring", "2026-05-12 11:30", "2026-05-12 12:15",
     org="carla", att=["carla", "niamh", "lena"])
once("Succession planning – CS&S", "vp", "talent", "2026-05-13 09:30", "2026-05-13 10:30", org="owen",
     att=["owen", "niamh"])
once("Voice of the customer – April themes", "director", "insight", "2026-05-13 11:45", "2026-05-13 12:30",
     org="fatima", att=["fatima", ("niamh", "DECLINED"), "zoe", "anjali"], me="DECLINED")
once("Kestrel renewal – exec alignment", "vp", "customer", "2026-05-13 13:30", "2026-05-13 14:15", org="marcus",
     att=["marcus", "ilse", "noah", "niamh"])
once("QBR – Globex (post-incident)", "director", "customer", "2026-05-14 09:00", "2026-05-14 10:00", org="olivia",
     att=["olivia", "karen", "pete", "niamh"])
once("Escalation: Brightwater SLA breach", "director", "escalation", "2026-05-14 14:30", "2026-05-14 15:30",
     org="ben", att=["ben", "niamh", "luis", "jake"])
once("Exec: FY27 planning – round 1", "executive", "strategy", "2026-05-14 16:30", "2026-05-14 17:30", org="ruth",
     att=["ruth"] + PEERS + ["niamh"], rooms=["boardroom"])
once("Sync", "executive", "forecast", "2026-05-15 09:30", "2026-05-15 10:15", org="ruth",
     att=["ruth", "grace", "marcus", "niamh"], desc="NRR forecast – board follow-up")
once("Lunch w/ Tom", "vp", "peer", "2026-05-15 13:00", "2026-05-15 14:00", org="tom", att=["tom", "niamh"],
     meet=False)

# ---- W21  2026-05-18  leadership offsite --------------------------------------------------------
once("Quick chat", "vp", "one-on-one", "2026-05-18 11:30", "2026-05-18 12:00", org="ruth", att=["ruth", "niamh"])
once("Escalation: Kestrel API rate limits", "director", "escalation", "2026-05-18 14:30", "2026-05-18 15:30",
     org="ben", att=["ben", "niamh", "ravi", "priyanka"])
once("Renewal risk: Q3 cohort", "director", "renewals", "2026-05-18 16:00", "2026-05-18 17:00", org="tomas",
     att=["tomas", "niamh", "jake", "ellie", "nadia"])
once("Offsite prep – CS&S strategy narrative", "excluded", "focus", "2026-05-19 10:00", "2026-05-19 11:00")
once("Customer advisory board – readout", "vp", "customer", "2026-05-19 11:30", "2026-05-19 12:30", org="kwame",
     att=["kwame", "anjali", "niamh"])
once("Leadership offsite – day 1", "executive", "offsite", "2026-05-20 09:30", "2026-05-20 17:30", org="ruth",
     att=["ruth"] + PEERS + ["niamh"], meet=False, loc="Ockenden Manor, Cuckfield, West Sussex")
once("Leadership offsite – day 2", "executive", "offsite", "2026-05-21 09:00", "2026-05-21 15:00", org="ruth",
     att=["ruth"] + PEERS + ["niamh"], meet=False, loc="Ockenden Manor, Cuckfield, West Sussex")
once("Offsite readout – CS&S", "vp", "staff", "2026-05-22 10:00", "2026-05-22 11:00", att=STAFF)
once("Re: offsite actions – support tiers pricing", "executive", "pricing", "2026-05-22 16:00", "2026-05-22 16:30",
     org="anjali", att=["anjali", "marcus", "niamh"])

# ---- W22  2026-05-25  (Spring bank holiday, two days off) ---------------------------------------
once("Spring bank holiday", "excluded", "holiday", "2026-05-25", "2026-05-26")
once("Out of office", "excluded", "ooo", "2026-05-26", "2026-05-28", transp="OPAQUE")
once("Handover: support org → Rafael", "vp", "org-design", "2026-05-28 09:00", "2026-05-28 10:00",
     att=["aisha", "ben", "lena"], rooms=["kew"])
once("Renewals forecast walk-through", "director", "renewals", "2026-05-28 14:30", "2026-05-28 15:30", org="nadia",
     att=["nadia", "niamh", "tomas", "jake"])
once("Interview: Support Engineer II – Kofi B. (final)", "manager", "hiring", "2026-05-29 09:30",
     "2026-05-29 10:15", org="carla", att=["carla", ("niamh", "TENTATIVE"), "chloe"], me="TENTATIVE")
once("Lunch w/ Tomás & Lena", "vp", "social", "2026-05-29 12:00", "2026-05-29 13:00", att=["tomas", "lena"],
     meet=False)

# ---- W23  2026-06-01  Rafael starts --------------------------------------------------------------
once("Welcome Rafael! ☕", "vp", "onboarding", "2026-06-01 08:45", "2026-06-01 09:15", att=["rafael", "tomas", "lena"])
once("Rafael onboarding: support metrics walkthrough", "vp", "onboarding", "2026-06-01 11:30", "2026-06-01 12:30",
     org="lena", att=["lena", "rafael", "niamh"])
once("FY27 planning – CS&S narrative", "vp", "planning", "2026-06-01 16:00", "2026-06-01 17:00", org="ruth",
     att=["ruth", "grace", "niamh"])
once("Rafael onboarding: Tessera & queues", "manager", "onboarding", "2026-06-02 10:00", "2026-06-02 11:00",
     org="aisha", att=["aisha", "rafael", "niamh"])
once("Headcount plan FY27 – final", "vp", "planning", "2026-06-02 11:30", "2026-06-02 12:30", org="grace",
     att=["grace", "nadia", "niamh"])
once("Exec sponsor review – Initech (Dana W.)", "vp", "customer", "2026-06-02 16:00", "2026-06-02 17:00",
     org="olivia", att=["olivia", "dana", "niamh"])
once("Org design: CS pods for FY27", "vp", "org-design", "2026-06-03 09:30", "2026-06-03 10:30",
     att=["tomas", "owen"])
once("CS ⇄ Product: renewal blockers", "director", "account", "2026-06-03 11:45", "2026-06-03 12:30", org="anjali",
     att=["anjali", "tomas", "zoe", "niamh"])
once("Skip-level w/ support agents (Americas)", "vp", "skip-level", "2026-06-03 11:00", "2026-06-03 12:00",
     att=["luis"], tz=NY, rooms=["hudson"])
once("Company strategy – H2 bets", "executive", "strategy", "2026-06-04 09:00", "2026-06-04 10:00", org="ruth",
     att=["ruth"] + PEERS + ["niamh"], rooms=["boardroom"])
once("Interview: Support Engineer II – Ama O.", "manager", "hiring", "2026-06-04 14:30", "2026-06-04 15:30",
     org="carla", att=["carla", ("niamh", "DECLINED"), "rafael"], me="DECLINED")
once("Investor update – retention deep dive prep", "executive", "investors", "2026-06-02 09:00", "2026-06-02 10:00",
     org="grace", att=["grace", "niamh"])
once("Catch-up", "vp", "peer", "2026-06-05 10:00", "2026-06-05 10:30", org="kwame", att=["kwame", "niamh"])
once("Lunch w/ Marcus", "vp", "peer", "2026-06-05 12:30", "2026-06-05 13:30", org="marcus", att=["marcus", "niamh"],
     meet=False)
once("Doctor", "excluded", "personal", "2026-06-05 15:00", "2026-06-05 15:30")
once("Comp: mid-year calibration prep", "vp", "talent", "2026-06-05 16:00", "2026-06-05 16:30", org="owen",
     att=["owen", "niamh"])

# ---- W24  2026-06-08 ---------------------------------------------------------------------------
once("Calibration – CS&S mid-year", "vp", "talent", "2026-06-08 11:30", "2026-06-08 12:30", org="owen",
     att=["owen", "niamh", "tomas", "lena", "rafael"])
once("Project Heron", "executive", "m-and-a", "2026-06-08 16:00", "2026-06-08 17:00", org="ruth",
     att=["ruth", "grace", "tom", "niamh"], desc="Confidential – do not forward.")
once("Investor call – retention deep dive", "executive", "investors", "2026-06-09 10:00", "2026-06-09 11:00",
     org="grace", att=["grace", "nair", "niamh", "ruth"])
once("Escalation: Brightwater SLA breach (2)", "director", "escalation", "2026-06-09 11:30", "2026-06-09 12:30",
     org="rafael", att=["rafael", "ben", "jake", ("niamh", "TENTATIVE")], me="TENTATIVE")
once("Budget: CS&S FY27 – final numbers", "vp", "budget", "2026-06-10 09:30", "2026-06-10 10:30", org="nadia",
     att=["nadia", "niamh"])
once("Globex – renewal exec meeting", "vp", "customer", "2026-06-10 13:30", "2026-06-10 14:30", org="olivia",
     att=["olivia", "karen", "marcus", "niamh"])
once("Support strategy FY27 – w/ Rafael & Lena", "vp", "strategy", "2026-06-11 09:00", "2026-06-11 10:00",
     att=["rafael", "lena"], rooms=["thames"])
once("Review: CS&S FY27 plan", "vp", "planning", "2026-06-11 14:30", "2026-06-11 15:30", org="ruth",
     att=["ruth", "niamh", "grace"])
once("Catch-up", "vp", "one-on-one", "2026-06-12 16:00", "2026-06-12 16:30", org="rafael", att=["rafael", "niamh"])

# ---- W25  2026-06-15 ---------------------------------------------------------------------------
once("Q3 OKRs – CS&S", "vp", "planning", "2026-06-15 11:30", "2026-06-15 12:30", att=["tomas", "lena", "rafael"])
once("Re: Kestrel renewal signed 🎉 – next steps", "director", "account", "2026-06-15 15:00", "2026-06-15 15:30",
     org="marcus", att=["marcus", "tomas", "ravi", "niamh"])
once("Pricing & packaging: support tiers", "executive", "pricing", "2026-06-15 16:00", "2026-06-15 17:00",
     org="anjali", att=["anjali", "marcus", "grace", "niamh"])
once("Interview: VP Customer Marketing – Sana K.", "executive", "hiring", "2026-06-16 10:00", "2026-06-16 10:45",
     org="sofia", att=["sofia", "kwame", "niamh", "sana_ext"])
once("Board deck review – Q2", "executive", "board", "2026-06-16 09:00", "2026-06-16 10:00", org="grace",
     att=["grace", "ruth", "niamh"] + [p for p in PEERS if p != "grace"])
once("Project Heron – support integration", "executive", "m-and-a", "2026-06-16 11:30", "2026-06-16 12:30",
     org="ruth", att=["ruth", "grace", "niamh"], desc="Confidential.")
once("FY27 headcount – People partner sync", "vp", "planning", "2026-06-16 16:00", "2026-06-16 17:00", org="owen",
     att=["owen", "niamh"])
once("Interview: Director, CS Operations – Lina P.", "vp", "hiring", "2026-06-16 13:15", "2026-06-16 14:15",
     org="carla", att=["carla", "niamh", "tomas"])
once("CS&S all-hands", "vp", "all-hands", "2026-06-17 09:30", "2026-06-17 10:30", groups=["css"],
     att=["tomas", "lena", "rafael"], rooms=["boardroom"],
     desc="FY27 direction, Rafael intro, Q&A. Recording will be shared.")
once("Customer escalation policy – sign-off", "director", "process", "2026-06-17 11:45", "2026-06-17 12:30",
     org="lena", att=["lena", "rafael", "niamh"])
once("Exec sponsor programme – H2 accounts", "vp", "customer", "2026-06-17 16:00", "2026-06-17 16:30",
     att=["marcus", "tomas"])
once("Catch-up", "vp", "peer", "2026-06-17 16:30", "2026-06-17 17:00", org="tom", att=["tom", "niamh"])
once("Annual planning kickoff – FY27", "executive", "strategy", "2026-06-18 09:00", "2026-06-18 10:00", org="ruth",
     att=["ruth"] + PEERS + ["niamh"], rooms=["boardroom"])
once("Quick chat", "vp", "one-on-one", "2026-06-18 14:30", "2026-06-18 15:00", org="rafael", att=["rafael", "niamh"])
once("Brightwater – exec sponsor check-in", "vp", "customer", "2026-06-18 11:00", "2026-06-18 12:00", org="jake",
     att=["jake", "amara", "niamh"], tz=NY)
once("Touch base", "manager", "team", "2026-06-19 10:00", "2026-06-19 10:30", org="ellie", att=["ellie", "niamh"],
     desc="Quick look at the Kestrel onboarding task list before Monday")
once("Lunch w/ Sofia", "vp", "peer", "2026-06-19 12:30", "2026-06-19 13:30", org="sofia", att=["sofia", "niamh"],
     meet=False)
once("Wedding – Cat & Jo 💍", "excluded", "personal", "2026-06-20", "2026-06-21", loc="Bath")

# ---- after the span -----------------------------------------------------------------------------
once("Board meeting – Q2 2026", "executive", "board", "2026-07-30 09:30", "2026-07-30 13:00", org="ruth",
     att=["ruth", "grace", "lyle", "han", "solberg", "niamh", "marcus", "anjali", "tom"], rooms=["boardroom"])
once("Summer holiday – Algarve", "excluded", "ooo", "2026-08-10", "2026-08-22")

# ============================================================================================
# Serialisation: calendar.ics
# ============================================================================================

MEET_BLOCK = ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~"
              ":~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
              "Join with Google Meet: https://meet.google.com/{code}\n\n"
              "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
              "Please do not edit this section.\n"
              "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~"
              ":~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")

VTIMEZONES = {
    "Europe/London": [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
}


def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def pval(v):
    return f'"{v}"' if any(c in v for c in ';:,') else v


def fold(line):
    """Fold at 75 octets (RFC 5545 3.1) without splitting a UTF-8 sequence."""
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur, limit = b"", 74          # continuation lines start with one space
        cur += b
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def fmt_utc(t):
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def dtprop(name, value, tz, utc, allday):
    if allday:
        return f"{name};VALUE=DATE:{value.strftime('%Y%m%d')}"
    if utc:
        return f"{name}:{fmt_utc(to_utc(value, tz))}"
    return f"{name};TZID={tz}:{value.strftime('%Y%m%dT%H%M%S')}"


def person_line(key, partstat, role="REQ-PARTICIPANT"):
    cn, email = PEOPLE[key]
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};CN={pval(cn)};"
            f"X-NUM-GUESTS=0:mailto:{email}")


def other_partstat():
    return RNG.choices(["ACCEPTED", "NEEDS-ACTION", "TENTATIVE", "DECLINED"], [80, 12, 5, 3])[0]


def first_start_utc(ev):
    occ = ev.occurrence_starts()[0] if ev.rule else ev.start
    if ev.allday:
        return to_utc(dt.datetime.combine(occ, dt.time()), HOME_TZ)
    return to_utc(occ, ev.tz)


def attendee_lines(ev, me_partstat, add=()):
    lines = []
    if not ev.att and not ev.rooms and not ev.groups:
        return lines
    seen_me = False
    for key, ps in ev.att + [(k, None) for k in add]:
        if key == "niamh":
            seen_me = True
            lines.append(person_line(key, me_partstat, ev.role))
        elif key == ev.org:
            lines.append(person_line(key, "ACCEPTED"))
        else:
            lines.append(person_line(key, ps or ev._ps.setdefault(key, other_partstat())))
    if not seen_me:
        lines.append(person_line("niamh", me_partstat, ev.role))
    for g in ev.groups:
        cn, email = GROUPS[g]
        lines.append(f"ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={pval(cn)};"
                     f"X-NUM-GUESTS=0:mailto:{email}")
    for r in ev.rooms:
        cn, email = ROOMS[r]
        lines.append(f"ATTENDEE;CUTYPE=ROOM;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={pval(cn)};"
                     f"X-NUM-GUESTS=0:mailto:{email}")
    return lines


def vevent_lines(ev):
    ev._ps = {}
    created = first_start_utc(ev) - dt.timedelta(days=RNG.randint(3, 24), minutes=RNG.randint(0, 600))
    created = created.replace(second=RNG.randint(0, 59))
    modified = min(created + dt.timedelta(minutes=RNG.randint(1, 4000)), DTSTAMP_DT - dt.timedelta(hours=1))
    if ev.exdates or ev.overrides or (ev.rule and ev.rule.get("until")):
        modified = max(modified, min(DTSTAMP_DT - dt.timedelta(hours=2),
                                     created + dt.timedelta(days=RNG.randint(20, 90))))
    org_cn, org_email = PEOPLE[ev.org]
    loc = ev.loc or ", ".join(ROOMS[r][0] for r in ev.rooms)

    def body(start, end, me, rid=None, status=None, title=None, desc=None, loc_=None, seq=0, mod=modified, add=()):
        L = [dtprop("DTSTART", start, ev.tz, ev.utc, ev.allday),
             dtprop("DTEND", end, ev.end_tz, ev.utc, ev.allday)]
        if rid is None and ev.rule:
            L.append("RRULE:" + ev.rrule_text())
            for x in ev.exdates:
                L.append(dtprop("EXDATE", x, ev.tz, ev.utc, ev.allday))
        L.append(f"DTSTAMP:{DTSTAMP}")
        L.append(f"ORGANIZER;CN={pval(org_cn)}:mailto:{org_email}")
        L.append(f"UID:{ev.uid}")
        L.extend(attendee_lines(ev, me, add))
        if rid is not None:
            L.append(dtprop("RECURRENCE-ID", rid, ev.tz, ev.utc, ev.allday))
        if ev.meet_code:
            L.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{ev.meet_code}")
        L.append(f"CREATED:{fmt_utc(created)}")
        d = desc if desc is not None else ev.desc
        if ev.meet_code:
            d = (d + "\n\n" if d else "") + MEET_BLOCK.format(code=ev.meet_code)
        L.append("DESCRIPTION:" + esc(d))
        L.append(f"LAST-MODIFIED:{fmt_utc(mod)}")
        L.append("LOCATION:" + esc(loc_ if loc_ is not None else loc))
        L.append(f"SEQUENCE:{seq}")
        L.append(f"STATUS:{status or ev.status}")
        L.append("SUMMARY:" + esc(title or ev.title))
        L.append(f"TRANSP:{ev.transp}")
        return ["BEGIN:VEVENT"] + L + ["END:VEVENT"]

    lines = body(ev.start, ev.end, ev.me)
    dur = ev.exact_duration()
    for o in ev.overrides:
        if o.start is not None:
            s, e = o.start, o.end
        else:
            s = o.rid
            e = (to_utc(o.rid, ev.tz) + dur).astimezone(TZS[ev.end_tz]).replace(tzinfo=None)
        mod = max(created + dt.timedelta(minutes=5),
                  to_utc(o.rid, ev.tz) - dt.timedelta(days=RNG.randint(1, 6), minutes=RNG.randint(0, 500)))
        lines += body(s, e, o.me or ev.me, rid=o.rid, status=o.status, title=o.title, desc=o.desc,
                      loc_=o.loc, seq=1, mod=mod, add=o.add)
    return lines


def build_ics():
    blocks = [vevent_lines(ev) for ev in EVENTS]
    RNG.shuffle(blocks)   # Google exports are not in date order
    tzs = ["Europe/London"] + sorted(({ev.tz for ev in EVENTS} | {ev.end_tz for ev in EVENTS}) - {"Europe/London"})
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{PEOPLE['niamh'][1]}",
             "X-WR-TIMEZONE:Europe/London"]
    for tz in tzs:
        lines += VTIMEZONES[tz]
    for b in blocks:
        lines += b
    lines.append("END:VCALENDAR")
    return "".join(fold(x) + "\r\n" for x in lines)


# ============================================================================================
# Truth
# ============================================================================================

def all_instances():
    out = []
    for ev in EVENTS:
        out.extend(ev.instances())
    return out


def in_span(inst):
    if inst["allday"]:
        return inst["start"] < SPAN_END and inst["end"] > SPAN_START
    lo = to_utc(dt.datetime.combine(SPAN_START, dt.time()), HOME_TZ)
    hi = to_utc(dt.datetime.combine(SPAN_END, dt.time()), HOME_TZ)
    return inst["start"] < hi and inst["end"] > lo


def counted(inst):
    return (not inst["allday"] and inst["status"] != "CANCELLED" and inst["me"] != "DECLINED"
            and inst["level"] != "excluded")


def local_week(inst):
    d = inst["start"] if inst["allday"] else inst["start"].astimezone(LON).date()
    return d.isocalendar()[:2]


def truth_rows():
    rows = []
    for ev in EVENTS:
        first = first_start_utc(ev)
        rows.append((first, ev.uid, ev.level, ev.cat, ev.title))
        for o in ev.overrides:
            if o.level:
                rows.append((to_utc(o.rid, ev.tz), ev.rid_utc_key(o), o.level, o.cat, o.title or ev.title))
    rows.sort(key=lambda r: (r[0], r[1]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["key", "level", "category", "title"])
    for _, key, level, cat, title in rows:
        w.writerow([key, level, cat, title])
    return buf.getvalue(), [r[1] for r in rows]


def weekly_table():
    weeks = []
    d = SPAN_START
    while d < SPAN_END:
        weeks.append(d)
        d += dt.timedelta(days=7)
    stats = {w.isocalendar()[:2]: dict(monday=w, n=0, hours=0.0, lv={l: 0.0 for l in LEVELS},
                                       excluded=0.0, notcounted=0.0) for w in weeks}
    leader = LEVELS.index(LEADER_LEVEL)
    for inst in all_instances():
        if not in_span(inst):
            continue
        wk = local_week(inst)
        if wk not in stats:
            continue
        s = stats[wk]
        if inst["allday"]:
            continue
        h = (inst["end"] - inst["start"]).total_seconds() / 3600
        if counted(inst):
            s["n"] += 1
            s["hours"] += h
            s["lv"][inst["level"]] += h
        elif inst["level"] == "excluded":
            s["excluded"] += h
        else:
            s["notcounted"] += h
    rows = []
    for wk, s in stats.items():
        below = sum(s["lv"][l] for l in LEVELS[:leader])
        at = s["lv"][LEVELS[leader]]
        above = sum(s["lv"][l] for l in LEVELS[leader + 1:])
        share = below / (below + at + above) if below + at + above else 0.0
        rows.append(dict(week=f"{wk[0]}-W{wk[1]:02d}", monday=s["monday"].isoformat(), n=s["n"], hours=s["hours"],
                         lv=s["lv"], below=below, at=at, above=above, share=share,
                         excluded=s["excluded"], notcounted=s["notcounted"]))
    return rows


def fmt_h(x):
    return f"{x:.2f}"


def table_markdown(rows):
    head = ("| week | Monday | meetings | hours | ic | manager | director | vp | executive "
            "| below | at | above | below share | excluded h | declined/cancelled h |")
    sep = "|" + "---|" * 15
    out = [head, sep]
    for r in rows:
        out.append("| " + " | ".join([r["week"], r["monday"], str(r["n"]), fmt_h(r["hours"])]
                                     + [fmt_h(r["lv"][l]) for l in LEVELS]
                                     + [fmt_h(r["below"]), fmt_h(r["at"]), fmt_h(r["above"]),
                                        f"{100 * r['share']:.1f}%", fmt_h(r["excluded"]), fmt_h(r["notcounted"])])
                   + " |")
    shares = [r["share"] for r in rows]
    hours = [r["hours"] for r in rows]
    out.append("")
    out.append(f"Below share over the 16 weeks: min {100 * min(shares):.1f}%, "
               f"mean {100 * sum(shares) / len(shares):.1f}%, max {100 * max(shares):.1f}%. "
               f"Pooled over all 16 weeks: {100 * sum(r['below'] for r in rows) / sum(hours):.1f}%. "
               f"Meeting hours per week: min {min(hours):.2f}, mean {sum(hours) / len(hours):.2f}, "
               f"max {max(hours):.2f}.")
    return "\n".join(out)


# ============================================================================================
# profile.yaml
# ============================================================================================

def build_profile():
    e = lambda k: PEOPLE[k][1]
    return (
        "# Leader profile for the Altitude evaluation calendar (written by generate.py)\n"
        f"name: {PEOPLE['niamh'][0]}\n"
        f"email: {e('niamh')}\n"
        f"aliases: [niamh@{DOMAIN}]\n"
        "level: vp                                # ic | manager | director | vp | executive\n"
        "function: customer-success              # the rule pack for her function (Rules/packs/)\n"
        "timezone: Europe/London\n"
        "promoted: 2025-11-03\n"
        f"organization: [{DOMAIN}]\n"
        f"manager: {e('ruth')}\n"
        f"directs: [{', '.join(e(k) for k in DIRECTS)}]\n"
        f"peers: [{', '.join(e(k) for k in PEERS)}]\n"
        'working_hours: {start: "09:00", end: "17:30", days: [mon, tue, wed, thu, fri]}\n'
        "target: 0.25\n"
    )


# ============================================================================================
# README.md
# ============================================================================================



def level_hours():
    tot = {l: 0.0 for l in LEVELS}
    for i in all_instances():
        if in_span(i) and counted(i):
            tot[i["level"]] += (i["end"] - i["start"]).total_seconds() / 3600
    return ", ".join(f"{l} {tot[l]:.2f} h" for l in LEVELS)


def build_readme(table, counts):
    text = README
    counts = dict(counts, level_hours=level_hours())
    for k, v in counts.items():
        text = text.replace("@@" + k + "@@", str(v))
    text = text.replace("@@table@@", table)
    assert "@@" not in text
    return text


# ============================================================================================
# main
# ============================================================================================

def check_consistency(ics_text, truth_keys):
    uids_ics = []
    for line in ics_text.split("\r\n"):
        if line.startswith("UID:"):
            uids_ics.append(line[4:])
    uid_set = set(uids_ics)
    plain = [k for k in truth_keys if "|" not in k]
    assert len(plain) == len(set(plain)), "duplicate truth row"
    assert uid_set == set(plain), ("UIDs without truth rows", sorted(uid_set - set(plain)),
                                   "truth rows without UIDs", sorted(set(plain) - uid_set))
    rids = set()
    for ev in EVENTS:
        for o in ev.overrides:
            rids.add(ev.rid_utc_key(o))
    for k in truth_keys:
        if "|" in k:
            assert k in rids, ("truth key is not an override", k)
    assert len({ev.uid for ev in EVENTS}) == len(EVENTS), "UID collision"
    for line in ics_text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75, line


def counts_summary(rows):
    insts = [i for i in all_instances() if in_span(i)]
    return dict(
        n_vevents=sum(1 + len(ev.overrides) for ev in EVENTS),
        n_uids=len(EVENTS),
        n_series=sum(1 for ev in EVENTS if ev.rule),
        n_overrides=sum(len(ev.overrides) for ev in EVENTS),
        n_instances=len(insts),
        n_counted=sum(1 for i in insts if counted(i)),
        hours_counted=f"{sum((i['end'] - i['start']).total_seconds() for i in insts if counted(i)) / 3600:.2f}",
        n_allday=sum(1 for i in insts if i["allday"]),
        n_declined=sum(1 for i in insts if i["me"] == "DECLINED"),
        n_cancelled=sum(1 for i in insts if i["status"] == "CANCELLED"),
        n_excluded_timed=sum(1 for i in insts if not i["allday"] and i["level"] == "excluded"),
        override_keys=", ".join(ev.rid_utc_key(o) for ev in EVENTS for o in ev.overrides if o.level),
    )


def main(argv):
    if "--instances" in argv:
        rows = []
        for i in all_instances():
            if not in_span(i):
                continue
            if i["allday"]:
                rows.append(f"{i['uid']}|{i['start'].isoformat()}|{i['end'].isoformat()}|1")
            else:
                rows.append(f"{i['uid']}|{i['start'].strftime('%Y-%m-%dT%H:%M:%SZ')}|"
                            f"{i['end'].strftime('%Y-%m-%dT%H:%M:%SZ')}|0")
        print("\n".join(sorted(rows)))
        return
    if "--overlaps" in argv:
        insts = sorted((i for i in all_instances() if in_span(i) and counted(i)), key=lambda i: i["start"])
        for a_i, a in enumerate(insts):
            for b in insts[a_i + 1:]:
                if b["start"] >= a["end"]:
                    break
                print(f"{a['start'].astimezone(LON):%a %Y-%m-%d %H:%M} {a['title']!r} <> "
                      f"{b['start'].astimezone(LON):%H:%M} {b['title']!r}")
        return
    ics = build_ics()
    truth, keys = truth_rows()
    check_consistency(ics, keys)
    rows = weekly_table()
    readme = build_readme(table_markdown(rows), counts_summary(rows))
    for name, text in [("calendar.ics", ics), ("truth.csv", truth), ("profile.yaml", build_profile()),
                       ("README.md", readme)]:
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    if "--quiet" not in argv:
        print(table_markdown(rows))
        print(counts_summary(rows))


README = r'''# Altitude evaluation calendar: a VP of Customer Success & Support

An independent, hand-labelled evaluation set for Altitude's classifier. It holds one leader's
calendar for 16 ISO weeks (2026-W10 to 2026-W25, Monday 2 March to Sunday 21 June 2026, time zone
Europe/London), a ground-truth level for every meeting, and the weekly below-altitude numbers those
labels give. The calendar deliberately belongs to a **customer-facing, non-engineering** function, so
rules tuned on engineering calendars (standups, sprints, code reviews, incident war rooms) are
tested on vocabulary they have not seen: queues, triage rotas, QBRs, renewals, escalations, CSAT,
shift rotas, customer executives, advisory boards.

The labels were written by hand, meeting by meeting, from the altitude model in
`/work/shared/PRODUCT.md`. No rule file was read while writing them.

## Files

| file | what it is |
|---|---|
| `generate.py` | writes every other file, byte-identically on each run (stdlib only, fixed seed `20260302`, fixed `DTSTAMP:20260622T070000Z`, nothing depends on today's date). It asserts that every UID in the calendar has exactly one truth row and every truth row matches a UID or an override, and that no line is longer than 75 octets. |
| `calendar.ics` | the export: Google Calendar style (`PRODID:-//Google Inc//Google Calendar 70.9054//EN`, `X-WR-CALNAME`, `X-WR-TIMEZONE`, `VTIMEZONE` blocks, CRLF, lines folded at 75 octets, UIDs `…@google.com`). |
| `truth.csv` | `key,level,category,title`: one row per UID; for an override that changes what the meeting is, an extra row keyed `UID|RECURRENCE-ID` (RECURRENCE-ID in UTC, `YYYYMMDDTHHMMSSZ`). Level is one of `ic, manager, director, vp, executive, excluded`. |
| `profile.yaml` | the leader's profile. |
| `README.md` | this file (generated; edit `generate.py`, not this file). |

Regenerate and check:

```sh
python3 Tests/Evaluation/generate.py                 # rewrites the four files, prints the weekly table
python3 Tests/Evaluation/generate.py --instances     # expanded instances in oracle.py's row shape
python3 /work/shared/bench/oracle.py Tests/Evaluation/calendar.ics 2026-03-02 2026-06-22 Europe/London
```

`generate.py` expands its own recurrences to count the truth; its instance set for the span
(`--instances`) was checked to be identical to `oracle.py`'s (icalendar + recurring-ical-events)
and to `altitude events --format csv` (@@n_instances@@ instances each).

Size: @@n_vevents@@ VEVENTs (@@n_uids@@ UIDs, @@n_series@@ recurring series, @@n_overrides@@ overrides),
@@n_instances@@ instances in the span, of which @@n_counted@@ are counted meetings totalling @@hours_counted@@ hours
(@@level_hours@@). Not counted: @@n_allday@@ all-day instances, @@n_excluded_timed@@ timed `excluded` instances,
@@n_declined@@ instances the leader declined and @@n_cancelled@@ cancelled ones.

## The leader

**Niamh Adeyemi, VP Customer Success & Support at Fernhill** (`fernhill.example`, a B2B SaaS company;
London; reports to the CEO, Ruth Castellano). She ran Support as its director and was promoted to VP
on 3 November 2025, four months before the span, taking on Customer Success (Tomás Ferreira,
Director) and Support Operations (Lena Vogel, Director) as well. Her old job, Director of Support,
was left open, so the two front-line support managers (Aisha Khan, EMEA; Ben Carter, Americas, in
New York) report to her in the meantime, and she has kept going to the support team's rituals: the
EMEA huddle, the weekly queue review, the triage rota, a biweekly 1:1 with a senior support engineer.

The story the 16 weeks tell:

- **W10–W13**: operating like the director she was: huddles, triage, queue reviews, macro reviews,
  interviewing support engineers, while she runs the search for her replacement. Below share in the 40s.
- **W12**: a P1 at Initech (data sync) pulls her into bridges, ticket sweeps and writing updates.
- **W13**: an overnight bridge for Brightwater on Sunday 29 March, across the clocks going forward.
- **W14–W15**: Easter; Director of Support first rounds and panels.
- **W16**: a week in New York with customer executives, the customer advisory board and the Americas
  team; most London meetings declined, moved or deleted.
- **W17**: the **Globex outage**: daily war rooms, backlog sweeps, comms drafting; she cancels her own
  staff meeting. The worst week.
- **W18–W20**: finals, offer accepted, board meeting (W19); triage rota dropped after 30 April.
- **W21**: two-day leadership offsite. **W22**: Spring bank holiday plus two days out of office.
- **W23–W25**: Rafael Mendes starts as Director of Support on 1 June; Aisha and Ben move to him
  (their weekly 1:1s become monthly skip-levels), the huddle and queue review leave her calendar,
  the staff meeting is re-created with Rafael. Below share falls to the mid-teens, though she still
  shadows a shift and sits in some escalations.

The profile is static, so `directs` lists all five people who were her direct reports at some
point in the span: Tomás and Lena throughout, Aisha and Ben until the end of May (interim), Rafael
from 1 June. `peers` are the CEO's other direct reports (VP Sales, VP Product, VP Engineering, CFO,
VP People, VP Marketing). Target below share: 25%.

## How the truth is counted

- An **instance** is one occurrence of an event after recurrence expansion, EXDATEs and overrides.
- An instance is **counted** when it is timed (not all-day), not `STATUS:CANCELLED`, not declined by
  the leader (her `PARTSTAT` on that instance, so a declined override counts as declined), and its
  level is not `excluded`. Tentative and not-yet-answered (`NEEDS-ACTION`) meetings are counted.
- Its week is the ISO week of its start in Europe/London; its hours are its real duration (the
  Sunday-night bridge across the DST change is one hour). Overlapping meetings each count in full.
- **below** = hours at `ic`, `manager`, `director`; **at** = `vp`; **above** = `executive`;
  **below share** = below / (below + at + above).
- Every counted instance has a level: the truth has no "unclassified".

## Labelling principles

A meeting is labelled with the level of the **work** it is, per the altitude table in PRODUCT.md, as
an experienced executive coach would judge it. Levels are absolute: the same meeting gets the same
label whoever attends it, with the one relative rule the product itself states (a 1:1 with one's own
direct report is developing a leader, `vp`). Evidence used, in order: what the meeting does (title
and description), who is in it (the leader's reports, ICs, peers, the CEO, customer executives,
board members), and its shape (one-on-one, solo block, all-company list). A meeting is not labelled
by whether attending it was a good idea: a shadow shift is a healthy thing for a VP to do once a
month and is still `ic` work.

| level | in Customer Success & Support this is | examples here |
|---|---|---|
| `ic` | doing the work yourself: tickets, bridges, writing and line-by-line reviewing of documents, phone screens | ticket triage (rota), Shadowing a support shift, 🔥 Initech P1 – data sync bridge, Globex outage – war room, ticket backlog sweeps, writing the customer update or RCA together, Review – Q1 macro library, Health score v2 – spec walkthrough, Phone screen – Support Engineer, "Quick chat" about ticket #48213 |
| `manager` | running one team: its huddle, queue and backlog, rota, quality, hiring its ICs, its morale | Team huddle ☕, Queue review, Shift rota – Q2, CSAT deep dive – EMEA queue, Interview: Support Engineer II, Go/no-go: Workflows 2.0, Product demo day, Team lunch – Support EMEA, 1:1s with an individual IC (Jonas / Niamh) |
| `director` | running several teams' delivery: escalations, account and pipeline reviews, launch readiness, cross-team process | Escalation review, Escalation: Kestrel SSO login failures, Globex postmortem review, CSM pipeline review, Renewal risk review, QBR – Initech, Portfolio review – Enterprise accounts, Support readiness: Workflows 2.0, Support ⇄ Sales: handoff process, Interview: Support Manager, APAC |
| `vp` | building the organisation of organisations: directs, staff, org design, talent, hiring leaders, budget and vendors, customer executives, peers | Staff: CS&S, 1:1 – Tomás, CS&S monthly business review, Org design, Talent review, Succession planning, Hiring: Director of Support – final round, Headcount plan FY27, Budget review, Tessera contract renewal, Call: Dana Whitfield (Initech CCO), Customer advisory board, Marcus <> Niamh, skip-levels, CS&S all-hands |
| `executive` | shaping the company: exec team, board, investors, pricing, company strategy, M&A | Exec staff, WBR, Company business review, Company all-hands, Board meeting – Q1 2026, Board deck review, Pricing council, Leadership offsite, Investor call, Project Heron, Interview: VP Customer Marketing |
| `excluded` | not a meeting: personal time, out of office, holidays, travel, working location, focus and prep blocks with no other attendee | Lunch, Gym, Dentist, Parents' evening, Good Friday, Out of office, Trip: New York, Flight to New York (BA 177), Home, Focus: no meetings, ✍️ Board pre-read: CS&S section |

Rules of thumb that decide most cases:

1. **Hiring is at the level of the role's manager.** Interviewing a Support Engineer is the support
   manager's job (`manager`); a Support Manager, the director's (`director`); a Director, the VP's
   (`vp`); a VP, the CEO's (`executive`). Phone screens are `ic` (the table says so). Debriefs, offer
   approvals, search-firm intake and the weekly hiring sync take the level of the role.
2. **Incidents split three ways.** Being on the bridge, sweeping tickets, drafting the customer update
   or the RCA, reviewing comms paragraph by paragraph: `ic`. Coordinating the escalation across
   teams, reviewing escalations, post-incident action plans and postmortem readouts: `director`.
   Talking to the customer's executive, deciding service credits with the CFO: `vp`. The exec team on
   forecast impact and the note to the board: `executive`.
3. **Customers:** a QBR or account plan run by a CSM is `director` (account delivery), a meeting whose
   purpose is the customer's executive (exec sponsor calls, CCO/VP calls, customer-exec lunches and
   onsites, renewal negotiation with the customer's VP, the advisory board) is `vp`.
4. **"Review" means nothing by itself.** Line-by-line passes through a document are `ic`; reviews of a
   portfolio of accounts, renewals or escalations are `director`; her organisation's plan or budget
   reviewed with the CEO or CFO is `vp`; the board deck is `executive`.
5. **One-on-ones:** with a direct report, with her manager (the CEO) and with peers: `vp`. With an
   individual IC two levels down, recurring: `manager` (she is doing the line manager's coaching).
   Skip-levels, group or with a manager two levels down: `vp` (talent and the health of her
   organisation).
6. **Generic titles** ("Sync", "Quick chat", "Catch-up", "Touch base") are labelled from the attendees
   and the description, never from the title.
7. **A block with no other attendee is `excluded`**, whatever its title ("✍️ Board pre-read: CS&S
   section", "Offsite prep – CS&S strategy narrative", "prep for nyc"): it is not a meeting.
   All-day events are never counted, but they carry a label too (`excluded`).
8. **Declined and cancelled meetings are still labelled** by their work (a declined "Support ⇄ Eng
   sync" is `director`); the counting rules drop them.

Categories are short words of my choosing (`one-on-one`, `staff`, `peer`, `skip-level`, `coaching`,
`hiring`, `onboarding`, `talent`, `org-design`, `planning`, `budget`, `vendor`, `customer`, `account`,
`renewals`, `pipeline`, `escalation`, `incident`, `triage`, `queue`, `ticket`, `shadowing`, `review`,
`support-ops`, `quality`, `rota`, `standup`, `team`, `release`, `launch`, `process`, `status`,
`insight`, `demo`, `learning`, `social`, `business-review`, `exec-staff`, `all-hands`, `strategy`,
`forecast`, `pricing`, `board`, `investors`, `m-and-a`, `offsite`, and for `excluded`: `personal`,
`focus`, `holiday`, `ooo`, `travel`, `location`).

## Judgement calls

These are the items a reasonable coach could label differently; the choice and the reason are given
so a disagreement with the classifier can be weighed rather than just counted.

- **1:1s with Aisha and Ben → `vp`.** They are first-line managers reporting to her only because the
  director seat is empty, and a coach would say the vacancy is pulling her down. But the product's
  rule (a 1:1 with a direct report develops a leader) is applied as written; the cost of the vacancy
  shows up instead in the huddles, queue reviews, triage and rotas she attends, which are labelled
  by their own work. After 1 June the monthly "Skip-level: Aisha/Ben" are `vp` as skip-levels.
- **"Jonas / Niamh" (biweekly 1:1 with a senior support engineer) → `manager`.** A recurring 1:1 with
  an IC two levels down is the line manager's job, a holdover from her director days. Rules that
  call every 1:1 `vp` will get this wrong, and should.
- **"Ruth / Niamh" and the quick chats with the CEO → `vp`,** not `executive`: they are the CEO
  managing a VP and her organisation. Company-shaping work with the CEO happens in Exec staff, WBR,
  the company business review, strategy sessions and the board, which are `executive`. A meeting of
  the CEO with several peers under a generic title ("Sync" with Ruth, Grace and Marcus on the NRR
  forecast) is `executive`.
- **Peers → `vp`.** 1:1s, catch-ups and lunches with peer VPs and the CFO are cross-organisation
  alignment at her level; they are not company strategy.
- **"ticket triage (rota)" → `ic`,** not `manager`: on the rota she reads, prioritises, routes and
  solves tickets herself. The team's weekly "Queue review" (backlog by queue, re-assignments) is the
  support equivalent of backlog grooming: `manager`.
- **"Shadowing a support shift" and "Shadowing: Americas queue w/ Luis" → `ic`.** Monthly shadowing is
  good VP practice (it is why the target is 25%, not 0%), but the work is taking tickets.
- **QBRs → `director` even when the customer's VP attends** ("QBR – Globex (post-incident)" with Karen
  Holt): the meeting is the CSM's account review. Meetings *for* the customer's executive are `vp`.
- **Customer advisory board → `vp`,** not `executive`: a programme of customer executives run by
  Marketing; it informs product strategy but does not set company strategy.
- **Company all-hands → `executive`;** the CS&S all-hands she runs → `vp`.
- **Social:** "Team lunch – Support EMEA 🍕" → `manager` (one team's morale); the New York "Team dinner
  – NYC support & CS 🍝" → `vp` (culture across her organisation, hosted on a visit; it is also after
  hours, 18:30–21:00 New York); lunches with peers → `vp`; a solo "Lunch" block → `excluded`.
- **"Coaching – Niamh / Jo" (external executive coach, 08:00 biweekly) → `vp`:** developing herself
  for the VP job. It could be argued `excluded` (personal development); it is a meeting about
  operating at her altitude, so it counts.
- **"Go/no-go: Workflows 2.0 (support)" → `manager`** because the table lists release go/no-go there;
  "Support readiness: Workflows 2.0" (several teams' readiness for a launch) → `director`.
- **"Product demo day" → `manager`** (a sprint-review style showcase). She is optional and never
  answered (`NEEDS-ACTION`), so it is counted.
- **Onboarding Rafael → `vp`** (developing a new leader): welcome, onboarding plan, metrics
  walkthrough, end-of-day check-ins for his first two weeks. "Rafael onboarding: Tessera & queues"
  (Aisha showing the new director the queue mechanics, Niamh attending) → `manager`.
- **Budgets and plans:** FY27 headcount, budget and operating plan for CS&S with the CFO → `vp` (her
  organisation's budget); FY27 planning principles, annual planning kickoff, H2 bets, the offsite →
  `executive`. "Review: CS&S FY27 plan" with the CEO → `vp`.
- **"Tessera contract renewal"** (the helpdesk platform) → `vp`: a budget and vendor decision.
- **"Project Heron"** → `executive` (M&A): only the attendees (CEO, CFO, VP Engineering) and
  "Confidential" give it away.
- **A repurposed occurrence:** "1:1 – Tomás" on 13 May became "Tomás + Olivia: Globex renewal deep
  dive", going through one account's renewal plan line by line: `director`, keyed
  `@@override_keys@@`. The rest of the series stays `vp`.
- **"Escalation: …" meetings are `director`** (the table lists escalations there), including the one
  she organises herself during the outage; the war rooms next to them are `ic`.

## Calendar mechanics exercised

- Recurrence: weekly with one and several `BYDAY`s; biweekly with `WKST=SU`; `DAILY` with `COUNT`
  and with `BYDAY=MO,…,FR;COUNT=10`; monthly by weekday (`1WE`, `1TH`, `2MO`, `2TH`, `2FR`, `3WE`,
  `-1TH`, `-1FR`); `UNTIL` in UTC and `COUNT`; many `EXDATE`s (bank holidays, trip, leave, offsite); a
  series split in two ("this and following": Staff: CS&S until 1 June, a new UID from 2 June); a
  series that ended before the span (Support leads weekly, no instances); history from November
  2025 and events after the span.
- Overrides (`RECURRENCE-ID;TZID=…`): moved occurrences (Exec staff from Easter Monday to Tuesday
  16:00; 1:1 – Tomás and Ruth / Niamh during the New York week), cancelled occurrences
  (`STATUS:CANCELLED`: Staff on 21 April, Pricing council on 20 May), single occurrences declined by
  the leader, and one occurrence with a new SUMMARY and a different nature.
- Time zones: Ben's weekly 1:1 is a New York series at 11:00, so it sits at 16:00 London except
  9–27 March, when it is 15:00 (US daylight time starts 8 March, UK 29 March); New York one-offs;
  flights whose DTSTART and DTEND are in different zones, one arriving the next day; a bridge on
  Sunday 29 March 00:30–02:30 London that spans the spring-forward gap (one real hour); one-offs in
  UTC (`Z`) as Google writes them.
- All-day events: bank holidays, two days out of office, a five-day trip, a weekly "Home" working
  location, a Saturday wedding.
- People: `ORGANIZER` and `ATTENDEE` with `CN`, `ROLE` (one `OPT-PARTICIPANT`), `PARTSTAT` (`ACCEPTED`,
  `DECLINED`, `TENTATIVE`, `NEEDS-ACTION`), `CUTYPE=ROOM` rooms at `resource.calendar.google.com`,
  `CUTYPE=GROUP` mailing lists, externals at `.example` domains (customers, board members, investor,
  search firm, coach, vendor, candidates on personal addresses); solo blocks with no attendees.
- Text: UTF-8 (emoji, accents, en dashes, arrows) folded at 75 octets without splitting a character;
  escaped commas and semicolons; Google Meet description blocks; a cancelled one-off.
- Meetings outside working hours (08:00 coaching, 08:30 WBR, New York dinner, the Sunday bridge).

## Suggested scoring

Join each expanded instance to its truth row by `UID|RECURRENCE-ID` (UTC) when such a row exists,
otherwise by `UID`. Over counted instances, report accuracy weighted by hours and a level confusion
matrix in hours (an unclassified meeting counts as a miss), then the weekly below share computed
with the rules above against the table below (mean absolute error in percentage points, and
whether the week-to-week direction matches).

## Weekly truth

Hours of counted meetings by level; `excluded h` is timed excluded time, `declined/cancelled h` is
timed meeting time dropped because she declined it or it was cancelled. Ordinary weeks hold 25–29
meeting hours; the short ones are the Easter weeks (W14, W15), the New York trip (W16, with about ten
hours of flights), the bank-holiday and board week (W19) and the week with a bank holiday and two
days out of office (W22).

@@table@@
'''

if __name__ == "__main__":
    main(sys.argv[1:])
