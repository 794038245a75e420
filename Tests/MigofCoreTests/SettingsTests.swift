import Testing
@testable import MigofCore

@Suite struct SettingsTests {
    let config = try! ConfigFile.parse("""
        theme = "light"
        store = "/cfg/store.json"
        framework = "/cfg/fw.json"
        user = "ana"
        mouse = false
        auto-advance = true
        start-screen = "browser"
        [keys]
        save = ["C-s"]
        """, path: "/c/config.toml")

    func settings(_ flags: Settings.Flags = .init(), env: [String: String] = ["HOME": "/h"], config: ConfigFile?) -> Settings {
        let paths = Paths.resolve(storeOption: flags.store, frameworkOption: flags.framework, environment: env, config: config)
        return Settings.resolve(flags: flags, environment: env, config: config, paths: paths, passwdUser: { "login" })
    }

    @Test func defaultsWithoutConfig() {
        let s = settings(config: nil)
        #expect(s.theme == Setting("dark", .builtIn(nil)))
        #expect(s.store == Setting("/h/.local/share/migof/store.json", .builtIn("$XDG_DATA_HOME/migof/store.json")))
        #expect(s.framework.origin == .builtIn("bundled"))
        #expect(s.user == Setting("login", .builtIn("the login name")))
        #expect(s.mouse == Setting(true, .builtIn(nil)))
        #expect(s.autoAdvance == Setting(true, .builtIn(nil)), "on unless the config switches it off")
        #expect(s.startScreen == Setting(.home, .builtIn(nil)))
        #expect(s.keys.isEmpty)
    }

    @Test func configBeatsDefaults() {
        let s = settings(config: config)
        #expect(s.theme == Setting("light", .config(path: "/c/config.toml", line: 1)))
        #expect(s.store == Setting("/cfg/store.json", .config(path: "/c/config.toml", line: 2)))
        #expect(s.framework == Setting("/cfg/fw.json", .config(path: "/c/config.toml", line: 3)))
        #expect(s.user == Setting("ana", .config(path: "/c/config.toml", line: 4)))
        #expect(s.mouse == Setting(false, .config(path: "/c/config.toml", line: 5)))
        #expect(s.autoAdvance.value && s.startScreen.value == .browser)
        #expect(s.keys["save"] == Setting(["C-s"], .config(path: "/c/config.toml", line: 9)))
    }

    @Test func environmentBeatsConfig() {
        let env = ["HOME": "/h", "MIGOF_THEME": "monochrome", "MIGOF_STORE": "/e/s.json", "MIGOF_FRAMEWORK": "/e/f.json",
                   "MIGOF_USER": "envuser", "USER": "unix"]
        let s = settings(env: env, config: config)
        #expect(s.theme == Setting("monochrome", .environment("MIGOF_THEME")))
        #expect(s.store == Setting("/e/s.json", .environment("MIGOF_STORE")))
        #expect(s.framework == Setting("/e/f.json", .environment("MIGOF_FRAMEWORK")))
        #expect(s.user == Setting("envuser", .environment("MIGOF_USER")))
        // $USER is the default's source: the config's user wins over it.
        #expect(settings(env: ["HOME": "/h", "USER": "unix"], config: config).user.value == "ana")
        #expect(settings(env: ["HOME": "/h", "USER": "unix"], config: nil).user == Setting("unix", .environment("USER")))
    }

    @Test func flagsBeatEnvironment() {
        let env = ["HOME": "/h", "MIGOF_THEME": "monochrome", "MIGOF_STORE": "/e/s.json", "MIGOF_FRAMEWORK": "/e/f.json"]
        let s = settings(.init(theme: "colorblind", store: "/f/s.json", framework: "/f/f.json", mouse: true), env: env, config: config)
        #expect(s.theme == Setting("colorblind", .flag("--theme")))
        #expect(s.store == Setting("/f/s.json", .flag("--store")))
        #expect(s.framework == Setting("/f/f.json", .flag("--framework")))
        #expect(s.mouse == Setting(true, .flag("--mouse")))
        #expect(settings(.init(mouse: false), config: nil).mouse == Setting(false, .flag("--no-mouse")))
    }

