import AltitudeModel
import Foundation

/// Who a digest goes to and how it is identified: the headers that are not its content.
public struct DigestEnvelope: Sendable, Hashable {
    public var from: MailAddress
    public var to: MailAddress
    /// `local@domain`, without the angle brackets.
    public var messageID: String
    public var date: Date

    public init(from: MailAddress, to: MailAddress, messageID: String, date: Date) {
        self.from = from
        self.to = to
        self.messageID = messageID
        self.date = date
    }
}

/// The digest as an RFC 5322 message: `multipart/alternative` with the text and
/// the HTML part, both UTF-8 in quoted-printable, CRLF line ends, no line over 78
/// characters. Headers hold only Altitude's own words, the profile's name and the
/// configured addresses, each made a single line: calendar text never reaches one.
public struct DigestMessageFormatter: Sendable {
    public init() {}

    /// Quoted-printable never writes `=_`, so this boundary cannot occur in a part.
    static let boundary = "=_altitude-digest"

    public func message(_ content: DigestContent, envelope: DigestEnvelope) -> [UInt8] {
        var message = ""
        message += MIME.header("From", MIME.mailbox(name: envelope.from.name, address: envelope.from.address))
        message += MIME.header("To", MIME.mailbox(name: envelope.to.name, address: envelope.to.address))
        message += MIME.header("Subject", MIME.headerText(content.subject))
        message += MIME.header("Date", MIME.date(envelope.date))
        message += MIME.header("Message-ID", "<\(envelope.messageID)>")
        message += MIME.header("MIME-Version", "1.0")
        // RFC 3834: a machine wrote it; vacation responders leave it alone.
        message += MIME.header("Auto-Submitted", "auto-generated")
        message += MIME.header("Content-Type", "multipart/alternative; boundary=\"\(Self.boundary)\"")
        message += "\r\n"
        message += "This is a MIME message: the digest is in its text and HTML parts.\r\n"
        message += part("text/plain", DigestTextFormatter().format(content))
        message += part("text/html", DigestHTMLFormatter().format(content))
        message += "--\(Self.boundary)--\r\n"
        return Array(message.utf8)
    }

    private func part(_ type: String, _ body: String) -> String {
        "--\(Self.boundary)\r\n"
            + MIME.header("Content-Type", "\(type); charset=utf-8")
            + MIME.header("Content-Transfer-Encoding", "quoted-printable")
            + "\r\n" + MIME.quotedPrintable(body) + "\r\n"
    }
}
