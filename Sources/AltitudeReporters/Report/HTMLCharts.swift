import AltitudeAnalysis
import AltitudeModel

/// The report's charts as inline SVG, drawn from the figures alone.
enum HTMLCharts {
    static let width = 960.0
    static let left = 44.0
    static let right = 16.0
    static var plotWidth: Double { width - left - right }

    /// Weekly hours stacked by level: at and above altitude (and unclassified) rise
    /// from the axis, below-altitude time hangs under it, furthest below lowest.
    static func stackedBars(_ report: AllocationReport) -> String {
        let weeks = report.weeks
        let own = report.levels.firstIndex(of: report.leader.level) ?? 0
        let upper = report.levels.indices.filter { $0 >= own }.map { report.levels[$0] }
        let lower = report.levels.indices.filter { $0 < own }.reversed().map { report.levels[$0] }
        func hours(_ metrics: WeekMetrics, _ level: String) -> Double { Double(metrics.levelSeconds[level] ?? 0) / 3600 }
        let maxUp = max(weeks.map { week in upper.reduce(week.metrics.unclassifiedHours) { $0 + hours(week.metrics, $1) } }.max() ?? 0, 1)
        let maxDown = max(weeks.map(\.metrics.belowHours).max() ?? 0, 1)
        let top = 14.0
        let plot = 250.0
        let axis = top + plot * maxUp / (maxUp + maxDown)
        let scale = plot / (maxUp + maxDown)
        let height = top + plot + 34
        let slot = plotWidth / Double(max(weeks.count, 1))
        let barWidth = max(slot * 0.72, 1)

        var svg = "<svg viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" aria-label=\"Weekly meeting hours by level\">\n"
        svg += markers(report, top: top, bottom: top + plot)
        for (index, week) in weeks.enumerated() {
            let x = left + Double(index) * slot + (slot - barWidth) / 2
            var y = axis
            var title = "\(week.metrics.week): "
            for level in upper {
                let value = hours(week.metrics, level)
                guard value > 0 else { continue }
                y -= value * scale
                svg += rect(x, y, barWidth, value * scale, colour(level, report))
            }
            if week.metrics.unclassifiedHours > 0 {
                y -= week.metrics.unclassifiedHours * scale
                svg += rect(x, y, barWidth, week.metrics.unclassifiedHours * scale, "#a7b0bd")
            }
            var down = axis
            for level in lower {
                let value = hours(week.metrics, level)
                guard value > 0 else { continue }
                svg += rect(x, down, barWidth, value * scale, colour(level, report))
                down += value * scale
            }
            title += week.outsideData ? "no data, outside this calendar"
                : "\(Figures.hours(week.metrics.belowHours)) h below, \(Figures.hours(week.metrics.atHours + week.metrics.aboveHours)) h at or above"
            svg += "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(barWidth))\" height=\"\(number(max(down - y, 1)))\" fill=\"transparent\"><title>\(HTML.escape(title))</title></rect>\n"
        }
        svg += "<line x1=\"\(number(left))\" y1=\"\(number(axis))\" x2=\"\(number(width - right))\" y2=\"\(number(axis))\" stroke=\"#1d2330\" stroke-width=\"1\"/>\n"
        svg += label(left - 6, top + 4, "\(Int(maxUp.rounded())) h", anchor: "end")
        svg += label(left - 6, axis + 4, "0", anchor: "end")
        svg += label(left - 6, top + plot, "\(Int(maxDown.rounded())) h", anchor: "end")
        svg += weekLabels(weeks, y: top + plot + 18)
        svg += "</svg>\n"

        var legend = "<div class=\"legend\">"
        for level in report.levels.reversed() {
            legend += "<span style=\"background:\(colour(level, report))\"></span>\(HTML.escape(level))"
        }
        return svg + legend + "<span style=\"background:#a7b0bd\"></span>unclassified</div>\n"
    }

