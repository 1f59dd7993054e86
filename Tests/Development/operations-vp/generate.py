#!/usr/bin/env python3
"""Labelled development calendar for Altitude: a VP Operations at a three-plant manufacturer (Outlook export).

Writes, next to this script and byte-identically on every run: calendar.ics, truth.csv, org.csv,
profile.yaml and README.md. Python 3.9+ standard library only, fixed seed, fixed DTSTAMP,
nothing depends on today's date. The labels are written here by hand, meeting by meeting,
from the altitude model in PRODUCT.md; no rule file was read while writing them.

Options: --instances prints the expanded instance set (UID|START|END|ALLDAY) instead.
"""
import csv
import datetime as dt
import io
import os
import random
import sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260316
FLAVOUR = "outlook"
HOME_TZ = "America/Chicago"
DTSTAMP = "20260601T130000Z"
SPAN_START = dt.date(2026, 3, 2)
SPAN_END = dt.date(2026, 6, 1)
LEADER_LEVEL = "vp"
DOMAIN = "ridgeway.example"
ME = "denise"

PEOPLE, ORG, MANAGER_OF = {}, [], {}
_NAME_RNG = random.Random(SEED + 1)
_FIRST = ["James", "Maria", "Kevin", "Tanya", "Luis", "Brenda", "Andre", "Kim", "Scott", "Rhonda", "Jamal", "Erin",
          "Carlos", "Dawn", "Trevor", "Shonda", "Miguel", "Heather", "Darnell", "Amy", "Cody", "Latoya", "Jesse",
          "Crystal", "Ray", "Nicole", "Duane", "Priscilla", "Hector", "Megan", "Wade", "Keisha", "Travis", "Gina",
          "Marcus", "Holly", "Terrell", "Renee", "Juan", "Stacy", "Kyle", "Monique", "Brandon", "Tina", "Ahmed",
          "Rosa", "Derek", "Paula", "Victor", "Lindsey", "Hugo", "Yvonne", "Calvin", "Joy", "Dustin", "Alma"]
_LAST = ["Miller", "Johnson", "Kowalczyk", "Hernandez", "Brooks", "Schmidt", "Washington", "Nguyen", "Fischer",
         "Coleman", "Yoder", "Ramirez", "Barnes", "Hoffman", "Jenkins", "Mendoza", "Price", "Sutton", "Okoye",
         "Larson", "Dunn", "Castillo", "Harmon", "Vega", "Bishop", "Ortega", "Pruitt", "Sandoval", "Wolfe",
         "Baxter", "Tran", "Kessler", "Gibbs", "Molina", "Stroud", "Avery", "Lindgren", "Pham", "Boone", "Ibarra"]
_USED = set()


def person(key, name, manager, email=None):
    if email is None:
        first, last = name.split(" ", 1)
        local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
        email = f"{local}@{DOMAIN}"
    assert key not in PEOPLE, key
    PEOPLE[key] = (name, email)
    _USED.add(name)
    if email.endswith("@" + DOMAIN):
        ORG.append(key)
        if manager:
            MANAGER_OF[key] = manager
    return key


def filler(prefix, n, manager):
    keys = []
    for i in range(n):
        while True:
            name = f"{_NAME_RNG.choice(_FIRST)} {_NAME_RNG.choice(_LAST)}"
            if name not in _USED:
                break
        keys.append(person(f"{prefix}{i + 1}", name, manager))
    return keys


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
GROUPS = {"dec": ("Decatur – all employees", f"decatur-all@{DOMAIN}"),
          "fw": ("Fort Wayne – all employees", f"fortwayne-all@{DOMAIN}"),
          "all": ("Ridgeway – all employees", f"all@{DOMAIN}")}
# ============================================================================================
# Engine: events, recurrence expansion, the export writer, truth and checks. The same code in
# every development calendar's generate.py; only the data above and below it differ.
# ============================================================================================

UTC = dt.timezone.utc
RNG = random.Random(SEED)
ZONES = {}
LEVELS = ["ic", "manager", "director", "vp", "executive"]
WD = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
DTSTAMP_DT = dt.datetime.strptime(DTSTAMP, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
EVENTS = []

WINDOWS_TZ = {"America/New_York": "Eastern Standard Time", "America/Chicago": "Central Standard Time",
              "America/Los_Angeles": "Pacific Standard Time", "Europe/London": "GMT Standard Time",
              "America/Denver": "Mountain Standard Time"}
# (standard offset, daylight offset, std name, dst name, dst rule, std rule); rules as in 2007+
TZ_RULES = {
    "America/New_York": ("-0500", "-0400", "EST", "EDT", "2SU", 3, "1SU", 11),
    "America/Chicago": ("-0600", "-0500", "CST", "CDT", "2SU", 3, "1SU", 11),
    "America/Denver": ("-0700", "-0600", "MST", "MDT", "2SU", 3, "1SU", 11),
    "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT", "2SU", 3, "1SU", 11),
    "Europe/London": ("+0000", "+0100", "GMT", "BST", "-1SU", 3, "-1SU", 10),
}


