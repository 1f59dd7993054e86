import AltitudeAnalysis
import AltitudeModel

/// How `altitude label` lists the series to label when it is not asking.
public enum LabelListFormat: String, CaseIterable, Sendable {
    case text, json
}

/// What `altitude label` offers — what labelling would narrow the ranges most first, or
/// for a review the most hours at each level: for a script, or for a reader to label one
/// by one with `altitude label TITLE --level LEVEL` (or `--series ID`).
public struct LabelListFormatter: Sendable {
    public var candidates: [LabelCandidate]
    /// Classified series to check, rather than what would narrow the ranges most.
    public var review: Bool
    /// The command that labels one of them, with the client and calendar this list came from.
    public var labelCommand: String
    /// The calendar's share of classified time decided only by who was there, when it is
    /// large and the profile has no org chart (`AllocationReport.timeAnOrgChartWouldDecide`): the text says how to add one.
    public var timeAnOrgChartWouldDecide: Double?

    public init(candidates: [LabelCandidate], review: Bool, labelCommand: String, timeAnOrgChartWouldDecide: Double? = nil) {
        self.candidates = candidates
        self.review = review
        self.labelCommand = labelCommand
        self.timeAnOrgChartWouldDecide = timeAnOrgChartWouldDecide
    }

    public func write(_ format: LabelListFormat, to output: TextOutput) {
        switch format {
        case .json:
            output.writeJSON(candidates.map { candidate in
                JSONValue(object: [
                    "id": JSONValue(candidate.id), "series": JSONValue(candidate.series), "title": JSONValue(candidate.title),
                    "name": JSONValue(candidate.name), "hours": JSONValue(ReportNumbers.hours(candidate.hours)),
                    "meetings": JSONValue(Double(candidate.count)), "bookedHours": JSONValue(ReportNumbers.hours(candidate.bookedHours)),
                    "bookedMeetings": JSONValue(Double(candidate.bookedCount)), "company": JSONValue(candidate.company),
                    "level": JSONValue(candidate.classification.level), "relation": JSONValue(candidate.classification.relation.rawValue),
                    "rule": JSONValue(candidate.classification.rule), "evidence": JSONValue(candidate.classification.evidence?.rawValue),
                    "narrowing": JSONValue(ReportNumbers.hours(candidate.narrowing)),
                ])
            })
        case .text:
            if let advice = Self.orgChartAdvice(timeAnOrgChartWouldDecide) { output.write(advice + "\n") }
            guard !candidates.isEmpty else {
                return output.write(review ? "Nothing classified to review in this window.\n"
                                    : "Every meeting in this window is labelled: nothing a label would narrow.\n")
            }
            output.write(review ? "The series with the most hours at each level (held so far, then booked ahead):\n"
                         : "What a label would narrow your ranges most with first — unclassified hours, then those decided only by "
                            + "who was there (held so far, then booked ahead):\n")
            for candidate in candidates {
                output.write(Self.line(candidate) + "\n")
            }
            output.write("Label one with: \(labelCommand)\n")
        }
    }

    /// What to add to the profile, when an org chart would decide much of the calendar (`share` of its classified time).
    public static func orgChartAdvice(_ share: Double?) -> String? {
        share.map { Figures.orgChartAdvice(share: $0, of: "the calendar's") }
    }

    /// `  6.0 h   4×  Query tuning session — now ic (structure only); 5 people: …; 9 more booked, 2.3 h`:
    /// the hours and meetings held so far, then what is only booked; a choice of several
    /// with one title ends with the id that labels it.
    public static func line(_ candidate: LabelCandidate) -> String {
        let classification = candidate.classification
        let now: String = switch classification.relation {
        case .unclassified: "unclassified"
        case .excluded: "excluded"
        default: "now \(classification.level ?? "") (\(classification.relation.rawValue)"
            + (classification.evidence == .structure ? ", by who was there only" : "") + ")"
        }
        return EventListTextFormatter.hours(candidate.hours * 3600).leftPadding(8) + "  " + "\(candidate.count)×".leftPadding(5) + "  "
            + candidate.name.replacingControlCharacters() + " — " + now + "; " + candidate.company
            + (candidate.bookedCount == 0 ? ""
                : "; \(candidate.bookedCount) more booked, \(EventListTextFormatter.hours(candidate.bookedHours * 3600))")
            + (candidate.qualifier == nil ? "" : "  [--series \(shellWord(candidate.id).replacingControlCharacters())]")
    }

    /// The choices a generic title offers, each with the id that labels it: what
    /// `altitude label TITLE --level LEVEL` says instead of moving all of them.
    public static func choices(_ title: String, _ candidates: [LabelCandidate]) -> String {
        "“\(title.replacingControlCharacters())” is \(candidates.count) different things here (held with different people, or a title "
            + "that says little on its own), so one label would move meetings you may not mean; label one with --series ID --level LEVEL:\n"
            + candidates.map(line).joined(separator: "\n")
    }

    /// `“Sync — with your direct reports”: moves 14 meetings, 9.5 h (9 held, 5 booked ahead): director → ic.`
    public static func move(_ move: LabelMove) -> String {
        let name = "“\(move.name.replacingControlCharacters())”"
        guard move.decided > 0 else { return "\(name): decides no meeting in this window.\n" }
        guard move.movedCount > 0 else {
            return "\(name): moves no meeting: its \(meetings(move.decided)), \(Figures.hours(Double(move.decidedSeconds) / 3600)) h, "
                + "stay \(move.outcome), now by your label.\n"
        }
        let when = move.movedBooked == 0 ? "all held" : move.movedHeld == 0 ? "all booked ahead"
            : "\(move.movedHeld) held, \(move.movedBooked) booked ahead"
        let from = move.moved.count == 1 ? move.moved.keys.first ?? ""
            : move.moved.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
        return "\(name): moves \(meetings(move.movedCount)), \(Figures.hours(Double(move.movedSeconds) / 3600)) h (\(when)): "
            + "\(from) → \(move.outcome).\n"
    }

    private static func meetings(_ count: Int) -> String { count == 1 ? "1 meeting" : "\(count) meetings" }

    /// An id as a shell word: quoted when it has anything but letters, digits and `-_.@:`.
    public static func shellWord(_ word: String) -> String {
        word.allSatisfy { $0.isLetter || $0.isNumber || "-_./@:".contains($0) } ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// What the labels changed, over the whole calendar: shares to a tenth of a point, so
    /// one series' label shows, and the hours that moved.
    public static func effect(labels: Int, replaced: Int, path: String, before: WeekMetrics, after: WeekMetrics) -> String {
        func share(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0 * 100) } ?? "–" }
        func change(_ name: String, _ from: Double?, _ to: Double?, hours: Int) -> String {
            "\(name) \(share(from)) → \(share(to)) (\(hours >= 0 ? "+" : "−")\(Figures.hours(Double(abs(hours)) / 3600)) h)"
        }
        var text = "Wrote \(labels) label\(labels == 1 ? "" : "s") to \(path)"
        if replaced > 0 { text += " (\(replaced) replacing an earlier label)" }
        text += ".\nOver the calendar: "
            + change("below altitude", before.belowShare, after.belowShare, hours: after.belowSeconds - before.belowSeconds) + "; "
            + change("unclassified", before.unclassifiedShare, after.unclassifiedShare,
                     hours: after.unclassifiedSeconds - before.unclassifiedSeconds) + "; "
            + change("decided only by who was there", before.structureOnlyShare, after.structureOnlyShare,
                     hours: after.structureOnlySeconds - before.structureOnlySeconds) + ".\n"
        return text
    }
}
