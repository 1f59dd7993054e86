import AltitudeAnalysis
import AltitudeMail
import AltitudeModel
import AltitudeReporters
import AltitudeRules
import AltitudeStore
import Foundation

/// What `altitude digest` is asked to do: for whom, which week, to whom, and
/// whether to send (once per client, week and recipient) or only compose.
public struct DigestRequest: Sendable {
    public enum Leaders: Sendable {
        case one(LeaderSelection)
        /// Every client in the store, with these rules files on top of each one's.
        case all(ruleFiles: [String])
    }

    public enum Mode: Sendable, Equatable {
        /// Send, unless it was sent already (`force`: send again).
        case send(force: Bool)
        /// Compose only: nothing sent, nothing recorded.
        case compose
    }

    public var leaders: Leaders
    public var week: WeekChoice
    /// `--to`: these recipients instead of the configured ones.
    public var recipients: [MailAddress]
    public var mode: Mode
    /// Re-import each client's feeds first.
    public var refresh: Bool
    /// Attach the full HTML report of the 12 weeks.
    public var attachReport: Bool
    /// `--redact`: titles and people replaced as in every other redacted output.
    public var redact: Bool

    public init(leaders: Leaders, week: WeekChoice = .last, recipients: [MailAddress] = [], mode: Mode, refresh: Bool = false,
                attachReport: Bool = false, redact: Bool = false) {
        self.leaders = leaders
        self.attachReport = attachReport
        self.redact = redact
        self.week = week
        self.recipients = recipients
        self.mode = mode
        self.refresh = refresh
    }

    /// The weeks of trend a digest shows.
    public static let weeks = 12

    /// How many weeks before the reported one cron's form looks back for digests never sent.
    public static let catchUpWeeks = 3

    /// The days read from the store: the default window (the calendar's first
    /// day to 26 weeks after today) unless a week named runs past it; the digest
    /// looks one week beyond the week it reports.
    var days: DayWindow {
        guard case .week(let named) = week else { return DayWindow() }
        return DayWindow(to: named.monday.adding(days: 14))
    }
}

/// What became of one client's digest.
public struct DigestOutcome: Sendable {
    public enum Delivery: Sendable {
        case sent(messageID: String)
        case alreadySent(SentDigest)
        /// A run that is still alive (process `pid`) is sending it: nothing sent, and the run fails (75).
        case beingSent(since: Date, pid: Int?)
        case failed(MailFailure)
        /// A signal ended the run before this one was started.
        case interrupted
    }

    /// One message to one recipient about one week.
    public struct Attempt: Sendable {
        public var recipient: MailAddress
        public var week: ISOWeek
        /// An earlier week whose digest had not gone out, sent by the catch-up.
        public var caughtUp: Bool
        public var delivery: Delivery

        /// Sent by this run.
        public var sentNow: Bool {
            if case .sent = delivery { return true }
            return false
        }

        /// Not sent, by this run or an earlier one: a later run's to send.
        public var outstanding: Bool {
            switch delivery {
            case .sent, .alreadySent: false
            case .beingSent, .failed, .interrupted: true
            }
        }
    }

    public var client: ClientName
    public var week: ISOWeek?
    /// The messages composed (in compose mode), one per recipient.
    public var messages: [[UInt8]] = []
    public var deliveries: [Attempt] = []
    /// Feeds that could not be read again with `--refresh`, each in one line.
    public var refreshProblems: [String] = []
    /// What this run did that an earlier one should have (a claim of a run that died
    /// taken over, a missed week caught up), one line each: said on stderr even under cron.
    public var notes: [String] = []
    /// Why no digest could be made for this client at all.
    public var failure: (any AltitudeFailure)?

    /// What went wrong: the client's own failure, or each delivery that failed or was kept off by another run.
    public var failures: [any AltitudeFailure] {
        if let failure { return [failure] }
        return deliveries.compactMap { attempt -> (any AltitudeFailure)? in
            switch attempt.delivery {
            case .failed(let failure): return failure
            case .beingSent(let since, let pid):
                let who = pid.map { "another run (pid \($0))" } ?? "another run"
                return Failure(.temporaryFailure, "\(attempt.week) to \(attempt.recipient.address): \(who) has been sending it since "
                               + "\(WallClock.isoDescription(Int64(since.timeIntervalSince1970))) UTC: nothing sent; run again once it has finished")
            default: return nil
            }
        }
    }
}