def zone(name):
    if name not in ZONES:
        ZONES[name] = ZoneInfo(name)
    return ZONES[name]


def _hex(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def _b32(n, alphabet="0123456789abcdefghijklmnopqrstuv"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def new_uid():
    if FLAVOUR == "google":
        return _b32(26) + "@google.com"
    if FLAVOUR == "outlook":
        return ("040000008200E00074C5B7101A82E00800000000" + _hex(16) + "000000000000000010000000" + _hex(32))
    return f"{_hex(8)}-{_hex(4)}-{_hex(4)}-{_hex(4)}-{_hex(12)}"


def parse_local(s):
    if len(s) == 10:
        return dt.date.fromisoformat(s)
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def to_utc(naive, tzname):
    return naive.replace(tzinfo=zone(tzname)).astimezone(UTC)


class Override:
    def __init__(self, rid, start=None, end=None, status=None, me=None, title=None,
                 level=None, cat=None, desc=None, loc=None, add=()):
        self.rid = parse_local(rid)
        self.start = parse_local(start) if start else None
        self.end = parse_local(end) if end else None
        self.status, self.me, self.title = status, me, title
        self.level, self.cat, self.desc, self.loc = level, cat, desc, loc
        self.add = list(add)


O = Override


class Event:
    def __init__(self, title, level, cat, start, end, *, rule=None, org=None, att=(), me="ACCEPTED",
                 role="REQ-PARTICIPANT", tz=None, end_tz=None, utc=False, exdates=(), overrides=(),
                 loc="", desc="", online=None, transp=None, status="CONFIRMED", rooms=(), groups=(),
                 private=False):
        self.uid = new_uid()
        self.title, self.level, self.cat = title, level, cat
        self.start, self.end = parse_local(start), parse_local(end)
        self.allday = isinstance(self.start, dt.date) and not isinstance(self.start, dt.datetime)
        self.rule = rule
        self.att = [a if isinstance(a, tuple) else (a, None) for a in att]
        self.org = org or ME
        self.me, self.role = me, role
        self.tz = tz or HOME_TZ
        self.end_tz = end_tz or self.tz
        self.utc = utc
        self.exdates = [parse_local(x) for x in exdates]
        self.overrides = list(overrides)
        self.loc, self.desc = loc, desc
        self.rooms, self.groups = list(rooms), list(groups)
        self.solo = not self.att and not self.rooms and not self.groups
        self.online = (not self.solo and not self.allday) if online is None else online
        self.transp = transp or ("TRANSPARENT" if self.allday else "OPAQUE")
        self.status = status
        self.private = private
        self.conf = _b32(10, "abcdefghijklmnopqrstuvwxyz") if self.online else None
        assert level in LEVELS + ["excluded"], level
        for k, _ in self.att:
            assert k in PEOPLE, k
        assert self.org in PEOPLE, self.org
        EVENTS.append(self)

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
        u = self.until_utc()
        if u is not None:
            parts.append("UNTIL=" + (u.strftime("%Y%m%d") if self.allday else u.strftime("%Y%m%dT%H%M%SZ")))
        if r.get("count"):
            parts.append(f"COUNT={r['count']}")
        if r.get("interval", 1) != 1:
            parts.append(f"INTERVAL={r['interval']}")
        if r.get("byday"):
            parts.append("BYDAY=" + ",".join(r["byday"]))
        if r.get("wkst"):
            parts.append(f"WKST={r['wkst']}")
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
                if n < 0 and (d + dt.timedelta(days=7 * (-n))).month != d.month \
                        and (d + dt.timedelta(days=7 * (-n - 1))).month == d.month:
                    return True
            return False
        raise ValueError(r["freq"])

    def occurrence_starts(self):
        if not self.rule:
            return [self.start]
        out = []
        d = self.start if self.allday else self.start.date()
        until = self.until_utc()
        count = self.rule.get("count")
        while d <= dt.date(2027, 12, 31):
            if self._matches(d):
                occ = d if self.allday else dt.datetime.combine(d, self.start.time())
                if until is not None and (occ if self.allday else to_utc(occ, self.tz)) > until:
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
                    s, e = to_utc(o.start, self.tz), to_utc(o.end, self.end_tz)
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
    if FLAVOUR == "google" and "tz" not in kw and len(start) > 10:
        kw.setdefault("utc", True)      # Google writes single timed events in UTC
    return Event(title, level, cat, start, end, **kw)


def W(byday, **kw):
    return dict(freq="WEEKLY", byday=byday if isinstance(byday, list) else [byday], **kw)


def M(byday, **kw):
    return dict(freq="MONTHLY", byday=[byday], **kw)


def D(**kw):
    return dict(freq="DAILY", **kw)


# ---- writer ----------------------------------------------------------------------------------

def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def q(v):
    return f'"{v}"' if any(c in v for c in ';:,') else v


def fold(line):
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur, limit = b"", 74
        cur += b
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def fmt_utc(t):
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def tzid(name):
    return WINDOWS_TZ[name] if FLAVOUR == "outlook" else name


def dtprop(name, value, tz, utc, allday):
    if allday:
        return f"{name};VALUE=DATE:{value.strftime('%Y%m%d')}"
    if utc:
        return f"{name}:{fmt_utc(to_utc(value, tz))}"
    return f"{name};TZID={q(tzid(tz))}:{value.strftime('%Y%m%dT%H%M%S')}"


def vtimezone(name):
    so, do, sn, dn, dday, dmon, sday, smon = TZ_RULES[name]
    if FLAVOUR == "outlook":
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid(name)}",
                "BEGIN:STANDARD", "DTSTART:16010101T020000",
                f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"RRULE:FREQ=YEARLY;BYDAY={sday};BYMONTH={smon}",
                "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{so}",
                f"TZOFFSETTO:{do}", f"RRULE:FREQ=YEARLY;BYDAY={dday};BYMONTH={dmon}", "END:DAYLIGHT",
                "END:VTIMEZONE"]
    if FLAVOUR == "apple":
        return ["BEGIN:VTIMEZONE", f"TZID:{name}",
                "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"RRULE:FREQ=YEARLY;BYMONTH={dmon};BYDAY={dday}",
                "DTSTART:20070311T020000" if dmon == 3 and dday == "2SU" else "DTSTART:19810329T010000",
                f"TZNAME:{dn}", f"TZOFFSETTO:{do}", "END:DAYLIGHT",
                "BEGIN:STANDARD", f"TZOFFSETFROM:{do}", f"RRULE:FREQ=YEARLY;BYMONTH={smon};BYDAY={sday}",
                "DTSTART:20071104T020000" if smon == 11 else "DTSTART:19961027T020000",
                f"TZNAME:{sn}", f"TZOFFSETTO:{so}", "END:STANDARD", "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{name}", f"X-LIC-LOCATION:{name}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"TZNAME:{dn}",
            "DTSTART:19700308T020000" if dmon == 3 and dday == "2SU" else "DTSTART:19700329T010000",
            f"RRULE:FREQ=YEARLY;BYMONTH={dmon};BYDAY={dday}", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"TZNAME:{sn}",
            "DTSTART:19701101T020000" if smon == 11 else "DTSTART:19701025T020000",
            f"RRULE:FREQ=YEARLY;BYMONTH={smon};BYDAY={sday}", "END:STANDARD", "END:VTIMEZONE"]


