/// The lexicon-aware correction step. OCR confuses shapes that differ by a pixel or two at small
/// sizes: `I`, `l`, `1` and `|`; `O` and `0`; and, in the 6-7 px capitals of downscaled or
/// JPEG-compressed figures, `S`/`5`, `B`/`8`, `Z`/`2`, `G`/`6`, `T`/`7`, `A`/`4`, `D`/`0`/`O`.
/// It also reads a Greek gamma (`IFNγ`, `PLCγ2`) as `Y` or `y`, a box's left edge as a leading
/// `I` or `|`, one small glyph as two alike (`DNMT1L`, `KLF5S`), small capitals as lower case
/// where the two have one shape (`sosl` for SOS1), and a final `1` as a closing mark (`JAK!`,
/// `TALDO]`, see `beforeFinalGlyph`), and a κ as `x`, `«` or `*` (`NF-xB`, see `kappaRead`). A
/// word that names nothing but becomes an official symbol under such edits is a candidate,
/// reported as `corrected`; failing any symbol, a symbol-like alias (see
/// `EntrySelector.CorrectionTargets`). A κ spelt `K` may name any kind of name (NF-κB is a
/// family, IκBα an alias of NFKBIA).
///
/// Two tiers keep common words and mixed-case names from being bent into symbols:
/// - *basic*: one substitution among `I l 1 | O 0` and the gamma letters, in any word with a
///   capital or a digit (`MAPKl` -> MAPK1, `CDl4` -> CD14, `lL6` -> IL6, `IFNY` -> IFNG);
/// - *capitals*: the wider confusions and doubled glyphs, up to two edits in words of 5 or more
///   bytes, only in words written in capitals (lower case only where it is itself a confusion,
///   `l` or `i`), and a word without digits must have at least 4 bytes, 5 for the more distant
///   `A T G E D O` (`PDESA` -> PDE5A, `PTPNIL` -> PTPN11, `POGFRA` -> PDGFRA; `TCA` and `GABA`
///   stay). The most trusted tier that finds anything wins, and fewer edits win over more.
///
/// A word whose lower-case letters all have capitals of the same shape (`c o s u v w x z`) is
/// tried in capitals first (`corrected:case`), when it has 4 or more bytes and a capital, digit,
/// `l` or `i` to be corrected (`sosl` -> SOS1; `coil` and `cool` stay as they are).
public enum OCRCorrector {
    /// One way to rewrite a word: a substitution at a position, or dropping a byte (a box edge
    /// read in front of the word, or one glyph read twice).
    struct Edit {
        var position: Int
        /// The replacement byte, or nil to drop the byte.
        var replacement: UInt8?
    }

    /// Bytes every word may have confused, and what each may really have been.
    static let basic: [UInt8: [UInt8]] = [
        UInt8(ascii: "l"): Array("1I".utf8),
        UInt8(ascii: "I"): Array("1l".utf8),
        UInt8(ascii: "1"): Array("Il".utf8),
        UInt8(ascii: "|"): Array("I1l".utf8),
        UInt8(ascii: "O"): Array("0".utf8),
        UInt8(ascii: "0"): Array("O".utf8),
        // γ spelt as a Latin letter: its symbol form is G (IFNG, PLCG2, IKBKG's IKKG).
        UInt8(ascii: "Y"): Array("G".utf8),
        UInt8(ascii: "y"): Array("G".utf8),
    ]

    /// The edits that spell a Greek letter the engine read as its Latin look-alike (γ as `y`
    /// or `Y`) the way symbols spell it (`G`), by their step names. Such an edit mends no
    /// misreading: the figure shows γ, and `y` is the right reading of it in Latin letters.
    public static let greekSpellings: Set<String> = ["corrected:y->G", "corrected:Y->G"]

