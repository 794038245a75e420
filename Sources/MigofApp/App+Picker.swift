import Foundation
import MigofCore
import MigofWidgets

extension App {
    /// Opens the country picker with every country listed by name.
    mutating func openPicker(_ purpose: CountryPicker.Purpose) {
        var picker = CountryPicker(purpose: purpose)
        picker.matches = pickerMatches("")
        self.picker = picker
    }

    /// Countries matching `query` under the one matching rule, best first.
    func pickerMatches(_ query: String) -> [String] {
        document.countries.matches(query)
    }

    /// The picker has the keyboard: typing narrows the list, arrows choose, Enter picks, Esc cancels.
    mutating func handlePickerKey(_ key: Key) {
        guard var picker else { return }
        let visible = pageSize
        switch key {
        case .ctrl("c"):
            quitRequested = true
            return
        case .up: picker.list.move(by: -1, count: picker.matches.count, visible: visible)
        case .down: picker.list.move(by: 1, count: picker.matches.count, visible: visible)
        case .pageUp: picker.list.pageUp(count: picker.matches.count, visible: visible)
        case .pageDown: picker.list.pageDown(count: picker.matches.count, visible: visible)
        case .tab, .backTab: break
        default:
            switch picker.input.handle(key) {
            case .editing:
                picker.matches = pickerMatches(picker.input.text)
                picker.list = ListState()
            case .submitted:
                guard picker.matches.indices.contains(picker.list.selected) else {
                    message = "no country matches '\(picker.input.text)'"
                    break
                }
                self.picker = nil
                choose(picker.matches[picker.list.selected], for: picker.purpose)
                return
            case .cancelled:
                self.picker = nil
                return
            }
        }
        self.picker = picker
    }

    /// Acts on the picked country: a new comparison, or a new side B for the one on top.
    private mutating func choose(_ code: String, for purpose: CountryPicker.Purpose) {
        switch purpose {
        case .compareWith(let a):
            startComparison(a, code)
        case .replaceB:
            guard var state = comparisonState, let country = store.countries[code] else { return }
            state.b = code
            if code == state.a {
                // The same country again is a trend: B takes the nearest other year, later first.
                state.yearB = country.years.first { $0 > state.yearA } ?? country.years.last { $0 < state.yearA } ?? state.yearA
            }
            stack[stack.count - 1] = .compare(state)
            message = "B is now \(sideName(state, .b))"
        }
    }
}
