import Foundation
import Testing

@Suite("altitude events")
struct EventsCommandTests {
    let window = ["--from", "2026-03-01", "--to", "2026-04-01", "--timezone", "UTC"]

    @Test("CSV has a header and UTC instants, dates for all-day with an exclusive end")
    func csv() throws {
        let outcome = try AltitudeProcess.run(["events", AltitudeProcess.fixture("allday_span.ics"), "--format", "csv"] + window)
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\r\n").map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        for column in ["uid", "start", "end", "all_day", "title", "status", "my_status"] {
            #expect(header.contains(column))
        }
        #expect(lines[1].hasPrefix("offsite@example.com,,2026-03-03,2026-03-05,true,Leadership offsite,"))
        #expect(outcome.stderr.contains("altitude: 2 instances from 2 events in 1 file"))
    }

    @Test("JSON is one document with the window and every instance")
    func json() throws {
        let outcome = try AltitudeProcess.run(["events", AltitudeProcess.fixture("event_recurid_moved.ics"), "--format", "json"] + window)
        #expect(outcome.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(document["from"] as? String == "2026-03-01")
        #expect(document["to"] as? String == "2026-04-01")
        let instances = try #require(document["instances"] as? [[String: Any]])
        #expect(instances.count == 5)
        #expect(instances[2]["start"] as? String == "2026-03-04T13:00:00Z")
        #expect(instances[2]["recurrenceId"] as? String == "20260304T080000Z")
        #expect(instances[2]["allDay"] as? Bool == false)
    }

    @Test("Text lists instances in the chosen zone, and --to is exclusive")
    func text() throws {
        let outcome = try AltitudeProcess.run(["events", AltitudeProcess.fixture("event_recurid_moved.ics"),
                                               "--from", "2026-03-04", "--to", "2026-03-05", "--timezone", "Europe/Berlin"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Wed 2026-03-04  14:00–14:30"))
        #expect(outcome.stdout.contains("Team standup (moved)"))
        #expect(outcome.stdout.hasPrefix("1 instance, 2026-03-04 through 2026-03-04, times in Europe/Berlin\n"))
        #expect(!outcome.stdout.contains("Thu 2026-03-05"))
    }

    @Test("- reads standard input")
    func standardInput() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: AltitudeProcess.fixture("rdate_period.ics")))
        let outcome = try AltitudeProcess.run(["events", "-", "--format", "csv"] + window, stdin: data)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.split(separator: "\r\n").count == 4)
    }

    @Test("The same export given twice lists each instance once")
    func duplicateSources() throws {
        let path = AltitudeProcess.fixture("event_recurid_moved.ics")
        let outcome = try AltitudeProcess.run(["events", path, path, "--format", "csv"] + window)
        #expect(outcome.stdout.split(separator: "\r\n").count == 6)
    }

    @Test("Calendar text never reaches the terminal as control characters")
    func hostileTitle() throws {
        let calendar = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260302T100000Z\r\nSUMMARY:\u{1B}[31mred\u{1B}[0m\u{07}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let outcome = try AltitudeProcess.run(["events", "-"] + window, stdin: Data(calendar.utf8))
        #expect(outcome.status == 0)
        #expect(!outcome.stdout.contains("\u{1B}"))
        #expect(!outcome.stdout.contains("\u{07}"))
        #expect(outcome.stdout.contains("[31mred"))
    }

    @Test("An unbounded FREQ=SECONDLY finishes (capped, with a warning)")
    func secondly() throws {
        let outcome = try AltitudeProcess.run(["events", AltitudeProcess.fixture("rrule_unbounded_secondly.ics"), "--format", "csv",
                                               "--from", "2026-03-02", "--to", "2026-03-03"], timeout: 30)
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("repeats more than 50,000 times"))
    }
}

@Suite("Errors and exit codes")
struct ExitCodeTests {
    @Test("A missing file exits 66 naming it, with nothing on stdout")
    func missingFile() throws {
        let outcome = try AltitudeProcess.run(["events", "/nonexistent/export.ics"])
        #expect(outcome.status == 66)
        #expect(outcome.stderr.contains("/nonexistent/export.ics: no such file"))
        #expect(outcome.stdout.isEmpty)
    }

    @Test("A truncated file exits 65 naming file and line, with nothing on stdout")
    func truncated() throws {
        let outcome = try AltitudeProcess.run(["events", AltitudeProcess.fixture("truncated.ics")])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("truncated.ics:13:"))
        #expect(outcome.stdout.isEmpty)
    }

    @Test("One bad file among good ones stops the whole read (all or nothing)")
    func oneBadSource() throws {
        let outcome = try AltitudeProcess.run(["events", AltitudeProcess.fixture("rdate_period.ics"), AltitudeProcess.fixture("not_ical.txt")])
        #expect(outcome.status == 65)
        #expect(outcome.stdout.isEmpty)
    }

    @Test("An unknown time zone is a usage error (64)")
    func unknownZone() throws {
        let outcome = try AltitudeProcess.run(["events", AltitudeProcess.fixture("rdate_period.ics"), "--timezone", "Mars/Olympus"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("Mars/Olympus"))
    }

    @Test("--to before --from is a usage error (64)")
    func backwardsWindow() throws {
        let outcome = try AltitudeProcess.run(["events", AltitudeProcess.fixture("rdate_period.ics"), "--from", "2026-03-05", "--to", "2026-03-01"])
        #expect(outcome.status == 64)
    }
}

@Suite("Help")
struct HelpTests {
    @Test("Every command's --help has examples", arguments: [[], ["events"], ["explain"], ["rules"], ["rules", "list"], ["rules", "show"], ["rules", "check"], ["rules", "test"], ["init"], ["rrule"],
                                                           ["digest"], ["config"], ["config", "check"]])
    func examples(command: [String]) throws {
        let outcome = try AltitudeProcess.run(command + ["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Examples:"))
        #expect(outcome.stdout.contains("altitude \(command.first ?? "events")"))
        #expect(outcome.stdout.contains("Examples:"))
    }
}
