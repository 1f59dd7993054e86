import AltitudeModel
import CCurlTransfers
import Foundation

/// A session that ended badly, in words a user can act on: what happened, at which
/// stage, which setting to change; each kind of failure with its own exit code.
extension SMTPTransport {
    /// The mail server, as every message names it.
    var server: String { "the mail server \(host):\(port)" }

    /// `envelope`: the sender and recipient of the message being sent; nil for a check.
    func failure(of session: SMTPSession, envelope: (from: MailAddress, to: MailAddress)? = nil) -> MailFailure {
        let stage = session.stage
        // A check sends nothing, so there is no message to speak of.
        let fate = envelope == nil ? "" : "\(stage.fate); "
        switch session.error {
        case ALTITUDE_SMTP_RESOLVE:
            return unresolvable
        case ALTITUDE_SMTP_CONNECT:
            let why = switch session.osError {
            case ECONNREFUSED: "it refused the connection (is the port right, and the server running?)"
            case ENETUNREACH, EHOSTUNREACH: "the network or the host cannot be reached from here"
            default: "the connection failed (\(session.detail))"
            }
            return MailFailure(.mailServerUnreachable, "cannot connect to \(server): \(why)")
        case ALTITUDE_SMTP_TIMEOUT:
            if stage == .greeting, security != .tls, let mismatch = securityMismatch(speaking: .tls) { return mismatch }
            return MailFailure(.temporaryFailure, timeoutMessage(at: stage) + ": \(fate)try again later")
        case ALTITUDE_SMTP_INTERRUPTED:
            let what = envelope == nil ? "checking" : "sending through"
            return MailFailure(.temporaryFailure, "\(what) \(server) was interrupted \(stage.doing)" + (envelope == nil ? "" : ": \(stage.fate)"))
        case ALTITUDE_SMTP_DROPPED:
            return MailFailure(.temporaryFailure, "\(server) closed the connection \(droppedWhen(stage)): \(fate)try again later")
        case ALTITUDE_SMTP_HANDSHAKE:
            if security == .tls, let mismatch = securityMismatch(speaking: .none) { return mismatch }
            return MailFailure(.tlsFailed, "the secure connection to \(server) failed in the TLS handshake (libcurl: \(session.detail)): "
                               + "check mail.smtp.port and security")
        case ALTITUDE_SMTP_CERTIFICATE:
            return MailFailure(.tlsFailed, "the secure connection to \(server) failed: its certificate could not be verified "
                               + "(libcurl: \(session.detail)); "
                               + (caFile.map { "is \($0) (mail.smtp.ca-file) the CA that signed it?" }
                                  ?? "a private server's CA goes in mail.smtp.ca-file"))
        case ALTITUDE_SMTP_NO_STARTTLS:
            return MailFailure(.tlsFailed, "\(server) does not offer STARTTLS, and security is starttls: nothing was sent in the clear")
        case ALTITUDE_SMTP_NO_AUTH:
            return MailFailure(.authenticationFailed, "\(server) does not offer to log in (no AUTH in its answer to EHLO), so the user "
                               + "name and password cannot be checked: "
                               + (session.secured ? "check mail.smtp.host and port"
                                  : "many servers offer it only over TLS: set security: starttls"))
        case ALTITUDE_SMTP_AUTH:
            return MailFailure(.authenticationFailed, "\(server) refused the user name and password for \(username ?? "(none)")"
                               + (session.replyCode > 0 ? " (\(session.replyCode))\(session.quotedReply)" : ""))
        case ALTITUDE_SMTP_REFUSED:
            return refusal(of: session, envelope: envelope)
        case ALTITUDE_SMTP_NO_LIBCURL:
            return MailFailure(.unavailable, "cannot send through \(server): \(session.detail)")
        default:
            return MailFailure(.unavailable, "sending through \(server) failed \(stage.doing) (libcurl: \(session.detail))")
        }
    }

