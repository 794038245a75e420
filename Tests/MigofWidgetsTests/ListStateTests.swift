import Testing
import MigofWidgets

@Suite struct ListStateTests {
    @Test func selectionScrollsIntoView() {
        var state = ListState()
        state.select(7, count: 20, visible: 5)
        #expect(state == ListState(selected: 7, offset: 3))
        state.select(4, count: 20, visible: 5)
        #expect(state == ListState(selected: 4, offset: 3))
        state.select(1, count: 20, visible: 5)
        #expect(state == ListState(selected: 1, offset: 1))
    }

    @Test func selectionIsClampedToTheList() {
        var state = ListState()
        state.select(99, count: 20, visible: 5)
        #expect(state == ListState(selected: 19, offset: 15))
        state.select(-4, count: 20, visible: 5)
        #expect(state == ListState(selected: 0, offset: 0))
    }

    @Test func emptyListResetsToZero() {
        var state = ListState(selected: 5, offset: 3)
        state.select(2, count: 0, visible: 5)
        #expect(state == ListState(selected: 0, offset: 0))
        state.pageDown(count: 0, visible: 5)
        state.selectLast(count: 0, visible: 5)
        #expect(state == ListState(selected: 0, offset: 0))
    }

    @Test func pagingStopsAtTheEnds() {
        var state = ListState()
        state.pageDown(count: 12, visible: 5)
        #expect(state == ListState(selected: 5, offset: 1))
        state.pageDown(count: 12, visible: 5)
        state.pageDown(count: 12, visible: 5)
        #expect(state == ListState(selected: 11, offset: 7))
        state.pageUp(count: 12, visible: 5)
        #expect(state == ListState(selected: 6, offset: 6))
        state.selectFirst(count: 12, visible: 5)
        #expect(state == ListState(selected: 0, offset: 0))
    }

    @Test func shrinkingTheListOrViewReclamps() {
        var state = ListState(selected: 15, offset: 12)
        state.clamp(count: 8, visible: 5)
        #expect(state == ListState(selected: 7, offset: 3))
        state.clamp(count: 8, visible: 20)
        #expect(state == ListState(selected: 7, offset: 0))
        state.clamp(count: 8, visible: 0)
        #expect(state == ListState(selected: 7, offset: 7))
    }
}
