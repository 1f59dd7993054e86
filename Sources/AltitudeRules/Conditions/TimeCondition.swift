import AltitudeYAML
import Foundation
import Yams

/// `time: {from: "07:00", to: "09:00"}`: when it starts, in the leader's zone.
struct TimeCondition: SingleKeyCondition {
    static let key = "time"
    static let needs: FeatureNeeds = .time

    static let exampleFields = [
        ExampleField(key: "start") { node, meeting, reader in meeting.start = reader.clock(node, what: "start") ?? meeting.start },
    ]

    static let documentation = ConditionDocumentation(holdsWhen: "it starts in this range, in the leader's zone",
                                                      written: [#"time: {from: "07:00", to: "09:00"}"#])

    static let examples = [
        // `to` is exclusive: a meeting at 09:00 starts after the range.
        ConditionExample(when: #"time: {from: "07:00", to: "09:00"}"#,
                         match: [#"{title: Early call, start: "07:30"}"#, #"{title: Early call, start: "07:00"}"#],
                         noMatch: [#"{title: Early call, start: "09:00"}"#, "{title: Review}"]),
        ConditionExample(when: #"time: {from: "21:00"}"#, match: [#"{title: Late call, start: "22:15"}"#], noMatch: ["{title: Review}"]),
    ]

    /// Minutes after midnight: `from` inclusive, `to` exclusive.
    let from: Int
    let to: Int

    static func parse(_ key: String, _ node: Node, reader: inout NodeReader) -> TimeCondition? {
        guard let range = reader.mapping(node, allowed: ["from", "to"], what: "time") else { return nil }
        let from = range["from"].flatMap { reader.clock($0.value, what: "time from") } ?? 0
        let to = range["to"].flatMap { reader.clock($0.value, what: "time to") } ?? 24 * 60
        return TimeCondition(from: from, to: to)
    }

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        Int(features.startMinute) >= from && Int(features.startMinute) < to
    }

    var description: String { "time \(Self.clock(from))–\(Self.clock(to))" }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        "it starts at \(Self.clock(Int(context.features.startMinute))) (the rule wants \(Self.clock(from))–\(Self.clock(to)))"
    }

    /// `07:30`.
    private static func clock(_ minute: Int) -> String {
        String(format: "%02d:%02d", minute / 60, minute % 60)
    }
}