def other_partstat():
    return RNG.choices(["ACCEPTED", "NEEDS-ACTION", "TENTATIVE", "DECLINED"], [80, 12, 5, 3])[0]


def person_line(key, partstat, role="REQ-PARTICIPANT"):
    cn, email = PEOPLE[key][0], PEOPLE[key][1]
    if FLAVOUR == "google":
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};CN={q(cn)};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    if FLAVOUR == "outlook":
        return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={q(cn)}:mailto:{email}"
    return (f'ATTENDEE;CN="{cn}";CUTYPE=INDIVIDUAL;EMAIL="{email}";PARTSTAT={partstat};'
            f"ROLE={role}:mailto:{email}")


def group_line(g):
    cn, email = GROUPS[g]
    if FLAVOUR == "apple":
        return f'ATTENDEE;CN="{cn}";CUTYPE=GROUP;EMAIL="{email}";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{email}'
    return (f"ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={q(cn)}"
            + (";X-NUM-GUESTS=0" if FLAVOUR == "google" else "") + f":mailto:{email}")


def room_line(r):
    cn, email = ROOMS[r]
    if FLAVOUR == "apple":
        return f'ATTENDEE;CN="{cn}";CUTYPE=ROOM;EMAIL="{email}";PARTSTAT=ACCEPTED;ROLE=NON-PARTICIPANT:mailto:{email}'
    if FLAVOUR == "outlook":
        return f"ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={q(cn)}:mailto:{email}"
    return (f"ATTENDEE;CUTYPE=ROOM;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={q(cn)};"
            f"X-NUM-GUESTS=0:mailto:{email}")


