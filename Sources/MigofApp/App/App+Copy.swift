import MigofCore

/// `y`: what is selected, as Markdown for the clipboard. The same reports as `migof list`,
/// `show` and `compare --format md` write, so a paste reads as the command line's output.
extension App {
    /// The copy of the selection on the screen on top: the selected country's row (browser,
    /// area ranking, map), the profile's summary, or the comparison's table.
    func copyEffect() -> Effect {
        let top = screen
        if case .profile(let model) = top, let profile = document.profile(model.code) {
            let text = ProfileReport(profile: profile, framework: framework, sources: store.sources).render(.md)
            return .copy(text: text, what: "\(profile.country.name)'s profile summary")
        }
        if case .compare(let state) = top, let comparison = state.comparison(document) {
            let text = ComparisonReport(comparison: comparison, framework: framework).render(.md)
            let a = comparison.a, b = comparison.b
            let sides = a.country.iso3 == b.country.iso3 ? "\(a.country.name) \(a.year) and \(b.year)"
                : "\(a.country.name) and \(b.country.name)"
            return .copy(text: text, what: "the comparison of \(sides)")
        }
        guard let code = selectedCountry(top), let profile = document.profile(code) else {
            return .message("nothing to copy here: y copies a country's row (browser, area panel, map), a profile or a comparison")
        }
        let text = ListReport(framework: framework, year: year, profiles: [profile]).render(.md)
        return .copy(text: text, what: "\(profile.country.name)'s row")
    }

    /// The country a list or map screen has selected.
    private func selectedCountry(_ screen: Screen) -> String? {
        if case .browser(let model) = screen { return model.selectedCode }
        if case .area(let model) = screen { return model.selectedCode(document) }
        if case .map(let model) = screen { return model.selected }
        return nil
    }

    /// Keeps `text` for the backend and says what was copied, and when the terminal is known
    /// not to take it, that too.
    mutating func copy(_ text: String, what: String) {
        clipboard = text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
        // Short enough for the status line of an 80-column terminal beside "Press ? for help".
        let note = clipboardProblem.map { "sent \(what) as OSC 52, but \($0)" }
            ?? "copied \(what) (Markdown, \(lines) line\(lines == 1 ? "" : "s"))"
        message = note
    }

    /// The text copied since the last call, for the backend; nil when nothing was.
    public mutating func takeClipboard() -> String? {
        defer { clipboard = nil }
        return clipboard
    }
}
