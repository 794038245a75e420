import MigofCore

extension BrowserSort {
    /// The order as the remembered view writes it: the column's label (`name`, `overall`,
    /// `P3`, `change`, `coverage`), with ` reversed` when `~` turned it round.
    var label: String {
        column.label + (ascending == column.naturalAscending ? "" : " reversed")
    }

    /// The order a `label` names under `framework`, or nil for one it does not know (an area
    /// the framework lacks), so a stale remembered view falls back to the default order.
    init?(label: String, framework: Framework) {
        var name = Substring(label)
        let reversed = name.hasSuffix(" reversed")
        if reversed { name = name.dropLast(" reversed".count) }
        guard let column = BrowserColumn.all(framework).first(where: { $0.label.lowercased() == name.lowercased() }) else { return nil }
        self.init(column, ascending: reversed ? !column.naturalAscending : column.naturalAscending)
    }
}
