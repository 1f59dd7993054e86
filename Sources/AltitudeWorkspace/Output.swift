import AltitudeModel
import AltitudeReporters
import Foundation

/// Where a command's result goes: standard output, a private file, and (for the
/// digest) a message. Commands render into a `TextOutput` and hand it here;
/// which destination is the option group's choice, never a branch in a command.
public protocol OutputDestination {
    /// Whether the text reaches a terminal, where it may be styled.
    var isTerminal: Bool { get }
    /// Renders into this destination: whole or not at all for a file, streamed
    /// for standard output. Throws an `OutputError`.
    func write(_ render: (TextOutput) -> Void) throws
    /// The line for stderr once `what` ("the html report") is written, when the
    /// user cannot see the output itself.
    func receipt(for what: String) -> String?
}

/// Output that could not be written, naming where.
public struct OutputError: AltitudeFailure {
    public var path: String
    public var message: String
    /// Cannot create (73), or failed part-way (74).
    public var exitReason: ExitReason

    public var description: String { "cannot write \(path): \(message)" }

    static func fromErrno(_ path: String, _ reason: ExitReason, code: Int32 = errno) -> OutputError {
        let message: String = switch code {
        case ENOENT: "its directory does not exist"
        case EISDIR: "is a directory"
        case ENOSPC: "the disk is full"
        case EACCES, EPERM: "permission denied"
        case EROFS: "the file system is read-only"
        default: String(cString: strerror(code))
        }
        return OutputError(path: path, message: message, exitReason: reason)
    }
}

/// Standard output, streamed as it is rendered.
public struct StandardOutput: OutputDestination {
    public init() {}

    public var isTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    public func write(_ render: (TextOutput) -> Void) throws {
        let output = TextOutput(sink: { bytes in try Descriptor.writeAll(STDOUT_FILENO, bytes, name: "standard output") })
        render(output)
        try output.finish()
    }

    public func receipt(for what: String) -> String? { nil }
}

/// A file private to the user (0600). Its directory must exist — a mistyped `-o` path is
/// refused (73), not made — unless the file is one Altitude keeps itself (a profile `init`
/// writes, labels), whose directory is created private (0700). A regular file (or a new one) is written whole — a temporary file
/// beside it renamed into place — so a reader never sees half of it; through a
/// symbolic link the target is written; a FIFO or a terminal is streamed to; a
/// directory or anything else is refused, never replaced.
public struct PrivateFileOutput: OutputDestination {
    public var path: String
    /// Whether a missing directory is created (Altitude's own files) or refused (a path the user gave).
    public var createsDirectory: Bool

    public init(path: String, createsDirectory: Bool = false) {
        self.path = path
        self.createsDirectory = createsDirectory
    }

    public var isTerminal: Bool { false }

    public func receipt(for what: String) -> String? { "altitude: wrote \(what) to \(path)" }

    public func write(_ render: (TextOutput) -> Void) throws {
        let output = TextOutput()
        render(output)
        try output.finish()
        try write(bytes: output.bytes)
    }

    /// Writes `bytes` as the whole file.
    public func write(bytes: [UInt8]) throws {
        let target = try Self.resolvingLinks(path)
        var info = stat()
        if stat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw OutputError(path: path, message: "is a directory", exitReason: .cannotCreate)
            case S_IFIFO, S_IFCHR: return try stream(bytes, to: target)
            default: throw OutputError(path: path, message: "is not a regular file; not replacing it", exitReason: .cannotCreate)
            }
        }
        try replaceWhole(target, with: bytes)
    }

    /// The file a chain of symbolic links ends at (which may not exist yet).
    private static func resolvingLinks(_ path: String) throws -> String {
        var target = path
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: target) else { return target }
            target = destination.hasPrefix("/") ? destination
                : URL(fileURLWithPath: target).deletingLastPathComponent().appendingPathComponent(destination).path
        }
        throw OutputError(path: path, message: "too many levels of symbolic links", exitReason: .cannotCreate)
    }

    private func stream(_ bytes: [UInt8], to target: String) throws {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError.fromErrno(path, .cannotCreate) }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in try Descriptor.writeAll(descriptor, buffer, name: path) }
    }

    private func replaceWhole(_ target: String, with bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent().path
        var info = stat()
        if stat(directory, &info) != 0 {
            guard createsDirectory else {
                throw OutputError(path: path, message: "its directory \(directory) does not exist: create it first (mkdir -p), "
                                  + "or give another path", exitReason: .cannotCreate)
            }
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw OutputError(path: path, message: "cannot create its directory \(directory)", exitReason: .cannotCreate)
            }
        } else if info.st_mode & S_IFMT != S_IFDIR {
            throw OutputError(path: path, message: "\(directory) is not a directory", exitReason: .cannotCreate)
        }
        let temporary = directory + "/.\(url.lastPathComponent).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw OutputError.fromErrno(path, .cannotCreate) }
        let written = Result { () in
            try bytes.withUnsafeBytes { buffer in try Descriptor.writeAll(descriptor, buffer, name: path) }
            guard fsync(descriptor) == 0 else { throw OutputError.fromErrno(path, .ioError) }
        }
        close(descriptor)
        do {
            try written.get()
            guard rename(temporary, target) == 0 else { throw OutputError.fromErrno(path, .cannotCreate) }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}

/// Writing a whole buffer to a descriptor, a failure an `OutputError` naming where.
enum Descriptor {
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, name: String) throws {
        if let code = DescriptorWriter.writeAll(descriptor, bytes) { throw OutputError.fromErrno(name, .ioError, code: code) }
    }
}
