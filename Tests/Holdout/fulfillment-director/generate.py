#!/usr/bin/env python3
"""Held-out evaluation calendar for Altitude (independent of Rules/ and the other test data).

The calendar of Renata Kowalczyk, newly promoted Director of Fulfillment Operations (West) at
Juniper Hollow, a home-goods retailer, exported from Outlook 16 for the 12 ISO weeks
2026-W37 .. 2026-W48 (Monday 2026-09-07 .. Sunday 2026-11-29).

Writes, next to this file, byte-identically on every run (fixed seeds, fixed DTSTAMP, nothing
depends on today's date or on the machine's time zone data; standard library only):

  calendar.ics   the Outlook/Exchange-style export (CRLF, folded at 75 octets, Windows TZIDs)
  truth.csv      key,level,category,title - one row per UID (plus UID|RECURRENCE-ID rows for
                 overrides that change what a meeting is)
  profile.yaml   the leader's profile
  README.md      situation, labelling principles, judgement calls, weekly truth table

Run: python3 Tests/Holdout/fulfillment-director/generate.py      (from anywhere)
"""
import csv
import datetime as dt
import io
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 482026
DTSTAMP = "20261130T170000Z"
FIRST = dt.date(2026, 9, 7)          # Monday of ISO week 2026-W37
WEEKS = 12
LAST = FIRST + dt.timedelta(weeks=WEEKS)   # 2026-11-30, exclusive

PT, CT, ET = "Pacific Standard Time", "Central Standard Time", "Eastern Standard Time"
STD_OFFSET = {PT: -8, CT: -6, ET: -5}      # all three follow the US DST rule
LEVELS = ["ic", "manager", "director", "vp", "executive", "excluded"]
LEADER_LEVEL = "director"
RANK = {"ic": 0, "manager": 1, "director": 2, "vp": 3, "executive": 4}

ORG = "juniperhollow.example"
DC = "jh-fulfillment.example"       # distribution-centre mailboxes live on a second domain

# ----------------------------------------------------------------------------------------------
# Time zones (US rule: DST from the 2nd Sunday of March 02:00 to the 1st Sunday of November 02:00)


def _sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def is_dst_local(local):
    start = dt.datetime.combine(_sunday(local.year, 3, 2), dt.time(2))
    end = dt.datetime.combine(_sunday(local.year, 11, 1), dt.time(1))   # 01:00-02:00 is ambiguous
    return start <= local < end


def to_utc(local, tz):
    return local - dt.timedelta(hours=STD_OFFSET[tz] + (1 if is_dst_local(local) else 0))


def utc_to_pt(u):
    start = dt.datetime.combine(_sunday(u.year, 3, 2), dt.time(10))   # 02:00 PST
    end = dt.datetime.combine(_sunday(u.year, 11, 1), dt.time(9))     # 02:00 PDT
    return u + dt.timedelta(hours=-7 if start <= u < end else -8)


def zstamp(u):
    return u.strftime("%Y%m%dT%H%M%SZ")


VTIMEZONES = {
    PT: ("-0700", "-0800"),
    CT: ("-0500", "-0600"),
    ET: ("-0400", "-0500"),
}


def vtimezone(tz):
    dst_off, std_off = VTIMEZONES[tz]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}",
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}",
        "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


# ----------------------------------------------------------------------------------------------
# People

ME_CN, ME = "Kowalczyk, Renata", "renata.kowalczyk@" + ORG
ALIAS_SHORT = "rkowalczyk@" + ORG
ALIAS_DC = "renata.kowalczyk@" + DC