def first_start_utc(ev):
    occ = ev.occurrence_starts()[0] if ev.rule else ev.start
    if ev.allday:
        return to_utc(dt.datetime.combine(occ, dt.time()), HOME_TZ)
    return to_utc(occ, ev.tz)


def attendee_lines(ev, me_partstat, add=()):
    if ev.solo:
        return []
    lines, seen_me = [], False
    for key, ps in ev.att + [(k, None) for k in add]:
        if key == ME:
            seen_me = True
            lines.append(person_line(key, me_partstat, ev.role))
        elif key == ev.org:
            lines.append(person_line(key, "ACCEPTED"))
        else:
            lines.append(person_line(key, ps or ev._ps.setdefault(key, other_partstat())))
    if not seen_me:
        lines.append(person_line(ME, me_partstat, ev.role))
    lines += [group_line(g) for g in ev.groups] + [room_line(r) for r in ev.rooms]
    return lines


def conference_text(ev):
    c = ev.conf
    if FLAVOUR == "google":
        code = f"{c[:3]}-{c[3:7]}-{c[7:10]}"
        return ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                f"Join with Google Meet: https://meet.google.com/{code}\n\n"
                "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                "Please do not edit this section.\n"
                "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    if FLAVOUR == "outlook":
        mid = " ".join(str(RNG.randint(100, 999)) for _ in range(4))
        return ("________________________________________________________________________________\n"
                "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{c}%40thread.v2/0>\n"
                f"Meeting ID: {mid}\nPasscode: {c[:6]}\n"
                "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
                "________________________________________________________________________________")
    return f"Join Zoom Meeting\nhttps://{DOMAIN.split('.')[0]}.zoom.example/j/{RNG.randint(80000000000, 99999999999)}"


