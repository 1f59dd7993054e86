import AltitudeModel
import Foundation
import CLibical

/// Reads parsed VEVENTs into `EventRecord`s. One reader per thread: it keeps a
/// table of the text that repeats from event to event (addresses, names, titles,
/// zone names), so each repeated value is stored once.
struct EventReader {
    /// Set when some text of the current event was not valid UTF-8 and had to be repaired.
    private(set) var invalidUTF8 = false
    private var shared: [String: String] = [:]

    mutating func record(from component: Libical.Component, line: Int, calendarIndex: Int) -> EventRecord {
        invalidUTF8 = false
        var record = EventRecord(line: line, calendarIndex: calendarIndex)
        var stamp: Int64?
        let properties = component.properties
        record.attendees.reserveCapacity(properties.count { icalproperty_isa($0) == ICAL_ATTENDEE_PROPERTY })
        for property in properties {
            read(property, into: &record, stamp: &stamp)
        }
        if record.lastModified == nil { record.lastModified = stamp }
        return record
    }

    private mutating func read(_ property: OpaquePointer, into record: inout EventRecord, stamp: inout Int64?) {
        switch icalproperty_isa(property) {
        case ICAL_UID_PROPERTY:
            record.uid = text(icalproperty_get_uid(property))
        case ICAL_DTSTART_PROPERTY:
            record.start = dateTime(property, icalproperty_get_dtstart(property), name: "DTSTART", record: &record)
        case ICAL_DTEND_PROPERTY:
            record.end = dateTime(property, icalproperty_get_dtend(property), name: "DTEND", record: &record)
        case ICAL_DURATION_PROPERTY:
            record.duration = Libical.duration(icalproperty_get_duration(property))
        case ICAL_RECURRENCEID_PROPERTY:
            record.recurrenceID = dateTime(property, icalproperty_get_recurrenceid(property), name: "RECURRENCE-ID", record: &record)
            if let range = Libical.parameter(property, ICAL_RANGE_PARAMETER) {
                record.recurrenceIDRangeThisAndFuture = icalparameter_get_range(range) == ICAL_RANGE_THISANDFUTURE
            }
        case ICAL_RRULE_PROPERTY:
            if let rule = Libical.recurrenceRule(icalproperty_get_rrule(property)) { record.rules.append(rule) }
        case ICAL_EXRULE_PROPERTY:
            if let rule = Libical.recurrenceRule(icalproperty_get_exrule(property)) { record.exceptionRules.append(rule) }
        case ICAL_RDATE_PROPERTY:
            if let date = recurrenceDate(property, record: &record) { record.recurrenceDates.append(date) }
        case ICAL_EXDATE_PROPERTY:
            if let date = dateTime(property, icalproperty_get_exdate(property), name: "EXDATE", record: &record) {
                record.exceptionDates.append(date)
            }
        case ICAL_SUMMARY_PROPERTY:
            record.title = intern(text(icalproperty_get_summary(property)))
        case ICAL_LOCATION_PROPERTY:
            record.location = intern(text(icalproperty_get_location(property)))
        case ICAL_DESCRIPTION_PROPERTY:
            record.description = text(icalproperty_get_description(property))
        case ICAL_STATUS_PROPERTY:
            switch icalproperty_get_status(property) {
            case ICAL_STATUS_CANCELLED: record.status = .cancelled
            case ICAL_STATUS_TENTATIVE: record.status = .tentative
            default: record.status = .confirmed
            }
        case ICAL_TRANSP_PROPERTY:
            let transparency = icalproperty_get_transp(property)
            record.transparency = transparency == ICAL_TRANSP_TRANSPARENT || transparency == ICAL_TRANSP_TRANSPARENTNOCONFLICT
                ? .transparent : .opaque
        case ICAL_ORGANIZER_PROPERTY:
            record.organizer = Participant(email: intern(Libical.address(icalproperty_get_organizer(property))),
                                           name: commonName(property))
        case ICAL_ATTENDEE_PROPERTY:
            record.attendees.append(attendee(property))
        case ICAL_CATEGORIES_PROPERTY:
            record.categories += text(icalproperty_get_categories(property))
                .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case ICAL_SEQUENCE_PROPERTY:
            record.sequence = Int(icalproperty_get_sequence(property))
        case ICAL_LASTMODIFIED_PROPERTY:
            record.lastModified = Libical.instant(icalproperty_get_lastmodified(property))
        case ICAL_DTSTAMP_PROPERTY:
            stamp = Libical.instant(icalproperty_get_dtstamp(property))
        case ICAL_XLICERROR_PROPERTY:
            let message = text(icalproperty_get_xlicerror(property))
            record.problems.append(.init(property: Self.propertyNamed(in: message), message: message))
        case ICAL_X_PROPERTY:
            if let name = icalproperty_get_x_name(property), String(cString: name).uppercased() == "X-MICROSOFT-CDO-ALLDAYEVENT" {
                record.outlookAllDay = text(icalproperty_get_x(property)).uppercased() == "TRUE"
            }
        default:
            break
        }
    }

    private mutating func text(_ pointer: UnsafePointer<CChar>?) -> String {
        Libical.text(pointer, invalidUTF8: &invalidUTF8)
    }

    /// One stored copy of a repeated value. Short strings live inline in the
    /// String value itself, so only longer ones are worth sharing.
    private mutating func intern(_ value: String) -> String {
        guard value.utf8.count > 15 else { return value }
        if let existing = shared[value] { return existing }
        shared[value] = value
        return value
    }

