import Foundation

/// One insight rule: when a week's figures meet `when`, the report raises a flag
/// with `advice`, and says which figures made it fire. Unlike classification rules,
/// every insight rule is tried: a week can raise several flags.
public struct InsightRule: Sendable {
    public var id: String
    /// Why the pattern matters, in the altitude model's words.
    public var description: String
    /// What the leader might do about it: the flag's text.
    public var advice: String
    public var when: InsightCondition
    /// Weeks the rule must fire on, and weeks it must not: documentation and tests.
    public var fireExamples: [InsightExample]
    public var quietExamples: [InsightExample]
    public var origin: Rule.Origin

    /// The reasons it fires on these figures, or nil when it does not.
    public func fires(on figures: WeekFigures) -> [String]? {
        when.reasons(figures)
    }
}

/// A figure of one week that insight rules test.
public enum InsightMetric: String, Sendable, CaseIterable, Hashable {
    case meetingHours = "meeting-hours"
    case meetings
    case belowHours = "below-hours"
    case atHours = "at-hours"
    case aboveHours = "above-hours"
    case unclassifiedHours = "unclassified-hours"
    case belowShare = "below-share"
    case unclassifiedShare = "unclassified-share"
    case structureOnlyShare = "structure-only-share"
    case focusHours = "focus-hours"
    case afterHours = "after-hours"
    case directsHours = "directs-hours"
    case oneOnOneMinutesPerDirect = "one-on-one-minutes-per-direct"
    case managerHours = "manager-hours"
    case peersHours = "peers-hours"
    case externalHours = "external-hours"
    case directReports = "direct-reports"
    case belowShareRisingWeeks = "below-share-rising-weeks"

    /// What the figure is, as `Rules/README.md`'s table of figures says.
    public var documentation: String {
        switch self {
        case .meetingHours: "meeting time, in hours"
        case .meetings: "the number of meetings"
        case .belowHours: "meeting time below the leader's level"
        case .atHours: "meeting time at the leader's level"
        case .aboveHours: "meeting time above the leader's level"
        case .unclassifiedHours: "meeting time no rule classified"
        case .belowShare: "below / (below + at + above)"
        case .unclassifiedShare: "unclassified / meeting time"
        case .structureOnlyShare: "classified time whose level only who was there decided (no topic recognised) / (below + at + above)"
        case .focusHours: "free blocks of 90+ minutes in working hours"
        case .afterHours: "meeting time outside working hours"
        case .directsHours: "meeting time with direct reports there"
        case .oneOnOneMinutesPerDirect: "minutes in 1:1s with direct reports over this week and the one before, per direct report"
        case .managerHours: "meeting time with the leader's manager there"
        case .peersHours: "meeting time with peers there"
        case .externalHours: "meeting time with people outside the company there"
        case .directReports: "how many direct reports the profile names"
        case .belowShareRisingWeeks: "how many weeks running the below share has risen, up to this one"
        }
    }

    public enum Unit: Sendable {
        case hours, share, count, minutes, weeks
    }

    public var unit: Unit {
        switch self {
        case .belowShare, .unclassifiedShare, .structureOnlyShare: .share
        case .meetings, .directReports: .count
        case .oneOnOneMinutesPerDirect: .minutes
        case .belowShareRisingWeeks: .weeks
        default: .hours
        }
    }

    /// The metric's name as a phrase: `below-share` reads "below share".
    public var phrase: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}

/// What an insight rule tests. Keys in one mapping must all hold.
public indirect enum InsightCondition: Sendable {
    case all([InsightCondition])
    case any([InsightCondition])
    case not(InsightCondition)
    case metric(InsightMetric, InsightRange)
    /// Hours in a category, or (`share`) its part of meeting hours.
    case category(String, share: Bool, InsightRange)

    /// Why the condition holds, one phrase per figure that made it hold; nil when it does not.
    func reasons(_ figures: WeekFigures) -> [String]? {
        switch self {
        case .all(let parts):
            var reasons: [String] = []
            for part in parts {
                guard let more = part.reasons(figures) else { return nil }
                reasons += more
            }
            return reasons
        case .any(let parts):
            let held = parts.compactMap { $0.reasons(figures) }
            return held.isEmpty ? nil : held.flatMap { $0 }
        case .not(let inner):
            return inner.reasons(figures) == nil ? ["not " + inner.description(figures)] : nil
        case .metric(let metric, let range):
            let value = figures[metric]
            return range.contains(value) ? ["\(metric.phrase) \(range.format(value, metric.unit)) (\(range.describe(metric.unit)))"] : nil
        case .category(let name, let share, let range):
            let value = share ? figures.categoryShare(name) : figures.categoryHours[name, default: 0]
            let unit: InsightMetric.Unit = share ? .share : .hours
            let what = share ? "share of meeting time in “\(name)”" : "hours in “\(name)”"
            return range.contains(value) ? ["\(what) \(range.format(value, unit)) (\(range.describe(unit)))"] : nil
        }
    }

    /// The categories the condition tests.
    var categories: [String] {
        switch self {
        case .all(let parts), .any(let parts): parts.flatMap(\.categories)
        case .not(let inner): inner.categories
        case .metric: []
        case .category(let name, _, _): [name]
        }
    }

    /// The condition as written, for `rules show`.
    public var summary: String {
        switch self {
        case .all(let parts): return parts.map(\.summary).joined(separator: " and ")
        case .any(let parts): return "(" + parts.map(\.summary).joined(separator: " or ") + ")"
        case .not(let inner): return "not (" + inner.summary + ")"
        case .metric(let metric, let range): return "\(metric.phrase) \(range.describe(metric.unit))"
        case .category(let name, let share, let range):
            return share ? "share in “\(name)” \(range.describe(.share))" : "hours in “\(name)” \(range.describe(.hours))"
        }
    }

    /// The condition as a phrase with the figures it tests, for `not`.
    func description(_ figures: WeekFigures) -> String {
        switch self {
        case .all(let parts): return "(" + parts.map { $0.description(figures) }.joined(separator: " and ") + ")"
        case .any(let parts): return "(" + parts.map { $0.description(figures) }.joined(separator: " or ") + ")"
        case .not(let inner): return "not " + inner.description(figures)
        case .metric(let metric, let range):
            return "\(metric.phrase) \(range.describe(metric.unit)) (it is \(range.format(figures[metric], metric.unit)))"
        case .category(let name, let share, let range):
            let unit: InsightMetric.Unit = share ? .share : .hours
            let value = share ? figures.categoryShare(name) : figures.categoryHours[name, default: 0]
            return "“\(name)” \(share ? "share" : "hours") \(range.describe(unit)) (it is \(range.format(value, unit)))"
        }
    }
}