def vevent_lines(ev):
    ev._ps = {}
    created = first_start_utc(ev) - dt.timedelta(days=RNG.randint(3, 24), minutes=RNG.randint(0, 600))
    created = created.replace(second=RNG.randint(0, 59))
    modified = min(created + dt.timedelta(minutes=RNG.randint(1, 4000)), DTSTAMP_DT - dt.timedelta(hours=1))
    if ev.exdates or ev.overrides or (ev.rule and ev.rule.get("until")):
        modified = max(modified, min(DTSTAMP_DT - dt.timedelta(hours=2),
                                     created + dt.timedelta(days=RNG.randint(20, 90))))
    org_cn, org_email = PEOPLE[ev.org][0], PEOPLE[ev.org][1]
    loc = ev.loc or "; ".join(ROOMS[r][0] for r in ev.rooms)
    conf = conference_text(ev) if ev.conf else ""
    alarm = FLAVOUR == "apple" and not ev.allday and RNG.random() < 0.5

    def body(start, end, me, rid=None, status=None, title=None, desc=None, loc_=None, seq=0, mod=modified, add=()):
        status = status or ev.status
        title = title or ev.title
        if FLAVOUR == "outlook" and status == "CANCELLED" and not title.startswith("Canceled: "):
            title = "Canceled: " + title
        d = desc if desc is not None else ev.desc
        if conf:
            d = (d + "\n\n" if d else "") + conf
        L = []
        if FLAVOUR == "outlook":
            L.append("CLASS:" + ("PRIVATE" if ev.private else "PUBLIC"))
            L.append(f"CREATED:{fmt_utc(created)}")
            L.append("DESCRIPTION:" + esc(d))
            L.append(dtprop("DTEND", end, ev.end_tz, ev.utc, ev.allday))
            L.append(f"DTSTAMP:{DTSTAMP}")
            L.append(dtprop("DTSTART", start, ev.tz, ev.utc, ev.allday))
            if rid is None and ev.rule:
                for x in ev.exdates:
                    L.append(dtprop("EXDATE", x, ev.tz, ev.utc, ev.allday))
            L.append(f"LAST-MODIFIED:{fmt_utc(mod)}")
            L.append("LOCATION:" + esc(loc_ if loc_ is not None else loc))
            if not ev.solo:
                L.append(f"ORGANIZER;CN={q(org_cn)}:mailto:{org_email}")
                L.extend(attendee_lines(ev, me, add))
            L.append("PRIORITY:5")
            if rid is not None:
                L.append(dtprop("RECURRENCE-ID", rid, ev.tz, ev.utc, ev.allday))
            if rid is None and ev.rule:
                L.append("RRULE:" + ev.rrule_text())
            L.append(f"SEQUENCE:{seq}")
            L.append(f"STATUS:{status}")
            L.append("SUMMARY;LANGUAGE=en-us:" + esc(title))
            L.append(f"TRANSP:{ev.transp}")
            L.append(f"UID:{ev.uid}")
            busy = "FREE" if ev.transp == "TRANSPARENT" else ("OOF" if ev.cat == "ooo" else "BUSY")
            L.append(f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}")
            L.append("X-MICROSOFT-CDO-IMPORTANCE:1")
            L.append("X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if ev.allday else "FALSE"))
            L.append("X-MICROSOFT-DISALLOW-COUNTER:FALSE")
            L.append("X-MS-OLK-CONFTYPE:0")
            if ev.conf:
                L.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{ev.conf}%40thread.v2/0")
        elif FLAVOUR == "apple":
            L.append(f"CREATED:{fmt_utc(created)}")
            if d:
                L.append("DESCRIPTION:" + esc(d))
            L.append(dtprop("DTEND", end, ev.end_tz, ev.utc, ev.allday))
            L.append(f"DTSTAMP:{DTSTAMP}")
            L.append(dtprop("DTSTART", start, ev.tz, ev.utc, ev.allday))
            if rid is None and ev.rule:
                for x in ev.exdates:
                    L.append(dtprop("EXDATE", x, ev.tz, ev.utc, ev.allday))
            L.append(f"LAST-MODIFIED:{fmt_utc(mod)}")
            lo = loc_ if loc_ is not None else loc
            if lo:
                L.append("LOCATION:" + esc(lo))
            if not ev.solo:
                L.append(f'ORGANIZER;CN="{org_cn}";EMAIL="{org_email}":mailto:{org_email}')
                L.extend(attendee_lines(ev, me, add))
            if rid is not None:
                L.append(dtprop("RECURRENCE-ID", rid, ev.tz, ev.utc, ev.allday))
            if rid is None and ev.rule:
                L.append("RRULE:" + ev.rrule_text())
            L.append(f"SEQUENCE:{seq}")
            if status != "CONFIRMED" or not ev.solo:
                L.append(f"STATUS:{status}")
            L.append("SUMMARY:" + esc(title))
            L.append(f"TRANSP:{ev.transp}")
            L.append(f"UID:{ev.uid}")
            L.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
            if alarm:
                L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT10M",
                      f"UID:{ev.uid[:8]}-A{seq}", f"X-WR-ALARMUID:{ev.uid[:8]}-A{seq}", "END:VALARM"]
        else:
            L.append(dtprop("DTSTART", start, ev.tz, ev.utc, ev.allday))
            L.append(dtprop("DTEND", end, ev.end_tz, ev.utc, ev.allday))
            if rid is None and ev.rule:
                L.append("RRULE:" + ev.rrule_text())
                for x in ev.exdates:
                    L.append(dtprop("EXDATE", x, ev.tz, ev.utc, ev.allday))
            L.append(f"DTSTAMP:{DTSTAMP}")
            L.append(f"ORGANIZER;CN={q(org_cn)}:mailto:{org_email}")
            L.append(f"UID:{ev.uid}")
            L.extend(attendee_lines(ev, me, add))
            if rid is not None:
                L.append(dtprop("RECURRENCE-ID", rid, ev.tz, ev.utc, ev.allday))
            if ev.conf:
                c = ev.conf
                L.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{c[:3]}-{c[3:7]}-{c[7:10]}")
            L.append(f"CREATED:{fmt_utc(created)}")
            L.append("DESCRIPTION:" + esc(d))
            L.append(f"LAST-MODIFIED:{fmt_utc(mod)}")
            L.append("LOCATION:" + esc(loc_ if loc_ is not None else loc))
            L.append(f"SEQUENCE:{seq}")
            L.append(f"STATUS:{status}")
            L.append("SUMMARY:" + esc(title))
            L.append(f"TRANSP:{ev.transp}")
        return ["BEGIN:VEVENT"] + L + ["END:VEVENT"]

    lines = body(ev.start, ev.end, ev.me, seq=1 if ev.status == "CANCELLED" else 0)
    dur = ev.exact_duration()
    for o in ev.overrides:
        if o.start is not None:
            s, e = o.start, o.end
        else:
            s = o.rid
            e = (to_utc(o.rid, ev.tz) + dur).astimezone(zone(ev.end_tz)).replace(tzinfo=None)
        mod = max(created + dt.timedelta(minutes=5),
                  to_utc(o.rid, ev.tz) - dt.timedelta(days=RNG.randint(1, 6), minutes=RNG.randint(0, 500)))
        mod = min(mod, DTSTAMP_DT - dt.timedelta(hours=1))
        lines += body(s, e, o.me or ev.me, rid=o.rid, status=o.status, title=o.title, desc=o.desc,
                      loc_=o.loc, seq=1, mod=mod, add=o.add)
    return lines