    /// The weekly below share, its 4-week mean and the target, 0% at the bottom.
    static func shareLine(_ report: AllocationReport) -> String {
        let weeks = report.weeks
        let values = weeks.flatMap { [$0.metrics.belowShare, $0.rollingBelowShare, $0.belowShareRange?.upperBound] }.compactMap { $0 }
            + [report.leader.target ?? 0]
        let ceiling = max(0.5, ((values.max() ?? 0) * 10).rounded(.up) / 10)
        let top = 14.0
        let plot = 200.0
        let height = top + plot + 34
        let slot = plotWidth / Double(max(weeks.count, 1))
        func x(_ index: Int) -> Double { left + (Double(index) + 0.5) * slot }
        func y(_ share: Double) -> Double { top + plot - share / ceiling * plot }

        var svg = "<svg viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" aria-label=\"Below-altitude share by week\">\n"
        let step = ceiling > 0.6 ? 0.2 : 0.1
        for tick in stride(from: 0.0, through: ceiling + 1e-9, by: step) {
            svg += "<line x1=\"\(number(left))\" y1=\"\(number(y(tick)))\" x2=\"\(number(width - right))\" y2=\"\(number(y(tick)))\" stroke=\"#e3e7ee\"/>\n"
            svg += label(left - 6, y(tick) + 4, "\(Int((tick * 100).rounded()))%", anchor: "end")
        }
        svg += markers(report, top: top, bottom: top + plot)
        if let target = report.leader.target {
            svg += "<line x1=\"\(number(left))\" y1=\"\(number(y(target)))\" x2=\"\(number(width - right))\" y2=\"\(number(y(target)))\" stroke=\"#2a7f8f\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n"
            svg += label(left + 4, y(target) - 5, "target \(Figures.percent(target))", anchor: "start", colour: "#2a7f8f")
        }
        // Each week's range: where its share could honestly be, from how each hour was decided.
        for (index, week) in weeks.enumerated() {
            guard let range = week.belowShareRange else { continue }
            svg += "<rect x=\"\(number(x(index) - slot * 0.3))\" y=\"\(number(y(range.upperBound)))\" width=\"\(number(slot * 0.6))\" "
                + "height=\"\(number(max(1, y(range.lowerBound) - y(range.upperBound))))\" fill=\"#d9822b\" opacity=\"0.16\">"
                + "<title>\(HTML.escape("\(week.metrics.week): could be \(Figures.range(range, parenthesised: false))"))</title></rect>\n"
        }
        svg += path(weeks.map(\.metrics.belowShare), x: x, y: y, stroke: "#d9822b", width: 1.5, opacity: 0.55)
        svg += path(weeks.map(\.rollingBelowShare), x: x, y: y, stroke: "#b35c1e", width: 3, opacity: 1)
        for (index, week) in weeks.enumerated() {
            guard let share = week.metrics.belowShare else { continue }
            svg += "<circle cx=\"\(number(x(index)))\" cy=\"\(number(y(share)))\" r=\"\(weeks.count > 60 ? 1.2 : 2.6)\" fill=\"#d9822b\">"
                + "<title>\(HTML.escape("\(week.metrics.week): \(Figures.percent(share))"))</title></circle>\n"
        }
        if let last = weeks.last, let share = last.metrics.belowShare {
            svg += label(x(weeks.count - 1) - 6, y(share) - 8, Figures.percent(share), anchor: "end", colour: "#1d2330")
        }
        svg += weekLabels(weeks, y: top + plot + 18)
        svg += "</svg>\n"
        let target = report.leader.target == nil ? "" : "<span style=\"background:#2a7f8f\"></span>target"
        return svg + "<div class=\"legend\"><span style=\"background:#d9822b;opacity:.6\"></span>weekly share"
            + "<span style=\"background:#d9822b;opacity:.16\"></span>could be"
            + "<span style=\"background:#b35c1e\"></span>4-week mean\(target)</div>\n"
    }

