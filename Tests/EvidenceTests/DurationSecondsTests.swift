import Evidence
import Testing

@Suite("Duration in seconds")
struct DurationSecondsTests {
    @Test("whole and fractional seconds, down to the nanosecond")
    func seconds() {
        #expect(Duration.seconds(3).inSeconds == 3)
        #expect(Duration.milliseconds(1500).inSeconds == 1.5)
        #expect(abs(Duration.nanoseconds(2).inSeconds - 2e-9) < 1e-18)
        #expect(Duration.zero.inSeconds == 0)
    }
}
