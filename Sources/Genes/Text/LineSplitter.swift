/// Splits bytes into lines (LF or CRLF) and lines into tab-separated fields, without copying.
struct LineSplitter {
    /// Calls `body` with each line's 1-based number and its bytes (without the line ending).
    static func forEachLine(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        var start = 0
        var number = 0
        let count = bytes.count
        while start < count {
            var end = start
            while end < count && bytes[end] != 0x0A { end += 1 }
            number += 1
            var stop = end
            if stop > start && bytes[stop - 1] == 0x0D { stop -= 1 }
            try body(number, UnsafeBufferPointer(rebasing: bytes[start..<stop]))
            start = end + 1
        }
    }

    /// The tab-separated fields of one line.
    static func fields(_ line: UnsafeBufferPointer<UInt8>) -> [UnsafeBufferPointer<UInt8>] {
        var result: [UnsafeBufferPointer<UInt8>] = []
        result.reserveCapacity(8)
        var start = 0
        for index in 0..<line.count where line[index] == 0x09 {
            result.append(UnsafeBufferPointer(rebasing: line[start..<index]))
            start = index + 1
        }
        result.append(UnsafeBufferPointer(rebasing: line[start..<line.count]))
        return result
    }

    /// A field as a String; invalid UTF-8 is repaired with U+FFFD rather than failing.
    static func string(_ field: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: field, as: UTF8.self)
    }

    /// Splits a field on `|` into non-empty Strings.
    static func list(_ field: UnsafeBufferPointer<UInt8>, separator: UInt8 = 0x7C) -> [String] {
        var result: [String] = []
        var start = 0
        for index in 0...field.count where index == field.count || field[index] == separator {
            if index > start {
                result.append(String(decoding: UnsafeBufferPointer(rebasing: field[start..<index]), as: UTF8.self))
            }
            start = index + 1
        }
        return result
    }
}
