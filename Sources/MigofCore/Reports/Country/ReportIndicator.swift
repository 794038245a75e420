/// One indicator of a profile report: its answer in words and its note.
public struct ReportIndicator: Sendable, Equatable {
    public var id: String
    public var name: String
    /// The answer's label ("Yes, only for migrants with legal status"), nil when unanswered.
    public var answer: String?
    /// The answer's value as the store writes it ("0.5"), nil when unanswered.
    public var value: String?
    /// The analyst's note, user text: renderers escape it.
    public var note: String?

    public init(id: String, name: String, answer: String?, value: String?, note: String?) {
        self.id = id
        self.name = name
        self.answer = answer
        self.value = value
        self.note = note
    }

    /// The entry's answer and note under `framework`.
    public init(_ entry: IndicatorEntry, framework: Framework) {
        let id = entry.indicator.id
        let option = entry.score.flatMap { framework.option($0, of: id) }
        self.init(id: id, name: entry.indicator.name, answer: option?.label,
                  value: option.map { AnswerOption.text(of: $0.value) }, note: entry.note)
    }
}
