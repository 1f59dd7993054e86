import AltitudeModel
import AltitudeReporters
import AltitudeRules
import AltitudeStore
import Foundation

/// Commitments as typed or written, made into ones the calendar can be measured
/// against: a title into the series it names now (so a later rename still matches),
/// a name into a person's address, a bare name into a category, level or rule.
struct CommitmentResolver {
    let calendar: LoadedCalendar
    let leader: LeaderContext

    /// What is wrong, and what to do.
    struct Problem: Error {
        var message: String
        var hint: String?
    }

    func resolve(_ terms: CommitmentTerms) throws(Problem) -> Commitment.Kind {
        switch terms {
        case .stop(let named): .stop(try series(named))
        case .handOff(let named, let person): .handOff(try series(named), to: try self.person(person))
        case .limit(let subject, let seconds): .limit(try self.subject(subject), seconds: seconds)
        case .protectFocus(let blocks, let minimum): .protectFocus(blocks: blocks, minimumSeconds: minimum)
        case .holdShare(let share): .holdShare(share)
        }
    }

    /// The series a title or UID names in the calendar; a title that names none is a problem, with the titles it is close to.
    func series(_ named: CommitmentTerms.Series) throws(Problem) -> SeriesMatch {
        switch named {
        case .uid(let uid):
            guard let latest = calendar.instances.last(where: { $0.seriesID == uid || $0.uid == uid }) else {
                throw Problem(message: "no meeting in the calendar has the UID \(uid)",
                              hint: "`altitude events --format csv` lists each meeting's uid")
            }
            return SeriesMatch(title: latest.title, seriesIDs: [latest.seriesID], byTitle: false)
        case .title(let title):
            let matching = calendar.instances.filter { SeriesMatch.sameTitle($0.title, title) }
            guard !matching.isEmpty else {
                let titles = Set(calendar.instances.map(\.title))
                let containing = titles.filter { $0.lowercased().contains(SeriesMatch.normalized(title)) }.sorted().prefix(3)
                let hint = !containing.isEmpty ? "titles containing it: " + containing.map { "“\($0)”" }.joined(separator: ", ")
                    : Spelling.suggestion(for: title, among: titles).map { "did you mean “\($0)”?" }
                throw Problem(message: "no meeting in the calendar is titled “\(title)”",
                              hint: hint ?? "`altitude events` lists the meetings; uid:UID names a series by its UID")
            }
            var ids: [String] = []
            for instance in matching where !ids.contains(instance.seriesID) { ids.append(instance.seriesID) }
            return SeriesMatch(title: title, seriesIDs: ids, byTitle: true)
        }
    }

    /// An address the calendar or org chart knows, or a name that is one person's there (a direct report's first).
    func person(_ text: String) throws(Problem) -> CommittedPerson {
        var known: [String: String] = [:]
        var seen: Set<String> = []
        for instance in calendar.instances {
            if let organizer = instance.organizer {
                seen.insert(organizer.email.lowercased())
                if let name = organizer.name, !name.isEmpty { known[organizer.email.lowercased()] = name }
            }
            for attendee in instance.attendees {
                seen.insert(attendee.email.lowercased())
                if let name = attendee.name, !name.isEmpty { known[attendee.email.lowercased()] = name }
            }
        }
        for person in leader.profile.orgChart?.people ?? [] {
            seen.insert(person.email)
            if !person.name.isEmpty { known[person.email] = person.name }
        }
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if typed.contains("@") {
            guard seen.contains(typed) || leader.profile.group(of: typed) == .directs else {
                throw Problem(message: "\(text) is on none of the calendar's meetings, nor in the org chart",
                              hint: "check the address (`altitude events --format csv` lists attendees)")
            }
            return CommittedPerson(email: typed, name: known[typed])
        }
        let words = typed.split(separator: " ")
        let exact = known.filter { $0.value.lowercased() == typed }
        let byWord = known.filter { _, name in
            let parts = name.lowercased().split(separator: " ")
            return words.count == 1 ? parts.contains(words[0]) : parts.starts(with: words)
        }
        var matches = exact.isEmpty ? byWord : exact
        let directs = matches.filter { leader.profile.group(of: $0.key) == .directs }
        if !directs.isEmpty { matches = directs }
        guard matches.count == 1, let (email, name) = matches.first else {
            throw Problem(message: matches.isEmpty ? "no one called “\(text)” is on the calendar's meetings or in the org chart"
                              : "“\(text)” could be " + matches.sorted { $0.value < $1.value }.prefix(4).map { "\($0.value) <\($0.key)>" }
                                  .joined(separator: ", "),
                          hint: "give their address")
        }
        return CommittedPerson(email: email, name: name)
    }

