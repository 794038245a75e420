import MigofCore
import MigofWidgets

extension CompareState {
    /// Movement, Enter and focus, and the compare keys. One selection serves both sides, so
    /// they always scroll together.
    mutating func update(_ action: Action, document: Document, layout: CompareLayout) -> Effect? {
        if case .compare(let compare) = action { return perform(compare, document: document, layout: layout) }
        guard let comparison = comparison(document) else { return nil }
        let rows = rows(comparison, framework: document.framework)
        let start = focus
        var effect: Effect?
        switch action {
        case .open:
            guard rows.indices.contains(list.selected) else { break }
            guard let index = rows[list.selected].areaIndex else {
                return .message("the overall rating has no indicators of its own; Enter on an area")
            }
            let id = document.framework.areas[index].id
            // Enter on an indicator closes its area, so a long list is left in one key.
            if expanded.contains(id) { expanded.remove(id) } else { expanded.insert(id) }
            reselect(.area(index), document: document, layout: layout)
        case .stepArea(let step):
            // From the overall row, > goes to the first area and < to the last.
            let count = document.framework.areas.count
            guard count > 0 else { break }
            let current = rows.indices.contains(list.selected) ? rows[list.selected].areaIndex : nil
            let target = current.map { (($0 + step) % count + count) % count } ?? (step > 0 ? 0 : count - 1)
            list.select(rows.firstIndex(of: .area(target)) ?? list.selected, count: rows.count, visible: layout.visibleRows)
        case .left: focus = .a
        case .right: focus = .b
        case .nextFocus, .previousFocus: focus = focus == .a ? .b : .a
        default:
            list.perform(action, count: rows.count, visible: layout.visibleRows)
        }
        if focus != start { effect = .message("focus: \(focus == .a ? "A" : "B"), \(sideName(focus, document))") }
        return effect
    }

    /// `x`, `d`, the year keys and `C`.
    private mutating func perform(_ action: CompareAction, document: Document, layout: CompareLayout) -> Effect? {
        if action == .pickB { return .open(.picker(CountryPicker(purpose: .replaceB(now: sideName(.b, document)), document: document))) }
        guard let comparison = comparison(document) else { return nil }
        let before = rows(comparison, framework: document.framework)
        let current = before.indices.contains(list.selected) ? before[list.selected] : nil
        var note: String?
        switch action {
        case .swap:
            swap()
            note = "swapped: A is \(sideName(.a, document)), B is \(sideName(.b, document))"
        case .onlyDiffering:
            note = toggleOnlyDiffering(comparison, framework: document.framework)
        case .year(let side, let step):
            note = stepYear(side: side, by: step, document: document)
        default:
            break
        }
        reselect(current, document: document, layout: layout)
        return note.map(Effect.message)
    }

    private mutating func toggleOnlyDiffering(_ comparison: Comparison, framework: Framework) -> String {
        onlyDiffering.toggle()
        guard onlyDiffering else { return "every indicator" }
        // With nothing expanded the filter would show nothing: open every area at once.
        if expanded.isEmpty { expanded = Set(framework.areas.map(\.id)) }
        let count = framework.areas.indices.reduce(0) { $0 + comparison.indicatorRows(area: $1).filter(\.differs).count }
        return count == 0 ? "no indicator differs" : "only the \(count) indicator\(count == 1 ? "" : "s") that differ"
    }

    /// Steps one side through its country's years (and the year it shows, which may have no data).
    private mutating func stepYear(side: Side, by step: Int, document: Document) -> String {
        let (code, current) = self.side(side)
        guard let country = document.store.countries[code] else { return "" }
        let years = Set(country.years + [current]).sorted()
        let next = (years.firstIndex(of: current) ?? 0) + step
        guard years.indices.contains(next) else {
            return "\(country.name) has no \(step < 0 ? "earlier" : "later") year than \(current)"
        }
        setYear(years[next], of: side)
        return "\(side == .a ? "A" : "B"): \(country.name) \(years[next])"
    }

    /// Side B becomes `code`; the same country as A makes a trend, B taking the nearest other
    /// year, later first.
    mutating func replaceB(_ code: String, document: Document) -> Effect? {
        guard let country = document.store.countries[code] else { return nil }
        b = code
        if code == a {
            yearB = country.years.first { $0 > yearA } ?? country.years.last { $0 < yearA } ?? yearA
        }
        return .message("B is now \(sideName(.b, document))")
    }

    /// A click on a row selects it (a second click opens or closes its area); a click on a
    /// side's half or heading gives that side the focus.
    mutating func click(x: Int, y: Int, document: Document, layout: CompareLayout) -> Effect? {
        guard let comparison = comparison(document) else { return nil }
        if layout.headingA.contains(x: x, y: y) { focus = .a }
        if layout.headingB.contains(x: x, y: y) { focus = .b }
        let rows = rows(comparison, framework: document.framework)
        let first = layout.table.y + 1
        guard y >= first, y < layout.table.maxY else { return nil }
        let line = (y - first) / layout.rowHeight
        guard line < layout.visibleRows else { return nil }
        if layout.stacked {
            focus = (y - first) % 2 == 0 ? .a : .b
        } else {
            focus = x < CompareColumns(layout.table, basisWidth: CompareView.basisWidth(comparison, cells: Cells(framework: document.framework, glyphs: .unicode))).axis.x ? .a : .b
        }
        let again = list.click(line: line, count: rows.count, visible: layout.visibleRows)
        return again ? update(.open, document: document, layout: layout) : nil
    }
}
