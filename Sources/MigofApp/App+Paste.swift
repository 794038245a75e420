import MigofWidgets

extension App {
    /// A bracketed paste. Into an open text field (the note editor, the new-year and
    /// add-country prompts, a country picker, the browser search) it is typed as text only:
    /// line breaks and tabs become spaces and nothing in it can run a command. Anywhere else
    /// it is ignored, with a message.
    mutating func paste(_ text: String) {
        guard acceptsText else {
            message = "paste ignored: no text field is open"
            return
        }
        // Fed as characters through the field's own key handling, so the field updates
        // (search results, picker matches) exactly as when typing. 1,000 is more than any field holds.
        for character in TextInput.pastedCharacters(text, limit: 1000) {
            update(.key(.char(character)))
        }
    }

    /// True when the keyboard goes to a text field: the same order as `update` hands keys out.
    var acceptsText: Bool {
        switch prompt {
        case .note?, .newYear?, .addCountry?: return true
        case .some: return false
        case nil:
            if picker != nil { return true }
            if helpVisible { return false }
            if case .browser = screen { return browser.searching }
            return false
        }
    }
}
