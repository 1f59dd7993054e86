import AltitudeModel
import Testing

@Suite("ISO weeks")
struct ISOWeekTests {
    @Test("Weeks are numbered in the year their Thursday falls in", arguments: [
        ("2026-01-01", "2026-W01"), ("2025-12-29", "2026-W01"), ("2027-01-03", "2026-W53"), ("2027-01-04", "2027-W01"),
        ("2026-03-08", "2026-W10"), ("2021-01-03", "2020-W53"), ("2024-12-30", "2025-W01"),
    ])
    func numbering(date: String, week: String) throws {
        let day = try #require(CivilDate(iso: date))
        #expect(ISOWeek(containing: day).description == week)
        #expect(ISOWeek(iso: week)?.monday.weekday == .monday)
        #expect(ISOWeek(iso: week) == ISOWeek(containing: day))
    }

    @Test("Only real weeks parse: 2026 has 53, 2025 has 52")
    func parsing() {
        #expect(ISOWeek(iso: "2026-W53") != nil)
        #expect(ISOWeek(iso: "2025-W53") == nil)
        #expect(ISOWeek(iso: "2026-W00") == nil)
        #expect(ISOWeek(iso: "2026W7")?.description == "2026-W07")
        #expect(ISOWeek(iso: "last") == nil)
        #expect(ISOWeek(iso: "2026-10") == nil)
    }
}
