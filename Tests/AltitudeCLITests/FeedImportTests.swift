import Foundation
import Testing

@Suite("altitude import from a feed (a real HTTP server on loopback)")
struct FeedImportTests {
    let store = TestStore()
    static let secret = "s3cr3t-t0ken-1234567890"

    var calendar: String {
        CalendarText.calendar([CalendarText.event(uid: "sync@acme.example", title: "Weekly sync", start: "20260304T100000Z",
                                                  rule: "FREQ=WEEKLY;COUNT=4")])
    }

    @Test("A feed is fetched, then asked again with its ETag: a 304 changes nothing; a new ETag imports the change")
    func etag() throws {
        let server = try FeedServer(calendar: calendar, in: store)
        let feed = server.url("/\(Self.secret)/basic.ics")
        let first = try store.run(["import", feed])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("4 new"))
        let second = try store.run(["import", feed])
        #expect(second.status == 0)
        #expect(second.stdout.contains("no changes (the feed has not changed since the last import)"))
        #expect(server.requests.count == 2)
        #expect(server.requests[0][1] == "-")
        #expect(server.requests[1][1].hasPrefix("\"") && server.requests[1][2] == "Mon, 02 Mar 2026 08:00:00 GMT")

        try server.serve(CalendarText.calendar([CalendarText.event(uid: "sync@acme.example", title: "Weekly sync",
                                                                   start: "20260304T100000Z", rule: "FREQ=WEEKLY;COUNT=3")]))
        let third = try store.run(["import", feed])
        #expect(third.stdout.contains("0 new, 0 moved, 0 changed, 1 removed, 3 unchanged"))
        let checked = try store.run(["sources"])
        #expect(checked.stdout.contains("1 events, 3 instances"))
    }

    @Test("A server with Last-Modified only is asked with If-Modified-Since")
    func lastModified() throws {
        let server = try FeedServer(calendar: calendar, in: store)
        let feed = server.url("/dated/basic.ics")
        #expect(try store.run(["import", feed]).status == 0)
        let again = try store.run(["import", feed])
        #expect(again.stdout.contains("no changes (the feed has not changed"))
        #expect(server.requests.last?[2] == "Mon, 02 Mar 2026 08:00:00 GMT")
    }

    @Test("The secret part of a feed's address is never shown, whatever happens")
    func secretNeverShown() throws {
        let server = try FeedServer(calendar: calendar, in: store)
        let feed = server.url("/\(Self.secret)/basic.ics?key=also-secret-value")
        var everything = ""
        for arguments in [["import", feed], ["import", feed], ["sources"], ["sources", "--format", "json"],
                          ["import", server.url("/\(Self.secret)/loop")], ["import", server.url("/moved")]] {
            let outcome = try store.run(arguments)
            everything += outcome.stdout + outcome.stderr
        }
        #expect(everything.contains("http://127.0.0.1:\(server.port)/…/basic.ics (query hidden)"))
        #expect(!everything.contains(Self.secret) && !everything.contains("also-secret-value"))
        let forgot = try store.run(["forget", feed])
        #expect(forgot.status == 0 && !forgot.stdout.contains(Self.secret))
    }

    @Test("A redirect is followed; a redirect loop is stopped and named", arguments: [
        ("/moved", Int32(0), "4 new"),
        ("/loop", Int32(69), "more than 5 redirects (a redirect loop?)"),
        ("/gone", Int32(69), "the server has no calendar there (404)"),
    ])
    func redirects(path: String, status: Int32, message: String) throws {
        let server = try FeedServer(calendar: calendar, in: store)
        let outcome = try store.run(["import", server.url(path)])
        #expect(outcome.status == status)
        #expect((outcome.stdout + outcome.stderr).contains(message))
    }

    @Test("An oversized feed is refused at the cap, and nothing is stored")
    func oversized() throws {
        let server = try FeedServer(calendar: calendar, in: store)
        let outcome = try store.run(["import", server.url("/big"), "--max-size", "1"])
        #expect(outcome.status == 69)
        #expect(outcome.stderr.contains("/big: the feed is larger than 1 MB"))
        let sources = FileManager.default.fileExists(atPath: store.path)
            ? try store.query { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM source") } : 0
        #expect(sources == 0)
    }

    @Test("A server that does not answer times out with a temporary failure (exit 75), well before it would answer")
    func slow() throws {
        let server = try FeedServer(calendar: calendar, in: store)
        let started = Date()
        let outcome = try store.run(["import", server.url("/slow"), "--timeout", "2"])
        #expect(outcome.status == 75)
        #expect(outcome.stderr.contains("the server did not answer in time"))
        #expect(Date().timeIntervalSince(started) < 15)
    }
}
