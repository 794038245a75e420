extension StoreFastDecoder {
    mutating func decodeAssessments() -> [Int: Assessment]? {
        guard let empty = openObject() else { return nil }
        var assessments: [Int: Assessment] = [:]
        if empty { return assessments }
        repeat {
            guard let key = readKey(), let year = Self.year(key), assessments[year] == nil,
                  let assessment = decodeAssessment() else { return nil }
            assessments[year] = assessment
            guard let more = nextMember() else { return nil }
            if !more { break }
        } while true
        return assessments
    }

    /// A four-digit year from 1900 to 2200, the only keys the checked decoder accepts.
    static func year(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard key.count == 4 else { return nil }
        var value = 0
        for b in key {
            guard b >= 0x30, b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return (1900...2200).contains(value) ? value : nil
    }

    mutating func decodeAssessment() -> Assessment? {
        guard let empty = openObject() else { return nil }
        var assessment = Assessment()
        if empty { return assessment }
        var seen = (reported: false, scores: false, notes: false)
        repeat {
            guard let key = readKey() else { return nil }
            if equals(key, "reported") {
                guard !seen.reported, decodeReported(into: &assessment) else { return nil }
                seen.reported = true
            } else if equals(key, "scores") {
                guard !seen.scores, decodeScores(into: &assessment) else { return nil }
                seen.scores = true
            } else if equals(key, "notes") {
                guard !seen.notes, decodeNotes(into: &assessment) else { return nil }
                seen.notes = true
            } else {
                return nil
            }
            guard let more = nextMember() else { return nil }
            if !more { break }
        } while true
        return assessment
    }

    mutating func decodeReported(into assessment: inout Assessment) -> Bool {
        guard let empty = openObject() else { return false }
        if empty { return true }
        var seenOverall = false
        var indices: [Int] = []
        var ratings: [ReportedRating] = []
        repeat {
            guard let key = readKey(), let rating = decodeRating() else { return false }
            if equals(key, "overall") {
                guard !seenOverall else { return false }
                seenOverall = true
                assessment.reportedOverall = rating
            } else {
                guard let index = areaBytes.firstIndex(where: { equals(key, $0) }), !indices.contains(index) else { return false }
                indices.append(index)
                ratings.append(rating)
            }
            guard let more = nextMember() else { return false }
            if !more { break }
        } while true
        assessment.reportedAreas = map(indices, ratings, keys: areaIDs)
        return true
    }

    mutating func decodeRating() -> ReportedRating? {
        guard let empty = openObject(), !empty else { return nil }
        var rating: Int?
        var source: String?
        var caveat: String?
        repeat {
            guard let key = readKey() else { return nil }
            if equals(key, "rating") {
                guard rating == nil, let value = readInteger(), scoreRange.contains(value) else { return nil }
                rating = value
            } else if equals(key, "source") {
                guard source == nil, let value = readString() else { return nil }
                source = value
            } else if equals(key, "caveat") {
                guard caveat == nil, version.map({ $0 >= 2 }) ?? false, let value = readString() else { return nil }
                caveat = value
            } else {
                return nil
            }
            guard let more = nextMember() else { return nil }
            if !more { break }
        } while true
        guard let rating, let source else { return nil }
        if let sources {
            guard sources[source] != nil else { return nil }
        } else if legacySources[source] == nil {
            legacySources[source] = Source(citation: source, publisher: "", path: source, licence: "")
        }
        return ReportedRating(rating: rating, source: source, caveat: caveat)
    }

    mutating func decodeScores(into assessment: inout Assessment) -> Bool {
        guard let empty = openObject() else { return false }
        if empty { return true }
        objectNumber += 1
        var indices: [Int] = []
        var scores: [Int] = []
        indices.reserveCapacity(indicatorIDs.count)
        scores.reserveCapacity(indicatorIDs.count)
        var next = 0
        repeat {
            guard let key = readKey(), let index = indicator(key, expected: next) else { return false }
            next = index + 1
            if readNull() {
                // Unscored: the checked decoder keeps no entry either.
            } else {
                guard let value = readAnswer(index) else { return false }
                indices.append(index)
                scores.append(value)
            }
            guard let more = nextMember() else { return false }
            if !more { break }
        } while true
        assessment.scores = map(indices, scores, keys: indicatorIDs)
        return true
    }

    /// The map of `keys[indices[i]]` to `values[i]`. When the entries are every key in order,
    /// as in a fully scored assessment, the map shares the decoder's one array of keys.
    func map<Value>(_ indices: [Int], _ values: [Value], keys: [String]) -> IDMap<Value> {
        if indices.count == keys.count, indices.indices.allSatisfy({ indices[$0] == $0 }) {
            return IDMap(sharingKeys: keys, values: values)
        }
        return IDMap(sharingKeys: indices.map { keys[$0] }, values: values)
    }

    /// The index of the indicator named `key`, trying the one that follows the previous key
    /// first (files list them in framework order); nil for unknown ids and for a repeat
    /// within the current object.
    mutating func indicator(_ key: UnsafeBufferPointer<UInt8>, expected: Int) -> Int? {
        let index: Int
        if expected < indicatorBytes.count, equals(key, indicatorBytes[expected]) {
            index = expected
        } else if let found = indicatorBytes.firstIndex(where: { equals(key, $0) }) {
            index = found
        } else {
            return nil
        }
        guard seenIn[index] != objectNumber else { return nil }
        seenIn[index] = objectNumber
        return index
    }
}
