import AltitudeModel
import AltitudeRules

/// Where one ISO week went, in the leader's time zone. Durations are kept in whole
/// seconds so that the parts add up to the whole exactly; hours are derived.
public struct WeekMetrics: Sendable, Hashable {
    public var week: ISOWeek
    /// Meetings that start in the week (a meeting across midnight on Sunday counts once).
    public var meetings = 0
    public var belowSeconds = 0
    public var atSeconds = 0
    public var aboveSeconds = 0
    public var unclassifiedSeconds = 0
    /// Below, at and above time by the evidence that decided its level: what the week's
    /// range is made from (`belowShareRange`).
    public var evidence = EvidenceTime()
    /// Meeting time by ladder level (below, at and above only).
    public var levelSeconds: [String: Int] = [:]
    /// Meeting time by the category of the rule that classified it; `unclassified`
    /// for meetings no rule matched, `uncategorised` for rules without a category.
    public var categorySeconds: [String: Int] = [:]
    public var people = PeopleTime()
    /// Free blocks of 90 minutes or more inside working hours.
    public var focusSeconds = 0
    /// Meeting time outside working hours (before, after, or on a day off).
    public var afterHoursSeconds = 0

    public init(week: ISOWeek) {
        self.week = week
    }

    /// Meeting time: timed, not cancelled, not declined, not excluded by a rule —
    /// below, at or above altitude, or unclassified.
    public var meetingSeconds: Int { belowSeconds + atSeconds + aboveSeconds + unclassifiedSeconds }

    public var meetingHours: Double { Self.hours(meetingSeconds) }
    public var belowHours: Double { Self.hours(belowSeconds) }
    public var atHours: Double { Self.hours(atSeconds) }
    public var aboveHours: Double { Self.hours(aboveSeconds) }
    public var unclassifiedHours: Double { Self.hours(unclassifiedSeconds) }
    public var focusHours: Double { Self.hours(focusSeconds) }
    public var afterHours: Double { Self.hours(afterHoursSeconds) }

    /// below / (below + at + above): the headline figure; nil when nothing was classified.
    public var belowShare: Double? {
        let classified = belowSeconds + atSeconds + aboveSeconds
        return classified > 0 ? Double(belowSeconds) / Double(classified) : nil
    }

    public var unclassifiedShare: Double? {
        meetingSeconds > 0 ? Double(unclassifiedSeconds) / Double(meetingSeconds) : nil
    }

    /// Below, at or above time whose level only who was there decided (`Evidence.structure`):
    /// the least certain part of the classified time.
    public var structureOnlySeconds: Int { evidence.seconds(.structure) }

    /// The range the below share could honestly be in, given how often each kind of
    /// evidence is right (`Calibration`): each hour counted as truly below at its
    /// evidence's low rate, then at its high rate, unclassified hours as they might
    /// go either way — and the share itself always inside. Nil when nothing was classified.
    public func belowShareRange(_ calibration: Calibration) -> ClosedRange<Double>? {
        guard let share = belowShare else { return nil }
        var low = Double(unclassifiedSeconds) * calibration.unclassifiedIsBelow.lowerBound
        var high = Double(unclassifiedSeconds) * calibration.unclassifiedIsBelow.upperBound
        for evidence in Evidence.allCases {
            let rates = calibration.rates(evidence)
            let below = Double(self.evidence.belowSeconds[evidence] ?? 0)
            let other = Double(self.evidence.otherSeconds[evidence] ?? 0)
            low += below * rates.belowIsBelow.lowerBound + other * rates.otherIsBelow.lowerBound
            high += below * rates.belowIsBelow.upperBound + other * rates.otherIsBelow.upperBound
        }
        let counted = Double(meetingSeconds)
        return min(share, low / counted)...max(share, high / counted)
    }

    /// structure only / (below + at + above); nil when nothing was classified.
    public var structureOnlyShare: Double? {
        let classified = belowSeconds + atSeconds + aboveSeconds
        return classified > 0 ? Double(structureOnlySeconds) / Double(classified) : nil
    }

    static func hours(_ seconds: Int) -> Double { Double(seconds) / 3600 }
}

/// Classified time by the evidence that decided its level, below altitude and at or above it.
public struct EvidenceTime: Sendable, Hashable {
    public var belowSeconds: [Evidence: Int] = [:]
    /// At or above altitude.
    public var otherSeconds: [Evidence: Int] = [:]

    public init() {}

    public func seconds(_ evidence: Evidence) -> Int { (belowSeconds[evidence] ?? 0) + (otherSeconds[evidence] ?? 0) }

    mutating func add(_ seconds: Int, below: Bool, evidence: Evidence) {
        if below { belowSeconds[evidence, default: 0] += seconds } else { otherSeconds[evidence, default: 0] += seconds }
    }

    /// Two weeks' time together (a calendar's totals).
    public static func + (left: EvidenceTime, right: EvidenceTime) -> EvidenceTime {
        EvidenceTime(below: left.belowSeconds.merging(right.belowSeconds, uniquingKeysWith: +),
                     other: left.otherSeconds.merging(right.otherSeconds, uniquingKeysWith: +))
    }

    init(below: [Evidence: Int], other: [Evidence: Int]) {
        belowSeconds = below
        otherSeconds = other
    }
}

/// Meeting time spent with the people around the leader. A meeting counts for every
/// group someone in it comes from; declined attendees, rooms and resources are not there.
public struct PeopleTime: Sendable, Hashable {
    public var directsSeconds = 0
    /// 1:1s: the leader and one direct report, nobody else.
    public var directsOneOnOneSeconds = 0
    public var managerSeconds = 0
    public var peersSeconds = 0
    public var externalSeconds = 0

    public var directsHours: Double { WeekMetrics.hours(directsSeconds) }
    public var directsOneOnOneHours: Double { WeekMetrics.hours(directsOneOnOneSeconds) }
    public var managerHours: Double { WeekMetrics.hours(managerSeconds) }
    public var peersHours: Double { WeekMetrics.hours(peersSeconds) }
    public var externalHours: Double { WeekMetrics.hours(externalSeconds) }
}
