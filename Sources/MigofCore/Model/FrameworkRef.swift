/// The framework a store was scored with, as the store records it.
public struct FrameworkRef: Sendable, Equatable, CustomStringConvertible {
    public var id: String
    public var version: Int

    public init(id: String, version: Int) {
        self.id = id
        self.version = version
    }

    /// What a version 1 store, which records no framework, was scored with: the MGI topics.
    public static let versionOneDefault = FrameworkRef(id: "mgi-topics", version: 1)

    /// "mgi-topics version 1".
    public var description: String { "\(id) version \(version)" }
}
