import AltitudeAnalysis
import AltitudeModel
import Foundation

/// Renders the portfolio: one row per client, in the order given.
public protocol PortfolioFormatter: Sendable {
    func write(_ rows: [PortfolioRow], order: String, to output: TextOutput)
}

extension ReportFormat {
    /// The portfolio's formatter for this format; the HTML page links each client's
    /// name to `reportFiles[client]` (a file beside it) when there is one.
    public func portfolioFormatter(zone: ZoneRules, reportFiles: [String: String] = [:]) -> any PortfolioFormatter {
        switch self {
        case .text: PortfolioTextFormatter(zone: zone)
        case .json: PortfolioJSONFormatter(zone: zone)
        case .csv: PortfolioCSVFormatter(zone: zone)
        case .html: PortfolioHTMLFormatter(zone: zone, reportFiles: reportFiles)
        }
    }
}

/// A row's figures as the human formats show them (text, CSV and HTML agree).
struct PortfolioCells {
    var client: String
    var level: String
    var promotion: String
    var lastWeek: String
    var mean: String
    var slope: String
    var gap: String
    var session: String
    var commitments: String
    var flag: String
    var unclassified: String
    var data: String

    init(_ row: PortfolioRow, zone: ZoneRules) {
        let report = row.report
        let trend = report?.trend
        client = row.client
        level = report?.leader.level ?? "–"
        if let transition = trend?.transition {
            promotion = row.weeksSincePromotion.map { "week \($0 + 1), \(transition.phase)" } ?? transition.phase
        } else {
            promotion = "–"
        }
        lastWeek = Figures.percent(report?.week.metrics.belowShare, range: report?.week.belowShareRange)
        mean = Figures.percent(trend?.rollingMean, range: report?.week.rollingBelowShareRange)
        slope = trend?.slopePerWeek.map(Figures.points) ?? "–"
        gap = trend?.gapToTarget.map(Figures.points) ?? "–"
        session = report?.sinceLastSession.map { "\(Figures.percent($0.then)) → \(Figures.percent($0.now)) since \($0.date)" } ?? "–"
        commitments = report?.commitments.map { review in
            review.inForce == 0 ? "from \(review.items.map(\.commitment.firstWeek).min() ?? review.week)"
                : "\(review.count(.kept)) of \(review.inForce)" + (review.count(.notMeasurable) > 0 ? " (\(review.count(.notMeasurable)) n/m)" : "")
        } ?? "–"
        flag = row.topFlag?.rule ?? (row.problem != nil ? "error" : report?.week.outsideData == true ? "no data" : "–")
        unclassified = Figures.percent(report?.week.metrics.unclassifiedShare)
        data = row.freshness.text(zone: zone)
    }

    static let headers = ["client", "level", "since promotion", "last week", "4-week mean", "slope (pts/wk)", "gap to target (pts)",
                          "since last session", "commitments kept", "top flag", "unclassified", "last import"]

    var values: [String] { [client, level, promotion, lastWeek, mean, slope, gap, session, commitments, flag, unclassified, data] }

    /// The columns that hold figures (right-aligned); names, phases, flags and dates are not.
    static let numericColumns: Set<Int> = [3, 4, 5, 6, 10]

    /// The reported week of the first client that has one, for a heading.
    static func week(of rows: [PortfolioRow]) -> String {
        rows.lazy.compactMap(\.report).first.map { "\($0.week.metrics.week)" } ?? "no week"
    }
}

/// The portfolio for a terminal: a table, then the problems and the order rule.
public struct PortfolioTextFormatter: PortfolioFormatter {
    public let zone: ZoneRules

    public init(zone: ZoneRules) {
        self.zone = zone
    }

    public func write(_ rows: [PortfolioRow], order: String, to output: TextOutput) {
        let cells = rows.map { PortfolioCells($0, zone: zone) }
        let table = [PortfolioCells.headers] + cells.map { $0.values.map { $0.replacingControlCharacters() } }
        let widths = PortfolioCells.headers.indices.map { column in min(table.map { $0[column].count }.max() ?? 0, 40) }
        output.write("Portfolio · \(PortfolioCells.week(of: rows)) · \(rows.count) client\(rows.count == 1 ? "" : "s"), "
                     + "most in need of attention first\n\n")
        for line in table {
            let fields = line.indices.map { column in
                let text = Figures.clip(line[column], widths[column])
                return PortfolioCells.numericColumns.contains(column) ? text.leftPadding(widths[column]) : text.padding(widths[column])
            }
            output.write(fields.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n")
        }
        let empty = rows.compactMap { row in row.emptiness.map { (row.client, $0) } }
        if !empty.isEmpty {
            output.write("\n")
            for (client, why) in empty { output.write("\(client): \(why)".replacingControlCharacters() + "\n") }
        }
        let stale = rows.filter { $0.freshness.isStale }.map(\.client)
        if !stale.isEmpty {
            output.write("\nStale data (nothing imported, or no data, for \(DataFreshness.staleAfterDays) days): "
                         + stale.joined(separator: ", ").replacingControlCharacters() + "\n")
        }
        output.write("\nOrder: \(order)\n")
    }
}

/// The portfolio as CSV, for spreadsheets and scripts: the figures as data, as the trends CSV
/// writes them — shares as plain fractions, points with an ASCII minus, ISO dates and UTC
/// times, and an empty cell where there is no figure (never `–`, `23%` or "(today)").
public struct PortfolioCSVFormatter: PortfolioFormatter {
    public let zone: ZoneRules