    /// Further confusions of small capitals and digits, for words written in capitals.
    static let capitals: [UInt8: [UInt8]] = [
        UInt8(ascii: "S"): Array("5".utf8), UInt8(ascii: "5"): Array("S".utf8),
        UInt8(ascii: "B"): Array("8".utf8), UInt8(ascii: "8"): Array("B".utf8),
        UInt8(ascii: "Z"): Array("2".utf8), UInt8(ascii: "z"): Array("2".utf8),
        UInt8(ascii: "G"): Array("6".utf8), UInt8(ascii: "T"): Array("7".utf8),
        UInt8(ascii: "A"): Array("4".utf8), UInt8(ascii: "D"): Array("0O".utf8),
        UInt8(ascii: "Q"): Array("0".utf8), UInt8(ascii: "L"): Array("1".utf8),
        UInt8(ascii: "i"): Array("1".utf8), UInt8(ascii: "E"): Array("B".utf8),
        // The counter of a small JPEG `D` fills in to an `O`. Of the 168 labels that `figure/11`
        // missed by one glyph on the dev set's WikiPathways JPEGs, 10 had `O` for `D`
        // (`POGFRA`, `COH1`; `BONF` is too short for a distant confusion). Taking it read 8 more
        // of those JPEGs' labels, the same PNG labels and ids, and 1 more PFOCR word.
        UInt8(ascii: "O"): Array("D".utf8),
    ]

    /// Every confusion of both tables, for the two-edit variants. They share one byte, `O`,
    /// which the basic tier reads as `0` and the capitals tier as `D`.
    static let allConfusions: [UInt8: [UInt8]] = basic.merging(capitals) { $0 + $1 }

    /// Glyphs the engine reads a small κ as: `NF-xB`, `NF-«B`, `NF-*B1` and `IxBa` are NF-κB,
    /// NF-κB1 and IκBα, which symbols and families spell with `K`. Taken only between a capital
    /// or hyphen and a capital, in a word that names nothing as read (`MxA` and `TxK` do).
    static let kappaGlyphs: Set<Unicode.Scalar> = ["x", "\u{AB}", "*"]

    /// The step name of a κ read as one of `kappaGlyphs`, spelt `K`.
    public static let kappaSpelling = "corrected:kappa"