P = {
    # the VP, the VP's office, the CEO staff
    "douglas": ("Achterberg, Douglas", "douglas.achterberg@" + ORG),
    "pam": ("Whitaker, Pam", "pam.whitaker@" + ORG),
    "sanjay": ("Deshpande, Sanjay", "sanjay.deshpande@" + ORG),
    "helen": ("Marchetti, Helen", "helen.marchetti@" + ORG),
    "comms": ("Juniper Hollow Internal Comms", "internal.comms@" + ORG),
    # peers: the other directors under Douglas
    "priyanka": ("Sood, Priyanka", "priyanka.sood@" + ORG),
    "owen": ("Mbeki, Owen", "owen.mbeki@" + ORG),
    "lucia": ("Ferraro, Lucia", "lucia.ferraro@" + ORG),
    "hyunwoo": ("Park, Hyun-woo", "hyunwoo.park@" + ORG),
    # direct reports
    "tomas": ("Villanueva, Tomás", "tomas.villanueva@" + ORG),
    "shauna": ("Kerrigan, Shauna", "shauna.kerrigan@" + ORG),
    "dev": ("Malhotra, Dev", "dev.malhotra@" + ORG),
    "gloria": ("Esquivel, Gloria", "gloria.esquivel@" + ORG),
    "nate": ("Halvorsen, Nate", "nate.halvorsen@" + ORG),
    "ama": ("Owusu, Ama", "ama.owusu@" + ORG),
    # partners in the company
    "carla": ("Nguyen, Carla", "carla.nguyen@" + ORG),          # HR business partner
    "elliot": ("Strand, Elliot", "elliot.strand@" + ORG),       # FP&A
    "maya": ("Castellanos, Maya", "maya.castellanos@" + ORG),   # talent acquisition
    "rick": ("Pedersen, Rick", "rick.pedersen@" + ORG),         # EHS manager West
    "tyler": ("Brandt, Tyler", "tyler.brandt@" + ORG),          # WMS product owner
    "hana": ("Sato, Hana", "hana.sato@" + ORG),                 # transportation analyst
    # distribution centres (Reno, Stockton, Sparks returns)
    "janelle": ("Janelle Brooks", "janelle.brooks@" + DC),     # Reno outbound ops manager
    "kwame": ("Kwame Asante", "kwame.asante@" + DC),           # Reno inbound & inventory manager
    "marco": ("Marco Diaz", "marco.diaz@" + DC),               # Reno outbound shift supervisor
    "lily": ("Lily Tran", "lily.tran@" + DC),                  # Reno inbound supervisor
    "rosa": ("Rosa Delgado", "rosa.delgado@" + DC),            # Reno pack supervisor
    "bea": ("Bea Haugland", "bea.haugland@" + DC),             # Reno ops analyst
    "jorge": ("Jorge Ibarra", "jorge.ibarra@" + DC),           # WMS super user
    "wes": ("Wes Porter", "wes.porter@" + DC),                 # inventory control lead
    "keisha": ("Keisha Grant", "keisha.grant@" + DC),          # Reno site HR
    "gus": ("Gus Lindholm", "gus.lindholm@" + DC),             # Reno maintenance manager
    "trevor": ("Trevor Quinn", "trevor.quinn@" + DC),          # Stockton ops manager
    "alana": ("Alana Fuimaono", "alana.fuimaono@" + DC),       # Stockton outbound supervisor
    "curtis": ("Curtis Webb", "curtis.webb@" + DC),            # Sparks returns supervisor
    # outside the company
    "brent": ("Brent Koenig", "brent.koenig@sierrafreight.example"),
    "dale": ("Dale Hutchins", "dale.hutchins@sierrafreight.example"),
    "tanya": ("Tanya Whitfield", "tanya.whitfield@peakforce-staffing.example"),
    "arjun": ("Arjun Sethi", "arjun.sethi@cobaltline.example"),
    "mike": ("Mike Farrell", "mfarrell@canyon3pl.example"),
    "denise": ("Denise Okoye", "denise.okoye@harborpine.example"),
    "rob": ("Rob Lindgren", "rob.lindgren@harborpine.example"),
    "sven": ("Sven Aalto", "sven@robopick.example"),
    "luis": ("Luis Paredes", "lparedes@vantageconveyor.example"),
    # candidates
    "gretchen": ("Gretchen Sauer", "gretchen.sauer@inbox.example"),
    "derek": ("Derek Olmos", "d.olmos@mailbox.example"),
    "tomas_ext": ("Tomás Villanueva", "tvillanueva.ops@inbox.example"),
    "imani": ("Imani Rhodes", "imani.rhodes@inbox.example"),
    "paul": ("Paul Ferris", "paul.ferris@mailbox.example"),
    "adriana": ("Adriana Ruiz", "adriana.ruiz@inbox.example"),
    "chris": ("Chris Oyelaran", "chris.oyelaran@mailbox.example"),
    "devon": ("Devon Pike", "devon.pike@inbox.example"),
}
ROOMS = {
    "sac": ("SAC-3F Capitol (8)", "sac-3f-capitol@" + ORG),
    "chi": ("CHI-14F Lakeview (16)", "chi-14f-lakeview@" + ORG),
    "rno": ("RNO-Ops War Room (12)", "rno-opswarroom@" + DC),
    "stk": ("STK-Training Room (20)", "stk-training@" + DC),
}
DIRECTS = ["tomas", "shauna", "dev", "gloria", "nate", "ama"]
PEERS = ["priyanka", "owen", "lucia", "hyunwoo"]
GMS = ["tomas", "shauna", "gloria"]

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
            if nth > 0:
                d = dt.date(y, mo, 1)
                d += dt.timedelta(days=(wd - (d.weekday() + 1) % 7) % 7)
                d += dt.timedelta(weeks=nth - 1)
            else:
                nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
                d = nxt - dt.timedelta(days=1)
                d -= dt.timedelta(days=((d.weekday() + 1) % 7 - wd) % 7)
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
        ft = self.uid_rng.getrandbits(64)
        guid = self.uid_rng.getrandbits(128)
        return "040000008200E00074C5B7101A82E00800000000%016X000000000000000010000000%032X" % (ft, guid)

    def add(self, title, start, minutes=30, *, tz=PT, end=None, end_tz=None, org="me", att=(), opt=(),
            rooms=(), me="ACCEPTED", me_addr=ME, my_role="REQ-PARTICIPANT", rrule=None, exdates=(),
            level=None, cat=None, allday=False, days=1, status=None, loc=None, teams=False, desc=None,
            private=False, busy=None, cats=None, seq=0, alarm=15):
        assert level in LEVELS, (title, level)
        e = dict(uid=self.uid(), title=title, start=start, tz=tz, end_tz=end_tz or tz, org=org,
                 att=list(att) + list(opt), opt=set(opt), rooms=list(rooms), me=me, me_addr=me_addr,
                 my_role=my_role, rrule=rrule, exdates=list(exdates), level=level, cat=cat,
                 allday=allday, status=status, loc=loc, desc=desc, private=private, busy=busy,
                 cats=cats, seq=seq, alarm=alarm, rid=None, own_row=True)
        if allday:
            e["end"] = start + dt.timedelta(days=days)
        else:
            e["end"] = end if end is not None else start + dt.timedelta(minutes=minutes)
        e["ps"] = {k: self.rng.choice(["ACCEPTED"] * 5 + ["TENTATIVE", "NEEDS-ACTION"]) for k in e["att"]}
        if teams:
            e["teams"] = "https://teams.example/l/meetup-join/19%3ameeting_" + "".join(
                self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                for _ in range(48)) + "%40thread.v2/0?context=%7b%22Tid%22%3a%22jh%22%7d"
            e["teams_id"] = "%03d %03d %03d %03d" % tuple(self.rng.randint(100, 999) for _ in range(4))
            e["teams_pc"] = "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789abcdefghijkmnpqrstuvwxyz")
                                    for _ in range(6))
            if loc is None:
                e["loc"] = "; ".join([ROOMS[r][0] for r in rooms] + ["Microsoft Teams Meeting"])
            elif "Teams" not in loc:
                e["loc"] = loc + "; Microsoft Teams Meeting"
        else:
            e["teams"] = None
            if loc is None and rooms:
                e["loc"] = "; ".join(ROOMS[r][0] for r in rooms)
        base = to_utc(start if not allday else dt.datetime.combine(start, dt.time(9)), tz)
        created = base - dt.timedelta(days=self.rng.randint(3, 30), minutes=self.rng.randint(0, 1439))
        e["created"] = min(created, dt.datetime(2026, 11, 20, 16, 0))
        e["modified"] = e["created"] + dt.timedelta(minutes=self.rng.randint(1, 2000))
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
        e["modified"] = to_utc(rid, master["tz"]) - dt.timedelta(days=self.rng.randint(1, 6), hours=self.rng.randint(0, 9))
        self.events.append(e)
        return e

    # ------------------------------------------------------------------------------------------
    # instances, for the truth table

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
            assert rid in expand(masters[uid]) and rid not in masters[uid]["exdates"], (uid, rid)
            out.append(self._timed(o, o["start"]))
        return out

    def _timed(self, e, t):
        su = to_utc(t, e["tz"])
        if e["end_tz"] == e["tz"]:
            eu = to_utc(t + (e["end"] - e["start"]), e["tz"])
        else:
            assert not e["rrule"] and t == e["start"]
            eu = to_utc(e["end"], e["end_tz"])
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

    # ---------------- all-day: holidays, PTO, working location, travel ----------------------
    c.add("Labor Day", day(1, 0), allday=True, org=None, level="excluded", cat="holiday", busy="FREE",
          cats=["Holiday"], alarm=None)
    c.add("PTO – long weekend 🏕️", day(5, 4), allday=True, org=None, level="excluded", cat="out_of_office",
          busy="OOF", alarm=None)
    c.add("📍 Reno DC (onsite w/ Tomás)", day(6, 0), allday=True, days=2, org=None, level="excluded",
          cat="travel", busy="FREE", alarm=None)
    c.add("Chicago – FY27 AOP week ✈️", day(9, 1), allday=True, days=3, org=None, level="excluded",
          cat="travel", busy="FREE", alarm=None)
    c.add("Thanksgiving Day", day(12, 3), allday=True, org=None, level="excluded", cat="holiday",
          busy="OOF", cats=["Holiday"], alarm=None)
    c.add("Day after Thanksgiving (company holiday – DCs operating)", day(12, 4), allday=True, org=None,
          level="excluded", cat="holiday", busy="FREE", cats=["Holiday"], alarm=None)

    # ---------------- recurring series -------------------------------------------------------
    reno_floor = ["janelle", "kwame", "marco", "lily", "rosa", "wes", "bea"]
    t2 = c.add("Reno T2 huddle", ld(2026, 7, 6, "08:00"), 30, att=reno_floor, rooms=["rno"], teams=True,
               rrule=dict(freq="WEEKLY", byday=["MO", "TU", "WE", "TH", "FR"], until=ld(2026, 10, 16, "08:00")),
               exdates=[ld(2026, 9, 7, "08:00"), ld(2026, 10, 9, "08:00")],
               level="manager", cat="team_meeting",
               desc="Tier-2 daily: safety, yesterday's UPH vs plan, backlog by wave, labor call for today.\n"
                    "Same board as T1 – bring your numbers.")
    c.override(t2, ld(2026, 9, 24, "08:00"), start=ld(2026, 9, 24, "08:30"))

    vp_staff = c.add("SC Leadership Staff", ld(2026, 7, 13, "11:00"), 60, tz=CT, org="douglas",
                     att=PEERS, opt=["pam"], rooms=["chi"], teams=True,
                     rrule=dict(freq="WEEKLY", byday=["MO"]), exdates=[ld(2026, 9, 7, "11:00")],
                     level="vp", cat="staff_manager",
                     desc="Douglas's staff. Standing agenda: metrics (10), decisions needed (30), "
                          "people & org (15), AOB.")
    c.override(vp_staff, ld(2026, 10, 12, "11:00"), start=ld(2026, 10, 13, "13:30"),
               title="SC Leadership Staff (moved – Mon conflicts w/ board prep)")
    c.override(vp_staff, ld(2026, 11, 23, "11:00"), title="Canceled: SC Leadership Staff",
               status="CANCELLED", busy="FREE")

    staff = c.add("West Ops Staff", ld(2026, 7, 13, "10:30"), 60, att=DIRECTS,
                  rooms=["sac"], teams=True, rrule=dict(freq="WEEKLY", byday=["MO"]),
                  exdates=[ld(2026, 9, 7, "10:30")], level="director", cat="staff_own", seq=3,
                  desc="1) wins 2) WBR red items – owners 3) peak: decisions needed 4) people")
    c.override(staff, ld(2026, 10, 12, "10:30"), title="West Ops Staff – welcome Tomás 🎉")
    c.override(staff, ld(2026, 11, 23, "10:30"), start=ld(2026, 11, 23, "10:00"), minutes=120,
               title="West Ops Staff → talent calibration (temp-to-perm + GM succession)",
               att=DIRECTS + ["carla"], level="vp", cat="talent_org")

    shauna = c.add("Renata / Shauna 1:1", ld(2026, 7, 13, "13:00"), 30, att=["shauna"], teams=True,
                   rrule=dict(freq="WEEKLY", byday=["MO"]), exdates=[ld(2026, 9, 7, "13:00")],
                   level="director", cat="one_on_one_direct")
    c.override(shauna, ld(2026, 10, 12, "13:00"), start=ld(2026, 10, 13, "14:00"))
    c.override(shauna, ld(2026, 11, 2, "13:00"), start=ld(2026, 11, 2, "12:00"))

    c.add("Reno outbound weekly ops review", ld(2026, 4, 6, "14:00"), 60, org="janelle",
          att=["marco", "rosa", "bea", "jorge"], rooms=["rno"], teams=True,
          rrule=dict(freq="WEEKLY", byday=["MO"], until=ld(2026, 10, 12, "14:00")),
          exdates=[ld(2026, 9, 7, "14:00")], level="manager", cat="team_meeting",
          desc="Outbound: OTIF, units/hr by shift, carrier cutoffs missed, mis-ships, staffing.")

    c.add("Renata / Dev 1:1", ld(2026, 7, 13, "15:30"), 30, att=["dev"], teams=True,
          rrule=dict(freq="WEEKLY", byday=["MO"]), exdates=[ld(2026, 9, 7, "15:30")],
          level="director", cat="one_on_one_direct")

    c.add("[Hold] WBR prep", ld(2026, 7, 13, "16:00"), 30, org=None,
          rrule=dict(freq="WEEKLY", byday=["MO"]), exdates=[ld(2026, 9, 7, "16:00")],
          level="excluded", cat="focus", alarm=None)

    wbr = c.add("West Network WBR", ld(2026, 7, 14, "09:00"), 60,
                att=DIRECTS + ["janelle", "kwame", "hana", "bea", "elliot"], rooms=["sac"], teams=True,
                rrule=dict(freq="WEEKLY", byday=["TU"]), level="director", cat="review", seq=2,
                desc="Weekly business review, all West sites: safety, OTIF, cost/unit, UPH, backlog, "
                     "labor. Red items only – owners speak, not me.")
    c.override(wbr, ld(2026, 11, 3, "09:00"), start=ld(2026, 11, 2, "14:00"),
               title="West Network WBR (Mon – I'm flying Tue)")
    c.override(wbr, ld(2026, 11, 24, "09:00"), minutes=30, title="WBR – peak edition (30 min, reds only)")

    c.add("Renata / Gloria 1:1", ld(2026, 7, 14, "10:30"), 30, att=["gloria"], teams=True,
          rrule=dict(freq="WEEKLY", interval=2, byday=["TU"]), exdates=[ld(2026, 11, 3, "10:30")],
          level="director", cat="one_on_one_direct")

    c.add("Janelle / Renata 1:1", ld(2026, 7, 14, "11:00"), 30, att=["janelle"], teams=True,
          rrule=dict(freq="WEEKLY", byday=["TU"], until=ld(2026, 10, 13, "11:00")),
          level="director", cat="one_on_one_direct",
          desc="Interim reporting line while the Reno GM seat is open.")

    c.add("Reno labor plan – next week", ld(2026, 5, 5, "13:00"), 60, org="kwame",
          att=["janelle", "marco", "lily", "rosa", "keisha"], teams=True,
          rrule=dict(freq="WEEKLY", byday=["TU"], until=ld(2026, 10, 13, "13:00")),
          level="manager", cat="planning",
          desc="Build next week's shift plan: volume forecast → hours → temps request by Weds noon.")

    pf = c.add("Peakforce / Juniper Hollow Reno – weekly staffing call", ld(2026, 3, 3, "14:30"), 30,
               org="tanya", att=["kwame", "keisha"], me_addr=ALIAS_SHORT,
               rrule=dict(freq="WEEKLY", byday=["TU"]), exdates=[ld(2026, 11, 3, "14:30")],
               level="manager", cat="vendor", loc="Conference call – +1 775-555-0142 x 8813#")
    for d in (ld(2026, 10, 27, "14:30"), ld(2026, 11, 10, "14:30"), ld(2026, 11, 17, "14:30")):
        c.override(pf, d, me="DECLINED", busy="FREE")

    c.add("Renata / Nate 1:1", ld(2026, 7, 21, "16:00"), 30, att=["nate"], teams=True,
          rrule=dict(freq="WEEKLY", interval=2, byday=["TU"]), level="director", cat="one_on_one_direct")

    c.add("Gym 🏋️", ld(2026, 8, 4, "06:30"), 60, org=None, private=True,
          rrule=dict(freq="WEEKLY", byday=["TU", "TH"]),
          exdates=[ld(2026, 11, 3, "06:30"), ld(2026, 11, 5, "06:30"), ld(2026, 11, 26, "06:30")],
          level="excluded", cat="personal", alarm=None)

    vp11 = c.add("Douglas / Renata 1:1", ld(2026, 7, 8, "11:30"), 30, tz=CT, org="douglas", teams=True,
                 rrule=dict(freq="WEEKLY", byday=["WE"]), level="vp", cat="one_on_one_manager")
    c.override(vp11, ld(2026, 10, 28, "11:30"), minutes=60, title="Douglas / Renata 1:1 – FY27 org design")
    c.override(vp11, ld(2026, 11, 4, "11:30"), title="Canceled: Douglas / Renata 1:1 (in person at AOP)",
               status="CANCELLED", busy="FREE")

    c.add("West Safety Council", ld(2026, 1, 14, "10:00"), 60, org="rick",
          att=["tomas", "shauna", "gloria", "ama", "janelle", "kwame", "trevor"], teams=True,
          rrule=dict(freq="MONTHLY", byday="2WE"), level="director", cat="review",
          desc="All West sites: recordables, near misses, PIT incidents, ergonomics, open CAPAs.")

    c.add("Stockton ops review", ld(2026, 7, 15, "11:00"), 60, org="shauna",
          att=["trevor", "alana", "hana"], rooms=["stk"], teams=True,
          rrule=dict(freq="WEEKLY", interval=2, byday=["WE"]), exdates=[ld(2026, 11, 4, "11:00")],
          level="director", cat="review")

    prk = c.add("Priyanka <> Renata | East/West sync", ld(2026, 7, 22, "15:00"), 45, tz=ET, org="priyanka",
                teams=True, rrule=dict(freq="WEEKLY", interval=2, byday=["WE"]),
                level="director", cat="one_on_one_peer")
    c.override(prk, ld(2026, 11, 25, "15:00"), me="TENTATIVE", busy="TENTATIVE")

    c.add("Kwame / Renata 1:1", ld(2026, 7, 15, "13:00"), 30, att=["kwame"], teams=True,
          rrule=dict(freq="WEEKLY", byday=["WE"], until=ld(2026, 10, 14, "13:00")),
          level="director", cat="one_on_one_direct",
          desc="Interim reporting line while the Reno GM seat is open.")

    c.add("Reno cycle count variance review", ld(2026, 6, 3, "14:00"), 60, org="wes",
          att=["kwame", "bea", "lily"], me_addr=ALIAS_DC, teams=True,
          rrule=dict(freq="WEEKLY", byday=["WE"], until=ld(2026, 10, 28, "14:00")),
          level="manager", cat="team_meeting")

    c.add("School pickup – Mateo", ld(2026, 8, 19, "15:00"), 30, org=None, private=True,
          rrule=dict(freq="WEEKLY", byday=["WE"], until=ld(2026, 12, 16, "15:00")),
          exdates=[ld(2026, 11, 4, "15:00")], level="excluded", cat="personal", alarm=10)

    readiness = c.add("Peak readiness review", ld(2026, 9, 17, "09:00"), 60,
                      att=DIRECTS + ["owen", "hyunwoo", "janelle", "kwame"], rooms=["sac"], teams=True,
                      rrule=dict(freq="WEEKLY", byday=["TH"], until=ld(2026, 11, 19, "09:00")),
                      level="director", cat="review",
                      desc="Peak 2026: labor ramp, carrier capacity, WMS freeze, overflow 3PL, returns. "
                           "One slide per owner, RAG + asks.")
    c.override(readiness, ld(2026, 11, 5, "09:00"), start=ld(2026, 11, 6, "09:30"))

    c.add("Renata / Ama 1:1", ld(2026, 7, 16, "10:30"), 30, att=["ama"], teams=True,
          rrule=dict(freq="WEEKLY", interval=2, byday=["TH"]), exdates=[ld(2026, 11, 5, "10:30")],
          level="director", cat="one_on_one_direct")

    c.add("☕ Skip-level coffee – Reno & Stockton sups", ld(2026, 7, 16, "11:00"), 45,
          att=["marco", "lily", "rosa", "alana"], teams=True, rrule=dict(freq="MONTHLY", byday="3TH"),
          level="director", cat="skip_level",
          desc="No agenda. What's getting in your way? What would you change?")

    analytics = c.add("Ops analytics working session", ld(2026, 8, 6, "13:00"), 90, att=["nate", "bea"],
                      teams=True, rrule=dict(freq="WEEKLY", byday=["TH"], until=ld(2026, 10, 22, "13:00")),
                      level="ic", cat="hands_on",
                      desc="Building the UPH / labor dashboard in Power BI together – bring laptops. "
                           "I'll keep doing the labor-model tab.")
    c.override(analytics, ld(2026, 10, 22, "13:00"),
               title="Ops analytics – Nate walks the GMs through the new labor dashboard",
               att=["nate", "bea", "tomas", "shauna", "gloria"], level="director", cat="review")

    c.add("Sync", ld(2026, 7, 23, "14:30"), 30, org="owen", teams=True,
          rrule=dict(freq="WEEKLY", interval=2, byday=["TH"]), exdates=[ld(2026, 11, 26, "14:30")],
          level="director", cat="one_on_one_peer")

    sierra = c.add("Sierra Freight / JH West – weekly service call", ld(2026, 5, 7, "15:00"), 30, org="dev",
                   att=["brent", "dale", "hana"], my_role="OPT-PARTICIPANT", teams=True,
                   rrule=dict(freq="WEEKLY", byday=["TH"]),
                   exdates=[ld(2026, 11, 5, "15:00"), ld(2026, 11, 26, "15:00")],
                   level="manager", cat="vendor",
                   desc="Missed pickups, tender acceptance, damages/claims, next week's trailer pool.")
    c.override(sierra, ld(2026, 10, 22, "15:00"), me="DECLINED", busy="FREE")

    allhands = c.add("Juniper Hollow All Hands", ld(2026, 1, 8, "14:00"), 60, tz=CT, org="comms",
                     att=["helen", "sanjay"], teams=True, rrule=dict(freq="MONTHLY", byday="1TH"),
                     level="executive", cat="all_hands", busy="BUSY",
                     desc="Monthly company all hands – Helen + ELT. Q&A via Slido.")
    c.override(allhands, ld(2026, 11, 5, "14:00"), me="DECLINED", busy="FREE")

    c.add("Renata / Tomás 1:1", ld(2026, 10, 16, "09:00"), 30, att=["tomas"], teams=True,
          rrule=dict(freq="WEEKLY", byday=["FR"]), exdates=[ld(2026, 11, 27, "09:00")],
          level="director", cat="one_on_one_direct")

    returns = c.add("Returns weekly ops – Sparks", ld(2026, 7, 10, "10:00"), 60, org="gloria",
                    att=["curtis", "hana"], teams=True,
                    rrule=dict(freq="WEEKLY", interval=2, byday=["FR"]), exdates=[ld(2026, 11, 27, "10:00")],
                    level="manager", cat="team_meeting",
                    desc="RMA backlog, dock-to-stock, grading accuracy, liquidation lots.")
    c.override(returns, ld(2026, 10, 30, "10:00"), me="DECLINED", busy="FREE")

    c.add("Focus time 🎧", ld(2026, 7, 17, "13:00"), 120, org=None,
          rrule=dict(freq="WEEKLY", byday=["FR"]), exdates=[ld(2026, 11, 27, "13:00")],
          level="excluded", cat="focus", alarm=None)

    # the Reno daily after Tomás takes it over: she drops in less and less, then peak pulls her back
    c.add("FW: Reno T2 huddle", ld(2026, 10, 19, "08:00"), 30, org="tomas", att=reno_floor, me_addr=ALIAS_SHORT,
          teams=True, rrule=dict(freq="WEEKLY", byday=["MO", "WE"], until=ld(2026, 10, 28, "08:00")),
          level="manager", cat="team_meeting")
    c.add("Reno T2 huddle – Mon leadership drop-in", ld(2026, 11, 2, "08:00"), 30, org="tomas",
          att=["janelle", "kwame", "marco", "lily"], teams=True,
          rrule=dict(freq="WEEKLY", byday=["MO"], count=3), level="manager", cat="team_meeting")
    c.add("PEAK – Reno T2 huddle (Renata joining daily)", ld(2026, 11, 18, "08:00"), 30, org="tomas",
          att=reno_floor, teams=True,
          rrule=dict(freq="WEEKLY", byday=["MO", "TU", "WE", "TH", "FR"], until=ld(2026, 11, 27, "08:00")),
          exdates=[ld(2026, 11, 26, "08:00")], level="manager", cat="team_meeting")

    c.add("Peak Command Center – daily", ld(2026, 11, 16, "08:30"), 30,
          att=DIRECTS + ["hyunwoo", "owen", "hana"], teams=True,
          rrule=dict(freq="WEEKLY", byday=["MO", "TU", "WE", "TH", "FR"], until=ld(2026, 12, 4, "08:30")),
          exdates=[ld(2026, 11, 26, "08:30")], level="director", cat="review",
          desc="All West sites + transportation: volume vs plan, backlog, carrier capacity, escalations. "
               "15 min, then breakouts.")

    c.add("Cyber week carrier capacity – Sierra", ld(2026, 11, 23, "14:00"), 30, org="dev",
          att=["brent", "dale", "hana", "trevor"], teams=True,
          rrule=dict(freq="WEEKLY", byday=["MO", "TU", "WE"], count=3), level="manager", cat="vendor")

    # ---------------- one-offs, week by week --------------------------------------------------
    one = c.add

    # W1  2026-09-07  Labor Day week; Reno GM seat is open and she is still running Reno
    one("FY27 AOP kickoff – Supply Chain", W(1, 1, "12:00"), 60, org="douglas", att=PEERS, teams=True,
        level="vp", cat="planning_budget")
    one("Canyon 3PL – peak overflow capacity (intro)", W(1, 1, "10:00"), 30, org="lucia",
        att=["mike", "dev"], teams=True, level="director", cat="vendor")
    one("Reno GM search – intake w/ Maya", W(1, 1, "11:30"), 30, org="maya", att=["carla"], teams=True,
        me_addr=ALIAS_SHORT, level="director", cat="hiring")
    one("re-slot analysis – zone A fast movers", W(1, 1, "15:00"), 60, att=["bea", "jorge"], teams=True,
        level="ic", cat="hands_on", desc="velocity export from WMS attached – I'll do the ABC cut")
    one("Call: Sierra terminal – Stockton missed pickups", W(1, 2, "16:00"), 30, org="dev",
        att=["dale", "trevor"], level="manager", cat="vendor", loc="Dial-in: +1 209-555-0188")
    one("Peak 2026 kickoff – owners & milestones", W(1, 2, "08:30"), 60, att=DIRECTS + ["janelle", "kwame"],
        rooms=["sac"], teams=True, level="director", cat="review")
    one("Reno GM search – shortlist review", W(1, 4, "15:00"), 30, org="maya", att=["carla"], teams=True,
        level="director", cat="hiring")
    one("Phone screen – Inventory Control Specialist (I. Rhodes)", W(1, 3, "11:00"), 30, org="maya",
        att=["imani"], teams=True, level="ic", cat="hiring")
    one("Dentist 🦷", W(1, 3, "16:00"), 60, org=None, private=True, level="excluded", cat="personal",
        loc="Midtown Dental, 2410 J St")
    one("Q4 peak labor model – working session", W(1, 4, "09:00"), 60, att=["nate", "kwame"], teams=True,
        level="ic", cat="hands_on", desc="I'm building the hours-by-week tab; Nate has the forecast.")
    one("Harbor & Pine – peak routing guide walkthrough", W(1, 4, "10:30"), 60, org="rob",
        att=["dev", "janelle"], me="TENTATIVE", busy="TENTATIVE", teams=True, level="manager", cat="customer")
    one("Quick chat", W(1, 4, "11:30"), 30, org="carla", teams=True, level="director", cat="people")

    # W2  2026-09-14
    one("Lunch w/ Lucia 🥗", W(2, 0, "12:00"), 60, org="lucia", level="director", cat="one_on_one_peer",
        loc="Mulvaney's")
    one("Interview: Reno DC General Manager – Gretchen Sauer", W(2, 1, "11:30"), 60, org="maya",
        att=["gretchen"], teams=True, me_addr=ALIAS_SHORT, level="director", cat="hiring")
    one("FY27 budget – West Fulfillment first pass", W(2, 1, "15:00"), 60, org="elliot", opt=["douglas"],
        teams=True, level="vp", cat="planning_budget")
    one("Interview: Reno DC General Manager – Derek Olmos", W(2, 2, "10:00"), 60, org="maya",
        att=["derek"], teams=True, me_addr=ALIAS_SHORT, level="director", cat="hiring")
    one("Catch-up", W(2, 2, "16:00"), 30, org="bea", me_addr=ALIAS_DC, level="manager", cat="skip_level")
    one("Cobaltline WMS – wave template config (hands-on)", W(2, 3, "15:30"), 60, org="jorge",
        att=["arjun", "tyler"], teams=True, level="ic", cat="hands_on")
    one("Peak temp labor – headcount commit (Reno + Stockton)", W(2, 4, "09:00"), 60,
        att=["tanya", "shauna", "kwame", "keisha", "carla"], teams=True, level="director", cat="vendor")
    one("pack line 3 rebalance – time study review", W(2, 4, "11:00"), 60, org="ama", att=["rosa", "bea"],
        teams=True, level="ic", cat="hands_on", desc="element-by-element, 40 cycles – please check my math")

    # W3  2026-09-21
    one("[Hold] Reno GM final round – T. Villanueva", W(3, 0, "11:30"), 60, org="maya",
        att=["tomas_ext", "douglas", "carla", "shauna"], rooms=["sac"], level="director", cat="hiring")
    one("Reno GM debrief", W(3, 0, "15:00"), 30, org="maya", att=["douglas", "carla", "shauna"], teams=True,
        level="director", cat="hiring")
    one("Phone screen: Outbound Supervisor – P. Ferris", W(3, 1, "10:00"), 30, org="maya", att=["paul"],
        teams=True, me_addr=ALIAS_SHORT, level="ic", cat="hiring")
    one("Stockton dock door assignment – redo", W(3, 1, "15:00"), 60, org="trevor", att=["alana", "hana"],
        teams=True, level="manager", cat="team_meeting")
    one("🚚 Sierra Freight QBR", W(3, 2, "10:00"), 60, org="brent", att=["dev", "lucia", "hana"],
        rooms=["sac"], level="director", cat="vendor")
    one("Variance deep dive: SKU 44817 shrink (line by line)", W(3, 2, "15:30"), 60, org="wes",
        att=["bea"], me_addr=ALIAS_DC, teams=True, level="ic", cat="hands_on")
    one("Talent review prep – West Ops", W(3, 3, "11:00"), 60, org="carla", teams=True, level="vp",
        cat="talent_org")
    one("Quick chat", W(3, 3, "16:00"), 30, org="marco", me_addr=ALIAS_DC, level="manager", cat="skip_level")
    one("Reno peak pick path – slotting review w/ Bea", W(3, 4, "09:00"), 90, att=["bea", "jorge"], teams=True,
        level="ic", cat="hands_on")
    one("RoboPick AMR demo", W(3, 4, "11:00"), 60, org="sven", att=["ama", "hyunwoo"], me="TENTATIVE",
        busy="TENTATIVE", teams=True, level="director", cat="vendor")

    # W4  2026-09-28
    one("Call: offer walk-through – Tomás", W(4, 0, "11:30"), 30, att=["tomas_ext", "carla"],
        loc="Phone – I'll call him", level="director", cat="hiring")
    one("Reno org design – post-GM structure", W(4, 1, "15:00"), 60, att=["carla"], teams=True,
        level="vp", cat="talent_org")
    one("Harbor & Pine – chargeback dispute (ASN/label errors)", W(4, 2, "10:00"), 60, org="rob",
        att=["dev", "janelle", "jorge"], teams=True, level="manager", cat="customer")
    one("Peak labor model v2 – Renata to finish", W(4, 2, "16:00"), 60, att=["nate"], teams=True,
        level="ic", cat="hands_on")
    one("Peak playbook – section owners", W(4, 3, "10:30"), 30, att=DIRECTS + ["janelle", "kwame"],
        teams=True, level="director", cat="review")
    one("Canyon 3PL – peak SOW review", W(4, 4, "09:00"), 60, org="lucia", att=["mike", "dev"], teams=True,
        level="director", cat="vendor")
    one("Lunch 🥪", W(4, 4, "11:00"), 60, org=None, level="excluded", cat="personal", alarm=None)

    # W5  2026-10-05  PTO Friday
    one("Tomás onboarding plan – 30/60/90", W(5, 0, "11:30"), 30, att=["carla"], teams=True,
        level="director", cat="people")
    one("Phone screen – Inventory Control Specialist (D. Pike)", W(5, 1, "10:00"), 30, org="maya",
        att=["devon"], teams=True, me_addr=ALIAS_SHORT, level="ic", cat="hiring")
    one("Sierra Freight 2027 rates – negotiation prep", W(5, 1, "15:00"), 90, org="lucia",
        att=["douglas", "dev", "elliot"], teams=True, level="vp", cat="planning_budget")
    one("Vantage Conveyor – sorter PM schedule (Reno)", W(5, 2, "10:00"), 60, org="gus",
        att=["luis", "kwame"], me_addr=ALIAS_DC, teams=True, level="manager", cat="vendor")
    one("outbound pick rate – why is 2nd shift down?", W(5, 2, "15:30"), 60, att=["marco", "bea"],
        teams=True, level="manager", cat="team_meeting")
    one("Cobaltline Connect webinar: what's new in WMS 2027", W(5, 3, "09:00"), 60, org="arjun",
        me="DECLINED", busy="FREE", teams=True, level="manager", cat="learning")
    one("[Hold] FY27 budget review", W(5, 3, "11:00"), 60, org="pam", att=["douglas", "elliot"], teams=True,
        level="vp", cat="planning_budget")
    one("Panel: Outbound Supervisor – Stockton (A. Ruiz)", W(5, 3, "15:30"), 60, org="maya",
        att=["adriana", "trevor"], rooms=["stk"], teams=True, level="manager", cat="hiring")

    # W6  2026-10-12  Tomás starts Monday; she is in Reno Mon-Tue
    one("Drive SAC → Reno", W(6, 0, "05:45"), 135, org=None, level="excluded", cat="travel", alarm=None)
    one("Tomás / Renata – handoff: Reno open issues", W(6, 0, "11:30"), 60, att=["tomas"], rooms=["rno"],
        level="director", cat="one_on_one_direct")
    one("Reno handoff: T2 huddle & KPIs – Tomás takes over", W(6, 1, "15:00"), 60,
        att=["tomas", "janelle", "kwame"], rooms=["rno"], level="director", cat="people")
    one("Drive Reno → SAC", W(6, 1, "16:30"), 135, org=None, level="excluded", cat="travel", alarm=None)
    one("Reno leadership team – intro w/ Tomás", W(6, 2, "16:00"), 60, org="tomas",
        att=["janelle", "kwame", "gus", "keisha"], teams=True, level="director", cat="people")
    one("Canceled: Lunch w/ Tanya (Peakforce)", W(6, 3, "12:00"), 60, org="tanya", status="CANCELLED",
        busy="FREE", loc="Ella Dining Room", level="director", cat="vendor")
    one("WMS wave release errors – Reno (debug)", W(6, 3, "16:00"), 60, org="jorge",
        att=["tyler", "arjun", "tomas"], teams=True, level="ic", cat="incident")
    one("Headcount plan FY27 – hourly & salaried", W(6, 4, "11:00"), 60, org="carla", att=["elliot"],
        teams=True, level="vp", cat="planning_budget")

    # W7  2026-10-19  Tomás runs the Reno daily; she drops in Mon/Wed
    one("FW: Reno outbound weekly ops review", W(7, 0, "14:00"), 60, org="tomas",
        att=["janelle", "marco", "rosa", "bea"], me_addr=ALIAS_SHORT, teams=True, level="manager",
        cat="team_meeting")
    one("AOP pre-read review – West capacity & capex", W(7, 1, "11:00"), 60, org="douglas", att=PEERS,
        teams=True, level="vp", cat="planning_budget")
    one("Reno pack line 3 – kaizen report-out", W(7, 1, "13:00"), 60, org="ama", att=["rosa", "tomas"],
        rooms=["rno"], teams=True, level="manager", cat="team_meeting")
    one("Sierra 2027 rates – negotiation round 1", W(7, 1, "15:00"), 60, org="lucia",
        att=["brent", "douglas"], teams=True, level="vp", cat="vendor")
    one("Returns: RMA backlog burn-down plan", W(7, 2, "10:00"), 60, org="gloria", att=["curtis"], teams=True,
        level="manager", cat="team_meeting")
    one("Build AOP deck – West slides (working)", W(7, 2, "15:30"), 60, att=["nate"], teams=True,
        level="ic", cat="hands_on")
    one("Exec readout dry run – peak plan", W(7, 3, "11:00"), 60, org="douglas", att=["priyanka"],
        teams=True, level="vp", cat="planning_budget")
    one("Catch-up", W(7, 3, "16:00"), 30, att=["janelle"], teams=True, level="director", cat="skip_level")
    one("Peak readiness – carrier capacity deep dive", W(7, 3, "16:30"), 60, org="dev",
        att=["brent", "hana", "owen"], teams=True, level="director", cat="review")
    one("Peak playbook – final review", W(7, 4, "10:00"), 60, att=DIRECTS, teams=True,
        level="director", cat="review")
    one("Call: Harbor & Pine – peak appointment scheduling", W(7, 4, "11:30"), 30, org="dev", att=["rob"],
        level="manager", cat="customer", loc="Dial-in: +1 206-555-0107")

    # W8  2026-10-26  DST ends Sunday 1 Nov
    one("Mid-year calibration pre-work", W(8, 0, "11:30"), 60, org="carla", teams=True, level="vp",
        cat="talent_org")
    one("West Ops – peak floor rotation (leaders on the floor)", W(8, 0, "14:00"), 60, att=GMS + ["dev"],
        teams=True, level="director", cat="review")
    one("Reno org design – decision", W(8, 1, "11:00"), 60, att=["carla", "tomas"], teams=True,
        level="vp", cat="talent_org")
    one("Cobaltline – peak freeze & cutover readiness", W(8, 1, "13:00"), 90, org="hyunwoo",
        att=["tyler", "arjun", "tomas", "shauna"], teams=True, level="director", cat="review")
    one("Harbor & Pine – peak readiness (exec sponsor call)", W(8, 2, "10:30"), 60, org="denise",
        att=["douglas", "dev"], teams=True, level="vp", cat="customer")
    one("Stockton 5S audit readout", W(8, 2, "15:30"), 60, org="trevor", att=["alana"], me="DECLINED",
        busy="FREE", teams=True, level="manager", cat="team_meeting")
    one("Peak labor model – final numbers (Nate presents)", W(8, 3, "10:30"), 45, att=["nate"] + GMS,
        teams=True, level="director", cat="review")
    one("AOP deck – line-by-line edit", W(8, 3, "13:00"), 90, att=["nate", "ama"], teams=True,
        level="ic", cat="hands_on")
    one("Happy hour – Reno team 🍻", W(8, 3, "17:00"), 90, org="rosa", att=["marco", "lily", "tomas"],
        me="DECLINED", me_addr=ALIAS_DC, busy="FREE", loc="The Depot, Reno", level="manager", cat="social")
    one("Quick chat", W(8, 4, "10:00"), 30, org="douglas", teams=True, level="vp", cat="one_on_one_manager")
    one("Stockton – peak trailer yard plan", W(8, 4, "11:00"), 60, org="trevor", att=["hana", "dale"],
        teams=True, level="manager", cat="team_meeting")

    # W9  2026-11-02  Chicago: FY27 AOP offsite Tue-Thu
    one("Reno – Black Friday wave plan walkthrough", W(9, 0, "16:30"), 60, org="tomas",
        att=["marco", "jorge"], teams=True, level="manager", cat="planning")
    one("✈️ UA 1187 SMF → ORD", W(9, 1, "06:30"), end=at(9, 1, "12:40"), end_tz=CT, org=None,
        level="excluded", cat="travel", busy="OOF", loc="SMF Terminal B", alarm=120)
    one("AOP dinner – Supply Chain leadership 🍽️", W(9, 1, "18:00"), 120, tz=CT, org="pam",
        att=["douglas"] + PEERS, loc="Gibsons, 1028 N Rush St", level="vp", cat="offsite")
    one("FY27 AOP offsite – Supply Chain (day 1)", W(9, 2, "08:30"), 210, tz=CT, org="douglas",
        att=PEERS + ["elliot"], rooms=["chi"], level="vp", cat="planning_budget")
    one("AOP: network capacity & capex", W(9, 2, "13:00"), 120, tz=CT, org="douglas", att=PEERS + ["elliot"],
        rooms=["chi"], level="vp", cat="planning_budget")
    one("AOP exec readout – Supply Chain peak & FY27 plan", W(9, 3, "08:00"), 90, tz=CT, org="pam",
        att=["sanjay", "helen", "douglas", "priyanka", "owen"], rooms=["chi"], teams=True,
        level="executive", cat="executive")
    one("✈️ UA 2230 ORD → SMF", W(9, 3, "11:30"), tz=CT, end=at(9, 3, "14:05"), end_tz=PT, org=None,
        level="excluded", cat="travel", busy="OOF", alarm=120)
    one("Stockton outbound – peak shift schedule (line by line)", W(9, 4, "10:30"), 90, org="shauna",
        att=["trevor", "alana"], teams=True, level="manager", cat="planning")
    one("Phone screen – Transportation Analyst (C. Oyelaran)", W(9, 4, "12:00"), 30, org="maya",
        att=["chris"], teams=True, me_addr=ALIAS_SHORT, level="ic", cat="hiring")
    one("AOP debrief – what it means for West", W(9, 4, "16:00"), 60, att=DIRECTS, teams=True,
        level="director", cat="planning_budget")
    one("Call: Sierra terminal – Reno linehaul cutoff", W(9, 4, "15:00"), 60, org="dale", att=["dev", "tomas"],
        level="manager", cat="vendor", loc="+1 775-555-0190")

    # W10 2026-11-09  peak ramp; the WMS breaks
    one("Succession slate – GM bench (Stockton/Reno)", W(10, 0, "11:30"), 60, org="carla", teams=True,
        level="vp", cat="talent_org")
    one("Peak readiness – cyber week go/no-go criteria", W(10, 0, "14:00"), 60, att=GMS + ["dev", "hyunwoo"],
        teams=True, level="director", cat="review")
    one("🔥 Reno WMS wave release failure – Sev2 bridge", W(10, 1, "10:00"), 90, org="jorge",
        att=["tyler", "arjun", "tomas", "marco"], teams=True, level="ic", cat="incident")
    one("Sev2 follow-up: why did wave release fail? (5 whys)", W(10, 1, "13:00"), 60, org="ama",
        att=["tomas", "hyunwoo", "tyler"], teams=True, level="director", cat="review")
    one("coffee w/ Janelle ☕", W(10, 1, "15:00"), 30, att=["janelle"], teams=True, level="director",
        cat="skip_level")
    one("Peak temp labor – week 2 ramp (all sites)", W(10, 2, "13:00"), 60,
        att=["tanya", "tomas", "shauna", "gloria"], teams=True, level="director", cat="vendor")
    one("Canyon 3PL overflow – go-live check", W(10, 2, "15:30"), 60, org="dev", att=["mike", "hana"],
        teams=True, level="manager", cat="vendor")
    one("quick sync re: dock doors", W(10, 2, "16:30"), 30, org="trevor", att=["hana"], teams=True,
        level="manager", cat="team_meeting")
    one("Reno zone C mis-picks – walk the process w/ Marco", W(10, 3, "10:30"), 60, org="marco",
        me_addr=ALIAS_DC, loc="Reno DC – zone C, aisle 40", level="ic", cat="hands_on")
    one("Harbor & Pine – peak OTIF check-in", W(10, 3, "16:00"), 30, org="rob", att=["dev"], teams=True,
        level="manager", cat="customer")
    one("FY27 headcount – final submit", W(10, 4, "11:00"), 60, org="carla", att=["elliot"], teams=True,
        level="vp", cat="planning_budget")
    one("Flu shot 💉", W(10, 4, "12:00"), 30, org=None, private=True, level="excluded", cat="personal")

    # W11 2026-11-16  peak; sorter outage
    one("Black Friday labor plan – Reno (line by line)", W(11, 1, "13:00"), 90, org="tomas",
        att=["kwame", "keisha", "marco"], teams=True, level="manager", cat="planning")
    one("Call: Sierra terminal – Stockton trailer shortage", W(11, 1, "15:00"), 30, org="dale",
        att=["dev", "trevor"], level="manager", cat="vendor", loc="+1 209-555-0188")
    one("Harbor & Pine – missed delivery appointments (escalation)", W(11, 2, "10:00"), 60, org="denise",
        att=["dev", "rob"], opt=["douglas"], teams=True, level="director", cat="customer")
    one("🚨 P1 – Reno sorter down (bridge)", W(11, 2, "13:00"), 120, org="gus",
        att=["tomas", "luis", "kwame", "marco"], teams=True, level="ic", cat="incident")
    one("Reno P1 follow-up: sorter PM gaps (RCA)", W(11, 3, "13:00"), 60, org="ama",
        att=["tomas", "gus", "luis"], teams=True, level="director", cat="review")
    one("Stockton pack-out – help build tomorrow's wave plan", W(11, 3, "14:00"), 60, org="alana",
        att=["trevor"], teams=True, level="manager", cat="planning")
    one("Quick chat", W(11, 3, "16:00"), 30, org="tomas", teams=True, level="director", cat="one_on_one_direct")
    one("re-slot fast movers for cyber week (working session)", W(11, 4, "10:00"), 90, org="bea",
        att=["jorge"], me_addr=ALIAS_DC, teams=True, level="ic", cat="hands_on")

    # W12 2026-11-23  Thanksgiving, Black Friday, Cyber Monday prep
    one("Harbor & Pine – ASN rework (working session)", W(12, 0, "16:30"), 60, org="jorge",
        att=["rob"], teams=True, level="ic", cat="hands_on")
    one("Stockton – late wave recovery bridge", W(12, 1, "10:00"), 60, org="trevor",
        att=["alana", "hana", "shauna"], teams=True, level="ic", cat="incident")
    one("BF/CM staffing plan – final check (line by line)", W(12, 1, "13:00"), 60,
        att=["tomas", "shauna", "tanya"], teams=True, level="manager", cat="planning")
    one("Peak go/no-go: Black Friday cutoffs", W(12, 2, "10:00"), 60,
        att=GMS + ["dev", "hyunwoo"], teams=True, level="director", cat="review")
    one("Returns surge prep – Sparks", W(12, 2, "13:00"), 60, org="gloria", att=["curtis"], teams=True,
        level="manager", cat="team_meeting")
    one("Drive SAC → Reno", W(12, 4, "05:30"), 135, org=None, level="excluded", cat="travel", alarm=None)
    one("Leader floor support – Reno pack-out (Black Friday) 📦", W(12, 4, "11:00"), 240, org="tomas",
        att=["rosa", "marco"], me_addr=ALIAS_SHORT, loc="Reno DC – pack-out, lines 1-4",
        level="ic", cat="hands_on", desc="Wear steel toes. Badge in at door 3.")
    one("Peak weekend check-in", W(12, 5, "10:00"), 30, att=GMS + ["dev"], teams=True,
        level="director", cat="review")
    return c


