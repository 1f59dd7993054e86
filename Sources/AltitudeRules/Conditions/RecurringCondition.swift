import AltitudeModel
import AltitudeYAML
import Yams

/// `recurring: true`: the meeting is one of a series (or, `false`, a one-off);
/// `recurring: weekly`: one of a series that repeats that often (its rule's FREQ).
struct RecurringCondition: SingleKeyCondition {
    static let key = "recurring"

    static let exampleFields = [
        ExampleField(key: "recurring") { node, meeting, reader in
            switch read(node, reader: &reader, list: false)?.first {
            case .oneOff, nil:
                meeting.recurring = false
            case .anySeries:
                meeting.recurring = true
            case .every(let frequency):
                meeting.recurring = true
                meeting.frequency = frequency
            }
        },
    ]

    static let documentation = ConditionDocumentation(
        holdsWhen: "it repeats (or not); or it repeats that often: `daily`, `weekly`, `monthly`, `yearly` (or `hourly`, `minutely`, "
            + "`secondly`), as its rule says",
        written: ["recurring: true", "recurring: weekly", "recurring: [monthly, yearly]"])

    static let examples = [
        ConditionExample(when: "recurring: true",
                         match: ["{title: Weekly sync, recurring: true}", "{title: Weekly sync, recurring: weekly}"],
                         noMatch: ["{title: Weekly sync}"]),
        ConditionExample(when: "recurring: false", match: ["{title: Kickoff}"], noMatch: ["{title: Kickoff, recurring: true}"]),
        // A series whose frequency is not known (listed dates only, or stored before it was kept) is no frequency's.
        ConditionExample(when: "recurring: weekly", match: ["{title: Team sync, recurring: weekly}"],
                         noMatch: ["{title: Team sync, recurring: daily}", "{title: Team sync, recurring: true}", "{title: Team sync}"]),
        ConditionExample(when: "recurring: [monthly, yearly]",
                         match: ["{title: Business review, recurring: monthly}", "{title: Planning offsite, recurring: yearly}"],
                         noMatch: ["{title: Business review, recurring: weekly}", "{title: Business review}"]),
    ]

    /// What a `recurring:` value accepts.
    enum Recurrence: Hashable, Sendable {
        case oneOff
        case anySeries
        case every(RecurrenceFrequency)
    }

    /// Each value by the name rules write it with, in the order `rules show` lists them.
    private static let byName: [(name: String, value: Recurrence)] = [("true", .anySeries), ("false", .oneOff)]
        + RecurrenceFrequency.allCases.map { ($0.rawValue, .every($0)) }

    let accepted: Set<Recurrence>

    static func parse(_ key: String, _ node: Node, reader: inout NodeReader) -> RecurringCondition? {
        read(node, reader: &reader, list: true).map { RecurringCondition(accepted: Set($0)) }
    }

    /// `true` or `false` (as every flag is written: `yes` and `no` too), else one
    /// frequency or, when `list`, several; a value that is none of these is reported
    /// with the nearest one.
    private static func read(_ node: Node, reader: inout NodeReader, list: Bool) -> [Recurrence]? {
        // Tried on a copy of the reader: a value that is no flag is not an error yet.
        var flagReader = reader
        if let flag = flagReader.bool(node, what: key) { return [flag ? .anySeries : .oneOff] }
        let what = "value for recurring (true, false or a frequency)"
        return list ? reader.choices(node, what: what, from: byName) : reader.choice(node, what: what, from: byName).map { [$0] }
    }

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        guard features.recurring else { return accepted.contains(.oneOff) }
        return accepted.contains(.anySeries) || features.frequency.map { accepted.contains(.every($0)) } == true
    }

    var description: String {
        "\(Self.key): " + Self.byName.filter { accepted.contains($0.value) }.map(\.name).joined(separator: " | ")
    }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        guard context.features.recurring else { return "it is a one-off" }
        guard let frequency = context.features.frequency else { return "it repeats (how often is not known)" }
        return "it repeats \(frequency.rawValue)"
    }
}