    /// A limit's subject checked against the rules: a bare name is a category, else a level, else a rule, else a word
    /// the calendar's titles contain (the outputs then say "meetings titled like …", so it is plain which it was).
    func subject(_ subject: LimitSubject) throws(Problem) -> LimitSubject {
        let rules = leader.rules
        let categories = Set(rules.rules.compactMap(\.category))
        let levels = rules.ladder.names
        let ids = rules.rules.map(\.id)
        func check(_ name: String, among names: some Collection<String>, what: String) throws(Problem) -> String {
            if names.contains(name) { return name }
            if let same = names.first(where: { $0.lowercased() == name.lowercased() }) { return same }
            throw Problem(message: "“\(name)” is not a \(what) of the rules",
                          hint: Spelling.suggestion(for: name, among: names).map { "did you mean “\($0)”?" } ?? "`altitude rules list` shows them")
        }
        switch subject {
        case .category(let name): return .category(try check(name, among: categories, what: "category"))
        case .level(let name): return .level(try check(name, among: levels, what: "level"))
        case .rule(let name): return .rule(try check(name, among: ids, what: "rule"))
        case .title: return subject
        case .named(let name):
            if let found = try? check(name, among: categories, what: "category") { return .category(found) }
            if let found = try? check(name, among: levels, what: "level") { return .level(found) }
            if let found = try? check(name, among: ids, what: "rule") { return .rule(found) }
            // Else a word of the calendar's titles ("interviews": the meetings titled "Interview: …"), singular or plural.
            let titles = calendar.instances.map { $0.title.lowercased() }
            for word in [name, name.hasSuffix("s") ? String(name.dropLast()) : nil].compactMap({ $0?.lowercased() }) where word.count >= 3 {
                if titles.contains(where: { $0.contains(word) }) { return .title(word) }
            }
            let used = Set(calendar.classifications?.compactMap(\.category) ?? [])
            let suggestion = Spelling.suggestion(for: name, among: Array(categories) + levels + ids)
            throw Problem(message: "“\(name)” is no category, level or rule of the rules, nor in a meeting's title",
                          hint: (suggestion.map { "did you mean “\($0)”? " } ?? "")
                              + "the categories of the calendar's meetings: \((used.isEmpty ? categories : used).sorted().joined(separator: ", "))")
        }
    }

    /// What a series match found in the calendar, for the receipt that says which series a title named.
    func found(_ series: SeriesMatch) -> SeriesFound {
        let zone = leader.profile.timeZone
        let meetings = calendar.instances.filter(series.matches)
        return SeriesFound(title: series.title, uids: series.seriesIDs, meetings: meetings.count,
                           first: meetings.first.map { zone.localDate(of: $0.start) }, last: meetings.last.map { zone.localDate(of: $0.start) })
    }
}

extension Workspace {
    /// `$XDG_CONFIG_HOME/altitude/clients/NAME/commitments.yaml`: a client's commitments kept by hand, beside its rules.
    public func commitmentsFile(_ client: ClientName) -> String { configDirectory + "/clients/\(client.name)/commitments.yaml" }

    /// The commitments in the client's commitments.yaml, resolved against the calendar
    /// (those made at sessions come with the sessions, from the store).
    func writtenCommitments(of calendar: LoadedCalendar, leader: LeaderContext) throws -> [Commitment] {
        var commitments: [Commitment] = []
        let path = commitmentsFile(calendar.client)
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigErrors([ConfigError(file: path, message: "cannot be read (permission denied?): the commitments in it would be missing")])
        }
        let resolver = CommitmentResolver(calendar: calendar, leader: leader)
        var errors: [ConfigError] = []
        let name = URL(fileURLWithPath: path).lastPathComponent
        for written in try CommitmentsLoader.parse(String(decoding: data, as: UTF8.self), file: path) {
            do {
                commitments.append(Commitment(id: "\(name):\(written.line ?? 0)", kind: try resolver.resolve(written.terms), since: written.since,
                                              ended: written.ended))
            } catch {
                errors.append(ConfigError(file: path, line: written.line, column: written.column, message: error.message, hint: error.hint))
            }
        }
        guard errors.isEmpty else { throw ConfigErrors(errors) }
        return commitments
    }

    /// Records a coaching session with the client (today when no date is given), the
    /// commitments agreed at it — each resolved against the client's calendar now, so
    /// the receipt can say which series a title named — and ends the commitments `ending`.
    public func recordSession(client: ClientName, date: CivilDate?, note: String?, commitments terms: [CommitmentTerms] = [],
                              ending: [Int64] = [], future: Bool = false) throws -> SessionReceipt {
        let store = try openExistingStore()
        try requireClient(client, in: store)
        let day = date ?? today
        // A date after today is a mistyped one until the coach says otherwise (`future`):
        // "since the last session" would count from a session that has not happened.
        if day > today, !future {
            throw Failure(.usage, "\(day) is \(day.dayNumber - today.dayNumber) days after today (\(today)): "
                          + "a session is recorded once it has happened; check the date, or give --yes to record it anyway")
        }
        var commitments: [Commitment] = []
        var found: [SeriesFound?] = []
        if !terms.isEmpty {
            let calendar = try loadCalendar(CalendarQuery(), for: LeaderSelection(client: client), requireProfile: true, store: store)
            let (leader, _) = try calendar.classified()
            let resolver = CommitmentResolver(calendar: calendar, leader: leader)
            for term in terms {
                do {
                    let kind = try resolver.resolve(term)
                    let commitment = Commitment(id: "", kind: kind, since: day)
                    commitments.append(commitment)
                    found.append(commitment.series.map(resolver.found))
                } catch {
                    throw Failure(.usage, "--commit: \(error.message)" + (error.hint.map { "; \($0)" } ?? ""))
                }
            }
        }
        switch try store.recordSession(CoachingSession(date: day, note: note, commitments: commitments), ending: ending, client: client.name,
                                       at: now) {
        case .recorded(let session, let ended):
            return SessionReceipt(client: client.name, session: session, ended: ended, series: found)
        case .noClient:
            throw try Self.unknownClient(client, in: store)
        case .notInForce(let numbers):
            throw Failure(.usage, "--end: " + numbers.map { "#\($0)" }.joined(separator: ", ")
                          + " \(numbers.count == 1 ? "is no commitment" : "are no commitments") of \(client)'s in force; "
                          + "`altitude sessions list --client \(client)` lists them")
        }
    }
}
