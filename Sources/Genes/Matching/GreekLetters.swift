/// Greek letters as gene names write them in Latin (`β` -> `B`, `θ` -> `Q`, `κ` -> `K`), and the
/// spelled-out names (`alpha`, `beta`, ...) that stand for them in ASCII text.
enum GreekLetters {
    /// The Latin capital for a Greek letter scalar (either case), or nil when it is not one.
    /// Capitals that look like Latin letters map by looks (`Ρ` -> `P`), since OCR and fonts
    /// confuse them; the rest follow HGNC's transliteration (`θ` -> `Q`, `η` -> `H`).
    static func latin(for scalar: Unicode.Scalar) -> UInt8? {
        table[scalar.value]
    }

    private static let table: [UInt32: UInt8] = {
        var map: [UInt32: UInt8] = [:]
        let lower: [(UInt32, Character)] = [
            (0x03B1, "A"), (0x03B2, "B"), (0x03D0, "B"), (0x03B3, "G"), (0x03B4, "D"), (0x03B5, "E"),
            (0x03F5, "E"), (0x03B6, "Z"), (0x03B7, "H"), (0x03B8, "Q"), (0x03D1, "Q"), (0x03B9, "I"),
            (0x03BA, "K"), (0x03F0, "K"), (0x03BB, "L"), (0x03BC, "M"), (0x03BD, "N"), (0x03BE, "X"),
            (0x03BF, "O"), (0x03C0, "P"), (0x03C1, "R"), (0x03C3, "S"), (0x03C2, "S"), (0x03C4, "T"),
            (0x03C5, "U"), (0x03C6, "F"), (0x03D5, "F"), (0x03C7, "X"), (0x03C9, "W"),
        ]
        let upper: [(UInt32, Character)] = [
            (0x0391, "A"), (0x0392, "B"), (0x0393, "G"), (0x0394, "D"), (0x0395, "E"), (0x0396, "Z"),
            (0x0397, "H"), (0x0398, "Q"), (0x0399, "I"), (0x039A, "K"), (0x039B, "L"), (0x039C, "M"),
            (0x039D, "N"), (0x039E, "X"), (0x039F, "O"), (0x03A0, "P"), (0x03A1, "P"), (0x03A3, "S"),
            (0x03A4, "T"), (0x03A5, "Y"), (0x03A6, "F"), (0x03A7, "X"), (0x03A9, "W"),
        ]
        for (code, letter) in lower + upper {
            map[code] = letter.asciiValue
        }
        return map
    }()

    /// Spelled-out letter names and the Latin capital each stands for. Short or word-like names
    /// (`eta`, `mu`, `pi`, `tau`, `rho`, `chi`) are left out: `TAU` is itself a gene alias.
    static let spelled: [(name: [UInt8], letter: UInt8)] = [
        ("alpha", "A"), ("beta", "B"), ("gamma", "G"), ("delta", "D"), ("epsilon", "E"), ("zeta", "Z"),
        ("theta", "Q"), ("iota", "I"), ("kappa", "K"), ("lambda", "L"), ("sigma", "S"), ("omega", "W"),
    ].map { (Array($0.0.utf8), Character($0.1).asciiValue ?? 0) }
}