    @Test func noColorSitsBelowTheConfigFile() {
        let env = ["HOME": "/h", "NO_COLOR": "1"]
        #expect(settings(env: env, config: nil).theme == Setting("monochrome", .environment("NO_COLOR")))
        #expect(settings(env: env, config: config).theme.value == "light")
        #expect(settings(env: ["HOME": "/h", "NO_COLOR": ""], config: nil).theme.value == "dark")
    }

    @Test func originsPrintForPeople() {
        #expect(SettingOrigin.config(path: "/c/config.toml", line: 4).description == "/c/config.toml:4")
        #expect(SettingOrigin.environment("MIGOF_THEME").description == "$MIGOF_THEME")
        #expect(SettingOrigin.flag("--theme").description == "--theme")
        #expect(SettingOrigin.builtIn("bundled").description == "default (bundled)")
    }
}

@Suite struct RelocatablePathsTests {
    @Test func resourcesLiveBesideTheBinaryPrefix() {
        #expect(Paths.shareDirectory(besideExecutable: "/opt/x/bin/migof") == "/opt/x/share/migof")
        #expect(Paths.shareDirectory(besideExecutable: "/tmp/alone/migof") == "/tmp/share/migof")
    }

    @Test func onlyTheTreesOwnBuildFolderCountsAsTheSourceTree() {
        let tests = Paths.resolve(environment: ["HOME": "/h"]).data
        let root = String(tests.dropLast("/Sources/MigofCore/Resources".count))
        #expect(Paths.isInsideSourceTree(root + "/.build/release/migof"))
        #expect(Paths.isInsideSourceTree(root + "/.build-other/debug/migof"))
        #expect(!Paths.isInsideSourceTree("/usr/local/bin/migof"))
        #expect(!Paths.isInsideSourceTree(root + "-copy/.build/release/migof"))
    }

    @Test func dataDirectoryFromTheEnvironmentWins() {
        #expect(Paths.resolve(environment: ["HOME": "/h", "MIGOF_DATA_DIR": "/d"]).data == "/d")
        #expect(Paths.resolve(environment: ["HOME": "/h", "MIGOF_DATA_DIR": "/d"]).framework == "/d/frameworks/sdg-10-7-2.json")
    }

    @Test func configStoreHasItsOrigin() throws {
        let config = try ConfigFile.parse("store = \"~/mine.json\"\n", path: "/c/config.toml")
        let paths = Paths.resolve(environment: ["HOME": "/h"], config: config)
        #expect(paths.store == "/h/mine.json" && paths.storeOrigin == .config)
        #expect(Paths.resolve(environment: ["HOME": "/h", "MIGOF_STORE": "/e.json"], config: config).store == "/e.json")
    }
}

/// Where the dashboard's report key writes: $MIGOF_REPORT_DIR, the config's report-dir,
/// $XDG_DOCUMENTS_DIR, the current directory.
@Suite struct ReportFolderSettingTests {
    let config = try! ConfigFile.parse("report-dir = \"~/Reports\"\n", path: "/c/config.toml")

    func folder(_ env: [String: String], config: ConfigFile?) -> Setting<String> {
        let env = env.merging(["HOME": "/h"]) { a, _ in a }
        let paths = Paths.resolve(storeOption: nil, frameworkOption: nil, environment: env, config: config)
        return Settings.resolve(flags: .init(), environment: env, config: config, paths: paths, passwdUser: { "login" }).reportDir
    }

    @Test func eachLayerWinsOverTheOnesBelow() {
        #expect(folder([:], config: nil).origin == .builtIn("the current directory"))
        #expect(folder(["XDG_DOCUMENTS_DIR": "/h/Docs"], config: nil) == Setting("/h/Docs", .environment("XDG_DOCUMENTS_DIR")))
        #expect(folder(["XDG_DOCUMENTS_DIR": "/h/Docs"], config: config) == Setting("/h/Reports", .config(path: "/c/config.toml", line: 1)))
        #expect(folder(["MIGOF_REPORT_DIR": "/r", "XDG_DOCUMENTS_DIR": "/h/Docs"], config: config)
                == Setting("/r", .environment("MIGOF_REPORT_DIR")))
        let relative = try! ConfigFile.parse("report-dir = \"out\"\n", path: "/c/config.toml")
        #expect(folder([:], config: relative).value == "/c/out", "relative to the config file's folder, as every path there")
    }
}