# ----------------------------------------------------------------------------------------------
# Output: iCalendar


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


def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def lt(t):
    return t.strftime("%Y%m%dT%H%M%S")


def rrule_text(e):
    r = e["rrule"]
    parts = ["FREQ=" + r["freq"]]
    if r.get("count"):
        parts.append("COUNT=%d" % r["count"])
    if r.get("until"):
        parts.append("UNTIL=" + zstamp(to_utc(r["until"], e["tz"])))
    parts.append("INTERVAL=%d" % r.get("interval", 1))
    if r["freq"] == "WEEKLY":
        parts.append("BYDAY=" + ",".join(r["byday"]))
        parts.append("WKST=SU")
    else:
        parts.append("BYDAY=" + r["byday"])
    return ";".join(parts)


def teams_body(e):
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{e['teams']}>\n"
            f"Meeting ID: {e['teams_id']}\n"
            f"Passcode: {e['teams_pc']}\n"
            "Download Teams<https://teams.example/download> | Join on the web<https://teams.example/web>\n"
            "Learn More<https://aka.example/JoinTeamsMeeting> | Meeting options<https://teams.example/options>\n"
            "________________________________________________________________________________\n")


def vevent(e):
    L = ["BEGIN:VEVENT"]
    meeting = e["org"] is not None
    if meeting:
        keys = list(e["att"])
        my_line = (f'ATTENDEE;CN="{ME_CN}";RSVP=TRUE;ROLE={e["my_role"]};PARTSTAT={e["me"]}'
                   f':mailto:{e["me_addr"]}')
        lines = []
        for k in keys:
            cn, mail = P[k]
            role = "OPT-PARTICIPANT" if k in e["opt"] else "REQ-PARTICIPANT"
            lines.append(f'ATTENDEE;CN="{cn}";RSVP=TRUE;ROLE={role};PARTSTAT={e["ps"][k]}:mailto:{mail}')
        if e["org"] != "me":
            lines.insert(min(1, len(lines)), my_line)
        for r in e["rooms"]:
            cn, mail = ROOMS[r]
            lines.append(f'ATTENDEE;CN="{cn}";CUTYPE=ROOM;RSVP=FALSE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED'
                         f':mailto:{mail}')
        L += lines
    if e["cats"]:
        L.append("CATEGORIES:" + ",".join(e["cats"]))
    L.append("CLASS:" + ("PRIVATE" if e["private"] else "PUBLIC"))
    L.append("CREATED:" + zstamp(e["created"]))
    desc = e["desc"]
    if e["teams"]:
        desc = (desc + "\n\n" if desc else "") + teams_body(e)
    if desc:
        L.append("DESCRIPTION:" + esc(desc))
    elif e["allday"] or not meeting:
        L.append("DESCRIPTION:\\n")
    if e["allday"]:
        L.append("DTEND;VALUE=DATE:" + e["end"].strftime("%Y%m%d"))
    else:
        L.append(f'DTEND;TZID="{e["end_tz"]}":' + lt(e["end"]))
    L.append("DTSTAMP:" + DTSTAMP)
    if e["allday"]:
        L.append("DTSTART;VALUE=DATE:" + e["start"].strftime("%Y%m%d"))
    else:
        L.append(f'DTSTART;TZID="{e["tz"]}":' + lt(e["start"]))
    if e["exdates"]:
        L.append(f'EXDATE;TZID="{e["tz"]}":' + ",".join(lt(x) for x in e["exdates"]))
    L.append("LAST-MODIFIED:" + zstamp(max(e["modified"], e["created"])))
    if e["loc"]:
        L.append("LOCATION:" + esc(e["loc"]))
    if meeting:
        if e["org"] == "me":
            L.append(f'ORGANIZER;CN="{ME_CN}":mailto:{ME}')
        else:
            cn, mail = P[e["org"]]
            L.append(f'ORGANIZER;CN="{cn}":mailto:{mail}')
    L.append("PRIORITY:5")
    if e["rid"] is not None:
        L.append(f'RECURRENCE-ID;TZID="{e["tz"]}":' + lt(e["rid"]))
    if e["rrule"]:
        L.append("RRULE:" + rrule_text(e))
    L.append("SEQUENCE:%d" % e["seq"])
    if e["status"]:
        L.append("STATUS:" + e["status"])
    L.append("SUMMARY;LANGUAGE=en-us:" + esc(e["title"]))
    free = e["allday"] and e["busy"] in ("FREE", None)
    L.append("TRANSP:" + ("TRANSPARENT" if free or e["busy"] == "FREE" else "OPAQUE"))
    L.append("UID:" + e["uid"])
    if e["teams"]:
        L.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + e["teams"])
    busy = e["busy"] or ("TENTATIVE" if e["me"] == "TENTATIVE" else "BUSY")
    L.append("X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % e["seq"])
    L.append("X-MICROSOFT-CDO-BUSYSTATUS:" + busy)
    L.append("X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if busy == "FREE" else "BUSY"))
    L.append("X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if e["allday"] else "FALSE"))
    L.append("X-MICROSOFT-CDO-IMPORTANCE:1")
    L.append("X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if e["rrule"] else 3 if e["rid"] is not None else 0))
    if meeting:
        L.append("X-MICROSOFT-DONOTFORWARDMEETING:FALSE")
        L.append("X-MICROSOFT-DISALLOW-COUNTER:FALSE")
        L.append("X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT")
        L.append("X-MICROSOFT-ISRESPONSEREQUESTED:" + ("FALSE" if e["org"] == "me" else "TRUE"))
    L.append("X-MS-OLK-AUTOFILLLOCATION:FALSE")
    L.append("X-MS-OLK-CONFTYPE:%d" % (1 if e["teams"] else 0))
    if e["alarm"] and e["status"] != "CANCELLED" and e["me"] != "DECLINED":
        L += ["BEGIN:VALARM", "TRIGGER:-PT%dM" % e["alarm"], "ACTION:DISPLAY", "DESCRIPTION:Reminder",
              "END:VALARM"]
    L.append("END:VEVENT")
    return "".join(fold(x) for x in L)


def render(c):
    zones = [PT, CT, ET]
    head = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:PUBLISH",
        "X-CALSTART:" + zstamp(to_utc(dt.datetime.combine(FIRST, dt.time()), PT)),
        "X-CALEND:" + zstamp(to_utc(dt.datetime.combine(LAST, dt.time()), PT)),
        "X-CLIPSTART:" + zstamp(to_utc(dt.datetime.combine(FIRST, dt.time()), PT)),
        "X-CLIPEND:" + zstamp(to_utc(dt.datetime.combine(LAST, dt.time()), PT)),
        "X-WR-RELCALID:{0000002E-7A41-9C2B-3D1E-5F60A7B8C9D0}",
        "X-WR-CALNAME:Calendar",
        "X-PRIMARY-CALENDAR:TRUE",
        f'X-OWNER;CN="{ME_CN}":mailto:{ME}',
        f'X-MS-OLK-WKHRSTART;TZID="{PT}":080000',
        f'X-MS-OLK-WKHREND;TZID="{PT}":170000',
        "X-MS-OLK-WKHRDAYS:MO,TU,WE,TH,FR",
    ]
    for z in zones:
        head += vtimezone(z)
    text = "".join(fold(x) for x in head)
    for e in c.events:
        text += vevent(e)
    return text + "END:VCALENDAR\r\n"


# ----------------------------------------------------------------------------------------------
# Truth, profile, README


def truth_rows(c):
    rows, seen = [], set()
    for e in c.events:
        if e["rid"] is None:
            key = e["uid"]
        elif e["own_row"]:
            key = e["uid"] + "|" + zstamp(to_utc(e["rid"], e["tz"]))
        else:
            continue
        assert key not in seen, key
        seen.add(key)
        rows.append((key, e["level"], e["cat"], e["title"]))
    return rows


def weekly(c):
    weeks = []
    for w in range(1, WEEKS + 1):
        weeks.append(dict(week=w, monday=day(w, 0), below=0.0, at=0.0, above=0.0, excluded=0.0,
                          skipped=0.0, n=0))
    for i in c.instances():
        if i["allday"]:
            continue
        local = utc_to_pt(i["s"])
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
        r = RANK[e["level"]] - RANK[LEADER_LEVEL]
        w["below" if r < 0 else "at" if r == 0 else "above"] += h
    return weeks


def check_overlaps(c):
    timed = sorted((i["s"], i["en"], i["e"]["title"]) for i in c.instances() if counted(i))
    for (s1, e1, t1), (s2, e2, t2) in zip(timed, timed[1:]):
        assert s2 >= e1, f"counted meetings overlap: {t1} / {t2} at {s2}"


def profile_text():
    d = lambda k: P[k][1]
    return "\n".join([
        "name: Renata Kowalczyk",
        f"email: {ME}",
        f"aliases: [{ALIAS_SHORT}, {ALIAS_DC}]",
        "level: director",
        "timezone: America/Los_Angeles",
        "promoted: 2026-07-06",
        f"organization: [{ORG}, {DC}]",
        f"manager: {d('douglas')}",
        "directs: [" + ", ".join(d(k) for k in DIRECTS) + "]",
        "peers: [" + ", ".join(d(k) for k in PEERS) + "]",
        'working_hours: {start: "08:00", end: "17:00", days: [mon, tue, wed, thu, fri]}',
        "target: 0.35",
        "function: operations",
        "",
    ])


README_HEAD = """# Held-out test calendar: Director of Fulfillment Operations (Outlook export)

Everything in this folder is written by `generate.py` (standard library only, fixed seed, fixed
DTSTAMP, byte-identical on every run). It is an independent, labelled calendar for measuring **once**
how well Altitude's classification rules generalise. It was written without reading `Rules/`,
`SampleData/`, `Tests/Evaluation/` or `scripts/evaluate.py`; the labels come from the altitude model
in `PRODUCT.md` and the judgement of an executive coach, not from any rule file. Do not tune rules
against it: once it has been used to tune, it no longer measures generalisation.

| file | what it is |
|---|---|
| `calendar.ics` | Outlook 16 "Save as iCalendar" export, 2026-09-07 .. 2026-11-29 (ISO weeks 2026-W37 .. W48) |
| `truth.csv` | `key,level,category,title`: one row per UID; `UID\\|RECURRENCE-ID` (UTC) rows for overrides that change what the meeting is |
| `profile.yaml` | the leader's profile (level `director`) |
| `generate.py` | writes all four files and checks that calendar UIDs and truth keys match |

## The leader

**Renata Kowalczyk**, Director of Fulfillment Operations – West at **Juniper Hollow** (a home-goods
retailer selling online and wholesale; `juniperhollow.example`, distribution-centre mailboxes on
`jh-fulfillment.example`). Based in Sacramento, time zone America/Los_Angeles (Outlook:
"Pacific Standard Time"); the VP and headquarters are in Chicago.

She was General Manager of the **Reno DC** until **2026-07-06**, when she was promoted to director
over the whole West network: the Reno DC, the Stockton DC, the Sparks returns centre and West
transportation. She reports to **Douglas Achterberg, VP Supply Chain**; her peers are the other
directors on his staff (Fulfillment East, Supply Planning, Procurement, Supply Chain Systems).
Her directs: Tomás Villanueva (Reno GM, starts 12 Oct), Shauna Kerrigan (Stockton GM), Gloria
Esquivel (Sparks returns manager), Dev Malhotra (West transportation manager) and two senior ICs,
Nate Halvorsen (senior ops analyst) and Ama Owusu (continuous-improvement lead). While the Reno GM
seat is open, Reno's two ops managers (Janelle Brooks, outbound; Kwame Asante, inbound and
inventory) report to her on an interim basis.

**The story in the calendar.** Weeks 37-41: her old GM job is still on her calendar - she runs the
Reno tier-2 daily huddle herself, sits in Reno's weekly labor plan, outbound review and cycle-count
review, builds the peak labor model and the Power BI dashboard with the analysts, does phone screens,
and at the same time runs the Reno GM search. Week 42: Tomás starts; she hands over the daily
huddle and the Reno team meetings. Weeks 43-45: she drops into the huddle twice a week, then only on
Mondays, declines the operational calls she used to join, and the FY27 AOP in Chicago (week 45)
pulls her calendar upward. Weeks 46-48: peak season - a WMS Sev2, a sorter P1, line-by-line Black
Friday labor plans, the Reno huddle daily again at Tomás's invitation, and four hours on the Black
Friday pack-out line - pull her back down.

## Labelling principles

Each meeting is labelled by the level of the **work done in it**, using the ladder in `PRODUCT.md`
(`ic < manager < director < vp < executive`), as an executive coach who knew what happened in the
meeting would judge it. The leader is a **director**, so below = `ic` + `manager`, at = `director`,
above = `vp` + `executive`.

1. **`ic` - doing the work yourself.** Building the labor model or the Power BI dashboard with the
   analysts, re-slotting analysis, time-study math, line-by-line deck editing, WMS configuration,
   walking the floor to find mis-picks, debugging wave-release errors, incident bridges (WMS Sev2,
   sorter P1, late-wave recovery), phone screens, and working the pack-out line on Black Friday.
2. **`manager` - running one team's execution.** The Reno tier-2 daily huddle (in all its later
   forms), one site's weekly labor plan or shift schedule, one team's weekly ops review or
   cycle-count review, the weekly carrier service call and the weekly temp-agency call, a single
   supervisor hiring panel, a kaizen report-out for one line, a go-live check for one overflow lane,
   customer compliance calls (routing guide, chargebacks, OTIF check-ins), one team's social events.
3. **`director` - running several teams' delivery.** Her own staff meeting and WBR across all
   sites, peak readiness reviews, the peak command center, the safety council, site ops reviews,
   cross-team RCAs ("why did the system let this happen"), vendor QBRs and multi-site vendor
   commitments, customer escalations. Relative rules from PRODUCT.md: 1:1s with her directs
   (including the interim directs), time with peers (1:1s, "Sync", lunch), and hiring, onboarding and
   handing over to **her own direct reports** are at altitude for a director - the leader-developing
   work of her layer.
4. **`vp` - building the organisation of organisations.** Douglas's staff meeting and her 1:1 with
   Douglas (the VP's table: she works on his agenda there), FY27 budget / AOP / headcount planning,
   org design, talent review and succession, the multi-million carrier rate negotiation, the
   customer's executive-sponsor call, the AOP offsite and its leadership dinner.
5. **`executive` - shaping the company.** The company all-hands and presenting to the CEO/COO at
   the AOP exec readout.
6. **`excluded`** - holidays, PTO, working-location markers, travel (flights, drives), gym, school
   pickup, dentist, flu shot, lunch alone, focus blocks and `[Hold]` prep blocks with nobody invited.

Cancelled and declined meetings keep the label of the work they would have been, but they are not
counted; tentative meetings are counted. A moved occurrence keeps its series' row; an occurrence that
becomes a different kind of meeting gets its own `UID|RECURRENCE-ID` row.

## Judgement calls

- **1:1 with her VP** (`Douglas / Renata 1:1`, and his "Quick chat") -> `vp`, like his staff meeting:
  the agenda is his organisation (AOP, org design, talent). A reasonable coach could call it
  `director`; it is never below altitude either way.
- **Hiring.** Her own directs (Reno GM intake, interviews, final round, debrief, offer call,
  onboarding plan) -> `director`: the table's "hiring leaders" is the VP's version of hiring the
  layer beneath you. Phone screens for ICs -> `ic` (table). A panel for a Stockton *supervisor*
  -> `manager`: that is the Stockton ops manager's hire.
- **"Reno T2 huddle"** -> `manager` in every form (her own series, "FW:", Monday drop-in, the peak
  daily). Attending rather than running it does not lift it: it is one team's daily execution.
- **Site ops review** (`Stockton ops review`, Shauna's meeting) -> `director`: a status review of a
  whole site (several teams), not running one team. But Reno's *outbound* weekly review -> `manager`.
- **Ambiguous titles.** `Sync` (Owen, a peer) -> `director`. `Quick chat` from Carla (HR partner,
  about the interim Reno leadership) -> `director`; from Marco (a supervisor asking her to approve
  overtime) -> `manager`; from Tomás (a direct) -> `director`; from Douglas -> `vp`. `Catch-up`
  with Bea (an analyst two levels down, pulling numbers directly from her) -> `manager`; with Janelle
  (former interim direct, skip-level mentoring) -> `director`, as is the monthly skip-level coffee.
  These cannot be decided from the title; organizer and attendees are the only clues.
- **Customer meetings** -> by the work: compliance calls -> `manager`; a missed-appointments
  escalation -> `director` (the table's "escalations", even though the customer's VP organises it);
  the customer's executive-sponsor relationship call with Douglas -> `vp` ("customer executives").
- **Vendors** -> weekly service / staffing calls `manager`; QBRs, peak headcount commitments across
  sites, overflow SOW, AMR demo `director`; the 2027 rate negotiation and its prep `vp` (budget).
- **Peak go/no-go for Black Friday cutoffs** -> `director` (network launch readiness), although the
  table lists "release go/no-go" under `manager`; the overflow-lane go-live check stays `manager`.
- **RCAs after incidents** (`5 whys`, `sorter PM gaps`) -> `director`: asking why the system let it
  happen across sites, systems and a vendor; the incident bridges themselves -> `ic`.
- **"Ops analytics working session"** is `ic` (she builds the dashboard) until its last occurrence,
  where Nate presents the finished dashboard to the GMs: that override is `director` (own row).
  **"West Ops Staff"** on 23 Nov turns into a two-hour talent calibration: `vp` (own row).
- **Leadership dinner at the AOP offsite** -> `vp` (relationship time at the VP's table), not
  personal; **lunch with a peer** -> `director`; the Reno team happy hour -> `manager` (declined).
- **Floor support on Black Friday** -> `ic` although Tomás organised it and it is good leadership
  theatre: for four hours she packs boxes.

## Calendar mechanics covered

Outlook 16 PRODID and X-MS-OLK / X-MICROSOFT-CDO properties, Windows TZIDs (quoted) with the
VTIMEZONE blocks Outlook writes (DTSTART:16010101T020000 + yearly RRULEs) for Pacific, Central and
Eastern, the DST end on 1 Nov 2026 inside the span (series started in PDT with instances in PST,
RECURRENCE-IDs after the change), a flight that starts in one zone and ends in another, weekly,
biweekly and monthly-by-weekday (2WE, 3TH, 1TH) series with UNTIL, COUNT and comma-separated
EXDATE lists, series starting months before the window, moved occurrences (including to another day
and across the DST change), cancelled occurrences (`STATUS:CANCELLED` overrides), declined,
tentative and optional invitations (some addressed to the leader's aliases), a cancelled one-off,
all-day and multi-day all-day events (`VALUE=DATE`, `X-MICROSOFT-CDO-ALLDAYEVENT:TRUE`), rooms
(`CUTYPE=ROOM`), `CN="Last, First"` display names, private appointments, VALARMs, Teams meeting
bodies, CRLF line ends and folding at 75 octets (including inside multi-byte characters).

## Weekly truth

Hours of timed meetings in the leader's time zone (America/Los_Angeles), per ISO week, counting only
meetings that are not all-day, not cancelled, not declined by the leader and not `excluded`.
below = `ic` + `manager`, at = `director`, above = `vp` + `executive`;
truth below share = below / (below + at + above).

"""


def readme_text(c, weeks, counts):
    out = [README_HEAD]
    out.append("| ISO week | Monday | meetings | meeting hours | below | at | above | below share |"
               " excluded h | declined/cancelled h |\n")
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    shares = []
    for w in weeks:
        tot = w["below"] + w["at"] + w["above"]
        share = w["below"] / tot
        shares.append(share)
        iso = w["monday"].isocalendar()
        out.append(f"| {iso[0]}-W{iso[1]:02d} | {w['monday'].isoformat()} | {w['n']} | {tot:.2f} | "
                   f"{w['below']:.2f} | {w['at']:.2f} | {w['above']:.2f} | {share:.1%} | "
                   f"{w['excluded']:.2f} | {w['skipped']:.2f} |\n")
    tb = sum(w["below"] for w in weeks)
    ta = sum(w["at"] for w in weeks)
    tv = sum(w["above"] for w in weeks)
    out.append(f"| **total** | | {sum(w['n'] for w in weeks)} | {tb + ta + tv:.2f} | {tb:.2f} | {ta:.2f} | "
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
               f"2026-09-07 and 2026-11-30 (America/Los_Angeles), {counts['allday']} of them all-day; "
               f"truth.csv has {counts['rows']} rows.\n")
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
            if (FIRST <= (i["s"] if i["allday"] else utc_to_pt(i["s"]).date()) < LAST)]
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
        "README.md": readme_text(c, weeks, counts),
    }
    for name, text in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    for w in weeks:
        tot = w["below"] + w["at"] + w["above"]
        print(f"W{w['monday'].isocalendar()[1]} {w['monday']} hours {tot:5.2f} below {w['below']:5.2f} "
              f"at {w['at']:5.2f} above {w['above']:5.2f} share {w['below'] / tot:.1%}", file=sys.stderr)
    print(counts, file=sys.stderr)


if __name__ == "__main__":
    main()
