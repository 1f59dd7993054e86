import AltitudeModel
import CCurlTransfers
import Foundation

/// Calendar feeds (Google's secret iCal address, an Outlook published calendar):
/// fetched with conditional GET, a timeout, a size cap and a redirect limit, over
/// http or https only. A feed's address is a secret: everything shown uses
/// `FeedAddress.redacted`.
public struct FeedFetcher: Sendable {
    /// Seconds to connect, without a byte from the server, and for the whole fetch.
    public var connectTimeout: Int
    public var idleTimeout: Int
    public var totalTimeout: Int
    public var maximumBytes: Int
    public var maximumRedirects: Int

    public init(connectTimeout: Int = 20, idleTimeout: Int = 30, totalTimeout: Int = 120, maximumBytes: Int = 64 << 20,
                maximumRedirects: Int = 5) {
        self.connectTimeout = connectTimeout
        self.idleTimeout = idleTimeout
        self.totalTimeout = totalTimeout
        self.maximumBytes = maximumBytes
        self.maximumRedirects = maximumRedirects
    }

    public enum Response: Sendable {
        /// The server says nothing changed since the ETag / Last-Modified given (304).
        case notModified
        case body(Data, etag: String?, lastModified: String?)
    }

    /// Fetches a feed, sending the validators of the last fetch.
    public func fetch(_ url: URL, etag: String? = nil, lastModified: String? = nil) throws(FeedError) -> Response {
        let shown = FeedAddress.redacted(url)
        var result = altitude_fetch_result()
        defer { altitude_fetch_result_free(&result) }
        let error = altitude_fetch(url.absoluteString, etag, lastModified, connectTimeout, idleTimeout, totalTimeout, maximumRedirects,
                                   Int64(maximumBytes), &result)
        switch altitude_fetch_error(rawValue: UInt32(error)) {
        case ALTITUDE_FETCH_OK:
            break
        case ALTITUDE_FETCH_TIMEOUT:
            throw FeedError(address: shown, message: "the server did not answer in time", isTemporary: true)
        case ALTITUDE_FETCH_TOO_LARGE:
            throw FeedError(address: shown, message: "the feed is larger than \(maximumBytes / 1_048_576) MB")
        case ALTITUDE_FETCH_TOO_MANY_REDIRECTS:
            throw FeedError(address: shown, message: "more than \(maximumRedirects) redirects (a redirect loop?)")
        case ALTITUDE_FETCH_CONNECT:
            throw FeedError(address: shown, message: "cannot connect to the server", isTemporary: true)
        case ALTITUDE_FETCH_RESOLVE:
            throw FeedError(address: shown, message: "the host cannot be found", isTemporary: true)
        case ALTITUDE_FETCH_TLS:
            throw FeedError(address: shown, message: "the secure connection failed (certificate?)")
        default:
            throw FeedError(address: shown, message: "the fetch failed: \(Self.scrubbed(Self.text(result.message), of: url))")
        }
        switch result.status {
        case 304:
            return .notModified
        case 200..<300:
            let body = result.body.map { Data(bytes: $0, count: result.body_length) } ?? Data()
            return .body(body, etag: result.etag.map { String(cString: $0) }, lastModified: result.last_modified.map { String(cString: $0) })
        case 401, 403:
            throw FeedError(address: shown, message: "the server refused access (\(result.status)): is the secret address still valid?")
        case 404, 410:
            throw FeedError(address: shown, message: "the server has no calendar there (\(result.status))")
        case 500..<600:
            throw FeedError(address: shown, message: "the server answered \(result.status): try again later", isTemporary: true)
        default:
            throw FeedError(address: shown, message: "the server answered \(result.status)")
        }
    }

    /// libcurl's words without the address's secret parts, should it quote them.
    static func scrubbed(_ message: String, of url: URL) -> String {
        var message = message.replacingOccurrences(of: url.absoluteString, with: FeedAddress.redacted(url))
        for part in url.pathComponents.dropFirst() + [url.query, url.user, url.password].compactMap({ $0 }) where part.count > 3 {
            message = message.replacingOccurrences(of: part, with: "…")
        }
        return message
    }

    private static func text<T>(_ tuple: T) -> String {
        withUnsafeBytes(of: tuple) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}

/// A feed failed: what the user sees, with the address redacted.
public struct FeedError: AltitudeFailure {
    public var address: String
    public var message: String
    /// A timeout or an unreachable server: worth trying again later.
    public var isTemporary = false

    public var description: String { "\(address): \(message)" }
    public var exitReason: ExitReason { isTemporary ? .temporaryFailure : .unavailable }
}

/// Feed addresses: which arguments are feeds, and how to show one without its secret.
public enum FeedAddress {
    /// An `http(s)` or `webcal(s)` address; `webcal` is read as `https`, as calendar apps do.
    public static func url(from text: String) -> URL? {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              ["http", "https", "webcal", "webcals"].contains(scheme), components.host?.isEmpty == false
        else { return nil }
        var fixed = components
        if scheme.hasPrefix("webcal") { fixed.scheme = "https" }
        return fixed.url
    }

    /// `https://calendar.google.com/…/basic.ics`: the host and the file name, never
    /// the path segments or query that carry the secret, nor any user or password.
    public static func redacted(_ url: URL) -> String {
        let host = url.host ?? "?"
        let port = url.port.map { ":\($0)" } ?? ""
        let last = url.pathComponents.last.flatMap { $0 == "/" ? nil : $0 } ?? ""
        let scheme = url.scheme ?? "https"
        guard !last.isEmpty else { return "\(scheme)://\(host)\(port)/" }
        let hidden = url.pathComponents.count > 2 ? "…/" : ""
        let shownLast = last.count > 32 ? String(last.prefix(4)) + "…" : last
        return "\(scheme)://\(host)\(port)/\(hidden)\(shownLast)\(url.query == nil ? "" : " (query hidden)")"
    }
}