    public init(zone: ZoneRules) {
        self.zone = zone
    }

    static let columns = ["client", "level", "week", "promoted", "weeks_since_promotion", "transition_phase", "below_share",
                          "below_share_low", "below_share_high", "rolling_below_share", "slope_points_per_week", "target", "gap_to_target",
                          "last_session", "rolling_below_share_at_session", "commitments_kept", "commitments_in_force", "top_flag",
                          "unclassified_share", "last_import", "data_end", "stale", "problem"]

    public func write(_ rows: [PortfolioRow], order: String, to output: TextOutput) {
        output.write(CSV.row(Self.columns))
        for row in rows {
            let report = row.report
            let trend = report?.trend
            func share(_ value: Double?) -> String { value.map { ReportNumbers.share($0).description } ?? "" }
            CSV.write([
                row.client, report?.leader.level ?? "", report.map { "\($0.week.metrics.week)" } ?? "",
                report?.leader.promoted?.description ?? "", row.weeksSincePromotion.map(String.init) ?? "", trend?.transition?.phase ?? "",
                share(report?.week.metrics.belowShare), report?.week.belowShareRange.map { ReportNumbers.low($0).description } ?? "",
                report?.week.belowShareRange.map { ReportNumbers.high($0).description } ?? "", share(trend?.rollingMean),
                trend?.slopePerWeek.map { ReportNumbers.points($0).description } ?? "", share(trend?.target), share(trend?.gapToTarget),
                report?.sinceLastSession?.date.description ?? "", share(report?.sinceLastSession?.then),
                report?.commitments.map { String($0.count(.kept)) } ?? "", report?.commitments.map { String($0.inForce) } ?? "",
                row.topFlag?.rule ?? "", share(report?.week.metrics.unclassifiedShare),
                row.freshness.lastImport.map(Timestamps.utc) ?? "", row.freshness.dataEnd.map(Timestamps.utc) ?? "",
                row.freshness.isStale ? "true" : "false", row.emptiness ?? "",
            ], to: output)
        }
    }
}

/// The portfolio as JSON: figures as numbers (shares as fractions), every key present.
public struct PortfolioJSONFormatter: PortfolioFormatter {
    public let zone: ZoneRules

    public init(zone: ZoneRules) {
        self.zone = zone
    }

    public func write(_ rows: [PortfolioRow], order: String, to output: TextOutput) {
        let clients = rows.map { row -> JSONValue in
            let report = row.report
            let trend = report?.trend
            let session = report?.sinceLastSession
            return JSONValue(object: [
                "client": JSONValue(row.client),
                "level": JSONValue(report?.leader.level),
                "week": JSONValue(report.map { "\($0.week.metrics.week)" }),
                "promoted": JSONValue(report?.leader.promoted?.description),
                "weeksSincePromotion": JSONValue(row.weeksSincePromotion.map(Double.init)),
                "transitionPhase": JSONValue(trend?.transition?.phase),
                "belowShare": JSONValue(report?.week.metrics.belowShare.map(ReportNumbers.share)),
                "belowShareRange": ReportNumbers.range(report?.week.belowShareRange),
                "rollingBelowShare": JSONValue(trend?.rollingMean.map(ReportNumbers.share)),
                "rollingBelowShareRange": ReportNumbers.range(report?.week.rollingBelowShareRange),
                "slopePointsPerWeek": JSONValue(trend?.slopePerWeek.map(ReportNumbers.points)),
                "target": JSONValue(trend?.target),
                "gapToTarget": JSONValue(trend?.gapToTarget.map(ReportNumbers.share)),
                "sinceLastSession": session.map { session in
                    JSONValue(object: ["date": JSONValue(session.date.description), "then": JSONValue(session.then.map(ReportNumbers.share)),
                                       "now": JSONValue(session.now.map(ReportNumbers.share))])
                } ?? .null,
                "commitments": report?.commitments.map { review in
                    JSONValue(object: ["inForce": JSONValue(Double(review.inForce)), "kept": JSONValue(Double(review.count(.kept))),
                                       "slipped": JSONValue(Double(review.count(.slipped))),
                                       "notMeasurable": JSONValue(Double(review.count(.notMeasurable))),
                                       "keptShare": JSONValue(review.keptShare.map(ReportNumbers.share))])
                } ?? .null,
                "topFlag": JSONValue(row.topFlag?.rule),
                "unclassifiedShare": JSONValue(report?.week.metrics.unclassifiedShare.map(ReportNumbers.share)),
                "weeklyBelowShares": JSONValue(report?.weeks.map { JSONValue($0.metrics.belowShare.map(ReportNumbers.share)) } ?? []),
                "lastImport": JSONValue(row.freshness.lastImport.map { ISO8601DateFormatter().string(from: $0) }),
                "dataEnd": JSONValue(row.freshness.dataEnd.map { ISO8601DateFormatter().string(from: $0) }),
                "stale": .bool(row.freshness.isStale),
                "problem": JSONValue(row.problem),
                "empty": JSONValue(row.emptiness),
            ])
        }
        output.writeJSON(JSONValue(object: ["schema": .number(1), "order": JSONValue(order), "clients": JSONValue(clients)]))
    }
}