    var unresolvable: MailFailure {
        MailFailure(.mailServerUnreachable, "cannot find the mail server \(host): the name does not resolve (check mail.smtp.host, "
                    + "and that this machine is online)")
    }

    private func timeoutMessage(at stage: SMTPStage) -> String {
        let within = "within \(timeout) s (mail.smtp.timeout)"
        if let command = stage.command { return "\(server) did not answer \(command) \(within)" }
        return switch stage {
        case .connecting: "cannot connect to \(server) within \(connectTimeout) s (mail.smtp.connect-timeout)"
        case .tls: "\(server) did not complete the TLS handshake \(within)"
        case .greeting: "\(server) took the connection but did not greet \(within)"
        case .message: "\(server) did not take the whole message \(within)"
        default: "\(server) took the message but did not confirm it \(within)"
        }
    }

    private func droppedWhen(_ stage: SMTPStage) -> String {
        if let command = stage.command { return "instead of answering \(command)" }
        return switch stage {
        case .connecting, .greeting: "without greeting"
        case .tls: "in the TLS handshake"
        case .message: "while the message was being sent"
        default: "before confirming the message"
        }
    }

    /// A 4xx or 5xx reply: 4xx is "not now" (try again later), 5xx "no".
    private func refusal(of session: SMTPSession, envelope: (from: MailAddress, to: MailAddress)?) -> MailFailure {
        let code = session.replyCode
        let said = session.quotedReply
        let temporary = code < 500
        let later = temporary ? ": try again later" : ""
        if code == 530 {
            return MailFailure(.authenticationFailed, "\(server) wants a login before sending (530)\(said): set mail.smtp.username "
                               + "and password-file (or password-env)")
        }
        switch session.stage {
        case .mail, .rcpt:
            let envelope = envelope.map { " from \($0.from.address) to \($0.to.address)" } ?? ""
            return MailFailure(temporary ? .temporaryFailure : .recipientRejected,
                               "\(server) \(temporary ? "put off sending" : "refused to send")\(envelope) (\(code))\(said)\(later)")
        case .message, .confirmation:
            return MailFailure(temporary ? .temporaryFailure : .recipientRejected,
                               "\(server) \(temporary ? "put the message off" : "refused the message") (\(code))\(said)\(later)")
        case .greeting:
            return MailFailure(temporary ? .temporaryFailure : .mailServerUnreachable,
                               "\(server) turned the connection away (\(code))\(said)\(later)")
        default:
            return MailFailure(temporary ? .temporaryFailure : .unavailable,
                               "\(server) answered \(session.stage.command ?? "Altitude") with \(code)\(said)\(later)")
        }
    }

    /// When the port seems to expect the other kind of TLS — it did not greet in plain text, or refused
    /// a TLS handshake — a second, short session tries `speaking` instead (nothing sent, no login):
    /// if that one is greeted, the failure names the setting to change.
    private func securityMismatch(speaking other: Security) -> MailFailure? {
        var probe = self
        probe.security = other
        probe.username = nil
        probe.password = nil
        // A server that speaks `other` answers (a greeting, a TLS handshake) at once: the probe
        // adds under a second to the wait it follows.
        let session = SMTPSession.run(probe, password: nil, milliseconds: (connect: 250, session: 500)) { server, result in
            altitude_smtp_check(&server, &result)
        }
        // TLS: a handshake that was completed, or got as far as the certificate; plain SMTP: any reply.
        let spoke = other == .tls
            ? session.stage.rawValue >= SMTPStage.greeting.rawValue || session.error == ALTITUDE_SMTP_CERTIFICATE
            : session.replyCode > 0
        guard spoke else { return nil }
        let advice = other == .tls
            ? "port \(port) speaks TLS from the first byte: set security: tls, or port: 587 for starttls"
            : "port \(port) speaks STARTTLS: set security: starttls, or port: 465 for tls"
        return MailFailure(.tlsFailed, "\(server) and mail.smtp.security disagree: \(advice)")
    }
}
