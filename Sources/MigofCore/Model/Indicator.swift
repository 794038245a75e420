/// One answerable indicator inside an area, such as `1a Essential and/or emergency health care`.
public struct Indicator: Sendable, Equatable {
    /// Stable identifier, `1a` … `6e` in the default framework, `P1.1` … in the MGI topics.
    public var id: String
    /// Short name for tables and tiles.
    public var name: String
    /// One sentence on what the indicator asks.
    public var description: String
    /// The possible answers, in the order the digit keys pick them.
    public var options: [AnswerOption]

    public init(id: String, name: String, description: String, options: [AnswerOption] = []) {
        self.id = id
        self.name = name
        self.description = description
        self.options = options
    }
}
