/// What a label applies to: what the leader labelled, and nothing else. A label on a
/// vague title ("Sync") would otherwise move every meeting of that name, with whoever.
public enum LabelTarget: Sendable, Hashable {
    /// Recurring series, by the UID their occurrences share: renamed, they stay labelled,
    /// and another series of the same title does not move.
    case series([String])
    /// One-off meetings with this title (the whole title, any case). With `company`, only
    /// those where everyone else there is from exactly these groups (empty: nobody else is):
    /// for a title held with different people, or made only of vague words.
    case oneOffs(title: String, company: Set<PersonGroup>?)
}
