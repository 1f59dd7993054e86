import AltitudeModel
import Foundation
import GRDB
import GRDBSQLite

/// One meeting instance as one source said it: a row of the `instance` table,
/// the `MeetingInstance` and what the store keeps beside it.
struct InstanceRecord: Sendable {
    var instance: MeetingInstance
    var sourceId: Int64 = 0
    /// Where its attendee list is stored; nil for a meeting nobody is invited to.
    /// (While a snapshot is prepared: the list's place among the snapshot's lists.)
    var attendeeListId: Int64?
    /// The list as `AttendeeCodec` writes it, when writing: what the content hash reads.
    var attendeeText = ""
    /// Of what a reader sees (times, text, people, status): what "changed" means.
    var contentHash: Int64 = 0
    /// Of the quiet columns (SEQUENCE, LAST-MODIFIED …): an occurrence that did not
    /// change is still written again when this differs. Not stored; worked out from
    /// the stored columns when needed.
    var quietHash: Int64 = 0

    /// `attendeeText` is the instance's list as `AttendeeCodec` writes it, and
    /// `attendeeListId` where it is stored.
    init(_ instance: MeetingInstance, attendeeText: String, attendeeListId: Int64?) {
        self.instance = instance
        self.attendeeText = attendeeText
        self.attendeeListId = attendeeListId
        contentHash = Self.hash(of: Self.visibleValues, self)
        quietHash = Self.hash(of: Self.quietValues, self)
    }

    /// A row `selectSQL` read, every column in `columns` order, an all-day one placed
    /// in `zone`: its dates begin and end at midnight wherever it is read, whatever
    /// zone it was imported in. Its attendees are left for the caller (instances
    /// that share a list share one decoded array).
    init(row: Row, zone: ZoneRules) {
        instance = MeetingInstance(uid: "", start: .distantPast, end: .distantPast)
        for (index, read) in Self.reads.enumerated() { read.into(&self, ColumnValue(row[index] as DatabaseValue)) }
        if let span = instance.allDay {
            instance.start = zone.startOfDay(span.start)
            instance.end = zone.startOfDay(span.end)
        }
    }

    private static func hash(of values: [ColumnValueFunction], _ record: InstanceRecord) -> Int64 {
        var hash = ContentHash()
        for value in values { value.of(record).add(to: &hash) }
        return hash.value
    }

    // MARK: - The columns

