import Testing
import MigofWidgets

@Suite struct LayoutTests {
    let row = Rect(x: 2, y: 3, width: 100, height: 1)

    private func widths(_ rects: [Rect]) -> [Int] { rects.map(\.width) }

    @Test func fixedAndFillShareTheWidth() {
        let parts = row.split(.horizontal, [.fixed(10), .fill(1), .fixed(20)])
        #expect(widths(parts) == [10, 70, 20])
        #expect(parts.map(\.x) == [2, 12, 82])
        #expect(parts.allSatisfy { $0.y == 3 && $0.height == 1 })
    }

    @Test func fillWeightsUseLargestRemainder() {
        #expect(widths(row.split(.horizontal, [.fill(1), .fill(2)])) == [33, 67])
        #expect(widths(Rect(x: 0, y: 0, width: 10, height: 1).split(.horizontal, [.fill(1), .fill(1), .fill(1)])) == [4, 3, 3])
    }

    @Test func percentageRoundsDownAndLastSlotAbsorbsTheRest() {
        let parts = Rect(x: 0, y: 0, width: 11, height: 1).split(.horizontal, [.percentage(50), .percentage(50)])
        #expect(widths(parts) == [5, 6])
    }

    @Test func minGrowsWhenNothingFills() {
        #expect(widths(row.split(.horizontal, [.min(10), .fixed(10), .min(20)])) == [40, 10, 50])
        #expect(widths(row.split(.horizontal, [.min(10), .fill(1)])) == [10, 90])
    }

    @Test func spacingIsSubtractedBeforeSharing() {
        let parts = row.split(.horizontal, [.fill(1), .fill(1), .fill(1)], spacing: 2)
        #expect(widths(parts) == [32, 32, 32])
        #expect(parts.map(\.x) == [2, 36, 70])
    }

    @Test func verticalSplitDividesHeight() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        let parts = screen.split(.vertical, [.fixed(1), .fill(1), .fixed(1)])
        #expect(parts.map(\.height) == [1, 22, 1])
        #expect(parts.map(\.y) == [0, 1, 23])
        #expect(parts.allSatisfy { $0.width == 80 })
    }

    @Test func fixedSlotsWinOverPercentagesWhenSpaceIsShort() {
        let parts = Rect(x: 0, y: 0, width: 12, height: 1).split(.horizontal, [.percentage(50), .fixed(10)])
        #expect(widths(parts) == [2, 10])
    }

    @Test(arguments: 0...12)
    func tooSmallAreasNeverGoNegativeAndStayInside(width: Int) {
        let area = Rect(x: 5, y: 0, width: width, height: 1)
        let constraints: [Constraint] = [.fixed(4), .min(3), .percentage(30), .fill(2), .fill(1)]
        let parts = area.split(.horizontal, constraints, spacing: 1)
        #expect(parts.count == constraints.count)
        #expect(parts.allSatisfy { $0.width >= 0 && $0.x >= area.x && $0.maxX <= area.maxX })
        let available = max(0, width - 4)
        #expect(parts.map(\.width).reduce(0, +) == available)
    }

    @Test func emptyConstraintListGivesNoSlots() {
        #expect(row.split(.horizontal, []).isEmpty)
    }

    @Test func rectHelpers() {
        let rect = Rect(x: 1, y: 1, width: 10, height: 4)
        #expect(rect.inset(by: 1) == Rect(x: 2, y: 2, width: 8, height: 2))
        #expect(rect.inset(by: 3).isEmpty)
        #expect(rect.inset(by: 3).height == 0)
        #expect(rect.intersection(Rect(x: 8, y: 0, width: 10, height: 2)) == Rect(x: 8, y: 1, width: 3, height: 1))
        #expect(rect.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
        #expect(rect.maxX == 11 && rect.maxY == 5)
        #expect(Rect(x: 0, y: 0, width: -3, height: 2).width == 0)
        #expect(Rect(x: 0, y: 0, width: 80, height: 24).centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(Rect(x: 0, y: 0, width: 10, height: 5).centered(width: 40, height: 10) == Rect(x: 0, y: 0, width: 10, height: 5))
    }
}
