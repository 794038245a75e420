import MigofCore
import MigofWidgets

/// The one place that knows every screen: each call computes the screen's layout once and
/// hands it to the model, so drawing and hit-testing can never disagree.
extension Screen {
    /// Every screen's key scope, in the order help lists them.
    static let contexts: [Context] = [.home, .area, .browser, .profile, .compare, .map, .rounds, .review, .conflicts]

    /// Every screen's own key bindings.
    static let bindings: [KeyBinding] = HomeModel.bindings + AreaModel.bindings + BrowserModel.bindings
        + ProfileModel.bindings + CompareState.bindings + MapModel.bindings + RoundsModel.bindings + ReviewModel.bindings
        + ConflictsModel.bindings

    /// The screen a `.show(name)` binding opens, fresh; nil for a name no screen has.
    static func make(named name: String, document: Document) -> Screen? {
        switch name {
        case "home": .home(HomeModel())
        case "browser": .browser(BrowserModel(document: document))
        case MapModel.name: .map(MapModel())
        case RoundsModel.name: RoundsModel(document: document).map(Screen.rounds)
        case ReviewModel.name: .review(ReviewModel())
        case ConflictsModel.name: .conflicts(ConflictsModel())
        default: nil
        }
    }

    func crumb(_ document: Document) -> String {
        switch self {
        case .home(let model): model.crumb(document)
        case .area(let model): model.crumb(document)
        case .browser(let model): model.crumb(document)
        case .profile(let model): model.crumb(document)
        case .compare(let model): model.crumb(document)
        case .map(let model): model.crumb(document)
        case .rounds(let model): model.crumb(document)
        case .review(let model): model.crumb(document)
        case .conflicts(let model): model.crumb(document)
        }
    }

    func scoreTarget(_ document: Document) -> ScoreTarget? {
        switch self {
        case .area(let model): model.scoreTarget(document)
        case .profile(let model): model.scoreTarget(document)
        case .compare(let model): model.scoreTarget(document)
        case .conflicts(let model): model.scoreTarget(document)
        case .home, .browser, .map, .rounds, .review: nil
        }
    }

    /// Moves the selection to `indicator` of the scored country (auto-advance), crossing
    /// into its area: the profile and compare screens expand it, the area panel switches to it.
    mutating func select(indicator: String, document: Document, area: Rect) {
        switch self {
        case .area(let model): self = .area(model.selecting(indicator: indicator, document: document))
        case .profile(var model):
            model.select(indicator: indicator, document: document, layout: model.layout(in: area, document: document))
            self = .profile(model)
        case .compare(var model):
            model.select(indicator: indicator, document: document, layout: model.layout(in: area, document: document))
            self = .compare(model)
        case .home, .browser, .map, .rounds, .review, .conflicts: break
        }
    }

    /// The country the country keys (new year, copy, delete, log) act on.
    var country: String? {
        switch self {
        case .profile(let model): model.code
        case .map(let model): model.selected
        case .browser(let model): model.selectedCode
        case .home, .area, .compare, .rounds, .review, .conflicts: nil
        }
    }

    /// What to do when a score key finds no indicator selected.
    var scoreHint: String {
        switch self {
        case .area: "Tab to the indicators to score the selected country"
        case .compare: "select an indicator row first (Enter expands an area); the focused side is scored"
        case .conflicts: "only answers and notes are edited here; o, t or b takes a side"
        case .home, .browser, .profile, .map, .rounds, .review: "select an indicator first (Enter expands an area)"
        }
    }

    mutating func update(_ action: Action, document: Document, area: Rect) -> Effect? {
        defer { reclamp(document, area: area) }
        // Esc goes back, except in the browser, where it first clears the search.
        if action == .back, case .browser = self {} else if action == .back { return .pop }
        switch self {
        case .home(var model):
            defer { self = .home(model) }
            return model.update(action, document: document, layout: model.layout(in: area, document: document))
        case .area(var model):
            defer { self = .area(model) }
            return model.update(action, document: document, layout: model.layout(in: area, document: document))
        case .browser(var model):
            defer { self = .browser(model) }
            return model.update(action, document: document, layout: model.layout(in: area, document: document))
        case .profile(var model):
            defer { self = .profile(model) }
            return model.update(action, document: document, layout: model.layout(in: area, document: document))
        case .compare(var model):
            defer { self = .compare(model) }
            return model.update(action, document: document, layout: model.layout(in: area, document: document))
        case .map(var model):
            defer { self = .map(model) }
            return model.update(action, document: document, layout: model.layout(in: area, document: document))
        case .rounds(var model):
            defer { self = .rounds(model) }
            return model.update(action, document: document, layout: model.layout(in: area, document: document))
        case .review(var model):
            defer { self = .review(model) }
            return model.update(action, document: document, layout: model.layout(in: area, document: document))
        case .conflicts(var model):
            defer { self = .conflicts(model) }
            return model.update(action, document: document, layout: model.layout(in: area, document: document))
        }
    }

