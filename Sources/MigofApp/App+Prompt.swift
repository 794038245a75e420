import Foundation
import MigofCore
import MigofWidgets

extension App {
    /// Keys while a dialog is open.
    mutating func handlePromptKey(_ key: Key) {
        guard let current = prompt else { return }
        switch current {
        case .note(let code, let year, let indicator, var input):
            switch input.handle(key) {
            case .editing:
                prompt = .note(country: code, year: year, indicator: indicator, input: input)
                if input.refusal == .full { message = "a note holds at most \(input.maxLength ?? 0) characters" }
            case .cancelled:
                prompt = nil
                message = "note unchanged"
            case .submitted(let text):
                prompt = nil
                let old = store.countries[code]?.assessments[year]?.notes[indicator]
                let new = text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text
                if old == new {
                    message = "note unchanged"
                } else {
                    commit(.note(country: code, year: year, indicator: indicator, old: old, new: new))
                }
            }
        case .newYear(let code, var input):
            switch input.handle(key) {
            case .editing:
                prompt = .newYear(country: code, input: input)
                if input.refusal != nil { message = "a year has four digits, 1900 to 2200" }
            case .cancelled:
                prompt = nil
            case .submitted(let text):
                addYear(text, to: code, input: input)
            }
        case .confirm(let confirmation):
            switch key {
            case .char("y"), .char("Y"):
                prompt = nil
                confirm(confirmation)
            case .char("n"), .char("N"), .escape:
                prompt = nil
                message = "cancelled"
            default:
                break
            }
        case .quit:
            switch key {
            case .char("s"):
                prompt = nil
                save()
                if !isModified { quitRequested = true }
            case .char("d"):
                prompt = nil
                discardAndQuit()
            case .char("c"), .escape:
                prompt = nil
            default:
                break
            }
        case .recover(let contents):
            switch key {
            case .char("r"):
                prompt = nil
                recover(contents)
            case .char("d"):
                prompt = nil
                do {
                    let aside = try session?.journal.setAside()
                    message = "journal set aside as \(abbreviated(aside ?? ""))"
                } catch {
                    message = error.description
                }
            case .char("q"):
                prompt = nil
                quitRequested = true
            default:
                break
            }
        case .addCountry(var input, var list):
            let candidates = addableCountries(matching: input.text)
            switch key {
            case .up: list.move(by: -1, count: candidates.count, visible: pageSize)
            case .down: list.move(by: 1, count: candidates.count, visible: pageSize)
            case .pageUp: list.pageUp(count: candidates.count, visible: pageSize)
            case .pageDown: list.pageDown(count: candidates.count, visible: pageSize)
            default:
                switch input.handle(key) {
                case .editing:
                    list = ListState()
                case .cancelled:
                    prompt = nil
                    return
                case .submitted:
                    prompt = nil
                    guard candidates.indices.contains(list.selected) else {
                        message = "no country matches"
                        return
                    }
                    let country = candidates[list.selected]
                    if commit(.country(code: country.iso3, old: nil, new: country)) {
                        open(.profile(country.iso3))
                        message = "added \(country.name); Y adds an assessment year"
                    }
                    return
                }
            }
            prompt = .addCountry(input: input, list: list)
        case .log(let code, let offset):
            switch keymap.action(for: key, in: .global) {
            case .up: prompt = .log(country: code, offset: max(0, offset - 1))
            case .down: prompt = .log(country: code, offset: offset + 1)
            case .pageUp: prompt = .log(country: code, offset: max(0, offset - pageSize))
            case .pageDown: prompt = .log(country: code, offset: offset + pageSize)
            case .back, .quit: prompt = nil
            default: if key == .char("L") { prompt = nil }
            }
        }
    }

    private mutating func addYear(_ text: String, to code: String, input: TextInput) {
        guard let value = Int(text), text.count == 4, (1900...2200).contains(value) else {
            message = "a year has four digits, 1900 to 2200"
            prompt = .newYear(country: code, input: input)
            return
        }
        guard store.countries[code]?.assessments[value] == nil else {
            message = "\(store.countries[code]?.name ?? code) already has \(value)"
            prompt = .newYear(country: code, input: input)
            return
        }
        prompt = nil
        if commit(.assessment(country: code, year: value, old: nil, new: Assessment())) {
            year = value
            refresh()
            message = "added \(value) for \(store.countries[code]?.name ?? code); P copies the previous year's scores"
        }
    }

    private mutating func confirm(_ confirmation: Confirmation) {
        switch confirmation {
        case .copyScores(let code, let from, let to):
            guard let source = store.countries[code]?.assessments[from]?.scores,
                  let target = store.countries[code]?.assessments[to]?.scores else { return }
            commit(.scores(country: code, year: to, old: target, new: source))
        case .deleteCountry(let code):
            guard let country = store.countries[code] else { return }
            if commit(.country(code: code, old: country, new: nil)) {
                message = "deleted \(country.name); u undoes"
            }
        }
    }

    private mutating func discardAndQuit() {
        do {
            if let aside = try session?.journal.setAside() {
                exitNote = "migof: discarded unsaved edits; they are kept in \(aside)"
            }
        } catch {
            message = error.description
            return
        }
        quitRequested = true
    }

    /// Catalogue countries not yet in the store whose name or code matches `query`.
    func addableCountries(matching query: String) -> [Country] {
        guard let catalog else { return [] }
        let key = query.folded.trimmingCharacters(in: .whitespaces)
        return catalog.countries.values
            .filter { store.countries[$0.iso3] == nil }
            .filter { key.isEmpty || $0.name.folded.contains(key) || $0.iso3.folded == key || $0.iso2.folded == key }
            .sorted { $0.name.folded < $1.name.folded }
    }

    /// The question a confirmation asks.
    func question(_ confirmation: Confirmation) -> String {
        switch confirmation {
        case .copyScores(let code, let from, let to):
            let source = store.countries[code]?.assessments[from]?.scores.count ?? 0
            let target = store.countries[code]?.assessments[to]?.scores.count ?? 0
            let replace = target > 0 ? " This replaces its \(target) current score\(target == 1 ? "" : "s")." : ""
            return "Copy the \(source) indicator score\(source == 1 ? "" : "s") of \(from) into \(to)?\(replace)"
        case .deleteCountry(let code):
            let name = store.countries[code]?.name ?? code
            return "Delete \(name) and all its assessments? u undoes it until you quit."
        }
    }
}
