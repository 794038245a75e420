import MigofCore
import MigofWidgets

extension App {
    /// Score keys: pick an option, clear, step, or open the note editor for the screen's score
    /// target (an indicator of one country in one year). The options, their order and their
    /// number come from the framework: digit n picks the indicator's n-th option.
    func scoreEffect(_ action: Action) -> Effect? {
        guard let target = screen.scoreTarget(document) else { return .message(screen.scoreHint) }
        guard let assessment = store.countries[target.country]?.assessments[target.year] else {
            return .message("\(store.countries[target.country]?.name ?? target.country) has no assessment for \(target.year); Y adds the year")
        }
        let current = assessment.scores[target.indicator]
        guard let range = framework.answerRange(of: target.indicator) else {
            return .message("\(target.indicator) has no answer options in the framework \(framework.id)")
        }
        switch action {
        case .score(let index):
            let answer = index + 1
            guard range.contains(answer) else {
                return .message("\(answer) is not an option of \(target.indicator): \(framework.keyHint(for: target.indicator))")
            }
            return setScore(answer, current: current, target)
        case .clearScore:
            return setScore(nil, current: current, target)
        case .stepScore(let step):
            // `-` on an unanswered indicator does nothing, and neither end wraps.
            guard let next = framework.step(current, by: step, of: target.indicator), next != current else {
                if current == nil { return .message("\(target.indicator) is unanswered; + picks its first option") }
                return .message("already at the \(step > 0 ? "last" : "first") option of \(target.indicator)")
            }
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
        guard value != current else {
            return .message("\(target.indicator) is already \(value.map { framework.answerText($0, of: target.indicator) } ?? "unanswered")")
        }
        return .commit(.score(country: target.country, year: target.year, indicator: target.indicator, old: current, new: value))
    }

    /// After a digit answered `target`: selects the next unanswered indicator of the same
    /// country and year, crossing into the next area, when auto-advance is on. Clearing and
    /// stepping stay put, so `+` `+` walks one indicator's options.
    mutating func advance(after target: ScoreTarget) {
        guard autoAdvance, screen.scoreTarget(document) == target else { return }
        let answers = store.countries[target.country]?.assessments[target.year]?.scores ?? [:]
        guard let next = framework.nextUnanswered(after: target.indicator, in: answers) else {
            message = (message.map { $0 + " · " } ?? "") + "every indicator answered"
            return
        }
        var top = screen
        top.select(indicator: next, document: document, area: contentArea)
        replaceTop(top)
    }
}
