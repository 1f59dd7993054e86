import AltitudeAnalysis
import AltitudeModel
import AltitudeReporters
import AltitudeStore
import Dispatch
import Foundation

extension Workspace {
    /// Every client's report for the week, analysed in parallel (each client its
    /// own calendar, all reading the one store: SQLite in WAL mode serves readers
    /// at once), ordered by who needs attention first (`PortfolioOrder`). One
    /// client's failure is that client's row, not the portfolio's. With `redact`,
    /// each row is redacted with its own client's key.
    public func portfolio(week: WeekChoice, weeks: WeekCount, redact: Bool = false) throws -> [PortfolioRow] {
        let store = try openExistingStore()
        let clients = try store.clients().map { ClientName(checked: $0.name) }
        let rows = ParallelSlices.map(each: clients.count) { index in
            portfolioRow(clients[index], week: week, weeks: weeks, store: store, redact: redact)
        }
        return PortfolioOrder.sorted(rows)
    }

    private func portfolioRow(_ client: ClientName, week: WeekChoice, weeks: WeekCount, store: Store, redact: Bool) -> PortfolioRow {
        var row = PortfolioRow(client: client.name, freshness: DataFreshness(sources: [], now: now))
        do {
            row.freshness = DataFreshness(sources: try store.sources(client: client.name), now: now)
            let calendar = try loadCalendar(CalendarQuery(), for: LeaderSelection(client: client), requireProfile: true,
                                            store: store, rulesInBackground: false)
            // Redacted (when asked) by the pipeline, with the client's own key; the row's name and problem below.
            let report = try self.weeks(of: calendar, WeeksChoice(week: week, weeks: weeks, redact: redact), store: store)
            row.report = report
            // A client whose data ends before the week: their linked report shows the weeks that exist.
            if report.week.outsideData, let span = report.span, span.lastWeek < report.week.metrics.week {
                row.linkedReport = try self.weeks(of: calendar, WeeksChoice(week: .week(span.lastWeek), weeks: weeks, redact: redact),
                                                  store: store)
            }
        } catch let failure as any AltitudeFailure {
            row.problem = failure.description
        } catch {
            row.problem = "\(error)"
        }
        guard redact else { return row }
        do {
            return Redactor(key: try store.redactionKey(client: client.name, at: now), profile: nil).redactClient(row)
        } catch {
            // Without its key the row cannot be redacted: it shows nothing of the client.
            return PortfolioRow(client: "client (redaction key unavailable)", freshness: row.freshness, problem: error.description)
        }
    }
}

/// The order the portfolio lists clients in, most in need of attention first.
public enum PortfolioOrder {
    /// The rule, as `--help` and the outputs state it.
    public static let rule = """
        clients whose figures could be measured come first, by the gap between their 4-week mean \
        below share and their target, largest first (a client with no target: the 4-week mean \
        itself); equal gaps put first the client who kept the smaller share of their commitments \
        that week (none to measure counts as all kept), then the faster-rising slope, then the \
        name; clients with an error or no classified weeks come last, by name. Stale data (nothing imported, or no data, for \
        \(DataFreshness.staleAfterDays) days) is called out but does not move a client.
        """

    static func sorted(_ rows: [PortfolioRow]) -> [PortfolioRow] {
        rows.sorted { left, right in
            switch (attention(left), attention(right)) {
            case let (.some(a), .some(b)) where a != b: a > b
            case (.some, nil): true
            case (nil, .some): false
            default: (kept(right), slope(left), right.client) > (kept(left), slope(right), left.client)
            }
        }
    }

    /// The gap to the target (or the mean, without one), as a fraction.
    static func attention(_ row: PortfolioRow) -> Double? {
        guard let trend = row.report?.trend, let mean = trend.rollingMean else { return nil }
        // Rounded to tenths of a point, so figures that print alike tie.
        return ((mean - (trend.target ?? 0)) * 1000).rounded() / 1000
    }

    static func slope(_ row: PortfolioRow) -> Double { row.report?.trend.slopePerWeek ?? -.infinity }

    /// The share of last week's measured commitments kept; 1 when there were none to measure (nothing slipped).
    static func kept(_ row: PortfolioRow) -> Double { row.report?.commitments?.keptShare ?? 1 }
}

extension Workspace {
    /// Writes each measured client's full HTML report beside the portfolio page at
    /// `portfolioPath` (each file private, written whole); returns their file names
    /// by client, for the page's links.
    public func writeClientReports(of rows: [PortfolioRow], besidePortfolio portfolioPath: String) throws -> [String: String] {
        let names = PortfolioOrder.reportFileNames(for: rows, portfolioPath: portfolioPath)
        let directory = URL(fileURLWithPath: portfolioPath).deletingLastPathComponent()
        for row in rows {
            guard let report = row.linkedReport ?? row.report, let name = names[row.client] else { continue }
            try PrivateFileOutput(path: directory.appendingPathComponent(name).path).write { ReportHTMLFormatter().write(report, to: $0) }
        }
        return names
    }
}

extension PortfolioOrder {
    /// The file name of each measured client's full HTML report, beside the
    /// portfolio page `portfolioPath`: `STEM-CLIENT.html`, the client's name kept
    /// to letters, digits, `-` and `_` (a number added when two would collide).
    static func reportFileNames(for rows: [PortfolioRow], portfolioPath: String) -> [String: String] {
        let stem = URL(fileURLWithPath: portfolioPath).deletingPathExtension().lastPathComponent
        var names: [String: String] = [:]
        var taken: Set<String> = []
        for row in rows where row.report != nil {
            let safe = String(row.client.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" })
            var name = "\(stem)-\(safe).html"
            var number = 2
            while taken.contains(name) {
                name = "\(stem)-\(safe)-\(number).html"
                number += 1
            }
            taken.insert(name)
            names[row.client] = name
        }
        return names
    }
}
