/// A MiGOF principle or objective, which is also one SDG 10.7.2 domain.
public struct Area: Sendable, Equatable {
    /// `P1`, `P2`, `P3`, `O1`, `O2` or `O3` in the default framework.
    public var id: String
    public var kind: AreaKind
    /// The SDG 10.7.2 domain number, 1 to 6.
    public var domain: Int
    public var title: String
    /// One sentence stating the principle or objective.
    public var statement: String
    /// The matching SDG 10.7.2 domain name.
    public var domainName: String
    public var indicators: [Indicator]

    public init(id: String, kind: AreaKind, domain: Int, title: String, statement: String,
                domainName: String, indicators: [Indicator]) {
        self.id = id
        self.kind = kind
        self.domain = domain
        self.title = title
        self.statement = statement
        self.domainName = domainName
        self.indicators = indicators
    }
}
