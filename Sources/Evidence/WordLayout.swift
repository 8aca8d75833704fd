/// Where a word sits in Tesseract's layout: 1-based block, paragraph, line and word numbers, as in
/// Tesseract's TSV output (`block_num`, `par_num`, `line_num`, `word_num`).
public struct WordLayout: Hashable, Sendable, Codable {
    /// Block number within the page, from 1.
    public var block: Int
    /// Paragraph number within the block, from 1.
    public var paragraph: Int
    /// Line number within the paragraph, from 1.
    public var line: Int
    /// Word number within the line, from 1.
    public var word: Int

    /// A layout position from its four numbers.
    public init(block: Int, paragraph: Int, line: Int, word: Int) {
        self.block = block
        self.paragraph = paragraph
        self.line = line
        self.word = word
    }
}