    /// Dashed lines at the promotion's week and at day 90, when they fall in the window.
    private static func markers(_ report: AllocationReport, top: Double, bottom: Double) -> String {
        guard let promoted = report.leader.promoted, let first = report.weeks.first?.metrics.week else { return "" }
        let slot = plotWidth / Double(max(report.weeks.count, 1))
        var svg = ""
        for (date, name) in [(promoted, "promoted"), (promoted.adding(days: 89), "day 90")] {
            let offset = ISOWeek(containing: date).weeks(since: first)
            guard offset >= 0, offset < report.weeks.count else { continue }
            // Placed within the week by weekday, so day 90 and the promotion sit where they fall.
            let x = left + (Double(offset) + Double(date.weekday.rawValue) / 7) * slot
            svg += "<line x1=\"\(number(x))\" y1=\"\(number(top))\" x2=\"\(number(x))\" y2=\"\(number(bottom))\" stroke=\"#5b4fc4\" stroke-dasharray=\"3 3\"/>\n"
            svg += label(x + 4, top + 10, name, anchor: "start", colour: "#5b4fc4")
        }
        return svg
    }

    private static func weekLabels(_ weeks: [AllocationReport.Week], y: Double) -> String {
        let slot = plotWidth / Double(max(weeks.count, 1))
        let every = max(1, Int((Double(weeks.count) / 13).rounded(.up)))
        var svg = ""
        for (index, week) in weeks.enumerated() where index % every == 0 || index == weeks.count - 1 {
            // The last week is labelled too, unless it would run into the label before it.
            if index == weeks.count - 1, index % every != 0, Double(index % every) * slot < 64 { continue }
            let text = "\(Figures.monthNames[week.monday.month - 1]) \(week.monday.day)" + (weeks.count > 60 ? " \(week.monday.year % 100)" : "")
            svg += label(left + (Double(index) + 0.5) * slot, y, text, anchor: "middle")
        }
        return svg
    }

    /// A polyline through the values, broken where a week has none.
    private static func path(_ values: [Double?], x: (Int) -> Double, y: (Double) -> Double, stroke: String, width: Double,
                             opacity: Double) -> String {
        var commands = ""
        var drawing = false
        for (index, value) in values.enumerated() {
            guard let value else {
                drawing = false
                continue
            }
            commands += (drawing ? "L" : "M") + "\(number(x(index))) \(number(y(value))) "
            drawing = true
        }
        guard !commands.isEmpty else { return "" }
        return "<path d=\"\(commands)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(number(width))\" stroke-opacity=\"\(number(opacity))\" stroke-linejoin=\"round\"/>\n"
    }

    private static func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, _ fill: String) -> String {
        "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(width))\" height=\"\(number(height))\" fill=\"\(fill)\"/>\n"
    }

    private static func label(_ x: Double, _ y: Double, _ text: String, anchor: String, colour: String? = nil) -> String {
        let fill = colour.map { " style=\"fill:\($0)\"" } ?? ""
        return "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\"\(fill)>\(HTML.escape(text))</text>\n"
    }

    /// A level's colour: warm and darker the further below the leader, teal at, violet above.
    static func colour(_ level: String, _ report: AllocationReport) -> String {
        guard let index = report.levels.firstIndex(of: level), let own = report.levels.firstIndex(of: report.leader.level) else {
            return "#a7b0bd"
        }
        let below = ["#eeb36a", "#d9822b", "#b35c1e", "#8a4216"]
        let above = ["#7d72d8", "#5b4fc4", "#3b2f9c"]
        if index < own { return below[min(own - index - 1, below.count - 1)] }
        if index == own { return "#2a7f8f" }
        return above[min(index - own - 1, above.count - 1)]
    }

    /// Two decimals at most: enough for a viewBox, and the same text from run to run.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100
        let fraction = abs(hundredths) % 100
        if fraction == 0 { return sign + String(whole) }
        return sign + String(whole) + "." + (fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction))
    }
}