    /// Every column of the `instance` table but `id`, in the table's order, described
    /// once: the statements below, the order values are bound in, reading a row back
    /// and both hashes are derived from this list. A new `MeetingInstance` property is
    /// a column at the end here and one migration in `Schema` adding it;
    /// `InstanceColumnsTests` fails until every property is carried by a column that
    /// the migrated table has and that comes back from a real store file.
    ///
    /// A column reads its value after those before it (`uid` after `seriesId`, an
    /// end after its start). The visible columns are hashed in this order: moving
    /// one, or adding a visible one, changes every stored row's hash (each would be
    /// reported as changed at its next import).
    static let columns: [InstanceColumn] = [
        InstanceColumn("sourceId", change: .bookkeeping) { .integer($0.sourceId) } read: { $0.sourceId = $1.integerValue ?? 0 },
        InstanceColumn("seriesId", fields: ["seriesID"], change: .quiet) { .text($0.instance.seriesID) } read: {
            $0.instance.seriesID = $1.textValue ?? ""
        },
        // Empty for a one-off.
        InstanceColumn("recurrenceId", fields: ["recurrenceID"], change: .quiet) { .text($0.instance.recurrenceID ?? "") } read: {
            $0.instance.recurrenceID = $1.textValue.flatMap { $0.isEmpty ? nil : $0 }
        },
        // Empty when it is the series id, as it nearly always is (a row is smaller).
        InstanceColumn("uid", fields: ["uid"], change: .quiet) { row in
            .text(row.instance.uid == row.instance.seriesID ? "" : row.instance.uid)
        } read: { row, value in
            row.instance.uid = value.textValue.flatMap { $0.isEmpty ? nil : $0 } ?? row.instance.seriesID
        },
        // See `storedStart`: an all-day row's are its dates, placed when it is read.
        InstanceColumn("start", fields: ["start"]) { .integer($0.storedStart) } read: {
            $0.instance.start = Self.date($1.integerValue ?? 0)
        },
        InstanceColumn("end", fields: ["end"]) { .integer($0.storedEnd) } read: {
            $0.instance.end = Self.date($1.integerValue ?? 0)
        },
        // An all-day instance's dates, YYYY-MM-DD (the end exclusive); NULL for a timed one.
        InstanceColumn("allDayStart", fields: ["allDay"]) { ColumnValue($0.instance.allDay?.start.description) } read: {
            $0.instance.allDay = $1.textValue.flatMap(CivilDate.init(iso:)).map { DateSpan(start: $0, end: $0) }
        },
        InstanceColumn("allDayEnd", fields: ["allDay"]) { ColumnValue($0.instance.allDay?.end.description) } read: { row, value in
            guard let first = row.instance.allDay?.start, let last = value.textValue.flatMap(CivilDate.init(iso:)) else {
                row.instance.allDay = nil
                return
            }
            row.instance.allDay = DateSpan(start: first, end: last)
        },
        InstanceColumn("title", fields: ["title"]) { .text($0.instance.title) } read: { $0.instance.title = $1.textValue ?? "" },
        InstanceColumn("location", fields: ["location"]) { .text($0.instance.location) } read: {
            $0.instance.location = $1.textValue ?? ""
        },
        InstanceColumn("description", fields: ["description"]) { .text($0.instance.description) } read: {
            $0.instance.description = $1.textValue ?? ""
        },
        InstanceColumn("organizerEmail", fields: ["organizer"]) { ColumnValue($0.instance.organizer?.email) } read: {
            $0.instance.organizer = $1.textValue.map { Participant(email: $0) }
        },
        InstanceColumn("organizerName", fields: ["organizer"], change: .quiet) { ColumnValue($0.instance.organizer?.name) } read: {
            $0.instance.organizer?.name = $1.textValue
        },
        // The list's row in `attendeeList`; what is hashed is the list itself.
        InstanceColumn("attendeeListId", fields: ["attendees"], hashed: { .text($0.attendeeText) }) { ColumnValue($0.attendeeListId) }
            read: { $0.attendeeListId = $1.integerValue },
        InstanceColumn("myResponse", fields: ["myResponse"]) { .text($0.instance.myResponse.rawValue) } read: {
            $0.instance.myResponse = $1.textValue.flatMap(OwnerResponse.init(rawValue:)) ?? .unknown
        },
        InstanceColumn("status", fields: ["status"]) { .text($0.instance.status.rawValue) } read: {
            $0.instance.status = $1.textValue.flatMap(EventStatus.init(rawValue:)) ?? .confirmed
        },
        InstanceColumn("transparency", fields: ["transparency"]) { .text($0.instance.transparency.rawValue) } read: {
            $0.instance.transparency = $1.textValue.flatMap(Transparency.init(rawValue:)) ?? .opaque
        },
        // Split by U+001F (calendar text cannot hold one: the importer replaces control characters).
        InstanceColumn("categories", fields: ["categories"]) { .text($0.instance.categories.joined(separator: "\u{1F}")) } read: {
            $0.instance.categories = ($1.textValue ?? "").split(separator: "\u{1F}").map(String.init)
        },
        InstanceColumn("isRecurring", fields: ["isRecurring"], change: .quiet) { .integer($0.instance.isRecurring ? 1 : 0) } read: {
            $0.instance.isRecurring = $1.integerValue == 1
        },
        InstanceColumn("calendarName", fields: ["calendarName"]) { ColumnValue($0.instance.calendarName) } read: {
            $0.instance.calendarName = $1.textValue
        },
        // Which copy wins when sources disagree: left out of the content hash (Google rewrites DTSTAMP on every export).
        InstanceColumn("sequence", fields: ["sequence"], change: .quiet) { .integer(Int64($0.instance.sequence)) } read: {
            $0.instance.sequence = Int($1.integerValue ?? 0)
        },
        InstanceColumn("lastModified", fields: ["lastModified"], change: .quiet) {
            ColumnValue($0.instance.lastModified.map(Self.seconds))
        } read: {
            $0.instance.lastModified = $1.integerValue.map(Self.date)
        },
        InstanceColumn("sourceLine", fields: ["sourceLine"], change: .quiet) { ColumnValue($0.instance.sourceLine.map(Int64.init)) } read: {
            $0.instance.sourceLine = $1.integerValue.map(Int.init)
        },
        InstanceColumn("contentHash", change: .bookkeeping) { .integer($0.contentHash) } read: { $0.contentHash = $1.integerValue ?? 0 },
        // Quiet: a series whose rule changed has other times too, and those are what a reader sees change.
        InstanceColumn("recurrenceFrequency", fields: ["recurrenceFrequency"], change: .quiet) {
            ColumnValue($0.instance.recurrenceFrequency?.rawValue)
        } read: {
            $0.instance.recurrenceFrequency = $1.textValue.flatMap(RecurrenceFrequency.init(rawValue:))
        },
    ]

