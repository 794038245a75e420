import MigofCore
import MigofWidgets

/// The dashboard as a value: a router over a stack of screen models and a stack of dialogs,
/// with `update(_:)` for each event and `view(size:)` for each frame.
///
/// Screens and dialogs own their state, keys, layout and drawing; the app only routes
/// events to the top one and applies the effects they return (`App.apply`). Nothing here
/// touches the terminal, so every screen runs headless in tests.
public struct App: Sendable {
    /// The data and its edits; the only part that touches the disk.
    var document: Document
    var chrome: Chrome
    /// Screens, the last one on top; never empty.
    var stack: [Screen]
    /// Open dialogs, the last one on top; it takes every key and mouse event.
    var dialogs: [Dialog] = []
    /// A one-frame note in the status bar, cleared by the next key.
    var message: String?
    /// The last known terminal size.
    var size = Size(width: 80, height: 24)
    /// Set once the dashboard should close.
    var exit: ExitRequest?
    /// The first keys of a sequence typed so far (`Z` of `Z Z`), waiting for the rest.
    var pendingKeys: [Key] = []
    /// Text copied but not yet handed to the terminal; `Runner` passes it to the backend.
    var clipboard: String?
    /// Why the terminal will not take a copy (`AppOptions.clipboardProblem`), said after each copy.
    var clipboardProblem: String?
    /// After a digit answers an indicator, select the next unanswered one (config `auto-advance`).
    var autoAdvance = true

    public init(store: Store, framework: Framework, storePath: String, options: AppOptions = AppOptions()) {
        document = Document(store: store, framework: framework, year: options.year, session: options.session,
                            catalog: options.catalog, headlines: options.headlines)
        chrome = Chrome(storePath: storePath, themes: options.themes, glyphs: options.glyphs)
        chrome.reportFolder = options.reportFolder
        let rebound = Keymap.standard.rebound(options.keys)
        chrome.keymap = rebound.keymap
        clipboardProblem = options.clipboardProblem
        // One status line: the caller's note first, then what the keys table could not do.
        let notes = [options.message].compactMap { $0 } + rebound.problems
        message = notes.isEmpty ? nil : notes.joined(separator: "; ")
        autoAdvance = options.autoAdvance
        var home = HomeModel()
        stack = []
        if let area = options.area.flatMap(framework.area) {
            home.selection = framework.areas.firstIndex { $0.id == area.id } ?? 0
            stack = [.home(home), .area(AreaModel(id: area.id))]
        } else {
            stack = [.home(home)]
        }
        if let code = options.country, store.countries[code] != nil {
            stack.append(.profile(ProfileModel(code: code)))
        }
        // The configured start screen, when no deep link named one; Esc goes back to home.
        if options.startScreen == .browser, stack.count == 1 {
            stack.append(.browser(BrowserModel(document: document)))
        }
        if let pending = options.pendingJournal, !pending.entries.isEmpty, options.session?.isReadOnly == false {
            dialogs = [.recover(RecoverDialog(contents: pending))]
        }
    }

    /// The theme in use.
    public var theme: Theme { chrome.theme }
    /// The screen on top.
    var screen: Screen { stack.last ?? .home(HomeModel()) }
    public var quitRequested: Bool { exit != nil }
    /// The process exit status once quit: 0 for `q`, 130 for Ctrl-C, 128 + n for signal n.
    public var exitStatus: Int32 { exit?.status ?? 0 }
    /// A line for the shell after the dashboard closes, e.g. where discarded edits went.
    public var exitNote: String? { exit?.note }
    /// True when the store differs from what was last saved.
    public var isModified: Bool { document.isModified }
    /// The editing session in use: it changes when a read-only session later gets the lock,
    /// so the caller that closes it at exit asks here.
    public var session: EditingSession? { document.session }
    public var store: Store { document.store }
    public var framework: Framework { document.framework }
    public var year: Int { document.year }

    /// The content area between the title bar (and the conflicts banner) and the status bar.
    var contentArea: Rect {
        Self.frameRows(Rect(x: 0, y: 0, width: size.width, height: size.height), banner: showsConflictBanner).content
    }

    /// Pushes the compare screen for `a` in `yearA` against `b` in `yearB` (the `--compare`
    /// deep link). Codes not in the store leave the stack as it is.
    public mutating func openComparison(_ a: String, year yearA: Int, with b: String, year yearB: Int) {
        guard store.countries[a] != nil, store.countries[b] != nil else { return }
        apply(.push(.compare(CompareState(a: a, yearA: yearA, b: b, yearB: yearB))))
    }
}
