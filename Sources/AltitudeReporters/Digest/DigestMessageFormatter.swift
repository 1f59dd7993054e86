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
/// characters; with the full HTML report attached, that inside `multipart/mixed`.
/// Headers hold only Altitude's own words, the profile's name and the configured
/// addresses, each made a single line: calendar text never reaches one.
public struct DigestMessageFormatter: Sendable {
    public init() {}

    /// Quoted-printable never writes `=_`, so these boundaries cannot occur in a part.
    static let alternativeBoundary = "=_altitude-digest"
    static let mixedBoundary = "=_altitude-attachment"

    /// The message; `attachedReport` is the full HTML report, attached when given.
    public func message(_ content: DigestContent, envelope: DigestEnvelope, attachedReport: String? = nil) -> [UInt8] {
        var message = ""
        message += MIME.header("From", MIME.mailbox(name: envelope.from.name, address: envelope.from.address))
        message += MIME.header("To", MIME.mailbox(name: envelope.to.name, address: envelope.to.address))
        message += MIME.header("Subject", MIME.headerText(content.subject))
        message += MIME.header("Date", MIME.date(envelope.date))
        message += MIME.header("Message-ID", "<\(envelope.messageID)>")
        message += MIME.header("MIME-Version", "1.0")
        // RFC 3834: a machine wrote it; vacation responders leave it alone.
        message += MIME.header("Auto-Submitted", "auto-generated")
        let alternative = multipart("alternative", boundary: Self.alternativeBoundary, parts: [
            part("text/plain", DigestTextFormatter().format(content)),
            part("text/html", DigestHTMLFormatter().format(content)),
        ])
        if let attachedReport {
            let name = "altitude-\(content.week.metrics.week).html"
            message += multipart("mixed", boundary: Self.mixedBoundary, parts: [
                alternative,
                part("text/html", attachedReport, extraHeaders: MIME.header("Content-Disposition", "attachment; filename=\"\(name)\"")),
            ])
        } else {
            message += alternative
        }
        return Array(message.utf8)
    }

    /// A multipart entity's Content-Type header, a preamble for readers without MIME, and its parts.
    private func multipart(_ subtype: String, boundary: String, parts: [String]) -> String {
        MIME.header("Content-Type", "multipart/\(subtype); boundary=\"\(boundary)\"") + "\r\n"
            + "This is a MIME message: the digest is in its text and HTML parts.\r\n"
            + parts.map { "--\(boundary)\r\n" + $0 }.joined() + "--\(boundary)--\r\n"
    }

    /// A UTF-8 text entity in quoted-printable: its headers, a blank line, its body.
    private func part(_ type: String, _ body: String, extraHeaders: String = "") -> String {
        MIME.header("Content-Type", "\(type); charset=utf-8")
            + MIME.header("Content-Transfer-Encoding", "quoted-printable")
            + extraHeaders
            + "\r\n" + MIME.quotedPrintable(body) + "\r\n"
    }
}
