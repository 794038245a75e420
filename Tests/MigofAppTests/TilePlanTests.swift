import Testing
@testable import MigofApp

/// How a home tile shares its rows: regions a row each before more statement, the change
/// since the previous round when there is room, thicker bars and gaps only in a tall tile.
@Suite struct TilePlanTests {
    @Test func aShortTileGivesTheRegionsTheirRowsFirst() {
        let plan = TilePlan(rows: 7, statement: 3, regions: 5, bands: 4, since: true)
        #expect(plan.statement == 1 && plan.regionsInRows && plan.since && plan.thickness == 1 && plan.gap == 0)
    }

    @Test func tooFewRowsPackTheRegionsAndStillShowTheChange() {
        let plan = TilePlan(rows: 5, statement: 3, regions: 5, bands: 4, since: true)
        #expect(!plan.regionsInRows && plan.since && plan.statement == 2)
        let bare = TilePlan(rows: 1, statement: 3, regions: 5, bands: 4, since: true)
        #expect(bare.statement == 1 && !bare.since && !bare.regionsInRows)
    }

    @Test func aTallTileShowsTheWholeStatementThickBarsAndGaps() {
        let plan = TilePlan(rows: 18, statement: 2, regions: 5, bands: 4, since: true)
        #expect(plan.statement == 2 && plan.regionsInRows && plan.since && plan.thickness == 2)
        // 18 - 2 - 5 - 1 - 4 leaves 6 rows: the two gaps take 2 each.
        #expect(plan.gap == 2)
    }

    @Test func noPreviousRoundNoChangeLine() {
        #expect(!TilePlan(rows: 18, statement: 2, regions: 5, bands: 4, since: false).since)
    }
}
