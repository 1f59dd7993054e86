/// A series a leader can label: one title, its meeting time in the window, and how
/// the rules classify it now (the classification of most of its time).
public struct LabelCandidate: Sendable, Hashable {
    public var title: String
    /// Its meetings held so far (started before now), and their hours.
    public var hours: Double
    public var count: Int
    /// Its meetings only booked (the window reaches weeks ahead), and their hours.
    public var bookedHours: Double = 0
    public var bookedCount: Int = 0
    public var classification: Classification
    /// Who is usually there, in words ("your direct reports and other colleagues").
    public var company: String
    /// The longest of its meetings: the label's example.
    public var example: MeetingInstance

    public init(title: String, hours: Double, count: Int, classification: Classification, company: String, example: MeetingInstance) {
        self.title = title
        self.hours = hours
        self.count = count
        self.classification = classification
        self.company = company
        self.example = example
    }
}
