/// A PFOCR figure record: YAML front matter fields in their original order, and the markdown
/// body after the front matter.
public struct Record: Hashable, Sendable {
    /// The front matter fields, in order.
    public var fields: [RecordField]
    /// Everything after the closing `---` line, unchanged.
    public var body: String
    /// The front matter exactly as read (between the `---` lines), when the record came from a
    /// file; writers reuse it so an enriched record differs from the original only by what was added.
    public var frontMatterSource: String?

    /// A record from its fields and body.
    public init(fields: [RecordField], body: String = "", frontMatterSource: String? = nil) {
        self.fields = fields
        self.body = body
        self.frontMatterSource = frontMatterSource
    }

    /// The value of a top-level field.
    public subscript(key: String) -> RecordValue? {
        fields.first { $0.key == key }?.value
    }

    /// The `figid` field's text, when present and a scalar.
    public var figid: String? { self["figid"]?.text }

    /// The `filename` field's text, when present and a scalar.
    public var filename: String? { self["filename"]?.text }

    /// The whole front matter as one mapping value.
    public var value: RecordValue { .mapping(fields) }

    /// A record for an image that has none: its file name and a figid, by default derived from it.
    public static func minimal(forImageNamed filename: String, figid: String? = nil) -> Record {
        Record(fields: [
            RecordField(key: "figid", value: .string(figid ?? OutputName.derivedFigid(fromFilename: filename))),
            RecordField(key: "filename", value: .string(filename)),
        ])
    }
}
