import AltitudeModel
import Foundation

/// A direct report who could take a below-altitude series over, and the calendar's
/// evidence for it: how many of its meetings they attend, and, with an org chart,
/// how many of its attendees are in their organisation.
public struct HandOffCandidate: Sendable, Hashable {
    /// Lower-cased.
    public var email: String
    /// From the org chart, else from the invitations.
    public var name: String?
    /// The series' meetings they are at, of `meetings`.
    public var attends: Int
    public var meetings: Int
    /// Other direct reports at as many of them.
    public var othersAsOften: Int
    /// With an org chart: the series' attendees in their organisation (themselves included), of `attendees`.
    public var inOrganization: Int?
    public var attendees: Int?

    public var label: String { name ?? email }
}

/// Finds who could take a series over. Only what the calendar shows counts: a direct
/// report at more than half of its meetings, or, with an org chart, the direct whose
/// organisation holds at least half of its attendees (two or more). Where neither
/// holds there is no candidate, rather than a guess.
enum HandOffCandidates {
    static func find(_ meetings: [MeetingInstance], profile: LeaderProfile) -> [HandOffCandidate] {
        let held = meetings.filter { $0.status != .cancelled && $0.allDay == nil }
        guard !held.isEmpty else { return [] }
        var attendance: [String: Int] = [:]
        var accepted: [String: Int] = [:]
        var names: [String: String] = [:]
        var attendees: Set<String> = []
        for meeting in held {
            var present: Set<String> = []
            for attendee in meeting.attendees where attendee.isPresent {
                let email = attendee.email.lowercased()
                present.insert(email)
                if let name = attendee.name, !name.isEmpty { names[email] = name }
                if attendee.status == .accepted, profile.group(of: email) == .directs { accepted[email, default: 0] += 1 }
            }
            if let organizer = meeting.organizer {
                present.insert(organizer.email.lowercased())
                if let name = organizer.name, !name.isEmpty { names[organizer.email.lowercased()] = name }
            }
            for email in present where profile.group(of: email) != .selfGroup {
                attendees.insert(email)
                if profile.group(of: email) == .directs { attendance[email, default: 0] += 1 }
            }
        }
        for person in profile.orgChart?.people ?? [] where !person.name.isEmpty { names[person.email] = person.name }

        var candidates: [HandOffCandidate] = []
        // The direct at the most meetings, when that is most of them; of directs at as many, the one who
        // accepted most (then the first address), saying how many tie.
        if let (email, count) = attendance.max(by: { ($0.value, accepted[$0.key] ?? 0, $1.key) < ($1.value, accepted[$1.key] ?? 0, $0.key) }),
           count * 2 > held.count {
            candidates.append(HandOffCandidate(email: email, name: names[email], attends: count, meetings: held.count,
                                               othersAsOften: attendance.count { $0.value == count } - 1))
        }
        if let chart = profile.orgChart {
            let heads = OrganizationHeads(chart: chart, profile: profile)
            var members: [String: Int] = [:]
            for email in attendees { if let head = heads.head(of: email) { members[head, default: 0] += 1 } }
            if let (head, count) = members.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count >= 2, count * 2 >= attendees.count {
                if let index = candidates.firstIndex(where: { $0.email == head }) {
                    candidates[index].inOrganization = count
                    candidates[index].attendees = attendees.count
                } else {
                    candidates.append(HandOffCandidate(email: head, name: names[head], attends: attendance[head] ?? 0, meetings: held.count,
                                                       othersAsOften: 0, inOrganization: count, attendees: attendees.count))
                }
            }
        }
        return candidates
    }
}

/// Which of the leader's direct reports heads the part of the org chart someone is in.
private struct OrganizationHeads {
    let managers: [String: String]
    let profile: LeaderProfile

    init(chart: OrgChart, profile: LeaderProfile) {
        managers = Dictionary(chart.people.compactMap { person in person.manager.map { (person.email, $0) } }) { first, _ in first }
        self.profile = profile
    }

    /// The direct report whose organisation `email` is in (themselves, for a direct); nil outside the leader's.
    func head(of email: String) -> String? {
        var current = email
        var seen: Set<String> = []
        while seen.insert(current).inserted {
            switch profile.group(of: current) {
            case .directs: return current
            case .selfGroup: return nil
            default: break
            }
            guard let manager = managers[current] else { return nil }
            current = manager
        }
        return nil  // a cycle in a bad export
    }
}

extension AllocationReport {
    /// What happens between coaching sessions, added to the report: the commitments
    /// measured week by week through the reported week, each below-altitude series'
    /// hand-off candidates (from its meetings in the window and the week after), and
    /// what handing off the top three series that have one would have done.
    public mutating func addBetweenSessions(commitments: [Commitment], instances: [MeetingInstance], classifications: [Classification],
                                            profile: LeaderProfile, now: Date) {
        let reported = week.metrics.week
        self.commitments = CommitmentReview.measure(commitments, instances: instances, classifications: classifications, span: span,
                                                    profile: profile,
                                                    reported: reported, now: now)
        findHandOffCandidates(instances: instances, classifications: classifications, profile: profile)
        let handOffs = topBelowSeries.filter { !$0.candidates.isEmpty }.prefix(Self.outlookSeries)
        if !handOffs.isEmpty {
            handOffOutlook = WhatIf.measure(handOffs.map { .handOff($0.match) }, instances: instances, classifications: classifications,
                                            span: span, profile: profile, week: reported)
        }
    }

    /// How many of the top series with a candidate the hand-off outlook takes off the calendar.
    public static let outlookSeries = 3

    private mutating func findHandOffCandidates(instances: [MeetingInstance], classifications: [Classification], profile: LeaderProfile) {
        let keys = Set(topBelowSeries.map(\.key) + forwardLook.series.map(\.key))
        guard !keys.isEmpty, let first = weeks.first?.metrics.week else { return }
        let zone = profile.timeZone
        let start = zone.startOfDay(first.monday)
        let end = zone.startOfDay(forwardLook.week.adding(weeks: 1).monday)
        var meetings: [String: [MeetingInstance]] = [:]
        for index in instances.indices where instances[index].start >= start && instances[index].start < end {
            let key = SeriesTime.key(of: instances[index], classifications[index])
            if keys.contains(key) { meetings[key, default: []].append(instances[index]) }
        }
        let candidates = meetings.mapValues { HandOffCandidates.find($0, profile: profile) }
        for index in topBelowSeries.indices { topBelowSeries[index].candidates = candidates[topBelowSeries[index].key] ?? [] }
        for index in forwardLook.series.indices { forwardLook.series[index].candidates = candidates[forwardLook.series[index].key] ?? [] }
    }
}
