import MigofCore
import MigofWidgets

extension App {
    /// Applies one event. Keys go through the keymap; text input and help take the keyboard
    /// first while they are open.
    public mutating func update(_ event: Event) {
        switch event {
        case .resize(let newSize):
            size = newSize
            clampSelections()
        case .signal(let number):
            exitStatus = 128 + number
            quitRequested = true
        case .mouse(let mouse):
            handleMouse(mouse)
        case .paste(let text):
            paste(text)
        case .key(let key):
            message = nil
            if key == .ctrl("c") {
                // Ctrl-C never asks: unsaved edits are already in the journal for the next start.
                exitStatus = 130
                quitRequested = true
                return
            }
            if prompt != nil {
                handlePromptKey(key)
            } else if picker != nil {
                handlePickerKey(key)
            } else if helpVisible {
                handleHelpKey(key)
            } else if browser.searching, case .browser = screen {
                handleSearchKey(key)
            } else if let action = keymap.action(for: key, in: screen.context) {
                perform(action)
            }
        }
    }

    mutating func perform(_ action: Action) {
        switch action {
        case .quit:
            if isModified, readOnlyReason == nil { prompt = .quit } else { quitRequested = true }
        case .undo: undo()
        case .redo: redo()
        case .save: save()
        case .addCountry:
            guard catalog != nil else {
                message = "no country catalogue loaded"
                return
            }
            prompt = .addCountry(input: TextInput(maxLength: 60), list: ListState())
        case .help:
            helpVisible.toggle()
            helpOffset = 0
        case .back: goBack()
        case .previousYear: changeYear(by: -1)
        case .nextYear: changeYear(by: 1)
        case .area(let index):
            guard framework.areas.indices.contains(index) else { return }
            homeSelection = index
            open(.area(framework.areas[index].id))
        case .home:
            stack = [.home]
        case .browser:
            open(.browser)
        case .search:
            open(.browser)
            browser.searching = true
        case .compare(let action): performCompare(action)
        case .cycleTheme:
            themeIndex = (themeIndex + 1) % themes.count
            message = "theme: \(theme.name)"
        case .nextSort, .previousSort: cycleSort(forward: action == .nextSort)
        case .nextRegion:
            browser.region = regions.isEmpty ? nil : ((browser.region ?? -1) + 1) % (regions.count + 1)
            if browser.region == regions.count { browser.region = nil }
            refreshBrowser()
            message = "region: \(regionLabel)"
        case .clearRegion:
            browser.region = nil
            refreshBrowser()
            message = "region: all"
        default:
            performOnScreen(action)
        }
    }

    /// Pushes a screen, or goes to it when it is already on top.
    mutating func open(_ target: Screen) {
        if screen != target { stack.append(target) }
    }

    mutating func goBack() {
        if case .browser = screen, !browser.search.text.isEmpty {
            browser.search = TextInput(maxLength: 60)
            refreshBrowser()
            return
        }
        if stack.count > 1 {
            stack.removeLast()
        } else {
            message = "press q to quit"
        }
    }

    mutating func changeYear(by step: Int) {
        guard !years.isEmpty else { return }
        let index = years.firstIndex(of: year) ?? years.lastIndex { $0 < year } ?? 0
        let next = min(max(index + step, 0), years.count - 1)
        guard years[next] != year else {
            message = step < 0 ? "no earlier year" : "no later year"
            return
        }
        year = years[next]
        refresh()
        message = "year \(year)"
    }

    var sortOrders: [CountrySort] { [.name, .overall] + framework.areas.map { .area($0.id) } }

    mutating func cycleSort(forward: Bool) {
        let orders = sortOrders
        let index = orders.firstIndex(of: browser.sort) ?? 0
        browser.sort = orders[(index + (forward ? 1 : orders.count - 1)) % orders.count]
        browser.list = ListState()
        resortBrowser()
        message = "sorted by \(browser.sort.label)"
    }

    var regionLabel: String {
        browser.region.flatMap { regions.indices.contains($0) ? regions[$0] : nil } ?? "all"
    }

    mutating func handleSearchKey(_ key: Key) {
        switch key {
        case .up, .down, .pageUp, .pageDown:
            if let action = keymap.action(for: key, in: .browser) { performOnScreen(action) }
            return
        case .ctrl("c"):
            quitRequested = true
            return
        case .tab, .backTab:
            browser.searching = false
            return
        default: break
        }
        switch browser.search.handle(key) {
        case .editing:
            browser.list = ListState()
            refreshBrowser()
        case .submitted:
            browser.searching = false
        case .cancelled:
            browser.searching = false
            browser.search = TextInput(maxLength: 60)
            refreshBrowser()
        }
    }

    mutating func handleHelpKey(_ key: Key) {
        switch keymap.action(for: key, in: .global) {
        case .help, .back: helpVisible = false
        case .quit: quitRequested = true
        case .up: helpOffset = max(0, helpOffset - 1)
        case .down: helpOffset += 1
        case .pageUp: helpOffset = max(0, helpOffset - pageSize)
        case .pageDown: helpOffset += pageSize
        case .top: helpOffset = 0
        default: break
        }
    }

    /// Keeps every selection inside its list after a resize or a data change.
    mutating func clampSelections() {
        browser.list.clamp(count: browser.rows.count, visible: pageSize)
        for key in profileStates.keys {
            let count = profileRows(key).count
            profileStates[key]!.list.clamp(count: count, visible: pageSize)
        }
        for area in framework.areas {
            guard var state = areaStates[area.id] else { continue }
            state.indicators.clamp(count: area.indicators.count, visible: pageSize)
            state.countries.clamp(count: ranked[area.id]?.count ?? 0, visible: pageSize)
            areaStates[area.id] = state
        }
    }
}
