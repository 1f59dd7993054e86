import AltitudeModel
import AltitudeYAML
import Yams

/// `series: [UID, …]`: the meeting is an occurrence of one of these series, by the UID
/// every occurrence shares. What `altitude label` writes for a recurring meeting: the
/// label stays on that series when it is renamed, and moves no other meeting of that title.
struct SeriesCondition: SingleKeyCondition {
    static let key = "series"
    static let needs: FeatureNeeds = .series

    static let exampleFields = [
        ExampleField(key: "series") { node, meeting, reader in
            meeting.series = reader.string(node, what: "series")
        },
    ]

    static let documentation = ConditionDocumentation(
        holdsWhen: "it is an occurrence of one of these series, by its UID (what `altitude label` writes for a recurring meeting)",
        written: ["series: [7kq2v9c1s0@google.com]"])

    static let examples = [
        ConditionExample(when: "series: [standup-payments@example.com, standup-ledger@example.com]",
                         match: ["{title: Payments standup, series: standup-payments@example.com}",
                                 "{title: Ledger standup (renamed), series: standup-ledger@example.com}"],
                         noMatch: ["{title: Payments standup}", "{title: Payments standup, series: standup-search@example.com}"]),
    ]

    let uids: [String]
    /// Each UID's position in the program's table (`Program.seriesSlots`), which the
    /// features carry: set by `compiled(in:)`.
    private(set) var slots: Set<Int32> = []

    static func parse(_ key: String, _ node: Node, reader: inout NodeReader) -> SeriesCondition? {
        guard let uids = reader.strings(node, what: key) else { return nil }
        guard !uids.isEmpty, !uids.contains(where: \.isEmpty) else {
            reader.fail(at: node, "series should name at least one UID, and no empty one",
                        hint: "`altitude label --format json` lists each series with its UID")
            return nil
        }
        return SeriesCondition(uids: uids)
    }

    /// Each UID is added to the program's table once, however many rules name it.
    func compiled(in program: inout Program) -> SeriesCondition {
        var compiled = self
        compiled.slots = Set(uids.map { uid in
            if let slot = program.seriesSlots[uid] { return slot }
            let slot = Int32(program.seriesSlots.count)
            program.seriesSlots[uid] = slot
            return slot
        })
        return compiled
    }

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        slots.contains(features.series)
    }

    var description: String { "series " + uids.joined(separator: " | ") }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        let uid = context.instance.seriesID
        guard !holds else { return "it is an occurrence of the series \(uid)" }
        return "it is of the series \(uid), not " + (uids.count == 1 ? "the one named" : "one of the \(uids.count) named")
    }
}
