"""The engine shared by the development calendars' generate.py scripts.

Events, recurrence expansion, the iCalendar writer (Google, Outlook/Exchange and Apple/iCloud
flavours), truth.csv, the weekly truth table, the truth/UID consistency checks and file writing.
Each generate.py keeps only what is its leader's own: the people, rooms, series, one-offs, labels,
profile and README, and the export flavour as a parameter. Python 3.9+ standard library only;
every output depends only on the seed and the calls made, so the files come out byte-identical.

    cal = Calendar(seed=..., flavour="google", home_tz=..., dtstamp=..., span_start=..., span_end=...,
                   leader_level=..., domain=..., me=...)
    cal.person(...); cal.filler(...)      # or cal.people.update({...}) without an org chart
    cal.groups = {...}; cal.rooms = {...}
    cal.series(...); cal.x(...); cal.allday(...)
    cal.main(sys.argv[1:], __file__, cal.profile(...), readme)
"""
import csv
import datetime as dt
import io
import os
import random
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc
ZONES = {}
LEVELS = ["ic", "manager", "director", "vp", "executive"]
WD = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

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


def parse_local(s):
    if len(s) == 10:
        return dt.date.fromisoformat(s)
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def to_utc(naive, tzname):
    return naive.replace(tzinfo=zone(tzname)).astimezone(UTC)


# ---- made-up names for the org chart ---------------------------------------------------------------

FIRST_NAMES = ["James", "Maria", "Kevin", "Tanya", "Luis", "Brenda", "Andre", "Kim", "Scott", "Rhonda", "Jamal",
               "Erin", "Carlos", "Dawn", "Trevor", "Shonda", "Miguel", "Heather", "Darnell", "Amy", "Cody", "Latoya",
               "Jesse", "Crystal", "Ray", "Nicole", "Duane", "Priscilla", "Hector", "Megan", "Wade", "Keisha",
               "Travis", "Gina", "Marcus", "Holly", "Terrell", "Renee", "Juan", "Stacy", "Kyle", "Monique",
               "Brandon", "Tina", "Ahmed", "Rosa", "Derek", "Paula", "Victor", "Lindsey", "Hugo", "Yvonne",
               "Calvin", "Joy", "Dustin", "Alma"]
LAST_NAMES = ["Miller", "Johnson", "Kowalczyk", "Hernandez", "Brooks", "Schmidt", "Washington", "Nguyen", "Fischer",
              "Coleman", "Yoder", "Ramirez", "Barnes", "Hoffman", "Jenkins", "Mendoza", "Price", "Sutton", "Okoye",
              "Larson", "Dunn", "Castillo", "Harmon", "Vega", "Bishop", "Ortega", "Pruitt", "Sandoval", "Wolfe",
              "Baxter", "Tran", "Kessler", "Gibbs", "Molina", "Stroud", "Avery", "Lindgren", "Pham", "Boone",
              "Ibarra"]


# ---- events and recurrence ---------------------------------------------------------------------

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


def W(byday, **kw):
    return dict(freq="WEEKLY", byday=byday if isinstance(byday, list) else [byday], **kw)


def M(byday, **kw):
    return dict(freq="MONTHLY", byday=[byday], **kw)


def D(**kw):
    return dict(freq="DAILY", **kw)


class Event:
    def __init__(self, cal, title, level, cat, start, end, *, rule=None, org=None, att=(), me="ACCEPTED",
                 role="REQ-PARTICIPANT", tz=None, end_tz=None, utc=False, exdates=(), overrides=(),
                 loc="", desc="", online=None, transp=None, status="CONFIRMED", rooms=(), groups=(),
                 private=False):
        self.uid = cal.new_uid()
        self.title, self.level, self.cat = title, level, cat
        self.start, self.end = parse_local(start), parse_local(end)
        self.allday = isinstance(self.start, dt.date) and not isinstance(self.start, dt.datetime)
        self.rule = rule
        self.att = [a if isinstance(a, tuple) else (a, None) for a in att]
        self.org = org or cal.me
        self.me, self.role = me, role
        self.tz = tz or cal.home_tz
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
        self.conf = cal.b32(10, "abcdefghijklmnopqrstuvwxyz") if self.online else None
        assert level in LEVELS + ["excluded"], level
        for k, _ in self.att:
            assert k in cal.people, k
        assert self.org in cal.people, self.org
        cal.events.append(self)

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


