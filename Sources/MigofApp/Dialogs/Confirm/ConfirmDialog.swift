import MigofCore
import MigofWidgets

/// A yes/no question before a change that is hard to see undone.
struct ConfirmDialog: Sendable {
    /// What yes does.
    enum Question: Sendable {
        case copyScores(country: String, from: Int, to: Int)
        case deleteCountry(String)
    }

    let question: Question

    mutating func update(_ action: Action?, document: Document) -> Effect? {
        switch action {
        case .dialog(.yes)?: return .all([.close, yes(document)])
        case .dialog(.no)?: return .all([.close, .message("cancelled")])
        default: return nil
        }
    }

    private func yes(_ document: Document) -> Effect {
        let countries = document.store.countries
        switch question {
        case .copyScores(let code, let from, let to):
            guard let source = countries[code]?.assessments[from]?.scores,
                  let target = countries[code]?.assessments[to]?.scores else { return .all([]) }
            return .commit(.scores(country: code, year: to, old: target, new: source))
        case .deleteCountry(let code):
            guard let country = countries[code] else { return .all([]) }
            return .all([.commit(.country(code: code, old: country, new: nil)), .message("deleted \(country.name); u undoes")])
        }
    }

    /// The question in words.
    func text(_ document: Document) -> String {
        let countries = document.store.countries
        switch question {
        case .copyScores(let code, let from, let to):
            let source = countries[code]?.assessments[from]?.scores.count ?? 0
            let target = countries[code]?.assessments[to]?.scores.count ?? 0
            let replace = target > 0 ? " This replaces its \(target) current score\(target == 1 ? "" : "s")." : ""
            return "Copy the \(source) indicator score\(source == 1 ? "" : "s") of \(from) into \(to)?\(replace)"
        case .deleteCountry(let code):
            return "Delete \(countries[code]?.name ?? code) and all its assessments? u undoes it until you quit."
        }
    }

    func view(into buffer: inout Buffer, area: Rect, context: ViewContext) {
        let frame = DialogFrame(glyphs: context.glyphs)
        let lines = TextWrap.wrap(text(context.document), width: 56, lines: 4, ellipsis: context.glyphs.ellipsis)
        let inner = frame.box("Confirm", width: 60, height: lines.count + 4, into: &buffer, area: area)
        for (row, text) in lines.enumerated() { frame.line(text, into: &buffer, inner, row: row, style: Style(.text)) }
        frame.line("y yes · n no", into: &buffer, inner, row: lines.count + 1, style: Style(.accent, bold: true))
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.char("y"), .char("Y")], .dialog(.yes), .confirm, help: "Yes: make the change"),
        KeyBinding([.char("n"), .char("N"), .escape], .dialog(.no), .confirm, help: "No: leave everything as it is"),
    ]
}

extension Context {
    public static let confirm = Context("Confirmation")
}
