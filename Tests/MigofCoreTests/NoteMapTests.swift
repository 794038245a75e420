import Testing
@testable import MigofCore

/// Notes kept in one buffer per assessment must read and change exactly as a map of strings.
@Suite struct NoteMapTests {
    @Test func readsAndWritesLikeAMapOfStrings() {
        var map: NoteMap = ["1a": "Law 868 of 2019", "1b": "Décret n° 12 — révisé"]
        #expect(map["1a"] == "Law 868 of 2019" && map["1b"] == "Décret n° 12 — révisé" && map["9z"] == nil)
        map["1a"] = "short"
        map["2c"] = "公报 2021"
        #expect(map.keys == ["1a", "1b", "2c"] && map.values == ["short", "Décret n° 12 — révisé", "公报 2021"])
        map["1b"] = nil
        #expect(map.removeValue(forKey: "2c") == "公报 2021")
        #expect(map.removeValue(forKey: "2c") == nil)
        #expect(map == ["1a": "short"])
        map["1a"] = nil
        #expect(map.isEmpty && map == [:])
    }

    @Test func equalityIgnoresOrder() {
        let a: NoteMap = ["a": "x", "b": "y"]
        #expect(a == ["b": "y", "a": "x"])
        #expect(a != ["a": "x", "b": "z"])
        #expect(a != ["a": "x"])
        #expect(Array(a.map(\.key)) == ["a", "b"] && Array(a.map(\.value)) == ["x", "y"])
    }

    @Test func sharedKeysStayCorrectWhenOneMapChanges() {
        let ids = ["1a", "1b", "1c"]
        var first = NoteMap(sharingKeys: ids, values: ["one", "two", "three"])
        let second = NoteMap(sharingKeys: ids, values: ["x", "y", "z"])
        first["1b"] = nil
        #expect(first.keys == ["1a", "1c"] && second.keys == ids)
        #expect(first.value(forKey: "1c", hint: 2) == "three", "a wrong hint falls back to a search")
        #expect(second.value(forKey: "1c", hint: 2) == "z")
    }

    @Test func aRandomSequenceOfEditsMatchesADictionary() {
        var random = SplitMix64(seed: 15)
        var map = NoteMap()
        var reference: [String: String] = [:]
        let keys = (0..<12).map { "k\($0)" }
        let texts = ["", "a", "Law 868 of 2019", "Décret — révisé", "emoji 🇨🇦 note", String(repeating: "long ", count: 40)]
        for _ in 0..<2_000 {
            let key = keys[Int(random.next() % UInt64(keys.count))]
            let text = texts[Int(random.next() % UInt64(texts.count))]
            let value: String? = random.next() % 4 == 0 ? nil : text
            map[key] = value
            reference[key] = value
            #expect(map.count == reference.count)
            #expect(Dictionary(uniqueKeysWithValues: zip(map.keys, map.values)) == reference)
        }
    }
}