extension Workspace {
    /// Makes (and, in send mode, sends) the digest of each leader asked for. One
    /// client's failure does not stop the others: each outcome says what happened.
    /// Clients are worked on in parallel, on every core.
    public func digest(_ request: DigestRequest) throws -> [DigestOutcome] {
        let config = try loadConfig()
        if request.mode != .compose, config.mail == nil {
            throw Failure(.configError, "\(configFilePath) has no mail settings: add a `mail:` section (see `altitude digest --help`)")
        }
        let store = try openExistingStore()
        let selections: [LeaderSelection] = switch request.leaders {
        case .one(let selection): [selection]
        case .all(let ruleFiles):
            try store.clients().map { LeaderSelection(client: ClientName(checked: $0.name), ruleFiles: ruleFiles) }
        }
        guard !selections.isEmpty else { throw Failure(.noInput, "the store at \(storePath) has no clients yet: import a calendar first") }
        if request.mode != .compose { Interruption.onRequest = stopMailSessions }
        return ParallelSlices.map(each: selections.count) { index in
            digest(for: selections[index], request: request, config: config, store: store)
        }
    }

    private func digest(for selection: LeaderSelection, request: DigestRequest, config: AltitudeConfig, store: Store) -> DigestOutcome {
        var outcome = DigestOutcome(client: selection.client)
        do {
            if request.refresh { outcome.refreshProblems = try refreshFeeds(of: selection, store: store) }
            let calendar = try loadCalendar(CalendarQuery(days: request.days), for: selection, requireProfile: true, store: store)
            let (leader, _) = try calendar.classified()
            let week = request.week.resolve(now: now, zone: leader.profile.timeZone)
            outcome.week = week
            let recipients = try recipients(for: selection.client, leader: leader, request: request, config: config)
            let layers = try ruleLayers(for: selection, functions: leader.profile.functions)
            let client = ClientDigest(workspace: self, selection: selection, request: request, config: config, store: store,
                                      calendar: calendar, leader: leader, fingerprint: Self.fingerprint(of: leader, layers: layers),
                                      data: DataFreshness(sources: try store.sources(client: selection.client.name), now: now))
            // Oldest first, so the recipient's mailbox has them in order.
            for (missed, missing) in try missedWeeks(before: week, of: selection.client, to: recipients, request: request, store: store) {
                try client.send(week: missed, to: missing, caughtUp: true, into: &outcome)
            }
            try client.send(week: week, to: recipients, caughtUp: false, into: &outcome)
        } catch let failure as any AltitudeFailure {
            outcome.failure = failure
        } catch {
            outcome.failure = Failure(.internalError, "\(selection.client): \(error)")
        }
        return outcome
    }

