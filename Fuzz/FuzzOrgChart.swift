// libFuzzer target: org charts (modules AltitudeModel, AltitudeRules). Each input is an org.csv:
// read by OrgChart.parse, placed relative to a leader when it reads, and read as the chart a
// profile names (which also checks the leader's own row is in it). A crash, or a loop that never
// ends (libFuzzer's timeout), is a bug; OrgChart.Problems and ConfigErrors are the expected
// answer to bad input. Built outside the package by scripts/fuzz.sh; not part of `swift build`.
import AltitudeModel
import AltitudeRules
import Foundation

/// A profile naming the chart, whose leader the seeds' charts hold.
private let profile = """
    name: Robin Vale
    email: robin@acme.example
    level: vp
    timezone: Europe/Berlin
    org_chart: org.csv

    """

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOrgChart(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = count == 0 || bytes == nil ? "" : String(decoding: UnsafeBufferPointer(start: bytes!, count: count), as: UTF8.self)
    do {
        let chart = try OrgChart.parse(text)
        _ = chart.placements(of: ["robin@acme.example"])
        _ = try OrgChart.parse(chart.csv)  // what the store keeps reads again
    } catch {
        _ = error.problems.map(\.message)
    }
    do {
        _ = try ProfileLoader.parse(profile, file: "profile.yaml", ladder: nil, files: { _ in (text, "org.csv") })
    } catch {
        _ = error.description
    }
    return 0
}