    /// `start` and `end` as their columns hold them, in whole seconds since the epoch:
    /// a timed instance's instants; an all-day instance's dates, as their midnights in
    /// UTC — a date is the same date in every zone, so it is kept free of the zone it
    /// was imported in (`init(row:zone:)` places it in the zone it is read in; a query
    /// by these columns widens by `Store.placementMargin`). Whether an occurrence moved
    /// is read off these.
    var storedStart: Int64 { instance.allDay.map { Self.midnight($0.start) } ?? Self.seconds(instance.start) }
    var storedEnd: Int64 { instance.allDay.map { Self.midnight($0.end) } ?? Self.seconds(instance.end) }

    private static func midnight(_ date: CivilDate) -> Int64 { Int64(date.dayNumber) * WallClock.secondsPerDay }

    private static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    private static func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }

    // MARK: - Statements

    /// The prepared statements a ten-year import reuses for every row.
    static let insertSQL = "INSERT INTO instance (\(quotedNames)) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    static let updateSQL = "UPDATE instance SET \(columns.map { "\"\($0.name)\" = ?" }.joined(separator: ", ")) WHERE id = ?"
    /// Every column, in `columns` order, for `init(row:zone:)`; the caller adds the joins and conditions.
    static let selectSQL = "SELECT \(selection) FROM instance"
    static let selection = columns.map { "instance.\"\($0.name)\"" }.joined(separator: ", ")

    /// What the columns hold, as a number each store records (SQLite's `user_version`):
    /// raised when a column's values change meaning, so that `Store` writes every row
    /// again through `columns` (and both hashes with it) when it opens a store written
    /// before. 0: before this was recorded; 1: an all-day row's times are its dates' UTC
    /// midnights, not instants in the zone it was imported in.
    static let format = 1
    /// The quiet columns, in order: a query selects these first for `quietHash(of:)`.
    static let quietSelection = columns.filter { $0.change == .quiet }.map { "\"\($0.name)\"" }.joined(separator: ", ")
    private static let quotedNames = columns.map { "\"\($0.name)\"" }.joined(separator: ", ")

    /// The quiet hash of a stored row whose first columns are `quietSelection`.
    static func quietHash(of row: Row) -> Int64 {
        var hash = ContentHash()
        for index in quietValues.indices { ColumnValue(row[index] as DatabaseValue).add(to: &hash) }
        return hash.value
    }

    // Each column's value, what each hash reads and how each is read back, taken out of
    // `columns` once: the loops over every row call these without copying a column (its
    // name and fields) each time, and without the thunk a bare closure in an array has
    // around each call (it copied the whole record for every column).
    private static let values = columns.map { ColumnValueFunction(of: $0.value) }
    private static let visibleValues = columns.filter { $0.change == .visible }.map { ColumnValueFunction(of: $0.hashed) }
    private static let quietValues = columns.filter { $0.change == .quiet }.map { ColumnValueFunction(of: $0.hashed) }
    private static let reads = columns.map { ColumnReadFunction(into: $0.read) }

    /// Binds every column's value, in order (and `id` after them, for the update),
    /// straight to the prepared statement: a ten-year import writes tens of thousands
    /// of rows, and boxing each value costs more than SQLite does.
    func bind(to statement: Statement, id: Int64? = nil) {
        let handle = statement.sqliteStatement
        var index: Int32 = 0
        for value in Self.values {
            index += 1
            value.of(self).bind(to: handle, at: index)
        }
        if let id { ColumnValue.integer(id).bind(to: handle, at: index + 1) }
    }
}

