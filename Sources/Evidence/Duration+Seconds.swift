extension Duration {
    /// The duration in seconds, with its fraction: what records, logs and summaries print.
    public var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
