import AltitudeAnalysis
import AltitudeModel
import Foundation

/// What one weekly digest says: the allocation report of the week (with the 12
/// weeks before it), whether the rules changed since the last digest, and how
/// fresh the data is. Plain values; the digest formatters only format them.
public struct DigestContent: Sendable {
    public var report: AllocationReport
    /// Set when the rules or profile differ from those of the last digest sent.
    public var rulesChange: RulesChange?
    public var freshness: Freshness
    /// Whether the digest is a coach's, about a client: then the subject names the leader.
    public var isAboutClient: Bool
    /// The client's name in the store, for the commands the digest suggests (`--client NAME`); nil for
    /// `me`, or when the digest is redacted (then the command says `--client NAME` for the coach to fill in).
    public var client: String?

    public init(report: AllocationReport, rulesChange: RulesChange? = nil, freshness: Freshness, isAboutClient: Bool = false,
                client: String? = nil) {
        self.report = report
        self.isAboutClient = isAboutClient
        self.client = client
        self.rulesChange = rulesChange
        self.freshness = freshness
    }

    /// The last digest's figure as it was sent, and the same week measured with today's rules.
    public struct RulesChange: Sendable, Hashable {
        public var week: ISOWeek
        public var sentShare: Double?
        /// Nil when that week is outside the digest's window.
        public var recomputedShare: Double?

        public init(week: ISOWeek, sentShare: Double?, recomputedShare: Double?) {
            self.week = week
            self.sentShare = sentShare
            self.recomputedShare = recomputedShare
        }
    }

    /// When the calendar was last read, where its data ends, and the feeds that could not be read again.
    public struct Freshness: Sendable, Hashable {
        public var lastRead: Date?
        /// The end of the latest time any source has data for.
        public var dataEnd: Date?
        public var now: Date
        /// The leader's zone: "today" and the times are theirs.
        public var zone: ZoneRules
        /// One line per feed that failed to refresh (its address redacted).
        public var problems: [String]

        public init(lastRead: Date?, dataEnd: Date? = nil, now: Date, zone: ZoneRules = .utc, problems: [String] = []) {
            self.lastRead = lastRead
            self.dataEnd = dataEnd
            self.now = now
            self.zone = zone
            self.problems = problems
        }

        /// "Calendar last read 2 days ago (2026-11-21 09:00 America/New_York)." in the words the message uses,
        /// with where the data ends when that is already past.
        public var sentence: String {
            guard let lastRead else { return "No source of this calendar has been read yet." }
            let today = zone.localDate(of: now)
            func age(_ date: CivilDate) -> String {
                let days = today.dayNumber - date.dayNumber
                return days <= 0 ? "today" : days == 1 ? "1 day ago" : "\(days) days ago"
            }
            let read = zone.localDate(of: lastRead)
            let stamp = WallClock.isoDescription(zone.wallSeconds(from: lastRead))
            var text = "Calendar last read \(age(read)) (\(read) \(stamp.dropFirst(11).prefix(5)) \(zone.identifier))"
            if let dataEnd, dataEnd < now {
                let last = zone.localDate(of: dataEnd.addingTimeInterval(-1))
                text += "; its data ends on \(last) (\(age(last))): re-import it for the weeks since"
            }
            return text + "."
        }
    }

    public var week: AllocationReport.Week { report.week }

    /// The week before the reported one, when the window holds it.
    public var previousWeek: AllocationReport.Week? {
        report.weeks.count >= 2 ? report.weeks[report.weeks.count - 2] : nil
    }

    /// The change of the below share from the week before, in whole points.
    public var changePoints: Int? {
        guard let share = week.metrics.belowShare, let previous = previousWeek?.metrics.belowShare else { return nil }
        return Int(((share - previous) * 100).rounded())
    }

    /// "down 6 points", "up 1 point", "unchanged": against the week before.
    public var change: String? {
        changePoints.map { change in
            change == 0 ? "unchanged" : change < 0 ? "down \(-change) point\(change == -1 ? "" : "s")"
                : "up \(change) point\(change == 1 ? "" : "s")"
        }
    }

    /// "38% below altitude, down 6 points": the subject's and the opening's headline.
    public var headline: String {
        guard let share = week.metrics.belowShare else { return "no classified meeting time" }
        return "\(Figures.percent(share)) below altitude" + (change.map { ", \($0)" } ?? "")
    }

    /// "38% (31–45%) below altitude, down 6 points": the opening's headline, with the
    /// range the share could honestly be in (the subject keeps to the figure).
    public var headlineWithRange: String {
        guard let share = week.metrics.belowShare else { return "no classified meeting time" }
        return "\(Figures.percent(share, range: week.belowShareRange)) below altitude" + (change.map { ", \($0)" } ?? "")
    }

    /// "Altitude, week 2026-W10: 38% below altitude, down 6 points" (a client's: "Altitude for NAME, week …").
    public var subject: String {
        (isAboutClient ? "Altitude for \(report.leader.name), week " : "Altitude, week ") + "\(week.metrics.week): \(headline)"
    }

    /// The 4-week mean and the target, as a line.
    var comparison: String {
        var parts: [String] = []
        if let target = report.leader.target { parts.append("target \(Figures.percent(target))") }
        parts.append("4-week mean \(Figures.percent(week.rollingBelowShare, range: week.rollingBelowShareRange))")
        if let previous = previousWeek { parts.append("the week before \(Figures.percent(previous.metrics.belowShare))") }
        return parts.joined(separator: " · ")
    }

    /// What the rules-changed notice says.
    var rulesChangeSentence: String? {
        guard let change = rulesChange else { return nil }
        var text = "The rules or the profile changed since the last digest"
        if let recomputed = change.recomputedShare {
            text += ": \(change.week) was sent as \(Figures.percent(change.sentShare)) below altitude and is "
                + "\(Figures.percent(recomputed)) with today's rules. Compare trends with that in mind."
        } else {
            text += " (for \(change.week)): earlier figures were measured with other rules."
        }
        return text
    }

    /// `altitude report --week 2026-W10 --client acme`: the command that shows the whole week, for the same leader.
    public var reportCommand: String {
        "altitude report --week \(week.metrics.week)" + (isAboutClient ? " --client \(client ?? "NAME")" : "")
    }

    /// How many series each list shows: a digest is read in a minute.
    static let seriesShown = 5
}
