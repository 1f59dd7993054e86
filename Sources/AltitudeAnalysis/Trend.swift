import AltitudeModel

/// Which way the below share is moving over a window of weeks, and where the
/// leader stands against their promotion and their target.
public struct Trend: Sendable, Hashable {
    public var first: ISOWeek
    public var last: ISOWeek
    /// The 4-week rolling means at the first and last weeks of the window that have one:
    /// the "from" and "to" of the verdict. Observed means, not the fitted line's ends (which
    /// overshoot below 0% or above 100% on a steep or gappy window), and the same figures as
    /// the weeks' own rolling means. Nil without a slope (fewer than two weeks with data).
    public var fromShare: Double?
    public var toShare: Double?
    /// Least-squares slope of the weekly below share, as a fraction per week (×100: points a week).
    public var slopePerWeek: Double?
    /// The mean weekly below share of the last four weeks.
    public var rollingMean: Double?
    /// Mean weekly below share over the window, and over as many weeks just before it.
    public var windowMean: Double?
    public var previousMean: Double?
    public var baseline: Baseline?
    public var transition: Transition?
    public var target: Double?
    /// Weeks in the window that had classified meeting time.
    public var weeksWithData: Int
    /// How far a week's share could be off, on average over the window: half the mean
    /// width of the weeks' ranges. A movement smaller than this is not called one.
    public var uncertainty: Double?

    public var weeks: Int { last.weeks(since: first) + 1 }

    /// Window mean minus the previous period's, as a fraction.
    public var change: Double? {
        guard let windowMean, let previousMean else { return nil }
        return windowMean - previousMean
    }

    /// The 4-week mean above (positive) or below the target.
    public var gapToTarget: Double? {
        guard let rollingMean, let target else { return nil }
        return rollingMean - target
    }

    /// The below share of the first weeks in the new role: what progress is measured from.
    public struct Baseline: Sendable, Hashable {
        public var first: ISOWeek
        public var last: ISOWeek
        public var share: Double
    }

    /// Where the leader is in the transition into the level, as of the last week's Sunday.
    public struct Transition: Sendable, Hashable {
        public var promoted: CivilDate
        /// Day 1 is the promotion date.
        public var day: Int

        /// "day 175 since the promotion on 2026-06-01: months three to six", or when the
        /// week is earlier, how long before the promotion it is.
        public var sentence: String {
            day >= 1 ? "day \(day) since the promotion on \(promoted): \(phase)"
                : "the promotion on \(promoted) is \(1 - day) days after this week"
        }

        /// "day 175" or "in 12 days": short, for a card or a list of facts.
        public var label: String { day >= 1 ? "day \(day)" : "in \(1 - day) days" }

        public var phase: String {
            switch day {
            case ..<1: "before the promotion"
            case 1...90: "the first 90 days"
            case 91...182: "months three to six"
            case 183...365: "six to twelve months"
            default: "past the first year"
            }
        }
    }

    /// How many weeks make the rolling mean, and the promotion baseline.
    public static let rollingWeeks = 4
    public static let baselineWeeks = 4
    /// Slopes flatter than this (points a week) read as "held steady".
    static let steadyPointsPerWeek = 0.25

    /// Each week's mean below share over it and the three weeks before (weeks without
    /// classified time left out; nil when none of the four has any).
    public static func rollingMeans(_ weeks: [WeekMetrics]) -> [Double?] {
        weeks.indices.map { index in
            mean(weeks[max(0, index - rollingWeeks + 1)...index].compactMap(\.belowShare))
        }
    }

    /// The trend over `window` (indices into `weeks`), with the weeks before it
    /// available for the previous period, the rolling mean and the baseline.
    static func measure(_ weeks: [WeekMetrics], window: Range<Int>, rolling: [Double?], ranges: [ClosedRange<Double>?],
                        profile: LeaderProfile) -> Trend {
        let shares = weeks[window].map(\.belowShare)
        let known = shares.enumerated().compactMap { index, share in share.map { (Double(index), $0) } }
        let slope = leastSquaresSlope(known)
        let means = rolling[window].compactMap { $0 }
        var trend = Trend(first: weeks[window.lowerBound].week, last: weeks[window.upperBound - 1].week,
                          fromShare: slope == nil ? nil : means.first, toShare: slope == nil ? nil : means.last, slopePerWeek: slope,
                          rollingMean: rolling[window.upperBound - 1], windowMean: mean(known.map(\.1)),
                          target: profile.target, weeksWithData: known.count, uncertainty: halfWidth(ranges[window]))
        let previous = max(0, window.lowerBound - window.count)..<window.lowerBound
        if previous.count == window.count { trend.previousMean = mean(weeks[previous].compactMap(\.belowShare)) }
        if let promoted = profile.promoted {
            trend.transition = Transition(promoted: promoted, day: trend.last.sunday.dayNumber - promoted.dayNumber + 1)
            let first = ISOWeek(containing: promoted)
            let last = first.adding(weeks: baselineWeeks - 1)
            if last <= trend.last, let start = weeks.firstIndex(where: { $0.week == first }) {
                let shares = weeks[start..<min(weeks.count, start + baselineWeeks)].compactMap(\.belowShare)
                if let share = mean(shares) { trend.baseline = Baseline(first: first, last: last, share: share) }
            }
        }
        return trend
    }

