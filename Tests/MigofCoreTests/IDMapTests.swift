import Testing
@testable import MigofCore

@Suite struct IDMapTests {
    @Test func readsAndWritesLikeADictionary() {
        var map: IDMap<Int> = ["P1.1": 3, "P1.2": 4]
        #expect(map["P1.1"] == 3 && map["P9.9"] == nil && map.count == 2)
        map["P1.1"] = 1
        map["P2.1"] = 2
        #expect(map.keys == ["P1.1", "P1.2", "P2.1"] && map.values == [1, 4, 2])
        map["P1.2"] = nil
        #expect(map.removeValue(forKey: "P2.1") == 2)
        #expect(map.removeValue(forKey: "P2.1") == nil)
        #expect(map == ["P1.1": 1])
        map["P1.1"] = nil
        #expect(map.isEmpty && map == [:])
    }

    @Test func equalityIgnoresOrder() {
        let a: IDMap<String> = ["a": "x", "b": "y"]
        let b: IDMap<String> = ["b": "y", "a": "x"]
        #expect(a == b)
        #expect(a != ["a": "x", "b": "z"])
        #expect(a != ["a": "x"])
        #expect(a != ["a": "x", "c": "y"])
        #expect(Array(a.map(\.key)) == ["a", "b"])
    }

    @Test func sharedKeysStayCorrectWhenOneMapChanges() {
        let ids = ["P1.1", "P1.2", "P1.3"]
        var first = IDMap(sharingKeys: ids, values: [1, 2, 3])
        let second = IDMap(sharingKeys: ids, values: [4, 4, 4])
        first["P1.2"] = nil
        first["P9.9"] = 1
        #expect(first.keys == ["P1.1", "P1.3", "P9.9"])
        #expect(second.keys == ids && second["P1.2"] == 4)
        #expect(first.value(forKey: "P1.3", hint: 2) == 3, "a wrong hint falls back to a search")
        #expect(second.value(forKey: "P1.3", hint: 2) == 4)
        #expect(second.value(forKey: "P1.3", hint: 99) == 4)
    }
}