def build_ics():
    blocks = [vevent_lines(ev) for ev in EVENTS]
    RNG.shuffle(blocks)
    used = sorted({ev.tz for ev in EVENTS if not ev.utc and not ev.allday}
                  | {ev.end_tz for ev in EVENTS if not ev.utc and not ev.allday})
    used = [HOME_TZ] + [t for t in used if t != HOME_TZ]
    if FLAVOUR == "google":
        head = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{PEOPLE[ME][1]}",
                f"X-WR-TIMEZONE:{HOME_TZ}"]
    elif FLAVOUR == "outlook":
        head = ["BEGIN:VCALENDAR", "METHOD:PUBLISH", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
                "X-WR-CALNAME:Calendar"]
    else:
        head = ["BEGIN:VCALENDAR", "METHOD:PUBLISH", "VERSION:2.0", "X-WR-CALNAME:Work",
                "PRODID:-//Apple Inc.//macOS 15.3.1//EN", f"X-APPLE-CALENDAR-COLOR:#1BADF8",
                f"X-WR-TIMEZONE:{HOME_TZ}", "CALSCALE:GREGORIAN"]
    lines = list(head)
    for t in used:
        lines += vtimezone(t)
    for b in blocks:
        lines += b
    lines.append("END:VCALENDAR")
    return "".join(fold(x) + "\r\n" for x in lines)


# ---- truth -----------------------------------------------------------------------------------

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
    d = inst["start"] if inst["allday"] else inst["start"].astimezone(zone(HOME_TZ)).date()
    return d.isocalendar()[:2]


def truth_rows():
    rows = []
    for ev in EVENTS:
        rows.append((first_start_utc(ev), ev.uid, ev.level, ev.cat, ev.title))
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
    stats = {}
    d = SPAN_START
    while d < SPAN_END:
        stats[d.isocalendar()[:2]] = dict(monday=d, n=0, hours=0.0, lv={l: 0.0 for l in LEVELS},
                                          excluded=0.0, notcounted=0.0)
        d += dt.timedelta(days=7)
    leader = LEVELS.index(LEADER_LEVEL)
    for inst in all_instances():
        if not in_span(inst) or inst["allday"]:
            continue
        s = stats.get(local_week(inst))
        if s is None:
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


def table_markdown(rows):
    out = ["| week | Monday | meetings | hours | ic | manager | director | vp | executive "
           "| below | at | above | below share | excluded h | declined/cancelled h |", "|" + "---|" * 15]
    f = lambda x: f"{x:.2f}"
    for r in rows:
        out.append("| " + " | ".join([r["week"], r["monday"], str(r["n"]), f(r["hours"])]
                                     + [f(r["lv"][l]) for l in LEVELS]
                                     + [f(r["below"]), f(r["at"]), f(r["above"]), f"{100 * r['share']:.1f}%",
                                        f(r["excluded"]), f(r["notcounted"])]) + " |")
    shares = [r["share"] for r in rows]
    hours = [r["hours"] for r in rows]
    out.append("")
    out.append(f"Below share over the {len(rows)} weeks: min {100 * min(shares):.1f}%, "
               f"mean {100 * sum(shares) / len(shares):.1f}%, max {100 * max(shares):.1f}%. "
               f"Pooled: {100 * sum(r['below'] for r in rows) / sum(hours):.1f}%. "
               f"Meeting hours per week: min {min(hours):.2f}, mean {sum(hours) / len(hours):.2f}, "
               f"max {max(hours):.2f}.")
    return "\n".join(out)


