import Foundation
import Testing

/// Where results go (`-o/--output` and standard output), and how a failure to
/// write ends: a message naming where, and an exit code, never a crash.
@Suite("Output destinations and exit codes")
struct OutputTests {
    let calendar = AltitudeProcess.fixture("event_recurid_moved.ics")
    let window = ["--from", "2026-03-01", "--to", "2026-04-01", "--timezone", "UTC"]

    @Test("A full disk on standard output is exit 74 with a message, not a crash")
    func fullStandardOutput() throws {
        let outcome = try AltitudeProcess.shell("\"$ALTITUDE\" events '\(calendar)' --format csv \(window.joined(separator: " ")) > /dev/full")
        #expect(outcome.status == 74, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("cannot write standard output: the disk is full"))
    }

    @Test("A closed standard output is exit 74 with a message, not a crash")
    func closedStandardOutput() throws {
        let outcome = try AltitudeProcess.shell("\"$ALTITUDE\" events '\(calendar)' \(window.joined(separator: " ")) >&-")
        #expect(outcome.status == 74, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("cannot write standard output"))
    }

    @Test("--output through a symbolic link writes its target and keeps the link")
    func symlink() throws {
        let store = TestStore()
        let target = store.file("real.csv")
        let link = store.file("link.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let outcome = try AltitudeProcess.run(["events", calendar, "--format", "csv", "-o", link] + window)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("uid,"))
    }

    @Test("--output to a FIFO streams into it instead of replacing it")
    func fifo() throws {
        let store = TestStore()
        let fifo = store.file("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let outcome = try AltitudeProcess.shell("cat '\(fifo)' > '\(store.file("read.csv"))' & "
            + "\"$ALTITUDE\" events '\(calendar)' --format csv -o '\(fifo)' \(window.joined(separator: " ")); status=$?; wait; exit $status")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(try String(contentsOfFile: store.file("read.csv"), encoding: .utf8).hasPrefix("uid,"))
    }

    @Test("--output into a directory that does not exist is refused (73), and no directory is made")
    func missingDirectory() throws {
        let store = TestStore()
        let path = store.file("missing/dir/x.txt")
        let outcome = try AltitudeProcess.run(["events", calendar, "-o", path] + window)
        #expect(outcome.status == 73, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("cannot write \(path): its directory \(store.file("missing/dir")) does not exist: create it first"))
        #expect(!FileManager.default.fileExists(atPath: store.file("missing")))
    }

    @Test("--output naming a directory is refused (73) and the directory is left alone")
    func directory() throws {
        let store = TestStore()
        let outcome = try AltitudeProcess.run(["events", calendar, "-o", store.directory.path] + window)
        #expect(outcome.status == 73)
        #expect(outcome.stderr.contains("\(store.directory.path): is a directory"))
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: store.directory.path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    @Test("A directory given as the calendar is input that cannot be read: 66, as --help says")
    func directoryAsInput() throws {
        let store = TestStore()
        let outcome = try AltitudeProcess.run(["events", store.directory.path])
        #expect(outcome.status == 66)
        #expect(outcome.stderr.contains("is a directory"))
    }

    @Test("ALTITUDE_NOW that does not parse is a usage error, not the real clock")
    func badNow() throws {
        let outcome = try AltitudeProcess.run(["events", calendar], environment: ["ALTITUDE_NOW": "next tuesday"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("ALTITUDE_NOW “next tuesday”"))
    }

    @Test("rules list, rules show, sources and explain write to -o like report does")
    func everyListingTakesOutput() throws {
        let store = TestStore()
        let path = store.file("rules.csv")
        let outcome = try store.run(["rules", "list", "--format", "csv", "-o", path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("wrote the rules to \(path)"))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("team-ceremonies"))
    }
}

@Suite("Report windows and weeks")
struct ReportWindowTests {
    let sample = ["SampleData/vp-google.ics", "SampleData/vp-outlook.ics", "--profile", "SampleData/profile.yaml"]
        .map { $0.hasPrefix("--") ? $0 : AltitudeProcess.repositoryRoot.appendingPathComponent($0).path }

    @Test("--from inside a reported week is refused, naming the week and the day to give instead")
    func fromCutsAWeek() throws {
        let outcome = try AltitudeProcess.run(["report"] + sample + ["--week", "2026-W47", "--weeks", "1", "--from", "2026-11-18"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--from 2026-11-18 (in 2026-W47) is after the start of 2026-W47 (2026-11-16 to 2026-11-22)"))
        #expect(outcome.stderr.contains("give --from 2026-11-16 or earlier"))
        let whole = try AltitudeProcess.run(["report"] + sample + ["--week", "2026-W47", "--weeks", "1", "--from", "2026-11-16"])
        #expect(whole.status == 0, "\(whole.stderr)")
    }

    @Test("A --from after the window's first week says which week that is, and that --from's own week is another")
    func fromAfterTheWindowStart() throws {
        let outcome = try AltitudeProcess.run(["report"] + sample + ["--week", "2026-W48", "--weeks", "12", "--from", "2026-09-28"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--from 2026-09-28 (in 2026-W40) is after the start of 2026-W37 (2026-09-07 to 2026-09-13), "
                                        + "the first week the report covers — the 12 weeks that end with 2026-W48 start there"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("give --from 2026-09-07 or earlier, fewer --weeks, or leave --from out"))
    }

    @Test("With --weeks all, a --from long before the calendar cuts nothing; one inside its first week does")
    func fromWithAllWeeks() throws {
        let early = try AltitudeProcess.run(["trends"] + sample + ["--week", "2026-W47", "--weeks", "all", "--from", "1970-01-01",
                                                                   "--format", "csv"])
        #expect(early.status == 0, "\(early.stderr)")
        // The first week of the SampleData's data: its series reach back to January, its single events to 2026-05-25.
        #expect(early.stdout.split(separator: "\r\n")[1].hasPrefix("2026-W22,2026-05-25,"))
        let inside = try AltitudeProcess.run(["trends"] + sample + ["--week", "2026-W47", "--weeks", "all", "--from", "2026-05-27"])
        #expect(inside.status == 64)
        #expect(inside.stderr.contains("--from 2026-05-27 (in 2026-W22) is after the start of 2026-W22 (2026-05-25 to 2026-05-31)"),
                "\(inside.stderr)")
        let beforeTheData = try AltitudeProcess.run(["trends"] + sample + ["--week", "2026-W47", "--weeks", "all", "--from", "2026-01-07"])
        #expect(beforeTheData.status == 0, "a --from before the data cuts no week the report covers: \(beforeTheData.stderr)")
    }

    @Test("--to before the reported week ends is refused")
    func toCutsTheWeek() throws {
        let outcome = try AltitudeProcess.run(["trends"] + sample + ["--week", "2026-W47", "--to", "2026-11-20"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("give --to 2026-11-23 or later"))
    }

    @Test("A week the year does not have says which weeks it has")
    func noSuchWeek() throws {
        let outcome = try AltitudeProcess.run(["report"] + sample + ["--week", "2026-W54"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("no week 54 in 2026: its weeks are 2026-W01 to 2026-W53"))
    }
}

@Suite("CSV from hostile calendar text")
struct CSVNeutralisationTests {
    @Test("A title a spreadsheet would run as a formula is written as text; plain numbers are left alone")
    func formulaTitles() throws {
        let store = TestStore()
        var events = ""
        for (index, title) in ["=HYPERLINK(\"http://x.example\",\"hi\")", "+1 sync", "-2 review", "@channel call", "Plain title"].enumerated() {
            events += """
            BEGIN:VEVENT\r\nUID:formula-\(index)@example.com\r\nDTSTAMP:20260301T000000Z\r\nDTSTART:2026030\(index + 2)T100000Z\r
            DTEND:2026030\(index + 2)T110000Z\r\nSUMMARY:\(title)\r\nEND:VEVENT\r\n
            """
        }
        let path = try store.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n\(events)END:VCALENDAR\r\n", to: "formula_titles.ics")
        let outcome = try AltitudeProcess.run(["events", path, "--format", "csv", "--from", "2026-03-01", "--to", "2026-04-01"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains(#","'=HYPERLINK(""http://x.example"",""hi"")","#))
        #expect(outcome.stdout.contains(",\"'+1 sync\","))
        #expect(outcome.stdout.contains(",\"'-2 review\","))
        #expect(outcome.stdout.contains(",\"'@channel call\","))
        #expect(outcome.stdout.contains(",Plain title,"))
        for line in outcome.stdout.split(separator: "\r\n").dropFirst() {
            let title = line.split(separator: ",", omittingEmptySubsequences: false)[5]
            #expect(!"=+-@\t".contains(title.first ?? " "), "\(line)")
        }
    }
}

@Suite("A profile whose address matches nobody")
struct OwnerAddressTests {
    @Test("report, events and import say so even with --quiet, naming the likely owner; a right address says nothing")
    func typoInEmail() throws {
        let store = TestStore()
        let sample = ["SampleData/vp-google.ics", "SampleData/vp-outlook.ics"].map { AltitudeProcess.repositoryRoot.appendingPathComponent($0).path }
        let original = try String(contentsOfFile: AltitudeProcess.repositoryRoot.appendingPathComponent("SampleData/profile.yaml").path,
                                  encoding: .utf8)
        let typo = original.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("aliases:") }
            .joined(separator: "\n").replacingOccurrences(of: "email: maya.castellanos@lumen.example", with: "email: maya.typo@lumen.example")
        #expect(typo != original)
        let profile = try store.write(typo, to: "typo.yaml")
        for command in [["report"] + sample + ["--week", "2026-W47"], ["events"] + sample + ["--from", "2026-11-16", "--to", "2026-11-23"],
                        ["import"] + sample] {
            let outcome = try store.run(command + ["--profile", profile, "--quiet"])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(outcome.stderr.contains("\(profile): warning: maya.typo@lumen.example organises or attends none of the"), "\(command[0])")
            #expect(outcome.stderr.contains("most meetings are organised by maya.castellanos@lumen.example"), "\(command[0])")
        }
        let right = try store.write(original, to: "right.yaml")
        let fine = try store.run(["report"] + sample + ["--week", "2026-W47", "--profile", right, "--quiet"])
        #expect(fine.status == 0)
        #expect(fine.stderr.isEmpty, "\(fine.stderr)")
    }
}

@Suite("Exit codes agree with --help")
struct HelpExitCodeTests {
    let calendar = AltitudeProcess.fixture("event_recurid_moved.ics")

    @Test("An unknown name is a usage error in forget and rules show alike; a missing --profile is missing input")
    func unknownNames() throws {
        let store = TestStore()
        #expect(try store.run(["import", calendar]).status == 0)
        let forget = try store.run(["forget", "no-such-source"])
        #expect(forget.status == 64, "\(forget.stderr)")
        let show = try store.run(["rules", "show", "team-ceremony"])
        #expect(show.status == 64)
        #expect(show.stderr.contains("did you mean “team-ceremonies”?"))
        let profile = try store.run(["report", calendar, "--profile", store.file("missing.yaml")])
        #expect(profile.status == 66)
        #expect(profile.stderr.contains("missing.yaml: no such profile"))
    }

    @Test("--weeks -3 says what --weeks takes, not that the value is missing")
    func negativeWeeks() throws {
        let outcome = try AltitudeProcess.run(["report", calendar, "--weeks", "-3"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--weeks -3: give a number of weeks from 1 to 5,200, or all"))
    }

    @Test("--timezone with a zone that does not exist names it")
    func unknownZone() throws {
        let outcome = try AltitudeProcess.run(["events", calendar, "--timezone", "Mars/Base"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("unknown time zone “Mars/Base”"))
    }
}

@Suite("events JSON schema")
struct EventsJSONSchemaTests {
    @Test("Every instance, organizer and attendee has every key, null where there is no value")
    func everyKey() throws {
        let outcome = try AltitudeProcess.run(["events", AltitudeProcess.fixture("attendees_and_owner.ics"), "--format", "json",
                                               "--from", "2026-01-01", "--to", "2027-01-01", "--timezone", "UTC"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let instances = try #require(document["instances"] as? [[String: Any]])
        #expect(!instances.isEmpty)
        let keys: Set = ["uid", "recurrenceId", "seriesId", "start", "end", "allDay", "title", "location", "description", "organizer",
                         "attendees", "myStatus", "status", "transparency", "categories", "recurring", "calendar", "sequence", "line",
                         "level", "relation", "category", "rule", "evidence"]
        for instance in instances {
            #expect(Set(instance.keys) == keys)
            #expect(instance["level"] is NSNull && instance["calendar"] is NSNull)
            for attendee in try #require(instance["attendees"] as? [[String: Any]]) {
                #expect(Set(attendee.keys) == ["email", "name", "role", "status", "kind"])
            }
        }
        let unnamed = instances.flatMap { ($0["attendees"] as? [[String: Any]]) ?? [] }.first { $0["email"] as? String == "ben@lumen.example" }
        #expect(try #require(unnamed)["name"] is NSNull)
    }
}

@Suite("Flags mean the same everywhere")
struct ConsistentFlagTests {
    let sample = AltitudeProcess.repositoryRoot.appendingPathComponent("SampleData").path

    @Test("explain, rules show and clients take --format json; clients takes no --client it would ignore")
    func formatsEverywhere() throws {
        let explain = try AltitudeProcess.run(["explain", "Payments standup", sample + "/vp-google.ics", "--profile", sample + "/profile.yaml",
                                               "--from", "2026-06-01", "--to", "2026-06-08", "--format", "json"])
        #expect(explain.status == 0, "\(explain.stderr)")
        let groups = try #require(try JSONSerialization.jsonObject(with: Data(explain.stdout.utf8)) as? [[String: Any]])
        #expect(groups.first?["rule"] as? String == "team-ceremonies")
        #expect(groups.first?["relation"] as? String == "below")
        #expect((groups.first?["steps"] as? [[String: Any]])?.first?["rule"] as? String == "cancelled")

        let show = try AltitudeProcess.run(["rules", "show", "team-ceremonies", "--format", "json"])
        let rule = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(rule["level"] as? String == "manager" && rule["kind"] as? String == "rule")
        #expect(rule["advice"] is NSNull)

        let store = TestStore()
        #expect(try store.run(["import", AltitudeProcess.fixture("event_recurid_moved.ics"), "--client", "acme"]).status == 0)
        let clients = try store.run(["clients", "--format", "json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(clients.stdout.utf8)) as? [[String: Any]])
        #expect(list.first?["client"] as? String == "acme" && list.first?["sources"] as? Int == 1)
        #expect(try store.run(["clients", "--format", "csv"]).stdout == "client,sources,profile_stored\r\nacme,1,false\r\n")
        #expect(try store.run(["clients", "--client", "acme"]).status == 64)
    }
}

@Suite("What a binary-only user can read")
struct SelfContainedHelpTests {
    @Test("rules doc prints the rules format from the binary; rules --help points there, not at a repository file")
    func rulesDoc() throws {
        let doc = try AltitudeProcess.run(["rules", "doc"])
        #expect(doc.status == 0)
        #expect(doc.stdout.hasPrefix("# Rules"))
        #expect(doc.stdout.contains("## Conditions") && doc.stdout.contains("only-with"))
        let help = try AltitudeProcess.run(["rules", "--help"])
        #expect(help.stdout.contains("altitude rules doc"))
        #expect(!help.stdout.contains("Rules/README.md"))
    }

    @Test("sources shows its times with their offset from UTC")
    func sourceTimesHaveZones() throws {
        let store = TestStore()
        #expect(try store.run(["import", AltitudeProcess.fixture("event_recurid_moved.ics")]).status == 0)
        let outcome = try AltitudeProcess.run(["sources"], environment: store.environment.merging(["TZ": "Asia/Kolkata"]) { $1 })
        #expect(outcome.stdout.contains("imported 2026-03-02 17:30 +05:30 (checked 2026-03-02 17:30 +05:30)"), "\(outcome.stdout)")
    }
}

@Suite("Progress on long work")
struct ProgressTests {
    /// Runs `arguments` under script(1), so stderr is a real pseudo-terminal; returns what the terminal saw.
    static func onTerminal(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, screen: String) {
        let command = ([AltitudeProcess.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            .joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.environment = ["PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "TZ": "UTC", "ALTITUDE_NOW": "2026-03-02T12:00:00Z",
                               "HOME": NSTemporaryDirectory()].merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let screen = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, screen)
    }

    @Test("import shows what it is doing on a terminal and clears it; piped, and with --quiet, it shows nothing")
    func importProgress() throws {
        let store = TestStore()
        let calendar = AltitudeProcess.repositoryRoot.appendingPathComponent("SampleData/vp-google.ics").path
        let terminal = try Self.onTerminal(["import", calendar], environment: store.environment)
        #expect(terminal.status == 0)
        #expect(terminal.screen.contains("altitude: parsing \(calendar)"))
        #expect(terminal.screen.contains("altitude: storing"))
        #expect(terminal.screen.contains("\r\u{1B}[2K"))
        let quiet = try Self.onTerminal(["import", calendar, "--quiet", "--client", "other"], environment: store.environment)
        #expect(!quiet.screen.contains("parsing"))
        let piped = try store.run(["import", calendar, "--client", "third"])
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("parsing") && !piped.stderr.contains("\u{1B}"))
    }
}

@Suite("Interrupting an import")
struct InterruptTests {
    /// Starts `altitude arguments` with a standard input that stays open, so it is still reading when the signal comes.
    static func interrupted(_ arguments: [String], environment: [String: String], after delay: TimeInterval,
                            executable: URL = AltitudeProcess.binary) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "TZ": "UTC", "ALTITUDE_NOW": "2026-03-02T12:00:00Z", "HOME": NSTemporaryDirectory()]
            .merging(environment) { $1 }
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGINT)
        // A run that does not end on Ctrl-C is a failure, not a test that hangs.
        if finished.wait(timeout: .now() + 20) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        try input.fileHandleForWriting.close()
        return (process.terminationStatus, stderr)
    }

    @Test("Ctrl-C while an import reads says nothing was imported, ends with 130, and leaves the store as it was")
    func interruptedImport() throws {
        let store = TestStore()
        #expect(try store.run(["import", AltitudeProcess.fixture("event_recurid_moved.ics")]).status == 0)
        let before = try store.run(["sources"]).stdout
        let outcome = try Self.interrupted(["import", "-", "--name", "piped"], environment: store.environment, after: 1.5)
        #expect(outcome.status == 130, "\(outcome.stderr)")
        #expect(outcome.stderr == "altitude: interrupted: nothing was imported; the store is as it was\n", "\(outcome.stderr.debugDescription)")
        #expect(try store.run(["sources"]).stdout == before)
    }

    @Test("On a terminal the status line is cleared before it says so (run under script(1))")
    func interruptedOnTerminal() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"))
        let store = TestStore()
        let calendar = try store.write(CalendarText.large(series: 2, oneOffs: 2), to: "feed.ics")
        let server = try FeedServer(calendar: try String(contentsOfFile: calendar, encoding: .utf8), in: store)
        // The server answers /slow after 30 seconds: the import is fetching, its status line on the screen.
        let command = "\(AltitudeProcess.binary.path) import '\(server.url("/slow"))'"
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        script.arguments = ["-qec", command, "/dev/null"]
        script.environment = ["PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "TZ": "UTC", "ALTITUDE_NOW": "2026-03-02T12:00:00Z",
                              "HOME": NSTemporaryDirectory()].merging(store.environment) { $1 }
        let output = Pipe()
        script.standardOutput = output
        script.standardInput = FileHandle.nullDevice
        try script.run()
        Thread.sleep(forTimeInterval: 2)
        // The altitude process under script(1), by its parent's id.
        let child = try #require(Self.children(of: script.processIdentifier).first { Self.command(of: $0).hasSuffix("/altitude") })
        kill(child, SIGINT)
        let stopped = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { script.waitUntilExit(); stopped.signal() }
        if stopped.wait(timeout: .now() + 20) == .timedOut { kill(child, SIGKILL) }
        let screen = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        script.waitUntilExit()
        #expect(screen.contains("altitude: fetching"), "\(screen.debugDescription)")
        #expect(screen.hasSuffix("\r\u{1B}[2Kaltitude: interrupted: nothing was imported; the store is as it was\r\n"), "\(screen.debugDescription)")
    }

    /// The processes whose parent is `parent`, and theirs, read from /proc.
    static func children(of parent: Int32) -> [Int32] {
        let all = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap(Int32.init)
        let direct = all.filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == parent
        }
        return direct + direct.flatMap { children(of: $0) }
    }

    static func command(of pid: Int32) -> String {
        let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") ?? Data()
        return String(decoding: data.prefix { $0 != 0 }, as: UTF8.self)
    }
}
