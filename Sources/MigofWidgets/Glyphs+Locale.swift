import CWidth
import Foundation

extension Glyphs {
    /// ``unicode`` when the locale's character set is UTF-8, else ``ascii``.
    ///
    /// If the process has already called `setlocale` (the terminal backend
    /// does), the active codeset decides. If it still runs in the "C" locale,
    /// which is where every process starts, the `LC_ALL` / `LC_CTYPE` / `LANG`
    /// environment variables decide, so the answer is the same before and
    /// after the backend starts.
    public static func forCurrentLocale() -> Glyphs {
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) }
        let localeName = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        return forLocale(codeset: codeset, localeName: localeName, environment: ProcessInfo.processInfo.environment)
    }

    /// The decision behind ``forCurrentLocale()`` from explicit inputs: the
    /// active codeset (`nl_langinfo(CODESET)`), the active `LC_CTYPE` locale
    /// name and the environment.
    public static func forLocale(codeset: String?, localeName: String?, environment: [String: String]) -> Glyphs {
        if let codeset, isUTF8(codeset) { return .unicode }
        guard localeName == nil || localeName == "C" || localeName == "POSIX" else { return .ascii }
        // POSIX precedence: the first non-empty of these names the locale.
        let configured = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return configured.map(isUTF8) == true ? .unicode : .ascii
    }

    private static func isUTF8(_ name: String) -> Bool {
        let folded = name.lowercased()
        return folded.contains("utf-8") || folded.contains("utf8")
    }
}
