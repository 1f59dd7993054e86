import AltitudeModel
import CLibical
import Testing
import TestSupport
@testable import AltitudeImporter

@Suite("RRULE expansion")
struct RecurrenceExpanderTests {
    /// Expands a rule given as text from a floating DTSTART, as iCalendar values.
    static func expand(_ rule: String, _ start: String, limit: Int = 500) throws -> [String] {
        try RuleExpansion.occurrences(rule: rule, start: start, limit: limit)
    }

    struct Example: Sendable, CustomTestStringConvertible {
        var rule: String
        var start: String
        var expected: [String]
        var testDescription: String { rule }
    }

    /// Examples from RFC 5545 §3.8.5.3, expected values as the RFC lists them.
    static let rfcExamples: [Example] = [
        Example(rule: "FREQ=DAILY;COUNT=3", start: "19970902T090000",
                expected: ["19970902T090000", "19970903T090000", "19970904T090000"]),
        Example(rule: "FREQ=MONTHLY;BYDAY=-2MO;COUNT=3", start: "19970922T090000",
                expected: ["19970922T090000", "19971020T090000", "19971117T090000"]),
        Example(rule: "FREQ=MONTHLY;BYMONTHDAY=-3;COUNT=3", start: "19970928T090000",
                expected: ["19970928T090000", "19971029T090000", "19971128T090000"]),
        Example(rule: "FREQ=YEARLY;BYDAY=20MO;COUNT=3", start: "19970519T090000",
                expected: ["19970519T090000", "19980518T090000", "19990517T090000"]),
        Example(rule: "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO;COUNT=3", start: "19970512T090000",
                expected: ["19970512T090000", "19980511T090000", "19990517T090000"]),
        Example(rule: "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13;COUNT=4", start: "19970902T090000",
                expected: ["19980213T090000", "19980313T090000", "19981113T090000", "19990813T090000"]),
        Example(rule: "FREQ=MONTHLY;BYDAY=TU,WE,TH;BYSETPOS=3;COUNT=3", start: "19970904T090000",
                expected: ["19970904T090000", "19971007T090000", "19971106T090000"]),
        Example(rule: "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2;COUNT=3", start: "19970929T090000",
                expected: ["19970929T090000", "19971030T090000", "19971127T090000"]),
        Example(rule: "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z", start: "19970902T090000",
                expected: ["19970902T090000", "19970902T120000", "19970902T150000"]),
        Example(rule: "FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10;COUNT=7", start: "19970902T090000",
                expected: ["19970902T090000", "19970902T092000", "19970902T094000", "19970902T100000",
                           "19970902T102000", "19970902T104000", "19970903T090000"]),
        Example(rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", start: "19970805T090000",
                expected: ["19970805T090000", "19970810T090000", "19970819T090000", "19970824T090000"]),
        Example(rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", start: "19970805T090000",
                expected: ["19970805T090000", "19970817T090000", "19970819T090000", "19970831T090000"]),
        Example(rule: "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", start: "20070115T090000",
                expected: ["20070115T090000", "20070130T090000", "20070215T090000", "20070315T090000", "20070330T090000"]),
    ]

    @Test("RFC 5545 examples", arguments: rfcExamples)
    func rfcExample(_ example: Example) throws {
        #expect(try Self.expand(example.rule, example.start) == example.expected)
    }

    @Test("A rule that can never match ends at the bound instead of looping")
    func impossibleRule() throws {
        #expect(try Self.expand("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "20260101T090000").isEmpty)
        let parsed = try #require(rule("FREQ=SECONDLY;BYMONTH=2"))
        let expander = RecurrenceExpander(rule: parsed, start: wall("20260301T000000"), isDate: false)
        let result = expander.expand(until: nil, lowerBound: nil, upperBound: wall("20300101T000000"), limit: 10)
        #expect(result.occurrences.count == 10)
        #expect(WallClock.basicDescription(result.occurrences[0]) == "20270201T000000")
        #expect(result.stop == .capped)
    }

    /// Skipping periods before the window must never change what the window holds.
    @Test("Expanding from a lower bound equals the full expansion cut at that bound", arguments: 0..<60)
    func skipAheadIsExact(seed: Int) throws {
        var generator = SplitMix(seed: UInt64(seed))
        let text = RandomRule.text(using: &generator, allowCount: false)
        let parsed = try #require(rule(text), "\(text)")
        let start = wall("20240115T093000")
        let expander = RecurrenceExpander(rule: parsed, start: start, isDate: false)
        let lower = start + Int64.random(in: 0...(3 * 365 * 86_400), using: &generator)
        let upper = lower + 120 * 86_400
        let full = expander.expand(until: nil, lowerBound: nil, upperBound: upper, limit: 1_000_000).occurrences
        let skipped = expander.expand(until: nil, lowerBound: lower, upperBound: upper, limit: 1_000_000).occurrences
        #expect(skipped.filter { $0 >= lower } == full.filter { $0 >= lower }, "\(text)")
    }

