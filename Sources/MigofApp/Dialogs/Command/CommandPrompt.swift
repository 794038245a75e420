import MigofCore
import MigofWidgets

/// The `:` prompt, as in k9s: one line at the foot of the screen. Tab completes the word
/// being typed and, pressed again, steps through the other matches; Enter runs the line
/// (through `App.runCommand`), Esc closes it.
struct CommandPrompt: Sendable {
    var input = TextInput(maxLength: 80)
    /// The app's theme names, for `:theme` and its completion.
    let themes: [String]
    /// The choices of the last Tab, the line they complete, and which one is in the field.
    var choices: [CommandCompletion.Candidate] = []
    var base = ""
    var chosen = 0

    /// A prompt for `themes`, with `text` already typed (`f` in the browser opens "filter ").
    init(themes: [String], text: String = "") {
        self.themes = themes
        input.text = text
    }

    mutating func update(_ key: Key, action: Action?, document: Document) -> Effect? {
        switch action {
        case .dialog(.cancel)?:
            return .close
        case .open?:
            return .all([.close, .command(input.text)])
        case .nextFocus?:
            complete(step: 1, document: document)
            return nil
        case .previousFocus?:
            complete(step: -1, document: document)
            return nil
        default:
            // Backspace on an empty line closes the prompt, as in k9s and vim.
            if key == .backspace, input.text.isEmpty { return .close }
            if case .editing = input.handle(key) { choices = [] }
            return nil
        }
    }

    /// The first Tab puts the first match in the field; the next ones step through the rest.
    private mutating func complete(step: Int, document: Document) {
        if choices.isEmpty {
            base = input.text
            choices = CommandCompletion.candidates(base, resolver: CommandResolver(document: document, themes: themes))
            chosen = step > 0 ? 0 : choices.count - 1
        } else {
            chosen = (chosen + step + choices.count) % choices.count
        }
        guard choices.indices.contains(chosen) else { return }
        // One match is final: the next Tab completes the following word.
        input.text = CommandCompletion.applying(choices[chosen], to: base)
        if choices.count == 1 { choices = [] }
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.enter], .open, .commandPrompt, help: "Run the command"),
        KeyBinding([.tab], .nextFocus, .commandPrompt, help: "Complete the word; again for the next match"),
        KeyBinding([.backTab], .previousFocus, .commandPrompt, help: "Previous match"),
        KeyBinding([.escape], .dialog(.cancel), .commandPrompt, help: "Close the prompt (other keys type the command)"),
    ]
}

extension Context {
    public static let commandPrompt = Context("Command prompt")
}
