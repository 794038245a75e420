import MigofCore
import MigofWidgets

extension App {
    /// An action from the keymap: the global ones here, the rest to the screen on top.
    mutating func perform(_ action: Action) {
        switch action {
        case .quit:
            // Quit waits for the journal, and says so when a last fsync failed.
            guard journalSettledForDisk() else { return }
            apply(quitEffect(status: 0))
        case .interrupt:
            guard journalSettledForDisk() else { return }
            // A second Ctrl-C at the question quits at once; the edits wait in the journal.
            if case .quit? = dialogs.last { apply(.quitNow(130)) } else { apply(quitEffect(status: 130)) }
        case .undo: apply(.undo)
        case .redo: apply(.redo)
        case .save: apply(.save)
        case .addCountry:
            apply(document.catalog == nil ? .message("no country catalogue loaded") : .open(.addCountry(AddCountryDialog())))
        case .help:
            let commands = Command.helpLines(Command.available(document), areas: framework.areas.map(\.id))
            apply(.open(.help(HelpDialog(screen: screen.context, commands: commands, answers: helpAnswers,
                                         storePath: chrome.storePath))))
        case .commandLine: apply(.open(.command(CommandPrompt(themes: chrome.themes.map(\.name)))))
        case .copy: apply(copyEffect())
        case .filterPrompt: apply(.open(.command(CommandPrompt(themes: chrome.themes.map(\.name), text: "filter "))))
        case .previousYear: apply(.changeYear(-1))
        case .nextYear: apply(.changeYear(1))
        case .area(let index):
            guard framework.areas.indices.contains(index) else { return }
            // The home tiles follow, so Esc lands on the area just seen.
            if case .home(var home) = stack[0] {
                home.selection = index
                stack[0] = .home(home)
            }
            apply(.push(.area(AreaModel(id: framework.areas[index].id))))
        case .stepArea:
            routeToScreen(action)
            homeFollowsArea()
        case .home: stack.removeSubrange(1...)
        case .browser: apply(.push(.browser(BrowserModel(document: document))))
        case .show(let name):
            guard let next = Screen.make(named: name, document: document) else { return }
            apply(.push(next))
        case .search:
            if case .browser = screen {} else { apply(.push(.browser(BrowserModel(document: document)))) }
            routeToScreen(.search)
        case .cycleTheme:
            chrome.themeIndex = (chrome.themeIndex + 1) % chrome.themes.count
            message = "theme: \(theme.name)"
        case .score, .clearScore, .stepScore, .editNote:
            let target = screen.scoreTarget(document)
            guard let effect = scoreEffect(action) else { return }
            if apply(effect), case .score = action, case .commit = effect, let target { advance(after: target) }
        case .newYear, .copyPreviousYear, .deleteCountry, .showLog:
            if let effect = countryEffect(action) { apply(effect) }
        case .writeReport: apply(reportEffect)
        default:
            routeToScreen(action)
        }
    }

    /// As with 1-6, the home tiles follow an area panel stepped with `<` `>`, so Esc lands
    /// on the area just seen.
    private mutating func homeFollowsArea() {
        guard case .area(let model) = screen, let index = framework.areas.firstIndex(where: { $0.id == model.id }),
              case .home(var home) = stack[0] else { return }
        home.selection = index
        stack[0] = .home(home)
    }

    private mutating func routeToScreen(_ action: Action) {
        var top = screen
        let effect = top.update(action, document: document, area: contentArea)
        stack[stack.count - 1] = top
        if let effect { apply(effect) }
    }

    /// `q` and Ctrl-C: the quit dialog when there are unsaved edits, else quit at once.
    private func quitEffect(status: Int32) -> Effect {
        isModified && document.readOnlyReason == nil ? .open(.quit(QuitDialog(status: status))) : .quitNow(status)
    }

    /// Country keys on the profile and browser: new round, copy round, delete, log.
    private func countryEffect(_ action: Action) -> Effect? {
        guard let code = screen.country, let country = store.countries[code] else { return nil }
        switch action {
        case .newYear:
            return .open(.newYear(NewYearDialog(country: code)))
        case .copyPreviousYear:
            guard country.assessments[year] != nil else { return .message("\(country.name) has no assessment for \(year); Y adds the year") }
            guard let previous = country.years.last(where: { $0 < year }) else {
                return .message("\(country.name) has no year before \(year) to copy from")
            }
            return .open(.confirm(ConfirmDialog(question: .copyScores(country: code, from: previous, to: year))))
        case .deleteCountry:
            return .open(.confirm(ConfirmDialog(question: .deleteCountry(code))))
        case .showLog:
            return .open(.log(LogDialog(country: code)))
        default:
            return nil
        }
    }
}
