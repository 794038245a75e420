/// Reading and resolving the values a merge left in conflict.
extension Store {
    /// A side of a conflict, as `migof resolve` and the dashboard take it.
    public enum ConflictSide: String, Sendable, CaseIterable {
        case ours, theirs, base
    }

    /// The store's current value at the conflict's place, in the conflict's kind.
    public func currentValue(of conflict: StoreConflict) -> ConflictValue {
        let country = countries[conflict.country]
        let assessment = conflict.year.flatMap { country?.assessments[$0] }
        let key = conflict.key ?? ""
        switch conflict.field {
        case .score: return .score(assessment?.scores[key])
        case .note: return .note(assessment?.notes[key])
        case .reported: return .reported(key == "overall" ? assessment?.reportedOverall : assessment?.reportedAreas[key])
        case .metadata: return .text(country.flatMap { Self.metadata($0, key) })
        case .assessment: return .assessment(assessment)
        case .country: return .country(country)
        }
    }

    /// Which side the current value is, for the audit entry of a resolution.
    public func sideTaken(in conflict: StoreConflict) -> String {
        let value = currentValue(of: conflict)
        if value == conflict.ours { return ConflictSide.ours.rawValue }
        if value == conflict.theirs { return ConflictSide.theirs.rawValue }
        if value == conflict.base { return ConflictSide.base.rawValue }
        return "edited"
    }

    /// The edit that resolves conflict `id` with `value` (one side's, or one typed in): an
    /// ordinary edit, journalled, undone and audited like any other.
    public func resolution(of id: Int, value: ConflictValue) throws(MigofError) -> Edit {
        guard let conflict = conflicts.first(where: { $0.id == id }) else {
            let ids = conflicts.map { String($0.id) }.joined(separator: ", ")
            throw .unknown("no conflict \(id) in the store" + (ids.isEmpty ? "; it has none" : "; its conflicts are \(ids)"))
        }
        return .conflict(conflict, resolving: true, old: currentValue(of: conflict), new: value)
    }

    /// The edit that resolves conflict `id` by taking one side.
    public func resolution(of id: Int, taking side: ConflictSide) throws(MigofError) -> Edit {
        guard let conflict = conflicts.first(where: { $0.id == id }) else { return try resolution(of: id, value: .score(nil)) }
        switch side {
        case .ours: return try resolution(of: id, value: conflict.ours)
        case .theirs: return try resolution(of: id, value: conflict.theirs)
        case .base: return try resolution(of: id, value: conflict.base)
        }
    }

    /// Resolves conflict `id` by taking one side; nothing changes when it throws.
    public mutating func resolve(conflict id: Int, taking side: ConflictSide, framework: Framework) throws(MigofError) {
        try apply(resolution(of: id, taking: side), framework: framework)
    }

    /// Puts `value` at the conflict's place.
    mutating func set(_ value: ConflictValue, at conflict: StoreConflict) throws(MigofError) {
        let code = conflict.country
        if case .country(let country) = value {
            countries[code] = country
            return
        }
        guard countries[code] != nil else {
            throw .unknown("\(conflict.place): the country \(code) is no longer in the store; resolve its removal first")
        }
        let key = conflict.key ?? ""
        if case .text(let text) = value {
            Self.setMetadata(&countries[code]!, key, text ?? "")
            return
        }
        guard let year = conflict.year else { return }
        if case .assessment(let assessment) = value {
            countries[code]!.assessments[year] = assessment
            return
        }
        guard countries[code]!.assessments[year] != nil else {
            throw .unknown("\(conflict.place): \(code) has no \(year) any more; resolve that year first")
        }
        switch value {
        case .score(let v): countries[code]!.assessments[year]!.scores[key] = v
        case .note(let v): countries[code]!.assessments[year]!.notes[key] = v.flatMap { $0.isEmpty ? nil : $0 }
        case .reported(let v):
            if key == "overall" {
                countries[code]!.assessments[year]!.reportedOverall = v
            } else {
                countries[code]!.assessments[year]!.reportedAreas[key] = v
            }
        default: break
        }
    }

    /// The metadata fields a conflict can name, in file order.
    public static let metadataKeys = ["name", "iso2", "m49", "region", "subRegion"]

    static func metadata(_ country: Country, _ key: String) -> String? {
        switch key {
        case "name": return country.name
        case "iso2": return country.iso2
        case "m49": return country.m49
        case "region": return country.region
        case "subRegion": return country.subRegion
        default: return nil
        }
    }

    static func setMetadata(_ country: inout Country, _ key: String, _ value: String) {
        switch key {
        case "name": country.name = value
        case "iso2": country.iso2 = value
        case "m49": country.m49 = value
        case "region": country.region = value
        case "subRegion": country.subRegion = value
        default: break
        }
    }
}
