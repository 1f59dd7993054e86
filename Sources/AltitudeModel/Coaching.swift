/// A coaching session held with a client: the day, and what the coach noted.
public struct CoachingSession: Sendable, Hashable {
    public var date: CivilDate
    public var note: String?

    public init(date: CivilDate, note: String? = nil) {
        self.date = date
        self.note = note
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
