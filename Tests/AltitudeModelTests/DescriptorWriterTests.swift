import AltitudeModel
import Foundation
import Testing

@Suite("Writing to a descriptor")
struct DescriptorWriterTests {
    @Test("Every byte is written, or the errno that stopped it is returned: a full disk is ENOSPC, not the end of the run")
    func writeAll() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("altitude-write-\(UUID().uuidString)").path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        let text = String(repeating: "calendar line\n", count: 50_000)
        #expect(DescriptorWriter.writeAll(descriptor, text) == nil)
        close(descriptor)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        unlink(path)
        let full = open("/dev/full", O_WRONLY)
        try #require(full >= 0, "/dev/full is there on Linux")
        #expect(DescriptorWriter.writeAll(full, "x") == ENOSPC)
        close(full)
    }
}
