/// Wall-clock seconds one step of a reading took: the preparation of the figure (`prepare`) or
/// one recognition pass, by the recipe's name for it. Recorded so that a recipe's cost can be
/// told apart pass by pass on any figure, not only in a profiler.
public struct StepTime: Hashable, Sendable {
    /// `prepare`, or the pass's name.
    public var step: String
    /// Seconds, wall clock.
    public var seconds: Double

    /// A step's time from its parts.
    public init(step: String, seconds: Double) {
        self.step = step
        self.seconds = seconds
    }

    /// The name of the preparation step (no pass is called so).
    public static let preparation = "prepare"
}
