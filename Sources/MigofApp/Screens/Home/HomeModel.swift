import MigofCore
import MigofWidgets

/// The home screen: one tile per principle and objective, or a list with a detail panel on
/// small terminals.
struct HomeModel: Hashable, Sendable {
    /// Index of the selected area in the framework.
    var selection = 0

    func crumb(_ document: Document) -> String { "Home" }

    func layout(in rect: Rect, document: Document) -> HomeLayout {
        HomeLayout(rect, count: document.framework.areas.count, bands: document.framework.scale.count)
    }

    mutating func reclamp(_ document: Document, layout: HomeLayout) {
        selection = min(max(selection, 0), max(0, document.framework.areas.count - 1))
    }

    /// Arrows move across the tiles (or down the list), Enter opens the area.
    mutating func update(_ action: Action, document: Document, layout: HomeLayout) -> Effect? {
        let count = document.framework.areas.count
        let columns = layout.usesTiles ? 3 : 1
        var index = selection
        switch action {
        case .left: index -= layout.usesTiles ? 1 : 0
        case .right: index += layout.usesTiles ? 1 : 0
        case .up: index -= columns
        case .down: index += columns
        case .nextFocus: index = (index + 1) % count
        case .previousFocus: index = (index + count - 1) % count
        case .top, .pageUp: index = 0
        case .bottom, .pageDown: index = count - 1
        case .open: return .push(.area(AreaModel(id: document.framework.areas[selection].id)))
        default: break
        }
        selection = min(max(index, 0), count - 1)
        return nil
    }

    /// A click selects a tile or list row; a click on the selected one opens it.
    mutating func click(x: Int, y: Int, document: Document, layout: HomeLayout) -> Effect? {
        guard let index = layout.index(x: x, y: y), document.framework.areas.indices.contains(index) else { return nil }
        if index == selection { return update(.open, document: document, layout: layout) }
        selection = index
        return nil
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.enter], .open, .home, help: "Open the selected area", hint: "open"),
    ]
}

extension Context {
    public static let home = Context("Home")
}
