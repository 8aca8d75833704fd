/// Turns bytes of unknown encoding into text for the matcher: UTF-8 when valid, else Windows-1252.
public enum TextDecoding {
    /// The text of `bytes`: UTF-8 (BOM dropped) when valid, else each byte read as Windows-1252,
    /// so legacy captions keep their `ß`, `µ` and accents instead of becoming U+FFFD; never fails.
    public static func decode(_ bytes: some Collection<UInt8>) -> String {
        var array = Array(bytes)
        if array.starts(with: [0xEF, 0xBB, 0xBF]) { array.removeFirst(3) }
        if let text = String(validating: array, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        for byte in array {
            scalars.append(windows1252(byte))
        }
        return String(scalars)
    }

    // Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five undefined bytes map to U+FFFD.
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
