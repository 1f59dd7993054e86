import AltitudeModel
import Testing
@testable import AltitudeRules

@Suite("Rule layers")
struct LayerTests {
    let newRule = """
        rules:
          - id: design-crits
            description: Design crits review work in detail.
            when: {title: ['\\bcrit\\b']}
            level: ic
        """

    @Test("A later layer's new rule goes ahead of the earlier layers' rules (after cancelled, declined and free)")
    func newRulesGoFirst() throws {
        let rules = try RuleSet.loading(["a.yaml": newRule]).get()
        let first = rules.rules[RuleSet.noTimeTaken.count]
        #expect(first.id == "design-crits")
        #expect(first.origin.layer == "--rules")
        #expect(rules.rules.count == Shipped.rules.rules.count + 1)
    }

    @Test("The same id replaces the earlier rule in its place")
    func replaceInPlace() throws {
        let text = """
            rules:
              - id: team-ceremonies
                description: Our standups are run by directors.
                when: {title: ['\\bstandup\\b']}
                level: director
            """
        let rules = try RuleSet.loading(["a.yaml": text]).get()
        let index = try #require(rules.rules.firstIndex { $0.id == "team-ceremonies" })
        #expect(index == Shipped.rules.rules.firstIndex { $0.id == "team-ceremonies" })
        #expect(rules.rules[index].outcome == .level(.absolute("director")))
        #expect(rules.rules.count == Shipped.rules.rules.count)
    }

    @Test("disable: true removes a rule; before and after place one exactly")
    func disableAndPlace() throws {
        let text = """
            rules:
              - id: all-hands
                disable: true
              - id: offsite-sessions
                after: all-day
                description: Offsite sessions are the leadership team at work.
                when: {title: ['\\boffsite\\b']}
                level: self+1
              - id: late-night
                before: out-of-office
                description: Late calls are firefighting.
                when: {time: {from: "21:00", to: "24:00"}}
                level: ic
            """
        let rules = try RuleSet.loading(["a.yaml": text]).get()
        let ids = rules.rules.map(\.id)
        #expect(!ids.contains("all-hands"))
        #expect(rules.disabled["all-hands"]?.layer == "--rules")
        #expect(ids.firstIndex(of: "offsite-sessions") == ids.firstIndex(of: "all-day")! + 1)
        #expect(ids.firstIndex(of: "late-night") == ids.firstIndex(of: "out-of-office")! - 1)
    }

    @Test("Cancelled, declined and free are tried before any rule a layer adds ahead, and cannot be disabled or replaced")
    func noTimeTakenComesFirst() throws {
        let ahead = """
            rules:
              - id: standups-are-ic
                before: cancelled
                description: Every standup is IC work for this leader.
                when: {title: standup}
                level: ic
            """
        let rules = try RuleSet.loading(["a.yaml": ahead]).get()
        #expect(Array(rules.rules.map(\.id).prefix(4)) == ["cancelled", "declined", "free-time", "standups-are-ic"])
        var classifier = Classifier(rules: rules, profile: profile())
        #expect(classifier.classify(meeting("Payments standup", response: .declined)).rule == "declined")
        #expect(classifier.explain(meeting("Payments standup", response: .declined)).classification.relation == .excluded)
        #expect(classifier.classify(meeting("Payments standup", response: .accepted)).rule == "standups-are-ic")

        for (id, change) in [("declined", "disable: true"), ("free-time", "description: x\n    when: {title: x}\n    level: ic")] {
            let result = RuleSet.loading(["b.yaml": "rules:\n  - id: \(id)\n    \(change)\n"])
            guard case .failure(let errors) = result else {
                Issue.record("\(id): \(change) was accepted")
                continue
            }
            #expect(errors.description.contains("“\(id)” cannot be"))
        }
    }

    @Test("A later layer can bring its own ladder")
    func customLadder() throws {
        let text = """
            ladder:
              - {level: doer, description: Does the work., examples: [coding]}
              - {level: lead, description: Leads a team., examples: [standups]}
              - {level: head, description: Heads a function., examples: [strategy]}
            rules:
              - id: code
                description: Coding.
                when: {title: code}
                level: doer
            """
        // The shipped rules name levels this ladder lacks: each is reported.
        let errors = RuleSet.loading(["a.yaml": text]).messages
        #expect(errors.contains { $0.contains("“manager” is not a level on the ladder") })
        let standalone = Result { () throws(ConfigErrors) in try RuleSet.load([RuleLayer(name: "mine", files: [.init(path: "a.yaml", text: text)])]) }
        #expect(try standalone.get().ladder.names == ["doer", "lead", "head"])
    }
}

@Suite("Rules file errors")
struct RuleErrorTests {
    func errors(_ text: String) -> [String] { RuleSet.loading(["bad.yaml": text]).messages }

    @Test("An unknown key is reported with its line, column and the nearest known key")
    func unknownKey() {
        let found = errors("rules:\n  - id: x\n    descripion: typo\n    when: {title: x}\n    level: ic\n")
        #expect(found.contains { $0.hasPrefix("bad.yaml:3:5: error: unknown key “descripion” in a rule") && $0.contains("did you mean “description”?") })
    }

    @Test("A pattern that does not compile is reported where it is")
    func badPattern() {
        let found = errors("rules:\n  - id: x\n    description: d\n    when: {title: 'c++('}\n    level: ic\n")
        #expect(found.contains { $0.hasPrefix("bad.yaml:4:") && $0.contains("“c++(” is not a pattern that compiles") })
    }

    @Test("A level not on the ladder is reported with a suggestion")
    func unknownLevel() {
        let found = errors("rules:\n  - id: x\n    description: d\n    when: {title: x}\n    level: directr\n")
        #expect(found.contains { $0.hasPrefix("bad.yaml:5:12:") && $0.contains("did you mean “director”?") })
    }

