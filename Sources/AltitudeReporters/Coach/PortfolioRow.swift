import AltitudeAnalysis
import AltitudeModel

/// One client in the portfolio: their report for the week (nil when it could
/// not be made, with the problem saying why) and how fresh their data is.
public struct PortfolioRow: Sendable {
    public var client: String
    public var freshness: DataFreshness
    public var report: AllocationReport?
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

    /// The first flag the insight rules raised for the week.
    public var topFlag: Flag? { report?.flags.first }
}