def counts_summary():
    insts = [i for i in all_instances() if in_span(i)]
    tot = {l: 0.0 for l in LEVELS}
    for i in insts:
        if counted(i):
            tot[i["level"]] += (i["end"] - i["start"]).total_seconds() / 3600
    return dict(
        n_vevents=sum(1 + len(ev.overrides) for ev in EVENTS), n_uids=len(EVENTS),
        n_series=sum(1 for ev in EVENTS if ev.rule), n_overrides=sum(len(ev.overrides) for ev in EVENTS),
        n_instances=len(insts), n_counted=sum(1 for i in insts if counted(i)),
        hours_counted=f"{sum(tot.values()):.2f}",
        level_hours=", ".join(f"{l} {tot[l]:.2f} h" for l in LEVELS),
        n_allday=sum(1 for i in insts if i["allday"]),
        n_declined=sum(1 for i in insts if i["me"] == "DECLINED"),
        n_cancelled=sum(1 for i in insts if i["status"] == "CANCELLED"),
        n_excluded_timed=sum(1 for i in insts if not i["allday"] and i["level"] == "excluded"),
        n_people=len(ORG) if ORG else 0,
    )


def org_csv():
    if not ORG:
        return None
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["email", "name", "manager_email"])
    for key in ORG:
        name, email = PEOPLE[key][0], PEOPLE[key][1]
        boss = MANAGER_OF.get(key)
        w.writerow([email, name, PEOPLE[boss][1] if boss else ""])
    return buf.getvalue()


def check_consistency(ics_text, truth_keys):
    uids, in_alarm = set(), False
    for line in ics_text.replace("\r\n ", "").split("\r\n"):
        in_alarm = (in_alarm or line == "BEGIN:VALARM") and line != "END:VALARM"
        if line.startswith("UID:") and not in_alarm:
            uids.add(line[4:])
    plain = [k for k in truth_keys if "|" not in k]
    assert len(plain) == len(set(plain)), "duplicate truth row"
    assert uids == set(plain), ("UIDs without truth rows", sorted(uids - set(plain)),
                                "truth rows without UIDs", sorted(set(plain) - uids))
    rids = {ev.rid_utc_key(o) for ev in EVENTS for o in ev.overrides}
    for k in truth_keys:
        if "|" in k:
            assert k in rids, ("truth key is not an override", k)
    assert len({ev.uid for ev in EVENTS}) == len(EVENTS), "UID collision"
    for ev in EVENTS:   # an organizer cancels an occurrence of her own meeting; she cannot decline it
        if ev.org == ME:
            assert ev.me != "DECLINED" and all(o.me != "DECLINED" for o in ev.overrides), ev.title
    for line in ics_text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75, line
    if ORG:
        in_chart = {PEOPLE[k][1] for k in ORG}
        assert 120 <= len(ORG) <= 300, len(ORG)
        assert len(in_chart) == len(ORG), "duplicate email in the org chart"
        for ev in EVENTS:
            for k in [ev.org] + [a for a, _ in ev.att] + [a for o in ev.overrides for a in o.add]:
                email = PEOPLE[k][1]
                if email.endswith("@" + DOMAIN):
                    assert email in in_chart, ("company attendee missing from org.csv", email, ev.title)
        for k in ORG:
            boss = MANAGER_OF.get(k)
            assert boss is None or boss in ORG, (k, boss)


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
    ics = build_ics()
    truth, keys = truth_rows()
    check_consistency(ics, keys)
    rows = weekly_table()
    table = table_markdown(rows)
    counts = counts_summary()
    readme = README
    for k, v in counts.items():
        readme = readme.replace("@@" + k + "@@", str(v))
    readme = readme.replace("@@table@@", table)
    assert "@@" not in readme
    files = [("calendar.ics", ics), ("truth.csv", truth), ("profile.yaml", PROFILE), ("README.md", readme)]
    if ORG:
        files.append(("org.csv", org_csv()))
    for name, text in files:
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    if "--quiet" not in argv:
        print(table)
        print(counts)



def x(day, hm, mins, title, level, cat, att="", **kw):
    """A one-off: day 'YYYY-MM-DD', start 'HH:MM', length in minutes, attendees as 'a b c'."""
    s = dt.datetime.strptime(f"{day} {hm}", "%Y-%m-%d %H:%M")
    e = s + dt.timedelta(minutes=mins)
    return once(title, level, cat, s.strftime("%Y-%m-%d %H:%M"), e.strftime("%Y-%m-%d %H:%M"),
                att=att.split() if isinstance(att, str) else att, **kw)


