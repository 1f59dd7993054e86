import AltitudeAnalysis
import AltitudeModel

/// What the calendar held for a series a commitment names, when it was made: the
/// receipt says which series a title named, so the coach can see it is the right one.
public struct SeriesFound: Sendable, Hashable {
    public var title: String
    public var uids: [String]
    public var meetings: Int
    public var first: CivilDate?
    public var last: CivilDate?

    public init(title: String, uids: [String], meetings: Int, first: CivilDate?, last: CivilDate?) {
        self.title = title
        self.uids = uids
        self.meetings = meetings
        self.first = first
        self.last = last
    }
}

/// What `altitude sessions add` recorded: the session, its commitments (numbered),
/// what each series named found, and the commitments it ended.
public struct SessionReceipt: Sendable {
    public var client: String
    public var session: CoachingSession
    public var ended: [Commitment]
    /// One per commitment of the session, in order: what its series named found (nil for one about no series).
    public var series: [SeriesFound?]

    public init(client: String, session: CoachingSession, ended: [Commitment], series: [SeriesFound?]) {
        self.client = client
        self.session = session
        self.ended = ended
        self.series = series
    }
}

/// `altitude sessions add` as text.
public struct SessionReceiptReport: Sendable {
    public init() {}

    public func write(_ receipt: SessionReceipt, to output: TextOutput) {
        var lines = ["Recorded a session with \(receipt.client) on \(receipt.session.date)."]
        for (index, commitment) in receipt.session.commitments.enumerated() {
            lines.append("  \(commitment.id) \(BetweenSessionsWords.commitment(commitment))".replacingControlCharacters())
            if index < receipt.series.count, let found = receipt.series[index] {
                let series = found.uids.count == 1 ? "the series \(found.uids[0])" : "\(found.uids.count) series (\(found.uids.joined(separator: ", ")))"
                let titled = commitment.series?.byTitle == true ? " and any meeting titled so" : ""
                let dates = found.first.map { first in ", \(first) to \(found.last ?? first)" } ?? ""
                lines.append("      matches \(series)\(titled): \(found.meetings) meeting\(found.meetings == 1 ? "" : "s")\(dates)"
                    .replacingControlCharacters())
            }
        }
        if let first = receipt.session.commitments.first {
            lines.append("Measured from \(first.firstWeek) in report, trends, the digest and the portfolio.")
        }
        for commitment in receipt.ended {
            lines.append("Ended \(commitment.id) \(BetweenSessionsWords.commitment(commitment)) (agreed \(commitment.since)).".replacingControlCharacters())
        }
        output.write(lines.joined(separator: "\n") + "\n")
    }
}

/// `altitude sessions list`: one line per session, the latest first, and under it the commitments made at it.
public struct SessionListReport: Sendable {
    public init() {}

    public func write(_ sessions: [CoachingSession], format: EventListFormat, to output: TextOutput) {
        switch format {
        case .text:
            for session in sessions {
                output.write(session.date.description + (session.note.map { "  " + $0.replacingControlCharacters() } ?? "") + "\n")
                for commitment in session.commitments {
                    output.write("  \(commitment.id) \(BetweenSessionsWords.commitment(commitment))".replacingControlCharacters()
                                 + (commitment.ended.map { " (ended \($0))" } ?? "") + "\n")
                }
            }
        case .csv:
            output.write(CSV.row(["date", "note", "commitments"]))
            for session in sessions {
                let commitments = session.commitments.map { "\($0.id) \(BetweenSessionsWords.commitment($0))" + ($0.ended.map { " (ended \($0))" } ?? "") }
                CSV.write([session.date.description, session.note ?? "", commitments.joined(separator: "; ")], to: output)
            }
        case .json:
            output.writeJSON(sessions.map { session in
                JSONValue(object: ["date": JSONValue(session.date.description), "note": JSONValue(session.note),
                                   "commitments": JSONValue(session.commitments.map(BetweenSessionsJSON.commitment))])
            })
        }
    }
}
