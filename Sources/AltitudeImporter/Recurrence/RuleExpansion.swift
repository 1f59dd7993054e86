import AltitudeModel

/// Expands a bare RRULE from a DTSTART, for `altitude rrule`: what a series'
/// rule produces, without the rest of the event (RDATE, EXDATE, overrides).
public enum RuleExpansion {
    /// The rule's occurrences from `start` on, as iCalendar values
    /// (`YYYYMMDD`, `YYYYMMDDTHHMMSS`, or with `Z` when `start` is UTC).
    /// - Parameters:
    ///   - after: only occurrences at or after this value are listed.
    ///   - limit: the most occurrences to list.
    public static func occurrences(rule text: String, start startText: String, after afterText: String? = nil,
                                   limit: Int) throws(InputError) -> [String] {
        guard let rule = Libical.recurrenceRule(parsing: text) else {
            throw InputError(file: "RRULE", message: "“\(text)” is not a recurrence rule libical can read")
        }
        guard let start = Libical.dateTime(parsing: startText) else {
            throw InputError(file: "DTSTART", message: "“\(startText)” is not an iCalendar DATE or DATE-TIME")
        }
        var after: Int64?
        if let afterText {
            guard let value = Libical.dateTime(parsing: afterText) else {
                throw InputError(file: "--after", message: "“\(afterText)” is not an iCalendar DATE or DATE-TIME")
            }
            after = value.wall
        }
        // Floating and UTC starts are both read on the UTC clock here: no zone is involved.
        var until: Int64?
        if let value = rule.until {
            until = value.isDate && !start.isDate ? value.wall + WallClock.secondsPerDay - 1 : value.wall
        }
        let upperBound = WallClock.seconds(date: CivilDate(year: 9999, month: 12, day: 31)!)
        let walls = RecurrenceExpander(rule: rule, start: start.wall, isDate: start.isDate)
            .expand(until: until, lowerBound: after, upperBound: upperBound, limit: limit + (after == nil ? 0 : 100_000))
            .occurrences
            .filter { after == nil || $0 >= after! }
            .prefix(limit)
        return walls.map { wall in
            if start.isDate { return WallClock.date(wall).basicDescription }
            return WallClock.basicDescription(wall) + (start.zone == .utc ? "Z" : "")
        }
    }
}
