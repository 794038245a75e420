/// Values kept alive until the process exits, so their memory is never torn down.
///
/// Freeing a large store entity by entity costs about 5% of a command's run just before the
/// process ends, when the kernel takes the whole address space back at once anyway.
/// `nonisolated(unsafe)` because only the main thread of a command appends, once or twice.
nonisolated(unsafe) private var keptUntilExit: [Any] = []

/// Keeps `value` (a store, a workspace) alive until exit; returns it.
@discardableResult
func keepUntilExit<T>(_ value: T) -> T {
    keptUntilExit.append(value)
    return value
}
