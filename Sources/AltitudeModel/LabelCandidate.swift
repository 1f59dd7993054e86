/// Something a leader can label, as they see it: a recurring series (or several of one
/// title, with the same people), or one-off meetings of one title — of one title and
/// company, when the title is held with different people or says nothing ("Sync") —
/// with its meeting time in the window and how the rules classify it now (the
/// classification of most of its time).
public struct LabelCandidate: Sendable, Hashable {
    /// Stable from run to run of the same calendar, for `altitude label --series ID`: a
    /// series' UID (the one with the most hours, when it stands for several); else the
    /// title, lower case, and for a title held with different people who is there
    /// (`sync | with directs`).
    public var id: String
    /// The meetings' title (a series' latest).
    public var title: String
    /// What tells it from others offered with the same title ("with your direct reports"); nil when none is.
    public var qualifier: String?
    /// What a label on it names.
    public var target: LabelTarget
    /// The UIDs of the series, or of the one-off meetings, it covers.
    public var series: [String]
    /// Its meetings held so far (started before now), and their hours.
    public var hours: Double
    public var count: Int
    /// Its meetings only booked (the window reaches weeks ahead), and their hours.
    public var bookedHours: Double = 0
    public var bookedCount: Int = 0
    public var classification: Classification
    /// Who is usually there, in words ("5 people: you and your direct reports"), and by group.
    public var company: String
    public var usualCompany: Set<PersonGroup> = []
    /// The longest of its meetings: the label's example.
    public var example: MeetingInstance
    /// How much labelling it would narrow the calendar's ranges, in points of the mean weekly
    /// range: each of its hours (held and booked) times the width of its evidence's rate on its
    /// side of the leader's altitude (`Calibration.uncertainty`: an unclassified hour's whole,
    /// a labelled one's none), over its week's meeting hours.
    public var narrowing: Double = 0

    public init(id: String, title: String, target: LabelTarget, series: [String], hours: Double, count: Int,
                classification: Classification, company: String, example: MeetingInstance) {
        self.id = id
        self.title = title
        self.target = target
        self.series = series
        self.hours = hours
        self.count = count
        self.classification = classification
        self.company = company
        self.example = example
    }

    /// As the leader is offered it: "Sync — with your direct reports".
    public var name: String { qualifier.map { "\(title) — \($0)" } ?? title }

    public var isSeries: Bool {
        if case .series = target { return true }
        return false
    }
}

/// What a label does before it is written: the meetings it decides (held and booked
/// ahead), and of those the ones whose level it changes, from what to what.
public struct LabelMove: Sendable, Hashable {
    /// The label, as the leader was offered it.
    public var name: String
    /// What its meetings become: a level, or "not meeting time".
    public var outcome: String
    /// The meetings it decides, and their seconds.
    public var decided = 0
    public var decidedSeconds = 0
    /// Of those, the ones it moves: by what they were ("director", "unclassified"), and when.
    public var moved: [String: Int] = [:]
    public var movedSeconds = 0
    public var movedHeld = 0
    public var movedBooked = 0

    public init(name: String, outcome: String) {
        self.name = name
        self.outcome = outcome
    }

    public var movedCount: Int { movedHeld + movedBooked }
}
