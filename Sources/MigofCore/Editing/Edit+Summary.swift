extension Edit {
    /// `summary` with answers named by the framework's short labels, for the status bar:
    /// "TUR 2021 1d: – → no" rather than the option's ordinal "unscored → 3".
    public func summary(in framework: Framework) -> String {
        guard case let .score(country, year, indicator, old, new) = self else { return summary }
        let from = framework.answerText(old, of: indicator), to = framework.answerText(new, of: indicator)
        return "\(country) \(year) \(indicator): \(from) → \(to)"
    }
}
