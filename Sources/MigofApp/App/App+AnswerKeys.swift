import MigofCore

extension App {
    /// The selected indicator's id and its digit keys with what they pick ("1" "yes",
    /// "2" "legal-only", "3" "no"), from the framework; nil when no indicator is selected.
    /// The footer and help show them, so the keys on screen are the ones that work.
    var answerKeys: (indicator: String, keys: [(key: String, label: String)])? {
        guard let target = screen.scoreTarget(document) else { return nil }
        let options = framework.options(for: target.indicator)
        guard !options.isEmpty else { return nil }
        // On the rating scale the digit is the score: one hint, "1-4 score", says it all.
        if framework.answersOnScale(target.indicator) {
            return (target.indicator, [(key: "1-\(options.count)", label: "score")])
        }
        let keys = options.enumerated().map { (key: String($0.offset + 1), label: $0.element.short) }
        return (target.indicator, keys)
    }

    /// The selected indicator's answer keys for help, each with its short label and full label.
    var helpAnswers: (indicator: String, keys: [(key: String, label: String)])? {
        answerKeys.map { selected in
            (indicator: selected.indicator, keys: framework.options(for: selected.indicator).enumerated().map {
                (key: String($0.offset + 1), label: "\($0.element.short): \($0.element.label)")
            })
        }
    }

    /// The screen's footer hints, with the generic "score" hint replaced by the selected
    /// indicator's own options when one is selected.
    var screenHints: [(key: String, label: String)] {
        // No "Esc back" on the first screen: there is nothing to go back to.
        let hints = chrome.keymap.hints(for: screen.context, without: stack.count == 1 ? [.back] : [])
        guard let at = hints.firstIndex(where: { $0.label == "score" }) else { return hints }
        var result = hints
        if let answers = answerKeys {
            result.replaceSubrange(at...at, with: answers.keys)
        } else if let most = framework.indicators.map({ framework.options(for: $0.id).count }).max(), most > 0 {
            // No indicator selected: the digits that answer here, not every digit the keymap holds.
            result[at].key = "1-\(most)"
        }
        return result
    }
}
