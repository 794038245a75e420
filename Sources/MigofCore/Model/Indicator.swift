/// One scorable indicator inside an area, such as `P1.2 Family reunification`.
public struct Indicator: Sendable, Equatable {
    /// Stable identifier, `P1.1` … `O3.6` in the default framework.
    public var id: String
    /// Short name for tables and tiles.
    public var name: String
    /// One sentence on what a good score means.
    public var description: String

    public init(id: String, name: String, description: String) {
        self.id = id
        self.name = name
        self.description = description
    }
}