/// One column of the `instance` table: its name, the `MeetingInstance` properties it
/// carries, what a change to it means, the value a row writes to it and how that
/// value is read back.
struct InstanceColumn: Sendable {
    /// What a change to the column means when a source is imported again.
    enum Change: Sendable {
        /// Something a reader sees: part of `contentHash`, so a change is reported.
        case visible
        /// Kept up to date without being reported as a change (`quietHash`).
        case quiet
        /// The store's own: which source, the hash itself.
        case bookkeeping
    }

    let name: String
    /// The `MeetingInstance` properties whose values it holds (some are held by two columns).
    let fields: [String]
    let change: Change
    let value: @Sendable (InstanceRecord) -> ColumnValue
    /// What a hash reads: the value, unless the column says otherwise.
    let hashed: @Sendable (InstanceRecord) -> ColumnValue
    let read: @Sendable (inout InstanceRecord, ColumnValue) -> Void

    init(_ name: String, fields: [String] = [], change: Change = .visible, hashed: (@Sendable (InstanceRecord) -> ColumnValue)? = nil,
         value: @escaping @Sendable (InstanceRecord) -> ColumnValue, read: @escaping @Sendable (inout InstanceRecord, ColumnValue) -> Void) {
        self.name = name
        self.fields = fields
        self.change = change
        self.value = value
        self.hashed = hashed ?? value
        self.read = read
    }
}

/// A column's value, or what a hash reads of it, alone.
struct ColumnValueFunction: Sendable {
    let of: @Sendable (InstanceRecord) -> ColumnValue
}

/// How a column's value is read back, alone.
struct ColumnReadFunction: Sendable {
    let into: @Sendable (inout InstanceRecord, ColumnValue) -> Void
}

/// A value as SQLite keeps it in an instance column. A plain value on the stack:
/// binding one goes straight to the prepared statement, never through GRDB's
/// `DatabaseValue` and `StatementArguments`.
enum ColumnValue: Sendable, Hashable {
    case null
    case text(String)
    case integer(Int64)

    init(_ text: String?) { self = text.map(ColumnValue.text) ?? .null }

    init(_ number: Int64?) { self = number.map(ColumnValue.integer) ?? .null }

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .int64(let number): self = .integer(number)
        case .string(let text): self = .text(text)
        case .double(let number): self = .integer(Int64(number))
        case .null, .blob: self = .null
        }
    }

    var textValue: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    var integerValue: Int64? {
        if case .integer(let number) = self { return number }
        return nil
    }

    /// NULL is hashed as empty text: the hash rows were stored with.
    func add(to hash: inout ContentHash) {
        switch self {
        case .null: hash.add("")
        case .text(let text): hash.add(text)
        case .integer(let number): hash.add(number)
        }
    }

    func bind(to statement: SQLiteStatement, at index: Int32) {
        switch self {
        case .null:
            sqlite3_bind_null(statement, index)
        case .integer(let number):
            sqlite3_bind_int64(statement, index, number)
        case .text(var text):
            _ = text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { characters in
                    if let base = characters.baseAddress {
                        sqlite3_bind_text(statement, index, base, Int32(characters.count), SQLiteTransient.value)
                    } else {
                        sqlite3_bind_text(statement, index, "", 0, nil)  // an empty string has no buffer
                    }
                }
            }
        }
    }
}