    private mutating func dateTime(_ property: OpaquePointer, _ time: icaltimetype, name: String,
                                   record: inout EventRecord) -> CalendarDateTime? {
        let tzid = Libical.timeZoneID(property).map { intern($0) }
        guard let value = Libical.dateTime(time, tzid: tzid) else {
            record.problems.append(.init(property: name, message: "\(name) is not a valid date or date-time"))
            return nil
        }
        if value.isDate, let tzid { noteZonedDate(property, name: name, tzid: tzid, record: &record) }
        return value
    }

    /// A DATE has no time, so a TZID on it means nothing (RFC 5545 §3.2.19 allows
    /// TZID only on DATE-TIMEs). Exporters write `DTSTART;TZID=…;VALUE=DATE:20120714`,
    /// and `DTSTART;TZID=…:20120714` with no VALUE=DATE at all, for all-day events;
    /// libical reads both as DATEs, and so do Google and Apple: all-day, zone ignored.
    private func noteZonedDate(_ property: OpaquePointer, name: String, tzid: String, record: inout EventRecord) {
        let declared = Libical.parameter(property, ICAL_VALUE_PARAMETER).map { icalparameter_get_value($0) == ICAL_VALUE_DATE } ?? false
        let what = declared ? "is a DATE" : "has no time (and no VALUE=DATE)"
        record.note("\(name) \(what) but names TZID “\(tzid)”: read as an all-day date, the TZID ignored", property: name)
    }

    private mutating func recurrenceDate(_ property: OpaquePointer, record: inout EventRecord) -> RecurrenceDate? {
        let value = icalproperty_get_rdate(property)
        let tzid = Libical.timeZoneID(property).map { intern($0) }
        if let tzid, icalperiodtype_is_null_period(value.period) != 0, value.time.is_date != 0 {
            noteZonedDate(property, name: "RDATE", tzid: tzid, record: &record)
        }
        if icalperiodtype_is_null_period(value.period) == 0 {
            guard let start = Libical.dateTime(value.period.start, tzid: tzid) else { return nil }
            if let end = Libical.dateTime(value.period.end, tzid: tzid) {
                return .period(start: start, end: end)
            }
            return .periodWithDuration(start: start, duration: Libical.duration(value.period.duration))
        }
        return Libical.dateTime(value.time, tzid: tzid).map(RecurrenceDate.start)
    }

    private mutating func attendee(_ property: OpaquePointer) -> Attendee {
        var attendee = Attendee(email: intern(Libical.address(icalproperty_get_attendee(property))), name: commonName(property))
        if let role = Libical.parameter(property, ICAL_ROLE_PARAMETER) {
            switch icalparameter_get_role(role) {
            case ICAL_ROLE_CHAIR: attendee.role = .chair
            case ICAL_ROLE_OPTPARTICIPANT: attendee.role = .optional
            case ICAL_ROLE_NONPARTICIPANT: attendee.role = .nonParticipant
            default: attendee.role = .required
            }
        }
        if let status = Libical.parameter(property, ICAL_PARTSTAT_PARAMETER) {
            switch icalparameter_get_partstat(status) {
            case ICAL_PARTSTAT_ACCEPTED: attendee.status = .accepted
            case ICAL_PARTSTAT_DECLINED: attendee.status = .declined
            case ICAL_PARTSTAT_TENTATIVE: attendee.status = .tentative
            case ICAL_PARTSTAT_DELEGATED: attendee.status = .delegated
            default: attendee.status = .needsAction
            }
        }
        if let kind = Libical.parameter(property, ICAL_CUTYPE_PARAMETER) {
            switch icalparameter_get_cutype(kind) {
            case ICAL_CUTYPE_GROUP: attendee.kind = .group
            case ICAL_CUTYPE_RESOURCE: attendee.kind = .resource
            case ICAL_CUTYPE_ROOM: attendee.kind = .room
            case ICAL_CUTYPE_UNKNOWN: attendee.kind = .unknown
            default: attendee.kind = .individual
            }
        }
        return attendee
    }

    private mutating func commonName(_ property: OpaquePointer) -> String? {
        guard let parameter = Libical.parameter(property, ICAL_CN_PARAMETER) else { return nil }
        let name = text(icalparameter_get_cn(parameter))
        return name.isEmpty ? nil : intern(name)
    }

    /// The property an X-LIC-ERROR message is about ("… in DTEND property …").
    static func propertyNamed(in message: String) -> String? {
        guard let range = message.range(of: " property") else { return nil }
        let before = message[..<range.lowerBound]
        guard let word = before.split(separator: " ").last else { return nil }
        return String(word).uppercased()
    }
}

extension EventReader {
    /// Parses one `BEGIN:VEVENT` … `END:VEVENT` block. Nil when libical cannot make
    /// a VEVENT of it; the flag says whether any text needed UTF-8 repair.
    mutating func read(_ bytes: UnsafeRawBufferPointer, line: Int, refold: Bool, calendarIndex: Int,
                       scratch: inout [UInt8]) -> (record: EventRecord, repairedUTF8: Bool)? {
        guard let component = Libical.parse(bytes, refold: refold, scratch: &scratch),
              component.kind == ICAL_VEVENT_COMPONENT
        else { return nil }
        let record = record(from: component, line: line, calendarIndex: calendarIndex)
        return (record, invalidUTF8)
    }
}