    /// libical 3.0.16 is right for plain DAILY/WEEKLY/MONTHLY/YEARLY rules with
    /// BYDAY, BYMONTHDAY, BYMONTH and COUNT: its own iterator is outside truth there.
    @Test("Plain rules agree with libical's own iterator", arguments: 0..<80)
    func agreesWithLibicalOnPlainRules(seed: Int) throws {
        var generator = SplitMix(seed: UInt64(1000 + seed))
        let text = RandomRule.plainText(using: &generator)
        let start = "20240115T093000"
        #expect(try Self.expand(text, start, limit: 400) == libicalOccurrences(text, start), "\(text)")
    }

    private func libicalOccurrences(_ rule: String, _ start: String) -> [String] {
        _ = Libical.prepared
        let recurrence = icalrecurrencetype_from_string(rule)
        guard let iterator = icalrecur_iterator_new(recurrence, icaltime_from_string(start)) else { return [] }
        defer { icalrecur_iterator_free(iterator) }
        var result: [String] = []
        var next = icalrecur_iterator_next(iterator)
        while icaltime_is_null_time(next) == 0, result.count < 400 {
            result.append(String(cString: icaltime_as_ical_string(next)))
            next = icalrecur_iterator_next(iterator)
        }
        return result
    }

    private func rule(_ text: String) -> RecurrenceRule? { Libical.recurrenceRule(parsing: text) }

    private func wall(_ text: String) -> Int64 { Libical.dateTime(parsing: text)!.wall }
}

/// Random but valid RRULEs for property tests.
enum RandomRule {
    static func text(using generator: inout SplitMix, allowCount: Bool) -> String {
        let frequency = ["HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"].randomElement(using: &generator)!
        var parts = ["FREQ=\(frequency)", "INTERVAL=\(Int.random(in: 1...4, using: &generator))"]
        let days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].shuffled(using: &generator).prefix(Int.random(in: 1...3, using: &generator))
        if Bool.random(using: &generator) {
            let ordinal = frequency == "MONTHLY" || frequency == "YEARLY" ? ["", "1", "-1", "2"].randomElement(using: &generator)! : ""
            parts.append("BYDAY=" + days.map { ordinal + $0 }.joined(separator: ","))
        }
        if Bool.random(using: &generator) { parts.append("BYMONTHDAY=\([1, 15, -1, 28, 31].randomElement(using: &generator)!)") }
        if Bool.random(using: &generator) { parts.append("BYMONTH=\(Int.random(in: 1...12, using: &generator)),\(Int.random(in: 1...12, using: &generator))") }
        if frequency == "HOURLY" { parts.append("BYHOUR=9,13,17") }
        if Bool.random(using: &generator) { parts.append("BYSETPOS=\([1, -1, 2].randomElement(using: &generator)!)") }
        if allowCount { parts.append("COUNT=\(Int.random(in: 1...30, using: &generator))") }
        return parts.joined(separator: ";")
    }

    /// Shapes libical 3.0.16 gets right: no BYSETPOS, no BYWEEKNO, no negative or
    /// ordinal BYxxx outside MONTHLY/YEARLY, nothing finer than daily.
    static func plainText(using generator: inout SplitMix) -> String {
        let frequency = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"].randomElement(using: &generator)!
        var parts = ["FREQ=\(frequency)", "COUNT=\(Int.random(in: 1...40, using: &generator))"]
        if Bool.random(using: &generator) { parts.append("INTERVAL=\(Int.random(in: 2...3, using: &generator))") }
        let days = ["MO", "TU", "WE", "TH", "FR"].shuffled(using: &generator).prefix(Int.random(in: 1...3, using: &generator)).sorted()
        switch frequency {
        case "WEEKLY":
            if Bool.random(using: &generator) { parts.append("BYDAY=" + days.joined(separator: ",")) }
        case "MONTHLY":
            if Bool.random(using: &generator) {
                parts.append("BYDAY=" + days.joined(separator: ","))
            } else {
                parts.append("BYMONTHDAY=\(Int.random(in: 1...28, using: &generator))")
            }
        case "YEARLY":
            parts.append("BYMONTH=\(Int.random(in: 1...12, using: &generator))")
            if Bool.random(using: &generator) { parts.append("BYMONTHDAY=\(Int.random(in: 1...28, using: &generator))") }
        default:
            if Bool.random(using: &generator) { parts.append("BYDAY=" + days.joined(separator: ",")) }
        }
        return parts.joined(separator: ";")
    }
}