# ---- iCalendar text ----------------------------------------------------------------------------

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


# ---- truth -------------------------------------------------------------------------------------

def counted(inst):
    return (not inst["allday"] and inst["status"] != "CANCELLED" and inst["me"] != "DECLINED"
            and inst["level"] != "excluded")


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


# ---- README.md: the parts every development calendar's README shares ---------------------------

README_ABOUT = """A hand-labelled **development** calendar: rule authors may read it and tune the rules against it.
It was written independently of the rules (no file under `Rules/`, `Sources/`, `SampleData/` or
`Tests/Holdout/` was read) from the altitude model in `/work/shared/PRODUCT.md` and a coach's
judgement of the work done in each meeting.

## Files

| file | what it is |
|---|---|"""

README_SIZE = """Size: @@n_vevents@@ VEVENTs (@@n_uids@@ UIDs, @@n_series@@ recurring series, @@n_overrides@@ overrides),
@@n_instances@@ instances in the span, of which @@n_counted@@ are counted meetings totalling @@hours_counted@@ hours
(@@level_hours@@). Not counted: @@n_allday@@ all-day instances, @@n_excluded_timed@@ timed `excluded` instances,
@@n_declined@@ declined and @@n_cancelled@@ cancelled instances."""

README_FIRST_PASS = """## First pass

Scored once, as written, with the rules as they stood (the binary built at `@@commit@@`), before any
rule was tuned against this calendar:

```sh
.venv/bin/python scripts/evaluate.py --altitude /work/bin/altitude-@@commit@@ \\
    --data Tests/Development/@@folder@@ --from @@from@@ --to @@to@@
```

Mean weekly gap **@@gap@@ points**, **@@unclassified@@** of @@meeting_hours@@ meeting hours unclassified (goals: under 5
points, under 10%).

@@weeks@@

Where the hours went (truth level → Altitude's level), the largest lines:

```
@@flows@@
```

@@note@@
"""


def first_pass_text(folder, span_start, span_end, commit, evaluation, note):
    """README_FIRST_PASS filled in from what `scripts/evaluate.py` printed for the calendar (`evaluation`,
    kept verbatim in its generate.py, so the README shows the score it had before any rule was tuned
    against it): the weekly table, the mean gap, the unclassified share, and the ten largest lines of
    where the hours went; `note` says in words where the gap comes from."""
    lines = evaluation.strip("\n").splitlines()
    weeks = ["| week | truth | Altitude | gap (points) |", "|---|---|---|---|"]
    weeks += ["| " + " | ".join(line.split()) + " |" for line in lines if line.startswith(f"{span_start.year}-W")]
    gap = next(line for line in lines if line.startswith("mean below-share gap:")).split()[3]
    unclassified = next(line for line in lines if line.startswith("unclassified:")).split()
    flows = [line for line in lines if " -> " in line and not line.startswith("hours by")][:10]
    values = dict(commit=commit, folder=folder, gap=gap, unclassified=unclassified[1], meeting_hours=unclassified[3],
                  weeks="\n".join(weeks), flows="\n".join(flows), note=note.strip("\n"),
                  **{"from": span_start.isoformat(), "to": span_end.isoformat()})
    text = README_FIRST_PASS
    for k, v in values.items():
        text = text.replace("@@" + k + "@@", v)
    return text


README_COUNTING = """## How the truth is counted

An instance is counted when it is timed, not cancelled, not declined by her, and not `excluded`;
tentative and unanswered meetings count. Weeks are ISO weeks in @@home_tz@@.

## Weekly truth

@@table@@"""


