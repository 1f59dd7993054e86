import AltitudeModel
import CCurlTransfers
import Foundation

/// Ends mail sending in progress as interrupted, for whoever handles SIGINT and
/// SIGTERM: every SMTP session in progress stops within about a second and says it
/// was interrupted (not that a timeout fired), and no later one starts.
public enum MailInterruption {
    /// Async-signal-safe: it stores one flag, so a signal handler may call it.
    public static func request() { altitude_smtp_interrupt() }
}

/// How far an SMTP session went: what it was doing, or waiting for, when it ended.
enum SMTPStage: Int32 {
    case connecting, tls, greeting, ehlo, starttls, login, mail, rcpt, data, message, confirmation, finished

    /// The command the session waited on an answer to, as the server saw it.
    var command: String? {
        switch self {
        case .ehlo: "EHLO"
        case .starttls: "STARTTLS"
        case .login: "the login (AUTH)"
        case .mail: "MAIL FROM"
        case .rcpt: "RCPT TO"
        case .data: "DATA"
        default: nil
        }
    }

    /// What the session was doing: "waiting for its answer to MAIL FROM".
    var doing: String {
        if let command { return "waiting for its answer to \(command)" }
        return switch self {
        case .connecting: "connecting"
        case .tls: "in the TLS handshake"
        case .greeting: "waiting for its greeting"
        case .message: "sending the message"
        default: "waiting for it to confirm the message"
        }
    }

    /// What became of the message when a session sending one ends here.
    var fate: String { self == .confirmation ? "it may still be delivered" : "nothing was delivered" }
}

/// One SMTP session through libcurl (CCurlTransfers' smtp_send.c), ended: how and where.
struct SMTPSession {
    var error: altitude_smtp_error
    var stage: SMTPStage
    /// Whether the session ran over TLS, and whether the server accepted the login.
    var secured: Bool
    var loggedIn: Bool
    /// errno of a connection that failed, 0 otherwise.
    var osError: Int32
    var replyCode: Int
    /// The server's last reply, without its code: "5.1.1 <x@example.com>: no such user here".
    var reply: String
    /// libcurl's words, for what has no better ones.
    var detail: String

    /// `: “the server's words”` to follow Altitude's, or nothing when it said none.
    var quotedReply: String { reply.isEmpty ? "" : ": “\(reply)”" }

    /// Runs a session (`body`: `altitude_smtp_send` or `_check` on the server and the result
    /// to fill) with `transport`'s settings; `milliseconds`, when given, in place of its timeouts.
    static func run(_ transport: SMTPTransport, password: String?, milliseconds: (connect: Int, session: Int)? = nil,
                    _ body: (inout altitude_smtp_server, inout altitude_smtp_result) -> Int32) -> SMTPSession {
        let limits = milliseconds ?? (transport.connectTimeout * 1000, transport.timeout * 1000)
        let security: altitude_smtp_security = switch transport.security {
        case .starttls: ALTITUDE_SMTP_STARTTLS_REQUIRED
        case .starttlsOptional: ALTITUDE_SMTP_STARTTLS_OPTIONAL
        case .tls: ALTITUDE_SMTP_IMPLICIT_TLS
        case .none: ALTITUDE_SMTP_PLAIN
        }
        let loginOptions = transport.authMethod.map { "AUTH=\($0.rawValue.uppercased())" }
        var result = altitude_smtp_result()
        _ = transport.host.withCString { host in
            withOptionalCString(transport.caFile) { caFile in
                withOptionalCString(transport.username) { username in
                    withOptionalCString(password) { password in
                        withOptionalCString(loginOptions) { loginOptions in
                            var server = altitude_smtp_server(host: host, port: transport.port, security: Int32(security.rawValue),
                                                              ca_file: caFile, username: username, password: password,
                                                              login_options: loginOptions, connect_timeout_ms: limits.connect,
                                                              timeout_ms: limits.session)
                            return body(&server, &result)
                        }
                    }
                }
            }
        }
        let reply = text(of: result.reply)
        return SMTPSession(error: altitude_smtp_error(rawValue: UInt32(result.error)), stage: SMTPStage(rawValue: result.stage) ?? .connecting,
                           secured: result.secured != 0, loggedIn: result.logged_in != 0, osError: result.os_error,
                           replyCode: result.reply_code, reply: String(reply.dropFirst(4)),
                           detail: text(of: result.message))
    }

    private static func text<T>(of tuple: T) -> String {
        withUnsafeBytes(of: tuple) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}

private func withOptionalCString<T>(_ text: String?, _ body: (UnsafePointer<CChar>?) -> T) -> T {
    guard let text else { return body(nil) }
    return text.withCString { body($0) }
}