def allday(day, days, title, cat="ooo", **kw):
    d = dt.date.fromisoformat(day)
    return Event(title, "excluded", cat, day, (d + dt.timedelta(days=days)).isoformat(), **kw)
ROOMS = {k: (cn, f"{k}@{DOMAIN}") for k, cn in [
    ("hq-board", "HQ Boardroom (16)"), ("hq-ops", "HQ Ops Conf Rm 3 (8)"), ("dec-conf", "Decatur Main Conf Rm (12)"),
    ("dec-floor", "Decatur Production Office"), ("fw-conf", "Fort Wayne Training Rm (30)")]}

# ============================================================================================
# Recurring series (Central time; the Fort Wayne and Greenville plants run on Eastern)
# ============================================================================================
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
_e = lambda k: PEOPLE[k][1]
PROFILE = (
    "# Leader profile for this development calendar (written by generate.py)\n"
    f"name: {PEOPLE['denise'][0]}\n"
    f"email: {_e('denise')}\n"
    "aliases: [dwalker@ridgeway.example]\n"
    "level: vp\n"
    "function: operations\n"
    "timezone: America/Chicago\n"
    "promoted: 2025-12-01\n"
    f"organization: [{DOMAIN}]\n"
    f"manager: {_e('ceo')}\n"
    f"directs: [{', '.join(_e(k) for k in ['mike', 'aisha', 'tom', 'lisa', 'raj', 'helen', 'greg'])}]\n"
    f"peers: [{', '.join(_e(k) for k in ['cfo', 'vpsales', 'vpeng', 'chro', 'gc'])}]\n"
    'working_hours: {start: "07:00", end: "16:30", days: [mon, tue, wed, thu, fri]}\n'
    "target: 0.25\n"
    "org_chart: org.csv\n"
)

README = r'''# Development calendar: a VP Operations at a three-plant manufacturer (Outlook export)

A hand-labelled **development** calendar: rule authors may read it and tune the rules against it.
It was written independently of the rules (no file under `Rules/`, `Sources/`, `SampleData/` or
`Tests/Holdout/` was read) from the altitude model in `/work/shared/PRODUCT.md` and a coach's
judgement of the work done in each meeting.

## Files

| file | what it is |
|---|---|
| `generate.py` | writes every other file, byte-identically (stdlib only, fixed seed, `DTSTAMP:20260601T130000Z`); asserts that calendar UIDs and truth keys match, lines fit 75 octets, and every company attendee is in `org.csv`. `--instances` prints the expanded instance set. |
| `calendar.ics` | Exchange/Outlook export (`PRODID:Microsoft Exchange Server 2010`, Windows zone names `Central Standard Time` / `Eastern Standard Time` with their own VTIMEZONEs, `SUMMARY;LANGUAGE=en-us`, `X-MICROSOFT-CDO-*`, Teams blocks, long hex UIDs, `Canceled:` titles, rooms as `CUTYPE=RESOURCE`). |
| `truth.csv` | `key,level,category,title`: one row per UID, plus `UID|RECURRENCE-ID` (UTC) rows for overrides that change what the meeting is. |
| `org.csv` | `email,name,manager_email`: @@n_people@@ people: the CEO and executive team, the leader, her directs, plant and function managers, supervisors, team leads and operators, and people elsewhere in the company. |
| `profile.yaml` | the leader (`level: vp`, `function: operations`, `org_chart: org.csv`). |

Span: 13 ISO weeks, 2026-W10 to 2026-W22 (Monday 2 March to Sunday 31 May 2026, America/Chicago).
Evaluate with `--from 2026-03-02 --to 2026-06-01`.

Size: @@n_vevents@@ VEVENTs (@@n_uids@@ UIDs, @@n_series@@ recurring series, @@n_overrides@@ overrides),
@@n_instances@@ instances in the span, of which @@n_counted@@ are counted meetings totalling @@hours_counted@@ hours
(@@level_hours@@). Not counted: @@n_allday@@ all-day instances, @@n_excluded_timed@@ timed `excluded` instances,
@@n_declined@@ declined and @@n_cancelled@@ cancelled instances.

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

## How the truth is counted

An instance is counted when it is timed, not cancelled, not declined by her, and not `excluded`;
tentative and unanswered meetings count. Weeks are ISO weeks in America/Chicago.

## Weekly truth

@@table@@
'''


if __name__ == "__main__":
    main(sys.argv[1:])
