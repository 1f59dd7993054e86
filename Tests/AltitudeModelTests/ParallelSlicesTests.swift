import AltitudeModel
import Testing

@Suite("Work split over the cores")
struct ParallelSlicesTests {
    @Test("The slices cover every item once, in order, none below the minimum unless there is only one")
    func ranges() {
        #expect(ParallelSlices.ranges(count: 10, minimumSlice: 4, workers: 8) == [0..<5, 5..<10])
        #expect(ParallelSlices.ranges(count: 3, minimumSlice: 4, workers: 8) == [0..<3])
        #expect(ParallelSlices.ranges(count: 0, minimumSlice: 4, workers: 8) == [0..<0])
        for count in [1, 7, 100, 4097] {
            let slices = ParallelSlices.ranges(count: count, minimumSlice: 3, workers: 4)
            #expect(slices.flatMap { Array($0) } == Array(0..<count))
            #expect(slices.count == 1 || slices.allSatisfy { $0.count >= 3 })
        }
    }

    @Test("Each slice's result is in its place, whichever worker finishes first")
    func results() {
        let sums = ParallelSlices.map(count: 100_000, minimumSlice: 1000, workers: 4) { slice, range in (slice, range.reduce(0, +)) }
        #expect(sums.map(\.0) == Array(0..<4))
        #expect(sums.map(\.1).reduce(0, +) == (0..<100_000).reduce(0, +))
        #expect(ParallelSlices.map(each: 5) { $0 * $0 } == [0, 1, 4, 9, 16])
    }
}
