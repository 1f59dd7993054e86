/// Wall-clock time as seconds since 1970-01-01T00:00:00 *on the wall*: the
/// local date and time of some zone, or a floating time, without an offset.
/// The recurrence engine works in these; a `ZoneRules` turns them into instants.
public enum WallClock {
    public static let secondsPerDay: Int64 = 86_400

    public static func seconds(date: CivilDate, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Int64 {
        Int64(date.dayNumber) * secondsPerDay + Int64(hour * 3600 + minute * 60 + second)
    }

    public static func seconds(dayNumber: Int, secondOfDay: Int) -> Int64 {
        Int64(dayNumber) * secondsPerDay + Int64(secondOfDay)
    }

    /// The day number of a wall time (flooring, so times before 1970 work).
    public static func dayNumber(_ wall: Int64) -> Int {
        Int(wall >= 0 ? wall / secondsPerDay : (wall - secondsPerDay + 1) / secondsPerDay)
    }

    public static func date(_ wall: Int64) -> CivilDate { CivilDate(dayNumber: dayNumber(wall)) }

    /// Seconds since the wall day's midnight.
    public static func secondOfDay(_ wall: Int64) -> Int {
        Int(wall - Int64(dayNumber(wall)) * secondsPerDay)
    }

    /// `YYYYMMDDTHHMMSS`, the iCalendar DATE-TIME form without a zone.
    public static func basicDescription(_ wall: Int64) -> String {
        let second = secondOfDay(wall)
        return date(wall).basicDescription + "T" + CivilDate.pad(second / 3600, 2)
            + CivilDate.pad(second / 60 % 60, 2) + CivilDate.pad(second % 60, 2)
    }

    /// `YYYY-MM-DDTHH:MM:SS` (years 0…9999), written digit by digit: listings
    /// print two of these per instance.
    public static func isoDescription(_ wall: Int64) -> String {
        let date = date(wall)
        let second = secondOfDay(wall)
        let fields = [(date.year, 4), (date.month, 2), (date.day, 2), (second / 3600, 2), (second / 60 % 60, 2), (second % 60, 2)]
        guard (0...9999).contains(date.year) else {
            return date.description + "T" + CivilDate.pad(second / 3600, 2) + ":" + CivilDate.pad(second / 60 % 60, 2) + ":"
                + CivilDate.pad(second % 60, 2)
        }
        return String(unsafeUninitializedCapacity: 19) { buffer in
            var index = 0
            for (field, (value, width)) in fields.enumerated() {
                if field > 0 { buffer[index] = [0x2D, 0x2D, 0x54, 0x3A, 0x3A][field - 1]; index += 1 }  // - - T : :
                var remaining = value
                for position in stride(from: width - 1, through: 0, by: -1) {
                    buffer[index + position] = UInt8(0x30 + remaining % 10)
                    remaining /= 10
                }
                index += width
            }
            return 19
        }
    }
}
