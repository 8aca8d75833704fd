/// Non-Latin characters that look like Latin letters or ASCII punctuation (Cyrillic capitals,
/// `ß` read for `β`, box-drawing bars for `|`), mapped to what they look like.
enum Homoglyphs {
    /// The ASCII character a scalar is a look-alike of, or nil.
    static func ascii(for scalar: Unicode.Scalar) -> UInt8? {
        table[scalar.value]
    }

    private static let table: [UInt32: UInt8] = {
        let pairs: [(UInt32, Character)] = [
            // Cyrillic capitals and small letters that share a Latin glyph.
            (0x0410, "A"), (0x0412, "B"), (0x0415, "E"), (0x041A, "K"), (0x041C, "M"), (0x041D, "H"),
            (0x041E, "O"), (0x0420, "P"), (0x0421, "C"), (0x0422, "T"), (0x0423, "Y"), (0x0425, "X"),
            (0x0405, "S"), (0x0406, "I"), (0x0408, "J"), (0x0430, "a"), (0x0435, "e"), (0x043E, "o"),
            (0x0440, "p"), (0x0441, "c"), (0x0443, "y"), (0x0445, "x"), (0x0455, "s"), (0x0456, "i"),
            (0x0458, "j"), (0x04CF, "l"),
            // Latin look-alikes: open E (PFOCR's `IKKƐ`), dotless i, sharp s read for beta.
            (0x0190, "E"), (0x025B, "E"), (0x0131, "i"), (0x00DF, "B"),
            // Vertical bars that OCR returns for I or l.
            (0x01C0, "|"), (0x2223, "|"), (0x2502, "|"), (0x23D0, "|"), (0xFFE8, "|"),
        ]
        var map: [UInt32: UInt8] = [:]
        for (code, character) in pairs {
            map[code] = character.asciiValue
        }
        return map
    }()
}
