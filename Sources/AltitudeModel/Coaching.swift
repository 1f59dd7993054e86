/// A coaching session held with a client: the day, what the coach noted, and the
/// commitments agreed at it.
public struct CoachingSession: Sendable, Hashable {
    public var date: CivilDate
    public var note: String?
    public var commitments: [Commitment]

    public init(date: CivilDate, note: String? = nil, commitments: [Commitment] = []) {
        self.date = date
        self.note = note
        self.commitments = commitments
    }
}

/// What removing a client took out of the store, for the message that says so.
public struct ClientRemoval: Sendable, Hashable {
    public var sources: Int
    public var instances: Int
    public var sessions: Int

    public init(sources: Int, instances: Int, sessions: Int) {
        self.sources = sources
        self.instances = instances
        self.sessions = sessions
    }
}