    /// `word` with every glyph read for a κ (`kappaGlyphs`, between a capital or hyphen and a
    /// capital) spelt `K`: `NF-«B` -> `NF-KB`; nil when it has none.
    public static func kappaRead(_ word: String) -> String? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3 else { return nil }
        var result = String.UnicodeScalarView()
        var changed = false
        for (index, scalar) in scalars.enumerated() {
            if kappaGlyphs.contains(scalar), index > 0, index + 1 < scalars.count,
               isCapitalOrHyphen(scalars[index - 1]), isCapital(scalars[index + 1]) {
                result.append("K")
                changed = true
            } else {
                result.append(scalar)
            }
        }
        return changed ? String(result) : nil
    }

    private static func isCapital(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }
    private static func isCapitalOrHyphen(_ scalar: Unicode.Scalar) -> Bool { scalar == "-" || isCapital(scalar) }

    /// Confusions of shapes further apart, which a short word made only of letters is more
    /// often really spelt with (`GABA` is not GAB4): taken only in words with a digit or of 5
    /// or more bytes. Only the capitals table's readings of these bytes are distant (`O` read
    /// as `0` is a basic confusion).
    static let distant: Set<UInt8> = Set("ATGEDO".utf8)

    /// Shapes the engine reads one small glyph as twice (`DNMT1L`, `KLF5S`, `WWTRI1`, `NDUFSS5`):
    /// two neighbours of one class in a capitals word may be one glyph.
    static let doubledGlyphClasses: [Set<UInt8>] = [Set("1lLIi|".utf8), Set("5Ss".utf8), Set("0Oo".utf8), Set("8B".utf8)]

    /// Lower-case letters whose capitals have the same shape, only smaller: in 6-7 px text the
    /// engine often reads `SOS1` as `sosl` or `CD47` as `cp47`-like mixtures. A word whose
    /// lower-case letters are all of these (or `l`, `i`) is tried in capitals.
    static let caseBlindLetters: Set<UInt8> = Set("cosuvwxz".utf8)

    /// Bytes a box's left edge is read as, dropped from the front of a capitals word.
    static let edgeBytes: Set<UInt8> = [UInt8(ascii: "I"), UInt8(ascii: "l"), UInt8(ascii: "|")]

    /// Lower-case letters a capitals word may contain: each is itself a confusion.
    static let lowerCaseConfusions: Set<UInt8> = [UInt8(ascii: "l"), UInt8(ascii: "i"), UInt8(ascii: "z")]

    /// Words corrected at all: 3 to 16 bytes with at least one capital or digit (so English words
    /// in lower case, which are not symbols misread, are not bent into symbols).
    public static func isCandidate(_ word: String) -> Bool {
        let bytes = word.utf8
        guard (3...16).contains(bytes.count) else { return false }
        return bytes.contains { MatchKey.isUpper($0) || MatchKey.isDigit($0) }
    }

    /// True when `word` is written in capitals for the wider confusions: no lower-case letter
    /// but `l`, `i` or `z`, and at least 4 bytes unless it has a digit.
    static func isCapitalsWord(_ bytes: [UInt8]) -> Bool {
        var hasDigit = false
        for byte in bytes {
            if MatchKey.isDigit(byte) { hasDigit = true }
            if MatchKey.isLetter(byte), !MatchKey.isUpper(byte), !lowerCaseConfusions.contains(byte) { return false }
        }
        return hasDigit || bytes.count >= 4
    }

    /// The tiers of variants of `word`, most trusted first; each tier in byte order, each
    /// variant with its steps (`corrected:l->1`, `corrected:drop-I`). A caller takes the first
    /// tier in which some variant names something.
    public static func tiers(of word: String) -> [[(text: String, transforms: [String])]] {
        var bytes = Array(word.utf8)
        var prefix: [String] = []
        if let capitals = inCapitals(bytes) {
            bytes = capitals
            prefix = ["corrected:case"]
        }
        let written = String(decoding: bytes, as: UTF8.self)
        guard isCandidate(written) else { return [] }
        var result = [variants(of: bytes, edits: singleEdits(bytes, table: basic, dropsEdge: false))]
        if isCapitalsWord(bytes) {
            // The capitals table gives no byte a reading the basic one gives it: these are
            // exactly the single edits the basic tier did not try.
            let edits = singleEdits(bytes, table: capitals, dropsEdge: bytes.count >= 4) + doubledGlyphDrops(bytes)
            result.append(variants(of: bytes, edits: edits))
            if bytes.count >= 5 {
                let all = singleEdits(bytes, table: allConfusions, dropsEdge: true) + doubledGlyphDrops(bytes)
                result.append(variants(of: bytes, edits: pairs(of: all)))
            }
        }
        return result.map { tier in tier.map { ($0.text, prefix + $0.transforms) } }.filter { !$0.isEmpty }
    }

    /// `bytes` with their lower-case letters in capitals, when every one of them is case-blind
    /// (`caseBlindLetters`, or the `l` and `i` that stay to be read as confusions) and the word
    /// has at least 4 bytes, one of them a digit, a capital, `l` or `i` (`sosl` -> `SOSl`,
    /// `cDoc42` -> `CDOC42`); nil when nothing would change or the word is not such a word.
    static func inCapitals(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 4, bytes.contains(where: { caseBlindLetters.contains($0) }) else { return nil }
        var anchored = false
        for byte in bytes where MatchKey.isLetter(byte) || MatchKey.isDigit(byte) {
            if MatchKey.isDigit(byte) || MatchKey.isUpper(byte) || byte == UInt8(ascii: "l") || byte == UInt8(ascii: "i") {
                anchored = true
            } else if !caseBlindLetters.contains(byte) {
                return nil
            }
        }
        guard anchored else { return nil }
        return bytes.map { caseBlindLetters.contains($0) ? MatchKey.upper($0) : $0 }
    }

    /// Drops of one of two neighbouring bytes that may be one glyph read twice: the second of the
    /// pair, or the first when only it is a letter among digits' look-alikes (`I1` -> `1`).
    static func doubledGlyphDrops(_ bytes: [UInt8]) -> [Edit] {
        var edits: [Edit] = []
        for position in bytes.indices.dropFirst() {
            let pair = (bytes[position - 1], bytes[position])
            guard doubledGlyphClasses.contains(where: { $0.contains(pair.0) && $0.contains(pair.1) }) else { continue }
            edits.append(Edit(position: position, replacement: nil))
            if pair.0 != pair.1 { edits.append(Edit(position: position - 1, replacement: nil)) }
        }
        return edits
    }

    /// Closing marks the engine reads a small final `1` as.
    static let finalGlyphs: Set<UInt8> = Set("!]})".utf8)
    /// Brackets that make a final mark a real closing one (`(JAK)`).
    static let openingBrackets: Set<UInt8> = Set("([{".utf8)

    /// The word before its final mark, when the word (leading punctuation aside) is 2 or more
    /// capitals and digits ended by one of `finalGlyphs` with no opening bracket before it: the
    /// mark may be a `1` (`JAK!`, `TALDO]`). A `|` is left out: it is a box's edge far more
    /// often, and `IL2|` must not become IL21.
    public static func beforeFinalGlyph(_ word: String) -> String? {
        var bytes = Array(word.utf8)
        if bytes.contains(where: { openingBrackets.contains($0) }) { return nil }
        while let first = bytes.first, Trimmer.isLeading(first) { bytes.removeFirst() }
        guard bytes.count >= 3, let last = bytes.last, finalGlyphs.contains(last) else { return nil }
        let stem = bytes.dropLast()
        guard stem.allSatisfy({ MatchKey.isUpper($0) || MatchKey.isDigit($0) }), stem.contains(where: MatchKey.isUpper) else { return nil }
        return String(decoding: stem, as: UTF8.self)
    }

    /// The basic tier alone: every variant with exactly one basic substitution.
    public static func variants(of word: String) -> [(text: String, transform: String)] {
        guard isCandidate(word) else { return [] }
        let bytes = Array(word.utf8)
        return variants(of: bytes, edits: singleEdits(bytes, table: basic, dropsEdge: false).map { [$0] })
            .map { ($0.text, $0.transforms[0]) }
    }

    private static func singleEdits(_ bytes: [UInt8], table: [UInt8: [UInt8]], dropsEdge: Bool) -> [Edit] {
        var edits: [Edit] = []
        if dropsEdge, let first = bytes.first, edgeBytes.contains(first), bytes.count > 1, MatchKey.isUpper(bytes[1]) {
            edits.append(Edit(position: 0, replacement: nil))
        }
        for (position, byte) in bytes.enumerated() {
            guard var replacements = table[byte] else { continue }
            if distant.contains(byte), bytes.count < 5, !bytes.contains(where: MatchKey.isDigit) {
                replacements.removeAll { capitals[byte]?.contains($0) == true }
            }
            // A gamma follows its stem (IFN-γ, PLCγ2): a leading Y or one in a three-letter word
            // is a real Y far more often (`Yer` -> GER, `SAy` -> SAG were false on the dev set).
            if byte == UInt8(ascii: "Y") || byte == UInt8(ascii: "y"), position == 0 || bytes.count < 4 { continue }
            edits += replacements.map { Edit(position: position, replacement: $0) }
        }
        return edits
    }

    /// Every pair of edits at two different positions.
    private static func pairs(of edits: [Edit]) -> [[Edit]] {
        var result: [[Edit]] = []
        for (index, first) in edits.enumerated() {
            for second in edits[(index + 1)...] where second.position != first.position {
                result.append([first, second])
            }
        }
        return result
    }

    private static func variants(of bytes: [UInt8], edits: [Edit]) -> [(text: String, transforms: [String])] {
        variants(of: bytes, edits: edits.map { [$0] })
    }

    private static func variants(of bytes: [UInt8], edits: [[Edit]]) -> [(text: String, transforms: [String])] {
        edits.map { group in
            var variant = bytes
            // Later positions first, so dropping a byte does not shift the others.
            for edit in group.sorted(by: { $0.position > $1.position }) {
                if let replacement = edit.replacement { variant[edit.position] = replacement } else { variant.remove(at: edit.position) }
            }
            let steps = group.map { edit in
                let from = String(UnicodeScalar(bytes[edit.position]))
                return edit.replacement.map { "corrected:\(from)->\(String(UnicodeScalar($0)))" } ?? "corrected:drop-\(from)"
            }
            return (String(decoding: variant, as: UTF8.self), steps)
        }
    }
}