# ---- the calendar ------------------------------------------------------------------------------

class Calendar:
    """One leader's calendar: the people, groups and rooms it names, its events, its random stream
    and its export flavour ("google", "outlook" or "apple").

    people: key -> (name, email); those person() gives an address in the company's domain form the
    org chart (org: keys in order; manager_of: key -> manager's key); groups and rooms: key -> (name,
    email). They are filled in by the generator before the events that name them."""

    def __init__(self, *, seed, flavour, home_tz, dtstamp, span_start, span_end, leader_level, domain, me):
        assert flavour in ("google", "outlook", "apple"), flavour
        self.flavour, self.home_tz, self.dtstamp = flavour, home_tz, dtstamp
        self.span_start, self.span_end, self.leader_level = span_start, span_end, leader_level
        self.domain, self.me = domain, me
        self.people, self.org, self.manager_of, self.groups, self.rooms = {}, [], {}, {}, {}
        self.rng = random.Random(seed)
        self.dtstamp_dt = dt.datetime.strptime(dtstamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        self.events = []
        self._name_rng = random.Random(seed + 1)    # made-up names: a stream of their own
        self._used_names = set()

    # ---- people and the org chart

    def person(self, key, name, manager, email=None):
        if email is None:
            first, last = name.split(" ", 1)
            local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
            email = f"{local}@{self.domain}"
        assert key not in self.people, key
        self.people[key] = (name, email)
        self._used_names.add(name)
        if email.endswith("@" + self.domain):
            self.org.append(key)
            if manager:
                self.manager_of[key] = manager
        return key

    def filler(self, prefix, n, manager):
        keys = []
        for i in range(n):
            while True:
                name = f"{self._name_rng.choice(FIRST_NAMES)} {self._name_rng.choice(LAST_NAMES)}"
                if name not in self._used_names:
                    break
            keys.append(self.person(f"{prefix}{i + 1}", name, manager))
        return keys

    def profile(self, *, aliases, function, promoted, manager, directs, peers, hours, target, kind="development"):
        """profile.yaml; manager, directs and peers are people's keys, hours (start, end) on weekdays.
        function None leaves the key out (no pack fits the leader); kind names the calendar in the header."""
        e = lambda k: self.people[k][1]
        return (
            f"# Leader profile for this {kind} calendar (written by generate.py)\n"
            f"name: {self.people[self.me][0]}\n"
            f"email: {e(self.me)}\n"
            f"aliases: [{aliases}]\n"
            f"level: {self.leader_level}\n"
            + (f"function: {function}\n" if function else "")
            + f"timezone: {self.home_tz}\n"
            f"promoted: {promoted}\n"
            f"organization: [{self.domain}]\n"
            f"manager: {e(manager)}\n"
            f"directs: [{', '.join(e(k) for k in directs)}]\n"
            f"peers: [{', '.join(e(k) for k in peers)}]\n"
            f'working_hours: {{start: "{hours[0]}", end: "{hours[1]}", days: [mon, tue, wed, thu, fri]}}\n'
            f"target: {target}\n"
            + ("org_chart: org.csv\n" if self.org else "")
        )

    # ---- random identifiers

    def hex(self, n):
        return "".join(self.rng.choice("0123456789ABCDEF") for _ in range(n))

    def b32(self, n, alphabet="0123456789abcdefghijklmnopqrstuv"):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def new_uid(self):
        if self.flavour == "google":
            return self.b32(26) + "@google.com"
        if self.flavour == "outlook":
            return ("040000008200E00074C5B7101A82E00800000000" + self.hex(16) + "000000000000000010000000"
                    + self.hex(32))
        return f"{self.hex(8)}-{self.hex(4)}-{self.hex(4)}-{self.hex(4)}-{self.hex(12)}"

    # ---- adding events

    def series(self, title, level, cat, start, end, rule, **kw):
        return Event(self, title, level, cat, start, end, rule=rule, **kw)

    def once(self, title, level, cat, start, end, **kw):
        if self.flavour == "google" and "tz" not in kw and len(start) > 10:
            kw.setdefault("utc", True)      # Google writes single timed events in UTC
        return Event(self, title, level, cat, start, end, **kw)

    def x(self, day, hm, mins, title, level, cat, att="", **kw):
        """A one-off: day 'YYYY-MM-DD', start 'HH:MM', length in minutes, attendees as 'a b c'."""
        s = dt.datetime.strptime(f"{day} {hm}", "%Y-%m-%d %H:%M")
        e = s + dt.timedelta(minutes=mins)
        return self.once(title, level, cat, s.strftime("%Y-%m-%d %H:%M"), e.strftime("%Y-%m-%d %H:%M"),
                         att=att.split() if isinstance(att, str) else att, **kw)

    def allday(self, day, days, title, cat="ooo", **kw):
        d = dt.date.fromisoformat(day)
        return Event(self, title, "excluded", cat, day, (d + dt.timedelta(days=days)).isoformat(), **kw)

    # ---- writer

    def tzid(self, name):
        return WINDOWS_TZ[name] if self.flavour == "outlook" else name

    def dtprop(self, name, value, tz, utc, allday):
        if allday:
            return f"{name};VALUE=DATE:{value.strftime('%Y%m%d')}"
        if utc:
            return f"{name}:{fmt_utc(to_utc(value, tz))}"
        return f"{name};TZID={q(self.tzid(tz))}:{value.strftime('%Y%m%dT%H%M%S')}"

    def vtimezone(self, name):
        so, do, sn, dn, dday, dmon, sday, smon = TZ_RULES[name]
        if self.flavour == "outlook":
            return ["BEGIN:VTIMEZONE", f"TZID:{self.tzid(name)}",
                    "BEGIN:STANDARD", "DTSTART:16010101T020000",
                    f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"RRULE:FREQ=YEARLY;BYDAY={sday};BYMONTH={smon}",
                    "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{so}",
                    f"TZOFFSETTO:{do}", f"RRULE:FREQ=YEARLY;BYDAY={dday};BYMONTH={dmon}", "END:DAYLIGHT",
                    "END:VTIMEZONE"]
        if self.flavour == "apple":
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

    def other_partstat(self):
        return self.rng.choices(["ACCEPTED", "NEEDS-ACTION", "TENTATIVE", "DECLINED"], [80, 12, 5, 3])[0]

    def person_line(self, key, partstat, role="REQ-PARTICIPANT"):
        cn, email = self.people[key][0], self.people[key][1]
        if self.flavour == "google":
            return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};CN={q(cn)};"
                    f"X-NUM-GUESTS=0:mailto:{email}")
        if self.flavour == "outlook":
            return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={q(cn)}:mailto:{email}"
        return (f'ATTENDEE;CN="{cn}";CUTYPE=INDIVIDUAL;EMAIL="{email}";PARTSTAT={partstat};'
                f"ROLE={role}:mailto:{email}")

    def group_line(self, g):
        cn, email = self.groups[g]
        if self.flavour == "apple":
            return (f'ATTENDEE;CN="{cn}";CUTYPE=GROUP;EMAIL="{email}";PARTSTAT=NEEDS-ACTION;'
                    f"ROLE=REQ-PARTICIPANT:mailto:{email}")
        return (f"ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={q(cn)}"
                + (";X-NUM-GUESTS=0" if self.flavour == "google" else "") + f":mailto:{email}")

    def room_line(self, r):
        cn, email = self.rooms[r]
        if self.flavour == "apple":
            return (f'ATTENDEE;CN="{cn}";CUTYPE=ROOM;EMAIL="{email}";PARTSTAT=ACCEPTED;'
                    f"ROLE=NON-PARTICIPANT:mailto:{email}")
        if self.flavour == "outlook":
            return (f"ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;"
                    f"CN={q(cn)}:mailto:{email}")
        return (f"ATTENDEE;CUTYPE=ROOM;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={q(cn)};"
                f"X-NUM-GUESTS=0:mailto:{email}")

    def first_start_utc(self, ev):
        occ = ev.occurrence_starts()[0] if ev.rule else ev.start
        if ev.allday:
            return to_utc(dt.datetime.combine(occ, dt.time()), self.home_tz)
        return to_utc(occ, ev.tz)

    def attendee_lines(self, ev, me_partstat, add=()):
        if ev.solo:
            return []
        lines, seen_me = [], False
        for key, ps in ev.att + [(k, None) for k in add]:
            if key == self.me:
                seen_me = True
                lines.append(self.person_line(key, me_partstat, ev.role))
            elif key == ev.org:
                lines.append(self.person_line(key, "ACCEPTED"))
            else:
                lines.append(self.person_line(key, ps or ev._ps.setdefault(key, self.other_partstat())))
        if not seen_me:
            lines.append(self.person_line(self.me, me_partstat, ev.role))
        lines += [self.group_line(g) for g in ev.groups] + [self.room_line(r) for r in ev.rooms]
        return lines

    def conference_text(self, ev):
        c = ev.conf
        if self.flavour == "google":
            code = f"{c[:3]}-{c[3:7]}-{c[7:10]}"
            return ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                    f"Join with Google Meet: https://meet.google.com/{code}\n\n"
                    "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                    "Please do not edit this section.\n"
                    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
        if self.flavour == "outlook":
            mid = " ".join(str(self.rng.randint(100, 999)) for _ in range(4))
            return ("________________________________________________________________________________\n"
                    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                    "Click here to join the meeting"
                    f"<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{c}%40thread.v2/0>\n"
                    f"Meeting ID: {mid}\nPasscode: {c[:6]}\n"
                    "Learn More<https://aka.ms/JoinTeamsMeeting> | "
                    "Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
                    "________________________________________________________________________________")
        return (f"Join Zoom Meeting\nhttps://{self.domain.split('.')[0]}.zoom.example/j/"
                f"{self.rng.randint(80000000000, 99999999999)}")

    def vevent_lines(self, ev):
        rng, flavour, dtprop, dtstamp_dt = self.rng, self.flavour, self.dtprop, self.dtstamp_dt
        ev._ps = {}
        created = self.first_start_utc(ev) - dt.timedelta(days=rng.randint(3, 24), minutes=rng.randint(0, 600))
        created = created.replace(second=rng.randint(0, 59))
        modified = min(created + dt.timedelta(minutes=rng.randint(1, 4000)), dtstamp_dt - dt.timedelta(hours=1))
        if ev.exdates or ev.overrides or (ev.rule and ev.rule.get("until")):
            modified = max(modified, min(dtstamp_dt - dt.timedelta(hours=2),
                                         created + dt.timedelta(days=rng.randint(20, 90))))
        org_cn, org_email = self.people[ev.org][0], self.people[ev.org][1]
        loc = ev.loc or "; ".join(self.rooms[r][0] for r in ev.rooms)
        conf = self.conference_text(ev) if ev.conf else ""
        alarm = flavour == "apple" and not ev.allday and rng.random() < 0.5

        def body(start, end, me, rid=None, status=None, title=None, desc=None, loc_=None, seq=0, mod=modified,
                 add=()):
            status = status or ev.status
            title = title or ev.title
            if flavour == "outlook" and status == "CANCELLED" and not title.startswith("Canceled: "):
                title = "Canceled: " + title
            d = desc if desc is not None else ev.desc
            if conf:
                d = (d + "\n\n" if d else "") + conf

            def times():    # DTEND to LAST-MODIFIED, as Outlook and Apple both order them
                out = [dtprop("DTEND", end, ev.end_tz, ev.utc, ev.allday), f"DTSTAMP:{self.dtstamp}",
                       dtprop("DTSTART", start, ev.tz, ev.utc, ev.allday)]
                if rid is None and ev.rule:
                    out += [dtprop("EXDATE", x, ev.tz, ev.utc, ev.allday) for x in ev.exdates]
                return out + [f"LAST-MODIFIED:{fmt_utc(mod)}"]

            L = []
            if flavour == "outlook":
                L.append("CLASS:" + ("PRIVATE" if ev.private else "PUBLIC"))
                L.append(f"CREATED:{fmt_utc(created)}")
                L.append("DESCRIPTION:" + esc(d))
                L.extend(times())
                L.append("LOCATION:" + esc(loc_ if loc_ is not None else loc))
                if not ev.solo:
                    L.append(f"ORGANIZER;CN={q(org_cn)}:mailto:{org_email}")
                    L.extend(self.attendee_lines(ev, me, add))
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
                    L.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/"
                             f"19%3ameeting_{ev.conf}%40thread.v2/0")
            elif flavour == "apple":
                L.append(f"CREATED:{fmt_utc(created)}")
                if d:
                    L.append("DESCRIPTION:" + esc(d))
                L.extend(times())
                lo = loc_ if loc_ is not None else loc
                if lo:
                    L.append("LOCATION:" + esc(lo))
                if not ev.solo:
                    L.append(f'ORGANIZER;CN="{org_cn}";EMAIL="{org_email}":mailto:{org_email}')
                    L.extend(self.attendee_lines(ev, me, add))
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
                L.append(f"DTSTAMP:{self.dtstamp}")
                L.append(f"ORGANIZER;CN={q(org_cn)}:mailto:{org_email}")
                L.append(f"UID:{ev.uid}")
                L.extend(self.attendee_lines(ev, me, add))
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
                      to_utc(o.rid, ev.tz) - dt.timedelta(days=rng.randint(1, 6), minutes=rng.randint(0, 500)))
            mod = min(mod, dtstamp_dt - dt.timedelta(hours=1))
            lines += body(s, e, o.me or ev.me, rid=o.rid, status=o.status, title=o.title, desc=o.desc,
                          loc_=o.loc, seq=1, mod=mod, add=o.add)
        return lines

    def build_ics(self):
        blocks = [self.vevent_lines(ev) for ev in self.events]
        self.rng.shuffle(blocks)
        home = self.home_tz
        used = sorted({ev.tz for ev in self.events if not ev.utc and not ev.allday}
                      | {ev.end_tz for ev in self.events if not ev.utc and not ev.allday})
        used = [home] + [t for t in used if t != home]
        if self.flavour == "google":
            head = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                    "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{self.people[self.me][1]}",
                    f"X-WR-TIMEZONE:{home}"]
        elif self.flavour == "outlook":
            head = ["BEGIN:VCALENDAR", "METHOD:PUBLISH", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
                    "X-WR-CALNAME:Calendar"]
        else:
            head = ["BEGIN:VCALENDAR", "METHOD:PUBLISH", "VERSION:2.0", "X-WR-CALNAME:Work",
                    "PRODID:-//Apple Inc.//macOS 15.3.1//EN", "X-APPLE-CALENDAR-COLOR:#1BADF8",
                    f"X-WR-TIMEZONE:{home}", "CALSCALE:GREGORIAN"]
        lines = list(head)
        for t in used:
            lines += self.vtimezone(t)
        for b in blocks:
            lines += b
        lines.append("END:VCALENDAR")
        return "".join(fold(x) + "\r\n" for x in lines)

    # ---- truth

    def all_instances(self):
        out = []
        for ev in self.events:
            out.extend(ev.instances())
        return out

    def in_span(self, inst):
        if inst["allday"]:
            return inst["start"] < self.span_end and inst["end"] > self.span_start
        lo = to_utc(dt.datetime.combine(self.span_start, dt.time()), self.home_tz)
        hi = to_utc(dt.datetime.combine(self.span_end, dt.time()), self.home_tz)
        return inst["start"] < hi and inst["end"] > lo

    def local_week(self, inst):
        d = inst["start"] if inst["allday"] else inst["start"].astimezone(zone(self.home_tz)).date()
        return d.isocalendar()[:2]

    def truth_rows(self):
        rows = []
        for ev in self.events:
            rows.append((self.first_start_utc(ev), ev.uid, ev.level, ev.cat, ev.title))
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

    def weekly_table(self):
        stats = {}
        d = self.span_start
        while d < self.span_end:
            stats[d.isocalendar()[:2]] = dict(monday=d, n=0, hours=0.0, lv={l: 0.0 for l in LEVELS},
                                              excluded=0.0, notcounted=0.0)
            d += dt.timedelta(days=7)
        leader = LEVELS.index(self.leader_level)
        for inst in self.all_instances():
            if not self.in_span(inst) or inst["allday"]:
                continue
            s = stats.get(self.local_week(inst))
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
            rows.append(dict(week=f"{wk[0]}-W{wk[1]:02d}", monday=s["monday"].isoformat(), n=s["n"],
                             hours=s["hours"], lv=s["lv"], below=below, at=at, above=above, share=share,
                             excluded=s["excluded"], notcounted=s["notcounted"]))
        return rows

    def counts_summary(self):
        insts = [i for i in self.all_instances() if self.in_span(i)]
        events = self.events
        tot = {l: 0.0 for l in LEVELS}
        for i in insts:
            if counted(i):
                tot[i["level"]] += (i["end"] - i["start"]).total_seconds() / 3600
        return dict(
            n_vevents=sum(1 + len(ev.overrides) for ev in events), n_uids=len(events),
            n_series=sum(1 for ev in events if ev.rule), n_overrides=sum(len(ev.overrides) for ev in events),
            n_instances=len(insts), n_counted=sum(1 for i in insts if counted(i)),
            hours_counted=f"{sum(tot.values()):.2f}",
            level_hours=", ".join(f"{l} {tot[l]:.2f} h" for l in LEVELS),
            n_allday=sum(1 for i in insts if i["allday"]),
            n_declined=sum(1 for i in insts if i["me"] == "DECLINED"),
            n_cancelled=sum(1 for i in insts if i["status"] == "CANCELLED"),
            n_excluded_timed=sum(1 for i in insts if not i["allday"] and i["level"] == "excluded"),
            n_people=len(self.org) if self.org else 0,
        )

    def org_csv(self):
        if not self.org:
            return None
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["email", "name", "manager_email"])
        for key in self.org:
            name, email = self.people[key][0], self.people[key][1]
            boss = self.manager_of.get(key)
            w.writerow([email, name, self.people[boss][1] if boss else ""])
        return buf.getvalue()

    def check_consistency(self, ics_text, truth_keys):
        people, org, events = self.people, self.org, self.events
        uids, in_alarm = set(), False
        for line in ics_text.replace("\r\n ", "").split("\r\n"):
            in_alarm = (in_alarm or line == "BEGIN:VALARM") and line != "END:VALARM"
            if line.startswith("UID:") and not in_alarm:
                uids.add(line[4:])
        plain = [k for k in truth_keys if "|" not in k]
        assert len(plain) == len(set(plain)), "duplicate truth row"
        assert uids == set(plain), ("UIDs without truth rows", sorted(uids - set(plain)),
                                    "truth rows without UIDs", sorted(set(plain) - uids))
        rids = {ev.rid_utc_key(o) for ev in events for o in ev.overrides}
        for k in truth_keys:
            if "|" in k:
                assert k in rids, ("truth key is not an override", k)
        assert len({ev.uid for ev in events}) == len(events), "UID collision"
        for ev in events:   # an organizer cancels an occurrence of her own meeting; she cannot decline it
            if ev.org == self.me:
                assert ev.me != "DECLINED" and all(o.me != "DECLINED" for o in ev.overrides), ev.title
        for line in ics_text.split("\r\n"):
            assert len(line.encode("utf-8")) <= 75, line
        if org:
            in_chart = {people[k][1] for k in org}
            assert 60 <= len(org) <= 300, len(org)
            assert len(in_chart) == len(org), "duplicate email in the org chart"
            for ev in events:
                for k in [ev.org] + [a for a, _ in ev.att] + [a for o in ev.overrides for a in o.add]:
                    email = people[k][1]
                    if email.endswith("@" + self.domain):
                        assert email in in_chart, ("company attendee missing from org.csv", email, ev.title)
            for k in org:
                boss = self.manager_of.get(k)
                assert boss is None or boss in org, (k, boss)

    # ---- files

    def span_text(self):
        """The README's span, how to evaluate it, and its size (README_SIZE)."""
        start, last = self.span_start, self.span_end - dt.timedelta(days=1)
        assert start.weekday() == 0 and last.weekday() == 6 and start.year == last.year, (start, last)
        weeks = (self.span_end - start).days // 7
        first_wk, last_wk = start.isocalendar()[:2], last.isocalendar()[:2]
        return (f"Span: {weeks} ISO weeks, {first_wk[0]}-W{first_wk[1]:02d} to {last_wk[0]}-W{last_wk[1]:02d} "
                f"(Monday {start.day} {start:%B} to Sunday {last.day} {last:%B} {last.year}, {self.home_tz}).\n"
                f"Evaluate with `--from {start.isoformat()} --to {self.span_end.isoformat()}`.\n\n" + README_SIZE)

    def main(self, argv, script, profile, readme, first_pass=None):
        """Write calendar.ics, truth.csv, profile.yaml, README.md (and org.csv) next to `script`
        (the generator's __file__); with --instances print the expanded instance set instead.
        In readme, @@about@@, @@span@@ and @@counting@@ stand for the shared parts (README_ABOUT, the span
        and README_SIZE, README_COUNTING), @@first_pass@@ for first_pass_text() of `first_pass`
        (commit, evaluate.py's output, note), and @@name@@ for the counts and the weekly truth table."""
        here = os.path.dirname(os.path.abspath(script))
        if first_pass is not None:
            readme = readme.replace("@@first_pass@@", first_pass_text(os.path.basename(here), self.span_start,
                                                                      self.span_end, *first_pass))
        if "--instances" in argv:
            rows = []
            for i in self.all_instances():
                if not self.in_span(i):
                    continue
                if i["allday"]:
                    rows.append(f"{i['uid']}|{i['start'].isoformat()}|{i['end'].isoformat()}|1")
                else:
                    rows.append(f"{i['uid']}|{i['start'].strftime('%Y-%m-%dT%H:%M:%SZ')}|"
                                f"{i['end'].strftime('%Y-%m-%dT%H:%M:%SZ')}|0")
            print("\n".join(sorted(rows)))
            return
        ics = self.build_ics()
        truth, keys = self.truth_rows()
        self.check_consistency(ics, keys)
        rows = self.weekly_table()
        table = table_markdown(rows)
        counts = self.counts_summary()
        readme = (readme.replace("@@about@@", README_ABOUT).replace("@@span@@", self.span_text())
                  .replace("@@counting@@", README_COUNTING).replace("@@home_tz@@", self.home_tz))
        for k, v in counts.items():
            readme = readme.replace("@@" + k + "@@", str(v))
        readme = readme.replace("@@table@@", table)
        assert "@@" not in readme
        files = [("calendar.ics", ics), ("truth.csv", truth), ("profile.yaml", profile), ("README.md", readme)]
        if self.org:
            files.append(("org.csv", self.org_csv()))
        for name, text in files:
            with open(os.path.join(here, name), "w", encoding="utf-8", newline="") as f:
                f.write(text)
        if "--quiet" not in argv:
            print(table)
            print(counts)
