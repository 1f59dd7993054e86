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

/// `altitude sessions list`: one line per session, the latest first, and under it the
/// commitments made at it; without `--client`, every client's, each line naming its client.
public struct SessionListReport: Sendable {
    public init() {}

    public func write(_ sessions: [CoachingSession], format: EventListFormat, to output: TextOutput) {
        write(sessions.map { (nil, $0) }, format: format, withClient: false, to: output)
    }

    /// Every client's sessions, by client, the latest first within each.
    public func write(_ clients: [(client: String, sessions: [CoachingSession])], format: EventListFormat, to output: TextOutput) {
        write(clients.flatMap { client in client.sessions.map { (client.client, $0) } }, format: format, withClient: true, to: output)
    }

    private func write(_ rows: [(client: String?, session: CoachingSession)], format: EventListFormat, withClient: Bool,
                       to output: TextOutput) {
        switch format {
        case .text:
            let width = min(rows.compactMap { $0.client?.count }.max() ?? 0, 40)
            for (client, session) in rows {
                let who = client.map { "  " + Figures.clip($0, 40).padding(width) } ?? ""
                output.write((session.date.description + who + (session.note.map { "  " + $0.replacingControlCharacters() } ?? ""))
                             .trimmingCharacters(in: .whitespaces) + "\n")
                for commitment in session.commitments {
                    output.write("  \(commitment.id) \(BetweenSessionsWords.commitment(commitment))".replacingControlCharacters()
                                 + (commitment.ended.map { " (ended \($0))" } ?? "") + "\n")
                }
            }
        case .csv:
            output.write(CSV.row((withClient ? ["client"] : []) + ["date", "note", "commitments"]))
            for (client, session) in rows {
                let commitments = session.commitments.map { "\($0.id) \(BetweenSessionsWords.commitment($0))" + ($0.ended.map { " (ended \($0))" } ?? "") }
                CSV.write((withClient ? [client ?? ""] : []) + [session.date.description, session.note ?? "", commitments.joined(separator: "; ")],
                          to: output)
            }
        case .json:
            output.writeJSON(rows.map { client, session in
                var object = ["date": JSONValue(session.date.description), "note": JSONValue(session.note),
                              "commitments": JSONValue(session.commitments.map(BetweenSessionsJSON.commitment))]
                if withClient { object["client"] = JSONValue(client) }
                return JSONValue(object: object)
            })
        }
    }
}
