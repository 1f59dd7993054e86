#!/usr/bin/env python3
"""Generate Altitude's bundled sample data (SampleData/): the calendars of Maya
Castellanos, promoted from Director to VP Engineering at Lumen on 2026-06-01.

  python3 scripts/sample_data.py              # rewrite SampleData/*, print the weekly truth
  python3 scripts/sample_data.py --instances  # also print every instance in the
                                              # row shape of /work/shared/bench/oracle.py

Writes vp-google.ics (Google Calendar export), vp-outlook.ics (Outlook 16 export of
her parent-company Exchange calendar), profile.yaml, README.md and truth.csv (the
intended level of every event, for scripts/evaluate.py). Standard library
only; a fixed seed and a fixed DTSTAMP make the output byte-identical on every run.
Every meeting carries the level the author had in mind; the script expands the
recurrences itself and prints the intended weekly truth (it is also in README.md).
"""
import datetime as dt
import os
import random
import sys
import unicodedata

D, T, TD = dt.date, dt.datetime, dt.timedelta
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir)
OUT = os.path.normpath(os.path.join(ROOT, "SampleData"))
DTSTAMP = "20261128T120000Z"          # the export was taken on Saturday 2026-11-28
FIRST, LAST, HORIZON = D(2026, 5, 25), D(2026, 11, 29), D(2026, 12, 12)
rng = random.Random(20260601)

# --------------------------------------------------------------------------- people
def P(name, domain="lumen.example", email=None):
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return (name, email or plain.lower().replace(" ", ".") + "@" + domain)

ME = P("Maya Castellanos")
ME_HAL = P("Maya Castellanos", "halcyon.example")
CTO, CEO, CFO = P("Daniel Reiter"), P("Elise Marchand"), P("Victor Chen")
HRBP, RECRUITER, PEOPLEOPS = P("Talia Brooks"), P("Noor Aziz"), P("People Ops", email="peopleops@lumen.example")
PEERS = {k: P(n) for k, n in [("lena", "Lena Park"), ("tomas", "Tomás Herrera"),
                              ("samir", "Samir Haddad"), ("hannah", "Hannah Byrne")]}
DIR = {k: P(n) for k, n in [("ana", "Ana Lima"), ("raj", "Raj Iyer"), ("jose", "José Martínez"),
                            ("zoe", "Zoë Fischer"), ("kwame", "Kwame Mensah"), ("priya", "Priya Raman")]}
EM = {k: P(n) for k, n in [("ben", "Ben Carter"), ("lucia", "Lucía Gómez"), ("ollie", "Ollie Grant"),
                           ("nadia", "Nadia Petrova"), ("wei", "Wei Chen"), ("diego", "Diego Santos")]}
IC_NAMES = ["Kai Nakamura", "Sofia Rossi", "Ravi Shah", "Emma Lindqvist", "Noah Adeyemi", "Mia Novak",
            "Leo Brandt", "Aisha Bello", "Tom Becker", "Inês Duarte", "Omar Farouk", "Yuki Tanaka",
            "Chloé Martin", "Mateo Ruiz", "Hana Kim", "Lars Eriksen", "Nia Okoro", "Arjun Mehta",
            "Eva Horvat", "Felix Wagner", "Sara Cohen", "Jonas Berg", "Priyanka Das", "Marco Bianchi"]
ICS = [P(n) for n in IC_NAMES]
TEAM = {"payments": ICS[0:7], "checkout": ICS[7:12], "ledger": ICS[12:16], "platform": ICS[16:20], "data": ICS[20:24]}
EXT = {k: P(n, d) for k, n, d in [
    ("acme", "Harriet Vance", "acme.example"), ("acme2", "Paul Dimitrov", "acme.example"),
    ("globex", "Oskar Nilsson", "globex.example"), ("initech", "Renée Caldwell", "initech.example"),
    ("bw", "Fiona Hale", "brightwater.example"), ("bw2", "Rhys Morgan", "brightwater.example"),
    ("board1", "Margaret Osei", "board.example"), ("board2", "Alan Whitfield", "board.example"),
    ("search", "Carla Mendes", "talentbridge.example"), ("vendor", "Dev Kapoor", "cloudscale.example"),
    ("banker", "Julia Stern", "meridian.example"),
    ("hcto", "Gerhard Vogel", "halcyon.example"), ("hcoo", "Siobhan Kelly", "halcyon.example"),
    ("hciso", "Arun Pillai", "halcyon.example"), ("hcfo", "Claire Dubois", "halcyon.example"),
    ("north", "Beth Morales", "northstar.example"), ("kestrel", "Ian McAllister", "kestrel.example")]}
CANDS = [P(n, "mail.example") for n in ["Marcus Webb", "Elena Sokolova", "Priya Raman", "Tariq Haddad",
                                        "Julia Novak", "Sven Olsen", "Amara Nwosu", "Diego Ferraz"]]
ROOMS = [(n, "c_1887%s@resource.calendar.google.com" % h) for n, h in [
    ("NYC-14-Hudson (12)", "a3f2c9e01b"), ("NYC-14-Bleecker (6)", "b7d41e2f93"),
    ("NYC-15-Boardroom (20)", "c05e9a7d14"), ("NYC-14-Phone booth 3 (1)", "d9b3f6a028")]]
ALL_ENG, ALL_LUMEN = ("eng-all@lumen.example",) * 2, ("all@lumen.example",) * 2
ALL_HAL = ("Halcyon Group – All Staff", "allstaff@halcyon.example")

HOLIDAYS = {D(2026, 5, 25): "Memorial Day", D(2026, 6, 19): "Juneteenth", D(2026, 7, 3): "Independence Day (observed)",
            D(2026, 9, 7): "Labor Day", D(2026, 11, 26): "Thanksgiving", D(2026, 11, 27): "Day after Thanksgiving"}
UK_HOLIDAYS = {D(2026, 8, 31)}
AWAY = {D(2026, 7, 22)} | {D(2026, 8, 17) + TD(i) for i in range(5)} | {D(2026, 10, 8), D(2026, 10, 9)} \
    | {D(2026, 11, 4), D(2026, 11, 5), D(2026, 11, 6)}
BELOW, AT, ABOVE = ("ic", "manager", "director"), ("vp",), ("executive",)

# ------------------------------------------------------------------- time zones
def nth_sunday(y, m, n):
    if n > 0:
        d = D(y, m, 1)
        return d + TD((6 - d.weekday()) % 7 + 7 * (n - 1))
    d = D(y, m + 1, 1) - TD(1)
    return d - TD((d.weekday() - 6) % 7)

def offset(tz, local):
    """UTC offset in hours of a local wall time (US and EU rules, valid for 2026-2027)."""
    y = local.year
    if tz == "ny":
        return -4 if T.combine(nth_sunday(y, 3, 2), dt.time(2)) <= local < T.combine(nth_sunday(y, 11, 1), dt.time(2)) else -5
    if tz == "london":
        return 1 if T.combine(nth_sunday(y, 3, -1), dt.time(1)) <= local < T.combine(nth_sunday(y, 10, -1), dt.time(2)) else 0
    return 0

def to_utc(local, tz):
    return local - TD(hours=offset(tz, local))

def to_ny(local, tz):
    u = to_utc(local, tz)
    return u - TD(hours=4) if offset("ny", u - TD(hours=4)) == -4 else u - TD(hours=5)

def from_ny(local, tz):
    if tz == "ny":
        return local
    u = to_utc(local, "ny")
    if tz == "utc":
        return u
    return u + TD(hours=1) if tz == "london" and offset("london", u + TD(hours=1)) == 1 else u

# ------------------------------------------------------------------- events
WD = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

class Ev:
    """One VEVENT (a series master or a one-off) with the level the author had in mind.
    start/end are wall times in tz ("ny" or "london"; end in end_tz), or dates for
    all-day events; utc=True writes New York wall times as UTC (DTSTART:...Z)."""
    def __init__(self, cal, title, level, start, end, **kw):
        self.cal, self.title, self.level, self.start, self.end = cal, title, level, start, end
        self.allday = not isinstance(start, T)
        self.org = kw.pop("org", None) or (ME if cal == "google" else ME_HAL)
        self.att = kw.pop("att", [])              # people other than the organizer and me
        self.me = kw.pop("me", "ACCEPTED")       # my PARTSTAT
        self.rrule = kw.pop("rrule", None)       # dict(freq, byday, interval, until, until_kind, count)
        self.exdates, self.over = [], {}        # over: rid -> dict(start, end, status, me)
        for k, v in dict(status="CONFIRMED", transp="OPAQUE", tz="ny", location=None, desc=None, room=None,
                         uid=None, created=None, seq=0, duration=False, utc=False, group=None, raw_fold=False,
                         optional=[], end_tz=None).items():
            setattr(self, k, kw.pop(k, v))
        assert not kw, kw
        self.uid = self.uid or new_uid(cal)
        self.end_tz = self.end_tz or self.tz
        first = self.start if self.allday else self.start.date()
        self.created = self.created or (T.combine(first, dt.time(14)) - TD(days=rng.randint(3, 20), minutes=rng.randint(0, 600)))
        if self.created > T(2026, 11, 27):      # booked before the export was taken
            self.created = T(2026, 11, 27, 11, 5) - TD(days=rng.randint(1, 9), minutes=rng.randint(0, 600))
        self.modified = min(self.created + TD(minutes=rng.randint(1, 4000)), T(2026, 11, 27, 17, 3))

    @property
    def mine(self):
        return self.org in (ME, ME_HAL)

def new_uid(cal):
    if cal == "google":
        return "".join(rng.choice("0123456789abcdefghijklmnopqrstuv") for _ in range(26)) + "@google.com"
    hx = lambda n: "".join(rng.choice("0123456789ABCDEF") for _ in range(n))
    return "040000008200E00074C5B7101A82E00800000000" + hx(16) + "0" * 16 + "10000000" + hx(32)

def occurrences(ev):
    """Series occurrences (wall times in ev's zone) after COUNT/UNTIL, before EXDATE."""
    r = ev.rrule
    if not r:
        return [ev.start]
    out, k, until = [], 0, r.get("until")
    limit = T.combine(until, dt.time(23, 59, 59)) if until else T.combine(HORIZON, dt.time(0))
    while True:
        if r["freq"] == "WEEKLY":
            week = ev.start.date() - TD(ev.start.weekday()) + TD(7 * k * r.get("interval", 1))
            days = [week + TD(WD.index(x)) for x in sorted(r["byday"], key=WD.index)]
        else:  # MONTHLY with BYDAY=nXX
            m = ev.start.month - 1 + k
            y, m = ev.start.year + m // 12, m % 12 + 1
            n, wd = int(r["byday"][0][:-2]), WD.index(r["byday"][0][-2:])
            first = D(y, m, 1) + TD((wd - D(y, m, 1).weekday()) % 7)
            days = [first + TD(7 * (n - 1))] if n > 0 else [nth_last(y, m, wd)]
        for d in days:
            s = T.combine(d, ev.start.time())
            if s < ev.start:
                continue
            if s > limit or (r.get("count") and len(out) >= r["count"]):
                return out
            out.append(s)
        k += 1