    /// The weeks to catch up in cron's form (`--week last`, sending, no `--force`): of
    /// the three weeks before `week`, each one whose digest to a recipient was never
    /// sent — a failed send, a run that died, the machine off that Monday — counted
    /// from the first week that recipient's digest was tried, so a new recipient is
    /// not sent the weeks before it was added. Each with the recipients that missed it.
    private func missedWeeks(before week: ISOWeek, of client: ClientName, to recipients: [MailAddress], request: DigestRequest,
                             store: Store) throws -> [(ISOWeek, [MailAddress])] {
        guard request.week == .last, request.mode == .send(force: false) else { return [] }
        var missing: [ISOWeek: [MailAddress]] = [:]
        for recipient in recipients {
            let attempts = try store.digestAttempts(client: client.name, recipient: recipient.address.lowercased())
            guard let first = attempts.first?.week else { continue }
            let sent = Set(attempts.filter(\.sent).map(\.week))
            for back in (1...DigestRequest.catchUpWeeks).reversed() {
                let earlier = week.adding(weeks: -back)
                if earlier >= first, !sent.contains(earlier) { missing[earlier, default: []].append(recipient) }
            }
        }
        return missing.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// `--to`, else the client's recipients in config.yaml, else its default ones;
    /// composing only, the leader's own address will do.
    private func recipients(for client: ClientName, leader: LeaderContext, request: DigestRequest, config: AltitudeConfig) throws -> [MailAddress] {
        if !request.recipients.isEmpty { return request.recipients }
        if let configured = config.mail?.recipients(client: client.name), !configured.isEmpty { return configured }
        if request.mode == .compose, let own = MailAddress(parsing: leader.profile.email) {
            return [MailAddress(name: leader.profile.name, address: own.address)]
        }
        throw Failure(.configError, "no recipient for \(client): add `to:` (or `clients: {\(client): […]}`) under `mail:` in "
                      + "\(configFilePath), or give --to ADDRESS")
    }

    /// Re-imports each of the client's feeds on its own, so one failing feed does
    /// not keep the others from being read; returns what failed, one line each.
    private func refreshFeeds(of selection: LeaderSelection, store: Store) throws -> [String] {
        let feeds = try store.sources(client: selection.client.name).filter { $0.kind == .url }
        var problems: [String] = []
        for feed in feeds {
            do {
                _ = try importSources(ImportRequest(sources: [feed.location]), for: LeaderSelection(client: selection.client))
            } catch let failure as any AltitudeFailure {
                problems.append(failure.description.split(separator: "\n").first.map(String.init) ?? feed.name)
            }
        }
        return problems
    }

    /// Of the profile and every rules file: when it differs from the last digest's,
    /// the figures are not comparable and the digest says so.
    static func fingerprint(of leader: LeaderContext, layers: [RuleLayer]) -> Int64 {
        var hash = ContentHash()
        hash.add(leader.profileText)
        hash.add(leader.profile.orgChart?.csv ?? "")
        for layer in layers {
            for file in layer.files {
                hash.add(file.path)
                hash.add(file.text)
            }
        }
        return hash.value
    }
}

/// One client's digest, made for a week and sent (or composed) to its recipients.
private struct ClientDigest {
    let workspace: Workspace
    let selection: LeaderSelection
    let request: DigestRequest
    let config: AltitudeConfig
    let store: Store
    let calendar: LoadedCalendar
    let leader: LeaderContext
    let fingerprint: Int64
    let data: DataFreshness

    /// Composes the week's digest and, in send mode, sends it to each recipient.
    /// A week outside the data is not sent: the week asked for fails (66), a week
    /// being caught up is passed over (there was nothing to send for it then either).
    func send(week: ISOWeek, to recipients: [MailAddress], caughtUp: Bool, into outcome: inout DigestOutcome) throws {
        let client = selection.client
        // Redacted (when asked) before anything is composed: the message and its attachment see only the redacted report.
        let report = try workspace.weeks(of: calendar, WeeksChoice(week: .week(week), weeks: .count(DigestRequest.weeks),
                                                                   redact: request.redact), store: store)
        // A week the calendar has no data for would read as an empty week: nothing is sent.
        if report.week.outsideData {
            if caughtUp { return }
            throw Failure(.noInput, "no digest for \(week): \(report.absence(of: week)) "
                          + "(altitude import FILE\(client.isMe ? "" : " --client \(client)")), then run the digest again")
        }
        var content = DigestContent(report: report, freshness: .init(lastRead: data.lastImport, dataEnd: data.dataEnd, now: workspace.now,
                                                                     zone: leader.profile.timeZone, problems: outcome.refreshProblems),
                                    isAboutClient: !client.isMe, client: request.redact ? nil : client.name)
        if let last = try store.lastDigest(client: client.name, before: week), last.figures.fingerprint != fingerprint {
            let recomputed = report.weeks.first { $0.metrics.week == last.week }?.metrics.belowShare
            content.rulesChange = .init(week: last.week, sentShare: last.figures.belowShare, recomputedShare: recomputed)
        }
        let from = config.mail?.from ?? MailAddress(name: "Altitude", address: "altitude@localhost")
        let figures = DigestFigures(belowShare: report.week.metrics.belowShare, rollingBelowShare: report.week.rollingBelowShare,
                                    belowHours: report.week.metrics.belowHours, meetingHours: report.week.metrics.meetingHours,
                                    fingerprint: fingerprint)
        let attachment = request.attachReport ? ReportHTMLFormatter().format(report) : nil
        let force = request.mode == .send(force: true)
        for recipient in recipients {
            let envelope = DigestEnvelope(from: from, to: recipient, messageID: messageID(week: week, recipient: recipient, fresh: force),
                                          date: workspace.now)
            let message = DigestMessageFormatter().message(content, envelope: envelope, attachedReport: attachment)
            guard case .send = request.mode, let mail = config.mail else {
                outcome.messages.append(message)
                continue
            }
            var notes: [String] = []
            let delivery = try Interruption.deferring {
                try deliver(message, envelope: envelope, week: week, figures: figures, transport: mail.transport, force: force,
                            notes: &notes)
            } ?? .interrupted
            outcome.notes += notes
            outcome.deliveries.append(.init(recipient: recipient, week: week, caughtUp: caughtUp, delivery: delivery))
            if caughtUp, case .sent = delivery {
                outcome.notes.append("\(week) to \(recipient.address): caught up (its digest had not gone out)")
            }
        }
    }