/// Bounds on a figure: `min` and `max` inclusive, `under` and `over` strict.
public struct InsightRange: Sendable, Hashable {
    public var min: Double?
    public var max: Double?
    public var under: Double?
    public var over: Double?

    public init(min: Double? = nil, max: Double? = nil, under: Double? = nil, over: Double? = nil) {
        self.min = min
        self.max = max
        self.under = under
        self.over = over
    }

    public func contains(_ value: Double) -> Bool {
        // A small tolerance: hours summed from seconds should meet a bound written in hours.
        let slack = 1e-9
        if let min, value < min - slack { return false }
        if let max, value > max + slack { return false }
        if let under, value >= under - slack { return false }
        if let over, value <= over + slack { return false }
        return true
    }

    func describe(_ unit: InsightMetric.Unit) -> String {
        var parts: [String] = []
        if let min, let max, min == max { return "= " + format(min, unit) }
        if let min { parts.append("≥ " + format(min, unit)) }
        if let over { parts.append("> " + format(over, unit)) }
        if let max { parts.append("≤ " + format(max, unit)) }
        if let under { parts.append("< " + format(under, unit)) }
        return parts.joined(separator: " and ")
    }

    func format(_ value: Double, _ unit: InsightMetric.Unit) -> String {
        switch unit {
        case .share: return Self.number(value * 100) + "%"
        case .hours: return Self.number(value) + " h"
        case .minutes: return Self.number(value) + " min"
        case .weeks: return Self.number(value) + (value == 1 ? " week" : " weeks")
        case .count: return Self.number(value)
        }
    }

    /// At most one decimal, none when whole.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}

/// One week's figures as insight rules see them: a value for every metric.
public struct WeekFigures: Sendable, Hashable {
    /// Filled whole by `init` and only replaced after, so every metric has its value.
    private var values: [InsightMetric: Double]
    public var categoryHours: [String: Double]

    /// `value` gives each metric's figure: it is asked for every one. (A `switch` over
    /// the metric in it makes the compiler hold a new metric to a figure.)
    public init(categoryHours: [String: Double], value: (InsightMetric) -> Double) {
        values = Dictionary(uniqueKeysWithValues: InsightMetric.allCases.map { ($0, value($0)) })
        self.categoryHours = categoryHours
    }

    public subscript(metric: InsightMetric) -> Double {
        get { values[metric]! }  // never nil: see `values`
        set { values[metric] = newValue }
    }

    public func categoryShare(_ name: String) -> Double {
        let hours = self[.meetingHours]
        return hours > 0 ? categoryHours[name, default: 0] / hours : 0
    }
}

/// A week in an insight rule's examples: the figures that matter, the rest those of
/// an ordinary week (`InsightExample.ordinaryWeek`).
public struct InsightExample: Sendable, Hashable {
    public var figures: WeekFigures
    /// The line it was written on.
    public var line: Int

    /// A leader with six direct reports, 25 meeting hours, a quarter of them below
    /// altitude, regular 1:1s and some time with peers, manager and customers.
    public static let ordinaryWeek = WeekFigures(categoryHours: ["one-on-one": 6, "staff": 2, "team-execution": 3, "detail-reviews": 2]) {
        switch $0 {
        case .meetingHours: 25
        case .meetings: 24
        case .belowHours: 5
        case .atHours: 15
        case .aboveHours: 3
        case .unclassifiedHours: 2
        case .belowShare: 5.0 / 23.0
        case .unclassifiedShare: 0.08
        case .structureOnlyShare: 0.1
        case .focusHours: 10
        case .afterHours: 1
        case .directsHours: 8
        case .oneOnOneMinutesPerDirect: 60
        case .managerHours: 1
        case .peersHours: 2
        case .externalHours: 2
        case .directReports: 6
        case .belowShareRisingWeeks: 0
        }
    }
}