def nth_last(y, m, wd):
    d = (D(y, m + 1, 1) if m < 12 else D(y + 1, 1, 1)) - TD(1)
    return d - TD((d.weekday() - wd) % 7)

def instances(ev):
    """[(rid, start, end, status, my partstat)] with overrides applied (ev's wall time)."""
    out = []
    for s in occurrences(ev):
        if s in ev.exdates:
            continue
        o = ev.over.get(s, {})
        start = o.get("start", s)
        end = o.get("end", start + (ev.end - ev.start))
        out.append((s, start, end, o.get("status", ev.status), o.get("me", ev.me)))
    return out

# ------------------------------------------------------------------- occupancy
BUSY = set()          # (date, quarter-hour index) of counted, opaque New York time

def slots(s, e):
    t = s
    while t < e:
        yield (t.date(), t.hour * 4 + t.minute // 15)
        t += TD(minutes=15)

def counted(status, me, ev):
    return status != "CANCELLED" and (me in ("ACCEPTED", "TENTATIVE") or ev.mine) and not ev.allday

def occupy(ev):
    for rid, s, e, status, me in instances(ev):
        if counted(status, me, ev) and ev.transp == "OPAQUE":
            s, e = to_ny(s, ev.tz), to_ny(e, ev.end_tz)
            clash = [x for x in slots(s, e) if x in BUSY]
            if clash:
                print("warning: overlap %s %s" % (s, ev.title), file=sys.stderr)
            BUSY.update(slots(s, e))

def free(s, minutes):
    return not any(x in BUSY for x in slots(s, s + TD(minutes=minutes)))

EVENTS = []

def add(ev):
    EVENTS.append(ev)
    occupy(ev)
    return ev

def at(d, hm):
    return T.combine(d, dt.time(*map(int, hm.split(":"))))

def series(title, level, first, hm, mins, byday, cal="google", interval=1, until=None, until_kind="utc",
           count=None, freq="WEEKLY", moved=(), cancelled=(), declined=(), skip=(), **kw):
    """A recurring meeting. Holidays become EXDATEs; days away become declined
    occurrences (or EXDATEs on my own series), as the calendar apps would show them."""
    s = at(first, hm)
    ev = Ev(cal, title, level, s, s + TD(minutes=mins),
            rrule=dict(freq=freq, byday=byday, interval=interval, until=until, until_kind=until_kind, count=count), **kw)
    if until:   # the UNTIL was written when the series was ended or split
        ev.modified = max(ev.modified, T.combine(until, dt.time(10, 12)) - TD(days=6))
    hols = HOLIDAYS if cal == "google" else UK_HOLIDAYS
    for o in occurrences(ev):
        if o.date() in hols:
            ev.exdates.append(o)
        elif (o.date() in AWAY or o.date() in HOLIDAYS) and ev.me != "DECLINED":   # US holidays on Halcyon series
            if ev.mine:
                ev.exdates.append(o)
            else:
                ev.over[o] = dict(me="DECLINED")
    for d, (nd, nhm) in moved:
        ev.over[at(d, hm)] = dict(start=at(nd, nhm))
        ev.exdates = [x for x in ev.exdates if x != at(d, hm)]
    for d in cancelled:
        ev.over[at(d, hm)] = dict(status="CANCELLED")
    for d in declined:
        ev.over[at(d, hm)] = dict(me="DECLINED")
    ev.exdates += [at(d, hm) for d in skip]
    for d in skip:
        ev.over.pop(at(d, hm), None)
    return add(ev)

def one(title, level, d, hm, mins, cal="google", **kw):
    s = at(d, hm)
    return add(Ev(cal, title, level, s, s + TD(minutes=mins), **kw))

def allday(title, level, d, days=1, cal="google", **kw):
    return add(Ev(cal, title, level, d, d + TD(days=days), **kw))

def follow(prev, title, level, first, hm, mins, byday, **kw):
    """Google's "this and following events" edit: the old series gets an UNTIL,
    the new one a UID with an _R<start> suffix."""
    uid = prev.uid.replace("@", "_R%s@" % to_utc(at(first, hm), "ny").strftime("%Y%m%dT%H%M%S"))
    kw.setdefault("org", prev.org)
    kw.setdefault("att", prev.att)
    for k in ("room", "location", "desc", "group"):
        kw.setdefault(k, getattr(prev, k))
    return series(title, level, first, hm, mins, byday, uid=uid, **kw)

def mondays(a, b):
    d = a - TD(a.weekday())
    while d <= b:
        yield d
        d += TD(7)

# ------------------------------------------------------------------- descriptions
AGENDA = ["Wins\\, blockers; asks", "Hiring pipeline: offers, closes, backfills", "Risks & dependencies (Q4)",
          "Metrics: p95 latency, error budget; incidents", "Decisions needed; owners, dates", "Roadmap: Q4 → FY27",
          "People topics (confidential)", "AOB"]

def zoom():
    mid = "8%010d" % rng.randint(0, 9999999999)
    return ("Join Zoom Meeting\nhttps://lumen.zoom.example/j/%s?pwd=%s\n\nMeeting ID: %s %s %s\nPasscode: %06d"
            % (mid, "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(20)),
               mid[:3], mid[3:7], mid[7:], rng.randint(0, 999999)))

def meet():
    code = "-".join("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n)) for n in (3, 4, 3))
    return ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            "Join with Google Meet: https://meet.example/%s\n\nLearn more about Meet at: https://support.example/meet\n\n"
            "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-" % code)

def teams():
    return ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting<https://teams.example/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0>\n"
            "Meeting ID: %03d %03d %03d %03d\nPasscode: %s\n" % (
                "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(40)),
                rng.randint(100, 999), rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 999),
                "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))) + "_" * 80)

def describe(ev):
    if ev.desc is not None or not ev.att or ev.allday or ev.transp == "TRANSPARENT":
        return
    r = rng.random()
    if ev.cal == "outlook":
        ev.desc = teams() if r < 0.7 else "Agenda:\n" + "\n".join("- " + a.replace("\\", "") for a in rng.sample(AGENDA, 3)) + "\n\n" + teams()
    elif r < 0.35:
        ev.desc = zoom()
    elif r < 0.55:
        ev.desc = meet()
    elif r < 0.8:
        ev.desc = "Agenda:\n" + "\n".join("%d. %s" % (i + 1, a.replace("\\", "")) for i, a in enumerate(rng.sample(AGENDA, 3))) + "\n\n" + zoom()
    else:
        ev.desc = ""

# ------------------------------------------------------------------- the calendar
def pick(pool, k):
    return rng.sample(pool, min(k, len(pool)))

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"]
TOPICS = ["ledger idempotency keys", "refund retries", "webhook backoff", "payout batching", "3DS fallback",
          "currency rounding", "checkout session store", "fraud rules engine", "settlement file parser",
          "card vault key rotation", "multi-region failover", "rate limiter redesign"]
SVCS = ["refund-service", "payouts", "checkout-api", "ledger", "risk-scorer", "billing-worker", "settlement-jobs"]
BUGS = ["flaky settlement job", "duplicate payout", "p99 spike in checkout-api", "reconciliation drift", "stuck webhook queue"]
PROJECTS = ["Checkout v2", "Payments v3", "Ledger migration", "Data lakehouse", "Mobile wallet", "Multi-region"]
AREAS = ["Payments", "Checkout", "Platform", "Data", "Mobile", "Infrastructure"]
TEAMS_ = ["Payments", "Checkout", "Ledger", "Platform", "Data", "Mobile", "SRE"]

# category: level, minutes, preferred starts, titles, who
CATS = {
    "review":   ("ic", 60, ["10:30", "13:00", "15:00", "16:30"], ["Design review: {topic}", "Code review – {svc} PR #{pr}",
                 "RFC review: {topic}", "Doc review: {topic} (line by line)", "Schema review – {svc}", "API review: {topic}"], "ics"),
    "debug":    ("ic", 60, ["13:00", "15:00", "16:30", "10:30"], ["Debug: {bug} w/ {ic1}", "Pairing: {bug}",
                 "Repro session – {bug}", "Look at {svc} flame graphs w/ {ic1}"], "ic1"),
    "screen":   ("ic", 45, ["08:30", "13:00", "16:15", "17:00"], ["Phone screen – Senior Backend Engineer ({cand})",
                 "Phone screen: Staff Engineer, Payments", "Tech screen – {cand}", "Phone screen – SRE ({cand})"], "cand"),
    "war":      ("ic", 90, ["13:00", "15:00", "10:30"], ["Incident {inc} war room", "INC-{inc} bridge", "Sev1 war room – {svc}"], "war"),
    "spec":     ("ic", 90, ["08:30", "15:00", "13:00"], ["Write: Payments v3 spec", "Spec writing – ledger migration",
                 "Draft RFC: {topic}"], "solo"),
    "mgr":      ("manager", 45, ["10:30", "13:00", "15:00", "16:30"], ["{team} sprint demo", "{team} team health check",
                 "{team} on-call handoff review", "Backlog triage – {team}", "Release 26.{rel} go/no-go"], "emteam"),
    "director": ("director", 60, ["10:30", "13:00", "15:00", "16:30"], ["Launch readiness – {proj}", "{proj} milestone review",
                 "M{m} milestone review – {proj}", "Escalation: {cust} {issue}", "Go-live readiness: {proj}",
                 "Architecture review: {topic}", "{proj} risk review", "{proj} – cross-team dependencies"], "big"),
    "intro":    ("vp", 30, ["10:30", "13:00", "15:00", "16:30", "11:30"], ["Intro: Maya / {pfirst}", "Listening tour: {team} leads",
                 "Meet the new VP – {team} team", "Intro w/ Finance (Omar)"], "intro"),
    "org":      ("vp", 60, ["13:00", "10:30", "15:00", "16:30"], ["Org design: platform split", "Org design w/ Hannah",
                 "Team topology working session", "Eng org charter review", "Spans & layers review", "Org design: Data & ML"], "dirs"),
    "talent":   ("vp", 60, ["13:00", "15:00", "10:30"], ["Talent review – Directors", "Calibration prep – EMs",
                 "Succession planning: {area}", "Promo committee – Staff+", "Leadership development plan – {dfirst}"], "dirs"),
    "hiring":   ("vp", 60, ["13:00", "16:30", "10:30", "15:00"], ["Interview: Director of Infrastructure – {cand}",
                 "Debrief: Director, Infrastructure", "Exec search sync w/ TalentBridge", "Hiring plan: EM roles",
                 "Sell call – {cand}", "Interview: EM, Ledger – {cand}"], "search"),
    "budget":   ("vp", 60, ["10:30", "13:00", "15:00"], ["FY27 headcount planning", "Budget review w/ Finance",
                 "Vendor spend review – CloudScale", "Q4 opex forecast", "Capacity & headcount model"], "finance"),
    "customer": ("vp", 60, ["10:30", "15:00", "13:00"], ["Globex exec briefing", "Initech renewal – exec call",
                 "Customer advisory board prep", "Acme Corp – roadmap preview for execs"], "cust"),
    "peer":     ("vp", 30, ["08:30", "16:30", "13:00", "15:00"], ["Coffee w/ {pfirst}", "{pfirst} / Maya",
                 "Eng x {pfunc} sync", "Walk & talk w/ {pfirst}"], "peer"),
    "skip":     ("vp", 45, ["13:00", "15:00", "16:30", "10:30"], ["Skip-level: {emfirst}", "Skip level – {emname}",
                 "Career chat: {emfirst}"], "em"),
    "exec":     ("executive", 90, ["13:00", "10:00", "15:00"], ["FY27 company strategy", "Company OKRs FY27 – ELT working session",
                 "M&A: Corvid Labs diligence", "Investor update prep", "Pricing strategy – ELT"], "exec"),
    "personal": ("personal", 60, ["08:00", "17:00", "12:30"], ["Dentist", "Doctor's appt", "Haircut", "Vet – Biscuit"], "solo"),
    "hal_vp":   ("vp", 60, ["10:30", "13:00", "15:00", "16:30"], ["Northstar Retail – quarterly exec review",
                 "Kestrel Logistics – exec sync", "Portfolio synergies: payments platform", "Halcyon talent council – tech leaders",
                 "Group CTO office hours", "Shared platform investment case"], "hal", "outlook"),
    "hal_dir":  ("director", 45, ["13:00", "15:00", "10:30", "16:30"], ["Northstar integration – delivery status",
                 "Kestrel API migration – milestone review", "Group SOC 2 readiness review", "Shared services cut-over readiness",
                 "Escalation: Kestrel webhook latency"], "halcust", "outlook"),
    "prep":     ("solo", 30, ["08:30", "17:15", "12:30", "16:30"], ["Prep", "Prep: board deck", "Prep for talent review",
                 "Hold", "Busy", "Inbox zero"], "solo"),
}
#               May  Jun  Jul  Aug  Sep  Oct  Nov  Dec
QUOTA = {
    "review":   [1.0, 0.5, 1.0, 0.75, 0.75, 0.75, 0.75, 0],
    "debug":    [0.5, 0.25, 0.5, 0.25, 0.25, 0, 0, 0],
    "screen":   [1.0, 0.5, 0.5, 0.25, 0, 0, 0, 0],
    "war":      [0, 0.25, 0, 0, 0, 0, 0.25, 0],
    "spec":     [1.0, 0.25, 0.25, 0, 0, 0, 0, 0],
    "mgr":      [0.5, 0.25, 0.5, 0.5, 0.5, 0.5, 0.5, 0],
    "director": [1.0, 0.75, 1.0, 1.5, 1.25, 1.5, 1.75, 0],
    "hal_vp":   [0, 0.5, 0.75, 0.75, 1.0, 1.0, 1.0, 0],
    "hal_dir":  [0, 0, 0.25, 0.5, 0.5, 0.5, 0.5, 0],
    "intro":    [0, 3.0, 1.0, 0, 0, 0, 0, 0],
    "org":      [0, 0.5, 1.0, 1.0, 1.0, 1.5, 1.0, 0],
    "talent":   [0, 0, 0.25, 0.5, 1.0, 1.5, 1.0, 0],
    "hiring":   [0, 1.0, 1.5, 1.5, 1.0, 1.0, 1.0, 0],
    "budget":   [0, 0.25, 0.5, 0.5, 1.5, 1.5, 1.5, 0],
    "customer": [0, 0.5, 0.5, 0.5, 0.75, 0.75, 1.0, 0],
    "peer":     [0, 0.5, 1.0, 1.0, 1.5, 1.5, 1.5, 0],
    "skip":     [0, 0, 0.5, 1.0, 1.0, 1.5, 1.5, 0],
    "exec":     [0, 0.25, 0.5, 0.5, 1.0, 1.5, 2.0, 0],
    "personal": [0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0],
    "prep":     [0, 0.5, 1.0, 1.0, 1.0, 1.0, 1.0, 0],
}
FN = {"lena": "Product", "tomas": "Sales", "samir": "Design", "hannah": "People"}
SALES_AE, FINANCE_BP, PMO = P("Gina Alvarez"), P("Omar Siddiqui"), P("Marta Lopes", "halcyon.example")

def who(kind, month):
    """(organizer or None for me, attendees) for a category of meeting."""
    ics = TEAM["payments"] + TEAM["checkout"] + TEAM["ledger"]
    em = rng.choice(list(EM.values()))
    dirs = [v for k, v in DIR.items() if k != "priya" or month >= 10]
    if kind == "ics":
        a = pick(ics, rng.randint(2, 5)) + [em]
        return rng.choice([a[0], em, None]), a
    if kind == "ic1":
        a = [rng.choice(ics)]
        return rng.choice([a[0], None]), a
    if kind == "cand":
        return RECRUITER, [rng.choice(CANDS)]
    if kind == "war":
        return EM["diego"], [EM["diego"], EM["ben"]] + pick(ics, rng.randint(8, 14)) + [rng.choice(dirs)]
    if kind == "solo":
        return None, []
    if kind == "emteam":
        return em, [em] + pick(ics, 3)
    if kind == "big":
        a = pick(dirs, 2) + pick(list(EM.values()), 3) + pick(ics, rng.randint(5, 15))
        return rng.choice([a[0], a[2], None]), a
    if kind == "intro":
        return None, pick(list(PEERS.values()) + [CFO, FINANCE_BP, SALES_AE] + list(EM.values()), rng.randint(1, 4))
    if kind == "dirs":
        return None, pick(dirs, rng.randint(2, 5)) + [HRBP]
    if kind == "search":
        return rng.choice([RECRUITER, None]), [RECRUITER, rng.choice(CANDS + [EXT["search"]]), PEERS["hannah"]]
    if kind == "finance":
        return rng.choice([FINANCE_BP, None]), [FINANCE_BP, CFO] + pick(dirs, 2)
    if kind == "cust":
        k = rng.choice(["globex", "initech", "acme", "acme2"])
        return SALES_AE, [SALES_AE, EXT[k], PEERS["tomas"]]
    if kind == "peer":
        return None, [PEERS[rng.choice(sorted(PEERS))]]
    if kind == "em":
        return None, [em]
    if kind == "hal":
        return rng.choice([EXT["hcto"], EXT["hcoo"], PMO]), pick([EXT[k] for k in ("hcto", "hcoo", "hciso", "hcfo")] + [PMO], 3)
    if kind == "halcust":
        return PMO, [PMO, rng.choice([EXT["north"], EXT["kestrel"]])] + pick(TEAM["checkout"] + TEAM["platform"], 2)
    if kind == "exec":
        return CEO, [CEO, CTO, CFO] + list(PEERS.values())
    raise ValueError(kind)

def fill(template, org, att):
    peer = rng.choice(sorted(PEERS))
    em = rng.choice(sorted(EM))
    ctx = dict(topic=rng.choice(TOPICS), svc=rng.choice(SVCS), pr=rng.randint(3100, 5999), bug=rng.choice(BUGS),
               ic1=(att[0][0] if att else "Kai").split()[0], cand=rng.choice(CANDS)[0], inc=rng.randint(2240, 2480),
               team=rng.choice(TEAMS_), rel=rng.randint(22, 48), proj=rng.choice(PROJECTS), m=rng.randint(2, 5),
               cust=rng.choice(["Acme", "Globex", "Initech"]), issue=rng.choice(["payout delays", "API rate limits", "SSO outage"]),
               pfirst=PEERS[peer][0].split()[0], pfunc=FN[peer], area=rng.choice(AREAS),
               dfirst=rng.choice(list(DIR.values()))[0].split()[0], emfirst=EM[em][0].split()[0], emname=EM[em][0])
    if "{pfirst}" in template or "{pfunc}" in template:
        att[:] = [PEERS[peer]]
    if "{emfirst}" in template or "{emname}" in template:
        att[:] = [EM[em]]
    return template.format(**ctx)

def place(cat, monday, acc):
    level, mins, starts, titles, kind = CATS[cat][:5]
    cal = CATS[cat][5] if len(CATS[cat]) > 5 else "google"
    month = (monday + TD(2)).month
    acc[cat] = acc.get(cat, 0) + QUOTA[cat][month - 5]
    while acc[cat] >= 1:
        acc[cat] -= 1
        days = [monday + TD(i) for i in range(5) if monday + TD(i) not in HOLIDAYS and monday + TD(i) not in AWAY]
        rng.shuffle(days)
        org, att = who(kind, month)
        pool = [t for t in titles if "M&A" not in t or month >= 10]
        title = fill(rng.choice(pool), org, att)
        for d, hm in ((d, hm) for hm in starts for d in days):
            if free(at(d, hm), mins) and at(d, hm) > T(2026, 5, 25, 12):
                r = rng.random()
                me = "DECLINED" if r < 0.04 and org else "TENTATIVE" if r < 0.08 and org else "ACCEPTED"
                if org and d >= D(2026, 11, 23) and rng.random() < 0.3:
                    me = "NEEDS-ACTION"
                if org is not None and org not in att:
                    att = [org] + att
                room = rng.choice(ROOMS[:3]) if len(att) > 3 and rng.random() < 0.6 else None
                if cal == "outlook":
                    one(title, level, d, hm, mins, cal=cal, org=org, att=[a for a in att if a != org], me=me)
                    break
                ev = one(title, level, d, hm, mins, org=org, att=[a for a in att if a != org] if org else att, me=me,
                         room=room, utc=rng.random() < 0.08, duration=cat == "screen" and rng.random() < 0.5,
                         optional=pick(ICS, 1) if len(att) > 6 else [])
                if cat in ("review", "director") and rng.random() < 0.15:
                    ev.location = rng.choice(["", "https://lumen.zoom.example/my/maya", "NYC-14 kitchen, by the windows"])
                break

def build():
    d = D
    pay, chk, led, plat, dat = (TEAM[k] for k in ("payments", "checkout", "ledger", "platform", "data"))
    dirs5 = [DIR[k] for k in ("ana", "raj", "jose", "zoe", "kwame")]
    peers = list(PEERS.values())
    hudson, bleecker, board_room = ROOMS[0], ROOMS[1], ROOMS[2]
    # ---- her old job: one team's execution and several teams' delivery (below altitude)
    s = series("Payments standup", "manager", d(2026, 3, 2), "09:30", 15, WEEKDAYS, until=d(2026, 7, 16), org=EM["ben"],
               att=pay, cancelled=[d(2026, 6, 12)], declined=[d(2026, 7, 8), d(2026, 7, 9)],
               location="https://lumen.zoom.example/j/81234567001", desc="Yesterday / today / blockers. Keep it to 15 min!")
    follow(s, "Payments standup", "manager", d(2026, 7, 20), "10:00", 15, WEEKDAYS, me="DECLINED")
    series("Ledger standup", "manager", d(2026, 2, 3), "10:00", 15, ["TU", "TH"], until=d(2026, 9, 30), until_kind="date",
           org=EM["ollie"], att=led, desc="")
    series("Payments sprint planning", "manager", d(2026, 5, 27), "10:30", 60, ["WE"], interval=2, count=8, org=EM["ben"],
           att=pay + [DIR["ana"]], room=hudson)
    series("Payments backlog grooming", "manager", d(2026, 3, 4), "15:00", 60, ["WE"], until=d(2026, 6, 10), org=EM["ben"],
           att=pay[:4])
    series("Weekly release go/no-go", "manager", d(2026, 4, 2), "16:30", 30, ["TH"], until=d(2026, 8, 6), org=EM["diego"],
           att=[EM["ben"], EM["lucia"], EM["ollie"]] + pick(pay + chk, 4))
    series("Payments project status", "director", d(2026, 3, 3), "11:00", 60, ["TU"], until=d(2026, 7, 28), org=ME,
           att=[EM["ben"], EM["ollie"], DIR["ana"]] + pay[:5] + led[:2], room=hudson)
    series("Checkout v2 status", "director", d(2026, 4, 9), "11:00", 45, ["TH"], until=d(2026, 7, 30), org=EM["lucia"],
           att=[DIR["jose"]] + chk)
    series("Data platform weekly status", "director", d(2026, 6, 3), "13:00", 45, ["WE"], count=9, org=EM["wei"],
           att=[DIR["zoe"]] + dat)
    series("Eng delivery review (biweekly)", "director", d(2026, 8, 6), "11:00", 60, ["TH"], interval=2, org=DIR["raj"],
           att=dirs5 + [EM[k] for k in ("ben", "lucia", "wei")], room=board_room,
           desc="Director-led delivery review. Directors bring status for their area; Maya joins for the top risks only.\n\n" + zoom())
    series("Architecture review board", "director", d(2026, 8, 12), "15:00", 60, ["WE"], interval=2, org=ICS[16],
           att=[DIR["raj"], EM["nadia"]] + pick(ICS, 8), optional=ICS[20:22])
    series("Payments v3 launch readiness", "director", d(2026, 9, 16), "10:30", 45, ["WE"], until=d(2026, 11, 18),
           org=DIR["ana"], att=[EM["ben"], EM["ollie"]] + TEAM["payments"][:4])
    series("CTO staff", "vp", d(2026, 1, 8), "16:00", 30, ["TH"], org=CTO, cancelled=[d(2026, 9, 10), d(2026, 12, 10)], att=[PEERS["lena"], P("Hugo Almeida")] + dirs5[1:3])
    series("Ops review", "director", d(2026, 1, 6), "16:00", 30, ["TU"], org=EM["diego"],
           att=[DIR["raj"], EM["nadia"], EM["ben"]] + pick(plat, 2))
    # ---- at altitude: directs, staff, peers, customers
    for k, title, day, hm in [("ana", "Ana / Maya 1:1", 0, "16:00"), ("raj", "Maya <> Raj", 1, "14:30"),
                              ("jose", "1:1 José / Maya", 2, "14:00"), ("zoe", "Zoë:Maya weekly", 3, "13:00"),
                              ("kwame", "Kwame + Maya", 4, "11:00")]:
        s = series(title, "vp", d(2026, 6, 1) + TD(day), hm, 30, [WD[day]], until=d(2026, 7, 31), att=[DIR[k]],
                   desc="Running notes: https://docs.lumen.example/d/1on1-%s" % k)
        follow(s, title, "vp", d(2026, 8, 3) + TD(day), hm, 45, [WD[day]],
               moved=[(d(2026, 9, 10), (d(2026, 9, 11), "15:30")), (d(2026, 12, 10), (d(2026, 12, 9), "15:00"))]
               if k == "zoe" else (), cancelled={"ana": [d(2026, 9, 21)], "jose": [d(2026, 9, 23)]}.get(k, ()))
    series("Priya / Maya 1:1", "vp", d(2026, 10, 5), "16:45", 45, ["MO"], att=[DIR["priya"]])
    s = series("Eng staff", "vp", d(2026, 6, 8), "11:00", 60, ["MO"], until=d(2026, 9, 7), att=dirs5 + [HRBP], room=hudson,
               moved=[(d(2026, 6, 29), (d(2026, 7, 2), "15:00"))],
               desc="Agenda doc: https://docs.lumen.example/d/eng-staff\n\n1. Metrics & incidents\n2. Hiring\\, org\n3. Topic of the week")
    follow(s, "Eng leadership staff", "vp", d(2026, 9, 14), "10:30", 90, ["MO"], att=dirs5 + [DIR["priya"], HRBP],
           cancelled=[d(2026, 9, 21), d(2026, 11, 23)])
    series("Daniel / Maya 1:1", "vp", d(2026, 6, 5), "10:00", 45, ["FR"], org=CTO, att=[])
    series("Eng x Product sync (Lena / Maya)", "vp", d(2026, 6, 17), "16:00", 30, ["WE"], interval=2, org=PEERS["lena"], att=[])
    series("Eng x Sales leadership", "vp", d(2026, 7, 14), "16:30", 30, ["2TU"], freq="MONTHLY", org=PEERS["tomas"],
           att=[SALES_AE])
    series("Acme Corp exec sync", "vp", d(2026, 6, 18), "14:00", 60, ["3TH"], freq="MONTHLY",
           att=[EXT["acme"], EXT["acme2"], SALES_AE], desc="Standing exec sync with Acme.\n\n" + zoom())
    series("Eng all-hands", "vp", d(2026, 7, 1), "16:30", 60, ["1WE"], freq="MONTHLY", att=[], group=ALL_ENG, room=board_room)
    series("Lumen all-hands", "vp", d(2026, 6, 26), "12:30", 60, ["-1FR"], freq="MONTHLY", org=CEO, att=[], group=ALL_LUMEN,
           me="TENTATIVE")
    # ---- above: the executive team
    series("ELT weekly", "executive", d(2026, 6, 8), "14:00", 90, ["MO"], org=CEO, att=[CTO, CFO] + peers, room=board_room,
           moved=[(d(2026, 9, 7), (d(2026, 9, 8), "08:30"))])
    # ---- excluded: personal and solo blocks
    series("Lunch", "personal", d(2026, 1, 5), "12:00", 30, WEEKDAYS)
    series("School pickup", "personal", d(2026, 1, 6), "15:30", 30, ["TU", "TH"], until=d(2026, 6, 18))
    series("School pickup", "personal", d(2026, 9, 15), "15:30", 30, ["TU", "TH"], skip=[d(2026, 12, 10)])
    series("Focus block", "solo", d(2026, 7, 10), "13:30", 120, ["FR"], desc="No meetings please – writing/thinking time.")
    series("Prep", "solo", d(2026, 8, 10), "13:30", 30, ["MO"], desc="ELT prep")
    # ---- Outlook: the holding company's Exchange tenant
    H = dict(cal="outlook")
    series("Halcyon Group Tech Council", "executive", d(2026, 6, 10), "13:00", 90, ["2WE"], freq="MONTHLY", tz="london",
           org=EXT["hcto"], att=[EXT["hcoo"], EXT["hciso"], EXT["hcfo"]], moved=[(d(2026, 10, 14), (d(2026, 10, 16), "13:00"))], **H)
    series("Portfolio leadership call", "executive", d(2026, 6, 11), "13:00", 45, ["TH"], interval=2, tz="london",
           org=EXT["hcoo"], att=[EXT["hcto"], EXT["hcfo"]], cancelled=[d(2026, 9, 3)], **H)
    series("Shared services migration – status", "director", d(2026, 6, 9), "09:00", 30, ["TU"], interval=2,
           until=d(2026, 10, 27), until_kind="last", org=PMO, att=[EXT["hciso"], DIR["raj"]],
           skip=[d(2026, 7, 21), d(2026, 9, 29)], **H)
    series("Halcyon security steering committee", "director", d(2026, 6, 29), "08:30", 45, ["-1MO"], freq="MONTHLY", count=6,
           org=EXT["hciso"], att=[EXT["hcto"], PMO], cancelled=[d(2026, 10, 26)], **H)
    series("Halcyon eng leaders forum", "vp", d(2026, 6, 16), "08:30", 30, ["TU"], interval=2, org=EXT["hcto"],
           att=[EXT["hciso"], P("Claude Fontaine", "halcyon.example"), P("Astrid Lund", "halcyon.example")],
           declined=[d(2026, 9, 8)], **H)
    series("Northstar Retail – exec check-in", "vp", d(2026, 8, 7), "08:30", 45, ["1FR"], freq="MONTHLY", org=ME_HAL,
           att=[EXT["north"]], **H)
    fixed()
    acc = {}
    for monday in mondays(FIRST, D(2026, 11, 23)):
        for cat in QUOTA:
            place(cat, monday, acc)
    for ev in EVENTS:
        describe(ev)

def fx(title, level, d, hm, mins, **kw):
    """A one-off at a given time, or the first free slot that day if that time is taken."""
    tz, s = kw.get("tz", "ny"), at(d, hm)
    if kw.get("me", "ACCEPTED") != "DECLINED" and kw.get("status") != "CANCELLED" and kw.get("transp") != "TRANSPARENT" \
            and not free(to_ny(s, tz), mins):
        alt = [c for c in (at(d, "08:30") + TD(minutes=15 * i) for i in range(38 - mins // 15)) if free(c, mins)]
        if not alt:
            print("warning: no slot for %s on %s" % (title, d), file=sys.stderr)
        else:
            s = from_ny(alt[0], tz) if tz != "utc" else alt[0]
    return add(Ev(kw.pop("cal", "google"), title, level, s, s + TD(minutes=mins), **kw))

RAW_FOLD_TEXT = ("Offsite: Ziele für das Offsite – Zoë, José, Inês und Søren bereiten je eine Seite vor. Thèmes: "
                 "stratégie FY27 → croissance, fiabilité, coûts; « moins de réunions, plus de décisions ». "
                 "Bitte vorab lesen: Öffnungszeiten, Übergänge, Größenordnung. ✅ Ergebnis: drei Entscheidungen.")

def fixed():
    d, H = D, dict(cal="outlook")
    chk, led, plat = TEAM["checkout"], TEAM["ledger"], TEAM["platform"]
    dirs5 = [DIR[k] for k in ("ana", "raj", "jose", "zoe", "kwame")]
    bw = [EXT["bw"], EXT["bw2"], SALES_AE]
    # London customer, in London time (placed first: fixed times)
    for day, hm in [(d(2026, 6, 17), "15:00"), (d(2026, 9, 16), "15:00"), (d(2026, 12, 8), "15:00")]:
        fx("Brightwater Bank QBR", "vp", day, hm, 60, tz="london", org=EXT["bw"], att=bw,
           location="Brightwater Bank\\, 1 Finsbury Avenue\\, London EC2M 2PF / Zoom")
    fx("Brightwater Bank QBR – in person", "vp", d(2026, 11, 5), "16:30", 60, tz="london", org=EXT["bw"], att=bw,
       location="Brightwater Bank\\, 1 Finsbury Avenue\\, London")
    # Checkout sprints: she plans and retros with the team until August, then declines
    for i in range(7):
        p, r = d(2026, 6, 2) + TD(14 * i), d(2026, 6, 12) + TD(14 * i)
        me = "DECLINED" if i >= 5 else "ACCEPTED"
        fx(["Sprint %d planning – Checkout", "Checkout Sprint %d planning"][i % 2] % (41 + i), "manager", p, "13:00", 90,
           org=EM["lucia"], att=chk, me=me, room=ROOMS[1])
        if i < 5:
            me = "ACCEPTED" if i == 0 or r in (d(2026, 7, 10), d(2026, 8, 7)) else "DECLINED"
            fx(["Sprint %d retro – Checkout", "Checkout retro (Sprint %d)"][i % 2] % (41 + i), "manager", r, "16:00", 60,
               org=EM["lucia"], att=chk + [DIR["jose"]], me=me)
    # promotion week and the first 90 days
    fx("VP transition plan w/ Daniel", "vp", d(2026, 5, 27), "13:00", 60, org=CTO, att=[])
    fx("Promotion announcement – comms review", "vp", d(2026, 5, 28), "15:00", 30, att=[HRBP, CTO])
    fx("Backfill plan: Director, Payments", "vp", d(2026, 5, 29), "13:00", 45, att=[HRBP, RECRUITER])
    fx("VP onboarding w/ Daniel", "vp", d(2026, 6, 1), "14:00", 90, org=CTO, att=[], desc="30/60/90 plan\\; org map\\; ELT norms")
    fx("Eng leadership update – Maya's new role", "vp", d(2026, 6, 2), "16:30", 60, org=CTO, att=dirs5, group=ALL_ENG,
       room=ROOMS[2])
    fx("Sync", "vp", d(2026, 6, 3), "11:30", 30, att=[DIR["jose"]], desc="")
    fx("Incident 2231 war room", "ic", d(2026, 6, 11), "13:30", 120, org=EM["diego"], att=[EM["ben"]] + TEAM["payments"] + plat,
       desc="Sev2: payouts delayed for ~3% of merchants.\nBridge: https://lumen.zoom.example/j/82231000000\nStatus doc: https://docs.lumen.example/d/inc-2231")
    fx("Incident 2231 postmortem", "director", d(2026, 6, 17), "13:00", 60, org=EM["diego"], att=[EM["ben"], DIR["ana"], DIR["raj"]])
    fx("Team offsite planning – Payments", "manager", d(2026, 6, 18), "10:30", 60, org=EM["ben"], att=[DIR["ana"]], status="CANCELLED")
    fx("Quick chat", "ic", d(2026, 6, 24), "15:00", 30, org=ICS[0], att=[], desc="re: the refund retry PR – 5 min?")
    fx("Q3 roadmap review", "director", d(2026, 7, 1), "10:30", 90, att=dirs5 + [PEERS["lena"]] + list(EM.values()), room=ROOMS[2])
    fx("Catch up", "manager", d(2026, 7, 1), "15:00", 30, org=EM["ben"], att=[])
    fx("Escalation: Initech API limits", "director", d(2026, 7, 9), "15:00", 45, org=SALES_AE, att=[EXT["initech"], DIR["raj"]],
       status="CANCELLED")
    fx("Dentist", "personal", d(2026, 7, 14), "08:00", 60, desc="Dr. Álvarez – 2nd floor", duration=True)
    fx("Incident 2298 war room", "ic", d(2026, 7, 15), "13:00", 90, org=EM["diego"], att=[EM["lucia"]] + chk + plat[:2])
    # San Francisco trip (flights written the way mail-parsed events are: UTC)
    fx("Flight to San Francisco (UA 1529)", "travel", d(2026, 7, 20), "18:00", 200, utc=True,
       location="Newark EWR", desc="Confirmation: K7Q2LM\nSeat 3A")
    allday("Maya in SF", "fyi", d(2026, 7, 21), 2, transp="TRANSPARENT")
    fx("Globex exec sync – onsite", "vp", d(2026, 7, 21), "13:00", 90, utc=True, org=SALES_AE, att=[EXT["globex"], PEERS["tomas"]],
       location="Globex HQ\\, 500 Howard St\\, San Francisco\\, CA")
    fx("Dinner – Globex leadership", "vp", d(2026, 7, 21), "22:00", 120, utc=True, org=SALES_AE, att=[EXT["globex"], PEERS["tomas"]],
       location="Zuni Café")
    fx("Flight: SFO → JFK (UA 2150)", "travel", d(2026, 7, 22), "11:00", 335, utc=True, location="SFO")
    fx("FYI: Checkout v2 launch window", "fyi", d(2026, 7, 29), "14:00", 240, org=EM["lucia"], att=chk, transp="TRANSPARENT",
       desc="No action needed – FYI hold so you know when we flip the flag.")
    allday("Checkout v2 launch 🎉", "fyi", d(2026, 7, 29), org=EM["lucia"], att=[DIR["jose"]], transp="TRANSPARENT")
    fx("Quick chat", "vp", d(2026, 8, 4), "15:30", 30, org=EXT["search"], att=[], desc="Director of Infrastructure search – shortlist")
    fx("Architecture guild", "ic", d(2026, 8, 12), "16:00", 60, org=ICS[3], att=TEAM["platform"], me="DECLINED")
    allday("OOO – vacation", "ooo", d(2026, 8, 17), 5, desc="Out of office – back Monday 8/24. Urgent: Raj Iyer (acting).")
    # board
    fx("Board prep", "executive", d(2026, 9, 3), "13:00", 90, org=CEO, att=[CTO, CFO])
    fx("Board prep", "executive", d(2026, 9, 8), "13:00", 60, org=CEO, att=[CTO, CFO, PEERS["lena"]])
    fx("Q3 board meeting", "executive", d(2026, 9, 10), "13:00", 240, org=CEO, room=ROOMS[2],
       att=[CTO, CFO, EXT["board1"], EXT["board2"]] + list(PEERS.values()))
    fx("Sync", "vp", d(2026, 9, 16), "16:30", 30, org=PEERS["lena"], att=[])
    # incident week (W39): back in the war room
    fx("Incident 2417 war room", "ic", d(2026, 9, 21), "08:30", 120, org=EM["diego"],
       att=[EM["ben"], EM["ollie"], DIR["ana"]] + TEAM["payments"] + led,
       desc="Sev1: ledger writes failing for EU merchants.\nBridge: https://lumen.zoom.example/j/82417000000\nComms: #inc-2417")
    fx("INC-2417 bridge", "ic", d(2026, 9, 21), "10:30", 90, org=EM["diego"], att=[EM["ollie"]] + led)
    fx("INC-2417 bridge", "ic", d(2026, 9, 21), "15:30", 90, org=EM["diego"], att=[EM["ollie"]] + led)
    fx("Incident 2417 war room", "ic", d(2026, 9, 22), "08:30", 90, org=EM["diego"], att=[EM["ollie"]] + led)
    fx("Incident 2417 – Acme escalation call", "director", d(2026, 9, 22), "13:00", 60, org=SALES_AE,
       att=[EXT["acme"], DIR["ana"]])
    fx("Debug: ledger replay w/ Kai", "ic", d(2026, 9, 23), "10:30", 90, att=[ICS[0], led[0]])
    fx("Incident 2417 war room", "ic", d(2026, 9, 23), "13:00", 120, org=EM["diego"], att=[EM["ollie"]] + led)
    fx("Incident 2417 customer comms – line edits", "ic", d(2026, 9, 24), "10:30", 60, att=[SALES_AE, EM["ollie"]])
    fx("Incident 2417 – exec update", "director", d(2026, 9, 24), "16:30", 30, att=[CTO, CEO, DIR["ana"]])
    fx("Incident 2417 postmortem prep", "director", d(2026, 9, 25), "15:30", 60, att=[EM["diego"], EM["ollie"]])
    fx("Incident 2417 postmortem", "director", d(2026, 9, 29), "13:00", 90, org=EM["diego"],
       att=[EM["ollie"], DIR["ana"], DIR["raj"]] + led, room=ROOMS[0])
    fx("Globex exec briefing", "vp", d(2026, 9, 30), "15:00", 60, org=SALES_AE, att=[EXT["globex"]], status="CANCELLED")
    fx("1:1", "vp", d(2026, 9, 30), "16:30", 30, att=[EM["wei"]], desc="")
    fx("Payments hackathon demos", "ic", d(2026, 10, 2), "15:30", 90, org=EM["ben"], att=TEAM["payments"], me="DECLINED")
    fx("Welcome coffee – Priya", "vp", d(2026, 10, 5), "09:00", 30, att=[DIR["priya"]], duration=True)
    # ELT offsite (all-day) with its working sessions
    allday("ELT offsite – Hudson Valley", "offsite", d(2026, 10, 8), 2, org=CEO, att=[CTO, CFO] + list(PEERS.values()),
           location="Mohonk Mountain House\\, New Paltz\\, NY")
    fx("Offsite: FY27 strategy", "executive", d(2026, 10, 8), "09:00", 180, org=CEO, att=[CTO, CFO] + list(PEERS.values()),
       desc=RAW_FOLD_TEXT, raw_fold=True)
    fx("Offsite: org & talent", "executive", d(2026, 10, 8), "13:30", 210, org=CEO, att=[CTO, CFO] + list(PEERS.values()))
    fx("Offsite: FY27 strategy (day 2)", "executive", d(2026, 10, 9), "09:00", 180, org=CEO, att=[CTO, CFO] + list(PEERS.values()))
    fx("Re: numbers", "vp", d(2026, 10, 14), "16:30", 30, org=CFO, att=[])
    # re-org week (W43): the platform split pulls her back into team-level execution
    fx("Org design: platform split – final review", "vp", d(2026, 10, 19), "10:30", 60, att=[DIR["raj"], DIR["priya"], HRBP])
    fx("Team mapping: Platform squads", "manager", d(2026, 10, 19), "15:30", 60, att=[EM["nadia"]] + plat)
    fx("Reorg announcement – Platform & Infrastructure", "vp", d(2026, 10, 20), "09:00", 30, group=ALL_ENG,
       att=[DIR["raj"], DIR["priya"]], raw_fold=True,
       desc="Platform splits into Infrastructure (Priya Raman) and Developer Experience (Raj Iyer) – effective 2 Nov. "
            "FAQ: https://docs.lumen.example/d/reorg-faq – questions → #eng-reorg. Merci, gracias, danke, ありがとう!")
    fx("Sprint 0 planning – Infrastructure", "manager", d(2026, 10, 20), "10:30", 90, att=[DIR["priya"], EM["nadia"]] + plat)
    fx("Reorg FAQ – line edits", "ic", d(2026, 10, 20), "16:30", 60, att=[HRBP])
    fx("Backlog split: Infra vs DevEx", "manager", d(2026, 10, 21), "10:30", 90, att=[EM["nadia"], DIR["priya"]] + plat[:2])
    fx("On-call rotation redesign", "manager", d(2026, 10, 21), "15:00", 60, att=[EM["diego"], EM["nadia"]])
    fx("Team kickoff: Infrastructure", "manager", d(2026, 10, 22), "10:30", 60, org=DIR["priya"], att=[EM["nadia"]] + plat)
    fx("Service ownership mapping", "director", d(2026, 10, 22), "14:00", 90, att=[DIR["raj"], DIR["priya"], EM["diego"]])
    fx("Team kickoff: Developer Experience", "manager", d(2026, 10, 23), "10:30", 60, org=DIR["raj"], att=plat[2:])
    fx("Catch up", "vp", d(2026, 10, 28), "16:30", 30, org=CTO, att=[])
    # London: Halcyon leadership summit
    fx("Flight to London (BA 178)", "travel", d(2026, 11, 3), "18:30", 435, location="JFK Terminal 8")
    EVENTS[-1].end, EVENTS[-1].end_tz = T(2026, 11, 4, 6, 45), "london"
    fx("Flight: LHR → JFK (BA 177)", "travel", d(2026, 11, 6), "11:00", 470, tz="london", location="LHR Terminal 5")
    EVENTS[-1].end, EVENTS[-1].end_tz = T(2026, 11, 6, 13, 50), "ny"
    allday("Q4 planning week", "fyi", d(2026, 11, 9), 5, transp="TRANSPARENT")
    fx("Skip-level: Ollie", "vp", d(2026, 11, 11), "15:00", 45, att=[EM["ollie"]], status="CANCELLED")
    fx("Parent-teacher conference", "personal", d(2026, 11, 12), "17:30", 30, location="PS 321")
    fx("FYI: Payments v3 code freeze", "fyi", d(2026, 11, 16), "09:00", 480, org=EM["ben"], att=TEAM["payments"],
       transp="TRANSPARENT")
    allday("Payments v3 launch 🚀", "fyi", d(2026, 11, 17), org=DIR["ana"], att=TEAM["payments"], transp="TRANSPARENT")
    fx("Talent review – Directors (H2)", "vp", d(2026, 11, 18), "13:00", 120, att=dirs5 + [DIR["priya"], HRBP], room=ROOMS[0])
    fx("Succession planning: Directors", "vp", d(2026, 11, 19), "10:30", 60, att=[HRBP, PEERS["hannah"]])
    for day, name in sorted(HOLIDAYS.items()):
        if name != "Day after Thanksgiving":
            allday("Lumen holiday – " + name, "holiday", day, 2 if name == "Thanksgiving" else 1, org=PEOPLEOPS, att=[],
                   transp="TRANSPARENT", group=ALL_LUMEN)
    # forward look: already booked for the two weeks after the export
    fx("FY27 planning kickoff", "executive", d(2026, 12, 1), "13:00", 90, org=CEO, att=[CTO, CFO] + list(PEERS.values()),
       me="NEEDS-ACTION")
    fx("Talent review – Q4 calibration", "vp", d(2026, 12, 2), "13:00", 120, org=HRBP, att=dirs5 + [DIR["priya"]], me="TENTATIVE")
    fx("Board prep", "executive", d(2026, 12, 3), "13:00", 90, org=CEO, att=[CTO, CFO])
    fx("Interview: EM, Ledger – final round", "vp", d(2026, 12, 4), "13:00", 60, org=RECRUITER, att=[CANDS[4]])
    fx("FY27 headcount – final numbers", "vp", d(2026, 12, 7), "15:00", 60, org=FINANCE_BP, att=[CFO, DIR["raj"]])
    fx("Design review: ledger v2 schema", "ic", d(2026, 12, 9), "15:00", 60, org=EM["ollie"], att=led, me="NEEDS-ACTION")
    fx("Q4 board meeting", "executive", d(2026, 12, 10), "13:00", 240, org=CEO, room=ROOMS[2],
       att=[CTO, CFO, EXT["board1"], EXT["board2"]] + list(PEERS.values()))
    fx("Lumen holiday party 🎄", "social", d(2026, 12, 11), "18:00", 180, org=PEOPLEOPS, att=[], group=ALL_LUMEN,
       me="NEEDS-ACTION", location="The Foundry\\, Long Island City")
    # ---- Outlook: Halcyon (parent company) one-offs
    hal = [EXT["hcto"], EXT["hcoo"]]
    fx("Welcome to Halcyon leadership – onboarding", "vp", d(2026, 6, 9), "14:00", 60, tz="london", org=EXT["hcoo"], att=hal, **H)
    fx("Northstar Retail – technical deep dive (API v2)", "ic", d(2026, 6, 24), "13:00", 90, org=EXT["north"],
       att=[PMO] + chk[:2], **H)
    fx("Halcyon group all-hands (Q2)", "vp", d(2026, 6, 25), "15:00", 60, tz="london", org=EXT["hcoo"], att=[],
       group=ALL_HAL, **H)
    fx("Kestrel Logistics – exec QBR", "vp", d(2026, 7, 15), "10:30", 60, org=PMO, att=[EXT["kestrel"], EXT["hcoo"]], **H)
    fx("Escalation: Northstar settlement delays", "director", d(2026, 7, 30), "15:00", 45, org=EXT["north"],
       att=[PMO, DIR["ana"]], **H)
    fx("Group procurement – cloud contract review", "director", d(2026, 8, 12), "14:00", 60, org=PMO,
       att=[EXT["vendor"], EXT["hcfo"]], me="DECLINED", **H)
    fx("Halcyon Women in Tech breakfast", "social", d(2026, 9, 9), "08:00", 60, org=EXT["hciso"], att=[], me="TENTATIVE",
       location="Halcyon NYC office\\, 7th floor", **H)
    fx("Halcyon group all-hands (Q3)", "vp", d(2026, 9, 24), "15:00", 60, tz="london", org=EXT["hcoo"], att=[],
       group=ALL_HAL, **H)
    fx("Kestrel Logistics – exec QBR", "vp", d(2026, 10, 14), "10:30", 60, org=PMO, att=[EXT["kestrel"], EXT["hcoo"]], **H)
    fx("Group architecture forum", "director", d(2026, 10, 21), "13:00", 60, org=EXT["hcto"], att=hal, status="CANCELLED", **H)
    allday("Halcyon leadership summit – London", "offsite", d(2026, 11, 4), 2, org=EXT["hcoo"], att=hal, **H)
    fx("Summit: plenary – Halcyon 2030", "executive", d(2026, 11, 4), "09:30", 180, tz="london", org=EXT["hcoo"], att=hal,
       location="Halcyon House\\, 20 Old Bailey\\, London", **H)
    fx("Summit: portfolio CTO roundtable", "executive", d(2026, 11, 4), "14:00", 120, tz="london", org=EXT["hcto"], att=hal, **H)
    fx("Summit: customer panel", "vp", d(2026, 11, 5), "10:00", 120, tz="london", org=EXT["hcoo"],
       att=[EXT["north"], EXT["kestrel"]], **H)
    fx("Gerhard / Maya", "vp", d(2026, 11, 18), "14:00", 30, tz="london", org=EXT["hcto"], att=[], **H)
    fx("Halcyon group all-hands (Q4)", "vp", d(2026, 12, 9), "15:00", 60, tz="london", org=EXT["hcoo"], att=[],
       group=ALL_HAL, me="NEEDS-ACTION", **H)

# ------------------------------------------------------------------- writing iCalendar
def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def fold(line, raw=False):
    """Fold at 75 octets: at character boundaries, or (raw) exactly at 75 octets even
    inside a multi-byte UTF-8 character, which RFC 5545 section 3.1 permits."""
    b, out, limit = line.encode("utf-8"), [], 75
    if raw:
        while len(b) > limit:
            out.append(b[:limit])
            b, limit = b[limit:], 74
        return b"\r\n ".join(out + [b]) + b"\r\n"
    cur = b""
    for ch in line:
        c = ch.encode("utf-8")
        if len(cur) + len(c) > limit:
            out.append(cur)
            cur, limit = b"", 74
        cur += c
    return b"\r\n ".join(out + [cur]) + b"\r\n"

def split_inside_char(line):
    b = line.encode("utf-8")
    cuts = [75 + 74 * i for i in range((len(b) - 2) // 74)]
    return any(c < len(b) and (b[c] & 0xC0) == 0x80 for c in cuts)

TZID = {("google", "ny"): "America/New_York", ("google", "london"): "Europe/London",
        ("outlook", "ny"): '"Eastern Standard Time"', ("outlook", "london"): '"GMT Standard Time"'}
STAMP = "%Y%m%dT%H%M%S"

def when(name, ev, t, tz=None):
    tz = tz or ev.tz
    if not isinstance(t, T):
        return "%s;VALUE=DATE:%s" % (name, t.strftime("%Y%m%d"))
    if ev.utc or tz == "utc":
        return "%s:%sZ" % (name, to_utc(t, ev.tz if ev.utc else "utc").strftime(STAMP))
    return "%s;TZID=%s:%s" % (name, TZID[ev.cal, tz], t.strftime(STAMP))

def rrule(ev):
    r, parts = ev.rrule, ["FREQ=" + ev.rrule["freq"]]
    days = sorted(r["byday"]) if ev.cal == "google" else r["byday"]
    if ev.cal == "google" and r.get("interval", 1) > 1:
        parts.append("WKST=SU")
    if r.get("until"):
        if r["until_kind"] == "date":
            u = r["until"].strftime("%Y%m%d")
        elif r["until_kind"] == "last":
            u = to_utc(occurrences(ev)[-1], ev.tz).strftime(STAMP) + "Z"
        else:
            u = to_utc(T.combine(r["until"], dt.time(23, 59, 59)), ev.tz).strftime(STAMP) + "Z"
        parts.append("UNTIL=" + u)
    if r.get("count"):
        parts.append("COUNT=%d" % r["count"])
    if r.get("interval", 1) > 1 or ev.cal == "outlook":
        parts.append("INTERVAL=%d" % r.get("interval", 1))
    parts.append("BYDAY=" + ",".join(days))
    if ev.cal == "outlook":
        parts.append("WKST=SU")
    return "RRULE:" + ";".join(parts)

def edited(ev, rid):
    """LAST-MODIFIED: the master's, or for an override a few days before the occurrence."""
    if not rid:
        return ev.modified
    return min(max(ev.modified, T.combine(rid.date(), dt.time(9, 41)) - TD(days=4 + rid.day % 5)), T(2026, 11, 27, 17, 3))

def others_partstat():
    r = rng.random()
    return "ACCEPTED" if r < 0.75 else "NEEDS-ACTION" if r < 0.87 else "TENTATIVE" if r < 0.94 else "DECLINED"

def cn(name, always=False):
    return '"%s"' % name if always or any(c in name for c in ",;:") else name

def google_vevent(ev, rid=None, o=None):
    o = o or {}
    start = o.get("start", rid or ev.start)
    end = start + (ev.end - ev.start) if rid else ev.end
    me, status = o.get("me", ev.me), o.get("status", ev.status)
    L = [when("DTSTART", ev, start)]
    if ev.duration:
        L.append("DURATION:PT%dM" % ((end - start).seconds // 60))
    else:
        L.append(when("DTEND", ev, end, None if rid else ev.end_tz))
    if ev.rrule and not rid:
        L.append(rrule(ev))
        L += [when("EXDATE", ev, x) for x in ev.exdates]
    L += ["DTSTAMP:" + DTSTAMP, "ORGANIZER;CN=%s:mailto:%s" % (cn(ev.org[0] if not ev.mine else ev.org[1]), ev.org[1]),
          "UID:" + ev.uid]
    if rid:
        L.append(when("RECURRENCE-ID", ev, rid))
    if ev.att or ev.group or ev.room or not ev.mine:
        a = "ATTENDEE;CUTYPE=%s;ROLE=%s;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
        people = [(ev.org, "ACCEPTED")] if not ev.mine else []
        people.append((ME, "ACCEPTED" if ev.mine else me))
        people += [(p, others_partstat()) for p in ev.att if p not in (ev.org, ME)]
        for p, ps in people:
            L.append(a % ("INDIVIDUAL", "REQ-PARTICIPANT", ps, cn(p[0] if p[1].split("@")[1] == "lumen.example" or rng.random() < 0.7
                                                                   else p[1]), p[1]))
        L += [a % ("INDIVIDUAL", "OPT-PARTICIPANT", others_partstat(), cn(p[0]), p[1]) for p in ev.optional]
        if ev.room:
            L.append(a % ("ROOM", "REQ-PARTICIPANT", "ACCEPTED", cn(ev.room[0]), ev.room[1]))
        if ev.group:
            L.append(a % ("GROUP", "REQ-PARTICIPANT", "NEEDS-ACTION", cn(ev.group[0]), ev.group[1]))
    mod = edited(ev, rid)
    L += ["CREATED:" + ev.created.strftime(STAMP) + "Z", "DESCRIPTION:" + esc(ev.desc or ""),
          "LAST-MODIFIED:" + mod.strftime(STAMP) + "Z",
          "LOCATION:" + (esc(ev.room[0]) if ev.room else ev.location if ev.location is not None else ""),
          "SEQUENCE:%d" % (ev.seq + (1 if rid else 0)), "STATUS:" + status, "SUMMARY:" + esc(ev.title),
          "TRANSP:" + ev.transp]
    return ["BEGIN:VEVENT"] + L + ["END:VEVENT"]

def outlook_vevent(ev, rid=None, o=None):
    o = o or {}
    start = o.get("start", rid or ev.start)
    end = start + (ev.end - ev.start) if rid else ev.end
    me, status = o.get("me", ev.me), o.get("status", ev.status)
    L = []
    people = ([] if ev.mine else [(ME_HAL, me, "REQ-PARTICIPANT")]) + [(p, "NEEDS-ACTION", "REQ-PARTICIPANT") for p in ev.att]
    for p, ps, role in people:
        L.append('ATTENDEE;CN="%s";ROLE=%s;PARTSTAT=%s;RSVP=TRUE:mailto:%s' % (
            ", ".join(reversed(p[0].split(" ", 1))) if p[1].endswith("halcyon.example") else p[0], role, ps, p[1]))
    if ev.group:
        L.append('ATTENDEE;CN="%s";CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % ev.group)
    if ev.tz == "london" and ev.att:
        L.append('ATTENDEE;CN="LON-5F-Thames (16)";CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:lon-5f-thames@halcyon.example')
    L += ["CLASS:PUBLIC", "CREATED:" + ev.created.strftime(STAMP) + "Z", "DESCRIPTION:" + esc(ev.desc or "") + "\\n",
          when("DTEND", ev, end), "DTSTAMP:" + DTSTAMP, when("DTSTART", ev, start)]
    if ev.rrule and not rid and ev.exdates:
        L.append(when("EXDATE", ev, ev.exdates[0]) + "".join("," + x.strftime(STAMP) for x in ev.exdates[1:]))
    L += ["LAST-MODIFIED:" + edited(ev, rid).strftime(STAMP) + "Z",
          "LOCATION:" + (ev.location or ""),
          'ORGANIZER;CN="%s":mailto:%s' % (ev.org[0], ev.org[1]), "PRIORITY:5"]
    if rid:
        L.append(when("RECURRENCE-ID", ev, rid))
    if ev.rrule and not rid:
        L.append(rrule(ev))
    L += ["SEQUENCE:%d" % (ev.seq + (1 if rid else 0))]
    if status == "CANCELLED":
        L.append("STATUS:CANCELLED")
    L += ["SUMMARY;LANGUAGE=en-us:" + esc(("Canceled: " if status == "CANCELLED" else "") + ev.title),
          "TRANSP:" + ev.transp, "UID:" + ev.uid]
    if ev.desc:
        L.append("X-ALT-DESC;FMTTYPE=text/html:" + esc('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                 'charset=utf-8">\n</head>\n<body>\n<p>' + ev.desc.replace("\n", "<br>\n") + "</p>\n</body>\n</html>"))
    busy = {"ACCEPTED": "BUSY", "TENTATIVE": "TENTATIVE", "DECLINED": "FREE", "NEEDS-ACTION": "TENTATIVE"}[me]
    busy = "OOF" if ev.level in ("ooo", "offsite") else "FREE" if ev.transp == "TRANSPARENT" else busy
    L += ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % (ev.seq + (1 if rid else 0)),
          "X-MICROSOFT-CDO-BUSYSTATUS:" + busy, "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if ev.allday else "FALSE"), "X-MICROSOFT-CDO-IMPORTANCE:1",
          "X-MICROSOFT-CDO-INSTTYPE:%d" % (3 if rid else 1 if ev.rrule else 0), "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
          "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE", "X-MS-OLK-CONFTYPE:0"]
    return ["BEGIN:VEVENT"] + L + ["END:VEVENT"]

VTZ = {
    "google": {"ny": """BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""", "london": """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""},
    "outlook": {"ny": """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""", "london": """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""}}

HEADER = {
    "google": ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH", "X-WR-CALNAME:" + ME[1], "X-WR-TIMEZONE:America/New_York"],
    "outlook": ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
                "METHOD:PUBLISH", "X-CALSTART:20260601T130000Z", "X-CALEND:20261231T180000Z",
                "X-MS-OLK-FORCEINSPECTOROPEN:TRUE", "X-WR-CALNAME:Calendar",
                "X-WR-RELCALID:{0000002E-7A1C-3F04-2B8E-41D6C9F05A11}", "X-PRIMARY-CALENDAR:TRUE",
                'X-OWNER;CN="Maya Castellanos":mailto:' + ME_HAL[1],
                'X-MS-OLK-WKHRSTART;TZID="Eastern Standard Time":083000',
                'X-MS-OLK-WKHREND;TZID="Eastern Standard Time":180000', "X-MS-OLK-WKHRDAYS:MO,TU,WE,TH,FR"]}

def write_ics(cal, path):
    evs = [e for e in EVENTS if e.cal == cal]
    if cal == "google":   # Google lists newest-first-ish; keep a stable, non-chronological order
        evs = sorted(evs, key=lambda e: e.uid)
    body, raw_split = [fold(x) for x in HEADER[cal]], 0
    body += [fold(x) for x in VTZ[cal]["ny"].split("\n") + VTZ[cal]["london"].split("\n")]
    writer = google_vevent if cal == "google" else outlook_vevent
    for ev in evs:
        blocks = [writer(ev)] + [writer(ev, rid, o) for rid, o in sorted(ev.over.items())]
        for lines in blocks:
            for line in lines:
                raw = ev.raw_fold and line.startswith("DESCRIPTION:")
                raw_split += raw and split_inside_char(line)
                body.append(fold(line, raw))
    body.append(fold("END:VCALENDAR"))
    with open(path, "wb") as f:
        f.write(b"".join(body))
    return len(evs), sum(len(e.over) for e in evs), raw_split

# ------------------------------------------------------------------- intended truth
def all_instances():
    for ev in EVENTS:
        for rid, s, e, status, me in instances(ev):
            yield ev, rid, s, e, status, me

def oracle_rows():
    rows = []
    for ev, rid, s, e, status, me in all_instances():
        if ev.allday:
            rows.append("%s|%s|%s|1" % (ev.uid, s.isoformat(), e.isoformat()))
        elif D(2026, 5, 1) <= to_ny(s, ev.tz).date() < D(2027, 1, 1):
            z = lambda t, tz: to_utc(t, tz).strftime("%Y-%m-%dT%H:%M:%SZ")
            rows.append("%s|%s|%s|0" % (ev.uid, z(s, ev.tz), z(e, ev.end_tz)))
    return sorted(rows)

def truth():
    weeks = {m: dict(n=0, total=0, below=0, at=0, above=0, excluded=0) for m in mondays(FIRST, HORIZON - TD(1))}
    for ev, rid, s, e, status, me in all_instances():
        if ev.allday or not counted(status, me, ev):
            continue
        s_ny = to_ny(s, ev.tz)
        if not FIRST <= s_ny.date() < HORIZON:
            continue
        hours = (to_utc(e, ev.end_tz) - to_utc(s, ev.tz)).total_seconds() / 3600
        w = weeks[s_ny.date() - TD(s_ny.weekday())]
        band = "below" if ev.level in BELOW else "at" if ev.level in AT else "above" if ev.level in ABOVE else "excluded"
        w["n"] += 1
        w["total"] += hours
        w[band] += hours
    return sorted(weeks.items())

def write_truth(path):
    """One row per VEVENT UID: the level the author had in mind (the format of
    Tests/Evaluation/truth.csv), for scripts/evaluate.py."""
    rows = ["key,level,title"]
    for ev in sorted(EVENTS, key=lambda e: e.uid):
        level = ev.level if ev.level in BELOW + AT + ABOVE else "excluded"
        title = ev.title.replace('"', '""')
        rows.append('%s,%s,"%s"' % (ev.uid, level, title))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")

def truth_table():
    out = ["| ISO week | Monday | instances | hours | below | at | above | excluded | below share |",
           "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for monday, w in truth():
        denom = w["below"] + w["at"] + w["above"]
        share = "%.0f%%" % (100 * w["below"] / denom) if denom else "–"
        tag = " (forward look)" if monday > LAST else ""
        out.append("| %d-W%02d%s | %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %s |" % (
            monday.isocalendar()[0], monday.isocalendar()[1], tag, monday, w["n"], w["total"], w["below"], w["at"],
            w["above"], w["excluded"], share))
    return "\n".join(out)

# ------------------------------------------------------------------- profile and README
PROFILE = """# Altitude profile: the leader whose calendar SampleData/ holds.
# Generated by scripts/sample_data.py - edit the script, not this file.
name: Maya Castellanos
email: maya.castellanos@lumen.example
# Other addresses of the same person: a short alias, and her account on the
# parent company's Exchange tenant (vp-outlook.ics).
aliases: [maya@lumen.example, maya.castellanos@halcyon.example]
level: vp                                # ic | manager | director | vp | executive
function: engineering                    # the rule pack for her function (Rules/packs/)
timezone: America/New_York
promoted: 2026-06-01                     # Director of Engineering -> VP Engineering
# Email domains inside the company (Lumen and its parent, Halcyon Holdings).
organization: [lumen.example, halcyon.example]
manager: daniel.reiter@lumen.example     # Daniel Reiter, CTO
directs:                                 # her directors (Priya Raman joined 2026-10-05)
%s
peers:                                   # the other VPs on the executive team
%s
working_hours: {start: "08:30", end: "18:00", days: [mon, tue, wed, thu, fri]}
target: 0.25                             # goal for the below-altitude share (fraction)
""" % ("\n".join("  - " + p[1] for p in DIR.values()), "\n".join("  - " + p[1] for p in PEERS.values()))

README = """# Sample data: a newly promoted VP

Generated by `scripts/sample_data.py` (Python 3, standard library only, fixed seed):
run `python3 scripts/sample_data.py` from the repository root to rewrite every file
here byte for byte; it prints the weekly truth table below. `--instances` also prints
every instance in the row shape of `bench/oracle.py`, to compare expansions.

## Who and what

**Maya Castellanos** (`maya.castellanos@lumen.example`, America/New_York) was Director
of Engineering for Payments at Lumen and became **VP Engineering on 2026-06-01**. Her
manager is Daniel Reiter (CTO); her directs are five directors (Ana Lima, Raj Iyer,
José Martínez, Zoë Fischer, Kwame Mensah) and, from 2026-10-05, Priya Raman, hired
through a director search; her peers are the VPs of Product, Sales, Design and People.
Lumen is owned by Halcyon Holdings, whose Exchange tenant gives her a second calendar.

The story: in June she still does her old job - the Payments and Ledger standups,
Checkout sprint planning and retros, line-by-line design and code reviews, phone
screens, incident war rooms and three weekly project status reviews. Over the summer
she delegates: the status reviews end in July and become a fortnightly director-led
"Eng delivery review"; the Payments standup moves in July and she declines the new
series; she stops going to sprint ceremonies in August (declining the invites). Her
time moves to weekly 1:1s with her directors (30 then 45 minutes), Eng staff, org
design, talent and succession reviews, hiring a director, FY27 budget and headcount,
customer executives, peer VPs, the ELT and the board. It is not a straight line: in
the incident week (2026-W39, Sev1 "Incident 2417") she is back in the war room, and
in the re-org week (2026-W43, the platform split) she runs team kickoffs and sprint-0
planning herself.

## Files

| file | what it is |
|---|---|
| `vp-google.ics` | her Lumen calendar, exported from Google Calendar (%(g_events)d VEVENTs, %(g_over)d of them overrides) |
| `vp-outlook.ics` | her Halcyon calendar, exported from Outlook 16 / Exchange (%(o_events)d VEVENTs, %(o_over)d overrides): group leadership, the London summit, Halcyon customers |
| `profile.yaml` | her Altitude profile |

Span: 2026-05-25 to 2026-11-29, exported on 2026-11-28 (every DTSTAMP), plus the
meetings already booked for 2026-11-30 to 2026-12-11 (forward look). Recurring series
without an end run on past that.

## Intended truth, per ISO week (both files together)

Hours of timed meetings she accepted, organised or tentatively accepted, not cancelled,
by the level the author had in mind (below = ic, manager, director; at = vp; above =
executive; excluded = personal, travel, solo blocks such as "Focus block" and "Prep",
FYI holds marked free, social). All-day events, declined, unanswered (NEEDS-ACTION) and
cancelled meetings are not counted at all. The share is below / (below + at + above).
Meetings do not overlap, except FYI holds marked free (TRANSP:TRANSPARENT).

%(table)s

2026-W22 is her last week as a director (measured against the VP level all the same);
2026-W34 is her vacation (every meeting declined); W39 is the incident week, W41 the
ELT offsite, W43 the re-org, W45 the Halcyon summit in London (long flights, excluded),
W48 Thanksgiving. Mean below share: %(early)s in her first four weeks as VP (W23-W26),
%(late)s in the last four (W45-W48), against a target of 25%%.

Judgement calls in that truth: a 1:1 with her manager, peer syncs, company and group
all-hands count as `vp`; solo blocks ("Focus block", "Prep", "Hold", "Busy", "Inbox
zero") are excluded, except the ones where she writes a spec or an RFC herself
("Write: Payments v3 spec", "Draft RFC: ...": `ic`). Titles that
say nothing on their own - "Sync" (with José, with Lena), "Catch up" (with Ben, an
engineering manager: `manager`; with Daniel: `vp`), "Quick chat" (with an engineer about a
PR: `ic`; with an executive recruiter: `vp`), "1:1" (a skip-level), "Re: numbers" (the CFO),
"Gerhard / Maya" - are there to be classified by attendees, or to land in unclassified.

## Deliberate quirks

Both files:
- weekly, biweekly and monthly (`BYDAY=3TH`, `BYDAY=-1FR`) RRULEs, unbounded or with
  UNTIL or COUNT; EXDATEs for holidays (Google: one line each; Outlook: a comma list);
  `COUNT` series whose EXDATE falls inside the counted set (security steering committee);
- moved single occurrences and cancelled occurrences (override VEVENTs with the same UID
  and RECURRENCE-ID), auto-declined occurrences while she is away (vacation, ELT offsite,
  London summit, SF trip), cancelled one-offs (STATUS:CANCELLED), declined meetings,
  TENTATIVE and NEEDS-ACTION replies, TRANSP:TRANSPARENT FYI holds;
- all-day events (VALUE=DATE, exclusive DTEND, multi-day vacation and offsites), US
  holidays; a London customer (Europe/London / "GMT Standard Time"); a series in London
  time (Portfolio leadership call, 13:00 London) that lands at 09:00 instead of 08:00 in
  New York on 2026-10-29 (Europe has left summer time, the US has not yet);
- non-ASCII names and text (José, Zoë, Lucía, Inês, →, emoji) and RFC 5545 escaping
  (`\\,` `\\;` `\\n`); lines folded at 75 octets on character boundaries.

Google (`vp-google.ics`): Google's PRODID, X-WR-CALNAME/X-WR-TIMEZONE, Google's
VTIMEZONE blocks, `@google.com` UIDs and `_R<date>` UIDs where a series was split with
"this and following" (Payments standup, directs' 1:1s, Eng staff); BYDAY lists in
Google's alphabetical order (`FR,MO,TH,TU,WE`); a date-only `UNTIL=20260930` on a
date-time series (Ledger standup); UNTIL at 23:59:59 local in UTC; CUTYPE=ROOM and
CUTYPE=GROUP attendees, X-NUM-GUESTS, external attendees whose CN is their address;
the owner's own events with `ORGANIZER;CN=<her address>` and no attendees; empty
`DESCRIPTION:` and `LOCATION:` lines; Google Meet and Zoom blocks; a few events in UTC
(`DTSTART:...Z`) and with DURATION instead of DTEND; a flight whose DTSTART and DTEND use
different TZIDs; a customer dinner ending at midnight; %(raw)d DESCRIPTIONs folded at
exactly 75 octets even inside a multi-byte UTF-8 character (the ELT offsite session and
the re-org announcement).

Outlook (`vp-outlook.ics`): Outlook's PRODID and X-CALSTART/X-WR-RELCALID/X-OWNER/
X-MS-OLK-WKHR* headers; Windows zone names as TZID, quoted in parameters
(`DTSTART;TZID="Eastern Standard Time":...`), VTIMEZONE blocks starting 16010101;
RRULEs with INTERVAL and WKST=SU and UNTIL at the last occurrence's start in UTC;
`040000008200E00074C5B7101A82E008...` UIDs; `SUMMARY;LANGUAGE=en-us`, CLASS:PUBLIC,
PRIORITY:5, X-MICROSOFT-CDO-BUSYSTATUS (BUSY, TENTATIVE, FREE, OOF) and ALLDAYEVENT,
INSTTYPE; quoted `CN="Vogel, Gerhard"` (last, first) for Halcyon people; the organizer
is not repeated as an attendee; other attendees are all NEEDS-ACTION as the organizer's
copy shows them; a room as CUTYPE=ROOM with ROLE=NON-PARTICIPANT; a cancelled meeting
titled "Canceled: ..."; X-ALT-DESC HTML copies; a trailing `\\n` on every DESCRIPTION.

Warnings an importer may rightly print: none are intended.
"""

def main():
    build()
    os.makedirs(OUT, exist_ok=True)
    g = write_ics("google", os.path.join(OUT, "vp-google.ics"))
    o = write_ics("outlook", os.path.join(OUT, "vp-outlook.ics"))
    assert g[2] == 2, "both raw-folded DESCRIPTIONs must split a multi-byte character"
    table = truth_table()
    weeks = dict(truth())
    mean = lambda ms: "%.0f%%" % (100 * sum(weeks[m]["below"] / (weeks[m]["below"] + weeks[m]["at"] + weeks[m]["above"])
                                           for m in ms) / len(ms))
    shares = dict(early=mean([D(2026, 6, 1) + TD(7 * i) for i in range(4)]),
                  late=mean([D(2026, 11, 2) + TD(7 * i) for i in range(4)]))
    write_truth(os.path.join(OUT, "truth.csv"))
    with open(os.path.join(OUT, "profile.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PROFILE)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README % dict(g_events=g[0] + g[1], g_over=g[1], o_events=o[0] + o[1], o_over=o[1], table=table, raw=g[2], **shares))
    print(table)
    print("mean below share: first four weeks as VP %(early)s, last four weeks %(late)s" % shares)
    if "--instances" in sys.argv:
        print("\n".join(oracle_rows()))

if __name__ == "__main__":
    main()
