import Testing
@testable import MigofCore

/// `Framework.place(ofIndicator:)` finds every indicator where a scan of `areas` finds it.
@Suite struct FrameworkPlaceTests {
    @Test func everyIndicatorIsWhereTheAreasListIt() {
        let framework = Fixtures.framework
        for (areaIndex, area) in framework.areas.enumerated() {
            for (index, indicator) in area.indicators.enumerated() {
                let place = framework.place(ofIndicator: indicator.id)
                #expect(place?.area == areaIndex && place?.index == index, "\(indicator.id)")
            }
        }
        #expect(framework.place(ofIndicator: "nope") == nil)
    }
}
