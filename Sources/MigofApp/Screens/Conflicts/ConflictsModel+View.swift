import MigofCore
import MigofWidgets

extension ConflictsModel {
    func view(into buffer: inout Buffer, layout: ConflictsLayout, context: ViewContext) {
        let document = context.document, conflicts = document.store.conflicts
        let count = conflicts.count
        let title = count == 0 ? "Merge conflicts" : "Merge conflicts · \(count) unresolved"
        Panel(title: title, focused: true, glyphs: context.glyphs).render(into: &buffer, area: layout.panel)
        guard !layout.table.isEmpty else { return }
        guard count > 0 else {
            let area = layout.panel.inset(by: 1)
            let lines = TextWrap.wrap(Self.noneLeft(document), width: area.width, lines: area.height, ellipsis: context.glyphs.ellipsis)
            for (row, line) in lines.enumerated() {
                buffer.put(line, x: area.x, y: area.y + row, style: Style(.muted), maxWidth: area.width)
            }
            return
        }
        let columns = [
            TableColumn(title: "#", width: .fixed(3), alignment: .right), TableColumn(title: "Where", width: .fill(3)),
            TableColumn(title: "Base", width: .fill(2)), TableColumn(title: "Ours", width: .fill(3)),
            TableColumn(title: "Theirs", width: .fill(3)),
        ]
        let shown = Cells.window(list, count: count, visible: layout.visibleRows)
        let rows: [[TableCell]] = conflicts[shown.rows].map { c in
            let texts = Self.texts(c, context.framework)
            return [TableCell(String(c.id), style: Style(.muted)), TableCell(c.place, style: Style(.text, bold: true)),
                    TableCell(texts.base, style: Style(.muted)), TableCell(texts.ours + Self.who(c.oursBy)),
                    TableCell(texts.theirs + Self.who(c.theirsBy), style: Style(.accent))]
        }
        Table(columns: columns, rows: rows, state: shown.state, glyphs: context.glyphs).render(into: &buffer, area: layout.table)
        if let conflict = selected(document) { drawDetail(conflict, into: &buffer, layout: layout, context: context) }
    }

    /// The selected conflict in full: where, what the store holds now, then each side with
    /// who changed it and when.
    private func drawDetail(_ c: StoreConflict, into buffer: inout Buffer, layout: ConflictsLayout, context: ViewContext) {
        let area = layout.detail, store = context.document.store
        guard area.height > 0 else { return }
        let texts = Self.texts(c, context.framework)
        let now = store.currentValue(of: c).text(key: c.key, framework: context.framework)
        let taken = store.sideTaken(in: c)
        var heading = store.countries[c.country].map { "\($0.name) (\(c.country))" } ?? c.country
        if let year = c.year { heading += " \(year)" }
        if let key = c.key, let indicator = context.framework.indicator(key) { heading += " · \(key) \(indicator.name)" }
        let lines: [(String, Role)] = [
            (heading, .text),
            ("now     \(now)" + (taken == "edited" ? " (edited; K keeps it)" : " (\(taken))"), .text),
            ("ours    \(texts.ours)\(Self.stamp(c.oursBy))", .text),
            ("theirs  \(texts.theirs)\(Self.stamp(c.theirsBy))", .accent),
            ("base    \(texts.base)", .muted),
        ]
        for (row, line) in lines.prefix(area.height).enumerated() {
            buffer.put(TextWidth.truncate(line.0, to: area.width, ellipsis: context.glyphs.ellipsis), x: area.x, y: area.y + row,
                       style: Style(line.1, bold: row == 0), maxWidth: area.width)
        }
    }

    static func texts(_ c: StoreConflict, _ framework: Framework) -> (base: String, ours: String, theirs: String) {
        (c.base.text(key: c.key, framework: framework), c.ours.text(key: c.key, framework: framework),
         c.theirs.text(key: c.key, framework: framework))
    }

    /// ` · ana`: who changed a side, for the table.
    static func who(_ stamp: StoreConflict.Stamp?) -> String {
        stamp.map { " · \($0.user)" } ?? ""
    }

    /// ` · ana, 2026-12-01 10:05`: who changed a side, and when, for the detail.
    static func stamp(_ stamp: StoreConflict.Stamp?) -> String {
        guard let stamp else { return " · no audit entry on this side" }
        let time = String(stamp.time.prefix(16).map { $0 == "T" ? " " : $0 })
        return " · \(stamp.user), \(time)"
    }
}
