import MigofCore
import MigofWidgets

extension CompareState {
    /// A comparison of `a` and `b` with the years `Comparison.defaultYears` picks around the
    /// year in view; nil when either country is not in the store.
    static func start(_ a: String, _ b: String, document: Document) -> CompareState? {
        guard let left = document.store.countries[a], let right = document.store.countries[b] else { return nil }
        let years = Comparison.defaultYears(a: left, b: right, inView: document.year, fallback: document.year)
        return CompareState(a: a, yearA: years.a, b: b, yearB: years.b)
    }

    /// The shared comparison model, worked out from the store as it is now (so an edit shows
    /// at once); nil when a side's country is no longer in the store.
    func comparison(_ document: Document) -> Comparison? {
        guard let a = document.store.countries[a], let b = document.store.countries[b] else { return nil }
        let sources = document.store.sources
        return Comparison(a: Profile(country: a, year: yearA, framework: document.framework, sources: sources),
                          b: Profile(country: b, year: yearB, framework: document.framework, sources: sources))
    }

    /// The rows in order: the overall rating, then each area with its indicators when
    /// expanded (only the differing ones under `d`).
    func rows(_ comparison: Comparison, framework: Framework) -> [CompareRow] {
        var rows: [CompareRow] = [.overall]
        for (index, area) in framework.areas.enumerated() {
            rows.append(.area(index))
            guard expanded.contains(area.id) else { continue }
            let items = comparison.indicatorRows(area: index)
            let shown = items.indices.filter { !onlyDiffering || items[$0].differs }
            rows += shown.isEmpty ? [.noDifference(area: index)] : shown.map { .indicator(area: index, index: $0) }
        }
        return rows
    }

    func rows(_ document: Document) -> [CompareRow] {
        comparison(document).map { rows($0, framework: document.framework) } ?? []
    }

    /// "Canada vs Denmark", or "Mexico 2019 vs 2021" for a trend.
    func crumb(_ document: Document) -> String {
        let countries = document.store.countries
        let name = countries[a]?.name ?? a
        if a == b { return "\(name) \(yearA) vs \(yearB)" }
        return "\(name) vs \(countries[b]?.name ?? b)"
    }

    /// "Canada 2021": how messages name a side.
    func sideName(_ side: Side, _ document: Document) -> String {
        let (code, year) = self.side(side)
        return "\(document.store.countries[code]?.name ?? code) \(year)"
    }

    func layout(in rect: Rect, document: Document) -> CompareLayout {
        CompareLayout(rect, summaryWidth: comparison(document).map { TextWidth.width(of: $0.summary) } ?? 0)
    }

    /// The focused side at the selected indicator row; nil on an area, overall or note row.
    func scoreTarget(_ document: Document) -> ScoreTarget? {
        let rows = rows(document)
        guard rows.indices.contains(list.selected), case .indicator(let area, let index) = rows[list.selected] else { return nil }
        let side = self.side(focus)
        return ScoreTarget(country: side.code, year: side.year, indicator: document.framework.areas[area].indicators[index].id)
    }

    mutating func reclamp(_ document: Document, layout: CompareLayout) {
        list.clamp(count: rows(document).count, visible: layout.visibleRows)
    }

    /// Selects `row` again after the rows changed, or its area when it is gone.
    mutating func reselect(_ row: CompareRow?, document: Document, layout: CompareLayout) {
        let rows = rows(document)
        let index = row.flatMap { rows.firstIndex(of: $0) }
            ?? row?.areaIndex.flatMap { rows.firstIndex(of: .area($0)) }
            ?? list.selected
        list.select(index, count: rows.count, visible: layout.visibleRows)
    }

    func view(into buffer: inout Buffer, layout: CompareLayout, context: ViewContext) {
        CompareView(state: self, document: context.document, glyphs: context.glyphs).draw(into: &buffer, area: layout.area)
    }
}