    /// One plain sentence: which way, how fast, where the 4-week mean went and the target.
    /// The direction is the slope's; the figures are the observed 4-week means at the
    /// window's ends, so when those moved against the slope (or not at all, to the
    /// percent) the sentence gives both rather than call it a rise or a fall.
    public var verdict: String {
        guard weeksWithData >= 2, let fromShare, let toShare, let slopePerWeek else {
            return weeksWithData == 0 ? "No classified meeting time in these \(weeks) weeks."
                : "Not enough classified meeting time to see a trend yet (\(weeksWithData) week with data)."
        }
        let points = slopePerWeek * 100
        let span = "over \(weeks) weeks" + (weeksWithData < weeks ? " (\(weeksWithData) with classified meetings)" : "")
        let from = Self.percent(fromShare)
        let to = Self.percent(toShare)
        let meansFollowSlope = from != to && (toShare > fromShare) == (points > 0)
        var text: String
        var details: [String] = []
        if let uncertainty, abs(toShare - fromShare) <= uncertainty, abs(points) >= Self.steadyPointsPerWeek {
            text = "Below-altitude time held around \(Self.percent(windowMean ?? toShare)) \(span): the 4-week mean went from \(from) to \(to), "
                + "within the \(Self.decimal(uncertainty * 100)) points a week's share could be off"
        } else if abs(points) < Self.steadyPointsPerWeek {
            text = "Below-altitude time held steady around \(Self.percent(windowMean ?? toShare)) \(span)"
            if let rollingMean { details.append("4-week mean \(Self.percent(rollingMean))") }
        } else if meansFollowSlope {
            text = "The 4-week mean of below-altitude time \(points < 0 ? "fell" : "rose") from \(from) to \(to) \(span), "
                + "\(Self.decimal(abs(points))) points a week"
        } else {
            text = "The 4-week mean of below-altitude time went from \(from) to \(to) \(span), "
                + "though the weekly shares trend \(points < 0 ? "down" : "up") \(Self.decimal(abs(points))) points a week"
        }
        if let target { details.append("target \(Self.percent(target))") }
        if !details.isEmpty { text += "; " + details.joined(separator: ", ") }
        return text + "."
    }

    /// Half the mean width of the ranges there are; nil when there are none.
    static func halfWidth(_ ranges: ArraySlice<ClosedRange<Double>?>) -> Double? {
        mean(ranges.compactMap { $0.map { ($0.upperBound - $0.lowerBound) / 2 } })
    }

    /// The 4-week mean's range at `index`: the mean of the lows and of the highs of the
    /// weeks the mean is over (those with classified time).
    static func rollingRange(_ ranges: [ClosedRange<Double>?], at index: Int) -> ClosedRange<Double>? {
        let known = ranges[max(0, index - rollingWeeks + 1)...index].compactMap { $0 }
        guard let low = mean(known.map(\.lowerBound)), let high = mean(known.map(\.upperBound)) else { return nil }
        return low...high
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The least-squares slope of y on x; nil with fewer than two distinct x.
    static func leastSquaresSlope(_ points: [(Double, Double)]) -> Double? {
        guard points.count >= 2 else { return nil }
        let n = Double(points.count)
        let meanX = points.reduce(0) { $0 + $1.0 } / n
        let meanY = points.reduce(0) { $0 + $1.1 } / n
        let covariance = points.reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
        let variance = points.reduce(0) { $0 + ($1.0 - meanX) * ($1.0 - meanX) }
        guard variance > 0 else { return nil }
        return covariance / variance
    }
}