    /// Sends one recipient's digest unless it went already: the claim in the store
    /// (with its lock) is what keeps two live runs from both sending it, and lets a
    /// run take over from one that died.
    private func deliver(_ message: [UInt8], envelope: DigestEnvelope, week: ISOWeek, figures: DigestFigures,
                         transport: any MailTransport, force: Bool, notes: inout [String]) throws -> DigestOutcome.Delivery {
        let client = selection.client.name
        let recipient = envelope.to.address.lowercased()
        switch try store.claimDigest(client: client, week: week, recipient: recipient, at: workspace.now, force: force) {
        case .alreadySent(let sent): return .alreadySent(sent)
        case .beingSent(let since, let pid): return .beingSent(since: since, pid: pid)
        case .takenOver(let since, let pid):
            notes.append("\(week) to \(envelope.to.address): the run that claimed it at "
                         + "\(WallClock.isoDescription(Int64(since.timeIntervalSince1970))) UTC\(pid.map { " (pid \($0))" } ?? "") "
                         + "ended without sending it; this run sends it")
        case .claimed: break
        }
        do {
            try transport.send(message, from: envelope.from, to: envelope.to, environment: workspace.environment)
        } catch {
            try store.releaseDigest(client: client, week: week, recipient: recipient)
            return .failed(error)
        }
        try store.recordDigestSent(client: client, week: week, recipient: recipient, messageID: envelope.messageID,
                                   transport: transport.name, figures: figures, at: workspace.now)
        return .sent(messageID: envelope.messageID)
    }

    /// The same for every attempt at one (client, week, recipient) — a copy sent by a
    /// run that died after handing it over is one mail clients recognise as the same
    /// message — unless `fresh` (`--force`: a new message, sent on purpose). The
    /// leader's address is in it, so two leaders' stores never make the same one.
    private func messageID(week: ISOWeek, recipient: MailAddress, fresh: Bool) -> String {
        var hash = ContentHash()
        hash.add(selection.client.name)
        hash.add(leader.profile.email)
        hash.add(recipient.address.lowercased())
        if fresh { hash.add(Int64(workspace.now.timeIntervalSince1970)) }
        let domain = config.mail?.messageIDDomain ?? "localhost"
        return "altitude.\(week).\(String(UInt64(bitPattern: hash.value), radix: 16))@\(domain)"
    }
}

/// What a signal does to mail in progress while the digest runs: every SMTP session
/// stops within a second and says it was interrupted (a sendmail already handed a
/// message is waited for, so its send is recorded).
private let stopMailSessions: @convention(c) () -> Void = { MailInterruption.request() }
