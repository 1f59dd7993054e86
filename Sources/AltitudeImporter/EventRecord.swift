import AltitudeModel

/// One VEVENT as read from the file, before time zones are resolved and
/// recurrences expanded. Plain values, so records travel between threads.
struct EventRecord: Sendable {
    /// The line of `BEGIN:VEVENT` in the file.
    var line: Int
    /// Which VCALENDAR of the file it sits in (its time zones and X-WR-* apply).
    var calendarIndex: Int
    var uid: String?
    var recurrenceID: CalendarDateTime?
    var recurrenceIDRangeThisAndFuture = false
    var start: CalendarDateTime?
    var end: CalendarDateTime?
    var duration: NominalDuration?
    var rules: [RecurrenceRule] = []
    var exceptionRules: [RecurrenceRule] = []
    var recurrenceDates: [RecurrenceDate] = []
    var exceptionDates: [CalendarDateTime] = []
    var status: EventStatus = .confirmed
    var transparency: Transparency = .opaque
    var title = ""
    var location = ""
    var description = ""
    var organizer: Participant?
    var attendees: [Attendee] = []
    var categories: [String] = []
    var sequence = 0
    /// LAST-MODIFIED, else DTSTAMP, in seconds since the epoch.
    var lastModified: Int64?
    /// Outlook's X-MICROSOFT-CDO-ALLDAYEVENT: an all-day event written with times.
    var outlookAllDay = false
    /// Problems libical reported, with the property they concern.
    var problems: [Problem] = []
    /// Where the event was read otherwise than it is written (a repair, a guess at
    /// what the writer meant), with the property concerned: each becomes a warning.
    var notes: [Problem] = []

    struct Problem: Sendable {
        var property: String?
        var message: String
    }

    init(line: Int, calendarIndex: Int) {
        self.line = line
        self.calendarIndex = calendarIndex
    }

    var isRecurring: Bool { !rules.isEmpty || !recurrenceDates.isEmpty }

    /// How often its rules repeat it: the finest FREQ, when it has two rules; nil for
    /// an event without a rule (a one-off, or listed dates only).
    var recurrenceFrequency: RecurrenceFrequency? { rules.map(\.frequency).min() }

    /// Adds a note once: a property that repeats (EXDATE) says the same thing once.
    mutating func note(_ message: String, property: String?) {
        guard !notes.contains(where: { $0.message == message }) else { return }
        notes.append(Problem(property: property, message: message))
    }
}
