import AltitudeAnalysis
import AltitudeModel

/// How `altitude label` lists the series to label when it is not asking.
public enum LabelListFormat: String, CaseIterable, Sendable {
    case text, json
}

/// The series `altitude label` offers, most hours first: for a script, or for a
/// reader to label one by one with `altitude label TITLE --level LEVEL`.
public struct LabelListFormatter: Sendable {
    public var candidates: [LabelCandidate]
    /// Classified series to check, rather than unclassified ones.
    public var review: Bool
    /// The command that labels one of them, with the client and calendar this list came from.
    public var labelCommand: String

    public init(candidates: [LabelCandidate], review: Bool, labelCommand: String) {
        self.candidates = candidates
        self.review = review
        self.labelCommand = labelCommand
    }

    public func write(_ format: LabelListFormat, to output: TextOutput) {
        switch format {
        case .json:
            output.writeJSON(candidates.map { candidate in
                JSONValue(object: [
                    "title": JSONValue(candidate.title), "hours": JSONValue(ReportNumbers.hours(candidate.hours)),
                    "meetings": JSONValue(Double(candidate.count)), "bookedHours": JSONValue(ReportNumbers.hours(candidate.bookedHours)),
                    "bookedMeetings": JSONValue(Double(candidate.bookedCount)), "company": JSONValue(candidate.company),
                    "level": JSONValue(candidate.classification.level), "relation": JSONValue(candidate.classification.relation.rawValue),
                    "rule": JSONValue(candidate.classification.rule), "evidence": JSONValue(candidate.classification.evidence?.rawValue),
                ])
            })
        case .text:
            guard !candidates.isEmpty else {
                return output.write(review ? "Nothing classified to review in this window.\n" : "Every series in this window is classified.\n")
            }
            output.write(review ? "The series with the most hours at each level (held so far, then booked ahead):\n"
                         : "The series no rule classifies, most hours first (held so far, then booked ahead):\n")
            for candidate in candidates {
                output.write(Self.line(candidate) + "\n")
            }
            output.write("Label one with: \(labelCommand)\n")
        }
    }

    /// `  6.0 h   4×  Query tuning session — now ic (structure only); 5 people: …; 9 more booked, 2.3 h`:
    /// the hours and meetings held so far, then what is only booked.
    public static func line(_ candidate: LabelCandidate) -> String {
        let classification = candidate.classification
        let now: String = switch classification.relation {
        case .unclassified: "unclassified"
        case .excluded: "excluded"
        default: "now \(classification.level ?? "") (\(classification.relation.rawValue)"
            + (classification.evidence == .structure ? ", by who was there only" : "") + ")"
        }
        return EventListTextFormatter.hours(candidate.hours * 3600).leftPadding(8) + "  " + "\(candidate.count)×".leftPadding(5) + "  "
            + candidate.title.replacingControlCharacters() + " — " + now + "; " + candidate.company
            + (candidate.bookedCount == 0 ? ""
                : "; \(candidate.bookedCount) more booked, \(EventListTextFormatter.hours(candidate.bookedHours * 3600))")
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
