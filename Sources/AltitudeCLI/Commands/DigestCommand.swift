import AltitudeModel
import AltitudeWorkspace
import ArgumentParser
import Foundation

/// `altitude digest`: the week's summary by email, once per client, week and recipient.
struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Email the week's summary: below-altitude share, trend, what to delegate, flags and next week.",
        discussion: """
        Reads the store, measures the week (default: last, the last complete week) with \
        the 12 weeks before it, and sends one message per recipient: text and HTML, \
        with the headline in the subject ("Altitude, week 2026-W10: 38% below \
        altitude, down 6 points"). Mail settings — from, to (per client or for all), \
        the Message-ID domain, and sendmail or SMTP — come from \
        $XDG_CONFIG_HOME/altitude/config.yaml (`altitude config check` checks it). \
        A password is read from the variable or file config.yaml names, never given \
        as an argument.

        Each (client, week, recipient) is sent once: a second run does nothing \
        unless --force, a failed send is tried again by the next run, and two runs \
        at once send once (the second exits 75, naming the first's pid). A run \
        killed while sending holds nothing: the next run sends that digest at once, \
        with the same Message-ID, so a copy that did get out is recognised as one; \
        the sendmail it started dies with it. SIGTERM, SIGHUP and Ctrl-C let the \
        message being sent finish (an SMTP session stops within a second), start no \
        other, and exit 130. In cron's form (--week last, the default) the run also \
        sends the weeks of the three before whose digest to a recipient never went \
        out — since that recipient's first digest — oldest first, each said on \
        stderr. When the rules or the profile changed since the last \
        digest, the digest says so and shows that week's figure as sent and as \
        measured now. Nothing is written to standard output unless asked \
        (--dry-run), so it suits cron; with --all one client's failure does not stop \
        the others, and the exit code is the first failure's.

        Exit codes besides the usual: 67 the server refused the sender, a \
        recipient or the message; 68 the mail server refused the connection or \
        cannot be found; 71 sendmail failed; 75 try again later: the mail server \
        did not answer in time (every stage of the session within \
        mail.smtp.timeout), closed the connection, or put the message off, or \
        another run is sending the same digest; 76 TLS \
        failed (certificate not trusted, no STARTTLS where it is required, or \
        mail.smtp.security that does not match the port); 77 the server refused \
        the user name and password; 78 config.yaml has errors; 130 interrupted.

        Examples:
          altitude digest                                   # last week's, to mail.to
          altitude digest --dry-run                         # print the message, send nothing
          altitude digest --client acme --week 2026-W10 --output acme.eml
          altitude digest --all --refresh                   # a coach's Monday: every client
          altitude digest --attach-report                   # with the full HTML report attached
          altitude digest --to maya@example.com --force     # again, to one address
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "One digest per client in the store, each to its own recipients.")
    var all = false

    @Option(help: ArgumentHelp("The week: last (the last complete week), this, an ISO week (2026-W10) or a date in it. (default: last)",
                               valueName: "week"),
            transform: WeekChoice.parse)
    var week: WeekChoice = .last

    @Option(name: .customLong("to"), help: ArgumentHelp("Send to this address instead of the configured ones (repeatable).",
                                                          valueName: "address"),
            transform: { text in
                guard let address = MailAddress(parsing: text) else {
                    throw ValidationError("--to \(text): not an address such as maya@example.com")
                }
                return address
            })
    var recipients: [MailAddress] = []

    @Flag(help: "Print the message instead of sending it; nothing is recorded.")
    var dryRun = false

    @Flag(help: "Send even if this week's digest was sent already.")
    var force = false

    @Flag(help: "Re-import the client's feeds first (a feed that fails is named in the digest, which goes out on the data held).")
    var refresh = false

    @Flag(help: "Attach the full HTML report of the 12 weeks (charts and all) to the message.")
    var attachReport = false

    @OptionGroup var classification: ClassificationOptions
    @OptionGroup var redaction: RedactionOption

    @Option(name: [.short, .long], help: ArgumentHelp("Write the message to this file (.eml, created private) instead of sending it.",
                                                      valueName: "file"))
    var output: String?

    func validate() throws {
        if all, !storeOptions.client.isMe {
            throw ValidationError("--all sends every client's digest: leave out --client")
        }
        if all, classification.profile != nil {
            throw ValidationError("--all uses each client's stored profile: leave out --profile")
        }
        if all, output != nil {
            throw ValidationError("--output writes one message: give --client NAME instead of --all, or use --dry-run")
        }
    }

    func run() throws {
        let console = Console()
        let workspace = try storeOptions.workspace()
        let composing = dryRun || output != nil
        let request = DigestRequest(
            leaders: all ? .all(ruleFiles: classification.ruleFiles) : .one(classification.selection(client: storeOptions.client)),
            week: week, recipients: recipients, mode: composing ? .compose : .send(force: force), refresh: refresh,
            attachReport: attachReport, redact: redaction.redact)
        if !composing {
            Interruption.arm(saying: "altitude: interrupted: no digest was being sent; what was sent before is recorded, "
                             + "and the next run sends the rest\n")
        }
        defer { Interruption.disarm() }
        let outcomes = try workspace.digest(request)
        for outcome in outcomes {
            for problem in outcome.refreshProblems { console.warn("altitude: warning: \(outcome.client): not refreshed: \(problem)") }
            // Even under cron: each says an earlier run failed.
            for note in outcome.notes { console.warn("altitude: \(outcome.client): \(note)") }
        }
        if composing {
            let destination: any OutputDestination = output.map { PrivateFileOutput(path: $0) } ?? StandardOutput()
            try destination.write { text in
                for message in outcomes.flatMap(\.messages) {
                    message.withUnsafeBufferPointer { text.write($0) }
                }
            }
            if let receipt = destination.receipt(for: "the digest") { console.diagnose(receipt) }
        }
        if isatty(STDERR_FILENO) != 0, !composing { say(outcomes, console: console) }
        let failures = outcomes.flatMap { outcome in outcome.failures.map { (client: outcome.client, failure: $0) } }
        var lines = failures.map { item in item.failure.diagnostic(about: outcomes.count > 1 ? item.client.name : nil) }
        if Interruption.requested {
            // A signal came while a digest was being sent: that one finished (or gave up), no other was started.
            let attempts = outcomes.flatMap(\.deliveries)
            let sent = attempts.filter(\.sentNow).count
            let left = attempts.filter(\.outstanding).count
            lines.append("altitude: interrupted: \(sent) digest\(sent == 1 ? "" : "s") sent and recorded; "
                         + "\(left) not sent, which the next run sends")
            throw DigestFailed(exitReason: .interrupted, description: lines.joined(separator: "\n"))
        }
        guard let first = failures.first else { return }
        if outcomes.count > 1 {
            let failed = outcomes.filter { !$0.failures.isEmpty }.count
            lines.append("altitude: \(failed) of \(outcomes.count) clients' digests failed")
        }
        // Every failure is on stderr; the run ends with the first one's code.
        throw DigestFailed(exitReason: first.failure.exitReason, description: lines.joined(separator: "\n"))
    }

    /// On a terminal only (cron mails whatever is printed): what each digest did.
    private func say(_ outcomes: [DigestOutcome], console: Console) {
        for outcome in outcomes {
            for attempt in outcome.deliveries {
                let about = "altitude: \(outcome.client) \(attempt.week)"
                switch attempt.delivery {
                case .sent: console.diagnose("\(about): sent to \(attempt.recipient.address)")
                case .alreadySent(let sent):
                    console.diagnose("\(about): sent to \(attempt.recipient.address) already (\(sent.messageID)); --force sends again")
                case .beingSent, .failed, .interrupted: break  // failures, said with the others
                }
            }
        }
    }

    struct DigestFailed: AltitudeFailure {
        var exitReason: ExitReason
        var description: String
        /// Each failure's lines are introduced already, by client.
        var presentation: FailurePresentation { .located }
    }
}
