extension Framework {
    /// Where an indicator sits: its area's index in `areas` and its index within that area,
    /// or nil when the framework does not know the id. Screens that select an indicator by id
    /// (auto-advance) find its row from this.
    public func place(ofIndicator id: String) -> (area: Int, index: Int)? {
        guard let areaID = areaID(ofIndicator: id), let area = areas.firstIndex(where: { $0.id == areaID }),
              let index = areas[area].indicators.firstIndex(where: { $0.id == id }) else { return nil }
        return (area, index)
    }
}
