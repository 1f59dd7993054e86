import AltitudeAnalysis
import AltitudeModel

/// One client in the portfolio: their report for the week (nil when it could
/// not be made, with the problem saying why) and how fresh their data is.
public struct PortfolioRow: Sendable {
    public var client: String
    public var freshness: DataFreshness
    public var report: AllocationReport?
    /// The client's full report the HTML page links to, when it is not `report`: the weeks
    /// that end with the data's last one, for a client whose data ends before the week.
    public var linkedReport: AllocationReport?
    public var problem: String?

    public init(client: String, freshness: DataFreshness, report: AllocationReport? = nil, problem: String? = nil) {
        self.client = client
        self.freshness = freshness
        self.report = report
        self.problem = problem
    }

    /// Whole weeks since the promotion, as of the reported week's Sunday; nil before it or without one.
    public var weeksSincePromotion: Int? {
        guard let transition = report?.trend.transition, transition.day >= 1 else { return nil }
        return (transition.day - 1) / 7
    }

    /// Why the row has no figures for the week: its problem, or that the week is outside its
    /// data (the data ends before it: re-import), or has no classified meeting time.
    public var emptiness: String? {
        if let problem { return problem }
        guard let report else { return nil }
        let week = report.week.metrics.week
        if report.week.outsideData { return "no data: " + report.absence(of: week) }
        return report.week.metrics.belowShare == nil ? "no classified meeting time in \(week)" : nil
    }

    /// The first flag the insight rules raised for the week.
    public var topFlag: Flag? { report?.flags.first }
}
