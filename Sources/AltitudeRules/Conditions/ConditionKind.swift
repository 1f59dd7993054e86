import AltitudeModel
import AltitudeYAML
import Yams

/// One kind of condition a rule's `when:` can hold (`attendees`, `with`, `title` …),
/// with everything Altitude knows of it: how it is written and read, what the
/// classifier evaluates, how `rules show` and `explain` put it, its documentation
/// and its own examples. A value of a kind is one condition as a rule wrote it.
///
/// `ConditionRegistry.kinds` lists the kinds; `all`, `any` and `not` are not kinds
/// but the `Condition` tree that combines them.
protocol ConditionKind: Sendable, CustomStringConvertible {
    /// The keys it is written with under `when:` (the text kind has one per field).
    static var keys: [String] { get }

    /// What `Classifier.features(of:)` must work out for it beyond what it always reads.
    static var needs: FeatureNeeds { get }

    /// The keys an example meeting sets what this kind tests with (`attendees: 5`),
    /// and how each is read. Several kinds may test what one key sets (`with`).
    static var exampleFields: [ExampleField] { get }

    /// Its row in the conditions table of `Rules/README.md`.
    static var documentation: ConditionDocumentation { get }

    /// Conditions of this kind with meetings they match and meetings they do not:
    /// the test suite runs them.
    static var examples: [ConditionExample] { get }

    /// Reads the condition written as `key: node`, reporting every problem to
    /// `reader` with its place; nil when it cannot be read.
    static func parse(_ key: String, _ node: Node, reader: inout NodeReader) -> Self?

    /// Checks what `parse` leaves to first use (a text condition's regular expressions),
    /// reporting a problem to `reader` at `node`: false when there is one. Rules that
    /// Altitude ships skip it; the test suite checks them.
    func checkCompiles(at node: Node, reader: inout NodeReader) -> Bool

    /// The condition as `program` evaluates it: a text condition puts its patterns in
    /// the program's tables and keeps their places.
    func compiled(in program: inout Program) -> Self

    /// Whether it holds for a meeting with these features. `texts` are the
    /// classifier's tables the features' text IDs point into.
    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool

    /// The condition in plain words, true or false as it is for this meeting: what
    /// `altitude explain` and failing examples say.
    func explanation(holds: Bool, in context: ExplanationContext) -> String
}

extension ConditionKind {
    static var needs: FeatureNeeds { [] }

    static var exampleFields: [ExampleField] { [] }

    func compiled(in program: inout Program) -> Self { self }

    func checkCompiles(at node: Node, reader: inout NodeReader) -> Bool { true }
}

/// What the classifier reads off a meeting only when some condition needs it:
/// counting people and reading the clock in the leader's zone cost the most.
struct FeatureNeeds: OptionSet, Sendable {
    let rawValue: UInt8

    /// Who is there, by group, how many, and who organised it.
    static let people = FeatureNeeds(rawValue: 1)
    /// The weekday, start time and working hours in the leader's zone.
    static let time = FeatureNeeds(rawValue: 2)
    /// The series, when a rule names series by UID (labels do): without one, every
    /// occurrence of every series shares one signature as before, and nothing is looked up.
    static let series = FeatureNeeds(rawValue: 4)
}

/// How `Rules/README.md` documents a kind: the table row `| keys | holds when | written |`.
struct ConditionDocumentation: Sendable {
    /// Completes "the condition holds when …".
    var holdsWhen: String
    /// How it is written, one or more ways (`attendees: 2`, `attendees: {min: 3, max: 12}`).
    var written: [String]
}

/// A condition of one kind, as written under `when:` (`attendees: {min: 3, max: 12}`),
/// with example meetings as a rule's `examples:` writes them (`{with: [directs], attendees: 5}`).
struct ConditionExample: Sendable {
    var when: String
    var match: [String]
    var noMatch: [String]
}

/// A key an example meeting is written with, and how its value sets the meeting.
struct ExampleField: Sendable {
    var key: String
    var read: @Sendable (Node, inout ExampleMeeting, inout NodeReader) -> Void
}

/// What an explanation reads: the meeting, the features the classifier decided on,
/// and the text tables those point into.
struct ExplanationContext {
    var instance: MeetingInstance
    var features: Classifier.Features
    var texts: [Classifier.TextTable]
    /// Whether a text condition that fails lists its patterns.
    var detailed: Bool
}

/// A kind written with one key.
protocol SingleKeyCondition: ConditionKind {
    static var key: String { get }
}

extension SingleKeyCondition {
    static var keys: [String] { [key] }
}

/// A kind that holds or not as a meeting has a property or not: `all-day: true`.
protocol FlagCondition: SingleKeyCondition {
    var wanted: Bool { get }
    init(wanted: Bool)
}

extension FlagCondition {
    static func parse(_ key: String, _ node: Node, reader: inout NodeReader) -> Self? {
        reader.bool(node, what: key).map(Self.init(wanted:))
    }

    var description: String { "\(Self.key): \(wanted)" }
}

extension CaseIterable where Self: RawRepresentable, RawValue == String {
    /// Every case by the name rules write it with, its raw value: the choices `NodeReader` offers.
    static var allCasesByName: [(name: String, value: Self)] { allCases.map { ($0.rawValue, $0) } }
}

extension Collection where Element: RawRepresentable, Element.RawValue == String {
    /// The names as `rules show` lists alternatives: `accepted | tentative`.
    var alternatives: String { map(\.rawValue).sorted().joined(separator: " | ") }
}
