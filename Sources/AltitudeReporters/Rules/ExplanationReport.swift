import AltitudeModel
import AltitudeRules
import Foundation

/// The formats `altitude explain` writes.
public enum ExplanationFormat: String, CaseIterable, Sendable {
    case text, json
}

/// `altitude explain`, written for a coach: the meeting, the rules tried and why
/// each did not match, the one that did, and what that means for this leader.
public struct ExplanationReport: Sendable {
    let profile: LeaderProfile
    let ladder: Ladder
    let zone: ZoneRules
    /// What has been held and what is only booked: the window reaches 26 weeks ahead.
    let now: Date
    let style: TerminalStyle

    public init(profile: LeaderProfile, ladder: Ladder, zone: ZoneRules, now: Date, style: TerminalStyle) {
        self.profile = profile
        self.ladder = ladder
        self.zone = zone
        self.now = now
        self.style = style
    }

    /// The meetings held (started before now) and those only booked, with their timed hours.
    struct Tally {
        var held: [MeetingInstance] = []
        var booked: [MeetingInstance] = []

        init(_ instances: [MeetingInstance], now: Date) {
            for instance in instances {
                if instance.start < now { held.append(instance) } else { booked.append(instance) }
            }
        }

        static func seconds(_ instances: [MeetingInstance]) -> Double { instances.reduce(0.0) { $0 + ($1.isAllDay ? 0 : $1.duration) } }
    }

    /// Every group of meetings the rules see alike, as text (blank lines between) or one JSON document.
    public func write(_ groups: [(explanation: Explanation, instances: [MeetingInstance])], format: ExplanationFormat, to output: TextOutput) {
        switch format {
        case .text:
            for (index, group) in groups.enumerated() {
                if index > 0 { output.write("\n") }
                write(group.explanation, instances: group.instances, to: output)
            }
        case .json:
            output.writeJSON(groups.map { Self.json($0.explanation, $0.instances, zone: zone, now: now) })
        }
    }

    /// One group in JSON: every key present, `null` where there is no value.
    static func json(_ explanation: Explanation, _ instances: [MeetingInstance], zone: ZoneRules, now: Date) -> JSONValue {
        let dates = instances.map { zone.localDate(of: $0.start) }
        var seen = Set<String>()
        let classification = explanation.classification
        let tally = Tally(instances, now: now)
        func hours(_ instances: [MeetingInstance]) -> JSONValue { JSONValue((Tally.seconds(instances) / 36).rounded() / 100) }
        return JSONValue(object: [
            "title": JSONValue(instances.first?.title ?? ""), "instances": JSONValue(Double(instances.count)),
            "hours": hours(instances),
            "held": JSONValue(object: ["instances": JSONValue(Double(tally.held.count)), "hours": hours(tally.held)]),
            "booked": JSONValue(object: ["instances": JSONValue(Double(tally.booked.count)), "hours": hours(tally.booked)]),
            "first": JSONValue(dates.min()?.description), "last": JSONValue(dates.max()?.description),
            "uids": JSONValue(instances.map(\.uid).filter { seen.insert($0).inserted }),
            "steps": JSONValue(explanation.steps.map { step in
                JSONValue(object: ["rule": JSONValue(step.rule.id), "matched": .bool(step.matched), "reason": JSONValue(step.reason)])
            }),
            "relation": JSONValue(classification.relation.rawValue), "level": JSONValue(classification.level),
            "category": JSONValue(classification.category), "rule": JSONValue(classification.rule),
            "evidence": JSONValue(classification.evidence?.rawValue),
        ])
    }

    public func write(_ explanation: Explanation, instances: [MeetingInstance], to output: TextOutput) {
        guard let first = instances.first else { return }
        let dates = instances.map { zone.localDate(of: $0.start) }
        var heading = style.bold("“\(first.title.replacingControlCharacters())”")
        // Held and booked apart: the window reaches weeks ahead, and a total would mix what happened with what may.
        let tally = Tally(instances, now: now)
        func part(_ instances: [MeetingInstance], _ what: String) -> String? {
            instances.isEmpty ? nil
                : "\(instances.count) \(what), \(EventListTextFormatter.hours(Tally.seconds(instances)))"
        }
        heading += " · " + [part(tally.held, "held"), part(tally.booked, "booked ahead")].compactMap { $0 }.joined(separator: " · ")
        if let earliest = dates.min(), let latest = dates.max() {
            heading += earliest == latest ? " · \(earliest)" : " · \(earliest) to \(latest)"
        }
        output.write(heading + "\n\n")
        output.write("  Rules tried, in order:\n")
        // The reasons start in one column; an id longer than it (a label's) has its reason on the next line, in that column.
        let width = min(Self.idColumn, (explanation.steps.map(\.rule.id.count).max() ?? 10) + 1)
        for step in explanation.steps {
            let mark = step.matched ? style.green("✓") : style.dim("✗")
            let fits = step.rule.id.count < width
            let id = fits ? step.rule.id.padding(width) : step.rule.id
            let reason = step.reason.replacingControlCharacters()
            output.write("   \(mark) \(step.matched ? style.bold(id) : id)"
                         + (fits ? " \(reason)\n" : "\n     " + String(repeating: " ", count: width) + " \(reason)\n"))
        }
        output.write("\n" + verdict(explanation))
    }

    private func verdict(_ explanation: Explanation) -> String {
        let classification = explanation.classification
        let winner = explanation.steps.last(where: \.matched)
        var why = winner.map { "    \($0.rule.description.trimmingCharacters(in: .whitespacesAndNewlines))\n" } ?? ""
        if let winner, let evidence = classification.evidence { why += "    " + Self.evidence(evidence, reason: winner.reason) + "\n" }
        let category = classification.category.map { " Category: \($0)." } ?? ""
        switch classification.relation {
        case .below:
            return "  → \(classification.level ?? ""): " + style.yellow("below your altitude") + " (\(profile.level)).\(category)\n" + why
        case .at:
            return "  → \(classification.level ?? ""): " + style.green("at your altitude") + " (\(profile.level)).\(category)\n" + why
        case .above:
            return "  → \(classification.level ?? ""): " + style.cyan("above your altitude") + " (\(profile.level)).\(category)\n" + why
        case .excluded:
            return "  → Left out of meeting time.\(category)\n" + why
        case .unclassified:
            return "  → No rule matches: this meeting is " + style.red("unclassified")
                + ". Its time is shown apart, never hidden.\n    Add a rule for it (`altitude rules doc` shows how); "
                + "`altitude events --unclassified` lists what else no rule matches.\n"
        }
    }

    /// The widest the rule-id column gets: longer ids (labels') put their reason on a line of its own.
    static let idColumn = 32

    /// Which evidence decided, in words a coach can weigh.
    static func evidence(_ evidence: Evidence, reason: String) -> String {
        switch evidence {
        case .topic: "Decided by its topic: \(reason.replacingControlCharacters())."
        case .structure: "Decided only by who was there (\(reason.replacingControlCharacters())): no rule recognised what it is about; "
            + "`altitude label TITLE --level LEVEL` settles it."
        case .label: "Decided by your label (`altitude label`)."
        }
    }
}
