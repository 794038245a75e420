import MigofCore
import MigofWidgets
@testable import MigofApp

extension KeyFuzzer {
    /// A screen's selection outside its list, or a listed country missing from the store.
    static func brokenScreen(_ screen: Screen, _ app: App) -> String? {
        switch screen {
        case .home(let model):
            return app.framework.areas.indices.contains(model.selection) ? nil : "home selection \(model.selection)"
        case .browser(let model):
            if let broken = outOfRange(model.list, count: model.rows.count, "browser") { return broken }
            return model.rowCodes.contains(where: { app.store.countries[$0] == nil }) ? "browser lists an unknown country" : nil
        case .area(let model):
            let indicators = app.framework.area(model.id)?.indicators.count ?? 0
            if let broken = outOfRange(model.indicators, count: indicators, "area \(model.id) indicators") { return broken }
            return outOfRange(model.countries, count: app.ranked[model.id]?.count ?? 0, "area \(model.id) ranking")
        case .profile(let model):
            return outOfRange(model.list, count: model.rows(app.framework).count, "profile \(model.code)")
        case .compare(let state):
            return outOfRange(state.list, count: state.rows(app.document).count, "comparison")
        case .map(let model):
            let tiles = (try? MigofCore.WorldTileGrid.bundled.get())?.tiles ?? []
            if !tiles.contains(where: { $0.iso3 == model.selected }) { return "map selection \(model.selected)" }
            return model.marked.contains(where: { app.store.countries[$0] == nil }) ? "map marks an unknown country" : nil
        case .rounds(let model):
            let table = model.table(app.document)
            if let broken = outOfRange(model.list, count: table.rows.count, "rounds") { return broken }
            return table.rows.contains(where: { app.store.countries[$0.iso3] == nil }) ? "rounds lists an unknown country" : nil
        case .review(let model):
            if !(0...app.framework.areas.count).contains(model.column) { return "review column \(model.column)" }
            return outOfRange(model.list, count: model.table(app.document).rows.count, "review")
        case .conflicts(let model):
            return outOfRange(model.list, count: app.store.conflicts.count, "conflicts")
        }
    }
}
