import AltitudeAnalysis
import AltitudeModel

/// The report as JSON, in the schema the README documents (`schema: 1`). Absent
/// figures are `null`, never left out, so every key is always there.
public struct ReportJSONFormatter: ReportFormatter {
    public init() {}

    public func write(_ report: AllocationReport, to output: TextOutput) {
        output.writeJSON(Document(report: report))
    }

    struct Document: Encodable {
        let report: AllocationReport

        enum Keys: String, CodingKey {
            case schema, leader, calendarSpan, week, weeks, trend, flags, forwardLook, topBelowSeries, sinceLastSession, commitments, handOffOutlook
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(1, forKey: .schema)
            let leader = report.leader
            try container.encode([
                "name": JSONValue(leader.name), "level": JSONValue(leader.level), "timeZone": JSONValue(leader.timeZone),
                "promoted": JSONValue(leader.promoted?.description), "target": JSONValue(leader.target),
                "directReports": JSONValue(Double(leader.directReports)),
            ], forKey: .leader)
            try container.encode(report.span.map { span in
                JSONValue(object: ["first": JSONValue(span.first.description), "last": JSONValue(span.last.description),
                                   "firstWeek": JSONValue(span.firstWeek.description), "lastWeek": JSONValue(span.lastWeek.description),
                                   "ranges": JSONValue(span.ranges.map { range in
                                       JSONValue(object: ["first": JSONValue(range.lowerBound.description),
                                                          "last": JSONValue(range.upperBound.description)])
                                   })])
            } ?? .null, forKey: .calendarSpan)
            try container.encode(report.week.metrics.week.description, forKey: .week)
            try container.encode(report.weeks.map(WeekEntry.init), forKey: .weeks)
            try container.encode(TrendEntry(trend: report.trend), forKey: .trend)
            try container.encode(report.flags.map { flag in
                ["rule": JSONValue(flag.rule), "advice": JSONValue(flag.advice), "description": JSONValue(flag.description),
                 "because": JSONValue(flag.reasons)]
            }, forKey: .flags)
            let look = report.forwardLook
            let known = !look.outsideData
            try container.encode([
                "week": JSONValue(look.week.description), "outsideData": .bool(look.outsideData),
                "meetingHours": JSONValue(known ? ReportNumbers.hours(look.meetingHours) : nil),
                "belowHours": JSONValue(known ? ReportNumbers.hours(look.belowHours) : nil),
                "series": JSONValue(look.series.map(SeriesEntry.value)),
            ], forKey: .forwardLook)
            try container.encode(report.topBelowSeries.map(SeriesEntry.value), forKey: .topBelowSeries)
            try container.encode(report.sinceLastSession.map { session in
                JSONValue(object: ["date": JSONValue(session.date.description), "then": JSONValue(session.then.map(ReportNumbers.share)),
                                   "now": JSONValue(session.now.map(ReportNumbers.share)),
                                   "change": JSONValue(session.change.map(ReportNumbers.share)),
                                   "categories": JSONValue(session.categories.map { shift in
                                       JSONValue(object: ["category": JSONValue(shift.category),
                                                          "thenHoursPerWeek": JSONValue(ReportNumbers.hours(shift.thenHours)),
                                                          "nowHoursPerWeek": JSONValue(ReportNumbers.hours(shift.nowHours))])
                                   })])
            } ?? .null, forKey: .sinceLastSession)
            try container.encode(BetweenSessionsJSON.review(report.commitments), forKey: .commitments)
            try container.encode(BetweenSessionsJSON.whatIf(report.handOffOutlook, lead: BetweenSessionsWords.outlookLead(report.handOffOutlook)),
                                 forKey: .handOffOutlook)
        }
    }

    struct WeekEntry: Encodable {
        let week: AllocationReport.Week

        func encode(to encoder: any Encoder) throws {
            // Outside the calendar every figure is unknown: null, not zero (and the keys are still all there).
            var entry = week.outsideData ? figures.mapValues { _ in JSONValue.null } : figures
            entry["week"] = JSONValue(week.metrics.week.description)
            entry["start"] = JSONValue(week.monday.description)
            entry["end"] = JSONValue(week.sunday.adding(days: 1).description)
            entry["outsideData"] = .bool(week.outsideData)
            var container = encoder.singleValueContainer()
            try container.encode(entry)
        }