    mutating func click(x: Int, y: Int, document: Document, area: Rect) -> Effect? {
        defer { reclamp(document, area: area) }
        switch self {
        case .home(var model):
            defer { self = .home(model) }
            return model.click(x: x, y: y, document: document, layout: model.layout(in: area, document: document))
        case .area(var model):
            defer { self = .area(model) }
            return model.click(x: x, y: y, document: document, layout: model.layout(in: area, document: document))
        case .browser(var model):
            defer { self = .browser(model) }
            return model.click(x: x, y: y, document: document, layout: model.layout(in: area, document: document))
        case .profile(var model):
            defer { self = .profile(model) }
            return model.click(x: x, y: y, document: document, layout: model.layout(in: area, document: document))
        case .compare(var model):
            defer { self = .compare(model) }
            return model.click(x: x, y: y, document: document, layout: model.layout(in: area, document: document))
        case .map(var model):
            defer { self = .map(model) }
            return model.click(x: x, y: y, document: document, layout: model.layout(in: area, document: document))
        case .rounds(var model):
            defer { self = .rounds(model) }
            return model.click(x: x, y: y, document: document, layout: model.layout(in: area, document: document))
        case .review(var model):
            defer { self = .review(model) }
            return model.click(x: x, y: y, document: document, layout: model.layout(in: area, document: document))
        case .conflicts(var model):
            defer { self = .conflicts(model) }
            return model.click(x: x, y: y, document: document, layout: model.layout(in: area, document: document))
        }
    }

    /// Re-clamps the selection to the layout after a resize or a document change, keeping
    /// the selected country by identity where the screen lists countries.
    mutating func reclamp(_ document: Document, area: Rect, change: DocumentChange? = nil) {
        switch self {
        case .home(var model):
            model.reclamp(document, layout: model.layout(in: area, document: document))
            self = .home(model)
        case .area(var model):
            model.reclamp(document, layout: model.layout(in: area, document: document))
            self = .area(model)
        case .browser(var model):
            if let change {
                model.documentChanged(change, document: document, layout: model.layout(in: area, document: document))
            } else {
                model.reclamp(document, layout: model.layout(in: area, document: document))
            }
            self = .browser(model)
        case .profile(var model):
            model.reclamp(document, layout: model.layout(in: area, document: document))
            self = .profile(model)
        case .compare(var model):
            model.reclamp(document, layout: model.layout(in: area, document: document))
            self = .compare(model)
        case .map(var model):
            model.reclamp(document, layout: model.layout(in: area, document: document))
            self = .map(model)
        case .rounds(var model):
            model.reclamp(document, layout: model.layout(in: area, document: document))
            self = .rounds(model)
        case .review(var model):
            model.reclamp(document, layout: model.layout(in: area, document: document))
            self = .review(model)
        case .conflicts(var model):
            model.reclamp(document, layout: model.layout(in: area, document: document))
            self = .conflicts(model)
        }
    }

    /// Hands a key to a screen that types text (the map's jump) before the keymap sees it;
    /// `bound` says whether the keymap has the key on this screen. True when it was taken.
    mutating func typeKey(_ key: Key, bound: Bool) -> Bool {
        guard case .map(var model) = self else { return false }
        defer { self = .map(model) }
        return model.typeKey(key, bound: bound)
    }

    func view(into buffer: inout Buffer, area: Rect, context: ViewContext) {
        let document = context.document
        switch self {
        case .home(let model): model.view(into: &buffer, layout: model.layout(in: area, document: document), context: context)
        case .area(let model): model.view(into: &buffer, layout: model.layout(in: area, document: document), context: context)
        case .browser(let model): model.view(into: &buffer, layout: model.layout(in: area, document: document), context: context)
        case .profile(let model): model.view(into: &buffer, layout: model.layout(in: area, document: document), context: context)
        case .compare(let model): model.view(into: &buffer, layout: model.layout(in: area, document: document), context: context)
        case .map(let model): model.view(into: &buffer, layout: model.layout(in: area, document: document), context: context)
        case .rounds(let model): model.view(into: &buffer, layout: model.layout(in: area, document: document), context: context)
        case .review(let model): model.view(into: &buffer, layout: model.layout(in: area, document: document), context: context)
        case .conflicts(let model): model.view(into: &buffer, layout: model.layout(in: area, document: document), context: context)
        }
    }
}
