import AltitudeAnalysis
import AltitudeModel

/// The portfolio as one self-contained page: a row per client with a sparkline of
/// the weekly below share against the target, linking to each client's full report.
/// Inline CSS and SVG only: no scripts, nothing fetched (the CSP says so).
public struct PortfolioHTMLFormatter: PortfolioFormatter {
    public let zone: ZoneRules
    /// Client name → the file name of its report, beside the portfolio.
    public let reportFiles: [String: String]

    public init(zone: ZoneRules, reportFiles: [String: String]) {
        self.zone = zone
        self.reportFiles = reportFiles
    }

    public func write(_ rows: [PortfolioRow], order: String, to output: TextOutput) {
        let week = PortfolioCells.week(of: rows)
        var page = HTML.documentStart(title: "Altitude portfolio — \(week)", styleSheet: ReportHTMLFormatter.styleSheet + Self.styleSheet) + """
        <header>
        <p class="eyebrow">Altitude portfolio · \(HTML.escape(week)) · \(rows.count) client\(rows.count == 1 ? "" : "s")</p>
        <h1>Who needs attention first</h1>
        <p class="note">\(HTML.escape(order))</p>
        </header>
        <table class="portfolio">
        <tr>\(PortfolioCells.headers.enumerated().map { index, name in
            "<th>\(HTML.escape(name))</th>" + (index == 0 ? "<th>below share, weekly</th>" : "") }.joined())</tr>

        """
        for row in rows {
            let cells = PortfolioCells(row, zone: zone)
            var values = cells.values.map(HTML.escape)
            if let file = reportFiles[row.client] {
                values[0] = "<a href=\"\(HTML.escape(Self.percentEncoded(file)))\">\(values[0])</a>"
            }
            if row.freshness.isStale { values[values.count - 1] = "<span class=\"stale\">\(values[values.count - 1])</span>" }
            let problem = row.emptiness.map { "<tr class=\"problem\"><td></td><td colspan=\"\(PortfolioCells.headers.count)\">\(HTML.escape($0))</td></tr>\n" } ?? ""
            page += "<tr>" + values.enumerated().map { index, value in
                "<td\(PortfolioCells.numericColumns.contains(index) ? " class=\"num\"" : "")>\(value)</td>"
                    + (index == 0 ? "<td>\(row.report.map(Self.sparkline) ?? "")</td>" : "")
            }.joined() + "</tr>\n" + problem
        }
        page += "</table>\n<footer>Altitude · each client's name links to their full report</footer>\n</body>\n</html>\n"
        output.write(page)
    }

    /// The weekly below share as a line over 0–100%, the target dashed.
    static func sparkline(_ report: AllocationReport) -> String {
        let width = 120.0
        let height = 28.0
        let shares = report.weeks.map(\.metrics.belowShare)
        let step = shares.count > 1 ? width / Double(shares.count - 1) : 0
        func y(_ share: Double) -> String { Self.number(height - 2 - share * (height - 4)) }
        var path = ""
        var pen = "M"
        for (index, share) in shares.enumerated() {
            guard let share else { pen = "M"; continue }
            path += "\(pen)\(Self.number(Double(index) * step)) \(y(share)) "
            pen = "L"
        }
        var svg = "<svg class=\"spark\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"weekly below share\">"
        if let target = report.leader.target {
            svg += "<line x1=\"0\" x2=\"\(Int(width))\" y1=\"\(y(target))\" y2=\"\(y(target))\" class=\"target\"/>"
        }
        if !path.isEmpty { svg += "<path d=\"\(path.trimmingCharacters(in: .whitespaces))\" class=\"line\"/>" }
        return svg + "</svg>"
    }

    static func number(_ value: Double) -> String { String((value * 10).rounded() / 10) }

    /// A file name as a relative link: everything but unreserved characters percent-encoded.
    static func percentEncoded(_ name: String) -> String {
        name.utf8.map { byte in
            let character = Character(Unicode.Scalar(byte))
            return character.isASCII && (character.isLetter || character.isNumber || "-._~".contains(character))
                ? String(character) : "%" + String(byte, radix: 16, uppercase: true).leftPadding(2).replacingOccurrences(of: " ", with: "0")
        }.joined()
    }

    static let styleSheet = """
    body{max-width:1400px}
    .portfolio td,.portfolio th{font-size:13px}
    .portfolio td{white-space:nowrap}
    .spark{width:120px;height:28px}
    .spark .line{fill:none;stroke:var(--below);stroke-width:1.6}
    .spark .target{stroke:var(--at);stroke-width:1;stroke-dasharray:3 3}
    .stale{color:#b3261e;font-weight:600}
    .problem td{color:#b3261e;font-size:12px}
    """
}