        /// The week's figures by key.
        var figures: [String: JSONValue] {
            let metrics = week.metrics
            return [
                "meetingHours": JSONValue(ReportNumbers.hours(metrics.meetingHours)),
                "meetings": JSONValue(Double(metrics.meetings)),
                "hours": JSONValue(object: [
                    "below": JSONValue(ReportNumbers.hours(metrics.belowHours)), "at": JSONValue(ReportNumbers.hours(metrics.atHours)),
                    "above": JSONValue(ReportNumbers.hours(metrics.aboveHours)),
                    "unclassified": JSONValue(ReportNumbers.hours(metrics.unclassifiedHours)),
                ]),
                "belowShare": JSONValue(metrics.belowShare.map(ReportNumbers.share)),
                "belowShareRange": ReportNumbers.range(week.belowShareRange),
                "rollingBelowShare": JSONValue(week.rollingBelowShare.map(ReportNumbers.share)),
                "rollingBelowShareRange": ReportNumbers.range(week.rollingBelowShareRange),
                "unclassifiedShare": JSONValue(metrics.unclassifiedShare.map(ReportNumbers.share)),
                // Below, at or above time whose level only who was there decided: the least certain part.
                "structureOnlyHours": JSONValue(ReportNumbers.hours(Double(metrics.structureOnlySeconds) / 3600)),
                "structureOnlyShare": JSONValue(metrics.structureOnlyShare.map(ReportNumbers.share)),
                "levels": JSONValue(object: metrics.levelSeconds.mapValues { JSONValue(ReportNumbers.hours(Double($0) / 3600)) }),
                "categories": JSONValue(object: metrics.categorySeconds.mapValues { JSONValue(ReportNumbers.hours(Double($0) / 3600)) }),
                "people": JSONValue(object: [
                    "directs": JSONValue(ReportNumbers.hours(metrics.people.directsHours)),
                    "directsOneOnOne": JSONValue(ReportNumbers.hours(metrics.people.directsOneOnOneHours)),
                    "manager": JSONValue(ReportNumbers.hours(metrics.people.managerHours)),
                    "peers": JSONValue(ReportNumbers.hours(metrics.people.peersHours)),
                    "external": JSONValue(ReportNumbers.hours(metrics.people.externalHours)),
                ]),
                "focusHours": JSONValue(ReportNumbers.hours(metrics.focusHours)),
                "afterHoursMeetingHours": JSONValue(ReportNumbers.hours(metrics.afterHours)),
            ]
        }
    }

    struct TrendEntry: Encodable {
        let trend: Trend

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode([
                "first": JSONValue(trend.first.description), "last": JSONValue(trend.last.description),
                "weeks": JSONValue(Double(trend.weeks)), "weeksWithData": JSONValue(Double(trend.weeksWithData)),
                "fromShare": JSONValue(trend.fromShare.map(ReportNumbers.share)),
                "toShare": JSONValue(trend.toShare.map(ReportNumbers.share)),
                "slopePointsPerWeek": JSONValue(trend.slopePerWeek.map(ReportNumbers.points)),
                "rollingMean": JSONValue(trend.rollingMean.map(ReportNumbers.share)),
                "windowMean": JSONValue(trend.windowMean.map(ReportNumbers.share)),
                "previousMean": JSONValue(trend.previousMean.map(ReportNumbers.share)),
                "changePoints": JSONValue(trend.change.map(ReportNumbers.points)),
                "baseline": trend.baseline.map { baseline in
                    JSONValue(object: ["first": JSONValue(baseline.first.description), "last": JSONValue(baseline.last.description),
                                       "share": JSONValue(ReportNumbers.share(baseline.share))])
                } ?? .null,
                "transition": trend.transition.map { transition in
                    JSONValue(object: ["promoted": JSONValue(transition.promoted.description), "day": JSONValue(Double(transition.day)),
                                       "phase": JSONValue(transition.phase)])
                } ?? .null,
                "target": JSONValue(trend.target),
                "gapPoints": JSONValue(trend.gapToTarget.map(ReportNumbers.points)),
                "verdict": JSONValue(trend.verdict),
            ])
        }
    }

    enum SeriesEntry {
        static func value(_ series: SeriesTime) -> JSONValue {
            JSONValue(object: [
                "title": JSONValue(series.title), "hours": JSONValue(ReportNumbers.hours(series.hours)),
                "hoursPerWeek": JSONValue(ReportNumbers.hours(series.hoursPerWeek)), "meetings": JSONValue(Double(series.meetings)),
                "level": JSONValue(series.level), "category": JSONValue(series.category), "rule": JSONValue(series.rule),
                "recurring": .bool(series.recurring), "candidates": JSONValue(series.candidates.map(BetweenSessionsJSON.candidate)),
            ])
        }
    }
}

/// A JSON value whose absent parts encode as `null` (the synthesized encoders leave them out).
enum JSONValue: Encodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(_ text: String?) { self = text.map { .string($0) } ?? .null }
    init(_ number: Double?) { self = number.map { .number($0) } ?? .null }
    init(_ texts: [String]) { self = .array(texts.map { .string($0) }) }
    init(_ values: [JSONValue]) { self = .array(values) }
    init(object: [String: JSONValue]) { self = .object(object) }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            // Whole numbers (counts, days) as integers.
            if value == value.rounded(), abs(value) < 1e15 { try container.encode(Int(value)) } else { try container.encode(value) }
        case .string(let value): try container.encode(value)
        case .array(let values): try container.encode(values)
        case .object(let values): try container.encode(values)
        }
    }
}
