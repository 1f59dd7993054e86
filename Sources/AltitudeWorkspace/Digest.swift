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
        /// Another run is sending it now.
        case beingSent(since: Date)
        case failed(MailFailure)
    }

    public var client: ClientName
    public var week: ISOWeek?
    /// The messages composed (in compose mode), one per recipient.
    public var messages: [[UInt8]] = []
    public var deliveries: [(recipient: MailAddress, delivery: Delivery)] = []
    /// Feeds that could not be read again with `--refresh`, each in one line.
    public var refreshProblems: [String] = []
    /// Why no digest could be made for this client at all.
    public var failure: (any AltitudeFailure)?

    /// What went wrong: the client's own failure, or each failed delivery.
    public var failures: [any AltitudeFailure] {
        if let failure { return [failure] }
        return deliveries.compactMap { _, delivery in
            if case .failed(let failure) = delivery { return failure }
            return nil
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
        let outcomes = Outcomes(count: selections.count)
        DispatchQueue.concurrentPerform(iterations: selections.count) { index in
            outcomes.set(index, digest(for: selections[index], request: request, config: config, store: store))
        }
        return outcomes.all
    }

    private func digest(for selection: LeaderSelection, request: DigestRequest, config: AltitudeConfig, store: Store) -> DigestOutcome {
        var outcome = DigestOutcome(client: selection.client)
        do {
            if request.refresh { outcome.refreshProblems = try refreshFeeds(of: selection, store: store) }
            let calendar = try loadCalendar(CalendarQuery(days: request.days), for: selection, requireProfile: true, store: store)
            let (leader, _) = try calendar.classified()
            // Redacted (when asked) before anything is composed: the message and its attachment see only the redacted report.
            let report = try weeks(of: calendar, WeeksChoice(week: request.week, weeks: .count(DigestRequest.weeks), redact: request.redact),
                                   store: store)
            let week = report.week.metrics.week
            outcome.week = week
            // A week the calendar has no data for would read as an empty week: nothing is sent.
            if report.week.outsideData {
                throw Failure(.noInput, "no digest for \(week): \(report.absence(of: week)) "
                              + "(altitude import FILE\(selection.client.isMe ? "" : " --client \(selection.client)")), then run the digest again")
            }
            let fingerprint = try Self.fingerprint(of: leader, layers: ruleLayers(for: selection, functions: leader.profile.functions))
            let data = DataFreshness(sources: try store.sources(client: selection.client.name), now: now)
            var content = DigestContent(report: report, freshness: .init(lastRead: data.lastImport, dataEnd: data.dataEnd, now: now,
                                                                         zone: leader.profile.timeZone, problems: outcome.refreshProblems),
                                        isAboutClient: !selection.client.isMe, client: request.redact ? nil : selection.client.name)
            if let last = try store.lastDigest(client: selection.client.name, before: week), last.figures.fingerprint != fingerprint {
                let recomputed = report.weeks.first { $0.metrics.week == last.week }?.metrics.belowShare
                content.rulesChange = .init(week: last.week, sentShare: last.figures.belowShare,
                                            recomputedShare: recomputed)
            }
            let recipients = try recipients(for: selection.client, leader: leader, request: request, config: config)
            let from = config.mail?.from ?? MailAddress(name: "Altitude", address: "altitude@localhost")
            let domain = config.mail?.messageIDDomain ?? "localhost"
            let figures = DigestFigures(belowShare: report.week.metrics.belowShare, rollingBelowShare: report.week.rollingBelowShare,
                                        belowHours: report.week.metrics.belowHours, meetingHours: report.week.metrics.meetingHours,
                                        fingerprint: fingerprint)
            let attachment = request.attachReport ? ReportHTMLFormatter().format(report) : nil
            for recipient in recipients {
                let envelope = DigestEnvelope(from: from, to: recipient, messageID: messageID(client: selection.client, week: week,
                                                                                               recipient: recipient, domain: domain),
                                              date: now)
                let message = DigestMessageFormatter().message(content, envelope: envelope, attachedReport: attachment)
                switch request.mode {
                case .compose:
                    outcome.messages.append(message)
                case .send(let force):
                    guard let mail = config.mail else { continue }
                    let delivery = try deliver(message, envelope: envelope, client: selection.client, week: week, figures: figures,
                                               transport: mail.transport, force: force,
                                               store: store)
                    outcome.deliveries.append((recipient, delivery))
                }
            }
        } catch let failure as any AltitudeFailure {
            outcome.failure = failure
        } catch {
            outcome.failure = Failure(.internalError, "\(selection.client): \(error)")
        }
        return outcome
    }

    /// Sends one recipient's digest unless it went already: the claim in the
    /// store is what keeps two runs at once from both sending it.
    private func deliver(_ message: [UInt8], envelope: DigestEnvelope, client: ClientName, week: ISOWeek, figures: DigestFigures,
                         transport: any MailTransport, force: Bool, store: Store) throws -> DigestOutcome.Delivery {
        let key = (client: client.name, week: week, recipient: envelope.to.address.lowercased())
        switch try store.claimDigest(client: key.client, week: key.week, recipient: key.recipient, at: now, force: force) {
        case .alreadySent(let sent): return .alreadySent(sent)
        case .beingSent(let since): return .beingSent(since: since)
        case .claimed: break
        }
        do {
            try transport.send(message, from: envelope.from, to: envelope.to, environment: environment)
        } catch {
            try store.releaseDigest(client: key.client, week: key.week, recipient: key.recipient)
            return .failed(error)
        }
        try store.recordDigestSent(client: key.client, week: key.week, recipient: key.recipient, messageID: envelope.messageID,
                                   transport: transport.name, figures: figures, at: now)
        return .sent(messageID: envelope.messageID)
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

    /// Stable for one run (a second run at the same moment makes the same message),
    /// different for every client, week, recipient and time.
    private func messageID(client: ClientName, week: ISOWeek, recipient: MailAddress, domain: String) -> String {
        var hash = ContentHash()
        hash.add(client.name)
        hash.add(recipient.address.lowercased())
        hash.add(Int64(now.timeIntervalSince1970))
        return "altitude.\(week).\(String(UInt64(bitPattern: hash.value), radix: 16))@\(domain)"
    }
}

/// The outcomes of the clients worked on in parallel, each in its place.
private final class Outcomes: @unchecked Sendable {
    private var values: [DigestOutcome?]
    private let lock = NSLock()

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ outcome: DigestOutcome) {
        lock.withLock { values[index] = outcome }
    }

    var all: [DigestOutcome] { lock.withLock { values.compactMap { $0 } } }
}
