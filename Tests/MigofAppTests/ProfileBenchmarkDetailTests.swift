import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// The profile's region and world averages per area (issue 12, section 4) and its detail
/// pane, which wraps the selected row's text in full instead of cutting it.
@Suite struct ProfileBenchmarkDetailTests {
    /// The line of the screen that starts the row of `area`, e.g. "▸ P1".
    static func row(_ text: String, area: String) -> String? {
        text.split(separator: "\n").map(String.init).first { $0.contains("▸ \(area) ") || $0.contains("▾ \(area) ") }
    }

    /// The averages are worked out here straight from the store's profiles, not from the
    /// aggregates the screen reads, so the two must agree.
    @Test func areaRowsShowRegionAndWorldAveragesWithTheirN() {
        let app = AppFixtures.app(options: AppOptions(country: "CAN"))
        let text = app.screenText(Size(width: 100, height: 30))
        #expect(text.contains("Region") && text.contains("World"))
        let profiles = AppFixtures.store.countries.keys.compactMap { app.profile($0) }.filter(\.hasAssessment)
        for area in AppFixtures.framework.areas.map(\.id) {
            let rated = profiles.compactMap { profile in profile.area(area)?.rating.value.map { (profile.country.region, $0) } }
            let americas = rated.filter { $0.0 == "Americas" }.map(\.1)
            func figure(_ values: [Int]) -> String {
                "\(TextWrap.decimal(Double(values.reduce(0, +)) / Double(values.count))) (\(values.count))"
            }
            let line = Self.row(text, area: area) ?? ""
            #expect(line.contains(figure(americas)), "\(area): \(line) lacks the Americas average \(figure(americas))")
            #expect(line.contains(figure(rated.map(\.1))), "\(area): \(line) lacks the world average")
        }
    }

    /// A region of one country: its average is marked `~`, drawn without a rating colour, and
    /// the detail says "(few)".
    @Test func anAverageOnFewerThanThreeCountriesIsMarked() {
        var app = HardTextFixtures.app(size: Size(width: 100, height: 30))
        app.type("/lng1")
        app.press(.enter, .enter)
        #expect(app.screenID == .profile("LNG1"))
        let size = Size(width: 100, height: 30)
        let selected = app.view(size: size).lines()
        #expect(selected.contains { $0.contains("Africa average 3.0 over 1 country (few)") })
        #expect(selected.contains { $0.contains("~ under 3 countries") }, "the legend says what ~ means")
        // Off the selected row, so the cell shows its own style.
        app.press(.down)
        let frame = app.view(size: size)
        let lines = frame.lines()
        guard let y = lines.firstIndex(where: { $0.contains("▸ P1 ") }), let range = lines[y].range(of: "(1)~") else {
            Issue.record("no marked region average in:\n\(lines.joined(separator: "\n"))")
            return
        }
        let x = TextWidth.width(of: String(lines[y][..<range.lowerBound]))
        #expect(frame[x: x, y: y].style.role == .muted, "a thin average has no rating colour")
    }

    /// Below 88 columns the averages leave the table, and the area's detail says them in words.
    @Test func narrowProfilesSayTheAveragesInTheDetail() {
        let app = AppFixtures.app(options: AppOptions(country: "CAN"))
        let text = app.screenText(Size(width: 80, height: 24))
        #expect(!text.contains("World"))
        #expect(text.contains("P1 Americas average"))
    }

    /// A 103-character note is shown whole, over several lines, where one line cut it to a few
    /// characters before.
    @Test func aLongNoteWrapsInFullInTheDetail() throws {
        let note = "Reviewed with the ministry in March; the 2019 answer relied on a draft law that was later withdrawn."
        var store = AppFixtures.store
        try store.setNote(note, indicator: "P1.1", country: "CAN", year: 2021, framework: AppFixtures.framework)
        var app = App(store: store, framework: AppFixtures.framework, storePath: "/data/store.json",
                      options: AppOptions(country: "CAN", autoAdvance: false))
        for size in [Size(width: 80, height: 24), Size(width: 60, height: 24)] {
            app.update(.resize(size))
            if case .profile(let model) = app.screen, model.selectedRow(app.framework) == .area(0) { app.press(.enter, .down) }
            let lines = app.view(size: size).lines()
            let inner = lines.map { String($0.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces) }
            guard let start = inner.firstIndex(where: { $0.hasPrefix("Note: ") }) else {
                Issue.record("no note in the detail at \(size)")
                continue
            }
            var shown = inner[start]
            for line in inner[(start + 1)...] where !line.isEmpty && !line.hasPrefix("━") { shown += " " + line }
            #expect(shown.hasPrefix("Note: " + note), "at \(size.width)x\(size.height): \(shown)")
        }
    }

    /// A 10,000-character note cannot fit: the detail grows only so far, keeps the table's
    /// header and six area rows, ends in `…` and says how to read it all.
    @Test func aNoteLongerThanTheRoomEndsWithWhereToReadIt() {
        var app = HardTextFixtures.app(size: Size(width: 80, height: 24))
        app.type("/lng1")
        app.press(.enter, .enter, .enter, .down)
        let lines = app.view(size: Size(width: 80, height: 24)).lines()
        #expect(lines.contains { $0.contains("… more: n opens the note") }, "\(lines.joined(separator: "\n"))")
        let rect = Rect(x: 0, y: 1, width: 80, height: 22)
        let layout = ProfileLayout(rect, detailLines: 500)
        #expect(layout.table.height >= ProfileLayout.tableMinimum)
        #expect(layout.detail!.height > ProfileLayout(rect).detail!.height, "the detail grows")
        #expect(ProfileLayout(rect, detailLines: 1).detail!.height == ProfileLayout(rect).detail!.height)
    }
}