    @Test("A recurring value that is no flag or frequency is reported where it is, with the nearest one or the choices")
    func badRecurrence() {
        let typo = errors("rules:\n  - id: x\n    description: d\n    when: {recurring: wekly}\n    level: ic\n")
        #expect(typo.contains { $0.hasPrefix("bad.yaml:4:23: error: “wekly” is not a valid value for recurring")
                    && $0.contains("did you mean “weekly”?") }, "\(typo)")
        let listed = errors("rules:\n  - id: x\n    description: d\n    when:\n      recurring: [monthly, fortnightly]\n    level: ic\n")
        #expect(listed.contains { $0.hasPrefix("bad.yaml:5:18:") && $0.contains("“fortnightly”")
                    && $0.contains("true, false, secondly") }, "\(listed)")
        #expect(errors("rules:\n  - id: x\n    description: d\n    when: {recurring: yes}\n    level: ic\n").isEmpty, "yes is true")
    }

    @Test("An unknown attendee group is reported with a suggestion")
    func unknownGroup() {
        let found = errors("rules:\n  - id: x\n    description: d\n    when: {with: direct}\n    level: ic\n")
        #expect(found.contains { $0.contains("“direct” is not a valid group") && $0.contains("did you mean “directs”?") })
    }

    @Test("A duplicate id, an empty rule and a rule without a condition are each reported")
    func structure() {
        let found = errors("""
            rules:
              - id: x
                description: d
                when: {title: x}
                level: ic
              - id: x
                description: again
                when: {title: y}
                level: ic
              - id: empty
                description: d
                when: {}
                level: ic
              - id: nothing
                description: d
                level: ic
            """)
        #expect(found.contains { $0.hasPrefix("bad.yaml:6:") && $0.contains("used twice") })
        #expect(found.contains { $0.hasPrefix("bad.yaml:12:") && $0.contains("is empty: it would match every meeting") })
        #expect(found.contains { $0.contains("rule “nothing” has no `when:` condition") })
    }

    @Test("Invalid YAML is reported with line and column, and nothing is loaded")
    func invalidYAML() {
        let result = RuleSet.loading(["bad.yaml": "rules:\n  - id: x\n   description: [unclosed\n"])
        #expect(result.messages.contains { $0.hasPrefix("bad.yaml:") && $0.contains("not valid YAML") })
        if case .success = result { Issue.record("a broken file must not load") }
    }

    @Test("Disabling a rule that does not exist is reported with a suggestion")
    func disableUnknown() {
        let found = errors("rules:\n  - id: team-ceremony\n    disable: true\n")
        #expect(found.contains { $0.contains("there is no rule “team-ceremony” to disable") && $0.contains("did you mean “team-ceremonies”?") })
    }
}

@Suite("Profile")
struct ProfileTests {
    let validProfile = """
        name: Maya Castellanos
        email: Maya.Castellanos@lumen.example
        aliases: [maya@lumen.example]
        level: vp
        timezone: America/New_York
        promoted: 2026-06-01
        organization: [lumen.example]
        manager: Daniel Reiter <daniel.reiter@lumen.example>
        directs: [ana.lima@lumen.example, raj.iyer@lumen.example]
        peers: [lena.park@lumen.example]
        working_hours: {start: "08:30", end: "18:00", days: [mon, tue, wed, thu, fri]}
        target: 25%
        """

    @Test("A valid profile loads, addresses lower-cased, the target as a share")
    func loadsValid() throws {
        let loaded = try ProfileLoader.parse(validProfile, file: "profile.yaml", ladder: Shipped.rules.ladder)
        #expect(loaded.email == "maya.castellanos@lumen.example")
        #expect(loaded.manager == "daniel.reiter@lumen.example")
        #expect(loaded.workingHours.start == 510 && loaded.workingHours.days.count == 5)
        #expect(loaded.target == 0.25)
        #expect(loaded.promoted == CivilDate(year: 2026, month: 6, day: 1))
        #expect(loaded.group(of: "ANA.LIMA@lumen.example") == .directs)
        #expect(loaded.group(of: "someone@lumen.example") == .others)
        #expect(loaded.group(of: "someone@acme.example") == .external)
    }

    @Test("Each bad value is reported with file, line and column", arguments: [
        ("timezone: America/New_York", "timezone: Mars/Olympus", "profile.yaml:5:11:", "not a time zone"),
        ("promoted: 2026-06-01", "promoted: June 1st", "profile.yaml:6:11:", "YYYY-MM-DD"),
        ("level: vp", "level: veep", "profile.yaml:4:8:", "not a level on the ladder"),
        ("target: 25%", "target: 250%", "profile.yaml:12:9:", "target should be"),
        ("name: Maya Castellanos", "nmae: Maya Castellanos", "profile.yaml:1:1:", "did you mean “name”?"),
        ("days: [mon, tue, wed, thu, fri]", "days: [mon, tue, wed, thu, fry]", "profile.yaml:11:", "did you mean “fri”?"),
    ])
    func badValues(original: String, replacement: String, location: String, message: String) {
        let text = validProfile.replacingOccurrences(of: original, with: replacement)
        do {
            _ = try ProfileLoader.parse(text, file: "profile.yaml", ladder: Shipped.rules.ladder)
            Issue.record("\(replacement) should be refused")
        } catch {
            #expect(error.errors.contains { $0.description.hasPrefix(location) && $0.description.contains(message) },
                    "\(error.description)")
        }
    }

    @Test("The template altitude init writes is a valid profile")
    func template() throws {
        _ = try ProfileLoader.parse(ProfileLoader.template, file: "template", ladder: Shipped.rules.ladder)
    }
}
