/// The leader a calendar belongs to: who they are, their level, and the people
/// around them. Loaded from `profile.yaml`.
public struct LeaderProfile: Sendable, Hashable {
    public var name: String
    /// Lower-cased.
    public var email: String
    public var aliases: [String]
    /// A level on the ladder (`vp`).
    public var level: String
    public var timeZone: ZoneRules
    /// When the leader took `level`: the start of the transition window.
    public var promoted: CivilDate?
    /// Email domains inside the company, lower-cased.
    public var organization: [String]
    public var manager: String?
    public var directs: [String]
    public var peers: [String]
    public var workingHours: WorkingHours
    /// The below-altitude share the leader aims for (0…1).
    public var target: Double?
    /// The functions whose rule packs classify this leader's meetings (`finance`, `sales`), first tried first.
    public var functions: [String]
    /// Who reports to whom, when the profile names an org chart: it places the
    /// people the lists above do not (`deeper`, `elsewhere`).
    public var orgChart: OrgChart? {
        didSet { placements = orgChart?.placements(of: Set([email] + aliases)) ?? [:] }
    }
    /// Each person in the org chart, by address, relative to the leader.
    public private(set) var placements: [String: PersonGroup] = [:]

    public init(name: String, email: String, aliases: [String] = [], level: String, timeZone: ZoneRules,
                promoted: CivilDate? = nil, organization: [String] = [], manager: String? = nil, directs: [String] = [],
                peers: [String] = [], workingHours: WorkingHours = .standard, target: Double? = nil,
                functions: [String] = [], orgChart: OrgChart? = nil) {
        self.name = name
        self.email = email.lowercased()
        self.aliases = aliases.map { $0.lowercased() }
        self.level = level
        self.timeZone = timeZone
        self.promoted = promoted
        self.organization = organization.map { $0.lowercased() }
        self.manager = manager?.lowercased()
        self.directs = directs.map { $0.lowercased() }
        self.peers = peers.map { $0.lowercased() }
        self.workingHours = workingHours
        self.target = target
        self.functions = functions
        self.orgChart = orgChart
        placements = orgChart?.placements(of: Set([self.email] + self.aliases)) ?? [:]
    }

    /// The leader's own addresses, to read their response off each event.
    public var owner: OwnerIdentity { OwnerIdentity(emails: [email] + aliases) }

    /// Where someone stands relative to the leader: the profile's lists first, then
    /// the org chart, then the organisation's domains.
    public func group(of address: String) -> PersonGroup {
        let address = address.lowercased()
        if address == email || aliases.contains(address) { return .selfGroup }
        if address == manager { return .manager }
        if directs.contains(address) { return .directs }
        if peers.contains(address) { return .peers }
        if let placed = placements[address] { return placed }
        return isInOrganization(address) ? .others : .external
    }

    public func isInOrganization(_ address: String) -> Bool {
        guard let at = address.lastIndex(of: "@") else { return false }
        let domain = address[address.index(after: at)...].lowercased()
        return organization.contains { domain == $0 || domain.hasSuffix("." + $0) }
    }
}

/// Where a participant stands relative to the leader. `organization` is anyone
/// inside the company but the leader; `others` is in-company people who are none
/// of directs, manager or peers. With an org chart, `others` is split further:
/// `deeper` (two or more levels below the leader) and `elsewhere` (the rest of the
/// company); rules that name `others` see all three.
public enum PersonGroup: String, Sendable, CaseIterable, Hashable {
    case selfGroup = "self"
    case directs
    case manager
    case peers
    case others
    case deeper
    case elsewhere
    case external
    case organization

    /// The groups a person is a member of directly (`organization` contains all in-company groups).
    public var isInOrganization: Bool { self != .selfGroup && self != .external }

}

/// The leader's working hours, in their time zone.
public struct WorkingHours: Sendable, Hashable {
    /// Minutes after midnight.
    public var start: Int
    public var end: Int
    public var days: Set<Weekday>

    public init(start: Int, end: Int, days: Set<Weekday>) {
        self.start = start
        self.end = end
        self.days = days
    }

    public static let standard = WorkingHours(start: 9 * 60, end: 17 * 60 + 30,
                                              days: [.monday, .tuesday, .wednesday, .thursday, .friday])
}

extension LeaderProfile {
    /// Who besides the leader is there (declined attendees, rooms and resources not):
    /// the groups they come from, and how many people.
    public func company(of instance: MeetingInstance) -> (groups: Set<PersonGroup>, others: Int) {
        var groups: Set<PersonGroup> = []
        var people: Set<String> = []
        instance.forEachPresentAddress { address in
            let group = group(of: address)
            guard group != .selfGroup else { return }
            groups.insert(group)
            people.insert(address.lowercased())
        }
        return (groups, people.count)
    }
}
