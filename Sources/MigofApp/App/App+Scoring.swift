import MigofCore
import MigofWidgets

extension App {
    /// Score keys: set, clear, step, or open the note editor for the screen's score target
    /// (an indicator of one country in one year).
    func scoreEffect(_ action: Action) -> Effect? {
        guard let target = screen.scoreTarget(document) else { return .message(screen.scoreHint) }
        guard let assessment = store.countries[target.country]?.assessments[target.year] else {
            return .message("\(store.countries[target.country]?.name ?? target.country) has no assessment for \(target.year); Y adds the year")
        }
        let current = assessment.scores[target.indicator]
        let range = framework.answerRange(of: target.indicator) ?? framework.scoreRange
        switch action {
        case .score(let index):
            let value = range.lowerBound + index
            guard range.contains(value) else { return .message("\(value) is outside the scale \(range.lowerBound)–\(range.upperBound)") }
            return setScore(value, current: current, target)
        case .clearScore:
            return setScore(nil, current: current, target)
        case .stepScore(let step):
            let next = current.map { $0 + step } ?? (step > 0 ? range.lowerBound : range.upperBound)
            guard range.contains(next) else { return .message("already at the \(step > 0 ? "top" : "bottom") of the scale") }
            return setScore(next, current: current, target)
        case .editNote:
            // Never cut a longer note (from a hand-edited store) when it is only opened.
            let note = assessment.notes[target.indicator] ?? ""
            let input = TextInput(text: note, maxLength: max(Assessment.noteLimit, note.count))
            return .open(.note(NoteEditor(target: target, input: input)))
        default:
            return nil
        }
    }

    private func setScore(_ value: Int?, current: Int?, _ target: ScoreTarget) -> Effect {
        guard value != current else { return .message("\(target.indicator) is already \(value.map(String.init) ?? "unscored")") }
        return .commit(.score(country: target.country, year: target.year, indicator: target.indicator, old: current, new: value))
    }
}
